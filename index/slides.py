"""A slide deck (.pptx) to lines and tables, the way its presenter's audience reads it.

A Sở presents its plan at a conference and sends the deck round: the figures
sit in slide tables and charts, the duties in an assignment table, and what
the presenter said beyond the slide in the speaker notes. LibreOffice here
has no Impress, so the deck is read from its XML (a .pptx is a zip of parts):

- slides in the presentation's order, each opened by "Slide N: <title>"
  (``vocab.markers.SLIDE``, a part of its own);
- the body's paragraphs as bullets by level ("- " then "+ "), a text box's
  as lines; tables as rows of cell texts; a chart as its title and a table
  of its categories and series values (`index.office_graphics`);
- the notes as "Ghi chú: …" lines after the slide's content;
- the slide number, date and footer placeholders, and any line repeated on
  most slides (a footer typed in a text box), are furniture and dropped.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

from index.cells import Block, cell_text
from index.office_graphics import chart_blocks, paragraph_text, texts
from index.strict_ooxml import transitional

_NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_R_ID = f"{{{_NS['r']}}}id"
_TITLES = {"title", "ctrTitle"}
_FURNITURE = {"sldNum", "dt", "ftr", "sldImg", "hdr"}  # placeholders that number, date or frame a page
_NOTES_REL = "/notesSlide"
_CHART_REL = "/chart"
NOTES_LABEL = "Ghi chú: "
# A line on at least this share of the slides (and on three or more) is a footer typed in a text box.
REPEATED_SHARE = 0.5


def deck_blocks(path: str) -> list[Block]:
    """The lines and tables of a .pptx file, slide by slide. Raises ``ValueError`` when the file is
    no PowerPoint deck."""
    try:
        with transitional(Path(path)) as readable, zipfile.ZipFile(readable) as deck:
            slides = [_slide(deck, part) for part in _slide_parts(deck)]
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise ValueError(str(exc)) from exc
    repeated = _repeated_lines(slides)
    blocks: list[Block] = []
    for number, (title, body, notes) in enumerate(slides, 1):
        blocks.append(f"Slide {number}: {title}".rstrip(": ") if title else f"Slide {number}")
        blocks.extend(b for b in body if not (isinstance(b, str) and _plain(b) in repeated))
        blocks.extend(f"{NOTES_LABEL}{line}" for line in notes)
    return blocks


def _xml(deck: zipfile.ZipFile, part: str) -> ElementTree.Element:
    return ElementTree.fromstring(deck.read(part))


def _rels(deck: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, target part)."""
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, "_rels", f"{name}.rels")
    if path not in deck.namelist():
        return {}
    return {rel.get("Id", ""): (rel.get("Type", ""), posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))))
            for rel in _xml(deck, path).findall("rel:Relationship", _NS)}


def _slide_parts(deck: zipfile.ZipFile) -> list[str]:
    """The slides in the order the presentation lists them (not their file names' order)."""
    rels = _rels(deck, "ppt/presentation.xml")
    order = _xml(deck, "ppt/presentation.xml").findall("p:sldIdLst/p:sldId", _NS)
    return [rels[s.get(_R_ID, "")][1] for s in order if s.get(_R_ID, "") in rels]


def _slide(deck: zipfile.ZipFile, part: str) -> tuple[str, list[Block], list[str]]:
    """(title, content blocks, notes lines) of one slide."""
    rels = _rels(deck, part)
    tree = _xml(deck, part)
    title = ""
    body: list[Block] = []
    for shape in tree.iter():
        tag = shape.tag.rsplit("}", 1)[-1]
        if tag == "sp":
            kind = _placeholder(shape)
            if kind in _FURNITURE:
                continue
            paragraphs = _paragraphs(shape)
            if kind in _TITLES and not title:
                title = " ".join(text for _, text, _ in paragraphs)
                continue
            # the layout's body draws its paragraphs as bullets, a text box does not; a paragraph's own bullet mark
            # (a deck saved by LibreOffice or from a .ppt has no placeholders left) says so either way
            body.extend(_bullet(text, level) if (kind is not None if marked is None else marked) else text
                        for level, text, marked in paragraphs)
        elif tag == "tbl":
            if rows := _table_rows(shape):
                body.append(rows)
        elif tag == "chart" and shape.tag == f"{{{_NS['c']}}}chart":
            target = rels.get(shape.get(_R_ID, ""), ("", ""))
            if target[0].endswith(_CHART_REL) and target[1] in deck.namelist():
                body.extend(chart_blocks(_xml(deck, target[1])))
    notes = next((_notes(_xml(deck, target)) for kind, target in rels.values()
                  if kind.endswith(_NOTES_REL) and target in deck.namelist()), [])
    return title, body, notes


def _table_rows(table: ElementTree.Element) -> list[list[str]]:
    """A table's rows, a merged cell's text in every cell it spans (as Word's tables read): "Phân kỳ theo năm" over
    the years' columns, "Nguồn vốn" down the header's two rows, so each figure reads with its whole header."""
    rows: list[list[str]] = []
    for row in table.findall("a:tr", _NS):
        cells: list[str] = []
        for cell in row.findall("a:tc", _NS):
            if cell.get("hMerge") in ("1", "true") and cells:
                cells.append(cells[-1])
            elif cell.get("vMerge") in ("1", "true") and rows and len(cells) < len(rows[-1]):
                cells.append(rows[-1][len(cells)])
            else:
                cells.append(cell_text(" ".join(texts(cell))))
        rows.append(cells)
    return rows


def _placeholder(shape: ElementTree.Element) -> str | None:
    """The placeholder kind of a shape ("title", "body" for a placeholder with no type), None for a text box."""
    ph = shape.find("p:nvSpPr/p:nvPr/p:ph", _NS)
    return None if ph is None else ph.get("type", "body")


def _paragraphs(shape: ElementTree.Element) -> list[tuple[int, str, bool | None]]:
    """(level, text, bullet) of each non-empty paragraph of a shape's text; ``bullet`` is its own mark ("•", a
    number: True; none: False), None when it leaves that to its placeholder."""
    out = []
    for p in shape.iter(f"{{{_NS['a']}}}p"):
        if text := paragraph_text(p):
            ppr = p.find("a:pPr", _NS)
            level = int(ppr.get("lvl", "0")) if ppr is not None else 0
            marks = {child.tag.rsplit("}", 1)[-1] for child in ppr} if ppr is not None else set()
            marked = False if "buNone" in marks else True if marks & {"buChar", "buAutoNum"} else None
            out.append((level, text, marked))
    return out


def _bullet(text: str, level: int) -> str:
    """A body paragraph as the plan texts write bullets: "- " at the first level, "+ " below it."""
    return f"{'-' if level == 0 else '+'} {text}"


def _notes(notes: ElementTree.Element) -> list[str]:
    """The speaker's notes: the notes page's body placeholder (not its slide image or page number)."""
    lines: list[str] = []
    for shape in notes.iter(f"{{{_NS['p']}}}sp"):
        if _placeholder(shape) == "body":
            lines.extend(text for _, text, _ in _paragraphs(shape))
    return lines


def _plain(block: str) -> str:
    return re.sub(r"\s+", " ", block).strip().lower()


def _repeated_lines(slides: list[tuple[str, list[Block], list[str]]]) -> set[str]:
    """Lines on most slides (a footer typed in a text box): furniture."""
    counts = Counter(line for _, body, _ in slides for line in {_plain(b) for b in body if isinstance(b, str)})
    floor = max(3, REPEATED_SHARE * len(slides))
    return {line for line, n in counts.items() if n >= floor}
