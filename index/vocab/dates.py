"""Dates, years and periods as plans write them.

Raw-text patterns (diacritics kept) unless the name says FOLDED. Deadlines
come in a few set forms: a day ("trước ngày 15/6/2023", "Trước 30/6/2025"),
a month ("trong tháng 4", "Tháng 9 năm 2025", "tháng 4/2025"), a quarter
("Quý II/2025"), a year ("Trong năm 2025"), a recurrence ("Hằng năm",
"định kỳ 6 tháng") or a review ("sơ kết 05 năm, tổng kết 10 năm"). A start
("Triển khai tháng 3", "từ tháng 3/2025") is not a deadline.
"""

from __future__ import annotations

import re

# A year of this era: "2025", "1998" (not "3025", not "20250").
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A table column named by a time: "Q2/2026", "Quý III", "Tháng 5", "Năm 2027", "2026", "T4" (a schedule's periods).
PERIOD_NAME = re.compile(rf"{YEAR.pattern}|\b(?:[Qq]uý|[Tt]háng)\s+\w+|\bQ[1-4]\b|\bT(?:1[0-2]|[1-9])\b")
# A month a schedule's column writes short: "T4", "T10", with its year: "T10/2026".
_SHORT_MONTH = re.compile(r"^\s*T(1[0-2]|[1-9])(?:\s*/\s*((?:19|20)\d\d))?\s*$")


def spoken_period(name: str) -> str:
    """A schedule column's period as a sentence says it: "T4" is "tháng 4", "T10/2026" "tháng 10/2026" (no question
    asks of "T4")."""
    m = _SHORT_MONTH.match(name)
    return name if m is None else f"tháng {m[1]}" + (f"/{m[2]}" if m[2] else "")
# A paragraph opening with its year, the period of all its sentences: "Năm 2024, công tác giáo dục nghề nghiệp …",
# "Trong năm 2025, toàn tỉnh …" (group 1: the year).
OPENING_YEAR = re.compile(r"^(?:[-–•+]\s*)?(?:Trong\s+)?[Nn]ăm\s+((?:19|20)\d\d)\s*,")
# A year or a span of years, optionally introduced: "2025", "2021 - 2030", "giai đoạn 2021-2025".
YEAR_SPAN = re.compile(r"\b(?:(?:giai đoạn|thời kỳ)\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b")


# "nhiệm kỳ 2020-2025": the term of a congress or council a resolution comes from, never a target's period.
TERM_OF_OFFICE = re.compile(r"\bnhiệm kỳ\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.IGNORECASE)


# "31/2025/NQ-HĐND", "05/2023/QĐ-UBND", and as users shorten it after its kind ("QĐ 27/2024", "Nghị định số
# 74/2019"): the year in a document's number dates the document, not a target.
_NUMBERED_KIND = (r"(?:QĐ|NĐ|NQ|TT|QD|ND|Quyết định|Nghị định|Nghị quyết|Thông tư"
                  r"|Quyet dinh|Nghi dinh|Nghi quyet|Thong tu)")
NUMBERED_DOCUMENT = re.compile(r"(?<![\d/])\d{1,4}\s*/\s*(?:19|20)\d\d\s*/\s*[A-ZĐ]"
                               rf"|\b{_NUMBERED_KIND}\s+(?:số\s+|so\s+)?\d{{1,4}}\s*/\s*(?:19|20)\d\d(?![\d/])",
                               re.IGNORECASE)


# A cited document's number, date and quoted title: "Quyết định số 761/QĐ-TTg ngày 23/5/2014 … phê duyệt “Đề án phát
# triển trường nghề chất lượng cao đến năm 2020”", "… Đề án “Phát triển nguồn nhân lực … vào năm 2030”" dates and
# names that document, not the period a sentence is about.
CITED_DOCUMENT = re.compile(
    r"(?<![\w/])\d{1,4}(?:(?:\s*/\s*(?:19|20)\d\d)?\s*/\s*[A-ZĐ][\w&]*(?:\s*-\s*[A-ZĐ][\w&]*)+"
    r"|-[A-ZĐ][\w&]*/[A-ZĐ][\w&]*(?:-[A-ZĐ][\w&]*)*)"  # the Party's and the Union's "47-HD/TWĐTN-TNTH"
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*(?:19|20)\d\d)?"
    r"|[“\"](?:Đề án|Chương trình|Kế hoạch|Chiến lược|Phê duyệt|Về)\b[^”\"]{0,300}[”\"]"
    # … or quoted after the kind it names: Đề án “Phát triển nguồn nhân lực … vào năm 2030”
    r"|(?:(?<=Đề án )|(?<=Dự án )|(?<=Chương trình )|(?<=Chiến lược ))[“\"][^”\"]{3,300}[”\"]"
)


# The year a figure is compared with ("tăng 7,2% so với năm 2024", "so với cùng kỳ năm 2024", "so với kinh phí được
# giao năm 2025", "Không thấp hơn năm 2025", "cao hơn năm 2024"), accented or folded: a baseline, not the period the
# sentence speaks of. Not a year asked of in turn ("…? So với kết quả năm 2026 thì sao?"): that is a period asked.
BASELINE_YEAR = re.compile(r"(?:\bso v(?:ới|oi)\s+(?:[^\s\d,;.()]+\s+){0,5}?"
                           r"|\b(?:thấp|thap|cao|ít|it|nhiều|nhieu|lớn|lon|nhỏ|nho)\s+h(?:ơn|on)\s+)"
                           r"(?:(?:năm|nam)\s+)?(?:19|20)\d\d\b"
                           r"(?!\s*(?:thì|thi)?\s*(?:sao|thế nào|the nao|ra sao)\b)", re.IGNORECASE)

# A person's year of birth in a list of learners ("Năm sinh Nam: 1996", "Năm sinh: 2001", "chị Mai, sinh năm 1994"):
# no period the line speaks of ("tuyển sinh năm 2026" is one).
BIRTH_YEAR = re.compile(r"(?:\bn(?:ă|a)m\s+sinh(?:\s+(?:nam|nữ|nu))?\s*:?\s*|(?<!tuyển )(?<!tuyen )(?<!học )(?<!hoc )"
                        r"\bsinh\s+(?:n(?:ă|a)m\s+)?)(?:19|20)\d\d\b", re.IGNORECASE)
# … and so is the years a cohort graduated in ("khảo sát 150 người tốt nghiệp các năm 2026 và 2027" in the targets
# of 2028): who is surveyed, not when.
GRADUATED_YEARS = re.compile(r"\bt(?:ố|o)t\s+nghi(?:ệ|e)p\s+(?:các|cac|những|nhung)\s+n(?:ă|a)m\s+(?:19|20)\d\d"
                             r"(?:\s*(?:,|và|va|-|–)\s*(?:19|20)\d\d)*\b", re.IGNORECASE)


def year_spans(text: str) -> list[set[int]]:
    """Each period a text names, a span expanded ("giai đoạn 2021-2030, tầm nhìn đến năm 2045" is 2021…2030 and
    2045), with the exclusions of `years_spanned`."""
    # the cited document whole first: its number's year cut alone would leave its date ("24/2025/NQ-HĐND ngày 09
    # tháng 12 năm 2025")
    text = NUMBERED_DOCUMENT.sub(" ", CITED_DOCUMENT.sub(" ", TERM_OF_OFFICE.sub(" ", BASELINE_YEAR.sub(" ", text))))
    text = GRADUATED_YEARS.sub(" ", BIRTH_YEAR.sub(" ", text))
    spans = []
    for m in YEAR_SPAN.finditer(text):
        first, last = int(m[1]), int(m[2] or m[1])
        spans.append(set(range(first, last + 1)) if 0 <= last - first <= 30 else {first, last})
    return spans


def years_spanned(text: str) -> set[int]:
    """Every year a text names, spans expanded ("giai đoạn 2021-2025" is 2021…2025): the period it speaks of
    (a term of office, the year in a document's number, a cited document's date and quoted title, a baseline
    compared with are none)."""
    return set().union(*year_spans(text))


# "20/12/2025", "20/12", "5 / 6 / 25"; not the "4/20" of "tháng 4/2025" nor of "12/2024/KH".
# (a day and a month that can be: "11/38 hợp đồng" counts eleven of thirty-eight, no date)
NUMERIC_DATE = r"(?<![\d/])(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])(?:\s*/\s*\d{2,4})?(?![\d/])"
# "20 tháng 12", "20 tháng 12 năm 2025".
WORDED_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
DATE = re.compile(rf"{NUMERIC_DATE}|{WORDED_DATE}")
# A date with its year, for ISO conversion: "15/6/2023" (groups d, m, y) or
# "15 tháng 6 năm 2023" (groups wd, wm, wy).
FULL_DATE = re.compile(
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>\d{4})"
)
# The day an agreement or a meeting's minutes were made, in their opening line where no place-date line stands:
# "Hôm nay, ngày 18 tháng 5 năm 2026, tại Sở Nội vụ …", "Vào hồi 14 giờ 00 phút, ngày 20/01/2026, tại …".
MADE_ON = re.compile(r"^\s*(?:Hôm nay|Vào (?:hồi|lúc))\b[^.;]{0,40}?\bngày\s+"
                     r"(?P<text>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})",
                     re.IGNORECASE)
# "ngày 07 tháng 3 năm 2023" as in the place-date line, day and month possibly blank
# ("ngày    tháng 3 năm 2023"); groups d, m, y.
DATE_LINE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.IGNORECASE
)
# A day of the week ("Thứ Tư", "Thứ 5", "Chủ nhật"), as a news site dates its articles ("Thứ Tư, 21/01/2026 - 09:15"):
# it stands where a place-date line's place does, and is no place.
WEEKDAY = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|t[2-7])$", re.IGNORECASE)
# A line that only says when a page was posted or updated: "Thứ Tư, 21/01/2026 - 09:15", "21/01/2026 09:15 (GMT+7)",
# "Cập nhật: 09:15 ngày 21/01/2026", "Đăng ngày 21/01/2026".
POSTED_AT = re.compile(
    r"^(?:(?:cập nhật|đăng|đăng tải|ngày đăng|xuất bản)(?:\s+lúc)?\s*(?:ngày)?\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:ngày\s*)?,?\s*)?(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*\+\s*7\)?)?\s*$", re.IGNORECASE)
# The clock time a posting stamp gives after its date ("21/01/2027 - 15:42", "21/01/2027 15h42").
CLOCK_AFTER = re.compile(r"^\s*[-–,|]?\s*\d{1,2}\s*[:h]\s*\d{2}\b")
# "hằng năm", "hàng năm", "mỗi năm": a recurring yearly time.
EVERY_YEAR = re.compile(r"\b(?:hàng|hằng|mỗi)\s+năm\b", re.IGNORECASE)

# ---------------------------------------------------------------- deadlines

# A day deadline: "trước ngày 15/6/2023", "Trước 30/6/2025", "chậm nhất là ngày 20/12",
# "hoàn thành trước 31 tháng 3 năm 2024".
BY_DATE = re.compile(
    r"(?:trước|chậm nhất(?: là)?|không muộn hơn|hạn chót|hoàn thành trước)\s+(?:ngày\s+)?"
    rf"(?:{NUMERIC_DATE}|{WORDED_DATE}"
    # a day of each period: "chậm nhất ngày 05 hằng tháng", "trước ngày 10 của tháng cuối quý"
    r"|(?<=ngày )\d{1,2}\s+(?:(?:hằng|hàng|mỗi)\s+(?:tháng|quý)|(?:của\s+)?tháng\s+(?:cuối|đầu)\s+(?:quý|năm)))",
    re.IGNORECASE,
)
# A month or quarter deadline inside a sentence: "trong tháng 4", "trước tháng 6/2024",
# "hoàn thành trong Quý II/2025", "trong quý IV năm 2024".
BY_MONTH = re.compile(
    r"(?:trước|trong|chậm nhất(?: là)?|hoàn thành trong|hoàn thành trước)\s+(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})"
    r"(?:\s*(?:/|năm)\s*\d{4})?",
    re.IGNORECASE,
)
# A month as a table cell or a "Thời gian" field writes it: "Tháng 9 năm 2025",
# "tháng 4/2025", "Tháng 10"; groups m, y. "06 tháng" (a duration) is not one.
MONTH = re.compile(r"(?<!\d\s)(?<![\w])[Tt]háng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?:\s*(?:/|năm)\s*(?P<y>(?:19|20)\d\d))?")
# A quarter: "Quý II/2025", "quý IV năm 2024", "Quý 3", and a schedule's "Q2/2026" (with its year only: "Q1"
# alone may be a district); groups q, y.
QUARTER = re.compile(r"(?<![\w])(?:[Qq]uý\s+|Q(?=[1-4]\s*/\s*(?:19|20)\d\d))(?P<q>IV|I{1,3}|[1-4])(?![\w])"
                     r"(?:\s*(?:/|năm)\s*(?P<y>(?:19|20)\d\d))?")
# A line that is only a time, as a timeline's milestone or a schedule's cell sets it: "15/12/2026", "Tháng 3/2026",
# "Quý II/2026", "Trước 31/3/2026", "Tháng 9 - 10/2026", "Năm 2027" (not "Tháng 3/2026 giao chỉ tiêu").
_MONTH_OR_QUARTER = r"(?:tháng\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|quý\s+(?:IV|I{1,3}|[1-4]))(?:\s*(?:/|năm)\s*\d{4})?"
_TIME = (rf"(?:(?:trước|đến|từ|trong|chậm nhất|hạn|hạn chót)\s*:?\s+)?(?:ngày\s+)?"
         rf"(?:{NUMERIC_DATE}|{WORDED_DATE}|{_MONTH_OR_QUARTER}|(?:năm\s+)?(?:19|20)\d\d)")
MILESTONE = re.compile(rf"^{_TIME}\s*:?$", re.IGNORECASE)
# A line a time opens, then its colon, as a timeline or schedule lists its events: "trước 28/2/2026: Sở Tài chính
# tham mưu …", "Quý II/2026: Ngày hội việc làm" — an item of its own, never the wrapped rest of the line above.
DATED_ITEM = re.compile(rf"^{_TIME}\s*:\s+\S", re.IGNORECASE)
# A deadline set as a field inside a task's text, as an infographic's box or a schedule writes it: "Hạn: Quý
# II/2026", "Thời hạn: 30/6/2026", "Hạn hoàn thành: tháng 9/2026"; group when (not "Thời gian: cả năm").
DUE_FIELD = re.compile(
    r"\b(?:thời hạn|hạn chót|hạn hoàn thành|thời gian hoàn thành|hạn)\s*:\s*"
    rf"(?P<when>{NUMERIC_DATE}|{WORDED_DATE}|{_MONTH_OR_QUARTER}|(?:năm\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
# A part of the year in folded text: "6 tháng đầu năm", "nửa đầu năm" (quarters 1 and 2), "6 tháng cuối năm" (3 and
# 4), "quý III", "quý 2": a six-month report's results are not the tasks it sets for the second half.
_YEAR_PART = re.compile(r"\b(?:(?:0?6|sau) thang|nua)\s+(?P<half>dau|cuoi)\s+nam\b|\bquy\s+(?P<q>iv|i{1,3}|[1-4])\b")
_QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


# A numbered item of a plan's work in folded text: a round of a year's work ("đợt 2 năm 2026", "Đợt I", "đợt 1"), a
# bidding package ("Gói thầu số 08"), a sub-project or component ("tiểu dự án 2", "hợp phần 3"), a class ("Lớp 1",
# a school's "lớp 9"; not "mỗi lớp 25 học viên"): the learners, money and dates of one are not another's. (A
# question's "đợt thứ hai" is read in the plans' wording first.)
_NUMBERED_ITEM = re.compile(r"(?<!\bmoi )\b(?P<noun>dot|goi thau|tieu du an|hop phan|lop)\s+(?:so\s+)?"
                            r"(?P<n>0?[1-9]\d?|iv|v|i{1,3})\b(?![.,/]\d)"
                            r"(?!\s+(?:hoc vien|nguoi|hoc sinh|sinh vien|lao dong|ngay|thang|buoi|gio|tiet)\b)")
_ROMAN_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def numbered_items(folded: str) -> frozenset[tuple[str, int]]:
    """The numbered items of work a folded text names, each as (its noun, its number).

    >>> sorted(numbered_items("danh sach hoc nghe dot 2 nam 2026; 35 nguoi da hoc dot i; goi thau so 08"))
    [('dot', 1), ('dot', 2), ('goi thau', 8)]
    """
    return frozenset((m["noun"], _ROMAN_NUMBER.get(m["n"]) or int(m["n"]))
                     for m in _NUMBERED_ITEM.finditer(folded.lower()))


# A year named by its distance from another ("năm ngoái", "năm trước", "năm nay", "năm sau", "năm tới"), as typed with
# or without marks; "năm trước đó", "năm sau đó" count from the same year. Not a recurring time ("hằng năm trước
# ngày 15/12", "mỗi năm sau khi …") nor years counted ("trong 5 năm tới").
_RELATIVE_YEAR = re.compile(
    r"(?<!\d )(?<!hằng )(?<!hàng )(?<!hang )(?<!mỗi )(?<!moi )(?<!các )(?<!cac )(?<!những )(?<!nhung )"
    r"\b(?:(?P<last>năm ngoái|nam ngoai|năm trước(?: đó)?|nam truoc(?: do)?)|(?P<this>năm nay|nam nay)"
    r"|(?P<next>năm sau(?: đó)?|nam sau(?: do)?|năm tới|nam toi|sang năm|sang nam))\b"
    r"(?! (?:ngày|ngay|tháng|thang|quý|quy|khi|thời hạn|thoi han)\b)", re.IGNORECASE)


def names_relative_year(text: str) -> bool:
    """Whether a text names a year by its distance from another ("năm ngoái", "sang năm")."""
    return _RELATIVE_YEAR.search(text) is not None


def with_absolute_years(text: str, anchor: int) -> str:
    """The text with its years named by their distance from ``anchor`` written as years: a follow-up's "năm
    ngoái" after a question on 2025 asks of 2024.

    >>> with_absolute_years("Năm ngoái tỉnh đào tạo được bao nhiêu người, năm sau thì sao?", 2025)
    'năm 2024 tỉnh đào tạo được bao nhiêu người, năm 2026 thì sao?'
    >>> with_absolute_years("Báo cáo hằng năm trước ngày nào? Trong 5 năm tới?", 2025)
    'Báo cáo hằng năm trước ngày nào? Trong 5 năm tới?'
    """
    def year(m: re.Match[str]) -> str:
        return f"năm {anchor + (-1 if m['last'] else 1 if m['next'] else 0)}"
    return _RELATIVE_YEAR.sub(year, text)


def quarters_named(folded: str) -> frozenset[int]:
    """The quarters of the year a folded text names by a half or a quarter.

    >>> sorted(quarters_named("ket qua 6 thang dau nam 2026")), sorted(quarters_named("trong quy iii"))
    ([1, 2], [3])
    """
    quarters: set[int] = set()
    for m in _YEAR_PART.finditer(folded.lower()):
        if m["half"]:
            quarters |= {1, 2} if m["half"] == "dau" else {3, 4}
        else:
            quarters.add(_QUARTER_NUMBER.get(m["q"]) or int(m["q"]))
    return frozenset(quarters)


# A date's slash read as a stroke letter on a drawn or scanned page: "31/3I2026", "28I2I2026", "28J2!2026"
# (day, month and a year of this century; groups d, m, y).
MISREAD_DATE_SLASH = re.compile(r"(?<![\w/])(?P<d>\d{1,2})[/IlJ|!](?P<m>\d{1,2})[/IlJ|!](?P<y>20\d\d)(?!\d)")
# … and after a quarter's numeral, glued to its year: "Quý II|2026", "Quý IIII2026" (no fourth I) is "Quý III/2026"
# (groups q, y); "Quý III2026" is left as read (Quý II with its slash read "I", or Quý III with it lost).
MISREAD_QUARTER_SLASH = re.compile(r"(?<![\w])(?P<q>[Qq]uý\s+(?:IV|I{1,3}))(?:[lJ|!]|(?<=III)I)(?P<y>20\d\d)(?!\d)")
# A quarter's roman numeral as OCR misreads it ("Quý 11/2020" for "Quý II/2020"): no quarter 11 or 111 exists.
# A quarter's roman numeral with "1" or "l" read for "I": "Quý 11", "Quý II1", "Quý lV" (never "Quý 1").
MISREAD_QUARTER = re.compile(r"(?<![\w])([Qq]uý)\s+((?=[I1l]*[1l])[I1l]{2,3}|[I1l]V)(?![\w])")


def quarter_numeral(misread: str) -> str:
    """The roman numeral a misread one stands for: "II1" → "III", "lV" → "IV"."""
    return misread.replace("1", "I").replace("l", "I")
# Reviews and recurrences: "sơ kết 05 năm, tổng kết 10 năm", "định kỳ hằng quý",
# "định kỳ 6 tháng", "báo cáo hàng năm", and "Hằng năm, …" opening a paragraph.
PERIODIC = re.compile(
    r"(?:sơ kết|tổng kết)(?:\s*,\s*(?:sơ kết|tổng kết))?\s+(?:\d{1,2}\s+năm|định kỳ)"
    r"|định kỳ\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)|định kỳ\s+\d{1,2}\s+(?:tháng|năm)"
    r"|(?:đánh giá|báo cáo)\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)"
    r"|^(?:hàng|hằng)\s+(?:năm|quý|tháng)(?=\s*,)",
    re.IGNORECASE | re.MULTILINE,
)
# A day in every period, the deadline of a recurring report: "trước ngày 20 của tháng cuối quý", "ngày 05 của tháng
# đầu quý sau", "ngày 25 hằng tháng", "ngày 25 của tháng" (after "định kỳ hằng tháng"); a day as a date is ("ngày nào"
# of a quarterly report asks this one).
RECURRING_DAY = re.compile(
    r"\bngày\s+\d{1,2}\s+(?:của\s+)?(?:tháng\s+(?:cuối|đầu)(?:\s+cùng)?\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?"
    r"(?:quý|năm|kỳ|học kỳ)(?:\s+sau)?|(?:hằng|hàng|mỗi)\s+tháng)\b|\bngày\s+\d{1,2}\s+của\s+tháng(?!\s*\d)\b",
    re.IGNORECASE,
)
# A recurring time anywhere: "Hằng năm", "hàng quý", "mỗi tháng", "định kỳ 6 tháng", "sơ kết".
RECURRING = re.compile(
    r"(?<![\w])(?:(?:hàng|hằng|mỗi)\s+(?:năm|quý|tháng|tuần)|định kỳ|sơ kết|tổng kết)(?![\w])", re.IGNORECASE
)
# A start, not a deadline: "Triển khai tháng 3", "Triển khai từ tháng 3/2025",
# "bắt đầu từ Quý II/2025", "từ tháng 3/2024"; "từ tháng 3 đến tháng 6" is a span, not a start.
START = re.compile(
    r"(?:(?:triển khai|bắt đầu|khởi động)(?:\s+(?:từ|trong|vào|ngay từ))?|(?<![\w])từ)"
    r"\s+(?:(?:tháng|quý)\s+(?:\d{1,2}|IV|I{1,3})(?![\w])(?:\s*(?:/|năm)\s*(?:19|20)\d\d)?"
    rf"|ngày\s+(?:{NUMERIC_DATE}))"
    r"(?!\s*(?:đến|tới|-)\s)",
    re.IGNORECASE,
)

# ---- Appended for the answerer (assistant.extractive).
# A time limit counted from an event, the deadline of a contract's or a procedure's duty: "trong thời hạn 10 ngày làm
# việc (kể từ …)", "trong vòng 15 ngày", "chậm nhất 05 ngày trước ngày khai giảng", "sau 06 tháng kể từ …"; not a
# count of events ("05 ngày hội việc làm").
TIME_LIMIT = re.compile(r"(?<![\w])(?:trong(?:\s+thời hạn|\s+vòng)?|chậm nhất(?:\s+là)?|ít nhất|tối đa|sau)\s+\d{1,3}"
                        r"\s+(?:ngày(?:\s+làm việc)?|tuần|tháng)(?!\s+(?:hội|lễ))(?![\w])", re.IGNORECASE)
# The months after an event at which something is done: "khảo sát việc làm của người học sau tốt nghiệp 06 tháng và
# 12 tháng", "sau khi kết thúc khóa học 3 tháng" (the event between "sau" and the count, up to five words), "theo dõi
# việc làm của học sinh tốt nghiệp 03 tháng" (graduation counts the months after it).
AFTER_EVENT = re.compile(r"(?<![\w])(?:sau(?:\s+[^\W\d_]+){1,5}|tốt nghiệp)\s+\d{1,2}\s+tháng(?![\w])", re.IGNORECASE)
# A deadline counted from an event, as procedures and contracts set it: "trong thời hạn 15 ngày kể từ ngày kết thúc
# khóa học", "chậm nhất 07 ngày làm việc trước ngày tổ chức", "trong vòng 05 ngày làm việc" (not a cap or a length:
# "tối đa 06 tháng", "ít nhất 3 tháng").
RELATIVE_DEADLINE = re.compile(r"(?<![\w])(?:trong\s+(?:thời hạn|vòng)|chậm nhất(?:\s+là)?)\s+\d{1,3}\s+"
                               r"(?:ngày(?:\s+làm việc)?|tuần|tháng)"
                               r"(?:\s+(?:kể từ(?:\s+ngày)?|sau(?:\s+khi)?|trước)\s+[^;:,.()]{3,80})?", re.IGNORECASE)
# A time of the day, as a programme writes it: "15h45", "7h30 - 11h30", "8 giờ 00 phút", "lúc 14 giờ" (not a length:
# "40 giờ thực hành").
CLOCK_TIME = r"\d{1,2}h\d{2}\b|\d{1,2}\s*giờ\s*\d{1,2}(?:\s*phút)?\b|lúc\s+\d{1,2}\s*(?:h|giờ)\b"
# Any time a "khi nào" answer may give: "20/12", "20/12/2025", "ngày 5", "tháng 6", "quý 2", "Quý IV", "năm 2025",
# "3 năm", "cả năm", "trước ngày", a time of the day, or a recurring time ("hằng quý", "định kỳ").
TIME_MENTION = re.compile(
    rf"\b(?:{NUMERIC_DATE}|(?:ngày|tháng|quý|năm)\s+\d{{1,4}}|quý\s+(?:IV|I{{1,3}})\b|\d{{1,2}}\s+năm|cả năm"
    rf"|trước ngày|{CLOCK_TIME})|{RECURRING.pattern}|{TIME_LIMIT.pattern}|{AFTER_EVENT.pattern}",
    re.IGNORECASE,
)
# A figure that is not a bare year: "230.000", "73,2", "04", "2025,5"; not "2024" in "năm 2024"
# (a year dates a fact, it is not one), nor the "70" of "1770" or "12/2024", nor an ordinal ("lần thứ 4").
FIGURE_NOT_YEAR = re.compile(rf"(?<![\d.,/])(?<![Tt]hứ )(?!{YEAR.pattern}(?![.,]\d))\d[\d.,]*")


# A figure grouped by spaces, as a Word table may print it ("39 600", "1 250 000", with a no-break space too): the
# Vietnamese way, and the plan's own prose, writes "39.600". A year is never its first group ("2024 2025").
SPACE_GROUPED_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]|\s\d)")


def dotted_figures(text: str) -> str:
    """Figures grouped by spaces written with dots: "Mục tiêu năm 2025: 39 600 người" → "… 39.600 người"."""
    return SPACE_GROUPED_FIGURE.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ".", m.group(0)), text)


# "đến năm 2030", "đến hết năm 2027", "tầm nhìn 2045": a year a plan reaches towards, not the one it is for
# (read with or without accents: a question may be typed "den het nam 2027").
HORIZON = re.compile(r"\b(?:đến|den|tới|toi|tầm nhìn|tam nhin)(?:\s+(?:hết|het))?(?:\s+(?:năm|nam))?\s+((?:19|20)\d\d)",
                     re.IGNORECASE)
# "năm 2025" said of the plan itself (dates of cited documents are taken out first).
OWN_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)", re.IGNORECASE)


def one_year(title: str) -> set[int]:
    """The year of a plan for one year ("Kế hoạch … năm 2025"); none for a span or a horizon
    ("giai đoạn 2021-2025", "đến năm 2030, tầm nhìn 2045") or a cited document's date
    ("Nghị quyết số 06/NQ-CP ngày 10/01/2023")."""
    text = DATE.sub(" ", title)
    years = {int(y) for y in OWN_YEAR.findall(text)}
    return years if len(years) == 1 and not HORIZON.search(text) else set()


# ------------------------------------------------------------------ lengths of a course or a term
# A length of time a course or a term lasts, in months: "4 tháng", "3 năm", "2 tuần" ("giờ" and "tiết" count study
# hours, a measure of their own, left out).
_MONTHS_IN = {"năm": 12.0, "tháng": 1.0, "tuần": 7 / 30, "ngày": 1 / 30}
_LENGTH = r"(\d+(?:,\d+)?)\s*(năm|tháng|tuần|ngày)(?!\s*(?:đầu|cuối|\d|/))"
# A length stated as a point, not a bound of a range ("khóa học 4 tháng", not "dưới 3 tháng", "6 tháng đầu năm").
_POINT_LENGTH = re.compile(rf"(?<!\w)(?<!dưới )(?<!trên )(?<!từ )(?<!đến )(?<!tới )(?<!quá )(?<!hơn ){_LENGTH}",
                           re.IGNORECASE)
# A range of lengths a table row or a rule sets: "Từ 03 tháng đến dưới 06 tháng", "từ 3 đến 6 tháng", "Dưới 03
# tháng", "trên 12 tháng", "từ 12 tháng trở lên", "03 - 06 tháng"; not a term's bound ("tối đa 60 tháng").
_BOUND = r"(\d+(?:,\d+)?)\s*(?:(năm|tháng|tuần|ngày)\s*)?"
_LENGTH_RANGE = re.compile(
    rf"(?<!\w)(?:từ\s+{_BOUND}(?:đến|tới|-|–)\s*(dưới\s+)?{_LENGTH}"
    rf"|{_BOUND}[-–]\s*{_LENGTH}"
    rf"|(dưới)\s+{_LENGTH}"
    rf"|(?:trên|từ)\s+{_LENGTH}(\s+trở lên)?)",
    re.IGNORECASE,
)


def _months(value: str, unit: str) -> float:
    return float(value.replace(",", ".")) * _MONTHS_IN[unit.lower()]


def lengths_stated(text: str) -> tuple[float, ...]:
    """The lengths of time a question states as points, in months: "Học một khóa sơ cấp 4 tháng" → (4.0,); "em sắp
    học cao đẳng 3 năm" → (36.0,); "dưới 3 tháng" (a range) and "6 tháng đầu năm" (a part of a year) → ()."""
    return tuple(_months(m.group(1), m.group(2)) for m in _POINT_LENGTH.finditer(text))


def length_ranges(text: str) -> list[tuple[float, float, bool]]:
    """The ranges of lengths a text sets, in months, as (low, high, high included): "Từ 03 tháng đến dưới 06 tháng"
    → (3, 6, False); "Dưới 03 tháng" → (0, 3, False); "trên 12 tháng" → (12, inf, True)."""
    found: list[tuple[float, float, bool]] = []
    for m in _LENGTH_RANGE.finditer(text):
        g = m.groups()
        if g[0] is not None:  # từ A (unit) đến (dưới) B unit
            unit = g[1] or g[4]
            found.append((_months(g[0], unit), _months(g[3], g[4]), g[2] is None))
        elif g[5] is not None:  # A (unit) - B unit
            found.append((_months(g[5], g[6] or g[8]), _months(g[7], g[8]), True))
        elif g[9] is not None:  # dưới B
            found.append((0.0, _months(g[10], g[11]), False))
        else:  # trên / từ A (trở lên)
            found.append((_months(g[12], g[13]), float("inf"), True))
    return found


def length_fit(text: str, lengths: tuple[float, ...]) -> int:
    """Whether a text's ranges of lengths hold the length asked: 1 when one does, -1 when it sets ranges and none
    does (the row of a course of another length), 0 when it sets none."""
    ranges = length_ranges(text)
    if not ranges or not lengths:
        return 0
    inside = any(low <= length and (length < high or including and length <= high)
                 for length in lengths for low, high, including in ranges)
    return 1 if inside else -1


# A school year, folded: "năm học 2026 – 2027", "nam hoc 2027-2028" (groups: its two years).
_SCHOOL_YEAR = re.compile(r"\bnam hoc\s+((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)\b")


def school_years(folded: str) -> set[tuple[int, int]]:
    """The school years a folded text names: "ke hoach dao tao nam hoc 2026 – 2027" → {(2026, 2027)}. A school year
    is one period: 2027–2028 is not the year 2027 of 2026–2027."""
    return {(int(a), int(b)) for a, b in _SCHOOL_YEAR.findall(folded) if int(b) - int(a) == 1}
