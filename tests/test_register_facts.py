"""Register-fact scoring (eval/register_facts.py) on hand-made registers, no model."""

from __future__ import annotations

import json

import pytest

from eval.__main__ import main
from eval.register_facts import Fact, find_fact, load_facts, score_facts
from index.register import PlanRegister, Register, Responsibility

PLAN = "Kế hoạch phát triển GDNN tỉnh Lam Sơn (ban hành kèm Quyết định 12/QĐ-UBND)"


def register(*rows: tuple[str, str]) -> Register:
    return Register([PlanRegister("lamson.docx", PLAN, responsibilities=[
        Responsibility("lamson.docx", PLAN, agency, "chủ trì", task) for agency, task in rows
    ])])


FACT = Fact("f1", ("12/QĐ-UBND",), ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"), ("Đề án sắp xếp",))


def test_a_fact_is_found_under_another_spelling_of_the_agency_and_without_accents():
    reg = register(("Sở GD&ĐT", "Xây dựng đề án sắp xếp các trung tâm"))
    assert find_fact(FACT, reg) is not None
    accentless = Fact("f2", ("lamson",), ("So Giao duc va Dao tao",), ("de an sap xep",))
    assert find_fact(accentless, reg) is not None


@pytest.mark.parametrize("rows", [
    [("Sở Tài chính", "Xây dựng đề án sắp xếp các trung tâm")],  # the task, but another body
    [("Sở Giáo dục và Đào tạo", "Tổ chức hội thi giáo viên")],  # the body, but another task
])
def test_a_fact_needs_that_body_tied_to_that_task(rows):
    assert find_fact(FACT, register(*rows)) is None


def test_another_plan_does_not_state_the_fact():
    other = Fact("f3", ("70/KH-UBND",), FACT.agency_any, FACT.task_any)
    assert find_fact(other, register(("Sở GD&ĐT", "Đề án sắp xếp"))) is None


def test_score_counts_found_facts_and_shows_the_row():
    result = score_facts([FACT, Fact("f4", ("lamson",), ("Sở Nội vụ",), ("phiên giao dịch",))],
                         register(("Sở GD&ĐT", "Đề án sắp xếp")))
    assert (result["found"], result["total"]) == (1, 2)
    assert result["facts"][0]["row"]["agency"] == "Sở GD&ĐT" and result["facts"][1]["row"] is None


class RegisterOnly:
    def __init__(self, reg: Register) -> None:
        self._reg = reg

    def register(self) -> Register:
        return self._reg


def test_eval_register_command_writes_the_scores(tmp_path, capsys):
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps({"id": "f1", "plan_any": ["lamson"], "agency_any": ["Sở GD&ĐT"],
                                 "task_any": ["đề án"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["register", "--facts", str(facts), "--out", str(out)],
                assistant=RegisterOnly(register(("Sở Giáo dục và Đào tạo", "Đề án sắp xếp")))) == 0
    assert json.loads((out / "register_facts.json").read_text(encoding="utf-8"))["found"] == 1
    assert "1/1 found" in capsys.readouterr().out


def test_a_malformed_fact_file_is_a_clear_error(tmp_path, capsys):
    facts = tmp_path / "facts.jsonl"
    facts.write_text('{"id": "f1", "plan_any": ["x"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="facts.jsonl:1"):
        load_facts(facts)
    assert main(["register", "--facts", str(facts), "--out", str(tmp_path / "o")],
                assistant=RegisterOnly(Register())) == 2
    assert "facts.jsonl:1" in capsys.readouterr().err
