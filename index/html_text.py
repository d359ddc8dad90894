"""A web page saved as .html/.htm to lines and tables, the way a browser shows it.

Legal-document web sites are where officials find a province's plan, and
"Save page as… HTML" is how they keep it. The page holds the plan among the
site's menus and scripts, its tables (the web metadata table, the target
table with merged headers, the annex of tasks) as HTML tables, the numbers of
``<ol>`` lists only as the browser draws them, entities and, on pages made on
a Mac, decomposed diacritics. This reader keeps what a reader sees:

- script, style, forms, ``<nav>``/``<aside>`` and a page's own
  ``<header>``/``<footer>`` (not an article's) are dropped; so are hidden
  elements and footnote marks (``<sup>1</sup>``);
- block elements and ``<br>`` end lines; ``<ol>``/``<ul>`` items get the
  number or bullet the browser draws;
- tables go through the same rules as Word's (`cells.layout_grid`): a data
  table becomes rows of cell texts, a merged cell (colspan/rowspan) repeated
  in every position it covers; a layout table (the national header, the
  signature block, a page laid out in a table) gives its cells' lines.

The rest of the pipeline (metadata labels, web chrome after the signature,
pipe tables) reads the result like any pasted web page.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from index.cells import Block, Row, cell_text, layout_grid
from index.css_lists import ListStyles, list_styles
from index.vocab.markers import PICTOGRAPHS

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_DROPPED = {"script", "style", "noscript", "template", "head", "title", "form", "button", "select", "textarea",
            "iframe", "svg", "object", "canvas", "nav", "aside"}
_PAGE_FRAME = {"header", "footer"}  # the site's, unless inside the article itself
_ARTICLE = {"article", "main"}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
           "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
           "var", "img", "wbr", "o:p"}
_CELLS = {"td", "th"}
_TABLE_PARTS = {"thead", "tbody", "tfoot", "tr", "caption", "colgroup", "col"}
# An element that closes an open one of these when it starts (HTML lets authors leave them open).
_IMPLIED_END = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
                "td": {"td", "th"}, "th": {"td", "th"}, "thead": {"thead", "tbody", "tr", "td", "th"},
                "tbody": {"thead", "tbody", "tr", "td", "th"}, "tfoot": {"tbody", "tr", "td", "th"}}
_SCOPE = {"table", "ul", "ol", "dl"}  # implied ends never reach through these
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class or id words of a site's furniture: "ads-box", "ad-top", "quangcao", "breadcrumb", "share-buttons", a menu,
# a side column ("col-side", "sidebar"), a related-news box ("related", "tin-lien-quan"), the site's footer.
_FURNITURE = re.compile(
    r"(?<![a-z])(?:ads?|adv|advert\w*|banner|quang-?cao|breadcrumbs?|share\w*|social|menu|navbar|nav|sidebar|side"
    r"|widget|related|lien-?quan|footer|copyright|pagination|pager|topbar|toolbar)(?![a-z])", re.I
)
# Containers a block of links may be: a menu, a list of headlines, a bar of links. Such a block (at least NAV_LINKS
# links, and outside them at most NAV_OUTSIDE as many letters as inside: a date, a "|", a box's title) is the site's
# navigation wherever it stands. A plan's paragraph citing laws by links ("Căn cứ <a>Luật …</a>;") is a paragraph,
# never one of these; a block of such paragraphs has its "Căn cứ", "ngày … tháng … năm" outside the links.
_NAV_CONTAINERS = {"div", "section", "ul", "ol", "dl", "table", "tr", "td"}
NAV_LINKS = 3
NAV_OUTSIDE = 0.1
_RULED = re.compile(r"border(?:-\w+)*\s*:\s*(?!none|0(?:px)?\b|hidden)[^;]*", re.I)
_FOOTNOTE_MARK = re.compile(r"^\s*[\[(]?\d{1,3}[\])]?\s*$")
# A link to a footnote at the end of the page, as Google Docs ("#ftnt1") and Word ("#_ftn1") export them: the mark
# where the note belongs (``index.footnotes`` places the note there).
_TO_FOOTNOTE = re.compile(r"^#_?ftnt?(\d{1,3})$")
# A reviewer's comment, as Google Docs ("cmnt1", its mark linking to "#cmnt1") and Word ("_msocom_1", its comments
# in a block styled "mso-element:comment-list") export them: the mark in the text and the comment at the end are no
# words of the document.
_COMMENT_ANCHOR = re.compile(r"^#?(?:cmnt|_msocom_)\d{1,3}$")
_COMMENT_BLOCK = re.compile(r"mso-element\s*:\s*comment", re.IGNORECASE)
_COMMENT_MARK = 8  # letters at most of a comment's mark: "[a]", Word's "[TN1]"
_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML's white space (not U+00A0, which is a real space in the text)


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)
    # (links, letters inside links, all letters) of its visible text, counted once (``_link_counts``)
    counts: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class _TreeBuilder(HTMLParser):
    """A forgiving element tree: void elements, implied ends and stray end tags as browsers treat them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[i].tag
            if open_tag in _SCOPE:
                break
            if open_tag in _IMPLIED_END.get(tag, ()):
                del self.stack[i:]
                break
        element = _Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def decode_html(data: bytes) -> str:
    """The page's text by its declared charset (UTF-8 when none or a wrong one), Vietnamese Windows-1258 last."""
    declared = _CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii", "ignore")] if declared else []
    for encoding in (*encodings, "utf-8-sig", "cp1258"):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def mhtml_page(data: bytes) -> str:
    """The page of a web page saved as one file (``.mhtml``/``.mht``: a browser's "Webpage, single file"): the
    first HTML part of the MIME archive, its transfer encoding (quoted-printable, base64) undone and decoded by its
    charset; the images and style sheets beside it are no text. Raises ``ValueError`` when the archive holds no
    HTML page."""
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset:
                    try:
                        return payload.decode(charset)
                    except (LookupError, UnicodeDecodeError):
                        pass
                return decode_html(payload)
    raise ValueError("no HTML page in the archive")


def _anchors(element: _Element) -> list[_Element]:
    """The links inside an element (itself first), in order."""
    found = [element] if element.tag == "a" else []
    for child in element.children:
        if isinstance(child, _Element):
            found += _anchors(child)
    return found


def _footnote_link(element: _Element) -> str:
    """The number of the footnote a mark links to ("<sup><a href="#ftnt1">[1]</a></sup>"), or ""."""
    links = _anchors(element)
    if len(links) != 1 or not _FOOTNOTE_MARK.match(element.text()):
        return ""
    found = _TO_FOOTNOTE.match(links[0].attrs.get("href", ""))
    return found.group(1) if found else ""


def _comment(element: _Element) -> bool:
    """Whether an element is a reviewer's comment: its mark in the text ("<sup><a href="#cmnt1">[a]</a></sup>") or
    the comment itself at the end (a block opening with the link back, "<a id="cmnt1">[a]</a> Sở Y tế góp ý …")."""
    if _COMMENT_BLOCK.search(element.attrs.get("style", "")):
        return True
    links = _anchors(element)
    if not links:
        return False
    first = links[0].attrs
    if element.tag in ("sup", "a"):
        return bool(_COMMENT_ANCHOR.match(first.get("href", ""))) and len(element.text().strip()) <= _COMMENT_MARK
    return any(_COMMENT_ANCHOR.match(first.get(k, "")) for k in ("id", "name")) \
        and element.text().lstrip().startswith(links[0].text().strip())


def html_blocks(page: str) -> list[Block]:
    """The lines and tables a reader sees on the page, in order."""
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    writer = _Writer(list_styles(page))
    writer.walk(builder.root, in_article=False)
    return writer.finish()


class _Writer:
    """Walks the tree, gathering inline text into the current line and ending it at block boundaries."""

    def __init__(self, lists: ListStyles | None = None) -> None:
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.pre = 0
        self.lists = lists or ListStyles()
        self.marker: str | None = None  # an item's marker not yet followed by its text

    def finish(self) -> list[Block]:
        self.end_line()
        return self.blocks

    def end_line(self) -> None:
        if self.marker is not None and "".join(self.line).strip() == self.marker.strip():
            return  # "I. " before the heading an item holds (<li><h1>…</h1></li>): the marker opens that line
        text = "".join(self.line)
        self.line = []
        lines = text.split("\n") if self.pre else [text]
        for line in lines:
            line = line.rstrip() if self.pre else _SPACE.sub(" ", line).strip()
            if line:
                self.blocks.append(line)

    def walk(self, element: _Element, in_article: bool) -> None:
        for child in element.children:
            if isinstance(child, str):
                self.line.append(child)
            else:
                self.element(child, in_article)

    def element(self, element: _Element, in_article: bool) -> None:
        tag = element.tag
        if tag in _DROPPED or (tag in _PAGE_FRAME and not in_article) or _hidden(element) or _navigation(element):
            return
        if tag == "br":
            if self.pre:
                self.line.append("\n")
            else:
                self.end_line()
            return
        if tag in ("sup", "a") and (note := _footnote_link(element)):
            self.line.append(f"[^{note}]")
            return
        if tag in ("sup", "a", "div", "p") and _comment(element):
            return
        if tag == "sup" and _FOOTNOTE_MARK.match(element.text()):
            return
        if tag == "img":
            # a social page draws its emoji as images ("<img alt="🎯" src=…/1f3af.png>"): the emoji is the text; a
            # photo's description is none
            alt = element.attrs.get("alt", "").strip()
            if PICTOGRAPHS.fullmatch(alt):
                self.line.append(alt)
            return
        if tag in _INLINE:
            self.walk(element, in_article)
            return
        if tag == "table":
            self.end_line()
            self.table(element, in_article)
            return
        self.end_line()
        if tag in ("ol", "ul"):
            self.items(element, in_article)
        else:
            self.pre += tag == "pre"
            self.walk(element, in_article or tag in _ARTICLE)
            self.end_line()
            self.pre -= tag == "pre"

    def items(self, listing: _Element, in_article: bool) -> None:
        """List items with the marker the browser draws before them ("1.", "a.", "-")."""
        number = _int(listing.attrs.get("start"), 1)
        kind = listing.attrs.get("type", "1")
        for child in listing.children:
            if isinstance(child, str) or child.tag != "li":
                if not isinstance(child, str):
                    self.element(child, in_article)
                continue
            number = _int(child.attrs.get("value"), number)
            if _hidden(child):
                number += 1
                continue
            # the marker the page's style sheet draws (a Google Docs export's "I.", "a)"; it opens the line of the
            # heading the item holds), else the list type's
            self.marker = self.lists.marker(listing.attrs.get("class", ""), number)
            self.line.append(self.marker if self.marker is not None else (_ordinal(number, kind) + ". ")
                             if listing.tag == "ol" else "- ")
            self.walk(child, in_article)
            self.marker = None
            self.end_line()
            number += 1

    def table(self, table: _Element, in_article: bool) -> None:
        rows = _rows(table)
        cells = [cell for row in rows for cell in row]
        nested = any(_descendant(cell, "table") for cell in cells)
        stacked = sum(len(_cell_lines(cell, in_article)) > 1 for cell in cells)
        if nested or layout_grid([len(row) for row in rows], stacked, _ruled(table, cells)):
            for cell in cells:
                self.walk(cell, in_article)
                self.end_line()
            return
        grid = _grid(rows, lambda cell: cell_text("\n".join(_cell_lines(cell, in_article))))
        if grid:
            self.blocks.append(grid)


def _hidden(element: _Element) -> bool:
    """Not shown, or a site's own furniture by its class or id: an ad box, a breadcrumb trail, a share bar."""
    names = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')}"
    return ("hidden" in element.attrs or bool(_HIDDEN.search(element.attrs.get("style", "")))
            or bool(_FURNITURE.search(names)))


def _navigation(element: _Element) -> bool:
    """A block made of links: the site's menu, a "Tin liên quan" list, a bar of links (see NAV_LINKS)."""
    if element.tag not in _NAV_CONTAINERS:
        return False
    links, linked, letters = _link_counts(element)
    return links >= NAV_LINKS and letters - linked <= NAV_OUTSIDE * linked


def _link_counts(element: _Element) -> tuple[int, int, int]:
    """(links, letters inside links, all letters) of an element's visible text; digits are no letters. Counted
    once per element: the writer asks it of every container on the way down."""
    if element.counts is None:
        links = linked = letters = 0
        for child in element.children:
            if isinstance(child, str):
                letters += sum(c.isalpha() for c in child)
            elif child.tag not in _DROPPED and not _hidden(child):
                n, k, t = _link_counts(child)
                if child.tag == "a":  # all its text is a link's; a link inside it counts as none
                    links, linked = links + 1, linked + t
                else:
                    links, linked = links + n, linked + k
                letters += t
        element.counts = (links, linked, letters)
    return element.counts


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().lstrip("-").isdigit() else default


def _ordinal(number: int, kind: str) -> str:
    if kind in ("a", "A"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord(kind) + rest) + letters
        return letters
    if kind in ("i", "I"):
        roman = ""
        for value, mark in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            count, number = divmod(number, value)
            roman += mark * count
        return roman.upper() if kind == "I" else roman
    return str(number)


def _descendant(element: _Element, tag: str) -> bool:
    return any(not isinstance(c, str) and (c.tag == tag or _descendant(c, tag)) for c in element.children)


def _rows(table: _Element) -> list[list[_Element]]:
    """The table's own rows (not a nested table's) as lists of their cells."""
    rows: list[list[_Element]] = []

    def visit(element: _Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                continue
            if child.tag == "tr":
                rows.append([c for c in child.children if not isinstance(c, str) and c.tag in _CELLS])
            elif child.tag in _TABLE_PARTS:
                visit(child)

    visit(table)
    return [row for row in rows if row]


def _cell_lines(cell: _Element, in_article: bool) -> list[str]:
    writer = _Writer()
    writer.walk(cell, in_article)
    return [b for b in writer.finish() if isinstance(b, str)]


def _ruled(table: _Element, cells: list[_Element]) -> bool:
    """Whether the table draws lines: a border attribute or a border style on it or its cells."""
    border = table.attrs.get("border", "").strip()
    if border and border != "0":
        return True
    return any(_RULED.search(e.attrs.get("style", "")) for e in (table, *cells))


def _grid(rows: list[list[_Element]], text) -> list[Row]:
    """Rows of cell texts with colspan/rowspan expanded: a merged cell stands in every position it covers."""
    grid: list[Row] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered) from a rowspan above
    for row in rows:
        out: Row = []
        cells = iter(row)
        while True:
            column = len(out)
            if column in pending:
                value, left = pending[column]
                out.append(value)
                pending[column] = (value, left - 1)
                if left <= 1:
                    del pending[column]
                continue
            cell = next(cells, None)
            if cell is None:
                break
            value = text(cell)
            span, down = max(1, _int(cell.attrs.get("colspan"), 1)), max(1, _int(cell.attrs.get("rowspan"), 1))
            for _ in range(span):
                if down > 1:
                    pending[len(out)] = (value, down - 1)
                out.append(value)
        for column in sorted(c for c in pending if c >= len(out)):  # rowspans past the row's own cells
            while len(out) < column:
                out.append("")
            value, left = pending.pop(column)
            out.append(value)
            if left > 1:
                pending[column] = (value, left - 1)
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]
