"""Plan scope: which plans a question names, by number, province, title words and year.

The same sentence ("Sở Tài chính chủ trì…") appears in several plans and
only the scope tells them apart; everything is learned from the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from index.metadata import PlanMetadata
from index.normalize import fold_accents
from index.vocab.dates import DATE, YEAR, YEAR_SPAN, years_spanned
from index.vocab.documents import FOLDED_DOC_TYPES, FOLDED_DOCUMENT_REFERENCE, FOLDED_DOCUMENT_WORD, pointed_kinds

_SYLLABLE = re.compile(r"[0-9]+|[^\W_]+", re.UNICODE)


def _bigrams(folded: str) -> set[str]:
    syllables = _SYLLABLE.findall(folded)
    return {f"{a} {b}" for a, b in zip(syllables, syllables[1:])}


# Function words of plan titles: a pair made only of these says nothing.
_TITLE_FILLER = frozenset(
    "ve va cua cac cho den nam giai doan tam nhin ngay so thuc hien trien khai tren dia ban thanh pho tinh "
    "ke hoach kh ubnd nhan dan uy ban tai theo voi".split()
)


def _signature_grams(plan: PlanMetadata) -> set[str]:
    """The title's word pairs, and the pair people name the plan by, its kind and its title's first word ("đề án tự
    chủ" of the Đề án "Tự chủ của Trường …"); a kind alone ("đề án" in "… thực hiện Đề án …") names no plan."""
    province = set(_SYLLABLE.findall(fold_accents(plan.province)))
    title = fold_accents(plan.title).lower()
    kind = fold_accents(plan.issues or plan.doc_type).lower()
    named = f"{kind.split()[-1]} {title.split()[0]}" if kind and title.split() else ""
    return {
        gram
        for gram in _bigrams(title) | ({named} if named else set())
        if not set(gram.split()) <= _TITLE_FILLER and not set(gram.split()) & province and gram not in FOLDED_DOC_TYPES
    }


def _title_signatures(plans: Iterable[PlanMetadata]) -> dict[str, frozenset[str]]:
    """Title bigrams that belong to one plan only: what tells plans of a province apart.

    The province (scored on its own) and pairs of filler words are left out.
    """
    grams = {plan.doc: _signature_grams(plan) for plan in plans}
    counts: dict[str, int] = {}
    for bag in grams.values():
        for gram in bag:
            counts[gram] = counts.get(gram, 0) + 1
    return {doc: frozenset(g for g in bag if counts[g] == 1) for doc, bag in grams.items()}


# A title's words name a plan where they follow a document's kind ("kế hoạch đào tạo nghề cho lao động nông thôn",
# within NAMED_SPAN syllables); elsewhere they may only state the question's topic ("nhiệm vụ gì liên quan đến đào
# tạo nghề"), and count half.
NAMED_SPAN = 10
TITLE_NAMED = 0.5
TITLE_TOPIC = 0.25


def _naming_grams(folded: str) -> set[str]:
    """The question's word pairs that stand where a document is named: right after its kind."""
    syllables = list(_SYLLABLE.finditer(folded))
    marked: set[int] = set()
    for word in FOLDED_DOCUMENT_WORD.finditer(folded):
        first = next((k for k, s in enumerate(syllables) if s.start() >= word.end()), len(syllables))
        marked.update(range(first, first + NAMED_SPAN))
    return {f"{syllables[i].group()} {syllables[i + 1].group()}" for i in marked if i + 1 < len(syllables)}


_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class DocumentReference:
    """A document named by its number: digits without leading zeros, folded type code, span."""

    number: str
    code: str
    span: tuple[int, int]
    issuer: str = ""  # the tail's issuer code ("/qd-ttg" → "ttg", "/kh-ubnd" → "ubnd"), "" without one
    year: int | None = None  # the year of the date written right after it ("… ngày 28/6/2022"), None without one


# The date a document's number is dated by, right after it, folded: "177/kh-ubnd ngay 28/6/2022", "…, ngày 28 tháng 6
# năm 2022". Numbers start again each year: a number dated in another year is another document.
_DATED = re.compile(r"\s*,?\s*(?:ban hanh\s+)?ngay\s+\d{1,2}\s*(?:/\s*\d{1,2}\s*/|\s+thang\s+\d{1,2}\s+nam)\s*"
                    r"(?P<y>(?:19|20)\d\d)(?!\d)")


def document_references(folded: str) -> list[DocumentReference]:
    """Every document a folded text names by number, of any type ("qd 647", "70/kh-ubnd", "06-nq/tu").

    The code of the number's own tail ("/qd-ubnd") wins over the type word before it.
    """
    out = []
    for m in FOLDED_DOCUMENT_REFERENCE.finditer(folded):
        code = _LETTERS.search(m["tail"]).group(0) if m["tail"] else FOLDED_DOC_TYPES.get(m["type"], m["type"])  # type: ignore[union-attr]  # a coded tail has letters
        issuer = _TAIL_ISSUER.search(m["tail"] or "")
        dated = _DATED.match(folded, m.end())
        out.append(DocumentReference(m["num"].lstrip("0") or "0", code, m.span(), issuer.group(1) if issuer else "",
                                     int(dated["y"]) if dated else None))
    return out


def _citation(number: str, code: str) -> str:
    """A folded citation of a document by number and type code, not part of another number."""
    return rf"(?<![\d.,/])0*{re.escape(number)}\s*[-/]\s*(?:(?:19|20)\d\d\s*/\s*)?{re.escape(code)}(?![a-z])"


def cites_document(folded: str, number: str, code: str) -> bool:
    """Whether a folded text cites a document by its number and type code: "37-ct/tw", "06/nq-cp",
    "12/2024/nq-hdnd" for ("37", "ct"), ("6", "nq"), ("12", "nq"); not another number of that type."""
    return re.search(_citation(number, code), folded, re.IGNORECASE) is not None


# The date a citation gives its document, right after its number and issuer code: "37-CT/TW, ngày 10/7/2024",
# "số 06/NQ-CP ngày 10 tháng 01 năm 2023"; not a date further on, another document's. Stated whole, with its year.
_CITED_DAY = r"[\w/-]*\s*,?\s*(?:ngay|ban hanh ngay)\s+\d{1,2}"
_CITED_DATE = _CITED_DAY + r"(?:\s*[/.-]\s*\d{1,2}|\s+thang\s+\d{1,2})"
_FULL_CITED_DATE = _CITED_DAY + r"(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+thang\s+\d{1,2}\s+nam\s+\d{4})"


def dates_cited(folded: str, number: str, code: str) -> bool:
    """Whether a folded text cites a document with its date: the line that can say when it was issued."""
    return re.search(_citation(number, code) + _CITED_DATE, folded, re.IGNORECASE) is not None


def cited_with_date(text: str, number: str, code: str) -> str:
    """The citation of a document with its date, as the (canonical, one letter a letter folded) text writes it:
    "Chỉ thị số 37-CT/TW, ngày 10/7/2024" of "… thực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư …";
    "" when the text gives the document no date."""
    m = re.search(r"(?:(?:[a-z]+\s+){1,2}so\s+)?" + _citation(number, code) + _FULL_CITED_DATE, fold_accents(text),
                  re.IGNORECASE)
    return text[m.start():m.end()] if m else ""


_TAIL_ISSUER = re.compile(r"[-–]\s*([a-z]+)\s*$")


def _own_reference(plan: PlanMetadata) -> tuple[str, str] | None:
    """(number, code) of the plan's own document number, None when it has none (a draft)."""
    refs = document_references(fold_accents(plan.number)) if plan.number else []
    return (refs[0].number, refs[0].code) if refs else None


@dataclass(frozen=True)
class _PlanKeys:
    doc: str
    province: re.Pattern[str] | None
    reference: tuple[str, str] | None
    cited: frozenset[tuple[str, str]]  # the documents its title says it implements ("Nghị quyết số 06/NQ-CP")
    years: frozenset[str]  # its year of issue and the years of the period its title names
    issued: int | None  # its year of issue
    signature: frozenset[str]
    kinds: frozenset[str] = frozenset()  # its kind and the one it issues, folded ("quyet dinh", "ke hoach")


class PlanScope:
    """What names each plan in a question, compiled once per catalogue.

    A plan's number, of whatever document type, named with the same type
    ("70/KH-UBND", "kế hoạch 70"; "QĐ 647", "quyết định 647" for "647/QĐ-UBND")
    is decisive (2), a document its title says it implements nearly so ("kế hoạch thực hiện NQ06": 1.5),
    a province name strong (1), words of the plan's title that
    no other plan shares up to 1.5 (they tell two plans of one province apart:
    "Chiến lược…" vs "Nghị quyết 06…"), the year of issue or a year of the
    period the title names weak (0.5), the kind of document the question points at ("thông báo này") as strong as
    a province when only some plans are of that kind (1). Learned
    from the catalogue, nothing fixed; with hundreds of plans, compiling per
    query would dominate: build it with ``PlanScope.of``, which compiles each
    catalogue (and each province's part of it) once.
    """

    @staticmethod
    def of(plans: dict[str, PlanMetadata]) -> PlanScope:
        """The compiled scope of a catalogue, compiled once per distinct catalogue (a few kept)."""
        return _compiled(tuple(plans.items()))

    def __init__(self, plans: dict[str, PlanMetadata]) -> None:
        signatures = _title_signatures(plans.values())
        self.keys = [self._keys(plan, signatures[doc]) for doc, plan in plans.items()]
        # The plans' own (number, code) pairs and type codes; the numbers they carry or cite in their titles.
        self.own_references = frozenset(key.reference for key in self.keys if key.reference)
        self.own_codes = frozenset(code for _, code in self.own_references)
        # Who issues the plans ("ubnd"): a number issued by another body ("/QĐ-TTg") is a document they cite.
        self.own_issuers = frozenset(
            ref.issuer for plan in plans.values() for ref in document_references(fold_accents(plan.number))
        )
        self.known_numbers = frozenset(
            ref.number
            for plan in plans.values()
            for ref in document_references(fold_accents(f"{plan.number} {plan.title}"))
        )
        # The documents the plans' titles implement ("Kế hoạch thực hiện Nghị quyết số 06/NQ-CP"): naming one names
        # the plan implementing it.
        self.title_references = frozenset(
            (ref.number, ref.code) for plan in plans.values() for ref in document_references(fold_accents(plan.title))
        )
        # Kinds only some plans are: "thông báo này" names the Thông báo among Kế hoạch, not one of two Thông báo.
        self.telling_kinds = frozenset(k for key in self.keys for k in key.kinds
                                       if not all(k in other.kinds for other in self.keys))

    @staticmethod
    def _keys(plan: PlanMetadata, signature: frozenset[str]) -> _PlanKeys:
        province = re.compile(rf"\b{re.escape(fold_accents(plan.province))}\b") if plan.province else None
        # "giai đoạn 2021 - 2030" covers 2025 as much as a plan issued in 2025; a cited document's date does not.
        period = {str(y) for y in years_spanned(DATE.sub(" ", plan.title))}
        years = frozenset(period | ({str(plan.year)} if plan.year else set()))
        own = _own_reference(plan)
        cited = frozenset((r.number, r.code) for r in document_references(fold_accents(plan.title))) - {own}
        kinds = frozenset(fold_accents(kind).lower() for kind in (plan.doc_type, plan.issues) if kind)
        return _PlanKeys(plan.doc, province, own, cited, years, plan.year, signature, kinds)

    def misdated(self, folded_question: str) -> set[str]:
        """The numbers the question dates in a year no plan owning that number was issued in ("Kế hoạch số
        177/KH-UBND ngày 28/6/2022" beside a Kế hoạch 177 of 2025): another document of the same number."""
        return {ref.number for ref in document_references(folded_question) if ref.year and any(
            key.reference == (ref.number, ref.code) for key in self.keys) and not any(
            key.reference == (ref.number, ref.code) and _dated_as(key, ref.year) for key in self.keys)}

    def owners(self, number: str) -> set[str]:
        """The plans whose own number is ``number``."""
        return {key.doc for key in self.keys if key.reference and key.reference[0] == number}

    def evidence(self, folded_question: str) -> dict[str, float]:
        question_grams = _bigrams(folded_question)
        naming = _naming_grams(folded_question)
        # a number dated in another year than a plan's names another document (``misdated``)
        dated = {(ref.number, ref.code): ref.year for ref in document_references(folded_question)}
        references = set(dated)
        # a number some plan owns names that plan, not the plans whose titles cite a document of that number
        cited = references - self.own_references
        # a span of years ("Đề án … giai đoạn 2018-2025") is a period: a plan of its last year alone is not named by it
        spans = [m for m in YEAR_SPAN.finditer(folded_question) if m[2]]
        years = set(YEAR.findall(YEAR_SPAN.sub(lambda m: " " if m[2] else m[0], folded_question)))
        periods = [{m[1], m[2]} for m in spans]
        province_found: dict[str, bool] = {}  # hundreds of plans share a few dozen provinces
        pointed = pointed_kinds(folded_question) & self.telling_kinds
        raw: dict[str, float] = {}
        for key in self.keys:
            score = 0.0
            if key.province is not None:
                if key.province.pattern not in province_found:
                    province_found[key.province.pattern] = key.province.search(folded_question) is not None
                score += 1.0 if province_found[key.province.pattern] else 0.0
            if key.reference in references and _dated_as(key, dated[key.reference]):
                score += 2.0
            elif key.cited & cited:
                score += 1.5
            title = key.signature & question_grams
            score += min(1.5, TITLE_NAMED * len(title & naming) + TITLE_TOPIC * len(title - naming))
            if key.years & years or any(period <= key.years for period in periods):
                score += 0.5
            if key.kinds & pointed:
                score += 1.0
            raw[key.doc] = score
        return raw

    def scores(self, folded_question: str) -> dict[str, float]:
        """Scope evidence scaled to [0, 1] by the best plan's."""
        raw = self.evidence(folded_question)
        top = max(raw.values(), default=0.0)
        return {doc: s / top for doc, s in raw.items()} if top > 0 else {}


def _dated_as(key: _PlanKeys, year: int | None) -> bool:
    """Whether a reference to the plan's number, dated in ``year`` (None: undated), names the plan: numbers start
    again each year, so one dated in another year than the plan's is another document."""
    return year is None or key.issued in (None, year)


@lru_cache(maxsize=64)
def _compiled(plans: tuple[tuple[str, PlanMetadata], ...]) -> PlanScope:
    # Keyed by content: a changed plan (a re-ingested upload) compiles a new scope, an unchanged catalogue never.
    return PlanScope(dict(plans))


def scope_evidence(folded_question: str, plans: dict[str, PlanMetadata]) -> dict[str, float]:
    return PlanScope.of(plans).evidence(folded_question)


def scope_scores(folded_question: str, plans: dict[str, PlanMetadata]) -> dict[str, float]:
    return PlanScope.of(plans).scores(folded_question)
