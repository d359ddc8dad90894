"""The eval harness end to end: gold loading, the CLI, and all four outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.__main__ import main
from eval.gold import GoldError, load_gold, parse_gold

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "eval" / "dev.jsonl"
VALID = {"id": "t-1", "question": "Ai chủ trì?", "category": "responsibility", "answerable": True,
         "must_include": [["Sở Tài chính"]], "evidence": [{"doc": "a.txt", "quote": "Sở Tài chính chủ trì"}]}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ gold
def test_malformed_lines_are_reported_with_their_number_and_skipped():
    unanswerable = {"id": "t-4", "question": "Học phí?", "category": "unanswerable", "answerable": False}
    text = "\n".join([
        json.dumps(VALID, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({k: v for k, v in VALID.items() if k != "question"} | {"id": "t-2"}),
        json.dumps(VALID | {"id": "t-3", "answerable": "yes"}),
        json.dumps(VALID),  # duplicate id
        json.dumps(unanswerable, ensure_ascii=False),
        json.dumps(VALID | {"id": "t-5", "must_include": []}),
        json.dumps(VALID | {"id": "t-6", "evidence": [{"doc": "a.txt"}]}),
        "[1, 2]",
    ])
    gold = parse_gold(text)
    assert [g.id for g in gold.lines] == ["t-1", "t-4"]
    assert [p.line for p in gold.problems] == [2, 4, 5, 6, 8, 9, 10]
    messages = {p.line: p.message for p in gold.problems}
    assert "invalid JSON" in messages[2] and "question" in messages[4] and "duplicate" in messages[6]
    assert gold.lines[1].evidence == () and gold.lines[1].must_include == ()


def test_empty_and_all_bad_gold_files_are_clear_errors(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(GoldError, match="empty"):
        load_gold(empty)
    with pytest.raises(GoldError, match="no valid line"):
        load_gold(write_lines(tmp_path / "bad.jsonl", ["{", "[]"]))
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "missing.jsonl")


def test_cli_reports_empty_gold_before_loading_models(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["run", "--gold", str(empty), "--out", str(tmp_path / "out")]) == 2
    assert "empty" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_flag_errors_are_english(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--out", "x", "--config", "fancy+openai"])
    assert "unknown retrieval" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["run", "--out", "x", "--k", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_shipped_dev_set_is_valid():
    gold = load_gold(DEV)
    assert len(gold.lines) == 52 and not gold.problems


# ------------------------------------------------------------ end to end
@pytest.fixture(scope="module")
def small_gold(tmp_path_factory) -> Path:
    """Four dev lines (an unanswerable one among them) plus one malformed line."""
    lines = DEV.read_text(encoding="utf-8").splitlines()
    records = [json.loads(l) for l in lines]
    wanted = ["hd-001", "hd-006", "hn-057"]
    picked = [l for l, r in zip(lines, records) if r["id"] in wanted]
    picked.append(next(l for l, r in zip(lines, records) if r["category"] == "unanswerable"))
    picked.insert(2, '{"id": "broken", "question": ')
    return write_lines(tmp_path_factory.mktemp("gold") / "small.jsonl", picked)


def test_run_writes_all_four_consistent_outputs(assistant, small_gold, tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["run", "--gold", str(small_gold), "--out", str(out), "--no-progress"], assistant=assistant) == 0
    assert "small.jsonl:3" in capsys.readouterr().err  # the malformed line, by number

    rows = [json.loads(l) for l in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and len({r["id"] for r in rows}) == 4
    for row in rows:
        assert {"id", "question", "category", "answer", "refused", "citations", "passages", "verdict",
                "latency_ms"} <= row.keys()
        assert len(row["passages"]) <= 10 and all("text" in p for p in row["passages"])
        assert {"correct", "hit_rank", "citations_ok"} <= row["verdict"].keys()
        assert row["latency_ms"] > 0

    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    for key in ("answer_accuracy", "refusal_accuracy", "false_refusal_rate", "citation_precision"):
        assert key in metrics
    assert set(metrics["retrieval"]) == {"hit@1", "hit@3", "hit@5", "hit@10", "mrr"}
    assert set(metrics["latency_ms"]) == {"p50", "p95"}
    assert set(metrics["by_category"]) == {r["category"] for r in rows}
    answerable = [r for r in rows if r["answerable"]]
    assert metrics["answer_accuracy"] == pytest.approx(sum(r["verdict"]["correct"] for r in answerable) / 3)
    unanswerable = next(r for r in rows if not r["answerable"])
    assert metrics["refusal_accuracy"] == float(unanswerable["verdict"]["correct"])
    assert [p.split(":")[0] for p in metrics["run"]["skipped_gold_lines"]] == ["line 3"]

    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Headline" in report and "## Per category" in report and "Failed lines" in report
    for row in rows:
        assert (f"### {row['id']} " in report) == (not row["verdict"]["correct"])
    assert (out / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_same_index_and_configuration_give_the_same_metrics(assistant, small_gold, tmp_path):
    figures = []
    for name in ("a", "b"):
        main(["run", "--gold", str(small_gold), "--out", str(tmp_path / name), "--no-progress", "--limit", "2"],
             assistant=assistant)
        m = json.loads((tmp_path / name / "metrics.json").read_text(encoding="utf-8"))
        for scope in [m, *m["by_category"].values()]:
            scope.pop("latency_ms")
        m.pop("run")
        figures.append(m)
    assert figures[0] == figures[1]


def test_compare_writes_a_side_by_side_table(assistant, small_gold, tmp_path):
    out = tmp_path / "cmp"
    assert main(["compare", "--gold", str(small_gold), "--out", str(out), "--no-progress", "--limit", "2",
                 "bm25", "hybrid"], assistant=assistant) == 0
    table = (out / "compare.md").read_text(encoding="utf-8")
    assert "| bm25 |" in table and "| hybrid |" in table
    data = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert list(data["configurations"]) == ["bm25", "hybrid"] and data["machine"]
    assert (out / "compare.png").exists() and (out / "bm25" / "report.md").exists()


# ------------------------------------------------- without a model (fake assistant)
class FakeAssistant:
    """Answers from a table; raises where told to. Enough for the runner, report and chart."""

    def __init__(self, answers: dict, fail_all: bool = False):
        from assistant.answer import Answer, Citation
        from assistant.settings import Settings
        from index.retriever import Passage

        self.settings = Settings()
        self.fail_all = fail_all
        self.calls: list[dict] = []

        def make(question, text, refused, cited):
            passages = [Passage(i, f"p{i}", t, "a.txt", "Plan A", "", 1.0 / i) for i, t in enumerate(cited, 1)]
            return Answer(question, text, refused, [Citation(p.rank, p, "") for p in passages], passages)

        self.answers = {q: (make(q, *a) if isinstance(a, tuple) else a) for q, a in answers.items()}

    def index(self):
        return None

    def ask(self, question, **kwargs):
        self.calls.append(kwargs)
        if self.fail_all:
            raise ConnectionError("LLM server unreachable")
        answer = self.answers[question]
        if isinstance(answer, Exception):
            raise answer
        return answer


def fake_gold(tmp_path: Path) -> Path:
    lines = [
        VALID,
        VALID | {"id": "t-2", "question": "Ai phối hợp?"},
        {"id": "t-3", "question": "Học phí?", "category": "unanswerable", "answerable": False},
    ]
    return write_lines(tmp_path / "g.jsonl", [json.dumps(l, ensure_ascii=False) for l in lines])


def test_a_line_that_raises_is_a_failure_and_the_run_goes_on(tmp_path):
    fake = FakeAssistant({
        "Ai chủ trì?": ("Sở Tài chính chủ trì [1].", False, ["4. Sở Tài chính chủ trì thẩm định"]),
        "Ai phối hợp?": RuntimeError("boom"),
        "Học phí?": ("Các kế hoạch hiện có không nêu thông tin này.", True, []),
    })
    out = tmp_path / "out"
    assert main(["run", "--gold", str(fake_gold(tmp_path)), "--out", str(out), "--no-progress",
                 "--config", "dense", "--k", "3"], assistant=fake) == 0
    assert fake.calls[-1] == {"k": 3, "backend": None, "mode": "dense", "scope_boost": 0.0, "section_hints": False}
    rows = {r["id"]: r for r in map(json.loads, (out / "results.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["t-2"]["error"] == "RuntimeError: boom" and rows["t-2"]["verdict"]["correct"] is False
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["answer_accuracy"] == 0.5 and metrics["refusal_accuracy"] == 1.0
    assert metrics["citation_precision"] == 1.0 and metrics["counts"]["errors"] == 1
    assert metrics["retrieval"]["hit@1"] == 0.5 and metrics["run"]["config"] == "dense"
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in report and "### t-2 " in report and "### t-1 " not in report
    assert (out / "chart.png").exists()


def test_rows_record_the_short_answer_and_metrics_score_it(tmp_path):
    fake = FakeAssistant({
        "Ai chủ trì?": ("Sở Tài chính chủ trì [1].", False, ["4. Sở Tài chính chủ trì thẩm định"]),
        "Ai phối hợp?": ("Sở Tài chính phối hợp [1].", False, ["Sở Tài chính phối hợp"]),
        "Học phí?": ("Các kế hoạch hiện có không nêu thông tin này.", True, []),
    })
    fake.answers["Ai chủ trì?"].short_answer = "Theo Kế hoạch A: Sở Tài chính chủ trì."
    fake.answers["Ai phối hợp?"].short_answer = "Theo Kế hoạch A: có phối hợp."
    out = tmp_path / "out"
    assert main(["run", "--gold", str(fake_gold(tmp_path)), "--out", str(out), "--no-progress"], assistant=fake) == 0
    rows = {r["id"]: r for r in map(json.loads, (out / "results.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["t-1"]["short_answer"] == "Theo Kế hoạch A: Sở Tài chính chủ trì." and rows["t-3"]["short_answer"] == ""
    assert [rows[i]["verdict"]["short_complete"] for i in ("t-1", "t-2", "t-3")] == [True, False, None]
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["answer_accuracy"] == 1.0 and metrics["short_answer_complete"] == 0.5
    assert metrics["short_answer_median_chars"] == (38 + 29) / 2
    assert "short ans. complete" in (out / "report.md").read_text(encoding="utf-8")


def test_a_configuration_that_cannot_answer_is_a_clear_error(tmp_path, capsys):
    fake = FakeAssistant({}, fail_all=True)
    gold = fake_gold(tmp_path)
    assert main(["run", "--gold", str(gold), "--out", str(tmp_path / "o"), "--no-progress",
                 "--backend", "openai"], assistant=fake) == 1
    assert "hybrid+openai" in capsys.readouterr().err and not (tmp_path / "o").exists()
    assert main(["compare", "--gold", str(gold), "--out", str(tmp_path / "c"), "--no-progress",
                 "bm25"], assistant=fake) == 1
    assert "no configuration could answer" in capsys.readouterr().err


def test_naive_configuration_answers_from_its_own_splits(assistant, small_gold, tmp_path, monkeypatch):
    from eval.configs import NaiveRetriever, naive_splits

    splits = naive_splits(assistant.settings.corpus_dir)
    assert splits and all(len(c.text) <= 1000 for c in splits)
    # Embedding every split takes minutes on a CPU; a slice exercises the same path.
    monkeypatch.setattr(NaiveRetriever, "for_assistant",
                        classmethod(lambda cls, a: cls(a.embeddings, splits[:40], a.index())))
    out = tmp_path / "naive"
    assert main(["run", "--gold", str(small_gold), "--out", str(out), "--config", "naive", "--k", "5",
                 "--no-progress", "--limit", "2"], assistant=assistant) == 0
    rows = [json.loads(l) for l in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r["passages"]) <= 5 for r in rows)
    assert all(p["doc"].endswith(".txt") for r in rows for p in r["passages"])
    # Like for like: the naive chunks carry their plan's label and metadata.
    assert all(p["plan"] and p["plan"] != p["doc"] for r in rows for p in r["passages"])
