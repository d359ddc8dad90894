"""The gold set's scoring rules (../shared/eval/README.md), as pure functions.

Retrieval: a passage supports a quote when at least half of the quote's word
5-grams (all of it, for a quote under five words) occur in the passage text,
both normalised the same way (``index.normalize.comparison_form``); "occur"
is a substring test on the normalised text. A line is a hit at k when every quote is
supported within the top k; MRR uses the first passage supporting the first
quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.normalize import comparison_form


def word_ngrams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = comparison_form(text).split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


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


def hit_rank(passages: Sequence[str], quotes: Sequence[str]) -> int | None:
    """Smallest k at which every quote is supported by some passage in the top k."""
    ranks = [first_support_rank(passages, q) for q in quotes]
    if not ranks or any(r is None for r in ranks):
        return None
    return max(ranks)  # type: ignore[arg-type]


def retrieval_scores(passages: Sequence[str], quotes: Sequence[str], ks: Sequence[int] = (1, 3, 5, 10)) -> dict:
    """hit@k for each k and the reciprocal rank of one gold line."""
    rank = hit_rank(passages, quotes)
    first = first_support_rank(passages, quotes[0]) if quotes else None
    scores = {f"hit@{k}": float(rank is not None and rank <= k) for k in ks}
    scores["rr"] = 1.0 / first if first else 0.0
    return scores


def mean_scores(rows: Sequence[dict]) -> dict:
    """Average each metric over gold lines (rr becomes mrr)."""
    if not rows:
        return {}
    keys = rows[0].keys()
    out = {key: sum(r[key] for r in rows) / len(rows) for key in keys}
    out["mrr"] = out.pop("rr")
    return out
