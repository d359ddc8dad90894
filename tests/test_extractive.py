"""The extractive answerer on hand-made passages (no model): units, scoring, selection, composition."""

from __future__ import annotations

import pytest

from assistant.answer import REFUSAL
from assistant.compose import Evidence, compose, corpus_summary, refusal
from assistant.extractive import (
    names_column_asked,
    answers_from,
    TermWeights,
    enumeration,
    facts_in,
    has_measure,
    heading_context,
    heading_lines,
    heads_list,
    kinds_in,
    passage_units,
    score_units,
    select_units,
    topic_keywords,
    year_ok,
    names_partners,
    names_post_asked,
    quarter_column_asked,
    direction_fit,
    topic_coverage,
)
from assistant.qa import Retrieved, answer_extractive, given_facts, held_kinds
from assistant.questions import AGENCY, DATE, LIST, NUMBER, SOURCE, VENUE, profile_question
from assistant.scope import Scope
from index.metadata import PlanMetadata
from index.retriever import Passage, PreparedQuery
from index.structure import BASIS_TITLE, HEADER_TITLE, SIGNATURE_TITLE

PLAN = "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)"
META = {"plan": PLAN, "number": "70/KH-UBND", "province": "Hà Nội", "year": 2023,
        "issuer": "Ủy ban nhân dân thành phố Hà Nội", "title": "Giáo dục nghề nghiệp năm 2023"}


def passage(rank: int, pid: str, text: str, section: str, score: float = 1.0, doc: str = "hn-2023.txt",
            plan: str = PLAN, **metadata) -> Passage:
    return Passage(rank, pid, text, doc, plan, section, score, {**META, "doc": doc, **metadata})


TARGETS = passage(
    1, "targets",
    "II. CHỈ TIÊU\n1. Tuyển sinh\n- Cao đẳng: 25.500 người.\n- Trung cấp: 28.500 người.\n"
    "- Sơ cấp và đào tạo dưới 3 tháng: 176.000 người.",
    "II. CHỈ TIÊU › 1. Tuyển sinh", ordinal=6,
)
RATES = passage(
    2, "rates",
    "II. CHỈ TIÊU\n2. Chất lượng\nTỷ lệ lao động qua đào tạo đạt 73,2%. Tỷ lệ có bằng cấp, chứng chỉ đạt 52,5%.",
    "II. CHỈ TIÊU › 2. Chất lượng", 0.9, ordinal=7,
)
TASK = passage(
    3, "task",
    "III. NHIỆM VỤ\n2. Tuyên truyền, tư vấn hướng nghiệp\n"
    "Đẩy mạnh tuyên truyền về giáo dục nghề nghiệp trên các phương tiện thông tin đại chúng.\n"
    "- Phân công thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Thông tin và Truyền thông.\n"
    "- Thời gian thực hiện: Cả năm 2023.",
    "III. NHIỆM VỤ › 2. Tuyên truyền, tư vấn hướng nghiệp", 0.8, ordinal=10,
)
FINANCE = passage(
    4, "finance",
    "V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\nChủ trì thẩm định phương án giá dịch vụ đào tạo.",
    "V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính", 0.7, ordinal=20,
)
ALL = [TARGETS, RATES, TASK, FINANCE]
WEIGHTS = TermWeights([p.text for p in ALL] + ["Kế hoạch khác về việc làm", "Báo cáo định kỳ hằng quý"])


def answer_units(question: str, passages: list[Passage] = ALL):
    profile = profile_question(question)
    return select_units(score_units(passages, profile, WEIGHTS), profile)


# ------------------------------------------------------------------ units
def test_heading_lines_counts_the_heading_path_at_the_start():
    assert heading_lines(TARGETS) == 2
    assert heading_lines(FINANCE) == 2
    top = passage(1, "top", "II. CHỈ TIÊU\nNội dung chung.", "II. CHỈ TIÊU")
    assert heading_lines(top) == 1
    # A body that does not start with the path has no heading lines.
    assert heading_lines(passage(1, "b", "Nội dung không có tiêu đề.", "II. CHỈ TIÊU")) == 0
    assert heading_lines(passage(1, "c", "Chỉ có thân bài.", "")) == 0


def test_heading_lines_match_a_shortened_path_component():
    long_title = "6. Tập trung đầu tư trường chất lượng cao, nghề trọng điểm đối với các trường đã được Bộ phê duyệt"
    p = passage(1, "long", f"III. NHIỆM VỤ\n{long_title}\nĐầu tư 04 trường.", "III. NHIỆM VỤ › " + long_title[:60] + "…")
    assert heading_lines(p) == 2


def test_own_heading_is_a_unit_but_the_parent_heading_is_not():
    units = passage_units(FINANCE)
    assert [u.text for u in units] == ["4. Sở Tài chính", "Chủ trì thẩm định phương án giá dịch vụ đào tạo."]
    assert [u.is_heading for u in units] == [True, False]
    assert all("TỔ CHỨC THỰC HIỆN" not in u.text for u in units)
    assert [u.position for u in units] == [0, 1]


def test_a_long_items_cut_heading_above_its_continuation_is_no_unit():
    """An item too long for one chunk goes on in the next, under its own heading cut short: the cut sentence
    ("Tổ trưởng là Trưởng phòng Việc làm - Giáo dục…") is not quoted there; the chunk before holds it whole."""
    from pathlib import Path
    from index.pipeline import prepare_plan
    clause = "Tổ phó là lãnh đạo Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên, Sở Giáo dục và Đào tạo; "
    text = ("QUY CHẾ\nHoạt động của Ban Chỉ đạo\n\nChương III. PHÂN CÔNG NHIỆM VỤ\nĐiều 7. Tổ giúp việc\n"
            "1. Tổ giúp việc do Trưởng ban quyết định thành lập, đặt tại Phòng Việc làm - Giáo dục nghề nghiệp, Sở "
            "Nội vụ; Tổ trưởng là Trưởng phòng Việc làm - Giáo dục nghề nghiệp, Sở Nội vụ; " + clause * 8
            + "tổng số không quá 11 người.\n2. Tổ giúp việc làm việc kiêm nhiệm.\n")
    chunks = [c for c in prepare_plan(Path("vk.txt"), text, 320)[1] if "Tổ phó" in c.text]
    assert len(chunks) > 1 and chunks[-1].text.split("\n")[2].endswith("Giáo dục…")
    cut, whole = (passage(1, c.id, c.text, c.section, ordinal=c.ordinal) for c in (chunks[-1], chunks[0]))
    assert [u.text for u in passage_units(cut) if u.is_heading] == [
        "1. Tổ giúp việc do Trưởng ban quyết định thành lập, đặt tại Phòng Việc làm - Giáo dục nghề nghiệp, Sở Nội vụ;"]
    assert not any(u.text.endswith("…") for u in passage_units(cut))
    assert "Tổ trưởng là Trưởng phòng Việc làm - Giáo dục nghề nghiệp, Sở Nội vụ;" in [
        u.text for u in passage_units(whole)]


def test_pieces_of_one_long_row_opening_alike_are_scored_each():
    """A long row read in pieces opens each with its label ("Bà …, Giám đốc Sở … | Nhiệm vụ được phân công: …"): the
    lines open alike but go on differently, so each is scored; a heading repeated cut short is one line."""
    label = "Bà Nguyễn Thị Thu Hà, Giám đốc Sở Giáo dục và Đào tạo - Phó Trưởng ban | Nhiệm vụ được phân công: "
    first = passage(1, "p1", f"Điều 6. Phân công\n{label}- Chủ trì theo dõi chỉ tiêu tuyển sinh.", "Điều 6. Phân công")
    second = passage(2, "p2", f"Điều 6. Phân công\n{label}- Chủ trì chỉ đạo Trường Cao đẳng Kỹ thuật mở mới 04 ngành "
                     "cao đẳng.", "Điều 6. Phân công")
    profile = profile_question("Trường Cao đẳng Kỹ thuật mở mấy ngành mới?")
    texts = [s.unit.text for s in score_units([first, second], profile, WEIGHTS)]
    assert any("04 ngành" in t for t in texts) and any("theo dõi chỉ tiêu" in t for t in texts)
    from assistant.extractive import repeats
    assert repeats("6. Tập trung đầu tư trường chất lượng cao…", "6. Tập trung đầu tư trường chất lượng cao, nghề")
    assert not repeats(f"{label}- Chủ trì theo dõi", f"{label}- Chủ trì chỉ đạo")


def test_the_rest_of_a_long_item_heading_in_a_chunk_of_its_own_is_heading():
    """An item's heading that is a long paragraph ("d) Bố trí kinh phí … được giao. Khuyến khích các địa phương …")
    goes over several chunks under its path line cut short: the piece that goes on from the cut is the heading, so
    the answer says the item stands under "10. Các Sở, …, Chủ tịch UBND các quận, huyện"."""
    from pathlib import Path
    from index.pipeline import prepare_plan
    tail = ("Khuyến khích các địa phương bố trí và huy động các nguồn lực hợp pháp để thực hiện việc miễn học phí năm "
            "học 2022 - 2023 đối với học sinh, sinh viên đang theo học các ngành, nghề đào tạo đáp ứng nhu cầu nhân "
            "lực cho các ngành nghề bị tác động do dịch bệnh và phục hồi kinh tế - xã hội theo tinh thần Nghị quyết số "
            "11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội.")
    parent = "10. Các Sở, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân các quận, huyện"
    text = (f"KẾ HOẠCH\nThực hiện Nghị quyết\n\nV. TỔ CHỨC THỰC HIỆN\n{parent}\nd) Bố trí kinh phí, nguồn nhân lực, cơ sở "
            f"vật chất cho việc tổ chức thực hiện nhiệm vụ được giao. {tail}\n")
    chunks = prepare_plan(Path("hp.txt"), text, 160)[1]
    chunk = next(c for c in chunks if c.body.startswith("Khuyến khích các địa phương"))
    piece = passage(1, chunk.id, chunk.text, chunk.section)
    units = passage_units(piece)
    assert all(u.is_heading for u in units) and not any(u.text.endswith("…") for u in units)
    assert heading_context(piece, units[-1:]) == f"V. TỔ CHỨC THỰC HIỆN › {parent}"
    later = next(c for c in chunks if c.body.startswith("pháp để thực hiện"))  # not from the cut: the item's body
    assert not passage_units(passage(1, later.id, later.text, later.section))[-1].is_heading


def test_units_split_at_sentences():
    texts = [u.text for u in passage_units(RATES)]
    assert texts == ["2. Chất lượng", "Tỷ lệ lao động qua đào tạo đạt 73,2%.", "Tỷ lệ có bằng cấp, chứng chỉ đạt 52,5%."]


def test_units_of_a_passage_without_heading_are_its_lines():
    p = passage(1, "plain", "Dòng thứ nhất.\n\nDòng thứ hai. Câu thứ ba.", "")
    units = passage_units(p)
    assert [u.text for u in units] == ["Dòng thứ nhất.", "Dòng thứ hai.", "Câu thứ ba."]
    assert not any(u.is_heading for u in units)


def test_a_bilingual_plans_english_lines_are_no_units():
    """A donor project's plan repeats each paragraph in English ("1,250" for "1.250"): only the Vietnamese is
    quoted; a line with a name or an initialism in it stays."""
    p = passage(1, "bilingual", "2. Mục tiêu năm 2026\na) Đào tạo nghề cho 1.250 thanh niên, trong đó nữ chiếm 45%.\n"
                "a) Train 1,250 young people, at least 45% of them women.\n"
                "Ban Quản lý dự án (PMU) phối hợp với tổ chức GIZ.", "2. Mục tiêu năm 2026")
    assert [u.text for u in passage_units(p)] == [
        "2. Mục tiêu năm 2026", "a) Đào tạo nghề cho 1.250 thanh niên, trong đó nữ chiếm 45%.",
        "Ban Quản lý dự án (PMU) phối hợp với tổ chức GIZ."]


def test_heading_context_is_the_own_heading_unless_the_heading_is_quoted():
    units = passage_units(TASK)
    assert heading_context(TASK, units[1:2]) == "2. Tuyên truyền, tư vấn hướng nghiệp"
    assert heading_context(TASK, units[:1]) == "III. NHIỆM VỤ"


# ------------------------------------------------------------------ kinds
def test_a_closing_clause_names_no_body_of_a_task_asked_only_of_executing_the_decision():
    clause = ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính chịu trách nhiệm thi hành "
              "Quyết định này./.")
    assert AGENCY not in kinds_in(clause, profile_question("Sở nào bố trí kinh phí xây ký túc xá cho học viên?"))
    assert AGENCY in kinds_in(clause, profile_question("Ai chịu trách nhiệm thi hành quyết định này?"))
    assert AGENCY in kinds_in("Sở Tài chính bố trí kinh phí xây ký túc xá.",
                              profile_question("Sở nào bố trí kinh phí xây ký túc xá cho học viên?"))


def test_a_table_rows_list_is_its_own_label_not_a_role_cells_bodies():
    listing = profile_question("Ba cơ sở nào phải hoàn thành kiểm định chất lượng?")
    row = ("Kiểm tra, giám sát đào tạo nghề | Cơ quan chủ trì: Sở Giáo dục và Đào tạo | Cơ quan phối hợp: "
           "Sở Tài chính; Sở Nội vụ; Ủy ban Mặt trận | Thời gian hoàn thành: Tháng 11/2025")
    assert LIST not in kinds_in(row, listing)
    named = "Hoàn thành kiểm định 03 cơ sở, gồm: Trường Trung cấp A, Trung tâm B và Trung tâm C."
    assert LIST in kinds_in(named, listing)
    assert LIST in kinds_in("Đầu tư 03 nghề: Hàn, Điện và May | Thời gian: Quý III/2025", listing)


def test_kinds_in_finds_only_the_wanted_kinds():
    agency_and_date = profile_question("Cơ quan nào chủ trì và khi nào?")
    line = "Sở Tài chính chủ trì, trước ngày 15/6/2023."
    assert kinds_in(line, agency_and_date) == {AGENCY, DATE}
    assert kinds_in(line + " Kinh phí 300 triệu đồng.", profile_question("Con số là bao nhiêu?")) == {NUMBER}
    # a day is no figure, nor a cited document's number and date
    assert kinds_in(line, profile_question("Con số là bao nhiêu?")) == set()
    assert kinds_in("Triển khai Kế hoạch số 219/KH-UBND ngày 04/12/2018.", profile_question("Bao nhiêu?")) == set()
    assert kinds_in(line, profile_question("Bao nhiêu người?")) == set()  # "15/6" counts no people
    assert kinds_in("Không có gì.", agency_and_date) == set()
    # a region is no ministry: "Bắc Trung Bộ" names no body
    region = "Phấn đấu đến năm 2030 tỉnh thuộc nhóm dẫn đầu khu vực Bắc Trung Bộ về chất lượng nguồn nhân lực."
    assert kinds_in(region, profile_question("Cơ quan nào chủ trì?")) == set()
    assert kinds_in("Bộ Nội vụ hướng dẫn.", profile_question("Cơ quan nào chủ trì?")) == {AGENCY}


def test_a_place_asked_is_a_venue_a_line_names_not_a_place_in_a_text_nor_a_lender():
    where = profile_question("Hội thi tay nghề tổ chức vào tháng mấy, ở đâu?")
    assert where.kinds == {DATE, VENUE}
    assert kinds_in("Hội thi tổ chức trong tháng 9/2027 tại Nhà thi đấu tỉnh.", where) == {DATE, VENUE}
    assert kinds_in("Sân Trường THPT Hòa Sơn, số 12 đường Lê Lợi, phường Đông Sơn.", where) == {VENUE}
    assert kinds_in("Nộp hồ sơ tại Phòng Đào tạo (Phòng 105, nhà A).", profile_question("nộp hồ sơ ở đâu")) == {VENUE}
    # the place of a rule in a text is none: "tại Quyết định số …", "tại Phụ lục III", "tại khoản 2"
    assert kinds_in("Hội thi tổ chức theo quy định tại Quyết định số 12/QĐ-UBND, chi tiết tại Phụ lục III.",
                    where) == set()
    # where the money comes from, or who lends it, is asked as a place but is no venue
    assert VENUE not in profile_question("kinh phí tổ chức hội thi lấy ở đâu").kinds
    # units asked which ones ("3 cơ sở được kiểm định là những nơi nào"): their names, a list, no venue
    which = profile_question("3 cơ sở được kiểm định năm nay là những nơi nào?")
    assert VENUE not in which.kinds and LIST in which.kinds
    assert VENUE in profile_question("Những nơi nào tổ chức ngày hội việc làm?").kinds
    assert VENUE not in profile_question("muốn vay tiền đi học nghề thì vay ở đâu, qua chương trình nào").kinds


def test_a_question_asking_for_a_kind_of_body_is_answered_by_a_body_of_that_kind():
    school = profile_question("Tỉnh đề xuất hỗ trợ trường nào thành trường chất lượng cao, kinh phí từ đâu?")
    funding = "Kinh phí do Sở Lao động - Thương binh và Xã hội bố trí trong dự toán hằng năm."
    assert AGENCY not in kinds_in(funding, school)  # a Sở is no school
    assert AGENCY in kinds_in("Hỗ trợ đầu tư cho trường cao đẳng nghề Hải Dương để thành trường chất lượng cao.", school)
    assert AGENCY in kinds_in("Giao Trường Trung cấp Kỹ thuật Lũng Phong mở lớp.", school)
    assert not any(f.startswith(AGENCY) for f in facts_in(funding, school))
    centres = profile_question("Những trung tâm nào tổ chức đào tạo?")
    assert AGENCY in kinds_in("Các trung tâm: Giáo dục nghề nghiệp Yên Thế, Dịch vụ việc làm tổ chức đào tạo.",
                              centres)  # the head named once for the whole list
    any_body = profile_question("Cơ quan nào bố trí kinh phí?")
    assert AGENCY in kinds_in(funding, any_body)
    firm = profile_question("Công ty nào đã trúng thầu gói thầu số 01?")
    assert AGENCY not in kinds_in("Gói thầu số 01: thiết bị cho Trường Cao đẳng Kỹ thuật Thạch Vân", firm)
    assert AGENCY in kinds_in("Đã thực hiện: Công ty Cổ phần Tư vấn thiết bị Minh Khang", firm)


def test_words_naming_the_plan_by_its_title_or_short_province_are_not_topic():
    unit_passage = passage(1, "p", "IV. KINH PHÍ\nNgân sách Thành phố.", "IV. KINH PHÍ")
    profile = profile_question("Kinh phí thực hiện kế hoạch giáo dục nghề nghiệp của HN lấy từ những nguồn nào?")
    keywords = topic_keywords(profile, unit_passage)
    assert "kinh" in keywords and "nguon" in keywords
    assert not {"giao", "duc", "nghe", "nghiep", "hn"} & set(keywords)
    # The words after "kế hoạch" name the plan as far as its title holds them ("… thị trường lao động"), not past
    # the first that it does not ("dùng những nguồn kinh phí nào").
    labour = passage(1, "p", "IV. KINH PHÍ\nNgân sách Thành phố.", "IV. KINH PHÍ",
                     title="Thực hiện Nghị quyết số 06/NQ-CP về phát triển thị trường lao động")
    asked = profile_question("Kế hoạch thực hiện Nghị quyết 06/NQ-CP về thị trường lao động dùng nguồn kinh phí nào?")
    assert topic_keywords(asked, labour) == ["dung", "nguon", "kinh", "phi"]
    rural = passage(1, "p", "II. MỤC TIÊU\nThu hút 20.000 lao động nông thôn học nghề.", "II. MỤC TIÊU",
                    title="Đổi mới công tác đào tạo nghề cho lao động nông thôn")
    asked = profile_question("Theo kế hoạch đổi mới đào tạo nghề cho lao động nông thôn, mỗi năm thu hút bao nhiêu lao "
                             "động nông thôn đi học nghề?")
    assert {"lao", "dong", "nong", "thon", "nghe"} <= set(topic_keywords(asked, rural))  # asked of again later
    assert not {"doi", "moi", "dao", "tao"} & set(topic_keywords(asked, rural))
    # named by its number, its issuer's code spelt out ("KH-UBND"), then its title: all of it names the plan
    numbered = profile_question("Kinh phí thực hiện Kế hoạch 70/KH-UBND về đổi mới đào tạo nghề cho lao động nông thôn "
                                "được lấy từ những nguồn nào?")
    assert not {"doi", "moi", "dao", "tao", "lao", "dong", "nong", "thon"} & set(topic_keywords(numbered, rural))
    issued = profile_question("Kế hoạch đào tạo nghề cho lao động nông thôn ban hành năm 2025 muốn thu hút bao nhiêu "
                              "người?")
    assert "hanh" not in topic_keywords(issued, rural)  # "ban hành năm 2025" names the plan by its issue
    strategy = passage(1, "p", "V. TỔ CHỨC THỰC HIỆN\nCụ thể hóa Kế hoạch vào Chương trình xây dựng nông thôn mới.",
                       "V. TỔ CHỨC THỰC HIỆN", title="Thực hiện Chiến lược phát triển giáo dục nghề nghiệp")
    asked = profile_question("Trong kế hoạch chiến lược GDNN, sở nào đưa kế hoạch vào Chương trình nông thôn mới?")
    keywords = topic_keywords(asked, strategy)
    assert not {"chien", "luoc"} & set(keywords) and {"chuong", "trinh", "nong", "thon"} <= set(keywords)
    # The same words asked as the topic, not after "kế hoạch", stay.
    assert "nghiep" in topic_keywords(profile_question("Tuyển sinh giáo dục nghề nghiệp bao nhiêu?"), unit_passage)


def test_where_money_comes_from_is_a_fact_of_its_own():
    for question in ("Tiền đầu tư thiết bị được huy động từ đâu?", "Kinh phí thực hiện lấy từ những nguồn nào?",
                     "kế hoạch dùng những nguồn kinh phí nào", "nguon von cho vay o dau ra"):
        assert profile_question(question).wants(SOURCE), question
    assert not profile_question("Tổng kinh phí là bao nhiêu?").wants(SOURCE)
    assert profile_question("Nguồn kinh phí thực hiện là gì?").wants(SOURCE)
    assert not profile_question("Nguồn vốn vay giải quyết việc làm là bao nhiêu?").wants(SOURCE)  # an amount
    assert not profile_question("Học viên đến từ đâu?").wants(SOURCE)  # no money asked of
    asked = profile_question("Kinh phí đầu tư thiết bị huy động từ đâu?")
    assert SOURCE in kinds_in("Nguồn kinh phí: Ngân sách trung ương, ngân sách tỉnh và xã hội hóa.", asked)
    assert SOURCE not in kinds_in("Đầu tư cơ sở vật chất, thiết bị đào tạo theo chuẩn đầu ra.", asked)


def test_a_figure_in_another_measure_than_asked_is_not_the_fact():
    money = profile_question("Mỗi phóng sự được cấp bao nhiêu kinh phí?")
    assert kinds_in("Xây dựng 04 phóng sự chuyên đề.", money) == set()
    assert kinds_in("Kinh phí thực hiện 120 triệu đồng.", money) == {NUMBER}
    rate = profile_question("Lãi suất cho vay học nghề là bao nhiêu?")
    assert kinds_in("Cho vay 85 tỷ đồng đối với người học nghề.", rate) == set()
    assert kinds_in("Lãi suất cho vay 6,6%/năm.", rate) == {NUMBER}


# ------------------------------------------------------------------ scoring and selection
def test_best_unit_holds_the_asked_number():
    units = answer_units("Chỉ tiêu tuyển sinh trình độ trung cấp là bao nhiêu?")
    assert units and units[0].passage.id == "targets"
    assert any("28.500" in u.text for u in units)
    best = score_units(ALL, profile_question("Chỉ tiêu tuyển sinh trình độ trung cấp là bao nhiêu?"), WEIGHTS)[0]
    assert best.unit.text == "- Trung cấp: 28.500 người."


def test_best_unit_for_a_share_holds_the_percent():
    units = answer_units("Tỷ lệ lao động có bằng cấp, chứng chỉ đạt bao nhiêu?")
    assert "Tỷ lệ có bằng cấp, chứng chỉ đạt 52,5%." in [u.text for u in units]
    assert all(u.passage.id == "rates" for u in units)


def test_units_are_in_reading_order():
    units = answer_units("Tuyên truyền hướng nghiệp do cơ quan nào thực hiện và khi nào?")
    positions = [u.position for u in units]
    assert positions == sorted(positions)


def test_assignment_line_is_added_for_agency_questions():
    agency = [u.text for u in answer_units("Cơ quan nào đẩy mạnh tuyên truyền giáo dục nghề nghiệp trên phương tiện thông tin đại chúng?")]
    assert any(t.startswith("- Phân công thực hiện:") for t in agency), agency
    # The time line names no agency: quoted for "khi nào", not for "cơ quan nào".
    assert "- Thời gian thực hiện: Cả năm 2023." not in agency
    assert "Đẩy mạnh tuyên truyền về giáo dục nghề nghiệp trên các phương tiện thông tin đại chúng." in agency


def test_assignment_lines_are_not_added_to_other_questions():
    plain = [u.text for u in answer_units("Đẩy mạnh tuyên truyền giáo dục nghề nghiệp trên phương tiện thông tin đại chúng")]
    assert plain and not any(t.startswith(("- Phân công", "- Thời gian")) for t in plain), plain


def test_date_question_gets_the_time_line():
    texts = [u.text for u in answer_units("Đẩy mạnh tuyên truyền giáo dục nghề nghiệp trên phương tiện thông tin đại chúng thực hiện khi nào?")]
    assert "- Thời gian thực hiện: Cả năm 2023." in texts


def test_year_ok_rejects_a_passage_of_another_year():
    only_2023 = passage(1, "y", "II. CHỈ TIÊU\nNăm 2023 tuyển sinh 230.000 lượt người.", "II. CHỈ TIÊU",
                        title="Giáo dục nghề nghiệp năm 2023", year=2023)
    assert not year_ok(only_2023, (2025,))
    assert year_ok(only_2023, (2023,))
    assert year_ok(only_2023, ())
    assert year_ok(only_2023, (2025, 2023))
    # The plan's own year counts, even when the text does not repeat it.
    plan_2025 = passage(1, "z", "Tuyển sinh 5.000 người.", "", title="Đào tạo nghề", year=2025)
    assert year_ok(plan_2025, (2025,))
    # So does the plan's title.
    titled = passage(1, "t", "Tuyển sinh 5.000 người.", "", title="Giai đoạn 2021 - 2025", year=None)
    assert year_ok(titled, (2025,))


def test_a_later_chunk_of_a_section_whose_first_chunk_names_the_year_is_of_that_year():
    section = "II. MỤC TIÊU › 2. Mục tiêu cụ thể"
    first = passage(1, "first", "II. MỤC TIÊU\n2. Mục tiêu cụ thể\nPhấn đấu đến năm 2025:\n- a) Tỷ lệ qua đào tạo 40%;",
                    section, title="Thị trường lao động", year=2023, ordinal=7)
    later = passage(2, "later", "II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- đ) 52% lực lượng lao động tham gia bảo hiểm "
                    "thất nghiệp;", section, title="Thị trường lao động", year=2023, ordinal=8)
    profile = profile_question("Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp năm 2025 là bao nhiêu?")
    assert not year_ok(later, profile.years)
    best = score_units([first, later], profile, WEIGHTS)[0]
    assert "52%" in best.unit.text


def test_passages_of_another_year_are_not_scored():
    only_2023 = passage(1, "y", "II. CHỈ TIÊU\nNăm 2023 tuyển sinh 230.000 lượt người.", "II. CHỈ TIÊU")
    profile = profile_question("Năm 2025 tuyển sinh bao nhiêu lượt người?")
    assert score_units([only_2023], profile, WEIGHTS) == []
    assert select_units([], profile) == []


def test_money_question_is_not_answered_by_a_count():
    question = "Học phí trình độ trung cấp là bao nhiêu?"
    profile = profile_question(question)
    assert not has_measure("- Trung cấp: 28.500 người.", profile)
    assert answer_units(question, [TARGETS]) == []
    fee = passage(2, "fee", "IV. KINH PHÍ\nHọc phí trình độ trung cấp là 1.200.000 đồng/tháng.", "IV. KINH PHÍ", 0.5)
    units = answer_units(question, [TARGETS, fee])
    assert [u.passage.id for u in units] == ["fee"]
    assert "1.200.000 đồng" in units[0].text


def test_share_question_is_not_answered_by_a_count():
    question = "Tỷ lệ tuyển sinh trình độ trung cấp là bao nhiêu?"
    assert answer_units(question, [TARGETS]) == []
    assert has_measure("đạt 52,5%", profile_question(question))


def test_a_count_of_people_is_not_answered_by_turns_of_trades():
    """"lượt" counts people ("230.000 lượt người") unless it counts trades or classes ("80 lượt nghề trọng điểm")."""
    profile = profile_question("Mỗi năm tuyển sinh bao nhiêu người?")
    assert has_measure("Tuyển sinh và đào tạo khoảng 230.000 lượt người.", profile)
    assert has_measure("Đào tạo cho 1.500 lượt lao động nông thôn.", profile)
    assert not has_measure("Có khoảng 80 lượt nghề trọng điểm được đầu tư.", profile)
    assert not has_measure("Mở 45 lượt lớp sơ cấp.", profile)


def test_a_rows_count_column_counts_what_its_label_names():
    """"mấy lớp" of a table row "Lớp sơ cấp nghề Hàn | … | Số lượng: 04": the count column counts the row's label
    (under its group's label too); a row of something else, or one with no count, does not."""
    profile = profile_question("Năm 2027 trung tâm mở mấy lớp sơ cấp nghề Hàn?")
    assert has_measure("Lớp sơ cấp nghề Hàn | Địa điểm: Trung tâm GDNN - GDTX huyện Mường Khiêm | Số lượng: 04",
                       profile)
    assert has_measure("II. NHÓM NGHỀ CƠ KHÍ › Lớp sơ cấp nghề Hàn | Địa điểm: Trung tâm GDNN - GDTX huyện Mường "
                       "Khiêm | Số lượng: 04", profile)
    assert not has_measure("Phiên giao dịch việc làm lưu động | Địa điểm: Trung tâm GDNN - GDTX | Số lượng: 12",
                           profile)
    assert not has_measure("Lớp sơ cấp nghề Hàn | Địa điểm: Trung tâm GDNN - GDTX huyện Mường Khiêm | Học phí: "
                           "miễn", profile)


def test_a_target_rows_unit_note_in_thousands_of_people_states_a_count_of_people():
    """A target table under "ĐVT: nghìn người" gives its rows bare figures ("12,5"): a count of people all the same,
    as a budget table's rows under "ĐVT: triệu đồng" give sums; not a row under another unit."""
    profile = profile_question("Năm 2026 tỉnh đặt chỉ tiêu tuyển sinh tổng cộng bao nhiêu người?")
    assert has_measure("Tuyển sinh giáo dục nghề nghiệp | Kế hoạch năm 2026: 12,5 | Đơn vị tính: nghìn người", profile)
    assert has_measure("Tuyển sinh | Năm 2026: 3.100 | Đơn vị tính: lượt người", profile)
    assert not has_measure("Tuyển sinh | Năm 2026: 12,5 | Đơn vị tính: tỷ đồng", profile)


def test_a_cited_documents_date_is_no_time_asked():
    """"… nộp báo cáo trước ngày nào?" is not answered by the date of a document the plan cites."""
    profile = profile_question("Kế hoạch yêu cầu nộp báo cáo 6 tháng trước ngày nào?")
    assert DATE not in kinds_in("Thực hiện Kế hoạch số 316-KH/TU, ngày 23/4/2025 của Ban Thường vụ Thành ủy.", profile)
    assert DATE not in kinds_in("Triển khai Quyết định số 1446/QĐ-TTg ngày 30/8/2021 của Thủ tướng.", profile)
    assert DATE in kinds_in("Báo cáo 06 tháng gửi trước ngày 15/6/2023.", profile)
    assert DATE in kinds_in("Theo Quyết định số 1446/QĐ-TTg, hoàn thành trước ngày 30/9/2025.", profile)
    # asked of the document itself, its date is the answer
    basis = profile_question("Kế hoạch thực hiện văn bản nào, ban hành ngày nào?")
    assert DATE in kinds_in("Thực hiện Kế hoạch số 316-KH/TU, ngày 23/4/2025 của Ban Thường vụ Thành ủy.", basis)


def test_a_sum_beside_the_item_asked_is_no_figure_of_it():
    """"Bao nhiêu tiền để tổ chức Hội thi …": the task table's row of the contest states no sum; the row above it,
    a sum for another task, covering little of the question, is no answer."""
    table = passage(1, "annex", "Phụ lục: Danh mục nhiệm vụ\n"
                    "Phân bổ dự toán 17,8 tỷ đồng ngân sách tỉnh | Cơ quan chủ trì: Sở Tài chính\n"
                    "Tổ chức Hội thi giáo viên dạy giỏi giáo dục nghề nghiệp tỉnh năm 2025 | Cơ quan chủ trì: Sở Giáo "
                    "dục và Đào tạo | Thời gian hoàn thành: Tháng 10/2025", "Phụ lục: Danh mục nhiệm vụ")
    asked = "Dành bao nhiêu tiền để tổ chức Hội thi giáo viên dạy giỏi giáo dục nghề nghiệp năm 2025?"
    assert answer_units(asked, [table]) == []
    # the sum of the item asked is its answer
    assert "17,8 tỷ đồng" in answer_units("Phân bổ dự toán ngân sách tỉnh bao nhiêu tiền?", [table])[0].text


def test_where_money_comes_from_is_never_answered_from_the_header():
    header = passage(1, "header", "Số hiệu, ngày ban hành và tên kế hoạch\nUBND Thành phố ban hành Kế hoạch triển khai "
                     "công tác giáo dục nghề nghiệp năm 2023, cụ thể như sau:", "Số hiệu, ngày ban hành và tên kế hoạch")
    assert not answers_from(header, profile_question("Tiền làm công tác giáo dục nghề nghiệp lấy từ những nguồn nào?"))
    assert answers_from(header, profile_question("Kế hoạch giáo dục nghề nghiệp năm 2023 có số hiệu gì?"))


def test_term_weights_favour_rare_words():
    weights = TermWeights(["đào tạo nghề", "đào tạo lại", "đào tạo nông thôn"])
    assert weights.idf("nong") > weights.idf("dao")
    assert weights.idf("khong-co") > weights.idf("nong")


def test_a_bound_syllable_is_covered_only_in_its_own_compound():
    """"thất nghiệp" asked: a line of "giáo dục nghề nghiệp" covers its "tỷ lệ", not its "nghiệp"."""
    weights = TermWeights(["tỷ lệ thất nghiệp", "giáo dục nghề nghiệp", "doanh nghiệp", "tỷ lệ lao động"])
    keywords = ["ty", "le", "that", "nghiep"]
    vocational = topic_coverage(keywords, ["Tỷ lệ học viên giáo dục nghề nghiệp đạt 30%"], set(), weights)
    unemployment = topic_coverage(keywords, ["Tỷ lệ thất nghiệp dưới 3%"], set(), weights)
    rate_only = topic_coverage(keywords, ["Tỷ lệ học viên đạt 30%"], set(), weights)
    assert vocational == rate_only < unemployment


# ------------------------------------------------------------------ compose
PLANS = {
    "hn-2023.txt": PlanMetadata("hn-2023.txt", PLAN, "Hà Nội", "70/KH-UBND", 2023, "Giáo dục nghề nghiệp năm 2023"),
    "hd.txt": PlanMetadata("hd.txt", "Kế hoạch của Sở LĐTBXH (Hải Dương, 2023)", "Hải Dương", "", 2023, "Nhân lực"),
}


def test_compose_numbers_citations_by_first_use():
    finance_units = tuple(passage_units(FINANCE))
    rate_units = tuple(passage_units(RATES)[1:2])
    answer = compose("q", [Evidence(finance_units), Evidence(rate_units)], ALL)
    assert not answer.refused
    assert [(c.n, c.passage.id) for c in answer.citations] == [(1, "finance"), (2, "rates")]
    first, second = answer.text.split("\n")
    # The quoted own heading: the opening names the path above it.
    assert first == f"Theo {PLAN}, mục “V. TỔ CHỨC THỰC HIỆN”: 4. Sở Tài chính Chủ trì thẩm định phương án giá dịch vụ đào tạo. [1]"
    # Same plan again: the opening does not repeat its name.
    assert second == "Cũng theo kế hoạch này, mục “2. Chất lượng”: Tỷ lệ lao động qua đào tạo đạt 73,2%. [2]"
    assert answer.citations[1].quote == "Tỷ lệ lao động qua đào tạo đạt 73,2%."
    # the passages quoted lead the sources, the rest in the search's order
    assert [p.id for p in answer.passages] == ["finance", "rates"] + [p.id for p in ALL if p.id not in ("finance", "rates")]


def test_compose_reuses_the_number_of_a_passage_cited_again():
    first = Evidence(tuple(passage_units(RATES)[1:2]))
    other = Evidence(tuple(passage_units(FINANCE)[1:]))
    again = Evidence(tuple(passage_units(RATES)[2:3]))
    answer = compose("q", [first, other, again], ALL)
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.text.count("[1]") == 2 and answer.text.count("[2]") == 1
    assert "[3]" not in answer.text


def test_compose_lead_overrides_the_opening():
    answer = compose("q", [Evidence(tuple(passage_units(FINANCE)[1:]), lead="Mở đầu riêng:")], [])
    assert answer.text == "Mở đầu riêng: Chủ trì thẩm định phương án giá dịch vụ đào tạo. [1]"


def test_refusal_has_no_citations_and_the_refusal_sentence():
    answer = refusal("Học phí là bao nhiêu?", PLANS, ALL)
    assert answer.refused and answer.citations == []
    assert REFUSAL in answer.text
    assert answer.text == f"{REFUSAL} {corpus_summary(PLANS)}"
    assert PLAN in answer.text and "Hải Dương" in answer.text
    assert answer.passages == ALL


def test_refusal_with_a_reason_keeps_the_refusal_words():
    answer = refusal("q", PLANS, [], "không có kế hoạch nào của Đà Nẵng")
    assert answer.text.startswith(f"{REFUSAL[:-1]} (không có kế hoạch nào của Đà Nẵng).")
    assert answer.refused and not answer.citations


def test_corpus_summary_of_an_empty_corpus():
    assert corpus_summary({}) == "Chưa có kế hoạch nào được nạp."
    assert corpus_summary(PLANS).startswith("Các kế hoạch hiện có: ")


# ------------------------------------------------------------------ the plan's own header, not its legal basis
HEADER = passage(
    2, "header",
    f"{HEADER_TITLE}\nSố: 70/KH-UBND\nHà Nội, ngày 07 tháng 3 năm 2023\nKẾ HOẠCH\n"
    "Triển khai thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 năm 2023",
    HEADER_TITLE, 0.6, ordinal=0,
)
# The legal basis dates other documents, and says "ban hành" too: it outranks the header.
BASIS = passage(
    1, "basis",
    f"{BASIS_TITLE}\nThực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ phê duyệt "
    "Chiến lược phát triển giáo dục nghề nghiệp; UBND Thành phố ban hành Kế hoạch triển khai như sau:",
    BASIS_TITLE, 1.0, ordinal=1,
)


def test_issue_date_is_quoted_from_the_header_not_the_legal_basis():
    units = answer_units("Kế hoạch ban hành ngày nào?", [BASIS, HEADER])
    assert units and {u.passage.id for u in units} == {"header"}
    assert "Hà Nội, ngày 07 tháng 3 năm 2023" in [u.text for u in units]


def test_doc_number_and_signer_questions_never_quote_the_legal_basis():
    for question in ("Số hiệu của kế hoạch là gì?", "Ai ký ban hành kế hoạch?"):
        scored = score_units([BASIS, HEADER], profile_question(question), WEIGHTS)
        assert scored and all(s.unit.passage.id != "basis" for s in scored), question


def test_the_documents_a_plan_implements_come_from_its_legal_basis_not_a_duty_naming_documents():
    duty = passage(1, "duty", "1. Truyền thông\nPhổ biến các văn bản chỉ đạo, văn bản hướng dẫn thực hiện của Thành "
                   "phố về giáo dục nghề nghiệp.", "III. NHIỆM VỤ › 1. Truyền thông", 1.0)
    units = answer_units("Kế hoạch 70/KH-UBND được ban hành để thực hiện những văn bản nào?", [duty, BASIS, HEADER])
    assert units and units[0].passage.id == "basis"


def test_a_question_about_the_implemented_document_may_quote_the_legal_basis():
    units = answer_units("Kế hoạch thực hiện quyết định nào, ban hành ngày nào?", [BASIS, HEADER])
    assert [u.passage.id for u in units] == ["basis"]
    assert "30/12/2021" in units[0].text


SIGNATURE = passage(3, "signature", f"{SIGNATURE_TITLE}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hồng Sơn", SIGNATURE_TITLE, 0.5)


class PlanParts:
    """The part of SearchIndex the answerer reads: catalogue, plan metadata, sections."""

    def __init__(self, date: str, date_text: str = "", signer: tuple[str, str] = ("Lê Hồng Sơn", "Phó Chủ tịch"),
                 signature: Passage = SIGNATURE) -> None:
        self.plans = {"hn-2023.txt": PlanMetadata("hn-2023.txt", PLAN, "Hà Nội", "70/KH-UBND", 2023, META["title"],
                                                  date=date, date_text=date_text, issuer=META["issuer"],
                                                  signer=signer[0], signer_role=signer[1])}
        self.date = date
        self.signature = signature

    def section_passages(self, doc: str, section: str, rank: int = 1, score: float = 1.0) -> list[Passage]:
        return [p for p in (HEADER, BASIS, self.signature) if p.section == section]

    def similarity(self, question: str, text: str) -> float:
        return 0.9


def answer_with_scope(question: str, date: str = "2023-03-07", date_text: str = ""):
    query = PreparedQuery(question, question, question, False)
    scope = Scope(("hn-2023.txt",), evidence=(("hn-2023.txt", 3.0),))
    retrieved = Retrieved(question, query, profile_question(question), scope, [BASIS, HEADER])
    return answer_extractive(PlanParts(date, date_text), WEIGHTS, retrieved)


def test_the_issue_date_is_stated_as_the_plan_writes_it():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND ban hành ngày nào?", date_text="ngày 07 tháng 3 năm 2023")
    assert answer.text.startswith(f"{PLAN}, ban hành ngày 07 tháng 3 năm 2023. Theo phần đầu văn bản:")


def test_each_signer_of_a_joint_plan_is_named_and_quoted():
    question = "Kế hoạch 70/KH-UBND do ai ký?"
    query = PreparedQuery(question, question, question, False)
    scope = Scope(("hn-2023.txt",), evidence=(("hn-2023.txt", 3.0),))
    signature = passage(3, "signature", f"{SIGNATURE_TITLE}\nGIÁM ĐỐC SỞ NỘI VỤ\nTrần Văn Hòa\nTM. BAN THƯỜNG VỤ\n"
                        "CHỦ TỊCH\nLê Thị Mai\nNơi nhận:", SIGNATURE_TITLE, 0.5)
    parts = PlanParts("2023-03-07", signer=("Trần Văn Hòa (Giám đốc) và Lê Thị Mai (Chủ tịch)", ""), signature=signature)
    answer = answer_extractive(parts, WEIGHTS, Retrieved(question, query, profile_question(question), scope, [HEADER]))
    assert answer.text.startswith(f"{PLAN} do Trần Văn Hòa (Giám đốc) và Lê Thị Mai (Chủ tịch) ký.")
    assert "Trần Văn Hòa" in answer.citations[0].quote
    assert "Lê Thị Mai" in answer.citations[0].quote


def test_date_and_signer_asked_together_give_both():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND ra ngày nào và ai ký?", date_text="ngày 07 tháng 3 năm 2023")
    assert answer.text.startswith(f"{PLAN}, ban hành ngày 07 tháng 3 năm 2023 do Phó Chủ tịch Lê Hồng Sơn ký.")
    assert [c.passage.id for c in answer.citations] == ["header", "signature"]
    assert "ban hành" not in answer_with_scope("Ai ký kế hoạch 70/KH-UBND?").text.split(".")[0]


def test_issue_date_answer_states_the_date_and_quotes_the_place_date_line():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND ban hành ngày nào?")
    assert answer.text == (
        f"{PLAN}, ban hành ngày 07/03/2023. Theo phần đầu văn bản: Hà Nội, ngày 07 tháng 3 năm 2023 [1]"
    )
    assert [c.passage.id for c in answer.citations] == ["header"]


def test_issue_date_asked_with_the_subject_states_the_title_and_quotes_the_header():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND ban hành ngày nào và về việc gì?")
    assert answer.text.startswith(f"{PLAN}, ban hành ngày 07/03/2023, về việc “{META['title']}”.")
    assert [c.passage.id for c in answer.citations] == ["header"]
    assert "về việc" not in answer_with_scope("Kế hoạch 70/KH-UBND ban hành ngày nào?").text


def test_issue_date_of_an_undated_plan_is_refused_with_the_reason():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND ban hành ngày nào?", date="")
    assert answer.refused and not answer.citations
    assert answer.text.startswith(f"{REFUSAL[:-1]} (văn bản không ghi ngày ban hành).")


def test_issue_date_of_the_implemented_document_comes_from_the_legal_basis():
    answer = answer_with_scope("Kế hoạch 70/KH-UBND thực hiện quyết định nào, ban hành ngày nào?")
    assert not answer.refused
    assert [c.passage.id for c in answer.citations] == ["basis"]
    assert "30/12/2021" in answer.text


ANNEX = passage(
    1, "annex",
    "Phụ lục: Danh mục nhiệm vụ\n"
    "Tiếp nhận hồ sơ, tài liệu về giáo dục nghề nghiệp | Cơ quan chủ trì: Sở Giáo dục và Đào tạo "
    "| Thời gian hoàn thành: Tháng 4/2025\n"
    "Tổ chức Ngày hội tư vấn hướng nghiệp | Cơ quan chủ trì: Sở Giáo dục và Đào tạo "
    "| Thời gian hoàn thành: Tháng 5/2025\n"
    "Rà soát mạng lưới cơ sở giáo dục nghề nghiệp | Cơ quan chủ trì: Sở Nội vụ | Thời gian hoàn thành: Quý III/2025",
    "Phụ lục: Danh mục nhiệm vụ",
)


def test_a_task_row_is_quoted_without_the_rows_that_only_share_its_columns():
    # The other rows score close (0.9 of the best) on their column names alone.
    question = "Nhiệm vụ tiếp nhận hồ sơ giáo dục nghề nghiệp: cơ quan chủ trì là cơ quan nào, thời gian hoàn thành khi nào?"
    quoted = [u.text for u in answer_units(question, [ANNEX])]
    assert len(quoted) == 1 and quoted[0].startswith("Tiếp nhận hồ sơ")
    listed = [u.text for u in answer_units("Sở Giáo dục và Đào tạo chủ trì những nhiệm vụ nào?", [ANNEX])]
    assert len(listed) >= 2  # a list question keeps the rows it asks for


RATES_TABLE = passage(
    1, "rates-table",
    "3. Biểu chỉ tiêu\n"
    "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | Đơn vị: % | Mục tiêu Giai đoạn 2026-2030: 38 - 40 (năm 2030)\n"
    "Tỷ lệ lao động qua đào tạo | Đơn vị: % | Mục tiêu Giai đoạn 2026-2030: 75% (năm 2030)",
    "3. Biểu chỉ tiêu",
)


def test_a_row_whose_label_the_question_names_is_quoted_beside_a_longer_one():
    quoted = [u.text for u in answer_units("Tỷ lệ lao động qua đào tạo năm 2030 là bao nhiêu?", [RATES_TABLE])]
    assert any(t.startswith("Tỷ lệ lao động qua đào tạo | ") for t in quoted), quoted


TASK_FIELDS = passage(
    1, "fields",
    "9.5. Xây dựng thiết chế văn hóa, thể thao trong doanh nghiệp\n"
    "- Nội dung: lựa chọn 05 doanh nghiệp để xây dựng mỗi doanh nghiệp 01 thiết chế văn hóa - thể thao.\n"
    "- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa.\n- Thời gian thực hiện: Năm 2023.",
    "9.5. Xây dựng thiết chế văn hóa, thể thao trong doanh nghiệp",
)


def test_where_the_money_comes_from_quotes_the_tasks_funding_line():
    quoted = [u.text for u in answer_units("Tiền lấy ở đâu để xây thiết chế văn hóa trong doanh nghiệp?", [TASK_FIELDS])]
    assert "- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa." in quoted, quoted


def test_a_list_lead_is_read_with_the_item_sections_it_announces():
    """"Kinh phí … bao gồm:" names no "nguồn"; its items, sections of their own, do."""
    elsewhere = passage(1, "duty", "V. TỔ CHỨC THỰC HIỆN\n1. Các sở\n- Bố trí kinh phí thực hiện theo phân cấp ngân "
                        "sách nhà nước hiện hành.", "V. TỔ CHỨC THỰC HIỆN › 1. Các sở", 1.0, ordinal=20)
    lead = passage(5, "lead", "IV. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện Kế hoạch bao gồm:",
                   "IV. KINH PHÍ THỰC HIỆN", 0.6, ordinal=14)
    items = [passage(6 + i, f"item{i}", f"IV. KINH PHÍ THỰC HIỆN\n{i}. {text}", f"IV. KINH PHÍ THỰC HIỆN › {i}. {text}",
                     0.5, ordinal=15 + i)
             for i, text in enumerate(["Nguồn ngân sách nhà nước.", "Nguồn vốn ODA.", "Nguồn thu từ học phí."], 1)]
    profile = profile_question("Kế hoạch lấy kinh phí từ những nguồn nào?")
    best = score_units([elsewhere, lead, *items], profile, WEIGHTS)[0]
    assert best.unit.text == "Kinh phí thực hiện Kế hoạch bao gồm:"
    # a question that asks no list reads the lead alone
    plain = profile_question("Kinh phí thực hiện Kế hoạch theo phân cấp ngân sách thế nào?")
    assert score_units([elsewhere, lead, *items], plain, WEIGHTS)[0].unit.passage is elsewhere


def test_a_rows_years_heading_its_columns_are_no_deadline():
    """ "Hạn hoàn thành … khi nào": a target row whose years only head its columns ("Mục tiêu Năm 2025: 12") states no
    time anything is due; a row whose cell is a time ("Thời gian: Quý IV/2025") does, and a year asked as such ("năm
    nào") is the column's."""
    row = "Cơ sở GDNN đạt kiểm định chất lượng | Đơn vị: Cơ sở | Năm 2024 (ước): 09 | Mục tiêu Năm 2025: 12"
    due = "Kiểm định chất lượng 03 cơ sở | Cơ quan chủ trì: Sở Giáo dục và Đào tạo | Thời gian: Quý IV/2025"
    deadline = profile_question("Hạn hoàn thành kiểm định chất lượng các cơ sở là khi nào?")
    assert deadline.deadline and DATE not in kinds_in(row, deadline) and DATE in kinds_in(due, deadline)
    assert DATE in kinds_in(row, profile_question("Năm nào có 12 cơ sở đạt kiểm định chất lượng?"))


def test_a_list_lead_ending_a_paragraph_is_read_with_the_sentences_before_it():
    """ "… gửi hồ sơ về Sở Giáo dục và Đào tạo trước ngày 10/12. Hồ sơ gồm:" over the items "a) Báo cáo tự đánh giá;
    b) …" (sections of their own): the lead names only "hồ sơ", the sentence before it whose; the lead, read with that
    sentence and its items, is what a list question about that file quotes, not the sentence about sending it."""
    head = "IV. QUY TRÌNH › 1. Bước 1 - Tự đánh giá"
    step = passage(1, "step", "IV. QUY TRÌNH\n1. Bước 1 - Tự đánh giá\nỦy ban nhân dân cấp xã tổ chức tự đánh giá, chấm "
                   "điểm và gửi hồ sơ về Sở Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm. Hồ sơ gồm:", head, 1.0,
                   ordinal=10)
    items = [passage(2 + i, f"item{i}", f"IV. QUY TRÌNH\n1. Bước 1 - Tự đánh giá\n{text}", f"{head} › {text}", 0.5,
                     ordinal=11 + i)
             for i, text in enumerate(["a) Báo cáo tự đánh giá (Mẫu số 01);", "b) Bảng tự chấm điểm (Mẫu số 02);",
                                       "c) Bảng tổng hợp minh chứng."])]
    profile = profile_question("Hồ sơ xã gửi lên Sở gồm những tài liệu gì?")
    assert score_units([step, *items], profile, WEIGHTS)[0].unit.text == "Hồ sơ gồm:"


def test_where_the_money_comes_from_is_the_whole_list_under_the_funding_heading():
    """The funding part's bullets, not a body's duty that names a source too ("huy động các nguồn lực")."""
    duty = passage(1, "duty", "V. TỔ CHỨC THỰC HIỆN\n10. Các sở, ngành\nKhuyến khích các địa phương bố trí và huy "
                   "động các nguồn lực hợp pháp để thực hiện việc miễn học phí.", "V. TỔ CHỨC THỰC HIỆN › 10. Các sở, ngành",
                   1.0, ordinal=30)
    bullets = ["- Từ nguồn ngân sách nhà nước bố trí trong dự toán hằng năm.", "- Kinh phí lồng ghép trong các chương "
               "trình mục tiêu quốc gia.", "- Từ nguồn thu học phí và các nguồn thu hợp pháp khác."]
    funding = passage(2, "funding", "IV. KINH PHÍ THỰC HIỆN\n" + "\n".join(bullets), "IV. KINH PHÍ THỰC HIỆN", 0.9,
                      ordinal=25)
    quoted = [u.text for u in answer_units("Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?", [duty, funding])]
    assert all(b in quoted for b in bullets) and not any("Khuyến khích" in q for q in quoted), quoted
    assert LIST in profile_question("Tiền ở đâu ra để làm kế hoạch?").kinds  # the sources are several
    assert LIST not in profile_question("Sở nào chủ trì bố trí nguồn vốn chi đầu tư phát triển?").kinds


def test_a_short_part_of_sentences_is_the_list_its_heading_names():
    """"những hoạt động … nào": each sentence of "11. Tổ chức các hoạt động …" is one; a longer part is not a list."""
    heading = "11. Tổ chức các hoạt động phong trào chuyên môn"
    sentences = ["Tổ chức Kỳ thi kỹ năng nghề Thành phố năm 2023.", "Tổ chức Hội giảng nhà giáo năm 2023.",
                 "Phát động phong trào thi đua dạy tốt, học tốt."]
    part = passage(1, "events", "III. NHIỆM VỤ\n" + heading + "\n" + "\n".join(sentences),
                   f"III. NHIỆM VỤ › {heading}", ordinal=12)
    quoted = [u.text for u in answer_units("Thành phố tổ chức những hoạt động phong trào chuyên môn nào cho nhà giáo?",
                                           [part])]
    assert all(s in quoted for s in sentences), quoted
    units = passage_units(part)
    topic = profile_question("tổ chức những hoạt động phong trào chuyên môn nào").keywords
    assert heads_list(units[0], units, topic) and not heads_list(units[1], units, topic)
    assert not heads_list(units[0], units, profile_question("những sở nào báo cáo").keywords)  # not what it names
    assert LIST in profile_question("tổ chức những hoạt động phong trào chuyên môn nào cho thầy trò").kinds


def test_an_item_that_is_a_section_of_its_own_is_read_under_the_heading_that_names_the_list():
    """"3. Quỹ hỗ trợ việc làm" names no "nguồn lực"; the heading over the items does, in full, as a lead would."""
    duty = passage(1, "duty", "Điều 5. Trách nhiệm thi hành\n1. Sở Tài chính\n- Bố trí nguồn lực theo dự toán được "
                   "giao hằng năm.", "Điều 5. Trách nhiệm thi hành › 1. Sở Tài chính", 1.0, ordinal=30)
    over = "Điều 4. Nguồn lực thực hiện"
    items = [passage(3 + i, f"item{i}", f"{over}\n{text}", f"{over} › {text}", 0.6, ordinal=20 + i)
             for i, text in enumerate(["1. Ngân sách tỉnh bố trí trong dự toán hằng năm.", "2. Quỹ hỗ trợ việc làm.",
                                       "3. Vốn vay ưu đãi của Ngân hàng Chính sách xã hội."])]
    question = "Những nguồn lực nào được huy động để thực hiện, kể cả vốn vay?"
    best = score_units([duty, *items], profile_question(question), WEIGHTS)[0]
    assert best.unit.passage in items, best
    plain = profile_question("Nguồn lực được bố trí theo dự toán thế nào, kể cả vốn vay?")
    assert score_units([duty, *items], plain, WEIGHTS)[0].unit.passage is duty


SUPPORT_TABLE = passage(
    1, "support",
    "Điều 3. Hỗ trợ chi phí đào tạo\n1. Mức hỗ trợ chi phí đào tạo\n(Đơn vị tính: đồng/người/khóa học)\n"
    "Người khuyết tật | Sơ cấp: 5.000.000 | Dưới 3 tháng: 3.500.000\n| 1 | Người khuyết tật | 5.000.000 | 3.500.000 |\n"
    "Người dân tộc thiểu số | Sơ cấp: 4.500.000 | Dưới 3 tháng: 3.000.000",
    "Điều 3. Hỗ trợ chi phí đào tạo › 1. Mức hỗ trợ chi phí đào tạo",
)


def test_a_tables_unit_note_is_read_with_each_of_its_rows():
    rows = [u.text for u in passage_units(SUPPORT_TABLE) if " | " in u.text]
    assert rows[0] == "Người khuyết tật | Sơ cấp: 5.000.000 | Dưới 3 tháng: 3.500.000 | Đơn vị tính: đồng/người/khóa học"
    assert len(rows) == 2  # the raw row under the row read aloud stays out
    money = profile_question("Người dân tộc thiểu số học sơ cấp được hỗ trợ bao nhiêu tiền một khóa?")
    best = score_units([SUPPORT_TABLE], money, WEIGHTS)[0]
    assert best.unit.text.startswith("Người dân tộc thiểu số") and has_measure(best.unit.text, money)


def test_a_unit_naming_the_group_and_level_asked_ranks_first():
    rules = passage(2, "rules", "Điều 3. Hỗ trợ chi phí đào tạo\n3. Hỗ trợ tiền đi lại\nNgười khuyết tật được hỗ trợ "
                    "tiền đi lại 300.000 đồng/người/khóa học.", "Điều 3. Hỗ trợ chi phí đào tạo › 3. Hỗ trợ tiền đi lại")
    question = profile_question("Người khuyết tật học trình độ sơ cấp được hỗ trợ tối đa bao nhiêu đồng?")
    best = score_units([rules, SUPPORT_TABLE], question, WEIGHTS)[0]
    assert best.unit.text.startswith("Người khuyết tật | Sơ cấp: 5.000.000")


def test_a_lead_over_a_table_takes_the_rows_of_the_chunks_that_repeat_its_heading():
    section = "V. KINH PHÍ › 1. Tổng kinh phí"
    lead = passage(1, "lead", "V. KINH PHÍ\n1. Tổng kinh phí\nTổng kinh phí là 3.530 triệu đồng, cụ thể theo nguồn như sau:",
                   section, ordinal=40)
    rows = [passage(2 + i, f"row{i}", f"V. KINH PHÍ\n1. Tổng kinh phí\n{name} | Số tiền (triệu đồng): {amount}", section,
                    0.8, ordinal=41 + i)
            for i, (name, amount) in enumerate([("Ngân sách tỉnh", "1.250"), ("Ngân sách huyện", "860")])]
    units = [u for p in (lead, *rows) for u in passage_units(p)]
    first = next(u for u in units if u.text.endswith("như sau:"))
    assert [u.text for u in enumeration(first, units)] == [
        "Ngân sách tỉnh | Số tiền (triệu đồng): 1.250", "Ngân sách huyện | Số tiền (triệu đồng): 860"]


def test_a_lead_that_states_the_figure_asked_is_quoted_without_its_items():
    """"Tổng kinh phí … bao nhiêu": the total in the lead answers; the breakdown is quoted only for a list asked."""
    section = "IV. KINH PHÍ THỰC HIỆN"
    text = (f"{section}\nTổng kinh phí thực hiện Kế hoạch là 12,5 tỷ đồng, gồm:\n- Ngân sách tỉnh: 8,1 tỷ đồng.\n"
            "- Ngân sách huyện: 2,4 tỷ đồng.\n- Xã hội hóa: 2 tỷ đồng.")
    funding = [passage(1, "funding", text, section, ordinal=30)]
    total = [u.text for u in answer_units("Tổng kinh phí thực hiện kế hoạch là bao nhiêu?", funding)]
    assert total == ["Tổng kinh phí thực hiện Kế hoạch là 12,5 tỷ đồng, gồm:"], total
    listed = [u.text for u in answer_units("Tổng kinh phí thực hiện kế hoạch gồm những nguồn nào?", funding)]
    assert "- Ngân sách huyện: 2,4 tỷ đồng." in listed and "- Xã hội hóa: 2 tỷ đồng." in listed, listed
    # a lead that does not state the kind asked ("bao nhiêu" with no figure in it) is read with its items
    lead = [passage(1, "lead", f"{section}\nKinh phí thực hiện Kế hoạch gồm:\n- Ngân sách tỉnh: 8,1 tỷ đồng.\n"
                    "- Ngân sách huyện: 2,4 tỷ đồng.", section, ordinal=30)]
    amounts = [u.text for u in answer_units("Kinh phí thực hiện kế hoạch là bao nhiêu tỷ đồng?", lead)]
    assert "- Ngân sách tỉnh: 8,1 tỷ đồng." in amounts, amounts


def test_bao_nhieu_in_no_measure_is_answered_by_a_unit_stating_a_figure():
    """A duty speaking of the target ("… hoàn thành chỉ tiêu tuyển sinh … năm 2023") covers more of the question's
    words than the target itself; it states no figure, so the target line answers."""
    duty = passage(1, "duty", "V. TỔ CHỨC THỰC HIỆN\n1. Sở Lao động - Thương binh và Xã hội\nChỉ đạo các cơ sở giáo "
                   "dục nghề nghiệp đẩy mạnh công tác tuyển sinh để hoàn thành chỉ tiêu tuyển sinh giáo dục nghề nghiệp "
                   "đề ra năm 2023.", "V. TỔ CHỨC THỰC HIỆN › 1. Sở Lao động - Thương binh và Xã hội", 1.0, ordinal=30)
    target = passage(2, "target", "II. CHỈ TIÊU\n1. Tuyển sinh và đào tạo khoảng 230.000 lượt người.", "II. CHỈ TIÊU",
                     0.9, ordinal=6)
    quoted = [u.text for u in answer_units("Chỉ tiêu tuyển sinh giáo dục nghề nghiệp năm 2023 là bao nhiêu?",
                                           [duty, target])]
    assert any("230.000" in q for q in quoted), quoted
    # asked no figure, the duty answers
    asked = [u.text for u in answer_units("Ai chỉ đạo các cơ sở đẩy mạnh tuyển sinh giáo dục nghề nghiệp?",
                                          [duty, target])]
    assert any("Chỉ đạo các cơ sở" in q for q in asked), asked


def test_a_plans_own_question_is_never_quoted_its_answer_under_it_is():
    section = "II. HƯỚNG DẪN › 10. Một số vấn đề cần lưu ý › Người thuộc nhiều nhóm đối tượng thì hưởng mức nào?"
    qa = passage(1, "qa", "II. HƯỚNG DẪN\n10. Một số vấn đề cần lưu ý\nNgười thuộc nhiều nhóm đối tượng thì hưởng mức "
                 "nào?\nChỉ được hưởng một mức hỗ trợ cao nhất, không cộng dồn.", section)
    profile = profile_question("Người thuộc nhiều nhóm đối tượng thì hưởng mức hỗ trợ nào?")
    scored = score_units([qa], profile, WEIGHTS)
    assert scored and not any(s.unit.text.endswith("?") for s in scored)
    assert scored[0].unit.text.startswith("Chỉ được hưởng một mức")


# Each row in a chunk of its own; the detail row's chunk, which repeats its parent's label, ranks first.
ALLOCATION = [
    passage(2, "whole", "Phụ lục: Chỉ tiêu giao năm 2026\nTuyển sinh, đào tạo nghề | Đơn vị chủ trì: Sở Giáo dục và "
            "Đào tạo | Chỉ tiêu 2026: 29.500 người", "Phụ lục: Chỉ tiêu giao năm 2026", 0.8),
    passage(1, "detail", "Phụ lục: Chỉ tiêu giao năm 2026\nTuyển sinh, đào tạo nghề › Trong đó: tuyển sinh trình độ "
            "cao đẳng, trung cấp | Đơn vị chủ trì: Các trường | Chỉ tiêu 2026: 5.900 người",
            "Phụ lục: Chỉ tiêu giao năm 2026", 1.0),
]


def test_a_detail_row_singling_out_a_level_yields_to_its_whole_unless_that_level_is_asked():
    whole = answer_units("Chỉ tiêu tuyển sinh, đào tạo nghề năm 2026 là bao nhiêu người?", ALLOCATION)
    assert "29.500" in whole[0].text, [u.text for u in whole]
    part = answer_units("Chỉ tiêu tuyển sinh, đào tạo nghề trình độ cao đẳng, trung cấp năm 2026 là bao nhiêu?",
                        ALLOCATION)
    assert "5.900" in part[0].text, [u.text for u in part]


def test_a_table_row_states_money_in_the_unit_its_caption_gives():
    """"… bao nhiêu tiền": a row of bare figures under "Biểu 2. Phân kỳ kinh phí … Đơn vị tính: tỷ đồng" states the
    money asked; the same row under a caption giving no unit states a count, not money."""
    rows = ("Tổng kinh phí | Năm 2028: 82,4 | Cộng: 312,5\nTổng kinh phí › Trong đó: ngân sách tỉnh | Năm 2028: 26,3 | "
            "Cộng: 84,5")
    question = "Riêng năm 2028 ngân sách tỉnh bố trí bao nhiêu tiền cho kế hoạch?"
    caption = "Biểu 2. Phân kỳ kinh phí thực hiện Kế hoạch Đơn vị tính: tỷ đồng"
    priced = passage(1, "money", f"IV. KINH PHÍ\n{caption}\n{rows}", "IV. KINH PHÍ")
    units = answer_units(question, [priced])
    assert units and "26,3" in units[0].text and units[0].reading.endswith("| Đơn vị tính: tỷ đồng"), units
    bare = passage(1, "bare", f"IV. KINH PHÍ\nBiểu 2. Phân kỳ theo năm\n{rows}", "IV. KINH PHÍ")
    assert not answer_units(question, [bare])


# A task named in the part on tasks without its body, and again under the body that does it.
TASK_AND_BODY = [
    passage(1, "task", "B. NHIỆM VỤ\nV. GẮN ĐÀO TẠO VỚI VIỆC LÀM\n4. Phối hợp với các doanh nghiệp dịch vụ tổ chức đào "
            "tạo ngoại ngữ cho lao động đi làm việc ở nước ngoài.", "B. NHIỆM VỤ › V. GẮN ĐÀO TẠO VỚI VIỆC LÀM", 1.0),
    passage(2, "body", "D. TỔ CHỨC THỰC HIỆN\n2. Sở Nội vụ\nc) Chủ trì hướng dẫn, giám sát việc đào tạo ngoại ngữ "
            "cho lao động đi làm việc ở nước ngoài.",
            "D. TỔ CHỨC THỰC HIỆN › 2. Sở Nội vụ › c) Chủ trì hướng dẫn, giám sát", 0.9),
]


def test_a_body_asked_of_a_task_comes_from_the_line_naming_its_body_when_it_scores_nearly_as_well():
    """"Cơ quan nào hướng dẫn, giám sát việc đó: <the task as the last answer quoted it>": the task's own line in the
    part on tasks names no body; the line under "2. Sở Nội vụ" on the same task does, and answers."""
    units = answer_units("Cơ quan nào hướng dẫn, giám sát việc đó: Phối hợp với các doanh nghiệp dịch vụ tổ chức đào "
                         "tạo ngoại ngữ cho lao động đi làm việc ở nước ngoài?", TASK_AND_BODY)
    assert units[0].text.startswith("c) Chủ trì hướng dẫn"), [u.text for u in units]


# A detail row sharing its group with the row it details: the whole is "lao động vùng đồng bào dân tộc thiểu số",
# the part "người dân tộc thiểu số".
MINORITIES = [
    passage(2, "whole", "Biểu 1. Chỉ tiêu chủ yếu\nHỗ trợ đào tạo nghề cho lao động vùng đồng bào dân tộc thiểu số | "
            "Đơn vị tính: Người | Năm 2029: 6.200", "II. MỤC TIÊU › 3. Chỉ tiêu theo từng năm", 0.8),
    passage(1, "part", "Biểu 1. Chỉ tiêu chủ yếu\nHỗ trợ đào tạo nghề cho lao động vùng đồng bào dân tộc thiểu số › "
            "Trong đó: người dân tộc thiểu số | Đơn vị tính: Người | Năm 2029: 4.950",
            "II. MỤC TIÊU › 3. Chỉ tiêu theo từng năm", 1.0),
]


def test_a_detail_row_sharing_its_group_with_its_whole_is_asked_only_in_its_own_words():
    """"… cho đồng bào dân tộc thiểu số …, năm 2029 hỗ trợ đào tạo nghề cho bao nhiêu lao động?" names the whole row's
    group (the plan's title too), not the part "người dân tộc thiểu số"; "… thì người dân tộc thiểu số chiếm bao
    nhiêu?" writes the part's own words."""
    for question in ("Kế hoạch hỗ trợ đào tạo nghề cho đồng bào dân tộc thiểu số năm 2029 hỗ trợ đào tạo nghề cho "
                     "bao nhiêu lao động?", "nam 2029 ho tro dao tao nghe cho bao nhieu lao dong vung dong bao dan toc "
                     "thieu so"):
        whole = answer_units(question, MINORITIES)
        assert "6.200" in whole[0].text, [u.text for u in whole]
    part = answer_units("Năm 2029 trong số lao động được hỗ trợ thì người dân tộc thiểu số là bao nhiêu?", MINORITIES)
    assert "4.950" in part[0].text, [u.text for u in part]


PLACES = [
    passage(1, "places", "2. CHỈ TIÊU TUYỂN SINH\n2.1. Tổng chỉ tiêu\nTổng chỉ tiêu tuyển sinh năm 2026 là 1.850 người, "
            "gồm: cao đẳng 420 người; trung cấp 630 người; sơ cấp 800 người.", "2. CHỈ TIÊU TUYỂN SINH › 2.1. Tổng chỉ tiêu",
            0.6),
    passage(2, "rows", "2. CHỈ TIÊU TUYỂN SINH\n2.2. Chỉ tiêu theo nghề\nKỹ thuật chế biến món ăn | Mã nghề: 6810207 | "
            "Cao đẳng: 30 | Trung cấp: 60 | Sơ cấp: 120 | Tổng: 210\nMay thời trang | Mã nghề: 5540205 | Cao đẳng: - | "
            "Trung cấp: 40 | Sơ cấp: 150 | Tổng: 190", "2. CHỈ TIÊU TUYỂN SINH › 2.2. Chỉ tiêu theo nghề", 1.0),
]


def test_a_table_row_of_bare_counts_answers_how_many_people():
    quoted = answer_units("Nghề Kỹ thuật chế biến món ăn tuyển bao nhiêu người ở mỗi trình độ?", PLACES)
    assert quoted[0].text.startswith("Kỹ thuật chế biến món ăn |"), [u.text for u in quoted]
    # a row of sums of money is no count of people
    profile = profile_question("Nghề May tuyển bao nhiêu người?")
    assert not has_measure("May thời trang | Học phí (đồng/tháng): 1.250.000", profile)


def test_a_basis_citing_a_document_answers_only_what_the_plan_implements():
    basis = passage(1, "basis", "Căn cứ ban hành kế hoạch\nCăn cứ Quyết định số 27/QĐ-CĐN ngày 09/02/2026 của Hiệu trưởng "
                    "về liên kết đào tạo với doanh nghiệp.\nCăn cứ kết quả tuyển sinh năm 2025 (tuyển mới 1.650 người).",
                    "Căn cứ ban hành kế hoạch")
    linked = [u.text for u in answer_units("Trường tuyển bao nhiêu chỉ tiêu liên kết đào tạo với doanh nghiệp?", [basis])]
    assert not any(t.startswith("Căn cứ Quyết định") for t in linked), linked
    past = [u.text for u in answer_units("Năm 2025 trường tuyển mới bao nhiêu người?", [basis])]
    assert past and past[0].startswith("Căn cứ kết quả"), past
    cited = [u.text for u in answer_units("Kế hoạch căn cứ quyết định nào của Hiệu trưởng?", [basis])]
    assert cited and cited[0].startswith("Căn cứ Quyết định"), cited


# ------------------------------------------------------------------ partners asked
PROSE_TASK = passage(
    1, "prose",
    "II. KẾT LUẬN › 3. Nhiệm vụ cụ thể\nb) Sở Nội vụ:\n- Tham mưu UBND tỉnh ban hành Kế hoạch hỗ trợ lao động đi làm "
    "việc ở nước ngoài theo hợp đồng năm 2026, trước ngày 30/4/2026.",
    "II. KẾT LUẬN › 3. Nhiệm vụ cụ thể › b) Sở Nội vụ", ordinal=12,
)
TASK_TABLE = passage(
    2, "table",
    "Danh mục nhiệm vụ giao\nKế hoạch hỗ trợ lao động đi làm việc ở nước ngoài theo hợp đồng năm 2026 | Cơ quan chủ trì: "
    "Sở Nội vụ | Cơ quan phối hợp: Sở Dân tộc và Tôn giáo; Ngân hàng Chính sách xã hội | Thời hạn: Tháng 4/2026",
    "Danh mục nhiệm vụ giao", 0.9, ordinal=30,
)


def test_partners_asked_bring_the_tasks_table_row_when_the_prose_names_only_the_lead():
    question = "Cơ quan nào tham mưu ban hành Kế hoạch hỗ trợ lao động đi làm việc ở nước ngoài, cơ quan nào phối hợp?"
    texts = [u.text for u in answer_units(question, [PROSE_TASK, TASK_TABLE])]
    assert any("Cơ quan phối hợp: Sở Dân tộc" in t for t in texts) and any(t.startswith("- Tham mưu") for t in texts)
    # who leads alone is asked: the prose answers it, the table row is not added
    lead_only = [u.text for u in answer_units("Cơ quan nào tham mưu ban hành Kế hoạch hỗ trợ lao động đi làm việc ở nước "
                                              "ngoài?", [PROSE_TASK, TASK_TABLE])]
    assert not any("phối hợp" in t for t in lead_only) or not any(t.startswith("- Tham mưu") for t in lead_only)


@pytest.mark.parametrize(("text", "names"), [
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức 12 phiên.", True),
    ("Tổ chức 12 phiên | Cơ quan chủ trì: Sở Nội vụ | Cơ quan phối hợp: Sở Tài chính | Thời hạn: Quý II", True),
    ("Tổ chức 12 phiên | Cơ quan chủ trì: Sở Nội vụ | Đơn vị phối hợp: - | Thời hạn: Quý II", False),
    ("Sở Nội vụ phối hợp tổ chức các phiên giao dịch việc làm.", False),  # a verb follows, no body
])
def test_a_unit_names_partners_in_prose_or_in_a_partners_cell(text, names):
    assert names_partners(text) is names


@pytest.mark.parametrize(("question", "asked"), [
    ("Ai chủ trì hội nghị, và những đơn vị nào phối hợp?", True),
    ("Sở Nội vụ phối hợp với cơ quan nào?", True),
    ("so noi vu phoi hop voi nhung so nao", True),
    ("Việc này do ai phối hợp?", True),
    ("Cơ quan nào chủ trì tổ chức hội nghị?", False),
    ("Sở Nội vụ phối hợp tổ chức mấy phiên giao dịch?", False),
])
def test_questions_asking_who_coordinates(question, asked):
    assert profile_question(question).partners is asked


def test_the_signature_part_answers_no_figure_or_time():
    signed = passage(9, "sig", "Nơi nhận và người ký\n- Lưu: VT.\nTỉnh đoàn tổng kết công tác năm 2025 với 1.200 lượt tư vấn.\n"
                     "PHÓ BÍ THƯ\nNguyễn Văn A", SIGNATURE_TITLE)
    assert not answers_from(signed, profile_question("Năm 2025 tư vấn được bao nhiêu lượt?"))
    assert not answers_from(signed, profile_question("Tổng kết vào ngày nào?"))
    assert answers_from(signed, profile_question("Ai ký kế hoạch?"))
    assert answers_from(signed, profile_question("Kế hoạch gửi những cơ quan nào?"))


def test_a_unit_sending_where_the_question_sends_ranks_over_the_row_the_recipient_leads():
    """"báo cáo năm gửi Sở GD&ĐT hạn chót ngày nào": the sentence sending the report to the Sở answers; the annex
    row the Sở itself leads (its own report, a later date) does not."""
    report = passage(2, "report", "D. TỔ CHỨC THỰC HIỆN\n6. Chế độ báo cáo\nCác sở, ngành và Ủy ban nhân dân các "
                     "huyện báo cáo năm (trước ngày 25/11/2025) gửi Sở Giáo dục và Đào tạo.",
                     "D. TỔ CHỨC THỰC HIỆN › 6. Chế độ báo cáo", ordinal=30)
    row = passage(1, "row", "Phụ lục\nBáo cáo năm gửi Bộ Giáo dục và Đào tạo | Cơ quan chủ trì: Sở Giáo dục và Đào tạo "
                  "| Thời gian hoàn thành: Trước 10/12/2025", "Phụ lục", ordinal=40)
    profile = profile_question("Báo cáo năm gửi Sở GD&ĐT hạn chót ngày nào?")
    assert profile.recipients == ("Sở Giáo dục và Đào tạo",)
    sent = passage_units(report)[-1]
    led = passage_units(row)[-1]
    assert direction_fit(sent, "6. Chế độ báo cáo", profile) == 1
    assert direction_fit(led, "Phụ lục", profile) == -1
    best = score_units([row, report], profile, WEIGHTS)[0]
    assert "25/11/2025" in best.unit.text
    # a question sending nothing: the row the body asked of leads is its work
    assert direction_fit(led, "Phụ lục", profile_question("Sở GD&ĐT chủ trì báo cáo gì?")) == 1


def test_a_floor_does_not_state_the_ceiling_asked():
    """"vay tối đa bao nhiêu tiền": a budget of "tối thiểu 25 tỷ đồng mỗi năm" states no ceiling; a line giving one
    does."""
    profile = profile_question("Người lao động được vay tối đa bao nhiêu tiền?")
    assert NUMBER not in kinds_in("Ngân sách tỉnh ủy thác qua Ngân hàng tối thiểu 25 tỷ đồng mỗi năm để cho vay.", profile)
    assert NUMBER in kinds_in("Người lao động được vay tối đa 100 triệu đồng.", profile)


def test_a_quarterly_reports_day_of_the_period_answers_when_it_is_due():
    """"gửi báo cáo quý … chậm nhất ngày nào": "trước ngày 20 của tháng cuối quý" is a day, and the sentence sends
    the report where the question does, however long what it sends; the yearly report's date answers another."""
    text = ("Điều 9. Chế độ báo cáo\n1. Báo cáo quý: các thành viên gửi báo cáo kết quả thực hiện nhiệm vụ được phân "
            "công về Tổ giúp việc (qua Sở Nội vụ) trước ngày 20 của tháng cuối quý.\n2. Báo cáo năm: thành viên gửi báo "
            "cáo về Tổ giúp việc trước ngày 05 tháng 12 hằng năm.")
    rules = passage(1, "rules", text, "Điều 9. Chế độ báo cáo", ordinal=30)
    profile = profile_question("Thành viên gửi báo cáo quý về Tổ giúp việc chậm nhất ngày nào?")
    quarterly = passage_units(rules)[1]
    assert DATE in kinds_in(quarterly.text, profile)
    assert direction_fit(quarterly, "Điều 9. Chế độ báo cáo", profile) == 1
    assert "tháng cuối quý" in score_units([rules], profile, WEIGHTS)[0].unit.text


def test_the_body_a_question_has_report_is_not_the_one_reporting_to_it():
    """"Sở Nội vụ phải báo cáo UBND tỉnh …": the communes' duty to report to the Sở is another's sending."""
    communes = passage(1, "xa", "V. TỔ CHỨC THỰC HIỆN\n11. Ủy ban nhân dân các xã, phường\nBáo cáo kết quả thực hiện về "
                       "Sở Nội vụ định kỳ 6 tháng, trước ngày 05/6/2026.", "V. TỔ CHỨC THỰC HIỆN › 11. Ủy ban nhân dân "
                       "các xã, phường", ordinal=50)
    own = passage(2, "snv", "V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực "
                  "hiện Kế hoạch trước ngày 15/6/2026.", "V. TỔ CHỨC THỰC HIỆN › 1. Sở Nội vụ", ordinal=40)
    profile = profile_question("Sở Nội vụ phải báo cáo UBND tỉnh vào những mốc nào?")
    assert profile.actors == ("Sở Nội vụ",)
    assert direction_fit(passage_units(communes)[-1], "11. Ủy ban nhân dân các xã, phường", profile) == -1
    assert direction_fit(passage_units(own)[-1], "1. Sở Nội vụ", profile) == 1


def test_a_body_the_heading_directs_to_act_does_the_work_asked_of_it():
    """"Hội nông dân ở xã có giúp gì …": the line under "8.2. Ban Công tác Nông dân" that opens "Chỉ đạo Hội Nông dân
    cấp xã …" is that body's work (the name asked short of its "cấp xã"), and ranks over a line on the topic that
    names no body; a line of the heading's own work does not do the directed body's."""
    union = passage(2, "hnd", "V. TỔ CHỨC THỰC HIỆN\n8.2. Ban Công tác Nông dân\nChỉ đạo Hội Nông dân cấp xã phối hợp "
                    "khảo sát nhu cầu đào tạo nghề của hội viên, nông dân.", "V. TỔ CHỨC THỰC HIỆN › 8.2. Ban Công tác "
                    "Nông dân", ordinal=50)
    own = passage(3, "own", "V. TỔ CHỨC THỰC HIỆN\n8.2. Ban Công tác Nông dân\nTuyên truyền chính sách học nghề cho "
                  "nông dân.", "V. TỔ CHỨC THỰC HIỆN › 8.2. Ban Công tác Nông dân", ordinal=51)
    topic = passage(1, "topic", "III. NHIỆM VỤ\n7. Kiểm tra, giám sát\nXây dựng kế hoạch đào tạo nghề phù hợp nhu cầu "
                    "học nghề, việc làm của người dân ở xã.", "III. NHIỆM VỤ › 7. Kiểm tra, giám sát", ordinal=20)
    profile = profile_question("Hội nông dân ở xã có giúp gì cho người muốn học nghề không?")
    assert profile.actors == ("Hội Nông dân",)
    heading = "8.2. Ban Công tác Nông dân"
    assert direction_fit(passage_units(union)[-1], heading, profile) == 1
    assert direction_fit(passage_units(own)[-1], heading, profile) == 0
    assert direction_fit(passage_units(topic)[-1], "7. Kiểm tra, giám sát", profile) == 0


def test_the_body_named_after_when_its_work_is_due_does_it():
    """"Giám đốc Sở Nội vụ ra quyết định trong mấy ngày": the step whose sentence names the Sở's head after its time
    limit ("Trong thời hạn 03 ngày …, Giám đốc Sở Nội vụ ban hành …") is its work; the step before it, where the
    centre submits to that head, is the centre's, and ranks below, though it shares as many words."""
    steps = passage(1, "steps", "VI. TRÌNH TỰ, THỦ TỤC HỖ TRỢ HỌC NGHỀ\n2. Xem xét hồ sơ: Trong thời hạn 05 ngày làm việc "
                    "kể từ ngày nhận đủ hồ sơ, Trung tâm Dịch vụ việc làm tỉnh xem xét, trình Giám đốc Sở Nội vụ quyết "
                    "định hỗ trợ.\n3. Quyết định hỗ trợ: Trong thời hạn 03 ngày làm việc kể từ ngày nhận được tờ trình "
                    "của Trung tâm Dịch vụ việc làm tỉnh, Giám đốc Sở Nội vụ ban hành quyết định hỗ trợ.",
                    "VI. TRÌNH TỰ, THỦ TỤC HỖ TRỢ HỌC NGHỀ", ordinal=30)
    profile = profile_question("Giám đốc Sở Nội vụ ra quyết định hỗ trợ trong mấy ngày?")
    review, decision = passage_units(steps)[-2:]
    heading = "VI. TRÌNH TỰ, THỦ TỤC HỖ TRỢ HỌC NGHỀ"
    assert direction_fit(decision, heading, profile) == 1
    assert direction_fit(review, heading, profile) == 0
    assert "03 ngày" in score_units([steps], profile, WEIGHTS)[0].unit.text


def test_the_work_of_the_body_asked_of_ranks_over_anothers_on_the_same_topic():
    """ "cơ sở GDNN phải làm gì …": the duty under "8. Các cơ sở giáo dục nghề nghiệp" answers, not the inspection
    team's under "9. Đoàn kiểm tra", though the team's line shares more words with the question."""
    schools = passage(2, "cs", "VI. TỔ CHỨC THỰC HIỆN\n8. Các cơ sở giáo dục nghề nghiệp\nThực hiện khắc phục tồn tại, "
                      "báo cáo kết quả trong thời hạn 30 ngày kể từ ngày nhận thông báo kết luận kiểm tra.",
                      "VI. TỔ CHỨC THỰC HIỆN › 8. Các cơ sở giáo dục nghề nghiệp", ordinal=80)
    team = passage(1, "doan", "VI. TỔ CHỨC THỰC HIỆN\n9. Đoàn kiểm tra\nLập biên bản sau mỗi cuộc kiểm tra; dự thảo "
                   "thông báo kết luận kiểm tra trong thời hạn 07 ngày làm việc kể từ ngày kết thúc kiểm tra.",
                   "VI. TỔ CHỨC THỰC HIỆN › 9. Đoàn kiểm tra", ordinal=90)
    profile = profile_question("Sau khi có kết luận kiểm tra thì cơ sở GDNN phải làm gì và trong bao lâu?")
    assert profile.actors == ("Các cơ sở giáo dục nghề nghiệp",)
    assert direction_fit(passage_units(schools)[-1], "8. Các cơ sở giáo dục nghề nghiệp", profile) == 1
    assert direction_fit(passage_units(team)[-1], "9. Đoàn kiểm tra", profile) == 0
    assert "30 ngày" in score_units([team, schools], profile, WEIGHTS)[0].unit.text


def test_a_line_that_opens_with_a_body_is_that_bodys_work_under_a_heading_naming_several():
    """Under "Đề nghị Ủy ban MTTQ tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh …", "- Hội Nông dân tỉnh vận động …" is
    the farmers' union's work and "- Tỉnh đoàn tổ chức …" the youth union's, not every named body's."""
    text = ("12. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh\n"
            "- Tỉnh đoàn tổ chức ít nhất 12 buổi tư vấn khởi nghiệp cho đoàn viên;\n"
            "- Hội Nông dân tỉnh vận động 2.500 hội viên học nghề nông nghiệp.")
    heading = "12. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh"
    units = passage_units(passage(1, "mt", text, heading))
    youth, farmers = (next(u for u in units if word in u.text) for word in ("12 buổi", "2.500"))
    profile = profile_question("Hội Nông dân tỉnh được giao vận động bao nhiêu hội viên học nghề?")
    assert direction_fit(farmers, heading, profile) == 1
    assert direction_fit(youth, heading, profile) == 0


def test_a_table_row_whose_cell_is_in_the_column_asked_states_it():
    """"Ai làm chủ đầu tư …": the project's row with its "Chủ đầu tư" cell answers, not a sentence that tells the
    committee to direct "chủ đầu tư" of the same project (the committee is its heading's body)."""
    row = passage(2, "pl", "Phụ lục I › b) Trung tâm GDNN-GDTX\n7 | Nhà xưởng thực hành Trung tâm GDNN-GDTX khu vực "
                  "Bến Gỗ | Địa điểm: Phường Bến Gỗ | Tổng mức đầu tư: 32.000 | Chủ đầu tư: Ủy ban nhân dân phường "
                  "Bến Gỗ | Ghi chú: -", "Phụ lục I › b) Trung tâm GDNN-GDTX", score=0.2)
    said = passage(1, "d2", "Điều 2. Giao Ủy ban nhân dân tỉnh\nb) Chỉ đạo chủ đầu tư Nhà xưởng thực hành Trung tâm "
                   "GDNN-GDTX khu vực Bến Gỗ hoàn thành thủ tục đầu tư trước ngày 30/6/2027.",
                   "Điều 2. Giao Ủy ban nhân dân tỉnh")
    profile = profile_question("Ai làm chủ đầu tư nhà xưởng thực hành Trung tâm GDNN-GDTX khu vực Bến Gỗ?")
    row_unit = next(u for u in passage_units(row) if "Chủ đầu tư:" in u.text)
    assert names_column_asked(row_unit.text, profile)
    assert not any(names_column_asked(u.text, profile) for u in passage_units(said))
    assert "Ủy ban nhân dân phường Bến Gỗ" in score_units([said, row], profile, WEIGHTS)[0].unit.text


def test_a_document_the_question_sets_aside_is_not_its_answer():
    """"Ngoài Quyết định 2239/QĐ-TTg, … còn thực hiện quyết định nào": the line citing 2239 alone is what the
    question sets aside; the one citing 336 (and 2239 within it) answers."""
    basis = passage(1, "cc", f"{BASIS_TITLE}\nThực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính "
                    "phủ phê duyệt Chiến lược phát triển giáo dục nghề nghiệp;\nThực hiện Quyết định số 336/QĐ-LĐTBXH "
                    "ngày 13/4/2022 của Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch triển khai Quyết định số "
                    "2239/QĐ-TTg;", BASIS_TITLE)
    profile = profile_question("Ngoài Quyết định 2239/QĐ-TTg, kế hoạch còn thực hiện quyết định nào?")
    assert profile.set_aside == (("2239", "qd"),)
    assert "336/QĐ-LĐTBXH" in score_units([basis], profile, WEIGHTS)[0].unit.text
    assert profile_question("Kế hoạch thực hiện quyết định nào? Ngoài ra còn gì?").set_aside == ()


def test_a_citing_clause_that_goes_on_to_say_when_the_session_was_held_answers_when():
    """A notice's opening cites the laws it acts on, then says what was done and when: that time answers "diễn ra
    ngày nào"; a clause citing a document with its own date says nothing of when."""
    opening = passage(1, "cc", f"{BASIS_TITLE}\nThực hiện Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân "
                      "và Chương trình Kỳ họp thứ mười, sáng ngày 10 tháng 7 năm 2028, Hội đồng nhân dân tỉnh đã tiến "
                      "hành phiên chất vấn về giáo dục nghề nghiệp.", BASIS_TITLE)
    cited = passage(2, "cd", f"{BASIS_TITLE}\nThực hiện Kế hoạch số 36/KH-UBND ngày 09/12/2026 của Ủy ban nhân dân "
                    "tỉnh về phiên chất vấn giáo dục nghề nghiệp.", BASIS_TITLE)
    when = profile_question("Phiên chất vấn về giáo dục nghề nghiệp diễn ra ngày nào?")
    texts = [s.unit.text for s in score_units([opening, cited], when, WEIGHTS)]
    assert any("sáng ngày 10 tháng 7 năm 2028" in t for t in texts) and not any("36/KH-UBND" in t for t in texts)
    due = profile_question("Phiên chất vấn về giáo dục nghề nghiệp phải tổ chức trước ngày nào?")
    assert not any("Thực hiện" in s.unit.text for s in score_units([opening, cited], due, WEIGHTS))
    what = profile_question("Phiên chất vấn bàn về giáo dục nghề nghiệp gì?")
    assert not any("Thực hiện" in s.unit.text for s in score_units([opening, cited], what, WEIGHTS))


def test_a_budget_row_under_its_tables_money_unit_states_a_sum():
    """"Kinh phí: 1.680" in a table whose note says "Đơn vị tính: triệu đồng" is a sum of money; a row of people is
    not, nor a row without a figure."""
    profile = profile_question("Khoản tư vấn, giới thiệu việc làm được bao nhiêu tiền?")
    row = "Tư vấn, giới thiệu việc làm | Cơ quan thực hiện: Trung tâm Dịch vụ việc làm | Kinh phí: 1.680"
    assert has_measure(f"{row} | Đơn vị tính: triệu đồng", profile)
    assert not has_measure(row, profile) and not has_measure(f"{row} | Đơn vị tính: người", profile)
    assert not has_measure("Tư vấn việc làm | Ghi chú: - | Đơn vị tính: triệu đồng", profile)



def test_a_money_unit_in_the_header_cell_or_a_note_makes_a_rows_figure_a_sum():
    """The unit of a budget table stands in the figure's header cell ("Số tiền (triệu đồng): 2.340") or in a note
    ("ĐVT: tỷ đồng"); a unit of people there, or a spelled-out sum in brackets, makes no bare figure money."""
    profile = profile_question("Ngân sách cấp xã bố trí bao nhiêu tiền?")
    assert has_measure("Ngân sách cấp xã | Số tiền (triệu đồng): 2.340 | Ghi chú: -", profile)
    assert has_measure("Ngân sách tỉnh | Dự toán: 9.680 | ĐVT: tỷ đồng", profile)
    assert not has_measure("Ngân sách cấp xã | Số lượng (người): 2.340", profile)
    assert not has_measure("Ngân sách cấp xã | Ghi chú: 2.340 (Hai nghìn đồng chí)", profile)


def test_a_row_of_bare_counts_counts_what_its_label_names():
    """"Phóng sự, chương trình truyền hình | Quý I: 8 | Quý II: 14" states counts of reports, not of news items."""
    profile = profile_question("Quý II có bao nhiêu phóng sự?")
    assert has_measure("Phóng sự, chương trình truyền hình | Quý I: 8 | Quý II: 14", profile)
    assert not has_measure("Tin, bài trên báo điện tử | Quý I: 85 | Quý II: 135", profile)
    assert not has_measure("Phóng sự, chương trình truyền hình | Ghi chú: theo quý", profile)


@pytest.mark.parametrize(("question", "header", "asked"), [
    ("quy 3 dang bao nhieu tin bai", "Quý III", True), ("Quý 2 có bao nhiêu phóng sự?", "Quý II", True),
    ("6 tháng đầu năm có bao nhiêu phóng sự?", "Quý I", True), ("6 tháng đầu năm có bao nhiêu phóng sự?", "Quý III", False),
    ("Cả năm có bao nhiêu phóng sự?", "Quý I", False), ("quy 3 dang bao nhieu tin bai", "Năm 2028", False),
])
def test_a_column_of_the_quarter_asked(question, header, asked):
    assert quarter_column_asked(header, profile_question(question)) is asked


def test_a_figure_asked_of_now_is_no_target_ahead():
    """ "Hiện nay tỉnh có bao nhiêu trường cao đẳng": the count at the plan's start, not "đến năm 2028, 100% trường
    cao đẳng …" of a plan for 2026 - 2030, however well its words match."""
    state = passage(1, "state", "II. THỰC TRẠNG\nĐến ngày 31/12/2025, toàn tỉnh có 9 trường cao đẳng, 11 trường trung cấp.",
                    "II. THỰC TRẠNG", 0.8, doc="tv.txt", title="Đề án giai đoạn 2026 - 2030", year=2026)
    ahead = passage(2, "ahead", "IV. GIẢI PHÁP\nĐến năm 2028, 100% trường cao đẳng, trung cấp công lập có học liệu số.",
                    "IV. GIẢI PHÁP", 1.0, doc="tv.txt", title="Đề án giai đoạn 2026 - 2030", year=2026)
    now = profile_question("Hiện nay tỉnh có bao nhiêu trường cao đẳng, trung cấp?")
    assert not any("2028" in s.unit.text for s in score_units([state, ahead], now, WEIGHTS))
    target = profile_question("Tỉnh phấn đấu bao nhiêu % trường cao đẳng, trung cấp có học liệu số?")
    assert any("2028" in s.unit.text for s in score_units([state, ahead], target, WEIGHTS))


def test_a_list_question_is_answered_by_the_list_of_the_noun_it_asks():
    """ "gồm những ngành gì": the line naming the trades after "10 ngành, nghề:", not the better-matching heading over
    bullets about equipment; "những giải pháp nào": the heading over a list under "GIẢI PHÁP", not a line listing
    causes in line."""
    equipment = passage(1, "equipment", "IV. NHIỆM VỤ, GIẢI PHÁP\n4.2.4. Đầu tư cơ sở vật chất, thiết bị đào tạo\n"
                        "- Ưu tiên đầu tư thiết bị cho 10 ngành, nghề trọng điểm được tỉnh ưu tiên.\n"
                        "- Trung tâm thực hành dùng chung tại khu công nghiệp.",
                        "IV. NHIỆM VỤ, GIẢI PHÁP › 4.2.4. Đầu tư cơ sở vật chất, thiết bị đào tạo")
    trades = passage(2, "trades", "IV. NHIỆM VỤ, GIẢI PHÁP\n4.1. Nhiệm vụ trọng tâm\n- Đầu tư trọng điểm 10 ngành, nghề: "
                     "cơ khí chế tạo; điện công nghiệp; may thời trang; logistics; điều dưỡng.",
                     "IV. NHIỆM VỤ, GIẢI PHÁP › 4.1. Nhiệm vụ trọng tâm", 0.8)
    profile = profile_question("10 ngành nghề trọng điểm được tỉnh ưu tiên đầu tư gồm những ngành gì?")
    units = select_units(score_units([equipment, trades], profile, WEIGHTS), profile)
    assert any("cơ khí chế tạo" in u.text for u in units)


def test_how_often_is_answered_by_a_recurrence_without_a_figure():
    """ "bao lâu … một lần" asks how often: "định kỳ hằng quý" holds that fact though it has no figure, and a figure
    the question gives ("Quyết định 647") is none of it; a sentence with neither holds nothing asked."""
    profile = profile_question("NHCSXH bao lâu báo số liệu cho vay về Sở Nội vụ một lần (theo Quyết định 647)?")
    given = given_facts("NHCSXH bao lâu báo số liệu cho vay về Sở Nội vụ một lần (theo Quyết định 647)?", profile)
    assert kinds_in("Chi nhánh NHCSXH tỉnh định kỳ hằng quý gửi kết quả cho vay về Sở Nội vụ.", profile) == {NUMBER}
    assert "number:hằng quý" in facts_in("định kỳ hằng quý gửi kết quả cho vay", profile)
    line = passage(1, "nh", "10. Ngân hàng Chính sách xã hội\nĐịnh kỳ hằng quý gửi kết quả cho vay về Sở Nội vụ.",
                   "10. Ngân hàng Chính sách xã hội")
    assert held_kinds(passage_units(line), profile, given) == {NUMBER}
    assert not kinds_in("Chi nhánh NHCSXH tỉnh gửi kết quả cho vay về Sở Nội vụ để tổng hợp.", profile)


def test_a_paragraphs_opening_year_is_the_period_of_its_later_sentences():
    """"Năm 2024, … ước đạt 63,8%. Tuy nhiên, … mới đạt 28,6%": the second sentence reports 2024, however the plan
    (of 2025) is dated; it answers nothing about the 2025 target, and stays a figure of 2024."""
    from assistant.extractive import period_fits

    background = passage(1, "bg", "I. ĐÁNH GIÁ\nNăm 2024, tỷ lệ lao động qua đào tạo ước đạt 63,8%. Tuy nhiên, tỷ lệ "
                         "lao động qua đào tạo có bằng cấp, chứng chỉ mới đạt 28,6%.", "I. ĐÁNH GIÁ",
                         title="Kế hoạch giáo dục nghề nghiệp năm 2025", year=2025)
    first, second = [u for u in passage_units(background) if not u.is_heading][-2:]
    assert (first.paragraph_year, second.paragraph_year) == (None, 2024)
    assert not period_fits(second, (2025,)) and period_fits(second, (2024,))


def test_a_row_named_by_its_whole_label_is_the_one_asked():
    from assistant.extractive import names_row_asked

    profile = profile_question("Nghề Công nghệ ô tô trình độ cao đẳng năm nay trường lấy bao nhiêu chỉ tiêu?")
    assert names_row_asked("Công nghệ ô tô | Cao đẳng (người): 160 | Trung cấp (người): 150", profile)
    assert not names_row_asked("Điện công nghiệp | Cao đẳng (người): 180 | Trung cấp (người): 120", profile)
    assert not names_row_asked("Trong chỉ tiêu trình độ cao đẳng có 60 chỉ tiêu liên thông.", profile)  # no row


def test_a_line_citing_a_document_answers_what_the_plan_cites_whatever_years_its_title_names():
    tasks = passage(1, "tasks", "III. NHIỆM VỤ\n- Tập trung đào tạo nghề theo yêu cầu của Nghị quyết số 19-NQ/TW ngày 16 "
                    "tháng 6 năm 2022 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn đến năm "
                    "2030, tầm nhìn đến năm 2045.", "III. NHIỆM VỤ", title="Kế hoạch thị trường lao động năm 2023",
                    year=2023)
    profile = profile_question("Kế hoạch năm 2023 viện dẫn nghị quyết nào của Trung ương Đảng về nông nghiệp?")
    assert any("19-NQ/TW" in s.unit.text for s in score_units([tasks], profile, WEIGHTS))
    # a figure asked of 2023 is not stated by a line of 2030
    target = profile_question("Năm 2023 đào tạo nghề cho bao nhiêu lao động nông thôn?")
    assert not any("19-NQ/TW" in s.unit.text for s in score_units([tasks], target, WEIGHTS))


def test_whom_something_is_sent_to_is_the_body_after_the_send_verb():
    profile = profile_question("Các huyện gửi kết quả khảo sát trước ngày nào, gửi cho ai?")
    assert profile.to_whom and not profile_question("Ai khảo sát nhu cầu học nghề?").to_whom
    assert AGENCY in kinds_in("Khảo sát nhu cầu học nghề, gửi Sở Giáo dục và Đào tạo trước ngày 30/4/2025.", profile)
    assert AGENCY not in kinds_in("Khảo sát nhu cầu học nghề | Cơ quan chủ trì: UBND các huyện | Thời gian: Trước "
                                  "30/4/2025", profile)
    # what is sent named at length before whom it goes to
    assert profile_question("Các huyện phải gửi kết quả khảo sát nhu cầu học nghề của lao động nông thôn cho cơ quan "
                            "nào, trước ngày nào?").to_whom


def test_a_row_naming_the_body_asked_in_full_is_that_bodys_record():
    from assistant.extractive import names_body_asked

    profile = profile_question("Lớp tập huấn tại Trường Cao đẳng Cộng đồng Mai Lâm có bao nhiêu học viên?")
    assert names_body_asked("09 - 10/5/2028 | Lớp: 3 | Địa điểm: Hội trường Trường Cao đẳng Cộng đồng Mai Lâm | "
                            "Số học viên: 46", profile)
    # a like school, whose name shares most of the words; the body named in a sentence, not a row
    assert not names_body_asked("14 - 15/3/2028 | Lớp: 1 | Địa điểm: Trường Cao đẳng Kỹ thuật - Công nghệ Mai Lâm | "
                                "Số học viên: 58", profile)
    assert not names_body_asked("Lớp 3 tổ chức tại Trường Cao đẳng Cộng đồng Mai Lâm.", profile)
    assert not names_body_asked("Cao đẳng | Số học viên: 46", profile_question("Có bao nhiêu học viên?"))
    # a body something is sent to names no record of its own ("… | Báo cáo tổng hợp gửi Sở GD&ĐT")
    assert not names_body_asked("Tổng hợp nhu cầu tuyển dụng | Trước 30/4/2025 | Báo cáo tổng hợp gửi Sở GD&ĐT",
                                profile_question("Các đơn vị gửi báo cáo năm cho Sở GD&ĐT trước ngày nào?"))
    # a kind of body written in lower case names no body's record
    assert not names_body_asked("Sắp xếp lại các trung tâm GDNN-GDTX cấp huyện | Cơ quan chủ trì: Sở Nội vụ",
                                profile_question("Học ở trung tâm GDNN-GDTX có được học văn hóa không?"))


def test_a_purpose_citing_what_the_plan_makes_concrete_answers_what_it_implements():
    from assistant.extractive import kind_bonus

    purpose = passage(1, "purpose", "I. MỤC ĐÍCH\nCụ thể hóa Kế hoạch số 142/KH-UBND ngày 10/6/2026 của Ủy ban nhân dân "
                      "tỉnh thành các chỉ tiêu của Trường.\nTổ chức đào tạo đúng chương trình, đúng tiến độ.", "I. MỤC ĐÍCH")
    cites, other = [u for u in passage_units(purpose) if not u.is_heading]
    profile = profile_question("Kế hoạch của trường cụ thể hóa những văn bản nào của tỉnh?")
    assert kind_bonus(cites, "", profile) > kind_bonus(other, "", profile)


def test_the_plans_place_read_as_a_body_by_its_first_word_names_the_plan():
    """"… trường cao đẳng kỹ thuật công nghệ Trường Giang?": the place of tỉnh Trường Giang opens with "Trường" (a
    school's head word), and the question's mark is no part of it; it names the plan, not a body the quote must
    name. Another school of that name is a body."""
    from assistant.qa import _is_issuer
    from assistant.questions import asked_bodies

    question = "Ai làm Chủ tịch Hội đồng tuyển dụng của trường cao đẳng kỹ thuật công nghệ Trường Giang?"
    assert asked_bodies(question) == ["Trường Giang"]
    notice = passage(1, "tb", "1. Hội đồng tuyển dụng", "VIII. TỔ CHỨC THỰC HIỆN", province="Trường Giang",
                     issuer="Trường Cao đẳng Kỹ thuật – Công nghệ Trường Giang")
    assert _is_issuer("Trường Giang", notice)
    assert not _is_issuer("Trường Cao đẳng Nghề Sông Lam", notice)



def test_a_members_table_row_gives_the_holder_of_the_post_asked():
    """A council's members table ("TS. Vũ Đình Khang | … | Chức danh trong Hội đồng: Chủ tịch Hội đồng") names who
    holds each post: the row of the post asked, not another post sharing its words ("Phó Chủ tịch …")."""
    chair = ("TS. Vũ Đình Khang | Chức vụ, đơn vị công tác: Hiệu trưởng | Chức danh trong Hội đồng: Chủ tịch "
             "Hội đồng | Nhiệm vụ được phân công: Chỉ đạo chung")
    deputy = ("ThS. Lương Thị Bích Ngọc | Chức vụ, đơn vị công tác: Phó Hiệu trưởng | Chức danh trong Hội đồng: "
              "Phó Chủ tịch Hội đồng | Nhiệm vụ được phân công: Điều hành")
    secretary = ("ThS. Kiều Thị Thảo | Chức vụ, đơn vị công tác: Phó Trưởng phòng | Chức danh trong Hội đồng: "
                 "Ủy viên, Thư ký Hội đồng | Nhiệm vụ được phân công: Tổng hợp")
    asked = profile_question("Ai làm Chủ tịch Hội đồng tự đánh giá của trường?")
    assert names_post_asked(chair, asked) and not names_post_asked(deputy, asked)
    assert names_post_asked(secretary, profile_question("Thư ký Hội đồng tự đánh giá là ai?"))
    assert not names_post_asked("Hội đồng gồm 13 thành viên; Chủ tịch Hội đồng là Hiệu trưởng.", asked)


def test_a_line_naming_several_sources_lists_the_sources_asked():
    """"từ những nguồn nào": a line naming the sources, several, is the list asked; a duty's one budget is none."""
    asked = profile_question("Kinh phí đào tạo theo định mức được bố trí từ những nguồn nào?")
    assert LIST in kinds_in("Kinh phí được bố trí từ nguồn ngân sách nhà nước chi thường xuyên, nguồn vốn các "
                            "chương trình mục tiêu quốc gia và các nguồn hợp pháp khác.", asked)
    assert LIST not in kinds_in("Tham mưu bố trí kinh phí đào tạo trong dự toán ngân sách hằng năm.", asked)

def test_the_whole_asked_is_answered_by_the_total_row_not_one_items_sum():
    """Every row of a budget table carries its header's "Tổng dự toán": asked for the whole, the total row answers,
    alone (the rows it sums are not what was asked); asked for one item, even its total, that item's row."""
    table = [passage(
        1, "budget",
        "Phụ biểu 04. DỰ TOÁN\nMở lớp dạy nghề lưu động | Đơn vị thực hiện: Trung tâm GDNN huyện | Tổng dự toán: "
        "2.150.000.000 | Ngân sách tỉnh: 1.500.000.000 | Vốn lồng ghép: 650.000.000 | Đơn vị tính: đồng\n"
        "Tư vấn việc làm cho học viên | Đơn vị thực hiện: Trung tâm Dịch vụ việc làm | Tổng dự toán: 410.000.000 | "
        "Ngân sách tỉnh: 410.000.000 | Vốn lồng ghép: 0 | Đơn vị tính: đồng\n"
        "Cộng | Tổng dự toán: 2.560.000.000 | Ngân sách tỉnh: 1.910.000.000 | Vốn lồng ghép: 650.000.000 | Đơn vị tính: đồng",
        "Phụ biểu 04. DỰ TOÁN",
    )]
    profile = profile_question("Tổng dự toán kinh phí của kế hoạch là bao nhiêu?")
    assert score_units(table, profile, WEIGHTS)[0].unit.text.startswith("Cộng | Tổng dự toán: 2.560.000.000")
    assert [u.text[:5] for u in answer_units("Tổng dự toán kinh phí của kế hoạch là bao nhiêu?", table)] == ["Cộng "]
    # a header without "Tổng" ("Dự toán"): the total row's own "Cộng"/"Tổng cộng" names no item
    plain = [passage(1, "budget", table[0].text.replace("Tổng dự toán", "Dự toán").replace("Cộng |", "Tổng cộng |"),
                     "Phụ biểu 04. DỰ TOÁN")]
    assert answer_units("Tổng dự toán kinh phí của kế hoạch là bao nhiêu?", plain)[0].text.startswith("Tổng cộng |")
    for asked in ("Mở lớp dạy nghề lưu động dự toán bao nhiêu tiền?",
                  "Tổng dự toán cho mở lớp dạy nghề lưu động là bao nhiêu?"):  # an item's own total
        item = " ".join(u.text for u in answer_units(asked, table))
        assert item.startswith("Mở lớp dạy nghề lưu động") and "2.560.000.000" not in item, item


def test_a_body_the_plans_title_is_about_named_with_the_titles_words_names_the_plan():
    """"kinh phí thực hiện phương án sắp xếp cơ sở GDNN": the schools are what the scheme reorganises (its title's
    subject), named to say which plan; no body the quote must name. Asked to act, they are a body."""
    from assistant.qa import _titles_subject
    from index.metadata import PlanMetadata

    plan = PlanMetadata("ts.ppt", "Quyết định 1186/QĐ-UBND (Trúc Sơn)", "Trúc Sơn", "1186/QĐ-UBND", 2027,
                        "Phê duyệt Phương án sắp xếp, tổ chức lại các cơ sở giáo dục nghề nghiệp công lập tỉnh Trúc "
                        "Sơn giai đoạn 2027–2030")
    body = "Các cơ sở giáo dục nghề nghiệp"
    assert _titles_subject(body, plan, "năm 2028 tổng kinh phí thực hiện phương án sắp xếp cơ sở GDNN là bao nhiêu")
    assert not _titles_subject(body, plan, "Các cơ sở GDNN phải bàn giao hồ sơ trước ngày nào?")
    assert not _titles_subject("Sở Nội vụ", plan, "phương án sắp xếp Sở Nội vụ làm gì")
