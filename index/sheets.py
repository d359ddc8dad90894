"""A spreadsheet (.xlsx, .xls, .ods, or one sheet exported as .csv) to lines and tables, the way a reader reads it.

Some offices publish a plan as a spreadsheet ("kế hoạch dạng biểu"): the document
itself in merged cells down its first sheet, a paragraph a row, and its Biểu
(targets, funding, tasks) on sheets of their own; annexes come as workbooks too,
in Excel's formats or LibreOffice's; a tracking sheet kept online is sent round as
the CSV it exports (Google Sheets: UTF-8, commas; Excel in a Vietnamese locale:
semicolons, maybe its code page). Each format is read into one ``Grid`` (what
the sheet shows, cell by cell), and every grid the same way (`cells`):

- visible sheets in order, empty ones giving nothing; hidden rows and columns skipped;
- a row holding one value (a paragraph in a merged A:H cell, a title) is a line,
  each of its own line breaks a line too;
- consecutive rows holding several values are a table: a merged cell's value in
  every column it spans, as Word repeats merged header cells; a row of one value
  between two such rows (a group row "III. Theo địa bàn") stays in the table;
  columns empty in every row go; a table that only lays out its cells (the
  national header, the signature block: `cells.layout_grid`) gives its cells' lines;
- a value as the sheet shows it: a formula's stored result, numbers in Vietnamese
  writing ("24.850" with the sheet's grouping, "21,5"), a percentage as one ("85%"),
  a date as "dd/mm/yyyy".
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from index.cells import LAYOUT_MAX_ROWS, Block, Row, cell_text, layout_grid
from index.strict_ooxml import transitional
from index.vocab.markers import ORDINAL_HEADER

_DECIMALS = re.compile(r"\.(0+)")
_WHOLE_FORMAT = re.compile(r"^[#,]*0%?(?:;|$)")  # a format of whole figures: "0", "0%", "#,##0"
WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
# What an exported sheet may be written in: UTF-8 (with Excel's byte-order mark or without), UTF-16 ("Unicode
# text"), and Vietnamese Windows' code page, tried in that order (cp1258 decodes any byte: it comes last).
_CSV_ENCODINGS = ("utf-8-sig", "utf-16", "cp1258")


@dataclass
class Grid:
    """One visible sheet as shown: cell texts by (row, column), 1-based, and what lays them out."""

    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, first col, last row, last col
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    ruled: set[tuple[int, int]] = field(default_factory=set)  # cells with a drawn border

    @property
    def size(self) -> tuple[int, int]:
        cells = [*self.texts, *((r, c) for _, _, r, c in self.merged)]
        return max((r for r, _ in cells), default=0), max((c for _, c in cells), default=0)


def workbook_blocks(path: Path) -> list[Block]:
    """The lines and tables of a workbook's visible sheets, in order. Raises ``ValueError`` for a file that is
    no readable workbook of its suffix."""
    readers = {".xlsx": _xlsx_grids, ".xlsm": _xlsx_grids, ".xls": _xls_grids, ".ods": _ods_grids, ".csv": _csv_grids}
    return [block for grid in readers[path.suffix.lower()](path) for block in grid_blocks(grid)]


def _xlsx_grids(path: Path) -> list[Grid]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with transitional(path) as readable:  # a "Strict Open XML Spreadsheet" read by its Transitional names
            book = load_workbook(readable, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValueError(str(exc)) from exc
    grids = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        grid = Grid(merged=[(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges],
                    hidden_rows={r for r, d in sheet.row_dimensions.items() if d.hidden},
                    hidden_columns={c for d in sheet.column_dimensions.values() if d.hidden and d.min
                                    for c in range(d.min, (d.max or d.min) + 1)})
        for row in sheet.iter_rows():
            for cell in row:
                text = shown_value(cell.value, cell.number_format or "General")
                if text:
                    grid.texts[cell.row, cell.column] = text
                border = cell.border
                if any(side is not None and side.style for side in (border.left, border.right, border.top,
                                                                      border.bottom)):
                    grid.ruled.add((cell.row, cell.column))
        grids.append(grid)
    return grids


def _xls_grids(path: Path) -> list[Grid]:
    """A legacy Excel 97-2003 workbook (BIFF8), through xlrd with its formatting."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True)
    except (xlrd.XLRDError, OSError, AssertionError, IndexError, KeyError, ValueError) as exc:
        raise ValueError(str(exc)) from exc
    grids = []
    for sheet in book.sheets():
        if sheet.visibility != 0:
            continue
        grid = Grid(merged=[(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells],
                    hidden_rows={r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden},
                    hidden_columns={c + 1 for c, info in sheet.colinfo_map.items() if info.hidden})
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
                fmt = book.format_map[xf.format_key].format_str if xf and xf.format_key in book.format_map else ""
                value = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    value = None
                text = shown_value(value, fmt or "General")
                if text:
                    grid.texts[r + 1, c + 1] = text
                if xf and any((xf.border.left_line_style, xf.border.right_line_style, xf.border.top_line_style,
                               xf.border.bottom_line_style)):
                    grid.ruled.add((r + 1, c + 1))
        grids.append(grid)
    return grids


def _ods_grids(path: Path) -> list[Grid]:
    """An OpenDocument spreadsheet (LibreOffice Calc), read from its ``content.xml``."""
    from index.ods import ods_grids

    try:
        return ods_grids(path)
    except (zipfile.BadZipFile, KeyError, OSError, SyntaxError) as exc:  # ElementTree's ParseError is a SyntaxError
        raise ValueError(str(exc)) from exc


def _csv_grids(path: Path) -> list[Grid]:
    """One sheet exported as CSV: its separator (comma, semicolon or tab) sniffed from the text, quoted cells with
    their commas and line breaks kept whole. A file with no separated values (a binary file, prose) is no sheet."""
    import csv

    data = path.read_bytes()
    if b"\0" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary data")
    text = next(decoded for encoding in _CSV_ENCODINGS if (decoded := _decoded(data, encoding)) is not None)
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error as exc:
        raise ValueError(str(exc)) from exc
    rows = list(csv.reader(text.splitlines(keepends=True), dialect))
    if not any(len(row) > 1 for row in rows):
        raise ValueError("no separated values")
    grid = Grid()
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value.strip():
                grid.texts[(r, c)] = value.strip()
    return [grid]


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeError:
        return None


def grid_blocks(grid: Grid) -> list[Block]:
    """One sheet's lines and tables."""
    last_row, last_column = grid.size
    columns = [c for c in range(1, last_column + 1) if c not in grid.hidden_columns]
    anchors = {(r, c): (r0, c0) for r0, c0, r1, c1 in grid.merged
               for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    ruled_rows = {r for r, _ in grid.ruled}
    rows: list[tuple[int, Row, int]] = []  # (sheet row, cell texts by column, distinct values)
    for r in range(1, last_row + 1):
        if r in grid.hidden_rows:
            continue
        texts, seen = [], []
        for c in columns:
            anchor = anchors.get((r, c), (r, c))
            text = grid.texts.get(anchor, "")
            texts.append(text)
            if text and anchor not in seen:
                seen.append(anchor)
        rows.append((r, texts, len(seen)))
    blocks: list[Block] = []
    table: list[tuple[int, Row, int]] = []
    side_by_side = _text_columns(grid, [r for r, _, _ in rows])
    for i, (r, texts, distinct) in enumerate(rows):
        if r in side_by_side:
            if side_by_side[r]:  # the first row of a block of text columns: all its columns' lines, left first
                blocks.extend(_table_blocks(table, ruled_rows))
                table = []
                blocks.extend(side_by_side[r])
            continue
        # a group row stays in its table ("III. Theo địa bàn"); a block's title over a header row of its own
        # ("PHẦN B. NHIỆM VỤ" / "STT | Nhiệm vụ | …") opens the next table
        between = 0 < i < len(rows) - 1 and table and rows[i + 1][2] > 1 and not _header_row(rows[i + 1][1])
        if distinct > 1 or (distinct == 1 and between):
            table.append((r, texts, distinct))
            continue
        blocks.extend(_table_blocks(table, ruled_rows))
        table = []
        if distinct == 1:
            blocks.extend(line.strip() for text in dict.fromkeys(t for t in texts if t) for line in text.splitlines()
                          if line.strip())
    blocks.extend(_table_blocks(table, ruled_rows))
    return blocks


def _header_row(texts: Row) -> bool:
    """A row whose first value names the ordinal column ("STT", "TT"): a table's header."""
    first = next((t for t in texts if t), "")
    return bool(ORDINAL_HEADER.match(first))


def _text_columns(grid: Grid, rows: list[int]) -> dict[int, list[str]]:
    """Blocks of two text columns side by side, each line a row of its own: the "Nơi nhận" list beside the
    signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", …, the signer's name), each line a merged cell of its
    column, one column often empty where the other runs on. A reader reads one column, then the other, as Word's
    two-cell signature table reads; row by row the signer's name would fall among the recipients. Told by form:
    more rows than a short grid (``LAYOUT_MAX_ROWS``, read row by row), every value in a merged cell of one of two
    column ranges, and both columns filled in two rows at least. By each row of a block: its first row's lines,
    [] for the others."""
    spans = {(r0, c0): (c0, c1) for r0, c0, r1, c1 in grid.merged if r0 == r1 and c1 > c0}
    by_row: dict[int, list[int]] = {}
    for (r, c), text in grid.texts.items():
        if text and c not in grid.hidden_columns:  # a hidden column's cells are no part of what is shown
            by_row.setdefault(r, []).append(c)
    found: dict[int, list[str]] = {}
    run: list[int] = []
    ranges: set[tuple[int, int]] = set()

    def close() -> None:
        columns = sorted(ranges)
        both = sum(len(by_row[r]) == 2 for r in run)
        if len(run) > LAYOUT_MAX_ROWS and len(columns) == 2 and both >= 2:
            for r in run:
                found[r] = []
            found[run[0]] = [line.strip() for start, _ in columns for r in run
                             for line in grid.texts.get((r, start), "").splitlines() if line.strip()]
        run.clear()
        ranges.clear()

    for r in rows:
        own = {spans[r, c] for c in by_row.get(r, []) if (r, c) in spans}
        if not own or len(own) < len(by_row[r]):
            close()  # an empty row, or a value in a cell of its own: no text column
            continue
        joined = sorted(ranges | own)
        if len(joined) > 2 or len(joined) == 2 and joined[0][1] >= joined[1][0]:
            close()  # another layout: a paragraph across the sheet, or columns split elsewhere
        run.append(r)
        ranges.update(own)
    close()
    return found


def _table_blocks(table: list[tuple[int, Row, int]], ruled_rows: set[int]) -> list[Block]:
    """A run of rows as a data table, or as the lines of a layout grid."""
    if not table:
        return []
    width = len(table[0][1])
    used = [c for c in range(width) if any(texts[c] for _, texts, _ in table)]
    rows = [[texts[c] for c in used] for _, texts, _ in table]
    widths = [distinct for _, _, distinct in table]
    stacked = sum("\n" in text for row in rows for text in dict.fromkeys(row) if text)
    if layout_grid(widths, stacked, any(r in ruled_rows for r, _, _ in table)):
        return [line.strip() for row in rows for text in dict.fromkeys(t for t in row if t)
                for line in text.splitlines() if line.strip()]
    return [[[cell_text(text) for text in row] for row in rows]]


def shown_value(value, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it, in Vietnamese writing.

    >>> shown_value(24850, "#,##0"), shown_value(21.5), shown_value(0.85, "0%"), shown_value(12.0, "0.0")
    ('24.850', '21,5', '85%', '12,0')
    >>> shown_value(dt.datetime(2026, 3, 15)), shown_value("  Sở Nội vụ "), shown_value(None)
    ('15/03/2026', 'Sở Nội vụ', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, (int, float)):
        percent = "%" in number_format
        return _number(value * 100 if percent else value, number_format) + ("%" if percent else "")
    return str(value).strip()


def _number(value: float, number_format: str) -> str:
    decimals = _DECIMALS.search(number_format)
    if decimals:
        text = f"{value:.{len(decimals.group(1))}f}"
    elif float(value).is_integer() or _WHOLE_FORMAT.match(number_format):  # "0%", "#,##0": shown whole
        text = f"{value:.0f}"
    else:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    if "," in number_format.split(";")[0] and len(digits) > 3:  # "#,##0": the sheet groups thousands
        digits = f"{int(digits):,}".replace(",", ".")
    return f"{sign}{digits}" + (f",{fraction}" if fraction else "")
