"""ingest(): read (convert, OCR) → normalise → metadata → chunk → embed new chunks → store.

Re-ingest is idempotent: a chunk's id is the hash of everything that is
embedded for it, so unchanged chunks are skipped (never re-embedded),
changed plans replace their chunks and plans whose file is gone are dropped.
The BM25 index and the accent model are rebuilt from the store afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from index.chunking import Chunk, chunk_plan
from index.documents import DocumentError, list_plan_files, read_plan
from index.glossary import read_in_full_with
from index.metadata import PlanMetadata, plan_metadata
from index.normalize import normalize_text
from index.register import Register, extract_register
from index.search import build_side_indexes
from index.store import ChunkStore, fingerprint

Progress = Callable[[int, int], None]  # (done, total) embedded chunks


@dataclass
class IngestReport:
    plans: int = 0
    chunks: int = 0
    new: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.plans} plans, {self.chunks} chunks: {self.new} new, {self.unchanged} unchanged, "
            f"{self.removed} removed in {self.seconds:.1f} s"
        )


def embedded_text(meta: PlanMetadata, chunk: Chunk) -> str:
    """What the dense model sees: the plan's label and title, then the chunk.

    Questions name the plan ("Kế hoạch 70/KH-UBND", "Hải Dương"); chunk text
    rarely does, so the label is embedded with every chunk. The plan's own
    abbreviations are read in full.
    """
    title = meta.title[:160]
    text = read_in_full_with(chunk.text, meta.abbreviations)
    return f"{meta.label}\n{title}\n{text}" if title else f"{meta.label}\n{text}"


def chunk_metadata(meta: PlanMetadata, chunk: Chunk, source: Path, ocr: bool = False) -> dict:
    """What Chroma stores with a chunk; ``ocr`` marks a plan read from a scan (its figures deserve a check)."""
    return {
        **meta.chunk_fields(),
        "doc": chunk.doc,
        "section": chunk.section,
        "start": chunk.start,
        "end": chunk.end,
        "ordinal": chunk.ordinal,
        "tokens": chunk.tokens,
        "source": str(source.resolve()),
        "ocr": ocr,
    }


def prepare_plan(path: Path, raw_text: str, max_tokens: int) -> tuple[PlanMetadata, list[Chunk], str]:
    """(metadata, chunks, normalised text) of one plan file."""
    text = normalize_text(raw_text)
    meta = plan_metadata(path, text)
    return meta, chunk_plan(path.name, text, max_tokens, context=meta.label + "\x1f" + meta.title), text


def register_path(cache_dir: Path) -> Path:
    return cache_dir / "register.json"


def load_register(path: Path) -> Register:
    """The saved register; an unreadable or outdated one is rebuilt, never fatal."""
    try:
        return Register.load(path, missing_ok=True)
    except (OSError, ValueError):
        return Register()


def ingest(
    paths: list[Path],
    store: ChunkStore,
    embeddings: Embeddings,
    cache_dir: Path,
    *,
    max_tokens: int,
    replace: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the store in line with the given plan files.

    ``replace`` drops every plan not among ``paths``; otherwise only plans
    whose source file no longer exists are dropped.
    """
    started = time.perf_counter()
    report = IngestReport()
    files, report.errors = list_plan_files(paths)
    wanted: dict[str, tuple[PlanMetadata, list[Chunk], Path, bool]] = {}
    register = load_register(register_path(cache_dir))
    for path in files:
        try:
            plan = read_plan(path, ocr_cache=cache_dir / "ocr")
        except DocumentError as exc:
            report.errors.append(str(exc))
            continue
        report.warnings.extend(plan.notes)
        if not plan.text.strip():
            report.warnings.append(f"{path}: tệp trống, đã bỏ qua")
            continue
        meta, chunks, text = prepare_plan(path, plan.text, max_tokens)
        if not chunks:
            report.warnings.append(f"{path}: không còn nội dung sau khi chuẩn hoá, đã bỏ qua")
            continue
        wanted[plan.doc] = (meta, chunks, path, plan.ocr)
        if not register.is_current(plan.doc, text):
            register.replace_plan(extract_register(plan.doc, text, meta))

    existing = store.metadata_by_id()
    existing_by_doc: dict[str, set[str]] = {}
    for chunk_id, m in existing.items():
        existing_by_doc.setdefault(m["doc"], set()).add(chunk_id)

    stale: list[str] = []
    for doc, ids in existing_by_doc.items():
        if doc in wanted:
            continue
        source = next(iter(existing[i].get("source", "") for i in ids), "")
        if replace or not source or not Path(source).exists():
            stale.extend(ids)

    to_embed: list[tuple[str, str, str, dict]] = []  # id, text, embedded text, metadata
    for doc, (meta, chunks, path, ocr) in wanted.items():
        have = existing_by_doc.get(doc, set())
        keep = {c.id for c in chunks}
        stale.extend(sorted(have - keep))
        for chunk in chunks:
            metadata = chunk_metadata(meta, chunk, path, ocr)
            # the same text read anew may name its plan otherwise (a newer reader of headers): stored again
            if chunk.id in have and existing[chunk.id] == metadata:
                report.unchanged += 1
            else:
                to_embed.append((chunk.id, chunk.text, embedded_text(meta, chunk), metadata))
        report.chunks += len(chunks)
    report.plans = len(wanted)

    batch = 32
    for start in range(0, len(to_embed), batch):
        part = to_embed[start : start + batch]
        vectors = embeddings.embed_documents([p[2] for p in part])
        store.upsert([p[0] for p in part], [p[1] for p in part], vectors, [p[3] for p in part])
        report.new += len(part)
        if progress:
            progress(report.new, len(to_embed))
    if stale:
        store.delete(stale)
    report.removed = len(stale)
    gone = set(stale)
    remaining = set(wanted) | {m["doc"] for chunk_id, m in existing.items() if chunk_id not in gone}
    for doc in set(register.plans) - remaining:
        register.drop_plan(doc)
    register.save(register_path(cache_dir))

    if to_embed or stale or not (cache_dir / "bm25" / "manifest.json").exists():
        chunks_now = store.all_chunks()
        build_side_indexes(chunks_now, fingerprint(c.id for c in chunks_now), cache_dir)
    report.seconds = time.perf_counter() - started
    return report
