"""Compound questions cut into the facts they ask for.

"Tổng kinh phí là bao nhiêu, và ngân sách tỉnh bao nhiêu?", "Sở nào chủ trì
… và hạn … khi nào?": one best passage rarely holds every fact, so each part
is answered with its own evidence. Parts are cut at a conjunction ("và",
", còn", ", riêng", ", trong đó") and kept only when they ask something of
their own; a noun phrase joined by "và" ("tỷ lệ A và tỷ lệ B là bao nhiêu")
borrows the question words that follow it.
"""

from __future__ import annotations

import re

from assistant.provinces import BY_FOLDED, place_spans
from assistant.questions import (
    COMPARE,
    DOC_NUMBER,
    ISSUE_DATE,
    ISSUER,
    NOT_TAG,
    PLAN_KIND_WORD,
    SIGNER,
    STOPWORDS,
    blanked,
    folded_syllables,
    profile_question,
    question_word_spans,
)
from assistant.slots import cut_spans, slot_changes, with_slot
from index.agencies import find_agency_mentions
from index.normalize import canonical, fold_accents
from index.plan_scope import PlanScope
from index.vocab.documents import DOC_TYPES, HEADER_TYPES
from index.vocab.markers import UPPER
from index.vocab.phrases import pointed_few
from index.vocab.qualifiers import LEVELS

# Where a question may change subject; matched on the folded question (same length as the original).
# "… trước ngày nào? Còn Sở Nội vụ …": a question mark inside the text ends one question and starts the next.
_JOINT = re.compile(
    r"\s*[,?]\s*(?:va|con|rieng|trong do|dong thoi)\s+|\s+va\s+|\s*[;?]\s*|\s*,\s*(?=(?:o|tai|voi) )"
)
# "không" asks at the end of its clause: the question's ("… được miễn học phí không") or before a colon that lists
# what it asks of ("… có khớp nhau không: tỷ lệ A, và tỷ lệ B").
_ASKS = re.compile(
    rf"\b(bao nhieu|bao gio|bao lau|nao|gi|ai|may|o dau|ve dau|the nao|ra sao|vi sao|tai sao|chua"
    rf"|{NOT_TAG}(?=\s*:)|{NOT_TAG}$)\b"
)
# A comma is a joint too when the words on each side ask something of their own
# ("… dự kiến bao nhiêu, có được cộng vào tổng kinh phí không", "… từ bao giờ, gắn với sản phẩm nào").
_COMMA = re.compile(r"\s*,\s*")
_ITEM_END = re.compile(r"\s*,\s*|\s+va\s+")  # where an item of a list "A, B và C" ends
_NAME_WORD = re.compile(rf"[{UPPER}]")  # a word of a proper name ("Nội", "Bạch")
# A part must name this many topic words of its own to be searched on its own.
MIN_PART_WORDS = 2
# A piece of a question that swaps in another item and asks nothing itself: "(còn) thanh niên thất nghiệp thì
# sao", "con ty le nu thi the nao" (the joint takes its "còn").
_ANOTHER_ITEM = re.compile(r"^(?:(?:thế|the)\s+)?(?:(?:còn|con)\s+)?(?P<item>\S.*?)\s+(?:thì|thi)\s+"
                           r"(?:sao|thế nào|the nao|ra sao)\s*\??\s*$", re.IGNORECASE)
# The last item before "và" in a list "A, B và C" is at most this many syllables.
ENUMERATION_WORDS = 4


# "việc này", "nhiệm vụ đó": the thing the question before named, no topic of its own ("… và ai lo việc này?")
_ANAPHOR = re.compile(r"\b(?:viec|nhiem vu|cong viec|hoat dong|noi dung|van de|chuyen)\s+(?:nay|do|ay|tren)\b")


def _topic_words(folded: str) -> list[str]:
    spans = question_word_spans(folded) + [m.span() for m in _ANAPHOR.finditer(folded)]
    kept = blanked(folded, spans)
    return [w for w in folded_syllables(kept) if w not in STOPWORDS and len(w) > 1]


def asking_start(folded: str) -> int | None:
    """Where the words that ask begin ("cơ quan nào", "bao nhiêu"), or None for a bare noun phrase.

    "tỷ lệ", "chỉ tiêu" mark a figure question but ask nothing by themselves.
    """
    asks = _ASKS.search(pointed_few(folded))  # "mấy việc … này" asks nothing
    if asks is None:
        return None
    around = [a for a, b in question_word_spans(folded) if a <= asks.start() < b]
    return min(around, default=asks.start())


def _ends_enumeration(folded: str, joint: re.Match[str], since: int) -> bool:
    """Whether a plain "và" closes a list "A, B và C" ("ngân sách nhà nước, doanh nghiệp và người học"):
    the words since the comma before it are few and ask nothing, so the list is one noun phrase."""
    if joint.group().strip() != "va":
        return False
    comma = folded.rfind(",", since, joint.start())
    last = folded[comma + 1:joint.start()]
    words = [w for w in last.split() if any(c.isalnum() for c in w)]  # "công nghiệp - xây dựng": the dash is no word
    # "tỷ lệ … có bằng cấp, chứng chỉ và tỷ lệ … đào tạo lại": the words after "và" open the phrase before the list
    # again, so it asks a second measure, not a third item
    head = " ".join(folded[joint.end():].split()[:2])
    again = len(head.split()) == 2 and f" {head} " in f" {folded[since:comma]} "
    return comma >= 0 and len(words) <= ENUMERATION_WORDS and _ASKS.search(last) is None and not again


def _joins_verbs(folded: str, joint: re.Match[str], since: int) -> bool:
    """Whether a plain "và" joins two verbs of one question ("đơn vị nào xét và bố trí chỗ ở ký túc xá"): the
    words before it ask, then stop on a verb or two without its object, and the words after it ask nothing."""
    if joint.group().strip() != "va":
        return False
    before = folded[since:joint.start()]
    start = asking_start(before)
    spans = [b for a, b in question_word_spans(before) if a >= (start or 0)]
    after_asking = before[max(spans, default=start or 0):].split() if start is not None else []
    rest = _ITEM_END.split(folded[joint.end():], maxsplit=1)[0]
    return start is not None and 0 < len(after_asking) <= 2 and _ASKS.search(rest) is None


_TITLE_WORDS = 10  # words of a document's title before a "và" inside it
# The kinds a question names a document by, then its title ("Kế hoạch phát triển …"); not a verb that is a kind's
# name too ("hướng dẫn", "thông báo", "báo cáo").
_TITLED_KIND = re.compile(rf"\b(?:{'|'.join(fold_accents(name).lower() for name in DOC_TYPES)})\b")


def _joins_title(folded: str, joint: re.Match[str]) -> bool:
    """Whether a plain "và" stands inside the title of the document the question names, asking nothing of its own
    up to the next comma ("… bố trí bao nhiêu tiền cho Kế hoạch phát triển giáo dục nghề nghiệp và giải quyết việc
    làm, đến cuối tháng 9 đã giải ngân được bao nhiêu"): its kind a few words before, no asking word between."""
    if joint.group().strip() != "va":
        return False
    before = folded[:joint.start()]
    kind = [m for m in _TITLED_KIND.finditer(before) if len(before[m.end():].split()) <= _TITLE_WORDS]
    rest = _ITEM_END.split(folded[joint.end():], maxsplit=1)[0]
    # the title goes on (a number, a year or a place ends it: "Thông báo 86/TB-UBND …", "kế hoạch GDNN Hải Phòng"),
    # and the words after it name no second document, place or body ("… và theo KH70 của Hà Nội", "… và Hải Phòng
    # (kế hoạch …)")
    named = before[kind[-1].end():] if kind else ""
    if any(c.isdigit() for c in named) or place_spans(named, BY_FOLDED):
        return False
    return bool(kind) and _ASKS.search(before[kind[-1].start():]) is None and _ASKS.search(rest) is None \
        and not _SEVERAL_DOCUMENTS.search(before[kind[-1].start() - 4:]) and not _OTHER_DOCUMENT.match(rest) \
        and not _DOCUMENT_REFERENCE.search(rest) and "(" not in rest and not place_spans(rest, BY_FOLDED)


# What opens a second document's or place's name after "và": "theo KH70 …", "trong kế hoạch …", "ở Hà Nội".
_OTHER_DOCUMENT = re.compile(r"(?:theo|trong|o|tai|cua|voi|cho|doi voi)\b")


def _joins_places(text: str, folded: str, joint: re.Match[str]) -> bool:
    """Whether a plain "và" joins two places ("Hà Nội và Hải Phòng", "ha noi va bach van"): the sides
    of one question, not two questions. Known provinces, or two capitalised names as typed."""
    if joint.group().strip() != "va":
        return False
    places = place_spans(folded, BY_FOLDED)
    if any(e == joint.start() for _, e, _ in places) and any(s == joint.end() for s, _, _ in places):
        return True
    before, after = text[:joint.start()].split(), text[joint.end():].split()
    return bool(before and after) and all(_NAME_WORD.match(word) for word in (before[-1], after[0]))


def _with_asking_commas(folded: str, cuts: list[int], names: list[tuple[int, int]]) -> list[int]:
    """``cuts`` ([0, joint start, joint end, …, end]) plus each comma between two pieces that both ask."""
    joints = list(zip(cuts[1:-1:2], cuts[2:-1:2], strict=True))
    for m in _COMMA.finditer(folded):
        if any(a < m.end() and m.start() < b for a, b in [*names, *joints]):
            continue
        before = max((e for _, e in joints if e <= m.start()), default=0)
        # up to the next comma or "và" too: "… mỗi trình độ cao đẳng, trung cấp, sơ cấp và tổng bao nhiêu" lists
        after = min((s for s, _ in [*joints, *(c.span() for c in _ITEM_END.finditer(folded, m.end()))]
                     if s >= m.end()), default=len(folded))
        if _ASKS.search(folded[before:m.start()].strip()) and _ASKS.search(folded[m.end():after].strip(" ?")):
            joints.append(m.span())
    return [0, *(i for joint in sorted(joints) for i in joint), cuts[-1]]


def _closes_question(folded: str, cuts: list[int], i: int) -> bool:
    """Whether piece ``i`` of ``cuts`` follows a plain "và" and ends its question at a question mark."""
    before = folded[cuts[2 * i - 1]:cuts[2 * i]] if i else ""
    after = folded[cuts[2 * i + 1]:cuts[2 * i + 2]] if 2 * i + 2 < len(cuts) else ""
    return before.strip() == "va" and "?" in after


# A parenthesis inside a question names or explains (the two plans asked of, an example): a conjunction in it
# joins no two questions.
_PARENTHESIS = re.compile(r"\([^()]*\)")


def question_parts(question: str) -> list[str]:
    """The question's parts, each asking one thing; ``[question]`` when it asks one thing only.

    A conjunction inside an agency's name ("Sở Giáo dục và Đào tạo") is no joint.
    """
    text = canonical(question).strip().rstrip("?").strip()
    folded = pointed_few(fold_accents(text).lower())  # "mấy việc … này": these, asking nothing
    # a conjunction inside a body's name ("Sở Giáo dục và Đào tạo") or a list of years ("năm 2025 và năm 2030")
    names = [(m.start, m.end) for m in find_agency_mentions(text)] + [m.span() for m in _YEARS.finditer(folded)]
    names += [m.span() for m in _PARENTHESIS.finditer(text)]  # "(thực hiện Chiến lược GDNN và NQ 06)": an aside
    if title := _document_title(text, folded):
        names.append(title)  # "Kế hoạch phát triển giáo dục nghề nghiệp và đào tạo nghề … do ai ký": one document
    if frame := _frame(text):
        names.append((0, len(frame)))  # "Sơ cấp và đào tạo thường xuyên: Hải Dương …": one topic every part asks of
    cuts = [0]
    for m in _JOINT.finditer(folded):
        if not any(a < m.end() and m.start() < b for a, b in names) and not _ends_enumeration(folded, m, cuts[-1]) \
                and not _joins_places(text, folded, m) and not _joins_verbs(folded, m, cuts[-1]) \
                and not _joins_title(folded, m):
            cuts += [m.start(), m.end()]
    cuts = _with_asking_commas(folded, cuts + [len(text)], names)
    parts: list[str] = []
    pending: list[str] = []  # noun phrases waiting for the question words of the next asking piece
    for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=True)):
        piece = text[a:b].strip(" ,")
        another = _ANOTHER_ITEM.match(piece) if parts and not pending and not slot_changes(piece) \
            and not place_names(piece) else None
        asked_before = parts[-1][asking_start(fold_accents(parts[-1]).lower()) or len(parts[-1]):].strip() \
            if another else ""
        if another and asked_before:
            # "…, còn thanh niên thất nghiệp thì sao": another item asked the way the part before asks it
            parts.append(f"{another['item']} {asked_before}")
            continue
        start = asking_start(fold_accents(piece).lower())
        if start is None and parts and not pending and _closes_question(folded, cuts, i):
            # "Khi nào trình dự thảo kế hoạch GQVL và đào tạo nghề năm 2027? Ai lo việc này?": a question mark
            # ends the question; the words before it after a plain "và" finish its name, they wait for no next ask
            parts[-1] = f"{parts[-1]} {text[cuts[2 * i - 1]:b].strip()}"
            continue
        if start is None:
            pending.append(piece)
            continue
        if pending and any(a <= n <= a + 1 for n, _ in names):
            # "các sở, ngành và UBND các huyện phải báo cáo trước ngày nào": bodies sharing one duty ask one thing.
            parts.append(" và ".join([*pending, piece]))
        else:
            parts += [f"{p} {piece[start:]}" for p in pending] + [piece]
        pending = []
    asked_first, colon, first_item = parts[-1].rpartition(":") if pending and parts else ("", "", "")
    if colon and asking_start(fold_accents(asked_first).lower()) is not None \
            and asking_start(fold_accents(first_item).lower()) is None:
        # "… có khớp nhau về chỉ tiêu năm 2025 không: tỷ lệ A, và tỷ lệ B?": the ask comes first, the items after
        # its colon are each asked by it, each a part on its own (its profile borrows the whole's years and kinds)
        parts[-1:] = [first_item.strip(), *pending]
        pending = []
    if pending and parts:
        # "…, và con số cho 2030": another year, level or area of the figure just asked is a part of its own
        shared = [_sharing_frame(p, parts[-1]) for p in pending]
        swapped = [s for s, p in zip(shared, pending, strict=True) if s != p and slot_changes(p)]
        if len(swapped) == len(pending):
            parts += swapped
        else:
            parts[-1] = " và ".join([parts[-1], *pending])
    merged: list[str] = []
    for part in parts:
        if merged:
            part = _sharing_frame(part, merged[-1])
        if merged and len(_topic_words(fold_accents(part).lower())) < MIN_PART_WORDS \
                and not _asks_of_the_plan(part, merged[-1]):
            merged[-1] = f"{merged[-1]} và {part}"
        else:
            merged.append(part)
    if frame and len(merged) > 1:
        merged = [merged[0], *(p if p.startswith(frame) else f"{frame}: {p}" for p in merged[1:])]
    asked = asked_years(fold_accents(text).lower())
    merged = [one for part in (merged if len(merged) > 1 else [text]) for by_year in per_year(part, asked)
              for one in per_level(by_year)]
    merged = list(dict.fromkeys(merged))
    return merged if len(merged) > 1 else [question]


# What a question asks of a document itself: its signer, issuer, date or number.
_DOCUMENT_KINDS = frozenset({SIGNER, ISSUER, ISSUE_DATE, DOC_NUMBER})
# A document named by its kind ("kế hoạch", "báo cáo", "quyết định" …), folded.
_KIND_NAMES = "|".join(sorted((re.escape(fold_accents(name).lower()) for name in HEADER_TYPES), key=len, reverse=True))
_DOCUMENT_KIND = re.compile(rf"\b(?:{_KIND_NAMES})\b")
# "hai kế hoạch", "các văn bản", "mỗi KH": documents in the plural; "KH70", "70/KH-UBND", "kế hoạch …": one named.
_SEVERAL_DOCUMENTS = re.compile(rf"\b(?:hai|ba|cac|nhung|moi|tung)\s+(?:van ban|kh|{_KIND_NAMES})\b")
_DOCUMENT_REFERENCE = re.compile(rf"\b(?:kh|qd|nq|ctr)\s?\d+|\d+\s*/\s*[a-z]|\b(?:{_KIND_NAMES})\b")


def _document_title(text: str, folded: str) -> tuple[int, int] | None:
    """The span of the one document a question asks its signer, date or number of, named by its kind and title
    before the words that ask ("Kế hoạch phát triển giáo dục nghề nghiệp và đào tạo nghề năm 2025 … do ai ký"): a
    "và" in a title joins no two asks. Two documents named ("Kế hoạch 70 và Kế hoạch 177 do ai ký") are two."""
    kinds = list(_DOCUMENT_KIND.finditer(folded))
    start = asking_start(folded)
    if len(kinds) != 1 or start is None or start <= kinds[0].end() or _SEVERAL_DOCUMENTS.search(folded) \
            or len(_DOCUMENT_REFERENCE.findall(folded)) > 1 or not profile_question(text).kinds & _DOCUMENT_KINDS:
        return None
    return kinds[0].start(), start


_PLAN_WORD = re.compile(rf"\b{PLAN_KIND_WORD}\b")


def _asks_of_the_plan(part: str, before: str) -> bool:
    """Whether a part naming the plan asks its own signer, issuer, date or number after a part asking none: "…
    cùng thực hiện QĐ nào của Thủ tướng? mỗi KH ai ký?" asks two things, though "ai ký" has no topic words ("do ai
    ký và ban hành ngày nào" asks one document two things, answered together; "thực hiện quyết định nào, ban hành
    ngày nào" the date of the decision)."""
    return bool(profile_question(part).kinds & _DOCUMENT_KINDS) and _PLAN_WORD.search(fold_accents(part).lower()) \
        is not None and not profile_question(before).kinds & _DOCUMENT_KINDS


# "vào năm 2025 và năm 2030", "đến năm 2025 và đến năm 2030", "năm 2025, 2030": one figure asked of several years
# (not a period "2021 - 2025").
_YEARS = re.compile(r"\b(?:nam\s+)?(?:19|20)\d\d"
                    r"(?:\s*(?:,|\bva\b|\bhoac\b)\s*(?:(?:den|vao|trong)\s+)?(?:nam\s+)?(?:19|20)\d\d\b)+")
_ONE_YEAR = re.compile(r"(?:19|20)\d\d")


# A topic set before a colon that every part asks of: "Hạn báo cáo năm ở Hà Nội: theo KH70 … trước ngày nào; còn
# theo KH177 …", "so sánh chỉ tiêu đào tạo nghề cho lao động nông thôn: Hà Nội …, còn Bạch Vân …".
_FRAME = re.compile(r"^(?P<frame>[^:?]{8,120}):\s+\S")


def _frame(text: str) -> str:
    """The topic before a colon that opens the question and asks nothing itself, or ""."""
    m = _FRAME.match(text)
    if m is None:
        return ""
    frame = m.group("frame").strip()
    folded = fold_accents(frame).lower()
    return frame if asking_start(folded) is None and len(_topic_words(folded)) >= MIN_PART_WORDS else ""


def asked_years(folded: str) -> tuple[str, ...]:
    """The years a question enumerates for its figures ("đến năm 2025 và đến năm 2030"), () when it names fewer
    than two so."""
    m = _YEARS.search(folded)
    return tuple(dict.fromkeys(_ONE_YEAR.findall(m.group()))) if m else ()


def per_year(part: str, asked: tuple[str, ...] = ()) -> list[str]:
    """A part asking one figure of several years, one part a year ("… đạt bao nhiêu vào năm 2025 và năm
    2030" asks "… vào năm 2025" and "… vào năm 2030"): each year's figure stands under its own heading.
    A part naming no year of its own beside a sibling that enumerates them is asked of each of those years
    ("… đến năm 2025 và đến năm 2030 có bao nhiêu trường, và khoảng bao nhiêu lượt nghề trọng điểm")."""
    folded = fold_accents(part).lower()
    m = _YEARS.search(folded)
    if m is None:
        if len(asked) > 1 and not _ONE_YEAR.search(folded):
            return [f"{part} năm {year}" for year in asked]
        return [part]
    years = dict.fromkeys(_ONE_YEAR.findall(m.group()))
    return [f"{part[:m.start()]}năm {year}{part[m.end():]}" for year in years]


# Training levels as folded text writes them, and what may stand between two of a list ("cao đẳng, trung cấp và
# sơ cấp", "trình độ cao đẳng; trình độ trung cấp", "hệ cao đẳng — hệ trung cấp").
_LEVEL = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for ws in LEVELS.values() for w in ws), key=len,
                                               reverse=True)) + r")\b")
_LEVEL_GAP = re.compile(r"\s*(?:[,;\u2013\u2014-]|\bva\b|\bhoac\b)?\s*(?:va\s+)?(?:(?:trinh do|he)\s+)?")
# "mỗi loại", "từng trình độ", "chia ra": a figure asked of each item listed, not of them together.
_EACH = re.compile(r"\b(?:moi|tung|chia ra|lan luot)\b")


def asks_each(question: str) -> bool:
    """Whether the question asks its fact of each item it lists ("ngân sách, doanh nghiệp và người học mỗi bên
    bao nhiêu phần trăm", "chia ra từng việc bao nhiêu tiền"): the answer is every item's, not one."""
    text = question.lower()
    typed = _EACH_TYPED.search(text)
    return bool(typed) or (text.isascii() and bool(_EACH.search(text)))  # unaccented "moi" is "mỗi" or "mới"


_EACH_TYPED = re.compile(r"\b(?:mỗi|từng|chia ra|lần lượt)\b")


def per_level(part: str) -> list[str]:
    """A part asking one figure of several training levels, one part a level ("chia ra trình độ cao đẳng, trung
    cấp, sơ cấp mỗi loại bao nhiêu người" asks each level's): each level's figure stands in a row or a line of its
    own. Three levels listed, or two asked of each ("mỗi", "từng", "chia ra"): "cao đẳng, trung cấp chiếm 19%" is
    one figure of the two."""
    folded = fold_accents(part).lower()
    if len(folded) != len(part):
        return [part]
    run: list[re.Match[str]] = []
    for m in _LEVEL.finditer(folded):
        if run and not _LEVEL_GAP.fullmatch(folded[run[-1].end():m.start()]):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    if len(run) < 2 or (len(run) < 3 and not _EACH.search(folded)):
        return [part]
    start, end = run[0].start(), run[-1].end()
    return [f"{part[:start]}{part[m.start():m.end()]}{part[end:]}" for m in run]


def _sharing_frame(part: str, before: str) -> str:
    """A part that leans on the one before it, written out whole.

    "…, và năm 2025 phải lên mức nào", "…, riêng hệ cao đẳng là bao nhiêu", "… và ở Bạch Vân năm 2025 là
    sở nào": another year, level, area or place of the same figure is the part before with that slot set (as a
    follow-up would be).
    "… kiểm định bao nhiêu cơ sở và bao nhiêu chương trình": a part that opens on its question
    words shares the predicate the part before states ahead of its own.
    """
    folded = fold_accents(part).lower()
    slots = slot_changes(part)
    places = place_names(part)
    if (slots or places) and len(_topic_words(cut_spans(folded, sorted([c.span for c in slots] + places)))) \
            < MIN_PART_WORDS:
        for slot in slots:
            before = with_slot(before, slot)
        return _with_place(before, [part[a:b] for a, b in places]) if places else before
    start = asking_start(fold_accents(before).lower())
    if asking_start(folded) == 0 and start:
        return f"{before[:start].rstrip()} {part}"
    subject = _subject(before)
    if subject and not find_agency_mentions(canonical(part)):
        return f"{subject} {part}"
    named = _copula_subject(before)
    if named and (len(_topic_words(folded)) < MIN_PART_WORDS or _PREDICATE_START.match(folded)):
        return f"{named} {part}"
    return part


# A place a part names: a province by name, or a proper name after a place word ("tỉnh Bạch Vân", "ở Bạch Vân"),
# a plan's province the table of provinces does not hold; never a body ("của Sở Nội vụ") nor a document ("của KH70").
_PLACE_WORD = re.compile(
    rf"(?<!\w)(?:tỉnh|thành phố|TP\.?|ở|tại|của)\s+(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}})")
# A name with a number ("của KH70") is a document's.
_NOT_A_PLACE = re.compile(r"^(?:(?:Sở|Ủy|UBND|Trường|Ban|Hội|Phòng|Trung|Kế|Quyết|Nghị|Chương|Chiến|Đề|Bộ|Ngân|Liên|"
                          r"Đoàn|Mặt|Cục|Chi|Tỉnh|Thành|Nhà|KH|QĐ|NQ|CT)\b|\w*\d)")


def place_names(text: str) -> list[tuple[int, int]]:
    """Where the places a text names stand, in order, none overlapping."""
    spans = [(a, b) for a, b, _ in place_spans(fold_accents(text).lower(), BY_FOLDED)]
    bodies = [(m.start, m.end) for m in find_agency_mentions(text)]
    spans += [m.span("name") for m in _PLACE_WORD.finditer(text) if not _NOT_A_PLACE.match(m["name"])
              and not any(a < m.end("name") and m.start("name") < b for a, b in bodies)]
    kept: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):  # the longest of overlapping names
        if not any(span[0] < b and a < span[1] for a, b in kept):
            kept.append(span)
    return sorted(kept)


def _with_place(before: str, names: list[str]) -> str:
    """``before`` asked of another place: its places replaced by the new one, an aside naming its plan dropped
    ("… ở Hà Nội năm 2023 (KH 70) …" of Bạch Vân is "… ở Bạch Vân năm 2023 …"), or the place added."""
    notes = [m.span() for m in _PARENTHESIS.finditer(before) if _PLAN_NAMING.search(fold_accents(m.group()).lower())]
    before = cut_spans(before, notes)
    value = " và ".join(dict.fromkeys(names))
    old = place_names(before)
    if not old:
        return f"{before.rstrip(' ?')} của {value}"
    for a, b in reversed(old):
        before = before[:a] + value + before[b:]
    return before


_COPULA = re.compile(r"\s+la\s*$")
# A part that opens on how an amount or a figure divides or where it comes from, a predicate with no subject of
# its own: "chia theo từng nguồn thế nào", "phân bổ cho những đơn vị nào", "trong đó ngân sách tỉnh bao nhiêu".
_PREDICATE_START = re.compile(r"^(?:(?:duoc\s+)?(?:chia|phan bo|phan chia|huy dong|lay|trich)\b|trong do\b|gom\b)")


def _copula_subject(part: str) -> str:
    """The noun phrase a part asks of with "là" ("Tổng kinh phí thực hiện Kế hoạch là bao nhiêu"): the
    subject of a next part made of a predicate alone ("… và lấy từ những nguồn nào")."""
    folded = fold_accents(part).lower()
    start = asking_start(folded)
    copula = _COPULA.search(folded[:start]) if start else None
    return part[:copula.start()] if copula else ""


def _subject(part: str) -> str:
    """The body a part opens with, and the province named after it ("Ngân hàng Chính sách xã hội Bạch Vân
    dự kiến giải ngân bao nhiêu"): the subject of a next part that names none ("… và báo cáo kết quả cho
    sở nào" is that bank's report)."""
    text = canonical(part)
    mentions = find_agency_mentions(text)
    if not mentions or mentions[0].start > 0:
        return ""
    end = mentions[0].end
    folded = fold_accents(text).lower()
    after = [b for a, b, _ in place_spans(folded, BY_FOLDED) if end <= a <= end + 1]
    return text[:max(after, default=end)]


def parts_by_plan(question: str, table: PlanScope, docs: tuple[str, ...]) -> dict[str, str]:
    """Each plan's own part of a question that asks each plan its own thing ("theo KH70 … trước ngày nào; còn
    theo KH177 … gửi qua Sở GD&ĐT trước ngày nào"), or {} when the question does not divide so.

    A part names the plan it names more strongly than any other in scope; a part naming none goes with the
    plan of the part before it when it points back to it ("… và sở này phải báo cáo … trước ngày nào"), else
    with every plan. A plan's side is then asked with its own parts only, not with another plan's words.
    """
    parts = question_parts(question)
    comparing = COMPARE in profile_question(question).kinds and not _years_apart(parts)
    both = _BOTH.search(_SHARED_PREMISE.sub("", canonical(question).lower()))
    if len(parts) < 2 or len(docs) < 2 or comparing or both:
        return {}  # a comparison of one period, or "A và B cùng thực hiện …", asks the same thing of each side
    own: dict[str, list[str]] = {doc: [] for doc in docs}
    shared: list[str] = []
    every: list[str] = []  # "mỗi kế hoạch giao sở nào …", "theo từng kế hoạch": asked of each plan
    last: str | None = None
    for part in parts:
        if _EACH_PLAN.search(fold_accents(part).lower()):
            every.append(part)
            continue
        evidence = table.evidence(fold_accents(part))
        ranked = sorted(docs, key=lambda d: -evidence.get(d, 0.0))
        top = evidence.get(ranked[0], 0.0)
        if top >= 1.0 and top > evidence.get(ranked[1], 0.0):
            last = ranked[0]
            own[last].append(part)
        elif last is not None and _BACK_REFERENCE.search(canonical(part).lower()):
            own[last].append(part)  # "… và sở này phải báo cáo … trước ngày nào"
        else:
            shared.append(part)  # "…, và UBND Thành phố nhận báo cáo trước ngày nào": asked of each plan
    if sum(bool(p) for p in own.values()) < 2 or any(p and _elliptic(p, table) for p in own.values()):
        return {}  # "… của Bạch Vân bao nhiêu, còn của Hải Phòng là bao nhiêu": one topic asked of both
    return {doc: "; ".join([*p, *shared, *every]) for doc, p in own.items() if p}


def _years_apart(parts: list[str]) -> bool:
    """Whether the parts name different years ("So sánh …: kế hoạch của Hải Dương cho năm 2023 …, còn của Hải Phòng
    cho năm 2025 …"): a comparison across periods asks each side its own year."""
    years = {frozenset(_ONE_YEAR.findall(part)) for part in parts} - {frozenset()}
    return len(years) > 1


# What names a plan rather than a topic: its kind and number ("Kế hoạch 177", "KH70", "chiến lược GDNN"), an aside.
_PLAN_NAMING = re.compile(r"\([^()]*\)|\b(?:ke hoach|kh|chien luoc|de an|chuong trinh|nghi quyet|nq|quyet dinh|qd)\b"
                          r"(?:\s+(?!cua\b|la\b|va\b|con\b|thi\b|nam\b)\S+){0,3}|\b(?:kh|nq|qd)?\d+\S*")


def _elliptic(parts: list[str], table: PlanScope) -> bool:
    """Whether a plan's own parts ask nothing of their own once the plans', places' and bodies' names are set
    aside: "của Hải Phòng (kế hoạch chiến lược GDNN) là bao nhiêu", "Ngân hàng Chính sách xã hội trong kế hoạch
    2025 của Bạch Vân" lean on what another plan's part asks."""
    text = canonical(" ".join(parts))
    folded = fold_accents(text).lower()
    places = [(a, b) for a, b, _ in place_spans(folded, BY_FOLDED)]
    places += [(m.start, m.end) for m in find_agency_mentions(text)]  # the body asked of, not what is asked
    places += [m.span() for key in table.keys if key.province is not None
               for m in re.finditer(key.province.pattern, folded, re.IGNORECASE)]
    folded = cut_spans(folded, sorted(set(places)))
    return len(_topic_words(_PLAN_NAMING.sub(" ", folded))) < MIN_PART_WORDS


_BOTH = re.compile(r"(?<!phối hợp )(?<!\w)cùng(?!\w)")
# A premise both parts share, said before them ("Cùng dựa trên QĐ 761: Hà Nội …, còn Hải Dương …"): no same ask.
_SHARED_PREMISE = re.compile(r"^\s*cùng\b[^:?]{0,120}:\s*")
# Words pointing back to what the part before named ("sở này", "kế hoạch đó", "nói trên"), as typed with marks.
_BACK_REFERENCE = re.compile(r"(?<!\w)(?:này|đó|nói trên)(?!\w)")
_EACH_PLAN = re.compile(r"\b(?:moi|tung|ca hai|hai) (?:ke hoach|ben|van ban|tinh|thanh pho|dia phuong)\b")
