"""Normaliser: canonical spelling, markdown and artefact removal, hard-wrap re-joining.

The real plans under data/plans are used wherever a property must hold on
what the assistant actually ingests; small synthetic inputs pin the rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pytest

from index.normalize import (
    canonical,
    clean_lines,
    comparison_form,
    fold_accents,
    is_artefact,
    join_hard_wraps,
    normalize_text,
    strip_markdown,
    unify_tone_placement,
)

from .plans import (
    ALL_PLANS,
    HAIDUONG,
    HAIPHONG_NQ06,
    HAIPHONG_STRATEGY,
    HANOI_2023,
    HANOI_2025,
    PLANS,
)

NOT_WRAPPED = [HANOI_2023, HANOI_2025, HAIPHONG_NQ06, HAIDUONG]

_LETTER_ITEM = re.compile(r"^[a-zđ]\)\s")


@cache
def raw(name: str) -> str:
    return (PLANS / name).read_text(encoding="utf-8")


@cache
def normalized(name: str) -> str:
    return normalize_text(raw(name))


def paragraphs(name: str) -> list[str]:
    return normalized(name).split("\n\n")


def test_corpus_is_present():
    assert sorted(p.name for p in PLANS.glob("*.txt")) == sorted(ALL_PLANS)


# ---------------------------------------------------------------- canonical spelling


def test_canonical_composes_nfd_input():
    decomposed = unicodedata.normalize("NFD", "Giáo dục nghề nghiệp Hà Nội")
    assert decomposed != "Giáo dục nghề nghiệp Hà Nội"
    out = canonical(decomposed)
    assert out == "Giáo dục nghề nghiệp Hà Nội"
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("hoà", "hòa"),
        ("khoẻ", "khỏe"),
        ("thuỷ", "thủy"),
        ("tuỳ", "tùy"),
        ("thoả", "thỏa"),
        ("hoá", "hóa"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("Uỷ", "Ủy"),
        ("Thuý", "Thúy"),
    ],
)
def test_tone_moves_to_first_vowel_of_open_oa_oe_uy(word, expected):
    assert unify_tone_placement(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        "quý",  # qu + y: the u belongs to the consonant
        "quỷ",
        "hoàn",  # closed syllables keep the tone on the main vowel
        "thuyền",
        "khuỷu",
        "hòa",  # already canonical
        "khỏe",
        "thủy",
        "của",
        "mùa",
        "giữa",
        "chìa",
    ],
)
def test_tone_placement_leaves_other_syllables_alone(word):
    assert unify_tone_placement(word) == word


def test_tone_placement_in_running_text():
    assert canonical("Uỷ ban nhân dân tỉnh Hoà Bình, sức khoẻ, quý, hoàn thành") == (
        "Ủy ban nhân dân tỉnh Hòa Bình, sức khỏe, quý, hoàn thành"
    )


def test_canonical_is_idempotent_on_words():
    text = "hoà khoẻ thuỷ quý hoàn thuyền Uỷ ban"
    assert canonical(canonical(text)) == canonical(text)


def test_fold_accents():
    assert fold_accents("Đà Nẵng") == "da nang"
    assert fold_accents("Sở Lao động - Thương binh và Xã hội") == "so lao dong - thuong binh va xa hoi"
    assert fold_accents("ĐÀO TẠO NGHỀ") == "dao tao nghe"


def test_fold_accents_treats_both_tone_placements_alike():
    assert fold_accents("hoà") == fold_accents("hòa") == "hoa"


def test_comparison_form():
    assert comparison_form("## **Sở  Lao động – Thương binh**\n và Xã hội ") == "sở lao động - thương binh và xã hội"
    assert comparison_form("Hoà  bình — khoẻ") == "hòa bình - khỏe"


# ---------------------------------------------------------------- markdown and artefacts


@pytest.mark.parametrize(
    "line, expected",
    [
        ("## **II. CHỈ TIÊU**", "II. CHỈ TIÊU"),
        ("##### 1. Mục đích", "1. Mục đích"),
        ("#### I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("- **Sở Tài chính**: chủ trì", "- Sở Tài chính: chủ trì"),
        ("***Ghi chú***", "Ghi chú"),
        ("__Ghi chú__", "Ghi chú"),
        ("   Không có định dạng   ", "Không có định dạng"),
        ("- 2030, tầm nhìn đến năm 2045", "- 2030, tầm nhìn đến năm 2045"),
    ],
)
def test_strip_markdown(line, expected):
    assert strip_markdown(line) == expected


def test_strip_markdown_triple_underscore():
    assert strip_markdown("___Ghi chú___") == "Ghi chú"


@pytest.mark.parametrize(
    "line",
    [
        "https://thuvienphapluat.vn/van-ban/lao-dong-tien-luong/quyet-dinh-2239.aspx",
        "  www.example.vn/ke-hoach  ",
        "12",
        "- 3 -",
        "  7  ",
    ],
)
def test_artefacts(line):
    assert is_artefact(line)


@pytest.mark.parametrize(
    "line",
    [
        "2023",  # a year is never a page number
        "Xem https://thuvienphapluat.vn/van-ban",
        "1. Sở Tài chính",
        "- 2030, tầm nhìn",
        "",
    ],
)
def test_not_artefacts(line):
    assert not is_artefact(line)


def test_lone_url_and_page_number_lines_are_dropped():
    text = normalize_text("Nội dung thứ nhất.\nhttps://example.com/van-ban/1\n12\nNội dung thứ hai.\n")
    assert text == "Nội dung thứ nhất.\n\nNội dung thứ hai."


def test_url_line_of_the_haiphong_plan_is_dropped():
    assert "thuvienphapluat.vn" in raw(HAIPHONG_STRATEGY)
    assert "thuvienphapluat" not in normalized(HAIPHONG_STRATEGY)
    assert any(p.startswith("- Phấn đấu 100% nhà giáo đạt chuẩn") for p in paragraphs(HAIPHONG_STRATEGY))


def test_clean_lines_alternates_paragraphs_and_blanks():
    lines = clean_lines("\ufeff## KẾ HOẠCH\r\n\r\nDòng\u00a0một\tcó  khoảng trắng.\r\n")
    assert lines == ["KẾ HOẠCH", "", "Dòng một có khoảng trắng.", ""]


# ---------------------------------------------------------------- hard wraps (synthetic)

LINE = "Phát triển giáo dục nghề nghiệp gắn với nhu cầu thị trường lao động và"  # 71 chars, no terminal


def _wrapped_doc(*inserts: tuple[int, list[str]]) -> list[str]:
    """30 full-width lines (a PDF extraction) with some lines inserted at given positions."""
    lines = [LINE] * 30
    for position, extra in sorted(inserts, reverse=True):
        lines[position:position] = extra
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    return [l for l in join_hard_wraps(lines) if l]


def test_plain_text_continues_only_on_a_lower_case_line():
    assert _paragraphs(["Phát triển giáo dục nghề nghiệp", "thành phố Hải Phòng."]) == [
        "Phát triển giáo dục nghề nghiệp thành phố Hải Phòng."
    ]
    assert _paragraphs(["Phát triển giáo dục nghề nghiệp", "Thành phố Hải Phòng."]) == [
        "Phát triển giáo dục nghề nghiệp",
        "Thành phố Hải Phòng.",
    ]
    assert _paragraphs(["Kết thúc câu.", "tiếp theo"]) == ["Kết thúc câu.", "tiếp theo"]


def test_blank_lines_between_paragraphs_are_normalised():
    assert join_hard_wraps(["Một.", "", "", "Hai."]) == ["Một.", "", "Hai.", ""]
    assert join_hard_wraps([]) == []


@pytest.mark.parametrize("letter", ["a", "b", "đ"])
def test_letter_item_never_joined_in_plain_text(letter):
    out = _paragraphs(["2. Mục tiêu cụ thể", f"{letter}) đến năm 2025", "nội dung tiếp theo"])
    assert out == ["2. Mục tiêu cụ thể", f"{letter}) đến năm 2025 nội dung tiếp theo"]


def test_wrapped_document_rejoins_full_width_lines():
    out = _paragraphs(_wrapped_doc())
    assert len(out) == 1
    assert out[0] == " ".join([LINE] * 30)


def test_letter_item_never_joined_in_wrapped_document():
    out = _paragraphs(_wrapped_doc((10, ["a) đến năm 2025 " + LINE])))
    assert out == [" ".join([LINE] * 10), " ".join(["a) đến năm 2025"] + [LINE] * 21)]
    # a short letter item on its own stays one paragraph too
    out = _paragraphs(_wrapped_doc((10, ["a) Đến năm 2025"])))
    assert out == [" ".join([LINE] * 10), "a) Đến năm 2025", " ".join([LINE] * 20)]


@pytest.mark.parametrize(
    "opener",
    ["II. MỤC TIÊU", "3. Sở Tài chính", "1.2 Phòng Giáo dục nghề nghiệp", "- Đào tạo lại lao động", "+ Nội dung"],
)
def test_structural_lines_start_a_paragraph_in_wrapped_document(opener):
    out = _paragraphs(_wrapped_doc((12, [opener + " " + LINE])))
    assert out == [" ".join([LINE] * 12), " ".join([opener] + [LINE] * 19)]


@pytest.mark.parametrize("opener", ["Căn cứ Luật Giáo dục nghề nghiệp", "Thực hiện Quyết định số 2239", "Trên đây là kế hoạch"])
def test_administrative_openers_start_a_paragraph_in_wrapped_document(opener):
    out = _paragraphs(_wrapped_doc((12, [opener + " " + LINE])))
    assert out == [" ".join([LINE] * 12), " ".join([opener] + [LINE] * 19)]


def test_wrapped_year_range_is_not_a_bullet():
    doc = _wrapped_doc((12, [LINE[:-3] + "giai đoạn 2021", "- 2030, tầm nhìn đến năm 2045 phát triển giáo dục nghề nghiệp và"]))
    out = _paragraphs(doc)
    assert len(out) == 1
    assert "giai đoạn 2021 - 2030, tầm nhìn đến năm 2045" in out[0]


def test_short_line_in_wrapped_document_ends_its_paragraph():
    out = _paragraphs(_wrapped_doc((12, ["Một số chỉ tiêu chủ yếu"])))
    assert len(out) == 2
    assert out[0].endswith("Một số chỉ tiêu chủ yếu")


# ---------------------------------------------------------------- real plans


def test_haiphong_strategy_sentence_rejoined_on_one_paragraph():
    sentence = (
        "Thu hút 40 - 45% học sinh tốt nghiệp trung học cơ sở (THCS), "
        "trung học phổ thông (THPT) vào hệ thống GDNN"
    )
    # the PDF extraction breaks it over several lines
    assert sentence not in raw(HAIPHONG_STRATEGY)
    matching = [p for p in paragraphs(HAIPHONG_STRATEGY) if sentence in p]
    assert len(matching) == 1
    assert matching[0].startswith("- " + sentence)


def test_haiphong_strategy_year_ranges_not_split_into_bullets():
    assert re.search(r"2021\s*\n\s*- 2030, tầm nhìn", raw(HAIPHONG_STRATEGY))  # wrapped before "- 2030"
    paras = paragraphs(HAIPHONG_STRATEGY)
    assert not [p for p in paras if re.match(r"^-\s*\d{4}", p)]
    assert normalized(HAIPHONG_STRATEGY).count("giai đoạn 2021 - 2030, tầm nhìn đến năm 2045") >= 3
    assert paras[1] == (
        "Thực hiện Chiến lược phát triển giáo dục nghề nghiệp thành phố Hải Phòng "
        "giai đoạn 2021 - 2030, tầm nhìn đến năm 2045"
    )


def test_haiphong_strategy_headings_stay_separate():
    paras = paragraphs(HAIPHONG_STRATEGY)
    for heading in ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. MỤC TIÊU", "a) Đến năm 2025", "V. TỔ CHỨC THỰC HIỆN", "4. Sở Tài chính"]:
        assert heading in paras


def test_no_paragraph_starts_lower_case_in_wrapped_plan():
    lower = [p for p in paragraphs(HAIPHONG_STRATEGY) if p[:1].islower() and not _LETTER_ITEM.match(p)]
    assert lower == []


def _source_lines(name: str) -> list[str]:
    text = canonical(raw(name).replace("\u00a0", " ").replace("\t", " "))
    lines = [re.sub(r" {2,}", " ", strip_markdown(l)) for l in text.split("\n")]
    return [l for l in lines if l and not is_artefact(l)]


@pytest.mark.parametrize("name", NOT_WRAPPED)
def test_plain_plans_keep_their_paragraphs(name):
    """Each source line stays a paragraph unless it starts in lower case (then it continues)."""
    kept = [l for l in _source_lines(name) if not (l[:1].islower() and not _LETTER_ITEM.match(l))]
    paras = paragraphs(name)
    assert len(paras) == len(kept)
    for line, para in zip(kept, paras):
        assert para.startswith(line)


def test_hanoi_2023_paragraph_count():
    lines = _source_lines(HANOI_2023)
    assert len(lines) == 116
    assert len(paragraphs(HANOI_2023)) == 113  # three lower-case continuation lines joined
    assert "Số: 70 /KH-UBND" in paragraphs(HANOI_2023)
    assert "II. CHỈ TIÊU" in paragraphs(HANOI_2023)  # was "#### II. CHỈ TIÊU" or similar markdown
    assert "#" not in normalized(HANOI_2023)
    assert "**" not in normalized(HANOI_2023)


@pytest.mark.parametrize("name", ALL_PLANS)
def test_normalize_text_is_idempotent(name):
    once = normalized(name)
    assert normalize_text(once) == once


@pytest.mark.parametrize("name", ALL_PLANS)
def test_normalized_plan_shape(name):
    text = normalized(name)
    assert unicodedata.is_normalized("NFC", text)
    assert "\n\n\n" not in text and "\r" not in text and "\ufeff" not in text
    assert "  " not in text
    for para in text.split("\n\n"):
        assert para and para == para.strip() and "\n" not in para
    # tone placement unified: no open oa/oe/uy with the tone on the second vowel
    assert not re.search(r"\b(ho[àáảãạ]|kho[ẻéèẽẹ]|thu[ỷýỳỹỵ])\b", text, re.IGNORECASE)
