"""Writing the answer text and its numbered citations from chosen evidence.

Pure functions: given which units of which passages answer, produce the
Vietnamese answer that names the plan and section, with ``[n]`` markers
numbered in order of first use, or the plain refusal sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import REFUSAL, Answer, Citation
from assistant.compound import asking_start, asks_each, question_parts
from assistant.extractive import (
    MAX_ITEMS,
    Unit,
    announces_items,
    asks_comments,
    column_named,
    counts_in_excluded,
    enumeration,
    facts_in,
    has_measure,
    heading_context,
    heading_lines,
    is_comment_cell,
    is_read_aloud,
    passage_units,
    period_fits,
    qualifying,
    quarter_column_asked,
    quote_of,
    reading_order,
    topic_keywords,
    years_asked,
)
from assistant.questions import (
    AGENCY,
    BASIS,
    DATE,
    DEADLINE_ASKED,
    DOC_NUMBER,
    FACT_KINDS,
    ISSUE_DATE,
    ISSUER,
    LIST,
    NUMBER,
    PAST,
    SIGNER,
    SOURCE,
    STOPWORDS,
    QuestionProfile,
    folded_syllables,
    profile_question,
    question_word_spans,
)
from index.agencies import agency_key, find_agency_mentions, looks_like_agency
from index.metadata import ARTICLE_TYPE, PlanMetadata, local_place
from index.normalize import canonical, comparison_form, fold_accents
from index.plan_scope import cited_with_date
from index.retriever import Passage
from index.structure import BASIS_TITLE, HEADER_TITLE, SIGNATURE_TITLE
from index.tables import MEASURE, UNIT_COLUMN, UNIT_IN_BRACKETS, row_label
from index.vocab.dates import BY_DATE, BY_MONTH, dotted_figures
from index.vocab.dates import DATE as WRITTEN_DATE
from index.vocab.markers import BULLET, ROMAN, SUB_BULLET, classify_marker, strip_marker
from index.vocab.phrases import (
    ABBREVIATION,
    FUNDING_SOURCE,
    OPENS_SUBITEMS,
    PROPER_NAME_WORDS,
    RESULT_COLUMN,
    cites_basis,
    named_items_span,
)
from index.vocab.qualifiers import names_qualifier


@dataclass(frozen=True)
class Evidence:
    """Units quoted from one section (one or more of its chunks), and their opening."""

    units: tuple[Unit, ...]
    lead: str = ""  # overrides the default "Theo <plan>, mục “…”:" opening
    fact: str = ""  # the fact itself when the evidence knows it ("Sở Nội vụ (thường trực)"), stated as is

    @property
    def passage(self) -> Passage:
        return self.units[0].passage


def corpus_summary(plans: dict[str, PlanMetadata]) -> str:
    labels = "; ".join(sorted(p.label for p in plans.values()))
    return f"Các kế hoạch hiện có: {labels}." if labels else "Chưa có kế hoạch nào được nạp."


def refusal(question: str, plans: dict[str, PlanMetadata], passages: list[Passage], reason: str = "") -> Answer:
    """The plain refusal: no citation, and what the corpus does cover."""
    text = REFUSAL
    if reason:
        text = f"{REFUSAL[:-1]} ({reason})."
    return Answer(question, f"{text} {corpus_summary(plans)}", True, [], passages)


def _opening(evidence: Evidence, name_plan: bool) -> str:
    if evidence.lead:
        return evidence.lead
    section = heading_context(evidence.passage, list(evidence.units))
    where = f"mục “{section}”" if section else "nội dung kế hoạch"
    return f"Theo {evidence.passage.plan}, {where}:" if name_plan else f"Cũng theo kế hoạch này, {where}:"


def _attach_headings(units: tuple[Unit, ...]) -> list[Unit]:
    """Cite a quoted heading with the chunk of the body line after it.

    Every chunk of a long item repeats its heading; the chunk that also holds
    the quoted body line is the one that supports the whole quote.
    """
    out = list(units)
    for i in range(len(out) - 2, -1, -1):
        if out[i].is_heading and not out[i + 1].is_heading and out[i].passage.section == out[i + 1].passage.section:
            out[i] = replace(out[i], passage=out[i + 1].passage)
    return out


def _runs(units: tuple[Unit, ...]) -> list[list[Unit]]:
    """Consecutive units of the same chunk: each run gets one citation marker."""
    runs: list[list[Unit]] = []
    for unit in _attach_headings(units):
        if runs and runs[-1][-1].passage.id == unit.passage.id:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def compose(question: str, evidence: list[Evidence], passages: list[Passage]) -> Answer:
    """One paragraph per section quoted; citations numbered by first use."""
    citations: list[Citation] = []
    numbers: dict[str, int] = {}
    paragraphs: list[str] = []
    previous_plan = ""
    for item in evidence:
        pieces = []
        for run in _runs(item.units):
            passage = run[0].passage
            if passage.id not in numbers:
                numbers[passage.id] = len(numbers) + 1
                citations.append(Citation(numbers[passage.id], passage, quote_of(run)))
            pieces.append(f"{quote_of(run)} [{numbers[passage.id]}]")
        paragraphs.append(f"{_opening(item, item.passage.plan != previous_plan)} {' '.join(pieces)}")
        previous_plan = item.passage.plan
    answer = Answer(question, "\n".join(paragraphs), False, citations, quoted_first(citations, passages))
    for item in evidence:
        if item.fact:
            doc = item.passage.doc
            answer.stated[doc] = f"{answer.stated[doc]}; {item.fact}" if doc in answer.stated else item.fact
    return answer


def quoted_first(citations: list[Citation], passages: list[Passage]) -> list[Passage]:
    """The passages searched with those the answer quotes first, in the order quoted, ranked anew: what was read to
    answer leads the sources wherever the search ranked it (a register row's chunk, the rest of a section, the
    other plan's side), the search's order after it."""
    quoted = {c.passage.id: c.passage for c in citations}
    rest = [p for p in passages if p.id not in quoted]
    return [replace(p, rank=rank) for rank, p in enumerate([*quoted.values(), *rest], 1)]


# ------------------------------------------------------------------ the short answer
_DESCRIPTION_ASKED = re.compile(r"\b(?:nhu the nao|the nao|ra sao)\b")  # how a thing is: its statement
# Where a sentence may be cut into pieces: after ";", ",", ":" and around a parenthesis.
# Commas also sit inside names ("Sở Lao động, Thương binh và Xã hội") and lists, so an
# answer is a run of consecutive pieces, never one piece by force.
# (not before an abbreviation in brackets, which names what stands before it: "Phòng Giáo dục nghề nghiệp (GDNN)")
_PIECE_BREAK = re.compile(rf"[;,:]\s+|\s+\((?!{ABBREVIATION}\))|(?<![A-ZĐ])\)(?=[\s.,;:]|$)")
# An item's number or letter ("1. ", "2.3 ", "b) ", "II. "); a bare number is a count ("gồm: 9 trường CĐ").
_ENUMERATOR = re.compile(rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?|\d{{1,2}}\s*[.\-–)]|[a-zđ]\)|{ROMAN}\.)\s+(?=\S)")
_ASIDE = re.compile(r"\s*\([^()]*\)")
# A document number a title cites ("Kế hoạch số 238/KH-UBND"): where a numberless plan's name may end.
_CITED_NUMBER = re.compile(r"\d[\d.]*(?:/|-(?=[A-ZĐ]))[\w/&.-]*[A-ZĐ][\w&-]*")  # "2239/QĐ-TTg", the Party's "14-NQ/TU"

SHORT_CHARS = 100  # the fact of a one-fact answer; a fact of several gets its share
MIN_FACT_CHARS = 70
UNIT_CHARS = 30  # what may follow a figure in its piece ("tỷ đồng", "lượt người")
LIST_CHARS = 220  # list items need room
ITEM_CHARS = 60  # each item of a lead's list, past its asked fact
# … or on to the end of its clause when that comes by here: "bổ sung, hoàn thiện các chính sách mang tính chủ động
# phòng ngừa thất nghiệp" is the item, "… mang tính chủ động…" none
ITEM_CLAUSE_CHARS = 100
LABEL_CHARS = 48  # longer plan labels are shortened to type, number, province, date
ROW_LABEL_CHARS = 60  # a table row's label (its task or target) before the asked cells
UNIT_CELL_CHARS = 20  # a unit cell ("%", "Lượt người", "tỷ đồng"); a longer one is no unit
MAX_PIECES = 4
LIST_PIECES = 12
KIND_WEIGHT = 10.0  # a run holding the asked kind of fact beats any wording overlap
PART_TOPIC_WORDS = 1  # a part naming this many topic words or fewer asks of the whole question's topic
DEADLINE_WEIGHT = 2.5  # a deadline asked ("hạn", "xong khi nào"): "hoàn thành trong Quý III/2025" over "… năm 2025"
GIVEN_COST = 3.0  # per fact the question itself gives ("báo cáo trước 05/12, vậy hạn … là ngày nào")
NEAR_WEIGHT = 1.0  # extra weight of a topic word next to the asking words, halved per word away
NEAR_DECAY = 0.5
ASKING_NOUN_WORDS = 2
ASKED_WORDS = 5  # what may name the thing asked after its noun ("giai đoạn 2025 - 2030", "vốn … trung hạn")
TOPIC_WEIGHT = 16.0  # a run holding every topic word; the share it holds counts
PHRASE_WEIGHT = 1.0  # per pair of question words the run holds side by side ("trọng điểm")
# Among runs stating the kind of fact asked, one naming the group, level or place the question singles out
# ("trình độ cao đẳng: 2.150") over one that states the figure of all ("tuyển sinh 28.400 người"), as a topic word
# would not tell them apart; a run without the fact gains nothing by naming it ("liên kết với các trường đại học").
QUALIFIER_WEIGHT = 3.0
LENGTH_COST = 0.01  # per character: one more topic word is worth about 100 characters
LIST_LENGTH_COST = 0.003
RANK_COST = 0.25  # per citation after the first: the answerer ordered them by relevance


@dataclass(frozen=True)
class _Candidate:
    text: str
    passage: Passage
    score: float
    keep: int = 0  # where the last asked fact it states ends: a clip never cuts before it


def issued_on(plan: PlanMetadata) -> str:
    """" ngày 07 tháng 3 năm 2023" as the plan writes its date (else " ngày 05/03/2025" from the ISO date);
    "" for a date not given in full. Readers, and their own notes, copy the plan's wording."""
    parts = plan.date.split("-")
    if len(parts) != 3:
        return ""
    written = plan.date_text if fold_accents(plan.date_text).lower().startswith("ngay ") else ""
    return f" {written}" if written else f" ngày {parts[2]}/{parts[1]}/{parts[0]}"


def short_label(passage: Passage) -> str:
    """The plan named in few words: type, number, province, date ("Kế hoạch 70/KH-UBND (Hà Nội, 07/03/2023)").

    The full label may carry a long title; a label already short is kept as the
    quotes below name it.
    """
    label = passage.plan
    meta = passage.document
    if len(label) <= LABEL_CHARS or meta is None:
        return label
    kind = meta.doc_type or "Kế hoạch"
    if meta.issues:  # a plan issued with a decision: named by the decision
        name = f"{meta.issues} ban hành kèm {' '.join(p for p in (kind, meta.number) if p)}"
    elif meta.number:
        name = f"{kind} {meta.number}"
    else:
        name = f"{kind} {_short_title(meta.title or label, headline=meta.doc_type == ARTICLE_TYPE)}"
    date = _day_month_year(meta.date)
    scope = [p for p in (local_place(meta), meta.province, date or (str(meta.year) if meta.year else "")) if p]
    return f"{name} ({', '.join(scope)})" if scope else name


def _short_title(title: str, headline: bool = False) -> str:
    """A numberless plan's title up to the document it implements ("triển khai Kế hoạch 238/KH-UBND"),
    else its first words; a headline keeps its capital ("Lam Giang phấn đấu …")."""
    title = re.sub(r"[“”\"]", "", title).replace(" số ", " ").strip()
    cited = _CITED_NUMBER.search(title)
    if cited and cited.end() <= LABEL_CHARS:
        title = title[:cited.end()]
    elif len(title) > LABEL_CHARS - 12:
        title = title[: LABEL_CHARS - 12].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"
    return title[0].lower() + title[1:] if len(title) > 1 and title[1].islower() and not headline else title


def _day_month_year(iso: str) -> str:
    parts = iso.split("-") if iso else []
    return "/".join(reversed(parts)) if len(parts) == 3 else ""


def _row_fact(row: str, profile: QuestionProfile, wanted: set[str]) -> str:
    """A row read aloud cut to the columns asked: the asked year's or period's cell
    ("Tuyển sinh | Năm 2025: 3.500 người"), else the cells whose header the question names and, for each
    kind of fact asked they lack, the first cell that states one ("… | Thời gian hoàn thành: Quý II/2025").
    The row's label is the topic the question named: a long one is shortened."""
    label, cells = row_label([c.strip() for c in row.split(" | ")])
    units = [c for c in cells if _unit_of(c)]
    unit = _unit_of(units[0]) if units else ""
    values = [c for c in cells if c not in units]
    if not asks_comments(profile):  # a comments report's row: what was answered or is in force, not the proposal
        values = [c for c in values if not is_comment_cell(c)] or values
    heads = [c.split(":", 1)[0] if ":" in c else "" for c in values]
    # the asked year's or quarter's cells ("quý 3" of "Quý III: 120"); asked of now ("hiện nay có bao nhiêu … và tới
    # 2030 …"), the state reached too
    asked = [c for c, h in zip(values, heads) if any(str(y) in h for y in profile.years)
             or quarter_column_asked(h, profile)
             or (profile.wants(PAST) and RESULT_COLUMN.search(fold_accents(h).lower()))]
    if not asked:
        keywords = set(profile.keywords)
        # a column the question names by its words in a row ("chủ đầu tư"), else any sharing a word with it
        asked = [c for c, h in zip(values, heads) if h and column_named(h, profile)] or [
            c for c, h in zip(values, heads) if h and set(folded_syllables(h)) & keywords]
        for kind in sorted(wanted):
            held = any(kind in _kinds(c, profile) for c in asked)
            first = next((c for c, h in zip(values, heads) if h and kind in _kinds(c[len(h) + 1:], profile)), None)
            if not held and first is not None and first not in asked:
                asked.append(first)
        asked = [c for c in values if c in asked]  # in the row's order
    if asked and len(label) > ROW_LABEL_CHARS:
        label = label[:ROW_LABEL_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:(") + "…"
    return f"{label}: " + "; ".join(_with_unit(c, unit) for c in asked or values)


def _unit_of(cell: str) -> str:
    """The unit a "Đơn vị tính: %" cell gives the row's figures ("" for any other cell, a body's name too)."""
    head, _, value = cell.partition(":")
    value = value.strip()
    if not value or len(value) > UNIT_CELL_CHARS or not re.match(UNIT_COLUMN, head.strip(), re.IGNORECASE):
        return ""
    return "" if find_agency_mentions(value) else value


def _with_unit(cell: str, unit: str) -> str:
    """A figure cell with the row's unit after its last figure: "Năm 2026: 31,2%", "Năm 2025: 3.500 người"; a bare
    figure under a header that gives its measure in brackets reads with it: "Vay vốn tối đa (triệu đồng/người): 150"
    → "Vay vốn tối đa: 150 triệu đồng/người"."""
    head, colon, value = cell.rpartition(":")
    bracket = UNIT_IN_BRACKETS.search(head) if colon else None
    if bracket and MEASURE.match(bracket.group("unit")) and _BARE_FIGURE.match(value):
        cell, unit = f"{head[:bracket.start()]}:{value}", bracket.group("unit").strip()
    if not unit or not re.search(r"\d", value) or unit.lower() in value.lower():
        return cell
    return f"{cell}{unit}" if unit == "%" else f"{cell} {unit}"


_BARE_FIGURE = re.compile(r"^\s*\d[\d.,\s]*$")  # a cell's figure with nothing after it


def _kinds(text: str, profile: QuestionProfile) -> set[str]:
    return {f.split(":", 1)[0] for f in facts_in(text, profile)}


def _tidy(text: str) -> str:
    """A run of pieces as a phrase: no enumerator, no dangling punctuation or half parenthesis."""
    text = _ENUMERATOR.sub("", BULLET.sub("", text)).strip(" ,;:.")
    if text.count("(") > text.count(")"):
        text = text[1:].strip() if text.startswith("(") else f"{text})"
    while text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip(" ,;:.")
    return text


def _depths(text: str) -> list[int]:
    """How deep in parentheses each character stands: "(xây dựng nông thôn mới; giảm nghèo)" is an aside
    whose ";" and "," break no clause."""
    out, depth = [], 0
    for char in text:
        depth += char == "("
        out.append(depth)
        depth = max(0, depth - (char == ")"))
    return out


def _clauses(text: str) -> list[str]:
    """The ";" clauses of a sentence, none cut inside parentheses."""
    depth = _depths(text)
    cuts = [m.end() for m in re.finditer(r";\s+", text) if not depth[m.start()]]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]


def _piece_runs(text: str, most: int, listing: bool) -> list[str]:
    """Runs of up to ``most`` consecutive pieces of a sentence, within one ";" clause.

    A run never stops at a ":" (the value it announces follows); a list question's
    run goes on to the end of its clause, where the items end.
    """
    runs: list[str] = []
    for clause in [text] if listing else _clauses(text):
        depth = _depths(clause)
        breaks = [m for m in _PIECE_BREAK.finditer(clause) if not depth[m.start()]]
        starts = [0] + [m.end() for m in breaks]
        ends = [m.start() for m in breaks if not m.group().startswith(":")] + [len(clause)]
        for a in starts:
            after = [b for b in ends if b > a]
            runs += [clause[a:b] for b in (after[-1:] if listing else after[:most])]
    return runs


def _heading_agency(passage: Passage) -> str:
    """The body the passage's headings name, nearest first ("1. Sở Tài chính" → "Sở Tài chính"):
    the subject of the duties quoted under it."""
    lines = passage.text.split("\n")[:heading_lines(passage)]
    for line in reversed(lines):
        mentions = find_agency_mentions(line)
        if mentions and looks_like_agency(strip_marker(canonical(line))):
            return canonical(line)[mentions[0].start:mentions[-1].end]
    return ""  # a task heading that names bodies in passing ("3. Kiểm định 03 cơ sở giáo dục nghề nghiệp, gồm: …")


def _item_owner(unit: Unit, section: list[Unit]) -> str:
    """The body a "+" duty belongs to: the nearest "- Phòng Kinh tế:" line above it in its chunk, with only
    "+" lines between ("- Hội Liên hiệp Phụ nữ xã:" / "+ Chủ trì, phối hợp với Phòng Kinh tế hỗ trợ …");
    "" when the duty is no such sub-item (its heading's body then speaks for it)."""
    owner = ""
    for before in (u for u in section if u.position < unit.position and not u.is_heading):
        name = _OWNER_LINE.match(before.text)
        if name and looks_like_agency(name.group(1)):
            owner = name.group(1).strip()
        elif not SUB_BULLET.match(before.text):
            owner = ""
    return owner if SUB_BULLET.match(unit.text) else ""


# A list item that is only a body's name over its "+" duties: "- Phòng Kinh tế:", "- Đề nghị Hội Nông dân xã:".
# A duty line opening with the body's role ("Chủ trì, phối hợp với …", "Chủ trì xây dựng …"): the body leads it.
_LEADS = re.compile(r"^[Cc]hủ trì(?=\s*[,:;]|\s)")
_OWNER_LINE = re.compile(r"^[-–•]\s*(?:Đề nghị\s+)?([^:;.]{3,120}?)\s*:\s*$")


def _folded_terms(text: str) -> set[str]:
    """Folded syllables, "06" and "6" alike."""
    return {_plain(s) for s in folded_syllables(text)}


def _plain(syllable: str) -> str:
    return syllable.lstrip("0") or syllable if syllable.isdigit() else syllable


def _fact_keys(text: str, profile: QuestionProfile) -> set[str]:
    """The facts a text states, accents and case aside ("hàng năm" = "hang nam")."""
    return {fold_accents(f).lower() for f in facts_in(text, profile)}


def _nearness(question: str) -> dict[str, float]:
    """How close each question word stands to the words that ask ("những mô hình nhà trường nào"):
    the words next to them name what is asked, the rest its context."""
    folded = " ".join(folded_syllables(question))
    spans = question_word_spans(folded)
    start = asking_start(folded)
    if start is not None:
        spans.append((start, start + 1))
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", folded)]
    anchors = [i for i, (at, word) in enumerate(words) if any(a < at + len(word) and at < b for a, b in spans)]
    near: dict[str, float] = {}
    for i, (_, word) in enumerate(words):
        distance = min((abs(i - j) for j in anchors), default=len(words))
        near[_plain(word)] = max(near.get(_plain(word), 0.0), NEAR_WEIGHT * NEAR_DECAY ** distance)
    return near


def _asked_kinds(profile: QuestionProfile, question: str) -> set[str]:
    """The kinds of fact the asking words themselves want ("… các sở … phải gửi báo cáo trước ngày nào":
    a date, not an agency); the question's kinds when its asking words name none."""
    text = canonical(question)
    start = asking_start(fold_accents(text).lower())
    if start is None:
        return {k for k in FACT_KINDS if profile.wants(k)}
    head = text[:start].split()  # the noun the asking word closes ("ngày nào", "phòng nào") comes before it
    asked = profile_question(" ".join(head[-ASKING_NOUN_WORDS:]) + " " + text[start:]).kinds
    return {k for k in FACT_KINDS if profile.wants(k) and (k in asked or not asked & FACT_KINDS)}


def _pairs(text: str) -> set[tuple[str, str]]:
    syllables = [_plain(s) for s in folded_syllables(text)]
    return set(zip(syllables, syllables[1:]))


def _candidates(
    answer: Answer, profile: QuestionProfile, question: str, docs: set[str], entire: QuestionProfile | None = None,
) -> list[_Candidate]:
    """Every run of pieces of the quoted units, scored: the asked kinds of fact it states that the
    question did not give, the topic words it holds (those near the asking words more), its
    length and its citation's rank."""
    wanted = _asked_kinds(profile, question)
    # A table row is one record: each part of a compound question reads the same cells of it, all asked.
    row_profile = entire or profile
    row_wanted = _asked_kinds(entire, answer.standalone_question or answer.question) if entire else wanted
    listing = profile.wants(LIST)
    # "… được đặt ra như thế nào?": no fact of a kind asked, the statement itself: the whole clause, not its first piece
    # ("Cơ cấu lao động đến năm 2023: Nông, lâm nghiệp …: 19,5%; …" cut at "Nông")
    whole_clause = listing or not wanted and bool(_DESCRIPTION_ASKED.search(fold_accents(question).lower()))
    each = asks_each(question)
    deadline = DATE in wanted and bool(DEADLINE_ASKED.search(fold_accents(question).lower()))
    phrases = {p for p in _pairs(question) if not set(p) <= STOPWORDS}
    most, cost = (LIST_PIECES, LIST_LENGTH_COST) if whole_clause else (MAX_PIECES, LENGTH_COST)
    given = _fact_keys(question, profile)
    near = _nearness(question)
    out: list[_Candidate] = []
    for rank, citation in enumerate(answer.citations):
        passage = citation.passage
        if passage.doc not in docs:
            continue
        keywords = [_plain(k) for k in topic_keywords(profile, passage)]
        whole = sum(1 + near.get(k, 0.0) for k in keywords) + PHRASE_WEIGHT * len(phrases) or 1.0
        agency = _heading_agency(passage) if AGENCY in wanted else ""
        if agency and _fact_keys(agency, profile) <= given:
            agency = ""  # the question names it: it is not the answer
        quoted = _quoted_units(citation)
        section = passage_units(passage)
        units = [BULLET.sub("", u.text).strip() for u in quoted]
        texts: list[str] = []
        rows: set[str] = set()  # a row's fact is the cells asked, a lead's the items it lists: never clipped
        years = years_asked(profile, passage.document)
        owner: dict[str, str] = {}  # the body a text's duty belongs to, when a "- Phòng Kinh tế:" line above says
        for i, unit in enumerate(units):
            if not period_fits(quoted[i], years):
                continue  # "… năm 2030" of a compound question is not stated under "a) Đến năm 2025"
            start = len(texts)
            if is_read_aloud(unit):
                texts.append(_row_fact(unit, row_profile, row_wanted))
                rows.add(texts[-1])
            elif items := (_cited_items(answer, quoted[i])
                           if (listing or each) and announces_items(quoted[i], section, keywords)
                           else []):  # a lead, with the items it announces
                texts.append(_listed(unit, items, profile, given, wanted))
                rows.add(texts[-1])
            elif in_line := named_items_span(unit) if listing else None:
                # "… 04 trường, cụ thể: Trường A; Trường B; …": the items it names, after its lead cut short; items
                # named by commas ("Quản trị khách sạn, Quản trị nhà hàng, …") each in full, being names
                span = unit[in_line[0]:in_line[1]]
                named = [i for i in re.split(r"\s*;\s*", span) if i.strip()]
                by_comma = len(named) == 1 and [i for i in re.split(r"\s*,\s+", span) if i.strip()]
                named = (by_comma or named) + (_items_going_on(answer, quoted[i]) if unit.rstrip().endswith(";")
                                               else [])
                lead = _clip(_tidy(unit[:in_line[0]]), 0, ITEM_CHARS)
                texts.append(_listed(lead, named, profile, given, wanted, 0 if by_comma else ITEM_CHARS))
                rows.add(texts[-1])
            else:
                runs = [_tidy(run) for run in _piece_runs(unit, most, whole_clause)]
                if each and not listing:  # every item's figure, across the ";" between them
                    runs += [_tidy(run) for run in _piece_runs(unit, LIST_PIECES, True)]
                if AGENCY in wanted and (leads := _LEADS.match(unit)):
                    # "Chủ trì, phối hợp với Sở GD&ĐT …: Xây dựng kế hoạch …": whichever run is told, the body
                    # leads it; without "chủ trì" the run would read as if the body only helped
                    runs = [run if _LEADS.match(run) else f"{leads.group()}, {run}" for run in runs]
                texts += runs
            body = _item_owner(quoted[i], section) if AGENCY in wanted else ""
            if body and not _fact_keys(body, profile) <= given:
                owner.update((t, body) for t in texts[start:])
        for text in dict.fromkeys(t for t in texts if t):
            facts = _fact_keys(text, profile)
            new = facts - given
            stated = {f.split(":", 1)[0] for f in new}
            if NUMBER in stated and not has_measure(text, profile):
                stated.discard(NUMBER)
            keep = len(text) if text in rows else _fact_end(text, profile, given, wanted)
            if not keep and not listing:  # no fact of a known kind: what follows the asked noun is the answer
                keep = _asked_noun_end(text, near)
            subject = owner.get(text, agency)
            if subject and comparison_form(subject) not in comparison_form(text):
                text = f"{subject}: {text[0].lower() + text[1:] if text[1:2].islower() else text}"
                keep = keep + len(subject) + 2 if keep else len(subject)
                stated.add(AGENCY)
            terms = _folded_terms(text)
            covered = sum(1 + near.get(k, 0.0) for k in keywords if k in terms)
            covered += PHRASE_WEIGHT * len(phrases & _pairs(text))
            covered *= TOPIC_WEIGHT / whole
            specific = {k for k in stated if any(f.startswith(k) and any(c.isdigit() for c in f) for f in new)}
            # a figure or date of the asked kind counts again; "mỗi bên bao nhiêu": each item's is a fact asked
            held = len(stated & wanted) + (len({f for f in new if f.split(":", 1)[0] in wanted
                                                and any(c.isdigit() for c in f)}) if each else len(specific & wanted))
            # Beside a new figure or date of the asked kind, a fact the question gives labels the item
            # asked ("sơ cấp và dưới 3 tháng: 176.000"); alone, it only repeats the question.
            restated = 0 if specific & wanted else len(facts & given)
            singled = sum(names_qualifier(q, text) for q in profile.qualifiers) / len(profile.qualifiers) \
                if profile.qualifiers and held else 0.0  # among runs stating the kind of fact asked
            # a run counting in what the question leaves out ("… có bằng cấp, chứng chỉ" for the rate "nói chung")
            singled -= counts_in_excluded(text, profile)
            due = deadline and bool(BY_DATE.search(text) or BY_MONTH.search(text))
            score = (KIND_WEIGHT / 2 * held - GIVEN_COST * restated + covered + QUALIFIER_WEIGHT * singled
                     + DEADLINE_WEIGHT * due - cost * len(text) - RANK_COST * rank)
            out.append(_Candidate(text, passage, score, keep))
    return out


def _units_quoted_from(answer: Answer, doc: str) -> set[Unit]:
    """Every unit the answer quotes from one plan, whichever citation quotes it."""
    return {u for c in answer.citations if c.passage.doc == doc for u in _quoted_units(c)}


def _qualifying_runs(answer: Answer, chosen: list[_Candidate]) -> list[_Candidate]:
    """The quoted sentence that qualifies or reverses a run's ("… là rất xác đáng." | "Tuy nhiên, … năm 2026 tỉnh
    chưa thể ban hành ngay."): the short answer states it too, or it would say the opposite of the plan."""
    out: list[_Candidate] = []
    for citation in answer.citations:
        quoted = _quoted_units(citation)
        holding = [u for u in quoted if any(c.passage.id == citation.passage.id and c.text in u.text for c in chosen)]
        for after in qualifying(holding):  # the quote's own qualifying sentences, the rule `select_units` quotes by
            if any(u.position == after.position for u in quoted) and not any(after.text in c.text
                                                                               for c in [*chosen, *out]):
                text = after.text.rstrip(" .")
                out.append(_Candidate(text, citation.passage, 0.0, keep=len(text)))  # stated whole
    return out


def _quoted_units(citation: Citation) -> list[Unit]:
    """The units of a cited passage that its quote holds."""
    return [u for u in passage_units(citation.passage) if BULLET.sub("", u.text).strip() in citation.quote]


def _cited_items(answer: Answer, lead: Unit) -> list[str]:
    """The items the answer quotes after a lead ("Kinh phí … bao gồm:"), in its chunk or in the chunks
    cited after it: the lines it announces, or the numbered headings of the same kind that follow it
    (each item of "1. Nguồn …", "2. Nguồn …" may be a part, and a chunk, of its own)."""
    cited = _units_quoted_from(answer, lead.passage.doc)
    after = sorted((u for u in cited if reading_order(u) > reading_order(lead)), key=reading_order)
    if not after or not after[0].is_heading:
        return [BULLET.sub("", u.text).strip() for u in enumeration(lead, list(cited))]
    kind = _marker_kind(after[0].text)
    items: list[str] = []
    for unit in (u for u in after if u.is_heading):
        if not kind or _marker_kind(unit.text) != kind:
            break  # a part of another level ("II. NGUỒN VỐN TÍN DỤNG") ends the list
        if unit.text not in items:
            items.append(unit.text)
    return items[:MAX_ITEMS]


def _sources_named(answer: Answer) -> list[str]:
    """The quoted sentences that name a source of money ("Nguồn ngân sách Thành phố …", "vốn ODA", "học phí"),
    in reading order, each cut past the last source it names."""
    units = sorted({u for c in answer.citations for u in _quoted_units(c)}, key=reading_order)
    out: list[str] = []
    for unit in units:
        text = _tidy(BULLET.sub("", strip_marker(unit.text)))
        found = list(FUNDING_SOURCE.finditer(text))
        if found:
            said = _clip(text, found[-1].end(), ITEM_CHARS)
            if said not in out:
                out.append(said)
    return out[:MAX_ITEMS]


def _items_going_on(answer: Answer, unit: Unit) -> list[str]:
    """The items of a list named in line that a chunk break carried on into the next units ("… Trường B;" |
    "Trường C; Trường D."): the short quoted units after it that end with ";" or, the last, ".", in order."""
    cited = _units_quoted_from(answer, unit.passage.doc)
    items: list[str] = []
    for following in sorted((u for u in cited if reading_order(u) > reading_order(unit)), key=reading_order):
        if following.is_heading and following.passage.section == unit.passage.section:
            continue  # the next chunk of the section repeats its heading
        text = following.text.strip()
        if (following.is_heading or BULLET.match(text) or len(text.split()) > PROPER_NAME_WORDS
                or not text.endswith((";", "."))):  # a bullet, a heading or a sentence is no item of it
            break
        items.append(text.rstrip(";."))
        if text.endswith("."):
            break
    return items[:MAX_ITEMS]


def _marker_kind(text: str) -> str:
    marker = classify_marker(text)
    return marker[0] if marker else ""


def _listed(lead: str, items: list[str], profile: QuestionProfile, given: set[str], wanted: set[str],
            item_chars: int = ITEM_CHARS) -> str:
    """A lead and its items in one phrase, each item cut short past the fact it states (``item_chars``; 0: names,
    said whole): "Kinh phí thực hiện Kế hoạch bao gồm: Nguồn ngân sách nhà nước…; Nguồn vốn vay ưu đãi nước
    ngoài, vốn ODA"."""
    said = []
    for item in items:
        item = OPENS_SUBITEMS.sub("", _without_asides(_tidy(item), profile, given, wanted))
        said.append(_clip(item, _fact_end(item, profile, given, wanted), item_chars, ITEM_CLAUSE_CHARS)
                    if item_chars else item)
    lead = _without_asides(_tidy(lead), profile, given, wanted)
    return (f"{lead}: " if lead else "") + "; ".join(said)  # (items opening their paragraph have no lead)


def _without_asides(text: str, profile: QuestionProfile, given: set[str], wanted: set[str]) -> str:
    """The text less its asides in parentheses that state no asked fact ("52,6 tỷ đồng (Năm mươi hai tỷ, …)")."""
    return _ASIDE.sub(lambda m: m.group() if _fact_end(m.group(), profile, given, wanted) else "", text)


def _best(
    answer: Answer, profile: QuestionProfile, question: str, docs: set[str], entire: QuestionProfile | None = None,
) -> _Candidate | None:
    """The best run for a part of the question; ``entire`` is the whole question's profile (table rows)."""
    found = _candidates(answer, profile, question, docs, entire)
    return max(found, key=lambda c: c.score) if found else None


def _fact_end(text: str, profile: QuestionProfile, given: set[str], wanted: set[str]) -> int:
    """Where the last new fact of a wanted kind ends in the text (0: none)."""
    ends = [0]
    mentions = find_agency_mentions(text)
    for fact in facts_in(text, profile):
        kind, value = fact.split(":", 1)
        if kind not in wanted or fold_accents(fact).lower() in given:
            continue
        if kind == AGENCY:
            ends += [m.end for m in mentions if agency_key(m.name) == value]
        elif value in text:
            ends.append(text.index(value) + len(value))
    return max(ends)


def _asked_noun_end(text: str, near: dict[str, float]) -> int:
    """Where the few words after the asked noun end ("lần thứ mấy" → "… lần thứ 13", "giai đoạn nào" →
    "… giai đoạn 2025 - 2030"), at its last mention in the text; 0 when the text does not name it."""
    folded = fold_accents(text)
    nouns = [w for w, weight in near.items() if weight == NEAR_WEIGHT * NEAR_DECAY and w not in STOPWORDS]
    if len(folded) != len(text) or not nouns:
        return 0
    ends = [m.end() for w in nouns for m in re.finditer(rf"\b{re.escape(w)}\b", folded)]
    if not ends:
        return 0
    following = re.match(rf"(?:\s+\S+){{1,{ASKED_WORDS}}}", text[max(ends):])
    return max(ends) + (following.end() if following else 0)


def _document_end(text: str) -> int:
    """Where the first document a line cites ends, with its date ("Căn cứ Quyết định số 2239/QĐ-TTg ngày
    30/12/2021"); 0: none."""
    cited = _CITED_NUMBER.search(text)
    if not cited:
        return 0
    dated = re.match(rf"\s+ngày\s+(?:{WRITTEN_DATE.pattern})", text[cited.end():])  # "… ngày 30/12/2021"
    return cited.end() + (dated.end() if dated else 0)


# What names a figure's unit after it: "%", or a word or two ("16 trường", "20.000 lao động", "85 tỷ đồng").
_UNIT_AFTER = re.compile(r"(?:\s*%)?(?:\s+(?!(?:và|của|theo|trong|cho|với|để|từ|đến|vào|năm)\b)[^\s\d,.;:()…]+){0,2}")


def _clip(text: str, keep: int, chars: int, clause_chars: int = 0) -> str:
    """The run cut at a word near ``chars``, or at the end of its clause when that comes by ``clause_chars``;
    never before the asked fact it states (which ends at ``keep``), nor between a figure and its unit ("đối với
    16 trường", not "đối với 16…")."""
    if len(text) <= chars:
        return text
    if 0 < keep <= len(text) and text[keep - 1].isdigit():
        unit = _UNIT_AFTER.match(text, keep)
        keep = unit.end() if unit else keep
    clause = _PIECE_BREAK.search(text, chars) if clause_chars else None
    clause_end = clause.start() if clause else len(text)
    if keep <= chars and clause_end <= clause_chars:
        cut = text[:clause_end]
    elif keep <= chars:
        cut = text[:chars].rsplit(" ", 1)[0]
        inside = [m.end for m in find_agency_mentions(text) if m.start < len(cut) < m.end]
        cut = text[:max(inside)] if inside else cut  # a body's name is never cut ("Sở Lao động –…")
    else:
        after = _PIECE_BREAK.search(text, keep)  # the fact's unit ("120 tỷ đồng") ends its piece
        end = after.start() if after else len(text)
        if end - keep > UNIT_CHARS:
            end = text.find(" ", keep)
        cut = text if end < 0 else text[:end]
    return cut if cut == text else cut.rstrip(" ,;:(") + "…"


def short_answer(answer: Answer, profile: QuestionProfile, plan_parts: dict[str, str] | None = None) -> str:
    """One sentence that states the fact and names the plan, before the cited quotes.

    "Theo Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội): trung cấp: 28.500." The fact is
    the run of pieces of the quoted sentences that holds the kind of fact asked (a figure,
    time or body the question did not give) and most of its topic words, shortest first;
    an agency question names the body its heading gives; a question in two parts gets
    both facts, an answer quoting several plans each plan's facts (its own parts when the question asks each plan
    its own thing, ``plan_parts``), a list question the items.
    """
    if answer.refused or not answer.citations:
        return ""
    if profile.cited and profile.wants(ISSUE_DATE):
        # "Chỉ thị 37-CT/TW ban hành ngày nào?": the date its citation gives it, not another date of the line
        dated = next(((c, span) for c in answer.citations if (span := cited_with_date(c.quote, *profile.cited))), None)
        if dated:
            return f"Theo {short_label(dated[0].passage)}: {dated[1][:1].upper()}{dated[1][1:]}."
    question = answer.standalone_question or answer.question
    plans = list(dict.fromkeys(c.passage.doc for c in answer.citations))
    if answer.stated and set(answer.stated) >= set(plans):  # each plan's fact known as such (a register row's)
        first = {c.passage.doc: c.passage for c in reversed(answer.citations)}
        return "Theo " + "; theo ".join(f"{short_label(first[doc])}: {answer.stated[doc]}" for doc in plans) + "."
    own = _own_facts(answer, profile)
    if not own:
        return _stated(answer, profile, question, plans, plan_parts)
    parts = question_parts(question) if question else []
    # the parts asking another fact ("số mấy", "ngày nào", "căn cứ quyết định nào"), not the signer or issuer
    rest = [part for part in parts if (kinds := profile_question(part).kinds) and not kinds & {SIGNER, ISSUER}] \
        if len(parts) > 1 else []
    # "… thực hiện nghị quyết nào, do ai ban hành?" in one part: what it implements, stated from the quote
    other = _stated(answer, replace(profile, kinds=profile.kinds - {SIGNER, ISSUER}), "; ".join(rest) or question,
                    plans) if rest or profile.wants(BASIS) else ""
    if other and len(own) == 1:
        # "… số mấy, ngày nào, ai ký?" in parts: the other facts, then the signer (and the issuer)
        return f"{other.removesuffix('.')}; {'; '.join(next(iter(own.values()))[2])}."
    if not rest:  # "… có số hiệu gì, ban hành ngày nào và do cơ quan nào ban hành?" in one: the header's facts too
        documents = {c.passage.doc: c.passage.document for c in answer.citations}
        for doc, (_, _, clause) in own.items():
            plan = documents[doc]
            issued = _issued_clause(plan)
            header = [f"số hiệu {plan.number}"] * (profile.wants(DOC_NUMBER) and bool(plan.number)) + [issued] * (
                profile.wants(ISSUE_DATE) and bool(issued_on(plan)) and issued not in clause)
            clause[:0] = header
    said = [(label, alone[0] if len(clause) == 1 else "; ".join(clause)) for label, alone, clause in own.values()]
    return "Theo " + "; theo ".join(f"{label}: {fact}" for label, fact in said) + "."


def _side_parts(question: str, whole: QuestionProfile) -> list[tuple[QuestionProfile, str]]:
    """What one plan of several is asked: each part of its question when each asks a fact of its own, else the
    question as ``whole`` profiles it ("… trước ngày nào: ở Bạch Vân … và ở Hà Nội …" asks one thing of each)."""
    parts = [(_yearless(_part_profile(part, whole)), part) for part in question_parts(question)]
    return parts if len(parts) > 1 and all(p.kinds for p, _ in parts) else [(whole, question)]


def _part_profile(part: str, whole: QuestionProfile) -> QuestionProfile:
    """A part's own profile; a part naming a word of topic or none ("…, hạn hoàn thành là khi nào") asks it of the
    question's topic, not of any deadline the quotes give."""
    profile = profile_question(part)
    if len(profile.keywords) > PART_TOPIC_WORDS:
        return profile
    return replace(profile, keywords=tuple(dict.fromkeys(profile.keywords + whole.keywords)))


def _yearless(profile: QuestionProfile) -> QuestionProfile:
    """A profile naming several years held to none, since which year is whose side's is not known."""
    return profile if len(set(profile.years)) <= 1 else replace(profile, years=())


def _part_runs(
    answer: Answer, asked: list[tuple[QuestionProfile, str]], docs: set[str], entire: QuestionProfile | None,
) -> list[_Candidate]:
    """The best run of ``docs`` for each part asked, a run holding another's (or held by it) kept once with both
    facts: "… chủ trì biên soạn 05 chương trình …, hoàn thành trước 30/6/2025" answers who and by when."""
    chosen: list[_Candidate] = []
    for part, words in asked:
        best = _best(answer, part, words, docs, entire)
        if best is not None:
            chosen = _joined(chosen, best)
    return chosen


def _joined(chosen: list[_Candidate], run: _Candidate) -> list[_Candidate]:
    """``chosen`` with ``run`` added, or merged into the run that holds it or that it holds, which then keeps
    every asked fact of both (a clip never cuts before the later one)."""
    for i, other in enumerate(chosen):
        if run.text in other.text or other.text in run.text:
            outer, inner = (other, run) if run.text in other.text else (run, other)
            at = outer.text.index(inner.text)
            keep = max(outer.keep, at + inner.keep if inner.keep else 0)
            return [*chosen[:i], replace(outer, keep=keep), *chosen[i + 1:]]
    return [*chosen, run]


def _issued_clause(plan: PlanMetadata) -> str:
    """"ban hành ngày 07/03/2023": the plan's issue date as a short answer states it."""
    return f"ban hành{issued_on(plan)}"


def _own_facts(answer: Answer, profile: QuestionProfile) -> dict[str, tuple[str, list[str], list[str]]]:
    """Who signed and who issued each plan quoted, when asked: the plan's own facts, which its signature block and
    header state apart; per plan (its label, each fact alone, each fact as a clause after others)."""
    own: dict[str, tuple[str, list[str], list[str]]] = {}
    for passage in {c.passage.id: c.passage for c in answer.citations}.values():
        plan = passage.document
        label, alone, clause = own.setdefault(passage.doc, (short_label(passage), [], []))
        signer = f"{plan.signer_role} {plan.signer}".strip()
        if profile.wants(SIGNER) and passage.section == SIGNATURE_TITLE and plan.signer and signer not in alone:
            # (once per plan, however many passages of its signature part are quoted)
            alone.append(signer)
            clause.append(f"{signer} ký")
        if profile.wants(ISSUER) and passage.section == HEADER_TITLE and plan.issuer and plan.issuer not in alone:
            alone.append(plan.issuer)
            clause.append(f"do {plan.issuer} ban hành")
        if passage.section == HEADER_TITLE and issued_on(plan) and profile.wants(ISSUE_DATE) \
                and not profile.kinds & {SIGNER, ISSUER, DOC_NUMBER, BASIS}:
            # the date alone asked ("mỗi kế hoạch ban hành ngày nào"): the header's date, not its place-date line's
            # first clause ("Hà Nội")
            alone.append(_issued_clause(plan))
            clause.append(alone[-1])
    return {doc: facts for doc, facts in own.items() if facts[1]}


def _stated(
    answer: Answer, profile: QuestionProfile, question: str, plans: list[str], plan_parts: dict[str, str] | None = None,
) -> str:
    """The short answer's sentence for every fact asked but the signer."""
    basis = [c for c in answer.citations if c.passage.section == BASIS_TITLE]
    if profile.wants(BASIS) and basis and (profile.wants(LIST) or len(basis) == len(answer.citations)):
        # "thực hiện những văn bản nào", "triển khai văn bản nào" answered by the basis alone: the documents of the
        # legal basis, each named by its number.
        units = [u.text for c in basis for u in _quoted_units(c) if cites_basis(u.text)]
        clauses = [_tidy(part) for unit in units for part in re.split(r";\s+", unit)]
        cited = list(dict.fromkeys(_clip(part, _document_end(part), 0) for part in clauses if _document_end(part)))
        return f"Theo {short_label(basis[0].passage)}: {'; '.join(cited)}." if cited else ""
    if len(plans) > 1:  # a comparison, or one question asked of several plans: each plan's facts
        # "Bạch Vân năm 2025 và Hải Dương năm 2023": which year is whose is not known, so no side is held to one
        sides = _yearless(profile)
        whole = _side_parts(question, sides)
        facts = []
        for doc in plans:
            own = (plan_parts or {}).get(doc)  # the plan's own parts of a question asking each plan its own thing
            side = _side_parts(own, _yearless(profile_question(own))) if own else whole
            runs = _part_runs(answer, side, {doc}, sides if len(side) > 1 else None)
            facts += [runs] if runs else []
        if not facts:
            return ""
        chars = max(SHORT_CHARS // sum(len(runs) for runs in facts), MIN_FACT_CHARS)
        said = "; theo ".join(f"{short_label(runs[0].passage)}: {'; '.join(_clip(c.text, c.keep, chars) for c in runs)}"
                              for runs in facts)
        return f"Theo {dotted_figures(said)}."
    parts = question_parts(question) if question else []
    asked = [(_part_profile(p, profile), p) for p in parts] if len(parts) > 1 else [(profile, question)]
    chosen = _part_runs(answer, asked, {plans[0]}, profile)
    if not chosen:
        return ""
    chars = LIST_CHARS if profile.wants(LIST) else max(SHORT_CHARS // len(chosen), MIN_FACT_CHARS)
    fact = "; ".join(_clip(c.text, c.keep, chars) for c in [*chosen, *_qualifying_runs(answer, chosen)])
    if profile.wants(SOURCE) and profile.wants(LIST) and not profile.wants(NUMBER) and len(chosen) == 1:
        # "kinh phí lấy từ những nguồn nào" over sentences that each name a source: every source quoted
        sources = _sources_named(answer)
        if len(sources) > len(FUNDING_SOURCE.findall(fact)):
            fact = "; ".join(sources)
    return f"Theo {short_label(chosen[0].passage)}: {dotted_figures(fact)}."
