"""What tests check of an answer's text."""

from __future__ import annotations

from index.normalize import comparison_form


def says(answer: str, *facts: str) -> bool:
    """Whether the answer states every fact, as the scorer compares them (case, marks' forms and spacing aside)."""
    return all(comparison_form(fact) in comparison_form(answer) for fact in facts)
