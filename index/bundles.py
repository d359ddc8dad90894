"""A .zip or .7z of one plan's files, as a portal's "Tải về" gives it: which members to read, and in what order.

A province's legal-documents portal bundles what the office uploaded: the Quyết
định as Word, the Kế hoạch it issues as PDF, the annexes as a workbook, maybe a
note of the portal's own. Read as one document, the decision comes first, then
the plan, then its annexes, whatever the archive's order; a member that is none
of these (a download note, a logo) is left out with a message naming it, as is a
member in a format the product does not read or one it cannot read.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import py7zr

from index.normalize import fold_accents
from index.vocab.documents import TYPE_HEADING
from index.vocab.markers import ANNEX

MAX_MEMBERS = 50
MAX_MEMBER_BYTES = 100 * 1_048_576  # uncompressed: a zip bomb is refused, not unpacked
HEAD_LINES = 40  # where a document's type line stands
ISSUING_TYPES = ("QUYẾT ĐỊNH", "NGHỊ QUYẾT")  # a document that issues the plan goes before it
_ANNEX_NAME = re.compile(r"^(?:phu[\s_-]*luc|pl[\s_-]*\d|bieu)", re.IGNORECASE)


@dataclass(frozen=True)
class Attachment:
    """A file sent inside another (an e-mail's attachment, a PDF's attached annex): its name and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Member:
    """A file inside the archive: its name as the archive gives it, and a name safe to write it under."""

    name: str
    safe: str


def _seven_zip(path: Path) -> bool:
    """A 7-Zip archive, by its name (the rest are read as .zip)."""
    return path.suffix.lower() == ".7z"


def _listed(path: Path) -> list[tuple[str, int]]:
    """(name, uncompressed size) of each file of a .7z or a .zip."""
    if _seven_zip(path):
        with py7zr.SevenZipFile(path) as seven:
            if seven.needs_password():
                raise ValueError("tệp nén có mật khẩu")
            return [(i.filename, i.uncompressed) for i in seven.list() if not i.is_directory]
    with zipfile.ZipFile(path) as archive:
        return [(i.filename, i.file_size) for i in archive.infolist() if not i.is_dir()]


def archive_members(path: Path) -> list[Member]:
    """The archive's files (folders, hidden files and macOS forks left aside), in its order. Raises
    ``ValueError`` for a file that is no archive of its kind, holds too many members or too large ones."""
    try:
        infos = _listed(path)
    except (zipfile.BadZipFile, py7zr.Bad7zFile, EOFError) as exc:
        raise ValueError("tệp hỏng hoặc không đúng loại tệp nén") from exc
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from exc
    infos = [(name, size) for name, size in infos
             if not any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(name).parts)]
    if len(infos) > MAX_MEMBERS:
        raise ValueError(f"{len(infos)} tệp (tối đa {MAX_MEMBERS})")
    if any(size > MAX_MEMBER_BYTES for _, size in infos):
        raise ValueError(f"có tệp lớn hơn {MAX_MEMBER_BYTES // 1_048_576} MB khi giải nén")
    return [Member(name, f"{n:02d}{Path(PurePosixPath(name).name).suffix.lower()}")
            for n, (name, _) in enumerate(infos)]


@contextmanager
def opened_archive(path: Path) -> Iterator[Callable[[str], bytes]]:
    """A reader of a member's bytes by its name, while the archive is open; a .7z is unpacked into a temporary
    folder first (its members come out whole, after ``archive_members`` checked their sizes)."""
    if not _seven_zip(path):
        with zipfile.ZipFile(path) as archive:
            yield archive.read
        return
    with tempfile.TemporaryDirectory(prefix="gdnn-7z-") as tmp, py7zr.SevenZipFile(path) as seven:
        seven.extractall(path=tmp)
        yield lambda name: (Path(tmp) / name).read_bytes()


def reading_rank(member_name: str, text: str) -> int | None:
    """0 for a document that issues the plan (a Quyết định), 1 for a document (the plan), 2 for an annex (a
    "Phụ lục" or "Biểu" by its name or first line), None for a member that is none of them (a portal's note)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    stem = PurePosixPath(member_name).stem
    if lines and (ANNEX.match(lines[0]) or _ANNEX_NAME.match(_plain(stem))):
        return 2
    types = [m.group("type") for line in lines if (m := TYPE_HEADING.match(line))]
    if types:
        return 0 if " ".join(types[0].split()) in ISSUING_TYPES else 1
    if any(line.startswith("|") for line in text.splitlines()):
        return 2  # a workbook of tables under no title: the plan's figures
    return None


def _plain(name: str) -> str:
    """A file name without its diacritics, for the annex test ("Phụ lục 1" → "phu luc 1")."""
    return fold_accents(name).lower()
