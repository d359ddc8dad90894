"""Writing a run's outputs and a comparison's tables.

report.md is meant to be read by a developer who wants to know *why* a line
failed: for each failure it shows what was expected (groups found or
missing), the evidence and where retrieval ranked it, the answer with its
citations, and the top passages marked with the quotes they support.
compare.md is written so it can be pasted as the README's results section.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.chart import compare_chart, run_chart
from eval.metrics import KS, supports
from eval.runner import RunResult, machine, now

TOP_PASSAGES = 5
PASSAGE_CHARS = 500
CALLED_OUT = ("no_diacritics", "cross_doc")

SCORING_NOTES = """\
Scoring follows `../shared/eval/README.md` (normalisation: NFC, lower case, no `*`/`#`, dashes, tone placement,
one space). Choices where it leaves room: accuracy is over answerable lines, an alternative counts when its
normalised form is a substring of the normalised answer, and a refused answerable line is wrong (and a false
refusal); refusal is the assistant's `refused` flag, and an unanswerable line passes only when refused *and*
citing nothing; citation precision is micro-averaged over the distinct cited passages of answerable lines
(macro, per line that cites, beside it), judged on the passage text, and on `cross_doc` lines only against the
quote of the cited passage's own plan; hit@k and MRR are over answerable lines with evidence, on the passages
the answer returned. "Short ans. complete" applies the accuracy rule to the one-sentence short answer alone
(share of answerable lines; refused or empty = not complete); "short ans. median chars" is the median length of
the non-empty short answers of answerable lines. Latency (nearest-rank p50/p95) is wall time per question, after
one untimed warm-up."""


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _ms(value: Any) -> str:
    return "–" if value is None else f"{value:.0f} ms"


def _chars(value: Any) -> str:
    """A median length in characters: whole unless it falls between two ("120", "120.5")."""
    return "–" if value is None else f"{value:g}"


# ------------------------------------------------------------------ tables
HEADLINE_COLUMNS = (
    ["lines", "answer acc.", "refusal acc.", "false refusals", "citation prec.", "short ans. complete",
     "short ans. median chars"]
    + [f"hit@{k}" for k in KS] + ["MRR", "p50", "p95"]
)


def headline_cells(m: dict[str, Any]) -> list[str]:
    r = m["retrieval"]
    return [
        str(m["counts"]["lines"]), fmt(m["answer_accuracy"]), fmt(m["refusal_accuracy"]),
        fmt(m["false_refusal_rate"]), fmt(m["citation_precision"]),
        fmt(m["short_answer_complete"]), _chars(m["short_answer_median_chars"]),
        *[fmt(r[f"hit@{k}"]) for k in KS], fmt(r["mrr"]),
        _ms(m["latency_ms"]["p50"]), _ms(m["latency_ms"]["p95"]),
    ]


def table(first: str, rows: dict[str, dict[str, Any]]) -> str:
    head = f"| {first} | " + " | ".join(HEADLINE_COLUMNS) + " |"
    rule = "|" + "---|" * (len(HEADLINE_COLUMNS) + 1)
    body = [f"| {name} | " + " | ".join(headline_cells(m)) + " |" for name, m in rows.items()]
    return "\n".join([head, rule, *body])


# -------------------------------------------------------------- failures
def _quote_block(text: str, limit: int | None = None) -> str:
    text = text.strip()
    if limit and len(text) > limit:
        text = text[:limit].rstrip() + " …"
    return "\n".join("> " + line if line else ">" for line in text.splitlines()) or "> (empty)"


def _failure(row: dict[str, Any]) -> str:
    v = row["verdict"]
    out = [f"### {row['id']} ({row['category']})", "", f"**Question:** {row['question']}", ""]
    if row["answerable"]:
        groups = []
        for group, found in zip(row["must_include"], v["groups_found"]):
            groups.append(("✓ " if found else "✗ ") + " / ".join(f"`{alt}`" for alt in group))
        out += ["**Expected (every group):** " + "; ".join(groups), ""]
        if v["refused"]:
            out += ["**Why:** the assistant refused an answerable question (false refusal).", ""]
        elif v["missing"]:
            out += ["**Why:** the answer lacks " + "; ".join(" / ".join(g) for g in v["missing"]) + ".", ""]
    else:
        out += ["**Expected:** a refusal that cites nothing (the plans do not say).", ""]
        why = "did not refuse" if not v["refused"] else f"refused but cited {len(row['citations'])} passage(s)"
        out += [f"**Why:** the assistant {why}.", ""]
    if row.get("error"):
        out += [f"**Error:** `{row['error']}`", ""]
    if row.get("reference_answer"):
        out += [f"**Reference answer:** {row['reference_answer']}"]
    for i, e in enumerate(row["evidence"]):
        rank = v["quote_ranks"][i] if i < len(v["quote_ranks"]) else None
        where = f"retrieved at rank {rank}" if rank else "not in the retrieved passages"
        out += ["", f"**Evidence {i + 1}** (`{e['doc']}`, {where}):", _quote_block(e["quote"])]
    out += ["", f"**Answer** (refused: {str(row['refused']).lower()}, {row['latency_ms']:.0f} ms):",
            _quote_block(row["answer"] or "(no answer)")]
    if row["citations"]:
        out += ["", "**Citations:**"]
        oks = v["citations_ok"]
        for i, c in enumerate(row["citations"]):
            verdict = " ✓ supports evidence" if i < len(oks) and oks[i] else " ✗ supports no evidence"
            mark = "" if not row["answerable"] or i >= len(oks) else verdict
            out.append(f"- [{c.get('n', i + 1)}] {c.get('plan') or c.get('doc')} — {c.get('section') or ''}{mark}")
    passages = row["passages"][:TOP_PASSAGES]
    if passages:
        out += ["", f"**Top {len(passages)} passages:**"]
        for p in passages:
            held = [str(i + 1) for i, e in enumerate(row["evidence"]) if supports(p["text"], e["quote"])]
            tag = f" — supports evidence {', '.join(held)}" if held else ""
            out += ["", f"{p['rank']}. `{p['doc']}` · {p.get('section') or ''} (score {fmt(p.get('score'), 4)}){tag}",
                    _quote_block(p["text"], PASSAGE_CHARS)]
    return "\n".join(out)


def _other_issues(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Correct lines that still show a weakness: retrieval miss at 5, unsupported citations."""
    out = []
    for row in rows:
        v = row["verdict"]
        if not v["correct"]:
            continue
        notes = []
        if v["retrieval_scored"] and not v["hit@5"]:
            notes.append(f"evidence not all in the top 5 (quote ranks {v['quote_ranks']})")
        bad = v["citations_ok"].count(False)
        if bad:
            notes.append(f"{bad} of {len(v['citations_ok'])} cited passages support no evidence")
        if notes:
            out.append(f"- **{row['id']}** ({row['category']}): " + "; ".join(notes))
    return out


# ------------------------------------------------------------------- run
def run_markdown(result: RunResult) -> str:
    m = result.metrics
    run = m["run"]
    failed = [r for r in result.rows if not r["verdict"]["correct"]]
    out = [
        f"# Evaluation: {run['config']}",
        "",
        f"- configuration: **{run['config']}** ({run['description']})",
        (f"- gold: `{run['gold']}` — {m['counts']['lines']} lines ({m['counts']['answerable']} answerable, "
         f"{m['counts']['unanswerable']} unanswerable), k = {run['k']}"),
        f"- answered by: {', '.join(run.get('backends_used') or []) or run['backend']}",
        f"- {run['date']} on {run['machine']}",
        "",
        "## Headline",
        "",
        table("scope", {"all": m}),
        "",
        (f"Citation precision is micro-averaged over {m['counts']['cited_passages']} cited passages of answerable "
         f"lines (macro, per citing line: {fmt(m['citation_precision_macro'])}). Retrieval figures are over "
         f"{m['counts']['retrieval_lines']} answerable lines with evidence."),
        "",
        "## Per category",
        "",
        table("category", m["by_category"]),
        "",
    ]
    for name in CALLED_OUT:
        if name in m["by_category"]:
            c = m["by_category"][name]
            out.append(
                f"- **{name}**: answer accuracy {fmt(c['answer_accuracy'])}, hit@5 {fmt(c['retrieval']['hit@5'])}, "
                f"MRR {fmt(c['retrieval']['mrr'])}, citation precision {fmt(c['citation_precision'])} "
                f"({c['counts']['lines']} lines)."
            )
    if "judged" in m:
        from eval.judge import judged_markdown

        out += ["", judged_markdown(m["judged"])]
    if result.problems:
        out += ["", "## Skipped gold lines", "", *[f"- {p}" for p in result.problems]]
    out += ["", "## Scoring", "", SCORING_NOTES, "", f"## Failed lines ({len(failed)} of {len(result.rows)})", ""]
    out += [_failure(r) + "\n" for r in failed] or ["None."]
    issues = _other_issues(result.rows)
    if issues:
        out += ["", "## Correct, but worth a look", "", *issues]
    return "\n".join(out).rstrip() + "\n"


def write_run(out_dir: Path, result: RunResult) -> dict[str, Path]:
    """results.jsonl, metrics.json, report.md and chart.png in ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "results": out_dir / "results.jsonl",
        "metrics": out_dir / "metrics.json",
        "report": out_dir / "report.md",
        "chart": out_dir / "chart.png",
    }
    with paths["results"].open("w", encoding="utf-8") as f:
        for row in result.rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    paths["metrics"].write_text(json.dumps(result.metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths["report"].write_text(run_markdown(result), encoding="utf-8")
    run_chart(result.metrics, paths["chart"], f"{result.config.name}: accuracy and hit@5 per category")
    return paths


# --------------------------------------------------------------- compare
COMPARE_COLUMNS = (
    ["configuration", "answer acc.", "refusal acc.", "false refusals", "citation prec."]
    + [f"hit@{k}" for k in KS] + ["MRR", "no-diacritics acc.", "no-diacritics hit@5", "cross-doc acc.", "p50", "p95"]
)


def _compare_cells(name: str, m: dict[str, Any]) -> list[str]:
    r, cats = m["retrieval"], m.get("by_category", {})
    nd, cd = cats.get("no_diacritics"), cats.get("cross_doc")
    return [
        name, fmt(m["answer_accuracy"]), fmt(m["refusal_accuracy"]), fmt(m["false_refusal_rate"]),
        fmt(m["citation_precision"]), *[fmt(r[f"hit@{k}"]) for k in KS], fmt(r["mrr"]),
        fmt(nd["answer_accuracy"]) if nd else "–", fmt(nd["retrieval"]["hit@5"]) if nd else "–",
        fmt(cd["answer_accuracy"]) if cd else "–",
        _ms(m["latency_ms"]["p50"]), _ms(m["latency_ms"]["p95"]),
    ]


def compare_markdown(results: Sequence[RunResult], gold_path: str, date: str, where: str) -> str:
    first = results[0].metrics["counts"]
    lines = [
        "## Measured results",
        "",
        (f"`python -m eval compare` on `{gold_path}` ({first['lines']} lines: {first['answerable']} answerable, "
         f"{first['unanswerable']} unanswerable), {date}, on {where}."),
        "",
        "| " + " | ".join(COMPARE_COLUMNS) + " |",
        "|" + "---|" * len(COMPARE_COLUMNS),
        *["| " + " | ".join(_compare_cells(r.config.name, r.metrics)) + " |" for r in results],
        "",
        "Configurations:",
        "",
        *[f"- `{r.config.name}`: {r.config.description}" for r in results],
        "",
        ("Accuracy is over answerable lines, refusal accuracy over unanswerable ones; citation precision is "
         "micro-averaged over cited passages of answerable lines; hit@k and MRR are over answerable lines with "
         "evidence. Latency is wall time per question (retrieval and answer). Per-configuration reports, with every "
         "failed line, are in the sub-folders beside this file."),
    ]
    judged = [r for r in results if "judged" in r.metrics]
    if judged:
        from eval.judge import LABEL

        lines += ["", f"{LABEL}:", ""]
        lines += [f"- `{r.config.name}`: faithfulness {fmt(r.metrics['judged']['faithfulness'])}, answer relevancy "
                  f"{fmt(r.metrics['judged']['answer_relevancy'])}" for r in judged]
    return "\n".join(lines) + "\n"


def write_compare(out_dir: Path, results: Sequence[RunResult], gold_path: str) -> dict[str, Path]:
    """compare.md, compare.json and compare.png in ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    date, where = now(), machine()
    paths = {"markdown": out_dir / "compare.md", "json": out_dir / "compare.json", "chart": out_dir / "compare.png"}
    paths["markdown"].write_text(compare_markdown(results, gold_path, date, where), encoding="utf-8")
    payload = {
        "gold": gold_path,
        "date": date,
        "machine": where,
        "configurations": {
            r.config.name: {k: v for k, v in r.metrics.items() if k != "run"} | {"description": r.config.description}
            for r in results
        },
    }
    paths["json"].write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    title = f"Configurations on {Path(gold_path).name}"
    compare_chart({r.config.name: r.metrics for r in results}, paths["chart"], title)
    return paths
