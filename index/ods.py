"""An OpenDocument spreadsheet (.ods, LibreOffice Calc) to the grids `sheets` reads.

Offices that use open-source software keep their Biểu as .ods. The package's
``content.xml`` holds every sheet; this module reads what a reader sees of it:
sheets not hidden, rows and columns not collapsed, merged cells by their span,
drawn borders, and each value as the sheet shows it, its number style deciding
thousands grouping, decimals and percent (`sheets.shown_value`), a date as
"dd/mm/yyyy". Repeated empty rows and columns (Calc writes a million) are
counted, never built.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from index.sheets import Grid, shown_value

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
MAX_REPEAT = 1000  # a repeated row or cell holding a value is built this many times at most


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def ods_grids(path: Path) -> list[Grid]:
    """The visible sheets of an .ods package. Raises ``KeyError`` (no ``content.xml``), ``zipfile.BadZipFile``
    or ``ElementTree.ParseError`` for a file that is no spreadsheet."""
    with zipfile.ZipFile(path) as package:
        content = ElementTree.fromstring(package.read("content.xml"))
        shared = ElementTree.fromstring(package.read("styles.xml")) if "styles.xml" in package.namelist() else None
    styles = _Styles([root for root in (content, shared) if root is not None])
    body = content.find("office:body/office:spreadsheet", _NS)
    if body is None:
        raise KeyError("office:spreadsheet")
    return [_grid(sheet, styles) for sheet in body.findall("table:table", _NS) if not styles.hidden_sheet(sheet)]


class _Styles:
    """The automatic and common styles a sheet's cells name: number formats, borders, hidden sheets."""

    def __init__(self, roots: list[ElementTree.Element]):
        self.cell_styles: dict[str, ElementTree.Element] = {}
        self.data_styles: dict[str, ElementTree.Element] = {}
        for root in roots:
            for element in root.iter():
                name = element.get(_q("style:name"))
                if not name:
                    continue
                if element.tag == _q("style:style"):
                    self.cell_styles[name] = element
                elif element.tag.startswith(f"{{{_NS['number']}}}"):
                    self.data_styles[name] = element

    def hidden_sheet(self, sheet: ElementTree.Element) -> bool:
        style = self.cell_styles.get(sheet.get(_q("table:style-name"), ""))
        properties = style.find("style:table-properties", _NS) if style is not None else None
        return properties is not None and properties.get(_q("table:display")) == "false"

    def number_format(self, style_name: str) -> str:
        """The style's number format in Excel's terms ("#,##0.0", "0%"), for `sheets.shown_value`."""
        style = self.cell_styles.get(style_name)
        data = self.data_styles.get(style.get(_q("style:data-style-name"), "")) if style is not None else None
        if data is None:
            return "General"
        number = data.find("number:number", _NS)
        decimals = int(number.get(_q("number:decimal-places"), "0")) if number is not None else 0
        grouped = number is not None and number.get(_q("number:grouping")) == "true"
        shape = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals else "")
        return shape + "%" if data.tag == _q("number:percentage-style") else shape

    def ruled(self, style_name: str) -> bool:
        style = self.cell_styles.get(style_name)
        properties = style.find("style:table-cell-properties", _NS) if style is not None else None
        if properties is None:
            return False
        sides = ("fo:border", "fo:border-left", "fo:border-right", "fo:border-top", "fo:border-bottom")
        return any((properties.get(_q(side)) or "none") not in ("none", "") for side in sides)


def _grid(sheet: ElementTree.Element, styles: _Styles) -> Grid:
    grid = Grid()
    column_styles: dict[int, str] = {}
    c = 1
    for column in sheet.iter(_q("table:table-column")):
        count = int(column.get(_q("table:number-columns-repeated"), "1"))
        style = column.get(_q("table:default-cell-style-name"), "")
        if column.get(_q("table:visibility"), "visible") != "visible":
            grid.hidden_columns.update(range(c, c + count))
        if style and count <= MAX_REPEAT:
            column_styles.update((i, style) for i in range(c, c + count))
        c += count
    r = 1
    for row in sheet.iter(_q("table:table-row")):
        count = int(row.get(_q("table:number-rows-repeated"), "1"))
        hidden = row.get(_q("table:visibility"), "visible") != "visible"
        cells = _row_cells(row, styles, column_styles)
        built = min(count, MAX_REPEAT) if cells else 0
        for i in range(built):
            for (at, text, ruled, span) in cells:
                if text:
                    grid.texts[r + i, at] = text
                if ruled:
                    grid.ruled.add((r + i, at))
                if span and i == 0:
                    grid.merged.append((r, at, r + span[0] - 1, at + span[1] - 1))
        if hidden:
            grid.hidden_rows.update(range(r, r + min(count, MAX_REPEAT)))
        r += count
    return grid


def _row_cells(row: ElementTree.Element, styles: _Styles, column_styles: dict[int, str]
               ) -> list[tuple[int, str, bool, tuple[int, int] | None]]:
    """(column, shown text, ruled, (rows, columns) spanned when merged) of each cell of a row holding something."""
    out = []
    c = 1
    for cell in row:
        if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
            continue
        count = int(cell.get(_q("table:number-columns-repeated"), "1"))
        style = cell.get(_q("table:style-name")) or column_styles.get(c, "")
        text = _shown(cell, styles.number_format(style)) if cell.tag == _q("table:table-cell") else ""
        ruled = styles.ruled(style)
        rows = int(cell.get(_q("table:number-rows-spanned"), "1"))
        columns = int(cell.get(_q("table:number-columns-spanned"), "1"))
        span = (rows, columns) if rows > 1 or columns > 1 else None
        if text or ruled or span:
            out += [(c + i, text, ruled, span if i == 0 else None) for i in range(min(count, MAX_REPEAT))]
        c += count
    return out


def _shown(cell: ElementTree.Element, number_format: str) -> str:
    """A cell's value as the sheet shows it: numbers by their style, dates as dd/mm/yyyy, text as written."""
    kind = cell.get(_q("office:value-type"), "")
    if kind in ("float", "currency", "percentage"):
        value = float(cell.get(_q("office:value"), "0"))
        fmt = number_format if kind != "percentage" or "%" in number_format else number_format + "%"
        return shown_value(int(value) if value.is_integer() else value, fmt)
    if kind == "date":
        return shown_value(dt.date.fromisoformat(cell.get(_q("office:date-value"), "")[:10]))
    if kind == "boolean":
        return shown_value(cell.get(_q("office:boolean-value")) == "true")
    return "\n".join(_paragraph(p) for p in cell.findall("text:p", _NS)).strip()


def _paragraph(element: ElementTree.Element) -> str:
    """A text:p's words: spans and links read through, text:s as its spaces, tabs and line breaks as such."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _q("text:s"):
            parts.append(" " * int(child.get(_q("text:c"), "1")))
        elif child.tag == _q("text:tab"):
            parts.append("\t")
        elif child.tag == _q("text:line-break"):
            parts.append("\n")
        else:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)
