"""Chunking: token bounds, offsets back into the plan text, no lost text, stable ids."""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import pairwise

import pytest

from index.chunking import (
    ANCESTOR_CHARS,
    SECTION_SEPARATOR,
    Chunk,
    chunk_plan,
    count_tokens,
    short_title,
    split_sentences,
)
from index.normalize import normalize_text
from index.structure import Block, parse_structure

from .plans import ALL_PLANS, HAIDUONG, HANOI_2023, PLANS

DEFAULT_MAX = 320  # assistant.settings.chunk_max_tokens
SIZES = [DEFAULT_MAX, 64]
# The budget subtracts the heading lines from max_tokens and packs units at
# (tokens + 1) each; joining with "\n" can merge or split one token at a seam.
SLACK = 3


@cache
def text(name: str) -> str:
    return normalize_text((PLANS / name).read_text(encoding="utf-8"))


@cache
def chunks(name: str, max_tokens: int = DEFAULT_MAX, context: str = "") -> tuple[Chunk, ...]:
    return tuple(chunk_plan(name, text(name), max_tokens, context=context))


def collapse(s: str) -> str:
    return " ".join(s.split())


def prefix_of(chunk: Chunk) -> str:
    assert chunk.text.endswith(chunk.body)
    return chunk.text[: len(chunk.text) - len(chunk.body)].rstrip("\n")


# ---------------------------------------------------------------- helpers


def test_count_tokens():
    assert count_tokens("") == 0
    assert count_tokens("Sở Tài chính") > 0
    assert count_tokens("a b c d") < count_tokens("a b c d e f g h")
    assert count_tokens("<|endoftext|>") > 1  # special tokens are plain text here


def test_short_title():
    assert short_title("4. Sở Tài chính:") == "4. Sở Tài chính"
    long = "1. " + "Đào tạo nghề cho lao động nông thôn " * 10
    cut = short_title(long, 50)
    assert cut.endswith("…")
    assert len(cut) <= 51
    assert long.startswith(cut[:-1])
    assert not cut[:-1].endswith(" ")


def test_a_decisions_closing_clause_is_one_sentence_with_its_effect_apart():
    source = ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở; Trưởng các phòng: Kế hoạch, Tài "
              "vụ; Hiệu trưởng các trường và cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.")
    pieces = split_sentences(Block(source, 0, len(source)))
    assert [p.text for p in pieces] == [
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.",
        source[source.index("Chánh"):],
    ]
    assert all(source[p.start:p.end] == p.text for p in pieces)
    other = "Sở Nội vụ chủ trì; Sở Tài chính bố trí kinh phí; Tỉnh đoàn tuyên truyền."
    assert len(split_sentences(Block(other, 0, len(other)))) == 3  # a list of tasks is still cut


def test_split_sentences_keeps_offsets():
    source = "XX Câu một nói về đào tạo. Câu hai; tiếp theo! 2025 là năm bản lề? (Ghi chú) cuối"
    block = Block(source[3:], 3, len(source))
    pieces = split_sentences(block)
    assert [p.text for p in pieces] == [
        "Câu một nói về đào tạo.",
        "Câu hai; tiếp theo!",
        "2025 là năm bản lề?",
        "(Ghi chú) cuối",  # an opening bracket before a capital starts a sentence
    ]
    for piece in pieces:
        assert source[piece.start : piece.end] == piece.text


def test_split_sentences_does_not_split_before_lower_case_or_inside_numbers():
    block = Block("Đạt 73,2% vào năm 2023. tiếp tục. Tỷ lệ 52.5% lao động.", 0, 55)
    assert [p.text for p in split_sentences(block)] == ["Đạt 73,2% vào năm 2023. tiếp tục.", "Tỷ lệ 52.5% lao động."]


def test_a_list_named_in_line_stays_with_its_lead():
    text = ("Đầu tư 04 trường chất lượng cao, cụ thể: Trường Cao đẳng A; Trường Cao đẳng B thành phố C; "
            "Trường Trung cấp D. Sau đó tổng kết.")
    pieces = split_sentences(Block(text, 10, 10 + len(text)))
    assert [p.text for p in pieces] == [
        "Đầu tư 04 trường chất lượng cao, cụ thể: Trường Cao đẳng A; Trường Cao đẳng B thành phố C; "
        "Trường Trung cấp D.", "Sau đó tổng kết."]
    assert all(text[p.start - 10 : p.end - 10] == p.text for p in pieces)


def test_a_list_longer_than_the_budget_is_cut_between_its_items_not_inside_a_name():
    items = "; ".join(f"Trường Cao đẳng nghề Việt Nam - Hàn Quốc số {n} thành phố Hà Nội" for n in range(1, 9))
    text = f"I. ĐẦU TƯ\n\n- Đầu tư các trường chất lượng cao, cụ thể: {items}."
    chunks = chunk_plan("ds.txt", text, 96)
    bodies = [c.text.split("\n", 1)[-1] for c in chunks]
    assert len(chunks) > 1
    for n in range(1, 9):  # every school's name whole in one chunk
        assert any(f"Việt Nam - Hàn Quốc số {n} thành phố Hà Nội" in body for body in bodies), n


def test_clauses_without_a_lead_are_still_sentences():
    text = "Sở A chủ trì tuyên truyền; Sở B bố trí kinh phí; Trường C tuyển sinh."
    assert len(split_sentences(Block(text, 0, len(text)))) == 3
    long_item = "Gồm: Trường A; " + "Triển khai " + "nhiều việc " * 20 + "khác."  # a clause, no item
    assert len(split_sentences(Block(long_item, 0, len(long_item)))) == 2


# ---------------------------------------------------------------- real plans


@pytest.mark.parametrize("max_tokens", SIZES)
@pytest.mark.parametrize("name", ALL_PLANS)
def test_token_bound(name, max_tokens):
    for chunk in chunks(name, max_tokens):
        assert chunk.tokens == count_tokens(chunk.text)
        heading_tokens = count_tokens(prefix_of(chunk))
        # max_tokens holds unless the headings alone leave less than the 32-token floor
        assert chunk.tokens <= max(max_tokens, heading_tokens + 1 + 32) + SLACK, chunk.section


@pytest.mark.parametrize("name", ALL_PLANS)
def test_default_size_is_within_budget(name):
    assert max(c.tokens for c in chunks(name)) <= DEFAULT_MAX + SLACK


@pytest.mark.parametrize("max_tokens", SIZES)
@pytest.mark.parametrize("name", ALL_PLANS)
def test_offsets_point_into_normalised_text(name, max_tokens):
    t = text(name)
    for chunk in chunks(name, max_tokens):
        assert 0 <= chunk.start < chunk.end <= len(t)
        span = t[chunk.start : chunk.end]
        first_line = chunk.body.split("\n")[0]
        assert first_line[:30] in span
        assert span.startswith(first_line[:30])
        assert span.endswith(chunk.body.split("\n")[-1][-30:])
        assert collapse(span) == collapse(chunk.body)
        for line in chunk.body.split("\n"):
            assert line in span


@pytest.mark.parametrize("max_tokens", SIZES)
@pytest.mark.parametrize("name", ALL_PLANS)
def test_chunking_loses_no_text(name, max_tokens):
    t = text(name)
    cs = chunks(name, max_tokens)
    bodies = collapse(" ".join(c.body for c in cs))
    bare_headings = {
        s.heading.text for _, s in parse_structure(t).walk()
        if s.heading and not s.body and s.children and len(s.title) <= ANCESTOR_CHARS
    }
    kept = []
    for para in t.split("\n\n"):
        if para in bare_headings:
            # a heading with no text of its own lives on in its children's heading lines
            assert any(short_title(para, ANCESTOR_CHARS) in c.text.split("\n") for c in cs), para
            continue
        assert collapse(para) in bodies, para[:80]
        kept.append(para)
    # and nothing is duplicated: the bodies in order are exactly the kept paragraphs
    assert bodies == collapse(" ".join(kept))


@pytest.mark.parametrize("name", ALL_PLANS)
def test_every_fitting_paragraph_is_whole_in_one_body(name):
    cs = chunks(name)
    bare_headings = {
        s.heading.text for _, s in parse_structure(text(name)).walk()
        if s.heading and not s.body and s.children and len(s.title) <= ANCESTOR_CHARS
    }
    for para in text(name).split("\n\n"):
        if count_tokens(para) <= 150 and para not in bare_headings:
            assert any(collapse(para) in collapse(c.body) or para in c.text for c in cs), para[:80]


@pytest.mark.parametrize("name", ALL_PLANS)
def test_chunks_in_document_order(name):
    cs = chunks(name)
    assert [c.ordinal for c in cs] == list(range(len(cs)))
    assert all(a.end <= b.start for a, b in pairwise(cs))
    assert all(c.doc == name for c in cs)


@pytest.mark.parametrize("name", ALL_PLANS)
def test_ids_unique_and_stable(name):
    first = chunk_plan(name, text(name), DEFAULT_MAX, context="Kế hoạch X")
    second = chunk_plan(name, text(name), DEFAULT_MAX, context="Kế hoạch X")
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)
    assert all(re.fullmatch(r"[0-9a-f]{20}(-\d+)?", c.id) for c in first)


def test_ids_change_with_context_and_doc():
    base = chunks(HANOI_2023, DEFAULT_MAX, "Kế hoạch 70/KH-UBND")
    other_context = chunks(HANOI_2023, DEFAULT_MAX, "Kế hoạch 70/KH-UBND (sửa)")
    assert [c.text for c in base] == [c.text for c in other_context]
    assert not {c.id for c in base} & {c.id for c in other_context}
    other_doc = chunk_plan("khac.txt", text(HANOI_2023), DEFAULT_MAX, context="Kế hoạch 70/KH-UBND")
    assert not {c.id for c in base} & {c.id for c in other_doc}


def test_identical_text_in_two_sections_gets_two_ids():
    plan = "I. A\n\n1. Sở Tài chính\n\n- Bố trí kinh phí.\n\nII. B\n\n1. Sở Tài chính\n\n- Bố trí kinh phí."
    cs = chunk_plan("x.txt", normalize_text(plan), 100)
    assert len(cs) == 2
    assert cs[0].id != cs[1].id


def test_heading_path_kept_for_hanoi_finance():
    cs = [c for c in chunks(HANOI_2023) if c.section == "V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính"]
    assert len(cs) == 1
    chunk = cs[0]
    assert chunk.text.startswith("V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\n- Trên cơ sở đề xuất")
    assert chunk.body.startswith("4. Sở Tài chính\n")
    assert "thẩm định phương án giá dịch vụ đào tạo" in chunk.body
    assert SECTION_SEPARATOR == " › "


@pytest.mark.parametrize("name", ALL_PLANS)
def test_text_starts_with_its_heading_path(name):
    for chunk in chunks(name):
        lines = chunk.text.split("\n")
        titles = chunk.section.split(SECTION_SEPARATOR)
        for line, title in zip(lines, titles):
            short = title.removesuffix("…")
            assert line.startswith(short), (chunk.section, line)


def test_synthetic_parts_name_themselves():
    cs = chunks(HANOI_2023)
    header = cs[0]
    assert header.section == "Số hiệu, ngày ban hành và tên kế hoạch"
    assert header.text.startswith("Số hiệu, ngày ban hành và tên kế hoạch\nSố: 70 /KH-UBND")
    signature = cs[-1]
    assert signature.section == "Nơi nhận và người ký"
    assert signature.text.startswith("Nơi nhận và người ký\nNơi nhận:")
    assert signature.text.endswith("Lê Hồng Sơn")


def test_continuation_chunk_repeats_own_heading():
    cs = [c for c in chunks(HAIDUONG, 64) if c.section.startswith("V. Tổ chức thực hiện › 3. Các cơ sở giáo dục nghề nghiệp")]
    assert len(cs) > 1
    assert cs[0].body.startswith("3. Các cơ sở giáo dục nghề nghiệp")
    for chunk in cs[1:]:
        assert chunk.text.startswith("V. Tổ chức thực hiện\n3. Các cơ sở giáo dục nghề nghiệp\n")
        assert not chunk.body.startswith("3. Các cơ sở")


# ---------------------------------------------------------------- long paragraphs

SENTENCES = [f"Xã số {i} mở lớp nghề cho lao động nông thôn." for i in range(1, 41)]
LONG_PLAN = "I. NHIỆM VỤ\n\n1. Đào tạo nghề\n\n" + " ".join(SENTENCES) + "\n\n2. Việc làm\n\n- Hỗ trợ việc làm."


def test_long_paragraph_split_at_sentence_boundaries():
    t = normalize_text(LONG_PLAN)
    assert count_tokens(" ".join(SENTENCES)) > 200
    cs = [c for c in chunk_plan("x.txt", t, 80) if "1. Đào tạo nghề" in c.section]
    assert len(cs) >= 3
    assert any(len(re.findall(r"Xã số", c.body)) > 1 for c in cs)  # several sentences share a chunk
    pieces = []
    for chunk in cs:
        assert chunk.tokens <= 80 + SLACK
        body = chunk.body
        body = body.removeprefix("1. Đào tạo nghề\n")
        assert body.endswith(".")
        found = re.findall(r"Xã số \d+ mở lớp nghề cho lao động nông thôn\.", body)
        assert collapse(" ".join(found)) == collapse(body)  # whole sentences only
        pieces.extend(found)
    assert pieces == SENTENCES


def test_sentence_longer_than_budget_is_cut_between_words():
    words = " ".join(f"Từ{i}" for i in range(400))
    t = normalize_text("I. PHẦN\n\n" + words)
    cs = chunk_plan("x.txt", t, 60)
    assert len(cs) > 3
    for chunk in cs:
        assert chunk.tokens <= 60 + SLACK
        assert t[chunk.start : chunk.end] == chunk.body
    assert collapse(" ".join(c.body for c in cs)) == "I. PHẦN " + words


def test_sentences_of_one_paragraph_joined_with_space():
    t = normalize_text(LONG_PLAN)
    for chunk in chunk_plan("x.txt", t, 80):
        assert chunk.body == t[chunk.start : chunk.end].replace("\n\n", "\n")


@pytest.mark.parametrize("name", [HANOI_2023])
def test_body_reproduces_plan_text(name):
    t = text(name)
    for chunk in chunks(name):
        assert chunk.body == t[chunk.start : chunk.end].replace("\n\n", "\n")


def test_item_marker_is_not_a_sentence():
    para = "1. Tuyển sinh và đào tạo khoảng 230.000 lượt người. Tỷ lệ lao động qua đào tạo đạt 73,2%."
    pieces = [p.text for p in split_sentences(Block(para, 0, len(para)))]
    assert pieces == [
        "1. Tuyển sinh và đào tạo khoảng 230.000 lượt người.",
        "Tỷ lệ lao động qua đào tạo đạt 73,2%.",
    ]


def test_a_quoted_item_marker_of_an_amendment_is_not_a_sentence():
    """An amending plan quotes the new text: "“8. Đẩy mạnh chuyển đổi số …" is one item, not "“8." and the rest."""
    para = "“8. Đẩy mạnh chuyển đổi số và đào tạo kỹ năng số giai đoạn 2026 - 2027. Xây dựng khung chương trình."
    assert [p.text for p in split_sentences(Block(para, 0, len(para)))] == [
        "“8. Đẩy mạnh chuyển đổi số và đào tạo kỹ năng số giai đoạn 2026 - 2027.", "Xây dựng khung chương trình."]


def test_long_bare_heading_text_not_lost():
    """Hải Dương III.2 and III.3 (178 and 180 chars) have children but no body: they get a chunk."""
    t = text(HAIDUONG)
    cs = chunks(HAIDUONG)
    for _, section in parse_structure(t).walk():
        if section.heading and not section.body and section.children:
            assert any(section.title in c.text for c in cs), section.title


# ---------------------------------------------------------------- tables: one chunk per row

TARGETS = """I. MỤC TIÊU

2. Biểu chỉ tiêu

Các chỉ tiêu chủ yếu như sau:

| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Mục tiêu | Mục tiêu |
| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Năm 2025 | Giai đoạn 2026-2030 |
| 1 | Tuyển sinh giáo dục nghề nghiệp | Người | 36 950 | 39 600 | 42.000 - 45.000 người/năm |
| 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |
| 2 | Tỷ lệ lao động qua đào tạo | % | 63,8 | 65,5 % | 75% (năm 2030) |

Ghi chú: số liệu năm 2024 là số ước."""


def test_one_chunk_per_table_row():
    t = normalize_text(TARGETS)
    cs = chunk_plan("x.txt", t, DEFAULT_MAX)
    assert all(c.section == "I. MỤC TIÊU › 2. Biểu chỉ tiêu" for c in cs)
    head, *rows, note = cs
    # the run before the table ends with its header rows, so the columns are named once in the text
    assert head.body.split("\n") == [
        "2. Biểu chỉ tiêu",
        "Các chỉ tiêu chủ yếu như sau:",
        "| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Mục tiêu | Mục tiêu |",
        "| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Năm 2025 | Giai đoạn 2026-2030 |",
    ]
    assert [r.body for r in rows] == [
        "| 1 | Tuyển sinh giáo dục nghề nghiệp | Người | 36 950 | 39 600 | 42.000 - 45.000 người/năm |",
        "| 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |",
        "| 2 | Tỷ lệ lao động qua đào tạo | % | 63,8 | 65,5 % | 75% (năm 2030) |",
    ]
    assert rows[1].text.split("\n") == [
        "I. MỤC TIÊU",
        "2. Biểu chỉ tiêu",
        "Các chỉ tiêu chủ yếu như sau",
        (
            "Tuyển sinh giáo dục nghề nghiệp › Trình độ cao đẳng | Đơn vị: Người | Năm 2024 (ước): 2 870"
            " | Mục tiêu Năm 2025: 3 150 | Mục tiêu Giai đoạn 2026-2030: 4.000/năm"
        ),
        "| 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |",
    ]
    for chunk in cs:  # spans point at the rows, so quotes and citations work
        assert t[chunk.start : chunk.end].replace("\n\n", "\n") == chunk.body
        assert chunk.text.endswith(chunk.body) and chunk.tokens <= DEFAULT_MAX
    assert note.body == "Ghi chú: số liệu năm 2024 là số ước."
    assert note.text.startswith("I. MỤC TIÊU\n2. Biểu chỉ tiêu\nGhi chú")  # after the table: own heading again


def test_raw_row_quote_is_supported_by_its_row_chunk():
    from eval.metrics import supports

    cs = chunk_plan("x.txt", normalize_text(TARGETS), DEFAULT_MAX)
    quote = "| 1.1 | Trình độ cao đẳng | Người | 2 870 | 3 150 | 4.000/năm |"
    assert [c.body for c in cs if supports(c.text, quote)] == [quote]


def test_tiny_rows_share_a_chunk_and_long_rows_fit_the_budget():
    rows = "\n".join(f"| {i} | Xã {i} | {i * 10} |" for i in range(1, 7))
    t = normalize_text("I. PHÂN BỔ\n\n| TT | Xã | Số lớp |\n" + rows)
    cs = [c for c in chunk_plan("x.txt", t, DEFAULT_MAX) if c.body.startswith("| 1 |") or c.body.startswith("| 5 |")]
    assert [c.body.count("\n") + 1 for c in cs] == [4, 2]  # four tiny rows at most in one chunk
    assert "Xã 1 | Số lớp: 10\nXã 2 | Số lớp: 20" in cs[0].text
    long_cell = " ".join(f"nhiệm vụ {i}" for i in range(120))
    t = normalize_text(f"I. NHIỆM VỤ\n\n| TT | Nội dung | Chủ trì |\n| 1 | {long_cell} | Sở Tài chính |\n| 2 | Ngắn | Sở Nội vụ |")
    cs = chunk_plan("x.txt", t, 64)
    assert all(c.tokens <= 64 + SLACK for c in cs)
    pieces = [c for c in cs if "Nội dung: nhiệm" in c.body]  # the long cell read in pieces, under its label cut short
    assert len(pieces) > 1 and collapse(" ".join(t[c.start:c.end] for c in pieces)).count("nhiệm vụ") == 120
    assert all(c.body.startswith("nhiệm vụ 0 nhiệm vụ 1… | Nội dung: ") for c in pieces)
    assert all(c.body.endswith(t[c.start : c.end]) for c in pieces)


def test_a_row_too_long_for_a_chunk_is_read_in_pieces_each_under_its_label_and_column():
    """A committee member's row whose duties run over several chunks: every piece says whose duties they are and
    which column it reads, so a deadline in the last column is found under the member's post, and the pieces cut
    at the duties' clauses cover the row."""
    duties = "; ".join(f"- Chủ trì nhiệm vụ số {i} về tuyển sinh giáo dục nghề nghiệp và phân luồng học sinh" for i in
                       range(30))
    member = "Bà Nguyễn Thị Thu Hà, Giám đốc Sở Giáo dục và Đào tạo - Phó Trưởng ban"
    t = normalize_text("Điều 6. Phân công nhiệm vụ\n\n| TT | Thành viên Ban Chỉ đạo | Nhiệm vụ được phân công | Thời hạn "
                       f"/ sản phẩm |\n| 2 | {member} | {duties}. | - Đề án trình Ủy ban nhân dân tỉnh trong Quý III năm "
                       "2026. |")
    pieces = [c for c in chunk_plan("x.txt", t, DEFAULT_MAX) if "Nguyễn Thị Thu Hà" in c.text]
    assert len(pieces) > 2 and all(c.tokens <= DEFAULT_MAX + SLACK for c in pieces)
    assert all(f"{member} | " in c.text for c in pieces)
    assert all(c.text.endswith(c.body) for c in pieces)
    assert all(t[c.start:c.end].count("- Chủ trì") == c.body.count("- Chủ trì") for c in pieces)  # cut at clauses
    assert sum(c.body.count("- Chủ trì nhiệm vụ số") for c in pieces) == 30
    last = pieces[-1]
    assert f"{member} | Thời hạn / sản phẩm: - Đề án trình Ủy ban nhân dân tỉnh trong Quý III năm 2026." in last.text
    assert all(t[c.start:c.end] in c.body.replace(" | Thời hạn / sản phẩm: ", " | ") for c in pieces)


def test_a_long_row_keeps_its_cells_read_under_their_headers():
    """An annex row that fits the budget alone, not with its read-aloud line: the line is kept (it repeats the
    row), so "Cơ quan chủ trì: …" and "Thời gian hoàn thành: …" stand beside the cells."""
    task = "Tư vấn hướng nghiệp, phân luồng học sinh lớp 9, lớp 12 vào học các nghề kỹ thuật số, kỹ thuật xanh"
    t = normalize_text("Phụ lục: PHÂN CÔNG NHIỆM VỤ\n\n| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | "
                       "Thời gian hoàn thành |\n"
                       f"| 16 | {task} | Sở Giáo dục và Đào tạo | Sở Nội vụ; Thành đoàn | Tháng 5/2026 |")
    row = next(c for c in chunk_plan("x.txt", t, 120) if c.body.startswith("| 16 |"))
    assert count_tokens(row.body) < 120 < row.tokens <= 240
    assert "Cơ quan chủ trì: Sở Giáo dục và Đào tạo" in row.text and "Thời gian hoàn thành: Tháng 5/2026" in row.text
    assert row.text.endswith(row.body)


def test_a_wide_matrix_row_whose_headers_do_not_fit_is_read_in_pieces_not_left_bare():
    """A school's row of a matrix of 26 columns under long headers: the row alone fits the budget, read aloud it does
    not, even with the allowance for repeating it; it is read aloud all the same (in pieces of its cells), naming the
    school and its figures' headers, never left as the bare cells."""
    groups = ["Chỉ tiêu tuyển sinh năm 2027 theo trình độ đào tạo", "Chỉ tiêu đặt hàng sử dụng ngân sách nhà nước",
              "Kinh phí đặt hàng đào tạo năm 2027 (triệu đồng)", "Chỉ tiêu tuyển sinh tự chủ không đặt hàng"]
    levels = ["Cao đẳng", "Trung cấp", "Sơ cấp", "Dưới 3 tháng", "Bồi dưỡng", "Đào tạo lại"]
    header = " | ".join(f"{g} – {lv}" for g in groups for lv in levels)
    cells = " | ".join(str(100 + i) for i in range(len(groups) * len(levels)))
    t = normalize_text(f"PHỤ LỤC I\n\n| STT | Tên cơ sở | {header} |\n| 1 | Trường Cao đẳng Kỹ thuật Sông Lam | {cells} |\n"
                       f"| 2 | Trung tâm GDNN khu vực Bắc | {cells} |")
    row = [c for c in chunk_plan("x.txt", t, DEFAULT_MAX) if "Sông Lam" in c.text]
    assert row and all("Trường Cao đẳng Kỹ thuật Sông Lam" in c.text for c in row)
    assert not any(c.body.startswith("| 1 |") for c in row)  # no piece is the row's bare cells
    assert "Chỉ tiêu đặt hàng sử dụng ngân sách nhà nước – Sơ cấp: 108" in " ".join(c.text for c in row)


@pytest.mark.parametrize(
    "raw",
    [
        "I. A\n\nBảng\n\nChỉ tiêu\tĐơn vị\tNăm 2025\nTuyển sinh\tngười\t3.200\nViệc làm\tngười\t1.100",
        "I. A\n\nChỉ tiêu        Đơn vị      Năm 2025\nTuyển sinh      người       3.200\nViệc làm        người       1.100",
    ],
)
def test_tab_and_aligned_tables_are_chunked_by_row(raw):
    cs = chunk_plan("x.txt", normalize_text(raw), DEFAULT_MAX)
    assert [c.body for c in cs][-2:] == ["Tuyển sinh\tngười\t3.200", "Việc làm\tngười\t1.100"]
    assert "Tuyển sinh | Đơn vị: người | Năm 2025: 3.200" in cs[-2].text


# ---------------------------------------------------------------- "+" sub-bullets keep their "-" item


def test_chunk_starting_on_a_sub_bullet_repeats_its_item():
    subs = "\n\n".join(f"+ Hỗ trợ lớp nghề số {i} cho lao động nông thôn tại xã vùng cao." for i in range(1, 25))
    t = normalize_text(f"I. NHIỆM VỤ\n\n1. Đào tạo nghề\n\n- Mức hỗ trợ học phí\n\n{subs}\n\n- Hỗ trợ tiền ăn")
    cs = chunk_plan("x.txt", t, 80)
    starting_on_plus = [c for c in cs if c.body.startswith("+")]
    assert starting_on_plus
    for chunk in starting_on_plus:
        assert chunk.text.startswith("I. NHIỆM VỤ\n1. Đào tạo nghề\n- Mức hỗ trợ học phí\n+ Hỗ trợ")
        assert chunk.tokens <= 80 + SLACK
    assert not any(c.text.count("- Mức hỗ trợ học phí") > 1 for c in cs)
    last = cs[-1]
    assert last.body.endswith("- Hỗ trợ tiền ăn") and last.text.count("- Mức hỗ trợ học phí") <= 1


# ---------------------------------------------------------------- other house styles


def test_decision_articles_and_plan_sections_paths():
    from .test_structure import TWO_DOCUMENTS

    cs = chunk_plan("x.txt", normalize_text(TWO_DOCUMENTS), DEFAULT_MAX)
    sections = [c.section for c in cs]
    assert "Quyết định ban hành › Điều 2. Quyết định có hiệu lực từ ngày ký." in sections
    assert sections.count("Số hiệu, ngày ban hành và tên kế hoạch") == 2
    plan = [c for c in cs if "8.000 lao động" in c.body]
    assert [c.section for c in plan] == ["I. MỤC TIÊU"]
    assert not [c for c in cs if c.section == "Phần kết" and "Sở Giáo dục" in c.body]
    article = next(c for c in cs if c.section.startswith("Quyết định ban hành › Điều 1."))
    assert article.text.startswith("Quyết định ban hành\nĐiều 1. Ban hành kèm theo")
    annex = [c for c in cs if c.section == "PHỤ LỤC: BIỂU CHỈ TIÊU"]
    assert [c.body for c in annex][-2:] == ["| 1 | Đồi Xanh | 3.000 |", "| 2 | Suối Bạc | 5.000 |"]


def test_parts_path_names_the_part_title():
    from .test_structure import PARTS_PLAN

    cs = chunk_plan("x.txt", normalize_text(PARTS_PLAN), DEFAULT_MAX)
    chunk = next(c for c in cs if "Tuyển sinh 1.200 người" in c.body)
    assert chunk.section == "PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NĂM 2025 › 1. Kết quả đạt được › a) Tuyển sinh"
    assert chunk.text.startswith("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Kết quả đạt được\na) Tuyển sinh")


# ---------------------------------------------------------------- the Bạch Vân plan (../shared/corpus-extra)

BACHVAN = PLANS.parent.parent.parent / "shared" / "corpus-extra"


@pytest.fixture(scope="module")
def bachvan():
    plan = BACHVAN / "bachvan-2025-qd-ke-hoach-gdnn.txt"
    if not plan.exists():
        pytest.skip(f"the Bạch Vân plan is not at {plan} (../shared/corpus-extra of the repo)")
    t = normalize_text(plan.read_text(encoding="utf-8"))
    return t, chunk_plan(plan.name, t, DEFAULT_MAX)


@pytest.mark.parametrize("line_id", ["bv-002", "bv-003", "bv-004", "bv-013", "bv-024", "bv-025"])
def test_bachvan_table_quotes_are_in_one_row_chunk(bachvan, line_id):
    from eval.metrics import supports

    t, cs = bachvan
    gold = {g["id"]: g for g in map(json.loads, (BACHVAN / "bachvan-questions.jsonl").read_text("utf-8").splitlines())}
    quote = gold[line_id]["evidence"][0]["quote"]
    found = [c for c in cs if supports(c.text, quote)]
    assert len(found) == 1, line_id
    (chunk,) = found
    assert chunk.body.count("\n") == 0 and t[chunk.start : chunk.end] == chunk.body  # exactly the row


def test_bachvan_chunks(bachvan):
    t, cs = bachvan
    # a table row's chunk may hold its row read aloud beyond the budget (up to twice it)
    assert all(c.tokens <= DEFAULT_MAX + SLACK or c.body.startswith("|") and c.tokens <= 2 * DEFAULT_MAX for c in cs)
    assert all(t[c.start : c.end].replace("\n\n", "\n") == c.body for c in cs)
    assert all(a.end <= b.start for a, b in pairwise(cs))
    assert not [c for c in cs if c.section.startswith("Phần kết")]
    sections = {c.section for c in cs}
    assert "Nơi nhận và người ký" in sections and "Phụ lục: Danh mục nhiệm vụ" in sections
    words = set(re.findall(r"\w+", t))
    assert words <= set(re.findall(r"\w+", " ".join(c.text for c in cs)))


@pytest.mark.parametrize(
    "line",
    [
        "| 2 | Ban hành định mức. Quyết định | Sở Tài chính; Sở Nội vụ | Quý II/2025 |",
        "Ban hành định mức | Cơ quan phối hợp: Sở Tài chính; Sở Nội vụ | Thời gian hoàn thành: Quý II/2025",
        "Tuyển sinh. Cao đẳng\tNgười\t3.150",
    ],
)
def test_a_table_row_is_one_sentence(line):
    assert [p.text for p in split_sentences(Block(line, 5, 5 + len(line)))] == [line]


ALLOCATION = """KẾ HOẠCH

Phân bổ chỉ tiêu năm 2026

I – CHỈ TIÊU

Phụ lục 1. Phân bổ chỉ tiêu tuyển sinh theo xã, phường

| STT | Xã, phường | Sơ cấp | Cao đẳng | Tổng số |
|---|---|---|---|---|
| 1 | Phường Lãng Thành | 1.200 | 1.150 | 2.350 |
| 2 | Xã Yên Khê | 800 | 40 | 840 |
| 3 | Xã Nậm Lương | 600 | 20 | 620 |

Ghi chú: Chỉ tiêu cao đẳng của phường Lãng Thành bao gồm 700 chỉ tiêu do Trường Cao đẳng Công nghệ tuyển sinh.

II – TỔ CHỨC THỰC HIỆN

Sở Nội vụ: chủ trì tổng hợp.
"""


def test_a_note_under_a_table_is_read_with_the_row_it_names():
    chunks = chunk_plan("vl.txt", normalize_text(ALLOCATION), 300)
    named = next(c.text for c in chunks if "| 1 | Phường Lãng Thành |" in c.text)
    other = next(c.text for c in chunks if "| 2 | Xã Yên Khê |" in c.text)
    assert "Ghi chú: Chỉ tiêu cao đẳng của phường Lãng Thành bao gồm 700" in named
    assert "Ghi chú" not in other


def test_a_bare_heading_stating_a_figure_keeps_a_chunk_of_its_own():
    plan = ("IV. KINH PHÍ THỰC HIỆN\n1. Tổng kinh phí dự kiến năm 2026 là 38,65 tỷ đồng, gồm:\n"
            "a) Ngân sách trung ương hỗ trợ có mục tiêu: 12,4 tỷ đồng;\nb) Ngân sách tỉnh: 16,8 tỷ đồng.\n"
            "V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì, theo dõi việc thực hiện Kế hoạch.")
    sections = [c.section for c in chunk_plan("x.txt", normalize_text(plan), 200)]
    # the total is quoted from its own chunk; a heading naming only its items ("1. Sở Nội vụ") lives in theirs
    assert "IV. KINH PHÍ THỰC HIỆN › 1. Tổng kinh phí dự kiến năm 2026 là 38,65 tỷ đồng, gồm" in sections
    assert "V. TỔ CHỨC THỰC HIỆN" not in sections and len(sections) == 4


@pytest.mark.parametrize(("heading", "states"), [
    ("1. Tổng kinh phí dự kiến năm 2026 là 38,65 tỷ đồng, gồm:", True),
    ("3. Đến năm 2030 có 05 trường chất lượng cao, gồm:", True),
    ("II. CHỈ TIÊU NĂM 2026", False),  # a year only
    ("a) Giai đoạn 2026 - 2030:", False),
    ("Điều 5. Trách nhiệm", False),  # a marker's number
    ("1.2. Mục tiêu đến năm 2025", False),
])
def test_a_heading_states_a_figure_besides_its_marker_and_years(heading, states):
    from index.chunking import states_figure

    assert states_figure(heading) is states


def test_a_row_chunk_carries_the_unit_its_tables_lead_line_gives():
    text = ("I. KINH PHÍ\n\nKinh phí được phân kỳ như sau (đơn vị tính: tỷ đồng):\n\nBảng 3. Phân kỳ kinh phí\n\n"
            "| Giai đoạn | Tổng số | Ngân sách trung ương |\n\n| 2026 - 2028 | 742,3 | 180,0 |\n\n"
            "| 2029 - 2030 | 544,2 | 132,0 |\n")
    rows = [c for c in chunk_plan("tv.txt", text, 96) if "2029 - 2030 |" in c.text]
    assert rows and all("(Đơn vị tính: tỷ đồng)" in c.text for c in rows)


def test_a_long_run_of_short_items_after_a_lead_stays_with_it():
    """ "… 10 ngành, nghề: cơ khí chế tạo; điện công nghiệp; điện tử công nghiệp; …" is cut at "; đ" (a lower-case
    "đ" may open a clause), but the items after the cut are the rest of the list, not a sentence of their own."""
    line = ("- Đầu tư trọng điểm 10 ngành, nghề: cơ khí chế tạo; điện công nghiệp; điện tử công nghiệp; công nghệ ô "
            "tô; công nghệ thông tin (ứng dụng phần mềm); may thời trang; logistics; chế biến nông sản, thực phẩm; "
            "quản trị khách sạn; điều dưỡng. Câu sau.")
    pieces = [b.text for b in split_sentences(Block(line, 0, len(line)))]
    assert pieces == [line.removesuffix(" Câu sau."), "Câu sau."]


def test_a_row_chunk_carries_the_unit_that_closes_a_long_annex_caption():
    """A PDF joins an annex's title, its "(Kèm theo Quyết định …)" and "Đơn vị tính: triệu đồng" into one line; the
    caption shown is cut short, so the unit goes beside it: "Trường X | Tổng số: 8.850" is 8.850 triệu đồng."""
    caption = ("PHÂN BỔ KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP NĂM 2026 THEO ĐƠN VỊ (Kèm theo "
               "Quyết định số 356/QĐ-UBND ngày 25 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Hà Lam) Đơn vị tính: "
               "triệu đồng")
    text = (f"Phụ lục I\n\n{caption}\n\n| TT | Đơn vị | Tổng số | Ngân sách tỉnh |\n\n"
            "| 1 | Trường Cao đẳng Kỹ thuật Hà Lam | 8.850 | 4.350 |\n\n| 2 | Sở Nội vụ | 1.240 | 1.240 |\n")
    rows = [c for c in chunk_plan("hl.txt", text, 96) if "| Sở Nội vụ |" in c.text]
    assert rows and all("(Đơn vị tính: triệu đồng)" in c.text for c in rows)


def test_every_chunk_of_a_page_repeats_the_body_it_is_about():
    """A booklet heads each school's page with the school's name in capitals under one part ("PHẦN II. CÁC CƠ SỞ
    …"): a chunk of that page's fees or its table still names the school; a line in capitals naming no body (a
    table's title) is not repeated."""
    fees = "\n".join(f"- Nghề {k}: học phí {k}00.000 đồng/tháng, thời gian đào tạo 18 tháng, học tại cơ sở chính."
                     for k in range(1, 16))
    text = ("PHẦN II. CÁC CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP\nTRƯỜNG TRUNG CẤP NGHỀ MƯỜNG LAN\n"
            "Trường công lập trực thuộc Sở Giáo dục và Đào tạo.\n" + fees + "\nCHỈ TIÊU TUYỂN SINH\n"
            "| Nghề | Chỉ tiêu |\n| Điện dân dụng | 90 |\n| May công nghiệp | 120 |\n")
    chunks = chunk_plan("booklet.txt", normalize_text(text), 120)
    assert len(chunks) >= 3
    assert all("TRƯỜNG TRUNG CẤP NGHỀ MƯỜNG LAN" in c.text for c in chunks)
    rows = [c for c in chunks if "May công nghiệp" in c.text]
    assert rows and all("CHỈ TIÊU TUYỂN SINH" not in c.text.split("\n")[:2] for c in rows)
