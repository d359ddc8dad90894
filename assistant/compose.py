"""Writing the answer text and its numbered citations from chosen evidence.

Pure functions: given which units of which passages answer, produce the
Vietnamese answer that names the plan and section, with ``[n]`` markers
numbered in order of first use, or the plain refusal sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import REFUSAL, Answer, Citation
from assistant.extractive import Unit, heading_context, is_read_aloud, kinds_in, passage_units, quote_of
from assistant.questions import QuestionProfile
from index.metadata import PlanMetadata
from index.retriever import Passage
from index.vocab.markers import BULLET


@dataclass(frozen=True)
class Evidence:
    """Units quoted from one section (one or more of its chunks), and their opening."""

    units: tuple[Unit, ...]
    lead: str = ""  # overrides the default "Theo <plan>, mục “…”:" opening

    @property
    def passage(self) -> Passage:
        return self.units[0].passage


def corpus_summary(plans: dict[str, PlanMetadata]) -> str:
    labels = "; ".join(sorted(p.label for p in plans.values()))
    return f"Các kế hoạch hiện có: {labels}." if labels else "Chưa có kế hoạch nào được nạp."


def refusal(question: str, plans: dict[str, PlanMetadata], passages: list[Passage], reason: str = "") -> Answer:
    """The plain refusal: no citation, and what the corpus does cover."""
    text = REFUSAL
    if reason:
        text = f"{REFUSAL[:-1]} ({reason})."
    return Answer(question, f"{text} {corpus_summary(plans)}", True, [], passages)


def _opening(evidence: Evidence, name_plan: bool) -> str:
    if evidence.lead:
        return evidence.lead
    section = heading_context(evidence.passage, list(evidence.units))
    where = f"mục “{section}”" if section else "nội dung kế hoạch"
    return f"Theo {evidence.passage.plan}, {where}:" if name_plan else f"Cũng theo kế hoạch này, {where}:"


def _attach_headings(units: tuple[Unit, ...]) -> list[Unit]:
    """Cite a quoted heading with the chunk of the body line after it.

    Every chunk of a long item repeats its heading; the chunk that also holds
    the quoted body line is the one that supports the whole quote.
    """
    out = list(units)
    for i in range(len(out) - 2, -1, -1):
        if out[i].is_heading and not out[i + 1].is_heading and out[i].passage.section == out[i + 1].passage.section:
            out[i] = replace(out[i], passage=out[i + 1].passage)
    return out


def _runs(units: tuple[Unit, ...]) -> list[list[Unit]]:
    """Consecutive units of the same chunk: each run gets one citation marker."""
    runs: list[list[Unit]] = []
    for unit in _attach_headings(units):
        if runs and runs[-1][-1].passage.id == unit.passage.id:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def compose(question: str, evidence: list[Evidence], passages: list[Passage]) -> Answer:
    """One paragraph per section quoted; citations numbered by first use."""
    citations: list[Citation] = []
    numbers: dict[str, int] = {}
    paragraphs: list[str] = []
    previous_plan = ""
    for item in evidence:
        pieces = []
        for run in _runs(item.units):
            passage = run[0].passage
            if passage.id not in numbers:
                numbers[passage.id] = len(numbers) + 1
                citations.append(Citation(numbers[passage.id], passage, quote_of(run)))
            pieces.append(f"{quote_of(run)} [{numbers[passage.id]}]")
        paragraphs.append(f"{_opening(item, item.passage.plan != previous_plan)} {' '.join(pieces)}")
        previous_plan = item.passage.plan
    return Answer(question, "\n".join(paragraphs), False, citations, passages)


_CLAUSE = re.compile(r"(?<=[;,:])\s+")
SHORT_CHARS = 220


def _row_fact(row: str, years: tuple[int, ...]) -> str:
    """A row read aloud cut to the column of the year or period asked ("Tuyển sinh | Năm 2025: 3.500 người")."""
    label, *cells = [c.strip() for c in row.split(" | ")]
    unit = next((c.split(":", 1)[1].strip() for c in cells if c.startswith("Đơn vị:")), "")
    values = [c for c in cells if not c.startswith("Đơn vị:")]
    asked = [c for c in values if any(str(y) in c.split(":", 1)[0] for y in years)] or values
    return f"{label}: " + "; ".join(f"{c} {unit}".strip() for c in asked)


def _fact_of(unit: Unit, profile: QuestionProfile) -> str:
    """The clause of a unit that states what the question asks (its figure, time or agency)."""
    text = BULLET.sub("", unit.text).strip()
    if is_read_aloud(text):
        return _row_fact(text, profile.years)
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    return next((c for c in clauses if kinds_in(c, profile)), text).rstrip(" .;,:")


def short_answer(answer: Answer, profile: QuestionProfile) -> str:
    """One sentence that states the fact and names the plan, before the cited quotes.

    "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): Sơ cấp … 176.000 người." It is
    read from the first quoted passage: the clause holding the kind of fact asked for.
    """
    if answer.refused or not answer.citations:
        return ""
    citation = answer.citations[0]
    units = [u for u in passage_units(citation.passage) if BULLET.sub("", u.text).strip() in citation.quote]
    unit = next((u for u in units if kinds_in(u.text, profile)), units[0] if units else None)
    if unit is None:
        return ""
    fact = _fact_of(unit, profile)
    if len(fact) > SHORT_CHARS:
        fact = fact[:SHORT_CHARS].rsplit(" ", 1)[0] + "…"
    return f"Theo {citation.plan}: {fact}."
