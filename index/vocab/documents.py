"""Document types and document numbers.

A number is "<digits>[/<year>]/<type>-<body>": "70/KH-UBND", "647/QĐ-UBND",
"12/2024/KH-UBND", "06-NQ/TW"; blank on drafts ("Số: /KH-SLĐTBXH").
"""

from __future__ import annotations

import re

# Document types, in their usual capitalisation, with the abbreviation of the number.
DOC_TYPES: dict[str, str] = {
    "Kế hoạch": "KH",
    "Quyết định": "QĐ",
    "Nghị quyết": "NQ",
    "Chương trình": "CTr",
    "Đề án": "ĐA",
    "Chỉ thị": "CT",
}

# "Số: 70 /KH-UBND", "Số: /KH-SLĐTBXH", "Số: 12/2024/KH-UBND", "Số: 647/QĐ-UBND".
NUMBER_FIELD = re.compile(
    r"\bSố\s*:?\s*(?P<num>\d[\d\s./]*?)?\s*/\s*"
    r"(?P<suf>[A-ZĐ][A-ZĐ&a-z]*(?:\s*[-\u2013]\s*[A-ZĐ][A-ZĐ&]*)+)"
)
# A plan number in a folded question: "70/kh-ubnd", "ke hoach so 70", "kh 70". Groups 1–2: digits.
FOLDED_PLAN_REFERENCE = re.compile(r"\b(?:ke hoach|kh)\s*(?:so\s*)?(\d{1,4})\s*/\s*kh\b|\b(\d{1,4})\s*/\s*kh\s*-")
