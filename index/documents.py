"""Which files are plans, and reading one into text, with per-file errors.

One unreadable file must never stop an ingest: each problem becomes a
message (in Vietnamese, like the rest of the product) naming the file, and
the other plans go on. Nothing in a folder is skipped without a message,
except files that are not plans by construction: hidden files (our own OCR
caches are hidden), Word's ``~$`` lock files and ``*.meta.json`` sidecars.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# scanned pages, photos and screenshots, read by OCR: ".jfif" is the JPEG a browser or Zalo saves, ".heic" an
# iPhone's photo
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".tif", ".tiff", ".webp", ".bmp", ".gif", ".heic", ".heif")
# ".xml": a Word 2003 XML document (the one file Word 2003 and some e-office systems save), ".fodt" a flat
# OpenDocument text; both through LibreOffice like ".doc". ".7z": a portal's download packed with 7-Zip, like ".zip"
# Word's macro and template variants (".docm", ".dotx", ".dot") and PowerPoint's show and template ones (".ppsx",
# ".pps", ".potx"): the same documents saved otherwise; ".xlsm" a workbook with macros.
# ".xps"/".oxps": a Word file printed to Windows' XPS writer.
SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".odt", ".rtf", ".xml",
                      ".fodt", ".html", ".htm", ".mhtml", ".mht", ".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".zip",
                      ".7z", ".pptx", ".pptm", ".ppsx", ".potx", ".ppt", ".pps", ".pot", ".odp", ".eml", ".epub",
                      ".xps", ".oxps", *IMAGE_SUFFIXES)
SIDECAR_SUFFIX = ".meta.json"

PageProgress = Callable[[int, int], None]  # (done, total) pages read by OCR


@dataclass(frozen=True)
class PlanFile:
    path: Path
    text: str  # decoded or converted, not yet normalised
    ocr_pages: int = 0  # pages of a scanned PDF read by OCR
    notes: tuple[str, ...] = ()  # parts of the file left out, each with its reason (a zip's download note)

    @property
    def doc(self) -> str:
        return self.path.name

    @property
    def ocr(self) -> bool:
        return self.ocr_pages > 0


class DocumentError(ValueError):
    """A plan file that cannot be used; the message names the file."""


def unsupported(name: str | Path, suffix: str) -> DocumentError:
    return DocumentError(
        f"{name}: không hỗ trợ loại tệp '{suffix or '(không có đuôi)'}' (chỉ nhận {', '.join(SUPPORTED_SUFFIXES)})"
    )


def is_companion(path: Path) -> bool:
    """Files that sit beside plans without being plans: hidden, lock files, metadata sidecars."""
    name = path.name
    return name.startswith((".", "~$")) or name.lower().endswith(SIDECAR_SUFFIX)


def list_plan_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Plan files under the given files/directories (not recursive), and a message for everything else."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            for entry in sorted(path.iterdir()):
                if is_companion(entry):
                    continue
                if entry.is_dir():
                    errors.append(f"{entry}: là thư mục con nên không được đọc; hãy nạp riêng thư mục này")
                elif entry.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(entry)
                else:
                    errors.append(str(unsupported(entry, entry.suffix)))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                errors.append(str(unsupported(path, path.suffix)))
        else:
            errors.append(f"{path}: không có tệp hoặc thư mục này")
    return files, errors


# What Windows-1258 writes only for Vietnamese: the letters of its own ("ă", "ơ", "đ"…) and the tone marks it
# stores apart from their vowels ("ế" as "ê" + U+0301).
_VIETNAMESE_1258 = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_VIETNAMESE_SHARE = 0.02  # of the letters; Vietnamese text has one such in every few words


def decode_plan(path: Path, data: bytes) -> str:
    """The text of a plan file: UTF-8; UTF-16 under its byte-order mark (Notepad's "Unicode"); or Windows-1258, the
    Vietnamese "ANSI" of Notepad and old Windows programs, when what it reads is Vietnamese. Otherwise a
    DocumentError that names the file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{path}: tệp UTF-16 bị hỏng (byte {exc.start}); hãy lưu lại với mã hoá UTF-8") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{path}: tệp nhị phân, không phải văn bản kế hoạch")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        ansi = _vietnamese_ansi(data)
        if ansi is not None:
            return ansi
        raise DocumentError(
            f"{path}: không phải văn bản UTF-8 (byte {exc.start}); hãy lưu lại với mã hoá UTF-8 rồi nạp lại"
        ) from exc


def _vietnamese_ansi(data: bytes) -> str | None:
    """The text of Windows-1258 bytes, its marks joined to their letters, when it reads as Vietnamese; else None
    (another code page read so would be letters without Vietnamese's own)."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() for c in text)
    own = sum(c in _VIETNAMESE_1258 for c in text)
    return unicodedata.normalize("NFC", text) if letters and own >= _VIETNAMESE_SHARE * letters else None


def read_plan(path: Path, *, progress: PageProgress | None = None, ocr_cache: Path | None = None) -> PlanFile:
    """The text of a plan file of any supported type; messages name the file by its path.

    ``progress`` follows the OCR of a scanned PDF page by page; ``ocr_cache``
    is where OCR text goes when the file's own folder is read-only.
    """
    from index.converters import convert  # converters builds on this module

    return convert(path, str(path), progress=progress, ocr_cache=ocr_cache)
