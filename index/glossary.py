"""A plan's own abbreviations, and its text read with them in full for matching.

Long documents (an Đề án, a report) list the abbreviations they coin ("DANH MỤC CÁC TỪ VIẾT TẮT": "SGDĐT | Sở
Giáo dục và Đào tạo") and then write them everywhere ("SGDĐT chủ trì, phối hợp SNV …"). A user asks in full
words, which share nothing with "SGDĐT": the line that answers is neither found nor judged to answer. The
field's usual abbreviations are read in full everywhere (``vocab.abbreviations``); a plan's own are read in full
in that plan only, for search and scoring, and so are a contract's party labels ("Bên A") and a text's references to
its own articles ("hỗ trợ quy định tại Điều 5" is read with the article's title beside it: "Điều 5 (Hỗ trợ doanh
nghiệp, hợp tác xã tiếp nhận lao động)"). The text shown is never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from index.normalize import canonical
from index.parties import parties
from index.tables import pipe_cells
from index.vocab.phrases import (
    ABBREVIATION,
    ARTICLE_HEADING,
    COLLECTIVE_TERM,
    GLOSSARY_LINE,
    GLOSSARY_TITLE,
    NOT_OWN_ARTICLE,
)

_ENTRY_SEPARATOR = "; "
_MAX_LONG = 120  # characters: a long form is a name, not a paragraph


def glossary(text: str) -> dict[str, str]:
    """The abbreviations a plan's list of them defines (short → long), {} when it has none: the lines right under
    its title, as a table ("| GDNN | Giáo dục nghề nghiệp |", an ordinal column and a header row allowed), as
    lines ("GDNN: Giáo dục nghề nghiệp"), or as the two columns of a table read one cell a line (a Word table of
    two columns is read as text: "GDNN" / "Giáo dục nghề nghiệp"), up to the first line that is none of these."""
    lines = [line.strip() for line in canonical(text).split("\n") if line.strip()]
    start = next((i for i, line in enumerate(lines) if GLOSSARY_TITLE.match(line)), None)
    if start is None:
        return {}
    found: dict[str, str] = {}
    i = start + 1
    while i < len(lines):
        line, after = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        entry = _entry(line)
        if entry is None and re.fullmatch(ABBREVIATION, line) and _is_long_form(after, line):
            entry, i = (line, after), i + 1  # the cells of one row, a line each
        i += 1
        if entry is not None:
            found.setdefault(*entry)
        elif _ORDINAL.fullmatch(line):
            continue  # an ordinal column read a cell a line
        elif found or not (line.startswith("|") or _HEADER_CELL.fullmatch(line)):
            break  # a header row (a table's, or its cells a line each) may stand before the entries
    return found


# A header cell of a list of abbreviations ("Chữ viết tắt", "Nội dung viết đầy đủ", "STT"), an ordinal ("1").
_ORDINAL = re.compile(r"\d{1,3}\.?")
_HEADER_CELL = re.compile(r"(?i)s?tt|(?:chữ |từ )?viết tắt|ký hiệu|nội dung.{0,20}|giải thích|diễn giải"
                          r"|nghĩa.{0,20}")


def _entry(line: str) -> tuple[str, str] | None:
    if line.startswith("|"):
        cells = [c for c in pipe_cells(line) or [] if c]
        cells = cells[1:] if cells and cells[0].rstrip(".").isdigit() else cells  # an ordinal column
        if len(cells) == 2 and re.fullmatch(ABBREVIATION, cells[0]) and _is_long_form(cells[1], cells[0]):
            return cells[0], cells[1]
        return None
    m = GLOSSARY_LINE.match(line)
    return (m["short"], m["long"].strip()) if m and _is_long_form(m["long"], m["short"]) else None


def _is_long_form(long: str, short: str) -> bool:
    """Words longer than the abbreviation, not another abbreviation ("Chữ viết tắt | Nội dung" is a header)."""
    return len(long) <= _MAX_LONG and len(long.split()) >= 2 and not re.fullmatch(ABBREVIATION, long) \
        and long.lower() not in ("viết đầy đủ", "nội dung", "giải thích", "nghĩa đầy đủ", "diễn giải")


def article_titles(text: str) -> dict[str, str]:
    """The titles of the articles a text numbers ("Điều 5" → "Hỗ trợ doanh nghiệp, hợp tác xã tiếp nhận lao động"),
    {} for none; a number two articles share (a decision and the regulation it issues, in one file) says nothing."""
    headings = [m for line in canonical(text).split("\n") if (m := ARTICLE_HEADING.match(line.strip()))]
    numbers = Counter(m["number"] for m in headings)
    return {f"Điều {m['number']}": m["title"] for m in headings if m["title"] and numbers[m["number"]] == 1}


def collective_terms(text: str) -> dict[str, str]:
    """The terms a text coins for several kinds it names once, read with them ("cơ sở sản xuất, kinh doanh" →
    "cơ sở sản xuất, kinh doanh (Doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh)"), as written and
    capitalised at a row's start: a question names a cooperative, the loan table only the term."""
    found: dict[str, str] = {}
    for m in COLLECTIVE_TERM.finditer(canonical(text)):
        term, members = m["term"].strip(), " ".join(m["members"].split())
        if _ENTRY_SEPARATOR.strip() in members or "=" in members:
            continue
        for written in (term, term[:1].upper() + term[1:]):
            found.setdefault(written, f"{written} ({members})")
    return found


def glossary_field(text: str) -> str:
    """The glossary as one stored field: "SGDĐT=Sở Giáo dục và Đào tạo; SNV=Sở Nội vụ", with a contract's party
    labels read with the bodies they stand for ("Bên B=Bên B (Trường Cao đẳng Y)", ``index.parties``): a question
    may name the college or say "Bên B"; and the text's own articles with their titles ("Điều 5=Điều 5 (Hỗ trợ …)"):
    a question names what an article is about, the text that answers it only its number; and the terms it coins for
    several kinds (``collective_terms``)."""
    terms = {**glossary(text), **collective_terms(text),
             **{label: f"{label} ({name})" for label, name in parties(text).items()},
             **{number: f"{number} ({title})" for number, title in article_titles(text).items()}}
    return _ENTRY_SEPARATOR.join(f"{short}={long}" for short, long in terms.items())


@lru_cache(maxsize=64)
def _reader(field: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of a stored glossary's abbreviations and their long forms, built once per plan: units of a plan
    are read with it many times on each answer."""
    entries = dict(entry.split("=", 1) for entry in field.split(_ENTRY_SEPARATOR) if "=" in entry)
    if not entries:
        return None
    terms = [re.escape(term) + (NOT_OWN_ARTICLE if term.startswith("Điều ") else "")
             for term in sorted(entries, key=len, reverse=True)]
    pattern = re.compile(r"(?<![\w&-])(" + "|".join(terms) + r")(?![\w&-])")
    return pattern, entries


def party_named(field: str, label: str) -> str:
    """The body a party label stands for in a stored glossary field ("Bên B=Bên B (Trường Cao đẳng Y)" → "Trường Cao
    đẳng Y"), "" when the plan defines no such party: "Bên B phải làm gì?" asks the duties the register keeps under
    the body's name."""
    reader = _reader(field) if field else None
    long = reader[1].get(label, "") if reader else ""
    return long[len(label) + 2:-1] if long.startswith(f"{label} (") and long.endswith(")") else ""


def read_in_full_with(text: str, field: str) -> str:
    """The text with each abbreviation the plan defines (``field``) read as its long form, for matching only, as
    the field's own abbreviations are (``vocab.abbreviations``): "SGDĐT chủ trì, tổ chức 24 PGDVL" → "Sở Giáo dục
    và Đào tạo chủ trì, tổ chức 24 phiên giao dịch việc làm". Unchanged without a glossary."""
    reader = _reader(field) if field else None
    if reader is None:
        return text
    pattern, entries = reader
    return pattern.sub(lambda m: entries[m.group(1)], text)
