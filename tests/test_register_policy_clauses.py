"""A resolution's policy articles name the bodies that carry them out inside their clauses, with no
"Tổ chức thực hiện" heading per body: "…; Sở Tài chính bố trí kinh phí …; Ủy ban nhân dân cấp huyện báo cáo …"."""

from __future__ import annotations

from tests.register_snippets import register_of

RESOLUTION = "\n\n".join([
    "Số: 18/2025/NQ-HĐND",
    "NGHỊ QUYẾT",
    "Quy định chính sách hỗ trợ đào tạo nghề giai đoạn 2026 - 2030",
    "QUYẾT NGHỊ:",
    "Điều 1. Phạm vi điều chỉnh",
    "Nghị quyết này quy định chính sách hỗ trợ đào tạo nghề trên địa bàn tỉnh.",
    "Điều 2. Hỗ trợ chi phí đào tạo",
    "1. Người khuyết tật được hỗ trợ tối đa 6 triệu đồng/người/khóa.",
    "2. Sở Nội vụ chủ trì hướng dẫn hồ sơ, thủ tục hỗ trợ; Sở Tài chính bố trí kinh phí thực hiện hằng năm; "
    "Ủy ban nhân dân cấp huyện tổng hợp, báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
    "3. UBND tỉnh ban hành Kế hoạch triển khai thực hiện Nghị quyết này.",
    "4. Ngân hàng Chính sách xã hội chi nhánh tỉnh hướng dẫn hồ sơ vay vốn, thẩm định và giải ngân; báo cáo kết quả "
    "cho vay trước ngày 10 tháng 01 năm sau.",
])


def _rows():
    return [(r.agency, r.role, r.task, r.deadline) for r in register_of(RESOLUTION).responsibilities]


def test_each_clause_of_a_policy_article_gives_its_body_a_row():
    rows = _rows()
    assert ("Sở Nội vụ", "chủ trì") in [r[:2] for r in rows]
    finance = [r for r in rows if r[0] == "Sở Tài chính"]
    assert len(finance) == 1 and finance[0][2].startswith("bố trí kinh phí")
    district = [r for r in rows if r[0] == "Ủy ban nhân dân cấp huyện"]
    assert len(district) == 1 and "15 tháng 12" in district[0][3]


def test_a_clause_whose_subject_is_more_than_a_body_gives_no_row():
    # "UBND tỉnh ban hành Kế hoạch triển khai …": the issuer's own act, not a duty clause of a body
    assert not any("ban hành" in r[0] for r in _rows())
    assert not any(r[0].startswith("Ủy ban nhân dân tỉnh") for r in _rows())


def test_an_item_that_opens_with_a_body_and_its_verb_is_that_bodys_duty():
    bank = [r for r in _rows() if r[0] == "Ngân hàng Chính sách xã hội"]
    assert len(bank) == 1 and bank[0][2].startswith("hướng dẫn hồ sơ vay vốn") and "10 tháng 01" in bank[0][3]


GUIDANCE = "\n\n".join([
    "Số: 05/HD-SNV",
    "HƯỚNG DẪN",
    "Triển khai đào tạo nghề cho lao động nông thôn năm 2026",
    "Phần thứ nhất. NỘI DUNG",
    "Điểm 1. Khảo sát nhu cầu",
    "– Phòng Kinh tế các xã (Phòng Kinh tế, Hạ tầng và Đô thị các phường) chịu trách nhiệm tham mưu khảo sát nhu "
    "cầu học nghề theo Mẫu số 01, hoàn thành trước ngày 15/3/2026.",
    "– Việc khảo sát được thực hiện đến từng thôn, bản.",
    "Phần thứ hai. TỔ CHỨC THỰC HIỆN",
    "Điểm 2. Trách nhiệm của các cơ quan, đơn vị",
    "a) Ủy ban nhân dân các xã, phường chịu trách nhiệm toàn diện về việc xác định đối tượng; Phòng Văn hóa - Xã "
    "hội các xã theo dõi tình trạng việc làm của người học.",
    "b) Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh ưu tiên cho vay đối với người học; Hội Nông dân tỉnh, "
    "Tỉnh đoàn tuyên truyền, vận động hội viên học nghề.",
])


def test_a_body_taking_responsibility_in_a_content_part_gives_a_row():
    rows = [(r.agency, r.task) for r in register_of(GUIDANCE).responsibilities]
    survey = [r for r in rows if "khảo sát nhu cầu" in r[1]]
    assert [r[0] for r in survey] == ["Phòng Kinh tế các xã"]  # its name without the parenthesis
    # "Việc khảo sát được thực hiện …" names no body: no row
    assert not any("từng thôn" in r[1] for r in rows)


def test_each_clause_of_an_item_naming_its_own_body_gives_that_body_a_row():
    rows = [(r.agency, r.role, r.task) for r in register_of(GUIDANCE).responsibilities]
    commune = [r for r in rows if r[0] == "Ủy ban nhân dân cấp xã"]
    assert len(commune) == 1 and commune[0][2].startswith("toàn diện") and "theo dõi" not in commune[0][2]
    assert any(r[0] == "Phòng Văn hóa - Xã hội" and r[2].startswith("theo dõi") for r in rows)
    bank = [r for r in rows if r[0].startswith("Ngân hàng Chính sách xã hội")]
    assert len(bank) == 1 and "tuyên truyền" not in bank[0][2] and bank[0][1] == "đề nghị"
    assert {"Hội Nông dân", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"} <= {r[0] for r in rows if r[2].startswith("tuyên")}


def test_later_clauses_of_a_paragraph_named_by_its_body_give_their_own_bodies_rows():
    plan = "\n\n".join(["Số: 36/KH-UBND", "KẾ HOẠCH", "Đào tạo nghề năm 2026", "IV – TỔ CHỨC THỰC HIỆN",
                        "Các cơ sở giáo dục nghề nghiệp: tổ chức tuyển sinh theo chỉ tiêu được giao; Trường Cao đẳng "
                        "Công nghệ Vân Lãng trực tiếp tuyển sinh 700 chỉ tiêu cao đẳng; Trường Trung cấp Nông lâm Vân "
                        "Lãng chủ trì xây dựng mới 10 chương trình sơ cấp."])
    rows = {r.agency: r.task for r in register_of(plan).responsibilities}
    assert rows["Các cơ sở giáo dục nghề nghiệp"] == "tổ chức tuyển sinh theo chỉ tiêu được giao"
    assert rows["Trường Cao đẳng Công nghệ Vân Lãng"].startswith("trực tiếp tuyển sinh 700")
    assert rows["Trường Trung cấp Nông lâm Vân Lãng"].startswith("chủ trì xây dựng mới 10")
