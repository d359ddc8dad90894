"""Official letters (Công văn): a province's instructions in numbered paragraphs, no type line and no
"Tổ chức thực hiện" part; the "V/v …" subject under the number names it and is its title. A notice of a
meeting's conclusions (Thông báo) assigns tasks under each body's name and closes with its own formula."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure
from tests.register_snippets import register_of

LETTER = "\n".join([
    "ỦY BAN NHÂN DÂN", "TỈNH HÀ LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 980/UBND-VX", "V/v triển khai thực hiện chỉ tiêu đào tạo nghề năm 2026", "Hà Lam, ngày 12 tháng 01 năm 2026",
    "Kính gửi:", "- Các Sở: Giáo dục và Đào tạo, Nội vụ, Tài chính;", "- Ủy ban nhân dân các xã, phường.",
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/01/2026 của UBND tỉnh, Chủ tịch UBND tỉnh có ý kiến như sau:",
    "1. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ giao chỉ tiêu tuyển sinh năm 2026 cho các cơ sở "
    "giáo dục nghề nghiệp trước ngày 28/02/2026.",
    "2. Giao Sở Nội vụ chủ trì tổ chức 18 phiên giao dịch việc làm trong năm 2026; tổng hợp, báo cáo kết quả giải "
    "quyết việc làm chậm nhất ngày 05 hằng tháng.",
    "- Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm cho 9.000 lượt người.",
    "3. Yêu cầu Ủy ban nhân dân các xã, phường rà soát nhu cầu học nghề, gửi Sở Giáo dục và Đào tạo trong Quý III/2026.",
    "4. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh bố trí 45 tỷ đồng cho vay giải quyết việc làm.",
    "Nhận được Công văn này, yêu cầu các cơ quan, đơn vị triển khai thực hiện./.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT, VX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình",
])


def test_a_letter_is_a_cong_van_titled_by_its_subject():
    m = extract_metadata("halam-2026-cv.txt", normalize_text(LETTER))
    assert (m.doc_type, m.number, m.date, m.province) == ("Công văn", "980/UBND-VX", "2026-01-12", "Hà Lam")
    assert m.title == "Triển khai thực hiện chỉ tiêu đào tạo nghề năm 2026"
    assert m.label == "Công văn 980/UBND-VX ngày 12/01/2026 (Hà Lam)" and m.signer == "Trần Văn Bình"


def test_a_letters_closing_formula_ends_its_last_instruction():
    root = parse_structure(normalize_text(LETTER))
    last = [s for s in root.children if s.kind == "number"][-1]
    assert last.title.startswith("4. Đề nghị") and last.body == []
    assert any(b.text.startswith("Nhận được Công văn này") for s in root.children if s.kind == "closing"
               for b in s.body)


def test_each_instruction_of_a_letter_gives_its_body_a_row():
    rows = {r.agency: (r.role, r.task, r.deadline) for r in register_of(LETTER).responsibilities}
    assert rows["Sở Giáo dục và Đào tạo"][0] == "chủ trì" and rows["Sở Giáo dục và Đào tạo"][2] == "trước ngày 28/02/2026"
    assert rows["Sở Nội vụ"][2] == "chậm nhất ngày 05 hằng tháng"  # a day of each month
    assert rows["Trung tâm Dịch vụ việc làm"][1].startswith("tư vấn")  # a bullet naming its own body
    assert rows["Ủy ban nhân dân cấp xã"][1].startswith("rà soát")  # "Yêu cầu …" assigns like "Giao …"
    assert rows["Ngân hàng Chính sách xã hội"][0] == "đề nghị"


NOTICE = "\n".join([
    "ỦY BAN NHÂN DÂN", "TỈNH PHƯỢNG HÀ", "Số: 86/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Phượng Hà, ngày 12 tháng 3 năm 2026", "THÔNG BÁO",
    "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về công tác giáo dục nghề nghiệp năm 2026",
    "Ngày 05/3/2026, Chủ tịch UBND tỉnh chủ trì buổi làm việc với các sở. Chủ tịch UBND tỉnh kết luận như sau:",
    "I. NHIỆM VỤ CỤ THỂ", "a) Sở Giáo dục và Đào tạo:",
    "- Chủ trì rà soát mạng lưới cơ sở giáo dục nghề nghiệp công lập (hoàn thành trong Quý II/2026).",
    "b) Sở Nội vụ:", "- Chủ trì tổ chức Ngày hội việc làm tỉnh năm 2026 (trong tháng 9/2026).",
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Vũ Thị Hoa",
])


def test_a_notice_assigns_each_body_its_tasks_and_its_closing_formula_is_no_task():
    m = extract_metadata("phuongha-2026-tb.txt", normalize_text(NOTICE))
    assert (m.doc_type, m.number, m.date, m.province) == ("Thông báo", "86/TB-UBND", "2026-03-12", "Phượng Hà")
    rows = [(r.agency, r.role, r.deadline) for r in register_of(NOTICE).responsibilities]
    assert rows == [("Sở Giáo dục và Đào tạo", "chủ trì", "hoàn thành trong Quý II/2026"),
                    ("Sở Nội vụ", "chủ trì", "trong tháng 9/2026")]


def test_an_assigned_items_bullets_are_its_bodys_tasks_unless_they_name_their_own():
    letter = LETTER.replace(
        "3. Yêu cầu Ủy ban nhân dân các xã, phường rà soát nhu cầu học nghề, gửi Sở Giáo dục và Đào tạo trong Quý "
        "III/2026.",
        "3. Yêu cầu Ủy ban nhân dân các xã, phường:\n- Xây dựng kế hoạch của địa phương trước ngày 15/3/2026;\n"
        "- Báo cáo kết quả chậm nhất ngày 05 hằng tháng.\n"
        "4. Giao các Sở: Nông nghiệp và Môi trường, Công Thương phối hợp với Sở Giáo dục và Đào tạo thực hiện:\n"
        "- Sở Nông nghiệp và Môi trường đề xuất danh mục nghề nông nghiệp trước ngày 15/02/2026;\n"
        "- Sở Công Thương hỗ trợ truyền nghề tại 05 làng nghề.").replace("4. Đề nghị Ngân hàng", "5. Đề nghị Ngân hàng")
    rows = [(r.agency, r.task, r.deadline) for r in register_of(letter).responsibilities]
    assert ("Ủy ban nhân dân cấp xã", "Xây dựng kế hoạch của địa phương trước ngày 15/3/2026",
            "trước ngày 15/3/2026") in rows
    assert ("Ủy ban nhân dân cấp xã", "Báo cáo kết quả chậm nhất ngày 05 hằng tháng.",
            "chậm nhất ngày 05 hằng tháng") in rows
    assert ("Sở Nông nghiệp và Môi trường", "đề xuất danh mục nghề nông nghiệp trước ngày 15/02/2026",
            "trước ngày 15/02/2026") in rows
    assert any(agency == "Sở Công Thương" and "05 làng nghề" in task for agency, task, _ in rows)
    # a bullet under "2. Giao Sở Nội vụ …" naming a body of its own stays that body's
    assert not any(agency == "Sở Nội vụ" and task.startswith("tư vấn") for agency, task, _ in rows)
