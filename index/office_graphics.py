"""Office graphics to lines and tables: a chart's figures, a SmartArt diagram's shapes.

A Sở's plan or deck puts some of its facts only in graphics: the news items planned per quarter in a column chart,
who leads and who coordinates in a SmartArt organisation chart, the phases and their months in a SmartArt process.
Word and PowerPoint store both as parts of their own beside the text (a chart's data cached in ``c:strCache`` /
``c:numCache``, a diagram's text in its data model), so they are read from there, where they stand in the text:

- a chart as its title and a table of its categories and series values (`chart_blocks`);
- a diagram as one line per shape in the diagram's own order, a shape under another one level deeper as a "- "
  line and deeper still as "+ " (`diagram_lines`): a body's box, then what it does.
"""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree

from index.cells import Block, Row
from index.sheets import shown_value
from index.vocab.dates import PERIOD_NAME

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
_NS = {"a": A, "c": C, "dgm": DGM, "dsp": DSP}
# The points of a diagram's data model that are its shapes' text; the others are the connections between them
# ("parTrans", "sibTrans") and the layout's presentation points ("pres").
_SHAPE_POINTS = ("node", "asst")
_LEVEL_MARKS = ("", "- ", "+ ")


def paragraph_text(p: ElementTree.Element) -> str:
    """A DrawingML paragraph's runs as one line."""
    return " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")).split())


def texts(element: ElementTree.Element) -> list[str]:
    """The text of each DrawingML paragraph in an element."""
    return [paragraph_text(p) for p in element.iter(f"{{{A}}}p")]


def chart_blocks(chart: ElementTree.Element) -> list[Block]:
    """A chart's title, then a table as a plan would print its figures: over periods (years, quarters), its
    categories as the header and a row of values per series ("Lao động xuất cảnh | 1.850 | 2.010"); over items (levels,
    areas, markets) with two series or more, a row per item and its series as the columns ("Cao đẳng | 3.400 | 620"
    under "Kế hoạch năm | Thực hiện 6 tháng"), so one row holds all an item's figures."""
    heading = chart.find("c:chart/c:title", _NS)
    title = " ".join(t for t in texts(heading) if t) if heading is not None else ""
    rows = _series_rows(chart)
    if len(rows) > 2 and not all(PERIOD_NAME.search(category) for category in rows[0][1:]):
        rows = [list(column) for column in zip(*rows)]
    return ([title] if title else []) + ([rows] if rows else [])


def _series_rows(chart: ElementTree.Element) -> list[Row]:
    """The chart's categories as a header row, then a row of values per series, as its data has them."""
    rows: list[Row] = []
    for series in chart.iter(f"{{{C}}}ser"):
        name = " ".join(t.text or "" for t in series.iterfind("c:tx//c:v", _NS)).strip()
        categories = [v.text or "" for v in series.iterfind("c:cat//c:pt/c:v", _NS)]
        shown = series.find("c:dLbls/c:numFmt", _NS)  # the labels' own format, else the data's
        cached = series.find("c:val//c:formatCode", _NS)
        number_format = shown.get("formatCode", "") if shown is not None else (
            cached.text or "" if cached is not None else "")
        values = [chart_figure(v.text or "", number_format) for v in series.iterfind("c:val//c:pt/c:v", _NS)]
        if not rows and categories:
            rows.append(["", *categories])
        rows.append([name, *values])
    return rows


def chart_figure(value: str, number_format: str = "") -> str:
    """A chart's value as a Vietnamese reader writes what the chart shows: in its number format ("0.0": "44,0"),
    a whole figure in thousands grouped by dots ("3.400") where the format is the default; text as it is.

    >>> chart_figure("44", "0.0"), chart_figure("3400"), chart_figure("31.8"), chart_figure("0.412", "0%")
    ('44,0', '3.400', '31,8', '41%')
    """
    try:
        number = float(value)
    except ValueError:
        return value.strip()
    if number_format in ("", "General") and number.is_integer() and abs(number) >= 1000:
        number_format = "#,##0"
    return shown_value(number, number_format or "General")


def diagram_lines(data: ElementTree.Element, drawing: ElementTree.Element | None = None) -> list[str]:
    """A SmartArt diagram's shapes as lines, from its data model: the shapes under the diagram in their order, each
    shape's first paragraph a line and its further paragraphs, then the shapes under it, one level deeper ("- ",
    then "+ "). A data model with no text (a diagram only its drawing holds) reads from ``drawing``: its shapes top
    to bottom, left to right."""
    points = {p.get("modelId", ""): p for p in data.iterfind("dgm:ptLst/dgm:pt", _NS)}
    children: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for link in data.iterfind("dgm:cxnLst/dgm:cxn", _NS):
        if link.get("type", "parOf") == "parOf" and link.get("destId") in points:
            children[link.get("srcId", "")].append((int(link.get("srcOrd", "0")), link.get("destId", "")))
    root = next((key for key, p in points.items() if p.get("type") == "doc"), None)
    lines: list[str] = []

    def walk(parent: str, level: int, seen: set[str]) -> None:
        for _, key in sorted(children.get(parent, [])):
            if key in seen or points[key].get("type", "node") not in _SHAPE_POINTS:
                continue
            body = points[key].find("dgm:t", _NS)
            paragraphs = [t for t in texts(body) if t] if body is not None else []
            mark = _LEVEL_MARKS[min(level, len(_LEVEL_MARKS) - 1)]
            deeper = _LEVEL_MARKS[min(level + 1, len(_LEVEL_MARKS) - 1)]
            lines.extend(mark + t if i == 0 else deeper + t for i, t in enumerate(paragraphs))
            walk(key, level + 1 if paragraphs else level, seen | {key})

    if root is not None:
        walk(root, 0, {root})
    if lines or drawing is None:
        return lines
    shapes = []
    for shape in drawing.iter(f"{{{DSP}}}sp"):
        offset = shape.find("dsp:spPr/a:xfrm/a:off", _NS)
        at = (int(offset.get("y", "0")), int(offset.get("x", "0"))) if offset is not None else (0, 0)
        body = shape.find("dsp:txBody", _NS)
        if body is not None and (shown := [t for t in texts(body) if t]):
            shapes.append((at, shown))
    return [line for _, shown in sorted(shapes, key=lambda s: s[0]) for line in shown]
