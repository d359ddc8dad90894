"""The files attached inside a PDF: e-office systems send a signed decision as a PDF that carries its annexes.

A province's document system often publishes the decision's PDF with the plan's
annex tables (an .xlsx of norms, a .docx of notes) attached inside it rather
than printed on its pages; a reader that takes only the pages loses every
figure. The PDF standard keeps such files in two places: the document's
``/EmbeddedFiles`` name tree (the attachments panel) and ``/FileAttachment``
annotations (the paperclip on a page). Both are read, each file once, in the
order the sender attached them (the same file shown in both places, under
whatever names, is read once). pdfminer (under pdfplumber) parses the objects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.bundles import MAX_MEMBER_BYTES, MAX_MEMBERS, Attachment

_NAME_TREE_DEPTH = 32  # a name tree deeper than this is broken (or a loop), not a real document's


def attached_files(path: Path) -> list[Attachment]:
    """The files attached to a PDF, from its attachments panel then its pages' paperclips, each file once. Raises
    ``ValueError`` when they are more or larger than a bundle's limits (``bundles``); an unreadable PDF is the page
    reader's to report, so it gives no attachment here."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    found: list[Attachment] = []
    seen: set[str] = set()
    try:
        with path.open("rb") as handle:
            document = PDFDocument(PDFParser(handle))
            names = resolve1(document.catalog.get("Names"))
            specs = list(_name_tree(resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None, 0))
            for page in PDFPage.create_pages(document):
                for annotation in resolve1(page.annots) or ():
                    annotation = resolve1(annotation)
                    if isinstance(annotation, dict) and _name(annotation.get("Subtype")) == "FileAttachment":
                        specs.append(resolve1(annotation.get("FS")))
            for spec in specs:
                attached = _attached(spec, len(found))
                if attached is None:
                    continue
                key = hashlib.sha256(attached.data).hexdigest()  # the same file shown in both places
                if key not in seen:
                    seen.add(key)
                    found.append(attached)
                if len(found) > MAX_MEMBERS:
                    raise ValueError(f"hơn {MAX_MEMBERS} tệp đính kèm")
    except ValueError:
        raise
    except Exception:  # noqa: BLE001 - pdfminer fails in unbounded ways on a broken file; the pages say why
        return []
    return found


def _name_tree(node: Any, depth: int) -> Iterator[Any]:
    """The values of a PDF name tree (``/Names`` pairs in its leaves, ``/Kids`` below its inner nodes), in key
    order as the tree keeps them."""
    from pdfminer.pdftypes import resolve1

    if not isinstance(node, dict) or depth > _NAME_TREE_DEPTH:
        return
    pairs = resolve1(node.get("Names")) or []
    for value in pairs[1::2]:
        yield resolve1(value)
    for kid in resolve1(node.get("Kids")) or []:
        yield from _name_tree(resolve1(kid), depth + 1)


def _attached(spec: Any, number: int) -> Attachment | None:
    """A file specification's file (None when it embeds none: a link to a file outside the PDF); a file with no
    name is named by its place."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.utils import decode_text

    if not isinstance(spec, dict):
        return None
    files = resolve1(spec.get("EF"))
    stream = resolve1(files.get("UF") or files.get("F")) if isinstance(files, dict) else None
    if not isinstance(stream, PDFStream):
        return None
    length = resolve1(stream.get("DL") or resolve1(stream.get("Params") or {}).get("Size"))
    if isinstance(length, int) and length > MAX_MEMBER_BYTES:
        raise ValueError(f"có tệp đính kèm lớn hơn {MAX_MEMBER_BYTES // 1_048_576} MB")
    data = stream.get_data()
    if len(data) > MAX_MEMBER_BYTES:
        raise ValueError(f"có tệp đính kèm lớn hơn {MAX_MEMBER_BYTES // 1_048_576} MB")
    raw = resolve1(spec.get("UF") or spec.get("F"))
    name = decode_text(raw) if isinstance(raw, bytes) else str(raw or "")
    name = Path(name.replace("\\", "/")).name or f"tệp đính kèm {number + 1}"
    return Attachment(name, data)


def _name(value: Any) -> str:
    """A PDF name object's text (``/FileAttachment`` → "FileAttachment")."""
    return str(getattr(value, "name", value))
