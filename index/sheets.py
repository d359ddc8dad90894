"""An Excel workbook (.xlsx) to lines and tables, the way a reader reads its sheets.

Some offices publish a plan as a spreadsheet ("kế hoạch dạng biểu"): the document
itself in merged cells down its first sheet, a paragraph a row, and its Biểu
(targets, funding, tasks) on sheets of their own. This reader brings it to the
shape every converter does (`cells`):

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
from pathlib import Path

from index.cells import Block, Row, cell_text, layout_grid

_DECIMALS = re.compile(r"\.(0+)")


def workbook_blocks(path: Path) -> list[Block]:
    """The lines and tables of a workbook's visible sheets, in order. Raises ``ValueError`` for a file that is
    no readable workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValueError(str(exc)) from exc
    return [block for sheet in book.worksheets if sheet.sheet_state == "visible" for block in _sheet_blocks(sheet)]


def _sheet_blocks(sheet) -> list[Block]:
    hidden_columns = {c for d in sheet.column_dimensions.values() if d.hidden and d.min
                      for c in range(d.min, (d.max or d.min) + 1)}
    columns = [c for c in range(1, sheet.max_column + 1) if c not in hidden_columns]
    anchors = {(r, c): (rng.min_row, rng.min_col) for rng in sheet.merged_cells.ranges
               for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)}
    ruled_rows: set[int] = set()
    rows: list[tuple[int, Row, int]] = []  # (sheet row, cell texts by column, distinct values)
    for r in range(1, sheet.max_row + 1):
        if sheet.row_dimensions[r].hidden:
            continue
        texts, seen = [], []
        for c in columns:
            anchor = anchors.get((r, c), (r, c))
            cell = sheet.cell(*anchor)
            text = shown_value(cell.value, cell.number_format or "General")
            texts.append(text)
            if text and anchor not in seen:
                seen.append(anchor)
            if _ruled(cell):
                ruled_rows.add(r)
        rows.append((r, texts, len(seen)))
    blocks: list[Block] = []
    table: list[tuple[int, Row, int]] = []
    for i, (r, texts, distinct) in enumerate(rows):
        between = 0 < i < len(rows) - 1 and table and rows[i + 1][2] > 1
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


def _ruled(cell) -> bool:
    border = cell.border
    return any(side is not None and side.style for side in (border.left, border.right, border.top, border.bottom))


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
    elif float(value).is_integer():
        text = str(int(value))
    else:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    if "," in number_format.split(";")[0] and len(digits) > 3:  # "#,##0": the sheet groups thousands
        digits = f"{int(digits):,}".replace(",", ".")
    return f"{sign}{digits}" + (f",{fraction}" if fraction else "")
