"""Tests for index.diacritics: accent restoration learned from the plans."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.diacritics import AccentModel
from index.normalize import canonical, fold_accents, normalize_text

PLANS = sorted((Path(__file__).resolve().parents[1] / "data" / "plans").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    assert len(PLANS) == 5
    return [normalize_text(p.read_text(encoding="utf-8")) for p in PLANS]


@pytest.fixture(scope="module")
def trained(corpus) -> tuple[AccentModel, float]:
    start = time.perf_counter()
    model = AccentModel.train(corpus)
    return model, time.perf_counter() - start


@pytest.fixture(scope="module")
def model(trained) -> AccentModel:
    return trained[0]


def _syllables(text: str) -> list[str]:
    return canonical(text).lower().split()


def _corpus_sentences(corpus: list[str], count: int = 15, every: int = 23) -> list[str]:
    """Every `every`-th paragraph of 8+ words, cut at its first sentence end."""
    paragraphs = [p for text in corpus for p in text.split("\n\n") if len(p.split()) >= 8]
    picked = []
    for paragraph in paragraphs[::every]:
        sentence = paragraph.split(". ")[0]
        if len(sentence.split()) >= 6:
            picked.append(sentence)
    assert len(picked) >= count
    return picked[:count]


# ---------------------------------------------------------------- accuracy

HD_QUESTION = (
    "ke hoach nam 2023 cua so lao dong thuong binh va xa hoi hai duong dat muc tieu "
    "ty le thieu viec lam khong qua bao nhieu"
)
HD_EXPECTED = (
    "kế hoạch năm 2023 của sở lao động thương binh và xã hội hải dương đạt mục tiêu "
    "tỷ lệ thiếu việc làm không quá bao nhiêu"
)
HP_QUESTION = (
    "den nam 2025 hai phong phan dau bao nhieu phan tram lao dong co ky nang cong nghe thong tin"
)
HP_EXPECTED = (
    "đến năm 2025 hải phòng phấn đấu bao nhiêu phần trăm lao động có kỹ năng công nghệ thông tin"
)


def test_known_question_hai_duong(model):
    got = model.restore(HD_QUESTION).split()
    want = HD_EXPECTED.split()
    assert len(got) == len(want)
    for i, (g, w) in enumerate(zip(got, want)):
        if w == "đạt":
            # "dat muc tieu": đặt (sets a target) is what the plan means, đạt
            # (reaches) reads as well; both are valid restorations.
            assert g in {"đạt", "đặt"}
        else:
            assert g == w, (i, got)


def test_known_question_hai_phong(model):
    assert model.restore(HP_QUESTION) == HP_EXPECTED


@pytest.mark.parametrize(("typed", "restored"), [
    # the preposition after a question word, not "trọng" of "trọng điểm" (it made "trọng" the noun counted)
    ("ngan sach cap huyen bao nhieu trong kinh phi", "ngân sách cấp huyện bao nhiêu trong kinh phí"),
    # the words of a follow-up: "đó", "còn", "nữa", not "độ", "con", "nua"
    ("so do con phai lam gi nua", "sở đó còn phải làm gì nữa"),
    ("to chuc vao thang may", "tổ chức vào tháng mấy"),
    ("kinh phi lay tu dau", "kinh phí lấy từ đâu"),
])
def test_question_phrasing_restores_as_asked(model, typed, restored):
    """The plans never ask: the question seed teaches the small words of questions and follow-ups."""
    assert model.restore(typed) == restored


def test_syllable_accuracy_on_folded_corpus_sentences(model, corpus):
    sentences = _corpus_sentences(corpus)
    total = correct = 0
    for sentence in sentences:
        want = _syllables(sentence)
        got = _syllables(model.restore(fold_accents(sentence)))
        assert len(got) == len(want)
        total += len(want)
        correct += sum(g == w for g, w in zip(got, want))
    accuracy = correct / total
    assert total >= 150
    assert accuracy >= 0.9, accuracy


# ---------------------------------------------------------------- behaviour


def test_casing_is_preserved(model):
    assert model.restore("Ha Noi") == "Hà Nội"
    assert model.restore("HA NOI") == "HÀ NỘI"
    assert model.restore("ha noi") == "hà nội"
    assert model.restore("Ke hoach cua HA NOI") == "Kế hoạch của HÀ NỘI"


def test_half_accented_input_keeps_typed_marks(model):
    assert model.restore("Hà noi co bao nhieu truong") == "Hà nội có bao nhiêu trường"
    # A typed mark is never dropped or replaced, even where the model disagrees.
    assert model.restore("kế hoach nam 2023 của hà noi").startswith("kế hoạch năm 2023 của hà nội")
    assert model.restore("ha nọi").split()[1] == "nọi"
    # Vowel marks without tones: the tone is added, the typed marks are kept.
    assert model.restore("đao tao nghê") == "đào tạo nghề"


def test_accented_input_comes_back_unchanged(model, corpus):
    for sentence in _corpus_sentences(corpus):
        assert model.restore(sentence) == canonical(sentence)
    question = "So sánh chu kỳ báo cáo của Sở Lao động – Thương binh và Xã hội Hải Dương?"
    assert model.restore(question) == question
    # Only the tone placement is canonicalised.
    assert model.restore("Hoà bình và hoà nhập") == "Hòa bình và hòa nhập"


def test_numbers_codes_and_punctuation_untouched(model):
    text = "Ke hoach so 70/KH-UBND ngay 07/3/2023: trung cap 28.500 nguoi (dat 73,2%)!"
    got = model.restore(text)
    assert got == "Kế hoạch số 70/KH-UBND ngày 07/3/2023: trung cấp 28.500 người (đạt 73,2%)!"
    spaced = "  ke   hoach\n\nnam\t2023 , cua  "
    restored = model.restore(spaced)
    assert [len(part) for part in restored.split(" ")] == [len(part) for part in spaced.split(" ")]
    assert restored == "  kế   hoạch\n\nnăm\t2023 , của  "


def test_empty_and_odd_inputs(model):
    assert model.restore("") == ""
    assert model.restore("   ") == "   "
    assert model.restore("😀 ha noi 😀") == "😀 hà nội 😀"
    assert model.restore("北京 ha noi") == "北京 hà nội"
    assert model.restore("xyzzy qwrt") == "xyzzy qwrt"
    long_text = "ke hoach dao tao nghe, " * 2000
    start = time.perf_counter()
    restored = model.restore(long_text)
    assert time.perf_counter() - start < 2.0
    assert restored == "kế hoạch đào tạo nghề, " * 2000


# ---------------------------------------------------------------- persistence


def test_save_load_round_trip(model, tmp_path, corpus):
    path = tmp_path / "accents.json"
    model.save(path)
    assert path.stat().st_size < 3_000_000
    json.loads(path.read_text(encoding="utf-8"))
    loaded = AccentModel.load(path)
    assert loaded == model
    assert AccentModel.from_dict(model.to_dict()) == model
    questions = [HD_QUESTION, HP_QUESTION, "Ha Noi", "đao tao nghê"]
    questions += [fold_accents(s) for s in _corpus_sentences(corpus)]
    for q in questions:
        assert loaded.restore(q) == model.restore(q)


def test_from_dict_rejects_unknown_version(model):
    data = model.to_dict()
    data["version"] = 999
    with pytest.raises(ValueError):
        AccentModel.from_dict(data)


# ---------------------------------------------------------------- speed


def test_training_is_fast(trained):
    _, seconds = trained
    assert seconds <= 2.0, seconds


def test_restore_latency(model):
    question = (
        "theo ke hoach nam 2023 cua so lao dong thuong binh va xa hoi hai duong ty le lao dong "
        "qua dao tao duoc cap chung chi nam 2023 phai dat bao nhieu phan tram"
    )
    assert len(question.split()) >= 30
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        model.restore(question)
        timings.append(time.perf_counter() - start)
    # Best-of-N: robust to other processes on a shared machine.
    assert min(timings) <= 0.005, statistics.median(timings)


# ---------------------------------------------------------------- properties

_VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_ALPHABET = st.sampled_from(
    list(_VIET + _VIET.upper() + "0123456789 \n\t.,;:!?()/-–%“”'")
    + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0334", "İ", "ı", "ß", "ẞ", "Σ", "ς", "ﬁ", "😀", "北"]
)
_WORDS = st.sampled_from(
    ["ha", "noi", "ke", "hoach", "nam", "cua", "so", "dao", "tao", "nghe", "Ha", "NOI", "đao", "hoà", "70/KH-UBND", "28.500"]
)
_MIXED = st.one_of(
    st.text(),
    st.text(alphabet=_ALPHABET),
    st.lists(st.one_of(_WORDS, st.text(alphabet=_ALPHABET, max_size=3)), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_MIXED)
@example(text="\u00d0")  # an OCR look-alike of Đ is restored as Đ, which folds the same
def test_restore_only_changes_accents(model, text):
    restored = model.restore(text)
    assert isinstance(restored, str)
    assert fold_accents(restored) == fold_accents(text)
