"""Checking an LLM's ``[n]`` markers against the passages they point at.

A small model cites loosely: a marker may point at a passage that does not
hold the sentence's fact. Each marked sentence is checked against its
passage (its figures must all occur there, and most of its words); markers
that fail are removed, the survivors renumbered by first use, and each
citation quotes the passage's sentence closest to the claim.
"""

from __future__ import annotations

import re

from assistant.answer import Citation
from assistant.extractive import passage_units
from assistant.questions import STOPWORDS, folded_syllables
from index.retriever import Passage

_MARKER = re.compile(r"\s*\[(\d{1,2})\]")
# A sentence ends at . ! ? ; before white space; markers right after it are its own.
_SENTENCE_END = re.compile(r"(?<=[.!?;])((?:\s*\[\d{1,2}\])*)(?:\s+|$)")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
MIN_WORD_SUPPORT = 0.5


def _content(text: str) -> set[str]:
    return {s for s in folded_syllables(text) if s not in STOPWORDS and not s.isdigit()}


def _figures(text: str) -> set[str]:
    return {f.replace(",", ".") for f in _FIGURE.findall(text)}


def supports(passage_text: str, claim: str) -> bool:
    """Whether a passage backs a sentence: all its figures, most of its words."""
    claim = _MARKER.sub("", claim)
    if not _figures(claim) <= _figures(passage_text):
        return False
    words = _content(claim)
    if not words:
        return True
    return len(words & _content(passage_text)) / len(words) >= MIN_WORD_SUPPORT


def closest_quote(passage: Passage, claim: str) -> str:
    """The passage sentence sharing most words with the claim."""
    words = _content(claim)
    units = passage_units(passage) or []
    if not units:
        return passage.text[:300]
    return max(units, key=lambda u: len(words & _content(u.text))).text


def claims(text: str) -> list[str]:
    """Sentences with the markers that follow them (decimal points do not split)."""
    out: list[str] = []
    for line in text.split("\n"):
        parts = _SENTENCE_END.split(line)
        for i in range(0, len(parts), 2):
            sentence = parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
            if sentence.strip():
                out.append(sentence.strip())
    return out


def verify(text: str, passages: list[Passage]) -> tuple[str, list[Citation], int]:
    """(text with only supported markers, renumbered; citations; markers removed)."""
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    removed = 0
    pieces = []
    for sentence in claims(text):
        kept = []
        for match in _MARKER.finditer(sentence):
            index = int(match.group(1)) - 1
            if 0 <= index < len(passages) and supports(passages[index].text, sentence):
                if index not in numbers:
                    numbers[index] = len(numbers) + 1
                    claim = _MARKER.sub("", sentence)
                    citations.append(Citation(numbers[index], passages[index], closest_quote(passages[index], claim)))
                kept.append(numbers[index])
            else:
                removed += 1
        body = _MARKER.sub("", sentence).rstrip()
        markers = "".join(f" [{n}]" for n in dict.fromkeys(kept))
        if body:
            pieces.append(body + markers)
    return " ".join(pieces).strip(), citations, removed
