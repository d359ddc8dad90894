"""A wide table printed in column slices, page after page, read back as one table (``index.wide_tables``)."""

from __future__ import annotations

import shutil

import pytest

from index.converters import convert
from index.wide_tables import joined_column_slices
from tests.fixtures_docs import soffice_convert

HEAD_1 = ["STT", "Tên cơ sở", "Cao đẳng", "Trung cấp"]
HEAD_2 = ["STT", "Tên cơ sở", "Đặt hàng cao đẳng", "Kinh phí (triệu đồng)"]
SCHOOLS = [("1", "Trường Cao đẳng Nam Sơn", "1.150", "420", "520", "9.880"),
           ("2", "Trường Trung cấp nghề Hòa An", "0", "610", "0", "3.050"),
           ("3", "Trung tâm GDNN-GDTX khu vực Bắc", "0", "0", "0", "1.200"),
           ("", "Tổng cộng", "1.150", "1.030", "520", "14.130")]


def _slices() -> tuple[list[list[str]], list[list[str]]]:
    first = [HEAD_1, *([s[0], s[1], s[2], s[3]] for s in SCHOOLS)]
    second = [HEAD_2, *([s[0], s[1], s[4], s[5]] for s in SCHOOLS)]
    return first, second


def test_a_table_whose_next_slice_repeats_its_key_columns_is_one_table():
    first, second = _slices()
    joined = joined_column_slices(["Phụ lục I", first, "Phụ lục I (tiếp theo)", second, "Ghi chú: …"])
    assert joined[1] == [[*HEAD_1, *HEAD_2[2:]], *([s[0], s[1], s[2], s[3], s[4], s[5]] for s in SCHOOLS)]
    assert joined[2:] == ["Phụ lục I (tiếp theo)", "Ghi chú: …"]
    # the title printed again over each page (a sheet's rows repeated at top) is no title of another table
    title = ["PHỤ LỤC I", "CHỈ TIÊU TUYỂN SINH VÀ ĐẶT HÀNG NĂM 2027"]
    joined = joined_column_slices([*title, first, *title, second])
    assert joined[2][1] == ["1", "Trường Cao đẳng Nam Sơn", "1.150", "420", "520", "9.880"] and len(joined) == 5
    # a slice whose header is a row taller is aligned from the bottom, the missing header row blank in the first
    taller = [["STT", "Tên cơ sở", "Chỉ tiêu đặt hàng", ""], *second]
    joined = joined_column_slices([first, taller])
    assert joined[0][0] == ["STT", "Tên cơ sở", "", "", "Chỉ tiêu đặt hàng", ""]
    assert joined[0][2] == ["1", "Trường Cao đẳng Nam Sơn", "1.150", "420", "520", "9.880"]


@pytest.mark.parametrize("between", [["Bảng 2. Kinh phí đặt hàng năm 2027"], ["a", "b", "c", "d"]])
def test_a_table_after_a_title_of_its_own_or_far_away_stays_apart(between):
    first, second = _slices()
    assert joined_column_slices([first, *between, second]) == [first, *between, second]


def test_rows_that_carry_on_other_rows_a_repeated_table_and_a_shared_numbering_stay_apart():
    first, second = _slices()
    more = [HEAD_1, ["4", "Trường Trung cấp Kỹ thuật Đông", "0", "300"], ["5", "Trung tâm khu vực Nam", "0", "0"],
            ["6", "Trung tâm khu vực Tây", "0", "0"]]
    assert joined_column_slices([first, more]) == [first, more]
    assert joined_column_slices([first, [list(r) for r in first]]) == [first, first]
    renamed = [[r[0], f"Lớp {r[0]}", r[2], r[3]] for r in second]  # "1, 2, 3" number other rows
    assert joined_column_slices([first, renamed]) == [first, renamed]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_wide_annex_printed_in_two_landscape_slices_reads_as_one_table(tmp_path):
    """Word prints the annex's second column slice on the next page under "(tiếp theo)"; read back from the PDF,
    each school's row holds both slices' figures."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    first, second = _slices()
    for title, rows in (("PHỤ LỤC I. CHỈ TIÊU TUYỂN SINH NĂM 2027", first), ("PHỤ LỤC I (tiếp theo)", second)):
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Nơi nhận: như trên.")
    source = tmp_path / "phu-luc.docx"
    document.save(str(source))
    pdf = soffice_convert(source, "pdf", tmp_path)
    lines = convert(pdf).text.splitlines()
    assert "| 2 | Trường Trung cấp nghề Hòa An | 0 | 610 | 0 | 3.050 |" in lines
