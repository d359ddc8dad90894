"""The slots of a question a follow-up or a compound part can set anew: the year or period, the
training level, the area, the period a report covers ("Còn năm 2030?", "riêng hệ cao đẳng là bao nhiêu?",
"Còn báo cáo cả năm?").

A slot is found on the accent-folded question, whose characters stand where the
original's do, and its value is written back with diacritics.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.normalize import fold_accents
from index.vocab.dates import YEAR
from index.vocab.phrases import WHOLE_ASKED
from index.vocab.qualifiers import AREAS as AREA_WORDS
from index.vocab.qualifiers import PAYING

# Training levels ("trình độ trung cấp") and areas ("khu vực thành thị"), as plans write them.
LEVELS = ("cao đẳng", "trung cấp", "sơ cấp", "dưới 3 tháng", "đào tạo thường xuyên")
AREAS = tuple(AREA_WORDS)
# The period a report covers ("báo cáo 6 tháng", "báo cáo năm"): "Còn báo cáo cả năm?" after the half-year's deadline.
# The level of a budget ("ngân sách cấp huyện", "ngân sách tỉnh"): "Ngân sách cấp xã thì sao?" after the district's.
BUDGET_LEVELS = ("trung ương", "tỉnh", "thành phố", "huyện", "xã")
REPORTS = ("6 tháng", "sáu tháng", "6 tháng đầu năm", "quý", "hằng quý", "hàng quý", "năm", "cả năm", "hằng năm",
           "hàng năm", "hằng tháng", "hàng tháng", "tháng", "định kỳ", "đột xuất", "sơ kết", "tổng kết")


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(fold_accents(w)) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Slot:
    """One thing a follow-up can change; ``swap`` is the group replaced in the previous question."""

    pattern: re.Pattern[str]
    value: Callable[[re.Match[str], str], str]  # (match on folded text, original text) -> value to write
    lead: str  # written before the value when the previous question had no such slot
    narrows: bool = False  # a value added where none was asks of a part of what was asked ("trong đó cao đẳng")


def _listed(words: Sequence[str]) -> str:
    """One or several of the words: "sơ cấp và đào tạo dưới 3 tháng", "cao đẳng, trung cấp"."""
    word = f"(?:{_alternatives(words)})"
    return rf"{word}(?:\s*(?:,|va|hoac)\s*(?:dao tao\s+)?{word})*"


def _vocabulary_value(words: Sequence[str]) -> Callable[[re.Match[str], str], str]:
    """The words as typed, each written with its diacritics ("trung cap" → "trung cấp")."""
    by_folded = {fold_accents(w): w for w in words}
    word = re.compile(rf"\b(?:{_alternatives(words)})\b")

    def value(m: re.Match[str], text: str) -> str:
        start, end = m.span("swap")
        typed, last, out = text[start:end], 0, []
        for w in word.finditer(fold_accents(typed)):
            out += [typed[last:w.start()], by_folded[w[0]]]
            last = w.end()
        return "".join(out) + typed[last:]

    return value


def _year_value(m: re.Match[str], text: str) -> str:
    """ "mốc năm 2030" → "năm 2030"; a period keeps its word: "giai đoạn 2026-2030"."""
    period = text[m.start("years"):m.end("years")]
    said = m["word"] in ("giai doan", "thoi ky") and text[m.start("word"):m.end("word")].lower()
    return f"{said or ('giai đoạn' if '-' in period or '–' in period else 'năm')} {period}"


# "năm 2026", "mốc năm 2030", "giai đoạn 2021-2025"; never the year of a date (07/03/2023).
_YEARS = rf"(?<![\d/.-]){YEAR.pattern}(?:\s*[-–]\s*{YEAR.pattern})?(?![\d/])"
SLOTS = (
    Slot(re.compile(rf"(?P<swap>(?:\bmoc\s+)?(?:\b(?P<word>nam|giai doan|thoi ky)\s+)?(?P<years>{_YEARS}))"),
         _year_value, ""),
    Slot(re.compile(rf"(?:\btrinh do\s+)?\b(?P<swap>{_listed(LEVELS)})\b"), _vocabulary_value(LEVELS), "trình độ ",
         narrows=True),
    Slot(re.compile(rf"(?:\b(?:khu vuc|vung)\s+)?\b(?P<swap>{_listed(AREAS)})\b"), _vocabulary_value(AREAS),
         "khu vực ", narrows=True),
    # "báo cáo 6 tháng", "báo cáo năm" (not "báo cáo năm 2023", a year's)
    Slot(re.compile(rf"\bbao cao\s+(?:ket qua\s+)?(?P<swap>(?:{_alternatives(REPORTS)}))\b(?!\s*\d)"),
         _vocabulary_value(REPORTS), "báo cáo "),
    # the level only: "ngân sách" stays a topic word of the question; a level named as the payer ("trong đó tỉnh bỏ
    # ra bao nhiêu") is its budget's
    Slot(re.compile(rf"(?:(?<=\bngan sach )(?:cap\s+)?|\b(?:cap\s+)?(?=(?:{_alternatives(BUDGET_LEVELS)}) {PAYING}\b))"
                    rf"(?P<swap>{_alternatives(BUDGET_LEVELS)})\b"),
         _vocabulary_value(BUDGET_LEVELS), "ngân sách cấp ", narrows=True),
)


def cut_spans(text: str, spans: list[tuple[int, int]], insert: str = "") -> str:
    """Remove spans from text; put ``insert`` where the first one was."""
    out, last = [], 0
    for i, (start, end) in enumerate(spans):
        if start < last:
            continue
        out.append(text[last:start])
        if i == 0 and insert:
            out.append(insert)
        last = end
    out.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


@dataclass(frozen=True)
class Change:
    """A slot the follow-up sets: where it was typed, and the value to write."""

    slot: Slot | None  # None: the place
    span: tuple[int, int]
    value: str


def slot_changes(question: str, slots: tuple[Slot, ...] = SLOTS, taken: list[Change] | None = None) -> list[Change]:
    """The slots a question names, none overlapping another or one already ``taken`` (a place); of two that
    overlap the longer wins ("kế hoạch đào tạo nghề nông thôn" names a plan, not the rural area)."""
    folded = fold_accents(question)
    found = list(taken or [])
    matches = [(i, slot, m) for i, slot in enumerate(slots) for m in slot.pattern.finditer(folded)]
    chosen = []
    for i, slot, m in sorted(matches, key=lambda match: match[2].start() - match[2].end()):  # longest first
        if not any(m.start() < c.span[1] and c.span[0] < m.end() for c in found):
            found.append(Change(slot, m.span(), slot.value(m, question)))
            chosen.append((i, m.start(), found[-1]))
    return found[: len(taken or [])] + [change for *_, change in sorted(chosen, key=lambda c: c[:2])]


_RANGE = re.compile(r"\d\s*[-–]\s*\d")


def with_slot(before: str, change: Change) -> str:
    """``before`` with the slot's value set: its mentions of that slot replaced, or the value added. A single
    value replaces the single ones where there are both ("kế hoạch 2021-2030 … vào năm 2025" with 2030 asks
    of 2030 in the same plan, not of a plan "2030")."""
    assert change.slot is not None
    spans = [m.span("swap") for m in change.slot.pattern.finditer(fold_accents(before))]
    alike = [(a, b) for a, b in spans if bool(_RANGE.search(before[a:b])) == bool(_RANGE.search(change.value))]
    spans = alike or spans
    if spans:
        return cut_spans(before, spans, insert=change.value)
    if change.slot.narrows:
        before = cut_spans(before, [m.span() for m in WHOLE_ASKED.finditer(fold_accents(before))])
    return f"{before.rstrip(' ?')} {change.slot.lead}{change.value}?"
