"""The search index: dense (Chroma) + BM25 candidates, fused, boosted towards the plans a question names.

Everything a query needs is loaded once (store, BM25, accent model, chunks,
the plan catalogue and its compiled scope); the parts live in
``index.query`` (what is asked), ``index.fusion`` (how two rankings become
one) and ``index.plan_scope`` (which plans a question names).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from index.chunking import SECTION_SEPARATOR
from index.diacritics import AccentModel
from index.fusion import fuse, uses_dense, uses_lexical
from index.glossary import read_in_full_with
from index.lexical import LexicalIndex
from index.metadata import PlanMetadata
from index.normalize import fold_accents
from index.plan_scope import PlanScope, cites_document
from index.query import Filters, PreparedQuery, SearchConfig, prepare_query
from index.store import ChunkStore, StoredChunk, fingerprint
from index.structure import BASIS_TITLE, COPY_TITLE, HEADER_TITLE, SIGNATURE_TITLE
from index.vocab.phrases import FUNDING_HEADING

log = logging.getLogger(__name__)

QUERY_VECTORS_KEPT = 64  # the recent questions' vectors: one turn searches several times with the same text


@dataclass(frozen=True)
class Passage:
    rank: int
    id: str
    text: str
    doc: str
    plan: str
    section: str
    score: float
    # The stored dict, until every reader uses the typed fields below.
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)
    # The plan the passage is from, the chunk's place in it, and whether the plan was read from a scan.
    # A passage built by hand with only ``metadata`` gets them from it.
    document: PlanMetadata = field(default=None, compare=False)  # type: ignore[assignment]  # see __post_init__
    ordinal: int = field(default=0, compare=False)
    ocr: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if self.document is None:
            stored = {"doc": self.doc, "plan": self.plan, **self.metadata}
            object.__setattr__(self, "document", PlanMetadata.from_chunk_metadata(stored))
            object.__setattr__(self, "ordinal", int(stored.get("ordinal", 0)))
            object.__setattr__(self, "ocr", bool(stored.get("ocr")))

    def as_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "text": self.text,
            "doc": self.doc,
            "plan": self.plan,
            "section": self.section,
            "score": round(self.score, 6),
        }


# Parts every plan has in the same place, which a question may be about (``SearchIndex.search(hints=…)``):
# the signature (who signed), the header (number, issue date), the first item of "Tổ chức thực hiện" (the lead).
SIGNATURE_HINT = "signature"
HEADER_HINT = "header"
PLAN_LEAD_HINT = "plan_lead"
FUNDING_HINT = "funding"
BASIS_HINT = "basis"
COPY_HINT = "copy"  # a certified copy's own block: who copied, its number, date and signer
_ORGANISATION = re.compile(r"\bto chuc thuc hien\b")
HINT_LIFT = 1.05


def first_agency_section(sections: Iterable[str]) -> str | None:
    """The first item under "Tổ chức thực hiện": where plans name the body that leads them."""
    for section in sections:
        parts = section.split(" › ")
        if len(parts) >= 2 and _ORGANISATION.search(fold_accents(parts[0])):
            return section
    return None


def funding_sections(sections: Iterable[str]) -> list[str]:
    """The sections under a heading about the plan's money ("IV. KINH PHÍ THỰC HIỆN"): where plans say
    where the money comes from."""
    return [s for s in sections if any(FUNDING_HEADING.match(part.strip()) for part in s.split(SECTION_SEPARATOR))]


class SearchIndex:
    """Everything a query needs, loaded once: store, BM25, accents, chunk cache."""

    def __init__(
        self,
        store: ChunkStore,
        embeddings: Embeddings,
        lexical: LexicalIndex,
        accents: AccentModel,
        chunks: dict[str, StoredChunk],
    ) -> None:
        self.store = store
        self.embeddings = embeddings
        self.lexical = lexical
        self.accents = accents
        self.chunks = chunks
        self.plans = {
            doc: PlanMetadata.from_chunk_metadata(chunk.metadata)
            for doc, chunk in _first_chunks(chunks.values()).items()
        }
        # Plans read from a scan: their figures deserve a check (the UI marks them).
        self.scanned = frozenset(c.metadata["doc"] for c in chunks.values() if c.metadata.get("ocr"))
        self._sections: dict[tuple[str, str], list[str]] = {}
        self._doc_sections: dict[str, list[str]] = {}
        for chunk in sorted(chunks.values(), key=lambda c: (c.metadata["doc"], c.metadata.get("ordinal", 0))):
            doc, section = chunk.metadata["doc"], chunk.metadata.get("section", "")
            if (doc, section) not in self._sections:
                self._doc_sections.setdefault(doc, []).append(section)
            self._sections.setdefault((doc, section), []).append(chunk.id)
        self._lexical_pos = {chunk_id: i for i, chunk_id in enumerate(lexical.ids)}
        self._query_vectors: dict[str, np.ndarray] = {}
        self._folded_texts: dict[str, str] = {}

    @property
    def scope(self) -> PlanScope:
        """The catalogue's compiled scope: compiled on first use, again only when the plans change."""
        return PlanScope.of(self.plans)

    @classmethod
    def load(cls, store: ChunkStore, embeddings: Embeddings, cache_dir: Path) -> SearchIndex:
        """Load the BM25 and accent models, rebuilding them if the store changed."""
        chunks = {c.id: c for c in store.all_chunks()}
        current = fingerprint(chunks)
        lexical = LexicalIndex.load(cache_dir / "bm25")
        accents = None
        if lexical is not None and lexical.fingerprint == current:
            try:
                accents = AccentModel.load(cache_dir / "accents.json")
            except (OSError, ValueError):
                pass  # missing, or saved by an older version of the model: rebuilt below
        if lexical is None or accents is None:
            lexical, accents = build_side_indexes(list(chunks.values()), current, cache_dir)
        return cls(store, embeddings, lexical, accents, chunks)

    # ------------------------------------------------------------ search
    def search(
        self,
        question: str,
        config: SearchConfig | None = None,
        filters: Filters | None = None,
        hints: set[str] | None = None,
    ) -> tuple[PreparedQuery, list[Passage]]:
        """The best passages for a question.

        ``hints`` name the plan parts the question is about wherever they stand
        (``SIGNATURE_HINT``, ``HEADER_HINT``, ``PLAN_LEAD_HINT``): reading the
        question is the answerer's business, so the caller says which.
        """
        config = config or SearchConfig()
        filters = filters or Filters()
        query = prepare_query(question, self.accents, config.max_query_chars)
        dense: list[tuple[str, float]] = []
        lexical: list[tuple[str, float]] = []
        if uses_dense(config.fuser):
            vector = self.query_vector(query.restored).tolist()
            dense = [(h.chunk.id, h.score) for h in self.store.query(vector, config.candidates, filters.where())]
        if uses_lexical(config.fuser):
            lexical = self._lexical_candidates(query, config.candidates, filters)
        fused = fuse(dense, lexical, config)
        folded = fold_accents(query.restored)
        scope = self.scope.scores(folded)
        if scope and config.scope_boost:
            for chunk_id in fused:
                doc = self.chunks[chunk_id].metadata["doc"] if chunk_id in self.chunks else ""
                fused[chunk_id] *= 1.0 + config.scope_boost * scope.get(doc, 0.0)
        if scope and fused and hints and config.section_hints:
            self._apply_section_hints(fused, hints, scope, filters)
        ordered = sorted(fused.items(), key=lambda item: (-item[1], item[0]))[: config.k]
        return query, [self.passage(chunk_id, rank, score) for rank, (chunk_id, score) in enumerate(ordered, 1)]

    def query_vector(self, question: str) -> np.ndarray:
        """The question's dense vector, kept for the few calls of one turn (search, per-plan search, similarity)."""
        vector = self._query_vectors.get(question)
        if vector is None:
            vector = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
            if len(self._query_vectors) >= QUERY_VECTORS_KEPT:
                self._query_vectors.pop(next(iter(self._query_vectors)))
            self._query_vectors[question] = vector
        return vector

    def similarity(self, question: str, text: str) -> float:
        """Cosine of a question and a text in the dense model's space.

        Wording unlike the plan's ("xuất khẩu lao động" for "đi làm việc ở nước
        ngoài") shares few words with the quote but lands close to it here.
        """
        q = self.query_vector(question)
        d = np.asarray(self.embeddings.embed_documents([text])[0], dtype=np.float32)
        norm = float(np.linalg.norm(q) * np.linalg.norm(d))
        return float(q @ d) / norm if norm else 0.0

    def _apply_section_hints(
        self, fused: dict[str, float], hints: set[str], scope: dict[str, float], filters: Filters
    ) -> None:
        """Put the part a question is structurally about first (signature, header, plan lead, funding, basis), in
        the plans the question names, and in the plans a search is narrowed to (a plan named by its province and
        year, searched alone)."""
        top = max(fused.values())
        narrowed = dict.fromkeys(filters.docs or (), 1.0)
        for doc, weight in {**scope, **narrowed}.items():
            if weight < 1.0:
                continue
            for chunk_id in self._hinted_chunks(doc, hints):
                if filters.accepts(self.chunks[chunk_id].metadata):
                    fused[chunk_id] = max(fused.get(chunk_id, 0.0), top * HINT_LIFT)

    def _hinted_chunks(self, doc: str, hints: set[str]) -> list[str]:
        out: list[str] = []
        if SIGNATURE_HINT in hints:
            out.extend(self._sections.get((doc, SIGNATURE_TITLE), []))
        if HEADER_HINT in hints:
            out.extend(self._sections.get((doc, HEADER_TITLE), []))
        if PLAN_LEAD_HINT in hints:
            lead = first_agency_section(self._doc_sections.get(doc, []))
            if lead is not None:
                out.extend(self._sections[(doc, lead)][:1])
        if FUNDING_HINT in hints:
            for section in funding_sections(self._doc_sections.get(doc, [])):
                out.extend(self._sections[(doc, section)])
        if COPY_HINT in hints:
            out.extend(self._sections.get((doc, COPY_TITLE), []))
        if BASIS_HINT in hints:  # what the plan implements: its legal basis, and the title naming it
            out.extend(self._sections.get((doc, BASIS_TITLE), []))
            out.extend(self._sections.get((doc, HEADER_TITLE), []))
        return out

    def _lexical_candidates(self, query: PreparedQuery, n: int, filters: Filters) -> list[tuple[str, float]]:
        scores = self.lexical.scores(query.restored, query.text)
        if scores.size == 0:
            return []
        if filters.where() is not None:
            mask = np.array([filters.accepts(self.chunks[i].metadata) for i in self.lexical.ids])
            scores = np.where(mask, scores, 0.0)
        if scores.size > n:  # partial selection first: a full sort of every chunk is the slow part
            best = np.argpartition(-scores, n - 1)[:n]
            top = best[np.lexsort((best, -scores[best]))]
        else:
            top = np.lexsort((np.arange(scores.size), -scores))
        return [(self.lexical.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def mentions(self, doc: str, folded_words: str) -> bool:
        """Whether a plan's text names these folded words anywhere ("cam duong"), in a row whatever stands between
        them (a line break, a dash, a comma): a place or a name a question singles out that its plan never names
        cannot be answered from it."""
        words = r"\W+".join(map(re.escape, folded_words.split()))
        return re.search(rf"\b{words}\b", self._folded_text(doc)) is not None

    def cites(self, doc: str, number: str, code: str) -> bool:
        """Whether a plan's text cites a document by its number and type code ("37-CT/TW", "06/NQ-CP",
        "12/2024/NQ-HĐND" for 37 "ct", 6 "nq", 12 "nq"): a document the question asks about that no plan cites is
        not in the plans."""
        return cites_document(self._folded_text(doc), number, code)

    def _folded_text(self, doc: str) -> str:
        """A plan's whole text folded, read once."""
        if doc not in self._folded_texts:
            texts = [self.chunks[i].text for section in self._doc_sections.get(doc, [])
                     for i in self._sections[(doc, section)]]
            self._folded_texts[doc] = fold_accents("\n".join(texts))
        return self._folded_texts[doc]

    def child_sections(self, doc: str, section: str) -> list[str]:
        """The sections directly under ``section``, in reading order (from the per-plan section list,
        not a scan of every chunk: list and document answers ask this on the answer path)."""
        prefix = section + SECTION_SEPARATOR
        return [child for child in self._doc_sections.get(doc, [])
                if child.startswith(prefix) and SECTION_SEPARATOR not in child[len(prefix):]]

    def sections_under(self, doc: str, section: str) -> list[str]:
        """``section`` and every section below it at any depth, in reading order: an article's items have chunks
        of their own where the article's title has none ("Điều 2. Hiệu lực thi hành" › "1. Quyết định này …")."""
        prefix = section + SECTION_SEPARATOR
        return [s for s in self._doc_sections.get(doc, []) if s == section or s.startswith(prefix)]

    def section_passages(self, doc: str, section: str, rank: int = 1, score: float = 1.0) -> list[Passage]:
        """Every chunk of one section in reading order: a long item spans several."""
        return [self.passage(i, rank, score) for i in self._sections.get((doc, section), [])]

    def passages_of(self, doc: str) -> list[Passage]:
        """Every chunk of one plan in reading order, section by section."""
        return [p for section in self._doc_sections.get(doc, []) for p in self.section_passages(doc, section)]

    def passage(self, chunk_id: str, rank: int = 1, score: float = 1.0) -> Passage:
        """A stored chunk as a passage (also for parts fetched by section, not by search)."""
        chunk = self.chunks[chunk_id]
        m = chunk.metadata
        plan = self.plans[m["doc"]]
        return Passage(
            rank, chunk_id, chunk.text, plan.doc, plan.label, m.get("section", ""), score, m,
            document=plan, ordinal=int(m.get("ordinal", 0)), ocr=bool(m.get("ocr")),
        )


def _first_chunks(chunks: Iterable[StoredChunk]) -> dict[str, StoredChunk]:
    """One chunk per plan (the first met): every chunk of a plan carries the plan's metadata."""
    first: dict[str, StoredChunk] = {}
    for chunk in chunks:
        first.setdefault(chunk.metadata["doc"], chunk)
    return first


def build_side_indexes(chunks: list[StoredChunk], current: str, cache_dir: Path) -> tuple[LexicalIndex, AccentModel]:
    """BM25 over the chunks and an accent model learned from their text."""
    ordered = sorted(chunks, key=lambda c: c.id)
    # The plan label is indexed with each chunk: questions name the plan. The plan's own abbreviations are read
    # in full.
    lexical = LexicalIndex.build(
        [c.id for c in ordered],
        [f"{c.metadata.get('plan', '')}\n{read_in_full_with(c.text, c.metadata.get('abbreviations', ''))}"
         for c in ordered], current
    )
    accents = AccentModel.train(c.text for c in ordered)
    try:
        lexical.save(cache_dir / "bm25")
        accents.save(cache_dir / "accents.json")
    except OSError as exc:  # a read-only cache only costs a rebuild next time
        log.warning("BM25 and accent models not saved to %s (%s); they are rebuilt on the next load", cache_dir, exc)
    return lexical, accents
