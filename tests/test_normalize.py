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
    FILE_BREAK,
    canonical,
    clean_lines,
    comparison_form,
    fold_accents,
    is_artefact,
    is_rule_line,
    join_hard_wraps,
    normalize_text,
    strip_markdown,
    unify_tone_placement,
    without_signature_stamps,
    without_site_chrome,
)
from index.vocab.phrases import OPEN_ENDING

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


@pytest.mark.parametrize("look_alike", ["\u00d0. TỔ CHỨC THỰC HIỆN", "\u0189. TỔ CHỨC THỰC HIỆN"])
def test_a_d_that_only_looks_vietnamese_becomes_the_vietnamese_d(look_alike):
    # Tesseract reads a printed part letter "Đ." as the Icelandic eth
    assert canonical(look_alike) == "Đ. TỔ CHỨC THỰC HIỆN"
    assert canonical("\u00f0ào tạo") == "đào tạo"


def test_canonical_is_idempotent_on_words():
    text = "hoà khoẻ thuỷ quý hoàn thuyền Uỷ ban"
    assert canonical(canonical(text)) == canonical(text)


def test_fold_accents():
    assert fold_accents("Đà Nẵng") == "da nang"
    assert fold_accents("Sở Lao động - Thương binh và Xã hội") == "so lao dong - thuong binh va xa hoi"
    assert fold_accents("ĐÀO TẠO NGHỀ") == "dao tao nghe"
    # The look-alikes OCR and some fonts give for Đ fold like Đ, as canonical() spells them.
    assert fold_accents("\u00d0. TỔ CHỨC") == "d. to chuc"
    assert fold_accents("\u0189ào tạo \u00f0ộng \u0256ồng") == "dao tao dong dong"


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
        # a star between brackets is a note's sign, not emphasis
        ("| 13 | Trung tâm đào tạo nhân lực Khu công nghiệp (*) | Xã Tân Lộc |",
         "| 13 | Trung tâm đào tạo nhân lực Khu công nghiệp (*) | Xã Tân Lộc |"),
        ("Ghi chú: (**) dự án chuyển tiếp; [*] ước tính", "Ghi chú: (**) dự án chuyển tiếp; [*] ước tính"),
        ("dự án *trọng điểm* (*)", "dự án trọng điểm (*)"),
    ],
)
def test_strip_markdown(line, expected):
    assert strip_markdown(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("1\\. Mục tiêu", "1. Mục tiêu"),
        ("a\\) Đào tạo 12.000 người, giai đoạn 2026\\-2030", "a) Đào tạo 12.000 người, giai đoạn 2026-2030"),
        ("lao động nữ ít nhất 40\\%; \\* là ước tính", "lao động nữ ít nhất 40%; * là ước tính"),
        ("**ỦY BAN NHÂN DÂN**\\", "ỦY BAN NHÂN DÂN"),
        ("Căn cứ [Luật Việc làm](http://vb.example.vn/luat \"Luật\") năm 2025;", "Căn cứ Luật Việc làm năm 2025;"),
        ("Nghị quyết số 12/2025/NQ-HĐND[^1] của Hội đồng nhân dân tỉnh", "Nghị quyết số 12/2025/NQ-HĐND của Hội đồng nhân dân tỉnh"),
        ("[^1]: Mức hỗ trợ theo Nghị quyết số 12.", "[1] Mức hỗ trợ theo Nghị quyết số 12."),
        ("| a \\| b |", "| a \\| b |"),  # an escaped pipe stays for the table reader
    ],
)
def test_pandoc_marks_go(line, expected):
    assert strip_markdown(line) == expected


def test_a_pandoc_footnote_joins_the_paragraph_whose_mark_calls_it():
    text = ("1. Hỗ trợ học nghề theo Nghị quyết số 12/2025/NQ-HĐND[^1] của Hội đồng nhân dân tỉnh.\n\n"
            "2. Tổng kinh phí 486,5 tỷ đồng, gồm:[^2]\n\n- Ngân sách tỉnh: 198,5 tỷ đồng.\n\n"
            "[^1]: Mức hỗ trợ 4.000.000 đồng/người/khóa.\n\n[^2]: Khoản này được sửa đổi.\n\n"
            "[^3]: Một chú thích không có dấu.\n")
    assert normalize_text(text).split("\n\n") == [
        "1. Hỗ trợ học nghề theo Nghị quyết số 12/2025/NQ-HĐND (Mức hỗ trợ 4.000.000 đồng/người/khóa.) của Hội "
        "đồng nhân dân tỉnh.",
        "2. Tổng kinh phí 486,5 tỷ đồng, gồm (Khoản này được sửa đổi.):",  # the lead still ends on its colon
        "- Ngân sách tỉnh: 198,5 tỷ đồng.",
        "[3] Một chú thích không có dấu.",
    ]


GRID = """b\\) Chỉ tiêu theo nhóm:

+-----+---------------------------+----------+
| TT  | Nhóm đối tượng            | 2026\\-   |
|     |                           | 2027     |
+=====+===========================+==========+
| 1   | Lao động nông thôn        | 5.000    |
+-----+---------------------------+----------+
| 2   | Người khuyết tật học nghề | 150      |
|     | trình độ sơ cấp           |          |
+-----+---------------------------+----------+
| Cộng toàn tỉnh                  | 5.150    |
+---------------------------------+----------+

Đoạn sau bảng.
"""

SIMPLE = """  Nhóm                   Đơn vị    2026
  --------------------- -------- --------
  Lao động nông thôn     người    5.000
  Người khuyết tật       người    150

Đoạn sau bảng.
"""

MULTILINE = """-------------------------------------------
  TT  Nội dung                  Thời gian
----- ------------------------- -----------
  1   Khảo sát nhu cầu học      Quý II/2026
      nghề của lao động

  2   Tổ chức lớp sơ cấp        Năm 2027
-------------------------------------------

Đoạn sau bảng.
"""


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (GRID, ["| TT | Nhóm đối tượng | 2026-2027 |", "| --- | --- | --- |", "| 1 | Lao động nông thôn | 5.000 |",
                "| 2 | Người khuyết tật học nghề trình độ sơ cấp | 150 |",
                "| Cộng toàn tỉnh | Cộng toàn tỉnh | 5.150 |"]),  # a cell spanning two columns is in both
        (SIMPLE, ["| Nhóm | Đơn vị | 2026 |", "| --- | --- | --- |", "| Lao động nông thôn | người | 5.000 |",
                  "| Người khuyết tật | người | 150 |"]),
        (MULTILINE, ["| TT | Nội dung | Thời gian |", "| --- | --- | --- |",
                     "| 1 | Khảo sát nhu cầu học nghề của lao động | Quý II/2026 |", "| 2 | Tổ chức lớp sơ cấp | Năm 2027 |"]),
    ],
    ids=["grid", "simple", "multiline"],
)
def test_pandoc_tables_become_pipe_rows(text, rows):
    lines = [line for line in clean_lines(text) if line]
    assert [line for line in lines if line.startswith("|")] == rows
    assert lines[-1] == "Đoạn sau bảng."


def test_a_markdown_rule_or_a_dashed_line_is_no_table():
    lines = [line for line in clean_lines("Đoạn một.\n\n-----\n\nĐoạn hai.\n\n--------  --------\n") if line]
    assert lines == ["Đoạn một.", "Đoạn hai."]


def test_bullet_glyphs_of_word_and_web_pages_become_one_bullet():
    text = "1. Sở Nội vụ\n✓ Chủ trì hướng dẫn;\n\uf0a7 Phối hợp kiểm tra;\n➢ Báo cáo kết quả."
    assert [line for line in clean_lines(text) if line] == [
        "1. Sở Nội vụ", "• Chủ trì hướng dẫn;", "• Phối hợp kiểm tra;", "• Báo cáo kết quả."]


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
        "Trang chủ » Văn bản pháp luật » Lao động - Tiền lương » Kế hoạch 318/KH-UBND",
        "Trang chủ > Văn bản pháp luật > Giáo dục > Kế hoạch 85/KH-UBND năm 2026",
        "HỘI NÔNG DÂN TỈNH LAM GIANG | Trang chủ | Tin tức | Văn bản | Liên hệ",  # a site's menu bar
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
        "Trang chủ của Cổng thông tin việc làm tỉnh được nâng cấp.",  # a sentence naming a home page
        "| Cổng thông tin | Trang chủ mới | 2026 |",  # a table row naming one
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


def test_a_line_starting_with_a_bare_figure_continues_the_sentence_before():
    out = _paragraphs(["a- Giai đoạn 2019 - 2023 đào tạo nghề cho 62.500 lao động nông thôn,", "bình quân", "",
                       "12.500 người/năm; trong đó trình độ sơ cấp 22.000 người."])
    assert out == ["a- Giai đoạn 2019 - 2023 đào tạo nghề cho 62.500 lao động nông thôn, bình quân 12.500 người/năm; "
                   "trong đó trình độ sơ cấp 22.000 người."]
    # a numbered heading is an item of its own, a sentence's end closes its paragraph
    assert _paragraphs(["Mục tiêu cụ thể", "2. Tuyển sinh 30.000 người."]) == ["Mục tiêu cụ thể", "2. Tuyển sinh 30.000 người."]
    assert _paragraphs(["Đạt 90%.", "12.500 người được hỗ trợ."]) == ["Đạt 90%.", "12.500 người được hỗ trợ."]


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


def test_recipients_beside_a_signature_column_stay_apart_in_a_wrapped_document():
    """A two-column closing page read line by line interleaves the recipients and the signer's lines: a recipient
    ends on its comma, so the signer's title and name stay lines of their own; a recipient's wrapped rest (lower
    case) still joins it, and an annex after the signature is wrapped prose again."""
    closing = ["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "- Ban Bí thư Trung ương Đảng (để báo cáo),", "PHÓ BÍ THƯ THƯỜNG TRỰC",
               "- Các sở, ban, ngành, Mặt trận Tổ quốc và các", "tổ chức chính trị - xã hội tỉnh,", "Phan Thị Hạnh Dung",
               "- Lưu Văn phòng Tỉnh ủy.", "Phụ lục", "Danh mục nhiệm vụ giao các cơ quan của tỉnh trong năm 2026,",
               "Thời gian thực hiện theo từng nhiệm vụ."]
    out = _paragraphs(_wrapped_doc((30, closing)))
    assert out[1:8] == ["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "- Ban Bí thư Trung ương Đảng (để báo cáo),",
                        "PHÓ BÍ THƯ THƯỜNG TRỰC",
                        "- Các sở, ban, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh,",
                        "Phan Thị Hạnh Dung", "- Lưu Văn phòng Tỉnh ủy."]
    assert out[8:] == ["Phụ lục", "Danh mục nhiệm vụ giao các cơ quan của tỉnh trong năm 2026, Thời gian thực hiện "
                                  "theo từng nhiệm vụ."]


def test_the_plan_a_decision_issues_is_wrapped_prose_again_after_the_decisions_recipients():
    closing = ["Nơi nhận:", "- Như Điều 3,", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỀ ÁN", LINE, LINE]
    out = _paragraphs(_wrapped_doc((30, closing)))
    assert out[-1] == f"{LINE} {LINE}"


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



def test_each_file_of_a_bundle_is_rejoined_at_its_own_width():
    """A decision's pages wrapped near 75 characters, then a notes document attached inside the PDF whose paragraphs
    are whole and long: read as one text, the notes would set the width and no page line would be wrapped; each file
    on its own, a page's line broken after "chỉ đạo" goes on with the body named on the next, the notes' paragraphs
    stay apart, and the break between the files is gone."""
    wrapped = "phát triển giáo dục nghề nghiệp gắn với nhu cầu thị trường lao động của tỉnh"
    note = ("Định mức vật tư là lượng vật tư tiêu hao tính cho 01 người học, đã bao gồm hao hụt trong quá trình thực "
            "hành theo quy định của chương trình đào tạo trình độ sơ cấp và các hướng dẫn kèm theo.")
    decision = ["6. Sở Nội vụ: " + wrapped, *[wrapped] * 8,
                "tuyển dụng lao động của các doanh nghiệp trên địa bàn; chỉ đạo",
                "Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm cho người học.", *[wrapped] * 12, "hết."]
    joined = "; chỉ đạo Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm cho người học."
    out = _paragraphs([*decision, FILE_BREAK, "Phụ lục II", *[note] * 12])
    assert any(p.endswith(joined) for p in out) and out[-12:] == [note] * 12 and FILE_BREAK not in out
    assert not any(p.endswith(joined) for p in _paragraphs([*decision, "Phụ lục II", *[note] * 12]))

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
    """Each source line stays a paragraph unless it starts in lower case or the line before ends on a word
    needing more ("… ngành, nghề trọng điểm theo" / "Quyết định số 1769/QĐ-LĐTĐ …"): then it continues."""
    lines = _source_lines(name)
    kept = [l for i, l in enumerate(lines) if not (l[:1].islower() and not _LETTER_ITEM.match(l))
            and not (i and OPEN_ENDING.search(lines[i - 1]) and not l.startswith(("-", "+", "•")))]
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


# ---------------------------------------------------------------- a hard-wrapped web copy (other markers)

WEB_COPY = """UBND TỈNH SÔNG MÂY
SỞ GIÁO DỤC VÀ ĐÀO TẠO
--------
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp tỉnh Sông Mây giai đoạn 2026 - 2030
----------------------------------
PHẦN THỨ NHẤT
ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025
I- KẾT QUẢ ĐẠT ĐƯỢC
1- Về quy mô tuyển sinh: giai đoạn 2021 - 2025 toàn tỉnh tuyển sinh, đào tạo
được 185.000 người, đạt 102% kế hoạch giai đoạn; trong đó trình độ cao đẳng,
trung cấp chiếm 18% tổng số tuyển sinh của toàn tỉnh trong cả giai đoạn vừa
2- Về chất lượng đào tạo: tỷ lệ lao động qua đào tạo đạt 68%, tăng 9,5 điểm
phần trăm so với năm 2020; các cơ sở giáo dục nghề nghiệp đã đổi mới chương
trình đào tạo theo hướng gắn với nhu cầu của doanh nghiệp trên địa bàn tỉnh
a- Đối với trình độ cao đẳng, trung cấp, tỷ lệ người học có việc làm sau tốt
nghiệp đạt trên 85%, nhiều ngành nghề đạt 100% người học có việc làm ngay sau
b- Đối với trình độ sơ cấp và đào tạo thường xuyên, các lớp đào tạo được tổ
chức gắn với vùng sản xuất hàng hóa tập trung của các huyện miền núi phía Bắc
- Đào tạo nghề nông nghiệp cho 45.000 lao động nông thôn ở các xã vùng sâu,
vùng xa và vùng đồng bào dân tộc thiểu số của tỉnh trong giai đoạn 2021 - 2025
- Đào tạo nghề phi nông nghiệp cho 52.000 lao động, chủ yếu là các nghề may,
điện dân dụng, sửa chữa máy nông nghiệp, chế biến món ăn và dịch vụ du lịch
II- HẠN CHẾ, NGUYÊN NHÂN
Quy mô tuyển sinh trình độ cao đẳng, trung cấp còn nhỏ so với nhu cầu của các
doanh nghiệp trong khu công nghiệp; mạng lưới cơ sở giáo dục nghề nghiệp chưa
được sắp xếp hợp lý, một số trung tâm cấp huyện hoạt động chưa hiệu quả trong
PHẦN THỨ HAI
KẾ HOẠCH GIAI ĐOẠN 2026 - 2030
I- MỤC TIÊU
Phấn đấu đến năm 2030 tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp,
chứng chỉ đạt 35%; tuyển sinh bình quân 40.000 người mỗi năm trong giai đoạn
|
| TT | Chỉ tiêu | Đơn vị | Năm 2030 |
|---|---|---|---|
| 1 | Tỷ lệ lao động qua đào tạo | % | 75 |
| 2 | Tuyển sinh cao đẳng | người | 6.000 |
|
Chương II
NỘI DUNG"""


def test_web_copy_rejoins_around_every_heading_system():
    paras = normalize_text(WEB_COPY).split("\n\n")
    assert paras == [
        "UBND TỈNH SÔNG MÂY",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "KẾ HOẠCH",
        "Phát triển giáo dục nghề nghiệp tỉnh Sông Mây giai đoạn 2026 - 2030",
        "PHẦN THỨ NHẤT",
        "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
        "I- KẾT QUẢ ĐẠT ĐƯỢC",
        (
            "1- Về quy mô tuyển sinh: giai đoạn 2021 - 2025 toàn tỉnh tuyển sinh, đào tạo được 185.000 người, đạt 102% "
            "kế hoạch giai đoạn; trong đó trình độ cao đẳng, trung cấp chiếm 18% tổng số tuyển sinh của toàn tỉnh trong "
            "cả giai đoạn vừa"
        ),
        (
            "2- Về chất lượng đào tạo: tỷ lệ lao động qua đào tạo đạt 68%, tăng 9,5 điểm phần trăm so với năm 2020; các cơ "
            "sở giáo dục nghề nghiệp đã đổi mới chương trình đào tạo theo hướng gắn với nhu cầu của doanh nghiệp trên địa "
            "bàn tỉnh"
        ),
        (
            "a- Đối với trình độ cao đẳng, trung cấp, tỷ lệ người học có việc làm sau tốt nghiệp đạt trên 85%, nhiều ngành "
            "nghề đạt 100% người học có việc làm ngay sau"
        ),
        (
            "b- Đối với trình độ sơ cấp và đào tạo thường xuyên, các lớp đào tạo được tổ chức gắn với vùng sản xuất hàng hóa "
            "tập trung của các huyện miền núi phía Bắc"
        ),
        (
            "- Đào tạo nghề nông nghiệp cho 45.000 lao động nông thôn ở các xã vùng sâu, vùng xa và vùng đồng bào dân tộc "
            "thiểu số của tỉnh trong giai đoạn 2021 - 2025"
        ),
        (
            "- Đào tạo nghề phi nông nghiệp cho 52.000 lao động, chủ yếu là các nghề may, điện dân dụng, sửa chữa máy nông "
            "nghiệp, chế biến món ăn và dịch vụ du lịch"
        ),
        "II- HẠN CHẾ, NGUYÊN NHÂN",
        (
            "Quy mô tuyển sinh trình độ cao đẳng, trung cấp còn nhỏ so với nhu cầu của các doanh nghiệp trong khu công "
            "nghiệp; mạng lưới cơ sở giáo dục nghề nghiệp chưa được sắp xếp hợp lý, một số trung tâm cấp huyện hoạt động "
            "chưa hiệu quả trong"
        ),
        "PHẦN THỨ HAI",
        "KẾ HOẠCH GIAI ĐOẠN 2026 - 2030",
        "I- MỤC TIÊU",
        (
            "Phấn đấu đến năm 2030 tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%; tuyển sinh "
            "bình quân 40.000 người mỗi năm trong giai đoạn"
        ),
        "| TT | Chỉ tiêu | Đơn vị | Năm 2030 |",
        "| --- | --- | --- | --- |",
        "| 1 | Tỷ lệ lao động qua đào tạo | % | 75 |",
        "| 2 | Tuyển sinh cao đẳng | người | 6.000 |",
        "Chương II",
        "NỘI DUNG",
    ]


@pytest.mark.parametrize(
    "opener",
    ["PHẦN THỨ HAI", "Phần I. Đánh giá", "I- MỤC TIÊU", "2- Tuyển sinh", "A. MỤC TIÊU", "Chương II", "Mục 1. Chung",
     "Điều 2. Hiệu lực", "Phụ lục: Biểu", "| 1 | Tuyển sinh | 300 |"],
)
def test_new_heading_systems_start_a_paragraph_in_wrapped_document(opener):
    out = _paragraphs(_wrapped_doc((12, [opener, LINE])))
    assert out[0] == " ".join([LINE] * 12)
    assert out[1] == opener


@pytest.mark.parametrize("letter", ["a", "đ"])
def test_dash_letter_item_never_joined_in_plain_text(letter):
    out = _paragraphs(["2- Mục tiêu cụ thể", f"{letter}- đến năm 2025", "nội dung tiếp theo"])
    assert out == ["2- Mục tiêu cụ thể", f"{letter}- đến năm 2025 nội dung tiếp theo"]


# ---------------------------------------------------------------- tables in the text


def test_table_rows_stay_paragraphs_and_are_never_joined():
    raw = (
        "Biểu chỉ tiêu tuyển sinh năm 2026 của các trường trên địa bàn tỉnh gồm\n"
        "| TT | Trường | Chỉ tiêu |\n| 1 | Cao đẳng Sông Mây | 1.200 |\n| 2 | trung cấp nghề | 800 |\n"
        "tiếp theo là ghi chú"
    )
    assert normalize_text(raw).split("\n\n") == [
        "Biểu chỉ tiêu tuyển sinh năm 2026 của các trường trên địa bàn tỉnh gồm",
        "| TT | Trường | Chỉ tiêu |",
        "| 1 | Cao đẳng Sông Mây | 1.200 |",
        "| 2 | trung cấp nghề | 800 |",
        "tiếp theo là ghi chú",
    ]


def test_table_rows_in_a_wrapped_document():
    lines = _wrapped_doc((12, ["| 1 | Tuyển sinh | 300 |", "| 2 | Việc làm | 200 |"]))
    out = _paragraphs(lines)
    assert out == [" ".join([LINE] * 12), "| 1 | Tuyển sinh | 300 |", "| 2 | Việc làm | 200 |", " ".join([LINE] * 18)]


def test_pipe_rows_are_canonical_and_emphasis_goes():
    raw = "|**TT**|Chỉ tiêu|  Số  |\n|:--|--|--:|\n|1|Tuyển  sinh|1.200|\n|2|Việc làm||\n"
    assert normalize_text(raw).split("\n\n") == [
        "| TT | Chỉ tiêu | Số |",
        "| --- | --- | --- |",
        "| 1 | Tuyển sinh | 1.200 |",
        "| 2 | Việc làm |  |",
    ]


def test_stray_rules_and_lone_pipes_are_dropped():
    raw = "Đoạn một.\n-------\n|\n=====\n* * *\nĐoạn hai.\n+----+----+\n---|---\n"
    assert normalize_text(raw) == "Đoạn một.\n\nĐoạn hai."


@pytest.mark.parametrize("line", ["-------", "=====", "_____", "* * *", "|", "||", "+----+----+", "——————"])
def test_rule_lines(line):
    assert is_rule_line(line)


@pytest.mark.parametrize("line", ["- Tổ chức", "- 3 -", "| 1 | a | b |", "--> xem tiếp", "Mục 1"])
def test_not_rule_lines(line):
    assert not is_rule_line(line)


def test_multi_line_word_cell_and_layout_rows():
    raw = (
        "| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Hùng |\n\n"
        "| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Tổ chức hội thi | Sở Giáo dục\nvà Đào tạo |\n| 2 | Khảo sát | Sở Nội vụ |\n"
    )
    assert normalize_text(raw).split("\n\n") == [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Hùng",
        "| TT | Nhiệm vụ | Cơ quan chủ trì |",
        "| 1 | Tổ chức hội thi | Sở Giáo dục và Đào tạo |",  # a cell of several lines becomes one
        "| 2 | Khảo sát | Sở Nội vụ |",
    ]


def test_converter_rows_without_outer_pipes():
    raw = "TT | Chỉ tiêu | Năm 2025\n1 | Tuyển sinh | 3.200\n2 | Việc làm | 1.100\nỦY BAN NHÂN DÂN | CỘNG HÒA"
    assert normalize_text(raw).split("\n\n") == [
        "| TT | Chỉ tiêu | Năm 2025 |",
        "| 1 | Tuyển sinh | 3.200 |",
        "| 2 | Việc làm | 1.100 |",
        "ỦY BAN NHÂN DÂN",  # two cells without the outer pipes: layout, read in order
        "CỘNG HÒA",
    ]


def test_aligned_and_tab_rows_become_tab_rows():
    raw = (
        "Bảng 2\nChỉ tiêu            Đơn vị     Năm 2025\nTuyển sinh cao đẳng   người      3.200\n"
        "Tuyển sinh trung cấp  người      4.100\nGhi chú.\nMột\tdòng\ttab lẻ không phải bảng\n\nCâu có  hai khoảng trắng."
    )
    assert normalize_text(raw).split("\n\n") == [
        "Bảng 2",
        "Chỉ tiêu\tĐơn vị\tNăm 2025",
        "Tuyển sinh cao đẳng\tngười\t3.200",
        "Tuyển sinh trung cấp\tngười\t4.100",
        "Ghi chú.",
        "Một dòng tab lẻ không phải bảng",
        "Câu có hai khoảng trắng.",
    ]


@pytest.mark.parametrize("raw", [
    # a tab table whose cell wraps onto a line of its own, and the same table aligned with spaces
    "TT\tHoạt động\tĐơn vị\tThời gian\n1\tMở lớp sơ cấp may\tPhòng VH-XH\tQuý II/2026\n\tcho lao động nữ\t\t\n"
    "2\tTư vấn học nghề\tTT DVVL tỉnh\tTháng 4/2026\nSau bảng.",
    "TT   Hoạt động            Đơn vị         Thời gian\n1    Mở lớp sơ cấp may    Phòng VH-XH    Quý II/2026\n"
    "     cho lao động nữ\n2    Tư vấn học nghề      TT DVVL tỉnh   Tháng 4/2026\nSau bảng.",
])
def test_a_cell_wrapped_onto_a_line_of_its_own_goes_on_in_its_row(raw):
    assert normalize_text(raw).split("\n\n") == [
        "TT\tHoạt động\tĐơn vị\tThời gian",
        "1\tMở lớp sơ cấp may cho lao động nữ\tPhòng VH-XH\tQuý II/2026",
        "2\tTư vấn học nghề\tTT DVVL tỉnh\tTháng 4/2026",
        "Sau bảng.",
    ]


def test_an_indented_line_after_the_last_row_is_no_cell():
    raw = "TT   Hoạt động        Thời gian\n1    Mở lớp may       Quý II/2026\n2    Tư vấn           Tháng 4\n   ghi chú cuối"
    assert normalize_text(raw).split("\n\n")[-1] == "ghi chú cuối"


@pytest.mark.parametrize(
    "raw",
    [
        WEB_COPY,
        "| TT | a | b |\n|---|---|---|\n| 1 | x | y |\n",
        "Chỉ tiêu      Đơn vị      Năm\nTuyển sinh      người      3.200\nViệc làm      người      1.100\n",
        "| Nơi nhận:\n- Lưu. | GIÁM ĐỐC\n\nTên |\n",
    ],
)
def test_normalising_tables_is_idempotent(raw):
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_bundled_plans_have_no_table_rows():
    for name in ALL_PLANS:
        assert not [p for p in paragraphs(name) if p.startswith("|") or "\t" in p]


def test_wiki_header_and_signature_tables_are_layout_despite_their_rule_row():
    raw = (
        "<!-- Xuất từ wiki | không gian: VanBan\n trang: QD-1 -->\n\n"
        "| ỦY BAN NHÂN DÂN TỈNH HÒA NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|:---:|:---:|\n"
        "| | Độc lập - Tự do - Hạnh phúc |\n| Số: 9/QĐ-UBND | *Hòa Nam, ngày 2 tháng 4 năm 2024* |\n\n"
        "Điều 3. Thi hành.\n\n"
        "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n|:---|:---:|\n| - Như Điều 3; | **KT. CHỦ TỊCH** |\n"
        "| - Lưu: VT. | **PHÓ CHỦ TỊCH** |\n| | **Lê Văn Hùng** |\n"
    )
    assert normalize_text(raw).split("\n\n") == [
        # the comment is gone, with the "|" inside it; the header reads row by row
        "ỦY BAN NHÂN DÂN TỈNH HÒA NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 9/QĐ-UBND", "Hòa Nam, ngày 2 tháng 4 năm 2024",
        "Điều 3. Thi hành.",
        # the signature block column by column: recipients, then the signer under the titles
        "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng",
    ]


def test_a_two_column_data_table_with_a_rule_stays_a_table():
    raw = "| Chỉ tiêu | Năm 2025 |\n|---|---|\n| Tuyển sinh | 3.200 |\n| Việc làm | 1.100 |\n"
    assert normalize_text(raw).split("\n\n")[0] == "| Chỉ tiêu | Năm 2025 |"


def test_a_short_line_ending_on_a_word_needing_more_goes_on_in_a_wrapped_document():
    """A scan's reading breaks lines short: "… được giao tổng và do Sở" / "Giáo dục và Đào tạo thông báo …"."""
    doc = _wrapped_doc((12, ["chỉ tiêu còn lại được giao tổng và do Sở", "Giáo dục và Đào tạo thông báo chi tiết."]))
    out = _paragraphs(doc)
    assert "được giao tổng và do Sở Giáo dục và Đào tạo thông báo chi tiết." in out[0]
    # a short heading ending on its own noun still ends its paragraph, and a new item still opens one
    assert _paragraphs(_wrapped_doc((12, ["3/ Chỉ tiêu giao cho từng xã, phường"])))[1] == "3/ Chỉ tiêu giao cho từng xã, phường"
    assert len(_paragraphs(_wrapped_doc((12, ["Kinh phí do Sở", "- Tài chính bố trí."])))) == 3


def test_a_line_ending_on_a_word_needing_more_goes_on_in_any_text():
    assert _paragraphs(["Yêu cầu các xã rà soát nhu cầu học nghề, gửi", "Sở Giáo dục và Đào tạo trong Quý III/2026.",
                        "Ngân hàng Chính sách xã hội – Chi nhánh thành phố Hải Phòng", "Tiếp tục cho vay."]) == [
        "Yêu cầu các xã rà soát nhu cầu học nghề, gửi Sở Giáo dục và Đào tạo trong Quý III/2026.",
        "Ngân hàng Chính sách xã hội – Chi nhánh thành phố Hải Phòng", "Tiếp tục cho vay."]
    # a body's name broken after its head goes on, its rest in capitals: "… cung cấp cho Chi nhánh" / "NHCSXH tỉnh …"
    assert _paragraphs(["a) Trước ngày 20 hằng tháng, gửi danh sách học viên cho Chi nhánh",
                        "NHCSXH tỉnh để xét cho vay;", "b) Rà soát hồ sơ."]) == [
        "a) Trước ngày 20 hằng tháng, gửi danh sách học viên cho Chi nhánh NHCSXH tỉnh để xét cho vay;",
        "b) Rà soát hồ sơ."]
    # a comma ends a line of a plain text (a title, an address) unless the text is wrapped
    assert _paragraphs(["Kính gửi các sở, ngành,", "Ủy ban nhân dân tỉnh đề nghị:"]) == [
        "Kính gửi các sở, ngành,", "Ủy ban nhân dân tỉnh đề nghị:"]


def test_a_division_a_sentence_cites_wrapped_to_a_new_line_continues_it():
    """"… bổ sung nghề ngoài danh mục tại" / "Phụ lục II (nếu có).": the annex is cited, not a heading (read as one,
    it cut the organisation part in two and its bodies lost their tasks)."""
    assert _paragraphs(["- Chủ trì thẩm định, trình Ủy ban nhân dân tỉnh bổ sung nghề ngoài danh mục tại",
                        "Phụ lục II (nếu có).", "2. Sở Tài chính"]) == [
        "- Chủ trì thẩm định, trình Ủy ban nhân dân tỉnh bổ sung nghề ngoài danh mục tại Phụ lục II (nếu có).",
        "2. Sở Tài chính"]
    assert _paragraphs(["Mức hỗ trợ thực hiện theo quy định tại", "Điều 5 Quyết định số 46/2015/QĐ-TTg."]) == [
        "Mức hỗ trợ thực hiện theo quy định tại Điều 5 Quyết định số 46/2015/QĐ-TTg."]
    # an annex heading after a finished sentence, or after a heading, stays a heading
    assert _paragraphs(["Ủy ban nhân dân các xã báo cáo trước ngày 05/12/2026.", "Phụ lục II: Danh mục nghề"]) == [
        "Ủy ban nhân dân các xã báo cáo trước ngày 05/12/2026.", "Phụ lục II: Danh mục nghề"]
    assert _paragraphs(["(Kèm theo Kế hoạch số 36/KH-UBND)", "Phụ lục II"])[1] == "Phụ lục II"


def test_a_signature_stamps_lines_go_its_fields_only_near_an_anchor():
    lines = ["Ký bởi: Văn phòng Ủy ban nhân dân", "ỦY BAN NHÂN DÂN", "Email: vpubnd@halam.gov.vn",
             "TỈNH HÀ LAM", "Cơ quan: Tỉnh Hà Lam", "Thời gian ký: 12.03.2026 16:05:31 +07:00", "KẾ HOẠCH",
             *(f"{n}. Nhiệm vụ {n}." for n in range(1, 9)),
             "Đầu mối liên hệ của Sở Nội vụ:", "Cơ quan: Phòng Lao động - Việc làm",
             "Văn bản được ký số trên Hệ thống quản lý văn bản và điều hành tỉnh Hà Lam"]
    assert without_signature_stamps(lines) == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ LAM", "KẾ HOẠCH",
                                               *(f"{n}. Nhiệm vụ {n}." for n in range(1, 9)),
                                               "Đầu mối liên hệ của Sở Nội vụ:", "Cơ quan: Phòng Lao động - Việc làm"]
    # without a stamp's anchor a field is the text's own
    assert without_signature_stamps(["Email: lienhe@halam.gov.vn"]) == ["Email: lienhe@halam.gov.vn"]



WEB_PAGE = [
    "Trang chủ » Văn bản pháp luật » Kế hoạch 318/KH-UBND",
    "Quảng cáo: Phần mềm quản lý nhân sự, giảm 30%",
    "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH KỲ LÂM", "Độc lập - Tự do - Hạnh phúc",
    "KẾ HOẠCH", "I. MỤC TIÊU", "Tuyển sinh 9.000 người.", "Văn bản liên quan đến đào tạo nghề được rà soát.",
    "Tải về ứng dụng tìm việc trên điện thoại.",
    "Quảng cáo",
    "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đàm Quang Triệu",
    "| 1 | Khảo sát nhu cầu học nghề | Sở Nội vụ | Quý I/2026 |",
    "Tải về: Tải văn bản Word (.doc)",
    "Văn bản liên quan",
    "Kế hoạch 204/KH-UBND năm 2025 về tuyển sinh, đào tạo nghề nghiệp năm 2025 tỉnh Kỳ Lâm",
    "© 2026 VănBảnPhápQuy.vn",
]


def test_a_web_sites_page_around_a_plan_is_not_the_plan():
    """A page saved, printed or pasted from a legal-document site: its adverts go wherever they stand, and from its
    download links and related documents after the document on, nothing is the document (another plan is listed
    there). What comes before the header stays: a metadata table there names the plan."""
    kept = without_site_chrome(WEB_PAGE)
    assert kept[0].startswith("Trang chủ") and "Sở Nội vụ chủ trì." in kept  # the plan's own "văn bản liên quan" stays
    assert kept[-1].startswith("| 1 | Khảo sát") and not any(line.startswith("Quảng cáo") for line in kept)
    # a plan's own words about related bodies or downloads inside its text stay; without a header nothing is cut
    body = ["I. MỤC TIÊU", "Văn bản liên quan đến đào tạo nghề được rà soát.", "Tuyển sinh 9.000 người."]
    assert without_site_chrome(body) == body
    # a scan's "c)" read as "©)" is no copyright line, and before the signature nothing is cut
    scan = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "©) Đối với người lao động bị mất việc làm",
            "Văn bản liên quan", "II. TỔ CHỨC THỰC HIỆN", "TM. ỦY BAN NHÂN DÂN", "©) Phụ lục"]
    assert without_site_chrome(scan) == scan


@pytest.mark.parametrize("entries", [
    ["Chương I. SỰ CẦN THIẾT\t3", "1.1. Thực trạng\t3", "Chương II. MỤC TIÊU\t5"],  # a Word field's entries
    ["Chương I. SỰ CẦN THIẾT ................................ 3", "Chương II. MỤC TIÊU ..................... 5"],
    ["Chương I. SỰ CẦN THIẾT                      3", "", "Chương II. MỤC TIÊU                         5"],
])
def test_a_table_of_contents_is_no_text_of_the_plan(entries):
    """"MỤC LỤC" and its entries (a heading, then its page after a tab, dot leaders or a wide space) repeat the
    headings: they go, the headings and the body stay once each."""
    plan = ["ĐỀ ÁN", "Nâng cao chất lượng đào tạo nghề", "MỤC LỤC", *entries, "Chương I. SỰ CẦN THIẾT",
            "Tỷ lệ lao động qua đào tạo còn thấp.", "Chương II. MỤC TIÊU", "Đến năm 2030 có 12 trường đạt chuẩn."]
    text = normalize_text("\n".join(plan))
    assert "MỤC LỤC" not in text and text.count("Chương II. MỤC TIÊU") == 1
    assert "Đến năm 2030 có 12 trường đạt chuẩn." in text


def test_a_heading_mucluc_over_prose_or_one_line_is_kept():
    """"Mục lục" over no entries, or one line ending in a number, is no table of contents."""
    for plan in (["MỤC LỤC", "Các phụ lục kèm theo gồm biểu mẫu số 01 và 02."],
                 ["Mục lục", "Tổng số học viên năm 2026        350", "Các trường báo cáo trước ngày 30/6."]):
        assert normalize_text("\n".join(plan)).startswith(plan[0])
