"""Command line: ``python -m eval run|compare|register|conversations|cv``.

    python -m eval run --gold FILE.jsonl --out DIR [--k N] [--backend NAME] [--config NAME] [--judge]
    python -m eval compare --gold FILE.jsonl --out DIR [CONFIG ...] [--k N] [--judge]
    python -m eval register --facts FILE.jsonl --out DIR [--plans PATH ...]
    python -m eval conversations --gold FILE.jsonl --out DIR [--plans PATH ...]
    python -m eval cv --out DIR [--folds K] [--objective lines|balanced] [--sets NAME ...] [--gold FILE ...] [--reuse]
                      [--resume] [--scoring NAME=VALUE ...]

``--plans PATH ...`` (any command) evaluates on exactly those plan files or
folders, ingested into DIR/storage, instead of the default corpus: that is how
a plan outside the bundled five (another house style, a .docx, a scan) is
measured beside them. ``register`` scores register facts (see
``eval/register_facts.py``) and writes DIR/register_facts.json.

``run`` answers every gold line with the real assistant (loaded once) and
writes results.jsonl, metrics.json, report.md and chart.png to DIR.
``compare`` does the same for each named configuration (in DIR/<config>/)
and writes one side-by-side table: compare.md, compare.json, compare.png.
``cv`` answers every gold set (or ``--gold``) once and chooses and checks the
refusal decision by nested k-fold and leave-one-plan-out (``eval/cv.py``).
Flags and their errors are in English; malformed gold lines are reported on
stderr with their line number and skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.configs import DEFAULT_COMPARE, Config, parse_config
from eval.gold import GoldError, GoldSet, load_gold

DEFAULT_GOLD = Path(__file__).resolve().parent / "dev.jsonl"


def _config(value: str) -> str:
    try:
        parse_config(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{value}'") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m eval", description="Score the assistant on a gold question set")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL file (default: eval/dev.jsonl)")
        p.add_argument("--out", type=Path, required=True, help="output directory (created if missing)")
        p.add_argument("--k", type=_positive, default=None,
                       help="passages retrieved per question (default: the GDNN_K setting, 10)")
        p.add_argument("--backend", help="answer backend for configurations that name none (extractive, openai, ...)")
        p.add_argument("--judge", action="store_true",
                       help="add model-judged faithfulness and answer relevancy (needs an LLM backend)")
        p.add_argument("--limit", type=_positive, help="only the first N valid gold lines (quick checks)")
        p.add_argument("--no-progress", action="store_true", help="no progress bar")
        p.add_argument("--plans", type=Path, nargs="+",
                       help="evaluate on these plan files/folders (ingested into OUT/storage) instead of the corpus")

    p_run = sub.add_parser("run", help="evaluate one configuration")
    common(p_run)
    p_run.add_argument("--config", type=_config, default="hybrid",
                       help="naive | dense | bm25 | hybrid, optionally +BACKEND (default: hybrid)")
    p_run.set_defaults(func=cmd_run)

    p_cmp = sub.add_parser("compare", help="evaluate several configurations side by side")
    common(p_cmp)
    p_cmp.add_argument("configs", nargs="*", type=_config,
                       help=f"configurations (default: {' '.join(DEFAULT_COMPARE)} and each configured LLM backend)")
    p_cmp.set_defaults(func=cmd_compare)

    p_reg = sub.add_parser("register", help="score register facts (who does what) against the register")
    p_reg.add_argument("--facts", type=Path, required=True,
                       help="register facts JSONL (plan_any, agency_any, task_any)")
    p_reg.add_argument("--out", type=Path, required=True, help="output directory (created if missing)")
    p_reg.add_argument("--plans", type=Path, nargs="+",
                       help="build the register from these plan files/folders instead of the corpus")
    p_reg.set_defaults(func=cmd_register)

    p_conv = sub.add_parser("conversations", help="score multi-turn conversations (follow-ups with their history)")
    p_conv.add_argument("--gold", type=_conversation_file, required=True,
                        help="conversations JSONL ({id, turns: [gold lines without id]})")
    p_conv.add_argument("--out", type=Path, required=True, help="output directory (created if missing)")
    p_conv.add_argument("--k", type=_positive, default=None, help="passages retrieved per turn (default: GDNN_K)")
    p_conv.add_argument("--backend", help="answer backend (default: the configured one)")
    p_conv.add_argument("--no-progress", action="store_true", help="no progress bar")
    p_conv.add_argument("--plans", type=Path, nargs="+",
                        help="evaluate on these plan files/folders (ingested into OUT/storage) instead of the corpus")
    p_conv.set_defaults(func=cmd_conversations)

    p_cv = sub.add_parser("cv", help="choose and check the refusal decision by nested k-fold and leave-one-plan-out")
    p_cv.add_argument("--out", type=Path, required=True, help="output directory: records.jsonl, cv.md, cv.json")
    p_cv.add_argument("--folds", type=_positive, default=5, help="outer folds (default 5)")
    p_cv.add_argument("--gold", type=Path, nargs="+",
                      help="only these gold files, over the corpus or --plans (default: every gold set, each "
                           "over the plans it was written for)")
    p_cv.add_argument("--plans", type=Path, nargs="+", help="with --gold: the plan files/folders they ask about")
    p_cv.add_argument("--sets", nargs="+", help="only these of the default gold sets (dev, bachvan, the style "
                                                 "plans, bank-a … bank-d)")
    p_cv.add_argument("--reuse", action="store_true", help="score OUT/records.jsonl again instead of answering")
    p_cv.add_argument("--resume", action="store_true",
                      help="keep the sources an interrupted run recorded in OUT/records.partial.jsonl, ask the rest")
    p_cv.add_argument("--scoring", nargs="+", default=[], metavar="NAME=VALUE",
                      help="weigh the units with these UnitScoring values instead of the shipped ones "
                           "(one point of a sweep: compare the out-of-fold figures of several runs)")
    p_cv.add_argument("--objective", choices=("lines", "balanced"), default="lines",
                      help="what the folds choose by: lines right as met (default), or answers and refusals "
                           "weighed the same")
    p_cv.set_defaults(func=cmd_cv)
    return parser


def _load(args: argparse.Namespace) -> GoldSet:
    gold = load_gold(args.gold)
    for problem in gold.problems:
        print(f"warning: {args.gold}:{problem.line}: {problem.message} (line skipped)", file=sys.stderr)
    if args.limit:
        gold.lines = gold.lines[: args.limit]
    return gold


def llm_backends(assistant) -> list[str]:
    """The LLM answer backends the assistant reports as configured (none if it cannot say)."""
    probe = getattr(assistant, "configured_backends", None)
    try:
        names = list(probe()) if callable(probe) else []
    except Exception:  # noqa: BLE001 - an unreachable backend is simply not compared
        names = []
    return [n for n in names if n != "extractive"]


def make_judge(assistant, backend: str | None):
    """A judge on the assistant's chat model for ``backend``; ``SystemExit`` when there is none."""
    from eval.judge import Judge

    factory = getattr(assistant, "chat_model", None)
    chat = None
    if callable(factory):
        try:
            chat = factory(backend)
        except Exception as exc:  # noqa: BLE001
            raise SystemExit(f"error: --judge needs an LLM backend: {exc}") from None
    if chat is None:
        raise SystemExit("error: --judge needs a configured LLM backend (see the README's configuration section)")
    return Judge(chat, assistant.embeddings)


def _summary(name: str, metrics: dict) -> str:
    from eval.report import fmt

    r = metrics["retrieval"]
    return (f"{name}: answer accuracy {fmt(metrics['answer_accuracy'])}, refusal accuracy "
            f"{fmt(metrics['refusal_accuracy'])}, false refusals {fmt(metrics['false_refusal_rate'])}, "
            f"citation precision {fmt(metrics['citation_precision'])}, hit@5 {fmt(r['hit@5'])}, MRR {fmt(r['mrr'])}, "
            f"short answer complete {fmt(metrics.get('short_answer_complete'))} "
            f"(median {fmt(metrics.get('short_answer_median_chars'))} chars)")


def _evaluate(assistant, gold: GoldSet, config: Config, args: argparse.Namespace, out: Path):
    from eval.report import write_run
    from eval.runner import run_config

    judge = make_judge(assistant, config.backend) if args.judge else None
    result = run_config(assistant, gold, config, k=args.k, progress=not args.no_progress, judge=judge)
    paths = write_run(out, result)
    print(_summary(config.name, result.metrics))
    print(f"  wrote {', '.join(str(p) for p in paths.values())}")
    return result


def cmd_run(args: argparse.Namespace, assistant) -> int:
    from eval.runner import ConfigError

    gold = _load(args)
    try:
        _evaluate(assistant, gold, parse_config(args.config, args.backend), args, args.out)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_compare(args: argparse.Namespace, assistant) -> int:
    from eval.report import write_compare

    gold = _load(args)
    names = list(args.configs) or [*DEFAULT_COMPARE, *llm_backends(assistant)]
    configs: list[Config] = []
    for name in names:
        config = parse_config(name, args.backend)
        if config.name not in {c.name for c in configs}:
            configs.append(config)
    from eval.runner import ConfigError, display_path

    results = []
    for config in configs:
        try:
            results.append(_evaluate(assistant, gold, config, args, args.out / config.name.replace("+", "-")))
        except ConfigError as exc:
            print(f"warning: {exc} (left out of the comparison)", file=sys.stderr)
    if not results:
        print("error: no configuration could answer", file=sys.stderr)
        return 1
    paths = write_compare(args.out, results, display_path(args.gold))
    print(f"wrote {', '.join(str(p) for p in paths.values())}")
    return 0


def cmd_register(args: argparse.Namespace, assistant) -> int:
    import json

    from eval.register_facts import load_facts, score_facts

    try:
        facts = load_facts(args.facts)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score_facts(facts, assistant.register())
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "register_facts.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"register facts: {result['found']}/{result['total']} found")
    for row in result["facts"]:
        print(f"  {row['id']}: {'found' if row['found'] else 'MISSING'}")
    print(f"  wrote {path}")
    return 0


def _conversation_file(value: str):
    """The parsed conversation file: read while parsing flags, so a bad file fails before any model loads."""
    from eval.conversations import load_conversations

    try:
        return load_conversations(value)
    except GoldError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_conversations(args: argparse.Namespace, assistant) -> int:
    from eval.conversations import run_conversations, write_conversations

    found = args.gold
    for problem in found.problems:
        print(f"warning: {found.path}:{problem.line}: {problem.message} (line skipped)", file=sys.stderr)
    rows, metrics = run_conversations(assistant, found, progress=not args.no_progress, k=args.k, backend=args.backend)
    paths = write_conversations(args.out, rows, metrics)
    from eval.report import fmt

    c = metrics["conversations"]
    print(f"conversations: turns right {fmt(c['turns_right'])} ({c['turns']}), follow-up turns right "
          f"{fmt(c['followup_turns_right'])} ({c['followup_turns']}), conversations all right "
          f"{fmt(c['conversations_all_right'])} ({c['conversations']})")
    print(f"  wrote {', '.join(str(p) for p in paths.values())}")
    return 0


def cmd_cv(args: argparse.Namespace, assistant) -> int:
    import json

    from eval.cv import GoldSource, collect, default_sources, load_records, report, save_records, unit_scoring

    try:
        scoring = unit_scoring(args.scoring)
    except ValueError as error:
        print(f"error: --scoring {error}", file=sys.stderr)
        return 2
    path = args.out / "records.jsonl"
    if args.reuse and path.exists():
        records = load_records(path)
    else:
        plans = tuple(args.plans) if args.plans else None
        skipped: list[str] = []
        sources = ([GoldSource(g.stem, g, plans) for g in args.gold] if args.gold
                   else [s for s in default_sources(skipped) if not args.sets or s.name in args.sets])
        for reason in skipped if not args.gold else []:
            print(f"warning: gold set skipped, {reason}", file=sys.stderr)
        records = collect(sources, args.out, assistant, scoring, resume=args.resume)
        save_records(path, records)
    if len({r.answerable for r in records}) < 2:
        print("error: cross-validation needs answerable and unanswerable lines", file=sys.stderr)
        return 2
    lines, _, summary = report(records, args.folds, args.objective)
    print("\n".join(lines))
    (args.out / "cv.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.out / "cv.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"  wrote {path}, {args.out / 'cv.md'}, {args.out / 'cv.json'}")
    return 0


def assistant_on(plans: list[Path], out: Path):
    """An assistant over exactly ``plans``, in its own storage under ``out`` (vectors from the shared cache)."""
    from assistant.service import Assistant
    from assistant.settings import REPO_ROOT, Settings

    settings = Settings(storage_dir=out / "storage", chroma_host=None,
                        embedding_cache=REPO_ROOT / ".storage" / "embedding-cache.sqlite")
    assistant = Assistant(settings)
    report = assistant.ingest(plans, rebuild=True)
    for error in report.errors:
        print(f"warning: {error}", file=sys.stderr)
    print(f"ingested {report.summary()}")
    return assistant


def main(argv: list[str] | None = None, assistant=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in ("run", "compare"):
            load_gold(args.gold)  # fail fast, before loading any model
        if assistant is None and args.command != "cv":
            if args.plans:
                assistant = assistant_on(args.plans, args.out)
            else:
                from assistant.service import Assistant

                assistant = Assistant()
        return args.func(args, assistant)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
