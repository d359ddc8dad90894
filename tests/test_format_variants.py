"""The same document saved in a sibling format: Word's macro and template files (.docm, .dotx, .dot), PowerPoint's
show and template files (.ppsx, .pps, .pptm), a workbook with macros (.xlsm), and a page's image as a browser or a
phone saves it (.jfif, .bmp, .gif, an iPhone's .heic). Each reads as its plain sibling does (hand-made here, tỉnh
Đông Sơn and Kim Hoa; the Word and deck variants made by LibreOffice, as an office saves them)."""

from __future__ import annotations

import pytest

from index.converters import convert
from index.documents import read_plan
from index.normalize import fold_accents, normalize_text
from tests.fixtures_docs import SCANNED_PLAN, make_docx, make_plan_xlsx, render_scan, soffice_convert
from tests.test_slides_and_mail import _deck

WORD_PLAN = """ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN
Số: 52/KH-UBND
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp năm 2025
I. MỤC TIÊU
Tuyển sinh 39.600 người, trong đó trình độ cao đẳng 4.100 người.
II. TỔ CHỨC THỰC HIỆN
Sở Tài chính chủ trì bố trí kinh phí trước ngày 31/3/2025."""


@pytest.mark.parametrize("fmt", ["docm", "dotx", "dot"])
def test_a_word_macro_or_template_file_reads_as_its_document(tmp_path, fmt):
    source = make_docx(tmp_path / "dong-son.docx", WORD_PLAN)
    variant = soffice_convert(source, fmt, tmp_path / "variant")
    text = normalize_text(convert(variant).text)
    assert "Tuyển sinh 39.600 người, trong đó trình độ cao đẳng 4.100 người." in text
    assert "Sở Tài chính chủ trì bố trí kinh phí trước ngày 31/3/2025." in text


@pytest.mark.parametrize("fmt", ["ppsx", "pps", "pptm"])
def test_a_powerpoint_show_or_macro_deck_reads_as_its_slides(tmp_path, fmt):
    variant = soffice_convert(_deck(tmp_path / "kimhoa.pptx"), fmt, tmp_path / "variant")
    lines = convert(variant).text.split("\n")
    assert lines[0] == "Slide 1: Triển khai Kế hoạch đưa người lao động đi làm việc ở nước ngoài năm 2026"
    assert "| Đào tạo ngoại ngữ cho người lao động | Sở Giáo dục và Đào tạo | Các trường cao đẳng | Trước 30/6/2026 |" \
        in lines


def test_a_workbook_with_macros_reads_as_the_workbook(tmp_path):
    plain = convert(make_plan_xlsx(tmp_path / "dai-an.xlsx")).text
    assert convert(make_plan_xlsx(tmp_path / "dai-an.xlsm")).text == plain


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The first scanned page of the Đông Sơn plan as an image, and the lines printed on it."""
    from PIL import Image

    folder = tmp_path_factory.mktemp("page")
    truth = render_scan(folder / "page.tif", SCANNED_PLAN, max_pages=1, noisy=False)
    with Image.open(folder / "page.tif") as frames:
        return frames.convert("RGB"), truth[0]


@pytest.mark.parametrize("suffix", [".jfif", ".bmp", ".gif", ".heic"])
def test_a_page_saved_as_a_browsers_or_a_phones_image_is_read_by_ocr(tmp_path, page, suffix):
    from pillow_heif import register_heif_opener

    register_heif_opener()
    image, lines = page
    path = tmp_path / f"trang-1{suffix}"
    image.save(path, format={".jfif": "JPEG", ".bmp": "BMP", ".gif": "GIF", ".heic": "HEIF"}[suffix])
    plan = read_plan(path)
    assert plan.ocr_pages == 1
    text = fold_accents(normalize_text(plan.text))
    assert "so: 52/kh-ubnd" in text.lower() and fold_accents(lines[-1])[:20] in text
