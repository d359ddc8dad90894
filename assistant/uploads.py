"""Adding a plan from an uploaded file: check, convert, save, ingest — or change nothing.

An upload comes from a browser, so its name, type and size are untrusted:
the name is reduced to a safe ASCII stem (no directories, no dots in front)
and the file is converted in a private staging folder *before* anything is
published — the same conversion as any ingest (`index.converters`), with a
scan OCR'd there page by page. The original file is then saved as
``<uploads dir>/<stem><suffix>`` together with its OCR cache, and ingested on
its own: the ingest reads the cached OCR text (a scan is never OCR'd twice)
and marks its chunks as OCR'd, and the plan is searchable at once and
survives a restart like any plan file. One plan per stem: an upload replaces
an earlier upload of the same stem in any format. Should the ingest fail,
the previous files and index are put back. Every outcome is a Vietnamese
sentence for the person who uploaded.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from index.converters import convert
from index.documents import IMAGE_SUFFIXES, SUPPORTED_SUFFIXES, DocumentError, PageProgress, PlanFile, is_companion
from index.normalize import fold_accents, normalize_text
from index.ocr import cache_file
from index.pipeline import IngestReport, Progress

if TYPE_CHECKING:
    from assistant.service import Assistant

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = SUPPORTED_SUFFIXES
MAX_STEM_CHARS = 80
NO_RESPONSIBILITIES = "Chưa nhận ra phân công trách nhiệm nào trong kế hoạch này"

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
    """Checks that need no conversion; returns the saved file name (``<stem><suffix>``, the plan's doc id)."""
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
    return safe_stem(shown) + suffix


def _with_cache(path: Path) -> list[Path]:
    """A plan file and its OCR cache, those that exist."""
    return [p for p in (path, cache_file(path)) if p.exists()]


def _conflict(assistant: Assistant, stem: str, folder: Path) -> str | None:
    """An indexed plan of this stem that is not an upload (a corpus plan is never replaced by an upload)."""
    index = assistant.index()
    for chunk in index.chunks.values():
        m = chunk.metadata
        doc = m.get("doc", "")
        if Path(doc).stem == stem and m.get("source") and Path(m["source"]).parent != folder.resolve():
            label = index.plans[doc].label if doc in index.plans else ""
            return f"«{label}» (tệp {doc})" if label and label != doc else f"tệp {doc}"
    return None


def _restore(assistant: Assistant, target: Path, backup: dict[Path, bytes]) -> None:
    """Put the uploads back as they were and bring the index in line (only restored files are read again)."""
    for path in _with_cache(target):
        path.unlink()
    for path, data in backup.items():
        path.write_bytes(data)
    # Ingesting the uploads dir drops plans whose file is gone and re-adds the restored ones.
    assistant.ingest([target.parent])


def _publish(assistant: Assistant, staged: Path, shown: str, progress: Progress | None) -> UploadResult:
    """Move the converted upload (and its OCR cache) into the uploads dir and ingest it; undo on failure."""
    folder = uploads_dir(assistant)
    target = folder / staged.name
    stem = target.stem
    try:
        other = _conflict(assistant, stem, folder)
    except Exception:  # noqa: BLE001 - the index cannot be read: do not touch it
        return UploadResult(False, "Không mở được chỉ mục để thêm kế hoạch; hãy thử lại sau.")
    if other:
        return UploadResult(False, f"Đã có kế hoạch {other} cùng tên; hãy đổi tên tệp rồi tải lên lại.")
    folder.mkdir(parents=True, exist_ok=True)
    replaced = [p for p in folder.iterdir() if p.stem == stem and not is_companion(p) and p.is_file()]
    backup = {f: f.read_bytes() for p in replaced for f in _with_cache(p)}
    try:
        for path in backup:
            path.unlink()
        for path in _with_cache(staged):
            shutil.move(path, folder / path.name)
        report = assistant.ingest([target], progress=progress)
        if report.errors or report.plans != 1:
            raise UploadError("; ".join(report.errors + report.warnings) or "không có nội dung để lập chỉ mục")
        index = assistant.index()  # load now: the plan is searchable from the next question
    except Exception as exc:  # noqa: BLE001 - whatever failed, undo and explain
        log.warning("upload of %s failed: %r; undoing", shown, exc)
        try:
            _restore(assistant, target, backup)
        except Exception:
            log.exception("could not undo the upload of %s", shown)
        reason = str(exc) if isinstance(exc, UploadError) else type(exc).__name__
        return UploadResult(False, f"Không thêm được kế hoạch từ «{shown}» ({reason}); chỉ mục không thay đổi.")

    label = index.plans[target.name].label if target.name in index.plans else target.name
    verb = "Đã cập nhật" if replaced else "Đã thêm"
    message = (f"{verb} kế hoạch «{label}» (tệp {target.name}): {report.chunks} đoạn, "
               f"{report.new} đoạn mới được lập chỉ mục.")
    return UploadResult(True, message, target.name, report, list(report.warnings))


def _notes(plan: PlanFile, result: UploadResult, assistant: Assistant) -> str:
    """What the uploader should know about a plan that was added: OCR'd pages, no responsibilities found."""
    notes = []
    if plan.ocr and plan.path.suffix.lower() in (".pdf", *IMAGE_SUFFIXES):
        notes.append(f"Tệp là bản quét: {plan.ocr_pages} trang đã được đọc bằng OCR; "
                     "hãy đối chiếu các con số với bản gốc.")
    elif plan.ocr:  # a Word file with tables pasted as pictures
        notes.append(f"Tệp có {plan.ocr_pages} hình chứa chữ (bảng dán dạng ảnh) đã được đọc bằng OCR; "
                     "hãy đối chiếu các con số với bản gốc.")
    notes += [f"{note}." for note in plan.notes]  # a zip's members left out, each with its reason
    if not assistant.register().responsibilities(plan=result.doc):
        notes.append(NO_RESPONSIBILITIES + ".")
    return " ".join(notes)


def add_plan(
    assistant: Assistant,
    path: Path | str,
    name: str | None = None,
    *,
    max_bytes: int = 10 * 1_048_576,
    progress: Progress | None = None,
    page_progress: PageProgress | None = None,
) -> UploadResult:
    """Add (or replace) the plan in an uploaded file; never raises for a bad file.

    `name` is the name the user gave the file (default: the path's name); it
    decides the type and the saved name, never the location. ``progress``
    follows the embedding of chunks, ``page_progress`` the OCR of a scan.
    """
    path = Path(path)
    given = path.name if name is None else name
    shown = display_name(given) or path.name
    try:
        doc = check_upload(path, given, max_bytes)
    except UploadError as exc:
        return UploadResult(False, str(exc))
    storage = Path(assistant.settings.storage_dir)
    storage.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=storage, prefix=".upload-") as stage:
        staged = Path(stage) / doc
        try:
            shutil.copyfile(path, staged)
            plan = convert(staged, shown, progress=page_progress)
            if not normalize_text(plan.text).strip():
                raise UploadError(f"Tệp «{shown}» không có nội dung chữ.")
        except OSError as exc:
            return UploadResult(False, f"Không đọc được tệp tải lên «{shown}» ({exc.strerror or exc}).")
        except (UploadError, DocumentError) as exc:
            return UploadResult(False, str(exc))
        with _LOCK:
            result = _publish(assistant, staged, shown, progress)
    if result.ok:
        result.message = " ".join(filter(None, [result.message, _notes(plan, result, assistant)]))
    return result
