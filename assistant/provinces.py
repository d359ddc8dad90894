"""Vietnam's provinces and centrally-run cities, by name.

Used to notice a place the indexed plans do not cover (a question about
Đà Nẵng must be refused, not answered from Hà Nội's plan) and to write that
place back with its diacritics. The 63 units before the 2025 mergers, plus
common short forms of Hồ Chí Minh City.
"""

from __future__ import annotations

import re

from index.normalize import comparison_form, fold_accents

NAMES = (
    "An Giang, Bà Rịa - Vũng Tàu, Bắc Giang, Bắc Kạn, Bạc Liêu, Bắc Ninh, Bến Tre, Bình Định, Bình Dương, "
    "Bình Phước, Bình Thuận, Cà Mau, Cần Thơ, Cao Bằng, Đà Nẵng, Đắk Lắk, Đắk Nông, Điện Biên, Đồng Nai, "
    "Đồng Tháp, Gia Lai, Hà Giang, Hà Nam, Hà Tĩnh, Hậu Giang, Hòa Bình, Hưng Yên, Khánh Hòa, Kiên Giang, "
    "Kon Tum, Lai Châu, Lâm Đồng, Lạng Sơn, Lào Cai, Long An, Nam Định, Nghệ An, Ninh Bình, Ninh Thuận, "
    "Phú Thọ, Phú Yên, Quảng Bình, Quảng Nam, Quảng Ngãi, Quảng Ninh, Quảng Trị, Sóc Trăng, Sơn La, Tây Ninh, "
    "Thái Bình, Thái Nguyên, Thanh Hóa, Thừa Thiên Huế, Tiền Giang, Trà Vinh, Tuyên Quang, Vĩnh Long, Vĩnh Phúc, "
    "Yên Bái, Hà Nội, Hải Phòng, Hải Dương, Hồ Chí Minh, TP HCM, TPHCM, Sài Gòn, Bà Rịa Vũng Tàu"
).split(", ")

# folded name ("da nang") -> display name ("Đà Nẵng")
BY_FOLDED: dict[str, str] = {fold_accents(name): name for name in NAMES}
_WRITTEN = frozenset(NAMES)
# Short forms users type for the two big cities of the north ("học nghề ở HN"), folded → the folded name.
# Not "ĐN" (doanh nghiệp) nor a province's initials in general ("HD" is hướng dẫn, "BV" bệnh viện).
SHORT_FORMS: dict[str, str] = {"hn": "ha noi", "tp hn": "ha noi", "tphn": "ha noi", "hp": "hai phong",
                               "tp hp": "hai phong", "tphp": "hai phong"}


Span = tuple[int, int, str]


def without_overlaps(spans: list[Span]) -> list[Span]:
    """The longest of overlapping spans, the leftmost on a tie ("Phú Hà năm 2023" is not Hà Nam), in text order.
    A place the national list lacks is named only because a plan held is of it: it wins a tie, so "moi nam dinh
    son" (mỗi năm Định Sơn) is Định Sơn, not Nam Định."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], _listed(s[2]), s[0])):
        if not any(span[0] < k[1] and k[0] < span[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def _listed(name: str) -> bool:
    """Whether a span's name is a national province (folded or written) or none at all (a plan reference)."""
    return not name or name in BY_FOLDED or name in _WRITTEN or name in SHORT_FORMS


def place_spans(folded: str, places: dict[str, str]) -> list[Span]:
    """(start, end, display name) of every place named in a folded text (``places``: folded → display)."""
    return [(m.start(), m.end(), shown)
            for name, shown in places.items() for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]


def typed_as(typed: str, name: str) -> bool:
    """Whether the text typed where a place's folded name matched writes that name: each letter typed with a mark
    is the name's ("Nam Định", "nam dinh", "Ha Nội"), so "mỗi năm định hướng" names no Nam Định."""
    typed, name = comparison_form(typed), comparison_form(name)
    return len(typed) == len(name) and all(t == n or t == fold_accents(t) for t, n in zip(typed, name))

