"""Plan files of every type, generated for the tests and the OCR benchmark.

Nothing here is a fake of a component: the .docx is written by python-docx,
the .pdf by fpdf2 or by LibreOffice from the .docx, the .doc by LibreOffice
from the .docx, and a scan is a PDF of page images drawn from a plan's text
(so its OCR output can be scored against the text that was drawn). Fonts are
the DejaVu files matplotlib ships (full Vietnamese), so no system font is
needed.
"""

from __future__ import annotations

import difflib
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

FONTS = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
SANS = FONTS / "DejaVuSans.ttf"
SERIF = FONTS / "DejaVuSerif.ttf"

PLAN = """ỦY BAN NHÂN DÂN
TỈNH {PROVINCE_UPPER}

Số: {number}/KH-UBND

{province}, ngày 10 tháng 4 năm 2024

KẾ HOẠCH

Đào tạo nghề cho lao động nông thôn tỉnh {province} năm 2024

I. MỤC TIÊU

1. Tuyển sinh đào tạo nghề cho {count} lao động nông thôn trong năm 2024.

2. Tỷ lệ người học có việc làm sau đào tạo đạt {rate}.

II. TỔ CHỨC THỰC HIỆN

1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2024.
"""

# Two A4 pages of a plan in the house style of the corpus, with the figures a reader would ask for.
SCANNED_PLAN = """ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN
Số: 52/KH-UBND
Đông Sơn, ngày 18 tháng 3 năm 2025
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Triển khai đồng bộ các giải pháp phát triển giáo dục nghề nghiệp gắn với nhu cầu của thị trường lao động, nâng cao chất lượng đào tạo nghề cho lao động nông thôn và người dân tộc thiểu số.
2. Yêu cầu
Các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố xác định rõ nhiệm vụ, tiến độ và sản phẩm; bảo đảm sử dụng kinh phí đúng mục đích, tiết kiệm, hiệu quả.
II. MỤC TIÊU NĂM 2025
1. Tuyển sinh, đào tạo giáo dục nghề nghiệp đạt 39.600 người, tăng 7,2% so với năm 2024; trong đó trình độ cao đẳng, trung cấp chiếm khoảng 19%.
2. Đào tạo nghề cho 12.500 lao động nông thôn, trong đó người dân tộc thiểu số chiếm tối thiểu 40%.
3. Tỷ lệ lao động qua đào tạo đạt 65,5%; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30,2%.
4. Tỷ lệ người tốt nghiệp có việc làm hoặc có thu nhập cao hơn sau đào tạo đạt 87%.
5. Có thêm 03 cơ sở giáo dục nghề nghiệp đạt tiêu chuẩn kiểm định chất lượng.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Rà soát, sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp theo hướng tinh gọn, hiệu quả; hoàn thành trong Quý III năm 2025.
2. Đổi mới nội dung, chương trình đào tạo; xây dựng mới ít nhất 40 bài giảng điện tử cho các nghề trọng điểm.
3. Đẩy mạnh tư vấn hướng nghiệp, tổ chức 18 phiên giao dịch việc làm trong năm 2025.
4. Huy động doanh nghiệp tham gia đào tạo, đặt hàng đào tạo cho 2.800 lao động đang làm việc tại các khu công nghiệp.
IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 17,8 tỷ đồng từ ngân sách tỉnh, lồng ghép với các chương trình mục tiêu quốc gia và nguồn huy động hợp pháp khác.
V. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 10 tháng 12 năm 2025.
2. Sở Tài chính chủ trì, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15 tháng 5 năm 2025.
3. Sở Nội vụ chủ trì tổng hợp nhu cầu tuyển dụng lao động của doanh nghiệp, gửi Sở Giáo dục và Đào tạo trước ngày 30 tháng 4 năm 2025.
4. Ủy ban nhân dân các huyện, thị xã, thành phố chủ trì khảo sát nhu cầu học nghề của lao động nông thôn trên địa bàn; hoàn thành trong Quý II năm 2025.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền, vận động hội viên tham gia học nghề.
Trên đây là Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Giáo dục và Đào tạo để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, giải quyết.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
"""


def plan_text(province: str, number: str, count: str, rate: str) -> str:
    return PLAN.format(PROVINCE_UPPER=province.upper(), province=province, number=number, count=count, rate=rate)


# ================================================================== Word and PDF


def make_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def make_alt_chunk_docx(path: Path, before: list[str], chunks: list[tuple[str, str, bytes]], after: list[str]) -> Path:
    """A Word file as a web e-office editor exports it: paragraphs ``before`` (the header), then each chunk
    ``(part name, content type, bytes)`` embedded whole and shown by Word in place (``w:altChunk``), then ``after``."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    for partname, content_type, blob in chunks:
        part = Part(PackURI(f"/word/{partname}"), content_type, blob, document.part.package)
        chunk = OxmlElement("w:altChunk")
        chunk.set(qn("r:id"), document.part.relate_to(part, AF_CHUNK))
        document.element.body.insert(len(document.element.body) - 1, chunk)  # before the section properties
    for line in after:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def make_content_control_docx(path: Path, number: str, toc: list[str], parts: list[tuple[list[str], list[list[str]]]],
                              signer: str) -> Path:
    """A plan as an e-office template writes it with Word content controls (``w:sdt``): the number and the signer
    in inline controls, a table of contents in a gallery control (its cached lines with page numbers), and each
    of ``parts`` (paragraphs, then a table's rows) inside a block-level control; one table row inside a row-level
    control, as a repeating-section template writes it."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def control(children: list, tag: str, gallery: str | None = None):
        sdt, properties, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
        alias = OxmlElement("w:tag")
        alias.set(qn("w:val"), tag)
        properties.append(alias)
        if gallery:
            part, kind = OxmlElement("w:docPartObj"), OxmlElement("w:docPartGallery")
            kind.set(qn("w:val"), gallery)
            part.append(kind)
            properties.append(part)
        sdt.append(properties)
        sdt.append(content)
        for child in children:
            content.append(child)
        return sdt

    def inline(paragraph, before: str, value: str, tag: str) -> None:
        paragraph.add_run(before)
        run = paragraph.add_run(value)._r
        paragraph._p.remove(run)
        paragraph._p.append(control([run], tag))

    document = docx.Document()
    body = document.element.body
    document.add_paragraph("ỦY BAN NHÂN DÂN TỈNH LỘC HÀ")
    inline(document.add_paragraph(), "Số: ", number, "SoKyHieu")
    document.add_paragraph("Lộc Hà, ngày 16 tháng 3 năm 2026")
    document.add_paragraph("KẾ HOẠCH")
    entries = [document.add_paragraph(line)._p for line in toc]
    for entry in entries:
        body.remove(entry)
    sectPr = body[-1]
    sectPr.addprevious(control(entries, "MucLuc", gallery="Table of Contents"))
    for paragraphs, rows in parts:
        elements = [document.add_paragraph(text)._p for text in paragraphs]
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows):
                for cell, value in zip(row.cells, values):
                    cell.text = value
            last = table._tbl.tr_lst[-1]
            table._tbl.remove(last)
            table._tbl.append(control([last], "Dong"))  # the last row in a row-level control
            elements.append(table._tbl)
        for element in elements:
            body.remove(element)
        sectPr.addprevious(control(elements, "NoiDung"))
    inline(document.add_paragraph(), "", signer, "NguoiKy")
    document.save(str(path))
    return path


def make_toc_field_docx(path: Path, title: list[str], sections: list[tuple[str, list[str]]]) -> Path:
    """An Đề án as Word writes it with a table of contents: after ``title``, "MỤC LỤC" and a TOC field whose cached
    entries ("heading ⇥ page", each page number a PAGEREF field of its own) are plain paragraphs in the body's
    style, then each section's heading (in Word's heading style) and its paragraphs."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(paragraph, kind: str) -> None:
        run, char = OxmlElement("w:r"), OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        paragraph._p.append(run)

    def instruction(paragraph, text: str) -> None:
        run, instr = OxmlElement("w:r"), OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = text
        run.append(instr)
        paragraph._p.append(run)

    document = docx.Document()
    for line in title:
        document.add_paragraph(line)
    document.add_paragraph("MỤC LỤC")
    for k, (heading, _) in enumerate(sections):
        entry = document.add_paragraph()
        if k == 0:
            field_char(entry, "begin")
            instruction(entry, ' TOC \\o "1-3" \\h \\z \\u ')
            field_char(entry, "separate")
        entry.add_run(f"{heading}\t")
        field_char(entry, "begin")
        instruction(entry, f" PAGEREF _Toc{k} \\h ")
        field_char(entry, "separate")
        entry.add_run(str(3 + k))
        field_char(entry, "end")
    field_char(document.add_paragraph(), "end")
    for heading, paragraphs in sections:
        document.add_paragraph(heading, style="Heading 1")
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def to_tcvn3(text: str, capitals: bool = False) -> str:
    """Unicode Vietnamese as an office typing in ".VnTime" stores it: each letter its TCVN3 code; for the capital
    font ".VnTimeH", the code of the lower-case letter (the font draws it as a capital)."""
    from index.legacy_fonts import from_tcvn3

    codes = {from_tcvn3(chr(c)): chr(c) for c in range(0xA1, 0xFF) if from_tcvn3(chr(c)) != chr(c)}
    return "".join(codes.get(ch, ch) for ch in (text.lower() if capitals else text))


def to_vni(text: str) -> str:
    """Unicode Vietnamese as an office typing in "VNI-Times" stores it: each letter its base and the code of its
    marks ("Kế hoạch" as "Keá hoaïch"); í ì ỉ ĩ ị and ỵ in one code, as VNI writes them."""
    from index.legacy_fonts import VNI_CODES

    codes = {letter: code for code, letter in sorted(VNI_CODES.items(), key=lambda item: -len(item[0]))}
    return "".join(codes.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# The fonts of a legacy-typed document: (body, capitals) and how each stores a letter.
LEGACY_FONTS = {"tcvn3": (".VnTime", ".VnTimeH"), "vni": ("VNI-Times", "VNI-Times")}


def _legacy_codes(text: str, encoding: str, capitals: bool) -> str:
    return to_vni(text) if encoding == "vni" else to_tcvn3(text, capitals)


def make_legacy_docx(path: Path, paragraphs: list[str], rows: list[list[str]] | None = None,
                     style_font: bool = False, encoding: str = "tcvn3") -> Path:
    """A plan typed with the legacy fonts (``encoding`` "tcvn3": an upper-case paragraph in ".VnTimeH", the rest
    and the table in ".VnTime"; "vni": all in "VNI-Times"), every letter stored as its legacy code; the body font
    set on the Normal style when ``style_font`` (as a template does), else on each run."""
    import docx

    body, capital_font = LEGACY_FONTS[encoding]
    document = docx.Document()
    if style_font:
        document.styles["Normal"].font.name = body

    def add(paragraph, text: str) -> None:
        capitals = text.isupper() and capital_font != body
        run = paragraph.add_run(_legacy_codes(text, encoding, capitals))
        if capitals or not style_font:
            run.font.name = capital_font if capitals else body

    for text in paragraphs:
        add(document.add_paragraph(), text)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                add(table.cell(r, c).paragraphs[0], value)
    document.save(str(path))
    return path


def make_text_box_docx(path: Path, boxes: list[tuple[list[str], int, int]], paragraphs: list[str]) -> Path:
    """A .docx made from a template that sets its header in floating text boxes: each box (its lines, top and left
    offsets in points) anchored in the first paragraph, written as Word writes one: a drawing (``wps:txbx``) inside
    ``mc:AlternateContent`` with a VML copy (``v:textbox``) as the fallback for old readers; then the body."""
    import docx
    from docx.oxml import parse_xml

    names = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml"')

    def content(lines: list[str]) -> str:
        return "<w:txbxContent>" + "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
                                           for line in lines) + "</w:txbxContent>"

    document = docx.Document()
    first = document.add_paragraph(paragraphs[0])
    for n, (lines, top, left) in enumerate(boxes, 1):
        first._p.append(parse_xml(
            f'<w:r {names}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" behindDoc="0" '
            f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{left * 12700}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{top * 12700}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="2743200" cy="457200"/><wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content(lines)}</wps:txbx><wps:bodyPr/>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:{left}pt;margin-top:{top}pt;'
            f'width:216pt;height:36pt"><v:textbox>{content(lines)}</v:textbox></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>'))
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_footnoted_docx(path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    """A .docx whose paragraphs may carry a real Word footnote (text, its note or None): python-docx has no
    footnote API, so the footnotes part, its relationship and each mark are written as Word writes them."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = Document()
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>']
    for text, note in paragraphs:
        paragraph = document.add_paragraph(text)
        if note is None:
            continue
        number = len(notes) - 1
        run = paragraph.add_run()
        mark = OxmlElement("w:footnoteReference")
        mark.set(qn("w:id"), str(number))
        run._r.append(mark)
        notes.append(f'<w:footnote w:id="{number}"><w:p><w:r><w:t xml:space="preserve">{note}</w:t></w:r></w:p>'
                     '</w:footnote>')
    blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">{"".join(notes)}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))
    return path


def make_numbered_docx(path: Path, paragraphs: list[tuple[int | None, str]], heading_style: bool = False) -> Path:
    """A Word file whose headings are numbered by Word's list numbering, not typed: ``(level, text)``
    pairs, level 0 "I.", 1 "1.", 2 "a)" (None: a plain paragraph). With ``heading_style`` the top level
    takes its number from the "Heading 1" style tied to the list, as house templates do."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    formats = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def number(element, level: int) -> None:
        ppr = element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    if heading_style:
        number(document.styles["Heading 1"].element, 0)
    for level, text in paragraphs:
        if level == 0 and heading_style:
            document.add_paragraph(text, style="Heading 1")
            continue
        paragraph = document.add_paragraph(text)
        if level is not None:
            number(paragraph._p, level)
    document.save(str(path))
    return path


def make_pdf(path: Path, text: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


def make_closing_pdf(path: Path, body: list[str], recipients: list[str], signer: list[str]) -> Path:
    """A one-column PDF whose closing block stands as Word prints its borderless two-cell table: ``recipients`` in
    the left half at 5 mm a line, the ``signer``'s block in the right half at 7 mm a line, its lines falling between
    the recipients' (a recipient may be printed on two lines, "- Ban Quản lý các khu công nghiệp / tỉnh;")."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=11)
    for line in body:
        pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 6
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for k, line in enumerate(recipients):
        pdf.set_xy(pdf.l_margin, top + 5 * k)
        pdf.cell(half - 4, 5, line)
    for k, line in enumerate(signer):
        pdf.set_xy(pdf.l_margin + half, top + 2 + 7 * k)
        pdf.cell(half, 5, line, align="C")
    pdf.output(str(path))
    return path


def make_attached_pdf(path: Path, body: list[str], attachments: list[tuple[str, bytes, bool]],
                      panel: bool = True) -> Path:
    """A PDF of ``body`` carrying files as an e-office system attaches them: each (name, bytes, on_page) in the
    document's attachments panel (its ``/EmbeddedFiles``), and as a paperclip on the page when ``on_page``;
    without ``panel`` the files stand only as paperclips (fpdf2 lists them all in the panel, so its key is
    renamed)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=11)
    for line in body:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for n, (name, data, on_page) in enumerate(attachments):
        if on_page:
            attached = path.with_name(f"{path.stem}-{n}") / name
            attached.parent.mkdir(exist_ok=True)
            attached.write_bytes(data)
            pdf.file_attachment_annotation(attached, x=20 + 10 * n, y=pdf.get_y() + 4, w=6, h=8)
        else:
            pdf.embed_file(bytes=data, basename=name, desc=name)
    pdf.output(str(path))
    if not panel:
        path.write_bytes(path.read_bytes().replace(b"/EmbeddedFiles", b"/XmbeddedFiles"))
    return path



@dataclass
class FormField:
    """A field of a PDF form: where it stands (mm from the page's top left, on page ``page``), its value as filled
    in, and its kind ("text", "multiline" or "check"; a check box's value is "Yes" or "Off")."""

    name: str
    x: float
    y: float
    w: float
    h: float
    value: str
    # "typed": a value typed with a PDF editor's typewriter tool, a free-text annotation; "note": a sticky note
    kind: str = "text"
    page: int = 0
    appearance: bool = True
    parent: bool = False  # the field's name, kind and value on a field above its widget (the widget a kid of it)


def make_form_pdf(path: Path, pages: list[list[tuple[float, float, str]]], fields: list[FormField]) -> Path:
    """A fillable form filled in a viewer and saved: fpdf2 prints the form's labels (``pages``: (x mm, y mm, text)
    each), and the save appends an incremental update, as a viewer writes one, holding each field as a widget
    annotation with its value (/V, a check box's /AS), the catalog's /AcroForm and each page's /Annots. The values
    stand in no page's content stream; a field with ``appearance`` gets an appearance stream showing its value."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=10)
    for labels in pages:
        pdf.add_page()
        for x, y, text in labels:
            pdf.set_xy(x, y)
            pdf.cell(0, 5, text)
    pdf.output(str(path))
    data = path.read_bytes()
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as handle:
        document = PDFDocument(PDFParser(handle))
        page_ids = [page.pageid for page in PDFPage.create_pages(document)]
        root_id = document.catalog_ref.objid if hasattr(document, "catalog_ref") else None
    root_id = root_id or int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    pt = 72 / 25.4
    height = 297 * pt
    objects: dict[int, bytes] = {}

    def text_string(value: str) -> bytes:
        return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"

    widgets: dict[int, list[int]] = {}
    top_fields: list[int] = []
    for f in fields:
        rect = f"[{f.x * pt:.2f} {height - (f.y + f.h) * pt:.2f} {(f.x + f.w) * pt:.2f} {height - f.y * pt:.2f}]"
        number = size + len(objects)
        if f.kind in ("typed", "note"):  # no field: an annotation of the page, its text in /Contents
            subtype = b"/FreeText /IT /FreeTextTypewriter" if f.kind == "typed" else b"/Text"
            # its author in PDFDocEncoding, as editors write a Latin name ("Cán bô xã"): neither UTF-8 nor UTF-16
            objects[number] = (b"<< /Type /Annot /Subtype " + subtype + b" /F 4 /T (C\xe1n b\xf4 x\xe3)"
                               b" /Contents " + text_string(f.value) + b" /DA (/Helv 10 Tf 0 0 1 rg)"
                               + f" /Rect {rect} /P {page_ids[f.page]} 0 R >>".encode())
            widgets.setdefault(page_ids[f.page], []).append(number)
            continue
        if f.kind == "check":
            state = "/Yes" if f.value == "Yes" else "/Off"
            body = f"/FT /Btn /V {state} /AS {state}".encode()
        else:
            flags = " /Ff 4096" if f.kind == "multiline" else ""
            body = b"/FT /Tx /V " + text_string(f.value) + f" /DA (/Helv 10 Tf 0 g){flags}".encode()
        appearance = b""
        if f.appearance and f.kind != "check":
            stream = b"/Tx BMC BT /Helv 10 Tf 2 3 Td (" + f.value.encode("ascii", "replace") + b") Tj ET EMC"
            objects[number + 1] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Length %d >>\nstream\n"
                                   % (int(f.w * pt), int(f.h * pt), len(stream)) + stream + b"\nendstream")
            appearance = b" /AP << /N %d 0 R >>" % (number + 1)
        widget = f" /Rect {rect} /P {page_ids[f.page]} 0 R".encode() + appearance
        if f.parent:
            field = size + len(objects) + 1
            objects[field] = b"<< /T " + text_string(f.name) + b" " + body + b" /Kids [%d 0 R] >>" % number
            objects[number] = b"<< /Type /Annot /Subtype /Widget /F 4 /Parent %d 0 R" % field + widget + b" >>"
            top_fields.append(field)
        else:
            top_fields.append(number)
            objects[number] = b"<< /Type /Annot /Subtype /Widget /F 4 /T " + text_string(f.name) + b" " + body \
                + widget + b" >>"
        widgets.setdefault(page_ids[f.page], []).append(number)
    form = size + len(objects) + 1
    fields_refs = " ".join(f"{n} 0 R" for n in top_fields)
    if top_fields:
        objects[form] = f"<< /Fields [{fields_refs}] /NeedAppearances true /DA (/Helv 0 Tf 0 g) >>".encode()

    def amended(objid: int, extra: bytes) -> bytes:
        body = re.search(rb"(?<![0-9])%d 0 obj\s*(.*?)\s*endobj" % objid, data, re.DOTALL).group(1).strip()
        return body[:-2].rstrip() + b" " + extra + b" >>"

    for page_id, refs in widgets.items():
        objects[page_id] = amended(page_id, f"/Annots [{' '.join(f'{n} 0 R' for n in refs)}]".encode())
    if top_fields:
        objects[root_id] = amended(root_id, f"/AcroForm {form} 0 R".encode())
    update = bytearray(b"\n")
    offsets = {}
    for objid in sorted(objects):
        offsets[objid] = len(data) + len(update)
        update += b"%d 0 obj\n" % objid + objects[objid] + b"\nendobj\n"
    xref = len(data) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"
    for objid in sorted(offsets):
        update += b"%d 1\n%010d 00000 n \n" % (objid, offsets[objid])
    update += (b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
               % (max(objects) + 1, root_id, previous, xref))
    path.write_bytes(data + bytes(update))
    return path

def make_unruled_table_pdf(path: Path, before: list[str], rows: list[list[str]], after: list[str],
                           widths: list[int], *, top_aligned: bool = False, running: str = "",
                           padding: float = 0.0, aligns: tuple[str, ...] = ()) -> Path:
    """A plan whose table is printed without any rules (no grid, no borders, no shading): columns set by position
    only, cells wrapped over several lines, centred in their row unless ``top_aligned``, the header row repeated
    on each page; ``padding`` (mm) above and below each cell's text. ``rows[0]`` is the header; a row of one cell
    is a group row merged across the table. ``running``: a header line on every page, with "Trang n" at its
    foot. ``aligns``: each column's alignment ("LEFT", "CENTER", "RIGHT"), all left by default."""
    from fpdf import FPDF
    from fpdf.enums import TableBordersLayout, VAlign

    class Document(FPDF):
        def header(self) -> None:
            if running:
                self.set_font("DejaVu", size=8)
                self.cell(0, 5, running, new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            if running:
                self.set_y(-12)
                self.set_font("DejaVu", size=8)
                self.cell(0, 5, f"Trang {self.page_no()}", align="C")

    pdf = Document()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.add_font("DejaVu", style="B", fname=str(SANS.with_name("DejaVuSans-Bold.ttf")))
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for text in before:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=9)
    with pdf.table(borders_layout=TableBordersLayout.NONE, col_widths=widths, line_height=4.5, text_align=aligns or "LEFT",
                   v_align=VAlign.T if top_aligned else VAlign.M, padding=(padding, 1, padding, 1)) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value, colspan=len(widths) if len(values) == 1 else 1)
    pdf.set_font("DejaVu", size=11)
    for text in after:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_legacy_pdf(path: Path, paragraphs: list[str], rows: list[list[str]] | None = None,
                    encoding: str = "tcvn3") -> Path:
    """A PDF printed from a document typed in the legacy fonts: the glyphs' fonts named as the document's (".VnTime"
    and ".VnTimeH", or "VNI-Times", as a printer embeds them), each letter drawn from its legacy code, upper-case
    paragraphs in the capital font; ``rows`` as a ruled table."""
    from fpdf import FPDF

    body, capital_font = LEGACY_FONTS[encoding]
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("body", fname=str(SANS))
    pdf.add_font("capitals", fname=str(SANS.with_name("DejaVuSans-Bold.ttf")))
    pdf.fonts["body"].name, pdf.fonts["capitals"].name = body, capital_font  # the name a reader sees
    for text in paragraphs:
        capitals = text.isupper()
        pdf.set_font("capitals" if capitals else "body", size=12)
        pdf.multi_cell(0, 7, _legacy_codes(text, encoding, capitals and capital_font != body), new_x="LMARGIN",
                       new_y="NEXT")
    if rows:
        pdf.set_font("body", size=11)
        with pdf.table(first_row_as_headings=False) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(_legacy_codes(value, encoding, False))
    pdf.output(str(path))
    return path


def make_small_print_pdf(path: Path, lines: list[str], size: float = 9, gap: float = 0.28) -> Path:
    """Lines in small print whose words are placed one by one, ``gap`` em apart and no space glyph between them,
    as a typesetter justifies a narrow column."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=size)
    for y, line in enumerate(lines, start=1):
        x = 15.0
        for word in line.split():
            pdf.text(x, 15 + 5 * y, word)
            x += pdf.get_string_width(word) + gap * size / pdf.k
    pdf.output(str(path))
    return path


def make_spaced_pdf(path: Path, lines: list[tuple[str, float]], *, space_glyphs: bool = True) -> Path:
    """A PDF page of lines, each set with its letter spacing in points (Word's "Spacing: Expanded by 3 pt" for
    a title or a part heading). Without space glyphs each word is placed on its own, as some PDF writers do."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_font("DejaVu", size=13)
    for y, (line, spacing) in enumerate(lines, start=1):
        pdf.set_char_spacing(spacing)
        if space_glyphs:
            pdf.text(15, 12 * y, line)
            continue
        x = 15.0
        for word in line.split():
            pdf.text(x, 12 * y, word)
            x += pdf.get_string_width(word) + pdf.get_string_width(" ") + spacing / pdf.k * 2
    pdf.output(str(path))
    return path


def _two_column_header(pdf, header: tuple[list[str], list[str]], line: float, gap: float, right: float = 0) -> None:
    """The national header in two columns (issuing body | motto, ``right`` wide, 0 to the margin), the cursor left
    ``gap`` under it."""
    top = pdf.get_y()
    pdf.multi_cell(80, line, "\n".join(header[0]), align="C")
    pdf.set_xy(95, top)
    pdf.multi_cell(right, line, "\n".join(header[1]), align="C")
    pdf.set_xy(pdf.l_margin, top + line * max(map(len, header)) + gap)


def make_signed_pdf(path: Path, header: tuple[list[str], list[str]], body: list[str], stamps: list[list[str]],
                    note: str) -> Path:
    """A PDF as a province's document system issues a digitally signed plan: its header in two columns, the
    first stamp ("Ký bởi: …", "Thời gian ký: …", set in 7 pt) drawn over the header's right column, the second
    over the signature block (after the body line "@STAMP"), and on every page the signed copy's ``note`` and
    "Trang X/Y" in grey at the foot."""
    from fpdf import FPDF

    class Signed(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.set_text_color(128)
            self.cell(0, 4, note, align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, f"Trang {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0)

    def stamp(x: float, y: float, lines: list[str]) -> None:
        pdf.set_font("DejaVu", size=7)
        pdf.set_draw_color(200, 0, 0)
        pdf.rect(x, y, 62, 4 * len(lines) + 2)
        for i, line in enumerate(lines):
            pdf.text(x + 1.5, y + 4 + 4 * i, line)
        pdf.set_font("DejaVu", size=12)

    pdf = Signed()
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    _two_column_header(pdf, header, 6, 8, 105)
    stamp(140, 4, stamps[0])
    pdf.set_font("DejaVu", size=12)
    for line in body:
        if line == "@STAMP":
            stamp(110, pdf.get_y() - 18, stamps[1])
            continue
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, 7, line)
    pdf.output(str(path))
    return path


def _running_pdf(running: str, first_number: int, alternate: bool, cover: bool = False):
    """A gazette's pages in DejaVu, each (but a ``cover``) under a ruled running line: ``running`` and the page
    number (the first page's is ``first_number``), the sides swapping on even pages when ``alternate``."""
    from fpdf import FPDF

    class Running(FPDF):
        def header(self) -> None:
            if cover and self.page_no() == 1:
                return
            self.set_font("DejaVu", size=8)
            number = str(first_number - 1 + self.page_no())
            left, right = (number, running) if alternate and not self.page_no() % 2 else (running, number)
            self.cell(95, 5, left, align="L")
            self.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(self.get_y() + 4)
            self.set_font("DejaVu", size=10)

    pdf = Running()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.add_font("DejaVu", style="B", fname=str(SANS.with_name("DejaVuSans-Bold.ttf")))
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def make_gazette_pdf(path: Path, header: tuple[list[str], list[str]], title: list[str], body: list[str],
                     running: str, rows: list[list[str]] | None = None, after: int = 0) -> Path:
    """A plan as a province's gazette reprints it: each page under a running line (``running`` on one side, the
    gazette's page number on the other, the sides swapping on even pages), the header in two columns and the
    title across the page, then the body in TWO justified columns, each read top to bottom, paragraphs running
    on from the foot of the left column to the head of the right one and onto the next page; ``rows`` a ruled
    table across the page after the first ``after`` paragraphs."""
    pdf = _running_pdf(running, first_number=41, alternate=True)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    _two_column_header(pdf, header, 5, 4)
    pdf.multi_cell(0, 6, "\n".join(title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def columns(paragraphs: list[str]) -> None:
        with pdf.text_columns(ncols=2, gutter=8, text_align="J", l_margin=pdf.l_margin) as cols:
            for paragraph in paragraphs:
                cols.write(text=paragraph + "\n")

    columns(body[:after] if rows else body)
    if rows:
        pdf.ln(2)
        with pdf.table() as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
        pdf.ln(2)
        columns(body[after:])
    pdf.output(str(path))
    return path


def make_gazette_issue_pdf(path: Path, masthead: list[str], contents: list[list[str]],
                           documents: list[tuple[tuple[list[str], list[str]], list[str], list[str]]],
                           running: str) -> Path:
    """An issue of a province's gazette: its masthead and contents table on the first page, then each document it
    prints (header in two columns, title across the page, body and signature in TWO columns) from a page of its
    own, every page after the first under a running line (``running`` and the page number)."""
    pdf = _running_pdf(running, first_number=1, alternate=False, cover=True)
    pdf.add_page()
    pdf.set_font("DejaVu", size=16)
    pdf.multi_cell(0, 9, "\n".join(masthead), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.ln(4)
    with pdf.table(col_widths=(25, 140, 20)) as table:
        for row in contents:
            cells = table.row()
            for value in row:
                cells.cell(value)
    for header, title, body in documents:
        pdf.add_page()
        _two_column_header(pdf, header, 5, 4)
        pdf.multi_cell(0, 6, "\n".join(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        with pdf.text_columns(ncols=2, gutter=8, text_align="L", l_margin=pdf.l_margin) as cols:
            for paragraph in body:
                cols.write(text=paragraph + "\n")
    pdf.output(str(path))
    return path


def make_column_table_pdf(path: Path, running: str, left: list[str], table: list[list[str]], split: int,
                          right: list[str]) -> Path:
    """A gazette's even page in two columns: the page number on the left of its running line and ``running`` on the
    right; the left column's paragraphs, then a ruled ``table`` in that column whose rows after the first ``split``
    run on at the head of the right column under its header repeated, then the right column's paragraphs."""
    pdf = _running_pdf(running, first_number=3, alternate=True)
    pdf.add_page()
    top, width, gutter = pdf.get_y(), (pdf.w - pdf.l_margin - pdf.r_margin - 8) / 2, 8
    for column, (lines, rows) in enumerate(((left, table[:split]), (right, [table[0], *table[split:]]))):
        margin = pdf.l_margin + column * (width + gutter)
        pdf.set_left_margin(margin)
        pdf.set_right_margin(pdf.w - margin - width)
        pdf.set_xy(margin, top)
        if column == 0:
            for line in lines:
                pdf.multi_cell(width, 5, line, align="J", new_x="LMARGIN", new_y="NEXT")
        with pdf.table(width=width, align="LEFT", line_height=5) as grid:
            for row in rows:
                cells = grid.row()
                for value in row:
                    cells.cell(value)
        if column == 1:
            for line in lines:
                pdf.multi_cell(width, 5, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


TARGET_ROWS = [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "Người", "39.600", "42.000"],
    ["2", "Đào tạo nghề cho lao động nông thôn", "Người", "12.500", "13.000"],
    ["3", "Tỷ lệ lao động qua đào tạo", "%", "65,5", "75"],
]
TASK_HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
TASK_ROWS = [
    ["1", "Khảo sát nhu cầu học nghề", "UBND các huyện", "Sở Nội vụ", "Quý II/2025", "Báo cáo khảo sát"],
    ["2", "Phân bổ dự toán 17,8 tỷ đồng", "Sở Tài chính", "Sở GD&ĐT", "Trước 15/5/2025", "Quyết định giao dự toán"],
]


def _layout_table(document, left: list[str], right: list[str]) -> None:
    """A borderless 1×2 table of stacked lines, as Word plans place the national header and the signature."""
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def make_plan_docx(path: Path) -> Path:
    """A Word plan with the shapes that matter: layout header and signature, a target table with a
    two-row merged header, and a task table in a landscape section."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = docx.Document()
    _layout_table(document, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "Số: 52/KH-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Đông Sơn, ngày 18 tháng 3 năm 2025"])
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025")
    document.add_paragraph("1. Biểu chỉ tiêu chủ yếu")
    table = document.add_table(rows=2 + len(TARGET_ROWS), cols=5)
    table.style = "Table Grid"
    for c, title in enumerate(["TT", "Chỉ tiêu", "Đơn vị"]):
        table.cell(0, c).merge(table.cell(1, c)).text = title
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Mục tiêu"
    table.cell(1, 3).text, table.cell(1, 4).text = "Năm 2025", "Năm 2030"
    for r, row in enumerate(TARGET_ROWS, start=2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("2. Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch.")
    _layout_table(document, ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
                  ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Bình"])

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("PHỤ LỤC: NHIỆM VỤ CỤ THỂ")
    tasks = document.add_table(rows=1 + len(TASK_ROWS), cols=len(TASK_HEADER))
    tasks.style = "Table Grid"
    for r, row in enumerate([TASK_HEADER] + TASK_ROWS):
        for c, value in enumerate(row):
            tasks.cell(r, c).text = value
    document.add_paragraph("Tổng số: 2 nhiệm vụ.")  # Word always ends a document with a paragraph
    document.save(str(path))
    return path


def soffice_convert(source: Path, fmt: str, out_dir: Path) -> Path:
    """LibreOffice's conversion of a file (docx → doc or pdf), with its own profile."""
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [shutil.which("soffice") or "soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    return out_dir / f"{source.stem}.{fmt}"


# ================================================================== web pages

_SITE_TOP = """<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>Kế hoạch 52/KH-UBND 2025 phát triển giáo dục nghề nghiệp</title>
<style>.content1 p {{ margin: 0 }}</style><script>var banner = "<p>Quảng cáo</p>";</script></head>
<body><header><nav><ul><li><a href="/">Trang chủ</a></li><li>Văn bản pháp luật</li></ul></nav>
<form action="/tim"><input name="q"><button>Tìm kiếm</button></form></header>
<div class="breadcrumb">Trang chủ &gt; Văn bản &gt; Giáo dục</div>
<div class="ads-box" id="ad-top">Quảng cáo: phần mềm nhân sự, giảm 30% <a href="https://ads.example.vn">Xem ngay</a></div>
<table class="meta"><tr><td>Số hiệu:</td><td>52/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>
<tr><td>Nơi ban hành:</td><td>Tỉnh Đông Sơn</td><td>Người ký:</td><td>Nguyễn Văn Bình</td></tr></table>
<div class="content1">
"""
_SITE_BOTTOM = """</div>
<p class="hidden-print" style="display: none">Đăng nhập để tải về</p>
<footer><p>Văn bản liên quan</p><p>Bản quyền thuộc Thư viện Văn bản</p></footer></body></html>
"""


def _cells(tag: str, row: list[str], spans: dict[int, str] | None = None) -> str:
    return "<tr>" + "".join(f"<{tag}{(spans or {}).get(i, '')}>{v}</{tag}>" for i, v in enumerate(row)) + "</tr>"


def make_plan_html(path: Path, *, charset: str = "utf-8", decomposed: bool = False) -> Path:
    """The Word plan of `make_plan_docx` as a legal-document site shows it, saved as HTML: the site's menus,
    form, script and footer around it, a metadata table, the header and signature in borderless tables,
    tables with rowspan/colspan, a line broken by <br>, entities; optionally in a legacy charset or with
    decomposed diacritics (as pages made on a Mac have them)."""
    header = ("<table><tr><td><p><b>ỦY BAN NHÂN DÂN<br>TỈNH ĐÔNG SƠN</b></p><p>Số: 52/KH-UBND</p></td>"
              "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh ph&uacute;c</b></p>"
              "<p><i>Đông Sơn, ngày 18 tháng 3 năm 2025</i></p></td></tr></table>")
    target = ('<table border="1" cellspacing="0"><thead>'
              + _cells("th", ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu"],
                       {0: ' rowspan="2"', 1: ' rowspan="2"', 2: ' rowspan="2"', 3: ' colspan="2"'})
              + _cells("th", ["Năm 2025", "Năm 2030"]) + "</thead><tbody>"
              + "".join(_cells("td", row) for row in TARGET_ROWS) + "</tbody></table>")
    signature = ("<table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</p></td>"
                 "<td><p><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b></p><p>&nbsp;</p><p><b>Nguyễn Văn Bình</b></p></td></tr></table>")
    tasks = ('<table style="border-collapse: collapse; border: 1px solid black">'
             + _cells("td", TASK_HEADER) + "".join(_cells("td", row) for row in TASK_ROWS) + "</table>")
    body = (header + '<p align="center"><b>KẾ HOẠCH</b></p>'
            '<p align="center"><b>Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025</b></p>'
            "<p><b>1. Biểu chỉ tiêu chủ yếu</b></p>" + target
            + "<p>2. Sở Giáo dục và Đào tạo chủ trì<br>triển khai Kế hoạch.<sup>1</sup></p>" + signature
            + "<p><b>PHỤ LỤC: NHIỆM VỤ CỤ THỂ</b></p>" + tasks + "<p>Tổng số: 2 nhiệm vụ.</p>")
    if decomposed:
        import unicodedata

        body = unicodedata.normalize("NFD", body)
    page = _SITE_TOP.format(charset=charset) + body + _SITE_BOTTOM
    path.write_bytes(b"".join(_encoded(c, charset) for c in page))
    return path


def _encoded(char: str, charset: str) -> bytes:
    """A character in the charset; Windows-1258 holds "ế" as "ê" and a combining tone mark."""
    import unicodedata

    try:
        return char.encode(charset)
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", char)
        shape = [m for m in parts[1:] if m in "\u0302\u0306\u031b"]  # circumflex, breve, horn: in the letter
        tones = [m for m in parts[1:] if m not in shape]
        return (unicodedata.normalize("NFC", parts[0] + "".join(shape)) + "".join(tones)).encode(charset)


# ================================================================== scans

DPI = 200
PAGE = (int(8.27 * DPI), int(11.69 * DPI))  # A4
MARGIN = int(0.9 * DPI)
FONT_PX = 34  # about 12 pt at 200 dpi
LINE_PX = 48


def _wrap(text: str, width: int, font, draw) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines


def render_scan(path: Path, text: str, *, noisy: bool = True, max_pages: int | None = None, font: Path = SERIF,
                skew: float | None = None, pipe_rows: bool = False, photographed: float | None = None,
                seal: str | None = None, turned: dict[int, int] | None = None):
    """Draw a plan's lines on A4 pages and save them as an image-only PDF, like a scanner would.

    Lines starting with "|" are drawn as a ruled table row. ``noisy`` adds
    what a scanner adds: a slight skew (``skew`` degrees, else a random one
    under 0.4°), blur and speckles; ``photographed`` (degrees) makes each page a
    phone's photo instead (`_photographed`). Returns, for each page, the lines as
    printed (the ground truth an OCR is scored on); with ``pipe_rows`` a
    table row is one line ``| a | b |`` of its cells, as the OCR gives it.
    ``seal`` stamps a red round seal with that text over the last lines of the
    last page (the signer's name), as a signed plan is scanned in colour. ``turned`` (page index → degrees
    counter-clockwise) stores those pages turned, as a feeder does with a landscape page (90: its text runs
    bottom to top) or a sheet fed upside down (180), with nothing in the PDF to say so.
    """
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(str(font), FONT_PX)
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    width = PAGE[0] - 2 * MARGIN
    pages: list = []
    truth: list[list[str]] = []
    y = PAGE[1]

    def room(height: int) -> ImageDraw.ImageDraw:
        nonlocal y
        if y + height > PAGE[1] - MARGIN:
            pages.append(Image.new("L", PAGE, 255))
            truth.append([])
            y = MARGIN
        return ImageDraw.Draw(pages[-1])

    for raw in (line.strip() for line in text.splitlines()):
        if not raw:
            continue
        if raw.startswith("|"):
            cells = [c.strip() for c in raw.strip("|").split("|")]
            col = width // len(cells)
            wrapped = [_wrap(c, col - 16, face, measure) or [""] for c in cells]
            height = max(len(w) for w in wrapped) * LINE_PX + 12
            draw = room(height)
            for i, lines in enumerate(wrapped):
                draw.rectangle([MARGIN + i * col, y, MARGIN + (i + 1) * col, y + height], outline=0, width=2)
                for k, line in enumerate(lines):
                    draw.text((MARGIN + i * col + 8, y + 6 + k * LINE_PX), line, font=face, fill=0)
            if pipe_rows:
                truth[-1].append("| " + " | ".join(" ".join(w) for w in wrapped) + " |")
            else:
                for k in range(max(len(w) for w in wrapped)):
                    truth[-1].append(" ".join(w[k] for w in wrapped if k < len(w) and w[k]))
            y += height
        else:
            for line in _wrap(raw, width, face, measure):
                room(LINE_PX).text((MARGIN, y), line, font=face, fill=0)
                truth[-1].append(line)
                y += LINE_PX
        if max_pages and len(pages) > max_pages:
            pages.pop()
            truth.pop()
            break
    if seal:
        pages = [page.convert("RGB") for page in pages]
        _stamp(pages[-1], seal, (MARGIN + 150, y - LINE_PX))
    if photographed is not None:
        pages = [_photographed(page, photographed * (-1) ** i) for i, page in enumerate(pages)]
    elif noisy:
        rng = random.Random(7)
        pages = [_scanned(page, rng, skew) for page in pages]
    pages = [page.rotate((turned or {}).get(i, 0), expand=True) for i, page in enumerate(pages)]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=DPI)
    return truth


def table_picture(rows: list[list[str]], scale: float = 1.0):
    """A ruled table drawn as a picture (a screenshot of a spreadsheet pasted into Word): the header row bold,
    one-pixel rules at screen scale (``scale`` 0.45: about 96 dpi against the scans' 200)."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(str(SANS), round(FONT_PX * scale))
    bold = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), round(FONT_PX * scale))
    line, pad, rule = round(LINE_PX * scale), round(8 * scale), max(1, round(2 * scale))
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    width = round((PAGE[0] - 2 * MARGIN) * scale)
    col = width // len(rows[0])
    wrapped = [[_wrap(c, col - 2 * pad, bold if r == 0 else face, measure) or [""] for c in row]
               for r, row in enumerate(rows)]
    heights = [max(len(w) for w in row) * line + 2 * pad for row in wrapped]
    image = Image.new("L", (width + 2 * pad, sum(heights) + 2 * pad), 255)
    draw = ImageDraw.Draw(image)
    y = pad
    for r, (row, height) in enumerate(zip(wrapped, heights)):
        for i, lines in enumerate(row):
            draw.rectangle([pad + i * col, y, pad + (i + 1) * col, y + height], outline=0, width=rule)
            for k, text in enumerate(lines):
                draw.text((pad + i * col + pad, y + pad + k * line), text, font=bold if r == 0 else face, fill=0)
        y += height
    return image


def make_pictured_table_docx(path: Path, before: list[str], rows: list[list[str]], after: list[str],
                             scale: float = 0.45) -> Path:
    """A Word plan whose table was pasted as a picture (``table_picture``) in a paragraph of its own between
    ``before`` and ``after``, under a small logo picture (a red disc) that holds no text."""
    import io

    import docx
    from docx.shared import Inches
    from PIL import Image, ImageDraw

    def picture(image, inches: float) -> None:
        data = io.BytesIO()
        image.convert("RGB").save(data, format="PNG")
        data.seek(0)
        document.add_picture(data, width=Inches(inches))

    logo = Image.new("RGB", (120, 120), (255, 255, 255))
    ImageDraw.Draw(logo).ellipse([5, 5, 115, 115], fill=(205, 35, 40))
    document = docx.Document()
    picture(logo, 0.8)
    for text in before:
        document.add_paragraph(text)
    picture(table_picture(rows, scale), 6.3)
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _stamp(page, text: str, centre: tuple[int, int]) -> None:
    """A red round seal centred on ``centre``: two rings, the body's name around, a star inside, strokes as thick
    as a stamp's, its ink laid over the text under it (the text stays black where they cross)."""
    import math

    from PIL import Image, ImageChops, ImageDraw, ImageFont

    ink = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    red = (205, 35, 40)
    x, y = centre
    for radius, width in ((150, 9), (118, 4)):
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=red, width=width)
    face = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), 24)
    letters = list(text.upper())
    for i, letter in enumerate(letters):
        angle = math.pi * (0.9 + 1.2 * i / max(len(letters) - 1, 1))
        draw.text((x + 134 * math.cos(angle) - 8, y + 134 * math.sin(angle) - 12), letter, font=face, fill=red)
    star = [(x + r * math.cos(math.pi / 2 + k * math.pi / 5), y - r * math.sin(math.pi / 2 + k * math.pi / 5))
            for k, r in zip(range(10), [60, 24] * 5)]
    draw.polygon(star, fill=red)
    page.paste(ImageChops.multiply(page, ink))


def _photographed(page, angle: float):
    """A page as a phone photographs it on a desk: the sheet turned ``angle`` degrees on a darker, grained desk that
    shows around it, the light falling off by two fifths towards one corner, soft, saved as a JPEG of quality 60."""
    import io

    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(3)
    grain = rng.normal(0, 18, (page.height + 240, (page.width + 240) // 8)).repeat(8, axis=1)  # a wooden desk
    desk = Image.fromarray(np.clip(90 + grain, 40, 140).astype(np.uint8)).convert(page.mode)  # a colour page: RGB
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    mask = Image.new("L", page.size, 255).rotate(angle, expand=True, fillcolor=0)
    desk.paste(turned, ((desk.width - turned.width) // 2, (desk.height - turned.height) // 2), mask)
    ys, xs = np.mgrid[0:desk.height, 0:desk.width]
    light = 1.0 - 0.4 * (xs / desk.width + ys / desk.height) / 2
    shaded = np.asarray(desk, dtype=np.float32) * (light[..., None] if page.mode == "RGB" else light)
    lit = Image.fromarray(shaded.astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    buffer = io.BytesIO()
    lit.save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue()))


def with_hidden_layer(scan: Path, out: Path, layers: list[list[str]]) -> Path:
    """The scanned PDF ``scan`` with an invisible text layer over each page, as a portal's scanner station adds
    one (``layers``: each page's lines, e.g. a reading without Vietnamese that lost the marks)."""
    from fpdf import FPDF
    from fpdf.enums import TextMode

    point = 72 / DPI  # a pixel of the page image, in points
    pdf = FPDF(unit="pt", format=(PAGE[0] * point, PAGE[1] * point))
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(SANS))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-png", str(scan), f"{tmp}/p"], check=True)
        for image, lines in zip(sorted(Path(tmp).glob("p-*.png")), layers, strict=True):
            pdf.add_page()
            pdf.image(str(image), 0, 0, pdf.w, pdf.h)
            pdf.set_font("DejaVu", size=FONT_PX * point * 0.9)
            pdf.text_mode = TextMode.INVISIBLE
            for k, line in enumerate(lines):
                pdf.text(MARGIN * point, (MARGIN + (k + 0.8) * LINE_PX) * point, line)
    pdf.output(str(out))
    return out


def _scanned(page, rng: random.Random, skew: float | None = None):
    """A page as it comes out of an office scanner: skewed by a fraction of a degree, soft, speckled."""
    from PIL import ImageFilter

    angle = rng.uniform(-0.4, 0.4)
    page = page.rotate(angle if skew is None else skew, fillcolor=255, resample=3).filter(ImageFilter.GaussianBlur(0.6))
    pixels = page.load()
    for _ in range(4000):
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = rng.choice((0, 160))
    return page


def char_accuracy(ocr: str, truth: str) -> float:
    """1 − (character edits / characters of the truth), whitespace runs counted as one space."""
    a, b = " ".join(ocr.split()), " ".join(truth.split())
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    edits = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal")
    return 1 - edits / max(len(b), 1)


_REVISION = re.compile(r"\[([-+])(.*?)\1\]")


def make_revised_docx(path: Path, paragraphs: list[str], rows: list[list[str]], deleted_rows: tuple[int, ...] = (),
                      comment: str | None = None) -> Path:
    """A draft .docx with a review round's tracked changes, as Word writes them: in a paragraph "[-350-]" is a
    deletion (w:del / w:delText) and "[+420+]" an insertion (w:ins); the table's rows listed in `deleted_rows`
    carry a row deletion mark; `comment` is anchored on the first paragraph (comments are no text of the plan).
    A paragraph opening with "{sdt}" holds its text in a content control; one with "{box}" draws a text box."""
    from docx import Document
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    stamp = 'w:author="Phòng VHXH" w:date="2026-01-12T08:00:00Z"'

    def run(text: str, tag: str = "w:t") -> str:
        return f'<w:r {w}><{tag} xml:space="preserve">{text}</{tag}></w:r>'

    document = Document()
    for k, text in enumerate(paragraphs):
        paragraph = document.add_paragraph()
        if text.startswith("{sdt}"):
            paragraph._p.append(parse_xml(f'<w:sdt {w}><w:sdtContent>{run(text[5:])}</w:sdtContent></w:sdt>'))
            continue
        if text.startswith("{box}"):
            text = text[5:]
            paragraph._p.append(parse_xml(
                f'<w:r {w}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
                f'<w:p><w:r><w:t>Hộp chú thích không thuộc văn bản</w:t></w:r></w:p></w:txbxContent></v:textbox>'
                '</v:shape></w:pict></w:r>'))
        at = 0
        for n, m in enumerate(_REVISION.finditer(text)):
            if m.start() > at:
                paragraph._p.append(parse_xml(run(text[at:m.start()])))
            if m.group(1) == "-":
                paragraph._p.append(parse_xml(f'<w:del {w} w:id="{k * 100 + n}" {stamp}>{run(m.group(2), "w:delText")}'
                                              '</w:del>'))
            else:
                paragraph._p.append(parse_xml(f'<w:ins {w} w:id="{k * 100 + n}" {stamp}>{run(m.group(2))}</w:ins>'))
            at = m.end()
        if at < len(text):
            paragraph._p.append(parse_xml(run(text[at:])))
    if comment:
        document.add_comment(document.paragraphs[0].runs or [document.paragraphs[0].add_run("")], text=comment,
                             author="Người góp ý")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, cells in enumerate(rows):
        for j, value in enumerate(cells):
            table.cell(i, j).text = value
        if i in deleted_rows:
            table.rows[i]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {w} w:id="{900 + i}" {stamp}/>'))
    document.save(str(path))
    return path


def make_plan_mhtml(path: Path) -> Path:
    """The web page of `make_plan_html` saved as one file, the way Chromium's "Webpage, single file" writes it: a
    MIME multipart/related archive, the page quoted-printable (soft line breaks, "=C3=A1" for a letter), the site's
    logo (base64 PNG) and style sheet as parts of their own."""
    import quopri
    from email.message import Message
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    page = make_plan_html(path.with_suffix(".html")).read_text(encoding="utf-8")
    path.with_suffix(".html").unlink()
    archive = MIMEMultipart("related", type="text/html")
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = "https://thuvienvanban.example.vn/van-ban/52-kh-ubnd"
    archive["Subject"] = "Kế hoạch 52/KH-UBND 2025"
    html = Message()
    html["Content-Type"] = 'text/html; charset="utf-8"'
    html["Content-Transfer-Encoding"] = "quoted-printable"
    html.set_payload(quopri.encodestring(page.encode("utf-8")).decode("ascii"))
    html["Content-Location"] = "https://thuvienvanban.example.vn/van-ban/52-kh-ubnd"
    archive.attach(html)
    logo = MIMEImage(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"), "png")
    logo["Content-Location"] = "https://thuvienvanban.example.vn/logo.png"
    archive.attach(logo)
    css = MIMEText(".content1 p { margin: 0 } .menu { color: #c00 }", "css")
    css["Content-Location"] = "https://thuvienvanban.example.vn/site.css"
    archive.attach(css)
    path.write_bytes(archive.as_bytes())
    return path


@dataclass
class SheetSpec:
    """One sheet of the hand-made spreadsheet plan, written alike as .xlsx, .xls and .ods (1-based cells)."""

    name: str
    values: dict[tuple[int, int], object] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, first col, last row, last col
    formats: dict[tuple[int, int], str] = field(default_factory=dict)  # Excel number formats
    ruled: set[tuple[int, int]] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    hidden: bool = False


def plan_workbook() -> list[SheetSpec]:
    """A plan published as a spreadsheet ("kế hoạch dạng biểu"), as an office builds one: sheet "KH" holds the
    document in merged cells (the national header in two merged halves, a paragraph a merged A:F row), sheet
    "Biểu 01" the target table with a two-row merged header, a group row, numbers formatted "#,##0" and "0.0",
    a percentage, a hidden helper column, an outdated row hidden; a hidden sheet and an empty one besides."""
    plan = SheetSpec("KH")
    header = [("ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
              ("Số: 52/KH-UBND", "Đông Sơn, ngày 18 tháng 3 năm 2025")]
    for r, (left, right) in enumerate(header, start=1):
        plan.values[r, 1], plan.values[r, 4] = left, right
        plan.merged += [(r, 1, r, 3), (r, 4, r, 6)]
    paragraphs = ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025", "I. MỤC TIÊU",
                  "Tuyển sinh giáo dục nghề nghiệp năm 2025 đạt 39.600 người (chi tiết tại Biểu 01).",
                  "II. TỔ CHỨC THỰC HIỆN", "Sở Giáo dục và Đào tạo chủ trì, báo cáo trước ngày 15/12/2025."]
    for r, text in enumerate(paragraphs, start=4):
        plan.values[r, 1] = text
        plan.merged.append((r, 1, r, 6))
    targets = SheetSpec("Biểu 01", {(1, 1): "Biểu 01: CHỈ TIÊU TUYỂN SINH NĂM 2025"}, [(1, 1, 1, 6)])
    rows = [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", None, "kiểm tra"],
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước đạt", "kiểm tra"],
            ["I", "Theo trình độ", None, None, None, None],
            ["1", "Trình độ cao đẳng", "Người", 4150, 3980.5, "x"],
            ["2", "Trình độ trung cấp", "Người", 5200, 5004, "x"],
            ["3", "Tỷ lệ có việc làm sau đào tạo", "%", 0.85, 0.8, "x"],
            ["4", "Số liệu năm 2024 (cũ)", "Người", 3900, 3850, "x"]]
    for r, values in enumerate(rows, start=3):
        for c, value in enumerate(values, start=1):
            targets.ruled.add((r, c))
            if value is not None:
                targets.values[r, c] = value
            if isinstance(value, (int, float)):
                targets.formats[r, c] = "0%" if r == 8 else ("0.0" if c == 5 else "#,##0")
    targets.merged += [(3, 4, 3, 5)]  # "Năm 2025" over its two columns
    targets.merged += [(3, c, 4, c) for c in (1, 2, 3)]  # TT, Chỉ tiêu, Đơn vị over the two header rows
    targets.merged.append((5, 2, 5, 5))  # the group row's label across the table
    targets.hidden_columns.add(6)
    targets.hidden_rows.add(9)  # an outdated row the office hid
    return [plan, targets, SheetSpec("Nháp", {(1, 1): "Số liệu nháp không công bố"}, hidden=True), SheetSpec("Sheet1")]


def make_plan_xlsx(path: Path, sheets: list[SheetSpec] | None = None) -> Path:
    """The spreadsheet plan (``plan_workbook``) as Excel saves it (.xlsx, openpyxl)."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    line = Side(style="thin")
    for spec in sheets or plan_workbook():
        sheet = book.create_sheet(spec.name)
        for (r, c), value in spec.values.items():
            sheet.cell(r, c, value)
        for r, c in spec.ruled:
            sheet.cell(r, c).border = Border(left=line, right=line, top=line, bottom=line)
        for (r, c), fmt in spec.formats.items():
            sheet.cell(r, c).number_format = fmt
        for r0, c0, r1, c1 in spec.merged:
            sheet.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        for c in spec.hidden_columns:
            sheet.column_dimensions[get_column_letter(c)].hidden = True
        for r in spec.hidden_rows:
            sheet.row_dimensions[r].hidden = True
        sheet.sheet_state = "hidden" if spec.hidden else "visible"
    book.save(path)
    return path


def make_plan_xls(path: Path, sheets: list[SheetSpec] | None = None) -> Path:
    """The spreadsheet plan as Excel 97-2003 saves it (.xls, BIFF8, xlwt)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for spec in sheets or plan_workbook():
        sheet = book.add_sheet(spec.name)
        covered = {(r, c) for r0, c0, r1, c1 in spec.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}

        def style(r: int, c: int, spec: SheetSpec = spec):
            borders = "borders: left thin, right thin, top thin, bottom thin" if (r, c) in spec.ruled else ""
            return xlwt.easyxf(borders, num_format_str=spec.formats.get((r, c), "General"))

        for r0, c0, r1, c1 in spec.merged:
            sheet.write_merge(r0 - 1, r1 - 1, c0 - 1, c1 - 1, spec.values.get((r0, c0), ""), style(r0, c0))
        for (r, c), value in spec.values.items():
            if (r, c) not in covered:
                sheet.write(r - 1, c - 1, value, style(r, c))
        for r, c in spec.ruled - covered - set(spec.values):
            sheet.write(r - 1, c - 1, None, style(r, c))
        for c in spec.hidden_columns:
            sheet.col(c - 1).hidden = True
        for r in spec.hidden_rows:
            sheet.row(r - 1).hidden = True
        sheet.visibility = 1 if spec.hidden else 0
    book.save(str(path))
    return path


_ODS_NAMESPACES = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in {
    "office": "office:1.0", "table": "table:1.0", "text": "text:1.0", "style": "style:1.0",
    "number": "datastyle:1.0", "fo": "xsl-fo-compatible:1.0"}.items())


def make_plan_ods(path: Path, sheets: list[SheetSpec] | None = None) -> Path:
    """The spreadsheet plan as LibreOffice Calc saves it (.ods): number styles named by cell styles, merged cells
    spanned over covered ones, a hidden column collapsed, a hidden sheet's table style not displayed, and the
    million repeated empty rows and thousand columns Calc writes after the data."""
    import zipfile
    from xml.sax.saxutils import escape

    formats = sorted({fmt for spec in sheets or plan_workbook() for fmt in spec.formats.values()})
    data_styles = []
    for n, fmt in enumerate(formats):
        decimals = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
        grouping = ' number:grouping="true"' if "," in fmt else ""
        number = f'<number:number number:decimal-places="{decimals}" number:min-integer-digits="1"{grouping}/>'

        kind = "percentage-style" if fmt.endswith("%") else "number-style"
        sign = "<number:text>%</number:text>" if fmt.endswith("%") else ""
        data_styles.append(f'<number:{kind} style:name="N{n}">{number}{sign}</number:{kind}>')
    cell_styles = [f'<style:style style:name="ce{ruled}{n}" style:family="table-cell"'
                   + (f' style:data-style-name="N{n}"' if n >= 0 else "")
                   + f'><style:table-cell-properties fo:border="{"0.06pt solid #000000" if ruled else "none"}"/>'
                   "</style:style>" for ruled in (0, 1) for n in range(-1, len(formats))]
    tables = []
    for spec in sheets or plan_workbook():
        anchors = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in spec.merged}
        covered = {(r, c) for r0, c0, r1, c1 in spec.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        width = max([c for _, c in [*spec.values, *spec.ruled]] + [c1 for *_, c1 in spec.merged] + [1])
        height = max([r for r, _ in [*spec.values, *spec.ruled]] + [r1 for _, _, r1, _ in spec.merged] + [0])
        collapse = ' table:visibility="collapse"'
        columns = "".join(f"<table:table-column{collapse * (c in spec.hidden_columns)}/>" for c in range(1, width + 1))
        rows = []
        for r in range(1, height + 1):
            cells = []
            for c in range(1, width + 1):
                fmt = spec.formats.get((r, c))
                style = f' table:style-name="ce{int((r, c) in spec.ruled)}{formats.index(fmt) if fmt else -1}"'
                if (r, c) in covered and (r, c) not in anchors:
                    cells.append(f"<table:covered-table-cell{style}/>")
                    continue
                span = anchors.get((r, c))
                spanned = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"' \
                    if span else ""
                value = spec.values.get((r, c))
                if value is None:
                    cells.append(f"<table:table-cell{style}{spanned}/>")
                elif isinstance(value, (int, float)):
                    kind = "percentage" if fmt and fmt.endswith("%") else "float"
                    cells.append(f'<table:table-cell{style}{spanned} office:value-type="{kind}" office:value="{value}">'
                                 f"<text:p>{value}</text:p></table:table-cell>")
                else:
                    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
                    cells.append(f'<table:table-cell{style}{spanned} office:value-type="string">{paragraphs}'
                                 "</table:table-cell>")
            hidden = ' table:visibility="collapse"' if r in spec.hidden_rows else ""
            rows.append(f"<table:table-row{hidden}>{''.join(cells)}</table:table-row>")
        rows.append('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
                    'table:number-columns-repeated="1024"/></table:table-row>')
        tables.append(f'<table:table table:name="{escape(spec.name)}" table:style-name="ta{int(spec.hidden)}">'
                      f"{columns}<table:table-column table:number-columns-repeated=\"1018\"/>{''.join(rows)}"
                      "</table:table>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NAMESPACES} office:version="1.3">'
               f"<office:automatic-styles>{''.join(data_styles)}"
               '<style:style style:name="ta0" style:family="table"><style:table-properties table:display="true"/>'
               '</style:style><style:style style:name="ta1" style:family="table"><style:table-properties '
               f'table:display="false"/></style:style>{"".join(cell_styles)}</office:automatic-styles>'
               f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                         'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                         "</manifest:manifest>")
    return path


# ================================================================== a portal's download bundle

DECISION_TEXT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 118/QĐ-UBND", "Đông Sơn, ngày 18 tháng 3 năm 2025", "QUYẾT ĐỊNH",
    "Về việc ban hành Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025",
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN", "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;", "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Đông Sơn năm 2025.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định này.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Đức"])
PORTAL_NOTE = "Tài liệu được tải về từ Cổng thông tin điện tử tỉnh Đông Sơn lúc 10 giờ 15 ngày 20/3/2025."


def make_page_photos_archive(path: Path, text: str, annex: str) -> list[list[str]]:
    """A plan as a chat group passes it on: a .zip of phone photos of its pages, one JPEG a page named as Zalo
    names its downloads ("z6012345678930_….jpg", the number growing page by page), stored last page first, and its
    annex as a .docx sent apart. Returns the lines printed on each page (``render_scan``)."""
    import io
    import zipfile

    from PIL import Image, ImageSequence

    with tempfile.TemporaryDirectory() as tmp:
        frames = Path(tmp) / "pages.tif"
        truth = render_scan(frames, text, photographed=1.2)
        with Image.open(frames) as pages:
            photos = []
            for n, page in enumerate(ImageSequence.Iterator(pages)):
                buffer = io.BytesIO()
                page.convert("L").save(buffer, "JPEG", quality=80)
                photos.append((f"z60123456789{30 + 7 * n}_{n:02x}c5e1a9.jpg", buffer.getvalue()))
        annex_docx = make_docx(Path(tmp) / "annex.docx", annex)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
            for name, data in reversed(photos):
                bundle.writestr(name, data)
            bundle.writestr("Phu luc du an.docx", annex_docx.read_bytes())
    return truth


def make_scrolling_screenshot(path: Path, text: str, width: int = 1080, size: int = 40) -> list[str]:
    """A plan read on a portal and shared as a phone's scrolling screenshot: one image ``width`` pixels wide and many
    times as tall (a status bar and the portal's banner above the text, its lines wrapped to the screen), saved in
    the image's format by its suffix (WebP, PNG). Returns the lines drawn, in order."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(str(SANS), size)
    draw = ImageDraw.Draw(Image.new("RGB", (width, 10)))
    lines = [line for paragraph in text.splitlines() if paragraph.strip()
             for line in _wrap(paragraph.strip(), width - 2 * 30, face, draw)]
    step, top = int(size * 1.45), 260
    image = Image.new("RGB", (width, top + step * len(lines) + 200), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 60), fill=(30, 30, 30))  # the phone's status bar
    draw.text((30, 12), "9:41", font=ImageFont.truetype(str(SANS), 30), fill="white")
    draw.rectangle((0, 60, width, 200), fill=(180, 20, 30))  # the portal's banner
    draw.text((30, 105), "CỔNG THÔNG TIN ĐIỆN TỬ", font=face, fill="white")
    for n, line in enumerate(lines):
        draw.text((30, top + n * step), line, font=face, fill=(20, 20, 20))
    image.save(path, quality=85) if path.suffix.lower() in (".webp", ".jpg", ".jpeg") else image.save(path)
    return lines


def make_plan_archive(path: Path) -> Path:
    """What a portal's "Tải về" gives, as a .zip or (by the path's suffix) a 7-Zip .7z in a folder: the Quyết định
    (.docx), the Kế hoạch it issues (.docx), its target annex as an Excel 97-2003 workbook, the portal's download
    note and a file in a format not read, named as offices name files (spaces, diacritics) and stored in the
    reverse of their reading order."""
    import zipfile

    import py7zr

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        decision = make_docx(folder / "decision.docx", DECISION_TEXT)
        plan = make_plan_docx(folder / "plan.docx")
        annex = make_plan_xls(folder / "annex.xls", plan_workbook()[1:2])
        members = [("Hướng dẫn tải về.txt", PORTAL_NOTE.encode()), ("ban-ky-so.rar", b"Rar!\x1a\x07\x00"),
                   ("Phụ lục 1 - biểu chỉ tiêu.xls", annex.read_bytes()), ("Kế hoạch 52-KH-UBND.docx", plan.read_bytes()),
                   ("118 QĐ-UBND ban hành KH.docx", decision.read_bytes())]
        if path.suffix == ".7z":
            with py7zr.SevenZipFile(path, "w") as seven:
                for name, data in members:
                    seven.writestr(data, f"KH 52 Đông Sơn/{name}")
        else:
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
                for name, data in members:
                    bundle.writestr(name, data)
    return path


def make_bilingual_pdf(path: Path, pairs: list[tuple[str, str]]) -> Path:
    """A donor project's bilingual plan as Word exports it: the body a borderless table of two columns, each
    paragraph in Vietnamese on the left and in English on the right, row by row, over several pages."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(SANS))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    with pdf.table(borders_layout="NONE", col_widths=(1, 1), first_row_as_headings=False, gutter_width=8,
                   text_align="J", line_height=5) as table:
        for vietnamese, english in pairs:
            row = table.row()
            row.cell(vietnamese)
            row.cell(english)
    pdf.output(str(path))
    return path


# ------------------------------------------------------------------ an infographic of a plan (a designed image)

@dataclass
class Infographic:
    """What a province's portal draws to present a plan: a banner, sections under coloured bands, cards with a big
    figure over its label (``cards``: (figure, label) in rows of ``columns``), boxes per body (``duties``: (body,
    lines)), labelled bars, milestones and a footer. Every string is also the ground truth of its place."""
    banner: list[str]
    cards: list[tuple[str, str]]
    columns: int
    support: list[str]
    duties: list[tuple[str, list[str]]]
    bars: list[tuple[str, float]]
    total: str
    milestones: list[tuple[str, str]]
    footer: list[str]
    icons: bool = False  # a round icon at the left of each card, its text beside it


DONG_LAM = Infographic(
    banner=["INFOGRAPHIC", "ĐÀO TẠO NGHỀ VÀ VIỆC LÀM NĂM 2026", "Kế hoạch số 21/KH-UBND ngày 12/02/2026 của UBND tỉnh Đồng Lam"],
    cards=[("18.400 người", "tuyển sinh giáo dục nghề nghiệp"), ("2.650 người", "trình độ cao đẳng"),
           ("3.900 người", "trình độ trung cấp"), ("71,5%", "lao động qua đào tạo"),
           ("24.000 lao động", "được tạo việc làm mới"), ("1.800 người", "đi làm việc ở nước ngoài")],
    columns=3,
    support=["Người khuyết tật: tối đa 6 triệu đồng/người/khóa", "Hộ nghèo, dân tộc thiểu số: tối đa 4,5 triệu đồng",
             "Hộ cận nghèo: tối đa 3,5 triệu đồng/người/khóa", "Lao động nông thôn khác: tối đa 2,5 triệu đồng"],
    duties=[("Sở Giáo dục và Đào tạo", ["Chủ trì giao chỉ tiêu đào tạo cho các trường", "Hạn: trước 31/3/2026"]),
            ("Sở Nội vụ", ["Chủ trì tổ chức 36 phiên giao dịch việc làm", "Phối hợp: Trung tâm Dịch vụ việc làm"]),
            ("Sở Tài chính", ["Tham mưu phân bổ kinh phí thực hiện", "Hạn: trước 28/02/2026"]),
            ("UBND các xã, phường", ["Rà soát nhu cầu học nghề của người dân", "Hạn: Quý I/2026"])],
    bars=[("Ngân sách trung ương: 30,2 tỷ đồng", 30.2), ("Ngân sách tỉnh: 24,6 tỷ đồng", 24.6),
          ("Doanh nghiệp, xã hội hóa: 9,8 tỷ đồng", 9.8)],
    total="Tổng kinh phí: 64,6 tỷ đồng",
    milestones=[("Tháng 3/2026", "Giao chỉ tiêu cho các trường"), ("Quý II/2026", "Khảo sát nhu cầu doanh nghiệp"),
                ("15/12/2026", "Báo cáo kết quả về Sở Giáo dục và Đào tạo")],
    footer=["Nguồn: Kế hoạch số 21/KH-UBND | Thiết kế: Minh Châu | Cổng TTĐT tỉnh Đồng Lam, 14/02/2026"],
)


def make_infographic(path: Path, spec: Infographic = DONG_LAM, width: int = 1200) -> Path:
    """Draw ``spec`` as a designer lays out a portal's infographic (colour bands with white titles, light cards in
    a grid with a big bold figure over a small label, boxes per body with their deadline in orange, a bar chart,
    a timeline, a dark footer) and save it as an RGB PNG."""
    from PIL import Image, ImageDraw, ImageFont

    bold_path = str(SANS.with_name("DejaVuSans-Bold.ttf"))
    big, title, head, body = (ImageFont.truetype(bold_path, 54), ImageFont.truetype(bold_path, 38),
                              ImageFont.truetype(bold_path, 30), ImageFont.truetype(str(SANS), 24))
    navy, teal, paper, card, orange = (18, 44, 92), (0, 120, 130), (250, 248, 240), (222, 238, 250), (200, 90, 0)
    image = Image.new("RGB", (width, 6000), paper)
    draw = ImageDraw.Draw(image)
    y, margin = 0, 40

    def band(text: str) -> None:
        nonlocal y
        draw.rectangle((0, y, width, y + 70), fill=teal)
        draw.text((margin, y + 16), text, font=head, fill="white")
        y += 100

    draw.rectangle((0, 0, width, 300), fill=navy)
    draw.text((margin, 30), spec.banner[0], font=body, fill=(255, 200, 80))
    for k, line in enumerate(_wrap(spec.banner[1], width - 2 * margin, title, draw)):
        draw.text((margin, 80 + 50 * k), line, font=title, fill="white")
    draw.text((margin, 240), spec.banner[2], font=body, fill="white")
    y = 340
    band("CHỈ TIÊU NĂM 2026")
    cell = (width - 2 * margin - (spec.columns - 1) * 30) // spec.columns
    for k, (figure, label) in enumerate(spec.cards):
        x = margin + (k % spec.columns) * (cell + 30)
        top = y + (k // spec.columns) * 210
        draw.rounded_rectangle((x, top, x + cell, top + 180), radius=18, fill=card)
        if spec.icons:
            draw.ellipse((x + 16, top + 50, x + 76, top + 110), fill=orange)
        inset = 96 if spec.icons else 20
        draw.text((x + inset, top + 20), figure, font=big if len(figure) < 8 else head, fill=navy)
        for n, line in enumerate(_wrap(label, cell - inset - 20, body, draw)):
            draw.text((x + inset, top + 100 + 32 * n), line, font=body, fill=(40, 40, 40))
    y += -(-len(spec.cards) // spec.columns) * 210 + 20
    band("HỖ TRỢ NGƯỜI HỌC")
    half = (width - 2 * margin) // 2
    for k, line in enumerate(spec.support):
        x, top = margin + (k % 2) * half, y + (k // 2) * 90
        draw.ellipse((x, top + 4, x + 36, top + 40), fill=orange)
        for n, part in enumerate(_wrap(line, half - 70, body, draw)):
            draw.text((x + 50, top + 32 * n), part, font=body, fill=(30, 30, 30))
    y += -(-len(spec.support) // 2) * 90 + 20
    band("AI LÀM GÌ?")
    for k, (who, lines) in enumerate(spec.duties):
        x, top = margin + (k % 2) * half, y + (k // 2) * 190
        draw.rectangle((x, top, x + half - 20, top + 170), outline=teal, width=3)
        draw.text((x + 16, top + 12), who, font=head, fill=navy)
        for n, line in enumerate(lines):
            draw.text((x + 16, top + 62 + 34 * n), line, font=body, fill=orange if line.startswith("Hạn") else "black")
    y += -(-len(spec.duties) // 2) * 190 + 20
    band("KINH PHÍ")
    draw.text((margin, y), spec.total, font=title, fill=navy)
    y += 70
    most = max(value for _, value in spec.bars)
    for label, value in spec.bars:  # a row: the source, its bar, the amount after the bar
        source, amount = label.split(": ")
        end = 480 + int((width - 480 - 260) * value / most)
        draw.text((margin, y), source, font=body, fill="black")
        draw.rectangle((480, y, end, y + 30), fill=orange)
        draw.text((end + 20, y), amount, font=body, fill="black")
        y += 60
    band("LỘ TRÌNH")
    draw.line((margin + 18, y, margin + 18, y + 100 * len(spec.milestones)), fill=teal, width=4)
    for when, what in spec.milestones:
        draw.ellipse((margin, y + 4, margin + 36, y + 40), fill=teal)
        draw.text((margin + 60, y), when, font=head, fill=navy)
        draw.text((margin + 60, y + 42), what, font=body, fill="black")
        y += 100
    draw.rectangle((0, y + 20, width, y + 100), fill=navy)
    draw.text((margin, y + 45), spec.footer[0], font=body, fill="white")
    image.crop((0, 0, width, y + 100)).save(path)
    return path


def infographic_truth(spec: Infographic = DONG_LAM) -> list[str]:
    """The infographic's strings as a reader transcribes them: a card's label before its figure, a box's body before
    its lines, each card and box an item."""
    return [*spec.banner, "CHỈ TIÊU NĂM 2026", *(f"- {label[:1].upper()}{label[1:]}: {f}" for f, label in spec.cards),
            "HỖ TRỢ NGƯỜI HỌC", *spec.support, "AI LÀM GÌ?", *(f"- {who}: {'; '.join(lines)}" for who, lines in spec.duties),
            "KINH PHÍ", spec.total, *(label for label, _ in spec.bars), "LỘ TRÌNH",
            *(f"{when}: {what}" for when, what in spec.milestones), *spec.footer]


NGOC_HA_CARDS = [("Việc làm mới", "26.000 lao động"), ("Xuất khẩu lao động", "2.100 người"),
                 ("Tư vấn việc làm", "48.000 lượt")]
NGOC_HA_STEPS = [("Quý I/2026", "Khảo sát doanh nghiệp"), ("Tháng 6/2026", "Hội chợ việc làm"),
                 ("15/12/2026", "Báo cáo kết quả")]


def make_strip_infographic(path: Path, width: int = 1200) -> Path:
    """An infographic in another designer's hand (tỉnh Ngọc Hà, fictional): a banner shaded from dark to light blue,
    cards made of a dark strip holding the label in white over a pale body holding the figure, a horizontal
    timeline (the dates in a row over their events), a black footer."""
    from PIL import Image, ImageDraw, ImageFont

    bold_path = str(SANS.with_name("DejaVuSans-Bold.ttf"))
    bold = {n: ImageFont.truetype(bold_path, n) for n in (26, 28, 32, 34, 40)}
    regular = {n: ImageFont.truetype(str(SANS), n) for n in (22, 24, 26)}
    red, navy = (200, 60, 40), (10, 60, 140)
    image = Image.new("RGB", (width, 1000), "white")
    draw = ImageDraw.Draw(image)
    for y in range(260):  # the banner's shading
        draw.line((0, y, width, y), fill=(10 + 60 * y // 260, 60 + 80 * y // 260, 140 + 60 * y // 260))
    draw.text((40, 40), "KẾ HOẠCH GIẢI QUYẾT VIỆC LÀM NĂM 2026", font=bold[40], fill="white")
    draw.text((40, 120), "Kế hoạch số 33/KH-UBND ngày 05/3/2026 của UBND tỉnh Ngọc Hà", font=regular[26], fill="white")
    draw.text((40, 180), "Cổng Thông tin điện tử tỉnh Ngọc Hà", font=regular[22], fill=(220, 230, 255))
    y, cell = 300, (width - 140) // 3
    for k, (label, figure) in enumerate(NGOC_HA_CARDS):
        x = 40 + k * (cell + 30)
        draw.rectangle((x, y, x + cell, y + 60), fill=red)
        draw.text((x + 16, y + 14), label, font=bold[26], fill="white")
        draw.rectangle((x, y + 60, x + cell, y + 190), fill=(255, 240, 230))
        draw.text((x + 16, y + 95), figure, font=bold[34], fill=red)
    y += 240
    draw.text((40, y), "LỘ TRÌNH THỰC HIỆN", font=bold[32], fill=navy)
    y += 70
    draw.line((40, y + 20, width - 40, y + 20), fill=navy, width=4)
    step = (width - 80) // 3
    for k, (when, what) in enumerate(NGOC_HA_STEPS):
        x = 40 + k * step
        draw.ellipse((x, y, x + 40, y + 40), fill=red)
        draw.text((x, y + 60), when, font=bold[28], fill=navy)
        draw.text((x, y + 105), what, font=regular[24], fill="black")
    y += 180
    draw.rectangle((0, y, width, y + 80), fill=(30, 30, 30))
    draw.text((40, y + 25), "Nguồn: Kế hoạch số 33/KH-UBND | Đồ họa: Thu Hà", font=regular[24], fill="white")
    image.crop((0, 0, width, y + 80)).save(path)
    return path


STRIPED_ROWS = [("Sở Giáo dục và Đào tạo", "Chủ trì giao chỉ tiêu đào tạo"), ("Sở Nội vụ", "Chủ trì tổ chức 40 phiên "
                "giao dịch việc làm"), ("Sở Tài chính", "Tham mưu bố trí kinh phí"), ("UBND các xã, phường",
                                                                                     "Lập danh sách người học")]


def make_striped_list(path: Path, right: int = 1160, width: int = 1200) -> Path:
    """A "who does what" list drawn as rows of alternating shades touching one another (a striped list), under a
    band; ``right`` is where the rows end (the image's width less a margin, or half of it in a two-column layout)."""
    from PIL import Image, ImageDraw, ImageFont

    bold, regular = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), 28), ImageFont.truetype(str(SANS), 24)
    image = Image.new("RGB", (width, 700), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 90), fill=(0, 90, 70))
    draw.text((40, 25), "AI LÀM GÌ?", font=bold, fill="white")
    y = 120
    for k, (who, what) in enumerate(STRIPED_ROWS):
        draw.rectangle((40, y, right, y + 110), fill=(232, 245, 240) if k % 2 == 0 else (205, 230, 220))
        draw.text((60, y + 14), who, font=bold, fill=(0, 90, 70))
        draw.text((60, y + 60), what, font=regular, fill="black")
        y += 110
    image.crop((0, 0, width, y + 40)).save(path)
    return path


# Phù Sa's "who does what" boxes: a thin coloured border with rounded corners round a white body, the body's name in
# a strip of the border's colour, its tasks as dotted items whose wrapped lines are set in past the dot, a rule, then
# its partners; beside them, figures in outlined cards of a light fill (border and fill of two colours).
OUTLINED_BOXES = [
    ("Sở Giáo dục và Đào tạo (đầu mối)", (30, 90, 170),
     ["Phân bổ chỉ tiêu đào tạo cho các cơ sở giáo dục nghề nghiệp: trước 15/3/2027",
      "Tổ chức kiểm tra chất lượng đào tạo tại 14 cơ sở: Quý III/2027"], "Phối hợp: Sở Tài chính"),
    ("Trung tâm Dịch vụ việc làm tỉnh", (200, 90, 20),
     ["Tổ chức 16 phiên giao dịch việc làm lưu động tại các xã vùng cao", "Tư vấn nghề cho 9.000 lượt người"],
     "Phối hợp: Tỉnh đoàn"),
]
OUTLINED_CARDS = [("81%", "Tỷ lệ lao động qua đào tạo"), ("4.200 người", "Tuyển sinh trung cấp"),
                  ("dưới 3%", "Tỷ lệ thất nghiệp")]


def make_outlined_boxes(path: Path, width: int = 1200) -> Path:
    """Two sections of an infographic under their bands: outlined boxes (`OUTLINED_BOXES`) in two columns, then a
    row of outlined cards (`OUTLINED_CARDS`)."""
    from PIL import Image, ImageDraw, ImageFont

    bold = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), 24)
    regular = ImageFont.truetype(str(SANS), 21)
    figure = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), 40)
    image = Image.new("RGB", (width, 1000), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, width, 90), fill=(20, 50, 100))
    draw.text((40, 38), "PHÂN CÔNG NHIỆM VỤ", font=bold, fill="white")
    column = (width - 120) // 2
    for k, (who, colour, tasks, partners) in enumerate(OUTLINED_BOXES):
        left, top = 40 + k * (column + 40), 130
        rows = []
        for task in tasks:
            wrapped = _wrap(task, column - 90, regular, draw)
            rows += [(n == 0, line) for n, line in enumerate(wrapped)]
        bottom = top + 70 + 34 * len(rows) + 70
        draw.rounded_rectangle((left, top, left + column, bottom), radius=12, outline=colour, width=2, fill="white")
        draw.rounded_rectangle((left, top, left + column, top + 56), radius=12, fill=colour)
        draw.rectangle((left, top + 40, left + column, top + 56), fill=colour)
        draw.text((left + 18, top + 14), who, font=bold, fill="white")
        y = top + 72
        for opens, line in rows:
            if opens:
                draw.ellipse((left + 22, y + 9, left + 30, y + 17), fill=colour)
            draw.text((left + 44, y), line, font=regular, fill="black")
            y += 34
        draw.line((left + 20, y + 8, left + column - 20, y + 8), fill=(210, 215, 222), width=1)
        draw.text((left + 20, y + 20), partners, font=regular, fill=(60, 60, 60))
    draw.rectangle((0, 470, width, 540), fill=(20, 50, 100))
    draw.text((40, 488), "CHỈ TIÊU NĂM 2027", font=bold, fill="white")
    top = 580
    card = (width - 160) // 3
    for k, (value, label) in enumerate(OUTLINED_CARDS):
        left = 40 + k * (card + 40)
        draw.rounded_rectangle((left, top, left + card, top + 150), radius=12, outline=(40, 130, 80), width=2,
                               fill=(226, 245, 232))
        draw.text((left + 30, top + 22), value, font=figure, fill=(40, 130, 80))
        draw.text((left + 30, top + 92), label, font=regular, fill="black")
    image.crop((0, 0, width, top + 190)).save(path)
    return path



# A timeline down the page as Phù Sa draws it: dates right-aligned in a column, a rule with a ring per date, the
# events beside them (the long one wrapped).
SIDE_TIMELINE = [("trước 15/3/2027", "Phân bổ chỉ tiêu đào tạo"),
                 ("Quý II/2027", "Ngày hội việc làm của tỉnh, kết hợp tư vấn tuyển sinh cho học sinh lớp 9 và lớp 12"),
                 ("tháng 9/2027", "Hội giảng nhà giáo"), ("trước 20/12/2027", "Báo cáo kết quả về UBND tỉnh")]


def make_side_timeline(path: Path, width: int = 1200) -> Path:
    """`SIDE_TIMELINE` under a band: its dates in a column beside its events, a rule with rings between them."""
    from PIL import Image, ImageDraw, ImageFont

    bold = ImageFont.truetype(str(SANS.with_name("DejaVuSans-Bold.ttf")), 22)
    regular = ImageFont.truetype(str(SANS), 21)
    image = Image.new("RGB", (width, 700), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, width, 90), fill=(222, 112, 24))
    draw.text((40, 38), "LỘ TRÌNH", font=bold, fill="white")
    top, rule = 130, 300
    rows = []
    y = top
    for when, what in SIDE_TIMELINE:
        lines = _wrap(what, width - rule - 90, regular, draw)
        rows.append((y, when, lines))
        y += 34 * len(lines) + 28
    draw.line((rule, top, rule, y - 28), fill=(240, 180, 130), width=6)
    for y, when, lines in rows:
        draw.text((rule - 30 - draw.textlength(when, font=bold), y), when, font=bold, fill=(200, 90, 20))
        draw.ellipse((rule - 11, y + 2, rule + 11, y + 24), outline=(222, 112, 24), width=3, fill="white")
        for n, line in enumerate(lines):
            draw.text((rule + 40, y + 34 * n), line, font=regular, fill="black")
    last, _, lines = rows[-1]
    image.crop((0, 0, width, last + 34 * len(lines) + 40)).save(path)
    return path


def make_outlined_pdf(path: Path, lines: list[str], size: float = 12.0) -> Path:
    """A PDF printed with "text as curves": every glyph of ``lines`` (DejaVu Serif) filled as a vector path, no font,
    no text layer and no image, as a print driver or a design tool set to outline text writes it."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont
    from fpdf import FPDF
    from fpdf.enums import PathPaintRule

    font = TTFont(str(SERIF))
    glyphs, cmap, scale = font.getGlyphSet(), font.getBestCmap(), size / font["head"].unitsPerEm

    class Outline(BasePen):
        def __init__(self, drawn, x: float, y: float) -> None:
            super().__init__(glyphs)
            self.drawn, self.x, self.y = drawn, x, y

        def at(self, point) -> tuple[float, float]:  # font units, y up → page points, y down
            return self.x + point[0] * scale, self.y - point[1] * scale

        def _moveTo(self, p0) -> None:
            self.drawn.move_to(*self.at(p0))

        def _lineTo(self, p1) -> None:
            self.drawn.line_to(*self.at(p1))

        def _curveToOne(self, p1, p2, p3) -> None:
            self.drawn.curve_to(*self.at(p1), *self.at(p2), *self.at(p3))

        def _closePath(self) -> None:
            self.drawn.close()

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_fill_color(0)
    y = 72.0
    for line in lines:
        x = 56.0
        with pdf.new_path(paint_rule=PathPaintRule.FILL_NONZERO) as drawn:
            for char in unicodedata.normalize("NFC", line):
                name = cmap.get(ord(char), ".notdef")
                glyphs[name].draw(Outline(drawn, x, y))
                x += glyphs[name].width * scale
        y += size * 1.6
    pdf.output(str(path))
    return path
