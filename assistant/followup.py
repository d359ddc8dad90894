"""Turning a follow-up ("Còn Hải Phòng thì sao?", "Ai phối hợp?") into a full question.

The extractive answerer has no language model to condense the conversation,
so follow-ups are resolved by rule, the two ways people write them:

- a new place or plan with no new topic: the previous question with its
  province or plan (a document number of any type: "Kế hoạch 177/KH-UBND",
  "QĐ 647") swapped for the new one;
- a new question word with no topic or place ("Ai phối hợp?", "Khi nào?"):
  the new question followed by the previous question's topic, its own
  question words removed so it does not ask twice.

Accent folding keeps every character in place for NFC text, so spans found
in the folded question are the spans to cut in the original.
"""

from __future__ import annotations

import re
from typing import Sequence

from assistant.provinces import BY_FOLDED
from assistant.questions import STOPWORDS, folded_syllables, question_word_spans
from index.normalize import canonical, fold_accents
from index.retriever import PlanInfo
from index.vocab.documents import FOLDED_DOCUMENT_REFERENCE

# Pronouns and fillers of a follow-up: "còn … thì sao", "vậy … thì thế nào".
_FOLLOWUP_WORDS = frozenset("con the vay sao thi nao nua cung ke hoach nay do".split())
_FOLLOWUP_START = re.compile(r"^(con|the con|vay|the|va|con ve|con voi)\b")
SHORT_QUESTION = 8  # syllables


def _scope_spans(folded: str, provinces: set[str]) -> list[tuple[int, int]]:
    spans = [m.span() for m in FOLDED_DOCUMENT_REFERENCE.finditer(folded)]
    for name in provinces:
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]
    return sorted(spans)


def _cut(text: str, spans: list[tuple[int, int]], insert: str = "") -> str:
    """Remove spans from text; put ``insert`` where the first one was."""
    out, last = [], 0
    for i, (start, end) in enumerate(spans):
        if start < last:
            continue
        out.append(text[last:start])
        if i == 0 and insert:
            out.append(insert)
        last = end
    out.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


def _topic_words(folded: str, provinces: set[str]) -> list[str]:
    without_scope = _cut(folded, _scope_spans(folded, provinces))
    return [
        s for s in folded_syllables(without_scope)
        if s not in STOPWORDS and s not in _FOLLOWUP_WORDS and not s.isdigit()
    ]


def condense(question: str, history: Sequence[tuple[str, str]], plans: dict[str, PlanInfo]) -> str:
    """The question as it would be asked without the conversation before it."""
    question = canonical(question).strip()
    previous = [q for q, _ in history if q and q.strip()]
    if not previous or not question:
        return question
    before = canonical(condense(previous[-1], history[: len(previous) - 1], plans))
    # Every province counts as a place, not only those with plans: "Còn Đà Nẵng?" must move there.
    provinces = set(BY_FOLDED) | {fold_accents(p.province) for p in plans.values() if p.province}
    folded = fold_accents(question)
    own_scope = _scope_spans(folded, provinces)
    topic = _topic_words(folded, provinces)
    if own_scope and len(topic) <= 2:
        new_scope = " ".join(question[s:e] for s, e in own_scope)
        before_folded = fold_accents(before)
        spans = _scope_spans(before_folded, provinces)
        if spans:
            return _cut(before, spans, insert=new_scope)
        return f"{before.rstrip(' ?')} của {new_scope}?"
    is_short = len(folded_syllables(question)) <= SHORT_QUESTION
    if not own_scope and (is_short or _FOLLOWUP_START.match(folded)) and len(topic) <= 4:
        context = _cut(before, question_word_spans(fold_accents(before))).rstrip(" ?")
        return f"{question.rstrip(' ?')}: {context}?"
    return question
