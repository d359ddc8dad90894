"""index.vocab.documents: each pattern on what it must find and what it must leave alone."""

from __future__ import annotations

import pytest

from index.vocab.documents import (
    PERSON_NAME,
    PRESENTED_PLAN,
    SIGNED_BY,
    PARTY_HEADER,
    PARTY_NUMBER,
    PARTY_NUMBER_FIELD,
    COUNCIL_HEADER,
    DEPARTMENT_HEADER,
    DOC_TYPE_BY_CODE,
    DOC_TYPES,
    DRAFT_MARK,
    ENACTING_AUTHORITY,
    ISSUED_ASKED,
    FOR_COMMITTEE,
    ISSUED_WITH,
    ISSUER_SENTENCE,
    ISSUING_TITLE,
    LEVELLED_PLACE,
    NUMBER,
    NUMBER_FIELD,
    PLACE_DATE,
    PLACE_DATE_OPEN,
    PLACE_NUMERIC_DATE,
    SIGNER_TITLE,
    TERRITORY,
    TYPE_HEADING,
    WEB_TABLE_FIELDS,
    WEB_TABLE_LABEL,
)


def test_every_type_has_its_code():
    assert {DOC_TYPE_BY_CODE[code.upper()] for code in DOC_TYPES.values()} == set(DOC_TYPES)
    assert DOC_TYPE_BY_CODE["CTR"] == "Chương trình"


@pytest.mark.parametrize(
    ("line", "type_", "rest"),
    [
        ("KẾ HOẠCH", "KẾ HOẠCH", ""),
        ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH", ""),
        ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH", ""),
        ("NGHỊ QUYẾT", "NGHỊ QUYẾT", ""),
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", ""),
        ("ĐỀ ÁN", "ĐỀ ÁN", ""),
        ("HƯỚNG DẪN LIÊN SỞ", "HƯỚNG DẪN", ""),  # of two departments: the title is the next line
        ("KẾ HOẠCH Thực hiện Chiến lược", "KẾ HOẠCH", "Thực hiện Chiến lược"),
    ],
)
def test_type_heading(line, type_, rest):
    m = TYPE_HEADING.match(line)
    assert (m.group("type"), m.group("rest")) == (type_, rest)


@pytest.mark.parametrize(
    "line", ["Kế hoạch", "TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 316-KH/TU", "KẾ HOẠCHX", "QUYẾT NGHỊ:"]
)
def test_not_a_type_heading(line):
    assert TYPE_HEADING.match(line) is None


@pytest.mark.parametrize(
    ("text", "num", "suf"),
    [
        ("Số: 70 /KH-UBND", "70", "KH-UBND"),
        ("Số: /KH-SLĐTBXH", None, "KH-SLĐTBXH"),
        ("Số: 12/2024/NQ-HĐND", "12/2024", "NQ-HĐND"),
        ("Số: 05/CTr-UBND", "05", "CTr-UBND"),
        ("Số: 647/QĐ-UBND | Bạch Vân, ngày 24", "647", "QĐ-UBND"),
        ("Số 9/KH – UBND", "9", "KH – UBND"),
        # a party document numbers type before body
        ("Số 27-CTr/TU", "27", "CTr/TU"), ("Số: 15-NQ/TU", "15", "NQ/TU"), ("Số 12 - KH/HU", "12", "KH/HU"),
        ("* Số 05-CT/ĐU ĐẢNG CỘNG SẢN VIỆT NAM", "05", "CT/ĐU"),
    ],
)
def test_number_field(text, num, suf):
    m = NUMBER_FIELD.search(text) or PARTY_NUMBER_FIELD.search(text)
    assert (m.group("num"), m.group("suf")) == (num, suf)


@pytest.mark.parametrize("text", ["Số lượng 70 người", "Số: 70", "Số hiệu | 153/KH-UBND", "Số: 12/kh-ubnd"])
def test_not_a_number_field(text):
    assert NUMBER_FIELD.search(text) is None


@pytest.mark.parametrize(("value", "suf"), [("153/KH-UBND", "KH-UBND"), ("15/2024/NQ-HĐND", "NQ-HĐND")])
def test_number_value(value, suf):
    assert NUMBER.match(value).group("suf") == suf


@pytest.mark.parametrize("value", ["Đang cập nhật", "153", "153/KH-UBND ngày 21/8/2019"])
def test_not_a_number_value(value):
    assert NUMBER.match(value) is None


@pytest.mark.parametrize("text", ["Số: 70/KH-UBND", "Số lượng 27-30 người", "Nghị quyết số 21-NQ/TW-ngày", "Số 27-CTr"])
def test_not_a_party_number_field(text):
    assert PARTY_NUMBER_FIELD.search(text) is None


def test_party_number_value():
    assert PARTY_NUMBER.match("203-KL/TW").group("suf") == "KL/TW" and PARTY_NUMBER.match("203/KL-TW") is None


@pytest.mark.parametrize(("text", "level"), [("ĐẢNG BỘ TỈNH BẢO AN", "TỈNH"), ("ĐẢNG BỘ THÀNH PHỐ HOA BIÊN", "THÀNH PHỐ"),
                                             ("ĐẢNG BỘ XÃ ĐỒNG SA", "XÃ")])
def test_party_header(text, level):
    assert PARTY_HEADER.search(text).group("level") == level


def test_not_a_party_header():
    assert PARTY_HEADER.search("ĐẢNG CỘNG SẢN VIỆT NAM") is None and PARTY_HEADER.search("Đảng bộ tỉnh") is None




@pytest.mark.parametrize(
    ("text", "level", "rest"),
    [("Ủy ban nhân dân tỉnh Hải Dương", "tỉnh", "Hải Dương"), ("UBND Thành phố", "Thành phố", None), ("TP. Huế", "TP.", "Huế")],
)
def test_territory(text, level, rest):
    m = TERRITORY.search(text)
    assert (m.group("level"), m.group("rest")) == (level, rest)


@pytest.mark.parametrize("text", ["Ủy ban nhân dân", "các tỉnhthành"])
def test_no_territory(text):
    assert TERRITORY.search(text) is None


@pytest.mark.parametrize(
    ("place", "name"), [("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Tỉnh Vĩnh Phúc", "Vĩnh Phúc"), ("Thành Phố Hoa Biên", "Hoa Biên")]
)
def test_levelled_place(place, name):
    assert LEVELLED_PLACE.match(place).group("name") == name


def test_not_a_levelled_place():
    assert LEVELLED_PLACE.match("Hà Nội") is None


@pytest.mark.parametrize(
    ("header", "body", "level"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BẠCH VÂN", "ỦY BAN NHÂN DÂN", "TỈNH"),
        ("UBND THÀNH PHỐ ĐÀ NẴNG", "UBND", "THÀNH PHỐ"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG MÂY", "HỘI ĐỒNG NHÂN DÂN", "TỈNH"),
    ],
)
def test_council_header(header, body, level):
    m = COUNCIL_HEADER.search(header)
    assert (m.group("body"), m.group("level")) == (body, level)


@pytest.mark.parametrize("header", ["ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH X"])
def test_not_a_council_header(header):
    assert COUNCIL_HEADER.search(header) is None


def test_department_header():
    m = DEPARTMENT_HEADER.search("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH SÔNG MÂY")
    assert m.group("rest").startswith("LAO ĐỘNG")
    assert DEPARTMENT_HEADER.search("CÁC SỞ, NGÀNH") is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("2023. UBND Thành phố ban hành Kế hoạch triển khai", "UBND Thành phố"),
        ("Sở Lao động – Thương binh và Xã hội xây dựng Kế hoạch triển khai", "Sở Lao động – Thương binh và Xã hội"),
    ],
)
def test_issuer_sentence(text, body):
    assert ISSUER_SENTENCE.search(text).group("body") == body


def test_not_an_issuer_sentence():
    assert ISSUER_SENTENCE.search("Căn cứ Kế hoạch số 10/KH-UBND của UBND tỉnh;") is None


@pytest.mark.parametrize(
    "line",
    ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠCH VÂN", "ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG MÂY"],
)
def test_enacting_authority(line):
    assert ENACTING_AUTHORITY.match(line)


@pytest.mark.parametrize("line", ["PHÁT TRIỂN NGUỒN NHÂN LỰC", "Ủy ban nhân dân tỉnh ban hành"])
def test_not_an_enacting_authority(line):
    assert ENACTING_AUTHORITY.match(line) is None


@pytest.mark.parametrize(
    ("line", "prefix", "text"),
    [
        ("Hà Nội, ngày 07 tháng 3 năm 2023", "Hà Nội", "ngày 07 tháng 3 năm 2023"),
        ("Hải Phòng, ngày tháng năm 2023", "Hải Phòng", "ngày tháng năm 2023"),
        ("Ngày 31 tháng 12 năm 2024", "", "Ngày 31 tháng 12 năm 2024"),
    ],
)
def test_place_date(line, prefix, text):
    m = PLACE_DATE.search(line)
    assert (m.group("prefix").strip(), m.group("text")) == (prefix, text)


@pytest.mark.parametrize(
    ("line", "prefix", "text"),
    [
        ("Sông Mây, ngày 21/8/2019", "Sông Mây", "ngày 21/8/2019"),
        ("Hoa Biên, 05/04/2024", "Hoa Biên", "05/04/2024"),
        ("Hoa Biên, 5 tháng 4 năm 2024", "Hoa Biên", "5 tháng 4 năm 2024"),
    ],
)
def test_place_numeric_date(line, prefix, text):
    m = PLACE_NUMERIC_DATE.search(line)
    assert (m.group("prefix").strip(), m.group("text")) == (prefix, text)


@pytest.mark.parametrize("line", ["Số: 12/2024/NQ-HĐND", "trước 21/8/2019", "Hà Nội, 21/8"])
def test_not_a_place_numeric_date(line):
    assert PLACE_NUMERIC_DATE.search(line) is None


@pytest.mark.parametrize("line", ["Vĩnh Phúc, ngày", "Hà Nội, ngày 21 tháng", "Hà Nội, ngày 21 tháng 8 năm"])
def test_place_date_cut_before_its_date(line):
    assert PLACE_DATE_OPEN.search(line)


@pytest.mark.parametrize("line", ["Hà Nội, ngày 21 tháng 8 năm 2019", "trong ngày hội", "Số: 153/KH-UBND"])
def test_place_date_not_cut(line):
    assert PLACE_DATE_OPEN.search(line) is None


@pytest.mark.parametrize("cell", ["Số hiệu", "Loại văn bản:", "NGƯỜI KÝ", "Ngày hiệu lực", "Tình trạng"])
def test_web_table_label(cell):
    assert WEB_TABLE_LABEL.match(cell)


@pytest.mark.parametrize("cell", ["Số: 153/KH-UBND", "Người ký thay", "Nơi nhận:"])
def test_not_a_web_table_label(cell):
    assert WEB_TABLE_LABEL.match(cell) is None


def test_web_table_fields_are_labels():
    assert all(WEB_TABLE_LABEL.match(label) for label in WEB_TABLE_FIELDS)


@pytest.mark.parametrize(
    ("line", "type_"),
    [
        ("(Ban hành kèm theo Quyết định số 647/QĐ-UBND ngày 24 tháng 3 năm 2025)", "Quyết định"),
        ("(Kèm theo Nghị quyết số 15/2024/NQ-HĐND)", "Nghị quyết"),
        ("(Được phê duyệt kèm theo Quyết định số 412/QĐ-UBND ngày 18 tháng 3 năm 2026)", "Quyết định"),
        ("(Phê duyệt kèm theo Quyết định số 9/QĐ-UBND)", "Quyết định"),
    ],
)
def test_issued_with(line, type_):
    assert ISSUED_WITH.match(line).group("type") == type_


@pytest.mark.parametrize("line", ["Căn cứ Quyết định số 647/QĐ-UBND;", "Phụ lục kèm theo Kế hoạch"])
def test_not_issued_with(line):
    assert ISSUED_WITH.match(line) is None


@pytest.mark.parametrize(
    ("title", "type_", "rest"),
    [
        ("Ban hành Kế hoạch phát triển giáo dục nghề nghiệp năm 2025", "Kế hoạch", "phát triển giáo dục nghề nghiệp năm 2025"),
        ("Về việc ban hành Chương trình hành động thực hiện Nghị quyết", "Chương trình", "thực hiện Nghị quyết"),
        ("Phê duyệt Đề án đào tạo nghề", "Đề án", "đào tạo nghề"),
    ],
)
def test_issuing_title(title, type_, rest):
    m = ISSUING_TITLE.match(title)
    assert (m.group("type"), m.group("title")) == (type_, rest)


@pytest.mark.parametrize("title", ["Quy định chính sách hỗ trợ đào tạo nghề", "Thực hiện Kế hoạch số 10/KH-UBND"])
def test_not_an_issuing_title(title):
    assert ISSUING_TITLE.match(title) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", [("KT", "CHỦ TỊCH"), (None, "PHÓ CHỦ TỊCH")]),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", [(None, "CHỦ TỊCH")]),
        ("Q. GIÁM ĐỐC", [("Q", "GIÁM ĐỐC")]),
        ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", [("TL", "CHỦ TỊCH"), (None, "CHÁNH VĂN PHÒNG")]),
        ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", [(None, "PHÓ CHỦ TỊCH THƯỜNG TRỰC")]),
    ],
)
def test_signer_title(text, found):
    assert [(m.group("authority"), m.group("title")) for m in SIGNER_TITLE.finditer(text)] == found


@pytest.mark.parametrize("text", ["TM. ỦY BAN NHÂN DÂN", "NƠI NHẬN", "CHỦ TỊCHX"])
def test_no_signer_title(text):
    assert SIGNER_TITLE.search(text) is None


@pytest.mark.parametrize("line", ["TM. ỦY BAN NHÂN DÂN", "T.M. UBND"])
def test_for_committee(line):
    assert FOR_COMMITTEE.match(line)


@pytest.mark.parametrize("line", ["KT. CHỦ TỊCH", "TM. HỘI ĐỒNG NHÂN DÂN"])
def test_not_for_committee(line):
    assert FOR_COMMITTEE.match(line) is None


@pytest.mark.parametrize(("line", "mark"), [
    ("DỰ THẢO", "DỰ THẢO"),
    ("(Dự thảo lần 2, ngày 12/01/2026)", "Dự thảo lần 2, ngày 12/01/2026"),
    ("Dự thảo 3", "Dự thảo 3"),
    ("  (DỰ THẢO LẦN 1) ", "DỰ THẢO LẦN 1"),
    # what the draft was sent round with, after its mark
    ("(Dự thảo ngày 18/11/2027, kèm theo Công văn số 2417/SGDĐT-GDNN của Sở Giáo dục và Đào tạo lấy ý kiến góp ý)",
     "Dự thảo ngày 18/11/2027"),
])
def test_draft_mark_is_a_line_of_its_own(line, mark):
    found = DRAFT_MARK.match(line)
    assert found and found["mark"] == mark


@pytest.mark.parametrize("line", [
    "Sở Nội vụ chủ trì xây dựng dự thảo Nghị quyết, trình HĐND tỉnh.",
    "Dự thảo Nghị quyết trình HĐND tỉnh tại kỳ họp giữa năm 2026",
    "| 2 | Tham mưu dự thảo | Sở Tư pháp |",
    "Dự thảo kế hoạch, kèm theo hồ sơ (gửi Sở Tư pháp thẩm định)",  # a draft named in a sentence, not its mark
])
def test_draft_mark_leaves_drafts_named_in_text_alone(line):
    assert not DRAFT_MARK.match(line)



def test_a_document_is_cited_by_its_number_and_type_not_by_another_of_the_type():
    from index.plan_scope import cites_document

    basis = "can cu nghi quyet so 36-nq/tw ngay 22/10/2018; thuc hien quyet dinh so 2239/qd-ttg; nghi quyet 06/2023/nq-hdnd"
    assert cites_document(basis, "36", "nq") and cites_document(basis, "2239", "qd")
    assert cites_document(basis, "6", "nq")  # "06/2023/NQ-HĐND": a leading zero, the year between
    assert not cites_document(basis, "37", "nq") and not cites_document(basis, "36", "ct")
    assert not cites_document(basis, "239", "qd")  # part of another number


def test_a_plan_named_by_number_and_date_in_running_text():
    m = PRESENTED_PLAN.search("- Triển khai Kế hoạch số 58/KH-UBND ngày 20/02/2026 của UBND tỉnh Xuân Quang")
    assert m and (m["num"], m["date"]) == ("58/KH-UBND", "20/02/2026")
    assert PRESENTED_PLAN.search("theo Kế hoạch số 12/2026/KH-UBND")["num"] == "12/2026/KH-UBND"
    for text in ("Nghị định số 112/2021/NĐ-CP ngày 10/12/2021", "Kế hoạch số lượng lớp học", "kế hoạch năm 2026"):
        assert not PRESENTED_PLAN.search(text), text


def test_who_signed_a_plan_as_prose_tells_it():
    assert SIGNED_BY.search("Kế hoạch 58 do đồng chí Phạm Quốc Hưng, Phó Chủ tịch UBND tỉnh, ký ban hành.")["who"] == \
        "Phạm Quốc Hưng, Phó Chủ tịch UBND tỉnh"
    assert SIGNED_BY.search("Kế hoạch do Phó Chủ tịch UBND tỉnh Trần Văn Bình ký")["who"] == \
        "Phó Chủ tịch UBND tỉnh Trần Văn Bình"
    assert not SIGNED_BY.search("Hợp đồng do người lao động ký kết với doanh nghiệp.")


@pytest.mark.parametrize(("text", "number", "code", "stated"), [
    ("Thực hiện Kế hoạch số 316-KH/TU, ngày 23/4/2025 của Thành ủy thực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của "
     "Ban Bí thư", "37", "ct", "Chỉ thị số 37-CT/TW, ngày 10/7/2024"),
    ("Căn cứ Nghị quyết số 06/NQ-CP ngày 10 tháng 01 năm 2023 của Chính phủ", "6", "nq",
     "Nghị quyết số 06/NQ-CP ngày 10 tháng 01 năm 2023"),
    ("Kế hoạch số 316-KH/TU ngày 23/4/2025 về thực hiện Chỉ thị số 37-CT/TW.", "37", "ct", ""),  # the plan's date
    ("Thực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024", "36", "ct", ""),
])
def test_a_citation_gives_its_document_the_date_right_after_its_number(text, number, code, stated):
    from index.normalize import fold_accents
    from index.plan_scope import cited_with_date, dates_cited

    assert cited_with_date(text, number, code) == stated
    assert dates_cited(fold_accents(text), number, code) == bool(stated)


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Trịnh Văn Lộc, Hiệu trưởng, chịu trách nhiệm thi hành.", "Trịnh Văn Lộc"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Mai", "Nguyễn Thị Mai"),
    ("Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 236.", None),
    ("Trường Cao đẳng Nghề Hà Lâm phối hợp.", None),  # a weak family name opens a place's name as often
])
def test_a_persons_name_in_running_text(text, name):
    found = PERSON_NAME.search(text)
    assert (found.group() if found else None) == name


@pytest.mark.parametrize("question, asked", [
    ("Kế hoạch có số hiệu chính thức là bao nhiêu?", True),
    ("ke hoach so hieu bao nhieu, ky ngay nao", True),
    ("Văn bản này ngày ký là ngày nào?", True),
    ("Kế hoạch mang số hiệu gì, lập ngày nào?", False),  # a draft's mark answers this
    ("Ai ký kế hoạch?", False),
])
def test_what_only_an_issued_document_has_is_asked(question, asked):
    from index.normalize import fold_accents

    assert bool(ISSUED_ASKED.search(fold_accents(question).lower())) is asked
