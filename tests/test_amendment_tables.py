"""An amendment's comparison table ("BẢNG ĐỐI CHIẾU", "BẢNG SO SÁNH"): the plan in force beside the text that
replaces it and the reason. What the plan says now is the amended cell, the current one where the row keeps it,
nothing where the row repeals it; the superseded text assigns no duty."""

from __future__ import annotations

import pytest

from index.normalize import normalize_text
from index.register.tables import cell_lines
from index.structure import parse_structure
from index.tables import amendment_columns, in_force, iter_tables
from tests.register_snippets import pipe, register_of

TABLE = "\n".join([
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LỤC HÀ",
    "BẢNG ĐỐI CHIẾU",
    "Các nội dung điều chỉnh Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND tỉnh Lục Hà về đào tạo nghề cho lao "
    "động nông thôn giai đoạn 2025-2030",
    "(Kèm theo Tờ trình số 31/TTr-SGDĐT ngày 02/4/2026 của Sở Giáo dục và Đào tạo)",
    "",
    pipe("TT", "Quy định tại Kế hoạch số 45/KH-UBND", "Nội dung điều chỉnh", "Giải trình"),
    pipe("A", "MỤC TIÊU", "MỤC TIÊU", "MỤC TIÊU"),
    pipe("1", "Mỗi năm đào tạo nghề cho 6.000 lao động nông thôn.", "Mỗi năm đào tạo nghề cho 7.500 lao động nông "
         "thôn.", "Theo Nghị quyết số 12/NQ-HĐND ngày 05/3/2026."),
    pipe("B", "TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    pipe("2", "Sở Lao động - Thương binh và Xã hội chủ trì điều tra nhu cầu học nghề, hoàn thành trước 30/6 hằng "
         "năm.", "Sở Giáo dục và Đào tạo chủ trì điều tra nhu cầu học nghề, hoàn thành trước 31/5 hằng năm.",
         "Quản lý nhà nước về giáo dục nghề nghiệp chuyển về Sở Giáo dục và Đào tạo."),
    pipe("3", "Chưa quy định", "Sở Nội vụ chủ trì tổ chức 20 phiên giao dịch việc làm mỗi năm.",
         "Bổ sung nhiệm vụ kết nối việc làm."),
    pipe("4", "Phòng Lao động - Thương binh và Xã hội cấp huyện rà soát đối tượng học nghề.", "Bãi bỏ",
         "Không còn cấp huyện."),
    pipe("5", "Ngân hàng Chính sách xã hội chi nhánh tỉnh cho vay vốn học nghề.", "Giữ nguyên", ""),
])


@pytest.mark.parametrize(("current", "amended", "now"), [
    ("6.000 lao động", "7.500 lao động", "7.500 lao động"),
    ("6.000 lao động", "Giữ nguyên", "6.000 lao động"),
    ("6.000 lao động", "Không thay đổi.", "6.000 lao động"),
    ("6.000 lao động", "", "6.000 lao động"),
    ("Phòng LĐTBXH rà soát", "Bãi bỏ", ""),
    ("Chưa quy định", "Sở Nội vụ chủ trì", "Sở Nội vụ chủ trì"),
    ("Sở Lao động chủ trì", "Sửa đổi thành: “Sở Nội vụ chủ trì 20 phiên.”", "Sở Nội vụ chủ trì 20 phiên."),
    ("Chưa quy định", "Bổ sung nhiệm vụ mới: Sở Khoa học và Công nghệ chủ trì", "Sở Khoa học và Công nghệ chủ trì"),
    ("12 phiên", "Sở Nội vụ bổ sung: 20 phiên", "Sở Nội vụ bổ sung: 20 phiên"),  # no formula of its own
])
def test_the_text_an_amendment_leaves_in_force(current, amended, now):
    assert in_force(current, amended) == now


def test_a_comparison_table_is_told_by_its_columns_and_no_other_table_is():
    tables = [t for _, t in iter_tables(parse_structure(normalize_text(TABLE)))]
    assert [amendment_columns(t) for t in tables] == [(1, 2)]
    other = TABLE.replace("Quy định tại Kế hoạch số 45/KH-UBND", "Nội dung").replace("Nội dung điều chỉnh", "Kết quả")
    assert [amendment_columns(t) for _, t in iter_tables(parse_structure(normalize_text(other)))] == [None]


def test_the_duties_an_amendment_leaves_in_force_and_none_it_replaces_or_repeals():
    rows = {(r.agency, r.role): r for r in register_of(TABLE).responsibilities}
    assert rows[("Sở Giáo dục và Đào tạo", "chủ trì")].deadline == "hoàn thành trước 31/5"
    assert "20 phiên giao dịch việc làm" in rows[("Sở Nội vụ", "chủ trì")].task  # added by the amendment
    assert "cho vay vốn học nghề" in rows[("Ngân hàng Chính sách xã hội", "thực hiện")].task  # kept as it was
    assert not any("Lao động" in agency for agency, _ in rows)  # superseded and repealed


# A comparison table as a web page or a text rendering gives it: rows without outer bars, the columns numbered
# under the header, each group of rows under a heading of its own between them, the amended cell naming the
# place it amends and a body's part whose lines a converter joined on one line.
SPLIT_TABLE = "\n".join([
    "UBND TỈNH NGỌC VIÊN",
    "BẢNG SO SÁNH",
    "Dự thảo sửa đổi Kế hoạch số 77/KH-UBND ngày 15/02/2025 của UBND tỉnh Ngọc Viên về đào tạo nghề",
    "STT | Nội dung cũ | Nội dung sửa đổi, bổ sung | Thuyết minh",
    "1 | 2 | 3 | 4",
    "A. CHỈ TIÊU",
    "1 | Mỗi năm tuyển sinh 9.000 người. | Sửa đổi tiết 1 điểm a khoản 2 Mục I thành: “Mỗi năm tuyển sinh 9.600 "
    "người.” | Theo chỉ tiêu tỉnh giao.",
    "B. TỔ CHỨC THỰC HIỆN",
    "2 | 2. Sở Lao động - Thương binh và Xã hội chủ trì mở lớp nghề. | Sửa đổi khoản 2 Mục IV như sau: “2. Sở Lao "
    "động - Thương binh và Xã hội - Chủ trì mở lớp nghề cho thanh niên hoàn thành nghĩa vụ quân sự, xong trước "
    "30/9 hằng năm. - Phối hợp với Bộ Chỉ huy quân sự tỉnh lập danh sách học viên.” | Bổ sung đối tượng.",
    "3 | Chưa có. | Bổ sung khoản 2b vào Mục IV như sau: “2b. Hội Cựu chiến binh tỉnh - Vận động hội viên tham "
    "gia học nghề; - Báo cáo kết quả trước 15/11 hằng năm.” | Bổ sung nhiệm vụ.",
])


def test_a_comparison_table_split_by_its_groups_headings_gives_the_duties_of_each_group():
    rows = {(r.agency, r.task[:12]): r for r in register_of(SPLIT_TABLE).responsibilities}
    lead = rows[("Sở Lao động - Thương binh và Xã hội", "Chủ trì mở l")]
    assert lead.role == "chủ trì" and lead.deadline == "trước 30/9"
    assert "thanh niên hoàn thành nghĩa vụ quân sự" in lead.task  # the amended text, not the superseded one
    assert ("Sở Lao động - Thương binh và Xã hội", "Phối hợp với") in rows  # its second line, a task of its own
    veterans = [r for (agency, _), r in rows.items() if agency.startswith("Hội Cựu chiến binh")]
    assert {r.task.split()[0] for r in veterans} == {"Vận", "Báo"}


@pytest.mark.parametrize(("cell", "lines"), [
    ("1a. Sở Nội vụ - Chủ trì tổ chức phiên giao dịch. - Chủ trì cập nhật cung - cầu lao động.",
     ["1a. Sở Nội vụ", "- Chủ trì tổ chức phiên giao dịch.", "- Chủ trì cập nhật cung - cầu lao động."]),
    ("“2. Sở Lao động - Thương binh và Xã hội - Phối hợp mở lớp.”",
     ["2. Sở Lao động - Thương binh và Xã hội", "- Phối hợp mở lớp."]),
    ("Chỉ tiêu từng năm: - Năm 2026: 500 người; - Năm 2027: 550 người.",
     ["Chỉ tiêu từng năm:", "- Năm 2026: 500 người;", "- Năm 2027: 550 người."]),
    ("Sở Tài chính chủ trì thẩm định giá dịch vụ đào tạo - sát hạch lái xe.",
     ["Sở Tài chính chủ trì thẩm định giá dịch vụ đào tạo - sát hạch lái xe."]),
])
def test_the_lines_of_a_cell_a_converter_put_on_one_line(cell, lines):
    assert cell_lines(cell) == lines


def test_a_comparison_row_is_named_by_the_place_it_amends_not_by_the_superseded_text():
    tables = [t for _, t in iter_tables(parse_structure(normalize_text(SPLIT_TABLE))) if t.rows]
    labels = [t.label(row) for t in tables for row in t.rows]
    assert labels == ["Tiết 1 điểm a khoản 2 Mục I", "Khoản 2 Mục IV", "Khoản 2b vào Mục IV"]
    read = tables[0].row_text(tables[0].rows[0])
    assert read.startswith("Tiết 1 điểm a khoản 2 Mục I | Nội dung cũ: Mỗi năm tuyển sinh 9.000 người.")
    assert "Nội dung sửa đổi, bổ sung: Sửa đổi tiết 1 điểm a khoản 2 Mục I thành: “Mỗi năm tuyển sinh 9.600" in read
    [lục_hà] = [t for _, t in iter_tables(parse_structure(normalize_text(TABLE)))]
    assert [lục_hà.label(row) for row in lục_hà.rows][1:3] == ["1", "B"]  # no place named: its number
