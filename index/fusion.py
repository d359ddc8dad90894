"""Fusion: the dense and BM25 candidate lists become one score per chunk, one function per ``Fusion``."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.query import Fusion, SearchConfig

Ranked = list[tuple[str, float]]  # (chunk id, retriever score), best first


def rrf(dense: Ranked, lexical: Ranked, config: SearchConfig) -> dict[str, float]:
    """Reciprocal rank fusion: ranks only, robust to the two score scales."""
    fused: dict[str, float] = {}
    for weight, ranked in ((config.dense_weight, dense), (config.bm25_weight, lexical)):
        for rank, (chunk_id, _) in enumerate(ranked):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (config.rrf_k + rank + 1)
    return fused


def weighted(dense: Ranked, lexical: Ranked, config: SearchConfig) -> dict[str, float]:
    """Min-max-normalised dense similarity plus max-normalised BM25, each weighted."""
    fused: dict[str, float] = {}
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


def dense_only(dense: Ranked, lexical: Ranked, config: SearchConfig) -> dict[str, float]:  # noqa: ARG001
    """The dense retriever alone (a baseline), scored as weighted fusion scores it."""
    return weighted(dense, [], config)


def bm25_only(dense: Ranked, lexical: Ranked, config: SearchConfig) -> dict[str, float]:  # noqa: ARG001
    """BM25 alone (a baseline), scored as weighted fusion scores it."""
    return weighted([], lexical, config)


FUSERS: dict[Fusion, Callable[[Ranked, Ranked, SearchConfig], dict[str, float]]] = {
    Fusion.WEIGHTED: weighted,
    Fusion.RRF: rrf,
    Fusion.DENSE: dense_only,
    Fusion.BM25: bm25_only,
}


def uses_dense(fusion: Fusion) -> bool:
    return fusion is not Fusion.BM25


def uses_lexical(fusion: Fusion) -> bool:
    return fusion is not Fusion.DENSE


def fuse(dense: Ranked, lexical: Ranked, config: SearchConfig) -> dict[str, float]:
    """Fuse two ranked candidate lists into one score per chunk id, as ``config.fuser`` says."""
    return FUSERS[config.fuser](dense, lexical, config)
