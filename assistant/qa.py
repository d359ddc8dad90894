"""Retrieve for a question and answer it extractively, refusing when unsupported.

Two steps the chain composes: ``retrieve`` (scope the question to plans,
search, and search each plan separately when the question spans several) and
``answer_extractive`` (facts about the plan itself from its metadata parts,
otherwise quoted sentences; a refusal when the evidence is too weak).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from assistant.answer import Answer
from assistant.compose import Evidence, compose, issued_on, refusal
from assistant.compound import parts_by_plan, question_parts
from assistant.document_answers import asked_party, document_evidence, party_evidence
from assistant.extractive import (
    LIST_SECTION_UNITS,
    MAX_ITEMS,
    ScoredUnit,
    TermWeights,
    Unit,
    best_measured,
    counts_in_excluded,
    executes_document,
    facts_in,
    holds_asked_kinds,
    is_read_aloud,
    joint_coverage,
    kinds_in,
    leaf_heading,
    names_post_asked,
    own_heading,
    own_parts,
    passage_units,
    path_terms,
    plan_identifiers,
    plan_naming_words,
    plan_topic_keywords,
    quote_of,
    reading_order,
    score_units,
    section_key,
    sections_of_years,
    select_units,
    topic_coverage,
    topic_keywords,
    without_heading_number,
    year_ok,
    years_beside_plan,
)
from assistant.provinces import BY_FOLDED, place_spans, without_overlaps
from assistant.questions import (
    AGENCY,
    BASIS,
    BASIS_WORDS,
    COMPARE,
    DATE,
    DEFINITION,
    DOC_KIND,
    DOC_NUMBER,
    ENDING_PLAN_NOTE,
    FACT_KINDS,
    ISSUE_DATE,
    ISSUER,
    LIST,
    NUMBER,
    PAST,
    PLAN_NOTE,
    SIGNER,
    SOURCE,
    SUBJECT,
    QuestionProfile,
    asked_bodies,
    asks_nothing,
    folded_syllables,
    forms_in_plan,
    leading_bodies,
    plan_years,
    premised_leads,
    profile_question,
    same_body,
    section_hints,
    strip_instructions,
    visited_bodies,
    without_asker,
)
from assistant.refusal import ANSWER_CONFIG, UNIT_SCORING, AnswerConfig, Signals, UnitScoring
from assistant.register_answers import agency_tasks_answer, fact_key, plan_lead_answer
from assistant.scope import (
    NAMED_BEYOND_PROVINCE,
    Scope,
    cited_subject,
    named_by_province_only,
    named_by_province_year,
    named_provinces,
    names_several_plans,
    province_texts,
    province_years,
    resolve_scope,
    uncited,
)
from index.agencies import (
    addressed_collectively,
    find_agencies,
    find_agency_mentions,
    names_school_kind,
    names_verbatim,
)
from index.chunking import SECTION_SEPARATOR
from index.glossary import read_in_full_with
from index.metadata import REPORTING_TYPES, PlanMetadata
from index.normalize import canonical, fold_accents
from index.plan_scope import document_references
from index.register import Register
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex
from index.structure import BASIS_TITLE, COPY_TITLE, HEADER_TITLE, SIGNATURE_TITLE, states_figure
from index.vocab.dates import DATE as DAY_AND_MONTH
from index.vocab.dates import DATE_LINE, school_years, years_spanned
from index.vocab.documents import (
    COPY_ASKED,
    DRAFT_MARK,
    ISSUED_ASKED,
    NUMBER_FIELD,
    PERSON_NAME,
    PRESENTED_PLAN,
    SIGNED_BY,
    STANDING_PREFIX,
    UNNUMBERED_TYPES,
)
from index.vocab.markers import BULLET, FIELD_HEADING, STRUCTURAL_START
from index.vocab.phrases import (
    ANNOUNCES_ITEMS,
    BACK_REFERENCE,
    BODIES_COUNTED,
    DAY_ASKED,
    DEFERRED,
    DRAFT_POINT,
    FORMER_ASKED,
    FORMER_STATED,
    FUNDING_HEADING,
    NAMES_ASKED,
    PERSON_NAME_ASKED,
    RECIPIENTS_LABEL,
    REVIEW_OPINION,
    cites_basis,
    named_items_span,
)
from index.vocab.qualifiers import cites_kind_first, is_document_kind, named_places, names_qualifier, quoted_names

PER_PLAN_K = 5
# How many top passages bring the rest of their section along.
EXPANDED = 3
# At most this many parts of a compound question are answered on their own.
MAX_PARTS = 4
# A province the question asks about beside another, whose plans the quotes found nothing for.
UNCOVERED_SIDE = "Các kế hoạch của {province} hiện có không nêu thông tin này."


@dataclass
class Retrieved:
    question: str
    query: PreparedQuery
    profile: QuestionProfile
    scope: Scope
    passages: list[Passage]
    per_plan: dict[str, list[Passage]] = field(default_factory=dict)
    # each plan's own parts when the question asks each plan its own thing (``compound.parts_by_plan``)
    plan_parts: dict[str, str] = field(default_factory=dict)
    # searches one part of a compound question on its own within the scope (``search_part``); None: no search
    part_search: Callable[[str], list[Passage]] | None = None
    # searches the question within other plans (``province_fallback``); None: no search
    plans_search: Callable[[tuple[str, ...]], list[Passage]] | None = None


def retrieve(index: SearchIndex, question: str, config: SearchConfig, filters: Filters | None = None) -> Retrieved:
    """Search once; when the question names several plans, also search each."""
    question_text = without_asker(strip_instructions(question))
    # A date, number or signer asked of a document the plans only cite is that document's: the legal basis states it.
    subject = cited_subject(question_text, index.scope)
    cited = subject is not None
    hints = section_hints(question_text, cited_document=cited)
    query, passages = index.search(question_text, config, filters, hints)
    profile = profile_question(query.restored)
    if subject is not None and own_parts(profile):
        profile = replace(profile, kinds=profile.kinds | {BASIS})
        named = {(r.number, r.code) for r in document_references(fold_accents(question_text))[1:]}
        if (subject.number, subject.code) not in index.scope.title_references or named & index.scope.own_references:
            # its own date, issuer or signer asked: the lines citing it state them, and none when no plan cites it
            # (not a document a plan's title implements: "KH thực hiện NQ 06 … theo quyết định số mấy, ký ngày
            # nào?" names the plan by it and asks of another; unless the question names the plan by its own number:
            # "Chỉ thị 37-CT/TW ban hành ngày nào (theo Kế hoạch 177/KH-UBND)?")
            profile = replace(profile, cited=(subject.number, subject.code))
    scope = resolve_scope(query.restored, index.plans, index.scope,
                          lambda number: [doc for doc in index.plans if index.mentions(doc, f"{number}/")],
                          typed=query.text)
    if subject is not None and profile.cited and not scope.out_of_scope:
        scope = uncited(subject, question_text, scope.docs or tuple(index.plans), index.cites) or scope
    identifiers = set().union(*(plan_naming_words(index.plans[doc], profile.words) for doc in scope.docs))
    profile = replace(profile, keywords=tuple(k for k in profile.keywords if k not in identifiers))
    if scope.docs and not any(p.doc in scope.docs for p in passages):
        # other provinces' plans say more of the topic than the plans asked: those are searched alone, and what
        # they hold (or lack) is the answer, never another province's figure
        passages = _search_within(index, question_text, config, filters, scope.docs, hints)
    if len(scope.docs) == 1 and not profile.wants(BASIS):
        # "Hà Nội có kế hoạch … theo Chỉ thị 37, mỗi năm muốn có bao nhiêu người đi học nghề?": the words naming
        # the plan pull up the passages that name it (its legal basis); what is asked is searched without them
        # Other plans' passages crowd a plan the question names only by province and year ("Hà Nội năm 2023"): its
        # own are searched alone too.
        asked = asked_of_plan(query.restored, profile, index.plans[scope.docs[0]])
        if asked or any(p.doc not in scope.docs for p in passages):
            hits = _search_within(index, asked or question_text, replace(config, k=PER_PLAN_K), filters, scope.docs,
                                  hints)
            passages = merged({scope.docs[0]: hits}, passages)
    per_plan: dict[str, list[Passage]] = {}
    own: dict[str, str] = {}
    if len(scope.docs) > 1:
        # "ở Hải Phòng (kế hoạch NQ 06) và ở Hà Nội (Kế hoạch 177 năm 2025)": a year that names one plan asks
        # nothing of the others' facts.
        profile = replace(profile, years=tuple(y for y in profile.years if y not in plan_years(query.restored)))
        covered = {p.province for p in index.plans.values() if p.province}
        own = parts_by_plan(query.restored, index.scope, scope.docs)
        for doc in scope.docs:
            plan_filter = Filters(docs=(doc,))
            if filters is None or filters.accepts_plan(index.plans[doc]):
                side = own.get(doc) or _without_other_provinces(query.text, index.plans[doc].province, covered)
                _, hits = index.search(side, replace(config, k=PER_PLAN_K), plan_filter, hints)
                per_plan[doc] = hits
    found = Retrieved(question, query, profile, scope, passages, per_plan, own,
                      lambda part: search_part(index, part, scope, config, filters),
                      lambda docs: _search_within(index, question_text, config, filters, docs, hints))
    if per_plan and (profile.wants(COMPARE) or asked_provinces(found, index)):
        found.passages = merged(per_plan, passages)
    return found


def asked_of_plan(question: str, profile: QuestionProfile, plan: PlanMetadata) -> str:
    """The question without the words that only name its plan by title ("kế hoạch đổi mới đào tạo nghề cho lao
    động nông thôn theo Chỉ thị 37") or by the note a condensed follow-up ends with ("(theo Kế hoạch …)"), "" when
    it names the plan by none."""
    kept = set(plan_topic_keywords(profile, plan))
    # the years of the plan's own period name it too ("đề án … Đông Lĩnh 2026-2030 định nghĩa …"); others are asked
    naming = ({k for k in profile.keywords if k not in kept} - plan_identifiers(plan)
              - {str(y) for y in years_beside_plan(profile, plan)})
    unnoted = ENDING_PLAN_NOTE.sub("", question)
    if not naming:
        return "" if unnoted == question else unnoted
    question = unnoted
    words = [w for w in canonical(question).split()
             if not ((syllables := folded_syllables(w)) and all(s in naming for s in syllables))]
    return " ".join(words)


def search_part(
    index: SearchIndex, part: str, scope: Scope, config: SearchConfig, filters: Filters | None,
) -> list[Passage]:
    """One part of a compound question searched on its own, within the plans in scope: the fact a second part asks
    ("…, và kế hoạch hiểu thế nào là có bằng cấp, chứng chỉ?") may stand in a footnote, a table or a section the
    whole question's words do not reach. Asked only when the whole question's passages do not answer the part
    (``with_parts``). A part of few topic words of its own ("…, cơ quan nào chủ trì") asks of the whole question's
    topic (``part_profile``): searched alone it would find any body's duty, so it is not searched."""
    if _elliptic_part(profile_question(part).keywords):
        return []
    if not scope.docs:
        return index.search(part, replace(config, k=PER_PLAN_K), filters, section_hints(part))[1]
    return _search_within(index, part, replace(config, k=PER_PLAN_K), filters, scope.docs, section_hints(part))


def _search_within(index: SearchIndex, text: str, config: SearchConfig, filters: Filters | None,
                   docs: tuple[str, ...], hints: set[str]) -> list[Passage]:
    """The passages of ``docs`` for a text, among the plans the user's filters let through only (a search narrowed
    to the plans asked never widens past a filter); none when the filters let none of them through."""
    allowed = tuple(doc for doc in docs if filters is None or filters.accepts_plan(index.plans[doc]))
    return index.search(text, config, Filters(docs=allowed), hints)[1] if allowed else []


# Where a question says to look, opening it: "Theo phụ lục danh mục nhiệm vụ của kế hoạch …,", "Trong kế hoạch năm
# 2025,", "Ở Hà Nội,".
_SOURCE_FRAME = re.compile(r"^\s*(?:theo|trong|tại|ở)\s+[^,?]{3,120},\s*", re.IGNORECASE)


def _elliptic_part(keywords: tuple[str, ...]) -> bool:
    """Whether a part names too few topic words of its own to be asked alone (``ELLIPTIC_PART_WORDS``)."""
    return sum(not k.isdigit() and k not in _PREDICATE_WORDS for k in keywords) <= ELLIPTIC_PART_WORDS


# A note in brackets right after a place, naming its plan: " (kế hoạch thực hiện NQ 06)"; or the year of its plan
# said after it ("… của Hải Dương năm 2023 và Bạch Vân năm 2025"), no year of the other place's.
_PLACE_NOTE = re.compile(r"\s*\([^()]{1,80}\)|\s*(?:,\s*)?(?:năm|nam|giai đoạn|giai doan)?\s*(?:19|20)\d\d"
                         r"(?:\s*[-–]\s*(?:19|20)\d\d)?\b", re.IGNORECASE)


def _without_other_provinces(text: str, province: str, covered: set[str]) -> str:
    """The question as asked of one plan: "Hải Dương và Hà Nội … trước ngày nào?" searched in Hà Nội's
    plans without "Hải Dương", whose words only pull that plan's passages' look-alikes up.
    ``covered``: the catalogue's provinces, beside the national list."""
    own = fold_accents(province)
    names = {n: n for n in BY_FOLDED} | {fold_accents(c): fold_accents(c) for c in covered}
    spans = [(a, b) for a, b, name in without_overlaps(place_spans(fold_accents(text), names)) if name != own]
    # "Hải Dương (kế hoạch 2023 của Sở LĐTBXH) và Hải Phòng (…)", "… Bạch Vân năm 2025": the note naming the other
    # place's plan, or its year, goes with it
    spans = [(a, m.end()) if (m := _PLACE_NOTE.match(text, b)) else (a, b) for a, b in spans]
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + text[b:]
    return " ".join(text.split()) if spans else text


def merged(per_plan: dict[str, list[Passage]], passages: list[Passage]) -> list[Passage]:
    """Each plan's best passages taken in turn, then the rest of the joint search, ranked anew.

    A question about two provinces needs each side's evidence near the top;
    one joint search lets the plan with more matching words fill it.
    """
    out: dict[str, Passage] = {}
    for hits in itertools.zip_longest(*per_plan.values()):
        for hit in hits:
            if hit is not None and hit.id not in out:
                out[hit.id] = hit
    for passage in passages:
        out.setdefault(passage.id, passage)
    return [replace(p, rank=rank) for rank, p in enumerate(list(out.values())[: max(len(passages), 1)], 1)]


def _plan_part(index: SearchIndex, doc: str, title: str, own: Callable[[str], bool] | None = None) -> Passage | None:
    """The first passage of a plan's part; in a file of several documents (a gazette's issue, each document under
    its own header and signature), the first that is the plan's `own` (its number field, its signer's name)."""
    parts = index.section_passages(doc, title)
    return next((p for p in parts if own(p.text)), parts[0]) if parts and own else parts[0] if parts else None


def _numbers(number: str) -> Callable[[str], bool]:
    """Whether a text's number field ("Số: 1102/QĐ-UBND") is `number`: a gazette's contents list names the number
    of each document it prints, in a line of its own ("Quyết định số 1102/QĐ-UBND …")."""
    bare = re.sub(r"\s+", "", number)
    return lambda text: bool(bare) and any(bare in re.sub(r"\s+", "", m.group(0)) for m in NUMBER_FIELD.finditer(text))


def _meta_answer(index: SearchIndex, r: Retrieved) -> Answer | None:
    """Signer, document number and issue date come from the plan's own header and signature.

    An issue date or a number asked together with what the plan implements
    (BASIS: "triển khai những kế hoạch nào …? Kể số hiệu") is that document's,
    which the legal basis or the task states: left to the quotes.
    A question over several plans ("ai ký kế hoạch A và kế hoạch B"), or one
    that fits several plans equally, gets each plan's; when none states the
    fact the answer is a refusal that says so. A question about a certified
    copy ("ai ký bản sao y?") is answered from the copy's own block.
    """
    if COPY_ASKED.search(fold_accents(r.query.restored).lower()):
        # the plan asked of, else the one plan that carries a copy
        copies = [e for doc in (r.scope.docs[:1] or index.plans) if (e := _copy_evidence(index, doc))]
        return compose(r.question, copies, r.passages) if len(copies) == 1 else None
    if r.profile.cited:
        return None  # "người ký Tờ trình 236/TTr-SGDĐT tên là gì": that document's, which only the lines citing it tell
    wants_issue_date = r.profile.wants(ISSUE_DATE) and not r.profile.wants(BASIS)
    wants_number = r.profile.wants(DOC_NUMBER) and not r.profile.wants(BASIS)
    if not r.scope.docs or not (r.profile.wants(SIGNER) or wants_number or wants_issue_date
                                or r.profile.wants(ISSUER)):
        return None
    if r.profile.wants(BASIS) and (len(question_parts(r.query.restored)) > 1 or not r.profile.wants(SIGNER)):
        # "… thực hiện những quyết định nào, và ai ký?": the quotes answer each part, the basis too; "… thực hiện
        # nghị quyết nào, do ai ban hành?": the title or preamble that names the basis names its issuer too
        return None
    # "KH 70 và KH 177, cái nào ban hành trước?": each plan named gives its own
    several = bool(r.per_plan) and (r.profile.wants(COMPARE) or bool(asked_provinces(r, index))
                                    or names_several_plans(fold_accents(r.query.restored)))
    top = max(score for _, score in r.scope.evidence) if r.scope.evidence else 0.0
    # Plans the question fits equally ("kế hoạch này" of a province with two) each give theirs.
    tied = [doc for doc, score in r.scope.evidence if score == top] or list(r.scope.docs[:1])
    found = [_meta_evidence(index, r, doc) for doc in (r.scope.docs if several else tied)]
    items = [e for e in found if isinstance(e, Evidence)]
    if not items:
        reasons = [e for e in found if isinstance(e, str)]
        return refusal(r.question, index.plans, r.passages, reasons[0]) if reasons else None
    return compose(r.question, items, r.passages)


def _meta_evidence(index: SearchIndex, r: Retrieved, doc: str) -> Evidence | str | None:
    """One plan's signer, number or issue date, quoted from its signature or header; the reason
    when the plan does not state it; None when its header part is missing."""
    plan = index.plans[doc]
    issued = _issued(plan)
    # A document with neither header nor signature of its own: what it says of a plan's number, date or signer is in
    # its text, left to the quotes.
    own = any(_plan_part(index, doc, title) is not None for title in (HEADER_TITLE, SIGNATURE_TITLE))
    # "… và do cơ quan nào ban hành": the issuing body its header names
    by = f", do {plan.issuer} ban hành" if r.profile.wants(ISSUER) and plan.issuer else ""
    if r.profile.wants(ISSUER) and not plan.issuer and not r.profile.kinds & {SIGNER, DOC_NUMBER, ISSUE_DATE}:
        return "văn bản không ghi cơ quan ban hành"
    if plan.doc_type in REPORTING_TYPES:  # a slide deck, a news article: the plan it presents, not itself
        return _presented_evidence(index, r, doc)
    if r.profile.wants(SIGNER):
        signer = plan.signer
        part = _plan_part(index, doc, SIGNATURE_TITLE, lambda text: bool(signer) and signer in text) or (
            _signed_passage(index, doc, signer) if signer else None)
        if not signer or part is None:
            return "kế hoạch không ghi người ký" if own else None
        role = plan.signer_role
        units = _units_naming(part, signer)
        header = _plan_part(index, doc, HEADER_TITLE, _numbers(plan.number))
        if r.profile.wants(ISSUE_DATE) and not r.profile.wants(BASIS) and issued and header is not None:
            # "ra ngày nào và ai ký": the place-date line beside the signature
            units = [u for u in passage_units(header) if _is_place_date(u.text)][:1] + units
        else:
            issued = ""
        if by and header is not None:  # "do ai ban hành, ai ký": the issuer's line of the header too
            units = _issuer_lines(header, plan.issuer) + units
        # "… do UBND tỉnh X ban hành, do Phó Chủ tịch Y ký." beside the issuer, "… do Phó Chủ tịch Y ký." alone
        signed = f"{',' if by else ''} do {role + ' ' if role else ''}{signer} ký."
        lead = f"{plan.label}{issued}{by}{_subject(plan, r)}{signed}"
        return Evidence(tuple(units), lead=lead + f" Theo phần đầu văn bản và phần “{part.section}”:"
                        if issued or by else lead + f" Theo phần “{part.section}”:")
    if not own:
        return None
    if r.profile.wants(DOC_NUMBER) and not plan.number:
        if plan.doc_type in UNNUMBERED_TYPES:
            return None  # a handbook has none: the number asked is the plan's or the resolution's it explains
        draft = _draft_evidence(index, doc, f"chưa có số hiệu{issued}")
        if draft is not None and ISSUED_ASKED.search(fold_accents(r.query.restored).lower()):
            # "số hiệu chính thức … ký ngày nào" of a draft: it has neither yet, which is the answer, refused
            return f"{plan.label} mới là dự thảo, chưa có số hiệu chính thức và chưa được ký"
        return draft or "văn bản không ghi số hiệu"
    if not r.profile.wants(DOC_NUMBER) and not issued and not by:
        return _draft_evidence(index, doc, "chưa ghi ngày ban hành") or "văn bản không ghi ngày ban hành"
    part = _plan_part(index, doc, HEADER_TITLE, _numbers(plan.number))
    if part is None:
        return None
    units = passage_units(part)
    subject = _subject(plan, r)
    if r.profile.wants(DOC_NUMBER):
        lead = f"{plan.label}: số hiệu {plan.number}{issued}{by}"
    elif issued or not by:
        lead = plan.label + issued + by
        # The place-date line, not the title, which may date the document the plan implements.
        if not subject:
            units = [u for u in units if _is_place_date(u.text)][:1] or units
    else:
        lead = f"{plan.label}{by}"  # who issued it: the issuer's lines of the header
    return Evidence(tuple(units), lead=lead + subject + ". Theo phần đầu văn bản:")


def _basis_answer(index: SearchIndex, r: Retrieved) -> Answer | None:
    """"Kế hoạch 70 triển khai văn bản nào?", "Căn cứ pháp lý của kế hoạch gồm những gì?": what a plan named rests
    on, asked of nothing else, is the lines of its legal basis that cite a document, not the title or the lines whose
    words the question shares ("Triển khai thực hiện công tác …"). Each plan the question fits equally gives its
    own; None when a topic is asked besides ("… thực hiện quyết định nào về chiến lược GDNN"), or a plan quotes no
    basis (its title may name what it implements): the quotes answer."""
    if not r.profile.wants(BASIS) or r.profile.cited or not r.scope.docs or len(question_parts(r.query.restored)) > 1:
        return None
    top = max(score for _, score in r.scope.evidence) if r.scope.evidence else 0.0
    tied = [doc for doc, score in r.scope.evidence if score == top] or list(r.scope.docs[:1])
    items = []
    for doc in tied:
        plan = index.plans[doc]
        # a number names the plan or what it implements ("Kế hoạch NQ06 … thực hiện nghị quyết nào")
        if any(not any(c.isdigit() for c in word) for word in set(plan_topic_keywords(r.profile, plan)) - BASIS_WORDS):
            return None
        part = _plan_part(index, doc, BASIS_TITLE)
        lines = _basis_lines(index, part, r.profile.qualifiers) if part is not None else []
        if not lines:
            return None
        items.append(Evidence(tuple(lines), lead=f"{plan.label}. Theo phần “{BASIS_TITLE}”:"))
    return compose(r.question, items, r.passages) if items else None


def _presented_evidence(index: SearchIndex, r: Retrieved, doc: str) -> Evidence | None:
    """What a document reporting on a plan (a deck, a news article) says of that plan: the first line naming a plan
    by its number (and date) for "số mấy, ngày nào", the line saying who signed it for "ai ký"; None when it says
    neither fact asked (the quotes may still answer)."""
    units = [u for p in index.passages_of(doc) for u in passage_units(p)]
    quoted: list[Unit] = []
    facts: list[str] = []

    def first(pattern: re.Pattern[str]) -> tuple[Unit, re.Match[str]] | None:  # the first line stating a fact
        return next(((u, m) for u in units if (m := pattern.search(u.text))), None)

    if (r.profile.wants(DOC_NUMBER) or r.profile.wants(ISSUE_DATE)) and (named := first(PRESENTED_PLAN)):
        quoted.append(named[0])
        facts.append(named[1].group(0))
    if r.profile.wants(SIGNER) and (signed := first(SIGNED_BY)):
        quoted += [signed[0]] if signed[0] not in quoted else []
        facts.append(f"do {signed[1]['who'].strip(' ,')} ký")
    if not facts:
        return None
    fact = "; ".join(facts)
    return Evidence(tuple(quoted), lead=f"{index.plans[doc].label}: {fact}. Theo nội dung văn bản:", fact=fact)


def _copy_evidence(index: SearchIndex, doc: str) -> Evidence | None:
    """A certified copy's block (``COPY_TITLE``): who copied the document, the copy's number and date, and its
    signer, quoted whole but its recipients; None when the document carries no copy."""
    part = _plan_part(index, doc, COPY_TITLE)
    if part is None:
        return None
    units = [u for u in passage_units(part) if not (RECIPIENTS_LABEL.match(u.text) or BULLET.match(u.text.strip()))]
    return Evidence(tuple(units), lead=f"{index.plans[doc].label}, bản sao y. Theo phần “{COPY_TITLE}”:")


def _issuer_lines(header: Passage, issuer: str) -> list[Unit]:
    """The header's line naming the issuing body ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), or its first line."""
    units = passage_units(header)
    folded = fold_accents(issuer).lower()
    named = [u for u in units if (line := fold_accents(u.text).lower().strip()) and (line in folded or folded in line)]
    return named[:1] or units[:1]


def _draft_evidence(index: SearchIndex, doc: str, missing: str) -> Evidence | None:
    """A draft leaves its number and day blank ("Số:      /KH-UBND"): the draft's mark in its header ("Dự thảo
    lần 2, ngày 12/01/2026") is what answers "số mấy, lập ngày nào", beside what it leaves blank (`missing`). None
    for a document that is no draft."""
    part = _plan_part(index, doc, HEADER_TITLE)
    units = passage_units(part) if part is not None else []
    marks = [(u, found["mark"]) for u in units if (found := DRAFT_MARK.match(u.text))]
    if not marks:
        return None
    plan = index.plans[doc]
    mark = max((m for _, m in marks), key=len)
    which = f" ({mark})" if fold_accents(mark).lower() != "du thao" else ""
    quoted = [u for u, _ in marks] + [u for u in units if NUMBER_FIELD.search(u.text)][:1]
    return Evidence(tuple(quoted), lead=f"{plan.label}: văn bản là dự thảo{which}, {missing}. "
                                        "Theo phần đầu văn bản:")


def _subject(plan: PlanMetadata, r: Retrieved) -> str:
    """", về việc “…”" when the question also asks what the document is about ("ban hành ngày nào và về việc
    gì"): its title, or a letter's "V/v" subject line, which the metadata keeps as the title."""
    if not (r.profile.wants(SUBJECT) and plan.title):
        return ""
    return f", về việc “{plan.title}”"


def _issued(plan: PlanMetadata) -> str:
    day = issued_on(plan)
    return f", ban hành{day}" if day else ""


def _is_place_date(text: str) -> bool:
    """A line dated in full as the place-date line writes it ("Hà Nội, ngày 07 tháng 7 năm 2025")."""
    line = DATE_LINE.search(text)
    return bool(line and line["d"] and line["m"])


def _signed_passage(index: SearchIndex, doc: str, signer: str) -> Passage | None:
    """Where a text with no signature part of its own names its signer: a handbook's foreword signed by the head of
    its Sở before the chapters ("Lời nói đầu … GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO / Tạ Đình Khiêm")."""
    names = [n for n in _JOINT_SIGNER.split(signer) if n]
    return next((p for p in index.passages_of(doc) if any(n in p.text for n in names)), None)


def _units_naming(passage: Passage, signer: str):
    """The signature's lines that name the signer, or each signer of a joint plan ("A (Giám đốc) và B (Chủ tịch)")."""
    names = [n for n in _JOINT_SIGNER.split(signer) if n]
    units = passage_units(passage)
    return [u for u in units if any(n in u.text for n in names)] or units[-1:]


_JOINT_SIGNER = re.compile(r"\s*\([^()]*\)\s*(?:và\s+)?")


def with_sections(index: SearchIndex, passages: list[Passage], top: int = EXPANDED) -> list[Passage]:
    """The passages, the best few followed by the other chunks of their section.

    A long item is cut into several chunks; its figure or its "Phân công thực
    hiện" line may sit in a chunk the search ranked lower.
    """
    out: list[Passage] = []
    seen: set[str] = set()
    for i, passage in enumerate(passages):
        family = [passage]
        if i < top:
            family += index.section_passages(passage.doc, passage.section, passage.rank, passage.score * 0.95)
        for member in family:
            if member.id not in seen:
                seen.add(member.id)
                out.append(member)
    return out


def _best_evidence(
    passages: list[Passage], profile: QuestionProfile, weights: TermWeights, facts=None,
    scoring: UnitScoring = UNIT_SCORING,
):
    """The units that answer ``profile`` from passages already expanded by ``with_sections``,
    the best of them, and the topic share they cover."""
    return _evidence_from(score_units(passages, profile, weights, facts, fact_key, scoring), profile, scoring)


def _evidence_from(scored: list[ScoredUnit], profile: QuestionProfile, scoring: UnitScoring = UNIT_SCORING):
    """``_best_evidence`` from units already scored."""
    units = select_units(scored, profile, scoring)
    if not units:
        return None, None, 0.0
    best = best_measured(scored, profile, scoring)
    assert best is not None  # select_units found one
    # The heading may cover the topic and the next line hold the figure.
    coverage = max(s.coverage for s in scored if s.unit in units)
    return Evidence(tuple(units)), best, coverage


def signals_of(
    evidence: Evidence, best: ScoredUnit, coverage: float, r: Retrieved, register: Register | None, dense: float,
    leads: str = "", lists: str = "",
) -> Signals:
    """What the refusal decision weighs (``assistant.refusal``) about one quoted answer;
    ``dense`` is the question's similarity to the quote (``SearchIndex.similarity``); ``leads``: the lines of
    the quoted sections that name the years asked (``dated_leads``); ``lists``: the lines that announce their
    lists (``list_leads``)."""
    quoted = " ".join(u.reading for u in evidence.units)
    paths = " ".join(u.passage.section for u in evidence.units)
    chunks = "\n".join(dict.fromkeys(read_in_full_with(u.passage.text, u.passage.document.abbreviations)
                                     for u in evidence.units))
    wanted = r.profile.kinds & FACT_KINDS
    held = held_kinds(evidence.units, r.profile, given_facts(r.query.restored, r.profile))
    plan = best.unit.passage.document
    # Years that name the plan ("Kế hoạch … giai đoạn 2021-2030") say which plan, not which period.
    years = years_beside_plan(r.profile, plan)
    named = [a for a in asked_bodies(r.query.restored)
             if not _is_issuer(a, best.unit.passage) and not _titles_subject(a, best.unit.passage.document,
                                                                              r.query.restored)]
    in_quote = find_agencies(chunks)
    doc = best.unit.passage.doc
    rows = register.responsibilities(plan=doc) if register else []
    bodies = {body for row in rows for body in (row.agency, *row.partners)}
    # "Sở LĐTBXH" asked of a plan of 2025 that gives its work to "Sở Nội vụ": the successor answers for it
    forms = {a: forms_in_plan(a, bodies, plan.province) if register else (a,) for a in named}
    # a body the question sends to ("trình UBND tỉnh trước ngày nào") receives: it is assigned nothing, and needs not be
    visited = visited_bodies(r.query.restored)  # "lúc đến Trường …": where the asked work is done, not who does it
    assigned = [a for a in named if register is None or a in r.profile.recipients or a in visited
                or any(same_body(f, b, plan.province) for f in forms[a] for b in bodies)]
    qualifiers = r.profile.qualifiers
    # a body the question takes to lead the task, where the quote gives its lead to another, quotes another task:
    # no body asked is named then ("Sở Y tế chủ trì … xong trước khi nào" of a line "Trường … chủ trì …")
    premised = premised_leads(r.query.restored, r.profile)
    quoted_leads = leading_bodies(quoted) if premised else []
    false_premise = bool(quoted_leads) and not any(same_body(a, b, plan.province) for a in premised
                                                   for b in quoted_leads)
    return Signals(
        coverage=coverage,
        score=best.score,
        rank=1.0 / max(best.unit.passage.rank, 1),
        kinds=len(held & wanted) / len(wanted) if wanted else 1.0,
        # a year the quote speaks of, not the date of a document it cites ("Kế hoạch số 318/KH-UBND ngày 26/12/2025")
        year=float(all(y in years_spanned(f"{quoted} {paths} {leads}") for y in years)),
        # a body the plan assigns work to is also told what a passage tells its kind ("các Sở, ban, ngành và địa
        # phương báo cáo …")
        agency=0.0 if false_premise else sum(
            any(any(same_body(f, b, plan.province) for b in in_quote) or names_school_kind(f, chunks)
                or names_verbatim(f, chunks)
                or a in assigned and addressed_collectively(f, chunks) for f in forms[a]) for a in named) / len(named)
        if named else 1.0,
        assigned=len(assigned) / len(named) if named else 1.0,
        dense=dense,
        # the plan's own district ("huyện Yên Khê" of a district's plan) is named by the plan, not by each quote
        # the best quote naming what the question leaves out ("không tính các lớp dưới 3 tháng") counts it in; one
        # beside it may name it (the credentialled rate quoted after the general one asked)
        qualifier=0.0 if counts_in_excluded(best.unit.reading, r.profile) else (
            sum(names_qualifier(q, f"{paths}\n{chunks}\n{lists}\n{plan.issuer}\n{plan.title}") for q in qualifiers)
            / len(qualifiers) if qualifiers else 1.0),
    )


def list_leads(index: SearchIndex, units) -> str:
    """The lines of the quoted units' sections that announce a list ("Tính đến ngày 31/7/2026, kết quả thực hiện
    các chỉ tiêu … như sau:"): they say of whom, where and as of when its items speak, each item in a chunk of its
    own ("- Tuyển sinh … được 14.265 người" answers "đến cuối tháng 7 đã tuyển sinh được bao nhiêu")."""
    sections = dict.fromkeys((u.passage.doc, u.passage.section) for u in units)
    lines = (line for doc, section in sections for p in index.section_passages(doc, section)
             for line in p.text.split("\n"))
    return "\n".join(dict.fromkeys(line for line in lines if line.rstrip().endswith(":")))


def dated_leads(index: SearchIndex, units, years: tuple[int, ...]) -> str:
    """The chunks of the units' sections that name the years asked: "Phấn đấu đến năm 2025:" dates the items
    after it, each in a chunk of its own (``speaks_of_years``)."""
    if not years:
        return ""
    sections = dict.fromkeys((u.passage.doc, u.passage.section) for u in units)
    own = [p.text for doc, section in sections for p in index.section_passages(doc, section) if year_ok(p, years)]
    # an item's list is led by its parent's text ("Đánh giá … so với các chỉ tiêu đến năm 2025 …, gồm:" over "a) Tỷ lệ
    # lao động qua đào tạo đạt 62% …"): that lead dates the item
    parents = dict.fromkeys((doc, section.rsplit(SECTION_SEPARATOR, 1)[0]) for doc, section in sections
                            if SECTION_SEPARATOR in section)
    leads = [p.text for doc, parent in parents for p in index.section_passages(doc, parent)
             if p.text.rstrip().endswith(":") and year_ok(p, years)]
    return "\n".join(own + leads)


def held_kinds(units, profile: QuestionProfile, given: frozenset[str] = frozenset()) -> set[str]:
    """The asked fact kinds the units or their heading paths state, each read alone: a heading's number is none.
    A figure or time the question itself gives (``given``, folded fact keys) is no answer to it: "năm 2023"
    quoted back answers no "Kỳ thi năm 2023 tổ chức vào thời gian nào"."""
    held: set[str] = set()
    for unit in units:
        # the heading of a closing article opens its clause ("Điều 3. Trưởng các phòng …"): neither names a body
        executing = executes_document(unit.text, profile)
        for text in (unit.reading, unit.passage.section):
            kinds = kinds_in(text, profile) - ({AGENCY} if executing else set())
            if given and kinds & _GIVEN_KINDS:
                # (a heading's number is no fact: "3. Ngân sách cấp huyện: 4,2 tỷ đồng" quoted back to a question giving
                # "4,2 tỷ" states nothing new)
                new = {f.split(":", 1)[0] for f in facts_in(without_heading_number(text), profile)
                       if fold_accents(f).lower() not in given}
                kinds = {k for k in kinds if k not in _GIVEN_KINDS or k in new}
            held |= kinds
    return held


_GIVEN_KINDS = frozenset({NUMBER, DATE})  # a body asked "chủ trì" of may well be the one named


def given_facts(question: str, profile: QuestionProfile) -> frozenset[str]:
    """The facts a question states itself, as folded keys ("date:nam 2023")."""
    return frozenset(fold_accents(f).lower() for f in facts_in(question, profile))


def _is_issuer(agency: str, passage: Passage) -> bool:
    """The plan's own issuer ("UBND tỉnh") names the plan, not a body the question asks about; an
    organisation's plan is issued by its standing body ("Ban Thường vụ Tỉnh đoàn …"), named either way. So does
    the plan's place read as a body by its first word ("… công nghệ Trường Giang": tỉnh Trường Giang, no school)."""
    plan = passage.document
    if plan.province and fold_accents(agency).lower() == fold_accents(plan.province).lower():
        return True
    return any(same_body(agency, a, plan.province) for a in _bodies_named(plan.issuer))


def _titles_subject(agency: str, plan: PlanMetadata, question: str) -> bool:
    """A body the plan's title is about ("Phương án sắp xếp, tổ chức lại các cơ sở giáo dục nghề nghiệp công
    lập"), named after the title's own words ("kinh phí thực hiện phương án sắp xếp cơ sở GDNN"): the question
    names the plan by its subject, and asks no body to act."""
    if not any(same_body(agency, a, plan.province) for a in _bodies_named(plan.title)):
        return False
    title = fold_accents(plan.title).lower()
    text = canonical(question)
    folded = fold_accents(text).lower()
    return any(m.name == agency and len(words := folded[:m.start].split()[-2:]) == 2 and " ".join(words) in title
               for m in find_agency_mentions(text))


@functools.lru_cache(maxsize=256)
def _bodies_named(text: str) -> frozenset[str]:
    """The bodies a plan's issuer or title names, with and without a standing body ("Ban Thường vụ Tỉnh đoàn …"):
    read once per plan, not per body asked."""
    return frozenset({*find_agencies(text), *find_agencies(STANDING_PREFIX.sub("", text))})


def with_items(index: SearchIndex, evidence: Evidence, profile: QuestionProfile) -> Evidence:
    """A lead ending in ":" that closes its section announces the items below it: their headings join.

    "Nguồn kinh phí gồm:" is followed by "1. Ngân sách trung ương: …", "2. Ngân sách tỉnh: …" as sections
    of their own; the lead alone answers nothing. Not when the quote already states the fact asked and no
    list is asked: "Tổng kinh phí … là 52,6 tỷ đồng, gồm:" answers "tổng kinh phí bao nhiêu" itself.
    """
    last = max(evidence.units, key=reading_order)
    if not ANNOUNCES_ITEMS.search(last.text):
        return evidence
    if not profile.wants(LIST) and holds_asked_kinds(list(evidence.units), profile):
        return evidence
    items = []
    for section in index.child_sections(last.passage.doc, last.passage.section)[:MAX_ITEMS]:
        parts = index.section_passages(last.passage.doc, section, last.passage.rank, last.passage.score)
        units = passage_units(parts[0]) if parts else []
        if units:
            items.append(units[0])
    return replace(evidence, units=(*evidence.units, *items)) if items else evidence


def with_sequels(evidence: Evidence) -> Evidence:
    """A quoted sentence's next one in its passage that speaks of it by a demonstrative joins the quote ("… dự kiến
    giải ngân khoảng 85 tỷ đồng vốn vay …" / "Nguồn vốn này … không tổng hợp vào tổng kinh phí của Kế hoạch."):
    what the plan says of the fact quoted (whether it counts in a total, its limits) is part of it. So does a
    reviewer's opinion after the draft's point it judges ("- Dự thảo quy định: …" / "- Ý kiến của Ban: Ban không
    thống nhất …"): a draft's figure is no decision, the opinion says what becomes of it."""
    def key(unit: Unit) -> tuple[str, str, int]:
        return unit.passage.id, unit.passage.section, unit.position

    quoted = {key(u) for u in evidence.units}
    units: list[Unit] = []
    for unit in evidence.units:
        units.append(unit)
        sequel = next((u for u in passage_units(unit.passage) if u.position == unit.position + 1), None)
        if sequel is not None and key(sequel) not in quoted and (
                BACK_REFERENCE.match(sequel.text)
                or DRAFT_POINT.match(unit.text) and REVIEW_OPINION.match(sequel.text)):
            quoted.add(key(sequel))
            units.append(sequel)
    return replace(evidence, units=tuple(units)) if len(units) > len(evidence.units) else evidence


def with_enumeration(
    index: SearchIndex, evidence: Evidence, profile: QuestionProfile, weights: TermWeights,
    scoring: UnitScoring = UNIT_SCORING,
) -> Evidence:
    """A list question answered from one item of an enumeration about what is asked: every item joins.

    The enumeration is the quoted section when two or more of its lines are
    items ("- Từ nguồn ngân sách …", "- Huy động …"), or the sections under its
    parent when each item is a section of its own ("IV. Kinh phí › 1. Nguồn
    ngân sách …", "› 2. Nguồn thu từ học phí …"). Only when its heading holds
    the question's topic ("những nguồn kinh phí nào" under "KINH PHÍ THỰC
    HIỆN"): "những trường nào" answered by one item of a list of tasks is that
    item alone. Few and short items only: a long list of long items is not one answer.
    """
    first = evidence.units[0].passage
    if not profile.wants(LIST):
        return evidence
    evidence = with_continuation(index, evidence)
    if profile.wants(BASIS) and first.section == BASIS_TITLE:
        lines = _basis_lines(index, first, profile.qualifiers)  # "thực hiện những văn bản nào"
        return replace(evidence, units=tuple(lines)) if lines and _kinds_asked(profile.qualifiers) else \
            _with_added(evidence, lines)
    keywords = _beside_title(topic_keywords(profile, first), first.document.title)
    # "những cơ sở nào … kiểm định" answered by "Hoàn thành kiểm định … 03 cơ sở …, gồm: Trường A, Trường B, …": the
    # list asked stands in line in the quote, and the other items under its heading are other lists
    leads = [u.text[:span[0]] for u in evidence.units if (span := named_items_span(u.text)) is not None]
    in_line = max((topic_coverage(keywords, [lead], set(), weights, scoring) for lead in leads), default=0.0)
    if rows := _group_rows(index, evidence.units, keywords, weights, scoring):
        return _with_added(evidence, rows)
    path = first.section.split(SECTION_SEPARATOR)
    for depth in (len(path), len(path) - 1):
        heading = own_heading(first) if depth == len(path) else path[depth - 1] if depth > 0 else ""
        covered = topic_coverage(keywords, [heading], set(), weights, scoring) if heading and keywords else 0.0
        # "lấy từ những nguồn nào" under "IV. KINH PHÍ THỰC HIỆN": the funding heading is the topic asked
        if profile.wants(SOURCE) and FUNDING_HEADING.match(heading.strip()):
            covered = 1.0
        if covered < scoring.list_heading_coverage or in_line >= covered:
            continue
        section = SECTION_SEPARATOR.join(path[:depth])
        items = _enumeration_units(index, first, section, own=depth == len(path))
        if not items and depth == len(path) and states_figure(path[-1]):
            # a heading that states its total and lists its parts as sections ("1. Tổng kinh phí … 38,65 tỷ đồng,
            # gồm:" over "a) Ngân sách trung ương: 12,4 tỷ đồng;" …): its own items, not its siblings
            items = _enumeration_units(index, first, section, own=False)
        if items:
            return _with_added(evidence, items)
    return evidence


def _group_rows(index: SearchIndex, units: tuple[Unit, ...], keywords: list[str], weights: TermWeights,
                scoring: UnitScoring) -> list[Unit]:
    """The rows of the table group a quoted row heads or belongs to, each read under its group row ("NGHỀ CHO NGƯỜI
    KHUYẾT TẬT › Xoa bóp, bấm huyệt | …"), when the group's title holds the question's topic ("những nghề nào cho
    người khuyết tật") and they are few enough to quote whole; else none."""
    for unit in units:
        group = unit.text.split(" | ", 1)[0].split(SECTION_SEPARATOR, 1)[0].strip()
        if not group or topic_coverage(keywords, [group], set(), weights, scoring) < scoring.list_heading_coverage:
            continue
        first = unit.passage
        rows = list({u.text: u for p in index.section_passages(first.doc, first.section, first.rank, first.score)
                     for u in passage_units(p) if u.text.startswith(f"{group}{SECTION_SEPARATOR}")}.values())
        if 1 < len(rows) <= LIST_SECTION_UNITS:
            return rows
    return []


# A quoted line that stops where its list goes on: "… cụ thể: Trường A; Trường B;" (the chunk ended there).
_LIST_GOES_ON = re.compile(r"[;,:]\s*$")


def with_continuation(index: SearchIndex, evidence: Evidence) -> Evidence:
    """A list named in line that a chunk boundary cut ("… cụ thể: Trường A; Trường B;" | "Trường C; Trường D;")
    quoted whole: the next chunk of the section goes on with its items until a line ends the sentence or a new
    item (a marker) begins."""
    added: list[Unit] = []
    for unit in evidence.units:
        own = passage_units(unit.passage)
        if not _LIST_GOES_ON.search(unit.text) or own[-1].text != unit.text:
            continue
        following = [p for p in index.section_passages(unit.passage.doc, unit.passage.section, unit.passage.rank,
                                                       unit.passage.score) if p.ordinal == unit.passage.ordinal + 1]
        for next_unit in (u for p in following for u in passage_units(p) if not u.is_heading):
            if STRUCTURAL_START.match(next_unit.text):
                break
            added.append(next_unit)
            if not _LIST_GOES_ON.search(next_unit.text):
                break
    return _with_added(evidence, added) if added else evidence


def _with_added(evidence: Evidence, items: list[Unit]) -> Evidence:
    quoted = {(u.passage.id, u.text) for u in evidence.units}
    added = [u for u in items if (u.passage.id, u.text) not in quoted]
    return replace(evidence, units=tuple(sorted((*evidence.units, *added), key=reading_order)))


def _basis_lines(index: SearchIndex, first: Passage, qualifiers: frozenset[str] = frozenset()) -> list[Unit]:
    """The documents a plan implements: the lines of its legal basis, less the lead that announces the plan
    ("…, cụ thể như sau:") unless it cites one too ("Quyết định số 1487/QĐ-TTg …, Ủy ban nhân dân tỉnh ban hành Kế
    hoạch … như sau:"), when they are few enough to quote whole. A kind of document asked ("căn cứ những luật
    nào") keeps the lines citing one of that kind: they are the whole answer."""
    kinds = _kinds_asked(qualifiers)
    units = [u for p in index.section_passages(first.doc, BASIS_TITLE, first.rank, first.score)
             for u in passage_units(p)
             if not u.is_heading and cites_basis(u.text) and (not kinds or any(cites_kind_first(k, u.text)
                                                                                 for k in kinds))]
    return units if len(units) <= LIST_SECTION_UNITS else []


def _kinds_asked(qualifiers: frozenset[str]) -> list[str]:
    """The kinds of document a question asks a plan to cite, among its qualifiers."""
    return [q for q in qualifiers if is_document_kind(q)]


def _beside_title(keywords: list[str], title: str) -> list[str]:
    """The keywords less those naming the plan by its title: a word paired with its neighbour as in
    the title ("phát triển thị trường lao động"); "kinh phí" stays although the title says "kinh tế"."""
    words = folded_syllables(title)
    pairs = set(zip(words, words[1:]))
    return [k for i, k in enumerate(keywords)
            if not (i and (keywords[i - 1], k) in pairs or i + 1 < len(keywords) and (k, keywords[i + 1]) in pairs)]


def _enumeration_units(index: SearchIndex, first: Passage, section: str, own: bool) -> list[Unit]:
    """The lines of ``section`` when they are an enumeration short enough to quote whole, else none;
    ``own``: the items are lines of the section itself, not sections under it."""
    def lines(name: str) -> list[Unit]:
        return [u for p in index.section_passages(first.doc, name, first.rank, first.score) for u in passage_units(p)]

    if own:
        units = [u for u in lines(section) if not u.is_heading]
        if sum(1 for u in units if STRUCTURAL_START.match(u.text)) < 2:
            return []
    else:
        children = index.child_sections(first.doc, section)
        if not 1 < len(children) <= MAX_ITEMS:
            return []
        units = [u for child in children for u in lines(child)]
    return units if len(units) <= LIST_SECTION_UNITS else []


ELLIPTIC_PART_WORDS = 2  # a part naming this few topic words of its own asks of the whole question's topic
# Words that say how or when a figure stands, not what it is of: "thực tế đạt", "dự kiến", "ước đạt", "khoảng",
# "tăng lên", "định hướng giai đoạn 2026-2030", "mốc năm 2030".
_PREDICATE_WORDS = frozenset("dat thuc te du kien uoc khoang chinh xac cu the tang giam len xuong "
                             "dinh huong giai doan moc nam chia loai tung moi".split())  # "chia ra mỗi loại"
# A part pointing back at the figure the question asked before it: "và con số đó tăng lên bao nhiêu vào năm 2030",
# "còn chỉ tiêu này năm 2025": it asks of the whole question's topic.
_FIGURE_BACK = re.compile(r"\b(?:con so|so lieu|chi tieu|ty le|muc|so) (?:do|nay|ay|tren)\b")


def part_profile(part: str, whole: QuestionProfile, drop: set[str]) -> QuestionProfile:
    """A part of a compound question, profiled on its own; the whole lends its years and quarters (not to a part
    asking what a term means) and kinds, and its topic to a part that names none ("Tỷ lệ … năm 2026 là bao nhiêu, và
    năm 2025 thực tế đạt bao nhiêu?": the second part asks the same rate of 2025)."""
    own = profile_question(part)
    # the source a question opens with, which every part repeats, names where to look, not what the part asks
    # ("Theo phụ lục danh mục nhiệm vụ …, những đơn vị nào phối hợp": which bodies coordinate the task the other part
    # names; every row of that annex would match the source's words)
    framed = _SOURCE_FRAME.sub("", part, count=1)
    asked = profile_question(framed).keywords if framed != part else own.keywords
    keywords = tuple(k for k in asked if k not in drop) or asked
    # a level, group or place is what the part singles out, not a topic of its own ("…, riêng trình độ cao đẳng")
    singled = {w for q in own.qualifiers for w in fold_accents(q).lower().split()}
    if _elliptic_part(tuple(k for k in keywords if k not in singled)) or _FIGURE_BACK.search(fold_accents(part)):
        # the whole's topic, less the levels and groups it lists beside the part's own ("cao đẳng, trung cấp, sơ
        # cấp mỗi loại": the part asking of "cao đẳng" is not asking of the others)
        others = {w for q in whole.qualifiers - own.qualifiers for w in fold_accents(q).lower().split()} - singled
        keywords = tuple(dict.fromkeys((*(k for k in whole.keywords if k not in drop and not k.isdigit()
                                          and k not in others), *keywords)))
    # what a term means holds whatever the year the rest of the question asks of
    years = own.years or (() if own.wants(DEFINITION) else whole.years)
    # … and its quarter ("Riêng quý II, bao nhiêu tin, bài và bao nhiêu phóng sự": each of quarter II)
    return replace(own, keywords=keywords, years=years, kinds=own.kinds or whole.kinds,
                   quarters=own.quarters or whole.quarters)


def with_parts(
    first: Evidence, passages: list[Passage], r: Retrieved, weights: TermWeights, facts, drop: set[str],
    config: AnswerConfig = ANSWER_CONFIG, own_passages: Callable[[str], list[Passage]] | None = None,
):
    """The whole question's evidence plus what each part of a compound question adds.

    A part is answered from the whole question's passages, or from its own (``own_passages(part)``, with their
    sections) too when those do not answer it.
    Its units join the item of their section when one is already quoted,
    else open an item of their own; a part the evidence does not cover adds nothing.
    """
    items = [first]
    quoted = {(u.passage.id, u.text) for u in first.units}
    parts = question_parts(r.query.restored)
    known = {p.id for p in passages}
    for part in parts[:MAX_PARTS] if len(parts) > 1 else []:
        profile = part_profile(part, r.profile, drop)
        wanted = profile.kinds & FACT_KINDS
        scored = unquoted_first(continuing(score_units(passages, profile, weights, facts, fact_key, config.scoring),
                                           first, profile, part, weights, config.scoring), quoted, profile)
        evidence, _, coverage = _evidence_from(scored, profile, config.scoring)
        # a part whose best lines are those the whole question already quotes has found no answer of its own
        # ("sở nào lập kế hoạch …, và sở nào chỉ đạo báo chí …?": one body's line answers neither part twice)
        unanswered = evidence is None or coverage < config.min_coverage or not wanted <= held_kinds(
            evidence.units, profile) or all((u.passage.id, u.text) in quoted for u in evidence.units)
        found = own_passages(part) if own_passages and unanswered else []
        of_year = sections_of_years(found, profile.years)
        own = [p for p in found if p.id not in known and section_key(p) in of_year]
        if own:  # the whole question's passages do not answer the part: its own search may
            evidence, _, coverage = _best_evidence([*passages, *own], profile, weights, facts, config.scoring)
        if evidence is None or coverage < config.min_coverage:
            continue
        new = [u for u in evidence.units if (u.passage.id, u.text) not in quoted]
        if not wanted <= held_kinds(new, profile):
            continue  # the part's own fact (a figure, a time, an agency) is not among the new quotes
        quoted |= {(u.passage.id, u.text) for u in new}
        if not new:
            continue
        key = section_key(new[0].passage)
        same = next((i for i, item in enumerate(items) if section_key(item.passage) == key), None)
        if same is None:
            items.append(Evidence(tuple(new)))
        else:
            items[same] = Evidence(tuple(sorted((*items[same].units, *new), key=reading_order)), items[same].lead)
    return items


def part_led(passages: list[Passage], r: Retrieved, weights: TermWeights, facts, drop: set[str],
             config: AnswerConfig = ANSWER_CONFIG) -> tuple[Evidence | None, ScoredUnit | None]:
    """The evidence and best unit of the first part of a compound question, for a question no line answers whole
    whose every part its passages answer: each part asks of words of its own, so no line covers enough of them all
    ("tiền ăn … mức bao nhiêu một người một ngày, tổng bao nhiêu; và chi thuê hội trường là bao nhiêu?");
    ``with_parts`` adds the others, and the refusal weighs the whole question's share the quotes cover together. A
    part the passages do not answer leaves the question unanswered (a follow-up's new ask before the frame it
    carries: "Mỗi hoạt động đó được hỗ trợ bao nhiêu tiền: … chọn bao nhiêu doanh nghiệp?")."""
    parts = question_parts(r.query.restored)
    found = []
    for part in parts[:MAX_PARTS] if len(parts) > 1 else []:
        profile = part_profile(part, r.profile, drop)
        scored = score_units(passages, profile, weights, facts, fact_key, config.scoring)
        evidence, best, coverage = _evidence_from(scored, profile, config.scoring)
        if evidence is None or coverage < config.min_coverage or not (
                profile.kinds & FACT_KINDS) <= held_kinds(evidence.units, profile):
            return None, None
        found.append((evidence, best))
    return found[0] if found else (None, None)


def unquoted_first(scored: list[ScoredUnit], quoted: set[tuple[str, str]], profile: QuestionProfile
                   ) -> list[ScoredUnit]:
    """A part's scored units without the lines the whole question's answer already quotes, when a line not quoted
    covers the part's topic more than any of them and states the kind of fact the part asks: those rank high for
    the whole question's passage, not for the part ("… ký với ít nhất bao nhiêu doanh nghiệp, và các cơ sở khảo sát
    việc làm … vào những mốc nào": the line quoted for the firms speaks of the schools too; the line after it tells
    the months). A quoted line covering the part best answers it there, and so does one beside a heading that only
    names the part's body ("9. Ủy ban nhân dân xã, phường" over "đánh giá hàng năm, sơ kết 05 năm …")."""
    def is_quoted(s: ScoredUnit) -> bool:
        return (s.unit.passage.id, s.unit.text) in quoted

    wanted = profile.kinds & FACT_KINDS
    best_quoted = max((s.coverage for s in scored if is_quoted(s)), default=None)
    if best_quoted is None or not any(s.coverage > best_quoted and wanted <= kinds_in(s.unit.reading, profile)
                                      for s in scored if not is_quoted(s)):
        return scored
    return [s for s in scored if not is_quoted(s)]


def continuing(scored: list[ScoredUnit], first: Evidence, profile: QuestionProfile, part: str,
               weights: TermWeights, scoring: UnitScoring = UNIT_SCORING) -> list[ScoredUnit]:
    """A part's scored units, a unit in a section the whole question's answer quotes read with that quote when it
    holds the part's own topic words the quote lacks: the parts of one question ask of one subject ("bố trí bao
    nhiêu cho đào tạo nghề LĐNT, tới 30/6 giải ngân bao nhiêu": the line after the quote, "đến ngày 30/6/2026 mới
    giải ngân 7,9 tỷ đồng", tells of that money, not another fund's). Words are compared as the part is typed, with
    their marks when it has them ("đặt" is not the "đạt" of a figure); words naming the plan are none of its topic."""
    quotes: dict[tuple[str, str], list[str]] = {}
    for u in first.units:
        quotes.setdefault(section_key(u.passage), []).append(u.reading)
    asked = profile_question(part)
    # a part asking of the whole question's topic with a word of its own ("…, và mất phí bao nhiêu", ``part_profile``)
    # asks of the item the quote stands in: a field beside the quoted one ("h) Phí, lệ phí: …" beside "a) Trình tự
    # thực hiện" under one procedure; ``FIELD_HEADING``) is read with it too
    items: dict[tuple[str, str], list[str]] = {}
    if set(profile.keywords) - set(asked.keywords):
        for u in first.units:
            if SECTION_SEPARATOR in u.passage.section:
                items.setdefault(_item_key(u.passage), []).append(u.reading)
    marked = part != fold_accents(part)
    typed = set(re.findall(r"\w+", canonical(part).lower()))

    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", canonical(text).lower())) if marked else set(folded_syllables(text))

    moved = []
    for s in scored:
        quote = quotes.get(section_key(s.unit.passage)) or (
            items.get(_item_key(s.unit.passage)) if FIELD_HEADING.match(leaf_heading(s.unit.passage)) else None)
        # (a table's row is a record of its own: no row goes on from the row quoted above it)
        if quote and s.unit.reading not in quote and not is_read_aloud(s.unit.text):
            topic = set(topic_keywords(asked, s.unit.passage))
            own = {w for w in typed if fold_accents(w) in topic} if marked else topic
            if (own - words(" ".join(quote))) & words(s.unit.reading):
                coverage = topic_coverage(topic_keywords(profile, s.unit.passage), [s.unit.reading, *quote],
                                          path_terms(s.unit.passage), weights, scoring)
                if coverage > s.coverage:
                    s = replace(s, score=s.score + coverage - s.coverage, coverage=coverage)
        moved.append(s)
    return sorted(moved, key=lambda s: (-s.score, s.unit.passage.rank, s.unit.position))


def _item_key(passage: Passage) -> tuple[str, str]:
    """The item a section stands under: its path less its own heading."""
    return passage.doc, passage.section.rsplit(SECTION_SEPARATOR, 1)[0]


def with_named_bodies(items: list[Evidence], scored: list[ScoredUnit], r: Retrieved) -> list[Evidence]:
    """Each body a question names beside others, quoted: the best unit naming a body not yet quoted joins.

    "Tỉnh đoàn và Hội Phụ nữ tỉnh làm những việc gì" asks of two bodies; the
    best unit speaks of one, and the question is one phrase, not two parts.
    """
    first = items[0].units[0].passage
    named = [a for a in asked_bodies(r.query.restored) if not _is_issuer(a, first)]
    if len(named) < 2:
        return items
    chunks = "\n".join(dict.fromkeys(u.passage.text for item in items for u in item.units))
    quoted = find_agencies(chunks)
    # A sibling under the same heading is the parallel answer ("b) Tỉnh đoàn …" beside "c) Hội Phụ nữ …").
    candidates = sorted((s for s in scored if s.coverage > 0), key=lambda s: _parent(s.unit.passage) != _parent(first))
    for body in [a for a in named if not any(same_body(a, b) for b in quoted)]:
        unit = next((s.unit for s in candidates if any(same_body(body, b) for b in find_agencies(s.unit.text))), None)
        if unit is not None:
            items = [*items, Evidence((unit,))]
    return items


def _parent(passage: Passage) -> tuple[str, str]:
    """The heading above the passage's own: items "b)" and "c)" of one section share it."""
    return passage.doc, passage.section.rsplit(SECTION_SEPARATOR, 1)[0]


def _said(unit: Unit, profile: QuestionProfile) -> set[str]:
    """What a quoted unit tells about the question: the topic words it holds, the facts it states
    (any figure or time, asked or not: "Tỉnh đoàn tổ chức 15 buổi" answers "làm những việc gì";
    a body only when one is asked, since most lines name one; the holder of the post asked, whom a members' table
    names where the prose gives the post alone: "Chủ tịch Hội đồng là Hiệu trưởng")."""
    terms = set(folded_syllables(unit.text))
    every_fact = replace(profile, kinds=profile.kinds | {NUMBER, DATE})
    holder = {"post holder"} if names_post_asked(unit.text, profile) else set()
    return {k for k in topic_keywords(profile, unit.passage) if k in terms} | facts_in(unit.text, every_fact) | holder


def without_repeats(items: list[Evidence], profile: QuestionProfile) -> list[Evidence]:
    """The items less any cited chunk whose quoted lines say nothing about the question the other quotes do not.

    Each chunk quoted is a citation: a runner-up line of another chunk that
    repeats the best line's topic words cites a passage that holds no fact
    asked. Headings stay (they attach to the next body line's chunk); a list
    question keeps every item; the chunk saying least goes first; one always stays.
    """
    if profile.wants(LIST):
        return items
    units = [u for item in items for u in item.units]
    said = {id(u): _said(u, profile) for u in units}
    chunks = {u.passage.id: 0 for u in units if not u.is_heading}  # a chunk quoted only for its heading is none
    for u in units:
        if u.passage.id in chunks:
            chunks[u.passage.id] += len(said[id(u)])
    dropped: set[str] = set()
    for chunk in sorted(chunks, key=chunks.__getitem__):
        if len(chunks) - len(dropped) <= 1:
            break
        own = set().union(*(said[id(u)] for u in units if u.passage.id == chunk and not u.is_heading))
        rest = set().union(*(said[id(u)] for u in units if u.is_heading or u.passage.id not in dropped | {chunk}))
        if own <= rest:
            dropped.add(chunk)
    kept = []
    for item in items:
        body = [u for u in item.units if not u.is_heading]
        if not body or any(u.passage.id not in dropped for u in body):
            left = tuple(u for u in item.units if u.is_heading or u.passage.id not in dropped)
            kept.append(replace(item, units=left))
    return kept


def answer_extractive(
    index: SearchIndex,
    weights: TermWeights,
    r: Retrieved,
    register: Register | None = None,
    facts: dict[str, frozenset[str]] | None = None,
    config: AnswerConfig = ANSWER_CONFIG,
) -> Answer:
    """The quoted answer, or a refusal; ``facts`` are ``register_facts(register)``, computed once by the caller."""
    if r.scope.out_of_scope:
        return refusal(r.question, index.plans, r.passages, r.scope.out_of_scope)
    if asks_nothing(r.question):
        return refusal(r.question, index.plans, r.passages)
    unnamed = _unnamed_place(index, r)
    if unnamed:
        return refusal(r.question, index.plans, r.passages, f"không kế hoạch nào nhắc tới {unnamed}")
    special = _meta_answer(index, r) or _basis_answer(index, r)
    if special is None and register is not None:
        special = plan_lead_answer(index, register, r) or agency_tasks_answer(index, register, r, weights, config)
    if special is not None:
        return special
    document = _document_answer(index, weights, r, facts, config) or _party_answer(index, weights, r, facts, config)
    if document is not None:
        return document
    if r.per_plan:
        return _per_plan_answer(index, weights, r, register, facts, config)
    found = single_plan_evidence(index, weights, r, register, facts, config)
    if found is None or not config.answers(found[1]) or _fact_unstated(found[1], r):
        other = province_fallback(index, r)
        found = single_plan_evidence(index, weights, other, register, facts, config) if other else None
        if other is None or found is None or not config.answers(found[1]) or _fact_unstated(found[1], other):
            return refusal(r.question, index.plans, r.passages)
        r = other
    deferral = deferred_figure(found[0], r.profile)
    if deferral is not None:
        return refusal(r.question, index.plans, r.passages,
                       f"{deferral.passage.plan} để con số này cho quyết định sau: “{deferral.text.strip()}”")
    unstated = unstated_part(found[0], r.query.restored)
    if unstated == NAMES_UNSTATED:
        # the bodies counted where the question's words stand best may be named a few lines on
        scored = score_units(_expanded(index, r), r.profile, weights, facts, fact_key, config.scoring)
        named = named_elsewhere(scored, found[0], r.query.restored)
        if named is not None:
            found, unstated = ([named], found[1]), ""
    if unstated:
        return refusal(r.question, index.plans, r.passages, f"{found[0][0].units[0].passage.plan} {unstated}")
    items = completed(index, without_repeats(found[0], r.profile), r.profile, weights, config.scoring)
    return compose(r.question, items + _plan_facts_beside(index, r), r.passages)


def province_fallback(index: SearchIndex, r: Retrieved) -> Retrieved | None:
    """The question asked of its province's other plans, when its scope chose among them by nothing beyond the
    province (a stray word of one title, a year its title spans) and that plan cannot answer: "Đến 2025 Hải Phòng
    giữ tỷ lệ thất nghiệp dưới mức nào?" is answered by the plan whose targets run to 2025, not the strategy whose
    title spans it. A plan issued after every year asked stays out; None when there is no other plan."""
    if not r.scope.docs or r.plans_search is None or not named_by_province_only(r.scope):
        return None
    provinces = {index.plans[doc].province for doc in r.scope.docs} - {""}
    latest = max(r.profile.years) if r.profile.years and not r.profile.wants(PAST) else None
    others = tuple(doc for doc, plan in index.plans.items() if doc not in r.scope.docs and plan.province in provinces
                   and not (latest and plan.year and plan.year > latest))
    if not others:
        return None
    scope = Scope(others, evidence=tuple((doc, 1.0) for doc in others))
    return replace(r, scope=scope, passages=r.plans_search(others), part_search=None)


def completed(index: SearchIndex, items: list[Evidence], profile: QuestionProfile, weights: TermWeights,
              scoring: UnitScoring = UNIT_SCORING) -> list[Evidence]:
    """Quoted items grown to what answers in full, once the decision to answer is taken: the sentence speaking of
    a quoted one, the items a lead announces, the rest of an enumeration a list question is answered from."""
    return [with_enumeration(index, with_items(index, with_sequels(e), profile), profile, weights, scoring)
            for e in items]


def _plan_facts_beside(index: SearchIndex, r: Retrieved) -> list[Evidence]:
    """The plan's own signer and issue date asked, each in a part of its own, beside what the plan implements ("…
    căn cứ những quyết định nào, và ai ký?", "… được ban hành ngày nào, và nó triển khai những văn bản nào?"): the
    quotes answer the basis, the plan's signature block and header the rest (``_meta_answer`` leaves such a
    question to the quotes). A date asked in the part that names the basis is that document's, not the plan's."""
    parts = question_parts(r.query.restored)
    if not (r.profile.wants(BASIS) and r.scope.docs and len(parts) > 1):
        return []
    # who signed is always the plan's; a date only when a part of its own asks it ("… ban hành ngày nào, và …")
    asked = {SIGNER} & r.profile.kinds | {ISSUE_DATE for part in parts
                                          if ISSUE_DATE in (own := profile_question(part).kinds) and BASIS not in own}
    found = [_meta_evidence(index, replace(r, profile=replace(r.profile, kinds=frozenset({kind}))), r.scope.docs[0])
             for kind in sorted(asked)]
    return [e for e in found if isinstance(e, Evidence)]


def _fact_unstated(signals: Signals, r: Retrieved) -> bool:
    """A question asking only when ("Hạn hoàn thành Đề án … là ngày nào?") whose quote states no time: the plan
    names the task but gives it no deadline, however well the quote covers the task. So for a question asking only
    a figure that gives one itself, a whole it asks a part of ("Trong khoảng 350 lao động …, có bao nhiêu người sẽ
    đi Nhật Bản?"), whose quote states no figure but that one: the plan gives the whole, not the part."""
    asked = r.profile.kinds & FACT_KINDS
    if signals.kinds != 0.0:
        return False
    return asked == {DATE} or asked == {NUMBER} and any(
        f.startswith(f"{NUMBER}:") for f in given_facts(r.query.restored, r.profile))


def deferred_figure(evidence: list[Evidence], profile: QuestionProfile) -> Unit | None:
    """The quoted sentence that leaves the figure asked to a later decision ("Mức hỗ trợ … sẽ do Ủy ban nhân
    dân tỉnh xem xét, quyết định sau"), when no quoted unit states a figure of the kind asked; else None.
    The plan does not give the figure: the answer says so, and where it says it is decided."""
    units = [u for e in evidence for u in e.units]
    if not profile.wants(NUMBER) or any(NUMBER in kinds_in(u.reading, profile) for u in units):
        return None
    return next((u for u in units if DEFERRED.search(u.text)), None)


NAMES_UNSTATED = "chỉ nêu số lượng, không nêu tên cụ thể"


def unstated_part(evidence: list[Evidence], question: str) -> str:
    """What the quote leaves out of what the question asks, said as the refusal's reason (the plan "chỉ nêu …"), or
    "": the names of bodies it only counts, the name of a person it names by post, the wording before an amendment."""
    if names_unstated(evidence, question):
        return NAMES_UNSTATED
    if person_unstated(evidence, question):
        return "chỉ nêu chức vụ, không nêu tên người"
    if day_unstated(evidence, question):
        return "chỉ nêu thời gian chung (tháng, quý hoặc năm), không nêu ngày cụ thể"
    if former_unstated(evidence, question):
        return "chỉ nêu nội dung đang có hiệu lực, không nêu nội dung trước khi sửa đổi"
    if other := other_school_year(evidence, question):
        return other
    return ""


def names_unstated(evidence: list[Evidence], question: str) -> bool:
    """A question asking which bodies by name ("Trường cao đẳng nào … được chọn …?", "Bốn doanh nghiệp nào …?") whose
    quote only counts them ("… có 01 trường cao đẳng … đạt trường chất lượng cao", "Lựa chọn 04 doanh nghiệp") and
    names none of that kind: the plan gives how many, not which. A question asking how many too is answered."""
    folded = fold_accents(question).lower()
    asked = NAMES_ASKED.search(folded)
    if asked is None or re.search(r"\b(?:bao nhieu|may)\b", folded):
        return False
    kind = asked["kind"] or asked["several"]
    texts = [u.text for e in evidence for u in e.units]
    counted = any(re.search(BODIES_COUNTED.format(kind=kind), fold_accents(t).lower()) for t in texts)
    return counted and not _names_of_kind(texts, kind)


def _names_of_kind(texts: list[str], kind: str) -> list[str]:
    """The bodies of the kind asked (folded "co so", "doanh nghiep", …) the texts name."""
    heads = _NAMED_AS.get(kind, (kind,))
    return [a for t in texts for a in find_agencies(t) if fold_accents(a).lower().startswith(heads)]


NAMED_ELSEWHERE_COVERAGE = 0.5  # of the counting quote's coverage, what the unit naming the bodies must cover


def named_elsewhere(scored: list[ScoredUnit], counted: list[Evidence], question: str) -> Evidence | None:
    """For a question asking which bodies by name whose best quote only counts them ("… có ít nhất 06 cơ sở …"), the
    unit of the same plan that names several of them on the topic ("… cụ thể: năm 2030 cải tạo Trường … và Trung tâm
    …"), the best scored that covers the topic as well as half the counting quote; None when no unit names them."""
    asked = NAMES_ASKED.search(fold_accents(question).lower())
    units = [u for e in counted for u in e.units]
    if asked is None or not units:
        return None
    kind = asked["kind"] or asked["several"]
    doc = units[0].passage.doc
    floor = NAMED_ELSEWHERE_COVERAGE * max((s.coverage for s in scored if s.unit in units), default=0.0)
    for s in scored:
        if s.unit.passage.doc == doc and s.coverage >= floor and len(set(_names_of_kind([s.unit.text], kind))) >= 2:
            return Evidence((s.unit,))
    return None


# The heads a body of the kind asked is named by: a firm as "Công ty …", "Hợp tác xã …"; a training establishment
# as a school or a centre.
_FIRM_HEADS = ("cong ty", "tong cong ty", "tap doan", "doanh nghiep", "hop tac xa", "nha may")
_NAMED_AS = {"doanh nghiep": _FIRM_HEADS, "cong ty": _FIRM_HEADS, "hop tac xa": _FIRM_HEADS,
             "co so": ("co so", "truong", "trung tam", "vien")}


def person_unstated(evidence: list[Evidence], question: str) -> bool:
    """A question asking a person's name ("Giám đốc Sở …, người ký Tờ trình 236, tên là gì?") whose quote names the
    post alone ("Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 236/TTr-SGDĐT"): the plan gives
    who by post, not by name."""
    if not PERSON_NAME_ASKED.search(fold_accents(question).lower()):
        return False
    return not any(PERSON_NAME.search(u.text) for e in evidence for u in e.units)


def day_unstated(evidence: list[Evidence], question: str) -> bool:
    """A question asking the exact day ("Ngày hội … diễn ra chính xác vào ngày nào?") whose quote names no day, only
    a month, a quarter or a year ("trong tháng 5/2025 tại thành phố …"): the plan gives when roughly, not the day."""
    if not DAY_ASKED.search(fold_accents(question).lower()):
        return False
    return not any(DAY_AND_MONTH.search(u.text) for e in evidence for u in e.units)


def former_unstated(evidence: list[Evidence], question: str) -> bool:
    """A question asking what a text said before it was amended ("Trước khi sửa đổi, Kế hoạch … đặt chỉ tiêu bao
    nhiêu?") whose quoted chunks state no former wording or figure: a consolidated text, a point marked "được sửa
    đổi theo …", gives only the text in force, however well it covers the topic (``vocab.phrases.FORMER_*``)."""
    if not FORMER_ASKED.search(fold_accents(question).lower()):
        return False
    texts = (f"{u.passage.section}\n{u.passage.text}" for e in evidence for u in e.units)
    return not any(FORMER_STATED.search(fold_accents(text).lower()) for text in texts)


def other_school_year(evidence: list[Evidence], question: str) -> str:
    """A school year asked ("chỉ tiêu tuyển sinh năm học 2027–2028") of quotes framed by another one only (a college's
    "Kế hoạch đào tạo năm học 2026 – 2027"), said as the refusal's reason; "" when the quotes name the year asked,
    or name no school year. The two years overlap in 2027, but a school year is one period."""
    asked = school_years(fold_accents(question).lower())
    if not asked:
        return ""
    texts = (f"{u.passage.document.title}\n{u.passage.section}\n{u.text}" for e in evidence for u in e.units)
    named = set().union(*(school_years(fold_accents(text).lower()) for text in texts))
    if not named or asked & named:
        return ""
    said = ", ".join(f"{a} – {b}" for a, b in sorted(named))
    return f"chỉ nêu năm học {said}, không nêu năm học {', '.join(f'{a} – {b}' for a, b in sorted(asked))}"


def _unnamed_place(index: SearchIndex, r: Retrieved) -> str:
    """A place below the province the question singles out ("huyện Yên Thạch"), or a name it quotes, that no plan
    in scope names anywhere, as typed; "" when there is none. Like a province without plans, the plans cannot
    say anything of it, however well the rest of the question is covered."""
    docs = r.scope.docs or tuple(index.plans)
    for folded, typed in named_places(r.query.restored).items():
        if not any(index.mentions(doc, folded) for doc in docs):
            return typed
    # so does a name it quotes ("Hội thi “Phụ nữ giỏi nghề”"): a contest or programme no plan names as written
    for folded, typed in quoted_names(PLAN_NOTE.sub("", r.query.restored)).items():  # a plan's label quotes its own
        if not any(index.mentions(doc, folded) for doc in docs):
            return f"“{typed}”"
    return ""


def _per_plan_answer(
    index: SearchIndex, weights: TermWeights, r: Retrieved, register: Register | None, facts, config: AnswerConfig,
) -> Answer:
    """A question over several plans, answered plan by plan: a side is quoted when its evidence is
    strong enough (weaker when the question asks of each side), or when it is the best of a province
    asked about. The sides together are one quoted answer, which the refusal decision weighs as a
    single-plan one."""
    comparing = r.profile.wants(COMPARE)
    asked = asked_provinces(r, index)
    own = r.plan_parts
    # A question naming each plan ("kế hoạch GDNN 2023 và kế hoạch đào tạo nghề 2025", "Hà Nội năm 2023 …, và kế
    # hoạch 177 …") asks of each.
    folded = fold_accents(r.query.restored)
    each = comparing or names_several_plans(folded) or len(
        set(own) | {doc for doc in r.scope.docs if named_by_province_year(folded, index.plans[doc])}) > 1
    # "KH 70 (năm 2023) và KH 177 (năm 2030)": which year is whose is not known, so no side is held to one.
    whole = r.profile if len(set(r.profile.years)) <= 1 else replace(r.profile, years=())
    # "… trong Kế hoạch 177 (2025) của Hà Nội, và trong kế hoạch chiến lược của Hải Phòng": a year said in one
    # province's clauses is not asked of another province's plans
    texts = province_texts(folded, {fold_accents(p.province) for p in index.plans.values() if p.province})
    sides = []
    profiles: dict[str, QuestionProfile] = {}  # each side's own question
    bests: list[ScoredUnit] = []
    for doc in _designated(index, r, r.scope.docs):
        text = texts.get(fold_accents(_province(index, doc)))
        # "Bạch Vân 2025 với Hải Dương 2023": the years said in a province's own clauses are its side's
        years = whole.years if text is None else tuple(y for y in r.profile.years if y in years_spanned(text))
        side_question = _side_question(r, own[doc], index.plans[doc]) if doc in own else replace(
            r, profile=replace(whole, years=years))
        profile = side_question.profile
        expanded = with_sections(index, r.per_plan.get(doc, []))
        evidence, best, coverage = _best_evidence(expanded, profile, weights, facts, config.scoring)
        if evidence is None or best is None:
            continue
        # A side the question asks of by name (a comparison, each plan, each province) needs weaker
        # evidence, so long as it states the kind of fact asked (a figure, a time, a body).
        wanted = profile.kinds & FACT_KINDS
        relieved = (each or _province(index, doc) in asked) and wanted <= held_kinds(evidence.units, profile)
        # else a side answers as a plan alone would: "Hải Phòng có miễn học phí không" is answered by the plan of
        # the province that says so, whatever its other plan lacks
        if coverage >= config.min_coverage * (config.compared_relief if relieved else 1.0) or config.quotes_side(
                _sides_signals(index, weights, side_question, register, [evidence], [best], config.scoring)):
            # each part of a compound question ("… năm 2025 và … năm 2030") the side's plan answers
            items = with_parts(evidence, expanded, side_question, weights, facts, plan_identifiers(index.plans[doc]),
                               config)
            sides.append((doc, items, best.score))
            profiles[doc] = profile
            bests.append(best)
    quoted = [e for _, items, _ in sides for e in items]
    if sides and not config.answers(_sides_signals(index, weights, r, register, quoted, bests, config.scoring)):
        sides = []
    if sides:
        top = max(score for _, _, score in sides)
        # Each province asked about keeps its best side, however weak beside the other's.
        strongest = {_province(index, doc): doc for doc, _, _ in sorted(sides, key=lambda side: side[2])}
        kept = [e for doc, items, s in sides if each or s >= config.second_plan_ratio * top
                or strongest.get(_province(index, doc)) == doc and _province(index, doc) in asked
                for e in completed(index, items, profiles[doc], weights, config.scoring)]
        answer = compose(r.question, kept, r.passages)
        answered = {_province(index, doc) for doc, _, _ in sides}
        for province in sorted(asked - answered):
            answer.text += f"\n\n{UNCOVERED_SIDE.format(province=province)}"
        return answer
    return refusal(r.question, index.plans, r.passages)


def _side_question(r: Retrieved, parts: str, plan: PlanMetadata) -> Retrieved:
    """The question one plan's side answers when the question asks each plan its own thing: its own parts,
    profiled on their own (the plan's name no topic), the whole question's kinds lent when they ask none."""
    profile = profile_question(parts)
    identifiers = plan_naming_words(plan, profile.words)
    profile = replace(profile, keywords=tuple(k for k in profile.keywords if k not in identifiers) or profile.keywords,
                      years=tuple(y for y in profile.years if y not in plan_years(parts)),
                      kinds=profile.kinds or r.profile.kinds)
    return replace(r, query=replace(r.query, restored=parts), profile=profile)


def _designated(index: SearchIndex, r: Retrieved, docs: tuple[str, ...]) -> list[str]:
    """The plans in scope less those of a province whose year the question writes beside its name ("Hà Nội năm
    2023 với Bạch Vân năm 2025") that are not of that year, when one of its plans is; a plan the question names
    beyond its province ("Hà Nội năm 2023 …, và kế hoạch 177 năm 2025 …") stays."""
    folded = fold_accents(r.query.restored)
    years = province_years(folded, {fold_accents(index.plans[d].province) for d in docs if index.plans[d].province})
    named = {doc for doc, score in r.scope.evidence if score >= 1.0 + NAMED_BEYOND_PROVINCE}

    def of_year(doc: str, wanted: set[int]) -> bool:
        plan = index.plans[doc]
        return any(y == plan.year or str(y) in plan.title for y in wanted)

    kept = []
    for doc in docs:
        wanted = years.get(fold_accents(_province(index, doc)), set())
        siblings = [d for d in docs if _province(index, d) == _province(index, doc)]
        if not wanted or doc in named or of_year(doc, wanted) or not any(of_year(d, wanted) for d in siblings):
            kept.append(doc)
    return kept


def _sides_signals(
    index: SearchIndex, weights: TermWeights, r: Retrieved, register: Register | None, sides: list[Evidence],
    bests: list[ScoredUnit], scoring: UnitScoring = UNIT_SCORING,
) -> Signals:
    """The signals of every side's quotes read as one answer, the strongest side's unit as its best."""
    quoted = Evidence(tuple(u for side in sides for u in side.units))
    best = max(bests, key=lambda s: s.score)
    coverage = max(max(s.coverage for s in bests), joint_coverage(list(quoted.units), r.profile, weights, scoring))
    dense = index.similarity(r.query.restored, quote_of(list(quoted.units)))
    return signals_of(quoted, best, coverage, r, register, dense, dated_leads(index, quoted.units, r.profile.years),
                      list_leads(index, quoted.units))


def asked_provinces(r: Retrieved, index: SearchIndex) -> set[str]:
    """The provinces of the plans in scope when the question names two or more of them: each is a side to answer."""
    folded = fold_accents(r.query.restored)
    provinces = {_province(index, doc) for doc in r.scope.docs}
    named = {p for p in provinces
             if p and fold_accents(p) in named_provinces(folded, {fold_accents(p)}, r.query.text)}
    return named if len(named) > 1 else set()


def _province(index: SearchIndex, doc: str) -> str:
    return index.plans[doc].province


def _document_answer(
    index: SearchIndex, weights: TermWeights, r: Retrieved, facts, config: AnswerConfig = ANSWER_CONFIG,
) -> Answer | None:
    """"Quyết định hay kế hoạch, ban hành kèm văn bản nào, hiệu lực từ khi nào" from the document's
    metadata and articles; the other parts of a compound question from the passages."""
    evidence = [score for _, score in r.scope.evidence]
    if not r.profile.wants(DOC_KIND) or not r.scope.docs or (len(evidence) > 1 and evidence[0] == evidence[1]):
        return None
    found = document_evidence(index, r.scope.docs[0], r.query.restored)
    if found is None:
        return None
    drop = plan_identifiers(index.plans[r.scope.docs[0]])
    return compose(r.question, with_parts(found, _expanded(index, r), r, weights, facts, drop, config), r.passages)


def _party_answer(
    index: SearchIndex, weights: TermWeights, r: Retrieved, facts, config: AnswerConfig = ANSWER_CONFIG,
) -> Answer | None:
    """"Bên B là ai?": the line of the agreement that names the party, from the plan in scope, else the first plan
    retrieved that defines it; the other parts of a compound question from the passages."""
    label = asked_party(r.query.restored)
    if not label:
        return None
    docs = r.scope.docs or tuple(dict.fromkeys(p.doc for p in r.passages))
    found = next((e for doc in docs if (e := party_evidence(index, doc, label)) is not None), None)
    if found is None:
        return None
    drop = plan_identifiers(found.units[0].passage.document)
    return compose(r.question, with_parts(found, _expanded(index, r), r, weights, facts, drop, config), r.passages)


def _expanded(index: SearchIndex, r: Retrieved) -> list[Passage]:
    """The passages of the plans in scope that speak of the years asked, with their sections."""
    candidates = [p for p in r.passages if not r.scope.docs or p.doc in r.scope.docs]
    return with_sections(index, [p for p in candidates if speaks_of_years(index, p, r.profile.years)])


def speaks_of_years(index: SearchIndex, passage: Passage, years: tuple[int, ...]) -> bool:
    """Whether a passage speaks of the years asked, itself or by a chunk of its section: "Phấn đấu đến năm
    2025:" opens a list whose later items ("đ) Tỷ lệ … tham gia bảo hiểm xã hội đạt 55%") a chunk of their
    own holds (``score_units`` reads the section the same way)."""
    return year_ok(passage, years) or bool(sections_of_years(index.section_passages(passage.doc, passage.section),
                                                             years))


def single_plan_evidence(
    index: SearchIndex, weights: TermWeights, r: Retrieved, register: Register | None, facts,
    config: AnswerConfig = ANSWER_CONFIG,
) -> tuple[list[Evidence], Signals] | None:
    """(the items to quote, the signals of the whole quoted answer), or None when nothing can answer.

    The decision reads the answer as it will be quoted: every part of a
    compound question and every body named, not the best unit alone.
    """
    expanded = _expanded(index, r)
    scored = score_units(expanded, r.profile, weights, facts, fact_key, config.scoring)
    evidence, best, coverage = _evidence_from(scored, r.profile, config.scoring)
    drop = set().union(*(plan_identifiers(index.plans[doc]) for doc in r.scope.docs))
    if evidence is None:
        evidence, best = part_led(expanded, r, weights, facts, drop, config)
    if evidence is None or best is None:
        return None
    search = r.part_search
    own = (lambda part: with_sections(index, search(part))) if search else None
    items = with_parts(evidence, expanded, r, weights, facts, drop, config, own)
    items = with_named_bodies(items, scored, r)
    quoted = Evidence(tuple(u for item in items for u in item.units))
    joint = max(coverage, joint_coverage(list(quoted.units), r.profile, weights, config.scoring))
    dense = index.similarity(r.query.restored, quote_of(list(quoted.units)))
    # a lead announcing its items ("Kinh phí thực hiện Kế hoạch bao gồm:") is judged with them: quoted, they join it
    judged = with_items(index, quoted, r.profile)
    return items, signals_of(judged, best, joint, r, register, dense,
                             dated_leads(index, quoted.units, r.profile.years), list_leads(index, quoted.units))

