"""End to end on the real corpus, the real embedding model and a real Chroma."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from eval.metrics import hit_rank
from index.metadata import sidecar_path
from index.retriever import Filters, QueryError

from .conftest import REPO


def _texts(assistant, question, **kw):
    _, passages = assistant.search(question, k=10, **kw)
    return passages


def test_dev_evidence_is_retrieved(assistant, dev_gold):
    """Most dev questions find their evidence in the top 5 (the benchmark holds the exact bar)."""
    lines = [g for g in dev_gold if g["answerable"] and g["evidence"]]
    hits = 0
    for line in lines:
        passages = _texts(assistant, line["question"])
        rank = hit_rank([p.text for p in passages], [e["quote"] for e in line["evidence"]])
        hits += rank is not None and rank <= 5
    assert hits / len(lines) >= 0.85


def test_questions_without_diacritics_retrieve_like_accented(assistant):
    accented = "Sở nào chủ trì triển khai chính sách hỗ trợ nhà ở xã hội cho người lao động ở Hải Phòng?"
    folded = "so nao chu tri trien khai chinh sach ho tro nha o xa hoi cho nguoi lao dong o hai phong"
    top_accented = _texts(assistant, accented)[0]
    top_folded = _texts(assistant, folded)[0]
    assert "Sở Xây dựng" in top_accented.text
    assert top_folded.id == top_accented.id


def test_passage_fields_name_plan_and_section(assistant):
    passage = _texts(assistant, "Sở Tài chính thẩm định phương án giá dịch vụ đào tạo Hà Nội 2023")[0]
    assert passage.doc == "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
    assert "70/KH-UBND" in passage.plan
    assert passage.section.endswith("4. Sở Tài chính")
    assert passage.text.startswith("V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính")


def test_passages_carry_their_plan(assistant):
    passage = _texts(assistant, "Sở Tài chính thẩm định phương án giá dịch vụ đào tạo Hà Nội 2023")[0]
    index = assistant.index()
    assert passage.document is index.plans[passage.doc] and passage.document.label == passage.plan
    assert passage.ordinal == passage.metadata["ordinal"] and passage.ocr is False
    assert index.plans[passage.doc].signer == passage.metadata["signer"]


def test_a_variant_assistant_shares_the_loaded_index(assistant):
    variant = assistant.with_settings(k=3, scope_boost=0.0)
    assert variant.index() is assistant.index() and variant.embeddings is assistant.embeddings
    assert variant.register() is assistant.register()
    _, passages = variant.search("chỉ tiêu tuyển sinh giáo dục nghề nghiệp")
    assert len(passages) == 3
    with pytest.raises(ValueError, match="storage_dir"):
        assistant.with_settings(storage_dir=REPO)


def test_filters_restrict_to_province_and_year(assistant):
    question = "chỉ tiêu tuyển sinh giáo dục nghề nghiệp"
    for p in _texts(assistant, question, filters=Filters(provinces=("Hải Dương",))):
        assert p.metadata["province"] == "Hải Dương"
    for p in _texts(assistant, question, filters=Filters(years=(2025,))):
        assert p.doc.startswith("hanoi-2025")


def test_empty_and_huge_questions(assistant):
    with pytest.raises(QueryError, match="Câu hỏi trống"):
        assistant.search("   ")
    query, passages = assistant.search("chỉ tiêu tuyển sinh " * 300)
    assert query.truncated and len(query.text) <= 2000 and passages


def test_reingest_is_idempotent_and_tracks_changes(settings_factory, tmp_path):
    """Unchanged plans are not re-embedded; an edited plan replaces its chunks; a deleted one goes."""
    from assistant.service import Assistant

    corpus = tmp_path / "plans"
    corpus.mkdir()
    source = REPO / "data" / "plans" / "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
    text = source.read_text(encoding="utf-8")
    short = text[: text.index("III. NHIỆM VỤ")]  # header, purpose and targets: a small plan
    (corpus / "a.txt").write_text(short, encoding="utf-8")
    (corpus / "b.txt").write_text(short.replace("230.000", "240.000"), encoding="utf-8")
    service = Assistant(settings_factory(corpus_dir=corpus))
    first = service.ingest()
    assert first.plans == 2 and first.new == first.chunks > 0
    again = service.ingest()
    assert again.new == 0 and again.removed == 0 and again.unchanged == first.chunks
    (corpus / "b.txt").write_text(short.replace("230.000", "250.000"), encoding="utf-8")
    edited = service.ingest()
    assert 0 < edited.new < first.chunks and edited.removed == edited.new
    # the same text, its plan named otherwise (a sidecar now, a newer header reader after an upgrade): stored anew
    sidecar_path(corpus / "b.txt").write_text(json.dumps({"signer": "Nguyễn Văn An"}), encoding="utf-8")
    renamed = service.ingest()
    b_chunks = [m for m in service.open_store().metadata_by_id().values() if m["doc"] == "b.txt"]
    assert renamed.new == len(b_chunks) and renamed.removed == 0 and {m["signer"] for m in b_chunks} == {"Nguyễn Văn An"}
    (corpus / "a.txt").unlink()
    dropped = service.ingest()
    store = service.open_store()
    docs = {m["doc"] for m in store.metadata_by_id().values()}
    assert docs == {"b.txt"} and dropped.removed > 0
    ids = list(store.metadata_by_id())
    assert len(ids) == len(set(ids)) == dropped.chunks
    hit = service.search("tuyển sinh 250.000 lượt người")[1][0]
    assert "250.000" in hit.text


def test_bad_files_are_reported_and_others_ingested(settings_factory, tmp_path):
    from assistant.service import Assistant

    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(REPO / "data" / "plans" / "hanoi-2025-kh177-dao-tao-nghe-lao-dong-nong-thon.txt", corpus / "good.txt")
    (corpus / "latin1.txt").write_bytes("Kế hoạch".encode("utf-16-le"))  # no byte-order mark: binary
    (corpus / "empty.md").write_text("  \n", encoding="utf-8")
    report = Assistant(settings_factory(corpus_dir=corpus)).ingest()
    assert report.plans == 1
    assert any("latin1.txt" in e for e in report.errors)
    assert any("empty.md" in w for w in report.warnings)


def test_other_embedding_model_is_refused(assistant):
    from index.store import ChunkStore, ModelMismatchError

    with pytest.raises(ModelMismatchError, match="rebuild"):
        ChunkStore.open(model_id="st:some-other-model", path=assistant.settings.chroma_dir)


def test_cli_search_jsonl(assistant, tmp_path):
    gold = tmp_path / "q.jsonl"
    gold.write_text(
        '{"id": "a", "question": "Ai ký Kế hoạch 70/KH-UBND?", "category": "meta"}\n'
        "not json\n"
        '{"id": "b", "question": "chi tieu tuyen sinh trung cap ha noi 2023"}\n',
        encoding="utf-8",
    )
    env = {"GDNN_STORAGE_DIR": str(assistant.settings.storage_dir), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "search", "--jsonl", str(gold), "--k", "3"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert ":2: invalid JSON" in result.stderr
    for r in rows:
        assert len(r["passages"]) == 3
        assert set(r["passages"][0]) == {"rank", "text", "doc", "plan", "section", "score"}
    assert any("28.500" in p["text"] for p in rows[1]["passages"])
