"""What a plan aims at: target rows from its "Mục tiêu" / "Chỉ tiêu" parts.

Each amount of a target sentence becomes a row with the words around it as
indicator, its unit, its comparator ("dưới 4%" → <, "ít nhất" → ≥), and the
year it is due ("230.000 lượt người", "40 - 45% học sinh tốt nghiệp THCS,
THPT", "thất nghiệp thành thị dưới 4%"). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from index.metadata import PlanMetadata
from index.normalize import fold_accents
from index.register.model import Target, paragraphs, section_path, title_is
from index.structure import Section
from index.vocab.dates import EVERY_YEAR, YEAR, YEAR_SPAN
from index.vocab.markers import strip_bullet, strip_marker

_TARGETS = re.compile(r"^(?:cac )?(?:muc tieu|chi tieu)\b")


def _squash(text: str) -> str:
    return " ".join((text or "").split())

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# "230.000", "73,2", "40 - 45%", "từ 30 đến 35%", "3%/năm".
_VALUE = re.compile(
    rf"(?<![\w./,-])(?P<a>{_NUM})(?:(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?P<b>{_NUM}))?(?![\w/]|[.,]\d)"
    r"(?P<pct>\s*(?:%|‰)(?:\s*/\s*năm)?)?"
)
_UNITS = (
    "lượt người", "lượt nghề", "lượt", "người", "lao động", "học viên", "học sinh", "sinh viên", "thanh niên",
    "đoàn viên", "trường",
    "ngành, nghề", "ngành nghề", "nghề", "ngành", "doanh nghiệp", "cơ sở", "chương trình", "hộ", "xã",
    "mô hình", "lớp", "phóng sự", "hoạt động", "việc làm", "đơn vị", "nhà giáo", "giáo viên", "thí sinh",
    "tỷ đồng", "triệu đồng", "đồng",
)
_UNIT_RE = re.compile(r"^\s*(" + "|".join(re.escape(u) for u in _UNITS) + r")(?![\w])", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(?:tháng|năm|ngày|giờ|tuổi|lần|tiết|buổi)\b", re.IGNORECASE)
_NOT_AMOUNT_BEFORE = re.compile(r"(?:\b(?:số|thứ|bậc|lần|khóa|khoá|nhóm|cấp độ|Nghị quyết|Quyết định))\s*$", re.IGNORECASE)  # noqa: E501 - a pattern reads best whole
_COMPARATORS = (
    (re.compile(r"\b(?:duoi|it hon|thap hon)\s*$"), "<"),
    (re.compile(r"\b(?:khong qua|khong vuot qua|toi da)\s*$"), "≤"),
    (re.compile(r"\b(?:it nhat|toi thieu|tu)\s*$"), "≥"),
    (re.compile(r"\b(?:tren|cao hon|vuot)\s*$"), ">"),
    (re.compile(r"\b(?:khoang|gan|xap xi)\s*$"), "≈"),
)


@dataclass
class _Value:
    start: int
    end: int  # after the unit
    value: str
    unit: str
    percent: bool
    number_end: int = 0  # after the number (and "%")


def _values(clause: str) -> list[_Value]:
    """Amounts of a clause: percentages, and counts with a unit or a "label:" before them.

    Years, durations ("03 tháng"), ordinals and document numbers are not amounts.
    """
    out: list[_Value] = []
    for m in _VALUE.finditer(clause):
        a, b, pct = m.group("a"), m.group("b"), (m.group("pct") or "").strip()
        before, after = clause[: m.start()], clause[m.end():]
        if _NOT_AMOUNT_BEFORE.search(before):
            continue
        value = f"{a} - {b}" if b else a
        if pct:
            out.append(_Value(m.start(), m.end(), value, "%/năm" if "/" in pct else pct[0], True, m.end()))
            continue
        if YEAR.fullmatch(a) and (not b or YEAR.fullmatch(b)):
            continue  # a year or a range of years
        if _DURATION.match(after):
            continue
        unit = _UNIT_RE.match(after)
        if unit:
            out.append(_Value(m.start(), m.end() + unit.end(), value, unit.group(1), False, m.end()))
        elif before.rstrip().endswith(":"):
            # "cao đẳng: 25.500" takes the unit of its total
            out.append(_Value(m.start(), m.end(), value, "", False, m.end()))
    return out


def _year_of(text: str) -> str:
    m = YEAR_SPAN.search(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    return "hàng năm" if EVERY_YEAR.search(text) else ""


def comparator_of(before: str, after: str, value: str) -> str:
    """= < > ≤ ≥ ≈ from the words around an amount; "range" for "40 - 45" (its bounds are the value)."""
    if " - " in value:
        return "range"
    folded = fold_accents(before[-40:])
    if re.match(r"^\s*tro len\b", fold_accents(after[:20])):
        return "≥"
    for pattern, symbol in _COMPARATORS:
        if pattern.search(folded):
            return symbol
    return "="


# What a counted group must do or be: "… 50% nhà giáo đạt chuẩn", "… được đào tạo".
_PREDICATE = re.compile(r"(?<![\w])(?:đạt|được|hoàn thành|tham gia|sử dụng|áp dụng|có việc làm|chiếm)(?![\w])")
# "… và [ít nhất] <value>": a value coordinated with the one before it.
_COORDINATED = re.compile(r"\s*,?\s+và\s+(?=(?:(?:ít nhất|tối thiểu|khoảng|trên|dưới|từ)\s+)?$)")


def _regions(clause: str, values: list[_Value]) -> list[tuple[int, int, bool]]:
    """The part of a clause that belongs to each value (its indicator).

    One value owns the whole clause. Between two values the clause is cut at
    the "và" that brings in the second one, so a list inside the first stays
    with it ("30% trường cao đẳng, trung cấp … và 50% nhà giáo …"); otherwise
    at the first comma or parenthesis after the first one, else at the last
    "và" between them. The flag says the value came in by that "và": it
    shares the comparator and predicate of its neighbour.
    """
    if len(values) <= 1:
        return [(0, len(clause), False)] * len(values)
    starts, ends, joined = [0], [], [False]
    for v, nxt in pairwise(values):
        gap = clause[v.end:nxt.start]
        coordinated = _COORDINATED.search(gap)
        joined.append(bool(coordinated))
        cut = coordinated or re.search(r"[,(;]", gap)
        if not cut:
            ands = list(re.finditer(r"\svà\s", gap))
            cut = ands[-1] if ands else None
        if cut:
            ends.append(v.end + cut.start())
            starts.append(v.end + cut.end())
        else:
            ends.append(nxt.start)
            starts.append(nxt.start)
    ends.append(len(clause))
    return list(zip(starts, ends, joined))


def _tidy_indicator(text: str) -> str:
    """The indicator as written, without bullets, and cut to its last clause when very long."""
    text = strip_bullet(_squash(text)).strip(" ,;.:)(")
    text = re.sub(r"^(?:trong đó|Trong đó)\s*:?\s*", "", text)
    if len(text) > 200:
        cuts = list(re.finditer(r"(?:^|\s)(?:góp phần|nhằm|trong đó)\s", text))
        text = text[cuts[-1].start():].strip() if cuts else "…" + text[-200:].split(" ", 1)[-1]
    return text


_LABEL = re.compile(r"(?:^|[:(;])\s*([^:(;]+?)\s*:\s*$")
_PREPOSITION = re.compile(r"^(?:trong|vào|so với|theo|của|cho|tại|trên|đối với|/|\W*$)", re.IGNORECASE)
_TRAILING_VERB = re.compile(r"\s+(?:đạt|là|lên|còn|khoảng|ít nhất|tối thiểu|trên|dưới|từ|đạt từ|đạt mức|giảm còn)\s*$")


def _base_indicator(before_first: str) -> str:
    """What the first amount of a sentence counts ("Tuyển sinh và đào tạo khoảng" → "Tuyển sinh và đào tạo")."""
    text = _tidy_indicator(before_first)
    while True:
        cut = _TRAILING_VERB.sub("", text)
        if cut == text:
            return text
        text = cut


def _targets_in(paragraph: str, context_year: str, doc: str, plan: str, section: str) -> list[Target]:
    """Targets of one paragraph: one per amount, with the words around it as indicator.

    A breakdown ("trong đó: cao đẳng: 25.500, trung cấp: …") names each part
    after the sentence's subject ("Tuyển sinh và đào tạo: cao đẳng") and takes
    the unit of the total; the year comes from the amount's own words, then
    the sentence, then the heading or lead-in ("Đến năm 2025"), then the plan.
    """
    out: list[Target] = []
    text = strip_bullet(paragraph)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[^\W\d_a-z])", text):
        explicit_year = YEAR_SPAN.search(sentence)
        sentence_year = _year_of(sentence)
        base = ""
        last_unit = ""
        for clause in re.split(r"\s*;\s*", sentence):
            values = _values(clause)
            previous: Target | None = None
            for v, (start, end, joined) in zip(values, _regions(clause, values)):
                before = clause[start:v.start]
                after = clause[v.number_end:end]
                unit = v.unit or last_unit
                if not v.percent and v.unit:
                    last_unit = v.unit
                label = _LABEL.search(before)
                if not base:
                    base = _base_indicator(sentence.split(":", 1)[0] if label else before)
                if label:
                    scope = _squash(label.group(1))
                    scope = re.sub(r"^(?:trong đó|Trong đó)\s*", "", scope).strip(" :,")
                    indicator = f"{base}: {scope}" if base and base != scope else scope
                else:
                    tail = _squash(re.split(r"[,;(]|\s(?:vào|đạt|được)\s", after)[0]).strip(" .,;:")
                    scope = "" if _PREPOSITION.match(tail) or tail == unit else tail
                    indicator = _tidy_indicator(clause[start:end])
                year = (_year_of(clause[start:end]) or (explicit_year and _year_of(explicit_year.group(0)))
                        or sentence_year or context_year)
                comparator = comparator_of(before, clause[v.end:end], v.value)
                if joined and previous:  # "ít nhất 30% A và 50% B đạt …": one comparator, one predicate
                    comparator = previous.comparator if comparator == "=" else comparator
                    shared = _PREDICATE.search(clause[v.end:end])
                    if shared and not _PREDICATE.search(previous.indicator):
                        predicate = _tidy_indicator(clause[v.end + shared.start():end])
                        previous.indicator = f"{previous.indicator} {predicate}"
                previous = Target(
                    doc=doc, plan=plan, indicator=indicator, value=v.value, unit=unit,
                    comparator=comparator, year=year, scope=scope[:160], section=section, source=paragraph,
                )
                out.append(previous)
    return out


def plan_year(meta: PlanMetadata | None) -> str:
    """The year of an annual plan, from a title ending in "năm 2023" (not "tầm nhìn đến năm 2045")."""
    title = meta.title if meta else ""
    m = re.search(rf"(?<!đến )(?<!tới )năm\s+{YEAR.pattern}\W*$", title or "")
    return m.group(1) if m else ""


def _target_section(section: Section, path: tuple[Section, ...], year: str, doc: str, plan: str) -> list[Target]:
    out: list[Target] = []
    title = strip_marker(section.title)
    where = section_path(path)
    heading_values = _values(title) if section.heading else []
    if heading_values:
        out.extend(_targets_in(title, year, doc, plan, where))
    else:
        year = _year_of(title) or year
    for block in paragraphs(section):
        text = strip_bullet(block.text)
        if _values(text):
            out.extend(_targets_in(block.text, year, doc, plan, where))
        elif YEAR_SPAN.search(text) and len(text) < 160:
            year = _year_of(text) or year  # "Phấn đấu đến năm 2025:" governs what follows
    for child in section.children:
        out.extend(_target_section(child, path + (child,), year, doc, plan))
    return out


def extract_targets(root: Section, year: str, doc: str, plan: str) -> list[Target]:
    """Targets of every outermost "Mục tiêu" / "Chỉ tiêu" part (`year`: the plan's, for amounts that name none)."""
    targets: list[Target] = []
    parts = [(p, s) for p, s in root.walk() if title_is(_TARGETS, s) and not any(title_is(_TARGETS, a) for a in p[:-1])]
    for path, section in parts:
        targets.extend(_target_section(section, path, year, doc, plan))
    return targets
