"""Pages printed in two columns, on hand-made word boxes and on a gazette's PDF: each column read top to bottom,
the left before the right, between the lines across the page; a page in one column read as before."""

from __future__ import annotations

from index.converters import convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.pdf_columns import Word, closing_halves, gutter, reading_keys, split_at
from tests.fixtures_docs import (
    make_bilingual_pdf,
    make_closing_pdf,
    make_column_table_pdf,
    make_gazette_pdf,
    make_small_print_pdf,
)

WIDTH = 600.0


def _line(top: float, *spans: tuple[float, float]) -> list[Word]:
    """A printed line of words of 40 points with gaps of 5 between them, over each (x0, x1) span."""
    words = []
    for x0, x1 in spans:
        x = x0
        while x + 40 <= x1:
            words.append(Word(x, x + 40, top, top + 10))
            x += 45
    return words


def test_two_columns_of_prose_have_a_gutter_even_when_their_lines_do_not_face_each_other():
    left = [_line(100 + 12 * i, (30, 290)) for i in range(20)]
    right = [_line(106 + 12 * i, (310, 570)) for i in range(20)]  # the right column starts lower
    title = [_line(80, (200, 400))]
    at = gutter(title + left + right, WIDTH)
    assert at is not None and max(w.x1 for line in left for w in line) <= at <= min(w.x0 for line in right for w in line)


def test_a_page_in_one_column_or_a_header_in_two_short_columns_has_none():
    one = [_line(100 + 12 * i, (30, 570)) for i in range(30)]
    assert gutter(one, WIDTH) is None
    header = [_line(40 + 12 * i, (60, 190), (330, 520)) for i in range(3)]  # issuing body | national motto
    assert gutter(header + one, WIDTH) is None


def test_a_line_across_the_gutter_opens_a_band_and_columns_read_left_first():
    line = _line(100, (30, 290), (310, 570))
    assert [len(half) for half in split_at(line, 300, _same)] == [len(line) // 2] * 2
    assert split_at(_line(80, (200, 400)), 300, _same) is None
    items = [(100, "left"), (100, "right"), (112, "left"), (90, "across"), (200, "across"), (210, "right"),
             (220, "left")]
    order = [items[i] for i in sorted(range(len(items)), key=lambda i: reading_keys(items)[i])]
    assert order == [(90, "across"), (100, "left"), (112, "left"), (100, "right"), (200, "across"), (220, "left"),
                     (210, "right")]


def _same(word: Word) -> Word:
    return word


def test_a_centred_heading_whose_word_space_falls_on_the_gutter_is_across():
    """ "PHỤ LỤC" centred under the columns: its two words either side of the gutter, a space apart."""
    heading = [Word(270, 298, 700, 710), Word(302, 330, 700, 710)]
    assert split_at(heading, 300, _same) is None
    columns = [Word(250, 290, 100, 110), Word(310, 350, 100, 110)]  # a column gap of 20 (two line heights)
    assert split_at(columns, 300, _same) == ([columns[0]], [columns[1]])


PARAGRAPHS = [
    "1. Mục tiêu: đến hết năm 2026 tuyển sinh, đào tạo nghề cho 12.500 người, trong đó trình độ cao đẳng 2.100 "
    "người, trung cấp 3.400 người, sơ cấp và đào tạo dưới 3 tháng 7.000 người.",
    "2. Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 34%; tỷ lệ người học có việc làm "
    "sau đào tạo đạt trên 85%.",
    *[f"{n}. Nhiệm vụ số {n}: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân các xã, phường tổ chức "
      f"khảo sát nhu cầu học nghề của lao động nông thôn, lập danh sách người học và mở lớp tại xã theo nhu cầu "
      f"của doanh nghiệp; báo cáo kết quả trước ngày {n + 10} tháng 11 năm 2026." for n in range(3, 15)],
]


def test_a_gazette_reprint_in_two_columns_reads_each_paragraph_whole(tmp_path):
    pdf = make_gazette_pdf(
        tmp_path / "halam-2026-kh.pdf",
        (["ỦY BAN NHÂN DÂN", "TỈNH HÀ LAM", "Số: 48/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Lam, ngày 20 tháng 02 năm 2026"]),
        ["KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn tỉnh Hà Lam năm 2026"], PARAGRAPHS,
        "CÔNG BÁO/Số 07 + 08/Ngày 27-02-2026", rows=[["TT", "Chỉ tiêu", "Năm 2026"], ["1", "Tuyển sinh", "12.500"]],
        after=6)
    text = convert(pdf).text
    flat = " ".join(text.split())
    for paragraph in PARAGRAPHS:
        assert paragraph in flat, paragraph[:40]
    assert "| 1 | Tuyển sinh | 12.500 |" in text
    meta = extract_metadata(pdf.name, normalize_text(text))
    assert (meta.number, meta.province, meta.date) == ("48/KH-UBND", "Hà Lam", "2026-02-20")


def test_small_print_keeps_its_words_apart(tmp_path):
    """Words of 9-point print placed 0.28 em (2.5 points) apart, under pdfplumber's fixed 3-point tolerance, with
    no space glyph between them (a gazette's justified columns): read as words all the same."""
    sentence = "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức đào tạo nghề cho 12.500 lao động nông thôn."
    text = convert(make_small_print_pdf(tmp_path / "small.pdf", [sentence])).text
    assert " ".join(text.split()) == sentence


def test_the_development_gazette_reads_its_signer_and_annex_heading_whole():
    """Hạ Lam's gazette reprint (development material): "PHỤ LỤC" centred under the last columns stays one line,
    and the signature block before it gives the signer."""
    from pathlib import Path

    pdf = Path(__file__).resolve().parent / "data" / "styles" / "halam-2026-kh-cong-bao-hai-cot.pdf"
    text = convert(pdf).text
    assert "\nPHỤ LỤC\n" in text
    meta = extract_metadata(pdf.name, normalize_text(text))
    assert (meta.number, meta.signer, meta.signer_role) == ("48/KH-UBND", "Võ Thị Minh Hằng", "Phó Chủ tịch")


BODIES = [("Sở Giáo dục và Đào tạo", "The Department of Education and Training"),
          ("Sở Nội vụ", "The Department of Home Affairs"), ("Ban Quản lý dự án", "The project management unit"),
          ("Hội Liên hiệp Phụ nữ tỉnh", "The provincial women's union"), ("Tỉnh đoàn", "The provincial youth union"),
          ("Trường Cao đẳng Nông Lâm", "The college of agriculture and forestry"),
          ("Ủy ban nhân dân các xã", "The people's committees of the communes")]
TASKS = [("chủ trì tổ chức đào tạo nghề cho {n} học viên là thanh niên dân tộc thiểu số tại các xã vùng cao, hoàn "
          "thành trước ngày 30 tháng 9 năm 2026.", "leads the training of {n} ethnic minority youth in the highland "
          "communes, to be completed by 30 September 2026."),
         ("tổng hợp báo cáo tiến độ hằng quý, gửi nhà tài trợ chậm nhất vào ngày 10 của tháng đầu quý tiếp theo; theo "
          "dõi việc làm của {n} học viên sau tốt nghiệp.", "compiles the quarterly progress report and sends it to the "
          "donor no later than the tenth day of the following quarter, and tracks the jobs of {n} graduates.")]


def test_a_bilingual_plan_side_by_side_reads_its_vietnamese_whole_and_its_translation_after(tmp_path):
    """Vietnamese left, English right, over several pages: read column by column, page by page, the English of
    each page would cut the Vietnamese between pages; it is read after the whole plan instead."""
    pairs = [(f"{vi_body} {vi.format(n=100 + i)}", f"{en_body} {en.format(n=100 + i)}")
             for i, ((vi_body, en_body), (vi, en)) in enumerate((b, t) for t in TASKS for b in BODIES * 2)]
    text = " ".join(convert(make_bilingual_pdf(tmp_path / "vanlac-2026-kh-song-ngu.pdf", pairs)).text.split())
    at = [text.find(vi) for vi, _ in pairs]
    assert all(i >= 0 for i in at), [vi[:40] for (vi, _), i in zip(pairs, at) if i < 0]
    assert max(at) < min(text.find(en[:60]) for _, en in pairs)  # every English paragraph after the plan


def test_a_table_in_one_column_is_read_there_and_its_rest_atop_the_next_column_joins_it(tmp_path):
    """A gazette's table under the line citing it, in the left column, its last rows at the head of the right
    column under the header repeated (and under the page's running line): one table where the left column ends,
    the left column's prose whole before it and the right column's after it, not cut into bands at the table."""
    left = ["a) Hỗ trợ đào tạo nghề cho 24.000 lao động vùng đồng bào dân tộc thiểu số và miền núi, bình quân "
            "6.000 người mỗi năm, trong đó người dân tộc thiểu số chiếm tối thiểu 80%."] * 3 + [
        "Chỉ tiêu cụ thể từng năm được xác định tại Biểu 1 dưới đây:"]
    table = [["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028"], ["1", "Đào tạo nghề", "5.400", "5.800"],
             ["2", "Giải quyết việc làm", "3.900", "4.100"], ["3", "Phiên giao dịch việc làm lưu động", "10", "12"]]
    right = ["Ghi chú: chỉ tiêu năm 2027 là chỉ tiêu giao chính thức; các năm sau là chỉ tiêu dự kiến.",
             "III. NHIỆM VỤ, GIẢI PHÁP"] + ["Ủy ban nhân dân các xã tổ chức khảo sát nhu cầu học nghề, nhu cầu "
                                            "việc làm của lao động trên địa bàn theo từng thôn, bản."] * 3
    lines = convert(make_column_table_pdf(tmp_path / "cot.pdf", "CÔNG BÁO/Số 21 + 22/Ngày 15-6-2027", left, table,
                                          2, right)).text.splitlines()
    at = lines.index("| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |")
    assert lines[at:at + 4] == ["| " + " | ".join(row) + " |" for row in table]
    assert lines[at - 1].endswith("dưới đây:") and lines[at + 4].startswith("Ghi chú:")
    assert sum(line.startswith("| TT |") for line in lines) == 1


def test_a_closing_block_is_cut_at_the_middle_from_the_recipients_label_to_the_first_line_across():
    lines = [_line(100, (30, 570)), _line(120, (30, 110), (350, 520)), _line(130, (30, 250)),
             _line(134, (380, 490)), _line(140, (30, 110)), _line(160, (200, 400)), _line(170, (30, 250))]
    halves = closing_halves(lines, 1, WIDTH / 2, lambda w: w)
    assert sorted(halves) == [1, 2, 3, 4]  # the centred annex title at 160 crosses the middle: the block ends
    assert halves[1] == ([w for w in lines[1] if w.x1 < 300], [w for w in lines[1] if w.x0 > 300])
    assert halves[3] == ([], lines[3]) and halves[4] == (lines[4], [])
    assert closing_halves(lines, None, WIDTH / 2, lambda w: w) == {}


def test_a_signers_name_printed_between_a_recipients_two_lines_is_read_after_the_recipients(tmp_path):
    recipients = ["Nơi nhận:", "- Thường trực Tỉnh ủy (để b/c);", "- Ủy ban nhân dân tỉnh;",
                  "- Các Ban của HĐND tỉnh;", "- Ban Quản lý các khu công nghiệp", "  tỉnh;",
                  "- Báo và PT, TH Ninh Sa;", "- Lưu: VT, VHXH."]
    signer = ["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Thị Thu Hòa"]
    body = ["HỘI ĐỒNG NHÂN DÂN TỈNH NINH SA", "THÔNG BÁO", "Kết quả phiên chất vấn về giáo dục nghề nghiệp",
            "Thường trực Hội đồng nhân dân tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."]
    text = convert(make_closing_pdf(tmp_path / "tb.pdf", body, recipients, signer)).text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    closing = lines[lines.index("Nơi nhận:"):]
    assert closing.index("- Lưu: VT, VHXH.") < closing.index("TM. THƯỜNG TRỰC HĐND")
    assert "Đinh Thị Thu Hòa" in closing and not any("Hòa" in line and "tỉnh;" in line for line in closing)
    meta = extract_metadata("tb", normalize_text(text))
    assert (meta.signer, meta.signer_role) == ("Đinh Thị Thu Hòa", "Phó Chủ tịch")
