"""A plan's summary that numbers none of its parts — a portal's card layout read to text, a commune's post, a
slide's notes: parts headed by lines in capitals, a body's name (with a note) over its tasks, its partners as a
field under them, a timeline's dated lines, and short item lines that are no wrapped prose."""

from __future__ import annotations

from index.normalize import normalize_text
from index.structure import HEADER_TITLE, parse_structure
from tests.register_snippets import register_of

# Hạ Vân's summary, as a reader copies it from the portal: a title in capitals, then parts in capitals.
SUMMARY = "\n".join([
    "TRANG TIN ĐIỆN TỬ TỈNH HẠ VÂN",
    "NHỮNG ĐIỂM CHÍNH CỦA KẾ HOẠCH ĐÀO TẠO NGHỀ NĂM 2027",
    "Kế hoạch số 64/KH-UBND ngày 11/02/2027 của UBND tỉnh Hạ Vân",
    "",
    "NHỮNG CON SỐ NĂM 2027",
    "Tuyển sinh: 9.400 người",
    "Tỷ lệ lao động qua đào tạo: 69%",
    "",
    "ĐẾN NĂM 2030",
    "Tỷ lệ lao động qua đào tạo: 75%",
    "",
    "PHÂN CÔNG THỰC HIỆN",
    "Sở Giáo dục và Đào tạo (đầu mối)",
    "• Phân bổ chỉ tiêu đào tạo cho các trường: trước 20/3/2027",
    "• Kiểm tra chất lượng đào tạo tại 12 cơ sở",
    "Phối hợp: Sở Tài chính, UBND các xã",
    "Trung tâm Dịch vụ việc làm tỉnh (trực thuộc Sở Nội vụ)",
    "• Mở 18 phiên giao dịch việc làm",
    "",
    "MỐC THỜI GIAN",
    "trước 20/3/2027: Phân bổ chỉ tiêu đào tạo",
    "tháng 10/2027: Tổng kết năm học nghề",
])


def _parts(text: str) -> dict[str, list[str]]:
    root = parse_structure(normalize_text(text))
    return {s.title: [b.text for b in s.body] + [c.title for c in s.children] for s in root.children}


def test_lines_in_capitals_head_the_parts_of_a_text_that_numbers_none():
    parts = _parts(SUMMARY)
    assert list(parts)[1:] == ["NHỮNG CON SỐ NĂM 2027", "ĐẾN NĂM 2030", "PHÂN CÔNG THỰC HIỆN", "MỐC THỜI GIAN"]
    # the capitals above the first line in lower case are the title, in the header
    assert parts[HEADER_TITLE][:2] == ["TRANG TIN ĐIỆN TỬ TỈNH HẠ VÂN",
                                       "NHỮNG ĐIỂM CHÍNH CỦA KẾ HOẠCH ĐÀO TẠO NGHỀ NĂM 2027"]
    assert parts["ĐẾN NĂM 2030"] == ["Tỷ lệ lao động qua đào tạo: 75%"]  # the period stands in its heading
    # a body's name, with its note in parentheses, heads its tasks
    assert parts["PHÂN CÔNG THỰC HIỆN"] == ["Sở Giáo dục và Đào tạo (đầu mối)",
                                            "Trung tâm Dịch vụ việc làm tỉnh (trực thuộc Sở Nội vụ)"]


def test_a_numbered_plan_keeps_its_lines_in_capitals_as_text():
    numbered = SUMMARY.replace("NHỮNG CON SỐ NĂM 2027", "I. NHỮNG CON SỐ NĂM 2027")
    assert "ĐẾN NĂM 2030" not in _parts(numbered)


def test_a_bodys_tasks_under_its_name_take_the_partners_field_below_them():
    rows = [(r.agency, r.role, r.task[:20], r.partners) for r in register_of(SUMMARY).responsibilities]
    lead = "Sở Giáo dục và Đào tạo"
    partners = ["Sở Tài chính", "Ủy ban nhân dân cấp xã"]
    assert (lead, "thực hiện", "Phân bổ chỉ tiêu đào", partners) in rows
    assert (lead, "thực hiện", "Kiểm tra chất lượng ", partners) in rows
    assert ("Trung tâm Dịch vụ việc làm", "thực hiện", "Mở 18 phiên giao dịc", []) in rows
    assert not any(role == "phối hợp" for _, role, _, _ in rows)  # the field is no duty of its own


def test_a_timelines_dated_lines_stay_items_of_their_own():
    assert _parts(SUMMARY)["MỐC THỜI GIAN"] == ["trước 20/3/2027: Phân bổ chỉ tiêu đào tạo",
                                               "tháng 10/2027: Tổng kết năm học nghề"]


# Twenty-four short "label: figure" lines, none closed by a stop: a list, not prose broken at a width.
ITEMS = [f"Nguồn kinh phí số {i} của các xã vùng cao và vùng đồng bằng: {i},5 tỷ đồng" for i in range(1, 25)]
# Prose broken near one width: most lines go on in lower case on the next.
WRAPPED = ["Tổ chức đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh",
           "nghiệp và chương trình mục tiêu quốc gia xây dựng nông thôn mới, bảo đảm"] * 12


def test_short_item_lines_are_no_wrapped_prose():
    assert normalize_text("\n".join(ITEMS)).split("\n\n") == ITEMS


def test_in_wrapped_prose_a_line_in_capitals_after_a_sentence_heads_what_follows():
    timeline = ["trước 30/6/2027: Sở Tài chính giao dự toán kinh phí thực hiện cho các xã vùng cao",
                "Quý III/2027: Trường Cao đẳng nghề tổ chức hội giảng nhà giáo cấp trường năm 2027."]
    text = normalize_text("\n".join([*WRAPPED, "nâng cao thu nhập cho người lao động ở các xã vùng cao", "KINH PHÍ",
                                     *timeline, *WRAPPED,
                                     "gắn với vùng nguyên liệu tập trung và các sản phẩm của Chương trình", "OCOP."]))
    paragraphs = text.split("\n\n")
    assert paragraphs[1:4] == ["KINH PHÍ", *timeline]
    assert paragraphs[-1].endswith("Chương trình OCOP.")  # an acronym ending a sentence goes on
