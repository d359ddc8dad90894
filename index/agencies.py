"""Agency names of Vietnamese administrative plans: canonical forms and aliases.

Plans spell one body many ways ("Sở LĐTBXH", "Sở LĐ-TB&XH", "Sở Lao động
Thương binh và Xã hội", "phòng LĐVL", "Phòng Lao động việc làm"), add the
territory ("… thành phố Hà Nội", "… – Chi nhánh Hải Phòng") and group bodies
("UBND các quận, huyện và thị xã"). Questions, the register and exports must
agree on one name per body, so every spelling goes through
`canonical_agency`. The table below covers the standard provincial
departments, ministries, mass organisations, district/commune committees and
the usual units inside a Sở; a name it does not know is kept as written
(tidied), never guessed.

Matching works on an accent-folded copy of the text that keeps every
character's position (`fold_aligned`), so "so ldtbxh" typed without diacritics finds
the same body as "Sở LĐTBXH". Pure functions; the patterns are compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.normalize import canonical, fold_accents
from index.vocab.abbreviations import read_in_full
from index.vocab.documents import SCHOOL_LEVELS
from index.vocab.markers import BULLET, UPPER
from index.vocab.phrases import PARTY_LABEL

__all__ = [
    "AGENCIES",
    "Agency",
    "AgencyMention",
    "SUCCESSORS",
    "agency_key",
    "canonical_agency",
    "find_agencies",
    "find_agency_mentions",
    "fold_aligned",
    "known_name_end",
    "looks_like_agency",
    "match_agency_at",
    "name_end",
    "parse_agency_list",
    "same_agency",
    "split_agencies",
    "territory_end",
]


@dataclass(frozen=True)
class Agency:
    name: str  # canonical spelling
    aliases: tuple[str, ...] = ()
    # Aliases that are also common nouns ("bảo hiểm xã hội") only count in
    # accented text when written with the capital of a name.
    strict_case: bool = False


def _sở(field: str, *aliases: str) -> Agency:
    return Agency(f"Sở {field}", tuple(f"Sở {a}" for a in aliases) + tuple(f"S{a}" for a in aliases if a.isupper()))


def _bộ(field: str, *aliases: str) -> Agency:
    return Agency(f"Bộ {field}", tuple(f"Bộ {a}" for a in aliases))


def _party_organs(*organs: str) -> list[Agency]:
    """The organs of a province's or a city's party committee: "Ban Tổ chức Tỉnh ủy", "Văn phòng Thành ủy"."""
    return [Agency(f"{organ} {committee}") for organ in organs for committee in ("Tỉnh ủy", "Thành ủy")]


def _party_groups(organ: str, body: str, *aliases: str) -> list[Agency]:
    """A party organ inside a state body, per level: "Ban cán sự đảng Ủy ban nhân dân tỉnh" ("… UBND tỉnh")."""
    return [Agency(f"{organ} {body} {level}", tuple(f"{organ} {a} {spelling}" for a in aliases
                                                    for spelling in (level, *({"thành phố": ("TP",)}.get(level, ())))))
            for level in ("tỉnh", "thành phố")]


# Each with its half-abbreviated spellings too ("Lao động - TB&XH", "Nông nghiệp và PTNT"): the first words written out.
_LDTBXH = ("LĐTBXH", "LĐ-TBXH", "LĐ-TB&XH", "Lao động Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Lao động - TBXH", "Lao động - TB&XH")  # noqa: E501 - a pattern reads best whole
_GDDT = ("GDĐT", "GD&ĐT", "GD-ĐT", "GD và ĐT", "Giáo dục - Đào tạo")
_KHDT = ("KHĐT", "KH&ĐT", "KH-ĐT", "Kế hoạch - Đầu tư")
_TTTT = ("TT&TT", "TTTT", "TT-TT", "Thông tin truyền thông", "Thông tin - Truyền thông")
_KHCN = ("KH&CN", "KHCN", "KH-CN")
_NNPTNT = ("NN&PTNT", "NNPTNT", "NN và PTNT", "Nông nghiệp - Phát triển nông thôn", "Nông nghiệp và PTNT",
           "Nông nghiệp & PTNT")
_VHTTDL = ("VH,TT&DL", "VHTTDL", "VHTT&DL", "Văn hóa Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch")

AGENCIES: tuple[Agency, ...] = (
    # Provincial departments.
    # a department also goes by the first words of its field ("sở lao động", "sở giáo dục", "sở nông nghiệp"): the
    # longest name known wins where one holds another
    _sở("Lao động - Thương binh và Xã hội", *_LDTBXH, "Lao động", "LĐ"),  # "Sở LĐ", as users shorten it
    _sở("Giáo dục và Đào tạo", *_GDDT, "Giáo dục", "GD"),  # "Sở GD", as users shorten it
    _sở("Kế hoạch và Đầu tư", *_KHDT, "Kế hoạch"),
    _sở("Tài chính", "TC"),
    _sở("Nội vụ", "NV"),
    _sở("Tư pháp"),
    _sở("Công Thương", "CT"),
    _sở("Nông nghiệp và Phát triển nông thôn", *_NNPTNT, "Nông nghiệp"),
    _sở("Nông nghiệp và Môi trường", "NN&MT", "NNMT", "NN và MT", "Nông nghiệp và MT"),
    _sở("Tài nguyên và Môi trường", "TN&MT", "TNMT", "Tài nguyên"),
    _sở("Xây dựng", "XD"),
    _sở("Giao thông vận tải", "GTVT", "Giao thông - Vận tải"),
    _sở("Thông tin và Truyền thông", *_TTTT, "Thông tin"),
    _sở("Khoa học và Công nghệ", *_KHCN, "Khoa học"),
    _sở("Văn hóa, Thể thao và Du lịch", *_VHTTDL),
    _sở("Văn hóa và Thể thao", "VH&TT", "VHTT", "Văn hóa - Thể thao"),
    _sở("Du lịch"),
    _sở("Y tế", "YT"),
    _sở("Ngoại vụ"),
    _sở("Dân tộc và Tôn giáo", "Dân tộc"),
    _sở("Quy hoạch - Kiến trúc", "QHKT"),
    # Ministries.
    _bộ("Lao động - Thương binh và Xã hội", *_LDTBXH),
    _bộ("Giáo dục và Đào tạo", *_GDDT, "Giáo dục", "GD"),
    _bộ("Kế hoạch và Đầu tư", *_KHDT),
    _bộ("Tài chính"),
    _bộ("Nội vụ"),
    _bộ("Nông nghiệp và Phát triển nông thôn", *_NNPTNT),
    _bộ("Nông nghiệp và Môi trường"),
    _bộ("Thông tin và Truyền thông", *_TTTT),
    _bộ("Khoa học và Công nghệ", *_KHCN),
    _bộ("Công Thương"),
    _bộ("Xây dựng"),
    _bộ("Y tế"),
    _bộ("Văn hóa, Thể thao và Du lịch", *_VHTTDL),
    # Provincial / city bodies.
    Agency("Ủy ban nhân dân tỉnh", ("UBND tỉnh", "UBND Tỉnh")),
    Agency("Ủy ban nhân dân thành phố", ("UBND thành phố", "UBND TP", "UBND Thành phố")),
    # The committee's office, which follows up a plan ("Văn phòng UBND tỉnh theo dõi, đôn đốc …").
    Agency("Văn phòng Ủy ban nhân dân tỉnh", ("Văn phòng UBND tỉnh", "VP UBND tỉnh")),
    Agency("Văn phòng Ủy ban nhân dân thành phố", ("Văn phòng UBND thành phố", "Văn phòng UBND TP")),
    Agency("Hội đồng nhân dân", ("HĐND",)),
    # The council's own organs, which a resolution tells to supervise it.
    Agency("Thường trực Hội đồng nhân dân", ("Thường trực HĐND",)),
    Agency("Tổ đại biểu Hội đồng nhân dân", ("Tổ đại biểu HĐND", "Tổ đại biểu")),
    Agency("Ngân hàng Chính sách xã hội",
           ("NHCSXH", "Ngân hàng CSXH", "Chi nhánh Ngân hàng Chính sách xã hội", "Ngân hàng Chính sách")),
    Agency("Bảo hiểm xã hội", ("BHXH tỉnh", "BHXH thành phố"), strict_case=True),
    Agency("Công an tỉnh", ("Công an Tỉnh",)),
    Agency("Công an thành phố", ("Công an Thành phố", "Công an TP")),
    Agency("Cục Thống kê", ("Cục TK",)),
    # The statistics office of a province since 2025 ("Thống kê tỉnh Thái Sơn hỗ trợ nghiệp vụ chọn mẫu …"); in lower
    # case the words are data ("số liệu thống kê tỉnh").
    Agency("Thống kê tỉnh", ("Thống kê thành phố",), strict_case=True),
    Agency("Cục Thuế"),
    Agency("Ban Quản lý các khu công nghiệp", (
        "Ban Quản lý khu công nghiệp", "Ban quản lý các khu công nghiệp", "BQL các KCN", "BQL KCN",
        "Ban Quản lý các Khu công nghiệp và chế xuất", "Ban Quản lý các khu công nghiệp và chế xuất",
    )),
    Agency(
        "Ban Quản lý khu kinh tế",
        ("Ban Quản lý Khu kinh tế", "BQL KKT", "Ban Quản lý khu kinh tế và các khu công nghiệp",
         "Ban Quản lý các khu kinh tế"),
    ),
    # Party bodies: a Tỉnh ủy's programme or resolution assigns its work to them, and leads the state
    # bodies through their party organs (Ban cán sự đảng, Đảng đoàn, Đảng ủy).
    *_party_organs("Ban Thường vụ", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tuyên giáo và Dân vận",
                   "Ban Nội chính", "Ban Kinh tế", "Ủy ban Kiểm tra", "Văn phòng"),
    *_party_groups("Ban cán sự đảng", "Ủy ban nhân dân", "UBND"),
    *_party_groups("Đảng ủy", "Ủy ban nhân dân", "UBND"),
    *_party_groups("Đảng đoàn", "Hội đồng nhân dân", "HĐND"),
    *_party_groups("Đảng đoàn", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ", "Mặt trận Tổ quốc", "MTTQ"),
    Agency("Đảng ủy các xã, phường", ("Đảng ủy xã, phường", "Đảng ủy các xã, phường, thị trấn",
                                      "Đảng ủy các xã, phường, đặc khu", "cấp ủy các xã, phường")),
    Agency("Các huyện ủy, thị ủy, thành ủy", ("Các huyện ủy, thành ủy, thị ủy", "Huyện ủy, thị ủy, thành ủy",
                                               "Các huyện ủy, thành ủy")),
    # "trên đài phát thanh, truyền hình" is the medium; the station is named with capitals
    Agency("Đài Phát thanh và Truyền hình", ("Đài PT-TH", "Đài PTTH", "Đài Phát thanh - Truyền hình"),
           strict_case=True),
    # The provincial press body after the 2025 merger of newspaper and broadcaster.
    Agency("Báo và Phát thanh, Truyền hình", ("Báo và Phát thanh - Truyền hình", "Báo và PT-TH", "Báo và PTTH")),
    Agency("Cổng Thông tin điện tử", ("Cổng TTĐT", "Cổng thông tin điện tử")),
    Agency("Trung tâm Dịch vụ việc làm", ("TTDVVL", "Trung tâm DVVL")),
    # A commune's hamlet heads (a ward's residential-group heads), to whom its plan hands the house-to-house work.
    Agency("Trưởng thôn", ("Trưởng các thôn", "Trưởng thôn, tổ dân phố", "Trưởng các thôn, tổ dân phố", "Trưởng ấp",
                           "Trưởng các ấp", "Trưởng bản", "Trưởng các bản", "Tổ trưởng tổ dân phố",
                           "Tổ trưởng các tổ dân phố", "Trưởng tổ dân phố", "Trưởng các tổ dân phố")),
    Agency("Trung tâm Dịch vụ việc làm - Giáo dục nghề nghiệp", ("Trung tâm DVVL - GDNN", "TTDVVL-GDNN")),
    Agency("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", (
        "Trung tâm GDNN - GDTX", "Trung tâm GDNN-GDTX", "TTGDNN-GDTX", "Trung tâm Giáo dục nghề nghiệp - GDTX",
    )),
    # Mass organisations.
    Agency("Ủy ban Mặt trận Tổ quốc Việt Nam", (
        "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ VN", "Ủy ban MTTQ", "UBMTTQ", "UBMTTQVN", "UBMTTQ Việt Nam",
        "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam",
    )),
    # The Mặt trận's committees that took over the mass organisations' work in 2025.
    *(Agency(f"Ban Công tác {field}") for field in ("Nông dân", "Phụ nữ", "Thanh niên", "Công đoàn", "Cựu chiến binh")),
    Agency("Liên đoàn Lao động", ("LĐLĐ", "Liên đoàn lao động")),
    Agency("Đoàn Thanh niên Cộng sản Hồ Chí Minh", (
        "Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên", "Thành Đoàn", "Tỉnh Đoàn", "Huyện Đoàn",
        "Quận Đoàn",
    )),
    Agency("Hội Liên hiệp Phụ nữ", ("Hội LHPN", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Phụ nữ")),
    Agency("Hội Nông dân", ("Hội ND",)),
    Agency("Hội Cựu chiến binh", ("Hội CCB",)),
    Agency("Hội Khuyến học"),
    Agency("Liên minh Hợp tác xã", ("Liên minh HTX",)),
    Agency("Phòng Thương mại và Công nghiệp Việt Nam", ("VCCI",)),
    Agency("Hiệp hội Doanh nghiệp nhỏ và vừa", ("Hiệp hội doanh nghiệp vừa và nhỏ", "Hiệp hội DNNVV")),
    # Groups of bodies that questions name without "các".
    Agency("Các cơ sở giáo dục nghề nghiệp", (
        "cơ sở giáo dục nghề nghiệp", "cơ sở GDNN", "các cơ sở GDNN", "cơ sở giáo dục nghề nghiệp công lập",
    )),
    # Units inside a Sở and district-level offices.
    Agency("Phòng Giáo dục nghề nghiệp", ("Phòng GDNN",)),
    # the Sở Giáo dục và Đào tạo's department that took over vocational training in 2025
    Agency("Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên", (
        "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Phòng GDNN-GDTX", "Phòng GDNN - GDTX",
        "Phòng GDNN và GDTX",
    )),
    Agency("Phòng Lao động - Việc làm", ("Phòng LĐVL", "Phòng LĐ-VL", "Phòng Lao động việc làm")),
    Agency("Phòng Kế hoạch - Tài chính", ("Phòng KHTC", "Phòng KH-TC", "Phòng Kế hoạch tài chính")),
    Agency("Phòng Việc làm - An toàn lao động", ("Phòng VL-ATLĐ", "Phòng Việc làm An toàn lao động")),
    Agency("Thanh tra Sở"),
    Agency("Văn phòng Sở"),
    # A commune's or ward's own offices and forces under the two-tier local government (from 7/2025).
    Agency("Phòng Văn hóa - Xã hội", ("Phòng VH-XH", "Phòng VHXH", "Phòng Văn hóa Xã hội", "Phòng Văn hóa và Xã hội")),
    Agency("Phòng Kinh tế, Hạ tầng và Đô thị", ("Phòng Kinh tế - Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng, Đô thị")),
    Agency("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", ("Văn phòng HĐND và UBND", "Văn phòng HĐND - UBND")),
    Agency("Trung tâm Phục vụ hành chính công", ("Trung tâm PVHCC",)),
    Agency("Công an xã", ("Công an các xã", "Công an xã, phường", "Công an các xã, phường", "Công an cấp xã")),
    Agency("Công an phường", ("Công an các phường",)),
    Agency("Trạm Y tế"),
    Agency("Phòng Lao động - Thương binh và Xã hội", tuple(f"Phòng {a}" for a in _LDTBXH)),
    Agency("Phòng Giáo dục và Đào tạo", tuple(f"Phòng {a}" for a in _GDDT)),
    # A school's or a plan's own councils, named in lower case after "Hội đồng" ("4. Hội đồng tuyển sinh năm 2026:
    # tổ chức xét tuyển …"; a fund's or a school's governing council, "Hội đồng quản lý Quỹ có nhiệm vụ …"); "Hội
    # đồng nhân dân" is a council of another kind, above.
    *(Agency(f"Hội đồng {purpose}") for purpose in ("tuyển sinh", "xét tuyển", "thi", "thẩm định", "nghiệm thu",
                                                     "tư vấn", "thi đua - khen thưởng", "chấm thi", "quản lý",
                                                     "trường")),
    # A steering committee's own working groups, named in lower case ("Tổ giúp việc đặt tại Sở Nội vụ tổng hợp …"),
    # and the village savings-and-loan groups the social-policy bank lends through ("Tổ tiết kiệm và vay vốn").
    *(Agency(f"Tổ {purpose}") for purpose in ("giúp việc", "giúp việc liên ngành", "công tác", "thư ký",
                                               "công tác liên ngành")),
    Agency("Tổ tiết kiệm và vay vốn", ("Tổ TK&VV", "Tổ TKVV")),
    # The school a school's own papers or a learners' handbook speak of ("Nhà trường chi trả sinh hoạt phí …"); in
    # lower case inside a sentence it is the common noun ("mô hình nhà trường - doanh nghiệp").
    Agency("Nhà trường", strict_case=True),
)

# ------------------------------------------------------------------ folding


def fold_aligned(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length.

    Each character folds on its own, so a match in the folded text is a span
    of the original as well (used for quoting and for order of mention).
    """
    return "".join((fold_accents(c)[:1] or " ") for c in text)


def _tidy(name: str) -> str:
    """One spelling of spacing, dashes and punctuation; no other change."""
    name = canonical(name)
    name = re.sub(r"\s*\((?:[^()]{1,12})\)", "", name)  # "(GDNN)", "(KHĐT)": the abbreviation again
    name = re.sub(r"(?<=\w)\(", " (", name)
    name = re.sub(r"\s*[\u2013\u2014\u2212]\s*", " - ", name)
    name = re.sub(r"(?<=\w)\s+-\s*(?=\w)|(?<=\w)\s*-\s+(?=\w)", " - ", name)
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"^[-+•*]\s*", "", name)
    return name.strip(" .,;:")


def agency_key(name: str) -> str:
    """Comparison key of a name: folded, abbreviations read in full ("Trường CĐ Nông nghiệp" is "Trường Cao
    đẳng Nông nghiệp"), punctuation and a leading "các" dropped."""
    key = re.sub(r"[^0-9a-z]+", " ", read_in_full(fold_aligned(_tidy(name)))).strip()
    return re.sub(r"^cac ", "", key)


def names_verbatim(body: str, text: str) -> bool:
    """Whether ``text`` writes a body's whole name in whatever case: a group row or heading in capitals ("II. KHOA
    CƠ KHÍ – ĐỘNG LỰC" over a table's rows) names "Khoa Cơ khí – Động lực", which no search of capitalised names
    finds there. A one-word name ("Sở") names no body."""
    key = agency_key(body)
    return len(key.split()) >= 2 and f" {key} " in _written_words(text)


@lru_cache(maxsize=64)
def _written_words(text: str) -> str:
    """A text as comparison words, padded: read once for the several bodies a question names."""
    return f" {re.sub(r'[^0-9a-z]+', ' ', read_in_full(fold_aligned(_tidy(text))))} "


# A passage addressing bodies of a kind all at once, folded: "Thủ trưởng các Sở, ban, ngành và địa phương …" tells
# every department and every local People's Committee, without naming one. Departments by "các sở" or "sở, ban,
# ngành"; local committees by "(các) ngành và địa phương", "các địa phương", "UBND các cấp", "chính quyền cơ sở"; any
# body by "các cơ quan, đơn vị".
_ADDRESSED = {
    "so": re.compile(r"\b(?:cac so|so,? (?:ban|nganh))\b"),
    "local": re.compile(r"\b(?:cac dia phuong|nganh,? (?:va )?dia phuong|(?:ubnd|uy ban nhan dan) cac cap"
                        r"|chinh quyen (?:cac cap|co so|dia phuong))\b"),
    "any": re.compile(r"\bcac co quan,? (?:don vi|to chuc)\b"),
}
_LOCAL_COMMITTEE = re.compile(
    r"^(?:uy ban nhan dan|ubnd|phong \w+(?: \w+)*) (?:cac )?(?:cap )?(?:xa|phuong|huyen|quan|thi xa|thi tran)\b")


def addressed_collectively(body: str, text: str) -> bool:
    """Whether ``text`` speaks to ``body`` among bodies of its kind ("các Sở, ban, ngành và địa phương …" speaks
    to "UBND phường" and to "Sở Y tế") without naming it: what it tells them, it tells that body."""
    key = agency_key(body)
    kind = "so" if key.startswith("so ") else "local" if _LOCAL_COMMITTEE.match(key) else ""
    folded = fold_accents(canonical(text)).lower()
    return bool(_ADDRESSED["any"].search(folded) or kind and _ADDRESSED[kind].search(folded))


# Schools asked by their kind, no name of their own ("Trường THCS", "các trường trung cấp"): plans write the kind in
# lower case ("mỗi trường trung học cơ sở tổ chức …"), which names no body.
_SCHOOL_KIND = re.compile(r"^(?:cac )?truong (?P<kind>trung hoc co so|trung hoc pho thong|tieu hoc|mam non|"
                          r"pho thong dan toc noi tru|cao dang|trung cap|dai hoc)$")


def names_school_kind(body: str, text: str) -> bool:
    """Whether ``text`` speaks of the schools of the kind ``body`` names ("Trường THCS": "mỗi trường trung học cơ sở
    …"); False for a school of a name ("Trường Cao đẳng Y tế …") or any other body."""
    kind = _SCHOOL_KIND.match(read_in_full(fold_accents(body)).lower().strip())
    return kind is not None and re.search(rf"\btruong {kind['kind']}\b", read_in_full(fold_accents(text)).lower()) \
        is not None


# ------------------------------------------------------------------ alias patterns

_SEP = r"(?:\s*[-,&\u2013]\s*|\s+)"
_CAP = f"[{UPPER}]"


def _alias_pattern(alias: str) -> str:
    """Regex over folded text for one alias: flexible spaces, dashes and '&'.

    Upper-case abbreviations ("LĐTBXH") also match with separators inside
    ("LĐ-TB&XH", "LĐTB&XH").
    """
    parts: list[str] = []
    for word in re.findall(r"[^\s\-,&\u2013]+", _tidy(alias)):
        folded = re.escape(fold_aligned(word))
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            folded = r"[-&.]?".join(re.escape(c) for c in fold_aligned(word))
        parts.append(folded)
    body = _SEP.join(parts)
    guard = r"(?<!co )" if parts and parts[0] == "so" else ""  # "cơ sở …" is not a Sở
    return rf"{guard}(?<![\w&]){body}(?![\w&])"


@lru_cache(maxsize=1)
def _alias_groups() -> tuple[tuple[str, str, str, bool, str], ...]:
    """Every alias as (named regex group, the first character it matches, canonical name, strict case, its first
    word in lower case with its marks), longest first."""
    entries: list[tuple[str, str, bool]] = []
    for agency in AGENCIES:
        for alias in (agency.name, *agency.aliases):
            entries.append((alias, agency.name, agency.strict_case))
    entries.sort(key=lambda e: -len(fold_aligned(e[0])))
    return tuple((f"(?P<a{i}>{_alias_pattern(alias)})", fold_aligned(_tidy(alias).lstrip())[:1], name, strict,
                  canonical(_tidy(alias)).split()[0].lower())
                 for i, (alias, name, strict) in enumerate(entries))


@lru_cache(maxsize=1)
def _alias_table() -> tuple[re.Pattern[str], dict[str, tuple[str, bool, str]]]:
    """One alternation of every alias (longest first) and group → (canonical, strict case, first word)."""
    groups = _alias_groups()
    lookup = {f"a{i}": (name, strict, first) for i, (_, _, name, strict, first) in enumerate(groups)}
    return re.compile("|".join(group for group, *_ in groups)), lookup


def _marked_otherwise(typed: str, first: str) -> bool:
    """Whether a word typed with its marks is another word than an alias's first one, folded alike: "số lao động"
    counts workers, "Sở Lao động" is a department; "so lao dong" typed bare may be either."""
    word = typed.lower()
    return word != fold_aligned(word) and word != first


# A syllable that makes a common word of the head of a name after it: "cán bộ" (an officer), "toàn bộ" (all), "nội
# bộ", "đồng bộ", "tiến bộ", "sơ bộ", "cơ sở" (a school or unit): "tập huấn cán bộ giáo dục nghề nghiệp" names no
# ministry, nor "các cơ sở Y tế" a department (folded).
_COMMON_WORDS = {"bo": ("can", "toan", "noi", "dong", "tien", "so"), "so": ("co",)}
_LAST_SYLLABLE = re.compile(r"(\w+)\s+$")


def _ends_common_word(folded: str, start: int) -> bool:
    """Whether the name's head at ``start`` of the folded text ends a common word with the syllable before it."""
    before = _COMMON_WORDS.get(folded[start:start + 3].rstrip(), ())
    last = _LAST_SYLLABLE.search(folded, max(0, start - 12), start) if before else None
    return last is not None and last.group(1) in before


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, re.Pattern[str]]:
    """The aliases of ``_alias_table`` by the first character they match, each set in the same order and groups: a
    name can only start at a word's first letter, so a text is scanned word by word, not tried against every alias
    at every character (the whole alternation made a chunk's scan cost ~8 ms)."""
    by_first: dict[str, list[str]] = {}
    for group, first, *_ in _alias_groups():
        by_first.setdefault(first, []).append(group)
    return {first: re.compile("|".join(groups)) for first, groups in by_first.items()}


# Where a name may begin: a word's first character, after no letter, digit or "&" (the guard of ``_alias_pattern``).
_NAME_START = re.compile(r"(?<![\w&])\w")


def _alias_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of known aliases in `text`, left to right (as ``_alias_table``'s alternation would
    find them: each a match at the earliest word, the longest alias first, none overlapping the one before)."""
    index = _alias_index()
    _, lookup = _alias_table()
    folded = fold_aligned(text)
    accented = folded != text.lower()
    out: list[tuple[int, int, str]] = []
    end = 0
    for start in _NAME_START.finditer(folded):
        pattern = index.get(folded[start.start()]) if start.start() >= end else None
        m = pattern.match(folded, start.start()) if pattern else None
        if m is None:
            continue
        name, strict, first = lookup[m.lastgroup or ""]
        if _marked_otherwise(text[m.start():m.start() + len(first)], first) or _ends_common_word(folded, m.start()):
            continue  # "số lao động", "cán bộ y tế": the words after it may still open a name
        end = m.end()
        if strict and accented and not text[m.start()].isupper():
            continue
        out.append((m.start(), m.end(), name))
    return out


# ------------------------------------------------------------------ canonical names

_GROUP_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), name)
    for p, name in (
        (
            (
                r"^(?:chu tich |lanh dao )?(?:uy ban nhan dan|ubnd)(?: cac)?"
                r"(?: cap huyen| (?:(?:quan|huyen|thi xa|thanh pho|tp|tx|va) )*(?:quan|huyen|thi xa)\b.*)$"
            ),
            "Ủy ban nhân dân cấp huyện",
        ),
        (r"^(?:chu tich |lanh dao )?(?:uy ban nhan dan|ubnd)(?: cac)?(?: cap xa|(?: (?:xa|phuong|thi tran|va))+)$",
         "Ủy ban nhân dân cấp xã"),
        (r"^(?:thu truong )?cac so(?: ban)? nganh(?: doan the)?(?: (?:thanh pho|tinh|tp))?$", "Các sở, ban, ngành"),
        (r"^cac co so (?:co )?(?:giao duc nghe nghiep|gdnn)\b.*$", "Các cơ sở giáo dục nghề nghiệp"),
        (r"^cac doanh nghiep(?: tren dia ban(?: (?:tinh|thanh pho))?)?$", "Các doanh nghiệp"),
        (r"^cac co quan bao chi\b.*$", "Các cơ quan báo chí"),
    )
)

# What may follow a known name without making it another body: the territory
# ("thành phố Hà Nội", "Hải Phòng", "– Chi nhánh Hải Phòng") or the districts
# it serves ("các huyện, thị xã, thành phố").
_TAIL_WORD = re.compile(r"^(?:tinh|thanh|pho|tp|tx|quan|huyen|thi|xa|phuong|tran|chi|nhanh|cac|cap|tren|dia|ban|h)$")


def _is_territory_tail(original: str) -> bool:
    # an unnamed "khu vực" is the area's own office ("Ngân hàng Chính sách xã hội khu vực"); a named one, another
    # body of its own ("Trung tâm GDNN - GDTX khu vực Khe Lau")
    for word in re.findall(r"[^\s\-,.&\u2013()]+", re.sub(r"\s+khu vực$", "", original)):
        if not (word[:1].isupper() or _TAIL_WORD.match(fold_aligned(word))):
            return False
    return True


# The person heading a body, named before it where a Chỉ thị or a decision's last article addresses the body
# through its head: "Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã", "Thủ trưởng các sở", "Hiệu trưởng các trường cao
# đẳng", "Bí thư Tỉnh đoàn", "Chánh Văn phòng UBND tỉnh", "Trưởng ban Ban Quản lý …". The body is what is assigned.
HEAD_OF_BODY = r"(?:Chủ tịch|Thủ trưởng|Lãnh đạo|Giám đốc|Hiệu trưởng|Trưởng ban|Bí thư|Chỉ huy trưởng|Chánh)"
# A person heading a body, or a bank's branch or transaction office named before its bank ("Chi nhánh Ngân hàng …",
# "Chi nhánh NHCSXH …", "Phòng giao dịch Ngân hàng Chính sách xã hội khu vực …").
# "Trưởng Ban Quản lý …" heads the Ban Quản lý ("Trưởng ban Ban Quản lý …" says it twice).
_BANK_OFFICE = r"(?:Chi nhánh|Phòng giao dịch)\s+(?=Ngân hàng|NH[A-ZĐ])"
_PREFIX = re.compile(rf"^(?:Trưởng\s+(?=ban\s+(?!ban\b))|{HEAD_OF_BODY}\s+|{_BANK_OFFICE})", re.IGNORECASE)
_BANK_OFFICE_AT = re.compile(_BANK_OFFICE)


def _unprefixed(name: str) -> str:
    """A capitalised name without the post or the bank's office before its body: "Giám đốc Sở Nội vụ | quyết định
    …", "Phòng giao dịch Ngân hàng … | giải ngân …" name the body headed or served; a lower-case "lãnh đạo Hội đồng
    …" is a verb."""
    return _PREFIX.sub("", name) if name[:1].isupper() else name


def canonical_agency(name: str) -> str:
    """The canonical name of an agency, or the name as written (tidied) when unknown.

    Order: a known alias spelled exactly; a group of bodies ("UBND các quận,
    huyện" → "Ủy ban nhân dân cấp huyện"); a known alias followed only by a
    territory or district list ("Sở Tài chính thành phố Hà Nội"); without a
    leading person ("Chủ tịch UBND …", "Thủ trưởng các Sở …"); otherwise the
    tidied input.
    """
    tidy = _tidy(name)
    if not tidy:
        return ""
    pattern, lookup = _alias_table()
    folded = fold_aligned(tidy)
    m = pattern.fullmatch(folded)
    if m:
        return lookup[m.lastgroup or ""][0]
    key = re.sub(r"[^0-9a-z]+", " ", folded).strip()
    for rule, group_name in _GROUP_RULES:
        if rule.match(key):
            return group_name
    m = pattern.match(folded)
    if m and _is_territory_tail(tidy[m.end():]):
        return lookup[m.lastgroup or ""][0]
    bare = _PREFIX.sub("", tidy)
    if bare != tidy:  # the body a person heads is the agency
        return canonical_agency(bare)
    return _capitalise(tidy)


def _capitalise(name: str) -> str:
    return name[:1].upper() + name[1:]


def same_agency(a: str, b: str) -> bool:
    """Whether two spellings name the same body (after canonicalisation)."""
    return agency_key(canonical_agency(a)) == agency_key(canonical_agency(b))


# An abbreviation a user writes for a body's field: capitals, a joiner between its parts ("VH-XH", "KT-NS", "GD&ĐT").
_ABBREVIATION = re.compile(r"^[A-ZĐ]{1,4}(?:[-&/][A-ZĐ]{1,4})+$")
_NAME_JOINERS = {"-", "–", "và", "&"}


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` with its field written by initials: the same head, then an abbreviation whose
    letters are the initials of the words after the head, in order ("Ban VH-XH" of "Ban Văn hóa - Xã hội Hội đồng
    nhân dân tỉnh", "Ban KT-NS" of "Ban Kinh tế - Ngân sách"); not of a name whose words spell other initials."""
    words = short.split()
    if len(words) < 2 or not _ABBREVIATION.match(words[-1]):
        return False
    head, letters = words[:-1], re.sub(r"[-&/]", "", fold_accents(words[-1])).lower()
    rest = name.split()
    if [fold_accents(w).lower() for w in rest[:len(head)]] != [fold_accents(w).lower() for w in head]:
        return False
    initials = "".join(fold_accents(w)[0].lower() for w in rest[len(head):] if w not in _NAME_JOINERS)
    return len(initials) >= len(letters) and initials.startswith(letters)


# A business as users name it: its head and its own name, without its legal form or trade ("Công ty Hưng Thịnh" for
# "Công ty TNHH Điện tử Hưng Thịnh Việt Nam", "Tập đoàn Vạn An" for "Tập đoàn Cổ phần Vạn An"), folded keys.
_BUSINESS_HEAD = re.compile(r"^(tong cong ty|cong ty|tap doan) ")
_LEGAL_FORMS = frozenset({"tnhh", "co phan", "mot thanh vien", "mtv", "cp", "trach nhiem huu han", "hai thanh vien"})


def names_business_short(short: str, name: str) -> bool:
    """Whether ``short`` names the business ``name`` by its own name: the same head ("Công ty", "Tổng công ty",
    "Tập đoàn"), then words that stand together in the full name and are not its legal form."""
    a, b = agency_key(short), agency_key(name)
    head = _BUSINESS_HEAD.match(a)
    if head is None or not b.startswith(head[0]):
        return False
    own = a[head.end():].strip()
    return bool(own) and own not in _LEGAL_FORMS and f" {own} " in f" {b[head.end():]} "


# Bodies the 2025 reorganisation of provincial departments merged or dissolved (from 1 March 2025), and the bodies
# that took over their work, the first the one most of it went to: a plan issued since names only these, so a user
# asking what "Sở LĐTBXH" or "Sở NN&PTNT" does there asks what its successors do.
SUCCESSORS: dict[str, tuple[str, ...]] = {
    "Sở Lao động - Thương binh và Xã hội": ("Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế"),
    "Sở Nông nghiệp và Phát triển nông thôn": ("Sở Nông nghiệp và Môi trường",),
    "Sở Tài nguyên và Môi trường": ("Sở Nông nghiệp và Môi trường",),
    "Sở Kế hoạch và Đầu tư": ("Sở Tài chính",),
    "Sở Thông tin và Truyền thông": ("Sở Khoa học và Công nghệ",),
    "Sở Giao thông vận tải": ("Sở Xây dựng",),
    "Ban Dân tộc tỉnh": ("Sở Dân tộc và Tôn giáo",),
}


# ------------------------------------------------------------------ generic names

# Words that open the name of a body when followed by a capitalised word
# ("Ban Quản lý …" but not "ban hành", "Hội Nông dân" but not "Hội nghị").
_HEADS = (
    "Sở", "Bộ", "Ban", "Phòng", "Hội", "Hiệp hội", "Liên đoàn", "Liên minh", "Ủy ban", "Trung tâm", "Đài",
    "Cổng", "Ngân hàng", "Chi nhánh", "Cục", "Chi cục", "Tổng cục", "Thanh tra", "Văn phòng", "Đoàn",
    "Thành Đoàn", "Tỉnh Đoàn", "Trường", "Viện", "Học viện", "Kho bạc", "Quỹ", "Bộ Chỉ huy", "Công an",
    "Tổng công ty", "Công ty",
    # A unit inside an office ("Bộ phận Tài chính - Kế toán thuộc Văn phòng HĐND và UBND xã", "Bộ phận Một cửa").
    "Bộ phận",
    # A school's faculties ("Khoa Cơ khí", "Khoa Điện - Điện tử"), whom its notice gives their part of the work.
    "Khoa",
    # A commune's civil servant posts (2025 reform): "Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch".
    "Công chức",
    # A contract's parties by their labels ("Bên A", "Bên B"), read as the bodies they stand for (``index.parties``).
    "Bên",
    # Cooperatives and groups that train or host learners ("Hợp tác xã Quế hồi Khe Bạc", "Tập đoàn Dệt may …"), and a
    # centre's own teams ("Tổ Tuyển sinh và Tư vấn việc làm", "Tổ Chuyên môn …"; not "Tổ chức", lower-case).
    "Hợp tác xã", "Tập đoàn", "Tổ",
)
# The head words as one pattern, longest first; the header's issuer (`index.metadata`) opens with one too.
BODY_HEADS = "|".join(sorted((re.escape(h) for h in _HEADS), key=len, reverse=True))
# Lower-case words that commonly continue a capitalised name component
# ("Trung tâm Dịch vụ việc làm", "Trường Cao đẳng nghề …").
_CONTINUATION = {
    "nghề", "việc", "làm", "nông", "thôn", "xã", "hội", "điện", "tử", "cao", "trẻ", "vừa", "nhỏ", "nghiệp",
    "chất", "lượng", "thông", "tin", "môi", "trường", "kinh", "tế", "thương", "binh", "quân", "sự",
}
# Lower-case words that never continue a name ("Sở Y tế các huyện", "Sở X với …").
_NAME_STOP = {"các", "và", "với", "của", "theo", "để", "tại", "trong", "trên", "cho", "về", "từ", "đến", "là", "có"}
# "nhân dân" goes on a name whatever came before: "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh".
_PEOPLES = re.compile(r"nhân dân(?![\w])")
_NAME_TOKEN = re.compile(r"[^\s,;:()\"“”]+|[,;:()\"“”]")


def name_end(text: str, start: int) -> int:
    """End of the capitalised name components from `start` ("Lao động - Thương binh và Xã hội").

    A component opens with a capital (or an abbreviation) and may go on with
    one lower-case word, or more from a small list of name words; "-" and
    "và" join components only before another capital. Returns `start` when
    no component follows.
    """
    end = start
    lowers = 0
    capitals = 0  # capitalised words in a row just before
    seen = abbreviated = False
    tokens = list(_NAME_TOKEN.finditer(text, start, min(len(text), start + 240)))
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if word in ("-", "–", "và", "&"):
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if seen and nxt[:1].isupper() and not _STARTS_BODY.match(text, tokens[i + 1].start()):
                capitals = 0
                continue
            break
        core = word.rstrip(".?!")  # the question's mark is no part of a name: "… công nghệ Trường Giang?"
        if core[:1].isupper():
            abbreviated = len(core) > 1 and core.isupper()  # a component whole: "CĐ" of "Trường CĐ Kỹ thuật …"
            seen, lowers, capitals = True, 0, 0 if abbreviated else capitals + 1
        # A lower-case word goes on a component of one capital ("Lao động", "Tài chính"), not a proper
        # name of two ("Sở Lao động Hải Dương định chọn …": "định" is the question's verb), nor an abbreviation,
        # a component whole ("Ban VH-XH sẽ …": "sẽ" is the question's).
        elif (seen and core.isalpha() and core.islower() and core not in _NAME_STOP and lowers < 3
              and ((lowers == 0 and capitals == 1 and not abbreviated) or (lowers > 0 and core in _CONTINUATION))):
            lowers, capitals = lowers + 1, 0
        elif seen and _PEOPLES.match(text, tokens[i - (core == "dân")].start()):
            lowers, capitals = 1, 0  # "… Hội đồng nhân dân tỉnh": the council a committee belongs to
        else:
            break
        end = tok.start() + len(core)
    return end


# Places whose names open with a head word: "Đài Loan" (a labour market), "Hội An", "Trường Sa" name no body.
_PLACE_NOT_BODY = r"(?:Đài\s+(?:Loan|Bắc|Trung)|Hội\s+An|Trường\s+Sa)(?![\w])"
_GENERIC_START = re.compile(rf"(?<![\w])(?!{_PLACE_NOT_BODY})(?:{BODY_HEADS})(?=\s+{_CAP})")
# A committee, or the person who heads one, opening a name.
_COMMITTEE = re.compile(r"(?:UBND|Ủy ban nhân dân|Chủ tịch)(?![\w])")
_STARTS_BODY = re.compile(rf"(?:{BODY_HEADS}|{_COMMITTEE.pattern})")

_PARTY = re.compile(PARTY_LABEL)


def _party_end(text: str, pos: int) -> int:
    """Where a contract's party label at ``pos`` ends ("Bên B | gửi …"), or 0: the letter is the whole name."""
    party = _PARTY.match(text, pos)
    return party.end() if party else 0


# A body's territory or branch after its name: "tỉnh Bạch Vân", "thành phố",
# "Hà Nội", "- Chi nhánh Hải Phòng", "chi nhánh tỉnh Lam Sơn".
_BRANCH = re.compile(r"(?:\s*[-\u2013]\s*|\s+)[Cc]hi nhánh(?![\w])")
# The territory after a name; a commune office's plural is its territory too: "Phòng Kinh tế các xã",
# "Phòng Văn hóa - Xã hội cấp xã", "… các xã, phường"; a regional office's "khu vực", named or not ("Trung tâm
# GDNN - GDTX khu vực Khe Lau", "Ngân hàng Chính sách xã hội khu vực thẩm định …": the area's own office).
_TERRITORY = re.compile(
    r"\s+(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|huyện|quận|thị xã|xã(?!\s+hội)|phường|khu vực"
    r"|(?:các|cấp)\s+xã(?:\s*,\s*phường)?|các\s+phường)(?![\w])"
)
_CAPITALISED_WORD = re.compile(rf"\s+({_CAP}[\w.&-]*)")


def territory_end(text: str, end: int) -> int:
    """Where a name ends once the territory or branch that follows it is taken in.

    "Ngân hàng Chính sách xã hội - Chi nhánh Hải Phòng" is that bank's
    branch: the tail must neither be cut off as another body ("Chi nhánh
    Hải Phòng") nor end a list before the bodies after it. Only a branch, a
    territory word and capitalised words that do not open another body
    ("Sở Tài chính Trường …") count; `end` is returned when none follows.
    """
    pos = end
    branch = _BRANCH.match(text, pos)
    if branch:
        pos = branch.end()
    territory = _TERRITORY.match(text, pos)
    if territory:
        pos = territory.end()
    while (m := _CAPITALISED_WORD.match(text, pos)) and not (
        _GENERIC_START.match(text, m.start(1)) or _COMMITTEE.match(text, m.start(1))
    ):
        pos = m.end()
    if branch and pos == branch.end():
        return end  # "… - Chi nhánh" with nothing after it names no branch
    return pos


# A school named with its level in lower case, as plans often write it: "trường cao đẳng nghề Hải Dương",
# "trường trung cấp Kỹ thuật Lũng Phong"; between the level and the name, at most two words of its field.
_SCHOOL_FIELD_WORDS = {"nghề", "y", "tế", "dược", "kỹ", "thuật", "sư", "phạm", "công", "nghệ", "nghiệp", "kinh",
                       "du", "lịch", "văn", "hóa", "hoá", "nông", "lâm", "cộng", "đồng", "xây", "dựng", "điện", "lực"}
_SCHOOL_IN_LOWER_CASE = re.compile(
    rf"(?<![\w])trường\s+(?:{'|'.join(level.lower() for level in SCHOOL_LEVELS)})((?:\s+[^\W\d{UPPER}]+){{0,2}}?)"
    rf"(?=\s+{_CAP})")


def _generic_matches(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names such as "Sở Du lịch", "Trường Cao đẳng nghề Hải Dương", and schools whose level
    is written in lower case ("trường cao đẳng nghề Hải Dương")."""
    out: list[tuple[int, int, str]] = []
    for m in _GENERIC_START.finditer(text):
        end = _party_end(text, m.start()) or name_end(text, m.end())
        if end > m.end():
            end = territory_end(text, end)
            out.append((m.start(), end, canonical_agency(text[m.start():end])))
    for m in _SCHOOL_IN_LOWER_CASE.finditer(text):
        end = name_end(text, m.end())
        if end > m.end() and set(m.group(1).split()) <= _SCHOOL_FIELD_WORDS:
            name = text[m.start():territory_end(text, end)]
            out.append((m.start(), m.start() + len(name), canonical_agency(name[0].upper() + name[1:])))
    return out


# ------------------------------------------------------------------ mentions


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    text: str  # as written
    name: str  # canonical


_LEVEL_WORDS = r"(?:quan|huyen|thi xa|thanh pho|thi tran|xa|phuong|tp|tx|h)"
_UBND_GROUP = re.compile(
    r"(?<![\w])(?:(?:chu tich|lanh dao) )?(?:uy ban nhan dan|ubnd)\s+(?:cac\s+)?"
    rf"(?:cap (?:huyen|xa)|{_LEVEL_WORDS}(?:(?:\s*,\s*|\s+va\s+|\s+){_LEVEL_WORDS}(?![\w]))*)(?![\w])"
)


def find_agency_mentions(text: str) -> list[AgencyMention]:
    """Every agency named in `text`, with spans (in `canonical(text)`), in order of mention.

    Known aliases win over the generic "<head> <Capitalised …>" pattern where
    both overlap; district and commune committees are recognised as groups.
    """
    return list(_mentions(text or ""))


@lru_cache(maxsize=8192)
def _mentions(text: str) -> tuple[AgencyMention, ...]:
    """``find_agency_mentions``, kept per text: an answer reads the same quoted lines several times
    (scoring, fact keys, the short answer), and the alias scan is the costly part."""
    text = canonical(text)
    folded = fold_aligned(text)
    found: list[tuple[int, int, int, str]] = []  # start, priority, end, name
    for m in _UBND_GROUP.finditer(folded):
        name = canonical_agency(text[m.start():m.end()])
        if name in ("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"):
            found.append((m.start(), 0, m.end(), name))
    found.extend((start, 1, territory_end(text, end), name) for start, end, name in _alias_matches(text))
    found.extend((start, 2, end, name) for start, end, name in _generic_matches(text))
    found.sort(key=lambda f: (f[0], f[1], -f[2]))
    mentions: list[AgencyMention] = []
    last_end = -1
    for start, _, end, name in found:
        if start < last_end:
            continue
        mentions.append(AgencyMention(start, end, text[start:end], name))
        last_end = end
    return tuple(mentions)


def find_agencies(text: str) -> list[str]:
    """Canonical names of the agencies a text mentions, in order, each once.

    Works on questions typed without diacritics for the known names
    ("so ldtbxh" → "Sở Lao động - Thương binh và Xã hội").
    """
    names: list[str] = []
    for mention in find_agency_mentions(text):
        if mention.name not in names:
            names.append(mention.name)
    return names


# ------------------------------------------------------------------ lists of bodies

# A list item opens a new body when it starts with one of these (capitalised
# heads need a capitalised word after them; "các" needs a body noun).
# Nouns of bodies written in lower case: "các sở, ngành", "các đơn vị liên quan", "chính quyền cơ sở".
_NOUN = (
    r"(?:sở|ban|ngành|cơ quan|đơn vị|phòng|địa phương|tổ chức|đoàn thể|hội|cơ sở|trường|doanh nghiệp|"
    r"trung tâm|chính quyền|quận|huyện|thị xã|xã|phường|khoa)"
)
_BODY_NOUNS = rf"(?:{_NOUN}|cấp)"
# A kind of body named in the singular, as a plan's list of duties heads the part of every body of that kind
# ("13. Doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài", "Cơ sở giáo dục nghề nghiệp").
KIND_OF_BODY = r"(?:Doanh nghiệp|Hợp tác xã|Cơ sở (?:giáo dục nghề nghiệp|GDNN|đào tạo))\b"
_ITEM_START = re.compile(
    rf"^(?:{HEAD_OF_BODY}\s+(?={_CAP}|các\s)|(?:{BODY_HEADS})\s+(?={_CAP}|[0-9])|UBND\b|Ủy ban nhân dân\b|"
    rf"[Cc]ác\s+{_BODY_NOUNS}\b|[Cc]ác\s+{_CAP}|{KIND_OF_BODY})"
)


# A request to a body outside the issuer ("Đề nghị Sở Tài chính", "Đề nghị các tổ chức đoàn thể"): the body it names.
_REQUEST = re.compile(r"^(?:Kính\s+)?[Đđ]ề nghị\s+")
NOTE = re.compile(r"\s*\([^()]*\)")  # a note in parentheses after a name, with the space before it
# A line of lower-case body nouns only ("Các trường cao đẳng, trung cấp, trung tâm GDNN-GDTX"), at most this long.
PLURAL_BODY_WORDS = 10


def looks_like_agency(text: str) -> bool:
    """Whether a heading or phrase names a body (rather than a task)."""
    text = _tidy(_REQUEST.sub("", text.strip()))
    if _ITEM_START.match(text):
        return True
    m = _alias_table()[0].match(fold_aligned(text))
    return bool(m and m.start() == 0)


def split_agencies(text: str) -> list[str]:
    """Split a list of bodies as written ("Hội Nông dân thành phố, Hội Liên hiệp …").

    Only a comma, semicolon or "và" followed by the start of another body
    splits, and none inside a known name, so "Sở Lao động - Thương binh và Xã
    hội", "Các Sở, ban, ngành" and "Văn phòng HĐND và UBND xã" stay whole.
    """
    text = _tidy(text)
    parts: list[str] = []
    start = 0
    known: list[tuple[int, int, str]] | None = None
    for m in re.finditer(r"\s*;\s*|\s*,\s*|\s+và\s+", text):
        rest = text[m.end():]
        if m.group(0).strip() == ";" or _ITEM_START.match(rest) or _alias_table()[0].match(fold_aligned(rest)):
            known = _alias_matches(text) if known is None else known
            if any(s < m.start() and m.end() < e for s, e, _ in known):
                continue  # "… thuộc Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã": "và" inside a known name
            piece = text[start:m.start()].strip(" ,;")
            if piece:
                parts.append(piece)
            start = m.end()
    tail = text[start:].strip(" ,;")
    if tail:
        parts.append(tail)
    return parts


# ------------------------------------------------------------------ lists inside sentences

# What qualifies a group of bodies (`_NOUN`): "các Sở, ngành liên quan",
# "các phòng, đơn vị liên quan", "các tổ chức chính trị - xã hội", "chính quyền cơ sở".
_QUAL = (
    r"(?:có liên quan|liên quan|chức năng|chuyên môn|truyền thông|báo chí|chính trị\s*-\s*xã hội|"
    r"chính trị xã hội|nhà nước|GDNN|giáo dục nghề nghiệp|thành viên|trực thuộc|cơ sở|các cấp|cấp (?:tỉnh|huyện|xã)|"
    r"(?:tham gia |có )?hoạt động giáo dục nghề nghiệp|thuộc\s+[Ss]ở(?:\s+[A-ZĐ][\w&-]*)?|"
    r"trên địa bàn(?:\s+(?:tỉnh|thành phố|Thành phố))?|(?:tỉnh|thành phố|Thành phố)(?![\w]))"
)
_GROUP_PHRASE = re.compile(
    rf"(?:[Cc]ác\s+)?{_NOUN}(?![\w])(?:(?:\s*,\s*{_NOUN}|\s+(?:ngành|đơn vị|địa phương|đoàn thể))(?![\w]))*"
    rf"(?:\s+{_QUAL})*",
    re.IGNORECASE,
)
_ELIDED_HEAD = re.compile(r"[Cc]ác\s+(Sở|sở|Phòng|phòng|Ban|ban|Bộ|bộ)\s*:\s*")
_LIST_SEP = re.compile(r"\s*,\s*và\s+|\s*,\s*|\s+và\s+|\s+cùng(?:\s+với)?\s+|\s*;\s*")
_PAREN = re.compile(r"\s*\([^()]{1,40}\)")
_HEAD_WORD = re.compile(rf"^({BODY_HEADS})\b")


def _names_a_sector(text: str, end: int, phrase: str) -> bool:
    """A lone noun with a lower-case word after it ("ngành giáo dục …") is a sector, not a body."""
    return " " not in phrase.strip() and text[end:end + 2].strip()[:1].islower()


def known_name_end(text: str) -> int:
    """Where a known body's name (with its territory) that opens `text` ends, or 0.

    Only known names count: a generic "<head> <Name> …" may go on in lower case
    ("Ban Chỉ đạo giảm nghèo bền vững tỉnh"), a known one ends where it ends
    ("Ủy ban Kiểm tra Tỉnh ủy | đưa nội dung …").
    """
    if party := _party_end(text, 0):
        return party  # "Bên B | gửi Bên A …": a label is a name known to the text that defines it
    folded = fold_aligned(text)
    group = _UBND_GROUP.match(folded)  # "Ủy ban nhân dân các xã, phường | thông báo …"
    if group and canonical_agency(text[:group.end()]) in ("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"):
        return group.end()
    m = _alias_table()[0].match(folded, len(text) - len(_unprefixed(text)))
    return territory_end(text, m.end()) if m else 0


def match_agency_at(text: str, pos: int, head: str | None = None) -> tuple[str, int] | None:
    """The body named at `pos` (as written) and where its name ends, or None.

    Tries, in order: a committee group ("UBND các quận, huyện"), a known
    alias, a capitalised "<head> <Name>", a lower-case group ("các Sở, ngành
    liên quan"), and, when a list elides its head ("các Sở: Tài chính, …",
    "phòng LĐVL, KHTC"), `head` + the capitalised name.
    """
    office = _BANK_OFFICE_AT.match(text, pos)
    if office:  # "phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Lâm Hạc": the bank's office
        bank = match_agency_at(text, office.end(), head)
        return (text[pos:bank[1]], bank[1]) if bank else None
    folded = fold_aligned(text)
    m = _UBND_GROUP.match(folded, pos)
    if m and canonical_agency(text[pos:m.end()]) in ("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"):
        return text[pos:m.end()], m.end()
    pattern, _ = _alias_table()
    m = pattern.match(folded, pos)
    if m:
        end = territory_end(text, m.end())
        return text[pos:end], end
    m = _GENERIC_START.match(text, pos)
    if m:
        end = _party_end(text, pos) or name_end(text, m.end())
        if end > m.end():
            end = territory_end(text, end)
            return text[pos:end], end
    m = _GROUP_PHRASE.match(text, pos)
    if m and not _names_a_sector(text, m.end(), m.group(0)):
        return m.group(0), m.end()
    if head and text[pos:pos + 1].isupper():
        probe = f"{head} {text[pos:pos + 160]}"
        m = pattern.match(fold_aligned(probe))
        if m and m.end() > len(head) + 1:
            return probe[:m.end()], pos + m.end() - len(head) - 1
        end = name_end(text, pos)
        if end > pos:
            return f"{head} {text[pos:end]}", end
    return None


def parse_agency_list(text: str, pos: int = 0) -> list[str]:
    """The bodies listed from `pos` on ("Sở Tài chính, Sở Nông nghiệp … và các Sở, ngành liên quan").

    Stops at the first item that is not a body (usually the verb of the
    sentence). A parenthesised abbreviation after a name is skipped; a head
    word carries over to the following capitalised items that lack one.
    """
    items: list[str] = []
    head: str | None = None
    while pos < len(text):
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        m = _ELIDED_HEAD.match(text, pos)
        if m:
            head = _capitalise(m.group(1))
            pos = m.end()
            continue
        found = match_agency_at(text, pos, head)
        if not found:
            break
        name, pos = found
        items.append(name.strip())
        lead = _HEAD_WORD.match(_capitalise(name.strip()))
        if lead and not name.lower().startswith("các"):
            head = lead.group(1)
        m = _PAREN.match(text, pos)
        if m:
            pos = m.end()
        sep = _LIST_SEP.match(text, pos)
        if not sep or not match_agency_at(text, sep.end(), head):
            break
        pos = sep.end()
    return items


BARE_NAME_SHARE = 0.7  # of a line's letters that body names must hold for it to be a heading


def bare_agency(text: str) -> list[str] | None:
    """The bodies a line is only the name of ("Sở Tài chính", "Ngân hàng Chính sách xã hội chi nhánh tỉnh:"):
    an unnumbered heading (a bold Word line, a markdown "#### Sở Tài chính") over that body's duties."""
    # "Đề nghị Sở Tài chính" over its duties; "Sở Giáo dục và Đào tạo (cơ quan thường trực)" a name with its note
    name = NOTE.sub("", _REQUEST.sub("", text.strip().rstrip(":").strip())).strip()
    name = _unprefixed(name)
    if BULLET.match(text) or not name or len(name) > 120 or name.endswith(".") or not looks_like_agency(name):
        return None
    # "Các trường cao đẳng, trung cấp, trung tâm GDNN-GDTX"; a kind in the singular: "Cơ sở đào tạo"
    if (re.match(rf"[Cc]ác\s+{_NOUN}\b", name) or re.fullmatch(KIND_OF_BODY, name)) \
            and len(name.split()) <= PLURAL_BODY_WORDS:
        return split_agencies(name) or [name]
    named = sum(m.end - m.start for m in find_agency_mentions(name))
    return split_agencies(name) if named >= BARE_NAME_SHARE * len(name) else None
