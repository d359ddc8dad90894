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

from index.vocab.markers import ORDINAL_CELL, ORDINAL_HEADER

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


def _split(words: list[Word], share: float) -> list[list[Word]]:
    """A line's words in runs, split where a gap wider than ``share`` of the line height stands."""
    gap = share * _height(words)
    runs: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word["x0"] - prev["x1"] > gap:
            runs.append([])
        runs[-1].append(word)
    return runs


def cells_of(words: list[Word]) -> list[tuple[float, float, str]]:
    """A line's cells, (x0, x1, text): its words split where a gap wider than a word space stands."""
    return [(c[0]["x0"], c[-1]["x1"], " ".join(w["text"] for w in c)) for c in _split(words, CELL_GAP)]


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


def aligned_tables(lines: list[list[Word]], skip: set[int] | None = None) -> list[AlignedTable]:
    """The tables among a page's lines (top to bottom, each line's words left to right) but those in ``skip``:
    runs of at least three rows of two cells or more, set close under each other, whose cells stand in shared
    columns."""
    cells = [cells_of(words) if words and i not in (skip or set()) else [] for i, words in enumerate(lines)]
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


# ---------------------------------------------------------------- unruled tables with wrapped cells

ROW_GAP = 0.15  # lines whose boxes are no further apart than this share of the line height are one band
HEADER_GAP = 0.3  # … or this share, for a header's cells wrapped over two lines ("ST" over "T", set with leading)
END_GAP = 2.5  # a gap wider than this many times the table's usual gap between lines ends the table …
END_LINES = 2.5  # … and than this many line heights (the padding between rows)
ANCHOR_LINES = 3  # a column's left edge is where at least this many printed lines start a run of words
SIZE_SHARE = 0.15  # lines whose heights differ by more than this share are set in two sizes of type
EDGE = 1.5  # points: words starting this close start at the same edge
START_GAP = 0.45  # a gap wider than this share of the line height starts a run of words (a space is about 0.3)


def _top(line: list[Word]) -> float:
    return min(w["top"] for w in line)


def _bottom(line: list[Word]) -> float:
    return max(w["bottom"] for w in line)


def _header(lines: list[list[Word]]) -> bool:
    """Whether a band of printed lines opens with an ordinal column's header ("STT", "TT", "Số TT"), maybe
    wrapped in its narrow column ("ST" over "T")."""
    left = min(line[0]["x0"] for line in lines)
    first = [line[0]["text"] for line in lines if line[0]["x0"] <= left + EDGE]
    return any(ORDINAL_HEADER.match(text) for text in (
        lines[0][0]["text"], " ".join(w["text"] for w in lines[0][:2]), "".join(first)))


def _gaps(lines: list[list[Word]]) -> list[float]:
    """The vertical gap above each line after the first, below everything before it (0 where they overlap)."""
    low = _bottom(lines[0])
    gaps = []
    for line in lines[1:]:
        gaps.append(max(_top(line) - low, 0.0))
        low = max(low, _bottom(line))
    return gaps


def _starts(line: list[Word]) -> list[float]:
    """Where a printed line's runs of words start."""
    return [run[0]["x0"] for run in _runs(line)]


def _spans(lines: list[list[Word]]) -> list[tuple[float, float]]:
    """The spans a header's cells cover, left to right: its runs of words, merged where they overlap (a cell wrapped
    over two lines, "Cơ quan chủ" over "trì")."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((run[0]["x0"], run[-1]["x1"]) for line in lines for run in _runs(line)):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(x0, x1) for x0, x1 in spans]


def _anchors(lines: list[list[Word]], head: list[list[Word]], needed: int = ANCHOR_LINES) -> list[float]:
    """The columns' left edges: the header's left edge, then each edge where ``needed`` printed lines start a run
    of words, kept only when a header word starts in its column (centred row numbers start at an edge of their
    own). A header cell over no such edge heads cells that start nowhere alike (centred, flush right, or too few
    rows): its own left edge stands in, for ``_settled`` to move."""
    header = [w for line in head for w in line]
    start = min(w["x0"] for w in header)
    edges: list[list[float]] = []
    for x in sorted(x for line in lines for x in _starts(line) if x > start + EDGE):
        if edges and x - edges[-1][0] <= EDGE:
            edges[-1].append(x)
        else:
            edges.append([x])
    right = max(w["x1"] for w in header)
    found = [start, *(e[0] for e in edges if len(e) >= needed and e[0] < right)]
    found = [x for k, x in enumerate(found) if k == 0 or any(
        x - EDGE <= w["x0"] < (found[k + 1] if k + 1 < len(found) else right) - EDGE for w in header)]
    spans = _spans(head)
    return sorted([*found, *(x0 for (_, before), (x0, x1) in zip(spans, spans[1:])
                             if not any(before < x <= x1 for x in found))])


def _runs(line: list[Word]) -> list[list[Word]]:
    """A printed line's runs of words: split where a gap a little wider than a word space stands."""
    return _split(line, START_GAP)


def _settled(anchors: list[float], lines: list[list[Word]]) -> list[float]:
    """The columns' edges, each moved left to where its cells start when they are centred or set flush right
    ("31/12/2026" under "Trước"): no edge is common to such cells, so the edge found is where the
    most of them start, and the wider ones start left of it and run over it. An edge moves when the words running
    over it stand apart from all the column before it holds, past a clear gap. Only the lines of rows count, up to a
    paragraph; group rows merged across the table never count."""
    rows: list[list[Word]] = []
    for line in lines:
        if ORDINAL_CELL.match(line[0]["text"]) and (
                _column(anchors, line[0]) > 0 or sum(_column(anchors, w) == 0 for w in line) > 1):
            continue  # a group row
        if _crossings(anchors, line) > 1:
            break  # a paragraph: the table has ended
        rows.append(line)
    edges = list(anchors)
    for k in range(len(edges) - 1, 0, -1):
        right = edges[k + 1] if k + 1 < len(edges) else float("inf")
        words = [w for line in rows for w in line if edges[k - 1] - EDGE <= w["x0"] < edges[k] - EDGE]
        over = [w for w in words if w["x1"] > edges[k] + EDGE]
        if not over or any(w["x1"] > right + EDGE for w in over):
            continue
        start = min(w["x0"] for w in over)
        gap = START_GAP * max(_height([w]) for w in words)
        # everything else the column before holds ends clear of where the words over the edge start
        if start > edges[k - 1] + EDGE and all(w["x1"] < start - gap for w in words if w["x0"] < start):
            edges[k] = start
    return edges


def _crossings(anchors: list[float], line: list[Word]) -> int:
    """How many column edges a line's widest run of words goes on over: a paragraph goes over several, a row merged
    across the table over one or more, a cell centred in its column over its own edge at most."""
    return max(len({_column(anchors, w) for w in run}) - 1 for run in _runs(line))


def _opens_row(anchors: list[float], line: list[Word]) -> bool:
    """Whether a line opens a row: a row number in the ordinal column, or a numbered group row merged across the
    table (its title centred over the columns, maybe)."""
    return bool(ORDINAL_CELL.match(line[0]["text"])) and (_column(anchors, line[0]) == 0
                                                          or _crossings(anchors, line) > 0)


def _column(anchors: list[float], word: Word) -> int:
    return max((k for k, x in enumerate(anchors) if x <= word["x0"] + EDGE), default=0)


def _straddles(anchors: list[float], words: list[Word]) -> bool:
    """Whether a word runs into the next column: a paragraph or a cell merged across the table."""
    return any(k + 1 < len(anchors) and w["x1"] > anchors[k + 1] + EDGE
               for w in words for k in [_column(anchors, w)])


def _cells(anchors: list[float], words: list[Word]) -> list[str]:
    """A row's cells: each column's words, line by line (top to bottom, left to right)."""
    columns: list[list[Word]] = [[] for _ in anchors]
    for w in words:
        columns[_column(anchors, w)].append(w)
    return [" ".join(w["text"] for w in sorted(c, key=lambda w: (round(w["top"]), w["x0"]))) for c in columns]


def _merged(anchors: list[float], words: list[Word]) -> bool:
    """A row merged across the table ("1. Hoàn thiện thể chế"): a word runs into the next column, or the ordinal
    column holds more than a row number."""
    first = [w["text"] for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])) if _column(anchors, w) == 0]
    return _straddles(anchors, words) or len(first) > 1 or bool(first) and not ORDINAL_CELL.match(first[0])


def _group_row(width: int, words: list[Word]) -> list[str]:
    """A group row merged across the table: its number, then its title in every other cell, as a Word table
    repeats a merged cell."""
    ordered = [w["text"] for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"]))]
    number = ordered[0] if ORDINAL_CELL.match(ordered[0]) else ""
    return [number, *[" ".join(ordered[1 if number else 0:])] * (width - 1)]


def _row_lines(anchors: list[float], lines: list[list[Word]]) -> list[list[int]]:
    """The body's lines grouped into rows, one per row number in the ordinal column. Between two numbers the rows
    part at the widest gap (a centred cell's lines stand above and below its number, and the other columns' lines
    fill the gaps inside a row); of gaps alike, at the last where cells are set at the top of their rows, as Word
    sets them (no line stands above the first number), else halfway. Without numbers, bands of lines set closer
    than a row's padding are rows."""
    gaps = [0.0, *_gaps(lines)]
    numbered = [i for i, line in enumerate(lines) if _opens_row(anchors, line)]
    cuts: list[int] = []
    if not numbered:
        cuts = [i for i in range(1, len(lines)) if gaps[i] > ROW_GAP * _height(lines[i])]
    else:
        # cells set at the top: the first number of a row of its own (not a group row) opens its row
        first = next((b for b in numbered if not _merged(anchors, lines[b])), numbered[0])
        top = first == 0 or first - 1 in numbered
        for a, b in zip(numbered, numbered[1:]):
            if _merged(anchors, lines[a]) or _merged(anchors, lines[b]):
                cuts.append(a + 1 if _merged(anchors, lines[a]) else b)  # a group row is a line of its own
                continue
            widest = max(gaps[a + 1 : b + 1])
            tied = [i for i in range(a + 1, b + 1) if gaps[i] >= widest - ROW_GAP]
            start = cuts[-1] if cuts else 0
            # centred: as many of the row's lines below its number as above it, else halfway to the next number
            cuts.append(tied[-1] if top else min(tied, key=lambda i: (abs((a - start) - (i - 1 - a)),
                                                                       abs(2 * i - a - b - 1))))
    bounds = [0, *cuts, len(lines)]
    return [list(range(x, y)) for x, y in zip(bounds, bounds[1:]) if y > x]


def _header_band(lines: list[list[Word]], order: list[int]) -> list[int]:
    """The lines of a header row from its first: those touching it (a header cell wrapped over two lines), up to a
    line opening with a row number."""
    head = [order[0]]
    for i in order[1:]:
        if _gaps([lines[head[-1]], lines[i]])[0] > HEADER_GAP * _height(lines[head[-1]]) \
                or ORDINAL_CELL.match(lines[i][0]["text"]):
            break
        head.append(i)
    return head


def wrapped_tables(lines: list[list[Word]], skip: set[int] | None = None) -> list[AlignedTable]:
    """Tables printed without rules whose cells wrap over several lines (a task table: "STT | Nhiệm vụ | Sản
    phẩm | Cơ quan chủ trì | …"): read a printed line at a time, their columns' words interleave. Such a table
    opens with an ordinal column's header; its columns start where many of its lines start a run of words; it ends
    at a gap much wider than its own or at a paragraph running across its columns (a group row merged across
    the table is one of its rows)."""
    order = [i for i in sorted(range(len(lines)), key=lambda i: _top(lines[i]) if lines[i] else 0.0)
             if lines[i] and i not in (skip or set())]
    tables: list[AlignedTable] = []
    at = 0
    while at < len(order):
        head = _header_band(lines, order[at:])
        if not _header([lines[i] for i in head]):
            at += 1
            continue
        body = order[at + len(head):]
        gaps = _gaps([lines[i] for i in [head[-1], *body]])
        usual = sorted(gaps[:12])[len(gaps[:12]) // 2] if gaps else 0.0
        # padded rows part by more than their cells' lines do: only a gap of several lines ends the table there
        end = next((k for k, gap in enumerate(gaps) if gap > max(END_GAP * usual, END_LINES * _height(lines[head[0]]))),
                   len(gaps))
        body = body[:end]
        # a table is set in one size of type: a line in another (the text after it, a heading) is not of it
        body = body[:next((k for k, i in enumerate(body) if body and abs(_height(lines[i]) - _height(lines[body[0]]))
                           > SIZE_SHARE * _height(lines[body[0]])), len(body))]
        header = [w for i in head for w in lines[i]]
        # a table's last rows, alone under its header repeated on a new page, start fewer lines at each edge
        numbered = sum(bool(ORDINAL_CELL.match(lines[i][0]["text"])) for i in body)
        anchors = _anchors([lines[i] for i in body], [lines[i] for i in head],
                           ANCHOR_LINES if numbered > ANCHOR_LINES else 2)
        anchors = _settled(anchors, [lines[i] for i in body])
        # a line running across the columns ends the table, unless a row number opens it (a group row)
        body = body[:next((k for k, i in enumerate(body) if _straddles(anchors, lines[i])
                           and not ORDINAL_CELL.match(lines[i][0]["text"])), len(body))]
        rows, taken = [_cells(anchors, header)], list(head)
        parts = _row_lines(anchors, [lines[i] for i in body]) if body else []
        # rows of one line each are a table of single lines (``aligned_tables``), figures flush right and all
        if len(anchors) >= max(3, *(len(_starts(lines[i])) for i in head)) and any(len(p) > 1 for p in parts):
            for k, part in enumerate(parts):
                words = [w for i in part for w in lines[body[i]]]
                if not _merged(anchors, words):
                    rows.append(_cells(anchors, words))
                elif k + 1 < len(parts) and not _merged(anchors, [w for i in parts[k + 1] for w in lines[body[i]]]):
                    rows.append(_group_row(len(anchors), words))
                else:
                    break
                taken += [body[i] for i in part]
        if len(rows) > 1:  # an ordinal header, three columns, a row over several lines: one row is a table
            tables.append(AlignedTable(tuple(sorted(taken)), rows))
            at = order.index(max(taken, key=order.index)) + 1
        else:
            at += 1
    return tables
