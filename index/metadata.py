"""Document metadata (type, number, date, province, issuer, title, signer) from the text.

Answers and citations name a plan by its type, number, date and province, and
the retriever boosts a plan the question names; both need these fields. They
are read from the conventional layout of Vietnamese administrative documents
(Nghị định 30/2020/NĐ-CP): issuing-body header, "Số: .../KH-...", the
"<place>, ngày ... tháng ... năm ..." line, the type heading ("KẾ HOẠCH",
"QUYẾT ĐỊNH", "NGHỊ QUYẾT", …) and title, the preamble ("Căn cứ ...",
"Thực hiện ..., <body> ban hành Kế hoạch") and the signature block; web
copies add a metadata table ("| Số hiệu | 153/KH-UBND |"), which is taken as
authoritative. A Quyết định followed by the plan it issues is labelled by
the plan's title and the decision's number. The vocabulary lives in
`index.vocab`; nothing is tuned to particular files: a field the text does
not state stays empty rather than guessed, and a `<plan>.meta.json` sidecar
can fill or correct any field by hand.

All functions are pure except `load_sidecar` / `plan_metadata`, which read the
optional sidecar file.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.agencies import BODY_HEADS
from index.glossary import glossary_field
from index.normalize import canonical, fold_accents, strip_markdown
from index.vocab.dates import CLOCK_AFTER, FULL_DATE, MADE_ON, POSTED_AT, WEEKDAY
from index.vocab.documents import (
    BODY_ABBREVIATIONS,
    COMMITTEE_HEADER,
    COUNCIL_HEADER,
    COUNCILS,
    DEPARTMENT_HEADER,
    DEPUTY_TITLES,
    DOC_TYPE_BY_CODE,
    DRAFT_MARK,
    ENACTING_AUTHORITY,
    FOR_COMMITTEE,
    FOR_PRINCIPAL,
    GAZETTE_MASTHEAD,
    HEADER_TYPES,
    INSPECTORATE_HEADER,
    ISSUED_TYPES,
    ISSUED_WITH,
    ISSUER_CODES,
    ISSUER_LINES,
    ISSUER_SENTENCE,
    ISSUING_NUMBER,
    ISSUING_TITLE,
    LETTER_SUBJECT,
    LEVEL,
    LEVELLED_PLACE,
    LOCAL_HEADER,
    LOCAL_ISSUER,
    LOCAL_MENTION,
    NUMBER,
    NUMBER_FIELD,
    OFFICE_HEADER,
    ORGANISATION_HEADER,
    ORGANISATIONS,
    PARTY_COMMITTEE,
    PARTY_HEADER,
    PARTY_NUMBER,
    PARTY_NUMBER_FIELD,
    PERSON_TITLE,
    PLACE_DATE,
    PLACE_DATE_OPEN,
    PLACE_NAME_STOP,
    PLACE_NUMERIC_DATE,
    PRESENTED_PLAN,
    PROPOSING_TYPES,
    SCHOOL_LEVELS,
    SIGNATURE_WORDS,
    SIGNER_TITLE,
    SIGNS_FOR_PRINCIPAL,
    STANDING_BODY,
    SURNAMES,
    TERRITORY,
    TYPE_HEADING,
    UBND,
    WEAK_SURNAMES,
    WEB_TABLE_FIELDS,
    WEB_TABLE_LABEL,
    opens_gazette,
)
from index.vocab.markers import ANNEX, ANNEX_TABLE, SLIDE, strip_marker
from index.vocab.phrases import (
    ADDRESSEES_LABEL,
    COPY_MARK,
    COPY_NUMBER,
    MOTTO,
    MOTTO_OPENING,
    PARTY_COLUMN,
    PREAMBLE_OPENER,
    RECIPIENTS_LABEL,
    SIGNATURE_LINE,
    SIGNATURE_TITLE_END,
    SIGNED_NOTE,
    is_header_line,
)
from index.vocab.phrases import (
    ISSUED_WITH as ATTACHED_TO,
)


@dataclass(frozen=True)
class PlanMetadata:
    """One document's metadata.

    `doc_type` is the document's own type ("Kế hoạch", "Quyết định", …);
    when a decision issues a plan, `issues` is the issued document's type and
    `title` its title, while number, date and signer stay the decision's.
    """

    # What names the plan first: the answer step and tests build catalogues from these six.
    doc: str
    label: str = ""
    province: str = ""
    number: str = ""
    year: int | None = None
    title: str = ""
    number_suffix: str = ""
    date: str = ""
    date_text: str = ""
    place: str = ""
    issuer: str = ""
    signer: str = ""
    doc_type: str = ""
    issues: str = ""
    signer_role: str = ""
    # the abbreviations the plan coins and lists ("SGDĐT=Sở Giáo dục và Đào tạo; …", ``index.glossary``)
    abbreviations: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def chunk_fields(self) -> dict[str, Any]:
        """The plan part of every chunk's store metadata (Chroma holds no None: an unknown year is 0)."""
        fields = {stored: getattr(self, name) for name, stored in STORED_FIELDS.items()}
        fields["year"] = self.year or 0
        return fields

    @classmethod
    def from_chunk_metadata(cls, metadata: dict[str, Any]) -> PlanMetadata:
        """The inverse of ``chunk_fields``: the one way a stored chunk's metadata becomes a plan.

        Fields the store does not keep (number suffix, date as written, place) are left empty.
        """
        values = {name: metadata.get(stored, "") for name, stored in STORED_FIELDS.items()}
        values["label"] = metadata.get("plan", metadata["doc"])
        year = metadata.get("year")
        values["year"] = year if isinstance(year, int) and year > 0 else None
        return cls(**values)


# The plan fields each chunk carries in the store, by stored name: the label is stored as "plan".
STORED_FIELDS = {
    "doc": "doc", "label": "plan", "title": "title", "number": "number", "province": "province", "year": "year",
    "date": "date", "signer": "signer", "signer_role": "signer_role", "issuer": "issuer", "doc_type": "doc_type",
    "issues": "issues", "abbreviations": "abbreviations",
}


FIELDS = tuple(f.name for f in dataclasses.fields(PlanMetadata))

# Layout, not vocabulary: dashes, blank runs, rules ("-------") and section starts.
_DASH = re.compile(r"\s*[\u2013\u2014\u2212-]\s*")
_WS = re.compile(r"\s+")
_SEPARATOR = re.compile(r"^[\s\-_=*~.…]+$")
_RULE = re.compile(r"(?<!\S)[-_=]{3,}(?!\S)")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_SECTION = re.compile(r"^(?:[IVX]{1,4}|[A-D]|\d{1,2})[.)]\s")

# Centrally governed cities: "thành phố X" when the text never says which.
_CENTRAL_CITIES = {fold_accents(c) for c in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")}

_LABEL_TITLE_CHARS = 80
_DEFAULT_TYPE = "Kế hoạch"


# ---------------------------------------------------------------- small helpers


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _dashes(text: str) -> str:
    """One spelling of the dash between name parts ("Lao động – Thương binh" → " - ")."""
    return _collapse(_DASH.sub(" - ", text))


def _clean(line: str) -> str:
    """Canonical spelling, markdown marks and rules removed, white space collapsed."""
    line = canonical(line.replace("\u00a0", " ").replace("\ufeff", ""))
    return _collapse(_RULE.sub(" ", strip_markdown(line)))


def _cells(line: str) -> list[str]:
    """A table row's cells ("| a | b |" → ["a", "b"]); a line without "|" is one cell.

    Web copies leave a stray "|" at either end of a line, or a row's cells
    spread over several lines; the edge pipes are not cells, an escaped "\\|"
    inside a cell is not a border.
    """
    parts = [_collapse(p.replace("\\|", "|")) for p in _CELL_BORDER.split(line)]
    if line.startswith("|"):
        parts = parts[1:]
    if line.endswith("|") and parts:
        parts = parts[:-1]
    return parts


def _table_pairs(cells: list[str]) -> list[tuple[str, str]] | None:
    """(label, value) pairs of a web metadata-table row, or None for any other line.

    Rows come as "| Số hiệu | 153/KH-UBND |", four-column "| Số hiệu: | … | Loại văn bản: | … |",
    or "Số hiệu: 153/KH-UBND" without pipes.
    """
    flat: list[str] = []
    for cell in cells:
        label, colon, value = cell.partition(":")
        if colon and value.strip() and WEB_TABLE_LABEL.match(label.strip()):
            flat += [label.strip(), value.strip()]
        else:
            flat.append(cell)
    if len(flat) < 2 or len(flat) % 2:
        return None
    pairs = list(zip(flat[::2], flat[1::2]))
    if not all(WEB_TABLE_LABEL.match(label) or not (label or value) for label, value in pairs):
        return None
    return [(label.rstrip(":").strip().lower(), value) for label, value in pairs if label]


def _label_alone(cells: list[str]) -> bool:
    """A web page's metadata label on a line of its own ("Người ký:"), its value on the next line."""
    return len(cells) == 1 and bool(WEB_TABLE_LABEL.match(cells[0]))


def _read(text: str) -> tuple[list[str], dict[str, str]]:
    """Paragraphs (table rows split into cells), and the fields of a web metadata table.

    Normalised text has one paragraph a line; cleaning each line again is
    idempotent and lets raw text work as well. A row's cells become
    paragraphs, so a header or signature laid out in a borderless table reads
    like a plain one. Metadata-table rows before the type heading give fields
    (first value wins) and are not kept as paragraphs.
    """
    paras: list[str] = []
    table: dict[str, str] = {}
    headed = False
    lines = [cells for cells in (_cells(_clean(line)) for line in (text or "").replace("\r", "\n").split("\n"))
             if any(cells)]
    for k, cells in enumerate(lines):
        if not headed and _label_alone(cells) and k + 1 < len(lines) and not _label_alone(lines[k + 1]):
            lines[k + 1] = [cells[0], *lines[k + 1]]  # "Số hiệu:" on a line, its value on the next
            continue
        pairs = None if headed else _table_pairs(cells)
        if pairs is not None:
            for label, value in pairs:
                field = WEB_TABLE_FIELDS.get(label)
                if field and value:
                    table.setdefault(field, value)
            continue
        for cell in cells:
            if cell and not _SEPARATOR.match(cell):
                paras.append(cell)
                headed = headed or bool(TYPE_HEADING.match(cell))
    return paras, table


def _title_word(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _title_case(name: str) -> str:
    """Proper case for a place name written in capitals ("BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu")."""
    return " ".join(w if w == "-" else _title_word(w) for w in _dashes(name).split())


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


# A line break after a word: a name ends with its line ("… tỉnh Xuân Quang" / "- Hội trường tầng 3 …", "… tỉnh Kim
# Hoa" / "Ghi chú: …"); one after a dash goes on ("BÀ RỊA -" / "VŨNG TÀU").
_LINE_END = re.compile(r"(?<=[^\s\-–—])[ \t]*\n")


def _name_run(text: str, max_words: int = 4) -> str:
    """The run of capitalised words opening `text` (a place name after "tỉnh"/"thành phố").

    Mixed-case text ends the run at the first lower-case word; in capitals a
    small stop list of administrative words does ("THÀNH PHỐ" but not the
    "THÀNH" of "NAM THÀNH").
    """
    out: list[str] = []
    words = 0
    tokens = _dashes(_LINE_END.sub(" • ", text)).split()
    cores = [tok.strip(",.;:()[]“”\"'’‘") for tok in tokens] + [""]
    for i, tok in enumerate(tokens):
        if tok == "-":
            if out:
                out.append("-")
            continue
        core = cores[i]
        if not core or not core[0].isupper() or not all(c.isalpha() or c == "-" for c in core):
            break
        if core.upper() in PLACE_NAME_STOP or f"{core} {cores[i + 1]}".upper() in PLACE_NAME_STOP:
            break
        if out and out[-1] == "-" and cores[i + 1][:1].islower():
            break  # "tỉnh Kim Hoa - Hội nghị …": a phrase opening after the dash ("Bà Rịa - Vũng Tàu" goes on)
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
    """"TP. Hồ Chí Minh" / "Thành phố Hoa Biên" → the bare province name."""
    m = LEVELLED_PLACE.match(place)
    return m.group("name").strip() if m else place


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
    for m in re.finditer(r"(" + UBND + r"\s+)?(tỉnh|thành phố|TP\.?)\s+" + name + r"(?!\w)", text, re.IGNORECASE):
        level = _level_word(m.group(2))
        counts[level] += 1
        if m.group(1):
            strong[level] += 1
    for tally in (strong, counts):
        if tally["tỉnh"] != tally["thành phố"]:
            return max(tally, key=lambda level: tally[level])
    return "thành phố" if fold_accents(province) in _CENTRAL_CITIES else "tỉnh"


def _with_territory(body: str, province: str, text: str) -> str:
    """Append "tỉnh/thành phố <province>" to a body name that lacks it."""
    if not body:
        return ""
    m = TERRITORY.search(body)
    if m and _name_run(m.group("rest") or ""):
        return body
    if m:  # "Ủy ban nhân dân thành phố" with the name left implicit
        body = body[: m.start()].rstrip()
    if not province:
        return body
    return f"{body} {_province_level(province, text)} {province}"


def _iso(day: str | None, month: str | None, year: str | None) -> str:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


def _doc_type(written: str) -> str:
    """The canonical type for a type as written ("KẾ HOẠCH", "kế hoạch"); "" if unknown."""
    folded = _collapse(written).lower()
    return next((name for name in HEADER_TYPES if name.lower() == folded), "")


# ---------------------------------------------------------------- layout


_HEAD_WINDOW = 40  # paragraphs a document's type heading or national header is looked for in
_ZONE_PARAGRAPHS = 10  # a header with no type heading under it (a letter): so many paragraphs from the motto's


def _heading_index(paras: list[str]) -> int | None:
    """Where the document's type line ("KẾ HOẠCH", "QUYẾT ĐỊNH") stands: under the national header when there is
    one (a booklet's cover above the header titles the booklet, "TÀI LIỆU / HƯỚNG DẪN NGƯỜI LAO ĐỘNG …")."""
    motto = _motto_index(paras)
    for i, p in enumerate(paras[:_HEAD_WINDOW]):
        if TYPE_HEADING.match(p) and (motto is None or i > motto):
            return i
    return None


def _motto_index(paras: list[str]) -> int | None:
    return next((i for i, p in enumerate(paras[:_HEAD_WINDOW]) if MOTTO.search(p.upper())), None)


def _heading_type(paras: list[str], heading: int | None) -> str:
    m = TYPE_HEADING.match(paras[heading]) if heading is not None else None
    return _doc_type(m.group("type")) if m else ""


def _issued_heading(paras: list[str], heading: int) -> int | None:
    """Where the plan a decision issues begins: its type heading, confirmed by the
    "(Ban hành kèm theo Quyết định …)" note under its title."""
    for k in range(heading + 1, len(paras)):
        m = TYPE_HEADING.match(paras[k])
        if m and _doc_type(m.group("type")) in ISSUED_TYPES and any(ISSUED_WITH.match(p) for p in paras[k + 1 : k + 5]):
            return k
    return None


def _opens_signature(p: str) -> bool:
    """Whether a paragraph opens the signature block: a line of it, or a line of the list beside it that OCR read
    across into its title ("- UBND tỉnh (để b/c); KT, GIÁM ĐỐC")."""
    return bool(SIGNATURE_LINE.match(p) or SIGNATURE_TITLE_END.search(p))


def _before_annexes(paras: list[str]) -> list[str]:
    """The paragraphs before the first annex ("Phụ lục: …", "Biểu 01: …", or any title over a "(Kèm theo Công văn
    số …)" note: "ĐỀ CƯƠNG BÁO CÁO", then blank forms whose "NGƯỜI LẬP BIỂU" nobody signs) or certified copy ("SAO Y
    BẢN CHÍNH", "Số: 57/SY-SNV", with the copying office's line above it) that follows a signature block.

    Annexes come after the signature; a long annex table would otherwise push
    the signature out of the closing paragraphs searched for it. A copy's signer is not the document's.
    """
    signed = False
    for i, p in enumerate(paras):
        if signed and (COPY_MARK.match(p) or COPY_NUMBER.match(p)):
            return paras[:i - 1] if i and is_header_line(paras[i - 1]) else paras[:i]
        if signed and (ANNEX.match(p) or ANNEX_TABLE.match(p)):
            return paras[:i]
        if signed and ATTACHED_TO.match(p):  # the annex's title lines above its note go with it
            return paras[:next((k for k in range(i - 1, max(i - _ANNEX_TITLE_LINES, 0) - 1, -1)
                                if _is_upper(paras[k])), i)]
        signed = signed or _opens_signature(p)
    return paras


_ANNEX_TITLE_LINES = 3  # an annex's title and subtitle above its "(Kèm theo …)" line


# A header line typed in mixed case names its body first ("Ủy ban nhân dân tỉnh Hòa Bình Nam", "Sở Nội vụ"), or
# after the field that says it issues or presents the text ("- Cơ quan trình bày: Sở Nội vụ tỉnh Xuân Quang").
_OPENS_WITH_BODY = re.compile(r"^\W*(?:(?:Cơ quan|Đơn vị) (?:ban hành|trình bày|soạn thảo|chủ trì)\s*:\s*)?"
                              rf"(?:{BODY_HEADS}|Uỷ ban|UBND|HĐND|Hội đồng|Tỉnh|Thành|Huyện|Xã|Phường|Đảng|Mặt trận)\b")


def _names_header_body(line: str) -> bool:
    """Whether a line of the first lines can name the text's issuer: in capitals but for the motto beside it ("SỞ
    GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc"), or opening with a body; not a portal's headline or lead, nor a
    speech's "… thống nhất với báo cáo của Sở Giáo dục và Đào tạo …", which talk of bodies none of which issued it."""
    motto = MOTTO.search(line.upper())
    own = line[:motto.start()] + line[motto.end():] if motto and len(line.upper()) == len(line) else line
    return not any(c.islower() for c in NUMBER_FIELD.sub(" ", own)) or bool(_OPENS_WITH_BODY.match(line))


def _header_zone(paras: list[str], heading: int | None) -> list[str]:
    """Paragraphs before the type heading (or the first few, without one: from a national header a booklet's cover
    page stands above, when there is one), from the national header on, and before a letter's addressees ("Kính
    gửi: - Sở Giáo dục và Đào tạo;" names who receives it)."""
    zone: list[str] = []
    for p in paras[:heading] if heading is not None else paras[:(_motto_index(paras) or 0) + _ZONE_PARAGRAPHS]:
        if ADDRESSEES_LABEL.match(p) or heading is None and (PREAMBLE_OPENER.match(p) or _SECTION.match(p)):
            break
        zone.append(p)
    return _from_national_header(zone)


def _from_national_header(zone: list[str]) -> list[str]:
    """The zone from the issuer lines above the motto on: what a web page or an e-mail puts before a plan's own
    header (a headline "Kế hoạch số 19/KH-UBND ngày 30/01/2026 …", "Cập nhật lúc 14:32, 02/02/2026", an editor's
    lead naming other bodies) is not the plan's issuer, number or date."""
    motto = next((i for i, p in enumerate(zone) if MOTTO.search(p.upper())), None)
    if motto is None:
        return zone
    start = motto
    while start > 0 and _in_header(zone[start - 1]):
        start -= 1
    return zone[start:]


def _in_header(line: str) -> bool:
    """A line of the header's left column: the issuer's lines, its number ("Số 18-CTr/TU"), a letter's "V/v …"."""
    return is_header_line(line) or any(p.match(line) for p in (NUMBER_FIELD, PARTY_NUMBER_FIELD, LETTER_SUBJECT))


def _title_and_preamble(paras: list[str], heading: int | None) -> tuple[str, list[str]]:
    """The title after the heading, and the preamble paragraphs up to the first section."""
    if heading is None:
        start, parts = 0, []
    else:
        rest = TYPE_HEADING.match(paras[heading]).group("rest")  # type: ignore[union-attr]
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
    if _SECTION.match(p) or p.startswith("Căn cứ") or ISSUED_WITH.match(p):
        return False
    if p.endswith((";", ":")) or ISSUER_SENTENCE.search(p):
        return False
    return len(p) <= 600


def _continues_title(current: str, following: str) -> bool:
    """A wrapped title line: lower-case continuation, or capitals after capitals.

    The enacting authority under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH X") and the "(Ban hành kèm theo …)" note are not the title.
    """
    if _SECTION.match(following) or PREAMBLE_OPENER.match(following) or current.endswith((".", ";", ":")):
        return False
    if ENACTING_AUTHORITY.match(following) or ISSUED_WITH.match(following):
        return False
    if following[:1].islower():
        return True
    return _is_upper(current) and _is_upper(following) and len(following) <= 300


def _issued(title: str) -> tuple[str, str]:
    """(type, title) of the plan a decision's title issues: "Ban hành Kế hoạch phát triển …"."""
    m = ISSUING_TITLE.match(title)
    if not m:
        return "", title
    return _doc_type(m.group("type")), _sentence_case(m.group("title"))


# ---------------------------------------------------------------- fields


def _number_parts(m: re.Match[str] | None) -> tuple[str, str]:
    """("70/KH-UBND", "KH-UBND") from a number match, ("27-CTr/TU", "CTr/TU") from a party number; a blank
    number keeps its suffix."""
    if not m:
        return "", ""
    suffix = _DASH.sub("-", m.group("suf")).replace(" ", "")
    num = re.sub(r"\s+", "", m.group("num") or "").strip("/")
    if not num:
        return "", suffix
    return (f"{num}-{suffix}" if "/" in suffix else f"{num}/{suffix}"), suffix


def _suffix_codes(suffix: str) -> tuple[str, str]:
    """(type code, body code) of a number's suffix: "KH-UBND" → ("KH", "UBND"), "CTr/TU" → ("CTr", "TU")."""
    type_code, *body = re.split(r"[-/]", suffix, maxsplit=1)
    return type_code, body[0] if body else ""


def _type_of_number(suffix: str) -> str:
    """The type a number's code names: "QĐ-UBND" → "Quyết định", "CTr/TU" → "Chương trình"."""
    return DOC_TYPE_BY_CODE.get(_suffix_codes(suffix)[0].upper(), "")


def _place(prefix: str) -> str:
    """The place: the capitalised words right before the comma.

    A joined two-column line may carry "Số: 12/KH-UBND" before it; a place in
    capitals is re-cased ("THÀNH PHỐ HOA BIÊN" → "Thành phố Hoa Biên").
    """
    kept: list[str] = []
    for tok in reversed(prefix.split()):
        if tok in ("-", "–") or (tok[:1].isupper() and not any(c.isdigit() or c in ":/" for c in tok)):
            kept.insert(0, tok)
        else:
            break
        if len(kept) >= 6:
            break
    place = " ".join(kept).strip(" -–")
    if WEEKDAY.match(place):
        return ""  # "Thứ Tư, 21/01/2026 - 09:15": when a page was posted, not where
    if place and _is_upper(place) and len(place) > 3:
        place = _title_case(place)
        m = LEVELLED_PLACE.match(place)
        if m and not m.group("level").startswith("TP"):
            place = f"{_sentence_case(_level_word(m.group('level')))} {m.group('name')}"
    return place


def _date_lines(zone: list[str]) -> list[str]:
    """Zone paragraphs, a place-date line cut before its date ("…, ngày" / "21 tháng 8 năm 2019") re-joined."""
    out: list[str] = []
    for i, p in enumerate(zone):
        out.append(f"{p} {zone[i + 1]}" if PLACE_DATE_OPEN.search(p) and i + 1 < len(zone) else p)
    return out


def _date(zone: list[str]) -> tuple[str, str, str, int | None]:
    """(place, date_text, ISO date, year) from the "<place>, ngày ..." line. A page's posting stamp ("Thứ Năm,
    21/01/2027 - 15:42") dates a news article, which has no place-date line; a place-date line written out below it
    ("Đào Viên, ngày 19 tháng 01 năm 2027", a plan as a portal shows it) dates the plan."""
    stamp: tuple[str, str, str, int | None] | None = None
    for p in _date_lines(zone):
        m = PLACE_DATE.search(p)
        if m:
            date_text = _collapse(m.group("text"))
            d, mo, y = m.group("d"), m.group("m"), m.group("y")
            if not d:  # "ngày tháng 3 năm 2023": keep only what is stated
                date_text = _collapse(re.sub(r"^ngày\s*", "", date_text, flags=re.IGNORECASE))
                if not mo:
                    date_text = _collapse(re.sub(r"^tháng\s*", "", date_text, flags=re.IGNORECASE))
            iso = _iso(d, mo, y) if d and mo else ""
            return _place(m.group("prefix")), date_text, iso, int(y)
        m = PLACE_NUMERIC_DATE.search(p)
        if m is None:
            continue
        d, mo, y = m.group("d", "m", "y") if m.group("y") else m.group("wd", "wm", "wy")
        found = _place(m.group("prefix")), _collapse(m.group("text")), _iso(d, mo, y), int(y)
        if WEEKDAY.match(" ".join(m.group("prefix").split()[-2:]).strip(" @,")) or CLOCK_AFTER.match(p[m.end():]):
            stamp = stamp or found
        elif stamp is None or found[0] and not p[m.end():].strip(" ."):
            return found  # below a stamp, only a line of a place and its date ("Lam Khê, 19/01/2027")
    return stamp or ("", "", "", None)


def _table_date(value: str) -> tuple[str, int | None]:
    """(ISO date, year) of a metadata table's "21/08/2019" or "21 tháng 8 năm 2019"."""
    m = FULL_DATE.search(value)
    if not m:
        return "", None
    d, mo, y = m.group("d", "m", "y") if m.group("y") else m.group("wd", "wm", "wy")
    iso = _iso(d, mo, y)
    return iso, (int(y) if iso else None)


def _table_province(place: str) -> str:
    """The province of a table's "Nơi ban hành": "Tỉnh Vĩnh Phúc", "UBND tỉnh X", or a bare "Vĩnh Phúc"."""
    named = _province_from_mentions([place])
    if named:
        return named
    name = _province_name(place)
    return name if name and name in (_title_case(place), _collapse(place)) else ""


def _header_text(zone: list[str]) -> str:
    """The header zone in capitals, less its place-date line, its number field, the national motto and any line
    in lower case that does not open with a body (a portal's headline or lead, a speech's opening "… thống nhất với
    báo cáo của Sở Giáo dục và Đào tạo …": they talk of bodies, none of which issued the text): what names the
    issuing body."""
    kept = [p for p in zone if not (PLACE_DATE.search(p) or PLACE_NUMERIC_DATE.search(p) or PLACE_DATE_OPEN.search(p))
            and _names_header_body(p)]
    lines = (MOTTO.sub(" ", PARTY_NUMBER_FIELD.sub(" ", NUMBER_FIELD.sub(" ", p)).upper()) for p in kept)
    return "\n".join(filter(None, map(_dashes, lines)))  # its lines kept: a name ends with its line


def _header_body(zone: list[str]) -> tuple[str, str, str]:
    """(body, level, province) from an issuing-body header such as "UBND THÀNH PHỐ ĐÀ NẴNG".

    The body is "Ủy ban nhân dân", "Hội đồng nhân dân" or "Sở <field>"; a Sở
    header usually sits under its parent "UBND TỈNH X", which supplies the
    province, or names the province itself ("SỞ … TỈNH X").
    """
    text = _header_text(zone)
    body = level = province = ""
    party = _party_header(text)
    if party:
        return party
    m = COUNCIL_HEADER.search(text)
    if m:
        name = _name_run(m.group("rest"))
        if name:
            body, level, province = COUNCILS[m.group("body")], _level_word(m.group("level")), _title_case(name)
            if OFFICE_HEADER.search(text, m.start("rest")):  # its lines after the name too
                body = f"Văn phòng {body}"
            elif INSPECTORATE_HEADER.search(text, m.start("rest")):
                body = "Thanh tra"
    s = DEPARTMENT_HEADER.search(text)
    if s:
        field = _so_field(s.group("rest"))
        if field:
            body = f"Sở {field}"
            t = TERRITORY.search(s.group("rest"))
            if t and not province and _name_run(t.group("rest") or ""):
                level, province = _level_word(t.group("level")), _title_case(_name_run(t.group("rest")))
    c = COMMITTEE_HEADER.search(text)
    if c and not body or c and body in COUNCILS.values():  # "UBND TỈNH X / BAN CHỈ ĐẠO …": the committee issues
        body = _committee_name(c.group("name"))
    organisation = _organisation_header(text)
    if not body:
        return organisation or (body, level, province)
    if organisation and organisation[0] not in body:
        # a joint document's header names each party side by side ("SỞ NỘI VỤ" | "BAN THƯỜNG VỤ / HỘI LHPN TỈNH HẠ
        # VÂN"): both issue it, in the header's order
        named = min(found.start() for found in (m, s, c) if found)
        first, second = (body, level, province), organisation
        placed = ORGANISATION_HEADER.search(text)
        if placed and placed.start() < named:
            first, second = second, first
        return f"{' '.join(filter(None, first))} và {second[0]}", second[1], second[2]
    return body, level, province


def _kept_case(word: str) -> str:
    """A word of a name written in capitals, in lower case unless it is an abbreviation (no vowel: "CTMTQG", "GDNN"),
    which keeps its capitals."""
    return word if not re.search(r"[aeiouy]", fold_accents(word).lower()) else word.lower()


def _committee_name(name: str) -> str:
    """"CHỈ ĐẠO CÁC CTMTQG TỈNH" → "Ban Chỉ đạo các CTMTQG": the committee's words in sentence case, its
    abbreviations (words without a vowel) kept, up to the province's level word."""
    words: list[str] = []
    for word in name.split():
        plain = fold_accents(word).lower()
        if plain in ("tinh", "thanh", "huyen", "xa", "tp"):
            break
        words.append(_kept_case(word))
    return " ".join(["Ban", words[0].capitalize(), *words[1:]]) if words else "Ban"


def _organisation_header(text: str) -> tuple[str, str, str] | None:
    """(body, level, province) of a mass organisation's header: "TỈNH ĐOÀN NGÂN KHÊ / BAN THƯỜNG VỤ" →
    ("Ban Thường vụ Tỉnh đoàn", "", "Ngân Khê"); "HỘI NÔNG DÂN TỈNH LAM GIANG" → ("Hội Nông dân", "tỉnh",
    "Lam Giang")."""
    m = ORGANISATION_HEADER.search(text)
    name = _name_run(m.group("rest")) if m else ""
    if not m or not name:
        return None
    written = " ".join((m.group("union") or m.group("organisation")).split())
    body = ORGANISATIONS[written]
    # its standing body under its name ("TỈNH ĐOÀN NGÂN KHÊ / BAN THƯỜNG VỤ") or on the line above ("BAN THƯỜNG VỤ /
    # HỘI LHPN TỈNH HẠ VÂN")
    standing = STANDING_BODY.search(text, text.rfind("\n", 0, max(text.rfind("\n", 0, m.start()), 0)) + 1)
    if standing:
        body = " ".join([*(_PARTY_WORDS[w] for w in standing.group("body").split()), body])
    level = _level_word(m.group("level")) if m.group("level") else ""
    return body, level, _title_case(name)


_PARTY_WORDS = {"BAN": "Ban", "THƯỜNG": "Thường", "VỤ": "vụ", "TRỰC": "trực", "CHẤP": "Chấp", "HÀNH": "hành",
                "TỈNH": "Tỉnh", "THÀNH": "Thành", "HUYỆN": "Huyện", "QUẬN": "Quận", "THỊ": "Thị", "ĐẢNG": "Đảng",
                "ỦY": "ủy", "BỘ": "bộ"}


def _party_header(text: str) -> tuple[str, str, str] | None:
    """(body, "", province) of a party committee's header: "ĐẢNG BỘ TỈNH TÂN LĨNH / BAN THƯỜNG VỤ TỈNH ỦY"
    → ("Ban Thường vụ Tỉnh ủy Tân Lĩnh", "", "Tân Lĩnh"); below the province the body carries its level
    ("Đảng ủy xã Đồng Sa") and the province is left to the rest of the text."""
    m = PARTY_HEADER.search(text)
    if not m:
        return None
    committee = PARTY_COMMITTEE.search(text, m.end("level"))
    name = _title_case(_name_run(text[m.start("rest"): committee.start() if committee else len(text)]))
    if not name:
        return None
    body = " ".join(_PARTY_WORDS.get(w, w.capitalize()) for w in committee.group("body").split()) if committee else ""
    level = " ".join(m.group("level").split()).lower()
    if level in ("tỉnh", "thành phố"):
        return body or "Đảng bộ", "", name
    return f"{body or 'Đảng bộ'} {level} {name}", "", ""


def _local_body(zone: list[str]) -> str:
    """The committee below the province a header names ("ỦY BAN NHÂN DÂN / XÃ ĐỒNG SA" → "Ủy ban nhân dân xã
    Đồng Sa"); "" for a province's own bodies."""
    m = LOCAL_HEADER.search(_header_text(zone))
    name = _name_run(m.group("rest")) if m else ""
    return f"Ủy ban nhân dân {m.group('level').lower()} {_title_case(name)}" if m and name else ""


_TITLE_MIN_WORDS = 3  # a line of fewer words above a presented plan ("INFOGRAPHIC") is no title
DECK_TYPE = "Bài trình bày"  # a slide deck presented at a meeting
ARTICLE_TYPE = "Bài báo"  # a news article reporting on a plan
REPORTING_TYPES = (DECK_TYPE, ARTICLE_TYPE)  # documents about a plan, not the plan: its number and signer are quoted
_HEADLINE_LINES = 4  # an article's posting time and headline open it
_HEADLINE_CHARS = 200  # a longer first line is prose


def _headline(paras: list[str]) -> str:
    """A news article's headline: the title line beside the line saying when the page was posted ("Thứ Tư,
    21/01/2026 - 09:15" / "Lam Giang phấn đấu đào tạo nghề cho 9.000 lao động …"), before its first prose; "" for
    a text that opens otherwise."""
    opening = paras[:_HEADLINE_LINES]
    if not any(POSTED_AT.match(p) for p in opening):
        return ""
    lines = [p for p in opening if not POSTED_AT.match(p)]
    first = lines[0] if lines else ""
    return first if first and len(first) <= _HEADLINE_CHARS and not first.endswith((".", ":", ";")) else ""


def _presented_identity(zone: list[str]) -> tuple[str, str, str, str]:
    """(type, title, number, suffix) of a text that has no heading, number or headline of its own but names, in
    its header, the one plan it presents ("ĐÀO TẠO NGHỀ VÀ VIỆC LÀM NĂM 2026" / "Kế hoạch số 21/KH-UBND ngày
    12/02/2026 của UBND tỉnh Đồng Lam": a portal's infographic of the plan): that plan's type and number, the line
    above it its title; empty when the header names no plan."""
    for k, line in enumerate(zone):
        named = PRESENTED_PLAN.search(line)
        number = NUMBER.match(named.group("num")) if named else None
        if named and number:
            title = next((p for p in reversed(zone[:k]) if len(p.split()) >= _TITLE_MIN_WORDS), "")
            return named.group(0).split(" số")[0].strip(), title, *_number_parts(number)
    return "", "", "", ""


def _local_mention(paragraphs: list[str]) -> str:
    """The first committee below the province the paragraphs name ("… Kế hoạch số 27/KH-UBND ngày 10/02/2026 của
    UBND xã Tân Phong …" → "Ủy ban nhân dân xã Tân Phong"), or ""."""
    m = LOCAL_MENTION.search(" ".join(paragraphs))
    return f"Ủy ban nhân dân {m.group('level').lower()} {m.group('name')}" if m else ""


_SCHOOL_LEVELS = {level.upper(): level for level in SCHOOL_LEVELS}
_SCHOOL_LINE = re.compile(rf"^TRƯỜNG\s+(?P<level>{'|'.join(_SCHOOL_LEVELS)})\s+(?P<rest>[^\W\d][^a-zđ]*)$")


# A training or employment centre's header line: "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP HUYỆN THANH KHÊ", "TRUNG TÂM GDNN -
# GDTX KHU VỰC II" (groups: its kind, the territory's level word, the place).
_CENTRE_LINE = re.compile(r"^TRUNG TÂM\s+(?P<kind>[^\W\d][^a-zđ]*?)\s+"
                          r"(?P<level>HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|KHU VỰC)\s+(?P<place>[^\W_][^a-zđ]*)$")


_ROMAN = re.compile(r"[IVX]+")  # "KHU VỰC II": a numbered area


def _school_body(zone: list[str]) -> str:
    """The school or centre a header names under its Sở or district ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ LAM / TRƯỜNG
    CAO ĐẲNG NGHỀ HÀ LAM", "UBND HUYỆN THANH KHÊ / TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP HUYỆN THANH KHÊ"): it issues its
    own plan, not the body above it."""
    for line in zone:
        m = _SCHOOL_LINE.match(line.strip())
        if m:
            return f"Trường {_SCHOOL_LEVELS[m.group('level')]} {_title_case(m.group('rest').strip())}"
        c = _CENTRE_LINE.match(line.strip())
        if c:
            kind = " - ".join(_sentence_case(" ".join(_kept_case(w) for w in part.split()))
                              for part in re.split(r"\s+-\s+", c["kind"]))
            place = c["place"].strip()
            return f"Trung tâm {kind} {c['level'].lower()} {place if _ROMAN.fullmatch(place) else _title_case(place)}"
    return ""


def _so_field(upper: str) -> str:
    """The field of a Sở from capitals: "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Lao động - Thương binh và Xã hội".

    Vietnamese writes each component of an agency name with a capital
    initial; components are separated by "và", "-" and commas.
    """
    words: list[str] = []
    for tok in upper.split():
        core = tok.rstrip(",")
        if core in BODY_ABBREVIATIONS:
            words.append(BODY_ABBREVIATIONS[core])
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
        if w == "SỞ" and out and out[-1] == "-":  # "SỞ NỘI VỤ - SỞ TÀI CHÍNH": a second department issues with it
            out.append("Sở")
            capital_next = True
            continue
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
        for m in ISSUER_SENTENCE.finditer(p):
            body = _dashes(m.group("body"))
            if body.startswith("Sở"):
                if " của " in f" {body} " or len(body.split()) > 14:
                    continue
                return body
            head = re.match(UBND + r"(.*)$", body)
            rest = head.group(1).strip() if head else ""
            if not rest:
                return "Ủy ban nhân dân"
            t = re.match(r"^(" + LEVEL + r")(?:\s+(.*))?$", rest)
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
    for pattern in (UBND + r"\s+" + LEVEL + r"\s+(.*)", r"(?<!\w)" + LEVEL + r"\s+(.*)"):
        for t in texts:
            for m in re.finditer(pattern, t):
                name = _province_name(m.group(1))
                if name:
                    return name
    return ""


def _first_document(paras: list[str]) -> list[str]:
    """The paragraphs before a second national header that follows a signature: a decision and the rules it
    issues in one file ("QUYẾT ĐỊNH … TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / Lâm Quốc Thịnh" then "CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM / QUY CHẾ …" with no signature of its own): the decision's signer signs what it issues."""
    signed = False
    for i, p in enumerate(paras):
        # the second header's two columns may stand in one row: "| HỘI ĐỒNG NHÂN DÂN TỈNH X | CỘNG HÒA XÃ HỘI …"
        if signed and (MOTTO_OPENING.match(p.upper()) or MOTTO.search(p.upper())):
            return paras[:i]
        signed = signed or bool(SIGNATURE_LINE.match(p))
    return []


_TYPE_BELOW_MOTTO = 8  # paragraphs under a document's motto its type heading stands among


def _gazette_document(paras: list[str]) -> list[str]:
    """The paragraphs of the plan's document in a gazette's issue (the masthead and contents, then the documents
    printed one after another, each under its own national header): the first plan, with the decision before it
    that issues it; else the first decision that issues one; else the whole text. A land-price decision printed
    first in the issue names nothing of the plan."""
    if not opens_gazette(paras):
        return paras
    mottos = [i for i, p in enumerate(paras) if MOTTO_OPENING.match(p.upper()) or MOTTO.search(p.upper())]
    starts: list[int] = []
    for motto in mottos:
        if starts and motto - starts[-1] <= ISSUER_LINES + 1:
            continue  # the motto's second line, or the same header's other column
        start = motto
        while start > 0 and motto - start < ISSUER_LINES and paras[start - 1].isupper() \
                and not SIGNATURE_LINE.match(paras[start - 1]) and not GAZETTE_MASTHEAD.match(paras[start - 1]):
            start -= 1
        starts.append(start)
    bounds = list(zip(starts, [*starts[1:], len(paras)]))
    types = [next((_doc_type(typed.group("type")) for p in paras[s:min(e, s + ISSUER_LINES + _TYPE_BELOW_MOTTO)]
                   if (typed := TYPE_HEADING.match(p))), "") for s, e in bounds]
    plan = next((k for k, kind in enumerate(types) if kind in ISSUED_TYPES), None)
    if plan is None:
        plan = next((k for k, (s, e) in enumerate(bounds) if types[k] in ("Quyết định", "Nghị quyết")
                     and any(ISSUING_TITLE.match(p) for p in paras[s:min(e, s + ISSUER_LINES + _TYPE_BELOW_MOTTO)])),
                    None)
        return paras if plan is None else paras[bounds[plan][0]:bounds[plan][1]]
    first = plan - 1 if plan and types[plan - 1] in ("Quyết định", "Nghị quyết") else plan
    return paras[bounds[first][0]:bounds[plan][1]]


def _first_signed(paras: list[str]) -> list[str]:
    """The paragraphs to the first signer's name: a Sở's letter that sends a booklet is signed before the booklet's
    pages, which sign nothing at their end."""
    signing = False
    for i, p in enumerate(paras):
        signing = signing or bool(SIGNATURE_LINE.match(p))
        if signing and _person_name(p):
            return paras[:i + 1]
    return []


# A header's issuer line in capitals ("TRƯỜNG CAO ĐẲNG NGHỀ LAM VIÊN", "UBND TỈNH …"); "ĐOÀN" opens a surname too.
_NEXT_ISSUER = re.compile(rf"^(?!ĐOÀN\b)(?:{BODY_HEADS}|UBND|HĐND)\b", re.IGNORECASE)


def _signature(paras: list[str]) -> tuple[str, str, bool]:
    """(signer, signer's title, signed for the People's Committee) from the closing block.

    The name is the last name-like paragraph after the first signature
    marker (TM./KT./CHỦ TỊCH/GIÁM ĐỐC/Nơi nhận) in the tail; a text that
    stops before its signature block has no signer. A joint plan signed by
    each of its bodies names every signer with the title above them, and the department they sign for:
    "Trần Văn Hòa (Giám đốc Sở Nội vụ) và Lê Thị Mai (Chủ tịch)", no role apart.
    """
    tail = paras[-40:]
    start = next((i for i, p in enumerate(tail) if _opens_signature(p)), None)
    if start is None:
        return "", "", False
    block = tail[start:]
    # a decision's signature is followed by the header of the plan it issues ("… Võ Minh Trung / ỦY BAN NHÂN DÂN /
    # CỘNG HÒA XÃ HỘI CHỦ NGHĨA / TỈNH THUẬN HẢI / VIỆT NAM"): no name of that header signs
    # (its two header columns may stand joined on one line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    block = block[: next((i for i, p in enumerate(block) if MOTTO_OPENING.match(p.upper()) or MOTTO.search(p.upper())),
                         len(block))]
    # … nor the issuer lines of that header above its motto ("SỞ GIÁO DỤC VÀ ĐÀO TẠO / TRƯỜNG CAO ĐẲNG NGHỀ …")
    while block and _is_upper(block[-1]) and _NEXT_ISSUER.match(block[-1].strip()):
        block = block[:-1]
    for_committee = any(FOR_COMMITTEE.match(p.upper()) for p in block)
    names = [(i, name) for i, p in enumerate(block) if (name := _person_name(p))]
    if not names:
        # OCR read the scan's two columns across: the name ends a line of the list beside it ("- Trưởng các thôn
        # (niêm yết); Trang TTĐT xã; đc Hà Văn Quyết")
        names = [(i, name) for i, p in enumerate(block) if (name := _name_ending_list_line(p))]
    # a line in capitals over running text heads it (the booklet a letter sends, after the signer): no one's name
    names = [(i, name) for i, name in names
             if not (block[i].isupper() and i + 1 < len(block) and _running_text(block[i + 1]))]
    if not names and (across := _read_across(block)):
        return " và ".join(across), "", for_committee
    if not names:
        return "", _signer_role(block), for_committee
    grid = _signing_grid(tail, [(start + i, name) for i, name in names])
    if grid:
        return " và ".join(grid), "", for_committee
    # A joint document is signed by each body: every name under a title of its own signs it.
    signed: list[str] = []
    previous = 0
    for i, name in names:
        role = _signer_role(block[previous: i + 1])
        if role:
            signed.append(f"{name} ({' '.join([role, *_signing_department(block[previous: i])])})")
        previous = i + 1
    if len(signed) > 1:
        return " và ".join(signed), "", for_committee
    i, name = names[-1]
    return name, _signer_role(block[: i + 1]), for_committee


_SENTENCE_WORDS = 8  # a paragraph of running text, not a title, a name or a stamp


def _running_text(p: str) -> bool:
    return len(p.split()) >= _SENTENCE_WORDS and any(c.islower() for c in p) and p[:1] not in "-+•*("


def _signing_grid(lines: list[str], names: list[tuple[int, str]]) -> list[str]:
    """The signers of a signature table read row by row ("ĐẠI DIỆN BÊN A", "ĐẠI DIỆN BÊN B", "GIÁM ĐỐC", "TỔNG GIÁM
    ĐỐC", "Trương Văn Hiếu", "Nguyễn Thị Hồng Vân"): the names of the last row, each with the title and the party
    of its column ("Trương Văn Hiếu (Giám đốc, đại diện Bên A)"); [] when the names do not stand in such a row."""
    run = [names[-1]]
    for i, name in reversed(names[:-1]):
        if i != run[0][0] - 1:
            break
        run.insert(0, (i, name))
    k, first = len(run), run[0][0]
    roles = lines[first - k:first] if first >= k else []
    if k < 2 or not roles or not all(_signer_role([r]) for r in roles):
        return []
    parties = lines[first - 2 * k:first - k] if first >= 2 * k else []
    parties = parties if parties and all(PARTY_COLUMN.match(p.strip()) for p in parties) else [""] * k
    return [f"{name} ({', '.join(x for x in (_signer_role([role]), _party(party)) if x)})"
            for (_, name), role, party in zip(run, roles, parties, strict=True)]


def _read_across(block: list[str]) -> list[str]:
    """The signers of an agreement's signature table a scan read across its columns ("ĐẠI DIỆN BÊN A ĐẠI DIỆN BÊN B
    ĐẠI DIỆN BÊN C" / … / "Trương Văn Hiếu Nguyễn Thị Hồng Lê Minh Khang"): the names line cut at family names into
    one name a party, each named with its party; [] when no line reads so."""
    parties = next((found for p in block if len(found := [m["party"] for m in PARTY_COLUMN.finditer(p)]) >= 2), [])
    if not parties:
        return []
    for line in block:
        words = line.split()
        if len(words) < 2 * len(parties) or not all(w[:1].isupper() and not w.isupper() for w in words):
            continue
        names = _cut_names(words, len(parties))
        if names:
            return [f"{name} (đại diện Bên {party})" for name, party in zip(names, parties, strict=True)]
    return []


_NAME_WORDS = (2, 5)  # a Vietnamese name's words, family name first


def _cut_names(words: list[str], k: int) -> list[str]:
    """``words`` cut into ``k`` names, each opening with a family name and of 2–5 words; where several cuts fit,
    the one at the fewest weak family names ("Hồng Mai": a given name), then the most even; [] when none fits."""
    starts = [i for i, w in enumerate(words) if i and (w in SURNAMES or w in WEAK_SURNAMES)]
    best: tuple[int, int, list[int]] | None = None
    for cut in itertools.combinations(starts, k - 1):
        bounds = [0, *cut, len(words)]
        sizes = [b - a for a, b in zip(bounds, bounds[1:])]
        if words[0] not in SURNAMES | WEAK_SURNAMES or not all(_NAME_WORDS[0] <= n <= _NAME_WORDS[1] for n in sizes):
            continue
        rank = (sum(words[i] in WEAK_SURNAMES for i in cut), max(sizes) - min(sizes), list(cut))
        best = rank if best is None or rank < best else best
    if best is None:
        return []
    bounds = [0, *best[2], len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]


def _party(line: str) -> str:
    m = PARTY_COLUMN.match(line.strip())
    return f"đại diện Bên {m['party']}" if m else ""


def _signing_department(block: list[str]) -> list[str]:
    """The department a joint document's signer signs for, named in capitals above the name ("PHÓ GIÁM ĐỐC / SỞ TÀI
    CHÍNH", "GIÁM ĐỐC SỞ NỘI VỤ") → ["Sở Tài chính"]; [] without one."""
    for p in block:
        m = DEPARTMENT_HEADER.search(p) if _is_upper(p) else None
        if m and (field := _so_field(m.group("rest"))):
            return [f"Sở {field}"]
    return []


def _signer_role(block: list[str]) -> str:
    """The signer's own title: the last title in the block's capitals not written for a principal.

    "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → "Phó Chủ tịch"
    (KT. CHỦ TỊCH names the chairman signed for, and a deputy signs for him: "KT. GIÁM ĐỐC / GIÁM ĐỐC", its
    "PHÓ" lost in a scan, → "Phó Giám đốc"); "Q. GIÁM ĐỐC" → "Quyền
    Giám đốc". Only each paragraph's leading capitals count, so "- Chủ
    tịch, các PCT UBND tỉnh;" in the recipients does not.
    """
    capitals = " ".join(f"{_leading_capitals(_signing_column(p))} {_title_read_across(p)}" for p in block)
    role, principal = "", ""
    for m in SIGNER_TITLE.finditer(capitals):
        party = (m.group("party") or "") + (m.group("party_of") or "")  # "T/M" → "TM"
        authority = (m.group("authority") or "").replace(".", "") or party
        title = re.sub(r"^PHO\b", "PHÓ", " ".join(m.group("title").split()))  # its mark lost in a scan
        if authority == SIGNS_FOR_PRINCIPAL:
            principal = title
        if authority not in FOR_PRINCIPAL:
            role = _office_case(("QUYỀN " if authority == "Q" else "") + title)
    if principal and (not role or role.upper() == principal):
        # the deputy's "PHÓ" lost under a stamp ("EHÓ'GIÁM ĐỐC"), or the deputy's own title line unread: who signs
        # for the principal is not the principal
        role = _office_case(DEPUTY_TITLES.get(principal, f"PHÓ {principal}"))
    return role


def _title_read_across(p: str) -> str:
    """The signature's title OCR read at the end of a recipients' line ("… (để b/c); KT, GIÁM ĐỐC" → "KT. GIÁM
    ĐỐC", its comma read for the stop), "" for none."""
    end = SIGNATURE_TITLE_END.search(p)
    return re.sub(r"^(\S+?),", r"\1.", end.group().strip()) if end else ""


def _office_case(title: str) -> str:
    """"PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "QUYỀN GIÁM ĐỐC" → "Quyền Giám đốc": the office capitalised."""
    out: list[str] = []
    for word in title.lower().split():
        out.append(word.capitalize() if not out or out[-1] in ("Phó", "Quyền") else word)
    return " ".join(out)


def _leading_capitals(p: str) -> str:
    """The words in capitals opening a paragraph ("PHÓ CHỦ TỊCH Lê Khắc Nam" → "PHÓ CHỦ TỊCH")."""
    words: list[str] = []
    for w in _collapse(SIGNED_NOTE.sub(" ", p)).split():
        if not _is_upper(w):
            break
        words.append(w)
    return " ".join(words)


def _signing_column(p: str) -> str:
    """What a closing line holds of the signature column: a scan reads the recipient and the signer's block beside
    it as one line ("- Bộ Nội vụ (để b/c); CHỦ TỊCH", "- Hội LHPN tỉnh; Nguyễn Hữu Khang"), the part after its
    last ";", or after the recipients' label ("Nơi nhận: KT. GIÁM ĐỐC")."""
    if ";" in p:
        return p.rsplit(";", 1)[1].strip()
    return RECIPIENTS_LABEL.sub("", p)  # "Nơi nhận: KT. GIÁM ĐỐC": the signer's column read beside the label


def _name_ending_list_line(p: str) -> str:
    """The person's name after the last item of a "Nơi nhận" line (past OCR's specks before it: "… Trang TTĐT xã;
    đc Hà Văn Quyết" → "Hà Văn Quyết"), "" when the line ends with no name."""
    if ";" not in p:
        return ""
    words = p.rsplit(";", 1)[1].split()
    while words and not words[0][:1].isupper():
        words = words[1:]
    return _person_name(" ".join(words))


def _person_name(p: str) -> str:
    p = _signing_column(p)
    p = re.sub(r"^(?:[^\w\s]+\s+)+(?=\w)", "", p)  # a scan's specks read before the name (".. Vi Quốc Thắng")
    if not p or p[:1] in "-+•*" or ":" in p:
        return ""
    p = PERSON_TITLE.sub("", _collapse(SIGNED_NOTE.sub(" ", p)))  # "TS. Vũ Đình Khang": the name after the title
    words = p.split()
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()  # a scan's speck read after the name ("Nguyễn Hữu Khang ,")
    # "PHÓ CHỦ TỊCH Lê Khắc Nam" joined on one line: drop the capitalised role, and the body it signs for when the
    # line opens the signature ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ Huỳnh Thị Mỹ Duyên", a joint plan's column)
    opens = bool(words) and (bool(SIGNATURE_LINE.match(words[0])) or words[0].strip(".").upper() in SIGNATURE_WORDS)
    while words and words[0].upper() == words[0] and (opens or words[0].strip(".").upper() in SIGNATURE_WORDS):
        if all(w.upper() == w for w in words):
            break
        words = words[1:]
    if not 2 <= len(words) <= 6:
        return ""
    # Central Highlands names: "Y Thuận Byă" (the men's particle, one letter, first), "H'Hen Niê", "Điểu K'Ré"
    parts = [[part for part in re.split(r"['’]", w)] for w in words]
    if any(not part.isalpha() or not part[0].isupper() for ps in parts for part in ps):
        return ""
    if any(len(w) == 1 for w in words[1:]) or all(len(w) == 1 for w in words):
        return ""
    if any(w.upper() in SIGNATURE_WORDS for w in words if w.isupper()):
        return ""
    if DRAFT_MARK.match(" ".join(words)) or " ".join(words).capitalize() in HEADER_TYPES:
        return ""  # a draft's mark or a type heading in capitals ("DỰ THẢO", "QUYẾT ĐỊNH"), no one's name
    upper = all(w.isupper() for w in words)
    if not upper and not all(part[1:].islower() or len(part) == 1 for ps in parts for part in ps):
        return ""
    return _title_case(" ".join(words)) if upper else " ".join(words)


def _issuer_from_suffix(suffix: str) -> str:
    key = _suffix_codes(suffix)[1].replace("&", "").replace("-", "")
    return ISSUER_CODES.get(key, "")


# ---------------------------------------------------------------- label


def _short_title(title: str, limit: int = _LABEL_TITLE_CHARS, headline: bool = False) -> str:
    title = _collapse(title).strip(" .;:,")
    if len(title) > limit:
        cut = title[:limit]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
        title = cut.rstrip(" ,;:-–") + "…"
    # "Kế hoạch thực hiện ..." reads as one phrase; keep capitals of acronyms, and a headline's ("Lam Giang phấn đấu …")
    if len(title) > 1 and title[0].isupper() and title[1].islower() and not headline:
        title = title[0].lower() + title[1:]
    return title


def _label_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"ngày {d}/{m}/{y}"


def local_place(meta: PlanMetadata) -> str:
    """A district's or commune's plan names its place beside the province: "huyện Kim Điền"."""
    m = _local_issuer(meta)
    return f"{m.group('level')} {m.group('name')}" if m else ""


def local_place_name(meta: PlanMetadata) -> str:
    """The name of a district's or commune's place, without its level: "Kim Điền" of "huyện Kim Điền"."""
    m = _local_issuer(meta)
    return m.group("name") if m else ""


def _local_issuer(meta: PlanMetadata) -> re.Match[str] | None:
    m = LOCAL_ISSUER.match(meta.issuer)
    return m if m and fold_accents(m.group("name")) != fold_accents(meta.province) else None


def make_label(meta: PlanMetadata) -> str:
    """Short name for answers and citations: type, number and date when known, else the title.

    "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)",
    "Kế hoạch thực hiện Nghị quyết số 06/NQ-CP … (Hải Phòng, 2023)",
    "Nghị quyết 15/2024/NQ-HĐND ngày 10/12/2024 (Sông Mây)"; a decision that
    issues a plan is named by the plan: "Kế hoạch phát triển … (ban hành kèm
    Quyết định 647/QĐ-UBND ngày 24/03/2025, Bạch Vân)". A text of unknown
    type is taken for a plan, the documents this index holds.
    """
    kind = meta.doc_type or _DEFAULT_TYPE
    if meta.issues:
        parts = [meta.issues, _short_title(meta.title) if meta.title else ""]
        issuer = ("ban hành kèm", kind, meta.number, meta.date and _label_date(meta.date))
        issued_by = [" ".join(p for p in issuer if p)]
        scope = issued_by + ([meta.province] if meta.province else [])
        if not meta.date and meta.year is not None:
            scope.append(str(meta.year))
        return f"{' '.join(p for p in parts if p)} ({', '.join(scope)})"
    parts = [kind]
    if meta.number:
        parts.append(meta.number)
    elif meta.title:
        parts.append(_short_title(meta.title, headline=meta.doc_type == ARTICLE_TYPE))
    elif meta.number_suffix:
        parts.append(f"số …/{meta.number_suffix}")
    else:
        parts.append(meta.doc)
    scope = [p for p in (local_place(meta), meta.province) if p]
    if meta.number and meta.date:
        parts.append(_label_date(meta.date))
    elif meta.year is not None:
        scope.append(str(meta.year))
    label = " ".join(p for p in parts if p)
    return f"{label} ({', '.join(scope)})" if scope else label


# The paragraphs of a cover a note naming the issuing decision stands among (title, note, place and month).
_COVER_PARAGRAPHS = 12


# ---------------------------------------------------------------- public API


def extract_metadata(doc: str, text: str) -> PlanMetadata:
    """Read the metadata the text states; every field missing from it stays empty.

    A web metadata table, when present, decides number, type, date, signer
    and province; the text fills what it leaves out.
    """
    paras, table = _read(text or "")
    paras = _gazette_document(paras)
    heading = _heading_index(paras)
    zone = _header_zone(paras, heading)
    title, preamble = _title_and_preamble(paras, heading)
    header = " \n ".join(zone)
    # (an agreement numbers itself under its title: "THỎA THUẬN HỢP TÁC" / "Về …" / "Số: 07/TTHT-SNV")
    below = [] if heading is None else paras[heading + 1:heading + 4]
    number, suffix = _number_parts(NUMBER.match(table.get("number", "")) or PARTY_NUMBER.match(table.get("number", ""))
                                   or NUMBER_FIELD.search(header) or PARTY_NUMBER_FIELD.search(header)
                                   or next((m for p in below if (m := NUMBER_FIELD.match(p))), None))
    doc_type = _doc_type(table.get("doc_type", "")) or _heading_type(paras, heading) or _type_of_number(suffix)
    if paras and SLIDE.match(paras[0]) and not (doc_type or title):
        # a slide deck: its first slide's title is the deck's
        doc_type, title = DECK_TYPE, strip_marker(paras[0])
    headline = _headline(paras) if heading is None and not (doc_type or title or number) else ""
    if headline:  # a news article on the plan: its headline is its title
        doc_type, title = ARTICLE_TYPE, headline
    elif heading is None and not (doc_type or title or number):
        doc_type, title, number, suffix = _presented_identity(zone)
    subject = next((m.group("subject") for p in zone if (m := LETTER_SUBJECT.match(p))), "")
    if heading is None and subject:  # an official letter: "V/v …" under its number is its type and title
        doc_type, title = doc_type or "Công văn", title or subject[:1].upper() + subject[1:].rstrip(" .")

    issues, signed_part = "", _before_annexes(paras)
    if heading is not None and doc_type and doc_type not in ISSUED_TYPES + PROPOSING_TYPES:
        plan = _issued_heading(paras, heading)
        if plan is not None:
            issues, title, signed_part = _heading_type(paras, plan), _title_and_preamble(paras, plan)[0], paras[:plan]
        else:
            issues, title = _issued(title)

    place, date_text, iso, year = _date(zone)
    made = None if iso else next((m for p in paras[:2 * _COVER_PARAGRAPHS] if (m := MADE_ON.match(p))), None)
    if made and (day := FULL_DATE.search(made["text"])):
        # an agreement's or minutes' "Hôm nay, ngày 18 tháng 5 năm 2026, tại …": the day it was made and signed
        d, mo, y = day.group("d", "m", "y") if day.group("y") else day.group("wd", "wm", "wy")
        iso, year, date_text = _iso(d, mo, y), int(y), f"ngày {made['text']}"
    note = next((m for p in paras[:_COVER_PARAGRAPHS] if (m := ISSUING_NUMBER.match(p))), None)
    if note and not number and not issues and doc_type in ISSUED_TYPES:
        # an Đề án, a Kế hoạch filed without the decision that issues it, whose cover note names that decision
        # ("(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18 tháng 3 năm 2026 …)"): named by it, as a decision
        # and its plan in one file are
        number, suffix = _number_parts(note)
        issues, doc_type = doc_type, _doc_type(note["type"])
        if (day := FULL_DATE.search(note.string)) and not iso:
            d, mo, y = day.group("d", "m", "y") if day.group("y") else day.group("wd", "wm", "wy")
            iso, year, date_text = _iso(d, mo, y), int(y), day.group(0)
    table_iso, table_year = _table_date(table.get("date", ""))
    if table_iso and table_iso != iso:
        iso, year, date_text = table_iso, table_year, f"ngày {table['date']}"
    header_body, header_level, header_province = _header_body(zone)
    preamble_body = _preamble_body(preamble)
    signer, signer_role, for_committee = _signature(signed_part)
    if not signer:
        # the last block signs nothing (a draft resolution's "CHỦ TỊCH" left unsigned after the Tờ trình that
        # submits it): the first document's signer signs the file's header
        first = _signature(_first_document(signed_part))
        if not first[0]:
            first = _signature(_first_signed(signed_part))
        if first[0] or not signer_role:
            signer, signer_role, for_committee = first
    signer = _person_name(table.get("signer", "")) or signer

    local = "" if header_province else _local_body(zone)
    if not (local or header_body or header_province or preamble_body):
        # no header at all (a commune's post about its plan): the committee below the province its opening names
        local = _local_mention(preamble)
    if header_province and place and header_province.startswith(f"{_strip_level(place)} "):
        # the header's name ran on ("LAM GIANG TRANG CHỦ"): the place of the date line is the province's name
        header_province = _strip_level(place)
    province = (
        _table_province(table.get("place", ""))
        or header_province
        # a district's or commune's plan: the province whose plan it implements ("… của UBND tỉnh Quảng Lương")
        or (_province_from_mentions(preamble) if local else "")
        or _strip_level(place)
        or _province_from_mentions([preamble_body])
        or _province_from_mentions([title])
        # a text with no header of its own (a commune's post about its plan): the province its opening names
        or _province_from_mentions(preamble)
    )
    full_text = "\n".join(paras)
    school = _school_body(zone)
    if school:
        issuer = school
    elif local:
        issuer = local
    elif header_body:
        issuer = header_body
    elif preamble_body:
        issuer = preamble_body
    elif for_committee:
        issuer = "Ủy ban nhân dân"
    else:
        issuer = _issuer_from_suffix(suffix)
    if issuer and not local and not school:
        if header_body and header_province:  # the header states the level itself
            issuer = " ".join(part for part in (header_body, header_level, header_province) if part)
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
        doc_type=doc_type,
        issues=issues,
        signer_role=signer_role,
        abbreviations=glossary_field(text or ""),
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
