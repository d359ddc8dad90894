"""A plan published as an EPUB e-book (.epub), hand-made here in the shapes two e-book tools write: a commune's
plan as Sigil writes it (chapter files named out of the reading order, a navigation document listing every
heading, a note in an ``<aside epub:type="footnote">`` after its paragraph, a table, a pop-up file off the spine)
and a Sở's guide as pandoc writes it (notes in an endnotes file, called by ``role="doc-noteref"`` links, with
"↩︎" back-links). Xã Hòa Phong of tỉnh Lạc Điền and everything in it are invented."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from index.converters import DocumentError, convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from tests.register_snippets import register_of

XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
         'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title>'
         '<link rel="stylesheet" href="../Styles/style.css"/></head><body>{body}</body></html>')

HEADER = (
    '<table class="header"><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ HÒA PHONG</p></td>'
    '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>'
    '<tr><td><p>Số: 41/KH-UBND</p></td><td><p>Hòa Phong, ngày 09 tháng 4 năm 2027</p></td></tr></table>'
    '<h1>KẾ HOẠCH</h1><p class="center">Đào tạo nghề cho lao động nông thôn xã Hòa Phong năm 2027</p>'
)
CHAPTER_1 = (
    '<h2>I. MỤC ĐÍCH, YÊU CẦU</h2><p>Nâng cao chất lượng lao động nông thôn của xã.</p>'
    '<h2>II. CHỈ TIÊU</h2>'
    '<p>1. Đào tạo nghề cho 180 lao động nông thôn, trong đó 60 lao động nữ.</p>'
    '<p>2. Mức hỗ trợ chi phí đào tạo 2.500.000 đồng/người/khóa<sup><a epub:type="noteref" '
    'href="#n1" id="r1">1</a></sup>.</p>'
    '<aside epub:type="footnote" id="n1"><p><a epub:type="backlink" href="#r1">1</a> Riêng người khuyết tật '
    'được hỗ trợ 4.000.000 đồng/người/khóa.</p></aside>'
    '<table><tr><th>Nghề đào tạo</th><th>Số lớp</th><th>Số học viên</th></tr>'
    '<tr><td>Trồng cây dược liệu</td><td>3</td><td>105</td></tr>'
    '<tr><td>Chăn nuôi gia cầm</td><td>2</td><td>75</td></tr></table>'
)
CHAPTER_2 = (
    '<h2>III. TỔ CHỨC THỰC HIỆN</h2>'
    '<p>1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trường Trung cấp Nông lâm Lạc Điền mở 05 lớp '
    'đào tạo nghề, hoàn thành trước ngày 30/11/2027.</p>'
    '<p>2. Hội Nông dân xã phối hợp tuyên truyền, vận động hội viên tham gia học nghề.</p>'
    '<table class="sign"><tr><td><p>Nơi nhận:</p><p>- UBND tỉnh;</p></td>'
    '<td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Đinh Văn Khải</p></td></tr></table>'
)
NAV = ('<nav epub:type="toc" id="toc"><h1>Mục lục</h1><ol><li><a href="Text/b_chuong1.xhtml">I. MỤC ĐÍCH, '
       'YÊU CẦU</a></li><li><a href="Text/b_chuong1.xhtml">II. CHỈ TIÊU</a></li><li><a href="Text/a_chuong2.xhtml">'
       'III. TỔ CHỨC THỰC HIỆN</a></li></ol></nav>')


def _epub(path: Path, pages: dict[str, str], spine: list[str], *, off_spine: tuple[str, ...] = (),
          encryption: str | None = None) -> Path:
    """An EPUB 3 as e-book tools write it: the mimetype first and stored, the package in OEBPS/, the manifest in
    file-name order, the spine in reading order (``off_spine`` pages listed with linear="no")."""
    items = "".join(f'<item id="{Path(name).stem}" href="{name}" media-type="application/xhtml+xml"/>'
                    for name in sorted(pages))
    refs = "".join(f'<itemref idref="{Path(name).stem}"/>' for name in spine)
    refs += "".join(f'<itemref idref="{Path(name).stem}" linear="no"/>' for name in off_spine)
    package = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
               'unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
               '<dc:title>Kế hoạch đào tạo nghề</dc:title><dc:language>vi</dc:language></metadata>'
               f'<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
               f'<item id="css" href="Styles/style.css" media-type="text/css"/>{items}</manifest>'
               f'<spine><itemref idref="nav"/>{refs}</spine></package>')
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        book.writestr("META-INF/container.xml",
                      '<?xml version="1.0"?><container version="1.0" '
                      'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                      'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                      '</container>', compress_type=zipfile.ZIP_DEFLATED)
        if encryption:
            book.writestr("META-INF/encryption.xml", encryption)
        book.writestr("OEBPS/content.opf", package, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/nav.xhtml", XHTML.format(title="Mục lục", body=NAV))
        book.writestr("OEBPS/Styles/style.css", "p { text-indent: 1em; }")
        for name, body in pages.items():
            book.writestr(f"OEBPS/{name}", XHTML.format(title=Path(name).stem, body=body),
                          compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture
def commune_plan(tmp_path: Path) -> Path:
    # the file names run against the reading order (Sigil keeps the names a chapter was created under)
    pages = {"Text/c_bia.xhtml": HEADER, "Text/b_chuong1.xhtml": CHAPTER_1, "Text/a_chuong2.xhtml": CHAPTER_2,
             "Text/z_popup.xhtml": '<p>Ghi chú: số liệu lao động theo rà soát tháng 3/2027.</p>'}
    spine = ["Text/c_bia.xhtml", "Text/b_chuong1.xhtml", "Text/a_chuong2.xhtml"]
    return _epub(tmp_path / "hoaphong-kh-dao-tao-nghe.epub", pages, spine, off_spine=("Text/z_popup.xhtml",))


def test_an_epub_is_read_in_its_spines_order_without_its_table_of_contents(commune_plan: Path):
    text = normalize_text(convert(commune_plan).text)
    lines = text.split("\n\n")
    heads = [lines.index(h) for h in ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. CHỈ TIÊU", "III. TỔ CHỨC THỰC HIỆN")]
    assert heads == sorted(heads)
    assert text.count("III. TỔ CHỨC THỰC HIỆN") == 1 and "Mục lục" not in text  # the navigation is not the book
    assert "Trồng cây dược liệu | 3 | 105" in text
    # a page the reading app shows only on demand still comes, after the book
    assert lines[-1] == "Ghi chú: số liệu lao động theo rà soát tháng 3/2027."


def test_an_epub_footnote_stands_where_it_is_called(commune_plan: Path):
    text = normalize_text(convert(commune_plan).text)
    assert ("2. Mức hỗ trợ chi phí đào tạo 2.500.000 đồng/người/khóa (Riêng người khuyết tật được hỗ trợ "
            "4.000.000 đồng/người/khóa.).") in text.split("\n\n")
    assert "khóa1" not in text and "[1]" not in text


def test_an_epub_plans_number_date_and_duties_are_read(commune_plan: Path):
    text = convert(commune_plan).text
    meta = extract_metadata(commune_plan.name, normalize_text(text))
    assert (meta.number, meta.date, meta.signer) == ("41/KH-UBND", "2027-04-09", "Đinh Văn Khải")
    rows = {(r.agency, r.role) for r in register_of(text, commune_plan.name).responsibilities}
    assert ("Công chức Văn hóa - Xã hội", "chủ trì") in rows
    assert ("Hội Nông dân", "phối hợp") in rows


def test_pandoc_endnotes_in_their_own_file_come_back_to_their_calls(tmp_path: Path):
    body = ('<h1>HƯỚNG DẪN</h1><p>Thời gian tiếp nhận hồ sơ là 05 ngày làm việc<a href="notes.xhtml#fn1" '
            'class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> kể từ ngày thông báo.</p>'
            '<p>Kinh phí do ngân sách tỉnh bảo đảm<a href="notes.xhtml#fn2" class="footnote-ref" id="fnref2" '
            'role="doc-noteref"><sup>2</sup></a>.</p>')
    notes = ('<section id="footnotes" class="footnotes" role="doc-endnotes" epub:type="footnotes"><hr/><ol>'
             '<li id="fn1"><p>Không kể ngày nghỉ lễ, Tết.<a href="ch001.xhtml#fnref1" class="footnote-back" '
             'role="doc-backlink">↩︎</a></p></li><li id="fn2"><p>Năm 2027 bố trí 1,2 tỷ đồng.'
             '<a href="ch001.xhtml#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>')
    pages = {"ch001.xhtml": body, "notes.xhtml": notes}
    book = _epub(tmp_path / "huong-dan.epub", pages, ["ch001.xhtml", "notes.xhtml"])
    lines = normalize_text(convert(book).text).split("\n\n")
    assert "Thời gian tiếp nhận hồ sơ là 05 ngày làm việc (Không kể ngày nghỉ lễ, Tết.) kể từ ngày thông báo." in lines
    assert "Kinh phí do ngân sách tỉnh bảo đảm (Năm 2027 bố trí 1,2 tỷ đồng.)." in lines
    assert not any("↩" in line for line in lines)


def test_an_epub_that_cannot_be_read_is_named_with_the_reason(tmp_path: Path):
    drm = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
           'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod '
           'Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></enc:EncryptedData></encryption>')
    locked = _epub(tmp_path / "khoa.epub", {"a.xhtml": "<p>Nội dung</p>"}, ["a.xhtml"], encryption=drm)
    with pytest.raises(DocumentError, match=r"khoa\.epub: .*DRM"):
        convert(locked)
    bare = tmp_path / "thieu.epub"
    with zipfile.ZipFile(bare, "w") as book:
        book.writestr("OEBPS/a.xhtml", "<p>Nội dung</p>")
    with pytest.raises(DocumentError, match=r"thieu\.epub: không phải tệp EPUB hợp lệ"):
        convert(bare)
    (tmp_path / "hong.epub").write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(DocumentError, match=r"hong\.epub: không phải tệp EPUB hợp lệ"):
        convert(tmp_path / "hong.epub")


def test_fonts_obfuscated_by_the_idpf_algorithm_do_not_lock_the_book(tmp_path: Path):
    fonts = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
             'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod '
             'Algorithm="http://www.idpf.org/2008/embedding"/></enc:EncryptedData></encryption>')
    book = _epub(tmp_path / "font.epub", {"a.xhtml": HEADER}, ["a.xhtml"], encryption=fonts)
    assert "Số: 41/KH-UBND" in convert(book).text


def test_notes_linked_by_their_number_alone_come_back_to_their_calls(tmp_path: Path):
    """A book converted from Word marks nothing: a call is a link showing the note's number, the note a paragraph
    that opens with a link back; a numbered link to a heading ("xem mục 3") is no note."""
    body = ('<h2 id="muc3">3. Hồ sơ</h2><p>Hồ sơ nộp tại UBND xã trong 05 ngày làm việc<a href="ghi-chu.xhtml#n1" '
            'id="r1">[1]</a> kể từ ngày khai giảng (xem mục <a href="#muc3">3</a>).</p>')
    notes = '<h2>Ghi chú</h2><p id="n1"><a href="ch1.xhtml#r1">[1]</a> Ngày làm việc không kể thứ Bảy, Chủ nhật.</p>'
    book = _epub(tmp_path / "word.epub", {"ch1.xhtml": body, "ghi-chu.xhtml": notes}, ["ch1.xhtml", "ghi-chu.xhtml"])
    lines = normalize_text(convert(book).text).split("\n\n")
    assert ("Hồ sơ nộp tại UBND xã trong 05 ngày làm việc (Ngày làm việc không kể thứ Bảy, Chủ nhật.) kể từ ngày "
            "khai giảng (xem mục 3).") in lines
    assert "3. Hồ sơ" in lines and not any(line.startswith("[") for line in lines)
