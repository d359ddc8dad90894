"""Text typed in the legacy Vietnamese fonts, TCVN3 (ABC) and VNI, read as Unicode.

Offices that still use the old ".VnTime" fonts store "Kế hoạch" as the TCVN3 codes of its letters, which every
program reads as Latin-1 symbols ("KÕ ho¹ch"); their capital fonts (".VnTimeH", ".VnArialH") draw the code of a
lower-case letter as its capital, so "KẾ HOẠCH" is stored as "kÕ ho¹ch". Offices of the South use the VNI fonts
("VNI-Times", "VNI-Helve"), which store a letter as its base letter followed by the code of its marks: "Kế
hoạch" is "Keá hoaïch", "được" is "ñöôïc". The font a run is set in says which: a font named ".Vn…" holds TCVN3
(one whose name ends in "H" capitals), a font named "VNI-…" holds VNI.
"""

from __future__ import annotations

import re
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


# The VNI code of each mark as it follows its base letter, lower case then upper case: the tones on a plain
# vowel (sắc, huyền, hỏi, ngã, nặng), the hat of â ê ô with its tones, the breve of ă with its tones.
_VNI_TONES = "ùøûõï", "ÙØÛÕÏ"
_VNI_HATS = "âáàåãä", "ÂÁÀÅÃÄ"
_VNI_BREVES = "êéèúüë", "ÊÉÈÚÜË"
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # combining sắc, huyền, hỏi, ngã, nặng


def _vni_table() -> dict[str, str]:
    """VNI code (one or two characters) → Unicode letter."""
    toned = ["", *_TONES]  # a mark alone, then with each tone
    table: dict[str, str] = {}
    for case, (tones, hats, breves) in enumerate(zip(_VNI_TONES, _VNI_HATS, _VNI_BREVES, strict=True)):
        up = str.upper if case else str.lower
        for base in "aeouy":
            for code, tone in zip(tones, _TONES, strict=True):
                table[up(base) + code] = up(base) + tone
        for base in "aeo":  # â ê ô
            for code, tone in zip(hats, toned, strict=True):
                table[up(base) + code] = up(base) + "\u0302" + tone
        for code, tone in zip(breves, toned, strict=True):  # ă
            table[up("a") + code] = up("a") + "\u0306" + tone
        # ơ and ư are letters of their own (ô, ö), toned like a plain vowel
        for letter, base in ((up("ô"), up("o") + "\u031b"), (up("ö"), up("u") + "\u031b")):
            table[letter] = base
            for code, tone in zip(tones, _TONES, strict=True):
                table[letter + code] = base + tone
        # i toned in one code (í ì æ ó ò), so is ỵ (î); đ is ñ
        for code, tone in zip("íìæóò", _TONES, strict=True):
            table[up(code)] = up("i") + tone
        table[up("î")] = up("y") + "\u0323"
        table[up("ñ")] = up("đ")
    return {code: unicodedata.normalize("NFC", letter) for code, letter in table.items()}


VNI_CODES = _vni_table()  # VNI code → letter
_VNI_CODE = re.compile("|".join(sorted(map(re.escape, VNI_CODES), key=len, reverse=True)))


def is_vni_font(font: str | None) -> bool:
    """Whether text set in ``font`` is stored as VNI codes ("VNI-Times", "VNI-Helve", "VNI-Avo")."""
    return bool(font) and font.strip().lower().startswith("vni-")  # type: ignore[union-attr]


def is_legacy_font(font: str | None) -> bool:
    """Whether text set in ``font`` is stored in a legacy encoding (TCVN3 or VNI)."""
    return is_tcvn3_font(font) or is_vni_font(font)


def from_legacy(text: str, font: str | None) -> str:
    """``text`` stored in the legacy font ``font`` as Unicode (NFC); text in any other font as it is."""
    if is_tcvn3_font(font):
        return from_tcvn3(text, font)
    return from_vni(text) if is_vni_font(font) else text


def from_vni(text: str) -> str:
    """``text`` stored in a VNI font, as Unicode (NFC)."""
    return _VNI_CODE.sub(lambda m: VNI_CODES[m.group()], text)


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
