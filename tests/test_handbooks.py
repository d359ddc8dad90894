"""A handbook a Sở puts out for the public ("SỔ TAY HỎI – ĐÁP …", "CẨM NANG …"): a document of its own with no
number, whose cover cites the council's resolution and the plan it explains by their numbers, whose colophon names
who is responsible for publishing it and whose foreword the head of the Sở signs before the chapters. Hand-made
(Sở Giáo dục và Đào tạo of tỉnh Hòa Sơn, invented)."""

from __future__ import annotations

from assistant.questions import BASIS, DOC_NUMBER, profile_question
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure

HANDBOOK = """ỦY BAN NHÂN DÂN TỈNH HÒA SƠN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
SỔ TAY HỎI – ĐÁP
CHÍNH SÁCH HỖ TRỢ HỌC NGHỀ NĂM 2027
(Giải thích Nghị quyết số 31/2026/NQ-HĐND của HĐND tỉnh và Kế hoạch số 402/KH-UBND của UBND tỉnh Hòa Sơn)
TÀI LIỆU TUYÊN TRUYỀN – KHÔNG BÁN
Thông tin xuất bản
Chịu trách nhiệm xuất bản: Lê Minh Châu, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Hòa Sơn
Giấy phép xuất bản tài liệu không kinh doanh số 14/GP-SVHTTDL cấp ngày 20/01/2027.
Số lượng: 2.000 bản in.
Lời nói đầu
Sở Giáo dục và Đào tạo biên soạn cuốn Sổ tay này gồm 12 câu hỏi thường gặp về chính sách học nghề.
Hòa Sơn, ngày 22 tháng 01 năm 2027
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
Đoàn Quốc Khánh
Chương 1. CĂN CỨ PHÁP LÝ
1. Các văn bản được giải thích trong Sổ tay
- Nghị quyết số 31/2026/NQ-HĐND ngày 08 tháng 12 năm 2026 của HĐND tỉnh quy định chính sách học nghề.
- Kế hoạch số 402/KH-UBND ngày 26 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh về hỗ trợ học nghề năm 2027.
Chương 2. HỎI – ĐÁP VỀ HỌC NGHỀ
Câu 1. Mỗi người được hỗ trợ chi phí đào tạo bao nhiêu?
Trả lời:
Người học nghề trình độ sơ cấp được hỗ trợ chi phí đào tạo tối đa 4.000.000 đồng/người/khóa học.
"""


def test_a_handbook_is_a_document_of_its_own_not_the_plan_it_explains():
    meta = extract_metadata("hoason-so-tay.txt", normalize_text(HANDBOOK))
    assert meta.doc_type == "Sổ tay" and meta.number == ""
    assert meta.signer == "Đoàn Quốc Khánh"
    assert meta.label.startswith("Sổ tay HỎI – ĐÁP CHÍNH SÁCH HỖ TRỢ HỌC NGHỀ NĂM 2027")
    assert "402/KH-UBND" not in meta.label


def test_what_a_handbook_explains_is_what_it_rests_on():
    assert BASIS in profile_question("Sổ tay này giải thích nghị quyết nào của HĐND tỉnh?").kinds


def test_a_licences_number_is_not_the_documents():
    assert DOC_NUMBER not in profile_question("Sổ tay được in theo giấy phép số mấy?").kinds
    assert DOC_NUMBER in profile_question("Sổ tay hỏi đáp học nghề Hòa Sơn số mấy, ngày nào?").kinds


def test_a_handbooks_foreword_signer_and_the_plans_it_explains_are_answered(assistant_over):
    service = assistant_over({"hoason-2027-so-tay-hoc-nghe.txt": HANDBOOK})
    signed = service.ask("Ai ký lời nói đầu của Sổ tay hỏi đáp học nghề năm 2027 tỉnh Hòa Sơn?")
    assert not signed.refused and "Đoàn Quốc Khánh" in signed.text
    assert signed.citations and "Đoàn Quốc Khánh" in signed.citations[0].quote
    explained = service.ask("Sổ tay hỏi đáp học nghề Hòa Sơn giải thích kế hoạch số mấy?")
    assert not explained.refused and "402/KH-UBND" in explained.text


def test_a_handbooks_named_parts_stand_on_their_own():
    """Its colophon, foreword and glossary are parts named by what they are, at the top: the foreword's signature
    is a signature, and the glossary after the last annex's last item is none of that item's."""
    text = HANDBOOK + ("Phụ lục 1. MẪU PHIẾU ĐĂNG KÝ HỌC NGHỀ\n1. Họ và tên: ..............\n"
                       "2. Nghề đăng ký học: ..............\nGiải thích từ ngữ\n"
                       "Đào tạo dưới 03 tháng: khóa đào tạo có thời gian dưới 03 tháng, cấp chứng chỉ đào tạo.\n")
    top = [(s.kind, s.title) for path, s in parse_structure(normalize_text(text)).walk() if len(path) == 1]
    assert ("book", "Thông tin xuất bản") in top and ("book", "Lời nói đầu") in top
    assert ("book", "Giải thích từ ngữ") in top
    signature = next(s for path, s in parse_structure(normalize_text(text)).walk() if s.kind == "signature")
    assert signature.body[-1].text == "Đoàn Quốc Khánh"
