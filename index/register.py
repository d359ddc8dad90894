"""The responsibility / deadline / target register of the plans.

Officials ask "which department owns this task, with whom, by when?" and
"what is the target for X?". Vietnamese administrative plans answer both in
predictable places, so the answers are extracted once, at ingest, into three
tables that the chat, the UI and the exports share:

- **Responsibilities**: one row per (plan, agency, task). Sources: the
  "Tổ chức thực hiện" / "Phân công nhiệm vụ" part (one heading per agency,
  bullets or lettered items of tasks, "Chủ trì, phối hợp với …" phrasing,
  "Đề nghị …" for bodies the issuer can only request, "Giao X chủ trì …",
  "X có trách nhiệm …", and "<agency>: <task>" paragraphs or headings), the
  "Phân công thực hiện: <agency> chủ trì, phối hợp với …" lines under the
  numbered tasks of a plan (with their "Thời gian thực hiện: …" line), task
  blocks with "Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian hoàn
  thành: …", and the "Chế độ (thông tin,) báo cáo" part. The role comes from
  how the task opens (chủ trì, phối hợp, thường trực, else thực hiện; đề nghị
  for requested bodies); partners from its "phối hợp (với) …" lists.
- **Deadlines**: what, who, when: dates ("trước ngày 15/6/2023"), months and
  quarters ("trong tháng 4", "Thời gian thực hiện: Triển khai tháng 4, thực
  hiện trong cả năm 2023") and periods ("sơ kết 05 năm, tổng kết 10 năm",
  "định kỳ hàng quý").
- **Targets**: indicator, value, unit, comparator, year or period, scope,
  from the "Mục tiêu" / "Chỉ tiêu" parts ("230.000 lượt người",
  "40 - 45% học sinh tốt nghiệp THCS, THPT", "thất nghiệp thành thị dưới 4%").

Agencies are canonicalised (`index.agencies`), so any spelling of a body
finds its rows. Extraction relies on the structure of administrative plans,
never on particular files; a plan without a "Tổ chức thực hiện" part yields a
note instead of rows.

Export columns (`to_csv`):

- responsibilities: ``plan,agency,role,task,partners,deadline,section,source``
- deadlines: ``plan,agencies,what,when,date,kind,section,source`` (``date`` is
  ISO when the plan gives day, month and year; ``kind`` is date | month |
  year | period)
- targets: ``plan,indicator,value,unit,comparator,year,scope,section,source``
  (``comparator`` is one of = < > ≤ ≥ ≈)

List fields (partners, agencies) are joined with "; " in CSV and stay lists
in JSON. `extract_register` is pure; `Register` adds storage and queries.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from index.agencies import (
    UPPER,
    agency_key,
    canonical_agency,
    looks_like_agency,
    parse_agency_list,
    split_agencies,
)
from index.chunking import SECTION_SEPARATOR, short_title
from index.metadata import PlanMetadata
from index.normalize import canonical, fold_accents
from index.structure import Block, Section, parse_structure

__all__ = [
    "CSV_HEADERS",
    "KINDS",
    "ROLES",
    "Deadline",
    "PlanRegister",
    "Register",
    "Responsibility",
    "Target",
    "build_register",
    "extract_register",
    "to_csv",
    "to_json",
]

ROLES = ("chủ trì", "phối hợp", "thường trực", "thực hiện", "đề nghị")
KINDS = ("responsibilities", "deadlines", "targets")
FORMAT_VERSION = 1


@dataclass
class Responsibility:
    doc: str
    plan: str
    agency: str  # canonical name
    role: str  # one of ROLES
    task: str  # the whole task as written
    partners: list[str] = field(default_factory=list)  # canonical names
    deadline: str = ""
    section: str = ""  # heading path, " › "-joined
    source: str = ""  # the plan's own words (heading + task, or the assignment line)


@dataclass
class Deadline:
    doc: str
    plan: str
    what: str
    agencies: list[str] = field(default_factory=list)  # canonical names; empty when the plan names no one
    when: str = ""  # as written
    date: str = ""  # ISO, when day, month and year are stated
    kind: str = ""  # date | month | year | period
    section: str = ""
    source: str = ""


@dataclass
class Target:
    doc: str
    plan: str
    indicator: str
    value: str  # as written, spaces around a range dash removed ("40-45", "230.000", "73,2")
    unit: str = ""  # "%", "%/năm", "lượt người", "người", "trường", …
    comparator: str = "="  # = < > ≤ ≥ ≈
    year: str = ""  # "2025", "2021-2025", "hàng năm", or "" when the plan does not say
    scope: str = ""  # breakdown label ("cao đẳng") or the group the value counts
    section: str = ""
    source: str = ""


CSV_HEADERS: dict[str, tuple[str, ...]] = {
    "responsibilities": ("plan", "agency", "role", "task", "partners", "deadline", "section", "source"),
    "deadlines": ("plan", "agencies", "what", "when", "date", "kind", "section", "source"),
    "targets": ("plan", "indicator", "value", "unit", "comparator", "year", "scope", "section", "source"),
}


@dataclass
class PlanRegister:
    doc: str
    plan: str
    fingerprint: str = ""  # hash of the normalised text the rows come from
    responsibilities: list[Responsibility] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanRegister:
        return cls(
            doc=data["doc"],
            plan=data.get("plan", data["doc"]),
            fingerprint=data.get("fingerprint", ""),
            responsibilities=[Responsibility(**r) for r in data.get("responsibilities", [])],
            deadlines=[Deadline(**d) for d in data.get("deadlines", [])],
            targets=[Target(**t) for t in data.get("targets", [])],
            notes=list(data.get("notes", [])),
        )


# ================================================================== small text helpers


def _fold(text: str) -> str:
    return fold_accents(text or "")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


_MARKER = re.compile(r"^(?:[IVX]{1,5}\s*\.|\d{1,2}(?:\.\d{1,2})*\s*\.?(?=\s)|\d{1,2}(?:\.\d{1,2})+\s*\.?|[a-zđ]\))\s*")
_BULLET = re.compile(r"^(?:[-+•*–]\s*)+")
_LETTER_ITEM = re.compile(r"^[a-zđ]\)\s*")


def _strip_marker(title: str) -> str:
    """Heading text without its number ("V. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN")."""
    return _MARKER.sub("", title.strip()).strip()


def _strip_bullet(text: str) -> str:
    text = _BULLET.sub("", text.strip())
    return _LETTER_ITEM.sub("", text).strip()


def fingerprint(text: str) -> str:
    """Identity of a plan text: the register of a plan is rebuilt when it changes."""
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()[:16]


def _section_path(path: tuple[Section, ...]) -> str:
    return SECTION_SEPARATOR.join(short_title(s.title) for s in path)


# ================================================================== part detection

_IMPLEMENTATION = re.compile(
    r"^(?:to chuc thuc hien|trach nhiem (?:thuc hien|cua)|phan cong (?:trach nhiem|nhiem vu|thuc hien)"
    r"|nhiem vu cua cac (?:co quan|so|don vi))\b"
)
_REPORTING = re.compile(r"^(?:che do (?:thong tin,? )?bao cao|thong tin,? bao cao|bao cao ket qua)\b")
_TARGETS = re.compile(r"^(?:cac )?(?:muc tieu|chi tieu)\b")
_ASSIGNMENT = re.compile(r"^(?:[-+•]\s*)?Phân công (?:thực hiện|nhiệm vụ|trách nhiệm)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_TIMING = re.compile(r"^(?:[-+•]\s*)?Thời (?:gian|hạn) (?:thực hiện|hoàn thành)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
# Task blocks of the form "Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian hoàn thành: Z"
# (one line or several), common where a plan flattens its task table.
_LEAD_FIELD = re.compile(r"(?:^|[;.]\s*|^[-+•]\s*)(?:cơ quan|đơn vị)\s+chủ trì\s*:\s*(?P<value>[^;\n]+)", re.IGNORECASE)
_PARTNER_FIELD = re.compile(r"(?:^|[;.]\s*|^[-+•]\s*)(?:cơ quan|đơn vị)\s+phối hợp\s*:\s*(?P<value>[^;\n]+)", re.IGNORECASE)
_TIME_FIELD = re.compile(
    r"(?:^|[;.]\s*|^[-+•]\s*)thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(?P<value>[^;\n]+)", re.IGNORECASE
)
# Closing formulas that end the assignment part even without "Trên đây là":
# "Ủy ban nhân dân thành phố yêu cầu …", "Trong quá trình triển khai …, kịp thời phản ánh …".
_CLOSING = re.compile(
    r"^(?:(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|thành phố|Thành phố|TP\.?)\b[^.;:]{0,40}?\s(?:yêu cầu|đề nghị)\s"
    r"|Trong quá trình (?:tổ chức |triển khai )*(?:thực hiện|triển khai)\b"
    r"|Trên đây là\b)",
)


def _title_is(pattern: re.Pattern[str], section: Section) -> bool:
    return bool(section.heading) and bool(pattern.match(_fold(_strip_marker(section.title))))


# ================================================================== roles and partners

_ADVERBIAL = re.compile(
    r"^(?:can cu|tren co so|theo|chu dong|tich cuc|hang nam|hang quy|dinh ky|trong|sau khi|truoc|dong thoi|ngoai ra)\b"
)
_ROLE_STARTS = (("thuong truc", "thường trực"), ("la co quan thuong truc", "thường trực"),
                ("chu tri", "chủ trì"), ("phoi hop", "phối hợp"))


def role_of(task: str, requested: bool = False) -> str:
    """The agency's role in a task, from how the task opens.

    "Là cơ quan thường trực" / "Thường trực …" → thường trực; "Chủ trì …" →
    chủ trì; "Phối hợp …" → phối hợp, also after an opening adverbial clause
    ("Căn cứ chức năng, nhiệm vụ được giao, phối hợp …"); anything else →
    thực hiện. Bodies the issuer only requests ("Đề nghị …") → đề nghị.
    """
    if requested:
        return "đề nghị"
    first = re.split(r"[.;:]", _strip_bullet(task), maxsplit=1)[0]
    folded = _fold(first)
    if re.search(r"\bla co quan thuong truc\b", folded):
        return "thường trực"
    segments = [s.strip() for s in folded.split(",")]
    scan = segments[:4] if segments and _ADVERBIAL.match(segments[0]) else segments[:1]
    for segment in scan:
        for start, role in _ROLE_STARTS:
            if segment.startswith(start):
                return role
    return "thực hiện"


_COORDINATE = re.compile(r"(?<![\w])phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+", re.IGNORECASE)
_DIRECTS = re.compile(r"\b(?:chi dao|huong dan|de nghi|yeu cau|giao)\b")


def partners_of(task: str, own: Iterable[str] = ()) -> list[str]:
    """Canonical names of the bodies the agency coordinates with in a task.

    Every "phối hợp (với) <list>" of the task counts unless another body is
    the one coordinating ("chỉ đạo Hội Nông dân cấp xã phối hợp với …").
    """
    own_keys = {agency_key(canonical_agency(a)) for a in own}
    out: list[str] = []
    for m in _COORDINATE.finditer(task):
        clause = re.split(r"[;,.:]", task[: m.start()])[-1]
        if _DIRECTS.search(_fold(clause)):
            continue
        if not re.search(r"(?:với|cùng)\s+$", m.group(0)) and not re.match(rf"[{UPPER}]|các\s|UBND", task[m.end():]):
            continue  # "phối hợp tổ chức …": a verb follows, not a body
        for item in parse_agency_list(task, m.end()):
            name = canonical_agency(item)
            key = agency_key(name)
            if key and key not in own_keys and key not in {agency_key(o) for o in out}:
                out.append(name)
    return out


# ================================================================== deadlines in text

_DATE = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
_BY_DATE = re.compile(
    rf"(?:trước|chậm nhất(?: là)?|không muộn hơn|hạn chót|hoàn thành trước)\s+(?:ngày\s+)?(?:{_DATE})", re.IGNORECASE
)
_BY_MONTH = re.compile(
    r"(?:trước|trong|chậm nhất(?: là)?|hoàn thành trong|hoàn thành trước)\s+(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})"
    r"(?:\s*(?:/|năm)\s*\d{4})?",
    re.IGNORECASE,
)
_PERIODIC = re.compile(
    r"(?:sơ kết|tổng kết)(?:\s*,\s*(?:sơ kết|tổng kết))?\s+(?:\d{1,2}\s+năm|định kỳ)"
    r"|định kỳ\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)|định kỳ\s+\d{1,2}\s+(?:tháng|năm)"
    r"|(?:đánh giá|báo cáo)\s+(?:hàng|hằng)\s+(?:năm|quý|tháng)"
    r"|^(?:hàng|hằng)\s+(?:năm|quý|tháng)(?=\s*,)",
    re.IGNORECASE | re.MULTILINE,
)


def _iso(when: str) -> str:
    m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", when)
    if not m:
        return ""
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


def _kind(when: str) -> str:
    if _BY_DATE.search(when) or re.search(_DATE, when):
        return "date"
    if re.search(r"\b(?:tháng|quý)\s+(?:\d|[IV])", when, re.IGNORECASE):
        return "month"
    if re.search(r"\b(?:sơ kết|tổng kết|định kỳ|(?:hàng|hằng) (?:năm|quý|tháng))\b", when, re.IGNORECASE):
        return "period"
    return "year" if re.search(r"\b(?:19|20)\d\d\b", when) else "period"


def deadline_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, expression) of the deadlines a text states, in order.

    Dates win; without a date, months or quarters; without either, periods
    ("sơ kết 05 năm, tổng kết 10 năm" is one expression).
    """
    for pattern in (_BY_DATE, _BY_MONTH):
        found = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        if found:
            return found
    spans: list[tuple[int, int, str]] = []
    for m in _PERIODIC.finditer(text):
        start, end = m.start(), m.end()
        if spans and re.fullmatch(r"\s*(?:,|và)\s*", text[spans[-1][1]:start]):
            spans[-1] = (spans[-1][0], end, text[spans[-1][0]:end])
        else:
            spans.append((start, end, text[start:end]))
    return spans


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause (between ";" or sentence ends) that holds text[start:end]."""
    left = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(";", end), text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return _strip_bullet(text[left + 1 : right].strip(" .;"))


def _first_sentence(text: str, limit: int = 240) -> str:
    first = re.split(r"(?<=[.;!?])\s|\n", _strip_bullet(text), maxsplit=1)[0].strip()
    return short_title(first, limit)


# ================================================================== responsibilities

@dataclass
class _Unit:
    """One task as written: its paragraphs, and an agency named inside it ("Đối với X: …")."""

    blocks: list[Block]
    agencies: list[str] | None = None

    @property
    def text(self) -> str:
        lines = [b.text for b in self.blocks]
        lines[0] = _strip_bullet(lines[0])
        return "\n".join(lines)

    @property
    def source(self) -> str:
        return "\n".join(b.text for b in self.blocks)


_FOR_AGENCY = re.compile(r"^(?:[-+•]\s*)?Đối với\s+(?P<agency>[^:]{3,120}?)\s*:\s*(?P<task>.+)$", re.DOTALL)


class _Extraction:
    """State of one plan's extraction: the plan, the rows so far, and whether the closing was reached."""

    def __init__(self, doc: str, plan: str) -> None:
        self.doc = doc
        self.plan = plan
        self.rows: list[Responsibility] = []
        self.deadlines: list[Deadline] = []
        self.notes: list[str] = []
        self.used: set[int] = set()  # starts of blocks already turned into rows
        self.closed = False

    # ---------------------------------------------------------- units

    def units(self, blocks: list[Block]) -> list[_Unit]:
        """Group paragraphs into tasks: "+" sub-items join the task they detail."""
        units: list[_Unit] = []
        for block in blocks:
            if self.closed or _CLOSING.match(block.text):
                self.closed = True
                break
            if block.text.startswith("+") and units:
                units[-1].blocks.append(block)
                continue
            unit = _Unit([block])
            m = _FOR_AGENCY.match(block.text)
            if m and looks_like_agency(m.group("agency")):
                unit.agencies = split_agencies(m.group("agency"))
            units.append(unit)
        return units

    # ---------------------------------------------------------- rows

    def add_rows(
        self,
        agencies: list[str],
        task: str,
        source: str,
        path: tuple[Section, ...],
        *,
        requested: bool = False,
        role: str | None = None,
        deadline: str | None = None,
        partners: list[str] | None = None,
        blocks: Iterable[Block] = (),
    ) -> None:
        """Rows for every agency of a task, and the deadlines the task states."""
        names = [canonical_agency(a) for a in agencies if a.strip()]
        names = [n for i, n in enumerate(names) if n and n not in names[:i]]
        if not names or not task.strip():
            return
        role = role or role_of(task, requested)
        if requested:
            role = "đề nghị"
        partners = partners if partners is not None else partners_of(task, names)
        spans = deadline_spans(task)
        when = deadline if deadline is not None else "; ".join(s[2] for s in spans)
        section = _section_path(path)
        for name in names:
            self.rows.append(
                Responsibility(self.doc, self.plan, name, role, task.strip(), list(partners), when, section, source)
            )
        for block in blocks:
            self.used.add(block.start)
        if deadline:
            self.add_deadline(_first_sentence(task), names, deadline, section, source)
        else:
            for start, end, expression in spans:
                self.add_deadline(_clause_around(task, start, end), names, expression, section, source)

    def add_deadline(self, what: str, agencies: list[str], when: str, section: str, source: str) -> None:
        when = when.strip().rstrip(".").strip()
        for d in self.deadlines:
            if d.section == section and d.source == source and d.when == when:
                d.agencies.extend(a for a in agencies if a not in d.agencies)
                return
        self.deadlines.append(
            Deadline(self.doc, self.plan, what, list(agencies), when, _iso(when), _kind(when), section, source)
        )

    # ---------------------------------------------------------- the assignment part

    def implementation(self, section: Section, path: tuple[Section, ...]) -> None:
        """Walk a "Tổ chức thực hiện" part: agency headings, their tasks, reporting items."""
        self.agency_section(section, path, agencies=None, requested=False, heading="")

    def agency_section(
        self, section: Section, path: tuple[Section, ...], agencies: list[str] | None, requested: bool, heading: str
    ) -> None:
        for unit in self.units(section.body):
            self.body_unit(unit, path, agencies, requested, heading)
        for child in section.children:
            if self.closed:
                return
            child_path = path + (child,)
            title = _strip_marker(child.title)
            if _title_is(_REPORTING, child):
                self.reporting(child, child_path)
                continue
            parsed = _agency_heading(title)
            if parsed is not None:
                names, child_requested, heading_task = parsed
                child_requested = child_requested or requested
                if heading_task and not heading_task.rstrip().endswith(":"):
                    self.add_rows(names, heading_task, child.title, child_path, requested=child_requested,
                                  blocks=[child.heading] if child.heading else [])
                self.agency_section(child, child_path, names, child_requested, child.title)
            elif agencies:
                self.task_item(child, child_path, agencies, requested, heading)
            else:
                self.agency_section(child, child_path, None, requested, "")

    def body_unit(
        self, unit: _Unit, path: tuple[Section, ...], agencies: list[str] | None, requested: bool, heading: str
    ) -> None:
        text = unit.text
        if unit.agencies:
            m = _FOR_AGENCY.match(unit.blocks[0].text)
            task = m.group("task").strip() if m else text
            extra = "\n".join(b.text for b in unit.blocks[1:])
            self.add_rows(unit.agencies, f"{task}\n{extra}".strip(), unit.source, path,
                          requested=requested, blocks=unit.blocks)
            return
        named = _named_paragraph(text)
        if agencies and not named:
            source = f"{heading}\n{unit.source}" if heading else unit.source
            self.add_rows(agencies, text, source, path, requested=requested, blocks=unit.blocks)
            return
        inline = named or _inline_assignment(text)
        if inline:
            names, task, inline_requested = inline
            self.add_rows(names, task, unit.source, path, requested=requested or inline_requested,
                          blocks=unit.blocks)
        elif len(text) > 40:
            self.notes.append(f"{self.doc}: paragraph without an agency skipped in '{_section_path(path)}': "
                              f"{short_title(text, 80)}")

    def task_item(
        self, section: Section, path: tuple[Section, ...], agencies: list[str], requested: bool, heading: str
    ) -> None:
        """A lettered or numbered task under an agency heading: heading text + its paragraphs."""
        blocks = [section.heading] if section.heading else []
        for unit in self.units(section.body):
            blocks.extend(unit.blocks)
        for _, sub in section.walk():
            if sub is not section:
                blocks.extend(b for b in ([sub.heading] if sub.heading else []) + sub.body)
        if not blocks:
            return
        task = "\n".join([_strip_marker(_strip_bullet(blocks[0].text))] + [b.text for b in blocks[1:]])
        source = "\n".join(([heading] if heading else []) + [b.text for b in blocks])
        self.add_rows(agencies, task, source, path, requested=requested, blocks=blocks)

    def reporting(self, section: Section, path: tuple[Section, ...]) -> None:
        """"Chế độ báo cáo": who reports, to whom, by when."""
        blocks = [b for _, s in section.walk() for b in ([s.heading] if s.heading and s is not section else []) + s.body]
        for unit in self.units(blocks):
            inline = _inline_assignment(unit.text)
            if inline:
                names, task, requested = inline
                self.add_rows(names, unit.text, unit.source, path, requested=requested,
                              role=role_of(task), blocks=unit.blocks)
            else:
                for start, end, expression in deadline_spans(unit.text):
                    self.add_deadline(_clause_around(unit.text, start, end), [], expression,
                                      _section_path(path), unit.source)
                for block in unit.blocks:
                    self.used.add(block.start)

    # ---------------------------------------------------------- "Phân công thực hiện" lines

    def assignments(self, section: Section, path: tuple[Section, ...]) -> None:
        """Tasks whose paragraphs end with "Phân công thực hiện: X chủ trì, phối hợp với Y"."""
        if not any(_ASSIGNMENT.match(b.text) for b in section.body) and any(
            _LEAD_FIELD.search(b.text) for b in section.body
        ):
            self.lead_fields(section, path)
            return
        lines = [b for b in section.body if _ASSIGNMENT.match(b.text)]
        timing = [b for b in section.body if _TIMING.match(b.text)]
        if not lines:
            if timing:
                what = _first_sentence(_strip_marker(section.title))
                for t in timing:
                    self.add_deadline(what, [], _TIMING.match(t.text).group("rest"), _section_path(path), t.text)
                    self.used.add(t.start)
            return
        task_blocks = ([section.heading] if section.heading else []) + [
            b for b in section.body if b not in lines and b not in timing
        ]
        task = "\n".join([_strip_marker(task_blocks[0].text)] + [b.text for b in task_blocks[1:]]) if task_blocks else ""
        when = "; ".join(_TIMING.match(t.text).group("rest").strip().rstrip(".") for t in timing)
        for line in lines:
            rest = _ASSIGNMENT.match(line.text).group("rest")
            split = _subject(rest)
            if split is None:
                self.notes.append(f"{self.doc}: assignment without a recognisable agency: {short_title(rest, 80)}")
                continue
            names, predicate = split
            source = "\n".join([line.text] + [t.text for t in timing])
            # the partners are those of the assignment line, not the ones the task text mentions
            self.add_rows(names, task, source, path, role=role_of(predicate), deadline=when or None,
                          partners=partners_of(predicate, names), blocks=[line, *timing])

    def lead_fields(self, section: Section, path: tuple[Section, ...]) -> None:
        """A task with "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian …: …" fields."""
        fields = [b for b in section.body
                  if _LEAD_FIELD.search(b.text) or _PARTNER_FIELD.search(b.text) or _TIMING.match(b.text)
                  or _TIME_FIELD.match(_strip_bullet(b.text))]
        task_blocks = ([section.heading] if section.heading else []) + [b for b in section.body if b not in fields]
        if not task_blocks:
            return
        task = "\n".join([_strip_marker(task_blocks[0].text)] + [b.text for b in task_blocks[1:]])
        leads: list[str] = []
        partners: list[str] = []
        whens: list[str] = []
        for block in fields:
            for m in _LEAD_FIELD.finditer(block.text):
                leads.extend(split_agencies(m.group("value").strip().rstrip(".")))
            for m in _PARTNER_FIELD.finditer(block.text):
                partners.extend(split_agencies(m.group("value").strip().rstrip(".")))
            for m in _TIME_FIELD.finditer(_strip_bullet(block.text)):
                whens.append(m.group("value").strip().rstrip("."))
        names = [canonical_agency(a) for a in leads]
        partner_names = [n for n in dict.fromkeys(canonical_agency(p) for p in partners) if n not in names]
        source = "\n".join(b.text for b in fields)
        self.add_rows(leads, task, source, path, role="chủ trì", deadline="; ".join(whens) or None,
                      partners=partner_names, blocks=fields)

    # ---------------------------------------------------------- everything else

    def loose_deadlines(self, root: Section) -> None:
        """Dated deadlines outside the parts above (e.g. "báo cáo … trước ngày 10/12/2023" in the closing)."""
        for path, section in root.walk():
            if section.kind in ("header", "basis", "signature"):
                continue
            for block in ([section.heading] if section.heading else []) + section.body:
                if block.start in self.used:
                    continue
                for pattern in (_BY_DATE, _BY_MONTH):
                    for m in pattern.finditer(block.text):
                        self.add_deadline(_clause_around(block.text, m.start(), m.end()), [], m.group(0),
                                          _section_path(path), block.text)
                for m in _TIME_FIELD.finditer(_strip_bullet(block.text)):  # "… . Thời gian: tháng 3/2024."
                    what = _first_sentence(_strip_marker(block.text)) if m.start() else _first_sentence(section.title)
                    self.add_deadline(what, [], m.group("value"), _section_path(path), block.text)


_REQUEST = re.compile(r"^Đề nghị\s+", re.IGNORECASE)
_ASSIGN_VERB = re.compile(r"^(?:Giao|Yêu cầu)\s+(?=\S)")  # "Giao Phòng X chủ trì …": the issuer assigning
# Where the subject of an assignment sentence ends: its verb.
_PREDICATE = re.compile(
    r"\s(?:có trách nhiệm|chịu trách nhiệm|là cơ quan|thường trực|chủ trì|phối hợp|thực hiện|tổng hợp|báo cáo|"
    r"tổ chức|triển khai|xây dựng|gửi|định kỳ|chủ động|tham mưu|hướng dẫn|chỉ đạo|bố trí|căn cứ)\b",
)
_RESPONSIBLE = re.compile(r"^(?:có|chịu)\s+trách nhiệm\s+", re.IGNORECASE)
_LEAD_CLAUSE = re.compile(r"^(?:(?:Căn cứ|Trên cơ sở|Định kỳ|Hàng năm|Hằng năm)[^,]{0,120},\s*|Giao\s+(?=\S))")


def _subject(text: str) -> tuple[list[str], str] | None:
    """(agencies, predicate) of "<agencies> chủ trì, phối hợp …", or None when no body opens it."""
    text = _strip_bullet(text)
    text = _LEAD_CLAUSE.sub("", text)
    m = _PREDICATE.search(text)
    if not m:
        return None
    subject = text[: m.start()].strip(" ,")
    if not subject or len(subject) > 220 or not looks_like_agency(subject):
        return None
    return split_agencies(subject), _RESPONSIBLE.sub("", text[m.start():].strip())


def _named_paragraph(text: str) -> tuple[list[str], str, bool] | None:
    """A paragraph that opens with its own agency and a colon: "- Sở Tài chính: bố trí …".

    Under a grouping heading ("2. Các sở, ngành") such a paragraph names the
    body that owns the task, whatever the heading says.
    """
    body = _strip_bullet(text)
    requested = bool(_REQUEST.match(body))
    body = _REQUEST.sub("", body)
    m = re.match(r"^(?P<agency>[^:;.]{3,160}?)\s*:\s*(?P<task>\S.*)$", body, re.DOTALL)
    if m and looks_like_agency(m.group("agency")) and not _PREDICATE.search(f" {m.group('agency')}"):
        return split_agencies(m.group("agency")), m.group("task").strip(), requested
    return None


def _inline_assignment(text: str) -> tuple[list[str], str, bool] | None:
    """A paragraph that names its agency: "- Sở Tài chính: bố trí …" or "Sở X chủ trì, …"."""
    named = _named_paragraph(text)
    if named:
        return named
    body = _REQUEST.sub("", _strip_bullet(text))
    requested = bool(_REQUEST.match(_strip_bullet(text)))
    split = _subject(body)
    if split:
        return split[0], split[1], requested
    return None


def _agency_heading(title: str) -> tuple[list[str], bool, str] | None:
    """(agencies, requested, task stated in the heading) of an agency heading, or None for a task heading.

    "Sở Tài chính", "Đề nghị Hội Nông dân tỉnh", "Sở Tài chính: Bố trí kinh phí …" and
    "UBND các huyện có trách nhiệm xây dựng kế hoạch …" are agency headings.
    """
    named = _named_paragraph(title)
    if named:
        agencies, task, requested = named
        return agencies, requested, task
    text = _ASSIGN_VERB.sub("", title.strip().rstrip(":").strip())
    requested = bool(_REQUEST.match(text))
    text = _REQUEST.sub("", text)
    if not looks_like_agency(text):
        return None
    m = _PREDICATE.search(text)
    if m:
        subject = text[: m.start()].strip(" ,")
        if subject and looks_like_agency(subject):
            return split_agencies(subject), requested, _RESPONSIBLE.sub("", text[m.start():].strip())
    return split_agencies(text), requested, ""


# ================================================================== targets

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_VALUE = re.compile(
    rf"(?<![\w./,-])(?P<a>{_NUM})(?:\s*[-–]\s*(?P<b>{_NUM}))?(?![\w/]|[.,]\d)(?P<pct>\s*(?:%|‰)(?:\s*/\s*năm)?)?"
)
_UNITS = (
    "lượt người", "lượt nghề", "lượt", "người", "lao động", "học viên", "học sinh", "sinh viên", "trường",
    "ngành, nghề", "ngành nghề", "nghề", "ngành", "doanh nghiệp", "cơ sở", "chương trình", "hộ", "xã",
    "mô hình", "lớp", "phóng sự", "hoạt động", "việc làm", "đơn vị", "nhà giáo", "giáo viên", "thí sinh",
    "tỷ đồng", "triệu đồng", "đồng",
)
_UNIT_RE = re.compile(r"^\s*(" + "|".join(re.escape(u) for u in _UNITS) + r")(?![\w])", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(?:tháng|năm|ngày|giờ|tuổi|lần|tiết|buổi)\b", re.IGNORECASE)
_NOT_AMOUNT_BEFORE = re.compile(r"(?:\b(?:số|thứ|bậc|lần|khóa|khoá|nhóm|cấp độ|Nghị quyết|Quyết định))\s*$", re.IGNORECASE)
_COMPARATORS = (
    (re.compile(r"\b(?:duoi|it hon|thap hon)\s*$"), "<"),
    (re.compile(r"\b(?:khong qua|khong vuot qua|toi da)\s*$"), "≤"),
    (re.compile(r"\b(?:it nhat|toi thieu|tu)\s*$"), "≥"),
    (re.compile(r"\b(?:tren|cao hon|vuot)\s*$"), ">"),
    (re.compile(r"\b(?:khoang|gan|xap xi)\s*$"), "≈"),
)
_YEAR = re.compile(r"\b(?:(?:giai đoạn|thời kỳ)\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b")
_EVERY_YEAR = re.compile(r"\b(?:hàng|hằng|mỗi)\s+năm\b", re.IGNORECASE)


@dataclass
class _Value:
    start: int
    end: int  # after the unit
    value: str
    unit: str
    percent: bool
    number_end: int = 0  # after the number (and "%")


def _values(clause: str) -> list[_Value]:
    """Amounts of a clause: percentages, and counts with a unit or a "label:" before them.

    Years, durations ("03 tháng"), ordinals and document numbers are not amounts.
    """
    out: list[_Value] = []
    for m in _VALUE.finditer(clause):
        a, b, pct = m.group("a"), m.group("b"), (m.group("pct") or "").strip()
        before, after = clause[: m.start()], clause[m.end():]
        if _NOT_AMOUNT_BEFORE.search(before):
            continue
        value = f"{a}-{b}" if b else a
        if pct:
            out.append(_Value(m.start(), m.end(), value, "%/năm" if "/" in pct else pct[0], True, m.end()))
            continue
        if re.fullmatch(r"(?:19|20)\d\d", a) and (not b or re.fullmatch(r"(?:19|20)\d\d", b)):
            continue  # a year or a range of years
        if _DURATION.match(after):
            continue
        unit = _UNIT_RE.match(after)
        if unit:
            out.append(_Value(m.start(), m.end() + unit.end(), value, unit.group(1), False, m.end()))
        elif before.rstrip().endswith(":"):
            out.append(_Value(m.start(), m.end(), value, "", False, m.end()))  # "cao đẳng: 25.500" takes the unit of its total
    return out


def _year_of(text: str) -> str:
    m = _YEAR.search(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    return "hàng năm" if _EVERY_YEAR.search(text) else ""


def _comparator(before: str, after: str) -> str:
    folded = _fold(before[-40:])
    if re.match(r"^\s*tro len\b", _fold(after[:20])):
        return "≥"
    for pattern, symbol in _COMPARATORS:
        if pattern.search(folded):
            return symbol
    return "="


def _regions(clause: str, values: list[_Value]) -> list[tuple[int, int]]:
    """The part of a clause that belongs to each value (its indicator).

    One value owns the whole clause; between two values the clause is cut at
    the first comma or parenthesis after the first one, else at the last
    "và" between them ("30% cơ sở GDNN và 50% chương trình …").
    """
    if len(values) <= 1:
        return [(0, len(clause))] * len(values)
    starts, ends = [0], []
    for v, nxt in pairwise(values):
        gap = clause[v.end:nxt.start]
        cut = re.search(r"[,(;]", gap)
        if not cut:
            ands = list(re.finditer(r"\svà\s", gap))
            cut = ands[-1] if ands else None
        if cut:
            ends.append(v.end + cut.start())
            starts.append(v.end + cut.end())
        else:
            ends.append(nxt.start)
            starts.append(nxt.start)
    ends.append(len(clause))
    return list(zip(starts, ends))


def _tidy_indicator(text: str) -> str:
    """The indicator as written, without bullets, and cut to its last clause when very long."""
    text = _strip_bullet(_squash(text)).strip(" ,;.:)(")
    text = re.sub(r"^(?:trong đó|Trong đó)\s*:?\s*", "", text)
    if len(text) > 200:
        cuts = list(re.finditer(r"(?:^|\s)(?:góp phần|nhằm|trong đó)\s", text))
        text = text[cuts[-1].start():].strip() if cuts else "…" + text[-200:].split(" ", 1)[-1]
    return text


_LABEL = re.compile(r"(?:^|[:(;])\s*([^:(;]+?)\s*:\s*$")
_PREPOSITION = re.compile(r"^(?:trong|vào|so với|theo|của|cho|tại|trên|đối với|/|\W*$)", re.IGNORECASE)
_TRAILING_VERB = re.compile(r"\s+(?:đạt|là|lên|còn|khoảng|ít nhất|tối thiểu|trên|dưới|từ|đạt từ|đạt mức|giảm còn)\s*$")


def _base_indicator(before_first: str) -> str:
    """What the first amount of a sentence counts ("Tuyển sinh và đào tạo khoảng" → "Tuyển sinh và đào tạo")."""
    text = _tidy_indicator(before_first)
    while True:
        cut = _TRAILING_VERB.sub("", text)
        if cut == text:
            return text
        text = cut


def _targets_in(paragraph: str, context_year: str, doc: str, plan: str, section: str) -> list[Target]:
    """Targets of one paragraph: one per amount, with the words around it as indicator.

    A breakdown ("trong đó: cao đẳng: 25.500, trung cấp: …") names each part
    after the sentence's subject ("Tuyển sinh và đào tạo: cao đẳng") and takes
    the unit of the total; the year comes from the amount's own words, then
    the sentence, then the heading or lead-in ("Đến năm 2025"), then the plan.
    """
    out: list[Target] = []
    text = _strip_bullet(paragraph)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[^\W\d_a-z])", text):
        explicit_year = _YEAR.search(sentence)
        sentence_year = _year_of(sentence)
        base = ""
        last_unit = ""
        for clause in re.split(r"\s*;\s*", sentence):
            values = _values(clause)
            for v, (start, end) in zip(values, _regions(clause, values)):
                before = clause[start:v.start]
                after = clause[v.number_end:end]
                unit = v.unit or last_unit
                if not v.percent and v.unit:
                    last_unit = v.unit
                label = _LABEL.search(before)
                if not base:
                    base = _base_indicator(sentence.split(":", 1)[0] if label else before)
                if label:
                    scope = _squash(label.group(1))
                    scope = re.sub(r"^(?:trong đó|Trong đó)\s*", "", scope).strip(" :,")
                    indicator = f"{base}: {scope}" if base and base != scope else scope
                else:
                    tail = _squash(re.split(r"[,;(]|\s(?:vào|đạt|được)\s", after)[0]).strip(" .,;:")
                    scope = "" if _PREPOSITION.match(tail) or tail == unit else tail
                    indicator = _tidy_indicator(clause[start:end])
                year = (_year_of(clause[start:end]) or (explicit_year and _year_of(explicit_year.group(0)))
                        or sentence_year or context_year)
                out.append(Target(
                    doc=doc, plan=plan, indicator=indicator, value=v.value, unit=unit,
                    comparator=_comparator(before, clause[v.end:end]), year=year,
                    scope=scope[:160], section=section, source=paragraph,
                ))
    return out


def _plan_year(meta: PlanMetadata | None) -> str:
    """The year of an annual plan, from a title ending in "năm 2023" (not "tầm nhìn đến năm 2045")."""
    title = meta.title if meta else ""
    m = re.search(r"(?<!đến )(?<!tới )năm\s+((?:19|20)\d\d)\W*$", title or "")
    return m.group(1) if m else ""


def _target_section(section: Section, path: tuple[Section, ...], year: str, doc: str, plan: str) -> list[Target]:
    out: list[Target] = []
    title = _strip_marker(section.title)
    section_path = _section_path(path)
    heading_values = _values(title) if section.heading else []
    if heading_values:
        out.extend(_targets_in(title, year, doc, plan, section_path))
    else:
        year = _year_of(title) or year
    for block in section.body:
        text = _strip_bullet(block.text)
        if _values(text):
            out.extend(_targets_in(block.text, year, doc, plan, section_path))
        elif _YEAR.search(text) and len(text) < 160:
            year = _year_of(text) or year  # "Phấn đấu đến năm 2025:" governs what follows
    for child in section.children:
        out.extend(_target_section(child, path + (child,), year, doc, plan))
    return out


# ================================================================== the plan


def extract_register(doc: str, text: str, metadata: PlanMetadata | None = None) -> PlanRegister:
    """The register of one plan, from its normalised text (as `normalize_text` returns it)."""
    plan = metadata.label if metadata and metadata.label else doc
    root = parse_structure(text or "")
    work = _Extraction(doc, plan)

    implementation = [(p, s) for p, s in root.walk() if _title_is(_IMPLEMENTATION, s)
                      and not any(_title_is(_IMPLEMENTATION, a) for a in p[:-1])]
    if not implementation:
        work.notes.append(f"{doc}: no 'Tổ chức thực hiện' part found; no responsibility rows from it")
    inside = {id(s) for _, top in implementation for _, s in top.walk()}
    for path, section in root.walk():
        if id(section) in inside:
            continue
        work.closed = False
        if _title_is(_REPORTING, section):
            work.reporting(section, path)
        else:
            work.assignments(section, path)
    for path, section in implementation:
        work.closed = False
        work.implementation(section, path)
    work.loose_deadlines(root)

    targets: list[Target] = []
    year = _plan_year(metadata)
    target_parts = [(p, s) for p, s in root.walk() if _title_is(_TARGETS, s)
                    and not any(_title_is(_TARGETS, a) for a in p[:-1])]
    for path, section in target_parts:
        targets.extend(_target_section(section, path, year, doc, plan))
    if not target_parts:
        work.notes.append(f"{doc}: no 'Mục tiêu' / 'Chỉ tiêu' part found; no targets")

    order = {id(r): i for i, r in enumerate(work.rows)}
    rows = sorted(work.rows, key=lambda r: (_section_order(root, r.section), order[id(r)]))
    return PlanRegister(
        doc=doc, plan=plan, fingerprint=fingerprint(text or ""),
        responsibilities=rows, deadlines=work.deadlines, targets=targets, notes=work.notes,
    )


def _section_order(root: Section, section_path: str) -> int:
    """Document order of a heading path (rows from different passes are interleaved back)."""
    for i, (path, _) in enumerate(root.walk()):
        if _section_path(path) == section_path:
            return i
    return 10**9


# ================================================================== the register of all plans


def _matches_plan(doc: str, label: str, wanted: str | None) -> bool:
    if not wanted:
        return True
    w = _fold(canonical(wanted)).strip()
    return w == _fold(doc) or w in _fold(doc) or w in _fold(label)


def _matches_agency(names: Iterable[str], wanted_key: str) -> bool:
    for name in names:
        key = agency_key(name)
        if key == wanted_key or re.search(rf"(?:^| ){re.escape(wanted_key)}(?: |$)", key):
            return True
    return False


class Register:
    """Rows of every plan, stored as JSON beside the index and updated plan by plan."""

    def __init__(self, plans: Iterable[PlanRegister] = ()) -> None:
        self.plans: dict[str, PlanRegister] = {p.doc: p for p in plans}

    # ---------------------------------------------------------- updates

    def replace_plan(self, plan: PlanRegister) -> None:
        self.plans[plan.doc] = plan

    def drop_plan(self, doc: str) -> None:
        self.plans.pop(doc, None)

    def is_current(self, doc: str, text: str) -> bool:
        """Whether the stored rows of `doc` come from this very text (no need to rebuild)."""
        plan = self.plans.get(doc)
        return plan is not None and plan.fingerprint == fingerprint(text)

    # ---------------------------------------------------------- storage

    def save(self, path: Path | str) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": FORMAT_VERSION, "plans": [self.plans[d].to_dict() for d in sorted(self.plans)]}
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path | str, missing_ok: bool = False) -> Register:
        path = Path(path)
        if not path.exists() and missing_ok:
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: register format {data.get('version')!r}, expected {FORMAT_VERSION}; re-ingest")
        return cls(PlanRegister.from_dict(p) for p in data.get("plans", []))

    # ---------------------------------------------------------- queries

    def notes(self) -> list[str]:
        return [n for d in sorted(self.plans) for n in self.plans[d].notes]

    def _select(self, plan: str | None) -> list[PlanRegister]:
        return [self.plans[d] for d in sorted(self.plans) if _matches_plan(d, self.plans[d].plan, plan)]

    def responsibilities(
        self, plan: str | None = None, agency: str | None = None, role: str | None = None,
        include_partners: bool = False,
    ) -> list[Responsibility]:
        """Rows by plan (file name or part of its label), agency (any spelling) and role.

        `include_partners` also returns the rows where the agency is a partner.
        """
        wanted = agency_key(canonical_agency(agency)) if agency else ""
        role_key = _fold(role).strip() if role else ""
        out: list[Responsibility] = []
        for p in self._select(plan):
            for r in p.responsibilities:
                if role_key and _fold(r.role) != role_key:
                    continue
                if wanted and not (_matches_agency([r.agency], wanted)
                                   or (include_partners and _matches_agency(r.partners, wanted))):
                    continue
                out.append(r)
        return out

    def deadlines(self, plan: str | None = None, agency: str | None = None) -> list[Deadline]:
        wanted = agency_key(canonical_agency(agency)) if agency else ""
        return [d for p in self._select(plan) for d in p.deadlines if not wanted or _matches_agency(d.agencies, wanted)]

    def targets(self, plan: str | None = None, year: int | str | None = None, text: str | None = None) -> list[Target]:
        """Targets by plan, year (2025 also finds "2021-2025"; "hàng năm" the yearly ones) and words."""
        out: list[Target] = []
        words = _fold(canonical(text)).split() if text else []
        for p in self._select(plan):
            for t in p.targets:
                if year is not None and not _year_matches(t.year, str(year)):
                    continue
                haystack = _fold(f"{t.indicator} {t.scope} {t.unit}")
                if words and not all(w in haystack for w in words):
                    continue
                out.append(t)
        return out


def _year_matches(target_year: str, wanted: str) -> bool:
    if _fold(target_year) == _fold(wanted):
        return True
    m = re.fullmatch(r"(\d{4})-(\d{4})", target_year)
    return bool(m and wanted.isdigit() and int(m.group(1)) <= int(wanted) <= int(m.group(2)))


# ================================================================== rendering


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown register kind {kind!r} (known: {', '.join(KINDS)})")


def _as_dict(row: Any) -> dict[str, Any]:
    return dataclasses.asdict(row) if dataclasses.is_dataclass(row) else dict(row)


def to_csv(kind: str, rows: Iterable[Any]) -> str:
    """CSV text with the kind's header (see the module docstring); lists joined with "; "."""
    _check_kind(kind)
    header = CSV_HEADERS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        data = _as_dict(row)
        writer.writerow(["; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (data.get(h, "") for h in header)])
    return buffer.getvalue()


def to_json(kind: str, rows: Iterable[Any]) -> str:
    """JSON array of the rows with every field (doc included), UTF-8 as is."""
    _check_kind(kind)
    return json.dumps([_as_dict(r) for r in rows], ensure_ascii=False, indent=2)


# ================================================================== convenience


def build_register(items: Iterable[Any]) -> Register:
    """A register from plan files or directories, or (doc, normalised text, metadata) tuples.

    Files go through the same steps as the ingest (decode, normalise,
    metadata with sidecar), so the benchmark and tests see what the index sees.
    """
    from index.documents import DocumentError, list_plan_files, read_plan
    from index.metadata import plan_metadata
    from index.normalize import normalize_text

    register = Register()
    paths: list[Path] = []
    for item in items:
        if isinstance(item, tuple):
            doc, text, meta = item
            register.replace_plan(extract_register(doc, text, meta))
        else:
            paths.append(Path(item))
    files, _errors = list_plan_files(paths) if paths else ([], [])
    for path in files:
        try:
            plan = read_plan(path)
        except DocumentError:
            continue
        text = normalize_text(plan.text)
        register.replace_plan(extract_register(plan.doc, text, plan_metadata(path, text)))
    return register
