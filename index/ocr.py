"""Scanned PDF pages (and scanned images, made a PDF first) to text with Tesseract, page by page, cached
beside the file.

Many provincial plans are only published as scans. A page without a text
layer is rendered with ``pdftoppm`` (200 dpi, grey) and read by ``tesseract
-l vie --psm 3`` (automatic page segmentation). ``benchmarks/ocr.py``
compared the modes on 11 noisy pages of a plan with two ruled tables: psm 3
read 99.7 % of the characters right at 2.1 s a page, psm 4 the same at
2.5 s, psm 6 (one uniform block) 99.4 % at 1.6 s — it takes scanner specks
for punctuation. Two pages run at once with ``OMP_THREAD_LIMIT=1``: on two
cores that is 1.7× faster than one page at a time.

A photographed page (a phone's shot of the printed plan on a desk: uneven light, the desk around the sheet,
turned a degree or two) is evened out and turned straight first (`index.photo_pages`); a scan is left as is.

A page a scanner's feeder stored turned (a landscape annex running bottom to top, a sheet fed upside down) is
turned upright first: Tesseract's orientation detection (``--psm 0``, the ``osd`` model that ships with
``tesseract-ocr``) says by how much, in about 0.6 s a page; a page with too little text to tell (the blank back
of a sheet) is left as it is.

A page with ruled tables (a target table, an annex of tasks) is read so
that each table row becomes a pipe row ``| a | b | c |`` in place, like
the tables of a Word or text PDF: `index.ocr_tables` finds the grid on the
image (long dark rules, straightened first), the page is read once with
word boxes for the text around the tables, and the cells once more, cut
out and stacked on one image so that no line of Tesseract runs across two
cells. A page without rules is read exactly as before.

OCR takes seconds a page, so its text is cached in a hidden JSON file beside
the PDF (``.plan.pdf.ocr.json``: the PDF's sha256, the OCR settings and the
text of each page); a re-ingest of an unchanged scan reads the cache and
needs no Tesseract at all; a cache made before tables were read
(other settings) is read again. When the PDF's folder is read-only the cache goes
to ``ocr_cache`` (under the storage dir), named by the sha256.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from index import ocr_tables, photo_pages
from index.documents import DocumentError, PageProgress
from index.vocab.dates import MISREAD_DATE_SLASH, MISREAD_QUARTER, MISREAD_QUARTER_SLASH, quarter_numeral
from index.vocab.documents import MISREAD_NUMBER_SLASH
from index.vocab.language import syllable_share
from index.vocab.phrases import MISREAD_C, MISREAD_CAO_DANG, MISREAD_CHI

if TYPE_CHECKING:  # numpy is imported where a scan is read
    import numpy as np

log = logging.getLogger(__name__)

DPI = 200
LANGUAGE = "vie"
PSM = 3
JOBS = 2
# How pages are read (`index.ocr_tables`, `index.photo_pages`; 2: pages turned a degree, 3: photographed pages evened
# out and turned straight, 4: a table below a photographed sheet's edge, 5: a red seal's ink dropped); a change redoes
# the caches.
TABLES_VERSION = 7  # 7: rules under some columns are rows (the other cells merged down); half-dark boundaries none
PAGE_TIMEOUT_S = 300
INSTALL_HINT = "hãy cài tesseract-ocr và tesseract-ocr-vie (sudo apt-get install tesseract-ocr tesseract-ocr-vie)"

# A page mostly under one image with little text over it is a scan (e-signed scans carry a few lines of text).
SCAN_IMAGE_COVER = 0.5
SCAN_MAX_TEXT_CHARS = 400


# Vietnamese marks a quarter of its letters (0.25 to 0.33 in every 2,500 characters of the plans here); a
# scanner's text layer made by an engine without Vietnamese keeps few of them ("Ke hoach dao tao nghe").
VIETNAMESE_MARKED_SHARE = 0.15
_LAYER_LETTERS = 200  # letters enough to judge a layer by


def marked_share(text: str) -> float:
    """The share of a text's letters that carry a Vietnamese mark or are no ASCII letter ("ạ", "đ", "ư")."""
    letters = [c for c in text if c.isalpha()]
    return sum(not c.isascii() for c in letters) / len(letters) if letters else 0.0


# A text layer is a reading of its page when at least this share of its letters stand in Vietnamese syllables or
# initialisms (`vocab.language.syllable_share`): every PDF page here is 0.47 or more (a scan's layer without marks,
# a bilingual page half English), a page drawn in fonts with no Unicode map 0.07.
SYLLABLE_LAYER_SHARE = 0.3


def garbled_layers(pages: list[str]) -> list[int]:
    """The pages whose text layer is no reading of them at all: an old e-office converter embedded its fonts with
    no Unicode map, so the page shows the words and its text is noise ("UYVacdVghiVNkl…"); only the page image can
    be read. A page with letters enough is judged on its own; when the document as a whole is noise, so is each
    page of it with any letter (a signature page, a last table row)."""
    whole = _noise(" ".join(pages), _LAYER_LETTERS)
    return [i for i, text in enumerate(pages) if _noise(text, 1 if whole else _LAYER_LETTERS)]


def _noise(text: str, letters_enough: int) -> bool:
    return sum(c.isalpha() for c in text) >= letters_enough and syllable_share(text) < SYLLABLE_LAYER_SHARE


def needs_ocr(text: str, image_cover: float) -> bool:
    """Whether a page is a scanned image whose text layer is missing, too thin to be its content, or no
    Vietnamese reading of it (a portal's scan carrying an OCR layer that lost the marks)."""
    if image_cover < SCAN_IMAGE_COVER:
        return False
    if sum(not c.isspace() for c in text) < SCAN_MAX_TEXT_CHARS:
        return True
    return sum(c.isalpha() for c in text) >= _LAYER_LETTERS and marked_share(text) < VIETNAMESE_MARKED_SHARE


def _settings(colour: bool = False) -> str:
    """What decides the text; a cache made with other settings is not used. ``colour``: a colour picture, whose
    seal is taken out before OCR (a reading of it made in grey alone is not used)."""
    return f"tesseract {LANGUAGE} psm{PSM} {DPI}dpi gray tables{TABLES_VERSION}" + (" colour" if colour else "")


def cache_file(scan: Path) -> Path:
    """The cache beside a scanned PDF or image; hidden, so it is never listed as a plan."""
    return scan.with_name(f".{scan.name}.ocr.json")


def cache_places(source: Path, digest: str, ocr_cache: Path | None) -> list[Path]:
    """Where a file's OCR text is cached: beside it, else under the storage's ``ocr_cache`` by its sha256."""
    return [cache_file(source)] + ([ocr_cache / f"{digest}.json"] if ocr_cache else [])


def load_cache(candidates: list[Path], digest: str, settings: str | None = None) -> dict[int, str]:
    """The pages cached for a file of this sha256 read with these settings (default: a scan's), or none."""
    for path in candidates:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("sha256") == digest \
                and data.get("settings") == (settings or _settings()):
            return {int(page): str(text) for page, text in data.get("pages", {}).items()}
    return {}


def save_cache(candidates: list[Path], digest: str, pages: dict[int, str], settings: str | None = None) -> None:
    """Write the cache to the first place that takes it (atomically: two ingests may race)."""
    body = json.dumps({"sha256": digest, "settings": settings or _settings(),
                       "pages": {str(p): pages[p] for p in sorted(pages)}}, ensure_ascii=False)
    for path in candidates:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".ocr-", delete=False) as f:
                f.write(body)
            os.chmod(f.name, 0o644)  # readable like the PDF beside it
            os.replace(f.name, path)
            return
        except OSError as exc:
            log.info("cannot write the OCR cache %s (%s)", path, exc)
    log.warning("OCR text not cached anywhere: the next ingest will OCR again")


SCANNED = "là bản quét (trang không có lớp chữ)"
DRAWN = "là ảnh đồ họa (infographic)"


def check_tools(name: str, kind: str = SCANNED) -> None:
    """A clear Vietnamese error naming the file when a tool its OCR needs is missing; ``kind`` says why it needs
    OCR (a scan, a drawn image)."""
    scan = f"{name}: {kind} nên phải đọc bằng OCR"
    if not shutil.which("tesseract"):
        raise DocumentError(f"{scan}, nhưng máy chưa cài Tesseract; {INSTALL_HINT} rồi nạp lại.")
    if not shutil.which("pdftoppm"):
        raise DocumentError(f"{scan}, nhưng máy chưa có pdftoppm; hãy cài poppler-utils rồi nạp lại.")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if LANGUAGE not in langs:
        raise DocumentError(f"{scan}, nhưng Tesseract chưa có dữ liệu tiếng Việt; {INSTALL_HINT} rồi nạp lại.")
    if "osd" not in langs:
        log.warning("%s: Tesseract thiếu dữ liệu hướng trang (osd); trang quét bị xoay sẽ được đọc như trang đứng "
                    "(hãy cài tesseract-ocr-osd)", name)


def _ocr_page(pdf: Path, page: int, name: str) -> str:
    """Render one page (0-based) and read it; a failure names the file and the page.

    A page with ruled tables is straightened, its rules erased and read once
    with word boxes, the words of each cell joined into pipe rows
    (`index.ocr_tables`); any other page is read as plain text.
    """
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="gdnn-ocr-") as tmp:
        image = Path(tmp) / "page"
        try:
            subprocess.run(
                ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", str(page + 1), "-l", str(page + 1),
                 str(pdf), str(image)],
                check=True, capture_output=True, timeout=PAGE_TIMEOUT_S,
            )
            png = image.with_suffix(".png")
            _without_seal(pdf, page, png)
            _upright(png, env)
            _as_scan(png)
            found = _tables(png)
            if found is None:
                result = _tesseract([str(png)], PSM, env)
                return result.stdout.decode("utf-8", "replace")
            tables, straight, boxes = found
            cells, placed = ocr_tables.montage(straight, boxes)
            listing = _images(Path(tmp), "page", [straight, cells])
            words = ocr_tables.parse_tsv(_tesseract([listing, "tsv"], PSM, env).stdout.decode("utf-8", "replace"))
            texts = ocr_tables.cell_texts(placed, [w for w in words if w.page == 2])
            # psm 3 drops a lone short cell ("1", "%") as noise; those are read again as one block
            again = [
                i for i, (cell, text) in enumerate(zip(placed, texts)) if not text and ocr_tables.inked(cells, cell)
            ]
            if again:  # with the rest of their columns: a block of one line is read worse than a column
                columns = {(placed[i].table, placed[i].first, placed[i].last) for i in again}
                block = [i for i, cell in enumerate(placed) if (cell.table, cell.first, cell.last) in columns]
                retry, replaced = ocr_tables.montage(straight, [boxes[i] for i in block])
                listing = _images(Path(tmp), "retry", [retry])
                more = ocr_tables.parse_tsv(_tesseract([listing, "tsv"], 6, env).stdout.decode("utf-8", "replace"))
                for i, text in zip(block, ocr_tables.cell_texts(replaced, more)):
                    if i in again:
                        texts[i] = text
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = (getattr(exc, "stderr", b"") or b"").decode("utf-8", "replace").strip()[-200:]
            raise DocumentError(f"{name}: không đọc được trang {page + 1} bằng OCR ({detail or exc}).") from exc
    rows = ocr_tables.table_rows(tables, list(zip(placed, texts)))
    return ocr_tables.page_text([w for w in words if w.page == 1], tables, rows)


ORIENTATION_CONFIDENCE = 5.0  # upright pages of the test scans read 6-20; turned ones 12-20
_ROTATE = re.compile(r"^Rotate:\s*(\d+)\s*$", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def _upright(png: Path, env: dict) -> None:
    """A page stored turned by a quarter or a half (a landscape annex, a sheet fed upside down) rewritten
    upright; an upright page, or one with too little text for Tesseract to tell, is left as rendered."""
    from PIL import Image

    turn = page_turn(subprocess.run(["tesseract", str(png), "-", "--psm", "0", "-l", "osd"], capture_output=True,
                                    text=True, timeout=PAGE_TIMEOUT_S, env=env).stdout)
    if turn:
        with Image.open(png) as opened:
            upright = opened.rotate(-turn, expand=True)
        upright.save(png, dpi=(DPI, DPI))


def page_turn(osd: str) -> int:
    """Degrees (clockwise) that turn a page upright, from Tesseract's orientation report ("Rotate: 90",
    "Orientation confidence: 14.68"); 0 when the report is missing or unsure."""
    rotate, confidence = _ROTATE.search(osd), _CONFIDENCE.search(osd)
    if not rotate or not confidence or float(confidence.group(1)) < ORIENTATION_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def _tesseract(args: list[str], psm: int, env: dict) -> subprocess.CompletedProcess:
    first, *formats = args
    return subprocess.run(["tesseract", first, "-", "-l", LANGUAGE, "--psm", str(psm), *formats],
                          check=True, capture_output=True, timeout=PAGE_TIMEOUT_S, env=env)


def _images(folder: Path, stem: str, images: list) -> str:
    """Images saved as PNGs and a list file naming them: one Tesseract run reads them all."""
    from PIL import Image

    names = []
    for i, image in enumerate(images):
        names.append(str(folder / f"{stem}-{i}.png"))
        Image.fromarray(image).save(names[-1], dpi=(DPI, DPI))
    listing = folder / f"{stem}.txt"
    listing.write_text("\n".join(names) + "\n", encoding="utf-8")
    return str(listing)


SEAL_DPI = 50  # a page is looked at this coarsely for a seal's red ink
SEAL_SHARE = 0.0005  # share of a page's pixels in red ink that makes a seal


def _without_seal(pdf: Path, page: int, png: Path) -> None:
    """A page with a red seal (a signed plan: the ring and its letters over the signer's title and name) rewritten
    in grey without the seal's ink: every red pixel paper-white, the black text under it kept where it crosses.
    Read in grey alone, the red is as dark as the text and Tesseract loses the lines it covers. A page without
    red ink is left as rendered."""
    import numpy as np
    from PIL import Image

    def rendered(dpi: int, folder: str) -> np.ndarray:
        stem = Path(folder) / "colour"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page + 1), "-l", str(page + 1),
                        str(pdf), str(stem)], check=True, capture_output=True, timeout=PAGE_TIMEOUT_S)
        with Image.open(stem.with_suffix(".png")) as opened:
            return np.asarray(opened.convert("RGB")).astype(np.int16)

    with tempfile.TemporaryDirectory(prefix="gdnn-seal-") as tmp:
        if _red_ink(rendered(SEAL_DPI, tmp)).mean() < SEAL_SHARE:
            return
        colour = rendered(DPI, tmp)
    grey = colour @ np.array([0.299, 0.587, 0.114])
    grey[_red_ink(colour)] = 255
    Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8)).save(png, dpi=(DPI, DPI))



def _red_ink(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red ink: red well above green and blue (a seal, a red signature), not grey text or paper."""
    import numpy as np

    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return (red > 100) & (red - np.maximum(green, blue) > 40)


def _as_scan(png: Path) -> None:
    """A photographed page (uneven light, the desk around it, turned) rewritten evened out and straight; a page
    that reads like a scan is left as rendered (`index.photo_pages`)."""
    import numpy as np
    from PIL import Image

    with Image.open(png) as opened:
        gray = np.asarray(opened.convert("L"))
    scan = photo_pages.as_scan(gray)
    if scan is not None:
        Image.fromarray(scan).save(png, dpi=(DPI, DPI))


def _tables(png: Path) -> tuple[list, np.ndarray, list] | None:
    """The ruled tables of a rendered page, the page straightened with its rules erased, and the tables' cells;
    None when the page has no ruled table."""
    import numpy as np
    from PIL import Image

    with Image.open(png) as opened:
        page = opened.convert("L")
    gray = np.asarray(page)
    if not ocr_tables.has_rules(gray):
        coarse = ocr_tables.skew(gray)  # a page turned a degree: its rules break up until it is straight
        if abs(coarse) < ocr_tables.STRAIGHT:
            return None
        page = page.rotate(coarse, resample=Image.Resampling.BICUBIC, fillcolor=255)
        gray = np.asarray(page)
        if not ocr_tables.has_rules(gray):
            return None
    angle = ocr_tables.skew(gray)
    if abs(angle) >= ocr_tables.SKEW_STEP / 2:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        gray = np.asarray(page)
    tables = ocr_tables.find_tables(gray)
    if not tables:
        return None
    return tables, ocr_tables.erase_rules(gray, tables), ocr_tables.cells(tables)


def _terminal_bar(name: str, total: int) -> PageProgress:
    """The default progress: a tqdm bar on a terminal (silent otherwise), so the CLI shows OCR pages."""
    from tqdm import tqdm

    bar = tqdm(total=total, desc=f"OCR {Path(name).name}", unit="page", file=sys.stderr, disable=None)

    def update(done: int, _total: int) -> None:
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def read_pages(
    pdf: Path, pages: list[int], name: str, *, progress: PageProgress | None = None, ocr_cache: Path | None = None,
    source: Path | None = None, colour: bool = False,
) -> dict[int, str]:
    """The text of the given pages (0-based) of a PDF, from the cache or by OCR.

    ``source`` is the file the user gave when the PDF was made from it (a
    scanner's TIFF, a photographed page): the cache sits beside it and is
    keyed by its bytes (and ``colour``: whether that file is a colour picture).
    Raises `DocumentError` (Vietnamese, naming ``name``) when Tesseract or
    poppler is missing or a page cannot be read.
    """
    source = source or pdf
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    places = cache_places(source, digest, ocr_cache)
    settings = _settings(colour)
    texts = load_cache(places, digest, settings)
    missing = [p for p in pages if p not in texts]
    if not missing:
        return {p: repaired(texts[p]) for p in pages}
    check_tools(name)
    progress = progress or _terminal_bar(name, len(missing))
    started = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=min(JOBS, len(missing)))
    try:
        futures = {pool.submit(_ocr_page, pdf, page, name): page for page in missing}
        for done, future in enumerate(as_completed(futures), 1):
            page = futures[future]
            texts[page] = future.result()
            log.info("OCR %s page %d: %d characters (%d/%d, %.1f s so far)", name, page + 1,
                     len(texts[page]), done, len(missing), time.perf_counter() - started)
            progress(done, len(missing))
    finally:
        pool.shutdown(cancel_futures=True)  # after a failed page, the queued ones are not started
        save_cache(places, digest, texts, settings)  # pages read before a failure are not read again
    return {p: repaired(texts[p]) for p in pages}


# Where Tesseract ends a block in the middle of a sentence, a name split over it ("… Công ty TNHH May xuất khẩu Khải"
# | "Lãm, Hợp tác xã …"): a full line ending on a letter, the next block opening on a word in lower case or a name's
# (not an item's letter "a)", a bullet, a number, a line in capitals, a label ending on its colon).
BLOCK_LINE_CHARS = 80
_GOES_ON = re.compile(r"^(?![^\W\d_]{1,2}\)\s)[^\W\d_]*[a-zà-ỹđ][^\W\d_]*,?\s")


def _joined_blocks(text: str) -> str:
    """The page's blocks with a sentence Tesseract split between two of them joined again (``_GOES_ON``)."""
    blocks = text.split("\n\n")
    joined = blocks[:1]
    for block in blocks[1:]:
        last = joined[-1].rstrip("\n").rsplit("\n", 1)[-1]
        label = block.split("\n", 1)[0].rstrip().endswith(":")  # "Nơi nhận:", "Ghi chú:" head their own block
        if len(last) >= BLOCK_LINE_CHARS and last[-1:].isalpha() and _GOES_ON.match(block) and not label:
            joined[-1] = joined[-1].rstrip("\n") + "\n" + block
        else:
            joined.append(block)
    return "\n\n".join(joined)


# A vowel Tesseract read twice over, a mark on one at least ("Đông Lẫãm" for "Đông Lãm"): no Vietnamese syllable
# holds two like vowels side by side (bare ones are loanwords and names: "xoong", "Facebook").
# (not "ưu", "Hữu", "cứu": ư and u are two vowels)
_DOUBLED_VOWEL = re.compile(r"[aăâáàảãạắằẳẵặấầẩẫậ]{2}|[eêéèẻẽẹếềểễệ]{2}|[oôơóòỏõọốồổỗộớờởỡợ]{2}|[iíìỉĩị]{2}"
                            r"|[yýỳỷỹỵ]{2}", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _single_vowels(text: str) -> str:
    """Each word with a vowel read twice over written with one of the two: the one whose word the page writes more
    often ("Lãm" over "Lẫm" where the commune is "Tường Lãm"), else the second, the mark read last. A page with no
    such pair is left as it is, uncounted."""
    if not any(not m.group(0).isascii() for m in _DOUBLED_VOWEL.finditer(text)):
        return text
    counts = Counter(word.lower() for word in _WORD.findall(text))

    def single(m: re.Match[str]) -> str:
        word = m.group(0)
        pair = _DOUBLED_VOWEL.search(word)
        if pair is None or pair.group(0).isascii():
            return word  # "xoong", "Facebook", "Green": two bare vowels are written so
        start = pair.start()
        keep_last, keep_first = word[:start] + word[start + 1:], word[:start + 1] + word[start + 2:]
        return keep_first if counts[keep_first.lower()] > counts[keep_last.lower()] else keep_last

    return _WORD.sub(single, text)


def repaired(text: str) -> str:
    """Tesseract's text less the misreads no plan can mean: "Quý 11/2020" is "Quý II/2020", "31/3I2026" is
    "31/3/2026", "chỉ phí" is
    "chi phí", "Cao đằng" is "Cao đẳng", a range's dash spaced on one side only ("14- 15/3/2028") is spaced on both
    as it was typed, a fraction slash between digits ("1⁄2", a heading "1.2" or a date "1/2")
    is the character typed, a table's "TT" column is read again as the regular numbering nearest to what was read.

    The cache keeps what Tesseract read, so a better repair needs no new OCR.
    """
    text = MISREAD_QUARTER.sub(lambda m: f"{m[1]} {quarter_numeral(m[2])}", text)
    text = MISREAD_DATE_SLASH.sub(r"\g<d>/\g<m>/\g<y>", text)  # "31/3I2026": "31/3/2026"
    text = MISREAD_QUARTER_SLASH.sub(r"\g<q>/\g<y>", text)  # "Quý III2026": "Quý II/2026"
    text = MISREAD_NUMBER_SLASH.sub(r"\1/\2", text)  # "38IKH-UBND": "38/KH-UBND"
    text = MISREAD_CHI.sub(r"\1hi\2", text)  # "chỉ phí", "chỉ nhánh": "chi phí", "chi nhánh"
    text = MISREAD_CAO_DANG.sub(r"\1\2ẳng", text)  # "Cao đằng": "Cao đẳng"
    text = MISREAD_C.sub("c", text)  # "€) Trưởng các thôn …", "(b/€)": "c) …", "(b/c)"
    text = _joined_blocks(text)  # a sentence Tesseract split between two blocks
    text = _single_vowels(text)  # "Đông Lẫãm": "Đông Lãm"
    text = re.sub(r"(?m)^(\s*\d{1,2})\u2044(\d{1,2})", r"\1.\2", text)  # a heading number at the start of a line
    text = re.sub(r"(?<=\d)\u2044(?=\d)", "/", text)
    text = re.sub(r"(?<=\d)(?: -|- )(?=\d)", " - ", text)  # a range's dash lost a space: "14- 15/3/2028"
    return ocr_tables.with_ordinals_reread(text)  # "I" read "1", "II" read "H" in a table's "TT" column
