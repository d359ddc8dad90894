"""Tables: the row forms, detection, the model (header, rows, column, row_text) and iter_tables."""

from __future__ import annotations

import pytest

from index.normalize import normalize_text
from index.structure import parse_structure
from index.tables import (
    PIPE,
    TAB,
    aligned_cells,
    data_run,
    flattened_table,
    format_pipe_row,
    is_header_row,
    is_rule_row,
    is_table_row,
    iter_tables,
    pipe_cells,
    repaired_ordinals,
    row_label,
    tables_in_text,
)

# Hand-made fixtures in styles the bundled plans do not use.

PIPE_WITH_RULE = """I. CHỈ TIÊU

Biểu 01: Chỉ tiêu tuyển sinh năm 2026

| STT | Trình độ | Đơn vị tính | Kế hoạch 2026 |
|---|:---|---:|---|
| 1 | Cao đẳng | người | 1.250 |
| 2 | Trung cấp | người | 2.100 |
| 3 | Sơ cấp | người | 8.400 |

Nguồn: Sở Giáo dục và Đào tạo."""

MERGED_HEADER = """2. Biểu chỉ tiêu

Các chỉ tiêu chủ yếu như sau:

| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Mục tiêu | Mục tiêu |
| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Năm 2025 | Giai đoạn 2026-2030 |
| 1 | Tuyển sinh giáo dục nghề nghiệp | Người | 36 950 | 39 600 | 42.000 - 45.000 người/năm |
| 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |
| 2 | Tỷ lệ lao động qua đào tạo | % | 63,8 | 65,5 % | 75% (năm 2030) |"""

TAB_ALIGNED = "Bảng 2. Tuyển sinh\n\nChỉ tiêu\tĐơn vị\tNăm 2025\tNăm 2026\nTuyển sinh cao đẳng\tngười\t3.200\t3.500\nTuyển sinh trung cấp\tngười\t4.100\t4.300\n"

SPACE_ALIGNED = """Bảng 3. Tuyển sinh theo trình độ

Chỉ tiêu                  Đơn vị      Năm 2025      Năm 2026
Tuyển sinh cao đẳng       người       3.200         3.500
Tuyển sinh trung cấp      người       4.100         4.300
"""

ASSIGNMENTS = """Phụ lục: Danh mục nhiệm vụ

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
| 1 | Khảo sát nhu cầu học nghề | UBND cấp huyện | Hội Nông dân tỉnh | Quý II/2026 | Báo cáo |
| 2 | Ban hành định mức chi phí đào tạo | Sở Tài chính | Sở Nội vụ | Trước 30/6/2026 | Quyết định |"""


def only_table(raw: str):
    tables = tables_in_text(normalize_text(raw))
    assert len(tables) == 1, tables
    return tables[0]


# ---------------------------------------------------------------- one line


@pytest.mark.parametrize(
    "line, cells",
    [
        ("| a | b | c |", ["a", "b", "c"]),
        ("|a|b|", ["a", "b"]),
        ("| a |  | c |", ["a", "", "c"]),
        ("a | b | c", ["a", "b", "c"]),  # a converter's row without the outer pipes
        ("| 5 \\| 6 | b |", ["5 | 6", "b"]),
        ("TỈNH BẠCH VÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None),  # two cells, no outer pipe: not a row
        ("Không có ống", None),
    ],
)
def test_pipe_cells(line, cells):
    assert pipe_cells(line) == cells


@pytest.mark.parametrize("line", ["|---|---|", "| :--- | ---: |", "|===|===|", "| --- |"])
def test_rule_rows(line):
    assert is_rule_row(line)


@pytest.mark.parametrize("line", ["| 1 | - | 3 |", "-------", "| a | b |", "- 2030"])
def test_not_rule_rows(line):
    assert not is_rule_row(line)


@pytest.mark.parametrize(
    "line, cells",
    [
        ("Tuyển sinh cao đẳng      người      3.200      3.500", ["Tuyển sinh cao đẳng", "người", "3.200", "3.500"]),
        ("Tuyển sinh\tngười\t3.200", ["Tuyển sinh", "người", "3.200"]),
        ("Hai  ô  thôi", ["Hai", "ô", "thôi"]),
        ("Một câu dài.  Câu thứ hai dài hơn bốn mươi ký tự rất nhiều lần nữa.  Và câu ba.", None),
        ("Chỉ hai  cột", None),
        ("Không có khoảng cách", None),
    ],
)
def test_aligned_cells(line, cells):
    assert aligned_cells(line) == cells


def test_format_and_recognise_rows():
    assert format_pipe_row(["1", " Cao  đẳng ", ""]) == "| 1 | Cao đẳng |  |"
    assert is_table_row("| 1 | a |") and is_table_row("a\tb\tc")
    assert not is_table_row("- Tổ chức") and not is_table_row("")


@pytest.mark.parametrize(
    "widths, rule, data",
    [([6, 6, 6], False, True), ([3, 3], False, True), ([2, 2, 2], False, False), ([2], True, True),
     ([4, 5], False, False), ([], True, False)],
)
def test_data_run(widths, rule, data):
    assert data_run(widths, rule) is data


# ---------------------------------------------------------------- the four forms


def test_pipe_table_with_rule():
    table = only_table(PIPE_WITH_RULE)
    assert table.form == PIPE
    assert table.header == ("STT", "Trình độ", "Đơn vị tính", "Kế hoạch 2026")
    assert [r.cells for r in table.rows] == [
        ("1", "Cao đẳng", "người", "1.250"),
        ("2", "Trung cấp", "người", "2.100"),
        ("3", "Sơ cấp", "người", "8.400"),
    ]
    assert table.rule is not None and table.rule.text == "| --- | --- | --- | --- |"
    assert table.ordinal_column == 0 and table.label_column == 1
    assert table.caption == "Biểu 01: Chỉ tiêu tuyển sinh năm 2026"
    assert table.row_text(table.rows[1]) == "Trung cấp | Đơn vị tính: người | Kế hoạch 2026: 2.100"
    assert table.ordinal(table.rows[1]) == "2" and table.label(table.rows[1]) == "Trung cấp"


def test_two_row_merged_header():
    table = only_table(MERGED_HEADER)
    assert table.header == (
        "TT", "Chỉ tiêu", "Đơn vị", "Năm 2024 (ước)", "Mục tiêu Năm 2025", "Mục tiêu Giai đoạn 2026-2030",
    )
    assert len(table.header_rows) == 2 and len(table.rows) == 3
    first, sub, rate = table.rows
    assert table.row_text(first) == (
        "Tuyển sinh giáo dục nghề nghiệp | Đơn vị: Người | Năm 2024 (ước): 36 950 | Mục tiêu Năm 2025: 39 600"
        " | Mục tiêu Giai đoạn 2026-2030: 42.000 - 45.000 người/năm"
    )
    assert table.parent(sub) == first and table.parent(first) is None and table.parent(rate) is None
    assert table.row_text(sub, with_parent=True).startswith("Tuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng | ")
    assert table.column("năm 2025") == 4 and table.column(r"giai doan") == 5 and table.column("kinh phí") is None
    assert table.values("Năm 2025") == ["39 600", "3 150", "65,5 %"]
    assert table.cell(rate, "Đơn vị") == "%"
    assert table.record(sub)["Mục tiêu Năm 2025"] == "3 150"


def test_tab_separated_table():
    table = only_table(TAB_ALIGNED)
    assert table.form == TAB
    assert table.header == ("Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026")
    assert [r.cells for r in table.rows] == [
        ("Tuyển sinh cao đẳng", "người", "3.200", "3.500"),
        ("Tuyển sinh trung cấp", "người", "4.100", "4.300"),
    ]
    assert table.ordinal_column is None and table.label_column == 0
    assert table.row_text(table.rows[0]) == "Tuyển sinh cao đẳng | Đơn vị: người | Năm 2025: 3.200 | Năm 2026: 3.500"


def test_space_aligned_table_becomes_tab_rows():
    text = normalize_text(SPACE_ALIGNED)
    assert "Tuyển sinh cao đẳng\tngười\t3.200\t3.500" in text.split("\n\n")
    table = only_table(SPACE_ALIGNED)
    assert table.form == TAB and table.header == ("Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026")
    assert table.values("2026") == ["3.500", "4.300"]
    assert table.caption == "Bảng 3. Tuyển sinh theo trình độ"


def test_assignment_table_columns():
    table = only_table(ASSIGNMENTS)
    lead, partner, due = table.column("chủ trì"), table.column("phối hợp"), table.column("thời gian")
    assert (lead, partner, due) == (2, 3, 4)
    assert [(table.label(r), r.cells[lead], r.cells[due]) for r in table.rows] == [
        ("Khảo sát nhu cầu học nghề", "UBND cấp huyện", "Quý II/2026"),
        ("Ban hành định mức chi phí đào tạo", "Sở Tài chính", "Trước 30/6/2026"),
    ]


def test_table_without_header():
    table = only_table("| 1 | Hà Nội | 200 |\n| 2 | Hải Phòng | 150 |")
    assert table.header == ("", "", "") and len(table.rows) == 2
    assert table.ordinal_column == 0 and table.label_column == 1
    assert table.row_text(table.rows[1]) == "Hải Phòng | 150"


def test_rows_keep_spans_in_the_normalised_text():
    text = normalize_text(MERGED_HEADER)
    table = tables_in_text(text)[0]
    for row in (*table.header_rows, *table.rows):
        assert text[row.start : row.end] == row.text
    assert text[table.start : table.end].startswith("| TT |") and text[table.start : table.end].endswith("(năm 2030) |")


# ---------------------------------------------------------------- what is not a data table


def test_layout_rows_of_a_word_header_are_not_a_table():
    raw = (
        "| ỦY BAN NHÂN DÂN\nTỈNH BẠCH VÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc |\n"
        "| Số: 12/KH-UBND | Bạch Vân, ngày 02 tháng 01 năm 2026 |\nKẾ HOẠCH\n"
    )
    text = normalize_text(raw)
    assert tables_in_text(text) == []
    assert text.split("\n\n") == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH BẠCH VÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "Bạch Vân, ngày 02 tháng 01 năm 2026",
        "KẾ HOẠCH",
    ]


def test_single_row_is_not_a_table():
    assert tables_in_text(normalize_text("| 1 | Hà Nội | 200 |\n\nĐoạn văn.")) == []


# ---------------------------------------------------------------- in the tree


def test_iter_tables_gives_section_paths():
    raw = "KẾ HOẠCH\n\nI. CHỈ TIÊU\n\n" + MERGED_HEADER + "\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các sở\n\n" + ASSIGNMENTS
    root = parse_structure(normalize_text(raw))
    found = [([s.title for s in path], table.header[1]) for path, table in iter_tables(root)]
    assert found == [
        (["I. CHỈ TIÊU", "2. Biểu chỉ tiêu"], "Chỉ tiêu"),
        (["Phụ lục: Danh mục nhiệm vụ"], "Nhiệm vụ"),
    ]
    path, table = next(iter_tables(root))
    assert path[-1].tables == [table] and table.caption == "Các chỉ tiêu chủ yếu như sau:"


def test_a_header_of_bare_years_is_a_header():
    from index.tables import tables_in_text

    [table] = tables_in_text("| Chỉ tiêu | 2019 | 2020 | 2021 |\n\n| Tuyển sinh | 1.200 | 1.350 | 1.500 |\n\n"
                             "| Đào tạo nghề | 800 | 850 | 900 |")
    assert table.header == ("Chỉ tiêu", "2019", "2020", "2021")
    assert "2020: 1.350" in table.row_text(table.rows[0])


# ---------------------------------------------------------------- a web page's table pasted one cell a line
FLAT = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027", "1", "Tuyển sinh", "Người", "24.100", "2",
        "Số phiên giao dịch việc làm", "", "18", "Ghi chú: số liệu ước tính."]


def test_a_table_pasted_one_cell_a_line_is_read_row_by_row():
    end, rows = flattened_table(FLAT, 0)
    assert rows == [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027"], ["1", "Tuyển sinh", "Người", "24.100"],
                    ["2", "Số phiên giao dịch việc làm", "", "18"]]
    assert FLAT[end] == "Ghi chú: số liệu ước tính."


def test_a_flattened_table_keeps_group_rows_and_cells_copied_over_two_lines():
    lines = ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "I", "Nhóm nhiệm vụ tuyển sinh", "1", "Rà soát nghề cho lao",
             "động nông thôn", "Sở Nội vụ", "Quý II/2027", "2", "Ngày hội việc làm", "Sở Nội vụ", "Tháng 5/2027"]
    end, rows = flattened_table(lines, 0)
    assert end == len(lines)
    assert rows[1:] == [["I", "Nhóm nhiệm vụ tuyển sinh", "", ""],
                        ["1", "Rà soát nghề cho lao động nông thôn", "Sở Nội vụ", "Quý II/2027"],
                        ["2", "Ngày hội việc làm", "Sở Nội vụ", "Tháng 5/2027"]]


@pytest.mark.parametrize("lines", [
    ["1", "Tuyển sinh", "Người", "24.100"],  # no ordinal header
    ["TT", "Chỉ tiêu", "1", "Tuyển sinh"],  # two columns: a list, not a table
    ["TT", "Các đơn vị chủ động xây dựng kế hoạch triển khai và báo cáo kết quả", "Đơn vị", "1", "a", "b"],  # prose
    ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Ghi chú"],  # a header without rows
])
def test_lines_that_are_not_a_flattened_table(lines):
    assert flattened_table(lines, 0) is None


def test_normalising_writes_a_flattened_table_as_pipe_rows():
    text = normalize_text("Biểu 01: Chỉ tiêu năm 2027\n" + "\n".join(FLAT))
    assert "| 2 | Số phiên giao dịch việc làm |  | 18 |" in text
    assert tables_in_text(text)[0].header == ("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2027")


def _row_labels(*lines: str) -> list[str]:
    """Each data row's label as read aloud, under the row it details."""
    table = _table_of(*lines)
    return [table.row_text(r, with_parent=True).split(" | ")[0] for r in table.rows]


def _table_of(*lines: str):
    return tables_in_text("\n\n".join(lines))[0]


def test_a_responsibility_matrix_row_is_read_as_the_roles_its_marks_give():
    table = _table_of(
        "| TT | Nội dung | Cơ quan thực hiện | Cơ quan thực hiện | Cơ quan thực hiện | Thời hạn |",
        "| TT | Nội dung | Sở Nội vụ | Sở Tài chính | Tỉnh đoàn | Thời hạn |",
        "| 1 | Ngày hội việc làm | P | | C | Quý II/2026 |",
        "| 2 | Bố trí kinh phí | Phối hợp | Chủ trì | | Hằng năm |")
    assert table.role_columns == {2: "Sở Nội vụ", 3: "Sở Tài chính", 4: "Tỉnh đoàn"}  # the merged cell left out
    assert [table.row_text(r) for r in table.rows] == [
        "Ngày hội việc làm | Chủ trì: Tỉnh đoàn | Phối hợp: Sở Nội vụ | Thời hạn: Quý II/2026",
        "Bố trí kinh phí | Chủ trì: Sở Tài chính | Phối hợp: Sở Nội vụ | Thời hạn: Hằng năm"]
    assert table.roles_in(table.rows[0], "phối hợp") == ["Sở Nội vụ"]


@pytest.mark.parametrize("lines", [
    ("| Tên | Sở Nội vụ | Tỉnh đoàn |", "| Khảo sát | P | |", "| Tập huấn | | P |"),  # nobody leads
    ("| Hạng | Mã | Ghi chú |", "| A | C | 12 |", "| B | P | 15 |"),  # one column of letters, no matrix
])
def test_a_table_without_two_columns_of_role_marks_and_a_lead_is_no_matrix(lines):
    table = _table_of(*lines)
    assert table.role_columns == {}
    assert table.row_text(table.rows[0]) == " | ".join(
        [table.label(table.rows[0])] + [f"{h}: {c}" for i, (h, c) in enumerate(zip(table.header, table.rows[0].cells))
                                        if c and i not in (table.ordinal_column, table.label_column)])


def test_a_schedule_row_is_read_as_the_periods_its_marks_tick():
    table = _table_of(
        "| TT | Nhiệm vụ | Năm 2026 | Năm 2026 | Năm 2027 |",
        "| TT | Nhiệm vụ | Q1/2026 | Q2/2026 | Q1/2027 |",
        "| 1 | Phiên giao dịch việc làm | x | | X |",
        "| 2 | Đào tạo tại làng nghề | | ✓ | |")
    assert table.role_columns == {} and table.schedule_columns == {2: "Q1/2026", 3: "Q2/2026", 4: "Q1/2027"}
    assert [table.row_text(r) for r in table.rows] == [
        "Phiên giao dịch việc làm | Thời gian thực hiện: Q1/2026, Q1/2027",
        "Đào tạo tại làng nghề | Thời gian thực hiện: Q2/2026"]


def test_a_gantt_row_under_months_written_short_is_read_as_its_months():
    """A contest plan's timeline "| T1 | T2 | … | T12 |" ticks the months each task runs in: said as months."""
    table = _table_of(
        "| TT | Nội dung công việc | Đơn vị thực hiện | T3 | T4 | T5 |",
        "| 1 | Thành lập Ban Giám khảo; tập huấn giám khảo | Ban Tổ chức Hội thi |  | x |  |",
        "| 2 | Khai mạc Hội thi | Ban Tổ chức Hội thi |  | x | x |")
    assert table.schedule_columns == {4: "tháng 4", 5: "tháng 5"}  # T3 ticks nothing
    assert table.row_text(table.rows[1]) == (
        "Khai mạc Hội thi | Thời gian thực hiện: tháng 4, tháng 5 | Đơn vị thực hiện: Ban Tổ chức Hội thi")


def test_marks_under_columns_that_are_no_times_are_read_as_they_stand():
    table = _table_of("| STT | Đối tượng | Hộ nghèo | Khuyết tật |", "|---|---|---|---|",
                      "| 1 | Học nghề sơ cấp | x | x |", "| 2 | Học nghề trung cấp | | x |")
    assert table.schedule_columns == {}
    assert table.row_text(table.rows[1]) == "Học nghề trung cấp | Khuyết tật: x"


def test_a_detail_row_is_read_under_the_row_it_details():
    labels = _row_labels(
        "| Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2027 |", "|---|---|---|---|",
        "| 1. Tuyển sinh đào tạo nghề | Người | 8.600 | 9.900 |",
        "| Trong đó: thanh niên | Người | 5.200 | 6.100 |",
        "| Trong đó: lao động chuyển đổi nghề | Người | 3.400 | 3.800 |",
        "| 2. Tỷ lệ có việc làm sau đào tạo | % | 82 | 85 |",
        "| 2.1. Trình độ cao đẳng | % | 90 | 92 |",
        "| Trong đó: lao động chuyển đổi nghề | % | 78 | 80 |")
    assert labels == [
        "1. Tuyển sinh đào tạo nghề",
        "1. Tuyển sinh đào tạo nghề › Trong đó: thanh niên",
        "1. Tuyển sinh đào tạo nghề › Trong đó: lao động chuyển đổi nghề",
        "2. Tỷ lệ có việc làm sau đào tạo",
        "2. Tỷ lệ có việc làm sau đào tạo › 2.1. Trình độ cao đẳng",  # a number in the label ranks it
        "2.1. Trình độ cao đẳng › Trong đó: lao động chuyển đổi nghề"]


def test_a_lettered_group_row_merged_across_the_table_heads_the_rows_under_it():
    """"A | NHÓM NGHỀ NÔNG NGHIỆP" merged across a trades table (its title repeated in every cell, as a Word table
    gives a merged cell): the rows numbered under it are read under it, and it is read once, not as a value of
    every column."""
    table = _table_of(
        "| TT | Tên nghề | Trình độ | Mức chi phí (đồng/người/khóa) |", "|---|---|---|---|",
        "| A | NHÓM NGHỀ NÔNG NGHIỆP | NHÓM NGHỀ NÔNG NGHIỆP | NHÓM NGHỀ NÔNG NGHIỆP |",
        "| 1 | Trồng rau an toàn | Dưới 3 tháng | 2.850.000 |",
        "| B | NGHỀ CHO NGƯỜI KHUYẾT TẬT | NGHỀ CHO NGƯỜI KHUYẾT TẬT | NGHỀ CHO NGƯỜI KHUYẾT TẬT |",
        "| 1 | Xoa bóp, bấm huyệt | Sơ cấp | 6.200.000 |",
        "| 2 | May dân dụng | Sơ cấp | 5.450.000 |")
    assert [table.row_text(r, with_parent=True) for r in table.rows] == [
        "NHÓM NGHỀ NÔNG NGHIỆP",
        "NHÓM NGHỀ NÔNG NGHIỆP › Trồng rau an toàn | Trình độ: Dưới 3 tháng | Mức chi phí (đồng/người/khóa): 2.850.000",
        "NGHỀ CHO NGƯỜI KHUYẾT TẬT",
        "NGHỀ CHO NGƯỜI KHUYẾT TẬT › Xoa bóp, bấm huyệt | Trình độ: Sơ cấp | Mức chi phí (đồng/người/khóa): 6.200.000",
        "NGHỀ CHO NGƯỜI KHUYẾT TẬT › May dân dụng | Trình độ: Sơ cấp | Mức chi phí (đồng/người/khóa): 5.450.000"]


def test_a_group_row_whose_ordinal_cell_is_merged_with_its_label_heads_the_rows_under_it():
    """A positions table grouped by faculty, the group's marker and name merged across the ordinal cell too ("II.
    KHOA CƠ KHÍ – ĐỘNG LỰC" in every cell, its subtotal in the count column): the rows numbered under it are read
    under it, so a row names the faculty it belongs to."""
    table = _table_of(
        "| TT | Vị trí việc làm | Nghề giảng dạy | Số lượng (người) |", "|---|---|---|---|",
        "| I. KHOA ĐIỆN – ĐIỆN TỬ | I. KHOA ĐIỆN – ĐIỆN TỬ | I. KHOA ĐIỆN – ĐIỆN TỬ | 06 |",
        "| 1 | Giảng viên dạy lý thuyết | Điện công nghiệp | 02 |",
        "| II. KHOA CƠ KHÍ – ĐỘNG LỰC | II. KHOA CƠ KHÍ – ĐỘNG LỰC | II. KHOA CƠ KHÍ – ĐỘNG LỰC | 07 |",
        "| 7 | Giảng viên dạy thực hành | Công nghệ ô tô | 03 |")
    assert [table.row_text(r, with_parent=True) for r in table.rows] == [
        "I. KHOA ĐIỆN – ĐIỆN TỬ | Số lượng (người): 06",
        "I. KHOA ĐIỆN – ĐIỆN TỬ › Giảng viên dạy lý thuyết | Nghề giảng dạy: Điện công nghiệp | Số lượng (người): 02",
        "II. KHOA CƠ KHÍ – ĐỘNG LỰC | Số lượng (người): 07",
        "II. KHOA CƠ KHÍ – ĐỘNG LỰC › Giảng viên dạy thực hành | Nghề giảng dạy: Công nghệ ô tô | Số lượng (người): 03"]


def test_a_scanned_ordinal_read_as_a_bullet_between_its_neighbours_numbers_stays_a_sibling():
    labels = _row_labels(
        "| TT | Nhóm đối tượng | Mức hỗ trợ tối đa (đồng/người/khóa học) |", "|---|---|---|",
        "| 3 | Người dân tộc thiểu số | 4.500.000 |",
        "| + | Người thuộc hộ cận nghèo | 3.500.000 |",  # OCR read "4" as "+"
        "| 5 | Lao động nông thôn khác | 2.500.000 |",
        "| 6 | Người khuyết tật | 6.000.000 |",
        "| + | Khuyết tật nặng | 7.000.000 |",  # a true detail: 6 and 7 skip no number
        "| 7 | Bộ đội xuất ngũ | 3.000.000 |")
    assert labels[1] == "Người thuộc hộ cận nghèo"
    assert labels[4] == "Người khuyết tật › Khuyết tật nặng"


def test_ordinals_a_scan_misread_are_mended_from_the_rows_around_them():
    """Tesseract reads "1" as "I", "1.2" as "tiẾ" and "1.3" as "1": the rows between "1.1" and "1.4" are its
    "1.2" and "1.3", the "I" over "1.1" is "1", so rows 2 and 3 are no details of the first row."""
    labels = _row_labels(
        "| TT | Chỉ tiêu | Đơn vị | Năm 2026 |", "|---|---|---|---|",
        "| I | Tổng số lao động được đào tạo | Người | 18.500 |",
        "| 1.1 | Trình độ cao đẳng | Người | 1.200 |",
        "| tiẾ | Trình độ trung cấp | Người | 2.300 |",
        "| 1 | Trình độ sơ cấp | Người | 5.600 |",
        "| 1.4 | Đào tạo dưới 03 tháng | Người | 9.400 |",
        "| 2 | Lao động khu công nghiệp được đào tạo lại | Người | 12.800 |",
        "| 3 | Thanh niên được đào tạo nghề | Người | 2.500 |")
    assert labels == [
        "Tổng số lao động được đào tạo",
        "Tổng số lao động được đào tạo › Trình độ cao đẳng",
        "Tổng số lao động được đào tạo › Trình độ trung cấp",
        "Tổng số lao động được đào tạo › Trình độ sơ cấp",
        "Tổng số lao động được đào tạo › Đào tạo dưới 03 tháng",
        "Lao động khu công nghiệp được đào tạo lại",
        "Thanh niên được đào tạo nghề"]


def test_ordinals_that_are_the_tables_own_structure_stay():
    assert repaired_ordinals(["I", "1", "2", "II", "1", "2"]) == ["I", "1", "2", "II", "1", "2"]
    assert repaired_ordinals(["1", "a", "b", "2", "-", "-", "3"]) == ["1", "a", "b", "2", "-", "-", "3"]
    assert repaired_ordinals(["1", "1.1", "1.1.1", "1.1.2", "1.4"]) == ["1", "1.1", "1.1.1", "1.1.2", "1.4"]
    assert repaired_ordinals(["3", "", "5"]) == ["3", "", "5"]  # an empty cell is no misreading


def test_a_header_repeated_over_a_page_break_is_no_row():
    """A table going on over a page repeats its header there; read as a row, it became the parent of the "Trong
    đó" row under it."""
    labels = _row_labels(
        "| TT | Chỉ tiêu | Đơn vị | Năm 2026 |", "|---|---|---|---|",
        "| 5 | Lao động được đào tạo kỹ năng bán dẫn | Người | 850 |",
        "| TT | Chỉ tiêu | Đơn vị | Năm 2026 |",
        "| | Trong đó: kỹ thuật viên cao đẳng | Người | 250 |",
        "| 6 | Tỷ lệ lao động qua đào tạo | % | 78,5 |")
    assert labels == ["Lao động được đào tạo kỹ năng bán dẫn",
                      "Lao động được đào tạo kỹ năng bán dẫn › Trong đó: kỹ thuật viên cao đẳng",
                      "Tỷ lệ lao động qua đào tạo"]


def test_a_scan_speck_between_the_unit_note_and_its_table_is_no_caption():
    """An OCR'd page reads a speck as "ZŸ" between "Đơn vị tính: triệu đồng" and the table: the title above the note
    is still the caption, and every row read aloud carries its unit."""
    text = normalize_text("Phụ lục: DỰ TOÁN KINH PHÍ\n\nĐơn vị tính: triệu đồng\n\nZŸ\n\n"
                          "| TT | Nội dung | Kinh phí |\n| 1 | Tư vấn việc làm | 1.680 |\n| 2 | Tuyên truyền | 830 |\n")
    table = tables_in_text(text)[0]
    assert (table.caption, table.unit) == ("Phụ lục: DỰ TOÁN KINH PHÍ", "triệu đồng")
    plain = normalize_text("Biểu 01: Chỉ tiêu\n\n| TT | Nhóm | Tổng |\n| 1 | Người khuyết tật | 1 040 |\n")
    assert tables_in_text(plain)[0].caption == "Biểu 01: Chỉ tiêu"


def test_a_tables_title_over_its_unit_note_is_its_caption():
    """ "Bảng 2. Dự kiến kinh phí …" / "(Đơn vị tính: tỷ đồng)" / the table: each row is read under the title (a row
    "2028 | … | Ngân sách tỉnh: 41,8" answers what the province "dự kiến" to spend), its unit read apart."""
    text = normalize_text("4. Kinh phí thực hiện\n\nBảng 2. Dự kiến kinh phí thực hiện theo dự thảo Nghị quyết\n\n"
                          "(Đơn vị tính: tỷ đồng)\n\n| Năm | Tổng cộng | Ngân sách tỉnh |\n| 2027 | 55,4 | 40,6 |\n"
                          "| 2028 | 57,1 | 41,8 |\n")
    table = tables_in_text(text)[0]
    assert (table.caption, table.unit) == ("Bảng 2. Dự kiến kinh phí thực hiện theo dự thảo Nghị quyết", "tỷ đồng")
    only_note = normalize_text("Phân kỳ như sau:\n\n(Đơn vị tính: tỷ đồng)\n\n| Năm | Tổng cộng | Ngân sách tỉnh |\n"
                               "| 2027 | 55,4 | 40,6 |\n| 2028 | 57,1 | 41,8 |\n")
    assert tables_in_text(only_note)[0].unit == "tỷ đồng"


def test_a_total_row_is_read_as_the_sum_of_what_its_label_column_lists():
    """ "Tổng cộng" alone says nothing of what it sums: read "Tổng cộng (Nguồn kinh phí)", so "tổng kinh phí các
    nguồn" finds it; an item row keeps its own label."""
    table = only_table("(Đơn vị tính: tỷ đồng)\n| TT | Nguồn kinh phí | Năm 2026 | Năm 2027 |\n"
                       "| 1 | Ngân sách tỉnh | 22,0 | 24,5 |\n|  | Tổng cộng | 72,4 | 79,6 |\n")
    assert table.row_text(table.rows[-1]) == "Tổng cộng (Nguồn kinh phí) | Năm 2026: 72,4 | Năm 2027: 79,6"
    assert table.row_text(table.rows[0]).startswith("Ngân sách tỉnh | ")


def test_a_header_row_is_known_by_its_ordinal_column():
    assert is_header_row("| TT | Nguồn kinh phí | Năm 2026 | Năm 2027 |")
    assert is_header_row("| STT | Nhiệm vụ | Cơ quan chủ trì |")
    assert not is_header_row("| 1 | Ngân sách tỉnh | 22,0 | 24,5 |")
    assert not is_header_row("|  | Tổng cộng | 72,4 | 79,6 |")


def test_a_unit_note_closing_the_line_before_the_caption_is_the_tables_unit():
    """ "Kinh phí được phân kỳ như sau (đơn vị tính: tỷ đồng):", then "Bảng 3. …", then the table: its figures are in
    tỷ đồng, though the caption says nothing of it."""
    text = normalize_text("Kinh phí được phân kỳ theo 2 giai đoạn như sau (đơn vị tính: tỷ đồng):\n\n"
                          "Bảng 3. Phân kỳ kinh phí\n\n| Giai đoạn | Tổng số | Ngân sách trung ương |\n"
                          "| 2026 - 2028 | 742,3 | 180,0 |\n| 2029 - 2030 | 544,2 | 132,0 |\n")
    table = tables_in_text(text)[0]
    assert (table.caption, table.unit) == ("Bảng 3. Phân kỳ kinh phí", "tỷ đồng")
    plain = normalize_text("Bảng 1. Tuyển sinh\n\n| TT | Nhóm | Người |\n| 1 | Thanh niên | 3.500 |\n"
                           "| 2 | Phụ nữ | 3.800 |\n")
    assert tables_in_text(plain)[0].unit == ""


def test_a_rows_label_is_its_first_cell_that_is_no_code():
    assert row_label(["CT04", "Chỉ tiêu: Tỷ lệ LĐ qua đào tạo có bằng cấp", "Năm 2028: 35,0"]) == (
        "Tỷ lệ LĐ qua đào tạo có bằng cấp", ["Năm 2028: 35,0"])
    assert row_label(["3.1", "Trình độ cao đẳng", "Kế hoạch năm 2026: 4.200"])[0] == "Trình độ cao đẳng"
    assert row_label(["Tuyển sinh", "Năm 2025: 3.500"]) == ("Tuyển sinh", ["Năm 2025: 3.500"])
    assert row_label(["2025", "Tuyển sinh: 3.500"])[0] == "2025"  # a year is a label, not a code


# ---------------------------------------------------------------- a table's column numbers, a table going on

NUMBERED_COLUMNS = """Biểu 02. Chỉ tiêu đào tạo nghề tỉnh Ngọc Viên

| Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2026 | Tăng (giảm) |
| A | B | (1) | (2) | (3)=(2)-(1) |
| Tuyển sinh | người | 9.800 | 10.500 | 700 |
| Tốt nghiệp | người | 8.100 | 8.900 | 800 |"""


def test_the_row_numbering_a_tables_columns_is_its_header_not_a_row():
    [table] = tables_in_text(normalize_text(NUMBERED_COLUMNS))
    assert table.header == ("Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026", "Tăng (giảm)")
    assert [table.label(r) for r in table.rows] == ["Tuyển sinh", "Tốt nghiệp"]


def test_a_data_row_of_small_figures_under_a_header_stays_a_row():
    text = "| Trường | Khoa | Nghề | Lớp |\n| Trường A | 1 | 3 | 4 |\n| Trường B | 2 | 5 | 7 |"
    [table] = tables_in_text(normalize_text(text))
    assert [table.label(r) for r in table.rows] == ["Trường A", "Trường B"]


GROUPED_ROWS = """BẢNG PHÂN CÔNG NHIỆM VỤ

STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn
1 | 2 | 3 | 4

A. ĐÀO TẠO NGHỀ

1 | Rà soát nhu cầu học nghề | Sở Nội vụ | Quý I/2026
2 | Mở lớp sơ cấp nghề | Trường Trung cấp nghề Ngọc Viên | Quý III/2026

B. VIỆC LÀM

3 | Tổ chức phiên giao dịch việc làm | Trung tâm Dịch vụ việc làm | Hằng tháng

Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.

4 | 5 | 6 | 7
8 | 9 | 10 | 11"""


def test_a_table_going_on_past_the_headings_of_its_groups_keeps_its_columns():
    root = parse_structure(normalize_text(GROUPED_ROWS))
    tables = [(path[-1].title, t) for path, t in iter_tables(root)]
    by_group = {title: t for title, t in reversed(tables) if t.rows}  # each group's first
    assert by_group["A. ĐÀO TẠO NGHỀ"].header == ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn")
    assert by_group["B. VIỆC LÀM"].cell(by_group["B. VIỆC LÀM"].rows[0], "chủ trì") == "Trung tâm Dịch vụ việc làm"
    # past a sentence, a table of its own: no columns lent to it
    assert [t.header for _, t in tables][-1] == ("", "", "", "")


# ---------------------------------------------------------------- a text copy's table (cells joined by " | ")
# A text copy writes each row on a line with its cells joined by " | ", no outer pipes; a merged cell once; a blank
# cell empty, also at either end of a row; a merged group row as its bare label.


def test_a_row_without_outer_pipes_may_end_in_a_blank_cell():
    assert pipe_cells("1 | Kế hoạch giải quyết việc làm | Sở Nội vụ | Trước 20/01/2027 | ") == [
        "1", "Kế hoạch giải quyết việc làm", "Sở Nội vụ", "Trước 20/01/2027", ""]
    assert pipe_cells("| a | b | c |") == ["a", "b", "c"]  # with both outer pipes they are the border
    assert pipe_cells("Số hiệu | 153/KH-UBND |") == ["Số hiệu", "153/KH-UBND"]  # a web copy's two-cell field


SCHEDULE_COPY = "\n".join([
    "TT | Tên đề án, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian trình | Ghi chú",
    "Quý I",
    "1 | Kế hoạch tuyển sinh năm 2027 | Sở Giáo dục và Đào tạo | Sở Nội vụ | Trước 15/02/2027 | ",
    "2 | Báo cáo bảo hiểm thất nghiệp năm 2026 | Bảo hiểm xã hội tỉnh | Sở Nội vụ | Tháng 3/2027 | ",
    "Quý II",
    "Không có nội dung",
    "Quý III",
    "3 | Đề án việc làm cho thanh niên | Sở Nội vụ | Tỉnh đoàn | Trước 10/7/2027 | Chuyển tiếp",
    "4 | Kế hoạch điều tra cung - cầu lao động |  | Thống kê tỉnh | Tháng 8/2027 | ",
])


def test_a_schedule_copied_as_text_is_one_table_under_its_header_past_its_group_labels():
    found = tables_in_text(normalize_text(SCHEDULE_COPY))
    assert [len(t.rows) for t in found] == [2, 2]
    assert all(t.header[2] == "Cơ quan chủ trì" and t.width == 6 for t in found)
    assert found[1].cell(found[1].rows[0], "Ghi chú") == "Chuyển tiếp"


INVESTMENT_COPY = "\n".join([
    "Đơn vị: triệu đồng",
    "TT | Danh mục dự án | Quyết định đầu tư | Điều chỉnh | Kế hoạch sau điều chỉnh | Chủ đầu tư | Ghi chú",
    " |  | Số, ngày | Tổng mức đầu tư | Tăng | Giảm |  |  | ",
    " |  |  | Tổng số | Trong đó: NSĐP |  |  |  |  | ",
    "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8=6-7 | 9 | 10",
    "1 | Nhà xưởng thực hành Trường Cao đẳng Nghề Sơn Đông | 1456/QĐ-UBND | 32.000 | 32.000 | 3.200 | - | 35.200 | "
    "Trường Cao đẳng Nghề Sơn Đông | Bố trí đủ vốn",
    "2 | Sàn giao dịch việc làm phía Bắc | 618/QĐ-UBND | 20.000 | 20.000 | - | 1.000 | 19.000 | Sở Nội vụ | ",
])


def test_a_header_whose_merged_cells_a_text_copy_wrote_once_is_spread_over_the_labels_below():
    table = only_table(INVESTMENT_COPY)
    assert table.header == (
        "TT", "Danh mục dự án", "Quyết định đầu tư Số, ngày", "Quyết định đầu tư Tổng mức đầu tư Tổng số",
        "Quyết định đầu tư Tổng mức đầu tư Trong đó: NSĐP", "Điều chỉnh Tăng", "Điều chỉnh Giảm",
        "Kế hoạch sau điều chỉnh", "Chủ đầu tư", "Ghi chú")
    assert [table.cell(r, "Chủ đầu tư") for r in table.rows] == ["Trường Cao đẳng Nghề Sơn Đông", "Sở Nội vụ"]
