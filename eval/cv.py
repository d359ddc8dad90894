"""``python -m eval cv``: the refusal decision chosen and checked out of sample.

Every gold line of every set is answered once with the decision told to
answer always (``Recorder``): what it would quote, whether that quote holds
the required facts, and the ``Signals`` the decision weighs. Lines that never
reach the decision (a header fact, a register row, a question about a
province with no plan) keep the outcome the assistant gave them.

From those records a logistic model over the signals is chosen and judged by
nested cross-validation: in each outer fold the setting (regularisation,
class weights, probability threshold) is picked by an inner k-fold on the
training part only (by ``OBJECTIVES``: every line right as users meet them,
or balanced), fitted there, and applied to the held-out part. The
figures printed side by side are in-fold (the fitted part scored by its own
model) and out-of-fold (the product's figures); their gap measures
over-fitting. Leave-one-plan-out folds (train without a plan's lines, test
on them) show how a new province meets the decision. Last, the setting
chosen on all lines is fitted on all lines and printed as the
``AnswerConfig`` to ship.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from assistant.refusal import ANSWER_CONFIG, FEATURES, UNIT_SCORING, AnswerConfig, Signals, UnitScoring
from eval.gold import load_gold, plan_rendering
from eval.scoring import answer_correct

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "data" / "plans"
EXTRA = REPO.parent / "shared" / "corpus-extra"
STYLES = REPO / "tests" / "data" / "styles"
BACHVAN = EXTRA / "bachvan-2025-qd-ke-hoach-gdnn"

# The settings the inner folds choose from.
REGULARISATION = (0.1, 0.3, 1.0, 3.0, 10.0)
CLASS_WEIGHTS = (None, "balanced")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)  # probability of "answerable" from which the step answers
INNER_FOLDS = 3


@dataclass(frozen=True)
class GoldSource:
    """One gold file and the plans its lines are asked over (None: the assistant's own corpus)."""

    name: str
    gold: Path
    plans: tuple[Path, ...] | None = None


def default_sources(skipped: list[str] | None = None) -> list[GoldSource]:
    """Every gold set in the repository and beside it, each over the plans it was written for; a set whose
    plans are not here (``../shared/corpus-extra`` beside the checkout) is named in ``skipped`` with what is
    missing, never dropped in silence."""
    skipped = [] if skipped is None else skipped
    # the rendering of each plan with questions (the folder's README is no plan)
    stems = [q.name.removesuffix("-questions.jsonl") for q in sorted(STYLES.glob("*-questions.jsonl"))]
    styles = [plan for stem in stems if (plan := plan_rendering(STYLES, stem))]
    sources = [GoldSource("dev", REPO / "eval" / "dev.jsonl")]
    if BACHVAN.with_suffix(".docx").exists():
        sources.append(GoldSource("bachvan", EXTRA / "bachvan-questions.jsonl", (CORPUS, BACHVAN.with_suffix(".docx"))))
    else:
        skipped.append(f"bachvan: {BACHVAN.with_suffix('.docx')} not found")
    for plan in styles:
        sources.append(GoldSource(plan.stem, STYLES / f"{plan.stem}-questions.jsonl", (CORPUS, plan)))
    bank = REPO / "eval" / "bank"
    with_bachvan = (CORPUS, BACHVAN.with_suffix(".txt"))
    later = (*"fghijklmnopqrstuvwxyz", "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl", "zm",
             "zn", "zo", "zp", "zq", "zr", "zs", "zt", "zu", "zv", "zw", "zx", "zy",
             "zz", "zza", "zzb", "zzc", "zzd", "zze", "zzf", "zzg", "zzh", "zzi", "zzj", "zzk", "zzl", "zzm", "zzn",
             "zzo", "zzp", "zzq", "zzr", "zzs")
    banks = {"a": with_bachvan, "b": with_bachvan, "c": (CORPUS, *styles, BACHVAN.with_suffix(".txt")), "d": None,
             "e": None, **{part: with_bachvan for part in later}}
    for part, plans in banks.items():
        if not (bank / f"bank-{part}.jsonl").exists():
            continue
        missing = [str(p) for p in plans or () if not p.exists()]
        if missing:
            skipped.append(f"bank-{part}: {', '.join(missing)} not found")
        else:
            sources.append(GoldSource(f"bank-{part}", bank / f"bank-{part}.jsonl", plans))
    return sources


@dataclass(frozen=True)
class LineRecord:
    """One gold line as the decision meets it."""

    source: str
    id: str
    plan: str  # the plan the line is about: its first evidence document, else the first plan in scope
    answerable: bool
    signals: Signals | None  # None: the line never reached the decision
    correct: bool  # the answer given when not refused holds every required fact
    refused: bool  # for lines that never reach the decision: whether the assistant refused

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "signals": asdict(self.signals) if self.signals else None}

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> LineRecord:
        signals = Signals(**row["signals"]) if row.get("signals") else None
        return cls(**{**row, "signals": signals})


@dataclass(frozen=True)
class Recorder(AnswerConfig):
    """Answers every question that reaches the decision, keeping what it saw."""

    seen: list[Signals] | None = None

    def answers(self, signals: Signals) -> bool:
        assert self.seen is not None
        self.seen.append(signals)
        return True

    def quotes_side(self, signals: Signals) -> bool:
        """A side of a several-plan answer is quoted as the shipped decision would: only the answer's own
        decision is recorded (and answered), so a side's weaker signals never stand for the line's."""
        return AnswerConfig.answers(self, signals)


def record_lines(assistant, source: GoldSource, scoring: UnitScoring = UNIT_SCORING) -> list[LineRecord]:
    """Answer each line of ``source`` with ``assistant`` (the decision told to answer, the units weighed
    by ``scoring``) and record it."""
    from assistant.chain import Turn

    chain = assistant.chain()
    records = []
    try:
        for line in load_gold(source.gold).lines:
            recorder = Recorder(seen=[], scoring=scoring)
            chain.answer_config = recorder
            turn = chain.retrieve(chain.condense(Turn(line.question)))
            answer = chain.extractive(turn)
            assert turn.retrieved is not None
            docs = [e.doc for e in line.evidence] or list(turn.retrieved.scope.docs)
            records.append(LineRecord(
                source=source.name,
                id=line.id,
                plan=Path(docs[0]).stem if docs else "",  # one plan, whether read from .txt or .docx
                answerable=line.answerable,
                signals=recorder.seen[0] if recorder.seen else None,
                correct=line.answerable and answer_correct(answer.text, line.must_include, answer.refused),
                refused=answer.refused,
            ))
    finally:
        chain.answer_config = ANSWER_CONFIG
    return records


# ------------------------------------------------------------------ figures


@dataclass(frozen=True)
class Figures:
    lines: int
    answer_accuracy: float | None  # answerable lines answered with every required fact
    unanswerable_refused: float | None
    false_refusals: float | None  # answerable lines refused
    line_accuracy: float = 0.0  # every line right (answered with its facts, or refused when unanswerable), as met

    @property
    def balanced(self) -> float:
        """Answers and refusals weigh the same, however few the unanswerable lines."""
        parts = [x for x in (self.answer_accuracy, self.unanswerable_refused) if x is not None]
        return sum(parts) / len(parts) if parts else 0.0


# What the inner folds choose a setting by. "lines": each question counts once, as users meet them
# (false refusals weigh as much as answers to unanswerable questions); "balanced": the two kinds of
# line weigh the same whatever their numbers.
OBJECTIVES: dict[str, Callable[[Figures], float]] = {
    "lines": lambda f: f.line_accuracy,
    "balanced": lambda f: f.balanced,
}


def figures(records: Sequence[LineRecord], answers: Sequence[bool]) -> Figures:
    """The end-to-end figures of ``records`` when the decision answers as ``answers`` says
    (``answers[i]`` is read only for lines that reach the decision)."""
    answered = [a if r.signals is not None else not r.refused for r, a in zip(records, answers, strict=True)]
    yes = [a for r, a in zip(records, answered, strict=True) if r.answerable]
    right = [a and r.correct for r, a in zip(records, answered, strict=True) if r.answerable]
    no = [not a for r, a in zip(records, answered, strict=True) if not r.answerable]

    def share(flags: list[bool]) -> float | None:
        return sum(flags) / len(flags) if flags else None

    refused = share([not a for a in yes])
    return Figures(len(records), share(right), share(no), refused, share(right + no) or 0.0)


# ------------------------------------------------------------------ the model


@dataclass(frozen=True)
class Setting:
    c: float
    class_weight: str | None
    threshold: float

    def label(self) -> str:
        return f"C={self.c}, classes {self.class_weight or 'as found'}, answer from p ≥ {self.threshold}"


def fit(setting: Setting, records: Sequence[LineRecord]) -> AnswerConfig:
    """The logistic model of ``setting`` fitted on the lines that reach the decision, as an ``AnswerConfig``."""
    return at_threshold(fit_model(setting.c, setting.class_weight, records), setting.threshold)


def fit_model(c: float, class_weight: str | None, records: Sequence[LineRecord]) -> AnswerConfig:
    """The logistic model (answer from p ≥ 0.5) fitted on the lines that reach the decision."""
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in records if r.signals is not None]
    x = [r.signals.vector() for r in rows if r.signals is not None]
    y = [r.answerable for r in rows]
    if len(set(y)) < 2:  # one class only: answer (or refuse) everything
        return replace(ANSWER_CONFIG, weights=(0.0,) * len(FEATURES), bias=1.0 if (y and y[0]) else -1.0)
    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=2000).fit(x, y)
    return replace(ANSWER_CONFIG, weights=tuple(round(float(w), 4) for w in model.coef_[0]),
                   bias=round(float(model.intercept_[0]), 4))


def at_threshold(config: AnswerConfig, threshold: float) -> AnswerConfig:
    """Answer when p ≥ ``threshold``, i.e. when the margin is ≥ logit(threshold)."""
    return replace(config, bias=round(config.bias - math.log(threshold / (1 - threshold)), 4))


def decide(config: AnswerConfig, records: Sequence[LineRecord]) -> list[bool]:
    """Whether each line is answered under ``config``; a line the assistant refused after the decision (a
    figure left to a later decision, a time asked that the quote does not state) stays refused."""
    return [config.answers(r.signals) and not r.refused if r.signals is not None else True for r in records]


def folds(records: Sequence[LineRecord], k: int, seed: int = 0) -> list[list[int]]:
    """``k`` folds stratified by answerable, each line in exactly one."""
    import random

    by_class: dict[bool, list[int]] = {}
    for i, r in enumerate(records):
        by_class.setdefault(r.answerable, []).append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    n = 0
    for key in sorted(by_class):
        members = by_class[key]
        rng.shuffle(members)
        for i in members:
            out[n % k].append(i)
            n += 1
    return [sorted(f) for f in out]


def choose(records: Sequence[LineRecord], k: int = INNER_FOLDS, objective: str = "lines") -> Setting:
    """The setting with the best cross-validated ``objective`` on ``records`` (ties: the first, the simplest)."""
    parts = folds(records, k, seed=1)
    best: tuple[float, Setting] | None = None
    for c in REGULARISATION:
        for weight in CLASS_WEIGHTS:
            models = [fit_model(c, weight, [r for i, r in enumerate(records) if i not in set(test)]) for test in parts]
            for threshold in THRESHOLDS:
                answers = [True] * len(records)
                for test, model in zip(parts, models, strict=True):
                    held = [records[i] for i in test]
                    for i, a in zip(test, decide(at_threshold(model, threshold), held), strict=True):
                        answers[i] = a
                score = OBJECTIVES[objective](figures(records, answers))
                if best is None or score > best[0] + 1e-9:
                    best = (score, Setting(c, weight, threshold))
    assert best is not None
    return best[1]


@dataclass(frozen=True)
class Split:
    """One evaluation of the whole procedure: figures on the fitted lines and on the held-out ones."""

    name: str
    in_fold: Figures
    out_of_fold: Figures


def cross_validate(records: Sequence[LineRecord], k: int, chooser: Callable = choose) -> tuple[Split, list[Setting]]:
    """Nested k-fold: in-fold figures averaged over folds, out-of-fold figures over all lines."""
    answers = [True] * len(records)
    inside: list[Figures] = []
    chosen = []
    for test in folds(records, k):
        held = set(test)
        train = [r for i, r in enumerate(records) if i not in held]
        setting = chooser(train)
        chosen.append(setting)
        config = fit(setting, train)
        inside.append(figures(train, decide(config, train)))
        for i, a in zip(test, decide(config, [records[i] for i in test]), strict=True):
            answers[i] = a
    return Split(f"{k}-fold", mean_figures(inside), figures(records, answers)), chosen


def leave_one_plan_out(records: Sequence[LineRecord], chooser: Callable = choose) -> list[Split]:
    """Train without each plan's lines and test on them: how a new province meets the decision."""
    splits = []
    for plan in sorted({r.plan for r in records if r.plan}):
        test = [r for r in records if r.plan == plan]
        train = [r for r in records if r.plan != plan]
        config = fit(chooser(train), train)
        splits.append(Split(plan, figures(train, decide(config, train)), figures(test, decide(config, test))))
    return splits


def mean_figures(parts: Sequence[Figures]) -> Figures:
    def mean(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return sum(known) / len(known) if known else None

    return Figures(
        sum(p.lines for p in parts) // max(len(parts), 1),
        mean([p.answer_accuracy for p in parts]),
        mean([p.unanswerable_refused for p in parts]),
        mean([p.false_refusals for p in parts]),
        mean([p.line_accuracy for p in parts]) or 0.0,
    )


# ------------------------------------------------------------------ report


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def table_rows(splits: Sequence[Split]) -> list[str]:
    rows = ["| split | lines | in-fold acc. | out-of-fold acc. | gap | oof unanswerable refused "
            "| oof false refusals | oof lines right |", "|---|---|---|---|---|---|---|---|"]
    for s in splits:
        a, b = s.in_fold.answer_accuracy, s.out_of_fold.answer_accuracy
        gap = fmt(a - b) if a is not None and b is not None else "–"
        rows.append(f"| {s.name} | {s.out_of_fold.lines} | {fmt(a)} | {fmt(b)} | {gap} | "
                    f"{fmt(s.out_of_fold.unanswerable_refused)} | {fmt(s.out_of_fold.false_refusals)} | "
                    f"{fmt(s.out_of_fold.line_accuracy)} |")
    return rows


def report(records: Sequence[LineRecord], k: int, objective: str = "lines"
           ) -> tuple[list[str], AnswerConfig, dict[str, Any]]:
    """The printed lines, the ``AnswerConfig`` to ship (chosen and fitted on every line) and the JSON summary."""
    deciding = sum(r.signals is not None for r in records)
    unanswerable = sum(not r.answerable for r in records)
    chooser = partial(choose, objective=objective)
    lines = [f"{len(records)} lines ({unanswerable} unanswerable), {deciding} reach the decision; "
             f"features {', '.join(FEATURES)}; settings chosen by {objective}"]
    ceiling = figures(records, [r.answerable for r in records])
    lines.append(f"ceiling (a decision that knew which lines are answerable): answer acc. "
                 f"{fmt(ceiling.answer_accuracy)}")
    shipped = figures(records, decide(ANSWER_CONFIG, records))
    lines.append(f"shipped AnswerConfig on every line: answer acc. {fmt(shipped.answer_accuracy)}, unanswerable "
                 f"refused {fmt(shipped.unanswerable_refused)}, false refusals {fmt(shipped.false_refusals)}")
    split, chosen = cross_validate(records, k, chooser)
    lopo = leave_one_plan_out(records, chooser)
    lines += ["", *table_rows([split, *lopo]), ""]
    lines.append("settings chosen by the inner folds: " + "; ".join(s.label() for s in chosen))
    setting = chooser(records)
    config = fit(setting, records)
    lines.append(f"to ship ({setting.label()}, fitted on every line): "
                 f"AnswerConfig(weights={config.weights}, bias={config.bias})")
    summary = {
        "lines": len(records), "unanswerable": unanswerable, "reach_decision": deciding,
        "ceiling": asdict(ceiling), "shipped": asdict(shipped),
        "k_fold": {"k": k, "in_fold": asdict(split.in_fold), "out_of_fold": asdict(split.out_of_fold)},
        "leave_one_plan_out": {s.name: {"in_fold": asdict(s.in_fold), "out_of_fold": asdict(s.out_of_fold)}
                               for s in lopo},
        "objective": objective, "chosen": asdict(setting), "weights": list(config.weights), "bias": config.bias,
    }
    return lines, config, summary


def unit_scoring(settings: Sequence[str]) -> UnitScoring:
    """The shipped ``UnitScoring`` with the "name=value" settings given ("year_bonus=0.2"): one point of a
    sweep, whose out-of-fold figures ``eval cv`` then reports like the shipped one's."""
    names = set(UnitScoring.__dataclass_fields__)
    changes: dict[str, float] = {}
    for setting in settings:
        name, sep, value = setting.partition("=")
        if not sep or name not in names:
            raise ValueError(f"{setting!r}: expected NAME=VALUE with NAME one of {', '.join(sorted(names))}")
        changes[name] = float(value)
    return replace(UNIT_SCORING, **changes)


PARTIAL_RECORDS = "records.partial.jsonl"


def collect(
    sources: Sequence[GoldSource], out: Path, assistant=None, scoring: UnitScoring = UNIT_SCORING,
    resume: bool = False,
) -> list[LineRecord]:
    """Records of every source; a source without plans of its own uses ``assistant`` (or the default one).

    Sources asked over the same plans one after another share one ingest (the banks over the five plans and Bạch
    Vân: one instead of thirty). Each source's records are appended to ``OUT/records.partial.jsonl`` as it ends, so
    an interrupted run loses only the source it was on: ``resume`` keeps the sources recorded there and asks the
    rest (of the same code: the partial file is the caller's to clear when the code changed).
    """
    from eval.__main__ import assistant_on

    partial = out / PARTIAL_RECORDS
    done = _recorded_sources(partial) if resume else {}
    if not resume:
        partial.unlink(missing_ok=True)
    records: list[LineRecord] = []
    default = assistant
    last: tuple[tuple[Path, ...] | None, Any] = (None, None)  # the plans of the last ingest and its assistant
    for source in sources:
        if source.name in done:
            records += done[source.name]
            print(f"{source.name}: {len(done[source.name])} lines kept from {partial}", file=sys.stderr)
            continue
        if source.plans is None:
            if default is None:
                from assistant.service import Assistant

                default = Assistant()
            chosen = default
        elif last[0] == source.plans:
            chosen = last[1]
        else:
            chosen = assistant_on(list(source.plans), out / source.name)
            last = (source.plans, chosen)
        found = record_lines(chosen, source, scoring)
        print(f"{source.name}: {len(found)} lines recorded", file=sys.stderr)
        records += found
        partial.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("a", encoding="utf-8") as handle:
            handle.write(_jsonl(found))
    return records


def _recorded_sources(path: Path) -> dict[str, list[LineRecord]]:
    """The records of an interrupted run, by source."""
    by_source: dict[str, list[LineRecord]] = {}
    for record in load_records(path) if path.exists() else []:
        by_source.setdefault(record.source, []).append(record)
    return by_source


def save_records(path: Path, records: Sequence[LineRecord]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_jsonl(records), encoding="utf-8")


def _jsonl(records: Sequence[LineRecord]) -> str:
    return "".join(json.dumps(r.as_json(), ensure_ascii=False) + "\n" for r in records)


def load_records(path: Path) -> list[LineRecord]:
    return [LineRecord.from_json(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]
