"""Document types, numbers, headers and signatures of Vietnamese administrative texts.

Nghị định 30/2020/NĐ-CP fixes the layout every plan, decision or resolution
follows: the issuing body ("ỦY BAN NHÂN DÂN / TỈNH X"), "Số: 70/KH-UBND", the
"<place>, ngày … tháng … năm …" line, the type in capitals ("KẾ HOẠCH") and
the title; at the end the signing authority ("TM. ỦY BAN NHÂN DÂN",
"KT. CHỦ TỊCH"), the signer's title ("PHÓ CHỦ TỊCH") and name. Legal-document
web sites prepend a metadata table ("| Số hiệu | 153/KH-UBND |").

A number is "<digits>[/<year>]/<type>-<body>": "70/KH-UBND", "647/QĐ-UBND",
"12/2024/NQ-HĐND", "05/CTr-UBND"; blank on drafts ("Số: /KH-SLĐTBXH").
Raw-text patterns (diacritics kept) unless the name says FOLDED.
"""

from __future__ import annotations

import re

from index.vocab.dates import DATE_LINE, FULL_DATE
from index.vocab.markers import UPPER
from index.vocab.phrases import ATTACHED_OPENING

# A document number's slash read as a stroke letter on a drawn or scanned page: "38IKH-UBND" is "38/KH-UBND".
MISREAD_NUMBER_SLASH = re.compile(r"(?<![\w/])(\d{1,4})[IlJ|!]((?:KHLT|KH|QĐ|NQ|CTr|CT|TB|BC|TTr|CV|HD)[-/])")


# Document types, in their usual capitalisation, with the abbreviation of the number.
DOC_TYPES: dict[str, str] = {
    "Kế hoạch": "KH",
    "Quyết định": "QĐ",
    "Nghị quyết": "NQ",
    "Chương trình": "CTr",
    "Đề án": "ĐA",
    "Chỉ thị": "CT",
}
# Types read from a document's own header only: a Sở's "BÁO CÁO … năm 2025 và Kế hoạch năm 2026" carries a plan,
# its "HƯỚNG DẪN" (05/HD-SNV) how to carry one out. Not in questions: "báo cáo 6 tháng" is a duty, "hướng dẫn các
# xã" a task, never a document's name and number; its "THÔNG BÁO" (86/TB-UBND) a meeting's conclusions, its "TỜ
# TRÌNH" (412/TTr-SGDĐT) what it asks the province to approve; its "HỢP ĐỒNG" (07/2026/HĐ-ĐH) an order it places
# with a school ("hợp đồng lao động" in a question is the learners' own); its inspectorate's "KẾT LUẬN THANH TRA"
# (19/KL-TTr) what an inspection found and what it asks of the bodies inspected; a chairman's "CÔNG ĐIỆN"
# (09/CĐ-UBND) urgent orders to named heads of bodies ("CĐ" in a question is mostly a college, "trường CĐ"); an
# office's "GIẤY MỜI" (58/GM-VP) to a conference, with its programme and who prepares what; a "BIÊN BẢN" (03/BB-BCĐ)
# a meeting's minutes or a memorandum of understanding ("BIÊN BẢN GHI NHỚ", 18/BBGN-UBND); a "THỎA THUẬN HỢP TÁC"
# (07/TTHT-SNV) what the parties it names agree to do ("biên bản" in a question is mostly a record of a class).
HEADER_ONLY_TYPES: dict[str, str] = {"Báo cáo": "BC", "Hướng dẫn": "HD", "Công văn": "CV", "Thông báo": "TB",
                                     "Tờ trình": "TTr", "Hợp đồng": "HĐ", "Kết luận": "KL", "Công điện": "CĐ",
                                     "Giấy mời": "GM", "Biên bản": "BB", "Thỏa thuận": "TTHT"}
# The levels a school's name states after "Trường": "Trường Cao đẳng Nghề …", "trường trung cấp …".
SCHOOL_LEVELS = ("Cao đẳng", "Trung cấp", "Đại học")
# A draft's mark in its header, a line of its own: "DỰ THẢO", "(Dự thảo lần 2, ngày 12/01/2026)", "Dự thảo 3", and
# what it was sent round with after it ("(Dự thảo ngày 18/11/2027, kèm theo Công văn số 2417/SGDĐT-GDNN …)").
# A draft leaves "Số:      /KH-UBND" and the day blank; the mark says which draft it is and when it was made.
DRAFT_MARK = re.compile(r"^\s*\(?\s*(?P<mark>(?:DỰ THẢO|Dự thảo)(?:\s+(?:lần|LẦN)\s*\d+|\s+\d+)?"
                        r"(?:\s*[,;:-]?\s*(?:ngày|NGÀY)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?)"
                        r"(?:\s*[,;]\s*(?:kèm theo|gửi kèm)\b[^()]*)?\s*\)?\s*$")
# What only an issued document has, asked (folded): its official number or the day it was signed ("số hiệu chính
# thức", "ký ngày nào", "ngày ký"); a draft has neither.
ISSUED_ASKED = re.compile(r"\b(?:chinh thuc|ky ngay|ngay ky|ky khi nao|ky vao ngay|ky vao thoi gian)\b")
# An official letter's subject under its number: "V/v triển khai thực hiện chỉ tiêu đào tạo nghề năm 2026"
# ("về việc"); a letter has no type line, this line names it a Công văn and is its title.
LETTER_SUBJECT = re.compile(r"^\s*V/v\s*:?\s*(?P<subject>\S.*)$", re.IGNORECASE)
# A handbook a Sở puts out for the public ("SỔ TAY HỎI – ĐÁP chính sách …", "CẨM NANG tuyển sinh …"): a document of its
# own, with no number; the plan and the council's resolution it explains are cited by theirs.
UNNUMBERED_TYPES: dict[str, str] = {"Sổ tay": "", "Cẩm nang": ""}
HEADER_TYPES: dict[str, str] = {**DOC_TYPES, **HEADER_ONLY_TYPES, **UNNUMBERED_TYPES}
# A plan named by its number (and date) in running text, as a deck or an article names the plan it presents:
# "Triển khai Kế hoạch số 58/KH-UBND ngày 20/02/2026 của UBND tỉnh …"; groups num, date.
PRESENTED_PLAN = re.compile(
    r"\b(?:Kế hoạch|Chương trình|Đề án)\s+số\s+(?P<num>\d{1,4}(?:/(?:19|20)\d\d)?/[A-ZĐ][\w&]*(?:-[A-ZĐ][\w&]*)+)"
    r"(?:\s*,?\s*ngày\s+(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d))?")
# Who signed a plan, as prose tells it: "Kế hoạch 58 do đồng chí Phạm Quốc Hưng, Phó Chủ tịch UBND tỉnh, ký ban hành",
# "… do Phó Chủ tịch UBND tỉnh Trần Văn Bình ký"; group who.
# "… do người lao động ký kết" is no one's signature.
SIGNED_BY = re.compile(rf"\bdo\s+(?:đồng chí\s+|ông\s+|bà\s+)?(?P<who>[{UPPER}][^.;:]{{2,90}}?),?\s+ký"
                       r"(?:\s+ban hành)?\b(?!\s+kết)")
# The type of a number's code, upper-cased: "KH" → "Kế hoạch", "CTR" → "Chương trình", "BC" → "Báo cáo".
# A joint document's code ends in "LT" (liên tịch): "KHLT" → "Kế hoạch".
DOC_TYPE_BY_CODE: dict[str, str] = {f"{code.upper()}{joint}": name for name, code in HEADER_TYPES.items() if code
                                    for joint in ("", "LT")}
# Types a Quyết định or Nghị quyết issues ("Ban hành kèm theo Quyết định số …").
ISSUED_TYPES = ("Kế hoạch", "Chương trình", "Đề án")
# A submission asks the province to issue ("Tờ trình Về việc ban hành Kế hoạch …", a draft attached): it issues nothing.
PROPOSING_TYPES = ("Tờ trình",)

_TYPE_ALTERNATIVES = "|".join(r"\s+".join(name.upper().split()) for name in HEADER_TYPES)
# The type line above the title, in capitals: "KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT",
# "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH LIÊN TỊCH", "HƯỚNG DẪN LIÊN SỞ" (of two bodies), "KẾ HOẠCH Thực hiện …" (title
# on the same line);
# groups type, rest. "QUYẾT ĐỊNH:" (a decision's operative formula) matches too.
TYPE_HEADING = re.compile(
    rf"^(?P<type>{_TYPE_ALTERNATIVES})(?:\s+(?:HÀNH\s+ĐỘNG|LIÊN\s+TỊCH|LIÊN\s+NGÀNH|LIÊN\s+SỞ)"
    r"|(?<=LUẬN)\s+(?:THANH|KIỂM)\s+TRA)?\b\s*[:.]?\s*(?P<rest>.*)$"
)

_NUM = r"(?P<num>\d[\d\s./]*?)"
# the issuing body's code may hold a lower-case letter too: "KL-TTr" (Thanh tra tỉnh), "UBND-KGVX"
_SUFFIX = r"(?P<suf>[A-ZĐ][A-ZĐ&a-z]*(?:\s*[-\u2013]\s*[A-ZĐ][A-ZĐ&a-z]*)+)"
# "Số: 70 /KH-UBND", "Số: /KH-SLĐTBXH", "Số: 12/2024/KH-UBND", "Số: 647/QĐ-UBND"; groups num, suf.
NUMBER_FIELD = re.compile(rf"\bSố\s*:?\s*{_NUM}?\s*/\s*{_SUFFIX}")
# A number on its own, as a web metadata table gives it: "153/KH-UBND", "15/2024/NQ-HĐND".
NUMBER = re.compile(rf"^{_NUM}\s*/\s*{_SUFFIX}$")
# A party or Union document numbers type before body: "Số 27-CTr/TU", "Số: 15-NQ/TU", "203-KL/TW",
# "152-KH/TĐTN-TNTH" (a Tỉnh đoàn's, with its Ban);
# groups num, suf ("CTr/TU").
_PARTY_SUFFIX = r"(?P<suf>[A-ZĐ][A-Za-zĐ]*\s*/\s*[A-ZĐ][A-ZĐ]*(?:-[A-ZĐ]+)*)"
PARTY_NUMBER_FIELD = re.compile(rf"\bSố\s*:?\s*(?P<num>\d+)\s*-\s*{_PARTY_SUFFIX}(?![\w/-])")
PARTY_NUMBER = re.compile(rf"^(?P<num>\d+)\s*-\s*{_PARTY_SUFFIX}$")

# Issuing body of a number's body code ("KH-UBND" → Ủy ban nhân dân); common codes only.
ISSUER_CODES: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SLĐTB": "Sở Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SNV": "Sở Nội vụ",
    # party committees ("27-CTr/TU")
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "ĐU": "Đảng ủy",
    "TW": "Ban Chấp hành Trung ương",
}
# Abbreviated Sở fields as headers write them ("SỞ LĐTBXH").
BODY_ABBREVIATIONS: dict[str, str] = {
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "LĐ-TBXH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "GDĐT": "Giáo dục và Đào tạo",
    "GD&ĐT": "Giáo dục và Đào tạo",
}

# ---------------------------------------------------------------- issuing body and territory

# The People's Committee, any spelling: "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND".
UBND = r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
# A province-level territory word: "tỉnh", "thành phố", "TP.", in any of their cases.
LEVEL = r"(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ|TP\.?)"
# A territory and what follows it: "tỉnh Hải Dương", "Thành phố" (name left implicit); groups level, rest.
TERRITORY = re.compile(r"(?<![\w])(?P<level>" + LEVEL + r")(?:\s+(?P<rest>.*))?$", re.DOTALL)
# A place that opens with its level: "TP. Hồ Chí Minh", "Tỉnh Bình Dương", "THÀNH PHỐ HOA BIÊN"; groups level, name.
LEVELLED_PLACE = re.compile(r"^(?P<level>TP\.?|thành phố|tỉnh)\s+(?P<name>.*)$", re.IGNORECASE)
# A council in an upper-cased header: "ỦY BAN NHÂN DÂN TỈNH X", "UBND THÀNH PHỐ Y",
# "HỘI ĐỒNG NHÂN DÂN TỈNH Z"; groups body, level, rest.
COUNCIL_HEADER = re.compile(
    r"(?<![\w-])(?P<body>ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+(?P<level>TỈNH|THÀNH PHỐ|TP\.?)\s+(?P<rest>.*)"  # noqa: E501 - a pattern reads best whole
)
# A committee below the province in an upper-cased header: "ỦY BAN NHÂN DÂN HUYỆN KIM ĐIỀN",
# "UBND XÃ ĐỒNG SA", "ỦY BAN NHÂN DÂN PHƯỜNG 3"; groups level, rest. Its plan's province is named elsewhere.
LOCAL_HEADER = re.compile(
    r"(?<![\w-])(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(?P<level>HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)"
    r"\s+(?P<rest>.*)"
)
# A party committee's header: "ĐẢNG BỘ TỈNH BẢO AN" over "TỈNH ỦY" or "BAN THƯỜNG VỤ TỈNH ỦY";
# groups level, rest (the name, then what follows on the joined line).
PARTY_HEADER = re.compile(
    r"(?<![\w-])ĐẢNG\s+BỘ\s+(?P<level>TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG)\s+(?P<rest>.*)"
)
# The committee under it: "TỈNH ỦY", "THÀNH ỦY", "BAN THƯỜNG VỤ TỈNH ỦY", "BAN CHẤP HÀNH"; group body.
PARTY_COMMITTEE = re.compile(
    r"(?<![\w-])(?P<body>(?:BAN\s+THƯỜNG\s+VỤ\s+|THƯỜNG\s+TRỰC\s+)?(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY"
    r"|BAN\s+CHẤP\s+HÀNH(?:\s+ĐẢNG\s+BỘ)?)(?![\w])"
)
# A mass organisation's header, which its plans are issued under (its Ban Thường vụ signs): "TỈNH ĐOÀN NGÂN KHÊ",
# "HỘI NÔNG DÂN TỈNH LAM GIANG", "LIÊN ĐOÀN LAO ĐỘNG TỈNH X", "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH X"; groups union
# (a Tỉnh đoàn, whose name holds its level) or organisation and its level, rest.
ORGANISATION_HEADER = re.compile(
    r"(?<![\w-])(?:(?P<union>TỈNH\s+ĐOÀN|THÀNH\s+ĐOÀN)|(?:BCH\s+)?(?P<organisation>ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH|HỘI\s+NÔNG\s+DÂN"
    r"|HỘI\s+LIÊN\s+HIỆP\s+PHỤ\s+NỮ|HỘI\s+LHPN|HỘI\s+CỰU\s+CHIẾN\s+BINH|LIÊN\s+ĐOÀN\s+LAO\s+ĐỘNG|HỘI\s+LIÊN\s+HIỆP\s+THANH\s+NIÊN"
    r"|ỦY\s+BAN\s+MẶT\s+TRẬN\s+TỔ\s+QUỐC\s+VIỆT\s+NAM|ỦY\s+BAN\s+MTTQ\s+VIỆT\s+NAM|LIÊN\s+MINH\s+HỢP\s+TÁC\s+XÃ"
    r"|HỘI\s+KHUYẾN\s+HỌC)\s+(?P<level>TỈNH|THÀNH\s+PHỐ))\s+(?P<rest>.*)"
)
# How an organisation's name is written in running text ("Tỉnh đoàn", "Hội Liên hiệp Phụ nữ").
ORGANISATIONS: dict[str, str] = {
    "TỈNH ĐOÀN": "Tỉnh đoàn", "THÀNH ĐOÀN": "Thành đoàn", "ĐOÀN TNCS HỒ CHÍ MINH": "Đoàn TNCS Hồ Chí Minh",
    "HỘI NÔNG DÂN": "Hội Nông dân", "HỘI LIÊN HIỆP PHỤ NỮ": "Hội Liên hiệp Phụ nữ", "HỘI LHPN": "Hội Liên hiệp Phụ nữ",
    "HỘI CỰU CHIẾN BINH": "Hội Cựu chiến binh", "LIÊN ĐOÀN LAO ĐỘNG": "Liên đoàn Lao động",
    "HỘI LIÊN HIỆP THANH NIÊN": "Hội Liên hiệp Thanh niên", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban MTTQ Việt Nam",
    "ỦY BAN MTTQ VIỆT NAM": "Ủy ban MTTQ Việt Nam", "LIÊN MINH HỢP TÁC XÃ": "Liên minh Hợp tác xã",
    "HỘI KHUYẾN HỌC": "Hội Khuyến học",
}
# The standing body under an organisation's name that issues its plans: "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH".
STANDING_BODY = re.compile(r"(?<![\w-])(?P<body>BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|THƯỜNG\s+TRỰC)(?![\w])")
# The same standing body as running text writes it, before its organisation's name ("Ban Thường vụ Tỉnh đoàn …").
STANDING_PREFIX = re.compile(r"^(?:Ban Thường vụ|Ban Chấp hành|Thường trực)\s+", re.IGNORECASE)
# An issuer below the province as the metadata writes it: "Ủy ban nhân dân xã Đồng Sa"; groups level, name.
# A committee below the province named in running text: "UBND xã Tân Phong", "Ủy ban nhân dân phường Hòa Đông".
LOCAL_MENTION = re.compile(
    rf"\b(?:UBND|Ủy ban nhân dân|ỦY BAN NHÂN DÂN)\s+(?P<level>huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)"
    rf"\s+(?P<name>[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}})")
LOCAL_ISSUER = re.compile(r"^Ủy ban nhân dân (?P<level>huyện|quận|thị xã|thị trấn|xã|phường|đặc khu) (?P<name>.+)$")
# Council names by their header spelling.
COUNCILS: dict[str, str] = {
    "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân",
    "UỶ BAN NHÂN DÂN": "Ủy ban nhân dân",
    "UBND": "Ủy ban nhân dân",
    "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
    "HĐND": "Hội đồng nhân dân",
}
# A department in an upper-cased header: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH X"; group rest.
DEPARTMENT_HEADER = re.compile(r"(?<![\w-])SỞ\s+(?P<rest>.*)")
# The council's own office under it in an upper-cased header ("UBND TỈNH X / VĂN PHÒNG"): the office issues the
# document (a Thông báo kết luận, a letter conveying the chairman's instructions), not the council.
OFFICE_HEADER = re.compile(r"(?<![\w-])VĂN\s+PHÒNG(?![\w-])")
# … and its inspectorate ("UBND TỈNH X / THANH TRA TỈNH"): the inspectorate issues its conclusions, not the council.
INSPECTORATE_HEADER = re.compile(r"(?<![\w-])THANH\s+TRA\s+(?:TỈNH|THÀNH\s+PHỐ)(?![\w-])")
# A committee of the province's in an upper-cased header, under "UBND TỈNH X": "BAN CHỈ ĐẠO CÁC CTMTQG", "BAN QUẢN LÝ
# CÁC KHU CÔNG NGHIỆP"; group name (its words after "BAN", at most eight).
COMMITTEE_HEADER = re.compile(r"(?<![\w-])BAN\s+(?P<name>(?:CHỈ\s+ĐẠO|QUẢN\s+LÝ)(?:\s+[^\s,;:]+){0,6})")
# "<body> ban hành / xây dựng Kế hoạch" in the preamble: the issuer speaking.
# "UBND Thành phố ban hành Kế hoạch …", "…, Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch"; group body.
ISSUER_SENTENCE = re.compile(
    r"(?:^|(?<=[,.;:])\s+)(?P<body>(?:" + UBND + r"|Sở)\s[^.;:]{0,150}?)\s+"
    r"(?:ban hành|xây dựng(?: và ban hành)?)\s+[Kk]ế\s+[Hh]oạch"
)
# The enacting authority under a decision's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X",
# "ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN TỈNH X"; never part of the title.
ENACTING_AUTHORITY = re.compile(r"^(?:(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC)\s+)?(?:ỦY|UỶ|HỘI)\s+(?:BAN|ĐỒNG)\s+NHÂN\s+DÂN\b")  # noqa: E501 - a pattern reads best whole

# Upper-cased words (and word pairs) that end a place-name run in header lines
# ("TỈNH HẢI DƯƠNG SỐ: …", "HẢI DƯƠNG THÀNH PHỐ …"); "THÀNH" alone may be part of a name ("NAM THÀNH").
PLACE_NAME_STOP = frozenset({
    "CỘNG", "CÔNG HÒA", "CÔNG HOÀ", "SỐ", "SỞ", "ỦY", "UỶ", "UBND", "HĐND", "ĐỘC", "KẾ", "BAN", "BỘ", "CỤC", "CHI",
    "TRUNG TÂM", "TRUNG ƯƠNG", "TRUNG CẤP", "TRUNG HỌC",
    "NĂM", "GIAI", "VỀ", "TẦM", "ĐẾN", "THỰC", "TRIỂN", "CÁC", "VÀ", "THÀNH PHỐ", "TỈNH", "NGÀY",
    "TRÊN", "ĐỊA", "CỦA", "THEO", "GIÁO", "LAO", "KT", "TM",
    # another body of a joint header ("SỞ NỘI VỤ TỈNH LAM HÀ / HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM HÀ")
    "HỘI LIÊN", "HỘI NÔNG", "HỘI CỰU", "HỘI ĐỒNG", "HỘI DOANH", "LIÊN ĐOÀN", "MẶT TRẬN", "ĐOÀN THANH", "TỈNH ĐOÀN",
    "ĐOÀN TNCS", "HỘI KHUYẾN", "LIÊN MINH",
    "NGÂN HÀNG", "BẢO HIỂM",
    # a school under its Sở ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ LAM / TRƯỜNG CAO ĐẲNG NGHỀ HÀ LAM")
    "TRƯỜNG CAO", "TRƯỜNG TRUNG", "TRƯỜNG ĐẠI", "PHÒNG GIÁO", "PHÒNG KINH",
})

# ---------------------------------------------------------------- place-date line

# "<place>, ngày 07 tháng 3 năm 2023", day / month possibly blank, comma or place possibly
# missing; groups prefix (what precedes: the place), text, d, m, y.
PLACE_DATE = re.compile(
    r"(?P<prefix>[^\n,]{0,80}?)\s*,?\s*(?<!\w)(?P<text>" + DATE_LINE.pattern + ")", re.IGNORECASE
)
# "<place>, ngày 21/8/2019", "<place>, 21/08/2019", "<place>, 21 tháng 8 năm 2019" (no "ngày"):
# a comma or "ngày" must precede; groups prefix, text, and FULL_DATE's d, m, y / wd, wm, wy.
PLACE_NUMERIC_DATE = re.compile(
    r"(?P<prefix>[^\n,]{0,80}?)(?:\s*,\s*|\s*(?<!\w)(?=ngày\b))(?P<text>(?:ngày\s*)?(?<!\d)(?:" + FULL_DATE.pattern + r"))(?!\d)",  # noqa: E501 - a pattern reads best whole
    re.IGNORECASE,
)
# A place-date line cut before its date ("Vĩnh Phúc, ngày" / "21 tháng 8 năm 2019"):
# the line ends inside the date.
PLACE_DATE_OPEN = re.compile(r"(?<!\w)ngày(?:\s*\d{1,2})?(?:\s*tháng(?:\s*\d{1,2})?)?(?:\s*năm)?\s*$", re.IGNORECASE)

# ---------------------------------------------------------------- web metadata table

# Row labels of a legal-document web site's metadata table, to the field they give;
# the other labels of such tables are only recognised, so the rows are dropped.
WEB_TABLE_FIELDS: dict[str, str] = {
    "số hiệu": "number",
    "loại văn bản": "doc_type",
    "nơi ban hành": "place",
    "cơ quan ban hành": "place",
    "người ký": "signer",
    "ngày ban hành": "date",
}
# "Số hiệu", "Loại văn bản:", "Ngày hiệu lực", "Tình trạng" …: a label cell; group label.
WEB_TABLE_LABEL = re.compile(
    r"^(?P<label>Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực"
    r"|Ngày hết hiệu lực|Ngày công báo|Số công báo|Tình trạng(?: hiệu lực)?|Lĩnh vực(?:, ngành)?)\s*:?$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- decisions that issue a plan

# The note under an issued plan's title: "(Ban hành kèm theo Quyết định số 647/QĐ-UBND ngày …)",
# "(Kèm theo Nghị quyết số …)", "(Được phê duyệt kèm theo Quyết định số 412/QĐ-UBND …)"; group type.
ISSUED_WITH = re.compile(rf"{ATTACHED_OPENING}\s+(?P<type>Quyết định|Nghị quyết)\b", re.IGNORECASE)
# The number of the decision that note names: "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18 tháng 3 năm
# 2026 …)"; groups type, num, suf.
ISSUING_NUMBER = re.compile(rf"{ATTACHED_OPENING}\s+(?P<type>Quyết định|Nghị quyết)\s+(?:số\s*:?\s*)?"
                            rf"{_NUM}\s*/\s*{_SUFFIX}", re.IGNORECASE)
# An official gazette's masthead over its issue's number and date ("CÔNG BÁO" / "TỈNH HÒA VÂN" / "Số 21 + 22"), not
# the running header of its pages ("CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027 7").
GAZETTE_MASTHEAD = re.compile(r"^CÔNG\s+BÁO\b(?!\s*/)")
_MASTHEAD_LINES = 6  # where the masthead stands, above the issue's number and date
# The issuer's lines above a document's national motto ("ỦY BAN NHÂN DÂN", "TỈNH HÒA VÂN"), at most.
ISSUER_LINES = 3


def opens_gazette(lines: list[str]) -> bool:
    """Whether a text's first lines are a gazette's masthead: an issue printing documents one after another."""
    return any(GAZETTE_MASTHEAD.match(line) for line in lines[:_MASTHEAD_LINES])


# A decision's title naming what it issues: "Ban hành Kế hoạch phát triển …",
# "Về việc ban hành Chương trình hành động …", "Phê duyệt Đề án …"; groups type, title.
ISSUING_TITLE = re.compile(
    r"^(?:về việc\s+)?(?:ban hành|phê duyệt)\s+(?P<type>" + "|".join(ISSUED_TYPES) + r")(?:\s+hành động)?\s+(?P<title>\S.*)$",  # noqa: E501 - a pattern reads best whole
    re.IGNORECASE,
)

# ---------------------------------------------------------------- signature

# Academic and honorary titles written before a person's name ("TS. Vũ Đình Khang", "PGS.TS. Lê Minh", "ThS.
# Kiều Thị Thảo", "NGƯT. Hà Văn An"): a school's signer and its council's members are named so; the name follows.
PERSON_TITLE = re.compile(r"^(?:(?:GS|PGS|TSKH|TS|ThS|CN|KS|KTS|BS|DS|LS|NGND|NGƯT|TTND|TTƯT)\.\s*)+(?=[^\W\d_])")

# A signer's title in a signature block in capitals, with the authority marker before it:
# "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG",
# "PHÓ CHỦ TỊCH THƯỜNG TRỰC"; groups authority (TM, KT, TL, TUQ, Q), title.
# KT. (ký thay), TM. (thay mặt), TL. (thừa lệnh), TUQ. (thừa ủy quyền) name the principal,
# not the signer; Q. (quyền) makes the title acting. Party documents write "T/M", "K/T", "T/L"
# (groups party, party_of).
# A scan may read the authority's dot as a comma ("KT, CHỦ TỊCH") and lose the mark of "PHÓ" ("PHO CHỦ TỊCH").
SIGNER_TITLE = re.compile(
    r"(?:(?<![\w.])(?P<authority>T\.?M|K\.?T|T\.?L|TUQ|Q)[.,]\s*|(?<![\w/])(?P<party>[TK])/(?P<party_of>[MTL])\s+)?"
    r"(?<![\w])(?P<title>(?:PH[ÓO]\s+)?"
    r"(?:CHỦ\s+TỊCH|TỔNG\s+GIÁM\s+ĐỐC|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG"
    r"|BÍ\s+THƯ|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|HIỆU\s+TRƯỞNG|VIỆN\s+TRƯỞNG)"
    r"(?:\s+THƯỜNG\s+TRỰC)?)(?![\w])"
)
# A province's leader by title right before "tỉnh" (folded, lower case): "Chủ tịch tỉnh Triệu Quang Hưng", "phó bí
# thư tỉnh Lê Văn An" name the person, by a full name of three or four syllables, not a province of that name.
LEADER_OF_PROVINCE = re.compile(r"\b(?:pho\s+)?(?:chu\s+tich|bi\s+thu)(?:\s+(?:ubnd|uy\s+ban\s+nhan\s+dan))?\s+$")
# Authorities after which the title is the principal's, not the signer's.
FOR_PRINCIPAL = frozenset({"TM", "KT", "TL", "TUQ"})
# "KT." (ký thay) is signed by the principal's deputy: "KT. GIÁM ĐỐC" by a Phó Giám đốc, "KT. BỘ TRƯỞNG" by a Thứ
# trưởng.
SIGNS_FOR_PRINCIPAL = "KT"
DEPUTY_TITLES = {"BỘ TRƯỞNG": "THỨ TRƯỞNG"}
# "TM. ỦY BAN NHÂN DÂN", "T.M. UBND": signed for the People's Committee.
FOR_COMMITTEE = re.compile(r"^T\.?M\.?\s*(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)")
# Upper-cased words of signature blocks and headers that are never a person's name
# ("PHÓ CHỦ TỊCH Lê Khắc Nam" joined on one line, "TỈNH BẠCH VÂN" of a repeated header).
SIGNATURE_WORDS = frozenset({
    "CHỦ", "TỊCH", "GIÁM", "ĐỐC", "PHÓ", "ỦY", "UỶ", "BAN", "NHÂN", "DÂN", "SỞ", "TM", "KT", "TL", "TUQ",
    "UBND", "HỘI", "ĐỒNG", "TRƯỞNG", "Q", "NƠI", "NHẬN", "LƯU", "THỦ", "TỈNH", "PHỐ", "HUYỆN", "QUẬN",
    "BÍ", "THƯ", "THƯỜNG", "TRỰC", "VỤ", "ĐẢNG", "BỘ",
    "NGƯỜI", "LẬP",  # a form's own signature labels: "NGƯỜI LẬP BIỂU", "NGƯỜI LẬP PHIẾU"
})
# Family names a signer's name opens with, where a scan reads the names of a signature table's columns as one line
# ("Trương Văn Hiếu Nguyễn Thị Hồng Lê Minh Khang"); those also given as a middle or a first name ("Hồng Mai",
# "Thu Hà") are weaker places to cut.
SURNAMES = frozenset("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Trịnh Đoàn
    Lương Tạ Tô Đào Lưu Quách Tôn Triệu Vương Chu Khúc Lại Nông Lục Hứa Thân Ninh Tăng Mạc Từ Diệp Kiều Lò Lư Âu
    Bế Hầu Tống Phùng Đàm Khổng Lã Nghiêm Trình Khương Doãn Vi Y""".split())
WEAK_SURNAMES = frozenset("Mai Hà Lâm Cao Kim Giang Châu Thái La Lạc Quan Thạch".split())
# A person's name in running text: a family name and one to three given names, each capitalised ("Nguyễn Thị Mai",
# "Trịnh Minh Khôi"); a weak family name ("Hà", "Lâm") opens place names as often, and is not read as one.
PERSON_NAME = re.compile(rf"\b(?:{'|'.join(sorted(SURNAMES))})(?: [{UPPER}][a-zà-ỹđ]+){{1,3}}\b")

# ---- Folded questions (appended for the answerer: assistant.scope, assistant.followup, index.retriever.PlanScope).
from index.normalize import fold_accents  # noqa: E402  (appended section; index.normalize imports no vocab)

# Type words and codes as a folded question writes them: "ke hoach" → "kh", "quyet dinh" → "qd".
FOLDED_DOC_TYPES: dict[str, str] = {fold_accents(word): fold_accents(code) for word, code in DOC_TYPES.items()}
# A document named in a folded question by its kind ("kế hoạch …", "KH …", "chiến lược …", "báo cáo …"): the words
# after it may be its title's.
FOLDED_DOCUMENT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({fold_accents(w).lower() for w in (*HEADER_TYPES, "Chiến lược", "Văn bản")}
                                | {"kh", "ctr", "qd", "nq"}, key=len, reverse=True)) + r")\b")
# The kind of the document at hand, as a folded question points at it: "thông báo kết luận này", "quyết định trên",
# "chương trình hành động này" (the kind, at most three words of its name, then "này"/"trên"; not "báo cáo năm
# nay", "hiện nay"). Not "kế hoạch": users call any plan document so. Group kind.
_POINTED_KINDS = sorted({fold_accents(w).lower() for w in HEADER_TYPES} - {"ke hoach"}, key=len, reverse=True)
POINTED_KIND = re.compile(rf"\b(?P<kind>{'|'.join(_POINTED_KINDS)})(?:\s+\w+){{0,3}}?\s+(?<!nam )(?<!hien )"
                          r"(?<!ngay )(?:nay|tren)\b")


# A folded question on when a text applies, or on what it replaces: "có hiệu lực từ khi nào", "áp dụng từ ngày
# nào", "bắt đầu áp dụng từ bao giờ"; "thay thế nghị quyết nào", "bãi bỏ văn bản nào", "… hết hiệu lực". Not a
# task's start ("nhiệm vụ này bắt đầu thực hiện khi nào"): only the text's own coming into force.
EFFECT_ASKED = re.compile(r"\b(?:hieu luc|ap dung (?:tu|ke tu) (?:ngay|khi|thoi diem|luc|bao gio)"
                          r"|bat dau (?:ap dung|co hieu luc)|bai bo"
                          r"|thay the (?:cho )?(?:nghi quyet|quyet dinh|van ban|ke hoach|quy che|quy dinh))\b")
REPLACEMENT_ASKED = re.compile(r"\b(?:thay the|bai bo|het hieu luc)\b")
IN_FORCE_ASKED = re.compile(r"\b(?:(?<!het )hieu luc|ap dung (?:tu|ke tu)|bat dau)\b")
# The clauses of a text's closing article that state it: "Nghị quyết này có hiệu lực thi hành từ ngày …", "Quyết
# định này có hiệu lực kể từ ngày ký"; "Nghị quyết số 09/2021/NQ-HĐND … hết hiệu lực kể từ …", "… bãi bỏ …".
IN_FORCE = re.compile(r"\bcó hiệu lực\b", re.IGNORECASE)
REPLACES = re.compile(r"\b(?:hết hiệu lực|bãi bỏ|thay thế)\b", re.IGNORECASE)
# The title of that article: "Điều 10. Hiệu lực thi hành", "Điều khoản thi hành", "Tổ chức thực hiện và hiệu lực".
EFFECT_ARTICLE = re.compile(r"\b(?:hiệu lực|điều khoản thi hành)\b", re.IGNORECASE)


# A folded question about a certified copy of the document ("bản sao y bản chính do cơ quan nào sao, ai ký"): the
# number, date and signer asked are the copy's, stated in its own block (``phrases.COPY_MARK``), not the document's.
# Not a dossier's copies ("nộp bản sao học bạ"): "bản sao" only of a document, or pointed at.
COPY_ASKED = re.compile(r"\b(?:sao y|sao luc|trich sao|ban sao (?:cua )?(?:van ban|thong bao|ke hoach|quyet dinh"
                        r"|cong van|nay|do))\b")


def pointed_kinds(folded: str) -> set[str]:
    """The kinds of document a folded question points at as the one at hand (``POINTED_KIND``), folded.

    >>> sorted(pointed_kinds("thong bao ket luan nay do ai ky"))
    ['thong bao']
    """
    return {m["kind"] for m in POINTED_KIND.finditer(folded)}


# A code may stand for its type before a number ("QĐ 647", "KH 70") only if it has no vowel,
# so it cannot be a word: "ĐA" folds to "da", which is also "đã".
_BARE_CODES = [code for code in FOLDED_DOC_TYPES.values() if not set(code) & set("aeiouy")]
_FOLDED_TYPE = "|".join(sorted([*FOLDED_DOC_TYPES, *_BARE_CODES], key=len, reverse=True))
# The coded tail of a number: "/kh-ubnd", " / kh", "/2024/kh-ubnd", "/qd-ttg", "/da-ubnd" (a code with a
# vowel needs its issuer), or the party form "-nq/tu", "-kh/tu". Not "/nam" ("2 lần/năm"), "/12".
_CODED_TAIL = (
    r"(?:\s*/\s*\d{4})?\s*/\s*(?:[bcdfghjklmnpqrstvwxz]+\b|[a-z]+(?=\s*[-–]\s*[a-z]))(?:\s*[-–]\s*[a-z]+)*"
    r"|\s*[-–]\s*[a-z]+\s*/\s*[a-z]+"
)
# A document named in a folded question by its number: a type word or bare code before the digits,
# a coded tail after them, or both; groups type, num, tail (the type code is the tail's first letters,
# else FOLDED_DOC_TYPES of the type word).
#   "ke hoach 70/kh-ubnd", "quyet dinh 647/qd-ubnd", "qd 647", "nghi quyet 06-nq/tu", "ke hoach so 153",
#   "kh 177", "70/kh-ubnd", "theo 177 / kh-ubnd", "12/2024/kh-ubnd", "chi thi so 37-ct/tw".
# Not a document: "2025", "ke hoach 2025" / "ke hoach 2021-2025" (a bare year), "30 nguoi", "co 70 luot",
# "2 lan/nam", "da 30 nguoi" ("đã"); "1770/kh" is 1770, never 70.
FOLDED_DOCUMENT_REFERENCE = re.compile(
    rf"(?:\b(?P<type>{_FOLDED_TYPE})\s*(?:so\b\s*)?:?\s*)?(?<![\d.,/])(?P<num>\d{{1,4}})(?!\d)(?P<tail>{_CODED_TAIL})?"
    r"(?(type)|(?(tail)|(?!)))(?(tail)|(?<!19\d\d)(?<!20\d\d))"
)
# What a folded question writes before a body it names as a document's author, not as a body asked to act:
# "văn bản nào của " (Bộ LĐTBXH), "kế hoạch 238/KH-UBND của " (UBND tỉnh Hải Dương), "quyết định số 46 của ", and
# a cited document's kind right before its author: "nghị quyết " (HĐND), "quyết định " (UBND tỉnh); not "kế
# hoạch Sở Y tế …" (the plan, whose bodies are asked of).
# The kinds of document a plan cites (folded): each is written by someone, none is the plan itself.
CITED_KINDS = ("nghi quyet", "quyet dinh", "chi thi", "thong tu", "nghi dinh", "cong van")
AUTHORED_BY = re.compile(rf"\b(?:{_FOLDED_TYPE}|van ban)\b[^?.;]{{0,50}}\bcua\s*$"
                         rf"|\b(?:{'|'.join(CITED_KINDS)})\s+$")
# ... and what it writes after a body that made a document: "(Ban Chỉ đạo được) UBND tỉnh lập theo quyết định nào",
# "(chỉ tiêu do) Sở Tài chính giao bằng văn bản nào".
AUTHORED_AFTER = re.compile(rf"^\s+(?:da\s+)?(?:thanh lap|lap|ban hanh|ky|phe duyet|giao)\b[^?.;]{{0,20}}"
                            rf"\b(?:theo|bang|tai)\s+(?:{_FOLDED_TYPE}|van ban)\b")
