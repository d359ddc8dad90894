"""A PDF whose fonts carry no Unicode map: an old e-office converter prints the page right, but its text layer is
codes, not words ("UYVacdVghiVNkl…"). Such a page is read from its image by the real Tesseract, and a page of the
same file whose font is mapped keeps its own text. Hand-made with fpdf2 (tỉnh Đông Thành, invented): the first page
in a mapped font, the second in one whose ``/ToUnicode`` entry is renamed away, as such converters leave it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fpdf import FPDF

from index.converters import convert
from index.metadata import extract_metadata
from index.normalize import normalize_text

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIRST = [
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG THÀNH",
    "Số: 388/QĐ-UBND",
    "Đông Thành, ngày 14 tháng 10 năm 2027",
    "QUYẾT ĐỊNH",
    "Về việc giao chỉ tiêu đào tạo nghề năm 2028",
    "Điều 1. Giao chỉ tiêu tuyển sinh đào tạo nghề năm 2028 cho các cơ sở giáo dục nghề nghiệp công lập.",
]
SECOND = [
    "Điều 2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính hướng dẫn các trường thực hiện.",
    "Tổng chỉ tiêu tuyển sinh năm 2028 là 18.640 người, trong đó trình độ cao đẳng 4.250 người.",
    "Kinh phí đặt hàng đào tạo năm 2028 là 96,5 tỷ đồng từ ngân sách tỉnh.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
]


def _unmapped_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_font("mapped", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("unmapped", "", str(FONTS / "DejaVuSerif.ttf"))
    for font, lines in (("mapped", FIRST), ("unmapped", SECOND)):
        pdf.add_page()
        pdf.set_font(font, size=13)
        for line in lines:
            pdf.multi_cell(0, 9, line)
            pdf.ln(3)
    data = bytes(pdf.output())
    # the serif font's dictionary loses its Unicode map (a key of the same length keeps every offset right)
    unmapped, count = re.subn(rb"(/BaseFont /\w+\+DejaVuSerif[^>]*?)/ToUnicode", rb"\1/ToUnicodX", data)
    assert count == 1
    path.write_bytes(unmapped)
    return path


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pdf = _unmapped_pdf(tmp_path_factory.mktemp("fonts") / "dongthanh-qd-388.pdf")
    return convert(pdf)


def test_a_page_in_fonts_with_no_unicode_map_is_read_from_its_image(read):
    assert read.ocr_pages == 1  # the second page only
    text = normalize_text(read.text)
    assert "18.640 người" in text and "96,5 tỷ đồng" in text
    assert "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính" in text


def test_the_mapped_page_keeps_its_own_text_and_the_decision_its_header(read):
    text = normalize_text(read.text)
    assert "Điều 1. Giao chỉ tiêu tuyển sinh đào tạo nghề năm 2028 cho các cơ sở giáo dục nghề nghiệp công lập." in text
    meta = extract_metadata("dongthanh-qd-388.pdf", text)
    assert (meta.number, meta.date) == ("388/QĐ-UBND", "2027-10-14")
