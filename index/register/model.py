"""The register's data: rows, one plan's register, the register of all plans, CSV / JSON.

Rows keep the plan's own words (task, when, value as written) beside the
normalised fields (canonical agency, ISO date, comparator), so a reader can
always check a row against its source. Nothing here extracts; the
extractors fill these rows and `Register` stores and queries them.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.agencies import agency_key, canonical_agency
from index.chunking import SECTION_SEPARATOR, short_title
from index.normalize import canonical, fold_accents
from index.structure import Block, Section, translates
from index.vocab.markers import strip_marker

ROLES = ("chủ trì", "phối hợp", "chủ trì hoặc phối hợp", "thường trực", "thực hiện", "đề nghị")
KINDS = ("responsibilities", "deadlines", "targets")
FORMAT_VERSION = 15  # raised when the rules change, so registers saved by older rules are rebuilt at ingest


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
    kind: str = ""  # date | month | quarter | year | period | start
    section: str = ""
    source: str = ""


@dataclass
class Target:
    doc: str
    plan: str
    indicator: str
    value: str  # as written ("230.000", "73,2"); a range as "40 - 45"
    unit: str = ""  # "%", "%/năm", "lượt người", "người", "trường", …
    comparator: str = "="  # = < > ≤ ≥ ≈, or "range"
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


@functools.cache
def reader_fingerprint() -> str:
    """Identity of the code that reads plans (the `index` package): an upgraded reader re-reads the registers
    of unchanged plans on the next ingest, as it re-stores their chunks' metadata."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parents[1].rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(text: str) -> str:
    """Identity of a plan text as this reader reads it: the register of a plan is rebuilt when either changes."""
    return hashlib.sha256(f"{reader_fingerprint()}\n{text or ''}".encode()).hexdigest()[:16]


def section_path(path: tuple[Section, ...]) -> str:
    """A row's `section`: the heading path written as chunks write it, so both cite one place."""
    return SECTION_SEPARATOR.join(short_title(s.title) for s in path)


def paragraphs(section: Section) -> list[Block]:
    """A section's own paragraphs, tables left out (`index.register.tables` reads those), and its heading said over
    in another language (a bilingual plan's "6.1. Project Management Unit (PMU)": no task)."""
    heading = section.heading.text if section.heading else ""
    return [b for k, b in enumerate(section.body)
            if b.table is None and not (k == 0 and heading and translates(heading, b.text))]


def title_is(pattern: re.Pattern[str], section: Section) -> bool:
    """Whether a numbered part's title, without its marker, matches a folded pattern ("V. TỔ CHỨC …"); a slide's
    title without its own part's marker too ("Slide 30: VIII. TỔ CHỨC THỰC HIỆN (1/3)")."""
    title = strip_marker(section.title)
    if section.kind == "slide":
        title = strip_marker(title)
    return bool(section.heading) and bool(pattern.match(fold_accents(title)))


# ================================================================== the register of all plans


def _matches_plan(doc: str, label: str, wanted: str | None) -> bool:
    if not wanted:
        return True
    w = fold_accents(canonical(wanted)).strip()
    return w == fold_accents(doc) or w in fold_accents(doc) or w in fold_accents(label)


def _matches_agency(names: Iterable[str], wanted_key: str) -> bool:
    """Whether a name is the body wanted or names it within: "các" inside a name is a plural, not a word of its
    identity ("Ban Quản lý các khu kinh tế, khu công nghiệp tỉnh" is the "Ban Quản lý khu kinh tế" asked of)."""
    wanted = _PLURAL.sub(" ", f" {wanted_key} ").strip()
    for name in names:
        key = _PLURAL.sub(" ", f" {agency_key(name)} ").strip()
        if key == wanted or re.search(rf"(?:^| ){re.escape(wanted)}(?: |$)", key):
            return True
    return False


_PLURAL = re.compile(r" (?:cac|nhung) ")


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
        role_key = fold_accents(role).strip() if role else ""
        out: list[Responsibility] = []
        for p in self._select(plan):
            for r in p.responsibilities:
                if role_key and fold_accents(r.role) != role_key:
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
        words = fold_accents(canonical(text)).split() if text else []
        for p in self._select(plan):
            for t in p.targets:
                if year is not None and not _year_matches(t.year, str(year)):
                    continue
                haystack = fold_accents(f"{t.indicator} {t.scope} {t.unit}")
                if words and not all(w in haystack for w in words):
                    continue
                out.append(t)
        return out


def _year_matches(target_year: str, wanted: str) -> bool:
    if fold_accents(target_year) == fold_accents(wanted):
        return True
    m = re.fullmatch(r"(\d{4})-(\d{4})", target_year)
    return bool(m and wanted.isdigit() and int(m.group(1)) <= int(wanted) <= int(m.group(2)))


# ================================================================== rendering


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown register kind {kind!r} (known: {', '.join(KINDS)})")


def _as_dict(row: Any) -> dict[str, Any]:
    return dataclasses.asdict(row) if dataclasses.is_dataclass(row) and not isinstance(row, type) else dict(row)


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
