"""The gold set's scoring rules (../shared/eval/README.md), as pure functions.

Retrieval: a passage supports a quote when at least half of the quote's word
5-grams (all of it, for a quote under five words) occur in the passage text,
both normalised the same way (``index.normalize.comparison_form``); "occur"
is a substring test on the normalised text. A line is a hit at k when every quote is
supported within the top k; MRR uses the first passage supporting the first
quote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from index.normalize import comparison_form


def supports(passage_text: str, quote: str) -> bool:
    """Whether a passage holds a quote (half its 5-grams; all of a short quote).

    "Occur in the passage text" is read literally: each 5-gram (or the whole
    short quote), as normalised text, is a substring of the normalised
    passage. So punctuation glued to a word in the passage ("2%." for the
    quote's "2%") does not hide a match, as it would with word tuples.
    """
    quote_words = comparison_form(quote).split()
    if not quote_words:
        return False
    passage = comparison_form(passage_text)
    if len(quote_words) < 5:
        return " ".join(quote_words) in passage
    grams = {" ".join(quote_words[i : i + 5]) for i in range(len(quote_words) - 4)}
    return sum(1 for g in grams if g in passage) * 2 >= len(grams)


def first_support_rank(passages: Sequence[str], quote: str) -> int | None:
    """1-based rank of the first passage supporting the quote."""
    for rank, text in enumerate(passages, 1):
        if supports(text, quote):
            return rank
    return None


KS = (1, 3, 5, 10)


def retrieval_scores(passages: Sequence[str], quotes: Sequence[str], ks: Sequence[int] = KS) -> dict[str, Any]:
    """hit@k for each k and the reciprocal rank of one gold line, with the ranks they come from.

    The one place hit@k and MRR are computed: the eval harness and the
    retrieval benchmark both read these figures.
    """
    quote_ranks = [first_support_rank(passages, q) for q in quotes]
    rank = None if not quote_ranks or None in quote_ranks else max(r for r in quote_ranks if r is not None)
    scores: dict[str, Any] = {"quote_ranks": quote_ranks, "hit_rank": rank}
    scores.update({f"hit@{k}": rank is not None and rank <= k for k in ks})
    scores["rr"] = 1.0 / quote_ranks[0] if quote_ranks and quote_ranks[0] else 0.0
    return scores


def hit_rank(passages: Sequence[str], quotes: Sequence[str]) -> int | None:
    """Smallest k at which every quote is supported by some passage in the top k."""
    return retrieval_scores(passages, quotes)["hit_rank"]


def mean_scores(rows: Sequence[Mapping[str, Any]], ks: Sequence[int] = KS) -> dict[str, float | None]:
    """hit@k and MRR averaged over gold lines (None for each when there is no line)."""
    def mean(key: str) -> float | None:
        return sum(float(r[key]) for r in rows) / len(rows) if rows else None

    return {**{f"hit@{k}": mean(f"hit@{k}") for k in ks}, "mrr": mean("rr")}
