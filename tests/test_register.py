"""The register on the bundled plans: storage, queries and exports, facts of
the plans, and precision / recall against the hand labels (the benchmark's
scoring, benchmarks/register.py)."""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from index.normalize import normalize_text
from index.register import (
    CSV_HEADERS,
    ROLES,
    Register,
    build_register,
    to_csv,
    to_json,
)
from tests.register_snippets import HEADER, register_of, rows_of
from tests.plans import (
    ALL_PLANS,
    HAIDUONG,
    HAIPHONG_NQ06,
    HAIPHONG_STRATEGY,
    HANOI_2023,
    HANOI_2025,
    PLANS,
)
from tests.register_snippets import LDTBXH

REPO = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ the register: storage, queries, export


@pytest.fixture(scope="module")
def corpus() -> Register:
    return build_register([PLANS])


def test_register_save_load_replace_and_drop(corpus, tmp_path):
    path = tmp_path / "register.json"
    corpus.save(path)
    again = Register.load(path)
    assert set(again.plans) == set(ALL_PLANS)
    assert again.responsibilities(plan=HANOI_2023) == corpus.responsibilities(plan=HANOI_2023)
    text = normalize_text((PLANS / HANOI_2023).read_text(encoding="utf-8"))
    assert again.is_current(HANOI_2023, text) and not again.is_current(HANOI_2023, text + " ")
    again.drop_plan(HANOI_2023)
    assert again.responsibilities(plan=HANOI_2023) == []
    again.replace_plan(corpus.plans[HANOI_2023])
    assert len(again.responsibilities(plan=HANOI_2023)) == len(corpus.responsibilities(plan=HANOI_2023))
    assert Register.load(tmp_path / "missing.json", missing_ok=True).plans == {}


def test_a_register_saved_by_older_rules_is_refused(tmp_path):
    """Rows of older rules must be rebuilt, even for plans whose text has not changed."""
    path = tmp_path / "register.json"
    path.write_text(json.dumps({"version": 1, "plans": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="re-ingest"):
        Register.load(path)


def test_agency_queries_accept_any_spelling(corpus):
    canonical_rows = corpus.responsibilities(plan=HANOI_2023, agency=LDTBXH)
    assert len(canonical_rows) == 8
    for spelling in ("Sở LĐ-TB&XH", "Sở LĐTBXH", "so ldtbxh", "Sở Lao động Thương binh và Xã hội"):
        assert corpus.responsibilities(plan=HANOI_2023, agency=spelling) == canonical_rows
    assert all(r.role == "chủ trì" for r in corpus.responsibilities(plan=HANOI_2023, agency="Sở LĐTBXH", role="chủ trì"))
    partner_rows = corpus.responsibilities(plan=HANOI_2023, agency="Sở Tài chính", include_partners=True)
    assert len(partner_rows) > len(corpus.responsibilities(plan=HANOI_2023, agency="Sở Tài chính"))


def test_plan_filter_by_label(corpus):
    assert corpus.responsibilities(plan="70/KH-UBND") == corpus.responsibilities(plan=HANOI_2023)


def test_csv_and_json_export(corpus):
    rows = corpus.responsibilities(plan=HAIDUONG)
    text = to_csv("responsibilities", rows)
    assert text.splitlines()[0] == "plan,agency,role,task,partners,deadline,section,source"
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows)
    assert parsed[0]["partners"] == "; ".join(rows[0].partners)
    for kind in ("deadlines", "targets"):
        header = to_csv(kind, []).strip()
        assert header == ",".join(CSV_HEADERS[kind])
    data = json.loads(to_json("targets", corpus.targets(plan=HAIPHONG_STRATEGY)))
    assert data[0]["doc"] == HAIPHONG_STRATEGY and "indicator" in data[0]
    with pytest.raises(ValueError):
        to_csv("budgets", [])


# ------------------------------------------------------------------ facts of the bundled plans


def test_every_row_names_an_agency_a_role_and_a_task(corpus):
    rows = corpus.responsibilities()
    assert len(rows) > 200
    assert all(r.agency and r.role in ROLES and r.task.strip() and r.plan and r.doc and r.source for r in rows)


def test_hanoi_2023_section_v_finance_department(corpus):
    rows = corpus.responsibilities(plan=HANOI_2023, agency="Sở Tài chính")
    assert [r.section for r in rows] == ["V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính"] * 2
    assert "thẩm định phương án giá dịch vụ đào tạo" in rows[0].task
    assert "bố trí kinh phí chi thường xuyên" in rows[1].task
    assert rows[0].plan.startswith("Kế hoạch 70/KH-UBND ngày 07/03/2023")


def test_hanoi_2023_roles_and_reporting_deadlines(corpus):
    ld = corpus.responsibilities(plan=HANOI_2023, agency=LDTBXH)
    assert ld[0].role == "thường trực"
    assert ld[2].partners == ["Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn"]
    requested = corpus.responsibilities(plan=HANOI_2023, role="đề nghị")
    assert {r.agency for r in requested} == {"Ủy ban Mặt trận Tổ quốc Việt Nam", "Các đoàn thể chính trị Thành phố"}
    june = next(d for d in corpus.deadlines(plan=HANOI_2023) if d.date == "2023-06-15")
    assert "Ủy ban nhân dân cấp huyện" in june.agencies
    assert [d.date for d in corpus.deadlines(plan=HANOI_2023, agency="Sở LĐTBXH")] == ["2023-06-20", "2023-12-31"]


def test_haiduong_reportage_task_is_led_by_the_vocational_training_office(corpus):
    row = next(r for r in corpus.responsibilities(plan=HAIDUONG) if "04 phóng sự" in r.task)
    assert (row.agency, row.role) == ("Phòng Giáo dục nghề nghiệp", "chủ trì")
    assert row.deadline == "Triển khai tháng 3 và thực hiện cả năm 2023"
    assert row.partners[:2] == ["Phòng Lao động - Việc làm", "Phòng Kế hoạch - Tài chính"]
    assert "Phân công thực hiện: Phòng Giáo dục nghề nghiệp (GDNN) chủ trì" in row.source
    assert len(corpus.responsibilities(plan=HAIDUONG, agency="phòng GDNN", role="chủ trì")) > 20


def test_haiphong_strategy_targets(corpus):
    targets = corpus.targets(plan=HAIPHONG_STRATEGY, text="học sinh THCS")
    assert [(t.value, t.comparator, t.unit, t.year) for t in targets] == [
        ("40 - 45", "range", "%", "2025"), ("50 - 55", "range", "%", "2030"),
    ]
    assert len(corpus.targets(plan=HAIPHONG_STRATEGY, year=2025)) == 16
    assert len(corpus.targets(plan=HAIPHONG_STRATEGY, year=2030)) == 16


def test_unemployment_and_enrolment_targets(corpus):
    urban = [t for t in corpus.targets(plan=HAIDUONG, text="thất nghiệp thành thị")]
    assert [(t.comparator, t.value, t.unit, t.year) for t in urban] == [("<", "4", "%", "2023")]
    enrolment = corpus.targets(plan=HANOI_2023)[0]
    assert (enrolment.comparator, enrolment.value, enrolment.unit, enrolment.year) == ("≈", "230.000", "lượt người", "2023")
    yearly = corpus.targets(plan=HANOI_2025, year="hàng năm")
    assert [(t.value, t.unit) for t in yearly] == [("20.000", "lao động")]


def test_haiphong_nq06_labour_federation_is_requested(corpus):
    rows = corpus.responsibilities(plan=HAIPHONG_NQ06, agency="Liên đoàn Lao động")
    assert len(rows) == 6 and {r.role for r in rows} == {"đề nghị"}


def test_no_plan_of_the_corpus_needs_a_note(corpus):
    assert corpus.notes() == []


# ------------------------------------------------------------------ precision / recall against the labels


@functools.lru_cache(maxsize=1)
def _benchmark():
    """benchmarks/register.py (not a package), loaded once."""
    spec = importlib.util.spec_from_file_location("register_benchmark", REPO / "benchmarks" / "register.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("kind", ["responsibilities", "deadlines", "targets"])
def test_precision_and_recall_on_the_labelled_corpus(corpus, kind):
    score = _benchmark().evaluate(corpus)[kind]["all"]
    print(f"{kind}: P={score.precision:.3f} R={score.recall:.3f} ({score.matched}/{score.predicted}/{score.labelled})")
    assert score.labelled > 0
    assert score.precision >= 0.9 and score.recall >= 0.9


@pytest.mark.parametrize("kind", ["responsibilities", "deadlines", "targets"])
def test_precision_and_recall_on_the_held_out_plans(kind):
    score = _benchmark().evaluate_heldout()[kind]["all"]
    print(f"{kind}: P={score.precision:.3f} R={score.recall:.3f} ({score.matched}/{score.predicted}/{score.labelled})")
    assert score.precision >= 0.9 and score.recall >= 0.9


def test_partners_agree_with_the_labels(corpus):
    figures = _benchmark().secondary(_benchmark().evaluate(corpus))
    assert figures["partners precision"] >= 0.9 and figures["partners recall"] >= 0.9


# ------------------------------------------------------------------ register facts of plans in other house styles


@pytest.mark.parametrize("plan", [p for p, _ in _benchmark().fact_files()], ids=lambda p: p.stem)
def test_register_facts_of_plans_in_other_house_styles(plan):
    facts = dict(_benchmark().fact_files())[plan]
    result = _benchmark().evaluate_facts(plan, facts)
    missed = [fact.id for fact, row in result if row is None]
    assert len(result) == 10 and len(missed) <= 1, missed


# ------------------------------------------------------------------ a Sở's report with next year's plan
def test_a_report_asking_the_province_to_assign_a_body_gives_that_bodys_duty():
    text = HEADER + ("PHẦN HAI\nKẾ HOẠCH NĂM 2026\nI. NHIỆM VỤ\n1. Phòng Giáo dục nghề nghiệp chủ trì, phối hợp với "
                     "Thanh tra Sở rà soát các trường, hoàn thành trước ngày 30/6/2026.\nIII. ĐỀ XUẤT, KIẾN NGHỊ\n"
                     "1. Đề nghị UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức 20 "
                     "phiên giao dịch việc làm.\n")
    rows = {(r.agency, r.role, tuple(r.partners)) for r in register_of(text).responsibilities}
    assert ("Sở Nội vụ", "chủ trì", ("Sở Giáo dục và Đào tạo",)) in rows
    assert ("Phòng Giáo dục nghề nghiệp", "chủ trì", ("Thanh tra Sở",)) in rows
    assert not any("giao" in agency for agency, _, _ in rows)


@pytest.mark.parametrize("heading", [
    "III. NHỮNG VIỆC TRUNG TÂM DỊCH VỤ VIỆC LÀM SẼ THỰC HIỆN",
    "3. Nhiệm vụ Trung tâm Dịch vụ việc làm sẽ triển khai trong thời gian tới",
    "3. Trung tâm Dịch vụ việc làm sẽ tiếp tục thực hiện những nội dung sau:",
])
def test_a_report_closing_on_its_issuers_next_steps_gives_them_to_that_body(heading):
    """A report's last part lists what its issuer will do itself: the items name no body, the heading does."""
    text = HEADER + ("II. KIẾN NGHỊ\n1. Đề nghị Sở Tài chính bố trí 1,2 tỷ đồng cho sàn giao dịch việc làm.\n"
                     f"{heading}\n- Cập nhật dữ liệu người tìm việc lên Sàn giao dịch việc làm trước ngày 20/11/2026.\n"
                     "- Tổ chức 12 phiên giao dịch việc làm lưu động tại các xã trong năm 2027.\n")
    rows = {(r.agency, r.task.split()[0]) for r in register_of(text).responsibilities}
    assert {("Trung tâm Dịch vụ việc làm", "Cập"), ("Trung tâm Dịch vụ việc làm", "Tổ")} <= rows
    assert not any("sẽ" in task for _, task in rows)


VERIFICATION_REPORT = """HĐND TỈNH HÒA AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN KINH TẾ - NGÂN SÁCH | Độc lập - Tự do - Hạnh phúc
Số: 12/BC-KTNS | Hòa An, ngày 02 tháng 12 năm 2026
BÁO CÁO THẨM TRA
Dự thảo Nghị quyết quy định mức hỗ trợ học nghề cho lao động nông thôn năm 2027
Kính gửi: Hội đồng nhân dân tỉnh.
Thực hiện sự phân công của Thường trực Hội đồng nhân dân tỉnh, Ban Kinh tế - Ngân sách đã thẩm tra Tờ trình số 201/TTr-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh. Ban báo cáo như sau:
I. NỘI DUNG DỰ THẢO NGHỊ QUYẾT
1. Mức hỗ trợ
- Dự thảo quy định: hỗ trợ 3.000.000 đồng/người/khóa học trình độ sơ cấp.
- Ý kiến của Ban: Ban đề nghị nâng lên 3.500.000 đồng/người/khóa học.
2. Tổ chức thực hiện
- Dự thảo quy định: Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện chính sách; Sở Tài chính bố trí kinh phí hằng năm; Ủy ban nhân dân các xã, phường lập danh sách người học trước ngày 31/3 hằng năm.
- Ý kiến của Ban: Ban cơ bản thống nhất; đề nghị giao Sở Giáo dục và Đào tạo chủ trì hướng dẫn phần đào tạo trình độ sơ cấp.
II. KIẾN NGHỊ
1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ hoàn chỉnh dự thảo Nghị quyết, gửi Ban trước ngày 08/12/2026.
2. Đề nghị Ủy ban nhân dân tỉnh báo cáo danh mục nghề đào tạo trước ngày 30/01/2027.
Trên đây là báo cáo thẩm tra của Ban Kinh tế - Ngân sách, kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.
TM. BAN KINH TẾ - NGÂN SÁCH
TRƯỞNG BAN
Lý Văn Hùng
"""


def test_a_verification_report_gives_the_drafts_assignments_and_the_committees_suggestions_to_their_bodies():
    """A council committee's report sets each point of the draft beside its opinion, each after a label: the draft's
    assignments and the body the committee proposes are read after the label; "Ban" agreeing is no one's duty."""
    rows = {(r.agency, r.role, r.task.split()[0]) for r in register_of(VERIFICATION_REPORT).responsibilities}
    assert {("Sở Nội vụ", "chủ trì", "chủ"), ("Sở Tài chính", "thực hiện", "bố"),
            ("Ủy ban nhân dân cấp xã", "thực hiện", "lập"), ("Sở Giáo dục và Đào tạo", "chủ trì", "chủ")} <= rows
    assert not any(agency.startswith("Ban") for agency, _, _ in rows)


# A monitoring committee's report of the Đoàn giám sát, its recommendations addressed body by body.
MONITORING_REPORT = HEADER.replace("KẾ HOẠCH", "BÁO CÁO KẾT QUẢ GIÁM SÁT") + """I. KẾT QUẢ GIÁM SÁT
Năm 2025 toàn tỉnh tuyển sinh 9.400 người học nghề, đạt 94% kế hoạch.
II. KIẾN NGHỊ
1. Đối với Hội đồng nhân dân tỉnh
Xem xét sửa đổi mức hỗ trợ tiền ăn cho người học nghề tại kỳ họp cuối năm 2026.
2. Đối với Ủy ban nhân dân tỉnh
a) Rà soát, sắp xếp lại mạng lưới trung tâm giáo dục nghề nghiệp, hoàn thành trước ngày 30/9/2026.
b) Chỉ đạo Sở Tài chính bố trí đủ kinh phí đặt hàng đào tạo năm 2027.
3. Đối với các cơ sở giáo dục nghề nghiệp
Công khai danh sách người học được hỗ trợ trên trang thông tin điện tử của đơn vị.
"""


def test_a_reports_recommendations_addressed_to_a_body_are_asked_of_that_body():
    """ "2. Đối với Ủy ban nhân dân tỉnh" heads what a report's proposals part asks of that body (its items name
    none), and a body it is asked to direct gets the work directed."""
    register = register_of(MONITORING_REPORT)
    rows = {(r.agency, r.role, r.task.split()[0]) for r in register.responsibilities}
    assert {("Hội đồng nhân dân", "đề nghị", "Xem"), ("Ủy ban nhân dân tỉnh", "đề nghị", "Rà"),
            ("Ủy ban nhân dân tỉnh", "đề nghị", "Chỉ"), ("Sở Tài chính", "thực hiện", "Bố"),
            ("Các cơ sở giáo dục nghề nghiệp", "đề nghị", "Công")} <= rows
    deadlines = {(tuple(d.agencies), d.when) for d in register.deadlines}
    assert (("Ủy ban nhân dân tỉnh",), "hoàn thành trước ngày 30/9/2026") in deadlines


def test_bodies_addressed_in_a_plans_own_part_of_duties_do_them():
    """Outside a part of proposals, "1. Đối với Sở Nội vụ" heads that body's own duties, led as written."""
    text = HEADER + ("III. TỔ CHỨC THỰC HIỆN\n1. Đối với Sở Nội vụ\n- Chủ trì, phối hợp với Sở Tài chính hướng dẫn "
                     "thực hiện Kế hoạch.\n2. Đối với Ủy ban nhân dân các xã, phường\n- Lập danh sách người học "
                     "trước ngày 31/3/2026.\n")
    rows = {(r.agency, r.role, r.task.split()[0]) for r in register_of(text).responsibilities}
    assert rows == {("Sở Nội vụ", "chủ trì", "Chủ"), ("Ủy ban nhân dân cấp xã", "thực hiện", "Lập")}


def test_an_item_singling_out_one_of_its_headings_bodies_is_that_bodys_alone():
    text = HEADER + ("III. TỔ CHỨC THỰC HIỆN\n1. Trường Cao đẳng Nghề Lam Hà và Trung tâm Giáo dục nghề nghiệp "
                     "huyện Bắc Sơn:\na) Tổ chức kiểm tra kết thúc khóa học, cấp chứng chỉ cho người học.\n"
                     "b) Riêng Trường Cao đẳng Nghề Lam Hà: giới thiệu việc làm cho ít nhất 20 người học.\n")
    rows = {(r.agency, r.task.split()[0]) for r in register_of(text).responsibilities}
    assert rows == {("Trường Cao đẳng Nghề Lam Hà", "Tổ"), ("Trung tâm Giáo dục nghề nghiệp huyện Bắc Sơn", "Tổ"),
                    ("Trường Cao đẳng Nghề Lam Hà", "giới")}


def test_a_unit_of_a_communes_office_is_a_body_of_its_own():
    text = HEADER + ("Điều 3. Tổ chức thực hiện\n1. Bộ phận Một cửa thuộc Văn phòng Hội đồng nhân dân và Ủy ban nhân "
                     "dân xã:\na) Tiếp nhận hồ sơ đề nghị hỗ trợ học nghề đến hết ngày 15/8/2026.\n")
    rows = {(r.agency, r.task.split()[0]) for r in register_of(text).responsibilities}
    assert rows == {("Bộ phận Một cửa thuộc Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Tiếp")}


def test_a_draft_prescribing_a_bodys_duty_gives_it_that_duty():
    """A reviewer restating the draft ("dự thảo quy định Ủy ban nhân dân tỉnh báo cáo …") names the body it binds."""
    text = VERIFICATION_REPORT.replace(
        "II. KIẾN NGHỊ", "- Về chế độ báo cáo, dự thảo quy định Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện Nghị "
        "quyết hằng năm tại kỳ họp cuối năm.\nII. KIẾN NGHỊ")
    rows = register_of(text).responsibilities
    assert any(r.agency == "Ủy ban nhân dân tỉnh" and r.task.startswith("báo cáo kết quả thực hiện") for r in rows)


def test_a_schools_name_ends_where_its_duty_of_study_begins():
    """ "nghiên cứu mở ngành" is what a school is asked to do, no part of its name."""
    text = HEADER + ("IV. KIẾN NGHỊ\n1. Đề nghị Ủy ban nhân dân tỉnh\n- Bố trí 3 tỷ đồng cho đào tạo nghề năm 2027.\n"
                     "2. Đề nghị các cơ sở giáo dục nghề nghiệp\n"
                     "- Trường Trung cấp Kinh tế Hòa An nghiên cứu mở ngành Thương mại điện tử, "
                     "tuyển sinh từ năm 2027; Trường Cao đẳng Sư phạm Hòa An nghiên cứu mở lớp kỹ năng số.\n")
    agencies = {r.agency for r in register_of(text).responsibilities}
    assert {"Trường Trung cấp Kinh tế Hòa An", "Trường Cao đẳng Sư phạm Hòa An"} <= agencies


def test_a_part_whose_bullets_each_open_with_a_body_assigns_each_bullet_to_its_body():
    """A report's "Nhiệm vụ, giải pháp" with no "Tổ chức thực hiện": nearly every bullet of its items opens with
    a body, whatever the verb; a bullet opening with a task stays no one's, and a part of tasks is not read so."""
    text = HEADER + ("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Thị trường lao động\n"
                     "- Sở Công Thương cung cấp thông tin dự báo nhu cầu nhân lực ngành chế biến.\n"
                     "- Bảo hiểm xã hội tỉnh phối hợp với Sở Nội vụ giải quyết chế độ bảo hiểm thất nghiệp.\n"
                     "2. Tài chính\n- Sở Tài chính tham mưu bố trí kinh phí 98,5 tỷ đồng.\n"
                     "- Tham mưu ban hành chính sách hỗ trợ học nghề.\n"
                     "III. GIẢI PHÁP KHÁC\n- Đẩy mạnh tuyên truyền về học nghề.\n"
                     "- Sở Văn hóa, Thể thao và Du lịch hướng dẫn các cơ quan báo chí.\n- Rà soát mạng lưới cơ sở.\n")
    rows = {(r.agency, r.role, tuple(r.partners)) for r in register_of(text).responsibilities}
    assert ("Sở Công Thương", "thực hiện", ()) in rows
    assert ("Bảo hiểm xã hội", "phối hợp", ("Sở Nội vụ",)) in rows
    assert ("Sở Tài chính", "thực hiện", ()) in rows
    assert not any(agency.startswith("Sở Văn hóa") for agency, _, _ in rows)  # one bullet of three: a task list


def test_duties_bulleted_with_plus_are_each_a_task_unless_they_detail_one():
    """ "+" is a detail of the "-" item above it; under a body's heading with no "-" before, "+" is the list's own
    bullet and each "+" line a task with its own role ("chủ trì hoặc phối hợp" kept)."""
    text = HEADER + ("V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n+ Chủ trì tổ chức 20 phiên giao dịch việc làm.\n"
                     "+ Tổng hợp báo cáo trước ngày 15/12/2026.\n2. Sở Nông nghiệp và Môi trường\n"
                     "+ Phối hợp khảo sát nhu cầu học nghề.\n+ Chủ trì hoặc phối hợp tổ chức lớp nghề nông nghiệp.\n"
                     "3. Sở Công Thương\n- Cung cấp thông tin:\n+ nhu cầu lao động của doanh nghiệp;\n"
                     "+ các dự án đầu tư mới.\n")
    rows = [(r.agency, r.role, r.task.split("\n")[0]) for r in rows_of(text)]
    assert rows == [
        ("Sở Nội vụ", "chủ trì", "Chủ trì tổ chức 20 phiên giao dịch việc làm."),
        ("Sở Nội vụ", "thực hiện", "Tổng hợp báo cáo trước ngày 15/12/2026."),
        ("Sở Nông nghiệp và Môi trường", "phối hợp", "Phối hợp khảo sát nhu cầu học nghề."),
        ("Sở Nông nghiệp và Môi trường", "chủ trì hoặc phối hợp", "Chủ trì hoặc phối hợp tổ chức lớp nghề nông nghiệp."),
        ("Sở Công Thương", "thực hiện", "Cung cấp thông tin:"),  # its "+" lines detail it
    ]


def test_a_body_line_over_plus_lines_gives_each_line_to_the_body():
    """ "- Sở Nội vụ:" over "+ Chủ trì …", "+ Tổng hợp …": each "+" line is a task of that body with its own role,
    not one task reading "+ Chủ trì … + Tổng hợp …"; a request ("- Đề nghị Tỉnh đoàn:") stays a request."""
    text = HEADER + ("V. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành\n- Sở Nội vụ:\n+ Chủ trì tổ chức 20 phiên giao dịch "
                     "việc làm.\n+ Tổng hợp báo cáo trước ngày 15/12/2026.\n- Đề nghị Hội Nông dân tỉnh:\n"
                     "+ Phối hợp tuyên truyền.\n")
    rows = [(r.agency, r.role, r.task) for r in rows_of(text)]
    assert rows == [("Sở Nội vụ", "chủ trì", "Chủ trì tổ chức 20 phiên giao dịch việc làm."),
                    ("Sở Nội vụ", "thực hiện", "Tổng hợp báo cáo trước ngày 15/12/2026."),
                    ("Hội Nông dân", "đề nghị", "Phối hợp tuyên truyền.")]


def test_a_body_asked_of_without_its_plural_finds_its_rows():
    """ "Ban Quản lý khu kinh tế" asked of is the plan's "Ban Quản lý các khu kinh tế, khu công nghiệp tỉnh": "các"
    is a plural inside a name, not a word that tells two bodies apart."""
    text = HEADER + ("VI. TỔ CHỨC THỰC HIỆN\n9. Ban Quản lý các khu kinh tế, khu công nghiệp tỉnh\n"
                     "- Tổng hợp nhu cầu tuyển dụng của doanh nghiệp, gửi Sở Nội vụ trước ngày 31 tháng 10 hằng năm.\n"
                     "10. Sở Công Thương\n- Cung cấp thông tin về các dự án đầu tư.\n")
    register = Register([register_of(text)])
    rows = register.responsibilities(agency="Ban Quản lý khu kinh tế")
    assert [r.task[:30] for r in rows] == ["Tổng hợp nhu cầu tuyển dụng củ"]
    assert not register.responsibilities(agency="Ban Quản lý khu công nghệ cao")


# ------------------------------------------------------------------ a Chỉ thị: bodies numbered, no "Tổ chức thực hiện"
DIRECTIVE = """Số: 05/CT-UBND

Lũng Phong, ngày 12 tháng 5 năm 2027

CHỈ THỊ

Về đẩy mạnh dạy nghề cho thanh niên hoàn thành nghĩa vụ quân sự

Năm 2026, toàn tỉnh có 2.140 thanh niên xuất ngũ, trong đó 38% được học nghề.

Để khắc phục hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nội vụ:

a) Chủ trì tổng hợp nhu cầu học nghề của thanh niên xuất ngũ, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2027.

b) Phối hợp với Bộ Chỉ huy quân sự tỉnh tổ chức 04 phiên giao dịch việc làm chuyên đề trong năm 2027.

2. Sở Giáo dục và Đào tạo:

a) Hướng dẫn các trường cao đẳng miễn học phí cho thanh niên xuất ngũ theo quy định.

b) Giao Trường Cao đẳng Kỹ thuật Lũng Phong chủ trì mở 06 lớp sơ cấp nghề điện dân dụng, hoàn thành trong quý III/2027.

3. Bộ Chỉ huy quân sự tỉnh: phối hợp với Sở Nội vụ thống kê số thanh niên xuất ngũ có nhu cầu học nghề.

4. Đề nghị Tỉnh Đoàn, Hội Cựu chiến binh tỉnh:

a) Tỉnh Đoàn tuyên truyền, vận động đoàn viên học nghề.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở nghiêm túc thực hiện Chỉ thị này./.

CHỦ TỊCH

Đỗ Văn Khải
"""


def test_a_directive_assigns_by_numbered_bodies_without_an_implementation_part():
    rows = {(r.agency, r.role, r.deadline) for r in rows_of(DIRECTIVE)}
    assert rows == {
        ("Sở Nội vụ", "chủ trì", "trước ngày 30/6/2027"),
        ("Sở Nội vụ", "phối hợp", ""),
        ("Sở Giáo dục và Đào tạo", "thực hiện", ""),
        ("Trường Cao đẳng Kỹ thuật Lũng Phong", "chủ trì", "hoàn thành trong quý III/2027"),
        ("Bộ Chỉ huy quân sự tỉnh", "phối hợp", ""),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "đề nghị", ""),  # "Tỉnh Đoàn tuyên truyền …": its own item
    }  # and the closing "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở …" is no body's task


def test_a_directive_whose_last_item_is_its_implementation_part_still_assigns_by_numbered_bodies():
    """"1/ Sở Nội vụ:" … "4/ Đề nghị …", then "5/ Tổ chức thực hiện": the closing item does not hide the bodies'
    items before it, and its own lettered duties are read too."""
    text = (DIRECTIVE.replace("1. Sở", "1/ Sở").replace("2. Sở", "2/ Sở").replace("3. Bộ", "3/ Bộ")
            .replace("4. Đề nghị", "4/ Đề nghị").replace("a) ", "a/ ").replace("b) ", "b/ ")
            .replace("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc",
                     "5/ Tổ chức thực hiện:\n\na/ Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện Chỉ thị này, "
                     "báo cáo trước ngày 15/12/2027.\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc"))
    rows = {(r.agency, r.role, r.deadline) for r in rows_of(text)}
    assert ("Sở Nội vụ", "chủ trì", "trước ngày 30/6/2027") in rows
    assert ("Trường Cao đẳng Kỹ thuật Lũng Phong", "chủ trì", "hoàn thành trong quý III/2027") in rows
    assert ("Bộ Chỉ huy quân sự tỉnh", "phối hợp", "") in rows
    assert ("Sở Tài chính", "thực hiện", "trước ngày 15/12/2027") in rows


def test_a_directive_addressing_bodies_through_their_heads_assigns_the_bodies():
    """"1. Giám đốc Sở Nội vụ:", "2. Hiệu trưởng các trường cao đẳng:": a Chỉ thị speaks to the head; the body is
    assigned."""
    text = (DIRECTIVE.replace("1. Sở Nội vụ:", "1. Giám đốc Sở Nội vụ:")
            .replace("2. Sở Giáo dục và Đào tạo:", "2. Giám đốc Sở Giáo dục và Đào tạo:")
            .replace("3. Bộ Chỉ huy quân sự tỉnh: phối hợp", "3. Hiệu trưởng các trường cao đẳng: phối hợp"))
    rows = {(r.agency, r.role, r.deadline) for r in rows_of(text)}
    assert ("Sở Nội vụ", "chủ trì", "trước ngày 30/6/2027") in rows
    assert ("Sở Giáo dục và Đào tạo", "thực hiện", "") in rows
    assert any(agency.lower() == "các trường cao đẳng" and role == "phối hợp" for agency, role, _ in rows), rows
    assert not any(agency.startswith(("Giám đốc", "Hiệu trưởng")) for agency, _, _ in rows)


# ------------------------------------------------------------------ a body line heading the items below it
def test_a_body_line_ending_in_a_colon_owns_the_items_below_it_until_its_sibling():
    text = HEADER + ("IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Hội\n- Chủ trì tổng hợp kết quả, báo cáo trước ngày 15/12/2026.\n"
                     "2. Phối hợp thực hiện\n- Đề nghị Sở Y tế:\n• Khám sức khỏe miễn phí cho học viên trước ngày 30/4/2026;\n"
                     "• Cử cán bộ tham gia tư vấn tại các phiên.\n- Đề nghị Hội Chữ thập đỏ tỉnh:\n"
                     "• Hỗ trợ 120 triệu đồng từ nguồn xã hội hóa.\n"
                     "- Ban Kiểm tra Hội kiểm tra việc sử dụng kinh phí hằng quý.\n"
                     "Sở Tài chính:\n- Thẩm định dự toán trước ngày 10/3/2026.\n")
    rows = [(r.agency, r.role, r.task[:30], r.deadline) for r in register_of(text).responsibilities]
    assert ("Sở Y tế", "đề nghị", "Khám sức khỏe miễn phí cho học", "trước ngày 30/4/2026") in rows
    assert ("Sở Y tế", "đề nghị", "Cử cán bộ tham gia tư vấn tại ", "") in rows
    assert ("Hội Chữ thập đỏ tỉnh", "đề nghị", "Hỗ trợ 120 triệu đồng từ nguồn", "") in rows
    assert not any(agency == "Hội Chữ thập đỏ tỉnh" and "kiểm tra" in task for agency, _, task, _ in rows)
    assert ("Ban Kiểm tra Hội", "thực hiện", "kiểm tra việc sử dụng kinh phí", "") in rows
    assert ("Sở Tài chính", "thực hiện", "Thẩm định dự toán trước ngày 1", "trước ngày 10/3/2026") in rows


def test_a_duty_after_an_adverbial_clause_in_a_run_in_implementation_part():
    text = HEADER + ("3. Kinh phí thực hiện. Tổng kinh phí dự kiến 36.500 triệu đồng từ ngân sách tỉnh.\n"
                     "4. Tổ chức thực hiện. Sau khi Kế hoạch được phê duyệt, Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn "
                     "tổ chức triển khai; Sở Tài chính tham mưu bố trí kinh phí trước ngày 30/6/2026.\n")
    rows = {(r.agency, r.role, r.deadline) for r in register_of(text).responsibilities}
    assert ("Sở Nội vụ", "chủ trì", "") in rows
    assert ("Sở Tài chính", "thực hiện", "trước ngày 30/6/2026") in rows


def test_an_upgraded_reader_reads_the_register_of_an_unchanged_plan_again(corpus, monkeypatch):
    from index.register import model

    text = normalize_text((PLANS / HANOI_2023).read_text(encoding="utf-8"))
    assert corpus.is_current(HANOI_2023, text)
    monkeypatch.setattr(model, "reader_fingerprint", lambda: "another-reader")
    assert not corpus.is_current(HANOI_2023, text)


def test_a_submissions_lettered_duties_and_its_targets_of_young_people():
    text = HEADER + ("2. Nội dung chủ yếu của Đề án\n2.1. Mục tiêu. Đến năm 2030 hỗ trợ việc làm cho 20.000 thanh niên.\n"
                     "2.2. Tổ chức thực hiện\na. Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn tổ chức 40 phiên giao dịch việc "
                     "làm mỗi năm.\nb. Sở Tài chính tham mưu bố trí kinh phí trước ngày 30/6/2026.\n")
    register = register_of(text)
    rows = {(r.agency, r.role, tuple(r.partners), r.deadline) for r in register.responsibilities}
    assert ("Sở Nội vụ", "chủ trì", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh",), "") in rows  # Tỉnh đoàn, canonical
    assert ("Sở Tài chính", "thực hiện", (), "trước ngày 30/6/2026") in rows
    assert any(t.value == "20.000" and t.unit == "thanh niên" for t in register.targets)


def test_an_agreements_parties_duties_are_read_once():
    """Three parties' articles ("Điều 3. Trách nhiệm của Bên A" … "Điều 5. … Bên C") make the text a part of duties by
    body and each article a body's part: every duty is one row, under the party's name."""
    from tests.test_metadata import AGREEMENT

    rows = [(r.agency, r.task) for r in register_of(AGREEMENT, "kimthanh.txt").responsibilities]
    assert len(rows) == len(set(rows)) >= 9
    assert ("Sở Nội vụ", "Bố trí kinh phí hỗ trợ chi phí đào tạo từ nguồn ngân sách tỉnh theo quy định, tối đa "
            "4.000.000 đồng/người/khóa học.") in rows


def test_a_body_named_before_its_duty_handles_what_the_duty_says_another_body_proposes():
    """"6. Phòng Khảo thí: tổng hợp đề thi do các khoa đề xuất, trình …": the passive describes what the office
    handles; the office, named before its colon, does the duty, not the proposers."""
    text = HEADER + ("V. TỔ CHỨC THỰC HIỆN\n6. Phòng Khảo thí: tổng hợp ngân hàng đề thi do các khoa đề xuất, trình "
                     "Hiệu trưởng phê duyệt trước ngày 20/11/2027.\n7. Khoa Hàn: đề xuất 10 đề thi thực hành gửi "
                     "Phòng Khảo thí trước ngày 10/11/2027.\n")
    rows = {(r.agency, r.task.split()[0]) for r in register_of(text).responsibilities}
    assert ("Phòng Khảo thí", "tổng") in rows
    assert not any(agency.lower().startswith("các khoa") for agency, _ in rows)


def test_a_part_whose_title_ends_with_organising_the_implementation_assigns_by_body():
    """"Điều 2. Áp dụng định mức và trách nhiệm tổ chức thực hiện", "IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN": the part of
    the bodies' duties, its last title part says so; "4. Sở Tài chính:" owns its lettered items, whoever they name."""
    for title in ("Điều 2. Áp dụng định mức và trách nhiệm tổ chức thực hiện", "IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"):
        text = HEADER + (f"{title}\n1. Định mức là mức tối đa.\n2. Sở Y tế: phối hợp khám sức khỏe cho người học.\n"
                         "3. Sở Tài chính:\na) Thẩm định phương án giá do Sở Giáo dục và Đào tạo trình trong thời hạn "
                         "15 ngày làm việc;\nb) Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí trong dự toán hằng "
                         "năm.\n")
        rows = {(r.agency, r.task.split()[0]) for r in register_of(text).responsibilities}
        assert {("Sở Tài chính", "Thẩm"), ("Sở Tài chính", "Tham")} <= rows, title
        assert not any(agency == "Sở Giáo dục và Đào tạo" for agency, _ in rows), title



@pytest.mark.parametrize("title, duties", [
    ("V. Tổ chức thực hiện", True), ("IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", True),
    ("Điều 2. Áp dụng định mức và trách nhiệm tổ chức thực hiện", True), ("6. Trách nhiệm thi hành", True),
    ("Điều 3. Hiệu lực và trách nhiệm thi hành", False), ("2. Giải pháp tổ chức thực hiện", False),
    ("I. Kết quả tổ chức thực hiện năm 2025 và nhiệm vụ", False)])
def test_a_title_of_the_bodies_duties_is_known_by_its_last_part(title, duties):
    """A decision's closing "Hiệu lực và trách nhiệm thi hành" lists who carries it out in one sentence, no duties."""
    from index.register.model import title_is
    from index.register.responsibilities import IMPLEMENTATION
    from index.structure import parse_structure

    section = parse_structure(f"{title}\nSở Nội vụ chủ trì.\n").children[0]
    assert title_is(IMPLEMENTATION, section) is duties
