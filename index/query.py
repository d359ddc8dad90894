"""What a search is asked: the prepared question, the plan filters and the search settings.

Questions typed without accents are restored first (the dense model reads
accented Vietnamese far better); the folded BM25 field matches whatever the
user typed, so both spellings are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from index.diacritics import AccentModel
from index.metadata import PlanMetadata
from index.normalize import canonical


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
        """Whether a chunk's store metadata passes, as Chroma's ``where`` would decide."""
        return (
            (not self.provinces or metadata.get("province") in self.provinces)
            and (not self.docs or metadata.get("doc") in self.docs)
            and (not self.years or metadata.get("year") in {int(y) for y in self.years})
        )

    def accepts_plan(self, plan: PlanMetadata) -> bool:
        """Whether a plan's chunks pass: the same rule, asked of the plan."""
        return self.accepts(plan.chunk_fields())


class Fusion(StrEnum):
    """How the dense and BM25 candidates become one ranking (``index.fusion.FUSERS`` says how).

    ``dense`` and ``bm25`` search with one retriever only: the baselines fusion is measured against.
    """

    WEIGHTED = "weighted"
    RRF = "rrf"
    DENSE = "dense"
    BM25 = "bm25"


@dataclass
class SearchConfig:
    k: int = 10
    candidates: int = 40
    fusion: Fusion = Fusion.WEIGHTED  # how hybrid candidates become one ranking
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.5
    scope_boost: float = 0.5
    max_query_chars: int = 2000
    section_hints: bool = True
    mode: str = "hybrid"  # or one retriever alone, "dense" | "bm25": the baselines of the eval configurations

    def __post_init__(self) -> None:
        # Settings, the CLI and eval configurations name the fusion by its value.
        try:
            self.fusion = Fusion(self.fusion)
        except ValueError:
            raise ValueError(f"unknown fusion '{self.fusion}' ({' | '.join(Fusion)})") from None
        if self.mode not in ("hybrid", Fusion.DENSE, Fusion.BM25):
            raise ValueError(f"unknown search mode '{self.mode}' (hybrid | dense | bm25)")

    @property
    def fuser(self) -> Fusion:
        """The fusion in effect: a single-retriever mode is its own."""
        return self.fusion if self.mode == "hybrid" else Fusion(self.mode)
