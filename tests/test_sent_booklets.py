"""A booklet a Sở sends with its own letter: the cover page, then the signed letter ("V/v phát hành Tài liệu …",
"Nơi nhận", "KT. GIÁM ĐỐC", the signer), then the booklet's pages with no title of their own: parts in capitals
and "PHẦN I." parts. The booklet is no part of the letter's signature, and the letter names the file: its number,
date and signer, read past the cover. Hand-made (Sở Nội vụ of tỉnh Hà Lâm, invented)."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure

COVER = """SỞ NỘI VỤ TỈNH HÀ LÂM
TÀI LIỆU
HƯỚNG DẪN NGƯỜI LAO ĐỘNG
ĐI LÀM VIỆC Ở NƯỚC NGOÀI
NĂM 2027
Phát miễn phí tại Trung tâm Dịch vụ việc làm và UBND các xã, phường
Tổng đài tư vấn: 0219 3 456 789
Hà Lâm, tháng 5 năm 2027
Tài liệu không bán
Ấn phẩm in 5.000 cuốn
Thiết kế: Phòng Lao động - Việc làm
"""
LETTER = """UBND TỈNH HÀ LÂM
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 905/SNV-LĐVL
V/v phát hành Tài liệu hướng dẫn người lao động đi làm việc ở nước ngoài năm 2027
Hà Lâm, ngày 08 tháng 5 năm 2027
Kính gửi: Ủy ban nhân dân các xã, phường.
Sở Nội vụ phát hành Tài liệu hướng dẫn người lao động đi làm việc ở nước ngoài năm 2027, đề nghị:
1. Ủy ban nhân dân các xã, phường nhận Tài liệu tại Trung tâm Dịch vụ việc làm trước ngày 20/5/2027.
2. Trung tâm Dịch vụ việc làm giới thiệu Tài liệu tại các phiên giao dịch việc làm.
Nơi nhận:
- Như trên;
- UBND tỉnh (để b/c);
- Lưu: VT, LĐVL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lương Thị Hạnh
"""
BOOKLET = """NHỮNG ĐIỀU CẦN BIẾT
Người lao động chỉ ký hợp đồng với doanh nghiệp có giấy phép dịch vụ đưa người lao động đi làm việc ở nước ngoài.
PHẦN I. CHỈ TIÊU NĂM 2027
Năm 2027 tỉnh Hà Lâm phấn đấu đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng.
Trong đó thị trường Nhật Bản 1.200 người, Hàn Quốc 650 người.
PHẦN II. HỖ TRỢ NGƯỜI LAO ĐỘNG
Người lao động thuộc hộ nghèo được hỗ trợ học ngoại ngữ 3.000.000 đồng/người/khóa.
Ngân hàng Chính sách xã hội chi nhánh tỉnh cho vay tối đa 100 triệu đồng/người.
PHẦN III. TRÁCH NHIỆM
Trung tâm Dịch vụ việc làm tỉnh chủ trì tổ chức 06 phiên tư vấn xuất khẩu lao động trong năm 2027.
"""


def test_a_booklet_after_the_letter_that_sends_it_is_no_part_of_its_signature():
    root = parse_structure(normalize_text(COVER + LETTER + BOOKLET))
    sections = {s.title: s for _, s in root.walk()}
    signature = [s for _, s in root.walk() if s.kind == "signature"]
    assert len(signature) == 1 and signature[0].body[-1].text == "Lương Thị Hạnh"
    assert "PHẦN I. CHỈ TIÊU NĂM 2027" in sections and "PHẦN III. TRÁCH NHIỆM" in sections
    part = sections["PHẦN I. CHỈ TIÊU NĂM 2027"]
    assert [b.text for b in part.body][0].startswith("Năm 2027 tỉnh Hà Lâm phấn đấu đưa 2.150 lao động")
    # the booklet's opening under its heading in capitals is a part of its own, not signed; its first numbered part
    # is none of that part's
    assert [b.text for b in sections["NHỮNG ĐIỀU CẦN BIẾT"].body][0].startswith("Người lao động chỉ ký hợp đồng")
    paths = {s.title: [p.title for p in path] for path, s in root.walk()}
    assert paths["PHẦN I. CHỈ TIÊU NĂM 2027"] == ["PHẦN I. CHỈ TIÊU NĂM 2027"]


def test_a_short_note_under_the_signer_stays_with_the_signature():
    note = "LƯU Ý\nVăn bản này thay thế Công văn số 812/SNV-LĐVL ngày 02/4/2027.\n"
    root = parse_structure(normalize_text(LETTER + note))
    signature = [s for _, s in root.walk() if s.kind == "signature"]
    assert signature and signature[-1].body[-1].text.startswith("Văn bản này thay thế")
    assert [s.kind for _, s in root.walk()].count("header") == 1


def test_the_letter_past_the_cover_page_names_the_file():
    meta = extract_metadata("halam-tai-lieu.docx", normalize_text(COVER + LETTER + BOOKLET))
    assert (meta.number, meta.date, meta.doc_type) == ("905/SNV-LĐVL", "2027-05-08", "Công văn")
    assert (meta.signer, meta.signer_role) == ("Lương Thị Hạnh", "Phó Giám đốc")
    assert meta.province == "Hà Lâm"


def test_the_booklets_figures_are_answered_and_cited_to_its_part(assistant_over):
    service = assistant_over({"halam-2027-tai-lieu-xkld.txt": COVER + LETTER + BOOKLET})
    answer = service.ask("Năm 2027 tỉnh Hà Lâm phấn đấu đưa bao nhiêu lao động đi làm việc ở nước ngoài?")
    assert not answer.refused and "2.150" in answer.text
    assert answer.citations[0].section.startswith("PHẦN I. CHỈ TIÊU NĂM 2027")
