"""Deadlines as plans state them: dates, months and quarters, recurring periods, times counted from an event.

A task's deadline is what officials check first, and plans write it in a
handful of set phrases ("trước ngày 15/6/2023", "trong tháng 4", "sơ kết 05
năm, tổng kết 10 năm"); these functions find them in a task's text and type
them. Pure functions.
"""

from __future__ import annotations

import datetime as _dt
import re

from index.chunking import short_title
from index.vocab.dates import (
    BY_DATE,
    BY_MONTH,
    DATE,
    DUE_FIELD,
    FULL_DATE,
    MONTH,
    PERIODIC,
    QUARTER,
    RECURRING,
    RELATIVE_DEADLINE,
    START,
    YEAR,
)
from index.vocab.markers import strip_bullet


def iso_date(when: str) -> str:
    """ISO date of a deadline that states day, month and year (exports sort and filter on it); else ""."""
    m = FULL_DATE.search(when)
    if not m:
        return ""
    d, mo, y = m.group("d", "m", "y") if m.group("d") else m.group("wd", "wm", "wy")
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


def deadline_kind(when: str) -> str:
    """date | month | quarter | year | period | start | relative: how precisely the plan fixes the end (a day of each
    month or year is a period; "trong thời hạn 15 ngày kể từ …" is counted from an event).

    A start ("Triển khai tháng 3") says when work begins, so the kind is that
    of what follows it ("…, thực hiện cả năm 2023" → year), or "start" when
    nothing does.
    """
    rest = START.sub(" ", when)
    if (BY_DATE.search(rest) or DATE.search(rest)) and (FULL_DATE.search(rest) or not RECURRING.search(rest)):
        return "date"  # not a day of each period: "chậm nhất ngày 05 hằng tháng", "trước ngày 15/12 hằng năm"
    if MONTH.search(rest):
        return "month"
    if QUARTER.search(rest):
        return "quarter"
    if RECURRING.search(rest):
        return "period"
    if YEAR.search(rest):
        return "year"
    if RELATIVE_DEADLINE.match(when.strip()):
        return "relative"
    return "start" if START.search(when) else "period"


def deadline_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, expression) of the deadlines a text states, in order.

    Dates win; without a date, months or quarters; then a time set as a field ("Hạn: Quý II/2026"); else periods
    ("sơ kết 05 năm, tổng kết 10 năm" is one expression). A start ("triển
    khai trong tháng 3") is not a deadline.
    """
    starts = [m.span() for m in START.finditer(text)]
    for pattern in (BY_DATE, BY_MONTH):
        found = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)
                 if not any(a <= m.start() < b for a, b in starts)]
        if found:
            return found
    fields = [(m.start("when"), m.end("when"), m.group("when")) for m in DUE_FIELD.finditer(text)]  # "Hạn: Quý II/2026"
    if fields:
        return fields
    # a time counted from an event: "trong thời hạn 15 ngày kể từ ngày kết thúc khóa học"
    counted = [(m.start(), m.end(), m.group(0)) for m in RELATIVE_DEADLINE.finditer(text)]
    if counted:
        return counted
    spans: list[tuple[int, int, str]] = []
    for m in PERIODIC.finditer(text):
        start, end = m.start(), m.end()
        if spans and re.fullmatch(r"\s*(?:,|và)\s*", text[spans[-1][1]:start]):
            spans[-1] = (spans[-1][0], end, text[spans[-1][0]:end])
        else:
            spans.append((start, end, text[start:end]))
    return spans


def clause_around(text: str, start: int, end: int) -> str:
    """The clause (between ";" or sentence ends) that holds text[start:end]."""
    left = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(";", end), text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return strip_bullet(text[left + 1 : right].strip(" .;"))


def first_sentence(text: str, limit: int = 240) -> str:
    """What a task is about, short enough for a deadline's `what`."""
    first = re.split(r"(?<=[.;!?])\s|\n", strip_bullet(text), maxsplit=1)[0].strip()
    return short_title(first, limit)
