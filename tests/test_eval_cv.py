"""``python -m eval cv``: figures, folds and the nested choice on hand-made records, sweep points of the
unit weights, then end to end on a tiny bank."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.chain import Turn
from assistant.refusal import ANSWER_CONFIG, UNIT_SCORING, Signals
from eval.__main__ import main
from eval.cv import (
    GoldSource,
    LineRecord,
    at_threshold,
    cross_validate,
    decide,
    figures,
    fit_model,
    folds,
    leave_one_plan_out,
    load_records,
    record_lines,
    unit_scoring,
)
from eval.gold import plan_rendering

from .plans import HAIPHONG_NQ06

DEV = Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl"


def signals(strength: float) -> Signals:
    return Signals(coverage=strength, score=strength, rank=1.0, kinds=1.0, year=1.0, agency=strength,
                   assigned=1.0, dense=0.9)


def record(i: int, answerable: bool, strength: float | None, correct: bool = True, refused: bool = False,
           plan: str = "a") -> LineRecord:
    return LineRecord("set", f"l{i}", plan, answerable, None if strength is None else signals(strength),
                      answerable and correct, refused)


def test_figures_count_answers_refusals_and_fixed_lines():
    records = [
        record(1, True, 0.9),  # answered, right
        record(2, True, 0.9, correct=False),  # answered, wrong
        record(3, True, 0.2),  # refused by the decision: a false refusal
        record(4, False, 0.3),  # refused: right
        record(5, False, None, refused=False),  # never reached the decision, answered: wrong
    ]
    got = figures(records, [True, True, False, False, True])
    assert got.answer_accuracy == 1 / 3 and got.false_refusals == 1 / 3 and got.unanswerable_refused == 0.5
    assert got.balanced == (1 / 3 + 0.5) / 2
    assert got.line_accuracy == 2 / 5  # line 1 answered right, line 4 refused right


def test_folds_are_disjoint_cover_every_line_and_keep_both_classes():
    records = [record(i, i % 4 != 0, 0.5) for i in range(40)]
    parts = folds(records, 5)
    assert sorted(i for part in parts for i in part) == list(range(40))
    assert all(any(not records[i].answerable for i in part) for part in parts)


def test_separable_signals_are_learned_out_of_fold():
    records = [record(i, True, 0.7 + 0.01 * (i % 20)) for i in range(40)]
    records += [record(100 + i, False, 0.1 + 0.01 * (i % 10)) for i in range(12)]
    split, _ = cross_validate(records, 4)
    assert split.out_of_fold.answer_accuracy == 1.0 and split.out_of_fold.unanswerable_refused == 1.0
    assert split.in_fold.answer_accuracy == 1.0


def test_a_higher_threshold_refuses_more():
    records = [record(i, i % 3 != 0, 0.2 + 0.02 * i) for i in range(30)]
    model = fit_model(1.0, None, records)
    lenient = sum(decide(at_threshold(model, 0.3), records))
    strict = sum(decide(at_threshold(model, 0.7), records))
    assert strict < lenient


def test_leave_one_plan_out_tests_each_plan_on_a_model_trained_without_it():
    records = [record(i, i % 3 != 0, 0.8 if i % 3 else 0.1, plan="a" if i < 15 else "b") for i in range(30)]
    splits = leave_one_plan_out(records)
    assert [s.name for s in splits] == ["a", "b"]
    assert all(s.out_of_fold.lines == 15 for s in splits)


def test_a_sweep_point_changes_only_the_named_unit_weights():
    point = unit_scoring(["year_bonus=0.2", "list_heading_coverage=0.5"])
    assert point.year_bonus == 0.2 and point.list_heading_coverage == 0.5
    assert point.type_bonus == UNIT_SCORING.type_bonus and unit_scoring([]) == UNIT_SCORING
    for bad in (["year_bonus"], ["no_such_weight=1"], ["year_bonus=high"]):
        with pytest.raises(ValueError):
            unit_scoring(bad)


def test_the_unit_weights_are_the_ones_the_answer_step_reads(assistant):
    """A sweep point reaches the scoring: no credit for a heading's words changes the coverage recorded."""
    gold = GoldSource("dev", DEV)
    shipped = record_lines(assistant, gold)[:12]
    flat = record_lines(assistant, gold, replace(UNIT_SCORING, heading_credit=0.0, phrase_weight=0.0))[:12]
    assert [r.id for r in shipped] == [r.id for r in flat]
    assert any(a.signals and b.signals and a.signals.coverage != b.signals.coverage for a, b in zip(shipped, flat))


def test_a_line_answered_plan_by_plan_records_its_answers_decision(assistant, tmp_path):
    """A province with two plans: the side of the plan that says little is weighed on its own first, but the
    line's signals are those of the answer the two sides make, which the fitted decision will weigh."""
    from eval.cv import Recorder

    question = "Học xong lớp 9 vào học nghề ở Hải Phòng có được miễn học phí không?"
    gold = tmp_path / "one.jsonl"
    gold.write_text(json.dumps({
        "id": "t-1", "question": question, "category": "policy", "answerable": True,
        "reference_answer": "Được miễn học phí.", "must_include": [["miễn học phí"]],
        "evidence": [{"doc": HAIPHONG_NQ06, "quote": "miễn học phí"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    (line,) = record_lines(assistant, GoldSource("one", gold))
    chain = assistant.chain()
    seen: list[Signals] = []
    chain.answer_config = Recorder(seen=seen)
    answer = chain.extractive(chain.retrieve(chain.condense(Turn(question))))
    assert not answer.refused and len(seen) == 1 and line.signals == seen[0]
    assert line.correct


def test_cv_end_to_end_on_a_tiny_bank(assistant, tmp_path, capsys):
    lines = DEV.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    unanswerable = [line for line, row in zip(lines, rows, strict=True) if not row["answerable"]]
    answerable = [line for line, row in zip(lines, rows, strict=True) if row["answerable"]][:10]
    gold = tmp_path / "tiny.jsonl"
    gold.write_text("\n".join(answerable + unanswerable) + "\n", encoding="utf-8")
    out = tmp_path / "cv"
    assert main(["cv", "--gold", str(gold), "--out", str(out), "--folds", "2"], assistant=assistant) == 0
    printed = capsys.readouterr().out
    assert "in-fold acc." in printed and "out-of-fold acc." in printed and "AnswerConfig(weights=" in printed
    records = load_records(out / "records.jsonl")
    assert len(records) == len(answerable) + len(unanswerable)
    assert any(r.signals is not None for r in records)
    summary = json.loads((out / "cv.json").read_text(encoding="utf-8"))
    assert summary["lines"] == len(records) and len(summary["weights"]) == len(ANSWER_CONFIG.weights)
    assert set(summary["k_fold"]) == {"k", "in_fold", "out_of_fold"}
    # Scoring the saved records again answers nothing.
    assert main(["cv", "--out", str(out), "--folds", "2", "--reuse"], assistant=object()) == 0


def test_a_material_plan_is_asked_about_once_in_its_rendering(tmp_path):
    for name in ("word.docx", "word.txt", "pandoc.md", "pandoc.txt", "markdown.md", "scan.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert plan_rendering(tmp_path, "word") == tmp_path / "word.txt"
    assert plan_rendering(tmp_path, "pandoc") == tmp_path / "pandoc.txt"  # not both the .md and its rendering
    assert plan_rendering(tmp_path, "markdown") == tmp_path / "markdown.md"
    assert plan_rendering(tmp_path, "scan") is None  # a PDF without its rendering has no quotes to score


def test_a_line_refused_after_the_decision_stays_refused():
    """A time asked that the quote does not state, a figure left to a later decision: the assistant refuses
    whatever the weights say, and the figures count it so."""
    gated = record(1, answerable=False, strength=0.9, refused=True)
    answered = record(2, answerable=False, strength=0.9)
    assert decide(ANSWER_CONFIG, [gated, answered]) == [False, True]


def test_a_gold_set_whose_plans_are_not_beside_the_checkout_is_named_not_dropped(monkeypatch, tmp_path):
    import eval.cv as cv

    monkeypatch.setattr(cv, "EXTRA", tmp_path / "corpus-extra")
    monkeypatch.setattr(cv, "BACHVAN", tmp_path / "corpus-extra" / "bachvan-2025-qd-ke-hoach-gdnn")
    skipped: list[str] = []
    names = {s.name for s in cv.default_sources(skipped)}
    assert "bachvan" not in names and "bank-a" not in names and {"dev", "bank-d"} <= names
    assert skipped[0].startswith("bachvan: ") and any(s.startswith("bank-a: ") for s in skipped)
    assert all("not found" in s for s in skipped)


def test_sources_over_the_same_plans_share_one_ingest_and_a_run_resumes_where_it_stopped(
        assistant, tmp_path, monkeypatch):
    """The banks over the same plans are ingested once, not once each; each source's records are kept as it ends,
    so an interrupted run resumed asks only the sources it had not recorded."""
    import eval.__main__ as cli
    from eval.cv import PARTIAL_RECORDS, collect

    gold = tmp_path / "few.jsonl"
    gold.write_text("\n".join(DEV.read_text(encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    plans = (HAIPHONG_NQ06,)
    ingests: list[Path] = []

    def counted(paths, out):
        ingests.append(out)
        return assistant

    monkeypatch.setattr(cli, "assistant_on", counted)
    sources = [GoldSource("one", gold, plans), GoldSource("two", gold, plans), GoldSource("three", gold, plans)]
    first = collect(sources[:2], tmp_path)
    assert len(ingests) == 1 and len(first) == 4
    assert {r.source for r in load_records(tmp_path / PARTIAL_RECORDS)} == {"one", "two"}
    asked: list[str] = []
    monkeypatch.setattr("eval.cv.record_lines", lambda chosen, source, scoring: asked.append(source.name) or [])
    resumed = collect(sources, tmp_path, resume=True)
    assert asked == ["three"] and [r.source for r in resumed] == ["one", "one", "two", "two"]
