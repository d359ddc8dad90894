"""Which plans a question is about, and whether the corpus can be about it at all.

A question that names a province, a plan number or a year the indexed plans
do not cover must be refused, not answered from the nearest other plan: an
official asking about Đà Nẵng must not get Hà Nội's figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.provinces import BY_FOLDED
from index.normalize import fold_accents
from index.retriever import PlanInfo, PlanScope, scope_evidence

_PLAN_NUMBER = re.compile(r"\b(?:ke hoach|kh)\s*(?:so\s*)?(\d{1,4})\s*/\s*kh\b|\b(\d{1,4})\s*/\s*kh\s*-")


@dataclass(frozen=True)
class Scope:
    """The plans a question points at (best first) and why it may be out of scope."""

    docs: tuple[str, ...]
    out_of_scope: str = ""  # a reason, in Vietnamese, when the corpus cannot answer
    evidence: tuple[tuple[str, float], ...] = ()  # raw scope evidence of each doc


def named_provinces(folded_question: str) -> set[str]:
    return {name for name in BY_FOLDED if re.search(rf"\b{re.escape(name)}\b", folded_question)}


def resolve_scope(question: str, plans: dict[str, PlanInfo], table: PlanScope | None = None) -> Scope:
    """Rank the plans the question names; flag provinces or plan numbers we lack.

    ``table`` is the catalogue's compiled ``PlanScope`` when the caller has one (the index does).
    """
    folded = fold_accents(question)
    covered_provinces = {fold_accents(p.province) for p in plans.values() if p.province}
    named = named_provinces(folded)
    missing = sorted(named - covered_provinces)
    if missing and not (named & covered_provinces):
        return Scope((), f"không có kế hoạch nào của {', '.join(BY_FOLDED[m] for m in missing)}")
    numbers = {m.group(1) or m.group(2) for m in _PLAN_NUMBER.finditer(folded)}
    # A number cited in a plan's title ("triển khai Kế hoạch số 238/KH-UBND") names it too.
    known_text = " ".join(fold_accents(f"{p.number} {p.title}") for p in plans.values())
    unknown = {n for n in numbers if not re.search(rf"\b{n}\s*/", known_text)}
    if unknown and unknown == numbers:
        return Scope((), f"không có kế hoạch số {', '.join(sorted(unknown))}")
    if named & covered_provinces:
        # A question about one province is never answered from another's plan.
        plans = {doc: p for doc, p in plans.items() if fold_accents(p.province) in named}
        raw = scope_evidence(folded, plans)
    else:
        raw = (table or PlanScope(plans)).evidence(folded)
    top = max(raw.values(), default=0.0)
    if top < 1.0:
        return Scope(())
    ranked = sorted((doc for doc, s in raw.items() if s >= 0.75 * top), key=lambda d: -raw[d])
    return Scope(tuple(ranked), evidence=tuple((doc, raw[doc]) for doc in ranked))
