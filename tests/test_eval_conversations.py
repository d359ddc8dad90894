"""The conversation eval: loading, turns asked with their history, the three outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.__main__ import main
from eval.conversations import failure_kind, load_conversations, parse_conversations
from eval.gold import GoldError
from tests.test_eval_run import FakeAssistant, write_lines

HANOI = "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
HAIDUONG = "haiduong-2023-sldtbxh-phat-trien-nguon-nhan-luc.txt"
LEAD = {"question": "Ai chủ trì?", "category": "responsibility", "answerable": True,
        "must_include": [["Sở Tài chính"]], "evidence": [{"doc": "a.txt", "quote": "Sở Tài chính chủ trì"}]}
PARTNER = LEAD | {"question": "Ai phối hợp?", "must_include": [["Sở Nội vụ"]],
                  "evidence": [{"doc": "a.txt", "quote": "Sở Nội vụ phối hợp"}]}
FEE = {"question": "Còn học phí?", "category": "unanswerable", "answerable": False}


def conversation_file(tmp_path: Path, *extra: str) -> Path:
    lines = [
        json.dumps({"id": "c-1", "turns": [LEAD, PARTNER, FEE]}, ensure_ascii=False),
        json.dumps({"id": "c-2", "turns": [LEAD]}, ensure_ascii=False),
        *extra,
    ]
    return write_lines(tmp_path / "conv.jsonl", lines)


class FakeConversations(FakeAssistant):
    """The table's answers, with the history each question came with and a made-up standalone question."""

    def ask(self, question, **kwargs):
        answer = super().ask(question, **kwargs)
        history = kwargs.get("history") or []
        answer.standalone_question = f"{question} ({history[-1][0]})" if history else question
        return answer


def fake() -> FakeConversations:
    return FakeConversations({
        "Ai chủ trì?": ("Sở Tài chính chủ trì [1].", False, ["4. Sở Tài chính chủ trì thẩm định"]),
        "Ai phối hợp?": ("Sở Xây dựng phối hợp [1].", False, ["Sở Xây dựng phối hợp"]),
        "Còn học phí?": ("Các kế hoạch hiện có không nêu thông tin này.", True, []),
    })


# ------------------------------------------------------------------ loading
def test_malformed_lines_are_reported_with_their_number_and_skipped():
    text = "\n".join([
        json.dumps({"id": "c-1", "turns": [LEAD, FEE]}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "c-2", "turns": []}),
        json.dumps({"id": "c-3", "turns": [LEAD, LEAD | {"answerable": "yes"}]}, ensure_ascii=False),
        json.dumps({"turns": [LEAD]}, ensure_ascii=False),
        json.dumps({"id": "c-1", "turns": [LEAD]}, ensure_ascii=False),
    ])
    found = parse_conversations(text)
    assert [c.id for c in found.conversations] == ["c-1"]
    assert [t.id for t in found.conversations[0].turns] == ["c-1/1", "c-1/2"]
    messages = {p.line: p.message for p in found.problems}
    assert list(messages) == [2, 3, 4, 5, 6]
    assert "invalid JSON" in messages[2] and "turns" in messages[3] and messages[4].startswith("turn 2:")
    assert "id" in messages[5] and "duplicate" in messages[6]


def test_unusable_files_are_clear_errors(tmp_path):
    with pytest.raises(GoldError, match="not found"):
        load_conversations(tmp_path / "missing.jsonl")
    with pytest.raises(GoldError, match="no valid line"):
        load_conversations(write_lines(tmp_path / "bad.jsonl", ["{", "[]"]))


def test_cli_rejects_a_bad_file_before_building_an_assistant(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["conversations", "--gold", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")])
    assert "not found" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------- with a fake assistant
def test_turns_are_asked_with_the_history_and_scored(tmp_path, capsys):
    assistant = fake()
    out = tmp_path / "out"
    path = conversation_file(tmp_path, "not json")
    assert main(["conversations", "--gold", str(path), "--out", str(out), "--no-progress"], assistant=assistant) == 0
    assert "conv.jsonl:3" in capsys.readouterr().err

    histories = [call["history"] for call in assistant.calls]
    lead, partner = ("Ai chủ trì?", "Sở Tài chính chủ trì [1]."), ("Ai phối hợp?", "Sở Xây dựng phối hợp [1].")
    assert histories[:3] == [[], [lead], [lead, partner]]
    assert histories[3] == []  # a new conversation starts afresh

    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["turn"], r["verdict"]["correct"]) for r in rows] == [
        ("c-1/1", 1, True), ("c-1/2", 2, False), ("c-1/3", 3, True), ("c-2/1", 1, True)]
    assert rows[1]["standalone_question"] == "Ai phối hợp? (Ai chủ trì?)"
    assert failure_kind(rows[1]) == "evidence not retrieved"

    figures = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    c = figures["conversations"]
    assert (c["turns"], c["followup_turns"], c["conversations"]) == (4, 2, 2)
    assert c["turns_right"] == 0.75 and c["followup_turns_right"] == 0.5 and c["conversations_all_right"] == 0.5
    assert c["failures_by_kind"] == {"evidence not retrieved": 1}
    assert figures["refusal_accuracy"] == 1.0 and figures["answer_accuracy"] == pytest.approx(2 / 3)
    assert figures["run"]["skipped_lines"][0].startswith("line 3")

    report = (out / "report.md").read_text(encoding="utf-8")
    assert "### c-1/2 (responsibility)" in report and "**Searched (standalone):** Ai phối hợp? (Ai chủ trì?)" in report
    assert "### c-1/1 " not in report
    assert "| c-1/3 | ✓ | Còn học phí? | Còn học phí? (Ai phối hợp?) |" in report


def test_a_turn_that_raises_is_wrong_and_the_conversation_goes_on(tmp_path):
    assistant = fake()
    assistant.answers["Ai phối hợp?"] = RuntimeError("boom")
    out = tmp_path / "out"
    assert main(["conversations", "--gold", str(conversation_file(tmp_path)), "--out", str(out), "--no-progress"],
                assistant=assistant) == 0
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[1]["error"] == "RuntimeError: boom" and failure_kind(rows[1]) == "error"
    assert assistant.calls[2]["history"][-1] == ("Ai phối hợp?", "")
    assert rows[2]["verdict"]["correct"]


def test_a_follow_up_searched_as_typed_is_named_as_such():
    row = {"turn": 2, "question": "Còn Hải Dương?", "standalone_question": "còn hải dương?", "answerable": True,
           "verdict": {"correct": False, "error": None, "refused": True}}
    assert failure_kind(row) == "follow-up not rewritten"
    assert failure_kind(row | {"turn": 1}) == "false refusal"


# ------------------------------------------------------------- end to end
def test_a_real_conversation_moves_from_province_to_province(assistant, tmp_path):
    target = {"question": "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu?",
              "category": "target", "answerable": True, "must_include": [["28.500"]],
              "evidence": [{"doc": HANOI, "quote": "trung cấp: 28.500"}]}
    turns = [
        target,
        target | {"question": "Còn Hải Dương thì sao?", "must_include": [["4.000"]],
                  "evidence": [{"doc": HAIDUONG, "quote": "trung cấp: 4.000 người"}]},
        {"question": "Còn Đà Nẵng thì sao?", "category": "unanswerable", "answerable": False},
    ]
    path = write_lines(tmp_path / "real.jsonl", [json.dumps({"id": "real", "turns": turns}, ensure_ascii=False)])
    out = tmp_path / "out"
    assert main(["conversations", "--gold", str(path), "--out", str(out), "--no-progress"], assistant=assistant) == 0
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["verdict"]["correct"] for r in rows] == [True, True, True]
    assert "Hải Dương" in rows[1]["standalone_question"] and "Hà Nội" not in rows[1]["standalone_question"]
    figures = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert figures["conversations"]["conversations_all_right"] == 1
