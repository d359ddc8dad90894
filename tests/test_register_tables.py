"""Assignment tables and target tables in the register, on hand-made plans in table house styles."""

from __future__ import annotations

import pytest

from tests.register_snippets import HEADER, pipe, register_of

ANNEX = "\n".join([
    "Phụ lục II",
    "PHÂN CÔNG NHIỆM VỤ",
    pipe("STT", "Công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ", "Kết quả"),
    pipe("1", "Rà soát nhu cầu đào tạo nghề của doanh nghiệp", "Sở Nội vụ", "Sở Công Thương; Liên minh Hợp tác xã tỉnh",
         "Quý II/2025", "Báo cáo rà soát"),
    pipe("2", "Mở 10 lớp kỹ năng số, phối hợp cùng Hiệp hội Du lịch tỉnh Nam Kỳ chọn học viên", "Sở Du lịch",
         "Sở Nội vụ", "Triển khai từ tháng 3/2025", "10 lớp học"),
    pipe("3", "Báo cáo kết quả thực hiện Kế hoạch", "Các sở, ngành; UBND các huyện",
         "Sở Nội vụ (tổng hợp); 05 trường được chọn", "Trước 15/12/2025", "Báo cáo năm"),
    pipe("4", "Tập huấn cán bộ", "", "", "Hằng năm", ""),
])


def annex_plan(annex: str = ANNEX) -> str:
    return HEADER + "I. MỤC TIÊU\n\nNâng cao chất lượng đào tạo nghề.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n" \
        "- Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n" + annex + "\n"


def test_an_assignment_table_gives_one_lead_row_per_task_with_its_partners_and_deadline():
    reg = register_of(annex_plan())
    leads = [(r.agency, r.role, r.partners, r.deadline) for r in reg.responsibilities
             if r.section.startswith("Phụ lục") and r.role != "phối hợp"]
    assert leads == [
        ("Sở Nội vụ", "chủ trì", ["Sở Công Thương", "Liên minh Hợp tác xã tỉnh"], "Quý II/2025"),
        ("Sở Du lịch", "chủ trì", ["Sở Nội vụ", "Hiệp hội Du lịch tỉnh Nam Kỳ"], "Triển khai từ tháng 3/2025"),
        ("Các sở, ban, ngành", "chủ trì", ["Sở Nội vụ"], "Trước 15/12/2025"),
        ("Ủy ban nhân dân cấp huyện", "chủ trì", ["Sở Nội vụ"], "Trước 15/12/2025"),
    ]
    first = next(r for r in reg.responsibilities if r.agency == "Sở Nội vụ" and r.role == "chủ trì")
    assert first.task == "Rà soát nhu cầu đào tạo nghề của doanh nghiệp"
    assert "Kết quả: Báo cáo rà soát" in first.source


def test_the_partner_column_gives_coordinating_rows_without_a_deadline_of_their_own():
    reg = register_of(annex_plan())
    partners = {(r.agency, r.task[:20]) for r in reg.responsibilities if r.role == "phối hợp"}
    assert ("Liên minh Hợp tác xã", "Rà soát nhu cầu đào ") in partners
    assert ("Sở Nội vụ", "Báo cáo kết quả thực") in partners
    assert not any("05 trường" in r.agency for r in reg.responsibilities)
    dated = {d.when: (d.agencies, d.kind, d.date) for d in reg.deadlines if d.section.startswith("Phụ lục")}
    assert dated == {
        "Quý II/2025": (["Sở Nội vụ"], "quarter", ""),
        "Triển khai từ tháng 3/2025": (["Sở Du lịch"], "start", ""),
        "Trước 15/12/2025": (["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"], "date", "2025-12-15"),
    }


def test_a_row_without_a_lead_body_gives_no_row():
    assert not any("Tập huấn" in r.task for r in register_of(annex_plan()).responsibilities)


def test_a_lead_cell_merged_over_two_tasks_leads_both_where_a_copy_left_the_second_blank():
    """A text copy writes a vertically merged "Cơ quan chủ trì" cell once: the task below it with partners of its
    own has that lead; a task with neither stays without a row."""
    annex = "\n".join([
        "PHỤ LỤC",
        pipe("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        pipe("1", "Đề án phát triển thị trường lao động", "Sở Nội vụ", "Sở Tài chính", "Quý I/2027"),
        pipe("2", "Điều tra cung - cầu lao động", "", "Thống kê tỉnh", "Quý II/2027"),
        pipe("3", "Tập huấn cán bộ", "", "", "Hằng năm"),
    ])
    rows = [(r.agency, r.role, r.task[:20]) for r in register_of(annex_plan(annex)).responsibilities
            if r.section.startswith("PHỤ LỤC")]
    survey = "Điều tra cung - cầu "
    assert {("Sở Nội vụ", "chủ trì", survey), ("Thống kê tỉnh", "phối hợp", survey)} <= set(rows)
    assert not any(task.startswith("Tập huấn") for _, _, task in rows)


def test_a_group_row_is_no_task_and_a_rows_figure_stands_beside_its_task():
    annex = "\n".join([
        "Phụ lục: Chỉ tiêu và nhiệm vụ giao năm 2026",
        pipe("STT", "Chỉ tiêu / nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Chỉ tiêu 2026", "Thời hạn"),
        pipe("I", *["LAO ĐỘNG, VIỆC LÀM"] * 5),
        pipe("1", "Tổ chức phiên giao dịch việc làm", "Trung tâm Dịch vụ việc làm tỉnh", "UBND các xã, phường",
             "24 phiên", "Tháng 01 - 12/2026"),
    ])
    rows = [(r.agency, r.role, r.task) for r in register_of(annex_plan(annex)).responsibilities
            if r.section.startswith("Phụ lục")]
    assert rows == [
        ("Trung tâm Dịch vụ việc làm", "chủ trì", "Tổ chức phiên giao dịch việc làm (Chỉ tiêu 2026: 24 phiên)"),
        ("Ủy ban nhân dân cấp xã", "phối hợp", "Tổ chức phiên giao dịch việc làm (Chỉ tiêu 2026: 24 phiên)"),
    ]


# A responsibility matrix: bodies as columns under one merged cell, a mark per task ("C" leads, "P" coordinates),
# a legend under it; and a schedule whose "x" marks its quarters (no roles).
MATRIX = "\n".join([
    "Phụ lục II. MA TRẬN PHÂN CÔNG",
    pipe("TT", "Nhiệm vụ", "Cơ quan, đơn vị", "Cơ quan, đơn vị", "Cơ quan, đơn vị", "Cơ quan, đơn vị", "Thời hạn"),
    pipe("TT", "Nhiệm vụ", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "UBND các xã, phường", "Thời hạn"),
    pipe("1", "Tổ chức Ngày hội việc làm thanh niên", "P", "", "C", "P", "Quý II hằng năm"),
    pipe("2", "Khảo sát nhu cầu học nghề của lao động", "CT", "PH", "", "PH", "Trước 30/6/2026"),
    pipe("3", "Tuyên truyền về học nghề", "", "", "", "", "Thường xuyên"),
    "C: chủ trì; P: phối hợp",
    "Phụ lục III. TIẾN ĐỘ",
    pipe("TT", "Nhiệm vụ", "Q1/2026", "Q2/2026", "Q3/2026"),
    pipe("1", "Ngày hội việc làm", "", "x", "x"),
    pipe("2", "Khảo sát nhu cầu", "x", "x", ""),
])


def test_a_responsibility_matrix_gives_each_marked_body_its_role():
    reg = register_of(annex_plan(MATRIX))
    rows = [(r.agency, r.role, r.task, r.deadline, r.partners) for r in reg.responsibilities
            if r.section.startswith("Phụ lục")]
    youth = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"  # "Tỉnh đoàn", canonical
    assert rows == [
        (youth, "chủ trì", "Tổ chức Ngày hội việc làm thanh niên", "Quý II hằng năm", ["Sở Nội vụ", "UBND các xã, phường"]),
        ("Sở Nội vụ", "phối hợp", "Tổ chức Ngày hội việc làm thanh niên", "Quý II hằng năm", ["Tỉnh đoàn"]),
        ("Ủy ban nhân dân cấp xã", "phối hợp", "Tổ chức Ngày hội việc làm thanh niên", "Quý II hằng năm", ["Tỉnh đoàn"]),
        ("Sở Nội vụ", "chủ trì", "Khảo sát nhu cầu học nghề của lao động", "Trước 30/6/2026",
         ["Sở Giáo dục và Đào tạo", "UBND các xã, phường"]),
        ("Sở Giáo dục và Đào tạo", "phối hợp", "Khảo sát nhu cầu học nghề của lao động", "Trước 30/6/2026", ["Sở Nội vụ"]),
        ("Ủy ban nhân dân cấp xã", "phối hợp", "Khảo sát nhu cầu học nghề của lao động", "Trước 30/6/2026", ["Sở Nội vụ"]),
    ]  # no row for the unmarked task, none from the schedule's "x" marks
    lead = next(r for r in reg.responsibilities if r.role == "chủ trì" and r.task.startswith("Khảo sát"))
    assert "Chủ trì: Sở Nội vụ | Phối hợp: Sở Giáo dục và Đào tạo; UBND các xã, phường" in lead.source


def test_a_matrix_read_back_by_ocr_keeps_its_roles_through_a_misread_cell_and_column_name():
    """A narrow cell read "L0" for "C", a task column read "Nhiện" for "Nhiệm vụ": the other marks still speak,
    and the row labels are the tasks."""
    annex = "\n".join([
        "Phụ lục II. MA TRẬN PHÂN CÔNG",
        pipe("TT", "Nhiện", "Sở Nội vụ", "Sở Tài chính", "Tỉnh đoàn", "Thời hạn"),
        pipe("1", "Tổ chức Ngày hội việc làm thanh niên", "P )", "", "C", "Quý II hằng năm"),
        pipe("2", "Khảo sát nhu cầu học nghề của lao động", "C", "P", "L0", "Trước 30/6/2026"),
        pipe("3", "Bố trí kinh phí thực hiện", "P", "C", "", "Hằng năm"),
    ])
    rows = {(r.agency, r.role, r.task[:12]) for r in register_of(annex_plan(annex)).responsibilities
            if r.section.startswith("Phụ lục")}
    assert {("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "chủ trì", "Tổ chức Ngày"), ("Sở Nội vụ", "phối hợp", "Tổ chức Ngày"),
            ("Sở Nội vụ", "chủ trì", "Khảo sát nhu"), ("Sở Tài chính", "chủ trì", "Bố trí kinh ")} <= rows


def test_an_executor_column_stands_for_the_lead_and_the_role_comes_from_the_task():
    annex = "\n".join([
        "PHỤ LỤC",
        pipe("TT", "Nội dung", "Cơ quan thực hiện", "Thời hạn"),
        pipe("1", "Phối hợp tổ chức hội chợ việc làm", "Tỉnh đoàn", "Tháng 9 năm 2025"),
        pipe("2", "Cấp thẻ học nghề", "Sở Nội vụ", "Hằng năm"),
    ])
    rows = [(r.agency, r.role, r.deadline) for r in register_of(annex_plan(annex)).responsibilities
            if r.section.startswith("PHỤ LỤC")]
    assert rows == [("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "phối hợp", "Tháng 9 năm 2025"), ("Sở Nội vụ", "thực hiện", "Hằng năm")]


TARGETS = "\n".join([
    "III. CHỈ TIÊU",
    "Biểu chỉ tiêu chủ yếu:",
    pipe("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả 2024", "Mục tiêu", "Mục tiêu"),
    pipe("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả 2024", "Năm 2025", "Giai đoạn 2026-2030"),
    pipe("1", "Tuyển sinh đào tạo nghề", "Người", "36 950", "39 600", "4.000/năm"),
    pipe("1.1", "Trình độ cao đẳng", "Người", "2 870", "3 150", "42.000 - 45.000 người/năm"),
    pipe("2", "Tỷ lệ có việc làm sau đào tạo", "%", "85", "Trên 90", "75% (năm 2030)"),
    pipe("3", "Tỷ lệ thất nghiệp thành thị", "%", "2,95", "Dưới 3", "≥ 2,5"),
    pipe("4", "Tỷ lệ học sinh vào học nghề", "%", "21,5%", "25%", "30 - 35%"),
    pipe("5", "Kinh phí hỗ trợ", "Tỷ đồng", "2,1", "2,5 tỷ đồng", "-"),
])


def test_a_target_table_gives_one_target_per_row_and_target_column():
    targets = [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in register_of(HEADER + TARGETS).targets
               if t.section.endswith("CHỈ TIÊU")]
    assert targets == [
        ("Tuyển sinh đào tạo nghề", "39 600", "người", "=", "2025"),
        ("Tuyển sinh đào tạo nghề", "4.000", "người/năm", "=", "2026-2030"),
        ("Tuyển sinh đào tạo nghề: Trình độ cao đẳng", "3 150", "người", "=", "2025"),
        ("Tuyển sinh đào tạo nghề: Trình độ cao đẳng", "42.000 - 45.000", "người/năm", "range", "2026-2030"),
        ("Tỷ lệ có việc làm sau đào tạo", "90", "%", ">", "2025"),
        ("Tỷ lệ có việc làm sau đào tạo", "75", "%", "=", "2030"),
        ("Tỷ lệ thất nghiệp thành thị", "3", "%", "<", "2025"),
        ("Tỷ lệ thất nghiệp thành thị", "2,5", "%", "≥", "2026-2030"),
        ("Tỷ lệ học sinh vào học nghề", "25", "%", "=", "2025"),
        ("Tỷ lệ học sinh vào học nghề", "30 - 35", "%", "range", "2026-2030"),
        ("Kinh phí hỗ trợ", "2,5", "tỷ đồng", "=", "2025"),
    ]


@pytest.mark.parametrize("past", ["Thực hiện 2023", "Ước 2023", "TH 2023", "Năm 2023 (ước)"])
def test_columns_of_results_or_estimates_are_not_targets(past):
    table = "\n".join([
        "II. CHỈ TIÊU",
        pipe("Chỉ tiêu", "ĐVT", past, "Kế hoạch 2024"),
        pipe("Lao động được tạo việc làm", "người", "21.860", "22.000"),
        pipe("Phiên giao dịch việc làm", "phiên", "38", "42"),
    ])
    targets = [(t.value, t.unit, t.year) for t in register_of(HEADER + table).targets]
    assert targets == [("22.000", "người", "2024"), ("42", "phiên", "2024")]


def test_a_tab_separated_target_table():
    table = "\n".join([
        "Điều 8. Bảng chỉ tiêu",
        "Chỉ tiêu\tĐơn vị\tTH 2024\tKH 2025",
        "Doanh nghiệp đặt hàng đào tạo\tdoanh nghiệp\t420\t500",
        "Tỷ lệ thất nghiệp thành thị\t%\t2,71\tdưới 3",
    ])
    targets = [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in register_of(HEADER + table).targets]
    assert targets == [
        ("Doanh nghiệp đặt hàng đào tạo", "500", "doanh nghiệp", "=", "2025"),
        ("Tỷ lệ thất nghiệp thành thị", "3", "%", "<", "2025"),
    ]


def test_a_table_of_neither_kind_gives_nothing():
    table = "\n".join([
        "IV. KINH PHÍ",
        pipe("Nguồn vốn", "Số tiền (tỷ đồng)", "Ghi chú"),
        pipe("Ngân sách tỉnh", "17,8", ""),
        pipe("Ngân sách huyện", "4,2", ""),
    ])
    reg = register_of(HEADER + table)
    assert reg.targets == [] and reg.responsibilities == []


def test_without_a_unit_column_the_unit_comes_from_the_indicators_brackets():
    table = "\n".join([
        "3- Chỉ tiêu phân theo năm",
        pipe("Chỉ tiêu", "Năm 2020", "Năm 2021"),
        pipe("Đào tạo nghề cho lao động nông thôn (người)", "12.000", "12.500"),
        pipe("Tỷ lệ lao động qua đào tạo (%)", "59", "61"),
    ])
    targets = [(t.value, t.unit, t.year) for t in register_of(HEADER + table).targets]
    assert targets == [("12.000", "người", "2020"), ("12.500", "người", "2021"), ("59", "%", "2020"), ("61", "%", "2021")]


# A web page's table pasted one cell a line (an empty cell an empty line), with group rows.
FLATTENED_ANNEX = "\n".join([
    "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ", "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
    "Thời gian hoàn thành", "I", "Nhóm nhiệm vụ về tuyển sinh", "1", "Tổ chức ngày hội tư vấn tuyển sinh",
    "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Quý II/2027", "2", "Rà soát danh mục nghề đào tạo cho lao động",
    "nông thôn", "Sở Nông nghiệp và Môi trường", "", "Tháng 9/2027", "II", "Nhóm nhiệm vụ về việc làm", "1",
    "Cho vay vốn giải quyết việc làm", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Sở Tài chính", "Thường xuyên",
    "Từ khóa: đào tạo nghề",
])


def test_a_table_pasted_one_cell_a_line_feeds_the_register():
    reg = register_of(annex_plan(FLATTENED_ANNEX))
    leads = {(r.agency, r.task, r.deadline) for r in reg.responsibilities
             if r.section.startswith("PHỤ LỤC") and r.role == "chủ trì"}
    assert leads == {
        ("Sở Giáo dục và Đào tạo", "Tổ chức ngày hội tư vấn tuyển sinh", "Quý II/2027"),
        ("Sở Nông nghiệp và Môi trường", "Rà soát danh mục nghề đào tạo cho lao động nông thôn", "Tháng 9/2027"),
        ("Ngân hàng Chính sách xã hội", "Cho vay vốn giải quyết việc làm", "Thường xuyên"),
    }
    assert any(r.agency == "Sở Tài chính" and r.role == "phối hợp" for r in reg.responsibilities)


# Items with the school that carries each, no task column: the row label is what the school does.
ITEMS_BY_SCHOOL = "\n".join([
    "3.3. Nghề đào tạo và trường thực hiện",
    pipe("Nghề", "Trình độ", "2027", "2028", "Trường thực hiện"),
    pipe("Hàn", "Trung cấp", "80", "90", "Trường Trung cấp Nghề Đông Giang"),
    pipe("Kỹ thuật chế biến món ăn", "Cao đẳng", "60", "70", "Trường Cao đẳng Du lịch Hồ Tây"),
    pipe("Cộng", "Cộng", "140", "160", "02 trường"),
])


def test_a_table_of_items_with_the_school_carrying_each():
    rows = {(r.agency, r.task) for r in register_of(HEADER + ITEMS_BY_SCHOOL).responsibilities}
    assert rows == {("Trường Trung cấp Nghề Đông Giang", "Hàn (2027: 80; 2028: 90)"),
                    ("Trường Cao đẳng Du lịch Hồ Tây", "Kỹ thuật chế biến món ăn (2027: 60; 2028: 70)")}


def test_a_table_whose_carrier_column_holds_no_bodies_assigns_nothing():
    table = "\n".join([pipe("Nghề", "2027", "Đơn vị thực hiện"), pipe("Hàn", "80", "người"),
                       pipe("May", "60", "người")])
    assert register_of(HEADER + table).responsibilities == []


# A quota table of bodies, one per row, with a note per row: a sentence of a note asks something of that body.
QUOTAS_WITH_NOTES = "\n".join([
    "Phụ lục",
    "GIAO CHỈ TIÊU ĐÀO TẠO NĂM 2027",
    pipe("TT", "Đơn vị được giao", "Sơ cấp", "Dưới 3 tháng", "Kinh phí (triệu đồng)", "Yêu cầu"),
    pipe("I", "Các trường", "", "", "", ""),
    pipe("1", "Trường Trung cấp Nghề Hương Sơn", "300", "150", "2.400",
         "Mở 02 lớp may công nghiệp tại xã Đồi Gió cho lao động nữ"),
    pipe("2", "Trung tâm Dịch vụ việc làm tỉnh", "-", "400", "800", "Cơ sở mới"),
    pipe("3", "Trường Cao đẳng Cơ điện Hồ Lạc", "120", "-", "1.900", "-"),
    pipe("", "Tổng cộng", "420", "550", "5.100", ""),
])


def test_a_note_column_of_a_table_of_bodies_gives_the_row_body_its_duty():
    rows = [(r.agency, r.task) for r in register_of(HEADER + QUOTAS_WITH_NOTES).responsibilities]
    assert rows == [("Trường Trung cấp Nghề Hương Sơn", "Mở 02 lớp may công nghiệp tại xã Đồi Gió cho lao động nữ")]


def test_a_note_column_beside_figures_of_no_bodies_assigns_nothing():
    table = "\n".join([pipe("Nghề", "2027", "Ghi chú"), pipe("Hàn", "80", "Mở thêm 02 lớp tại khu công nghiệp Nam"),
                       pipe("May", "60", "Chỉ tuyển lao động nữ trên 18 tuổi")])
    assert register_of(HEADER + table).responsibilities == []


# A public-investment annex: each project with its investor ("Chủ đầu tư"), a group row, a subtotal and a
# column-number row.
PROJECTS = "\n".join([
    "Phụ lục I",
    "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP",
    "Đơn vị: triệu đồng",
    pipe("STT", "Tên dự án", "Địa điểm", "Thời gian thực hiện", "Tổng mức đầu tư", "Vốn bố trí 2026-2030",
         "Chủ đầu tư", "Ghi chú"),
    pipe("1", "2", "3", "4", "5", "6", "7", "8"),
    pipe("A", "CÁC DỰ ÁN CHUYỂN TIẾP", "", "", "52.000", "30.500", "", ""),
    pipe("1", "Nhà xưởng thực hành hàn, cắt gọt kim loại Trường Cao đẳng Nghề Sơn Đông (*)", "Phường Bến Gỗ",
         "2025-2027", "32.000", "18.500", "Trường Cao đẳng Nghề Sơn Đông", "Chuyển từ vốn ODA"),
    pipe("2", "Sàn giao dịch việc làm phía Bắc", "Xã Cẩm Lộ", "2026-2027", "20.000", "12.000", "Sở Nội vụ", "-"),
    pipe("", "Cộng", "", "", "52.000", "30.500", "", ""),
])


def test_an_investment_table_gives_each_investor_its_project():
    rows = [(r.agency, r.task.split(" (")[0], r.deadline) for r in register_of(HEADER + PROJECTS).responsibilities]
    assert rows == [("Trường Cao đẳng Nghề Sơn Đông", "Nhà xưởng thực hành hàn, cắt gọt kim loại Trường Cao đẳng Nghề "
                     "Sơn Đông", "2025-2027"), ("Sở Nội vụ", "Sàn giao dịch việc làm phía Bắc", "2026-2027")]
    first = register_of(HEADER + PROJECTS).responsibilities[0]
    assert "(*)" in first.task and "Vốn bố trí 2026-2030: 18.500" in first.task


def test_a_rows_fact_is_keyed_as_the_row_is_quoted_without_the_group_above_it():
    """The register reads a row under its group ("CÁC DỰ ÁN CHUYỂN TIẾP › Nhà xưởng … | …"); an answer quotes the
    row alone ("Nhà xưởng … | …"): the chat favours it as it does a sentence the register read."""
    from assistant.questions import AGENCY
    from assistant.register_answers import fact_key, register_facts
    from index.register import Register

    plan = register_of(HEADER + PROJECTS)
    row = next(r for r in plan.responsibilities if r.agency == "Sở Nội vụ")
    assert row.source.startswith("CÁC DỰ ÁN CHUYỂN TIẾP › Sàn giao dịch")
    assert fact_key(row.source.split(" › ", 1)[1]) in register_facts(Register([plan]))[AGENCY]


MEMBERS = "\n".join([
    "Điều 6. Phân công nhiệm vụ thành viên Ban Chỉ đạo",
    pipe("TT", "Thành viên Ban Chỉ đạo", "Nhiệm vụ được phân công", "Thời hạn / sản phẩm"),
    pipe("1", "Ông Trần Văn Bình, Giám đốc Sở Nội vụ - Phó Trưởng ban thường trực",
         "- Chủ trì tổng hợp tình hình thực hiện Kế hoạch, báo cáo Trưởng ban hằng quý; - Chủ trì tổ chức 24 phiên "
         "giao dịch việc làm trong năm; - Phối hợp với Sở Tài chính lập dự toán kinh phí hằng năm.",
         "Hằng quý Trước 15/12/2026"),
    pipe("2", "Ông Phạm Quốc Hưng, Phó Giám đốc Sở Tài chính - Ủy viên",
         "- Chủ trì thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch;", "Trước 31/10 hằng năm"),
    pipe("3", "Bà Lê Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh - Ủy viên",
         "- Phối hợp với Sở Nội vụ tuyên truyền, vận động phụ nữ nông thôn học nghề.", "Hằng năm"),
])


def test_a_committees_duties_by_member_are_the_rows_of_each_members_body():
    """A steering committee assigns its duties to persons by post: each duty of a member's cell is a row of the
    body of the post, in the role it opens with; the time is the deadline of a member's only duty."""
    reg = register_of(HEADER + "Chương III. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN\n\n" + MEMBERS + "\n")
    rows = [(r.agency, r.role, r.task[:30], r.deadline) for r in reg.responsibilities]
    assert rows == [
        ("Sở Nội vụ", "chủ trì", "Chủ trì tổng hợp tình hình thự", ""),
        ("Sở Nội vụ", "chủ trì", "Chủ trì tổ chức 24 phiên giao ", ""),
        ("Sở Nội vụ", "phối hợp", "Phối hợp với Sở Tài chính lập ", ""),
        ("Sở Tài chính", "chủ trì", "Chủ trì thẩm định dự toán, tha", "Trước 31/10 hằng năm"),
        ("Hội Liên hiệp Phụ nữ", "phối hợp", "Phối hợp với Sở Nội vụ tuyên t", "Hằng năm"),
    ]


def test_a_committees_working_group_is_a_body():
    from index.agencies import find_agencies

    assert find_agencies("Tổ giúp việc đặt tại Sở Nội vụ tổng hợp báo cáo")[:1] == ["Tổ giúp việc"]
    assert find_agencies("tổ chức thực hiện kế hoạch") == []


def test_a_column_of_bodies_of_several_kinds_carrying_each_step_leads_it():
    """A procedure's steps "Bước | Nội dung | Cơ quan, tổ chức thực hiện | Thời gian": each step is its body's,
    a village savings-and-loan group included."""
    annex = "\n".join([
        "Bảng 3. Các bước xét duyệt cho vay",
        pipe("Bước", "Nội dung", "Cơ quan, tổ chức thực hiện", "Thời gian tối đa"),
        pipe("1", "Bình xét công khai, lập danh sách hộ đề nghị vay", "Tổ tiết kiệm và vay vốn thôn", "04 ngày làm việc"),
        pipe("2", "Xác nhận danh sách đề nghị vay", "Ủy ban nhân dân cấp xã", "03 ngày làm việc"),
    ])
    rows = [(r.agency, r.task, r.deadline) for r in register_of(annex_plan(annex)).responsibilities
            if "(Bước:" in r.task]
    assert rows == [
        ("Tổ tiết kiệm và vay vốn thôn", "Bình xét công khai, lập danh sách hộ đề nghị vay (Bước: 1)", "04 ngày làm việc"),
        ("Ủy ban nhân dân cấp xã", "Xác nhận danh sách đề nghị vay (Bước: 2)", "03 ngày làm việc")]


def test_a_calendars_column_of_bodies_and_people_names_each_steps_body_before_its_verb():
    """A recruitment calendar "Nội dung công việc | Thời gian thực hiện | Đơn vị, người thực hiện" whose cells say
    what each body does ("Phòng Quản trị tham mưu, Hiệu trưởng ký", "Phòng Công tác HSSV tổng hợp"): the body is
    the name before the verb, one a cell says works "phối hợp với" is its partner."""
    annex = "\n".join([
        "Phụ lục 02",
        "Biểu 2. Lịch trình tuyển sinh liên thông năm 2027",
        pipe("TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị, người thực hiện"),
        pipe("1", "Ban hành quyết định thành lập Hội đồng tuyển sinh", "Trước ngày 02/3/2027",
             "Phòng Quản trị tham mưu, Hiệu trưởng ký"),
        pipe("2", "Lập danh sách thí sinh trúng tuyển", "Chậm nhất ngày 20/7/2027", "Phòng Công tác HSSV tổng hợp"),
        pipe("3", "Thu học phí học kỳ I", "Từ ngày 01/8/2027 đến ngày 15/8/2027",
             "Phòng Tài vụ phối hợp với Khoa Cơ khí động lực"),
    ])
    rows = [(r.agency, r.role, r.partners, r.deadline) for r in register_of(annex_plan(annex)).responsibilities
            if r.section.startswith("Phụ lục")]
    assert rows == [
        ("Phòng Quản trị", "thực hiện", [], "Trước ngày 02/3/2027"),
        ("Phòng Công tác HSSV", "thực hiện", [], "Chậm nhất ngày 20/7/2027"),
        ("Phòng Tài vụ", "thực hiện", ["Khoa Cơ khí động lực"], "Từ ngày 01/8/2027 đến ngày 15/8/2027"),
        ("Khoa Cơ khí động lực", "phối hợp", ["Phòng Tài vụ"], "Từ ngày 01/8/2027 đến ngày 15/8/2027"),
    ]
