"""The vocabulary the answerer reads questions with: document references, times, figures."""

from __future__ import annotations

import pytest

from assistant.scope import resolve_scope
from index.metadata import PlanMetadata
from index.normalize import fold_accents
from index.retriever import document_references
from index.vocab.dates import FIGURE_NOT_YEAR, TIME_MENTION


def refs(text: str) -> list[tuple[str, str]]:
    return [(r.number, r.code) for r in document_references(fold_accents(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kế hoạch 70/KH-UBND", ("70", "kh")),
        ("ke hoach 70/kh-ubnd", ("70", "kh")),
        ("Quyết định 647/QĐ-UBND", ("647", "qd")),
        ("quyet dinh 647", ("647", "qd")),
        ("QĐ 647", ("647", "qd")),
        ("647/qd-ubnd", ("647", "qd")),
        ("Nghị quyết 06-NQ/TU", ("6", "nq")),
        ("Nghị quyết số 06/NQ-CP ngày 10/01/2023", ("6", "nq")),
        ("kế hoạch số 153", ("153", "kh")),
        ("KH 177 có mục tiêu nào", ("177", "kh")),
        ("theo 177 / KH-UBND", ("177", "kh")),
        ("Số: 12/2024/KH-UBND", ("12", "kh")),
        ("Chỉ thị số 37-CT/TW", ("37", "ct")),
        ("Kế hoạch số 316-KH/TU, ngày 23/4/2025", ("316", "kh")),
        ("Chương trình 1562/CTr-UBND", ("1562", "ctr")),
        ("05/ĐA-UBND", ("5", "da")),
        # The number's own code wins over the word before it.
        ("kế hoạch 2239/QĐ-TTg", ("2239", "qd")),
        ("Kế hoạch 1770/KH-UBND", ("1770", "kh")),
    ],
)
def test_a_document_is_named_by_type_or_code_and_number(text, expected):
    assert refs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "2025",
        "năm 2025",
        "kế hoạch 2025",  # a year, not a number
        "Kế hoạch giai đoạn 2021-2025",
        "kế hoạch năm 2023",
        "30 người",
        "có 70 lượt nghề trọng điểm",
        "2 lần/năm",
        "đã 30 người học",  # "đã" folds to "da", the code of Đề án
        "ngày 07/3/2023",
        "tuyển sinh 230.000 lượt người",
    ],
)
def test_years_counts_and_dates_are_not_documents(text):
    assert refs(text) == []


DECISION = PlanMetadata("qd.txt", "Quyết định 647/QĐ-UBND (Bạch Vân)", "Bạch Vân", "647/QĐ-UBND", 2024,
                    "Ban hành Kế hoạch phát triển giáo dục nghề nghiệp")
PLAN_70 = PlanMetadata("hn.txt", "Kế hoạch 70/KH-UBND (Hà Nội)", "Hà Nội", "70/KH-UBND", 2023,
                   "Triển khai Kế hoạch số 238/KH-UBND và Nghị quyết số 06-NQ/TU về giáo dục nghề nghiệp")
CATALOGUE = {p.doc: p for p in (DECISION, PLAN_70)}


@pytest.mark.parametrize(
    "question", ["Quyết định 647 giao gì?", "qd 647 co muc tieu nao", "Theo 647/QĐ-UBND, ai chủ trì?",
                 "quyet dinh so 647/qd-ubnd"],
)
def test_a_plan_issued_by_decision_is_named_by_its_decision_number(question):
    scope = resolve_scope(question, CATALOGUE)
    assert scope.docs == ("qd.txt",) and not scope.out_of_scope


def test_a_number_of_another_type_does_not_name_the_plan():
    assert resolve_scope("Kế hoạch 70/KH-UBND", CATALOGUE).docs == ("hn.txt",)
    assert resolve_scope("Quyết định 70/QĐ-UBND có gì?", CATALOGUE).docs == ()


def test_unknown_numbers_of_the_plans_own_types_are_refused():
    assert resolve_scope("Kế hoạch 999/KH-UBND nói gì?", CATALOGUE).out_of_scope == "không có kế hoạch số 999"
    assert resolve_scope("QĐ 648 giao gì?", CATALOGUE).out_of_scope == "không có kế hoạch số 648"


def test_a_plans_number_dated_in_another_year_is_another_document():
    """Numbers start again each year: "Kế hoạch 70/KH-UBND ngày 05/01/2021" is not the Kế hoạch 70 of 2023."""
    assert [r.year for r in document_references(fold_accents("Kế hoạch 70/KH-UBND ngày 05/01/2021, KH 71"))] \
        == [2021, None]
    assert resolve_scope("Kế hoạch 70/KH-UBND ngày 07/03/2023 giao ai?", CATALOGUE).docs == ("hn.txt",)
    assert resolve_scope("Kế hoạch 70/KH-UBND ngày 5 tháng 1 năm 2021 giao ai?", CATALOGUE).out_of_scope \
        == "không có kế hoạch số 70"
    # the plans citing that document answer of it, not the plan owning the number
    cited = resolve_scope("Kế hoạch 70/KH-UBND ngày 05/01/2021 đặt mục tiêu gì?", CATALOGUE,
                          cited_by=lambda number: ["hn.txt", "qd.txt"])
    assert cited.docs == ("qd.txt",)


def test_a_document_the_plans_implement_is_not_a_missing_plan():
    # Cited in a plan's title.
    assert not resolve_scope("Kế hoạch 238/KH-UBND được triển khai thế nào?", CATALOGUE).out_of_scope
    assert not resolve_scope("Nghị quyết 06-NQ/TU được triển khai thế nào?", CATALOGUE).out_of_scope
    # Of a type no plan has: what a plan may implement, not a plan the corpus lacks.
    assert not resolve_scope("Chỉ thị 24/CT-TTg được thực hiện thế nào?", CATALOGUE).out_of_scope


@pytest.mark.parametrize(
    "text,found",
    [
        ("Trước ngày 15/6/2023", True), ("báo cáo hằng quý", True), ("định kỳ 6 tháng", True),
        ("thực hiện cả năm 2023", True), ("trong tháng 4", True), ("sơ kết 05 năm", True),
        ("hoàn thành trong Quý IV/2025", True), ("quý III năm 2025", True),
        ("khảo sát việc làm của người học sau tốt nghiệp 06 tháng và 12 tháng", True),
        ("sau khi kết thúc khóa học 3 tháng", True), ("sau đào tạo có 120 người", False),
        ("việc làm của học sinh tốt nghiệp 03 tháng và 09 tháng", True), ("đào tạo dưới 3 tháng", False),
        ("Sở Tài chính chủ trì", False), ("tuyển sinh 230.000 người", False), ("quý in ấn", False),
    ],
)
def test_time_mention(text, found):
    assert (TIME_MENTION.search(text) is not None) == found


def test_a_bare_year_is_not_a_figure():
    assert [m.group(0) for m in FIGURE_NOT_YEAR.finditer("Năm 2024 tuyển 230.000 người, đạt 73,2%")] == ["230.000", "73,2"]
    assert [m.group(0) for m in FIGURE_NOT_YEAR.finditer("Kế hoạch 1770/KH, số 12/2024")] == ["1770", "12"]
    assert [m.group(0) for m in FIGURE_NOT_YEAR.finditer("Cách mạng công nghiệp lần thứ 4, đạt 95%")] == ["95"]


def test_a_scope_named_by_province_only_is_told_from_a_plan_named_by_number():
    from assistant.scope import named_by_province_only

    plans = {f"{doc}.txt": PlanMetadata(doc=f"{doc}.txt", doc_type="Kế hoạch", number=number, province="Lam Giang",
                                        title=title, year=2026)
             for doc, number, title in (("a", "12/KH-UBND", "Phát triển thị trường lao động"),
                                        ("b", "30/KH-UBND", "Đào tạo nghề cho lao động nông thôn"))}
    assert named_by_province_only(resolve_scope("Sở Tài chính tỉnh Lam Giang làm gì?", plans))
    assert not named_by_province_only(resolve_scope("Kế hoạch 30/KH-UBND của Lam Giang giao Sở Tài chính làm gì?", plans))


def test_a_communes_place_named_scopes_to_that_communes_plan_whatever_the_title_matches():
    """"KH đào tạo nghề của UBND xã Tân Phong": the commune's notice, not the provincial plan titled "đào tạo nghề"."""
    plans = {"tinh.txt": PlanMetadata(doc="tinh.txt", doc_type="Kế hoạch", number="36/KH-UBND", province="Đông Giang",
                                      title="Đào tạo nghề cho lao động nông thôn năm 2026", year=2026,
                                      issuer="Ủy ban nhân dân tỉnh Đông Giang"),
             "xa.html": PlanMetadata(doc="xa.html", doc_type="Thông báo", province="Đông Giang",
                                     title="Tuyển sinh các lớp học nghề miễn phí năm 2026",
                                     issuer="Ủy ban nhân dân xã Tân Phong")}
    assert resolve_scope("KH đào tạo nghề của UBND xã Tân Phong thực hiện văn bản nào?", plans).docs == ("xa.html",)
    assert resolve_scope("Năm nay xã Tân Phong dạy nghề cho bao nhiêu người?", plans).docs == ("xa.html",)
    assert "tinh.txt" in resolve_scope("Kế hoạch đào tạo nghề cho lao động nông thôn năm 2026 giao gì?", plans).docs


@pytest.mark.parametrize("question,each", [
    ("Ngân sách, doanh nghiệp và người học mỗi bên chịu bao nhiêu phần trăm?", True),
    ("Khoản 17,8 tỷ được chia ra từng việc bao nhiêu tiền?", True),
    ("Cao đẳng và trung cấp lần lượt bao nhiêu người?", True),
    ("co cau lao dong moi khu vuc chiem bao nhieu", True),  # unaccented: "moi" read as "mỗi"
    ("Năm 2023 tuyển mới bao nhiêu người?", False),  # "mới" is new, not each
    ("Tổng kinh phí là bao nhiêu?", False),
])
def test_a_fact_asked_of_each_item(question, each):
    from assistant.compound import asks_each

    assert asks_each(question) is each


@pytest.mark.parametrize("question,deadline", [
    ("Sở Công Thương phải xong việc này khi nào?", True),
    ("hạn hoàn thành là khi nào", True),
    ("Thời hạn gửi báo cáo?", True),
    ("Chậm nhất ngày nào phải nộp?", True),
    ("Đến năm nào đạt tỷ lệ 40%?", False),  # a target's year, not a deadline
    ("Hạn mức cho vay là bao nhiêu?", False),
])
def test_a_deadline_asked(question, deadline):
    from assistant.questions import DEADLINE_ASKED

    assert bool(DEADLINE_ASKED.search(fold_accents(question).lower())) is deadline
