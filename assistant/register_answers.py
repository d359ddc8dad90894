"""Answers read from the responsibility register instead of from search hits.

Two kinds of question are about the plan's assignments as a whole, which a
passage search finds badly: "which body leads the plan?" (the answer is the
first agency of "Tổ chức thực hiện", in words that barely overlap the
question) and "what does Sở X do?" (the answer is spread over every plan).
The register has both; each row is cited through the chunk that holds it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import Answer
from assistant.compose import Evidence, compose
from assistant.extractive import TermWeights, Unit, plan_topic_keywords
from assistant.questions import (
    AGENCY,
    DATE,
    NUMBER,
    asked_bodies,
    district_forms,
    folded_syllables,
    profile_question,
    successors,
)
from assistant.refusal import AnswerConfig
from assistant.scope import named_by_province_only
from index.agencies import find_agency_mentions
from index.chunking import SECTION_SEPARATOR
from index.glossary import party_named
from index.normalize import canonical, comparison_form, fold_accents
from index.register import Register, Responsibility
from index.retriever import Passage, SearchIndex
from index.vocab.markers import BULLET

# Words of "who leads the plan" questions once plan names are set aside.
_LEAD_WORDS = frozenset(
    "co quan don vi nao chu tri to chuc trien khai thuc hien thuong truc dau moi giao phu trach chung chinh "
    "chiu trach nhiem ai la lam".split()
    # and the words that compare two plans' leads ("có giống nhau không", "khác gì so với", "còn … thì sở nào", "có
    # phải cùng một sở không", "giữa … có thay đổi không, trước là sở nào, nay là sở nào", "lấy sở nào làm …", "sang
    # kế hoạch 177 thì đầu mối đổi thành sở nào")
    + "giong nhau khac gi so sanh voi hai ca moi tung con cung mot phai giua thay doi truoc nay lay sang".split()
)
_LEAD_ROLES = ("thường trực", "chủ trì")
_PARTNER_ROLE = fold_accents("phối hợp")
_PLAN_TASK = re.compile(r"\bke hoach\b")
_TASKS_QUESTION = re.compile(
    r"\b(lam gi|lam nhung gi|nhiem vu (gi|nao|cua(?! (?:ke hoach|de an|chuong trinh|phu luc)\b))|nhung nhiem vu|"
    r"duoc giao (viec |nhiem vu )?(gi|nhung)|(nhung )?(cong )?viec (cu the )?gi|lam nhung viec (cu the )?nao|"
    r"trach nhiem (gi|cua)|phu trach (gi|nhung)|vai tro|(duoc )?de nghi (lam )?(nhung )?(viec )?gi|"
    # said in a chat: "Sở Y tế có dính gì trong kế hoạch này không?", "… liên quan gì", "… tham gia việc gì"
    r"co dinh (gi|dang gi)|lien quan (gi|the nao)|tham gia (nhung )?(viec )?gi|dong gop gi)\b"
)
# "… do ai phối hợp?", "cơ quan nào chủ trì …": who does the task is asked, the body named is what it is about;
# not "… và phối hợp với sở nào?", the named body's partners.
_WHO = re.compile(r"\b(do ai|ai (?:la )?(?:chu tri|phoi hop|thuc hien|lam|phu trach)|"
                  r"(?:co quan|don vi|so|ban|nganh|to chuc) nao (?:la )?(?:chu tri|phoi hop|thuc hien|lam|phu trach|"
                  r"duoc giao))\b")


def asks_tasks_of_a_body(question: str) -> bool:
    """Whether a question asks what a body it names does ("Sở Tài chính làm gì?", "nhiệm vụ của Sở Nội vụ"),
    not who does a task it names ("Đề án sắp xếp các trung tâm … do ai phối hợp?", "phụ lục nhiệm vụ của kế
    hoạch"), nor what it does together with a figure ("… làm gì, với quy mô bao nhiêu lao động?"), which a
    duty's register row drops. A time asked beside ("… chủ trì việc gì, hạn khi nào?") is the rows' deadlines."""
    folded = fold_accents(question)
    return (bool(_TASKS_QUESTION.search(folded)) and not _WHO.search(folded)
            and not profile_question(question).wants(NUMBER))


# "Sở … chủ trì việc gì": the tasks it leads, not those it helps with; not "chủ trì hay phối hợp" (both roles asked),
# nor "… làm gì, có phải chủ trì không?" (whether it leads is asked, of whatever it does).
_LEADS_ASKED = re.compile(r"^(?!.*\bphoi hop\b)"
                          r"(?!.*(?:\bco phai\b[^?]{0,20}\bchu tri\b|\bchu tri\s+(?:khong|ko|hay)\b))"
                          r".*\bchu tri\b")
# "… chủ trì nhiệm vụ nào", "chủ trì những việc gì": what a body leads asked, not "phòng nào chủ trì?" (who leads)
_LEAD_TASKS_ASKED = re.compile(r"\bchu tri\b(?: \w+){0,3}? (?:gi|nao)\b")
MAX_TASKS_PER_PLAN = 8
_SPLIT = re.compile(r"\n+|(?<=[.;])\s+")
KEY_CHARS = 50


def fact_key(text: str) -> str:
    """A sentence's identity for matching quotes to register rows (folded, bullet-less start)."""
    return fold_accents(BULLET.sub("", text.strip()))[:KEY_CHARS]


def register_facts(register: Register) -> dict[str, frozenset[str]]:
    """Keys of the sentences the register took a fact from, by the kind of fact.

    The extractive scorer favours a sentence the register already read as a
    target (for "bao nhiêu"), a deadline ("khi nào") or an assignment ("cơ
    quan nào"): the register and the chat then cite the same source.
    """
    sources = {
        NUMBER: [t.source for t in register.targets()],
        DATE: [d.source for d in register.deadlines()],
        AGENCY: [r.source for r in register.responsibilities()],
    }
    return {
        kind: frozenset(key for source in texts for part in _SPLIT.split(source) if part.strip()
                        for key in _keys_of(part))
        for kind, texts in sources.items()
    }


def _keys_of(part: str) -> list[str]:
    """A source's keys: its own, and a table row's as quoted without the rows above it ("DỰ ÁN KHỞI CÔNG MỚI ›
    Trung tâm đào tạo … | Chủ đầu tư: …" is quoted from "Trung tâm đào tạo … | …")."""
    label, bar, _ = part.partition(" | ")
    parent, separator, _ = label.rpartition(SECTION_SEPARATOR)
    if bar and separator and parent:
        return [fact_key(part), fact_key(part[len(parent) + len(separator):])]
    return [fact_key(part)]


def with_initialisms(syllables: list[str]) -> set[str]:
    """The words and their usual abbreviations ("giáo dục nghề nghiệp" → "gdnn")."""
    words = set(syllables)
    for size in range(2, 6):
        for i in range(len(syllables) - size + 1):
            words.add("".join(s[0] for s in syllables[i : i + size]))
    return words


def _chunk_of(index: SearchIndex, row: Responsibility) -> Passage | None:
    """The chunk of the row's section that holds (the start of) its task."""
    fallback = None
    for passage in index.section_passages(row.doc, row.section):
        fallback = fallback or passage
        if _holds_task(passage.text, row.task):
            return passage
    return fallback


def _holds_task(text: str, task: str) -> bool:
    """Whether a text holds (the start of) a task, compared as ``comparison_form`` writes both."""
    probe = comparison_form(task)[:60]
    return bool(probe) and probe in comparison_form(text)


def _evidence(index: SearchIndex, rows: list[Responsibility], lead: str, whole_line: bool = False) -> Evidence | None:
    """The rows' tasks quoted from their chunks; ``whole_line``: each task's whole line (a table row with its
    deadline cell, the sentence with its date)."""
    units = []
    for position, row in enumerate(rows):
        passage = _chunk_of(index, row)
        if passage is not None:
            units.append(Unit(passage, _line_of(passage, row.task) if whole_line else row.task, position))
    return Evidence(tuple(units), lead=lead) if units else None


def _line_of(passage: Passage, task: str) -> str:
    """The line of a chunk that holds a task, or the task itself when no line does."""
    return next((line for line in passage.text.splitlines() if _holds_task(line, task)), task)


def _lead_of(register: Register, doc: str) -> Responsibility | None:
    """The plan's own lead: its first "thường trực"/"chủ trì" row about the plan itself."""
    rows = [row for row in register.responsibilities(plan=doc) if row.doc == doc and row.role in _LEAD_ROLES]
    return next((row for row in rows if _PLAN_TASK.search(fold_accents(row.task))), None)


def plan_lead_answer(index: SearchIndex, register: Register, r) -> Answer | None:
    """"Cơ quan nào chủ trì (tổ chức) thực hiện Kế hoạch …?" from the register.

    Every plan the question points at equally gets its lead: when a
    province's plans moved the lead from one body to another, both show.
    """
    if not r.profile.wants(AGENCY) or not r.scope.docs:
        return None
    top = max(score for _, score in r.scope.evidence)
    # A question searched plan by plan asks of each plan in scope; otherwise the plans it names best.
    docs = list(r.scope.docs) if r.per_plan else [doc for doc, score in r.scope.evidence if score == top]
    title_words = set().union(*(with_initialisms(folded_syllables(index.plans[d].title)) for d in docs))
    # a plan's number or year ("KH 177/2025") names the plan, not a topic
    topic = [k for k in r.profile.keywords
             if k not in title_words and k not in _LEAD_WORDS and not re.sub(r"[/.-]", "", k).isdigit()]
    if topic:
        return None
    items = []
    for doc in docs:
        lead = _lead_of(register, doc)
        if lead is not None:
            label = index.plans[doc].label
            evidence = _evidence(index, [lead], f"Theo {label}, {lead.agency} ({lead.role}), mục “{lead.section}”:")
            if evidence:
                items.append(replace(evidence, fact=f"{lead.agency} ({lead.role})"))
    return compose(r.question, items, r.passages) if items else None


def agency_tasks_answer(index: SearchIndex, register: Register, r, weights: TermWeights,
                        config: AnswerConfig) -> Answer | None:
    """"Sở Tài chính làm gì?": the agency's tasks in every plan in scope; asked of a topic besides ("Sở Tài chính làm
    gì trong việc sắp xếp các trường nghề?") and no plan named, in the plans whose tasks of it speak of that topic
    (``_on_topic``)."""
    if not asks_tasks_of_a_body(r.query.restored):
        return None
    agencies = asked_bodies(r.query.restored)
    if len(agencies) != 1:
        return None
    agency = agencies[0]
    docs = r.scope.docs or tuple(index.plans)
    role = "chủ trì" if _LEADS_ASKED.search(fold_accents(r.query.restored)) else None
    dated = r.profile.wants(DATE)
    if dated and role is None:
        return None  # "… được giao việc gì, thời hạn đến khi nào": its duties' sentences say when, not its rows alone
    # a district's office is also its People's Committee; a body that is gone, the bodies that took over its work
    forms = (*district_forms(agency), *successors(agency))
    # "Tỉnh Đoàn chủ trì nhiệm vụ nào?" of the body as named: it leads none when it only helps (not "… làm gì, và
    # phòng nào chủ trì?", who leads, nor a body that took over its work)
    leads_asked = role is not None and bool(_LEAD_TASKS_ASKED.search(fold_accents(r.query.restored).lower()))
    items = next((found for form in forms if (found := _tasks_in(index, register, form, docs, role, dated,
                                                                   helps_if_none=leads_asked and form == agency))), [])
    if not items and named_by_province_only(r.scope):
        # "Ban Quản lý khu kinh tế Hải Phòng làm gì?" names the province, not the plan: its other plans may assign it
        provinces = {index.plans[doc].province for doc in docs}
        items = _tasks_in(index, register, agency,
                          [doc for doc, plan in index.plans.items() if plan.province in provinces and doc not in docs],
                          role, dated)
    if not r.scope.docs and len(items) > 1:
        # no plan named: a topic asked besides says which plans' tasks (plans named are the ones asked, each)
        items = _on_topic(index, items, r, weights, config.second_plan_ratio)
    return compose(r.question, items, r.passages) if items else None


# What asks a body's tasks, or its role in them, and names it: no topic of the tasks.
_ASKING_TASKS = re.compile(rf"{_TASKS_QUESTION.pattern}|\b(?:chu tri|phoi hop|phai|duoc|co|giao)\b")


def _on_topic(index: SearchIndex, items: list[Evidence], r, weights: TermWeights, ratio: float) -> list[Evidence]:
    """Several plans' tasks of a body asked of a topic besides (the question's topic words, less the body's name, the
    words asking its tasks and those naming the plan): the plans whose quoted lines, their headings or the plan's
    title hold the topic nearly as much (``ratio``, the refusal config's ``second_plan_ratio``; by the words'
    rarity) as the best plan's. All of them when none holds any, or nothing is asked besides the tasks."""
    question = canonical(r.query.restored)
    folded = list(fold_accents(question).lower())
    for mention in find_agency_mentions(question):
        folded[mention.start:mention.end] = " " * (mention.end - mention.start)
    asked = set(folded_syllables(_ASKING_TASKS.sub(" ", "".join(folded))))

    def held(evidence: Evidence) -> float:
        plan = index.plans[evidence.units[0].passage.doc]
        topic = [k for k in dict.fromkeys(plan_topic_keywords(r.profile, plan)) if k in asked]
        total = sum(weights.idf(k) for k in topic)
        # the plan's title holds what all of it is about ("Phương án sắp xếp …" of "trong quá trình sắp xếp")
        said = set(folded_syllables(" ".join([plan.title, *(f"{u.passage.section} {u.text}" for u in evidence.units)])))
        return sum(weights.idf(k) for k in topic if k in said) / total if total > 0 else 1.0

    shares = [held(e) for e in items]
    best = max(shares)
    return [e for e, share in zip(items, shares, strict=True) if share >= ratio * best] if best > 0 else items


def _tasks_in(index: SearchIndex, register: Register, agency: str, docs, role: str | None = None,
              dated: bool = False, helps_if_none: bool = False) -> list[Evidence]:
    """The agency's tasks (in ``role`` when given) in each of ``docs`` that assigns it some, as quoted evidence;
    ``dated``: a time is asked too, so only the tasks with a deadline, each quoted with it; ``helps_if_none``: its
    lead asked, the tasks it only helps with when it leads none, said so."""
    items = []
    def of_plan(rows: list[Responsibility], doc: str) -> list[Responsibility]:
        return [row for row in rows if row.doc == doc and (row.deadline or not dated)][:MAX_TASKS_PER_PLAN]

    for doc in docs:
        body = party_named(index.plans[doc].abbreviations, agency) or agency  # "Bên B": the body it stands for
        rows = of_plan(register.responsibilities(agency=body, role=role), doc)
        helps = leads_none = False
        if not rows and (role is None or helps_if_none):
            # a body a plan only asks to help ("Sở Nội vụ có vai trò gì?", "Tỉnh Đoàn chủ trì việc gì?"): the tasks it
            # coordinates, said to be all it has when its lead was asked
            rows = of_plan(register.responsibilities(agency=body, include_partners=True), doc)
            helps, leads_none = True, role is not None
        if rows:
            # said so when it only helps with all of them
            helps = helps or all(fold_accents(row.role) == _PARTNER_ROLE for row in rows)
            role_said = " không chủ trì nhiệm vụ nào, chỉ phối hợp" if leads_none else " phối hợp" if helps else ""
            lead = f"Theo {index.plans[doc].label}, {body}{role_said}:"
            evidence = _evidence(index, rows, lead, dated)
            if evidence:
                items.append(evidence)
    return items
