"""Named configurations to compare, and the naive baseline they are measured against.

A configuration is a retrieval setting times an answer backend. Retrieval:

- ``naive``  — LangChain's usual starting point: RecursiveCharacterTextSplitter
  (1000 characters, 200 overlap) over the raw plan files, dense search only,
  with the same embedding model. Its chunks are not in the index, so it is
  searched here and answered by the same chain over ``NaiveIndex``.
- ``dense`` / ``bm25`` — one retriever of the index alone (no scope boost or section hints, as
  in ``benchmarks/retrieval.py``), to show what fusion adds.
- ``hybrid`` — the product's default search, settings untouched.

A name is ``RETRIEVAL[+BACKEND]`` (``dense``, ``naive+openai``); a bare
backend name (``openai``) means ``hybrid+openai``; no backend means the
assistant's default one. The splitter lives here so that the benchmark and
the harness measure the very same baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from index.metadata import PlanMetadata
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex, prepare_query

RETRIEVALS = ("naive", "dense", "bm25", "hybrid")
DEFAULT_COMPARE = ("naive", "dense", "bm25", "hybrid")
NAIVE_CHUNK_SIZE = 1000
NAIVE_OVERLAP = 200

_OVERRIDES: dict[str, dict[str, Any]] = {
    "naive": {},
    "dense": {"mode": "dense", "scope_boost": 0.0, "section_hints": False},
    "bm25": {"mode": "bm25", "scope_boost": 0.0, "section_hints": False},
    "hybrid": {},
}


@dataclass(frozen=True)
class Config:
    name: str
    retrieval: str
    backend: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def description(self) -> str:
        what = {
            "naive": "RecursiveCharacterTextSplitter 1000/200, dense only",
            "dense": "structure chunks, dense only",
            "bm25": "structure chunks, BM25 only",
            "hybrid": "structure chunks, dense + BM25 fused (default)",
        }[self.retrieval]
        return f"{what}; backend {self.backend or 'default'}"


def parse_config(name: str, backend: str | None = None) -> Config:
    """``hybrid``, ``naive+openai``, ``openai`` (= hybrid+openai); ``ValueError`` otherwise.

    ``backend`` (the ``--backend`` flag) applies when the name carries none.
    """
    text = name.strip()
    if not text:
        raise ValueError("empty configuration name")
    retrieval, _, named_backend = text.partition("+")
    if retrieval not in RETRIEVALS:
        if named_backend:
            raise ValueError(f"unknown retrieval '{retrieval}' (choose from {', '.join(RETRIEVALS)})")
        retrieval, named_backend = "hybrid", retrieval
    chosen = named_backend or backend
    label = retrieval if not chosen else f"{retrieval}+{chosen}"
    return Config(label, retrieval, chosen or None, dict(_OVERRIDES[retrieval]))


# ------------------------------------------------------------ naive baseline
@dataclass(frozen=True)
class NaiveChunk:
    doc: str
    text: str


def naive_splits(
    corpus_dir: Path, chunk_size: int = NAIVE_CHUNK_SIZE, overlap: int = NAIVE_OVERLAP
) -> list[NaiveChunk]:
    """Every plan file split by LangChain's default character splitter, in file order."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap)
    chunks: list[NaiveChunk] = []
    for path in sorted(Path(corpus_dir).glob("*.txt")) + sorted(Path(corpus_dir).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        chunks.extend(NaiveChunk(path.name, piece) for piece in splitter.split_text(text))
    return chunks


class NaiveRetriever:
    """Dense cosine search over the naive splits (embedded once, kept in memory).

    It searches like ``SearchIndex.search`` (same signature, same prepared and
    accent-restored query), and its passages carry their plan's metadata, so
    that the baseline differs from the product only in how the plans are cut
    and searched.
    """

    def __init__(self, embeddings, chunks: list[NaiveChunk], index: SearchIndex) -> None:
        self.embeddings = embeddings
        self.chunks = chunks
        self.index = index
        self.matrix = np.array(embeddings.embed_documents([c.text for c in chunks]), dtype=float)

    @classmethod
    def for_assistant(cls, assistant) -> NaiveRetriever:
        return cls(assistant.embeddings, naive_splits(assistant.settings.corpus_dir), assistant.index())

    def search(
        self,
        question: str,
        config: SearchConfig | None = None,
        filters: Filters | None = None,
        hints: set[str] | None = None,  # noqa: ARG002 - naive chunks have no plan parts to lift
    ) -> tuple[PreparedQuery, list[Passage]]:
        config = config or SearchConfig()
        filters = filters or Filters()
        query = prepare_query(question, self.index.accents, config.max_query_chars)
        scores = self.matrix @ np.array(self.embeddings.embed_query(query.restored), dtype=float)
        passages: list[Passage] = []
        for i in np.argsort(-scores, kind="stable"):
            chunk = self.chunks[i]
            plan = self.index.plans.get(chunk.doc) or PlanMetadata(chunk.doc)
            if not filters.accepts_plan(plan):
                continue
            ocr = chunk.doc in self.index.scanned
            passages.append(Passage(len(passages) + 1, f"naive-{i}", chunk.text, chunk.doc, plan.label or chunk.doc,
                                    "", float(scores[i]), {**plan.chunk_fields(), "ocr": ocr}, document=plan, ocr=ocr))
            if len(passages) == config.k:
                break
        return query, passages


class NaiveIndex:
    """The index with its search swapped for the naive retriever.

    The answer chain runs over it unchanged (instruction stripping, keyword
    clean-up, scope, register answers): only the passages differ.
    """

    def __init__(self, retriever: NaiveRetriever) -> None:
        self.retriever = retriever
        self.search = retriever.search

    def __getattr__(self, name: str) -> Any:
        return getattr(self.retriever.index, name)

    def section_passages(self, doc: str, section: str, rank: int = 1, score: float = 1.0) -> list[Passage]:
        """A naive chunk belongs to no section, so it brings none along; named plan parts are the index's."""
        return self.retriever.index.section_passages(doc, section, rank, score) if section else []
