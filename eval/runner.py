"""Running a configuration over a gold set through the real assistant.

The assistant is built once by the caller and shared by every configuration,
so models load once. Each line is answered exactly as ``ask --jsonl`` would
answer it, timed, and scored on the spot; a line whose answer raises is
recorded with its error and scored as a failure, so one bad line cannot sink
a long (possibly paid, LLM-backed) run. One untimed warm-up question runs
first so lazy model loading does not land in the first line's latency; if
even that fails, the configuration cannot answer at all (unknown backend,
LLM server down) and ``ConfigError`` says so instead of 52 error lines.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval.configs import Config, NaiveIndex, NaiveRetriever
from eval.gold import GoldLine, GoldSet
from eval.scoring import score_line, summarize

# (question, answer, passage texts, refused=...) -> judged figures; see eval/judge.py.
Judge = Callable[..., dict[str, Any]]


class ConfigError(RuntimeError):
    """A configuration that cannot answer at all (unknown backend, LLM unreachable, ...)."""


@dataclass
class RunResult:
    config: Config
    rows: list[dict[str, Any]]
    metrics: dict[str, Any]
    problems: list[str] = field(default_factory=list)


def machine() -> str:
    """A one-line description of where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def display_path(path) -> str:
    """A path relative to the working directory when it lies below it (reports stay portable)."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


class ConfigRunner:
    """Answers questions under one configuration (the naive one retrieves itself)."""

    def __init__(self, assistant, config: Config, k: int | None = None) -> None:
        self.assistant = assistant
        self.config = config
        self.k = k or assistant.settings.k  # GDNN_K when no --k was given
        # The naive baseline runs the same chain over its own retriever.
        self.options: dict[str, Any] = dict(config.overrides)
        if config.retrieval == "naive":
            self.options["chain"] = assistant.chain(NaiveIndex(NaiveRetriever.for_assistant(assistant)))

    def answer(self, question: str):
        return self.assistant.ask(question, k=self.k, backend=self.config.backend, **self.options)


def answer_record(runner: ConfigRunner, line: GoldLine) -> tuple[dict[str, Any], float]:
    """The ``ask --jsonl`` record of one line and its latency in milliseconds."""
    start = time.perf_counter()
    try:
        answer = runner.answer(line.question)
        record = answer.as_json()
        record["backend"] = getattr(answer, "backend", None)
    except Exception as exc:  # noqa: BLE001 - one failing line must not end the run
        record = {"question": line.question, "answer": "", "refused": False, "citations": [], "passages": [],
                  "error": f"{type(exc).__name__}: {exc}"}
    return record, (time.perf_counter() - start) * 1000


def result_row(line: GoldLine, record: dict[str, Any], latency_ms: float) -> dict[str, Any]:
    """One line of results.jsonl: the answer as ``ask --jsonl``, the gold, the verdicts."""
    row = {
        "id": line.id,
        "question": line.question,
        "category": line.category,
        "answerable": line.answerable,
        "answer": record.get("answer", ""),
        "short_answer": record.get("short_answer") or "",
        "refused": bool(record.get("refused")),
        "citations": record.get("citations", []),
        "passages": record.get("passages", []),
        "must_include": [list(g) for g in line.must_include],
        "evidence": [{"doc": e.doc, "quote": e.quote} for e in line.evidence],
        "reference_answer": line.reference_answer,
        "verdict": score_line(line, record),
        "latency_ms": round(latency_ms, 1),
    }
    for extra in ("backend", "notices", "error"):
        if record.get(extra):
            row[extra] = record[extra]
    return row


def run_config(
    assistant,
    gold: GoldSet,
    config: Config,
    *,
    k: int | None = None,
    progress: bool = True,
    judge: Judge | None = None,
) -> RunResult:
    """Answer and score every gold line under one configuration."""
    from tqdm import tqdm

    assistant.index()
    try:
        runner = ConfigRunner(assistant, config, k)
        if gold.lines:
            runner.answer(gold.lines[0].question)  # warm-up, untimed; fails fast on a broken backend
    except Exception as exc:
        raise ConfigError(f"configuration '{config.name}' cannot answer: {type(exc).__name__}: {exc}") from exc
    rows = []
    bar = tqdm(gold.lines, desc=config.name, unit="q", file=sys.stderr, disable=not progress, dynamic_ncols=True)
    for line in bar:
        record, latency = answer_record(runner, line)
        row = result_row(line, record, latency)
        if judge is not None and not row.get("error"):
            row["judged"] = judge(line.question, row["answer"], [p["text"] for p in row["passages"]],
                                  refused=row["refused"])
        rows.append(row)
    metrics = summarize(rows)
    if judge is not None:
        from eval.judge import aggregate_judged

        metrics["judged"] = aggregate_judged(rows, getattr(judge, "model_name", ""))
    metrics["run"] = {
        "config": config.name,
        "description": config.description,
        "backend": config.backend or "default",
        "backends_used": sorted({r["backend"] for r in rows if r.get("backend")}),
        "k": runner.k,
        "gold": display_path(gold.path),
        "skipped_gold_lines": [str(p) for p in gold.problems],
        "date": now(),
        "machine": machine(),
    }
    return RunResult(config, rows, metrics, [str(p) for p in gold.problems])
