"""Heading markers and bullets: how plans number and list their parts.

Raw-text patterns (diacritics kept), matched at the start of a paragraph.
"""

from __future__ import annotations

import re

ROMAN = r"[IVX]{1,5}"
# A valid roman numeral up to XXXIX ("IIII" or "VX" is not one).
VALID_ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")

# (kind, rank, pattern); group 1 is the marker. Lower rank = higher level.
#   roman      "II. MỤC TIÊU"                   rank 1
#   number     "2. Nhiệm vụ"                    rank 2
#   subnumber  "2.1. Tuyển sinh", "2.1 Tuyển"   rank 3
#   letter     "a) Đào tạo"                     rank 4
HEADING_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    ("roman", 1, re.compile(rf"^({ROMAN})\s*\.\s*(?=\S)")),
    ("subnumber", 3, re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s*\.?\s+(?=\S)")),
    ("number", 2, re.compile(r"^(\d{1,2})\s*\.\s+(?=\S)")),
    ("letter", 4, re.compile(r"^([a-zđ])\)\s*(?=\S)")),
]

# Any heading marker at the start of a title, to strip it:
# "V. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN", "2.1 Tuyển sinh" → "Tuyển sinh".
ANY_MARKER = re.compile(rf"^(?:{ROMAN}\s*\.|\d{{1,2}}(?:\.\d{{1,2}})*\s*\.?(?=\s)|\d{{1,2}}(?:\.\d{{1,2}})+\s*\.?|[a-zđ]\))\s*")

# A piece of text that is only a marker ("1.", "IV", "2.3", "b)"): not a sentence.
BARE_MARKER = re.compile(r"[0-9IVX]{1,4}(\.[0-9]{1,2})*\.?|[a-zđ]\)")

# Bullets: "- Tổ chức …", "+ Hỗ trợ …", "• …", "* …", "– …" (one or several).
BULLET = re.compile(r"^(?:[-+•*–]\s*)+")
# A letter item "a) …" (stripped together with bullets from task text).
LETTER_ITEM = re.compile(r"^[a-zđ]\)\s*")

# A line that opens a new item, so a hard-wrapped line before it does not continue
# into it: "II. ", "2. Tuyển", "2.1 Đào", "a) ", "- Tổ chức", "+ Hỗ trợ".
# "- 2030, tầm nhìn" (a wrapped range) does not qualify.
STRUCTURAL_START = re.compile(
    r"^([IVX]{1,4}\.\s|\d{1,2}(\.\d{1,2})*\.?\s+[A-ZĐÀ-Ỹ]|[a-zđ]\)\s|[-+•]\s*[A-ZĐÀ-Ỹ])"
)


def strip_marker(title: str) -> str:
    """Heading text without its number ("V. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN")."""
    return ANY_MARKER.sub("", title.strip()).strip()


def strip_bullet(text: str) -> str:
    """Item text without its bullets or letter ("- a) Tổ chức …" → "Tổ chức …")."""
    return LETTER_ITEM.sub("", BULLET.sub("", text.strip())).strip()
