"""Two forms a plan reaches an official in besides a document file: a slide deck presented at a conference
(.pptx) and an e-mail with the plan attached (.eml). Hand-made here (tỉnh Kim Hoa, a fictional province): a deck
with titles, two-level bullets, a table, a chart, speaker notes and a footer typed on every slide; a message
with a plain and an HTML body, a .docx plan and an .xlsx annex attached, a logo inline."""

from __future__ import annotations

import email
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path

import docx
import openpyxl
import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt

from index.cells import render
from index.converters import DocumentError, convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.slides import deck_blocks
from index.structure import parse_structure
from index.tables import iter_tables
from tests.fixtures_docs import soffice_convert
from tests.register_snippets import register_of

FOOTER = "Sở Nội vụ tỉnh Kim Hoa"


def _deck(path: Path) -> Path:
    deck = Presentation()
    title = deck.slides.add_slide(deck.slide_layouts[0])
    title.shapes.title.text = "Triển khai Kế hoạch đưa người lao động đi làm việc ở nước ngoài năm 2026"
    title.placeholders[1].text = "Sở Nội vụ tỉnh Kim Hoa - Hội nghị ngày 12/01/2026"

    targets = deck.slides.add_slide(deck.slide_layouts[1])
    targets.shapes.title.text = "Mục tiêu năm 2026"
    body = targets.placeholders[1].text_frame
    body.text = "Đưa 2.400 lao động đi làm việc ở nước ngoài theo hợp đồng"
    detail = body.add_paragraph()
    detail.text = "trong đó lao động nữ chiếm ít nhất 35%"
    detail.level = 1
    targets.notes_slide.notes_text_frame.text = "Đường dây nóng của Sở: 0239.3 855 100."

    table_slide = deck.slides.add_slide(deck.slide_layouts[5])
    table_slide.shapes.title.text = "Phân công thực hiện"
    rows = [("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            ("Tuyên truyền, tư vấn", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Quý I/2026"),
            ("Đào tạo ngoại ngữ cho người lao động", "Sở Giáo dục và Đào tạo", "Các trường cao đẳng",
             "Trước 30/6/2026")]
    table = table_slide.shapes.add_table(len(rows), 4, Inches(0.3), Inches(1.5), Inches(9), Inches(2)).table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value

    chart_slide = deck.slides.add_slide(deck.slide_layouts[5])
    chart_slide.shapes.title.text = "Kết quả các năm"
    data = CategoryChartData()
    data.categories = ["2023", "2024", "2025"]
    data.add_series("Lao động xuất cảnh", (1850, 2010, 2230))
    frame = chart_slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(4),
                                         data)
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "Số lao động xuất cảnh"

    for slide in deck.slides:  # a footer typed in a text box on every slide
        box = slide.shapes.add_textbox(Inches(0.3), Inches(7), Inches(4), Inches(0.4))
        box.text_frame.text = FOOTER
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
    deck.save(str(path))
    return path


def test_a_deck_reads_slide_by_slide_titles_bullets_tables_charts_and_notes(tmp_path):
    lines = render(deck_blocks(str(_deck(tmp_path / "kimhoa.pptx")))).split("\n")
    assert lines[0] == "Slide 1: Triển khai Kế hoạch đưa người lao động đi làm việc ở nước ngoài năm 2026"
    assert lines[lines.index("Slide 2: Mục tiêu năm 2026") + 1:][:3] == [
        "- Đưa 2.400 lao động đi làm việc ở nước ngoài theo hợp đồng", "+ trong đó lao động nữ chiếm ít nhất 35%",
        "Ghi chú: Đường dây nóng của Sở: 0239.3 855 100."]
    assert "| Đào tạo ngoại ngữ cho người lao động | Sở Giáo dục và Đào tạo | Các trường cao đẳng | Trước 30/6/2026 |" \
        in lines
    assert lines[lines.index("Số lao động xuất cảnh") + 1:][:2] == [
        "|  | 2023 | 2024 | 2025 |", "| Lao động xuất cảnh | 1.850 | 2.010 | 2.230 |"]
    assert FOOTER not in lines  # on every slide: furniture


def test_a_decks_slides_are_parts_and_its_assignment_table_feeds_the_register(tmp_path):
    text = convert(_deck(tmp_path / "kimhoa.pptx")).text
    parts = [s.title for s in parse_structure(normalize_text(text)).children if s.kind == "slide"]
    assert parts[1:] == ["Slide 2: Mục tiêu năm 2026", "Slide 3: Phân công thực hiện", "Slide 4: Kết quả các năm"]
    meta = extract_metadata("kimhoa.pptx", normalize_text(text))  # the deck's title is its first slide's
    assert meta.label == ("Bài trình bày triển khai Kế hoạch đưa người lao động đi làm việc ở nước ngoài năm 2026 "
                          "(Kim Hoa, 2026)")
    rows = {(r.agency, r.deadline) for r in register_of(text, "kimhoa.pptx").responsibilities if r.role == "chủ trì"}
    assert ("Sở Giáo dục và Đào tạo", "Trước 30/6/2026") in rows



SIGNED_DECK = """Slide 1: PHƯƠNG ÁN SẮP XẾP CÁC TRƯỜNG NGHỀ CÔNG LẬP TỈNH KIM HOA GIAI ĐOẠN 2027–2030
(Phê duyệt kèm theo Quyết định số 905/QĐ-UBND ngày 12/4/2027 của Ủy ban nhân dân tỉnh Kim Hoa)
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Thị Mai Lan
Slide 2: CĂN CỨ PHÁP LÝ
- Căn cứ Luật Giáo dục nghề nghiệp ngày 27/11/2014;
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Đinh Thị Mai Lan
Slide 3: MỤC TIÊU ĐẾN NĂM 2030
- Giảm từ 14 xuống còn 07 cơ sở giáo dục nghề nghiệp công lập
Ghi chú: Năm 2028 còn 10 cơ sở.
Slide 4: KINH PHÍ THỰC HIỆN
- Tổng kinh phí 96,5 tỷ đồng, trong đó ngân sách tỉnh 61,2 tỷ đồng
"""


def test_a_decks_slides_after_a_signed_slide_are_parts_and_the_signer_stays_its_signature():
    """A deck shows the decision's signature on its title and basis slides: the slides after them are parts with
    their text, not the decision's closing, and the signature part still holds the signer."""
    root = parse_structure(normalize_text(SIGNED_DECK))
    slides = {s.title: s for s in root.children if s.kind == "slide"}
    assert list(slides)[2:] == ["Slide 3: MỤC TIÊU ĐẾN NĂM 2030", "Slide 4: KINH PHÍ THỰC HIỆN"]
    assert [b.text for b in slides["Slide 3: MỤC TIÊU ĐẾN NĂM 2030"].body] == [
        "- Giảm từ 14 xuống còn 07 cơ sở giáo dục nghề nghiệp công lập", "Ghi chú: Năm 2028 còn 10 cơ sở."]
    signature = [s for s in root.children if s.kind == "signature"]
    assert len(signature) == 1 and "Đinh Thị Mai Lan" in [b.text for b in signature[0].body]
    assert not any("96,5 tỷ" in b.text for b in signature[0].body)


def test_a_decks_table_with_merged_header_cells_reads_each_figure_with_its_whole_header(tmp_path):
    """A header cell merged across the years ("Phân kỳ theo năm" over 2027, 2028, 2029) and one merged down two rows
    ("Nguồn vốn"): each spanned cell carries its text, as Word's tables do, so a row reads "… 2028: 51,2"."""
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Kinh phí thực hiện phương án"
    table = slide.shapes.add_table(4, 4, Inches(0.3), Inches(1.5), Inches(9), Inches(3)).table
    table.cell(0, 0).text, table.cell(0, 1).text = "Nguồn vốn", "Phân kỳ theo năm (tỷ đồng)"
    table.cell(0, 1).merge(table.cell(0, 3))
    table.cell(0, 0).merge(table.cell(1, 0))
    for column, year in enumerate(("2027", "2028", "2029"), 1):
        table.cell(1, column).text = year
    for r, row in enumerate([("Ngân sách tỉnh", "40,5", "51,2", "29,9"), ("Xã hội hóa", "5,0", "6,1", "3,2")], 2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    deck.save(str(tmp_path / "kinh-phi.pptx"))
    text = normalize_text(convert(tmp_path / "kinh-phi.pptx").text)
    assert "| Nguồn vốn | 2027 | 2028 | 2029 |" in text
    rows = [t.row_text(row) for _, t in iter_tables(parse_structure(text)) for row in t.rows]
    assert "Ngân sách tỉnh | Phân kỳ theo năm (tỷ đồng) 2027: 40,5 | Phân kỳ theo năm (tỷ đồng) 2028: 51,2 | " \
           "Phân kỳ theo năm (tỷ đồng) 2029: 29,9" in rows, rows


@pytest.mark.parametrize("fmt", ["ppt", "odp"])
def test_an_old_powerpoint_or_opendocument_deck_reads_as_the_same_deck(tmp_path, fmt):
    """A deck saved for the meeting room's old laptop (PowerPoint 97–2003 .ppt) or from LibreOffice (.odp): its
    slides, bullets, table, notes and chart (its title and figures) read as the .pptx's do, its table feeds the register."""
    pptx = _deck(tmp_path / "kimhoa.pptx")
    old = soffice_convert(pptx, fmt, tmp_path / "old")
    text = convert(old).text
    lines = text.split("\n")
    assert lines[0] == "Slide 1: Triển khai Kế hoạch đưa người lao động đi làm việc ở nước ngoài năm 2026"
    assert "- Đưa 2.400 lao động đi làm việc ở nước ngoài theo hợp đồng" in lines
    assert "Ghi chú: Đường dây nóng của Sở: 0239.3 855 100." in lines
    assert "| Đào tạo ngoại ngữ cho người lao động | Sở Giáo dục và Đào tạo | Các trường cao đẳng | Trước 30/6/2026 |" \
        in lines
    assert "| Lao động xuất cảnh | 1.850 | 2.010 | 2.230 |" in lines  # the chart's figures, kept in its data only
    rows = {(r.agency, r.deadline) for r in register_of(text, old.name).responsibilities if r.role == "chủ trì"}
    assert ("Sở Giáo dục và Đào tạo", "Trước 30/6/2026") in rows


def test_a_deck_that_is_no_deck_is_named_with_its_reason(tmp_path):
    broken = tmp_path / "hong.pptx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DocumentError, match="hong.pptx"):
        convert(broken)


# ---------------------------------------------------------------- e-mail

PLAN_TITLE = "KẾ HOẠCH"


def _plan_docx() -> bytes:
    document = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH KIM HOA", "Số: 31/KH-UBND", "Kim Hoa, ngày 20 tháng 01 năm 2026", PLAN_TITLE,
                 "Tổ chức Ngày hội việc làm năm 2026", "I. MỤC ĐÍCH", "Kết nối 60 doanh nghiệp với người lao động.",
                 "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ chủ trì tổ chức Ngày hội việc làm ngày 18/4/2026.",
                 "2. Sở Tài chính bảo đảm kinh phí 450 triệu đồng.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hòa"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _annex_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phân công"
    sheet.append(["Phụ lục: Phân công và tiến độ"])
    sheet.append(["STT", "Công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
    sheet.append([1, "In tờ rơi tuyên truyền", "Tỉnh đoàn", "Sở Nội vụ", "Trước 01/4/2026"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _message(path: Path, html_only: bool = False) -> Path:
    message = EmailMessage()
    message["From"] = "Văn thư Sở Nội vụ <vanthu.snv@kimhoa.gov.vn>"
    message["To"] = "so.tc@kimhoa.gov.vn"
    message["Date"] = "Wed, 21 Jan 2026 08:15:00 +0700"
    message["Subject"] = "V/v triển khai Kế hoạch tổ chức Ngày hội việc làm năm 2026"
    letter = ("Kính gửi: Các sở, ngành.\nĐề nghị các đơn vị đăng ký gian hàng trước ngày 27/3/2026 "
              "qua địa chỉ vieclam@kimhoa.gov.vn.\nTrân trọng./.")
    if not html_only:
        message.set_content(letter)
        message.add_alternative(f"<p>{letter.replace(chr(10), '<br>')}</p>", subtype="html")
    else:
        message.set_content(f"<div>{letter.replace(chr(10), '<br>')}</div>", subtype="html")
    message.add_attachment(_plan_docx(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="Kế hoạch 31-KH-UBND.docx")
    message.add_attachment(_annex_xlsx(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="Phụ lục.xlsx")
    message.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", disposition="inline",
                           filename="logo.png")
    path.write_bytes(bytes(message))
    return path


def test_a_message_reads_its_attached_plan_first_then_its_letter_then_the_annex(tmp_path):
    plan = convert(_message(tmp_path / "thu.eml"))
    text = plan.text
    assert text.index("Số: 31/KH-UBND") < text.index("V/v triển khai") < text.index("Phụ lục: Phân công và tiến độ")
    assert "Đề nghị các đơn vị đăng ký gian hàng trước ngày 27/3/2026" in text  # the letter's own facts
    assert "Người gửi: Văn thư Sở Nội vụ <vanthu.snv@kimhoa.gov.vn>" in text
    assert not any("logo.png" in note for note in plan.notes)  # an inline picture is the signature's, no attachment


def test_a_messages_plan_gives_the_metadata_and_its_duties_the_register(tmp_path):
    text = normalize_text(convert(_message(tmp_path / "thu.eml")).text)
    meta = extract_metadata("thu.eml", text)
    assert (meta.number, meta.province, meta.signer) == ("31/KH-UBND", "Kim Hoa", "Lê Văn Hòa")
    rows = {(r.agency, r.deadline) for r in register_of(text, "thu.eml").responsibilities}
    # the annex's row (Tỉnh đoàn by its full name) and the plan's items
    assert {("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Trước 01/4/2026"), ("Sở Tài chính", "")} <= rows


def test_a_messages_letter_after_the_plan_is_a_document_of_its_own_not_the_plans_signature(tmp_path):
    """The cover letter comes after the plan's signature block: its subject ("V/v …") opens a document of its own,
    so its deadline is a part to answer from (the signature part answers no date), and the plan's parts stay the
    plan's, not a "Văn bản ban hành" issuing the letter."""
    root = parse_structure(normalize_text(convert(_message(tmp_path / "thu.eml")).text))
    signatures = [s for s in root.children if s.kind == "signature"]
    assert not any("27/3/2026" in b.text for s in signatures for b in s.body)
    assert any("27/3/2026" in b.text for s in root.children if s.kind != "signature" for b in s.body)
    assert "II. TỔ CHỨC THỰC HIỆN" in [s.title for s in root.children]
    assert not any(s.kind == "decision" for s in root.children)


def test_a_message_with_an_html_body_only_reads_it(tmp_path):
    assert "Đề nghị các đơn vị đăng ký gian hàng trước ngày 27/3/2026" in convert(
        _message(tmp_path / "thu.eml", html_only=True)).text


def test_a_message_that_is_no_message_is_named_with_its_reason(tmp_path):
    empty = tmp_path / "rong.eml"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError, match="rong.eml"):
        convert(empty)


def test_a_forwarded_message_is_read_with_what_it_carries(tmp_path):
    inner = tmp_path / "goc.eml"
    _message(inner)
    outer = EmailMessage()
    outer["From"] = "Phòng Lao động <pld@kimhoa.gov.vn>"
    outer["Subject"] = "Fwd: V/v triển khai Kế hoạch tổ chức Ngày hội việc làm năm 2026"
    outer.set_content("Chuyển các đồng chí nghiên cứu, thực hiện.")
    outer.add_attachment(email.message_from_bytes(inner.read_bytes(), policy=email.policy.default))
    forwarded = tmp_path / "chuyen-tiep.eml"
    forwarded.write_bytes(bytes(outer))
    text = convert(forwarded).text
    assert "Chuyển các đồng chí nghiên cứu, thực hiện." in text
    assert "Số: 31/KH-UBND" in text and "Đề nghị các đơn vị đăng ký gian hàng trước ngày 27/3/2026" in text


DECK_TEXT = """Slide 1: HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN NĂM 2026
- Triển khai Kế hoạch số 41/KH-UBND ngày 16/01/2026 của UBND tỉnh Kim Hoa
- Cơ quan trình bày: Sở Giáo dục và Đào tạo tỉnh Kim Hoa
- Ngày 05 tháng 02 năm 2026
Ghi chú: Kế hoạch 41 do đồng chí Trần Văn Lộc, Phó Chủ tịch UBND tỉnh, ký ban hành.
Slide 2: Mục tiêu năm 2026
- Đào tạo nghề cho 9.500 lao động nông thôn, trong đó trình độ sơ cấp 3.200 người.
- Tỷ lệ lao động có việc làm sau đào tạo đạt 82%.
Slide 3: Phân công thực hiện
| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
| Khảo sát nhu cầu học nghề | Sở Nội vụ | UBND các xã, phường | Quý I/2026 |
| Tổ chức các lớp đào tạo nghề | Sở Giáo dục và Đào tạo | Các trường cao đẳng | Trước 30/11/2026 |
Slide 4: Trân trọng cảm ơn!
"""


@pytest.fixture(scope="module")
def kimhoa_deck(assistant_over):
    return assistant_over({"kimhoa-2026-trinh-chieu-dao-tao-nghe.txt": DECK_TEXT})


def test_a_deck_that_presents_a_plan_answers_its_signer_from_its_notes(kimhoa_deck):
    """A deck has no header or signature of its own: "ai ký" is answered by what its notes say of the plan it
    presents, not refused as a plan that states no signer; its province ends with the bullet's line."""
    answer = kimhoa_deck.ask("Kế hoạch đào tạo nghề năm 2026 của Kim Hoa do ai ký?")
    assert not answer.refused and "(Kim Hoa," in answer.text
    assert "Kế hoạch 41 do đồng chí Trần Văn Lộc, Phó Chủ tịch UBND tỉnh, ký ban hành." in answer.text
    assert "do Trần Văn Lộc, Phó Chủ tịch UBND tỉnh ký" in answer.short_answer
    # "số mấy" of the plan it presents: its first slide's line naming it by number and date
    numbered = kimhoa_deck.ask("Kế hoạch đào tạo nghề năm 2026 của Kim Hoa số mấy, ngày nào?")
    assert "Kế hoạch số 41/KH-UBND ngày 16/01/2026" in numbered.short_answer


@pytest.mark.parametrize(("value", "number_format", "shown"), [
    ("44", "0.0", "44,0"),  # the labels' one decimal, with a decimal comma
    ("31.8", "General", "31,8"),
    ("3400", "General", "3.400"),  # a whole figure in thousands, grouped as Vietnamese write it
    ("3400.0", "", "3.400"),
    ("0.412", "0%", "41%"),  # a share shown whole
    ("1234.6", "#,##0", "1.235"),
    ("n/a", "", "n/a"),
])
def test_a_charts_figures_read_as_the_chart_shows_them_in_vietnamese_writing(value, number_format, shown):
    from index.office_graphics import chart_figure

    assert chart_figure(value, number_format) == shown


def test_a_decks_chart_reads_its_figures_in_its_labels_format(tmp_path):
    """A chart whose labels show one decimal ("0.0") and thousands: its table row reads them so ("32,5", "3.400"),
    as the presenter says them, not as the data cache stores them ("32.5", "3400")."""
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Kết quả 6 tháng đầu năm 2027"
    data = CategoryChartData(number_format="0.0")
    data.categories = ["Cao đẳng", "Trung cấp"]
    data.add_series("Tỷ lệ đạt kế hoạch năm (%)", (32.5, 41))
    chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(4), data)
    plot = chart.chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.number_format, plot.data_labels.number_format_is_linked = "0.0", False
    counts = CategoryChartData()
    counts.categories = ["Cao đẳng", "Trung cấp"]
    counts.add_series("Tuyển sinh (người)", (3400, 620))
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Tuyển sinh theo trình độ"
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(4), counts)
    deck.save(str(tmp_path / "so-ket.pptx"))
    lines = convert(tmp_path / "so-ket.pptx").text.split("\n")
    assert "| Tỷ lệ đạt kế hoạch năm (%) | 32,5 | 41,0 |" in lines, lines
    assert "| Tuyển sinh (người) | 3.400 | 620 |" in lines, lines


def test_a_charts_items_are_rows_holding_every_series_figure_and_its_periods_stay_columns(tmp_path):
    """A chart over items with two series (each school level's plan and result) reads as a plan prints such figures:
    a row per level, the series as columns, so "cao đẳng tuyển được bao nhiêu, kế hoạch bao nhiêu" finds both in
    one row; a chart over years keeps a row per series under the years."""
    deck = Presentation()
    for title, kind, categories, series in (
            ("Tuyển sinh theo trình độ", XL_CHART_TYPE.COLUMN_CLUSTERED, ["Cao đẳng", "Trung cấp", "Sơ cấp"],
             {"Kế hoạch năm 2027": (2900, 4100, 9800), "Thực hiện 6 tháng": (540, 1320, 5210)}),
            ("Kết quả qua các năm", XL_CHART_TYPE.LINE, ["Năm 2025", "Năm 2026", "6 tháng 2027"],
             {"Tuyển sinh": (15200, 16100, 7070), "Có việc làm": (12800, 13900, 5400)})):
        data = CategoryChartData()
        data.categories = categories
        for name, values in series.items():
            data.add_series(name, values)
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        slide.shapes.add_chart(kind, Inches(1), Inches(1.5), Inches(8), Inches(4), data)
    deck.save(str(tmp_path / "so-ket.pptx"))
    lines = convert(tmp_path / "so-ket.pptx").text.split("\n")
    assert lines[lines.index("|  | Kế hoạch năm 2027 | Thực hiện 6 tháng |") + 1:][:3] == [
        "| Cao đẳng | 2.900 | 540 |", "| Trung cấp | 4.100 | 1.320 |", "| Sơ cấp | 9.800 | 5.210 |"]
    assert lines[lines.index("|  | Năm 2025 | Năm 2026 | 6 tháng 2027 |") + 1:][:2] == [
        "| Tuyển sinh | 15.200 | 16.100 | 7.070 |", "| Có việc làm | 12.800 | 13.900 | 5.400 |"]


DUTIES_DECK = """Slide 1: PHƯƠNG ÁN SÁP NHẬP CÁC TRUNG TÂM GDNN-GDTX TỈNH KIM HOA
Slide 2: I. MỤC TIÊU
- Hợp nhất 09 trung tâm thành 04 trung tâm khu vực trước năm 2028
Slide 3: V. TỔ CHỨC THỰC HIỆN (1/2)
- Sở Giáo dục và Đào tạo (cơ quan thường trực):
+ Chủ trì xây dựng đề án hợp nhất từng trung tâm, trình UBND tỉnh trước 30/9/2026
+ Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm
Slide 4: V. TỔ CHỨC THỰC HIỆN (2/2)
- UBND các xã nơi đặt trụ sở trung tâm (phối hợp):
+ Phối hợp tiếp nhận cơ sở nhà, đất được điều chuyển
- Hiệu trưởng, Giám đốc các cơ sở GDNN:
+ Kiểm kê tài sản, bàn giao hồ sơ, con dấu trước 31/12/2026
"""


def test_a_decks_duties_slides_give_each_bodys_bullets_to_it():
    """Duties set out over slides titled with their part's own number ("Slide 3: V. TỔ CHỨC THỰC HIỆN (1/2)"), each
    body a bullet with its tasks as "+" lines under it: the body named with its note, where it stands ("UBND các xã
    nơi đặt trụ sở trung tâm"), or by the heads who run it ("Hiệu trưởng, Giám đốc các cơ sở GDNN") owns them."""
    rows = {(r.agency, r.task) for r in register_of(DUTIES_DECK, "kimhoa.pptx").responsibilities}
    assert ("Sở Giáo dục và Đào tạo", "Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm") in rows
    assert ("Ủy ban nhân dân cấp xã", "Phối hợp tiếp nhận cơ sở nhà, đất được điều chuyển") in rows
    assert ("Các cơ sở giáo dục nghề nghiệp", "Kiểm kê tài sản, bàn giao hồ sơ, con dấu trước 31/12/2026") in rows
