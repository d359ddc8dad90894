"""Dates, years and periods as plans write them.

Raw-text patterns (diacritics kept) unless the name says FOLDED.
"""

from __future__ import annotations

import re

# A year of this era: "2025", "1998" (not "3025", not "20250").
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A year or a span of years, optionally introduced: "2025", "2021 - 2030", "giai đoạn 2021-2025".
YEAR_SPAN = re.compile(r"\b(?:(?:giai đoạn|thời kỳ)\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b")
# "20/12/2025", "20/12", "5 / 6 / 25".
NUMERIC_DATE = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
# "20 tháng 12", "20 tháng 12 năm 2025".
WORDED_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
DATE = re.compile(rf"{NUMERIC_DATE}|{WORDED_DATE}")
# "ngày 07 tháng 3 năm 2023" as in the place-date line, day and month possibly blank
# ("ngày    tháng 3 năm 2023"); groups d, m, y.
DATE_LINE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.IGNORECASE
)
# "hằng năm", "hàng năm", "mỗi năm": a recurring yearly time.
EVERY_YEAR = re.compile(r"\b(?:hàng|hằng|mỗi)\s+năm\b", re.IGNORECASE)
