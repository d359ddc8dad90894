"""Which plans a question is about, and whether the corpus can be about it at all.

A question that names a province, a plan number or a year the indexed plans
do not cover must be refused, not answered from the nearest other plan: an
official asking about Đà Nẵng must not get Hà Nội's figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.provinces import BY_FOLDED, SHORT_FORMS, Span, place_spans, typed_as, without_overlaps
from assistant.questions import PAST, PLAN_KIND_WORD, PLAN_WORD, profile_question, set_aside_documents
from index.metadata import PlanMetadata, local_place_name
from index.normalize import canonical, fold_accents
from index.plan_scope import TITLE_NAMED, DocumentReference, PlanScope, document_references
from index.vocab.dates import YEAR
from index.vocab.documents import FOLDED_DOC_TYPES, LEADER_OF_PROVINCE
from index.vocab.markers import UPPER
from index.vocab.qualifiers import named_places, place_key

# A plan's own type code ("kh"), a missing plan even when no indexed plan has a number yet.
PLAN_CODE = FOLDED_DOC_TYPES["ke hoach"]


@dataclass(frozen=True)
class Scope:
    """The plans a question points at (best first) and why it may be out of scope."""

    docs: tuple[str, ...]
    out_of_scope: str = ""  # a reason, in Vietnamese, when the corpus cannot answer
    evidence: tuple[tuple[str, float], ...] = ()  # raw scope evidence of each doc


def named_provinces(
    folded_question: str, covered: frozenset[str] | set[str] = frozenset(), typed: str = ""
) -> set[str]:
    """Folded provinces named, the longest of overlapping names and the leftmost on a tie,
    so "Lam Sơn là …" is Lam Sơn, not "Sơn La", and "Phú Hà năm 2023" is not Hà Nam.

    ``covered`` adds the corpus's own provinces, which may be missing from the national list. ``typed``, the
    question as typed: a name its marks do not write is none ("mỗi năm định hướng" is no Nam Định).
    """
    return {name for *_, name in _province_spans(folded_question, covered, typed)}


def _province_spans(folded_question: str, covered: frozenset[str] | set[str], typed: str = "") -> list[Span]:
    names = {name: name for name in set(BY_FOLDED) | set(covered)} | SHORT_FORMS
    spans = place_spans(folded_question, names)
    if len(typed) == len(folded_question):
        spans = [(start, end, name) for start, end, name in spans  # nor a short form ("HN") nor a corpus's own name
                 if name not in BY_FOLDED or folded_question[start:end] != name
                 or typed_as(typed[start:end], BY_FOLDED[name])]
    return without_overlaps(spans)


# A year written right after a province's name: "Hà Nội năm 2023", "Bạch Vân (2025)", "của Hải Phòng, 2021".
_YEAR_AFTER_NAME = re.compile(r"\s*[(,]?\s*(?:nam\s+|trong nam\s+)?((?:19|20)\d\d)\b")


def province_years(folded_question: str, covered: frozenset[str] | set[str] = frozenset()) -> dict[str, set[int]]:
    """The years a question writes right after each province it names ("Hà Nội năm 2023 với Bạch Vân năm
    2025"): they say which of that province's plans is meant, not a period asked of every plan."""
    found: dict[str, set[int]] = {}
    for _, end, name in _province_spans(folded_question, covered):
        m = _YEAR_AFTER_NAME.match(folded_question, end)
        if m:
            found.setdefault(name, set()).add(int(m.group(1)))
    return found


# "tỉnh Hà Lam": a province by its level word and a capitalised name of two or three syllables, as every
# province's is ("Tỉnh Đoàn", "Tỉnh ủy" are bodies; "trình UBND tỉnh Đề án …" names a document, not "tỉnh Đề").
_PROVINCE_BY_LEVEL = re.compile(
    rf"(?<![\w])[Tt]ỉnh\s+(?!(?:Đoàn|Ủy|Uỷ|Đội)(?![\w]))(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,2}})"
)


def unlisted_provinces(question: str, covered: set[str]) -> list[str]:
    """Provinces a question names as "tỉnh <Name>" that are neither in the national list nor the corpus's
    own: no plan of theirs is held ("Tỉnh Hà Lam đặt bao nhiêu phiên …?" over a corpus without Hà Lam)."""
    known = set(BY_FOLDED) | {c.lower() for c in covered}
    out: list[str] = []
    text = canonical(question)
    for m in _PROVINCE_BY_LEVEL.finditer(text):
        name = fold_accents(m["name"]).lower()
        if len(name.split()) > 2 and LEADER_OF_PROVINCE.search(fold_accents(text[:m.start()]).lower()):
            continue  # "Chủ tịch tỉnh Triệu Quang Hưng": the chair by name
        # by whole words either way: "tỉnh Đông Lĩnh" is the corpus's "Đông Lĩnh Công Hòa" of a poorly read header
        if not any(name == k or name.startswith(f"{k} ") or k.startswith(f"{name} ") for k in known) \
                and m["name"] not in out:
            out.append(m["name"])
    return out


# "láng giềng của Lam Sơn", "giáp Tây Kinh", "bên cạnh Phú Hà": a place named only to locate another.
_BESIDE = re.compile(
    r"\b(?:lang gieng|giap ranh|giap|ben canh|canh|gan|ke ben|lan can|sat)(?: (?:cua|voi))?"
    r"(?: (?:tinh|thanh pho|tp))? $"
)


def beside_provinces(
    folded_question: str, covered: frozenset[str] | set[str] = frozenset(), typed: str = ""
) -> set[str]:
    """Folded provinces the question names only to say where another one is ("Tỉnh Nghệ An, láng giềng
    của Lam Sơn, …"): the question is about the other province, not these."""
    beside: set[str] = set()
    plain: set[str] = set()
    for start, _, name in _province_spans(folded_question, covered, typed):
        (beside if _BESIDE.search(folded_question[max(start - 30, 0):start]) else plain).add(name)
    return beside - plain


def cited_subject(question: str, table: PlanScope) -> DocumentReference | None:
    """The document a question is about when it is one the plans only cite, not a plan; else None.

    Its subject, the first document it names, is one no indexed plan carries:
    "Chỉ thị 37-CT/TW … do ai ban hành, ngày nào?", "Quyết định 336/QĐ-LĐTBXH mà
    kế hoạch viện dẫn ban hành ngày nào?": the date or signer asked for is that
    document's, which only the legal basis citing it states. "Ai ký kế hoạch
    thực hiện Nghị quyết 06/NQ-CP?" names a plan by what it implements. A plan named first, the document it cites is
    the subject when the asking clause points back at it ("…, quyết định đó ký ngày nào?").
    """
    folded = fold_accents(question)
    aside = set(set_aside_documents(question))  # "Ngoài Quyết định 2239, …": not what is asked of
    references = [r for r in document_references(folded) if (r.number, r.code) not in aside]
    cited = [r for r in references if (r.number, r.code) not in table.own_references]
    if not cited:
        return None
    subject = cited[0]
    plan_words = "|".join(word for word, code in FOLDED_DOC_TYPES.items() if code in table.own_codes | {PLAN_CODE})
    plan = re.search(rf"\b(?:{plan_words})\b", folded)
    if subject is references[0] and (plan is None or subject.span[0] <= plan.start()):
        return subject
    # a plan named first ("Kế hoạch 17 … thực hiện Quyết định 2239/QĐ-TTg, quyết định đó phê duyệt gì, ký ngày
    # nào?"): the cited document when the asking clause points back at its kind ("quyết định đó", "nghị quyết này";
    # not "kế hoạch", users' word for any plan, nor "những quyết định nào khác")
    kind = "|".join(word for word, code in FOLDED_DOC_TYPES.items() if code == subject.code and code != PLAN_CODE)
    pointed = kind and re.search(rf"\b(?:{kind})\s+(?:do|nay|ay|tren|kia)\b", folded[subject.span[1]:].lower())
    return subject if pointed else None


def uncited(subject: DocumentReference, question: str, docs, cites: Callable[[str, str, str], bool]) -> Scope | None:
    """Out of scope when no plan among ``docs`` cites the document asked about (``cited_subject``): "Nghị quyết số
    37-NQ/TW mà kế hoạch lấy làm căn cứ ban hành ngày nào?" of a plan citing Nghị quyết 36-NQ/TW has no answer
    there, however alike the line citing 36 reads. None when one does."""
    if any(cites(doc, subject.number, subject.code) for doc in docs):
        return None
    start, end = subject.span
    written = question[start:end].strip() if len(fold_accents(question)) == len(question) else subject.number
    return Scope((), f"không kế hoạch nào nhắc tới {written[:1].upper()}{written[1:]}")


def resolve_scope(
    question: str, plans: dict[str, PlanMetadata], table: PlanScope | None = None,
    cited_by: Callable[[str], list[str]] | None = None, typed: str | None = None,
) -> Scope:
    """Rank the plans the question names; flag provinces or plan numbers we lack.

    ``table`` is the catalogue's compiled ``PlanScope`` when the caller has one (the index does);
    ``cited_by`` gives the plans whose text cites a document number ("triển khai các giải pháp của kế hoạch
    1305/KH-UBND"): a question about such a document is about them, not about a plan we lack. ``typed``: the
    question as typed, when ``question`` has its marks restored (a guess that cannot say a name is not there).
    """
    folded = fold_accents(question)
    covered_provinces = {fold_accents(p.province) for p in plans.values() if p.province}
    typed = question if typed is None else typed  # as the asker typed it: restored marks are guesses
    named = named_provinces(folded, covered_provinces, typed)
    missing = sorted(named - covered_provinces)
    if missing and not (named - beside_provinces(folded, covered_provinces, typed)) & covered_provinces:
        return Scope((), f"không có kế hoạch nào của {', '.join(BY_FOLDED[m] for m in missing)}")
    # a plan whose province its text did not give (a poor scan) may be the one named: nothing is unlisted then
    unlisted = unlisted_provinces(question, covered_provinces) if all(p.province for p in plans.values()) else []
    if unlisted and not named & covered_provinces:
        return Scope((), f"không có kế hoạch nào của {', '.join(f'tỉnh {name}' for name in unlisted)}")
    table = table or PlanScope.of(plans)
    # Only numbers of the plans' own types and issuers can be missing plans ("Quyết định 2239/QĐ-TTg" may be
    # what a plan implements); a number cited in a plan's title ("triển khai Kế hoạch số 238/KH-UBND") names it too.
    numbers = {ref.number for ref in document_references(folded) if ref.code in table.own_codes | {PLAN_CODE}
               and (not ref.issuer or ref.issuer in table.own_issuers)}
    # a plan's number dated in another year ("Kế hoạch 177/KH-UBND ngày 28/6/2022") is another document's
    misdated = table.misdated(folded)
    unknown = numbers - table.known_numbers | misdated
    if unknown and unknown == numbers:
        citing = sorted({doc for number in unknown for doc in (cited_by(number) if cited_by else [])
                         if number not in misdated or doc not in table.owners(number)})
        if not citing:
            return Scope((), f"không có kế hoạch số {', '.join(sorted(unknown))}")
        return Scope(tuple(citing), evidence=tuple((doc, 1.0) for doc in citing))
    # a commune's or district's plan, its place named ("kế hoạch đào tạo nghề của UBND xã Tân Phong"): that place's
    # plans are the ones asked of, however another plan's title matches the rest
    places = set(named_places(question))
    local = [doc for doc, p in plans.items() if (where := local_place_name(p)) and place_key(where) in places]
    if local:
        plans = {doc: plans[doc] for doc in local}
        table = PlanScope.of(plans)
    texts: dict[str, str] = {}
    if named & covered_provinces:
        # A question about one province is never answered from another's plan.
        plans = {doc: p for doc, p in plans.items() if fold_accents(p.province) in named}
        texts = province_texts(folded, covered_provinces)
        raw = _evidence_by_province(folded, plans, PlanScope.of(plans), texts)
    else:
        raw = table.evidence(folded)
    top = max(raw.values(), default=0.0)
    if top < 1.0:
        return Scope(tuple(local), evidence=tuple((doc, 1.0) for doc in local)) if local else Scope(())
    # Each province named is a side of its own: its best plans stay beside another's named by number.
    province_of = {doc: fold_accents(plans[doc].province) for doc in raw}
    best = {province: max(s for doc, s in raw.items() if province_of[doc] == province)
            for province in set(province_of.values())}
    sides = len(named & covered_provinces) > 1
    # A question naming several plans ("kế hoạch NQ06 …, còn chiến lược GDNN …") keeps each plan it names by
    # more than its province, however much more another plan's name weighs.
    several = len(_KIND_MENTION.findall(folded)) > 1 or _SEVERAL_PLANS.search(folded) is not None
    own_name = {doc for doc, s in raw.items()
                if several and s - (1.0 if province_of[doc] in named else 0.0) >= NAMED_BEYOND_PROVINCE}
    ranked = sorted((doc for doc, s in raw.items()
                     if s >= 0.75 * (best[province_of[doc]] if sides else top) or doc in own_name),
                    key=lambda d: -raw[d])
    ranked += _named_by_year(folded, {doc: plans[doc] for doc in raw if raw[doc] >= 1.0 and doc not in ranked}, texts)
    ranked = _without_later_plans(question, ranked, plans, raw)
    return Scope(tuple(ranked), evidence=tuple((doc, raw[doc]) for doc in ranked))


# Where a clause of a question ends: what a clause says beside a province's name (its year, its plan's name) is
# said of that province's plans ("kế hoạch GDNN 2023 của Hà Nội và kế hoạch chiến lược của Hải Phòng").
_CLAUSE_END = re.compile(r"[,;:?]|\s(?:va|con|so voi|voi)\s", re.IGNORECASE)


def province_texts(folded: str, covered: set[str]) -> dict[str, str]:
    """Each province a question of several provinces names, with the clauses naming it and those naming none;
    {} when it names fewer than two."""
    clauses = [c for c in _CLAUSE_END.split(folded) if c.strip()]
    named = [named_provinces(clause, covered) & covered for clause in clauses]
    shared = [clause for clause, names in zip(clauses, named, strict=True) if not names]
    provinces = set().union(*named)
    if len(provinces) < 2:
        return {}
    return {province: " , ".join([*(c for c, names in zip(clauses, named, strict=True) if province in names), *shared])
            for province in provinces}


def _evidence_by_province(folded: str, plans: dict[str, PlanMetadata], table: PlanScope,
                          texts: dict[str, str]) -> dict[str, float]:
    """Each plan's scope evidence from its province's clauses (``province_texts``) when those name one of its
    plans apart from the others: "kế hoạch chiến lược GDNN của Hải Phòng" beside "kế hoạch GDNN 2023 của Hà Nội"
    is not Hải Phòng's plan of 2023, nor is "kế hoạch GDNN 2023 của Hà Nội" its plan of 2025. A province whose
    clauses tell its plans apart only by a year of a period, or not at all ("… và Hải Phòng đến 2025": both its
    plans run to 2025), is weighed on the whole question."""
    raw = table.evidence(folded)
    for province, text in texts.items():
        docs = [doc for doc, plan in plans.items() if fold_accents(plan.province) == province]
        issued, said = {str(plans[doc].year) for doc in docs if plans[doc].year}, set(YEAR.findall(text))
        by_issue = bool(issued & said) and not issued <= said
        named = [table.evidence(YEAR.sub(" ", text))[doc] for doc in docs]
        if by_issue or max(named) - min(named) >= TITLE_NAMED:  # a word of a title, not of a topic it shares
            own = table.evidence(text)
            raw |= {doc: own[doc] for doc in docs}
    return raw


def _without_later_plans(question: str, ranked: list[str], plans: dict[str, PlanMetadata],
                         raw: dict[str, float]) -> list[str]:
    """The plans in scope less those issued after every year the question asks of ("Hà Nội năm 2023 …" is not
    asked of Hà Nội's plan of 2025: a plan sets no target for a year already past when it was issued), unless
    the question asks of past results or names that plan beyond its province; a province keeps its plans when
    all were issued later."""
    if len(ranked) < 2:
        return ranked
    profile = profile_question(question)
    if not profile.years or profile.wants(PAST):
        return ranked
    asked = max(profile.years)
    later = {doc for doc in ranked if (plans[doc].year or 0) > asked and raw[doc] < 1.0 + NAMED_BEYOND_PROVINCE}
    # each province keeps a plan: a question of two provinces has a side in each
    kept = {plans[doc].province for doc in ranked if doc not in later}
    return [doc for doc in ranked if doc not in later or plans[doc].province not in kept]


# "kế hoạch …", "KH …": how many plans a question names.
_PLAN_MENTION = re.compile(rf"\b{PLAN_WORD}(?:\b|(?=\d))")  # "KH 70", and "KH70" typed as one word
# A plan named by its kind ("kế hoạch", "chiến lược", "đề án" …): two such names may be two plans.
_KIND_MENTION = re.compile(rf"(?<!/)\b{PLAN_KIND_WORD}\b")  # not the code of a number ("177/kh-ubnd")
# What a plan must be named by beyond its province to stay beside a plan named more strongly: its own
# number, a document its title implements, or two words of its title no other plan has (`PlanScope`).
NAMED_BEYOND_PROVINCE = 1.0


def named_by_province_only(scope: Scope) -> bool:
    """Whether no plan in scope was named beyond its province (by its number, a document its title implements,
    two words of its title): a stray word of one title ranked it over the province's other plans."""
    return bool(scope.docs) and all(score < 1.0 + NAMED_BEYOND_PROVINCE for _, score in scope.evidence)


_SEVERAL_PLANS = re.compile(rf"\b(hai|2|ca hai|cac) {PLAN_WORD}\b")


def names_several_plans(folded: str) -> bool:
    """Whether a question names two plans or more ("kế hoạch A … và kế hoạch B …", "KH 70 và KH 177",
    "hai kế hoạch của Hà Nội")."""
    return len(_PLAN_MENTION.findall(folded)) > 1 or _SEVERAL_PLANS.search(folded) is not None


def _named_by_year(folded: str, others: dict[str, PlanMetadata], texts: dict[str, str]) -> list[str]:
    """Plans a question naming two plans or more tells apart by their years ("kế hoạch GDNN 2023 và kế
    hoạch đào tạo nghề nông thôn 2025 của Hà Nội"): each plan of a year named joins, if its province fits; so
    does a plan named by its province and year beside another plan of another year ("Hà Nội năm 2023 … bao
    nhiêu, và kế hoạch 177 năm 2025 …"). Of a question of several provinces, a year its province's clauses
    name (``texts``): Bạch Vân's 2025 names no plan of Hà Nội's."""
    years = set(YEAR.findall(folded))
    several = names_several_plans(folded)
    return [doc for doc, plan in others.items() if plan.year
            and str(plan.year) in set(YEAR.findall(texts.get(fold_accents(plan.province), folded)))
            and (several or len(years) > 1 and named_by_province_year(folded, plan))]


def named_by_province_year(folded: str, plan: PlanMetadata) -> bool:
    """Whether a (folded) question names a plan by its province and year ("Hà Nội năm 2023", "hai duong 2023"):
    its year is one ``province_years`` reads after its province."""
    province = fold_accents(plan.province)
    return bool(plan.province and plan.year) and plan.year in province_years(folded, {province}).get(province, set())
