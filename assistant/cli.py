"""Command line: ``python -m assistant ingest|search``.

Flags and their errors are in English (argparse); messages about questions
and plans are in Vietnamese, like the rest of the product.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from assistant.answer import SEARCHED_AS, Answer
from assistant.chain import TRUNCATION_NOTICE
from assistant.service import Assistant
from index.documents import SUPPORTED_SUFFIXES
from index.jsonl import jsonl_lines
from index.register import Deadline, Responsibility, Target, to_csv, to_json
from index.retriever import Filters, QueryError
from index.store import StoreError


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


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str) -> None:
    """Operators' logs on stderr, one greppable line each (``serve`` and ``ingest`` run for long)."""
    logging.basicConfig(level=level, format=LOG_FORMAT, stream=sys.stderr, force=True)
    # Chatty third-party loggers say nothing an operator acts on below WARNING.
    for name in ("httpx", "httpcore", "urllib3", "chromadb", "bm25s"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))


def cmd_ingest(args: argparse.Namespace, assistant: Assistant) -> int:
    configure_logging(assistant.settings.log_level)
    paths = [Path(p) for p in args.paths] or None
    # Warnings and errors per file reach stderr as log lines (Assistant.ingest logs them).
    report = assistant.ingest(paths, rebuild=args.rebuild, progress=_progress_bar("Embedding"))
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
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"error: cannot read {path}: {exc}") from None
    for number, record in jsonl_lines(text):
        if isinstance(record, json.JSONDecodeError):
            print(f"error: {path}:{number}: invalid JSON ({record.msg})", file=sys.stderr)
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


def _prompted(prompt: str) -> Iterator[str]:
    """Lines typed at a prompt, until an empty line or end of input."""
    while True:
        try:
            line = input(prompt).strip()
        except EOFError:
            return
        if not line:
            return
        yield line


def _interactive(assistant: Assistant, args: argparse.Namespace) -> int:
    """Ask questions at a prompt until an empty line or end of input."""
    assistant.index(progress=_progress_bar("Building the index"))
    print("Nhập câu hỏi về các kế hoạch giáo dục nghề nghiệp (dòng trống hoặc Ctrl-D để thoát).")
    for question in _prompted("Câu hỏi> "):
        _print_passages(_search_one(assistant, question, args))
    return 0


def _each_jsonl_line(assistant: Assistant, args: argparse.Namespace, one, on_error) -> int:
    """One JSON line out per input line; a question that cannot be asked says why."""
    assistant.index(progress=_progress_bar("Building the index"))
    for number, record in _read_jsonl(Path(args.jsonl)):
        question = str(record["question"])
        try:
            out = one(question)
        except QueryError as exc:
            out = {**on_error(question), "error": str(exc)}
        print(json.dumps({"id": record.get("id", number), **out}, ensure_ascii=False), flush=True)
    return 0


def _one_question(args: argparse.Namespace, one, as_json, show) -> int:
    try:
        result = one(args.question)
    except QueryError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=2))
    else:
        show(result)
    return 0


def cmd_search(args: argparse.Namespace, assistant: Assistant) -> int:
    def one(question: str) -> dict:
        return _search_one(assistant, question, args)

    if args.jsonl:
        return _each_jsonl_line(assistant, args, one, lambda q: {"question": q, "passages": []})
    if args.question is None:
        return _interactive(assistant, args)
    return _one_question(args, one, lambda r: r, _print_passages)


# ---------------------------------------------------------------- answers
def _ask_one(assistant: Assistant, question: str, args: argparse.Namespace, history=()) -> Answer:
    return assistant.ask(question, history=history, filters=_filters(args), k=args.k, backend=args.backend)


def _print_answer(answer: Answer, streamed: bool = False) -> None:
    for notice in answer.notices:
        print(f"({notice})", file=sys.stderr)
    if not streamed:
        print(answer.text)
    if answer.citations:
        print("\nNguồn:")
        for c in answer.citations:
            print(f"[{c.n}] {c.plan}\n    Mục: {c.section or '—'}\n    “{c.quote}”")


def cmd_ask(args: argparse.Namespace, assistant: Assistant) -> int:
    if args.jsonl:
        return _each_jsonl_line(
            assistant, args, lambda q: _ask_one(assistant, q, args).as_json(),
            lambda q: {"question": q, "answer": "", "refused": False, "citations": [], "passages": []},
        )
    if args.question is None:
        print("error: a question is required (or --jsonl FILE); use 'chat' for a conversation", file=sys.stderr)
        return 2
    assistant.index(progress=_progress_bar("Building the index"))
    return _one_question(args, lambda q: _ask_one(assistant, q, args), Answer.as_json, _print_answer)


def cmd_chat(args: argparse.Namespace, assistant: Assistant) -> int:
    """A terminal conversation: follow-ups use what was asked before."""
    assistant.index(progress=_progress_bar("Building the index"))
    print("Hỏi về các kế hoạch giáo dục nghề nghiệp. Gõ /moi để bắt đầu cuộc trò chuyện mới; "
          "dòng trống hoặc Ctrl-D để thoát.")
    history: list[tuple[str, str]] = []
    for question in _prompted("\nBạn> "):
        if question == "/moi":
            history.clear()
            print("Đã bắt đầu cuộc trò chuyện mới.")
            continue
        streamed = False
        answer = None
        try:
            for event, value in assistant.stream(
                question, history=history, filters=_filters(args), k=args.k, backend=args.backend
            ):
                if event == "delta":
                    if not streamed:
                        print("Trợ lý> ", end="")
                    print(value, end="", flush=True)
                    streamed = True
                else:
                    answer = value
        except QueryError as exc:
            print(exc)
            continue
        assert answer is not None
        if answer.rewritten_question:
            print(SEARCHED_AS.format(q=answer.rewritten_question))
        if streamed:
            print("\n")
            if answer.notices or answer.text != "":
                print("Trợ lý (đã kiểm tra trích dẫn)> " + answer.text)
        else:
            print("Trợ lý> ", end="")
        _print_answer(answer, streamed=streamed)
        history.append((question, answer.text))
    return 0


def cmd_export(args: argparse.Namespace, assistant: Assistant) -> int:
    register = assistant.register()
    rows: Sequence[Responsibility | Deadline | Target]
    if args.kind == "responsibilities":
        rows = register.responsibilities(plan=args.plan, agency=args.agency)
    elif args.kind == "deadlines":
        rows = register.deadlines(plan=args.plan, agency=args.agency)
    else:
        if args.agency:
            print("error: --agency does not apply to targets", file=sys.stderr)
            return 2
        rows = register.targets(plan=args.plan, year=args.year)
    render = to_csv if args.format == "csv" else to_json
    sys.stdout.write(render(args.kind, rows))
    return 0


def cmd_serve(args: argparse.Namespace, assistant: Assistant) -> int:
    from assistant.ui import serve  # gradio takes seconds to import: only when serving

    configure_logging(assistant.settings.log_level)
    assistant.index(progress=_progress_bar("Building the index"))
    serve(assistant, host=args.host, port=args.port, share=args.share)
    return 0


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--province", action="append", help="only plans of this province (repeatable)")
    parser.add_argument("--plan", action="append", help="only this plan file name (repeatable)")
    parser.add_argument("--year", action="append", type=int, help="only plans issued this year (repeatable)")
    parser.add_argument("--k", type=int, default=None, help="passages to retrieve (default: the GDNN_K setting, 10)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Vocational-training plan assistant")
    sub = parser.add_subparsers(dest="command", required=True)

    p_ingest = sub.add_parser("ingest", help="index plan files (default: the bundled corpus)")
    p_ingest.add_argument("paths", nargs="*",
                          help=f"plan files or directories ({' '.join(SUPPORTED_SUFFIXES)})")
    p_ingest.add_argument("--rebuild", action="store_true", help="drop the index and build it from these paths only")
    p_ingest.set_defaults(func=cmd_ingest)

    p_search = sub.add_parser("search", help="retrieve passages for a question")
    p_search.add_argument("question", nargs="?", help="the question (omit it to ask at a prompt)")
    p_search.add_argument("--json", action="store_true", help="print JSON")
    p_search.add_argument("--jsonl", metavar="FILE", help="one JSON object per line with 'id' and 'question'")
    _add_filters(p_search)
    p_search.set_defaults(func=cmd_search)

    backends = ("extractive", "openai", "ollama", "llamacpp")
    p_ask = sub.add_parser("ask", help="answer a question with citations")
    p_ask.add_argument("question", nargs="?", help="the question")
    p_ask.add_argument("--json", action="store_true", help="print JSON")
    p_ask.add_argument("--jsonl", metavar="FILE", help="one JSON object per line with 'id' and 'question'")
    p_ask.add_argument("--backend", choices=backends, help="answer backend (default: settings, extractive)")
    _add_filters(p_ask)
    p_ask.set_defaults(func=cmd_ask)

    p_chat = sub.add_parser("chat", help="an interactive conversation in the terminal")
    p_chat.add_argument("--backend", choices=backends, help="answer backend (default: settings, extractive)")
    _add_filters(p_chat)
    p_chat.set_defaults(func=cmd_chat)

    p_serve = sub.add_parser("serve", help="start the web interface (Gradio)")
    p_serve.add_argument("--host", help="address to bind (default: settings, 127.0.0.1)")
    p_serve.add_argument("--port", type=int, help="port (default: settings, 7860)")
    p_serve.add_argument("--share", action="store_true", help="also open a public Gradio share link")
    p_serve.set_defaults(func=cmd_serve)

    p_export = sub.add_parser("export", help="print the responsibility, deadline or target register")
    p_export.add_argument("kind", choices=("responsibilities", "deadlines", "targets"))
    p_export.add_argument("--format", choices=("csv", "json"), default="csv")
    p_export.add_argument("--plan", help="plan file name or label (substring)")
    p_export.add_argument("--agency", help="agency, any spelling (Sở LĐTBXH, Sở Lao động - Thương binh và Xã hội)")
    p_export.add_argument("--year", help="targets of this year or period")
    p_export.set_defaults(func=cmd_export)
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
    finally:
        assistant.close()
