"""Reading a gold file (../shared/eval/README.md format), line by line.

A gold set is edited by hand, so one bad line must not cost a whole run: each
malformed line (bad JSON, a missing or mistyped field, a duplicate id) becomes
a ``GoldProblem`` carrying its 1-based line number and is skipped; the rest is
scored. Only a file that cannot be read, or that holds no usable line at all,
is an error (``GoldError``): scoring nothing would print figures that mean
nothing.

Required on every line: ``id``, ``question`` (non-empty), ``category`` and
``answerable`` (a boolean). An answerable line also needs ``must_include``
(at least one non-empty group of strings: without it accuracy cannot be
judged) and ``evidence`` (a list of ``{doc, quote}``; it may be empty, in
which case the line is left out of the retrieval figures). An unanswerable
line may omit both. Unknown categories are accepted: a hidden set may add one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from index.jsonl import jsonl_lines


class GoldError(Exception):
    """The gold file as a whole is unusable (unreadable, empty, nothing valid)."""


@dataclass(frozen=True)
class Evidence:
    doc: str
    quote: str


@dataclass(frozen=True)
class GoldLine:
    id: str
    question: str
    category: str
    answerable: bool
    must_include: tuple[tuple[str, ...], ...] = ()
    evidence: tuple[Evidence, ...] = ()
    reference_answer: str = ""
    line: int = 0

    @property
    def quotes(self) -> list[str]:
        return [e.quote for e in self.evidence]


@dataclass(frozen=True)
class GoldProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class GoldSet:
    path: Path
    lines: list[GoldLine]
    problems: list[GoldProblem] = field(default_factory=list)


def _strings(value, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"each group of {what} must be a non-empty list of non-empty strings")
    return tuple(value)


def parse_line(record, number: int) -> GoldLine:
    """One validated gold line; ``ValueError`` with a readable message otherwise."""
    if not isinstance(record, dict):
        raise ValueError("a JSON object is required")
    missing = [name for name in ("id", "question", "category", "answerable") if name not in record]
    answerable = record.get("answerable")
    if answerable is True:
        missing += [name for name in ("must_include", "evidence") if name not in record]
    if missing:
        raise ValueError(f"missing field(s): {', '.join(missing)}")
    if not isinstance(record["id"], (str, int)) or isinstance(record["id"], bool) or not str(record["id"]).strip():
        raise ValueError("'id' must be a non-empty string")
    if not isinstance(record["question"], str) or not record["question"].strip():
        raise ValueError("'question' must be a non-empty string")
    if not isinstance(record["category"], str) or not record["category"].strip():
        raise ValueError("'category' must be a non-empty string")
    if not isinstance(answerable, bool):
        raise ValueError("'answerable' must be true or false")
    groups = record.get("must_include") or []
    if not isinstance(groups, list):
        raise ValueError("'must_include' must be a list of groups")
    must_include = tuple(_strings(g, "must_include") for g in groups)
    if answerable and not must_include:
        raise ValueError("an answerable line needs at least one 'must_include' group")
    raw_evidence = record.get("evidence") or []
    if not isinstance(raw_evidence, list):
        raise ValueError("'evidence' must be a list")
    evidence = []
    for item in raw_evidence:
        if not (isinstance(item, dict) and isinstance(item.get("doc"), str) and isinstance(item.get("quote"), str)
                and item["quote"].strip()):
            raise ValueError("each evidence item needs a 'doc' and a non-empty 'quote' string")
        evidence.append(Evidence(item["doc"], item["quote"]))
    reference = record.get("reference_answer") or ""
    return GoldLine(
        id=str(record["id"]), question=record["question"], category=record["category"], answerable=answerable,
        must_include=must_include, evidence=tuple(evidence), reference_answer=str(reference), line=number,
    )


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Record = TypeVar("Record", bound=_HasId)


def parse_records(text: str, parse: Callable[[Any, int], Record]) -> tuple[list[Record], list[GoldProblem]]:
    """Every valid record of a JSONL gold-format text, and a problem per malformed or duplicate line."""
    records: list[Record] = []
    problems: list[GoldProblem] = []
    seen: dict[str, int] = {}
    for number, raw in jsonl_lines(text):
        if isinstance(raw, json.JSONDecodeError):
            problems.append(GoldProblem(number, f"invalid JSON ({raw.msg} at column {raw.colno})"))
            continue
        try:
            record = parse(raw, number)
        except ValueError as exc:
            problems.append(GoldProblem(number, str(exc)))
            continue
        if record.id in seen:
            problems.append(GoldProblem(number, f"duplicate id '{record.id}' (first on line {seen[record.id]})"))
            continue
        seen[record.id] = number
        records.append(record)
    return records, problems


def parse_gold(text: str, path: Path | str = "<gold>") -> GoldSet:
    """Validate every line; malformed ones become problems, never exceptions."""
    return GoldSet(Path(path), *parse_records(text, parse_line))


def read_gold_text(path: Path, what: str = "gold file") -> str:
    """The text of a gold-format file; ``GoldError`` when it is missing, unreadable or empty."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(f"{what} not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read {what} {path}: {exc}") from None
    if not text.strip():
        raise GoldError(f"{what} {path} is empty: nothing to evaluate")
    return text


def require_valid(count: int, problems: list[GoldProblem], path: Path, what: str = "gold file") -> None:
    """``GoldError`` when no line of the file could be used: scoring nothing would mean nothing."""
    if not count:
        details = "; ".join(str(p) for p in problems[:5])
        raise GoldError(f"{what} {path} has no valid line ({len(problems)} malformed: {details})")


def plan_rendering(folder: Path, stem: str) -> Path | None:
    """The text of a material plan as a reader sees it: STEM.txt, else STEM.md (Markdown is its own rendering).

    A plan shipped as Word, PDF or pandoc Markdown has its rendering beside it, and
    the gold quotes come from that rendering; taking one file per stem keeps a plan
    from being asked about twice.
    """
    for suffix in (".txt", ".md"):
        if (folder / f"{stem}{suffix}").exists():
            return folder / f"{stem}{suffix}"
    return None


def load_gold(path: Path | str) -> GoldSet:
    """Read and validate a gold file; ``GoldError`` when nothing can be scored."""
    path = Path(path)
    gold = parse_gold(read_gold_text(path), path)
    require_valid(len(gold.lines), gold.problems, path)
    return gold
