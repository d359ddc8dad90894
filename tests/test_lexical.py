"""BM25 over pyvi words and accent-folded syllables."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from index.chunking import chunk_plan
from index.lexical import TOKENS_VERSION, LexicalIndex, folded_tokens, word_tokens
from index.normalize import normalize_text

PLANS = Path(__file__).resolve().parent.parent / "data" / "plans"
HANOI_2023 = "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"

DOCS = {
    "tai-chinh": "4. Sở Tài chính\nThẩm định phương án giá dịch vụ đào tạo nghề trình độ sơ cấp.",
    "lao-dong": "1. Sở Lao động - Thương binh và Xã hội\nChủ trì tổng hợp báo cáo kết quả thực hiện.",
    "giao-duc": "2. Sở Giáo dục và Đào tạo\nPhân luồng học sinh sau trung học cơ sở.",
    "ke-hoach": "3. Sở Kế hoạch và Đầu tư\nCân đối nguồn vốn đầu tư công cho các trường.",
    "quan-huyen": "12. UBND các quận, huyện\nTổ chức tuyên truyền đến Nhân dân của địa phương.",
}


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex.build(list(DOCS), list(DOCS.values()), "fp-1")


def top(index: LexicalIndex, query: str, folded: str | None = None) -> str:
    scores = index.scores(query, folded)
    assert scores.shape == (len(index.ids),)
    return index.ids[int(np.argmax(scores))]


# ---------------------------------------------------------------- tokens


def test_word_tokens_join_multi_syllable_words():
    tokens = word_tokens("Sở Lao động chủ trì, phối hợp.")
    assert "lao_động" in tokens
    assert "lao" not in tokens
    assert "," not in tokens and "." not in tokens
    assert all(t == t.lower() for t in tokens)


def test_word_tokens_use_canonical_spelling():
    assert word_tokens("hoà bình") == word_tokens("hòa bình")


def test_folded_tokens_unigrams_and_bigrams():
    assert folded_tokens("Sở Lao động") == ["so", "lao", "dong", "so_lao", "lao_dong"]
    assert folded_tokens("so lao dong") == folded_tokens("Sở Lao động")


def test_folded_tokens_keep_numbers_whole():
    tokens = folded_tokens("đạt 73,2% năm 2023, số 70/KH-UBND")
    assert "73,2%" in tokens
    assert "2023" in tokens
    assert "70" in tokens and "kh" in tokens and "ubnd" in tokens
    assert folded_tokens("") == []


# ---------------------------------------------------------------- scores


def test_unaccented_query_ranks_matching_chunk_first(index):
    scores = index.scores("so tai chinh tham dinh")
    assert index.ids[int(np.argmax(scores))] == "tai-chinh"
    assert scores.max() == pytest.approx(1.0)  # only the folded field matches, max-normalised
    assert sorted(scores)[-2] < 0.5


def test_accented_query_uses_both_fields(index):
    scores = index.scores("Sở Tài chính thẩm định")
    assert top(index, "Sở Tài chính thẩm định") == "tai-chinh"
    assert scores.max() == pytest.approx(2.0)  # word field + folded field, each max-normalised


def test_word_field_matches_whole_words_only(index):
    # "lao" alone is not the word "lao_động": the word field finds nothing
    scores = index.scores("lao", folded_query="zzz")
    assert np.all(scores == 0)
    # the folded field does match the syllable
    scores = index.scores("zzz", folded_query="lao")
    assert top(index, "zzz", "lao") == "lao-dong"
    assert scores[index.ids.index("lao-dong")] == pytest.approx(1.0)


def test_word_field_scores_accented_word(index):
    scores = index.scores("lao động", folded_query="zzz")
    assert scores[index.ids.index("lao-dong")] == pytest.approx(1.0)
    assert np.count_nonzero(scores) == 1


def test_folded_query_defaults_to_query(index):
    assert np.allclose(index.scores("giao duc"), index.scores("giao duc", "giao duc"))


def test_unknown_query_scores_zero(index):
    assert np.all(index.scores("xyzzy qwerty") == 0)


def test_scores_in_index_order(index):
    scores = index.scores("quan huyen tuyen truyen")
    assert index.ids[int(np.argmax(scores))] == "quan-huyen"
    assert list(index.ids) == list(DOCS)


def test_empty_index_returns_empty_array():
    empty = LexicalIndex(ids=[], words=None, folded=None, fingerprint="")  # type: ignore[arg-type]
    scores = empty.scores("sở tài chính")
    assert isinstance(scores, np.ndarray)
    assert scores.shape == (0,)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_build_empty_index():
    empty = LexicalIndex.build([], [], "fp")
    assert empty.scores("sở tài chính").shape == (0,)


def test_text_without_tokens_is_indexable():
    index = LexicalIndex.build(["a", "b"], ["— … —", "Sở Tài chính"], "fp")
    scores = index.scores("so tai chinh")
    assert scores[0] == 0 and scores[1] > 0


def test_real_plan_finance_chunk_ranks_first():
    text = normalize_text((PLANS / HANOI_2023).read_text(encoding="utf-8"))
    chunks = chunk_plan(HANOI_2023, text, 320)
    index = LexicalIndex.build([c.id for c in chunks], [c.text for c in chunks], "fp")
    scores = index.scores("so tai chinh tham dinh")
    best = chunks[int(np.argmax(scores))]
    assert best.section == "V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính"


# ---------------------------------------------------------------- persistence


def test_save_load_round_trip(index, tmp_path):
    index.save(tmp_path / "bm25")
    assert (tmp_path / "bm25" / "manifest.json").exists()
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert loaded is not None
    assert loaded.ids == index.ids
    assert loaded.fingerprint == "fp-1"
    for query, folded in [("so tai chinh tham dinh", None), ("Sở Lao động", None), ("lao", "lao"), ("xyzzy", None)]:
        assert np.allclose(loaded.scores(query, folded), index.scores(query, folded))


def test_manifest_contents(index, tmp_path):
    index.save(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest == {"fingerprint": "fp-1", "ids": list(DOCS), "tokens": TOKENS_VERSION}


def test_an_index_tokenised_by_older_rules_is_rebuilt(index, tmp_path):
    index.save(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    (tmp_path / "manifest.json").write_text(json.dumps({**manifest, "tokens": TOKENS_VERSION - 1}), encoding="utf-8")
    assert LexicalIndex.load(tmp_path) is None


def test_load_missing_returns_none(tmp_path):
    assert LexicalIndex.load(tmp_path / "nothing-here") is None


def test_load_corrupt_manifest_returns_none(index, tmp_path):
    index.save(tmp_path)
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    assert LexicalIndex.load(tmp_path) is None


def test_load_without_model_files_returns_none(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"fingerprint": "x", "ids": []}), encoding="utf-8")
    assert LexicalIndex.load(tmp_path) is None
