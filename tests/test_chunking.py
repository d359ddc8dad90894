"""Chunking: token bounds, offsets back into the plan text, no lost text, stable ids."""

from __future__ import annotations

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


def test_long_bare_heading_text_not_lost():
    """Hải Dương III.2 and III.3 (178 and 180 chars) have children but no body: they get a chunk."""
    t = text(HAIDUONG)
    cs = chunks(HAIDUONG)
    for _, section in parse_structure(t).walk():
        if section.heading and not section.body and section.children:
            assert any(section.title in c.text for c in cs), section.title
