"""Adding a plan from an uploaded file: check, convert, save, ingest — or change nothing.

An upload comes from a browser, so its name, type and size are untrusted:
the name is reduced to a safe ASCII stem (no directories, no dots in front)
and the file is converted to text and checked *before* anything is written.
The text is saved as ``<uploads dir>/<stem>.txt`` and ingested on its own
(ingest without ``rebuild`` only adds or replaces that plan), so the plan is
searchable at once and the uploads survive a restart like any plan file.
Should the ingest fail, the previous state (file and index) is put back.
Every outcome is a Vietnamese sentence for the person who uploaded.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from index.converters import CONVERTIBLE_SUFFIXES, to_text
from index.documents import DocumentError
from index.normalize import fold_accents, normalize_text
from index.pipeline import IngestReport, Progress

if TYPE_CHECKING:
    from assistant.service import Assistant

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = CONVERTIBLE_SUFFIXES
MAX_STEM_CHARS = 80

# One upload at a time: two ingests into one store would race on the side indexes.
_LOCK = threading.Lock()


@dataclass
class UploadResult:
    ok: bool
    message: str  # Vietnamese, for the user
    doc: str = ""  # the plan's doc id (saved file name) when ok
    report: IngestReport | None = None
    warnings: list[str] = field(default_factory=list)


class UploadError(ValueError):
    """A rejected upload; the message is Vietnamese and says what to do."""


def uploads_dir(assistant: Assistant) -> Path:
    return assistant.settings.uploads_dir


def display_name(name: str) -> str:
    """The last path component of a browser-supplied name (either slash), NFC."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    return base.strip()


def safe_stem(name: str) -> str:
    """An ASCII file stem that cannot leave the uploads dir ("../../Kế hoạch 70.pdf" → "ke-hoach-70").

    Raises `UploadError` when nothing usable is left.
    """
    stem = Path(display_name(name)).stem
    stem = fold_accents(stem)
    stem = re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-_")[:MAX_STEM_CHARS].strip("-_")
    if not stem:
        raise UploadError(f"Tên tệp «{name}» không hợp lệ; hãy đặt tên có chữ hoặc số, ví dụ ke-hoach-70.pdf.")
    return stem


def check_upload(path: Path, name: str, max_bytes: int) -> str:
    """Checks that need no conversion; returns the target file name (``<stem>.txt``)."""
    shown = display_name(name) or path.name
    if re.search(r"[\\/\x00]", name or "") or shown.startswith("."):
        # Browsers send a bare file name; a path in it is a forged request.
        raise UploadError(f"Tên tệp «{name}» không hợp lệ: không được chứa thư mục hay bắt đầu bằng dấu chấm.")
    suffix = Path(shown).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadError(
            f"Không nhận loại tệp «{suffix or 'không có đuôi'}» ({shown}). "
            f"Chỉ nhận: {', '.join(ALLOWED_SUFFIXES)}."
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UploadError(f"Không đọc được tệp tải lên «{shown}».") from exc
    if size == 0:
        raise UploadError(f"Tệp «{shown}» trống.")
    if size > max_bytes:
        raise UploadError(
            f"Tệp «{shown}» quá lớn ({size / 1_048_576:.1f} MB); giới hạn là {max_bytes / 1_048_576:.0f} MB."
        )
    return safe_stem(shown) + ".txt"


def _conflict(assistant: Assistant, doc: str, target: Path) -> str | None:
    """Label of an indexed plan with this doc id that does not come from this upload."""
    index = assistant.index()
    for chunk in index.chunks.values():
        m = chunk.metadata
        if m.get("doc") == doc and m.get("source") and Path(m["source"]) != target.resolve():
            return index.plans[doc].label if doc in index.plans else doc
    return None


def _write(target: Path, text: str) -> None:
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def _restore(assistant: Assistant, target: Path, previous: str | None) -> None:
    """Put the file back as it was and bring the index in line with it (no new embedding)."""
    if previous is None:
        target.unlink(missing_ok=True)
        # Ingesting the uploads dir drops plans whose file is gone.
        assistant.ingest([target.parent])
    else:
        _write(target, previous)
        assistant.ingest([target])


def add_plan(
    assistant: Assistant,
    path: Path | str,
    name: str | None = None,
    *,
    max_bytes: int = 10 * 1_048_576,
    progress: Progress | None = None,
) -> UploadResult:
    """Add (or replace) the plan in an uploaded file; never raises for a bad file.

    `name` is the name the user gave the file (default: the path's name); it
    decides the type and the saved name, never the location.
    """
    path = Path(path)
    given = path.name if name is None else name
    shown = display_name(given) or path.name
    try:
        doc = check_upload(path, given, max_bytes)
        text = to_text(path, shown)
        if not normalize_text(text).strip():
            raise UploadError(f"Tệp «{shown}» không có nội dung chữ.")
    except (UploadError, DocumentError) as exc:
        return UploadResult(False, str(exc))

    folder = uploads_dir(assistant)
    target = folder / doc
    with _LOCK:
        try:
            other = _conflict(assistant, doc, target)
        except Exception:  # noqa: BLE001 - the index cannot be read: do not touch it
            return UploadResult(False, "Không mở được chỉ mục để thêm kế hoạch; hãy thử lại sau.")
        if other:
            return UploadResult(
                False, f"Đã có kế hoạch «{other}» với tên tệp {doc}; hãy đổi tên tệp rồi tải lên lại."
            )
        folder.mkdir(parents=True, exist_ok=True)
        previous = target.read_text(encoding="utf-8") if target.exists() else None
        try:
            _write(target, text)
            report = assistant.ingest([target], progress=progress)
            if report.errors or report.plans != 1:
                raise UploadError("; ".join(report.errors + report.warnings) or "không có nội dung để lập chỉ mục")
            index = assistant.index()  # load now: the plan is searchable from the next question
        except Exception as exc:  # noqa: BLE001 - whatever failed, undo and explain
            log.warning("upload of %s failed: %r; undoing", shown, exc)
            try:
                _restore(assistant, target, previous)
            except Exception:
                log.exception("could not undo the upload of %s", shown)
            reason = str(exc) if isinstance(exc, UploadError) else type(exc).__name__
            return UploadResult(False, f"Không thêm được kế hoạch từ «{shown}» ({reason}); chỉ mục không thay đổi.")

    label = index.plans[doc].label if doc in index.plans else doc
    verb = "Đã cập nhật" if previous is not None else "Đã thêm"
    message = f"{verb} kế hoạch «{label}» (tệp {doc}): {report.chunks} đoạn, {report.new} đoạn mới được lập chỉ mục."
    return UploadResult(True, message, doc, report, list(report.warnings))
