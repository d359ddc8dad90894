"""The one object the CLI, the UI and the eval harness build once.

It owns the loaded models (embedding model, BM25, accent model) so every
caller pays the load cost once, and it builds the index on first use when
the storage is empty.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Sequence

from assistant.answer import Answer
from assistant.extractive import TermWeights
from assistant.qa import Retrieved, answer_extractive, retrieve
from assistant.settings import Settings, get_settings
from index.embeddings import make_embeddings
from index.pipeline import IngestReport, Progress, ingest
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex
from index.store import ChunkStore


class Assistant:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._index: SearchIndex | None = None
        self._weights: TermWeights | None = None

    @cached_property
    def embeddings(self):
        s = self.settings
        return make_embeddings(s.embedding_backend, s.embedding_model, s.embedding_batch_size)

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
        values = dict(
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
        self._index = None
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
        return self.index().search(question, self.search_config(k=k, **config), filters)

    # ------------------------------------------------------------ answers
    def ask(
        self,
        question: str,
        *,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        k: int | None = None,
        backend: str | None = None,
        **config,
    ) -> Answer:
        """Answer a question (with the conversation so far) from the plans."""
        index = self.index()
        retrieved = retrieve(index, question, self.search_config(k=k, **config), filters)
        return self._answer(retrieved)

    def answer_passages(
        self, question: str, passages: list[Passage], *, history: Sequence[tuple[str, str]] = (), backend: str | None = None
    ) -> Answer:
        """Answer from passages the caller retrieved (e.g. the eval's naive baseline)."""
        from assistant.questions import profile_question
        from assistant.scope import resolve_scope
        from index.retriever import prepare_query

        index = self.index()
        query = prepare_query(question, index.accents, self.settings.max_query_chars)
        retrieved = Retrieved(
            question, query, profile_question(query.restored), resolve_scope(query.restored, index.plans), passages
        )
        return self._answer(retrieved)

    def _answer(self, retrieved: Retrieved) -> Answer:
        index = self.index()
        assert self._weights is not None
        answer = answer_extractive(index, self._weights, retrieved)
        answer.standalone_question = retrieved.query.text
        return answer
