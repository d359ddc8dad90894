"""Rule-based follow-up resolution: swap the place or plan, or carry the topic."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.followup import (
    as_typed,
    condense,
    counted_items,
    with_body_named,
    with_noun_named,
    with_previous_years,
    with_slot_named,
    with_sum_named,
)
from assistant.questions import asked_bodies
from index.retriever import PlanMetadata

PLANS = {
    "hn23": PlanMetadata("hn23", "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                     "Triển khai thực hiện công tác giáo dục nghề nghiệp năm 2023"),
    "hn25": PlanMetadata("hn25", "Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                     "Đổi mới công tác đào tạo nghề cho lao động nông thôn"),
    "hp": PlanMetadata("hp", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", None,
                   "Chiến lược phát triển giáo dục nghề nghiệp"),
    "hd": PlanMetadata("hd", "Kế hoạch của Sở LĐTBXH (Hải Dương, 2023)", "Hải Dương", "", 2023,
                   "Phát triển nguồn nhân lực"),
}
HANOI_TARGET = "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hà Nội là bao nhiêu?"
HANOI_LEAD = "Cơ quan nào chủ trì công tác tuyên truyền tuyển sinh của Hà Nội?"


def history(*questions: str) -> list[tuple[str, str]]:
    return [(q, "(câu trả lời)") for q in questions]


def test_new_province_replaces_the_previous_one():
    out = condense("Còn Hải Phòng thì sao?", history(HANOI_TARGET), PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hải Phòng là bao nhiêu?"


def test_a_new_province_drops_the_plan_the_previous_question_was_given():
    """"(theo Kế hoạch 70/KH-UBND)" named the old place's plan: it goes whole, never left as "(theo )"."""
    previous = "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu (theo Kế hoạch 70/KH-UBND)?"
    out = condense("Còn Hải Dương?", history(previous), PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hải Dương là bao nhiêu?"


def test_a_new_province_drops_a_plan_label_with_its_own_place_in_brackets():
    previous = ("Đoàn Thanh niên thành phố được giao những nhiệm vụ gì (theo Kế hoạch thực hiện Chiến lược phát triển "
                "giáo dục nghề nghiệp thành phố Hải Phòng giai… (Hải Phòng))?")
    out = condense("Còn Hà Nội?", history(previous), PLANS)
    assert out == "Đoàn Thanh niên thành phố được giao những nhiệm vụ gì của Hà Nội?", out


def test_a_body_the_last_question_did_not_name_asked_of_in_a_place_is_a_question_of_its_own():
    """"Thành Đoàn Hà Nội được giao gì?" after a question on school funding asks of the Youth Union, not of the funding
    moved to Hà Nội; "Còn Hà Nội?" still moves the last question."""
    previous = "Tổng vốn đầu tư cho các trường cao đẳng là bao nhiêu tỷ (theo Kế hoạch 70/KH-UBND)?"
    assert condense("Thành Đoàn Hà Nội được giao gì?", history(previous), PLANS) == "Thành Đoàn Hà Nội được giao gì?"
    assert condense("Còn ở Hải Phòng Sở Tài chính làm gì?", history(HANOI_TARGET), PLANS) == \
        "Còn ở Hải Phòng Sở Tài chính làm gì?"
    assert condense("Còn Hải Phòng?", history(previous), PLANS).startswith("Tổng vốn đầu tư cho các trường cao đẳng")



def test_a_frame_keeps_the_things_the_last_question_asked_for():
    """"4 nghề trọng điểm được đầu tư thiết bị là nghề gì, bao nhiêu tiền" asks "gì" and "bao nhiêu" of the trades
    invested in: "Hạn chót hoàn thành việc đầu tư đó?" asks of that investment, its words kept in the frame."""
    previous = "4 nghe trong diem duoc dau tu thiet bi la nghe gi, bao nhieu tien"
    out = condense("Hạn chót hoàn thành việc đầu tư đó?", history(previous), PLANS)
    assert "dau tu thiet bi" in out and "nghe trong diem" in out, out

def test_a_frame_cut_of_its_asking_words_leaves_no_dangling_comma():
    out = condense("Giải nhất được thưởng bao nhiêu tiền?",
                   history("Hội thi giáo viên dạy giỏi tổ chức khi nào, trường nào đăng cai?"), PLANS)
    assert out == "Giải nhất được thưởng bao nhiêu tiền: Hội thi giáo viên dạy giỏi tổ chức, đăng cai?"
    out = condense("Ai phối hợp?", history("Sở nào lo phân bổ dự toán ngân sách tỉnh, (theo QĐ 647)?"), PLANS)
    assert out == "Ai phối hợp: lo phân bổ dự toán ngân sách tỉnh (theo QĐ 647)?"


def test_a_plan_named_by_its_year_gets_the_place_just_discussed_not_the_plan():
    """"Hồi kế hoạch 2023 thì …" after questions about Kế hoạch 177 (Hà Nội, 2025) asks of Hà Nội's plan of 2023."""
    turns = [("Báo cáo định kỳ theo kế hoạch 177 gửi qua sở nào?", "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): …")]
    out = condense("Hồi kế hoạch 2023 thì vốn đầu tư cho 04 trường do sở nào lo?", turns, PLANS)
    assert out == "Hồi kế hoạch 2023 thì vốn đầu tư cho 04 trường do sở nào lo (Hà Nội)?"
    # a bare year that another plan of the place is of, outside the plan just discussed, asks of that plan too
    out = condense("Thế năm 2023 thì việc tư vấn hướng nghiệp do đơn vị nào phối hợp thực hiện?", turns, PLANS)
    assert out == "Thế năm 2023 thì việc tư vấn hướng nghiệp do đơn vị nào phối hợp thực hiện (Hà Nội)?", out
    # a year no other plan of the place is of stays with the plan just discussed
    out = condense("Thế năm 2030 thì việc tư vấn hướng nghiệp do đơn vị nào phối hợp thực hiện?", turns, PLANS)
    assert out.endswith("(theo kế hoạch 177)?"), out
    # compared with the plan of that year, the plan just discussed stays beside it
    out = condense("So với kế hoạch GDNN năm 2023 của Hà Nội thì tỷ lệ có bằng cấp, chứng chỉ hồi đó đặt bao nhiêu?",
                   turns, PLANS)
    assert out.endswith("(theo kế hoạch 177)?"), out
    assert condense("Kinh phí lấy từ đâu?", turns, PLANS) == "Kinh phí lấy từ đâu (theo kế hoạch 177)?"


def test_a_new_place_goes_where_the_old_place_was_and_the_old_plan_number_goes():
    previous = "Kế hoạch GDNN theo KH 70 của Hà Nội đặt chỉ tiêu tuyển sinh cao đẳng năm 2023 là bao nhiêu?"
    out = condense("Còn Hải Dương?", history(previous), PLANS)
    assert out == "Kế hoạch GDNN của Hải Dương đặt chỉ tiêu tuyển sinh cao đẳng năm 2023 là bao nhiêu?"


def test_a_plan_named_by_its_kind_and_title_words_is_not_given_the_plan_just_quoted():
    """"chiến lược GDNN" names the plan titled "Chiến lược phát triển giáo dục nghề nghiệp" without "kế hoạch"."""
    turns = [("Chỉ tiêu tuyển sinh cao đẳng của Hà Nội năm 2025 là bao nhiêu?",
              "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): …")]
    out = condense("Đến 2030 chiến lược GDNN nâng tỷ lệ lao động qua đào tạo lên bao nhiêu?", turns, PLANS)
    assert out == "Đến 2030 chiến lược GDNN nâng tỷ lệ lao động qua đào tạo lên bao nhiêu?"


def test_a_new_place_drops_the_body_that_issued_the_old_places_plan():
    """ "Sở LĐTBXH Hải Dương đặt chỉ tiêu …" names the Hải Dương Sở's plan by its issuer: "Còn Hà Nội?" asks Hà Nội's
    plan, not a Sở LĐTBXH of Hà Nội; a body asked of is moved to the new place."""
    plans = {**PLANS, "hd": dataclasses.replace(PLANS["hd"], issuer="Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương")}
    turns = history("Sở LĐTBXH Hải Dương đặt chỉ tiêu tuyển mới năm 2023 là bao nhiêu?")
    assert condense("Còn Hà Nội?", turns, plans) == "Hà Nội đặt chỉ tiêu tuyển mới năm 2023 là bao nhiêu?"
    turns = history("Sở Nông nghiệp Hải Dương được giao những việc gì?")
    assert condense("Còn Hà Nội?", turns, plans) == "Sở Nông nghiệp Hà Nội được giao những việc gì?"


def test_new_province_typed_without_accents():
    out = condense("con hai duong thi sao", history(HANOI_TARGET), PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hải Dương là bao nhiêu?"


def test_new_plan_number_replaces_the_previous_one():
    previous = "Theo Kế hoạch 70/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền?"
    out = condense("Còn Kế hoạch 177/KH-UBND?", history(previous), PLANS)
    assert out == "Theo Kế hoạch 177/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền?"
    assert "70/KH" not in out


def test_plan_number_is_added_when_the_previous_question_named_no_scope():
    out = condense("Còn Kế hoạch 177/KH-UBND thì sao?", history("Tỷ lệ lao động qua đào tạo đạt bao nhiêu?"), PLANS)
    assert out == "Tỷ lệ lao động qua đào tạo đạt bao nhiêu của Kế hoạch 177/KH-UBND?"


def test_a_plan_named_by_its_title_words_replaces_the_previous_one():
    previous = "Kế hoạch đào tạo nghề cho lao động nông thôn năm 2025 của Hà Nội do sở nào chủ trì?"
    out = condense("Còn kế hoạch giáo dục nghề nghiệp năm 2023?", history(previous), PLANS)
    assert out == "Kế hoạch giáo dục nghề nghiệp năm 2023 của Hà Nội do sở nào chủ trì?"
    # The province after the plan's words is the place slot's, and stays.
    out = condense("Thế còn kế hoạch nguồn nhân lực?", history("Kinh phí kế hoạch chiến lược GDNN Hải Phòng lấy từ "
                                                            "những nguồn nào?"), PLANS)
    assert out == "Kinh phí kế hoạch nguồn nhân lực Hải Phòng lấy từ những nguồn nào?"


def test_a_word_folded_like_one_title_syllable_names_no_plan():
    """ "kế hoạch giao cho ai": "giao" (assign) folds like the "giáo" of "giáo dục", a syllable of a title; a plan is
    named by two title words together or an initialism, so the question goes on about the plan just quoted."""
    previous = [("Sở nào chủ trì thực hiện Kế hoạch 177/KH-UBND?",
                 "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): Sở Giáo dục và Đào tạo: chủ trì.")]
    out = condense("Người học nghề muốn vay vốn thì kế hoạch giao cho ai?", previous, PLANS)
    assert out.endswith("(theo Kế hoạch 177/KH-UBND)?"), out


def test_question_word_follow_up_carries_the_topic_without_its_question_words():
    out = condense("Ai phối hợp?", history(HANOI_LEAD), PLANS)
    assert out == "Ai phối hợp: công tác tuyên truyền tuyển sinh của Hà Nội?"
    assert "Cơ quan nào" not in out and "chủ trì" not in out


def test_question_words_in_a_row_each_ask_of_the_topic_not_of_the_last_question_word():
    out = condense("Văn bản này ban hành ngày nào?", history(HANOI_TARGET, "Kế hoạch đó do ai ký?"), PLANS)
    assert out.startswith("Văn bản này ban hành ngày nào: ") and "Hà Nội" in out
    assert "ký" not in out and out.count(":") == 1


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
        # A year is not a plan number: the plan stays, the year is added.
        ("Còn kế hoạch 2025 thì sao?", "Theo Kế hoạch 70/KH-UBND, cơ quan nào chủ trì công tác tuyên truyền năm 2025?"),
    ],
)
def test_a_document_number_of_any_type_replaces_the_previous_plan(follow_up, expected):
    assert condense(follow_up, history(KH70_LEAD), PLANS) == expected


# ------------------------------------------------- slots other than the place
HAIPHONG_SHARE = "Tỷ lệ lao động qua đào tạo của Hải Phòng đến năm 2025 đạt bao nhiêu?"
RURAL_SHARE = "Tỷ lệ lao động qua đào tạo ở khu vực nông thôn của Hà Nội năm 2025 là bao nhiêu?"


@pytest.mark.parametrize(
    "previous,follow_up,expected",
    [
        # The level: the indicator, year and place stay.
        (HANOI_TARGET, "Thế còn trình độ trung cấp?",
         "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu?"),
        (HANOI_TARGET, "the con trinh do trung cap",
         "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu?"),
        (HANOI_TARGET, "Còn sơ cấp?", "Chỉ tiêu tuyển sinh trình độ sơ cấp năm 2023 của Hà Nội là bao nhiêu?"),
        # The year: "mốc" is dropped, the previous "đến" kept; a period becomes the year asked.
        (HAIPHONG_SHARE, "Còn mốc năm 2030?", "Tỷ lệ lao động qua đào tạo của Hải Phòng đến năm 2030 đạt bao nhiêu?"),
        (HANOI_TARGET, "Năm 2026 thì sao?", "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2026 của Hà Nội là bao nhiêu?"),
        (HANOI_TARGET, "nam 2026 thi sao", "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2026 của Hà Nội là bao nhiêu?"),
        ("Tỷ lệ qua đào tạo của Hải Phòng giai đoạn 2021-2025 là bao nhiêu?", "Năm 2026 thì sao?",
         "Tỷ lệ qua đào tạo của Hải Phòng năm 2026 là bao nhiêu?"),
        (HANOI_TARGET, "Còn giai đoạn 2026-2030?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng giai đoạn 2026-2030 của Hà Nội là bao nhiêu?"),
        # The area.
        (RURAL_SHARE, "Vậy khu vực thành thị thì bao nhiêu?",
         "Tỷ lệ lao động qua đào tạo ở khu vực thành thị của Hà Nội năm 2025 là bao nhiêu?"),
        (RURAL_SHARE, "vay khu vuc thanh thi thi bao nhieu",
         "Tỷ lệ lao động qua đào tạo ở khu vực thành thị của Hà Nội năm 2025 là bao nhiêu?"),
        # Place and year at once.
        (HANOI_TARGET, "Còn Hải Phòng năm 2025?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2025 của Hải Phòng là bao nhiêu?"),
    ],
)
def test_a_follow_up_swaps_the_slot_it_names(previous, follow_up, expected):
    assert condense(follow_up, history(previous), PLANS) == expected


def test_a_slot_the_previous_question_lacked_is_added():
    share = "Tỷ lệ lao động qua đào tạo của Hải Phòng đạt bao nhiêu?"
    assert condense("Còn mốc năm 2030?", history(share), PLANS) == f"{share[:-1]} năm 2030?"
    assert condense("Khu vực thành thị thì sao?", history(share), PLANS) == f"{share[:-1]} khu vực thành thị?"
    assert condense("Còn trình độ cao đẳng?", history(share), PLANS) == f"{share[:-1]} trình độ cao đẳng?"


def test_the_year_of_a_date_is_not_the_year_asked():
    previous = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023, chỉ tiêu tuyển sinh năm 2023 là bao nhiêu?"
    out = condense("Năm 2024 thì sao?", history(previous), PLANS)
    assert out == "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023, chỉ tiêu tuyển sinh năm 2024 là bao nhiêu?"


def test_a_year_named_by_its_distance_counts_from_the_year_last_asked():
    previous = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023, chỉ tiêu tuyển sinh năm 2023 là bao nhiêu?"
    assert "năm 2022" in condense("Còn năm ngoái thì sao?", history(previous), PLANS)
    assert "năm 2024" in condense("Năm sau thì sao?", history(previous), PLANS)
    # no year asked: the year of the plan the last answer quoted
    answered = [("Các sở gửi báo cáo năm trước ngày nào?", ANSWERED)]
    assert "năm 2023" in condense("Năm nay có tổ chức Kỳ thi kỹ năng nghề không?", answered, PLANS)


def test_slots_change_one_after_another():
    turns = history(HANOI_TARGET, "Thế còn trình độ trung cấp?", "Còn Hải Phòng thì sao?")
    out = condense("Năm 2025 thì sao?", turns, PLANS)
    assert out == "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2025 của Hải Phòng là bao nhiêu?"


def test_a_province_of_the_corpus_outside_the_national_list_is_a_place():
    plans = PLANS | {"ls": PlanMetadata("ls", "Kế hoạch 87/KH-UBND (Lam Sơn)", "Lam Sơn", "87/KH-UBND", 2023, "")}
    out = condense("con lam son thi sao", history(HANOI_TARGET), plans)
    assert out == "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Lam Sơn là bao nhiêu?"


@pytest.mark.parametrize(
    "previous,follow_up,expected",
    [
        # Lam Sơn's only plan is about 2024: Hà Nội's 2023 came with Hà Nội's plan.
        (HANOI_TARGET, "Còn Lam Sơn thì sao?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2024 của Lam Sơn là bao nhiêu?"),
        # A period in the title covers its years.
        ("Tỷ lệ qua đào tạo của Lam Sơn năm 2021 là bao nhiêu?", "Còn Phú Hà thì sao?",
         "Tỷ lệ qua đào tạo của Phú Hà năm 2021 là bao nhiêu?"),
        # Hà Nội has plans of 2023 and 2025: a year neither is about is dropped.
        ("Tỷ lệ qua đào tạo của Lam Sơn năm 2024 là bao nhiêu?", "Còn Hà Nội thì sao?",
         "Tỷ lệ qua đào tạo của Hà Nội là bao nhiêu?"),
        # Plans whose years are unknown, a province without plans, a year asked anew: left as they are.
        (HANOI_TARGET, "Còn Hải Phòng thì sao?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hải Phòng là bao nhiêu?"),
        (HANOI_TARGET, "Còn Đà Nẵng thì sao?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Đà Nẵng là bao nhiêu?"),
        (HANOI_TARGET, "Còn Lam Sơn năm 2023?",
         "Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Lam Sơn là bao nhiêu?"),
    ],
)
def test_a_new_place_brings_a_year_its_plans_are_about(previous, follow_up, expected):
    plans = STYLE_PLANS | {"ph": PlanMetadata("ph", "Kế hoạch 153/KH-UBND (Phú Hà)", "Phú Hà", "153/KH-UBND", 2019,
                                          "Đào tạo nghề cho lao động nông thôn tỉnh Phú Hà giai đoạn 2019 - 2023")}
    assert condense(follow_up, history(previous), plans) == expected


# -------------------------------------------- asking for the deadline or the lead
@pytest.mark.parametrize(
    "follow_up,expected",
    [
        ("Còn hạn hoàn thành?", "Hạn hoàn thành khi nào: công tác tuyên truyền tuyển sinh của Hà Nội?"),
        ("con han hoan thanh", "Han hoan thanh khi nào: công tác tuyên truyền tuyển sinh của Hà Nội?"),
        ("Thế còn thời hạn thì sao?", "Thời hạn: công tác tuyên truyền tuyển sinh của Hà Nội?"),
        ("Vậy đơn vị nào phối hợp?", "Đơn vị nào phối hợp: công tác tuyên truyền tuyển sinh của Hà Nội?"),
    ],
)
def test_a_follow_up_asking_something_else_about_the_task_keeps_the_task(follow_up, expected):
    assert condense(follow_up, history(HANOI_LEAD), PLANS) == expected


def test_the_lead_of_the_task_just_discussed():
    out = condense("Ai chủ trì?", history("Đơn vị nào phối hợp tổ chức hội giảng nhà giáo?"), PLANS)
    assert out == "Ai chủ trì: tổ chức hội giảng nhà giáo?"
    after_partner = condense("Còn hạn hoàn thành?", history(HANOI_LEAD, "Ai phối hợp?"), PLANS)
    assert after_partner == "Hạn hoàn thành khi nào: công tác tuyên truyền tuyển sinh của Hà Nội?"
    # asked bare, a deadline is still a question of the task, not another topic asked "who"
    bare = condense("Hạn hoàn thành?", history(HANOI_LEAD, "Ai phối hợp?"), PLANS)
    assert bare == "Hạn hoàn thành khi nào: công tác tuyên truyền tuyển sinh của Hà Nội?"
    # "mốc thời gian" asks a time as "hạn" does, "có … không" around it
    assert condense("Có mốc thời gian cụ thể không?", history(HANOI_LEAD), PLANS) \
        == "Có mốc thời gian cụ thể không khi nào: công tác tuyên truyền tuyển sinh của Hà Nội?"


STYLE_PLANS = PLANS | {
    "ls": PlanMetadata("ls", "Kế hoạch 87/KH-UBND (Lam Sơn)", "Lam Sơn", "87/KH-UBND", 2024, ""),
    "ph": PlanMetadata("ph", "Kế hoạch 153/KH-UBND (Phú Hà)", "Phú Hà", "153/KH-UBND", 2019, ""),
    "tk": PlanMetadata("tk", "Quyết định 618/QĐ-UBND (Tây Kinh)", "Tây Kinh", "618/QĐ-UBND", 2025, ""),
}


def test_a_place_followed_by_a_year_is_read_from_the_left():
    """"Phú Hà năm 2023" names Phú Hà, not Hà Nam."""
    out = condense("Còn Lam Sơn thì sao?", history("Tỷ lệ qua đào tạo của Phú Hà năm 2024 là bao nhiêu?"), STYLE_PLANS)
    assert out == "Tỷ lệ qua đào tạo của Lam Sơn năm 2024 là bao nhiêu?"


def test_a_plan_named_by_its_year_keeps_its_words_when_the_place_and_year_change():
    previous = "Kế hoạch năm 2024 của Lam Sơn tuyển sinh trình độ cao đẳng bao nhiêu người?"
    out = condense("Còn Tây Kinh năm 2025?", history(previous), STYLE_PLANS)
    assert out == "Kế hoạch năm 2025 của Tây Kinh tuyển sinh trình độ cao đẳng bao nhiêu người?"


def test_a_year_swapped_at_the_start_keeps_the_capital():
    previous = "Năm 2025 Tây Kinh tuyển sinh trình độ trung cấp bao nhiêu người?"
    out = condense("nam 2024 thi sao", history(previous), STYLE_PLANS)
    assert out == "Năm 2024 Tây Kinh tuyển sinh trình độ trung cấp bao nhiêu người?"


def test_a_question_word_after_a_deadline_follow_up_keeps_only_the_task():
    turns = history("Sở nào chủ trì ban hành Danh mục nghề đào tạo của Lam Sơn?", "Còn hạn hoàn thành?")
    out = condense("Ai phối hợp?", turns, STYLE_PLANS)
    assert out == "Ai phối hợp: ban hành Danh mục nghề đào tạo của Lam Sơn?"


# ------------------------------------------------------------ the item changes
SHARE_2023 = "Tỷ lệ lao động qua đào tạo của Hà Nội năm 2023 là bao nhiêu?"


@pytest.mark.parametrize(
    "previous,follow_up,expected",
    [
        # Nothing new asked: the previous question is kept whole, its "tỷ lệ … bao nhiêu" included.
        (SHARE_2023, "Còn tỷ lệ có bằng cấp, chứng chỉ thì sao?",
         "Tỷ lệ có bằng cấp, chứng chỉ: Tỷ lệ lao động qua đào tạo của Hà Nội năm 2023 là bao nhiêu?"),
        (SHARE_2023, "Trong đó có bằng cấp, chứng chỉ là bao nhiêu?",
         "Trong đó có bằng cấp, chứng chỉ là bao nhiêu: Tỷ lệ lao động qua đào tạo của Hà Nội năm 2023 là bao nhiêu?"),
        # A new item with a new year: the year changes in the frame too.
        (HANOI_TARGET, "Còn chỉ tiêu tuyển sinh năm 2024?",
         "Chỉ tiêu tuyển sinh năm 2024: Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2024 của Hà Nội là bao nhiêu?"),
        # Several levels at once, written back with diacritics.
        (HANOI_TARGET, "con so cap va duoi 3 thang",
         "Chỉ tiêu tuyển sinh trình độ sơ cấp va dưới 3 tháng năm 2023 của Hà Nội là bao nhiêu?"),
        ("Chỉ tiêu trình độ sơ cấp và dưới 3 tháng của Hà Nội là bao nhiêu?", "Còn cao đẳng?",
         "Chỉ tiêu trình độ cao đẳng của Hà Nội là bao nhiêu?"),
        # A new role in a new place: asked there about the same task.
        (HANOI_LEAD, "Ai phối hợp ở Hải Phòng?",
         "Ai phối hợp ở Hải Phòng: công tác tuyên truyền tuyển sinh của Hải Phòng?"),
    ],
)
def test_a_follow_up_that_changes_the_item_keeps_the_frame(previous, follow_up, expected):
    assert condense(follow_up, history(previous), PLANS) == expected


def test_topic_swaps_one_after_another_do_not_stack():
    """Each "Còn …?" replaces the topic the last one put in front of the question; "Trong đó …" narrows it."""
    swapped = condense("Còn tỷ lệ thất nghiệp thì sao?", history(SHARE_2023, "Còn tỷ lệ có bằng cấp, chứng chỉ thì sao?"),
                       PLANS)
    assert swapped == "Tỷ lệ thất nghiệp: Tỷ lệ lao động qua đào tạo của Hà Nội năm 2023 là bao nhiêu?"
    narrowed = condense("Trong đó nữ chiếm bao nhiêu?", history(SHARE_2023, "Còn tỷ lệ có bằng cấp, chứng chỉ thì sao?"),
                        PLANS)
    assert narrowed.startswith("Trong đó nữ chiếm bao nhiêu: Tỷ lệ có bằng cấp, chứng chỉ: ")


def test_a_full_question_with_its_own_place_is_left_alone_even_after_vay():
    question = "Vậy Sở nào chủ trì việc tổ chức hội giảng nhà giáo năm 2024 ở Hà Nội?"
    assert condense(question, history(HANOI_TARGET), PLANS) == question


# -------------------------------------------- another body, the same question
BODY_TASKS = "Trong kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội, Ban Công tác Nông dân được giao làm gì?"


@pytest.mark.parametrize(
    "follow_up,expected",
    [
        ("Còn ban phụ nữ?",
         "Trong kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội, Ban Phụ nữ được giao làm gì?"),
        ("Hội Nông dân thì sao?",
         "Trong kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội, Hội Nông dân được giao làm gì?"),
        ("con so tai chinh?",
         "Trong kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội, So Tai chinh được giao làm gì?"),
    ],
)
def test_a_follow_up_naming_another_body_asks_the_same_of_it(follow_up, expected):
    assert condense(follow_up, history(BODY_TASKS), PLANS) == expected


@pytest.mark.parametrize("follow_up", ["Trường chất lượng cao thì sao?", "Còn hội thi tay nghề?"])
def test_a_kind_of_thing_under_a_body_head_word_is_no_body(follow_up):
    """ "Trường chất lượng cao" are schools of a kind, "hội thi" a contest: not a body asked what it is given."""
    out = condense(follow_up, history(BODY_TASKS), PLANS)
    assert "được giao" not in out.split(":")[0] and "Ban Công tác Nông dân" not in out.split(":")[0]
    assert not out.startswith(("Trường Chất", "Hội Thi"))


def test_bodies_swap_one_after_another():
    out = condense("Cựu chiến binh thì sao?", history(BODY_TASKS, "Còn ban phụ nữ?"), PLANS)
    assert out == "Trong kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội, Cựu chiến binh được giao làm gì?"


def test_a_body_after_a_question_that_named_none_asks_what_it_is_given():
    """ "Còn Tỉnh đoàn?" after a figure of someone else's task: the body's own duties, in the plan just quoted."""
    previous = [("Trong 18 phiên giao dịch việc làm năm 2025 bao nhiêu phiên lưu động?",
                 "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 06 phiên lưu động.")]
    out = condense("Còn Tỉnh đoàn?", previous, PLANS)
    assert out.startswith("Tỉnh đoàn được giao những nhiệm vụ gì") and "70/KH-UBND" in out, out
    assert condense("Còn phiên định kỳ?", previous, PLANS) != out  # not a body: the figure asked again


def test_insurance_in_lower_case_is_the_topic_swapped_not_the_insurance_agency():
    """ "Còn bảo hiểm xã hội?" after a target: the insurance's target, not the duties of the agency named alike;
    written as a name ("Còn Bảo hiểm xã hội?") it is that agency."""
    previous = [("Kế hoạch 70 đặt mục tiêu tỷ lệ tham gia bảo hiểm thất nghiệp năm 2023 là bao nhiêu?",
                 "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 52% lực lượng lao động.")]
    topic = condense("Còn bảo hiểm xã hội?", previous, PLANS)
    assert "được giao" not in topic and "bảo hiểm xã hội" in topic.lower() and "bao nhiêu" in topic, topic
    assert not asked_bodies(topic), topic  # the topic stays lower case: no agency asked of
    agency = condense("Còn Bảo hiểm xã hội?", previous, PLANS)
    assert agency.startswith("Bảo hiểm xã hội được giao những nhiệm vụ gì"), agency


def test_where_and_what_are_question_words_a_follow_up_asks_anew():
    task = "Năm 2023 Sở Lao động Hải Dương định làm gì trên ứng dụng điện thoại để người lao động tìm việc?"
    assert condense("Tiền lấy ở đâu?", history(task, "Phòng nào chủ trì việc đó?"), PLANS) == (
        "Tiền lấy ở đâu: Năm 2023 Sở Lao động Hải Dương định trên ứng dụng điện thoại để người lao động tìm việc?")


@pytest.mark.parametrize("follow_up", ["Mốc đó thì thu hút bao nhiêu % học sinh tốt nghiệp THCS vào học nghề?",
                                       "Tới mốc đó thành phố muốn có mấy trường chất lượng cao?",
                                       "Thành phố muốn có mấy trường chất lượng cao lúc đó?"])
def test_a_milestone_pointing_back_is_the_year_the_last_question_asked_of_not_the_plans_span(follow_up):
    previous = "Theo kế hoạch thực hiện Chiến lược GDNN giai đoạn 2021-2030, đến năm 2030 tỷ lệ qua đào tạo là bao nhiêu?"
    assert "năm 2030" in with_previous_years(follow_up, previous)
    assert " đó" not in with_previous_years(follow_up, previous)


def test_another_plan_asked_a_question_of_its_own_is_that_question():
    """ "Thế còn kế hoạch GDNN năm 2023 … thì cơ quan thường trực là sở nào?" names another plan and asks with its
    own words: not the last question's topic with that plan swapped in."""
    previous = [("Sở nào chủ trì thực hiện kế hoạch 177?", "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): …")]
    question = "Thế còn kế hoạch GDNN năm 2023 của thành phố thì cơ quan thường trực lại là sở nào?"
    assert condense(question, previous, PLANS) == question


# -------------------------------------------- the plan just quoted
ANSWERED = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): trước ngày 15/12/2023.\n\nTheo Kế hoạch 70/KH-UBND " \
    "ngày 07/03/2023 (Hà Nội), mục “VI. CHẾ ĐỘ BÁO CÁO”: … [1]"


@pytest.mark.parametrize("follow_up", ["Sở đó thì phải báo cáo thành phố trước ngày nào?",
                                       "Kỳ thi kỹ năng nghề năm đó tổ chức vào tháng mấy?",
                                       "Xong thì cả thành phố có bao nhiêu trường đạt chuẩn?"])
def test_a_question_pointing_back_at_the_plan_keeps_the_plan_the_last_answer_quoted(follow_up):
    previous = [("Quận huyện gửi báo cáo năm cho Sở Lao động trước ngày nào?", ANSWERED)]
    # the body pointed at is the one the last question named, by its whole name; "năm đó" the year of the date the
    # last answer gave ("trước ngày 15/12/2023")
    named = follow_up.replace("Sở đó", "Sở Lao động - Thương binh và Xã hội").replace("năm đó", "năm 2023")
    assert condense(follow_up, previous, PLANS) == f"{named.rstrip('?')} (theo Kế hoạch 70/KH-UBND)?"


@pytest.mark.parametrize("follow_up", ["Ai phối hợp với sở đó?", "so do phoi hop voi nhung ai"])
def test_the_partners_of_the_body_pointed_at_are_asked_in_the_task_it_leads(follow_up):
    """"Ai phối hợp với sở đó?" after "… sở nào chủ trì tổ chức Hội thi …": the partners in that task."""
    answered = ("Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sở Lao động - Thương binh và Xã hội: chủ trì, tổ chức "
                "Hội thi thiết bị đào tạo tự làm….\n\nTheo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội), mục “…”: … [1]")
    previous = [("Sở nào chủ trì tổ chức Hội thi thiết bị đào tạo tự làm cấp thành phố?", answered)]
    out = condense(follow_up, previous, PLANS)
    assert "Sở Lao động - Thương binh và Xã hội" in out and "tổ chức Hội thi thiết bị đào tạo tự làm cấp thành phố" in out
    alone = condense("Sở đó phối hợp với Tỉnh đoàn tổ chức ngày hội việc làm ở những huyện nào?", previous, PLANS)
    assert "Hội thi" not in alone  # a question naming its own task keeps it


@pytest.mark.parametrize("follow_up", ["Sở nào làm đầu mối kế hoạch này?",  # asks anew of the plan itself
                                       "Hội phụ nữ có vai trò gì không?"])  # of a body the last question did not name
def test_a_short_question_of_its_own_goes_on_about_the_plan_not_the_last_topic(follow_up):
    previous = [("Quận huyện gửi báo cáo năm cho Sở Lao động trước ngày nào?", ANSWERED)]
    named = follow_up.replace("Sở đó", "Sở Lao động")  # the body pointed at is the one the last question named
    assert condense(follow_up, previous, PLANS) == f"{named.rstrip('?')} (theo Kế hoạch 70/KH-UBND)?"


@pytest.mark.parametrize("follow_up", ["Sở nào chủ trì phân luồng học sinh?", "so nao chu tri phan luong hoc sinh"])
def test_a_short_question_asking_anew_of_a_topic_of_its_own_is_not_glued_to_the_last_one(follow_up):
    """Eight syllables, the last question's words none of them: a question of its own about the plan just quoted."""
    previous = [("Kế hoạch 70 quy định chuẩn ngoại ngữ đầu ra cho người tốt nghiệp trung cấp là bậc mấy?", ANSWERED)]
    assert condense(follow_up, previous, PLANS).startswith(f"{follow_up.rstrip('?')} (theo Kế hoạch 70")
    assert condense("Sở nào chủ trì?", previous, PLANS).startswith("Sở nào chủ trì: Kế hoạch 70")


def test_a_bare_body_or_a_topic_pointed_back_at_still_takes_the_last_question():
    previous = [("Sở Nội vụ được giao những nhiệm vụ gì?", ANSWERED)]
    assert condense("Còn Sở Tài chính thì sao?", previous, PLANS) == "Sở Tài chính được giao những nhiệm vụ gì?"
    out = condense("Nhiệm vụ này hạn khi nào?", previous, PLANS)
    assert out.startswith("Nhiệm vụ này hạn khi nào: ") and "Sở Nội vụ" in out


def test_without_a_quoted_plan_or_a_pointer_the_question_is_left_alone():
    refused = [("Quận huyện gửi báo cáo trước ngày nào?", "Các kế hoạch hiện có không nêu thông tin này.")]
    question = "Sở đó thì phải gửi báo cáo tổng hợp cho Ủy ban thành phố trước ngày nào?"
    assert condense(question, refused, PLANS) == question
    question = "Tỷ lệ lao động qua đào tạo của Hải Phòng đến năm 2025 là bao nhiêu?"
    assert condense(question, [("Quận huyện gửi báo cáo trước ngày nào?", ANSWERED)], PLANS) == question


def test_a_time_pointing_back_takes_the_years_of_the_previous_question():
    previous = [("Đến năm 2030 Hà Nội muốn có bao nhiêu trường chất lượng cao?", ANSWERED)]
    assert condense("Giai đoạn đó ưu tiên phát triển những nghề gì?", previous, PLANS) == (
        "năm 2030 ưu tiên phát triển những nghề gì (theo Kế hoạch 70/KH-UBND)?")
    # "năm nay" is this year, the plan's own: not the period the last question asked of
    assert condense("Ngày hội tư vấn năm nay tổ chức lúc nào?", previous, PLANS) == (
        "Ngày hội tư vấn năm 2023 tổ chức lúc nào (theo Kế hoạch 70/KH-UBND)?")


ANSWERED_70 = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sở Kế hoạch và Đầu tư chủ trì."
ANSWERED_177 = "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): Sở Nông nghiệp và Môi trường chủ trì."


def test_a_question_about_the_plan_itself_asks_of_the_plan_just_quoted():
    turns = [("Sở nào chủ trì đào tạo nghề nông nghiệp cho lao động nông thôn của Hà Nội?", ANSWERED_177)]
    assert condense("Kế hoạch đó do ai ký?", turns, PLANS) == "Kế hoạch đó do ai ký (theo Kế hoạch 177/KH-UBND)?"
    assert condense("Văn bản này ban hành ngày nào?", turns, PLANS) == (
        "Văn bản này ban hành ngày nào (theo Kế hoạch 177/KH-UBND)?")


def test_a_question_of_its_own_naming_no_plan_goes_on_about_the_plan_just_quoted():
    turns = [("Sở nào chủ trì đào tạo nghề nông nghiệp cho lao động nông thôn của Hà Nội?", ANSWERED_177)]
    out = condense("Các sở, địa phương gửi báo cáo kết quả hằng năm trước ngày nào?", turns, PLANS)
    assert out == "Các sở, địa phương gửi báo cáo kết quả hằng năm trước ngày nào (theo Kế hoạch 177/KH-UBND)?"
    # one that names its place or plan is its own question
    other = "Hải Phòng giao sở nào chủ trì sơ kết, tổng kết việc thực hiện kế hoạch?"
    assert condense(other, turns, PLANS) == other
    # after a refusal there is no plan to go on about
    assert condense("Các sở gửi báo cáo năm trước ngày nào?", [(turns[0][0], "Các kế hoạch hiện có không nêu.")],
                    PLANS) == "Các sở gửi báo cáo năm trước ngày nào?"


def test_the_plan_the_previous_question_named_is_the_one_to_go_on_about():
    turns = [("Ai ký Kế hoạch 70/KH-UBND của Hà Nội?", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Lê Hồng Sơn."),
             ("Còn KH 177 năm 2025?", "Các kế hoạch hiện có không nêu thông tin này. Các kế hoạch hiện có: "
              "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội); Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội).")]
    assert condense("Nó ban hành ngày nào?", turns, PLANS).endswith("(theo KH 177)?")


def test_a_follow_up_asking_to_spell_out_the_last_answer_asks_of_what_it_said():
    answered = ("Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Đầu tư trang thiết bị đào tạo cho 04 trường "
                "cao đẳng chất lượng cao: 16 tỷ đồng.\n\nTheo Kế hoạch 70/KH-UBND …")
    turns = [("Hà Nội đầu tư bao nhiêu tiền cho trường chất lượng cao năm 2023?", answered)]
    out = condense("Cụ thể là những trường nào?", turns, PLANS)
    # the phrase that counts the schools, not the task around it nor the money
    assert out == "Cụ thể là những trường nào: 04 trường cao đẳng chất lượng cao (theo Kế hoạch 70/KH-UBND)?"
    assert condense("Đó là những trường nào?", turns, PLANS).startswith("Đó là những trường nào: 04 trường")
    # not after a refusal, and not a question with a topic of its own
    assert not condense("Cụ thể là những trường nào?", [(turns[0][0], "Các kế hoạch hiện có không nêu.")],
                        PLANS).startswith("Cụ thể là những trường nào: 04")
    # a fact counting no such items is asked of whole
    other = [(turns[0][0], "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Đầu tư trang thiết bị cho các trường.")]
    assert condense("Đó là những trường nào?", other, PLANS).startswith("Đó là những trường nào: Đầu tư trang thiết bị")


def test_the_items_a_which_ones_follow_up_asks_for_are_the_phrase_counting_them():
    task = ("Chủ trì cân đối, bố trí nguồn vốn chi đầu tư đối với 04 trường cao đẳng công lập thuộc Thành phố để trở "
            "thành trường chất lượng cao theo tiêu chí tại Quyết định số 761/QĐ-TTg")
    assert counted_items(task, "Đó là những trường nào") == ("04 trường cao đẳng công lập thuộc Thành phố để trở "
                                                            "thành trường chất lượng cao")
    assert counted_items("Đào tạo 12 nghề trọng điểm, trong đó 3 nghề cấp độ quốc tế", "Đó là những nghề nào") == \
        "12 nghề trọng điểm"
    assert counted_items("Tổ chức phiên giao dịch việc làm tại các huyện", "Cụ thể là những huyện nào") == \
        "Tổ chức phiên giao dịch việc làm tại các huyện"


def test_then_what_about_a_topic_of_its_own_is_a_new_question_about_the_same_plan():
    turns = [("Hà Nội giao cơ quan nào cân đối vốn đầu tư cho 04 trường chất lượng cao năm 2023?", ANSWERED_70)]
    out = condense("Thế còn đầu tư trang thiết bị nghề trọng điểm thì cho bao nhiêu trường?", turns, PLANS)
    assert out == "Thế còn đầu tư trang thiết bị nghề trọng điểm thì cho bao nhiêu trường (theo Kế hoạch 70/KH-UBND)?"


def test_another_report_period_swaps_the_report_asked_of():
    previous = history("Theo KH 70 năm 2023 của Hà Nội thì báo cáo 6 tháng phải nộp trước ngày nào?")
    assert condense("còn báo cáo cả năm?", previous, PLANS) == (
        "Theo KH 70 năm 2023 của Hà Nội thì báo cáo cả năm phải nộp trước ngày nào?")
    # a year after "báo cáo" is the year slot's
    assert condense("Còn năm 2024?", previous, PLANS) == (
        "Theo KH 70 năm 2024 của Hà Nội thì báo cáo 6 tháng phải nộp trước ngày nào?")


def test_a_plan_named_by_title_words_wins_over_the_area_inside_them():
    previous = history("Trong kế hoạch GDNN năm 2023 của Hà Nội, sở nào là cơ quan thường trực khu vực nông thôn?")
    out = condense("Thế kế hoạch đào tạo nghề nông thôn năm 2025 thì vẫn sở đó à?", previous, PLANS)
    assert out == "Trong kế hoạch đào tạo nghề nông thôn năm 2025 của Hà Nội, sở nào là cơ quan thường trực khu vực nông thôn?"


def test_a_follow_up_of_many_words_the_last_question_never_used_is_a_question_of_its_own():
    previous = [("Sở nào phối hợp xây dựng định mức kinh tế kỹ thuật cho các nghề sơ cấp?", ANSWERED)]
    follow_up = "thế tiền đầu tư để nâng 4 trường cao đẳng lên chất lượng cao thì sở nào bố trí?"
    assert condense(follow_up, previous, PLANS) == f"{follow_up.rstrip('?')} (theo Kế hoạch 70/KH-UBND)?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("vậy kinh phí lấy từ đâu", "vậy kinh phí lấy từ đâu (theo Kế hoạch 177/KH-UBND)?"),
        ("Sơ kết, tổng kết bao lâu một lần?", "Sơ kết, tổng kết bao lâu một lần (theo Kế hoạch 177/KH-UBND)?"),
    ],
)
def test_a_follow_up_asking_anew_of_the_whole_plan_is_about_the_plan_not_the_last_item(question, expected):
    turns = [("Hà Nội hỗ trợ học nghề cho người khuyết tật mỗi năm bao nhiêu người?",
              "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): 500 người.")]
    assert condense(question, turns, PLANS) == expected
    # pointing back at that item, it stays with it
    assert condense("Nguồn kinh phí cho việc ấy?", turns, PLANS).startswith("Nguồn kinh phí cho việc ấy: Hà Nội hỗ trợ")


def test_a_money_follow_up_after_an_item_naming_its_own_money_is_about_that_item():
    """"Kinh phí lấy từ đâu?" after an answer quoting an item that says where its money comes from ("… từ nguồn kinh
    phí khuyến công", "- Nguồn kinh phí: …") asks of that item, not of the plan's funding part."""
    for quote in ("Sở Công Thương hỗ trợ đào tạo nghề tại 05 làng nghề từ nguồn kinh phí khuyến công năm 2025.",
                  "Hỗ trợ 300 người khuyết tật học nghề.\n- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa."):
        turns = [("Hà Nội hỗ trợ học nghề cho người khuyết tật mỗi năm bao nhiêu người?",
                  f"Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): {quote}")]
        assert condense("vậy kinh phí lấy từ đâu", turns, PLANS).startswith("Kinh phí lấy từ đâu: Hà Nội hỗ trợ")


def test_a_follow_up_about_both_plans_names_the_two_the_last_answer_quoted():
    first = "Tỷ lệ lao động qua đào tạo của KH 70 và kế hoạch chiến lược GDNN Hải Phòng có khớp nhau không?"
    answer = ("Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): … 73,2%; theo Kế hoạch thực hiện Chiến lược GDNN "
              "(Hải Phòng): … 75%.")
    for follow_up in ("Ai ký hai văn bản này?", "Việc tuyên truyền thì sở nào làm, ở cả hai kế hoạch?",
                      "Hạn gửi báo cáo năm ở hai nơi khác nhau thế nào?", "hai ban ke hoach do do ai ky?"):
        out = condense(follow_up, [(first, answer)], PLANS)
        assert out.endswith("(theo Kế hoạch 70/KH-UBND và Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng))?"), out
    # one plan quoted: the question is not about two
    one = condense("Ai ký hai văn bản này?", [(first, "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): …")], PLANS)
    assert "(theo Kế hoạch 70/KH-UBND và" not in one


def test_a_follow_up_comparing_the_last_two_answers_asks_their_topic_again_of_both_plans():
    """ "Vậy Hà Nội cao hơn Hải Dương bao nhiêu điểm phần trăm?" asks nothing new: the two figures just given, each
    quoted again (the reader compares them); the level or group it narrows to leads; a year is kept when both plans
    were asked of it, dropped when each was asked of its own; a follow-up with a topic of its own is no such one."""
    asked = [("Tỷ lệ lao động qua đào tạo năm 2023 của Hà Nội là bao nhiêu?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): … 73,2%."),
             ("Còn Hải Dương?", "Theo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023): … 70%.")]
    # one of the two has no number: both are named by year and place
    both = "(theo Kế hoạch năm 2023 của Hải Dương và Kế hoạch năm 2023 của Hà Nội)?"
    assert condense("Vậy Hà Nội cao hơn Hải Dương bao nhiêu điểm phần trăm?", asked, PLANS) == \
        f"Tỷ lệ lao động qua đào tạo năm 2023 là bao nhiêu {both}"
    assert condense("Riêng lao động nữ thì hai nơi có khác nhau không?", asked, PLANS).startswith(
        "lao động nữ: Tỷ lệ lao động qua đào tạo năm 2023")
    for own_topic in ("Hai nơi khác nhau thế nào về hạn gửi báo cáo năm?",
                      "Vậy cơ quan đầu mối của hai kế hoạch này khác nhau thế nào?"):
        assert not condense(own_topic, asked, PLANS).startswith("Tỷ lệ lao động")
    years_apart = [("Hà Nội đặt tỷ lệ lao động qua đào tạo đến năm 2030 là bao nhiêu?",
                    "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): … 80% vào năm 2030."),
                   ("Còn Hải Dương năm 2023?", "Theo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023): … 70%.")]
    assert condense("Hai nơi chênh nhau bao nhiêu?", years_apart, PLANS) == \
        "đặt tỷ lệ lao động qua đào tạo là bao nhiêu (theo Kế hoạch năm 2023 của Hải Dương và Kế hoạch năm 2025 của " \
        "Hà Nội)?"
    # a place not yet discussed, named by the follow-up, beside the plan just quoted
    one = [("Hải Dương năm 2023 đặt chỉ tiêu tuyển sinh trình độ trung cấp bao nhiêu người?",
            "Theo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023): … 4.000 người.")]
    assert condense("So với Hải Phòng thì trình độ này chênh nhau thế nào?", one, PLANS).endswith(
        "(theo Kế hoạch năm 2023 của Hải Dương và kế hoạch của Hải Phòng)?")


def test_a_number_a_plans_label_cites_names_no_plan_in_a_follow_up():
    """A plan with no number of its own is labelled by the plan it carries out ("Kế hoạch triển khai Kế hoạch số
    238/KH-UBND …"): after "Ai ký?" named it by that label, "Số hiệu là gì?" still asks of it, not of plan 238."""
    label = "Kế hoạch triển khai Kế hoạch số 238/KH-UBND (Hải Dương, 2023)"
    plans = {"hdx": PlanMetadata("hdx", label, "Hải Dương", "", 2023, "Phát triển nguồn nhân lực")}
    turns = [("Kế hoạch phát triển nguồn nhân lực năm 2023 của Hải Dương triển khai văn bản nào?", f"Theo {label}: …"),
             ("Ai ký?", f"Theo {label}: Phó Giám đốc … ký.")]
    assert condense("Số hiệu của văn bản là gì?", turns, plans) == f"Số hiệu của văn bản là gì (theo {label})?"


def test_comparing_with_another_plan_keeps_the_plan_just_discussed():
    previous = [("Chỉ tiêu tuyển sinh cao đẳng năm 2024 của Hà Nội là bao nhiêu?",
                 "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 2.900 người.")]
    out = condense("So với Hải Phòng thì chỉ tiêu tuyển cao đẳng thế nào?", previous, PLANS)
    # the last topic asked again, of the plan just quoted and of the place the follow-up names
    assert out == ("Chỉ tiêu tuyển sinh cao đẳng năm 2024 là bao nhiêu (theo Kế hoạch năm 2023 của Hà Nội và kế "
                   "hoạch của Hải Phòng)?")
    # a year of its own goes with it, the last one's left out
    out = condense("So với Hải Phòng năm 2025 thì con số thế nào?", previous, PLANS)
    assert "năm 2025" in out and "2024" not in out and "Hải Phòng" in out
    # … and it is the other place's year: the plan just quoted keeps its own
    assert out.endswith("(theo Kế hoạch năm 2023 của Hà Nội và kế hoạch năm 2025 của Hải Phòng)?"), out
    # a place the follow-up names is one side, though another plan was quoted since ("… thì Hải Dương nhiều hay ít
    # hơn?" after a turn about Hà Nội): Hải Dương's plan beside the place it sets it against
    plans = {**PLANS, "bv": PlanMetadata("bv", "Kế hoạch ban hành kèm Quyết định 647/QĐ-UBND (Bạch Vân, 24/03/2025)",
                                         "Bạch Vân", "647/QĐ-UBND", 2025, "Phát triển giáo dục nghề nghiệp")}
    answered = "Theo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023): tuyển mới 38.400 người, cao đẳng 2.900 người."
    turns = [("Sở LĐTBXH Hải Dương đặt chỉ tiêu tuyển mới giáo dục nghề nghiệp năm 2023 là bao nhiêu?", answered),
             ("Cao đẳng chiếm bao nhiêu người?", answered),
             ("Còn Hà Nội cùng năm đó thì hệ cao đẳng bao nhiêu?", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): "
              "cao đẳng 25.500.")]
    out = condense("So với chỉ tiêu cao đẳng năm 2025 của Bạch Vân thì Hải Dương nhiều hay ít hơn?", turns, plans)
    assert out.endswith("(theo Kế hoạch năm 2023 của Hải Dương và kế hoạch năm 2025 của Bạch Vân)?"), out


def test_a_word_folding_like_a_filler_but_spelled_otherwise_is_kept():
    from assistant.followup import asking_part

    assert asking_part("Thẻ học nghề được nhắc đến thế nào trong kế hoạch đó?") == (
        "Thẻ học nghề được nhắc đến thế nào trong kế hoạch đó")
    assert asking_part("Thế còn hạn hoàn thành?") == "Hạn hoàn thành khi nào"
    assert asking_part("the con han hoan thanh?") == "Han hoan thanh khi nào"  # typed without marks: a filler


def test_a_bare_new_topic_is_asked_the_way_the_last_question_asked_of_the_plan_just_quoted():
    """"Năng suất lao động?" after a target question: another target of the same plan, not the last topic with
    two words added; "Còn trình độ trung cấp?" still swaps an item of the last question."""
    answered = [("Tỷ trọng lao động nông nghiệp trong tổng lao động năm 2025 là bao nhiêu?",
                 "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 45%.")]
    assert condense("Năng suất lao động?", answered, PLANS) \
        == "Năng suất lao động bao nhiêu (theo Kế hoạch 70/KH-UBND) năm 2025?"  # of the same year
    assert condense("Còn trình độ trung cấp?", [("Chỉ tiêu tuyển sinh trình độ cao đẳng năm 2023 của Hà Nội là bao "
                                                   "nhiêu?", "…")], PLANS) \
        == "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu?"


def test_a_body_pointed_back_at_is_the_one_just_answered_or_asked_of():
    """"Sở đó" after "… sở nào chủ trì?" is the Sở the answer named; "cơ quan này" after "Sở Nội vụ làm gì?" the
    Sở the question named."""
    answer = ("Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): Sở Giáo dục và Đào tạo chủ trì, phối hợp với các "
              "sở, ngành.\n\n…")
    asked = "Kế hoạch 177 giao sở nào chủ trì đào tạo nghề cho lao động nông thôn?"
    out = condense("Sở đó phải báo cáo kết quả lên những cơ quan nào?", [(asked, answer)], PLANS)
    assert out.startswith("Sở Giáo dục và Đào tạo phải báo cáo kết quả lên những cơ quan nào")
    out = condense("Cơ quan này phải báo cáo trước ngày nào?", history("Sở Nội vụ làm gì trong Kế hoạch 177?"), PLANS)
    assert out.startswith("Sở Nội vụ phải báo cáo trước ngày nào")
    # a body the follow-up names acts; the one pointed at is left as asked
    assert condense("Tỉnh đoàn gửi gì cho sở này?", [(asked, answer)], PLANS).startswith("Tỉnh đoàn gửi gì cho sở này")
    # a "ban" pointed at is no Sở: the question stays as asked
    assert condense("Ban đó làm gì?", [(asked, answer)], PLANS).startswith("Ban đó làm gì")
    # a short answer cut short names its body before its first quote, which does not
    cut = ("Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): Sở Tài chính: tham mưu bố trí kinh phí đào tạo nghề "
           "cho lao động nông thôn hằng năm….\n\nTheo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội), mục “2. Sở Tài "
           "chính”: a) Tham mưu bố trí kinh phí đào tạo nghề cho lao động nông thôn hằng năm theo phân cấp. [1]")
    out = condense("Sở đó còn phải làm gì nữa?", [("Sở nào tham mưu bố trí kinh phí (Kế hoạch 177)?", cut)], PLANS)
    assert out.startswith("Sở Tài chính còn phải làm gì nữa")


@pytest.mark.parametrize("follow_up", ["Có khoảng bao nhiêu doanh nghiệp đến tuyển dụng ở đó?",
                                       "Các doanh nghiệp tham gia tuyển dụng tại đó được hỗ trợ những gì, từ nguồn nào?"])
def test_the_place_pointed_at_carries_what_it_points_at_however_long_the_follow_up(follow_up):
    """ "ở đó", "tại đó" need the last question's topic: the follow-up is asked of it, not alone."""
    previous = "Ngày hội tư vấn tuyển sinh hỗ trợ doanh nghiệp đặt hàng đào tạo của Hà Nội năm 2023 tổ chức khi nào?"
    out = condense(follow_up, history(previous), PLANS)
    assert out.startswith(follow_up.rstrip("?")) and "Ngày hội tư vấn tuyển sinh" in out, out


def test_both_plans_after_an_answer_quoting_one_are_the_last_two_the_conversation_quoted():
    turns = [("Năm 2025 tỉnh Bạch Vân tổ chức bao nhiêu phiên giao dịch việc làm?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 18 phiên."),
             ("Hải Phòng có tổ chức phiên giao dịch việc làm riêng cho lao động đi nước ngoài trở về không?",
              "Theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng): … 12 phiên.")]
    out = condense("Hai kế hoạch đó ai ký vậy?", turns, PLANS)
    assert out.endswith("(theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng) và Kế hoạch 70/KH-UBND)?"), out


def test_a_question_of_its_own_about_both_plans_names_the_two_just_discussed():
    turns = [("Năm 2023 Hà Nội đặt chỉ tiêu tuyển sinh trình độ cao đẳng bao nhiêu người?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): 25.500 người."),
             ("Còn Hải Phòng?", "Theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng): … 12.000 người.")]
    out = condense("Về tỷ lệ lao động có bằng cấp, chứng chỉ thì hai kế hoạch đặt mục tiêu ra sao?", turns, PLANS)
    assert out == ("Về tỷ lệ lao động có bằng cấp, chứng chỉ thì hai kế hoạch đặt mục tiêu ra sao (theo Kế hoạch "
                   "thực hiện Chiến lược GDNN (Hải Phòng) và Kế hoạch 70/KH-UBND)?"), out


def test_who_the_asker_is_is_not_carried_into_a_follow_up():
    """"Tôi là người Mông ở huyện …. …?" then "Cơ quan nào lo việc này?": the follow-up asks again of the fact, not
    of the asker's district or people."""
    first = "Tôi là người Mông ở huyện Mường Khiêm. Năm 2023 Hà Nội tuyển sinh cao đẳng bao nhiêu người?"
    out = condense("Còn trung cấp?", history(first), PLANS)
    assert "Mông" not in out and "tuyển sinh" in out and "trung cấp" in out, out


def test_a_plan_named_by_a_document_it_implements_is_named_by_its_label_when_compared():
    """"So với Hải Dương, …?" after a question that named Hải Phòng's plan by the resolution it implements: the plan
    the answer quoted goes beside Hải Dương's by its label (which says its place), not by "Nghị quyết 06"."""
    plans = dict(PLANS, hp6=PlanMetadata("hp6", "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP (Hải Phòng, 2023)",
                                         "Hải Phòng", "", 2023, "Thực hiện Nghị quyết số 06/NQ-CP về thị trường lao động"))
    turns = [("Theo Nghị quyết 06, Hải Phòng đặt mục tiêu thất nghiệp thành thị bao nhiêu?",
              "Theo Kế hoạch thực hiện Nghị quyết số 06/NQ-CP (Hải Phòng, 2023): dưới 3%.")]
    out = condense("So với Hải Dương, mục tiêu thất nghiệp có khác không?", turns, plans)
    assert out.endswith("(theo Kế hoạch thực hiện Nghị quyết số 06/NQ-CP (Hải Phòng, 2023))?"), out


def test_after_the_plans_own_facts_a_follow_up_asks_of_that_plan_without_their_words():
    """ "Cơ quan nào chủ trì triển khai?" after "Ai ký ban hành?" asks who leads the plan just quoted; "ký ban hành",
    what the last question asked of the document itself, is no topic to carry. So after its number and date."""
    signed = [("Kế hoạch chiến lược GDNN của Hải Phòng do ai ký?", "Theo Kế hoạch thực hiện Chiến lược GDNN (Hải "
               "Phòng): Phó Chủ tịch Lê Khắc Nam.")]
    assert condense("Cơ quan nào chủ trì triển khai?", signed, PLANS) == (
        "Cơ quan nào chủ trì triển khai (theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng))?")
    dated = [("Kế hoạch 70 số mấy, ký ngày nào?", ANSWERED_70)]
    assert condense("Ai là người trình?", dated, PLANS) == "Ai là người trình (theo Kế hoạch 70)?"
    # no plan quoted (that question refused): the place it named
    refused = [("Kế hoạch của Hải Phòng đó số bao nhiêu, ký ngày nào?", "Các kế hoạch hiện có không nêu thông tin này.")]
    assert condense("ai ky", refused, PLANS) == "ai ky (Hải Phòng)?"
    # a topic asked before is carried as ever
    assert condense("Ai phối hợp?", [(HANOI_LEAD, ANSWERED_70)], PLANS) != "Ai phối hợp (theo Kế hoạch 70/KH-UBND)?"


def test_what_the_plan_rests_on_is_asked_of_the_plan_just_quoted_not_with_the_last_asking_words():
    turns = [("Chính sách nhà ở cho người lao động giao cho sở nào?", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): "
              "Sở Xây dựng.")]
    assert condense("Căn cứ nghị quyết nào?", turns, PLANS) == "Căn cứ nghị quyết nào (theo Kế hoạch 70/KH-UBND)?"


def test_a_bare_topic_after_a_swapped_in_topic_swaps_it_again():
    """"BHXH?" after "Còn bảo hiểm thất nghiệp, bao nhiêu phần trăm lao động tham gia?": that question about social
    insurance, not "BHXH" stacked on the unemployment insurance one."""
    turns = [("Tỷ lệ thất nghiệp thành thị năm 2025 là bao nhiêu?", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): "
              "dưới 3%."),
             ("Còn bảo hiểm thất nghiệp, bao nhiêu phần trăm lao động tham gia?", "Theo Kế hoạch 70/KH-UBND ngày "
              "07/03/2023 (Hà Nội): 35%.")]
    assert condense("BHXH?", turns, PLANS) \
        == "Còn BHXH, bao nhiêu phần trăm lao động tham gia (theo Kế hoạch 70/KH-UBND)?"


def test_a_plan_pointed_at_by_words_of_its_title_is_the_plan_just_quoted():
    turns = [("Trong kế hoạch đó Sở Tài chính làm gì?", "Theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng): chủ trì …")]
    out = condense("Tổng kinh phí dự kiến của kế hoạch chiến lược đó là bao nhiêu tỷ?", turns, PLANS)
    assert out.endswith("(theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng))?"), out


def test_a_follow_up_swapping_in_a_topic_of_its_own_is_asked_the_same_way_of_the_plan():
    """"Còn số trường chất lượng cao năm đó?" after a rate's target: a topic sharing no word with the last one, asking
    nothing new, is asked as the last question asked (its asking words, its years), not glued to the last topic;
    "Còn tỷ lệ có bằng cấp, chứng chỉ?" (a word shared) and "Vậy đơn vị nào phối hợp?" (a role asked) keep the frame."""
    previous = "Đến năm 2030 Hà Nội phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu?"
    out = condense("Còn số trường chất lượng cao năm đó?", history(previous), PLANS)
    assert out.startswith("Số trường chất lượng cao") and "bao nhiêu" in out and "2030" in out, out
    assert "lao động qua đào tạo" not in out, out
    narrowed = condense("Còn tỷ lệ có bằng cấp, chứng chỉ?", history(previous), PLANS)
    assert "lao động qua đào tạo" in narrowed, narrowed


@pytest.mark.parametrize(("follow_up", "kept", "cut"), [
    ("Ai chủ trì việc đó?", "khảo sát nhu cầu học nghề", "Sở Nội vụ"),  # a body asked: the one stated is no given
    ("Việc khảo sát đó hạn chót khi nào?", "khảo sát nhu cầu học nghề", "30/4/2025"),
    ("Sở nào phụ trách mảng này?", "khảo sát nhu cầu học nghề", "Sở Nội vụ"),
])
def test_a_thing_pointed_back_at_after_asking_what_it_is_is_the_fact_answered(follow_up, kept, cut):
    """"Cấp xã được giao việc gì?" is answered with a task; "việc đó" is that task, not the question."""
    answer = ("Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sở Nội vụ hướng dẫn UBND cấp xã khảo sát nhu cầu "
              "học nghề của lao động nông thôn, trước 30/4/2025.\n\nTheo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội), "
              "mục “V”: Sở Nội vụ hướng dẫn … [1]")
    out = condense(follow_up, [("Trong kế hoạch 70, cấp xã có được giao việc gì không?", answer)], PLANS)
    assert kept in out and cut not in out and ("70/KH-UBND" in out or "kế hoạch 70" in out)


def test_a_thing_pointed_back_at_after_a_question_of_a_fact_keeps_that_question():
    """After "… chỉ tiêu bao nhiêu?" the thing pointed at is the one asked of; the figure answered is not it."""
    answer = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): khoảng 230.000 lượt người."
    out = condense("Ai chủ trì việc đó?", [(HANOI_TARGET, answer)], PLANS)
    assert "230.000" not in out and "cao đẳng" in out


def test_a_year_swapped_in_leaves_the_year_of_a_plans_label_alone():
    label = "Kế hoạch triển khai “Kế hoạch số 238/KH-UBND ngày 02/02/2023 của UBND tỉnh Đông Hà… (Đông Hà, 2023)"
    plans = PLANS | {"dh": PlanMetadata("dh", label, "Đông Hà", "", 2023, "Phát triển nguồn nhân lực")}
    before = f"Tỷ lệ lao động qua đào tạo năm 2023 đạt bao nhiêu (theo {label})?"
    out = condense("Thế năm 2025 thì sao?", [(before, f"Theo {label}: 70%.")], plans)
    assert out == f"Tỷ lệ lao động qua đào tạo năm 2025 đạt bao nhiêu (theo {label})?"


@pytest.mark.parametrize("follow_up", ["Phòng nào chủ trì, phối hợp với ai?", "Sở nào chủ trì?", "Hạn hoàn thành khi nào?"])
def test_a_short_follow_up_asking_only_who_or_when_is_asked_of_the_last_topic(follow_up):
    """Words that only ask ("phòng nào", "chủ trì", "phối hợp với ai") are no topic of the follow-up's own, however
    many: the topic is the last question's."""
    previous = [("Phần tuyên truyền, kế hoạch giao làm mấy phóng sự chuyên đề?", ANSWERED)]
    out = condense(follow_up, previous, PLANS)
    assert out.startswith(follow_up.rstrip("?")) and "phóng sự chuyên đề" in out, out


@pytest.mark.parametrize(
    "previous,follow_up,expected",
    [
        ("Tiền mua thiết bị cho nghề trọng điểm là bao nhiêu, cho mấy nghề?", "Mấy nghề đó là nghề gì, ở trường nào?",
         "Các nghề trọng điểm là nghề gì, ở trường nào?"),
        ("Cả năm có bao nhiêu phiên giao dịch việc làm?", "Sở nào chịu trách nhiệm mấy phiên đó?",
         "Sở nào chịu trách nhiệm các phiên giao dịch việc làm?"),
        # names in a row, past their commas; "mấy … đó" is "those", no count
        ("Đào tạo nghề gắn với dược liệu ở các huyện Mường Khiêm, Nậm Khiêu, Phú Thạch là bao nhiêu người?",
         "Ai chủ trì ở mấy huyện đó?", "Ai chủ trì ở các huyện Mường Khiêm, Nậm Khiêu, Phú Thạch?"),
        # a body named whole, however long its name
        ("Trường Cao đẳng Kỹ thuật Lam Sơn tuyển bao nhiêu?", "Trường đó có được đầu tư thiết bị không?",
         "Trường Cao đẳng Kỹ thuật Lam Sơn có được đầu tư thiết bị không?"),
        # typed without marks: "trong" may be "trọng", no stop
        ("tien mua thiet bi cho nghe trong diem la bao nhieu", "may nghe do la nghe gi", "cac nghe trong diem la nghe gi"),
        # nothing to write in: the noun stands alone before, or is a body, task or time with rules of its own
        ("Có bao nhiêu nghề?", "Mấy nghề đó ở đâu?", "Mấy nghề đó ở đâu?"),
        ("Phiên giao dịch việc làm tổ chức ở đâu?", "Việc đó ai làm?", "Việc đó ai làm?"),
        ("Chỉ tiêu năm 2025 là bao nhiêu?", "Năm đó ai chủ trì?", "Năm đó ai chủ trì?"),
        ("Nghề trọng điểm được đầu tư là gì?", "Thời điểm đó ai chủ trì?", "Thời điểm đó ai chủ trì?"),
        ("Mức hỗ trợ học phí là bao nhiêu?", "Mức đó áp dụng cho ai?", "Mức hỗ trợ học phí áp dụng cho ai?"),
        # what the thing becomes is no part of its name
        ("Ai lo vốn để 4 trường cao đẳng công lập thành trường chất lượng cao?", "Ngoài 4 trường đó thì sao?",
         "Ngoài 4 trường cao đẳng công lập thì sao?"),
    ],
)
def test_a_thing_pointed_back_at_by_its_noun_gets_the_last_questions_phrase(previous, follow_up, expected):
    assert with_noun_named(follow_up, previous) == expected


@pytest.mark.parametrize("follow_up", ["Kể tên các chương trình đó.", "Những đề án đó gồm gì?"])
def test_several_of_a_plans_kind_pointed_at_are_the_things_the_last_question_named(follow_up):
    """"các chương trình đó" are the programmes just asked of; "Chương trình đó do ai ký?" asks of the plan."""
    before = "Kế hoạch 12/KH-UBND của Lam Hà giao ai biên soạn 05 chương trình và 02 đề án đào tạo nghề nông nghiệp?"
    out = condense(follow_up, history(before), PLANS)
    assert "đào tạo nghề nông nghiệp" in out, out
    assert "nông nghiệp" not in condense("Chương trình đó do ai ký?", history(before), PLANS)


def test_a_thing_the_last_question_asked_which_of_is_the_one_the_answer_named():
    """ "Chỉ thị đó ban hành ngày nào?" after "… thực hiện chỉ thị nào?": the directive the answer named."""
    history = [("Kế hoạch 12/KH-UBND của tỉnh Lam Hà thực hiện chỉ thị nào?",
                "Theo Kế hoạch 12/KH-UBND (Lam Hà, 02/01/2026): Thực hiện Chỉ thị số 21-CT/TU ngày 05/9/2025 của "
                "Ban Thường vụ Tỉnh ủy.")]
    assert "21-CT/TU" in condense("Chỉ thị đó ban hành ngày nào?", history, {})


def test_a_place_is_named_only_where_the_marks_typed_write_it():
    """ "mỗi năm định hướng" folds like "Nam Định" but, typed with its marks, names no province to move to."""
    asked = history("Năm 2025 Hà Nội tuyển sinh bao nhiêu?", "Thế còn trung cấp?")
    assert "Nam Định" not in condense("Giai đoạn 2026-2030 thì trung cấp mỗi năm định hướng bao nhiêu?", asked, PLANS)
    assert "Nam Định" in condense("Còn Nam Định?", asked[:1], PLANS)
    assert "Nam Định" in condense("con nam dinh?", asked[:1], PLANS)


@pytest.mark.parametrize("follow_up", ["Theo quyết định nào?", "Theo kế hoạch nào của thành phố?",
                                       "Theo kế hoạch số mấy của UBND tp?", "Theo nghị quyết nào của Chính phủ?"])
def test_which_document_after_a_task_asks_the_document_the_task_follows(follow_up):
    """After "Ai chủ trì phân luồng học sinh sau THCS?", "Theo quyết định nào?" asks what that task follows (the
    line cites it), not what the whole plan implements; after a question about the plan it asks the plan's basis."""
    out = condense(follow_up, history("Hải Phòng giao ai chủ trì việc phân luồng học sinh sau THCS?"), PLANS)
    assert "phân luồng học sinh" in out, out
    about_plan = condense(follow_up, history("Kế hoạch 70/KH-UBND của Hà Nội do ai ký?"), PLANS)
    assert "phân luồng" not in about_plan and "ký" not in about_plan, about_plan


def test_a_time_pointing_back_reaches_past_a_question_that_asked_no_year():
    """ "… năm đó?" after "kỹ năng CNTT thì sao?", itself after "2030 thì?": the years last asked, a question back."""
    history = [("Đến năm 2030 Hà Nội muốn có bao nhiêu trường chất lượng cao?", ANSWERED),
               ("Trường chất lượng cao đầu tư từ nguồn nào?", ANSWERED)]
    assert "năm 2030" in condense("Còn số cơ sở đạt kiểm định chất lượng năm đó?", history, PLANS)


def test_a_figure_asked_of_no_year_is_asked_of_the_milestone_the_conversation_is_at():
    """A plan to 2030 with targets for 2025 and 2030: after a 2025 target, "Trong số tuyển mới thì nữ chiếm bao
    nhiêu?" asks 2025's share; a plan of one year carries nothing."""
    strategy = PlanMetadata(doc="hp.txt", label="Kế hoạch thực hiện Chiến lược (Hải Phòng)", province="Hải Phòng",
                            title="Thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030")
    history = [("Hải Phòng đặt mục tiêu đến năm 2025 thu hút bao nhiêu % học sinh tốt nghiệp THCS vào học nghề?",
                "Theo Kế hoạch thực hiện Chiến lược (Hải Phòng): Thu hút 40 - 45% học sinh …")]
    out = condense("Trong số tuyển mới thì nữ chiếm bao nhiêu?", history, {"hp.txt": strategy})
    assert out.startswith("Trong số tuyển mới thì nữ chiếm bao nhiêu năm 2025")
    one_year = PlanMetadata(doc="hp.txt", label="Kế hoạch thực hiện Chiến lược (Hải Phòng)", province="Hải Phòng",
                            title="Kế hoạch tuyển sinh năm 2025")
    assert "năm 2025" not in condense("Trong số tuyển mới thì nữ chiếm bao nhiêu?", history, {"hp.txt": one_year})


def test_a_figure_asked_of_no_year_after_two_milestones_is_asked_of_both():
    """After "… đến năm 2025?" and "Còn đến năm 2030?", a new figure asked of no year ("Tỷ lệ nữ … thế nào?") is
    asked of both milestones just discussed, not of the last alone; a year outside the plan's span is none of them."""
    strategy = PlanMetadata(doc="hp.txt", label="Kế hoạch thực hiện Chiến lược (Hải Phòng)", province="Hải Phòng",
                            title="Thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030")
    answered = "Theo Kế hoạch thực hiện Chiến lược (Hải Phòng): Thu hút 50 - 55% học sinh …"
    history = [("Hải Phòng đặt mục tiêu đến năm 2025 thu hút bao nhiêu % học sinh tốt nghiệp THCS vào học nghề?",
                answered), ("Còn đến năm 2030?", answered)]
    out = condense("Tỷ lệ nữ trong tuyển sinh mới đạt bao nhiêu?", history, {"hp.txt": strategy})
    assert "năm 2025 và năm 2030" in out, out
    history[0] = ("Năm 2035 Hải Phòng thu hút bao nhiêu % học sinh tốt nghiệp THCS vào học nghề?", answered)
    out = condense("Tỷ lệ nữ trong tuyển sinh mới đạt bao nhiêu?", history, {"hp.txt": strategy})
    assert "2035" not in out and "năm 2030" in out, out


def test_another_level_of_budget_swaps_the_level_asked():
    history = [("Ngân sách cấp huyện bỏ ra bao nhiêu (theo Quyết định 647/QĐ-UBND)?",
                "Theo Kế hoạch …: Ngân sách cấp huyện: 4,2 tỷ đồng.")]
    assert condense("Ngân sách cấp xã thì sao?", history, {}) == \
        "Ngân sách cấp xã bỏ ra bao nhiêu (theo Quyết định 647/QĐ-UBND)?"


def test_a_noun_pointed_back_at_carries_its_modifiers_up_to_the_predicate():
    """ "Ngân hàng đó" after "… ngân hàng chính sách dự kiến giải ngân …": "ngân hàng chính sách", not "… dự kiến
    giải" (the predicate opens at "dự kiến", as at "phấn đấu")."""
    history = [("Ở Bạch Vân, ngân hàng chính sách dự kiến giải ngân bao nhiêu cho người học nghề?",
                "Theo Kế hoạch …: Ngân hàng Chính sách xã hội … khoảng 85 tỷ đồng.")]
    assert condense("Ngân hàng đó gửi kết quả cho vay về đâu?", history, {}).startswith(
        "Ngân hàng chính sách gửi kết quả")


@pytest.mark.parametrize("follow_up", ["18 phiên đó chia ra sao?", "18 phien nay chia ra sao"])
def test_a_thing_the_last_answer_named_is_asked_of_the_plan_not_glued_to_the_last_question(follow_up):
    """ "18 phiên đó" after "Sở Nội vụ còn được giao những việc gì?" points at what the answer named: the phrase is
    written in from the answer, and the last question's words (another thing's) are not carried."""
    history = [("Sở Nội vụ còn được giao những việc gì (theo Quyết định 647/QĐ-UBND)?",
                "Theo Kế hoạch ban hành kèm Quyết định 647/QĐ-UBND (Bạch Vân, 24/03/2025): Tổ chức 18 phiên giao dịch "
                "việc làm: Cơ quan chủ trì: Sở Nội vụ.")]
    out = condense(follow_up, history, {})
    assert "phiên giao dịch việc làm" in out and "được giao" not in out, out
    assert "647/QĐ-UBND" in out, out


def test_a_thing_of_the_last_question_keeps_the_last_questions_phrase_over_the_answers():
    history = [("Cả năm có bao nhiêu phiên giao dịch lưu động?",
                "Theo Kế hoạch …: Tổ chức 18 phiên giao dịch việc làm: Cơ quan chủ trì: Sở Nội vụ.")]
    assert "phiên giao dịch lưu động" in condense("Sở nào chịu trách nhiệm mấy phiên đó?", history, {})


def test_a_count_of_a_thing_is_found_where_the_answer_quoted_that_count():
    """An answer listing a body's tasks states no one fact: "18 phiên đó" is where it quoted "18 phiên"; "do" typed
    without marks is "by" ("doanh nghiep do ai chu tri"), no pointer."""
    answer = ("Theo Kế hoạch …, Sở Nội vụ: Chủ trì cung cấp thông tin thị trường lao động; chỉ đạo Trung tâm Dịch vụ "
              "việc làm tỉnh tổ chức 18 phiên giao dịch việc làm năm 2025. [1] Chủ trì hướng dẫn doanh nghiệp báo cáo.")
    history = [("Sở Nội vụ còn được giao những việc gì?", answer)]
    assert condense("18 phiên đó chia ra sao?", history, {}).startswith("18 phiên giao dịch việc làm chia ra sao")
    assert "báo cáo" not in condense("thanh tra doanh nghiep do ai chu tri", history, {})


@pytest.mark.parametrize("follow_up", ["NHCSXH thì sao?", "Còn BHXH tỉnh?"])
def test_a_body_written_as_its_initialism_swaps_the_body_asked_of(follow_up):
    """An initialism reads as its words ("NHCSXH": five), which made the follow-up look like a topic of its own;
    it is one body's name and nothing else, so the last question is asked of it."""
    history = [("KH thực hiện NQ 06 của TP Hải Phòng đề nghị Liên đoàn Lao động TP làm những việc gì?",
                "Theo Kế hoạch …: (câu trả lời).")]
    out = condense(follow_up, history, {})
    body = follow_up.removeprefix("Còn ").removesuffix(" thì sao?").rstrip("?")
    assert out == f"KH thực hiện NQ 06 của TP Hải Phòng đề nghị {body} làm những việc gì?", out


def test_a_follow_up_read_as_typed_is_asked_of_the_plan_the_last_answer_quoted():
    """The other reading of a turn: the words typed, of the plan just quoted ("Ngân sách tỉnh chiếm bao nhiêu trong
    đó?" after the total of Kế hoạch 177), and "năm đó" of the years last asked; a follow-up naming its own place
    stays as typed."""
    answered = [("Tổng kinh phí thực hiện kế hoạch năm 2025 của Hà Nội là bao nhiêu?",
                 "Theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội): tổng kinh phí 120 tỷ đồng.")]
    assert as_typed("Ngân sách tỉnh chiếm bao nhiêu trong đó?", answered, PLANS) == \
        "Ngân sách tỉnh chiếm bao nhiêu trong đó (theo Kế hoạch 177/KH-UBND)?"
    assert as_typed("Năm đó tuyển sinh cao đẳng bao nhiêu?", answered, PLANS).startswith(
        "năm 2025 tuyển sinh cao đẳng bao nhiêu")
    assert as_typed("Còn Hải Phòng thì sao?", answered, PLANS) == "Còn Hải Phòng thì sao?"
    assert as_typed("Ngân sách tỉnh bao nhiêu?", [], PLANS) == "Ngân sách tỉnh bao nhiêu?"


def test_a_part_asked_of_a_total_drops_the_words_asking_for_the_whole():
    """ "Trong đó hệ cao đẳng bao nhiêu?" after "… tổng cộng bao nhiêu người?" asks of the college level, not the total
    with a level added; "tổng hợp" asks no total and stays."""
    total = "Năm 2023 Hà Nội đặt chỉ tiêu tuyển sinh GDNN tổng cộng bao nhiêu người?"
    assert condense("Trong đó hệ cao đẳng bao nhiêu?", history(total), PLANS) == \
        "Năm 2023 Hà Nội đặt chỉ tiêu tuyển sinh GDNN bao nhiêu người trình độ cao đẳng?"
    assert condense("Còn khu vực nông thôn?", history("Tổng số lao động qua đào tạo của Hà Nội năm 2023?"), PLANS) == \
        "Lao động qua đào tạo của Hà Nội năm 2023 khu vực nông thôn?"
    assert "Tổng hợp" in condense("Còn trung cấp?", history("Tổng hợp tuyển sinh của Hà Nội năm 2023 thế nào?"), PLANS)


def test_a_sum_pointed_back_at_is_the_sum_the_last_question_asked_of():
    """ "Khoản đó chia ra cho những việc gì?" after "Ngân sách thành phố chiếm bao nhiêu trong đó?": the city's budget,
    not the plan's whole funding; with no sum asked before, the question stays as typed."""
    asked = [("Tổng kinh phí thực hiện KH 70 của Hà Nội là bao nhiêu?", ANSWERED),
             ("Ngân sách thành phố chiếm bao nhiêu trong đó?", ANSWERED)]
    assert condense("Khoản đó chia ra cho những việc gì, mỗi việc bao nhiêu?", asked, PLANS).startswith(
        "Ngân sách thành phố chia ra cho những việc gì, mỗi việc bao nhiêu")
    assert with_sum_named("Khoản đó dùng làm gì?", "Ai chủ trì tuyển sinh?") == "Khoản đó dùng làm gì?"


def test_a_follow_up_after_a_question_naming_two_plans_goes_on_about_both():
    """After "Hà Nội có KH 70 năm 2023 … và KH 177 năm 2025 …", "năm 2023 đặt bao nhiêu, 2030 bao nhiêu?" asks of both
    plans, each named, not of the first one named."""
    both = [("Hà Nội có KH 70 năm 2023 về GDNN và KH 177 năm 2025 về đào tạo nghề. Mỗi KH do sở nào làm đầu mối?",
             "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sở A; theo Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà "
             "Nội): Sở B.")]
    assert condense("Tỷ lệ LĐ có bằng cấp, chứng chỉ: năm 2023 đặt bao nhiêu, 2030 bao nhiêu?", both, PLANS).endswith(
        "(theo KH 70 và KH 177)?")


def test_that_year_after_a_question_asking_when_is_the_year_the_answer_gave():
    """ "kh 70 ban hành ngày nào, ai ký" answered "07/03/2023", then "Năm đó tổ chức kỳ thi … lần thứ mấy?": 2023, not
    the year a question before asked of; the meta question naming its plan is asked as typed."""
    history = [("Kế hoạch 70 đặt mục tiêu năm 2024 gì?", ANSWERED_70),
               ("kh 70 ban hanh ngay nao, ai ky", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): ban hành ngày "
                "07/03/2023; Phó Chủ tịch Hà Minh Hải ký.")]
    assert condense(history[1][0], history[:1], PLANS) == history[1][0]
    assert condense("Năm đó tổ chức kỳ thi tay nghề thành phố lần thứ mấy?", history, PLANS).startswith(
        "năm 2023 tổ chức kỳ thi tay nghề")


def test_a_follow_up_pointing_at_a_thing_has_no_reading_as_typed():
    """ "ngày hội đó tổ chức tháng mấy": read without the rewrite that names the fair it would ask of any month."""
    answered = [("Kế hoạch 70 của Hà Nội tổ chức ngày hội gắn kết GDNN ở đâu?", ANSWERED_70)]
    assert as_typed("ngay hoi do to chuc thang may", answered, PLANS) == "ngay hoi do to chuc thang may"
    assert as_typed("Kinh phí trong đó bao nhiêu?", answered, PLANS).endswith("(theo Kế hoạch 70)?")


def test_another_groups_indicator_replaces_the_last_groups():
    """"Còn tỷ lệ học viên nữ …?" after a question on people with disabilities asks the women's indicator in its
    own words (with its year), not the disabled workers' indicator narrowed to women; a group named alone ("Thế còn
    người dân tộc thiểu số?") is asked within the last question, as before."""
    before = "Đến năm 2030 tỷ lệ lao động là người khuyết tật được học nghề phù hợp của Hải Phòng phải đạt bao nhiêu?"
    out = condense("Còn tỷ lệ học viên, học sinh, sinh viên nữ năm 2030?", history(before), PLANS)
    assert out.startswith("Tỷ lệ học viên, học sinh, sinh viên nữ năm 2030 bao nhiêu") and "khuyết tật" not in out
    assert "khuyết tật" in condense("Thế còn người dân tộc thiểu số?", history(before), PLANS)


def test_another_indicator_after_the_noun_of_a_figure_is_asked_anew_of_the_plan_quoted():
    """"còn tỷ lệ thiếu việc làm" after a rate of trained workers: another indicator of the plan the answer quoted,
    not the last rate narrowed (as "còn tỷ lệ có bằng cấp, chứng chỉ" narrows it)."""
    from index.normalize import fold_accents

    turns = [("Hà Nội năm 2023 đặt tỷ lệ lao động qua đào tạo bao nhiêu?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): … đạt 73,2%.")]
    swapped = condense("con ty le thieu viec lam", turns, PLANS)
    assert "lao dong qua dao tao" not in fold_accents(swapped).lower() and "70/KH-UBND" in swapped, swapped
    narrowed = condense("Còn tỷ lệ có bằng cấp, chứng chỉ?", turns, PLANS)
    assert "lao động qua đào tạo" in narrowed, narrowed


def test_a_document_a_task_makes_pointed_back_at_is_named_not_the_plan():
    """"Đề án đó …" after a task of a Kế hoạch that builds a đề án: that đề án, named as asked two turns before; of a
    plan that is itself an Đề án, the plan."""
    turns = [("Ở Hà Nội, ai chủ trì xây dựng đề án phát triển trường nghề chất lượng cao?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sở Lao động - Thương binh và Xã hội chủ trì."),
             ("Hạn trình là bao giờ?", "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Quý III/2023.")]
    out = condense("Đề án đó được bố trí bao nhiêu kinh phí?", turns, PLANS)
    assert out.startswith("đề án phát triển trường nghề chất lượng cao được bố trí bao nhiêu kinh phí"), out
    # several counted are things the task makes, not a document
    made = [("Ai biên soạn 5 chương trình sơ cấp về dược liệu?", turns[0][1])]
    assert "mấy chương trình đó" in condense("Kinh phí biên soạn mấy chương trình đó là bao nhiêu?", made, PLANS)
    plans = {"da": PlanMetadata("da", "Đề án 12/ĐA-UBND ngày 02/02/2026 (Lam Hà)", "Lam Hà", "12/ĐA-UBND", 2026,
                                "Đào tạo nhân lực", doc_type="Đề án")}
    own = [("Đề án 12 của Lam Hà do ai ký?", "Theo Đề án 12/ĐA-UBND ngày 02/02/2026 (Lam Hà): Phó Chủ tịch ký.")]
    out = condense("Đề án đó được bố trí bao nhiêu kinh phí?", own, plans)
    assert out.startswith("Đề án đó") and "(theo Đề án 12" in out, out


def test_a_document_pointed_back_at_that_only_the_last_answer_named_is_named_from_it():
    """"Đề án đó được phê duyệt bằng quyết định nào?" after an answer quoting the plan's title "… thực hiện Đề án
    Phát triển nguồn nhân lực …" (the question before named no đề án): that đề án, as the answer's quote names it
    whole, not as its short answer cut it ("Đề án Phát…"), nor the plan the answer quoted (a Kế hoạch)."""
    answer = ("Theo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023): Triển khai Kế hoạch số 238/KH-UBND thực hiện Đề án "
              "Phát….\n\nTheo Kế hoạch của Sở LĐTBXH (Hải Dương, 2023), mục “Tên kế hoạch”: Triển khai Kế hoạch số "
              "238/KH-UBND ngày 02/02/2023 thực hiện Đề án Phát triển nguồn nhân lực đáp ứng yêu cầu sản xuất kinh "
              "doanh năm 2023 [1]")
    turns = [("Kế hoạch năm 2023 của Sở LĐTBXH Hải Dương triển khai kế hoạch nào của UBND tỉnh?", answer)]
    out = condense("Đề án đó được phê duyệt bằng quyết định nào?", turns, PLANS)
    assert out.startswith("Đề án Phát triển nguồn nhân lực đáp ứng"), out
    assert condense("Đề án đó được phê duyệt bằng quyết định nào?", [(turns[0][0], "Theo Kế hoạch của Sở "
                    "LĐTBXH (Hải Dương, 2023): Tỷ lệ đạt 32,5%.")], PLANS).startswith("Đề án đó")


def test_things_counted_in_words_pointed_back_at_are_those_the_answer_counted():
    """"Ba cơ sở đó là những cơ sở nào?" after an answer on "03 cơ sở giáo dục nghề nghiệp": those, the count written
    as a word and the answer's with a leading zero; "cơ sở đó" is a facility, not "Sở đó" (a department)."""
    answer = ("Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Hoàn thành kiểm định chất lượng đối với 03 cơ sở "
              "giáo dục nghề nghiệp…: Trường Trung cấp A; Trung tâm B.")
    out = condense("Ba cơ sở đó là những cơ sở nào?", [("Còn kiểm định 3 cơ sở thì xong khi nào?", answer)], PLANS)
    assert out.startswith("Ba cơ sở giáo dục nghề nghiệp là những cơ sở nào"), out


def test_a_follow_up_asking_its_own_question_of_a_topic_of_its_own_is_asked_of_the_plan_quoted():
    """"con <topic the last question never used> thi <its own question words>" asks that question of the plan the
    last answer quoted, not glued to the last topic: whatever fact kind it asks ("thi han khi nao" after a count),
    a year the last question already asked moving nothing, one syllable shared by chance ("ky" of "Kỳ thi" and
    "kỷ niệm") not making it a narrowing. A bare "Còn năm 2030?" still moves the last question."""
    from index.normalize import fold_accents

    turns = [("Hà Nội năm 2023 có bao nhiêu thí sinh dự Kỳ thi kỹ năng nghề quốc gia?",
              "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): … 45 thí sinh.")]
    asked = condense("con kiem dinh chat luong cac truong thi han khi nao", turns, PLANS)
    assert "kiem dinh chat luong cac truong thi han khi nao" in fold_accents(asked).lower(), asked
    assert "70/KH-UBND" in asked and "thi sinh" not in fold_accents(asked).lower(), asked
    noted = condense("con ky niem ngay nha giao nam do la bao nhieu nam", turns, PLANS)
    assert "70/KH-UBND" in noted and "thi sinh" not in fold_accents(noted).lower(), noted
    dated = [("Đến năm 2030 Hải Phòng thu hút bao nhiêu phần trăm học sinh tốt nghiệp THCS vào học nghề?",
              "Theo Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng): Thu hút 50 - 55% học sinh …")]
    counted = condense("con so truong chat luong cao nam 2030 thi bao nhieu", dated, PLANS)
    assert "hoc sinh" not in fold_accents(counted).lower() and "(Hải Phòng)" in counted, counted
    moved = condense("Còn năm 2025?", dated, PLANS)
    assert "2025" in moved and "học sinh" in moved, moved


def test_a_level_or_area_pointed_back_at_by_its_lead_word_is_the_one_the_last_question_named():
    """"trình độ này" after a question on "trình độ sơ cấp" is that level (another period asked of it); "khu vực đó"
    the area; without a level named before, the question stays as asked."""
    before = "Năm 2023 Hà Nội tuyển sinh trình độ sơ cấp bao nhiêu người?"
    out = condense("Giai đoạn 2024-2025 thì trình độ này mỗi năm bao nhiêu?", history(before), PLANS)
    assert "trình độ sơ cấp" in out and "này" not in out, out
    rural = condense("con khu vuc do thi sao nam 2025", history("Tỷ lệ thất nghiệp khu vực nông thôn của Hải Phòng?"),
                     PLANS)
    assert "nông thôn" in rural, rural
    assert with_slot_named("Trình độ này bao nhiêu?", "Tổng tuyển sinh năm 2023 là bao nhiêu?") == \
        "Trình độ này bao nhiêu?"


def test_a_bare_department_opening_what_a_follow_up_says_it_does_is_the_one_the_last_question_named():
    """"Rồi sở tổng hợp gửi lên thành phố khi nào?" after reports sent "qua Sở Công Thương": that Sở; "số" (a number)
    folds alike and is none, nor is "sở nào" a body pointed at."""
    before = "Các xã gửi báo cáo kết quả khuyến công qua Sở Công Thương trước ngày nào?"
    assert condense("Rồi sở tổng hợp gửi lên tỉnh khi nào?", history(before), PLANS).startswith(
        "Rồi Sở Công Thương tổng hợp gửi lên tỉnh khi nào")
    assert "Sở Công Thương" not in condense("Rồi số tổng hợp gửi lên tỉnh là bao nhiêu?", history(before), PLANS)
    assert with_body_named("sở nào tổng hợp?", before, "") == "sở nào tổng hợp?"


def test_a_follow_up_leaving_out_what_is_taken_part_in_or_organised_asks_of_the_event_just_discussed():
    """"Ít nhất bao nhiêu doanh nghiệp tham gia?" ends on a verb whose object it leaves out: the fair the last
    question asked of, however many words of its own it has; so does "Ai đứng ra tổ chức?" after it."""
    fair = "Ngày hội việc làm của Hà Nội năm 2023 tổ chức lúc nào, ở đâu?"
    firms = condense("it nhat bao nhieu doanh nghiep tham gia", history(fair), PLANS)
    assert "Ngày hội việc làm" in firms and firms.lower().startswith("it nhat bao nhieu doanh nghiep tham gia")
    who = condense("Ai đứng ra tổ chức?", history(fair, firms), PLANS)
    assert who.startswith("Ai đứng ra tổ chức") and "Ngày hội việc làm" in who
    assert condense("Có bao nhiêu doanh nghiệp tham gia đào tạo?", history(fair), PLANS) == \
        "Có bao nhiêu doanh nghiệp tham gia đào tạo?"


@pytest.mark.parametrize("typed", ["Trong đó tỉnh bỏ ra bao nhiêu?", "Trong đó ngân sách tỉnh bao nhiêu?"])
def test_a_level_of_government_named_as_the_payer_narrows_a_total_to_its_budget(typed):
    """"Trong đó tỉnh bỏ ra bao nhiêu?" after the plan's total asks the province's budget's share, as "ngân sách
    tỉnh" does: the total's words give way to that budget."""
    out = condense(typed, history("Tổng kinh phí thực hiện kế hoạch năm 2025 của Bạch Vân là bao nhiêu?"), PLANS)
    assert "ngân sách cấp tỉnh" in out and "Tổng" not in out, out
