"""Fit the refusal decision (``assistant.refusal.AnswerConfig``) by k-fold cross-validation.

    .venv/bin/python benchmarks/fit_refusal.py [--store DIR] [--folds 5]

Every development question (eval/dev.jsonl, the Bạch Vân plan and the
house-style plans of tests/data/styles; never eval/bank) is answered up to
the decision; its ``Signals`` and whether it is answerable are the data. A
logistic model is fitted in k folds: the in-fold and out-of-fold accuracy of
answer-or-refuse is printed beside the former single coverage threshold, and
the model refitted on all lines is printed as an ``AnswerConfig`` to paste.
Storages of the new-plan cases are reused from ``--store`` (the
``benchmarks/new_plans.py --out`` folder) when present.

``--bank`` only *measures*: it adds the held-out bank (eval/bank, with the
Bạch Vân plan in the corpus) to the lines, reports k-fold in-fold and
out-of-fold figures over everything, leave-one-set-out figures (train
without a set, test on it: how a new plan or a new writer meets the
decision), and the shipped ``AnswerConfig`` on the bank lines it never saw.
Bank lines are never listed one by one, and the shipped weights stay those
fitted without the bank.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.chain import Turn  # noqa: E402
from assistant.qa import answer_extractive  # noqa: E402
from assistant.refusal import FEATURES, AnswerConfig, Signals  # noqa: E402
from benchmarks.new_plans import CORPUS, EXTRA, cases  # noqa: E402
from eval.gold import load_gold  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
LEGACY = AnswerConfig(weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), bias=-0.38)  # the former rule: coverage ≥ 0.38


@dataclass(frozen=True)
class Recorder(AnswerConfig):
    """Answers every question that reaches the decision, keeping its signals."""

    seen: list[Signals] | None = None

    def answers(self, signals: Signals) -> bool:
        assert self.seen is not None
        self.seen.append(signals)
        return True


def assistant_for(name: str, plan: Path | None, store: Path):
    from assistant.service import Assistant
    from assistant.settings import REPO_ROOT, Settings
    from eval.__main__ import assistant_on

    if plan is None:
        return Assistant()
    storage = store / name / "storage"
    if storage.exists():
        return Assistant(Settings(storage_dir=storage, chroma_host=None,
                                  embedding_cache=REPO_ROOT / ".storage" / "embedding-cache.sqlite"))
    return assistant_on([CORPUS, plan], store / name)


BANK = "bank"


def bank_gold(store: Path) -> Path:
    """The bank's two files as one gold file (its plans are the corpus and Bạch Vân)."""
    path = store / "bank.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((REPO / "eval" / "bank" / f"bank-{part}.jsonl").read_text(encoding="utf-8")
                            for part in "ab"), encoding="utf-8")
    return path


def collect(store: Path, bank: bool = False) -> list[tuple[str, str, bool, Signals]]:
    sets = [("dev", REPO / "eval" / "dev.jsonl", None)]
    sets += [(c.name, c.questions, c.plan) for c in cases(False, store / "scans")]
    if bank:
        sets.append((BANK, bank_gold(store), EXTRA / "bachvan-2025-qd-ke-hoach-gdnn.txt"))
    rows = []
    for name, gold, plan in sets:
        assistant = assistant_for(name, plan, store)
        chain = assistant.chain()
        for line in load_gold(gold).lines:
            turn = chain.retrieve(chain.condense(Turn(line.question)))
            recorder = Recorder(seen=[])
            answer_extractive(chain.index, chain.weights, turn.retrieved, chain.register, chain.facts, recorder)
            if recorder.seen:
                rows.append((name, line.id, line.answerable, recorder.seen[0]))
    return rows


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=Path("/tmp/ans-np"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="reuse the signals saved by the last run in --store")
    parser.add_argument("--bank", action="store_true", help="measure with the held-out bank too (fits nothing to ship)")
    args = parser.parse_args()
    cache = args.store / ("refusal-signals-bank.json" if args.bank else "refusal-signals.json")
    if args.reuse and cache.exists():
        rows = [(n, i, a, Signals(**s)) for n, i, a, s in json.loads(cache.read_text(encoding="utf-8"))]
    else:
        rows = collect(args.store, args.bank)
        cache.write_text(json.dumps([(n, i, a, asdict(s)) for n, i, a, s in rows]), encoding="utf-8")
    x = np.array([s.vector() for *_, s in rows])
    y = np.array([answerable for _, _, answerable, _ in rows])
    print(f"{len(rows)} lines reach the decision ({int((~y).sum())} unanswerable); features {FEATURES}")
    legacy = np.array([LEGACY.answers(s) for *_, s in rows])
    print(f"former threshold (coverage ≥ {LEGACY.min_coverage}): {_figures(legacy, y)}")
    print("| model | in-fold acc. | out-of-fold acc. | oof balanced acc. | oof false refusals "
          "| oof unanswerable refused |")
    print("|---|---|---|---|---|---|")
    best = None
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        for weight in (None, "balanced"):
            oof = np.zeros(len(y), dtype=bool)
            fit_acc = []
            for train, test in StratifiedKFold(args.folds, shuffle=True, random_state=0).split(x, y):
                model = LogisticRegression(C=c, class_weight=weight, max_iter=1000).fit(x[train], y[train])
                fit_acc.append(model.score(x[train], y[train]))
                oof[test] = model.predict(x[test])
            acc = float(np.mean(oof == y))
            balanced = (np.mean(oof[y]) + np.mean(~oof[~y])) / 2
            label = f"C={c}, classes {weight or 'as found'}"
            print(f"| {label} | {np.mean(fit_acc):.3f} | {acc:.3f} | {balanced:.3f} | {np.mean(~oof[y]):.3f} | "
                  f"{np.mean(~oof[~y]):.3f} |")
            if best is None or balanced > best[0]:
                best = (balanced, c, weight)
    assert best is not None
    _, c, weight = best
    if args.bank:
        report_bank(rows, x, y, c, weight)
        return 0
    model = LogisticRegression(C=c, class_weight=weight, max_iter=1000).fit(x, y)
    weights = tuple(round(float(w), 3) for w in model.coef_[0])
    bias = round(float(model.intercept_[0]), 3)
    print(f"chosen C={c}, classes {weight or 'as found'}: AnswerConfig(weights={weights}, bias={bias})")
    for name, line_id, answerable, s in rows:
        if AnswerConfig(weights=weights, bias=bias).answers(s) != answerable:
            print(f"  wrong (all-data fit): {name} {line_id} answerable={answerable}")
    return 0


def _figures(predicted, y) -> str:
    import numpy as np

    balanced = (np.mean(predicted[y]) + np.mean(~predicted[~y])) / 2
    return (f"accuracy {np.mean(predicted == y):.3f}, balanced {balanced:.3f}, "
            f"false refusals {np.mean(~predicted[y]):.3f}, unanswerable refused {np.mean(~predicted[~y]):.3f}")


def report_bank(rows, x, y, c: float, weight) -> None:
    """Leave-one-set-out figures and the shipped decision on the bank lines (aggregates only)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = np.array([name for name, *_ in rows])
    print(f"leave one set out (C={c}, classes {weight or 'as found'}):")
    for name in dict.fromkeys(names):
        test = names == name
        if (~y[test]).sum() == 0 or y[test].sum() == 0 or (~y[~test]).sum() == 0:
            continue
        model = LogisticRegression(C=c, class_weight=weight, max_iter=1000).fit(x[~test], y[~test])
        figures = _figures(model.predict(x[test]), y[test])
        print(f"  {name} ({test.sum()} lines, {(~y[test]).sum()} unanswerable): {figures}")
    bank = names == BANK
    shipped = np.array([AnswerConfig().answers(s) for *_, s in rows])
    print(f"shipped AnswerConfig on the bank ({bank.sum()} lines, {(~y[bank]).sum()} unanswerable, never fitted on): "
          f"{_figures(shipped[bank], y[bank])}")
    print(f"shipped AnswerConfig on the development lines (fitted on them): {_figures(shipped[~bank], y[~bank])}")


if __name__ == "__main__":
    sys.exit(main())
