"""Which lines are a translation, not the plan's own Vietnamese.

A donor-funded project's plan is often bilingual: each paragraph in Vietnamese,
then in English (side by side in a layout table, or one after the other). A
Vietnamese reader is quoted the Vietnamese; the English line says the same in
another language, with numbers written otherwise ("1,250" for "1.250").
"""

from __future__ import annotations

import re

from index.normalize import fold_accents

# Letters only Vietnamese writes; a line typed without marks has none, but its words are still Vietnamese syllables.
_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
# A Vietnamese syllable, marks folded: an onset, one to three vowels, a final ("nghiep", "truong", "quy");
# "placement", "months", "job", "of", "and" are none.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_INITIALISM = 6  # at most so many capitals: "UBND", "GDNN", "HĐND" are words of a plan, no syllables
MIN_WORDS = 4  # a short line ("PMU", "Q1 2026") is a name or a date, no sentence in any language
FOREIGN_SHARE = 0.4  # of its lower-case words no Vietnamese syllable: a sentence in another language


def is_foreign_line(text: str) -> bool:
    """Whether a line is written in another language (the English of a bilingual plan): no Vietnamese letter, and
    many of its words no Vietnamese syllable ("The project is implemented in 2025 - 2027 in Lac Van province").
    Names ("Zalo", "Lac Van") and initialisms ("PMU", "GDNN") are no evidence either way."""
    if _MARKED.search(text):
        return False
    words = [w for w in _WORD.findall(text) if w.islower()]
    foreign = sum(_SYLLABLE.fullmatch(w) is None for w in words)
    return len(words) >= MIN_WORDS and foreign >= FOREIGN_SHARE * len(words)


def syllable_share(text: str) -> float:
    """The share of a text's letters that stand in Vietnamese syllables (marks folded) or initialisms; 1.0 for a
    text with no letter. Any Vietnamese page is mostly syllables (0.47 for the worst scanner's layer here, its marks
    lost); a PDF's text drawn in fonts with no Unicode map reads as runs of letters in no syllable at all.

    >>> round(syllable_share("Sở Giáo dục và Đào tạo chủ trì, UBND xã phối hợp"), 2)
    1.0
    >>> round(syllable_share("UYVacdVghiVNklV5khVmgkVn ,/VokVprVgcsgVktu"), 2)
    0.0
    """
    words = _LETTER_RUN.findall(text)
    letters = sum(len(w) for w in words)
    kept = sum(len(w) for w in words
               if _SYLLABLE.fullmatch(fold_accents(w)) or (w.isupper() and len(w) <= _INITIALISM))
    return kept / letters if letters else 1.0


def is_translation(line: str, original: str) -> bool:
    """Whether a line can be another line said over in another language: the original writes Vietnamese letters and
    the line none ("6.1. Project Management Unit (PMU)" after "6.1. Ban Quản lý dự án")."""
    return bool(_MARKED.search(original)) and not _MARKED.search(line) and bool(_WORD.search(line))


MIN_SENTENCES = 3  # lines long enough to judge a column by
FOREIGN_COLUMN = 0.5  # of those, the share in another language that makes a column the translation


def is_translation_column(lines: list[str]) -> bool:
    """Whether a page's column is the translation of a bilingual plan laid out side by side (Vietnamese left,
    English right): most of its lines long enough to judge are in another language."""
    judged = [line for line in lines if len([w for w in _WORD.findall(line) if w.islower()]) >= MIN_WORDS]
    foreign = sum(is_foreign_line(line) for line in judged)
    return len(judged) >= MIN_SENTENCES and foreign >= FOREIGN_COLUMN * len(judged)
