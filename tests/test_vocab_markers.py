"""The vocabulary of heading markers, bullets and formulas: positive and negative examples per pattern."""

from __future__ import annotations

import re

import pytest

from index.vocab import markers, phrases
from index.vocab.markers import classify_marker, strip_bullet, strip_marker


def _kind(paragraph: str) -> str | None:
    found = classify_marker(paragraph)
    return found[0] if found else None


# ---------------------------------------------------------------- heading markers, one kind at a time

HEADINGS = {
    "annex": (
        ["Phụ lục: Danh mục nhiệm vụ", "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục 01. Biểu chỉ tiêu", "Phụ lục số 2: Kinh phí"],
        ["Phụ lục kèm theo Kế hoạch này", "Phụ lục I kèm theo", "Chi tiết tại Phụ lục"],
    ),
    "part": (
        ["Phần I. Đánh giá tình hình", "PHẦN I", "Phần thứ nhất", "PHẦN THỨ HAI: NHIỆM VỤ", "Phần 2. Giải pháp",
         "PHẦN B. NHIỆM VỤ", "Phần A: Chỉ tiêu"],
        ["Phần lớn lao động chưa qua đào tạo", "Phần thứ nhất của báo cáo", "Phần 2 của Kế hoạch", "Phần việc còn lại",
         "Phần A của Kế hoạch"],
    ),
    "chapter": (
        ["Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", "Chương 3 NHIỆM VỤ"],
        ["Chương trình mục tiêu quốc gia", "Chương I của Luật", "CHƯƠNG TRÌNH HÀNH ĐỘNG"],
    ),
    "division": (
        ["Mục 1", "MỤC 2. TỔ CHỨC THỰC HIỆN", "Mục II: Kinh phí"],
        ["Mục tiêu chung", "Mục 2 của Kế hoạch này", "MỤC TIÊU CỤ THỂ"],
    ),
    "article": (
        ["Điều 1. Ban hành kèm theo Quyết định này", "Điều 2: Hiệu lực", "ĐIỀU 3. Trách nhiệm"],
        ["Điều 3 của Luật Giáo dục nghề nghiệp", "Điều chỉnh chỉ tiêu", "Điều kiện bảo đảm"],
    ),
    "capital": (
        ["A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG", "C. TỔ CHỨC THỰC HIỆN", "B. Nội dung thực hiện", "Đ. KINH PHÍ"],
        [
            "A. Sáng nay các đơn vị đã họp bàn và thống nhất nội dung triển khai kế hoạch.",
            "Q. GIÁM ĐỐC",  # the acting head of a signature block
            "A. nội dung viết thường",
            "A.MỤC TIÊU",
            "AB. MỤC TIÊU",
        ],
    ),
    "roman": (
        ["II. MỤC TIÊU", "IV. KINH PHÍ THỰC HIỆN", "XII . Phụ lục", "I- MỤC ĐÍCH", "III – NHIỆM VỤ"],
        ["IIII. x", "VX. Không hợp lệ", "I- nội dung", "Vì vậy, các Sở cần", "XL. Quá lớn"],
    ),
    "number": (
        ["2. Nhiệm vụ", "13. Các cơ sở giáo dục nghề nghiệp", "2- Nhiệm vụ", "3 - Sở Tài chính", "1/ Mục tiêu chung"],
        ["2023. Năm bản lề", "12,5% lao động", "10 - 15% lao động", "1- nội dung", "- 2030, tầm nhìn", "1/2025 ban hành",
         "10/ 2025", "1/ nội dung"],
    ),
    "subnumber": (
        ["2.1. Tuyển sinh", "2.1 Tuyển sinh", "4.10 Thông tin để các doanh nghiệp", "2.4 . Từng bước", "1.2- Đào tạo",
         "2.1/ Tuyển sinh"],
        ["1.000 lao động được đào tạo", "2.5% lao động", "1.2-nội dung"],
    ),
    "letter": (
        ["a) Đào tạo", "đ) Tăng cường thanh tra", "a- Đến năm 2025", "b - Đào tạo lại"],
        ["A) Không phải mục chữ thường", "a-xít", "ab) Không phải", "- a) gạch đầu dòng"],
    ),
    "slide": (
        ["Slide 3: Phân công thực hiện", "Slide 1", "SLIDE 12: KINH PHÍ"],
        ["Slide 3 cho thấy kết quả", "Slides", "Slide: Mục tiêu"],
    ),
    "pictograph": (
        ["🎯 Mục tiêu năm 2026:", "📅 Thời gian nhận hồ sơ:", "☎️ Liên hệ:", "🤝🤝 Phân công thực hiện:",
         "➤ ĐỐI TƯỢNG:"],
        ["✅ Đào tạo nghề cho 180 lao động nông thôn.", "👉 Địa điểm học: các lớp học tại Nhà văn hóa xã",
         "📢 THÔNG BÁO TUYỂN SINH 📢", "Mục tiêu năm 2026:", "• Đối tượng:"],
    ),
    "label": (
        ["Nhiệm vụ 1: Tuyên truyền tuyển sinh", "Giải pháp 2. Đổi mới phương thức", "NHIỆM VỤ 3 - TỔ CHỨC",
         "Nhóm giải pháp II: Huy động nguồn lực", "Hoạt động 4: Tổ chức hội thi", "Điểm 1. Đối tượng áp dụng",
         "Khoản 2. Kinh phí"],
        ["Nhiệm vụ 1 của Sở là tuyên truyền", "Nhiệm vụ 2: tuyên truyền viết thường", "Nhiệm vụ trọng tâm: Tuyển sinh",
         "Giải pháp đột phá", "Điểm 1 của Hướng dẫn này", "điểm a khoản 1 Điều 3"],
    ),
}


@pytest.mark.parametrize("kind, paragraph", [(k, p) for k, (yes, _) in HEADINGS.items() for p in yes])
def test_heading_marker_recognised(kind, paragraph):
    assert _kind(paragraph) == kind


@pytest.mark.parametrize("kind, paragraph", [(k, p) for k, (_, no) in HEADINGS.items() for p in no])
def test_heading_marker_rejected(kind, paragraph):
    assert _kind(paragraph) != kind


def test_every_heading_kind_has_examples():
    assert {kind for kind, _, _ in markers.HEADING_MARKERS} == set(HEADINGS)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("II. MỤC TIÊU", ("roman", 1, "II")),
        ("1. Sở Tài chính", ("number", 2, "1")),
        ("1.1 Phòng Giáo dục nghề nghiệp:", ("subnumber", 3, "1.1")),
        ("a) Đến năm 2025", ("letter", 4, "a")),
        ("Điều 1. Ban hành", ("article", -1, "Điều 1")),
        ("PHẦN THỨ HAI", ("part", -4, "PHẦN THỨ HAI")),
        ("A. MỤC TIÊU", ("capital", 0, "A")),
    ],
)
def test_classify_marker_gives_kind_default_rank_marker(paragraph, expected):
    assert classify_marker(paragraph) == expected


@pytest.mark.parametrize("paragraph", ["Căn cứ Luật Giáo dục nghề nghiệp", "Số: 70 /KH-UBND", "- Chủ trì, phối hợp", ""])
def test_classify_marker_none_for_prose(paragraph):
    assert classify_marker(paragraph) is None


def test_fixed_orders_name_known_kinds():
    kinds = {kind for kind, _, _ in markers.HEADING_MARKERS}
    for family in markers.FIXED_ORDERS:
        assert set(family) <= kinds


@pytest.mark.parametrize("numeral, value", [("I", 1), ("IV", 4), ("IX", 9), ("XII", 12), ("XXIX", 29)])
def test_roman_value(numeral, value):
    assert markers.roman_value(numeral) == value
    assert markers.VALID_ROMAN.fullmatch(numeral)


@pytest.mark.parametrize("numeral", ["IIII", "VX", "IIV", "VV"])
def test_invalid_roman(numeral):
    assert not markers.VALID_ROMAN.fullmatch(numeral)


@pytest.mark.parametrize(
    "title, ok",
    [
        ("MỤC ĐÍCH, YÊU CẦU", True),
        ("Nội dung thực hiện", True),
        ("Sáng nay các đơn vị đã họp bàn và thống nhất nội dung triển khai kế hoạch năm nay.", False),
        ("Kết quả đạt được.", False),
        ("GIÁM ĐỐC", False),
        ("", False),
    ],
)
def test_is_capital_title(title, ok):
    assert markers.is_capital_title(title) is ok


# ---------------------------------------------------------------- stripping markers and bullets


@pytest.mark.parametrize(
    "title, expected",
    [
        ("V. TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
        ("2.1 Tuyển sinh", "Tuyển sinh"),
        ("9.1. Hỗ trợ", "Hỗ trợ"),
        ("b) Đào tạo", "Đào tạo"),
        ("I- MỤC ĐÍCH", "MỤC ĐÍCH"),
        ("2- Nhiệm vụ", "Nhiệm vụ"),
        ("2/ Nhiệm vụ", "Nhiệm vụ"),
        ("a- Đến năm 2025", "Đến năm 2025"),
        ("A. MỤC TIÊU", "MỤC TIÊU"),
        ("Điều 1. Ban hành", "Ban hành"),
        ("PHẦN THỨ HAI: NHIỆM VỤ", "NHIỆM VỤ"),
        ("Chương II. QUY ĐỊNH CHUNG", "QUY ĐỊNH CHUNG"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("Mục tiêu chung", "Mục tiêu chung"),
        ("🎯 Mục tiêu năm 2026:", "Mục tiêu năm 2026:"),
        ("Slide 3: Phân công thực hiện", "Phân công thực hiện"),
    ],
)
def test_strip_marker(title, expected):
    assert strip_marker(title) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("- a) Tổ chức đào tạo", "Tổ chức đào tạo"), ("+ Hỗ trợ", "Hỗ trợ"), ("• Mục", "Mục"), ("Không có", "Không có")],
)
def test_strip_bullet(text, expected):
    assert strip_bullet(text) == expected


@pytest.mark.parametrize(
    "piece, bare",
    [("1.", True), ("IV", True), ("2.3", True), ("b)", True), ("A.", True), ("Điều 1.", True), ("Mục 2", True),
     ("Tuyển sinh.", False), ("2023 là năm", False), ("A. Mục", False)],
)
def test_bare_marker(piece, bare):
    assert bool(markers.BARE_MARKER.fullmatch(piece)) is bare


@pytest.mark.parametrize(
    "pattern, yes, no",
    [
        (markers.BULLET, ["- Tổ chức", "+ Hỗ trợ", "• Mục", "* Mục", "– Mục", "- + Hai lớp", "✅ Đào tạo", "👉 Phòng",
                          "👉🏻 Mục"], ["Tổ chức", "1. Mục", "Đào tạo ✅"]),
        (markers.FRAMED_LINE, ["📢 THÔNG BÁO TUYỂN SINH NĂM 2026 📢", "🔥🔥 Tin vui 🔥"],
         ["📢 THÔNG BÁO TUYỂN SINH", "Kính chào bà con 🌾", "🎯 Mục tiêu năm 2026:"]),
        (markers.PICTOGRAPHS, ["🎯", "☎️", "👍🏻", "📢 📢"], ["a", "1.", "•"]),
        (markers.SUB_BULLET, ["+ Hỗ trợ", "+Hỗ trợ"], ["- Tổ chức", "+ ", "Hỗ trợ +"]),
        (markers.MAIN_BULLET, ["- Tổ chức", "• Mục", "– Mục", "✅ Mục"], ["+ Hỗ trợ", "Tổ chức -", "-", "✅"]),
        (markers.LETTER_ITEM, ["a) Tổ chức", "đ) Mục"], ["A) Tổ chức", "a- Mục", "ab) Mục"]),
        (markers.INSERTED_ITEM, ["1a. Sở Nội vụ", "6a. Sở Khoa học và Công nghệ chủ trì"],
         ["1. Sở Nội vụ", "1a Sở", "a1. Sở", "12ab. Sở"]),
        (markers.ORDINAL_CELL, ["1", "01", "1.1", "2.3.", "10", "IV", "đ)", "-"], ["0", "00", "0.", "Sở", "2026"]),
        (markers.COLUMN_NUMBER, ["(1)", "2", "A", "(5)=(3)+(4)", "6 = 4 - 5", "(10)"],
         ["1.250", "(a)", "Năm 2026", "AB", "3 = tổng"]),
        (markers.CITED_DIVISION, ["Phụ lục II (nếu có).", "Điều 5 Quyết định số 46", "Khoản 2 Điều 3", "Mục 2.3 phần II"],
         ["PHỤ LỤC II", "Phụ lục kèm theo", "Điều chỉnh kế hoạch", "Mục tiêu chung", "Phần lớn lao động",
          "Phần I. Đánh giá", "Điều 2: Hiệu lực", "Phụ lục II - Danh mục", "Chương II"]),
        (markers.ANNEX_TABLE, ["Biểu 01: Chỉ tiêu tuyển sinh năm 2026", "BIỂU SỐ 2. KINH PHÍ", "Biểu 3 - Nhiệm vụ",
                               "Biểu 02", "Biểu 1a: Chi tiết", "Mẫu số 01", "MẪU SỐ 02: DANH SÁCH", "Mẫu 03 - Báo cáo"],
         ["Biểu chỉ tiêu", "Biểu 01 kèm theo", "Biểu mẫu báo cáo", "biểu 01: chỉ tiêu", "Biểu 2026 tăng", "Mẫu đơn",
          "Mẫu số 01 kèm theo Hướng dẫn", "mẫu số 01"]),
    ],
)
def test_bullet_patterns(pattern, yes, no):
    assert all(pattern.match(t) for t in yes)
    assert not any(pattern.match(t) for t in no)


# ---------------------------------------------------------------- structural starts (hard wraps)


@pytest.mark.parametrize(
    "line",
    [
        "II. MỤC TIÊU",
        "I- MỤC ĐÍCH, YÊU CẦU",
        "2. Tuyển sinh",
        "2- Tuyển sinh",
        "2.1 Đào tạo",
        "a) đào tạo",
        "a- đến năm 2025",
        "- Tổ chức",
        "+ Hỗ trợ",
        "A. MỤC TIÊU",
        "PHẦN THỨ NHẤT",
        "Phần I. Đánh giá",
        "Chương I",
        "Mục 2. Tổ chức",
        "Điều 3. Trách nhiệm",
        "Phụ lục: Danh mục",
        "| 1 | Tuyển sinh | 300 |",
    ],
)
def test_structural_start(line):
    assert markers.STRUCTURAL_START.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "- 2030, tầm nhìn đến năm 2045",
        "đào tạo nghề cho lao động nông thôn",
        "2030, tầm nhìn",
        "A. nội dung",
        "Điều 5 Nghị định số 15",
        "Mục tiêu chung của",
        "Phần lớn lao động",
        "10 - 15% lao động",
    ],
)
def test_not_structural_start(line):
    assert not markers.STRUCTURAL_START.match(line)


# ---------------------------------------------------------------- phrases


@pytest.mark.parametrize(
    "pattern, yes, no",
    [
        (phrases.LEGAL_BASIS, ["Căn cứ Luật Giáo dục nghề nghiệp", "Thực hiện Quyết định số 2239"], ["Theo đề nghị", "Trên cơ sở"]),
        (phrases.CITED_BASIS, ["Căn cứ Quyết định số 27/QĐ-CĐN", "- Căn cứ Luật Giáo dục nghề nghiệp",
                               "Căn cứ vào Kế hoạch số 12/KH-UBND", "Căn cứ Nghị quyết 06/NQ-CP"],
         ["Căn cứ kết quả tuyển sinh năm 2025 (tuyển mới 1.650 người)", "Căn cứ nhu cầu của doanh nghiệp",
          "- Căn cứ Kế hoạch, xây dựng kế hoạch triển khai phù hợp", "Căn cứ Kế hoạch này, các xã"]),
        (phrases.CITED_DOCUMENT, ["Hướng dẫn số 47-HD/TWĐTN-TNTH ngày 12/12/2025", "Chương trình công tác Đoàn năm 2026",
                                  "Căn cứ Luật Việc làm"],
         ["Căn cứ kết quả năm 2025", "Để triển khai"]),
        (phrases.PREAMBLE_OPENER, ["Căn cứ Luật", "Theo đề nghị", "Để triển khai", "Nhằm", "Trên cơ sở"], ["KẾ HOẠCH", "Sở Tài chính"]),
        (phrases.PARAGRAPH_OPENER, ["Căn cứ Luật", "Thực hiện", "Trên đây là", "Nơi nhận:", "Phối hợp: Sở Nội vụ",
                                    "Nguồn: Kế hoạch số 38/KH-UBND", "Thiết kế: Hà Minh Khuê"],
         ["căn cứ", "Theo đề nghị", "Phối hợp với Sở Tài chính", "phối hợp: Sở Nội vụ"]),
        (phrases.AMENDMENT_FORMULA, ["Sửa đổi thành: ", "Sửa đổi, bổ sung như sau: ", "Bổ sung nhiệm vụ mới: ",
                                     "Điều chỉnh lại như sau: “", "Sửa đổi điểm a khoản 2 Mục II như sau: “",
                                     "Bổ sung khoản 1a vào Mục V như sau: “",
                                     "Sửa đổi gạch đầu dòng thứ hai khoản 1 Mục III như sau: ",
                                     "Sửa đổi khoản 2 Mục V và bãi bỏ khoản 3 Mục V như sau: “"],
         ["Sở Nội vụ bổ sung: ", "Bổ sung kinh phí cho các xã", "Giữ nguyên",
          "Điều chỉnh chỉ tiêu tuyển sinh năm 2026: 49.500 người"]),
        (phrases.PARTNERS_FIELD, ["Phối hợp: Sở Nội vụ, Sở Tài chính", "Phối hợp : Tỉnh đoàn"],
         ["Phối hợp với Sở Tài chính", "Chủ trì: Sở Nội vụ", "phối hợp: Sở Nội vụ"]),
        (phrases.OBLIGED, ["phải rà soát nhu cầu", "cần phải báo cáo", "có nhiệm vụ tổng hợp",
                           "phải là đơn vị đi đầu: tuyển sinh 1.600 người", "vẫn phải duy trì hoạt động"],
         ["phải là cơ quan", "phải chăng", "rà soát nhu cầu", "phải là nhiệm vụ chính trị. Các trường: …"]),
        (phrases.ADDRESSEES_LABEL, ["Kính gửi:", "Kính gửi: - Sở Nội vụ;", "| Kính gửi: | - Ban Văn hóa - Xã hội |",
                                    "KÍNH GỬI:"],
         ["gửi Sở Nội vụ trước ngày 10/3", "Nơi nhận:", "Kính đề nghị"]),
        (phrases.COMMITS, ["sẽ chủ trì, phối hợp với Sở Tài chính", "sẽ tiếp tục tổ chức phiên giao dịch",
                           "cam kết tuyển dụng 80% học viên"],
         ["sẵn sàng phối hợp", "chủ trì, phối hợp", "sẽ"]),
        (phrases.REPORTS_AS_FOLLOWS, ["báo cáo kết quả cụ thể như sau:", "trân trọng báo cáo như sau",
                                      "báo cáo các nội dung sau đây:"],
         ["báo cáo kết quả trước ngày 15/6/2026", "báo cáo UBND tỉnh như sau khi hoàn thành kiểm tra các lớp",
          "tổng hợp, báo cáo như sau:"]),
        (phrases.QUALIFIES_BEFORE, ["Tuy nhiên, năm 2026 tỉnh chưa thể ban hành", "Song, kinh phí còn hạn chế",
                                    "Nhưng tôi đề nghị phấn đấu cao hơn"],
         ["Tuy nhiên", "Nhưng:", "Những hạn chế", "Song song với đó"]),
        (phrases.PRESENTS_TEXT, ["trân trọng giới thiệu toàn văn bài phát biểu", "giới thiệu toàn văn Kế hoạch",
                                 "xin giới thiệu nội dung"], ["giới thiệu việc làm cho người lao động",
                                                              "tổ chức giới thiệu"]),
        (re.compile(phrases.ADDRESSED_BY_POST), ["đồng chí Giám đốc Sở Nội vụ", "Các đồng chí Chủ tịch UBND các xã",
                                                 "đồng chí Phó Chủ tịch UBND tỉnh"],
         ["đồng chí Lê Minh Khang", "Giám đốc Sở Nội vụ", "các đồng chí đại biểu"]),
        (phrases.SIGNATURE_START, ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH",
                                   "GIÁM ĐỐC SỞ NỘI VỤ", "CHỦ TỊCH HỘI LIÊN HIỆP PHỤ NỮ TỈNH"],
         ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Giám đốc Sở", "TM.ỦY BAN"]),
        (phrases.CLOSING_START, ["Trên đây là Kế hoạch", "Nơi nhận:", "KT. GIÁM ĐỐC",
                                 "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."],
         ["Trên cơ sở", "Đây là", "Sở Nội vụ thông báo kết quả tuyển dụng để người lao động biết."]),
        (phrases.SIGNATURE_LINE, ["T.M. UBND", "K.T. CHỦ TỊCH", "TUQ. CHỦ TỊCH", "Q. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "nơi nhận"],
         ["Chủ tịch UBND", "Sở Tài chính"]),
        (phrases.DOCUMENT_TITLE, ["KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN"],
         ["QUYẾT ĐỊNH:", "Kế hoạch số 70/KH-UBND", "KẾ HOẠCH TRIỂN KHAI"]),
        (phrases.ENACTING_FORMULA, ["QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "NGHỊ QUYẾT :"], ["QUYẾT ĐỊNH", "Quyết định này"]),
        (phrases.ISSUED_WITH, ["(Ban hành kèm theo Quyết định số 647/QĐ-UBND)", "(Kèm theo Kế hoạch số 70)", "Ban hành kèm theo Quyết định",
                              "(Được phê duyệt kèm theo Quyết định số 412/QĐ-UBND)"],
         ["Điều 1. Ban hành kèm theo", "Ban hành Kế hoạch", "gửi kèm theo"]),
        (phrases.NUMBER_LINE, ["Số: 647/QĐ-UBND", "Số 12/KH-SLĐTBXH", "Số: /KH-UBND"], ["Số liệu năm 2024", "Số lượng"]),
        (phrases.PLACE_DATE_LINE, ["Bạch Vân, ngày 24 tháng 3 năm 2025", "Hà Nội, ngày   tháng 7 năm 2025"],
         ["ngày 24 tháng 3 năm 2025", "Hà Nội, ngày 24 tháng 3 năm 2025 có mưa"]),
        (phrases.SOCIAL_CHROME, ["Thích", "Phản hồi", "Bình luận", "Chia sẻ", "Tác giả", "-", "- 3 ngày", "2 giờ",
                                 "52 bình luận", "96 lượt chia sẻ", "1,2K bình luận", "Tất cả cảm xúc: 318",
                                 "2 tháng 3 lúc 08:30", "Phù hợp nhất", "Xem thêm bình luận"],
         ["Trả lời: Người học được hỗ trợ", "Trả lời", "3 tháng", "2026", "Chia sẻ kinh nghiệm đào tạo nghề",
          "- Tổ chức", "Thích ứng với thị trường lao động", "ngày 2 tháng 3 năm 2026"]),
        (phrases.MOTTO_OPENING, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"],
         ["VIỆT NAM", "ỦY BAN NHÂN DÂN", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CÓ"]),
    ],
)
def test_phrase_patterns(pattern, yes, no):
    assert all(pattern.match(t) for t in yes), [t for t in yes if not pattern.match(t)]
    assert not any(pattern.match(t) for t in no), [t for t in no if pattern.match(t)]


def test_a_lead_announcing_items():
    yes = ["Kinh phí gồm các nguồn sau:", "hoàn thành trong Quý III/2024, cụ thể", "bao gồm", "như sau:",
           "các nội dung sau đây"]
    no = ["Nội dung cụ thể hóa", "Tổng kinh phí 52,6 tỷ đồng.", "gồm 12 phiên định kỳ tại Trung tâm"]
    announces = phrases.ANNOUNCES_ITEMS.search
    assert all(announces(t) for t in yes), [t for t in yes if not announces(t)]
    assert not any(announces(t) for t in no), [t for t in no if announces(t)]


def test_an_item_opening_sub_items_of_its_own():
    opens = phrases.OPENS_SUBITEMS
    assert opens.sub("", "Ngân sách tỉnh: 17,8 tỷ đồng, trong đó") == "Ngân sách tỉnh: 17,8 tỷ đồng"
    assert opens.sub("", "Xã hội hóa, bao gồm") == "Xã hội hóa"
    assert opens.sub("", "trong đó nữ chiếm 40%") == "trong đó nữ chiếm 40%"  # only at the end


def test_funding_sources_as_plans_name_them():
    yes = ["Nguồn kinh phí: Ngân sách trung ương, ngân sách tỉnh và xã hội hóa.", "Kinh phí lồng ghép trong các chương "
           "trình mục tiêu quốc gia", "từ Quỹ bảo hiểm thất nghiệp", "nguồn thu hợp pháp của cơ sở", "vốn vay ưu đãi",
           "Huy động các nguồn tài trợ của doanh nghiệp", "truyền nghề tại 05 làng nghề từ nguồn kinh phí khuyến công"]
    no = ["Tổng kinh phí thực hiện là 52,6 tỷ đồng.", "Sở Tài chính bố trí kinh phí.", "Xây dựng quy chế phối hợp",
          "chi từ nguồn kinh phí thực hiện kế hoạch", "từ nguồn kinh phí này"]
    source = phrases.FUNDING_SOURCE.search
    assert all(source(t) for t in yes), [t for t in yes if not source(t)]
    assert not any(source(t) for t in no), [t for t in no if source(t)]


def test_an_item_naming_its_own_money():
    yes = ["- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa.", "tại 05 làng nghề từ nguồn kinh phí khuyến công năm 2025",
           "Nguồn vốn: vốn vay ưu đãi", "hỗ trợ từ kinh phí sự nghiệp giáo dục"]
    no = ["Kinh phí thực hiện được bố trí trong dự toán chi ngân sách hằng năm.", "IV. KINH PHÍ THỰC HIỆN",
          "chi từ nguồn kinh phí thực hiện kế hoạch", "Tổng nguồn vốn là 85 tỷ đồng."]
    _finds_only(phrases.ITEM_FUNDING.search, yes, no)


def _finds_only(find, yes: list[str], no: list[str]) -> None:
    """The pattern finds every example of ``yes`` and none of ``no``."""
    assert all(find(t) for t in yes), [t for t in yes if not find(t)]
    assert not any(find(t) for t in no), [t for t in no if find(t)]


def test_funding_headings_are_short_titles_about_money():
    yes = ["IV. KINH PHÍ THỰC HIỆN", "3. Nguồn kinh phí thực hiện Kế hoạch", "Điều 4. Kinh phí thực hiện",
           "C. DỰ TOÁN KINH PHÍ", "V. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", "Nguồn lực thực hiện", "Mục 5. NGUỒN VỐN",
           "2. Cơ cấu theo nguồn vốn:", "b) Phân bổ kinh phí theo năm"]
    no = ["4. Sở Tài chính", "d) Bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc tổ chức thực hiện nhiệm vụ.",
          "2. Kinh phí hỗ trợ đào tạo nghề cho lao động nông thôn năm 2025 là 17,8 tỷ đồng", "III. TỔ CHỨC THỰC HIỆN"]
    _finds_only(phrases.FUNDING_HEADING.match, yes, no)


def test_motto_and_signed_note():
    assert phrases.MOTTO.search("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert phrases.MOTTO.search("ĐỘC LẬP - TỰ DO - HẠNH PHÚC")
    assert not phrases.MOTTO.search("Cộng hòa Pháp")
    assert phrases.SIGNED_NOTE.search("(đã ký)") and phrases.SIGNED_NOTE.search("(Ký, đóng dấu)")
    assert not phrases.SIGNED_NOTE.search("ký kết hợp đồng")


@pytest.mark.parametrize(
    "line, header",
    [
        ("ỦY BAN NHÂN DÂN", True),
        ("TỈNH BẠCH VÂN", True),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("Số: 647/QĐ-UBND", True),
        ("Bạch Vân, ngày 24 tháng 3 năm 2025", True),
        ("PHÓ CHỦ TỊCH", False),
        ("KT. CHỦ TỊCH", False),
        ("Hoàng Thị Minh Nguyệt", False),
        ("- Lưu: VT, KGVX.", False),
        ("KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP NĂM 2025", True),
        ("NĂM 2025", True),
        ("Năm 2025", False),
    ],
)
def test_is_header_line(line, header):
    assert phrases.is_header_line(line) is header


@pytest.mark.parametrize("text", [
    "Đầu tư thiết bị cho 03 nghề trọng điểm: Điện công nghiệp, Cơ điện tử và Công nghệ ô tô.",
    "Tạo nguồn lao động cho các thị trường gồm Nhật Bản, Hàn Quốc và Đức.",
    "Ngành, nghề tuyển sinh chủ yếu: Công nghệ thông tin, Logistics, Kế toán doanh nghiệp",
    "Tập trung vào một số nhiệm vụ chính: chuyển đổi số hoạt động quản trị; phát triển năng lực số; học liệu số.",
    "đầu tư các trường, cụ thể: Trường Cao đẳng nghề Công nghiệp; Trường Cao đẳng nghề Du lịch",
    "Kiểm định 03 cơ sở, gồm: Trường Trung cấp nghề Dân tộc nội trú Mường Khiêm, Trung tâm Giáo dục nghề nghiệp - "
    "Giáo dục thường xuyên thị xã Phú Thạch và Trung tâm Giáo dục nghề nghiệp huyện Hòa Yên.",  # long full names
    "Biên soạn 05 chương trình sơ cấp (trồng dược liệu dưới tán rừng; chế biến cao dược liệu; trà túi lọc); "
    "hoàn thành trước ngày 30/6/2025.",  # in a parenthesis
    # lettered in line
    "a) Đơn xin học (theo mẫu); b) Bản sao giấy khai sinh; c) 04 ảnh 4x6 cm; d) Giấy khám sức khỏe.",
])
def test_a_sentence_naming_its_items(text):
    assert phrases.names_items(text)


@pytest.mark.parametrize("text", [
    "Mua sắm trang thiết bị cho 03 nghề trọng điểm tại Trường Cao đẳng Kỹ thuật.",  # a count, no names
    "Nhiệm vụ: Chủ trì đào tạo, truyền nghề cho lao động tại 08 làng nghề truyền thống",  # a clause, no names
    "Năm 2026 Kế hoạch: 31,2",  # a decimal comma
    "Tổ chức 12 lớp (mỗi lớp 30 học viên) cho lao động nông thôn.",  # a parenthesis of one remark
    "kịp thời báo cáo UBND Thành phố (qua Sở Giáo dục và Đào tạo tổng hợp, đề xuất) xem xét.",  # an aside of two
    "Ngân sách trung ương bố trí qua các chương trình mục tiêu quốc gia (nông thôn mới; giảm nghèo; vùng đồng bào): "
    "21,4 tỷ đồng.",  # the programmes a source goes through: no count of them, no list asked
    "Giao nhiệm vụ: Tổ chức đào tạo cho người lao động tại các xã, Hướng dẫn các cơ sở thực hiện chế độ báo cáo",
    "a) Đơn xin học; c) Giấy khám sức khỏe; d) Bản sao học bạ.",  # letters out of turn: no items of one list
    "Chia thành hai nhóm a) và b) theo điểm c) Điều 5.",  # letters cited, no items
])
def test_not_a_sentence_naming_its_items(text):
    assert not phrases.names_items(text)


def test_the_lead_that_issues_and_announces_the_plan():
    yes = ["Xét đề nghị của Sở Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2026 như sau:",
           "Ủy ban nhân dân tỉnh ban hành Chương trình đào tạo nghề nghiệp, cụ thể:"]
    no = ["Hạn chế chủ yếu:", "Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2026.", "Căn cứ Luật Giáo dục nghề nghiệp;"]
    assert all(phrases.PLAN_ANNOUNCED.search(t) for t in yes)
    assert not any(phrases.PLAN_ANNOUNCED.search(t) for t in no)


def test_visited_ends_the_words_before_a_place_of_a_visit():
    """Searched in the folded text right before a body: "Lúc đến Trường …" goes to it; "báo cáo …" sends to it."""
    assert all(phrases.VISITED.search(t) for t in ["luc den ", "khi xuong ", "den lam viec voi ", "toi kiem tra tai "])
    assert not any(phrases.VISITED.search(t) for t in ["bao cao ", "chu tri ", "den nam 2025 ", "den het "])


def test_a_field_heading_holds_its_label_and_value():
    yes = ["h) Phí, lệ phí: Phí thẩm định đăng ký hợp đồng: 300.000 đồng/hồ sơ.", "b) Cách thức thực hiện: Nộp trực tiếp"]
    no = ["2.4. Có thêm 04 cơ sở đạt kiểm định: 13 cơ sở", "a) Trình tự thực hiện", "a) Trình tự thực hiện:"]
    _finds_only(markers.FIELD_HEADING.match, yes, no)
