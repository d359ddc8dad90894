"""What an answer is, for every caller (CLI, UI, eval harness).

One shape for the extractive and the LLM backends, so callers never need to
know which backend produced the text; ``as_json`` is the exact line format of
``python -m assistant ask --jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.normalize import comparison_form
from index.retriever import Passage

REFUSAL = "Các kế hoạch hiện có không nêu thông tin này."


def is_refusal(text: str) -> bool:
    return comparison_form(REFUSAL).rstrip(".") in comparison_form(text)


@dataclass(frozen=True)
class Citation:
    """A numbered reference: the passage, and the span of it the answer rests on."""

    n: int
    passage: Passage
    quote: str

    @property
    def doc(self) -> str:
        return self.passage.doc

    @property
    def plan(self) -> str:
        return self.passage.plan

    @property
    def section(self) -> str:
        return self.passage.section

    @property
    def text(self) -> str:
        return self.passage.text

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "doc": self.doc,
            "plan": self.plan,
            "section": self.section,
            "quote": self.quote,
            "text": self.text,
            "ocr": self.passage.ocr,
        }


# How a rewritten follow-up is shown to the user (UI and terminal chat).
SEARCHED_AS = "Đã tìm theo câu hỏi: «{q}»"


@dataclass
class Answer:
    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    # Visible notes to the user: truncated question, LLM fallback, ...
    notices: list[str] = field(default_factory=list)
    backend: str = "extractive"
    # The question after follow-up resolution (what was actually searched).
    standalone_question: str = ""
    # One sentence stating the fact and naming the plan; the answer text starts with it ("" when refused).
    short_answer: str = ""
    # Per plan quoted, the fact as its evidence already knew it ("Sở Nội vụ (thường trực)" from a register row):
    # the short answer states these as they are.
    stated: dict[str, str] = field(default_factory=dict)

    @property
    def rewritten_question(self) -> str:
        """The standalone question searched when a follow-up was rewritten ("" when it was asked as is).

        Shown to the user, so a wrong reading of "Còn Hải Phòng thì sao?" is visible.
        """
        searched = self.standalone_question.strip()
        return searched if searched and comparison_form(searched) != comparison_form(self.question) else ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.text,
            "short_answer": self.short_answer,
            "refused": self.refused,
            "citations": [c.as_json() for c in self.citations],
            "passages": [p.as_json() for p in self.passages],
        }
        if self.notices:
            out["notices"] = list(self.notices)
        return out
