"""BM25 over Vietnamese words and over accent-folded syllables.

Two fields: pyvi word segmentation of the accented text (so "Lao_động" is one
term and "lao" alone does not match it), and folded syllable uni- and
bigrams (so "so lao dong" typed without accents still matches "Sở Lao
động"). Each field's scores are max-normalised and summed. The index is
persisted beside Chroma with the fingerprint of the chunk ids it covers and
rebuilt from the store's documents when that no longer matches, which also
serves several processes sharing one Chroma server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np

from index.normalize import canonical
from index.vocab.wording import reading_syllables


@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViTokenizer

    return ViTokenizer


def word_tokens(text: str) -> list[str]:
    """Lower-cased pyvi words (multi-syllable words joined by "_")."""
    segmented = _pyvi().tokenize(canonical(text))
    return [t.lower() for t in segmented.split() if any(ch.isalnum() for ch in t)]


def folded_tokens(text: str) -> list[str]:
    """Folded syllables plus adjacent-syllable bigrams, read as `plan_reading` reads them ("GDNN": giao duc nghe
    nghiep; "tuyển mới": tuyen sinh)."""
    syllables = reading_syllables(text)
    return syllables + [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])]


TOKENS_VERSION = 13  # how text becomes folded tokens (2: abbreviations read in full, 3: phrases of one meaning read
# alike, 4: "tháng 8/2026" as "tháng 8 năm 2026", 5: "xuất khẩu lao động", 6: "GD&ĐT", "LĐ-TB&XH" in full, 7: "CĐ",
# "ĐH" in full, 8: "LĐ", "HS", "SV" in full, 9: "kĩ", "tỉ", "lí", "quí" read as "kỹ", "tỷ", "lý", "quý", 10:
# "CSDL", "GQVL", "CSVC", "KT-XH", "BH" … and each of "CĐ/ĐH" in full, 11: "DS", "Sở NV" in full, "01" read as
# "1", 12: "tay nghề" as "kỹ năng nghề", 13: "đầu tiên" as "thứ nhất"); a change rebuilds saved indexes


def _bm25(corpus: list[list[str]]) -> bm25s.BM25:
    model = bm25s.BM25()
    # bm25s cannot index nothing; an empty store gets one placeholder document.
    model.index([doc or ["∅"] for doc in corpus] or [["∅"]], show_progress=False)
    return model


def _normalised(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


@dataclass
class LexicalIndex:
    ids: list[str]
    words: bm25s.BM25
    folded: bm25s.BM25
    fingerprint: str

    @classmethod
    def build(cls, ids: list[str], texts: list[str], fingerprint: str) -> LexicalIndex:
        return cls(
            ids=list(ids),
            words=_bm25([word_tokens(t) for t in texts]),
            folded=_bm25([folded_tokens(t) for t in texts]),
            fingerprint=fingerprint,
        )

    def scores(self, query: str, folded_query: str | None = None) -> np.ndarray:
        """Combined score of every chunk (index order) for the query.

        ``query`` is the accent-restored question for the word field;
        ``folded_query`` (default: the same) feeds the folded field.
        """
        if not self.ids:
            return np.zeros(0)
        total = np.zeros(len(self.ids))
        for model, tokens in (
            (self.words, word_tokens(query)),
            (self.folded, folded_tokens(folded_query or query)),
        ):
            known = [t for t in tokens if t in model.vocab_dict]
            if known:
                total += _normalised(np.asarray(model.get_scores(known), dtype=float))
        return total

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.words.save(str(directory / "words"), show_progress=False)
        self.folded.save(str(directory / "folded"), show_progress=False)
        (directory / "manifest.json").write_text(
            json.dumps({"fingerprint": self.fingerprint, "ids": self.ids, "tokens": TOKENS_VERSION}), encoding="utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex | None:
        """The saved index, or None when missing, unreadable or tokenised by older rules (then rebuild)."""
        try:
            manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("tokens") != TOKENS_VERSION:
                return None
            words = bm25s.BM25.load(str(directory / "words"), show_progress=False, verbosity=0)
            folded = bm25s.BM25.load(str(directory / "folded"), show_progress=False, verbosity=0)
        except (OSError, ValueError, KeyError):
            return None
        return cls(ids=manifest["ids"], words=words, folded=folded, fingerprint=manifest["fingerprint"])
