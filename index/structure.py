"""The heading tree of a plan: I. › 1. › 1.1 › a), with bullets as paragraphs.

Vietnamese administrative plans number their parts in a fixed order of
ranks (roman sections, numbered items, sub-items, letters). The markdown
heading levels of exported files are inconsistent, so the numbering itself,
not the markup, decides the rank. Pure functions over the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[ch]
        total += -value if _ROMAN_VALUES.get(nxt, 0) > value else value
    return total


# (kind, rank, pattern). The first group is the marker.
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    ("roman", 1, re.compile(r"^([IVX]{1,5})\s*\.\s*(?=\S)")),
    ("subnumber", 3, re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s*\.?\s+(?=\S)")),
    ("number", 2, re.compile(r"^(\d{1,2})\s*\.\s+(?=\S)")),
    ("letter", 4, re.compile(r"^([a-zđ])\)\s*(?=\S)")),
]
_SIGNATURE = re.compile(r"^(Nơi nhận\s*:?|TM\.\s|KT\.\s|(GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH)\s*$)")
_CLOSING = re.compile(rf"^Trên đây là\b|{_SIGNATURE.pattern}")
_LEGAL_BASIS = re.compile(r"^(Căn cứ|Thực hiện)\b")

# Synthetic parts are named after what readers look for in them: "số hiệu",
# "ngày ban hành", "người ký" are the words of the questions they answer.
HEADER_TITLE = "Số hiệu, ngày ban hành và tên kế hoạch"
BASIS_TITLE = "Căn cứ ban hành kế hoạch"
CLOSING_TITLE = "Phần kết"
SIGNATURE_TITLE = "Nơi nhận và người ký"


@dataclass(frozen=True)
class Block:
    """One paragraph of the normalised text, with its character span."""

    text: str
    start: int
    end: int


@dataclass
class Section:
    kind: str  # root | header | basis | roman | number | subnumber | letter | closing | signature
    title: str  # the heading paragraph as written ("" for the root)
    heading: Block | None = None
    body: list[Block] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)
    rank: int = 0

    def walk(self, path: tuple["Section", ...] = ()):
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
        if para:
            blocks.append(Block(para, match.start(), match.end()))
    return blocks


def classify(paragraph: str) -> tuple[str, int, str] | None:
    """(kind, rank, marker) when the paragraph opens a numbered part."""
    for kind, rank, pattern in _MARKERS:
        match = pattern.match(paragraph)
        if not match:
            continue
        marker = match.group(1)
        if kind == "roman":
            if not re.fullmatch(r"X{0,3}(IX|IV|V?I{0,3})", marker) or not 0 < _roman_value(marker) <= 30:
                continue
        return kind, rank, marker
    return None


def _synthetic(kind: str, title: str, blocks: list[Block]) -> Section:
    return Section(kind=kind, title=title, body=blocks, rank=1)


def _split_at(blocks: list[Block], pattern: re.Pattern[str]) -> tuple[list[Block], list[Block]]:
    for i, block in enumerate(blocks):
        if pattern.match(block.text):
            return blocks[:i], blocks[i:]
    return blocks, []


def parse_structure(text: str) -> Section:
    """Build the heading tree of a normalised plan text.

    Paragraphs before the first numbered part form the header (number, date,
    title) and the legal bases; from the closing formula ("Trên đây là…") and
    the signature block ("Nơi nhận", "TM.", "GIÁM ĐỐC"…) to the end form two
    closing parts, so the signer and recipients do not pollute the last
    agency's tasks.
    """
    root = Section(kind="root", title="")
    preamble: list[Block] = []
    closing: list[Block] = []
    stack: list[Section] = [root]
    current: Section | None = None
    for block in split_blocks(text):
        if closing or (current is not None and _CLOSING.match(block.text)):
            closing.append(block)
            continue
        found = classify(block.text)
        if found is None:
            (current.body if current is not None else preamble).append(block)
            continue
        kind, rank, _marker = found
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        section = Section(kind=kind, title=block.text, heading=block, rank=rank)
        stack[-1].children.append(section)
        stack.append(section)
        current = section
    header, basis = _split_at(preamble, _LEGAL_BASIS)
    ending, signature = _split_at(closing, _SIGNATURE)
    parts = [
        ("header", HEADER_TITLE, header, 0),
        ("basis", BASIS_TITLE, basis, 1),
        ("closing", CLOSING_TITLE, ending, None),
        ("signature", SIGNATURE_TITLE, signature, None),
    ]
    for kind, title, blocks, position in parts:
        if blocks:
            section = _synthetic(kind, title, blocks)
            if position is None:
                root.children.append(section)
            else:
                root.children.insert(min(position, len(root.children)), section)
    return root
