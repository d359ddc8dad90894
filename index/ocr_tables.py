"""Ruled tables on a scanned page: the grid from the image, the cells read on their own, pipe rows out.

A page image (grey, as ``pdftoppm -gray`` renders it) is searched for long
dark horizontal rules. A page without two is left alone (the OCR reads it
as plain text, exactly as before). Otherwise:

1. the skew is measured on the rule pixels (projection profile over ±2°)
   and the page is turned straight; a page turned by a degree or so, whose
   rules break into runs too short to count as rules, is measured on those
   runs and turned straight first;
2. horizontal rules are rows of long dark runs; consecutive rules with the
   same left and right ends, joined by vertical rules at both ends, make one
   table, each gap between two rules one row (a band); a rule under a few
   columns only (below a merged header cell) is not a row;
3. column boundaries are x positions where a band is dark over most of its
   height (a vertical rule, broken or not); a boundary missing from a band
   is a merged cell there, whose text repeats over the columns it spans
   (the convention of `index.tables` for merged headers);
4. the grid's own rules are erased (Tesseract reads a rule as "|" or glues
   it to a word); Tesseract reads, in one run with word boxes (TSV), the
   page (for the text around the tables) and a montage of the cells cut out
   and stacked one under another, specks removed: read in place, a line of
   Tesseract runs across the cells of a row and judges word spacing over it
   ("Tuyểnsinh"); a lone short cell ("1", "%") that this read drops as
   noise is read again with the rest of its column as one block (psm 6);
5. a cell's words join in reading order (line by line, left to right);
   each band becomes ``| c1 | c2 | … |``; the page's lines outside the
   tables keep Tesseract's order, each table standing where it starts.

Measured on the test's table page at three skews (60 cells): the montage
at page scale read 99.9 % of the cells' characters, at 1.25× 95.6 %, at
1.5× 90.1 % (specks and Roman numerals); a 3×3 median filter instead of
the speck filter thins a blurred serif font past reading ("Ủy an nhân cân"). Everything is numpy on the rendered image;
nothing depends on the text of a plan.
"""

from __future__ import annotations

import csv
import io
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

import numpy as np

from index.tables import format_pipe_row, is_header_row, pipe_cells
from index.vocab.markers import ROMAN_NUMERALS

DARK = 150  # grey level under which a pixel is ink (the scanner's blur greys a 2-px rule)
H_RUN = 60  # a horizontal rule: dark runs at least this long …
H_MIN = 250  # … covering at least this many pixels of one row (text never does)
H_FILL = 0.85  # share of a run window that must be dark (a broken rule still counts)
MAX_SKEW = 2.0  # degrees searched
SKEW_STEP = 0.05
STRAIGHT = 0.2  # degrees: a page turned less than this has rules long enough to find
V_FILL = 0.6  # share of a band's height a vertical rule darkens
DRAWN = 0.75  # … and a rule drawn over the whole band (a merged cell has one over part of it only)
HALF_DARK = 0.25  # a band this much darkened at a boundary, and less than drawn: text crossing it, no rule
EDGE = 6  # pixels of slack around rule positions


@dataclass
class Table:
    """One ruled table on a straightened page: rule y positions, column x boundaries, per band which inner
    boundaries are drawn, and per band which columns the rule above leaves open (a cell merged down)."""

    rows: list[float]  # y of each horizontal rule, top to bottom (bands between consecutive ones)
    cols: list[float]  # x of each column boundary, left to right (outer edges included)
    drawn: list[list[bool]] = field(default_factory=list)  # per band, per inner boundary
    open_above: list[list[bool]] = field(default_factory=list)  # per band, per column: no rule above it here

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.cols[0], self.rows[0], self.cols[-1], self.rows[-1]


def _runs_mask(dark: np.ndarray, length: int, fill: float, axis: int) -> np.ndarray:
    """Pixels covered by a window of ``length`` along ``axis`` that is at least ``fill`` dark."""
    a = dark if axis == 1 else dark.T
    cs = np.zeros((a.shape[0], a.shape[1] + 1), dtype=np.int32)
    np.cumsum(a, axis=1, out=cs[:, 1:])
    window = (cs[:, length:] - cs[:, :-length]) >= int(length * fill)  # window starting at each x
    # spread each full window over the pixels it covers
    hits = np.zeros((a.shape[0], a.shape[1] + 1), dtype=np.int32)
    hits[:, : window.shape[1]] += window
    hits[:, length: length + window.shape[1]] -= window
    covered = np.cumsum(hits, axis=1)[:, : a.shape[1]] > 0
    return covered if axis == 1 else covered.T


def has_rules(gray: np.ndarray) -> bool:
    """Whether the page has long horizontal rules at all (the cheap test before any table work)."""
    mask = _runs_mask(gray < DARK, H_RUN, H_FILL, axis=1)
    return bool((mask.sum(axis=1) >= H_MIN).sum() >= 2)


def skew(gray: np.ndarray) -> float:
    """The page's skew in degrees (positive: rules go down to the right), from its horizontal rules."""
    return projection_skew(_runs_mask(gray < DARK, H_RUN, H_FILL, axis=1), MAX_SKEW, SKEW_STEP)


def projection_skew(mask: np.ndarray, limit: float, step: float) -> float:
    """The angle in degrees, within ±``limit``, at which the marked pixels fall into the fewest, fullest rows
    (positive: their lines go down to the right); 0 with too few pixels to tell."""
    ys, xs = np.nonzero(mask)
    if len(ys) < 100:
        return 0.0
    if len(ys) > 60000:
        pick = np.random.default_rng(0).choice(len(ys), 60000, replace=False)
        ys, xs = ys[pick], xs[pick]
    xs = xs.astype(np.float64) - mask.shape[1] / 2
    best, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + 1e-9, step):
        shifted = np.round(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
        shifted -= shifted.min()
        score = float((np.bincount(shifted).astype(np.float64) ** 2).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def _groups(values: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of sorted integer positions no more than ``gap`` apart, as (first, last)."""
    out: list[tuple[int, int]] = []
    for v in values.tolist():
        if out and v - out[-1][1] <= gap:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


def find_tables(gray: np.ndarray) -> list[Table]:
    """The ruled tables of a straight page image (2-D uint8)."""
    dark = gray < DARK
    hmask = _runs_mask(dark, H_RUN, H_FILL, axis=1)
    counts = hmask.sum(axis=1)
    rules = []  # (y, x0, x1)
    for first, last in _groups(np.nonzero(counts >= H_MIN)[0], 2):
        band = (hmask[first: last + 1] & dark[first: last + 1]).any(axis=0)  # runs overshoot the ink
        xs = np.nonzero(band)[0]
        rules.append(((first + last) / 2, int(xs.min()), int(xs.max())))
    tables: list[Table] = []
    chain: list[tuple[float, int, int]] = []
    partials: list[tuple[float, int, int]] = []

    def close() -> None:
        if len(chain) >= 2:
            table = _grid(dark, chain, [r for r in partials if chain[0][0] < r[0] < chain[-1][0]])
            if table:
                tables.append(table)

    for rule in rules:
        if chain and _joined(dark, chain[-1], rule):
            chain.append(rule)
        elif chain and _partial(dark, chain, rule):
            # a rule under some columns only: a row for those, the others' cells merged down across it (a
            # merged header over its year columns, a school's name beside each of its trades)
            partials.append(rule)
        else:
            close()
            chain, partials = [rule], []
    close()
    return tables


def _partial(dark: np.ndarray, chain: list[tuple[float, int, int]], rule: tuple[float, int, int]) -> bool:
    """Whether a rule lies inside a table's width without reaching both of its edges, hanging from vertical
    rules that reach up to the table's last rule (a merged header cell's lower edge); a table far below the edge
    of a photographed sheet, a long dark line, is a table of its own."""
    ya, x0, x1 = chain[-1]
    y, left, right = rule
    inside = left >= x0 - EDGE and right <= x1 + EDGE and (right - left) < 0.95 * (x1 - x0)
    return inside and _vertical_at(dark, left, ya, y) >= V_FILL and _vertical_at(dark, right, ya, y) >= V_FILL


def _vertical_at(dark: np.ndarray, x: int, y0: float, y1: float) -> float:
    """The largest share of the band (y0, y1) darkened by one pixel column near x."""
    top, bottom = int(y0) + 4, int(y1) - 3
    if bottom - top < 8:
        return 0.0
    left, right = max(0, x - EDGE), min(dark.shape[1], x + EDGE + 1)
    return float(dark[top:bottom, left:right].mean(axis=0).max())


def _joined(dark: np.ndarray, upper: tuple, lower: tuple) -> bool:
    """Whether two horizontal rules are consecutive rules of one table: same ends, vertical rules between."""
    (ya, a0, a1), (yb, b0, b1) = upper, lower
    width = max(a1 - a0, b1 - b0)
    if abs(a0 - b0) > 0.03 * width + EDGE or abs(a1 - b1) > 0.03 * width + EDGE:
        return False
    x0, x1 = (a0 + b0) // 2, (a1 + b1) // 2
    return _vertical_at(dark, x0, ya, yb) >= V_FILL and _vertical_at(dark, x1, ya, yb) >= V_FILL


def _grid(dark: np.ndarray, chain: list[tuple[float, int, int]], partials: list[tuple[float, int, int]]
          ) -> Table | None:
    """Column boundaries of one chain of rules (and the rules under some columns only between them); None when
    it is a frame without columns."""
    ys = sorted(y for y, _, _ in [*chain, *partials])
    x0 = int(np.median([a for _, a, _ in chain]))
    x1 = int(np.median([b for _, _, b in chain]))
    left, right = max(0, x0 - EDGE), min(dark.shape[1], x1 + EDGE + 1)
    candidates: list[np.ndarray] = []
    shares: list[np.ndarray] = []
    for ya, yb in zip(ys, ys[1:]):
        top, bottom = int(ya) + 4, int(yb) - 3
        share = dark[top:bottom, left:right].mean(axis=0) if bottom - top >= 8 else np.zeros(right - left)
        shares.append(share)
        candidates.append(np.nonzero(share >= V_FILL)[0])
    # a boundary: x positions dark in some band, clustered over all bands
    found = np.unique(np.concatenate(candidates)) if candidates else np.array([], dtype=int)
    clusters = _groups(found, 3)
    bands = len(shares)
    cols: list[float] = []
    for first, last in clusters:
        seen = sum(bool(((share[first: last + 1]) >= V_FILL).any()) for share in shares)
        if seen >= max(1, math.ceil(0.34 * bands)) or first <= EDGE * 2 or last >= right - left - EDGE * 2:
            cols.append(left + (first + last) / 2)
    if len(cols) < 3:  # a box without inner columns is a frame around text, not a table
        return None
    # per band, how much of it each inner boundary darkens: a rule is drawn whole (a merged cell leaves it out,
    # ~0); the strokes of left-aligned figures stacked down one column ("540", "450", "990" under one another)
    # darken part of many bands and all of few: a boundary drawn in fewer bands than it is half-dark in is none
    peaks = [[float(share[max(0, i - 3): i + 4].max()) for i in (int(round(x)) - left for x in cols[1:-1])]
             for share in shares]
    kept = [j for j in range(len(cols) - 2)
            if sum(band[j] >= DRAWN for band in peaks) >= max(1, sum(HALF_DARK <= band[j] < DRAWN for band in peaks))]
    cols = [cols[0], *(cols[j + 1] for j in kept), cols[-1]]
    if len(cols) < 3:
        return None
    drawn = [[band[j] >= DRAWN for j in kept] for band in peaks]
    spans = {y: (a, b) for y, a, b in partials}
    open_above = [[False] * (len(cols) - 1)] + [
        [y in spans and not spans[y][0] - EDGE <= (left_x + right_x) / 2 <= spans[y][1] + EDGE
         for left_x, right_x in zip(cols, cols[1:])] for y in ys[1:-1]]
    return Table(rows=ys, cols=cols, drawn=drawn, open_above=open_above)


def erase_rules(gray: np.ndarray, tables: list[Table]) -> np.ndarray:
    """The page with the tables' rules painted white (so Tesseract reads only the text in the cells)."""
    clean = gray.copy()
    dark = gray < DARK
    for table in tables:
        x0, y0, x1, y1 = (int(round(v)) for v in table.box)
        region = (slice(max(0, y0 - EDGE), y1 + EDGE + 1), slice(max(0, x0 - EDGE), x1 + EDGE + 1))
        sub = dark[region]
        h = _runs_mask(sub, H_RUN, H_FILL, axis=1)
        v = _runs_mask(sub, 30, 0.9, axis=0)
        # only near the grid's own lines: a letter's stem (b, d, h) is a short vertical run too
        oy, ox = region[0].start, region[1].start
        near_rows = np.zeros(sub.shape[0], dtype=bool)
        for y in table.rows:
            near_rows[max(0, int(y) - oy - EDGE): int(y) - oy + EDGE + 1] = True
        near_cols = np.zeros(sub.shape[1], dtype=bool)
        for x in table.cols:
            near_cols[max(0, int(x) - ox - EDGE): int(x) - ox + EDGE + 1] = True
        lines = (h & near_rows[:, None]) | (v & near_cols[None, :])
        # grow by a pixel each way: the blurred edges of a rule are light grey
        grown = lines.copy()
        grown[1:] |= lines[:-1]
        grown[:-1] |= lines[1:]
        grown[:, 1:] |= lines[:, :-1]
        grown[:, :-1] |= lines[:, 1:]
        clean[region][grown] = 255
    return clean


# ------------------------------------------------------------------ words into cells


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]  # Tesseract's (block, paragraph, line)
    page: int = 1  # Tesseract's page (1: the page, 2: the montage of cells)

    @property
    def cx(self) -> float:
        return self.left + self.width / 2

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


def parse_tsv(tsv: str) -> list[Word]:
    words = []
    for rec in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (rec.get("text") or "").strip()
        if rec.get("level") != "5" or not text:
            continue
        line = (int(rec["block_num"]), int(rec["par_num"]), int(rec["line_num"]))
        words.append(Word(text, int(rec["left"]), int(rec["top"]), int(rec["width"]), int(rec["height"]),
                          float(rec["conf"]), line, int(rec["page_num"])))
    return words


def _cell_text(words: list[Word]) -> str:
    """Words of one cell in reading order: lines by their centre, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cy):
        if lines and abs(word.cy - np.mean([w.cy for w in lines[-1]])) <= 0.5 * max(word.height, 20):
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(w.text for line in lines for w in sorted(line, key=lambda w: w.left))


def _noise(word: Word) -> bool:
    """A speck read as punctuation: no letter or digit, and Tesseract is unsure of it."""
    return not any(c.isalnum() for c in word.text) and word.conf < 60


@dataclass
class Cell:
    """A cell of a table (a merged one spans columns ``first``..``last``) and where the montage holds it."""

    table: int
    band: int
    first: int
    last: int
    last_band: int = -1  # the band it reaches down to when merged down (-1: its own band only)
    top: int = 0  # y of the cell's image in the montage
    bottom: int = 0


def cells(tables: list[Table]) -> list[tuple[Cell, tuple[int, int, int, int]]]:
    """Every cell of the tables with its box (left, top, right, bottom) on the straight page, rules excluded."""
    out: list[tuple[Cell, tuple[int, int, int, int]]] = []
    for t, table in enumerate(tables):
        n = len(table.cols) - 1
        above: dict[tuple[int, int], int] = {}  # (first, last) column of each cell of the band above → its place
        for band, (ya, yb) in enumerate(zip(table.rows, table.rows[1:])):
            drawn = table.drawn[band]
            here: dict[tuple[int, int], int] = {}
            start = 0
            for j in range(1, n + 1):
                if j == n or drawn[j - 1]:
                    span = (start, j - 1)
                    merged = table.open_above and all(table.open_above[band][start:j]) and span in above
                    if merged:  # the cell above goes on down: one cell, read whole
                        cell, box = out[above[span]]
                        out[above[span]] = (replace(cell, last_band=band), (box[0], box[1], box[2], int(yb) - 3))
                        here[span] = above[span]
                    else:
                        box = (int(table.cols[start]) + 4, int(ya) + 4, int(table.cols[j]) - 3, int(yb) - 3)
                        if box[2] - box[0] > 8 and box[3] - box[1] > 8:
                            here[span] = len(out)
                            out.append((Cell(t, band, start, j - 1), box))
                    start = j
            above = here
    return out


MONTAGE_GAP = 40  # white pixels between two cells in the montage
MONTAGE_MARGIN = 20
MONTAGE_SCALE = 1.0


def montage(clean: np.ndarray, boxes: list[tuple[Cell, tuple[int, int, int, int]]], specks: bool = True
            ) -> tuple[np.ndarray, list[Cell]]:
    """Cells cut out of the (rule-free) page and stacked one under another on a white image, a scan's specks
    removed (``specks``; a drawn image has none, and the dot under a small letter, "ộ", "ệ", is no speck).

    Read as one page, cells cannot run into each other: Tesseract's word
    spacing is judged per cell, not over a line across the whole table, and
    a word never straddles two cells.
    """
    width = max((right - left for _, (left, _, right, _) in boxes), default=1) + 2 * MONTAGE_MARGIN
    height = sum(b - t for _, (_, t, _, b) in boxes) + MONTAGE_GAP * (len(boxes) + 1)
    image = np.full((height, width), 255, dtype=np.uint8)
    y = MONTAGE_GAP
    placed = []
    for cell, (left, top, right, bottom) in boxes:
        image[y: y + bottom - top, MONTAGE_MARGIN: MONTAGE_MARGIN + right - left] = clean[top:bottom, left:right]
        cell.top, cell.bottom = y, y + bottom - top
        placed.append(cell)
        y += bottom - top + MONTAGE_GAP
    if specks:
        image = despeckle(image)
    if MONTAGE_SCALE != 1:  # measured: 1.25 and 1.5 read worse (specks and Roman numerals) than 1
        from PIL import Image

        size = (round(image.shape[1] * MONTAGE_SCALE), round(image.shape[0] * MONTAGE_SCALE))
        image = np.asarray(Image.fromarray(image).resize(size, Image.Resampling.LANCZOS))
        for cell in placed:
            cell.top, cell.bottom = round(cell.top * MONTAGE_SCALE), round(cell.bottom * MONTAGE_SCALE)
    return image, placed


def despeckle(image: np.ndarray) -> np.ndarray:
    """Specks painted white: dark pixels with few dark pixels around them (a scanner's speck, smeared over
    a few pixels by the straightening); strokes, dots and accents, even thin ones, are untouched (a median
    filter would thin a blurred serif font past reading)."""
    dark = image < 200
    cs = np.pad(dark.astype(np.int32), ((3, 2), (3, 2))).cumsum(0).cumsum(1)
    box = cs[5:, 5:] - cs[:-5, 5:] - cs[5:, :-5] + cs[:-5, :-5]  # dark pixels in the 5×5 window of each pixel
    clean = image.copy()
    clean[dark & (box <= 6)] = 255
    return clean


def inked(image: np.ndarray, cell: Cell) -> bool:
    """Whether a cell of a montage has ink (after the speck filter): text that a read may have dropped."""
    return int((image[cell.top: cell.bottom] < DARK).sum()) >= 40 * MONTAGE_SCALE ** 2


def cell_texts(placed: list[Cell], words: list[Word]) -> list[str]:
    """The text of each placed cell from the words read on its montage."""
    tops = [c.top for c in placed]
    found: dict[int, list[Word]] = {}
    for word in words:
        i = bisect_right(tops, word.cy) - 1
        if 0 <= i < len(placed) and word.cy <= placed[i].bottom + MONTAGE_GAP and not _noise(word):
            found.setdefault(i, []).append(word)
    return [_cell_text(found.get(i, [])) for i in range(len(placed))]


def table_rows(tables: list[Table], cells_read: list[tuple[Cell, str]]) -> dict[int, list[str]]:
    """Each table's pipe rows."""
    grid: dict[int, list[list[str]]] = {t: [[""] * (len(table.cols) - 1) for _ in table.rows[1:]]
                                         for t, table in enumerate(tables)}
    for cell, text in cells_read:
        for band in range(cell.band, max(cell.band, cell.last_band) + 1):
            for j in range(cell.first, cell.last + 1):  # a merged cell repeats over the columns and rows it spans
                grid[cell.table][band][j] = text
    return {t: ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows if any(row)]
            for t, rows in grid.items()}


def page_text(page_words: list[Word], tables: list[Table], rows: dict[int, list[str]]) -> str:
    """The page as text: Tesseract's lines outside the tables in its order, each table's rows in place.

    The page was read whole (blanking the tables would change Tesseract's
    binarisation of the rest); the words inside a table's box are dropped
    here, its cells having been read on their own.
    """
    def inside(word: Word) -> bool:
        for table in tables:
            x0, y0, x1, y1 = table.box
            if x0 - EDGE <= word.cx <= x1 + EDGE and y0 - EDGE <= word.cy <= y1 + EDGE:
                return True
        return False

    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in page_words:
        if not inside(word):
            lines.setdefault(word.line, []).append(word)
    # Tesseract's order of lines, a blank line between its paragraphs (as its text output)
    items: list[tuple[float, list[str]]] = []
    previous = None
    for key, line in lines.items():
        text = " ".join(w.text for w in sorted(line, key=lambda w: w.left))
        block: list[str] = [""] if previous is not None and key[:2] != previous[:2] else []
        items.append((min(w.top for w in line), block + [text]))
        previous = key
    out: list[str] = []
    pending = sorted(range(len(tables)), key=lambda t: tables[t].rows[0])
    for top, line_texts in items:
        while pending and tables[pending[0]].rows[0] < top:
            out.extend(["", *rows[pending.pop(0)], ""])
        out.extend(line_texts)
    for t in pending:
        out.extend(["", *rows[t], ""])
    return "\n".join(out).strip("\n") + "\n"


# ================================================================== ordinals read again from their sequence

# Tesseract reads a table's short "TT" cells worst: "I" as "1", "l" or "|", "II" as "H", "III" as "IH", "3" as
# "S)", "V" as "NW". The column's numbering is regular (I, 1, 2, 3, II, 1, 2, …), so each cell is read again as the
# ordinal that keeps the sequence regular at the least cost: a cell read as it stands costs nothing, one whose
# letters look like the ordinal's (``_LOOKALIKE``) costs little, any other change costs one. Sub-ordinals ("1.1",
# "a", "-") and blank cells (a total row) leave the count where it was.
_LOOKALIKE = str.maketrans({c: "I" for c in "l|!1ÍÌỈĨỊíìỉĩịiîï"} | {c: "V" for c in "vWNY"}
                           | {"x": "X", "K": "X", "H": "II"})
_NEUTRAL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|[a-zđ][.)]?|[-+*]|)$")
_LOOK_COST, _RESTART_COST, _SKIP_COST = 0.3, 0.5, 0.6  # a number skipped: a row the scan or the plan lacks
_LEFT_COST = 1.05  # a cell left as read: a little less likely than the ordinal the sequence needs there


def _read_cost(cell: str, ordinal: str) -> float:
    """How unlikely it is that ``ordinal`` was printed where OCR read ``cell``: nothing when read as printed,
    little when its letters read as the ordinal's (``_LOOKALIKE``), a little more when they read as part of a
    Roman numeral ("H" for "II"), one otherwise."""
    cell = cell.strip().rstrip(".")
    if cell == ordinal:
        return 0.0
    shape = re.sub(r"[^IVX0-9]", "", cell.translate(_LOOKALIKE))
    if shape == ordinal:
        return _LOOK_COST
    if ordinal in ROMAN_NUMERALS and shape and set(shape) <= set(ordinal) and abs(len(shape) - len(ordinal)) <= 1:
        return 2 * _LOOK_COST
    return 1.0


# A first cell that is words ("Tổng cộng" of a total row merged across) is no ordinal.
_WORDS = re.compile(r"\s|\w{3,}")


def reread_ordinals(cells: list[str], merged: list[bool] | None = None) -> list[str]:
    """A table's ordinal column read again as the regular sequence nearest to what OCR read; cells already in a
    regular sequence come back unchanged. A table numbered in Arabic alone seldom turns to Roman groups halfway,
    and among equal readings the smaller number, and the next one, are preferred. ``merged``: the rows whose cells
    are one merged across the table; where a table has such rows, they are its groups (Roman) and no others."""
    grouped = bool(merged and any(merged))
    # a state: (last Roman numeral, last Arabic number, whether the row above opened a group)
    states: dict[tuple[int, int, bool], tuple[float, list[str]]] = {(0, 0, True): (0.0, [])}
    for row, cell in enumerate(cells):
        moved: dict[tuple[int, int, bool], tuple[float, list[str]]] = {}

        def offer(state: tuple[int, int, bool], cost: float, path: list[str], value: str,
                  moved: dict = moved) -> None:
            if state not in moved or cost < moved[state][0]:
                moved[state] = (cost, [*path, value])

        for (roman, arabic, opened), (cost, path) in states.items():
            if _NEUTRAL.match(cell.strip()) or _WORDS.search(cell.strip()):
                offer((roman, arabic, opened), cost, path, cell)
                continue
            first = row == 0 or (roman, arabic) == (0, 0)  # a table (or its page) may start anywhere
            late = 0.0 if first or roman else _RESTART_COST  # Roman groups after Arabic rows only
            last = len(ROMAN_NUMERALS)
            romans = range(1, last + 1) if first else [roman + 1] if roman < last else []
            group = grouped and merged is not None and merged[row]
            as_group = 0.0 if group or not grouped else 1.0
            for r in romans:
                offer((r, 0, True), cost + late + as_group + 0.01 * r + _read_cost(cell, ROMAN_NUMERALS[r - 1]), path,
                      ROMAN_NUMERALS[r - 1])
            arabics = range(1, 100) if first else (1, arabic + 1) if opened else (arabic + 1, 1, arabic + 2, arabic + 3)
            for n in arabics:
                if first or n == (1 if opened else arabic + 1):
                    jump = 0.0
                elif opened:
                    jump = _LOOK_COST  # numbering carried on across a group row
                else:
                    jump = _RESTART_COST if n == 1 else _SKIP_COST
                offer((roman, n, False), cost + jump + (1.0 if group else 0.0) + 0.001 * n + _read_cost(cell, str(n)),
                      path, str(n))
            offer((roman, arabic, opened), cost + _LEFT_COST, path, cell)  # a cell no ordinal explains
        states = moved
    best = min(states.values(), key=lambda found: found[0])[1]
    return [new if new != cell.strip().rstrip(".") else cell for cell, new in zip(cells, best)]


def with_ordinals_reread(text: str) -> str:
    """OCR text whose tables numbered in a "TT" column have that column read again (``reread_ordinals``)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not is_header_row(lines[i].strip()):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        rows = [pipe_cells(lines[k]) or [""] for k in range(i + 1, j)]
        if rows:
            merged = [len(r) > 2 and len(set(r[1:])) == 1 for r in rows]
            for k, (cells, ordinal) in enumerate(zip(rows, reread_ordinals([r[0] for r in rows], merged))):
                if ordinal != cells[0]:
                    lines[i + 1 + k] = format_pipe_row([ordinal, *cells[1:]])
        i = j
    return "\n".join(lines)
