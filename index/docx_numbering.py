"""The numbers Word shows before automatically numbered paragraphs ("I.", "1.", "a)").

A clerk who numbers headings with Word's list numbering leaves the numbers out
of the paragraph text: "MỤC ĐÍCH, YÊU CẦU" is shown as "I. MỤC ĐÍCH, YÊU CẦU".
The heading tree (`index.structure`) reads plans by their numbers, so a Word
file is read with each number written back as Word displays it. A paragraph
takes its numbering from its own properties or from its style (a "Heading 1"
tied to a list); each list instance counts on its own, and a level restarts
when a level above it moves on. Bullets of a list become "-".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index.docx_revisions import accepted_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letter(n: int) -> str:
    """a … z, then aa, bb … as Word counts letters."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerLetter": _letter,
}


@dataclass(frozen=True)
class Level:
    fmt: str  # "decimal", "upperRoman", "bullet", "none" …
    text: str  # "%1.", "%1.%2.", "%3)"
    start: int = 1


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val", default) if child is not None else default


def _levels(numbering) -> dict[str, dict[int, Level]]:
    """Each list instance (numId) with its levels, from the numbering part's XML."""
    abstract: dict[str | None, dict[int, Level]] = {}
    for node in numbering.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in node.findall(f"{_W}lvl"):
            start = _val(lvl, "start", "1") or "1"
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = Level(
                _val(lvl, "numFmt", "decimal") or "decimal", _val(lvl, "lvlText", "") or "",
                int(start) if start.isdigit() else 1)
        abstract[node.get(f"{_W}abstractNumId")] = levels
    lists: dict[str, dict[int, Level]] = {}
    for num in numbering.findall(f"{_W}num"):
        levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
        for override in num.findall(f"{_W}lvlOverride"):
            restart = _val(override, "startOverride")
            ilvl = int(override.get(f"{_W}ilvl", "0"))
            if restart and restart.isdigit() and ilvl in levels:
                levels[ilvl] = Level(levels[ilvl].fmt, levels[ilvl].text, int(restart))
        lists[num.get(f"{_W}numId", "")] = levels
    return lists


def _num_pr(paragraph):
    """(numId, level) of a paragraph's own numbering, else its style's (or the style's base's)."""
    ppr = paragraph._p.pPr
    found = ppr.find(f"{_W}numPr") if ppr is not None else None
    style = paragraph.style if found is None else None
    while found is None and style is not None:
        style_ppr = style.element.find(f"{_W}pPr")
        found = style_ppr.find(f"{_W}numPr") if style_ppr is not None else None
        style = style.base_style
    if found is None:
        return None
    num_id = _val(found, "numId")
    level = _val(found, "ilvl", "0") or "0"
    return (num_id, int(level)) if num_id and num_id != "0" else None


@dataclass
class Numbering:
    """The counters of one document's lists while its paragraphs are read in order."""

    lists: dict[str, dict[int, Level]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            return cls({})
        return cls(_levels(part.element))

    def label(self, paragraph) -> str:
        """The number Word shows before the paragraph ("II.", "2.1.", "b)", "-"), or ""."""
        found = _num_pr(paragraph) if self.lists else None
        if found is None or not accepted_text(paragraph).strip():
            return ""
        num_id, level = found
        levels = self.lists.get(num_id, {})
        own = levels.get(level)
        if own is None or own.fmt == "none":
            return ""
        if own.fmt == "bullet":
            return "-"
        counts = self.counters.setdefault(num_id, {})
        counts[level] = counts.get(level, own.start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a level restarts when one above it moves on

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k, own)
            value = counts.get(k, lvl.start)
            return FORMATS.get(lvl.fmt, str)(value)

        return _PLACEHOLDER.sub(number, own.text).strip()
