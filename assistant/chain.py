"""The answer chain: condense → retrieve → answer → verify citations (LCEL).

One chain for every backend. The extractive answerer is both the default
and the safety net: when an LLM fails, times out, or cites nothing it can
back, the extractive answer is returned with a visible notice, so a user
never sees a stack trace or an unsupported claim.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import REFUSAL, Answer, is_refusal
from assistant.citations import verify
from assistant.compose import short_answer
from assistant.extractive import TermWeights
from assistant.followup import as_typed, condense
from assistant.llm import (
    ChatModels,
    LLMUnavailable,
    condense_with_model,
    context_budget,
    pack_passages,
    stream_answer,
)
from assistant.qa import Retrieved, answer_extractive, retrieve
from assistant.refusal import ANSWER_CONFIG
from assistant.register_answers import register_facts
from assistant.settings import Settings
from index.register import Register
from index.retriever import Filters, SearchConfig, SearchIndex

TRUNCATION_NOTICE = "Câu hỏi dài quá {limit} ký tự nên đã được cắt bớt."
FALLBACK_NOTICE = (
    "Mô hình ngôn ngữ không dùng được lúc này ({reason}); câu trả lời dưới đây được trích trực tiếp từ các kế hoạch."
)


@dataclass
class Turn:
    """What flows through the chain for one question."""

    question: str
    history: Sequence[tuple[str, str]] = ()
    backend: str = "extractive"
    config: SearchConfig = field(default_factory=SearchConfig)
    filters: Filters | None = None
    standalone: str = ""
    retrieved: Retrieved | None = None
    answer: Answer | None = None


class AnswerChain:
    def __init__(
        self, index: SearchIndex, weights: TermWeights, register: Register, settings: Settings, models: ChatModels
    ) -> None:
        self.index = index
        self.weights = weights
        self.register = register
        self.facts = register_facts(register)
        self.settings = settings
        self.models = models
        self.answer_config = ANSWER_CONFIG  # the eval sweeps it (``python -m eval cv``)

    # ------------------------------------------------------------ steps
    def condense(self, turn: Turn) -> Turn:
        turn.standalone = condense(turn.question, turn.history, self.index.plans)
        if turn.history and turn.backend != "extractive" and turn.standalone == turn.question.strip():
            try:  # a model may catch follow-ups the rules miss
                turn.standalone = condense_with_model(self.models.get(turn.backend), turn.question, list(turn.history))
            except Exception:  # noqa: BLE001 - the rule-based question stands
                pass
        return turn

    def retrieve(self, turn: Turn) -> Turn:
        turn.retrieved = retrieve(self.index, turn.standalone or turn.question, turn.config, turn.filters)
        turn.retrieved.question = turn.question
        return turn

    def extractive(self, turn: Turn) -> Answer:
        assert turn.retrieved is not None
        answer = answer_extractive(
            self.index, self.weights, turn.retrieved, self.register, self.facts, self.answer_config
        )
        answer.standalone_question = turn.retrieved.query.text
        answer.short_answer = short_answer(answer, turn.retrieved.profile, turn.retrieved.plan_parts)
        if answer.short_answer:  # the direct answer first, the cited quotes after it
            answer.text = f"{answer.short_answer}\n\n{answer.text}"
        if turn.retrieved.query.truncated:
            answer.notices.append(TRUNCATION_NOTICE.format(limit=turn.config.max_query_chars))
        return answer

    def answer(self, turn: Turn) -> Answer:
        """The whole answer at once (the LLM's tokens collected)."""
        final = None
        for event, value in self.stream_answer(turn):
            if event == "final":
                final = value
        assert final is not None
        return final

    # ------------------------------------------------------------ chain
    def runnable(self) -> Runnable:
        """condense | retrieve | answer: the chain the Python API invokes."""
        return RunnableLambda(self.condense) | RunnableLambda(self.retrieve) | RunnableLambda(self.answer)

    def stream(self, turn: Turn) -> Iterator[tuple[str, Any]]:
        """("delta", text) while an LLM writes, then ("final", Answer)."""
        turn = self.retrieve(self.condense(turn))
        yield from self.stream_answer(turn)

    def reread(self, turn: Turn, extractive: Answer) -> Answer:
        """A follow-up whose condensed question the plans do not answer, read as typed of the plan just quoted:
        that reading's answer when it has one (the turn then searched it), else the refusal. The second reading is
        made only then: most turns are answered, and reading the conversation again costs a condensing of it."""
        if not extractive.refused or not turn.history or turn.retrieved is None or turn.retrieved.scope.out_of_scope:
            return extractive
        typed = as_typed(turn.question, turn.history, self.index.plans)
        if typed in (turn.standalone, turn.question.strip()):
            return extractive
        other = self.retrieve(Turn(turn.question, turn.history, turn.backend, turn.config, turn.filters,
                                   standalone=typed))
        answer = self.extractive(other)
        if answer.refused:
            return extractive
        turn.standalone, turn.retrieved = other.standalone, other.retrieved
        return answer

    def stream_answer(self, turn: Turn) -> Iterator[tuple[str, Any]]:
        extractive = self.reread(turn, self.extractive(turn))
        if turn.backend == "extractive" or turn.retrieved is None or turn.retrieved.scope.out_of_scope:
            yield "final", extractive
            return
        passages = pack_passages(turn.retrieved.passages, context_budget(self.settings))
        pieces: list[str] = []
        try:
            model = self.models.get(turn.backend)
            for token in stream_answer(model, turn.question if not turn.history else turn.standalone, passages):
                pieces.append(token)
                yield "delta", token
        except LLMUnavailable as exc:
            yield "final", self._fallback(extractive, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - any client error means: use the extractive answer
            yield "final", self._fallback(extractive, type(exc).__name__)
            return
        text = "".join(pieces).strip()
        if is_refusal(text) and not extractive.refused:
            # The plans do answer (the quotes below); a small model's refusal would be a false one.
            yield "final", self._fallback(extractive, "mô hình không tìm thấy câu trả lời trong đoạn trích")
            return
        if is_refusal(text):
            yield "final", Answer(turn.question, REFUSAL, True, [], extractive.passages, list(extractive.notices),
                                  turn.backend, extractive.standalone_question)
            return
        checked, citations, _ = verify(text, passages)
        if not citations:
            yield "final", self._fallback(extractive, "câu trả lời không có trích dẫn hợp lệ")
            return
        yield "final", Answer(turn.question, checked, False, citations, extractive.passages, list(extractive.notices),
                              turn.backend, extractive.standalone_question)

    @staticmethod
    def _fallback(extractive: Answer, reason: str) -> Answer:
        extractive.notices.append(FALLBACK_NOTICE.format(reason=reason))
        return extractive
