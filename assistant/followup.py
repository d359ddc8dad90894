"""Turning a follow-up ("Còn Hải Phòng thì sao?", "Ai phối hợp?") into a full question.

The extractive answerer has no language model to condense the conversation,
so follow-ups are resolved by rule. The previous question (itself resolved)
is the frame: what it asks (the indicator, the question word, the plan or
province) stays, and the follow-up changes one or more slots of it:

- a slot with no new topic ("Còn Hải Phòng thì sao?", "Năm 2026 thì sao?",
  "Thế còn trình độ trung cấp?", "Vậy khu vực thành thị thì bao nhiêu?"):
  the previous question with that slot's value swapped for the new one, or
  the new value added when it named none. Slots are the place (a province or
  a plan number: "Kế hoạch 177/KH-UBND", "QĐ 647"), the year or period ("kế
  hoạch 2025" is a year: plans are told apart by year only through it), the
  training level, the area, and a plan named by words of its title ("Thế còn
  kế hoạch thị trường lao động?"; the words are the catalogue's);
- a new question word with no topic or place ("Ai phối hợp?", "Khi nào?",
  "Còn hạn hoàn thành?"): the new question followed by the previous
  question's topic, its own question words removed so it does not ask twice.

Accent folding keeps every character in place for NFC text, so spans found
in the folded question are the spans to cut in the original. Values are
written back with diacritics ("con hai duong" asks about Hải Dương).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.answer import is_refusal
from assistant.provinces import BY_FOLDED, SHORT_FORMS, place_spans, typed_as, without_overlaps
from assistant.questions import (
    AGENCY,
    BASIS,
    DATE,
    DEFINITION,
    DOC_NUMBER,
    FACT_KINDS,
    ISSUE_DATE,
    LIST,
    NUMBER,
    PLAN_KIND_WORD,
    PLAN_NOTE,
    PLAN_OF_YEAR,
    PLAN_WORD,
    SIGNER,
    SOURCE,
    STOPWORDS,
    folded_syllables,
    profile_question,
    question_word_spans,
    same_body,
    without_asker,
)
from assistant.register_answers import with_initialisms
from assistant.slots import SLOTS, Change, Slot, cut_spans, slot_changes, with_slot
from index.agencies import find_agency_mentions
from index.metadata import PlanMetadata
from index.normalize import canonical, fold_accents
from index.vocab.dates import TIME_MENTION, YEAR, YEAR_SPAN, names_relative_year, with_absolute_years, years_spanned
from index.vocab.documents import CITED_KINDS, FOLDED_DOCUMENT_REFERENCE
from index.vocab.phrases import COUNT_WORD, COUNT_WORDS, ITEM_FUNDING
from index.vocab.qualifiers import GROUPS, named_qualifiers

# Pronouns and fillers of a follow-up: "còn … thì sao", "vậy … thì thế nào", "thế còn … nữa".
_FOLLOWUP_WORDS = frozenset("con the vay sao thi nao nua cung ke hoach nay do".split())
_FOLLOWUP_START = re.compile(r"^(con|the con|vay|the|va|con ve|con voi)\b")
# Words pointing back at what was just discussed: "Trong đó …", "Nhiệm vụ này …", "chỉ tiêu đó".
_BACK_REFERENCE = re.compile(r"\b(trong do|o do|tai do|(nhiem vu|viec|chi tieu|hoat dong|muc tieu|noi dung) "
                             r"(nay|do|ay|tren))\b")
# The place of what was just discussed ("… đến tuyển dụng ở đó"): the follow-up is asked of it, however long.
# (A thing named and pointed at, "chính sách đó", "khoản đó", is left to the plan just quoted: the last question
# framed around it brought words that led the search astray.)
_POINTS_AT = re.compile(r"\b(o do|tai do)\b")
# A verb whose object the follow-up leaves out, ending it: "Ít nhất bao nhiêu doanh nghiệp tham gia?", "Ai đứng ra tổ
# chức?" after a question about a fair: they take part in, and organise, what was just discussed.
_OBJECT_LEFT_OUT = re.compile(r"\b(?:tham gia|to chuc|dien ra|keo dai)$")
# "Kế hoạch này", "văn bản đó" point back at the plan only: "Sở nào làm đầu mối kế hoạch này?" asks anew of it.
# (Several of a kind are no plan: "các chương trình đó", "05 đề án này" point at things the last question named.)
_PLAN_BACK = re.compile(rf"(?<!cac )(?<!nhung )(?<!may )(?<!\d )\b(?:{PLAN_KIND_WORD}|van ban) (?:nay|do|ay|tren)\b")
# A follow-up asking to spell out what the last answer said: "Cụ thể là những nghề nào?", "Đó là những trường nào?".
# What a plan has as a whole, not one of its items: its funding and its reviews ("sơ kết, tổng kết").
_PLAN_WIDE = re.compile(r"\b(kinh phi|nguon (kinh phi|von)|so ket|tong ket)\b")
_DETAIL = re.compile(r"^(?:(?:vay|the)\s+)?(?:cu the|do la|day la|chung la|ke ra|liet ke)\b.*\b(?:nao|gi)\b")
# The fact a short answer states after its plan's label: "Theo Kế hoạch 70/KH-UBND (Hà Nội, …): <fact>".
_ANSWERED_FACT = re.compile(r"^Theo [^\n]*?\):\s*(?P<fact>[^\n]+)")
# The first quote of a full answer: "Theo …, mục “II. CHỈ TIÊU”: <quote> [1]".
_FIRST_QUOTE = re.compile(r"”:\s*(?P<quote>[^\n\[]+?)\s*\[1\]")
# What a question asks about the plan itself (its signer, number, issue date, what it rests on: "Căn cứ nghị quyết
# nào?"), not about its content.
_ABOUT_THE_PLAN = frozenset({SIGNER, DOC_NUMBER, ISSUE_DATE, BASIS})


def _asked_the_document(kinds: frozenset[str]) -> bool:
    """Whether a question asked only a document's own facts: who signed it, its number, its date ("ký ngày nào"
    asks a date, "số bao nhiêu" a number, of the document itself), no body, source or meaning."""
    return bool(kinds & {SIGNER, DOC_NUMBER, ISSUE_DATE}) and not kinds & {AGENCY, SOURCE, DEFINITION, LIST}


# A time pointing back at the previous question's years: "năm đó", "giai đoạn đó", "thời điểm ấy"; not "năm nay"
# (this year: the plan's own, whatever period the last question asked of).
_TIME_DEIXIS = re.compile(
    r"\b(?:nam (?:do|ay)|(?:giai doan|thoi diem|thoi ky|thoi gian|luc|khi|moc(?: thoi gian)?) (?:do|nay|ay))\b")
# What frames a follow-up without asking anything: "Thế còn | hạn hoàn thành | thì sao?".
_LEADING_FILLER = re.compile(r"^(?:(?:the|con|vay|va|ve|voi)\b\s*)*")
_TRAILING_FILLER = re.compile(r"\s*\b(?:thi sao|thi the nao|the nao|nua)\s*$")
# The words of a question that only ask ("bao nhiêu", "khi nào", "cơ quan nào"), not the topic words that also
# ask ("tỷ lệ", "chỉ tiêu"): what a bare new topic borrows from the question before it.
_PURE_ASKING = re.compile(r"\b(?:bao nhieu|khi nao|bao gio|luc nao|(?:ngay|thang|nam|quy) nao|la gi|ai"
                          r"|(?:co quan|don vi|so|nganh) nao)\b")
# A follow-up that swapped a topic in and asked of it ("Còn bảo hiểm thất nghiệp, bao nhiêu phần trăm … tham gia?").
_SWAPPED_IN = re.compile(r"^(?:(?:Thế|Vậy)\s+)?[Cc]òn\s+(?P<topic>[^,?:]+),\s*(?P<rest>[^?]+)\??\s*$")
SHORT_QUESTION = 8  # syllables
OWN_TOPIC_WORDS = 5  # a follow-up with more topic words than this asks about a topic of its own
_OWN_ASKED_TOPIC = 3  # "Còn …" asking with its own question words of this many new topic words asks anew
_SWAPS_IN = re.compile(r"^(?:the )?con\b")  # "Còn …", "Thế còn …" (folded, fillers as typed)
_YEARS_BACK = 3  # "năm đó" reaches back this many questions for the years last asked

# How each filler is spelled with its marks: "Thẻ học nghề …" folds like "Thế …" but opens with a word of its own.
_FILLER_SPELLING = {"the": "thế", "con": "còn", "vay": "vậy", "va": "và", "ve": "về", "voi": "với"}


def _filler_fold(question: str) -> str:
    """The question folded for finding fillers: a word that folds to a filler but is spelled otherwise with
    marks ("thẻ", "cơn") is upper-cased, so no filler pattern takes it (same length as the question)."""
    def word(m: re.Match) -> str:
        typed = question[m.start():m.end()].lower()
        spelled = _FILLER_SPELLING.get(m.group(0))
        return m.group(0).upper() if spelled and typed not in (spelled, m.group(0)) else m.group(0)

    return re.sub(r"\w+", word, fold_accents(question))


# Follow-ups that ask for something without a question word get one, so the
# answerer knows what to look for: "Còn hạn hoàn thành?" asks when.
# "Hạn hoàn thành?", "Có mốc thời gian cụ thể không?": a time asked without a question word.
_IMPLIED_QUESTION_WORDS = ((re.compile(r"\b(?:(?:thoi )?han(?: hoan thanh| chot)?|moc thoi gian(?: cu the)?)\b"),
                            "khi nào"),)

# Words that join the words of a plan's title ("đào tạo nghề cho lao động nông thôn"), and words
# that shape a title or a question around it ("kế hoạch … năm 2025 của UBND tỉnh …"), never part of the name.
_TITLE_JOINS = ("cho", "va", "ve")
_TITLE_SHAPE = frozenset("ke hoach kh nam cua ubnd so ngay thang theo tai nao gi ai bao nhieu".split())
# Kinds of plan a title may open on, each naming the plan with a word of its title after it.
_KIND_OF_TITLE = frozenset({"chien luoc", "de an"})


@lru_cache(maxsize=16)
def _plan_slot(titles: tuple[str, ...], provinces: frozenset[str]) -> Slot | None:
    """A plan named by words of its title ("kế hoạch thị trường lao động", "KH chiến lược GDNN", "chiến lược GDNN"):
    the slot "Thế còn kế hoạch … ?" swaps. Its words are the catalogue's title words and their
    initialisms; a province stays out of it (it is the place slot) and so do words that only shape a title."""
    syllables = [folded_syllables(t) for t in titles]
    words = set().union(*(with_initialisms(s) for s in syllables)) - _TITLE_SHAPE - provinces
    words = {w for w in words if len(w) > 1 and not w.isdigit()}
    if not words:
        return None
    # the name opens on two title words together ("giáo dục", "thị trường") or an initialism ("GDNN"): one
    # syllable alone may be another word folded alike ("kế hoạch giao cho ai": "giao", not the "giáo" of "giáo dục")
    pairs = {f"{a} {b}" for s in syllables for a, b in zip(s, s[1:]) if a in words and b in words}
    initialisms = words - set().union(*map(set, syllables))
    first = "|".join(sorted(map(re.escape, pairs | initialisms), key=len, reverse=True))
    word = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    joins = "|".join(_TITLE_JOINS)
    # a title that opens on a kind of plan names it without "kế hoạch": "chiến lược GDNN", "đề án nhân lực"
    kinds = "|".join(sorted(re.escape(p) for p in pairs if p in _KIND_OF_TITLE))
    named = rf"{PLAN_WORD}(?:\s+(?:{joins}))*\s+(?:{first})(?:(?:\s+(?:{joins}))*\s+(?:{word}))*"
    if kinds:
        named += rf"|(?:{kinds})(?:(?:\s+(?:{joins}))*\s+(?:{word}))+"
    pattern = re.compile(rf"\b(?P<swap>{named})\b")
    return Slot(pattern, lambda m, text: text[m.start("swap"):m.end("swap")], "theo ")


def _slots(plans: dict[str, PlanMetadata]) -> tuple[Slot, ...]:
    """The fixed slots, and the plan named by its title words when the catalogue has titles."""
    titles = tuple(sorted({p.title for p in plans.values() if p.title}))
    provinces = frozenset(w for p in plans.values() for w in folded_syllables(p.province))
    plan = _plan_slot(titles, provinces) if titles else None
    return (*SLOTS, plan) if plan else SLOTS


def _places(plans: dict[str, PlanMetadata]) -> dict[str, str]:
    """Every province by folded name, written with diacritics; "Còn Đà Nẵng?" must move there, plans or not."""
    short = {form: BY_FOLDED[name] for form, name in SHORT_FORMS.items()}
    return BY_FOLDED | short | {fold_accents(p.province): p.province for p in plans.values() if p.province}


def _place_matches(folded: str, places: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, province display name or "" for a plan reference), longest first where they overlap."""
    found = [(m.start(), m.end(), "") for m in FOLDED_DOCUMENT_REFERENCE.finditer(folded)]
    return without_overlaps(found + place_spans(folded, places))


def changes(question: str, places: dict[str, str], slots: tuple[Slot, ...] = SLOTS) -> list[Change]:
    """The slots a question names (a place first, then year, level, area, plan), none overlapping."""
    folded = fold_accents(question)
    # a place's whole name is one where the marks typed write it: "mỗi năm định hướng" names no Nam Định
    found = [Change(None, (s, e), name or question[s:e]) for s, e, name in _place_matches(folded, places)
             if not name or folded[s:e] != fold_accents(name) or typed_as(question[s:e], name)]
    return slot_changes(question, slots, found)


def _topic_words(folded: str, spans: list[tuple[int, int]]) -> list[str]:
    return [
        s for s in folded_syllables(cut_spans(folded, sorted(spans)))
        if s not in STOPWORDS and s not in _FOLLOWUP_WORDS and not s.isdigit()
    ]


# The plan a condensed question was given ("… (theo Quyết định 647/QĐ-UBND)?", "(theo Kế hoạch thực hiện Chiến
# lược … giai… (Hải Phòng))", its label's own place in brackets): gone whole with its plan.
_HELD = "\ue000"  # a plan's note held aside while a slot is swapped (a private-use character no text holds)


def _swap_place(before: str, new: list[Change], places: dict[str, str], plans: dict[str, PlanMetadata]) -> str:
    """The previous question about the new place: its place and the plans it named taken out, the new place
    written where the first was (a note naming the old plan goes whole, never left as an empty "(theo )"; so does
    the body that issued the old place's plan, named with its place: "Sở LĐTBXH Hải Dương" → "Hà Nội")."""
    stale = [m.span() for m in PLAN_NOTE.finditer(before) if _place_matches(fold_accents(m.group()), places)]
    if stale:
        before = cut_spans(before, stale)
    found = [_with_issuer(before, s, e, name, plans) for s, e, name in _place_matches(fold_accents(before), places)]
    value = " ".join(c.value for c in new)
    if not found:
        return f"{before.rstrip(' ?')} của {value}?"
    # the new place where the old place was ("… theo NQ 06 của Hải Phòng …": where "Hải Phòng" was), else where
    # the old plan was named; the old plan's number goes
    at = next(((s, e) for s, e, name in found if name), found[0][:2])
    out = before
    for s, e, _ in sorted(found, reverse=True):
        if (s, e) == at:
            out = out[:s] + value + out[e:]
        else:  # "theo NQ 06" goes with its "theo"
            out = re.sub(r"\btheo\s*$", "", out[:s], flags=re.IGNORECASE) + out[e:]
    return re.sub(r"\s{2,}", " ", out).strip()


def _with_issuer(before: str, start: int, end: int, name: str, plans: dict[str, PlanMetadata]
                 ) -> tuple[int, int, str]:
    """A place's span, widened to the body named with it when that body issued a plan of the place ("Sở LĐTBXH Hải
    Dương" of the Hải Dương Sở's plan): it names the old place's plan, not a body asked of."""
    issuers = [p.issuer for p in plans.values() if name and p.issuer and fold_accents(p.province) == fold_accents(name)]
    for mention in find_agency_mentions(before):
        if mention.start < start and end <= mention.end and any(
                same_body(mention.name, issuer, name) for issuer in issuers):
            return mention.start, mention.end, name
    return start, end, name


# How a body's name opens, as users type it ("ban phụ nữ", "hội nông dân", "cựu chiến binh"). Not every head
# of `index.agencies`: folded and lower-cased, "quỹ" is "quý" and "bộ" is "bộ đội", so "Còn quý III?" would
# swap a body; these are the heads a short follow-up uses and nothing else folds to.
_BODY_OPENING = re.compile(
    r"^(?:so|ban|hoi|phong|trung tam|lien doan|lien minh|doan|thanh doan|tinh doan|uy ban|ubnd|mat tran|ngan hang"
    r"|truong|dai|cuu chien binh|bao hiem xa hoi|cong an)\b"
)
BODY_WORDS = 6  # syllables: a longer follow-up is a question of its own
# A body named by a common noun ("bảo hiểm xã hội", the insurance and the agency that runs it): a body only when
# written as a name (the agency table's strict case), or typed without accents.
_COMMON_NOUN_BODY = re.compile(r"^bao hiem xa hoi\b")
# A head word opening a kind of thing, not a body: "Trường chất lượng cao thì sao?" asks of the topic
# (those schools), "Hội thi tay nghề?" of the contest; neither asks what one body is given.
_NOT_A_BODY = re.compile(
    r"^(?:truong (?:hop|hoc|chat luong|nghe|tu thuc|cong lap|ngoai cong lap|trong diem)"
    r"|hoi (?:thi|nghi|giang|cho|dien|thao)|phong (?:hoc|thi nghiem|may))\b"
)
_HEAD_WORDS = frozenset({"so", "ban", "hoi", "phong", "truong", "dai", "doan"})


def swap_body(before: str, topic: str) -> str:
    """The previous question about another body: "Còn ban phụ nữ?" after "… Ban Công tác Nông dân … được
    giao làm gì?" asks what the women's committee is given. Empty when the previous question names no
    body or the follow-up is not a body's name."""
    name = _bare_body(topic)
    mentions = find_agency_mentions(before)
    if not name or not mentions:
        return ""
    return cut_spans(canonical(before), [(mentions[0].start, mentions[0].end)], insert=name)


def _bare_body(topic: str) -> str:
    """The body a follow-up names and nothing else ("Còn Tỉnh đoàn?", "ban phụ nữ ở đó"), as a name; ""
    for anything else."""
    folded = fold_accents(topic).strip(" ?.")
    words = re.sub(r"\s+(?:ở|o)\s+(?:đó|do|đấy|day)$", "", topic.strip(" ?.")).split()
    if _written_as_a_body(" ".join(words)):
        return " ".join(words)  # "NHCSXH chi nhánh HP", "BHXH tỉnh": a name the agency table reads whole
    if not _BODY_OPENING.match(folded) or _NOT_A_BODY.match(folded) or len(folded.split()) > BODY_WORDS:
        return ""
    headed = fold_accents(words[0]) in _HEAD_WORDS  # "ban phụ nữ" → "Ban Phụ nữ", a name the next turn finds
    return " ".join(w[:1].upper() + w[1:] if i == 0 or (i == 1 and headed) else w for i, w in enumerate(words))


def _written_as_a_body(topic: str) -> bool:
    """Whether a capitalised follow-up is one body's name and nothing else, as the agency table reads it
    ("NHCSXH chi nhánh HP", "BHXH tỉnh": initialisms no head word opens)."""
    mentions = find_agency_mentions(topic)
    # written as a name: capitals past its first letter ("so tai chinh" typed in a hurry is left to the head words)
    return bool(topic[:1].isupper() and any(c.isupper() for c in topic[1:]) and len(mentions) == 1
                and mentions[0].start == 0
                and mentions[0].end == len(topic) and len(topic.split()) <= BODY_WORDS)


def body_tasks(topic: str) -> str:
    """ "Còn Tỉnh đoàn?" after a question that named no body ("Trong đó bao nhiêu phiên lưu động?"): what
    that body is given to do, not the last figure asked of someone else's task."""
    name = _bare_body(topic)
    return f"{name} được giao những nhiệm vụ gì?" if name else ""


def _covers(plan: PlanMetadata, year: int) -> bool:
    """Whether a plan is about the year: issued that year, or a year or period of its title holds it."""
    periods = [(int(m[1]), int(m[2] or m[1])) for m in YEAR_SPAN.finditer(plan.title)]
    return year == plan.year or any(start <= year <= end for start, end in periods)


def fit_year(question: str, provinces: set[str], plans: dict[str, PlanMetadata]) -> str:
    """The question's year made one the new place's plans are about.

    "Chỉ tiêu năm 2023 của Hà Nội …" → "Còn Bạch Vân thì sao?": the year came
    with Hà Nội's plan; Bạch Vân's plan of 2025 says nothing of 2023, and
    asked as is the question would be refused. The year becomes the new
    place's plan year when it has one, and is dropped when it has several;
    a plan whose years are unknown leaves the question alone.
    """
    own = [p for p in plans.values() if fold_accents(p.province) in provinces]
    if not own or any(p.year is None and not YEAR_SPAN.search(p.title) for p in own):
        return question
    matches = list(SLOTS[0].pattern.finditer(fold_accents(question)))
    years = [int(y) for m in matches for y in YEAR.findall(m["years"])]
    if not years or any(_covers(p, y) for p in own for y in years):
        return question
    plan_years = {p.year for p in own if p.year}
    value = f"năm {plan_years.pop()}" if len(plan_years) == 1 else ""
    return cut_spans(question, [m.span("swap") for m in matches], insert=value)


def substitute(before: str, new: list[Change], plans: dict[str, PlanMetadata]) -> str:
    """The previous question with each slot the follow-up names set to its new value."""
    place = [c for c in new if c.slot is None]
    out = _swap_place(before, place, _places(plans), plans) if place else before
    for change in new:
        if change.slot is not None:
            out = _outside_plan_notes(out, lambda text, change=change: with_slot(text, change))
    if place and all(c.slot is not SLOTS[0] for c in new):
        out = fit_year(out, {fold_accents(c.value) for c in place}, plans)
    return out[:1].upper() + out[1:] if before[:1].isupper() else out


def _outside_plan_notes(question: str, edit) -> str:
    """``edit`` applied to the question with the notes naming its plan held where they are but out of its reach: a
    year swapped in ("Thế đến năm 2025 thì …") is the year asked, never the year in a plan's label ("(theo Kế hoạch
    triển khai “Kế hoạch số 238/KH-UBND ngày 02/02/2023 …” (Hải Dương, 2023))")."""
    notes = [m.group() for m in PLAN_NOTE.finditer(question)]
    if not notes:
        return edit(question)
    order = iter(range(len(notes)))
    held = PLAN_NOTE.sub(lambda m: f" ({_HELD}{next(order)})", question)
    return re.sub(rf"\s*\({_HELD}(\d+)\)", lambda m: notes[int(m[1])], edit(held))


def _question_words(folded: str) -> set[str]:
    return {folded[start:end] for start, end in question_word_spans(folded)}


def _asking_spans(folded: str) -> list[tuple[int, int]]:
    """What a question asks, question words and implied ones ("hạn hoàn thành"): not its topic, which a question
    asking for several things names between its asking words ("4 nghề trọng điểm được đầu tư thiết bị là nghề
    gì": "gì" asks, the trades invested in are the topic; "những nghề trọng điểm nào": "những … nào")."""
    implied = [m.span() for pattern, _ in _IMPLIED_QUESTION_WORDS for m in pattern.finditer(folded)]
    spans = [piece for span in question_word_spans(folded) for piece in _asking_ends(folded, span)]
    return sorted(spans + implied)


_ASKING_RUN = 3  # words: a question word's span longer than this holds the things it asks for


def _asking_ends(folded: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A question word's span, or, when it runs over the things asked for, its asking words at either end ("những",
    "các" before them; "nào", "gì" after)."""
    words = list(re.finditer(r"\S+", folded[span[0]:span[1]]))
    if len(words) <= _ASKING_RUN or words[-1].group() not in ("nao", "gi"):
        return [span]
    ends = [words[-1]] + ([words[0]] if words[0].group() in ("nhung", "cac") else [])
    return [(span[0] + w.start(), span[0] + w.end()) for w in ends]


def asking_part(question: str) -> str:
    """What a question-word follow-up asks, fillers off: "Thế còn hạn hoàn thành?" → "Hạn hoàn thành khi nào"."""
    folded = fold_accents(question).rstrip(" ?.!")
    leading = _LEADING_FILLER.match(_filler_fold(question))  # always matches: every part is optional
    trailing = _TRAILING_FILLER.search(folded)
    start = leading.end() if leading else 0
    end = trailing.start() if trailing else len(folded)
    asked = question[start:end].strip() or question.rstrip(" ?")
    if not profile_question(asked).kinds & FACT_KINDS:  # "Có mốc thời gian cụ thể không?" asks a time, not a yes
        asked += "".join(f" {word}" for pattern, word in _IMPLIED_QUESTION_WORDS if pattern.search(folded))
    capital = asked[:1].upper() + asked[1:]
    # "bảo hiểm xã hội" typed as a topic stays one: capitalised it reads as the agency "Bảo hiểm xã hội"
    return asked if len(find_agency_mentions(capital)) > len(find_agency_mentions(asked)) else capital


def _without_asked(before: str, asked_before: str) -> str:
    """The previous standalone question less the "<what it asked>: " it was written with: a new
    question word asks of the same topic, not of the previous question word ("Kế hoạch đó do ai ký:
    …" then "Ban hành ngày nào?")."""
    prefix = f"{asking_part(canonical(asked_before))}: "
    return before[len(prefix):] if before.startswith(prefix) and len(before) > len(prefix) else before


def _before(history: Sequence[tuple[str, str]], plans: dict[str, PlanMetadata]) -> tuple[list[str], str, str]:
    """(the questions asked, the last one as condensed, the last answer that quoted a plan) of a conversation."""
    previous = [q for q, _ in history if q and q.strip()]
    # who the asker said they are ("Tôi là người Mông ở huyện …. …") is no part of what a follow-up asks again
    before = canonical(without_asker(condense(previous[-1], history[: len(previous) - 1], plans))) if previous else ""
    # the last answer that quoted a plan: a refusal lists every plan and quotes none
    answered = next((a for q, a in reversed(history) if q and q.strip() and not is_refusal(a)), "")
    return previous, before, answered


def quoted_plans(answer: str, plans: dict[str, PlanMetadata]) -> list[PlanMetadata]:
    """The plans an answer quotes, by their labels."""
    return [p for p in plans.values() if p.label and p.label in answer]


def condense(question: str, history: Sequence[tuple[str, str]], plans: dict[str, PlanMetadata]) -> str:
    """The question as it would be asked without the conversation before it."""
    question = canonical(question).strip()
    previous, before, answered = _before(history, plans)
    if not previous or not question:
        return question
    # (the anchor read only when a year is named by its distance: each question read back is profiled)
    if names_relative_year(question) and (anchor := _anchor_year(before, previous, answered, plans)):
        question = with_absolute_years(question, anchor)
    places = _places(plans)
    folded = fold_accents(question)
    new = changes(question, places, _slots(plans))
    question = with_sum_named(with_noun_named(with_body_named(question, before, answered), before), before)
    question = with_slot_named(question, before)
    question = with_task_document_named(question, [before, *reversed(previous)], answered, plans)
    names_plan = any(c.slot is None or c.slot not in SLOTS for c in new)  # a place, a plan number or title
    thing = "" if names_plan else with_noun_answered(question, before, answered) or \
        with_thing_answered(question, before, answered)
    if thing:
        return with_previous_plan(thing, answered, plans, before)
    if not names_plan and _basis_of_item(question, before):
        # "Theo quyết định nào?" after "Ai phụ trách phân luồng học sinh?": the document that task follows
        frame = cut_spans(before, _asking_spans(fold_accents(before))).strip(" ?:,")
        return f"{asking_part(question).rstrip(' ?')}: {frame}?"
    if not names_plan and profile_question(question).kinds & _ABOUT_THE_PLAN:
        # "Kế hoạch đó do ai ký?", "Văn bản này ban hành ngày nào?": the plan just quoted, not its topic
        named = with_previous_plan(question, answered, plans, before, _earlier_answers(history, answered))
        if named != question:
            return named
    if names_plan and profile_question(question).kinds & _ABOUT_THE_PLAN and not _COMPARED_WITH.match(folded):
        # "kh 70 ban hành ngày nào, ai ký": the plan it names asked of itself, a question of its own
        return question
    compared = compared_again(question, before, history, plans)
    if compared:
        return compared
    if names_plan and _COMPARED_WITH.match(folded):
        # "So với Bạch Vân năm 2025 thì …?": the plan just discussed beside the one the follow-up names
        named = with_previous_plan(question, answered, plans, before, labelled=True)
        if named != question:
            return named
    topic = _topic_words(folded, [c.span for c in new])
    if not names_plan and len(topic) > 2 and _BOTH_PLANS.search(folded):
        # "Hai kế hoạch có khớp nhau về chỉ tiêu đào tạo lại năm 2025 không?": a question of its own about the two
        # plans the conversation just discussed, each named
        named = with_previous_plan(question, answered, plans, before, _earlier_answers(history, answered))
        if named != question:
            return named
    asked = asking_part(question)
    asks_anew = bool(_question_words(fold_accents(asked)) - _question_words(fold_accents(before)))
    if names_plan and _asks_of_new_body(question, before):
        # "Thành Đoàn Hà Nội được giao gì?" after a question on school funding: a body the last question did not
        # name, asked of in a place the follow-up names itself, is a question of its own, not the last one moved
        return question
    if new and len(topic) <= 2 and not asks_anew:
        return substitute(before, new, plans)
    if names_plan and _PLAN_BACK.search(folded) and not any(c.slot is None for c in new):
        # "Tổng kinh phí của kế hoạch chiến lược đó là bao nhiêu?": the plan just discussed, pointed at by words of
        # its title and "đó", which alone name no plan
        named = with_previous_plan(question, answered, plans, before)
        if named != question:
            return named
    if names_plan and _question_words(fold_accents(asked)) and len(topic) > 2 and not _BACK_REFERENCE.search(folded):
        # "Thế còn kế hoạch GDNN năm 2023 của thành phố thì cơ quan thường trực là sở nào?": another plan or place,
        # asked a question of its own with its own question words: that question as asked
        return question
    detail = _answered_fact(answered) if _DETAIL.search(folded) and not names_plan and len(topic) <= 3 else ""
    if detail:
        # "Cụ thể là những nghề nào?", "Đó là những trường nào?": the items the last answer only counted
        return with_previous_plan(f"{asked}: {counted_items(detail, asked)}?", answered, plans, before)
    is_short = len(folded_syllables(question)) <= SHORT_QUESTION
    names_its_place = any(c.slot is None for c in new) and len(topic) > 2  # a full question of its own
    # "Thế còn …" asking anew of a topic of its own ("Thế còn đầu tư trang thiết bị nghề trọng điểm thì cho bao
    # nhiêu trường?") is a new question about the same plan, not the last one's topic with a word changed.
    # So is one asking of many words the last question never used ("thế tiền đầu tư để nâng 4 trường cao đẳng lên
    # chất lượng cao thì sở nào bố trí?" after "Sở nào phối hợp …?").
    fresh = set(topic) - set(folded_syllables(fold_accents(before)))
    own_question = len(topic) > OWN_TOPIC_WORDS and (asks_anew or len(fresh) > OWN_TOPIC_WORDS)
    points_back = bool((_FOLLOWUP_START.match(_filler_fold(question)) or _BACK_REFERENCE.search(folded))
                       and not own_question or _POINTS_AT.search(folded)
                       or _OBJECT_LEFT_OUT.search(_TRAILING_FILLER.sub("", folded.rstrip(" ?.!"))))
    # "Sở nào làm đầu mối kế hoạch này?", "Hội phụ nữ có vai trò gì không?": a question of its own about the plan
    # just quoted, asking anew of it or of a body the last question did not name; not the last topic reworded.
    plan_back = asks_anew and _PLAN_BACK.search(folded) is not None
    # "Vậy kinh phí lấy từ đâu?", "Sơ kết, tổng kết bao lâu một lần?": asked anew of what the whole plan has
    # (its funding, its reviews), not of the item just discussed, unless it points back at that item or the last
    # answer named that item's own money ("… từ nguồn kinh phí khuyến công", "- Nguồn kinh phí: …")
    plan_wide = (asks_anew and _PLAN_WIDE.search(folded) is not None and not _BACK_REFERENCE.search(folded)
                 and not ITEM_FUNDING.search(answered))
    # "năm đó": the years last asked, maybe a question or two before ("2030 thì?", "kỹ năng CNTT thì sao?", "Còn …
    # năm đó?")
    def dated() -> str:  # read only where a time deixis is written out: each question read is profiled
        return _dated(before, previous, answered)

    if not new and (plan_back or plan_wide or _asks_of_new_body(question, before)):
        named = with_previous_plan(with_previous_years(question, dated()), answered, plans, before)
        if named != question:
            return named
    # "Còn bảo hiểm xã hội?" typed in lower case with its accents: the insurance, a topic, not the agency
    topic_only = bool(_COMMON_NOUN_BODY.match(fold_accents(asked).strip())) and not find_agency_mentions(question)
    # its topic, the words that only ask aside ("hạn hoàn thành", "bao nhiêu", "phối hợp"; not "tỷ lệ", a topic too):
    # "Phòng nào chủ trì, phối hợp với ai?" asks of no topic of its own, however many words it asks with
    asking_only = [m.span() for pattern, _ in _IMPLIED_QUESTION_WORDS for m in pattern.finditer(folded)]
    asking_only += [m.span() for m in _PURE_ASKING.finditer(folded)]
    asking_only += question_word_spans(folded, frozenset({AGENCY, DATE}))
    own_topic = set(_topic_words(folded, asking_only + [c.span for c in new]))
    # (a body's initialism reads as its words, "NHCSXH" as five: a follow-up that is a body's name is short)
    # (a short question of its own, asking anew of a topic of its own, is none: "Sở nào chủ trì phân luồng học sinh?"
    # after a question about the foreign-language standard of the same plan)
    if not (names_plan or new) and _asked_the_document(profile_question(before).kinds):
        # "Cơ quan nào chủ trì triển khai?" after "Ai ký ban hành?": the last question asked the plan's own facts
        # (who signed it, when, its number), no topic: the follow-up asks of that plan, none of those words ("năm đó":
        # the year the answer gave)
        carried = with_previous_years(question, dated())
        named = with_previous_plan(carried, answered, plans, before)
        if named != carried:
            return named
        # no plan quoted to name ("ai ký" after "Kế hoạch của Hải Phòng đó số bao nhiêu, ký ngày nào?", refused):
        # the place that question, asked as typed, named
        place = next((name for _, _, name in _place_matches(fold_accents(before), places) if name), "")
        if place and ":" not in before:
            return f"{carried.rstrip(' ?')} ({place})?"
    if not names_its_place and (points_back or (is_short and not own_question and (
            len(own_topic) <= 4 or _written_as_a_body(asked.strip(" ?"))))):
        last = _SWAPPED_IN.match(canonical(previous[-1]))
        if last and not (new or _question_words(folded)) and _question_words(fold_accents(last["rest"])):
            # "BHXH?" after "Còn bảo hiểm thất nghiệp, bao nhiêu phần trăm lao động tham gia?": the topic that
            # follow-up swapped in is swapped again, asked the same way
            return with_previous_plan(f"Còn {asked.rstrip(' ?')}, {last['rest'].strip()}?", answered, plans, before)
        swapped = "" if asks_anew or new or topic_only else swap_body(before, asked)
        if swapped:
            return swapped
        tasks = "" if asks_anew or new or topic_only or find_agency_mentions(before) else body_tasks(asked)
        if tasks:
            return with_previous_plan(tasks, answered, plans, before)
        # "Còn số trường chất lượng cao năm đó?" swaps in a topic of its own (words the last question never used,
        # no level, year or place): asked the same way of the plan, not glued to the last topic
        asked_anew = own_topic - set(folded_syllables(fold_accents(before)))
        # … sharing no word with the last topic ("Còn tỷ lệ có bằng cấp, chứng chỉ?" narrows "tỷ lệ lao động …")
        # and asking nothing the last question did not ("Vậy đơn vị nào phối hợp?" asks a role anew of the same task)
        # … or sharing only the noun of a figure, with another indicator after it ("còn tỷ lệ thiếu việc làm" after
        # "… tỷ lệ lao động qua đào tạo … bao nhiêu?"; not "còn tỷ lệ có bằng cấp, chứng chỉ", which narrows it)
        # (of the plan the last answer quoted, which names it: a place the last question named is not carried)
        indicator = _ANOTHER_INDICATOR.search(folded) if quoted_plans(answered, plans) else None
        # … or asking with question words of its own of a topic of its own ("con kiem dinh chat luong 3 co so thi han
        # khi nao" after a question on the plan's curricula; "con ky niem ngay nha giao nam do la bao nhieu nam" after
        # "Kỳ thi kỹ năng nghề …": one syllable shared by chance): a question of its own, whatever kind it asks
        # (only "còn …", the word that swaps a topic in; the plan's money or reviews asked have rules of their own)
        asks_own = (bool(_SWAPS_IN.match(_filler_fold(question))) and len(asked_anew) >= _OWN_ASKED_TOPIC
                    and len(own_topic - asked_anew) <= 1 and bool(_asking_spans(folded))
                    and not _PLAN_WIDE.search(folded))
        swaps_topic = (bool(_FOLLOWUP_START.match(_filler_fold(question))) and not _BACK_REFERENCE.search(folded)
                       and (asks_own or (asked_anew == own_topic or indicator is not None and len(asked_anew) >= 2
                                         and asked_anew == own_topic - set(indicator["noun"].split()))
                            and profile_question(question).kinds & FACT_KINDS <= profile_question(before).kinds))
        # a year the last question asked already moves nothing ("con so truong chat luong cao nam 2030 thi bao nhieu"
        # after "… đến năm 2030?")
        moved = [c for c in new if fold_accents(c.value).lower() not in fold_accents(before).lower()]
        # "Còn tỷ lệ học viên, học sinh, sinh viên nữ năm 2030?" after "… tỷ lệ lao động là người khuyết tật … đạt
        # bao nhiêu?": another group's indicator, asked of its own words (with its year), not the last one's narrowed
        swaps_group = _swaps_group(question, before) and len(asked_anew - _group_words(question)) >= 2
        if swaps_group or ((swaps_topic or not (points_back or _asking_spans(folded))) and not moved
                           and len(asked_anew) >= 2 and 2 * len(fresh) >= len(topic)):
            # "Năng suất lao động?" after "Tỷ trọng lao động nông nghiệp … là bao nhiêu?": another topic of the plan
            # just quoted, asked the same way, not the last topic with words added (as a longer new topic is)
            # of the same years ("Cán bộ quản lý?" after "… nhà giáo đạt chuẩn vào năm 2025?")
            spans = [m.span() for m in _PURE_ASKING.finditer(fold_accents(before))]
            asking = " ".join(w for w in dict.fromkeys(before[a:b] for a, b in spans)
                              if fold_accents(w).lower() not in fold_accents(asked).lower())  # not asked twice
            # (after the plan is named: a year carried over names no other plan)
            named = with_previous_plan(f"{asked.rstrip(' ?')} {asking}".rstrip() + "?", answered, plans, before)
            years = "" if YEAR.search(folded) else " - ".join(_asked_years(before))
            return f"{named.rstrip(' ?')} năm {years}?" if years else named
        if asks_anew or not _BACK_REFERENCE.search(folded):
            # a new "Còn …?" swaps the last one's topic ("Còn trung cấp?" after "Còn cao đẳng?"), it does not
            # stack on it; "Trong đó …" narrows what the last one asked, so that stays
            before = _without_asked(before, previous[-1])
        frame = substitute(before, new, plans) if new else before
        # A follow-up that asks nothing new ("Còn báo cáo năm?", "Trong đó … bao nhiêu?") keeps the
        # previous question words: "tỷ lệ", "chỉ tiêu" are question words and topic at once.
        spans = _asking_spans(fold_accents(frame)) if asks_anew else []
        return f"{with_previous_years(asked, dated()).rstrip(' ?')}: {_tidy(cut_spans(frame, spans))}?"
    if not names_plan:
        # A question of its own that names no plan or place goes on about the plan just quoted
        # ("Các sở gửi báo cáo năm trước ngày nào?"), and "năm đó" about the years last asked; so does a figure it
        # asks of no year, of a plan for several years ("Trong số tuyển mới thì nữ chiếm bao nhiêu?" after "… đến
        # năm 2025 thu hút bao nhiêu % …" of a plan to 2030: the women's share of 2025's intake, not of 2030's)
        # (after "… đến năm 2025?" and "Còn năm 2030?", of both: the new figure's every milestone just discussed)
        carried = with_previous_years(question, dated())
        quoted = quoted_plans(answered, plans)
        spanned = years_spanned(quoted[0].title) if len(quoted) == 1 else set()
        at = _years_discussed(before, previous, spanned) \
            if len(spanned) > 1 and carried == question and not YEAR.search(folded) else []
        if at and NUMBER in profile_question(question).kinds:
            carried = f"{question.rstrip(' ?')} năm {' và năm '.join(at)}?"
        return with_previous_plan(carried, answered, plans, before)
    return question


# A follow-up setting two answers just given beside each other: "Vậy hai nơi có khác nhau không?", "Riêng cao đẳng
# thì Hà Nội gấp mấy lần Hải Dương?", "Hà Nội cao hơn Bạch Vân bao nhiêu điểm phần trăm?" (folded).
_COMPARES = re.compile(r"\b(?:gap (?:may|bao nhieu) lan|(?:cao|thap|nhieu|it|lon|nho) hon|chenh(?: lech)?|khac nhau"
                       r"|giong nhau|bang nhau|hon kem|nhu nhau)\b")
# The noun of a figure followed by another indicator's words, not by a qualifier of the last one ("tỷ lệ thiếu việc
# làm"; not "tỷ lệ có bằng cấp", "tỷ lệ của nữ", "tỷ lệ được đào tạo"), folded.
_ANOTHER_INDICATOR = re.compile(r"\b(?P<noun>ty le|ty trong|so luong|chi tieu)\s+"
                                r"(?!(?:co|duoc|da|cua|la|trong|nay|do|nu)\b)\w")
# Words of such a follow-up that only frame the comparison: "vậy", "riêng", "có … không", "điểm phần trăm", the
# figure it points back at ("con số", "hằng năm", "mỗi năm").
_COMPARING_WORDS = frozenset("vay rieng thi co khong diem phan tram hai noi tinh ben ca nhau so con hang moi".split())
# A plan named at the head of a question, before the verb of what it sets: "Kế hoạch năm 2023 của Sở Lao động -
# Thương binh và Xã hội Hải Dương đặt chỉ tiêu …".
_PLAN_NAMED_FIRST = re.compile(r"^(?:kế hoạch|chương trình|đề án)\b(?:\s+năm\s+\d{4})?(?:\s+(?:của|do)\s+[^,?]*?)?\s+"
                               r"(?=(?:đặt|giao|phấn đấu|dự kiến|đề ra|đề xuất|nêu)\b)", re.IGNORECASE)
_TIES_PLACE = re.compile(r"\b(?:của|ở|tại)\s+$", re.IGNORECASE)


def compared_again(question: str, before: str, history: Sequence[tuple[str, str]], plans: dict[str, PlanMetadata]
                   ) -> str:
    """A follow-up comparing the last two plans' answers, asked again of both: the last question's topic, its place
    and plan taken out, with the level or group the follow-up narrows it to, "(theo A và B)"; "" for any other.

    The plans are those the answers quoted, latest first; the comparison itself (how many times, how far apart) is
    the reader's to make from the two quoted figures."""
    folded = fold_accents(question).lower()
    # (or set beside another place: "So với Hà Nội theo Kế hoạch 177 thì con số hằng năm thế nào?")
    comparing = _COMPARES.search(folded) or _COMPARED_WITH.match(folded)
    if comparing is None or not before:
        return ""
    places = _places(plans)
    spans = [(a, b) for a, b, _ in _place_matches(folded, places)] + [comparing.span()]
    spans += [m.span() for m in _PURE_ASKING.finditer(folded)]
    own = {w for w in _topic_words(folded, spans) if w not in _COMPARING_WORDS}
    # words of its own, but a level or group it narrows the last topic to ("Riêng cao đẳng thì …"): a topic of its own
    # asked of the two plans ("cơ quan đầu mối của hai kế hoạch khác nhau thế nào?")
    if own - set(folded_syllables(fold_accents(before))) - {w for q in named_qualifiers(question) for w in q.split()}:
        return ""
    answers = [a for q, a in reversed(history) if q and q.strip() and not is_refusal(a)]
    named = [name for _, _, name in _place_matches(folded, places) if name]
    # the plans the answers quoted, latest first, but a place the follow-up names first of all ("So với Bạch Vân thì
    # Hải Dương nhiều hay ít hơn?" after an answer about Hà Nội: Hải Dương's plan, quoted before, is one side)
    both = sorted(dict.fromkeys(p for answer in answers for p in quoted_plans(answer, plans)),
                  key=lambda plan: plan.province not in named)
    # "So với Hà Nội cùng năm thì trình độ này chênh nhau thế nào?": the plan just quoted beside the place it names
    elsewhere = [name for name in named if both and name not in {plan.province for plan in both[:2]}]
    if len(both) < 2 and not elsewhere:
        return ""
    frame = cut_spans(before, [m.span() for m in PLAN_NOTE.finditer(before)])
    # a place goes with the word that ties it ("… năm 2023 của Hà Nội là …")
    frame = cut_spans(frame, [(a - len(tie.group()) if (tie := _TIES_PLACE.search(frame[:a])) else a, b)
                              for a, b, _ in _place_matches(fold_accents(frame), places)])
    frame = _tidy(re.sub(r"^\s*(?:(?:Thế|Vậy|Còn)\s+)*[,\s]*", "", frame, flags=re.IGNORECASE))
    frame = _PLAN_NAMED_FIRST.sub("", frame)  # "Kế hoạch năm 2023 của Sở … đặt …": one plan's name, not the topic
    asked = [_years_asked_of(plan, history, plans) for plan in both[:2]]
    years = list(dict.fromkeys(YEAR.findall(folded)))
    if years or not elsewhere and asked[0] != asked[1]:
        # each plan was asked of its own year ("… năm 2023" of one, "… đến năm 2025" of the other): the topic alone;
        # a year the follow-up names goes with it ("So với Hải Dương năm 2023 thì sao?")
        frame = _tidy(re.sub(r"\s*\b(?:đến\s+|trong\s+|vào\s+)?năm\s+(?:19|20)\d\d\b", "", frame))
        if years and not elsewhere:
            frame = f"{frame.rstrip(' ?')} năm {' - '.join(years)}"
    # what the follow-up narrows the topic to, before the places and the comparison: "Riêng cao đẳng thì …"
    first = min([a for a, _ in spans] + [m.start() for m in _BOTH_PLANS.finditer(folded)])
    narrowing = re.sub(r"^\s*(?:(?:vậy|thế|còn|riêng|so với|so sánh với)\s+)*|\s*\b(?:thì|,)\s*$", "", question[:first],
                       flags=re.IGNORECASE)
    lead = f"{narrowing.strip()}: " if narrowing.strip() else ""
    sides = both[:1] if elsewhere else both[:2]
    # both named alike: by number when each has one, else (or beside a place) by year and place ("Kế hoạch năm
    # 2023 của Hải Dương")
    names = [_plan_name(p) if all(s.number for s in sides) and not elsewhere else _place_and_year(p, plans)
             for p in sides]
    # a year the follow-up names beside the other place is that place's ("So với Bạch Vân năm 2025 …"): the plan just
    # quoted keeps its own
    names += [f"kế hoạch{' năm ' + ' - '.join(years) if years else ''} của {elsewhere[0]}"] if elsewhere else []
    return f"{lead}{frame} (theo {names[0]} và {names[1]})?"


def _years_asked_of(plan: PlanMetadata, history: Sequence[tuple[str, str]], plans: dict[str, PlanMetadata]
                    ) -> set[int]:
    """The years the conversation last asked of a plan: those of the latest question (as condensed) its answer
    quoted the plan for."""
    for k in range(len(history) - 1, -1, -1):
        question, answer = history[k]
        if question and question.strip() and not is_refusal(answer) and plan.label in answer:
            return years_spanned(cut_spans(asked := condense(question, history[:k], plans),
                                           [m.span() for m in PLAN_NOTE.finditer(asked)]))
    return set()


def _groups(text: str) -> frozenset[str]:
    """The groups of people a text singles out ("người khuyết tật", "nữ"), by their folded names."""
    return named_qualifiers(text) & _GROUP_NAMES


_GROUP_NAMES = frozenset(names[0] for names in GROUPS.values())


def _group_words(text: str) -> set[str]:
    """The folded syllables of the groups a text names ("nu", "dan toc thieu so"): not a topic of its own."""
    return {w for group in _groups(text) for w in group.split()}


def _swaps_group(question: str, before: str) -> bool:
    """Whether a follow-up names a group of people the last question did not, in place of the one it did."""
    now, then = _groups(question), _groups(before)
    return bool(now and then) and not now & then


# The commas the words cut out of the last question leave behind: "tổ chức , đăng cai", "nông thôn, , gửi",
# "ngân sách tỉnh, (theo …)".
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_REPEATED_COMMAS = re.compile(r",(?:\s*,)+")
_COMMA_BEFORE_NOTE = re.compile(r",\s*(?=\(|$)")


def _tidy(frame: str) -> str:
    """The last question's frame with its asking words cut, read without the commas they leave dangling ("Hội thi
    giáo viên dạy giỏi tổ chức , đăng cai" → "… tổ chức, đăng cai"; "… ngân sách tỉnh, (theo QĐ 647)" → "… tỉnh
    (theo QĐ 647)")."""
    frame = _REPEATED_COMMAS.sub(",", _SPACE_BEFORE_COMMA.sub(",", frame))
    return " ".join(_COMMA_BEFORE_NOTE.sub(" ", frame).split()).strip(" ?:,")


# A thing pointed at by its noun ("ngày hội đó", "việc này", "khoản ấy"); "trong đó" (a part of what was asked), "ở
# đó" (its place) and a time ("năm đó", "lúc này": ``_TIME_DEIXIS``) point at no thing.
_POINTS_AT_A_THING = re.compile(r"\b(?!(?:trong|o|tai|nam|doan|diem|ky|gian|luc|khi|moc|thang|quy|ngay)\b)[a-z]+ "
                                r"(?:do|nay|ay)\b")


def as_typed(question: str, history: Sequence[tuple[str, str]], plans: dict[str, PlanMetadata]) -> str:
    """The follow-up read as it was typed, of the plan just quoted (and "năm đó" of the years last asked): the other
    reading of a turn whose condensed question the plans do not answer. The rewrite guesses which slots of the last
    question the follow-up changes; when the guess finds nothing ("Ngân sách tỉnh chiếm bao nhiêu trong đó?" glued
    to the total asked before), the words the user typed may still be answered by the plan under discussion."""
    question = canonical(question).strip()
    previous, before, answered = _before(history, plans)
    if not previous or not question:
        return question
    new = changes(question, _places(plans), _slots(plans))
    if any(c.slot is None or c.slot not in SLOTS for c in new) or _POINTS_AT_A_THING.search(fold_accents(question)):
        # it names its own plan or place; or it points at a thing ("ngày hội đó", "việc này") that only the rewrite
        # names: read as typed it would ask of anything
        return question
    dated = _dated(before, previous, answered)
    return with_previous_plan(with_previous_years(question, dated), answered, plans, before,
                              _earlier_answers(history, answered))


# The words of a document asked by its kind alone ("theo quyết định nào", "theo kế hoạch số mấy của UBND tp").
# (with the bodies that issue what a task follows: "theo nghị quyết nào của Chính phủ", "của Thủ tướng", "của Bộ")
_DOCUMENT_WORDS = frozenset(" ".join((*CITED_KINDS, "ke hoach", "van ban", "theo cua thanh pho tinh tp",
                                      "ubnd uy ban nhan dan so may hieu chinh phu thu tuong bo hdnd hoi dong")).split())


def _basis_of_item(question: str, before: str) -> bool:
    """Whether a follow-up asks only which document something follows ("Theo quyết định nào?", "Theo kế hoạch nào
    của thành phố?") right after a question about one task or target ("Ai phụ trách phân luồng học sinh?"): the
    document that item cites, not what the whole plan implements."""
    asked = fold_accents(asking_part(question)).lower()
    if profile_question(question).kinds & _ABOUT_THE_PLAN != {BASIS} or not asked.startswith("theo "):
        return False  # "Căn cứ nghị quyết nào?": what the plan rests on
    own = set(folded_syllables(asked)) - _DOCUMENT_WORDS - STOPWORDS
    asked_before = profile_question(before)
    return not own and not asked_before.kinds & _ABOUT_THE_PLAN and len(asked_before.keywords) >= 2


# A body pointed back at ("Sở đó phải báo cáo …", "cơ quan này", "ban ấy"), folded; its head word, when it has one,
# says which kind of body ("sở" a department, "cơ quan", "đơn vị" any). Not "mấy trường này": schools asked of
# are many, and the one the last answer names first is seldom them.
_BODY_BACK = re.compile(r"\b(?P<head>(?<!co )so|co quan|don vi|ban|phong|trung tam) (?:do|nay|ay|tren)\b")
_ANY_BODY = frozenset({"co quan", "don vi"})
# … and a bare "sở" opening what a follow-up says it does ("Rồi sở tổng hợp gửi lên thành phố khi nào?"): the
# department the conversation is about (typed with its mark: "số" folds alike), not "sở nào", "sở, ngành".
_BARE_DEPARTMENT = re.compile(r"^(?:(?:roi|the|vay|con|va|sau do)\s+)*(?P<head>so)\s+(?!nao\b|nganh\b|ban\b)(?=[a-z])")


def with_body_named(question: str, before: str, answer: str) -> str:
    """A follow-up pointing back at a body ("Sở đó phải báo cáo kết quả lên những cơ quan nào?") with that body
    named: the one the last question asked of, else the one the last answer's fact names first, of the kind its
    head word says; the question as asked when it names a body itself, or none fits."""
    folded = fold_accents(question)
    pointer = _BODY_BACK.search(folded)
    bare = _BARE_DEPARTMENT.match(folded.lower()) if pointer is None else None
    if bare and question[bare.start("head"):bare.end("head")].lower() == "sở":
        pointer = bare
    if pointer is None or find_agency_mentions(question):
        # "Ban quản lý … gửi gì cho sở này": the body named acts; the one pointed at, named, would pull the
        # answer to any body's report to it
        return question
    head = pointer["head"]
    # the body the short answer opens with, though it was cut short ("Sở Kế hoạch và Đầu tư: tổng hợp, …….")
    stated = _ANSWERED_FACT.match(answer.strip())
    candidates = [m.name for m in find_agency_mentions(before)] + [
        m.name for m in find_agency_mentions(_answered_fact(answer))] + [
        m.name for m in find_agency_mentions(stated["fact"] if stated else "")]
    body = next((name for name in candidates
                 if head in _ANY_BODY or fold_accents(name).lower().startswith(head + " ")), None)
    if body is None:
        return question
    start, end = pointer.span("head") if pointer is bare else pointer.span()
    named = f"{question[:start]}{body}{question[end:]}"
    led = _LED_TASK.search(fold_accents(before))
    if led and _PARTNERS_ASKED.search(folded) and len(folded.split()) <= _BARE_PARTNER_WORDS:
        # "Ai phối hợp với sở đó?" after "… sở nào chủ trì xây dựng Bộ định mức …": the partners in that task
        return f"{named.rstrip(' ?')} {before[led.start('task'):led.end('task')].rstrip(' ?')}?"
    return named


# The task the last question asked the lead of ("giao sở nào chủ trì xây dựng Bộ định mức …?"), and a follow-up of
# a few words asking who works with the body pointed at ("Ai phối hợp với sở đó?", "sở đó phối hợp với ai"): the
# partners in that task, not in everything the body leads.
_LED_TASK = re.compile(r"\bchu tri\s+(?:viec\s+)?(?P<task>[^?]{8,})")
_PARTNERS_ASKED = re.compile(r"\bphoi hop\b")
_BARE_PARTNER_WORDS = 8


# A thing of the last question pointed back at by its head noun ("mấy nghề đó", "các phiên này"), folded. The
# bodies, plans, tasks, places and times pointed at have rules of their own, and amounts or persons are no thing.
_NOUN_BACK = re.compile(r"\b(?P<head>co so|[a-z]+) (?:do|nay|ay|tren)\b")  # "cơ sở đó": a facility, no Sở
_NOT_A_THING = frozenset("so quan vi ban phong tam viec mang sach dong vu dung trinh khoan hoach dinh an luoc tieu "
                         "nam thang quy ngay luc khi gian doan dot ky moc o tai trong sau truoc cai dieu nguoi ty "
                         "trieu nghin con".split())
# Where the last question's noun phrase ends: a word that asks, links or predicates, as spelled with its marks, and
# those of them that no other word folds like, for a question typed without marks ("trong" is also "trọng").
_PHRASE_END = frozenset("là có được bao nhiêu nào gì thì và cho tại ở của trong khi để sẽ đã đang phải cần muốn mấy "
                        "như thế sao hay hoặc với từ đến năm dự phấn chiếm thành".split())
# ("dự kiến", "phấn đấu" predicate; "thành" says what a thing becomes: "4 trường cao đẳng công lập | thành trường chất
# lượng cao"), but for the words it opens ("ngân sách thành phố", "các thành viên")
_NAME_GOES_ON = re.compile(r"thành (?:phố|viên)\b", re.IGNORECASE)
_PHRASE_END_UNMARKED = frozenset("la duoc bao nhieu nao gi thi va cho tai o cua khi se phai muon nhu sao hay hoac voi "
                                 "nam".split())
PHRASE_WORDS = 5  # modifiers a head noun carries over at most
DOCUMENT_NAME_WORDS = 12  # … and a document a task makes ("đề án sắp xếp lại các trung tâm GDNN - GDTX cấp huyện")
# A count right before the noun pointed at: "18 phiên đó", "04 trường này".
_COUNT_BEFORE = re.compile(rf"(?<![\w.,])(?P<count>\d[\d.]*|{COUNT_WORD})\s+$")


def _ends_phrase(word: str) -> bool:
    folded = fold_accents(word)
    return word in _PHRASE_END if folded != word else folded in _PHRASE_END_UNMARKED


def _noun_pointers(folded: str) -> list[re.Match[str]]:
    """The things a follow-up points back at by their head nouns ("mấy nghề đó", "18 phiên đó"), when no rule of
    its own reads the pointer (a task, body, plan or time pointed at)."""
    if any(p.search(folded) for p in (_BACK_REFERENCE, _THING_BACK, _PLAN_BACK, _BODY_BACK, _TIME_DEIXIS)):
        return []
    return [m for m in _NOUN_BACK.finditer(folded) if m["head"] not in _NOT_A_THING]


def _named_phrase(head: str, text: str, count: str = "", words: int = PHRASE_WORDS) -> str:
    """The noun phrase `head` opens where `text` names it with words after it (after `count` when one is given:
    "18 phiên đó" points where "18 phiên" was said): a body's whole name, else the head and its modifiers up to a
    word that asks, links or predicates; "" when the head stands alone."""
    bodies = {m.start: m.end for m in find_agency_mentions(text)}
    # a count as the answer wrote it: "ba cơ sở đó" where it said "03 cơ sở", "3 phiên đó" where "03 phiên"
    value = COUNT_WORDS.get(count) or (int(count) if count.isdigit() else None)
    counted = rf"(?<![\d.,])0*{value}\s+" if value else rf"(?<![\d.,]){re.escape(count)}\s+" if count else ""
    for found in re.finditer(rf"{counted}\b(?P<head>{head})\b", fold_accents(text).lower()):
        start, stop = found.span("head")
        end = bodies.get(start, stop)  # a body named whole ("Trường Cao đẳng Kỹ thuật …")
        if end == stop:
            # names in a row go on past their commas and the word limit ("các huyện Mường Khiêm, Nậm Khiêu, Phú Thạch")
            last = taken = 0
            names = False
            for word in re.finditer(r"[^\s,.;:?!()]+", text[end:]):
                gap = text[end + last:end + word.start()].strip()
                capital = word.group()[:1].isupper()
                names = names or gap == "," and capital and text[start:end + last].split()[-1][:1].isupper()
                if gap and not (names and gap == ",") or _ends_phrase(word.group().lower()) and not \
                        _NAME_GOES_ON.match(text[end + word.start():]) or taken >= words and not (names and capital):
                    break  # a stop before the word, a word that asks or links, or enough words
                taken += 1
                last = word.end()
            end += last
        if end > stop:
            return text[start:end]
    return ""


# A slot pointed back at by its lead word ("trình độ này", "khu vực đó"), folded: the value the last question named.
_SLOT_BACK = r"\b{lead}(?:nay|do|ay)\b"


def with_slot_named(question: str, before: str) -> str:
    """A follow-up pointing back at the level or area the last question named by its lead word, that value written
    in: "Giai đoạn 2026-2030 thì trình độ này mỗi năm …?" after "… trình độ trung cấp?" asks of "trình độ trung
    cấp". The question as asked when the last question names none."""
    folded, said = fold_accents(question).lower(), fold_accents(before).lower()
    for slot in SLOTS:
        lead = fold_accents(slot.lead).lower()
        pointer = re.search(_SLOT_BACK.format(lead=re.escape(lead)), folded) if lead.strip() else None
        named = slot.pattern.search(said) if pointer else None
        if pointer and named:
            value = before[named.start("swap"):named.end("swap")]
            return f"{question[:pointer.start()]}{slot.lead}{value}{question[pointer.end():]}"
    return question


def with_noun_named(question: str, before: str) -> str:
    """A follow-up pointing back at a thing of the last question by its head noun with that thing's whole noun
    phrase written in: "Mấy nghề đó là nghề gì?" after "Tiền mua thiết bị cho nghề trọng điểm là bao nhiêu?" asks of
    "nghề trọng điểm"; "Sở nào chịu trách nhiệm mấy phiên đó?" of "phiên giao dịch việc làm"; "Trường đó …" of the
    school the last question named. The question as asked when the last question has no such phrase."""
    for pointer in _noun_pointers(fold_accents(question).lower()):
        phrase = _named_phrase(pointer["head"], before)
        if phrase:
            return _pointed_at(question, pointer, phrase)
    return question


# "mấy" before a thing pointed back at says "those" ("mấy huyện đó"), no count asked: written in, the thing is "các".
_THOSE = re.compile(r"\b(?:mấy|may)\s+$", re.IGNORECASE)


def _pointed_at(question: str, pointer: re.Match[str], phrase: str) -> str:
    """The question with the thing its pointer points back at written in."""
    def those(m: re.Match[str]) -> str:  # as typed: "Mấy" → "Các", "may" → "cac"
        word = "các" if m.group().strip().lower() == "mấy" else "cac"
        return f"{word.capitalize() if m.group()[0].isupper() else word} "

    return f"{_THOSE.sub(those, question[:pointer.start()])}{phrase}{question[pointer.end():]}"


# A document pointed back at by its kind ("Đề án đó", "chương trình này"), folded; not several counted ("mấy chương
# trình đó", "5 chương trình đó": things a task makes, ``with_noun_named``).
_DOCUMENT_BACK = re.compile(r"(?<!cac )(?<!nhung )(?<!may )(?<!\d )\b(?P<kind>de an|chuong trinh|du an)"
                            r" (?:do|nay|ay|tren)\b")


def with_task_document_named(question: str, asked: Sequence[str], answered: str,
                             plans: dict[str, PlanMetadata]) -> str:
    """ "Đề án đó được bố trí bao nhiêu kinh phí?" after "… ai chủ trì xây dựng đề án sắp xếp lại các trung tâm …?":
    the document a task of the plan makes, named as the latest question ``asked`` named it, not the plan the answer
    quoted (a Kế hoạch, no Đề án); else as the last answer named it ("Đề án đó được phê duyệt bằng quyết định nào?"
    after an answer quoting "… thực hiện Đề án Phát triển nguồn nhân lực …": its longest naming, a short answer's
    cut one aside); the question as asked when the quoted plan is of that kind or nothing named one."""
    pointer = _DOCUMENT_BACK.search(fold_accents(question).lower())
    if pointer is None:
        return question
    kind = pointer["kind"]
    quoted = quoted_plans(answered, plans)
    if not quoted or any(fold_accents(p.doc_type or "Kế hoạch").lower() == kind for p in quoted):
        return question
    phrase = next((found for text in asked if (found := _named_phrase(kind, text, words=DOCUMENT_NAME_WORDS))), "")
    if not phrase:
        phrase = max((_named_phrase(kind, line, words=DOCUMENT_NAME_WORDS) for line in answered.splitlines()),
                     key=len, default="")
    return f"{question[:pointer.start()]}{phrase}{question[pointer.end():]}" if phrase else question


# A sum pointed back at ("khoản đó", "khoản tiền này"), folded, and the heads of the sums a question names ("ngân sách
# tỉnh", "kinh phí tuyên truyền", "nguồn vốn vay", "quỹ hỗ trợ").
_SUM_BACK = re.compile(r"\bkhoan (?:tien |kinh phi )?(?:do|nay|ay|tren)\b")
_SUM_HEAD = re.compile(r"\b(?:ngan sach|kinh phi|nguon von|von|quy|tien)\b")


def with_sum_named(question: str, before: str) -> str:
    """ "Khoản đó chia ra cho những việc gì?" after "Ngân sách tỉnh chiếm bao nhiêu?": the sum the last question asked
    of written in ("Ngân sách tỉnh chia ra …"); the question as asked when the last question named no sum."""
    pointer = _SUM_BACK.search(fold_accents(question).lower())
    if pointer is None:
        return question
    for head in _SUM_HEAD.finditer(fold_accents(before).lower()):
        phrase = _named_phrase(head.group(), before)
        if phrase:
            return f"{question[:pointer.start()]}{phrase}{question[pointer.end():]}"
    return question


def with_noun_answered(question: str, before: str, answer: str) -> str:
    """A follow-up pointing back at a thing the last answer named, not the last question: "18 phiên đó chia ra
    sao?" after "Sở Nội vụ còn được giao những việc gì?" answered "Tổ chức 18 phiên giao dịch việc làm …" asks of
    "18 phiên giao dịch việc làm", a question of its own about the plan just quoted (the last question's words,
    another thing's, would lead the search astray). "" when it points at nothing the answer named."""
    folded = fold_accents(question).lower()
    fact = _answered_fact(answer)
    for pointer in _noun_pointers(folded):
        if _named_phrase(pointer["head"], before) or question[pointer.end() - 2:pointer.end()] == "do":
            # the last question's own thing (``with_noun_named``), or "do" typed without marks ("by"); a thing the
            # last question only asked which of ("… thực hiện chỉ thị nào?") is the one its answer named
            continue
        count = _COUNT_BEFORE.search(folded, 0, pointer.start())
        # the fact the answer stated first, else, for a thing counted ("18 phiên đó"), where the answer said that
        # count of it (an answer listing a body's tasks states no one fact)
        phrase = _named_phrase(pointer["head"], fact) or (
            _named_phrase(pointer["head"], answer, count["count"]) if count else "")
        if phrase:
            return _pointed_at(question, pointer, phrase)
    return ""



# A thing pointed back at: "việc đó", "việc đào tạo đó", "mảng này", "chính sách ấy".
_THING_BACK = re.compile(r"\b(?:viec|mang|chinh sach|hoat dong|nhiem vu|noi dung|chuong trinh|khoan)(?: \w+){0,2} "
                         r"(?:nay|do|ay|tren)\b")


def with_thing_answered(question: str, before: str, answer: str) -> str:
    """A follow-up asking who, when or how much of a thing it points back at ("Ai chủ trì việc đó?", "Sở nào phụ
    trách mảng này?") after a question that asked what the thing is ("Kế hoạch có gì dành cho bộ đội xuất ngũ
    không?", "Cấp xã được giao việc gì?"): the thing is the fact the last answer stated, not the last question,
    so the follow-up is asked of that fact, less the bodies when it asks one (a body asked for is not given by the
    question) and its dates. "" when it does not point back so, the last question asked a fact of its own, or the
    last answer stated none."""
    if not _THING_BACK.search(fold_accents(question)):
        return ""
    wanted = profile_question(question).kinds & FACT_KINDS
    if not wanted or profile_question(before).kinds & FACT_KINDS:
        return ""
    fact = _answered_fact(answer)
    spans = [(m.start, m.end) for m in find_agency_mentions(fact)] if AGENCY in wanted else []
    spans += [m.span() for m in TIME_MENTION.finditer(fact)]  # a deadline's year would name another plan of its year
    fact = cut_spans(fact, sorted(spans)).strip(" ,;:")
    return f"{question.rstrip(' ?')}: {fact}?" if fact else ""


def _asks_of_new_body(question: str, before: str) -> bool:
    """Whether a question names a body the previous one did not and asks something of it beyond its name
    ("Hội phụ nữ có vai trò gì không?"); a bare body ("Còn ban phụ nữ?") is a swap (``swap_body``)."""
    named = find_agency_mentions(question)
    if not named or {m.name for m in named} <= {m.name for m in find_agency_mentions(before)}:
        return False
    rest = cut_spans(fold_accents(question), [(m.start, m.end) for m in named])
    return bool(_topic_words(rest, []))


def _answered_fact(answer: str) -> str:
    """The fact the previous answer stated first ("" after a refusal): its short answer, or its first
    quote when the short answer was cut ("… đầu tư đối…")."""
    found = _ANSWERED_FACT.match(answer.strip())
    if not found:
        return ""
    fact = found["fact"].rstrip(" .")
    quote = _FIRST_QUOTE.search(answer)
    if fact.endswith("…") and quote:
        fact = quote["quote"]
    return fact.rstrip(" .…")


# The noun a "which ones" follow-up asks of: "những trường nào" → "trường", "các nghề gì" → "nghề".
_WHICH_NOUN = re.compile(r"\b(?:những|các)?\s*(\w+)\s+(?:nào|gì)\b", re.IGNORECASE)
# Where a counted phrase's own clause ends: a stop, or the words that hang a reference or a purpose on it.
_CLAUSE_END = re.compile(r"\s*[;:,.(]|\s+(?:theo|tại|với|của|từ|bằng)\s")


def counted_items(fact: str, asked: str) -> str:
    """The phrase of the last answer's fact that counts the items a "which ones" follow-up asks for ("04 trường
    cao đẳng công lập thuộc Thành phố để trở thành trường chất lượng cao", not the task around it: "Chủ trì
    cân đối, bố trí nguồn vốn … đối với 04 trường …"); the whole fact when it counts none."""
    noun = _WHICH_NOUN.search(asked)
    if noun is None:
        return fact
    counted = re.search(rf"(?<![\w/.,])\d[\d.]*\s+{re.escape(noun.group(1))}\b", fact, re.IGNORECASE)
    if counted is None:
        return fact
    rest = fact[counted.start():]
    end = _CLAUSE_END.search(rest, counted.end() - counted.start())
    return rest[:end.start()] if end else rest


def with_previous_years(question: str, before: str) -> str:
    """ "Giai đoạn đó …", "năm đó …" with the years the previous question asked of written in their place ("Tới
    năm 2030 …"): said in brackets beside "năm đó", they weighed less than the words pointing at them."""
    folded = fold_accents(question)
    years = _asked_years(before)
    deixis = _TIME_DEIXIS.search(folded)
    if not years or YEAR.search(folded) or not deixis:
        return question
    named = f"năm {' - '.join(years)}"
    if len(folded) != len(question):  # spans of the folded text are not the question's
        return f"{question.rstrip(' ?')} ({named})?"
    return f"{question[:deixis.start()]}{named}{question[deixis.end():]}"


def _dated(before: str, previous: Sequence[str], answered: str) -> str:
    """What "năm đó" points at: the year the last answer gave when the last question asked when ("Kế hoạch 70 ban
    hành ngày nào?" answered "07/03/2023": 2023), else the years last asked, maybe a question or two before."""
    if not _asked_years(before) and profile_question(before).kinds & {DATE, ISSUE_DATE}:
        years = YEAR.findall(_answered_fact(answered))
        if years:
            return f"năm {years[0]}"
    return next((q for q in (before, *reversed(previous[-_YEARS_BACK:])) if _asked_years(q)), before)


def _anchor_year(before: str, previous: Sequence[str], answered: str, plans: dict[str, PlanMetadata]) -> int | None:
    """The year a follow-up's "năm ngoái", "năm nay", "năm sau" count from: the year of the one plan the last answer
    quoted, its "now" (after "đến năm 2030 …?", "năm nay" is still the plan's own year), else the latest of the
    years last asked (a question or two before)."""
    quoted = quoted_plans(answered, plans)
    if len(quoted) == 1 and quoted[0].year:
        return quoted[0].year
    asked = next((years for q in (before, *reversed(previous[-_YEARS_BACK:])) if (years := _asked_years(q))), [])
    return max(int(y) for y in asked) if asked else None


def _years_discussed(before: str, previous: Sequence[str], spanned: set[int]) -> list[str]:
    """The years of a plan's period the last questions asked of, in the order asked ("… đến năm 2025?", "Còn năm
    2030?": 2025, 2030); the last question's alone when it asked none of them."""
    asked = [y for q in (*previous[-_YEARS_BACK:-1], before) for y in _asked_years(q) if int(y) in spanned]
    return list(dict.fromkeys(asked)) if any(int(y) in spanned for y in _asked_years(before)) \
        else _asked_years(before)


def _asked_years(question: str) -> list[str]:
    """The years a question asked of on their own ("giai đoạn 2021-2030, đến năm 2030": 2030), else all it wrote."""
    asked = profile_question(question)
    return [str(y) for y in asked.years if y in asked.lone_years] or [str(y) for y in asked.years]


def _earlier_answers(history: Sequence[tuple[str, str]], answered: str) -> list[str]:
    """The answers before the last one that quoted a plan, latest first (refusals quote none)."""
    return [a for q, a in reversed(history) if q and q.strip() and not is_refusal(a) and a != answered]


def with_previous_plan(question: str, answer: str, plans: dict[str, PlanMetadata], before: str = "",
                       earlier: Sequence[str] = (), labelled: bool = False) -> str:
    """A question that goes on about the plan just discussed, with that plan named: the plan the
    previous question named by its number ("Còn KH 177?" → "Nó ban hành ngày nào?"), else the one
    that the previous answer quoted. Unchanged when there is neither, or when that answer quoted
    several plans ("Kế hoạch này ai ký?" after a two-plan answer asks of both). A question naming
    another plan by its year ("Hồi kế hoạch 2023 thì …") gets that plan's place, not the plan. ``earlier``: the
    answers before it, latest first, for "hai kế hoạch đó" after an answer that quoted one of the two. ``labelled``:
    the plan the answer quoted by its own name, not by a document the previous question named it by."""
    quoted = sorted((answer.find(p.label), p) for p in quoted_plans(answer, plans))
    if _BOTH_PLANS.search(fold_accents(question)):
        # "Ai ký hai văn bản này?", "… ở cả hai kế hoạch?": the plans the last answer quoted, each named, else the
        # last two plans the conversation's answers quoted
        both = list(dict.fromkeys([p for _, p in quoted]
                                  + [p for older in earlier for p in quoted_plans(older, plans)]))
        names = [_plan_name(p) for p in both[:2]]
        return f"{question.rstrip(' ?')} (theo {' và '.join(names)})?" if len(names) == 2 else question
    # (a plan's label may cite another document by its number: "Kế hoạch triển khai “Kế hoạch số 238/KH-UBND …”
    # (Hải Dương, 2023)" names that plan by its label, not plan 238)
    unlabelled = before
    for plan_named in plans.values():
        if plan_named.label:
            unlabelled = unlabelled.replace(plan_named.label, " " * len(plan_named.label))
    named = FOLDED_DOCUMENT_REFERENCE.search(fold_accents(unlabelled))
    by_year = PLAN_OF_YEAR.search(fold_accents(question))  # another plan named by its year
    plan = next((p for p in plans.values() if p.number and p.number.split("/")[0] == named["num"]), None) \
        if named is not None and named["type"] else None
    # beside another place's plan ("So với Hải Dương, …"), a document the plan only implements ("theo Nghị quyết
    # 06", which the other place's plan may implement too) names it less well than the plan the answer quoted, whose
    # label says its place
    if named is not None and named["type"] and (plan is not None or len(quoted) != 1 or not labelled):
        # "… KH 70 năm 2023 và KH 177 năm 2025 …": a question about both goes on about both
        references = list(dict.fromkeys(before[m.start():m.end()] for m in
                                        FOLDED_DOCUMENT_REFERENCE.finditer(fold_accents(unlabelled)) if m["type"]))
        reference = " và ".join(references[:2])
        if by_year or plan and _year_of_another_plan(question, plan, plans):
            # "Hồi kế hoạch 2023 thì …" after "Kế hoạch 177 …": that place's plan of 2023, not 177
            return f"{question.rstrip(' ?')} ({plan.province})?" if plan and plan.province else question
        return f"{question.rstrip(' ?')} (theo {reference})?"
    if len(quoted) != 1:
        return question
    if by_year or _year_of_another_plan(question, quoted[0][1], plans):
        return f"{question.rstrip(' ?')} ({quoted[0][1].province})?" if quoted[0][1].province else question
    return f"{question.rstrip(' ?')} (theo {_plan_name(quoted[0][1])})?"


def _year_of_another_plan(question: str, plan: PlanMetadata, plans: dict[str, PlanMetadata]) -> bool:
    """Whether a follow-up names a year ("Thế năm 2023 thì …") outside the years of the plan just discussed (its
    own year, its title's period) that another plan of the same place is of: it asks of that plan ("Kế hoạch 70
    năm 2023" after "Kế hoạch 177 năm 2025"), not of the one just discussed. A year within the plan's period
    ("còn năm 2027?" of a 2026-2030 plan) stays with it."""
    if _COMPARED_WITH.match(fold_accents(question)):
        return False  # "So với kế hoạch GDNN năm 2023 thì …": the other plan beside this one, not instead of it
    asked = {int(y) for y in YEAR.findall(fold_accents(question))}
    own = years_spanned(plan.title) | ({plan.year} if plan.year else set())
    if own:
        own |= set(range(min(own), max(own) + 1))
    return any(other is not plan and other.province == plan.province and other.year in asked - own
               for other in plans.values())


# A follow-up comparing the plan just discussed with another: "So với Bạch Vân thì …", "so sánh với KH 177".
_COMPARED_WITH = re.compile(r"^\s*(?:(?:con|the con|vay)\s+)?(?:so voi|so sanh voi)\b")
# A follow-up about both plans just discussed: "hai văn bản này", "ở cả hai kế hoạch", "cả 2 đề án", "ở hai nơi
# khác nhau thế nào", "hai tỉnh".
_BOTH_PLANS = re.compile(
    rf"\b(?:ca (?:hai|2)|hai|2) (?:ban )?(?:{PLAN_KIND_WORD}|van ban|noi|tinh|thanh pho|dia phuong|ben)\b|\bca hai\b")


def _plan_name(plan: PlanMetadata) -> str:
    """How a condensed question names a plan: its type and number, else its label."""
    return f"{plan.doc_type or 'Kế hoạch'} {plan.number}" if plan.number else plan.label


def _place_and_year(plan: PlanMetadata, plans: dict[str, PlanMetadata]) -> str:
    """A plan set beside another place's, named by its type, year and place when no other plan of that place has its
    year (a label may cite another plan's number: "Kế hoạch triển khai “Kế hoạch số 238/KH-UBND …” (Hải Dương,
    2023)" names no plan 238); else as a condensed question names it."""
    alike = [p for p in plans.values() if p.province == plan.province and p.year == plan.year]
    if not (plan.province and plan.year) or len(alike) > 1:
        return _plan_name(plan)
    return f"{plan.doc_type or 'Kế hoạch'} năm {plan.year} của {plan.province}"
