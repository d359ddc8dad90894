"""Scanned PDFs: real Tesseract reads drawn plan pages; the text is cached beside the file, the chunks are marked
OCR'd, and the UI says so.

The two-page scan is drawn and OCR'd once for the module (a few seconds a
page); every other test reads it from the cache, which is the point of the
cache. A test that must not OCR replaces `_ocr_page` with a function that
fails, or takes Tesseract off the PATH.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import time
from types import SimpleNamespace

import pytest

from index import ocr, ocr_tables
from index.documents import DocumentError, list_plan_files, read_plan
from index.normalize import fold_accents, normalize_text
from index.structure import parse_structure
from index.tables import iter_tables
from tests.fixtures_docs import (
    SCANNED_PLAN,
    char_accuracy,
    make_outlined_pdf,
    make_page_photos_archive,
    make_scrolling_screenshot,
    plan_text,
    render_scan,
    with_hidden_layer,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """The scanned plan (two noisy A4 pages), read once by OCR."""
    pdf = tmp_path_factory.mktemp("scans") / "dong-son-2025.pdf"
    truth = render_scan(pdf, SCANNED_PLAN)
    assert len(truth) == 2
    started = time.perf_counter()
    plan = read_plan(pdf)
    return SimpleNamespace(pdf=pdf, truth="\n".join(sum(truth, [])), plan=plan, seconds=time.perf_counter() - started)


def test_pages_a_feeder_stored_turned_are_read_upright(tmp_path):
    """The first page fed upside down, the second stored a quarter turn (its text bottom to top): both are
    turned upright before they are read."""
    pdf = tmp_path / "turned.pdf"
    truth = render_scan(pdf, SCANNED_PLAN, turned={0: 180, 1: 90})
    plan = read_plan(pdf)
    assert plan.ocr_pages == 2
    assert char_accuracy(plan.text, "\n".join(sum(truth, []))) >= 0.95
    assert "Số: 52/KH-UBND" in plan.text


@pytest.mark.parametrize(("report", "turn"), [
    ("Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 14.68\n", 90),
    ("Orientation in degrees: 180\nRotate: 180\nOrientation confidence: 12.84\n", 180),
    ("Orientation in degrees: 0\nRotate: 0\nOrientation confidence: 19.51\n", 0),
    ("Orientation in degrees: 90\nRotate: 270\nOrientation confidence: 1.2\n", 0),  # unsure: left as it is
    ("", 0),  # too few characters (a blank back of a sheet): no report
])
def test_a_page_is_turned_only_as_far_as_tesseract_is_sure(report, turn):
    assert ocr.page_turn(report) == turn


@pytest.fixture
def no_ocr(monkeypatch):
    """Any attempt to OCR a page fails the test."""

    def refuse(pdf, page, name):
        raise AssertionError(f"{name} page {page + 1} was OCR'd again")

    monkeypatch.setattr(ocr, "_ocr_page", refuse)


def test_scan_is_read_with_its_sentences_and_figures(scan):
    text = " ".join(scan.plan.text.split())
    assert scan.plan.ocr_pages == 2
    assert char_accuracy(scan.plan.text, scan.truth) >= 0.95
    for figure in ["39.600", "12.500", "7,2%", "65,5%", "17,8 tỷ đồng", "2.800", "Số: 52/KH-UBND"]:
        assert figure in text
    assert "Sở Tài chính chủ trì, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15 tháng 5 năm 2025" in text
    assert scan.seconds / 2 <= 15  # the speed target: 15 s a page on two cores


def test_second_read_comes_from_the_cache_without_tesseract(scan, tmp_path, monkeypatch):
    cache = ocr.cache_file(scan.pdf)
    assert cache.name == ".dong-son-2025.pdf.ocr.json"
    saved = json.loads(cache.read_text(encoding="utf-8"))
    assert saved["sha256"] == hashlib.sha256(scan.pdf.read_bytes()).hexdigest() and sorted(saved["pages"]) == ["0", "1"]
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract, no pdftoppm
    started = time.perf_counter()
    again = read_plan(scan.pdf)
    assert time.perf_counter() - started < 5
    assert again.text == scan.plan.text and again.ocr_pages == 2
    assert list_plan_files([scan.pdf.parent]) == ([scan.pdf], [])  # the cache is not a plan


def test_a_zip_of_page_photos_reads_as_one_document_in_page_order_before_its_annex(tmp_path):
    """A chat group's .zip: the pages' phone photos stored last page first, none of which says alone what it is
    (only the first has the plan's title), and the annex sent as Word: the pages by OCR in their names' order, as
    one plan, then the annex; no page left out."""
    archive = tmp_path / "ke-hoach-anh-zalo.zip"
    truth = make_page_photos_archive(archive, SCANNED_PLAN, "PHỤ LỤC\n\nDanh mục dự án chuyển đổi số năm 2025")
    plan = read_plan(archive)
    assert len(truth) == 2 and plan.ocr_pages == 2 and plan.notes == ()
    text = normalize_text(plan.text)
    first, last = truth[0][0], truth[1][-1]  # the first line printed on page 1, the last on page 2
    assert char_accuracy(text[:len(first)], first) > 0.8
    assert "KẾ HOẠCH" in text and "Số: 52/KH-UBND" in text
    annex = text.index("Danh mục dự án chuyển đổi số năm 2025")
    assert text.index("39.600") < text.index("Sở Tài chính chủ trì") < annex
    assert fold_accents(last)[:20] in fold_accents(text[:annex])


def test_a_phones_scrolling_screenshot_is_read_page_by_page_with_no_line_lost(tmp_path):
    """One WebP many times taller than wide (a plan read on a portal, screenshotted while scrolling): cut into pages
    on the gaps between lines and read by OCR as one plan, every line there in order."""
    shot = tmp_path / "Screenshot_20270121_084512_Chrome.webp"
    lines = make_scrolling_screenshot(shot, SCANNED_PLAN)
    plan = read_plan(shot)
    assert plan.ocr_pages >= 3 and plan.notes == ()
    text = normalize_text(plan.text)
    assert "Số: 52/KH-UBND" in text and text.index("39.600") < text.index("Sở Tài chính chủ trì")
    assert char_accuracy(fold_accents(text), fold_accents("\n".join(lines))) > 0.9
    assert fold_accents(lines[-1])[:20] in fold_accents(text)


def test_a_tall_screenshot_is_cut_on_blank_rows_into_pages_no_taller_than_a4():
    from PIL import Image, ImageDraw

    from index.screenshots import PAGE, screen_pages

    strip = Image.new("L", (500, 4000), 255)
    draw = ImageDraw.Draw(strip)
    for top in range(20, 3980, 50):  # a line of ink 30 rows tall every 50 rows
        draw.rectangle((20, top, 480, top + 30), fill=0)
    pages = screen_pages(strip)
    assert len(pages) >= 6 and sum(p.height for p in pages) == 4000
    assert all(p.height <= PAGE * 500 for p in pages)
    assert all(min(p.getpixel((x, 0)) for x in range(500)) == 255 for p in pages[1:])  # each cut on a blank row
    page = Image.new("L", (1654, 2339), 255)
    assert screen_pages(page) == [page]  # an A4 page is left whole


def test_a_scanners_tiff_and_a_page_image_are_read_like_the_scanned_pdf(scan, tmp_path, monkeypatch):
    from PIL import Image

    tiff = tmp_path / "dong-son-2025.tif"
    truth = render_scan(tiff, SCANNED_PLAN)  # the same two page images, one frame each
    plan = read_plan(tiff)
    assert plan.ocr_pages == 2 and plan.text == scan.plan.text
    assert ocr.cache_file(tiff).exists()
    with Image.open(tiff) as frames:
        frames.save(tmp_path / "trang-1.png")  # the first frame: a photographed or scanned single page
    page = read_plan(tmp_path / "trang-1.png")
    last = truth[1][-1]  # the last line of page 2
    assert page.ocr_pages == 1 and "Số: 52/KH-UBND" in page.text and last in plan.text and last not in page.text
    monkeypatch.setattr(ocr, "_ocr_page", lambda *a: pytest.fail("read again"))
    assert read_plan(tiff).text == plan.text  # from the cache beside the image


def test_without_tesseract_a_scan_is_an_error_naming_the_file(scan, tmp_path, monkeypatch):
    changed = tmp_path / "ban-quet.pdf"
    changed.write_bytes(scan.pdf.read_bytes() + b"\n%changed\n")  # another file: the cache does not apply
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DocumentError) as caught:
        read_plan(changed)
    message = str(caught.value)
    assert message.startswith(str(changed)) and "tesseract-ocr" in message and "tesseract-ocr-vie" in message


def test_read_only_folder_caches_under_the_storage(tmp_path, monkeypatch):
    pdf = tmp_path / "plans" / "ngan.pdf"
    pdf.parent.mkdir()
    render_scan(pdf, "Số: 12/KH-UBND\nKẾ HOẠCH\nTuyển sinh đào tạo nghề cho 1.250 người.", noisy=False)
    ocr.cache_file(pdf).mkdir()  # the folder takes no cache file (chmod would not stop root)
    storage = tmp_path / "storage" / "ocr"
    first = read_plan(pdf, ocr_cache=storage)
    assert "1.250" in first.text
    assert (storage / f"{hashlib.sha256(pdf.read_bytes()).hexdigest()}.json").is_file()
    monkeypatch.setenv("PATH", str(tmp_path))
    assert read_plan(pdf, ocr_cache=storage).text == first.text


def test_ingest_marks_ocr_chunks_and_the_ui_says_so(scan, settings_factory, tmp_path, no_ocr):
    from assistant.service import Assistant
    from assistant.ui import OCR_NOTE, _App, format_citation
    from assistant.uploads import NO_RESPONSIBILITIES

    corpus = tmp_path / "plans"
    corpus.mkdir()
    for path in (scan.pdf, ocr.cache_file(scan.pdf)):
        shutil.copyfile(path, corpus / path.name)
    (corpus / "bac-ninh-2024.txt").write_text(plan_text("Bắc Ninh", "12", "4.321", "80%"), encoding="utf-8")
    (corpus / "chi-tieu.txt").write_text(
        "KẾ HOẠCH\n\nChỉ tiêu đào tạo nghề tỉnh Lạng Sơn năm 2025\n\nI. MỤC TIÊU\n\n"
        "1. Tuyển sinh đào tạo nghề cho 5.000 người.\n", encoding="utf-8")
    service = Assistant(settings_factory(corpus_dir=corpus))
    report = service.ingest()
    assert report.plans == 3 and not report.errors
    flags = {(c.metadata["doc"], c.metadata["ocr"]) for c in service.index().chunks.values()}
    assert flags == {("dong-son-2025.pdf", True), ("bac-ninh-2024.txt", False), ("chi-tieu.txt", False)}

    answer = service.ask("Năm 2025 tỉnh Đông Sơn tuyển sinh, đào tạo giáo dục nghề nghiệp bao nhiêu người?")
    assert "39.600" in answer.text
    cited = answer.citations[0]
    assert cited.doc == "dong-son-2025.pdf" and OCR_NOTE in format_citation(cited)

    table = _App(service, service.settings).documents_table()
    rows = {row[-1]: dict(zip(table["headers"], row)) for row in table["data"]}
    assert rows["dong-son-2025.pdf"]["OCR"] == "OCR" and rows["bac-ninh-2024.txt"]["OCR"] == ""
    assert int(rows["dong-son-2025.pdf"]["Phân công"]) >= 3
    assert rows["chi-tieu.txt"]["Phân công"] == NO_RESPONSIBILITIES

    started = time.perf_counter()
    again = service.ingest()
    assert time.perf_counter() - started <= 10
    assert again.new == 0 and again.unchanged == report.chunks and not again.errors


# ================================================================== ruled tables

TABLE_PAGE = """1. Biểu chỉ tiêu và nhiệm vụ năm 2025
| TT | Nội dung | Cơ quan chủ trì | Năm 2025 | Thời gian |
| 1 | Tuyển sinh giáo dục nghề nghiệp | Sở Giáo dục và Đào tạo | 39 600 | Quý II/2025 |
| 2 | Đào tạo nghề cho lao động nông thôn | Sở Nông nghiệp và Môi trường | 12 500 | Quý III/2025 |
| 3 | Tỷ lệ lao động qua đào tạo | Ủy ban nhân dân các huyện | 65,5% | Trước 15/12/2025 |
2. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch.
"""


def _source_rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip("|").split("|")] for line in text.splitlines() if line.startswith("|")]


def _pipe_rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split(" | ")] for line in text.splitlines()
            if line.startswith("| ")]


def _page_image(pdf, tmp_path):
    import numpy as np
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", str(ocr.DPI), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    with Image.open(tmp_path / "page.png") as image:
        return np.asarray(image.convert("L"))


@pytest.mark.parametrize("skew", [None, 1.0])
def test_a_ruled_table_comes_back_as_pipe_rows_in_place(tmp_path, skew):
    """A page scanned a little askew (noisy: under 0.4°) or turned a whole degree, its rules then broken into
    short runs, as a signed letter's annex is scanned."""
    pdf = tmp_path / "bang.pdf"
    render_scan(pdf, TABLE_PAGE, skew=skew)  # noisy: skewed, soft, speckled
    text = read_plan(pdf).text
    lines = [line for line in text.splitlines() if line.strip()]
    rows = _pipe_rows(text)
    source = _source_rows(TABLE_PAGE)
    assert len(rows) == len(source), text
    for row, truth in zip(rows, source):
        assert len(row) == len(truth), row
        for cell, expected in zip(row, truth):
            assert char_accuracy(cell, expected) >= 0.95, (cell, expected)
    for figure in ["39 600", "12 500", "65,5%", "Quý II/2025", "Trước 15/12/2025", "Sở Giáo dục và Đào tạo"]:
        assert any(figure in cell for row in rows for cell in row), figure
    # in place: the heading above, the rows together, the sentence below
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    assert "Biểu chỉ tiêu" in lines[first - 1] and all(line.startswith("|") for line in lines[first: first + 4])
    assert "Sở Tài chính chủ trì" in lines[first + 4]


MATRIX_PAGE = """Phụ lục II. MA TRẬN PHÂN CÔNG
| TT | Nhiệm vụ | Sở Nội vụ | Sở Giáo dục và Đào tạo | Tỉnh đoàn | Thời hạn |
| 1 | Tổ chức Ngày hội việc làm thanh niên | P | | C | Quý II hằng năm |
| 2 | Khảo sát nhu cầu học nghề của lao động | C | P | | Trước 30/6/2026 |
C: chủ trì; P: phối hợp
"""


def test_a_scanned_responsibility_matrix_keeps_its_one_letter_marks(tmp_path):
    """A matrix cell holds one letter: the OCR must keep it in its column, or no body gets its role."""
    pdf = tmp_path / "ma-tran.pdf"
    render_scan(pdf, MATRIX_PAGE)
    tables = [table for _, table in iter_tables(parse_structure(normalize_text(read_plan(pdf).text)))]
    assert len(tables) == 1 and tables[0].role_columns == {2: "Sở Nội vụ", 3: "Sở Giáo dục và Đào tạo", 4: "Tỉnh đoàn"}
    assert [tables[0].roles_in(r, "chủ trì") for r in tables[0].rows] == [["Tỉnh đoàn"], ["Sở Nội vụ"]]


def test_a_page_without_rules_is_read_as_plain_text(scan, tmp_path):
    assert "|" not in scan.plan.text  # the two-page plan has no table: no pipe rows, lines as before
    assert not ocr_tables.has_rules(_page_image(scan.pdf, tmp_path))


@pytest.mark.parametrize("skew", [-1.2, 0.0, 0.9])
def test_the_grid_is_found_through_skew_broken_rules_and_specks(tmp_path, skew):
    """No OCR: the grid alone, on a page turned by up to 1.2° with its rules broken in places."""
    import numpy as np
    from PIL import Image

    pdf = tmp_path / "lech.pdf"
    render_scan(pdf, TABLE_PAGE, skew=skew)
    gray = _page_image(pdf, tmp_path).copy()
    gray[:, 760:766] = 255  # a white stripe down the page: every horizontal rule broken
    gray[900:906, :] = 255  # and every vertical rule
    assert abs(ocr_tables.skew(gray) + skew) <= 0.1  # turned anticlockwise: rules rise to the right
    straight = np.asarray(Image.fromarray(gray).rotate(ocr_tables.skew(gray), resample=Image.Resampling.BICUBIC,
                                                       fillcolor=255))
    tables = ocr_tables.find_tables(straight)
    assert len(tables) == 1
    assert len(tables[0].rows) == 5 and len(tables[0].cols) == 6  # header + 3 rows, 5 columns
    assert all(all(drawn) for drawn in tables[0].drawn)


def test_a_merged_header_cell_spans_its_columns_and_the_cells_beside_it_span_both_header_rows():
    """No OCR: "Mục tiêu" over two year columns (a rule under those two only, a boundary in the lower half): the
    partial rule is a row for the year columns; the header cells beside them run down across it, one cell each."""
    import numpy as np
    from PIL import Image, ImageDraw

    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    cols, rows = [180, 300, 800, 1000, 1200, 1400, 1470], [400, 520, 600, 680, 760]
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=2)
    draw.line([(1000, 460), (1400, 460)], fill=0, width=2)
    for x in cols:
        draw.line([(x, 460 if x == 1200 else 400), (x, 760)], fill=0, width=2)
    gray = np.asarray(page.rotate(0.3, fillcolor=255, resample=Image.Resampling.BICUBIC))
    angle = ocr_tables.skew(gray)
    assert abs(angle + 0.3) <= 0.06
    straight = np.asarray(Image.fromarray(gray).rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC))
    (table,) = ocr_tables.find_tables(straight)
    assert [round(y) for y in table.rows] == [400, 460, 520, 600, 680, 760] and [round(x) for x in table.cols] == cols
    assert table.drawn[0] == [True, True, True, False, True] and all(all(d) for d in table.drawn[1:])
    assert table.open_above[1] == [True, True, True, False, False, True]
    header = [cell for cell, _ in ocr_tables.cells([table]) if cell.band <= 1]
    assert [(c.band, c.last_band, c.first, c.last) for c in header] == [
        (0, 1, 0, 0), (0, 1, 1, 1), (0, 1, 2, 2), (0, -1, 3, 4), (0, 1, 5, 5), (1, -1, 3, 3), (1, -1, 4, 4)]
    read = [(header[1], "Chỉ tiêu"), (header[3], "Mục tiêu"), (header[5], "2025"), (header[6], "2030")]
    assert ocr_tables.table_rows([table], read)[0][:2] == [
        "|  | Chỉ tiêu |  | Mục tiêu | Mục tiêu |  |", "|  | Chỉ tiêu |  | 2025 | 2030 |  |"]


def test_a_name_merged_down_beside_several_rows_is_each_rows():
    """No OCR: a school's name in one cell beside its three trades (the rules under the trades stop at its
    column): each trade's row carries the school's name."""
    import numpy as np
    from PIL import Image, ImageDraw

    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    cols, rows = [234, 474, 714, 954, 1434], [300, 370, 420, 470, 520, 570]
    for y in rows:
        draw.line([(cols[0] if y in (300, 370, 520, 570) else cols[1], y), (cols[-1], y)], fill=0, width=2)
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=2)
    (table,) = ocr_tables.find_tables(np.asarray(page))
    assert [round(y) for y in table.rows] == rows
    school = [cell for cell, _ in ocr_tables.cells([table]) if cell.first == 0 and cell.band == 1]
    assert [(c.band, c.last_band) for c in school] == [(1, 3)]
    trades = [(cell, name) for cell, name in zip(
        [c for c, _ in ocr_tables.cells([table]) if c.first == 1 and 1 <= c.band <= 3], ["Hàn", "Điện", "Ô tô"])]
    out = ocr_tables.table_rows([table], [(school[0], "Trường Cao đẳng Lạc Vân"), *trades])[0]  # empty rows go
    assert out == ["| Trường Cao đẳng Lạc Vân | Hàn |  |  |", "| Trường Cao đẳng Lạc Vân | Điện |  |  |",
                        "| Trường Cao đẳng Lạc Vân | Ô tô |  |  |"]


def test_strokes_of_figures_stacked_down_a_column_are_no_column_boundary():
    """No OCR: short rows whose last cells hold left-aligned figures ("540", "450", "990"): their first strokes,
    one under another, darken most of each short band at one x, yet no band is ruled there whole."""
    import numpy as np
    from PIL import Image, ImageDraw

    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    cols, rows = [234, 634, 1034, 1234, 1434], [338, 375, 412, 449, 486, 523]
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=2)
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=2)
    # each figure's first stroke at x 1262, as high as its digit draws it: a "1" or a "4" most of the row, a "5" or
    # a "9" part of it (as a 200-dpi render of "540", "450", "990", "360", "1.350" measured: 0.77, 0.63, 0.44 …)
    for top, stem in zip(rows, (24, 13, 19, 11, 17)):  # one figure a row
        draw.line([(1262, top + 5), (1262, top + 5 + stem)], fill=0, width=3)
        draw.line([(1293, top + 8), (1293, top + 20)], fill=0, width=3)  # the next digit's
    (table,) = ocr_tables.find_tables(np.asarray(page))
    assert [round(x) for x in table.cols] == cols
    assert all(all(drawn) for drawn in table.drawn)


def test_a_table_under_the_edge_of_a_photographed_sheet_is_found():
    """No OCR: a photo's sheet edge is a long dark line above everything; the table's shorter rules far below
    it are rows of a table, not a merged header's partial rules under the edge."""
    import numpy as np
    from PIL import Image, ImageDraw

    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([(0, 0), (1654, 90)], fill=40)  # the desk above the sheet
    cols, rows = [300, 400, 900, 1150, 1400], [1500, 1580, 1640, 1700]
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=2)
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=2)
    (table,) = ocr_tables.find_tables(np.asarray(page))
    assert [round(y) for y in table.rows] == rows and [round(x) for x in table.cols] == cols


def test_misreads_no_plan_can_mean_are_repaired():
    assert ocr.repaired("hoàn thành trong Quý 11/2020.") == "hoàn thành trong Quý II/2020."
    assert ocr.repaired("Quý 1V năm 2024, Quý 111") == "Quý IV năm 2024, Quý III"
    assert ocr.repaired("Quý 1 năm 2025; Phần 11") == "Quý 1 năm 2025; Phần 11"  # a real quarter, a real part
    assert ocr.repaired("trong Quý II1/2026, Quý lV, Quý I1") == "trong Quý III/2026, Quý IV, Quý II"  # one I read as 1
    assert ocr.repaired("hỗ trợ chỉ phí đào tạo; Ngân hàng CSXH chỉ nhánh tỉnh; Chỉ cục Thống kê; thông báo chỉ tiết") \
        == "hỗ trợ chi phí đào tạo; Ngân hàng CSXH chi nhánh tỉnh; Chi cục Thống kê; thông báo chi tiết"
    assert ocr.repaired("chỉ tiêu tuyển sinh; chỉ đạo; chỉ có 3 lớp") == "chỉ tiêu tuyển sinh; chỉ đạo; chỉ có 3 lớp"
    assert ocr.repaired("1\u20442. Tuyển sinh\nngày 1\u20442") == "1.2. Tuyển sinh\nngày 1/2"
    assert ocr.repaired("Trường Cao đằng Công nghiệp; trình độ cao đảng; CAO Đằng") \
        == "Trường Cao đẳng Công nghiệp; trình độ cao đẳng; CAO Đẳng"
    assert ocr.repaired("Ban Chấp hành Trung ương Đảng; cao đẳng") == "Ban Chấp hành Trung ương Đảng; cao đẳng"
    # a slash read as a stroke letter in a date, after a quarter glued to its year, in a document's number
    assert ocr.repaired("trước 31/3I2026; trước 28J2!2026; Quý II|2026, Quý IIII2026; số 38IKH-UBND, 412lQĐ-UBND") \
        == "trước 31/3/2026; trước 28/2/2026; Quý II/2026, Quý III/2026; số 38/KH-UBND, 412/QĐ-UBND"
    assert ocr.repaired("ngày 20/01/2026; 1/2 số xã; năm 2026I2027; Quý IV2026; Quý III2026; Quý II2026") \
        == "ngày 20/01/2026; 1/2 số xã; năm 2026I2027; Quý IV2026; Quý III2026; Quý II2026"  # ambiguous: as read
    # a range's dash read with a space on one side only; a dash with none, or in a word, as read
    assert ocr.repaired("| 14- 15/3/2028 | Tổng 2026 -2030 | 2026-2030 | Lớp 1 - Lớp 2 | KH- UBND") \
        == "| 14 - 15/3/2028 | Tổng 2026 - 2030 | 2026-2030 | Lớp 1 - Lớp 2 | KH- UBND"
    # an item's "c" and a copy note's read as a euro sign; a price in euros stays
    assert ocr.repaired("€) Trưởng các thôn niêm yết;\n- Sở Giáo dục và Đào tạo (b/€);\nphí 20 € /người") \
        == "c) Trưởng các thôn niêm yết;\n- Sở Giáo dục và Đào tạo (b/c);\nphí 20 € /người"


def test_a_vowel_read_twice_over_is_read_once():
    """"Đông Lẫãm": one of the two marked vowels, the one whose word the page writes ("… xã Tường Lãm"), else the
    last read; "ưu", "Hữu" (two vowels), "xoong", "Facebook" (bare) stay."""
    assert ocr.repaired("Ủy ban nhân dân tỉnh Đông Lẫãm; xã Tường Lãm") == "Ủy ban nhân dân tỉnh Đông Lãm; xã Tường Lãm"
    assert ocr.repaired("Trường Đông Lẫãm; ông Lẫm") == "Trường Đông Lẫm; ông Lẫm"
    assert ocr.repaired("giaáo viên") == "giáo viên"
    kept = "ưu tiên Nguyễn Hữu Khang; nồi xoong; trang Facebook"
    assert ocr.repaired(kept) == kept


def test_a_sentence_split_between_two_blocks_is_joined_again():
    """Tesseract ends a block inside a name ("… Công ty TNHH May xuất khẩu Khải" | "Lãm, Hợp tác xã …"): the full line
    ending on a letter goes on in the next block; an item, a label, a short line or an ended sentence does not."""
    line = "b) Phòng Kinh tế phối hợp với Hợp tác xã Nông lâm nghiệp Khe Mơ và Công ty TNHH May xuất khẩu Khải"
    going_on = "Lãm tiếp nhận học viên sau đào tạo."
    assert ocr.repaired(f"{line}\n\n{going_on}") == f"{line}\n{going_on}"
    for block in ("c) Trưởng các thôn niêm yết Thông báo.", "Nơi nhận:", "2. Hồ sơ đăng ký", "PHÓ CHỦ TỊCH"):
        assert ocr.repaired(f"{line}\n\n{block}") == f"{line}\n\n{block}"
    short = "Trưởng thôn niêm yết Thông báo\n\nLãm tiếp nhận."
    assert ocr.repaired(short) == short
    assert ocr.repaired(f"{line}.\n\nLãm tiếp nhận.") == f"{line}.\n\nLãm tiếp nhận."


DEPARTMENT_PAGE = """A. CĂN CỨ
Căn cứ Luật Giáo dục nghề nghiệp năm 2014.
B. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng tuyển sinh.
C. CHỈ TIÊU
Tuyển sinh 12.000 người.
D. NHIỆM VỤ VÀ GIẢI PHÁP
Nhiệm vụ 1: Tuyên truyền tuyển sinh
Đ. TỔ CHỨC THỰC HIỆN
Phòng Giáo dục nghề nghiệp
- Chủ trì theo dõi, tổng hợp kết quả tuyển sinh trong Quý III/2026."""


def test_a_scanned_part_d_with_stroke_is_still_the_part_after_d(tmp_path):
    # Tesseract reads the printed "Đ." as the Icelandic eth; the plan's last part must not be lost with it
    pdf = tmp_path / "so-noi-vu.pdf"
    render_scan(pdf, DEPARTMENT_PAGE)
    root = parse_structure(normalize_text(read_plan(pdf, ocr_cache=tmp_path / "ocr").text))
    parts = [s.title for s in root.children if s.kind == "capital"]
    assert parts[-1] == "Đ. TỔ CHỨC THỰC HIỆN", parts
    assert [c.title for c in root.children[-1].children] == ["Phòng Giáo dục nghề nghiệp"]


def test_a_scan_whose_hidden_layer_lost_the_marks_is_read_by_ocr(tmp_path):
    """A portal's scan carries an OCR layer from an engine without Vietnamese ("Ke hoach dao tao nghe"):
    the page images are read again; a scan whose layer reads Vietnamese keeps its layer."""
    pages = render_scan(tmp_path / "plain.pdf", SCANNED_PLAN)
    stripped = [[fold_accents(line).replace("m", "rn") for line in page] for page in pages]
    garbled = with_hidden_layer(tmp_path / "plain.pdf", tmp_path / "lop-an-hong.pdf", stripped)
    plan = read_plan(garbled)
    assert plan.ocr_pages == 2
    assert "Sở Tài chính chủ trì" in " ".join(plan.text.split())
    assert char_accuracy(plan.text, "\n".join(sum(pages, []))) >= 0.95


def test_a_scan_whose_hidden_layer_reads_vietnamese_keeps_it(tmp_path, no_ocr):
    pages = render_scan(tmp_path / "plain.pdf", SCANNED_PLAN)
    layered = with_hidden_layer(tmp_path / "plain.pdf", tmp_path / "lop-tot.pdf", pages)
    plan = read_plan(layered)
    assert plan.ocr_pages == 0
    assert "Sở Tài chính chủ trì" in " ".join(plan.text.split())


@pytest.mark.parametrize(("text", "reads"), [
    ("Kế hoạch đào tạo nghề cho lao động nông thôn năm 2026 của Ủy ban nhân dân tỉnh", True),
    ("Ke hoach dao tao nghe cho lao dong nong thon nam 2026 cua Uy ban nhan dan tinh", False),
    ("Ke hoach dào tao nghé cho Iao đong nong thon narn 2026", False),  # a few marks, most lost
])
def test_a_text_layer_reads_vietnamese_when_a_quarter_of_its_letters_are_marked(text, reads):
    assert (ocr.marked_share(text) >= ocr.VIETNAMESE_MARKED_SHARE) is reads


def test_a_page_photographed_on_a_desk_is_read_like_a_scan(tmp_path, monkeypatch):
    """Phone photos of a printed plan: turned 2.4°, a grained desk around the sheet, the light falling off by two
    fifths towards a corner, JPEG. Tesseract alone loses nearly everything; evened out and turned straight first,
    the page reads like a scan."""
    from index import photo_pages

    pdf = tmp_path / "anh-chup.pdf"
    truth = "\n".join(sum(render_scan(pdf, SCANNED_PLAN, photographed=2.4, max_pages=1), []))
    assert char_accuracy(read_plan(pdf).text, truth) >= 0.95
    raw = tmp_path / "anh-chup-goc.pdf"
    shutil.copyfile(pdf, raw)  # no cache beside this copy
    monkeypatch.setattr(photo_pages, "as_scan", lambda gray: None)
    assert char_accuracy(read_plan(raw).text, truth) < 0.8  # the grain read as table rules, lines lost


def test_a_photographed_page_is_evened_out_and_turned_straight_and_a_scan_left_alone(tmp_path):
    import numpy as np
    from PIL import Image

    from index import photo_pages

    scan, photo = tmp_path / "scan.pdf", tmp_path / "photo.pdf"
    render_scan(scan, SCANNED_PLAN, noisy=False, max_pages=1)
    render_scan(photo, SCANNED_PLAN, photographed=2.4, max_pages=1)
    straight = _page_image(scan, tmp_path)
    assert photo_pages.as_scan(straight) is None  # read exactly as rendered
    turned = np.asarray(Image.fromarray(straight).rotate(1.0, fillcolor=255))
    assert photo_pages.as_scan(turned) is None  # a scanner's degree: Tesseract copes
    # turned 2° anticlockwise: its lines go up to the right
    assert abs(photo_pages.text_skew(np.asarray(Image.fromarray(straight).rotate(2.0, fillcolor=255))) + 2.0) <= 0.2
    taken = _page_image(photo, tmp_path)
    fixed = photo_pages.as_scan(taken)
    assert fixed is not None and fixed.shape == taken.shape
    assert abs(photo_pages.text_skew(fixed)) <= 0.2  # straight
    corners = [fixed[:50, :50], fixed[-50:, -50:], taken[-50:, -50:]]
    assert corners[0].mean() > 200 and corners[1].mean() > 200 and corners[2].mean() < 120  # the desk gone white


SIGNED_PAGE = """Trong quá trình thực hiện, nếu có khó khăn, các cơ quan phản ánh về Sở Nội vụ.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hữu Khang"""


def test_a_red_seal_over_the_signature_is_read_through(tmp_path):
    """A signed plan scanned in colour: the seal's ring and letters lie over the title and the signer's name. Read
    in grey the red is as dark as the text and every line under it is lost; its red ink is dropped first."""
    from index.metadata import extract_metadata

    pdf = tmp_path / "da-ky.pdf"
    render_scan(pdf, SIGNED_PAGE, seal="Ủy ban nhân dân tỉnh Tân Nguyên")
    text = read_plan(pdf).text
    assert "CHỦ TỊCH" in text and "Nguyễn Hữu Khang" in text, text
    assert extract_metadata("da-ky.pdf", normalize_text(text)).signer == "Nguyễn Hữu Khang"


def test_a_red_seal_over_the_signature_in_a_phones_photo_is_read_through(tmp_path):
    """The same signed page photographed by a phone (colour, lit unevenly, on a desk, a JPEG): its colours are kept
    until the seal's red ink is dropped, so the lines under the seal are read (read in grey, every line from "Nơi
    nhận" on is lost; the blurred edges the star leaves still cost the title and the name a letter or two)."""
    image = tmp_path / "da-ky.png"
    lines = "\n".join(["Các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này."] * 10)
    render_scan(image, f"{lines}\n{SIGNED_PAGE}", seal="Ủy ban nhân dân tỉnh Tân Nguyên", photographed=1.0)
    text = read_plan(image).text
    assert "Nơi nhận" in text and "TM. ỦY BAN" in text and "Nguyễn Hữu" in text, text


# ================================================================== pictures in Word files

PICTURED_ROWS = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Năm 2026"],
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "Người", "12.500"],
    ["2", "Đào tạo nghề cho lao động ven biển", "Người", "3.200"],
    ["3", "Tỷ lệ có việc làm sau đào tạo", "%", "85"],
]


def test_a_table_pasted_into_word_as_a_picture_is_read_by_ocr_in_place(tmp_path, monkeypatch):
    """A screenshot of a spreadsheet at screen resolution, pasted between two paragraphs under a logo: its rows
    come back as pipe rows where the picture stands, the logo gives nothing, and the reading is kept beside the
    file (a second reading needs no OCR)."""
    from tests.fixtures_docs import make_pictured_table_docx

    path = make_pictured_table_docx(tmp_path / "mykhe-2026.docx", ["Biểu chỉ tiêu năm 2026:"], PICTURED_ROWS,
                                    ["Sở Nội vụ chủ trì theo dõi các chỉ tiêu."])
    plan = read_plan(path)
    assert plan.ocr_pages == 1
    lines = [line for line in plan.text.splitlines() if line.strip()]
    rows = _pipe_rows(plan.text)
    assert len(rows) == len(PICTURED_ROWS), plan.text
    for row, truth in zip(rows, PICTURED_ROWS):
        assert len(row) == len(truth), row
        for cell, expected in zip(row, truth):
            assert char_accuracy(cell, expected) >= 0.9, (cell, expected)
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    assert lines[first - 1] == "Biểu chỉ tiêu năm 2026:" and lines[first + len(rows)].startswith("Sở Nội vụ")
    assert ocr.cache_file(path).is_file()

    def no_ocr(*args):
        raise AssertionError("read again by OCR")

    monkeypatch.setattr(ocr, "_ocr_page", no_ocr)
    assert read_plan(path).text == plan.text


# ================================================================== a table's "TT" column read again

@pytest.mark.parametrize(("read", "printed"), [
    # Roman group rows misread ("I" as "1", "II" as "H", "III" as "IH", "V" as "NW") and short cells as noise
    (["1", "1", "2", "S)", "H", "IÍ", "Ạ)", "Sj", "4", "IH", "IV", "NW", "VỊ"],
     ["I", "1", "2", "3", "II", "1", "2", "3", "4", "III", "IV", "V", "VI"]),
    (["1", "2", "g", "4", "5", "6", "vú", "8", "Tổng cộng"], ["1", "2", "g", "4", "5", "6", "7", "8", "Tổng cộng"]),
])
def test_a_tables_ordinals_are_read_again_from_their_sequence(read, printed):
    assert ocr_tables.reread_ordinals(read) == printed


@pytest.mark.parametrize("regular", [["1", "2", "3", "4"], ["5", "6", "7"], ["I", "1", "2", "II", "1", "2"],
                                     ["1", "1.1", "1.2", "2", "", "3"], ["1", "a", "b", "2", "-", "3"],
                                     ["1", "2", "4", "5"]])
def test_a_regular_numbering_is_left_as_read(regular):
    """A table continued from the page before, sub-items, a total row's blank cell, a number the plan skips."""
    assert ocr_tables.reread_ordinals(regular) == regular


def test_a_row_merged_across_the_table_is_a_group():
    """Where a table has rows merged across it, those are its groups: "H" there is "II", not a number."""
    read = ["1", "1", "2", "Đi", "H", "vê", "2"]
    merged = [True, False, False, False, True, False, False]
    assert ocr_tables.reread_ordinals(read, merged) == ["I", "1", "2", "3", "II", "1", "2"]


def test_ocr_text_has_its_tt_column_read_again_and_nothing_else():
    text = ("Bảng 1. Chỉ tiêu\n| TT | Chỉ tiêu | Năm 2026 |\n| 1 | Tuyển sinh | 28.400 |\n| 1 | Cao đẳng | 2.150 |\n"
            "| 2 | Trung cấp | 3.900 |\n| H | Hỗ trợ chuyển đổi nghề | 6.500 |\n| IÍ | Hộ nghèo | 1.300 |\n"
            "| Ạ) | Thanh niên | 2.100 |\n| 3 | Lao động nữ | 1.600 |\nGhi chú: 1 2 3")
    out = ocr.repaired(text)
    assert [line.split(" | ")[0] for line in out.splitlines() if line.startswith("| ")][1:] == [
        "| I", "| 1", "| 2", "| II", "| 1", "| 2", "| 3"]
    assert out.splitlines()[0] == "Bảng 1. Chỉ tiêu" and out.endswith("Ghi chú: 1 2 3")


def test_a_pdf_printed_with_text_as_curves_is_read_by_ocr(tmp_path):
    """No font, no text layer, no image: every glyph a filled path, as a driver set to outline text prints it. Its
    pages are read from their image like a scan's."""
    lines = ["KẾ HOẠCH", "Tổ chức lớp tập huấn nghiệp vụ cho cán bộ làm công tác giáo dục nghề nghiệp cấp xã",
             "Lớp 1 tổ chức tại Trường Cao đẳng Hà Long từ ngày 14/3/2028, 45 học viên."]
    pdf = make_outlined_pdf(tmp_path / "tap-huan.pdf", lines)
    assert not subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.strip()
    plan = read_plan(pdf)
    text = " ".join(plan.text.split())
    assert plan.ocr_pages == 1
    assert "Trường Cao đẳng Hà Long từ ngày 14/3/2028" in text and "45 học viên" in text
