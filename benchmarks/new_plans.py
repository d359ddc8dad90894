"""New plans beside the bundled five: answer accuracy, refusals and register facts.

    .venv/bin/python benchmarks/new_plans.py [--case NAME ...] [--out DIR] [--scan] [--styles DIR]

Each case ingests the bundled corpus plus one plan that is not in it (another
house style, a Word file, a scan), into a storage of its own, then answers
that plan's gold questions through the real assistant and scores its
register facts. This is how a province meets the product with its own plan,
so the figures are the issue's bars: accuracy ≥ 0.85 (≥ 0.75 for a scan),
unanswerable questions refused, ≥ 8/10 register facts (≥ 7/10 for a scan,
≥ 9/10 for Bạch Vân). ``--scan`` adds a case per style plan rendered to
page images and read back by OCR (slow: ~15 s a page).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.__main__ import assistant_on
from eval.configs import parse_config
from eval.gold import load_gold
from eval.register_facts import load_facts, score_facts
from eval.report import write_run
from eval.runner import run_config

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "data" / "plans"
EXTRA = REPO.parent / "shared" / "corpus-extra"
STYLES = REPO / "tests" / "data" / "styles"


@dataclass(frozen=True)
class Case:
    name: str
    plan: Path
    questions: Path
    facts: Path


def scanned(plan: Path, pdf: Path) -> Path:
    """The plan printed on page images (a scanner's image-only PDF), to be read back by OCR."""
    from index.converters import convert
    from tests.fixtures_docs import render_scan

    pdf.parent.mkdir(parents=True, exist_ok=True)
    render_scan(pdf, convert(plan).text)
    return pdf


def cases(scan: bool, scan_dir: Path, styles: Path = STYLES, only: list[str] | None = None) -> list[Case]:
    """The cases of a styles folder; with ``only``, just those (a plan is rendered as a scan only when asked)."""
    found = []
    bachvan = EXTRA / "bachvan-2025-qd-ke-hoach-gdnn"
    if styles == STYLES and bachvan.with_suffix(".docx").exists():
        found.append(Case("bachvan-docx", bachvan.with_suffix(".docx"), EXTRA / "bachvan-questions.jsonl",
                          EXTRA / "bachvan-register.jsonl"))
    for questions in sorted(styles.glob("*-questions.jsonl")):
        stem = questions.name.removesuffix("-questions.jsonl")
        # The original (Word, PDF, web page …) is read, not its .txt rendering (kept for the validator), even in a
        # format the product does not read: the ingest then names it and why, and its questions score as answered.
        plans = sorted((p for p in styles.glob(f"{stem}.*") if p.suffix not in (".json", ".jsonl")),
                       key=lambda p: (p.suffix in (".txt", ".md"), p.suffix))
        plan = plans[0] if plans else None
        if plan is None:
            continue
        facts = styles / f"{stem}-register.jsonl"
        found.append(Case(stem, plan, questions, facts))
        if scan and (only is None or f"{stem}-scan" in only):
            found.append(Case(f"{stem}-scan", scanned(plan, scan_dir / f"{stem}.pdf"), questions, facts))
    return [case for case in found if only is None or case.name in only]


def run_case(case: Case, out: Path) -> dict:
    started = time.perf_counter()
    assistant = assistant_on([CORPUS, case.plan], out)
    ingest_s = time.perf_counter() - started
    result = run_config(assistant, load_gold(case.questions), parse_config("hybrid"), progress=False)
    write_run(out / "eval", result)  # results.jsonl and report.md with every failed line
    metrics = result.metrics
    facts = score_facts(load_facts(case.facts), assistant.register()) if case.facts.exists() else None
    return {"case": case.name, "ingest_s": round(ingest_s, 1), "metrics": metrics, "facts": facts}


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def table(results: list[dict]) -> str:
    lines = ["| plan | answer acc. | unanswerable refused | false refusals | hit@5 | register facts | ingest s |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        m, f = r["metrics"], r["facts"]
        facts = "—" if f is None else f"{f['found']}/{f['total']}"
        lines.append(
            f"| {r['case']} | {_fmt(m['answer_accuracy'])} | {_fmt(m['refusal_accuracy'])} | "
            f"{_fmt(m['false_refusal_rate'])} | {_fmt(m['retrieval']['hit@5'])} | "
            f"{facts} | {r['ingest_s']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", help="only these cases (by name)")
    parser.add_argument("--out", type=Path, help="keep storages and results here (default: a temp dir)")
    parser.add_argument("--scan", action="store_true", help="also each style plan as a scanned PDF (OCR)")
    parser.add_argument("--styles", type=Path, default=STYLES,
                        help="a folder of <slug>.{txt,md,doc,docx,pdf} plans with <slug>-questions.jsonl and "
                             "<slug>-register.jsonl (default: tests/data/styles, plus Bạch Vân)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        results = []
        chosen = cases(args.scan, out / "scans", args.styles.resolve(), args.case)
        unknown = sorted(set(args.case or ()) - {case.name for case in chosen})
        if unknown:
            parser.error(f"no such case: {', '.join(unknown)}")
        out.mkdir(parents=True, exist_ok=True)
        for case in chosen:
            result = run_case(case, out / case.name)
            results.append(result)
            print(table([result]).splitlines()[-1], flush=True)
        print(table(results))
        (out / "new_plans.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
