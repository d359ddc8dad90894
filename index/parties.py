"""A contract's parties: the labels ("Bên A", "Bên B") its text uses for the bodies it names once at the top.

A training-order contract introduces "BÊN ĐẶT HÀNG (sau đây gọi là Bên A): SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X" and from
then on writes only "Bên A tạm ứng …", "Nghĩa vụ của Bên B". A register that keeps "Bên B" as the body answers no
official who asks for the college by name, and a search for the college's duties finds none of its lines. The
labels are read here once (``parties``) and the names they stand for are used by the register (its rows name the
body) and by search and scoring (the plan's own terms, beside its abbreviations; ``index.glossary``).
"""

from __future__ import annotations

import re

from index.agencies import BODY_HEADS, canonical_agency, fold_aligned, looks_like_agency
from index.normalize import canonical
from index.vocab.phrases import PARTY_DEFINED, PARTY_LINE, PARTY_NAME_END

_MAX_NAME = 120  # characters: a name, not a paragraph


def parties(text: str) -> dict[str, str]:
    """The labels a text defines for its parties and the bodies they stand for ("Bên A" → "Sở Giáo dục và Đào
    tạo tỉnh Nghĩa Lâm"), {} when it defines none. A label is defined by "(sau đây gọi là Bên A)" after or before
    the name ("BÊN ĐẶT HÀNG (sau đây gọi là Bên A): SỞ …", "Trường Y (sau đây gọi tắt là Bên B)") or by a line
    opening with it ("Bên A: Sở Nội vụ"); the first definition of a label holds. A name written in capitals is
    given as the text spells it elsewhere in running words, or by its known canonical name."""
    text = canonical(text)
    found: dict[str, str] = {}
    for line in text.split("\n"):
        line = line.strip().strip("|").strip()
        defined = PARTY_DEFINED.search(line)
        if defined:
            label = _label(defined.group("label"))
            after = line[defined.end():].lstrip()
            name = _name(after[1:]) if after.startswith(":") else _name_before(line[:defined.start()])
        else:
            opening = PARTY_LINE.match(line)
            if not opening:
                continue
            label, name = _label(opening.group("label")), _name(opening.group("name"))
        if name and label not in found:
            found[label] = _as_written(name, text)
    return found


def _label(label: str) -> str:
    """"BÊN A", "bên a" → "Bên A"."""
    return "Bên " + label.split()[-1].upper()


def _name(value: str) -> str:
    """The name opening ``value``, up to its particulars; "" for what is no body."""
    end = PARTY_NAME_END.search(value)
    name = value[:end.start()] if end else value
    name = name.strip(" :.,;-–")
    return name if 0 < len(name) <= _MAX_NAME and looks_like_agency(_cased(name)) else ""


def _name_before(value: str) -> str:
    """The name a definition follows: the line before it, without a role label ("Bên đặt hàng:")."""
    value = re.sub(r"^.*?:\s*(?=\S)", "", value) if ":" in value else value
    return _name(value)


def _cased(name: str) -> str:
    """A name in capitals read as a name is written, as far as the body tests need: its head word, then a capital
    ("TRƯỜNG CAO ĐẲNG Y" → "Trường Cao đẳng y", "CÔNG TY TNHH Z" → "Công ty Tnhh z")."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    lowered = name[:1] + name[1:].lower()
    head = re.match(rf"(?:{BODY_HEADS})\s+", lowered)
    if not head:
        return lowered
    return lowered[:head.end()] + lowered[head.end():head.end() + 1].upper() + lowered[head.end() + 1:]


def _as_written(name: str, text: str) -> str:
    """A name in capitals as the text writes it in running words ("TRƯỜNG CAO ĐẲNG KỸ THUẬT - NÔNG LÂM NGHĨA LÂM"
    → "Trường Cao đẳng Kỹ thuật - Nông lâm Nghĩa Lâm", from the annex's "… giữa Sở … và Trường Cao đẳng …"), or by
    its canonical name, or with each word capitalised."""
    if name != name.upper():
        return name
    wanted = fold_aligned(name).split()
    pattern = re.compile(r"(?<![\w])" + r"\s+".join(map(re.escape, wanted)) + r"(?![\w])")
    for m in pattern.finditer(fold_aligned(text)):
        written = " ".join(text[m.start():m.end()].split())
        if written != written.upper():
            return written
    known = canonical_agency(_cased(name))
    if known != _cased(name):
        return known
    words = " ".join(w if not _VOWEL.search(w) else w[:1] + w[1:].lower() for w in name.split())  # "TNHH" stays
    head = re.match(rf"(?:{BODY_HEADS})(?![\w])", words, re.IGNORECASE)
    return words if not head else _cased(name)[:head.end()] + words[head.end():]


_VOWEL = re.compile(r"[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
