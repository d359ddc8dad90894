"""One reader for the JSON Lines files the project keeps (gold sets, question lists, feedback, facts).

Each caller decides what a bad line costs (skipped, reported, fatal), so the
reader hands back the decoding error instead of raising it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def jsonl_lines(text: str) -> Iterator[tuple[int, Any]]:
    """(1-based line number, decoded value or its ``JSONDecodeError``) for each non-blank line."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, exc
