"""The register's rows from tables: assignment tables and target tables.

Plans in many house styles state who does what by when in an annex table
("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
hoàn thành | Sản phẩm") and their targets in a "Biểu chỉ tiêu" ("Chỉ tiêu |
Đơn vị | Thực hiện 2023 | Kế hoạch 2024"). Some duties and targets appear
only there. A table is recognised by its column labels, wherever it stands;
`index.tables` parses it (header labels per column, a two-row merged header
combined) and `iter_tables` walks the tables of the heading tree.

- Assignment table: a task column (nhiệm vụ, nội dung, công việc) and a lead
  column (chủ trì, or cơ quan / đơn vị / trường thực hiện). A table of items
  with the body that carries each ("Nghề | Trình độ | 2026 | Trường thực
  hiện") has its row label as the task. Each row gives one row per
  lead body (role chủ trì), with the partner column's bodies (";" lists) and
  those named in the task text as partners, the time column as deadline
  ("Quý II/2025", "Trước 30/6/2025", "Hằng năm"), and one "phối hợp" row per
  partner body, so "what does Sở X do" finds its supporting duties too.
- Table of bodies with notes: no task column, but a row label naming a body in most rows and a note column
  ("Tên cơ sở | Tuyển sinh | Kinh phí | Ghi chú"): a note of a sentence is what is asked of that row's body
  ("Ưu tiên tuyển sinh người dân tộc thiểu số"); a note of a word or two remarks on the figures.
- Investment table: a project column ("Tên dự án", "Danh mục dự án") and an investor column ("Chủ đầu tư"):
  each project is its investor's to carry, with the project's figures beside it and its start-finish years
  ("2025-2027") as its time; group, subtotal and column-number rows name no investor and give none.
- Status table: an assignment table of a letter chasing the plan, with a status column ("Tình hình thực hiện",
  "Kết quả thực hiện") and maybe a deadline set anew ("Thời hạn hoàn thành mới"): a row reported done gives no duty,
  one handed to another lead ("Điều chỉnh: giao Sở X chủ trì thay Sở Y") is X's with Y as partner, and a new
  deadline replaces the plan's ("Giữ nguyên thời hạn" keeps it).
- Member table: a steering committee assigns its duties to persons by post ("Thành viên Ban Chỉ đạo | Nhiệm
  vụ được phân công | Thời hạn"): each duty of a member's cell is a row of the body the post is in
  ("Ông Trần Văn Bình, Giám đốc Sở Nội vụ - Phó Trưởng ban" → Sở Nội vụ), in the role it opens with.
- Amendment table: a comparison table of the plan in force, its amended text and the reason ("Nội dung tại Kế
  hoạch số … (hiện hành) | Nội dung sửa đổi, bổ sung | Lý do"): the duties of the text left in force, read as prose.
- Comments table: a report on the comments a draft received ("Cơ quan góp ý | Nội dung góp ý | Ý kiến tiếp thu,
  giải trình"): the duties of the wording each response quotes as put in force, read as prose; none of the commenters'.
- Target table: an indicator column (chỉ tiêu, tiêu chí) and year columns
  ("Kế hoạch 2024", "Mục tiêu Năm 2025", "Giai đoạn 2026-2030", "2021", or
  "Mục tiêu" for the plan's year). Columns of results or estimates ("Thực
  hiện 2023", "Năm 2024 (ước)", "TH 2024") are not targets. Each row × year
  column with an amount gives one target: value as written, unit from the
  unit column (or the cell, "65,5 %", "2,5 tỷ đồng", or the indicator's
  brackets, "Tỷ lệ lao động qua đào tạo (%)"), comparator from the
  cell ("Trên 90", "Dưới 3", "≥ 35"), a range kept as a range, the year of
  the column unless the cell names its own ("75% (năm 2030)").
"""

from __future__ import annotations

import re

from index.agencies import bare_agency, find_agencies, looks_like_agency, same_agency
from index.register.model import Target, section_path
from index.register.responsibilities import Extraction, executor_bodies, listed_bodies, role_of
from index.register.targets import comparator_of
from index.structure import Block, Section
from index.tables import (
    UNIT_COLUMN,
    UNIT_IN_BRACKETS,
    Row,
    Table,
    amendment_columns,
    in_force,
    iter_tables,
    response_column,
)
from index.vocab.dates import FIGURE_NOT_YEAR, YEAR_SPAN
from index.vocab.markers import INSERTED_ITEM, strip_marker
from index.vocab.phrases import (
    DONE_STATUS,
    FINDING_COLUMN,
    MEMBER_POST,
    NEW_DEADLINE_COLUMN,
    QUOTED_IN_FORCE,
    REASSIGNED_LEAD,
    STATUS_COLUMN,
    TOTAL_ROW,
)

# Column labels (searched, case- and accent-insensitive, by `Table.column`).
_TASK = r"nhiệm vụ|nội dung|công việc|hoạt động|dự án"  # "dự án": an investment table's project
_LEAD = r"chủ trì"
# "Cơ quan thực hiện", also of several kinds of body: "Cơ quan, tổ chức thực hiện", "Đơn vị, cá nhân thực hiện",
# "Đơn vị, người thực hiện" (a calendar's column: "Phòng Tổ chức – Hành chính tham mưu, Hiệu trưởng ký").
_EXECUTOR = (r"(?:cơ quan|đơn vị|trường|cơ sở|tổ chức|bộ phận)"
             r"(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|cá nhân|bộ phận|người))*"
             r" (?:thực hiện|phụ trách|triển khai)|chủ đầu tư")
# A column named only "Đơn vị" or "Cơ quan" ("STT | Đơn vị | Nhiệm vụ | Thời hạn"): the body that carries the
# row's task when its cells name bodies (a target table's "Đơn vị" is a unit: "người", "%").
_BODY = r"^(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))?$"
BODY_CELLS_SHARE = 0.5
_PARTNER = r"phối hợp"
# A table of bodies with a note per row ("Tên cơ sở | Tuyển sinh | Kinh phí | Ghi chú"): a note of a sentence asks
# something of the row's body ("Ưu tiên tuyển sinh người dân tộc thiểu số"), a word or two only remarks on a figure.
_NOTE = r"^(?:ghi chú|yêu cầu|lưu ý)$"
_NOTE_WORDS = 5
# A committee's members by person and post ("Thành viên Ban Chỉ đạo | Nhiệm vụ được phân công | Thời hạn"): each
# row's duties are the member's body's (`index.vocab.phrases.MEMBER_POST`).
_MEMBER = r"thành viên|họ và tên|họ tên|lãnh đạo phụ trách"
_TIME = r"thời gian|thời hạn|tiến độ|hoàn thành"
_INDICATOR = r"chỉ tiêu|tiêu chí"
# Columns of what was achieved or estimated, not of what is aimed at.
_ACHIEVED = re.compile(r"(?<![\w])(?:thực hiện|ước|TH|kết quả|đã đạt|ghi chú)(?![\w])", re.IGNORECASE)
_AIMED = re.compile(r"(?<![\w])(?:mục tiêu|kế hoạch|KH|chỉ tiêu)(?![\w])", re.IGNORECASE)
# An amount in a cell: "39.600", "39 600" (Word's thousands), "65,5 %", "4.000/năm", "30 - 35%".
_FIGURE = r"\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_CELL_VALUE = re.compile(
    rf"(?<![\w.,])(?P<a>{_FIGURE})(?:(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?P<b>{_FIGURE}))?(?!\d)(?P<pct>\s*%)?"
)
# A multiplier written with the figure ("12,5 nghìn"): part of the value as written.
_MULTIPLIER = re.compile(r"^\s*(nghìn|ngàn|triệu)(?![\w])", re.IGNORECASE)
_SYMBOLS = {"≥": "≥", ">=": "≥", "≤": "≤", "<=": "≤", ">": ">", "<": "<", "~": "≈", "≈": "≈"}


def read_assignment_tables(root: Section, work: Extraction) -> None:
    """Rows, partner rows and deadlines from every assignment table of a plan."""
    for path, table in iter_tables(root):
        if response_column(table) is not None:
            continue  # a comments report's "… của cơ quan chủ trì soạn thảo" is the drafter, no lead body
        task_col, lead_col = table.column(_TASK), table.column(_LEAD)
        if task_col is not None and table.column(FINDING_COLUMN) == task_col:
            continue  # "Đơn vị | Nội dung chi sai | Số tiền chi sai": what an inspection found, no duty
        if table.role_columns:  # the tasks are its row labels, whatever OCR made of their column's name
            _read_matrix(table, task_col if task_col is not None else table.label_column, path, work)
            continue
        role = "chủ trì"
        if lead_col is None:
            lead_col, role = table.column(_EXECUTOR), ""
            if task_col is None and lead_col is not None and _names_bodies(table, lead_col):
                task_col = table.label_column  # the items each body carries: "Nghề | … | Trường thực hiện"
        if lead_col is None:
            lead_col = _body_column(table)
        if lead_col is None and (member_col := table.column(_MEMBER)) is not None and task_col is not None:
            _read_members(table, task_col, member_col, path, work)
            continue
        notes = task_col is None and lead_col is None and _names_bodies(table, table.label_column)
        if notes:  # "Tên cơ sở | … | Ghi chú": what a row's note asks of the body the row names
            task_col, lead_col, role = table.column(_NOTE), table.label_column, ""
        if task_col is None or lead_col is None or task_col == lead_col:
            continue
        partner_col, time_col = table.column(_PARTNER), table.column(_TIME)
        status_col, renewed_col = table.column(STATUS_COLUMN), table.column(NEW_DEADLINE_COLUMN)
        used = {task_col, lead_col, partner_col, time_col, status_col, renewed_col, table.ordinal_column}
        above: list[str] = []  # the lead of the row before: a merged lead cell a text copy left blank below
        for row in table.rows:
            task = row.cells[task_col].strip()
            leads, named_partners = executor_bodies(row.cells[lead_col]) if row.cells[lead_col].strip() else ([], [])
            group = _group_row(table, row)
            if not leads and partner_col is not None and row.cells[partner_col].strip() and not group:
                leads = above  # a task with partners has a lead: the one its merged cell spans down from
            above = [] if group else leads
            status = row.cells[status_col] if status_col is not None else ""
            if not task or not leads or group or TOTAL_ROW.match(task) or DONE_STATUS.match(status):
                continue
            if notes and len(task.split()) < _NOTE_WORDS:
                continue  # "Tự chủ", "Cơ sở mới": a remark on the figures, no duty
            partners = listed_bodies(row.cells[partner_col], lead=False) if partner_col is not None else []
            partners += [p for p in named_partners if p not in partners]
            leads, partners = _reassigned(status, leads, partners)
            when = row.cells[time_col].strip() if time_col is not None else ""
            if renewed_col is not None and re.search(r"\d", row.cells[renewed_col]):
                when = row.cells[renewed_col].strip()  # "Trước ngày 15/9/2026" over the plan's "Tháng 6/2026"
            source = table.row_text(row, with_parent=True)
            # the row's figure beside its task: "Tổ chức phiên giao dịch việc làm (Chỉ tiêu 2026: 24 phiên)"
            cells = [(table.header[i], c.strip()) for i, c in enumerate(row.cells) if i not in used]
            figures = [f"{name}: {value}" for name, value in cells
                       if FIGURE_NOT_YEAR.search(value) and len(value) <= _FIGURE_CELL and not notes]
            task = f"{task} ({'; '.join(figures)})" if figures else task
            work.add_rows(leads, task, source, path, role=role or role_of(task), deadline=when or None,
                          partners=partners)
            work.add_rows(partners, task, source, path, role="phối hợp", deadline=when or None, partners=leads,
                          dated=False)


def _reassigned(status: str, leads: list[str], partners: list[str]) -> tuple[list[str], list[str]]:
    """The leads and partners of a row whose status hands its task to another lead ("Điều chỉnh: giao Sở X chủ trì
    thay Sở Y"): X leads, Y supports."""
    m = REASSIGNED_LEAD.search(status)
    new = listed_bodies(m["new"]) if m else []
    if m is None or not new:
        return leads, partners
    old = listed_bodies(m["old"])
    moved = [b for b in leads if any(same_agency(b, o) for o in old)]
    kept = [b for b in leads if b not in moved]
    partners = [p for p in partners if not any(same_agency(p, b) for b in new)]
    return [*new, *kept], [*moved, *partners]


def read_amendment_tables(root: Section, work: Extraction) -> None:
    """The duties an amendment's comparison table leaves in force, read as prose from each row's amended cell (the
    current one where it keeps that, none where it repeals it): the superseded text assigns nothing."""
    for path, table in iter_tables(root):
        columns = amendment_columns(table)
        if columns is None:
            continue
        current, amended = columns
        for row in table.rows:
            text = in_force(row.cells[current], row.cells[amended])
            if text and not _group_row(table, row):
                work.stated_duties([Block(line, row.start, row.end) for line in cell_lines(text)], path)


def read_response_tables(root: Section, work: Extraction) -> None:
    """The duties a comments report's responses put in force: the text each response quotes as the draft's new or
    kept wording ("Tiếp thu, đã chỉnh sửa khoản 2 Phần V như sau: “2. Sở Nội vụ - Chủ trì …”"), read as prose; a
    comment, a rejected proposal or a commenter assigns nothing."""
    for path, table in iter_tables(root):
        col = response_column(table)
        if col is None:
            continue
        for row in table.rows:
            for quoted in QUOTED_IN_FORCE.finditer(row.cells[col]):
                work.stated_duties([Block(line, row.start, row.end) for line in cell_lines(quoted["text"])], path)


# An item a flattened cell runs into the one before it: " - Chủ trì …" after a stop, a semicolon or a colon.
_RUN_IN_ITEM = re.compile(r"(?<=[.;:”\"])\s+(?=[-+•]\s)")
_NAME_DASH = re.compile(r"\s[-–]\s")


def cell_lines(text: str) -> list[str]:
    """The lines of a cell's text that a converter put on one line (a Word cell's paragraphs, a rendering's row):
    its items run in after a stop ("… thực hiện Kế hoạch. - Chủ trì …"), and the name of the body they belong to
    runs into the first by a dash ("1. Sở Nội vụ - Chủ trì, chỉ đạo …"; not the dash inside a name, "Sở Lao động -
    Thương binh và Xã hội", or inside a task, "cung - cầu")."""
    lines = _RUN_IN_ITEM.split(text.strip().strip("“”\"").strip())
    first = lines[0]
    for m in reversed(list(_NAME_DASH.finditer(first))):  # the longest name first
        if bare_agency(strip_marker(INSERTED_ITEM.sub("", first[:m.start()]))):
            return [first[:m.start()].strip(), f"- {first[m.end():].strip()}", *lines[1:]]
    return lines


# A cell short enough to be a figure with its unit ("24 phiên", "29.500 người"), not a sentence.
_FIGURE_CELL = 40


def _group_row(table: Table, row: Row) -> bool:
    """A group row merged across the table ("I | ĐÀO TẠO NGHỀ | ĐÀO TẠO NGHỀ | …"): a heading, no task."""
    values = {c.strip() for i, c in enumerate(row.cells) if i != table.ordinal_column}
    return len(values) == 1


def _read_matrix(table: Table, task_col: int, path: tuple[Section, ...], work: Extraction) -> None:
    """A responsibility matrix ("Nhiệm vụ | Sở Nội vụ | Tỉnh đoàn | … | Thời hạn", cells "C"/"P"): each task's
    row for the bodies marked to lead it, with those marked to coordinate as partners, and theirs."""
    time_col = table.column(_TIME)
    for row in table.rows:
        task = row.cells[task_col].strip()
        leads = [b for body in table.roles_in(row, "chủ trì") for b in listed_bodies(body)]
        partners = [b for body in table.roles_in(row, "phối hợp") for b in listed_bodies(body, lead=False)]
        if not task or not leads:
            continue
        when = (row.cells[time_col].strip() if time_col is not None else "") or None
        source = table.row_text(row, with_parent=True)
        work.add_rows(leads, task, source, path, role="chủ trì", deadline=when, partners=partners)
        work.add_rows(partners, task, source, path, role="phối hợp", deadline=when, partners=leads, dated=False)


def _read_members(table: Table, task_col: int, member_col: int, path: tuple[Section, ...], work: Extraction) -> None:
    """A committee's duties by member: each duty of a member's cell ("- Chủ trì …; - Phối hợp với Sở Tài chính …")
    a row of the body the member's post is in, in the role the duty opens with; the time cell is the deadline of
    a member's only duty (of several, which time is whose is not written)."""
    time_col = table.column(_TIME)
    for row in table.rows:
        post = MEMBER_POST.match(row.cells[member_col].strip())
        bodies = find_agencies(post.group("post"))[:1] if post else []
        duties = [d.strip(" ;.") for d in _DUTY.split(row.cells[task_col]) if d.strip(" ;.")]
        if not bodies or not duties:
            continue
        when = (row.cells[time_col].strip() if time_col is not None and len(duties) == 1 else "") or None
        source = table.row_text(row, with_parent=True)
        for duty in duties:
            work.add_rows(bodies, duty, source, path, deadline=when)


# Where a cell's next duty starts: a dash or bullet after the ";" or "." closing the one before, or at its start.
_DUTY = re.compile(r"(?:^|(?<=[;.])\s+)[-–•+]\s+")


def _body_column(table: Table) -> int | None:
    """A column labelled only "Đơn vị" or "Cơ quan" whose cells are mostly names of bodies."""
    col = table.column(_BODY)
    return col if col is not None and _names_bodies(table, col) else None


def _names_bodies(table: Table, col: int) -> bool:
    """Whether most filled cells of the column name bodies (not units, figures or totals: "03 trường")."""
    cells = [row.cells[col].strip() for row in table.rows if row.cells[col].strip()]
    named = [c for c in cells if looks_like_agency(c)]
    return bool(cells) and len(named) >= BODY_CELLS_SHARE * len(cells)


def table_targets(root: Section, plan_year: str, doc: str, plan: str) -> list[Target]:
    """Targets of every target table of a plan: one per row and year column with an amount."""
    out: list[Target] = []
    for path, table in iter_tables(root):
        indicator_col = table.column(_INDICATOR)
        columns = _target_columns(table, plan_year)
        if indicator_col is None or not columns:
            continue
        unit_col = table.column(UNIT_COLUMN)
        for row in table.rows:
            indicator = _indicator(table, row, indicator_col)
            if unit_col is not None:
                unit = row.cells[unit_col].strip()
            else:
                bracket = UNIT_IN_BRACKETS.search(indicator)  # without a unit column: "Tỷ lệ … (%)"
                unit = bracket.group("unit").strip() if bracket else ""
            for col, year in columns:
                target = _cell_target(row.cells[col], indicator, unit, year)
                if target:
                    value, unit_as_written, comparator, cell_year = target
                    out.append(Target(doc, plan, indicator, value, unit_as_written, comparator, cell_year,
                                      section=section_path(path), source=row.text))
    return out


def _target_columns(table: Table, plan_year: str) -> list[tuple[int, str]]:
    """(column, year) of the columns that hold targets: a year or a target word, not a result."""
    skip = {table.ordinal_column, table.label_column, table.column(_INDICATOR), table.column(UNIT_COLUMN)}
    out: list[tuple[int, str]] = []
    for i, label in enumerate(table.header):
        if i in skip or not label or _ACHIEVED.search(label):
            continue
        m = YEAR_SPAN.search(label)
        if m:
            out.append((i, f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)))
        elif _AIMED.search(label) and plan_year:
            out.append((i, plan_year))
    return out


def _indicator(table: Table, row: Row, col: int) -> str:
    """The row's indicator, after the one it details ("Tuyển sinh giáo dục nghề nghiệp: Trình độ cao đẳng")."""
    own = row.cells[col].strip()
    parent = table.parent(row)
    if parent is not None and parent.cells[col].strip():
        return f"{parent.cells[col].strip()}: {own}"
    return own


def _cell_target(cell: str, indicator: str, unit: str, year: str) -> tuple[str, str, str, str] | None:
    """(value, unit, comparator, year) of a target cell, or None when it holds no amount.

    The cell's own unit ("%", "tỷ đồng", "người/năm") wins over the column's;
    its own year ("75% (năm 2030)") over the column's.
    """
    m = _CELL_VALUE.search(cell)
    if not m or not indicator:
        return None
    a, b = m.group("a"), m.group("b")
    value = f"{a} - {b}" if b else a
    rest = cell[m.end():]
    multiplier = _MULTIPLIER.match(rest)
    if multiplier:
        value, rest = f"{value} {multiplier.group(1)}", rest[multiplier.end():]
    own_unit = "%" if (m.group("pct") or "").strip() else re.match(r"\s*([^\d()/|]*)", rest).group(1).strip()  # type: ignore[union-attr]
    unit = own_unit or unit[:1].lower() + unit[1:]
    if "/năm" in cell.replace(" ", "") and not unit.endswith("/năm"):
        unit = f"{unit}/năm"
    before = cell[:m.start()].strip()
    comparator = _SYMBOLS.get(before[-2:].strip()) or _SYMBOLS.get(before[-1:]) or comparator_of(before, rest, value)
    own_year = YEAR_SPAN.search(rest)
    if own_year:
        year = f"{own_year.group(1)}-{own_year.group(2)}" if own_year.group(2) else own_year.group(1)
    return value, unit, comparator, year
