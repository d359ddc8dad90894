"""Plain text out of an uploaded plan: .txt, .md, .pdf (pypdf) or .docx (python-docx).

The ingest pipeline reads UTF-8 text only (`index.documents`). Officials
mostly hold plans as PDF or Word files, so an upload is converted to text
first and saved as ``<stem>.txt``; everything after that is the ordinary
ingest. Each failure is a `DocumentError` with a Vietnamese message that
names the file, because it is shown to the person who uploaded it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from index.documents import DocumentError, decode_plan

CONVERTIBLE_SUFFIXES = (".txt", ".md", ".pdf", ".docx")

_BLANK_RUNS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def _plain_text(path: Path, name: str) -> str:
    return decode_plan(Path(name), path.read_bytes())


def _pdf_text(path: Path, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            # An empty owner password is common for "protected" government PDFs.
            try:
                if not reader.decrypt(""):
                    raise DocumentError(f"{name}: PDF có mật khẩu; hãy tải lên bản không khoá.")
            except DocumentError:
                raise
            except Exception as exc:
                raise DocumentError(f"{name}: PDF có mật khẩu; hãy tải lên bản không khoá.") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{name}: không đọc được tệp PDF (tệp hỏng hoặc không phải PDF).") from exc
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise DocumentError(
            f"{name}: PDF không có lớp chữ (có thể là bản scan); hãy tải lên bản PDF có chữ, .docx hoặc .txt."
        )
    return text


def _docx_text(path: Path, name: str) -> str:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{name}: không đọc được tệp Word .docx (tệp hỏng hoặc không phải .docx).") from exc
    parts: list[str] = []
    # Body order matters (headings, paragraphs and tables interleave), so walk the body.
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    parts.append(" | ".join(cells))
            parts.append("")
    text = "\n".join(parts)
    if not text.strip():
        raise DocumentError(f"{name}: tệp Word không có nội dung chữ.")
    return text


def to_text(path: Path | str, name: str | None = None) -> str:
    """The text of a plan file, tidied; `name` is how messages refer to it (default: the file name).

    Raises `DocumentError` (Vietnamese message) for an unsupported type, an
    unreadable, corrupt, encrypted or image-only file, or a file without text.
    """
    path = Path(path)
    name = name or path.name
    suffix = Path(name).suffix.lower() or path.suffix.lower()
    if suffix not in CONVERTIBLE_SUFFIXES:
        raise DocumentError(
            f"{name}: không hỗ trợ loại tệp '{suffix or '(không có đuôi)'}' "
            f"(chỉ nhận {', '.join(CONVERTIBLE_SUFFIXES)})."
        )
    try:
        if suffix == ".pdf":
            text = _pdf_text(path, name)
        elif suffix == ".docx":
            text = _docx_text(path, name)
        else:
            text = _plain_text(path, name)
    except OSError as exc:
        raise DocumentError(f"{name}: không đọc được tệp ({exc.strerror or exc}).") from exc
    text = _tidy(text)
    if not text.strip():
        raise DocumentError(f"{name}: tệp trống.")
    return text
