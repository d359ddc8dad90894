"""index.vocab.dates: each pattern on what it must find and what it must leave alone."""

from __future__ import annotations

import pytest

from index.vocab.dates import (
    BY_DATE,
    BY_MONTH,
    DATE,
    EVERY_YEAR,
    FULL_DATE,
    MONTH,
    PERIODIC,
    POSTED_AT,
    QUARTER,
    RECURRING,
    RECURRING_DAY,
    START,
    TIME_LIMIT,
    TIME_MENTION,
    WEEKDAY,
    YEAR,
    YEAR_SPAN,
    dotted_figures,
    numbered_items,
    one_year,
    quarters_named,
    with_absolute_years,
    years_spanned,
)


def found(pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0) if m else None


@pytest.mark.parametrize(("text", "year"), [("năm 2025", "2025"), ("(1998)", "1998")])
def test_year(text, year):
    assert YEAR.search(text).group(1) == year


@pytest.mark.parametrize("text", ["3025", "20250 người", "số 12025"])
def test_not_a_year(text):
    assert YEAR.search(text) is None


@pytest.mark.parametrize(("text", "years"), [
    ("Phần I. KẾT QUẢ THỰC HIỆN NĂM 2023", {2023}),
    ("giai đoạn 2021-2025", {2021, 2022, 2023, 2024, 2025}),
    ("a) Đến năm 2025; định hướng đến năm 2030", {2025, 2030}),
    ("Tổ chức 12 lớp bồi dưỡng", set()),
    ("đạt 65% vào năm 2025 theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025", {2025}),
    ("Mức hỗ trợ theo Nghị quyết số 31/2025/NQ-HĐND: tối đa 4,5 triệu đồng/người/khóa", set()),
    ("theo Quyết định 05/2023/QĐ-UBND, hoàn thành trước ngày 30/6/2026", {2026}),
    # a cited document's date and quoted title date and name that document
    ("đầu tư 04 trường theo Quyết định số 761/QĐ-TTg ngày 23/5/2014 phê duyệt “Đề án phát triển trường nghề chất "
     "lượng cao đến năm 2020”, cụ thể: Trường A; Trường B", set()),
    ("Kế hoạch số 177/KH-UBND ngày 28/6/2022 thực hiện Chiến lược đến năm 2025", {2025}),
    ("Hướng dẫn số 47-HD/TWĐTN-TNTH ngày 12/12/2025 của Ban Bí thư về tư vấn cho thanh niên năm 2026", {2026}),
    ("Kế hoạch số 318/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh", set()),
    ("Căn cứ Quyết định số 1584/QĐ-UBND ngày 07/6/2022 về phê duyệt Đề án “Phát triển nguồn nhân lực … vào năm "
     "2030”", set()),  # the title quoted after the kind it names
    # a number carrying its year, and its date in words
    ("Căn cứ Nghị quyết số 24/2025/NQ-HĐND ngày 09 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh", set()),
])
def test_years_spanned_is_the_period_a_text_names(text, years):
    assert years_spanned(text) == years


@pytest.mark.parametrize(("title", "year"), [
    ("Kế hoạch đào tạo nghề thành phố Tây Kinh năm 2025", {2025}),
    ("Kế hoạch thực hiện Nghị quyết 06/NQ-CP đến năm 2030, tầm nhìn đến năm 2045", set()),
    ("Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030", set()),
    ("Kế hoạch phát triển thị trường lao động", set()),
    ("Thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 của Chính phủ", set()),
])
def test_one_year_is_the_year_of_a_plan_for_one_year(title, year):
    assert one_year(title) == year


def test_year_span():
    m = YEAR_SPAN.search("giai đoạn 2021 - 2030")
    assert (m.group(1), m.group(2)) == ("2021", "2030")


@pytest.mark.parametrize("text", ["20/12/2025", "20/12", "5 / 6 / 25", "20 tháng 12 năm 2025"])
def test_date(text):
    assert found(DATE, text) == text


@pytest.mark.parametrize(
    ("text", "groups"),
    [("trước 15/6/2023", ("15", "6", "2023")), ("ngày 15 tháng 6 năm 2023", ("15", "6", "2023"))],
)
def test_full_date(text, groups):
    m = FULL_DATE.search(text)
    assert tuple(g for g in m.groups() if g) == groups


def test_full_date_needs_a_year():
    assert FULL_DATE.search("trước ngày 20/12") is None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("gửi Sở trước ngày 15/6/2023.", "trước ngày 15/6/2023"),
        ("Trước 30/6/2025", "Trước 30/6/2025"),
        ("chậm nhất là ngày 20/12 hằng năm", "chậm nhất là ngày 20/12"),
        ("hoàn thành trước 31 tháng 3 năm 2024", "hoàn thành trước 31 tháng 3 năm 2024"),
        ("báo cáo chậm nhất ngày 05 hằng tháng.", "chậm nhất ngày 05 hằng tháng"),
        ("gửi trước ngày 10 của tháng cuối quý", "trước ngày 10 của tháng cuối quý"),
    ],
)
def test_by_date(text, expression):
    assert found(BY_DATE, text) == expression


@pytest.mark.parametrize("text", ["ngày 15/6/2023", "sau 30/6/2025 mới", "trước kỳ thi tuyển sinh",
                                  "trước 05 hằng tháng", "trước ngày 05 tháng sau"])
def test_not_a_date_deadline(text):
    assert BY_DATE.search(text) is None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("trình UBND tỉnh trong tháng 9 năm 2025", "trong tháng 9 năm 2025"),
        ("hoàn thành trong Quý II/2025", "hoàn thành trong Quý II/2025"),
        ("trước tháng 6/2024", "trước tháng 6/2024"),
    ],
)
def test_by_month(text, expression):
    assert found(BY_MONTH, text) == expression


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [("Tháng 9 năm 2025", "9", "2025"), ("tháng 4/2025", "4", "2025"), ("Tháng 10", "10", None)],
)
def test_month(text, month, year):
    m = MONTH.search(text)
    assert (m.group(0), m.group("m"), m.group("y")) == (text, month, year)


@pytest.mark.parametrize("text", ["06 tháng", "sau 12 tháng", "ngày 15 tháng 6", "tháng năm"])
def test_not_a_month(text):
    assert MONTH.search(text) is None


@pytest.mark.parametrize(
    ("text", "quarter", "year"),
    [("Quý II/2025", "II", "2025"), ("quý IV năm 2024", "IV", "2024"), ("Quý 3", "3", None)],
)
def test_quarter(text, quarter, year):
    m = QUARTER.search(text)
    assert (m.group(0), m.group("q"), m.group("y")) == (text, quarter, year)


@pytest.mark.parametrize("text", ["quý báu", "Quý V/2025", "quý khách"])
def test_not_a_quarter(text):
    assert QUARTER.search(text) is None


@pytest.mark.parametrize("text", ["Hằng năm", "định kỳ hàng quý", "mỗi tháng", "định kỳ 6 tháng", "sơ kết 05 năm"])
def test_recurring(text):
    assert RECURRING.search(text)


@pytest.mark.parametrize("text", ["năm 2025", "Tháng 9 năm 2025", "hàng hóa", "tổng kinh phí"])
def test_not_recurring(text):
    assert RECURRING.search(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("trước ngày 20 của tháng cuối quý", "ngày 20 của tháng cuối quý"),
    ("gửi trước ngày 05 của tháng đầu quý sau", "ngày 05 của tháng đầu quý sau"),
    ("nộp trước ngày 25 hằng tháng", "ngày 25 hằng tháng"),
    ("trước ngày 10 tháng cuối năm", "ngày 10 tháng cuối năm"),
    ("báo cáo định kỳ hằng tháng, trước ngày 25 của tháng;", "ngày 25 của tháng"),
])
def test_a_day_in_every_period(text, day):
    assert RECURRING_DAY.search(text).group(0) == day


@pytest.mark.parametrize("text", ["trước ngày 20/12/2025", "ngày 20 tháng 12 năm 2025", "trong 20 ngày", "ngày 5 tháng 7",
                                  "ngày 5 của tháng 7"])
def test_not_a_day_in_every_period(text):
    assert RECURRING_DAY.search(text) is None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Sơ kết 05 năm, tổng kết 10 năm", "Sơ kết 05 năm"),
        ("báo cáo định kỳ hằng quý", "định kỳ hằng quý"),
        ("Hằng năm, các sở báo cáo", "Hằng năm"),
    ],
)
def test_periodic(text, expression):
    assert found(PERIODIC, text) == expression


def test_every_year():
    assert EVERY_YEAR.search("tăng 5% mỗi năm") and not EVERY_YEAR.search("năm 2025")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Triển khai tháng 3, thực hiện cả năm 2023", "Triển khai tháng 3"),
        ("Triển khai từ tháng 3/2025", "Triển khai từ tháng 3/2025"),
        ("triển khai trong tháng 4 và thực hiện cả năm", "triển khai trong tháng 4"),
        ("áp dụng từ Quý II/2025", "từ Quý II/2025"),
        ("bắt đầu từ ngày 01/3/2025", "bắt đầu từ ngày 01/3/2025"),
    ],
)
def test_start(text, expression):
    assert found(START, text) == expression


@pytest.mark.parametrize(
    "text",
    ["hoàn thành trong tháng 3", "từ tháng 3 đến tháng 6/2025", "Tháng 3 - tháng 4/2024", "triển khai thực hiện Kế hoạch"],
)
def test_not_a_start(text):
    assert START.search(text) is None


@pytest.mark.parametrize(("text", "found"), [("Q2/2026", ("2", "2026")), ("Q4 / 2027", ("4", "2027")),
                                             ("Q1", None), ("Q1 Hà Nội", None)])
def test_a_schedules_short_quarter_needs_its_year(text, found):
    from index.vocab.dates import QUARTER

    m = QUARTER.search(text)
    assert (m and (m["q"], m["y"])) == found


@pytest.mark.parametrize(("text", "written"), [
    ("Mục tiêu Năm 2025: 39 600 Người", "Mục tiêu Năm 2025: 39.600 Người"),
    ("Năm 2024 (ước): 36 950; 1 250 000 đồng", "Năm 2024 (ước): 36.950; 1.250.000 đồng"),
    ("39\u00a0600 người", "39.600 người"),
    ("giai đoạn 2024 2025 có 230.000 lượt", "giai đoạn 2024 2025 có 230.000 lượt"),  # years and dotted figures stay
    ("cao đẳng: 25.500, trung cấp: 28 500", "cao đẳng: 25.500, trung cấp: 28.500"),
])
def test_figures_grouped_by_spaces_are_written_with_dots(text, written):
    assert dotted_figures(text) == written


@pytest.mark.parametrize(("text", "years"), [
    ("Tuyển sinh năm 2025 đạt 39.600 người, tăng 7,2% so với năm 2024", {2025}),
    ("Tổng nhu cầu kinh phí năm 2026 là 202 tỷ đồng (tăng 8,4% so với kinh phí được giao năm 2025)", {2026}),
    ("Đưa 2.180 người đi làm việc ở nước ngoài, giảm 9,5% so với cùng kỳ năm 2024", set()),
    ("tang 5% so voi nam 2024", set()),
    ("Số lao động được giải quyết việc làm mới | Năm 2026: Không thấp hơn năm 2025 | Năm 2027: 17.500", {2026, 2027}),
    ("tuyển sinh cao hơn năm 2024", set()),
    ("Cao đẳng năm 2025: 3.150", {2025}),  # "Cao" of a level, no comparison
    ("Giai đoạn 2026 - 2030 tăng bình quân 5%/năm", {2026, 2027, 2028, 2029, 2030}),
    # a year asked of in turn ("So với kết quả năm 2026 thì sao?") is a period asked, not a baseline
    ("Năm 2027 muốn bao nhiêu phần trăm có việc làm? So với kết quả năm 2026 thì sao?", {2026, 2027}),
    ("nam 2025 tuyen bao nhieu, so voi nam 2024 the nao", {2024, 2025}),
])
def test_a_baseline_compared_with_is_no_year_the_sentence_speaks_of(text, years):
    assert years_spanned(text) == years


@pytest.mark.parametrize(("text", "years"), [
    ("Nguyễn Văn Tâm | Năm sinh Nam: 2001 | Thôn: Gò Dầu | Mức hỗ trợ (đồng): 4.000.000", set()),
    ("chị Lò Thị Xuân, sinh năm 1994, học nghề may năm 2026", {2026}),
    ("Năm sinh: 1988", set()),
    ("Tuyển sinh năm 2026 đạt 12.000 người", {2026}),  # enrolment, no birth
    ("tuyen sinh nam 2027", {2027}),
    # the years a cohort graduated in: who, not when
    ("Khảo sát 640 phiếu, trong đó 150 người tốt nghiệp các năm 2026 và 2027", set()),
    ("Năm 2028 khảo sát người tốt nghiệp các năm 2026, 2027", {2028}),
    ("Năm 2026 có 30% học sinh tốt nghiệp THCS vào học nghề", {2026}),
])
def test_a_persons_year_of_birth_is_no_period(text, years):
    assert years_spanned(text) == years


@pytest.mark.parametrize(("folded", "quarters"), [
    ("ket qua 6 thang dau nam 2026", {1, 2}),
    ("nhiem vu trong tam 06 thang cuoi nam 2026", {3, 4}),
    ("nua dau nam", {1, 2}),
    ("to chuc 4 phien trong quy iii", {3}),
    ("bao cao quy 2 va quy iv", {2, 4}),
    ("bao cao 6 thang truoc ngay 15/6", set()),  # a six-month report, no half named
    ("quy dinh ve quy mo", set()),  # "quy" of "quy định", "quy mô" is no quarter
])
def test_the_quarters_a_half_or_a_quarter_of_the_year_names(folded, quarters):
    assert quarters_named(folded) == quarters


@pytest.mark.parametrize(("folded", "items"), [
    ("danh sach hoc nghe dot 2 nam 2026", {("dot", 2)}),
    ("35 nguoi da hoc dot i theo quyet dinh so 96", {("dot", 1)}),
    ("dot 1: 18 nguoi; dot 2: 24 nguoi", {("dot", 1), ("dot", 2)}),
    ("phat dong dot thi dua cao diem", set()),  # a campaign, no numbered round
    ("dot 2,5 trieu dong", set()),  # no round: a figure
    ("goi thau so 08 mua thiet bi; goi thau 3", {("goi thau", 8), ("goi thau", 3)}),
    ("tieu du an 2 va hop phan iii", {("tieu du an", 2), ("hop phan", 3)}),
    ("cac goi thau mua sam hang hoa", set()),
    ("lop 1: thang 3/2028; lop 4 tai pu suong", {("lop", 1), ("lop", 4)}),
    ("hoc sinh lop 9 va lop 12", {("lop", 9), ("lop", 12)}),
    ("mo 04 lop, moi lop 25 hoc vien; lop 30 nguoi", set()),  # a class's size, no class numbered
])
def test_the_numbered_items_of_work_a_text_names(folded, items):
    assert numbered_items(folded) == items


@pytest.mark.parametrize("text", ["sửa đổi chính sách (QĐ 27/2024) trong năm 2026", "theo Nghị định số 74/2019 năm 2026",
                                  "Quyết định 27/2024/QĐ-UBND, năm 2026"])
def test_a_documents_number_dates_the_document_not_the_period(text):
    assert years_spanned(text) == {2026}


@pytest.mark.parametrize("line", ["Thứ Tư, 21/01/2026 - 09:15", "21/01/2026 09:15 (GMT+7)", "Cập nhật: 09:15 ngày 21/01/2026",
                                  "Đăng ngày 21/01/2026", "Chủ nhật, 4/1/2026, 20:05"])
def test_a_line_saying_when_a_page_was_posted(line):
    assert POSTED_AT.match(line)


@pytest.mark.parametrize("line", ["Hà Nội, ngày 21/01/2026", "Năm 2025 đạt 105% kế hoạch, ngày 21/01/2026 x",
                                  "Trước 30/6/2026 các sở gửi báo cáo"])
def test_a_place_date_line_or_a_sentence_is_no_posting_time(line):
    assert not POSTED_AT.match(line)


def test_a_day_of_the_week_is_named_as_such():
    assert all(WEEKDAY.match(d) for d in ("Thứ Tư", "thứ 5", "Chủ nhật", "T7"))
    assert not any(WEEKDAY.match(p) for p in ("Thứ trưởng", "Tân An", "Thứ Tư Lam"))


@pytest.mark.parametrize("line", ["15/12/2026", "Tháng 3/2026", "Quý II/2026", "Trước 31/3/2026", "Tháng 9 - 10/2026",
                                  "Năm 2027", "trước 15/12/2026:"])
def test_a_line_that_is_only_a_time_is_a_milestone(line):
    from index.vocab.dates import MILESTONE

    assert MILESTONE.match(line)


@pytest.mark.parametrize("line", ["Tháng 3/2026 giao chỉ tiêu", "18.400 người", "2026 - 2030", "Hạn: trước 31/3/2026",
                                  "Quý II/2026 khảo sát"])
def test_a_line_saying_more_than_a_time_is_no_milestone(line):
    from index.vocab.dates import MILESTONE

    assert not MILESTONE.match(line)


@pytest.mark.parametrize("line", ["trước 28/2/2026: Sở Tài chính tham mưu giao dự toán", "Quý II/2026: Ngày hội việc làm",
                                  "Tháng 9/2026: Hội giảng nhà giáo", "15/12/2026: Tổng kết"])
def test_a_line_a_time_opens_with_its_colon_is_a_dated_item(line):
    from index.vocab.dates import DATED_ITEM

    assert DATED_ITEM.match(line)


@pytest.mark.parametrize("line", ["trước ngày 28/2/2026, Sở Tài chính tham mưu", "Quý II/2026", "2026 - 2030: giai đoạn",
                                  "Năm 2026 tuyển sinh 12.000 người: cao đẳng 2.000"])
def test_a_time_without_its_colon_or_event_is_no_dated_item(line):
    from index.vocab.dates import DATED_ITEM

    assert not DATED_ITEM.match(line)


@pytest.mark.parametrize(("text", "when"), [("Chủ trì khảo sát; Hạn: Quý II/2026", "Quý II/2026"),
                                            ("Thời hạn: 30/6/2026", "30/6/2026"),
                                            ("Hạn hoàn thành: tháng 9/2026.", "tháng 9/2026")])
def test_a_deadline_set_as_a_field(text, when):
    from index.vocab.dates import DUE_FIELD

    assert DUE_FIELD.search(text).group("when") == when


@pytest.mark.parametrize("text", ["Thời gian: cả năm", "Hạn mức vay: 100 triệu đồng", "Hạn: theo kế hoạch"])
def test_no_deadline_field_without_a_time(text):
    from index.vocab.dates import DUE_FIELD

    assert not DUE_FIELD.search(text)


@pytest.mark.parametrize(("text", "limit"), [
    ("Bên B hoàn trả phần chênh lệch trong thời hạn 10 ngày làm việc kể từ ngày ký",
     "trong thời hạn 10 ngày làm việc"),
    ("gửi hồ sơ trong vòng 15 ngày", "trong vòng 15 ngày"),
    ("có văn bản đề nghị chậm nhất 07 ngày trước ngày khai giảng", "chậm nhất 07 ngày"),
    ("khảo sát việc làm sau 06 tháng kể từ ngày kết thúc khóa học", "sau 06 tháng"),
])
def test_a_time_limit_counted_from_an_event(text, limit):
    assert TIME_LIMIT.search(text).group(0) == limit
    assert TIME_MENTION.search(text)


@pytest.mark.parametrize("text", ["15h45 - 16h15 | Tham quan xưởng", "bắt đầu từ 8 giờ 00 phút", "khai mạc lúc 14 giờ"])
def test_a_time_of_the_day_is_a_time(text):
    assert TIME_MENTION.search(text)


@pytest.mark.parametrize(("text", "written"), [
    ("Năm ngoái tỉnh đào tạo được bao nhiêu người?", "năm 2024 tỉnh đào tạo được bao nhiêu người?"),
    ("nam nay to chuc may lop, sang nam thi sao", "năm 2025 to chuc may lop, năm 2026 thi sao"),
    ("So với năm trước tăng bao nhiêu?", "So với năm 2024 tăng bao nhiêu?"),
    # a recurring time, years counted: no year named
    ("Các sở báo cáo hằng năm trước ngày nào?", "Các sở báo cáo hằng năm trước ngày nào?"),
    ("Trong 5 năm tới đào tạo bao nhiêu người?", "Trong 5 năm tới đào tạo bao nhiêu người?"),
])
def test_a_year_named_by_its_distance_is_written_as_that_year(text, written):
    assert with_absolute_years(text, 2025) == written


def test_a_length_in_hours_is_no_time_of_the_day():
    assert not TIME_MENTION.search("gồm 40 giờ thực hành và 62 giờ lý thuyết")


@pytest.mark.parametrize("text", ["tổ chức 05 ngày hội việc làm", "trong 03 ngày hội", "đào tạo 120 người trong năm"])
def test_not_a_time_limit(text):
    assert TIME_LIMIT.search(text) is None


@pytest.mark.parametrize(("text", "deadline"), [
    ("nộp trả ngân sách trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này: 18,6 triệu đồng",
     "trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này"),  # a listed share after the colon is no part of it
    ("hoàn thành chậm nhất 07 ngày trước ngày khai giảng, báo cáo Sở", "chậm nhất 07 ngày trước ngày khai giảng"),
])
def test_a_relative_deadline_ends_where_its_event_ends(text, deadline):
    from index.vocab.dates import RELATIVE_DEADLINE

    assert RELATIVE_DEADLINE.search(text).group(0) == deadline


@pytest.mark.parametrize(("text", "date"), [
    ("hoàn thành trước 30/6/2026", "30/6/2026"), ("ngày 07/3", "07/3"), ("ngày 5 / 6 / 25", "5 / 6 / 25"),
    ("ký 11/38 hợp đồng sau ngày khai giảng", None),  # eleven of thirty-eight contracts
    ("07/25 xã đạt chuẩn", None), ("ngày 32/1", None),
])
def test_a_numeric_date_has_a_day_and_a_month_that_can_be(text, date):
    from index.vocab.dates import DATE

    m = DATE.search(text)
    assert (m.group(0) if m else None) == date


def test_lengths_stated_and_the_ranges_that_hold_them():
    from index.vocab.dates import length_fit, length_ranges, lengths_stated

    assert lengths_stated("Học một khóa sơ cấp 4 tháng thì vay được bao nhiêu?") == (4.0,)
    assert lengths_stated("em sắp học cao đẳng 3 năm") == (36.0,)
    # a range asked, and a part of the year, state no length
    assert lengths_stated("chỉ tiêu đào tạo dưới 3 tháng") == () and lengths_stated("6 tháng đầu năm 2026") == ()
    assert length_ranges("Từ 03 tháng đến dưới 06 tháng") == [(3.0, 6.0, False)]
    assert length_ranges("Dưới 03 tháng") == [(0.0, 3.0, False)]
    assert length_ranges("từ 12 tháng trở lên") == [(12.0, float("inf"), True)]
    assert length_ranges("03 - 06 tháng") == [(3.0, 6.0, True)]
    assert length_ranges("Thời hạn cho vay tối đa 60 tháng") == []  # a term's bound, no class of courses
    assert length_fit("Trình độ sơ cấp | Từ 03 tháng đến dưới 06 tháng | 12 triệu đồng", (4.0,)) == 1
    assert length_fit("Trình độ sơ cấp | Từ 06 tháng đến dưới 12 tháng | 18 triệu đồng", (4.0,)) == -1
    assert length_fit("Trình độ cao đẳng | Từ 24 tháng đến 36 tháng", (36.0,)) == 1
    assert length_fit("Mức cho vay tối đa: 100 triệu đồng/người", (4.0,)) == 0


def test_school_years_are_one_period_each():
    from index.vocab.dates import school_years

    assert school_years("ke hoach dao tao nam hoc 2026 – 2027") == {(2026, 2027)}
    assert school_years("chi tieu nam hoc 2027-2028 va nam hoc 2028/2029") == {(2027, 2028), (2028, 2029)}
    assert school_years("giai doan 2026-2030") == set() and school_years("nam hoc 2026-2030") == set()


def test_a_schedules_short_month_is_read_as_a_sentence_says_it():
    from index.vocab.dates import spoken_period

    assert [spoken_period(name) for name in ("T4", "T10/2026", "T8 / 2026", "Quý I", "Tổng")] == [
        "tháng 4", "tháng 10/2026", "tháng 8/2026", "Quý I", "Tổng"]
