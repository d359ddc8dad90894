"""Ingest benchmark: build the index of the bundled corpus from scratch in a
temporary directory, re-ingest it unchanged, then rebuild it (``--rebuild``:
the Chroma collection is dropped, the embedding cache kept); prints the timings.

    .venv/bin/python benchmarks/ingest.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as storage:
        assistant = Assistant(Settings(storage_dir=Path(storage), chroma_host=None))
        start = time.perf_counter()
        first = assistant.ingest()
        build = time.perf_counter() - start
        start = time.perf_counter()
        again = assistant.ingest()
        reingest = time.perf_counter() - start
        start = time.perf_counter()
        rebuilt = assistant.ingest(rebuild=True)
        rebuild = time.perf_counter() - start
        print(f"build from scratch: {first.summary()}  (wall {build:.1f} s, {first.new / build:.2f} chunks/s)")
        print(f"re-ingest unchanged: {again.summary()}  (wall {reingest:.1f} s)")
        print(f"rebuild, vectors from the embedding cache: {rebuilt.summary()}  (wall {rebuild:.1f} s)")


if __name__ == "__main__":
    main()
