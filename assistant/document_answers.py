"""What kind of document a plan is, what it is issued with, and from when it applies.

"Văn bản 618/QĐ-UBND là quyết định hay kế hoạch?", "Kế hoạch được ban hành
kèm văn bản nào?", "Quyết định … có hiệu lực từ khi nào?": the answer is in the
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

_EFFECT = re.compile(r"\bhieu luc\b")
_ISSUING_ARTICLE = re.compile(r"^Điều 1\b")
_EFFECT_ARTICLE = re.compile(r"hiệu lực", re.IGNORECASE)


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
    article on when it applies; a plan issued on its own quotes its header. None without either part."""
    plan = index.plans[doc]
    asks_effect = _EFFECT.search(fold_accents(question).lower()) is not None
    decision = [p for section in (DECISION_TITLE, *index.child_sections(doc, DECISION_TITLE))
                for p in index.section_passages(doc, section)]
    units: list[Unit] = []
    if decision:
        articles = [u for p in decision for u in passage_units(p)]
        units = [u for u in articles if _ISSUING_ARTICLE.match(u.text)][:1]
        if asks_effect:
            units += [u for u in articles if _EFFECT_ARTICLE.search(u.text) and u not in units][:1]
    elif not asks_effect:
        header = index.section_passages(doc, HEADER_TITLE)
        units = passage_units(header[0])[:4] if header else []
    if not units:
        return None
    return Evidence(tuple(units), lead=f"Theo {plan.label}: {document_lead(plan)}")
