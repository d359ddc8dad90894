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
from assistant.extractive import TermWeights, has_measure, passage_units, plan_identifiers, score_units, select_units, year_ok
from assistant.questions import COMPARE, DOC_NUMBER, SIGNER, QuestionProfile, profile_question, strip_instructions
from assistant.register_answers import agency_tasks_answer, fact_key, plan_lead_answer
from assistant.scope import Scope, resolve_scope
from index.register import Register
from index.retriever import Filters, Passage, PreparedQuery, SearchConfig, SearchIndex
from index.structure import HEADER_TITLE, SIGNATURE_TITLE

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
    query, passages = index.search(strip_instructions(question), config, filters)
    profile = profile_question(query.restored)
    scope = resolve_scope(query.restored, index.plans, index.scope)
    identifiers = set().union(*(plan_identifiers(index.plans_metadata(doc)) for doc in scope.docs))
    profile = replace(profile, keywords=tuple(k for k in profile.keywords if k not in identifiers))
    per_plan: dict[str, list[Passage]] = {}
    if len(scope.docs) > 1:
        for doc in scope.docs:
            plan_filter = Filters(docs=(doc,))
            if filters is None or filters.accepts({**index.plans_metadata(doc), "doc": doc}):
                _, hits = index.search(query.text, replace(config, k=PER_PLAN_K), plan_filter)
                per_plan[doc] = hits
    return Retrieved(question, query, profile, scope, passages, per_plan)


def _plan_part(index: SearchIndex, doc: str, title: str) -> Passage | None:
    parts = index.section_passages(doc, title)
    return parts[0] if parts else None


def _meta_answer(index: SearchIndex, r: Retrieved) -> Answer | None:
    """Signer and document number come from the plan's own header and signature."""
    if not r.scope.docs or not (r.profile.wants(SIGNER) or r.profile.wants(DOC_NUMBER)):
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
    if not plan.number:
        return refusal(r.question, index.plans, r.passages, "văn bản không ghi số hiệu")
    part = _plan_part(index, doc, HEADER_TITLE)
    if part is None:
        return None
    lead = f"{plan.label}: số hiệu {plan.number}" + _issued(metadata.get("date", "")) + ". Theo phần đầu văn bản:"
    return compose(r.question, [Evidence(tuple(passage_units(part)), lead=lead)], r.passages)


def _issued(iso_date: str) -> str:
    parts = iso_date.split("-")
    return f", ban hành ngày {parts[2]}/{parts[1]}/{parts[0]}" if len(parts) == 3 else ""


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
