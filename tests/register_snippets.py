"""Hand-made plan snippets for the register tests: a header, and the register of a text."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.register import PlanRegister, extract_register

LDTBXH = "Sở Lao động - Thương binh và Xã hội"
HEADER = "Số: 12/KH-UBND\n\nTỉnh X, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n"


def register_of(text: str, doc: str = "plan.txt") -> PlanRegister:
    """The register of a plan text, normalised and with its metadata, as the ingest builds it."""
    normalised = normalize_text(text)
    return extract_register(doc, normalised, extract_metadata(doc, normalised))


def rows_of(text: str):
    return register_of(text).responsibilities


def pipe(*cells: str) -> str:
    """One table row as converters write it: "| a | b |"."""
    return "| " + " | ".join(cells) + " |"
