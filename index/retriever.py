"""Hybrid retrieval: dense (Chroma) + BM25, fused, with plan filters and scope.

Questions typed without accents are restored first (the dense model reads
accented Vietnamese far better), and the folded BM25 field matches whatever
the user typed. A question that names a province or a plan number is boosted
towards that plan's chunks: the same sentence ("Sở Tài chính chủ trì…")
appears in several plans and only the scope tells them apart.
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

from index.diacritics import AccentModel
from index.lexical import LexicalIndex
from index.normalize import canonical, fold_accents
from index.store import ChunkStore, StoredChunk, fingerprint
from index.structure import HEADER_TITLE, SIGNATURE_TITLE
from index.vocab.dates import YEAR
from index.vocab.documents import FOLDED_DOC_TYPES, FOLDED_DOCUMENT_REFERENCE

log = logging.getLogger(__name__)


class QueryError(ValueError):
    """A question that cannot be searched; the message is for the user."""


@dataclass(frozen=True)
class PreparedQuery:
    original: str
    text: str  # canonical, truncated
    restored: str  # accents restored
    truncated: bool


def prepare_query(question: str, accents: AccentModel | None, max_chars: int) -> PreparedQuery:
    """Validate, truncate and accent-restore a question (pure apart from the model)."""
    text = canonical(question or "").strip()
    if not text:
        raise QueryError("Câu hỏi trống: hãy nhập một câu hỏi về các kế hoạch giáo dục nghề nghiệp.")
    truncated = len(text) > max_chars
    if truncated:
        text = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
    restored = accents.restore(text) if accents else text
    return PreparedQuery(question, text, restored, truncated)


@dataclass(frozen=True)
class Filters:
    provinces: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    years: tuple[int, ...] = ()

    def where(self) -> dict | None:
        clauses: list[dict] = []
        if self.provinces:
            clauses.append({"province": {"$in": list(self.provinces)}})
        if self.docs:
            clauses.append({"doc": {"$in": list(self.docs)}})
        if self.years:
            clauses.append({"year": {"$in": [int(y) for y in self.years]}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def accepts(self, metadata: dict[str, Any]) -> bool:
        return (
            (not self.provinces or metadata.get("province") in self.provinces)
            and (not self.docs or metadata.get("doc") in self.docs)
            and (not self.years or metadata.get("year") in {int(y) for y in self.years})
        )


@dataclass(frozen=True)
class Passage:
    rank: int
    id: str
    text: str
    doc: str
    plan: str
    section: str
    score: float
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "text": self.text,
            "doc": self.doc,
            "plan": self.plan,
            "section": self.section,
            "score": round(self.score, 6),
        }


@dataclass(frozen=True)
class PlanInfo:
    doc: str
    label: str
    province: str
    number: str
    year: int | None
    title: str


def plan_catalogue(chunks: Iterable[StoredChunk]) -> dict[str, PlanInfo]:
    plans: dict[str, PlanInfo] = {}
    for chunk in chunks:
        m = chunk.metadata
        if m["doc"] not in plans:
            year = m.get("year")
            plans[m["doc"]] = PlanInfo(
                m["doc"], m.get("plan", m["doc"]), m.get("province", ""), m.get("number", ""),
                year if isinstance(year, int) and year > 0 else None, m.get("title", ""),
            )
    return plans


_SYLLABLE = re.compile(r"[0-9]+|[^\W_]+", re.UNICODE)


def _bigrams(folded: str) -> set[str]:
    syllables = _SYLLABLE.findall(folded)
    return {f"{a} {b}" for a, b in zip(syllables, syllables[1:])}


# Function words of plan titles: a pair made only of these says nothing.
_TITLE_FILLER = frozenset(
    "ve va cua cac cho den nam giai doan tam nhin ngay so thuc hien trien khai tren dia ban thanh pho tinh "
    "ke hoach kh ubnd nhan dan uy ban tai theo voi".split()
)


def _signature_grams(plan: PlanInfo) -> set[str]:
    province = set(_SYLLABLE.findall(fold_accents(plan.province)))
    return {
        gram
        for gram in _bigrams(fold_accents(plan.title))
        if not set(gram.split()) <= _TITLE_FILLER and not set(gram.split()) & province
    }


def _title_signatures(plans: Iterable[PlanInfo]) -> dict[str, frozenset[str]]:
    """Title bigrams that belong to one plan only: what tells plans of a province apart.

    The province (scored on its own) and pairs of filler words are left out.
    """
    grams = {plan.doc: _signature_grams(plan) for plan in plans}
    counts: dict[str, int] = {}
    for bag in grams.values():
        for gram in bag:
            counts[gram] = counts.get(gram, 0) + 1
    return {doc: frozenset(g for g in bag if counts[g] == 1) for doc, bag in grams.items()}


_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class DocumentReference:
    """A document named by its number: digits without leading zeros, folded type code, span."""

    number: str
    code: str
    span: tuple[int, int]


def document_references(folded: str) -> list[DocumentReference]:
    """Every document a folded text names by number, of any type ("qd 647", "70/kh-ubnd", "06-nq/tu").

    The code of the number's own tail ("/qd-ubnd") wins over the type word before it.
    """
    out = []
    for m in FOLDED_DOCUMENT_REFERENCE.finditer(folded):
        code = _LETTERS.search(m["tail"]).group(0) if m["tail"] else FOLDED_DOC_TYPES.get(m["type"], m["type"])  # type: ignore[union-attr]  # a coded tail has letters
        out.append(DocumentReference(m["num"].lstrip("0") or "0", code, m.span()))
    return out


def _own_reference(plan: PlanInfo) -> tuple[str, str] | None:
    """(number, code) of the plan's own document number, None when it has none (a draft)."""
    refs = document_references(fold_accents(plan.number)) if plan.number else []
    return (refs[0].number, refs[0].code) if refs else None


@dataclass(frozen=True)
class _PlanKeys:
    doc: str
    province: re.Pattern[str] | None
    reference: tuple[str, str] | None
    year: str
    signature: frozenset[str]


class PlanScope:
    """What names each plan in a question, compiled once per catalogue.

    A plan's number, of whatever document type, named with the same type
    ("70/KH-UBND", "kế hoạch 70"; "QĐ 647", "quyết định 647" for "647/QĐ-UBND")
    is decisive (2), a province name strong (1), words of the plan's title that
    no other plan shares up to 1.5 (they tell two plans of one province apart:
    "Chiến lược…" vs "Nghị quyết 06…"), the year of issue weak (0.5). Learned
    from the catalogue, nothing fixed; with hundreds of plans, compiling per
    query would dominate.
    """

    def __init__(self, plans: dict[str, PlanInfo]) -> None:
        signatures = _title_signatures(plans.values())
        self.keys = [self._keys(plan, signatures[doc]) for doc, plan in plans.items()]
        # The plans' own (number, code) pairs and type codes; the numbers they carry or cite in their titles.
        self.own_references = frozenset(key.reference for key in self.keys if key.reference)
        self.own_codes = frozenset(code for _, code in self.own_references)
        self.known_numbers = frozenset(
            ref.number
            for plan in plans.values()
            for ref in document_references(fold_accents(f"{plan.number} {plan.title}"))
        )

    @staticmethod
    def _keys(plan: PlanInfo, signature: frozenset[str]) -> _PlanKeys:
        province = re.compile(rf"\b{re.escape(fold_accents(plan.province))}\b") if plan.province else None
        return _PlanKeys(plan.doc, province, _own_reference(plan), str(plan.year or ""), signature)

    def evidence(self, folded_question: str) -> dict[str, float]:
        question_grams = _bigrams(folded_question)
        references = {(ref.number, ref.code) for ref in document_references(folded_question)}
        years = set(YEAR.findall(folded_question))
        province_found: dict[str, bool] = {}  # hundreds of plans share a few dozen provinces
        raw: dict[str, float] = {}
        for key in self.keys:
            score = 0.0
            if key.province is not None:
                if key.province.pattern not in province_found:
                    province_found[key.province.pattern] = key.province.search(folded_question) is not None
                score += 1.0 if province_found[key.province.pattern] else 0.0
            if key.reference in references:
                score += 2.0
            score += min(1.5, 0.5 * len(key.signature & question_grams))
            if key.year in years:
                score += 0.5
            raw[key.doc] = score
        return raw

    def scores(self, folded_question: str) -> dict[str, float]:
        """Scope evidence scaled to [0, 1] by the best plan's."""
        raw = self.evidence(folded_question)
        top = max(raw.values(), default=0.0)
        return {doc: s / top for doc, s in raw.items()} if top > 0 else {}


def scope_evidence(folded_question: str, plans: dict[str, PlanInfo]) -> dict[str, float]:
    return PlanScope(plans).evidence(folded_question)


def scope_scores(folded_question: str, plans: dict[str, PlanInfo]) -> dict[str, float]:
    return PlanScope(plans).scores(folded_question)


# Parts every plan has in the same place, which a question may be about (``SearchIndex.search(hints=…)``):
# the signature (who signed), the header (number, issue date), the first item of "Tổ chức thực hiện" (the lead).
SIGNATURE_HINT = "signature"
HEADER_HINT = "header"
PLAN_LEAD_HINT = "plan_lead"
_ORGANISATION = re.compile(r"\bto chuc thuc hien\b")
HINT_LIFT = 1.05


def first_agency_section(sections: Iterable[str]) -> str | None:
    """The first item under "Tổ chức thực hiện": where plans name the body that leads them."""
    for section in sections:
        parts = section.split(" › ")
        if len(parts) >= 2 and _ORGANISATION.search(fold_accents(parts[0])):
            return section
    return None


@dataclass
class SearchConfig:
    k: int = 10
    candidates: int = 40
    fusion: str = "weighted"  # weighted | rrf
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.5
    scope_boost: float = 0.5
    max_query_chars: int = 2000
    mode: str = "hybrid"  # hybrid | dense | bm25
    section_hints: bool = True


def fuse(
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    config: SearchConfig,
) -> dict[str, float]:
    """Fuse two ranked candidate lists into one score per chunk id.

    RRF uses ranks only, robust to the two score scales; weighted fusion uses
    min-max-normalised dense similarity and max-normalised BM25.
    """
    if config.fusion == "rrf":
        fused: dict[str, float] = {}
        for weight, ranked in ((config.dense_weight, dense), (config.bm25_weight, lexical)):
            for rank, (chunk_id, _) in enumerate(ranked):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (config.rrf_k + rank + 1)
        return fused
    if config.fusion != "weighted":
        raise ValueError(f"unknown fusion '{config.fusion}' (weighted | rrf)")
    fused = {}
    if dense:
        values = np.array([s for _, s in dense], dtype=float)
        low, high = float(values.min()), float(values.max())
        span = high - low if high > low else 1.0
        for chunk_id, score in dense:
            fused[chunk_id] = fused.get(chunk_id, 0.0) + config.dense_weight * (score - low) / span
    top = max((s for _, s in lexical), default=0.0)
    for chunk_id, score in lexical:
        fused[chunk_id] = fused.get(chunk_id, 0.0) + config.bm25_weight * (score / top if top > 0 else 0.0)
    return fused


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
        self.plans = plan_catalogue(chunks.values())
        self.scope = PlanScope(self.plans)
        self._plan_metadata: dict[str, dict[str, Any]] = {}
        self._sections: dict[tuple[str, str], list[str]] = {}
        self._doc_sections: dict[str, list[str]] = {}
        for chunk in sorted(chunks.values(), key=lambda c: (c.metadata["doc"], c.metadata.get("ordinal", 0))):
            doc, section = chunk.metadata["doc"], chunk.metadata.get("section", "")
            self._plan_metadata.setdefault(doc, chunk.metadata)
            if (doc, section) not in self._sections:
                self._doc_sections.setdefault(doc, []).append(section)
            self._sections.setdefault((doc, section), []).append(chunk.id)
        self._lexical_pos = {chunk_id: i for i, chunk_id in enumerate(lexical.ids)}

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
        if config.mode in ("hybrid", "dense"):
            vector = self.embeddings.embed_query(query.restored)
            dense = [(h.chunk.id, h.score) for h in self.store.query(vector, config.candidates, filters.where())]
        if config.mode in ("hybrid", "bm25"):
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

    def _apply_section_hints(
        self, fused: dict[str, float], hints: set[str], scope: dict[str, float], filters: Filters
    ) -> None:
        """Put the part a question is structurally about first (signature, header, plan lead)."""
        top = max(fused.values())
        for doc, weight in scope.items():
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

    def plans_metadata(self, doc: str) -> dict[str, Any]:
        """The plan-level metadata (signer, date, ...) every chunk of a plan carries."""
        return self._plan_metadata.get(doc, {})

    def section_passages(self, doc: str, section: str, rank: int = 1, score: float = 1.0) -> list[Passage]:
        """Every chunk of one section in reading order: a long item spans several."""
        return [self.passage(i, rank, score) for i in self._sections.get((doc, section), [])]

    def passage(self, chunk_id: str, rank: int = 1, score: float = 1.0) -> Passage:
        """A stored chunk as a passage (also for parts fetched by section, not by search)."""
        chunk = self.chunks[chunk_id]
        m = chunk.metadata
        return Passage(rank, chunk_id, chunk.text, m["doc"], m.get("plan", m["doc"]), m.get("section", ""), score, m)


def build_side_indexes(chunks: list[StoredChunk], current: str, cache_dir: Path) -> tuple[LexicalIndex, AccentModel]:
    """BM25 over the chunks and an accent model learned from their text."""
    ordered = sorted(chunks, key=lambda c: c.id)
    # The plan label is indexed with each chunk: questions name the plan.
    lexical = LexicalIndex.build(
        [c.id for c in ordered], [f"{c.metadata.get('plan', '')}\n{c.text}" for c in ordered], current
    )
    accents = AccentModel.train(c.text for c in ordered)
    try:
        lexical.save(cache_dir / "bm25")
        accents.save(cache_dir / "accents.json")
    except OSError as exc:  # a read-only cache only costs a rebuild next time
        log.warning("BM25 and accent models not saved to %s (%s); they are rebuilt on the next load", cache_dir, exc)
    return lexical, accents
