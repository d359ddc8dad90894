"""An inspection's conclusion (Kết luận thanh tra / kiểm tra) in the register: its findings are no duties; what
it asks of each body, the shares each listed body must pay back, and their time limits are."""

from __future__ import annotations

import pytest

from tests.register_snippets import pipe, register_of

CONCLUSION = """SỞ TÀI CHÍNH TỈNH HÒA AN
Số: 07/KL-STC
Hòa An, ngày 12 tháng 3 năm 2026
KẾT LUẬN KIỂM TRA
Việc quản lý, sử dụng kinh phí đào tạo nghề năm 2025 tại các cơ sở giáo dục nghề nghiệp
I. KẾT QUẢ KIỂM TRA
1. Trường Cao đẳng Cơ điện Hòa An đã thanh toán tiền ăn cho 45 học viên không đủ điều kiện.
2. Sở Giáo dục và Đào tạo chưa ban hành định mức kinh tế - kỹ thuật cho 06 nghề.
{findings}
II. KIẾN NGHỊ
{asked}
a) Chỉ đạo rà soát việc giao chỉ tiêu đào tạo nghề năm 2026 cho các xã.
b) Giao Sở Nội vụ chủ trì, phối hợp với các xã đánh giá nhu cầu học nghề, hoàn thành trong quý II năm 2026.
2. Yêu cầu Giám đốc Sở Giáo dục và Đào tạo
a) Ban hành định mức kinh tế - kỹ thuật cho 06 nghề còn thiếu trước ngày 30/9/2026.
b) Hướng dẫn các trường lập hồ sơ thanh toán tiền ăn cho học viên.
3. Thu hồi kinh phí chi sai
Yêu cầu các đơn vị sau đây nộp trả ngân sách số tiền chi sai trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này:
a) Trường Cao đẳng Cơ điện Hòa An: 18,6 triệu đồng.
b) Trung tâm Giáo dục nghề nghiệp Phú Đông: 7,2 triệu đồng.
{tail}
Nơi nhận:
- Như trên;
GIÁM ĐỐC
Lê Văn Tâm
"""
FINDINGS = "\n".join([
    "Bảng 1. Các khoản chi sai",
    pipe("TT", "Đơn vị", "Nội dung sai phạm", "Số tiền (triệu đồng)"),
    pipe("1", "Trường Cao đẳng Cơ điện Hòa An", "Chi tiền ăn cho học viên không đủ điều kiện", "18,6"),
    pipe("2", "Trung tâm Giáo dục nghề nghiệp Phú Đông", "Chi tiền đi lại sai đối tượng", "7,2"),
])


# more items that ask no body by name: the part is no list of bodies' parts, its headings are read one by one
TAIL = ("4. Kiểm điểm trách nhiệm\nThủ trưởng các đơn vị nêu trên tổ chức kiểm điểm các cá nhân có liên quan.\n"
        "5. Công khai Kết luận\nKết luận này được công khai trên Cổng thông tin điện tử của Sở.\n"
        "6. Theo dõi việc thực hiện\nPhòng Thanh tra Sở theo dõi, đôn đốc việc thực hiện Kết luận này.")


def conclusion(asked: str = "1. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh", findings: str = FINDINGS,
               tail: str = "") -> str:
    return CONCLUSION.format(asked=asked, findings=findings, tail=tail)


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.agency, r.role, r.deadline, r.task) for r in register_of(text).responsibilities]


@pytest.mark.parametrize("tail", ["", TAIL])
@pytest.mark.parametrize("asked", ["1. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh",
                                   "1. Kiến nghị Chủ tịch Ủy ban nhân dân tỉnh", "1. Kiến nghị Ủy ban nhân dân tỉnh"])
def test_each_body_a_conclusion_asks_carries_the_items_under_its_heading(asked, tail):
    rows = _rows(conclusion(asked, tail=tail))
    assert ("Ủy ban nhân dân tỉnh", "đề nghị", "",
            "Chỉ đạo rà soát việc giao chỉ tiêu đào tạo nghề năm 2026 cho các xã.") in rows
    # the body the asked chairman is to assign leads it, no one asks it
    assert any(r[:3] == ("Sở Nội vụ", "chủ trì", "hoàn thành trong quý II năm 2026") for r in rows)
    education = [task for agency, _, _, task in rows if agency == "Sở Giáo dục và Đào tạo"]
    assert education == ["Ban hành định mức kinh tế - kỹ thuật cho 06 nghề còn thiếu trước ngày 30/9/2026.",
                         "Hướng dẫn các trường lập hồ sơ thanh toán tiền ăn cho học viên."]


@pytest.mark.parametrize("tail", ["", TAIL])
def test_each_listed_body_pays_back_its_share_within_the_leads_time_limit(tail):
    limit = "trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này"
    rows = _rows(conclusion(tail=tail))
    assert ("Trường Cao đẳng Cơ điện Hòa An", "thực hiện", limit,
            f"Nộp trả ngân sách số tiền chi sai {limit}: 18,6 triệu đồng") in rows
    assert ("Trung tâm Giáo dục nghề nghiệp Phú Đông", "thực hiện", limit,
            f"Nộp trả ngân sách số tiền chi sai {limit}: 7,2 triệu đồng") in rows


def test_what_an_inspection_found_is_no_duty():
    rows = _rows(conclusion())
    assert not any("chưa ban hành" in task or "Chi tiền" in task or "đã thanh toán" in task for *_, task in rows)


def test_a_table_of_what_the_bodies_must_put_right_is_theirs():
    remedies = "\n".join([
        "Bảng 1. Các nội dung phải khắc phục",
        pipe("TT", "Đơn vị", "Nội dung khắc phục tồn tại, hạn chế", "Thời hạn"),
        pipe("1", "Trường Cao đẳng Cơ điện Hòa An", "Lập lại hồ sơ thanh toán tiền ăn", "Trước 30/4/2026"),
    ])
    rows = _rows(conclusion(findings=remedies))
    assert ("Trường Cao đẳng Cơ điện Hòa An", "thực hiện", "Trước 30/4/2026",
            "Lập lại hồ sơ thanh toán tiền ăn") in rows
