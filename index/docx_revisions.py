"""The text of a Word file as it reads with every tracked change accepted.

Draft plans ("Dự thảo") circulate with the reviewers' revision marks on:
an old target deleted and the new one inserted ("<del>350</del><ins>420</ins>
lao động"), a body replaced as lead, a row added to a table. python-docx
reads only a paragraph's own runs, so inserted text vanishes (the figure a
question asks for) while deleted text is never shown. Here a paragraph's text
is every run Word would print once the changes are accepted: inserted and
moved-in runs, content controls and hyperlinks included; deleted and
moved-out runs, and text boxes drawn inside the paragraph, left out. A table
row deleted by a revision is no row.
"""

from __future__ import annotations

from docx.table import Table
from docx.text.run import Run

from index.cells import inner_table_text
from index.footnotes import note_mark
from index.legacy_fonts import from_legacy, is_legacy_font

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Ancestors below the paragraph that hide a run: a deletion, a move away, a text box (a paragraph of its own),
# the fallback copy of a drawing.
_HIDDEN = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}p"})


def _shown(run, paragraph_element) -> bool:
    parent = run.getparent()
    while parent is not None and parent is not paragraph_element:
        if parent.tag in _HIDDEN:
            return False
        parent = parent.getparent()
    return parent is paragraph_element


def accepted_text(paragraph) -> str:
    """A python-docx paragraph's text with its tracked changes accepted; a run set in a legacy TCVN3 font
    (".VnTime", ".VnTimeH", "VNI-Times") read as the Vietnamese it shows (`index.legacy_fonts`)."""
    element = paragraph._p
    style_font = _style_font(paragraph.style)
    return "".join(_run_text(Run(r, paragraph), style_font) for r in element.iter(f"{_W}r") if _shown(r, element))


def _run_text(run: Run, style_font: str | None) -> str:
    # a footnote's mark, by Word's id of the note ("[^w3]"): the reader numbers it as Word shows it
    marks = "".join(note_mark(f"w{ref.get(f'{_W}id')}") for ref in run._r.iter(f"{_W}footnoteReference"))
    font = run.font.name or style_font
    if not is_legacy_font(font):
        return run.text + marks
    # TCVN3's "ư" is the soft hyphen's code, which Word keeps as a soft hyphen mark: a letter here
    text = "".join("\u00ad" if child.tag == f"{_W}softHyphen" else _child_text(child) for child in run._r)
    return from_legacy(text, font) + marks


def _child_text(child) -> str:
    """A run's child as python-docx reads it (text, tab, break), nothing for its properties."""
    if child.tag == f"{_W}t":
        return child.text or ""
    return {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}.get(child.tag, "")


def _style_font(style) -> str | None:
    """The font a paragraph style (or the style it is based on) sets for its runs."""
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    return None


def accepted_cell_text(cell) -> str:
    """A table cell's paragraphs, changes accepted, one a line (as python-docx's `cell.text` joins them), and the
    tables nested in it where they stand, each as a line of running text (``inner_table_text``): the yearly figures
    of an annex task's result cell stand only there."""
    lines = []
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            lines.append(inner_table_text([[accepted_cell_text(c) for c in distinct_cells(row.cells)]
                                           for row in item.rows if not deleted_row(row)]))
        else:
            lines.append(accepted_text(item))
    return "\n".join(lines)


def distinct_cells(cells: list) -> list:
    """python-docx repeats a merged cell for each grid column it spans; the distinct cells, in order."""
    seen: list = []
    for cell in cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen


def deleted_row(row) -> bool:
    """Whether a revision deleted the whole table row (its properties carry the deletion mark)."""
    properties = row._tr.trPr
    return properties is not None and properties.find(f"{_W}del") is not None
