"""Plan files of every supported type to plain text: the one conversion behind ingest and uploads.

Officials hold plans as Word files, PDFs and scans, and the rest of the
pipeline reads plain text, so each type is brought to the same shape: one
line per paragraph, and data tables as Markdown pipe rows ``| a | b | c |``,
one line per row, every row as wide as the table (a merged cell is repeated
in each column it covers, so a figure stays under its header).

- .txt / .md: UTF-8 text as it is.
- .docx (python-docx): paragraphs and tables in body order, with the charts and SmartArt diagrams drawn in them
  (`index.office_graphics`). Borderless
  layout tables (the national header, the "Nơi nhận" / signature block) are
  not data: their cells come out as ordinary lines, left cell first. A header
  set in floating text boxes is read box by box, top to bottom, left to right.
  Runs in the legacy TCVN3 or VNI fonts read as Unicode (`index.legacy_fonts`). A body an e-office editor
  embedded as an HTML (or other) part is read where it stands (`index.docx_chunks`).
- .doc, .odt, .rtf: converted to .docx by LibreOffice (``soffice --headless``) first.
- .html/.htm (a web page saved from a legal-document site): what a browser
  shows, tables included (`index.html_text`); .mhtml/.mht (the page saved as
  one file) the same, from the archive's HTML part.
- .xlsx (a plan published as a spreadsheet): its visible sheets' lines and
  tables (`index.sheets`).
- .pdf (pdfplumber): per page, text lines in reading order with ruled tables
  as pipe rows in place; a table that runs on over a page break is joined, and so is a wide table printed in
  column slices, page after page (`index.wide_tables`). Letters drawn slanted across the page (a watermark
  such as "BẢN SAO ĐIỆN TỬ") are no text of the document and are left out.
  Pages without a text layer are read by OCR (`index.ocr`).
  Files attached inside the PDF (an e-office decision carrying its annex workbook) are read after its pages, the
  documents before the annexes (`index.pdf_attachments`).
- .png/.jpg/.tif (a scanner's TIFF, a photographed page): each frame a page
  of an image-only PDF, read by OCR.
- .xps/.oxps (a Word file printed to Windows' "Microsoft XPS Document Writer"): MuPDF's ``mutool`` turns its fixed
  pages into a PDF, read like any PDF (its ruled tables and two-column header included).

Every failure is a `DocumentError` with a Vietnamese message naming the file.
"""

from __future__ import annotations

import functools
import io
import math
import re
import shutil
import statistics
import subprocess
import tempfile
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from functools import partial
from itertools import groupby
from pathlib import Path

from index import ocr, office_graphics, photo_pages
from index.aligned_columns import aligned_tables, wrapped_tables
from index.bundles import Attachment, archive_members, opened_archive, reading_rank
from index.cells import Block, Row, cell_text, layout_grid, render
from index.documents import (
    IMAGE_SUFFIXES,
    SUPPORTED_SUFFIXES,
    DocumentError,
    PageProgress,
    PlanFile,
    decode_plan,
    unsupported,
)
from index.docx_chunks import ALT_CHUNK, chunk_blocks
from index.docx_numbering import Numbering
from index.docx_revisions import accepted_cell_text, accepted_text, deleted_row, distinct_cells
from index.email_message import read_message
from index.epub import epub_blocks
from index.footnotes import note_mark
from index.html_text import decode_html, html_blocks, mhtml_page
from index.legacy_fonts import from_legacy, is_legacy_font
from index.normalize import files_joined
from index.pdf_attachments import attached_files
from index.pdf_columns import Word, closing_halves, gutter, reading_keys, split_at
from index.pdf_forms import is_field_value, with_field_values
from index.sheets import workbook_blocks
from index.slides import deck_blocks
from index.strict_ooxml import transitional
from index.vocab.language import is_translation_column
from index.vocab.markers import STRUCTURAL_START
from index.vocab.phrases import CONTENTS_TITLE, MOTTO, NUMBER_LINE, PLACE_DATE_LINE, RECIPIENTS_LABEL
from index.wide_tables import joined_column_slices

_BLANK_RUNS = re.compile(r"\n{3,}")
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph without Unicode


# ================================================================== shared shape


def _tidy(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def _readable(text: str) -> bool:
    """Mostly Latin letters, digits and punctuation: what any Vietnamese plan is (a broken file decodes to noise)."""
    letters = [c for c in text if not c.isspace()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" or "\u2000" <= c <= "\u206f" for c in letters)
    return not letters or latin >= 0.85 * len(letters)


# ================================================================== Word


_DRAWN = "[@w:val and not(@w:val='nil' or @w:val='none')]"


def _bordered(table) -> bool:
    """Whether the table draws lines: its own borders, its cells', or its style's (or the style's base's)."""
    if table._tbl.xpath(f"./w:tblPr/w:tblBorders/*{_DRAWN} | .//w:tcBorders/*{_DRAWN}"):
        return True
    style = table.style
    while style is not None:
        if style.element.xpath(f"./w:tblPr/w:tblBorders/*{_DRAWN}"):
            return True
        style = style.base_style
    return False


def is_layout_table(table) -> bool:
    """A Word table that only lays out its cells (see `cells.layout_grid`)."""
    rows = [distinct_cells(row.cells) for row in table.rows]
    stacked = sum(sum(bool(accepted_text(p).strip()) for p in c.paragraphs) > 1 for r in rows for c in r)
    return layout_grid([len(r) for r in rows], stacked, _bordered(table))


def _docx_blocks(container, numbering: Numbering, pictures: dict[str, str] | None = None,
                 chunks: Callable[[object], list[Block]] | None = None, boxed: bool = False) -> list[Block]:
    """Paragraphs (with the numbers Word shows before them, and the text of the pictures they hold, read by
    OCR: ``pictures``) and tables of a document body or a layout cell, in order, with the documents it embeds
    where they stand (``chunks``: `docx_chunks`); ``boxed``: the document is laid out in text boxes
    (``_laid_out_in_boxes``), each read where it is anchored."""
    from docx.table import Table

    blocks: list[Block] = []
    for item in _inner_content(container, chunks is not None):
        if getattr(item, "tag", None) == ALT_CHUNK and chunks is not None:
            blocks.extend(chunks(item))
        elif not isinstance(item, Table):
            blocks.extend(_box_blocks(item, numbering, boxed))
            label, text = numbering.label(item), accepted_text(item)
            blocks.append(f"{label} {text}" if label else text)
            blocks.extend(line for rid in _picture_ids(item._p) for line in (pictures or {}).get(rid, "").splitlines())
            blocks.extend(_graphic_blocks(item))
        elif is_layout_table(item):
            for row in item.rows:
                for cell in distinct_cells(row.cells):
                    blocks.extend(_docx_blocks(cell, numbering, pictures, chunks, boxed))
        elif item.rows:
            blocks.append([[cell_text(accepted_cell_text(cell)) for cell in row.cells]
                           for row in item.rows if not deleted_row(row)])
    return blocks


def _inner_content(container, with_chunks: bool) -> list:
    """A container's paragraphs and tables (python-docx), and, asked for, the ``altChunk`` elements between them,
    in the order they stand."""
    items = list(container.iter_inner_content())
    if not with_chunks:
        return items
    story = container.element.body if hasattr(container, "element") else getattr(container, "_element", None)
    if story is None or story.find(ALT_CHUNK) is None:
        return items
    by_element = {item._element: item for item in items}
    return [by_element.get(child, child) for child in story if child in by_element or child.tag == ALT_CHUNK]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VML_OFFSET = re.compile(r"(margin-top|margin-left|top|left)\s*:\s*(-?[\d.]+)(pt|in|cm|mm|px)?")
_EMU_PER = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, None: 12700}


def _box_blocks(paragraph, numbering: Numbering, boxed: bool = False) -> list[Block]:
    """The text of the floating text boxes anchored in a paragraph, top to bottom and left to right, when they hold
    the document's own header (a template sets the issuer, the number, the national motto and the place and date
    in boxes, not in the body), or the document is laid out in boxes (``boxed``: a booklet, a leaflet). In a text
    written in its body, other boxes (a reviewer's callout, a "Dự thảo" stamp) are no text of the plan."""
    blocks = [block for box in _text_boxes(paragraph) for block in _docx_blocks(box, numbering, boxed=boxed)]
    return blocks if boxed or _holds_header(blocks) else []


def _laid_out_in_boxes(body) -> bool:
    """Whether a Word body holds more of its text in text boxes than in its own paragraphs and tables: a booklet
    or a leaflet laid out box by box, whose boxes are its text, not asides. Each box is counted once (not its VML
    copy, nor a box inside a box)."""
    def chars(element) -> int:
        return sum(len(t.text or "") for t in element.iter(f"{_W}t")
                   if not any(a.tag == f"{_MC}Fallback" for a in t.iterancestors()))

    boxes = sum(chars(content) for content in body.iter(f"{_W}txbxContent")
                if not any(a.tag in (f"{_MC}Fallback", f"{_W}txbxContent") for a in content.iterancestors()))
    return boxes > 0 and boxes > chars(body) - boxes  # a body with no box is not counted through


def _holds_header(blocks: list[Block]) -> bool:
    """Whether blocks hold a line of a document's own header: the national motto, its number or its place-date."""
    text = "\n".join(b if isinstance(b, str) else "\n".join(c for row in b for c in row) for b in blocks)
    lines = [line.strip() for line in text.splitlines()]
    return any(MOTTO.search(line.upper()) or NUMBER_LINE.match(line) or PLACE_DATE_LINE.match(line) for line in lines)


def _text_boxes(paragraph) -> list:
    """The floating text boxes anchored in a paragraph, each as a container of paragraphs, top to bottom and left
    to right. Word writes a box twice (the drawing, and its VML copy for old readers): the copy is not read."""
    boxes = []
    for content in paragraph._p.iter(f"{_W}txbxContent"):
        ancestors = list(content.iterancestors())
        if any(a.tag in (f"{_MC}Fallback", f"{_W}txbxContent") for a in ancestors):
            continue
        boxes.append((_box_position(ancestors), _TextBox(content, paragraph)))
    return [box for _, box in sorted(boxes, key=lambda item: item[0])]


class _TextBox:
    """A text box's content, read like a body: its paragraphs and tables in order."""

    def __init__(self, element, parent) -> None:
        self._element, self._parent = element, parent

    def iter_inner_content(self):
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in self._element:
            if child.tag == f"{_W}p":
                yield Paragraph(child, self._parent)
            elif child.tag == f"{_W}tbl":
                yield Table(child, self._parent)


def _box_position(ancestors: list) -> tuple[int, int]:
    """(top, left) of a text box in EMU from its drawing's anchor offsets, or its VML shape's style; (0, 0)
    where it has none (a box in line with the text)."""
    for element in ancestors:
        if element.tag == f"{_WP}anchor":
            offsets = []
            for axis in ("positionV", "positionH"):
                found = element.find(f"{_WP}{axis}/{_WP}posOffset")
                offsets.append(int(found.text) if found is not None and (found.text or "").lstrip("-").isdigit() else 0)
            return offsets[0], offsets[1]
        style = element.get("style")
        if style and element.tag.startswith("{urn:schemas-microsoft-com:vml}"):
            found = {m.group(1).removeprefix("margin-"): float(m.group(2)) * _EMU_PER[m.group(3)]
                     for m in _VML_OFFSET.finditer(style)}
            return int(found.get("top", 0)), int(found.get("left", 0))
    return 0, 0


def _docx_text(path: Path, name: str, progress: PageProgress | None = None, ocr_cache: Path | None = None,
               source: Path | None = None) -> tuple[str, int]:
    """The text of a Word file, and how many of its pictures were read by OCR (``source``: the file the user gave,
    when this .docx was converted from it; the OCR cache sits beside it)."""

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        with transitional(path) as readable:  # a "Strict Open XML Document" read by its Transitional names
            document = Document(str(readable))
    except (PackageNotFoundError, zipfile.BadZipFile, XMLSyntaxError, KeyError, ValueError) as exc:
        raise DocumentError(f"{name}: không đọc được tệp Word .docx (tệp hỏng hoặc không phải .docx).") from exc
    contents = {style.style_id for style in document.styles if _TOC_STYLE.match(style.name or "")}
    for story in (document.element.body, *(h._element for s in document.sections
                                           for h in (s.header, s.first_page_header) if not h.is_linked_to_previous)):
        _open_content_controls(story, contents)
    numbering = Numbering.of(document)
    pictures = _picture_texts(document, path, name, progress, ocr_cache, source)
    notes, numbers = _docx_footnotes(document)
    read_rtf = partial(_embedded_office, name=name, suffix=".rtf", progress=progress, ocr_cache=ocr_cache)
    chunks = partial(chunk_blocks, document.part, name=name, read_rtf=read_rtf)
    boxed = _laid_out_in_boxes(document.element.body)
    text = render([*_first_page_header(document, numbering),
                   *_docx_blocks(document, numbering, pictures, chunks, boxed), *notes])
    return _WORD_MARK.sub(lambda m: note_mark(numbers[m[1]]) if m[1] in numbers else "", text), len(pictures)


def _embedded_office(blob: bytes, name: str, suffix: str, progress: PageProgress | None,
                     ocr_cache: Path | None) -> list[Block]:
    """The text of an RTF document embedded whole in a Word file, read by LibreOffice like an .rtf file."""
    with tempfile.TemporaryDirectory(prefix="gdnn-chunk-") as tmp:
        path = Path(tmp) / f"chunk{suffix}"
        path.write_bytes(blob)
        lines: list[Block] = list(_office_text(path, name, suffix, progress, ocr_cache)[0].splitlines())
        return lines


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_VML = "{urn:schemas-microsoft-com:vml}"
# A picture is read when it is this big (pixels) and its text reads as words: a table or a page pasted as a
# picture (a screenshot of an Excel sheet); a logo, a seal or a signature reads as no text.
_PICTURE_MIN = (200, 60)
_PICTURE_LETTERS = 40
_PICTURE_WIDTH = 1600  # a narrower picture (a screenshot at screen resolution) is enlarged, at most thrice


def _graphic_blocks(paragraph) -> list[Block]:
    """The charts and SmartArt diagrams drawn in a paragraph, read from their parts (`office_graphics`): a chart's
    title and table of figures, a diagram's shapes as lines; not a drawing's copy for old readers."""
    from xml.etree import ElementTree

    related = paragraph.part.related_parts
    blocks: list[Block] = []
    for data in paragraph._p.iter(f"{_A}graphicData"):
        if any(a.tag == f"{_MC}Fallback" for a in data.iterancestors()):
            continue
        try:
            if (chart := data.find(f"{{{office_graphics.C}}}chart")) is not None:
                blocks.extend(office_graphics.chart_blocks(ElementTree.fromstring(related[chart.get(f"{_R}id")].blob)))
            elif (ids := data.find(f"{{{office_graphics.DGM}}}relIds")) is not None:
                model = ElementTree.fromstring(related[ids.get(f"{_R}dm")].blob)
                drawn = model.find(f".//{{{office_graphics.DSP}}}dataModelExt")
                drawing = related.get(drawn.get("relId")) if drawn is not None else None
                blocks.extend(office_graphics.diagram_lines(
                    model, ElementTree.fromstring(drawing.blob) if drawing is not None else None))
        except (KeyError, ElementTree.ParseError):
            continue  # a graphic whose part is missing or broken: the rest of the document still reads
    return blocks


def _picture_ids(element) -> list[str]:
    """The relationship ids of the pictures drawn in an element, in order: a drawing's blip, or an old VML
    picture's image; not a drawing's VML copy for old readers."""
    ids = []
    for node in element.iter(f"{_A}blip", f"{_VML}imagedata"):
        if any(a.tag == f"{_MC}Fallback" for a in node.iterancestors()):
            continue
        rid = node.get(f"{_R}embed") or node.get(f"{_R}id")
        if rid:
            ids.append(rid)
    return ids


def _picture_texts(document, path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None,
                   source: Path | None) -> dict[str, str]:
    """The text of the body's pictures that hold text, by relationship id: each picture a page of an image-only
    PDF read like a scan (its ruled table as rows), the OCR cache beside the file."""
    from PIL import Image, UnidentifiedImageError

    images = {}
    for rid in dict.fromkeys(_picture_ids(document.element.body)):
        part = document.part.related_parts.get(rid)
        try:
            with Image.open(io.BytesIO(part.blob)) as opened:
                image = opened.convert("L")
        except (AttributeError, UnidentifiedImageError, OSError, ValueError):
            continue  # a linked picture, or one in a format Pillow does not read (an EMF drawing)
        if image.width < _PICTURE_MIN[0] or image.height < _PICTURE_MIN[1]:
            continue
        scale = min(3, max(1, math.ceil(_PICTURE_WIDTH / image.width)))
        images[rid] = image.resize((image.width * scale, image.height * scale), Image.Resampling.LANCZOS)
    if not images:
        return {}
    with tempfile.TemporaryDirectory(prefix="gdnn-pictures-") as tmp:
        pdf = Path(tmp) / "pictures.pdf"
        pages = list(images.values())
        pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=ocr.DPI)
        texts = ocr.read_pages(pdf, list(range(len(pages))), name, progress=progress, ocr_cache=ocr_cache,
                               source=source or path)
    read = {rid: texts[i] for i, rid in enumerate(images)}
    return {rid: text for rid, text in read.items() if sum(c.isalpha() for c in text) >= _PICTURE_LETTERS}


_TOC_GALLERY = "Table of Contents"
# Word's built-in "toc 1" … "toc 9", "TOC Heading"; LibreOffice's "Contents 1" …, "Contents Heading"
_TOC_STYLE = re.compile(r"^(?:toc|contents)\s*(?:\d|heading)", re.IGNORECASE)
_TOC_FIELD = re.compile(r"^\s*TOC\b")  # the instruction of a table-of-contents field (' TOC \o "1-3" \h \z \u ')


def _open_content_controls(story, contents: set[str]) -> None:
    """Content controls (``w:sdt``: an e-office template's fields for the number, the date and the signer, its
    editable regions holding whole parts and tables) give way to their content, which python-docx would skip
    at the body's, a table's or a row's level; a table of contents (a gallery control, or paragraphs in the
    table of contents' styles, ``contents``) is no text of the plan: its lines repeat the headings with page
    numbers."""
    for control in list(story.iter(f"{_W}sdt")):
        parent = control.getparent()
        if parent is None:
            continue
        gallery = control.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
        content = control.find(f"{_W}sdtContent")
        if content is not None and (gallery is None or gallery.get(f"{_W}val") != _TOC_GALLERY):
            at = parent.index(control)
            for offset, child in enumerate(list(content)):
                parent.insert(at + offset, child)
        parent.remove(control)
    gone = [paragraph for paragraph in story.iter(f"{_W}p")
            if (style := paragraph.find(f"{_W}pPr/{_W}pStyle")) is not None and style.get(f"{_W}val") in contents]
    gone += _toc_field_paragraphs(story)
    # the "MỤC LỤC" paragraph over the entries goes with them: alone, it is a heading over nothing
    titles = [p for p in story.iter(f"{_W}p") if p.getnext() in gone and p not in gone
              and CONTENTS_TITLE.match("".join(node.text or "" for node in p.iter(f"{_W}t")))]
    for paragraph in dict.fromkeys([*gone, *titles]):  # a styled entry may stand in the field too
        paragraph.getparent().remove(paragraph)


def _toc_field_paragraphs(story) -> list:
    """The paragraphs a table-of-contents field holds (its cached entries, whatever their style: "heading ⇥ page"
    lines, each with a page-reference field of its own), from the one opening the field to the one closing it."""
    found: list = []
    depth = 0  # fields open inside the table of contents, itself included
    for paragraph in story.iter(f"{_W}p"):
        opened = depth > 0
        for node in paragraph.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}fldSimple"):
            if node.tag == f"{_W}fldSimple" and _TOC_FIELD.match(node.get(f"{_W}instr") or ""):
                opened = True
            elif node.tag == f"{_W}instrText" and depth == 0 and _TOC_FIELD.match(node.text or ""):
                depth, opened = 1, True
            elif node.tag == f"{_W}fldChar" and depth:
                kind = node.get(f"{_W}fldCharType")
                depth += 1 if kind == "begin" else -1 if kind == "end" else 0
        if opened:
            found.append(paragraph)
    return found



# A footnote's mark as a run writes it, by Word's id of the note (``docx_revisions``): "[^w3]".
_WORD_MARK = re.compile(r"\[\^w(-?\d+)\]")


def _docx_footnotes(document) -> tuple[list[str], dict[str, str]]:
    """Word's footnotes, read at the end of the text as a PDF's are ("[1] Quyết định số 215/QĐ-UBND …"),
    numbered as Word shows them: by the order of their marks in the body; and each note's number by Word's id,
    for its marks (``index.footnotes`` puts the note where its mark is). A legal basis or a figure's source often
    stands only there."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part = next((rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FOOTNOTES), None)
    if part is None:
        return [], {}
    notes = {}
    for note in etree.fromstring(part.blob).iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in (None, "normal"):
            text = " ".join("".join(t.text or "" for t in p.iter(f"{_W}t")).strip() for p in note.iter(f"{_W}p"))
            if text.strip():
                notes[note.get(f"{_W}id")] = " ".join(text.split())
    order = [r.get(f"{_W}id") for r in document.element.body.iter(f"{_W}footnoteReference")]
    ids = [*dict.fromkeys(i for i in order if i in notes), *(i for i in notes if i not in order)]
    return [f"[{n}] {notes[i]}" for n, i in enumerate(ids, 1)], {i: str(n) for n, i in enumerate(ids, 1)}


def _first_page_header(document, numbering: Numbering) -> list[Block]:
    """The page header of the first page when it holds the document's own header (issuer, number, national
    motto, place and date set in Word's header area, not in the body); a running header of a page number or
    a short title alone is left out."""
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:  # no header of its own
        return []
    blocks = [b for b in _docx_blocks(header, numbering) if b and (not isinstance(b, str) or b.strip())]
    return blocks if _holds_header(blocks) else []


_OFFICE_KINDS = {".doc": "Word .doc", ".odt": "OpenDocument .odt", ".rtf": "RTF .rtf", ".xml": "Word 2003 XML .xml",
                 ".fodt": "OpenDocument phẳng .fodt", ".dot": "mẫu Word 97-2003 .dot", ".docm": "Word có macro .docm",
                 ".dotx": "mẫu Word .dotx", ".dotm": "mẫu Word có macro .dotm"}
_DECK_KINDS = {".ppt": "PowerPoint 97-2003 .ppt", ".pps": "PowerPoint 97-2003 .pps", ".pot": "mẫu PowerPoint .pot",
               ".odp": "OpenDocument .odp"}
_DECK_XML = (".pptx", ".pptm", ".ppsx", ".potx")  # the same slides' XML whatever the package says it is
# What opens a text document saved as one XML file: Word 2003's WordprocessingML ("<?mso-application
# progid="Word.Document"?>", "<w:wordDocument"), a flat OpenDocument ("<office:document"). Any other XML is data.
_TEXT_XML = re.compile(rb"progid=\"Word\.Document\"|<w:wordDocument\b|<office:document\b")
_XML_HEAD = 4096


def _office_text(path: Path, name: str, suffix: str, progress: PageProgress | None,
                 ocr_cache: Path | None) -> tuple[str, int]:
    """Old Word .doc, OpenDocument .odt, RTF, Word 2003 XML and flat OpenDocument: LibreOffice converts the file to
    .docx in a private folder (own profile: runs may overlap), read like any Word file."""
    if suffix == ".xml":
        with path.open("rb") as file:
            if not _TEXT_XML.search(file.read(_XML_HEAD)):
                raise DocumentError(f"{name}: tệp .xml này không phải văn bản Word 2003 XML hay OpenDocument "
                                    "(có thể là dữ liệu); hãy lưu văn bản thành .docx hoặc .pdf rồi nạp lại.")
    with tempfile.TemporaryDirectory(prefix="gdnn-office-") as tmp:
        docx = _libreoffice(path, name, _OFFICE_KINDS[suffix], "docx:MS Word 2007 XML", Path(tmp),
                            "libreoffice-writer-nogui", ".docx")
        return _docx_text(docx, name, progress, ocr_cache, source=path)


def _old_deck_text(path: Path, name: str) -> str:
    """A PowerPoint 97–2003 .ppt or an OpenDocument .odp deck: LibreOffice converts it to .pptx, read like any deck
    (slides, tables, shapes' texts, speaker notes)."""
    with tempfile.TemporaryDirectory(prefix="gdnn-office-") as tmp:
        pptx = _libreoffice(path, name, _DECK_KINDS[path.suffix.lower()], "pptx:Impress MS PowerPoint 2007 XML",
                            Path(tmp), "libreoffice-impress-nogui", ".pptx")
        return render(_deck(pptx, name))


def _libreoffice(path: Path, name: str, kind: str, target: str, folder: Path, package: str, saved: str) -> Path:
    """The file converted by LibreOffice headless to ``target`` ("docx:MS Word 2007 XML") in ``folder``, with a
    profile of its own there (runs may overlap); a clear error naming the file when it cannot be."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise DocumentError(
            f"{name}: cần LibreOffice để đọc tệp {kind} nhưng máy chưa cài; hãy cài {package} "
            f"(sudo apt-get install {package}) hoặc lưu tệp thành {saved} rồi nạp lại."
        )
    failed = f"{name}: LibreOffice không chuyển được tệp {kind} (tệp hỏng hoặc không phải văn bản)"
    source = folder / f"plan{path.suffix.lower()}"  # LibreOffice names the output after the input
    shutil.copyfile(path, source)
    command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
               "--convert-to", target, "--outdir", str(folder), str(source)]
    try:
        subprocess.run(command, capture_output=True, check=True, timeout=180)
    except subprocess.TimeoutExpired as exc:
        raise DocumentError(f"{failed}: quá 3 phút.") from exc
    except (subprocess.CalledProcessError, OSError) as exc:
        raise DocumentError(f"{failed}.") from exc
    converted = folder / f"plan{saved}"
    if not converted.is_file():  # soffice exits 0 on a file it cannot load, or without the module that reads it
        raise DocumentError(f"{failed}, hoặc máy chưa cài {package}.")
    return converted


# ================================================================== PDF

_GAP_LINES = 2.0  # a gap wider than two line heights separates columns (header: left | right)
# Letters closer than this share of their size are one word: a word's own letters stand 0-0.01 em apart, words
# 0.24 em or more in the test PDFs. A fixed 3 points (pdfplumber's default) glues the words of small print (a
# gazette's 9-point condensed columns space words 2.6 points apart).
_WORD_GAP = 0.15
_MARGIN = 0.08  # page numbers sit in the top or bottom 8 % of the page
_MARK_SIZE = 0.8  # a footnote mark is set smaller than the line's text
_OTHER_SIZE = 1.3  # words set this much smaller than a line's largest are another line drawn over it (a stamp)
# A line in expanded spacing falls apart, wholly or in part, into one-letter words (two at least: "PHÂ N C ÔNG"
# when the letters stand just at pdfplumber's tolerance); its letters then stand 0.15 of the type size apart or
# more (a normal line's sit at 0), and a word ends where a gap is a further quarter of the type size wider.
_SPACED_LETTERS = 2
_SPACED_GAP = 0.15
_SPACED_WORD = 0.25
# A space before a stop, where a footnote mark was taken out of "nghèo¹,".
_SPACED_STOP = re.compile(r" +(?=[,.;:)](?:\s|$))")
_SAME_SIZE = 0.3  # points: a note's lines share its size, a running footer is set otherwise
_NOTE_SIZE = 0.92  # and so are the footnotes at the foot of the page (10 pt under 13 or 14 pt text)
# A footnote opens with its number: "1 Theo Nghị quyết …", "¹ …", "(2) …".
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")
_NOTE_START = re.compile(r"^\(?([0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])\)?\s+(?=\S)")


# A page's own label in its margin: "3", "- 3 -", "Trang 3", "3/11", "Trang 3/11".
_PAGE_LABEL = re.compile(r"^(?:[Tt]rang\s+)?[-–]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–]?$")
# A margin line on this share of the pages, and on three at least, is a running header or footer (a national
# header recurs once a document: a decision and the plan it issues make two).
_FURNITURE_SHARE = 0.5
_FURNITURE_PAGES = 3
# A browser's stamp on a printed page: the time it printed ("11/30/26, 7:27 PM", "30/11/2026 19:27") or the
# page's address ("https://tinhdoan.ngankhe.gov.vn/…", with the page count "1/6" after it).
_PRINT_STAMP = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"
    r"|(?:https?|file)://\S+(?:\s+\d{1,3}/\d{1,3})?)(?:\s+.*)?$"
)
_OCR_MARGIN_LINES = 2  # of a page read by OCR, its first and last lines are where headers and footers stand


def _word_lines(page) -> list[list[dict]]:
    """The page's words by printed line, top to bottom, each line left to right, footnote marks left out."""
    from pdfplumber.utils import cluster_objects

    words = [_legacy_decoded(w) for w in page.extract_words(extra_attrs=["size"], return_chars=True,
                                                            x_tolerance_ratio=_WORD_GAP)
             if _UNMAPPED_GLYPH.sub("", w["text"]).strip()]
    lines = [sorted(_without_footnote_marks(part), key=lambda w: w["x0"])
             for line in _with_raised_marks(cluster_objects(words, "top", tolerance=3)) for part in _by_size(line)]
    return [_respaced(line, page.chars) if _looks_spaced(line) else line for line in lines if line]


def _legacy_decoded(word: dict) -> dict:
    """A word set in a legacy font (a PDF printed from a ".VnTime" document: "KÕ ho¹ch", from a "VNI-Times" one:
    "Keá hoaïch") as the Vietnamese it shows, each run of glyphs by its font."""
    if not any(is_legacy_font(_font(c)) for c in word["chars"]):
        return word
    return {**word, "text": _glyphs_text(word["chars"])}


def _font(char: dict) -> str:
    """A glyph's font name without its subset prefix ("ABCDEF+.VnTime" → ".VnTime")."""
    return str(char.get("fontname", "")).split("+")[-1]


def _glyphs_text(chars: list[dict]) -> str:
    """Glyphs' text as it shows: a legacy font's codes read as Vietnamese letters, run by run of one font (a VNI
    letter is a base glyph and the glyph of its marks)."""
    runs = [(font, "".join(c["text"] for c in run)) for font, run in groupby(chars, key=_font)]
    return "".join(from_legacy(text, font) for font, text in runs)


def _legacy_cell(value: str | None, page, bbox) -> str | None:
    """A table cell's text, read as Vietnamese when its glyphs are set in a legacy font (TCVN3 capitals when in
    the capital font)."""
    if not value or bbox is None:
        return value
    x0, top, x1, bottom = bbox
    fonts = [_font(c) for c in page.chars
             if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    legacy = [f for f in fonts if is_legacy_font(f)]
    if not legacy or 2 * len(legacy) < len(fonts):
        return value
    return from_legacy(value, Counter(legacy).most_common(1)[0][0])


def _by_size(line: list[dict]) -> list[list[dict]]:
    """A printed line parted by type size: words set much smaller than the line's own (a signature stamp's 7 pt
    beside an 11 pt header, "Thời gian ký: …" drawn over "Độc lập - Tự do - Hạnh phúc") are a line of their own,
    not words of it. A footnote mark, small too, stays with its line (`_without_footnote_marks` takes it out)."""
    size = max(w["size"] for w in line)
    small = [w for w in line if w["size"] * _OTHER_SIZE < size and not _mark_figure(w)]
    if not small or len(small) == len(line):
        return [line]
    return [[w for w in line if w not in small], small]


def _looks_spaced(line: list[dict]) -> bool:
    """Whether a line may be set in expanded spacing (its letters' gaps then decide): one-letter words stand in
    it, or the letters inside its words stand apart (spaced just under pdfplumber's tolerance, they join)."""
    if sum(len(w["text"]) == 1 for w in line) >= _SPACED_LETTERS:
        return True
    inside = [b["x0"] - a["x1"] for w in line for a, b in zip(w["chars"], w["chars"][1:])]
    return bool(inside) and statistics.median(inside) >= _SPACED_GAP * statistics.median(w["size"] for w in line)


def _respaced(line: list[dict], chars: list[dict]) -> list[dict]:
    """A line set in expanded spacing ("B Á O  C Á O", Word's "Spacing: Expanded") read as its words: every
    letter stands apart, so the gaps cut words only where a space glyph stands, or (a PDF without space
    glyphs) where a gap is clearly wider than the letters' own. A line whose letters sit close is kept."""
    top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
    x0, x1 = line[0]["x0"], line[-1]["x1"]
    own = sorted((c for c in chars if c["top"] < bottom and c["bottom"] > top and x0 <= (c["x0"] + c["x1"]) / 2 <= x1),
                 key=lambda c: c["x0"])
    letters = [c for c in own if c["text"].strip()]
    gaps = [b["x0"] - a["x1"] for a, b in zip(letters, letters[1:])]
    size = statistics.median(c["size"] for c in letters) if letters else 0.0
    if not gaps or statistics.median(gaps) < _SPACED_GAP * size:
        return line
    cut = statistics.median(gaps) + _SPACED_WORD * size
    runs: list[list[dict]] = [[]]
    for prev, char in zip([None, *own], own):
        if not char["text"].strip():
            runs.append([])
        elif prev is not None and prev["text"].strip() and char["x0"] - prev["x1"] > cut:
            runs.append([char])
        else:
            runs[-1].append(char)
    return [{"text": _glyphs_text(run), "x0": run[0]["x0"], "x1": run[-1]["x1"],
             "top": min(c["top"] for c in run), "bottom": max(c["bottom"] for c in run),
             "size": statistics.median(c["size"] for c in run)} for run in runs if run]


def _lines(page, lines: list[list[dict]]) -> list[tuple[float, str, bool, float]]:
    """(top, text, in the top or bottom margin, font size) of each line, a line split where a wide gap separates
    two columns; the page's own label ("Trang 3") is left out."""
    out: list[tuple[float, str, bool, float]] = []
    for line in lines:
        parts = [[line[0]]]
        for prev, word in zip(line, line[1:]):
            # (a filled form's answer goes on its label's line, however far its box stands from it)
            if word["x0"] - prev["x1"] > _GAP_LINES * max(prev["bottom"] - prev["top"], 1.0) \
                    and not is_field_value(word.get("chars", [])):
                parts.append([])
            parts[-1].append(word)
        for part in parts:
            # a footnote mark gone from "nghèo¹," leaves "nghèo ,": punctuation closes up on its word
            text = _SPACED_STOP.sub("", " ".join(_UNMAPPED_GLYPH.sub("", w["text"]) for w in part))
            top = part[0]["top"]
            margin = top < page.height * _MARGIN or top > page.height * (1 - _MARGIN)
            if not (margin and _PAGE_LABEL.match(text)):
                out.append((top, text, margin, statistics.median(w["size"] for w in part)))
    return out


def _footnotes(lines: list[tuple[float, str, bool, float]]) -> list[tuple[float, str, bool, float]]:
    """The footnotes at the foot of a page: its last lines of text, set smaller than the line above them, the first
    opening with its number ("1 Theo Nghị quyết số …"). Left in place they would cut the sentence that goes on
    over the page and read as items numbered 1, 2, 3."""
    notes: list[tuple[float, str, bool, float]] = []
    below = 0.0  # the largest size of the lines from k down
    for k in range(len(lines) - 1, 0, -1):
        below = max(below, lines[k][3])
        if below < _NOTE_SIZE * lines[k - 1][3] and _NOTE_START.match(lines[k][1]) and not lines[k - 1][2]:
            notes = lines[k:]  # the line above is set larger: the notes start here (or higher up)
    # a note's last lines may reach into the bottom margin; a running footer there is set otherwise
    return [line for line in notes if not line[2] or abs(line[3] - notes[0][3]) <= _SAME_SIZE]


def _mark_figure(word: dict) -> bool:
    """Whether a word could be a footnote's mark or number: one or two figures ("3", "12")."""
    return word["text"].isdigit() and len(word["text"]) <= 2


def _with_raised_marks(lines: list[list[dict]]) -> list[list[dict]]:
    """The printed lines with a footnote's number raised above its own line (set apart as a line of its own:
    "¹" over "Điểm này được sửa đổi …") put back in the line it stands on, just below it."""
    out: list[list[dict]] = []
    for line in reversed(lines):
        raised = all(_mark_figure(w) for w in line)
        if raised and out and out[-1][0]["top"] - line[0]["top"] <= line[0]["bottom"] - line[0]["top"]:
            out[-1] = [*line, *out[-1]]
        else:
            out.append(line)
    return out[::-1]


def _without_footnote_marks(line: list[dict]) -> list[dict]:
    """A line's words with each small raised figure that marks a footnote ("lao động¹", "12.000²") made a mark on
    the word before ("12.000[^2]", ``index.footnotes``): read as a word it would join that one ("12.0002"). The
    figure that opens a line is a footnote's own number at the foot of the page: it stays a word."""
    sizes = sorted(w["size"] for w in line)
    body = sizes[len(sizes) // 2]
    out: list[dict] = []
    for word in sorted(line, key=lambda w: w["x0"]):
        if out and _mark_figure(word) and word["size"] < _MARK_SIZE * body:
            out[-1] = {**out[-1], "text": out[-1]["text"] + note_mark(word["text"]), "x1": word["x1"]}
        else:
            out.append(word)
    return out


def _centres(starts: list[float | None], end: float) -> list[float | None]:
    """The middle of each grid row or column, from where each starts and where the table ends."""
    edges = sorted({x for x in starts if x is not None} | {end})

    def centre(start: float) -> float:
        following = [x for x in edges if x > start]
        return (start + following[0]) / 2 if following else start

    return [None if x is None else centre(x) for x in starts]


def _table_rows(table) -> list[Row]:
    """Cell texts, a merged cell repeated in every grid position it covers (as python-docx reports Word's)."""
    texts = table.extract()
    if any(is_legacy_font(_font(c)) for c in table.page.chars):  # a page printed from a legacy-font document
        texts = [[_legacy_cell(value, table.page, bbox) for value, bbox in zip(values, row.cells, strict=False)]
                 for values, row in zip(texts, table.rows, strict=False)]
    spans = [(bbox, texts[r][c]) for r, row in enumerate(table.rows) for c, bbox in enumerate(row.cells) if bbox]
    xs = _centres([col.bbox[0] if col.bbox else None for col in table.columns], table.bbox[2])
    ys = _centres([row.bbox[1] for row in table.rows], table.bbox[3])
    rows: list[Row] = []
    for r, values in enumerate(texts):
        cells: Row = []
        for c, value in enumerate(values):
            if value is None and xs[c] is not None:
                x, y = xs[c], ys[r]
                value = next((t for (x0, y0, x1, y1), t in spans if x0 <= x <= x1 and y0 <= y <= y1), None)
            cells.append(cell_text(value or ""))
        rows.append(cells)
    return rows


def _image_cover(page) -> float:
    """The share of the page under images (a scan is one image over the whole page)."""
    area = 0.0
    for image in page.images:
        width = min(image["x1"], page.width) - max(image["x0"], 0)
        height = min(image["bottom"], page.height) - max(image["top"], 0)
        area += max(0.0, width) * max(0.0, height)
    return min(1.0, area / (page.width * page.height or 1))


_SLANT_DEGREES = 10  # a letter turned further than this from the page's axes is drawn across it: a watermark


def _square(obj: dict) -> bool:
    """Whether a page object is no letter drawn slanted: a watermark written diagonally across every page of a
    certified copy lands in the text layer, its big letters one by one among the lines they cross. Letters turned
    a quarter (a landscape table printed sideways) are text and stay."""
    if obj.get("object_type") != "char":
        return True
    a, b = obj["matrix"][:2]
    turned = math.degrees(math.atan2(b, a)) % 90
    return min(turned, 90 - turned) <= _SLANT_DEGREES


def _word_box(word: dict) -> Word:
    """A pdfplumber word's box."""
    return Word(word["x0"], word["x1"], word["top"], word["bottom"])


def _page_blocks(page) -> tuple[list[tuple[Block, bool]], list[str], list[str]]:
    """Text lines and tables (two columns or more) of a page with a text layer, top to bottom, each with
    whether it stands in the page's margin; the page's footnotes, apart; and apart too the column that translates
    the other on a bilingual page (Vietnamese left, English right): read in turn, page by page, the two languages
    would cut each other's sentences at every page break."""
    page = page.filter(_square)
    tables = [t for t in page.find_tables() if len(t.columns) > 1]

    def outside(obj) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in (t.bbox for t in tables))

    words = _word_lines(page.filter(outside) if tables else page)
    at = gutter([[_word_box(w) for w in line] for line in words], page.width)
    # a page in two columns is read column by column (its prose is no table aligned in two columns)
    aligned = []
    if at is None:  # wrapped cells first: a row of theirs may look like a table of single lines on its own
        aligned = wrapped_tables(words)
        aligned += aligned_tables(words, {i for table in aligned for i in table.lines})
    taken = {i for table in aligned for i in table.lines}
    # the recipients and the signer's block side by side at the end of a page in one column: read apart
    closing = {} if at is not None else closing_halves(words, _recipients_line(words), page.width / 2, _word_box)
    pieces: list[tuple[list[dict], str]] = []
    for i, line in enumerate(words):
        if i in taken:
            continue
        halves = closing.get(i) if at is None else split_at(line, at, _word_box)
        pieces += [(line, "across")] if halves is None else [
            (half, side) for half, side in zip(halves, ("left", "right")) if half]
    sided = [(text_line, side) for piece, side in pieces for text_line in _lines(page, [piece])]
    translated = next((side for side in ("right", "left") if is_translation_column(
        [line[1] for line, on in sided if on == side])), None) if at is not None else None
    translation = [line[1] for line, side in sided if side == translated]
    sided = [(line, side) for line, side in sided if side != translated]
    lines = [text_line for text_line, _ in sided]
    notes = _footnotes(lines)
    placed: list[tuple[float, Block, bool, str]] = [(*line[:3], side) for line, side in sided if line not in notes]
    # a table within one column (a gazette's figures under the article citing them) is read in that column; one
    # crossing the gutter, or on a page in one column, runs across
    placed += [(t.bbox[1], rows, False, _table_side(t.bbox, at)) for t in tables if (rows := _table_rows(t))]
    placed += [(words[t.lines[0]][0]["top"], [[cell_text(c) for c in row] for row in t.rows], False, "across")
               for t in aligned]
    # a page in one column has every line across: read top to bottom
    keys = reading_keys([(top, side) for top, _, _, side in placed])
    ordered: list[tuple[Block, bool]] = []
    ending: tuple[int, list[Row]] | None = None  # (band, table) the left column ended with, its rest still awaited
    for key, (_, block, margin, _) in sorted(zip(keys, placed), key=lambda pair: pair[0]):
        if margin and key[1] == 1:
            ordered.append((block, margin))  # the running header over the right column: the table runs on below it
            continue
        if ending and key[1] == 1 and ending[0] == key[0] and isinstance(block, list) and \
                len(ending[1][0]) == len(block[0]):
            _extend_table(ending[1], block)  # a table the left column ends runs on at the top of the right one
        else:
            ordered.append((block, margin))
        ending = (key[0], block) if key[1] == 0 and isinstance(block, list) else None
    return ordered, [n[1] for n in notes], translation


def _recipients_line(words: list[list[dict]]) -> int | None:
    """The index of the printed line that opens with the recipients' label ("Nơi nhận:"), or None."""
    return next((i for i, line in enumerate(words) if RECIPIENTS_LABEL.match(" ".join(w["text"] for w in line[:2]))
                 and line[0]["text"].startswith("Nơi")), None)


def _table_side(bbox: tuple[float, float, float, float], at: float | None) -> str:
    """The column a table stands in, "left" or "right" of the gutter ``at``, or "across" the page."""
    if at is not None and bbox[2] <= at:
        return "left"
    if at is not None and bbox[0] >= at:
        return "right"
    return "across"


def _note_paragraphs(lines: list[str]) -> list[str]:
    """Footnote lines as notes read at the end of the text: "[1] Theo Nghị quyết số …", a note's wrapped
    lines joined."""
    notes: list[str] = []
    last = 0
    for line in lines:
        m = _NOTE_START.match(line)
        # a note opens with the number after the last one's, or 1 where a page numbers its notes anew; another
        # number opens a wrapped line of the note before ("Dòng" / "6 của Biểu này được sửa đổi …")
        number = int(m.group(1).translate(_SUPERSCRIPTS)) if m else 0
        if m and (not notes or number in (last + 1, 1)):
            notes.append(f"[{m.group(1)}] {line[m.end():].strip()}")
            last = number
        elif not notes:
            notes.append(line)
        else:
            notes[-1] += f" {line}"
    return notes


def _ocr_page(text: str) -> list[tuple[Block, bool]]:
    """A page read by OCR as lines (blank ones kept), its first and last lines of text in the margin; its own
    label left out."""
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge = {*filled[:_OCR_MARGIN_LINES], *filled[-_OCR_MARGIN_LINES:]}
    return [(line, i in edge) for i, line in enumerate(lines) if not (i in edge and _PAGE_LABEL.match(line.strip()))]


def _without_furniture(pages: list[list[tuple[Block, bool]]]) -> list[list[Block]]:
    """The pages less their running headers and footers: a margin line that recurs, its figures aside
    ("Đề án … – tỉnh X", "Trang 3 / 11"), on half the pages or more (three at least), but its first time.

    A page a browser printed carries its stamp in the margins (the time printed, the address): those go
    each time, and so does a margin line on every page (the page's title), the first time too.
    """
    def key(block: Block) -> str:  # a numbered item or a bullet at the top of each page is text, not furniture
        if not isinstance(block, str) or STRUCTURAL_START.match(block.strip()):
            return ""
        return re.sub(r"\d+", "#", block.strip().lower())

    recurring = Counter(k for page in pages for k in {key(b) for b, margin in page if margin and key(b)})
    printed = any(margin and isinstance(b, str) and _PRINT_STAMP.match(b.strip())
                  for page in pages for b, margin in page)
    # on a printed page: a stamp, and a margin line on every page (the page's title)
    stamp = {k for k in recurring if printed and len(pages) > 1 and recurring[k] == len(pages)}
    least = max(_FURNITURE_PAGES, round(_FURNITURE_SHARE * len(pages)))
    seen: set[str] = set()  # the first one stays: a table's header row read by OCR at the top of each page
    kept: list[list[Block]] = []
    for page in pages:
        kept.append([])
        for block, margin in page:
            k = key(block) if margin else ""
            if k and (k in stamp or printed and _PRINT_STAMP.match(str(block).strip())):
                continue
            if k and recurring[k] >= least and k in seen:
                continue
            seen.add(k)
            kept[-1].append(block)
    return kept


def _continues(blocks: list[Block], page: list[Block]) -> bool:
    """Whether the page starts with the rest of the table that ended the previous page (same width)."""
    return bool(blocks and page and isinstance(blocks[-1], list) and isinstance(page[0], list)
                and len(blocks[-1][0]) == len(page[0][0]))


def _join(pages: list[list[Block]]) -> list[Block]:
    """The pages' blocks as one list; a table cut by a page break becomes one table again.

    On the continuation a repeated header is dropped, and a first row
    without its first cell (the rest of a row cut in two) is merged into the
    previous page's last row.
    """
    blocks: list[Block] = []
    for page in pages:
        if _continues(blocks, page):
            table, rows = blocks[-1], page[0]
            assert isinstance(table, list) and isinstance(rows, list)  # what _continues checked
            _extend_table(table, rows)
            page = page[1:]
        blocks.extend(page)
    return blocks


def _extend_table(table: list[Row], rows: list[Row]) -> None:
    """A table's rest, cut off by a page or column break, added to it: its repeated header dropped, and a first row
    without its first cell (the rest of a row cut in two) merged into the last row."""
    header = 0
    while header < min(len(rows), len(table)) and rows[header] == table[header]:
        header += 1
    rows = rows[header:]
    if rows and not rows[0][0] and table[-1][0]:
        table[-1] = [f"{a} {b}".strip() for a, b in zip(table[-1], rows[0])]
        rows = rows[1:]
    table.extend(rows)


def _pdf_text(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None,
              source: Path | None = None, colour: bool = False) -> tuple[str, int]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        # an annotation's author or note in PDFDocEncoding ("Cán bộ xã" as Latin-1 bytes) is neither UTF-8 nor
        # UTF-16 to pdfplumber, which would give up on the whole file: its own decoding of those strings is not
        # used here (``pdf_forms`` decodes what it reads), so it may skip them, and say nothing
        with warnings.catch_warnings(), pdfplumber.open(path, raise_unicode_errors=False) as pdf:
            warnings.filterwarnings("ignore", message="Could not decode")
            pages = [(*_page_blocks(with_field_values(page)), _image_cover(page)) for page in pdf.pages]
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer fails in unbounded ways on a broken file
        if exc.args and isinstance(exc.args[0], PDFPasswordIncorrect):  # wrapped by pdfplumber
            raise DocumentError(f"{name}: PDF có mật khẩu; hãy dùng bản không khoá.") from exc
        raise DocumentError(f"{name}: không đọc được tệp PDF (tệp hỏng hoặc không phải PDF).") from exc
    placed = [b for b, _, _, _ in pages]
    layers = [render([b for b, _ in page]) for page, _, _, _ in pages]
    garbled = ocr.garbled_layers(layers)
    scanned = [i for i, (layer, (_, _, _, cover)) in enumerate(zip(layers, pages))
               if ocr.needs_ocr(layer, cover) or i in garbled]
    if not scanned and not any(layer.strip() for layer in layers):
        scanned = list(range(len(pages)))  # no text anywhere (text drawn as outlines, odd scans): OCR or nothing
    if scanned:
        texts = ocr.read_pages(path, scanned, name, progress=progress, ocr_cache=ocr_cache, source=source,
                               colour=colour)
        for i in scanned:
            placed[i] = _ocr_page(texts[i])
    notes = _note_paragraphs([line for i, (_, lines, _, _) in enumerate(pages) if i not in scanned for line in lines])
    # a bilingual plan's translation column, read after the plan it translates
    translation = [line for i, (_, _, lines, _) in enumerate(pages) if i not in scanned for line in lines]
    return render([*joined_column_slices(_join(_without_furniture(placed))), *notes, *translation]), len(scanned)


def _xps_text(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None) -> tuple[str, int]:
    """An XPS or OpenXPS document: fixed pages of placed glyphs and paths, as a PDF is, so MuPDF converts it to one
    (its glyphs' Unicode text and its rulings kept) and the PDF reader reads it; a page that is a picture is OCR'd,
    its cache beside the user's file."""
    mutool = shutil.which("mutool")
    if not mutool:
        raise DocumentError(f"{name}: cần MuPDF (mutool) để đọc tệp XPS nhưng máy chưa cài; hãy cài mupdf-tools "
                            "(sudo apt-get install mupdf-tools) hoặc in văn bản ra .pdf rồi nạp lại.")
    with tempfile.TemporaryDirectory(prefix="gdnn-xps-") as tmp:
        pdf = Path(tmp) / "plan.pdf"
        try:
            subprocess.run([mutool, "convert", "-o", str(pdf), str(path)], capture_output=True, check=True,
                           timeout=180)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise DocumentError(f"{name}: không đọc được tệp XPS (tệp hỏng hoặc không phải XPS).") from exc
        if not pdf.is_file():
            raise DocumentError(f"{name}: không đọc được tệp XPS (tệp hỏng hoặc không phải XPS).")
        return _pdf_text(pdf, name, progress, ocr_cache, source=path)


# ================================================================== scanned images


@functools.cache
def _open_heic() -> None:
    """Let Pillow open an iPhone's .heic photo like any image (registered once per process)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _image_text(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None) -> tuple[str, int]:
    """A scanner's TIFF (one frame a page), a photographed page or a phone's scrolling screenshot (WebP, PNG; cut into
    pages): its frames become the pages of an image-only PDF at the OCR's resolution (a pixel stays a pixel), read
    like any scan, the cache beside the image. A designed image (an infographic in flat colour blocks) is read block
    by block (`index.designed_images`)."""
    import numpy as np
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from index import designed_images
    from index.screenshots import screen_pages

    _open_heic()

    try:
        with Image.open(path) as image:
            frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise DocumentError(f"{name}: không đọc được tệp ảnh (tệp hỏng hoặc không phải ảnh).") from exc
    colour = np.asarray(frames[0].convert("RGB")) if len(frames) == 1 else None  # a scan's pages stay grey only
    if colour is not None and designed_images.is_designed(colour):  # an infographic: read along its own layout
        return designed_images.read_designed(path, colour, name, ocr_cache), 1
    # a scrolling screenshot's one frame is cut into pages (`index.screenshots`); a phone's photo of a page keeps its
    # colours, so a red seal over the signer's name is taken out before OCR (`ocr._without_seal`); a scan, a
    # screenshot (whose red banners hold light letters) stay grey
    photo = colour is not None and photo_pages.lit_unevenly(photo_pages.paper_brightness(
        np.asarray(frames[0].convert("L"))))
    pages = [page.convert("RGB" if photo else "L") for frame in frames for page in screen_pages(frame)]
    with tempfile.TemporaryDirectory(prefix="gdnn-image-") as tmp:
        pdf = Path(tmp) / "scan.pdf"
        pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=ocr.DPI)
        return _pdf_text(pdf, name, progress, ocr_cache, source=path, colour=photo)


def _saved_page(path: Path, name: str) -> str:
    """The page of a web page saved as one file (``html_text.mhtml_page``)."""
    try:
        return mhtml_page(path.read_bytes())
    except ValueError as exc:
        raise DocumentError(f"{name}: tệp .mhtml không chứa trang web nào (tệp hỏng hoặc không phải trang lưu)."
                            ) from exc


_WORKBOOK_KINDS = {".xlsx": "Excel .xlsx", ".xlsm": "Excel có macro .xlsm", ".xls": "Excel 97-2003 .xls",
                   ".ods": "OpenDocument .ods", ".csv": "CSV .csv"}


def _deck(path: Path, name: str) -> list[Block]:
    """The slides of a PowerPoint deck (``slides.deck_blocks``); one whose slides hold no text is none (LibreOffice
    makes an empty deck of any file it cannot read as one)."""
    try:
        blocks = deck_blocks(str(path))
    except ValueError as exc:
        raise DocumentError(f"{name}: không đọc được tệp trình chiếu (tệp hỏng hoặc không phải PowerPoint)."
                            ) from exc
    if all(isinstance(block, str) and _BARE_SLIDE.fullmatch(block) for block in blocks):
        raise DocumentError(f"{name}: tệp trình chiếu không có nội dung chữ (tệp hỏng, rỗng hoặc chỉ có hình ảnh).")
    return blocks


_BARE_SLIDE = re.compile(r"Slide \d+")  # a slide's number with no title: nothing on it read


def _workbook(path: Path, name: str) -> list[Block]:
    """The sheets of a workbook (``sheets.workbook_blocks``)."""
    kind = _WORKBOOK_KINDS[path.suffix.lower()]
    try:
        return workbook_blocks(path)
    except ValueError as exc:
        raise DocumentError(f"{name}: không đọc được bảng tính {kind} (tệp hỏng hoặc không phải {kind}).") from exc


_Member = tuple[str, str, Callable[[], bytes]]  # (name shown in messages, file name to write it as, its bytes)


def _read_members(members: list[_Member], where: str, progress: PageProgress | None, ocr_cache: Path | None,
                  keep_unranked: bool) -> tuple[list[tuple[int, int, PlanFile]], list[str]]:
    """The files of a bundle (a .zip's members, an e-mail's attachments) converted, each with its reading rank
    (``bundles.reading_rank``) and order; what is left out is named in the notes, with its reason. A file that is
    no document, annex or table of the plan is left out when ``keep_unranked`` is false, read last when true."""
    read: list[tuple[int, int, PlanFile]] = []
    notes: list[str] = []
    # several photos or scans of pages (a chat group's "z601….jpg", a phone's "IMG_0412.jpg") are the pages of one
    # document, in the order their names sort, read as one: no page alone says what it is
    photos = sorted((m for m in members if Path(m[1]).suffix in IMAGE_SUFFIXES), key=lambda m: _name_order(m[0]))
    pages = photos if len(photos) > 1 else []
    with tempfile.TemporaryDirectory(prefix="gdnn-bundle-") as tmp:
        for order, member in enumerate(members):
            shown, safe, _ = member
            suffix = Path(safe).suffix
            if suffix in (".zip", ".7z", "") or suffix not in SUPPORTED_SUFFIXES:
                notes.append(f"{shown}: bỏ qua, không hỗ trợ loại tệp '{suffix or '(không có đuôi)'}' trong {where}")
                continue
            if pages and member is pages[0]:  # the pages are read where the first of them stands
                plan = _pages_read(pages, Path(tmp), where, progress, ocr_cache, notes)
            elif member in pages:
                continue
            else:
                plan = _member_read(member, Path(tmp), f"tệp này trong {where}", progress, ocr_cache, notes)
            if plan is None:
                continue
            rank = reading_rank(shown, plan.text)
            if rank is None and len(members) > 1 and not keep_unranked:
                notes.append(f"{shown}: bỏ qua, không phải văn bản, phụ lục hay biểu của kế hoạch")
                continue
            read.append((_UNRANKED if rank is None else rank, order, plan))
    read.sort(key=lambda item: item[:2])
    return read, notes


def _name_order(name: str) -> list[tuple[int, str]]:
    """A file name's sort key with its numbers as numbers: "trang 2.jpg" before "trang 10.jpg"."""
    return [(int(part), "") if part.isdigit() else (0, part.lower()) for part in re.split(r"(\d+)", name)]


def _pages_read(pages: list[_Member], tmp: Path, where: str, progress: PageProgress | None, ocr_cache: Path | None,
                notes: list[str]) -> PlanFile | None:
    """The photos of a document's pages read one after the other as one text (None when no page could be read); a
    page that cannot be read is named in the notes."""
    read = [page for member in pages
            if (page := _member_read(member, tmp, f"trang này trong {where}", progress, ocr_cache, notes))]
    return PlanFile(tmp / pages[0][1], "\n\n".join(p.text for p in read), sum(p.ocr_pages for p in read)) \
        if read else None


def _member_read(member: _Member, tmp: Path, left_out: str, progress: PageProgress | None, ocr_cache: Path | None,
                 notes: list[str]) -> PlanFile | None:
    """A bundle's file written out and converted; None, with the reason in the notes, when it cannot be read
    (``left_out`` says what is skipped where: "tệp này trong tệp nén")."""
    shown, safe, data = member
    target = tmp / safe
    target.write_bytes(data())
    try:
        return convert(target, shown, progress=progress, ocr_cache=ocr_cache)
    except DocumentError as exc:
        notes.append(f"{exc}; đã bỏ qua {left_out}")
        return None


_UNRANKED = 3  # after the annexes: a file the sender attached that is no document of the plan
_LETTER_RANK = 1.5  # an e-mail's letter: after the documents it sends, before their annexes


def _bundle(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None) -> PlanFile:
    """A .zip or .7z of one plan's files read as one document: the decision, the plan, its annexes (``bundles``);
    what is left out is named in the notes, with its reason."""
    try:
        members = archive_members(path)
    except ValueError as exc:
        raise DocumentError(f"{name}: không mở được tệp nén {path.suffix.lower()} ({exc}).") from exc
    with opened_archive(path) as read_member:
        read, notes = _read_members(
            [(f"{name}/{m.name}", m.safe, partial(read_member, m.name)) for m in members], "tệp nén", progress,
            ocr_cache, keep_unranked=False)
    if not read:
        raise DocumentError(f"{name}: tệp nén không chứa văn bản nào đọc được" + (f" ({'; '.join(notes)})" if notes
                                                                                  else "."))
    return PlanFile(path, files_joined(plan.text for _, _, plan in read), sum(p.ocr_pages for _, _, p in read),
                    tuple(notes))


def _message(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None) -> PlanFile:
    """An e-mail (``email_message``): its attached documents, its letter, then their annexes, as one document."""
    try:
        letter, attachments = read_message(path.read_bytes())
    except ValueError as exc:
        raise DocumentError(f"{name}: không đọc được thư điện tử .eml ({exc}).") from exc
    read, notes = _read_members(_attached(name, attachments), "thư", progress, ocr_cache, keep_unranked=True)
    parts = [(rank, plan.text) for rank, _, plan in read] + [(_LETTER_RANK, letter)]
    parts.sort(key=lambda item: item[0])
    return PlanFile(path, files_joined(text for _, text in parts if text.strip()),
                    sum(p.ocr_pages for _, _, p in read), tuple(notes))


def _pdf(path: Path, name: str, progress: PageProgress | None, ocr_cache: Path | None) -> PlanFile:
    """A PDF's pages, then the files attached inside it (``pdf_attachments``: an e-office decision carrying its
    annexes) in a bundle's order, the documents before the annexes; an attachment left out is named in the notes."""
    text, ocr_pages = _pdf_text(path, name, progress, ocr_cache)
    try:
        attachments = attached_files(path)
    except ValueError as exc:
        return PlanFile(path, text, ocr_pages, (f"{name}: bỏ qua các tệp đính kèm ({exc})",))
    # a PDF keeps its files by key, not in the order attached: read in their names' order ("PL-I" before "PL-II")
    attachments.sort(key=lambda a: _name_order(a.name))
    read, notes = _read_members(_attached(name, attachments), "tệp PDF", progress, ocr_cache, keep_unranked=True)
    return PlanFile(path, files_joined([text, *(plan.text for _, _, plan in read)]),
                    ocr_pages + sum(p.ocr_pages for _, _, p in read), tuple(notes))


def _attached(name: str, attachments: list[Attachment]) -> list[_Member]:
    """Files sent inside another as a bundle's members, shown under the sender's name and written by their place."""
    return [(f"{name}/{a.name}", f"{n:02d}{Path(a.name).suffix.lower()}", partial(bytes, a.data))
            for n, a in enumerate(attachments)]


# ================================================================== one entry point


def convert(
    path: Path | str, name: str | None = None, *, progress: PageProgress | None = None, ocr_cache: Path | None = None
) -> PlanFile:
    """The text of a plan file by its suffix; `name` is how messages refer to it (default: the file name).

    Raises `DocumentError` (Vietnamese, naming the file) for an unsupported
    type or an unreadable, corrupt, locked or empty file, or a scan that
    cannot be OCR'd. ``progress`` and ``ocr_cache`` are for scanned PDFs.
    """
    path = Path(path)
    name = name or path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise unsupported(name, suffix)
    ocr_pages = 0
    notes: tuple[str, ...] = ()
    try:
        if suffix in (".txt", ".md"):
            return PlanFile(path, decode_plan(Path(name), path.read_bytes()))
        if suffix == ".pdf":
            pdf = _pdf(path, name, progress, ocr_cache)
            text, ocr_pages, notes = pdf.text, pdf.ocr_pages, pdf.notes
        elif suffix == ".docx":
            text, ocr_pages = _docx_text(path, name, progress, ocr_cache)
        elif suffix in (".xps", ".oxps"):
            text, ocr_pages = _xps_text(path, name, progress, ocr_cache)
        elif suffix in IMAGE_SUFFIXES:
            text, ocr_pages = _image_text(path, name, progress, ocr_cache)
        elif suffix in (".html", ".htm"):
            text = render(html_blocks(decode_html(path.read_bytes())))
        elif suffix in (".mhtml", ".mht"):
            text = render(html_blocks(_saved_page(path, name)))
        elif suffix == ".epub":
            text = render(epub_blocks(path, name))
        elif suffix in _WORKBOOK_KINDS:
            text = render(_workbook(path, name))
        elif suffix in (".zip", ".7z", ".eml"):
            bundle = (_message if suffix == ".eml" else _bundle)(path, name, progress, ocr_cache)
            text, ocr_pages, notes = bundle.text, bundle.ocr_pages, bundle.notes
        elif suffix in _DECK_XML:
            text = render(_deck(path, name))
        elif suffix in _DECK_KINDS:
            text = _old_deck_text(path, name)
        else:
            text, ocr_pages = _office_text(path, name, suffix, progress, ocr_cache)
    except OSError as exc:
        raise DocumentError(f"{name}: không đọc được tệp ({exc.strerror or exc})") from exc
    text = _tidy(text)
    if not text.strip():
        raise DocumentError(f"{name}: tệp không có nội dung chữ.")
    if not _readable(text):
        raise DocumentError(f"{name}: nội dung đọc ra không phải chữ (tệp hỏng hoặc không phải văn bản).")
    return PlanFile(path, text, ocr_pages, notes)
