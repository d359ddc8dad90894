"""A three-party agreement (Thỏa thuận hợp tác) answered end to end: who signed for each party, the day it was made."""

from __future__ import annotations

import pytest

from tests.answer_checks import says
from tests.test_metadata import AGREEMENT


@pytest.fixture(scope="module")
def agreement(assistant_over):
    return assistant_over({"kimthanh-2026-thoa-thuan-hop-tac-dao-tao.txt": AGREEMENT})


def test_each_party_of_an_agreement_is_named_with_its_signer(agreement):
    answer = agreement.ask("Ai ký thỏa thuận hợp tác về đào tạo nghề may của Kim Thành?")
    assert not answer.refused
    assert says(answer.short_answer, "Nguyễn Thị Hồng Vân (Tổng giám đốc, đại diện Bên B)", "Lê Minh Khang")


def test_an_agreement_is_dated_by_the_day_it_was_made(agreement):
    answer = agreement.ask("Thỏa thuận hợp tác số 07/TTHT-SNV ký ngày nào?")
    assert not answer.refused and says(answer.short_answer, "18/05/2026")
