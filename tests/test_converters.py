"""Plan files of every type to text: Word tables as aligned pipe rows, layout tables as lines, PDF tables in place,
.doc/.odt/.rtf through LibreOffice, saved web pages as a browser shows them, bad files explained by name — and a
folder of all of them ingested.

All real: python-docx writes the Word files, LibreOffice makes the .doc,
.odt, .rtf and .pdf from them, pdfplumber and LibreOffice read them back.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from index.converters import _ocr_page, _without_furniture, convert
from index.documents import SUPPORTED_SUFFIXES, DocumentError
from index.metadata import extract_metadata
from index.normalize import normalize_text
from tests.fixtures_docs import (
    PORTAL_NOTE,
    TARGET_ROWS,
    TASK_HEADER,
    TASK_ROWS,
    SheetSpec,
    make_alt_chunk_docx,
    make_content_control_docx,
    make_docx,
    make_legacy_docx,
    make_legacy_pdf,
    make_numbered_docx,
    make_pdf,
    make_plan_docx,
    make_plan_html,
    make_plan_mhtml,
    make_plan_ods,
    make_plan_xls,
    make_plan_xlsx,
    make_plan_archive,
    make_signed_pdf,
    make_spaced_pdf,
    make_toc_field_docx,
    plan_text,
    soffice_convert,
)
from tests.register_snippets import register_of


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


BACHVAN = Path(__file__).resolve().parents[2] / "shared" / "corpus-extra" / "bachvan-2025-qd-ke-hoach-gdnn"

HEADER_LINES = [
    "ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "Số: 52/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 18 tháng 3 năm 2025",
]
TARGET_TABLE = [
    pipe(["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Mục tiêu"]),  # merged across two columns: repeated
    pipe(["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030"]),  # merged across two rows: repeated
    *[pipe(row) for row in TARGET_ROWS],
]
TASK_TABLE = [pipe(TASK_HEADER), *[pipe(row) for row in TASK_ROWS]]
SIGNATURE_LINES = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def in_order(haystack: list[str], needles: list[str]) -> bool:
    """The needles appear in the haystack as consecutive lines."""
    n = len(needles)
    return any(haystack[i : i + n] == needles for i in range(len(haystack) - n + 1))


@pytest.fixture(scope="module")
def word(tmp_path_factory) -> dict[str, Path]:
    """The generated Word plan as .docx, and LibreOffice's .doc, .odt, .rtf and .pdf of it."""
    folder = tmp_path_factory.mktemp("word")
    docx = make_plan_docx(folder / "dong-son-2025.docx")
    out = tmp_path_factory.mktemp("converted")
    return {"docx": docx, **{fmt: soffice_convert(docx, fmt, out) for fmt in ("doc", "odt", "rtf", "pdf")}}


# ---------------------------------------------------------------- Word


def test_docx_layout_tables_are_lines_and_data_tables_are_aligned_rows(word):
    plan = convert(word["docx"])
    out = lines(plan.text)
    assert out[:6] == HEADER_LINES  # the national header: left cell, then right cell, as plain lines
    assert in_order(out, ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025",
                          "1. Biểu chỉ tiêu chủ yếu", *TARGET_TABLE, "2. Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch.",
                          *SIGNATURE_LINES, "PHỤ LỤC: NHIỆM VỤ CỤ THỂ", *TASK_TABLE, "Tổng số: 2 nhiệm vụ."])
    assert not plan.ocr


def test_doc_is_read_through_libreoffice_like_its_docx(word):
    assert word["doc"].read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # a real Word 97 file
    assert convert(word["doc"]).text == convert(word["docx"]).text


def test_odt_and_rtf_are_read_through_libreoffice_like_their_docx(word):
    assert word["odt"].read_bytes()[30:77] == b"mimetypeapplication/vnd.oasis.opendocument.text"
    assert word["rtf"].read_bytes()[:5] == b"{\\rtf"
    assert convert(word["odt"]).text == convert(word["rtf"]).text == convert(word["docx"]).text


_WORD_2003 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">
<w:body>
<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>
<w:p><w:r><w:t>Đánh giá tác động của chính </w:t></w:r><w:r><w:t>sách hỗ trợ học nghề</w:t></w:r></w:p>
<w:tbl>
<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>
<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>
</w:tblPr>
<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>
<w:tr><w:tc><w:p><w:r><w:t>Tiêu chí</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Giải pháp 1</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>Giải pháp 2</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Mức hỗ trợ (triệu đồng/người)</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>1,5</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2,0</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>Đề xuất lựa chọn Giải pháp 2.</w:t></w:r></w:p>
</w:body>
</w:wordDocument>
"""


def test_a_word_2003_xml_document_is_read_through_libreoffice(tmp_path):
    """Word 2003's one-file XML (WordprocessingML), as some e-office systems still save: its paragraphs (a word split
    across runs joined) and its table as rows; an .xml that is data, not a document, is named with the reason."""
    (tmp_path / "bao-cao.xml").write_text(_WORD_2003, encoding="utf-8")
    assert lines(convert(tmp_path / "bao-cao.xml").text) == [
        "BÁO CÁO", "Đánh giá tác động của chính sách hỗ trợ học nghề", "| Tiêu chí | Giải pháp 1 | Giải pháp 2 |",
        "| Mức hỗ trợ (triệu đồng/người) | 1,5 | 2,0 |", "Đề xuất lựa chọn Giải pháp 2."]
    (tmp_path / "du-lieu.xml").write_text('<?xml version="1.0"?><rows><row so="1"/></rows>', encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        convert(tmp_path / "du-lieu.xml")
    assert "du-lieu.xml" in str(caught.value) and "không phải văn bản Word 2003 XML" in str(caught.value)


# ---------------------------------------------------------------- web pages saved as HTML


def test_saved_web_page_reads_like_the_word_plan_without_the_site(tmp_path):
    out = lines(convert(make_plan_html(tmp_path / "dong-son-2025.html")).text)
    assert out[:2] == ["| Số hiệu: | 52/KH-UBND | Loại văn bản: | Kế hoạch |",
                       "| Nơi ban hành: | Tỉnh Đông Sơn | Người ký: | Nguyễn Văn Bình |"]
    assert out[2:8] == HEADER_LINES  # a borderless two-cell table: its cells' lines, left first
    assert in_order(out, ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025",
                          "1. Biểu chỉ tiêu chủ yếu", *TARGET_TABLE,  # rowspan and colspan repeated like Word's
                          "2. Sở Giáo dục và Đào tạo chủ trì", "triển khai Kế hoạch.",  # a <br>; the <sup>1</sup> gone
                          *SIGNATURE_LINES, "PHỤ LỤC: NHIỆM VỤ CỤ THỂ", *TASK_TABLE, "Tổng số: 2 nhiệm vụ."])
    page = "\n".join(out)
    for chrome in ("Tìm kiếm", "Quảng cáo", "Bản quyền", "Văn bản liên quan", "Đăng nhập", "margin", "Trang chủ"):
        assert chrome not in page  # form, script, an ad box, style, footer, a hidden paragraph, the breadcrumb


def test_a_page_saved_as_one_file_reads_like_the_page(tmp_path):
    """Chromium's "Webpage, single file" (.mhtml): the archive's quoted-printable page reads as the .html does;
    its logo and style sheet are no text."""
    saved = make_plan_mhtml(tmp_path / "dong-son-2025.mhtml")
    assert b"=C3=" in saved.read_bytes() and b"image/png" in saved.read_bytes()  # a real QP archive with parts
    assert convert(saved).text == convert(make_plan_html(tmp_path / "dong-son-2025.html")).text
    assert "margin" not in convert(saved).text


def test_a_plan_published_as_a_spreadsheet_reads_as_its_lines_and_tables(tmp_path):
    out = lines(convert(make_plan_xlsx(tmp_path / "dong-son-2025.xlsx")).text)
    # the national header's merged halves are a layout grid: their lines, left first, row by row
    assert out[:6] == ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Số: 52/KH-UBND", "Đông Sơn, ngày 18 tháng 3 năm 2025"]
    assert in_order(out, ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025", "I. MỤC TIÊU"])
    assert in_order(out, [
        "Biểu 01: CHỈ TIÊU TUYỂN SINH NĂM 2025",
        pipe(["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2025"]),  # merged cells repeated, as Word's are
        pipe(["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước đạt"]),  # the hidden check column gone
        pipe(["I", "Theo trình độ", "Theo trình độ", "Theo trình độ", "Theo trình độ"]),  # a group row stays
        pipe(["1", "Trình độ cao đẳng", "Người", "4.150", "3980,5"]),  # as the sheet shows them: "0.0" groups none
        pipe(["2", "Trình độ trung cấp", "Người", "5.200", "5004,0"]),
        pipe(["3", "Tỷ lệ có việc làm sau đào tạo", "%", "85%", "80%"])])
    assert "nháp" not in "\n".join(out).lower()  # a hidden sheet is no part of what is published


def signed_workbook() -> list[SheetSpec]:
    """A plan sheet closing with the recipients beside the signature block, a line a row, each side merged over its
    half of the sheet (as offices lay out "kế hoạch dạng biểu"), then its Biểu on a sheet of its own."""
    plan = SheetSpec("KH")
    header = [("ỦY BAN NHÂN DÂN\nTỈNH VÂN HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
              ("Số: 19/KH-UBND", "Vân Hà, ngày 9 tháng 2 năm 2026")]
    body = ["KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn tỉnh Vân Hà năm 2026", "I. MỤC TIÊU",
            "Đào tạo nghề cho 6.500 lao động nông thôn (chi tiết tại Biểu 01)."]
    block = [("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Bộ Nội vụ (để b/c);", "KT. CHỦ TỊCH"),
             ("- TT Tỉnh ủy, TT HĐND tỉnh;", "PHÓ CHỦ TỊCH"), ("- Các sở, ban, ngành;", None),
             ("- UBND các xã, phường;", "(Đã ký)"), ("- Lưu: VT, KGVX.", None), (None, "Lê Văn Tùng")]
    rows = [*header, *((text, None) for text in body), *block]
    for r, (left, right) in enumerate(rows, start=1):
        wide = left is not None and right is None and r <= len(header) + len(body)
        plan.merged += [(r, 1, r, 6)] if wide else [(r, 1, r, 3), (r, 4, r, 6)]
        for c, value in ((1, left), (4, right)):
            if value is not None:
                plan.values[r, c] = value
    targets = SheetSpec("Biểu 01", {(1, 1): "Biểu 01: Chỉ tiêu đào tạo năm 2026", (2, 1): "TT", (2, 2): "Đối tượng",
                                    (2, 3): "Số người", (3, 1): "1", (3, 2): "Lao động nông thôn", (3, 3): 6500},
                        [(1, 1, 1, 3)], {(3, 3): "#,##0"}, {(r, c) for r in (2, 3) for c in (1, 2, 3)})
    return [plan, targets]


def test_a_signature_block_beside_the_recipients_reads_one_column_then_the_other(tmp_path):
    """Row by row the signer's name would fall among the recipients; a reader reads the "Nơi nhận" column, then the
    signature column, as Word's two-cell signature table reads, and the Biểu after it is an annex: the signer is
    read from the text."""
    text = convert(make_plan_xlsx(tmp_path / "van-ha-2026.xlsx", signed_workbook())).text
    out = lines(text)
    assert in_order(out, ["Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;",
                          "- UBND các xã, phường;", "- Lưu: VT, KGVX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                          "PHÓ CHỦ TỊCH", "(Đã ký)", "Lê Văn Tùng", "Biểu 01: Chỉ tiêu đào tạo năm 2026"])
    assert pipe(["1", "Lao động nông thôn", "6.500"]) in out
    assert out[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH VÂN HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc"]  # a short grid still reads row by row
    meta = extract_metadata("van-ha-2026.xlsx", normalize_text(text))
    assert (meta.number, meta.signer, meta.signer_role) == ("19/KH-UBND", "Lê Văn Tùng", "Phó Chủ tịch")


@pytest.mark.parametrize("make", [make_plan_xls, make_plan_ods], ids=["xls", "ods"])
def test_a_spreadsheet_plan_reads_alike_in_excel_97_and_opendocument(tmp_path, make):
    """The same sheets saved as Excel 97-2003 (BIFF8) or by LibreOffice Calc (.ods) read as the .xlsx does: merged
    header cells repeated, the hidden column and sheet left out, numbers and percentages as the sheet shows them."""
    expected = convert(make_plan_xlsx(tmp_path / "dong-son-2025.xlsx")).text
    assert "| 3 | Tỷ lệ có việc làm sau đào tạo | % | 85% | 80% |" in expected and "nháp" not in expected.lower()
    assert "(cũ)" not in expected  # the hidden row
    assert convert(make(tmp_path / f"dong-son-2025.{make.__name__.rsplit('_', 1)[1]}")).text == expected


@pytest.mark.parametrize("suffix", [".zip", ".7z"])
def test_a_portals_download_bundle_reads_as_one_document_in_reading_order(tmp_path, suffix):
    """A .zip (or a 7-Zip .7z, its files in a folder) stored annex first: read as the decision, then the plan it
    issues, then the annex workbook; the portal's note and the member in an unread format are left out, each named
    with its reason."""
    bundle = convert(make_plan_archive(tmp_path / f"dong-son-tai-ve{suffix}"))
    inner = "/KH 52 Đông Sơn" if suffix == ".7z" else ""
    out = lines(bundle.text)
    order = ["QUYẾT ĐỊNH", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Số: 52/KH-UBND", "KẾ HOẠCH",
             "PHỤ LỤC: NHIỆM VỤ CỤ THỂ", "Biểu 01: CHỈ TIÊU TUYỂN SINH NĂM 2025",
             pipe(["1", "Trình độ cao đẳng", "Người", "4.150", "3980,5"])]
    assert [out.index(line) for line in order] == sorted(out.index(line) for line in order)
    assert PORTAL_NOTE not in bundle.text
    assert bundle.notes == (
        f"dong-son-tai-ve{suffix}{inner}/Hướng dẫn tải về.txt: bỏ qua, không phải văn bản, phụ lục hay biểu của kế "
        "hoạch", f"dong-son-tai-ve{suffix}{inner}/ban-ky-so.rar: bỏ qua, không hỗ trợ loại tệp '.rar' trong tệp nén")


def test_a_bundle_with_nothing_readable_says_what_it_held(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "goi.zip", "w") as bundle:
        bundle.writestr("ban-ky-so.rar", b"Rar!")
        bundle.writestr("hong.docx", b"PK\x03\x04 not a zip")
    with pytest.raises(DocumentError) as caught:
        convert(tmp_path / "goi.zip")
    message = str(caught.value)
    assert message.startswith("goi.zip: tệp nén không chứa văn bản nào đọc được")
    assert "goi.zip/ban-ky-so.rar" in message and "goi.zip/hong.docx: không đọc được tệp Word .docx" in message


def test_a_spreadsheet_plans_target_sheet_is_one_table_read_row_by_row(tmp_path):
    """The Biểu sheet's rows are read with their merged header cells and their group row, as a Word table's are."""
    from index.normalize import normalize_text
    from index.tables import tables_in_text

    tables = tables_in_text(normalize_text(convert(make_plan_xlsx(tmp_path / "dong-son-2025.xlsx")).text))
    assert len(tables) == 1
    row = tables[0].row_text(tables[0].rows[1], with_parent=True)
    assert row.startswith("Theo trình độ › Trình độ cao đẳng | Đơn vị: Người | Năm 2025 Kế hoạch: 4.150"), row


# A provincial portal's article page: no <nav>, <aside> or <footer>; its menu, link bars and "Tin liên quan"
# box are plain <div>s and lists of links, the plan cites laws by links inside its own paragraphs.
PORTAL_PAGE = (
    "<html><body><div class='top'><span>02/02/2026</span><a href='/dn'>Đăng nhập</a><a href='/en'>English</a>"
    "<a href='/rss'>RSS</a></div><div id='menu-chinh'><ul>"
    + "".join(f"<li><a href='/m{i}'>Mục {i}</a><ul><li><a href='/m{i}/1'>Tin {i}</a></li></ul></li>" for i in range(8))
    + "</ul></div><div class='col-main'><h1>Kế hoạch số 7/KH-UBND ngày 05/01/2026 của UBND tỉnh Hà Lam</h1>"
    "<div>Cập nhật lúc 09:15, 08/01/2026</div><p><b>Sở Nội vụ là cơ quan thường trực; Cổng thông tin tỉnh giới thiệu"
    " toàn văn kế hoạch.</b></p><table><tr><td>ỦY BAN NHÂN DÂN TỈNH HÀ LAM</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    "<br>Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: 7/KH-UBND</td><td>Hà Lam, ngày 05 tháng 01 năm 2026</td></tr>"
    "</table><p>KẾ HOẠCH</p><p>Hỗ trợ học nghề năm 2026</p>"
    "<p>Căn cứ <a href='/l1'>Luật Giáo dục nghề nghiệp</a>; <a href='/l2'>Luật Việc làm</a>; "
    "<a href='/l3'>Nghị quyết số 12/NQ-HĐND</a>;</p><p>1. Tuyển sinh 9.000 người.</p>"
    "<p>2. Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2026.</p></div>"
    "<div><h3>Tin liên quan</h3><ul>"
    + "".join(f"<li><a href='/t{i}'>Năm 2025 Hà Lam tuyển sinh {i}.000 người học nghề</a> (0{i}/01/2026)</li>"
              for i in range(1, 6))
    + "</ul></div><div class='ft'>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Lam</div></body></html>"
)


def test_a_portal_page_keeps_the_article_and_drops_link_blocks(tmp_path):
    path = tmp_path / "ha-lam-cong.html"
    path.write_text(PORTAL_PAGE, encoding="utf-8")
    out = lines(convert(path).text)
    assert out[0] == "Kế hoạch số 7/KH-UBND ngày 05/01/2026 của UBND tỉnh Hà Lam"  # the headline stays
    assert "Căn cứ Luật Giáo dục nghề nghiệp; Luật Việc làm; Nghị quyết số 12/NQ-HĐND;" in out  # links in a paragraph
    assert in_order(out, ["1. Tuyển sinh 9.000 người.", "2. Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2026."])
    page = "\n".join(out)
    for chrome in ("Đăng nhập", "Mục 3", "Tin 5", "tuyển sinh 3.000", "Tin liên quan"):
        assert chrome not in page  # a bar of links, a menu and its submenus, a list of headlines
    # a block of text without links is the reader's: the site's footer line is only dropped by its class name
    assert "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Lam" in page


@pytest.mark.parametrize("variant", [{"charset": "windows-1258"}, {"decomposed": True}])
def test_web_page_in_a_legacy_charset_or_decomposed_reads_the_same(tmp_path, variant):
    page = make_plan_html(tmp_path / "cu.htm", **variant)
    assert convert(page).text == convert(make_plan_html(tmp_path / "moi.html")).text



GOOGLE_DOCS_PAGE = (
    '<html><head><style type="text/css">ol{margin:0}.lst-kix_ab12-0>li:before{content:"" '
    'counter(lst-ctn-kix_ab12-0,upper-roman) ". "}.lst-kix_ab12-1>li:before{content:"" '
    'counter(lst-ctn-kix_ab12-0,decimal) "." counter(lst-ctn-kix_ab12-1,decimal) ". "}'
    '.lst-kix_ab12-2>li:before{content:"" counter(lst-ctn-kix_ab12-2,lower-latin) ") "}'
    '.lst-kix_cd34-0>li:before{content:"\\0025cf  "}</style></head><body class="c9">'
    '<p class="c1"><span class="c2">KẾ HOẠCH</span></p>'
    '<ol class="c7 lst-kix_ab12-0 start" start="1"><li class="c3 li-bullet-0"><h1 style="display:inline">'
    '<span class="c4">MỤC ĐÍCH</span></h1></li></ol>'
    '<ol class="c7 lst-kix_ab12-0" start="2"><li class="c3 li-bullet-0"><h1><span>MỤC TIÊU</span></h1></li></ol>'
    '<ol class="c7 lst-kix_ab12-1 start" start="1"><li class="c3"><span>Năm </span><span>2029</span></li></ol>'
    '<ol class="c7 lst-kix_ab12-2 start" start="1"><li class="c3"><span>Đào tạo 300 người;</span></li>'
    '<li class="c3"><span>Hỗ trợ 1.200.000 đồng/tháng.</span></li></ol>'
    '<ul class="c5 lst-kix_cd34-0 start"><li class="c3"><span>Sở Giáo dục và Đào tạo chủ trì.</span></li></ul>'
    '</body></html>')


def test_a_google_docs_pages_numbers_drawn_by_its_style_sheet_are_read(tmp_path):
    """Google Docs' web-page export draws its headings' and items' numbers with CSS counters (``li:before``), in
    no text: they are read as the browser draws them ("I.", "II.", "2.1.", "a)"), each before its own line, a
    heading the item holds on the marker's line."""
    path = tmp_path / "kh.html"
    path.write_text(GOOGLE_DOCS_PAGE, encoding="utf-8")
    assert lines(convert(path).text) == ["KẾ HOẠCH", "I. MỤC ĐÍCH", "II. MỤC TIÊU", "2.1. Năm 2029",
                                         "a) Đào tạo 300 người;", "b) Hỗ trợ 1.200.000 đồng/tháng.",
                                         "● Sở Giáo dục và Đào tạo chủ trì."]

def test_a_google_docs_pages_footnotes_stand_where_marked_and_its_comments_are_left_out(tmp_path):
    """The export's footnotes sit at the end behind links ("<sup><a href="#ftnt1">[1]</a></sup>"): each is read
    where its mark stands. Reviewers' comments (marks "[a]" linking to "#cmnt1", their texts at the end) are no
    words of the plan: a draft figure a comment recalls is never read as the plan's."""
    page = (
        '<html><body><p><span>Tỷ lệ có việc làm sau đào tạo</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
        '<span> đạt 65%.</span></p><p><span>Tổng kinh phí 24,8 tỷ đồng</span><sup><a href="#cmnt1" id="cmnt_ref1">'
        '[a]</a></sup><span>.</span></p><hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;Tính trong 06'
        ' tháng kể từ khi kết thúc khóa học.</span></p></div><div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>'
        'Bản xin ý kiến ghi 26,5 tỷ đồng.</span></p></div></body></html>')
    path = tmp_path / "kh.html"
    path.write_text(page, encoding="utf-8")
    assert lines(normalize_text(convert(path).text)) == [
        "Tỷ lệ có việc làm sau đào tạo (Tính trong 06 tháng kể từ khi kết thúc khóa học.) đạt 65%.",
        "Tổng kinh phí 24,8 tỷ đồng."]
    # Word's web page: its comment mark ("[TN1]" linking to "#_msocom_1") and its block of comments
    word = ('<html><body><p>Tổng kinh phí 24,8 tỷ đồng<span class=MsoCommentReference><a class=msocomanchor '
            'href="#_msocom_1" name="_msoanchor_1">[TN1]</a></span>.</p><div style="mso-element:comment-list"><div '
            'style="mso-element:comment"><p class=MsoCommentText>Bản xin ý kiến ghi 26,5 tỷ đồng.</p></div></div>'
            '</body></html>')
    path.write_text(word, encoding="utf-8")
    assert lines(normalize_text(convert(path).text)) == ["Tổng kinh phí 24,8 tỷ đồng."]


def test_web_lists_get_the_numbers_the_browser_draws_and_spans_fill_their_cells(tmp_path):
    path = tmp_path / "danh-sach.html"
    path.write_text(
        "<html><body><article><header><p>Kế hoạch số 9/KH-UBND</p></header>"
        "<ol><li>Sở Nội vụ chủ trì.<li>Sở Tài chính phối hợp.</ol>"
        "<ol type='a' start='3'><li>rà soát</li></ol><ol type='I'><li>MỤC TIÊU</li><li>NHIỆM VỤ</li></ol>"
        "<ul><li>tư vấn</li><li>giới thiệu việc làm</li></ul>"
        "<table border=1><tr><td rowspan=2>1</td><td>Tuyển sinh</td><td rowspan=3>Sở Nội vụ</td></tr>"
        "<tr><td>Đào tạo</td></tr><tr><td>2</td><td>Việc làm</td></tr></table>"
        "<table><tr><td><table border=1><tr><td>a</td><td>b</td><td>c</td></tr></table></td></tr></table>"
        "<pre>Dòng một\n  Dòng hai</pre></article></body></html>", encoding="utf-8")
    assert lines(convert(path).text) == [
        "Kế hoạch số 9/KH-UBND",  # an article's own header is text
        "1. Sở Nội vụ chủ trì.", "2. Sở Tài chính phối hợp.", "c. rà soát", "I. MỤC TIÊU", "II. NHIỆM VỤ",
        "- tư vấn", "- giới thiệu việc làm",
        "| 1 | Tuyển sinh | Sở Nội vụ |", "| 1 | Đào tạo | Sở Nội vụ |", "| 2 | Việc làm | Sở Nội vụ |",
        "| a | b | c |",  # a page laid out in a table: the table inside is data
        "Dòng một", "  Dòng hai",
    ]


@pytest.mark.skipif(not BACHVAN.with_suffix(".docx").exists(), reason="../shared/corpus-extra is not here")
def test_bachvan_docx_tables_match_its_text_rendering():
    plan = convert(BACHVAN.with_suffix(".docx"))
    reference = BACHVAN.with_suffix(".txt").read_text(encoding="utf-8")
    rows = [line for line in lines(plan.text) if line.startswith("|")]
    # The reference renders layout tables as pipe rows too; its data rows must come out identical.
    expected = [line for line in lines(reference) if line.startswith("| ") and line.endswith(" |")
                and not line.startswith("| Số:")]
    assert rows == expected and len(rows) == 35
    assert "| TT | Chỉ tiêu | Đơn vị | Năm 2024 (ước) | Mục tiêu | Mục tiêu |" in rows
    assert rows[16] == "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |"
    assert {len(r.split(" | ")) for r in rows} == {6}
    out = lines(plan.text)
    assert out[:6] == ["ỦY BAN NHÂN DÂN", "TỈNH BẠCH VÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Số: 647/QĐ-UBND", "Bạch Vân, ngày 24 tháng 3 năm 2025"]
    assert in_order(out, ["- Lưu: VT, KGVX (Hg).", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Minh Nguyệt"])


def test_two_column_tables_are_data_when_long_or_ruled(tmp_path):
    import docx

    document = docx.Document()
    for rows, style in ((6, None), (3, "Table Grid")):  # many rows without lines; few rows with lines
        table = document.add_table(rows=rows, cols=2)
        if style:
            table.style = style
        for r in range(rows):
            table.cell(r, 0).text, table.cell(r, 1).text = (f"Chỉ tiêu {r}", f"{r}0%") if r else ("Chỉ tiêu", "Năm 2025")
        document.add_paragraph("—")
    document.save(str(tmp_path / "hai-cot.docx"))
    head = ["| Chỉ tiêu | Năm 2025 |"]
    assert lines(convert(tmp_path / "hai-cot.docx").text) == [
        *head, *[f"| Chỉ tiêu {i} | {i}0% |" for i in range(1, 6)], "—", *head, "| Chỉ tiêu 1 | 10% |",
        "| Chỉ tiêu 2 | 20% |", "—",
    ]


def test_tables_nested_in_a_data_tables_cells_are_read_in_the_cell(tmp_path):
    """An annex task table whose result cell holds a small table of yearly figures, and whose time cell holds a
    table of milestones (cells of its own, not the cell's paragraphs): each is read in its cell, a figure beside
    the year over it, a milestone beside its date; the outer row stays one row."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for c, title in enumerate(["Nhiệm vụ", "Thời gian", "Kết quả dự kiến"]):
        table.cell(0, c).text = title
    table.cell(1, 0).text = "Đào tạo nghề cho phụ nữ nông thôn"
    table.cell(1, 1).text = "Theo 02 mốc:"
    milestones = table.cell(1, 1).add_table(rows=2, cols=2)
    for r, (step, day) in enumerate([("Hoàn thành dự thảo", "Trước 30/6/2026"), ("Ban hành", "Trước 30/9/2026")]):
        milestones.cell(r, 0).text, milestones.cell(r, 1).text = step, day
    table.cell(1, 2).text = "Phân kỳ số phụ nữ được đào tạo:"
    yearly = table.cell(1, 2).add_table(rows=2, cols=4)
    for c, (year, count) in enumerate([("Năm", "Được đào tạo (người)"), ("2026", "3.400"), ("2027", "3.500"),
                                       ("2028", "3.600")]):
        yearly.cell(0, c).text, yearly.cell(1, c).text = year, count
    document.save(str(tmp_path / "long-bang.docx"))
    assert lines(convert(tmp_path / "long-bang.docx").text) == [
        "| Nhiệm vụ | Thời gian | Kết quả dự kiến |",
        "| Đào tạo nghề cho phụ nữ nông thôn | Theo 02 mốc: Hoàn thành dự thảo: Trước 30/6/2026. Ban hành: Trước "
        "30/9/2026 | Phân kỳ số phụ nữ được đào tạo: Được đào tạo (người): năm 2026: 3.400; năm 2027: 3.500; năm "
        "2028: 3.600 |",
    ]


# ---------------------------------------------------------------- PDF


def test_pdf_tables_come_out_as_rows_in_place(word):
    out = lines(convert(word["pdf"]).text)
    # The header's two columns are told apart by the gap between them (how a column wraps is the font's business).
    assert out[0] == "ỦY BAN NHÂN DÂN" and out[1].startswith("CỘNG HÒA XÃ HỘI")
    assert "Số: 52/KH-UBND" in out and any(line.startswith("Đông Sơn, ngày 18 tháng 3") for line in out)
    assert in_order(out, ["1. Biểu chỉ tiêu chủ yếu", *TARGET_TABLE, "2. Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch."])
    assert in_order(out, ["PHỤ LỤC: NHIỆM VỤ CỤ THỂ", *TASK_TABLE])


def test_pdf_table_cut_by_page_breaks_is_one_table(tmp_path):
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Danh mục nghề đào tạo")
    table = document.add_table(rows=81, cols=3)
    table.style = "Table Grid"
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # Word repeats it on every page
    for c, title in enumerate(["TT", "Tên nghề", "Số học viên"]):
        header.cells[c].text = title
    for r in range(1, 81):
        for c, value in enumerate([str(r), f"Nghề số {r}", f"{r * 10}"]):
            table.cell(r, c).text = value
    document.add_paragraph("Tổng cộng: 80 nghề.")
    document.save(str(tmp_path / "dai.docx"))
    pdf = soffice_convert(tmp_path / "dai.docx", "pdf", tmp_path)
    out = lines(convert(pdf).text)
    assert out == ["Danh mục nghề đào tạo", "| TT | Tên nghề | Số học viên |",
                   *[f"| {r} | Nghề số {r} | {r * 10} |" for r in range(1, 81)], "Tổng cộng: 80 nghề."]


def test_text_pdf_and_docx_from_plain_paragraphs(tmp_path):
    text = plan_text("Nam Định", "45", "7.654", "86%")
    for path in (make_docx(tmp_path / "a.docx", text), make_pdf(tmp_path / "a.pdf", text)):
        out = convert(path).text
        assert "Số: 45/KH-UBND" in out and "7.654 lao động nông thôn" in out and "Sở Lao động - Thương binh" in out


def test_blank_page_of_a_text_pdf_needs_no_ocr(tmp_path, monkeypatch):
    from fpdf import FPDF

    from tests.fixtures_docs import SANS

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=12)
    for text in ("Số: 45/KH-UBND", "", "Trang cuối của kế hoạch"):
        pdf.add_page()
        if text:
            pdf.cell(text=text)
    pdf.output(str(tmp_path / "co-trang-trang.pdf"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract: a blank page must not call for it
    plan = convert(tmp_path / "co-trang-trang.pdf")
    assert lines(plan.text) == ["Số: 45/KH-UBND", "Trang cuối của kế hoạch"] and not plan.ocr


def test_a_printed_pdf_loses_its_running_header_and_page_footer(tmp_path):
    from fpdf import FPDF

    from tests.fixtures_docs import SANS

    class Printed(FPDF):
        def header(self):
            self.set_font("DejaVu", size=9)
            self.cell(0, 8, "Đề án nhân lực chất lượng cao – tỉnh Sông Lam", align="C")
            self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 8, f"Trang {self.page_no()}", align="C")

    pdf = Printed()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "\n".join(f"{i}. Tổ chức đào tạo nghề đợt {i} cho lao động nông thôn." for i in range(1, 90)))
    pdf.output(str(tmp_path / "de-an.pdf"))
    text = convert(tmp_path / "de-an.pdf").text
    assert text.count("Sông Lam") == 1 and "Trang " not in text  # the header once, as the first page shows it
    assert [line for line in lines(text) if line.endswith("nông thôn.")] == [
        f"{i}. Tổ chức đào tạo nghề đợt {i} cho lao động nông thôn." for i in range(1, 90)]


def test_a_diagonal_watermark_in_the_text_layer_is_no_text_of_the_plan(tmp_path):
    """A certified copy's "BẢN SAO ĐIỆN TỬ" drawn slanted across each page as real letters: they would land one by
    one among the lines they cross ("hạch Ử toán"); the plan's lines come back whole, without them."""
    from fpdf import FPDF

    from tests.fixtures_docs import SANS

    class Certified(FPDF):
        def header(self):
            with self.local_context(text_color=(170, 170, 170)):
                self.set_font("DejaVu", size=60)
                with self.rotation(40, x=105, y=150):
                    self.text(20, 180, "BẢN SAO ĐIỆN TỬ")
            self.set_font("DejaVu", size=11)

    pdf = Certified()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    body = [f"{i}. Ngân hàng mở tài khoản riêng, hạch toán riêng nguồn vốn của Quỹ đợt {i}." for i in range(1, 70)]
    pdf.multi_cell(0, 7, "\n".join(body))
    pdf.output(str(tmp_path / "ban-sao.pdf"))
    text = convert(tmp_path / "ban-sao.pdf").text
    assert [line for line in lines(text) if line] == body


@pytest.mark.parametrize("space_glyphs", [True, False], ids=["space-glyphs", "words-placed"])
def test_headings_in_expanded_spacing_read_as_words(tmp_path, space_glyphs):
    """Word's "Spacing: Expanded" sets a title's letters apart: pdfplumber cuts such a line into letters
    ("B Á O C Á O"), or, spaced just at its tolerance, into pieces ("PHÂ N C ÔNG"); both read as words, and
    the lines set normally are not touched."""
    lines = [("BÁO CÁO", 4.0), ("A. KẾT QUẢ THỰC HIỆN NĂM 2025", 3.5),
             ("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2026", 3.0), ("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", 2.6),
             ("Tuyển sinh 31.600 người, đạt 101,3% kế hoạch năm 2025.", 0.0), ("a) Ở xã A và xã B có 2 trường", 0.0)]
    text = convert(make_spaced_pdf(tmp_path / "bao-cao.pdf", lines, space_glyphs=space_glyphs)).text
    assert text.split("\n")[:len(lines)] == [line for line, _ in lines]


def test_a_footnote_mark_glued_to_a_figure_is_no_digit_of_it(tmp_path):
    from fpdf import FPDF

    from tests.fixtures_docs import SANS

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    pdf.write(6, "Tổng số lao động cần đào tạo là 12.000")
    pdf.char_vpos = "SUP"  # the raised, smaller "2" of a footnote
    pdf.write(6, "2")
    pdf.char_vpos = "LINE"
    pdf.write(6, " người trong giai đoạn 2025 - 2027.")
    pdf.output(str(tmp_path / "chu-thich.pdf"))
    assert convert(tmp_path / "chu-thich.pdf").text.strip() == (
        "Tổng số lao động cần đào tạo là 12.000[^2] người trong giai đoạn 2025 - 2027.")  # the mark, as pandoc's
    assert normalize_text(convert(tmp_path / "chu-thich.pdf").text) == (  # no note answers it: it goes
        "Tổng số lao động cần đào tạo là 12.000 người trong giai đoạn 2025 - 2027.")


def _footed_page(size: int, top: float):
    """An A4 page of DejaVu text at ``size`` points from ``top`` mm, with no automatic page break: its foot is free for
    footnotes."""
    from fpdf import FPDF

    from tests.fixtures_docs import SANS

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.add_page()
    pdf.set_font("DejaVu", size=size)
    pdf.set_xy(10, top)
    return pdf


def test_each_footnote_of_a_pdf_joins_the_paragraph_whose_mark_calls_it(tmp_path):
    """A consolidated text names each point's amendment only in a footnote, set small at the foot of the page with a
    small number of its own: the note joins its point (after its full stop, before the colon of a lead), a wrapped
    note line opening with a number stays the note's, and a note no mark calls stays at the end."""

    def marked(text: str, mark: str, rest: str = "") -> None:
        pdf.write(6, text)
        pdf.char_vpos = "SUP"
        pdf.write(6, mark)
        pdf.char_vpos = "LINE"
        pdf.write(6, f"{rest}\n")

    pdf = _footed_page(13, 40)
    marked("a) Tuyển sinh, đào tạo nghề cho 78.000 người.", "1")
    pdf.write(6, "b) Đào tạo nghề cho 15.000 lao động nông thôn.\n")
    marked("1. Tổng kinh phí là 486,5 tỷ đồng, trong đó:", "2")
    pdf.write(6, "- Ngân sách tỉnh: 198,5 tỷ đồng.\n")
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(10, 250)
    for number, note in (("1", "Điểm này được sửa đổi theo Kế hoạch số 27/KH-UBND ngày 23/01/2026."),
                         ("2", "Khoản này được sửa đổi theo Quyết định số 1875/QĐ-UBND, dòng"),
                         ("", "6 của Biểu giữ nguyên."), ("3", "Văn bản hợp nhất không thay thế văn bản gốc.")):
        if number:
            pdf.char_vpos = "SUP"
            pdf.write(5, number)
            pdf.char_vpos = "LINE"
        pdf.write(5, f" {note}\n" if number else f"{note}\n")
    pdf.output(str(tmp_path / "hop-nhat.pdf"))
    assert lines(normalize_text(convert(tmp_path / "hop-nhat.pdf").text)) == [
        "a) Tuyển sinh, đào tạo nghề cho 78.000 người. (Điểm này được sửa đổi theo Kế hoạch số 27/KH-UBND ngày "
        "23/01/2026.)",
        "b) Đào tạo nghề cho 15.000 lao động nông thôn.",
        "1. Tổng kinh phí là 486,5 tỷ đồng, trong đó (Khoản này được sửa đổi theo Quyết định số 1875/QĐ-UBND, dòng "
        "6 của Biểu giữ nguyên.):",
        "- Ngân sách tỉnh: 198,5 tỷ đồng.",
        "[3] Văn bản hợp nhất không thay thế văn bản gốc.",
    ]


def test_footnotes_at_the_foot_of_a_page_are_read_at_the_end_and_the_sentence_goes_on(tmp_path):
    pdf = _footed_page(12, 20)
    pdf.multi_cell(0, 6, "1. Hỗ trợ học nghề cho lao động thuộc hộ nghèo.\n2. Hỗ trợ tiền ăn cho học viên theo mức quy định")
    pdf.set_font("DejaVu", size=9)
    pdf.set_xy(10, 260)
    pdf.multi_cell(0, 4, "1 Theo Nghị quyết số 12/2025/NQ-HĐND của Hội đồng nhân dân tỉnh\nvề mức hỗ trợ.\n"
                         "2 Mức ăn 50.000 đồng/ngày.")
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.set_xy(10, 20)
    pdf.multi_cell(0, 6, "tại Nghị quyết của Hội đồng nhân dân tỉnh.\n3. Sở Tài chính bố trí kinh phí.")
    pdf.output(str(tmp_path / "chu-thich-cuoi-trang.pdf"))
    assert lines(normalize_text(convert(tmp_path / "chu-thich-cuoi-trang.pdf").text)) == [
        "1. Hỗ trợ học nghề cho lao động thuộc hộ nghèo.",
        "2. Hỗ trợ tiền ăn cho học viên theo mức quy định tại Nghị quyết của Hội đồng nhân dân tỉnh.",
        "3. Sở Tài chính bố trí kinh phí.",
        "[1] Theo Nghị quyết số 12/2025/NQ-HĐND của Hội đồng nhân dân tỉnh về mức hỗ trợ.",
        "[2] Mức ăn 50.000 đồng/ngày.",
    ]


def test_running_lines_of_pages_read_by_ocr_go_and_a_header_each_document_has_stays():
    body = [["Sở Nội vụ chủ trì tổ chức hội thi.", "Các huyện rà soát nhu cầu.", "Báo cáo gửi Sở."],
            ["Sở Tài chính bố trí kinh phí.", "Trường cao đẳng mở lớp.", "Hội Nông dân vận động."],
            ["Thời gian hoàn thành Quý II.", "Đoàn Thanh niên tư vấn.", "Ngân hàng cho vay."],
            ["Trung tâm Dịch vụ việc làm kết nối.", "Kinh phí 12 tỷ đồng.", "Nơi nhận: như trên."]]
    pages = [_ocr_page("\n".join(["Đề án nhân lực – tỉnh Sông Lam", *lines_of, f"Trang {n}/4"]))
             for n, lines_of in enumerate(body, 1)]
    assert _without_furniture(pages) == [["Đề án nhân lực – tỉnh Sông Lam", *body[0]], *body[1:]]
    # a decision and the plan it issues: each opens with the national header, two pages of three
    motto = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True)
    kept = _without_furniture([[motto, ("Quyết định", False)], [("Điều 3.", False)], [motto, ("Kế hoạch", False)]])
    assert kept == [[motto[0], "Quyết định"], ["Điều 3."], [motto[0], "Kế hoạch"]]


def test_a_browsers_stamp_on_printed_pages_goes_the_first_time_too():
    top = [("11/30/26, 7:27 PM", True), ("Kế hoạch tư vấn hướng nghiệp - Cổng thông tin Tỉnh đoàn", True)]
    pages = [[*top, ("KẾ HOẠCH", False), ("https://tinhdoan.ngankhe.gov.vn/van-ban/152 1/2", True)],
             [*top, ("I. MỤC ĐÍCH", False), ("https://tinhdoan.ngankhe.gov.vn/van-ban/152 2/2", True)]]
    assert _without_furniture(pages) == [["KẾ HOẠCH"], ["I. MỤC ĐÍCH"]]
    # without a stamp, two pages sharing a margin line keep it: a decision's and its plan's national header
    assert _without_furniture([[top[1], ("KẾ HOẠCH", False)], [top[1], ("I. MỤC ĐÍCH", False)]]) == [
        [top[1][0], "KẾ HOẠCH"], [top[1][0], "I. MỤC ĐÍCH"]]


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is missing: apt-get install chromium")
def test_a_web_page_printed_by_chromium_keeps_the_document_not_the_browsers_stamp(tmp_path):
    body = "".join(f"<p>{n}. Hội Nông dân các xã phối hợp mở lớp nghề số {n}, hoàn thành trước ngày 30/6/2026.</p>"
                   for n in range(1, 40))
    page = tmp_path / "trang.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Kế hoạch học nghề - Cổng thông tin Hội Nông dân</title></head><body>"
        "<table width='100%'><tr><td>HỘI NÔNG DÂN TỈNH LAM GIANG<br>Số: 88-KH/HNDT</td>"
        "<td>HỘI NÔNG DÂN VIỆT NAM<br>Lam Giang, ngày 15 tháng 01 năm 2026</td></tr></table>"
        f"<p><b>KẾ HOẠCH</b></p><p>Hỗ trợ nông dân học nghề năm 2026</p>{body}</body></html>", encoding="utf-8")
    pdf = tmp_path / "trang.pdf"
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    out = lines(convert(pdf).text)
    assert out[0] == "HỘI NÔNG DÂN TỈNH LAM GIANG" and "KẾ HOẠCH" in out
    assert not [line for line in out if "file://" in line or "Cổng thông tin" in line or re.search(r"\d:\d\d", line)]
    assert sum(line.startswith(tuple(f"{n}. Hội Nông dân" for n in range(1, 40))) for line in out) == 39


SIGNED_BODIES = [("Nội vụ", "tổng hợp, theo dõi việc thực hiện Kế hoạch"), ("Tài chính", "bố trí kinh phí 12.500 triệu"),
                 ("Nông nghiệp và Môi trường", "khảo sát nhu cầu học nghề"), ("Công Thương", "kết nối doanh nghiệp"),
                 ("Giáo dục và Đào tạo", "giao chỉ tiêu cho các cơ sở"), ("Y tế", "đào tạo nghề chăm sóc người cao tuổi"),
                 ("Xây dựng", "đào tạo thợ xây dựng"), ("Khoa học và Công nghệ", "chuyển giao công nghệ"),
                 ("Dân tộc và Tôn giáo", "vận động đồng bào dân tộc thiểu số học nghề"),
                 ("Văn hóa, Thể thao và Du lịch", "tuyên truyền về học nghề trên báo và đài")]


def test_a_digitally_signed_pdf_reads_without_its_stamps_and_page_notes(tmp_path):
    note = "Văn bản được ký số trên Hệ thống quản lý văn bản và điều hành tỉnh Hà Lam"
    body = ["KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn tỉnh Hà Lam năm 2026", "I. TỔ CHỨC THỰC HIỆN",
            *(f"{n}. Sở {name}\n- Chủ trì {task}, báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026."
              for n, (name, task) in enumerate(SIGNED_BODIES, 1)),
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "", "",
            "Trần Minh Khoa", "@STAMP"]
    pdf = make_signed_pdf(
        tmp_path / "ky-so.pdf", (["ỦY BAN NHÂN DÂN", "TỈNH HÀ LAM", "Số: 36/KH-UBND"],
                                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                  "Hà Lam, ngày 12 tháng 3 năm 2026"]), body,
        [["Ký bởi: Văn phòng Ủy ban nhân dân", "Email: vpubnd@halam.gov.vn", "Cơ quan: Tỉnh Hà Lam",
          "Thời gian ký: 12.03.2026 16:05:31 +07:00"],
         ["Ký bởi: Trần Minh Khoa", "Cơ quan: Ủy ban nhân dân tỉnh Hà Lam", "Thời gian ký: 12.03.2026 15:48:02 +07:00"]],
        note)
    text = normalize_text(convert(pdf).text)
    paragraphs = text.split("\n\n")
    assert "Độc lập - Tự do - Hạnh phúc" in paragraphs  # the stamp's line drawn over it is a line of its own
    assert not any(marker in text for marker in ("Ký bởi", "Thời gian ký", "Email:", "Cơ quan:", "ký số", "Trang "))
    assert in_order(paragraphs, ["PHÓ CHỦ TỊCH", "Trần Minh Khoa"])
    # the page broke inside a duty: its lines join again, the page's note gone from between them
    assert sum(p.endswith("báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.") for p in paragraphs) == 10


# ---------------------------------------------------------------- bad files


def _encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Ke hoach")
    pdf.output(str(path))


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("hong.pdf", b"%PDF-1.4 this is not really a pdf", "không đọc được tệp PDF"),
        ("khoa.pdf", None, "PDF có mật khẩu"),
        ("hong.docx", b"PK\x03\x04 not a zip", "không đọc được tệp Word .docx"),
        ("hong.doc", b"PK\x03\x04 not a zip \x00\x01\x02", "LibreOffice không chuyển được tệp Word .doc"),
        ("hong.odt", b"PK\x03\x04 not a zip \x00\x01\x02", "LibreOffice không chuyển được tệp OpenDocument .odt"),
        ("rong.html", b"<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>",
         "không có nội dung chữ"),
        ("nhieu.doc", random.Random(1).randbytes(3000), "không phải chữ"),  # LibreOffice imports noise as text
        ("latin1.txt", "Kế hoạch".encode("cp1258", errors="replace") + b"\xff\xfe", "UTF-8"),
        ("anh.png", b"\x89PNG\r\n", "không đọc được tệp ảnh"),
        ("bang.xlsx", b"PK\x03\x04 not a zip", "không đọc được bảng tính Excel .xlsx"),
        ("luu.mhtml", b"From: <Saved by Blink>\r\nContent-Type: text/plain\r\n\r\nkhong co trang", "không chứa trang web"),
        ("bang.xls", b"\xd0\xcf\x11\xe0 not an OLE2 file", "không đọc được bảng tính Excel 97-2003 .xls"),
        ("bang.ods", b"PK\x03\x04", "không đọc được bảng tính OpenDocument .ods"),
        ("goi.zip", b"PK\x03\x04 not a zip", "không mở được tệp nén .zip"),
        ("goi.7z", b"7z\xbc\xaf\x27\x1c not a 7z", "không mở được tệp nén .7z (tệp hỏng hoặc không đúng loại"),
        ("bang.numbers", b"PK\x03\x04", "không hỗ trợ loại tệp '.numbers'"),
        ("rong.docx", None, "không có nội dung chữ"),
    ],
)
def test_bad_files_are_explained_in_vietnamese_by_name(tmp_path, name, data, words):
    path = tmp_path / name
    if name == "khoa.pdf":
        _encrypted_pdf(path)
    elif name == "rong.docx":
        make_docx(path, "")
    else:
        path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        convert(path)
    assert str(caught.value).startswith(name) and words in str(caught.value)


CHUNK_HTML = ("<html><head><meta charset='utf-8'></head><body><p style='text-align:center'><b>QUYẾT ĐỊNH</b></p>"
              "<p>Về việc ban hành chương trình đào tạo trình độ sơ cấp nghề Hàn điện</p>"
              "<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này chương trình đào tạo nghề Hàn điện, thời gian "
              "03 tháng.</p><table border='1'><tr><th>Mã MĐ</th><th>Tên mô-đun</th><th>Tổng số giờ</th></tr>"
              "<tr><td>MĐ 01</td><td>An toàn lao động</td><td>30</td></tr>"
              "<tr><td>MĐ 02</td><td>Hàn hồ quang tay</td><td>120</td></tr></table>"
              "<p><b>Điều 2.</b> Phòng Đào tạo chủ trì tuyển sinh khóa đầu tiên trước ngày 15/3/2027.</p>"
              "</body></html>").encode("utf-8")


def test_a_body_embedded_as_an_html_chunk_is_read_where_it_stands(tmp_path):
    """A web e-office editor's .docx: a header in Word paragraphs, the decision itself an HTML part Word shows in
    place (altChunk); the text keeps the order, and the chunk's table is a table."""
    path = make_alt_chunk_docx(tmp_path / "qd-chunk.docx", ["TRƯỜNG CAO ĐẲNG NGHỀ LAM GIANG", "Số: 45/QĐ-CĐN"],
                               [("afchunk1.htm", "text/html", CHUNK_HTML)], ["Nơi nhận:", "- Như Điều 2;"])
    lines = convert(path).text.splitlines()
    order = [next(i for i, line in enumerate(lines) if needle in line)
             for needle in ("Số: 45/QĐ-CĐN", "Điều 1. Ban hành", "Điều 2. Phòng Đào tạo", "Nơi nhận")]
    assert order == sorted(order)
    assert "| MĐ 02 | Hàn hồ quang tay | 120 |" in lines


def test_chunks_of_plain_text_and_of_rtf_are_read_and_an_unknown_kind_is_named(tmp_path):
    rtf = rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0 \u272?i\u7873?u 3. Trung t\u226?m tuy\u7875?n sinh ph\u7889?i h\u7907?p v\u7899?i C\u244?ng ty \u272?i\u7879?n Lam Giang.\par}"
    path = make_alt_chunk_docx(
        tmp_path / "hai-phan.docx", ["Số: 46/QĐ-CĐN"],
        [("chunk1.txt", "text/plain", "Điều 1. Học phí 3.200.000 đồng/khóa.".encode()),
         ("chunk2.rtf", "application/rtf", rtf)], [])
    text = convert(path).text
    assert "Học phí 3.200.000 đồng/khóa" in text and "phối hợp với Công ty Điện Lam Giang" in text
    odd = make_alt_chunk_docx(tmp_path / "la.docx", ["Số: 47/QĐ-CĐN", "Điều 1. Ban hành."],
                              [("chunk1.pdf", "application/pdf", b"%PDF-1.4")], [])
    with pytest.raises(DocumentError) as caught:
        convert(odd)
    assert str(caught.value).startswith("la.docx") and "application/pdf" in str(caught.value)


def test_doc_without_libreoffice_says_what_to_install(word, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere
    with pytest.raises(DocumentError) as caught:
        convert(word["doc"], "ke-hoach-cu.doc")
    assert str(caught.value).startswith("ke-hoach-cu.doc:") and "libreoffice-writer-nogui" in str(caught.value)


# ---------------------------------------------------------------- a folder of every type, ingested


def test_every_format_in_a_folder_is_ingested_or_reported(word, settings_factory, tmp_path):
    from assistant.service import Assistant

    corpus = tmp_path / "plans"
    corpus.mkdir()
    (corpus / "nam-dinh-2024.txt").write_text(plan_text("Nam Định", "45", "7.654", "86%"), encoding="utf-8")
    make_pdf(corpus / "thai-binh-2024.pdf", plan_text("Thái Bình", "88", "9.876", "84%"))
    make_docx(corpus / "ha-nam-2024.docx", plan_text("Hà Nam", "77", "3.210", "81%"))
    shutil.copyfile(word["doc"], corpus / "dong-son-2025.doc")
    soffice_convert(make_docx(tmp_path / "kon-tum-2024.docx", plan_text("Kon Tum", "61", "4.321", "72%")), "odt", corpus)
    (corpus / "lao-cai-2024.html").write_text(
        "<html><body><nav>Trang chủ</nav>" + "".join(f"<p>{p}</p>" for p in plan_text("Lào Cai", "93", "6.789", "79%")
                                                    .split("\n\n")) + "</body></html>", encoding="utf-8")
    (corpus / "bang-so-lieu.xlsx").write_bytes(b"PK\x03\x04")  # a workbook that is none
    (corpus / "bang-so-lieu.numbers").write_bytes(b"PK\x03\x04")  # a format not read
    make_plan_archive(corpus / "dong-son-tai-ve.zip")
    service = Assistant(settings_factory(corpus_dir=corpus))
    report = service.ingest()
    assert report.plans == 7
    assert sorted(report.errors) == [
        f"{corpus / 'bang-so-lieu.numbers'}: không hỗ trợ loại tệp '.numbers' (chỉ nhận "
        f"{', '.join(SUPPORTED_SUFFIXES)})",
        f"{corpus / 'bang-so-lieu.xlsx'}: không đọc được bảng tính Excel .xlsx (tệp hỏng hoặc không phải Excel .xlsx)."]
    # the bundle's members left out are named, with their reasons
    assert [w for w in report.warnings if "dong-son-tai-ve.zip" in w] == [
        f"{corpus / 'dong-son-tai-ve.zip'}/Hướng dẫn tải về.txt: bỏ qua, không phải văn bản, phụ lục hay biểu của kế "
        "hoạch", f"{corpus / 'dong-son-tai-ve.zip'}/ban-ky-so.rar: bỏ qua, không hỗ trợ loại tệp '.rar' trong tệp nén"]
    plans = service.index().plans
    assert sorted(plans) == ["dong-son-2025.doc", "dong-son-tai-ve.zip", "ha-nam-2024.docx", "kon-tum-2024.odt",
                             "lao-cai-2024.html", "nam-dinh-2024.txt", "thai-binh-2024.pdf"]
    bundle = plans["dong-son-tai-ve.zip"]  # the decision and the plan it issues, as one document
    assert bundle.number == "118/QĐ-UBND" and bundle.issues == "Kế hoạch" and bundle.province == "Đông Sơn"
    assert plans["dong-son-2025.doc"].province == "Đông Sơn" and plans["thai-binh-2024.pdf"].number.startswith("88")
    assert plans["kon-tum-2024.odt"].number.startswith("61") and plans["lao-cai-2024.html"].province == "Lào Cai"
    _, passages = service.search("Đông Sơn tuyển sinh giáo dục nghề nghiệp năm 2030")
    # the .doc and the bundle hold the same Đông Sơn plan: both its readings find the target row first
    assert {p.doc for p in passages[:2]} == {"dong-son-2025.doc", "dong-son-tai-ve.zip"}
    assert all("39.600 | 42.000" in p.text for p in passages[:2])
    again = service.ingest()
    assert again.new == 0 and again.unchanged == report.chunks and again.removed == 0


NUMBERED = [
    (None, "KẾ HOẠCH"), (0, "MỤC ĐÍCH, YÊU CẦU"), (1, "Mục đích"), (None, "- Nâng cao chất lượng."),
    (1, "Yêu cầu"), (0, "NHIỆM VỤ"), (1, "Đào tạo nghề"), (2, "Nông nghiệp"), (2, "Phi nông nghiệp"),
    (1, "Giải quyết việc làm"), (2, "Cho vay vốn"),
]
NUMBERS_SHOWN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ", "1. Đào tạo nghề",
                 "a) Nông nghiệp", "b) Phi nông nghiệp", "2. Giải quyết việc làm", "a) Cho vay vốn"]


@pytest.mark.parametrize("heading_style", [False, True])
def test_word_list_numbers_are_written_before_their_paragraphs(tmp_path, heading_style):
    path = make_numbered_docx(tmp_path / "numbered.docx", NUMBERED, heading_style=heading_style)
    lines = [line for line in convert(path).text.split("\n") if line]
    # each level counts on, and restarts when a level above it moves on
    assert [line for line in lines if line[:1] in "I12ab"] == NUMBERS_SHOWN
    assert "- Nâng cao chất lượng." in lines and "KẾ HOẠCH" in lines  # typed bullets and plain lines as they are


def test_word_list_numbers_survive_a_legacy_doc(tmp_path):
    docx_path = make_numbered_docx(tmp_path / "numbered.docx", NUMBERED)
    doc = soffice_convert(docx_path, "doc", tmp_path / "doc")
    lines = [line for line in convert(doc).text.split("\n") if line]
    assert [line for line in lines if line[:1] in "I12ab"] == NUMBERS_SHOWN


def test_a_header_set_in_words_first_page_header_opens_the_text(tmp_path):
    """Issuer, number, motto and date typed into Word's page header of the first page, not the body; the later
    pages' header (a page number) is no part of the text."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    table = first.add_table(rows=1, cols=2, width=section.page_width - section.left_margin - section.right_margin)
    for cell, lines_ in zip(table.rows[0].cells, (["ỦY BAN NHÂN DÂN", "TỈNH PHƯỢNG HÀ", "Số: 86/TB-UBND"],
                                                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                                   "Phượng Hà, ngày 12 tháng 3 năm 2026"])):
        cell.paragraphs[0].text = lines_[0]
        for line in lines_[1:]:
            cell.add_paragraph(line)
    section.header.paragraphs[0].text = "2"
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về giáo dục nghề nghiệp")
    document.add_paragraph("1. Sở Giáo dục và Đào tạo chủ trì rà soát mạng lưới cơ sở, hoàn thành trước ngày 30/6/2026.")
    document.save(str(tmp_path / "thong-bao.docx"))
    out = lines(convert(tmp_path / "thong-bao.docx").text)
    assert out[:6] == ["ỦY BAN NHÂN DÂN", "TỈNH PHƯỢNG HÀ", "Số: 86/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Phượng Hà, ngày 12 tháng 3 năm 2026"]
    assert out[6] == "THÔNG BÁO" and "2" not in out
    meta = extract_metadata("thong-bao.docx", normalize_text(convert(tmp_path / "thong-bao.docx").text))
    assert (meta.number, meta.date, meta.province) == ("86/TB-UBND", "2026-03-12", "Phượng Hà")


def test_a_header_set_in_floating_text_boxes_is_read_first_box_by_box(tmp_path):
    """A template's header in text boxes (issuer and number left, motto and place-date right): each box once (not
    its VML copy), top to bottom and left to right, before the paragraph they are anchored in."""
    from tests.fixtures_docs import make_text_box_docx

    path = make_text_box_docx(tmp_path / "hop-van-ban.docx", [
        (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], 40, 250),
        (["Hà Lam, ngày 24 tháng 02 năm 2026"], 90, 250),
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ LAM"], 40, 60),
        (["Số: 52/KH-UBND"], 90, 60),
    ], ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp thành phố Hà Lam năm 2026", "I. MỤC TIÊU"])
    text = convert(path).text
    assert lines(text) == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                           "Độc lập - Tự do - Hạnh phúc", "Số: 52/KH-UBND", "Hà Lam, ngày 24 tháng 02 năm 2026",
                           "KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp thành phố Hà Lam năm 2026", "I. MỤC TIÊU"]
    meta = extract_metadata("hop-van-ban.docx", normalize_text(text))
    assert (meta.doc_type, meta.number, meta.date, meta.province) == ("Kế hoạch", "52/KH-UBND", "2026-02-24", "Hà Lam")


def test_word_footnotes_join_the_paragraphs_their_marks_are_in(tmp_path):
    from tests.fixtures_docs import make_footnoted_docx

    path = make_footnoted_docx(tmp_path / "to-trinh-chu-thich.docx", [
        ("Căn cứ Luật Giáo dục nghề nghiệp;", "Luật số 74/2014/QH13 ngày 27 tháng 11 năm 2014."),
        ("1. Tỉnh có 06 khu công nghiệp với 41.000 lao động.", "Số liệu tại thời điểm 31/12/2025."),
        ("2. Sở Tài chính bố trí kinh phí.", None),
    ])
    text = convert(path).text
    assert text.strip().splitlines()[::3] == [  # marks as pandoc's, the notes at the end as Word numbers them
        "Căn cứ Luật Giáo dục nghề nghiệp;[^1]", "[1] Luật số 74/2014/QH13 ngày 27 tháng 11 năm 2014."]
    # each note joins the paragraph its mark is in: before a closing semicolon, after a full stop
    assert lines(normalize_text(text)) == [
        "Căn cứ Luật Giáo dục nghề nghiệp (Luật số 74/2014/QH13 ngày 27 tháng 11 năm 2014.);",
        "1. Tỉnh có 06 khu công nghiệp với 41.000 lao động. (Số liệu tại thời điểm 31/12/2025.)",
        "2. Sở Tài chính bố trí kinh phí.",
    ]


def test_a_draft_with_tracked_changes_reads_as_its_changes_accepted(tmp_path):
    from tests.fixtures_docs import make_revised_docx

    path = make_revised_docx(tmp_path / "du-thao.docx", [
        "1. Tuyển sinh, đào tạo nghề cho [-350-][+420+] lao động, hoàn thành trong [-Quý III-][+Quý II+]/2026.",
        "[+2. Phòng Kinh tế chủ trì tổ chức 02 phiên giao dịch việc làm.+]",
        "[-3. Công an phường rà soát lao động tạm trú.-]",
        "{sdt}4. Trung tâm Phục vụ hành chính công phường tiếp nhận hồ sơ.",
        "{box}5. Tổ dân phố lập danh sách người cần học nghề.",
    ], [["STT", "Nội dung", "Đơn vị chủ trì"], ["1", "Khảo sát nhu cầu", "Phòng Văn hóa - Xã hội"],
        ["2", "Rà soát tạm trú", "Công an phường"], ["3", "Tư vấn nghề", "Phòng Kinh tế"]],
        deleted_rows=(2,), comment="Đề nghị làm rõ nguồn số liệu")
    assert lines(normalize_text(convert(path).text)) == [
        "1. Tuyển sinh, đào tạo nghề cho 420 lao động, hoàn thành trong Quý II/2026.",
        "2. Phòng Kinh tế chủ trì tổ chức 02 phiên giao dịch việc làm.",
        "4. Trung tâm Phục vụ hành chính công phường tiếp nhận hồ sơ.",
        "5. Tổ dân phố lập danh sách người cần học nghề.",
        "| STT | Nội dung | Đơn vị chủ trì |",
        "| 1 | Khảo sát nhu cầu | Phòng Văn hóa - Xã hội |",
        "| 3 | Tư vấn nghề | Phòng Kinh tế |",
    ]


TCVN3_PLAN = ["ỦY BAN NHÂN DÂN TỈNH AN HÒA", "KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn năm 2026",
              "I. MỤC TIÊU", "Tuyển sinh 1.200 người; tỷ lệ có việc làm sau đào tạo đạt 80%.",
              "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ", "- Chủ trì, phối hợp với Sở Tài chính hướng dẫn các xã, phường; "
              "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026."]
TCVN3_ROWS = [["Chỉ tiêu", "Năm 2026"], ["Tuyển sinh trình độ sơ cấp", "900 người"]]


@pytest.mark.parametrize(("encoding", "seen"), [("tcvn3", "kÕ ho¹ch"), ("vni", "KEÁ HOAÏCH")])
@pytest.mark.parametrize("style_font", [False, True])
def test_a_plan_typed_in_the_legacy_fonts_reads_as_vietnamese(tmp_path, style_font, encoding, seen):
    path = make_legacy_docx(tmp_path / "an-hoa.docx", TCVN3_PLAN, TCVN3_ROWS, style_font=style_font, encoding=encoding)
    import docx

    assert docx.Document(str(path)).paragraphs[1].text == seen  # what a reader blind to the fonts sees
    out = lines(convert(path).text)
    assert in_order(out, TCVN3_PLAN[:6])  # TCVN3: capitals from ".VnTimeH", lower case from ".VnTime"
    assert "- Chủ trì, phối hợp với Sở Tài chính hướng dẫn các xã, phường; báo cáo Ủy ban nhân dân tỉnh trước ngày " \
           "15/12/2026." in out
    assert "| Tuyển sinh trình độ sơ cấp | 900 người |" in out


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_legacy_word_97_file_keeps_its_letters_through_libreoffice(tmp_path, encoding):
    """"ư" is the soft hyphen's code in TCVN3: LibreOffice keeps it as a soft hyphen mark, read back as the letter;
    a VNI file keeps its fonts' names, so its letters too."""
    docx = make_legacy_docx(tmp_path / "truong.docx", ["TRƯỜNG CAO ĐẲNG", "Trường phối hợp với Hội Nông dân tỉnh."],
                            encoding=encoding)
    doc = soffice_convert(docx, "doc", tmp_path)
    assert lines(convert(doc).text)[:2] == ["TRƯỜNG CAO ĐẲNG", "Trường phối hợp với Hội Nông dân tỉnh."]


@pytest.mark.parametrize(("encoding", "seen"), [("tcvn3", "kÕ ho¹ch"), ("vni", "KEÁ HOAÏCH")])
def test_a_pdf_printed_from_a_legacy_font_document_reads_as_vietnamese(tmp_path, encoding, seen):
    # (no "ư": its TCVN3 code is the soft hyphen's, which the PDF writer of this fixture drops)
    plan = ["ỦY BAN NHÂN DÂN TỈNH AN HÒA", "KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn năm 2026", "I. MỤC TIÊU",
            "Tuyển sinh 1.200 học viên; tỷ lệ có việc làm sau đào tạo đạt 80%.", "II. TỔ CHỨC THỰC HIỆN"]
    rows = [["Chỉ tiêu", "Năm 2026"], ["Tuyển sinh sơ cấp", "900 học viên"]]
    path = make_legacy_pdf(tmp_path / "an-hoa.pdf", plan, rows, encoding=encoding)
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert seen in pdf.pages[0].extract_text()  # what a reader blind to the fonts sees
    out = lines(convert(path).text)
    assert in_order(out, plan)
    assert "| Tuyển sinh sơ cấp | 900 học viên |" in out


def test_content_controls_give_their_text_and_a_table_of_contents_none(tmp_path):
    """An e-office template: the number and the signer in inline controls, whole parts and a table (one row in a
    row-level control) in block-level ones, a table of contents in a gallery control."""
    rows = [["TT", "Chỉ tiêu", "Năm 2026"], ["1", "Tuyển sinh", "12.500"], ["2", "Tỷ lệ qua đào tạo", "72%"]]
    path = make_content_control_docx(
        tmp_path / "locha-2026.docx", "19/KH-UBND", ["I. MỤC ĐÍCH, YÊU CẦU ........ 2", "II. CHỈ TIÊU ........ 3"],
        [(["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng đào tạo nghề gắn với nhu cầu doanh nghiệp."], []),
         (["II. CHỈ TIÊU", "Các chỉ tiêu năm 2026 như sau:"], rows)], "Trần Văn Lộc")
    text = convert(path).text
    assert "Số: 19/KH-UBND" in text and "Trần Văn Lộc" in text
    assert "Nâng cao chất lượng đào tạo nghề gắn với nhu cầu doanh nghiệp." in text
    for row in rows:
        assert pipe(row) in text
    assert "...." not in text and text.count("II. CHỈ TIÊU") == 1


def test_a_table_of_contents_field_gives_no_text_whatever_the_style_of_its_entries(tmp_path):
    """Word's table of contents is a TOC field; its cached entries ("Chương I. … ⇥ 3", each page number a field of
    its own) may stand in the body's style, not Word's "toc" styles: they repeat the headings and are no text of
    the plan. The headings and the body stay, once each."""
    sections = [("Chương I. SỰ CẦN THIẾT", ["Tỷ lệ lao động qua đào tạo của tỉnh còn thấp."]),
                ("Chương II. MỤC TIÊU", ["Đến năm 2030, 100% cơ sở công lập hợp tác với doanh nghiệp."])]
    path = make_toc_field_docx(tmp_path / "thanhha-2026-de-an.docx", ["ĐỀ ÁN", "Nâng cao chất lượng đào tạo nghề"],
                               sections)
    text = convert(path).text
    assert text.count("Chương I. SỰ CẦN THIẾT") == 1 and text.count("Chương II. MỤC TIÊU") == 1
    assert "Đến năm 2030, 100% cơ sở công lập hợp tác với doanh nghiệp." in text
    assert "PAGEREF" not in text and not any(line.rstrip().endswith(("\t3", " 3", "\t4", " 4"))
                                             for line in text.splitlines())
    assert "MỤC LỤC" not in text  # its title goes with its entries


# A tracking sheet kept online and sent round as CSV (tỉnh Hòa Lạc, fictional): title rows in the first cell, a
# target block and a task block, each under its own header row, cells holding commas, quotes and line breaks.
TRACKING_ROWS = [
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA LẠC", "", "", "", ""],
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND NGÀY 20/01/2026", "", "", "", ""],
    ["PHẦN A. CHỈ TIÊU", "", "", "", ""],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện đến 20/5/2026"],
    ["1", "Tuyển sinh, đào tạo nghề", "Người", "21.500", "8.940"],
    ["2", "Tỷ lệ có việc làm sau đào tạo", "%", "75 - 80", ""],
    ["PHẦN B. NHIỆM VỤ", "", "", "", ""],
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
    ["1", 'Tổ chức "Ngày hội tư vấn tuyển sinh", hướng nghiệp', "Sở Giáo dục và Đào tạo",
     "Tỉnh đoàn;\nSở Nội vụ", "Quý II/2026"],
    ["2", "Khảo sát nhu cầu học nghề của lao động nông thôn", "Sở Nội vụ", "UBND các xã, phường", "trước 30/6/2026"],
]


def _tracking_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(TRACKING_ROWS)
    text = out.getvalue()
    path.write_bytes(_windows_1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def _windows_1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: a letter with its shape mark precomposed (â, ơ, ư, ă), its tone mark a
    combining character after it (Python's codec refuses precomposed "Ở")."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    letters = re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text), re.DOTALL)
    written = (unicodedata.normalize("NFC", "".join(c for c in g if c not in tones)) + "".join(c for c in g if c in tones)
               for g in letters)
    return "".join(written).encode("cp1258")


def test_a_tracking_sheet_exported_as_csv_reads_as_its_lines_and_tables(tmp_path):
    """Google Sheets' CSV: title rows are lines, each block a table under its own header row, a quoted cell read
    whole (its comma, its doubled quotes, its line break); the task table feeds the register like a Word table."""
    out = lines(convert(_tracking_csv(tmp_path / "hoalac-theo-doi.csv")).text)
    assert out[:3] == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA LẠC", TRACKING_ROWS[1][0], "PHẦN A. CHỈ TIÊU"]
    assert in_order(out, [pipe(TRACKING_ROWS[3]), pipe(TRACKING_ROWS[4]), pipe(TRACKING_ROWS[5]),
                          "PHẦN B. NHIỆM VỤ", pipe(TRACKING_ROWS[7])])  # the block's title over its own header
    assert any(line.startswith('| 1 | Tổ chức "Ngày hội tư vấn tuyển sinh", hướng nghiệp | Sở Giáo dục và Đào tạo |')
               for line in out)
    rows = {(r.agency, r.role, r.deadline) for r in register_of(convert(tmp_path / "hoalac-theo-doi.csv").text,
                                                                "hoalac-theo-doi.csv").responsibilities}
    assert ("Sở Nội vụ", "chủ trì", "trước 30/6/2026") in rows
    from index.structure import parse_structure  # each block under its title ("PHẦN B. …"), a part of the sheet

    parts = [s.title for s in parse_structure(normalize_text("\n".join(out))).children if s.kind == "part"]
    assert parts == ["PHẦN A. CHỈ TIÊU", "PHẦN B. NHIỆM VỤ"]


def test_a_csv_from_excel_in_a_vietnamese_locale_reads_alike(tmp_path):
    """Excel in a Vietnamese locale separates by semicolons (the comma is the decimal mark) and may write the
    Windows code page: the same sheet."""
    expected = convert(_tracking_csv(tmp_path / "a.csv")).text
    assert convert(_tracking_csv(tmp_path / "b.csv", ";", "cp1258")).text == expected
    assert convert(_tracking_csv(tmp_path / "c.csv", "\t", "utf-8-sig")).text == expected


def test_a_csv_that_is_no_sheet_is_named_with_its_reason(tmp_path):
    (tmp_path / "anh.csv").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0IHDR")
    with pytest.raises(DocumentError) as caught:
        convert(tmp_path / "anh.csv")
    assert str(caught.value) == "anh.csv: không đọc được bảng tính CSV .csv (tệp hỏng hoặc không phải CSV .csv)."


def test_a_booklet_laid_out_in_text_boxes_reads_every_box_once_in_page_order(tmp_path):
    """An enrolment booklet made in Word, its pages a school's boxes (name, trades and quotas, contacts) and a
    callout: most of its text stands in boxes, so each box is its text, read once (not its VML copy), top to bottom
    and left to right; a plan in its body still leaves a lone callout box out."""
    from tests.fixtures_docs import make_text_box_docx

    path = make_text_box_docx(tmp_path / "cam-nang.docx", [
        (["Lưu ý: hạn nộp hồ sơ đợt 1 là ngày 30/6/2027."], 700, 60),
        (["TRƯỜNG CAO ĐẲNG KỸ THUẬT TÂN VIÊN", "Địa chỉ: phường Đông Hà, tỉnh Tân Viên"], 60, 60),
        (["Ngành nghề tuyển sinh năm 2027:", "Điện công nghiệp: 120 chỉ tiêu, trình độ cao đẳng",
          "Hàn: 60 chỉ tiêu, trình độ trung cấp"], 160, 60),
        (["Học phí: miễn học phí cho học sinh tốt nghiệp THCS học trung cấp"], 160, 320),
    ], ["", "Trang 6"])
    text = lines(convert(path).text)
    assert text[:6] == ["TRƯỜNG CAO ĐẲNG KỸ THUẬT TÂN VIÊN", "Địa chỉ: phường Đông Hà, tỉnh Tân Viên",
                        "Ngành nghề tuyển sinh năm 2027:", "Điện công nghiệp: 120 chỉ tiêu, trình độ cao đẳng",
                        "Hàn: 60 chỉ tiêu, trình độ trung cấp",
                        "Học phí: miễn học phí cho học sinh tốt nghiệp THCS học trung cấp"]
    assert text.count("Điện công nghiệp: 120 chỉ tiêu, trình độ cao đẳng") == 1
    assert "Lưu ý: hạn nộp hồ sơ đợt 1 là ngày 30/6/2027." in text
    body = ["KẾ HOẠCH", "Tuyển sinh giáo dục nghề nghiệp tỉnh Tân Viên năm 2027",
            "I. MỤC TIÊU", "Tuyển sinh 31.400 người, trong đó trình độ cao đẳng, trung cấp 7.880 người.",
            "II. TỔ CHỨC THỰC HIỆN", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các trường tổ chức tuyển sinh."]
    plan = make_text_box_docx(tmp_path / "ke-hoach.docx", [(["Góp ý: xem lại số liệu"], 60, 400)], body)
    assert "Góp ý: xem lại số liệu" not in lines(convert(plan).text)
