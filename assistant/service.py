"""The one object the CLI, the UI and the eval harness build once.

It owns the loaded models (embedding model, BM25, accent model) so every
caller pays the load cost once, and it builds the index on first use when
the storage is empty.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.answer import Answer
from assistant.chain import FALLBACK_NOTICE, AnswerChain, Turn
from assistant.extractive import TermWeights
from assistant.llm import ChatModels
from assistant.questions import section_hints
from assistant.settings import Settings, get_settings
from index.embedding_cache import CachedEmbeddings
from index.embeddings import make_embeddings
from index.pipeline import IngestReport, Progress, ingest, load_register, register_path
from index.register import Register, build_register
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex
from index.store import ChunkStore

log = logging.getLogger(__name__)

# The settings the loaded index is built from: a variant that changes one cannot share it.
INDEX_SETTINGS = frozenset({
    "corpus_dir", "storage_dir", "collection", "chroma_host", "chroma_port", "embedding_backend", "embedding_model",
    "embedding_batch_size", "embedding_cache", "chunk_max_tokens",
})


class Assistant:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._index: SearchIndex | None = None
        self._weights: TermWeights | None = None
        self._chain: AnswerChain | None = None
        self._register: Register | None = None

    def with_settings(self, **changes: Any) -> Assistant:
        """A variant with other search or answer settings over this one's loaded embedding model, index and register.

        Eval configurations and tests compare settings without loading the corpus twice. The variant
        keeps the index as it is now (a later ``ingest`` here does not reach it). Changing what the
        index is built from (storage, embedding, chunking) raises ``ValueError``: build
        ``Assistant(settings)`` for a separate index.
        """
        unknown = sorted(changes.keys() - Settings.model_fields.keys())
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(unknown)}")
        rebuilt = sorted(INDEX_SETTINGS & changes.keys())
        if rebuilt:
            raise ValueError(
                f"{', '.join(rebuilt)}: the index is built from these, so it cannot be shared; "
                "build Assistant(settings) for a separate index"
            )
        variant = Assistant(self.settings.model_copy(update=changes))
        variant.__dict__["embeddings"] = self.embeddings
        variant._index, variant._weights, variant._register = self.index(), self._weights, self.register()
        return variant

    @cached_property
    def embeddings(self) -> CachedEmbeddings:
        """The embedding model, behind a disk cache so no text is embedded twice."""
        s = self.settings
        model = make_embeddings(s.embedding_backend, s.embedding_model, s.embedding_batch_size)
        return CachedEmbeddings(model, s.embedding_cache or s.storage_dir / "embedding-cache.sqlite")

    def open_store(self, reset: bool = False) -> ChunkStore:
        s = self.settings
        return ChunkStore.open(
            model_id=self.embeddings.model_id,
            collection=s.collection,
            path=None if s.chroma_host else s.chroma_dir,
            host=s.chroma_host,
            port=s.chroma_port,
            reset=reset,
        )

    def search_config(self, **overrides) -> SearchConfig:
        s = self.settings
        values: dict[str, Any] = dict(
            k=s.k, candidates=s.candidates, fusion=s.fusion, rrf_k=s.rrf_k, dense_weight=s.dense_weight,
            bm25_weight=s.bm25_weight, scope_boost=s.scope_boost, max_query_chars=s.max_query_chars,
        )
        values.update({key: value for key, value in overrides.items() if value is not None})
        return SearchConfig(**values)

    # ------------------------------------------------------------ index
    def ingest(
        self, paths: list[Path] | None = None, *, rebuild: bool = False, progress: Progress | None = None
    ) -> IngestReport:
        store = self.open_store(reset=rebuild)
        report = ingest(
            paths or [self.settings.corpus_dir],
            store,
            self.embeddings,
            self.settings.lexical_dir,
            max_tokens=self.settings.chunk_max_tokens,
            replace=rebuild,
            progress=progress,
        )
        log.info("ingest: %s", report.summary())
        for warning in report.warnings:
            log.warning("ingest: %s", warning)
        for error in report.errors:
            log.error("ingest: %s", error)
        self._index = None
        self._register = None
        return report

    def index(self, progress: Progress | None = None) -> SearchIndex:
        """The loaded search index; built from the default corpus when empty."""
        if self._index is None:
            store = self.open_store()
            if store.count() == 0:
                self.ingest(progress=progress)
                store = self.open_store()
            self._index = SearchIndex.load(store, self.embeddings, self.settings.lexical_dir)
            self._weights = TermWeights(c.text for c in self._index.chunks.values())
        return self._index

    def search(
        self, question: str, *, k: int | None = None, filters: Filters | None = None, **config
    ) -> tuple[PreparedQuery, list[Passage]]:
        return self.index().search(question, self.search_config(k=k, **config), filters, hints=section_hints(question))

    def register(self) -> Register:
        """The responsibility/deadline/target register built at ingest.

        When the index was built by another process (a shared Chroma server)
        the register is rebuilt here from the plan files the chunks name.
        """
        if self._register is None:
            path = register_path(self.settings.lexical_dir)
            register = load_register(path)
            index = self.index()
            if set(register.plans) != set(index.plans):
                sources = {c.metadata.get("source", "") for c in index.chunks.values()}
                register = build_register([Path(s) for s in sorted(sources) if s and Path(s).exists()],
                                          ocr_cache=self.settings.lexical_dir / "ocr")
                try:
                    register.save(path)
                except OSError as exc:  # read-only storage: rebuilt again next time
                    log.warning("register not saved to %s (%s); it is rebuilt on the next start", path, exc)
            self._register = register
        return self._register

    # ------------------------------------------------------------ answers
    @cached_property
    def models(self) -> ChatModels:
        return ChatModels(self.settings)

    def chain(self, index: SearchIndex | None = None) -> AnswerChain:
        """The answer chain over the index, or over ``index``: anything that searches like it (the naive baseline)."""
        main = self.index()
        assert self._weights is not None
        if index is not None:
            return AnswerChain(index, self._weights, self.register(), self.settings, self.models)
        if self._chain is None or self._chain.index is not main:
            self._chain = AnswerChain(main, self._weights, self.register(), self.settings, self.models)
        return self._chain

    def _turn(self, question, history, filters, k, backend, config) -> Turn:
        return Turn(
            question=question, history=tuple(history), backend=backend or self.settings.answer_backend,
            config=self.search_config(k=k, **config), filters=filters,
        )

    def ask(
        self,
        question: str,
        *,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        k: int | None = None,
        backend: str | None = None,
        chain: AnswerChain | None = None,
        **config,
    ) -> Answer:
        """Answer a question (with the conversation so far) from the plans; ``chain`` from ``chain(index)``.

        Raises ``QueryError`` (a Vietnamese message) for an empty question.
        """
        chain = chain or self.chain()
        turn = self._turn(question, history, filters, k, backend, config)
        return _logged(turn.backend, chain.runnable().invoke(turn))

    def stream(
        self,
        question: str,
        *,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        k: int | None = None,
        backend: str | None = None,
        **config,
    ) -> Iterator[tuple[str, Any]]:
        """("delta", text) pieces while an LLM writes, then ("final", Answer); options as for ``ask``."""
        turn = self._turn(question, history, filters, k, backend, config)
        for event, value in self.chain().stream(turn):
            yield event, _logged(turn.backend, value) if event == "final" else value

    def configured_backends(self) -> list[str]:
        """LLM backends set up in the settings (the eval harness compares them)."""
        s = self.settings
        backends: list[str] = [s.answer_backend] if s.answer_backend != "extractive" else []
        if s.llm_base_url and "openai" not in backends:
            backends.append("openai")
        return backends

    def chat_model(self, backend: str | None = None):
        """The LangChain chat model of a backend (default: the configured one), e.g. for the judge."""
        return self.models.get(backend or (self.configured_backends() or ["openai"])[0])

    def close(self) -> None:
        """Stop a local LLM server if one was started."""
        if "models" in self.__dict__:
            self.models.close()


def fallback_notices(answer: Answer) -> list[str]:
    """The notices saying an LLM's answer was replaced by the extractive one (each gives the cause)."""
    return [n for n in answer.notices if n.startswith(FALLBACK_NOTICE.split("(")[0])]


def _logged(backend: str, answer: Answer) -> Answer:
    """Log an LLM answer replaced by the extractive one, with its cause."""
    if backend != "extractive" and answer.backend == "extractive":
        causes = fallback_notices(answer)
        if causes:
            log.warning("%s answer replaced by the extractive one: %s", backend, " ".join(causes))
    return answer
