"""The heading tree of a plan: its numbered parts, tables, and the synthetic parts around them.

Vietnamese plans number their parts with several systems: roman sections,
numbered items, sub-items and letters (I. › 1. › 1.1 › a)), capital-letter
parts (A. › I.), "Phần I" / "Phần thứ nhất" parts, the legal structure of
decisions ("Chương I", "Mục 1", "Điều 1."), and the dash-numbered "I- / 1- /
a-" of web copies (see `index.vocab.markers`). The markdown heading levels of
exported files are inconsistent, so the numbering itself decides the rank,
and **the rank of a kind is its nesting order in the document**: the first
kind seen is the top level, a kind first seen inside another is below it
(roman › number › sub-number › letter and Phần › Chương › Mục › Điều keep
their order whatever comes first). So "Phần I > 1. > a)" and "A. > I. > 1. >
a)" both nest right. Bullets ("-", "+") are paragraphs, not headings. A text that numbers none of its parts (an
infographic read to text, a post, a slide's notes) is headed by its short lines in capitals ("CHỈ TIÊU NĂM 2026",
"AI LÀM GÌ?") past its title, and a body's name over bullets heads that body's duties anywhere in it.

A file may hold two documents: a Quyết định that issues ("ban hành kèm
theo") a Kế hoạch, then the plan with its own national header. After a
signature block, a national header, a document-type title ("KẾ HOẠCH") or a
"(Ban hành kèm theo …)" line starts a new document; an annex heading
("Phụ lục …") starts a part of its own anywhere after the first section.
Each document gets its own header/basis/closing/signature parts, and the
numbered sections of an issuing decision are gathered under one synthetic
section ("Quyết định ban hành"), so the plan's sections stay top-level and
out of "Phần kết".

Data tables (`index.tables`) are blocks of their own inside their section.
Pure functions over the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.agencies import bare_agency
from index.tables import Table, find_tables
from index.vocab.dates import FIGURE_NOT_YEAR
from index.vocab.documents import ISSUED_TYPES, ISSUER_LINES, LETTER_SUBJECT, opens_gazette
from index.vocab.documents import ISSUED_WITH as DECISION_NOTE
from index.vocab.language import is_translation
from index.vocab.markers import (
    ANNEX_TABLE,
    ANY_MARKER,
    BOOK_PART,
    BULLET,
    FIXED_ORDERS,
    FOOTNOTE_LINE,
    RUN_IN_HEADING,
    RUN_IN_TITLE_WORDS,
    classify_marker,
    strip_marker,
)
from index.vocab.phrases import (
    ADDRESSEES_LABEL,
    CLOSING_START,
    COPY_MARK,
    COPY_NUMBER,
    DOCUMENT_TITLE,
    DOCUMENT_TITLE_START,
    ISSUED_WITH,
    LEGAL_BASIS,
    MOTTO,
    NUMBER_LINE,
    PLACE_DATE_LINE,
    PLAN_ANNOUNCED,
    SIGNATURE_LINE,
    SIGNATURE_START,
    TABLE_CAPTION,
    is_header_line,
)

# Synthetic parts are named after what readers look for in them: "số hiệu",
# "ngày ban hành", "người ký" are the words of the questions they answer.
HEADER_TITLE = "Số hiệu, ngày ban hành và tên kế hoạch"
BASIS_TITLE = "Căn cứ ban hành kế hoạch"
CLOSING_TITLE = "Phần kết"
OPENING_TITLE = "Phần mở đầu"  # a Chỉ thị's assessment before its directives, when it cites no legal basis
NOTES_TITLE = "Chú thích"  # footnotes read at the end of the text ("[1] Quyết định số 215/QĐ-UBND …")
SIGNATURE_TITLE = "Nơi nhận và người ký"
COPY_TITLE = "Bản sao y bản chính"  # a copying office's block after the document: its own number, date, signer
# The numbered sections (Điều 1, 2, 3) of a decision that issues the plan following it.
DECISION_TITLE = "Quyết định ban hành"
_ISSUER_TITLES = {"QUYẾT ĐỊNH": DECISION_TITLE, "NGHỊ QUYẾT": "Nghị quyết ban hành", "CHỈ THỊ": "Chỉ thị ban hành"}
_ISSUER_FALLBACK = "Văn bản ban hành"

# Bare headings of these kinds ("PHẦN THỨ NHẤT", "Chương I", "Mục 2", "PHỤ LỤC") often put their
# title on the next line ("KẾT QUẢ THỰC HIỆN NĂM 2025"); the section is named by both.
_TITLED_KINDS = ("annex", "part", "chapter", "division")
_TITLE_LINE_CHARS = 160
_TITLE_WORDS = 8  # a title's line closed by a stop is short ("Về đào tạo nghề năm 2026.")
_QUESTION_CHARS = 250  # a question line over its answer is one sentence
_CAPS_HEADING_WORDS = 12  # a part's heading in capitals is a few words ("HỖ TRỢ NGƯỜI HỌC")
_CAPS_LETTERS = 4
_UNNUMBERED = ("body", "question", "book")  # headings without a number, closed by the next heading
# Capital-letter parts run A, B, C …; Vietnamese order (… D, Đ, E, G …) or Latin.
_LETTER_ORDERS = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ABCDĐEGHIKLMNOPQRSTUVXY")


@dataclass(frozen=True)
class Block:
    """One paragraph of the normalised text, with its character span.

    A data table is one block spanning its rows, with ``table`` set (``kind``
    "table"); its ``text`` is the rows as written, blank lines included.
    """

    text: str
    start: int
    end: int
    table: Table | None = field(default=None, compare=False, repr=False)

    @property
    def kind(self) -> str:
        return "paragraph" if self.table is None else "table"


@dataclass
class Section:
    # root | header | basis | decision | closing | signature | notes | copy (synthetic);
    # annex | part | chapter | division | article | capital | roman | number | subnumber | letter | label;
    # body: an unnumbered line naming the body whose duties follow ("#### Sở Tài chính");
    # question: a question line of a guidance's questions and answers, over its answer
    kind: str
    # the heading paragraph as written ("" for the root); a bare "PHẦN THỨ NHẤT" / "Chương I" / "PHỤ LỤC"
    # heading is followed by the title line under it: "PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NĂM 2025"
    title: str
    heading: Block | None = None
    body: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    rank: int = 0  # the nesting order of its kind in its document (1 = top); synthetic parts 1, decision 0

    @property
    def tables(self) -> list[Table]:
        """The data tables of this section's own body, in order."""
        return [b.table for b in self.body if b.table is not None]

    def walk(self, path: tuple[Section, ...] = ()):
        """Yield (ancestors-and-self, section) in document order."""
        here = path + (self,) if self.kind != "root" else path
        if self.kind != "root":
            yield here, self
        for child in self.children:
            yield from child.walk(here)


def split_blocks(text: str) -> list[Block]:
    """Paragraphs of a normalised text (separated by blank lines) with offsets."""
    blocks: list[Block] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        para = match.group(0).strip()
        if not para:
            continue
        run_in = RUN_IN_HEADING.match(para)
        if run_in and len(run_in["title"].split()) <= RUN_IN_TITLE_WORDS:
            # "4. Tổ chức thực hiện. Sau khi …": the heading, then its text as the part's first paragraph
            cut = match.start() + run_in.end()
            blocks.append(Block(para[:run_in.end()].strip(), match.start(), cut))
            blocks.append(Block(text[cut:match.end()].strip(), cut, match.end()))
        else:
            blocks.append(Block(para, match.start(), match.end()))
    return blocks


def table_blocks(text: str) -> list[Block]:
    """Paragraphs of a normalised text, each data table merged into one block with ``table`` set."""
    blocks = split_blocks(text)
    out: list[Block] = []
    last = 0
    for first, stop, table in find_tables(blocks):
        out.extend(blocks[last:first])
        start, end = blocks[first].start, blocks[stop - 1].end
        out.append(Block(text[start:end], start, end, table))
        last = stop
    out.extend(blocks[last:])
    return out


def classify(paragraph: str) -> tuple[str, int, str] | None:
    """(kind, default rank, marker) when the paragraph opens a numbered part (`index.vocab.markers`)."""
    return classify_marker(paragraph)


def _trailing_notes(closing: list[Block]) -> tuple[list[Block], list[Block]]:
    """The closing part (or a last section's body) less the footnotes read at its end ("[1] …", "[2] …"): a part of
    their own, text like the body's, not the signer's block nor an annex's rows."""
    start = len(closing)
    while start > 0 and FOOTNOTE_LINE.match(closing[start - 1].text):
        start -= 1
    return closing[:start], closing[start:]


def _notes_after_sections(sections: list[Section]) -> list[Block]:
    """The footnotes read at the end of a text whose last part is a section, not a signature (an annex after the
    signature, "[1] …", "[2] …" after its table): taken off the end of the last section's body, theirs no more."""
    last = sections[-1] if sections else None
    while last is not None and last.children:
        last = last.children[-1]
    if last is None:
        return []
    last.body[:], notes = _trailing_notes(last.body)
    return notes


def _split_at(blocks: list[Block], pattern: re.Pattern[str]) -> tuple[list[Block], list[Block]]:
    for i, block in enumerate(blocks):
        if pattern.match(block.text):
            return blocks[:i], blocks[i:]
    return blocks, []


def _place(order: list[str], kind: str, inside: str | None) -> None:
    """Insert a kind seen for the first time into a document's order of kinds.

    It goes right below the kind of the innermost open section (at the top
    when none is open), within the bounds its fixed family sets.
    """
    low, high = 0, len(order)
    if order and order[0] == "annex":
        low = 1
    for family in FIXED_ORDERS:
        if kind in family:
            mine = family.index(kind)
            for i, other in enumerate(order):
                if other in family:
                    if family.index(other) < mine:
                        low = max(low, i + 1)
                    else:
                        high = min(high, i)
    wanted = order.index(inside) + 1 if inside is not None else 0
    order.insert(min(max(wanted, low), max(low, high)), kind)


@dataclass
class _Document:
    """One document of the file (or an annex) while it is parsed."""

    annex: bool = False
    copy: bool = False  # a certified copy's block (``COPY_MARK``): read whole, as one part
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    signed_slides: list[Block] = field(default_factory=list)  # a deck's signature blocks on slides before the last
    stack: list[Section] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    capital: str | None = None
    caps_headings: bool = False  # the file numbers none of its parts: its lines in capitals head them
    caps_until_numbered: bool = False  # … or only until its first numbered part (a booklet sent after a letter)

    def heading(self, block: Block) -> tuple[str, str] | None:
        """(kind, marker) when the block opens a numbered part of this document, or a part headed in capitals."""
        if block.table is not None:
            return None
        found = classify(block.text)
        if found is None:
            return ("caps", "") if self.caps_headings and self.past_title() and _caps_heading(block.text) else None
        kind, _rank, marker = found
        if kind == "capital" and not self._next_capital(marker):
            return None
        return kind, marker

    def translates_heading(self, block: Block) -> bool:
        """Whether the block is the open part's heading in another language, right under it with its number ("6.1.
        Ban Quản lý dự án" / "6.1. Project Management Unit (PMU)" in a bilingual plan): no part of its own."""
        last = self.stack[-1] if self.stack else None
        if last is None or last.heading is None or last.body or last.children or block.table is not None:
            return False
        return translates(last.heading.text, block.text)

    def past_title(self) -> bool:
        """Whether a line in lower case has been read: the capitals above it are the document's own title lines."""
        return bool(self.sections) or any(c.islower() for b in self.preamble for c in b.text)

    def _next_capital(self, letter: str) -> bool:
        if self.capital is None:
            return letter == "A"
        return any(
            self.capital in order and order.index(self.capital) + 1 < len(order)
            and order[order.index(self.capital) + 1] == letter
            for order in _LETTER_ORDERS
        )

    def titles_annex(self) -> bool:
        """Whether the last part opened is an annex with nothing under it yet: the line after "Phụ lục I" is its
        title."""
        return bool(self.stack) and self.stack[-1].kind == "annex" and not self.stack[-1].body \
            and not self.stack[-1].children

    def open(self, kind: str, marker: str, block: Block) -> None:
        self._close_body()
        if self.caps_until_numbered and kind != "caps":
            # the first numbered part ends the parts headed in capitals: none of them holds it
            self.caps_headings = self.caps_until_numbered = False
            self.stack.clear()
        if kind not in self.order:
            _place(self.order, kind, self.stack[-1].kind if self.stack else None)
        position = self.order.index(kind)
        if kind == "capital":
            self.capital = marker
        elif "capital" in self.order and position < self.order.index("capital"):
            self.capital = None  # letters under a new section start again at "A"
        while self.stack and self.order.index(self.stack[-1].kind) >= position:
            self.stack.pop()
        section = Section(kind=kind, title=block.text, heading=block)
        (self.stack[-1].children if self.stack else self.sections).append(section)
        self.stack.append(section)

    def open_book_part(self, block: Block) -> None:
        """A booklet's part named by what it is ("Lời nói đầu", "Giải thích từ ngữ"): a part at the top, whatever part
        stood open (a glossary after the last annex's last item is none of that item's)."""
        self.stack.clear()
        section = Section(kind="book", title=block.text.rstrip(":").strip(), heading=block)
        self.sections.append(section)
        self.stack.append(section)

    def open_body(self, block: Block, kind: str = "body") -> None:
        """An unnumbered heading (a body's name, a question): a child of the innermost numbered part (a part of its
        own in a text that numbers none), closed by the next heading."""
        self._close_body()
        section = Section(kind=kind, title=block.text.rstrip(":").strip(), heading=block)
        (self.stack[-1].children if self.stack else self.sections).append(section)
        self.stack.append(section)

    def _close_body(self) -> None:
        while self.stack and self.stack[-1].kind in _UNNUMBERED:
            self.stack.pop()

    def add(self, block: Block) -> None:
        (self.stack[-1].body if self.stack else self.preamble).append(block)

    def signed(self) -> bool:
        return any(SIGNATURE_START.match(b.text) for b in self.closing)

    def doc_type(self) -> str:
        return next((b.text.strip() for b in self.preamble if DOCUMENT_TITLE.match(b.text)), "")

    def ranked(self) -> list[Section]:
        """The sections with their ranks set, bare "Chương I" headings named by their title line."""
        for path, section in (s for top in self.sections for s in top.walk()):
            if section.kind in _UNNUMBERED:
                # (a body's name heading a text that numbers none stands at the top)
                section.rank = path[-2].rank + 1 if len(path) > 1 else 1
            else:
                section.rank = self.order.index(section.kind) + 1
            if section.kind in _TITLED_KINDS and section.body and _is_title_line(section.heading, section.body[0]):
                section.title = f"{section.title.rstrip(' .:-–')}: {section.body[0].text}"
        return self.sections


def translates(heading: str, line: str) -> bool:
    """Whether a line is a numbered heading said over in another language with its number ("6.1. Project Management
    Unit (PMU)" under "6.1. Ban Quản lý dự án"), judged by its words past the number ("I. 0" under "I. Sở" has
    none): kept as its part's text, no part of its own and no task."""
    found, own = classify(line), classify(heading)
    return found is not None and own is not None and found[2] == own[2] and is_translation(
        strip_marker(line), strip_marker(heading))


def _is_title_line(heading: Block | None, following: Block) -> bool:
    """Whether a bare heading ("PHẦN THỨ NHẤT", "Chương I") has its title on the next line."""
    if heading is None or following.table is not None or classify(following.text) is not None:
        return False
    found = classify(heading.text)
    if found is None or heading.text.rstrip(" .:-–") != found[2]:
        return False
    text = following.text
    if len(text) > _TITLE_LINE_CHARS or text.startswith(("(", "-", "+", "•")):
        return False
    return not any(c.islower() for c in text) or not text.endswith((".", ";", ":", ","))


def _starts_document(doc: _Document, block: Block) -> bool:
    """After a signature block: a national header, a document title, "(Ban hành kèm theo …)", or a letter's subject
    ("V/v triển khai Kế hoạch …": the cover letter an e-mail carries after the plan it sends)."""
    if not doc.signed() or block.table is not None:
        return False
    text = block.text
    return bool(MOTTO.search(text.upper()) or DOCUMENT_TITLE.match(text) or ISSUED_WITH.match(text)
                or LETTER_SUBJECT.match(text))


_ATTACHED_TOP_KINDS = ("part", "chapter", "roman", "capital")  # the parts a text attached after a signature opens
_ATTACHED_MIN_BLOCKS = 8  # lines enough after a signature to be a text of its own, not a note under the signer


def _goes_on_after_signer(doc: _Document, block: Block, found: tuple[str, str] | None, following: Block | None,
                          left: int) -> bool:
    """After a signature block and its signer's name: a heading that opens parts of a text of its own ("PHẦN I. CHỈ
    TIÊU …", "CĂN CỨ PHÁP LÝ" over its lines), with a good many lines still to come. A province's booklet opens with
    the Sở's signed letter that sends it and goes on with no title of its own; read as the letter's "Nơi nhận",
    the whole booklet would be a signature."""
    if not doc.signed() or block.table is not None or following is None or left < _ATTACHED_MIN_BLOCKS:
        return False
    titles = _signature_titles(doc.closing)
    if not titles or len(doc.closing) < titles[-1] + 2:
        return False  # the line under the last title is the signer's name, even in capitals
    if found is not None and found[0] != "caps":
        return found[0] in _ATTACHED_TOP_KINDS
    # over body text, not over the next document's header ("TỈNH THỤY BÌNH" over "Số: /QĐ-UBND")
    return (_caps_heading(block.text) and following.table is None and any(c.islower() for c in following.text)
            and not is_header_line(following.text))


def _is_plan(doc: _Document) -> bool:
    """Whether a document's type line names a plan ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN")."""
    return doc.doc_type().upper().startswith(tuple(kind.upper() for kind in ISSUED_TYPES))


def _trailing_header(closing: list[Block]) -> int:
    """Where the next document's header lines (issuer, motto, number) begin at the end of a closing."""
    start = len(closing)
    while start > 0 and is_header_line(closing[start - 1].text) and not SIGNATURE_START.match(closing[start - 1].text):
        start -= 1
    titles = _signature_titles(closing)
    if titles and start <= titles[-1] + 1 < len(closing):
        start = titles[-1] + 2  # the line under the last title is the signer's name, even in capitals
    return min(start, len(closing))


def _signature_titles(closing: list[Block]) -> list[int]:
    """Where a closing's signature titles stand ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"): the line under
    the last one is the signer's name."""
    return [i for i, b in enumerate(closing) if SIGNATURE_START.match(b.text) or SIGNATURE_LINE.match(b.text)]


def _opens_body(block: Block, following: Block | None) -> bool:
    """A line that is only a body's name ("Sở Tài chính", a bold Word line, a wiki "#### Sở …") over
    bullets or after a colon: an unnumbered heading over that body's duties."""
    if block.table is not None or following is None or following.table is not None or not bare_agency(block.text):
        return False
    return classify(following.text) is None and (bool(BULLET.match(following.text)) or block.text.endswith(":"))


def _opens_question(block: Block, following: Block | None) -> bool:
    """A question line over its answer ("Người đã học nghề năm 2024 có được hỗ trợ tiếp không?" then "Chưa
    được, nếu …"), as a guidance's questions and answers set them: the answer is read under its question."""
    if block.table is not None or following is None or following.table is not None:
        return False
    text = block.text.strip()
    return ("\n" not in text and text.endswith("?") and len(text) <= _QUESTION_CHARS
            and classify(following.text) is None and not following.text.rstrip().endswith("?"))


def _caps_heading(text: str) -> bool:
    """A short line in capitals only ("CHỈ TIÊU NĂM 2026", "AI LÀM GÌ?"): how an infographic, a slide or a post
    that numbers nothing heads its parts. Not a motto, number or date line, a signer's title, a document's type, nor
    a body's name (that heads the body's duties)."""
    letters = [c for c in text if c.isalpha()]
    return ("\n" not in text.strip() and len(text.split()) <= _CAPS_HEADING_WORDS and len(letters) >= _CAPS_LETTERS
            and not any(c.islower() for c in letters) and not text.rstrip().endswith((".", ",", ";"))
            and not BULLET.match(text) and not MOTTO.search(text) and not NUMBER_LINE.match(text)
            and not PLACE_DATE_LINE.match(text) and not SIGNATURE_START.match(text)
            and not SIGNATURE_LINE.match(text) and not DOCUMENT_TITLE.match(text) and not bare_agency(text))




def _issuer_lines(section: Section) -> list[Block]:
    """The lines that end a part and head the next document instead: its issuer in capitals, the gazette's part it
    is printed in ("PHẦN VĂN BẢN KHÁC", "ỦY BAN NHÂN DÂN TỈNH …"), cut from the part's body."""
    k = len(section.body)
    while k > 0 and len(section.body) - k < ISSUER_LINES and section.body[k - 1].table is None \
            and section.body[k - 1].text.isupper():
        k -= 1
    moved, section.body[k:] = section.body[k:], []
    return moved


def _documents(blocks: list[Block]) -> list[_Document]:
    numbered = any(b.table is None and classify(b.text) is not None for b in blocks)
    # a gazette's issue prints its documents one after another, a plan with no signature of its own among them
    gazette = opens_gazette([b.text if b.table is None else "" for b in blocks])
    docs = [_Document(caps_headings=not numbered)]
    for k, block in enumerate(blocks):
        doc = docs[-1]
        if doc.copy:
            doc.preamble.append(block)
            continue
        if gazette and doc.sections and not doc.closing and block.table is None and MOTTO.search(block.text.upper()):
            # the next document's national header after an unsigned one's parts (a plan printed after the decision
            # that issues it): a document of its own, its issuer lines with it
            docs.append(_Document(preamble=[*_issuer_lines(doc.stack[-1] if doc.stack else doc.sections[-1]),
                                            block], caps_headings=not numbered))
            continue
        if block.table is None and (COPY_MARK.match(block.text) or COPY_NUMBER.match(block.text)) \
                and (doc.sections or doc.closing):
            docs.append(_Document(copy=True, preamble=[*_copying_office(doc), block]))
            continue
        if doc.translates_heading(block):
            doc.stack[-1].body.append(block)  # the Vietnamese heading above says it: no part of its own, kept as text
            continue
        found = doc.heading(block)
        if found is None and (doc.sections or doc.closing) and _opens_attached_form(block, blocks[k + 1:]):
            found = ("annex", ANNEX_TABLE.match(block.text).group(0))  # type: ignore[union-attr]
        elif found is None and (doc.sections or doc.closing) and not doc.titles_annex() \
                and _opens_attached_list(block, blocks[k + 1:]):
            found = ("annex", block.text)
        if found is not None and found[0] == "slide" and doc.closing:
            # a deck shows the decision's signature on a slide (the title slide, the basis slide), and its next
            # slide goes on with the scheme: the signature is kept, the deck is not closed
            doc.signed_slides, doc.closing = [*doc.signed_slides, *doc.closing], []
        annex = found is not None and found[0] == "annex" and bool(doc.sections or doc.closing)
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if not annex and doc.closing and _goes_on_after_signer(doc, block, found, following, len(blocks) - k):
            # a letter that sends a booklet, signed, then the booklet itself with no title of its own: its parts
            # headed in capitals until it numbers them
            docs.append(_Document(caps_headings=True, caps_until_numbered=True))
            doc = docs[-1]
            found = found if found is not None and found[0] != "caps" else ("caps", "")
        elif annex or (doc.closing and _starts_document(doc, block)):
            cut = len(doc.closing) if annex else _trailing_header(doc.closing)
            doc.closing, moved = doc.closing[:cut], doc.closing[cut:]
            docs.append(_Document(annex=annex, preamble=moved, caps_headings=not numbered))
            doc = docs[-1]
        elif doc.closing or (doc.stack and CLOSING_START.match(block.text)):
            doc.closing.append(block)
            continue
        if found is None and block.table is None and BOOK_PART.match(block.text):
            doc.open_book_part(block)
            continue
        if found is None and doc.stack and _closes_item(doc.stack[-1], block, following):
            doc.stack.pop()
        # a body's name over its tasks heads them inside a numbered part, or anywhere in a text that numbers none
        # (an infographic's boxes)
        # (a booklet's named part is its text: its contents list names questions, it asks none)
        in_book = bool(doc.stack) and doc.stack[-1].kind == "book"
        if found is None and not in_book and (doc.stack or doc.caps_headings) and _opens_body(block, following):
            doc.open_body(block)
        elif found is None and doc.stack and not in_book and _opens_question(block, following):
            doc.open_body(block, "question")
        elif found is None:
            doc.add(block)
        else:
            doc.open(found[0], found[1], block)
    return docs


_FORM_NOTE_WITHIN = 3  # lines between a form's "Biểu số 01" and its "(Kèm theo Công văn số …)" note


def _opens_attached_form(block: Block, after: list[Block]) -> bool:
    """A numbered form or table line ("Biểu số 01", "Mẫu số 02") with the note tying it to the document a few lines
    below ("(Kèm theo Công văn số …)"): an annex of its own, also where it follows another annex (an outline) with
    no signature between; its notes and rows are that form's, not the last part's above it."""
    return (block.table is None and bool(ANNEX_TABLE.match(block.text))
            and any(b.table is None and ISSUED_WITH.match(b.text) for b in after[:_FORM_NOTE_WITHIN]))


def _opens_attached_list(block: Block, after: list[Block]) -> bool:
    """A title in capitals that names no document type ("DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ …", "DỰ TOÁN KINH
    PHÍ"), maybe over a second line of it, right above the note tying it to the decision ("(Kèm theo Quyết định số
    …)"): an annex with no "Phụ lục" over it, its rows that annex's, not a document of its own. "KẾ HOẠCH …" over the
    same note is the plan the decision issues, and the issuer's lines above that title are its header."""
    def capitals(b: Block, least: int = 1) -> bool:
        letters = [c for c in b.text if c.isalpha()]
        return (b.table is None and len(letters) >= least and not any(c.islower() for c in letters)
                and not DOCUMENT_TITLE_START.match(b.text) and not MOTTO.search(b.text)
                and not NUMBER_LINE.match(b.text))

    def title_line(b: Block) -> bool:
        return capitals(b, _CAPS_LETTERS) and not bare_agency(b.text)

    def note(b: Block) -> bool:  # a decision's or a resolution's (a letter's attachment is a text of its own)
        return b.table is None and bool(DECISION_NOTE.match(b.text))

    # the note first: a cheap look at the next lines before a title's words are scanned for a body's name
    return bool(after) and (note(after[0]) or len(after) > 1 and note(after[1]) and capitals(after[0])) \
        and title_line(block)


def _copying_office(doc: _Document) -> list[Block]:
    """The copying office's name right above a copy mark ("SỞ NỘI VỤ TỈNH THẠCH BÌNH"), taken from where the
    document put it: it names who copied, not a line of the document's last part."""
    last = doc.closing or (doc.stack[-1].body if doc.stack else doc.preamble)
    if last and last[-1].table is None and is_header_line(last[-1].text) and not NUMBER_LINE.match(last[-1].text):
        return [last.pop()]
    return []


def states_figure(heading: str) -> bool:
    """Whether a heading states a figure besides its marker and years ("1. Tổng kinh phí dự kiến năm 2026 là 38,65
    tỷ đồng, gồm:", "b) Ngân sách tỉnh: 16,8 tỷ đồng, trong đó:"): the total its items add up to is a fact of its
    own, quoted from a chunk of its own; "II. CHỈ TIÊU NĂM 2026" only names its items' year."""
    return bool(FIGURE_NOT_YEAR.search(ANY_MARKER.sub("", heading, count=1)))


def _closes_item(item: Section, block: Block, following: Block | None) -> bool:
    """Whether a table's caption ends the item before it: "d) Xã đảo Hòn Nhạn: 460 người." is a whole statement
    with its figure, and "Biểu chỉ tiêu … năm 2026" over a table after it belongs to the part above, not to that
    commune. An item that leads into the table ("a) Chỉ tiêu tuyển sinh:") keeps it."""
    return (following is not None and following.table is not None and block.table is None
            and bool(TABLE_CAPTION.match(block.text)) and not item.body and item.heading is not None
            and item.heading.text.rstrip().endswith((".", ";")) and states_figure(item.heading.text))


# The parts made of what stands around a text's own parts: its header, legal bases, opening, closing, signature,
# notes, and a certified copy's block.
SYNTHETIC_KINDS = frozenset({"header", "basis", "opening", "closing", "signature", "notes", "copy"})


def _synthetic(kind: str, title: str, blocks: list[Block]) -> Section:
    return Section(kind=kind, title=title, body=blocks, rank=1)


def _header_and_basis(preamble: list[Block]) -> tuple[list[Block], list[Block], list[Block]]:
    """(header, legal bases, opening). The header runs to the "(Ban hành kèm theo …)" line when there is one,
    else to the first legal basis. A text citing none (a Chỉ thị, a letter, a news article) opens with prose of its
    own after its title ("Năm 2025, toàn tỉnh có 2.140 lao động mất việc …"): that is its opening, not its header."""
    issued = [i for i, b in enumerate(preamble) if ISSUED_WITH.match(b.text)]
    if issued:
        # what follows the note is the plan's preamble, but an annex's table ("Biểu 01 … (Kèm theo Kế hoạch số …)"
        # over its rows) is no legal basis: it opens the annex
        header, rest = preamble[: issued[0] + 1], preamble[issued[0] + 1 :]
        return (header, [], rest) if any(b.table is not None for b in rest) else (header, rest, [])
    header, basis = _split_at(preamble, LEGAL_BASIS)
    typed = next((i for i, b in enumerate(header) if DOCUMENT_TITLE.match(b.text)), None)
    # a telegram or a directive tells the situation before it cites what it carries out ("CÔNG ĐIỆN / Về việc … /
    # CHỦ TỊCH … ĐIỆN: / - Giám đốc các Sở …; / Từ cuối năm 2025 đến nay, … / Thực hiện chỉ đạo của Thủ tướng …"): from
    # its first sentence on, that is its opening; its addressees ("Kính gửi: …", the listed heads) stay in its header
    told = len(header) if typed is None else next(
        (i for i in range(typed + 1, len(header)) if _is_sentence(header[i].text)
         and not BULLET.match(header[i].text) and not ADDRESSEES_LABEL.match(header[i].text)), len(header))
    if basis:
        # the lead announcing the plan ("Xét đề nghị …, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:") closes the
        # basis; the assessment written after it, before the first heading ("Năm 2025, toàn tỉnh có …"), opens the plan
        lead = next((i for i, b in enumerate(basis) if PLAN_ANNOUNCED.search(b.text)), len(basis))
        if not any(LEGAL_BASIS.match(b.text) for b in basis[lead + 1:]):
            return header[:told], basis[: lead + 1], header[told:] + basis[lead + 1:]
        return header[:told], basis, header[told:]
    # With no type heading (a news article, a post: a time stamp and a headline over prose) the header is the lines
    # before the first prose paragraph or listed item (an infographic's cards), whatever kind the document is.
    opening = next((i for i in range(0 if typed is None else typed + 1, len(header))
                    if _is_prose(header[i].text) or BULLET.match(header[i].text)), len(header))
    return header[:opening], [], header[opening:]


def _is_prose(text: str) -> bool:
    """A paragraph of running text, not a title line: long, or a lower-case sentence closed by its stop."""
    return len(text) > _TITLE_LINE_CHARS or _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """A lower-case sentence closed by its stop, longer than a title's line ("Về đào tạo nghề năm 2026.")."""
    return text.endswith((".", ":", ";")) and any(c.islower() for c in text) and len(text.split()) > _TITLE_WORDS


def parse_structure(text: str) -> Section:
    """Build the heading tree of a normalised plan text.

    Paragraphs before the first numbered part form the header (number, date,
    title) and the legal bases; from the closing formula ("Trên đây là…") and
    the signature block ("Nơi nhận", "TM.", "GIÁM ĐỐC"…) to the end of the
    document form two closing parts, so the signer and recipients do not
    pollute the last agency's tasks. A second document in the file (see the
    module docstring) gets parts of its own after those.
    """
    root = Section(kind="root", title="")
    docs = _documents(table_blocks(text))
    documents = [d for d in docs if not d.annex and not d.copy]
    for doc in docs:
        if doc.copy:
            root.children.append(_synthetic("copy", COPY_TITLE, doc.preamble))
            continue
        sections = doc.ranked()
        header, basis, opening = _header_and_basis(doc.preamble)  # an annex has none: it opens on its heading
        for kind, title, blocks in (("header", HEADER_TITLE, header), ("basis", BASIS_TITLE, basis),
                                    ("opening", OPENING_TITLE, opening)):
            if blocks:
                root.children.append(_synthetic(kind, title, blocks))
        # a decision's articles over the plan it issues; a plan issues nothing (the letter sent with it comes after)
        # (a booklet's foreword, signed before its chapters, issues nothing: its named parts stay as they are)
        if sections and len(documents) > 1 and doc is documents[0] and not _is_plan(doc) \
                and not all(s.kind == "book" for s in sections):
            title = _ISSUER_TITLES.get(doc.doc_type(), _ISSUER_FALLBACK)
            sections = [Section(kind="decision", title=title, children=sections, rank=0)]
        root.children.extend(sections)
        closing, notes = _trailing_notes(doc.closing)
        closing = [*doc.signed_slides, *closing]
        if not doc.closing and doc is docs[-1]:
            notes = _notes_after_sections(sections)
        ending, signature = _split_at(closing, SIGNATURE_START)
        for kind, title, blocks in (("closing", CLOSING_TITLE, ending), ("signature", SIGNATURE_TITLE, signature),
                                    ("notes", NOTES_TITLE, notes)):
            if blocks:
                root.children.append(_synthetic(kind, title, blocks))
    return root
