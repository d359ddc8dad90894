"""Each scoring rule of ../shared/eval/README.md, pinned on hand-made cases (no model)."""

from __future__ import annotations

import pytest

from eval.configs import parse_config
from eval.gold import Evidence, GoldLine
from eval.judge import Judge, aggregate_judged, parse_json_list
from eval.report import HEADLINE_COLUMNS, headline_cells, table
from eval.scoring import (
    aggregate,
    answer_correct,
    contains,
    median_chars,
    percentile,
    score_line,
    short_complete,
    summarize,
)

DOC_A = "hanoi-2023-kh70.txt"
DOC_B = "haiduong-2023.txt"
QUOTE_A = "Phân đấu tỷ lệ lao động qua đào tạo đạt 73,2%, trong đó có bằng cấp"
QUOTE_B = "Năm 2023, tuyển mới giáo dục nghề nghiệp đạt 38.400 người"


def line(**kw) -> GoldLine:
    base = {"id": "x-1", "question": "Câu hỏi?", "category": "target", "answerable": True,
            "must_include": (("73,2%", "73.2%"),), "evidence": (Evidence(DOC_A, QUOTE_A),)}
    base.update(kw)
    return GoldLine(**base)


def cite(doc: str, text: str, n: int = 1) -> dict:
    return {"n": n, "doc": doc, "plan": doc, "section": "", "quote": "", "text": text}


def result(answer: str = "", refused: bool = False, citations=(), passages=(), short: str = "") -> dict:
    return {"answer": answer, "refused": refused, "citations": list(citations), "short_answer": short,
            "passages": [{"rank": i, "text": t} for i, t in enumerate(passages, 1)]}


# ------------------------------------------------------------ normalisation
@pytest.mark.parametrize("answer, alternative", [
    ("Sở Văn hoá và Thể thao chủ trì", "Sở Văn hóa và Thể thao"),  # tone placement oà / òa
    ("Sở Văn hóa và Thể thao chủ trì", "Sở Văn hoá và Thể thao"),
    ("chăm sóc sức khoẻ", "sức khỏe"),
    ("Tỷ lệ đạt **32,5%** năm 2023", "32,5%"),  # markdown bold dropped
    ("## Sở Tài chính", "sở tài chính"),  # heading mark and case
    ("Sở Lao động – Thương binh và Xã hội", "Lao động - Thương binh"),  # en dash
    ("Sở Lao động — Thương binh", "Lao động - Thương binh"),  # em dash
    ("Phòng   Giáo dục\nnghề nghiệp", "Phòng Giáo dục nghề nghiệp"),  # white space runs
    ("Cafe\u0301 NFD text", "Café"),  # NFC
])
def test_normalisation_matches(answer, alternative):
    assert contains(answer, alternative)


def test_tone_folding_keeps_qu_apart():
    # "quý" keeps its tone on y; folding must not turn it into something "quí"-like matches.
    assert contains("quý I năm 2023", "Quý I")
    assert not contains("quí I", "quý I")


# ---------------------------------------------------------- must_include
def test_every_group_needs_one_alternative():
    groups = (("04 phóng sự", "4 phóng sự", "bốn phóng sự"), ("Phòng Giáo dục nghề nghiệp", "Phòng GDNN"))
    assert answer_correct("Xây dựng 4 phóng sự; Phòng GDNN chủ trì.", groups)
    assert not answer_correct("Xây dựng 4 phóng sự; Sở chủ trì.", groups)


@pytest.mark.parametrize("answer", ["cao đẳng 25.500 người", "cao đẳng 25500 người", "cao đẳng 25 500 người"])
def test_number_alternatives(answer):
    assert answer_correct(answer, (("25.500", "25500", "25 500"),))


def test_number_written_otherwise_is_not_an_alternative():
    assert not answer_correct("cao đẳng 25,5 nghìn người", (("25.500", "25500", "25 500"),))


def test_refused_answer_is_wrong_even_if_it_holds_the_fact():
    gold = line()
    v = score_line(gold, result("Các kế hoạch không nêu; chỉ thấy 73,2%.", refused=True))
    assert v["correct"] is False and v["false_refusal"] is True
    assert v["groups_found"] == [True]


def test_correct_answer_verdict():
    v = score_line(line(), result("Hà Nội phấn đấu đạt 73.2% lao động qua đào tạo."))
    assert v["correct"] is True and v["false_refusal"] is False and v["missing"] == []


# ---------------------------------------------------------------- refusal
def test_refusal_that_cites_nothing_passes():
    gold = line(category="unanswerable", answerable=False, must_include=(), evidence=())
    v = score_line(gold, result("Các kế hoạch hiện có không nêu thông tin này.", refused=True))
    assert v["correct"] is True and v["refusal_ok"] is True


def test_refusal_that_still_cites_fails():
    gold = line(category="unanswerable", answerable=False, must_include=(), evidence=())
    v = score_line(gold, result("Không nêu.", refused=True, citations=[cite(DOC_A, "Học phí là nguồn kinh phí")]))
    assert v["correct"] is False and v["refusal_ok"] is False


def test_unanswerable_line_answered_fails():
    gold = line(category="unanswerable", answerable=False, must_include=(), evidence=())
    v = score_line(gold, result("Học phí là 10 triệu đồng."))
    assert v["correct"] is False


# ---------------------------------------------------------------- support
def test_quote_spanning_a_heading_and_the_next_line():
    passage = "V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\n- Trên cơ sở đề xuất của Sở Lao động – Thương binh"
    gold = line(must_include=(("Sở Tài chính",),),
                evidence=(Evidence(DOC_A, "4. Sở Tài chính - Trên cơ sở đề xuất của Sở Lao động - Thương binh"),))
    v = score_line(gold, result("Sở Tài chính", passages=[passage]))
    assert v["hit_rank"] == 1


def test_five_grams_match_across_punctuation_glued_to_words():
    quote = "thất nghiệp đạt dưới 3%"  # one 5-gram, whose last word is glued to "." in the passage
    assert score_line(line(evidence=(Evidence(DOC_A, quote),)), result(passages=["Tỷ lệ thất nghiệp đạt dưới 3%."]))["hit_rank"] == 1


def test_passage_with_half_the_quote_five_grams_supports_it():
    quote = "một hai ba bốn năm sáu bảy tám chín mười"  # 6 five-grams
    half = "x một hai ba bốn năm sáu bảy y"  # 3 of 6
    less = "x một hai ba bốn năm sáu y"  # 2 of 6
    gold = line(evidence=(Evidence(DOC_A, quote),))
    assert score_line(gold, result(passages=[half]))["hit_rank"] == 1
    assert score_line(gold, result(passages=[less]))["hit_rank"] is None


def test_short_quote_must_appear_whole():
    gold = line(evidence=(Evidence(DOC_A, "không quá 2%"),))
    # Punctuation glued to the last word in the passage does not hide it.
    assert score_line(gold, result(passages=["tỷ lệ thiếu việc làm không quá 2%."]))["hit_rank"] == 1
    assert score_line(gold, result(passages=["thiếu việc làm không quá 3%"]))["hit_rank"] is None
    assert score_line(gold, result(passages=["không quá\n2%"]))["hit_rank"] == 1


def test_hit_needs_every_quote_and_mrr_uses_the_first_quote():
    gold = line(category="cross_doc", evidence=(Evidence(DOC_A, QUOTE_A), Evidence(DOC_B, QUOTE_B)))
    v = score_line(gold, result(passages=["khác hẳn", QUOTE_B, "khác nữa", QUOTE_A]))
    assert v["quote_ranks"] == [4, 2] and v["hit_rank"] == 4
    assert v["hit@3"] is False and v["hit@5"] is True and v["rr"] == 0.25


def test_unanswerable_and_evidence_free_lines_are_not_retrieval_lines():
    gold = line(category="unanswerable", answerable=False, must_include=(), evidence=())
    assert score_line(gold, result(refused=True))["retrieval_scored"] is False
    assert score_line(line(evidence=()), result("73,2%"))["retrieval_scored"] is False


# -------------------------------------------------------------- citations
def test_citation_supported_by_any_quote_of_the_line():
    gold = line(evidence=(Evidence(DOC_A, QUOTE_A), Evidence(DOC_B, QUOTE_B)))
    v = score_line(gold, result("73,2%", citations=[cite(DOC_A, "… " + QUOTE_B + " …"), cite(DOC_A, "không liên quan", 2)]))
    assert v["citations_ok"] == [True, False] and v["citation_precision"] == 0.5


def test_cross_doc_citation_must_support_the_quote_of_its_own_plan():
    gold = line(category="cross_doc", evidence=(Evidence(DOC_A, QUOTE_A), Evidence(DOC_B, QUOTE_B)))
    # A passage of plan A that happens to hold plan B's sentence does not count on a cross_doc line.
    v = score_line(gold, result("73,2%", citations=[cite(DOC_A, QUOTE_B), cite(DOC_B, QUOTE_B, 2)]))
    assert v["citations_ok"] == [False, True]
    # ... but does on an ordinary line.
    v = score_line(line(evidence=gold.evidence), result("73,2%", citations=[cite(DOC_A, QUOTE_B)]))
    assert v["citations_ok"] == [True]


def test_the_same_passage_cited_twice_counts_once():
    v = score_line(line(), result("73,2%", citations=[cite(DOC_A, QUOTE_A, 1), cite(DOC_A, QUOTE_A, 2)]))
    assert v["citations_ok"] == [True]


def test_citation_judged_on_passage_text_not_the_cited_span():
    c = cite(DOC_A, "đoạn văn khác hẳn")
    c["quote"] = QUOTE_A
    assert score_line(line(), result("73,2%", citations=[c]))["citations_ok"] == [False]


# -------------------------------------------------------------- aggregate
def rows_for(cases) -> list[dict]:
    return [{"category": g.category, "verdict": score_line(g, r), "latency_ms": ms} for g, r, ms in cases]


def test_aggregate_micro_and_macro_citation_precision_and_rates():
    unans = line(id="u", category="unanswerable", answerable=False, must_include=(), evidence=())
    rows = rows_for([
        (line(id="a"), result("73,2%", citations=[cite(DOC_A, QUOTE_A)], passages=[QUOTE_A]), 10.0),
        (line(id="b"), result("sai", citations=[cite(DOC_A, QUOTE_A), cite(DOC_A, "x", 2), cite(DOC_A, "y", 3)],
                              passages=["x", QUOTE_A]), 20.0),
        (line(id="c"), result("Không nêu", refused=True), 30.0),
        (unans, result("Không nêu", refused=True, citations=[cite(DOC_A, "z")]), 40.0),
    ])
    m = aggregate(rows)
    assert m["answer_accuracy"] == pytest.approx(1 / 3)
    assert m["false_refusal_rate"] == pytest.approx(1 / 3)
    assert m["refusal_accuracy"] == 0.0  # it cited
    assert m["citation_precision"] == pytest.approx(2 / 4)  # micro: unanswerable citations not counted
    assert m["citation_precision_macro"] == pytest.approx((1 + 1 / 3) / 2)
    assert m["retrieval"]["hit@1"] == pytest.approx(1 / 3) and m["retrieval"]["hit@3"] == pytest.approx(2 / 3)
    assert m["retrieval"]["mrr"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert m["latency_ms"] == {"p50": 20.0, "p95": 40.0}
    assert m["counts"]["cited_passages"] == 4 and m["counts"]["retrieval_lines"] == 3


def test_no_citation_and_no_line_give_null_not_zero():
    m = aggregate(rows_for([(line(), result("73,2%"), 1.0)]))
    assert m["citation_precision"] is None and m["refusal_accuracy"] is None


def test_by_category_has_the_same_figures():
    unans = line(id="u", category="unanswerable", answerable=False, must_include=(), evidence=())
    m = summarize(rows_for([(line(), result("73,2%", passages=[QUOTE_A]), 1.0), (unans, result(refused=True), 2.0)]))
    assert set(m["by_category"]) == {"target", "unanswerable"}
    assert m["by_category"]["target"].keys() == {k for k in m if k != "by_category"}
    assert m["by_category"]["unanswerable"]["answer_accuracy"] is None
    assert m["by_category"]["unanswerable"]["refusal_accuracy"] == 1.0


# ----------------------------------------------------------- short answer
TWO_GROUPS = (("73,2%", "73.2%"), ("Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH"))
FULL_SHORT = "Theo Kế hoạch 70/KH-UBND (Hà Nội): 73.2%, do Sở Lao động – Thương binh và Xã hội chủ trì."


def test_short_answer_holding_every_group_is_complete():
    # Same normalisation as accuracy: "73.2%" alternative, en dash folded, only the short answer read.
    v = score_line(line(must_include=TWO_GROUPS), result("Dài hơn.", short=FULL_SHORT))
    assert v["short_complete"] is True and v["short_chars"] == len(FULL_SHORT)
    assert short_complete("theo kế hoạch: 73,2%; sở lđtbxh chủ trì", TWO_GROUPS)


def test_short_answer_missing_a_group_is_not_complete_even_if_the_answer_holds_it():
    full_answer = "73,2% lao động qua đào tạo; Sở Lao động - Thương binh và Xã hội chủ trì."
    v = score_line(line(must_include=TWO_GROUPS), result(full_answer, short="Theo Kế hoạch 70/KH-UBND: 73,2%."))
    assert v["correct"] is True and v["short_complete"] is False


def test_refused_or_empty_short_answer_is_not_complete():
    assert score_line(line(), result("Không nêu.", refused=True, short="73,2%"))["short_complete"] is False
    v = score_line(line(), result("Đạt 73,2%."))
    assert v["short_complete"] is False and v["short_chars"] is None
    unans = line(category="unanswerable", answerable=False, must_include=(), evidence=())
    assert score_line(unans, result(refused=True))["short_complete"] is None


def test_short_answer_share_and_median_over_answerable_lines():
    unans = line(id="u", category="unanswerable", answerable=False, must_include=(), evidence=())
    rows = rows_for([
        (line(id="a"), result("73,2%", short="x" * 40 + " 73,2%"), 1.0),  # 46 chars, complete
        (line(id="b"), result("73,2%", short="y" * 120), 1.0),  # 120 chars, not complete
        (line(id="c"), result("73,2%", short="Đạt 73,2%."), 1.0),  # 10 chars, complete
        (line(id="d"), result("Không nêu", refused=True), 1.0),  # empty: counted as incomplete, not in the median
        (unans, result(refused=True, short="z" * 500), 1.0),  # unanswerable: in neither figure
    ])
    m = aggregate(rows)
    assert m["short_answer_complete"] == pytest.approx(2 / 4)
    assert m["short_answer_median_chars"] == 46.0
    assert median_chars([10, None, 120, 46]) == 46.0 and median_chars([10, 121]) == 65.5
    assert median_chars([]) is None and median_chars([None]) is None


def test_category_without_answerable_line_shows_a_dash_for_short_answer():
    unans = line(id="u", category="unanswerable", answerable=False, must_include=(), evidence=())
    m = summarize(rows_for([(line(), result("73,2%", short="Đạt 73,2%."), 1.0), (unans, result(refused=True), 2.0)]))
    none = m["by_category"]["unanswerable"]
    assert none["short_answer_complete"] is None and none["short_answer_median_chars"] is None
    cells = dict(zip(HEADLINE_COLUMNS, headline_cells(none)))
    assert cells["short ans. complete"] == "–" and cells["short ans. median chars"] == "–"
    target = dict(zip(HEADLINE_COLUMNS, headline_cells(m["by_category"]["target"])))
    assert target["short ans. complete"] == "1.000" and target["short ans. median chars"] == "10"
    assert "| unanswerable | 1 |" in table("category", m["by_category"])


def test_nearest_rank_percentile():
    values = [float(v) for v in range(1, 21)]
    assert percentile(values, 50) == 10.0 and percentile(values, 95) == 19.0
    assert percentile([], 50) is None and percentile([7.0], 95) == 7.0


# ---------------------------------------------------------------- configs
@pytest.mark.parametrize("name, backend, expected", [
    ("hybrid", None, ("hybrid", "hybrid", None)),
    ("dense", "openai", ("dense+openai", "dense", "openai")),
    ("openai", None, ("hybrid+openai", "hybrid", "openai")),
    ("naive+extractive", "openai", ("naive+extractive", "naive", "extractive")),
])
def test_config_names(name, backend, expected):
    c = parse_config(name, backend)
    assert (c.name, c.retrieval, c.backend) == expected


def test_config_overrides_and_errors():
    assert parse_config("dense").overrides == {"mode": "dense", "scope_boost": 0.0, "section_hints": False}
    assert parse_config("hybrid").overrides == {}
    with pytest.raises(ValueError):
        parse_config("fancy+openai")


# ------------------------------------------------------------------ judge
class FakeChat:
    def __init__(self, replies):
        self.replies = list(replies)
        self.model_name = "fake"

    def invoke(self, prompt):
        return type("Msg", (), {"content": self.replies.pop(0)})()


class FakeEmbeddings:
    def embed_query(self, text):
        return [1.0, 0.0] if "tỷ lệ" in text else [0.0, 1.0]


def test_judge_faithfulness_and_relevancy():
    chat = FakeChat(['```json\n["Tỷ lệ đạt 73,2%", "Năm 2030 đạt 90%"]\n```', "[1, 0]",
                     '["Tỷ lệ lao động qua đào tạo là bao nhiêu?", "tỷ lệ?", "Ai ký?"]'])
    judged = Judge(chat, FakeEmbeddings())("Tỷ lệ lao động?", "Đạt 73,2%.", [QUOTE_A])
    assert judged["faithfulness"] == 0.5 and judged["statements"] == 2
    assert judged["answer_relevancy"] == pytest.approx(2 / 3)
    assert Judge(FakeChat([]), FakeEmbeddings())("q", "a", [], refused=True)["faithfulness"] is None
    agg = aggregate_judged([{"judged": judged}, {"judged": {"faithfulness": None, "answer_relevancy": None}}], "fake")
    assert agg["faithfulness"] == 0.5 and agg["lines_judged"] == 1 and "model-judged" in agg["label"].lower()


def test_judge_reply_parsing():
    assert parse_json_list('Here: [1, 0, 1] done') == [1, 0, 1]
    assert parse_json_list("no list") is None
