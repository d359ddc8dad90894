"""A plan exported from a wiki to Markdown, on a hand-made plan: unnumbered "####" body headings,
"X chủ trì" sentences in the task parts, an "STT | Đơn vị | Nhiệm vụ | Thời hạn" table, and a signature
cell whose lines are split with "<br>"."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from tests.register_snippets import pipe, register_of

WIKI_PLAN = "\n".join([
    "<!-- Trang wiki: Kế hoạch đào tạo nghề -->",
    "[[_TOC_]]",
    "# ỦY BAN NHÂN DÂN TỈNH HÒA NAM",
    "",
    pipe("ỦY BAN NHÂN DÂN TỈNH HÒA NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    "|---|---|",
    pipe("Số: 55/KH-UBND", "Hòa Nam, ngày 10 tháng 3 năm 2025"),
    "",
    "# KẾ HOẠCH",
    "## Đào tạo nghề cho lao động nông thôn tỉnh Hòa Nam năm 2025",
    "> **Ghi chú biên tập:** trang này chép lại văn bản gốc.",
    "## A. MỤC TIÊU",
    "* **Tuyển sinh:** đào tạo nghề cho 8.000 lao động nông thôn.",
    "## B. NHIỆM VỤ",
    "### I. Tuyên truyền",
    "* Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh tổ chức "
    "12 chương trình tuyên truyền, hoàn thành trong Quý II/2025.",
    "* Tuyên truyền trên mạng xã hội về học nghề.",
    "## C. PHÂN CÔNG THỰC HIỆN",
    pipe("STT", "Đơn vị", "Nhiệm vụ", "Thời hạn"),
    "|---|---|---|---|",
    pipe("1", "Sở Công Thương", "Hỗ trợ đào tạo nghề tại 08 làng nghề truyền thống", "Quý III/2025"),
    pipe("2", "Ban Quản lý các khu công nghiệp tỉnh", "Khảo sát nhu cầu lao động của doanh nghiệp",
         "Trước ngày 31/3/2025"),
    "",
    "#### Sở Tài chính",
    "* Tham mưu bố trí 12,5 tỷ đồng kinh phí thực hiện Kế hoạch.",
    "#### Ngân hàng Chính sách xã hội chi nhánh tỉnh",
    "* Cho vay vốn đối với lao động nông thôn học nghề.",
    "",
    pipe("Nơi nhận:<br>- Như trên;", "KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>(Đã ký)<br>Trần Văn Nam"),
    "|---|---|",
])


def _rows():
    return [(r.agency, r.role, r.task, r.deadline) for r in register_of(WIKI_PLAN).responsibilities
            if r.role != "phối hợp"]


def test_an_unnumbered_body_heading_owns_the_duties_below_it():
    rows = _rows()
    assert ("Sở Tài chính", "thực hiện", "Tham mưu bố trí 12,5 tỷ đồng kinh phí thực hiện Kế hoạch.") in [
        r[:3] for r in rows]
    bank = [r for r in rows if r[0] == "Ngân hàng Chính sách xã hội"]
    assert [r[2] for r in bank] == ["Cho vay vốn đối với lao động nông thôn học nghề."]
    assert not any(r[0] == "Sở Tài chính" and "Ngân hàng" in r[2] for r in rows)


def test_a_task_sentence_that_names_its_lead_is_a_row():
    lead = [r for r in _rows() if r[0] == "Sở Văn hóa, Thể thao và Du lịch"]
    assert len(lead) == 1 and lead[0][1] == "chủ trì" and "12 chương trình" in lead[0][2]
    partners = [r for r in register_of(WIKI_PLAN).responsibilities if r.agency == "Sở Văn hóa, Thể thao và Du lịch"]
    assert partners[0].partners == ["Đài Phát thanh và Truyền hình"]
    assert not any("mạng xã hội" in r[2] for r in _rows())  # a task without a body names no row


def test_a_table_with_a_bare_body_column_assigns_each_row():
    rows = _rows()
    assert ("Sở Công Thương", "thực hiện", "Hỗ trợ đào tạo nghề tại 08 làng nghề truyền thống", "Quý III/2025") in rows
    assert any(r[0] == "Ban Quản lý các khu công nghiệp" and r[3] == "Trước ngày 31/3/2025" for r in rows)


def test_a_target_table_unit_column_is_not_a_body_column():
    table = "\n".join(["II. CHỈ TIÊU", pipe("STT", "Nhiệm vụ", "Đơn vị", "Năm 2025"), "|---|---|---|---|",
                       pipe("1", "Tuyển sinh đào tạo nghề", "Người", "8.000")])
    assert register_of(f"Số: 1/KH-UBND\n\nKẾ HOẠCH\n\n{table}\n").responsibilities == []


def test_wiki_lines_are_dropped_and_a_split_signature_cell_is_read():
    text = normalize_text(WIKI_PLAN)
    assert "TOC" not in text and "<!--" not in text and "<br>" not in text
    assert "Ghi chú biên tập: trang này chép lại văn bản gốc." in text  # a quote keeps its words, not its ">"
    meta = extract_metadata("plan.md", text)
    assert (meta.number, meta.province, meta.signer, meta.signer_role) == (
        "55/KH-UBND", "Hòa Nam", "Trần Văn Nam", "Phó Chủ tịch")
