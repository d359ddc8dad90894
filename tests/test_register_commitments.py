"""What a report commits to, and what a letter asks each body to report, in the register: a Sở's answer to voters
mixes past results (no duty) with what it or another body will do (a duty: "sẽ chủ trì …", "Trong năm 2026, X tổ
chức …", "đã giao Trường Y … hoàn thành trước …"); a letter names each body alone over its bullets, and may set a
duty after its closing formula."""

# ruff: noqa: E501 - the fixture texts keep their paragraphs on one line, as converters write them
from __future__ import annotations

import pytest

from tests.register_snippets import register_of

REPORT = """SỞ NỘI VỤ TỈNH PHONG LÂM
Số: 31/BC-SNV
Phong Lâm, ngày 14 tháng 01 năm 2026
BÁO CÁO
Kết quả giải quyết kiến nghị của cử tri về lao động, việc làm
Tính đến ngày 10/01/2026, có 02 nội dung đã giải quyết xong. Sở Nội vụ báo cáo kết quả cụ thể như sau:
1. Cử tri xã Đồng Mai kiến nghị: Tăng số phiên giao dịch việc làm tại xã.
Trả lời:
Năm 2025, Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 20 phiên giao dịch việc làm.
Trong năm 2026, Trung tâm Dịch vụ việc làm tỉnh tổ chức 30 phiên giao dịch việc làm, trong đó 10 phiên lưu động.
2. Cử tri phường Bắc Sơn kiến nghị: Nâng mức hỗ trợ học nghề cho lao động nông thôn.
Trả lời:
Tiếp thu ý kiến cử tri, Sở Nội vụ sẽ chủ trì, phối hợp với Sở Tài chính rà soát định mức hỗ trợ học nghề, hoàn thành trong quý III năm 2026.
3. Cử tri xã Hà Lĩnh kiến nghị: Mở thêm nghề hàn, điện dân dụng, may công nghiệp.
Trả lời:
Sở Nội vụ đã giao Trường Cao đẳng Nghề Phong Lâm tổ chức 05 lớp nghề năm 2025.
Sở Nội vụ đã giao Trường Cao đẳng Nghề Phong Lâm biên soạn 03 chương trình đào tạo sơ cấp (hàn; điện dân dụng; may công nghiệp), hoàn thành trước ngày 30/9/2026.
Sở Nội vụ giao Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên theo dõi, đôn đốc các đơn vị thực hiện 04 nội dung đang giải quyết, báo cáo trước ngày 15/6/2026.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Minh Khoa
"""

LETTER = """ỦY BAN NHÂN DÂN TỈNH PHONG LÂM
Số: 402/UBND-VX
V/v báo cáo kết quả đào tạo nghề năm 2025
Phong Lâm, ngày 05 tháng 02 năm 2026
Kính gửi: Các sở, ngành.
1. Nội dung báo cáo
Báo cáo kết quả đào tạo nghề năm 2025 theo đề cương kèm theo.
2. Trách nhiệm báo cáo
a) Sở Tài chính (cơ quan tổng hợp kinh phí, tiếp nhận số liệu của các sở):
- Tổng hợp kinh phí đã giải ngân theo từng nguồn.
- Lập Biểu số 02, gửi Sở Nội vụ trước ngày 10/3/2026.
b) Sở Công Thương: Báo cáo nhu cầu lao động của doanh nghiệp.
3. Tổ chức thực hiện
Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện nghiêm túc nội dung Công văn này. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công văn này. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Nội vụ để tổng hợp.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
"""


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.agency, r.role, r.deadline, r.task) for r in register_of(text).responsibilities]


def _tasks_of(text: str, agency: str) -> list[str]:
    return [task for name, _, _, task in _rows(text) if name == agency]


def test_a_commitment_is_the_bodys_duty_and_its_verb_gives_the_role():
    rows = [r for r in _rows(REPORT) if "định mức hỗ trợ" in r[3]]
    assert [(agency, role) for agency, role, _, _ in rows] == [("Sở Nội vụ", "chủ trì")]
    assert "quý III năm 2026" in rows[0][2]
    assert [r.partners for r in register_of(REPORT).responsibilities if "định mức" in r.task] == [["Sở Tài chính"]]


def test_the_year_a_body_s_work_is_set_for_is_its_duty_and_last_year_s_result_is_not():
    tasks = _tasks_of(REPORT, "Trung tâm Dịch vụ việc làm")
    assert len(tasks) == 1 and "30 phiên" in tasks[0]


def test_an_assignment_made_already_binds_while_its_date_is_ahead():
    tasks = _tasks_of(REPORT, "Trường Cao đẳng Nghề Phong Lâm")
    assert len(tasks) == 1
    # the clause runs on through the parentheses to its own deadline
    assert "biên soạn 03 chương trình" in tasks[0] and "30/9/2026" in tasks[0]


def test_a_department_handed_work_is_named_and_a_matter_still_in_hand_is_no_result():
    tasks = _tasks_of(REPORT, "Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên")
    assert len(tasks) == 1 and "15/6/2026" in tasks[0]


def test_the_issuer_introducing_its_report_is_no_duty():
    assert not [t for t in _tasks_of(REPORT, "Sở Nội vụ") if "như sau" in t]


def test_a_body_named_alone_over_bullets_owns_each_of_them():
    tasks = _tasks_of(LETTER, "Sở Tài chính")
    assert any("Tổng hợp kinh phí" in t for t in tasks)
    assert any("Biểu số 02" in t for t in tasks)


def test_a_duty_after_the_closing_formula_is_read_and_the_request_for_feedback_is_not():
    assert any("theo dõi, đôn đốc" in t for t in _tasks_of(LETTER, "Văn phòng Ủy ban nhân dân tỉnh"))
    assert not [r for r in _rows(LETTER) if "vướng mắc" in r[3]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Các cơ sở tiếp tục thực hiện mức hỗ trợ hiện hành.", "Các cơ sở"),
    ("Trung tâm Dịch vụ việc làm tỉnh sẽ tiếp tục tổ chức phiên giao dịch.", "Trung tâm Dịch vụ việc làm tỉnh"),
])
def test_going_on_with_a_thing_is_said_of_the_body_before_it(text, expected):
    from index.register.responsibilities import _subject

    split = _subject(text)
    assert split is not None and split[0] == [expected]


CENTRE_PLAN = """TRUNG TÂM GDNN - GDTX KHU VỰC KHE MÂY
KẾ HOẠCH TUYỂN SINH VÀ ĐÀO TẠO NĂM 2029
II. CHỈ TIÊU
3. Đào tạo theo đặt hàng của doanh nghiệp:
Công ty TNHH Dệt may Hòa Phát Khe Mây đặt hàng đào tạo 40 người nghề May công nghiệp trình độ sơ cấp; Công ty cam kết tiếp nhận 100% học viên đạt yêu cầu vào làm việc.
IV. TỔ CHỨC THỰC HIỆN
- Tổ Tuyển sinh và Tư vấn việc làm chủ trì, phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Khe Mây hướng dẫn học viên vay vốn giải quyết việc làm.
- Phòng Đào tạo phối hợp với Hợp tác xã Chè Tân Cương bố trí 02 nghệ nhân hướng dẫn thực hành.
"""


def test_an_enterprise_named_by_its_kind_again_keeps_its_pledge():
    """"…; Công ty cam kết tiếp nhận …" is the pledge of the company named before in the paragraph."""
    rows = [r for r in register_of(CENTRE_PLAN).responsibilities if r.agency.startswith("Công ty")]
    assert [(r.agency, r.task[:17]) for r in rows] == [("Công ty TNHH Dệt may Hòa Phát Khe Mây", "cam kết tiếp nhận")]


def test_a_centre_s_teams_a_bank_s_office_and_a_cooperative_are_bodies():
    rows = {r.agency: r for r in register_of(CENTRE_PLAN).responsibilities}
    assert rows["Tổ Tuyển sinh và Tư vấn việc làm"].role == "chủ trì"
    bank = rows["Tổ Tuyển sinh và Tư vấn việc làm"].partners
    assert [p.startswith("Ngân hàng Chính sách xã hội") for p in bank] == [True]
    assert rows["Phòng Đào tạo"].partners == ["Hợp tác xã Chè Tân Cương"]
