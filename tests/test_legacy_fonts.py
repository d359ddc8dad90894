"""index.legacy_fonts: the TCVN3 codes read back as the Vietnamese letters they show."""

from __future__ import annotations

import pytest

from index.legacy_fonts import from_tcvn3, is_capital_font, is_tcvn3_font
from tests.fixtures_docs import to_tcvn3


@pytest.mark.parametrize(("stored", "font", "shown"), [
    ("KÕ ho¹ch", ".VnTime", "Kế hoạch"),
    ("§µo t¹o nghÒ", ".VnTime", "Đào tạo nghề"),
    ("Së Néi vô", ".VnTime", "Sở Nội vụ"),
    ("tr\u00adêng", ".VnTime", "trường"),  # "ư" is the soft hyphen's code
    ("kÕ ho¹ch", ".VnTimeH", "KẾ HOẠCH"),  # the capital font draws the lower-case codes
    ("ñy ban nh©n d©n", ".VnArialH", "ỦY BAN NHÂN DÂN"),
    ("15/12/2026", ".VnTime", "15/12/2026"),  # figures and punctuation are themselves
])
def test_tcvn3_text_reads_as_the_letters_it_shows(stored, font, shown):
    assert from_tcvn3(stored, font) == shown


def test_every_vietnamese_letter_round_trips():
    letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    assert from_tcvn3(to_tcvn3(letters)) == letters
    assert from_tcvn3(to_tcvn3(letters.upper(), capitals=True), ".VnTimeH") == letters.upper()
    assert len(set(to_tcvn3(letters))) == len(letters)  # one code a letter


def test_legacy_fonts_are_told_by_name():
    assert is_tcvn3_font(".VnTime") and is_tcvn3_font(".VnCentury Schoolbook") and not is_tcvn3_font("Times New Roman")
    assert not is_tcvn3_font(None) and not is_tcvn3_font("")
    assert is_capital_font(".VnTimeH") and not is_capital_font(".VnTime") and not is_capital_font("Arial H")
