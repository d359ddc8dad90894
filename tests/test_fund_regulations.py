"""A fund's regulation (Quy chế) read as its borrowers ask it: the rate of a group stands in a lettered item whose
lead names the measure ("2. Lãi suất cho vay ưu đãi:" / "a) 0,30%/tháng đối với …"), and the near-poor are a group
of their own beside the poor. Real assistant, real model, a hand-made regulation in a house style of articles."""

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
Điều 7. Lãi suất cho vay
1. Lãi suất cho vay thông thường của Quỹ là 0,60%/tháng.
2. Lãi suất cho vay ưu đãi:
a) 0,40%/tháng đối với người học thuộc hộ cận nghèo, hộ mới thoát nghèo và lao động là bộ đội xuất ngũ;
b) 0,25%/tháng đối với người học thuộc hộ nghèo;
c) 0,30%/tháng đối với người học là người khuyết tật.
3. Lãi suất nợ quá hạn bằng 130% lãi suất cho vay.
Điều 8. Thời hạn cho vay
Thời hạn cho vay tối đa là 60 tháng.
"""


@pytest.fixture(scope="module")
def fund(assistant_over):
    return assistant_over({"binhlam-2026-quy-che-quy-cho-vay-hoc-nghe.txt": REGULATION})


@pytest.mark.parametrize("question, rate", [
    ("Người khuyết tật vay Quỹ cho vay học nghề Bình Lam thì lãi suất bao nhiêu một tháng?", "0,30%"),
    ("lai suat vay quy hoc nghe binh lam cho nguoi hoc thuoc ho ngheo la bao nhieu", "0,25%"),
    ("Hộ cận nghèo ở Bình Lam vay học nghề lãi suất bao nhiêu?", "0,40%"),
])
def test_a_groups_rate_is_its_own_item_under_the_lead_naming_the_rate(fund, question, rate):
    answer = fund.ask(question)
    assert not answer.refused and rate in answer.text.split("\n")[0], answer.text
