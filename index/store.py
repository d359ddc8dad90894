"""Chroma storage of chunks: embedded (persistent) or a Chroma server.

Everything a query needs about a chunk (plan label, section path, province,
year) lives in the chunk's Chroma metadata, so several app processes sharing
one Chroma server need nothing else. The collection records the embedding
model that built it; opening it with another model is refused.

A ``StoreError`` is shown to users and operators as it is, so its message is
Vietnamese and says what to do; Chroma's own (English) error goes to the log.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

REBUILD_HINT = "python -m assistant ingest --rebuild"


class StoreError(RuntimeError):
    """The vector store cannot be used; the (Vietnamese) message says what to do."""


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
            log.error("Chroma server at %s:%s is unreachable: %s: %s", host, port, type(exc).__name__, exc)
            raise StoreError(f"Không kết nối được máy chủ Chroma tại {host}:{port}.") from exc
        return client
    assert path is not None
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path))
    except Exception as exc:  # noqa: BLE001
        log.error("storage directory %s is not a readable Chroma index: %s: %s", path, type(exc).__name__, exc)
        raise StoreError(
            f"Thư mục lưu trữ {path} không phải một chỉ mục Chroma đọc được. Hãy xóa thư mục đó rồi lập lại chỉ mục "
            f"bằng lệnh: {REBUILD_HINT}"
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
    ) -> ChunkStore:
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
            log.error("Chroma collection %r at %s cannot be opened: %s: %s", collection, where_label,
                      type(exc).__name__, exc)
            raise StoreError(
                f"Không mở được bộ dữ liệu Chroma '{collection}' tại {where_label}. Hãy lập lại chỉ mục bằng lệnh: "
                f"{REBUILD_HINT}"
            ) from exc
        built_with = (col.metadata or {}).get("embedding_model")
        if built_with and built_with != model_id:
            raise ModelMismatchError(
                f"Chỉ mục tại {where_label} được lập bằng mô hình nhúng '{built_with}' nhưng cấu hình hiện dùng "
                f"'{model_id}'. Hãy dùng đúng mô hình đó, hoặc lập lại chỉ mục (rebuild) bằng lệnh: {REBUILD_HINT}"
            )
        return cls(col, model_id, where_label)

    def _guard(self, action: str, fn, *args, **kwargs):
        """Run a Chroma call; a failure becomes a ``StoreError`` naming the store (``action`` is Vietnamese)."""
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            log.error("Chroma at %s failed while %s: %s: %s", self.where_label, action, type(exc).__name__, exc)
            raise StoreError(f"Kho Chroma tại {self.where_label} bị lỗi khi {action}.") from exc

    def count(self) -> int:
        return self._guard("đếm đoạn", self._collection.count)

    def metadata_by_id(self) -> dict[str, dict[str, Any]]:
        """Every chunk id with its metadata (no documents), paged."""
        out: dict[str, dict[str, Any]] = {}
        total = self.count()
        for offset in range(0, total, 5000):
            page = self._guard("liệt kê đoạn", self._collection.get, include=["metadatas"], limit=5000, offset=offset)
            out.update(zip(page["ids"], page["metadatas"]))
        return out

    def all_chunks(self) -> list[StoredChunk]:
        chunks: list[StoredChunk] = []
        total = self.count()
        for offset in range(0, total, 5000):
            page = self._guard(
                "đọc đoạn", self._collection.get, include=["metadatas", "documents"], limit=5000, offset=offset
            )
            chunks.extend(StoredChunk(i, d, m) for i, d, m in zip(page["ids"], page["documents"], page["metadatas"]))
        return chunks

    def upsert(self, ids: list[str], texts: list[str], embeddings: list[list[float]], metadatas: list[dict]) -> None:
        for i in range(0, len(ids), 500):
            self._guard(
                "ghi đoạn",
                self._collection.upsert,
                ids=ids[i : i + 500],
                documents=texts[i : i + 500],
                embeddings=embeddings[i : i + 500],
                metadatas=metadatas[i : i + 500],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 500):
            self._guard("xóa đoạn", self._collection.delete, ids=ids[i : i + 500])

    def query(self, embedding: list[float], n: int, where: dict | None = None) -> list[Hit]:
        # No count() first: it costs as much as the search on a large collection,
        # and Chroma returns what it has when asked for more (nothing when empty).
        result = self._guard(
            "tìm kiếm",
            self._collection.query,
            query_embeddings=[embedding],
            n_results=n,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(StoredChunk(i, d, m), 1.0 - float(dist))
            for i, d, m, dist in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
            )
        ]


def fingerprint(ids) -> str:
    """Identity of a set of chunk ids: the lexical index is valid for one."""
    digest = hashlib.sha1()
    for chunk_id in sorted(ids):
        digest.update(chunk_id.encode())
    return digest.hexdigest()
