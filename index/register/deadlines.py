"""Deadlines as plans state them: dates, months and quarters, recurring periods.

A task's deadline is what officials check first, and plans write it in a
handful of set phrases ("trước ngày 15/6/2023", "trong tháng 4", "sơ kết 05
năm, tổng kết 10 năm"); these functions find them in a task's text and type
them. Pure functions.
"""

from __future__ import annotations

import datetime as _dt
import re

from index.chunking import short_title
from index.vocab.markers import strip_bullet

_DATE = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
BY_DATE = re.compile(
    rf"(?:trước|chậm nhất(?: là)?|không muộn hơn|hạn chót|hoàn thành trước)\s+(?:ngày\s+)?(?:{_DATE})", re.IGNORECASE
)
BY_MONTH = re.compile(
    r"(?:trước|trong|chậm nhất(?: là)?|hoàn thành trong|hoàn thành trước)\s+(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})"
    r"(?:\s*(?:/|năm)\s*\d{4})?",
    re.IGNORECASE,
)
_PERIODIC = re.compile(
    r"(?:sơ kết|tổng kết)(?:\s*,\s*(?:sơ kết|tổng kết))?\s+(?:\d{1,2}\s+năm|định kỳ)"
    r"|định kỳ\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)|định kỳ\s+\d{1,2}\s+(?:tháng|năm)"
    r"|(?:đánh giá|báo cáo)\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)"
    r"|^(?:hàng|hằng)\s+(?:năm|quý|tháng)(?=\s*,)",
    re.IGNORECASE | re.MULTILINE,
)


def iso_date(when: str) -> str:
    """ISO date of a deadline that states day, month and year (exports sort and filter on it); else ""."""
    m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", when)
    if not m:
        return ""
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


def deadline_kind(when: str) -> str:
    """date | month | year | period: how precisely the plan fixes the time."""
    if BY_DATE.search(when) or re.search(_DATE, when):
        return "date"
    if re.search(r"\b(?:tháng|quý)\s+(?:\d|[IV])", when, re.IGNORECASE):
        return "month"
    if re.search(r"\b(?:sơ kết|tổng kết|định kỳ|(?:hàng|hằng) (?:năm|quý|tháng))\b", when, re.IGNORECASE):
        return "period"
    return "year" if re.search(r"\b(?:19|20)\d\d\b", when) else "period"


def deadline_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, expression) of the deadlines a text states, in order.

    Dates win; without a date, months or quarters; without either, periods
    ("sơ kết 05 năm, tổng kết 10 năm" is one expression).
    """
    for pattern in (BY_DATE, BY_MONTH):
        found = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        if found:
            return found
    spans: list[tuple[int, int, str]] = []
    for m in _PERIODIC.finditer(text):
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
