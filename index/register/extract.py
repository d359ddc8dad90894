"""One plan's register from its text, and a register of plan files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from index.agencies import canonical_agency
from index.metadata import PlanMetadata
from index.parties import parties
from index.register.model import PlanRegister, Register, fingerprint
from index.register.responsibilities import Extraction, extract_responsibilities
from index.register.tables import read_amendment_tables, read_assignment_tables, read_response_tables, table_targets
from index.register.targets import extract_targets, plan_year
from index.structure import parse_structure


def extract_register(doc: str, text: str, metadata: PlanMetadata | None = None) -> PlanRegister:
    """The register of one plan, from its normalised text (as `normalize_text` returns it)."""
    plan = metadata.label if metadata and metadata.label else doc
    root = parse_structure(text or "")
    work = extract_responsibilities(root, doc, plan)
    read_assignment_tables(root, work)
    read_amendment_tables(root, work)
    read_response_tables(root, work)
    name_parties(work, parties(text or ""))
    work.sort_rows(root)
    year = plan_year(metadata)
    targets = extract_targets(root, year, doc, plan) + table_targets(root, year, doc, plan)
    missing = f"{doc}: no 'Mục tiêu' / 'Chỉ tiêu' part or target table found; no targets"
    notes = work.notes + ([] if targets else [missing])
    return PlanRegister(
        doc=doc, plan=plan, fingerprint=fingerprint(text or ""),
        responsibilities=work.rows, deadlines=work.deadlines, targets=targets, notes=notes,
    )


def name_parties(work: Extraction, labels: dict[str, str]) -> None:
    """Rows and deadlines of a contract's parties under the bodies' names ("Bên B" → "Trường Cao đẳng Y"): an
    official asks for the college, not for its label. The task keeps the text's own words."""
    if not labels:
        return
    names = {label: canonical_agency(name) for label, name in labels.items()}
    for row in work.rows:
        row.agency = names.get(row.agency, row.agency)
        row.partners = list(dict.fromkeys(names.get(p, p) for p in row.partners))
    for deadline in work.deadlines:
        deadline.agencies = list(dict.fromkeys(names.get(a, a) for a in deadline.agencies))


def build_register(items: Iterable[Any], ocr_cache: Path | None = None) -> Register:
    """A register from plan files or directories, or (doc, normalised text, metadata) tuples.

    Files go through the same steps as the ingest (decode, normalise,
    metadata with sidecar), so the benchmark and tests see what the index sees;
    ``ocr_cache`` is where the ingest kept the text of scans it could not cache
    beside the file, so a rebuild never OCRs a scan again.
    """
    from index.documents import DocumentError, list_plan_files, read_plan
    from index.metadata import plan_metadata
    from index.normalize import normalize_text

    register = Register()
    paths: list[Path] = []
    for item in items:
        if isinstance(item, tuple):
            doc, text, meta = item
            register.replace_plan(extract_register(doc, text, meta))
        else:
            paths.append(Path(item))
    files, _errors = list_plan_files(paths) if paths else ([], [])
    for path in files:
        try:
            plan = read_plan(path, ocr_cache=ocr_cache)
        except DocumentError:
            continue
        text = normalize_text(plan.text)
        register.replace_plan(extract_register(plan.doc, text, plan_metadata(path, text)))
    return register
