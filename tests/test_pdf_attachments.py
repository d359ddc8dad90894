"""A PDF that carries its annexes as attached files (an e-office decision): read with them, each file once."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from index.converters import DocumentError, convert
from index.normalize import FILE_BREAK, normalize_text
from index.pdf_attachments import attached_files
from tests.fixtures_docs import make_attached_pdf, make_pdf
from tests.register_snippets import register_of

DECISION = ["ỦY BAN NHÂN DÂN TỈNH KIM HOA", "Số: 118/QĐ-UBND", "Kim Hoa, ngày 09 tháng 3 năm 2027", "QUYẾT ĐỊNH",
            "Ban hành định mức kinh tế - kỹ thuật đào tạo trình độ sơ cấp",
            "Điều 1. Ban hành kèm theo Quyết định này định mức kinh tế - kỹ thuật đào tạo trình độ sơ cấp "
            "(Phụ lục kèm theo, tệp đính kèm).",
            "Điều 2. Quyết định có hiệu lực kể từ ngày 01/4/2027.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hòa"]


def _norms_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "May công nghiệp"
    sheet.append(["Phụ lục I: Định mức nghề May công nghiệp"])
    sheet.append(["STT", "Nội dung", "Đơn vị", "Định mức"])
    sheet.append([1, "Thời gian học lý thuyết", "giờ", 62])
    sheet.append([2, "Thời gian học thực hành", "giờ", 238])
    sheet.append([3, "Vải kaki", "mét/người học", 14])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _notes_docx() -> bytes:
    document = docx.Document()
    for line in ("Phụ lục II: Hướng dẫn áp dụng định mức",
                 "Sở Giáo dục và Đào tạo chủ trì hướng dẫn các cơ sở áp dụng định mức trước ngày 30/4/2027.",
                 "Định mức không bao gồm chi phí thuê phòng học."):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


NORMS = _norms_xlsx()
ATTACHED = [("Phụ lục II - Hướng dẫn.docx", _notes_docx(), True), ("Phụ lục I - Định mức.xlsx", NORMS, False),
            ("PL1.xlsx", NORMS, True), ("ghi-chu.exe", b"MZ\x90\x00", False),
            ("Phụ lục III.docx", b"PK\x03\x04 not a document", False)]


@pytest.fixture(scope="module")
def decision_pdf(tmp_path_factory):
    """The decision with its norms workbook and notes attached, the notes as a paperclip on the page, the workbook
    a second time under another name (an e-office system shows it on the page as in the panel)."""
    return make_attached_pdf(tmp_path_factory.mktemp("attached") / "qd-118.pdf", DECISION, ATTACHED)


def test_a_pdfs_attached_files_come_in_the_order_attached_each_once(decision_pdf):
    names = [a.name for a in attached_files(decision_pdf)]
    assert names == ["Phụ lục II - Hướng dẫn.docx", "Phụ lục I - Định mức.xlsx", "ghi-chu.exe", "Phụ lục III.docx"]


def test_a_pdfs_files_that_stand_only_as_paperclips_on_its_pages_are_read(tmp_path):
    pdf = make_attached_pdf(tmp_path / "qd.pdf", DECISION, ATTACHED, panel=False)
    assert [a.name for a in attached_files(pdf)] == ["Phụ lục II - Hướng dẫn.docx", "PL1.xlsx"]
    assert "Phụ lục I: Định mức nghề May công nghiệp" in convert(pdf).text


def test_a_pdf_reads_its_pages_then_its_attached_annexes_by_name_and_names_what_it_leaves_out(decision_pdf):
    plan = convert(decision_pdf)
    text = plan.text
    assert text.index("Số: 118/QĐ-UBND") < text.index("Phụ lục I: Định mức nghề May công nghiệp") \
        < text.index("Phụ lục II: Hướng dẫn áp dụng định mức")
    assert "| 2 | Thời gian học thực hành | giờ | 238 |" in text  # a figure that stands only in the workbook
    assert text.count("Thời gian học lý thuyết") == 1  # the workbook attached twice is read once
    assert any("ghi-chu.exe" in note and "không hỗ trợ" in note for note in plan.notes)
    assert any("Phụ lục III.docx" in note for note in plan.notes)
    # each file set apart, to be rejoined at its own width; gone from the text read
    assert text.count(FILE_BREAK) == 2 and FILE_BREAK not in normalize_text(text)


def test_an_attached_annexs_duty_reaches_the_register(decision_pdf):
    rows = {(r.agency, r.deadline) for r in register_of(normalize_text(convert(decision_pdf).text), "qd.pdf")
            .responsibilities}
    assert ("Sở Giáo dục và Đào tạo", "trước ngày 30/4/2027") in rows


def test_a_pdf_without_attachments_reads_as_before(tmp_path):
    plan = convert(make_pdf(tmp_path / "plain.pdf", "\n".join(DECISION)))
    assert plan.notes == () and attached_files(tmp_path / "plain.pdf") == []
    assert plan.text.splitlines()[-1] == "Lê Văn Hòa"


def test_a_broken_pdf_with_attachments_is_named_by_the_page_reader(tmp_path):
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.7\n/EmbeddedFiles garbage")
    assert attached_files(broken) == []
    with pytest.raises(DocumentError, match="hong.pdf"):
        convert(broken)
