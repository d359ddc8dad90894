"""Optional model-judged metrics (RAGAS-style), off unless ``--judge`` is given.

The gold rules measure facts and evidence exactly, but they cannot tell
whether everything else the answer says is backed by the passages, or
whether it addresses the question. These two figures follow RAGAS's idea
in a few prompts, with any LangChain chat model:

- **faithfulness**: the judge splits the answer into atomic statements, then
  says for each whether the retrieved passages support it; score =
  supported / statements.
- **answer relevancy**: the judge writes questions the answer would answer;
  score = mean cosine similarity between their embeddings and the original
  question's (the assistant's own embedding model).

A refused line gets no judged figure (nothing to judge). These figures depend
on the judging model, are not deterministic, and are always labelled
"model-judged" next to the exact ones: they never replace them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

LABEL = "Model-judged (LLM, RAGAS-style; not deterministic, not part of the gold rules)"
N_QUESTIONS = 3
MAX_CONTEXT_CHARS = 6000

STATEMENTS_PROMPT = """You split an answer into short, self-contained factual statements.
Question: {question}
Answer: {answer}
Return only a JSON list of strings (in the answer's language), one statement per fact. No commentary."""

VERDICT_PROMPT = """Decide for each statement whether the context below supports it (1) or not (0).
Context:
{context}

Statements:
{statements}
Return only a JSON list of 0/1 integers, one per statement, in order. No commentary."""

QUESTIONS_PROMPT = """Write {n} different questions, in the answer's language, that the following answer answers.
Answer: {answer}
Return only a JSON list of {n} strings. No commentary."""


def _content(message: Any) -> str:
    return message.content if hasattr(message, "content") else str(message)


def parse_json_list(text: str) -> list | None:
    """The first JSON list in a model's reply (models wrap JSON in prose or fences)."""
    match = re.search(r"\[.*\]", text, re.DOTALL)
    if not match:
        return None
    try:
        value = json.loads(match.group(0))
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) else None


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    u, v = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    denom = float(np.linalg.norm(u) * np.linalg.norm(v))
    return float(u @ v / denom) if denom else 0.0


class Judge:
    """Callable ``(question, answer, contexts) -> {faithfulness, answer_relevancy, ...}``."""

    def __init__(self, chat, embeddings, model_name: str = "") -> None:
        self.chat = chat
        self.embeddings = embeddings
        self.model_name = (
            model_name or getattr(chat, "model_name", "") or getattr(chat, "model", "") or type(chat).__name__
        )

    def _ask(self, prompt: str) -> list | None:
        return parse_json_list(_content(self.chat.invoke(prompt)))

    def faithfulness(self, question: str, answer: str, contexts: Sequence[str]) -> tuple[float | None, int]:
        statements = [s for s in self._ask(STATEMENTS_PROMPT.format(question=question, answer=answer)) or []
                      if isinstance(s, str) and s.strip()]
        if not statements:
            return None, 0
        context = "\n\n".join(contexts)[:MAX_CONTEXT_CHARS]
        listed = "\n".join(f"{i}. {s}" for i, s in enumerate(statements, 1))
        verdicts = self._ask(VERDICT_PROMPT.format(context=context, statements=listed)) or []
        supported = sum(1 for v in verdicts[: len(statements)] if str(v).strip() in ("1", "True", "true"))
        return supported / len(statements), len(statements)

    def relevancy(self, question: str, answer: str) -> float | None:
        generated = [q for q in self._ask(QUESTIONS_PROMPT.format(n=N_QUESTIONS, answer=answer)) or []
                     if isinstance(q, str) and q.strip()]
        if not generated:
            return None
        target = self.embeddings.embed_query(question)
        return float(np.mean([_cosine(target, self.embeddings.embed_query(q)) for q in generated]))

    def __call__(self, question: str, answer: str, contexts: Sequence[str], refused: bool = False) -> dict[str, Any]:
        if refused or not answer.strip():
            return {"faithfulness": None, "answer_relevancy": None, "statements": 0, "skipped": "refused or empty"}
        try:
            faithful, n = self.faithfulness(question, answer, contexts)
            relevant = self.relevancy(question, answer)
        except Exception as exc:  # noqa: BLE001 - a judge failure must not end the run
            return {"faithfulness": None, "answer_relevancy": None, "statements": 0,
                    "error": f"{type(exc).__name__}: {exc}"}
        return {"faithfulness": faithful, "answer_relevancy": relevant, "statements": n}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def aggregate_judged(rows: Sequence[dict[str, Any]], model: str = "") -> dict[str, Any]:
    """Mean judged figures over the lines that got one, labelled as model-judged."""
    judged = [r["judged"] for r in rows if r.get("judged")]
    return {
        "label": LABEL,
        "model": model,
        "faithfulness": _mean([j["faithfulness"] for j in judged if j.get("faithfulness") is not None]),
        "answer_relevancy": _mean([j["answer_relevancy"] for j in judged if j.get("answer_relevancy") is not None]),
        "lines_judged": sum(
            1 for j in judged if j.get("faithfulness") is not None or j.get("answer_relevancy") is not None
        ),
        "judge_errors": sum(1 for j in judged if j.get("error")),
    }


def judged_markdown(judged: dict[str, Any]) -> str:
    def f(v):
        return "–" if v is None else f"{v:.3f}"

    model = f" (judge: {judged['model']})" if judged.get("model") else ""
    return (
        f"## {judged['label']}{model}\n\n"
        f"| faithfulness | answer relevancy | lines judged | judge errors |\n|---|---|---|---|\n"
        f"| {f(judged['faithfulness'])} | {f(judged['answer_relevancy'])} | {judged['lines_judged']} | "
        f"{judged['judge_errors']} |"
    )
