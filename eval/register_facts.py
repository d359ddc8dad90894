"""Register facts: is each "who does what" fact of a gold file in the register?

A fact file (``../shared/corpus-extra/bachvan-register.jsonl`` format) holds
one JSON object a line: ``id``, ``plan_any`` (plan numbers or file-name
stems), ``agency_any`` (spellings of the body) and ``task_any`` (words of the
task). A fact is found when one responsibility row of a plan matching
``plan_any`` names an agency matching ``agency_any`` (the same canonical
agency, or the fact's spelling inside the row's agency, accent-insensitive)
and holds one of ``task_any`` in its task. Matching is lenient on spelling
and strict on substance: the row must tie that body to that task. The
register benchmark scores with these same rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.agencies import agency_key, canonical_agency, find_agencies
from index.jsonl import jsonl_lines
from index.normalize import comparison_form, fold_accents
from index.register import Register, Responsibility


@dataclass(frozen=True)
class Fact:
    id: str
    plan_any: tuple[str, ...]
    agency_any: tuple[str, ...]
    task_any: tuple[str, ...]


def load_facts(path: Path) -> list[Fact]:
    """The facts of a JSONL file; a malformed line is an error naming its number."""
    facts: list[Fact] = []
    for number, data in jsonl_lines(Path(path).read_text(encoding="utf-8")):
        try:
            if isinstance(data, json.JSONDecodeError):
                raise data
            fields = (tuple(map(str, data[k])) for k in ("plan_any", "agency_any", "task_any"))
            facts.append(Fact(str(data["id"]), *fields))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a register fact ({exc})") from exc
    return facts


def _fold(text: str) -> str:
    return fold_accents(comparison_form(text))


def _agency_matches(agency: str, wanted: Iterable[str]) -> bool:
    have, have_key = _fold(agency), agency_key(canonical_agency(agency))
    for name in wanted:
        keys = {agency_key(canonical_agency(name)), *(agency_key(a) for a in find_agencies(name))}
        if have_key in keys or _fold(name) in have:
            return True
    return False


def _plan_matches(row: Responsibility, wanted: Iterable[str]) -> bool:
    where = _fold(f"{row.doc} {row.plan}")
    return any(_fold(p) in where for p in wanted)


def find_fact(fact: Fact, register: Register) -> Responsibility | None:
    """The first responsibility row that states the fact, or None: a row of the body, or one naming it a partner
    ("Tổ Tuyển sinh chủ trì, phối hợp với Ngân hàng CSXH hướng dẫn … vay vốn"), as the assistant reads the register
    when asked what a body does."""
    tasks = [_fold(t) for t in fact.task_any]
    for row in register.responsibilities():
        if not _plan_matches(row, fact.plan_any) \
                or not any(_agency_matches(name, fact.agency_any) for name in (row.agency, *row.partners)):
            continue
        if any(t in _fold(row.task) for t in tasks):
            return row
    return None


def score_facts(facts: list[Fact], register: Register) -> dict[str, Any]:
    """found / total with, per fact, the row that states it (or null)."""
    rows: list[dict[str, Any]] = []
    for fact in facts:
        row = find_fact(fact, register)
        rows.append({"id": fact.id, "found": row is not None,
                     "row": None if row is None else {"agency": row.agency, "role": row.role, "task": row.task[:200]}})
    found = sum(r["found"] for r in rows)
    return {"found": found, "total": len(facts), "rate": found / len(facts) if facts else 0.0, "facts": rows}
