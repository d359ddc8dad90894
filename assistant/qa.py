"""Retrieve for a question and answer it extractively, refusing when unsupported.

Two steps the chain composes: ``retrieve`` (scope the question to plans,
search, and search each plan separately when the question spans several) and
``answer_extractive`` (facts about the plan itself from its metadata parts,
otherwise quoted sentences; a refusal when the evidence is too weak).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.answer import Answer
from assistant.compose import Evidence, compose, refusal
from assistant.extractive import (
    TermWeights,
    has_measure,
    own_parts,
    passage_units,
    plan_identifiers,
    score_units,
    select_units,
    year_ok,
)
from assistant.questions import (
    BASIS,
    COMPARE,
    DOC_NUMBER,
    ISSUE_DATE,
    SIGNER,
    QuestionProfile,
    profile_question,
    section_hints,
    strip_instructions,
)
from assistant.register_answers import agency_tasks_answer, fact_key, plan_lead_answer
from assistant.scope import Scope, asks_about_cited_document, resolve_scope
from index.register import Register
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex
from index.structure import HEADER_TITLE, SIGNATURE_TITLE
from index.vocab.dates import DATE_LINE

# Share of the question's topic (IDF-weighted) the best unit must cover before
# the assistant answers; below it the plans are taken not to say. Set on dev.
MIN_COVERAGE = 0.38
# A second plan joins the answer, when the question does not name both, only
# if its evidence is nearly as strong as the first plan's.
SECOND_PLAN_RATIO = 0.85
PER_PLAN_K = 5
COMPARED_RELIEF = 0.5
# How many top passages bring the rest of their section along.
EXPANDED = 3


@dataclass
class Retrieved:
    question: str
    query: PreparedQuery
    profile: QuestionProfile
    scope: Scope
    passages: list[Passage]
    per_plan: dict[str, list[Passage]] = field(default_factory=dict)


def retrieve(index: SearchIndex, question: str, config: SearchConfig, filters: Filters | None = None) -> Retrieved:
    """Search once; when the question names several plans, also search each."""
    question_text = strip_instructions(question)
    # A date, number or signer asked of a document the plans only cite is that document's: the legal basis states it.
    cited = asks_about_cited_document(question_text, index.scope)
    hints = section_hints(question_text, cited_document=cited)
    query, passages = index.search(question_text, config, filters, hints)
    profile = profile_question(query.restored)
    if cited and own_parts(profile):
        profile = replace(profile, kinds=profile.kinds | {BASIS})
    scope = resolve_scope(query.restored, index.plans, index.scope)
    identifiers = set().union(*(plan_identifiers(index.plans_metadata(doc)) for doc in scope.docs))
    profile = replace(profile, keywords=tuple(k for k in profile.keywords if k not in identifiers))
    per_plan: dict[str, list[Passage]] = {}
    if len(scope.docs) > 1:
        for doc in scope.docs:
            plan_filter = Filters(docs=(doc,))
            if filters is None or filters.accepts({**index.plans_metadata(doc), "doc": doc}):
                _, hits = index.search(query.text, replace(config, k=PER_PLAN_K), plan_filter, hints)
                per_plan[doc] = hits
    return Retrieved(question, query, profile, scope, passages, per_plan)


def _plan_part(index: SearchIndex, doc: str, title: str) -> Passage | None:
    parts = index.section_passages(doc, title)
    return parts[0] if parts else None


def _meta_answer(index: SearchIndex, r: Retrieved) -> Answer | None:
    """Signer, document number and issue date come from the plan's own header and signature.

    An issue date asked together with what the plan implements (BASIS) is
    that document's date, which the legal basis states: left to the quotes.
    """
    wants_issue_date = r.profile.wants(ISSUE_DATE) and not r.profile.wants(BASIS)
    if not r.scope.docs or not (r.profile.wants(SIGNER) or r.profile.wants(DOC_NUMBER) or wants_issue_date):
        return None
    evidence = [score for _, score in r.scope.evidence]
    if len(evidence) > 1 and evidence[0] == evidence[1]:
        return None  # two plans fit equally: let the quoted evidence speak
    doc = r.scope.docs[0]
    plan = index.plans[doc]
    metadata = index.plans_metadata(doc)
    if r.profile.wants(SIGNER):
        signer = metadata.get("signer", "")
        part = _plan_part(index, doc, SIGNATURE_TITLE)
        if not signer or part is None:
            return refusal(r.question, index.plans, r.passages, "kế hoạch không ghi người ký")
        lead = f"{plan.label} do {signer} ký."
        units = tuple(_units_naming(part, signer))
        return compose(r.question, [Evidence(units, lead=lead + " Theo phần “Nơi nhận và người ký”:")], r.passages)
    issued = _issued(metadata.get("date", ""))
    if r.profile.wants(DOC_NUMBER) and not plan.number:
        return refusal(r.question, index.plans, r.passages, "văn bản không ghi số hiệu")
    if not r.profile.wants(DOC_NUMBER) and not issued:
        return refusal(r.question, index.plans, r.passages, "văn bản không ghi ngày ban hành")
    part = _plan_part(index, doc, HEADER_TITLE)
    if part is None:
        return None
    units = passage_units(part)
    if r.profile.wants(DOC_NUMBER):
        lead = f"{plan.label}: số hiệu {plan.number}{issued}"
    else:
        lead = plan.label + issued
        # The place-date line, not the title, which may date the document the plan implements.
        units = [u for u in units if _is_place_date(u.text)][:1] or units
    return compose(r.question, [Evidence(tuple(units), lead=lead + ". Theo phần đầu văn bản:")], r.passages)


def _issued(iso_date: str) -> str:
    parts = iso_date.split("-")
    return f", ban hành ngày {parts[2]}/{parts[1]}/{parts[0]}" if len(parts) == 3 else ""


def _is_place_date(text: str) -> bool:
    """A line dated in full as the place-date line writes it ("Hà Nội, ngày 07 tháng 7 năm 2025")."""
    line = DATE_LINE.search(text)
    return bool(line and line["d"] and line["m"])


def _units_naming(passage: Passage, name: str):
    units = passage_units(passage)
    return [u for u in units if name in u.text] or units[-1:]


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


def _best_evidence(index: SearchIndex, passages: list[Passage], r: Retrieved, weights: TermWeights, facts=None):
    scored = score_units(with_sections(index, passages), r.profile, weights, facts, fact_key)
    units = select_units(scored, r.profile)
    if not units:
        return None, 0.0, 0.0
    best = next(s for s in scored if has_measure(s.unit.text, r.profile))
    # The heading may cover the topic and the next line hold the figure.
    coverage = max(s.coverage for s in scored if s.unit in units)
    return Evidence(tuple(units)), best.score, coverage


def answer_extractive(
    index: SearchIndex,
    weights: TermWeights,
    r: Retrieved,
    register: Register | None = None,
    facts: dict[str, frozenset[str]] | None = None,
) -> Answer:
    """The quoted answer, or a refusal; ``facts`` are ``register_facts(register)``, computed once by the caller."""
    if r.scope.out_of_scope:
        return refusal(r.question, index.plans, r.passages, r.scope.out_of_scope)
    special = _meta_answer(index, r)
    if special is None and register is not None:
        special = plan_lead_answer(index, register, r) or agency_tasks_answer(index, register, r)
    if special is not None:
        return special
    if r.per_plan:
        comparing = r.profile.wants(COMPARE)
        sides = []
        for doc in r.scope.docs:
            evidence, score, coverage = _best_evidence(index, r.per_plan.get(doc, []), r, weights, facts)
            # Each side of an explicit comparison is answered on weaker evidence.
            needed = MIN_COVERAGE * (COMPARED_RELIEF if comparing else 1.0)
            if evidence is not None and coverage >= needed:
                sides.append((doc, evidence, score))
        if sides:
            top = max(score for _, _, score in sides)
            kept = [e for _, e, s in sides if comparing or s >= SECOND_PLAN_RATIO * top]
            return compose(r.question, kept, r.passages)
        return refusal(r.question, index.plans, r.passages)
    candidates = [p for p in r.passages if not r.scope.docs or p.doc in r.scope.docs] or r.passages
    candidates = [p for p in candidates if year_ok(p, r.profile.years)]
    evidence, _, coverage = _best_evidence(index, candidates, r, weights, facts)
    if evidence is None or coverage < MIN_COVERAGE:
        return refusal(r.question, index.plans, r.passages)
    return compose(r.question, [evidence], r.passages)
