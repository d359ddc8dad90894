"""Prompt files from ``prompts/``: reviewed as text, not buried in code."""

from __future__ import annotations

from functools import cache

from assistant.settings import REPO_ROOT

PROMPTS_DIR = REPO_ROOT / "prompts"


@cache
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>.md`` (cached; the files do not change at run time)."""
    return (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8").strip()
