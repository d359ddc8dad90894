"""A fund's regulation (Quy chế) read as its borrowers ask it: the rate of a group stands in a lettered item whose
lead names the measure ("2. Lãi suất cho vay ưu đãi:" / "a) 0,30%/tháng đối với …"), and the near-poor are a group
of their own beside the poor; a course's length asked picks the row whose range holds it. Real assistant, real model, a hand-made regulation in a house style of articles."""

from __future__ import annotations

import pytest

REGULATION = """ỦY BAN NHÂN DÂN TỈNH BÌNH LAM
Số: 09/2026/QĐ-UBND
Bình Lam, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý và sử dụng Quỹ cho vay học nghề tỉnh Bình Lam

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý và sử dụng Quỹ cho vay học nghề tỉnh Bình Lam.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 4 năm 2026.

QUY CHẾ
Quản lý và sử dụng Quỹ cho vay học nghề tỉnh Bình Lam

Chương II
CHO VAY
Điều 6. Mức cho vay
Mức cho vay tối đa theo thời gian khóa học như sau:
| STT | Thời gian khóa học | Mức cho vay tối đa |
| 1 | Dưới 03 tháng | 5 triệu đồng/người/khóa |
| 2 | Từ 03 tháng đến dưới 06 tháng | 9 triệu đồng/người/khóa |
| 3 | Từ 06 tháng đến 12 tháng | 14 triệu đồng/người/khóa |
Điều 7. Lãi suất cho vay
1. Lãi suất cho vay thông thường của Quỹ là 0,60%/tháng.
2. Lãi suất cho vay ưu đãi:
a) 0,40%/tháng đối với người học thuộc hộ cận nghèo, hộ mới thoát nghèo và lao động là bộ đội xuất ngũ;
b) 0,25%/tháng đối với người học thuộc hộ nghèo;
c) 0,30%/tháng đối với người học là người khuyết tật.
3. Lãi suất nợ quá hạn bằng 130% lãi suất cho vay.
Điều 8. Thời hạn cho vay
Thời hạn cho vay tối đa là 60 tháng.

Chương III
TỔ CHỨC QUẢN LÝ
Điều 9. Hội đồng quản lý Quỹ
1. Hội đồng quản lý Quỹ cho vay học nghề do Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập, gồm 07 thành viên:
a) Chủ tịch Hội đồng: Phó Chủ tịch Ủy ban nhân dân tỉnh;
b) Phó Chủ tịch Hội đồng: Giám đốc Sở Tài chính;
c) Thư ký Hội đồng: Trưởng phòng Lao động - Việc làm, Sở Nội vụ.
2. Hội đồng họp mỗi quý một lần.
"""


@pytest.fixture(scope="module")
def fund(assistant_over):
    return assistant_over({"binhlam-2026-quy-che-quy-cho-vay-hoc-nghe.txt": REGULATION})


def assert_first_line_states(fund, question: str, fact: str) -> None:
    """The answer's first line (its short answer) states the fact, not refused."""
    answer = fund.ask(question)
    assert not answer.refused and fact in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize("question, rate", [
    ("Người khuyết tật vay Quỹ cho vay học nghề Bình Lam thì lãi suất bao nhiêu một tháng?", "0,30%"),
    ("lai suat vay quy hoc nghe binh lam cho nguoi hoc thuoc ho ngheo la bao nhieu", "0,25%"),
    ("Hộ cận nghèo ở Bình Lam vay học nghề lãi suất bao nhiêu?", "0,40%"),
])
def test_a_groups_rate_is_its_own_item_under_the_lead_naming_the_rate(fund, question, rate):
    assert_first_line_states(fund, question, rate)


@pytest.mark.parametrize("question, amount", [
    ("Con tôi học lớp nghề 5 tháng ở Bình Lam thì vay Quỹ được tối đa bao nhiêu?", "9 triệu"),
    ("khoa hoc nghe 1 nam thi vay quy binh lam toi da bao nhieu", "14 triệu"),
])
def test_a_courses_length_picks_the_row_whose_range_holds_it(fund, question, amount):
    assert_first_line_states(fund, question, amount)


@pytest.mark.parametrize("question, holder", [
    ("Ai giữ chức Chủ tịch Hội đồng quản lý Quỹ cho vay học nghề tỉnh Bình Lam?", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Ai giữ chức Phó Chủ tịch Hội đồng quản lý Quỹ cho vay học nghề Bình Lam?", "Giám đốc Sở Tài chính"),
])
def test_the_holder_of_the_post_asked_is_its_membership_line(fund, question, holder):
    assert_first_line_states(fund, question, holder)
