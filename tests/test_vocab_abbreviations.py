"""The field's abbreviations read in full for matching, on examples: plans and users write "GDNN" and
"giáo dục nghề nghiệp", "THCS" and "trung học cơ sở" for the same thing."""

from __future__ import annotations

import pytest

from assistant.extractive import TermWeights, score_units
from assistant.questions import folded_syllables, profile_question
from index.lexical import LexicalIndex, folded_tokens
from index.retriever import Passage
from index.vocab.abbreviations import read_in_full, spelled_out


@pytest.mark.parametrize(
    ("folded", "full"),
    [
        ("hoc sinh tot nghiep thcs vao hoc gdnn", "hoc sinh tot nghiep trung hoc co so vao hoc giao duc nghe nghiep"),
        ("trung tam gdnn-gdtx", "trung tam giao duc nghe nghiep-giao duc thuong xuyen"),
        ("so ldtbxh va so gddt", "so lao dong thuong binh va xa hoi va so giao duc va dao tao"),
        ("dao tao nghe cho ldnt", "dao tao nghe cho lao dong nong thon"),
        ("dn trong kcn", "doanh nghiep trong khu cong nghiep"),
        ("bao cao gui so gd&dt", "bao cao gui so giao duc va dao tao"),  # the field with its "&" and "-"
        ("so ld-tb&xh chu tri", "so lao dong thuong binh va xa hoi chu tri"),
        ("truong cd nong nghiep; dh, cd", "truong cao dang nong nghiep; dai hoc, cao dang"),  # school levels
        ("dao tao 9.600 ld; hs, sv", "dao tao 9.600 lao dong; hoc sinh, sinh vien"),  # people counted
        ("ban ql khu kinh te; bql cac kcn", "ban quan ly khu kinh te; ban quan ly cac khu cong nghiep"),
    ],
)
def test_abbreviations_are_read_as_the_words_they_stand_for(folded, full):
    assert read_in_full(folded) == full


@pytest.mark.parametrize("folded", ["so 70/kh-ubnd", "356/bc-sgddt,", "khdn", "gdnnx", "dang ky hoc nghe"])
def test_words_holding_an_abbreviation_and_document_numbers_are_left_alone(folded):
    assert read_in_full(folded) == folded


def test_questions_and_search_tokens_read_abbreviations_in_full_the_text_shown_is_kept():
    assert folded_syllables("Kế hoạch GDNN năm 2023") == ["ke", "hoach", "giao", "duc", "nghe", "nghiep", "nam", "2023"]
    assert "trung_hoc" in folded_tokens("tốt nghiệp THCS") and "thcs" not in folded_tokens("tốt nghiệp THCS")
    index = LexicalIndex.build(["row", "other"], ["Tỷ lệ học sinh tốt nghiệp THCS vào học GDNN đạt 26%",
                                                  "Tỷ lệ lao động qua đào tạo đạt 70,5%"], "f")
    scores = index.scores("học sinh tốt nghiệp trung học cơ sở vào học giáo dục nghề nghiệp")
    assert scores[0] > scores[1]


def test_a_row_written_in_abbreviations_covers_a_question_written_in_full():
    text = "Tỷ lệ học sinh tốt nghiệp THCS vào học GDNN (%) | Thực hiện 2025: 23,4 | Kế hoạch 2026: 26,0"
    row = Passage(1, "row", text, "lamha.txt", "Kế hoạch 12/KH-UBND (Lam Hà)", "II. CHỈ TIÊU", 1.0,
                  {"doc": "lamha.txt", "title": "Phát triển nhân lực năm 2026"})
    profile = profile_question("Tỷ lệ học sinh tốt nghiệp trung học cơ sở vào học giáo dục nghề nghiệp năm 2026?")
    (scored,) = score_units([row], profile, TermWeights([row.text]))
    assert scored.coverage > 0.9


def test_an_abbreviation_is_spelled_out_with_its_accents_any_other_word_is_not():
    assert spelled_out("LĐ") == spelled_out("lđ") == "lao động"
    assert spelled_out("DN") == "doanh nghiệp"
    assert spelled_out("người") == spelled_out("Sở") == ""


def test_more_of_the_fields_abbreviations_are_read_in_full():
    """ "CSDL cung - cầu", "Kế hoạch GQVL", "hiện đại hóa CSVC", "KT-XH": the words a user types in full."""
    assert read_in_full("xay dung csdl cung - cau lao dong") == "xay dung co so du lieu cung - cau lao dong"
    assert read_in_full("ke hoach gqvl nam 2027") == "ke hoach giai quyet viec lam nam 2027"
    assert read_in_full("hien dai hoa csvc") == "hien dai hoa co so vat chat"
    assert read_in_full("phat trien kt-xh") == "phat trien kinh te xa hoi"


def test_two_abbreviations_joined_by_a_slash_are_each_read_a_document_code_is_not():
    assert read_in_full("tuyen sinh cd/dh") == "tuyen sinh cao dang/dai hoc"
    assert read_in_full("ke hoach so 70/kh-ubnd") == "ke hoach so 70/kh-ubnd"
    assert read_in_full("cong van 12/sgddt-gdnn") == "cong van 12/sgddt-gdnn"


def test_bh_is_bao_hiem():
    assert read_in_full("bh that nghiep") == "bao hiem that nghiep"


def test_what_students_type_of_a_schools_notice_is_read_in_full():
    assert read_in_full("sdt zalo tu van tuyen sinh") == "so dien thoai zalo tu van tuyen sinh"
    assert read_in_full("ktx truong bao nhieu tien") == "ky tuc xa truong bao nhieu tien"


def test_a_list_and_a_department_typed_by_its_initials_after_so_are_read_in_full():
    assert read_in_full("so nv tham dinh ds nguoi hoc") == "so noi vu tham dinh danh sach nguoi hoc"
    assert read_in_full("So TC va So NV") == "So tai chinh va So noi vu"
    assert read_in_full("hoan thanh nv gi truoc quy ii") == "hoan thanh nv gi truoc quy ii"  # "nhiệm vụ" alone
