"""An EPUB e-book (.epub) to lines and tables, in its reading order.

A Sở publishes its handbook ("Sổ tay hỏi – đáp …") for the province's reading app and commune libraries as an
e-book. An EPUB is a zip of XHTML files whose order only the package's spine gives (file names and the manifest
may run otherwise); its navigation document repeats every heading as a table of contents; its notes stand apart
from the words that call them: an ``<aside>`` after the paragraph, a list in an endnotes file, a pop-up file off
the spine. This reader follows the spine (what the reading app shows, then any file it shows only on demand),
leaves the navigation out, and writes each note call as the other readers do (`footnotes.note_mark`) with the
note's text after the book ("[3] …"), so the pipeline puts each note where it is called. Each file's page goes
through `html_text` like a saved web page.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag

from lxml import etree

from index.cells import Block
from index.documents import DocumentError
from index.footnotes import note_mark
from index.html_text import decode_html, html_blocks

_CONTAINER = "META-INF/container.xml"
_OPS = "{http://www.idpf.org/2007/ops}type"
_PAGES = {"application/xhtml+xml", "text/html"}
# What marks a note call and a note, in EPUB 3's vocabulary (epub:type) and ARIA's (role), as e-book tools write them
_CALL = {"noteref", "doc-noteref"}
_NOTE = {"footnote", "endnote", "rearnote", "note", "doc-footnote", "doc-endnote"}
_BACKLINK = {"backlink", "doc-backlink", "footnote-back"}
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True)
# A note's number as a link shows it: "1", "[2]", "(3)", "*"; a note a link calls is a short passage.
_NOTE_NUMBER = re.compile(r"^\s*[\[(]?(?:\d{1,3}|[*†‡])[\])]?\s*\ufe0e?\s*$")
_NOTE_CHARS = 1500
_INLINE = {"a", "span", "sup", "sub", "em", "strong", "b", "i", "small"}
_NOT_NOTES = {"html", "body", "section", "nav", "h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass(frozen=True)
class _Page:
    name: str  # the file's path in the zip
    tree: etree._Element


def epub_blocks(path: Path, name: str) -> list[Block]:
    """The book's lines and tables in spine order, its notes after them; a `DocumentError` naming the file for a
    zip that is no e-book, a book with no readable page, or one locked by DRM."""
    try:
        with zipfile.ZipFile(path) as book:
            members = set(book.namelist())
            if "META-INF/encryption.xml" in members and _encrypted(book.read("META-INF/encryption.xml")):
                raise DocumentError(f"{name}: sách điện tử được khóa bản quyền (DRM), không đọc được nội dung.")
            pages = [_Page(page, _parsed(book.read(page))) for page in _reading_order(book, members, name)]
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise DocumentError(f"{name}: không phải tệp EPUB hợp lệ ({exc}).") from exc
    ids = {(page.name, e.get("id", "")): e for page in pages for e in page.tree.iter() if e.get("id")}
    calls = [(page, e, target) for page in pages for e in page.tree.iter()
             if (target := _called_note(page.name, e, ids)) is not None and target is not e]
    keys: dict[etree._Element, str] = {}  # each note → its key, in the order the book first calls it
    for _, _, note in calls:
        keys.setdefault(note, str(len(keys) + 1))
    for page in pages:  # notes marked as such that nothing calls keep a key after them, so their text is not lost
        for e in page.tree.iter():
            if _kinds(e) & _NOTE and e.get("id"):
                keys.setdefault(e, str(len(keys) + 1))
    notes: list[Block] = []
    for _, call, note in calls:
        _replace_with_text(call, note_mark(keys[note]))
    for page in pages:
        for e in list(page.tree.iter()):
            if e in keys and e.getparent() is not None:
                for link in [a for a in e.iter() if _local(a) == "a" and _is_backlink(a)]:
                    _drop(link)
                if text := " ".join(etree.tostring(e, method="text", encoding="unicode").split()):
                    notes.append(f"[{keys[e]}] {text}")
                _drop(e)
    blocks: list[Block] = []
    for page in pages:
        for link in [e for e in page.tree.iter() if _kinds(e) & _BACKLINK]:
            _drop(link)
        blocks.extend(html_blocks(decode_html(etree.tostring(page.tree, method="html", encoding="utf-8"))))
    if not any(blocks):
        raise DocumentError(f"{name}: sách điện tử không có trang chữ nào đọc được.")
    return blocks + notes


def _reading_order(book: zipfile.ZipFile, members: set[str], name: str) -> list[str]:
    """The pages of the spine (linear ones first, then those shown only on demand), never the navigation."""
    if _CONTAINER not in members:
        raise DocumentError(f"{name}: không phải tệp EPUB hợp lệ (thiếu {_CONTAINER}).")
    rootfile = next((e.get("full-path") for e in _xml(book.read(_CONTAINER)).iter()
                     if _local(e) == "rootfile" and e.get("full-path")), None)
    if not rootfile or rootfile not in members:
        raise DocumentError(f"{name}: không phải tệp EPUB hợp lệ (không tìm thấy tệp gói nội dung).")
    package = _xml(book.read(rootfile))
    base = posixpath.dirname(rootfile)
    manifest = {e.get("id"): e for e in package.iter() if _local(e) == "item"}
    spine = [e for e in package.iter() if _local(e) == "itemref"]
    order = [e for e in spine if e.get("linear") != "no"] + [e for e in spine if e.get("linear") == "no"]
    pages = []
    for ref in order:
        item = manifest.get(ref.get("idref"))
        if item is None or item.get("media-type") not in _PAGES or "nav" in (item.get("properties") or "").split():
            continue
        page = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        if page in members and page not in pages:
            pages.append(page)
    return pages


def _parsed(data: bytes) -> etree._Element:
    """An XHTML page as a tree; a page that is not well-formed XML is read as HTML, as a reading app would."""
    try:
        return _xml(data)
    except etree.XMLSyntaxError:
        return etree.fromstring(decode_html(data).encode(), etree.HTMLParser())


def _called_note(page: str, element: etree._Element, ids: dict[tuple[str, str], etree._Element]
                 ) -> etree._Element | None:
    """The note a link calls: a link marked as a note call (epub:type "noteref", role "doc-noteref"), or one whose
    text is only a note's number ("1", "[2]", "*") pointing at a short passage of the book, as Word-made books write
    them; the note is the passage's block (a paragraph, an item, an aside), not an anchor inside it."""
    if _local(element) != "a" or not element.get("href") or _kinds(element) & _BACKLINK:
        return None
    target = ids.get(_target(page, element.get("href", "")))
    text = "".join(element.itertext())
    if target is None or not (_kinds(element) & _CALL or _NOTE_NUMBER.match(text)) or _opens_block(element):
        return None  # a link that opens its paragraph is a note's own number, leading back to its call
    while _local(target) in _INLINE and target.getparent() is not None:
        target = target.getparent()
    if _local(target) in _NOT_NOTES or len("".join(target.itertext())) > _NOTE_CHARS:
        return None  # a chapter or its heading, not a note
    return target


def _opens_block(link: etree._Element) -> bool:
    """Whether no text stands before a link in its paragraph (or item, or aside)."""
    block = link.getparent()
    while block is not None and _local(block) in _INLINE and block.getparent() is not None:
        block = block.getparent()
    if block is None:
        return False
    before = [t for t in link.xpath("preceding::text()")
              if (owner := t.getparent()) is block or block in owner.iterancestors()]
    return not "".join(before).strip()


def _is_backlink(link: etree._Element) -> bool:
    """A link in a note back to where it is called: so marked, or only the note's number or an arrow ("↩︎")."""
    return bool(_kinds(link) & _BACKLINK) or bool(_NOTE_NUMBER.match("".join(link.itertext()).replace("↩", "1")))


def _kinds(element: etree._Element) -> set[str]:
    """What an element says it is: its epub:type and role words, and a pandoc backlink's class."""
    if not isinstance(element.tag, str):
        return set()
    words = f"{element.get(_OPS, '')} {element.get('epub:type', '')} {element.get('role', '')}".split()
    return set(words) | ({"footnote-back"} & set((element.get("class") or "").split()))


def _target(page: str, href: str) -> tuple[str, str]:
    """(page, id) a link points at, its file resolved against the page it stands in."""
    file, fragment = urldefrag(href)
    return (posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(file))) if file else page), fragment


def _replace_with_text(element: etree._Element, text: str) -> None:
    """The element gives way to ``text``, kept with the words around it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text + tail
    else:
        parent.text = (parent.text or "") + text + tail
    parent.remove(element)


def _drop(element: etree._Element) -> None:
    _replace_with_text(element, "")


def _encrypted(data: bytes) -> bool:
    """Content locked by DRM; fonts obfuscated under the IDPF's own algorithm are no lock on the text."""
    methods = [e.get("Algorithm", "") for e in _xml(data).iter() if _local(e) == "EncryptionMethod"]
    return any(not m.endswith(("idpf.org/2008/embedding", "ns.adobe.com/pdf/enc#RC")) for m in methods)


def _xml(data: bytes) -> etree._Element:
    """A package file parsed without fetching or expanding anything it refers to."""
    return etree.fromstring(data, _SAFE)


def _local(element: etree._Element) -> str:
    """An element's name without its namespace ("" for a comment or processing instruction)."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""
