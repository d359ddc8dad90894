"""The default answerer: quote the sentences that answer, no LLM needed.

Every retrieved passage is cut into units (lines, then sentences). Each unit
is scored by how much of the question's topic it covers (IDF-weighted folded
syllables, so accents do not matter), whether it holds the kind of fact the
question asks for (a number, a date, an agency), and how well its passage
ranked. The answer quotes the best units verbatim, prefixed by the plan and
section, because a quote cannot misstate a figure and the heading often holds
the fact itself ("4. Sở Tài chính").
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.provinces import SHORT_FORMS
from assistant.questions import (
    AGENCY,
    BASIS,
    DATE,
    DEFINITION,
    DOC_NUMBER,
    DOCUMENT_NOUN,
    FREQUENCY_MEASURE,
    ISSUE_DATE,
    LIST,
    MONEY_MEASURE,
    NUMBER,
    ORDINAL_MEASURE,
    PAST,
    PEOPLE_COUNT,
    PEOPLE_NOUNS,
    SHARE_MEASURE,
    SIGNER,
    SOURCE,
    STOPWORDS,
    VENUE,
    QuestionProfile,
    folded_syllables,
    is_instruction,
    recipient_bodies,
    same_body,
    typed_words,
)
from assistant.refusal import UNIT_SCORING, UnitScoring
from index.agencies import agency_key, find_agencies, find_agency_mentions
from index.chunking import SECTION_SEPARATOR, split_sentences
from index.glossary import read_in_full_with
from index.metadata import PlanMetadata, local_place
from index.normalize import canonical, fold_accents
from index.plan_scope import cites_document, dates_cited, document_references
from index.register.responsibilities import partners_of
from index.retriever import Passage, funding_sections
from index.structure import BASIS_TITLE, HEADER_TITLE, SIGNATURE_TITLE, Block
from index.tables import (
    CAPTION_UNIT,
    LABEL_PATH,
    UNIT_COLUMN,
    UNIT_NOTE,
    UNIT_NOTE_AFTER,
    is_header_row,
    is_table_row,
    row_label,
)
from index.vocab.dates import CITED_DOCUMENT as DATED_DOCUMENT
from index.vocab.dates import (
    DATE as DAY,
)
from index.vocab.dates import (
    EVERY_YEAR,
    FIGURE_NOT_YEAR,
    HORIZON,
    OPENING_YEAR,
    TIME_MENTION,
    YEAR,
    YEAR_SPAN,
    length_fit,
    numbered_items,
    one_year,
    quarters_named,
    year_spans,
    years_spanned,
)
from index.vocab.language import is_foreign_line
from index.vocab.markers import BULLET, STRUCTURAL_START, UPPER, strip_bullet
from index.vocab.phrases import (
    ANNOUNCES_ITEMS,
    ASKS_COMMENTS,
    CITED_BASIS,
    CITING_CLAUSE,
    COMMENT_COLUMN,
    CONTRIBUTED_TARGET,
    COUNT_CELL,
    DEFINES,
    DIRECTED_BODY,
    EXECUTES_DOCUMENT,
    FUNDING_HEADING,
    FUNDING_SOURCE,
    LEAD_CELL,
    PARTNERS_CELL,
    POST_FIELD,
    POST_HELD,
    PROPOSALS_PART,
    QUALIFIES_BEFORE,
    TIMED_SUBJECT,
    TOTAL_ROW,
    VENUE_MENTION,
    named_items_span,
    names_items,
)
from index.vocab.qualifiers import (
    GROUPS,
    asks_groups,
    bounded_otherwise,
    groups_named,
    named_qualifiers,
    names_level_only_with_others,
    names_qualifier,
)
from index.vocab.wording import BOUND_SYLLABLES

_AGENCY = re.compile(
    # not the regions "Bắc Trung Bộ", "Nam Bộ", "Bắc Bộ"
    r"\b(Sở|Phòng|Ban|(?<!Trung )(?<!Bắc )(?<!Nam )Bộ|UBND|Ủy ban|Uỷ ban|Liên đoàn|Hội|Hiệp hội|Thành Đoàn|"
    r"Tỉnh Đoàn|Đoàn|Trung tâm|Cục|Chi cục|Văn phòng|Công an|Bảo hiểm|Ngân hàng|Đài|Báo|Cơ quan|Trường)\b"
)
# Lines that state who, when or how much for the item they close.
_ASSIGNMENT = re.compile(
    rf"(?:{BULLET.pattern})?\s*(Phân công|Thời gian|Thời hạn|Kinh phí|Đơn vị|Cơ quan) [^:]{{0,40}}:"
)

# A task's own funding line: "- Nguồn kinh phí: Ngân sách tỉnh và xã hội hóa.", "Kinh phí thực hiện: …".
_FUNDING_LINE = re.compile(rf"(?:{BULLET.pattern})?\s*(?:Nguồn )?(?:[Kk]inh phí|vốn)[^:.]{{0,40}}:")

# Sizes of a quote (the weights of the unit score are ``refusal.UnitScoring``).
MAX_UNITS = 3
MAX_ITEMS = 8  # items of an enumeration quoted after its lead
NAMED_LIST_SHARE = 0.5  # a heading over plain sentences leads a list when it holds this share of the question's topic
# A list question quotes a whole enumeration of at most this many lines (``qa.with_enumeration``).
LIST_SECTION_UNITS = 10


class TermWeights:
    """IDF of folded syllables over the indexed chunks: rare words weigh more."""

    def __init__(self, texts: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            df.update(set(folded_syllables(text)))
        self._df = df
        self._n = max(n, 1)

    def idf(self, term: str) -> float:
        return math.log((self._n + 1) / (self._df.get(term, 0) + 0.5))


# A row's own unit cell ("| Đơn vị tính: người |").
_ROW_UNIT = re.compile(r"\|\s*(?:đơn vị(?: tính)?|đvt)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A line or sentence of a passage: the smallest thing an answer quotes."""

    passage: Passage
    text: str
    position: int
    is_heading: bool = False
    commented: bool = False  # read from a comment cell of a table ("Nội dung góp ý: …"): proposed, not in force
    # the year its paragraph opens with, for a later sentence of it ("Năm 2024, … ước đạt 63,8%. | Tuy nhiên, … mới
    # đạt 28,6%"): the period it speaks of, not its plan's year
    paragraph_year: int | None = None
    # the sentences of its paragraph before a lead announcing items ("Ủy ban nhân dân cấp xã … gửi hồ sơ về Sở … |
    # Hồ sơ gồm:"): what the lead's list is of
    lead_in: str = ""

    @functools.cached_property
    def reading(self) -> str:
        """The text as it is matched: the abbreviations its plan coins read in full ("SNV" as "Sở Nội vụ",
        ``index.glossary``), and a table row with the unit its caption gives all its figures ("Biểu 2. Phân kỳ kinh
        phí … Đơn vị tính: tỷ đồng" over "Trong đó: ngân sách tỉnh | Năm 2028: 26,3"); the text itself is what is
        quoted."""
        text = read_in_full_with(self.text, self.passage.document.abbreviations)
        if is_read_aloud(self.text) and not _ROW_UNIT.search(text) and (
                unit := CAPTION_UNIT.search(table_caption(self.passage))):
            return f"{text} | Đơn vị tính: {unit['unit']}"
        return text


@dataclass(frozen=True)
class ScoredUnit:
    unit: Unit
    score: float
    coverage: float


def heading_lines(passage: Passage) -> int:
    """How many leading lines of the chunk text are its heading path."""
    lines = passage.text.split("\n")
    count = 0
    for component, line in zip(passage.section.split(SECTION_SEPARATOR), lines):
        prefix = component.rstrip("…").strip()[:40]
        if not prefix or not line.strip().startswith(prefix):
            break
        count += 1
    return count


def continues_cut_item(passage: Passage) -> bool:
    """Whether a chunk goes on with a long item another chunk opens: its own heading line is cut short ("…")."""
    count = heading_lines(passage)
    return bool(count) and passage.text.split("\n")[count - 1].rstrip().endswith("…")


RESUMED_CHARS = 30  # the opening of a chunk's rest, found inside its cut heading line, that says where it resumes


def passage_units(passage: Passage) -> list[Unit]:
    """The passage's own heading and body as lines, long lines split into sentences.

    The own heading is a unit too: an item such as "1. Tuyển sinh … 230.000
    lượt người" is a heading whose text is the whole fact.
    """
    skip = heading_lines(passage)
    lines = passage.text.split("\n")[max(skip - 1, 0):]
    # a long heading cut short in the path line, over a chunk of its paragraph's rest that goes on from the cut ("…
    # Khuyến khích các địa phương…" / "Khuyến khích các địa phương bố trí …"): that rest is the heading too
    cut = lines[0].rstrip() if skip and len(lines) > 1 and lines[0].rstrip().endswith("…") else ""
    last = split_sentences(Block(cut, 0, len(cut)))[-1].text.strip() if cut else ""
    goes_on = len(last) > 20 and not repeats(cut, lines[1]) and repeats(last, lines[1])
    resumes = next((m.start() for m in re.finditer(re.escape(lines[1][:RESUMED_CHARS]), cut)
                    if lines[1].startswith(cut[m.start():].rstrip("…").rstrip())), -1) \
        if cut and len(lines[1]) > RESUMED_CHARS and not goes_on else -1
    if resumes > 0:
        # the rest resumes inside the cut line, past a clause of its own ("1. Chỉ tiêu …: tuyển sinh 42.300 người
        # (…); | đào tạo nghề cho 13.000 …"): the heading up to there is whole, a unit to quote
        lines[0] = cut[:resumes].rstrip()
    units: list[Unit] = []
    previous = ""
    # a table's unit note ("(Đơn vị tính: đồng/người/khóa học)") belongs to each of its rows read aloud
    note = next((m["unit"] for line in lines if (m := UNIT_NOTE.match(line) or UNIT_NOTE_AFTER.search(line))), "")
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if is_table_row(line.strip()) and (is_read_aloud(previous) or is_header_row(line.strip())):
            continue  # the raw row repeats the row read aloud just above it; a header row states nothing
        previous = line.strip()
        is_heading = skip > 0 and (number == 0 or goes_on and number == 1)
        if note and is_read_aloud(line) and not any(re.match(UNIT_COLUMN, c.split(":")[0].strip(), re.IGNORECASE)
                                                     for c in line.split(" | ")[1:]):
            line = f"{line} | Đơn vị tính: {note}"
        comments = comment_spans(line) if is_read_aloud(line) else []
        opening = OPENING_YEAR.match(line.strip())
        for block in split_sentences(Block(line, 0, len(line))):
            text = block.text.strip()
            # a long heading repeated above its continuation is cut ("… Trưởng phòng Việc làm - Giáo dục…"): its
            # cut sentence is no sentence of the plan, and would stand in for the whole one the chunk before holds
            cut_short = is_heading and text.endswith("…") and line.rstrip().endswith("…")
            # never quote a command planted in a plan, nor a bilingual plan's English beside its Vietnamese
            if len(text) > 2 and not cut_short and not is_instruction(text) and not is_foreign_line(text):
                units.append(Unit(passage, text, len(units), is_heading,
                                  commented=any(block.end <= z for a, z in comments if block.start < z),
                                  paragraph_year=int(opening[1]) if opening and block.start > 0 else None,
                                  lead_in=line[:block.start].strip() if ANNOUNCES_ITEMS.search(text) else ""))
    return units


def comment_spans(line: str) -> list[tuple[int, int]]:
    """Where a row read aloud holds comments ("Sở Nội vụ | Nội dung góp ý: … | Ý kiến tiếp thu, giải trình: …"):
    the spans of its cells named as comments, whose sentences propose what the text in force may not say."""
    starts = [0, *(m.end() for m in re.finditer(r" \| ", line))]
    return [(start, end - 3) for start, end in zip(starts, [*starts[1:], len(line) + 3])
            if is_comment_cell(line[start:end - 3])]


def is_comment_cell(cell: str) -> bool:
    """A cell read aloud under a comments column: "Nội dung góp ý: …", "Ý kiến thẩm định: …"."""
    name, colon, _ = cell.partition(":")
    return bool(colon) and bool(re.search(COMMENT_COLUMN, name, re.IGNORECASE))


def asks_comments(profile: QuestionProfile) -> bool:
    """Whether a question asks about the comments a draft received, not the text in force ("… góp ý gì", "… đề nghị
    nâng lên bao nhiêu")."""
    return bool(ASKS_COMMENTS.search(" ".join(profile.keywords)))


def is_read_aloud(line: str) -> bool:
    """A table row read aloud ("Tuyển sinh | Đơn vị: người | Năm 2025: 3.500"), not the raw row."""
    return " | " in line and not is_table_row(line)


def heading_context(passage: Passage, quoted: list[Unit]) -> str:
    """Where the quote stands, for the answer's opening.

    The full own heading (the path shortens long ones) unless the quote is
    that heading, then the path above it.
    """
    path = passage.section.split(SECTION_SEPARATOR) if passage.section else []
    if any(u.is_heading for u in quoted) or not path:
        return SECTION_SEPARATOR.join(path[:-1])
    skip = heading_lines(passage)
    return passage.text.split("\n")[skip - 1].strip() if skip else path[-1]


def leaf_heading(passage: Passage) -> str:
    return passage.section.split(SECTION_SEPARATOR)[-1].strip() if passage.section else ""


def own_heading(passage: Passage) -> str:
    """The passage's own heading as the plan writes it: the section path shortens a long one ("7. Chủ trì … được…")
    and cuts off the words that say what it lists."""
    count = heading_lines(passage)
    return passage.text.split("\n")[count - 1].strip() if count else leaf_heading(passage)


_KIND_PATTERNS = {NUMBER: FIGURE_NOT_YEAR, DATE: TIME_MENTION, AGENCY: _AGENCY, SOURCE: FUNDING_SOURCE,
                  DEFINITION: DEFINES, VENUE: VENUE_MENTION}
# Facts about the plan itself, and the part of the plan that states them.
_OWN_PART = {SIGNER: SIGNATURE_TITLE, DOC_NUMBER: HEADER_TITLE, ISSUE_DATE: HEADER_TITLE}


# A heading's number ("13- Các cơ sở", "1.2. Tổ chức") at the start of a text or of a path component.
_HEADING_NUMBER = re.compile(rf"(?:^|(?<={SECTION_SEPARATOR}))\s*\d{{1,2}}(?:\.\d{{1,2}})*\s*[.\-–)]?\s+(?=[{UPPER}])")


def without_heading_number(text: str) -> str:
    """A text without its heading's number ("3. Ngân sách cấp huyện: 4,2 tỷ đồng" → "Ngân sách …"), no figure of it."""
    return _HEADING_NUMBER.sub(" ", text)


def kinds_in(text: str, profile: QuestionProfile) -> set[str]:
    """Which of the facts the question wants this text holds; a heading's number is no figure, nor a cited
    document's number or a day, nor a figure in another measure than the one asked ("04 phóng sự" for "bao nhiêu
    kinh phí"), nor a time coarser than the one asked ("năm 2023" for "tháng mấy"), nor a cited document's date
    unless what the plan implements is asked."""
    text = without_heading_number(text)
    uncited = DATED_DOCUMENT.sub(" ", text)
    figures = DAY.sub(" ", uncited) if profile.wants(NUMBER) else ""  # "Kế hoạch số 219/KH-UBND ngày 04/12/2018"
    found = {kind for kind, pattern in _KIND_PATTERNS.items()
             if profile.wants(kind) and pattern.search(figures if kind == NUMBER else text)}
    if profile.measure in (ORDINAL_MEASURE, FREQUENCY_MEASURE) and re.search(profile.measure, uncited):
        found.add(NUMBER)  # "lần thứ mấy": "… quốc gia lần thứ 13"; "bao lâu một lần": "định kỳ hằng quý", no figure
    if DATE in found and not profile.wants(BASIS) and not TIME_MENTION.search(uncited):
        found.discard(DATE)  # the date of a document cited ("Kế hoạch số 316-KH/TU, ngày 23/4/2025") is no deadline
    if DATE in found and profile.deadline and is_read_aloud(text) and not any(
            TIME_MENTION.search(cell.split(":", 1)[-1]) for cell in uncited.split(" | ")):
        found.discard(DATE)  # a row's years only head its columns ("Mục tiêu Năm 2025: 12"): which figure, no time due
    if profile.body and profile.wants(AGENCY):  # "trường nào": a school, named in lower case too; a Sở is none
        found = found - {AGENCY} | ({AGENCY} if _bodies_asked(text, profile) else set())
    if AGENCY in found and executes_document(text, profile):
        found.discard(AGENCY)
    if AGENCY in found and profile.to_whom and not recipient_bodies(text):
        found.discard(AGENCY)  # "gửi cho ai": the body a line sends to, not the one that leads the work
    # "những nghề nào": the names (or the lead over them), not a count of them; a table row's items are
    # those of its own label, not a role cell's bodies ("… | Cơ quan phối hợp: Sở Tài chính; Sở Nội vụ")
    named = text.split(" | ", 1)[0] if is_read_aloud(text) else text
    if profile.wants(LIST) and (names_items(named) or ANNOUNCES_ITEMS.search(named)):
        found.add(LIST)
    if profile.wants(LIST) and asks_groups(profile.listed) and len(groups_named(named)) >= 2:
        found.add(LIST)  # "những nhóm người nào": "… hộ nghèo, hộ cận nghèo, người dân tộc thiểu số, người khuyết tật"
    if profile.wants(LIST) and profile.wants(SOURCE) and len(FUNDING_SOURCE.findall(named)) >= 2:
        found.add(LIST)  # "từ những nguồn nào": "… từ nguồn ngân sách nhà nước …, nguồn vốn các chương trình … và …"
    if profile.when and not re.search(profile.when, text if profile.wants(BASIS) else uncited, re.IGNORECASE):
        found.discard(DATE)  # "năm 2023" for "tháng mấy"; a cited document's day for "ngày nào"
    if NUMBER in found and profile.bound and bounded_otherwise(text, profile.bound):
        found.discard(NUMBER)  # "tối thiểu 25 tỷ đồng" for "vay tối đa bao nhiêu": a floor, not the ceiling asked
    return found if has_measure(text, profile) else found - {NUMBER}


def executes_document(text: str, profile: QuestionProfile) -> bool:
    """Whether the text is a decision's closing clause ("… chịu trách nhiệm thi hành Quyết định này") and the question
    asks of some task, not of executing the decision: its bodies execute the whole, they are assigned no task asked
    ("phòng nào bố trí ký túc xá"), nor is its article's heading, which opens the clause."""
    return bool(EXECUTES_DOCUMENT.search(text)) and "thi hanh" not in " ".join(profile.words)


def facts_in(text: str, profile: QuestionProfile) -> set[str]:
    """The facts of the wanted kinds the text states, by value ("3.500", "quý II/2025", "Sở Tài chính"):
    two table rows hold the same kind of fact, never the same one."""
    wanted = [(kind, pattern) for kind, pattern in _KIND_PATTERNS.items() if kind != AGENCY and profile.wants(kind)]
    found = {f"{kind}:{m.group(0)}" for kind, pattern in wanted for m in pattern.finditer(text)}
    if profile.wants(NUMBER) and profile.measure in (ORDINAL_MEASURE, FREQUENCY_MEASURE):
        found |= {f"{NUMBER}:{m.group(0)}" for m in re.finditer(profile.measure, text)}  # "lần thứ 13", "hằng quý"
    if profile.wants(AGENCY):
        found |= {f"{AGENCY}:{agency_key(a)}" for a in _bodies_asked(text, profile)}
    return found


def _bodies_asked(text: str, profile: QuestionProfile) -> list[str]:
    """The bodies a text names, of the kind the question asks for when it names one ("trường nào": schools,
    "các trường cao đẳng" among them)."""
    found = find_agencies(text)
    if not profile.body:
        return found
    kind = [a for a in found if re.match(rf"(?:cac |nhung )?{profile.body}\b", fold_accents(a).lower())]
    # a list that names its head once: "các trung tâm: Giáo dục nghề nghiệp Yên Thế, Dịch vụ việc làm"
    for m in _HEAD_ONCE.finditer(text):
        if fold_accents(m.group(1)).lower() == profile.body:
            kind += [f"{m.group(1).capitalize()} {item.strip()}" for item in m.group(2).split(",") if item.strip()]
    return kind


_HEAD_ONCE = re.compile(r"\b(?:các|những)\s+(\w+(?:\s+\w+)?)\s*:\s*([^;.]+)", re.IGNORECASE)


def kind_bonus(unit: Unit, heading: str, profile: QuestionProfile, scoring: UnitScoring = UNIT_SCORING) -> float:
    found = kinds_in(unit.reading, profile)
    if NUMBER in found and CONTRIBUTED_TARGET.search(unit.text):
        found.discard(NUMBER)  # another document's target the plan contributes to is not the plan's own figure
    bonus = scoring.type_bonus * len(found)
    if AGENCY not in found and AGENCY in kinds_in(heading, profile) and not executes_document(unit.text, profile):
        bonus += scoring.type_bonus * scoring.heading_credit
    if profile.wants(BASIS) and (unit.passage.section in (HEADER_TITLE, BASIS_TITLE)
                                 or CITING_CLAUSE.match(unit.text) and not unit.is_heading):
        # what a plan implements is stated in its title and legal basis, and where its purpose cites what it makes
        # concrete ("Cụ thể hóa Kế hoạch số 142/KH-UBND …, Công văn số 1875/SGDĐT-GDNN …")
        bonus += scoring.type_bonus
    elif unit.passage.section in own_parts(profile):
        bonus += scoring.type_bonus
    elif asks_plans_money(profile) and funding_sections([unit.passage.section]):
        bonus += scoring.type_bonus  # where the money comes from is the funding part's business, not a Sở's duty
    return bonus


def asks_plans_money(profile: QuestionProfile) -> bool:
    """Whether a question asks where the plan's money comes from, which its funding part says; not the money of
    one body's work it asks of ("Sở Công Thương hỗ trợ đào tạo nghề ở làng nghề lấy kinh phí từ đâu": that body's
    item says, "… từ nguồn kinh phí khuyến công")."""
    return profile.wants(SOURCE) and not profile.actors


def own_parts(profile: QuestionProfile) -> set[str]:
    """The parts that state the facts about the plan itself the question asks for (signer, number, date)."""
    return {part for kind, part in _OWN_PART.items() if profile.wants(kind)}


def answers_from(passage: Passage, profile: QuestionProfile) -> bool:
    """Whether the passage may answer: a question about the plan's own signer, number or
    issue date is never answered from its legal basis, whose lines sign and date other
    documents, unless it asks about the document the plan implements; a figure or a time is never
    answered from the recipients and signature (nor from what a printed web page adds after them), nor where
    the money comes from from the header.
    """
    if passage.section == SIGNATURE_TITLE and profile.kinds & {NUMBER, DATE} and not profile.wants(SIGNER):
        return False
    if passage.section in (HEADER_TITLE, SIGNATURE_TITLE) and profile.wants(SOURCE):
        return False  # the header and the signature name the plan and who signs it, never where money comes from
    return not (own_parts(profile) and not profile.wants(BASIS) and passage.section == BASIS_TITLE)


def year_ok(passage: Passage, years: tuple[int, ...]) -> bool:
    """A question about a year needs a passage that speaks of that year.

    "đến năm 2025" cannot be answered by a plan that only sets 2023 targets;
    the plan's own year counts ("Kế hoạch năm 2023").
    """
    if not years:
        return True
    haystack = passage.text + " " + passage.document.title
    plan_year = passage.document.year
    return any(str(y) in haystack or y == plan_year for y in years)


def period_fits(unit: Unit, years: tuple[int, ...]) -> bool:
    """Whether a unit can speak of the asked years: the years its text names, else its heading path's (else its
    plan's title's), include one asked (a span asked counts whole), or none is named.

    A sentence under "a) Đến năm 2025" does not answer about 2030, nor one under
    "Phần I. Kết quả thực hiện năm 2023" about the plan's 2024 targets, however
    well its words match. A yearly figure ("hằng năm") holds for every year from its plan's own to the last it
    names.
    """
    if not years:
        return True
    # A unit's own years are its period ("Năm 2025, toàn phường giải quyết việc làm cho 1.138 lao động" under "II.
    # TÌNH HÌNH VÀ CHỈ TIÊU NĂM 2026" reports 2025), else its heading's; a unit naming no year, and under no
    # dated heading, speaks of its plan's year when the plan is for one year ("… năm 2025").
    # … unless the chunk carries on a long item cut short above it: the item's opening, with its years, is in the
    # chunk before ("c) Giao Trung tâm …;…" / "tư vấn cho ít nhất 15.000 lượt người." of "… năm 2027"), unknown here
    # (the chunk's lines are read only when the title has a year to lend: a hot path)
    named = years_spanned(unit.text) or ({unit.paragraph_year} if unit.paragraph_year else set()) or heading_years(
        unit.passage.section, unit.text) or (
        titled if (titled := one_year(unit.passage.document.title)) and not continues_cut_item(unit.passage)
        else set())
    if named and EVERY_YEAR.search(unit.text):  # "Phấn đấu hằng năm thu hút 20.000 … vào năm 2030": each year to 2030
        # from its plan's own year: a plan of 2025 sets nothing for 2024, unless the unit names that year itself
        start = unit.passage.document.year
        return any(y in named for y in years) or min(years) <= max(named) and not (start and min(years) < start)
    return not named or any(min(years) <= y <= max(years) for y in named)


def names_period_asked(unit: Unit, asked: tuple[int, ...], profile: QuestionProfile) -> bool:
    """Whether a unit names the period asked itself, within a plan for several years: a year asked on its own in
    its text; a span asked ("giai đoạn 2026-2028") written as that span in its text or its nearest dated heading
    ("a) Giai đoạn 2026 - 2028"), never one year of it (the row "2028 | …" of a yearly table is no figure of the
    three years). A year asked alone is named by a heading of that year alone ("2.2. Năm 2027"), or by a milestone
    before the plan's last year ("1. Đến hết năm 2026" in a plan for 2026 - 2027), not by one reaching to its end
    ("1. Chỉ tiêu chung đến hết năm 2027": both years together); a horizon asked is the plan's usual target heading,
    which names no specific part of it."""
    span = [y for y in asked if y not in profile.lone_years]
    heading = _dated_heading(unit.passage.section, unit.text)
    if len(span) >= 2:
        asked_span = (min(span), max(span))
        return any(_spans(text) and asked_span in _spans(text) for text in (unit.text, heading))
    return any(int(y) in asked for y in YEAR.findall(unit.text)) or (
        len(asked) == 1 and asked[0] not in profile.horizon_years and years_spanned(heading) == set(asked)
        and (not HORIZON.search(heading) or asked[0] < max(years_spanned(unit.passage.document.title))))


def _spans(text: str) -> set[tuple[int, int]]:
    """The spans of years a text writes ("giai đoạn 2026 - 2028" → (2026, 2028))."""
    return {(int(m[1]), int(m[2])) for m in YEAR_SPAN.finditer(text) if m[2]}


def _dated_heading(section: str, own: str = "") -> str:
    """The nearest heading of a path that names a year, "" when none does (the unit itself, when it is the last
    heading, is skipped: ``heading_years``)."""
    for heading in reversed(section.split(SECTION_SEPARATOR)):
        if own and own.startswith(heading.rstrip("…").rstrip()):
            continue
        if years_spanned(heading):
            return heading
    return ""


def heading_years(section: str, own: str = "") -> set[int]:
    """The years of the nearest heading of a path that names any: "3. Mục tiêu năm 2025 và định hướng đến
    năm 2030 › 3.3. Định hướng đến năm 2030" speaks of 2030, not of 2025 too. A unit that is itself the
    last heading ("1. Tuyển sinh … 39.600 người, tăng 7,2% so với năm 2024") is dated by the one above."""
    return years_spanned(_dated_heading(section, own))


def years_beside_plan(profile: QuestionProfile, plan: PlanMetadata) -> tuple[int, ...]:
    """The question's years less those that name the plan (its year, a year of its title):
    "Kế hoạch … năm 2025 …, năm 2023 đạt bao nhiêu?" asks about 2023. A year of the title's period written on its
    own is asked: "chiến lược giai đoạn 2021-2030, đến năm 2030 đạt bao nhiêu?" asks about 2030; so is a span
    other than the title's: "giai đoạn 2026-2028" of a plan for 2026 - 2030 asks about its first three years."""
    span = [y for y in profile.years if y not in profile.lone_years]
    title = year_spans(plan.title)
    own_span = len(span) >= 2 and set(range(min(span), max(span) + 1)) not in [*title, set().union(*title)]
    return tuple(y for y in profile.years if own_span and y in span
                 or y != plan.year and (str(y) not in plan.title or y in profile.lone_years))


def years_asked(profile: QuestionProfile, plan: PlanMetadata) -> tuple[int, ...]:
    """The period a question asks about: its years beside the plan's, else the plan's own it names."""
    return years_beside_plan(profile, plan) or profile.years


def before_plan(unit: Unit) -> bool:
    """Whether a unit speaks only of years before its plan's own period: results it reports, not targets.

    "Tỷ lệ … có việc làm sau học nghề đạt 78,6%" under "I. Kết quả giai đoạn
    2014-2018" does not answer "phấn đấu đạt bao nhiêu" in a 2019-2023 plan.
    """
    period = plan_period(unit.passage.document)
    named = years_spanned(unit.text) | years_spanned(unit.passage.section)
    return bool(period and named) and max(named) < min(period)


def plan_period(plan: PlanMetadata) -> set[int]:
    """The years a plan is for: its title's span, else its own year."""
    return years_spanned(plan.title) or ({plan.year} if plan.year else set())


def ahead_of_plan(unit: Unit) -> bool:
    """Whether a unit's own text speaks only of years after its plan's first: a target ("đến năm 2028, 100% trường
    CĐ …"), not the state now or a result reached, in a plan for 2026 - 2030."""
    period = plan_period(unit.passage.document)
    named = years_spanned(unit.text)
    return bool(period and named) and min(named) > min(period)


# A token of a label holding a figure: a document's number or date ("238/KH-UBND", "07/03/2023", "2023").
_LABEL_REFERENCE = re.compile(r"\S*\d\S*")


def plan_identifiers(plan: PlanMetadata) -> set[str]:
    """Folded words that name a plan (its type, number, the documents and dates its label cites, province
    and its short forms, issuer), not a topic. A title's words are topic words ("giáo dục nghề nghiệp"):
    a question names a plan by them only right after "kế hoạch" (``QuestionProfile.naming``)."""
    return _plan_names(plan) | _issuer_words(plan)


def _plan_names(plan: PlanMetadata) -> set[str]:
    """The words that name a plan wherever a question writes them: its type, number, the references of its label,
    its province and short forms, its issuer's initialisms."""
    province = fold_accents(plan.province)
    short = " ".join(form for form, name in SHORT_FORMS.items() if name == province)
    references = " ".join(_LABEL_REFERENCE.findall(plan.label))
    return set(folded_syllables(" ".join((plan.doc_type, plan.issues, references, plan.number, plan.province,
                                          short)))) | initialisms(plan.issuer)


def _issuer_words(plan: PlanMetadata) -> set[str]:
    """The issuer's words; the level of its issuing council ("Ủy ban nhân dân tỉnh …") names no plan: "ngân sách
    tỉnh góp bao nhiêu" asks of a level (not so the "xã" of "Lao động - Thương binh và Xã hội"); nor does a group
    its name holds ("phụ nữ" of the Hội Liên hiệp Phụ nữ, "thanh niên"), which its plan is about: "Cuộc thi “Phụ
    nữ Quế Dương khởi nghiệp”" names a contest, not the Women's Union's plan."""
    return set(_naming_issuer_words(plan.issuer))


@functools.lru_cache(maxsize=256)
def _naming_issuer_words(issuer: str) -> frozenset[str]:
    """``_issuer_words`` of an issuer, read once per issuer (every passage's topic asks it)."""
    folded = " ".join(folded_syllables(issuer))
    level = {w for m in _COUNCIL_LEVEL.finditer(folded) for w in m["level"].split()}
    groups = {w for name in GROUPS if re.search(rf"\b{' '.join(folded_syllables(name))}\b", folded)
              for w in folded_syllables(name)}
    return frozenset(set(folded_syllables(issuer)) - level - groups)


# A question names a plan's issuer by a run of this many of the plan's naming words at least ("trường cao đẳng KTCN
# Hoàng Phúc"); fewer are words of its topic that the issuer's name happens to hold ("hệ cao đẳng").
ISSUER_RUN = 3


def plan_naming_words(plan: PlanMetadata, words: tuple[str, ...]) -> set[str]:
    """The words of a question (its topic ``words`` in order) that name ``plan``: its type, number, province and
    initialisms wherever they stand; its issuer's other words only where the question names the issuer, in a run of
    ``ISSUER_RUN`` naming words or more, and nowhere else: "học phí trường CĐ KTCN Hoàng Phúc … hệ cao đẳng" asks of
    the level, "lao động nông thôn" asked of the Sở Lao động's plan of rural workers."""
    names, issuer = _plan_names(plan), _issuer_words(plan)
    every = names | issuer
    if not words:
        return every
    # a commune's or district's plan named by its place at its level ("xã Tân Phong" of the commune's plan); the name
    # alone ("của Đồng Sa": the Hợp tác xã Quế Hồi Đồng Sa too) or at another level ("thị trấn Kim Điền" in huyện Kim
    # Điền's plan) is a word of the topic
    place = tuple(folded_syllables(local_place(plan)))
    if place and any(words[i:i + len(place)] == place for i in range(len(words))):
        names = names | set(place)
    naming: set[str] = set()
    elsewhere: set[str] = set()
    run: list[str] = []
    described = _described_by_title(plan, words)
    for k, word in enumerate((*words, "")):
        if word and (word in every or k in described):
            run.append(word)
            continue
        (naming if len(run) >= ISSUER_RUN else elsewhere).update(run)
        elsewhere.add(word)
        run = []
    return names | (((issuer - names) & naming) | {words[k] for k in described}) - elsewhere


# How near the plan's number the "về" opening its description stands: "KH 177 năm 2025 về …" (the number, "năm" and
# a year between).
_DESCRIPTION_NEAR = 4


def _described_by_title(plan: PlanMetadata, words: tuple[str, ...]) -> set[int]:
    """Where a question describes a plan by its title's words right after its number ("KH 177 năm 2025 về đào tạo
    nghề cho lao động nông thôn"): those words name the plan, no part of what is asked of it. A run of
    ``ISSUER_RUN`` title words at least, after a "về" that follows the plan's number closely."""
    number = plan.number.split("/")[0].strip()
    title = set(folded_syllables(plan.title))
    if not number or not title:
        return set()
    out: set[int] = set()
    for k, word in enumerate(words):
        if word != "ve" or number not in words[max(0, k - _DESCRIPTION_NEAR):k]:
            continue
        end = k + 1
        while end < len(words) and words[end] in title:
            end += 1
        if end - k - 1 >= ISSUER_RUN:
            out.update(range(k + 1, end))
    return out


def initialisms(name: str) -> set[str]:
    """The initialisms a name may be shortened to, folded: the first letters of each run of three or more of its
    syllables ("Trường Cao đẳng Kỹ thuật - Công nghệ Hoàng Phúc": "ktcn", "cdktcn", …), as a question writes "trường
    CĐ KTCN Hoàng Phúc" for its issuer. Shorter runs are left out: two letters are often a syllable themselves."""
    syllables = folded_syllables(name)
    return {"".join(s[0] for s in syllables[i:j]) for i in range(len(syllables))
            for j in range(i + 3, len(syllables) + 1)}


# A council and its level in a folded issuer: "uy ban nhan dan tinh", "ubnd thanh pho", "hoi dong nhan dan huyen".
_COUNCIL_LEVEL = re.compile(r"\b(?:nhan dan|ubnd|hdnd) (?P<level>tinh|thanh pho|huyen|xa)\b")


# "Kế hoạch … ban hành năm 2025": how a question names a plan by its issue, not what it asks.
_ISSUE_WORDS = frozenset({"ban", "hanh"})


def topic_keywords(profile: QuestionProfile, passage: Passage) -> list[str]:
    """The question's words that are about the topic, not about which plan.

    Words naming the plan say where to look; the passage's plan already
    satisfies them. Years are checked separately (``year_ok``).
    """
    return plan_topic_keywords(profile, passage.document)


def plan_topic_keywords(profile: QuestionProfile, plan: PlanMetadata) -> list[str]:
    """``topic_keywords`` of a question asked of ``plan``."""
    title = set(folded_syllables(plan.title))
    identifiers = plan_naming_words(plan, profile.words)
    # "kế hoạch thực hiện nghị quyết 06 về thị trường lao động" names this plan, up to "dùng nguồn …"; a word
    # it names the plan with that the question also asks of elsewhere ("… thu hút bao nhiêu lao động") stays.
    # Its issuer names it too, in full or by its number's code ("Kế hoạch 177/KH-UBND về đào tạo nghề …").
    issuer = _issuer_words(plan)
    naming: set[str] = set()
    elsewhere = set(profile.naming[0]) if profile.naming else set()
    spanned = years_spanned(plan.title)
    for words in profile.naming[1:]:
        if spanned and any(YEAR.fullmatch(w) and int(w) not in spanned for w in words):
            # "kế hoạch giải quyết việc làm và đào tạo nghề năm 2027" asked of a report on 2026's: another year's
            # plan, the report's topic, not its name
            elsewhere |= set(words)
            continue
        end = next((i for i, word in enumerate(words) if word not in title and not (
            word in STOPWORDS or word in identifiers or word in issuer or word in _ISSUE_WORDS
            or any(c.isdigit() for c in word))),
            len(words))
        naming |= set(words[:end])
        elsewhere |= set(words[end:])
    drop = identifiers | {str(y) for y in profile.years} | (naming - elsewhere)
    if profile.wants(BASIS):
        drop |= DOCUMENT_NOUN  # "thực hiện những văn bản nào": the noun asked, which the basis never says
    keywords = [k for k in profile.keywords if k not in drop]
    return keywords or list(profile.keywords)


def score_units(
    passages: list[Passage],
    profile: QuestionProfile,
    weights: TermWeights,
    facts: dict[str, frozenset[str]] | None = None,
    fact_key=None,
    scoring: UnitScoring = UNIT_SCORING,
) -> list[ScoredUnit]:
    """Every unit of the passages, scored against the question.

    ``facts`` (from the register, by kind) and ``fact_key`` mark the
    sentences the register read as a target, deadline or assignment.
    """
    wanted_facts = [facts[k] for k in profile.kinds if facts and k in facts]
    if not passages:
        return []
    comments_asked = asks_comments(profile)
    top = max(p.score for p in passages) or 1.0
    scored: list[ScoredUnit] = []
    seen: dict[str, int] = {}  # a unit's opening → its place in ``scored``
    # A figure asked with no year and no word of past results is a target of the plan's own period; one asked of
    # now ("hiện nay có bao nhiêu trường") or of results, with no year, is no target ahead.
    targets_only = profile.wants(NUMBER) and not profile.years and not profile.wants(PAST)
    results_only = profile.wants(NUMBER) and not profile.years and profile.wants(PAST)
    of_year = sections_of_years(passages, profile.years)
    items_under = _items_under(passages) if profile.wants(LIST) else {}
    for passage in passages:
        if section_key(passage) not in of_year or not answers_from(passage, profile):
            continue
        keywords = topic_keywords(profile, passage)
        heading_terms = path_terms(passage)
        heading = leaf_heading(passage)
        asked = years_asked(profile, passage.document)
        # Within a plan for several years a unit naming the year asked is the specific one.
        multi_year = bool(profile.years) and len(years_spanned(passage.document.title)) > 1
        units = passage_units(passage)
        item = own_heading(passage)  # the item the lines below close, until another stands
        for unit in units:
            if not _ASSIGNMENT.match(unit.text):
                item = unit.text
            key = unit.text.rstrip("…")[:80]
            if unit.text.endswith("?"):
                continue  # a plan's own question ("… có được hỗ trợ tiếp không?") is answered by the line after it
            if unit.commented and not comments_asked:
                continue  # a comment on a draft proposes; the answer to it, or the text in force, says what holds
            if not profile.wants(BASIS) and (CITED_BASIS.match(unit.text) or passage.section == BASIS_TITLE
                                             and CITING_CLAUSE.match(unit.text)) and not _goes_on_when(unit, profile):
                continue  # "Căn cứ Quyết định số …", "Thực hiện Kế hoạch số …": what the plan implements, nothing else
            # (a line citing a document answers what the plan rests on whatever years the document's title names:
            # "… theo yêu cầu của Nghị quyết số 19-NQ/TW … đến năm 2030, tầm nhìn đến năm 2045" in a plan of 2023)
            cites_basis = profile.wants(BASIS) and DATED_DOCUMENT.search(unit.text) is not None
            if not (cites_basis or period_fits(unit, asked)) or (targets_only and before_plan(unit)) or (
                    results_only and ahead_of_plan(unit)) or other_quarter_or_item(unit.text, passage.section,
                                                                                    profile):
                continue  # … nor one of another part of the year ("… 6 THÁNG CUỐI NĂM" for "6 tháng đầu năm")
            if profile.cited and not (dates_cited if profile.wants(ISSUE_DATE) else cites_document)(
                    fold_accents(unit.text), *profile.cited):
                # "Quyết định 2239/QĐ-TTg ban hành ngày nào": the line citing 2239 with its date, not 336 beside it,
                # nor a line citing 2239 alone ("Kế hoạch … ngày 23/4/2025 … thực hiện Chỉ thị 37-CT/TW")
                continue
            if profile.set_aside and cites_only(unit.text, profile.set_aside):
                continue  # "Ngoài Quyết định 2239, … còn quyết định nào": the line citing 2239 alone is set aside
            earlier = seen.get(key)
            if earlier is not None and not repeats(unit.text, scored[earlier].unit.text):
                # two lines that open alike ("Bà …, Giám đốc Sở … | Nhiệm vụ được phân công: …", pieces of one long
                # row under its label) but go on differently are two lines
                key = unit.text
                earlier = seen.get(key)
            if earlier is not None and len(unit.text) <= len(scored[earlier].unit.text):
                continue  # a heading repeated (maybe shortened) in each chunk of a long item
            coverage = topic_coverage(keywords, [unit.reading], heading_terms, weights, scoring)
            if item is not unit.text and kinds_in(unit.reading, profile):
                # a line closing its item ("- Phân công thực hiện: Thanh tra Sở chủ trì …") is about the item, when it
                # states what is asked of it (a body, a time)
                coverage = max(coverage, topic_coverage(keywords, [unit.text, item], heading_terms, weights, scoring))
            if (owner := field_owner(unit, passage, keywords)) is not None:
                # a field of an item ("h) Yêu cầu, điều kiện: …", "Cơ quan có thẩm quyền quyết định: …" under "2.
                # Thủ tục cấp giấy phép …") whose label the question names is read with the item it belongs to
                coverage = max(coverage, topic_coverage(keywords, [unit.text, owner], heading_terms, weights, scoring))
            post = names_post_asked(unit.text, profile)
            if post:
                # "a) Chủ tịch Hội đồng: Phó Chủ tịch UBND tỉnh" is read with the lead it finishes ("1. Hội đồng quản lý
                # Quỹ … gồm 09 thành viên:"), a members' table row with its caption: the post asked of that council,
                # held by whom the line says
                coverage = max(coverage, topic_coverage(keywords, [_with_lead(unit), table_caption(passage)],
                                                        heading_terms, weights, scoring))
            if items_under and coverage > 0 and unit.is_heading and SECTION_SEPARATOR in passage.section:
                # an item that is a section of its own ("IV. KINH PHÍ › 1. Nguồn ngân sách …") is read under the
                # heading that names the list, in full: "những nguồn kinh phí nào" is asked of its items
                over = passage.section.split(SECTION_SEPARATOR)[-2]
                coverage = max(coverage, topic_coverage(keywords, [unit.text, over], heading_terms, weights, scoring))
            if profile.wants(LIST) and coverage > 0 and announces_items(unit, units, keywords):
                # a lead about the topic is read with the items it announces: "Kinh phí … bao gồm:" covers
                # "nguồn" by its items ("1. Nguồn ngân sách …"); a lead about something else gains nothing
                items = [u.text for u in enumeration(unit, units)] or items_under.get(section_key(passage), [])
                # with the sentences before it when it names a thing asked ("Hồ sơ gồm:"), not a bare "Cụ thể:"
                lead_in = unit.lead_in if set(folded_syllables(unit.text)) & set(keywords) else ""
                coverage = topic_coverage(keywords, [lead_in, unit.text, *items], heading_terms, weights, scoring)
            score = coverage + kind_bonus(unit, heading, profile, scoring) + scoring.rank_weight * passage.score / top
            if wanted_facts and any(fact_key(unit.text) in keys for keys in wanted_facts):
                score += scoring.register_bonus
            if multi_year and names_period_asked(unit, asked, profile):
                score += scoring.year_bonus
            if profile.qualifiers:
                # a group or level its headings name is the line's too ("a) … trình độ sơ cấp: / - Người khuyết tật:
                # tối đa 6.000.000 đồng/người/khóa học")
                # (a level named only in a group of levels with one not asked, "cao đẳng, trung cấp chiếm khoảng
                # 19%", is that group's, not the level's)
                named = sum(names_qualifier(q, where := f"{passage.section}\n{unit.text}")
                            and not names_level_only_with_others(q, where, profile.qualifiers)
                            for q in profile.qualifiers)
                score += scoring.qualifier_bonus * named / len(profile.qualifiers)
            if unasked_detail(unit.text, profile) or counts_in_excluded(unit.text, profile):
                score -= scoring.qualifier_bonus
            if profile.lengths:  # "khóa sơ cấp 4 tháng": the row "Từ 03 tháng đến dưới 06 tháng", not "Từ 06 tháng …"
                score += scoring.qualifier_bonus * length_fit(unit.text, profile.lengths)
            score += scoring.direction_bonus * direction_fit(unit, heading, profile)
            if owner is not None or post or names_column_asked(unit.text, profile) \
                    or names_row_asked(unit.text, profile) or names_body_asked(unit.text, profile):
                score += scoring.column_bonus  # it states the field the question names of an item it names
            if earlier is not None:  # the whole line where a chunk repeated it shortened: keep the better score
                scored[earlier] = ScoredUnit(unit, max(score, scored[earlier].score), max(coverage,
                                                                                          scored[earlier].coverage))
                continue
            seen[key] = len(scored)
            scored.append(ScoredUnit(unit, score, coverage))
    if profile.whole:
        scored = _totals_cover_their_rows(scored, profile)
    scored.sort(key=lambda s: (-s.score, s.unit.passage.rank, s.unit.position))
    return scored


def _goes_on_when(unit: Unit, profile: QuestionProfile) -> bool:
    """Whether a preamble's citing clause goes on to say when what the text reports was done, the time asked ("Thực
    hiện Luật …, Chương trình Kỳ họp thứ mười …, sáng ngày 10 tháng 7 năm 2028, Hội đồng nhân dân tỉnh đã tiến hành
    phiên chất vấn …"): a time of no document it cites (their dates are the documents'). A deadline asked is none a
    preamble sets ("trình … trước ngày nào": a cited resolution's day is no deadline)."""
    return profile.wants(DATE) and not profile.deadline and DATE in kinds_in(unit.reading, profile)


def _is_total_row(line: str) -> bool:
    """A table row read aloud whose label is a total's ("Tổng cộng (Nội dung chi) | Tổng kinh phí: …")."""
    if not is_read_aloud(line):
        return False
    label = line.split(" | ", 1)[0]
    return bool(TOTAL_ROW.match(label.split(" (", 1)[0]))


def _totals_cover_their_rows(scored: list[ScoredUnit], profile: QuestionProfile) -> list[ScoredUnit]:
    """Asked for the whole ("tổng kinh phí thực hiện kế hoạch là bao nhiêu"), a table's total row answers before
    every row of its table, which it sums: every row shares the header's words ("Tổng kinh phí", "Cơ quan thực
    hiện"), so the order of the rows would otherwise make one item's sum the answer. Not when a row's own label
    names what is asked ("tổng kinh phí hỗ trợ tiền ăn"): by words of the question that neither the table's
    headers nor the plan's title hold (those name the plan: "kế hoạch hỗ trợ học nghề, việc làm")."""
    tables: dict[tuple[str, str], list[ScoredUnit]] = {}
    for s in scored:
        if is_read_aloud(s.unit.text):
            tables.setdefault((s.unit.passage.doc, s.unit.passage.section), []).append(s)
    lifted: dict[int, ScoredUnit] = {}
    for rows in tables.values():
        totals = [s for s in rows if _is_total_row(s.unit.text)]
        if not totals or len(totals) == len(rows) or any(_names_item_asked(s.unit, profile) for s in rows
                                                         if s not in totals):
            continue
        top = max(s.score for s in rows)
        for s in totals:
            lifted[id(s)] = ScoredUnit(s.unit, math.nextafter(top, math.inf), s.coverage)
    return [lifted.get(id(s), s) for s in scored]


def _names_item_asked(row: Unit, profile: QuestionProfile) -> bool:
    """Whether a row's label holds a word the question asks that is no column header's and not in the plan's title."""
    label, *cells = row.text.split(" | ")
    headers = {w for cell in cells for w in folded_syllables(cell.split(":", 1)[0]) if ":" in cell}
    asked = set(profile.keywords) - headers - set(folded_syllables(row.passage.document.title))
    return bool(asked & set(folded_syllables(label)))


def cites_only(text: str, documents: tuple[tuple[str, str], ...]) -> bool:
    """Whether every document a text cites by number is one of ``documents`` (number, type code), and it cites one."""
    cited = document_references(fold_accents(text).lower())
    return bool(cited) and all((r.number, r.code) in documents for r in cited)


def repeats(line: str, other: str) -> bool:
    """Whether one line is the other, maybe cut short ("6. Tập trung đầu tư trường chất lượng cao…")."""
    a, b = line.rstrip("…").rstrip(), other.rstrip("…").rstrip()
    return a.startswith(b) or b.startswith(a)


def direction_fit(unit: Unit, heading: str, profile: QuestionProfile) -> int:
    """Whether the unit sends where the question does: 1 when it sends to every body the question sends to
    ("báo cáo năm … gửi Sở Giáo dục và Đào tạo" for "báo cáo năm gửi Sở GD&ĐT hạn chót ngày nào"); -1 when a body the
    question sends to does the unit's work (the annex row it leads, "Báo cáo kết quả … | Cơ quan chủ trì: Sở Giáo dục
    và Đào tạo"), or the body the question has send only receives there from another ("Báo cáo kết quả thực hiện về
    Sở Nội vụ" under "11. Ủy ban nhân dân các xã, phường" for "Sở Nội vụ phải báo cáo UBND tỉnh …"); else 0.
    Sending nowhere, 1 when a body the question asks of does the unit's work ("cơ sở GDNN phải làm gì" of a line
    under "8. Các cơ sở giáo dục nghề nghiệp", not one under "9. Đoàn kiểm tra"), else 0."""
    if not profile.recipients and not profile.actors:
        return 0  # it asks of no body: no unit's bodies to weigh (and none to look for)
    # the body heading a proposal ("IV. ĐỀ XUẤT, KIẾN NGHỊ › 2. Đối với Bộ Nội vụ") receives it
    proposals = PROPOSALS_PART.match(unit.passage.section)
    proposed_to = {agency_key(a) for a in find_agencies(heading)} if proposals else set()
    doers = unit_actors(unit, heading)
    actors = {agency_key(a) for a in doers} - proposed_to
    senders = {agency_key(a) for a in profile.actors}
    if not profile.recipients:
        # the body as the question names it ("Hội nông dân ở xã") is the plan's "Hội Nông dân cấp xã"
        return int(bool(senders & actors) or any(same_body(s, a) for s in profile.actors for a in doers
                                                 if agency_key(a) in actors))
    received = {agency_key(a) for a in recipient_bodies(unit.text)} | proposed_to
    asked_to = {agency_key(a) for a in profile.recipients}
    if asked_to <= received:
        return 1
    if asked_to & actors - received or senders & received and actors and not senders & actors:
        return -1
    return 0


# A column is named by this many of the question's words in a row, as its label has them ("chủ đầu tư").
COLUMN_NAME_WORDS = 3


def names_column_asked(text: str, profile: QuestionProfile) -> bool:
    """Whether a table row read aloud, named by a word of its label, has a filled cell whose column the question
    names ("… do ai làm chủ đầu tư" of "Trung tâm đào tạo … | … | Chủ đầu tư: Ban QLDA DD&CN tỉnh"): the row
    states that cell; a sentence about the project that only mentions its investor does not."""
    if not is_read_aloud(text):
        return False
    label, cells = row_label(text.split(" | "))
    if not any(w.isalpha() and w in profile.keywords for w in _syllables(label)):
        return False  # the row the question names too, by a word of its label ("2028" is a year's row, not one named)
    for cell in cells:
        name, colon, value = cell.partition(":")
        if colon and value.strip() not in ("", "-", "–") and (column_named(name, profile)
                                                             or quarter_column_asked(name, profile)):
            return True
    return False


def quarter_column_asked(header: str, profile: QuestionProfile) -> bool:
    """Whether a column's header is of the quarters asked: "Quý II" for "quý 2" or for "6 tháng đầu năm", "Quý III"
    for "quy 3" (a chart's or a table's figures by quarter)."""
    named = quarters_named(fold_accents(header).lower()) if profile.quarters and header else frozenset()
    return bool(named) and named <= profile.quarters


POST_LABEL_CHARS = 80  # a post's label before its holder ("c) Phó Chủ tịch thường trực Hội đồng:") is this short
ROW_LABEL_WORDS = (2, 8)  # a row's label the question can name whole: a name, not a word nor a sentence


def _phrase_starts(words: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    """Where a run of folded words stands in a question's words, all of them in a row."""
    return [i for i in range(len(words) - len(phrase) + 1) if words[i:i + len(phrase)] == phrase]


# The fewest words of a body's name that tell it from another ("Sở Nội vụ"; "Sở" alone or "UBND" tell none apart).
BODY_NAME_WORDS = 3


def names_row_asked(text: str, profile: QuestionProfile) -> bool:
    """Whether a table row read aloud is the one the question names by its whole label, the words in a row ("Nghề
    Công nghệ ô tô trình độ cao đẳng … bao nhiêu chỉ tiêu" of "Công nghệ ô tô | … | Cao đẳng (người): 160"): a trade
    named in words a topic drops as too common ("công nghệ", "ô") still picks its row."""
    if not is_read_aloud(text):
        return False
    label = _syllables(row_label(text.split(" | "))[0].rsplit(SECTION_SEPARATOR, 1)[-1])
    return ROW_LABEL_WORDS[0] <= len(label) <= ROW_LABEL_WORDS[1] and bool(_phrase_starts(profile.words, label))


def names_body_asked(text: str, profile: QuestionProfile) -> bool:
    """Whether a table row read aloud names a body the question names, all its words in a row: the record of that
    body ("… tại Trường Cao đẳng Cộng đồng Mai Lâm" of the row of the class it hosts), not of a like one whose name
    shares most of its words ("Trường Cao đẳng Kỹ thuật - Công nghệ Mai Lâm")."""
    if not profile.bodies or not is_read_aloud(text):
        return False
    words = _syllables(text)
    return any(len(name) >= BODY_NAME_WORDS and _phrase_starts(words, name) for name in profile.bodies)


def names_post_asked(text: str, profile: QuestionProfile) -> bool:
    """Whether a membership line gives the holder of the very post the question names ("Ai giữ chức Chủ tịch Hội
    đồng …?" of "a) Chủ tịch Hội đồng: Phó Chủ tịch UBND tỉnh …", or of a members' table row "TS. Vũ Đình Khang | …
    | Chức danh trong Hội đồng: Chủ tịch Hội đồng"), all its words in a row, none beside them ("Phó Chủ tịch Hội
    đồng" is another post)."""
    colon = text.find(":", 0, POST_LABEL_CHARS)
    m = POST_FIELD.match(fold_accents(text[:colon + 1]).lower()) if colon > 0 else None
    posts = [m["post"]] if m else []
    if not posts and is_read_aloud(text):
        items = (item.strip() for cell in text.split(" | ")[1:] for item in cell.split(":", 1)[-1].split(","))
        posts = [held["post"] for item in items if (held := POST_HELD.match(fold_accents(item).lower()))]
    return any(_holds_post(tuple(post.split()), profile) for post in posts)


def _holds_post(post: tuple[str, ...], profile: QuestionProfile) -> bool:
    starts = _phrase_starts(profile.words, post)
    return bool(starts) and not any(i > 0 and profile.words[i - 1] == "pho" for i in starts)


@functools.lru_cache(maxsize=8192)
def _syllables(text: str) -> tuple[str, ...]:
    """A table's header or row label as words are matched, read once: every unit of a table repeats them."""
    return tuple(folded_syllables(text))


def column_named(header: str, profile: QuestionProfile) -> bool:
    """Whether the question names a column by its header's words, as many in a row as ``COLUMN_NAME_WORDS``."""
    words, label = profile.words, _syllables(header)
    asked = {words[i:i + COLUMN_NAME_WORDS] for i in range(len(words) - COLUMN_NAME_WORDS + 1)}
    return any(label[i:i + COLUMN_NAME_WORDS] in asked for i in range(len(label) - COLUMN_NAME_WORDS + 1))


def unit_actors(unit: Unit, heading: str) -> list[str]:
    """The bodies doing a unit's work: those its table row's lead cell names ("Cơ quan chủ trì: Sở Tài chính"),
    else the body its own sentence opens with ("- Hội Nông dân tỉnh vận động …" under a heading naming five
    bodies) — with its heading's when the sentence directs that body ("Chỉ đạo Hội Nông dân cấp xã …") —, else the
    bodies its heading names ("1. Sở Nội vụ")."""
    lead = LEAD_CELL.search(unit.text) if is_read_aloud(unit.text) else None
    if lead:
        return find_agencies(lead.group(1))
    own = strip_bullet(unit.text)
    opening = find_agency_mentions(own)[:1]
    if opening and opening[0].start == 0:
        return [opening[0].name]
    directed = DIRECTED_BODY.match(own)
    if directed and opening and opening[0].start == directed.end():
        return [opening[0].name, *find_agencies(heading)]  # "Chỉ đạo Hội Nông dân cấp xã khảo sát …": both act
    # "3. Quyết định hỗ trợ: Trong thời hạn 03 ngày …, Giám đốc Sở Nội vụ ban hành …": the body after the time
    # the work is due (past the item's label), not the one whose paper it waits for
    clause = canonical(own.split(": ", 1)[1] if ": " in own[:POST_LABEL_CHARS] else own)
    timed = TIMED_SUBJECT.match(clause)
    doer = next((m.name for m in find_agency_mentions(clause) if timed and m.start == timed.end()), None)
    return [doer] if doer else find_agencies(heading)


def counts_in_excluded(text: str, profile: QuestionProfile) -> bool:
    """Whether a text names what the question leaves out ("Trình độ sơ cấp và đào tạo dưới 3 tháng: 15.250" for
    "sơ cấp (không tính các lớp dưới 3 tháng)"): its figure counts that in."""
    return any(names_qualifier(q, text) for q in profile.excluded)


# A field of an item, its label before a colon ("h) Yêu cầu, điều kiện: Đã đóng …", "Cơ quan có thẩm quyền quyết
# định: Chủ tịch …"): every label of the line, as many as it chains.
_FIELD_LABEL = re.compile(rf"(?:^|(?<=:)\s*|[.;]\s+)(?:[a-zđ]\)\s*|\d{{1,2}}[.)]\s*|{BULLET.pattern}\s*)?"
                          rf"(?P<label>[{UPPER}][^:;.|]{{2,60}}?)\s*:(?=\s*\S)")


def field_owner(unit: Unit, passage: Passage, keywords: list[str]) -> str | None:
    """The heading of the item a unit is a field of, when the question names that item and two words running of one
    of the field's labels ("điều kiện", "thẩm quyền quyết định"; not a table row, whose label is its own); None
    otherwise."""
    if ":" not in unit.text[:160] or SECTION_SEPARATOR not in passage.section or is_read_aloud(unit.text):
        return None  # (every unit of every question passes here: the cheap tests first)
    parts = passage.section.split(SECTION_SEPARATOR)
    own = unit.is_heading and len(parts) > 1 and unit.text.startswith(parts[-1].rstrip("…")[:40])
    owner = parts[-2] if own else parts[-1]
    # the field the question asks, apart from the item: "điều kiện" of "Thủ tục cấp giấy phép …", not the "hỗ trợ" of
    # "- Mức hỗ trợ: …" under "Chính sách hỗ trợ kinh phí đào tạo …", which names the item again
    item = set(zip(_syllables(owner), _syllables(owner)[1:]))
    asked = set(zip(keywords, keywords[1:])) - item
    # a field's name is a common noun's ("Yêu cầu, điều kiện", "Cơ quan có thẩm quyền quyết định"), not a clause
    # naming someone ("Cử tri xã Ngọc Đường kiến nghị: …")
    labels = [_syllables(m["label"]) for m in _FIELD_LABEL.finditer(unit.text[:160])
              if not any(w[:1].isupper() for w in m["label"].split()[1:])]
    if not any(pair in asked for label in labels for pair in zip(label, label[1:])):
        return None
    # the item the question names too, by a word of its heading (as a row by its label, ``names_column_asked``)
    return owner if any(w.isalpha() and w in keywords and w not in STOPWORDS for w in _syllables(owner)) else None


def other_quarter_or_item(text: str, section: str, profile: QuestionProfile) -> bool:
    """Whether a unit's text under its headings (``section``) is of another part of the year than the one asked:
    "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM › … tổ chức 4 phiên … trong Quý III" for "6 tháng đầu năm đã tổ chức mấy
    phiên"; or of another numbered item, its own words first: a round ("Cùng với 35 người đã được hỗ trợ … đợt 1,
    tổng số … năm 2026 là 75 người" under "Điều 1. Phê duyệt danh sách … đợt 2" for "đợt 2 duyệt bao nhiêu người"),
    a bidding package ("Gói thầu số 01: …" for "gói thầu số 08")."""
    if not (profile.quarters or profile.numbered):
        return False
    quarters = quarters_named(fold_accents(f"{section}\n{text}")) if profile.quarters else frozenset()
    if bool(quarters) and not quarters & profile.quarters:
        return True
    items = (numbered_items(fold_accents(text)) or numbered_items(fold_accents(section))) if profile.numbered \
        else frozenset()
    return any(_items_of(items, noun) and not _items_of(items, noun) & _items_of(profile.numbered, noun)
               for noun in {noun for noun, _ in profile.numbered})


def _items_of(items: frozenset[tuple[str, int]], noun: str) -> set[int]:
    """The numbers of the items of one noun ("dot": the rounds)."""
    return {n for m, n in items if m == noun}


def unasked_detail(text: str, profile: QuestionProfile) -> bool:
    """A table row whose own label singles out a level, group, place or credential the question does not: read
    under the row it details ("Tuyển sinh … › Trong đó: trình độ cao đẳng, trung cấp | …"), a part where the
    whole is asked; beside its siblings ("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | …" below "Tỷ lệ lao
    động qua đào tạo của tỉnh | …"), the narrower row where the plain one is asked."""
    if " | " not in text:
        return False
    label, _ = row_label(text.split(" | "))  # "CT04 | Chỉ tiêu: Tỷ lệ LĐ … có bằng cấp, chứng chỉ | …"
    parent, _, detail = label.rpartition(SECTION_SEPARATOR)
    own = named_qualifiers(detail)
    if own - profile.qualifiers:
        return True
    # a part of the total ("Trong đó: …") naming only what the row it details names too ("Hỗ trợ … lao động vùng
    # đồng bào dân tộc thiểu số › Trong đó: người dân tộc thiểu số") is asked only where the question writes the
    # part's own words in a row ("… thì người dân tộc thiểu số chiếm bao nhiêu"), not where it names the whole
    # ("… cho đồng bào dân tộc thiểu số … bao nhiêu lao động")
    lead, _, part = detail.partition(":")
    if not (parent and own and part and typed_words(lead) == ("trong", "do") and own <= named_qualifiers(parent)):
        return False
    written = typed_words(part)
    return not any(profile.typed[i:i + len(written)] == written for i in range(len(profile.typed)))


def _items_under(passages: list[Passage]) -> dict[tuple[str, str], list[str]]:
    """The texts of the passages directly under each section among the passages: the items of an
    enumeration whose items are sections of their own ("IV. KINH PHÍ › 1. Nguồn ngân sách …")."""
    found: dict[tuple[str, str], list[str]] = {}
    for passage in passages:
        if SECTION_SEPARATOR in passage.section:
            parent = passage.section.rsplit(SECTION_SEPARATOR, 1)[0]
            found.setdefault((passage.doc, parent), []).append(leaf_heading(passage))
    return found


def path_terms(passage: Passage) -> set[str]:
    """Words of the section path (its headings in full, as the chunk opens with them: the path shortens a long
    one), of the plan's title and of a table's caption: they count half towards coverage ("Bảng 1. Chỉ tiêu tuyển
    sinh … năm 2026" titles its row "Trình độ cao đẳng | … | 2.150")."""
    headings = " ".join(passage.text.split("\n")[:heading_lines(passage)])
    # read as the unit's own words are: the plan's abbreviations, and its articles cited by number, in full
    path = read_in_full_with(f"{passage.section} {headings}", passage.document.abbreviations)
    return set(folded_syllables(f"{path} {passage.document.title} {table_caption(passage)}"))


def table_caption(passage: Passage) -> str:
    """The caption of the table a row chunk holds: the lines between its heading path and its first row read
    aloud ("" for a chunk of prose)."""
    lines = passage.text.split("\n")[heading_lines(passage):]
    first = next((i for i, line in enumerate(lines) if is_read_aloud(line) or is_table_row(line.strip())), None)
    return " ".join(lines[:first]) if first else ""


def topic_coverage(
    keywords: list[str], texts: list[str], heading_terms: set[str], weights: TermWeights,
    scoring: UnitScoring = UNIT_SCORING,
) -> float:
    """The share of the question's topic the texts cover: IDF-weighted words (heading words half),
    plus adjacent word pairs ("sơ cấp", "dưới 3") held together."""
    syllables = [folded_syllables(text) for text in texts]
    terms = set().union(*syllables)
    held = set().union(*(zip(words, words[1:]) for words in syllables))
    total = sum(weights.idf(k) for k in keywords) or 1.0
    # a syllable bound to the word before it ("thất nghiệp") is covered only in that compound, not in "nghề nghiệp"
    bound = {k: before for before, k in zip(keywords, keywords[1:]) if k in BOUND_SYLLABLES}
    credit = {k: 0.0 if k in bound and (bound[k], k) not in held
              else 1.0 if k in terms else scoring.heading_credit if k in heading_terms else 0.0 for k in keywords}
    covered = sum(weights.idf(k) * credit[k] for k in keywords)
    pairs = list(zip(keywords, keywords[1:]))
    phrase = sum(1 for pair in pairs if pair in held) / len(pairs) if pairs else 0.0
    return (1 - scoring.phrase_weight) * covered / total + scoring.phrase_weight * phrase


def joint_coverage(
    units: list[Unit], profile: QuestionProfile, weights: TermWeights, scoring: UnitScoring = UNIT_SCORING,
) -> float:
    """The share of the question's topic a whole quoted answer covers: a compound question's parts
    and the bodies it names are each held by a unit of their own, none of which covers it alone."""
    if not units:
        return 0.0
    headings = set().union(*(path_terms(u.passage) for u in units))
    return topic_coverage(topic_keywords(profile, units[0].passage), [u.text for u in units], headings, weights,
                          scoring)


def select_units(scored: list[ScoredUnit], profile: QuestionProfile, scoring: UnitScoring = UNIT_SCORING) -> list[Unit]:
    """The best unit, plus close runners-up and assignment lines of its passage.

    Quoting a little more than the single best sentence keeps the figure and
    its qualifier together (the task line and its "Phân công thực hiện:" line).
    """
    best = best_measured(scored, profile, scoring)
    if best is None:
        return []
    passage = best.unit.passage
    key = section_key(passage)
    own = [c for c in scored if section_key(c.unit.passage) == key]
    limit = MAX_UNITS + (2 if profile.wants(LIST) else 0)
    ratio = scoring.list_unit_ratio if profile.wants(LIST) else scoring.extra_unit_ratio
    chosen = [best.unit]
    if _ASSIGNMENT.match(best.unit.text):
        # the line closes its item, which says what is assigned ("8.3 Tăng cường thanh tra …" over "- Phân công thực
        # hiện: Thanh tra Sở chủ trì"): the item is quoted with it
        before = [c.unit for c in own if c.unit.passage is passage and c.unit.position < best.unit.position]
        item = max(before, key=lambda u: u.position, default=None)
        if item is not None and not _ASSIGNMENT.match(item.text):
            chosen.append(item)
    # the whole asked and its table's total row found: the rows it sums are not what was asked
    summed = profile.whole and _is_total_row(best.unit.text)
    for candidate in own:
        if candidate is best or candidate.unit in chosen or summed and is_read_aloud(candidate.unit.text):
            continue
        if len(chosen) >= limit:
            break
        if candidate.score >= ratio * best.score and not _another_record(candidate.unit, chosen, profile):
            chosen.append(candidate.unit)
    if (all(u.is_heading for u in chosen) and best.unit.text.strip() == leaf_heading(passage).strip()
            and passage.section not in (HEADER_TITLE, BASIS_TITLE, SIGNATURE_TITLE)):
        # a numbered item's heading names it ("11. Đề nghị Hội Khuyến học thành phố"); what it says is its text
        # (not so the lines of a header or signature part, each a fact of its own)
        body = next((c.unit for c in own if not c.unit.is_heading and c.unit.passage.section == passage.section), None)
        if body is not None:
            chosen.append(body)
    held = set().union(*(kinds_in(u.reading, profile) for u in chosen))
    if AGENCY in kinds_in(leaf_heading(passage), profile):
        held.add(AGENCY)
    for kind in sorted(set(_KIND_PATTERNS) & profile.kinds - held):
        extra = next((c.unit for c in own if kind in kinds_in(c.unit.reading, profile) and c.unit not in chosen),
                     None)
        if extra is not None:
            chosen.append(extra)
    # The item's "Phân công thực hiện: …" line for a body asked, its "Thời gian thực hiện: …" line for a time.
    for kind in (AGENCY, DATE):
        if profile.wants(kind):
            line = next((c.unit for c in own if _ASSIGNMENT.match(c.unit.text) and c.unit not in chosen
                         and kind in kinds_in(c.unit.reading, profile)), None)
            if line is not None:
                chosen.append(line)
    # Its "Nguồn kinh phí: …" line for where the money comes from ("tiền lấy ở đâu", "kinh phí từ nguồn nào").
    if {"kinh", "phi"} <= set(profile.keywords) or "von" in profile.keywords:
        line = next((c.unit for c in own if _FUNDING_LINE.match(c.unit.text) and c.unit not in chosen), None)
        if line is not None:
            chosen.append(line)
    if profile.partners and not any(names_partners(u.text) for u in chosen):
        # the task's partners stand elsewhere: its row in an assignment table, beside the prose that names its
        # lead; the best unit naming partners joins when it scores close to the best (as a list's runner-up does)
        partners = next((c for c in scored if c.unit.passage.doc == passage.doc and names_partners(c.unit.text)), None)
        if partners is not None and partners.score >= scoring.list_unit_ratio * best.score:
            chosen.append(partners.unit)
    section = [c.unit for c in own]
    leads = [u for u in chosen if ANNOUNCES_ITEMS.search(u.text)
             or (profile.wants(LIST) and heads_list(u, section, topic_keywords(profile, u.passage)))]
    if not profile.wants(LIST) and holds_asked_kinds(chosen, profile):
        leads = []  # the fact asked is quoted already: the rest of the enumeration is not what was asked
    for lead in leads:
        chosen += [u for u in enumeration(lead, section) if u not in chosen]
    if profile.cited:  # a cited document asked of: the lines citing it, not the rest of the legal basis beside them
        chosen = [u for u in chosen if u is best.unit or cites_document(fold_accents(u.text), *profile.cited)]
    chosen += qualifying(chosen)
    return sorted(chosen, key=reading_order)


def qualifying(chosen: list[Unit]) -> list[Unit]:
    """The sentences that qualify or reverse those quoted, each right after its own ("Ý kiến … đề nghị hỗ trợ 100%
    học phí … là rất xác đáng." | "Tuy nhiên, … năm 2026 tỉnh chưa thể ban hành ngay …"): a proposal or a result
    quoted without them says the opposite of the plan, whatever period or wording the question asked for."""
    out: list[Unit] = []
    units_of: dict[int, list[Unit]] = {}  # each passage's units, split once
    for unit in chosen:
        if id(unit.passage) not in units_of:
            units_of[id(unit.passage)] = passage_units(unit.passage)
        units = units_of[id(unit.passage)]
        after = units[unit.position + 1] if unit.position + 1 < len(units) else None
        if after is not None and QUALIFIES_BEFORE.match(after.text) and not any(
                u.passage is after.passage and u.position == after.position for u in chosen + out):
            out.append(after)
    return out


def holds_asked_kinds(units: list[Unit], profile: QuestionProfile) -> bool:
    """Whether the units quoted state every kind of fact the question asks (a figure, a date, a body, a source):
    then a lead among them ("Tổng kinh phí … là 52,6 tỷ đồng, gồm:") has answered, and its items are another
    question's. A question asking no kind of fact ("làm gì") is answered by the items."""
    asked = set(_KIND_PATTERNS) & profile.kinds
    return bool(asked) and asked <= set().union(*(kinds_in(u.reading, profile) for u in units))


def names_partners(text: str) -> bool:
    """Whether a unit names the bodies a task's lead coordinates with: "chủ trì, phối hợp với Sở Tài chính …",
    or a table row's partners' cell."""
    return bool(PARTNERS_CELL.search(text) if is_read_aloud(text) else partners_of(text))


def heads_list(unit: Unit, section: list[Unit], topic: Sequence[str] = ()) -> bool:
    """A heading over a list of items ("IV. KINH PHÍ THỰC HIỆN" over "- Từ nguồn ngân sách …", "- Kinh phí
    lồng ghép …"), or over a short part of a few sentences, each an item, when the heading itself names what
    the question asks a list of (``topic``, its words: "11. Tổ chức các hoạt động phong trào chuyên môn" over
    "Tổ chức Kỳ thi …", "Tổ chức Hội giảng …" for "những hoạt động phong trào chuyên môn nào"; not a body's
    heading over its duties): it announces them as a lead with a colon would."""
    if not unit.is_heading:
        return False
    items = enumeration(unit, section)
    if len(items) < 2:
        return False
    if all(BULLET.match(u.text) or STRUCTURAL_START.match(u.text) for u in items):
        return True
    named = set(folded_syllables(unit.text))
    if not topic or sum(k in named for k in topic) < NAMED_LIST_SHARE * len(topic):
        return False
    whole = [u for u in section if not u.is_heading and u.passage.section == unit.passage.section]
    return unit.text.strip() == leaf_heading(unit.passage).strip() and len({u.text for u in whole}) == len(items)


def announces_items(unit: Unit, section: list[Unit], topic: Sequence[str] = ()) -> bool:
    """A lead whose items answer a list question: "…, gồm:", or a heading over a list."""
    return bool(ANNOUNCES_ITEMS.search(unit.text)) or heads_list(unit, section, topic)


def _another_record(unit: Unit, chosen: list[Unit], profile: QuestionProfile) -> bool:
    """A table row beside the rows chosen that the question does not name: another task or target of the
    same table, close in score only because it shares the column names ("Cơ quan chủ trì"). A row is named
    when it holds a question word the chosen rows lack, or when the question holds every word of its label."""
    if profile.wants(LIST) or not is_read_aloud(unit.text):
        return False
    keywords = set(profile.keywords)
    label = set(folded_syllables(unit.text.split(" | ", 1)[0])) - STOPWORDS
    if label and label <= keywords | plan_identifiers(unit.passage.document):  # words naming the plan were asked too
        return False
    held = set().union(*(folded_syllables(u.text) for u in chosen), folded_syllables(unit.passage.section))
    return not (keywords & set(folded_syllables(unit.text))) - held


def enumeration(lead: Unit, section: list[Unit]) -> list[Unit]:
    """The items a lead announces ("…, gồm:", "…, cụ thể"): the units after it in its section.

    Quoting the lead alone answers "gồm những nguồn nào" with nothing; the
    items run until the next lead or heading, at most ``MAX_ITEMS``. A lead
    that is the section's own heading announces the whole section, whichever
    of its chunks (each repeats the heading) the lead was quoted from.
    """
    items: list[Unit] = []
    for unit in sorted(section, key=reading_order):
        if unit == lead or (not lead.is_heading and reading_order(unit) <= reading_order(lead)):
            continue
        if unit.is_heading and unit.passage.section == lead.passage.section and unit.passage is not lead.passage:
            continue  # the heading each chunk of the section repeats (a table row's chunk), not a new part
        if unit.is_heading or len(items) >= MAX_ITEMS:
            break
        items.append(unit)
        if ANNOUNCES_ITEMS.search(unit.text):
            break
    return items


def best_measured(scored: list[ScoredUnit], profile: QuestionProfile,
                  scoring: UnitScoring = UNIT_SCORING) -> ScoredUnit | None:
    """The best unit that states the figure in the measure asked (any figure when none is) or names the items
    asked, else the best whose heading path does: "… 06 nghề trọng điểm với kinh phí 42,5 tỷ đồng, gồm › b) Cắt
    gọt kim loại …"; a unit covering much less of the topic than the best one (``UnitScoring.measured_share``)
    states a figure of something else."""
    if not scored:
        return None
    if profile.wants(AGENCY) and not profile.wants(NUMBER) and not _names_body(scored[0].unit, profile) and not any(
            _ASSIGNMENT.match(c.unit.text) and section_key(c.unit.passage) == section_key(scored[0].unit.passage)
            for c in scored):
        # "Cơ quan nào hướng dẫn, giám sát việc đó: <the task as the last answer quoted it>": the line naming the
        # task names no body, nor does an assignment line of its item ("Phân công thực hiện: …", quoted with it);
        # one naming its body that scores nearly as well answers
        named = next((c for c in scored[1:] if c.score >= scoring.extra_unit_ratio * scored[0].score
                      and _names_body(c.unit, profile)), None)
        if named is not None:
            return named
    floor = scoring.measured_share * scored[0].coverage  # the best unit's, ranked first
    about = [c for c in scored if c.coverage >= floor]
    if profile.wants(NUMBER) and not profile.measure:
        # "bao nhiêu" in no measure of its own: a unit stating a figure, not one speaking of the target without it
        # ("… hoàn thành chỉ tiêu tuyển sinh đề ra năm 2023" beside "Tuyển sinh … khoảng 230.000 lượt người")
        figure = next((c for c in about if NUMBER in kinds_in(c.unit.reading, profile)), None)
        if figure is not None:
            return figure
    if profile.listed:
        # "gồm những ngành gì": the list of that noun ("… 10 ngành, nghề: cơ khí chế tạo; điện công nghiệp; …", a
        # heading over bullets under "… GIẢI PHÁP" for "những giải pháp nào"), not a line naming their count only
        # ("Ưu tiên đầu tư thiết bị cho 10 ngành, nghề trọng điểm") nor a list of something else; the plan's own
        # part on its money, for its sources ("IV. Kinh phí thực hiện › Kinh phí … được bố trí trong dự toán …; từ
        # Quỹ bảo hiểm thất nghiệp; …"), before one task's "Nguồn kinh phí: …" line
        plans_money = asks_plans_money(profile)
        items = next((c for c in about if lists_noun(c.unit, scored, profile.listed) or plans_money
                      and in_funding_part(c.unit, years_asked(profile, c.unit.passage.document))), None)
        if items is not None:
            return items
    return next((c for c in about if has_measure(c.unit.reading, profile)
                 or has_measure(_with_lead(c.unit), profile)), None) or next(
        (c for c in about if has_measure(c.unit.passage.section, profile)), None)


def _names_body(unit: Unit, profile: QuestionProfile) -> bool:
    """Whether a unit or a heading over it names a body (an item under "2. Sở Nội vụ")."""
    return AGENCY in kinds_in(unit.reading, profile) or AGENCY in kinds_in(unit.passage.section, profile)


def _with_lead(unit: Unit) -> str:
    """An item read with the heading right over it, the sentence it finishes ("2. Lãi suất cho vay ưu đãi:" over
    "a) 0,33%/tháng đối với người học thuộc hộ nghèo"): the measure asked may stand in the lead, the figure in the
    item. An item that heads items of its own ends its own heading path."""
    path = unit.passage.section.split(SECTION_SEPARATOR)
    lead = path[-2 if unit.is_heading else -1].strip() if len(path) > unit.is_heading else ""
    return f"{lead} {unit.reading}" if lead else ""


def in_funding_part(unit: Unit, years: tuple[int, ...] = ()) -> bool:
    """Whether a unit stands in the plan's part about its money ("IV. Kinh phí thực hiện", "Điều 4. Kinh phí"),
    as a paragraph of it, not a heading; of the years asked, when that part names its own ("III. KINH PHÍ THỰC
    HIỆN NĂM 2025" of a report that goes on with "… NĂM 2026" is no source of the 2026 money)."""
    return not unit.is_heading and any(
        FUNDING_HEADING.match(part.strip()) and (not years or not (named := years_spanned(part))
                                                 or any(min(years) <= y <= max(years) for y in named))
        for part in unit.passage.section.split(SECTION_SEPARATOR))


def lists_noun(unit: Unit, scored: list[ScoredUnit], noun: tuple[str, ...]) -> bool:
    """Whether a unit lists items of the noun asked: it names them in line after a lead holding the noun ("10 ngành,
    nghề: …"), or it is a heading over a list whose heading path holds it ("IV. NHIỆM VỤ, GIẢI PHÁP › 4.2.2. …")."""
    label = unit.reading.split(" | ", 1)[0]
    if span := named_items_span(label):
        # (items opening the paragraph, "a) Phiếu đăng ký …; b) …", are what its heading names: "4. Hồ sơ đăng ký")
        lead = label[:span[0]] if label[:span[0]].strip() else unit.passage.section
    else:
        section = [s.unit for s in scored if section_key(s.unit.passage) == section_key(unit.passage)]
        if not heads_list(unit, section):
            return False
        lead = f"{unit.passage.section} {unit.text}"
    return bool(set(noun) & set(folded_syllables(lead)))


def has_measure(text: str, profile: QuestionProfile) -> bool:
    """Whether a unit can state the figure asked for (money for fees, % for shares); a table row of bare
    counts states a count of people: a table of places by programme rarely writes "người"."""
    if profile.measure == PEOPLE_COUNT and _COUNTS_ROW.match(text) and not _MONEY_OR_SHARE.search(text):
        return True
    if profile.measure == MONEY_MEASURE and _MONEY_UNIT_NOTE.search(text) and _FIGURE.search(text):
        return True  # "… | Kinh phí: 1.680 | Đơn vị tính: triệu đồng": a row of a budget table
    if profile.measure == PEOPLE_COUNT and _PEOPLE_UNIT_NOTE.search(text) and _FIGURE.search(text):
        return True  # "Tuyển sinh … | Kế hoạch năm 2026: 12,5 | Đơn vị tính: nghìn người": a row of a target table
    # "Giảng viên dạy thực hành | … | Số lượng (người): 03" for "mấy giảng viên": the row's own label counted; so in a
    # row of bare counts ("Phóng sự, chương trình phát thanh, truyền hình | Quý I: 8 | Quý II: 14" for "bao nhiêu
    # phóng sự")
    if profile.measure and " | " in text and is_read_aloud(text) and (
            counts := COUNT_CELL.findall(text) or (_BARE_COUNT.findall(text) if _COUNTS_ROW.match(text) else [])):
        label = text.split(" | ", 1)[0].split(LABEL_PATH)[-1]
        if any(re.search(profile.measure, f"{count} {label}", re.IGNORECASE) for count in counts):
            return True
    return not profile.measure or re.search(profile.measure, text, re.IGNORECASE) is not None


# A row read aloud under its table's money unit, and a figure in it: the unit in a column of its own ("| Đơn vị
# tính: triệu đồng"), in a note ("ĐVT: triệu đồng", "(đơn vị tính: tỷ đồng)") or in the header cell of the figure
# ("Số tiền (triệu đồng): 2.340").
_MONEY_UNIT_NOTE = re.compile(
    r"(?:\|\s*Đơn vị tính:\s*|\b(?:đơn vị(?: tính)?|ĐVT)\s*:\s*|\()(?:nghìn |ngàn |triệu |tỷ )?đồng\b", re.IGNORECASE)
# The same for people counted, in thousands too ("ĐVT: nghìn người", "Đơn vị tính: lượt người").
_PEOPLE_UNIT_NOTE = re.compile(rf"(?:\|\s*Đơn vị tính:\s*|\b(?:đơn vị(?: tính)?|ĐVT)\s*:\s*|\()(?:nghìn |ngàn )?"
                               rf"(?:{PEOPLE_NOUNS})\b", re.IGNORECASE)
_FIGURE = re.compile(r":\s*\d")
# A table row read aloud whose values are bare counts ("Chế biến món ăn | Cao đẳng: 30 | Sơ cấp: - | Tổng: 210").
_MONEY_OR_SHARE = re.compile(f"{MONEY_MEASURE}|{SHARE_MEASURE}", re.IGNORECASE)
_COUNTS_ROW = re.compile(r"^[^|]+(?:\s\|\s[^|:]+:\s*(?:\d{1,3}(?:\.\d{3})*|\d+|-))+$")
_BARE_COUNT = re.compile(r":\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*(?=\||$)")  # a bare count cell's figure


def section_key(passage: Passage) -> tuple[str, str]:
    return passage.doc, passage.section


def sections_of_years(passages: list[Passage], years: tuple[int, ...]) -> set[tuple[str, str]]:
    """The sections (``section_key``) one of whose chunks names a year asked: each of their chunks speaks of it,
    as "Phấn đấu đến năm 2025:" opens the list whose later items a chunk of their own holds."""
    return {section_key(p) for p in passages if year_ok(p, years)}


def reading_order(unit: Unit) -> tuple[int, int]:
    return unit.passage.ordinal, unit.position


def quote_of(units: list[Unit]) -> str:
    return " ".join(BULLET.sub("", u.text) for u in units)
