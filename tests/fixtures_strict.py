"""Office files saved as "Strict Open XML": a file python-docx, openpyxl or python-pptx wrote, then named the Strict
way as Word's and Excel's "Strict Open XML" save writes it (ISO/IEC 29500-1 Strict namespaces and relationship
types, Word's "start"/"end" alignment, ``w:conformance="strict"``), part by part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

# The Transitional names the readers know and the Strict ones the standard gives them (ISO/IEC 29500-1, annex A).
STRICT_NAMES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "http://purl.oclc.org/ooxml/spreadsheetml/main",
    "http://schemas.openxmlformats.org/presentationml/2006/main": "http://purl.oclc.org/ooxml/presentationml/main",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing":
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "http://purl.oclc.org/ooxml/drawingml/picture",
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "http://purl.oclc.org/ooxml/drawingml/chart",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "http://purl.oclc.org/ooxml/officeDocument/math",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes":
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
}
_RELATIONSHIPS = re.compile(r"http://schemas\.openxmlformats\.org/officeDocument/2006/relationships(?:/([\w-]+))?")
_STRICT_TYPES = {"extended-properties": "extendedProperties", "custom-properties": "customProperties"}


def _strict_part(xml: str) -> str:
    for transitional, strict in STRICT_NAMES.items():
        xml = xml.replace(f'"{transitional}"', f'"{strict}"')
    xml = _RELATIONSHIPS.sub(lambda m: "http://purl.oclc.org/ooxml/officeDocument/relationships"
                             + (f"/{_STRICT_TYPES.get(m[1], m[1])}" if m[1] else ""), xml)
    xml = xml.replace('w:val="left"', 'w:val="start"').replace('w:val="right"', 'w:val="end"')
    return re.sub(r"<w:document (?=xmlns)", '<w:document w:conformance="strict" ', xml, count=1)


def strict_copy(path: Path, out: Path) -> Path:
    """The Office file at ``path`` saved again as Strict Open XML at ``out``."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as strict:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith((".xml", ".rels")):
                data = _strict_part(data.decode("utf-8")).encode("utf-8")
            strict.writestr(item, data)
    return out
