"""Heading markers and bullets: how plans number and list their parts.

Raw-text patterns (diacritics kept), matched at the start of a paragraph.
Group 1 of every heading pattern is the marker.

Numbering systems, from the usual top down (a document may use any of them,
and mixes them; `index.structure` ranks them by the order they appear in):

    annex      "Phụ lục: Danh mục nhiệm vụ", "PHỤ LỤC II"
    part       "Phần I. …", "PHẦN I", "Phần thứ nhất", "PHẦN THỨ HAI"
    chapter    "Chương I", "CHƯƠNG 2"                 (legal structure)
    division   "Mục 1", "MỤC II. …"                   (legal structure)
    article    "Điều 1. …"                             (legal structure)
    capital    "A. MỤC ĐÍCH, YÊU CẦU", "B. Nội dung"   (upper-case heading or short title only)
    roman      "II. MỤC TIÊU", "I- MỤC ĐÍCH" (web copies)
    number     "2. Nhiệm vụ", "2- Nhiệm vụ", "2/ Nhiệm vụ"
    subnumber  "2.1. Tuyển sinh", "2.1 Tuyển sinh", "2.1/ Tuyển sinh"
    letter     "a) Đào tạo", "a- Đào tạo"
    label      "Nhiệm vụ 1: Tuyên truyền", "Giải pháp 2. Đổi mới" (a department's plan), "Điểm 1. Đối tượng"
"""

from __future__ import annotations

import re

ROMAN = r"[IVX]{1,5}"
# A valid roman numeral up to XXXIX ("IIII" or "VX" is not one).
VALID_ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}

# Upper-case Vietnamese letters (a character class body): "T", "Đ", "Ư", "Ổ".
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# The class the first parsers used for "a capital": the range À-Ỹ also holds lower-case
# accented letters ("- đào tạo" counts). Kept where it decided the bundled plans' paragraphs.
LOOSE_UPPER = "A-ZĐÀ-Ỹ"
# Vietnamese ordinal words of "Phần thứ …": "nhất", "hai", … "mười" (any case).
_ORDINAL_WORD = r"(?i:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
# What may follow a worded marker ("Chương I", "Mục 2"): punctuation, the end, or a capitalised title;
# never a lower-case word ("Mục 2 của Kế hoạch").
_TITLE_FOLLOWS = rf"(?=\s*(?:[.:\-–]|$)|\s+[{UPPER}\d(\"“])"

# "Phụ lục: Danh mục nhiệm vụ", "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 02. Biểu …"; not "Phụ lục kèm theo …".
ANNEX = re.compile(
    rf"^((?:PHỤ LỤC|Phụ lục)(?:\s+(?:(?i:số)\s+)?(?:{ROMAN}|\d{{1,2}}[a-z]?)\b)?)(?=\s*(?:[.:\-–(]|$))"
)
# "Biểu 01: Chỉ tiêu tuyển sinh năm 2026", "BIỂU SỐ 2. …": a numbered table of figures, and "Mẫu số 01: ĐƠN ĐỀ
# NGHỊ …", "MẪU SỐ 03": a numbered blank form; after a signature block, an annex (a plan published as a workbook puts
# its Biểu on sheets after the signed document; a guidance attaches its forms). Not "Biểu chỉ tiêu", "Mẫu đơn".
ANNEX_TABLE = re.compile(r"^(?:BIỂU|Biểu|MẪU|Mẫu)\s+(?:(?i:số)\s+)?\d{1,2}[a-z]?\b(?=\s*(?:[.:\-–(]|$))")
# A field of an item, its label and its value on the heading's own line: "h) Phí, lệ phí: Phí thẩm định …: 300.000
# đồng/hồ sơ", "b) Cách thức thực hiện: Nộp trực tiếp …"; not a numbered point of its own ("2.4. Có thêm 04 cơ sở …"),
# nor a lettered heading without a value ("a) Trình tự thực hiện").
FIELD_HEADING = re.compile(rf"^[a-zđ]\)\s*[{UPPER}][^:;.|]{{2,60}}?:\s*\S")
# A page that carries on what the page before began: "(tiếp theo)", "Phụ lục I (tiếp theo)", "(tt)" over the rest
# of a table or a wide table's next columns.
CONTINUED = re.compile(r"\(\s*(?:tiếp theo|tiếp|tt)\s*\)|\btiếp theo\s*$", re.IGNORECASE)
# "Phần I. Đánh giá", "PHẦN I", "Phần thứ nhất", "PHẦN THỨ HAI: NHIỆM VỤ", "PHẦN B. NHIỆM VỤ" (a tracking sheet's
# blocks); not "Phần lớn lao động", "Phần A của Kế hoạch".
PART = re.compile(rf"^((?:PHẦN|Phần)\s+(?:{_ORDINAL_WORD}|{ROMAN}|\d{{1,2}}|[A-E](?=[.:]))\b){_TITLE_FOLLOWS}")
# "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG"; not "Chương trình mục tiêu".
CHAPTER = re.compile(rf"^((?:CHƯƠNG|Chương)\s+(?:{ROMAN}|\d{{1,2}})\b){_TITLE_FOLLOWS}")
# "Mục 1", "MỤC 2. TỔ CHỨC"; not "Mục tiêu", not "Mục 2 của Kế hoạch".
DIVISION = re.compile(rf"^((?:MỤC|Mục)\s+(?:{ROMAN}|\d{{1,2}})\b){_TITLE_FOLLOWS}")
# "Điều 1. Ban hành kèm theo …", "Điều 2: …"; not "Điều 3 của Luật", not "Điều chỉnh".
ARTICLE = re.compile(r"^((?:Điều|ĐIỀU)\s+\d{1,3})\s*[.:]\s*")
# "A. MỤC TIÊU", "B. Nội dung thực hiện"; I, V, X are roman; Q is "Q. GIÁM ĐỐC" (acting head).
CAPITAL = re.compile(r"^([A-HK-PR-UYĐ])\.\s+(?=\S)")
# "II. MỤC TIÊU", "XII . Phụ lục", "I- MỤC ĐÍCH" (web copies).
ROMAN_HEADING = re.compile(rf"^({ROMAN})(?:\s*\.\s*(?=\S)|\s*[-–]\s*(?=[{UPPER}]))")
# "2.1. Tuyển sinh", "2.1 Tuyển sinh", "4.10 Thông tin", "2.1- Tuyển sinh", "2.1/ Tuyển sinh"; not "1.000 lao động".
SUBNUMBER = re.compile(rf"^(\d{{1,2}}(?:\.\d{{1,2}})+)(?:\s*\.?\s+(?=\S)|\s*[-–/]\s*(?=[{UPPER}]))")
# "2. Nhiệm vụ", "13. Các cơ sở", "2- Nhiệm vụ", "2/ Nhiệm vụ" (typed styles); not "2023. Năm bản lề", not
# "10 - 15% lao động", not "1/2025".
NUMBER = re.compile(rf"^(\d{{1,2}})(?:\s*\.\s+(?=\S)|\s*[-–]\s*(?=[{UPPER}])|/\s+(?=[{UPPER}]))")
# A pictograph (emoji) as informal posts set one before a block's title ("🎯 Mục tiêu năm 2026:") or an item ("✅ Đào
# tạo …", "👉 Phòng Kinh tế xã: …"): arrows, technical symbols, geometric shapes, dingbats and the emoji planes, with
# the variation selector, joiner or skin tone that may follow. Not "•" (a plain bullet, below) nor any letter.
PICTOGRAPH = (r"(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff]"
              r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)")
PICTOGRAPHS = re.compile(rf"(?:{PICTOGRAPH}\s*)+")  # a run of them, alone: an emoji drawn as an image, by its alt text
# A line framed by pictographs, as a post sets its title ("📢 THÔNG BÁO TUYỂN SINH … NĂM 2026 📢"): decoration, the
# text inside is the line.
FRAMED_LINE = re.compile(rf"^(?:{PICTOGRAPH}\s*)+(?P<text>[^\n]*?\S)(?:\s*{PICTOGRAPH})+\s*$")
# A post's block title: pictographs, then a short title ending in a colon with nothing after it ("📅 Thời gian nhận
# hồ sơ:", "☎️ Liên hệ:"); an item ("👉 Địa điểm học: các lớp …", "✅ Đào tạo nghề cho 180 lao động") is none.
PICTOGRAPH_HEADING = re.compile(rf"^((?:{PICTOGRAPH}\s*)+)(?=[{UPPER}\d][^:.;!?\n]{{0,80}}:\s*$)")
# A slide of a deck as the deck reader writes it, or as a presenter's text export reads: "Slide 3: Phân công thực
# hiện", "Slide 1". Not "Slide 3 cho thấy …".
SLIDE = re.compile(r"^((?:Slide|SLIDE)\s+\d{1,3})(?=\s*:\s*\S|\s*$)")
# A labelled item: "Nhiệm vụ 1: Tuyên truyền …", "Giải pháp 2. Đổi mới …", "NỘI DUNG 3 - …", a guidance's
# "Điểm 1. Đối tượng", a legal "Khoản 2. …";
# not "Nhiệm vụ 1 của Sở …", not "nhiệm vụ 2: …" inside a sentence.
LABEL = re.compile(
    rf"^((?:Nhóm nhiệm vụ|Nhóm giải pháp|Nhiệm vụ|NHIỆM VỤ|Giải pháp|GIẢI PHÁP|Nội dung|NỘI DUNG|Hoạt động|HOẠT ĐỘNG"
    rf"|Điểm|ĐIỂM|Khoản|KHOẢN)"
    rf"\s+(?:{ROMAN}|\d{{1,2}}))\s*[.:\-–]\s*(?=[{UPPER}\"“])"
)
# "a) Đào tạo", "đ) Tăng cường", "a- Đến năm 2025", "b/ Chỉ tiêu" (typed letters, e-mails), "a. Tổ chức" (a
# submission's letters with a stop); not "A) …", not "a-xít", not "và/hoặc".
LETTER = re.compile(r"^([a-zđ])(?:\)\s*(?=\S)|\s*[-–]\s+(?=\S)|[/.]\s+(?=[" + UPPER + r"\d]))")
# A letter with a stop before a capital ("a. Tổ chức …"), as the other patterns below read it.
_STOP_LETTER = rf"[a-zđ]\.(?=\s+[{UPPER}])"

# (kind, default rank, pattern); lower rank = higher level. Documents that mix
# systems are ranked by the order the kinds appear in (`index.structure`); the
# default ranks keep roman 1 › number 2 › subnumber 3 › letter 4.
HEADING_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    ("annex", -5, ANNEX),
    ("slide", -6, SLIDE),
    ("part", -4, PART),
    ("chapter", -3, CHAPTER),
    ("division", -2, DIVISION),
    ("article", -1, ARTICLE),
    ("roman", 1, ROMAN_HEADING),
    ("pictograph", 1, PICTOGRAPH_HEADING),
    ("capital", 0, CAPITAL),
    ("label", 2, LABEL),
    ("subnumber", 3, SUBNUMBER),
    ("number", 2, NUMBER),
    ("letter", 4, LETTER),
]
# Kinds whose order is fixed whatever the document: each tuple from the top down.
FIXED_ORDERS: tuple[tuple[str, ...], ...] = (
    ("part", "chapter", "division", "article"),
    ("roman", "number", "subnumber", "letter"),
)

# The title of a capital-letter part: all upper case ("A. MỤC ĐÍCH, YÊU CẦU"), or a short
# title that is not a sentence ("B. Nội dung thực hiện"; not "A. Sáng nay các đơn vị đã họp …").
_CAPITAL_TITLE_WORDS = 12
_SIGNATURE_TITLE = re.compile(r"^(?:GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG|PHÓ TRƯỞNG)\b")


# The Roman numerals a table numbers its groups with ("I", "II", … in a "TT" column), in order.
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
# A table's row number, in its ordinal column: "1", "1.1", "2.3.", "I", "IV", "a", "đ)", "-", "+"; never zero ("0",
# "00": a figure, which no row is numbered by).
ORDINAL_CELL = re.compile(r"^(?:(?!0+\.?$)\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.?|[a-zđ][.)]?|[-+])$")
# A cell of the row that numbers a table's columns under its header: "(1)", "2", "A", "(5)=(3)+(4)", "6 = 4 - 5".
COLUMN_NUMBER = re.compile(r"^\(?(?P<n>\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/x\s]+)?$")
# The header of an ordinal column: "TT", "STT", "S.TT", "Số TT", "Số thứ tự".
ORDINAL_HEADER = re.compile(r"^(?:S\.?\s*)?T\.?T\.?$|^Số\s*(?:TT|thứ tự)$", re.IGNORECASE)


def roman_value(numeral: str) -> int:
    """"IV" → 4, "XII" → 12 (the numeral is assumed valid)."""
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[ch]
        total += -value if _ROMAN_VALUES.get(nxt, 0) > value else value
    return total


def is_capital_title(title: str) -> bool:
    """Whether the text after "A. " reads as a part title (see CAPITAL)."""
    title = title.strip()
    if not title or _SIGNATURE_TITLE.match(title) or not title[0].isupper():
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return True
    return len(title.split()) <= _CAPITAL_TITLE_WORDS and not title.endswith((".", ";", ","))


def classify_marker(paragraph: str) -> tuple[str, int, str] | None:
    """(kind, default rank, marker) when the paragraph opens a numbered part, else None.

    "II. MỤC TIÊU" → ("roman", 1, "II"); "Điều 1. Ban hành …" → ("article", -1, "Điều 1");
    "IIII. x", "VX. x", "A. Sáng nay các đơn vị đã họp bàn kế hoạch." → None.
    """
    for kind, rank, pattern in HEADING_MARKERS:
        match = pattern.match(paragraph)
        if not match:
            continue
        marker = match.group(1)
        if kind == "roman" and (not VALID_ROMAN.fullmatch(marker) or not 0 < roman_value(marker) <= 30):
            continue
        if kind == "capital" and not is_capital_title(paragraph[match.end() :]):
            continue
        return kind, rank, marker
    return None


# Any heading marker at the start of a title, to strip it:
# "V. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN", "2.1 Tuyển sinh" → "Tuyển sinh",
# "I- MỤC ĐÍCH" → "MỤC ĐÍCH", "Điều 1. Ban hành" → "Ban hành", "PHẦN THỨ HAI: NHIỆM VỤ" → "NHIỆM VỤ",
# "A. MỤC TIÊU" → "MỤC TIÊU", "2/ Nhiệm vụ" → "Nhiệm vụ", "a. Sở Nội vụ" → "Sở Nội vụ". (The first line of
# alternatives is the original one, unchanged.)
ANY_MARKER = re.compile(
    rf"^(?:{ROMAN}\s*\.|\d{{1,2}}(?:\.\d{{1,2}})*\s*\.?(?=\s)|\d{{1,2}}(?:\.\d{{1,2}})+\s*\.?|[a-zđ][)/]"
    rf"|{_STOP_LETTER}"
    rf"|(?:{ROMAN}|\d{{1,2}}(?:\.\d{{1,2}})*)\s*[-–](?=\s*[{UPPER}])|[a-zđ]\s*[-–](?=\s)|[A-HK-PR-UYĐ]\.(?=\s+[{UPPER}])"
    rf"|\d{{1,2}}(?:\.\d{{1,2}})*/(?=\s+[{UPPER}])"
    rf"|(?:PHẦN|Phần)\s+(?:{_ORDINAL_WORD}|{ROMAN}|\d{{1,2}})\b\s*[.:\-–]?"
    rf"|(?:CHƯƠNG|Chương|MỤC|Mục)\s+(?:{ROMAN}|\d{{1,2}})\b\s*[.:\-–]?|(?:Điều|ĐIỀU)\s+\d{{1,3}}\s*[.:]"
    rf"|(?:{PICTOGRAPH}\s*)+|(?:Slide|SLIDE)\s+\d{{1,3}}\s*:)\s*"
)

# A piece of text that is only a marker ("1.", "IV", "2.3", "b)", "A.", "Điều 1."): not a sentence.
BARE_MARKER = re.compile(
    r"[0-9IVX]{1,4}(\.[0-9]{1,2})*\.?|[a-zđ][)/]|[A-ZĐ]\.|(?:Điều|ĐIỀU|Mục|MỤC|Chương|CHƯƠNG|Phần|PHẦN)\s+[0-9IVX]{1,4}\.?"
)

# A division a sentence cites, wrapped to the head of a line after the word leading to it ("… bổ sung nghề ngoài
# danh mục tại" / "Phụ lục II (nếu có)."; "… quy định tại" / "Điều 3 Nghị định …"): a reference, not a heading.
# A heading's marker stands alone or is followed by its stop and title ("Chương II", "Phần I. Đánh giá", "Điều 2:
# Hiệu lực"); a citation's goes on in the sentence.
CITED_DIVISION = re.compile(
    rf"^(?:Phụ lục|Điều|Khoản|Điểm|Mục|Chương|Phần)\s+(?:{ROMAN}|\d{{1,3}}|[a-zđ])\b(?!\s*[.:\-–]\s)(?=\s*\S)")
# Bullets: "- Tổ chức …", "+ Hỗ trợ …", "• …", "* …", "– …", a post's "✅ …", "👉 …" (one or several).
BULLET = re.compile(rf"^(?:(?:[-+•*–]|{PICTOGRAPH})\s*)+")
# A run-in heading: a numbered title that ends in a stop with its text after it on the same line, as a
# submission sets it in bold ("4. Tổ chức thực hiện. Sau khi Đề án được phê duyệt, Sở …"): a short title of
# words (no figure, no abbreviation such as "TP." before its stop), then a sentence.
RUN_IN_HEADING = re.compile(
    rf"^(?:[IVX]{{1,4}}|\d{{1,2}}(?:\.\d{{1,2}})*)\.\s+(?P<title>[{UPPER}][^\d.:;!?]{{2,80}}?[^\W\d_]{{3,}})\.\s+"
    rf"(?=[{UPPER}][^\n]{{30,}})")
RUN_IN_TITLE_WORDS = 10

# A footnote as the converters read it at the end of the text: "[1] Quyết định số 215/QĐ-UBND …".
# The label of an answer in a question-and-answer booklet ("Câu 5. Hỏi: … / Trả lời: Người học nộp …"): the answer
# follows it. "TL:" and "Đáp:" are its short forms.
# A booklet's or an e-book's parts named by what they are, on a line of their own: its colophon, contents, foreword,
# glossary and reading list ("Thông tin xuất bản", "Mục lục", "Lời nói đầu", "LỜI GIỚI THIỆU", "Giải thích từ ngữ");
# each a part at the top, whatever numbered part stood open.
BOOK_PART = re.compile(r"^(?i:thông tin xuất bản|mục lục|lời nói đầu|lời giới thiệu|lời tựa|giải thích từ ngữ"
                       r"|tài liệu tham khảo)\s*:?\s*$")
ANSWER_LABEL = re.compile(r"^(?:Trả lời|TRẢ LỜI|TL|Đáp)\s*:\s*(?=\S)")
FOOTNOTE_LINE = re.compile(r"^\[\d{1,3}\]\s+\S")
# A sub-bullet "+ Hỗ trợ …": detail of the "-" item above it.
SUB_BULLET = re.compile(r"^\+\s*\S")
# A first-level bullet "- Tổ chức …", "• …", "– …" (not "+").
MAIN_BULLET = re.compile(rf"^(?:[-•–]|{PICTOGRAPH})\s*\S")
# A letter item "a) …", "a/ …" (stripped together with bullets from task text).
LETTER_ITEM = re.compile(rf"^(?:[a-zđ][)/]|{_STOP_LETTER})\s*")
# An item an amendment inserts between two numbered ones: "1a. Sở Nội vụ", "6a. Sở Khoa học và Công nghệ …".
INSERTED_ITEM = re.compile(r"^\d{1,2}[a-zđ]\.\s+")

# A line that opens a new item, so a hard-wrapped line before it does not continue
# into it: "II. ", "I- ", "2. Tuyển", "2- Tuyển", "2/ Tuyển", "2.1 Đào", "a) ", "a/ ", "a- ", "a. Tổ", "- Tổ chức",
# "+ Hỗ trợ", "* Mở lớp", "A. MỤC TIÊU", "PHẦN THỨ NHẤT", "Chương I", "Mục 2", "Điều 3.", "Phụ lục",
# a table row ("| 1 | …"). "- 2030, tầm nhìn" (a wrapped range) does not qualify.
STRUCTURAL_START = re.compile(
    rf"^([IVX]{{1,4}}\.\s|\d{{1,2}}(\.\d{{1,2}})*\.?\s+[{LOOSE_UPPER}]|[a-zđ][)/]\s|{_STOP_LETTER}"
    rf"|(?:[-+•*]|{PICTOGRAPH})\s*[{LOOSE_UPPER}]"
    rf"|[IVX]{{1,4}}\s*[-–]\s*[{UPPER}]|\d{{1,2}}(?:\.\d{{1,2}})*\s*[-–]\s*[{UPPER}]|[a-zđ]\s*[-–]\s"
    rf"|\d{{1,2}}(?:\.\d{{1,2}})*/\s+[{UPPER}]"
    rf"|[A-HK-PR-UYĐ]\.\s+[{UPPER}]{{2}}"
    rf"|{PART.pattern[1:]}|{CHAPTER.pattern[1:]}|{DIVISION.pattern[1:]}|{ARTICLE.pattern[1:]}|{ANNEX.pattern[1:]}"
    rf"|{LABEL.pattern[1:]}"
    r"|\|)"
)


def strip_marker(title: str) -> str:
    """Heading text without its number ("V. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN")."""
    return ANY_MARKER.sub("", title.strip()).strip()


def strip_bullet(text: str) -> str:
    """Item text without its bullets or letter ("- a) Tổ chức …" → "Tổ chức …")."""
    return LETTER_ITEM.sub("", BULLET.sub("", text.strip())).strip()
