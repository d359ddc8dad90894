"""A report on the comments a draft plan received ("BÁO CÁO TỔNG HỢP, GIẢI TRÌNH, TIẾP THU Ý KIẾN"), tỉnh Quế Lâm
(fictional): a table of who commented what and how the drafting body answered. The duties in force are those of the
wording each answer quotes as the draft's new or kept text; a commenter, a rejected proposal and the drafting body
named in a column label ("… của cơ quan chủ trì soạn thảo") are assigned nothing."""

from __future__ import annotations

import pytest

from assistant.extractive import comment_spans
from index.normalize import normalize_text
from index.register.responsibilities import Extraction
from index.register.tables import read_response_tables
from index.structure import parse_structure
from index.tables import iter_tables, response_column
from index.vocab.phrases import QUOTED_IN_FORCE
from tests.register_snippets import pipe, register_of

REPORT = "\n".join([
    "SỞ NỘI VỤ TỈNH QUẾ LÂM",
    "Số: 211/BC-SNV",
    "Quế Lâm, ngày 10 tháng 12 năm 2025",
    "BÁO CÁO",
    "Tổng hợp, giải trình, tiếp thu ý kiến thẩm định dự thảo Kế hoạch đào tạo nghề năm 2026",
    "I. TỔNG HỢP Ý KIẾN",
    pipe("TT", "Cơ quan thẩm định", "Nội dung thẩm định", "Giải trình, tiếp thu của cơ quan chủ trì soạn thảo"),
    pipe("1", "Sở Tư pháp", "Đề nghị giao Sở Tài chính thẩm định dự toán kinh phí.",
         "Tiếp thu, đã sửa khoản 3 Mục IV thành: “3. Sở Tài chính - Thẩm định dự toán kinh phí đào tạo nghề "
         "năm 2026, trình UBND tỉnh trước ngày 31/3/2026.”"),
    pipe("2", "Hội Nông dân tỉnh", "Đề nghị giao Hội Nông dân tỉnh chủ trì tuyên truyền học nghề.",
         "Không tiếp thu vì nhiệm vụ này đã giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."),
    pipe("3", "Liên đoàn Lao động tỉnh", "Đề nghị bổ sung nhiệm vụ của Liên đoàn Lao động tỉnh.",
         "Tiếp thu, đã bổ sung khoản 6 Mục IV như sau: “6. Liên đoàn Lao động tỉnh: Tư vấn nghề cho 2.000 "
         "đoàn viên công đoàn trong năm 2026.”"),
    pipe("4", "Sở Tư pháp", "Đề nghị thay cụm từ “người lao động nông thôn” cho thống nhất.", "Tiếp thu."),
    pipe("5", "Sở Nội vụ", "Khoản 1 Mục II dự thảo đặt chỉ tiêu đào tạo nghề năm 2026 là 8.000 người. Đề nghị nâng "
         "chỉ tiêu đào tạo nghề năm 2026 lên 9.500 người.",
         "Tiếp thu một phần, đã sửa khoản 1 Mục II như sau: “1. Đào tạo nghề năm 2026 cho 8.800 người.”"),
    "II. KIẾN NGHỊ",
    "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch.",
])


def test_the_response_column_of_a_comments_table_is_told_from_a_lead_column():
    tables = [t for _, t in iter_tables(parse_structure(normalize_text(REPORT)))]
    assert [response_column(t) for t in tables] == [3]


def test_a_comments_report_assigns_the_duties_of_the_wording_its_answers_put_in_force():
    rows = {(r.agency, r.role, " ".join(r.task.split()[:4])) for r in register_of(REPORT).responsibilities}
    assert rows == {
        ("Sở Tài chính", "thực hiện", "Thẩm định dự toán"),
        ("Liên đoàn Lao động", "thực hiện", "Tư vấn nghề cho"),
    }  # none for the commenters, the rejected proposal, or the drafting body in the column label
    deadlines = {(tuple(d.agencies), d.date) for d in register_of(REPORT).deadlines}
    assert (("Sở Tài chính",), "2026-03-31") in deadlines


def test_the_wording_put_in_force_is_the_quote_after_the_formula_not_a_term_quoted_in_passing():
    found = [m["text"] for m in QUOTED_IN_FORCE.finditer(
        "Tiếp thu, đã thay cụm từ “cấp huyện”. Giữ nguyên nhiệm vụ tại khoản 9 như sau: “9. Ngân hàng Chính sách "
        "xã hội: cho vay 95 tỷ đồng.” Đã bổ sung vào cuối điểm b nội dung: “tối thiểu 45% lao động nữ”")]
    assert found == ["9. Ngân hàng Chính sách xã hội: cho vay 95 tỷ đồng.", "tối thiểu 45% lao động nữ"]


def test_a_plan_without_a_comments_table_gets_nothing_from_the_responses_reader():
    plan = "\n".join(["KẾ HOẠCH", "I. NHIỆM VỤ", pipe("TT", "Nhiệm vụ", "Cơ quan chủ trì"),
                      pipe("1", "Tổ chức 10 phiên giao dịch việc làm", "Sở Nội vụ")])
    work = Extraction("plan.txt", "plan")
    read_response_tables(parse_structure(plan), work)
    assert work.rows == []


@pytest.fixture(scope="module")
def report_assistant(assistant_over):
    return assistant_over({"quelam-2025-bc-tiep-thu-tham-dinh.txt": REPORT})


def test_a_figure_asked_is_the_one_the_answers_put_in_force_not_a_comment_s(report_assistant):
    answer = report_assistant.ask("Năm 2026 tỉnh Quế Lâm đào tạo nghề cho bao nhiêu người?")
    assert "8.800" in answer.short_answer and "9.500" not in answer.short_answer, answer.short_answer


def test_a_question_about_the_comments_is_answered_from_them(report_assistant):
    answer = report_assistant.ask("Sở Nội vụ Quế Lâm đề nghị nâng chỉ tiêu đào tạo nghề năm 2026 lên bao nhiêu?")
    assert "9.500" in answer.short_answer, answer.short_answer


def test_the_comment_cells_of_a_row_read_aloud_are_found_by_their_names():
    row = "Sở Nội vụ | Nội dung góp ý: Nâng lên 9.500 người. | Ý kiến tiếp thu, giải trình: Tiếp thu một phần."
    assert [row[a:z] for a, z in comment_spans(row)] == ["Nội dung góp ý: Nâng lên 9.500 người."]
    assert comment_spans("Tuyển sinh | Đơn vị: người | Năm 2026: 3.500") == []
