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
