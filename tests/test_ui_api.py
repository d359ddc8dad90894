"""The Gradio app through its public API (gradio_client), as another program would use it.

The app is launched on a free loopback port in a background thread over the
session assistant (the bundled plans); answers are checked against the dev
gold set: the fact, the plan named, and the sources block.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

gradio_client = pytest.importorskip("gradio_client")

from tests.plans import HAIDUONG, HANOI_2023

pytestmark = [
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


@pytest.fixture(scope="module")
def url(ui_url):
    return ui_url


@pytest.fixture()
def client(url):
    return gradio_client.Client(url, verbose=False)


def gold(dev_gold, qid: str) -> dict:
    return next(item for item in dev_gold if item["id"] == qid)


def answer_and_sources(messages: list[dict]) -> tuple[str, list[dict]]:
    answers = [m for m in messages if not (m.get("metadata") or {}).get("title")]
    sources = [m for m in messages if (m.get("metadata") or {}).get("title")]
    assert len(answers) == 1, messages
    return answers[0]["content"], sources


@pytest.mark.parametrize("qid", ["hn-020", "hn-004", "hd-004"])
def test_chat_api_answers_with_fact_plan_and_sources(assistant, client, dev_gold, qid):
    item = gold(dev_gold, qid)
    messages = client.predict(item["question"], api_name="/chat")
    text, sources = answer_and_sources(messages)
    for alternatives in item["must_include"]:
        assert any(a in text for a in alternatives), (alternatives, text)
    doc = item["evidence"][0]["doc"]
    label = assistant.index().plans[doc].label
    assert label in text  # the answer names the plan
    assert len(sources) == 1
    block = sources[0]
    assert block["metadata"]["title"].startswith("Nguồn trích dẫn") and block["metadata"]["status"] == "done"
    assert f"**[1] {label}**" in block["content"] and "Mục:" in block["content"]
    assert "<mark>" in block["content"]  # the quote is highlighted in its passage


def test_empty_question_gets_a_vietnamese_prompt(client):
    from assistant.ui import EMPTY_QUESTION

    for blank in ("", "   \n"):
        messages = client.predict(blank, api_name="/chat")
        assert [m["content"] for m in messages] == [EMPTY_QUESTION]


def test_follow_up_uses_the_conversation(client):
    first = client.predict("Theo Kế hoạch 70/KH-UBND năm 2023 của Hà Nội, chỉ tiêu tuyển sinh trình độ trung cấp là bao nhiêu?",
                           api_name="/chat")
    assert "28.500" in answer_and_sources(first)[0]
    follow = client.predict("còn trình độ cao đẳng thì sao?", api_name="/chat")
    text, sources = answer_and_sources(follow)
    assert "25.500" in text and sources


def test_filters_restrict_the_sources(assistant, client, dev_gold):
    item = gold(dev_gold, "hn-020")
    plans = assistant.index().plans
    hanoi = plans[HANOI_2023].label

    matching = client.predict(item["question"], ["Hà Nội"], [HANOI_2023], api_name="/chat")
    text, sources = answer_and_sources(matching)
    assert "15/6/2023" in text and sources and f"**[1] {hanoi}**" in sources[0]["content"]

    for provinces, docs, allowed in ((["Hải Phòng"], [], "(Hải Phòng"), ([], [HAIDUONG], plans[HAIDUONG].label)):
        messages = client.predict(item["question"], provinces, docs, api_name="/chat")
        text, sources = answer_and_sources(messages)
        assert "15/6/2023" not in text
        assert all(allowed in s["content"] and hanoi not in s["content"] for s in sources)
        if not sources:  # a refusal says the filters may be why
            assert "bộ lọc" in text


def test_register_api_filters_and_exports_csv(client):
    table, count, csv_file = client.predict(HANOI_2023, "Sở Tài chính", "", "", api_name="/register_responsibilities")
    assert table["data"] and all(row[0].startswith("Kế hoạch 70/KH-UBND") for row in table["data"])
    assert all(row[1] == "Sở Tài chính" for row in table["data"])
    assert count == f"{len(table['data'])} dòng"
    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(table["data"]) and rows[0]["agency"] == "Sở Tài chính"

    targets, count, _ = client.predict("", "", "2025", "lao động qua đào tạo", api_name="/register_targets")
    assert targets["data"] and all("2025" in row[5] for row in targets["data"])


def test_votes_are_saved_with_question_answer_and_citations(assistant, url):
    import gradio as gr

    from assistant.ui import _App

    app = _App(assistant, assistant.settings)
    question = "Theo Kế hoạch 70/KH-UBND năm 2023 của Hà Nội, chỉ tiêu tuyển sinh trình độ trung cấp là bao nhiêu?"
    produced = list(app.chat(question, [], [], []))[-1]
    messages = [{"role": "user", "content": [{"type": "text", "text": question}]}]
    messages += [{"role": m.role, "content": [{"type": "text", "text": m.content}], "metadata": m.metadata}
                 for m in produced]
    log = Path(assistant.settings.storage_dir) / "feedback.jsonl"
    before = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    app.vote(messages, gr.LikeData(None, {"index": 2, "value": messages[2]["content"], "liked": False}))
    app.vote(messages, gr.LikeData(None, {"index": 1, "value": messages[1]["content"], "liked": True}))
    lines = log.read_text(encoding="utf-8").splitlines()[len(before):]
    records = [json.loads(line) for line in lines]
    assert [r["liked"] for r in records] == [False, True]
    for record in records:
        assert record["question"] == question and "28.500" in record["answer"]
        assert record["citations"][0]["doc"] == HANOI_2023 and record["citations"][0]["quote"]
        assert record["time"].endswith("+00:00")


def test_helpers_handle_every_message_shape():
    from assistant.ui import EMPTY_QUESTION, highlight, to_history

    history = [
        {"role": "user", "content": "câu 1"},
        {"role": "assistant", "content": "trả lời 1"},
        {"role": "assistant", "content": "nguồn", "metadata": {"title": "Nguồn trích dẫn (1)"}},
        {"role": "user", "content": [{"type": "text", "text": ""}]},
        {"role": "assistant", "content": EMPTY_QUESTION},
        {"role": "user", "content": [{"type": "text", "text": "câu 2"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "trả lời 2"}], "metadata": {}},
    ]
    assert to_history(history) == [("câu 1", "trả lời 1"), ("câu 2", "trả lời 2")]

    marked = highlight("II. CHỈ TIÊU\n1. Tuyển sinh <b>230.000</b> người\n# tiêu đề", "Tuyển sinh <b>230.000</b>")
    assert marked.splitlines() == [
        "> II. CHỈ TIÊU",
        "> 1\\. <mark>Tuyển sinh &lt;b&gt;230.000&lt;/b&gt;</mark> người",
        "> \\# tiêu đề",
    ]
    across = highlight("dòng một\ndòng hai", "một dòng")
    assert across == "> dòng <mark>một</mark>\n> <mark>dòng</mark> hai"
    missing = highlight("đoạn văn", "không có")
    assert missing.startswith("Trích: “không có”") and "<mark>" not in missing


def test_basic_auth_from_settings(assistant, monkeypatch):
    from assistant.settings import Settings
    from assistant.ui import start

    monkeypatch.setenv("GDNN_UI_AUTH_USER", "canbo")
    monkeypatch.setenv("GDNN_UI_AUTH_PASSWORD", "mat-khau")
    monkeypatch.setenv("GDNN_UI_PORT", "7999")
    settings = Settings(storage_dir=assistant.settings.storage_dir)
    assert settings.ui_auth == ("canbo", "mat-khau") and settings.ui_port == 7999 and settings.ui_host == "127.0.0.1"
    app, address = start(assistant, settings=settings)
    try:
        with pytest.raises(Exception, match="(?i)login|credentials|auth"):
            gradio_client.Client(address, verbose=False)
        client = gradio_client.Client(address, auth=("canbo", "mat-khau"), verbose=False)
        from assistant.ui import EMPTY_QUESTION

        assert client.predict("", api_name="/chat")[0]["content"] == EMPTY_QUESTION
    finally:
        app.close()


def test_example_questions_come_from_the_loaded_plans():
    """On a corpus without the bundled plans the examples name its own plans, targets and agencies."""
    from assistant.ui import example_questions
    from index.normalize import fold_accents
    from index.register import build_register
    from index.retriever import PlanMetadata

    heldout = Path(__file__).parent / "data" / "register" / "heldout"
    register = build_register(sorted(p for p in heldout.iterdir() if p.suffix in (".md", ".txt")))
    labels = {row.doc: row.plan for row in register.responsibilities()}
    plans = {doc: PlanMetadata(doc, label, "", "", None, "") for doc, label in labels.items()}
    target, agency, accentless = example_questions(plans, register)
    assert "chỉ tiêu" in target and "chủ trì" in agency
    assert accentless.isascii() and accentless == fold_accents(accentless)
    for question in (target, agency):
        assert any(label in question for label in labels.values())
    assert any(fold_accents(label) in accentless for label in labels.values())
    for bundled in ("ha noi", "hai duong", "hai phong", "70/kh-ubnd"):
        assert bundled not in fold_accents(" ".join((target, agency, accentless)))
    assert example_questions({}, register) == []


def test_a_rewritten_follow_up_is_shown_above_the_answer():
    from assistant.answer import Answer
    from assistant.ui import format_answer

    follow_up = Answer("Còn Hải Phòng thì sao?", "Theo …", False,
                       standalone_question="Chỉ tiêu tuyển sinh năm 2025 của Hải Phòng là bao nhiêu?")
    shown = format_answer(follow_up, False)
    assert shown.startswith("_Đã tìm theo câu hỏi: «Chỉ tiêu tuyển sinh năm 2025 của Hải Phòng")
    as_asked = Answer("Chỉ tiêu tuyển sinh?", "Theo …", False, standalone_question="Chỉ tiêu tuyển sinh?")
    assert "Đã tìm" not in format_answer(as_asked, False)


def test_the_short_answer_is_bold_above_the_quotes():
    from assistant.answer import Answer
    from assistant.ui import format_answer

    short = "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): khoảng 230.000 lượt người."
    answer = Answer("Chỉ tiêu?", f"{short}\n\nTheo …, mục “2. Chỉ tiêu”: … [1]", False, short_answer=short)
    assert format_answer(answer, False).startswith(f"**{short}**\n\nTheo …")
