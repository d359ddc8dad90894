"""Documents a Word file embeds whole, shown by Word in place: "alternative format chunks" (``w:altChunk``).

A web-based e-office editor, or a portal's "tải về Word" button, often writes a decision's body as an HTML part
that the .docx only points to: ``word/document.xml`` holds the header table and ``<w:altChunk r:id="…"/>``, and
Word renders the HTML where the element stands. python-docx reads paragraphs and tables only, and LibreOffice
ignores an HTML chunk, so such a file read as plain Word gives its header alone. Each chunk is read here by its
content type, an RTF one by the caller's own reader (LibreOffice). (A nested .docx chunk is typed as Word's main
part, which python-docx cannot open at all: such a file is named as unreadable before any chunk is reached.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.cells import Block
from index.documents import DocumentError, decode_plan
from index.html_text import decode_html, html_blocks, mhtml_page

ALT_CHUNK = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}altChunk"
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_HTML = ("text/html", "application/xhtml+xml")
_MHT = ("message/rfc822", "multipart/related", "application/x-mimearchive")
_TEXT = ("text/plain",)
_RTF = ("application/rtf", "text/rtf")


def chunk_blocks(part, element, name: str, read_rtf: Callable[[bytes], list[Block]]) -> list[Block]:
    """The lines and tables of the chunk an ``altChunk`` element of ``part`` (a story part: the body's, a
    header's) points to. Raises `DocumentError` naming the file for a chunk it cannot find or read, so nothing
    of the file is dropped without a word."""
    rel = part.rels.get(element.get(_RID, ""))
    if rel is None or rel.is_external:
        raise DocumentError(f"{name}: tệp Word trỏ tới một phần nội dung nhúng không có trong tệp (altChunk).")
    target = rel.target_part
    kind = (target.content_type or "").split(";")[0].strip().lower()
    blob = target.blob
    if kind in _HTML:
        return html_blocks(decode_html(blob))
    if kind in _MHT:
        try:
            return html_blocks(mhtml_page(blob))
        except ValueError as exc:
            raise DocumentError(f"{name}: phần nội dung nhúng dạng .mht không chứa trang nào.") from exc
    if kind in _TEXT:
        lines: list[Block] = list(decode_plan(Path(name), blob).splitlines())
        return lines
    if kind in _RTF:
        return read_rtf(blob)
    raise DocumentError(f"{name}: tệp Word chứa một phần nội dung nhúng kiểu '{kind or 'không rõ'}' chưa đọc được; "
                        "hãy mở tệp bằng Word và lưu lại thành .docx thường rồi nạp lại.")
