"""Per-line verdicts and aggregate figures, following ../shared/eval/README.md.

Scoring works on the ``ask --jsonl`` shape (``answer``, ``refused``,
``citations`` with ``doc`` and ``text``, ``passages`` with ``text``), so any
output in that format can be scored, whichever backend or configuration
produced it. Text comparison uses ``index.normalize.comparison_form`` (NFC,
lower case, no ``*``/``#``, dashes, tone placement, one space) and quote
support the word 5-gram rule of ``eval.metrics``.

Where the README leaves room, these choices are made:

- **Answer accuracy** is over answerable lines only; an alternative "occurs"
  when its normalised form is a substring of the normalised answer text (the
  answer text only, not the cited passages). A refused answerable line is
  incorrect even if its text happens to contain the facts.
- **Refusal** is read from the assistant's ``refused`` flag, not guessed from
  wording. An unanswerable line passes when ``refused`` is true *and* it has
  no citation. ``refusal_accuracy`` = passing unanswerable / unanswerable;
  ``false_refusal_rate`` = refused answerable / answerable.
- **Citation precision** is micro-averaged: supported cited passages / all
  cited passages, over answerable lines (an unanswerable line's citations are
  already punished by the refusal rule). The same passage cited twice in one
  answer counts once. A citation is judged on its passage ``text``; on a
  ``cross_doc`` line only the quotes whose ``doc`` is the citation's ``doc``
  count. ``citation_precision_macro`` (mean over lines that cite) is given
  beside it. With no citation at all the figure is ``null``, not 0 or 1.
- **Retrieval** (hit@k, MRR) is over answerable lines with evidence, on the
  passages the answer returned (their order is the rank). hit@10 with fewer
  than 10 passages is a miss beyond what was returned.
- **Short answer** (answerable lines): ``short_complete`` applies the
  accuracy rule above to the answer's one-sentence ``short_answer`` alone
  (refused or empty = not complete); ``short_answer_complete`` is its share
  and ``short_answer_median_chars`` the median length of the non-empty
  short answers (statistics.median: the mean of the two middle ones for an
  even count).
- **Latency** p50/p95 use the nearest-rank percentile; they are the only
  figures that are not deterministic.
- A figure with no line to measure it on (e.g. answer accuracy of the
  ``unanswerable`` category) is ``null``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eval.gold import GoldLine
from eval.metrics import mean_scores, retrieval_scores, supports
from index.normalize import comparison_form


# ------------------------------------------------------------------ answers
def contains(answer: str, alternative: str) -> bool:
    """Whether the normalised alternative occurs in the normalised answer."""
    needle = comparison_form(alternative)
    return bool(needle) and needle in comparison_form(answer)


def groups_found(answer: str, must_include: Sequence[Sequence[str]]) -> list[bool]:
    """For each must_include group, whether any of its alternatives occurs."""
    return [any(contains(answer, alt) for alt in group) for group in must_include]


def answer_correct(answer: str, must_include: Sequence[Sequence[str]], refused: bool = False) -> bool:
    """Every group matched, and the assistant did not refuse."""
    return not refused and bool(must_include) and all(groups_found(answer, must_include))


def short_complete(short_answer: str, must_include: Sequence[Sequence[str]], refused: bool = False) -> bool:
    """Whether the one-sentence short answer alone holds every fact (the accuracy rule, reused)."""
    return answer_correct(short_answer, must_include, refused)


def refusal_passed(refused: bool, citations: Sequence) -> bool:
    """An unanswerable line: the assistant refused and cited nothing."""
    return bool(refused) and not citations


# ---------------------------------------------------------------- citations
def _field(item: Any, name: str) -> str:
    value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, "")
    return value or ""


def citation_supported(citation: Any, gold: GoldLine) -> bool:
    """Whether a cited passage supports an evidence quote of the line.

    On a cross-document line the citation must support the quote of the plan
    it names (the evidence whose ``doc`` is the citation's ``doc``).
    """
    text, doc = _field(citation, "text"), _field(citation, "doc")
    evidence = gold.evidence
    if gold.category == "cross_doc":
        evidence = tuple(e for e in evidence if e.doc == doc)
    return any(supports(text, e.quote) for e in evidence)


def unique_citations(citations: Sequence) -> list:
    """Citations with a repeated passage (same doc and text) dropped."""
    seen, out = set(), []
    for c in citations:
        key = (_field(c, "doc"), _field(c, "text"))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# --------------------------------------------------------------- one line
def score_line(gold: GoldLine, result: Mapping[str, Any]) -> dict[str, Any]:
    """The verdicts of one answered gold line (``result`` in ``ask --jsonl`` shape)."""
    answer = result.get("answer") or ""
    short = result.get("short_answer") or ""
    refused = bool(result.get("refused"))
    citations = list(result.get("citations") or [])
    passages = [_field(p, "text") for p in result.get("passages") or []]
    verdict: dict[str, Any] = {"answerable": gold.answerable, "refused": refused, "error": result.get("error")}
    if gold.answerable:
        found = groups_found(answer, gold.must_include)
        cited = unique_citations(citations)
        ok = [citation_supported(c, gold) for c in cited]
        verdict.update(
            correct=answer_correct(answer, gold.must_include, refused),
            groups_found=found,
            missing=[list(g) for g, hit in zip(gold.must_include, found) if not hit],
            false_refusal=refused,
            refusal_ok=None,
            citations_ok=ok,
            citation_precision=sum(ok) / len(ok) if ok else None,
            short_complete=short_complete(short, gold.must_include, refused),
            short_chars=len(short) or None,
        )
    else:
        passed = refusal_passed(refused, citations)
        verdict.update(
            correct=passed, groups_found=[], missing=[], false_refusal=None, refusal_ok=passed,
            citations_ok=[], citation_precision=None, short_complete=None, short_chars=None,
        )
    if gold.answerable and gold.evidence:
        verdict.update(retrieval_scored=True, **retrieval_scores(passages, gold.quotes))
    else:
        verdict.update(retrieval_scored=False, quote_ranks=[], hit_rank=None, rr=None)
    return verdict


# --------------------------------------------------------------- aggregate
def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    index = max(0, math.ceil(q / 100 * len(ordered)) - 1)
    return ordered[index]


def _share(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


def median_chars(lengths: Iterable[int | None]) -> float | None:
    """Median of the given short-answer lengths, skipping empty ones (None); None when none is left."""
    present = [n for n in lengths if n]
    return float(statistics.median(present)) if present else None


def aggregate(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Headline figures over result rows (each with ``verdict`` and ``latency_ms``)."""
    verdicts = [r["verdict"] for r in rows]
    answerable = [v for v in verdicts if v["answerable"]]
    unanswerable = [v for v in verdicts if not v["answerable"]]
    retrieval = [v for v in verdicts if v["retrieval_scored"]]
    cited = [ok for v in answerable for ok in v["citations_ok"]]
    per_line = [v["citation_precision"] for v in answerable if v["citation_precision"] is not None]
    latencies = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    return {
        "answer_accuracy": _share(v["correct"] for v in answerable),
        "refusal_accuracy": _share(v["refusal_ok"] for v in unanswerable),
        "false_refusal_rate": _share(v["false_refusal"] for v in answerable),
        "citation_precision": _share(cited),
        "citation_precision_macro": sum(per_line) / len(per_line) if per_line else None,
        "short_answer_complete": _share(v["short_complete"] for v in answerable),
        "short_answer_median_chars": median_chars(v["short_chars"] for v in answerable),
        "retrieval": mean_scores(retrieval),
        "latency_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95)},
        "counts": {
            "lines": len(verdicts),
            "answerable": len(answerable),
            "unanswerable": len(unanswerable),
            "retrieval_lines": len(retrieval),
            "cited_passages": len(cited),
            "errors": sum(1 for v in verdicts if v.get("error")),
        },
    }


def summarize(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Overall figures plus ``by_category`` with the same figures per category."""
    categories = sorted({r["category"] for r in rows})
    metrics = aggregate(rows)
    metrics["by_category"] = {c: aggregate([r for r in rows if r["category"] == c]) for c in categories}
    return metrics
