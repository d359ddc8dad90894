"""The field's abbreviations, read in full for matching: "GDNN" is "giáo dục nghề nghiệp", "THCS" is "trung học
cơ sở".

Plans write a name in full in one place and abbreviated in the next ("Tỷ lệ học sinh tốt nghiệp THCS vào học
GDNN (%)"), and users type either ("ke hoach gdnn"). Words are matched syllable by syllable, so an abbreviation
and its long form share nothing: the row that answers is missed and a question's "GDNN" weighs as a rare word
no heading holds. For matching only (search tokens, a question's keywords, quote terms), an abbreviation is
read as the words it stands for; the text shown is never changed.

Only abbreviations that are no Vietnamese syllable: read case-blind on folded text, they cannot stand for a
word ("dn" is no word, "kh" is too close to a plan number's code and is left out).
"""

from __future__ import annotations

import re

from index.normalize import fold_accents
from index.vocab.documents import BODY_ABBREVIATIONS

# Abbreviation → the words it stands for.
FIELD_ABBREVIATIONS: dict[str, str] = {
    "GDNN": "giáo dục nghề nghiệp",  # "cơ sở GDNN", "Phòng GDNN"
    "CSGDNN": "cơ sở giáo dục nghề nghiệp",
    "GDTX": "giáo dục thường xuyên",  # "Trung tâm GDNN-GDTX"
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "HSSV": "học sinh sinh viên",
    "CĐ": "cao đẳng",  # "Trường CĐ Nông nghiệp", "trình độ CĐ"
    "ĐH": "đại học",  # "trường ĐH", "ĐH, CĐ"
    "LĐNT": "lao động nông thôn",  # "đào tạo nghề cho LĐNT"
    "NLĐ": "người lao động",
    "LĐ": "lao động",  # "bao nhiêu LĐ", "LĐ nông thôn"
    "HS": "học sinh",
    "SV": "sinh viên",
    "XKLĐ": "xuất khẩu lao động",
    "DTTS": "dân tộc thiểu số",
    "DN": "doanh nghiệp",  # "DN trong KCN"
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "KKT": "khu kinh tế",
    "NSNN": "ngân sách nhà nước",
    "NSTW": "ngân sách trung ương",
    "CTMTQG": "chương trình mục tiêu quốc gia",
    "MTQG": "mục tiêu quốc gia",
    "CNTT": "công nghệ thông tin",
    "BHTN": "bảo hiểm thất nghiệp",
    "BH": "bảo hiểm",  # "BH thất nghiệp", "BH xã hội"
    "BHXH": "bảo hiểm xã hội",
    "TTDVVL": "trung tâm dịch vụ việc làm",
    "NHCSXH": "ngân hàng chính sách xã hội",
    "BQL": "ban quản lý",  # "BQL các KCN"
    "QL": "quản lý",  # "Ban QL khu kinh tế", "cán bộ QL"
    "CSDL": "cơ sở dữ liệu",  # "CSDL cung - cầu lao động"
    "GQVL": "giải quyết việc làm",  # "Kế hoạch GQVL và đào tạo nghề"
    "TTLĐ": "thị trường lao động",
    "CSVC": "cơ sở vật chất",  # "hiện đại hóa CSVC"
    "KT-XH": "kinh tế - xã hội",
    "HTX": "hợp tác xã",
    "BCĐ": "ban chỉ đạo",
    "UBND": "ủy ban nhân dân",
    "HĐND": "hội đồng nhân dân",
    "MTTQ": "mặt trận tổ quốc",
    "LHPN": "liên hiệp phụ nữ",
    # what students and parents type of a school's notice: "sđt tư vấn tuyển sinh", "KTX bao nhiêu tiền"
    "SĐT": "số điện thoại",
    "KTX": "ký túc xá",
    "DS": "danh sách",  # "lập DS người học", "ds đề nghị hỗ trợ"
}
# A department typed by its field's initials after "Sở" ("so nv", "Sở TC"): read in full there only ("nv" alone is as
# often "nhiệm vụ", "nhân viên").
_DEPARTMENT_INITIALS = {"nv": "noi vu", "tc": "tai chinh", "ct": "cong thuong", "yt": "y te", "xd": "xay dung",
                        "tp": "tu phap"}
_DEPARTMENT = re.compile(r"(?<![^\W_])(so\s+)(" + "|".join(_DEPARTMENT_INITIALS) + r")(?![^\W_])", re.IGNORECASE)


# Folded abbreviation → folded words; a Sở field is read in full too, written in one word ("LĐTBXH", "GDĐT") or
# with its "&" and "-" ("GD&ĐT", "LĐ-TB&XH"): "báo cáo gửi Sở GD&ĐT" then matches "gửi Sở Giáo dục và Đào tạo".
_IN_FULL: dict[str, str] = {
    fold_accents(short): fold_accents(full).replace(" - ", " ")
    for short, full in {**FIELD_ABBREVIATIONS, **BODY_ABBREVIATIONS}.items()
    if re.sub(r"[&-]", "", short).isalpha()
}
_SPELLED_OUT: dict[str, str] = {fold_accents(short).lower(): full for short, full in FIELD_ABBREVIATIONS.items()}
_ABBREVIATION = re.compile(r"(?<![^\W_])(" + "|".join(sorted(_IN_FULL, key=len, reverse=True)) + r")(?![^\W_])")


def spelled_out(word: str) -> str:
    """The words an abbreviation stands for, with their accents, or "" for any other word: what a question
    counts is named as plans name it ("bao nhiêu LĐ" counts "lao động").

    >>> spelled_out("LĐ"), spelled_out("người")
    ('lao động', '')
    """
    return _SPELLED_OUT.get(fold_accents(word).lower(), "")


def read_in_full(folded: str) -> str:
    """Folded text with each abbreviation replaced by the folded words it stands for.

    >>> read_in_full("ty le hoc sinh tot nghiep thcs vao hoc gdnn")
    'ty le hoc sinh tot nghiep trung hoc co so vao hoc giao duc nghe nghiep'

    A document number's code stays as it is ("70/kh-ubnd"); "cd/dh" is read in full; a department's initials
    after "Sở" too ("so nv" → "so noi vu").
    """
    def full(m: re.Match) -> str:
        start, end = folded.rfind(" ", 0, m.start()) + 1, folded.find(" ", m.end())
        chunk = folded[start:] if end < 0 else folded[start:end]
        # a document number's code ("70/kh-ubnd") stays; two abbreviations "CĐ/TC" are each read in full
        return m.group(1) if "/" in chunk and any(c.isdigit() for c in chunk) else _IN_FULL[m.group(1)]

    folded = _DEPARTMENT.sub(lambda m: m.group(1) + _DEPARTMENT_INITIALS[m.group(2).lower()], folded)
    return _ABBREVIATION.sub(full, folded)
