"""Like / dislike on answers, appended to a JSONL file.

Whoever maintains the plans needs to see which answers people found wrong,
with the question, the answer and the sources it showed, so each vote is
one self-contained JSON line. Append-only: nothing is ever rewritten, so a
crash loses at most the vote being written. The UI serves many sessions on
threads, hence the lock (one line is written whole before the next).
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
from pathlib import Path
from typing import Any

from index.jsonl import jsonl_lines


class FeedbackLog:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(
        self,
        *,
        liked: bool,
        question: str,
        answer: str,
        citations: list[dict[str, Any]] | list[str] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """Append one vote; returns the record written (time in UTC, ISO 8601)."""
        entry: dict[str, Any] = {
            "time": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "liked": bool(liked),
            "question": question,
            "answer": answer,
            "citations": list(citations or []),
        }
        entry.update({k: v for k, v in extra.items() if v is not None})
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
        return entry

    def read(self) -> list[dict[str, Any]]:
        """Every vote so far (unreadable lines skipped)."""
        if not self.path.exists():
            return []
        records = jsonl_lines(self.path.read_text(encoding="utf-8"))
        return [record for _, record in records if not isinstance(record, json.JSONDecodeError)]
