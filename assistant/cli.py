"""Command line: ``python -m assistant ingest|search``.

Flags and their errors are in English (argparse); messages about questions
and plans are in Vietnamese, like the rest of the product.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.service import Assistant
from index.retriever import Filters, QueryError
from index.store import StoreError

TRUNCATION_NOTICE = "Câu hỏi dài quá {limit} ký tự nên đã được cắt bớt."


def _progress_bar(description: str):
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=description, unit="chunk", file=sys.stderr)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return update


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        provinces=tuple(args.province or ()), docs=tuple(args.plan or ()), years=tuple(args.year or ())
    )


def cmd_ingest(args: argparse.Namespace, assistant: Assistant) -> int:
    paths = [Path(p) for p in args.paths] or None
    report = assistant.ingest(paths, rebuild=args.rebuild, progress=_progress_bar("Embedding"))
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors and not report.plans else 0


def _search_one(assistant: Assistant, question: str, args: argparse.Namespace) -> dict:
    query, passages = assistant.search(question, k=args.k, filters=_filters(args))
    out = {"question": question, "passages": [p.as_json() for p in passages]}
    if query.truncated:
        out["notice"] = TRUNCATION_NOTICE.format(limit=assistant.settings.max_query_chars)
    return out


def _read_jsonl(path: Path):
    """(line number, record) for each usable line; bad lines reported on stderr."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"error: cannot read {path}: {exc}")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"error: {path}:{number}: invalid JSON ({exc.msg})", file=sys.stderr)
            continue
        if not isinstance(record, dict) or "question" not in record:
            print(f"error: {path}:{number}: an object with 'id' and 'question' is required", file=sys.stderr)
            continue
        yield number, record


def _print_passages(result: dict) -> None:
    if "notice" in result:
        print(result["notice"], file=sys.stderr)
    for p in result["passages"]:
        print(f"[{p['rank']}] {p['score']:.4f}  {p['plan']}\n    {p['section']}")
        print("    " + p["text"][:300].replace("\n", "\n    ") + ("…" if len(p["text"]) > 300 else ""))


def _interactive(assistant: Assistant, args: argparse.Namespace) -> int:
    """Ask questions at a prompt until an empty line or end of input."""
    assistant.index(progress=_progress_bar("Building the index"))
    print("Nhập câu hỏi về các kế hoạch giáo dục nghề nghiệp (dòng trống hoặc Ctrl-D để thoát).")
    while True:
        try:
            question = input("Câu hỏi> ").strip()
        except EOFError:
            return 0
        if not question:
            return 0
        _print_passages(_search_one(assistant, question, args))


def cmd_search(args: argparse.Namespace, assistant: Assistant) -> int:
    if args.jsonl:
        assistant.index(progress=_progress_bar("Building the index"))
        for number, record in _read_jsonl(Path(args.jsonl)):
            try:
                result = _search_one(assistant, str(record["question"]), args)
            except QueryError as exc:
                result = {"question": record["question"], "passages": [], "error": str(exc)}
            print(json.dumps({"id": record.get("id", number), **result}, ensure_ascii=False), flush=True)
        return 0
    if args.question is None:
        return _interactive(assistant, args)
    try:
        result = _search_one(assistant, args.question, args)
    except QueryError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_passages(result)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Vocational-training plan assistant")
    sub = parser.add_subparsers(dest="command", required=True)

    p_ingest = sub.add_parser("ingest", help="index plan files (default: the bundled corpus)")
    p_ingest.add_argument("paths", nargs="*", help="plan files or directories (.txt, .md)")
    p_ingest.add_argument("--rebuild", action="store_true", help="drop the index and build it from these paths only")
    p_ingest.set_defaults(func=cmd_ingest)

    p_search = sub.add_parser("search", help="retrieve passages for a question")
    p_search.add_argument("question", nargs="?", help="the question (omit it to ask at a prompt)")
    p_search.add_argument("--k", type=int, default=10, help="passages to return (default 10)")
    p_search.add_argument("--json", action="store_true", help="print JSON")
    p_search.add_argument("--jsonl", metavar="FILE", help="one JSON object per line with 'id' and 'question'")
    p_search.add_argument("--province", action="append", help="only plans of this province (repeatable)")
    p_search.add_argument("--plan", action="append", help="only this plan file name (repeatable)")
    p_search.add_argument("--year", action="append", type=int, help="only plans issued this year (repeatable)")
    p_search.set_defaults(func=cmd_search)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "k", 1) is not None and getattr(args, "k", 1) < 1:
        print("error: --k must be at least 1", file=sys.stderr)
        return 2
    assistant = Assistant()
    try:
        return args.func(args, assistant)
    except StoreError as exc:
        print(f"Lỗi kho dữ liệu: {exc}", file=sys.stderr)
        return 3
