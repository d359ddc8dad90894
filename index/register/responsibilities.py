"""Who does what: responsibility rows from the parts of a plan that assign tasks.

Sources, in the plan's own words: the "Tổ chức thực hiện" / "Phân công
nhiệm vụ" part (one heading per agency, bullets or lettered items of tasks,
"Chủ trì, phối hợp với …", "Đề nghị …" for bodies the issuer can only
request, "Giao X chủ trì …", "X có trách nhiệm …", "<agency>: <task>"
paragraphs or headings), the "Phân công thực hiện: <agency> chủ trì, phối
hợp với …" lines under the numbered tasks (with their "Thời gian thực hiện:
…" line), task blocks with "Cơ quan chủ trì: …; cơ quan phối hợp: …; thời
gian hoàn thành: …", and the "Chế độ (thông tin,) báo cáo" part. The role
comes from how the task opens (chủ trì, phối hợp, thường trực, else thực
hiện; đề nghị for requested bodies); partners from its "phối hợp (với) …"
lists. A report's prose gives duties too: what a body commits to ("sẽ chủ
trì …"), what it is set to do in a year ("Trong năm 2026, X tổ chức …") and
what it has handed on while still due ("đã giao Trường Y …, hoàn thành trước
…"); its past results do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.agencies import (
    BODY_HEADS,
    HEAD_OF_BODY,
    KIND_OF_BODY,
    NOTE,
    agency_key,
    bare_agency,
    canonical_agency,
    find_agencies,
    known_name_end,
    looks_like_agency,
    match_agency_at,
    parse_agency_list,
    split_agencies,
)
from index.chunking import short_title
from index.normalize import fold_accents
from index.register.deadlines import (
    clause_around,
    deadline_kind,
    deadline_spans,
    first_sentence,
    iso_date,
)
from index.register.model import Deadline, Responsibility, paragraphs, section_path, title_is
from index.structure import SYNTHETIC_KINDS, Block, Section
from index.vocab.dates import BY_DATE, BY_MONTH
from index.vocab.markers import ANSWER_LABEL, BULLET, INSERTED_ITEM, UPPER, strip_bullet, strip_marker
from index.vocab.phrases import (
    ADDRESSED_BY_POST,
    ADDRESSED_TO,
    ANNOUNCES_ITEMS,
    ANNOUNCING_FRAME,
    CELL_ACTION,
    CELL_PARTNERS,
    COMMITS,
    DONE_TO_BODIES,
    DUTIES_AHEAD,
    DUTIES_OF,
    LISTED_BODIES_LEAD,
    NAMED_PERSON,
    OBLIGED,
    ONLY_FOR,
    PARTNERS_FIELD,
    PRESENTS_TEXT,
    PROPOSALS_PART,
    REPORTS_AS_FOLLOWS,
    REVIEW_LABEL,
    RIGHTS_OF,
    ROLE_APPOSITION,
    SERVED_PEOPLE,
    TABLE_CAPTION,
)

# ================================================================== part detection

# … also as the last of a title's parts ("Điều 2. Sử dụng định mức và trách nhiệm tổ chức thực hiện", "IV. KINH PHÍ
# VÀ TỔ CHỨC THỰC HIỆN"): the bodies' duties follow all the same (not a decision's closing "Hiệu lực và trách
# nhiệm thi hành", whose one sentence lists who carries the decision out).
IMPLEMENTATION = re.compile(
    r"^(?:[^,;:.]{0,80}?\s(?:va|,)\s+(?:trach nhiem )?to chuc thuc hien"
    r"|to chuc (?:thuc hien|thi hanh)|trach nhiem (?:to chuc )?(?:thuc hien|thi hanh)|trach nhiem cua"
    r"|phan cong (?:trach nhiem|nhiem vu|thuc hien)|nhiem vu cua cac (?:co quan|so|don vi))\b"
)
REPORTING = re.compile(r"^(?:che do (?:thong tin,? )?bao cao|thong tin,? bao cao|bao cao ket qua)\b")
# Under a body's heading an item opening "Báo cáo kết quả …" in a sentence longer than this is its duty ("đ) Báo cáo
# kết quả lựa chọn nhà thầu các gói thầu số 01 … trước ngày 30/9/2028"), no part on reporting.
REPORTING_TITLE_WORDS = 8
_ASSIGNMENT = re.compile(
    r"^(?:[-+•]\s*)?Phân công(?: (?:thực hiện|nhiệm vụ|trách nhiệm))?\s*:\s*(?P<rest>.+)$", re.IGNORECASE
)
_TIMING = re.compile(r"^(?:[-+•]\s*)?Thời (?:gian|hạn) (?:thực hiện|hoàn thành)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
# Task blocks of the form "Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian hoàn thành: Z"
# (one line or several), common where a plan flattens its task table.
# A field's value runs to the next field, so a ";"-separated list of bodies stays whole.
_NEXT_FIELD = r"(?:(?!;\s*(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp)|thời (?:gian|hạn)|sản phẩm|kinh phí)\b)[^\n])+"
_LEAD_FIELD = re.compile(rf"(?:^|[;.]\s*|^[-+•]\s*)(?:cơ quan|đơn vị)\s+chủ trì\s*:\s*(?P<value>{_NEXT_FIELD})", re.IGNORECASE)  # noqa: E501 - a pattern reads best whole
_PARTNER_FIELD = re.compile(
    rf"(?:^|[;.]\s*|^[-+•]\s*)(?:cơ quan|đơn vị)\s+phối hợp\s*:\s*(?P<value>{_NEXT_FIELD})", re.IGNORECASE
)
_TIME_FIELD = re.compile(
    r"(?:^|[;.]\s*|^[-+•]\s*)thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(?P<value>[^;\n]+)", re.IGNORECASE
)
# Closing formulas that end the assignment part even without "Trên đây là":
# "Ủy ban nhân dân thành phố yêu cầu …", a Chỉ thị's "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở …",
# "Trong quá trình triển khai …, kịp thời phản ánh …".
_CLOSING = re.compile(
    r"^(?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|thành phố|Thành phố|TP\.?)\b[^.;:]{0,40}?\s"
    r"(?:yêu cầu|đề nghị)\s"
    r"|Trong quá trình (?:tổ chức |triển khai )*(?:thực hiện|triển khai)\b"
    r"|Trên đây là\b)",
)


# ================================================================== roles and partners


def listed_bodies(value: str, lead: bool = True) -> list[str]:
    """The bodies of a field or table cell, as written: "Sở Tài chính; Sở Nội vụ" → both.

    Items go up to the first one that names no body ("…; hoàn thành trước …"),
    except that a lead field's first item is its body whatever it looks like;
    a partner cell keeps only what names a body (not "03 cơ sở được kiểm
    định"). A note in parentheses ("(đơn vị đăng cai)", "(tổng hợp)") is not
    part of a name.
    """
    items = split_agencies(re.sub(r"\s*\([^()]*\)", "", value).strip().rstrip("."))
    kept = items[:1] if lead else []
    for item in items[len(kept):]:
        if not (looks_like_agency(item) or item[:1].isupper()):  # "Công an tỉnh" is a body; "03 cơ sở …" is not
            break
        kept.append(item)
    return kept


_POST = re.compile(rf"^{HEAD_OF_BODY}(?=\s)")


def executor_bodies(value: str) -> tuple[list[str], list[str]]:
    """(bodies, partners) of a table's lead or executor cell that says what each body does after its name: a
    calendar's "Phòng Tổ chức – Hành chính tham mưu, Hiệu trưởng ký" → the office (the head who signs is no item
    of its own: no body's name opens it); "Hiệu trưởng ký" alone → the head; "Phòng A phối hợp với Phòng B" → A,
    with B its partner. A cell of names alone is ``listed_bodies``'."""
    leads: list[str] = []
    partners: list[str] = []
    for item in listed_bodies(value):
        found = match_agency_at(item, 0)
        post = _POST.match(item)
        end = found[1] if found else post.end() if post else 0
        rest = item[end:].strip()
        if not end or not CELL_ACTION.match(rest):
            leads.append(item)
            continue
        leads.append(item[:end].strip())
        if m := CELL_PARTNERS.match(rest):
            partners.extend(p for p in listed_bodies(rest[m.end():], lead=False) if p not in partners)
    return leads, partners


_ADVERBIAL = re.compile(
    r"^(?:can cu|tren co so|theo|chu dong|tich cuc|hang nam|hang quy|dinh ky|trong|sau khi|truoc|dong thoi|ngoai ra)\b"
)
_ROLE_STARTS = (("thuong truc", "thường trực"), ("la co quan thuong truc", "thường trực"),
                ("chu tri", "chủ trì"), ("phoi hop", "phối hợp"))


def role_of(task: str, requested: bool = False) -> str:
    """The agency's role in a task, from how the task opens.

    "Là cơ quan thường trực" / "Thường trực …" → thường trực; "Chủ trì …" →
    chủ trì; "Phối hợp …" → phối hợp, also after an opening adverbial clause
    ("Căn cứ chức năng, nhiệm vụ được giao, phối hợp …"); "chủ trì hoặc
    phối hợp …" stays that alternative, as written (the body leads some
    tasks and supports others); anything else → thực hiện. Bodies the issuer
    only requests ("Đề nghị …") → đề nghị.
    """
    if requested:
        return "đề nghị"
    first = re.split(r"[.;:]", COMMITS.sub("", strip_bullet(task)), maxsplit=1)[0]  # "sẽ chủ trì …" leads
    folded = fold_accents(first)
    if re.search(r"\bla co quan thuong truc\b", folded):
        return "thường trực"
    segments = [s.strip() for s in folded.split(",")]
    scan = segments[:4] if segments and _ADVERBIAL.match(segments[0]) else segments[:1]
    for segment in scan:
        for start, role in _ROLE_STARTS:
            if segment.startswith(start):
                either = re.match(r"(?:chu tri|phoi hop) hoac (chu tri|phoi hop)\b", segment)
                if either and either.group(1) != start:
                    return f"{role} hoặc {dict(_ROLE_STARTS)[either.group(1)]}"
                return role
    return "thực hiện"


# "phối hợp (chặt chẽ) với / cùng / của <bodies>", or "phối hợp <bodies>" (a body must follow).
# "phối hợp với X", and the field of a box or schedule: "Phối hợp: X"
_COORDINATE = re.compile(r"(?<![\w])phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng|của)|\s*:)?\s+", re.IGNORECASE)
_DIRECTS = re.compile(r"\b(?:chi dao|huong dan|de nghi|yeu cau|giao)\b")
# A box's or card's own line of partners under a body's name, after its tasks: "Phối hợp: Sở Nội vụ, Sở Tài chính"
# — the partners of all that body's tasks there, no duty of its own.


def partners_of(task: str, own: Iterable[str] = ()) -> list[str]:
    """Canonical names of the bodies the agency coordinates with in a task.

    Every "phối hợp (với / cùng / của) <list>" of the task counts, wherever
    it stands ("…, phối hợp với Sở Tài chính và Sở Nội vụ tổ chức …"), unless
    another body is the one coordinating ("chỉ đạo Hội Nông dân cấp xã phối
    hợp với …").
    """
    own_keys = {agency_key(canonical_agency(a)) for a in own}
    out: list[str] = []
    for m in _COORDINATE.finditer(task):
        clause = re.split(r"[;,.:]", task[: m.start()])[-1]
        if _DIRECTS.search(fold_accents(clause)):
            continue
        if not re.search(r"(?:với|cùng|của|:)\s+$", m.group(0)) and not re.match(rf"[{UPPER}]|các\s", task[m.end():]):
            continue  # "phối hợp tổ chức …": a verb follows, not a body
        for item in parse_agency_list(task, m.end()):
            name = canonical_agency(item)
            key = agency_key(name)
            if key and key not in own_keys and key not in {agency_key(o) for o in out}:
                out.append(name)
    return out


# ================================================================== responsibilities

@dataclass
class _Unit:
    """One task as written: its paragraphs, and an agency named inside it ("Đối với X: …")."""

    blocks: list[Block]
    agencies: list[str] | None = None

    @property
    def text(self) -> str:
        lines = [b.text for b in self.blocks]
        lines[0] = strip_bullet(lines[0])
        return "\n".join(lines)

    @property
    def source(self) -> str:
        return "\n".join(b.text for b in self.blocks)


_FOR_AGENCY = re.compile(r"^(?:[-+•]\s*)?Đối với\s+(?P<agency>[^:]{3,120}?)\s*:\s*(?P<task>.+)$", re.DOTALL)


class Extraction:
    """State of one plan's extraction: the plan, the rows so far, and whether the closing was reached."""

    def __init__(self, doc: str, plan: str) -> None:
        self.doc = doc
        self.plan = plan
        self.rows: list[Responsibility] = []
        self.deadlines: list[Deadline] = []
        self.notes: list[str] = []
        self.used: set[int] = set()  # starts of blocks already turned into rows
        self._keys: set[tuple[str, str, str, str]] = set()  # (body, role, task, section) of the rows so far
        self.closed = False
        self._by_body: dict[int, bool] = {}  # id of a part → whether its bullets assign by body (asked per item)
        self._announced: dict[int, list[str]] = {}  # id of a part → the bodies its heading announces duties of
        self._asks: dict[int, bool] = {}  # id of a part → whether it asks those bodies ("Kiến nghị Chủ tịch …")
        self._listing: dict[int, tuple[str, bool] | None] = {}  # id of a part → the duty of the bodies it lists

    # ---------------------------------------------------------- units

    def units(self, blocks: list[Block]) -> list[_Unit]:
        """Group paragraphs into tasks: "+" sub-items join the task they detail; where "+" is the list's own bullet
        (the task before opens with one too: "+ Chủ trì …", "+ Tổng hợp …" under a body's heading) each is a task."""
        units: list[_Unit] = []
        for block in blocks:
            if self.closed or _CLOSING.match(block.text):
                # the closing's own sentences after its formula may still give a body its duty: "Ủy ban nhân dân
                # tỉnh yêu cầu … . Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công văn này."
                later = [] if self.closed else _NEXT_SENTENCE.split(block.text.strip())[1:]
                units.extend(_Unit([Block(sentence, block.start, block.end)]) for sentence in later
                             if not _CLOSING.match(sentence) and _subject(sentence))
                self.closed = True
                break
            if block.text.startswith("+") and units and not units[-1].blocks[0].text.startswith("+"):
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
        dated: bool = True,
    ) -> None:
        """Rows for every agency of a task, and (when `dated`) the deadlines the task states."""
        names = [canonical_agency(a) for a in agencies if a.strip()]
        names = [n for i, n in enumerate(names) if n and n not in names[:i]]
        if not names or not task.strip():
            return
        role = role or role_of(task, requested)
        if requested:
            role = "đề nghị"
        partners = [*(partners or []), *(p for p in partners_of(task, names) if p not in (partners or []))]
        handoff = _handoff(task, names)
        spans = [s for s in deadline_spans(task) if not handoff or not handoff[0] <= s[0] < handoff[1]]
        when = deadline if deadline is not None else "; ".join(s[2] for s in spans)
        section = section_path(path)
        for name in names:
            key = (name, role, task.strip(), section)
            if key in self._keys:
                continue  # a part read twice (a body's part inside a part of duties by body): one row
            self._keys.add(key)
            self.rows.append(
                Responsibility(self.doc, self.plan, name, role, task.strip(), list(partners), when, section, source)
            )
        for block in blocks:
            self.used.add(block.start)
        if not dated:
            return
        if deadline:
            self.add_deadline(first_sentence(task), names, deadline, section, source)
        else:
            for start, end, expression in spans:
                self.add_deadline(clause_around(task, start, end), names, expression, section, source)
        if handoff and deadline is None and deadline_spans(task[handoff[0]:handoff[1]]):
            start, end, hub = handoff
            duty = re.sub(r"^để\s+", "", task[start:end].strip(" ,;."), flags=re.IGNORECASE)
            self.add_rows(hub, duty[:1].upper() + duty[1:], source, path, role="thực hiện")
        for body, duty in _directed(task, names):
            self.add_rows([body], duty, source, path, role="thực hiện", deadline=deadline)

    def add_deadline(self, what: str, agencies: list[str], when: str, section: str, source: str) -> None:
        when = when.strip().rstrip(".").strip()
        for d in self.deadlines:
            if d.section == section and d.source == source and d.when == when:
                d.agencies.extend(a for a in agencies if a not in d.agencies)
                return
        self.deadlines.append(
            Deadline(
                self.doc, self.plan, what, list(agencies), when, iso_date(when), deadline_kind(when), section, source
            )
        )

    # ---------------------------------------------------------- the assignment part

    def implementation(self, section: Section, path: tuple[Section, ...]) -> None:
        """Walk a "Tổ chức thực hiện" part: agency headings, their tasks, reporting items."""
        self.agency_section(section, path, agencies=None, requested=False, heading="")

    def agency_section(
        self, section: Section, path: tuple[Section, ...], agencies: list[str] | None, requested: bool, heading: str
    ) -> None:
        outer: tuple[list[str], bool, str, str] | None = None  # an in-text body line over the items below it
        own_rows, fields = len(self.rows), []
        for unit in self.units(paragraphs(section)):
            first = unit.blocks[0].text
            if agencies and PARTNERS_FIELD.match(first):
                fields.append(unit.text)
                continue
            line = _body_line(first)
            if line and len(unit.blocks) > 1:
                # "- Sở Nội vụ:" over "+ Chủ trì …", "+ Tổng hợp …": each "+" line is a task of that body
                for block in unit.blocks[1:]:
                    self.body_unit(_Unit([block]), path, line[0], requested or line[1], first)
                continue
            if line:
                outer = (line[0], line[1], _bullet_mark(first), first)
                continue
            if outer and _bullet_mark(first) == outer[2]:  # a sibling of that line: its items end here
                outer = None
            if outer:
                self.body_unit(unit, path, outer[0], requested or outer[1], outer[3])
            else:
                self.body_unit(unit, path, agencies, requested, heading)
        if agencies and fields:
            self.add_partners(self.rows[own_rows:], agencies, [p for f in fields for p in partners_of(f, agencies)])
        # "Điều 10. Cơ quan đầu mối" / "Sở X là cơ quan đầu mối …, có trách nhiệm:" over "1. Theo dõi …": X's items
        announced = [] if agencies or not section.children else _announced_bodies(section)
        listing = None if agencies or not section.children else _listing_lead(section)
        asks = bool(announced) and _asks_announced(section)
        for child in section.children:
            if self.closed:
                return
            child_path = path + (child,)
            title = strip_marker(child.title)
            if RIGHTS_OF.match(title):
                continue  # "1. Quyền của Bên A": what a party may do, no duty
            if listing and self.listed_share(child, child_path, listing):
                self.agency_section(child, child_path, None, requested, "")
                continue
            if title_is(REPORTING, child) and not (agencies and len(title.split()) > REPORTING_TITLE_WORDS):
                self.reporting(child, child_path)
                continue
            parsed = _agency_heading(title) or _addressed_heading(title, child_path)
            if parsed is not None:
                names, child_requested, heading_task = parsed
                # "b) Giao Sở Nội vụ chủ trì …" under "1. Đề nghị Chủ tịch UBND tỉnh": assigned by the one asked
                child_requested = child_requested or (requested and not _ASSIGN_VERB.match(title))
                if heading_task and not heading_task.rstrip().endswith(":"):
                    # an item naming a body per clause ("g) UBND các xã chịu trách nhiệm …; Phòng Kinh tế các xã …")
                    # … and a later sentence naming its own ("Giao Thường trực HĐND … giám sát …. Ban Dân tộc HĐND
                    # chủ trì giám sát chuyên đề …"): the heading's bodies keep the clauses before it
                    for duty_names, task in _clause_duties(heading_task, own_item=True, first=names):
                        self.add_rows(duty_names, task, child.title, child_path, requested=child_requested,
                                      blocks=[child.heading] if child.heading else [])
                self.agency_section(child, child_path, names, child_requested, child.title)
            elif agencies or announced:
                self.task_item(child, child_path, agencies or announced, requested or (not agencies and asks), heading)
            else:
                before = len(self.rows)
                self.agency_section(child, child_path, None, requested, "")
                if len(self.rows) == before and child.heading and not child.body and not child.children:
                    # an item of no body's that names one only in a clause: "2. Hội nghị giao ban … luân phiên chủ trì
                    # … Năm 2026 …, do Sở Nội vụ chủ trì", "3. …; Sở Tài chính chủ trì thẩm định …"
                    for names, task in _clause_duties(child.heading.text, own_item=False):
                        self.add_rows(names, task, child.title, child_path, blocks=[child.heading])

    def listed_share(self, item: Section, path: tuple[Section, ...], lead: tuple[str, bool]) -> bool:
        """A row for the body an item names under a lead listing bodies ("Yêu cầu các đơn vị sau nộp số tiền chi
        sai …:" over "a) Trường X: 235,7 triệu đồng."): the lead's duty with the item's share; False when the item
        names no body."""
        share = _listed_share(strip_marker(item.title)) if item.heading else None
        if share is None or item.heading is None:
            return False
        duty, requested = lead
        names, detail = share
        task = f"{duty[:1].upper()}{duty[1:]}: {detail}" if detail else duty[:1].upper() + duty[1:]
        self.add_rows(names, task, item.heading.text, path, requested=requested, blocks=[item.heading])
        return True

    def stated_duties(self, lines: list[Block], path: tuple[Section, ...]) -> None:
        """The duties a passage outside the heading tree's paragraphs states in prose of its own (an amendment
        table's text in force: "Sở Giáo dục và Đào tạo chủ trì …, hoàn thành trước 31/5 hằng năm"), its lines
        read as a body's part when the first names only the body ("1a. Sở Nội vụ" over "- Chủ trì …")."""
        self.closed = False
        first = lines[0]
        own = Block(strip_marker(INSERTED_ITEM.sub("", first.text)), first.start, first.end)  # the item's number
        names = bare_agency(own.text) if len(lines) > 1 else None
        if names:
            self.agency_section(Section("body", first.text, first, lines[1:]), path, names, False, first.text)
        else:
            self.agency_section(Section("body", "", None, [own, *lines[1:]]), path, None, False, "")

    @staticmethod
    def add_partners(rows: list[Responsibility], agencies: list[str], partners: list[str]) -> None:
        """A body's partners field given to the rows of its tasks (not to another body a task hands on to)."""
        own = {agency_key(canonical_agency(a)) for a in agencies}
        for row in rows:
            if agency_key(row.agency) in own:
                row.partners.extend(p for p in partners if p not in row.partners)

    def body_unit(
        self, unit: _Unit, path: tuple[Section, ...], agencies: list[str] | None, requested: bool, heading: str
    ) -> None:
        text = _unlabelled(unit.text)
        if TABLE_CAPTION.match(text):
            return  # "Bảng 2. Phân công nhiệm vụ …" under a body's part: its table's rows are read as a table
        if unit.agencies:
            m = _FOR_AGENCY.match(unit.blocks[0].text)
            task = m.group("task").strip() if m else text
            extra = "\n".join(b.text for b in unit.blocks[1:])
            self.add_rows(unit.agencies, f"{task}\n{extra}".strip(), unit.source, path,
                          requested=requested, blocks=unit.blocks)
            return
        named = _named_paragraph(text) or (agencies and _own_subject(text, agencies))
        if agencies and not named:
            source = f"{heading}\n{unit.source}" if heading else unit.source
            # a later sentence naming bodies of its own is theirs ("Cử giảng viên …. Khoa Điện - Điện tử và Khoa Cơ
            # khí cử giảng viên giảng dạy …" under "6. Các khoa chuyên môn"); the heading's bodies keep the rest
            duties = _clause_duties(text, False, agencies)
            named_bodies = all(find_agencies(name) for names, _ in duties[1:] for name in names)
            for names, task in duties if len(duties) > 1 and named_bodies else [(agencies, text)]:
                self.add_rows(names, task, source, path, requested=requested, blocks=unit.blocks)
            return
        inline = named or _inline_assignment(text)
        # "UBND các xã chịu trách nhiệm …; Phòng Kinh tế các xã chịu trách nhiệm theo dõi …": a body per clause
        duties = _clause_duties(named[1], False, named[0]) if named else _clause_duties(text, own_item=True)
        if inline and len(duties) > 1:
            for names, task in duties:
                self.add_rows(names, task, unit.source, path, requested=requested or inline[2], blocks=unit.blocks)
        elif inline:
            names, task, inline_requested = inline
            self.add_rows(names, task, unit.source, path, requested=requested or inline_requested,
                          blocks=unit.blocks)
        elif later := [(names, task) for names, task in _clause_duties(text, own_item=False)
                       if names and _binds_later(text, task)]:
            # a line opening with no body whose later clause gives one a duty: "Ban thống nhất; đề nghị giao Sở X chủ
            # trì …", "Tổng số tiền còn phải nộp …. Thủ trưởng các đơn vị có trách nhiệm thu hồi …"
            for names, task in later:
                self.add_rows(names, task, unit.source, path, requested=requested, blocks=unit.blocks)
        elif len(text) > 40:
            self.notes.append(f"{self.doc}: paragraph without an agency skipped in '{section_path(path)}': "
                              f"{short_title(text, 80)}")

    def task_item(
        self, section: Section, path: tuple[Section, ...], agencies: list[str], requested: bool, heading: str
    ) -> None:
        """A lettered or numbered task under an agency heading: heading text + its paragraphs."""
        blocks = [section.heading] if section.heading else []
        for unit in self.units(paragraphs(section)):
            blocks.extend(unit.blocks)
        for _, sub in section.walk():
            if sub is not section:
                blocks.extend(b for b in ([sub.heading] if sub.heading else []) + paragraphs(sub))
        if not blocks:
            return
        task = "\n".join([strip_marker(strip_bullet(blocks[0].text))] + [b.text for b in blocks[1:]])
        source = "\n".join(([heading] if heading else []) + [b.text for b in blocks])
        own = _own_subject(task, agencies)
        if own:
            # "b) Giao Sở Nội vụ chủ trì …" under "1. Đề nghị Chủ tịch UBND tỉnh": the body the asked one assigns
            assigned = bool(_ASSIGN_VERB.match(strip_bullet(task)))
            agencies, task, requested = own[0], own[1], own[2] if assigned else requested or own[2]
        self.add_rows(agencies, task, source, path, requested=requested, blocks=blocks)

    def reporting(self, section: Section, path: tuple[Section, ...]) -> None:
        """"Chế độ báo cáo": who reports, to whom, by when."""
        blocks = [
            b for _, s in section.walk()
            for b in ([s.heading] if s.heading and s is not section else []) + paragraphs(s)
        ]
        for unit in self.units(blocks):
            inline = _inline_assignment(unit.text)
            if inline:
                names, task, requested = inline
                self.add_rows(names, unit.text, unit.source, path, requested=requested,
                              role=role_of(task), blocks=unit.blocks)
            else:
                for start, end, expression in deadline_spans(unit.text):
                    self.add_deadline(clause_around(unit.text, start, end), [], expression,
                                      section_path(path), unit.source)
                for block in unit.blocks:
                    self.used.add(block.start)

    # ---------------------------------------------------------- "Phân công thực hiện" lines

    def leads_in_text(self, section: Section, path: tuple[Section, ...]) -> None:
        """Task clauses that name their body: "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với …", and
        the later clauses of a policy article ("…; Sở Tài chính bố trí kinh phí …; Ủy ban nhân dân cấp huyện
        báo cáo … trước ngày 15 tháng 12 hằng năm"). A clause without a body of its own goes on with the duty
        before it ("…; báo cáo kết quả cho vay trước ngày 10 tháng 01 năm sau")."""
        # an item whose heading is its whole text ("2. Sở Nội vụ chủ trì …; Sở Tài chính bố trí …") is read too
        # … and one over items that are what its body sends or does ("1. Hồ sơ: Trong thời hạn 15 ngày …, Bên B gửi
        # Bên A văn bản đề nghị nghiệm thu kèm theo hồ sơ, gồm:" over "a) Danh sách …"): its body's duty
        heading = [section.heading] if section.heading and (not section.children or _lists_its_duty(section)) else []
        # a bullet under an item that assigns its task ("2. Giao Sở Nội vụ chủ trì …", "7. Yêu cầu UBND các xã:")
        # names its own body's part of it ("- Trung tâm Dịch vụ việc làm tỉnh tư vấn …"), or is a part of the
        # item's body's task ("- Giao chỉ tiêu tuyển sinh … trước ngày 28/02/2026")
        bodies = _assigned_bodies(section.heading.text) if section.heading else []
        # … or one that is only its body's name ("a) Sở Giáo dục và Đào tạo (cơ quan thường trực …):" over "- Báo cáo
        # …", "- Chủ trì tổng hợp …"): each bullet is that body's duty
        line = _body_line(strip_marker(section.heading.text)) if section.heading and not bodies else None
        bodies = line[0] if line else bodies
        part = path[-2] if len(path) > 1 else section
        # a lettered item under "1. Sở Nội vụ có trách nhiệm:" is that body's task ("a) Cung cấp dữ liệu …")
        if heading and part is not section and id(part) not in self._announced:
            self._announced[id(part)] = _announced_bodies(part)  # asked by each of its items: read once
            self._asks[id(part)] = _asks_announced(part)
            self._listing[id(part)] = _listing_lead(part)
        announced = self._announced.get(id(part), []) if heading and part is not section else []
        listed = self._listing.get(id(part)) if heading and part is not section else None
        if listed and self.listed_share(section, path, listed):
            heading = []  # "a) Trường X: 235,7 triệu đồng." under "Yêu cầu các đơn vị sau nộp …:": read as its share
        # … or the item's own bullets do ("2. Nâng cao chất lượng nguồn lao động" over "- Trường Cao đẳng X đào tạo
        # tiếng Hàn …", "- Trường Cao đẳng Y đào tạo tiếng Đức …") in a part whose other items assign no body
        for whole in (part, section):
            if id(whole) not in self._by_body:  # each item of a part asks the same of it: read its bullets once
                self._by_body[id(whole)] = _bullets_by_body(whole)
        by_body = self._by_body[id(part)] or self._by_body[id(section)]
        listing = bodies  # whose items the bullets are: the item's, or a paragraph's that announced them
        for block in heading + paragraphs(section):
            text = strip_marker(strip_bullet(block.text))
            # "4. Đề nghị Ngân hàng …" asks the bank; "Đề nghị UBND tỉnh giao Sở Nội vụ chủ trì …" assigns the Sở
            lead = _LEAD_CLAUSE.match(text)
            requested = bool(_REQUEST.match(text)) and not (lead and "giao" in lead.group(0))
            is_bullet = bool(BULLET.match(block.text))
            if block not in heading and not is_bullet:
                listing = bodies  # prose ends the bullets of the paragraph before
            bullet = block not in heading and bool(listing) and is_bullet
            own = block in heading or bullet or (by_body and is_bullet)
            duties = _clause_duties(block.text, own, listing if bullet else announced if block in heading else None)
            if block not in heading and not is_bullet and duties and block.text.rstrip().endswith(":"):
                listing = duties[-1][0]  # "Tôi đề nghị đồng chí Giám đốc Sở X tập trung chỉ đạo mấy việc:" over "- …"
            if block.text.rstrip().endswith(":"):
                # "3. Ngân hàng … có trách nhiệm:", "Nhà trường trân trọng đề nghị:" over bullets: they are the duties,
                # not the line announcing them
                duties = [(names, duty) for names, duty in duties if not _only_announces(duty)]
            for names, predicate in duties:
                role = "chủ trì" if predicate.startswith("chủ trì") else None
                asked = requested or (block in heading and names == announced and self._asks.get(id(part), False))
                self.add_rows(names, predicate, block.text, path, role=role, requested=asked,
                              partners=_line_partners(predicate, names), blocks=[block])
                joint = _joint_partner(predicate)
                if joint:
                    self.add_rows(joint[0], joint[1], block.text, path, role="phối hợp",
                                  partners=[canonical_agency(n) for n in names], blocks=[block])

    def assignments(self, section: Section, path: tuple[Section, ...]) -> None:
        """Tasks whose paragraphs end with "Phân công thực hiện: X chủ trì, phối hợp với Y"."""
        if not any(_ASSIGNMENT.match(b.text) for b in paragraphs(section)) and any(
            _LEAD_FIELD.search(b.text) for b in paragraphs(section)
        ):
            self.lead_fields(section, path)
            return
        lines = [b for b in paragraphs(section) if _ASSIGNMENT.match(b.text)]
        timing = [b for b in paragraphs(section) if _TIMING.match(b.text)]
        if not lines:
            self.leads_in_text(section, path)
            if timing:
                what = first_sentence(strip_marker(section.title))
                for t in timing:
                    self.add_deadline(what, [], _TIMING.match(t.text).group("rest"), section_path(path), t.text)  # type: ignore[union-attr]
                    self.used.add(t.start)
            return
        task_blocks = ([section.heading] if section.heading else []) + [
            b for b in paragraphs(section) if b not in lines and b not in timing
        ]
        task = "\n".join([strip_marker(task_blocks[0].text)] + [b.text for b in task_blocks[1:]]) if task_blocks else ""
        when = "; ".join(_TIMING.match(t.text).group("rest").strip().rstrip(".") for t in timing)  # type: ignore[union-attr]
        for line in lines:
            rest = _ASSIGNMENT.match(line.text).group("rest")  # type: ignore[union-attr]
            split = _subject(rest)
            if split is None:
                self.notes.append(f"{self.doc}: assignment without a recognisable agency: {short_title(rest, 80)}")
                continue
            names, predicate = split
            source = "\n".join([line.text] + [t.text for t in timing])
            self.add_rows(names, task, source, path, role=role_of(predicate), deadline=when or None,
                          partners=_line_partners(predicate, names), blocks=[line, *timing])

    def lead_fields(self, section: Section, path: tuple[Section, ...]) -> None:
        """A task with "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian …: …" fields."""
        fields = [b for b in paragraphs(section)
                  if _LEAD_FIELD.search(b.text) or _PARTNER_FIELD.search(b.text) or _TIMING.match(b.text)
                  or _TIME_FIELD.match(strip_bullet(b.text))]
        heading = [section.heading] if section.heading else []
        task_blocks = heading + [b for b in paragraphs(section) if b not in fields]
        if not task_blocks:
            return
        task = "\n".join([strip_marker(task_blocks[0].text)] + [b.text for b in task_blocks[1:]])
        leads: list[str] = []
        partners: list[str] = []
        whens: list[str] = []
        for block in fields:
            for m in _LEAD_FIELD.finditer(block.text):
                leads.extend(listed_bodies(m.group("value")))
            for m in _PARTNER_FIELD.finditer(block.text):
                partners.extend(listed_bodies(m.group("value"), lead=False))
            for m in _TIME_FIELD.finditer(strip_bullet(block.text)):
                whens.append(m.group("value").strip().rstrip("."))
        names = [canonical_agency(a) for a in leads]
        partner_names = [n for n in dict.fromkeys(canonical_agency(p) for p in partners) if n not in names]
        source = "\n".join(b.text for b in fields)
        self.add_rows(leads, task, source, path, role="chủ trì", deadline="; ".join(whens) or None,
                      partners=partner_names, blocks=fields)

    # ---------------------------------------------------------- everything else

    def sort_rows(self, root: Section) -> None:
        """Rows in document order (passes over parts, lines and tables interleave them)."""
        order = {id(r): i for i, r in enumerate(self.rows)}
        paths: dict[str, int] = {}
        for i, (p, _) in enumerate(root.walk()):
            paths.setdefault(section_path(p), i)
        self.rows.sort(key=lambda r: (paths.get(r.section, 10**9), order[id(r)]))

    def loose_deadlines(self, root: Section) -> None:
        """Dated deadlines outside the parts above (e.g. "báo cáo … trước ngày 10/12/2023" in the closing); not in
        the opening of a text whose parts follow it, which tells the situation ("Dự báo trong quý II/2026, …
        toàn tỉnh có thêm khoảng 4.500 lao động có nguy cơ mất việc làm"), not what is to be done by when."""
        told = {"header", "basis", "signature"}
        if any(section.kind not in SYNTHETIC_KINDS for section in root.children):
            told.add("opening")
        for path, section in root.walk():
            if section.kind in told:
                continue
            for block in ([section.heading] if section.heading else []) + paragraphs(section):
                if block.start in self.used:
                    continue
                for pattern in (BY_DATE, BY_MONTH):
                    for m in pattern.finditer(block.text):
                        self.add_deadline(clause_around(block.text, m.start(), m.end()), [], m.group(0),
                                          section_path(path), block.text)
                for m in _TIME_FIELD.finditer(strip_bullet(block.text)):  # "… . Thời gian: tháng 3/2024."
                    what = first_sentence(strip_marker(block.text)) if m.start() else first_sentence(section.title)
                    self.add_deadline(what, [], m.group("value"), section_path(path), block.text)


# Reports sent to a body "để tổng hợp, báo cáo …": what follows is that body's duty.
_SENT_TO = re.compile(r"(?<![\w])(?:về|qua|gửi)\s+(?=\S)", re.IGNORECASE)
_CONSOLIDATE = re.compile(r"(?<![\w])(?:để\s+)?tổng hợp(?:\s+chung)?\s*,\s*(?:và\s+)?báo cáo(?![\w])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\n")


def _handoff(task: str, own: list[str]) -> tuple[int, int, list[str]] | None:
    """(start, end, bodies) of the part of a task that is another body's duty, or None.

    "… gửi báo cáo về Sở X trước ngày 15/12 để tổng hợp, báo cáo UBND tỉnh
    trước ngày 25/12": the 15/12 is the senders', the consolidation and its
    25/12 are Sở X's. So is a later sentence that opens with its own body
    ("… gửi Sở X. Sở X tổng hợp, báo cáo … trước ngày 10/12"). A report
    sent "về Sở X tổng hợp chung trước ngày 15/12" keeps its date: the hub
    adds no deadline of its own. The other body gets a row of its own only
    when its part states a deadline.
    """
    own_keys = {agency_key(canonical_agency(a)) for a in own}

    def others(bodies: list[str]) -> list[str]:
        return [b for b in bodies if agency_key(canonical_agency(b)) not in own_keys]

    for m in _SENT_TO.finditer(task):
        hub = others(parse_agency_list(task, m.end()))
        report = _CONSOLIDATE.search(task, m.end())
        if hub and report and not _SENTENCE_END.search(task, m.end(), report.start()):
            end = _SENTENCE_END.search(task, report.end())
            return report.start(), end.start() if end else len(task), hub
    for m in re.finditer(r"(?<=[.;])\s+(?=\S)|\n", task):
        split = _subject(task[m.end():])
        if split and others(split[0]):
            end = _SENTENCE_END.search(task, m.end() + 1)
            return m.end(), end.start() if end else len(task), others(split[0])
    return None


# Lower-case words that go on with a directed body's name: its territory or level ("… | quận, huyện làm đầu
# mối"), or the rest of a name the body list cut short ("Trung tâm Hỗ trợ | phụ nữ và Dạy nghề X vận hành …").
_NAME_TAIL = re.compile(
    rf"^(?:cấp|quận|huyện|tỉnh|xã|phường|thị xã|thành phố)(?![\w])|^(?:\w+\s+){{1,2}}và\s+[{UPPER}]")
# "… chỉ đạo Trường X biên soạn …"; a party organ's "… lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch …" (the
# organ leads, the body it leads does the work); not a sentence's "Lãnh đạo Sở …" (its leaders).
_DIRECTING = re.compile(r"(?<![\w])(?:[Cc]hỉ đạo|CHỈ ĐẠO|lãnh đạo)\s+(?=\S)")


def _directed(task: str, own: list[str]) -> list[tuple[str, str]]:
    """(body, its duty) for each body another body's task directs to act, its duty up to the clause's end: a
    body directed inside another's duty carries out what follows its name ("…; chỉ đạo Trường Cao đẳng X biên
    soạn 04 chương trình …": the Sở directs, the college compiles; a party organ "lãnh đạo Ủy ban nhân dân tỉnh
    xây dựng kế hoạch …", the committee draws it up)."""
    found = []
    for m in _DIRECTING.finditer(task):
        named = match_agency_at(task, m.end())
        if not named or canonical_agency(named[0]) in own:
            continue
        body, end = named
        clause = _SENTENCE_END.search(task, end)
        duty = task[end:clause.start() if clause else len(task)].strip(" ,")
        if not duty[:1].islower() or _NAME_GOES_ON.match(duty) or _NAME_TAIL.match(duty):
            continue  # the name goes on: "Phòng Lao động - Thương binh và Xã hội | quận, huyện làm đầu mối"
        group = _GROUP_OF_BODIES.match(body)
        if group and not _PREDICATE.match(f" {duty}"):
            continue  # a group's name may go on in lower case: "các trường | trung học cơ sở, …"
        if body[:1].isupper() or group:
            found.append((body, duty[:1].upper() + duty[1:]))
    return found


# A body asked, not assigned: "Đề nghị Hội Nông dân tỉnh …", an inspection's "Kiến nghị Chủ tịch UBND tỉnh" (not
# the noun: "…; kiến nghị của xã Nà Chè về việc … được Sở X hướng dẫn …").
_REQUEST_WORDS = r"(?:Đề nghị|Kiến nghị(?!\s+(?:của|về|này|đó|trên)(?![\w])))"
_REQUEST = re.compile(rf"^{_REQUEST_WORDS}\s+", re.IGNORECASE)
_NOTE_MARK = re.compile(r"\(\*+\)")  # a note's mark: "(*)", "(**)"
# Where one duty clause of a task paragraph ends and the next may name another body: "; " or ". " (before a note's
# mark too: "… sau khóa học. (**) Lớp Sửa chữa …").
_CLAUSE_END = re.compile(rf"\s*;\s+|\.\s+(?=[{UPPER}]|{_NOTE_MARK.pattern})")
_BRACKETED = re.compile(r"\((?!\*+\))[^()]*\)")  # a note in parentheses, whose ";" ends no clause
_NEXT_SENTENCE = re.compile(rf"\.\s+(?=[{UPPER}])")  # where a paragraph's next sentence starts
_ASSIGN_VERB = re.compile(r"^(?:Giao|Yêu cầu)\s+(?=\S)")  # "Giao Phòng X chủ trì …": the issuer assigning
# Where the subject of an assignment sentence ends: its verb.
# (not after "các"/"những": "các tổ chức chính trị - xã hội" is a noun, no verb)
_PREDICATE = re.compile(
    # a negation or tense before the verb is the predicate's: "Ủy ban nhân dân 09 xã, phường | chưa gửi báo cáo …"
    # and so is a manner adverb: "… và các đơn vị có liên quan | nghiêm túc triển khai thực hiện"
    r"(?<!các)(?<!những)\s(?:(?:chưa|không|đã|đang|vừa|sẽ(?:\s+tiếp tục)?|tiếp tục|nghiêm túc|khẩn trương)\s)?"
    r"(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|là cơ quan|thường trực|chủ trì|phối hợp|thực hiện|hoàn thành|"
    r"hoàn thiện|tổng hợp|báo cáo|triển khai|xây dựng|gửi|định kỳ|chủ động|tham mưu|hướng dẫn|chỉ đạo|bố trí|"
    # (not the noun: "Doanh nghiệp, tổ chức sự nghiệp có trụ sở …", "các cơ quan, tổ chức, cá nhân")
    r"tổ chức(?!\s+sự nghiệp|\s*,\s*cá nhân)|"
    r"căn cứ|tuyên truyền|vận động|"
    r"phổ biến|kiểm tra|rà soát|đề xuất|hỗ trợ|cung cấp|theo dõi|đôn đốc|giám sát|cho vay|lãnh đạo|quán triệt|"
    r"trực tiếp|tuyển sinh|xác nhận|lập danh sách|tài trợ|nghiên cứu|dự thảo|chi trả|"
    # an enterprise ordering training and pledging jobs: "Công ty X đặt hàng đào tạo 60 người …", "… cam kết tiếp nhận"
    # (not the order itself, "đào tạo theo đơn đặt hàng", nor a pledge signed: "Các cơ sở ký cam kết …")
    r"(?<!đơn )(?<!theo )đặt hàng|(?<!ký )cam kết|"
    # meeting on a schedule: "Tổ Thường trực họp định kỳ 03 tháng một lần …"
    r"họp(?=\s+(?:định kỳ|đột xuất|thường kỳ|sơ kết|tổng kết|giao ban))|"
    # hosting a named event ("Trường X đăng cai Lớp 1; Trường Y đăng cai Lớp 2"; not the group "Các trường đăng cai",
    # nor "là đơn vị đăng cai (…)"), preparing it ("Trường X chuẩn bị các điều kiện đăng cai …")
    r"đăng cai(?=\s+(?:[A-ZĐ]|các\s|\d))|chuẩn bị|"
    r"(?:vẫn |cũng |đều )?phải|cần phải|"  # what a body must do: "Trường Cao đẳng Nông lâm X phải tổ chức …"
    # sending its people to do the work ("Khoa Cơ khí cử giảng viên giảng dạy …"); not "cử tri"
    r"cử(?= (?:cán bộ|công chức|viên chức|giảng viên|giáo viên|người|đại diện|lãnh đạo|thành viên)))\b",
)
# "có trách nhiệm", "có nhiệm vụ" before a body's duty: the duty is what follows ("Hội đồng có nhiệm vụ, quyền hạn:"
# announces the items under it)
_RESPONSIBLE = re.compile(r"^(?:(?:có|chịu)\s+trách nhiệm|có nhiệm vụ)\s+", re.IGNORECASE)
# A verb that names which bodies are meant, not their duty, when another verb follows at once: "Các trường
# thực hiện Đề án | hoàn thành xây dựng …", "Các đơn vị tham gia Chương trình | có trách nhiệm báo cáo …".
_QUALIFYING_VERB = re.compile(
    r"\s(?:thực hiện|tham gia|triển khai)\s+(?:(?:các|của)\s+)?(?:Đề án|Kế hoạch|Chương trình|Dự án)(?:\s+này)?(?=\s)"
)
_LISTED_NAMES = 3  # capitalised items after a colon that make it a list of names, no duty
# A part assigns by body when three of its bullets at least, and three in four, open with a body's name.
_BY_BODY_BULLETS = 3
_BY_BODY_SHARE = 0.75
_GROUP_OF_BODIES = re.compile(r"(?:các|những)\s", re.IGNORECASE)  # only a group is picked out by what it does
_QUALIFIED_VERB_WITHIN = 20  # characters after the qualifier where the duty's own verb must start
# What opens a duty before its body: an adverbial clause, the issuer's "Giao", or a Sở's report asking the province
# to assign ("Đề nghị UBND tỉnh giao Sở Nội vụ chủ trì …": Sở Nội vụ's duty, not the committee's).
# A time limit that opens a duty of a procedure: "Trong thời hạn 05 ngày làm việc kể từ …, UBND cấp xã xác nhận …".
# … and the year a body's work is set for: "Trong năm 2026, Trung tâm Dịch vụ việc làm tỉnh tổ chức 24 phiên …" (what
# it did that year says "đã": a result).
_TIME_LIMIT_WORDS = r"Trong thời hạn|Chậm nhất|Trong năm \d{4}(?=,)"
_TIME_LIMIT = re.compile(rf"^(?:{_TIME_LIMIT_WORDS})(?=[\s,])")
# Who is asked, after the issuer's or the speaker's own asking words: "Giao Sở Tài chính …", "Yêu cầu …", "UBND tỉnh
# giao Sở Nội vụ …", "Gắn với ý kiến của xã Nậm Khê, tôi đề nghị Công an tỉnh …" (the speaker's "tôi": not an opinion
# heard, "Doanh nghiệp đề nghị Trường X …").
_ASKED = (r"(?:[Gg]iao|[Yy]êu cầu)\s+(?=\S)"
          r"|(?:Đề nghị\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)\s+giao\s+(?=\S)"
          rf"|(?:[^;:]{{3,120}}?,\s*)?[Tt]ôi\s+(?:cũng\s+)?(?:đề nghị|yêu cầu|giao)\s+"
          rf"(?:(?=(?:các\s+)?[{UPPER}])|{ADDRESSED_BY_POST})")
_ASKS = re.compile(rf"^(?:{_REQUEST_WORDS}\s+|{_ASKED})")
_LEAD_CLAUSE = re.compile(
    r"^(?:(?:Căn cứ|Trên cơ sở|Định kỳ|Hàng năm|Hằng năm|Sau khi|Khi|Trong quá trình|Trong thời gian|"
    rf"{_TIME_LIMIT_WORDS}|Tiếp thu|Trước mắt|Thời gian tới)[^,]{{0,120}},\s*"
    r"|[Tt]ại\s+(?:cấp\s+)?(?:tỉnh|huyện|xã|thành phố|cơ sở|địa phương)[^,]{0,40},\s*"
    rf"|{_ASKED}"
    # a request reported in prose (a news article, minutes): "Phó Chủ tịch UBND tỉnh Trần Văn Bình đề nghị Sở Nội vụ
    # chủ trì khảo sát …", or spoken ("Tôi đề nghị đồng chí Giám đốc Sở Nội vụ …"): the body asked does the duty
    rf"|[^,;:]{{3,80}}?\s(?:đề nghị|yêu cầu)\s+(?:(?=(?:các\s+)?[{UPPER}])|{ADDRESSED_BY_POST})"
    # a speech's points, "Thứ nhất, …", "Thứ hai, …"
    r"|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s*"
    # those addressed by the post they hold stand for their bodies: "Các đồng chí Chủ tịch UBND các xã, phường phải
    # …" (not one person whose words minutes report: "Đồng chí Giám đốc Sở X không thống nhất …")
    rf"|(?=[Cc]ác\s){ADDRESSED_BY_POST})"
)


_LEADS = 3  # leads that may open one duty, one after the other

# What a body has done or is doing is a result, not a duty.
_DONE = re.compile(r"(?<![\w])(?:đã|đang|vừa)\s", re.IGNORECASE)
# … and what it has not yet done is a finding: an inspection's "Sở X chưa ban hành định mức …".
_NOT_YET = re.compile(r"^chưa\s", re.IGNORECASE)
# … and what is done to it a statement: "Phòng X được thành lập trên cơ sở …" (not "được giao chủ trì …": a duty).
_DONE_TO = re.compile(r"^được\s+(?!giao\b)", re.IGNORECASE)
# What a body has, no duty: "Nhà trường có 02 cơ sở đào tạo …", "Ban Chỉ đạo gồm 15 thành viên".
_HAS_COUNT = re.compile(r"^(?:có|gồm)\s+(?:\d|khoảng\s|trên\s|hơn\s|gần\s)")
# "<what> do <body> <does>": the passive names who does it ("Tiền trợ cấp … do Bảo hiểm xã hội tỉnh chi trả …",
# a kind of body in lower case: "Tiền ăn … do cơ sở đào tạo chi trả …"); not a note of where figures come from
# ("Số liệu do Sở Nội vụ cung cấp …", a footnote "[2] …", "(Nguồn: …)").
_DONE_BY = re.compile(rf"^(?!\s*(?:\[\d|\(|(?:Số liệu|Nguồn|Dữ liệu|Tổng hợp|Theo)\b))(?P<what>[^;:()\[\]]{{3,160}}?)"
                      rf"\s+do\s+(?=[{UPPER}]|các\s|(?i:{KIND_OF_BODY}))")
_LOWER_KIND = re.compile(rf"(?i:{KIND_OF_BODY})(?=\s+[^\W\d{UPPER}])")  # "cơ sở đào tạo | chi trả"
# A "do" clause describing the thing the sentence goes on about: "Thông tin do doanh nghiệp đăng ký | phải được Trung
# tâm … kiểm tra", "Đạt kết quả cao tại vòng sơ khảo do cơ sở tổ chức | và được Thủ trưởng cơ sở cử".
_THING_DESCRIBED = re.compile(r"\s+\S+(?:\s+\S+)?\s+(?:và\s+)?(?:phải|được|bị|là)\s")
# A state a "do" clause gives the cause of ("… bị chậm do doanh nghiệp …", "không phát sinh thủ tục mới do …"): there
# "do" is "because", and the body after it owes nothing.
_STATE_CAUSED = re.compile(r"(?<!\w)(?:không|chưa|bị)\s")
# "<learners> được <body> <does>": what a body does for the people a plan serves ("Học viên … được Trung tâm Dịch vụ
# việc làm tỉnh tư vấn, giới thiệu việc làm", "học viên được Công ty X hỗ trợ thêm 50.000 đồng/người/ngày"); not a
# document approved ("Kế hoạch được UBND tỉnh phê duyệt …"): only people are served.
# … and a later clause of the same learners with its subject left out: "Học viên hoàn thành … được cấp chứng chỉ …;
# được Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm".
_SERVED = rf"(?<!\w)(?i:{SERVED_PEOPLE})"
_SERVED_BY = re.compile(rf"{_SERVED}(?:\s+[^\W{UPPER}][\w/%]*){{0,8}}?\s+được\s+(?=[{UPPER}])")
_STILL_SERVED = re.compile(rf"^\s*được\s+(?=[{UPPER}])")
_OPENS_WITH_SERVED = re.compile(rf"^\s*{_SERVED}\s")
_PASSIVE_DUTY_WORDS = 3
# The agent of a passive inside an assignment: "Giao Trường X đăng cai Hội thi … do Sở Y chủ trì" — Sở Y leads the
# contest, Trường X's duty is to host it; the verb list found Sở Y's role, not where Trường X's name ends.
_AGENT = re.compile(rf"\sdo\s+(?=[{UPPER}])")
# A body handing its duty on: "Sở Nội vụ giao Trung tâm Dịch vụ việc làm tỉnh in 6.000 cuốn …".
# … also one done already when the duty it hands on is still due ("Sở đã giao Trường Y lập hồ sơ …, hoàn thành
# trước ngày 30/6/2026"): the school's duty stands; one with no date left is a result.
_HANDS_ON = re.compile(r"^(?P<done>đã\s+)?giao\s+(?=\S)")


# The province's own committee acts as the issuer ("UBND tỉnh ban hành Kế hoạch …"): its verbs are no duty
# unless the verb list names them.
_ISSUING_COMMITTEES = frozenset({"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố"})
# Lower-case words that go on a list of bodies or a body's name rather than open its duty.
_NAME_GOES_ON = re.compile(r"^\s*(?:và|các|cùng|với|hoặc|(?:hiện\s+)?(?:trực\s+)?thuộc|của|trên|tại)(?![\w])")


def _known_subject_end(text: str, verb: int) -> int:
    """Where a known body opening the text ends when a lower-case word follows it before any listed verb
    (0 when none does): "Ủy ban Kiểm tra Tỉnh ủy | đưa nội dung …". The province's own committee is left to
    the verb list."""
    end = known_name_end(text)
    after = text[end:]
    if not end or end >= verb or not after[:1].isspace() or not after.strip()[:1].islower():
        return 0
    if _NAME_GOES_ON.match(after) or canonical_agency(text[:end]) in _ISSUING_COMMITTEES:
        return 0
    return end + len(after) - len(after.lstrip())


def _subject(text: str, assigned: bool = False) -> tuple[list[str], str] | None:
    """(agencies, predicate) of "<agencies> chủ trì, phối hợp …", or None when no body opens it.

    A known body followed by a lower-case word is the subject whatever its
    verb ("Ủy ban Kiểm tra Tỉnh ủy đưa nội dung …"): the verb list only has to
    find where an unknown body's name ends.
    """
    text = strip_bullet(text)
    limits = []  # "Trong thời hạn 15 ngày kể từ …, Bên B gửi …": the time the duty is due by, kept beside it
    for _ in range(_LEADS):  # "Thứ nhất, | tôi đề nghị | đồng chí Giám đốc | Sở Giáo dục và Đào tạo chỉ đạo …"
        lead = _LEAD_CLAUSE.match(text)
        if lead is None:
            break
        if _TIME_LIMIT.match(lead.group(0)):
            limits.append(lead.group(0).strip(" ,"))
        text = text[lead.end():]
    found = _bare_subject(text, assigned)
    if found is None or not limits:
        return found
    return found[0], f"{found[1].rstrip('. ')} ({'; '.join(limits)})"


def _bare_subject(text: str, assigned: bool = False) -> tuple[list[str], str] | None:
    """``_subject`` of a text its leads are cut from. A body's capitalised name ends before a lower-case verb the list
    does not know when a count follows (``_name_before_count``); ``assigned`` (the text follows the issuer's "giao")
    lets any body's name end so, without that reading's checks."""
    # a note in parentheses after the name is no verb: "Sở Giáo dục và Đào tạo (cơ quan thường trực): giao …"
    masked = NOTE.sub(lambda note: " " * len(note.group(0)), text)
    m = _PREDICATE.search(masked)
    # (the note read as blanks: "Trung tâm Dịch vụ việc làm tỉnh (thuộc Sở Nội vụ) | tư vấn …")
    known = _known_subject_end(masked, m.start() if m else len(text))
    if known:
        if ANNOUNCES_ITEMS.search(text[known:].rstrip().rstrip(":")) or _presents_text(text):
            return None  # "Sở X ban hành Kế hoạch …, cụ thể như sau:": the issuer announcing the plan, no duty
        return _handed_on(split_agencies(NOTE.sub("", text[:known])), _RESPONSIBLE.sub("", text[known:].strip()))
    cut = m.start() if m else len(text)
    colon = masked.find(":", 0, cut)
    if colon > 0 and (m or _duty_after_colon(text, colon)):
        cut = colon + 1  # "Sở Tài chính (…): tham mưu …", "Báo Lam Giang: duy trì …": the body named before its colon
    elif named_end := _name_before_count(text, cut, assigned):
        # "giao Trường Cao đẳng X | điều chuyển 12 bộ thiết bị …", "- Trường Cao đẳng Y | đào tạo tiếng Hàn cho 700
        # học viên/năm": its verb is none of the list's
        cut = named_end
    elif not m:
        return None
    qualifier = _QUALIFYING_VERB.match(text, cut)
    if qualifier and _GROUP_OF_BODIES.match(text) and (duty := _PREDICATE.search(text, qualifier.end())) \
            and duty.start() - qualifier.end() <= _QUALIFIED_VERB_WITHIN:
        cut = qualifier.end()  # "Các trường thực hiện Đề án | hoàn thành …"
    agent = _AGENT.search(text, 0, cut)
    named = match_agency_at(text, 0) if agent and text[:1].isupper() else None
    if named and named[1] < agent.start() and text[named[1]:].strip()[:1].islower():  # type: ignore[union-attr]
        cut = named[1]  # "Trường X | đăng cai Hội thi … do Sở Y chủ trì": the verb of the body whose name ends
    subject = NOTE.sub("", text[:cut]).strip(" ,")  # "Phòng Kinh tế các xã (… các phường)"
    if not subject or len(subject) > 220 or not looks_like_agency(subject):
        return None
    return _handed_on(split_agencies(subject), _RESPONSIBLE.sub("", text[cut:].strip()))


_COUNT = re.compile(r"\s\d")


def _name_before_count(text: str, verb: int, assigned: bool) -> int:
    """Where the capitalised name of a body given a task ends when a lower-case word follows it and a count comes
    before any listed verb (0 otherwise): "giao Trường Cao đẳng Nông Lâm X | điều chuyển 12 bộ thiết bị …" — a name
    never runs on into a count, while a generic name may go on in lower case ("Ban Chỉ đạo giảm nghèo bền vững").

    Not ``assigned`` (no "giao" before it), only a body's own name is read so ("- Trường Cao đẳng Y tế X | đào tạo
    tiếng Đức cho 150 học viên/năm"): not a group ("Các trường | cao đẳng …"), not the province's own committee, not
    a name that goes on ("Quỹ Hỗ trợ | thanh niên khởi nghiệp tỉnh Tân Sa …", "Trường Trung cấp Dân tộc | nội trú
    Mường Đan 850 người"), and not what the body is or has ("… | là đơn vị …", "… | có 03 nghề trọng điểm")."""
    named = match_agency_at(text, 0) if text[:1].isupper() else None
    if not named or named[1] >= verb:
        return 0
    after = text[named[1]:verb]
    count = _COUNT.search(after)
    if not after.strip()[:1].islower() or _NAME_GOES_ON.match(after) or not count:
        return 0
    if not assigned and (_GROUP_OF_BODIES.match(text) or canonical_agency(named[0]) in _ISSUING_COMMITTEES
                         or len(_CAPITALISED.findall(named[0])) < 2 or _NAME_RUNS_ON.search(after[:count.end()])
                         or _STATES.search(after[:count.start()])):
        return 0
    return named[1]


_CAPITALISED = re.compile(rf"(?<![\w])[{UPPER}]")
# Words after a body's name that show the name going on, or running into its count: "… và Dịch vụ kỹ thuật …",
# "… tỉnh Tân Sa …", "… Mường Đan 850".
_NAME_RUNS_ON = re.compile(rf"\svà\s+[{UPPER}]|\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|khu vực)\s+[{UPPER}]"
                           rf"|[{UPPER}][\w-]*\s+\d")
# What a body is or has, no duty: "… là đơn vị sự nghiệp …", "… có 03 nghề …", "Ban Giám hiệu gồm …".
_STATES = re.compile(r"^\s*(?:có|gồm|hiện)(?![\w])|\slà(?![\w])")


def _duty_after_colon(text: str, colon: int) -> bool:
    """Whether a body's bare name before the colon heads a duty after it whatever its verb ("Trường X: Đào tạo 1.200
    lao động …"): not an address list ("Các Phòng: VX, NC&KTGS;"), a list of names ("Giám đốc các sở: Giáo dục và
    Đào tạo, Nội vụ, Tài chính, …") nor a description ("Ban Chỉ đạo gồm 10 thành viên: …")."""
    first = text[colon + 1:].split(maxsplit=1)[:1]
    if not first or not first[0][:1].isalpha() or first[0].isupper() or NAMED_PERSON.match(text[colon + 1:].strip()):
        return False
    names = [part.strip() for part in text[colon + 1:].split(";")[0].split(",")]
    if len(names) >= _LISTED_NAMES and all(part[:1].isupper() for part in names if part):
        return False
    return bool(bare_agency(text[:colon]))


def _handed_on(agencies: list[str], predicate: str) -> tuple[list[str], str]:
    """The body that does the duty: "Sở Nội vụ giao Trung tâm Dịch vụ việc làm tỉnh in …" is the centre's."""
    m = _HANDS_ON.match(predicate)
    if m and m.group("done") and not deadline_spans(predicate[m.end():]):
        m = None
    inner = _subject(predicate[m.end():], assigned=True) if m else None
    return inner if inner and inner[0] != agencies else (agencies, predicate)


def _named_paragraph(text: str) -> tuple[list[str], str, bool] | None:
    """A paragraph that opens with its own agency and a colon: "- Sở Tài chính: bố trí …", "đ) Riêng Trường X: …";
    not a group's members after it ("c) 03 cơ sở giáo dục nghề nghiệp: Trường A; Trường B").

    Under a grouping heading ("2. Các sở, ngành") such a paragraph names the
    body that owns the task, whatever the heading says.
    """
    body = strip_bullet(text)
    requested = bool(_REQUEST.match(body))
    body = ONLY_FOR.sub("", _REQUEST.sub("", body))  # "Riêng Trường X: …" under a heading of two bodies: X's alone
    m = re.match(r"^(?P<agency>[^:;.]{3,160}?)\s*:\s*(?P<task>\S.*)$", body, re.DOTALL)
    if m and looks_like_agency(m.group("agency")) and not _PREDICATE.search(f" {m.group('agency')}") \
            and not looks_like_agency(re.split(r"[;,]", m.group("task"))[0]):  # "03 cơ sở: Trường A; Trường B": who
        return split_agencies(m.group("agency")), m.group("task").strip(), requested
    return None


# A short title run in before the clause that assigns it: "c) Đào tạo theo đặt hàng: Sở X chủ trì, …".
_RUN_IN_TITLE = re.compile(r"^(?P<title>[^:;]{3,120}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
# The issuer assigning inside a sentence: "Thành lập Quỹ …, giao Sở Tài chính chủ trì xây dựng điều lệ", or a
# speaker reported or quoted doing so: "Phó Chủ tịch UBND tỉnh giao Sở X …", "“Tôi giao Sở X chủ trì …”", "kiến
# nghị … được giao Sở X nghiên cứu" (not "bàn giao", "chuyển giao": a handover is no assignment).
# A draft prescribing a body's duty reads the same ("Về chế độ báo cáo, dự thảo quy định Ủy ban nhân dân tỉnh báo
# cáo …"); not a law cited for what it provides ("Luật Ngân sách nhà nước quy định Hội đồng nhân dân cấp tỉnh …").
_GIVEN_TO = re.compile(rf"(?:[,;:“\"]\s*|(?<!bàn)(?<!chuyển)\s)(?:giao|(?<=[Dd]ự thảo )quy định)\s+(?=[{UPPER}]|các\s)")


def _clause_subject(clause: str, passive: bool = True, served: bool = False) -> tuple[list[str], str, bool] | None:
    """(agencies, predicate, assigned by the issuer) of a task clause, or None when it names no body.

    Besides a clause that opens with its body, a run-in title before the
    assignment ("Đào tạo theo đơn đặt hàng: Sở X chủ trì, …") and the issuer's
    "…, giao Sở X chủ trì …" inside a sentence name theirs; what the clause said
    before them is kept beside the duty, in parentheses. ``served``: the sentence's subject is the people a body
    serves ("Học viên …"), so a clause opening with "được <body> <does>" names who serves them.
    """
    split = _subject(clause)
    if split:
        return split[0], split[1], False
    titled = _RUN_IN_TITLE.match(clause)
    if titled and not looks_like_agency(titled.group("title")):
        split = _subject(titled.group("rest"))
        if split:
            return split[0], f"{split[1].rstrip('. ')} ({titled.group('title').strip()})", False
    given = _GIVEN_TO.search(clause)
    if given:
        split = _subject(clause[given.end():], assigned=True)
        if split:
            return split[0], f"{split[1].rstrip('. ')} ({clause[:given.start()].strip()})", True
    done_by = _DONE_BY.match(clause) if passive and not clause.rstrip().endswith("?") else None
    if done_by and not _DONE.search(clause):
        rest = clause[done_by.end():]
        lower = rest[:1].islower() and not rest.startswith("các ")
        split = _kind_does(rest, done_by.group("what")) if lower else _subject(rest)
        # "giấy xác nhận do UBND cấp xã cấp": no duty; "Hội nghị …, do Sở Nội vụ chủ trì": the body leads the thing
        # named (not "đăng cai Ngày hội do Sở Y chủ trì", which goes on with the duty of the body before)
        leads = split is not None and split[1].startswith("chủ trì") and done_by.group("what")[:1].isupper()
        if split and (len(split[1].split()) >= _PASSIVE_DUTY_WORDS or leads):
            return split[0], f"{split[1].rstrip('. ')} ({done_by.group('what').strip()})", True
    served_by = (_SERVED_BY.search(clause) or served and _STILL_SERVED.match(clause)) if passive else None
    if served_by and not _DONE.search(clause[served_by.start():]):
        split = _subject(clause[served_by.end():])
        if split and len(split[1].split()) >= _PASSIVE_DUTY_WORDS:
            said = clause[:served_by.end()].strip()
            return split[0], split[1].rstrip(". ") + (f" ({said})" if said != "được" else ""), True
    return None


def _kind_does(text: str, what: str) -> tuple[list[str], str] | None:
    """(the kind of body, what it does) of a lower-case kind named alone after "do" ("do cơ sở đào tạo chi trả …"),
    or None: not one of a list ("do doanh nghiệp, tổ chức, cá nhân hỗ trợ") nor the cause of a state ("bị chậm do
    doanh nghiệp chậm xác nhận")."""
    kind = _LOWER_KIND.match(text)
    if kind is None or _STATE_CAUSED.search(what) or _THING_DESCRIBED.match(text, kind.end()):
        return None
    return [kind.group(0)[:1].upper() + kind.group(0)[1:]], text[kind.end():].strip()


def _clauses(text: str) -> list[str]:
    """The clauses of a paragraph, split at ";" and at sentence ends, never inside parentheses: "… 02 ngành
    (Công nghệ kỹ thuật điện tử - viễn thông; Logistics) …, hoàn thành trước …" is one clause with its deadline."""
    # (a paragraph wholly in parentheses is a note whose clauses are split all the same)
    masked = _BRACKETED.sub(lambda m: m.group(0) if m.start() == 0 else "x" * len(m.group(0)), text)
    cuts = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(masked)]
    bounds = [0, *(x for cut in cuts for x in cut), len(text)]
    return [text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]


def _clause_duties(text: str, own_item: bool, first: list[str] | None = None,
                   passive: bool = True) -> list[tuple[list[str], str]]:
    """(bodies, duty) of each clause of a paragraph that names its body ("…; Sở Tài chính bố trí kinh phí …");
    a clause naming none goes on with the duty before it ("…; báo cáo kết quả trước ngày 10 tháng 01 năm sau"),
    the `first` bodies' when the paragraph named them before ("Các cơ sở GDNN: tổ chức …; Trường X …").
    ``passive``: whether a clause naming who does a thing in the passive ("… do UBND cấp xã lập") names its body;
    under a body's heading, or after the `first` bodies' name, it is that body's duty described ("tổng hợp danh
    sách … do UBND cấp xã đề xuất", "6. Phòng Đào tạo: tổng hợp danh mục … do các khoa đề xuất")."""
    duties: list[tuple[list[str], list[str]]] = [(first, [])] if first else []  # (bodies, clauses of their duty)
    passive = passive and not first
    named_before: list[str] = []  # the bodies the paragraph's clauses named, for a later "Công ty …" to refer back to
    served = False  # whether the clauses go on about the learners the one before opened with
    for k, clause in enumerate(_clauses(ANSWER_LABEL.sub("", strip_marker(strip_bullet(text))))):
        clause = clause.lstrip("“\"'")  # a duty quoted in a report is the same duty
        asked = bool(_ASKS.match(clause))  # the issuer or the speaker asking a body: "Đề nghị X …", "tôi giao X …"
        clause = _REQUEST.sub("", clause)
        split = _clause_subject(clause, passive, served) or _referred_back(clause, named_before)
        named_before += split[0] if split else []
        served = bool(_OPENS_WITH_SERVED.match(clause)) or served and split is None
        if split is None and (_presents_text(clause) or _NOTE_MARK.match(clause)):
            # "…; Cổng Thông tin điện tử tỉnh giới thiệu toàn văn Kế hoạch.": the publisher's, no duty's; "(**) Lớp
            # Sửa chữa … chỉ tuyển …": a note of its own
            continue
        if split is None:
            if duties:
                duties[-1][1].append(clause)
            continue
        names, predicate, assigned = split
        # "chủ trì …", "chịu trách nhiệm …", or a body named before its colon with a duty after it ("Tỉnh Đoàn: tổ
        # chức 20 buổi …"; not a figure: "Số lao động …: 1.200 người", nor a result: "…: đã tổ chức …")
        named = _named_paragraph(clause)
        leads = (predicate.startswith("chủ trì") or f"trách nhiệm {predicate[:40]}" in clause
                 or bool(OBLIGED.match(predicate))  # "UBND các xã, phường phải rà soát …": what it must do
                 or bool(COMMITS.match(predicate))  # "Sở X sẽ chủ trì …": what it says it will do
                 or (named is not None and named[1][:1].isalpha() and not _DONE.search(predicate)))
        if _DONE.match(predicate) or _NOT_YET.match(predicate) or _DONE_TO.match(predicate) \
                or _HAS_COUNT.match(predicate) or REPORTS_AS_FOLLOWS.match(predicate) or not leads and (
                not (own_item or k > 0 or assigned or asked or _binds_in_time(clause, predicate))
                or not all(bare_agency(n) for n in names)):
            # a paragraph's first subject leads it only with "chủ trì" or "chịu trách nhiệm" (else the heading's
            # body does it); an item's own text ("4. Ngân hàng … hướng dẫn hồ sơ …") and a later clause name
            # their body, when the subject is a body's name alone ("UBND Thành phố ban hành …" is not); what a body
            # has done is a result, no duty ("…; Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 46 phiên …")
            if duties:
                duties[-1][1].append(clause)
            continue
        duties.append((names, [predicate]))
    return [(names, "; ".join(c.strip().rstrip(";") for c in clauses)) for names, clauses in duties]


# A body's kind alone opening a later clause refers back to the body of that kind named before: "Công ty TNHH X đặt
# hàng đào tạo 60 người …; Công ty cam kết tiếp nhận 100% học viên" (not "Trung tâm Dịch vụ …", a name of its own).
_BACK_REFERENCE = re.compile(rf"(?:{BODY_HEADS})(?=\s+[^\W\d{UPPER}])")


def _referred_back(clause: str, named_before: list[str]) -> tuple[list[str], str, bool] | None:
    """(the body referred to, its predicate, not assigned) of a clause whose subject is the kind of a body the
    paragraph named before ("…; Công ty cam kết …"), or None."""
    text = clause.strip()
    m = _BACK_REFERENCE.match(text)
    if not m or not _PREDICATE.match(text, m.end()):
        return None
    body = next((b for b in reversed(named_before) if b.lower().startswith(f"{m.group(0).lower()} ")), None)
    return ([body], text[m.end():].strip(), False) if body else None


def _presents_text(clause: str) -> bool:
    """Whether a clause is a publisher presenting the text ("Cổng Thông tin điện tử tỉnh trân trọng giới thiệu …")."""
    end = known_name_end(clause.strip())
    return bool(end) and bool(PRESENTS_TEXT.match(clause.strip()[end:].strip()))


def _binds_in_time(clause: str, predicate: str) -> bool:
    """A paragraph that binds its body in time is that body's duty, wherever it stands: "Trong thời hạn 05 ngày …,
    UBND cấp xã xác nhận …", "UBND cấp xã rà soát … trước ngày 30/4/2026"; not what it has done ("đã tổ chức …")."""
    return not _DONE.match(predicate) and bool(_TIME_LIMIT.match(clause) or deadline_spans(predicate))


def _bullets_by_body(part: Section) -> bool:
    """A part whose bullets, nearly all, open with a body's name ("- Sở Công Thương cung cấp …", "- Bảo hiểm xã
    hội tỉnh phối hợp với Sở Nội vụ …"), counted over its items together (an item may have two bullets): a
    report's "Nhiệm vụ, giải pháp" that assigns by body, no "Tổ chức thực hiện" after it. Each bullet's body owns
    its duty, whatever its verb."""
    bullets = [b for _, s in part.walk() for b in paragraphs(s) if BULLET.match(b.text)]
    named = [b for b in bullets if (split := _subject(b.text)) and all(bare_agency(n) for n in split[0])]
    return len(named) >= _BY_BODY_BULLETS and len(named) >= _BY_BODY_SHARE * len(bullets)


def _assigned_bodies(heading: str) -> list[str]:
    """The bodies an item assigns its task to: "2. Giao Sở Nội vụ chủ trì, …" (its last clause's body), "7. Yêu
    cầu Ủy ban nhân dân các xã, phường:", "4. Giao các Sở: Nông nghiệp và Môi trường, Công Thương …:"."""
    duties = _clause_duties(heading, True)
    if duties:
        return duties[-1][0]
    title = strip_marker(heading)
    if not (_ASSIGN_VERB.match(title) or _REQUEST.match(title)) or not title.rstrip().endswith(":"):
        return []
    parsed = _agency_heading(title)
    return parsed[0] if parsed else []


_LEAD_WORDS = 4  # "có trách nhiệm:", "thực hiện các nhiệm vụ:": a line this short before its colon only announces


def _only_announces(duty: str) -> bool:
    """Whether a body's duty before a colon only announces the items under it ("có trách nhiệm:"), also after the
    body's standing in the text ("là cơ quan chủ trì, có trách nhiệm:")."""
    return len(ANNOUNCING_FRAME.sub("", ROLE_APPOSITION.sub("", duty.strip())).rstrip(" :").split()) <= _LEAD_WORDS


def _lists_its_duty(item: Section) -> bool:
    """Whether an item's heading over items of its own is a body's duty listing what goes with it ("… Bên B gửi
    Bên A văn bản đề nghị nghiệm thu kèm theo hồ sơ, gồm:"), not a line announcing the body's duties below it."""
    text = item.heading.text.rstrip() if item.heading else ""
    duties = _clause_duties(text, True) if text.endswith(":") else []
    title = strip_marker(text)
    # a body's duty of its own, not "2. Giao Sở X chủ trì …:" assigning the items below (``_announced_bodies``)
    return bool(duties) and not _only_announces(duties[-1][1]) and not (_ASSIGN_VERB.match(title)
                                                                       or _REQUEST.match(title))


def _announced_bodies(item: Section) -> list[str]:
    """The bodies an item's heading gives the lettered items under it: "1. Sở Nội vụ có trách nhiệm:", "2. Giao
    Sở Tài chính:" (a heading announcing a body's duties); [] for any other heading, also one whose body does a
    thing of its own and lists what goes with it ("1. … Bên B gửi Bên A văn bản đề nghị kèm theo hồ sơ, gồm:").
    Under an article's title the announcing line is its last paragraph before the items ("Điều 10. Cơ quan đầu
    mối" / "Sở X là cơ quan đầu mối …, có trách nhiệm:" / "1. Theo dõi …")."""
    text = item.heading.text.rstrip() if item.heading else ""
    own = paragraphs(item)
    if not text.endswith(":") and own and own[-1].text.rstrip().endswith(":"):
        duties = _clause_duties(own[-1].text.rstrip(), True)
        return duties[-1][0] if duties and _only_announces(duties[-1][1]) else []
    if not text.endswith(":"):
        return _asked_bodies(strip_marker(text)) if not own else []
    duties = _clause_duties(text, True)
    if duties and _only_announces(duties[-1][1]):
        return duties[-1][0]
    title = strip_marker(text)
    return _assigned_bodies(text) if _ASSIGN_VERB.match(title) or _REQUEST.match(title) else []


def _asks_announced(item: Section) -> bool:
    """Whether the line announcing an item's bodies asks them rather than assigns: "1. Kiến nghị Chủ tịch UBND
    tỉnh", "Đề nghị Ngân hàng Chính sách xã hội tỉnh thực hiện các nội dung sau:"."""
    own = paragraphs(item)
    lines = ([strip_marker(item.heading.text)] if item.heading else []) + ([own[-1].text] if own else [])
    return any(_REQUEST.match(strip_bullet(line)) for line in lines)


def _listing_lead(item: Section) -> tuple[str, bool] | None:
    """(duty, requested) of an item whose last line before its own items leads a list of bodies, each item giving
    one body's share: "3. Thu hồi các khoản chi sai" / "Yêu cầu các đơn vị sau nộp số tiền …:" / "a) Trường X: …"."""
    own = paragraphs(item)
    line = own[-1].text if own else strip_marker(item.heading.text) if item.heading else ""
    m = LISTED_BODIES_LEAD.match(strip_bullet(line.strip()))
    if not m or not m.group("duty"):
        return None
    return m.group("duty"), bool(_REQUEST.match(m.group("ask") or ""))


_SHARE = re.compile(r"^(?P<body>[^:;]{3,160}?)\s*(?::\s*(?P<share>.*?))?[\s.;]*$", re.DOTALL)


def _listed_share(title: str) -> tuple[list[str], str] | None:
    """(bodies, share) of an item under a lead listing bodies: "Trường X: 235,7 triệu đồng (…)", "Sở Y"."""
    m = _SHARE.match(strip_bullet(title))
    if not m or not looks_like_agency(m.group("body")):
        return None
    return split_agencies(m.group("body")), (m.group("share") or "").strip()


def _asked_bodies(title: str) -> list[str]:
    """The bodies a heading of asking words and bodies alone asks, no colon after it: an inspection's "2. Yêu cầu
    Giám đốc Sở Giáo dục và Đào tạo", "1. Kiến nghị Chủ tịch Ủy ban nhân dân tỉnh" over lettered items."""
    if not (_ASSIGN_VERB.match(title) or _REQUEST.match(title)):
        return []
    parsed = _agency_heading(title)
    return parsed[0] if parsed and not parsed[2] else []


def _body_line(text: str) -> tuple[list[str], bool] | None:
    """(bodies, requested) of a paragraph that heads the items under it with a body alone: "- Đề nghị Sở Giáo dục
    và Đào tạo:" over "• Cung cấp danh mục …", "Sở Nội vụ:" over "- …" items."""
    title = strip_bullet(text)
    parsed = _agency_heading(title) if title.endswith(":") else None
    return (parsed[0], parsed[1]) if parsed and not parsed[2] else None


def _bullet_mark(text: str) -> str:
    """The bullet a paragraph opens with ("-", "•", "+"), or "" for a plain one."""
    m = BULLET.match(text.strip())
    return m.group(0).strip()[:1] if m else ""


def _joint_partner(predicate: str) -> tuple[list[str], str] | None:
    """(bodies, their duty) of "chủ trì, <bodies> phối hợp <duty>": the partners named as a subject of their own."""
    m = re.match(r"chủ trì\s*,\s*(?P<rest>.+)$", predicate, re.DOTALL)
    split = _subject(m.group("rest")) if m else None
    if split and split[1].startswith("phối hợp") and not re.match(r"phối hợp\s+(?:với|cùng)\b", split[1]):
        return split
    return None


def _line_partners(predicate: str, own: list[str]) -> list[str]:
    """Partners of an assignment line: "chủ trì, phối hợp với Y", "chủ trì; Y, Z phối hợp", "chủ trì, Y phối hợp …"."""
    partners = partners_of(predicate, own)
    joint = _joint_partner(predicate)
    splits = [_subject(clause) for clause in predicate.split(";")[1:]] + [joint]
    for split in splits:
        if split and fold_accents(split[1]).startswith("phoi hop"):
            partners.extend(n for n in map(canonical_agency, split[0]) if n not in partners and n not in own)
    return partners


def _own_subject(text: str, heading: list[str]) -> tuple[list[str], str, bool] | None:
    """A task under a heading that opens with another body of its own, or with one of the heading's several
    bodies: that body owns it.

    Under "Đề nghị Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội",
    "- Tỉnh đoàn tổ chức 15 buổi tư vấn …" is the youth union's task; under
    "Các cơ sở giáo dục nghề nghiệp", "b) Trường Cao đẳng X chủ trì biên soạn
    …" is that college's.
    """
    body = strip_bullet(text)
    requested = bool(_REQUEST.match(body))
    split = _subject(_REQUEST.sub("", body))
    if not split:
        return None
    keys = {agency_key(canonical_agency(a)) for a in heading}
    if {agency_key(canonical_agency(n)) for n in split[0]} >= keys:  # one of several bodies named is its own part
        return None
    return split[0], split[1], requested


def _binds_later(line: str, task: str) -> bool:
    """Whether a later clause of a line that opens with no body binds the body it names: a lead, an assignment, a
    responsibility or a time limit; not a result told beside another ("…; Trung tâm … tổ chức 30 phiên")."""
    return task.startswith(("chủ trì", "phối hợp")) or bool(deadline_spans(task)) or bool(_GIVEN_TO.search(line)) \
        or "trách nhiệm" in line


def _unlabelled(text: str) -> str:
    """A line without the label a reviewer sets before each side of a point ("- Dự thảo quy định: …")."""
    bare = strip_bullet(text)
    label = REVIEW_LABEL.match(bare)
    return bare[label.end():] if label else text


def _inline_assignment(text: str) -> tuple[list[str], str, bool] | None:
    """A paragraph that names its agency: "- Sở Tài chính: bố trí …" or "Sở X chủ trì, …"."""
    named = _named_paragraph(text)
    if named:
        return named
    body = _REQUEST.sub("", strip_bullet(text))
    requested = bool(_REQUEST.match(strip_bullet(text)))
    split = _subject(body)
    if split:
        return split[0], split[1], requested
    return None


def _agency_heading(title: str) -> tuple[list[str], bool, str] | None:
    """(agencies, requested, task stated in the heading) of an agency heading, or None for a task heading.

    "Sở Tài chính", "Đề nghị Hội Nông dân tỉnh", "Sở Tài chính: Bố trí kinh phí …" and
    "UBND các huyện có trách nhiệm xây dựng kế hoạch …" are agency headings.
    """
    title = re.sub(r"\s*\([^()]*\)", "", title)  # "Sở X (cơ quan thường trực)": a note, not the name
    title = _HEADS_BEFORE.sub("", title)  # "Hiệu trưởng, Giám đốc các cơ sở GDNN": the bodies they head
    body = _duties_part_body(title)
    if body is not None:
        title = body  # "Nghĩa vụ của Bên B", "Nhiệm vụ Sở Nội vụ sẽ triển khai": the body's part
    named = _named_paragraph(title)
    if named:
        agencies, task, requested = named
        return agencies, requested, task
    text = _ASSIGN_VERB.sub("", title.strip().rstrip(":").strip())
    if looks_like_agency(bodies := DONE_TO_BODIES.sub("", text)):
        text = bodies  # "Các trường và UBND các xã, phường được giám sát": the bodies monitored, no duty of theirs
    requested = bool(_REQUEST.match(text))
    text = _REQUEST.sub("", text)
    if not looks_like_agency(text):
        return None
    split = _subject(text)
    if split and (_WHERE.match(split[1]) or _ANNOUNCES_DUTIES.fullmatch(split[1].strip())):
        # "UBND các xã, phường nơi đặt trụ sở cơ sở GDNN": which ones; "Sở X (chủ đầu tư) có trách nhiệm:": its
        # items are its duties, the heading none
        return split[0], requested, ""
    if split:
        return split[0], requested, split[1]
    return split_agencies(text), requested, ""


# A heading's words that announce the duties listed under it ("có trách nhiệm", "có nhiệm vụ, quyền hạn sau").
_ANNOUNCES_DUTIES = re.compile(r"(?:(?:có|chịu)\s+trách nhiệm|có nhiệm vụ)(?:\s*,?\s*(?:nhiệm vụ|quyền hạn))?"
                               r"(?:\s+(?:như\s+)?sau(?:\s+đây)?)?", re.IGNORECASE)


# Several heads named before the bodies they head ("Hiệu trưởng, Giám đốc các cơ sở GDNN:"); one ("Giám đốc Sở Nội
# vụ") is read by ``canonical_agency`` itself.
_HEADS_BEFORE = re.compile(rf"^{HEAD_OF_BODY}(?:\s*(?:,|và|hoặc)\s*{HEAD_OF_BODY})+\s+(?=các\s|[A-ZĐ])")
# What says which of the bodies a heading names, where they stand ("… nơi đặt trụ sở cơ sở GDNN", "… nơi có trường
# sáp nhập"): no duty of theirs.
_WHERE = re.compile(r"^(?:nơi|tại nơi|ở nơi)\s")


def _addressed_heading(title: str, path: tuple[Section, ...]) -> tuple[list[str], bool, str] | None:
    """(agencies, requested, "") of a heading addressing a body ("2. Đối với Ủy ban nhân dân tỉnh"), its items
    asked of that body in a part of proposals ("IV. KIẾN NGHỊ"); None for any other heading."""
    m = ADDRESSED_TO.match(title)
    if not m or not looks_like_agency(m.group("body")):
        return None
    return split_agencies(m.group("body")), any(PROPOSALS_PART.match(s.title) for s in path), ""


def _duties_part_body(title: str) -> str | None:
    """The body a part's title gives its duties to: "Trách nhiệm phối hợp của UBND các xã" (the words after "của"),
    "Nhiệm vụ Sở Nội vụ sẽ triển khai" (those before the announcing verb); None for any other title."""
    duties = DUTIES_OF.match(title)
    if duties:
        body = title[duties.end():]
    elif ahead := DUTIES_AHEAD.match(title):
        body = ahead.group("body")
    else:
        return None
    return body if looks_like_agency(body) else None


def _duties_owner(section: Section) -> tuple[list[str], bool, str] | None:
    """The body of a part titled with its duties ("Nghĩa vụ của Bên A", "Trách nhiệm của Sở Nội vụ"), as
    ``_agency_heading`` reads it; None for any other part."""
    title = strip_marker(section.title)
    return _agency_heading(title) if _duties_part_body(title) is not None else None


def _assigns_by_body(section: Section) -> bool:
    """A part whose items are mostly bodies, two or more of them bare ("1. Sở Nội vụ:", "2. Đề nghị Tỉnh Đoàn:",
    "2. Đối với Ủy ban nhân dân tỉnh"):
    a Chỉ thị's "Chủ tịch UBND tỉnh yêu cầu:" list assigns like a plan's "Tổ chức thực hiện". A resolution's
    clauses ("2. Sở Nội vụ chủ trì …; Sở Tài chính bố trí …") are read as clauses, not as such a part."""
    # (the parts around a text's own, its header, opening or signature, are none of its items)
    headings = [_agency_heading(strip_marker(child.title)) or _addressed_heading(strip_marker(child.title), ())
                for child in section.children if child.kind not in SYNTHETIC_KINDS]
    bare = sum(1 for h in headings if h is not None and not h[2])  # "1. Sở Nội vụ:", not "2. Sở X chủ trì …"
    return bare >= 2 and 2 * sum(h is not None for h in headings) >= len(headings)


def extract_responsibilities(root: Section, doc: str, plan: str) -> Extraction:
    """Rows, deadlines and notes of the text of one plan's tree (tables are read apart).

    Task parts outside "Tổ chức thực hiện" are read first (their
    "Phân công thực hiện" lines), then the assignment part itself, then dated
    deadlines nobody claimed.
    """
    work = Extraction(doc, plan)
    implementation = [(p, s) for p, s in root.walk() if title_is(IMPLEMENTATION, s)
                      and not any(title_is(IMPLEMENTATION, a) for a in p[:-1])]
    # a Chỉ thị or a letter assigns by body headings, under no such title or beside a closing one
    # ("1/ Sở Nội vụ: …" … "18/ Đề nghị …", then "19/ Tổ chức thực hiện"): the bodies' part is read as one
    by_body = [((), root)] if _assigns_by_body(root) else [
        (p, s) for p, s in root.walk() if _assigns_by_body(s) and not any(_assigns_by_body(a) for a in p[:-1])]
    by_body = [(p, s) for p, s in by_body if not any(title_is(IMPLEMENTATION, a) for a in p)]
    within = {id(s) for _, top in by_body for _, s in top.walk()}
    implementation = by_body + [(p, s) for p, s in implementation if id(s) not in within]
    inside = {id(s) for _, top in implementation for _, s in top.walk()}
    # a contract's or a regulation's "Điều 5. Quyền và nghĩa vụ của Bên B", "Trách nhiệm của Sở Nội vụ", wherever
    # they stand outside a part of every body's duties: the body's own part
    owners = {id(s): parsed for _, s in root.walk() if (parsed := _duties_owner(s))}  # each heading parsed once
    duty_parts = [(p, s) for p, s in root.walk() if id(s) in owners
                  and not any(id(a) in owners or id(a) in inside for a in p[:-1])]
    tops = {id(s) for _, s in duty_parts}
    implementation = [(p, s) for p, s in implementation if id(s) not in tops]
    inside |= {id(s) for _, top in duty_parts for _, s in top.walk()}
    if not implementation and not duty_parts:
        work.notes.append(f"{doc}: no 'Tổ chức thực hiện' part found; no responsibility rows from it")
    for path, section in root.walk():
        if id(section) in inside or any(RIGHTS_OF.match(strip_marker(a.title)) for a in path):
            continue
        work.closed = False
        if title_is(REPORTING, section):
            work.reporting(section, path)
        else:
            work.assignments(section, path)
    for path, section in implementation:
        work.closed = False
        work.implementation(section, path)
    for path, section in duty_parts:
        work.closed = False
        names, requested, _ = owners[id(section)]
        work.agency_section(section, path, names, requested, section.title)
    work.loose_deadlines(root)
    return work
