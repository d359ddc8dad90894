"""The answer step's capabilities on hand-made inputs: compound questions, table rows, enumerations,
the refusal signals and decision, per-unit sums, provinces named inside other words, signer roles."""

from __future__ import annotations

import dataclasses
import re
import types
from dataclasses import replace

import pytest

from assistant.compose import Evidence, compose
from assistant.compound import parts_by_plan, place_names, question_parts
from assistant.extractive import (
    TermWeights,
    before_plan,
    kinds_in,
    own_heading,
    passage_units,
    path_terms,
    period_fits,
    plan_identifiers,
    plan_naming_words,
    score_units,
    select_units,
    table_caption,
    years_asked,
    years_beside_plan,
)
from assistant.qa import (
    UNCOVERED_SIDE,
    Retrieved,
    _without_other_provinces,
    answer_extractive,
    asked_of_plan,
    dated_leads,
    deferred_figure,
    given_facts,
    held_kinds,
    merged,
    part_led,
    part_profile,
    signals_of,
    single_plan_evidence,
    speaks_of_years,
    with_continuation,
    with_enumeration,
    with_items,
    with_named_bodies,
    with_parts,
    with_sequels,
    without_repeats,
)
from assistant.questions import (
    LIST,
    NUMBER,
    asked_bodies,
    counted_noun,
    forms_in_plan,
    per_unit_money_measure,
    plan_years,
    profile_question,
    same_body,
    successors,
)
from assistant.refusal import FEATURES, AnswerConfig, Signals
from assistant.scope import Scope, beside_provinces, named_provinces, names_several_plans, resolve_scope
from index.metadata import PlanMetadata
from index.plan_scope import PlanScope
from index.retriever import Passage, PreparedQuery
from index.structure import BASIS_TITLE
from tests.test_extractive import META, PLAN, WEIGHTS, passage


# ------------------------------------------------------------------ compound questions
def test_a_compound_question_is_cut_into_parts_that_each_ask():
    parts = question_parts("Tổng kinh phí thực hiện kế hoạch là bao nhiêu, và ngân sách tỉnh chi bao nhiêu?")
    assert parts == ["Tổng kinh phí thực hiện kế hoạch là bao nhiêu", "ngân sách tỉnh chi bao nhiêu"]
    parts = question_parts("Sở nào chủ trì tổ chức hội thi tay nghề, còn hạn hoàn thành báo cáo là khi nào?")
    assert len(parts) == 2 and parts[1].endswith("khi nào")


def test_a_few_things_pointed_back_at_ask_no_count():
    """"mấy việc … này" (these few tasks) asks no number: the question asks where their money comes from and how
    much, two parts, each of the whole topic; "có mấy lớp … năm nay" still counts the classes."""
    parts = question_parts("Tiền cho mấy việc bồi dưỡng nhà giáo, chuyển đổi số này lấy từ khoản nào, bao nhiêu?")
    assert parts == ["Tiền cho mấy việc bồi dưỡng nhà giáo, chuyển đổi số này lấy từ khoản nào",
                     "Tiền cho mấy việc bồi dưỡng nhà giáo, chuyển đổi số này lấy từ khoản bao nhiêu"]
    assert NUMBER not in profile_question(parts[0]).kinds
    assert counted_noun("Mấy lớp đó học ở đâu?") == ""
    assert NUMBER in profile_question("Có mấy lớp mở năm nay?").kinds
    assert counted_noun("Có mấy lớp mở năm nay?") == "lớp"
    # "số mấy" asks which number, and "đó" past a comma and "và" points at another clause's noun
    assert counted_noun("Có mấy trường, trường đó là trường nào?") == "trường|đơn vị"
    assert question_parts("Kế hoạch được ban hành để triển khai kế hoạch số mấy của Thành ủy, và kế hoạch đó ra ngày "
                          "nào?")[0].endswith("kế hoạch số mấy của Thành ủy")


def test_another_item_swapped_in_by_con_thi_sao_is_asked_the_way_the_part_before_asks():
    """ "…, còn X thì sao" asks X the way the part before asks (a year or a place swaps the slot instead)."""
    assert question_parts("Tỷ lệ hộ nghèo có người đi học nghề là bao nhiêu, còn hộ cận nghèo thì sao?") == [
        "Tỷ lệ hộ nghèo có người đi học nghề là bao nhiêu", "hộ cận nghèo bao nhiêu"]
    assert question_parts("ty le lao dong nu co viec lam bao nhieu phan tram, con lao dong khuyet tat thi the nao") \
        == ["ty le lao dong nu co viec lam bao nhieu phan tram", "lao dong khuyet tat bao nhieu phan tram"]
    assert question_parts("Sở nào chủ trì, còn phối hợp thì sao?") == ["Sở nào chủ trì, còn phối hợp thì sao?"]


def test_a_conjunction_inside_an_agency_name_is_no_joint():
    assert question_parts("Sở Giáo dục và Đào tạo phải báo cáo trước ngày nào?") == [
        "Sở Giáo dục và Đào tạo phải báo cáo trước ngày nào?"
    ]


def test_noun_phrases_joined_by_va_borrow_the_question_words():
    parts = question_parts("Tỷ lệ lao động qua đào tạo và tỷ lệ có bằng cấp chứng chỉ năm 2025 là bao nhiêu?")
    assert parts == [
        "Tỷ lệ lao động qua đào tạo bao nhiêu",
        "tỷ lệ có bằng cấp chứng chỉ năm 2025 là bao nhiêu",
    ]



def test_a_parenthesis_joins_no_questions_and_a_measure_named_again_after_a_list_is_a_second_part():
    """ "(thực hiện Chiến lược GDNN và thực hiện NQ 06)" names the plans asked of; "tỷ lệ … có bằng cấp, chứng chỉ
    và tỷ lệ … đào tạo lại" asks two rates (the words after "và" open the phrase again), not a list's third item."""
    parts = question_parts("Hai kế hoạch (thực hiện Chiến lược GDNN và thực hiện NQ 06) đặt tỷ lệ lao động qua đào tạo "
                           "có bằng cấp, chứng chỉ và tỷ lệ lực lượng lao động được đào tạo lại là bao nhiêu?")
    assert len(parts) == 2 and "(thực hiện Chiến lược GDNN và thực hiện NQ 06)" in parts[0]
    assert parts[1].startswith("tỷ lệ lực lượng lao động được đào tạo lại")
    assert question_parts("Kinh phí lấy từ ngân sách nhà nước, doanh nghiệp và người học thế nào?") == [
        "Kinh phí lấy từ ngân sách nhà nước, doanh nghiệp và người học thế nào?"]

def test_one_figure_asked_of_several_years_is_a_part_a_year():
    parts = question_parts("Tỷ lệ người khuyết tật được học nghề phải đạt bao nhiêu vào năm 2025 và năm 2030?")
    assert parts == ["Tỷ lệ người khuyết tật được học nghề phải đạt bao nhiêu vào năm 2025",
                     "Tỷ lệ người khuyết tật được học nghề phải đạt bao nhiêu vào năm 2030"]
    assert len(question_parts("ty le qua dao tao nam 2025, 2030 la bao nhieu")) == 2
    # a period is one span of time, not two years asked
    assert len(question_parts("Chỉ tiêu giai đoạn 2021 - 2025 là bao nhiêu?")) == 1


def test_bodies_sharing_one_duty_are_one_question():
    question = "Các sở, ngành và UBND quận, huyện phải gửi báo cáo 6 tháng trước ngày nào?"
    assert question_parts(question) == [question]


def test_a_part_without_topic_words_stays_with_the_previous_one():
    assert question_parts("Hội thi tổ chức ở đâu và do ai?") == ["Hội thi tổ chức ở đâu và do ai?"]
    assert question_parts("Tuyển sinh cao đẳng bao nhiêu người?") == ["Tuyển sinh cao đẳng bao nhiêu người?"]


def test_two_questions_in_one_message_are_two_parts():
    assert question_parts("Các huyện gửi báo cáo về Sở Nội vụ trước ngày nào? Còn Sở Nội vụ báo cáo UBND tỉnh hạn chót "
                          "là khi nào?") == ["Các huyện gửi báo cáo về Sở Nội vụ trước ngày nào",
                                             "Sở Nội vụ báo cáo UBND tỉnh hạn chót là khi nào"]


def test_a_part_opening_on_its_question_words_shares_the_predicate_before():
    assert question_parts("Lớp học mở ở đâu và khi nào?") == ["Lớp học mở ở đâu", "Lớp học mở khi nào"]
    assert question_parts("Năm 2025 sẽ kiểm định bao nhiêu cơ sở và bao nhiêu chương trình đào tạo?") == [
        "Năm 2025 sẽ kiểm định bao nhiêu cơ sở", "Năm 2025 sẽ kiểm định bao nhiêu chương trình đào tạo"]


def test_a_part_naming_no_body_is_asked_of_the_body_the_part_before_opens_with():
    assert question_parts("Liên đoàn Lao động tỉnh tổ chức bao nhiêu lớp tập huấn và gửi báo cáo về cơ quan nào?") == [
        "Liên đoàn Lao động tỉnh tổ chức bao nhiêu lớp tập huấn", "Liên đoàn Lao động tỉnh gửi báo cáo về cơ quan nào"]
    # A part that names its own body keeps it; a first part not opening with a body lends none.
    assert question_parts("Sở Nội vụ mở bao nhiêu phiên giao dịch và Sở Tài chính cấp bao nhiêu tiền?")[1] == (
        "Sở Tài chính cấp bao nhiêu tiền")
    assert question_parts("Năm 2026 tỉnh mở bao nhiêu lớp sơ cấp và học phí mỗi lớp là bao nhiêu?")[1] == (
        "học phí mỗi lớp là bao nhiêu")


def test_a_bare_predicate_is_asked_of_the_noun_phrase_the_part_before_asks_with_la():
    assert question_parts("Tổng kinh phí thực hiện kế hoạch là bao nhiêu và lấy từ những nguồn nào?") == [
        "Tổng kinh phí thực hiện kế hoạch là bao nhiêu", "Tổng kinh phí thực hiện kế hoạch lấy từ những nguồn nào"]
    assert question_parts("Tổng kinh phí của Kế hoạch tư vấn năm 2026 là bao nhiêu, chia theo từng nguồn thế nào?")[1] == (
        "Tổng kinh phí của Kế hoạch tư vấn năm 2026 chia theo từng nguồn thế nào")
    # a part with a subject of its own keeps it
    assert question_parts("Tổng kinh phí thực hiện kế hoạch là bao nhiêu, và ngân sách tỉnh chi bao nhiêu?")[1] == (
        "ngân sách tỉnh chi bao nhiêu")
    # without "là" the part before names no subject: a short part stays with it
    assert question_parts("Hội thi tổ chức ở đâu và do ai?") == ["Hội thi tổ chức ở đâu và do ai?"]


def test_a_part_naming_only_another_year_or_level_is_the_part_before_with_it():
    assert question_parts("Tỷ lệ lao động có chứng chỉ năm 2024 đạt bao nhiêu, và năm 2025 phải lên mức nào?") == [
        "Tỷ lệ lao động có chứng chỉ năm 2024 đạt bao nhiêu", "Tỷ lệ lao động có chứng chỉ năm 2025 đạt bao nhiêu"]
    assert question_parts("Năm 2026 tuyển sinh bao nhiêu người, riêng trình độ cao đẳng là bao nhiêu?") == [
        "Năm 2026 tuyển sinh bao nhiêu người", "Năm 2026 tuyển sinh bao nhiêu người trình độ cao đẳng?"]
    # The same when the other year asks nothing ("…, và con số cho 2030"), and the plan's period stays.
    assert question_parts("Kế hoạch 2021-2030 muốn bao nhiêu phần trăm được học nghề vào 2025, và con số cho 2030?") == [
        "Kế hoạch 2021-2030 muốn bao nhiêu phần trăm được học nghề vào 2025",
        "Kế hoạch 2021-2030 muốn bao nhiêu phần trăm được học nghề vào năm 2030"]


def test_a_part_naming_only_another_place_and_year_is_the_part_before_asked_there():
    """A place the province table does not hold ("tỉnh Lạc Vân", "ở Lạc Vân") is a place all the same, and an
    aside naming the first side's plan does not follow the question to the other place."""
    assert question_parts("Tỷ lệ lao động có bằng cấp, chứng chỉ mà Hà Nội đặt cho năm 2023 và tỉnh Lạc Vân đặt cho "
                          "năm 2025 là bao nhiêu?") == [
        "Tỷ lệ lao động có bằng cấp, chứng chỉ mà Hà Nội đặt cho năm 2023 bao nhiêu",
        "Tỷ lệ lao động có bằng cấp, chứng chỉ mà Lạc Vân đặt cho năm 2025 bao nhiêu"]
    assert question_parts("Cơ quan thường trực kế hoạch GDNN ở Hà Nội năm 2023 (KH 70) và ở Lạc Vân năm 2025 là sở "
                          "nào?") == [
        "Cơ quan thường trực kế hoạch GDNN ở Hà Nội năm 2023 (KH 70) sở nào",
        "Cơ quan thường trực kế hoạch GDNN ở Lạc Vân năm 2025 sở nào"]
    # a body is no place: "… của Sở Nội vụ là gì" asks its own thing
    assert len(question_parts("Nhiệm vụ của Sở Tài chính là gì, và của Sở Nội vụ là gì?")) == 2
    # nor a plan's number: "còn của KH70 là bao nhiêu" names a document, not a place to ask the part before of
    assert place_names("còn của KH70 là bao nhiêu") == [] and place_names("còn của Lạc Vân là bao nhiêu") != []


def test_two_verbs_of_one_question_joined_by_va_are_one_part():
    assert question_parts("Đơn vị nào xét và bố trí chỗ ở ký túc xá, và đơn vị nào sửa chữa ký túc xá?") == [
        "Đơn vị nào xét và bố trí chỗ ở ký túc xá", "đơn vị nào sửa chữa ký túc xá"]
    assert question_parts("Sở nào chủ trì xây dựng và trình kế hoạch?") == ["Sở nào chủ trì xây dựng và trình kế hoạch?"]


def test_a_list_of_nouns_closed_by_va_is_one_phrase():
    question = "Chi phí đào tạo được chia giữa ngân sách nhà nước, doanh nghiệp và người học theo tỷ lệ nào?"
    assert question_parts(question) == [question]
    # a last item of four syllables, a dash inside it no word of its own
    question = "Lao động trong nông nghiệp, công nghiệp - xây dựng và dịch vụ mỗi khu vực chiếm bao nhiêu?"
    assert question_parts(question) == [question]


def test_a_comma_between_two_asking_pieces_is_a_joint():
    assert question_parts("Mô hình bắt đầu từ bao giờ, gắn với sản phẩm nào và mỗi năm đào tạo bao nhiêu người?") == [
        "Mô hình bắt đầu từ bao giờ", "gắn với sản phẩm nào", "mỗi năm đào tạo bao nhiêu người"]
    assert question_parts("Vốn vay dự kiến bao nhiêu, có được cộng vào tổng kinh phí của kế hoạch không?") == [
        "Vốn vay dự kiến bao nhiêu", "có được cộng vào tổng kinh phí của kế hoạch không"]
    # "không" typed "ko": its piece asks, and borrows no question word of the next ("… của ai")
    assert question_parts("Kế hoạch có lấy kinh phí từ quỹ BHTN ko? phần ngân sách thì bố trí trong dự toán của ai?") == [
        "Kế hoạch có lấy kinh phí từ quỹ BHTN ko", "phần ngân sách thì bố trí trong dự toán của ai"]
    # A comma inside one asking piece, between bodies, or between the items of a list, is none.
    # (levels asked of each are parts by level: ``per_level``)
    question = "Nghề May tuyển bao nhiêu thanh niên, phụ nữ, bộ đội xuất ngũ và tổng cộng bao nhiêu?"
    assert question_parts(question) == [question]
    for question in ("Theo kế hoạch, Sở Tài chính làm gì?", "Hà Nội, Hải Phòng đặt chỉ tiêu bao nhiêu?",
                     "Sở Lao động, Thương binh và Xã hội chủ trì việc gì?"):
        assert question_parts(question) == [question]


LOAN = passage(1, "loan", "II. NGUỒN VỐN TÍN DỤNG\nNgân hàng Chính sách xã hội dự kiến cho vay 85 tỷ đồng. "
               "Nguồn vốn này thực hiện theo kế hoạch tín dụng, không tổng hợp vào tổng kinh phí nêu tại Mục I.",
               "II. NGUỒN VỐN TÍN DỤNG", ordinal=40)


def test_a_yes_no_part_is_answered_by_the_sentence_that_settles_it():
    question = "Ngân hàng Chính sách xã hội dự kiến cho vay bao nhiêu, có được cộng vào tổng kinh phí không?"
    r = retrieved(question, [LOAN])
    scored = score_units(r.passages, r.profile, WEIGHTS)
    first = Evidence(tuple(u for u in select_units(scored, r.profile) if "85 tỷ" in u.text))
    items = with_parts(first, r.passages, r, WEIGHTS, None, set())
    quoted = " ".join(u.text for item in items for u in item.units)
    assert "85 tỷ đồng" in quoted and "không tổng hợp vào tổng kinh phí" in quoted


def test_a_figure_asked_in_money_may_stand_in_the_heading_above_the_items():
    head = "2. Đầu tư thiết bị cho 06 nghề trọng điểm với kinh phí 42,5 tỷ đồng, gồm"
    item = passage(1, "item", f"III. NHIỆM VỤ\n{head}\nb) Cắt gọt kim loại tại Trường Cao đẳng Cơ khí;",
                   f"III. NHIỆM VỤ › {head} › b) Cắt gọt kim loại tại Trường Cao đẳng Cơ khí;", ordinal=12)
    profile = profile_question("Đầu tư thiết bị cho nghề trọng điểm hết bao nhiêu tiền?")
    units = select_units(score_units([item], profile, WEIGHTS), profile)
    assert [u.text for u in units] == ["b) Cắt gọt kim loại tại Trường Cao đẳng Cơ khí;"]


def test_a_heading_chosen_alone_brings_the_first_lines_of_its_item():
    """ "11. Đề nghị Hội Khuyến học thành phố" covers the question's words best, but only names the item: what the
    plan asks of the body is the text under it."""
    text = ("V. TỔ CHỨC THỰC HIỆN\n11. Đề nghị Hội Khuyến học thành phố\nCụ thể hóa các mục tiêu của Kế hoạch vào "
            "Chương trình đẩy mạnh phong trào học tập suốt đời.")
    item = passage(1, "item", text, "V. TỔ CHỨC THỰC HIỆN › 11. Đề nghị Hội Khuyến học thành phố", ordinal=40)
    profile = profile_question("Hội Khuyến học thành phố được đề nghị thế nào?")
    units = select_units(score_units([item], profile, WEIGHTS), profile)
    assert any(u.is_heading for u in units) and any("học tập suốt đời" in u.text for u in units), units
    # the title of a signature part is no item's heading: its lines are each a fact of their own
    signed = passage(2, "sig", "Nơi nhận và người ký\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hồng Sơn",
                     "Nơi nhận và người ký", ordinal=90)
    asked = profile_question("Nơi nhận và người ký của kế hoạch?")
    assert all(u.is_heading for u in select_units(score_units([signed], asked, WEIGHTS), asked))


TOTAL = passage(1, "total", "III. KINH PHÍ\n1. Tổng kinh phí\nTổng kinh phí thực hiện kế hoạch là 52,6 tỷ đồng.",
                "III. KINH PHÍ › 1. Tổng kinh phí", ordinal=30)
PROVINCE = passage(2, "province", "III. KINH PHÍ\n2. Ngân sách tỉnh\nNgân sách tỉnh bố trí 17,8 tỷ đồng.",
                   "III. KINH PHÍ › 2. Ngân sách tỉnh", 0.9, ordinal=31)


def retrieved(question: str, passages, doc_scope=("hn-2023.txt",)) -> Retrieved:
    query = PreparedQuery(question, question, question, False)
    scope = Scope(doc_scope, evidence=tuple((d, 3.0) for d in doc_scope))
    return Retrieved(question, query, profile_question(question), scope, list(passages))


def test_each_part_of_a_compound_question_brings_its_own_evidence():
    question = "Tổng kinh phí thực hiện kế hoạch là bao nhiêu, và ngân sách tỉnh bố trí bao nhiêu?"
    r = retrieved(question, [TOTAL, PROVINCE])
    scored = score_units(r.passages, r.profile, WEIGHTS)
    first = Evidence(tuple(select_units(scored, r.profile)))
    items = with_parts(first, r.passages, r, WEIGHTS, None, set())
    quoted = " ".join(u.text for item in items for u in item.units)
    assert "52,6 tỷ đồng" in quoted and "17,8 tỷ đồng" in quoted
    answer = compose(r.question, items, r.passages)
    assert {c.passage.id for c in answer.citations} == {"total", "province"}


def test_a_part_of_a_figure_the_question_gives_is_unstated_by_a_quote_giving_that_figure_only():
    """"Trong khoảng 350 lao động …, có bao nhiêu người sẽ đi Nhật Bản?" of a quote naming the 350 alone: the plan
    gives the whole, not the part; a figure asked of no figure given is the decision's to weigh."""
    from assistant.qa import _fact_unstated

    none_held = Signals(coverage=0.9, score=1.6, rank=1.0, kinds=0.0, year=1.0, agency=1.0, assigned=1.0, dense=0.9)
    part = retrieved("Trong khoảng 350 lao động được đào tạo ngoại ngữ, có bao nhiêu người sẽ đi Nhật Bản?", [])
    assert _fact_unstated(none_held, part)
    assert not _fact_unstated(Signals(**{**none_held.__dict__, "kinds": 1.0}), part)
    assert not _fact_unstated(none_held, retrieved("Bao nhiêu lao động được đào tạo ngoại ngữ?", []))
    assert _fact_unstated(none_held, retrieved("Hạn hoàn thành Đề án là ngày nào?", []))


def test_a_compound_question_no_line_answers_whole_is_led_by_its_first_part_when_each_is_answered():
    """Each part asks of words of its own: no line covers enough of them all, so the first part leads and the other
    parts join it, when the passages answer each; a part they do not answer leaves the question unanswered."""
    section = "V. KINH PHÍ › 2. Dự toán kinh phí"
    meals = passage(1, "meals", "V. KINH PHÍ\n2. Dự toán kinh phí\nc) Hỗ trợ tiền ăn cho học viên (178 người x 02 ngày "
                    "x 150.000 đồng): 53.400.000 đồng;", section)
    hall = passage(2, "hall", "V. KINH PHÍ\n2. Dự toán kinh phí\nđ) Thuê hội trường, âm thanh, máy chiếu tại Lớp 4: "
                   "6.000.000 đồng;", section)
    question = ("Trong dự toán lớp tập huấn cán bộ cấp xã, tiền ăn của học viên được hỗ trợ mức bao nhiêu "
                "một người một ngày, tổng bao nhiêu; và chi thuê hội trường là bao nhiêu?")
    r = retrieved(question, [meals, hall])
    first, best = part_led(r.passages, r, WEIGHTS, None, set())
    assert first is not None and best is not None and "150.000 đồng" in best.unit.text
    quoted = " ".join(u.text for item in with_parts(first, r.passages, r, WEIGHTS, None, set()) for u in item.units)
    assert "53.400.000 đồng" in quoted and "6.000.000 đồng" in quoted
    unanswered = retrieved("Trong dự toán lớp tập huấn, tiền ăn của học viên được hỗ trợ mức bao nhiêu một người một "
                           "ngày; và chi thuê xe đưa đón báo cáo viên là bao nhiêu?", [meals, hall])
    assert part_led(unanswered.passages, unanswered, WEIGHTS, None, set()) == (None, None)
    # a question of one part has no part to lead
    assert part_led(r.passages, retrieved("Chi thuê hội trường là bao nhiêu?", [meals, hall]), WEIGHTS, None,
                    set()) == (None, None)


def test_a_part_after_the_source_the_question_opens_with_asks_of_the_row_the_other_part_names():
    """"Theo phụ lục danh mục nhiệm vụ, ai chủ trì việc X và những đơn vị nào phối hợp?": both parts ask of row X;
    the annex's other rows, whose heading the source names too, are no part's answer, nor read on from row X."""
    annex = passage(1, "annex", "Phụ lục: Danh mục nhiệm vụ\n"
                    "Đầu tư trang thiết bị đào tạo cho 04 nghề trọng điểm | Cơ quan chủ trì: Sở Giáo dục và Đào tạo | "
                    "Cơ quan phối hợp: Sở Tài chính; Trường Cao đẳng Kỹ thuật\n"
                    "Tổ chức Ngày hội tư vấn hướng nghiệp năm 2025 | Cơ quan chủ trì: Sở Giáo dục và Đào tạo | "
                    "Cơ quan phối hợp: Tỉnh đoàn; các cơ sở giáo dục nghề nghiệp\n"
                    "Tổ chức 18 phiên giao dịch việc làm | Cơ quan chủ trì: Sở Nội vụ | Cơ quan phối hợp: Ban Quản lý "
                    "các khu công nghiệp tỉnh", "Phụ lục: Danh mục nhiệm vụ")
    question = ("Theo phụ lục danh mục nhiệm vụ của kế hoạch, ai chủ trì việc đầu tư trang thiết bị cho 04 nghề "
                "trọng điểm và những đơn vị nào phối hợp?")
    parts = [part_profile(part, profile_question(question), set()) for part in question_parts(question)]
    assert len(parts) == 2 and all({"trang", "thiet", "bi"} <= set(p.keywords) for p in parts)
    assert not {"phu", "luc", "danh", "muc"} & set(parts[0].keywords)
    r = retrieved(question, [annex])
    first = Evidence(tuple(select_units(score_units(r.passages, r.profile, WEIGHTS), r.profile)))
    items = with_parts(first, r.passages, r, WEIGHTS, None, set())
    quoted = [u.text for item in items for u in item.units]
    assert [q for q in quoted if " | " in q] == [quoted[-1]] and quoted[-1].startswith("Đầu tư trang thiết bị")


def test_a_part_is_answered_by_the_line_that_covers_it_not_the_line_already_quoted():
    """The line quoted for the first part ranks first for the whole question's passage and speaks of the second
    part's schools too; a line further down, covering the second part better, tells what it asks and is quoted."""
    section = "B. GIẢI PHÁP › IV. GẮN KẾT VỚI DOANH NGHIỆP"
    firms = passage(1, "firms", "B. GIẢI PHÁP\nIV. GẮN KẾT VỚI DOANH NGHIỆP\n1. Các trường trung cấp ký kết hợp tác "
                    "với doanh nghiệp về thực tập và tuyển dụng học sinh sau tốt nghiệp; mỗi trường ký với ít nhất 6 "
                    "doanh nghiệp.", section, ordinal=20)
    survey = passage(2, "survey", "B. GIẢI PHÁP\nIV. GẮN KẾT VỚI DOANH NGHIỆP\n2. Doanh nghiệp tham gia đánh giá "
                     "kết quả học tập; các trường trung cấp theo dõi tình hình việc làm của học sinh tốt nghiệp "
                     "03 tháng và 09 tháng.", "B. GIẢI PHÁP › III. GẮN ĐÀO TẠO VỚI VIỆC LÀM", 0.2, ordinal=21)
    question = ("Mỗi trường trung cấp phải ký hợp tác với ít nhất bao nhiêu doanh nghiệp, và các trường theo dõi việc "
                "làm của học sinh sau tốt nghiệp vào những mốc nào?")
    r = retrieved(question, [firms, survey])
    first = Evidence((passage_units(firms)[-1],))
    items = with_parts(first, r.passages, r, WEIGHTS, None, set())
    quoted = " ".join(u.text for item in items for u in item.units)
    assert "ít nhất 6" in quoted and "03 tháng và 09 tháng" in quoted


SCHOOLS = "III. NHIỆM VỤ › 3. Mạng lưới cơ sở"


def test_a_chunk_quoted_only_for_its_heading_never_drops_the_answer():
    """The heading is quoted from one chunk of an item and its only line from the next: the line stays."""
    section = "III. NHIỆM VỤ › 9.3. Đề xuất chính sách hỗ trợ kinh phí đào tạo"
    head = passage(1, "head", "III. NHIỆM VỤ\n9.3. Đề xuất chính sách hỗ trợ kinh phí đào tạo\n- Đối tượng: học sinh.",
                   section, ordinal=30)
    line = passage(2, "line", "III. NHIỆM VỤ\n9.3. Đề xuất chính sách hỗ trợ kinh phí đào tạo\n- Nguồn kinh phí: Ngân "
                   "sách tỉnh và xã hội hóa.", section, 0.9, ordinal=30)
    profile = profile_question("Đề xuất hỗ trợ kinh phí đào tạo thế nào?")  # the line says nothing the heading does not
    items = [Evidence((passage_units(head)[0], passage_units(line)[-1]))]
    kept = without_repeats(items, replace(profile, kinds=profile.kinds - {LIST}))
    assert kept and "- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa." in [u.text for u in kept[0].units]


def test_a_chunk_whose_quote_repeats_the_others_is_not_cited():
    """Two chunks of one item: the runner-up says nothing about the question the best line does not."""
    question = "Trường nào được sắp xếp lại để phát triển thành trường đại học đa ngành?"
    best = passage(1, "best", "III. NHIỆM VỤ\n3. Mạng lưới cơ sở\n- Sắp xếp lại trường cao đẳng Hải Dương để "
                   "phát triển thành trường đại học đa ngành.", SCHOOLS, ordinal=12)
    runner = passage(2, "runner", "III. NHIỆM VỤ\n3. Mạng lưới cơ sở\n- Sắp xếp lại mạng lưới các trường.",
                     SCHOOLS, 0.9, ordinal=12)
    profile = profile_question(question.replace("Trường nào", "Cơ sở đào tạo"))  # not a list question
    items = [Evidence((passage_units(best)[-1], passage_units(runner)[-1]))]
    assert [u.passage.id for u in without_repeats(items, profile)[0].units] == ["best"]
    # A chunk holding a topic word or a fact the others lack stays cited: another date, another table row.
    other = passage(3, "other", "III. NHIỆM VỤ\n3. Mạng lưới cơ sở\n- Thời gian: năm 2025, đa ngành.", SCHOOLS)
    items = [Evidence((passage_units(best)[-1], passage_units(other)[-1]))]
    dated = profile_question("Khi nào sắp xếp lại trường để phát triển thành trường đại học đa ngành?")
    assert {u.passage.id for u in without_repeats(items, dated)[0].units} == {"best", "other"}
    rows = [passage(i, f"r{i}", f"II. CHỈ TIÊU\n3. Biểu\nTuyển sinh {level} | Đơn vị: người | Năm 2025: {n}",
                    "II. CHỈ TIÊU › 3. Biểu", ordinal=5) for i, (level, n) in enumerate([("cao đẳng", "3.500"),
                                                                                          ("trung cấp", "4.200")])]
    asked = profile_question("Tuyển sinh năm 2025 bao nhiêu người?")
    items = [Evidence(tuple(passage_units(row)[-1] for row in rows))]
    assert len(without_repeats(items, asked)[0].units) == 2


def test_a_heading_number_is_no_figure():
    asked = profile_question("Trường được giao tuyển sinh bao nhiêu người?")
    assert kinds_in("13- Các cơ sở giáo dục nghề nghiệp:", asked) == set()
    assert kinds_in("PHẦN THỨ HAI › 1.2. Tổ chức tuyển sinh", asked) == set()
    assert kinds_in("1. Tuyển sinh 230.000 người", asked) == {"number"}


# ------------------------------------------------------------------ table rows
ROW = passage(
    1, "row",
    "II. CHỈ TIÊU\n3. Biểu chỉ tiêu\nTuyển sinh cao đẳng | Đơn vị: người | Năm 2024: 3.200 | Năm 2025: 3.500\n"
    "| 1 | Tuyển sinh cao đẳng | người | 3.200 | 3.500 |",
    "II. CHỈ TIÊU › 3. Biểu chỉ tiêu",
)


def test_a_row_read_aloud_is_quoted_once_without_its_raw_row():
    texts = [u.text for u in passage_units(ROW)]
    assert "Tuyển sinh cao đẳng | Đơn vị: người | Năm 2024: 3.200 | Năm 2025: 3.500" in texts
    assert not any(t.startswith("|") for t in texts)


def test_a_raw_row_alone_is_still_a_unit():
    row = "| 1 | Tuyển sinh cao đẳng | người | 3.500 |"
    raw = passage(1, "raw", f"II. CHỈ TIÊU\n3. Biểu\n{row}", "II. CHỈ TIÊU › 3. Biểu")
    assert row in [u.text for u in passage_units(raw)]


# ------------------------------------------------------------------ enumerations
SOURCES = passage(
    1, "sources",
    "III. KINH PHÍ\n1. Nguồn kinh phí\nKinh phí thực hiện Kế hoạch gồm các nguồn sau:\n"
    "- Ngân sách trung ương: 21,4 tỷ đồng.\n- Ngân sách tỉnh: 17,8 tỷ đồng.\n- Nguồn xã hội hóa: 9,2 tỷ đồng.",
    "III. KINH PHÍ › 1. Nguồn kinh phí",
)


def test_a_lead_ending_in_a_colon_is_quoted_with_its_items():
    profile = profile_question("Kinh phí thực hiện kế hoạch gồm những nguồn nào?")
    units = select_units(score_units([SOURCES], profile, WEIGHTS), profile)
    quoted = " ".join(u.text for u in units)
    for amount in ("21,4", "17,8", "9,2"):
        assert amount in quoted


class Sections:
    """The part of SearchIndex the answer step reads: a section's chunks and the sections under one."""

    def __init__(self, passages) -> None:
        self._passages = passages

    def section_passages(self, doc, section, rank=1, score=1.0):
        return [p for p in self._passages if p.section == section]

    def child_sections(self, doc, section):
        prefix = section + " › "
        below = sorted({(p.ordinal, p.section) for p in self._passages
                        if p.section.startswith(prefix) and " › " not in p.section[len(prefix):]})
        return list(dict.fromkeys(name for _, name in below))

    def sections_under(self, doc, section):
        below = sorted({(p.ordinal, p.section) for p in self._passages
                        if p.section == section or p.section.startswith(section + " › ")})
        return list(dict.fromkeys(name for _, name in below))

    def passages_of(self, doc):
        return sorted(self._passages, key=lambda p: p.ordinal)

    def similarity(self, question, text):
        return 0.9


def test_a_lead_announcing_items_without_a_colon_is_quoted_with_them():
    lead = passage(1, "kit", "2.3. Thiết bị\na) Đầu tư thiết bị cho 03 nghề trọng điểm, cụ thể\n"
                   "+ Nghề Hàn tại Trường A;\n+ Nghề Điện tại Trường B;\n+ Nghề May tại Trường C.", "2.3. Thiết bị")
    profile = profile_question("Đầu tư thiết bị cho những nghề trọng điểm nào?")
    quoted = " ".join(u.text for u in select_units(score_units([lead], profile, WEIGHTS), profile))
    assert all(trade in quoted for trade in ("Nghề Hàn", "Nghề Điện", "Nghề May"))


def test_the_documents_a_plan_implements_are_its_whole_legal_basis():
    lines = ("Thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ;",
             "Kế hoạch số 10/KH-UBND ngày 14/01/2021 của UBND Thành phố;",
             "UBND Thành phố ban hành Kế hoạch giáo dục nghề nghiệp năm 2023, cụ thể như sau:")
    basis = [passage(i + 1, f"b{i}", f"Căn cứ ban hành kế hoạch\n{line}", BASIS_TITLE, ordinal=i)
             for i, line in enumerate(lines)]
    question = "Kế hoạch giáo dục nghề nghiệp năm 2023 được xây dựng để thực hiện những văn bản nào?"
    r = retrieved(question, [basis[2]])
    lead = Evidence(tuple(passage_units(basis[2])[-1:]))
    quoted = " ".join(u.text for u in with_enumeration(Sections(basis), lead, r.profile, WEIGHTS).units)
    assert "2239/QĐ-TTg" in quoted and "10/KH-UBND" in quoted


def test_a_heading_lead_announces_its_whole_section_whichever_chunk_it_came_from():
    section = "IV. NHIỆM VỤ › a) Đầu tư thiết bị cho 03 nghề trọng điểm, cụ thể:"
    head = "IV. NHIỆM VỤ\na) Đầu tư thiết bị cho 03 nghề trọng điểm, cụ thể:"
    first = passage(2, "first", f"{head}\n+ Nghề Hàn tại Trường A;\n+ Nghề Điện tại Trường B;", section, ordinal=10)
    second = passage(1, "second", f"{head}\n+ Nghề May tại Trường C.", section, ordinal=11)
    profile = profile_question("Đầu tư thiết bị cho những nghề trọng điểm nào?")
    quoted = " ".join(u.text for u in select_units(score_units([second, first], profile, WEIGHTS), profile))
    assert all(trade in quoted for trade in ("Nghề Hàn", "Nghề Điện", "Nghề May"))


def test_items_written_as_sections_of_their_own_join_the_lead():
    top = "C. KINH PHÍ › I. TỔNG KINH PHÍ"
    lead = passage(1, "lead", "C. KINH PHÍ\nI. TỔNG KINH PHÍ\nTổng kinh phí là 52,6 tỷ đồng, gồm:", top, ordinal=40)
    items = ("1. Ngân sách trung ương: 21,4 tỷ đồng.", "2. Ngân sách tỉnh: 17,8 tỷ đồng.")
    children = [
        passage(2, f"c{i}", f"C. KINH PHÍ\nI. TỔNG KINH PHÍ\n{text}", f"{top} › {text}", ordinal=41 + i)
        for i, text in enumerate(items)
    ]
    evidence = Evidence(tuple(u for u in passage_units(lead) if u.text.endswith(":")))
    grown = with_items(Sections([lead, *children]), evidence, profile_question("Kinh phí gồm những nguồn nào?"))
    assert [u.text for u in grown.units][1:] == list(items)
    # the lead states the total asked: the items are another question's
    total = with_items(Sections([lead, *children]), evidence, profile_question("Tổng kinh phí là bao nhiêu?"))
    assert [u.text for u in total.units] == ["Tổng kinh phí là 52,6 tỷ đồng, gồm:"]


FUNDING = "V. KINH PHÍ THỰC HIỆN"
FUNDING_ITEMS = ("- Từ nguồn ngân sách nhà nước theo phân cấp hiện hành.",
                 "- Kinh phí lồng ghép trong các chương trình mục tiêu quốc gia.",
                 "- Huy động của các tổ chức, cá nhân trong và ngoài nước.")


def test_a_list_named_in_line_in_the_quote_is_the_answer_not_the_sections_other_items():
    heading = "IV. ĐỘI NGŨ NHÀ GIÁO, KIỂM ĐỊNH CHẤT LƯỢNG"
    items = ("- Bồi dưỡng kỹ năng số cho 320 lượt nhà giáo.", "- Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh.",
             "- Hoàn thành kiểm định chất lượng đối với 03 cơ sở giáo dục nghề nghiệp, gồm: Trường Trung cấp A, "
             "Trường Trung cấp B và Trung tâm C.")
    section = passage(1, "quality", f"{heading}\n" + "\n".join(items), heading, ordinal=40)
    inline = Evidence((passage_units(section)[3],))
    asked = profile_question("Những cơ sở giáo dục nghề nghiệp nào phải hoàn thành kiểm định chất lượng?")
    assert [u.text for u in with_enumeration(Sections([section]), inline, asked, WEIGHTS).units] == [items[2]]
    # the section's items asked as a list: each joins
    tasks = profile_question("Những nhiệm vụ nào về đội ngũ nhà giáo, kiểm định chất lượng?")
    assert [u.text for u in with_enumeration(Sections([section]), inline, tasks, WEIGHTS).units] == list(items)


def test_a_list_question_quotes_the_whole_enumeration_of_a_section_about_what_it_asks():
    section = passage(1, "funding", f"{FUNDING}\n" + "\n".join(FUNDING_ITEMS), FUNDING, ordinal=50)
    profile = profile_question("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?")
    one = Evidence((passage_units(section)[2],))
    grown = with_enumeration(Sections([section]), one, profile, WEIGHTS)
    assert [u.text for u in grown.units] == list(FUNDING_ITEMS)
    # Not a list question: the one line stays alone.
    single = profile_question("Kinh phí lồng ghép trong chương trình nào?")
    assert with_enumeration(Sections([section]), one, single, WEIGHTS) == one


def test_items_that_are_sections_of_their_own_join_as_siblings():
    items = ("1. Nguồn ngân sách Thành phố bố trí hằng năm.", "2. Nguồn thu từ học phí và nguồn hợp pháp khác.")
    children = [passage(1 + i, f"s{i}", f"{FUNDING}\n{text}", f"{FUNDING} › {text}", ordinal=60 + i)
                for i, text in enumerate(items)]
    profile = profile_question("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?")
    grown = with_enumeration(Sections(children), Evidence(tuple(passage_units(children[1]))), profile, WEIGHTS)
    assert [u.text for u in grown.units] == [u.text for c in children for u in passage_units(c)]


def test_a_list_asked_of_a_table_group_quotes_every_row_under_its_group_row():
    """"Những nghề nào cho người khuyết tật": one row read under its group row ("NGHỀ CHO NGƯỜI KHUYẾT TẬT › Xoa
    bóp …") answers; every row of that group joins (each a chunk of its own), not the rows of another group."""
    annex = "Phụ lục I: DANH MỤC NGHỀ VÀ MỨC CHI PHÍ ĐÀO TẠO"
    rows = ("NHÓM NGHỀ NÔNG NGHIỆP › Trồng rau an toàn | Mức chi phí: 2.850.000",
            "NGHỀ CHO NGƯỜI KHUYẾT TẬT › Xoa bóp, bấm huyệt | Mức chi phí: 6.200.000",
            "NGHỀ CHO NGƯỜI KHUYẾT TẬT › May dân dụng | Mức chi phí: 5.450.000",
            "NGHỀ CHO NGƯỜI KHUYẾT TẬT › Làm nhang thủ công | Mức chi phí: 3.650.000")
    chunks = [passage(1 + i, f"r{i}", f"{annex}\n{row}", annex, ordinal=70 + i) for i, row in enumerate(rows)]
    profile = profile_question("Những nghề nào trong danh mục dành riêng cho người khuyết tật?")
    grown = with_enumeration(Sections(chunks), Evidence(tuple(passage_units(chunks[1])[1:])), profile, WEIGHTS)
    assert [u.text for u in grown.units] == list(rows[1:])


def test_one_item_of_a_list_of_other_tasks_stays_alone():
    """"Những trường nào …" answered by one task among a department's tasks: its heading is not the topic."""
    heading = "3.5 Quy hoạch mạng lưới cơ sở giáo dục"
    lines = ("- Tham mưu quy hoạch mạng lưới các cơ sở giáo dục nghề nghiệp.",
             "- Sắp xếp lại trường đại học A và trường cao đẳng B thành một trường đại học đa ngành.",
             "- Đẩy mạnh hợp tác giữa các trung tâm với các trường cao đẳng.")
    section = passage(1, "tasks", f"{heading}\n" + "\n".join(lines), heading, ordinal=20)
    profile = profile_question("Những trường nào được sắp xếp lại thành trường đại học đa ngành?")
    one = Evidence((passage_units(section)[2],))
    assert with_enumeration(Sections([section]), one, profile, WEIGHTS) == one


def test_a_long_item_is_quoted_whole_where_a_later_chunk_repeats_it_shortened():
    opening = "b) Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12), các sở, ban, ngành, Ủy ban nhân dân"
    section = f"VI. TỔ CHỨC THỰC HIỆN › {opening}…"
    line = f"{opening} các huyện gửi báo cáo kết quả về Sở Lao động - Thương binh và Xã hội để tổng hợp."
    whole = passage(2, "whole", f"VI. TỔ CHỨC THỰC HIỆN\n{line}", section, 0.8, ordinal=30)
    later = passage(1, "later", f"VI. TỔ CHỨC THỰC HIỆN\n{opening} các huyện gửi báo cáo…\n"
                    "Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở.", section, ordinal=31)
    profile = profile_question("Các sở gửi báo cáo năm về đâu, trước ngày nào?")
    quoted = [u.text for u in select_units(score_units([later, whole], profile, WEIGHTS), profile)]
    assert line in quoted and not any(q.endswith("…") for q in quoted)


def test_a_long_item_heading_whose_rest_resumes_inside_its_cut_line_keeps_its_first_clause_whole():
    """A numbered item that is all one paragraph ("1. Chỉ tiêu …: tuyển sinh 42.300 người (…); đào tạo nghề …"), cut
    in the chunk's path line, over its rest that resumes past its first clause: that clause is a unit, not lost."""
    heading = "1. Chỉ tiêu chủ yếu năm 2026: tuyển sinh, đào tạo giáo dục nghề nghiệp 42.300 người (cao đẳng 21%);"
    rest = "đào tạo nghề cho 13.000 lao động nông thôn; tỷ lệ lao động qua đào tạo 70,2%."
    item = passage(1, "item", f"III. NỘI DUNG CHÍNH\n{heading} đào tạo nghề cho 13.000 lao động nông…\n{rest}",
                   f"III. NỘI DUNG CHÍNH › {heading} đào tạo nghề cho 13.000 lao động nông…")
    assert [u.text for u in passage_units(item)] == [heading, rest]
    # a rest that only repeats words the cut line had earlier resumes nowhere: the cut line stays cut
    repeated = passage(1, "repeated", "V. TỔ CHỨC\na) Chủ trì, phối hợp với Sở Nội vụ tổ chức phân luồng học sinh "
                       "theo Quyết định…\nphối hợp với Sở Nội vụ chỉ đạo các trường giảng dạy văn hóa.",
                       "V. TỔ CHỨC › a) Chủ trì, phối hợp với Sở Nội vụ tổ chức phân luồng học sinh theo Quyết định…")
    assert [u.text for u in passage_units(repeated)] == ["phối hợp với Sở Nội vụ chỉ đạo các trường giảng dạy văn hóa."]


def test_a_body_that_is_gone_is_asked_of_through_the_bodies_that_took_over_its_work():
    """Since March 2025 "Sở LĐTBXH" is gone, its labour work with Sở Nội vụ and its vocational training with Sở
    GD&ĐT; users still name it. A plan that gives the old body work is asked of it; one that does not, of the
    successors it gives work to."""
    assert successors("Sở LĐTBXH") == ("Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế")
    assert successors("sở lao động") == successors("Sở LĐ-TB&XH tỉnh Hải Dương")
    assert successors("Sở NN&PTNT") == ("Sở Nông nghiệp và Môi trường",)
    assert successors("Ban Dân tộc tỉnh Lam Sơn") == ("Sở Dân tộc và Tôn giáo",)
    assert successors("Sở Nội vụ") == () and successors("Sở Y tế") == ()
    new_plan = {"Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"}
    assert forms_in_plan("Sở LĐTBXH", new_plan) == ("Sở Nội vụ",)
    assert forms_in_plan("Sở Nông nghiệp và Phát triển nông thôn", new_plan) == ("Sở Nông nghiệp và Môi trường",)
    old_plan = {"Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"}
    assert forms_in_plan("Sở LĐTBXH", old_plan) == ("Sở LĐTBXH",)  # the plan still has it
    assert forms_in_plan("Sở Y tế", new_plan) == ("Sở Y tế",)  # not gone: no stand-in, the plan simply lacks it
    assert forms_in_plan("Sở Giao thông vận tải", new_plan) == ("Sở Giao thông vận tải",)  # its successor absent


def test_a_body_named_short_or_long_is_the_known_one():
    assert same_body("Sở Lao động", "Sở Lao động - Thương binh và Xã hội")
    assert same_body("Ban Dân tộc tỉnh Lam Sơn", "Ban Dân tộc tỉnh")
    assert not same_body("Sở Y tế", "Sở Lao động - Thương binh và Xã hội")
    assert not same_body("Sở", "Sở Tài chính")
    # A body named with the plan's province is that province's body.
    assert same_body("Sở Lao động Hải Dương", "Sở Lao động - Thương binh và Xã hội", "Hải Dương")
    assert same_body("Sở Lao động Hải Dương", "Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương", "Hải Dương")
    assert not same_body("Sở Lao động Hải Dương", "Sở Lao động - Thương binh và Xã hội", "Hà Nội")
    # a province inside the body's own name places it nowhere
    assert same_body("Tỉnh đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Lam Sơn")
    # A user's short name keeps the head and the last words of the body's name.
    assert same_body("Ban Phu nu", "Ban Công tác Phụ nữ")
    assert same_body("Hội Phụ nữ", "Hội Liên hiệp Phụ nữ")
    assert not same_body("Ban Phụ nữ", "Hội Liên hiệp Phụ nữ")  # another head
    assert same_body("Trung tâm Hòa Yên", "Trung tâm GDNN-GDTX huyện Hòa Yên")  # a head of two words
    assert not same_body("Trung tâm Hòa Yên", "Trung tâm GDNN-GDTX huyện Phú Thạch")
    assert not same_body("Trung tâm Hòa Yên", "Trường Trung cấp nghề huyện Hòa Yên")
    # A school named with its level abbreviated is the school.
    assert same_body("Trường CĐ Nông nghiệp Bạch Vân", "Trường Cao đẳng Nông nghiệp Bạch Vân")
    # A business by its own name, without its legal form or trade; not another business, nor by its form alone.
    assert same_body("Công ty Hưng Thịnh", "Công ty TNHH Điện tử Hưng Thịnh Việt Nam")
    assert same_body("cong ty hung thinh", "Công ty TNHH Điện tử Hưng Thịnh Việt Nam")
    assert same_body("Tập đoàn Vạn An", "Tập đoàn Cổ phần Vạn An")
    assert not same_body("Công ty Hưng Phát", "Công ty TNHH Điện tử Hưng Thịnh Việt Nam")
    assert not same_body("Công ty Hưng Thịnh", "Tập đoàn Hưng Thịnh")
    assert not same_body("Trường CĐ Nông nghiệp Bạch Vân", "Trường Trung cấp Nông nghiệp Bạch Vân")
    assert not same_body("Ban Nông dân", "Ban Công tác Phụ nữ")


# ------------------------------------------------------------------ bodies named together
def test_each_body_a_question_names_beside_another_is_quoted():
    section = "VI. TỔ CHỨC THỰC HIỆN › 11. Các tổ chức chính trị - xã hội"
    head = "VI. TỔ CHỨC THỰC HIỆN\n11. Các tổ chức chính trị - xã hội\n"
    women = passage(1, "women", head + "c) Hội Liên hiệp Phụ nữ tỉnh vận động 1.200 hội viên học nghề.", section)
    youth = passage(2, "youth", head + "b) Tỉnh đoàn tổ chức 20 buổi tư vấn hướng nghiệp cho thanh niên.", section, 0.8)
    r = retrieved("Tỉnh đoàn và Hội Phụ nữ tỉnh làm những việc gì?", [women, youth])
    first = Evidence((passage_units(women)[-1],))
    grown = with_named_bodies([first], score_units([women, youth], r.profile, WEIGHTS), r)
    quoted = " ".join(u.text for item in grown for u in item.units)
    assert "1.200" in quoted and "20 buổi" in quoted
    alone = retrieved("Hội Phụ nữ tỉnh làm những việc gì?", [women, youth])
    assert with_named_bodies([first], score_units([women, youth], alone.profile, WEIGHTS), alone) == [first]


# ------------------------------------------------------------------ two provinces
HP_PLAN = "Kế hoạch 12/KH-UBND ngày 10/01/2023 (Hải Phòng)"
HP_META = {"plan": HP_PLAN, "number": "12/KH-UBND", "province": "Hải Phòng", "year": 2023,
           "issuer": "Ủy ban nhân dân thành phố Hải Phòng", "title": "Giáo dục nghề nghiệp năm 2023"}


def hp_passage(rank, pid, text, section, score=1.0, **metadata):
    return Passage(rank, pid, text, "hp.txt", HP_PLAN, section, score, {**HP_META, "doc": "hp.txt", **metadata})


class TwoProvinces(Sections):
    plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**META, "doc": "hn-2023.txt"}),
             "hp.txt": PlanMetadata.from_chunk_metadata({**HP_META, "doc": "hp.txt"})}


def two_province_question(question, hn_hits, hp_hits) -> Retrieved:
    r = retrieved(question, [*hn_hits, *hp_hits], doc_scope=("hn-2023.txt", "hp.txt"))
    r.per_plan = {"hn-2023.txt": list(hn_hits), "hp.txt": list(hp_hits)}
    names = set().union(*(plan_identifiers(plan) for plan in TwoProvinces.plans.values()))  # as ``retrieve`` does
    r.profile = replace(r.profile, keywords=tuple(k for k in r.profile.keywords if k not in names))
    return r


def test_each_province_a_question_names_is_answered_however_weak_beside_the_other():
    hn = passage(1, "hn", "II. CHỈ TIÊU\nTuyển sinh giáo dục nghề nghiệp năm 2023 đạt 230.000 người, trong đó "
                 "cao đẳng, trung cấp 60.000 người.", "II. CHỈ TIÊU")
    hp = hp_passage(1, "hp", "II. MỤC TIÊU\nTuyển sinh đạt 56.000 người.", "II. MỤC TIÊU", 0.6)
    question = "Chỉ tiêu tuyển sinh giáo dục nghề nghiệp năm 2023 của Hà Nội và Hải Phòng là bao nhiêu?"
    answer = answer_extractive(TwoProvinces([hn, hp]), WEIGHTS, two_province_question(question, [hn], [hp]))
    assert "230.000" in answer.text and "56.000" in answer.text


def test_each_side_answers_each_year_asked_under_its_own_heading():
    hn = passage(1, "hn", "II. CHỈ TIÊU\nTỷ lệ lao động qua đào tạo năm 2025 đạt 72%, năm 2030 đạt 80%.",
                 "II. CHỈ TIÊU")
    hp25 = hp_passage(1, "hp25", "II. MỤC TIÊU\na) Đến năm 2025\nTỷ lệ lao động qua đào tạo đạt 85%.",
                      "II. MỤC TIÊU › a) Đến năm 2025")
    hp30 = hp_passage(2, "hp30", "II. MỤC TIÊU\nb) Đến năm 2030\nTỷ lệ lao động qua đào tạo đạt 90%.",
                      "II. MỤC TIÊU › b) Đến năm 2030")
    question = "Tỷ lệ lao động qua đào tạo của Hà Nội và Hải Phòng đạt bao nhiêu vào năm 2025 và năm 2030?"
    index = TwoProvinces([hn, hp25, hp30])
    answer = answer_extractive(index, WEIGHTS, two_province_question(question, [hn], [hp25, hp30]))
    assert all(figure in answer.text for figure in ("72%", "80%", "85%", "90%")), answer.text


def test_a_province_whose_plans_say_nothing_is_named_as_uncovered():
    hn = passage(1, "hn", "II. CHỈ TIÊU\nTuyển sinh giáo dục nghề nghiệp năm 2023 đạt 230.000 người.", "II. CHỈ TIÊU")
    hp = hp_passage(1, "hp", "V. TỔ CHỨC THỰC HIỆN\nSở Tài chính bố trí kinh phí.", "V. TỔ CHỨC THỰC HIỆN", 0.3)
    question = "Chỉ tiêu tuyển sinh giáo dục nghề nghiệp năm 2023 của Hà Nội và Hải Phòng là bao nhiêu?"
    answer = answer_extractive(TwoProvinces([hn, hp]), WEIGHTS, two_province_question(question, [hn], [hp]))
    assert not answer.refused and "230.000" in answer.text
    assert UNCOVERED_SIDE.format(province="Hải Phòng") in answer.text


def test_each_side_is_searched_without_the_other_provinces_name():
    covered = {"Hà Nội", "Hải Dương", "Bạch Vân"}
    question = "Hải Dương và Hà Nội gửi báo cáo năm trước ngày nào?"
    assert _without_other_provinces(question, "Hà Nội", covered) == "và Hà Nội gửi báo cáo năm trước ngày nào?"
    assert "Bạch Vân" not in _without_other_provinces("Bạch Vân và Hà Nội đạt bao nhiêu?", "Hà Nội", covered)
    # the note naming the other place's plan goes with that place
    noted = "Về thiếu việc làm, Hải Dương (kế hoạch 2023 của Sở LĐTBXH) và Hải Phòng (kế hoạch NQ 06) đặt bao nhiêu?"
    assert _without_other_provinces(noted, "Hải Phòng", covered) == \
        "Về thiếu việc làm, và Hải Phòng (kế hoạch NQ 06) đặt bao nhiêu?"
    assert _without_other_provinces("Hà Nội đạt bao nhiêu?", "Hà Nội", covered) == "Hà Nội đạt bao nhiêu?"
    # … and so does the year said after it, its plan's
    dated = "Chỉ tiêu tuyển sinh của Hải Dương năm 2023 và Bạch Vân năm 2025 là bao nhiêu?"
    assert _without_other_provinces(dated, "Hải Dương", covered) == \
        "Chỉ tiêu tuyển sinh của Hải Dương năm 2023 và là bao nhiêu?"
    assert "2023" not in _without_other_provinces(dated, "Bạch Vân", covered)


def test_a_question_naming_several_plans_asks_of_each():
    assert names_several_plans("ke hoach gdnn 2023 va ke hoach dao tao nghe 2025")
    assert names_several_plans("trong hai ke hoach cua ha noi")
    assert not names_several_plans("ke hoach 70 dat bao nhieu")
    assert names_several_plans("trong kh70 giao so nao, con trong kh177 giao so nao")  # the number typed on
    assert not names_several_plans("kh70 dat bao nhieu")


def test_the_sides_together_are_weighed_by_the_refusal_decision():
    hn = passage(1, "hn", "II. CHỈ TIÊU\nTuyển sinh giáo dục nghề nghiệp năm 2023 đạt 230.000 người.", "II. CHỈ TIÊU")
    hp = hp_passage(1, "hp", "II. MỤC TIÊU\nTuyển sinh đạt 56.000 người.", "II. MỤC TIÊU")
    question = "Chỉ tiêu tuyển sinh giáo dục nghề nghiệp năm 2023 của Hà Nội và Hải Phòng là bao nhiêu?"
    r = two_province_question(question, [hn], [hp])
    assert not answer_extractive(TwoProvinces([hn, hp]), WEIGHTS, r).refused
    never = AnswerConfig(bias=-100.0)
    assert answer_extractive(TwoProvinces([hn, hp]), WEIGHTS, r, config=never).refused


def test_two_plans_asked_each_for_its_own_year_are_both_answered():
    hn = passage(1, "hn", "II. CHỈ TIÊU\nTỷ lệ lao động qua đào tạo đạt 73,2%.", "II. CHỈ TIÊU")
    hp = hp_passage(1, "hp", "II. MỤC TIÊU\nTỷ lệ lao động qua đào tạo đạt 80% vào năm 2030.", "II. MỤC TIÊU")
    question = "So sánh tỷ lệ lao động qua đào tạo của Hà Nội (năm 2023) và Hải Phòng (năm 2030)."
    answer = answer_extractive(TwoProvinces([hn, hp]), WEIGHTS, two_province_question(question, [hn], [hp]))
    assert "73,2%" in answer.text and "80%" in answer.text


def test_each_plans_best_passages_come_first_in_turn_when_merged():
    hn = [passage(i, f"hn{i}", f"Câu {i}.", "A") for i in (1, 2, 3)]
    hp = [hp_passage(i, f"hp{i}", f"Câu {i}.", "B") for i in (1, 2)]
    joint = [hn[0], hn[1], hn[2], passage(4, "other", "Khác.", "C"), hp[0]]
    got = merged({"hn-2023.txt": hn, "hp.txt": hp}, joint)
    assert [p.id for p in got] == ["hn1", "hp1", "hn2", "hp2", "hn3"]
    assert [p.rank for p in got] == [1, 2, 3, 4, 5]


# ------------------------------------------------------------------ periods
def test_a_unit_speaks_of_the_period_of_its_text_and_heading_path():
    past = passage(1, "past", "Phần I. KẾT QUẢ NĂM 2023\nĐưa 3.150 lao động đi làm việc ở nước ngoài.",
                   "Phần I. KẾT QUẢ NĂM 2023")
    plan = passage(2, "plan", "Phần III. CHỈ TIÊU NĂM 2024\nĐưa 3.300 lao động đi làm việc ở nước ngoài.",
                   "Phần III. CHỈ TIÊU NĂM 2024")
    open_ended = passage(3, "open", "Phần IV. NHIỆM VỤ\nHỗ trợ lao động đi làm việc ở nước ngoài.", "Phần IV. NHIỆM VỤ",
                         title="Kế hoạch phát triển thị trường lao động")
    one_year = passage(5, "one", "Phần IV. NHIỆM VỤ\nHỗ trợ lao động đi làm việc ở nước ngoài.", "Phần IV. NHIỆM VỤ",
                       title="Kế hoạch đào tạo nghề năm 2025")
    strategy = passage(4, "span", "Giai đoạn 2021-2025\nĐào tạo 10.000 lao động.", "Giai đoạn 2021-2025")
    body = {p.id: passage_units(p)[-1] for p in (past, plan, open_ended, strategy, one_year)}
    assert not period_fits(body["past"], (2024,))
    assert period_fits(body["plan"], (2024,))
    assert period_fits(body["open"], (2024,))  # names no year, nor does its plan's title: any period
    assert period_fits(body["one"], (2025,)) and not period_fits(body["one"], (2024,))  # its plan's one year
    assert period_fits(body["span"], (2024,))  # inside the span
    assert period_fits(body["past"], (2019, 2023)) and not period_fits(body["plan"], (2019, 2023))
    assert period_fits(body["past"], ())


def test_a_chunk_going_on_with_a_cut_item_takes_no_period_from_its_plans_title():
    """A report of 2025 proposing next year's work: the rest of a long item in a chunk of its own, its opening (and
    the year it names) in the chunk before, is of no known year, not the report's."""
    heading = "III. KIẾN NGHỊ › 2. Nhiệm vụ của Sở › b) Phối hợp tổ chức Ngày hội việc làm…"
    rest = passage(1, "rest", "III. KIẾN NGHỊ\n2. Nhiệm vụ của Sở\nb) Phối hợp tổ chức Ngày hội việc làm tại 05 phường;…"
                   "\nhỗ trợ vay vốn cho ít nhất 300 lao động.", heading, title="Báo cáo kết quả năm 2025")
    whole = passage(2, "whole", "III. KIẾN NGHỊ\n2. Nhiệm vụ của Sở\nb) Hỗ trợ vay vốn cho ít nhất 300 lao động.",
                    "III. KIẾN NGHỊ › 2. Nhiệm vụ của Sở › b) Hỗ trợ vay vốn cho ít nhất 300 lao động.",
                    title="Báo cáo kết quả năm 2025")
    assert passage_units(rest)[-1].text.startswith("hỗ trợ vay vốn")
    assert period_fits(passage_units(rest)[-1], (2026,))
    assert not period_fits(passage_units(whole)[-1], (2026,))  # a whole item of the report's year: 2025's


def test_a_units_own_year_is_its_period_under_a_heading_of_another():
    """ "Năm 2025, toàn phường giải quyết việc làm cho 1.138 lao động" under "II. TÌNH HÌNH VÀ CHỈ TIÊU NĂM 2026"
    reports 2025: no answer to the 2026 target; the target line under it, naming no year, is 2026's; a baseline
    it compares with ("tăng 10% so với năm 2025") dates nothing."""
    heading = "II. TÌNH HÌNH VÀ CHỈ TIÊU NĂM 2026"
    result = passage(1, "r", f"{heading}\nNăm 2025, toàn phường giải quyết việc làm cho 1.138 lao động.", heading)
    target = passage(2, "t", f"{heading}\nGiải quyết việc làm mới cho 1.250 lao động, tăng 10% so với năm 2025.",
                     heading)
    assert not period_fits(passage_units(result)[-1], (2026,)) and period_fits(passage_units(result)[-1], (2025,))
    assert period_fits(passage_units(target)[-1], (2026,)) and not period_fits(passage_units(target)[-1], (2025,))


def test_a_year_of_the_plans_period_written_on_its_own_is_asked():
    """A plan titled "… giai đoạn 2021 - 2030": "giai đoạn 2021-2030" in a question names the plan, "đến năm 2030"
    asks of 2030's target; the plan's year of issue still names it ("Kế hoạch 177 năm 2025, năm 2023 …")."""
    strategy = PlanMetadata(doc="s.txt", title="Kế hoạch thực hiện Chiến lược giai đoạn 2021 - 2030", year=2022)
    asked = profile_question("Theo chiến lược giai đoạn 2021-2030, đến năm 2030 tỷ lệ qua đào tạo là bao nhiêu?")
    assert years_beside_plan(asked, strategy) == (2030,)
    assert years_beside_plan(profile_question("Chiến lược giai đoạn 2021-2030 đặt tỷ lệ bao nhiêu?"), strategy) == ()
    # a title naming a horizon beyond its period ("…, tầm nhìn đến năm 2045") is named by its period alone
    horizon = PlanMetadata(doc="h.txt", title="Chiến lược giai đoạn 2021 - 2030, tầm nhìn đến năm 2045", year=None)
    assert years_beside_plan(profile_question("Theo chiến lược 2021-2030, đến năm 2025 đạt bao nhiêu?"), horizon) == (
        2025,)
    yearly = PlanMetadata(doc="k.txt", title="Kế hoạch đào tạo nghề năm 2025", year=2025)
    assert years_beside_plan(profile_question("Kế hoạch năm 2025, năm 2023 đạt bao nhiêu?"), yearly) == (2023,)
    # a span of its own within the plan's period is asked whole, even its first year (the plan's year of issue)
    phased = PlanMetadata(doc="p.txt", title="Kế hoạch đào tạo nghề giai đoạn 2026 - 2030", year=2026)
    assert years_beside_plan(profile_question("Giai đoạn 2026-2028 tuyển sinh bao nhiêu?"), phased) == (2026, 2028)
    assert years_beside_plan(profile_question("Kế hoạch giai đoạn 2026-2030 tuyển sinh bao nhiêu?"), phased) == ()


def test_a_yearly_figure_holds_for_each_year_up_to_the_last_it_names():
    yearly = passage(1, "yearly", "2. Mục tiêu cụ thể\nPhấn đấu hằng năm thu hút 20.000 lao động học nghề, nâng tỷ lệ "
                     "lao động qua đào tạo lên 80% vào năm 2030.", "2. Mục tiêu cụ thể")
    once = passage(2, "once", "2. Mục tiêu cụ thể\nNâng tỷ lệ lao động qua đào tạo lên 80% vào năm 2030.",
                   "2. Mục tiêu cụ thể")
    assert period_fits(passage_units(yearly)[-1], (2025,)) and not period_fits(passage_units(once)[-1], (2025,))
    assert not period_fits(passage_units(yearly)[-1], (2031,))
    # from its plan's year on: a plan of 2025 sets no yearly figure for 2024
    of_2025 = passage(3, "of-2025", "2. Mục tiêu cụ thể\nPhấn đấu hằng năm thu hút 20.000 lao động học nghề, nâng tỷ "
                      "lệ lao động qua đào tạo lên 80% vào năm 2030.", "2. Mục tiêu cụ thể", year=2025)
    assert period_fits(passage_units(of_2025)[-1], (2026,)) and not period_fits(passage_units(of_2025)[-1], (2024,))


def test_the_nearest_heading_with_years_gives_a_units_period():
    orientation = passage(
        1, "orient", "3. MỤC TIÊU NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030\n3.3. Định hướng đến năm 2030\n"
        "Quy mô tuyển sinh bình quân 38.000 - 40.000 người/năm.",
        "3. MỤC TIÊU NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030 › 3.3. Định hướng đến năm 2030")
    unit = passage_units(orientation)[-1]
    assert not period_fits(unit, (2025,)) and period_fits(unit, (2030,))
    # An item that is its own heading, comparing with last year, is dated by the heading above it.
    item = "1. Tuyển sinh, đào tạo giáo dục nghề nghiệp đạt 39.600 người, tăng 7,2% so với năm 2024"
    target = passage(2, "item", f"II. MỤC TIÊU NĂM 2025\n{item}", f"II. MỤC TIÊU NĂM 2025 › {item}")
    assert period_fits(passage_units(target)[-1], (2025,))


def test_a_year_naming_the_plan_is_not_the_period_asked():
    goal = passage(1, "goal", "I. MỤC TIÊU CHUNG\nTỷ lệ lao động qua đào tạo đạt 65% vào năm 2025, theo Nghị quyết "
                   "nhiệm kỳ 2020 - 2025.", "I. MỤC TIÊU CHUNG", title="Kế hoạch đào tạo nghề năm 2025", year=2025)
    plan = goal.document
    other = profile_question("Theo Kế hoạch đào tạo nghề năm 2025, tỷ lệ lao động qua đào tạo năm 2023 đạt bao nhiêu?")
    assert years_asked(other, plan) == (2023,) and score_units([goal], other, WEIGHTS) == []
    own = profile_question("Theo Kế hoạch đào tạo nghề năm 2025, tỷ lệ lao động qua đào tạo đạt bao nhiêu?")
    assert years_asked(own, plan) == (2025,) and score_units([goal], own, WEIGHTS)


def test_the_sibling_heading_of_another_year_is_never_quoted():
    goals = "II. MỤC TIÊU › 2. Mục tiêu cụ thể"
    head = "II. MỤC TIÊU\n2. Mục tiêu cụ thể\n"
    by_2025 = passage(1, "y25", head + "a) Đến năm 2025\nTỷ lệ lao động qua đào tạo đạt 70%.",
                      f"{goals} › a) Đến năm 2025", ordinal=3)
    by_2030 = passage(2, "y30", head + "b) Đến năm 2030\nTỷ lệ lao động qua đào tạo đạt 75%.",
                      f"{goals} › b) Đến năm 2030", 0.8, ordinal=4)
    profile = profile_question("Tỷ lệ lao động qua đào tạo năm 2030 là bao nhiêu?")
    quoted = " ".join(u.text for u in select_units(score_units([by_2025, by_2030], profile, WEIGHTS), profile))
    assert "75%" in quoted and "70%" not in quoted


PH_META = {**META, "title": "Kế hoạch đào tạo nghề giai đoạn 2019 - 2023", "year": 2019}
PAST_RESULT = passage(1, "past", "PHẦN THỨ NHẤT: KẾT QUẢ GIAI ĐOẠN 2014 - 2018\n2- Kết quả\n"
                      "Tỷ lệ lao động có việc làm sau học nghề đạt 78,6%.",
                      "PHẦN THỨ NHẤT: KẾT QUẢ GIAI ĐOẠN 2014 - 2018 › 2- Kết quả", **PH_META)
TARGET = passage(2, "target", "PHẦN THỨ HAI: MỤC TIÊU GIAI ĐOẠN 2019 - 2023\n2- Mục tiêu cụ thể\n"
                 "c- Tỷ lệ lao động có việc làm sau học nghề đạt từ 80 - 85%.",
                 "PHẦN THỨ HAI: MỤC TIÊU GIAI ĐOẠN 2019 - 2023 › 2- Mục tiêu cụ thể", 0.7, **PH_META)


def test_a_figure_asked_without_a_year_is_a_target_of_the_plans_period_not_a_past_result():
    assert before_plan(passage_units(PAST_RESULT)[-1]) and not before_plan(passage_units(TARGET)[-1])
    target = profile_question("Tỷ lệ lao động có việc làm sau học nghề phấn đấu đạt bao nhiêu?")
    quoted = " ".join(u.text for u in select_units(score_units([PAST_RESULT, TARGET], target, WEIGHTS), target))
    assert "80 - 85%" in quoted and "78,6%" not in quoted
    past = profile_question("Kết quả tỷ lệ lao động có việc làm sau học nghề đã đạt bao nhiêu?")
    quoted = " ".join(u.text for u in select_units(score_units([PAST_RESULT, TARGET], past, WEIGHTS), past))
    assert "78,6%" in quoted


def test_a_row_naming_the_year_asked_beats_a_sentence_whose_span_holds_it():
    span = passage(1, "span", "I- MỤC TIÊU GIAI ĐOẠN 2019 - 2023\nĐưa 6.000 lao động đi làm việc ở nước ngoài.",
                   "I- MỤC TIÊU GIAI ĐOẠN 2019 - 2023", **PH_META)
    row = passage(2, "row", "3- Chỉ tiêu theo năm\nLao động đi làm việc ở nước ngoài | 2022: 1.250 | 2023: 1.300",
                  "3- Chỉ tiêu theo năm", 0.9, **PH_META)
    profile = profile_question("Năm 2023 đưa bao nhiêu lao động đi làm việc ở nước ngoài?")
    assert score_units([span, row], profile, WEIGHTS)[0].unit.passage.id == "row"


# ------------------------------------------------------------------ refusal signals and decision
def test_signals_see_a_missing_year_and_an_agency_the_quote_does_not_name():
    unit = passage_units(TOTAL)[-1]
    evidence = Evidence((unit,))
    best = score_units([TOTAL], profile_question("Tổng kinh phí là bao nhiêu?"), WEIGHTS)[0]
    asked_2030 = signals_of(evidence, best, 0.8, retrieved("Tổng kinh phí năm 2030 là bao nhiêu?", [TOTAL]), None, 0.9)
    assert asked_2030.year == 0.0
    plan_year = signals_of(evidence, best, 0.8, retrieved("Tổng kinh phí năm 2023 là bao nhiêu?", [TOTAL]), None, 0.9)
    assert plan_year.year == 1.0  # the plan's own year names the plan
    health = signals_of(evidence, best, 0.8, retrieved("Sở Y tế được giao bao nhiêu kinh phí?", [TOTAL]), None, 0.9)
    assert health.agency == 0.0
    assert signals_of(evidence, best, 0.8, retrieved("Tổng kinh phí là bao nhiêu?", [TOTAL]), None, 0.9).agency == 1.0


def test_schools_asked_by_their_kind_are_named_by_the_kind_in_lower_case():
    """"Trường THCS có phải …": plans write "mỗi trường trung học cơ sở …", no school's name; a named school of the
    kind, or another kind, is not them."""
    from index.agencies import names_school_kind
    assert names_school_kind("Trường THCS", "mỗi trường trung học cơ sở tổ chức ít nhất 01 buổi")
    assert names_school_kind("các trường trung cấp", "Các trường trung cấp công bố chỉ tiêu")
    assert not names_school_kind("Trường THCS", "các trường trung học phổ thông tổ chức")
    assert not names_school_kind("Trường Cao đẳng Y tế Lam Sơn", "các trường cao đẳng y tế")
    assert not names_school_kind("Sở Y tế", "các trường trung học cơ sở")
    question = "Trường THCS có phải họp với phụ huynh lớp 9 về hướng nghiệp không?"
    line = passage(1, "thcs", "5. Các trường trung học cơ sở\nMỗi trường trung học cơ sở tổ chức ít nhất 01 buổi sinh "
                   "hoạt chuyên đề về hướng nghiệp có sự tham gia của cha mẹ học sinh lớp 9.", "5. Các trường trung học cơ sở")
    best = score_units([line], profile_question(question), WEIGHTS)[0]
    quoted = Evidence((passage_units(line)[-1],))
    assert signals_of(quoted, best, 0.8, retrieved(question, [line]), None, 0.9).agency == 1.0


def test_a_line_giving_the_task_to_another_lead_than_the_question_takes_names_no_body_asked():
    """"Sở Y tế chủ trì … phải xong trước khi nào?" quoted with a line where a school leads it: a false premise, the
    deadline quoted is of another body's task; the line giving it to Sở Y tế names it."""
    question = "Sở Y tế chủ trì biên soạn chương trình dược liệu, phải xong trước khi nào?"
    for lead, agency in (("Trường Cao đẳng Y tế Lam Sơn", 0.0), ("Sở Y tế", 1.0)):
        task = passage(1, "task", f"14. Các cơ sở\nb) {lead} chủ trì biên soạn 05 chương trình dược liệu, hoàn thành "
                       "trước ngày 30/6/2025.", "14. Các cơ sở")
        best = score_units([task], profile_question(question), WEIGHTS)[0]
        quoted = Evidence((passage_units(task)[-1],))
        assert signals_of(quoted, best, 0.8, retrieved(question, [task]), None, 0.9).agency == agency, lead


def test_a_body_offered_as_a_guess_beside_who_is_not_asked():
    """"Đơn vị nào …, có phải Phòng Đào tạo không?" asks who; the guess may be wrong, and a quote naming another
    body answers it. Asked whether a body leads, with no "who", the body is asked of."""
    assert asked_bodies("Trong trường, đơn vị nào lo tuyển sinh, có phải Phòng Đào tạo không?") == []
    assert asked_bodies("Sở nào chủ trì việc này, hay là Sở Tài chính?") == []
    assert asked_bodies("Có phải Sở Y tế chủ trì đào tạo nghề Dược không?") == ["Sở Y tế"]
    assert asked_bodies("Sở Tài chính hay Sở Nội vụ chủ trì?") == ["Sở Tài chính", "Sở Nội vụ"]


def test_a_body_the_question_says_is_gone_is_not_asked():
    """After a reorganisation users ask who does a gone body's work: the plan names only the new one."""
    assert asked_bodies("Giờ không còn Sở Lao động - Thương binh và Xã hội thì cơ quan nào làm thường trực?") == []
    assert asked_bodies("Sau khi sở lao động không còn, cơ quan nào làm thường trực?") == []
    assert asked_bodies("Những việc trước đây giao cho Ban Dân tộc tỉnh thì giờ Sở nào phụ trách?") == []
    assert asked_bodies("Sở LĐTBXH cũ được thay bằng Sở Nội vụ: Sở Nội vụ chủ trì việc gì?") == ["Sở Nội vụ"]
    assert asked_bodies("Sở Y tế không còn được giao việc gì?") == ["Sở Y tế"]  # "không còn" of its verb: asked
    # a body the question asks to act, even beside a gone one
    assert asked_bodies("Thay cho Sở LĐTBXH, Sở Nội vụ phải báo cáo trước ngày nào?") == ["Sở Nội vụ"]
    unit = passage_units(TOTAL)[-1]
    best = score_units([TOTAL], profile_question("Tổng kinh phí là bao nhiêu?"), WEIGHTS)[0]
    gone = retrieved("Không còn Sở Y tế thì tổng kinh phí là bao nhiêu?", [TOTAL])
    assert signals_of(Evidence((unit,)), best, 0.8, gone, None, 0.9).agency == 1.0


def test_a_districts_office_is_asked_as_itself_and_as_the_district_committee_plans_assign():
    """"Phòng LĐ-TB&XH quận tôi" works for its district's People's Committee: plans write "UBND các quận, huyện", or
    name the office itself ("phòng Lao động Thương binh và Xã hội các huyện"); either answers for it."""
    office = "Phòng Lao động - Thương binh và Xã hội cấp huyện"
    assert asked_bodies("Phòng LĐ-TB&XH quận tôi phải gửi báo cáo năm trước ngày nào?") == [office]
    assert asked_bodies("Sở Nội vụ và Phòng Nội vụ huyện Cẩm Đường làm gì?") == ["Sở Nội vụ", "Phòng Nội vụ cấp huyện"]
    assert asked_bodies("Phòng Giáo dục nghề nghiệp của Sở ở huyện nào?") == ["Phòng Giáo dục nghề nghiệp"]  # the Sở's
    question = "Phòng LĐ-TB&XH quận tôi phải gửi báo cáo năm trước ngày nào?"
    for text in ("- UBND các quận, huyện, thị xã báo cáo năm gửi Sở Lao động - Thương binh và Xã hội trước ngày "
                 "15/12/2023.",
                 "- Phòng Lao động Thương binh và Xã hội các huyện, thị xã báo cáo năm gửi Sở trước ngày 15/12/2023."):
        district = passage(1, "district", f"VI. CHẾ ĐỘ BÁO CÁO\n{text}", "VI. CHẾ ĐỘ BÁO CÁO")
        best = score_units([district], profile_question(question), WEIGHTS)[0]
        quoted = Evidence((passage_units(district)[-1],))
        assert signals_of(quoted, best, 0.8, retrieved(question, [district]), None, 0.9).agency == 1.0, text
    other = passage(1, "other", "VI. CHẾ ĐỘ BÁO CÁO\n- Sở Tài chính báo cáo năm trước ngày 15/12/2023.", "VI")
    best = score_units([other], profile_question(question), WEIGHTS)[0]
    assert signals_of(Evidence((passage_units(other)[-1],)), best, 0.8, retrieved(question, [other]), None,
                      0.9).agency == 0.0


def test_a_body_named_as_a_documents_author_is_not_asked_to_act():
    assert asked_bodies("Kế hoạch GDNN của Hải Phòng còn thực hiện văn bản nào của Bộ LĐTBXH?") == []
    assert asked_bodies("ke hoach 238/KH-UBND cua ubnd tinh hai duong ban hanh ngay nao") == []
    assert asked_bodies("Kế hoạch 70 của Hà Nội giao Sở Tài chính làm gì?") == ["Sở Tài chính"]
    assert asked_bodies("Ban Chỉ đạo này được UBND tỉnh lập theo quyết định nào?") == ["Ban Chỉ đạo"]
    assert asked_bodies("Chỉ tiêu do Sở Tài chính giao bằng văn bản nào?") == []
    assert asked_bodies("Sở Tài chính lập dự toán theo hướng dẫn nào?") == ["Sở Tài chính"]  # a task of its own
    assert asked_bodies("Nhiệm vụ của Sở Nội vụ là gì?") == ["Sở Nội vụ"]
    unit = passage_units(TOTAL)[-1]
    best = score_units([TOTAL], profile_question("Tổng kinh phí là bao nhiêu?"), WEIGHTS)[0]
    asked = retrieved("Tổng kinh phí theo văn bản nào của Bộ Tài chính?", [TOTAL])
    assert signals_of(Evidence((unit,)), best, 0.8, asked, None, 0.9).agency == 1.0


def test_signals_see_a_group_or_place_the_quote_does_not_name():
    unit = passage_units(TOTAL)[-1]
    evidence = Evidence((unit,))
    best = score_units([TOTAL], profile_question("Tổng kinh phí là bao nhiêu?"), WEIGHTS)[0]

    def qualifier(question: str) -> float:
        return signals_of(evidence, best, 0.8, retrieved(question, [TOTAL]), None, 0.9).qualifier

    assert qualifier("Tổng kinh phí dành cho người khuyết tật là bao nhiêu?") == 0.0
    assert qualifier("Tổng kinh phí của huyện Cẩm Đường là bao nhiêu?") == 0.0
    assert qualifier("Tổng kinh phí thực hiện kế hoạch là bao nhiêu?") == 1.0


def test_the_plans_own_district_is_named_by_the_plan_not_by_each_quote():
    district = passage(1, "district", "III. KINH PHÍ\n1. Tổng kinh phí\nTổng kinh phí thực hiện kế hoạch là 4.860 triệu "
                       "đồng.", "III. KINH PHÍ › 1. Tổng kinh phí", ordinal=30, doc="yk-2026.txt",
                       issuer="Ủy ban nhân dân huyện Yên Khê", title="Đào tạo nghề cho lao động nông thôn năm 2026")
    evidence = Evidence((passage_units(district)[-1],))
    best = score_units([district], profile_question("Tổng kinh phí là bao nhiêu?"), WEIGHTS)[0]
    asked = retrieved("Tổng kinh phí của huyện Yên Khê là bao nhiêu?", [district], ("yk-2026.txt",))
    assert signals_of(evidence, best, 0.8, asked, None, 0.9).qualifier == 1.0
    other = retrieved("Tổng kinh phí của huyện Cẩm Đường là bao nhiêu?", [district], ("yk-2026.txt",))
    assert signals_of(evidence, best, 0.8, other, None, 0.9).qualifier == 0.0


def test_the_decision_weighs_every_signal():
    config = AnswerConfig(weights=(2.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0), bias=-4.4)
    strong = Signals(coverage=0.6, score=1.0, rank=1.0, kinds=1.0, year=1.0, agency=1.0, assigned=1.0, dense=0.9,
                     qualifier=1.0)
    assert config.answers(strong)
    assert not config.answers(Signals(**{**strong.__dict__, "qualifier": 0.0}))
    assert not config.answers(Signals(**{**strong.__dict__, "year": 0.0}))
    assert not config.answers(Signals(**{**strong.__dict__, "coverage": 0.1}))
    assert not config.answers(Signals(**{**strong.__dict__, "dense": 0.0}))


def test_the_answerer_refuses_when_the_config_says_so():
    r = retrieved("Tổng kinh phí thực hiện kế hoạch là bao nhiêu?", [TOTAL])
    never = AnswerConfig(weights=(0.0,) * len(FEATURES), bias=-1.0)

    class Index(Sections):
        plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**META, "doc": "hn-2023.txt"})}

    assert answer_extractive(Index([TOTAL]), WEIGHTS, r, config=never).refused
    assert not answer_extractive(Index([TOTAL]), WEIGHTS, r).refused


# ------------------------------------------------------------------ measures, provinces
def test_a_sum_per_person_needs_a_per_person_amount():
    profile = profile_question("Người học được hỗ trợ tiền ăn bao nhiêu đồng một ngày?")
    assert profile.measure == per_unit_money_measure("ngay")
    assert re.search(profile.measure, "hỗ trợ 30.000 đồng/người/ngày", re.IGNORECASE)
    assert not re.search(profile.measure, "Tổng kinh phí 52,6 tỷ đồng.", re.IGNORECASE)
    assert profile_question("Ngân sách tỉnh bỏ ra bao nhiêu?").measure != ""


def test_a_sum_per_month_or_year_is_not_a_sum_per_course():
    per_course = "Người khuyết tật: Sơ cấp: 6.000.000 đồng/người/khóa học"
    for question in ("Học phí cao đẳng mỗi năm bao nhiêu tiền?", "tien thue nha tro moi thang duoc ho tro bao nhieu"):
        assert not re.search(profile_question(question).measure, per_course, re.IGNORECASE), question
    assert re.search(profile_question("Mỗi khóa học được hỗ trợ bao nhiêu tiền?").measure, per_course, re.IGNORECASE)
    assert re.search(profile_question("Hỗ trợ bao nhiêu tiền một người?").measure, per_course, re.IGNORECASE)
    # a sum per model, per firm: a loan per worker is none
    per_model = profile_question("Mỗi mô hình liên kết với hợp tác xã được ngân sách hỗ trợ bao nhiêu tiền?").measure
    assert re.search(per_model, "hỗ trợ tối đa 300 triệu đồng/mô hình", re.IGNORECASE)
    assert not re.search(per_model, "mức cho vay tối đa 100 triệu đồng/lao động", re.IGNORECASE)


def test_two_plans_of_one_province_told_apart_by_their_years_are_both_in_scope():
    plans = {
        "a.txt": PlanMetadata("a.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                              "Giáo dục nghề nghiệp năm 2023"),
        "b.txt": PlanMetadata("b.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                              "Đào tạo nghề cho lao động nông thôn"),
    }
    both = resolve_scope("Kế hoạch GDNN 2023 và kế hoạch đào tạo nghề nông thôn 2025 của Hà Nội do ai chủ trì?", plans)
    assert set(both.docs) == {"a.txt", "b.txt"}
    # One plan named, two years asked of it: the other plan stays out.
    one = resolve_scope("Kế hoạch đào tạo nghề cho lao động nông thôn của Hà Nội: chỉ tiêu 2023 và 2025?", plans)
    assert one.docs == ("b.txt",)
    # one plan named by its province and year, the other by its number
    by_year = resolve_scope("Hà Nội năm 2023 phấn đấu tỷ lệ lao động qua đào tạo bao nhiêu, và kế hoạch 177 năm 2025 "
                            "muốn nâng tỷ lệ này lên bao nhiêu?", plans)
    assert set(by_year.docs) == {"a.txt", "b.txt"}


def test_a_year_or_a_title_said_of_one_province_names_none_of_another_provinces_plans():
    """Of a question of two provinces, each province's plans are named by the clauses naming it: Bạch Vân's 2025
    is no reason to take Hà Nội's plan of 2025, nor Hà Nội's 2023 Hải Phòng's plan of 2023."""
    plans = {
        "hn70.txt": PlanMetadata("hn70.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                                 "Giáo dục nghề nghiệp năm 2023"),
        "hn177.txt": PlanMetadata("hn177.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                                  "Đào tạo nghề cho lao động nông thôn"),
        "nq.txt": PlanMetadata("nq.txt", "Kế hoạch thực hiện Nghị quyết 06/NQ-CP (Hải Phòng, 2023)", "Hải Phòng", "",
                               2023, "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 về thị trường lao động"),
        "cl.txt": PlanMetadata("cl.txt", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", 2022,
                               "Kế hoạch thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030"),
        "bv.txt": PlanMetadata("bv.txt", "Kế hoạch 647 (Bạch Vân)", "Bạch Vân", "647/QĐ-UBND", 2025,
                               "Phát triển giáo dục nghề nghiệp năm 2025"),
    }
    assert set(resolve_scope("Theo kế hoạch GDNN 2023 của Hà Nội và kế hoạch GDNN 2025 của Bạch Vân, các sở gửi báo "
                             "cáo năm trước ngày nào?", plans).docs) == {"hn70.txt", "bv.txt"}
    assert set(resolve_scope("Ai ký kế hoạch GDNN năm 2023 của Hà Nội và ai ký kế hoạch chiến lược phát triển giáo "
                             "dục nghề nghiệp của Hải Phòng?", plans).docs) == {"hn70.txt", "cl.txt"}
    # a year of a period both plans of a province run to tells neither apart: both stay
    assert {"nq.txt", "cl.txt"} <= set(resolve_scope("So sánh tỷ lệ thất nghiệp của Hà Nội năm 2023 và Hải Phòng "
                                                     "đến 2025?", plans).docs)


def test_title_words_name_a_plan_after_its_kind_and_only_state_a_topic_elsewhere():
    """ "Kế hoạch đào tạo nghề cho lao động nông thôn" names the plan of that title; "nhiệm vụ gì liên quan đến đào
    tạo nghề và lao động" asks about the topic of every plan, and its words alone scope no plan."""
    plans = {
        "a.txt": PlanMetadata("a.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                              "Giáo dục nghề nghiệp năm 2023"),
        "b.txt": PlanMetadata("b.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                              "Đào tạo nghề cho lao động nông thôn"),
        "c.txt": PlanMetadata("c.txt", "Báo cáo 318/BC-SGDĐT (Hoàng Long)", "Hoàng Long", "318/BC-SGDĐT", 2025,
                              "Kết quả năm 2025; phương hướng, nhiệm vụ năm 2026"),
    }
    assert resolve_scope("Kế hoạch đào tạo nghề cho lao động nông thôn đặt mục tiêu gì?", plans).docs == ("b.txt",)
    assert resolve_scope("Đào tạo nghề cho lao động nông thôn mỗi năm bao nhiêu người?", plans).docs == ("b.txt",)
    assert resolve_scope("Sở Công Thương được giao nhiệm vụ gì liên quan đến đào tạo nghề và lao động?",
                         plans).docs == ()


def test_a_plan_named_by_the_document_it_implements_keeps_a_plan_of_the_year_asked_out():
    plans = {
        "nq.txt": PlanMetadata("nq.txt", "Kế hoạch thực hiện Nghị quyết 06/NQ-CP (Hải Phòng, 2023)", "Hải Phòng", "",
                               2023, "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 về thị trường lao động"),
        "cl.txt": PlanMetadata("cl.txt", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", None,
                               "Kế hoạch thực hiện Chiến lược phát triển GDNN giai đoạn 2021 - 2030"),
    }
    for question in ("Theo kế hoạch thực hiện NQ06, Hải Phòng đặt tỷ lệ thất nghiệp năm 2030 là bao nhiêu?",
                     "Kế hoạch thực hiện Nghị quyết 06 của Hải Phòng đặt tỷ lệ thất nghiệp năm 2030 là bao nhiêu?"):
        assert resolve_scope(question, plans).docs == ("nq.txt",), question


def test_two_plans_of_one_province_each_named_by_its_own_words_are_both_in_scope():
    plans = {
        "nq.txt": PlanMetadata("nq.txt", "Kế hoạch thực hiện Nghị quyết 06/NQ-CP (Hải Phòng, 2023)", "Hải Phòng", "",
                               2023, "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 về thị trường lao động"),
        "cl.txt": PlanMetadata("cl.txt", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", None,
                               "Kế hoạch thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030"),
        "bv.txt": PlanMetadata("bv.txt", "Kế hoạch 647 (Bạch Vân)", "Bạch Vân", "647/QĐ-UBND", 2025,
                               "Phát triển giáo dục nghề nghiệp năm 2025"),
    }
    # The number weighs more than the strategy's title words; both plans are named, so both are sides.
    both = resolve_scope("Hải Phòng: kế hoạch NQ06 về thị trường lao động đặt tỷ lệ đào tạo lại bao nhiêu, "
                         "còn chiến lược phát triển đặt bao nhiêu?", plans)
    assert set(both.docs) == {"nq.txt", "cl.txt"}
    # A plan named by its own number: a plan whose title cites a document of that number stays out.
    plans["hn70.txt"] = PlanMetadata("hn70.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                                     "Thực hiện Kế hoạch số 177/KH-UBND ngày 28/6/2022 về giáo dục nghề nghiệp")
    plans["hn177.txt"] = PlanMetadata("hn177.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                                      "Đào tạo nghề cho lao động nông thôn")
    assert resolve_scope("Theo Kế hoạch 177/KH-UBND, Sở Giáo dục và Đào tạo báo cáo việc thực hiện kế hoạch lên "
                         "những cơ quan nào?", plans).docs == ("hn177.txt",)
    # One plan named: its province's other plan stays out, whatever words they share.
    assert resolve_scope("Chiến lược phát triển của Hải Phòng đặt tỷ lệ đào tạo lại bao nhiêu?", plans).docs == (
        "cl.txt",)


def test_a_province_outside_the_national_list_and_the_corpus_is_out_of_scope():
    plans = {"kl.txt": PlanMetadata("kl.txt", "Kế hoạch 318/KH-UBND (Kỳ Lâm)", "Kỳ Lâm", "318/KH-UBND", 2026,
                                    "Đào tạo nghề nghiệp gắn với giải quyết việc làm")}
    scope = resolve_scope("Tỉnh Hà Lam đặt chỉ tiêu bao nhiêu phiên giao dịch việc làm năm 2026?", plans)
    assert not scope.docs and scope.out_of_scope == "không có kế hoạch nào của tỉnh Hà Lam"
    for question in ("Tỉnh Kỳ Lâm tổ chức bao nhiêu phiên?", "Tỉnh Đoàn làm gì?", "Tỉnh ủy giao gì?",
                     "Hạn để Sở GD&ĐT trình UBND tỉnh Đề án sắp xếp mạng lưới là khi nào?"):
        assert not resolve_scope(question, plans).out_of_scope, question
    # a header read poorly ("Kỳ Lâm Công Hòa"): the name asked is the corpus's by its first words
    plans["kl.txt"] = PlanMetadata("kl.txt", "Kế hoạch 318 (Kỳ Lâm)", "Kỳ Lâm Công Hòa", "318/KH-UBND", 2026, "")
    assert not resolve_scope("Tỉnh Kỳ Lâm tổ chức bao nhiêu phiên?", plans).out_of_scope
    # a plan whose province was not read (a poor scan) may be Hà Lam's: not refused for want of it
    plans["scan.pdf"] = PlanMetadata("scan.pdf", "Đề án (scan.pdf)", "", "", None, "Đề án đào tạo nghề")
    assert not resolve_scope("Tỉnh Hà Lam đặt chỉ tiêu bao nhiêu phiên?", plans).out_of_scope


def test_a_provinces_leader_named_after_its_title_is_no_province():
    """"Chủ tịch tỉnh Triệu Quang Hưng": the chair by his full name, not a province the corpus lacks; a province
    named after the title ("Chủ tịch tỉnh Hà Lam") is still one."""
    plans = {"ts.ppt": PlanMetadata("ts.ppt", "Quyết định 1186/QĐ-UBND (Trúc Sơn)", "Trúc Sơn", "1186/QĐ-UBND", 2027,
                                    "Phê duyệt Phương án sắp xếp các cơ sở giáo dục nghề nghiệp công lập")}
    for question in ("Quyết định phê duyệt phương án do ai ký, có phải Chủ tịch tỉnh Triệu Quang Hưng ký không?",
                     "Có phải Phó Chủ tịch UBND tỉnh Lò Văn Sáng ký không?", "Phó Bí thư tỉnh Lê Văn An có dự không?"):
        assert not resolve_scope(question, plans).out_of_scope, question
    assert resolve_scope("Chủ tịch tỉnh Hà Lam ký quyết định nào?", plans).out_of_scope == (
        "không có kế hoạch nào của tỉnh Hà Lam")


def test_a_number_issued_by_another_body_is_a_cited_document_not_a_missing_plan():
    plans = {
        "bv.txt": PlanMetadata("bv.txt", "Kế hoạch ban hành kèm Quyết định 647/QĐ-UBND (Bạch Vân)", "Bạch Vân",
                               "647/QĐ-UBND", 2025, "Phát triển giáo dục nghề nghiệp năm 2025"),
        "hp.txt": PlanMetadata("hp.txt", "Kế hoạch thực hiện Chiến lược GDNN (Hải Phòng)", "Hải Phòng", "", None,
                               "Kế hoạch thực hiện Chiến lược phát triển GDNN giai đoạn 2021 - 2030"),
    }
    cited = resolve_scope("Quyết định 336/QĐ-LĐTBXH mà kế hoạch GDNN Hải Phòng viện dẫn ban hành ngày nào?", plans)
    assert not cited.out_of_scope and cited.docs == ("hp.txt",)
    assert resolve_scope("Quyết định 999/QĐ-UBND ban hành kế hoạch gì?", plans).out_of_scope


def test_a_plan_number_some_plan_cites_is_about_that_plan_not_a_missing_one():
    plans = {"hd.txt": PlanMetadata("hd.txt", "Kế hoạch 25/KH-UBND (Hải Dương, 2023)", "Hải Dương", "25/KH-UBND",
                                    2023, "Triển khai Kế hoạch số 238/KH-UBND về nguồn nhân lực")}
    question = "Giải pháp chuyển đổi số theo kế hoạch 1305/KH-UBND triển khai từ tháng mấy?"
    assert resolve_scope(question, plans).out_of_scope  # no plan is 1305, and none is known to cite it
    cited = resolve_scope(question, plans, cited_by=lambda number: ["hd.txt"] if number == "1305" else [])
    assert not cited.out_of_scope and cited.docs == ("hd.txt",)


def test_the_short_forms_users_type_name_the_big_cities():
    assert named_provinces("hoc nghe duoi 3 thang o hn nam 2023") == {"ha noi"}
    assert named_provinces("tphp dat chi tieu bao nhieu") == {"hai phong"}
    assert named_provinces("hd la huong dan, dn la doanh nghiep") == set()


@pytest.mark.parametrize("question", [
    "Tỉnh Nghệ An, láng giềng của Lam Sơn, đặt tỷ lệ lao động qua đào tạo năm 2024 là bao nhiêu?",
    "tinh binh duong giap lam son tuyen sinh bao nhieu nguoi",
    "Tỉnh Phú Thọ bên cạnh Lam Sơn đào tạo nghề cho bao nhiêu lao động?",
])
def test_a_province_named_beside_a_covered_one_is_what_is_asked_and_is_refused(question):
    plans = {"ls.txt": PlanMetadata("ls.txt", "Kế hoạch 87/KH-UBND (Lam Sơn)", "Lam Sơn", "87/KH-UBND", 2024)}
    scope = resolve_scope(question, plans)
    assert scope.out_of_scope and "Lam Sơn" not in scope.out_of_scope


def test_a_covered_province_beside_another_is_still_asked_of():
    plans = {"ls.txt": PlanMetadata("ls.txt", "Kế hoạch 87/KH-UBND (Lam Sơn)", "Lam Sơn", "87/KH-UBND", 2024)}
    assert resolve_scope("Lam Sơn, giáp Nghệ An, tuyển sinh bao nhiêu?", plans).docs == ("ls.txt",)
    assert beside_provinces("lam son giap nghe an", {"lam son"}) == {"nghe an"}


def test_a_covered_province_is_not_read_as_another_inside_its_name():
    assert named_provinces("kinh phi cua lam son la bao nhieu", {"lam son"}) == {"lam son"}
    plans = {"ls.txt": PlanMetadata("ls.txt", "Kế hoạch 87/KH-UBND (Lam Sơn)", "Lam Sơn", "87/KH-UBND", 2024, "GDNN")}
    assert not resolve_scope("Kinh phí của Lam Sơn là bao nhiêu?", plans).out_of_scope



# ------------------------------------------------------------------ the document itself
DECISION = passage(
    1, "decision",
    "Quyết định ban hành\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo nghề năm 2025.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng … chịu trách nhiệm thi hành.",
    "Quyết định ban hành",
)
DECISION_META = {**META, "doc_type": "Quyết định", "issues": "Kế hoạch", "number": "618/QĐ-UBND",
                 "date": "2025-03-05", "issuer": "UBND thành phố Tây Kinh", "title": "Kế hoạch đào tạo nghề năm 2025"}


class Decision(Sections):
    plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**DECISION_META, "doc": "hn-2023.txt"})}


def test_a_decision_issuing_a_plan_says_so_and_quotes_its_articles():
    question = "Văn bản 618/QĐ-UBND là quyết định hay kế hoạch và có hiệu lực từ khi nào?"
    answer = answer_extractive(Decision([DECISION]), WEIGHTS, retrieved(question, [DECISION]))
    assert not answer.refused
    assert "Quyết định số 618/QĐ-UBND ngày 05/03/2025" in answer.text
    assert "ban hành kèm theo Kế hoạch" in answer.text
    assert "Điều 1." in answer.text and "hiệu lực kể từ ngày ký" in answer.text
    assert "Điều 3." not in answer.text


def test_articles_written_as_sections_of_their_own_are_quoted_too():
    articles = [
        passage(1, f"art{i}", f"Quyết định ban hành\n{text}", f"Quyết định ban hành › {text}", ordinal=i)
        for i, text in enumerate(DECISION.text.split("\n")[1:])
    ]
    question = "Quyết định 618/QĐ-UBND có hiệu lực từ khi nào?"
    answer = answer_extractive(Decision(articles), WEIGHTS, retrieved(question, articles))
    assert "hiệu lực kể từ ngày ký" in answer.text and "Điều 3." not in answer.text


def test_a_question_about_effect_without_a_decision_goes_to_the_passages():
    from assistant.document_answers import document_evidence

    class PlanOnly(Decision):
        plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**META, "doc": "hn-2023.txt"})}

    assert document_evidence(PlanOnly([TOTAL]), "hn-2023.txt", "Kế hoạch có hiệu lực từ khi nào?") is None


# A council's resolution of articles (no issuing decision) and a decision whose closing article has items of its own.
RESOLUTION_ARTICLES = [
    passage(1, "r9", "Điều 9. Tổ chức thực hiện\nGiao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
            "Điều 9. Tổ chức thực hiện", ordinal=1),
    passage(1, "r10a", "Điều 10. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày 15 tháng 8 năm 2026 và"
            " được thực hiện đến hết ngày 31 tháng 12 năm 2030.", "Điều 10. Hiệu lực thi hành › 1. Nghị quyết này", ordinal=2),
    passage(1, "r10b", "Điều 10. Hiệu lực thi hành\n2. Nghị quyết số 21/2020/NQ-HĐND ngày 10 tháng 12 năm 2020 của Hội "
            "đồng nhân dân tỉnh hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.",
            "Điều 10. Hiệu lực thi hành › 2. Nghị quyết số 21/2020", ordinal=3),
]
RESOLUTION_META = {**META, "doc_type": "Nghị quyết", "number": "08/2026/NQ-HĐND", "date": "2026-07-30",
                   "issuer": "Hội đồng nhân dân tỉnh Lam Sơn"}


class Resolution(Sections):
    plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**RESOLUTION_META, "doc": "hn-2023.txt"})}


def test_a_resolution_without_a_decision_says_from_when_it_applies_from_its_closing_article():
    from assistant.document_answers import document_evidence

    found = document_evidence(Resolution(RESOLUTION_ARTICLES), "hn-2023.txt",
                              "Chính sách theo Nghị quyết 08/2026 áp dụng từ ngày nào?")
    assert found is not None and [u.text[:20] for u in found.units] == ["1. Nghị quyết này có"]
    assert "Nghị quyết số 08/2026/NQ-HĐND" in found.lead


def test_asked_what_a_text_replaces_the_clause_ending_the_old_text_is_quoted():
    from assistant.document_answers import document_evidence

    found = document_evidence(Resolution(RESOLUTION_ARTICLES), "hn-2023.txt",
                              "Nghị quyết 08/2026 thay thế nghị quyết nào?")
    assert found is not None and "21/2020/NQ-HĐND" in found.units[0].text
    items = [passage(1, f"d{i}", f"Quyết định ban hành\n{text}", f"Quyết định ban hành › Điều 2. Hiệu lực thi hành › {text}",
                     ordinal=i)
             for i, text in enumerate(["1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2026.",
                                       "2. Quyết định này thay thế Quyết định số 27/2019/QĐ-UBND."])]
    decision = [DECISION_ISSUING, *items]
    found = document_evidence(Decision(decision), "hn-2023.txt", "Quyết định 618/QĐ-UBND thay thế quyết định nào?")
    assert found is not None and "27/2019/QĐ-UBND" in found.units[0].text
    found = document_evidence(Decision(decision), "hn-2023.txt", "Quyết định 618 có hiệu lực từ khi nào?")
    assert found is not None and "01 tháng 4 năm 2026" in found.units[0].text
    both = document_evidence(Decision(decision), "hn-2023.txt",
                             "Quyết định 618 có hiệu lực từ ngày nào, thay thế văn bản nào?")
    assert both is not None and [u.text[:2] for u in both.units] == ["2.", "1.", "Đi"]


DECISION_ISSUING = passage(1, "d-1", "Quyết định ban hành\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.",
                           "Quyết định ban hành › Điều 1. Ban hành kèm theo", ordinal=0)


def test_when_a_text_applies_is_asked_in_everyday_words_but_a_tasks_start_is_not():
    from assistant.questions import DOC_KIND

    assert profile_question("Chính sách mới áp dụng từ ngày nào?").wants(DOC_KIND)
    assert profile_question("Nghị quyết bắt đầu áp dụng từ bao giờ?").wants(DOC_KIND)
    assert profile_question("Nghị quyết 08/2026 thay thế nghị quyết nào?").wants(DOC_KIND)
    assert not profile_question("Nhiệm vụ rà soát mạng lưới bắt đầu thực hiện khi nào?").wants(DOC_KIND)


# ------------------------------------------------------------------ the short answer first
def test_the_short_answer_states_the_asked_fact_and_names_the_plan():
    from assistant.compose import short_answer

    profile = profile_question("Ngân sách tỉnh bố trí bao nhiêu?")
    answer = compose("Ngân sách tỉnh bố trí bao nhiêu?", [Evidence(tuple(passage_units(PROVINCE)[1:]))], [PROVINCE])
    assert short_answer(answer, profile) == f"Theo {PLAN}: Ngân sách tỉnh bố trí 17,8 tỷ đồng."


def test_the_short_answer_of_a_table_row_keeps_the_column_of_the_year_asked():
    from assistant.compose import short_answer

    question = "Chỉ tiêu tuyển sinh cao đẳng năm 2025 là bao nhiêu?"
    answer = compose(question, [Evidence(tuple(passage_units(ROW)[1:]))], [ROW])
    expected = f"Theo {PLAN}: Tuyển sinh cao đẳng: Năm 2025: 3.500 người."
    assert short_answer(answer, profile_question(question)) == expected
    assert short_answer(refusal_of(question), profile_question(question)) == ""


QUARTERS = passage(
    1, "chart",
    "V. HÌNH THỨC TRUYỀN THÔNG\n1. Trên báo chí\n"
    "Tin, bài trên báo điện tử | Quý I: 85 | Quý II: 135 | Quý III: 120 | Quý IV: 80\n"
    "Phóng sự, chương trình truyền hình | Quý I: 8 | Quý II: 14 | Quý III: 13 | Quý IV: 9",
    "V. HÌNH THỨC TRUYỀN THÔNG › 1. Trên báo chí",
)


@pytest.mark.parametrize(("question", "expected"), [
    ("quy 3 du kien dang bao nhieu tin bai?", "Tin, bài trên báo điện tử: Quý III: 120."),
    ("Sáu tháng đầu năm có bao nhiêu phóng sự truyền hình?",
     "Phóng sự, chương trình truyền hình: Quý I: 8; Quý II: 14."),
])
def test_the_short_answer_of_a_table_row_keeps_the_columns_of_the_quarters_asked(question, expected):
    from assistant.compose import short_answer

    answer = compose(question, [Evidence(tuple(passage_units(QUARTERS)[1:]))], [QUARTERS])
    assert short_answer(answer, profile_question(question)) == f"Theo {PLAN}: {expected}"


def test_a_part_of_a_compound_question_is_asked_of_the_wholes_quarter():
    question = "Riêng quý II, dự kiến bao nhiêu tin, bài và bao nhiêu phóng sự truyền hình?"
    whole = profile_question(question)
    parts = [part_profile(part, whole, set()) for part in question_parts(question)]
    assert len(parts) == 2 and all(p.quarters == {2} for p in parts)


RATES = passage(
    1, "rates",
    "II. CHỈ TIÊU\n3. Biểu chỉ tiêu\n"
    "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | Đơn vị: % | Năm 2025: 30,2\n"
    "Tỷ lệ lao động qua đào tạo | Đơn vị: % | Năm 2025: 65,5",
    "II. CHỈ TIÊU › 3. Biểu chỉ tiêu",
)


def test_the_short_answer_of_the_general_rate_asked_is_not_the_credentialled_one():
    from assistant.compose import short_answer

    question = "ty le lao dong qua dao tao noi chung nam 2025 la bao nhieu"
    answer = compose(question, [Evidence(tuple(passage_units(RATES)[1:]))], [RATES])
    assert short_answer(answer, profile_question(question)) == f"Theo {PLAN}: Tỷ lệ lao động qua đào tạo: Năm 2025: 65,5%."


def refusal_of(question: str):
    from assistant.compose import refusal

    return refusal(question, {}, [])


def test_overlapping_province_names_go_to_the_leftmost_on_a_tie():
    # "phu ha nam" holds Phú Hà and Hà Nam, both six letters: the name read first wins, every time.
    assert named_provinces("chi tieu cua phu ha nam 2023", {"phu ha"}) == {"phu ha"}


def test_a_place_only_the_corpus_names_wins_a_tie_with_a_national_name():
    # "mỗi năm Định Sơn" typed without marks holds "nam dinh" (Nam Định) and "dinh son", both eight letters: the
    # name outside the national list is there only because a plan held is of it, wherever it stands.
    assert named_provinces("moi nam dinh son to chuc bao nhieu phien", {"dinh son"}) == {"dinh son"}
    assert named_provinces("dinh son nam dinh", {"dinh son"}) == {"dinh son", "nam dinh"}
    plans = {"ds.txt": PlanMetadata("ds.txt", "Kế hoạch 128/KH-UBND (Định Sơn)", "Định Sơn", "128/KH-UBND", 2025)}
    assert resolve_scope("moi nam dinh son to chuc toi thieu bao nhieu phien giao dich viec lam", plans).docs == (
        "ds.txt",)


def test_a_plan_is_named_by_its_number_place_and_issuer_not_by_the_words_of_its_title():
    plan = PlanMetadata("bv.txt", "Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Bạch Vân năm 2025 (ban hành kèm "
                        "Quyết định 647/QĐ-UBND ngày 24/03/2025, Bạch Vân)", "Bạch Vân", "647/QĐ-UBND", 2025,
                        title="Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Bạch Vân năm 2025",
                        issuer="Ủy ban nhân dân tỉnh Bạch Vân", doc_type="Quyết định", issues="Kế hoạch")
    names = plan_identifiers(plan)
    assert {"647", "qd", "bach", "van", "2025", "24/03/2025", "quyet", "dinh"} <= names
    assert not {"giao", "duc", "nghe", "nghiep", "phat", "trien"} & names  # what questions ask about
    assert "tinh" not in names  # the issuer's level: "ngân sách tỉnh góp bao nhiêu" asks of a level, not the plan
    department = dataclasses.replace(plan, issuer="Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương")
    assert {"xa", "hoi"} <= plan_identifiers(department)  # the "Xã hội" of a Sở's name is no level
    # a commune's plan is named by its place at its level ("xã Tân Phong năm nay dạy nghề cho …"); its name alone or
    # at another level ("thị trấn Kim Điền" in the district's plan: a row of it) is asked about
    commune = dataclasses.replace(plan, issuer="Ủy ban nhân dân xã Tân Phong", province="Đông Giang")
    assert {"xa", "tan", "phong"} <= plan_naming_words(commune, ("nam", "nay", "xa", "tan", "phong", "day", "nghe"))
    assert not {"tan", "phong"} & plan_naming_words(commune, ("hop", "tac", "tan", "phong", "gop", "bao", "nhieu"))
    district = dataclasses.replace(plan, issuer="Ủy ban nhân dân huyện Kim Điền", province="Quảng Lương")
    assert not {"kim", "dien"} & plan_naming_words(district, ("thi", "tran", "kim", "dien", "nguoi", "hoc", "nghe"))
    # a group an organisation's name holds is what its plan is about: "Cuộc thi “Phụ nữ Quế Dương khởi nghiệp”"
    # names a contest, not the Women's Union's plan by a run of its naming words
    union = dataclasses.replace(plan, issuer="Sở Nội vụ tỉnh Quế Dương và Hội Liên hiệp Phụ nữ tỉnh Quế Dương",
                                province="Quế Dương")
    assert {"lien", "hiep"} <= plan_identifiers(union) and not {"phu", "nu"} & plan_identifiers(union)
    assert not {"phu", "nu"} & plan_naming_words(union, ("cuoc", "thi", "phu", "nu", "que", "duong", "khoi", "nghiep"))
    # a plan described by its title right after its number names it by those words ("KH 647 năm 2025 về phát triển
    # giáo dục nghề nghiệp"); the same words asked after it, or with no number before them, are the topic
    described = ("kh", "647", "nam", "2025", "ve", "phat", "trien", "giao", "duc", "nghe", "nghiep", "so", "nao", "chu",
                 "tri", "von", "dau", "tu")
    assert {"phat", "trien", "giao", "duc"} <= plan_naming_words(plan, described)
    assert not {"phat", "trien"} & plan_naming_words(plan, (*described, "phat", "trien"))
    assert not {"giao", "duc"} & plan_naming_words(plan, ("ke", "hoach", "ve", "phat", "trien", "giao", "duc", "nghe"))


@pytest.mark.parametrize(
    "question,years",
    [
        ("ở Hải Phòng (kế hoạch NQ 06) và ở Hà Nội (Kế hoạch 177 năm 2025) phải phản ánh qua cơ quan nào?", {2025}),
        ("Trong KH 70/2023 và kế hoạch 177, sở nào chủ trì?", {2023}),
        ("Chỉ tiêu năm 2025 của kế hoạch 177 và của Hải Phòng là bao nhiêu?", set()),  # a year asked of the facts
        # the plan's subject between its number and its year
        ("KH70 về GDNN năm 2023 và KH177 năm 2025 về đào tạo nghề, mỗi cái giao sở nào chủ trì?", {2023, 2025}),
        ("Theo KH70, tỷ lệ qua đào tạo năm 2023 đạt bao nhiêu?", set()),
        ("Hải Dương (kế hoạch 2023 của Sở LĐTBXH) và Hải Phòng đặt ngưỡng bao nhiêu?", {2023}),  # named by its year
        # named by its subject and year, then whose it is; not what a plan sets of a year
        ("Hạn báo cáo năm trong kế hoạch năm 2023 của Sở Nội vụ và trong kế hoạch GDNN năm 2025 của tỉnh Lam Sơn?",
         {2023, 2025}),
        ("Kế hoạch đặt mục tiêu năm 2025 của tỉnh và của Phú Hà là bao nhiêu?", set()),
    ],
)
def test_a_year_right_after_a_plan_number_names_that_plan(question, years):
    assert plan_years(question) == years


def test_a_figure_the_plan_leaves_to_a_later_decision_is_said_to_be_missing():
    deferral = passage(1, "d", "IV. KINH PHÍ\nMức hỗ trợ đào tạo trình độ trung cấp cho lao động mất việc sẽ do Ủy ban "
                       "nhân dân tỉnh xem xét, quyết định sau.", "IV. KINH PHÍ")
    stated = passage(2, "s", "IV. KINH PHÍ\nMức hỗ trợ trình độ sơ cấp tối đa 4,5 triệu đồng/người/khóa học.", "IV. KINH PHÍ")
    asked = profile_question("Mức hỗ trợ trình độ trung cấp là bao nhiêu triệu đồng một người?")
    units = [u for u in passage_units(deferral) if not u.is_heading]
    assert deferred_figure([Evidence(tuple(units))], asked) is units[0]
    # a quoted figure of the kind asked is an answer; a question asking no figure is not about one
    both = [Evidence(tuple(units)), Evidence(tuple(u for u in passage_units(stated) if not u.is_heading))]
    assert deferred_figure(both, asked) is None
    assert deferred_figure([Evidence(tuple(units))], profile_question("Ai quyết định mức hỗ trợ trung cấp?")) is None


def test_a_time_or_figure_the_question_gives_is_no_answer_to_it():
    question = "Kỳ thi kỹ năng nghề năm 2023 tổ chức vào thời gian nào?"
    asked = profile_question(question)
    echo = [u for u in passage_units(passage(1, "e", "11. Hội thi\nTổ chức Kỳ thi kỹ năng nghề năm 2023.", "11. Hội thi"))
            if not u.is_heading]
    dated = [u for u in passage_units(passage(2, "d", "11. Hội thi\nTổ chức Kỳ thi trong tháng 9/2023.", "11. Hội thi"))
             if not u.is_heading]
    given = given_facts(question, asked)
    assert held_kinds(echo, asked) == {"date"}  # without the question's facts, as before
    assert held_kinds(echo, asked, given) == set()
    assert held_kinds(dated, asked, given) == {"date"}



def test_a_figure_the_question_gives_under_a_numbered_heading_is_no_answer_to_it():
    """"3. Ngân sách cấp huyện: 4,2 tỷ đồng." quoted back to "Ngân sách cấp huyện 4,2 tỷ thì huyện X được chia bao
    nhiêu": the item's number 3 is no figure, 4,2 the question's own; a line with another figure states one."""
    question = "Ngân sách cấp huyện 4,2 tỷ thì huyện Mường Khiêm được chia bao nhiêu?"
    asked = profile_question(question)
    budget = passage(1, "b", "C. KINH PHÍ\n3. Ngân sách cấp huyện: 4,2 tỷ đồng.\n4. Huyện Mường Khiêm: 0,6 tỷ đồng.",
                     "C. KINH PHÍ")
    echo, shared = [u for u in passage_units(budget) if not u.is_heading]
    given = given_facts(question, asked)
    assert held_kinds([echo], asked, given) == set()
    assert held_kinds([shared], asked, given) == {"number"}


@pytest.mark.parametrize(("question", "tasks"), [
    ("Sở Tài chính làm gì?", True),
    ("Nhiệm vụ của Sở Nội vụ là gì?", True),
    ("Sở Nội vụ chủ trì những việc gì?", True),
    ("Thành Đoàn được giao những việc gì, và phối hợp với sở nào?", True),  # the body's partners
    ("Hội Khuyến học thành phố Hải Phòng được đề nghị gì?", True),  # what the plan asks of a body it cannot order
    ("con hoi khuyen hoc thanh pho thi duoc de nghi nhung viec gi", True),
    ("Kế hoạch đề nghị gì với Bộ Lao động?", True),
    ("Kế hoạch 61/KH-UBND đề nghị Hội Nông dân tỉnh làm những việc cụ thể gì?", True),
    ("Trường Cao đẳng Kỹ thuật làm những việc cụ thể nào?", True),
    ("Sở Y tế có dính gì trong kế hoạch này không?", True),  # asked in a chat
    ("Hội Nông dân tham gia những việc gì?", True),
    ("Kế hoạch có quy định gì về học phí không?", False),  # "định gì" of a rule, no body's duty
    ("Theo phụ lục nhiệm vụ của kế hoạch GDNN Bạch Vân, Đề án sắp xếp các trung tâm GDNN-GDTX do ai phối hợp?", False),
    ("Việc rà soát các trung tâm GDNN-GDTX thì cơ quan nào chủ trì?", False),
    ("Ban Quản lý các khu công nghiệp được đề nghị làm gì, với quy mô bao nhiêu lao động?", False),
])
def test_a_question_about_what_a_body_does_is_not_one_about_who_does_a_task(question, tasks):
    from assistant.register_answers import asks_tasks_of_a_body

    assert asks_tasks_of_a_body(question) is tasks


def test_a_part_that_names_no_topic_asks_of_the_whole_questions_topic():
    from assistant.qa import part_profile

    question = "Tỷ lệ người học có việc làm sau tốt nghiệp năm 2026 là bao nhiêu, và năm 2025 thực tế đạt bao nhiêu?"
    whole = profile_question(question)
    first, second = question_parts(question)
    assert {"viec", "lam", "tot", "nghiep"} <= set(part_profile(second, whole, set()).keywords)
    assert part_profile(second, whole, set()).years == (2025,)
    # a part with a topic of its own keeps to it
    own = part_profile("kinh phí lấy từ nguồn ngân sách nào", profile_question("Cho vay bao nhiêu, kinh phí lấy từ "
                                                                             "nguồn ngân sách nào?"), set())
    assert "vay" not in own.keywords
    # "con số đó" points back at the figure asked before: its topic, the year of its own
    question = "Thu hút bao nhiêu phần trăm học sinh tốt nghiệp THCS vào học nghề năm 2025, và con số đó tăng lên bao " \
               "nhiêu vào năm 2030?"
    back = part_profile(question_parts(question)[-1], profile_question(question), set())
    assert {"thu", "hut", "hoc", "sinh"} <= set(back.keywords) and back.years == (2030,)
    # a part naming only its period ("còn định hướng giai đoạn 2026-2030 là bao nhiêu") asks the same rate of it
    question = "Tỷ lệ học sinh tốt nghiệp THCS đi học nghề năm 2025 là bao nhiêu, còn định hướng giai đoạn 2026-2030 " \
               "là bao nhiêu?"
    period = part_profile(question_parts(question)[-1], profile_question(question), set())
    assert {"ty", "le", "hoc", "sinh"} <= set(period.keywords) and period.years == (2026, 2030)


def test_a_year_written_beside_a_province_names_its_plan_of_that_year():
    from types import SimpleNamespace

    from assistant.qa import _designated
    from assistant.scope import province_years
    from index.normalize import fold_accents

    question = "So sánh tỷ lệ lao động qua đào tạo của Hà Nội năm 2023 với của tỉnh Bạch Vân (2025)"
    assert province_years(fold_accents(question), {"bach van"}) == {"ha noi": {2023}, "bach van": {2025}}
    assert province_years(fold_accents("Tuyển sinh năm 2023 của Hà Nội và Hải Phòng"), set()) == {}
    plans = {"kh70.txt": SimpleNamespace(province="Hà Nội", year=2023, title="Phát triển GDNN năm 2023"),
             "kh177.txt": SimpleNamespace(province="Hà Nội", year=2025, title="Đào tạo nghề giai đoạn 2025 - 2030"),
             "bv.txt": SimpleNamespace(province="Bạch Vân", year=2025, title="GDNN tỉnh Bạch Vân năm 2025")}
    index = SimpleNamespace(plans=plans)

    def asked(q, named=()):
        scope = Scope(tuple(plans), evidence=tuple((doc, 2.0 if doc in named else 1.0) for doc in plans))
        return _designated(index, SimpleNamespace(query=SimpleNamespace(restored=q), scope=scope), tuple(plans))

    assert asked(question) == ["kh70.txt", "bv.txt"]
    assert asked("So sánh tỷ lệ lao động qua đào tạo của Hà Nội và Bạch Vân") == list(plans)  # no year: every plan
    assert asked("Hà Nội năm 2019 và Bạch Vân năm 2025") == list(plans)  # no Hà Nội plan of 2019: both kept
    # a plan named beyond its province (by its number) stays beside the one its province and year name
    by_number = "Hà Nội năm 2023 đạt bao nhiêu, và kế hoạch 177 năm 2025 bao nhiêu?"
    assert "kh177.txt" in asked(by_number, named={"kh177.txt"}) and "kh177.txt" not in asked(by_number)


def test_a_deadline_asked_of_a_task_the_plan_gives_none_is_refused():
    """The task's sentence covers every word of the question but states no time: no deadline to quote."""
    task = passage(1, "task", "III. NHIỆM VỤ\n3. Xây dựng Bộ định mức kinh tế kỹ thuật đào tạo trình độ sơ cấp.",
                   "III. NHIỆM VỤ › 3. Xây dựng Bộ định mức kinh tế kỹ thuật đào tạo trình độ sơ cấp.")
    dated = passage(1, "dated", "III. NHIỆM VỤ\n3. Xây dựng Bộ định mức kinh tế kỹ thuật đào tạo trình độ sơ cấp, "
                    "hoàn thành trước ngày 30/6/2023.", "III. NHIỆM VỤ › 3. Xây dựng Bộ định mức")
    question = "Hạn hoàn thành Bộ định mức kinh tế kỹ thuật đào tạo trình độ sơ cấp là ngày nào?"
    assert answer_extractive(TwoProvinces([task]), WEIGHTS, retrieved(question, [task])).refused
    answer = answer_extractive(TwoProvinces([dated]), WEIGHTS, retrieved(question, [dated]))
    assert not answer.refused and "30/6/2023" in answer.text


def test_an_organisation_named_in_the_question_is_its_plans_issuer_whatever_its_standing_body():
    meta = {**META, "issuer": "Ban Thường vụ Tỉnh đoàn Ngân Hà", "province": "Ngân Hà"}
    targets = passage(1, "youth", "II. CHỈ TIÊU\nTư vấn hướng nghiệp cho 12.000 đoàn viên, thanh niên.", "II. CHỈ TIÊU",
                      **meta)
    best = score_units([targets], profile_question("Tư vấn hướng nghiệp cho bao nhiêu thanh niên?"), WEIGHTS)[0]
    evidence = Evidence((best.unit,))
    for question in ("Tỉnh đoàn Ngân Hà tư vấn hướng nghiệp cho bao nhiêu thanh niên?",
                     "Ban Thường vụ Tỉnh đoàn Ngân Hà tư vấn hướng nghiệp cho bao nhiêu thanh niên?"):
        assert signals_of(evidence, best, 0.8, retrieved(question, [targets]), None, 0.9).agency == 1.0, question


def test_years_enumerated_for_one_part_are_asked_of_its_siblings_too():
    parts = question_parts("Đến năm 2027 và đến năm 2030 tỉnh phấn đấu có bao nhiêu trường chất lượng cao, và khoảng "
                           "bao nhiêu lượt nghề trọng điểm?")
    assert parts == ["Đến năm 2027 tỉnh phấn đấu có bao nhiêu trường chất lượng cao",
                     "Đến năm 2030 tỉnh phấn đấu có bao nhiêu trường chất lượng cao",
                     "khoảng bao nhiêu lượt nghề trọng điểm năm 2027", "khoảng bao nhiêu lượt nghề trọng điểm năm 2030"]


def test_a_topic_before_a_colon_is_asked_of_every_part():
    parts = question_parts("Hạn báo cáo năm ở Lam Sơn: theo kế hoạch A gửi Sở Nội vụ trước ngày nào; còn theo kế hoạch "
                           "B gửi qua Sở Tài chính trước ngày nào?")
    assert parts == ["Hạn báo cáo năm ở Lam Sơn: theo kế hoạch A gửi Sở Nội vụ trước ngày nào",
                     "Hạn báo cáo năm ở Lam Sơn: còn theo kế hoạch B gửi qua Sở Tài chính trước ngày nào"]
    assert question_parts("Kế hoạch 70/KH-UBND: ai chủ trì?") == ["Kế hoạch 70/KH-UBND: ai chủ trì?"]
    # a conjunction inside that topic joins no parts: it is one topic ("sơ cấp và đào tạo thường xuyên")
    assert question_parts("Sơ cấp và đào tạo thường xuyên: Lam Sơn tuyển bao nhiêu người năm 2026, còn Phú Hà bao nhiêu "
                          "năm 2027?") == ["Sơ cấp và đào tạo thường xuyên: Lam Sơn tuyển bao nhiêu người năm 2026",
                                           "Sơ cấp và đào tạo thường xuyên: Phú Hà bao nhiêu năm 2027"]


def test_the_items_after_an_ask_and_its_colon_are_each_asked_by_it():
    """The ask comes first, what it asks of is listed after its colon: each item is a part on its own (its profile
    borrows the whole question's years and kinds); the ask's words would only dilute each item's own."""
    assert question_parts("Hai kế hoạch có khớp nhau về chỉ tiêu năm 2025 không: tỷ lệ lao động qua đào tạo có bằng "
                          "cấp, chứng chỉ, và tỷ lệ lực lượng lao động được đào tạo lại?") == [
        "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "tỷ lệ lực lượng lao động được đào tạo lại"]
    assert question_parts("Sở nào chủ trì: lập kế hoạch đào tạo nghề, và khảo sát nhu cầu học nghề?") == [
        "lập kế hoạch đào tạo nghề", "khảo sát nhu cầu học nghề"]
    # a "không" inside the question asks nothing: "không" asks at its clause's end
    assert question_parts("Trường có được miễn học phí không?") == ["Trường có được miễn học phí không?"]


def test_a_figure_asked_of_each_level_listed_is_a_part_a_level():
    assert question_parts("Năm 2026 đào tạo tổng cộng bao nhiêu lao động, và chia ra trình độ cao đẳng, trung cấp, "
                          "sơ cấp mỗi loại bao nhiêu người?") == [
        "Năm 2026 đào tạo tổng cộng bao nhiêu lao động", "chia ra trình độ cao đẳng mỗi loại bao nhiêu người",
        "chia ra trình độ trung cấp mỗi loại bao nhiêu người", "chia ra trình độ sơ cấp mỗi loại bao nhiêu người"]
    assert len(question_parts("Chỉ tiêu tuyển sinh theo từng trình độ — cao đẳng, trung cấp, sơ cấp — là bao nhiêu "
                              "người?")) == 3
    # two levels together are one figure unless asked of each ("trình độ cao đẳng, trung cấp chiếm khoảng 19%")
    assert question_parts("Tỷ lệ trình độ cao đẳng, trung cấp chiếm bao nhiêu?") == [
        "Tỷ lệ trình độ cao đẳng, trung cấp chiếm bao nhiêu?"]


def test_a_part_naming_only_a_level_asks_the_wholes_topic_of_that_level_alone():
    whole = profile_question("Năm 2026 đào tạo tổng cộng bao nhiêu lao động, chia ra trình độ cao đẳng, trung cấp "
                             "mỗi loại bao nhiêu người?")
    part = part_profile("chia ra trình độ cao đẳng mỗi loại bao nhiêu người", whole, set())
    assert {"dao", "tao", "lao", "dong", "cao", "dang"} <= set(part.keywords)
    assert not {"trung", "cap"} & set(part.keywords)  # the other level listed is not asked here
    assert part.qualifiers == frozenset({"cao dang"})


def test_a_question_asking_each_plan_its_own_thing_is_divided_by_plan():
    plans = {
        "a.txt": PlanMetadata("a.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                              "Giáo dục nghề nghiệp năm 2023"),
        "b.txt": PlanMetadata("b.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                              "Đào tạo nghề cho lao động nông thôn"),
    }
    table = PlanScope.of(plans)
    own = parts_by_plan("Theo KH70 các đơn vị gửi báo cáo năm trước ngày nào; còn theo KH177 báo cáo hằng năm gửi qua "
                        "Sở Giáo dục và Đào tạo trước ngày nào và sở này báo cáo Thành phố trước ngày nào?",
                        table, ("a.txt", "b.txt"))
    assert own == {"a.txt": "Theo KH70 các đơn vị gửi báo cáo năm trước ngày nào",
                   "b.txt": "còn theo KH177 báo cáo hằng năm gửi qua Sở Giáo dục và Đào tạo trước ngày nào và "
                            "sở này báo cáo Thành phố trước ngày nào"}
    # a part that points back to no plan is asked of each
    shared = parts_by_plan("Theo KH70 các đơn vị gửi báo cáo trước ngày nào, còn theo KH177 các sở gửi báo cáo năm qua "
                           "Sở Tài chính trước ngày nào, và UBND Thành phố nhận báo cáo tổng hợp trước ngày nào?", table,
                           ("a.txt", "b.txt"))
    assert all(side.endswith("UBND Thành phố nhận báo cáo tổng hợp trước ngày nào") for side in shared.values())
    assert len(shared) == 2
    # one topic asked of both, a comparison, "cùng": no division
    assert parts_by_plan("Chỉ tiêu tuyển sinh năm 2025 của KH177 bao nhiêu, còn của KH70 là bao nhiêu?", table,
                         ("a.txt", "b.txt")) == {}
    assert parts_by_plan("Hạn báo cáo năm trong KH70 và trong KH177 chênh nhau thế nào?", table, ("a.txt", "b.txt")) == {}
    assert parts_by_plan("KH70 và KH177 cùng thực hiện quyết định nào của Thủ tướng?", table, ("a.txt", "b.txt")) == {}
    # a premise both share, said before them ("Cùng dựa trên …:"), asks nothing the same of both
    premised = parts_by_plan("Cùng dựa trên QĐ 761: theo KH70 đầu tư mấy trường cao đẳng, còn theo KH177 đào tạo nghề "
                             "gì cho lao động nông thôn?", table, ("a.txt", "b.txt"))
    assert set(premised) == {"a.txt", "b.txt"} and "mấy trường" in premised["a.txt"] and "nghề gì" in premised["b.txt"]
    # a comparison across periods, each plan its own year: each side is asked its own
    apart = parts_by_plan("So sánh tỷ lệ qua đào tạo: KH70 đặt cho năm 2023 là bao nhiêu, còn KH177 đặt cho năm 2027 là "
                          "bao nhiêu?", table, ("a.txt", "b.txt"))
    assert "2023" in apart["a.txt"] and "2027" not in apart["a.txt"] and "2027" in apart["b.txt"]
    # a plan's number typed on its kind ("KH177") names it, no topic of the part
    assert parts_by_plan("Việc chỉ đạo báo chí tuyên truyền trong KH70 giao sở nào, còn trong KH177 giao sở nào?", table,
                         ("a.txt", "b.txt")) == {}
    # one thing asked of both plans: no division
    assert parts_by_plan("KH70 và KH177 của Hà Nội giao sở nào chủ trì?", table, ("a.txt", "b.txt")) in (
        {}, {"a.txt": "KH70 sở nào chủ trì", "b.txt": "KH177 của Hà Nội giao sở nào chủ trì"})


def test_a_list_named_in_line_that_a_chunk_boundary_cut_is_quoted_whole():
    section = "6. Đầu tư trường chất lượng cao"
    cut = passage(1, "cut", f"{section}\n- Đầu tư 04 trường cao đẳng thành trường chất lượng cao, cụ thể: Trường Cao "
                  "đẳng A; Trường Cao đẳng B;", section, ordinal=8)
    rest = passage(9, "rest", f"{section}\nTrường Cao đẳng C; Trường Cao đẳng D.\n- Đầu tư thiết bị cho 16 trường.",
                   section, ordinal=9)
    unrelated = passage(9, "next", "7. Nhà giáo\nTrường Cao đẳng E bồi dưỡng nhà giáo.", "7. Nhà giáo", ordinal=10)
    evidence = Evidence(tuple(u for u in passage_units(cut) if not u.is_heading))
    quoted = [u.text for u in with_continuation(Sections([cut, rest, unrelated]), evidence).units]
    assert quoted[-2:] == ["Trường Cao đẳng C;", "Trường Cao đẳng D."] and not any("thiết bị" in q for q in quoted)
    whole = Evidence(tuple(u for u in passage_units(rest) if not u.is_heading))
    assert with_continuation(Sections([cut, rest]), whole) == whole  # a line that ends its sentence goes on with none


def test_sources_asked_in_other_words_than_the_funding_heading_quote_its_whole_enumeration():
    section = passage(1, "funding", f"{FUNDING}\n" + "\n".join(FUNDING_ITEMS), FUNDING, ordinal=50)
    one = Evidence((passage_units(section)[2],))
    asked = profile_question("Tiền để làm công tác đào tạo nghề năm 2027 lấy từ những nguồn nào?")
    assert [u.text for u in with_enumeration(Sections([section]), one, asked, WEIGHTS).units] == list(FUNDING_ITEMS)
    other = passage(1, "tasks", "III. NHIỆM VỤ\n- Đào tạo nghề cho 500 người.\n- Tư vấn nghề cho 300 người.",
                    "III. NHIỆM VỤ", ordinal=30)
    one_task = Evidence((passage_units(other)[1],))
    assert with_enumeration(Sections([other]), one_task, asked, WEIGHTS) == one_task  # no funding heading


def test_a_reviewers_opinion_joins_the_draft_point_it_judges():
    """A council committee's report: the draft's figure is no decision; the committee's opinion after it says what
    becomes of it ("Ban không thống nhất …"), and the next point's draft line is no opinion."""
    review = passage(1, "review", "III. NỘI DUNG DỰ THẢO\nc) Hỗ trợ học trung cấp\n- Dự thảo quy định hỗ trợ người "
                     "khuyết tật học trung cấp mức 1.000.000 đồng/người/tháng.\n- Ý kiến của Ban: Ban không thống nhất "
                     "với nội dung này, đề nghị bỏ.\n- Dự thảo quy định hỗ trợ 30.000.000 đồng/phiên giao dịch việc làm.",
                     "III. NỘI DUNG DỰ THẢO › c) Hỗ trợ học trung cấp")
    units = passage_units(review)
    draft = next(u for u in units if "1.000.000" in u.text)
    assert [u.text for u in with_sequels(Evidence((draft,))).units][1].startswith("- Ý kiến của Ban: Ban không")
    opinion = next(u for u in units if "Ý kiến" in u.text)
    assert with_sequels(Evidence((opinion,))).units == (opinion,)


def test_the_plans_sources_of_money_come_from_its_funding_part_not_a_tasks_line():
    """ "Kinh phí thực hiện từ những nguồn nào?": the plan's part on its money says it in prose; one task's "- Nguồn
    kinh phí: …" line names a list's noun, but only that task's sources."""
    from assistant.extractive import best_measured

    task = passage(1, "task", "III. NỘI DUNG\n9.3. Hỗ trợ học sinh học trung cấp\n- Mức hỗ trợ: 30% chi phí.\n- Nguồn "
                   "kinh phí: Ngân sách tỉnh và xã hội hóa.", "III. NỘI DUNG › 9.3. Hỗ trợ học sinh học trung cấp",
                   ordinal=50)
    money = passage(2, "money", "IV. Kinh phí thực hiện\nKinh phí thực hiện kế hoạch được bố trí trong dự toán chi ngân "
                    "sách hằng năm; từ Quỹ bảo hiểm thất nghiệp và nguồn thu hoạt động của các cơ sở đào tạo.",
                    "IV. Kinh phí thực hiện", 0.9, ordinal=60)
    profile = profile_question("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?")
    best = best_measured(score_units([task, money], profile, WEIGHTS), profile)
    assert best is not None and "Quỹ bảo hiểm thất nghiệp" in best.unit.text


def test_a_funding_part_of_another_year_names_no_sources_of_the_year_asked():
    """A report's money part for last year ("III. KINH PHÍ THỰC HIỆN NĂM 2025 › Số kinh phí chưa giải ngân …") names
    no source of next year's money: the part for the year asked does."""
    from assistant.extractive import best_measured, in_funding_part

    last = passage(1, "last", "III. KINH PHÍ THỰC HIỆN NĂM 2025\nSố kinh phí chưa giải ngân 3,8 tỷ đồng chủ yếu thuộc "
                   "nguồn vốn chương trình mục tiêu quốc gia, được chuyển nguồn sang năm 2026.",
                   "III. KINH PHÍ THỰC HIỆN NĂM 2025", ordinal=40)
    assert in_funding_part(passage_units(last)[-1]) and in_funding_part(passage_units(last)[-1], (2025,))
    assert not in_funding_part(passage_units(last)[-1], (2026,))
    nxt = passage(2, "next", "IV. KINH PHÍ THỰC HIỆN NĂM 2026\n1. Hỗ trợ người học nghề được bố trí từ ngân sách tỉnh "
                  "và nguồn xã hội hóa.", "IV. KINH PHÍ THỰC HIỆN NĂM 2026", 0.8, ordinal=50)
    profile = profile_question("Kinh phí năm 2026 lấy từ những nguồn nào?")
    best = best_measured(score_units([last, nxt], profile, WEIGHTS), profile)
    assert best is not None and "xã hội hóa" in best.unit.text


def test_the_money_of_a_bodys_own_work_is_in_its_item_not_the_plans_funding_part():
    """"Sở Công Thương hỗ trợ đào tạo nghề ở làng nghề lấy kinh phí từ đâu?": that body's item names it ("… từ nguồn
    kinh phí khuyến công"); the plan's funding part answers where the plan's money comes from."""
    from assistant.extractive import asks_plans_money, best_measured

    item = passage(1, "item", "D. TỔ CHỨC THỰC HIỆN\n5. Sở Công Thương\nChủ trì hỗ trợ đào tạo nghề, truyền nghề cho "
                   "lao động tại 05 làng nghề truyền thống từ nguồn kinh phí khuyến công năm 2025.",
                   "D. TỔ CHỨC THỰC HIỆN › 5. Sở Công Thương", ordinal=70)
    money = passage(2, "money", "C. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện kế hoạch từ ngân sách tỉnh 17,8 tỷ đồng và "
                    "nguồn xã hội hóa.", "C. KINH PHÍ THỰC HIỆN", ordinal=60)
    asked = profile_question("Sở Công Thương hỗ trợ đào tạo nghề ở làng nghề lấy kinh phí từ đâu?")
    assert not asks_plans_money(asked)
    best = best_measured(score_units([money, item], asked, WEIGHTS), asked)
    assert best is not None and "khuyến công" in best.unit.text
    whole = profile_question("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?")
    assert asks_plans_money(whole)
    best = best_measured(score_units([money, item], whole, WEIGHTS), whole)
    assert best is not None and "ngân sách tỉnh" in best.unit.text


def test_a_sentence_speaking_of_the_quoted_one_by_a_demonstrative_joins_it():
    """"Có được tính vào tổng kinh phí không?": the plan says so in the sentence after the figure, "Nguồn vốn này …"."""
    credit = passage(1, "credit", "II. NGUỒN VỐN TÍN DỤNG\nNgân hàng Chính sách xã hội dự kiến giải ngân khoảng 85 tỷ "
                     "đồng vốn vay. Nguồn vốn này không tổng hợp vào tổng kinh phí nêu tại Mục I. Kế hoạch này được "
                     "phổ biến rộng rãi.", "II. NGUỒN VỐN TÍN DỤNG")
    loan = next(u for u in passage_units(credit) if "85 tỷ" in u.text)
    quoted = [u.text for u in with_sequels(Evidence((loan,))).units]
    assert quoted == [loan.text, "Nguồn vốn này không tổng hợp vào tổng kinh phí nêu tại Mục I."]
    # the document itself ("Kế hoạch này …") is no sequel of its sentence, and a sentence without one stays alone
    sequel = next(u for u in passage_units(credit) if u.text.startswith("Nguồn vốn này"))
    assert [u.text for u in with_sequels(Evidence((sequel,))).units] == [sequel.text]
    plain = passage(2, "plain", "I. MỤC TIÊU\nTuyển sinh 3.000 người. Tỷ lệ có việc làm đạt 80%.", "I. MỤC TIÊU")
    first = passage_units(plain)[1]
    assert with_sequels(Evidence((first,))).units == (first,)


def test_a_plan_issued_after_the_year_asked_is_not_asked_of_it():
    """"Hà Nội năm 2023 …": Hà Nội's plan of 2025 sets no target for 2023; asked of results, or named, it stays."""
    plans = {
        "kh70.txt": PlanMetadata("kh70.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                                 "Triển khai thực hiện công tác giáo dục nghề nghiệp năm 2023"),
        "kh177.txt": PlanMetadata("kh177.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                                  "Đổi mới công tác đào tạo nghề cho lao động nông thôn"),
        "hd.txt": PlanMetadata("hd.txt", "Kế hoạch 5/KH-SLĐTBXH (Hải Dương)", "Hải Dương", "5/KH-SLĐTBXH", 2024,
                               "Phát triển nguồn nhân lực"),
    }
    assert resolve_scope("Kinh phí đào tạo nghề ở Hà Nội năm 2023 lấy từ những nguồn nào?", plans).docs == ("kh70.txt",)
    assert set(resolve_scope("Kết quả đào tạo nghề ở Hà Nội năm 2023 đạt bao nhiêu?", plans).docs) == {
        "kh70.txt", "kh177.txt"}  # results of 2023 may be told in a later plan
    assert "kh177.txt" in resolve_scope("Kế hoạch 177 của Hà Nội nói gì về năm 2023?", plans).docs  # named
    # a province whose plans were all issued later keeps them: its side of the question is its own
    both = resolve_scope("Năm 2023 Hà Nội và Hải Dương đặt tỷ lệ lao động qua đào tạo bao nhiêu?", plans).docs
    assert set(both) == {"kh70.txt", "hd.txt"}


def test_what_a_question_asks_of_a_plan_it_names_by_title_is_searched_without_the_name():
    plan = PlanMetadata("kh177.txt", "Kế hoạch 177/KH-UBND (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025,
                        "Thực hiện Chỉ thị số 37-CT/TW về đổi mới công tác đào tạo nghề cho lao động nông thôn")
    question = "Theo kế hoạch thực hiện Chỉ thị 37 của Hà Nội, mỗi năm bao nhiêu người đi học nghề?"
    assert asked_of_plan(question, profile_question(question), plan) == (
        "Theo kế hoạch của Hà Nội, mỗi năm bao nhiêu người đi học nghề?")
    # a question naming the plan by nothing but its number and province is searched as it is
    plain = "Theo Kế hoạch 177 của Hà Nội, mỗi năm bao nhiêu người đi học nghề?"
    assert asked_of_plan(plain, profile_question(plain), plan) == ""
    # the years of its own period name it too; a year of its period asked on its own is asked
    scheme = PlanMetadata("dl.md", "Đề án (Đông Lĩnh)", "Đông Lĩnh", "318/QĐ-UBND", 2026,
                          "Đề án đào tạo nghề, chuyển đổi nghề cho lao động mất việc giai đoạn 2026–2030")
    defined = "Đề án đào tạo nghề Đông Lĩnh 2026-2030 định nghĩa lao động mất việc là người như thế nào?"
    assert "2026" not in asked_of_plan(defined, profile_question(defined), scheme)
    year = "Đề án đào tạo nghề của Đông Lĩnh năm 2027 tuyển bao nhiêu?"
    assert "2027" in asked_of_plan(year, profile_question(year), scheme)


def test_a_span_asked_is_answered_by_the_span_not_one_of_its_years():
    """A plan for 2026 - 2030 with phase targets and a yearly annex: "giai đoạn 2026-2028" is the phase's sentence
    ("a) Giai đoạn 2026 - 2028" over it), not the annex row of 2028 that names a year of it."""
    phased = {"year": 2026, "title": "Kế hoạch đào tạo nghề giai đoạn 2026 - 2030"}
    phase = passage(2, "phase", "II. MỤC TIÊU\na) Giai đoạn 2026 - 2028\n- Tuyển sinh, đào tạo nghề cho 69.300 người.",
                    "II. MỤC TIÊU › a) Giai đoạn 2026 - 2028", ordinal=5, **phased)
    row = passage(1, "row", "Phụ lục: Chỉ tiêu tuyển sinh theo năm\n2028 | Tuyển sinh, đào tạo nghề: 23.000 người",
                  "Phụ lục: Chỉ tiêu tuyển sinh theo năm", ordinal=40, **phased)
    profile = profile_question("Giai đoạn 2026-2028 tuyển sinh đào tạo nghề bao nhiêu người?")
    assert "69.300" in score_units([row, phase], profile, WEIGHTS)[0].unit.text


def test_a_year_asked_is_answered_under_its_own_heading_not_the_horizons():
    """A plan for 2026 - 2027 gives targets "đến hết năm 2027" (both years together) and "Năm 2027" (that year
    alone), neither sentence naming a year: "năm 2027" asks the second, "đến hết năm 2027" the first."""
    two_years = {"year": 2026, "title": "Kế hoạch đào tạo chuyển đổi nghề năm 2026 - 2027"}
    horizon = passage(1, "horizon", "1. Chỉ tiêu chung đến hết năm 2027\nb) Bình quân hai năm, tối thiểu 78% người "
                      "học có việc làm mới.", "II. CHỈ TIÊU › 1. Chỉ tiêu chung đến hết năm 2027", ordinal=3,
                      **two_years)
    year = passage(2, "year", "2.2. Năm 2027\nb) Ít nhất 80% người học có việc làm mới.",
                   "II. CHỈ TIÊU › 2. Chỉ tiêu cụ thể từng năm › 2.2. Năm 2027", ordinal=6, **two_years)
    for question, share in (("Năm 2027 bao nhiêu phần trăm người học có việc làm mới?", "80%"),
                            ("nam 2027 bao nhieu phan tram nguoi hoc co viec lam moi", "80%"),
                            ("Đến hết năm 2027 bao nhiêu phần trăm người học có việc làm mới?", "78%"),
                            ("den het nam 2027 bao nhieu phan tram nguoi hoc co viec lam moi", "78%")):
        assert share in score_units([horizon, year], profile_question(question), WEIGHTS)[0].unit.text, question


def test_a_milestone_before_the_plans_last_year_is_that_years_part():
    """A plan for 2026 - 2027 gives its targets "1. Đến hết năm 2026" and "2. Đến hết năm 2027": the first is the
    part of 2026, so "năm 2026" is answered by its line, not by a task row whose deadline falls in 2026."""
    two_years = {"year": 2026, "title": "Kế hoạch chuyển đổi số năm 2026 - 2027"}
    milestone = passage(1, "milestone", "1. Đến hết năm 2026\nd) Tối thiểu 50% hồ sơ đăng ký dự tuyển được tiếp nhận "
                        "trực tuyến.", "II. CHỈ TIÊU › 1. Đến hết năm 2026", ordinal=4, **two_years)
    row = passage(2, "row", "III. NHIỆM VỤ\nXây dựng cổng tiếp nhận hồ sơ dự tuyển trực tuyến | Sản phẩm: 100% cơ "
                  "sở có tài khoản | Thời gian: Trước 31/12/2026", "III. NHIỆM VỤ", ordinal=9, **two_years)
    profile = profile_question("Năm 2026 tỷ lệ hồ sơ dự tuyển nộp trực tuyến là bao nhiêu?")
    assert "50%" in score_units([row, milestone], profile, WEIGHTS)[0].unit.text


def test_an_item_under_a_lead_naming_the_year_speaks_of_that_year():
    """"Phấn đấu đến năm 2025:" opens the list in one chunk; "đ) … bảo hiểm xã hội đạt 55%" stands in the next,
    naming no year: asked "đến 2025", that item answers, not a passage elsewhere that names the year."""
    section = "II. MỤC TIÊU › 2. Mục tiêu cụ thể"
    market = {"title": "Phát triển thị trường lao động linh hoạt, hiện đại, bền vững"}  # a plan of no single year
    lead = passage(3, "lead", "II. MỤC TIÊU\n2. Mục tiêu cụ thể\nPhấn đấu đến năm 2025:\n- a) Tỷ trọng lao động nông "
                   "nghiệp dưới 10%.", section, ordinal=20, **market)
    item = passage(1, "item", "II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- đ) Tỷ lệ lực lượng lao động trong độ tuổi tham gia "
                   "bảo hiểm xã hội đạt 55%; 52% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp.",
                   section, ordinal=21, **market)
    other = passage(2, "other", "III. NHIỆM VỤ\nTriển khai thực hiện tốt các chỉ tiêu phát triển đối tượng tham gia "
                    "bảo hiểm xã hội đến năm 2025.", "III. NHIỆM VỤ", ordinal=40, **market)
    index = Sections([lead, item, other])
    assert speaks_of_years(index, item, (2025,)) and not speaks_of_years(index, item, (2030,))
    r = retrieved("Đến 2025 bao nhiêu % lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội?", [item, other])

    class Index(Sections):
        plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**META, **market, "doc": "hn-2023.txt"})}

    answer = answer_extractive(Index([lead, item, other]), WEIGHTS, r)
    assert not answer.refused and "55%" in answer.text, answer.text


def test_a_tables_caption_titles_its_rows():
    """ "Bảng 1. Chỉ tiêu tuyển sinh …" stands between the heading path and the rows: its words are the row's
    heading words (half credit), as a heading's would be; a chunk of prose has no caption."""
    row = passage(1, "row", "II. MỤC TIÊU\n2. Chỉ tiêu năm 2026\nBảng 1. Chỉ tiêu tuyển sinh giáo dục nghề nghiệp\n"
                  "Trình độ cao đẳng | Đơn vị tính: Người | Kế hoạch năm 2026: 2.150\n| 1 | Trình độ cao đẳng | Người "
                  "| 2.150 |", "II. MỤC TIÊU › 2. Chỉ tiêu năm 2026")
    assert table_caption(row) == "Bảng 1. Chỉ tiêu tuyển sinh giáo dục nghề nghiệp"
    assert {"tuyen", "sinh", "giao", "duc"} <= path_terms(row)
    prose = passage(2, "prose", "II. MỤC TIÊU\n2. Chỉ tiêu năm 2026\nTuyển sinh 28.400 người.",
                    "II. MỤC TIÊU › 2. Chỉ tiêu năm 2026")
    assert table_caption(prose) == ""


def test_a_sections_own_heading_is_read_as_written_not_as_the_path_shortens_it():
    """The path cuts "2. Chủ trì … phân công tại các chương trình, kế hoạch của tỉnh, cụ thể:" before the words that
    say what the section lists; a list question reads the heading whole to know its enumeration is the answer."""
    heading = ("2. Chủ trì, phối hợp với các sở, ban, ngành, địa phương tổ chức triển khai thực hiện một số nhiệm vụ được "
               "Ủy ban nhân dân tỉnh phân công tại các chương trình, kế hoạch của tỉnh, cụ thể:")
    item = passage(1, "item", f"II. NỘI DUNG\n{heading}\n- Kế hoạch số 3231/KH-UBND ngày 07/9/2020 về nhân lực;",
                   f"II. NỘI DUNG › {heading[:100]}…")
    assert own_heading(item) == heading
    prose = passage(2, "prose", "II. NỘI DUNG\nTuyển sinh 28.400 người.", "II. NỘI DUNG")
    assert own_heading(prose) == "II. NỘI DUNG"


@pytest.mark.parametrize(("question", "named"), [
    ("Chỉ tiêu cao đẳng mỗi năm định hướng là bao nhiêu?", set()),  # "năm định" is no Nam Định
    ("Tỉnh Sơn là gì trong kế hoạch?", set()),
    ("Nam Định tuyển sinh bao nhiêu?", {"nam dinh"}),
    ("nam dinh tuyen sinh bao nhieu", {"nam dinh"}),  # typed without marks: any reading
    ("Hoà Bình tuyển sinh bao nhiêu?", {"hoa binh"}),  # the other tone placement
    ("Ha Nội tuyển sinh bao nhiêu?", {"ha noi"}),  # some marks left out
])
def test_a_province_is_named_only_where_the_marks_typed_write_it(question, named):
    from index.normalize import fold_accents

    assert named_provinces(fold_accents(question), set(), question) == named


def test_a_plan_asked_of_with_a_phrase_that_folds_to_a_province_stays_in_scope():
    plans = {"bv.txt": PlanMetadata("bv.txt", "Quyết định 647/QĐ-UBND (Bạch Vân)", "Bạch Vân", "647/QĐ-UBND", 2025)}
    scope = resolve_scope("Chỉ tiêu cao đẳng mỗi năm định hướng là bao nhiêu (theo Quyết định 647/QĐ-UBND)?", plans)
    assert scope.docs == ("bv.txt",) and not scope.out_of_scope


def test_marks_restored_to_a_question_typed_without_them_cannot_unname_a_province():
    """"da nang" restored as "đa năng" is still Đà Nẵng as typed: the plans have none of its, so it is refused."""
    plans = {"hn.txt": PlanMetadata("hn.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023)}
    typed = "chi tieu cao dang nam 2023 cua da nang la bao nhieu"
    restored = "chỉ tiêu cao đẳng năm 2023 của đa năng là bao nhiêu"
    assert "Đà Nẵng" in resolve_scope(restored, plans, typed=typed).out_of_scope
    assert not resolve_scope(restored, plans).out_of_scope  # the restored marks alone write no Đà Nẵng


def test_the_author_of_a_cited_document_named_after_its_kind_is_not_asked():
    """"căn cứ nghị quyết HĐND số mấy" asks a document's number: the council wrote it, nobody asks it to act. The
    plan's own bodies stay asked ("theo kế hoạch Sở Y tế phải làm gì")."""
    assert asked_bodies("Kế hoạch căn cứ nghị quyết HĐND tỉnh số mấy?") == []
    assert asked_bodies("kh can cu quyet dinh ubnd tinh nao") == []
    assert asked_bodies("Theo kế hoạch Sở Y tế phải làm gì?") == ["Sở Y tế"]
    assert asked_bodies("HĐND tỉnh giám sát việc gì?") == ["Hội đồng nhân dân"]


def test_a_part_naming_the_plan_asking_its_signer_is_a_part_of_its_own():
    """ "… cùng thực hiện QĐ nào? mỗi KH ai ký?": "ai ký" has no topic words, yet asks another thing; the date asked
    right after a decision ("thực hiện quyết định nào, ban hành ngày nào") is that decision's, one part."""
    assert question_parts("KH chiến lược của Hải Phòng thực hiện QĐ nào của Thủ tướng? mỗi KH ai ký?") == [
        "KH chiến lược của Hải Phòng thực hiện QĐ nào của Thủ tướng", "mỗi KH ai ký"]
    for one in ("Kế hoạch 70/KH-UBND thực hiện quyết định nào, ban hành ngày nào?", "Kế hoạch 70 do ai ký và ban hành ngày nào?"):
        assert question_parts(one) == [one]


def test_a_lead_announcing_its_items_is_judged_with_them():
    """ "Kinh phí thực hiện Kế hoạch bao gồm:" states no source; its items, sections of their own, do: the answer
    quotes the lead with them, and the decision to answer reads them too (the lead alone held no fact asked)."""
    top = "IV. KINH PHÍ THỰC HIỆN"
    lead = passage(1, "lead", f"{top}\nKinh phí thực hiện Kế hoạch bao gồm:", top, ordinal=40)
    items = ("1. Nguồn ngân sách nhà nước cấp hàng năm theo phân cấp.", "2. Nguồn vốn vay ưu đãi nước ngoài, vốn ODA.",
             "3. Nguồn thu từ học phí và các nguồn thu hợp pháp khác.")
    children = [passage(2 + i, f"c{i}", f"{top}\n{text}", f"{top} › {text}", ordinal=41 + i)
                for i, text in enumerate(items)]
    r = retrieved("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?", [lead, *children])

    class Index(Sections):
        plans = {"hn-2023.txt": PlanMetadata.from_chunk_metadata({**META, "doc": "hn-2023.txt"})}

    found = single_plan_evidence(Index([lead, *children]), WEIGHTS, r, None, None)
    assert found is not None and found[1].kinds == 1.0
    answer = answer_extractive(Index([lead, *children]), WEIGHTS, r)
    assert not answer.refused and all(text[3:20] in answer.text for text in items), answer.text


def test_a_line_closing_its_item_is_read_with_the_item():
    """"- Phân công thực hiện: Thanh tra Sở chủ trì …" says little of its own: its task is the item it closes
    ("8.3 … thanh tra việc thực hiện pháp luật về lao động … tại cơ sở giáo dục nghề nghiệp, doanh nghiệp"). Asked who
    leads that inspection, it answers, not the line closing another item whose body merely shares the question's
    words ("Phòng GDNN chủ trì, phối hợp với Thanh tra sở")."""
    plan = {"title": "Kế hoạch phát triển nguồn nhân lực năm 2023"}
    other = passage(1, "other", "8. Kiểm tra, thanh tra\n8.2 Đẩy mạnh kiểm tra hoạt động của các cơ sở giáo dục nghề "
                    "nghiệp, bảo đảm đào tạo đúng quy định của pháp luật.\n- Phân công thực hiện: Phòng GDNN chủ trì, "
                    "phối hợp với Thanh tra sở.", "III. NỘI DUNG › 8. Kiểm tra, thanh tra", ordinal=30, **plan)
    item = passage(2, "item", "8. Kiểm tra, thanh tra\n8.3 Tăng cường thanh tra việc thực hiện pháp luật về lao động, "
                   "giáo dục nghề nghiệp tại cơ sở giáo dục nghề nghiệp, doanh nghiệp.\n- Phân công thực hiện: Thanh tra "
                   "Sở chủ trì, phối hợp với các phòng liên quan.", "III. NỘI DUNG › 8. Kiểm tra, thanh tra",
                   ordinal=31, **plan)
    profile = profile_question("ai chu tri thanh tra viec thuc hien phap luat lao dong, GDNN tai co so GDNN va doanh "
                               "nghiep")
    best = score_units([other, item], profile, WEIGHTS)[0].unit.text
    assert best.startswith("- Phân công thực hiện: Thanh tra Sở chủ trì"), best


def test_a_question_mark_ends_a_question_the_words_before_it_finish_its_name():
    """ "… kế hoạch GQVL và đào tạo nghề năm 2027? Ai lo việc này?": the name is one, the second ask is about it."""
    assert question_parts("Khi nào trình dự thảo kế hoạch GQVL và đào tạo nghề năm 2027? Sở nào rà soát số liệu?") == [
        "Khi nào trình dự thảo kế hoạch GQVL và đào tạo nghề năm 2027", "Sở nào rà soát số liệu"]
    # "việc này" names what the first part asked, no topic of its own: one question
    question = "Khi nào phải trình dự thảo kế hoạch GQVL và đào tạo nghề năm 2027? ai lo việc này?"
    assert question_parts(question) == [question]


def test_the_lead_of_an_items_list_dates_the_item():
    """A monitoring plan: "Đánh giá … so với các chỉ tiêu đến năm 2025 …, gồm:" in the part's text, "a) Tỷ lệ lao
    động qua đào tạo đạt 62% …" an item of its own under it: asked "hết năm 2025", the lead's year is the item's.
    A parent's text that leads no list (no colon) dates nothing."""
    part = "II. NỘI DUNG › 2. Kết quả thực hiện các chỉ tiêu"
    lead = passage(1, "lead", "II. NỘI DUNG\n2. Kết quả thực hiện các chỉ tiêu\nĐánh giá kết quả so với các chỉ tiêu đến "
                   "năm 2025 tại Nghị quyết số 27/NQ-HĐND, gồm:", part, ordinal=5)
    item = passage(2, "item", "a) Tỷ lệ lao động qua đào tạo đạt 62%;", f"{part} › a) Tỷ lệ lao động qua đào tạo",
                   ordinal=6)
    unit = types.SimpleNamespace(passage=item)
    assert "đến năm 2025" in dated_leads(Sections([lead, item]), [unit], (2025,))
    assert dated_leads(Sections([lead, item]), [unit], (2030,)) == ""
    prose = passage(1, "prose", "II. NỘI DUNG\n2. Kết quả thực hiện các chỉ tiêu\nNăm 2025 là năm cuối giai đoạn.", part,
                    ordinal=5)
    assert dated_leads(Sections([prose, item]), [unit], (2025,)) == ""


# A decision publishing administrative procedures: the list table's row of a procedure, and that procedure's fields.
_PROCEDURE = "2. Thủ tục cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp"
_LISTED = passage(1, "listed", "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH\nCấp giấy phép hoạt động dịch vụ việc làm của "
                  "doanh nghiệp | Thời hạn giải quyết: 10 ngày làm việc | Địa điểm thực hiện: Trung tâm Phục vụ "
                  "hành chính công tỉnh", "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH", ordinal=30)
_FIELDS = passage(2, "fields", f"PHẦN II. NỘI DUNG CỤ THỂ\n{_PROCEDURE}\nđ) Cơ quan thực hiện: Cơ quan có thẩm quyền "
                  "quyết định: Chủ tịch Ủy ban nhân dân tỉnh.\nh) Yêu cầu, điều kiện: Doanh nghiệp ký quỹ "
                  "300.000.000 đồng.", f"PHẦN II. NỘI DUNG CỤ THỂ › {_PROCEDURE}", 0.8, ordinal=35)
# a corpus where decisions and bodies are everywhere, as in plans: the procedure's name is the rarer part
_PROCEDURE_WEIGHTS = TermWeights([_LISTED.text, _FIELDS.text, *(
    f"Quyết định số {n} về thẩm quyền quyết định của Ủy ban nhân dân; điều kiện, yêu cầu thực hiện" for n in range(9))])


@pytest.mark.parametrize("question, field", [
    ("Ai có thẩm quyền quyết định cấp giấy phép hoạt động dịch vụ việc làm?", "đ) Cơ quan thực hiện"),
    ("Xin giấy phép hoạt động dịch vụ việc làm cần điều kiện gì?", "h) Yêu cầu, điều kiện"),
])
def test_a_field_the_question_names_is_read_with_the_item_it_belongs_to(question, field):
    """ "h) Yêu cầu, điều kiện: …" under "2. Thủ tục cấp giấy phép …" is about that procedure: asked its field, it
    answers before the list table's row naming the procedure with other fields."""
    profile = profile_question(question)
    best = score_units([_LISTED, _FIELDS], profile, _PROCEDURE_WEIGHTS)[0]
    assert best.unit.text.startswith(field)


def test_a_level_asked_is_read_from_its_own_row_not_a_line_naming_it_in_a_group():
    """"Tuyển sinh trình độ cao đẳng năm 2025 là bao nhiêu người?": the total's line names "cao đẳng, trung cấp"
    together (their share, 19%), the target table's row gives the level's own count."""
    total = passage(1, "total", "1. Về quy mô tuyển sinh\na) Tuyển sinh, đào tạo giáo dục nghề nghiệp năm 2025 đạt "
                    "39.600 người; trong đó trình độ cao đẳng, trung cấp chiếm khoảng 19% tổng số tuyển sinh.",
                    "II. MỤC TIÊU NĂM 2025 › 1. Về quy mô tuyển sinh", ordinal=10)
    row = passage(2, "row", "3. Biểu chỉ tiêu\nTuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng | Đơn vị: Người | "
                  "Năm 2024: 2 870 | Năm 2025: 3 150", "II. MỤC TIÊU NĂM 2025 › 3. Biểu chỉ tiêu", 0.95, ordinal=20)
    assert "3 150" in _best_unit("Tuyển sinh trình độ cao đẳng năm 2025 là bao nhiêu người?", total, row).text


def _best_unit(question: str, *passages):
    """The unit a question's profile scores first among the passages."""
    return score_units(list(passages), profile_question(question), WEIGHTS)[0].unit


def test_which_bodies_asked_by_name_of_a_quote_that_only_counts_them_is_unstated():
    """"Trường cao đẳng nào … được chọn?": "… có 01 trường cao đẳng đạt chuẩn chất lượng cao" counts, names none."""
    from assistant.qa import names_unstated

    counted = passage(1, "c", "a) Đến năm 2025\nCó 01 trường cao đẳng thuộc tỉnh Lam Sơn đạt trường chất lượng cao.",
                      "II. MỤC TIÊU › a) Đến năm 2025")
    named = passage(2, "n", "6. Đầu tư\nĐầu tư 02 trường cao đẳng: Trường Cao đẳng Nghề Lam Sơn; Trường Cao đẳng Y "
                    "tế Lam Sơn.", "III. NHIỆM VỤ › 6. Đầu tư")
    firms = passage(3, "f", "9.4. Văn hóa\n- Nội dung hỗ trợ: Lựa chọn 04 doanh nghiệp để tổ chức hoạt động văn hóa.",
                    "III. NHIỆM VỤ › 9.4. Văn hóa")
    quote = [Evidence(tuple(u for u in passage_units(counted) if not u.is_heading))]
    assert names_unstated(quote, "Trường cao đẳng nào của Lam Sơn được chọn đạt chuẩn chất lượng cao?")
    assert names_unstated(quote, "truong cao dang nao dat chat luong cao")
    assert not names_unstated(quote, "Có bao nhiêu trường cao đẳng đạt chuẩn, là trường nào?")  # the count asked too
    assert not names_unstated([Evidence(tuple(passage_units(named)))], "Những trường cao đẳng nào được đầu tư?")
    assert names_unstated([Evidence(tuple(passage_units(firms)))], "Bốn doanh nghiệp nào được chọn?")
    assert not names_unstated([Evidence(tuple(passage_units(firms)))], "Sở nào chọn doanh nghiệp?")
    chosen = passage(4, "ch", "9.5. Thiết chế\nLựa chọn 02 doanh nghiệp: Công ty TNHH May Lam Sơn, Công ty CP Da giày.",
                     "III. NHIỆM VỤ › 9.5. Thiết chế")
    assert not names_unstated([Evidence(tuple(passage_units(chosen)))], "Hai doanh nghiệp nào được chọn?")
    # their names asked, several counted
    assert names_unstated([Evidence(tuple(passage_units(firms)))], "Tên 4 doanh nghiệp được chọn tổ chức hoạt động "
                          "văn hóa cho công nhân năm 2023 là gì?")
    assert not names_unstated([Evidence(tuple(passage_units(chosen)))], "Tên hai doanh nghiệp được chọn là gì?")


def test_which_bodies_counted_in_the_target_are_answered_from_the_line_naming_them():
    """"Những cơ sở nào được cải tạo năm 2030?": the target counts them ("06 cơ sở … bảo đảm điều kiện tiếp cận"), a
    task a few lines on names them; that line answers. None names them: the count stays all the plan says."""
    from assistant.qa import named_elsewhere

    target = passage(1, "t", "c) Cơ sở tiếp cận\nĐến năm 2030, có 06 cơ sở giáo dục nghề nghiệp bảo đảm điều kiện tiếp "
                     "cận đối với người khuyết tật.", "II. MỤC TIÊU › c) Cơ sở tiếp cận")
    task = passage(2, "k", "3. Cải tạo cơ sở vật chất\nCải tạo lối đi tại 04 cơ sở giáo dục nghề nghiệp, cụ thể: năm 2030 "
                   "cải tạo Trường Trung cấp Kỹ thuật Khuổi Lục và Trung tâm Giáo dục nghề nghiệp khu vực Nà Lục.",
                   "III. NHIỆM VỤ › 3. Cải tạo cơ sở vật chất")
    question = "Năm 2030 những cơ sở giáo dục nghề nghiệp nào được cải tạo để người khuyết tật tiếp cận?"
    counted = [Evidence(tuple(u for u in passage_units(target) if not u.is_heading))]
    scored = score_units([target, task], profile_question(question), WEIGHTS)
    named = named_elsewhere(scored, counted, question)
    assert named is not None and "Khuổi Lục" in named.units[0].text
    assert named_elsewhere(score_units([target], profile_question(question), WEIGHTS), counted, question) is None


def test_the_exact_day_asked_of_a_quote_giving_only_the_month_is_unstated():
    """"… diễn ra chính xác vào ngày nào?": "trong tháng 5/2025" says when roughly; a plain "ngày nào" it answers."""
    from assistant.qa import day_unstated

    fair = passage(1, "f", "b) Ngày hội\nTổ chức Ngày hội Việc làm tỉnh Lam Sơn trong tháng 5/2025 tại thành phố Lam Sơn.",
                   "III. NHIỆM VỤ › b) Ngày hội")
    dated = passage(2, "d", "c) Hội nghị\nTổ chức Hội nghị tổng kết ngày 15/12/2025 tại Hội trường UBND tỉnh.",
                    "III. NHIỆM VỤ › c) Hội nghị")
    month = [Evidence(tuple(u for u in passage_units(fair) if not u.is_heading))]
    day = [Evidence(tuple(u for u in passage_units(dated) if not u.is_heading))]
    assert day_unstated(month, "Ngày hội Việc làm Lam Sơn diễn ra chính xác vào ngày nào?")
    assert day_unstated(month, "cu the ngay nao, o dau?")
    assert not day_unstated(month, "Ngày hội Việc làm Lam Sơn tổ chức ngày nào?")
    assert not day_unstated(day, "Hội nghị tổng kết tổ chức chính xác ngày nào?")


def test_the_plans_own_target_over_another_documents_it_contributes_to():
    """"… phấn đấu tỷ lệ lao động qua đào tạo bao nhiêu": the plan's "đạt 67,2%", not the resolution's 67% it helps."""
    general = passage(1, "g", "I. MỤC TIÊU CHUNG\nNâng cao chất lượng đào tạo nghề, góp phần hoàn thành mục tiêu tỷ lệ "
                      "lao động qua đào tạo đạt 67% vào năm 2026 theo Nghị quyết Đại hội Đảng bộ tỉnh.",
                      "I. MỤC TIÊU CHUNG", ordinal=10)
    own = passage(2, "o", "2. Mục tiêu cụ thể năm 2026\n- Tỷ lệ lao động qua đào tạo đạt 67,2%.",
                  "II. MỤC TIÊU › 2. Mục tiêu cụ thể năm 2026", 0.95, ordinal=20)
    assert "67,2" in _best_unit("Năm 2026 phấn đấu tỷ lệ lao động qua đào tạo là bao nhiêu?", general, own).text


def test_a_persons_name_asked_of_a_quote_naming_the_post_alone_is_unstated():
    """"Hiệu trưởng … tên là gì?": "Theo đề nghị của Hiệu trưởng Trường …" names the post, not the person."""
    from assistant.qa import person_unstated

    post = passage(1, "p", "Căn cứ\nXét đề nghị của Hiệu trưởng Trường Cao đẳng Nghề Sông Lam tại Tờ trình số "
                   "41/TTr-CĐN ngày 02/3/2026.", "Căn cứ")
    person = passage(2, "q", "Điều 3\nÔng Trịnh Văn Lộc, Hiệu trưởng Trường Cao đẳng Nghề Sông Lam, chịu trách nhiệm "
                     "thi hành Quyết định này.", "Điều 3")
    by_post = [Evidence(tuple(passage_units(post)))]
    by_name = [Evidence(tuple(passage_units(person)))]
    assert person_unstated(by_post, "Hiệu trưởng Trường Cao đẳng Nghề Sông Lam tên là gì?")
    assert person_unstated(by_post, "ho va ten cua hieu truong truong cao dang nghe song lam")
    assert not person_unstated(by_name, "Hiệu trưởng Trường Cao đẳng Nghề Sông Lam tên là gì?")
    assert not person_unstated(by_post, "Hiệu trưởng trường nào đề nghị ban hành?")  # a body, no name asked
    assert not person_unstated(by_post, "Tên trường là gì?")


def test_which_groups_of_people_is_answered_by_the_line_naming_the_groups():
    """"Những nhóm người nào được ưu tiên học nghề?": the line naming the groups, not one that only prioritises money."""
    money = passage(1, "m", "4. Nguồn lực\n- Tăng cường nguồn lực, ưu tiên ngân sách nhà nước cho đào tạo nghề cho lao "
                    "động nông thôn.", "III. NHIỆM VỤ › 4. Nguồn lực", ordinal=40)
    groups = passage(2, "g", "2. Đối tượng\nTiếp tục ưu tiên đào tạo nghề cho lao động thuộc hộ nghèo, hộ cận nghèo, "
                     "người dân tộc thiểu số, người khuyết tật.", "III. NHIỆM VỤ › 2. Đối tượng", 0.7, ordinal=20)
    assert "khuyết tật" in _best_unit("Những nhóm người nào được ưu tiên học nghề?", money, groups).text


def test_a_part_of_few_words_is_read_with_the_quote_of_its_item_in_a_field_beside_it():
    """"… nộp hồ sơ đăng ký hợp đồng trước bao lâu và mất phí bao nhiêu": the fee stands in the procedure's field "h)
    Phí, lệ phí: …" beside the quoted "a) Trình tự thực hiện"; the part asks of that procedure, so the field is read
    with the quote and answers it."""
    from assistant.qa import continuing, part_profile

    item = "PHẦN II › 5. Thủ tục đăng ký hợp đồng đưa người lao động đi làm việc ở nước ngoài dưới 90 ngày"
    steps = passage(1, "s", "a) Trình tự thực hiện\n- Bước 1: Chậm nhất 10 ngày trước ngày dự kiến xuất cảnh, doanh "
                    "nghiệp nộp hồ sơ đăng ký hợp đồng tại Sở Nội vụ.", f"{item} › a) Trình tự thực hiện", ordinal=1)
    fee = passage(2, "f", "h) Phí, lệ phí: Phí thẩm định đăng ký hợp đồng: 300.000 đồng/hồ sơ.",
                  f"{item} › h) Phí, lệ phí: Phí thẩm định đăng ký hợp đồng: 300.000 đồng/hồ sơ.", 0.6, ordinal=8)
    other = passage(3, "o", "h) Phí, lệ phí: Không.", "PHẦN II › 6. Thủ tục cấp lại giấy phép › h) Phí, lệ phí: "
                    "Không.", 0.6, ordinal=20)
    question = "Doanh nghiệp đưa lao động đi làm việc ở nước ngoài dưới 90 ngày nộp hồ sơ đăng ký hợp đồng trước bao " \
               "lâu và mất phí bao nhiêu?"
    whole = profile_question(question)
    first = Evidence(tuple(u for u in passage_units(steps) if not u.is_heading))
    part = question_parts(question)[-1]
    profile = part_profile(part, whole, set())
    ranked = continuing(score_units([steps, fee, other], profile, WEIGHTS), first, profile, part, WEIGHTS)
    best = next(s for s in ranked if (s.unit.passage.id, s.unit.text) not in {("s", u.text) for u in first.units})
    assert "300.000" in best.unit.text and best.coverage >= 0.38


def test_a_numbered_point_beside_the_quoted_one_is_no_field_of_its_item():
    """"… mục tiêu năm 2026 là bao nhiêu, và năm 2025 thực tế đạt bao nhiêu?": the point "2.4. …" beside the quoted
    "2.2. …" is another target, not a field of the same item, and is not read with the quote."""
    from assistant.qa import continuing, part_profile

    head = "I. MỤC TIÊU › 2. Chỉ tiêu chủ yếu năm 2026"
    quoted = passage(1, "q", "2.2. Số người tốt nghiệp\nTỷ lệ người học có việc làm sau tốt nghiệp đạt 87%.",
                     f"{head} › 2.2. Số người tốt nghiệp", ordinal=1)
    point = passage(2, "p", "2.4. Kiểm định\nTrường Cao đẳng Y tế | Thực hiện 2025: 640 | Chỉ tiêu 2026: 700",
                    f"{head} › 2.4. Kiểm định", 0.6, ordinal=2)
    question = "Tỷ lệ người học có việc làm sau tốt nghiệp năm 2026 là bao nhiêu, và năm 2025 thực tế đạt bao nhiêu?"
    first = Evidence(tuple(u for u in passage_units(quoted) if not u.is_heading))
    part = question_parts(question)[-1]
    profile = part_profile(part, profile_question(question), set())
    scored = score_units([quoted, point], profile, WEIGHTS)
    assert {s.unit.text: s.coverage for s in continuing(scored, first, profile, part, WEIGHTS)} == {
        s.unit.text: s.coverage for s in scored}


def test_a_and_in_the_title_of_the_document_asked_about_joins_no_two_asks():
    """ "Kế hoạch đào tạo nghề và giải quyết việc làm … mang số hiệu gì, ký ngày nào": the title names one document;
    its number and its date are the parts, each asked of the whole title (never "Kế hoạch đào tạo nghề gì")."""
    parts = question_parts("Kế hoạch đào tạo nghề và giải quyết việc làm năm 2027 của tỉnh Hà Lâm mang số hiệu gì, "
                           "ký ngày nào?")
    assert parts[0].startswith("Kế hoạch đào tạo nghề và giải quyết việc làm năm 2027 của tỉnh Hà Lâm")
    assert all("và giải quyết việc làm" in part for part in parts)
    assert question_parts("Báo cáo sơ kết lao động và việc làm 6 tháng của Sở Nội vụ Hà Lâm đề ngày nào?") == [
        "Báo cáo sơ kết lao động và việc làm 6 tháng của Sở Nội vụ Hà Lâm đề ngày nào?"]  # "đề ngày": dated
    # two documents named, each asked its signer
    assert len(question_parts("KH35 về GDNN của Hà Lâm và kế hoạch phát triển nhân lực của Sở Nội vụ lần lượt do "
                              "ai ký?")) == 2


def test_a_and_in_a_documents_title_named_after_its_ask_joins_no_two_asks():
    """The title may stand after the words that ask ("… bố trí bao nhiêu tiền cho Kế hoạch phát triển giáo dục nghề
    nghiệp và giải quyết việc làm, đến cuối tháng 9 đã giải ngân được bao nhiêu"): the comma parts the asks, not the
    "và" of the title. A number, a year or a place ends a title; a second plan or place after "và" is another side."""
    assert question_parts("Năm 2027 tỉnh Hà Lâm bố trí bao nhiêu tiền cho Kế hoạch phát triển giáo dục nghề nghiệp và "
                          "giải quyết việc làm, đến cuối tháng 9 đã giải ngân được bao nhiêu?") == [
        "Năm 2027 tỉnh Hà Lâm bố trí bao nhiêu tiền cho Kế hoạch phát triển giáo dục nghề nghiệp và giải quyết việc làm",
        "đến cuối tháng 9 đã giải ngân được bao nhiêu"]
    assert len(question_parts("Cơ quan nào chủ trì thực hiện kế hoạch GDNN Hà Lâm và tổ chức sơ kết sau bao nhiêu "
                              "năm?")) == 2
    assert len(question_parts("Sở Y tế được giao gì trong Kế hoạch 35/KH-UBND và trong kế hoạch GDNN 2025 của Hà "
                              "Lâm?")) == 2
