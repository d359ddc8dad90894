"""LLM answer backends: any OpenAI-compatible endpoint, Ollama, or a local GGUF.

All three are LangChain chat models behind one LCEL sub-chain
(prompt files → model → text). The passages are packed into the model's
window with tiktoken, numbered as the citations will be, and wrapped as data
so instructions inside a plan or a question cannot change the rules. The
caller verifies the ``[n]`` markers and falls back to the extractive answer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from pydantic import SecretStr

from assistant.prompts import load_prompt
from assistant.questions import strip_instructions
from assistant.settings import Settings
from index.chunking import count_tokens
from index.retriever import Passage

if TYPE_CHECKING:
    from assistant.llm_server import LocalLLMServer

log = logging.getLogger(__name__)

# Tokens kept free for the system prompt, the question and the answer's margin.
PROMPT_RESERVE = 700


class LLMUnavailable(RuntimeError):
    """The configured model cannot be reached or built; the message is for users."""


def _template(name: str) -> str:
    # Prompt files use {placeholders}; literal braces would need doubling.
    return load_prompt(name)


def answer_prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([("system", _template("system")), ("human", _template("answer"))])


def condense_prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([("human", _template("condense"))])


def pack_passages(passages: list[Passage], budget_tokens: int) -> list[Passage]:
    """The best passages that fit the window, in rank order (never none if any)."""
    packed: list[Passage] = []
    used = 0
    for passage in passages:
        cost = count_tokens(passage.text) + 30
        if packed and used + cost > budget_tokens:
            break
        packed.append(passage)
        used += cost
    return packed


def format_context(passages: list[Passage]) -> str:
    template = load_prompt("passage")
    return "\n\n".join(
        template.format(n=i, plan=p.plan, section=p.section or "—", text=strip_instructions(p.text))
        for i, p in enumerate(passages, 1)
    )


def format_history(history: list[tuple[str, str]]) -> str:
    return "\n".join(f"Người hỏi: {q}\nTrợ lý: {a}" for q, a in history[-4:])


class ChatModels:
    """Builds the configured chat model once; starts the local server for ``llamacpp``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._models: dict[str, BaseChatModel] = {}
        self._server: LocalLLMServer | None = None
        self._lock = threading.Lock()

    def get(self, backend: str) -> BaseChatModel:
        with self._lock:
            if backend not in self._models:
                self._models[backend] = self._build(backend)
            return self._models[backend]

    def _openai(self, base_url: str | None, model: str) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        s = self.settings
        return ChatOpenAI(
            base_url=base_url, api_key=SecretStr(s.llm_api_key), model=model, temperature=s.llm_temperature,
            timeout=s.llm_timeout_s, max_retries=0, max_completion_tokens=s.llm_max_answer_tokens,
        )

    def _build(self, backend: str) -> BaseChatModel:
        s = self.settings
        if backend == "openai":
            if not s.llm_base_url:
                raise LLMUnavailable("Chưa cấu hình địa chỉ máy chủ mô hình (GDNN_LLM_BASE_URL).")
            return self._openai(s.llm_base_url, s.llm_model)
        if backend == "ollama":
            try:
                from langchain_ollama import ChatOllama
            except ImportError as exc:
                raise LLMUnavailable("Chưa cài gói langchain-ollama (pip install langchain-ollama).") from exc
            return ChatOllama(
                base_url=s.ollama_base_url, model=s.llm_model, temperature=s.llm_temperature,
                num_predict=s.llm_max_answer_tokens, client_kwargs={"timeout": s.llm_timeout_s},
            )
        if backend == "llamacpp":
            server = self._local_server()
            return self._openai(server.base_url, server.model)
        raise LLMUnavailable(f"Không có bộ trả lời '{backend}'.")

    def _local_server(self) -> LocalLLMServer:
        """Serve the local GGUF with llama.cpp (xllamacpp) on loopback, once per process."""
        from assistant.llm_server import LLMServerError, LocalLLMServer, ServerParams

        s = self.settings
        if self._server is None:
            try:
                params = ServerParams.from_settings(s, host="127.0.0.1", port=0)
                self._server = LocalLLMServer(params, cache_dir=s.models_dir).start()
            except (LLMServerError, ValueError, OSError) as exc:
                log.error("local LLM server did not start: %s", exc)
                raise LLMUnavailable(f"Không khởi động được mô hình cục bộ: {exc}") from exc
        return self._server

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


def stream_answer(model: BaseChatModel, question: str, passages: list[Passage]) -> Iterator[str]:
    """Tokens of the model's answer over the numbered passages (LCEL: prompt | model | text)."""
    chain = answer_prompt() | model | StrOutputParser()
    try:
        yield from chain.stream({"context": format_context(passages), "question": question})
    except Exception as exc:
        log.warning("LLM answer failed (%s: %s); the extractive answer is used", type(exc).__name__, exc)
        raise


def condense_with_model(model: BaseChatModel, question: str, history: list[tuple[str, str]]) -> str:
    chain = condense_prompt() | model | StrOutputParser()
    try:
        text = chain.invoke({"history": format_history(history), "question": question}).strip()
    except Exception as exc:
        log.warning("LLM condense failed (%s: %s); the rule-based question stands", type(exc).__name__, exc)
        raise
    return text.splitlines()[0].strip() if text else question


def context_budget(settings: Settings) -> int:
    return max(settings.llm_context_tokens - settings.llm_max_answer_tokens - PROMPT_RESERVE, 256)
