"""Documents issued by offices and schools, and certified copies, read as what they are: a college's notice
asked of by the school's short name ("trường CĐ NLTL Sơn Nguyên"), its own councils and faculties given their
work, a meeting's Thông báo kết luận issued by the committee's office, and the copy another office made of it,
whose number, date and signer are the copy's, not the document's."""

from __future__ import annotations

import pytest

from assistant.extractive import initialisms, plan_topic_keywords
from assistant.questions import profile_question, section_hints
from index.agencies import find_agencies, known_name_end, looks_like_agency
from index.metadata import PlanMetadata, plan_metadata
from index.normalize import comparison_form, normalize_text
from index.plan_scope import PlanScope
from index.register.extract import extract_register
from index.register.responsibilities import _subject
from index.retriever import COPY_HINT
from index.structure import COPY_TITLE, SIGNATURE_TITLE, parse_structure
from index.vocab.documents import COPY_ASKED, pointed_kinds
from index.vocab.qualifiers import named_qualifiers

NOTICE = "\n".join([
    "UBND TỈNH SƠN NGUYÊN",
    "TRƯỜNG CAO ĐẲNG NÔNG LÂM - THỦY LỢI SƠN NGUYÊN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 41/TB-CĐNLTL",
    "Sơn Nguyên, ngày 02 tháng 4 năm 2026",
    "THÔNG BÁO",
    "Tuyển sinh giáo dục nghề nghiệp năm 2026",
    "I. CHỈ TIÊU TUYỂN SINH",
    "Tổng chỉ tiêu tuyển sinh năm 2026 của Nhà trường là 1.150 người, trong đó trình độ trung cấp 480 người.",
    "II. THỜI GIAN NHẬN HỒ SƠ",
    "1. Đợt 1: nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 30/6/2026.",
    "2. Đợt 2: nhận hồ sơ từ ngày 01/7/2026 đến hết ngày 25/8/2026; công bố kết quả trúng tuyển chậm nhất ngày "
    "31/8/2026.",
    "III. KÝ TÚC XÁ",
    "Nhà trường bố trí ký túc xá cho 300 học sinh, mức phí ký túc xá là 150.000 đồng/người/tháng.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Đào tạo",
    "Tiếp nhận hồ sơ đăng ký xét tuyển; tổng hợp danh sách thí sinh theo từng đợt.",
    "2. Hội đồng tuyển sinh năm 2026",
    "Tổ chức xét tuyển; công bố kết quả trúng tuyển trên website của Nhà trường.",
    "3. Các khoa chuyên môn",
    "Cử giảng viên tham gia tư vấn tuyển sinh; chuẩn bị xưởng thực hành cho học sinh.",
    "4. Đề nghị phối hợp",
    "- Ủy ban nhân dân các xã, phường thông báo rộng rãi nội dung tuyển sinh trên hệ thống thông tin cơ sở.",
    "Nơi nhận:",
    "- Sở Giáo dục và Đào tạo;",
    "- Lưu: VT, PĐT.",
    "HIỆU TRƯỞNG",
    "Đinh Văn Khoa",
    "",
])

CONCLUSION = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI",
    "VĂN PHÒNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 133/TB-VP",
    "Đông Hải, ngày 20 tháng 7 năm 2026",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về đào tạo nghề 6 tháng đầu năm 2026",
    "1. Đánh giá chung",
    "Sáu tháng đầu năm 2026 toàn tỉnh tuyển sinh giáo dục nghề nghiệp cho 9.400 người, đạt 51% kế hoạch năm.",
    "2. Giao nhiệm vụ cụ thể",
    "a) Sở Nội vụ: chủ trì tổ chức 12 phiên giao dịch việc làm còn lại của năm 2026, hoàn thành trước ngày "
    "15/12/2026.",
    "b) Sở Tài chính: tham mưu bố trí 6,5 tỷ đồng kinh phí đào tạo nghề cho lao động nông thôn.",
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "Nơi nhận:",
    "- Các sở: Nội vụ, Tài chính;",
    "- Lưu: VT, KGVX.",
    "KT. CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "Trương Minh Đạt",
    "SỞ NỘI VỤ TỈNH ĐÔNG HẢI",
    "SAO Y BẢN CHÍNH",
    "Số: 19/SY-SNV",
    "Đông Hải, ngày 24 tháng 7 năm 2026",
    "Nơi nhận:",
    "- Phòng Lao động - Việc làm;",
    "- Lưu: VT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Lương Thị Hạnh",
    "",
])


# ------------------------------------------------------------------ a school's notice, asked of by its short name


def test_a_school_named_by_its_shortened_kind_singles_out_no_training_level():
    assert "cao dang" not in named_qualifiers("Đợt 2 trường CĐ NLTL Sơn Nguyên nhận hồ sơ đến hết ngày nào?")
    assert "cao dang" not in named_qualifiers("dot 2 truong cd nltl son nguyen nhan ho so den ngay nao")
    assert "cao dang" in named_qualifiers("Chỉ tiêu trình độ CĐ năm 2026 là bao nhiêu?")


def test_the_issuers_initials_name_the_plan_not_its_topic():
    assert {"nltl", "cdnltl", "nltlsn"} <= initialisms("Trường Cao đẳng Nông lâm - Thủy lợi Sơn Nguyên")
    assert not initialisms("Sở Nội vụ") & {"sn", "nv"}  # two letters are often a syllable: never taken
    plan = PlanMetadata(doc="x.txt", province="Sơn Nguyên", number="41/TB-CĐNLTL", doc_type="Thông báo",
                        issuer="Trường Cao đẳng Nông lâm - Thủy lợi Sơn Nguyên")
    words = plan_topic_keywords(profile_question("Ký túc xá trường CĐ NLTL Sơn Nguyên bao nhiêu tiền 1 tháng?"), plan)
    assert "nltl" not in words and "ky" in words


def test_the_issuers_words_name_the_plan_only_where_the_question_names_the_issuer():
    school = PlanMetadata(doc="x.txt", province="Sơn Nguyên", number="41/TB-CĐNLTL", doc_type="Thông báo",
                          issuer="Trường Cao đẳng Nông lâm - Thủy lợi Sơn Nguyên")
    words = plan_topic_keywords(profile_question(
        "Học phí trường Cao đẳng Nông lâm Sơn Nguyên cho ngành thủy lợi hệ cao đẳng là bao nhiêu?"), school)
    assert {"thuy", "loi", "cao", "dang"} <= set(words) and not {"truong", "nong", "lam"} & set(words)
    department = PlanMetadata(doc="y.txt", province="Hải Dương", doc_type="Kế hoạch",
                              issuer="Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương")
    words = plan_topic_keywords(profile_question(
        "Sở LĐTBXH Hải Dương giao đào tạo bao nhiêu lao động nông thôn?"), department)
    assert {"lao", "dong", "nong", "thon"} <= set(words) and not {"thuong", "binh", "hai", "duong"} & set(words)


def test_a_schools_councils_and_faculties_are_bodies():
    assert find_agencies("Hội đồng tuyển sinh năm 2026 công bố kết quả") == ["Hội đồng tuyển sinh"]
    assert looks_like_agency("Khoa Cơ khí") and looks_like_agency("Các khoa chuyên môn")
    assert not looks_like_agency("Khoa học công nghệ phục vụ sản xuất")


def test_a_local_committees_group_ends_where_its_duty_starts():
    text = "Ủy ban nhân dân các xã, phường thông báo rộng rãi nội dung tuyển sinh trên hệ thống thông tin cơ sở"
    assert text[:known_name_end(text)] == "Ủy ban nhân dân các xã, phường"
    assert _subject(f"- {text}") == (["Ủy ban nhân dân các xã, phường"],
                                     "thông báo rộng rãi nội dung tuyển sinh trên hệ thống thông tin cơ sở")


def test_a_notices_units_get_their_rows():
    text = normalize_text(NOTICE)
    rows = extract_register("sonnguyen.txt", text, plan_metadata("sonnguyen.txt", text)).responsibilities
    assert {"Phòng Đào tạo", "Hội đồng tuyển sinh năm 2026", "Các khoa chuyên môn",
            "Ủy ban nhân dân cấp xã"} <= {r.agency for r in rows}


PLAN = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/KH-UBND", "Đông Hải, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH",
    "Đào tạo nghề, giải quyết việc làm tỉnh Đông Hải năm 2026",
    "I. CHỈ TIÊU", "- Tuyển sinh giáo dục nghề nghiệp 18.500 người; tổ chức 24 phiên giao dịch việc làm.",
    "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ chủ trì tổ chức các phiên giao dịch việc làm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Đức Thắng", "",
])


@pytest.fixture(scope="module")
def notices(assistant_over):
    """A college's notice beside a province's plan."""
    return assistant_over({"sonnguyen-2026-thong-bao-tuyen-sinh.txt": NOTICE,
                           "donghai-2026-kh-dao-tao-nghe.txt": PLAN})


@pytest.fixture(scope="module")
def conclusion(assistant_over):
    """A meeting's Thông báo kết luận with its certified copy, beside the province's plan it reviews."""
    return assistant_over({"donghai-2026-thong-bao-ket-luan.txt": CONCLUSION,
                           "donghai-2026-kh-dao-tao-nghe.txt": PLAN})


@pytest.mark.parametrize(("question", "fact"), [
    ("Đợt 2 trường CĐ NLTL Sơn Nguyên nhận hồ sơ đến hết ngày nào, bao giờ có kết quả?", "25/8/2026"),
    ("ky tuc xa truong cd nltl son nguyen bao nhieu tien 1 thang", "150.000"),
])
def test_a_question_naming_the_school_by_its_initials_is_answered(notices, question, fact):
    answer = notices.ask(question)
    assert not answer.refused and comparison_form(fact) in comparison_form(answer.text), answer.text


# ------------------------------------------------------------------ an office's Thông báo and its certified copy


def test_the_committees_office_issues_what_its_header_names():
    meta = plan_metadata("donghai.txt", normalize_text(CONCLUSION))
    assert (meta.issuer, meta.number, meta.signer) == ("Văn phòng Ủy ban nhân dân tỉnh Đông Hải", "133/TB-VP",
                                                       "Trương Minh Đạt")


def test_a_certified_copy_is_a_part_of_its_own():
    parts = {s.title: s for _, s in parse_structure(normalize_text(CONCLUSION)).walk() if s.kind != "root"}
    copy = "\n".join(b.text for b in parts[COPY_TITLE].body)
    assert "19/SY-SNV" in copy and "Lương Thị Hạnh" in copy and "SỞ NỘI VỤ TỈNH ĐÔNG HẢI" in copy
    signature = "\n".join(b.text for b in parts[SIGNATURE_TITLE].body)
    assert "Trương Minh Đạt" in signature and "Lương Thị Hạnh" not in signature


def test_a_copy_asked_of_is_not_a_dossiers_copies():
    assert COPY_ASKED.search("ai ky ban sao y") and COPY_ASKED.search("ban sao cua thong bao nay so may")
    assert not COPY_ASKED.search("ho so gom ban sao hoc ba va giay khai sinh")
    assert COPY_HINT in section_hints("Ai ký bản sao y bản chính?")
    assert not profile_question("Bản sao y do ai ký?").kinds & {"signer", "doc_number"}


def test_the_kind_of_document_pointed_at_names_the_plans_of_that_kind():
    assert pointed_kinds("thong bao ket luan nay do ai ky") == {"thong bao"}
    assert pointed_kinds("bao cao nam nay gui ai") == set()
    assert pointed_kinds("ke hoach nay do ai ky") == set()  # any plan document is called so
    plans = {"a.txt": PlanMetadata(doc="a.txt", province="Đông Hải", doc_type="Thông báo"),
             "b.txt": PlanMetadata(doc="b.txt", province="Tây Hải", doc_type="Kế hoạch")}
    evidence = PlanScope(plans).evidence("thong bao nay do ai ky")
    assert evidence["a.txt"] > evidence["b.txt"] == 0.0


def test_the_notice_is_signed_by_its_own_signer_and_the_copy_by_the_copys(conclusion):
    own = conclusion.ask("Thông báo kết luận này do ai ký và ban hành ngày nào?")
    assert "Trương Minh Đạt" in own.text and "20/07/2026" in own.text and "Lương Thị Hạnh" not in own.text, own.text
    copy = conclusion.ask("Ai ký bản sao y bản chính?")
    assert "Lương Thị Hạnh" in copy.text and "19/SY-SNV" in copy.text, copy.text


# ------------------------------------------------------------------ a commune's notice listing its papers in line
ENROLMENT = "\n".join([
    "ỦY BAN NHÂN DÂN XÃ KHE LAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 52/TB-UBND", "Khe Lau, ngày 05 tháng 6 năm 2028", "THÔNG BÁO",
    "Tuyển sinh lớp Kỹ thuật trồng chè cho lao động nông thôn năm 2028",
    "1. Số lượng: 30 học viên; khai giảng ngày 01/7/2028 tại Nhà văn hóa thôn Nà Lừa.",
    "2. Hồ sơ đăng ký",
    "a) Đơn xin học nghề (theo mẫu, nhận tại Bộ phận Một cửa xã); b) Bản sao thẻ Căn cước; c) Giấy xác nhận hộ "
    "nghèo, hộ cận nghèo (nếu có); d) 02 ảnh cỡ 3x4 cm.",
    "3. Thời hạn nhận hồ sơ: đến hết ngày 25/6/2028 tại Bộ phận Một cửa xã.",
    "4. Kinh phí mở lớp đăng ký học nghề 96 triệu đồng, gồm: ngân sách tỉnh 80 triệu đồng; ngân sách xã 16 triệu "
    "đồng.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nông Văn Pao", "",
])


def test_items_lettered_in_one_paragraph_answer_a_list_asked_in_the_users_words(assistant_over):
    """"những giấy tờ gì": the papers a notice lists as its "Hồ sơ đăng ký", lettered in one paragraph, each one;
    not another list of the notice ("Kinh phí … gồm: …")."""
    answer = assistant_over({"khelau-2028-tb-tuyen-sinh.txt": ENROLMENT,
                             "donghai-2026-kh-dao-tao-nghe.txt": PLAN}).ask(
        "Muốn học lớp trồng chè ở xã Khe Lau thì cần mang theo những giấy tờ gì?")
    assert not answer.refused, answer.text
    for item in ("Đơn xin học nghề", "thẻ Căn cước", "02 ảnh"):
        assert item in answer.text, answer.text
    assert ": :" not in answer.text  # no lead left empty before the items
