"""Retrieval benchmark on a gold set: naive baseline vs dense vs BM25 vs hybrid.

Prints hit@1/3/5/10 and MRR overall and on the no_diacritics lines, plus
warm search latency, in one run. ``--sweep`` also prints the fusion
parameter sweep used to choose the defaults.

    .venv/bin/python benchmarks/retrieval.py [--gold eval/dev.jsonl] [--sweep]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.service import Assistant  # noqa: E402
from eval.configs import NaiveRetriever  # noqa: E402
from eval.gold import GoldLine, load_gold  # noqa: E402
from eval.metrics import KS, mean_scores, retrieval_scores  # noqa: E402
from index.retriever import SearchConfig  # noqa: E402


def retrieval_lines(path: Path) -> list[GoldLine]:
    """The gold lines the retrieval figures are measured on: answerable, with evidence."""
    return [line for line in load_gold(path).lines if line.answerable and line.evidence]


def score(gold: list[GoldLine], search) -> dict[str, dict]:
    """Mean metrics overall and on no_diacritics lines for a search function."""
    rows, nodia = [], []
    for line in gold:
        row = retrieval_scores(search(line.question), line.quotes)
        rows.append(row)
        if line.category == "no_diacritics":
            nodia.append(row)
    return {"all": mean_scores(rows), "no_diacritics": mean_scores(nodia)}


def naive_baseline(assistant: Assistant):
    """LangChain's usual starting point: 1000/200 character splits, dense only (eval/configs.py)."""
    retriever = NaiveRetriever.for_assistant(assistant)

    def search(question: str) -> list[str]:
        _, passages = retriever.search(question, SearchConfig(k=max(KS)))
        return [p.text for p in passages]

    return search


def searcher(assistant: Assistant, **config):
    def search(question: str) -> list[str]:
        _, passages = assistant.search(question, k=max(KS), **config)
        return [p.text for p in passages]

    return search


def row(name: str, result: dict[str, dict]) -> str:
    a, n = result["all"], result["no_diacritics"]
    cells = [f"{a[f'hit@{k}']:.3f}" for k in KS] + [f"{a['mrr']:.3f}", f"{n['hit@5']:.3f}", f"{n['mrr']:.3f}"]
    return f"| {name} | " + " | ".join(cells) + " |"


HEADER = (
    "| configuration | hit@1 | hit@3 | hit@5 | hit@10 | MRR | no-diacritics hit@5 | no-diacritics MRR |\n"
    "|---|---|---|---|---|---|---|---|"
)


def latency(assistant: Assistant, gold: list[GoldLine], rounds: int = 3) -> dict:
    assistant.search(gold[0].question)  # warm
    times = []
    for _ in range(rounds):
        for line in gold:
            start = time.perf_counter()
            assistant.search(line.question)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p95": times[int(len(times) * 0.95)], "mean": statistics.mean(times)}


SWEEP = [
    dict(fusion="rrf", scope_boost=0.0),
    dict(fusion="rrf", scope_boost=0.25),
    dict(fusion="rrf", scope_boost=0.5),
    dict(fusion="rrf", scope_boost=1.0),
    dict(fusion="rrf", bm25_weight=0.5),
    dict(fusion="rrf", bm25_weight=1.5),
    dict(fusion="weighted", scope_boost=0.0),
    dict(fusion="weighted", scope_boost=0.5),
    dict(fusion="weighted", bm25_weight=0.5),
    dict(fusion="weighted", bm25_weight=1.0),
    dict(fusion="weighted", bm25_weight=2.0),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=Path("eval/dev.jsonl"))
    parser.add_argument("--sweep", action="store_true", help="also print the fusion parameter sweep")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive baseline (embeds the corpus again)")
    args = parser.parse_args()

    assistant = Assistant()
    gold = retrieval_lines(args.gold)
    assistant.index()
    print(f"gold: {args.gold} ({len(gold)} answerable lines)\n")
    print(HEADER)
    if not args.no_baseline:
        print(row("naive (1000/200 chars, dense)", score(gold, naive_baseline(assistant))))
    print(row("dense (structure chunks)", score(gold, searcher(assistant, mode="dense", scope_boost=0.0, section_hints=False))))
    print(row("bm25 (words + folded)", score(gold, searcher(assistant, mode="bm25", scope_boost=0.0, section_hints=False))))
    print(row("hybrid without section hints", score(gold, searcher(assistant, section_hints=False))))
    print(row("hybrid (default)", score(gold, searcher(assistant))))
    lat = latency(assistant, gold)
    print(f"\nwarm hybrid search latency over {len(gold) * 3} queries: "
          f"p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms, mean {lat['mean']:.1f} ms")
    if args.sweep:
        print("\nfusion sweep (hybrid):\n" + HEADER)
        for params in SWEEP:
            name = ", ".join(f"{k}={v}" for k, v in params.items())
            print(row(name, score(gold, searcher(assistant, **params))))


if __name__ == "__main__":
    main()
