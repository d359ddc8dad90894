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
  thành: …", and the "Chế độ (thông tin,) báo cáo" part, whatever marker
  heads it ("V.", "D.", "Phần V.", "PHẦN THỨ TƯ -", "Điều 5."). The role
  comes from how the task opens (chủ trì, phối hợp, "chủ trì hoặc phối hợp"
  as written, thường trực, else thực hiện; đề nghị for requested bodies);
  partners from every "phối hợp (với / cùng / của) …" list of the task and
  of its assignment line. A task under a grouping heading that names its own
  body ("- Tỉnh đoàn tổ chức …") is that body's; what a report's hub does
  ("… về Sở X để tổng hợp, báo cáo UBND tỉnh trước ngày 25/12") is the hub's.
  Assignment tables ("Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp
  | Thời gian hoàn thành | Sản phẩm"), wherever they stand, give a chủ trì
  row per lead body and a phối hợp row per partner body.
- **Deadlines**: what, who, when: dates ("trước ngày 15/6/2023"), months and
  quarters ("trong tháng 4", "Quý II/2025", "Thời gian thực hiện: Triển khai
  tháng 4, thực hiện trong cả năm 2023") and periods ("sơ kết 05 năm, tổng
  kết 10 năm", "định kỳ hàng quý"); a start ("Triển khai từ tháng 3/2025") is
  typed as such, never as the deadline.
- **Targets**: indicator, value, unit, comparator, year or period, scope,
  from the "Mục tiêu" / "Chỉ tiêu" parts ("230.000 lượt người",
  "40 - 45% học sinh tốt nghiệp THCS, THPT", "thất nghiệp thành thị dưới 4%")
  and from target tables (one target per row and year column: "Chỉ tiêu |
  Đơn vị | Thực hiện 2023 | Kế hoạch 2024").

Agencies are canonicalised (`index.agencies`), so any spelling of a body
finds its rows. Extraction relies on the structure of administrative plans,
never on particular files; a plan without a "Tổ chức thực hiện" part yields a
note instead of rows.

Export columns (`to_csv`):

- responsibilities: ``plan,agency,role,task,partners,deadline,section,source``
- deadlines: ``plan,agencies,what,when,date,kind,section,source`` (``date`` is
  ISO when the plan gives day, month and year; ``kind`` is date | month |
  quarter | year | period | start)
- targets: ``plan,indicator,value,unit,comparator,year,scope,section,source``
  (``comparator`` is one of = < > ≤ ≥ ≈, or ``range`` for a value "40 - 45")

List fields (partners, agencies) are joined with "; " in CSV and stay lists
in JSON. `extract_register` is pure; `Register` adds storage and queries.

Modules: `model` (rows, `Register`, CSV / JSON), `responsibilities` (who does
what), `deadlines` (by when), `targets` (what for), `tables` (assignment and
target tables), `extract` (one plan, and plan files).
"""

from index.register.deadlines import deadline_spans
from index.register.extract import build_register, extract_register
from index.register.model import (
    CSV_HEADERS,
    FORMAT_VERSION,
    KINDS,
    ROLES,
    Deadline,
    PlanRegister,
    Register,
    Responsibility,
    Target,
    fingerprint,
    to_csv,
    to_json,
)
from index.register.responsibilities import partners_of, role_of

__all__ = [
    "CSV_HEADERS",
    "FORMAT_VERSION",
    "KINDS",
    "ROLES",
    "Deadline",
    "PlanRegister",
    "Register",
    "Responsibility",
    "Target",
    "build_register",
    "deadline_spans",
    "extract_register",
    "fingerprint",
    "partners_of",
    "role_of",
    "to_csv",
    "to_json",
]
