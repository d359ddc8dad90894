"""An issue of a province's official gazette ("CÔNG BÁO TỈNH …", its number and date, its contents list), then the
documents it prints one after another, each under its own national header: a land-price decision, the decision
that issues the vocational-training plan with the plan after it, a decision naming a road. The file is named by the
plan's decision (its number, date and signer), not by the issue's first document, and its header and signature are
quoted from that decision. Hand-made (tỉnh Hòa Vân, invented)."""

from __future__ import annotations

from index.converters import convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure
from tests.fixtures_docs import make_gazette_issue_pdf

GAZETTE = """CÔNG BÁO
TỈNH HÒA VÂN
Số 21 + 22
Ngày 15 tháng 6 năm 2027
MỤC LỤC
| Ngày ban hành | Tên văn bản | Trang |
| PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT | | |
| 02-6-2027 | Quyết định số 31/2027/QĐ-UBND ban hành Quy định hệ số điều chỉnh giá đất năm 2027 | 3 |
| PHẦN VĂN BẢN KHÁC | | |
| 05-6-2027 | Quyết định số 1102/QĐ-UBND ban hành Kế hoạch đào tạo nghề cho lao động nông thôn | 5 |
| 09-6-2027 | Quyết định số 1140/QĐ-UBND về việc đặt tên đường trên địa bàn phường Hòa Bình | 11 |
PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT
ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/2027/QĐ-UBND
Hòa Vân, ngày 02 tháng 6 năm 2027
QUYẾT ĐỊNH
Ban hành Quy định hệ số điều chỉnh giá đất năm 2027 trên địa bàn tỉnh Hòa Vân
ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định hệ số điều chỉnh giá đất năm 2027 trên địa bàn tỉnh Hòa Vân.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 6 năm 2027.
Điều 3. Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Quang
CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027 4
PHẦN VĂN BẢN KHÁC
ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1102/QĐ-UBND
Hòa Vân, ngày 05 tháng 6 năm 2027
QUYẾT ĐỊNH
Ban hành Kế hoạch đào tạo nghề cho lao động nông thôn tỉnh Hòa Vân năm 2027 - 2028
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo nghề cho lao động nông thôn năm 2027 - 2028.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Giám đốc Sở Giáo dục và Đào tạo và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Minh
ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Đào tạo nghề cho lao động nông thôn tỉnh Hòa Vân năm 2027 - 2028
(Ban hành kèm theo Quyết định số 1102/QĐ-UBND ngày 05 tháng 6 năm 2027 của Chủ tịch Ủy ban nhân dân tỉnh)
I. MỤC TIÊU
1. Năm 2027 đào tạo nghề cho 6.500 lao động nông thôn, trong đó người dân tộc thiểu số 2.400 người.
CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027 7
2. Năm 2028 đào tạo nghề cho 7.000 lao động nông thôn.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện Kế hoạch trước ngày 30/6/2027.
2. Sở Dân tộc và Tôn giáo phối hợp với Sở Giáo dục và Đào tạo vận động người dân tộc thiểu số học nghề.
PHẦN VĂN BẢN KHÁC
ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1140/QĐ-UBND
Hòa Vân, ngày 09 tháng 6 năm 2027
QUYẾT ĐỊNH
Về việc đặt tên đường trên địa bàn phường Hòa Bình
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA VÂN
Căn cứ Nghị định số 91/2005/NĐ-CP;
QUYẾT ĐỊNH:
Điều 1. Đặt tên đường Nguyễn Văn Cừ cho tuyến đường từ Quốc lộ 6 đến cầu Hòa Bình.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Quang
CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027 11
VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HÒA VÂN XUẤT BẢN
Địa chỉ: Số 8 đường Trần Hưng Đạo, phường Hòa Bình
In tại: Trung tâm Công báo - Tin học tỉnh Hòa Vân
"""


def test_a_gazettes_issue_is_named_by_the_plans_decision_not_by_its_first_document():
    meta = extract_metadata("hoavan-cong-bao.txt", normalize_text(GAZETTE))
    assert (meta.number, meta.date, meta.issues) == ("1102/QĐ-UBND", "2027-06-05", "Kế hoạch")
    assert meta.signer == "Lò Văn Minh"
    assert meta.label.startswith("Kế hoạch đào tạo nghề cho lao động nông thôn tỉnh Hòa Vân năm 2027 - 2028")


def test_a_gazettes_plan_is_quoted_from_its_own_header_and_signature(assistant_over):
    service = assistant_over({"hoavan-2027-cong-bao.txt": GAZETTE})
    signed = service.ask("Ai ký kế hoạch đào tạo nghề cho lao động nông thôn Hòa Vân?")
    assert not signed.refused and "Lò Văn Minh" in signed.text and "Trần Văn Quang" not in signed.text
    assert "Lò Văn Minh" in signed.citations[0].quote
    numbered = service.ask("Kế hoạch đào tạo nghề lao động nông thôn Hòa Vân có số hiệu là gì?")
    assert not numbered.refused and "1102/QĐ-UBND" in numbered.text
    assert "Số: 1102/QĐ-UBND" in numbered.citations[0].passage.text


def test_the_document_after_an_unsigned_plan_in_the_issue_is_no_part_of_the_plan():
    """The plan, printed after the decision that issues it, signs nothing: the road-naming decision after it is a
    document of its own, not a part of the plan's last item."""
    root = parse_structure(normalize_text(GAZETTE))
    last_item = next(s for _, s in root.walk() if s.title.startswith("2. Sở Dân tộc và Tôn giáo"))
    assert not last_item.children and not any("Hòa Bình" in b.text or "PHẦN" in b.text for b in last_item.body)
    assert any(s.title.startswith("Điều 1. Đặt tên đường") and len(path) == 1 for path, s in root.walk())


def _header(number: str, day: str) -> tuple[list[str], list[str]]:
    return (["ỦY BAN NHÂN DÂN", "TỈNH HÒA VÂN", *([f"Số: {number}"] if number else [])],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             *([f"Hòa Vân, ngày {day}"] if day else [])])


ISSUE_DOCUMENTS = [
    (_header("31/2027/QĐ-UBND", "02 tháng 6 năm 2027"), ["QUYẾT ĐỊNH", "Ban hành Quy định hệ số điều chỉnh giá đất"],
     ["ỦY BAN NHÂN DÂN TỈNH HÒA VÂN", "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành Quy định hệ số điều chỉnh giá đất năm 2027.", "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
      "Nơi nhận:", "- Như Điều 2;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Quang"]),
    (_header("1102/QĐ-UBND", "05 tháng 6 năm 2027"),
     ["QUYẾT ĐỊNH", "Ban hành Kế hoạch đào tạo nghề cho lao động nông thôn năm 2027 - 2028"],
     ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA VÂN", "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;",
      "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo nghề cho lao động nông thôn.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH", "Lò Văn Minh"]),
    (_header("", ""), ["KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn năm 2027 - 2028",
                       "(Ban hành kèm theo Quyết định số 1102/QĐ-UBND ngày 05 tháng 6 năm 2027)"],
     ["I. MỤC TIÊU", "1. Năm 2027 đào tạo nghề cho 6.500 lao động nông thôn.", "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Giáo dục và Đào tạo chủ trì hướng dẫn thực hiện Kế hoạch trước ngày 30/6/2027.",
      "2. Sở Dân tộc và Tôn giáo phối hợp vận động người dân tộc thiểu số học nghề."]),
    (_header("1140/QĐ-UBND", "09 tháng 6 năm 2027"), ["QUYẾT ĐỊNH", "Về việc đặt tên đường trên địa bàn phường"],
     ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA VÂN", "QUYẾT ĐỊNH:", "Điều 1. Đặt tên đường Nguyễn Văn Cừ.", "Nơi nhận:",
      "- Như Điều 1;", "CHỦ TỊCH", "Trần Văn Quang"]),
]


def test_a_gazettes_issue_printed_as_a_pdf_is_read_as_its_plans_documents(tmp_path):
    """The issue as its PDF: masthead and contents on the first page, each document from a page of its own under
    the running line, its body in two columns."""
    pdf = make_gazette_issue_pdf(
        tmp_path / "hoavan-2027-cong-bao.pdf", ["CÔNG BÁO", "TỈNH HÒA VÂN", "Số 21 + 22 - Ngày 15 tháng 6 năm 2027"],
        [["Ngày", "Tên văn bản", "Trang"], ["02-6-2027", "Quyết định số 31/2027/QĐ-UBND về hệ số giá đất", "2"],
         ["05-6-2027", "Quyết định số 1102/QĐ-UBND ban hành Kế hoạch đào tạo nghề", "3"],
         ["09-6-2027", "Quyết định số 1140/QĐ-UBND về việc đặt tên đường", "5"]],
        ISSUE_DOCUMENTS, "CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027")
    text = normalize_text(convert(pdf).text)
    meta = extract_metadata(pdf.name, text)
    assert (meta.number, meta.date, meta.signer) == ("1102/QĐ-UBND", "2027-06-05", "Lò Văn Minh")
    root = parse_structure(text)
    last_item = next(s for _, s in root.walk() if s.title.startswith("2. Sở Dân tộc và Tôn giáo"))
    assert not last_item.children and not last_item.body
