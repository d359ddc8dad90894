"""The responsibility / deadline / target register: rules on hand-made snippets,
facts of the bundled plans, and precision / recall against the hand labels."""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from index.agencies import (
    canonical_agency,
    find_agencies,
    parse_agency_list,
    split_agencies,
)
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.register import (
    CSV_HEADERS,
    ROLES,
    PlanRegister,
    Register,
    build_register,
    extract_register,
    to_csv,
    to_json,
)
from tests.plans import (
    ALL_PLANS,
    HAIDUONG,
    HAIPHONG_NQ06,
    HAIPHONG_STRATEGY,
    HANOI_2023,
    HANOI_2025,
    PLANS,
)

REPO = Path(__file__).resolve().parent.parent
LDTBXH = "Sở Lao động - Thương binh và Xã hội"


def register_of(text: str, doc: str = "plan.txt") -> PlanRegister:
    normalised = normalize_text(text)
    return extract_register(doc, normalised, extract_metadata(doc, normalised))


def rows_of(text: str):
    return register_of(text).responsibilities


HEADER = "Số: 12/KH-UBND\n\nTỉnh X, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n"


# ------------------------------------------------------------------ agencies


@pytest.mark.parametrize(
    "spelling",
    [
        "Sở LĐTBXH", "Sở LĐ-TB&XH", "Sở LĐTB&XH", "Sở Lao động Thương binh và Xã hội",
        "Sở Lao động – Thương binh và Xã hội tỉnh Hải Dương", "Sở Lao động, Thương binh và Xã hội", "SLĐTBXH",
    ],
)
def test_every_spelling_of_the_labour_department_is_one_agency(spelling):
    assert canonical_agency(spelling) == LDTBXH


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("phòng LĐVL", "Phòng Lao động - Việc làm"),
        ("Phòng Lao động việc làm (LĐVL)", "Phòng Lao động - Việc làm"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GDĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở Thông tin truyền thông(TTTT)", "Sở Thông tin và Truyền thông"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở VH&TT", "Sở Văn hóa và Thể thao"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("UBND các quận, huyện và thị xã", "Ủy ban nhân dân cấp huyện"),
        ("Chủ tịch Ủy ban nhân dân các quận, huyện", "Ủy ban nhân dân cấp huyện"),
        ("Ủy ban nhân dân xã, phường", "Ủy ban nhân dân cấp xã"),
        ("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        ("Thành Đoàn Hà Nội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Ngân hàng Chính sách xã hội – Chi nhánh thành phố Hải Phòng", "Ngân hàng Chính sách xã hội"),
        ("Chi nhánh Ngân hàng Chính sách xã hội Thành phố", "Ngân hàng Chính sách xã hội"),
        ("Liên đoàn Lao động thành phố", "Liên đoàn Lao động"),
        ("Các cơ sở GDNN trên địa bàn thành phố", "Các cơ sở giáo dục nghề nghiệp"),
    ],
)
def test_aliases_map_to_one_canonical_name(spelling, name):
    assert canonical_agency(spelling) == name


def test_unknown_agency_is_kept_as_written_tidied():
    assert canonical_agency("  Hội Dạy nghề và Việc làm Hải Phòng; ") == "Hội Dạy nghề và Việc làm Hải Phòng"
    assert canonical_agency("các phòng được phân công") == "Các phòng được phân công"


def test_find_agencies_in_order_with_and_without_accents():
    text = "Sở Tài chính phối hợp với Sở LĐ-TB&XH và UBND các quận, huyện; cơ sở tài chính không phải là sở"
    assert find_agencies(text) == ["Sở Tài chính", LDTBXH, "Ủy ban nhân dân cấp huyện"]
    assert find_agencies("so ldtbxh va so tai chinh lam gi") == [LDTBXH, "Sở Tài chính"]
    assert find_agencies("Sở Du lịch và Trường Cao đẳng nghề Hải Dương") == ["Sở Du lịch", "Trường Cao đẳng nghề Hải Dương"]


def test_lists_of_agencies_split_only_between_bodies():
    assert split_agencies("Hội Nông dân thành phố, Hội Liên hiệp Phụ nữ Việt Nam thành phố, Hiệp hội Doanh nghiệp nhỏ và vừa") == [
        "Hội Nông dân thành phố", "Hội Liên hiệp Phụ nữ Việt Nam thành phố", "Hiệp hội Doanh nghiệp nhỏ và vừa",
    ]
    assert split_agencies("Sở Lao động - Thương binh và Xã hội") == [LDTBXH]
    assert split_agencies("Các Sở, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân các quận, huyện") == [
        "Các Sở, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân các quận, huyện",
    ]


def test_partner_lists_with_an_elided_head():
    assert parse_agency_list("các Sở: Tài chính, Nông nghiệp và Phát triển nông thôn tiếp tục triển khai") == [
        "Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn",
    ]
    assert parse_agency_list("phòng GDNN, KHTC, Trung tâm DVVL - GDNN và phòng, đơn vị liên quan để tham mưu") == [
        "phòng GDNN", "Phòng KHTC", "Trung tâm DVVL - GDNN", "phòng, đơn vị liên quan",
    ]


# ------------------------------------------------------------------ responsibility rules


def test_chu_tri_phoi_hop_voi_gives_role_and_partners():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
                   "- Chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tổ chức khám sức khỏe cho học viên.\n\n"
                   "- Phối hợp với Sở LĐTBXH kiểm tra an toàn lao động.\n\n"
                   "- Hướng dẫn các cơ sở y tế thực hiện Kế hoạch.\n")
    assert [(r.agency, r.role) for r in rows] == [("Sở Y tế", "chủ trì"), ("Sở Y tế", "phối hợp"), ("Sở Y tế", "thực hiện")]
    assert rows[0].partners == ["Sở Tài chính", "Các cơ quan liên quan"]
    assert rows[1].partners == [LDTBXH]
    assert rows[0].task.startswith("Chủ trì, phối hợp với Sở Tài chính")
    assert rows[0].section == "V. TỔ CHỨC THỰC HIỆN › 1. Sở Y tế"
    assert "1. Sở Y tế" in rows[0].source


def test_phan_cong_thuc_hien_and_thoi_gian_thuc_hien_lines():
    reg = register_of(HEADER + "III. NỘI DUNG THỰC HIỆN\n\n1. Tổ chức Hội thi tay nghề cấp tỉnh năm 2024.\n\n"
                      "- Phân công thực hiện: Phòng LĐVL chủ trì, phối hợp với phòng KHTC và các cơ sở GDNN để tham mưu thực hiện.\n\n"
                      "- Thời gian thực hiện: Triển khai tháng 5, thực hiện trong năm 2024.\n\n"
                      "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các phòng thuộc Sở\n\n- Tổ chức thực hiện Kế hoạch này.\n")
    row = reg.responsibilities[0]
    assert (row.agency, row.role) == ("Phòng Lao động - Việc làm", "chủ trì")
    assert row.task == "Tổ chức Hội thi tay nghề cấp tỉnh năm 2024."
    assert row.partners == ["Phòng Kế hoạch - Tài chính", "Các cơ sở giáo dục nghề nghiệp"]
    assert row.deadline == "Triển khai tháng 5, thực hiện trong năm 2024"
    deadline = next(d for d in reg.deadlines if d.when.startswith("Triển khai tháng 5"))
    assert deadline.agencies == ["Phòng Lao động - Việc làm"]
    assert deadline.kind == "year"  # "Triển khai tháng 5" is the start; the work runs through 2024


def test_co_quan_chu_tri_fields():
    row = rows_of(HEADER + "III. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu người lao động.\n\n"
                  "Cơ quan chủ trì: Sở Lao động - Thương binh và Xã hội; cơ quan phối hợp: Công an tỉnh, Sở Tư pháp; "
                  "thời gian hoàn thành: Quý IV năm 2024.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n\n- Thẩm định văn bản.\n")[0]
    assert (row.agency, row.role, row.deadline) == (LDTBXH, "chủ trì", "Quý IV năm 2024")
    assert row.partners == ["Công an tỉnh", "Sở Tư pháp"]


def test_de_nghi_marks_requested_bodies_and_their_units():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị tỉnh\n\n"
                   "Phối hợp tuyên truyền, vận động Nhân dân tham gia học nghề.\n\n1.1. Ban Công tác Phụ nữ\n\n"
                   "Tổ chức tư vấn học nghề cho hội viên.\n")
    assert {(r.agency, r.role) for r in rows} == {
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", "đề nghị"), ("Các đoàn thể chính trị tỉnh", "đề nghị"),
        ("Ban Công tác Phụ nữ", "đề nghị"),
    }


def test_thuong_truc():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Là cơ quan thường trực, chủ trì theo dõi việc thực hiện.\n\n"
                   "2. Phòng Giáo dục nghề nghiệp\n\n- Thường trực chủ trì, phối hợp với các phòng, đơn vị liên quan đôn đốc.\n")
    assert [(r.agency, r.role) for r in rows] == [("Sở Nội vụ", "thường trực"), ("Phòng Giáo dục nghề nghiệp", "thường trực")]


def test_colon_style_paragraphs_and_headings_name_their_own_agency():
    rows = rows_of(HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành\n\n- Sở Tài chính: Bố trí kinh phí thực hiện.\n\n"
                   "- Sở Y tế, Sở Xây dựng: Phối hợp với Sở LĐTBXH triển khai.\n\n2. Trách nhiệm của các địa phương\n\n"
                   "a) UBND các huyện, thành phố: Xây dựng kế hoạch, gửi Sở LĐTBXH trước ngày 15/4/2024.\n")
    assert [(r.agency, r.role) for r in rows] == [
        ("Sở Tài chính", "thực hiện"), ("Sở Y tế", "phối hợp"), ("Sở Xây dựng", "phối hợp"),
        ("Ủy ban nhân dân cấp huyện", "thực hiện"),
    ]
    assert rows[-1].deadline == "trước ngày 15/4/2024"


def test_giao_and_co_trach_nhiem_headings():
    rows = rows_of(HEADER + "III. PHÂN CÔNG NHIỆM VỤ\n\n1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với "
                   "Phòng Nội vụ bố trí kinh phí.\n\n2. UBND các xã, thị trấn có trách nhiệm tuyên truyền, tuyển sinh.\n")
    assert [(r.agency, r.role) for r in rows] == [
        ("Phòng Tài chính - Kế hoạch", "chủ trì"), ("Ủy ban nhân dân cấp xã", "thực hiện"),
    ]
    assert rows[0].partners == ["Phòng Nội vụ"]


def test_unknown_agency_heading_is_kept_as_written():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Hội Sinh vật cảnh tỉnh\n\n- Tuyên truyền, vận động hội viên học nghề.\n")
    assert [(r.agency, r.role) for r in rows] == [("Hội Sinh vật cảnh tỉnh", "thực hiện")]


def test_closing_formula_is_not_a_task():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Khám sức khỏe cho học viên.\n\n"
                   "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch./.\n")
    assert [r.task for r in rows] == ["Khám sức khỏe cho học viên."]


def test_reporting_section_gives_rows_and_dated_deadlines():
    reg = register_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Khám sức khỏe.\n\nVI. CHẾ ĐỘ BÁO CÁO\n\n"
                      "Các sở, ngành, UBND các huyện báo cáo kết quả về Sở LĐTBXH trước ngày 15/6/2024 và trước ngày 30/11/2024.\n")
    reporting = [r for r in reg.responsibilities if r.section.startswith("VI.")]
    assert [r.agency for r in reporting] == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]
    assert reporting[0].deadline == "trước ngày 15/6/2024; trước ngày 30/11/2024"
    assert {(d.when, d.date) for d in reg.deadlines} == {
        ("trước ngày 15/6/2024", "2024-06-15"), ("trước ngày 30/11/2024", "2024-11-30"),
    }


def test_periodic_deadlines():
    row = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Tổ chức đánh giá sơ kết 05 năm, tổng kết 10 năm "
                  "việc thực hiện Kế hoạch.\n")[0]
    assert row.deadline == "sơ kết 05 năm, tổng kết 10 năm"


@pytest.mark.parametrize("text", ["", "   ", HEADER + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng đào tạo.\n"])
def test_plan_without_tổ_chức_thực_hiện_gives_no_rows_and_a_note(text):
    reg = register_of(text)
    assert reg.responsibilities == []
    assert any("Tổ chức thực hiện" in n for n in reg.notes)


# ------------------------------------------------------------------ target rules


def test_targets_values_units_comparators_and_years():
    reg = register_of(HEADER + "II. MỤC TIÊU\n\n2. Mục tiêu cụ thể\n\na) Đến năm 2025\n\n"
                      "- Thu hút 40 - 45% học sinh tốt nghiệp THCS, THPT vào hệ thống GDNN; tỷ lệ nữ đạt trên 30%.\n\n"
                      "- Tuyển sinh 12.000 người, trong đó: cao đẳng: 2.000, trung cấp: 3.000.\n\n"
                      "- Tỷ lệ thất nghiệp thành thị dưới 4%, thiếu việc làm không quá 2%; đào tạo cho khoảng 25% lao động, "
                      "từ 03 tháng trở lên, tiếp cận ASEAN-4.\n\nb) Đến năm 2030\n\n- Có ít nhất 70% cơ sở GDNN đạt chuẩn.\n")
    got = [(t.comparator, t.value, t.unit, t.year) for t in reg.targets]
    assert got == [
        ("=", "40-45", "%", "2025"), (">", "30", "%", "2025"),
        ("=", "12.000", "người", "2025"), ("=", "2.000", "người", "2025"), ("=", "3.000", "người", "2025"),
        ("<", "4", "%", "2025"), ("≤", "2", "%", "2025"), ("≈", "25", "%", "2025"),
        ("≥", "70", "%", "2030"),
    ]
    assert reg.targets[0].scope.startswith("học sinh tốt nghiệp THCS")
    assert reg.targets[3].scope == "cao đẳng"


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
    assert [(t.value, t.unit, t.year) for t in targets] == [("40-45", "%", "2025"), ("50-55", "%", "2030")]
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
