"""Restore Vietnamese accents in questions typed without (or with some) diacritics.

Many users type "ke hoach nam 2023 cua ha noi" on keyboards without a
Vietnamese input method. Retrieval works on folded text already, but quoting,
display and the answer prompt read far better with the accents back. Every
folded syllable ("dao") maps to a handful of accented ones (đào, đạo, dao, …);
which one is meant depends on the neighbours, so a small syllable n-gram model
(interpolated Kneser–Ney, trigram) learned from the plans themselves picks the
most probable sequence with Viterbi.

The plans never ask questions, so words like "bao nhiêu", "là gì", "ở đâu"
are missing or rare in them; a few lines of question phrasing (`QUESTION_SEED`)
are added to the training text so that question words restore as well.

Restoration only ever changes accents: `fold_accents(restore(x)) ==
fold_accents(x)` for any input, and everything that is not a plain syllable
(numbers, codes such as "70/KH-UBND", punctuation, other scripts) is left
exactly where and as it was.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.normalize import TONE_MARKS, canonical, fold_accents

__all__ = ["AccentModel", "QUESTION_SEED"]

BOS = "<s>"
EOS = "</s>"
NUM = "<num>"  # any chunk with a digit: 2023, 28.500, 70/KH-UBND
OTHER = "<x>"  # any other non-syllable chunk: KH-UBND, e-learning

# Discount of interpolated Kneser–Ney; 0.75 is the textbook value and the
# corpus is far too small to tune it reliably.
_DISCOUNT = 0.75
# Add-k on the continuation unigram, so unseen syllables (typed context) get a
# small, non-zero probability instead of -inf.
_UNIGRAM_K = 0.5
# Viterbi keeps at most this many (previous, current) states per position:
# bounds the cost of very ambiguous runs ("co cac co so") without changing the
# best path in practice.
_BEAM = 24

# 2: the generic QUESTION_SEED (a model saved by version 1 is retrained at load); 3: its follow-up and
# small-word phrasing ("Sở đó còn …", "mấy lần", "bao nhiêu trong tổng số đó").
_MODEL_VERSION = 3

# An input whose restorable syllables carry marks at least this often was
# typed with accents: its bare syllables are level-tone words (often ones the
# plans never use, "so sánh", "chu kỳ") and are left alone. Accented plan
# paragraphs and questions sit at 0.78 or above, half-typed questions lower.
_TYPED_RATIO = 0.7

# How people ask, which administrative plans never write: question words
# (bao nhiêu, mấy, ai, nào, khi nào, ở đâu, vì sao, thế nào, có … không) around
# the nouns any plan uses. Written for this module: no province, no plan, no
# indicator or figure of any plan, and no paraphrase of a gold question.
QUESTION_SEED = """\
Kế hoạch này đặt mục tiêu gì, đặt mục tiêu bao nhiêu phần trăm?
Kế hoạch đặt chỉ tiêu bao nhiêu?
Chỉ tiêu này là bao nhiêu?
Tỷ lệ này phải đạt bao nhiêu phần trăm?
Tỷ lệ đó không quá bao nhiêu, tối thiểu là bao nhiêu?
Có bao nhiêu người được hỗ trợ?
Mỗi năm có bao nhiêu lượt người?
Tổng kinh phí là bao nhiêu tỷ đồng?
Có mấy nhiệm vụ, mấy giải pháp?
Kế hoạch này nhằm mục đích gì?
Nhiệm vụ chính là gì?
Giải pháp nào được đề ra?
Cơ quan nào chủ trì?
Sở nào chịu trách nhiệm tổng hợp?
Đơn vị nào phối hợp thực hiện?
Ai là đầu mối theo dõi, đôn đốc?
Những đối tượng nào được hưởng?
Những ngành nghề nào được ưu tiên?
Ai ký ban hành văn bản này?
Ai chịu trách nhiệm?
Khi nào phải gửi báo cáo?
Báo cáo phải nộp trước ngày nào?
Bao giờ thì triển khai?
Văn bản được ban hành vào ngày nào, năm nào?
Thời gian thực hiện kéo dài bao lâu?
Đăng ký ở đâu?
Kinh phí lấy từ nguồn nào?
Tại sao cần làm việc này?
Vì sao phải thực hiện?
Làm thế nào để được hỗ trợ?
Như thế nào thì được coi là đạt?
Thế nào là hoàn thành?
Có phải tất cả đều được hỗ trợ không?
Văn bản có quy định mức hỗ trợ hay không?
Hãy cho biết các chỉ tiêu chính.
Cho tôi biết mục tiêu của tỉnh.
Tôi muốn hỏi về chính sách này.
Năm nào thì kết thúc?
Số lượng tăng hay giảm?
Còn năm sau thì sao?
Năm tới sẽ làm gì?
Các cơ quan sẽ thực hiện những việc gì?
Các năm tiếp theo thì như thế nào?
Mỗi quận, huyện, thị xã được giao bao nhiêu?
Các phường, xã phải nộp báo cáo cho ai?
So với năm trước thì tăng hay giảm?
Năm đó đặt ra mấy chỉ tiêu, mỗi chỉ tiêu đạt bao nhiêu?
Việc đó do ai làm, giao cho cơ quan nào, hạn chót là khi nào?
Sở đó còn phải làm gì nữa?
Kế hoạch đó được ký lúc nào, ai ký?
Thế còn năm sau thì sao, vậy mức đó có tăng không?
Vậy thì ở đâu, nơi nào được chọn?
Mỗi người được hỗ trợ bao nhiêu tiền, mỗi lần bao nhiêu?
Tiền lấy ở đâu ra, dùng tiền vào việc gì?
Thời hạn nộp là bao lâu, có mốc thời gian cụ thể không?
Cộng lại tất cả là bao nhiêu, so sánh với năm ngoái thế nào?
Số đó có tính cả người học trong nhóm đó không?
Tôi muốn biết mình có được học miễn phí không.
Có mấy trường, mấy khoa, mấy lớp?
Học mấy tháng, mấy lần một năm?
Khoản tiền đó dành cho ai?
Trong đó bao nhiêu người là nữ?
Có bao nhiêu trong tổng số đó?
Cái đó nói về nội dung gì?
Ai đặt mục tiêu đó và đặt ra khi nào?
Nó có nhắc tới xã, phường, quận nào không?
Phần này có kể tên đủ không?
Mức đó nâng lên hay hạ xuống?
Việc này nhắm tới ai, để làm gì?
Cùng lúc đó còn việc gì khác?
Mức lãi suất cho vay là bao nhiêu?
Có đúng là như vậy không?
Mảng việc làm thì ai lo?
Tỉnh đặt chỉ tiêu bao nhiêu, đặt tỷ lệ bao nhiêu phần trăm?
Thành phố giao chỉ tiêu cho ai, giao sở nào, giao cơ quan nào?
Tổ chức vào tháng mấy, từ tháng mấy, trước ngày mấy?
Đây là lần thứ mấy, đạt bậc mấy, theo quyết định số mấy?
Tổng cộng bao nhiêu, có được cộng vào không?
Kinh phí lấy từ đâu, báo cáo gửi về đâu?
Mỗi nguồn bao nhiêu, mỗi loại bao nhiêu, mỗi hệ bao nhiêu, mỗi bên chịu bao nhiêu?
Sở nào chủ trì, sở nào phối hợp, có cùng một sở không?
Hai kế hoạch này khác nhau thế nào, cả hai kế hoạch đều có không?
"""


# ---------------------------------------------------------------- tokenising

_CHUNK = re.compile(r"\n|[^\s]+")


def _is_edge(ch: str) -> bool:
    """Punctuation around a syllable ("(sau", "án);"), never a letter or mark.

    Combining marks stay inside the chunk core, so a letter followed by a stray
    mark is not mistaken for a bare syllable.
    """
    return not ch.isalnum() and not unicodedata.category(ch).startswith("M")


def _split_chunk(chunk: str) -> tuple[int, int]:
    """Start and end of the core of a whitespace-delimited chunk."""
    start, end = 0, len(chunk)
    while start < end and _is_edge(chunk[start]):
        start += 1
    while end > start and _is_edge(chunk[end - 1]):
        end -= 1
    return start, end


@dataclass
class _Tok:
    """One core of the text: a syllable (or number/code) with its span."""

    start: int
    end: int
    core: str  # as it stands in the (canonical) text
    key: str  # lower-cased core, or NUM / OTHER: the n-gram vocabulary item
    syllable: bool


def _segments(text: str) -> list[list[_Tok]]:
    """Split canonical text into runs between context breaks.

    Sentence ends, commas, brackets, quotes, dashes and line breaks all reset
    the n-gram context: the syllables on either side rarely form a phrase, and
    it is what the model was trained on.
    """
    segments: list[list[_Tok]] = []
    current: list[_Tok] = []

    def flush() -> None:
        nonlocal current
        if current:
            segments.append(current)
            current = []

    for match in _CHUNK.finditer(text):
        chunk = match.group(0)
        if chunk == "\n":
            flush()
            continue
        start, end = _split_chunk(chunk)
        if start > 0:
            flush()
        if end > start:
            core = chunk[start:end]
            base = match.start()
            if core.isalpha():
                current.append(_Tok(base + start, base + end, core, core.lower(), True))
            else:
                key = NUM if any(c.isdigit() for c in core) else OTHER
                current.append(_Tok(base + start, base + end, core, key, False))
        if end < len(chunk) or end == start:
            flush()
    flush()
    return segments


# ---------------------------------------------------------------- marks


def _char_marks(ch: str) -> frozenset[str]:
    """Diacritics of one letter: its combining marks, plus the bar of đ."""
    if ch in "đĐ":
        return frozenset({"\u0335"})  # stands for the stroke of đ
    decomposed = unicodedata.normalize("NFD", ch)
    return frozenset(c for c in decomposed if unicodedata.combining(c))


def _has_marks(word: str) -> bool:
    return any(_char_marks(ch) for ch in word)


def _has_tone(word: str) -> bool:
    return any(c in TONE_MARKS for c in unicodedata.normalize("NFD", word))


def _compatible(typed: str, candidate: str) -> bool:
    """True when the candidate carries every mark the user typed, letter by letter."""
    if len(typed) != len(candidate):
        return False
    return all(_char_marks(t) <= _char_marks(c) for t, c in zip(typed, candidate))


def _apply_case(typed: str, candidate: str) -> str:
    """The candidate's letters in the typed word's casing (Ha → Hà, HA → HÀ).

    Falls back to the typed word whenever a letter-by-letter mapping could
    change anything but accents.
    """
    if len(typed) != len(candidate):
        return typed
    out = []
    for t, c in zip(typed, candidate):
        if t.isupper():
            upper = c.upper()
            if len(upper) != 1:
                return typed
            out.append(upper)
        else:
            out.append(c)
    result = "".join(out)
    return result if fold_accents(result) == fold_accents(typed) else typed


# ---------------------------------------------------------------- the model


def _join(*words: str) -> str:
    return " ".join(words)


@dataclass
class AccentModel:
    """Syllable trigram counts of accented, lower-cased, canonical text.

    Only raw counts are stored (JSON-friendly, a few hundred KB for the five
    plans); Kneser–Ney statistics and the folded-form index are rebuilt on
    load, which takes milliseconds.
    """

    unigrams: dict[str, int] = field(default_factory=dict)
    bigrams: dict[str, int] = field(default_factory=dict)  # "a b" -> count
    trigrams: dict[str, int] = field(default_factory=dict)  # "a b c" -> count

    def __post_init__(self) -> None:
        self._build()

    # ------------------------------------------------------------ training

    @classmethod
    def train(cls, texts: Iterable[str], *, include_seed: bool = True) -> AccentModel:
        """Count syllable n-grams in `texts` (plus `QUESTION_SEED` by default).

        Texts are canonicalised first so that hoà and hòa count as one form.
        """
        uni: dict[str, int] = {}
        bi: dict[str, int] = {}
        tri: dict[str, int] = {}
        all_texts = list(texts)
        if include_seed:
            all_texts.append(QUESTION_SEED)
        for text in all_texts:
            for segment in _segments(canonical(text)):
                words = [BOS, BOS] + [t.key for t in segment] + [EOS]
                for i in range(2, len(words)):
                    w = words[i]
                    uni[w] = uni.get(w, 0) + 1
                    b = _join(words[i - 1], w)
                    bi[b] = bi.get(b, 0) + 1
                    t = _join(words[i - 2], words[i - 1], w)
                    tri[t] = tri.get(t, 0) + 1
        return cls(unigrams=uni, bigrams=bi, trigrams=tri)

    def _build(self) -> None:
        """Derive the Kneser–Ney tables and the folded-form candidate index."""
        # Continuation counts: in how many distinct contexts a word (bigram) appears.
        self._cont_uni: dict[str, int] = {}
        for b in self.bigrams:
            w = b.split(" ")[1]
            self._cont_uni[w] = self._cont_uni.get(w, 0) + 1
        self._cont_uni_total = sum(self._cont_uni.values())
        self._vocab_size = len(self.unigrams) + 1

        self._cont_bi: dict[str, int] = {}  # "v w" -> distinct u with c(u v w) > 0
        self._tri_ctx_total: dict[str, int] = {}  # "u v" -> sum_w c(u v w)
        self._tri_ctx_types: dict[str, int] = {}  # "u v" -> distinct w
        for t, count in self.trigrams.items():
            u, v, w = t.split(" ")
            vw = _join(v, w)
            self._cont_bi[vw] = self._cont_bi.get(vw, 0) + 1
            uv = _join(u, v)
            self._tri_ctx_total[uv] = self._tri_ctx_total.get(uv, 0) + count
            self._tri_ctx_types[uv] = self._tri_ctx_types.get(uv, 0) + 1
        self._bi_ctx_total: dict[str, int] = {}  # v -> sum_w N1+(. v w)
        self._bi_ctx_types: dict[str, int] = {}  # v -> distinct w
        for vw, count in self._cont_bi.items():
            v = vw.split(" ")[0]
            self._bi_ctx_total[v] = self._bi_ctx_total.get(v, 0) + count
            self._bi_ctx_types[v] = self._bi_ctx_types.get(v, 0) + 1

        # fold -> accented forms, most frequent first.
        index: dict[str, list[tuple[int, str]]] = {}
        for w, count in self.unigrams.items():
            if w in (BOS, EOS, NUM, OTHER) or not w.isalpha():
                continue
            index.setdefault(fold_accents(w), []).append((count, w))
        self._candidates: dict[str, list[str]] = {
            f: [w for _, w in sorted(forms, key=lambda cw: (-cw[0], cw[1]))]
            for f, forms in index.items()
        }

    # ------------------------------------------------------------ scoring

    def _p_uni(self, w: str) -> float:
        return (self._cont_uni.get(w, 0) + _UNIGRAM_K) / (
            self._cont_uni_total + _UNIGRAM_K * self._vocab_size
        )

    def _p_bi(self, v: str, w: str) -> float:
        total = self._bi_ctx_total.get(v, 0)
        if not total:
            return self._p_uni(w)
        count = self._cont_bi.get(_join(v, w), 0)
        lam = _DISCOUNT * self._bi_ctx_types[v] / total
        return max(count - _DISCOUNT, 0.0) / total + lam * self._p_uni(w)

    def _p_tri(self, u: str, v: str, w: str) -> float:
        uv = _join(u, v)
        total = self._tri_ctx_total.get(uv, 0)
        if not total:
            return self._p_bi(v, w)
        count = self.trigrams.get(_join(u, v, w), 0)
        lam = _DISCOUNT * self._tri_ctx_types[uv] / total
        return max(count - _DISCOUNT, 0.0) / total + lam * self._p_bi(v, w)

    # ------------------------------------------------------------ restoring

    def candidates(self, word: str) -> list[str]:
        """Accented lower-case forms seen in training that fold to `word`."""
        return list(self._candidates.get(fold_accents(word), ()))

    def _typed_ratio(self, syllables: list[_Tok]) -> float:
        """Share of the syllables that could carry marks which do carry them."""
        marked = bare = 0
        for tok in syllables:
            if _has_marks(tok.key):
                marked += 1
            elif any(c != tok.key for c in self._candidates.get(fold_accents(tok.key), ())):
                bare += 1
        return marked / (marked + bare) if marked + bare else 1.0

    def _options(self, tok: _Tok, input_has_tones: bool) -> list[str]:
        """Forms the decoder may choose for one token, most frequent first.

        A word with a tone mark is taken as typed. A word with only vowel or
        đ marks (ê, ơ, đ…) is complete too when the user types tones elsewhere;
        otherwise it was typed half-way and any form containing its marks may
        be chosen. Unknown words keep their spelling.
        """
        if not tok.syllable:
            return [tok.key]
        typed = tok.key
        if _has_marks(typed):
            if input_has_tones:
                return [typed]
            forms = [c for c in self._candidates.get(fold_accents(typed), ()) if _compatible(typed, c)]
            return forms or [typed]
        return list(self._candidates.get(fold_accents(typed), ())) or [typed]

    def _decode(self, options: list[list[str]]) -> list[str]:
        """Viterbi over (previous, current) syllable states with a beam."""
        # state (u, v) = the last two syllables -> best log score; history[i]
        # maps each state at position i to the state it came from.
        states: dict[tuple[str, str], float] = {(BOS, BOS): 0.0}
        history: list[dict[tuple[str, str], tuple[str, str] | None]] = []
        for opts in options:
            new: dict[tuple[str, str], float] = {}
            back: dict[tuple[str, str], tuple[str, str] | None] = {}
            for (u, v), score in states.items():
                for w in opts:
                    s = score + math.log(self._p_tri(u, v, w))
                    key = (v, w)
                    if key not in new or s > new[key]:
                        new[key] = s
                        back[key] = (u, v)
            if len(new) > _BEAM:
                kept = sorted(new, key=new.__getitem__, reverse=True)[:_BEAM]
                new = {k: new[k] for k in kept}
            states = new
            history.append(back)
        best = max(states, key=lambda k: states[k] + math.log(self._p_tri(k[0], k[1], EOS)))
        path: list[str] = []
        state: tuple[str, str] | None = best
        for back in reversed(history):
            assert state is not None
            path.append(state[1])
            state = back[state]
        path.reverse()
        return path

    def restore(self, text: str) -> str:
        """`text` with accents restored on bare syllables, canonical spelling.

        Only the letters of syllables change; spacing, punctuation, numbers and
        codes stay where they are. Input is brought to the canonical form
        (NFC, hòa-style tones) first, which also changes accents only.
        """
        if not text:
            return text
        text = canonical(text)
        segments = _segments(text)
        syllables = [t for seg in segments for t in seg if t.syllable]
        input_has_tones = any(_has_tone(t.core) for t in syllables)
        if input_has_tones and self._typed_ratio(syllables) >= _TYPED_RATIO:
            return text
        replacements: list[tuple[int, int, str]] = []
        for segment in segments:
            options = [self._options(t, input_has_tones) for t in segment]
            if all(len(o) == 1 for o in options):
                chosen = [o[0] for o in options]
            else:
                chosen = self._decode(options)
            for tok, form in zip(segment, chosen):
                if tok.syllable and form != tok.key:
                    new = _apply_case(tok.core, form)
                    if new != tok.core:
                        replacements.append((tok.start, tok.end, new))
        if not replacements:
            return text
        out: list[str] = []
        pos = 0
        for start, end, new in replacements:
            out.append(text[pos:start])
            out.append(new)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    # ------------------------------------------------------------ persistence

    def to_dict(self) -> dict:
        return {
            "version": _MODEL_VERSION,
            "unigrams": self.unigrams,
            "bigrams": self.bigrams,
            "trigrams": self.trigrams,
        }

    @classmethod
    def from_dict(cls, d: dict) -> AccentModel:
        if d.get("version") != _MODEL_VERSION:
            raise ValueError(f"unsupported accent model version: {d.get('version')!r}")
        return cls(
            unigrams={str(k): int(v) for k, v in d["unigrams"].items()},
            bigrams={str(k): int(v) for k, v in d["bigrams"].items()},
            trigrams={str(k): int(v) for k, v in d["trigrams"].items()},
        )

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> AccentModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
