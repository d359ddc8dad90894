"""Tables a PDF draws without rules (columns set by tab stops) read as rows: on hand-made word boxes, and on a
Word file with tab stops that LibreOffice prints to PDF and pdfplumber reads back."""

from __future__ import annotations

import pytest

from index.aligned_columns import aligned_tables, cells_of
from index.converters import convert
from tests.fixtures_docs import soffice_convert
from tests.register_snippets import register_of

HEIGHT = 12.0


def line(top: float, *cells: tuple[float, str]) -> list[dict]:
    """Words of one printed line: each cell starts at x and its words are set 6 points apart per letter."""
    words = []
    for x, text in cells:
        for token in text.split():
            words.append({"x0": x, "x1": x + 6 * len(token), "top": top, "bottom": top + HEIGHT, "text": token})
            x += 6 * len(token) + 3  # a word space: a quarter of the line height
    return words


def right(x1: float, text: str) -> tuple[float, str]:
    """A cell right-aligned on a tab stop at x1."""
    return (x1 - 6 * len(text), text)


def test_a_line_splits_into_cells_at_gaps_wider_than_a_word_space():
    assert [c[2] for c in cells_of(line(0, (10, "Trung tâm Yên Lạc"), right(400, "1.450")))] == [
        "Trung tâm Yên Lạc", "1.450"]
    assert len(cells_of(line(0, (10, "Chủ trì tổ chức đào tạo nghề cho lao động")))) == 1


def test_tab_stop_rows_with_right_aligned_figures_and_a_header_over_them():
    lines = [
        line(0, (10, "Kế hoạch tuyển sinh theo xã như sau:")),
        # the header's "Thực hiện 2025" reaches left over the longest label: it straddles two columns
        line(20, (10, "STT"), (50, "Xã, phường"), (215, "Thực hiện 2025"), (330, "Chỉ tiêu 2026")),
        line(36, (10, "1"), (50, "Xã Hòa Bình"), right(300, "1.680"), right(410, "1.800")),
        line(52, (10, "2"), (50, "Phường Đông Sơn Thượng"), right(300, "640"), right(410, "700")),
        line(68, (10, "3"), (50, "Xã Nậm Pha"), right(300, "95"), right(410, "120")),
        line(84, (50, "Tổng cộng"), right(300, "2.415"), right(410, "2.620")),
        line(110, (10, "Các xã tổ chức tuyển sinh trước ngày 30/6/2026.")),
    ]
    (table,) = aligned_tables(lines)
    assert table.lines == (1, 2, 3, 4, 5)
    assert table.rows == [
        ["STT", "Xã, phường", "Thực hiện 2025", "Chỉ tiêu 2026"],
        ["1", "Xã Hòa Bình", "1.680", "1.800"],
        ["2", "Phường Đông Sơn Thượng", "640", "700"],
        ["3", "Xã Nậm Pha", "95", "120"],
        ["", "Tổng cộng", "2.415", "2.620"],
    ]


def test_headers_and_signature_blocks_in_columns_of_words_are_no_table():
    header = [
        line(0, (10, "ỦY BAN NHÂN DÂN"), (260, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        line(16, (10, "TỈNH LẠC THỦY"), (270, "Độc lập - Tự do - Hạnh phúc")),
        line(32, (10, "Số: 05/KH-UBND"), (260, "Lạc Thủy, ngày 09 tháng 02 năm 2026")),
    ]
    signatures = [
        line(200, (10, "Nơi nhận:"), (200, "TM. SỞ NỘI VỤ"), (380, "TM. HỘI LHPN TỈNH")),
        line(216, (10, "- UBND tỉnh;"), (200, "GIÁM ĐỐC"), (380, "CHỦ TỊCH")),
        line(232, (10, "- Lưu: VT."), (200, "Trần Văn Hòa"), (380, "Lê Thị Mai")),
    ]
    assert aligned_tables(header) == [] and aligned_tables(signatures) == []


def test_two_rows_or_rows_far_apart_are_no_table():
    rows = [line(0, (10, "1"), (50, "Xã Hòa Bình"), right(300, "1.680")),
            line(16, (10, "2"), (50, "Xã Nậm Pha"), right(300, "95"))]
    assert aligned_tables(rows) == []
    apart = [*rows, line(200, (10, "3"), (50, "Xã Yên Lạc"), right(300, "70"))]
    assert aligned_tables(apart) == []


@pytest.fixture(scope="module")
def tab_stop_pdf(tmp_path_factory):
    """A Sở's plan typed in Word with tab stops (no table), a signature block set with a tab, printed to PDF."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    out = tmp_path_factory.mktemp("tab-stops")
    document = Document()
    document.add_paragraph("Biểu 3. CHỈ TIÊU ĐÀO TẠO NGHỀ NĂM 2026 THEO XÃ, PHƯỜNG")
    rows = [("TT", "Xã, phường", "Sơ cấp", "Trung cấp"), ("1", "Xã Hòa Bình", "1.250", "310"),
            ("2", "Phường Đông Sơn", "980", "1.040"), ("3", "Xã Nậm Pha", "415", "60"),
            ("4", "Xã Thạch Bàn", "560", "95")]
    for cells in rows:
        paragraph = document.add_paragraph("\t".join(cells))
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(1.5))
        stops.add_tab_stop(Cm(12), WD_TAB_ALIGNMENT.RIGHT)
        stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    document.add_paragraph("Các xã, phường tổ chức tuyển sinh xong trước ngày 30/9/2026.")
    for left, right_text in (("Nơi nhận:", "KT. GIÁM ĐỐC"), ("- UBND tỉnh;", "PHÓ GIÁM ĐỐC"),
                             ("- Lưu: VT.", "Nguyễn Thị Hạnh")):
        paragraph = document.add_paragraph(f"{left}\t{right_text}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(11))
    document.save(out / "bieu-3.docx")
    return soffice_convert(out / "bieu-3.docx", "pdf", out)


def test_a_word_table_set_with_tab_stops_reads_as_rows_from_its_pdf(tab_stop_pdf):
    text = convert(tab_stop_pdf).text
    assert "| TT | Xã, phường | Sơ cấp | Trung cấp |" in text
    assert "| 2 | Phường Đông Sơn | 980 | 1.040 |" in text
    assert "| 4 | Xã Thạch Bàn | 560 | 95 |" in text
    # the signature block stays lines of words, each column apart
    assert "KT. GIÁM ĐỐC" in text.splitlines() and "| Nơi nhận:" not in text


# ---------------------------------------------------------------- unruled tables with wrapped cells

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LAM ĐIỀN\nSố: 58/KH-UBND\nLam Điền, ngày 24 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số\n"
TASKS = [
    ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1. Hoàn thiện thể chế"],
    ["1.1", "Ban hành quy chế quản lý học liệu số dùng chung cho các cơ sở giáo dục nghề nghiệp trên địa bàn",
     "Quy chế được ban hành", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Quý II/2026"],
    ["1.2", "Rà soát chuẩn đầu ra kỹ năng số của các ngành, nghề đào tạo trình độ cao đẳng", "Báo cáo rà soát",
     "Trường Cao đẳng Công nghệ Lam Điền", "Các trường trung cấp", "Tháng 9/2026"],
    ["2. Hạ tầng số"],
    ["2.1", "Nâng cấp đường truyền và 05 phòng học trực tuyến tại các trường công lập", "05 phòng học trực tuyến",
     "Sở Tài chính; Sở Giáo dục và Đào tạo", "Các cơ sở giáo dục nghề nghiệp", "2026 - 2027"],
    ["2.2", "Triển khai cổng tuyển sinh trực tuyến giáo dục nghề nghiệp của tỉnh", "Cổng tuyển sinh",
     "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Trước 31/12/2026"],
] + [[f"2.{k}", f"Bồi dưỡng kỹ năng số đợt {k} cho nhà giáo và cán bộ quản lý các trường", f"{k}0 lượt nhà giáo",
      "Sở Nội vụ", "Các trường cao đẳng, trung cấp", "Hằng năm"] for k in range(3, 12)]


@pytest.mark.parametrize(("top_aligned", "padding"), [(True, 0.0), (False, 0.0), (True, 3.0)],
                         ids=["top", "centred", "padded"])
def test_a_task_table_printed_without_rules_reads_one_row_per_task(tmp_path, top_aligned, padding):
    """An action plan's task table with no grid: each task's cells wrap over several lines, interleaved line by
    line with the other columns' (centred in their row, or set at its top as Word does), a group row merged across
    the table, the header row repeated on the next page under the running header; rows padded apart by more than
    a line, or not at all. Each task is one row with its lead body and its time; the prose after the table stays
    prose."""
    from tests.fixtures_docs import make_unruled_table_pdf

    pdf = make_unruled_table_pdf(tmp_path / "kh.pdf", ["III. NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN"], TASKS,
                                 ["IV. KINH PHÍ", "Tổng kinh phí thực hiện là 68.450 triệu đồng."],
                                 [10, 52, 30, 30, 34, 24], top_aligned=top_aligned, running="UBND tỉnh Lam Điền",
                                 padding=padding)
    text = convert(pdf).text
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert "| 1.1 | Ban hành quy chế quản lý học liệu số dùng chung cho các cơ sở giáo dục nghề nghiệp trên địa bàn " \
           "| Quy chế được ban hành | Sở Giáo dục và Đào tạo | Sở Khoa học và Công nghệ; Sở Tư pháp | Quý II/2026 |" in rows
    assert "| 2.1 | Nâng cấp đường truyền và 05 phòng học trực tuyến tại các trường công lập | 05 phòng học trực " \
           "tuyến | Sở Tài chính; Sở Giáo dục và Đào tạo | Các cơ sở giáo dục nghề nghiệp | 2026 - 2027 |" in rows
    assert any(row.startswith("| 2. | Hạ tầng số |") for row in rows)  # the group row
    assert sum(row.startswith("| 2.11 |") for row in rows) == 1 and len(rows) >= len(TASKS)  # the last task, once
    assert "IV. KINH PHÍ\nTổng kinh phí thực hiện là 68.450 triệu đồng." in text
    # the rows feed the register: each lead body with its task, partners and time
    led = {(r.agency, r.task[:20], r.deadline, tuple(r.partners)) for r in register_of(f"{HEADER}{text}").responsibilities
           if r.role == "chủ trì"}
    assert ("Sở Tài chính", "Nâng cấp đường truyề", "2026 - 2027", ("Các cơ sở giáo dục nghề nghiệp",)) in led
    assert ("Sở Khoa học và Công nghệ", "Triển khai cổng tuyể", "Trước 31/12/2026", ("Sở Giáo dục và Đào tạo",)) in led


@pytest.mark.parametrize("align", ["CENTER", "RIGHT"])
def test_cells_centred_or_flush_right_keep_to_their_column(tmp_path, align):
    """Row numbers and times centred (or set flush right) in their columns start nowhere alike: the wider ones
    ("Trước 31/12/2026") start left of the narrower ones, in the gap before their column. They stay in their
    column, and the task before them stays whole."""
    from tests.fixtures_docs import make_unruled_table_pdf

    pdf = make_unruled_table_pdf(tmp_path / "kh.pdf", ["III. NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN"], TASKS,
                                 ["IV. KINH PHÍ", "Tổng kinh phí thực hiện là 68.450 triệu đồng."],
                                 [10, 52, 30, 30, 34, 24], running="UBND tỉnh Lam Điền",
                                 aligns=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", align))
    rows = [line for line in convert(pdf).text.splitlines() if line.startswith("|")]
    assert "| 2.2 | Triển khai cổng tuyển sinh trực tuyến giáo dục nghề nghiệp của tỉnh | Cổng tuyển sinh | Sở Khoa " \
           "học và Công nghệ | Sở Giáo dục và Đào tạo | Trước 31/12/2026 |" in rows
    assert "| 1.2 | Rà soát chuẩn đầu ra kỹ năng số của các ngành, nghề đào tạo trình độ cao đẳng | Báo cáo rà soát " \
           "| Trường Cao đẳng Công nghệ Lam Điền | Các trường trung cấp | Tháng 9/2026 |" in rows
    assert sum(row.startswith("| 2.11 |") for row in rows) == 1


def test_a_short_table_with_centred_times_ends_where_the_larger_type_of_the_text_begins(tmp_path):
    """Two tasks alone (too few lines start at any edge of the centred time column: the header's cell stands in
    for it), then the next part set close below in the text's larger type: "IV. KINH PHÍ" is a heading, not a
    third task numbered "IV."."""
    from tests.fixtures_docs import make_unruled_table_pdf

    pdf = make_unruled_table_pdf(tmp_path / "kh.pdf", ["III. NHIỆM VỤ"], [TASKS[0], TASKS[2], TASKS[6]],
                                 ["IV. KINH PHÍ", "1. Tổng kinh phí thực hiện là 68.450 triệu đồng, gồm ngân sách tỉnh "
                                  "41.200 triệu đồng và nguồn thu sự nghiệp của các trường."],
                                 [10, 52, 30, 30, 34, 24], aligns=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER"))
    text = convert(pdf).text
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows[1:] == [
        "| 1.1 | Ban hành quy chế quản lý học liệu số dùng chung cho các cơ sở giáo dục nghề nghiệp trên địa bàn | "
        "Quy chế được ban hành | Sở Giáo dục và Đào tạo | Sở Khoa học và Công nghệ; Sở Tư pháp | Quý II/2026 |",
        "| 2.2 | Triển khai cổng tuyển sinh trực tuyến giáo dục nghề nghiệp của tỉnh | Cổng tuyển sinh | Sở Khoa "
        "học và Công nghệ | Sở Giáo dục và Đào tạo | Trước 31/12/2026 |"]
    assert "\nIV. KINH PHÍ\n" in text
