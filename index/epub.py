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
    keys = _note_keys(pages)
    notes: list[Block] = []
    blocks: list[Block] = []
    for page in pages:
        for element in list(page.tree.iter()):
            kind = _kinds(element)
            if kind & _BACKLINK:
                _drop(element)
            elif kind & _CALL and (key := keys.get(_target(page.name, element.get("href", "")))):
                _replace_with_text(element, note_mark(key))
        for element in list(page.tree.iter()):
            key = keys.get((page.name, element.get("id", "")))
            if key and element.getparent() is not None:
                text = " ".join(etree.tostring(element, method="text", encoding="unicode").split())
                if text:
                    notes.append(f"[{key}] {text}")
                _drop(element)
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


def _note_keys(pages: list[_Page]) -> dict[tuple[str, str], str]:
    """(page, id) of each note → its key, numbered in the order the book first calls it; a note marked as one
    but never called keeps a key after them, so its text is not lost."""
    keys: dict[tuple[str, str], str] = {}
    for page in pages:
        for element in page.tree.iter():
            if _kinds(element) & _CALL and (target := _target(page.name, element.get("href", ""))) not in keys:
                keys[target] = str(len(keys) + 1)
    for page in pages:
        for element in page.tree.iter():
            if _kinds(element) & _NOTE and element.get("id") and (page.name, element.get("id")) not in keys:
                keys[(page.name, element.get("id", ""))] = str(len(keys) + 1)
    return keys


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
