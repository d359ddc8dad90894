"""Tables a PDF draws without rules: rows whose words stand in columns set by tab stops.

A Word table with borders reaches pdfplumber as ruled cells; a table typed
with tab stops ("1 ⇥ Trường Cao đẳng Y tế ⇥ 640 ⇥ 700") reaches it as lines of
words with wide gaps, the figures right-aligned under their heading. Read a
line at a time, a row falls apart into its label and loose figures, and a
question about one school's figure finds neither. Here such lines become
rows of cells, so they are chunked like any other table.

Pure functions over word boxes (``x0``, ``x1``, ``top``, ``bottom``,
``text``, as pdfplumber gives them), one list per printed line, left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Word = dict  # pdfplumber's word: x0, x1, top, bottom, text

CELL_GAP = 0.8  # a gap wider than this share of the line height ends a cell (a word space is about 0.3)
MIN_ROWS = 3  # rows under the header: fewer is a layout, not a table
MAX_HEADER_LINES = 2  # a header may straddle the columns of the rows below it ("Thực hiện 2025" over its figures)
LINE_SPACING = 2.6  # a row further below the last one than this many line heights starts something else
# A cell holding a figure only: "1.680", "97,2", "(12)", "-".
_FIGURE = re.compile(r"^[(\[]?[-–+]?\d[\d.,]*\s*%?[)\]]?$|^[-–]$")


@dataclass(frozen=True)
class AlignedTable:
    """A table found among a page's lines: the indices of the lines it takes and its rows of cells."""

    lines: tuple[int, ...]
    rows: list[list[str]]


def _height(words: list[Word]) -> float:
    return max(max(w["bottom"] - w["top"] for w in words), 1.0)


def cells_of(words: list[Word]) -> list[tuple[float, float, str]]:
    """A line's cells, (x0, x1, text): its words split where a gap wider than a word space stands."""
    gap = CELL_GAP * _height(words)
    cells: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word["x0"] - prev["x1"] > gap:
            cells.append([])
        cells[-1].append(word)
    return [(c[0]["x0"], c[-1]["x1"], " ".join(w["text"] for w in c)) for c in cells]


def _columns(rows: list[list[tuple[float, float, str]]]) -> list[tuple[float, float]] | None:
    """The columns of rows: the spans their cells cover, merged where they overlap; None when some row puts two
    cells in one column or the rows make fewer than two columns."""
    spans = sorted((x0, x1) for row in rows for x0, x1, _ in row)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    columns = [(a, b) for a, b in merged]
    if len(columns) < 2:
        return None
    for row in rows:
        slots = [_slot(columns, cell) for cell in row]
        if len(set(slots)) < len(slots):
            return None
    return columns


def _slot(columns: list[tuple[float, float]], cell: tuple[float, float, str]) -> int:
    """The column a cell overlaps most."""
    x0, x1, _ = cell
    return max(range(len(columns)), key=lambda k: min(x1, columns[k][1]) - max(x0, columns[k][0]))


def _grid(columns: list[tuple[float, float]], rows: list[list[tuple[float, float, str]]]) -> list[list[str]]:
    """Rows as cells, one per column, empty where a row has none; two header cells over one column join."""
    grid: list[list[str]] = []
    for row in rows:
        cells = [""] * len(columns)
        for cell in row:
            k = _slot(columns, cell)
            cells[k] = f"{cells[k]} {cell[2]}".strip()
        grid.append(cells)
    return grid


def _is_data(grid: list[list[str]]) -> bool:
    """Whether some column holds figures in most rows (a number, a count, an amount): a national header, a
    signature block or two signature blocks beside the list of recipients also stand in columns, of words."""
    return any(sum(bool(_FIGURE.match(row[k])) for row in grid) * 2 > len(grid) for k in range(len(grid[0])))


def _table(cells: list[list[tuple[float, float, str]]], run: list[int]) -> AlignedTable | None:
    """The table the consecutive lines of ``run`` make (``cells``: each line's), with up to two header lines
    whose cells straddle the columns of the rows below them, else None."""
    rows = [cells[i] for i in run]
    for header in range(min(MAX_HEADER_LINES, len(rows) - MIN_ROWS) + 1):
        columns = _columns(rows[header:])
        if columns is None:
            continue
        grid = _grid(columns, rows)
        if _is_data(grid[header:]):
            return AlignedTable(tuple(run), grid)
        return None
    return None


def aligned_tables(lines: list[list[Word]]) -> list[AlignedTable]:
    """The tables among a page's lines (top to bottom, each line's words left to right): runs of at least
    three rows of two cells or more, set close under each other, whose cells stand in shared columns."""
    cells = [cells_of(words) if words else [] for words in lines]
    runs: list[list[int]] = []
    for i, words in enumerate(lines):
        if len(cells[i]) < 2:
            continue
        last = runs[-1][-1] if runs else None
        close = last is not None and last == i - 1 and (
            words[0]["top"] - lines[last][0]["top"] <= LINE_SPACING * _height(lines[last]))
        if close:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [table for run in runs if len(run) >= MIN_ROWS and (table := _table(cells, run))]
