"""What kind of document a plan is, what it is issued with, and from when it applies.

"Văn bản 618/QĐ-UBND là quyết định hay kế hoạch?", "Kế hoạch được ban hành
kèm văn bản nào?", "Quyết định … có hiệu lực từ khi nào?", "Bên B là ai?": the answer is in the
metadata (document type, the type it issues, number, date, issuer) and in the
decision's own articles, which the structure keeps in a synthetic "Quyết
định ban hành" section (Điều 1 issues the plan, Điều 2 says when it applies).
Passage search finds these badly: their words are in every plan's header.
"""

from __future__ import annotations

import re

from assistant.compose import Evidence, issued_on
from assistant.extractive import Unit, passage_units
from index.metadata import PlanMetadata
from index.normalize import fold_accents
from index.retriever import SearchIndex
from index.structure import DECISION_TITLE, HEADER_TITLE
from index.vocab.documents import (
    EFFECT_ARTICLE,
    EFFECT_ASKED,
    IN_FORCE,
    IN_FORCE_ASKED,
    REPLACEMENT_ASKED,
    REPLACES,
)
from index.vocab.phrases import PARTY_ASKED, PARTY_DEFINED, PARTY_LINE

_ISSUING_ARTICLE = re.compile(r"^Điều 1\b")


def document_lead(plan: PlanMetadata) -> str:
    """One sentence on the document: its type, number, date and issuer, and the plan it issues."""
    kind = plan.doc_type or "Kế hoạch"
    number = f" số {plan.number}" if plan.number else ""
    issuer = f" của {plan.issuer}" if plan.issuer else ""
    document = f"{kind}{number}{issued_on(plan)}{issuer}"
    if plan.issues:
        return f"Văn bản là {document}, ban hành kèm theo {plan.issues} “{plan.title}”."
    return f"Văn bản là {document}."


def document_evidence(index: SearchIndex, doc: str, question: str) -> Evidence | None:
    """The lead and the articles that state it: Điều 1 (what is issued) and, when asked, the
    clause on when it applies or what it replaces; a plan issued on its own quotes its header, a text of articles
    (a council's resolution, a Quy chế) its closing article's clause. None without either part."""
    plan = index.plans[doc]
    folded = fold_accents(question).lower()
    asks_effect = EFFECT_ASKED.search(folded) is not None
    decision = [p for section in index.sections_under(doc, DECISION_TITLE)
                for p in index.section_passages(doc, section)]
    units: list[Unit] = []
    if decision:
        articles = [u for p in decision for u in passage_units(p)]
        units = [u for u in articles if _ISSUING_ARTICLE.match(u.text)][:1]
        if asks_effect:  # the clause asked first: the short answer is its
            units = [*effect_clauses(articles, folded), *units]
    elif asks_effect:
        closing = [u for p in index.passages_of(doc) if EFFECT_ARTICLE.search(p.section) for u in passage_units(p)]
        units = effect_clauses(closing, folded)
    else:
        header = index.section_passages(doc, HEADER_TITLE)
        units = passage_units(header[0])[:4] if header else []
    if not units:
        return None
    return Evidence(tuple(units), lead=f"Theo {plan.label}: {document_lead(plan)}")


def effect_clauses(units: list[Unit], folded_question: str) -> list[Unit]:
    """The clause saying from when the text applies ("… có hiệu lực thi hành từ ngày 20 tháng 7 năm 2026 …"), and,
    asked what it replaces, the clause naming the texts it ends ("Nghị quyết số 09/2021/NQ-HĐND … hết hiệu lực …")."""
    replaced = REPLACEMENT_ASKED.search(folded_question) is not None
    wanted = [REPLACES] * replaced + [IN_FORCE] * (IN_FORCE_ASKED.search(folded_question) is not None or not replaced)
    stated: list[Unit] = []
    for pattern in wanted:  # the first clause stating each thing asked
        first = next((u for u in units if pattern.search(u.text)), None)
        if first is not None and first not in stated:
            stated.append(first)
    return stated or [u for u in units if IN_FORCE.search(u.text) or REPLACES.search(u.text)][:1]


def asked_party(question: str) -> str:
    """The party whose identity a question asks ("Bên B là ai?" → "Bên B"), "" when it asks none."""
    m = PARTY_ASKED.search(fold_accents(question).lower())
    return f"Bên {(m['label'] or m['after']).upper()}" if m else ""


def party_evidence(index: SearchIndex, doc: str, label: str) -> Evidence | None:
    """The line of an agreement that says who a party is ("BÊN B: CÔNG TY TNHH …", "BÊN ĐẶT HÀNG (sau đây gọi là
    Bên A): SỞ …"): its first definition, as ``index.parties`` reads it. None when the document defines no such
    party."""
    for passage in index.passages_of(doc):
        for unit in passage_units(passage):
            defined = PARTY_DEFINED.search(unit.text) or PARTY_LINE.match(unit.text)
            if defined and " ".join(defined["label"].split()).lower() == label.lower():
                return Evidence((unit,))
    return None
