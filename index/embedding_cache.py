"""A disk cache of passage vectors, so no chunk text is ever embedded twice.

Embedding is nearly all of the ingest cost (~0.2 s a chunk on two cores).
Chroma already skips unchanged chunks, but a rebuild (``--rebuild``), a move
to a Chroma server, or an interrupted ingest would embed everything again.
Vectors are keyed by the model id and the exact embedded text, in SQLite
(safe for several processes on one host). Queries are not cached: they are
cheap and rarely repeat.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings


class CachedEmbeddings(Embeddings):
    def __init__(self, inner: Embeddings, path: Path) -> None:
        self.inner = inner
        self.model_id = getattr(inner, "model_id", type(inner).__name__)
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection | None:
        """The cache database, or None when the directory is not writable (then no caching)."""
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
                self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB)")
            except (OSError, sqlite3.Error):
                return None
        return self._db

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self.model_id}\x1f{text}".encode()).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        found: dict[str, list[float]] = {}
        with self._lock:
            db = self._connection()
            if db is not None:
                try:
                    for start in range(0, len(keys), 500):
                        part = keys[start : start + 500]
                        rows = db.execute(
                            f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part
                        )
                        found.update((k, np.frombuffer(v, dtype=np.float32).tolist()) for k, v in rows)
                except sqlite3.Error:
                    found = {}
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            vectors = self.inner.embed_documents([texts[i] for i in missing])
            for i, vector in zip(missing, vectors):
                found[keys[i]] = list(vector)
            self._store([(keys[i], found[keys[i]]) for i in missing])
        return [found[k] for k in keys]

    def _store(self, items: list[tuple[str, list[float]]]) -> None:
        with self._lock:
            db = self._connection()
            if db is None:
                return
            try:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items],
                )
                db.commit()
            except sqlite3.Error:
                pass  # a full or read-only disk only costs re-embedding later

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)
