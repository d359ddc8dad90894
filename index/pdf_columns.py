"""Pages printed in two columns (a province's gazette, "Công báo", or a newspaper reprinting a plan): each
column is read top to bottom, the left before the right, between the lines that run across the page.

A PDF's text layer gives words with their positions; read by printed line across the page, two columns
interleave line by line ("… cho lao" of the left column, then "… nghề trọng điểm" of the right, then the left's
next line), and every sentence is cut in two. A page is in two columns when many of its printed lines have a
wide gap near the middle with text on both sides filling each half, and that gap stands at one place down the
page: the gutter. Lines that cross the gutter (a title, the header's centred lines, a table across the page)
end one band of columns and start the next. A page in one column, or a header in two short columns (issuing
body | national motto), has too few such lines and is read as before.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# Share of the page width a gutter may sit at (the middle third, a little wider).
_MIDDLE = (0.3, 0.7)
# Each side of a two-column line fills at least this share of the page width (justified prose does; the short
# "Số: 48/KH-UBND" beside "Hà Lam, ngày …" does not).
_FULL_SIDE = 0.25
# A gap this many line heights wide separates columns; justified text spaces words far less.
_GAP_HEIGHTS = 1.2
# Lines filling a column on each side that make a page one in columns.
_MIN_ROWS = 6
# Share of a page's line pieces that may cross the gutter (a title, the header's centred lines).
_MAX_ACROSS = 0.2


@dataclass(frozen=True)
class Word:
    """A word's box on the page (PDF points from the top left)."""

    x0: float
    x1: float
    top: float
    bottom: float


def gutter(lines: list[list[Word]], width: float) -> float | None:
    """The x of the gap between two columns of prose on a page of printed ``lines`` (each a list of words left
    to right), or None for a page in one column.

    The columns' lines need not face each other (the right column may start lower): each line is cut at its
    wide gaps into pieces, and the gutter is the place in the page's middle that the fewest pieces cross, with
    pieces filling a column on both sides of it.
    """
    pieces = [piece for line in lines for piece in _pieces(line)]
    if len(pieces) < 2 * _MIN_ROWS:
        return None
    xs = range(int(_MIDDLE[0] * width), int(_MIDDLE[1] * width) + 1)
    crossing = [sum(x0 < x < x1 for x0, x1 in pieces) for x in xs]
    fewest = min(crossing)
    if fewest > _MAX_ACROSS * len(pieces):
        return None
    runs: list[list[int]] = []  # the runs of x the fewest pieces cross; the gutter is the middle of the widest
    for x, count in zip(xs, crossing):
        if count == fewest:
            if runs and runs[-1][-1] == x - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
    run = max(runs, key=len)
    at = (run[0] + run[-1]) / 2
    left = sum(x1 <= at and x1 - x0 >= _FULL_SIDE * width for x0, x1 in pieces)
    right = sum(x0 >= at and x1 - x0 >= _FULL_SIDE * width for x0, x1 in pieces)
    return at if min(left, right) >= _MIN_ROWS else None


def _pieces(line: list[Word]) -> list[tuple[float, float]]:
    """A printed line's extents between its wide gaps (x0, x1)."""
    if not line:
        return []
    height = statistics.median(w.bottom - w.top for w in line) or 1.0
    pieces = [[line[0].x0, line[0].x1]]
    for prev, word in zip(line, line[1:]):
        if word.x0 - prev.x1 >= _GAP_HEIGHTS * height:
            pieces.append([word.x0, word.x1])
        else:
            pieces[-1][1] = word.x1
    return [(x0, x1) for x0, x1 in pieces]


def split_at(line: list[T], at: float, box: Callable[[T], Word]) -> tuple[list[T], list[T]] | None:
    """A line's words left and right of the gutter (``box`` gives a word's box), or None for a line across the
    page: a word crosses the gutter, or the words either side of it stand a word's space apart (a short centred
    heading, "PHỤ LỤC", whose space between two words falls on the gutter), not a column gap apart."""
    boxes = [box(w) for w in line]
    if any(b.x0 < at < b.x1 for b in boxes):
        return None
    left = [w for w, b in zip(line, boxes) if b.x1 <= at]
    right = [w for w, b in zip(line, boxes) if b.x0 >= at]
    if left and right:
        gap = min(b.x0 for b in boxes if b.x0 >= at) - max(b.x1 for b in boxes if b.x1 <= at)
        if gap < _GAP_HEIGHTS * statistics.median(b.bottom - b.top for b in boxes):
            return None
    return left, right


def reading_keys(items: list[tuple[float, str]]) -> list[tuple[int, int, float]]:
    """Sort keys that read a page in columns: ``items`` are (top, side) with side "left", "right" or "across";
    each item across the page opens a band of its own, and within a band the left column comes before the
    right, each top to bottom."""
    order = sorted(range(len(items)), key=lambda i: items[i][0])
    keys: list[tuple[int, int, float]] = [(0, 0, 0.0)] * len(items)
    band = 0
    for i in order:
        top, side = items[i]
        if side == "across":
            band += 1
            keys[i] = (band, 0, top)
            band += 1
        else:
            keys[i] = (band, 0 if side == "left" else 1, top)
    return keys


def closing_halves(lines: list[list[T]], start: int | None, at: float,
                   box: Callable[[T], Word]) -> dict[int, tuple[list[T], list[T]]]:
    """The lines of a closing block cut into its two columns at the page's middle ``at``: from ``start``, the line
    of the recipients' label ("Nơi nhận:"), to the first line across the middle (the annex's title under it).

    Word prints the recipients and the signer's block side by side in a borderless table; a PDF's lines interleave
    them ("- Thường trực Tỉnh ủy (để b/c);", "KT. CHỦ TỊCH", "- Ủy ban nhân dân tỉnh;", "PHÓ CHỦ TỊCH", …), and a
    signer's name printed between a recipient's two lines joins them ("- Ban Quản lý các khu công nghiệp / Nông Thị
    Phương Thảo / tỉnh;"). Read apart, the recipients come first, then the signer's block, as the table holds them.
    """
    halves: dict[int, tuple[list[T], list[T]]] = {}
    if start is None:
        return halves
    for i in range(start, len(lines)):
        split = split_at(lines[i], at, box)
        if split is None:
            break
        halves[i] = split
    return halves

