"""Which lines are a translation (``index.vocab.language``), by example."""

from __future__ import annotations

import pytest

from index.vocab.language import is_foreign_line


@pytest.mark.parametrize("line", [
    "The project is implemented in 2025 - 2027 in Lac Van province with a total budget of USD 2.4 million.",
    "b) Job placement rate within 6 months reaches 70%.",
    "3.1. The PMU compiles quarterly reports and sends them to the donor by the 10th of the month.",
])
def test_an_english_sentence_is_foreign(line):
    assert is_foreign_line(line)


@pytest.mark.parametrize("line", [
    "a) Đào tạo nghề cho 1.250 thanh niên, trong đó nữ chiếm ít nhất 45%.",
    "Dao tao nghe cho 1.250 thanh nien trong do nu chiem it nhat 45%",  # typed without marks: still Vietnamese
    "Ung dung Zalo, Facebook va website cua So",  # names of products are no English sentence
    "Khảo sát nhu cầu học nghề / Training needs survey",  # a bilingual cell keeps its Vietnamese
    "2. Objectives for 2026",  # too short to tell
    "PMU, GIZ, ILO, UNDP, ADB",
])
def test_vietnamese_lines_and_short_ones_are_not(line):
    assert not is_foreign_line(line)
