"""Scoring multi-turn conversations: follow-ups answered with the history before them.

A conversation file holds one JSON object a line, ``{"id", "turns": [...]}``,
each turn a gold line without an id (``question``, ``answerable``,
``must_include``, ``evidence``, ``category``, ``reference_answer``; see
``eval/gold.py``). Turns are asked in order through ``assistant.ask`` with
``history=[(question, answer text), …]`` of the turns before, exactly as the
chat does, and each is scored by ``eval.scoring.score_line``, so a turn is
right on the same terms as a line of ``python -m eval run``.

A malformed line (bad JSON, no id, no turns, a turn that is not a valid gold
line) is reported with its line number and skipped; the others run. Turn ids
are ``<conversation id>/<turn number>``.

Follow-ups fail in ways one-shot questions do not: the rewrite may be wrong,
so every row carries the standalone question that was searched, and each
failed turn is given a kind (``failure_kind``) so a report can say what goes
wrong without reading the lines one by one.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.gold import GoldLine, GoldProblem, parse_line, parse_records, read_gold_text, require_valid
from eval.report import _failure, fmt, table
from eval.runner import display_path, machine, now, result_row
from eval.scoring import summarize
from index.normalize import comparison_form


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[GoldLine, ...]
    line: int = 0


@dataclass
class ConversationSet:
    path: Path
    conversations: list[Conversation]
    problems: list[GoldProblem] = field(default_factory=list)


def parse_conversation(record: Any, number: int) -> Conversation:
    """One validated conversation; ``ValueError`` naming the bad turn otherwise."""
    if not isinstance(record, dict):
        raise ValueError("a JSON object is required")
    cid = record.get("id")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool) or not str(cid).strip():
        raise ValueError("'id' must be a non-empty string")
    turns = record.get("turns")
    if not isinstance(turns, list) or not turns:
        raise ValueError("'turns' must be a non-empty list")
    parsed = []
    for i, turn in enumerate(turns, 1):
        if not isinstance(turn, dict):
            raise ValueError(f"turn {i}: a JSON object is required")
        try:
            parsed.append(parse_line({**turn, "id": f"{cid}/{i}"}, number))
        except ValueError as exc:
            raise ValueError(f"turn {i}: {exc}") from None
    return Conversation(str(cid), tuple(parsed), number)


def parse_conversations(text: str, path: Path | str = "<conversations>") -> ConversationSet:
    """Every valid conversation; malformed lines become problems, never exceptions."""
    return ConversationSet(Path(path), *parse_records(text, parse_conversation))


def load_conversations(path: Path | str) -> ConversationSet:
    """Read and validate a conversation file; ``GoldError`` when nothing can be run."""
    path = Path(path)
    found = parse_conversations(read_gold_text(path, "conversation file"), path)
    require_valid(len(found.conversations), found.problems, path, "conversation file")
    return found


# ------------------------------------------------------------------- running
def run_conversation(assistant, conversation: Conversation, **options) -> list[dict[str, Any]]:
    """Ask the turns in order, each with the ones before as history; one scored row per turn.

    A turn whose answer raises is a wrong turn with its error, and its empty
    answer goes into the history, as a chat would show nothing.
    """
    history: list[tuple[str, str]] = []
    rows = []
    for number, turn in enumerate(conversation.turns, 1):
        start = time.perf_counter()
        standalone = ""
        try:
            answer = assistant.ask(turn.question, history=list(history), **options)
            record = answer.as_json()
            standalone = answer.standalone_question
        except Exception as exc:  # noqa: BLE001 - one failing turn must not end the run
            record = {"question": turn.question, "answer": "", "refused": False, "citations": [], "passages": [],
                      "error": f"{type(exc).__name__}: {exc}"}
        row = result_row(turn, record, (time.perf_counter() - start) * 1000)
        row.update(conversation=conversation.id, turn=number, standalone_question=standalone or turn.question)
        rows.append(row)
        history.append((turn.question, row["answer"]))
    return rows


def rewritten(row: dict[str, Any]) -> bool:
    """Whether the searched question differs from the one typed (the follow-up was resolved)."""
    return comparison_form(row["standalone_question"]) != comparison_form(row["question"])


def failure_kind(row: dict[str, Any]) -> str | None:
    """Why a turn is wrong, in a few words; None for a right turn.

    A follow-up searched as typed is "not rewritten" whatever else went wrong:
    that is the first thing to fix.
    """
    v = row["verdict"]
    if v["correct"]:
        return None
    if v.get("error"):
        return "error"
    if row["turn"] > 1 and not rewritten(row):
        return "follow-up not rewritten"
    if not row["answerable"]:
        return "answered an unanswerable turn" if not v["refused"] else "refused but cited"
    if v["refused"]:
        return "false refusal"
    if v["retrieval_scored"] and not v["hit@10"]:
        return "evidence not retrieved"
    return "wrong answer (evidence retrieved)" if v["retrieval_scored"] else "wrong answer"


def _share(rows: list[dict[str, Any]]) -> float | None:
    return sum(r["verdict"]["correct"] for r in rows) / len(rows) if rows else None


def summarize_conversations(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The per-line figures of ``eval run`` plus turns, follow-ups and whole conversations right."""
    metrics = summarize(rows)
    by_conversation: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_conversation.setdefault(row["conversation"], []).append(row)
    followups = [r for r in rows if r["turn"] > 1]
    whole = [all(r["verdict"]["correct"] for r in turns) for turns in by_conversation.values()]
    metrics["conversations"] = {
        "conversations": len(by_conversation),
        "turns": len(rows),
        "followup_turns": len(followups),
        "turns_right": _share(rows),
        "first_turns_right": _share([r for r in rows if r["turn"] == 1]),
        "followup_turns_right": _share(followups),
        "followups_rewritten": sum(rewritten(r) for r in followups) / len(followups) if followups else None,
        "conversations_all_right": sum(whole) / len(whole) if whole else None,
        "failures_by_kind": dict(Counter(failure_kind(r) for r in rows if not r["verdict"]["correct"]).most_common()),
        "followup_failures_by_kind": dict(
            Counter(failure_kind(r) for r in followups if not r["verdict"]["correct"]).most_common()
        ),
    }
    return metrics


def run_conversations(assistant, found: ConversationSet, *, progress: bool = True, **options) -> tuple[list, dict]:
    """Every conversation answered and scored: (rows, metrics)."""
    from tqdm import tqdm

    assistant.index()
    rows: list[dict[str, Any]] = []
    bar = tqdm(found.conversations, desc="conversations", unit="conv", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)
    for conversation in bar:
        rows += run_conversation(assistant, conversation, **options)
    metrics = summarize_conversations(rows)
    metrics["run"] = {
        "gold": display_path(found.path),
        "skipped_lines": [str(p) for p in found.problems],
        "date": now(),
        "machine": machine(),
    }
    return rows, metrics


# ------------------------------------------------------------------- report
def _turn_failure(row: dict[str, Any]) -> str:
    """The run report's failure block, with the searched question and the failure kind under its title."""
    title, rest = _failure(row).split("\n", 1)
    return "\n".join([title, "", f"**Searched (standalone):** {row['standalone_question']}",
                      f"**Kind:** {failure_kind(row)}", rest])


def report_markdown(rows: list[dict[str, Any]], metrics: dict[str, Any]) -> str:
    c, run = metrics["conversations"], metrics["run"]
    out = [
        "# Conversation evaluation", "",
        f"Gold: `{run['gold']}` · {run['date']} · {run['machine']}", "",
        "## Headline", "",
        "| conversations | turns | turns right | first turns right | follow-up turns right | follow-ups rewritten "
        "| conversations all right |",
        "|---|---|---|---|---|---|---|",
        f"| {c['conversations']} | {c['turns']} | {fmt(c['turns_right'])} | {fmt(c['first_turns_right'])} "
        f"| {fmt(c['followup_turns_right'])} | {fmt(c['followups_rewritten'])} | {fmt(c['conversations_all_right'])} |",
        "", table("turns", {"all": metrics, **metrics["by_category"]}), "",
        "## Failures by kind", "",
        *[f"- {kind}: {n} (follow-ups: {c['followup_failures_by_kind'].get(kind, 0)})"
          for kind, n in c["failures_by_kind"].items()],
    ]
    if run["skipped_lines"]:
        out += ["", "Skipped lines: " + "; ".join(run["skipped_lines"])]
    out += ["", "## Follow-up turns as searched", "", "| turn | right | asked | searched |", "|---|---|---|---|"]
    for row in rows:
        if row["turn"] > 1:
            mark = "✓" if row["verdict"]["correct"] else "✗"
            out.append(f"| {row['id']} | {mark} | {row['question']} | {row['standalone_question']} |")
    failed = [r for r in rows if not r["verdict"]["correct"]]
    out += ["", f"## Failed turns ({len(failed)})", ""]
    out += [_turn_failure(r) + "\n" for r in failed] or ["None."]
    return "\n".join(out) + "\n"


def write_conversations(out_dir: Path, rows: list[dict[str, Any]], metrics: dict[str, Any]) -> dict[str, Path]:
    """results.jsonl, metrics.json and report.md in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: out_dir / name for name in ("results.jsonl", "metrics.json", "report.md")}
    paths["results.jsonl"].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    paths["metrics.json"].write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    paths["report.md"].write_text(report_markdown(rows, metrics), encoding="utf-8")
    return paths
