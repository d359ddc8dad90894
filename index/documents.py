"""Reading plan files: which files, how they decode, and per-file errors.

One unreadable file must never stop an ingest: each problem becomes a
message (in Vietnamese, like the rest of the product) naming the file, and
the other plans go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class PlanFile:
    path: Path
    text: str  # decoded, not yet normalised

    @property
    def doc(self) -> str:
        return self.path.name


class DocumentError(ValueError):
    """A plan file that cannot be used; the message names the file."""


def list_plan_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Plan files under the given files/directories, and errors for the rest."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                errors.append(f"{path}: không hỗ trợ loại tệp '{path.suffix}' (chỉ nhận {', '.join(SUPPORTED_SUFFIXES)})")
        else:
            errors.append(f"{path}: không có tệp hoặc thư mục này")
    return files, errors


def decode_plan(path: Path, data: bytes) -> str:
    """UTF-8 text of a plan, or a DocumentError that names the file."""
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{path}: tệp nhị phân, không phải văn bản kế hoạch")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: không phải văn bản UTF-8 (byte {exc.start}); hãy lưu lại với mã hoá UTF-8 rồi nạp lại"
        ) from exc


def read_plan(path: Path) -> PlanFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: không đọc được tệp ({exc.strerror})") from exc
    return PlanFile(path, decode_plan(path, data))
