"""Footnotes joined to the paragraph whose mark calls them.

A consolidated text names the amendment behind each point only in a
footnote ("³ Điểm này được sửa đổi theo quy định tại khoản 1 Mục II Kế hoạch
số 27/KH-UBND …"); a Tờ trình gives a figure's source so. Read at the end of
the text, as a PDF sets them at the foot of its pages and Word after its
body, a note says nothing of the point it annotates: "chỉ tiêu này được sửa
đổi bởi văn bản nào?" finds the point or the note, never both. The readers
keep each mark where it stands, in pandoc's own syntax ("… 61.200 người.[^3]",
a Markdown file's already are), and the notes at the end ("[3] Điểm này …");
`notes_in_place` puts each note in brackets where its mark is. A note no
paragraph calls stays at the end; a mark no note answers is dropped.
"""

from __future__ import annotations

import re

# A footnote's mark in running text: "[^3]", "[^12]" (pandoc's; the PDF and Word readers write theirs so).
_MARK = re.compile(r"(?m)(?!^)\[\^(\w{1,4})\]")
# The mark kept through the line clean-up, which takes pandoc's marks out: private-use characters around its key.
_KEPT = re.compile("\ue000(\\w{1,4})\ue001")
# A footnote read at the end of the text: "[3] Điểm này được sửa đổi …" (pandoc's "[^3]: …" reads so too).
_NOTE = re.compile(r"^\[(\w{1,4})\]\s+(?P<text>\S.*)$")
# A table row ("a | b | c"): a mark in a cell is dropped, its note stays at the end.
_ROW = re.compile(r"\s\|\s")


def note_mark(key: str) -> str:
    """The mark of footnote ``key`` in running text, as the readers write it."""
    return f"[^{key}]"


def keep_marks(text: str) -> str:
    """The text with its footnote marks made safe from the line clean-up (which removes pandoc's marks); not a
    pandoc note's own opening ("[^3]: …", read "[3] …")."""
    return _MARK.sub(lambda m: f"\ue000{m.group(1)}\ue001", text)


def notes_in_place(lines: list[str]) -> list[str]:
    """Each note at the end of the text placed, in brackets, where the first paragraph before it marks it (a mark
    that closes a lead, "…, trong đó:³", goes before its colon: the lead still announces its list; one after a
    full stop stays a sentence of its own); the marks dropped. Notes are matched to marks in reading order, so
    notes numbered anew on each page match too.

    >>> notes_in_place(["a) Tuyển sinh 78.000 người.\ue0003\ue001", "b) Khác.", "[3] Điểm này được sửa đổi."])
    ['a) Tuyển sinh 78.000 người. (Điểm này được sửa đổi.)', 'b) Khác.']
    """
    notes = [(i, m.group(1), m.group("text")) for i, line in enumerate(lines) if (m := _NOTE.match(line))]
    used: set[int] = set()
    out = list(lines)
    for i, line in enumerate(lines):
        if not _KEPT.search(line):
            continue
        if _ROW.search(line):
            out[i] = _KEPT.sub("", line)
            continue
        text = line
        for mark in reversed(list(_KEPT.finditer(line))):
            note = next((n for n in notes if n[0] > i and n[1] == mark.group(1) and n[0] not in used), None)
            before, after = text[:mark.start()], text[mark.end():]
            text = _placed(before, after, note[2].strip()) if note else before + after
            if note:
                used.add(note[0])
        out[i] = text
    return [line for i, line in enumerate(out) if i not in used]


def _placed(before: str, after: str, note: str) -> str:
    """The line with a note in brackets at its mark (``before`` and ``after``: the text either side of it); at the
    end of a line that closes on a colon, semicolon or comma, before that sign, which still ends the line."""
    kept = before.rstrip()
    if not after.strip() and kept.endswith((":", ";", ",")):
        return f"{kept[:-1].rstrip()} ({note}){kept[-1]}"
    return f"{kept} ({note}){after}"
