"""A plan's own list of abbreviations: read from the list, and read in full in that plan's text for matching."""

from __future__ import annotations

import pytest

from index.glossary import glossary, glossary_field, read_in_full_with
from index.metadata import extract_metadata
from index.normalize import normalize_text

TABLE = """ĐỀ ÁN
DANH MỤC CÁC TỪ VIẾT TẮT
| TT | Chữ viết tắt | Nội dung |
|---|---|---|
| 1 | SGDĐT | Sở Giáo dục và Đào tạo |
| 2 | SNV | Sở Nội vụ |
| 3 | CSGDNN | Cơ sở giáo dục nghề nghiệp |
Chương I. SỰ CẦN THIẾT
SGDĐT chủ trì, phối hợp SNV hướng dẫn CSGDNN."""


def test_a_list_of_abbreviations_as_a_table_with_an_ordinal_and_a_header():
    assert glossary(TABLE) == {"SGDĐT": "Sở Giáo dục và Đào tạo", "SNV": "Sở Nội vụ",
                               "CSGDNN": "Cơ sở giáo dục nghề nghiệp"}


@pytest.mark.parametrize("title", ["Chữ viết tắt:", "CÁC TỪ VIẾT TẮT", "Bảng ký hiệu viết tắt"])
def test_a_list_of_abbreviations_as_lines_ends_at_the_next_line_of_another_kind(title):
    text = f"{title}\nGDNN: Giáo dục nghề nghiệp\n- LĐNT – Lao động nông thôn\nĐTN\tĐào tạo nghề\nI. MỤC ĐÍCH\nKT: ký thay"
    assert glossary(text) == {"GDNN": "Giáo dục nghề nghiệp", "LĐNT": "Lao động nông thôn", "ĐTN": "Đào tạo nghề"}


@pytest.mark.parametrize("text", [
    "I. MỤC ĐÍCH\nGDNN: Giáo dục nghề nghiệp",  # no list title: a line like it is text
    "Các từ viết tắt được dùng thống nhất trong kế hoạch.\nGDNN: Giáo dục nghề nghiệp",  # a sentence, no title
    "DANH MỤC CÁC TỪ VIẾT TẮT\n| Chữ viết tắt | Nội dung |",  # a header alone
])
def test_no_list_no_glossary(text):
    assert glossary(text) == {}


def test_a_plans_abbreviations_are_read_in_full_for_matching_and_stored_with_its_metadata():
    field = glossary_field(TABLE)
    assert read_in_full_with("SGDĐT chủ trì, phối hợp SNV.", field) == \
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp Sở Nội vụ."
    assert read_in_full_with("SNVX và GD&SNV", field) == "SNVX và GD&SNV"  # part of another word: none
    assert read_in_full_with("SGDĐT chủ trì", "") == "SGDĐT chủ trì"
    assert extract_metadata("thanhha-2026-de-an.txt", normalize_text(TABLE)).abbreviations == field


def test_a_question_in_full_words_is_answered_from_the_plans_abbreviated_line(assistant_over):
    """The plan writes "SNV chủ trì tổ chức 24 PGDVL …"; asked in full words, its line answers (search and scoring
    read "SNV", "PGDVL" as "Sở Nội vụ", "phiên giao dịch việc làm" in that plan only)."""
    plan = "\n\n".join([
        "ỦY BAN NHÂN DÂN TỈNH THANH HÀ", "Số: 15/ĐA-UBND", "Thanh Hà, ngày 10 tháng 3 năm 2026", "ĐỀ ÁN",
        "Nâng cao chất lượng đào tạo nghề tỉnh Thanh Hà giai đoạn 2026 - 2030",
        "DANH MỤC CÁC TỪ VIẾT TẮT", "| TT | Chữ viết tắt | Nội dung |", "|---|---|---|",
        "| 1 | SNV | Sở Nội vụ |", "| 2 | PGDVL | phiên giao dịch việc làm |", "| 3 | LĐNT | lao động nông thôn |",
        "Chương I. TỔ CHỨC THỰC HIỆN",
        "1. SNV chủ trì tổ chức 24 PGDVL mỗi năm tại Trung tâm tỉnh.",
        "2. Sở Tài chính bố trí kinh phí hằng năm cho đào tạo nghề LĐNT.",
    ])
    service = assistant_over({"thanhha-2026-de-an.txt": plan})
    answer = service.ask("Sở Nội vụ tỉnh Thanh Hà mỗi năm tổ chức bao nhiêu phiên giao dịch việc làm?")
    assert not answer.refused and "24 PGDVL" in answer.text


def test_a_two_column_list_read_one_cell_a_line_is_read_too():
    """A Word table of two columns reaches the reader as text, one cell a line (with its ordinal column too): the
    abbreviation, then its words."""
    text = ("ĐỀ ÁN\nDANH MỤC CÁC TỪ VIẾT TẮT\n\nChữ viết tắt\n\nNội dung viết đầy đủ\n\nBQL\n\nBan Quản lý\n\n"
            "CSDL\n\nCơ sở dữ liệu\n\n3\n\nSGDĐT\n\nSở Giáo dục và Đào tạo\n\nChương I. SỰ CẦN THIẾT\n\nSGDĐT chủ trì.")
    assert glossary(text) == {"BQL": "Ban Quản lý", "CSDL": "Cơ sở dữ liệu", "SGDĐT": "Sở Giáo dục và Đào tạo"}


def test_the_glossary_of_a_word_file_reaches_the_plans_metadata():
    """Read through the converter and the normaliser as ingest reads it, not from the validator's rendering."""
    from pathlib import Path

    from index.converters import convert
    from index.metadata import plan_metadata

    path = Path(__file__).parent / "data" / "styles" / "thanhvan-2026-de-an-muc-luc-viet-tat.docx"
    meta = plan_metadata(path, normalize_text(convert(path).text))
    assert "SGDĐT=Sở Giáo dục và Đào tạo" in meta.abbreviations and meta.abbreviations.count("=") >= 15


def test_a_term_coined_for_several_kinds_is_read_with_them():
    """"Doanh nghiệp nhỏ và vừa, hợp tác xã, … (sau đây gọi chung là cơ sở sản xuất, kinh doanh)": a loan table's row
    "Cơ sở sản xuất, kinh doanh" is about a cooperative asked of."""
    from index.glossary import collective_terms

    text = ("Điều 4. Đối tượng vay\n2. Hợp tác xã, tổ hợp tác, hộ kinh doanh có sử dụng lao động khuyết tật (sau đây "
            "gọi chung là cơ sở sản xuất) được vay vốn.\n| 3 | Cơ sở sản xuất | 500 triệu đồng/dự án |\n")
    assert collective_terms(text)["cơ sở sản xuất"] == ("cơ sở sản xuất (Hợp tác xã, tổ hợp tác, hộ kinh doanh có sử "
                                                         "dụng lao động khuyết tật)")
    assert "hợp tác xã" in read_in_full_with("| 3 | Cơ sở sản xuất | 500 triệu đồng/dự án |", glossary_field(text)).lower()
    assert collective_terms("Kế hoạch (sau đây gọi tắt là KH) này") == {}
