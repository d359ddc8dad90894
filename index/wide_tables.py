"""A table too wide for its page, printed in column slices: each slice's rows joined back into one table.

An office printing a wide annex (a matrix of schools by level, trade and budget) gets its columns continued on the
next page ("Phụ lục I (tiếp theo)"), which repeats only the key columns ("STT | Tên cơ sở") before its own. Read
page by page, each slice is a table of its own: a row of the second names a school but none of the first slice's
figures, and a question about that school's enrolment and its order budget finds them in two unrelated tables.
Joined, each row carries every column's header and figure.
"""

from __future__ import annotations

import re

from index.cells import Block, Row
from index.vocab.markers import CONTINUED, ORDINAL_CELL

# A slice continues the table before it when its first columns repeat that table's, row by row (from the bottom:
# the header rows may differ in height), for this share of the rows at least …
_SAME_KEYS = 0.8
_MIN_ROWS = 3  # … of this many rows at least,
_MAX_KEYS = 2  # in one or two leading key columns ("STT", "Tên cơ sở"),
_BETWEEN = 3  # with at most this many lines between the slices, each blank, a "(tiếp theo)" caption or the first
# slice's title printed again on each page; a line of another kind ("Bảng 2. Kinh phí …") opens a table of its own.


def _key(cell: str) -> str:
    return re.sub(r"\s+", " ", cell).strip().lower()


def _key_columns(first: list[Row], second: list[Row]) -> int:
    """How many leading columns ``second`` repeats of ``first`` (0: it continues nothing)."""
    rows = min(len(first), len(second))
    if rows < _MIN_ROWS:
        return 0
    pairs = list(zip(first[-rows:], second[-rows:], strict=True))
    for keys in range(_MAX_KEYS, 0, -1):
        if len(second[0]) <= keys or len(first[0]) <= keys:
            continue
        same = sum(all(_key(a[i]) == _key(b[i]) for i in range(keys)) for a, b in pairs)
        # the keys name the rows apart: a name among them, not a numbering alone ("1, 2, 3" numbers any rows)
        names = [b[i] for _, b in pairs for i in range(keys) if b[i].strip() and not ORDINAL_CELL.match(b[i].strip())]
        if same >= _SAME_KEYS * rows and len(set(map(_key, names))) >= _MIN_ROWS:
            return keys
    return 0


def _widened(first: list[Row], second: list[Row], keys: int) -> list[Row]:
    """The two slices side by side, rows aligned from the bottom; a header row one slice lacks is blank there."""
    height = max(len(first), len(second))
    width_first, width_second = len(first[0]), len(second[0]) - keys
    rows: list[Row] = []
    for i in range(height):
        a = first[i - height + len(first)] if i >= height - len(first) else None
        b = second[i - height + len(second)] if i >= height - len(second) else None
        left = a if a is not None else [*(b[:keys] if b is not None else [""] * keys), *[""] * (width_first - keys)]
        rows.append([*left, *(b[keys:] if b is not None else [""] * width_second)])
    return rows


def joined_column_slices(blocks: list[Block]) -> list[Block]:
    """The blocks with each table that continues the columns of a table a few lines before it joined onto it; the
    lines between (its "(tiếp theo)" caption) stay where they were, after the joined table."""
    out: list[Block] = []
    last_table: int | None = None
    for block in blocks:
        between = out[last_table + 1:] if last_table is not None else []
        if isinstance(block, list) and block and last_table is not None and len(between) <= _BETWEEN:
            titled = {_key(line) for line in out[max(0, last_table - _BETWEEN):last_table]
                      if isinstance(line, str)}  # the title above the first slice, printed again over the next
            before = out[last_table]
            assert isinstance(before, list)
            if all(isinstance(line, str) and (not line.strip() or CONTINUED.search(line) or _key(line) in titled)
                   for line in between) and (keys := _key_columns(before, block)) and any(
                    _key(" ".join(r[keys:])) != _key(" ".join(s[keys:])) for r, s in zip(before, block)):
                out[last_table] = _widened(before, block, keys)
                continue
        if isinstance(block, list) and block:
            last_table = len(out)
        out.append(block)
    return out
