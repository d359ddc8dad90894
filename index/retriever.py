"""Hybrid retrieval, the public names in one place: ``from index.retriever import Passage, SearchIndex, …``.

The parts: ``index.query`` (question preparation, filters, search settings),
``index.plan_scope`` (which plans a question names), ``index.fusion`` (dense +
BM25 into one ranking) and ``index.search`` (the loaded index and its passages).
"""

from index.fusion import FUSERS, fuse
from index.metadata import PlanMetadata
from index.plan_scope import DocumentReference, PlanScope, document_references, scope_evidence, scope_scores
from index.query import Filters, Fusion, PreparedQuery, QueryError, SearchConfig, prepare_query
from index.search import (
    BASIS_HINT,
    COPY_HINT,
    FUNDING_HINT,
    HEADER_HINT,
    HINT_LIFT,
    PLAN_LEAD_HINT,
    SIGNATURE_HINT,
    Passage,
    SearchIndex,
    build_side_indexes,
    first_agency_section,
    funding_sections,
)

__all__ = [
    "BASIS_HINT", "COPY_HINT", "FUNDING_HINT", "FUSERS", "HEADER_HINT", "HINT_LIFT", "PLAN_LEAD_HINT", "SIGNATURE_HINT",
    "DocumentReference",
    "Filters", "Fusion", "Passage", "PlanMetadata", "PlanScope", "PreparedQuery", "QueryError", "SearchConfig",
    "SearchIndex", "build_side_indexes", "document_references", "first_agency_section", "funding_sections", "fuse",
    "prepare_query", "scope_evidence", "scope_scores",
]
