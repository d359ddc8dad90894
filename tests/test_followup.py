"""Rule-based follow-up resolution: swap the place or plan, or carry the topic."""

from __future__ import annotations

import pytest

from assistant.followup import condense
from index.retriever import PlanInfo

PLANS = {
    "hn23": PlanInfo("hn23", "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                     "Triển khai thực hiện công tác giáo dục nghề nghiệp năm 2023"),
    "hn25": PlanInfo("hn25", "Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                     "Đổi mới công tác đào tạo nghề cho lao động nông thôn"),
    "hp": PlanInfo("hp", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", None,
                   "Chiến lược phát triển giáo dục nghề nghiệp"),
    "hd": PlanInfo("hd", "Kế hoạch của Sở LĐTBXH (Hải Dương, 2023)", "Hải Dương", "", 2023,
                   "Phát triển nguồn nhân lực"),
}
HANOI_TARGET = "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hà Nội là bao nhiêu?"
HANOI_LEAD = "Cơ quan nào chủ trì công tác tuyên truyền tuyển sinh của Hà Nội?"


def history(*questions: str) -> list[tuple[str, str]]:
    return [(q, "(câu trả lời)") for q in questions]


def test_new_province_replaces_the_previous_one():
    out = condense("Còn Hải Phòng thì sao?", history(HANOI_TARGET), PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hải Phòng là bao nhiêu?"


def test_new_province_typed_without_accents():
    out = condense("con hai duong thi sao", history(HANOI_TARGET), PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của hai duong là bao nhiêu?"


def test_new_plan_number_replaces_the_previous_one():
    previous = "Theo Kế hoạch 70/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền?"
    out = condense("Còn Kế hoạch 177/KH-UBND?", history(previous), PLANS)
    assert out == "Theo Kế hoạch 177/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền?"
    assert "70/KH" not in out


def test_plan_number_is_added_when_the_previous_question_named_no_scope():
    out = condense("Còn Kế hoạch 177/KH-UBND thì sao?", history("Tỷ lệ lao động qua đào tạo đạt bao nhiêu?"), PLANS)
    assert out == "Tỷ lệ lao động qua đào tạo đạt bao nhiêu của Kế hoạch 177/KH-UBND?"


def test_question_word_follow_up_carries_the_topic_without_its_question_words():
    out = condense("Ai phối hợp?", history(HANOI_LEAD), PLANS)
    assert out == "Ai phối hợp: công tác tuyên truyền tuyển sinh của Hà Nội?"
    assert "Cơ quan nào" not in out and "chủ trì" not in out


def test_date_follow_up_carries_the_topic():
    out = condense("Khi nào?", history(HANOI_LEAD), PLANS)
    assert out.startswith("Khi nào:")
    assert "tuyên truyền tuyển sinh" in out and "Hà Nội" in out
    assert "nào chủ trì" not in out


def test_a_full_new_question_is_left_alone():
    question = "Sở Tài chính thành phố Hà Nội chủ trì thẩm định phương án giá dịch vụ đào tạo năm 2023 như thế nào?"
    assert condense(question, history(HANOI_TARGET), PLANS) == question
    other = "Hải Dương đặt mục tiêu tỷ lệ lao động qua đào tạo có chứng chỉ năm 2023 là bao nhiêu?"
    assert condense(other, history(HANOI_TARGET), PLANS) == other


def test_no_history_leaves_the_question_unchanged():
    assert condense("Còn Hải Phòng thì sao?", [], PLANS) == "Còn Hải Phòng thì sao?"
    assert condense("  Ai phối hợp?  ", (), PLANS) == "Ai phối hợp?"


def test_blank_previous_questions_are_not_history():
    assert condense("Còn Hải Phòng thì sao?", [("", "x"), ("   ", "y")], PLANS) == "Còn Hải Phòng thì sao?"


def test_empty_question_stays_empty():
    assert condense("   ", history(HANOI_TARGET), PLANS) == ""


def test_two_province_swaps_in_a_row():
    """The second follow-up is resolved against the resolved first one."""
    turns = history(HANOI_TARGET, "Còn Hải Phòng thì sao?")
    out = condense("Còn Hải Dương thì sao?", turns, PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hải Dương là bao nhiêu?"


def test_swap_then_question_word():
    turns = history(HANOI_LEAD, "Còn Hải Phòng thì sao?")
    out = condense("Khi nào?", turns, PLANS)
    assert out == "Khi nào: công tác tuyên truyền tuyển sinh của Hải Phòng?"
    assert "Hà Nội" not in out


def test_question_word_then_swap():
    turns = history(HANOI_LEAD, "Ai phối hợp?")
    out = condense("Còn Hải Dương thì sao?", turns, PLANS)
    assert out == "Ai phối hợp: công tác tuyên truyền tuyển sinh của Hải Dương?"


def test_provinces_are_known_without_plans():
    """Every province is a place, indexed or not: the follow-up moves the question there."""
    out = condense("Còn Hải Phòng thì sao?", history(HANOI_TARGET), {})
    assert "Hải Phòng" in out and "Hà Nội" not in out


def test_unknown_province_follow_up_replaces_the_previous_province():
    out = condense("Còn Đà Nẵng thì sao?", history(HANOI_TARGET), PLANS)
    assert "Đà Nẵng" in out and "Hà Nội" not in out


KH70_LEAD = "Theo Kế hoạch 70/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền?"


@pytest.mark.parametrize(
    "follow_up,expected",
    [
        # A document number of any type, with or without its code, names the plan.
        ("Còn QĐ 647 thì sao?", "Theo QĐ 647, cơ quan nào chủ trì công tác tuyên truyền?"),
        ("Còn kế hoạch số 177 thì sao?", "Theo kế hoạch số 177, cơ quan nào chủ trì công tác tuyên truyền?"),
        ("con quyet dinh 647/qd-ubnd", "Theo quyet dinh 647/qd-ubnd, cơ quan nào chủ trì công tác tuyên truyền?"),
        # A year is not a plan number: nothing to swap, the question carries the topic.
        ("Còn kế hoạch 2025 thì sao?", "Còn kế hoạch 2025 thì sao: Theo Kế hoạch 70/KH-UBND, công tác tuyên truyền?"),
    ],
)
def test_a_document_number_of_any_type_replaces_the_previous_plan(follow_up, expected):
    assert condense(follow_up, history(KH70_LEAD), PLANS) == expected
