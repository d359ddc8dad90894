"""Operators' logs: one logger per module, English lines on stderr; users still read Vietnamese."""

from __future__ import annotations

import logging

from assistant.answer import Answer
from assistant.chain import FALLBACK_NOTICE


def test_an_llm_fallback_is_logged_with_its_cause(caplog):
    from assistant.service import _logged

    notice = FALLBACK_NOTICE.format(reason="TimeoutError")
    answer = Answer("Ai chủ trì?", "Sở Tài chính chủ trì.", False, notices=[notice])
    with caplog.at_level(logging.WARNING, logger="assistant.service"):
        assert _logged("openai", answer) is answer
        _logged("extractive", answer)  # no LLM asked: nothing to report
    [record] = caplog.records
    assert record.name == "assistant.service" and "openai answer replaced" in record.getMessage()
    assert "TimeoutError" in record.getMessage()


def test_a_side_index_that_cannot_be_saved_is_logged(tmp_path, caplog):
    from index.retriever import build_side_indexes
    from index.store import StoredChunk

    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", encoding="utf-8")
    chunks = [StoredChunk("a", "Sở Tài chính chủ trì thẩm định phương án giá.", {"doc": "a.txt"})]
    with caplog.at_level(logging.WARNING, logger="index.search"):
        lexical, accents = build_side_indexes(chunks, "fingerprint", blocker)
    assert lexical is not None and accents is not None
    assert any("not saved" in r.getMessage() for r in caplog.records)


def test_serve_and_ingest_log_plain_lines_at_the_configured_level():
    from assistant.cli import LOG_FORMAT, configure_logging

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("WARNING")
        assert root.level == logging.WARNING
        assert [h.formatter._fmt for h in root.handlers] == [LOG_FORMAT]  # type: ignore[union-attr]
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
