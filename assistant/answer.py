"""What an answer is, for every caller (CLI, UI, eval harness).

One shape for the extractive and the LLM backends, so callers never need to
know which backend produced the text; ``as_json`` is the exact line format of
``python -m assistant ask --jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.retriever import Passage

REFUSAL = "Các kế hoạch hiện có không nêu thông tin này."


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
            "ocr": bool(self.passage.metadata.get("ocr")),
        }


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

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.as_json() for c in self.citations],
            "passages": [p.as_json() for p in self.passages],
        }
        if self.notices:
            out["notices"] = list(self.notices)
        return out
