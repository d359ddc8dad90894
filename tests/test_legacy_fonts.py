"""index.legacy_fonts: the TCVN3 and VNI codes read back as the Vietnamese letters they show."""

from __future__ import annotations

import pytest

from index.legacy_fonts import (
    from_legacy,
    from_tcvn3,
    from_vni,
    is_capital_font,
    is_legacy_font,
    is_tcvn3_font,
    is_vni_font,
)
from tests.fixtures_docs import to_tcvn3, to_vni

LETTERS = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"


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
    letters = LETTERS
    assert from_tcvn3(to_tcvn3(letters)) == letters
    assert from_tcvn3(to_tcvn3(letters.upper(), capitals=True), ".VnTimeH") == letters.upper()
    assert len(set(to_tcvn3(letters))) == len(letters)  # one code a letter


def test_legacy_fonts_are_told_by_name():
    assert is_tcvn3_font(".VnTime") and is_tcvn3_font(".VnCentury Schoolbook") and not is_tcvn3_font("Times New Roman")
    assert not is_tcvn3_font(None) and not is_tcvn3_font("")
    assert is_capital_font(".VnTimeH") and not is_capital_font(".VnTime") and not is_capital_font("Arial H")


@pytest.mark.parametrize(("stored", "shown"), [
    ("Keá hoaïch", "Kế hoạch"),  # a base letter, then the code of its marks
    ("Vieät Nam, ñöôïc Ñaøo taïo", "Việt Nam, được Đào tạo"),
    ("Tænh Taây Ñieàn; Chính saùch; Quyù II/2026", "Tỉnh Tây Điền; Chính sách; Quý II/2026"),  # i toned in one code
    ("KEÁ HOAÏCH THÖÏC HIEÄN", "KẾ HOẠCH THỰC HIỆN"),  # capitals have codes of their own
    ("aê aé aè aú aü aë, ô ôù, ö öï, î", "ă ắ ằ ẳ ẵ ặ, ơ ớ, ư ự, ỵ"),
    ("15/12/2026: 40.000 ñoàng", "15/12/2026: 40.000 đồng"),
])
def test_vni_text_reads_as_the_letters_it_shows(stored, shown):
    assert from_vni(stored) == shown
    assert from_legacy(stored, "VNI-Times") == shown and from_legacy(stored, "Times New Roman") == stored


def test_every_vietnamese_letter_round_trips_through_vni():
    for letters in (LETTERS, LETTERS.upper()):
        assert from_vni(to_vni(letters)) == letters
    assert to_vni("Kế hoạch") == "Keá hoaïch" and to_vni("Chính") == "Chính"


def test_vni_fonts_are_told_by_name():
    assert is_vni_font("VNI-Times") and is_vni_font("VNI-Helve-Condense") and not is_vni_font(".VnTime")
    assert is_legacy_font("VNI-Times") and is_legacy_font(".VnTime") and not is_legacy_font("Times New Roman")
    assert not is_vni_font(None) and not is_legacy_font("")
