"""Pure parts of the retriever: query preparation, filters, fusion and plan scope."""

from __future__ import annotations

import pytest

from index.normalize import fold_accents
from index.retriever import (
    Filters,
    Fusion,
    Passage,
    PlanMetadata,
    PlanScope,
    QueryError,
    SearchConfig,
    fuse,
    prepare_query,
    scope_scores,
)

HANOI_2023 = "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
HANOI_2025 = "hanoi-2025-kh177-dao-tao-nghe-lao-dong-nong-thon.txt"
HAIPHONG_STRATEGY = "haiphong-2021-2030-chien-luoc-gdnn.txt"
HAIPHONG_NQ06 = "haiphong-2023-nq06-thi-truong-lao-dong.txt"
HAIDUONG = "haiduong-2023-sldtbxh-phat-trien-nguon-nhan-luc.txt"

# What index.metadata extracts from the five real plans.
PLANS = {
    HANOI_2023: PlanMetadata(HANOI_2023, "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023, ""),
    HANOI_2025: PlanMetadata(HANOI_2025, "Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội)", "Hà Nội", "177/KH-UBND", 2025, ""),
    HAIPHONG_STRATEGY: PlanMetadata(HAIPHONG_STRATEGY, "Kế hoạch … (Hải Phòng)", "Hải Phòng", "", None, ""),
    HAIPHONG_NQ06: PlanMetadata(HAIPHONG_NQ06, "Kế hoạch … (Hải Phòng, 2023)", "Hải Phòng", "", 2023, ""),
    HAIDUONG: PlanMetadata(HAIDUONG, "Kế hoạch … (Hải Dương, 2023)", "Hải Dương", "", 2023, ""),
}


def test_a_year_of_the_period_a_title_names_counts_like_the_year_of_issue():
    plans = {
        "strategy.txt": PlanMetadata("strategy.txt", "Kế hoạch (Hải Phòng)", "Hải Phòng", "", None,
                                     "Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030"),
        "nq06.txt": PlanMetadata("nq06.txt", "Kế hoạch (Hải Phòng, 2023)", "Hải Phòng", "", 2023,
                                 "Thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 về thị trường lao động"),
    }
    evidence = PlanScope.of(plans).evidence(fold_accents("Hải Phòng năm 2025 đạt bao nhiêu?"))
    assert evidence["strategy.txt"] == 1.5 and evidence["nq06.txt"] == 1.0
    # The year of issue counts as before.
    assert PlanScope.of(plans).evidence(fold_accents("Hải Phòng năm 2023"))["nq06.txt"] == 1.5
    # A span of years is a period: the plan whose period holds it is named, not the plan of its last year alone.
    spanned = PlanScope.of(plans).evidence(fold_accents("Hải Phòng giai đoạn 2021-2023 đạt bao nhiêu?"))
    assert spanned["strategy.txt"] > spanned["nq06.txt"] == 1.0


def test_a_scheme_is_named_by_its_kind_and_the_first_word_of_its_title():
    """"đề án tự chủ" names the Đề án "Tự chủ của Trường …", not the plan whose title cites some other Đề án ("…
    thực hiện Đề án …"): a kind alone names no plan."""
    plans = {
        "scheme.docx": PlanMetadata("scheme.docx", "Đề án (Lam Viên)", "Lam Viên", "215/QĐ-UBND", 2026,
                                    "Tự chủ của Trường Cao đẳng Nghề Lam Viên giai đoạn 2026 - 2030",
                                    doc_type="Quyết định", issues="Đề án"),
        "plan.txt": PlanMetadata("plan.txt", "Kế hoạch (Hải Dương, 2023)", "Hải Dương", "", 2023,
                                 "Triển khai thực hiện Đề án đào tạo nghề năm 2023", doc_type="Kế hoạch"),
    }
    asked = "Trường gửi báo cáo thực hiện đề án tự chủ lên sở trước ngày nào"
    evidence = PlanScope.of(plans).evidence(fold_accents(asked))
    assert evidence["scheme.docx"] > evidence["plan.txt"]


def scope(question: str) -> dict[str, float]:
    return scope_scores(fold_accents(question), PLANS)


# ---------------------------------------------------------------- prepare_query


class FakeAccents:
    def __init__(self):
        self.seen: list[str] = []

    def restore(self, text: str) -> str:
        self.seen.append(text)
        return text.replace("so tai chinh", "Sở Tài chính")


@pytest.mark.parametrize("question", ["", "   ", "\n\t  \n", None])
def test_empty_question_is_rejected_in_vietnamese(question):
    with pytest.raises(QueryError) as info:
        prepare_query(question, None, 2000)
    message = str(info.value)
    assert "Câu hỏi trống" in message
    assert "kế hoạch" in message
    assert isinstance(info.value, ValueError)


def test_query_is_canonical_and_stripped():
    q = prepare_query("  Sở Tài chính có nhiệm vụ gì về hoà nhập?  ", None, 2000)
    assert q.text == "Sở Tài chính có nhiệm vụ gì về hòa nhập?"
    assert q.restored == q.text
    assert q.original == "  Sở Tài chính có nhiệm vụ gì về hoà nhập?  "
    assert q.truncated is False


def test_long_question_is_truncated_at_a_word():
    question = ("Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì trong kế hoạch này? " * 40)[:2500]
    assert len(question) == 2500
    q = prepare_query(question, None, 2000)
    assert q.truncated is True
    assert len(q.text) <= 2000
    assert len(q.text) > 1900
    assert question.startswith(q.text)
    assert question[len(q.text)] == " "  # cut between words
    assert q.original == question


def test_long_question_without_spaces_is_cut_hard():
    q = prepare_query("x" * 2500, None, 2000)
    assert q.truncated and q.text == "x" * 2000


def test_question_at_the_limit_is_not_truncated():
    q = prepare_query("a" * 2000, None, 2000)
    assert not q.truncated and len(q.text) == 2000


def test_accent_model_restores_the_truncated_text():
    accents = FakeAccents()
    q = prepare_query("so tai chinh lam gi", accents, 2000)
    assert accents.seen == ["so tai chinh lam gi"]
    assert q.restored == "Sở Tài chính lam gi"
    assert q.text == "so tai chinh lam gi"


# ---------------------------------------------------------------- filters


def test_filters_where():
    assert Filters().where() is None
    assert Filters(provinces=("Hà Nội",)).where() == {"province": {"$in": ["Hà Nội"]}}
    assert Filters(provinces=("Hà Nội",), years=(2023, 2025)).where() == {
        "$and": [{"province": {"$in": ["Hà Nội"]}}, {"year": {"$in": [2023, 2025]}}]
    }
    assert Filters(docs=("a.txt", "b.txt")).where() == {"doc": {"$in": ["a.txt", "b.txt"]}}
    assert len(Filters(provinces=("x",), docs=("y",), years=(1,)).where()["$and"]) == 3


def test_filters_accepts():
    meta = {"province": "Hà Nội", "doc": HANOI_2023, "year": 2023}
    assert Filters().accepts(meta)
    assert Filters(provinces=("Hà Nội", "Hải Phòng")).accepts(meta)
    assert not Filters(provinces=("Hải Dương",)).accepts(meta)
    assert Filters(years=(2023,)).accepts(meta)
    assert not Filters(years=(2025,)).accepts(meta)
    assert not Filters(docs=(HANOI_2025,)).accepts(meta)
    assert not Filters(provinces=("Hà Nội",), years=(2025,)).accepts(meta)
    assert not Filters(years=(2023,)).accepts({"province": "Hà Nội"})


def test_filters_where_and_accepts_agree():
    metas = [{"province": p.province, "doc": p.doc, "year": p.year} for p in PLANS.values()]
    for filters in [Filters(provinces=("Hải Phòng",)), Filters(years=(2023,)), Filters(provinces=("Hà Nội",), years=(2025,))]:
        where = filters.where()
        clauses = where["$and"] if "$and" in where else [where]

        def matches(meta):
            return all(meta.get(field) in cond["$in"] for clause in clauses for field, cond in clause.items())

        assert [filters.accepts(m) for m in metas] == [matches(m) for m in metas]


# ---------------------------------------------------------------- fusion


def test_rrf_favours_items_high_in_both_lists():
    config = SearchConfig(fusion="rrf", bm25_weight=1.0)
    dense = [("x", 0.9), ("both", 0.8), ("y", 0.7)]
    lexical = [("z", 12.0), ("both", 11.0), ("w", 1.0)]
    fused = fuse(dense, lexical, config)
    assert max(fused, key=fused.get) == "both"
    assert fused["both"] == pytest.approx(2 / 62)
    assert fused["x"] == pytest.approx(1 / 61) and fused["z"] == pytest.approx(1 / 61)
    assert fused["x"] > fused["y"]
    assert set(fused) == {"x", "both", "y", "z", "w"}


def test_rrf_ignores_score_scale():
    config = SearchConfig(fusion="rrf", bm25_weight=1.0)
    a = fuse([("a", 0.9), ("b", 0.1)], [("b", 1000.0), ("c", 1.0)], config)
    b = fuse([("a", 0.51), ("b", 0.50)], [("b", 2.0), ("c", 1.9)], config)
    assert a == b


def test_rrf_weights_and_k():
    dense = [("d", 0.9)]
    lexical = [("l", 5.0)]
    assert fuse(dense, lexical, SearchConfig(fusion="rrf", bm25_weight=1.0))["d"] == pytest.approx(fuse(dense, lexical, SearchConfig(fusion="rrf", bm25_weight=1.0))["l"])
    fused = fuse(dense, lexical, SearchConfig(fusion="rrf", dense_weight=2.0, bm25_weight=1.0))
    assert fused["d"] == pytest.approx(2 / 61) and fused["l"] == pytest.approx(1 / 61)
    assert fuse(dense, [], SearchConfig(fusion="rrf", rrf_k=0))["d"] == pytest.approx(1.0)


def test_weighted_min_max_normalises_dense_scores():
    fused = fuse([("a", 0.9), ("b", 0.7), ("c", 0.5)], [], SearchConfig(fusion="weighted", bm25_weight=1.0))
    assert fused == pytest.approx({"a": 1.0, "b": 0.5, "c": 0.0})


def test_weighted_sums_both_lists():
    fused = fuse([("a", 0.9), ("b", 0.5)], [("b", 8.0), ("c", 4.0), ("a", 0.0)], SearchConfig(fusion="weighted", bm25_weight=1.0))
    assert fused["a"] == pytest.approx(1.0)
    assert fused["b"] == pytest.approx(1.0)
    assert fused["c"] == pytest.approx(0.5)


def test_weights_change_the_order():
    dense = [("a", 0.9), ("b", 0.1)]
    lexical = [("b", 10.0), ("a", 1.0)]
    for fusion in ("weighted", "rrf"):
        dense_heavy = fuse(dense, lexical, SearchConfig(fusion=fusion, dense_weight=2.0, bm25_weight=1.0))
        bm25_heavy = fuse(dense, lexical, SearchConfig(fusion=fusion, dense_weight=1.0, bm25_weight=2.0))
        assert dense_heavy["a"] > dense_heavy["b"], fusion
        assert bm25_heavy["b"] > bm25_heavy["a"], fusion


def test_single_retriever_fusions_score_one_list_as_weighted_fusion_does():
    dense, lexical = [("a", 0.9), ("b", 0.5)], [("c", 8.0), ("a", 4.0)]
    assert fuse(dense, lexical, SearchConfig(fusion="dense")) == fuse(dense, [], SearchConfig())
    assert fuse(dense, lexical, SearchConfig(fusion=Fusion.BM25)) == fuse([], lexical, SearchConfig())
    assert SearchConfig(fusion="rrf", mode="bm25").fuser is Fusion.BM25
    with pytest.raises(ValueError, match="unknown fusion 'best'"):
        SearchConfig(fusion="best")


def test_zero_weight_switches_a_list_off():
    fused = fuse([("a", 0.9), ("b", 0.1)], [("b", 10.0), ("a", 1.0)], SearchConfig(fusion="weighted", bm25_weight=0.0))
    assert fused == pytest.approx({"a": 1.0, "b": 0.0})


def test_fuse_empty_lists():
    assert fuse([], [], SearchConfig(fusion="weighted", bm25_weight=1.0)) == {}
    assert fuse([], [], SearchConfig(fusion="rrf", bm25_weight=1.0)) == {}


def test_weighted_max_normalises_bm25():
    fused = fuse([], [("a", 8.0), ("b", 4.0)], SearchConfig(fusion="weighted", bm25_weight=1.0))
    assert fused == pytest.approx({"a": 1.0, "b": 0.5})


def test_weighted_single_bm25_hit_counts():
    fused = fuse([("a", 0.8), ("b", 0.6)], [("b", 3.0)], SearchConfig(fusion="weighted", bm25_weight=1.0))
    assert fused["b"] > 0.0


# ---------------------------------------------------------------- scope


def test_plan_number_scores_its_plan_one():
    s = scope("Kế hoạch 70/KH-UBND giao nhiệm vụ gì cho Sở Tài chính?")
    assert s[HANOI_2023] == 1.0
    assert all(v == 0.0 for doc, v in s.items() if doc != HANOI_2023)


@pytest.mark.parametrize(
    "question",
    ["kế hoạch số 177 nói gì?", "KH 177 có mục tiêu nào", "theo 177 / KH-UBND", "ke hoach 177 giao gi"],
)
def test_plan_number_forms(question):
    s = scope(question)
    assert s[HANOI_2025] == 1.0
    assert s[HANOI_2023] == 0.0


def test_number_inside_other_number_is_not_a_mention():
    assert scope("Kế hoạch 1770/KH-UBND") == {}
    assert scope("có 70 lượt nghề trọng điểm") == {}  # bare number without "kế hoạch" / "/KH"


def test_province_picks_all_its_plans():
    s = scope("Hải Phòng đào tạo nghề thế nào?")
    assert s[HAIPHONG_STRATEGY] == 1.0 and s[HAIPHONG_NQ06] == 1.0
    assert s[HANOI_2023] == s[HANOI_2025] == s[HAIDUONG] == 0.0
    s = scope("ha noi co ke hoach gi")
    assert s[HANOI_2023] == s[HANOI_2025] == 1.0
    assert s[HAIPHONG_STRATEGY] == 0.0


def test_province_names_do_not_overlap():
    s = scope("Hải Dương")
    assert s == {HAIDUONG: 1.0, HANOI_2023: 0.0, HANOI_2025: 0.0, HAIPHONG_STRATEGY: 0.0, HAIPHONG_NQ06: 0.0}


def test_number_outweighs_province():
    s = scope("Kế hoạch 70/KH-UBND của Hà Nội")
    assert s[HANOI_2023] == 1.0
    assert s[HANOI_2025] == pytest.approx(1 / 3)


def test_year_is_a_weak_tiebreaker():
    s = scope("Hải Phòng năm 2023")
    assert s[HAIPHONG_NQ06] == 1.0
    assert s[HAIPHONG_STRATEGY] == pytest.approx(1 / 1.5)
    assert s[HAIDUONG] == pytest.approx(0.5 / 1.5)


def test_no_mention_gives_empty_scope():
    assert scope("Sở Tài chính có nhiệm vụ gì?") == {}
    assert scope("") == {}
    assert scope_scores("ha noi", {}) == {}


def test_a_catalogue_is_compiled_once_and_again_only_when_a_plan_changes():
    assert PlanScope.of(PLANS) is PlanScope.of(dict(PLANS))
    renamed = PLANS | {HAIDUONG: PlanMetadata(HAIDUONG, "Kế hoạch … (Hải Dương, 2023)", "Hải Dương", "12/KH-UBND", 2023, "")}
    assert PlanScope.of(renamed) is not PlanScope.of(PLANS)


def test_a_passage_built_from_stored_metadata_has_the_typed_fields():
    passage = Passage(1, "id", "text", HANOI_2023, "Kế hoạch 70", "I. MỤC ĐÍCH", 1.0,
                      {"province": "Hà Nội", "year": 2023, "ordinal": 4, "ocr": True})
    assert passage.document == PlanMetadata(HANOI_2023, "Kế hoạch 70", "Hà Nội", year=2023)
    assert passage.ordinal == 4 and passage.ocr
