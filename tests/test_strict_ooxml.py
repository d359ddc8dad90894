"""Word, Excel and PowerPoint files saved as "Strict Open XML" are read as their Transitional twins: the same
paragraphs, tables (merged header cells too), sheets and slides."""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from pptx import Presentation
from pptx.util import Inches

from index.converters import convert
from index.strict_ooxml import is_strict, transitional_xml
from tests.fixtures_strict import strict_copy


def test_strict_names_are_read_as_transitional_ones():
    strict = ('<Relationships><Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/'
              'officeDocument" Target="word/document.xml"/><Relationship Type="http://purl.oclc.org/ooxml/'
              'officeDocument/relationships/extendedProperties" Target="docProps/app.xml"/></Relationships>')
    assert transitional_xml(strict) == (
        '<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/><Relationship Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    plain = '<a xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">purl.oclc.org</a>'
    assert transitional_xml(plain) == plain


def _decision(path):
    document = Document()
    header = document.add_table(rows=1, cols=2)
    header.rows[0].cells[0].text = "ỦY BAN NHÂN DÂN TỈNH HÀ LONG"
    header.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    document.add_paragraph("QUYẾT ĐỊNH").alignment = 1
    document.add_paragraph("Phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị đào tạo nghề năm 2028")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    top, below = table.rows[0].cells, table.rows[1].cells
    top[0].merge(below[0]).text = "Tên gói thầu"
    top[1].merge(top[2]).text = "Giá gói thầu"
    below[1].text, below[2].text = "Ngân sách tỉnh", "Vốn khác"
    row = table.rows[2].cells
    row[0].text, row[1].text, row[2].text = "Gói 01: Thiết bị nghề Điện công nghiệp", "6.120", "480"
    document.add_paragraph("Sở Giáo dục và Đào tạo tổ chức lựa chọn nhà thầu trong Quý II năm 2028.")
    document.save(str(path))
    return path


def test_a_strict_word_document_reads_as_its_transitional_twin(tmp_path):
    word = _decision(tmp_path / "qd.docx")
    strict = strict_copy(word, tmp_path / "qd-strict.docx")
    assert is_strict(strict) and not is_strict(word)
    with pytest.raises(KeyError):
        Document(str(strict))  # python-docx alone finds no main part in it
    text = convert(strict).text
    assert text == convert(word).text
    assert "Sở Giáo dục và Đào tạo tổ chức lựa chọn nhà thầu trong Quý II năm 2028." in text
    assert "6.120" in text and "Ngân sách tỉnh" in text


def test_a_strict_workbook_reads_as_its_transitional_twin(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["KẾ HOẠCH LỰA CHỌN NHÀ THẦU NĂM 2028"])
    sheet.merge_cells("A1:C1")
    sheet.append(["Gói thầu", "Giá gói thầu (triệu đồng)", "Thời gian bắt đầu"])
    sheet.append(["Gói 02: Thiết bị nghề Hàn", 3250, "Quý III/2028"])
    book.save(tmp_path / "khlcnt.xlsx")
    strict = strict_copy(tmp_path / "khlcnt.xlsx", tmp_path / "khlcnt-strict.xlsx")
    with pytest.warns(UserWarning):
        assert load_workbook(strict).worksheets == []  # openpyxl alone finds no sheet in it
    text = convert(strict).text
    assert text == convert(tmp_path / "khlcnt.xlsx").text and "Quý III/2028" in text and "3250" in text.replace(".", "")


def test_a_strict_deck_reads_as_its_transitional_twin(tmp_path):
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Kế hoạch tập huấn năm 2028"
    slide.placeholders[1].text = "Lớp 1 tổ chức tại Trường Cao đẳng Hà Long từ ngày 14/3/2028"
    slide.shapes.add_textbox(Inches(1), Inches(6), Inches(4), Inches(1)).text_frame.text = "Sở GD&ĐT chủ trì"
    deck.save(tmp_path / "tap-huan.pptx")
    strict = strict_copy(tmp_path / "tap-huan.pptx", tmp_path / "tap-huan-strict.pptx")
    text = convert(strict).text
    assert text == convert(tmp_path / "tap-huan.pptx").text and "từ ngày 14/3/2028" in text
