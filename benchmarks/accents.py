"""Accent restoration benchmark: the gold questions typed with accents, folded, then restored.

Users type "ngan sach cap huyen bao nhieu trong kinh phi"; every rule that reads a question reads the restored
text, so a wrong guess ("trọng" for "trong") changes what is asked. The questions written with accents in the
gold sets (dev, the bank and its conversations) are folded and restored by the model the plans train (the
default corpus and Bạch Vân, with ``QUESTION_SEED``); the benchmark prints the share of syllables restored as
written and the share of questions restored whole, and the commonest wrong guesses. By default the gold sets are
those ``eval cv`` develops on (dev, Bạch Vân, the style plans, the bank's development parts): the blind sets stay
unread.

    .venv/bin/python benchmarks/accents.py [--gold FILE ...] [--plans PATH ...] [--top 15]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.cv import default_sources  # noqa: E402
from index.diacritics import AccentModel  # noqa: E402
from index.normalize import canonical, fold_accents  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BACHVAN = REPO.parent / "shared" / "corpus-extra" / "bachvan-2025-qd-ke-hoach-gdnn.txt"


def questions_of(path: Path) -> list[str]:
    """Every question of a gold file: its lines', or its conversations' turns'."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            found += [turn["question"] for turn in record.get("turns", [record])]
    return found


_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def typed_in_full(question: str, plain_words: set[str]) -> bool:
    """Whether a question was typed with all its accents, so its folded form is a fair test of restoring them:
    it has some, and each word typed without any is one the plans write plain too ("cao", not the "hoach" of a
    half-typed "kế hoach")."""
    found = words(question)
    return any(w != fold_accents(w) for w in found) and all(w != fold_accents(w) or w in plain_words for w in found)


def plan_texts(paths: list[Path]) -> list[str]:
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    return [f.read_text(encoding="utf-8") for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="*", type=Path, help="gold files (default: the sets eval cv develops on)")
    parser.add_argument("--plans", nargs="*", type=Path, default=[REPO / "data" / "plans", BACHVAN])
    parser.add_argument("--top", type=int, default=15, help="how many of the commonest wrong guesses to print")
    args = parser.parse_args()
    texts = plan_texts([p for p in args.plans if p.exists()])
    model = AccentModel.train(texts)
    plain = {w for text in texts for w in words(canonical(text)) if w == fold_accents(w)}
    gold = args.gold or [source.gold for source in default_sources()]
    questions = list(dict.fromkeys(q for path in gold for q in map(canonical, questions_of(path))
                                   if typed_in_full(q, plain)))
    right = total = whole = 0
    wrong: Counter[tuple[str, str]] = Counter()
    for question in questions:
        restored = model.restore(fold_accents(question))
        pairs = list(zip(words(question), words(restored), strict=True))
        total += len(pairs)
        right += sum(a == b for a, b in pairs)
        whole += all(a == b for a, b in pairs)
        wrong.update((a, b) for a, b in pairs if a != b)
    print(f"{len(questions)} questions typed with accents, {total} words")
    print(f"words restored as written: {right / total:.4f}; questions restored whole: {whole / len(questions):.4f}")
    print("commonest wrong guesses (written → restored):")
    for (written, guessed), n in wrong.most_common(args.top):
        print(f"  {n:4d}  {written} → {guessed}")


if __name__ == "__main__":
    main()
