"""Hand-made OpenXPS documents, laid out as Windows' "Microsoft XPS Document Writer" writes a printed Word file.

An `.oxps` is a ZIP package: the content types, the package relationships pointing at a FixedDocumentSequence, one
FixedDocument listing its FixedPages, and per page the text as ``Glyphs`` elements (an origin, a size, a font part and
the line's Unicode string) with table rulings as ``Path`` elements; the font is embedded obfuscated (an ``.odttf``
part: its first 32 bytes XOR-ed with the GUID of its name), as the writer does.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from PIL import ImageFont

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
_PAGE = (793.76, 1122.56)  # A4 in 1/96 inch
_MARGIN, _SIZE, _LEADING = 75.0, 17.33, 24.0  # 13 pt text
_NS = "http://schemas.openxps.org/oxps/v1.0"
_REL = "http://schemas.openxps.org/oxps/v1.0"


def _obfuscated(font: bytes, guid: uuid.UUID) -> bytes:
    """The font as XPS embeds it: its first 32 bytes XOR-ed with the GUID's bytes, last hex pair first."""
    key = bytes.fromhex(guid.hex)
    head = bytes(b ^ key[15 - i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


class _Pages:
    """Lines placed page by page, top to bottom; a new page when one is full."""

    def __init__(self, split_words: bool) -> None:
        self.pages: list[list[str]] = [[]]
        self.y = _MARGIN + _SIZE
        self.split_words = split_words
        self.metrics = {False: ImageFont.truetype(_FONT, 100), True: ImageFont.truetype(_FONT_BOLD, 100)}
        self.fonts = {False: f"/Resources/{str(uuid.uuid4()).upper()}.odttf",
                      True: f"/Resources/{str(uuid.uuid4()).upper()}.odttf"}

    def width(self, text: str, bold: bool = False, size: float = _SIZE) -> float:
        return self.metrics[bold].getlength(text) * size / 100

    def room(self, height: float) -> None:
        if self.y + height > _PAGE[1] - _MARGIN:
            self.pages.append([])
            self.y = _MARGIN + _SIZE

    def glyphs(self, text: str, x: float, y: float, bold: bool = False, justify: float = 0,
               size: float = _SIZE) -> None:
        """A line's glyphs from ``x``; ``justify``: the width its words are spread over (the writer then places each
        word as a run of its own, as it does for every line when it splits words)."""
        runs = [(text, x)]
        if self.split_words or justify:
            words = text.split(" ")
            spare = max(0.0, justify - self.width(text, bold, size)) / max(1, len(words) - 1) if justify else 0
            runs, at = [], x
            for word in words:
                runs.append((word, at))
                at += self.width(word + " ", bold, size) + spare
        for run, at in runs:
            if run:
                self.pages[-1].append(
                    f'<Glyphs Fill="#ff000000" FontUri="{self.fonts[bold]}" FontRenderingEmSize="{size}" '
                    f'OriginX="{at:.2f}" OriginY="{y:.2f}" UnicodeString={quoteattr(run)} />')

    def path(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(f'<Path Stroke="#ff000000" StrokeThickness="0.75" Data="M {x0:.2f},{y0:.2f} '
                              f'L {x1:.2f},{y1:.2f}" />')

    def wrapped(self, text: str, width: float, bold: bool = False) -> list[str]:
        lines, line = [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and self.width(trial, bold) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        return [*lines, line] if line else lines

    def paragraph(self, text: str, bold: bool = False, centred: bool = False) -> None:
        width = _PAGE[0] - 2 * _MARGIN
        lines = self.wrapped(text, width, bold)
        for i, line in enumerate(lines):
            self.room(_LEADING)
            x = _MARGIN + (width - self.width(line, bold)) / 2 if centred else _MARGIN
            self.glyphs(line, x, self.y, bold, justify=width if i < len(lines) - 1 and not centred else 0)
            self.y += _LEADING

    def columns(self, left: list[str], right: list[str]) -> None:
        """Two blocks side by side (the issuer and the national motto), each centred in its column: two fifths of
        the width and three, in 11 pt, as Word's header table has them."""
        full = _PAGE[0] - 2 * _MARGIN
        columns = ((_MARGIN, full * 0.4), (_MARGIN + full * 0.4, full * 0.6))
        for i in range(max(len(left), len(right))):
            self.room(_LEADING)
            for (start, width), lines in zip(columns, (left, right), strict=True):
                if i < len(lines):
                    x = start + (width - self.width(lines[i], True, 14.67)) / 2
                    self.glyphs(lines[i], x, self.y, bold=True, size=14.67)
            self.y += _LEADING
        self.y += _LEADING / 2

    def table(self, rows: list[list[str]], widths: list[float]) -> None:
        """Ruled cells, each cell's text wrapped in its column; a row does not break over a page."""
        total = _PAGE[0] - 2 * _MARGIN
        lefts = [_MARGIN + total * sum(widths[:i]) / sum(widths) for i in range(len(widths) + 1)]
        for r, row in enumerate(rows):
            cells = [self.wrapped(c, lefts[i + 1] - lefts[i] - 8, r == 0) for i, c in enumerate(row)]
            height = max(len(c) for c in cells) * _LEADING + 8
            self.room(height)
            top = self.y - _SIZE
            for i, lines in enumerate(cells):
                for k, line in enumerate(lines):
                    self.glyphs(line, lefts[i] + 4, self.y + 4 + k * _LEADING, bold=r == 0)
            for x in lefts:
                self.path(x, top, x, top + height)
            self.path(lefts[0], top, lefts[-1], top)
            self.path(lefts[0], top + height, lefts[-1], top + height)
            self.y += height
        self.y += _LEADING / 2


def make_oxps(path: Path, header: tuple[list[str], list[str]], title: list[str], body: list[str],
              rows: list[list[str]] | None = None, widths: list[float] | None = None, after: list[str] = (),
              *, split_words: bool = False) -> Path:
    """An OpenXPS file of a document: its two-column header, its centred bold title, body paragraphs (a line
    starting "**" is bold), an optional ruled table after the body, then ``after`` (the signature, "Nơi nhận")."""
    pages = _Pages(split_words)
    pages.columns(*header)
    for line in title:
        pages.paragraph(line, bold=True, centred=True)
    for line in body:
        pages.paragraph(line.removeprefix("**"), bold=line.startswith("**"))
    if rows:
        pages.table(rows, widths or [1] * len(rows[0]))
    for line in after:
        pages.paragraph(line.removeprefix("**"), bold=line.startswith("**"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-'
            'fixeddocumentsequence+xml"/><Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-'
            'fixeddocument+xml"/><Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage'
            '+xml"/><Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype"/>'
            '</Types>'))
        package.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Type="{_REL}/fixedrepresentation" Target="/FixedDocumentSequence.'
            'fdseq" Id="R0"/></Relationships>'))
        package.writestr("FixedDocumentSequence.fdseq", (
            f'<FixedDocumentSequence xmlns="{_NS}"><DocumentReference Source="/Documents/1/FixedDocument.fdoc"/>'
            '</FixedDocumentSequence>'))
        package.writestr("Documents/1/FixedDocument.fdoc", (
            f'<FixedDocument xmlns="{_NS}">' + "".join(
                f'<PageContent Source="/Documents/1/Pages/{i}.fpage"/>' for i in range(1, len(pages.pages) + 1))
            + '</FixedDocument>'))
        for i, page in enumerate(pages.pages, 1):
            package.writestr(f"Documents/1/Pages/{i}.fpage", (
                f'<FixedPage xmlns="{_NS}" Width="{_PAGE[0]}" Height="{_PAGE[1]}" xml:lang="vi-VN">'
                + "".join(page) + '</FixedPage>'))
            fonts = "".join(
                f'<Relationship Type="http://schemas.microsoft.com/xps/2005/06/required-resource" '
                f'Target="{uri}" Id="F{k}"/>' for k, uri in enumerate(pages.fonts.values()))
            package.writestr(f"Documents/1/Pages/_rels/{i}.fpage.rels", (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                f'package/2006/relationships">{fonts}</Relationships>'))
        for bold, font in ((False, _FONT), (True, _FONT_BOLD)):
            uri = pages.fonts[bold]
            guid = uuid.UUID(uri.rsplit("/", 1)[1].removesuffix(".odttf"))
            package.writestr(uri.lstrip("/"), _obfuscated(Path(font).read_bytes(), guid))
    return path
