"""Plan metadata (number, date, province, issuer, title, signer) from the plan text.

Answers and citations name a plan by its number, date and province, and the
retriever boosts a plan the question names; both need these fields. They are
read from the conventional layout of Vietnamese administrative documents
(Nghị định 30/2020/NĐ-CP): issuing-body header, "Số: .../KH-...", the
"<place>, ngày ... tháng ... năm ..." line, the "KẾ HOẠCH" heading and title,
the preamble ("Căn cứ ...", "Thực hiện ..., <body> ban hành Kế hoạch") and the
signature block. Nothing is tuned to particular files: a field the text does
not state stays empty rather than guessed, and a `<plan>.meta.json` sidecar
can fill or correct any field by hand.

All functions are pure except `load_sidecar` / `plan_metadata`, which read the
optional sidecar file.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.normalize import canonical, fold_accents, strip_markdown


@dataclass(frozen=True)
class PlanMetadata:
    doc: str
    number: str = ""
    number_suffix: str = ""
    date: str = ""
    date_text: str = ""
    year: int | None = None
    place: str = ""
    province: str = ""
    issuer: str = ""
    title: str = ""
    signer: str = ""
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


FIELDS = tuple(f.name for f in dataclasses.fields(PlanMetadata))

# ---------------------------------------------------------------- patterns

_DASH = re.compile(r"\s*[\u2013\u2014\u2212-]\s*")
_WS = re.compile(r"\s+")
# "Số: 70 /KH-UBND", "Số: /KH-SLĐTBXH", "Số: 12/2024/KH-UBND".
_NUMBER = re.compile(
    r"\bSố\s*:?\s*(?P<num>\d[\d\s./]*?)?\s*/\s*"
    r"(?P<suf>[A-ZĐ][A-ZĐ&]*(?:\s*[-\u2013]\s*[A-ZĐ][A-ZĐ&]*)+)"
)
# "<place>, ngày 07 tháng 3 năm 2023" with any of day / month left blank (and
# the comma or the place itself sometimes missing).
_DATE = re.compile(
    r"(?P<prefix>[^\n,]{0,80}?)\s*,?\s*(?<!\w)(?P<text>ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4}))",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^KẾ\s+HOẠCH\b\s*[:.]?\s*(?P<rest>.*)$")
_SECTION = re.compile(r"^(?:[IVX]{1,4}|[A-D]|\d{1,2})[.)]\s")
# Paragraphs that open the preamble (or the body) and therefore end the title.
_PREAMBLE_OPENER = re.compile(r"^(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Triển khai thực hiện)\b")
_SEPARATOR = re.compile(r"^[\s\-_=*~.…]+$")
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO\s*-\s*HẠNH\s+PHÚC")

_UBND = r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
_LEVEL = r"(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ|TP\.?)"
# "<body> ban hành / xây dựng Kế hoạch" in the preamble: the issuer speaking.
_ISSUER_SENTENCE = re.compile(
    r"(?:^|(?<=[,.;:])\s+)(?P<body>(?:" + _UBND + r"|Sở)\s[^.;:]{0,150}?)\s+"
    r"(?:ban hành|xây dựng(?: và ban hành)?)\s+[Kk]ế\s+[Hh]oạch"
)
_TERRITORY = re.compile(r"(?<![\w])(?P<level>" + _LEVEL + r")(?:\s+(?P<rest>.*))?$", re.DOTALL)

# Centrally governed cities: "thành phố X" when the text never says which.
_CENTRAL_CITIES = {fold_accents(c) for c in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")}

# Upper-cased tokens that end a place name run in header lines.
_NAME_STOP = {
    "CỘNG", "SỐ", "SỞ", "ỦY", "UỶ", "UBND", "HĐND", "ĐỘC", "KẾ", "BAN", "BỘ", "CỤC", "CHI",
    "TRUNG", "NĂM", "GIAI", "VỀ", "TẦM", "ĐẾN", "THỰC", "TRIỂN", "CÁC", "VÀ", "THÀNH", "TỈNH", "NGÀY",
    "TRÊN", "ĐỊA", "CỦA", "THEO", "GIÁO", "LAO", "KT", "TM",
}
_ROLE_WORDS = {
    "CHỦ", "TỊCH", "GIÁM", "ĐỐC", "PHÓ", "ỦY", "UỶ", "BAN", "NHÂN", "DÂN", "SỞ", "TM", "KT", "TL", "TUQ",
    "UBND", "HỘI", "ĐỒNG", "TRƯỞNG", "Q", "NƠI", "NHẬN", "LƯU", "THỦ",
}
_SIGNATURE_MARKER = re.compile(
    r"^(?:T\.?M\.|K\.?T\.|TUQ\.|T\.?L\.|Q\.\s|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|[Nn]ơi nhận)"
)
_SIGNED = re.compile(r"\(?\s*(?:đã ký|ký(?:,| và)? (?:đóng dấu|ghi rõ họ tên)[^)]*)\s*\)?", re.IGNORECASE)

# Document-type suffix after "KH-" → issuing body (common abbreviations only).
_SUFFIX_BODIES = {
    "UBND": "Ủy ban nhân dân",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SLĐTB": "Sở Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SNV": "Sở Nội vụ",
}
# Abbreviated Sở names as they appear in headers ("SỞ LĐTBXH").
_BODY_ABBREVIATIONS = {
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "LĐ-TBXH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "GDĐT": "Giáo dục và Đào tạo",
    "GD&ĐT": "Giáo dục và Đào tạo",
}

_LABEL_TITLE_CHARS = 80


# ---------------------------------------------------------------- small helpers


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _dashes(text: str) -> str:
    """One spelling of the dash between name parts ("Lao động – Thương binh" → " - ")."""
    return _collapse(_DASH.sub(" - ", text))


def _strip_marks(line: str) -> str:
    """Markdown marks removed, white space collapsed."""
    return _collapse(strip_markdown(line))


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines, cleaned line by line.

    Normalised text has one paragraph a line; cleaning each line again (markdown
    marks, canonical spelling) is idempotent and lets raw text work as well.
    """
    out: list[str] = []
    for line in (text or "").replace("\r", "\n").split("\n"):
        clean = _strip_marks(canonical(line.replace("\u00a0", " ").replace("\ufeff", "")))
        if clean and not _SEPARATOR.match(clean):
            out.append(clean)
    return out


def _title_word(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _title_case(name: str) -> str:
    """Proper case for a place name written in capitals ("BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu")."""
    return " ".join(w if w == "-" else _title_word(w) for w in _dashes(name).split())


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _name_run(text: str, max_words: int = 4) -> str:
    """The run of capitalised words opening `text` (a place name after "tỉnh"/"thành phố").

    Mixed-case text ends the run at the first lower-case word; in capitals a
    small stop list of administrative words does.
    """
    out: list[str] = []
    words = 0
    for tok in _dashes(text).split():
        if tok == "-":
            if out:
                out.append("-")
            continue
        core = tok.strip(",.;:()[]“”\"'’‘")
        if not core or not core[0].isupper() or not all(c.isalpha() or c == "-" for c in core):
            break
        if core.upper() in _NAME_STOP:
            break
        out.append(core)
        words += 1
        if words >= max_words or tok[-1:] in ",.;:)”\"'’":
            break
    while out and out[-1] == "-":
        out.pop()
    return " ".join(out)


def _province_name(raw: str) -> str:
    name = _name_run(raw)
    return _title_case(name) if name and _is_upper(name) else name


def _strip_level(place: str) -> str:
    """"TP. Hồ Chí Minh" / "Tỉnh Bình Dương" → the bare province name."""
    m = re.match(r"^(?:TP\.?|Thành phố|thành phố|THÀNH PHỐ|Tỉnh|tỉnh|TỈNH)\s+(.*)$", place)
    return m.group(1).strip() if m else place


def _level_word(level: str) -> str:
    level = level.lower().rstrip(".")
    return "thành phố" if level in ("thành phố", "tp") else "tỉnh"


def _province_level(province: str, text: str) -> str:
    """Whether the province is a "tỉnh" or a "thành phố", as the text itself says.

    Mentions tied to the provincial People's Committee win (a province may have
    a city of the same name: "thành phố Hải Dương" inside "tỉnh Hải Dương"),
    then the more frequent form; the list of centrally governed cities only
    breaks a tie.
    """
    if not province:
        return ""
    name = re.escape(province)
    counts = {"tỉnh": 0, "thành phố": 0}
    strong = {"tỉnh": 0, "thành phố": 0}
    for m in re.finditer(r"(" + _UBND + r"\s+)?(tỉnh|thành phố|TP\.?)\s+" + name + r"(?!\w)", text, re.IGNORECASE):
        level = _level_word(m.group(2))
        counts[level] += 1
        if m.group(1):
            strong[level] += 1
    for tally in (strong, counts):
        if tally["tỉnh"] != tally["thành phố"]:
            return max(tally, key=tally.get)
    return "thành phố" if fold_accents(province) in _CENTRAL_CITIES else "tỉnh"


def _with_territory(body: str, province: str, text: str) -> str:
    """Append "tỉnh/thành phố <province>" to a body name that lacks it."""
    if not body:
        return ""
    m = _TERRITORY.search(body)
    if m and _name_run(m.group("rest") or ""):
        return body
    if m:  # "Ủy ban nhân dân thành phố" with the name left implicit
        body = body[: m.start()].rstrip()
    if not province:
        return body
    return f"{body} {_province_level(province, text)} {province}"


# ---------------------------------------------------------------- layout


def _heading_index(paras: list[str]) -> int | None:
    for i, p in enumerate(paras[:40]):
        if _HEADING.match(p):
            return i
    return None


def _header_zone(paras: list[str], heading: int | None) -> list[str]:
    """Paragraphs before the "KẾ HOẠCH" heading (or the first few, without one)."""
    if heading is not None:
        return paras[:heading]
    zone: list[str] = []
    for p in paras[:10]:
        if _PREAMBLE_OPENER.match(p) or _SECTION.match(p):
            break
        zone.append(p)
    return zone


def _title_and_preamble(paras: list[str], heading: int | None) -> tuple[str, list[str]]:
    """The title after the heading, and the preamble paragraphs up to the first section."""
    if heading is None:
        start, parts = 0, []
    else:
        rest = _HEADING.match(paras[heading]).group("rest")  # type: ignore[union-attr]
        start, parts = heading + 1, ([rest] if rest else [])
    i = start
    if heading is not None:
        if not parts and i < len(paras) and _looks_like_title(paras[i]):
            parts.append(paras[i])
            i += 1
        while parts and i < len(paras) and _continues_title(parts[-1], paras[i]):
            parts.append(paras[i])
            i += 1
    preamble: list[str] = []
    for p in paras[i : i + 15]:
        if _SECTION.match(p):
            break
        preamble.append(p)
    return _collapse(" ".join(parts)), preamble


def _looks_like_title(p: str) -> bool:
    """The first paragraph after the heading, unless it already is the preamble.

    Titles may start with "Thực hiện ..." too, so openers alone do not decide:
    a preamble clause ends with ";" or ":" or names the issuer adopting the plan.
    """
    if _SECTION.match(p) or p.startswith("Căn cứ"):
        return False
    if p.endswith((";", ":")) or _ISSUER_SENTENCE.search(p):
        return False
    return len(p) <= 600


def _continues_title(current: str, following: str) -> bool:
    """A wrapped title line: lower-case continuation, or capitals after capitals."""
    if _SECTION.match(following) or _PREAMBLE_OPENER.match(following) or current.endswith((".", ";", ":")):
        return False
    if following[:1].islower():
        return True
    return _is_upper(current) and _is_upper(following) and len(following) <= 300


# ---------------------------------------------------------------- fields


def _number(zone_text: str) -> tuple[str, str]:
    m = _NUMBER.search(zone_text)
    if not m:
        return "", ""
    suffix = _DASH.sub("-", m.group("suf")).replace(" ", "")
    num = re.sub(r"\s+", "", m.group("num") or "").strip("/")
    return (f"{num}/{suffix}" if num else ""), suffix


def _date(zone: list[str]) -> tuple[str, str, str, int | None]:
    """(place, date_text, ISO date, year) from the "<place>, ngày ..." line."""
    for p in zone:
        m = _DATE.search(p)
        if not m:
            continue
        date_text = _collapse(m.group("text"))
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
        if not d:  # "ngày tháng 3 năm 2023": keep only what is stated
            date_text = _collapse(re.sub(r"^ngày\s*", "", date_text, flags=re.IGNORECASE))
            if not mo:
                date_text = _collapse(re.sub(r"^tháng\s*", "", date_text, flags=re.IGNORECASE))
        iso = ""
        if d and mo:
            try:
                iso = _dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                iso = ""
        # The place is the capitalised words right before the comma (a joined
        # two-column line may carry "Số: 12/KH-UBND" before it).
        tokens = m.group("prefix").split()
        kept: list[str] = []
        for tok in reversed(tokens):
            if tok in ("-", "–") or (tok[:1].isupper() and not any(c.isdigit() or c in ":/" for c in tok)):
                kept.insert(0, tok)
            else:
                break
            if len(kept) >= 6:
                break
        place = " ".join(kept).strip(" -–")
        if place and _is_upper(place) and len(place) > 3:
            place = _title_case(place)
        return place, date_text, iso, int(y)
    return "", "", "", None


def _header_body(zone: list[str]) -> tuple[str, str, str]:
    """(body, level, province) from an issuing-body header such as "UBND THÀNH PHỐ ĐÀ NẴNG".

    The body is "Ủy ban nhân dân" or "Sở <field>"; a Sở header usually sits
    under its parent "UBND TỈNH X", which supplies the province.
    """
    text = " ".join(p for p in zone if not _DATE.search(p))
    text = _NUMBER.sub(" ", text)
    text = _MOTTO.sub(" ", text.upper())
    text = _dashes(text)
    body = level = province = ""
    m = re.search(r"(?<![\w-])(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(TỈNH|THÀNH PHỐ|TP\.?)\s+(.*)", text)
    if m:
        name = _name_run(m.group(2))
        if name:
            body, level, province = "Ủy ban nhân dân", _level_word(m.group(1)), _title_case(name)
    s = re.search(r"(?<![\w-])SỞ\s+(.*)", text)
    if s:
        field = _so_field(s.group(1))
        if field:
            body = f"Sở {field}"
            rest = s.group(1)
            t = re.search(r"(?<![\w])(TỈNH|THÀNH PHỐ|TP\.?)\s+(.*)", rest)
            if t and not province and _name_run(t.group(2)):
                level, province = _level_word(t.group(1)), _title_case(_name_run(t.group(2)))
    return body, level, province


def _so_field(upper: str) -> str:
    """The field of a Sở from capitals: "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Lao động - Thương binh và Xã hội".

    Vietnamese writes each component of an agency name with a capital
    initial; components are separated by "và", "-" and commas.
    """
    words: list[str] = []
    for tok in upper.split():
        core = tok.rstrip(",")
        if core in _BODY_ABBREVIATIONS:
            words.append(_BODY_ABBREVIATIONS[core])
            break
        if core in {"TỈNH", "THÀNH", "TP", "TP.", "CỘNG", "SỐ", "SỐ:", "UBND", "ỦY", "ĐỘC"}:
            break
        if not all(c.isalpha() or c in "-&" for c in core):
            break
        words.append(tok)
    if not words:
        return ""
    out: list[str] = []
    capital_next = True
    for w in " ".join(words).split():
        if w in ("VÀ", "-", "&"):
            out.append("và" if w != "-" else "-")
            capital_next = True
            continue
        if w.upper() != w:  # an expanded abbreviation, already cased
            out.append(w)
            capital_next = False
            continue
        ends_comma = w.endswith(",")
        core = w.rstrip(",").lower()
        out.append((core[:1].upper() + core[1:] if capital_next else core) + ("," if ends_comma else ""))
        capital_next = ends_comma
    return " ".join(out)


def _preamble_body(preamble: list[str]) -> str:
    """The body in "<Ủy ban nhân dân .../Sở ...> ban hành / xây dựng Kế hoạch"."""
    for p in preamble:
        for m in _ISSUER_SENTENCE.finditer(p):
            body = _dashes(m.group("body"))
            if body.startswith("Sở"):
                if " của " in f" {body} " or len(body.split()) > 14:
                    continue
                return body
            head = re.match(_UBND + r"(.*)$", body)
            rest = head.group(1).strip() if head else ""
            if not rest:
                return "Ủy ban nhân dân"
            t = re.match(r"^(" + _LEVEL + r")(?:\s+(.*))?$", rest)
            if not t:
                continue
            name = _province_name(t.group(2) or "")
            if t.group(2) and _collapse(t.group(2)) != name:
                continue  # more words than a place name: not the plain issuer phrase
            level = _level_word(t.group(1))
            return f"Ủy ban nhân dân {level} {name}".strip()
    return ""


def _province_from_mentions(texts: list[str]) -> str:
    """ "UBND tỉnh X" / "thành phố X" in the issuer phrase or the title."""
    for pattern in (_UBND + r"\s+" + _LEVEL + r"\s+(.*)", r"(?<!\w)" + _LEVEL + r"\s+(.*)"):
        for t in texts:
            for m in re.finditer(pattern, t):
                name = _province_name(m.group(1))
                if name:
                    return name
    return ""


def _signature(paras: list[str]) -> tuple[str, bool]:
    """(signer, signed for the People's Committee) from the closing block.

    The name is the last name-like paragraph after the first signature
    marker (TM./KT./CHỦ TỊCH/GIÁM ĐỐC/Nơi nhận) in the tail; a plan whose text
    stops before its signature block has no signer.
    """
    tail = paras[-40:]
    start = next((i for i, p in enumerate(tail) if _SIGNATURE_MARKER.match(p)), None)
    if start is None:
        return "", False
    block = tail[start:]
    for_committee = any(re.match(r"^T\.?M\.?\s*(?:ỦY|UỶ) BAN NHÂN DÂN|^T\.?M\.?\s*UBND", p.upper()) for p in block)
    for p in reversed(block):
        name = _person_name(p)
        if name:
            return name, for_committee
    return "", for_committee


def _person_name(p: str) -> str:
    if p[:1] in "-+•*" or ":" in p or ";" in p:
        return ""
    p = _collapse(_SIGNED.sub(" ", p))
    words = p.split()
    # "PHÓ CHỦ TỊCH Lê Khắc Nam" joined on one line: drop the capitalised role.
    while words and words[0].upper() == words[0] and words[0].strip(".").upper() in _ROLE_WORDS:
        if all(w.upper() == w for w in words):
            break
        words = words[1:]
    if not 2 <= len(words) <= 6:
        return ""
    if any(not w.isalpha() or not w[0].isupper() for w in words):
        return ""
    if any(w.upper() in _ROLE_WORDS for w in words if w.isupper()):
        return ""
    upper = all(w.isupper() for w in words)
    if not upper and not all(w[1:].islower() for w in words):
        return ""
    return _title_case(" ".join(words)) if upper else " ".join(words)


def _issuer_from_suffix(suffix: str) -> str:
    if "-" not in suffix:
        return ""
    key = suffix.split("-", 1)[1].replace("&", "").replace("-", "")
    return _SUFFIX_BODIES.get(key, "")


# ---------------------------------------------------------------- label


def _short_title(title: str, limit: int = _LABEL_TITLE_CHARS) -> str:
    title = _collapse(title).strip(" .;:,")
    if len(title) > limit:
        cut = title[:limit]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
        title = cut.rstrip(" ,;:-–") + "…"
    # "Kế hoạch thực hiện ..." reads as one phrase; keep capitals of acronyms.
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        title = title[0].lower() + title[1:]
    return title


def make_label(meta: PlanMetadata) -> str:
    """Short name for answers and citations: number and date when known, else the title.

    "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)",
    "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP … (Hải Phòng, 2023)".
    """
    parts = ["Kế hoạch"]
    if meta.number:
        parts.append(meta.number)
    elif meta.title:
        parts.append(_short_title(meta.title))
    elif meta.number_suffix:
        parts.append(f"số …/{meta.number_suffix}")
    else:
        parts.append(meta.doc)
    scope: list[str] = [meta.province] if meta.province else []
    if meta.number and meta.date:
        y, m, d = meta.date.split("-")
        parts.append(f"ngày {d}/{m}/{y}")
    elif meta.year is not None:
        scope.append(str(meta.year))
    label = " ".join(p for p in parts if p)
    return f"{label} ({', '.join(scope)})" if scope else label


# ---------------------------------------------------------------- public API


def extract_metadata(doc: str, text: str) -> PlanMetadata:
    """Read the metadata the plan text states; every field missing from it stays empty."""
    paras = _paragraphs(text or "")
    if not paras:
        meta = PlanMetadata(doc=doc)
        return dataclasses.replace(meta, label=make_label(meta))
    heading = _heading_index(paras)
    zone = _header_zone(paras, heading)
    title, preamble = _title_and_preamble(paras, heading)
    number, suffix = _number(" \n ".join(zone))
    place, date_text, iso, year = _date(zone)
    header_body, header_level, header_province = _header_body(zone)
    preamble_body = _preamble_body(preamble)
    signer, for_committee = _signature(paras)

    province = (
        header_province
        or _strip_level(place)
        or _province_from_mentions([preamble_body])
        or _province_from_mentions([title])
    )
    full_text = "\n".join(paras)
    if header_body:
        issuer = header_body
    elif preamble_body:
        issuer = preamble_body
    elif for_committee:
        issuer = "Ủy ban nhân dân"
    else:
        issuer = _issuer_from_suffix(suffix)
    if issuer:
        if header_body and header_province:  # the header states the level itself
            issuer = f"{header_body} {header_level} {header_province}"
        else:
            issuer = _with_territory(issuer, province, full_text)

    meta = PlanMetadata(
        doc=doc,
        number=number,
        number_suffix=suffix,
        date=iso,
        date_text=date_text,
        year=year,
        place=place,
        province=province,
        issuer=issuer,
        title=title,
        signer=signer,
    )
    return dataclasses.replace(meta, label=make_label(meta))


def sidecar_path(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + ".meta.json")


def load_sidecar(plan_path: Path) -> dict | None:
    """The optional hand-written `<plan file>.meta.json`; None when there is none."""
    path = sidecar_path(Path(plan_path))
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"invalid JSON in metadata sidecar {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"metadata sidecar {path} must hold a JSON object, not {type(data).__name__}")
    return data


def apply_sidecar(meta: PlanMetadata, sidecar: dict) -> PlanMetadata:
    """Fields given by hand override the extracted ones.

    Unknown keys are an error (a typo would otherwise be ignored silently).
    A given ISO date also sets the year unless the year is given; the label
    is recomputed from the result unless it is given itself.
    """
    changes: dict[str, Any] = {}
    for key, value in sidecar.items():
        if key not in FIELDS:
            raise ValueError(f"unknown metadata field {key!r} (known: {', '.join(FIELDS)})")
        if key == "year":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"metadata field 'year' must be an integer or null, not {value!r}")
        elif not isinstance(value, str):
            raise ValueError(f"metadata field {key!r} must be a string, not {value!r}")
        else:
            value = canonical(value).strip()
        if key == "date" and value:
            try:
                _dt.date.fromisoformat(value)
            except ValueError as exc:
                raise ValueError(f"metadata field 'date' must be an ISO date YYYY-MM-DD, not {value!r}") from exc
        changes[key] = value
    if changes.get("date") and "year" not in changes:
        changes["year"] = int(changes["date"][:4])
    updated = dataclasses.replace(meta, **changes)
    if "label" not in changes:
        updated = dataclasses.replace(updated, label=make_label(updated))
    return updated


def plan_metadata(plan_path: Path, text: str) -> PlanMetadata:
    """Metadata of one plan file: extracted from its text, then the sidecar if present."""
    plan_path = Path(plan_path)
    meta = extract_metadata(plan_path.name, text)
    sidecar = load_sidecar(plan_path)
    return apply_sidecar(meta, sidecar) if sidecar is not None else meta
