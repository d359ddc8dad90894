"""Who, where and when a question may single out: beneficiary groups, areas (towns, countryside), training
levels, places below the province, the countries workers are sent to, the national programme or budget money comes
from, a month, the period of a report, the kind of document it asks a plan to cite, and a numbered part ("Biểu số
03", "khu vực II").

A question restricted to a group ("ngày hội việc làm dành riêng cho người
khuyết tật") or a place ("ngân sách huyện Cẩm Đường") is answered only by
text that names that group or place; a passage about job fairs in general
does not answer it. The answerer reads these qualifiers from the question
and checks them against what it quotes.
"""

from __future__ import annotations

import re

from index.normalize import canonical, fold_accents
from index.vocab.abbreviations import read_in_full
from index.vocab.dates import FIGURE_NOT_YEAR
from index.vocab.markers import UPPER

# Groups a plan may target, each with the folded words that name it ("người khuyết tật", "phụ nữ"), the words a
# plan uses for the group as well as those a citizen does: a plan "cho lao động nghề cá, lao động khai thác hải sản"
# is about fishers ("ngư dân"); one "cho người DTTS" about ethnic minorities. A word spelled with its marks folds to
# another word too ("nghề cá", "nghề cả giai đoạn"): a question names it typed so, or typed with no marks.
GROUPS: dict[str, tuple[str, ...]] = {
    "người khuyết tật": ("khuyet tat", "nkt"),
    # "tỷ lệ nữ", "nữ chiếm bao nhiêu", "trong đó nữ": the women's share, whatever noun it counts; a list's count
    # ("Cộng nghề May (6 người, nữ 5 người)") and its column ("Năm sinh Nữ") say "nữ" alone
    "phụ nữ": ("phu nu", "lao dong nu", "hoc vien nu", "hoc sinh nu", "sinh vien nu", "nu gioi", "lao dong la nu",
               "ty le nu", "nu chiem", "trong do nu", "so nu", "nu"),
    "đồng bào dân tộc thiểu số": ("dan toc thieu so", "dong bao dan toc", "dtts"),
    "bộ đội xuất ngũ": ("xuat ngu", "hoan thanh nghia vu quan su"),
    # the poor and the near-poor are two groups: a regulation sets each its own rate ("0,33%/tháng đối với người học
    # thuộc hộ nghèo", "0,45%/tháng đối với người học thuộc hộ cận nghèo"); a plan naming both names each
    "hộ nghèo": ("ho ngheo", "nguoi ngheo"),
    "hộ cận nghèo": ("can ngheo",),
    "người cao tuổi": ("cao tuoi",),
    "người sau cai nghiện": ("cai nghien",),
    "người chấp hành xong án phạt tù": ("an phat tu", "pham nhan"),
    "người bị thu hồi đất": ("thu hoi dat",),
    "lao động di cư": ("di cu",),
    # fishers: the trade ("nghề cá"), the catch at sea ("khai thác / đánh bắt hải sản, thủy sản"), the boats' crews
    "ngư dân": ("ngu dan", "nghề cá", "khai thac hai san", "danh bat hai san", "khai thac thuy san",
                "danh bat thuy san", "tau ca"),
    "thanh niên": ("thanh nien",),
    # school leavers a plan draws into vocational training ("thu hút học sinh tốt nghiệp THCS và THPT vào học nghề"):
    # a share of workers trained is none of theirs
    # ("học xong lớp 9", as people say it)
    "học sinh tốt nghiệp THCS": ("tot nghiep thcs", "tot nghiep trung hoc co so", "sau thcs", "sau trung hoc co so",
                                 "xong lop 9", "het lop 9", "tot nghiep lop 9"),
    "học sinh tốt nghiệp THPT": ("tot nghiep thpt", "tot nghiep trung hoc pho thong", "sau thpt",
                                 "sau trung hoc pho thong", "xong lop 12", "het lop 12", "tot nghiep lop 12"),
}
# Areas an indicator is counted for ("tỷ lệ thất nghiệp khu vực thành thị", "lao động nông thôn"): a figure for
# the towns does not answer for the countryside, nor one for all areas.
AREAS: dict[str, tuple[str, ...]] = {
    "nông thôn": ("nong thon",),
    "thành thị": ("thanh thi",),
}
# Training levels a question may single out ("chỉ tiêu trình độ đại học", "riêng hệ trung cấp"): a figure for
# all levels, or for another one, does not answer it.
LEVELS: dict[str, tuple[str, ...]] = {
    "đại học": ("dai hoc",),
    "cao đẳng": ("cao dang",),
    "trung cấp": ("trung cap",),
    "sơ cấp": ("so cap",),
    "đào tạo dưới 3 tháng": ("duoi 3 thang", "duoi 03 thang", "duoi ba thang"),
}
# Countries workers are sent to ("bao nhiêu lao động sang Hàn Quốc"): a figure for all who work abroad does not
# answer for one market. Names of two syllables or more only: a folded "Đức" is also the "dục" of "giáo dục".
MARKETS: dict[str, tuple[str, ...]] = {
    # the country's short name after going there or its market ("sang Nhật", "thị trường Hàn"), never alone: a folded
    # "nhat" is also the "nhất" of "ít nhất", a folded "han" the "hạn" of "thời hạn"
    "Hàn Quốc": ("han quoc", "sang han", "di han", "thi truong han"),
    "Nhật Bản": ("nhat ban", "sang nhat", "di nhat", "thi truong nhat"),
    "Đài Loan": ("dai loan", "dai bac"),
    "Trung Quốc": ("trung quoc",),
    "Cộng hòa Liên bang Đức": ("lien bang duc", "cong hoa duc"),
    "Ô-xtrây-li-a": ("australia", "o-xtray-li-a"),
    "Ma-lai-xi-a": ("malaysia", "ma-lai-xi-a"),
}
# The period of a report a question asks of ("báo cáo 6 tháng đầu năm", "sơ kết 6 tháng", "báo cáo hằng quý"), each
# with the folded words a text names it by: a plan's yearly report ("trước ngày 05/12") does not answer for it.
REPORT_PERIODS: dict[str, tuple[str, ...]] = {
    "6 tháng": ("6 thang", "06 thang", "sau thang"),
    "hằng quý": ("hang quy", "moi quy", "quy mot lan", "cuoi quy", "thang cuoi quy"),
}
_REPORT_ASKED = {
    "6 thang": re.compile(r"\b(?:bao cao|so ket)\b[^.?;]{0,30}?\b(?:0?6|sau) thang\b|\b(?:0?6|sau) thang dau nam\b"),
    "hang quy": re.compile(r"\bbao cao\b[^.?;]{0,30}?\b(?:hang|moi) quy\b|\bbao cao quy\b"),
}
# Kinds of document a question asks a plan to name ("căn cứ Nghị định số mấy", "thực hiện Thông tư nào", "Nghị quyết
# gì"): only a text citing one of that kind answers it; a plan resting on decisions alone cites no decree.
CITED_KINDS: dict[str, tuple[str, ...]] = {
    "nghị định": ("nghi dinh",),
    "thông tư": ("thong tu",),
    "luật": ("luat",),
    "nghị quyết": ("nghi quyet",),
    "chỉ thị": ("chi thi",),
    "kết luận": ("ket luan",),
}
_KIND_WORDS = tuple(w for words in CITED_KINDS.values() for w in words)
_KIND_WORD = "|".join(_KIND_WORDS)
_ANY_KIND = re.compile(rf"\b(?:{_KIND_WORD})\b")
_AND = r"\s*(?:,|va|hoac)\s*"  # "nghị quyết, quyết định nào", "của Quốc hội, Chính phủ và Thủ tướng"
_KIND_ASKED = re.compile(rf"\b((?:{_KIND_WORD})(?:{_AND}(?:{_KIND_WORD}))*)\s+(?:so\s+)?(?:nao|gi|may|bao nhieu)\b")
# Who issued the document a question asks a plan to cite ("Nghị quyết số mấy của Ban Thường vụ Tỉnh ủy", "văn bản
# nào của Thủ tướng"), each with the folded words and number codes a citation names it by: a plan citing the
# People's Council's resolution ("Nghị quyết số 27/NQ-HĐND … của Hội đồng nhân dân tỉnh") cites none of the party
# committee's. Asked so, any document word is a kind ("văn bản", "quyết định", "kế hoạch"); "văn bản" is any kind.
CITING_ISSUERS: dict[str, tuple[str, ...]] = {
    "ban thuong vu tinh uy": ("ban thuong vu tinh uy", "btv tinh uy", "/tu"),
    "tinh uy": ("tinh uy", "/tu"),
    "thanh uy": ("thanh uy", "/tu"),
    "hoi dong nhan dan": ("hoi dong nhan dan", "hdnd"),
    "uy ban nhan dan": ("uy ban nhan dan", "ubnd"),
    "chinh phu": ("chinh phu", "-cp", "-ttg"),
    "thu tuong": ("thu tuong", "-ttg"),
    "bo chinh tri": ("bo chinh tri", "/tw"),
    "ban bi thu": ("ban bi thu", "/tw"),
    "ban chap hanh trung uong": ("ban chap hanh trung uong", "/tw"),
    "quoc hoi": ("quoc hoi", "/qh"),
}
_DOCUMENT_WORDS = ("van ban", "quyet dinh", "ke hoach", "chuong trinh", "de an", "chien luoc", "cong van",
                   *_KIND_WORDS)
_ISSUER_WORDS = sorted((w for names in CITING_ISSUERS.values() for w in names if w[0].isalpha()), key=len,
                       reverse=True)
_DOCUMENT_WORD = "|".join(_DOCUMENT_WORDS)
_ISSUER_WORD = "|".join(_ISSUER_WORDS)
_ANY_DOCUMENT = re.compile(rf"\b({_DOCUMENT_WORD})\b")
_ANY_ISSUER = re.compile(rf"\b(?:{_ISSUER_WORD})\b")
_ISSUER_ASKED = re.compile(
    rf"\b((?:{_DOCUMENT_WORD})(?:{_AND}(?:{_DOCUMENT_WORD}))*)\s+(?:so\s+)?(?:nao|gi|may|bao nhieu)\s+(?:cua|do)\s+"
    rf"((?:{_ISSUER_WORD})\b(?:{_AND}(?:{_ISSUER_WORD})\b)*)")
_CITED_BY = "@"  # "nghi quyet@ban thuong vu tinh uy": a kind of document cited, and its issuer
_CITATION_END = re.compile(r"[;\n]|\b(?:can cu|thuc hien)\b")
# The national target programmes money is drawn from ("lồng ghép Chương trình mục tiêu quốc gia giảm nghèo bền
# vững"): a sum from one programme does not answer for another.
PROGRAMMES: dict[str, tuple[str, ...]] = {
    "giảm nghèo bền vững": ("giam ngheo",),
    # ("nông thôn mỗi năm", every year, folds alike: typed with marks it must be typed so)
    "xây dựng nông thôn mới": ("nong thon moi", "nông thôn mới"),
}
# The budget a sum comes from ("năm 2029 ngân sách tỉnh bố trí bao nhiêu", "ngân sách cấp xã góp bao nhiêu"): a
# year's total, or another budget's share, does not answer for it. A city's own budget is "ngân sách thành phố".
# A level of government named as the one who pays ("trong đó tỉnh bỏ ra bao nhiêu", "trung ương cấp bao nhiêu",
# "cấp huyện góp bao nhiêu") asks for its budget's share as "ngân sách tỉnh …" does; "tỉnh hỗ trợ" (a policy) and
# "tỉnh chỉ đạo" are not paying.
PAYING = r"(?:bo ra|chi ra|bo tien|chi tien|dong gop|gop|(?:chi|cap|bo)(?= (?:bao nhieu|bn|may)\b))"


def _paying(level: str) -> str:
    """The folded pattern of a budget level named as the payer: "tinh" before "bỏ ra", "góp"…"""
    return rf"(?:cap )?{level}(?= {PAYING}\b)"


BUDGETS: dict[str, tuple[str, ...]] = {
    "ngân sách trung ương": ("ngan sach trung uong", "ngan sach cap trung uong", "nstw", _paying("trung uong")),
    "ngân sách tỉnh": ("ngan sach tinh", "ngan sach cap tinh", "ngan sach thanh pho", _paying("(?:tinh|thanh pho)")),
    "ngân sách huyện": ("ngan sach huyen", "ngan sach cap huyen", _paying("huyen")),
    "ngân sách xã": ("ngan sach xa", "ngan sach cap xa", _paying("xa")),
    "xã hội hóa": ("xa hoi hoa",),
}
# The trained workers holding a diploma or certificate: every plan sets "tỷ lệ lao động qua đào tạo" and, beside it,
# "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"; a rate asked without the words is the other one.
CREDENTIALS: dict[str, tuple[str, ...]] = {
    "có bằng cấp, chứng chỉ": ("bang cap", "van bang", "chung chi"),
}
_QUALIFIERS = GROUPS | AREAS | LEVELS | MARKETS | PROGRAMMES | BUDGETS | CREDENTIALS
_LEVEL_WORDS = {words[0] for words in LEVELS.values()}
_SCHOOLS_OF = "truong "  # a level's qualifier asked of its schools: "truong cao dang"
_GROUP_WORDS = {key: re.compile(r"\b(?:" + "|".join(map(fold_accents, words)) + r")\b")
                for key, words in _QUALIFIERS.items()}
_MARKED_WORDS = {w for words in _QUALIFIERS.values() for w in words if w != fold_accents(w)}


def _typed_so(folded: str, typed: str) -> str:
    """The folded text less the marked words (``_MARKED_WORDS``) the question typed with other marks: "nghề cả
    giai đoạn" names no fishers; "nghề cá", "nghe ca" do."""
    for word in _MARKED_WORDS:
        if word not in typed and not re.search(rf"\b{re.escape(fold_accents(word))}\b", typed):
            folded = re.sub(rf"\b{re.escape(fold_accents(word))}\b", " ", folded)
    return folded

# A place below the province, with its name capitalised: "huyện Cẩm Đường", "thi xa Son Tay", "KCN Phú Thạch",
# "huyện đảo Bạch Long Vĩ".
# Unaccented "quan"/"xa"/"phuong" are left out: they are also "cơ quan", "xã hội", "địa phương".
PLACE = re.compile(
    r"(?<!\w)(?:(?:[Hh]uyện|[Hh]uyen|[Xx]ã)(?:\s+(?:đảo|dao))?|[Qq]uận|[Tt]hị xã|[Tt]hi xa|[Pp]hường|[Tt]hị trấn"
    r"|[Tt]hi tran|[Kk]hu công nghiệp|[Kk]hu cong nghiep|KCN)"  # an island district or commune: "xã đảo Hòn Nhạn"
    rf"\s+(?P<name>[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}})"
)


# A numbered part of a document or a numbered unit a question singles out, folded: "Biểu số 03", "Biểu mẫu 2",
# "Phụ lục II", "Mẫu số 01", "Trung tâm GDNN-GDTX khu vực III". Only a text naming that part, by that number, answers
# it: "khu vực II" is not "khu vực III", and a "Biểu số 03" the plan never has is not its "Biểu số 01".
_PART_NOUNS = {"bieu": "bieu", "bieu mau": "bieu", "phu luc": "phu luc", "khu vuc": "khu vuc", "mau": "mau"}
_PART_NUMBER = r"(?:0*[1-9]\d?|[ivx]{1,5})"
NUMBERED_PART = re.compile(rf"\b(?P<noun>bieu mau|bieu|phu luc|khu vuc|mau)\s+(?:so\s+)?(?P<number>{_PART_NUMBER})\b",
                           re.IGNORECASE)
_PART_KEY = "#"  # "bieu#3": a numbered part, its noun and its number


def numbered_parts(question: str) -> frozenset[str]:
    """The numbered parts a question singles out, as keys ``names_qualifier`` reads.

    >>> sorted(numbered_parts("Biểu số 03 do ai lập? Còn Trung tâm GDNN-GDTX khu vực II?"))
    ['bieu#3', 'khu vuc#ii']
    """
    found = NUMBERED_PART.finditer(fold_accents(question))
    return frozenset(_part_key(m.group("noun"), m.group("number")) for m in found)


def _part_key(noun: str, number: str) -> str:
    number = number.lower()
    return f"{_PART_NOUNS[noun.lower()]}{_PART_KEY}{int(number) if number.isdigit() else number}"


def _names_part(key: str, folded: str) -> bool:
    """Whether a folded text names a numbered part, alone or in a list of its kind ("khu vực I, II và III")."""
    noun, number = key.split(_PART_KEY)
    nouns = "|".join(n for n, canonical_noun in _PART_NOUNS.items() if canonical_noun == noun)
    listed = rf"(?:{_PART_NUMBER}\s*(?:,|va|-)\s*)*"
    wanted = rf"0*{number}" if number.isdigit() else number
    return bool(re.search(rf"\b(?:{nouns})\s+(?:so\s+)?{listed}{wanted}\b", folded, re.IGNORECASE))


def named_places(question: str) -> dict[str, str]:
    """The places below the province a question singles out: folded name → as typed
    ("huyện Cẩm Đường" → {"cam duong": "huyện Cẩm Đường"}). A place is named by the first two syllables
    of its name: "quận Ba Đình Hà Nội" is "quận Ba Đình"."""
    return {place_key(m.group("name")): question[m.start():m.start("name")] + " ".join(m.group("name").split()[:2])
            for m in PLACE.finditer(question)}


# A name the question quotes after the kind of thing it names ("Hội thi “Phụ nữ giỏi nghề”", 'chương trình "Nghề
# hay - Việc tốt"'), capitalised, of two to ten words: a contest, programme or model the plan must name as written
# for the question to be about it. Words quoted in lower case, or not after such a kind, are the asker's own ("có
# "bao đậu" không", "đầu tư "thiết bị cho 04 nghề""), no name.
_NAMED_KIND = (r"(?i:hội thi|cuộc thi|hội giảng|giải thưởng|giải|chương trình|mô hình|phong trào|đề án|dự án|"
               r"câu lạc bộ|ngày hội|diễn đàn|chuyên mục|chiến dịch|tuần lễ|tháng|sàn|ứng dụng|app|cổng)")
_QUOTED = re.compile(rf"\b{_NAMED_KIND}\s*[“\"'‘]\s*(?P<name>[{UPPER}][^“”\"'‘’?]{{2,120}}?)\s*[”\"'’]")
_QUOTED_WORDS = (2, 10)


def quoted_names(question: str) -> dict[str, str]:
    """The names a question quotes, folded → as typed ("Phụ nữ giỏi nghề" → {"phu nu gioi nghe": …})."""
    found = {}
    for m in _QUOTED.finditer(canonical(question)):
        name = " ".join(m.group("name").split())
        if _QUOTED_WORDS[0] <= len(name.split()) <= _QUOTED_WORDS[1]:
            found[" ".join(re.findall(r"\w+", fold_accents(name)))] = name
    return found


def place_key(name: str) -> str:
    """A place's name as ``named_places`` keys it: its first two syllables, folded ("Tân Phong" → "tan phong")."""
    return fold_accents(" ".join(name.split()[:2]))


# The asker's own school named by its kind ("trường trung cấp của tôi", "trường cao đẳng chúng em"), or a school
# named by its name ("trường trung cấp kinh tế kỹ thuật Tây Lĩnh", as typed in lower case; "trường CĐ KTCN Hoàng
# Phúc", its kind shortened): which school, not the training level asked ("Đề án sắp xếp các trường trung cấp",
# "các trường trung cấp công lập được hỗ trợ gì" are about that level's schools).
_SCHOOL_KIND = re.compile(
    r"\btruong (?:trung cap|cao dang|dai hoc|so cap|cd|tc|dh)(?= (?:cua )?(?:toi|em|minh|chung (?:toi|em|minh))\b"
    r"| (?!(?:cong lap|tu thuc|va|hoac|nao|gi|duoc|dc|co|phai|tren|cua|o|tai|thuoc|trong|dat|chat luong|la|thi|se"
    r"|da|can|nhan|voi|cho|theo|do|nay|ay|tham gia|trong diem|ngoai cong lap|bao|may|moi|cac|nhung|khac|tu|den|de"
    r"|nhu|sau|truoc|hien|con|deu|cung|thi)\b)[a-z]+\b)",
    re.IGNORECASE)


# What a question leaves out of the figure asked ("sơ cấp (không tính các lớp dưới 3 tháng)", "không kể lao động
# đi làm việc ở nước ngoài", "ngoại trừ hộ nghèo"), folded, to the end of its clause: a figure for a row that names
# it counts it in, and answers another question. Not a bare "trừ": folded, it is also "cư trú", "dự trù".
# … and what it counts in beside the part a plan singles out ("tỷ lệ lao động qua đào tạo nói chung, kể cả không có
# bằng cấp, chứng chỉ"): the figure "có bằng cấp, chứng chỉ" counts that part alone, as narrow as the other counts wide
# (the part named over a comma: "kể cả không có bằng cấp, chứng chỉ")
_EXCLUDED = re.compile(r"\b(?:(?:khong tinh|khong ke|khong bao gom|ngoai tru)\s+(?P<what>[^,.;:)?]+)|(?:ke ca|tinh ca|"
                       r"bao gom ca)(?: nguoi| lao dong)? (?:khong|chua) (?:co|duoc cap)\s+(?P<without>[^.;:)?]+))")


def excluded_qualifiers(question: str) -> frozenset[str]:
    """The groups, levels, areas, markets and programmes a question leaves out of what it asks (``_EXCLUDED``).

    >>> sorted(excluded_qualifiers("Chỉ tiêu sơ cấp (không tính các lớp dưới 3 tháng) là bao nhiêu?"))
    ['duoi 3 thang']
    """
    folded = fold_accents(question).lower()
    spans = [m.group("what") or m.group("without") for m in _EXCLUDED.finditer(folded)]
    spans += [_CREDENTIAL_WORDS] if _GENERAL_TRAINED.search(folded) else []
    return frozenset(words[0] for key, words in _QUALIFIERS.items() for span in spans if _GROUP_WORDS[key].search(span))


# "tỷ lệ lao động qua đào tạo nói chung": the general rate, of which plans set the credentialled one apart ("… có
# bằng cấp, chứng chỉ"); that one counts a part alone.
_GENERAL_TRAINED = re.compile(r"\bqua dao tao noi chung\b")
_CREDENTIAL_WORDS = "bang cap, chung chi"


def named_qualifiers(question: str, bodies: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """The groups, levels, places, markets, months, report periods and kinds of document asked a question singles
    out, as folded words to look for. ``bodies``: the spans of the bodies the question names, whose words name no
    group or level asked ("Ban Công tác Phụ nữ phải làm gì?" singles out no women, "Trường Cao đẳng Kỹ thuật …"
    no level); a place in a body's name is still one ("UBND huyện Cẩm Đường").

    >>> sorted(named_qualifiers("Ai tổ chức hội chợ việc làm cho người khuyết tật ở huyện Cẩm Đường?"))
    ['cam duong', 'khuyet tat']
    """
    folded = _SCHOOL_KIND.sub("truong", fold_accents(question))
    # neither a body's name nor what the question leaves out ("không tính các lớp dưới 3 tháng") is asked
    left_out = [m.span() for m in _EXCLUDED.finditer(folded.lower())]
    outside = "".join(" " if any(start <= i < end for start, end in (*bodies, *left_out)) else c
                      for i, c in enumerate(folded))
    # "trình độ CĐ", "LĐNT" single out a level, an area as the words do
    outside = _typed_so(outside, canonical(question).lower())
    groups = {words[0] for key, words in _QUALIFIERS.items() if _GROUP_WORDS[key].search(read_in_full(outside))}
    # "những trường cao đẳng nào …": the schools of a level, which a school's name of that level names
    groups = {_SCHOOLS_OF + g if re.search(rf"\btruong {g}\b", read_in_full(outside)) and g in _LEVEL_WORDS else g
              for g in groups}
    months = {f"thang {int(m['m'])}" for m in _MONTH.finditer(folded) if not _ISSUED.search(folded, 0, m.start())
              and not (_SPAN_FROM.search(folded, 0, m.start()) and _SPAN_TO.match(folded, m.end()))}
    # every kind listed by every issuer listed ("những nghị quyết, quyết định nào của Quốc hội, Chính phủ")
    cited = {f"{kind}{_CITED_BY}{_issuer(issuer)}" for m in _ISSUER_ASKED.finditer(folded)
             for kind in _ANY_DOCUMENT.findall(m.group(1)) for issuer in _ANY_ISSUER.findall(m.group(2))}
    kinds = {kind for m in _KIND_ASKED.finditer(folded) for kind in _ANY_KIND.findall(m.group(1))}
    kinds = kinds - {c.split(_CITED_BY)[0] for c in cited} | cited
    periods = {period for period, asked in _REPORT_ASKED.items() if asked.search(folded)}
    return frozenset(groups | months | kinds | periods | set(named_places(question)) | numbered_parts(question))


# A month a question singles out ("phiên giao dịch tháng 8 năm 2026", "việc phải xong trong tháng 9/2025"), folded;
# not the month of a day's date ("ngày 15 tháng 12"): only a text naming that month answers it ("Tháng 08/2026").
_MONTH = re.compile(r"(?<![\d/] )(?<!ngay )\bthang\s+0?(?P<m>1[0-2]|[1-9])(?![\d])")
# A day of a month in a text ("trước ngày 18/9/2026", "ngày 18 tháng 9"): it names that month ("phiên tháng 9"); not a
# count of months ("18 tháng"), a year ("2025/2026") or a quarter ("Quý II/2026").
_DAY_OF_MONTH = re.compile(r"(?<![\d/.,])(?:[1-9]|[0-2]\d|3[01])(?:\s*/\s*|\s+thang\s+)0?(?P<m>1[0-2]|[1-9])(?![\d.,])")
# What folded text writes before the month a document was issued or signed in ("Kế hoạch … mà UBND Hà Nội ban hành
# tháng 7/2025", "ký vào tháng 3"): that month names the plan asked of, not a month its facts are of.
_ISSUED = re.compile(r"\b(?:ban hanh|ky|phat hanh)(?:\s+(?:vao|tu|trong))?\s*$")
# A month that opens a span ("từ tháng 7 tới cuối năm", "từ tháng 3 đến tháng 5"): a stretch of the year, which a
# text names otherwise ("6 tháng cuối năm"), not one month singled out.
_SPAN_FROM = re.compile(r"\btu\s*$")
_SPAN_TO = re.compile(r"(?:\s*/\s*\d{2,4})?[^?.;]{0,12}?\s(?:den|toi)\b|\s*[-–]\s*(?:thang\s+)?\d")


# A school's proper name holding a level ("Trường Trung cấp Kinh tế - Kỹ thuật Phú An", "Trường Cao đẳng nghề Hải
# Dương", "Trường CĐ Y tế": a capital after it): it names the school, not the level ("chỉ tiêu trình độ trung cấp" is
# not answered by that school's inspection date); "9 trường Cao đẳng (6 công lập …)" names the level.
_SCHOOL_NAME = re.compile(rf"\b[Tt]rường (?:Trung cấp|Cao đẳng|Đại học|Sơ cấp|CĐ|TC|ĐH)(?= (?:nghề )?[{UPPER}])")


def names_qualifier(qualifier: str, text: str) -> bool:
    """Whether a text names a qualifier (a group by any of its words or abbreviation, "trường CĐ chất lượng cao"
    the level; a month, a place by its name); a level in a school's name ("Trường CĐ Kỹ thuật …") names none, but
    the schools of that level asked of ("trường cao đẳng nào") it does."""
    if qualifier.startswith(_SCHOOLS_OF):
        level = qualifier.removeprefix(_SCHOOLS_OF)
        return names_qualifier(level, text) or bool(re.search(rf"\btruong {level}\b",
                                                             read_in_full(fold_accents(text)).lower()))
    folded = read_in_full(fold_accents(_SCHOOL_NAME.sub("trường", text)))
    if _PART_KEY in qualifier:
        return _names_part(qualifier, fold_accents(text))
    if _CITED_BY in qualifier:
        return _cites(folded, *qualifier.split(_CITED_BY))
    if qualifier.startswith("thang "):
        months = (*_MONTH.finditer(folded), *_DAY_OF_MONTH.finditer(folded))
        return any(int(m["m"]) == int(qualifier.split()[1]) for m in months)
    group = next((words for words in (*_QUALIFIERS.values(), *REPORT_PERIODS.values()) if words[0] == qualifier), None)
    words = group or (qualifier,)
    return any(re.search(rf"\b{re.escape(fold_accents(w))}\b", folded) for w in words)


# The nouns a list question asks groups of people by, folded ("những nhóm người nào", "những đối tượng nào", "lao
# động nào được ưu tiên"): the groups named in a line are its items.
_PEOPLE_LISTED = ("nhom", "doi tuong", "nguoi", "lao dong", "hoc vien", "thanh phan")


def asks_groups(listed: tuple[str, ...]) -> bool:
    """Whether a list question's noun (``questions.listed_noun``, folded words) asks groups of people."""
    return " ".join(listed).startswith(_PEOPLE_LISTED)


def groups_named(text: str) -> frozenset[str]:
    """The groups of people a text names (``GROUPS``): "… đối tượng chính sách, người có công, hộ nghèo, người dân
    tộc thiểu số, người khuyết tật" names three."""
    folded = read_in_full(fold_accents(text)).lower()
    return frozenset(key for key in GROUPS if _GROUP_WORDS[key].search(folded))


_LEVEL_OF = {spellings[0]: spellings for spellings in LEVELS.values()}  # a level's folded name → its spellings
_LEVEL_SPELLINGS = "|".join(re.escape(spelling) for spellings in LEVELS.values() for spelling in spellings)
# Levels named together as one group: "cao đẳng, trung cấp", "trình độ cao đẳng và trung cấp" (folded).
_JOINT_LEVELS = re.compile(rf"\b(?:{_LEVEL_SPELLINGS})(?:\s*(?:,|/|\bva\b|\bhoac\b)\s*(?:trinh do\s+)?"
                           rf"(?:{_LEVEL_SPELLINGS})\b)+")


def names_level_only_with_others(qualifier: str, text: str, asked: frozenset[str]) -> bool:
    """Whether a text names the level asked only inside a group of levels one of which is not asked: "trong đó
    trình độ cao đẳng, trung cấp chiếm khoảng 19%" gives no figure of "cao đẳng" alone (the group's share), where a
    row "Trình độ cao đẳng | … | 3 150" does; "cao đẳng và trung cấp" both asked is the group asked."""
    words = _LEVEL_OF.get(qualifier)
    if not words:
        return False
    folded = read_in_full(fold_accents(text)).lower()
    runs = list(_JOINT_LEVELS.finditer(folded))  # (scored per unit: the common case, no group, ends here)
    if not runs:
        return False
    unasked = [w for ws in LEVELS.values() if ws[0] not in asked for w in ws]
    joint = [m.span() for m in runs if any(re.search(rf"\b{re.escape(w)}\b", m.group()) for w in unasked)]
    own = [m.span() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", folded)]
    return bool(own) and all(any(a <= start and end <= b for a, b in joint) for start, end in own)


def is_document_kind(qualifier: str) -> bool:
    """Whether a qualifier is a kind of document asked ("luat", "nghi quyet@chinh phu"), not a group or a place."""
    kind, _, issuer = qualifier.partition(_CITED_BY)
    return kind in _KIND_WORDS or bool(issuer) and kind in _DOCUMENT_WORDS


def cites_kind_first(qualifier: str, text: str) -> bool | None:
    """For a kind of document asked ("luat", "nghi dinh@chinh phu"): whether a line of a legal basis cites one of
    that kind as its first document ("Căn cứ Luật Giáo dục nghề nghiệp …"; not "Căn cứ Nghị định số 15/2019/NĐ-CP
    quy định chi tiết … Luật Giáo dục nghề nghiệp", a decree); None when the qualifier is no kind of document."""
    if not is_document_kind(qualifier):
        return None
    kind, _, issuer = qualifier.partition(_CITED_BY)
    folded = fold_accents(text).lower()
    first = _ANY_DOCUMENT.search(folded)
    if not first or kind != "van ban" and first.group(1) != kind:
        return False
    return not issuer or _cites(folded[first.start():], kind, issuer)


def _issuer(words: str) -> str:
    """The issuer a question's words name ("btv tinh uy" → "ban thuong vu tinh uy")."""
    return next(key for key, names in CITING_ISSUERS.items() if words in names)


def _cites(folded: str, kind: str, issuer: str) -> bool:
    """Whether a folded text cites a document of ``kind`` ("van ban": any) issued by ``issuer``, the issuer named
    in the citation itself (up to its ";" or the next one)."""
    kinds = _DOCUMENT_WORDS if kind == "van ban" else (kind,)
    for m in re.finditer(rf"\b(?:{'|'.join(kinds)})\b", folded):
        rest = folded[m.end():m.end() + 200]
        end = _CITATION_END.search(rest)
        citation = rest[:end.start()] if end else rest
        if any(name in citation if not name[0].isalpha() else re.search(rf"\b{name}\b", citation)
               for name in CITING_ISSUERS[issuer]):
            return True
    return False


# The bound a figure asked is ("vay tối đa bao nhiêu", "ít nhất mấy phiên"), and the words that bound a figure so,
# folded: a figure the plan bounds the other way ("tối thiểu 25 tỷ đồng mỗi năm" for "tối đa bao nhiêu") answers
# another question.
BOUNDS: dict[str, tuple[str, ...]] = {
    "max": ("toi da", "cao nhat", "nhieu nhat", "khong qua", "khong vuot qua", "muc tran"),
    "min": ("toi thieu", "it nhat", "thap nhat", "khong duoi", "khong it hon"),
}
_BOUND_WORDS = {bound: re.compile(rf"\b(?:{'|'.join(words)})\b") for bound, words in BOUNDS.items()}
_OPPOSITE = {"max": "min", "min": "max"}


def asked_bound(folded: str) -> str:
    """The bound a folded question asks of its figure, "max" or "min", "" for none or both."""
    asked = [bound for bound, words in _BOUND_WORDS.items() if words.search(folded)]
    return asked[0] if len(asked) == 1 else ""


def bounded_otherwise(text: str, bound: str) -> bool:
    """Whether every figure of a text is bounded the other way than ``bound`` ("tối thiểu 25 tỷ đồng" for "max"): a
    text with a figure stated plainly, or bounded as asked, may answer."""
    folded = fold_accents(text).lower()
    figures = list(FIGURE_NOT_YEAR.finditer(folded))
    opposite = _BOUND_WORDS[_OPPOSITE[bound]] if bound else None
    return bool(figures) and opposite is not None and all(
        opposite.search(folded[max(0, m.start() - 25):m.start()]) for m in figures)
