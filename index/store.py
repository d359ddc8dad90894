"""Chroma storage of chunks: embedded (persistent) or a Chroma server.

Everything a query needs about a chunk (plan label, section path, province,
year) lives in the chunk's Chroma metadata, so several app processes sharing
one Chroma server need nothing else. The collection records the embedding
model that built it; opening it with another model is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REBUILD_HINT = "python -m assistant ingest --rebuild"


class StoreError(RuntimeError):
    """The vector store cannot be used; the message says what to do."""


class ModelMismatchError(StoreError):
    pass


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class Hit:
    chunk: StoredChunk
    score: float  # cosine similarity


def _client(path: Path | None, host: str | None, port: int):
    import chromadb

    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port)
            client.heartbeat()
        except Exception as exc:  # noqa: BLE001 - connection failures come in many types
            raise StoreError(f"Chroma server at {host}:{port} is unreachable ({exc.__class__.__name__}).") from exc
        return client
    assert path is not None
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path))
    except Exception as exc:  # noqa: BLE001
        raise StoreError(
            f"Storage directory {path} is not a readable Chroma index ({exc.__class__.__name__}: {exc}). "
            f"Remove it and rebuild with: {REBUILD_HINT}"
        ) from exc


class ChunkStore:
    def __init__(self, collection, model_id: str, where_label: str) -> None:
        self._collection = collection
        self.model_id = model_id
        self.where_label = where_label

    @classmethod
    def open(
        cls,
        *,
        model_id: str,
        collection: str = "plans",
        path: Path | None = None,
        host: str | None = None,
        port: int = 8000,
        reset: bool = False,
    ) -> "ChunkStore":
        client = _client(path, host, port)
        where_label = f"{host}:{port}" if host else str(path)
        try:
            if reset:
                existing = [c.name if hasattr(c, "name") else c for c in client.list_collections()]
                if collection in existing:
                    client.delete_collection(collection)
            col = client.get_or_create_collection(
                collection, metadata={"embedding_model": model_id, "hnsw:space": "cosine"}, embedding_function=None
            )
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise StoreError(
                f"Chroma collection '{collection}' at {where_label} cannot be opened ({exc}). "
                f"Rebuild it with: {REBUILD_HINT}"
            ) from exc
        built_with = (col.metadata or {}).get("embedding_model")
        if built_with and built_with != model_id:
            raise ModelMismatchError(
                f"The index at {where_label} was built with embedding model '{built_with}', "
                f"but '{model_id}' is configured. Use the same model, or rebuild with: {REBUILD_HINT}"
            )
        return cls(col, model_id, where_label)

    def _guard(self, action: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"Chroma at {self.where_label} failed while {action}: {exc.__class__.__name__}: {exc}") from exc

    def count(self) -> int:
        return self._guard("counting", self._collection.count)

    def metadata_by_id(self) -> dict[str, dict[str, Any]]:
        """Every chunk id with its metadata (no documents), paged."""
        out: dict[str, dict[str, Any]] = {}
        total = self.count()
        for offset in range(0, total, 5000):
            page = self._guard("listing chunks", self._collection.get, include=["metadatas"], limit=5000, offset=offset)
            out.update(zip(page["ids"], page["metadatas"]))
        return out

    def all_chunks(self) -> list[StoredChunk]:
        chunks: list[StoredChunk] = []
        total = self.count()
        for offset in range(0, total, 5000):
            page = self._guard(
                "reading chunks", self._collection.get, include=["metadatas", "documents"], limit=5000, offset=offset
            )
            chunks.extend(StoredChunk(i, d, m) for i, d, m in zip(page["ids"], page["documents"], page["metadatas"]))
        return chunks

    def upsert(self, ids: list[str], texts: list[str], embeddings: list[list[float]], metadatas: list[dict]) -> None:
        for i in range(0, len(ids), 500):
            self._guard(
                "writing chunks",
                self._collection.upsert,
                ids=ids[i : i + 500],
                documents=texts[i : i + 500],
                embeddings=embeddings[i : i + 500],
                metadatas=metadatas[i : i + 500],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 500):
            self._guard("deleting chunks", self._collection.delete, ids=ids[i : i + 500])

    def query(self, embedding: list[float], n: int, where: dict | None = None) -> list[Hit]:
        # No count() first: it costs as much as the search on a large collection,
        # and Chroma returns what it has when asked for more (nothing when empty).
        result = self._guard(
            "searching",
            self._collection.query,
            query_embeddings=[embedding],
            n_results=n,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(StoredChunk(i, d, m), 1.0 - float(dist))
            for i, d, m, dist in zip(result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0])
        ]


def fingerprint(ids) -> str:
    """Identity of a set of chunk ids: the lexical index is valid for one."""
    digest = hashlib.sha1()
    for chunk_id in sorted(ids):
        digest.update(chunk_id.encode())
    return digest.hexdigest()
