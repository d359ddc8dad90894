"""Backends that are slow or down: the user gets an answer or a clear message, never a trace.

The slow LLM is a real HTTP endpoint on loopback that speaks the OpenAI
protocol but takes longer than the configured timeout.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.chain import FALLBACK_NOTICE
from assistant.llm import ChatModels
from assistant.service import Assistant
from assistant.settings import Settings
from tests.chroma_server import free_port

QUESTION = "Chỉ tiêu tuyển sinh trình độ trung cấp năm 2023 của Hà Nội là bao nhiêu?"
FALLBACK_PREFIX = FALLBACK_NOTICE.split("{reason}")[0]


class SlowCompletions(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint that answers only after `delay` seconds."""

    delay = 5.0

    def do_POST(self):  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(self.delay)
        body = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "slow",
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": "Muộn [1]"},
                                        "finish_reason": "stop"}]}).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up, as it should

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_llm():
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowCompletions)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def _configured(assistant, monkeypatch, **update):
    settings = assistant.settings.model_copy(update=update)
    monkeypatch.setattr(assistant, "settings", settings)
    monkeypatch.setitem(assistant.__dict__, "models", ChatModels(settings))
    monkeypatch.setattr(assistant, "_chain", None)
    return assistant


def test_slow_llm_times_out_and_the_extractive_answer_is_given(assistant, monkeypatch, slow_llm):
    """The wait for the model is cut at the timeout (1 s), far short of the server's delay; measured beyond the time
    the extractive answer itself takes on this machine now, so a loaded machine does not fail it."""
    service = _configured(assistant, monkeypatch, llm_base_url=slow_llm, llm_timeout_s=1.0)
    started = time.perf_counter()
    service.ask(QUESTION, backend="extractive")
    extractive = time.perf_counter() - started
    started = time.perf_counter()
    answer = service.ask(QUESTION, backend="openai")
    assert time.perf_counter() - started - extractive < SlowCompletions.delay
    assert answer.backend == "extractive" and "28.500" in answer.text and answer.citations
    assert any(n.startswith(FALLBACK_PREFIX) for n in answer.notices)


def test_ollama_down_or_missing_falls_back_with_a_notice(assistant, monkeypatch):
    service = _configured(assistant, monkeypatch, ollama_base_url=f"http://127.0.0.1:{free_port()}", llm_timeout_s=2.0)
    answer = service.ask(QUESTION, backend="ollama")
    assert answer.backend == "extractive" and "28.500" in answer.text
    assert any(n.startswith(FALLBACK_PREFIX) for n in answer.notices)


def test_ui_chat_with_chroma_down_says_so_in_vietnamese(tmp_path):
    from assistant.ui import STORE_ERROR, _App

    service = Assistant(Settings(storage_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port()))
    last = list(_App(service, service.settings).chat(QUESTION, [], [], []))[-1]
    text = " ".join(str(m.content) for m in last)
    assert text.startswith(STORE_ERROR) and "Traceback" not in text
