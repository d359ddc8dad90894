"""The values a filled PDF form holds in its fields, read where a viewer shows them.

A Sở sends its institutions a fillable form (its labels, instructions and boxes printed on the page); each fills
it in a PDF viewer and sends it back. What the institution wrote (its name, its targets, who leads which task, its
dates) stands only in the fields' widget annotations (``/V``, a check box's ``/AS``), in no page's content stream:
a reader of the text layer sees the form and none of the answers. Each value becomes letters set inside its
field's box, so the page reads as it shows: the label, then what was filled in beside or under it.

A form without fields is filled the same way with a PDF editor's typewriter or text-box tool: each value typed over
its dotted line or into its table cell is a free-text annotation (``/Subtype /FreeText``, its text in
``/Contents``), again in no content stream. Its text is set in its box like a field's, and the dotted line it
covers is taken out, so that the label reads on into the value and no leader dot splits its words. A sticky note
(``/Text``) is a reader's comment on the page, not its text, and is left out.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

CHECKED, UNCHECKED = "☒", "☐"  # a check box as the text shows it, before the option printed beside it
_HIDDEN = 1 << 1  # annotation flag: not shown
_MULTILINE = 1 << 12  # text field flag: its value wraps over several lines
_PUSHBUTTON = 1 << 16  # button field flag: a button to press, no state
_MAX_PARENTS = 8  # a field's kind and value may be set on the fields above its widget
_ADVANCE = 0.5  # a letter's width, as a share of the font size
_LEADING = 1.15  # a line's height, as a share of the font size
_DEFAULT_SIZE = 10.0
_FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf\b")
_SAME_LINE = 2.0  # points: letters whose tops differ by less stand on one printed line
_RUN_ON = 1.6  # a label's next line stands within this many line heights below
FIELD_FONT = "FormField"  # the font name of the letters set for a field's value
_LEADERS = frozenset(".…_·")  # the dotted or ruled line printed for a value to be written on
_LEADER_GAP = 1.5  # a run of leader dots goes on while the next stands within this many of a dot's widths
_SPELLED = 12  # letters of a typed value the page's own text must spell for the value to be printed already


def with_field_values(page: Any) -> Any:
    """The pdfplumber page with its filled fields' and typed values among its letters, the leader dots in their
    boxes taken out (the page itself when nothing is filled): words, lines and tables are then read from them as
    from the printed text."""
    filled = _filled(page)
    if filled:
        covered = {id(c) for box, _ in filled for c in _dotted_line(box, page.chars)}
        kept = [c for c in page.objects.get("char", []) if id(c) not in covered]
        page._objects = {**page.objects, "char": [*kept, *(c for _, chars in filled for c in chars)]}
    return page


def field_chars(page: Any) -> list[dict]:
    """Letters for the value of each visible field or typed text box of the page, set in its box; a box the page's
    text already fills (a form printed with its answers, a typed value flattened into the page) is left as
    printed."""
    return [c for _, chars in _filled(page) for c in chars]


def _filled(page: Any) -> list[tuple[dict, list[dict]]]:
    """Each box holding a value to set (``field_chars``) with its letters."""
    filled: list[tuple[dict, list[dict]]] = []
    printed: list[dict] | None = None  # the page's own letters, read only once a box holds a value
    for annot in page.annots or []:
        data = annot.get("data") or {}
        kind = _name(data.get("Subtype"))
        if kind not in ("Widget", "FreeText") or int(resolve1(data.get("F")) or 0) & _HIDDEN:
            continue
        value = shown_value(data) if kind == "Widget" else typed_text(data)
        if not value:
            continue
        printed = [c for c in page.chars if c["text"].strip()] if printed is None else printed
        inside = _squeezed("".join(c["text"] for c in printed if _inside(c, annot)))
        # a field's box holds nothing printed but its dotted line; a typed box may reach over a label's last
        # letters, and is printed already only when the page spells its value there
        printed_already = bool(inside) if kind == "Widget" else _squeezed(value)[:_SPELLED] in inside
        if not printed_already:
            filled.append((annot, _placed(value, annot, data, page, _label_line(annot, printed),
                                          several=kind == "FreeText")))
    return filled


def typed_text(annotation: dict) -> str:
    """The text typed into a free-text annotation: its ``/Contents``, else its rich text (``/RC``, XHTML) without
    the markup."""
    text = _text(resolve1(annotation.get("Contents")))
    if not text.strip():
        text = re.sub(r"<[^>]*>", " ", _text(resolve1(annotation.get("RC"))))
    return text.strip()


def _squeezed(text: str) -> str:
    """The text without spaces or leader dots: what a box holds printed, wherever its dotted line ran."""
    return "".join(c for c in text if not c.isspace() and c not in _LEADERS)


def _dotted_line(box: dict, chars: list[dict]) -> list[dict]:
    """The leader dots (``_LEADERS``) of the dotted lines a box was filled over: each run of them on the box's lines
    that reaches into the box, also where it starts left of it or runs on past it."""
    rows: dict[float, list[dict]] = {}
    for c in chars:
        if c["text"] in _LEADERS and box["top"] <= (c["top"] + c["bottom"]) / 2 <= box["bottom"]:
            rows.setdefault(round(c["top"]), []).append(c)
    covered: list[dict] = []
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
        runs: list[list[dict]] = [[row[0]]]
        for prev, c in zip(row, row[1:]):
            if c["x0"] - prev["x1"] > _LEADER_GAP * max(prev["x1"] - prev["x0"], 1.0):
                runs.append([])
            runs[-1].append(c)
        covered += [c for run in runs if any(_inside(c, box) for c in run) for c in run]
    return covered


def is_field_value(chars: list[dict]) -> bool:
    """Whether letters are a field's value set by ``field_chars``, not the page's printed text."""
    return bool(chars) and all(c.get("fontname") == FIELD_FONT for c in chars)


def shown_value(field: dict) -> str:
    """What a field shows: a text or choice field's value, a check box's state as ☒ or ☐; "" for a button
    or an empty field."""
    kind = _name(_inherited(field, "FT"))
    flags = int(resolve1(_inherited(field, "Ff")) or 0)
    if kind == "Btn":
        if flags & _PUSHBUTTON:
            return ""
        state = _name(field.get("AS")) or _name(_inherited(field, "V"))
        return UNCHECKED if state in ("", "Off") else CHECKED
    if kind not in ("Tx", "Ch"):
        return ""
    value = resolve1(_inherited(field, "V"))
    if isinstance(value, list):  # a list box with several options chosen
        return ", ".join(filter(None, (_text(resolve1(v)) for v in value)))
    return _text(value).strip()


def _inherited(field: dict, key: str) -> Any:
    """A field attribute set on the widget or on a field above it (``/Parent``): a form's field may hold its
    value once for the widgets that show it."""
    node: Any = field
    for _ in range(_MAX_PARENTS):
        if not isinstance(node, dict):
            return None
        if key in node:
            return node[key]
        node = resolve1(node.get("Parent"))
    return None


def _name(value: Any) -> str:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        return value.name.decode("latin-1") if isinstance(value.name, bytes) else str(value.name)
    return value.decode("latin-1") if isinstance(value, bytes) else str(value or "")


def _text(value: Any) -> str:
    """A PDF text string (UTF-16 with its byte order mark, or PDFDocEncoding) or a name, as text."""
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, PSLiteral):
        return _name(value)
    return value if isinstance(value, str) else ""


def _inside(char: dict, box: dict) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]


def _label_line(box: dict, printed: list[dict]) -> float | None:
    """The top of the last line of the label printed left of a box, level with it ("3. Quyết định thành lập (tổ
    chức lại):" beside a box of two lines), or None when the label stands above the box. A label that runs on just
    below the box to its colon ends there ("4. Giấy chứng nhận … giáo dục nghề / nghiệp:" beside a box of one line
    level with its first line)."""
    left = [c for c in printed if c["x1"] <= box["x0"] + 1]
    level = [c["top"] for c in left if c["bottom"] > box["top"] and c["top"] < box["bottom"]]
    if not level:
        return None
    last = max(level)
    line = [c for c in left if abs(c["top"] - last) <= _SAME_LINE]
    height = max(c["bottom"] - c["top"] for c in line)
    below = [c["top"] for c in left if last + _SAME_LINE < c["top"] <= last + _RUN_ON * height]
    if below and not _ends_label(line) and _ends_label([c for c in left if abs(c["top"] - min(below)) <= _SAME_LINE]):
        return min(below)
    return last


def _ends_label(line: list[dict]) -> bool:
    """Whether a printed line's letters, left to right, end with a label's colon."""
    return "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])).rstrip().endswith(":")


def _placed(value: str, box: dict, field: dict, page: Any, label: float | None = None, several: bool = False
            ) -> list[dict]:
    """The value's letters inside the box, each of its paragraphs one line, its letters set closer when it runs past
    the box (a viewer wraps or scrolls a long value; read, it must stay in its box, clear of the next label). The
    first line stands level with the last line of the label printed beside the box, so the label reads on into its
    value (wrapped lines around a label centred beside them would cut it); without one, a single line stands in
    the middle of the box, several from its top. ``several``: a typed box, whose value keeps its paragraphs as a
    multi-line field's does."""
    appearance = _inherited(field, "DA")
    found = _FONT_SIZE.search(appearance) if isinstance(appearance, bytes) else None
    size = float(found.group(1)) if found and float(found.group(1)) > 0 else _DEFAULT_SIZE
    width = max(box["x1"] - box["x0"] - 2, 1.0)
    height = max(box["bottom"] - box["top"], 1.0)
    if several or int(resolve1(_inherited(field, "Ff")) or 0) & _MULTILINE:
        lines = [" ".join(paragraph.split()) for paragraph in value.splitlines() if paragraph.strip()]
    else:
        lines = [" ".join(value.split())]
    size = min(size, height / (len(lines) * _LEADING)) if lines else size
    if label is not None:
        first = label
    else:
        first = box["top"] + (max(height - size, 0) / 2 if len(lines) == 1 else 0)
    chars = []
    for k, line in enumerate(lines):
        top = first + k * size * _LEADING
        advance = min(size * _ADVANCE, width / max(len(line), 1))
        for n, letter in enumerate(line):
            x0 = box["x0"] + 1 + n * advance
            chars.append({
                "object_type": "char", "page_number": page.page_number, "text": letter, "fontname": FIELD_FONT,
                "size": size, "adv": advance, "upright": True, "x0": x0, "x1": x0 + advance, "width": advance,
                "top": top, "bottom": top + size, "height": size, "doctop": page.initial_doctop + top,
                "y0": page.height - top - size, "y1": page.height - top, "matrix": (1, 0, 0, 1, x0, page.height - top),
                "stroking_color": None, "non_stroking_color": (0,), "ncs": "DeviceGray",
            })
    return chars
