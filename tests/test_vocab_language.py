"""Which lines are a translation (``index.vocab.language``), by example."""

from __future__ import annotations

import pytest

from index.vocab.language import is_foreign_line, is_translation, is_translation_column, syllable_share


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


def test_a_line_without_the_marks_of_the_line_it_follows_may_translate_it():
    assert is_translation("6.1. Project Management Unit (PMU)", "6.1. Ban Quản lý dự án")
    assert not is_translation("6.2. Trường Cao đẳng Nông Lâm", "6.1. Ban Quản lý dự án")  # marked: its own
    assert not is_translation("6.2. Ban Quan ly du an", "6.1. Ban Quan ly du an")  # no marks to tell by
    assert not is_translation("6.2.", "6.1. Ban Quản lý dự án")


def test_a_column_mostly_in_another_language_is_a_translation():
    english = ["- Compiles and submits quarterly progress reports to the", "Department of Education and Training",
               "and the donor no later than the tenth day of the first", "month of the following quarter.",
               "- Prepares the annual work plan and submits it for approval"]
    vietnamese = ["- Tổng hợp, gửi báo cáo tiến độ hằng quý cho Sở", "Giáo dục và Đào tạo và nhà tài trợ chậm nhất",
                  "vào ngày 10 của tháng đầu quý tiếp theo.", "- Xây dựng kế hoạch hoạt động năm 2027, trình phê duyệt"]
    assert is_translation_column(english)
    assert not is_translation_column(vietnamese)
    assert not is_translation_column(english[:2])  # too little to judge


@pytest.mark.parametrize("text", [
    "Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND các xã rà soát nhu cầu học nghề.",
    "Ke hoach dao tao nghe cho lao dong nong thon nam 2027",  # typed, or read by a scanner, without marks
    "Chỉ tiêu: 12.500 người (HĐND tỉnh, GDNN)",
])
def test_vietnamese_is_mostly_syllables_with_or_without_its_marks(text):
    assert syllable_share(text) >= 0.9


@pytest.mark.parametrize("text", [
    "UYVacdVghiVNklV5khVmgkVn ,/VokVprVgcsgVktuVvyVrÁÂVÔgVkyVkràu",  # a font with no Unicode map, read as codes
    "Xjfsb qmbo gps wpdbujpobm usbjojoh jo uif qspwjodf",  # letters shifted by one
    "(cid:41)(cid:12)(cid:7) (cid:88)(cid:3)(cid:19)(cid:56) (cid:17)(cid:23)",  # a CID font's codes, as pdfminer writes them
])
def test_a_text_layer_drawn_in_unmapped_fonts_is_no_syllables(text):
    assert syllable_share(text) < 0.3


def test_a_text_with_no_letter_is_not_judged_noise():
    assert syllable_share("12.500 | 3.400 | 45%") == 1.0
