"""Text normalisation for Vietnamese plan texts: pure functions, no models.

Plans arrive as Markdown exports, plain text and PDF extractions. The same
word can be spelled with the tone mark on either vowel (hoà / hòa) and PDF
text is hard-wrapped mid-sentence. Everything downstream (chunk ids, BM25,
quote matching) relies on one canonical form, produced here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

from index import tables
from index.footnotes import keep_marks, notes_in_place
from index.vocab.dates import DATED_ITEM
from index.vocab.markers import ANNEX, ANNEX_TABLE, BULLET, CITED_DIVISION, FRAMED_LINE, STRUCTURAL_START
from index.vocab.phrases import (
    CONTENTS_ENTRIES,
    CONTENTS_ENTRY,
    CONTENTS_TITLE,
    MOTTO,
    OPEN_ENDING,
    PARAGRAPH_OPENER,
    RECIPIENTS_LABEL,
    SIGNATURE_LINE,
    SIGNATURE_STAMP,
    SIGNED_COPY_NOTE,
    SITE_ADVERT,
    SITE_TAIL,
    SOCIAL_CHROME,
    STAMP_FIELD,
    STAMP_REACH,
)

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng

_WORD = re.compile(r"\w+")
_WRAPPED_SHARE = 0.5  # of a hard-wrapped text's open lines, most go on in lower case (0.78-0.90 seen; a list 0.16)
_CAPS_LETTERS = 4  # a line in capitals has a word or two at least ("LỘ TRÌNH"), not a lone "TT"
# oa / oe / uy at the very end of an open syllable; a preceding q makes "uy" a
# consonant + vowel pair (quý), so it is excluded.
_OPEN_DIPHTHONG = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])$")


def _move_tone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return word
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    bare_nfc = unicodedata.normalize("NFC", bare)
    match = _OPEN_DIPHTHONG.search(bare_nfc)
    if not match or len(bare_nfc) > 7:
        return word
    # Only the first vowel of the cluster may carry other marks (none do for
    # these three diphthongs); put the tone right after it.
    pos = match.start(1)
    first = unicodedata.normalize("NFD", bare_nfc[pos])
    rebuilt = bare_nfc[:pos] + unicodedata.normalize("NFC", first + tones[0]) + bare_nfc[pos + 1 :]
    return rebuilt


def unify_tone_placement(text: str) -> str:
    """Put the tone of open oa/oe/uy syllables on the first vowel (hoà → hòa).

    Both placements are correct Vietnamese; documents mix them, and a query
    typed one way must match a plan written the other way.
    """
    return _WORD.sub(lambda m: _move_tone(m.group(0)), text)


# Letters that look like "Đ"/"đ" and are not Vietnamese: Tesseract reads a printed "Đ." as the Icelandic
# eth ("Ð. TỔ CHỨC THỰC HIỆN"), and some fonts and keyboards give the African D.
_LOOK_ALIKE_D = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ"})


def fold_accents(text: str) -> str:
    """Lower-case ASCII skeleton of Vietnamese text (Sở Lao động → so lao dong).

    Used to match questions typed without diacritics; đ and its look-alikes fold to d.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_LOOK_ALIKE_D).replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def canonical(text: str) -> str:
    """NFC + unified tone placement + the Vietnamese "Đ" for its look-alikes: the canonical spelling used
    everywhere."""
    return unify_tone_placement(nfc(text).translate(_LOOK_ALIKE_D))


_DASHES = re.compile(r"[\u2013\u2014\u2212]")
_SPACES = re.compile(r"\s+")


def comparison_form(text: str) -> str:
    """The eval README's comparison normalisation (lower case, no * or #, one space)."""
    text = canonical(text).lower()
    text = text.replace("*", "").replace("#", "")
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------- markdown

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
# Emphasis marks hug a word; a star between brackets is a sign ("Dự án … (*)": the note it refers to).
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?![*_])(?=[^\s)\]])|(?<=[^\s(\[*_])(\*{1,3}|_{2,3})")
_LEFT_STARS = re.compile(r"(?<![(\[])\*\*(?![)\]])")  # a pair no word follows or precedes ("** **")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
# A wiki export's own lines: a table-of-contents macro, an HTML comment.
_MD_MACRO = re.compile(r"^\s*(?:\[\[_?TOC_?\]\]|\[TOC\]|<!--.*-->)\s*$", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# An HTML comment anywhere, over several lines too: an export's note, never the plan's text.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LONE_URL = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*(-\s*)?\d{1,3}(\s*-)?\s*$")


# Pandoc's marks inside a line: a link or image "[text](url)" (its text stays), a footnote mark "[^2]", a
# footnote's own line "[^2]: …" (read "[2] …"), an escaped sign "1\\.", "\\-", "a\\)" (not "\\|", which a table
# keeps), and a hard line break written as a backslash at the end of a line.
_MD_LINK = re.compile(r"!?\[([^\]\[]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_MD_NOTE = re.compile(r"^\[\^([^\]\s]+)\]:\s*")
_MD_NOTE_MARK = re.compile(r"\[\^[^\]\s]+\]")
_MD_ESCAPE = re.compile(r"\\([!-{}~](?<!\|))")
_MD_BREAK = re.compile(r"\\$")


def strip_markdown(line: str) -> str:
    """Remove heading and quote marks, emphasis and pandoc's escapes, links and footnote marks from one line."""
    line = _MD_HEADING.sub("", _MD_QUOTE.sub("", line))
    line = _MD_NOTE_MARK.sub("", _MD_NOTE.sub(r"[\1] ", _MD_LINK.sub(r"\1", _MD_BREAK.sub("", line.rstrip()))))
    line = line.replace("\\*", "\x00")  # an escaped star is the sign, never emphasis
    line = _LEFT_STARS.sub("", _MD_EMPHASIS.sub("", line))
    return _MD_ESCAPE.sub(r"\1", line.replace("\x00", "\\*")).strip()


# The bullet glyphs of Word (Wingdings' private-use marks), web pages and PDFs ("✓ Chủ trì …", "➢ …", "▪ …"):
# "•", the bullet every rule knows.
_GLYPH_BULLET = re.compile(r"^[✓✔➢➤►▸▪◦■□❖‣◆♦●○\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0e0]\s*")


# A web page's breadcrumb trail or menu bar: "Trang chủ » Văn bản pháp luật » Lao động - Tiền lương » Kế hoạch
# 318/KH-UBND", "HỘI NÔNG DÂN TỈNH X | Trang chủ | Tin tức | Văn bản | Liên hệ".
_BREADCRUMB = re.compile(r"^\s*(?:Trang chủ|Trang nhất|Home)\s*[»›>/|]|^[^|]{0,80}\|\s*(?:Trang chủ|Trang nhất)\s*\|",
                         re.IGNORECASE)


def is_artefact(line: str) -> bool:
    """A lone URL or a page number left over from PDF or web extraction, a web page's breadcrumb trail, a wiki
    macro or comment, a social page's buttons and counters."""
    return bool(_LONE_URL.match(line) or _PAGE_NUMBER.match(line) or _MD_MACRO.match(line)
                or _BREADCRUMB.match(line) or SOCIAL_CHROME.match(line))


# ---------------------------------------------------------------- tables

# A rule line of a web copy, alone on its line: "-------", "=====", "_____", "* * *", "+----+----+", "|", or a
# table's column rule left without its table ("-------- ------").
_STRAY_RULE = re.compile(r"^\s*(?:\|+|[-=_~—–.]{3,}|(?:[-*_]\s+){2,}[-*_]|\+[-=+]{2,}|-{2,}(?:\s+-{2,})+)\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# A multi-line pipe row (a Word cell holding several lines) closes within this many lines.
_ROW_LINES = 60


def is_rule_line(line: str) -> bool:
    """A stray rule of a web copy ("-------", "=====", "* * *", a lone "|"), not text."""
    return bool(_STRAY_RULE.match(line))


def _pipe_row(lines: list[str], i: int) -> tuple[int, list[str] | None, bool]:
    """The logical pipe row starting at line i: (next line index, cells, is a rule).

    A row that opens with "|" and does not close on its line (a Word cell
    holding several lines) runs to the first line that ends with "|", unless
    a line opening another row comes first. Cells keep their inner line breaks.
    """
    line = lines[i].strip()
    if tables.is_rule_row(line):
        return i + 1, [], True
    if line.startswith("|") and not (len(line) > 1 and line.endswith("|")):
        for j in range(i + 1, min(len(lines), i + _ROW_LINES)):
            following = lines[j].strip()
            if following.startswith("|"):
                break
            if following.endswith("|"):
                return j + 1, tables.pipe_cells("\n".join(row.strip() for row in lines[i : j + 1])), False
    return i + 1, tables.pipe_cells(line), False


def _is_pipe_line(line: str) -> bool:
    """A line that opens a pipe row: "| …", or "a | b | c" (maybe "a | b | c | " with a blank last cell) without
    the outer pipes."""
    line = line.strip()
    return line.startswith("|") or (len(tables.pipe_cells(line) or ()) >= 3)


def _data_span(widths: list[int], rules: list[int], attached: list[bool]) -> tuple[int, int] | None:
    """The rows (first, last) of a run that form a data table, or None when it is all layout.

    ``attached[k]``: row k is a one-line row right above row k + 1 (no blank line between);
    only such a row may join the table as a header with fewer cells.
    """
    if rules and 0 < rules[0] <= 3:
        return 0, len(widths) - 1
    counts = [w for w in widths if w >= 3]
    modal = max(set(counts), key=counts.count) if counts else 0
    if counts.count(modal) < 2:
        return None
    first = widths.index(modal)
    last = len(widths) - 1 - widths[::-1].index(modal)
    while first > 0 and widths[first - 1] >= 2 and modal - widths[first - 1] <= 2 and attached[first - 1]:
        first -= 1  # a header row whose merged cells a converter wrote once
    return first, last


def _blank_edges(rows: list[tuple[list[str], bool]], texts: list[str]) -> list[tuple[list[str], bool]]:
    """Rows of a run written without outer pipes ("1 | Ký túc xá … | 44.200 | Ban QLDA"): one of them that opens
    or closes with a pipe has a blank first or last cell there (" |  | Số, ngày … | Tổng mức đầu tư |  | "), not a
    border. ``texts``: the line of each content row, when each is one line."""
    content = [cells for cells, rule in rows if not rule]
    if len(texts) != len(content) or sum(not t.strip().startswith("|") for t in texts) * 2 <= len(texts):
        return rows
    edged = iter(texts)
    return [(cells, rule) if rule else ((tables.split_cells(t.strip()) if t.strip().startswith("|") else cells), rule)
            for (cells, rule), t in ((r, "" if r[1] else next(edged)) for r in rows)]


def _layout_reading(rows: list[tuple[list[str], bool]]) -> list[str] | None:
    """The lines of a national header or signature block written as a table, else None.

    A web or wiki export writes those blocks as two-column markdown tables with a
    "|:---:|" rule under their first row; their words (the motto, a signature title),
    not the rule, tell them from data. A header reads row by row (issuer beside motto,
    number beside date); a signature block column by column (recipients, then the signer).
    """
    content = [cells for cells, rule in rows if not rule]
    if not content or any(len(cells) > 2 for cells in content):
        return None
    lines = [strip_markdown(part) for cells in content for c in cells for part in c.split("\n")]
    signature = any(SIGNATURE_LINE.match(line) for line in lines)
    if not signature and not any(MOTTO.search(line.upper()) for line in lines):
        return None
    if signature:
        content = [[cells[k] for cells in content if k < len(cells)] for k in (0, 1)]
    return [part.strip() for cells in content for c in cells for part in c.split("\n")]


def _clean_cell(cell: str) -> str:
    return " ".join(strip_markdown(part) for part in cell.split("\n") if part.strip())


def _pipe_run(lines: list[str], i: int) -> tuple[int, list[tuple[str, bool]]]:
    """Pipe rows from line i: canonical rows of a data table, layout rows dissolved into lines."""
    rows: list[tuple[list[str], bool]] = []
    lines_of: list[tuple[int, int]] = []  # first line, next line of each content row
    j = i
    while j < len(lines):
        line = lines[j].strip()
        if not line or line == "|" * len(line):  # blank lines and lone "|" between rows
            j += 1
            continue
        if not (_is_pipe_line(line) or tables.is_rule_row(line)):
            break
        first = j
        j, cells, rule = _pipe_row(lines, j)
        if cells is not None or rule:
            rows.append((cells or [], rule))
            if not rule:
                lines_of.append((first, j))
    while j > i and not lines[j - 1].strip():
        j -= 1  # blank lines after the run stay blank lines
    rows = _blank_edges(rows, [lines[a] for a, b in lines_of if b == a + 1])  # one-line rows: checked there
    widths: list[int] = []
    rules: list[int] = []  # how many rows stand above each rule
    for cells, rule in rows:
        if rule:
            rules.append(len(widths))
        else:
            widths.append(len(cells))
    attached = [a[1] == a[0] + 1 and a[1] == b[0] for a, b in pairwise(lines_of)] + [False]
    layout = _layout_reading(rows)
    if layout is not None:
        return j, [(line, False) for line in layout]
    span = _data_span(widths, rules, attached)
    width = max(widths, default=0)
    out: list[tuple[str, bool]] = []
    above = 0
    ruled = False
    for cells, rule in rows:
        inside = span is not None and span[0] <= above <= span[1]
        if rule:
            # one rule is kept: the one under the header rows of a data table
            if span is not None and not ruled and 0 < above <= 3 and span[0] < above <= span[1] + 1:
                out.append((tables.format_rule_row(width), True))
                ruled = True
            continue
        if inside or len(cells) >= 3:  # a lone row of three cells or more is kept, a row all the same
            out.append((tables.format_pipe_row([_clean_cell(c) for c in cells]), True))
        else:  # layout: the two columns of a Word header or signature block, read in order
            out.extend((part.strip(), False) for c in cells for part in c.split("\n"))
        above += 1
    return j, out


def _aligned_run(lines: list[str], i: int) -> tuple[int, list[tuple[str, bool]]] | None:
    """Tab-separated or space-aligned rows from line i, as tab rows; None when they are not a table."""
    rows: list[tuple[int, list[str]]] = []
    j = i
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        cells = [_clean_cell(c) for c in tables.aligned_cells(lines[j]) or []]
        column = _wrapped_column(lines[j], lines[rows[-1][0]], len(rows[-1][1])) if rows and not cells else None
        if column is not None and _next_is_row(lines, j + 1):
            rows[-1][1][column] = f"{rows[-1][1][column]} {lines[j].strip()}"  # a cell wrapped onto its own line
            j += 1
            continue
        if not cells or not all(cells):  # a cell of markdown marks only ("**") leaves a hole: not a row
            break
        rows.append((j, cells))
        j += 1
    span = _data_span([len(c) for _, c in rows], [], [True] * len(rows))
    if span is None or span[0] > 0:
        return None
    stop = rows[span[1]][0] + 1
    return stop, [(tables.format_tab_row(cells), True) for _, cells in rows[: span[1] + 1]]


# Where a cell of a space-aligned row starts: the line's first letter, or one after a run of spaces or a tab.
_CELL_START = re.compile(r"(?:^|(?<=\s\s)|(?<=\t))(?=\S)")


def _wrapped_column(line: str, above: str, width: int) -> int | None:
    """The column of the row above whose cell goes on in this line ("\tcho lao động nữ\t\t", or text indented
    under the cell it continues), else None: an indented or lower-case line with one cell of text."""
    text = line.strip()
    if not text or not (line[:1].isspace() or text[:1].islower()):
        return None
    if "\t" in line:
        filled = [k for k, part in enumerate(line.split("\t")) if part.strip()]
        return filled[0] if len(filled) == 1 and filled[0] < width else None
    if tables.ALIGNED_GAP.search(text):
        return None
    starts = [m.start() for m in _CELL_START.finditer(above)]
    at = len(line) - len(line.lstrip())
    before = [k for k, start in enumerate(starts) if start <= at + 1]
    return before[-1] if len(starts) == width and before else None


def _next_is_row(lines: list[str], j: int) -> bool:
    """Whether the next non-empty line from j is a row of a text table."""
    following = next((line for line in lines[j:] if line.strip()), "")
    return tables.aligned_cells(following) is not None


def _canonical_rows(grid: list[list[str]], header: int) -> list[tuple[str, bool]]:
    """A table read apart (its cells known) as canonical pipe rows, the rule under its header rows."""
    out: list[tuple[str, bool]] = []
    for k, cells in enumerate(grid):
        out.append((tables.format_pipe_row(cells), True))
        if k == header - 1:
            out.append((tables.format_rule_row(len(cells)), True))
    return out


def mark_table_rows(lines: list[str]) -> list[tuple[str, bool]]:
    """(line, is a table row) for raw lines: data-table rows canonical, layout pipes dissolved.

    Rows of a data table (see `index.tables`) come out as "| a | b |" or
    "a<TAB>b" and must stay paragraphs of their own, and so does a lone pipe
    row of three cells or more; the cells of layout "tables" (the two
    columns of a Word header or signature block) become plain lines in
    reading order; stray rules ("-----", a lone "|") are dropped.
    """
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        pandoc = tables.grid_table(lines, i) or tables.dashed_table(lines, i)
        if pandoc is not None:  # a pandoc grid, simple or multiline table
            i, cells, header = pandoc
            out.extend(_canonical_rows([[strip_markdown(c) for c in row] for row in cells], header))
            continue
        if _is_pipe_line(line) or tables.is_rule_row(line.strip()):
            i, rows = _pipe_run(lines, i)
            out.extend(rows)
            continue
        flattened = tables.flattened_table(lines, i)
        if flattened is not None:  # a web page's table pasted one cell a line
            i, grid = flattened
            out.extend(_canonical_rows(grid, 1))
            continue
        aligned = _aligned_run(lines, i) if tables.aligned_cells(line) else None
        if aligned is not None:
            i, rows = aligned
            out.extend(rows)
            continue
        # a pipe outside any row ("TỈNH BẠCH VÂN | CỘNG HÒA …", "Độc lập - Tự do - Hạnh phúc |") separates layout cells
        parts = _UNESCAPED_PIPE.split(line) if "|" in line else [line]
        out.extend((part.strip() if len(parts) > 1 else part, False) for part in parts)
        i += 1
    return out


# ---------------------------------------------------------------- hard wraps

# Where one file of a bundle ends and the next begins (a PDF's pages, then a notes document attached inside it; a
# .zip's decision, plan and annexes; an e-mail's letter and attachments): each is wrapped at a width of its own.
FILE_BREAK = "\ue000"  # a private-use letter: no text holds it, and no strip of whitespace takes it


def files_joined(texts: Iterable[str]) -> str:
    """The texts of a bundle's files, one after another, each set apart as a file of its own."""
    return f"\n\n{FILE_BREAK}\n\n".join(texts)


_TERMINAL = tuple(".;:!?…")
_SENTENCE_END = tuple(".!?…")


def _line_lengths(lines: list[str]) -> list[int]:
    return sorted(len(line) for line in lines if line and not tables.is_table_row(line))


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """PDF extractions break every line near one width; prose files do not."""
    lengths = _line_lengths(lines)
    if len(lengths) < 20:
        return False
    p90 = lengths[int(len(lengths) * 0.9)]
    if p90 > 110:
        return False
    content = [line for line in lines if line]
    long_open = [
        i for i, line in enumerate(content)
        if len(line) >= 0.75 * p90 and not line.endswith(_TERMINAL) and not tables.is_table_row(line)
    ]
    if len(long_open) < 0.3 * len(lengths):
        return False
    # a sentence broken at the width goes on in lower case or with a figure, or breaks after a word that needs more
    # ("… và"); the open lines of a list of short items (an infographic's "Ngân sách tỉnh: 38,2 tỷ đồng") are
    # followed by the next item
    broken = sum(1 for i in long_open if i + 1 < len(content)
                 and (_continuation(content[i + 1]) or OPEN_ENDING.search(content[i])))
    return broken >= _WRAPPED_SHARE * len(long_open)


def _opens_item(line: str) -> bool:
    """A line that starts a new item: a heading of any numbering system, a bullet, a table row, a timeline's dated
    event ("trước 28/2/2026: …")."""
    return bool(STRUCTURAL_START.match(line) or DATED_ITEM.match(line)) or tables.is_table_row(line)


def _caps_line(line: str) -> bool:
    """A line of words in capitals only ("LỘ TRÌNH"), unstopped: a heading or a title line, not the acronym that
    ends a wrapped sentence ("… và Chương trình" / "OCOP.")."""
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= _CAPS_LETTERS and len(line.split()) > 1 and not any(c.islower() for c in letters)
            and not line.endswith(_TERMINAL))


def _ends_in_lower_case(line: str) -> bool:
    """Whether the line's last word is in lower case ("… 11,6 tỷ đồng"), not a title's capitals ("… NĂM 2026")."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return bool(words) and any(c.islower() for c in words[-1])


def _continues(line: str, following: str, width: int) -> bool:
    if PARAGRAPH_OPENER.match(following):
        return False
    # a short line ending on a comma goes on too: a scan's reading breaks lines short
    # a sentence in lower case never wraps into a line in capitals: that heads what follows ("… 11,6 tỷ đồng" /
    # "LỘ TRÌNH")
    heading = _caps_line(following) and _ends_in_lower_case(line)
    return (len(line) >= 0.8 * width or line.endswith(",")) and not _opens_item(following) and not heading


def _continuation(line: str) -> bool:
    """A line that can only continue the one before: it starts in lower case or with a figure, and opens no item."""
    return (line[:1].islower() or line[:1].isdigit()) and not _opens_item(line)


def _ends_recipients(line: str) -> bool:
    """A line after the recipients and the signature: an annex, the next document's national header (a decision
    and the plan it issues in one file), or a heading of any numbering system (a bullet is a recipient)."""
    return bool(ANNEX.match(line) or ANNEX_TABLE.match(line) or MOTTO.search(line.upper())
                or STRUCTURAL_START.match(line) and not BULLET.match(line))


def join_hard_wraps(lines: list[str]) -> list[str]:
    """Lines broken mid-sentence rejoined (``_joined_wraps``), each file of a bundle on its own (``FILE_BREAK``
    between them: a PDF's wrapped pages and the whole paragraphs of a document attached to it have widths of their
    own), the breaks dropped."""
    out: list[str] = []
    start = 0
    for end in [*(i for i, line in enumerate(lines) if line == FILE_BREAK), len(lines)]:
        out.extend(_joined_wraps(lines[start:end]))
        start = end + 1
    return out


def _joined_wraps(lines: list[str]) -> list[str]:
    """Re-join lines that were broken mid-sentence.

    Anywhere, a line that does not end a sentence continues on the next
    non-empty line when that one starts in lower case or with a bare figure
    (no paragraph of a plan does; a numbered heading opens an item). When the
    document as a whole looks hard-wrapped (PDF extraction, web copies), a
    line that runs close to the wrap width and does not end a sentence also
    continues (and so does a shorter one ending on a comma), unless the next line
    opens a new item
    (`index.vocab.markers.STRUCTURAL_START`: a heading of any numbering
    system, a bullet), or stands among the recipients ("Nơi nhận:", where a
    two-column page interleaves the signer's lines); blank lines carry no meaning in such text. In any text,
    a line ending on a word that needs more (`index.vocab.phrases.OPEN_ENDING`:
    "… và do Sở") goes on with the next one unless that opens an item, a division it cites aside ("… tại" /
    "Phụ lục II (nếu có)."; `index.vocab.markers.CITED_DIVISION`). A table
    row is always a paragraph of its own.
    """
    wrapped = _looks_hard_wrapped(lines)
    lengths = _line_lengths(lines)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    content = [line for line in lines if line]
    out: list[str] = []
    current = ""
    recipients = False  # in "Nơi nhận:" and the signature column read beside it
    for i, line in enumerate(content):
        recipients = (recipients or bool(RECIPIENTS_LABEL.match(line))) and not _ends_recipients(line)
        if tables.is_table_row(line):
            if current:
                out.extend([current, ""])
            out.extend([line, ""])
            current = ""
            continue
        current = f"{current} {line}" if current else line
        following = content[i + 1] if i + 1 < len(content) else ""
        # No paragraph starts in lower case, even after ";" or ":", nor with a bare figure ("12.500 người/năm")
        # that is not a numbered heading.
        if following and not line.endswith(_SENTENCE_END) and _continuation(following):
            continue
        # a recipient ends on its comma: the signer's title or name read beside it ("- Ban Tổ chức Trung ương," /
        # "PHÓ BÍ THƯ THƯỜNG TRỰC") is no wrapped rest of it
        if following and not line.endswith(_TERMINAL) and wrapped and not recipients \
                and _continues(line, following, width):
            continue
        # a line ending on a word that needs more ("… và do Sở") goes on in any text
        if following and OPEN_ENDING.search(line) and not PARAGRAPH_OPENER.match(following) \
                and (not _opens_item(following) or CITED_DIVISION.match(following)):
            continue
        out.extend([current, ""])
        current = ""
    return out


def clean_lines(raw: str) -> list[str]:
    """Normalise a whole plan into paragraphs (one per line, "" between them).

    Markdown marks go (the numbering, not the inconsistent markdown levels,
    gives the structure), artefact lines and stray rules are dropped, each
    row of a data table stays a paragraph of its own (see
    `mark_table_rows`), wraps are re-joined.
    """
    text = canonical(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", ""))
    # a wiki export's comments go; its cell lines ("KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH") become lines
    text = _HTML_BREAK.sub("\n", _HTML_COMMENT.sub("", text))
    text = keep_marks(text.replace("\u00a0", " "))
    stripped: list[str] = []
    for raw_line, is_row in mark_table_rows(without_contents(text.split("\n"))):
        if is_row or raw_line.strip() == FILE_BREAK:
            stripped.append(raw_line.strip() if not is_row else raw_line)
            continue
        clean = re.sub(r" {2,}", " ", _GLYPH_BULLET.sub("• ", strip_markdown(raw_line.replace("\t", " "))))
        clean = FRAMED_LINE.sub(r"\g<text>", clean)
        if clean and (is_artefact(clean) or is_rule_line(clean)):
            continue
        stripped.append(clean)
    return notes_in_place(join_hard_wraps(without_site_chrome(without_signature_stamps(stripped))))


def without_contents(lines: list[str]) -> list[str]:
    """The lines less a table of contents (``vocab.phrases.CONTENTS_TITLE`` and the entries under it, each ending in
    its page number): they repeat the headings, and read as text they would be headings twice, or paragraphs that
    answer nothing. Read before tabs and wide spaces are collapsed, since they set the page numbers apart."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if CONTENTS_TITLE.match(lines[i]):
            entries = []
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or CONTENTS_ENTRY.match(lines[j])):
                entries += [j] if lines[j].strip() else []
                j += 1
            if len(entries) >= CONTENTS_ENTRIES:
                i = entries[-1] + 1
                continue
        out.append(lines[i])
        i += 1
    return out


def without_site_chrome(lines: list[str]) -> list[str]:
    """The lines less what a legal-document web site adds to a page saved, printed or pasted from it: its
    advertisement lines, and everything from the first related-documents, download or copyright line after the
    document's national header and signature (``vocab.phrases.SITE_TAIL``; its annex stays). Without a header and a
    signature after it nothing is cut: the lines may be a plan's body alone, or a scan's misread letters."""
    kept = [line for line in lines if not SITE_ADVERT.match(line.strip())]
    header = next((i for i, line in enumerate(kept) if MOTTO.search(line.upper())), None)
    signed = next((i for i in range(header + 1, len(kept)) if SIGNATURE_LINE.match(kept[i].strip())), None) \
        if header is not None else None
    if signed is None:
        return kept
    tail = next((i for i in range(signed + 1, len(kept)) if SITE_TAIL.match(kept[i].strip())), len(kept))
    return kept[:tail]


def without_signature_stamps(lines: list[str]) -> list[str]:
    """The lines less a digital signature's stamps and a signed copy's page note (`vocab.phrases.SIGNATURE_STAMP`):
    an anchor line ("Ký bởi: …", "Thời gian ký: …") and the stamp's fields within reach of one ("Email: …",
    "Cơ quan: …"); a field far from any anchor is text ("Cơ quan: …" in a contact paragraph)."""
    anchors = [i for i, line in enumerate(lines) if SIGNATURE_STAMP.match(line.strip())]
    if not anchors:
        return [line for line in lines if not SIGNED_COPY_NOTE.match(line.strip())]
    return [line for i, line in enumerate(lines)
            if not (i in anchors or SIGNED_COPY_NOTE.match(line.strip())
                    or STAMP_FIELD.match(line.strip()) and any(abs(i - a) <= STAMP_REACH for a in anchors))]


def normalize_text(raw: str) -> str:
    """The canonical plan text: clean paragraphs separated by one blank line."""
    return "\n\n".join(line for line in clean_lines(raw) if line)
