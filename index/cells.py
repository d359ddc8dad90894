"""The shape every converter brings a plan file to: lines of text and tables of cell texts.

Word, PDF and web pages each hold tables differently; once a converter has
them as rows of cell texts, the same rules decide whether a table is data
(pipe rows, one per table row) or a layout grid (the national header, the
signature block: its cells are ordinary lines), and how it is written out.
"""

from __future__ import annotations

import re

from index.vocab.dates import YEAR

Row = list[str]
Block = str | list[Row]  # a line of text, or a table's rows of cell texts

_BROKEN_AFTER_HYPHEN = re.compile(r"(?<=\S-)\n(?=\S)")  # "GDNN-\nGDTX" in a narrow cell
LAYOUT_MAX_ROWS = 4


def cell_text(text: str) -> str:
    """A cell's text on one line (its own line breaks are wrapping, not structure)."""
    return " ".join(_BROKEN_AFTER_HYPHEN.sub("", text or "").split())


_FIGURE = re.compile(r"\d")


def inner_table_text(rows: list[Row]) -> str:
    """A small table inside a data table's cell, as that cell's running text: a yearly breakdown ("Năm | 2026 | 2027"
    over "Phụ nữ được đào tạo (người) | 3.400 | 3.500") reads "Phụ nữ được đào tạo (người): năm 2026: 3.400; năm
    2027: 3.500", each row's figure beside the heading it stands under; a table without a heading row ("Ban hành Bộ
    tiêu chí | Trước 30/9/2026") reads row by row, "Ban hành Bộ tiêu chí: Trước 30/9/2026". Rows part with ". ".
    The outer row's cells stay apart: no "|" is left."""
    rows = [[cell_text(c).replace("|", "/") for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    head = rows[0] if rows else []
    headed = (len(rows) > 1 and len(head) > 1
              and all(not _FIGURE.search(c) or YEAR.fullmatch(c) for c in head[1:])
              and any(_FIGURE.search(c) for row in rows[1:] for c in row[1:]))
    if not headed:
        return ". ".join(": ".join(c for c in row if c) for row in rows)
    labels = [f"năm {c}" if YEAR.fullmatch(c) else c for c in head[1:]]
    return ". ".join(f"{row[0]}: " + "; ".join(f"{label}: {value}" for label, value in zip(labels, row[1:]) if value)
                     for row in rows[1:])


def pipe_row(cells: Row) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def render(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        else:
            lines.extend(pipe_row(row) for row in block if any(row))
    return "\n".join(lines)


def layout_grid(widths: list[int], stacked: int, ruled: bool) -> bool:
    """A layout grid (national header, signature block), told by form, not words.

    ``widths`` are the distinct cells of each row, ``stacked`` how many cells
    hold several paragraphs. No drawn lines, at most two cells a row, and
    either few rows or cells that stack paragraphs (a data table holds one
    value a cell).
    """
    if not widths or max(widths) > 2 or ruled:
        return False
    return len(widths) <= LAYOUT_MAX_ROWS or stacked * 2 >= sum(widths)
