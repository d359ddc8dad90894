"""Text typed in the legacy Vietnamese TCVN3 (ABC) fonts, read as Unicode.

Offices that still use the old ".VnTime" fonts store "Kế hoạch" as the TCVN3 codes of its letters, which every
program reads as Latin-1 symbols ("KÕ ho¹ch"); their capital fonts (".VnTimeH", ".VnArialH") draw the code of a
lower-case letter as its capital, so "KẾ HOẠCH" is stored as "kÕ ho¹ch". The font a run is set in says which:
a font named ".Vn…" holds TCVN3, and one whose name ends in "H" holds capitals.
"""

from __future__ import annotations

import unicodedata

# The TCVN3 code of each Vietnamese letter (in a ".Vn" font) beside the letter it stands for: the modified
# vowels and "đ", then each vowel with its five tones (huyền, hỏi, ngã, sắc, nặng); capitals with a tone have
# no code of their own (the capital fonts draw the lower-case codes).
_CODES = (
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ "
    "µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ "
    "Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị "
    "ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ "
    "ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ"
)
_TCVN3 = str.maketrans({pair[0]: pair[1] for pair in _CODES.split()})


def is_tcvn3_font(font: str | None) -> bool:
    """Whether text set in ``font`` is stored as TCVN3 codes (".VnTime", ".VnArial", ".VnTimeH", ".VnCentury")."""
    return bool(font) and font.strip().lower().startswith(".vn")  # type: ignore[union-attr]


def is_capital_font(font: str | None) -> bool:
    """Whether a TCVN3 font draws every letter as its capital (".VnTimeH", ".VnArialH")."""
    return is_tcvn3_font(font) and font.strip().endswith("H")  # type: ignore[union-attr]


def from_tcvn3(text: str, font: str | None = ".VnTime") -> str:
    """``text`` stored in the TCVN3 font ``font``, as Unicode (NFC); a capital font's letters upper-cased."""
    decoded = unicodedata.normalize("NFC", text.translate(_TCVN3))
    return decoded.upper() if is_capital_font(font) else decoded
