"""Client/server mode on a real Chroma server (``chroma run`` on loopback).

Vectors come from the session's embedding cache, so moving the corpus to a
server costs no embedding: these tests exercise Chroma's HTTP path, the BM25
rebuild from the server's documents, and the fault handling.
"""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from index.store import REBUILD_HINT, StoreError
from tests.chroma_server import ChromaServer, free_port

QUESTIONS = [
    "Cơ quan nào thẩm định phương án giá dịch vụ đào tạo?",
    "chi tieu tuyen sinh trinh do trung cap nam 2023 cua ha noi",
    "Tỷ lệ thất nghiệp thanh niên thành thị ở Hải Phòng đến 2025 phải dưới mức nào?",
]


def server_assistant(assistant: Assistant, tmp_path, host: str, port: int) -> Assistant:
    """An assistant on a Chroma server, with its own local cache dir, sharing the vector cache."""
    settings = Settings(storage_dir=tmp_path, chroma_host=host, chroma_port=port)
    service = Assistant(settings)
    service.__dict__["embeddings"] = assistant.embeddings
    return service


@pytest.fixture(scope="module")
def on_server(assistant, chroma_server, tmp_path_factory):
    service = server_assistant(assistant, tmp_path_factory.mktemp("app1"), chroma_server.host, chroma_server.port)
    report = service.ingest()
    assert report.plans == 5 and not report.errors
    return service


def _ids(service: Assistant, question: str) -> list[str]:
    return [p.id for p in service.search(question, k=5)[1]]


def test_server_holds_the_same_chunks_as_the_embedded_store(assistant, on_server):
    assert set(on_server.index().chunks) == set(assistant.index().chunks)


@pytest.mark.parametrize("question", QUESTIONS)
def test_server_search_gives_the_embedded_results(assistant, on_server, question):
    assert _ids(on_server, question) == _ids(assistant, question)


def test_second_app_process_rebuilds_bm25_from_the_server(assistant, on_server, chroma_server, tmp_path):
    """Another app with an empty local cache gets BM25 and accents from the server's documents."""
    other = server_assistant(assistant, tmp_path, chroma_server.host, chroma_server.port)
    assert not (tmp_path / "lexical" / "bm25").exists()
    assert _ids(other, QUESTIONS[0]) == _ids(assistant, QUESTIONS[0])
    answer = other.ask(QUESTIONS[0])
    assert "Sở Tài chính" in answer.text and answer.citations


def test_reingest_on_server_is_idempotent(on_server):
    report = on_server.ingest()
    assert report.new == 0 and report.removed == 0 and report.unchanged == report.chunks


def test_server_stopped_mid_ingest_then_rerun_completes(assistant, tmp_path):
    expected = set(assistant.index().chunks)
    port = free_port()
    server = ChromaServer(tmp_path / "db", port).start()
    service = server_assistant(assistant, tmp_path / "app", server.host, port)
    calls = []

    def stop_after_first_batch(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            server.stop()

    try:
        with pytest.raises(StoreError) as failure:
            service.ingest(progress=stop_after_first_batch)
        assert f"127.0.0.1:{port}" in str(failure.value)
        server = ChromaServer(tmp_path / "db", port).start()
        report = service.ingest()
        assert not report.errors and report.new > 0
        store = service.open_store()
        assert store.count() == len(expected)
        assert set(store.metadata_by_id()) == expected
    finally:
        server.stop()


def test_unreachable_server_at_query_time_is_a_clear_error(tmp_path):
    service = Assistant(Settings(storage_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port()))
    with pytest.raises(StoreError, match="Không kết nối được máy chủ Chroma"):
        service.ask("Sở nào chủ trì?")


def test_cli_reports_an_unreachable_server_without_a_trace(tmp_path, monkeypatch, capsys):
    from assistant import cli
    from assistant.settings import get_settings

    monkeypatch.setenv("GDNN_STORAGE_DIR", str(tmp_path))
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(free_port()))
    get_settings.cache_clear()
    try:
        code = cli.main(["ask", "Sở nào chủ trì?"])
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert code == 3
    assert "Lỗi kho dữ liệu" in err and "Traceback" not in err


def test_corrupted_storage_directory_names_it_and_the_rebuild_command(tmp_path):
    chroma_dir = tmp_path / "chroma"
    chroma_dir.mkdir()
    (chroma_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    service = Assistant(Settings(storage_dir=tmp_path, chroma_host=None))
    with pytest.raises(StoreError) as failure:
        service.open_store().count()
    message = str(failure.value)
    assert str(chroma_dir) in message and REBUILD_HINT in message
