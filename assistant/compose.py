"""Writing the answer text and its numbered citations from chosen evidence.

Pure functions: given which units of which passages answer, produce the
Vietnamese answer that names the plan and section, with ``[n]`` markers
numbered in order of first use, or the plain refusal sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.answer import REFUSAL, Answer, Citation
from assistant.extractive import Unit, heading_context, quote_of
from index.retriever import Passage, PlanInfo


@dataclass(frozen=True)
class Evidence:
    """Units quoted from one section (one or more of its chunks), and their opening."""

    units: tuple[Unit, ...]
    lead: str = ""  # overrides the default "Theo <plan>, mục “…”:" opening

    @property
    def passage(self) -> Passage:
        return self.units[0].passage


def corpus_summary(plans: dict[str, PlanInfo]) -> str:
    labels = "; ".join(sorted(p.label for p in plans.values()))
    return f"Các kế hoạch hiện có: {labels}." if labels else "Chưa có kế hoạch nào được nạp."


def refusal(question: str, plans: dict[str, PlanInfo], passages: list[Passage], reason: str = "") -> Answer:
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
