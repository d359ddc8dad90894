"""Text normalisation for Vietnamese plan texts: pure functions, no models.

Plans arrive as Markdown exports, plain text and PDF extractions. The same
word can be spelled with the tone mark on either vowel (hoà / hòa) and PDF
text is hard-wrapped mid-sentence. Everything downstream (chunk ids, BM25,
quote matching) relies on one canonical form, produced here.
"""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng

_WORD = re.compile(r"\w+")
# oa / oe / uy at the very end of an open syllable; a preceding q makes "uy" a
# consonant + vowel pair (quý), so it is excluded.
_OPEN_DIPHTHONG = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])$")


def _move_tone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return word
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    bare_nfc = unicodedata.normalize("NFC", bare)
    match = _OPEN_DIPHTHONG.search(bare_nfc)
    if not match or len(bare_nfc) > 7:
        return word
    # Only the first vowel of the cluster may carry other marks (none do for
    # these three diphthongs); put the tone right after it.
    pos = match.start(1)
    first = unicodedata.normalize("NFD", bare_nfc[pos])
    rebuilt = bare_nfc[:pos] + unicodedata.normalize("NFC", first + tones[0]) + bare_nfc[pos + 1 :]
    return rebuilt


def unify_tone_placement(text: str) -> str:
    """Put the tone of open oa/oe/uy syllables on the first vowel (hoà → hòa).

    Both placements are correct Vietnamese; documents mix them, and a query
    typed one way must match a plan written the other way.
    """
    return _WORD.sub(lambda m: _move_tone(m.group(0)), text)


def fold_accents(text: str) -> str:
    """Lower-case ASCII skeleton of Vietnamese text (Sở Lao động → so lao dong).

    Used to match questions typed without diacritics; đ folds to d.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def canonical(text: str) -> str:
    """NFC + unified tone placement: the canonical spelling used everywhere."""
    return unify_tone_placement(nfc(text))


_DASHES = re.compile(r"[\u2013\u2014\u2212]")
_SPACES = re.compile(r"\s+")


def comparison_form(text: str) -> str:
    """The eval README's comparison normalisation (lower case, no * or #, one space)."""
    text = canonical(text).lower()
    text = text.replace("*", "").replace("#", "")
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------- markdown

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?![*_])(?=\S)|(?<=\S)(\*{1,3}|_{2,3})")
_LONE_URL = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*(-\s*)?\d{1,3}(\s*-)?\s*$")


def strip_markdown(line: str) -> str:
    """Remove heading marks and emphasis from one line."""
    line = _MD_HEADING.sub("", line)
    line = line.replace("\\*", "*")
    line = _MD_EMPHASIS.sub("", line)
    return line.replace("**", "").strip()


def is_artefact(line: str) -> bool:
    """A lone URL or a page number left over from PDF or web extraction."""
    return bool(_LONE_URL.match(line) or _PAGE_NUMBER.match(line))


# ---------------------------------------------------------------- hard wraps

_TERMINAL = tuple(".;:!?…")
_SENTENCE_END = tuple(".!?…")
# A next line that opens a new item: roman or numbered heading, letter item,
# or a bullet followed by a capital. "- 2030, tầm nhìn" (a wrapped range)
# does not qualify.
_STRUCTURAL_START = re.compile(
    r"^([IVX]{1,4}\.\s|\d{1,2}(\.\d{1,2})*\.?\s+[A-ZĐÀ-Ỹ]|[a-zđ]\)\s|[-+•]\s*[A-ZĐÀ-Ỹ])"
)


# Capitalised openers of a new paragraph in administrative texts; never the
# continuation of a wrapped sentence.
_PARAGRAPH_OPENER = re.compile(r"^(Căn cứ|Thực hiện|Trên đây|Nơi nhận)\b")


def _line_lengths(lines: list[str]) -> list[int]:
    return sorted(len(l) for l in lines if l)


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """PDF extractions break every line near one width; prose files do not."""
    lengths = _line_lengths(lines)
    if len(lengths) < 20:
        return False
    p90 = lengths[int(len(lengths) * 0.9)]
    if p90 > 110:
        return False
    long_open = [l for l in lines if len(l) >= 0.75 * p90 and not l.endswith(_TERMINAL)]
    return len(long_open) >= 0.3 * len(lengths)


def _continues(line: str, following: str, width: int) -> bool:
    if _PARAGRAPH_OPENER.match(following):
        return False
    return len(line) >= 0.8 * width and not _STRUCTURAL_START.match(following)


def join_hard_wraps(lines: list[str]) -> list[str]:
    """Re-join lines that were broken mid-sentence.

    Anywhere, a line that does not end a sentence continues on the next
    non-empty line when that one starts in lower case (no paragraph of a
    plan does). When the document as a whole looks hard-wrapped (PDF
    extraction), a line that runs close to the wrap width and does not end
    a sentence also continues, unless the next line opens a new item; blank
    lines carry no meaning in such text.
    """
    wrapped = _looks_hard_wrapped(lines)
    lengths = _line_lengths(lines)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    content = [l for l in lines if l]
    out: list[str] = []
    current = ""
    for i, line in enumerate(content):
        current = f"{current} {line}" if current else line
        following = content[i + 1] if i + 1 < len(content) else ""
        if following and not line.endswith(_SENTENCE_END):
            # No paragraph starts in lower case, even after ";" or ":".
            if following[:1].islower() and not _STRUCTURAL_START.match(following):
                continue
        if following and not line.endswith(_TERMINAL) and wrapped and _continues(line, following, width):
            continue
        out.extend([current, ""])
        current = ""
    return out


def clean_lines(raw: str) -> list[str]:
    """Normalise a whole plan into paragraphs (one per line, "" between them).

    Markdown marks go (the numbering, not the inconsistent markdown levels,
    gives the structure), artefact lines are dropped, wraps are re-joined.
    """
    text = canonical(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", ""))
    text = text.replace("\u00a0", " ").replace("\t", " ")
    stripped: list[str] = []
    for raw_line in text.split("\n"):
        clean = re.sub(r" {2,}", " ", strip_markdown(raw_line))
        if clean and is_artefact(clean):
            continue
        stripped.append(clean)
    return join_hard_wraps(stripped)


def normalize_text(raw: str) -> str:
    """The canonical plan text: clean paragraphs separated by one blank line."""
    return "\n\n".join(line for line in clean_lines(raw) if line)
