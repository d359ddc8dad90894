"""OCR benchmark: seconds per page and character accuracy of the scan reader, per Tesseract mode.

A plan's text (default: the Bạch Vân plan of ../shared/corpus-extra, with its
two tables drawn as ruled grids; else a bundled plan) is drawn on A4 pages
with scanner noise and saved as an image-only PDF (`tests.fixtures_docs`).
Each page set is then read by `index.ocr.read_pages` from a fresh copy (no
cache) for every page-segmentation mode and number of parallel pages, and
scored against the lines that were drawn (1 − character edits / characters,
whitespace runs as one space); a ruled table row is scored as the pipe row
``| a | b | c |`` of its cells, which is what the reader gives for it.

    .venv/bin/python benchmarks/ocr.py [--text FILE] [--pages 11] [--psm 6 4 3] [--jobs 2 1] [--clean]
        [--tables on|off|both]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index import ocr  # noqa: E402
from tests.fixtures_docs import char_accuracy, render_scan  # noqa: E402

FIND_TABLES = ocr._tables
REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = [
    REPO.parent / "shared" / "corpus-extra" / "bachvan-2025-qd-ke-hoach-gdnn.txt",
    REPO / "data" / "plans" / "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt",
]


def measure(pdf: Path, truth: list[list[str]], psm: int, jobs: int, tables: bool = True) -> tuple[float, float]:
    """(seconds per page, character accuracy) of one OCR configuration on a fresh copy of the scan."""
    ocr.PSM, ocr.JOBS = psm, jobs  # the module's knobs, swept here
    ocr._tables = FIND_TABLES if tables else (lambda png: None)  # without: every page read as plain text
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / pdf.name
        shutil.copyfile(pdf, copy)
        started = time.perf_counter()
        pages = ocr.read_pages(copy, list(range(len(truth))), copy.name, progress=lambda done, total: None)
        seconds = time.perf_counter() - started
    accuracy = char_accuracy("\n".join(pages[i] for i in range(len(truth))), "\n".join(sum(truth, [])))
    return seconds / len(truth), accuracy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--text", type=Path, default=next((p for p in DEFAULT_TEXTS if p.exists()), None))
    parser.add_argument("--pages", type=int, default=11)
    parser.add_argument("--psm", type=int, nargs="+", default=[6, 4, 3])
    parser.add_argument("--jobs", type=int, nargs="+", default=[2, 1])
    parser.add_argument("--clean", action="store_true", help="no scanner noise (skew, blur, speckles)")
    parser.add_argument("--tables", choices=["on", "off", "both"], default="on",
                        help="ruled tables as pipe rows (on), every page as plain text (off, scored on drawn lines)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "scan.pdf"
        text = args.text.read_text(encoding="utf-8")
        noisy = not args.clean
        truths = {  # the same pages (the noise is seeded); a table row scored as a pipe row or as drawn lines
            True: render_scan(pdf, text, noisy=noisy, max_pages=args.pages, pipe_rows=True),
            False: render_scan(pdf, text, noisy=noisy, max_pages=args.pages),
        }
        modes = {"on": [True], "off": [False], "both": [False, True]}[args.tables]
        kind = "clean" if args.clean else "noisy"
        print(f"{args.text.name}: {len(truths[True])} pages, {kind} scan at {ocr.DPI} dpi")
        print(f"{'tables':>6} {'psm':>4} {'jobs':>5} {'s/page':>8} {'total s':>8} {'accuracy':>9}")
        for tables in modes:
            for psm in args.psm:
                for jobs in args.jobs:
                    per_page, accuracy = measure(pdf, truths[tables], psm, jobs, tables)
                    print(f"{'on' if tables else 'off':>6} {psm:>4} {jobs:>5} {per_page:>8.2f} "
                          f"{per_page * len(truths[tables]):>8.1f} {accuracy:>9.4f}", flush=True)


if __name__ == "__main__":
    main()
