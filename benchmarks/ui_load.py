"""Load test of the web UI: concurrent gradio_client sessions asking questions on loopback.

Starts the app in a subprocess on a free 127.0.0.1 port (or uses --url of
one already running on this machine), then runs N sessions at once, each a
gradio_client ``Client`` asking Q questions from the gold set in turn (so
later questions carry the session's history, as in a real conversation).
Prints p50/p95/max latency per answer, throughput, and the error count,
which must be 0 (exit status 1 otherwise). Bounded: N×Q requests, then it
stops the server it started.

    .venv/bin/python benchmarks/ui_load.py [--sessions 20] [--questions 5] [--url http://127.0.0.1:7860/]

The index must exist (``make ingest``; the default storage, or GDNN_STORAGE_DIR).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def questions(path: Path) -> list[str]:
    from eval.gold import load_gold

    return [line.question for line in load_gold(path).lines]


def run_server(port: int) -> None:
    from assistant.service import Assistant
    from assistant.ui import serve

    serve(Assistant(), host="127.0.0.1", port=port)


def wait_until_up(url: str, process: subprocess.Popen | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url + "config", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"the server did not answer at {url} within {timeout:.0f} s")


def session(url: str, asked: list[str], latencies: list[float], errors: list[str], lock: threading.Lock) -> None:
    from gradio_client import Client

    from assistant.ui import SERVICE_ERROR

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # noqa: BLE001 - counted, reported
        with lock:
            errors.extend(f"connect: {type(exc).__name__}: {exc}" for _ in asked)
        return
    for question in asked:
        started = time.perf_counter()
        try:
            messages = client.predict(question, api_name="/chat")
            elapsed = time.perf_counter() - started
            text = messages[0]["content"] if messages else ""
            problem = "empty answer" if not text.strip() else ("service error" if text == SERVICE_ERROR else "")
        except Exception as exc:  # noqa: BLE001 - counted, reported
            elapsed = time.perf_counter() - started
            problem = f"{type(exc).__name__}: {exc}"
        with lock:
            latencies.append(elapsed)
            if problem:
                errors.append(f"{question[:60]}…: {problem}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, default=5, help="questions per session")
    parser.add_argument("--gold", type=Path, default=REPO / "eval" / "dev.jsonl")
    parser.add_argument("--url", help="an app already running on this machine (default: start one)")
    parser.add_argument("--startup-timeout", type=float, default=600)
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.serve:
        run_server(args.serve)
        return 0

    pool = questions(args.gold)
    process = None
    url = args.url
    if not url:
        from assistant.ui import free_port

        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        process = subprocess.Popen([sys.executable, __file__, "--serve", str(port)], cwd=REPO)
    url = url if url.endswith("/") else url + "/"
    try:
        wait_until_up(url, process, args.startup_timeout)
        from gradio_client import Client

        Client(url, verbose=False).predict(pool[0], api_name="/chat")  # warm-up, not timed
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        plans = [[pool[(s * args.questions + i) % len(pool)] for i in range(args.questions)] for s in range(args.sessions)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.sessions) as executor:
            for asked in plans:
                executor.submit(session, url, asked, latencies, errors, lock)
        wall = time.perf_counter() - started
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()

    total = args.sessions * args.questions
    print(f"{args.sessions} sessions × {args.questions} questions = {total} answers in {wall:.1f} s "
          f"({total / wall:.2f} answers/s) on {os.cpu_count()} CPU cores")
    if latencies:
        print(f"latency per answer: p50 {percentile(latencies, 0.5):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
              f"max {max(latencies):.2f} s, mean {statistics.fmean(latencies):.2f} s")
    print(f"errors: {len(errors)}")
    for error in errors[:20]:
        print(f"  {error}")
    return 1 if errors or len(latencies) != total else 0


if __name__ == "__main__":
    raise SystemExit(main())
