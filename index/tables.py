"""Tables of a plan: detection, a small model, and readable rows. Pure functions.

Plans put their targets ("Biểu chỉ tiêu chủ yếu") and their task lists
("Phụ lục: Danh mục nhiệm vụ") in tables. Text tables arrive in three forms:

- Markdown pipe rows, with a rule or not; converters emit Word/PDF tables
  this way, and a header may be two rows where merged cells repeat::

    | TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Mục tiêu | Mục tiêu |
    | TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Năm 2025 | Giai đoạn 2026-2030 |
    | 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |

- tab-separated rows (``Tuyển sinh cao đẳng\\tngười\\t3.200\\t3.500``);
- rows aligned with runs of spaces (``Tuyển sinh cao đẳng      người      3.200``).

`index.normalize` keeps each row of a data table on a paragraph of its own,
in a canonical form: ``| a | b | c |`` for pipe rows (a rule, if any, as
``| --- | --- | --- |``), ``a<TAB>b<TAB>c`` for tab-separated and aligned
rows. Pipe "rows" that are only page layout (the national header and the
signature block of a Word file sit in borderless tables: ``| ỦY BAN NHÂN
DÂN`` / ``TỈNH BẠCH VÂN | CỘNG HÒA …``) are dissolved into plain lines there.

A **data table** has at least two rows with the same number (≥ 3) of
cells, or a header row followed by a rule. `index.structure` turns each one
into a table block of its section; `iter_tables` walks them with their
heading path (the register reads target and assignment tables from it), and
`index.chunking` gives every row a chunk of its own, built on `row_text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from index.vocab.dates import PERIOD_NAME, YEAR, spoken_period
from index.vocab.markers import ANNEX, COLUMN_NUMBER, ORDINAL_CELL, ORDINAL_HEADER, ROMAN_NUMERALS, classify_marker
from index.vocab.phrases import (
    AMENDED_PLACE,
    AMENDED_PLACE_LEAD,
    AMENDMENT_CURRENT_COLUMN,
    AMENDMENT_FORMULA,
    AMENDMENT_NEW_COLUMN,
    AMENDMENT_REASON_COLUMN,
    COMMENT_COLUMN,
    DETAIL_ROW,
    KEPT_CELL,
    REPEALED_CELL,
    RESPONSE_COLUMN,
    ROLE_MARKS,
    SCHEDULE_MARKS,
    TABLE_CAPTION,
    TOTAL_ROW,
)

if TYPE_CHECKING:  # structure imports this module; only the type is needed here
    from index.structure import Section

PIPE = "pipe"
TAB = "tab"

# A rule under a header row: "|---|---|", "| :--- | ---: |", "|:--|--:|", "|===|===|" (a row of
# lone dashes, "| - | - |", is a row of empty values, not a rule).
_PIPE_RULE = re.compile(r"^\|?\s*:?[-=]+:?\s*(?:\|\s*:?[-=]+:?\s*)*\|?$")
_RULE_CELL = re.compile(r"[-=]{3,}|:")
# A column separator of an aligned row: a tab, or a run of two or more spaces.
ALIGNED_GAP = re.compile(r"\t+| {2,}")
# Cells of an aligned row other than the first are short (figures, units, years);
# a prose line with double spaces after its sentences is not a row.
_ALIGNED_CELL_CHARS = 40
# A cell that is a figure: "36 950", "65,5 %", "2,1", "09", "-".
_NUMBER_CELL = re.compile(r"^[-+]?\s*[\d][\d\s.,]*\s*%?$|^[-–—]$")
# A year or a span of years standing as a column heading: "2020", "Năm 2025", "2026-2030".
_YEAR_CELL = re.compile(r"^(?:Năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")

# Between a group row's label and the label of a row under it: "Tuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng".
LABEL_PATH = " › "
# A code or running-number cell of a row read aloud ("CT04", "3.1", "II", "a", "Mã: CT04"): it files the row, it
# names nothing.
_CODE_CELL = re.compile(
    r"^\s*(?:(?:Mã|STT|TT)\s*:\s*)?(?:[A-ZĐ]{1,4}\d{1,3}|\d{1,3}(?:\.\d{1,3})*|[IVX]+|[a-zđ])[.)]?\s*$")


def row_label(cells: list[str]) -> tuple[str, list[str]]:
    """A row read aloud's label and its other cells: the first cell that is no code, without the header a
    code column put before it ("CT04 | Chỉ tiêu: Tỷ lệ LĐ qua đào tạo | …" is labelled "Tỷ lệ LĐ qua đào tạo")."""
    at = next((i for i, c in enumerate(cells[:-1]) if not _CODE_CELL.match(c.rsplit(LABEL_PATH, 1)[-1])), 0)
    label = cells[at].split(":", 1)[-1].strip() if at else cells[at]
    return label, cells[at + 1:]


class Paragraph(Protocol):
    """What `find_tables` needs of a paragraph: its text and character span (read-only: rows and blocks are frozen)."""

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Row:
    """One row as written in the normalised text, with its cells and span."""

    cells: tuple[str, ...]
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Table:
    """A data table: one label per column, header rows, data rows.

    ``header`` holds one label per column: a two-row header whose top cells
    repeat over merged columns is combined ("Mục tiêu" over "Năm 2025" gives
    "Mục tiêu Năm 2025"; a top cell equal to the one below gives that cell).
    ``rows`` are the data rows, padded to the width of the table; the ordinal
    column ("TT", "STT") stays in them, and ``ordinal_column`` says which it
    is. ``caption`` is the paragraph just before the table, when there is
    one ("Các chỉ tiêu chủ yếu năm 2025 … như sau:").
    """

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    header_rows: tuple[Row, ...] = ()
    rule: Row | None = None
    form: str = PIPE
    caption: str = ""
    unit: str = ""  # the unit a note above the table gives its figures ("tỷ đồng"), "" when none does
    ordinal_column: int | None = None
    label_column: int = 0
    start: int = 0
    end: int = 0
    _parents: tuple[int | None, ...] = field(default=(), repr=False, compare=False)

    @property
    def width(self) -> int:
        return len(self.header)

    @property
    def all_rows(self) -> tuple[Row, ...]:
        """Header rows, the rule and the data rows, in the order of the text."""
        rule = (self.rule,) if self.rule else ()
        return tuple(sorted((*self.header_rows, *rule, *self.rows), key=lambda r: r.start))

    def column(self, name_pattern: str | re.Pattern[str]) -> int | None:
        """Index of the first column whose label matches (searched, case- and accent-insensitively).

        ``table.column("chủ trì")`` finds "Cơ quan chủ trì"; ``table.column(r"năm 2025")``
        finds "Mục tiêu Năm 2025". None when no label matches.
        """
        pattern = name_pattern if isinstance(name_pattern, re.Pattern) else re.compile(name_pattern, re.IGNORECASE)
        folded = re.compile(_fold(pattern.pattern), pattern.flags | re.IGNORECASE)
        for i, label in enumerate(self.header):
            if pattern.search(label) or folded.search(_fold(label)):
                return i
        return None

    def values(self, name_pattern: str | re.Pattern[str]) -> list[str]:
        """The cells of the matching column, one per data row ([] when no column matches)."""
        i = self.column(name_pattern)
        return [] if i is None else [row.cells[i] for row in self.rows]

    def cell(self, row: Row, name_pattern: str | re.Pattern[str]) -> str:
        """The cell of ``row`` in the matching column ("" when none matches)."""
        i = self.column(name_pattern)
        return "" if i is None else row.cells[i]

    def record(self, row: Row) -> dict[str, str]:
        """The row as {column label: cell}; a column without a label is named "Cột n"."""
        return {(label or f"Cột {i + 1}"): cell for i, (label, cell) in enumerate(zip(self.header, row.cells))}

    def ordinal(self, row: Row) -> str:
        """The row's number in the ordinal column ("1.1"), "" without one."""
        return row.cells[self.ordinal_column] if self.ordinal_column is not None else ""

    def label(self, row: Row) -> str:
        """The row's label: the first text column after the ordinal ("Trình độ cao đẳng"); an amendment's
        comparison row is named by the place it amends ("Điểm b khoản 2 Mục II"), else by its number, not by the
        superseded text."""
        if self.amendment is not None:
            current, amended = (row.cells[i] for i in self.amendment)
            return amended_place(current, amended) or self.ordinal(row) or row.cells[self.label_column]
        return row.cells[self.label_column]

    @cached_property
    def amendment(self) -> tuple[int, int] | None:
        """(current, amended) columns of an amendment's comparison table, None for any other table."""
        return amendment_columns(self)

    def parent(self, row: Row) -> Row | None:
        """The row this one details, by its ordinal: "1.1" → the row "1"; "a" → the last numbered row."""
        if not self._parents:
            return None
        for i, candidate in enumerate(self.rows):
            if candidate is row or candidate == row:
                j = self._parents[i]
                return None if j is None else self.rows[j]
        return None

    @cached_property
    def role_columns(self) -> dict[int, str]:
        """A responsibility matrix's body columns, each with its body's name: the columns whose filled cells
        are mostly role marks ("C", "P", "CT", "PH", "Chủ trì"; ``MARKED_SHARE``, for a cell OCR misread),
        when two or more are and some mark leads.

        A header cell merged over them ("Cơ quan, đơn vị" above "Sở Nội vụ | Tỉnh đoàn") is left out of
        the names. {} for any other table.
        """
        columns = [i for i in range(self.width) if i not in (self.ordinal_column, self.label_column)
                   and _mostly_marks([r.cells[i] for r in self.rows])]
        if len(columns) < 2 or not any(role_mark(r.cells[i]) == "chủ trì" for r in self.rows for i in columns):
            return {}
        over = {self.header_rows[0].cells[i] for i in columns} if len(self.header_rows) > 1 else set()
        merged = over.pop() if len(over) == 1 else ""  # one top cell over every body column
        return {i: self.header[i][len(merged):].strip() if merged and self.header[i].startswith(f"{merged} ")
                else self.header[i] for i in columns}

    def row_text(self, row: Row, with_parent: bool = False) -> str:
        """The row read aloud: its label, then "column: value" for the other cells.

        "Tuyển sinh giáo dục nghề nghiệp | Đơn vị: Người | Năm 2024 (ước): 36 950 | …"; the
        ordinal column is left out, empty cells too; a total row's label names what it sums ("Tổng cộng (Nguồn
        kinh phí)"), so "tổng kinh phí các nguồn" finds it. ``with_parent`` prefixes the label of the
        row it details ("Tuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng | …"). A responsibility
        matrix's marks are read as the roles they give ("Chủ trì: Tỉnh đoàn | Phối hợp: Sở Nội vụ; …"), a
        schedule's as the periods marked ("Thời gian thực hiện: Q2/2026, Q3/2026").
        """
        label = own = self.label(row)
        if TOTAL_ROW.match(label) and self.header[self.label_column]:
            label = f"{label.strip()} ({self.header[self.label_column]})"
        if with_parent:
            parent = self.parent(row)
            if parent is not None and self.label(parent):
                label = f"{self.label(parent)}{LABEL_PATH}{label}" if label else self.label(parent)
        parts = [label] if label else []
        for role in ("chủ trì", "phối hợp"):
            if bodies := self.roles_in(row, role):
                parts.append(f"{role.capitalize()}: {'; '.join(bodies)}")
        if periods := [name for i, name in self.schedule_columns.items() if row.cells[i].strip()]:
            parts.append(f"Thời gian thực hiện: {', '.join(periods)}")
        for i, (name, value) in enumerate(zip(self.header, row.cells)):
            if i == self.ordinal_column or i in self.role_columns or not value or value == own:
                continue  # a cell merged with the label repeats it (a group row across the table)
            if i in self.schedule_columns:
                continue
            parts.append(f"{name}: {value}" if name and name != value else value)
        return " | ".join(parts)

    @cached_property
    def schedule_columns(self) -> dict[int, str]:
        """A schedule's period columns, each with its period's name: the columns named by a time (a year, a
        quarter, a month) whose filled cells are all marks ("x", "✓"), when two or more are; a merged cell over
        them ("Năm 2026" over "Q1/2026") is dropped where the period names its year. {} for any other table
        (marks under "Hộ nghèo", "Người khuyết tật" tick groups, not times)."""
        columns = [i for i in range(self.width) if i not in (self.ordinal_column, self.label_column)
                   and PERIOD_NAME.search(self.header[i])
                   and (filled := [r.cells[i] for r in self.rows if r.cells[i].strip()])
                   and all(c.strip().lower() in SCHEDULE_MARKS for c in filled)]
        if len(columns) < 2:
            return {}
        names = {}
        for i in columns:
            own = self.header_rows[-1].cells[i] if self.header_rows else self.header[i]
            names[i] = spoken_period(own if own and YEAR.search(own) else self.header[i])
        return names

    def roles_in(self, row: Row, role: str) -> list[str]:
        """The bodies a matrix row marks with ``role`` ("chủ trì", "phối hợp"), in column order."""
        return [body for i, body in self.role_columns.items() if role_mark(row.cells[i]) == role]


def role_mark(cell: str) -> str:
    """The role a matrix cell's mark gives its column's body ("C" → "chủ trì", "PH" → "phối hợp"), "" for none.
    Stray marks around it ("(C)", "P )" as OCR reads a narrow cell) are not part of it."""
    return ROLE_MARKS.get(" ".join(_fold(re.sub(r"[^\w\s]", " ", cell)).split()), "")


# A column of a responsibility matrix: its filled cells are role marks, but for the odd one OCR misread.
MARKED_SHARE = 0.5


def _mostly_marks(cells: Sequence[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and sum(bool(role_mark(c)) for c in filled) >= MARKED_SHARE * len(filled)


# ---------------------------------------------------------------- one line


# The column of a target table that gives the unit of its figures: "Đơn vị", "Đơn vị tính", "ĐVT"
# (a column named "Đơn vị" may instead name bodies: see `index.register.tables`).
UNIT_COLUMN = r"^(?:đơn vị(?: tính)?|đvt)$"
# A table's unit note above or below it, for every figure in it: "(Đơn vị tính: đồng/người/khóa học)",
# "Đơn vị tính: tỷ đồng", "ĐVT: người".
UNIT_NOTE = re.compile(r"^\(?\s*(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>[^()]+?)\s*\)?\s*[.;]?$", re.IGNORECASE)
# The same note closing the line that leads to the table or its caption: "Kinh phí được phân kỳ theo 2 giai đoạn như
# sau (đơn vị tính: tỷ đồng):", "Bảng 3. Phân kỳ kinh phí (ĐVT: triệu đồng)", or after an annex's "(Kèm theo …)" on
# the caption's line a PDF joined ("PHÂN BỔ KINH PHÍ … (Kèm theo Quyết định số 356/QĐ-UBND …) Đơn vị tính: triệu đồng").
UNIT_NOTE_AFTER = re.compile(
    r"(?:\(\s*|(?<=\))\s*)(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>[^()]{1,40}?)\s*\)?\s*[.:;]?$", re.IGNORECASE)
# Any such note closing a table's caption as a chunk carries it, after its words or alone ("Biểu 2. Phân kỳ kinh
# phí thực hiện Kế hoạch Đơn vị tính: tỷ đồng", "(ĐVT: triệu đồng)"): the unit of every figure the rows under it give.
CAPTION_UNIT = re.compile(r"\b(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>[^()|:]{1,40}?)\s*\)?\s*[.:;]?$", re.IGNORECASE)
# The unit in brackets closing an indicator or a column's header: "Tỷ lệ lao động qua đào tạo (%)", "Vay vốn tối đa
# (triệu đồng/người)".
UNIT_IN_BRACKETS = re.compile(r"\s*\((?P<unit>[^()\d]{1,20})\)\s*$")
# … a measure, not a note on the column ("Năm 2027 (dự kiến)"): money, people, a share, a time.
MEASURE = re.compile(r"^(?:%|‰|.*(?<![\w])(?:đồng|người|lượt|học viên|học sinh|lao động|hộ|lớp|ngày|tháng|giờ|buổi|"
                     r"tiết|ha|km|tấn)(?![\w]))", re.IGNORECASE)

def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_rule_row(line: str) -> bool:
    """A Markdown rule under a header row: "|---|---|", "| :--- | ---: |"."""
    line = line.strip()
    return "|" in line and bool(_PIPE_RULE.match(line)) and bool(_RULE_CELL.search(line))


def split_cells(line: str) -> list[str]:
    """Every cell between the pipes of a line, the blank ones at its ends too (an escaped pipe stays inside)."""
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def pipe_cells(line: str) -> list[str] | None:
    """Cells of a pipe row ("| a | b |", or "a | b | c" without the outer pipes); None for other lines.

    An escaped pipe ("\\|") stays inside its cell. A line without outer pipes
    needs two inner pipes (three cells) to count as a row.
    """
    line = line.strip()
    if "|" not in line:
        return None
    cells = split_cells(line)
    leading, trailing = line.startswith("|"), line.endswith("|") and not line.endswith("\\|")
    if leading:
        cells = cells[1:]
    # a trailing pipe is the row's border, unless a row of three cells or more has none in front: then it closes a
    # blank last cell ("1 | Kế hoạch … | Sở Nội vụ | Trước 20/01/2027 | ", a text copy's empty "Ghi chú")
    if trailing and cells and (leading or len(cells) < 4):
        cells = cells[:-1]
    if not (leading or trailing) and len(cells) < 3:
        return None
    return cells if cells else None


def aligned_cells(line: str) -> list[str] | None:
    """Cells of a tab-separated or space-aligned row (three or more); None for other lines.

    "Tuyển sinh cao đẳng      người      3.200      3.500" → 4 cells. Cells after the
    first must be short (≤ 40 characters), so prose with double spaces is not a row.
    """
    stripped = line.strip()
    if "|" in stripped or not ALIGNED_GAP.search(stripped):
        return None
    cells = [c.strip() for c in ALIGNED_GAP.split(stripped)]
    if len(cells) < 3 or any(not c for c in cells):
        return None
    if "\t" not in stripped and any(len(c) > _ALIGNED_CELL_CHARS for c in cells[1:]):
        return None
    return cells


def format_pipe_row(cells: Sequence[str]) -> str:
    """The canonical pipe row: "| a | b | c |" (an empty cell stays empty)."""
    return "| " + " | ".join(" ".join(c.replace("|", "\\|").split()) for c in cells) + " |"


def format_rule_row(width: int) -> str:
    return "| " + " | ".join(["---"] * width) + " |"


def format_tab_row(cells: Sequence[str]) -> str:
    return "\t".join(" ".join(c.split()) for c in cells)


# ---------------------------------------------------------------- grid tables (pandoc)

# A border of a pandoc grid table: "+-----+------+", "+=====+======+" under the header, ":" for alignment.
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def _grid_cells(line: str, bounds: Sequence[int]) -> list[str]:
    """The cells of one grid line between the border's "+" columns; a cell that spans columns (no "|" at a
    border column) is repeated in each column it spans."""
    cells: list[str] = []
    start = 0
    for k in range(1, len(bounds)):
        if k < len(bounds) - 1 and bounds[k] < len(line) and line[bounds[k]] != "|":
            continue  # the cell goes on over this border column
        text = line[bounds[start] + 1: bounds[k]].strip()
        cells.extend([text] * (k - start))
        start = k
    return cells


def _join_cell(parts: Iterable[str]) -> str:
    """A cell wrapped over several grid lines, as one line ("2026-" + "2027" is "2026-2027")."""
    out = ""
    for part in (p for p in parts if p):
        glue = "" if not out or (out.endswith("-") and not out.endswith(" -")) else " "
        out += glue + part
    return out


def grid_table(lines: Sequence[str], i: int) -> tuple[int, list[list[str]], int] | None:
    """(end, rows, header rows) of a pandoc grid table whose top border is line `i`, else None.

    Pandoc writes a Word table this way when a cell holds several lines: a
    row runs from one border to the next, and a cell's lines join into one;
    the rows above the "+===+" border are the header.
    """
    if not _GRID_BORDER.match(lines[i]):
        return None
    bounds = [k for k, c in enumerate(lines[i]) if c == "+"]
    rows: list[list[str]] = []
    header = 0
    parts: list[list[str]] = []
    j = i + 1
    while j < len(lines):
        line = lines[j].rstrip()
        if _GRID_BORDER.match(line):
            if parts:
                rows.append([_join_cell(column) for column in zip(*parts, strict=True)])
                parts = []
            if "=" in line:
                header = len(rows)
            j += 1
            continue
        if not (line.lstrip().startswith("|") and line.endswith("|")):
            break
        parts.append(_grid_cells(line.ljust(bounds[-1] + 1), bounds))
        j += 1
    if parts or not rows:
        return None  # a grid that does not close on a border is not one
    return j, rows, header


# Pandoc's simple and multiline tables: columns set by a rule of dash groups ("-------- ------ -----"); a
# multiline table opens and closes with a rule of dashes alone and leaves a blank line between its rows.
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?:[ ]+-{2,})+\s*$")
_TABLE_RULE = re.compile(r"^\s*-{6,}\s*$")


def _columns(rule: str, line: str) -> list[str]:
    """A table line cut at the columns of its dash rule (a column's text stays within its dashes)."""
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    bounds = [0, *starts[1:], max(len(line), len(rule)) + 1]
    return [line[bounds[k]:bounds[k + 1]].strip() for k in range(len(starts))]


def dashed_table(lines: Sequence[str], i: int) -> tuple[int, list[list[str]], int] | None:
    """(end, rows, header rows) of a pandoc simple or multiline table starting at line `i`, else None.

    Pandoc writes a Word table this way by default: a header line over a
    rule of dash groups, one line a row (simple), or, when a cell holds
    several lines, rows separated by blank lines between two rules of
    dashes alone (multiline), each cell's lines joined into one.
    """
    multiline = bool(_TABLE_RULE.match(lines[i]))
    j = i + 1 if multiline else i
    head = j
    while j < len(lines) and lines[j].strip() and not _COLUMN_RULE.match(lines[j]) and j - head < 3:
        j += 1
    if j >= len(lines) or j == head or not _COLUMN_RULE.match(lines[j]):
        return None
    rule = lines[j]
    header = [_join_cell(c) for c in zip(*(_columns(rule, h) for h in lines[head:j]), strict=True)]
    rows: list[list[str]] = [header]
    block: list[list[str]] = []
    j += 1
    while j < len(lines):
        line = lines[j]
        if multiline and _TABLE_RULE.match(line):
            j += 1
            break
        if not line.strip():
            if not multiline:
                break
            if block:
                rows.append([_join_cell(c) for c in zip(*block, strict=True)])
                block = []
        elif multiline:
            block.append(_columns(rule, line))
        else:
            rows.append(_columns(rule, line))
        j += 1
    else:
        if multiline:
            return None  # a multiline table closes on its rule
    if block:
        rows.append([_join_cell(c) for c in zip(*block, strict=True)])
    if len(rows) < 2 or len(header) < 2:
        return None
    return j, rows, 1


# ---------------------------------------------------------------- tables pasted one cell a line

# A flattened table's header cells are short labels ("Cơ quan chủ trì", "Thực hiện 2025").
_FLAT_HEADER_WORDS = 8
_FLAT_MAX_COLUMNS = 10


def _ordinal_value(cell: str) -> tuple[str, int] | None:
    """("arabic", 3) for "3" or "3.", ("roman", 2) for "II" or "II.", else None."""
    cell = cell.strip().rstrip(".")
    if cell.isdigit() and len(cell) <= 3:
        return "arabic", int(cell)
    return ("roman", ROMAN_NUMERALS.index(cell) + 1) if cell in ROMAN_NUMERALS else None


def _follows(cell: str, last: tuple[str, int] | None) -> bool:
    """Whether ``cell`` is the ordinal of the row after one numbered ``last``: the next number, the first
    number under a group row ("I", then "1"), or the next group ("II" after "3")."""
    value = _ordinal_value(cell)
    if value is None:
        return False
    if last is None:
        return value in (("arabic", 1), ("roman", 1))
    kind, n = value
    return (kind == last[0] and n == last[1] + 1) or (kind == "arabic" and n == 1 and last[0] == "roman") or (
        kind == "roman" and last[0] == "arabic")


def flattened_table(lines: Sequence[str], i: int) -> tuple[int, list[list[str]]] | None:
    """A table pasted from a web page one cell a line, from line ``i``: (the line after it, its rows with the
    header first), or None.

    A browser copies an HTML table cell by cell: "TT" / "Chỉ tiêu" / "Đơn vị tính" / "Kế hoạch 2026", then
    "1" / "Tuyển sinh" / "Người" / "31.400" and so on, an empty cell an empty line. The header runs from an
    ordinal header ("TT", "STT") to the line before the first row number; each row starts with the next
    number and holds one line per column. A group row merged across the width ("I" / "Nhóm nhiệm vụ …") is
    shorter: it ends where the next row's number stands. A cell copied over two lines joins on one.
    """
    if not ORDINAL_HEADER.match(lines[i].strip()):
        return None
    header = [lines[i].strip()]
    j = i + 1
    while j < len(lines) and not _follows(lines[j], None):
        cell = lines[j].strip()
        if not cell or len(cell.split()) > _FLAT_HEADER_WORDS or len(header) >= _FLAT_MAX_COLUMNS:
            return None
        header.append(cell)
        j += 1
    width = len(header)
    if width < 3 or j >= len(lines):
        return None
    rows = [header]
    last: tuple[str, int] | None = None
    while j < len(lines) and _follows(lines[j], last):
        end = _row_end(lines, j, width, _ordinal_value(lines[j]))
        cells = [line.strip() for line in lines[j:end]]
        while len(cells) > width:  # a cell copied over two lines: its tail joins the cell before
            k = next((k for k in range(len(cells) - 1, 1, -1) if cells[k] and cells[k][:1].islower()), len(cells) - 1)
            cells[k - 1 : k + 1] = [f"{cells[k - 1]} {cells[k]}".strip()]
        rows.append(cells + [""] * (width - len(cells)))
        last = _ordinal_value(lines[j])
        j = end
    return (j, rows) if len(rows) >= 2 else None


def _row_end(lines: Sequence[str], j: int, width: int, own: tuple[str, int] | None) -> int:
    """Where the row numbered at line ``j`` ends: after ``width`` lines when the next row (or the end of the
    table) follows there, else at the next row number within a few lines (a short group row, or a long one)."""
    def fits(k: int) -> bool:
        return k >= len(lines) or _follows(lines[k], own) or not lines[k].strip() and not any(
            line.strip() for line in lines[k : k + 2])

    if fits(j + width):
        return min(j + width, len(lines))
    for k in (*range(j + 2, j + width), *range(j + width + 1, j + width + 4)):
        if k < len(lines) and _follows(lines[k], own):
            return k
    return min(j + width, len(lines))


def is_table_row(paragraph: str) -> bool:
    """A paragraph of the normalised text that is a table row (pipe or tab form)."""
    return paragraph.startswith("|") or "\t" in paragraph


def is_header_row(paragraph: str) -> bool:
    """A pipe row that is a table's header ("| TT | Nguồn kinh phí | Năm 2026 | …"): its first cell names the
    ordinal column. It states no fact of its own."""
    cells = paragraph.strip().strip("|").split("|")
    return paragraph.startswith("|") and bool(ORDINAL_HEADER.match(cells[0].strip()))


def data_run(widths: Sequence[int], has_rule: bool) -> bool:
    """Whether consecutive rows of these cell counts make a data table.

    At least two rows with the same number of cells, three or more; or a
    header followed by a rule. Layout rows of a Word header ("ỦY BAN NHÂN
    DÂN | CỘNG HÒA …", two cells) are not a data table.
    """
    if has_rule and widths:
        return True
    counts = Counter(w for w in widths if w >= 3)
    return any(n >= 2 for n in counts.values())


# ---------------------------------------------------------------- tables


def _cells_of(paragraph: str) -> tuple[str, list[str]] | None:
    if is_rule_row(paragraph):
        return "rule", []
    if paragraph.startswith("|"):
        cells = pipe_cells(paragraph)
        return (PIPE, cells) if cells is not None else None
    if "\t" in paragraph:
        cells = paragraph.split("\t")
        return (TAB, [c.strip() for c in cells]) if len(cells) >= 2 else None
    return None


def _is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.match(cell.strip()))


def _headerish(cells: Sequence[str]) -> bool:
    """A row that could be a header: no figure but a year ("| Chỉ tiêu | 2019 | 2020 |"), no ordinal first."""
    filled = [c for c in cells if c]
    if not filled or any(_is_number(c) and not _YEAR_CELL.match(c.strip()) for c in filled):
        return False
    return not (cells and ORDINAL_CELL.match(cells[0]) and not ORDINAL_HEADER.match(cells[0]))


def _header_count(rows: list[list[str]], rule_at: int | None) -> int:
    """How many leading rows are header rows (0 to 3)."""
    if rule_at is not None:
        return min(rule_at, 3)
    if not rows or not _headerish(rows[0]):
        return 0
    # the rows above a row numbering the columns ("1 | 2 | … | 12=9+10-11") are all the header's, its sub-labels too
    numbering = next((k for k in range(1, min(4, len(rows))) if _numbers_columns(rows[k])), None)
    if numbering is not None and all(_headerish(r) for r in rows[:numbering]):
        return numbering
    later_data = any(not _headerish(r) for r in rows[1:])
    short = all(len(c) <= 30 for c in rows[0])
    if not (later_data or short or ORDINAL_HEADER.match(rows[0][0] or "")):
        return 0
    count = 1
    while count < min(3, len(rows) - 1) and _headerish(rows[count]):
        above, here = rows[count - 1], rows[count]
        repeats_down = any(a and a == b for a, b in zip(above, here))
        spans_across = any(a and a == b for a, b in pairwise(above))
        if not (repeats_down or spans_across):
            break
        count += 1
    return count


def _spread_over(upper: list[str], lower: list[str]) -> list[str] | None:
    """A header row whose merged cells a text copy wrote once, spread over the row below it (already spread): a
    cell over a blank cell (merged down) spans it; the cells over a run of labels share it, evenly when several
    ("Quyết định đầu tư | Điều chỉnh" over "Số, ngày | Tổng mức đầu tư | Tăng | Giảm"), as many of them as the
    cells over blanks leave. None when that does not fill the row."""
    segments: list[list] = []  # [label, columns]: a label spread over columns is one cell of the row below
    for cell in lower:
        if segments and cell and segments[-1][0] == cell:
            segments[-1][1] += 1
        else:
            segments.append([cell, 1])
    runs: list[list[list]] = []  # the runs of labelled cells, between blank ones
    for i, segment in enumerate(segments):
        if segment[0] and (i == 0 or not segments[i - 1][0]):
            runs.append([])
        if segment[0]:
            runs[-1].append(segment)
    blanks = sum(not label for label, _ in segments)
    parents = [1] * len(runs)
    extra = len(upper) - blanks - len(runs)
    if extra < 0 or extra > sum(len(run) - 1 for run in runs):
        return None
    for _ in range(extra):  # one more cell over the run with the most labels to each
        k = max(range(len(runs)), key=lambda r: len(runs[r]) / parents[r])
        parents[k] += 1
    out: list[str] = []
    cells, run_no, i = iter(upper), 0, 0
    while i < len(segments):
        if not segments[i][0]:
            out += [next(cells)] * segments[i][1]
            i += 1
            continue
        run, share = runs[run_no], parents[run_no]
        sizes = [len(run) // share + (n < len(run) % share) for n in range(share)]  # the first take the larger
        for size in sizes:
            taken, run = run[:size], run[size:]
            out += [next(cells)] * sum(columns for _, columns in taken)
        i += len(runs[run_no])
        run_no += 1
    return out if len(out) == len(lower) else None


def _combine_header(rows: list[list[str]], width: int) -> tuple[str, ...]:
    if not rows:
        return tuple("" for _ in range(width))
    labels = list(rows[-1])
    for upper in reversed(rows[:-1]):
        for i in range(width):
            top, below = upper[i], labels[i]
            if top and top != below and not below.startswith(top):
                labels[i] = f"{top} {below}".strip() if below else top
    return tuple(labels)


def _ordinal_column(header: Sequence[str], rows: list[list[str]]) -> int | None:
    if not rows or len(header) < 2:
        return None
    if ORDINAL_HEADER.match(header[0] or ""):
        return 0
    values = [r[0] for r in rows if r[0]]
    if values and not header[0] and sum(bool(ORDINAL_CELL.match(v)) for v in values) >= 0.8 * len(values):
        return 0
    return None


def _label_column(rows: list[list[str]], width: int, ordinal: int | None) -> int:
    for i in range(width):
        if i == ordinal:
            continue
        values = [r[i] for r in rows if r[i]]
        if values and sum(not _is_number(v) for v in values) >= 0.5 * len(values):
            return i
    return 1 if ordinal == 0 and width > 1 else 0


def _level(ordinal: str) -> int | None:
    ordinal = ordinal.strip().rstrip(".)")
    if not ordinal:
        return None
    if re.fullmatch(r"[IVX]{1,5}", ordinal):
        return 0
    if re.fullmatch(r"[A-ZĐ]", ordinal):
        return -1  # "A", "B", "C": the groups above the Roman parts ("C | NGHỀ CHO NGƯỜI KHUYẾT TẬT")
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", ordinal):
        return 1 + ordinal.count(".")
    if re.fullmatch(r"[a-zđ]", ordinal):
        return 8
    if ordinal in ("-", "+"):
        return 9 if ordinal == "-" else 10
    return None


# A label that opens with its own number: "1. Tuyển sinh …", "2.1 Trình độ cao đẳng" (no ordinal column).
_NUMBERED_LABEL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s")


def _row_level(row: list[str], ordinal: int | None, label: int) -> int | None:
    if ordinal is not None:
        return _level(row[ordinal])
    numbered = _NUMBERED_LABEL.match(row[label])
    return _level(numbered.group(1)) if numbered else None


# An ordinal as a place in a sequence: "1.4" is the 4th under "1", "5" the 5th at the top.
_SEQUENCE_ORDINAL = re.compile(r"(?:(\d{1,3}(?:\.\d{1,3})*)\.)?(\d{1,3})[.)]?")
_NO_PLACE = ("#", -1)  # an ordinal of no sequence ("tiẾ", "a", "-")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _sequence_place(ordinal: str) -> tuple[str, int] | None:
    m = _SEQUENCE_ORDINAL.fullmatch(ordinal.strip())
    return (m.group(1) or "", int(m.group(2))) if m else None


def _misread(ordinal: str) -> bool:
    """Whether an ordinal between two of one sequence can be a scan's misreading of the numbers it skips: no
    ordinal a table writes ("tiẾ", "Z"), a bullet ("4" read as "+"), or a number of another sequence ("1.3" read
    as "1"); not a letter ("a", "b" are items of their own)."""
    ordinal = ordinal.strip()
    return bool(ordinal) and (ordinal in ("-", "+") or _level(ordinal) is None or _sequence_place(ordinal) is not None)


def repaired_ordinals(values: Sequence[str]) -> list[str]:
    """A table's ordinal column with a scan's misreadings mended from the rows around them: the rows between
    "1.1" and "1.4" are "1.2" and "1.3" when there are exactly two of them, none read as those numbers or as
    details of them ("1.1.1"); a Roman "I" over a row "1.1", in a table with no other Roman ordinal, is the "1"
    read as "I". A table's true structure (a bullet under "6" before "7", letters under a number) stays."""
    out = [v.strip() for v in values]
    places = [_sequence_place(v) or _NO_PLACE for v in out]
    romans = [i for i, v in enumerate(out) if v.rstrip(".") in _ROMAN]
    if len(romans) == 1 and (i := romans[0]) + 1 < len(out) and places[i + 1][0] == str(_ROMAN[out[i].rstrip(".")]):
        out[i], places[i] = places[i + 1][0], ("", _ROMAN[out[i].rstrip(".")])
    for a, (prefix, number) in enumerate(places):
        if number < 0:
            continue
        b = next((j for j in range(a + 1, len(places)) if places[j][0] == prefix), None)
        if b is None or b - a < 2 or places[b][1] - number != b - a:
            continue
        own = tuple(f"{prefix}.{n}".lstrip(".") for n in range(number, places[b][1]))
        between = range(a + 1, b)
        if all(_misread(out[i]) and not places[i][0].startswith(own) for i in between):
            for k, i in enumerate(between, start=1):
                out[i] = f"{prefix}.{number + k}".lstrip(".")
                places[i] = (prefix, number + k)
    return out


# A group row merged across the table opens with its own marker: "I. KHOA ĐIỆN – ĐIỆN TỬ", "B. Khối phòng".
_MARKED_GROUP = re.compile(r"^([IVX]{1,5}|[A-ZĐ])[.)]\s+\S")


def _row_levels(rows: list[list[str]], ordinal: int | None, label: int) -> list[int | None]:
    """Each row's level by its ordinal (or the number its label opens with); a group row merged across the table,
    its ordinal cell the same as its label ("I. KHOA CƠ KHÍ – ĐỘNG LỰC" over rows "1", "2"), by the marker it
    opens with, so its rows detail it."""
    if ordinal is None:
        return [_row_level(row, ordinal, label) for row in rows]
    levels = [_level(value) for value in repaired_ordinals([row[ordinal] for row in rows])]
    for i, row in enumerate(rows):
        merged = row[ordinal].strip()
        if levels[i] is None and merged and merged == row[label].strip() and (m := _MARKED_GROUP.match(merged)):
            levels[i] = _level(m.group(1))
    return levels


def _parents(rows: list[list[str]], ordinal: int | None, label: int) -> tuple[int | None, ...]:
    """The row each row details: the nearest above of a higher level ("1" over "1.1"), by the ordinal column
    or the number a label opens with; a "Trong đó: …" row details the nearest row above that is no detail."""
    levels = _row_levels(rows, ordinal, label)
    out: list[int | None] = []
    for i, row in enumerate(rows):
        parent = None
        if DETAIL_ROW.match(row[label]):
            parent = next((j for j in range(i - 1, -1, -1) if not DETAIL_ROW.match(rows[j][label])), None)
        elif (level := levels[i]) is not None:
            for j in range(i - 1, -1, -1):
                above = levels[j]
                if above is not None and above < level:
                    parent = j
                    break
        out.append(parent)
    return tuple(out)


def _numbers_columns(cells: Sequence[str]) -> bool:
    """Whether a row under a header only numbers the columns ("(1) | (2) | (3) | (4)", "A | B | 1 | 2 | 3=1+2"):
    each cell a column's number, the figures running up one by one."""
    filled = [c.strip() for c in cells if c.strip()]
    numbers = [m["n"] for c in filled if (m := COLUMN_NUMBER.match(c))]
    figures = [int(n) for n in numbers if n.isdigit()]
    return (len(filled) >= 3 and len(numbers) == len(filled) and len(filled) >= len(cells) - 1 and len(figures) >= 2
            and all(b == a + 1 for a, b in pairwise(figures)))


def build_table(
    rows: Sequence[Row], form: str = PIPE, caption: str = "", unit: str = "", inherited: tuple[str, ...] = ()
) -> Table:
    """A `Table` from its rows (header rows, an optional rule, data rows), in text order; ``inherited`` labels
    its columns when it has no header of its own (the table it goes on from, past a group's heading)."""
    rule_at = next((i for i, r in enumerate(rows) if not r.cells), None)
    content = [r for r in rows if r.cells]
    width = max((len(r.cells) for r in content), default=0)
    padded = [list(r.cells) + [""] * (width - len(r.cells)) for r in content]
    n_header = _header_count(padded, rule_at)
    for i in reversed(range(n_header)):  # a short header row: its merged cells written once
        short = list(content[i].cells)
        spread = _spread_over(short, padded[i + 1]) if i + 1 < n_header and len(short) < width else None
        padded[i] = spread or short + [short[-1]] * (width - len(short))  # else its last cell spans the rest
    header = _combine_header(padded[:n_header], width)
    if n_header and n_header < len(padded) and _numbers_columns(padded[n_header]):
        n_header += 1  # the row numbering the columns is the header's, no data
    elif not n_header and len(inherited) == width:
        header = inherited
    # a header row again among the data is the table going on over a page, its header repeated: no row of it
    body = [(c, r) for c, r in zip(padded[n_header:], content[n_header:]) if c not in padded[:n_header]]
    data_cells = [c for c, _ in body]
    data = tuple(Row(tuple(c), r.text, r.start, r.end) for c, r in body)
    header_rows = tuple(Row(tuple(c), r.text, r.start, r.end) for c, r in zip(padded[:n_header], content[:n_header]))
    ordinal = _ordinal_column(header, data_cells)
    label = _label_column(data_cells, width, ordinal)
    return Table(
        header=header,
        rows=data,
        header_rows=header_rows,
        rule=rows[rule_at] if rule_at is not None else None,
        form=form,
        caption=caption,
        unit=unit,
        ordinal_column=ordinal,
        label_column=label,
        start=rows[0].start if rows else 0,
        end=rows[-1].end if rows else 0,
        _parents=_parents(data_cells, ordinal, label),
    )


def find_tables(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, Table]]:
    """The data tables among consecutive paragraphs of a normalised text.

    Returns ``(first, stop, table)``: paragraphs ``first`` to ``stop - 1``
    are the table's rows (header rows, rule, data rows). The caption is the
    paragraph just before the table when it is not itself a row.
    """
    found: list[tuple[int, int, Table]] = []
    i = 0
    above: tuple[int, Table] | None = None  # where the last table stopped, and it
    while i < len(paragraphs):
        parsed = _cells_of(paragraphs[i].text)
        if parsed is None or parsed[0] == "rule":
            i += 1
            continue
        form = parsed[0]
        j = i
        rows: list[Row] = []
        while j < len(paragraphs):
            p = paragraphs[j]
            here = _cells_of(p.text)
            if here is None or (here[0] != "rule" and here[0] != form) or (here[0] == "rule" and form != PIPE):
                break
            rows.append(Row(tuple(here[1]), p.text, p.start, p.end))
            j += 1
        has_rule = any(not r.cells for r in rows[:4])
        widths = [len(r.cells) for r in rows if r.cells]
        goes_on = above is not None and _group_headings(paragraphs[above[0]:i]) and set(widths) == {above[1].width}
        if data_run(widths, has_rule) or goes_on:  # one row is a table where it goes on from one
            inherited = above[1].header if above and goes_on else ()
            table = build_table(rows, form, _caption(paragraphs, i), _unit_above(paragraphs, i), inherited)
            found.append((i, j, table))
            above = (j, table)
        elif len(rows) == 1 and form == PIPE and _header_count([list(rows[0].cells)], None):
            above = (j, build_table(rows, form))  # a header alone over its first group's label ("Tháng 1")
        i = max(j, i + 1)
    return found


_GROUP_HEADINGS = 3  # a table goes on past a group's heading or two ("II. NHIỆM VỤ, GIẢI PHÁP" / "1. Đào tạo")
_GROUP_HEADING_CHARS = 200


def _group_headings(between: Sequence[Paragraph]) -> bool:
    """Whether the paragraphs between two tables are only the headings of a group of rows (a numbered heading, a
    line in capitals, or a short label a merged row became in a text copy: "Tháng 3", "Không có nội dung"), so the
    second goes on from the first ("STT | Nội dung … | Lý do" / rows / "II. NHIỆM VỤ, GIẢI PHÁP" / rows)."""
    return 0 < len(between) <= _GROUP_HEADINGS and all(
        len(p.text) <= _GROUP_HEADING_CHARS and "\n" not in p.text.strip()
        and (classify_marker(p.text.strip()) is not None or p.text.isupper() or _group_label(p.text.strip()))
        for p in between)


_GROUP_LABEL_WORDS = 6


def _group_label(line: str) -> bool:
    """A merged group row's label on a line of its own: a few words, no sentence, no caption ("Biểu 02")."""
    return (0 < len(line.split()) <= _GROUP_LABEL_WORDS and line[:1].isupper() and not re.search(r"[.:;!?|]", line)
            and not TABLE_CAPTION.match(line) and not ANNEX.match(line))


# A stray mark between a caption and its table: a scan's speck read as "ZŸ", "'", "·" (no word in it).
_SPECK = re.compile(r"^\W*\w{0,2}\W*$")


def _caption(paragraphs: Sequence[Paragraph], first: int) -> str:
    """The paragraph just before a table's first row, when it is no row itself, past a stray speck a scan left
    between them ("Đơn vị tính: triệu đồng" / "ZŸ" / the table), and past a unit note under the title ("Bảng 2. Dự
    kiến kinh phí …" / "(Đơn vị tính: tỷ đồng)" / the table: the unit is read apart, ``_unit_above``)."""
    i = first - 1
    while i > 0 and _SPECK.match(paragraphs[i].text.strip()) and not paragraphs[i].text.strip().isdigit():
        i -= 1
    if i > 0 and UNIT_NOTE.match(paragraphs[i].text.strip()) and _cells_of(paragraphs[i - 1].text) is None:
        i -= 1
    return paragraphs[i].text if i >= 0 and _cells_of(paragraphs[i].text) is None else ""


def _unit_above(paragraphs: Sequence[Paragraph], first: int) -> str:
    """The unit a note gives a table's figures in its caption or the line before it ("Kinh phí được phân kỳ như sau
    (đơn vị tính: tỷ đồng):" over "Bảng 3. Phân kỳ kinh phí"), or ""."""
    for p in paragraphs[max(first - 2, 0):first][::-1]:
        text = p.text.strip()
        if m := UNIT_NOTE.match(text) or UNIT_NOTE_AFTER.search(text):
            return m["unit"]
    return ""


def tables_in_text(text: str) -> list[Table]:
    """The data tables of a normalised plan text (paragraphs separated by blank lines)."""
    paragraphs = [
        Row((), m.group(0).strip(), m.start(), m.end())
        for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)
        if m.group(0).strip()
    ]
    return [table for _, _, table in find_tables(paragraphs)]


def amendment_columns(table: Table) -> tuple[int, int] | None:
    """(current, amended) columns of an amendment's comparison table ("Nội dung tại Kế hoạch số … (hiện hành) | Nội
    dung sửa đổi, bổ sung | Lý do"), None for any other table."""
    reason = table.column(AMENDMENT_REASON_COLUMN)
    current = table.column(AMENDMENT_CURRENT_COLUMN)
    new = re.compile(_fold(AMENDMENT_NEW_COLUMN), re.IGNORECASE)
    amended = next((i for i, label in enumerate(table.header)
                    if i not in (reason, current, table.ordinal_column) and new.search(_fold(label))), None)
    return (current, amended) if current is not None and amended is not None else None


def response_column(table: Table) -> int | None:
    """The drafting body's response column of a comments-and-responses table ("STT | Cơ quan góp ý | Nội dung góp ý
    | Ý kiến tiếp thu, giải trình"), None for any other table: its "cơ quan chủ trì soạn thảo" leads no task."""
    comment, response = table.column(COMMENT_COLUMN), table.column(RESPONSE_COLUMN)
    return response if comment is not None and response is not None and comment != response else None


def amended_place(current: str, amended: str) -> str:
    """The place of the plan a comparison row amends, as the row names it ("Điểm b khoản 2 Mục II" opening its
    current text, "khoản 8 vào Mục II" in its formula: "Bổ sung khoản 8 vào Mục II như sau:"), "" when it does not."""
    if lead := AMENDED_PLACE_LEAD.match(current):
        return lead["place"].strip()
    formula = AMENDMENT_FORMULA.match(amended)
    place = AMENDED_PLACE.search(formula.group(0)) if formula else None
    return place.group(0)[:1].upper() + place.group(0)[1:] if place else ""


def in_force(current: str, amended: str) -> str:
    """The text an amendment leaves in force: the amended cell less the formula it opens with ("Sửa đổi thành:");
    the current one where that keeps it ("Giữ nguyên") or is empty; nothing where it repeals it ("Bãi bỏ")."""
    amended = amended.strip()
    if REPEALED_CELL.match(amended):
        return ""
    if not amended or KEPT_CELL.match(amended):
        return current.strip()
    return AMENDMENT_FORMULA.sub("", amended).rstrip("”\"").strip()


def iter_tables(root: Section) -> Iterator[tuple[tuple[Section, ...], Table]]:
    """Every table of a parsed plan with its heading path (ancestors and own section), in text order.

    >>> for path, table in iter_tables(parse_structure(text)):
    ...     lead = table.column("chủ trì")
    ...     for row in table.rows: print(path[-1].title, table.label(row), row.cells[lead])
    """
    for path, section in root.walk():
        for table in section.tables:
            yield path, table


def table_rows(tables: Iterable[Table]) -> Iterator[tuple[Table, Row]]:
    """(table, data row) pairs of several tables, in order."""
    for table in tables:
        for row in table.rows:
            yield table, row
