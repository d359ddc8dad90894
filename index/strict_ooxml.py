"""Office files saved as "Strict Open XML" (ISO/IEC 29500 Strict: Word's "Strict Open XML Document", Excel's
"Strict Open XML Spreadsheet"): the same ZIP package as a .docx, .xlsx or .pptx, every part and relationship in the
Strict namespaces ("http://purl.oclc.org/ooxml/wordprocessingml/main"), which python-docx, openpyxl and the slide
reader do not know ("no relationship of type officeDocument"). The Transitional names mean the same things, so
the package is read as a copy with its names written the Transitional way.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STRICT_ROOT = "http://purl.oclc.org/ooxml/"
_TRANSITIONAL_ROOT = "http://schemas.openxmlformats.org/"
# "…/ooxml/wordprocessingml/main" → "…/wordprocessingml/2006/main", "…/ooxml/officeDocument/relationships/styles"
# → "…/officeDocument/2006/relationships/styles": the family, then the year Transitional names carry.
_STRICT_NAME = re.compile(r"http://purl\.oclc\.org/ooxml/(?P<family>officeDocument|wordprocessingml|drawingml|"
                          r"spreadsheetml|presentationml|schemaLibrary)/(?P<rest>[A-Za-z]+(?:/[A-Za-z]+)*)")
# The few names Transitional writes with a hyphen where Strict joins the words.
_HYPHENATED = {"extendedProperties": "extended-properties", "customProperties": "custom-properties"}


def transitional_xml(xml: str) -> str:
    """A part's XML with its Strict namespace and relationship names written as Transitional ones.

    >>> transitional_xml('<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>')
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    >>> transitional_xml('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"')
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"'
    """
    def name(m: re.Match[str]) -> str:
        rest = "/".join(_HYPHENATED.get(part, part) for part in m["rest"].split("/"))
        return f"{_TRANSITIONAL_ROOT}{m['family']}/2006/{rest}"

    return _STRICT_NAME.sub(name, xml)


def is_strict(path: Path) -> bool:
    """Whether an Office package names its main part the Strict way (its package relationships)."""
    try:
        with zipfile.ZipFile(path) as package:
            return STRICT_ROOT in package.read("_rels/.rels").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


@contextmanager
def transitional(path: Path) -> Iterator[Path]:
    """The package to read: ``path`` itself, or for a Strict one a copy in a temporary folder with every XML part
    and relationship named the Transitional way (removed on leaving)."""
    if not is_strict(path):
        yield path
        return
    folder = Path(tempfile.mkdtemp(prefix="gdnn-strict-"))
    try:
        copy = folder / f"transitional{path.suffix.lower()}"
        with zipfile.ZipFile(path) as strict, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
            for item in strict.infolist():
                data = strict.read(item)
                if item.filename.endswith((".xml", ".rels")):
                    try:
                        data = transitional_xml(data.decode("utf-8")).encode("utf-8")
                    except UnicodeDecodeError:
                        pass  # a part in another encoding names nothing the readers look up
                out.writestr(item, data)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)
