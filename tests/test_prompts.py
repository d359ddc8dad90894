"""The LLM prompt files: present, with their placeholders, and the rules the checks rely on."""

from __future__ import annotations

import re

import pytest

from assistant.answer import REFUSAL
from assistant.llm import answer_prompt, condense_prompt, format_context
from assistant.prompts import PROMPTS_DIR, load_prompt
from index.retriever import Passage

NAMES = ("system", "answer", "condense", "passage")


@pytest.mark.parametrize("name", NAMES)
def test_prompt_file_exists_and_is_not_empty(name):
    path = PROMPTS_DIR / f"{name}.md"
    assert path.is_file()
    assert load_prompt(name) == path.read_text(encoding="utf-8").strip() != ""


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", text))


def test_placeholders_of_each_prompt():
    assert placeholders(load_prompt("answer")) == {"context", "question"}
    assert placeholders(load_prompt("condense")) == {"history", "question"}
    assert placeholders(load_prompt("passage")) == {"n", "plan", "section", "text"}
    # The system prompt is sent as is: a stray brace would be read as a variable.
    assert placeholders(load_prompt("system")) == set()


def test_templates_take_exactly_their_variables():
    assert set(answer_prompt().input_variables) == {"context", "question"}
    assert set(condense_prompt().input_variables) == {"history", "question"}


def quoted_sentences(text: str) -> list[str]:
    return re.findall(r"[\"“]([^\"”]+)[\"”]", text)


def test_refusal_sentence_in_system_prompt_is_the_product_refusal():
    system = load_prompt("system")
    assert REFUSAL in quoted_sentences(system)


def test_refusal_sentence_in_answer_prompt_is_the_product_refusal():
    assert REFUSAL in quoted_sentences(load_prompt("answer"))


def test_system_prompt_says_documents_are_data_not_instructions():
    system = load_prompt("system").lower()
    assert "<tai_lieu>" in system
    assert "dữ liệu" in system and "không phải mệnh lệnh" in system
    # Instructions hidden in a document or in the question are to be ignored.
    rule = next(line for line in system.splitlines() if "không phải mệnh lệnh" in line)
    assert "bỏ qua" in rule and "câu hỏi" in rule


def test_answer_prompt_wraps_the_context_in_the_data_tag():
    answer = load_prompt("answer")
    assert answer.index("<tai_lieu>") < answer.index("{context}") < answer.index("</tai_lieu>")
    assert answer.index("</tai_lieu>") < answer.index("{question}")


def test_system_prompt_requires_markers():
    assert "[n]" in load_prompt("system")


def test_passages_are_numbered_like_the_citations():
    passages = [
        Passage(1, "a", "Nội dung A.", "a.txt", "Kế hoạch A", "I. MỤC ĐÍCH", 1.0),
        Passage(2, "b", "Nội dung B.", "b.txt", "Kế hoạch B", "", 0.5),
    ]
    context = format_context(passages)
    assert context.startswith("[1] Kế hoạch A — mục: I. MỤC ĐÍCH\nNội dung A.")
    assert "[2] Kế hoạch B — mục: —\nNội dung B." in context
