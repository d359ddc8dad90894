"""What a body does, asked of a hand-made plan whose assignments stand in an annex table: the tasks it leads,
with their deadlines when a time is asked too, never the rows of the bodies it only helps."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

ROWS = [
    ("Khảo sát nhu cầu nhân lực có kỹ năng số tại khoảng 1.200 doanh nghiệp", "Sở Nội vụ",
     "Sở Giáo dục và Đào tạo; Hiệp hội Doanh nghiệp", "Quý I/2026"),
    ("Tư vấn hướng nghiệp, phân luồng học sinh lớp 9, lớp 12 vào học các nghề kỹ thuật số, kỹ thuật xanh",
     "Sở Giáo dục và Đào tạo", "Sở Nội vụ; Thành đoàn; các trường cao đẳng", "Tháng 5/2026"),
    ("Bồi dưỡng kỹ năng số cho 650 nhà giáo giáo dục nghề nghiệp", "Trường Cao đẳng Công nghệ Bắc Lam",
     "Sở Giáo dục và Đào tạo", "Tháng 8/2026"),
    ("Bố trí dự toán 92,5 tỷ đồng ngân sách tỉnh", "Sở Tài chính", "Sở Nội vụ", "Trước 31/3/2026"),
]


def _plan() -> str:
    table = ["| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |"]
    table += [f"| {n} | {task} | {lead} | {partners} | {when} |"
              for n, (task, lead, partners, when) in enumerate(ROWS, 1)]
    return "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH BẮC LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-UBND", "Bắc Lam, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
        "Đào tạo nhân lực có kỹ năng số tỉnh Bắc Lam năm 2026",
        "I. MỤC TIÊU", "- Đào tạo kỹ năng số cho 15.000 lượt người lao động trong năm 2026.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các sở, ngành thực hiện nhiệm vụ theo Phụ lục kèm theo Kế hoạch này.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hòa",
        "Phụ lục: PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", *table, ""])


@pytest.fixture(scope="module")
def baclam(assistant_over):
    return assistant_over({"baclam-2026-kh-ky-nang-so.txt": _plan()})


def test_the_tasks_a_body_leads_are_given_with_their_deadlines_when_a_time_is_asked(baclam):
    answer = baclam.ask("Sở GD&ĐT tỉnh Bắc Lam được phân công chủ trì việc gì, và hạn hoàn thành khi nào?")
    assert not answer.refused
    assert says(answer.text, "Tư vấn hướng nghiệp, phân luồng học sinh", "Tháng 5/2026"), answer.text
    # the rows where it only coordinates are not its tasks to lead
    assert not says(answer.text, "650 nhà giáo") and not says(answer.text, "1.200 doanh nghiệp"), answer.text


def test_what_a_body_does_without_a_time_asked_lists_its_tasks(baclam):
    answer = baclam.ask("Sở Tài chính tỉnh Bắc Lam làm gì?")
    assert says(answer.text, "Bố trí dự toán 92,5 tỷ đồng"), answer.text


def test_a_time_asked_of_all_a_bodys_duties_or_both_roles_is_left_to_the_quoted_answer(baclam):
    """"… làm gì, hạn khi nào" and "chủ trì hay phối hợp" ask more than the rows it leads: the general answer quotes
    the rows that name it, its partner rows too."""
    answer = baclam.ask("Sở Giáo dục và Đào tạo tỉnh Bắc Lam chủ trì hay phối hợp, và làm những việc gì?")
    assert says(answer.text, "Tư vấn hướng nghiệp") and says(answer.text, "650 nhà giáo"), answer.text


def test_a_body_that_only_coordinates_is_answered_with_the_tasks_it_helps_with(baclam):
    answer = baclam.ask("Thành đoàn tỉnh Bắc Lam có vai trò gì trong kế hoạch?")
    assert not answer.refused
    assert says(answer.text, "Đoàn Thanh niên Cộng sản Hồ Chí Minh phối hợp:", "Tư vấn hướng nghiệp, phân luồng"), answer.text


def test_whether_a_body_leads_asked_of_what_it_does_is_answered_with_the_tasks_it_helps_with(baclam):
    """"Thành đoàn … làm gì, có phải chủ trì không?" asks whether it leads, not only the tasks it leads: a body that
    only coordinates is answered with those tasks, said to coordinate them."""
    answer = baclam.ask("Thành đoàn làm gì trong việc đào tạo nhân lực có kỹ năng số cho người lao động năm 2026, "
                        "có phải chủ trì không?")
    assert not answer.refused
    assert says(answer.text, "Đoàn Thanh niên Cộng sản Hồ Chí Minh phối hợp:", "Tư vấn hướng nghiệp"), answer.text


def test_a_body_asked_what_it_leads_that_only_coordinates_is_said_to_lead_none_with_what_it_helps_with(baclam):
    """"Thành đoàn chủ trì việc gì?" of a body the plan only asks to coordinate: it leads nothing, and what it
    helps with is the answer an official wants; a body the plan names nowhere is still refused."""
    answer = baclam.ask("Thành đoàn tỉnh Bắc Lam được giao chủ trì nhiệm vụ nào?")
    assert not answer.refused
    assert says(answer.text, "không chủ trì nhiệm vụ nào, chỉ phối hợp") and says(answer.text, "Tư vấn hướng nghiệp")
    assert baclam.ask("Sở Y tế tỉnh Bắc Lam được giao chủ trì nhiệm vụ nào?").refused


@pytest.mark.parametrize(("question", "asks_what_it_leads"), [
    ("Tỉnh Đoàn chủ trì nhiệm vụ nào trong kế hoạch?", True),
    ("so noi vu chu tri nhung viec gi", True),
    ("Sở Y tế được giao chủ trì việc gì?", True),
    # who leads, beside what a body does: never "… không chủ trì nhiệm vụ nào" of it (or of its successor)
    ("Sở LĐTBXH Hải Dương định làm gì để sử dụng họ, và phòng nào chủ trì?", False),
    ("Ai chủ trì?", False),
])
def test_what_a_body_leads_is_asked_only_by_a_question_word_after_chu_tri(question, asks_what_it_leads):
    from assistant.register_answers import _LEAD_TASKS_ASKED
    from index.normalize import fold_accents

    assert bool(_LEAD_TASKS_ASKED.search(fold_accents(question).lower())) == asks_what_it_leads


def _scheme() -> str:
    """Another province's scheme to merge its public vocational schools, its duties as a deck's bullets under each
    body: the finance department's are about the merger, not about digital skills."""
    return "\n".join([
        "Slide 1: ĐỀ ÁN SẮP XẾP CÁC TRƯỜNG NGHỀ CÔNG LẬP TỈNH NAM LŨY GIAI ĐOẠN 2026–2028",
        "(Phê duyệt kèm theo Quyết định số 77/QĐ-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh Nam Lũy)",
        "Slide 2: MỤC TIÊU", "- Giảm từ 11 xuống còn 05 cơ sở giáo dục nghề nghiệp công lập vào năm 2028",
        "Slide 3: TỔ CHỨC THỰC HIỆN",
        "- Sở Tài chính chủ trì kiểm kê, bàn giao tài sản, nhà đất của các trường sáp nhập trước 30/9/2026",
        "- Sở Nội vụ chủ trì thẩm định đề án vị trí việc làm của các trường sau sắp xếp", ""])


@pytest.fixture(scope="module")
def two_plans(assistant_over):
    return assistant_over({"baclam-2026-kh-ky-nang-so.txt": _plan(), "namluy-2026-de-an-sap-xep.txt": _scheme()})


def test_a_bodys_tasks_asked_of_a_topic_are_those_of_the_plans_that_speak_of_it(two_plans):
    """"Sở Tài chính có nhiệm vụ gì về tài sản, nhà đất của các trường?" over two plans that both give it work, neither
    named: the scheme's task (its line speaks of them), not the digital-skills budget; asked of nothing besides, the
    tasks of both."""
    answer = two_plans.ask("Sở Tài chính có nhiệm vụ gì về tài sản, nhà đất của các trường?")
    assert says(answer.text, "kiểm kê, bàn giao tài sản"), answer.text
    assert not says(answer.text, "92,5 tỷ"), answer.text
    both = two_plans.ask("Sở Tài chính làm gì?")
    assert says(both.text, "kiểm kê, bàn giao tài sản") and says(both.text, "92,5 tỷ"), both.text
