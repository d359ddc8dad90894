"""List markers a page's style sheet draws, not its text: a Google Docs export numbers its headings and items.

Google Docs' "Web page (.html, zipped)" writes every numbered heading and item as ``<ol class="lst-kix_… start"
start="n"><li>`` and draws the number with a rule of its ``<style>`` block (``.lst-kix_x-0 > li:before { content:
"" counter(lst-ctn-kix_x-0, upper-roman) ". " }``): the numbers ("I.", "1.", "a)", "1.2.") are in no text. Read as
the browser draws them, the plan's own numbering gives its structure, as in any other format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_BEFORE = re.compile(r"^\s*(?:ol|ul)?\.(?P<cls>[\w-]+)\s*>\s*li:{1,2}before\s*$")
_CONTENT = re.compile(r"(?:^|;)\s*content\s*:\s*(?P<value>[^;]*)")
_TOKEN = re.compile(r'"(?P<text>(?:[^"\\]|\\.)*)"|counter\(\s*(?P<name>[\w-]+)\s*(?:,\s*(?P<style>[\w-]+)\s*)?\)')
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass
class Marker:
    """What a rule draws before each item of a list class: literal text and counters, in order."""

    parts: list[tuple[str, str]]  # ("text", "1. ") or (counter name, its style)
    counter: str = ""  # the counter this class's items step (the last one its marker shows)


@dataclass
class ListStyles:
    """The markers a page's style sheet draws, by list class, and the counters' values as the page is read."""

    markers: dict[str, Marker] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def marker(self, classes: str, number: int) -> str | None:
        """The marker drawn before an item numbered ``number`` of a list with these classes; None when no rule of
        the sheet draws one (the list's own type then numbers it)."""
        drawn = next((self.markers[c] for c in classes.split() if c in self.markers), None)
        if drawn is None:
            return None
        if drawn.counter:
            self.counters[drawn.counter] = number
        return "".join(text if name == "text" else counter_text(self.counters.get(name, 1), text)
                       for name, text in drawn.parts)


def list_styles(page: str) -> ListStyles:
    """The list markers of a page's ``<style>`` blocks (``li:before`` rules with a ``content``)."""
    styles = ListStyles()
    for sheet in _STYLE.findall(page):
        for selectors, body in _RULE.findall(sheet):
            content = _CONTENT.search(body)
            if content is None:
                continue
            parts = [("text", _unescaped(m["text"])) if m["text"] is not None else (m["name"], m["style"] or "decimal")
                     for m in _TOKEN.finditer(content["value"])]
            counters = [name for name, _ in parts if name != "text"]
            for selector in selectors.split(","):
                found = _BEFORE.match(selector)
                if found and parts:
                    styles.markers[found["cls"]] = Marker(parts, counters[-1] if counters else "")
    return styles


def counter_text(value: int, style: str) -> str:
    """A counter's value as CSS draws it in a style: "decimal" 3, "lower-latin" c, "upper-roman" III."""
    style = style.lower()
    if style in ("lower-latin", "lower-alpha", "upper-latin", "upper-alpha"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style.startswith("upper") else letters
    if style in ("lower-roman", "upper-roman"):
        roman = ""
        for amount, mark in _ROMAN:
            count, value = divmod(value, amount)
            roman += mark * count
        return roman.upper() if style == "upper-roman" else roman
    if style == "decimal-leading-zero":
        return f"{value:02d}"
    return str(value)


def _unescaped(text: str) -> str:
    """A CSS string's escapes read: "\\0025cf " is "●", "\\"" a quote."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], text)
