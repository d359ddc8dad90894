"""Groups and places a question singles out: positive and negative examples."""

from __future__ import annotations

import pytest

from index.vocab.qualifiers import (
    asked_bound,
    bounded_otherwise,
    named_places,
    named_qualifiers,
    names_qualifier,
    quoted_names,
)


@pytest.mark.parametrize(("question", "expected"), [
    ("Ai tổ chức ngày hội việc làm dành riêng cho người khuyết tật?", {"khuyet tat"}),
    ("ho tro nguoi khuyet tat o huyen Cam Duong bao nhieu", {"khuyet tat", "cam duong"}),
    ("Ngân sách huyện Cẩm Đường bố trí bao nhiêu cho đào tạo nghề?", {"cam duong", "ngan sach huyen"}),
    ("Năm 2029 ngân sách tỉnh bố trí bao nhiêu tỷ đồng?", {"ngan sach tinh"}),  # not the year's total
    ("ngan sach cap xa phai bo tri bao nhieu ty dong", {"ngan sach xa"}),
    ("Kinh phí kế hoạch có bao nhiêu ngân sách cấp trung ương?", {"ngan sach trung uong"}),
    # a level of government named as the payer asks for its budget's share
    ("Trong đó tỉnh bỏ ra bao nhiêu?", {"ngan sach tinh"}),
    ("tinh chi bao nhieu tien ho tro khoan nay", {"ngan sach tinh"}),
    ("Trung ương cấp bao nhiêu trong đó?", {"ngan sach trung uong"}),
    ("Cấp huyện góp bao nhiêu?", {"ngan sach huyen"}),
    ("Tỉnh chỉ đạo việc này thế nào?", set()),  # "chỉ đạo" directs, pays nothing
    ("Tỉnh hỗ trợ bao nhiêu tiền một người học?", set()),  # a support level, not the province's budget
    ("Nguồn xã hội hóa huy động bao nhiêu?", {"xa hoi hoa"}),
    ("Đào tạo nghề cho lao động nữ ở thị xã Sơn Tây?", {"phu nu", "son tay"}),
    ("Bao nhiêu bộ đội xuất ngũ được học nghề?", {"xuat ngu"}),
    ("Thanh niên hoàn thành nghĩa vụ quân sự được hỗ trợ gì?", {"xuat ngu", "thanh nien"}),
    ("Bao nhiêu lao động nghề cá được chuyển đổi nghề?", {"ngu dan"}),  # a plan's word for fishers
    ("ho tro hoc nghe cho nguoi DTTS", {"dan toc thieu so"}),
    ("Doanh nghiệp ở KCN Phú Thạch nhận bao nhiêu học viên?", {"phu thach"}),
    ("Quận Ba Đình Hà Nội tổ chức mấy phiên giao dịch việc làm?", {"ba dinh"}),
    ("Riêng xã đảo Hòn Nhạn có chỉ tiêu bao nhiêu?", {"hon nhan"}),  # an island commune
    ("Năm 2023 Hải Dương đặt chỉ tiêu tuyển sinh trình độ đại học bao nhiêu người?", {"dai hoc"}),
    ("tuyen sinh cao dang va trung cap bao nhieu", {"cao dang", "trung cap"}),
    ("Hạn hoàn thành Đề án sắp xếp các trường trung cấp công lập là khi nào?", {"truong trung cap"}),  # its schools
    ("Lồng ghép bao nhiêu tiền từ Chương trình MTQG giảm nghèo bền vững?", {"giam ngheo"}),  # the programme
    ("Năm 2024 đưa bao nhiêu lao động sang Hàn Quốc làm việc?", {"han quoc"}),
    ("xuat khau lao dong sang nhat ban va dai loan bao nhieu nguoi", {"nhat ban", "dai loan"}),
    ("Trong đó sang Nhật bao nhiêu người?", {"nhat ban"}),  # a country's short name after going there
    ("thi truong han tuyen bao nhieu lao dong", {"han quoc"}),
    ("Mỗi trường ký với ít nhất bao nhiêu doanh nghiệp, thời hạn bao lâu?", set()),  # "nhất", "hạn": no country
    ("Tỷ lệ thất nghiệp ở khu vực nông thôn năm 2025 là bao nhiêu?", {"nong thon"}),
    ("ty le that nghiep khu vuc thanh thi den 2030", {"thanh thi"}),
    ("Tỷ lệ thất nghiệp của thanh niên phải dưới bao nhiêu?", {"thanh nien"}),
    ("phien giao dich viec lam thang 8 nam 2026 la phien gi", {"thang 8"}),
    ("Những việc nào phải xong trong tháng 9/2025?", {"thang 9"}),
    ("Trong số tuyển sinh năm 2025 đó thì nữ chiếm bao nhiêu %?", {"phu nu"}),  # the women's share
    ("ty le nu trong tong tuyen sinh la bao nhieu", {"phu nu"}),
    # school leavers: a share of workers trained is none of theirs
    ("Bao nhiêu phần trăm học sinh tốt nghiệp THCS vào học nghề?", {"tot nghiep thcs"}),
    ("ty le hoc sinh tot nghiep trung hoc pho thong vao hoc nghe", {"tot nghiep thpt"}),
    ("Bao nhiêu phần trăm học sinh học xong lớp 9 chuyển sang học nghề?", {"tot nghiep thcs"}),  # as people say it
])
def test_a_question_singles_out_groups_and_places(question, expected):
    assert named_qualifiers(question) == expected


@pytest.mark.parametrize("question", [
    "Tỷ lệ tham gia bảo hiểm xã hội đạt bao nhiêu?",  # "xã hội" is no commune
    "Cơ quan Nhà nước nào chủ trì?",  # "cơ quan" is no district
    "UBND các huyện, thị xã, thành phố phải làm gì?",  # every district: none singled out
    "Ở địa phương Hà Nội tuyển sinh bao nhiêu?",
    "Tuyển sinh giáo dục nghề nghiệp năm 2025 là bao nhiêu người?",
    "Đưa bao nhiêu lao động đi làm việc ở nước ngoài theo hợp đồng?",  # every market: none singled out
    "Đức tính cần cù của người lao động được giáo dục thế nào?",  # "Đức"/"dục" is no country
    "Tỷ lệ thất nghiệp chung năm 2025 là bao nhiêu?",  # every area: none singled out
    "Kế hoạch mà UBND Hà Nội ban hành tháng 7/2025 muốn đào tạo bao nhiêu người?",  # the plan's issue month
    "Kế hoạch ký vào tháng 3 giao sở nào chủ trì?",
    "Báo cáo năm gửi trước ngày 15 tháng 12 năm 2025?",  # a day's month is the date asked of, not singled out
    "truong trung cap cua toi bao cao ket qua nam truoc ngay nao",  # the asker's school, not the level
    "trường trung cấp kinh tế kỹ thuật tây lĩnh đc giao bao nhiêu chỉ tiêu?",  # a school by its name, typed so
    "Trường cao đẳng chúng em phải báo cáo cho sở nào?",
    "Đợt 2 trường CĐ KTCN Hoàng Phúc nhận hồ sơ đến ngày nào?",  # a school by its shortened kind
    "Từ tháng 7 tới cuối năm tỉnh phải đưa đi bao nhiêu người nữa?",  # a stretch of the year, no month singled out
])
def test_a_question_without_a_group_or_place_singles_out_none(question):
    assert named_qualifiers(question) == frozenset()


def test_women_are_named_by_a_lists_count_and_column():
    """A learners' list counts its women beside each subtotal ("6 người, nữ 5 người") and writes "Nữ" as a column."""
    assert names_qualifier("phu nu", "Cộng nghề May công nghiệp (6 người, nữ 5 người) | Mức hỗ trợ (đồng): 17.500.000")
    assert names_qualifier("phu nu", "Lò Thị Xuân | Năm sinh Nữ: 1994 | Thôn: Nà Lầu")
    assert not names_qualifier("phu nu", "Cộng nghề Sửa chữa máy nông nghiệp (6 người)")


def test_a_month_is_named_with_or_without_its_leading_zero():
    assert names_qualifier("thang 8", "| 7 | Tháng 08/2026 | Phiên chuyên đề tuyển lao động |")
    assert names_qualifier("thang 8", "tổ chức vào tháng 8 năm 2026")
    assert not names_qualifier("thang 1", "tổ chức vào tháng 10/2026") and not names_qualifier("thang 8", "18 tháng")


def test_a_month_is_named_by_a_day_of_it():
    """ "phiên tháng 9" asked, "hoàn thành trước ngày 18/9/2026" quoted: the day names its month; a count of months,
    a school year or a quarter names none."""
    assert names_qualifier("thang 9", "hoàn thành công tác chuẩn bị trước ngày 18/9/2026.")
    assert names_qualifier("thang 9", "khai mạc ngày 18 tháng 9 năm 2026") and names_qualifier("thang 9", "ngày 05/09")
    for text in ("đào tạo trong 18 tháng", "năm học 2025/2026", "Quý II/2026", "tỷ lệ 1,5/9 điểm"):
        assert not names_qualifier("thang 9", text), text


def test_a_text_names_a_group_by_any_of_its_words_and_a_place_by_its_name():
    assert names_qualifier("phu nu", "Ưu tiên lao động nữ, người dân tộc thiểu số.")
    assert names_qualifier("khuyet tat", "hỗ trợ người khuyết tật học nghề")
    assert names_qualifier("phu nu", "tỷ lệ học viên, học sinh, sinh viên nữ đạt trên 30%")
    assert not names_qualifier("khuyet tat", "Tổ chức 12 phiên giao dịch việc làm.")
    # fishers by the words a plan calls them: "lao động nghề cá", "khai thác hải sản ven bờ"
    assert names_qualifier("ngu dan", "đào tạo nghề cho 5.200 lao động nghề cá, lao động ven biển")
    assert names_qualifier("ngu dan", "hỗ trợ chuyển đổi nghề cho lao động khai thác hải sản ven bờ")
    assert names_qualifier("ngu dan", "Đào tạo nghề cho 2.300 lao động chuyển đổi từ nghề khai thác thủy sản")
    assert names_qualifier("ngu dan", "chủ tàu, thuyền viên trên tàu cá có chiều dài dưới 12 mét")
    assert not names_qualifier("ngu dan", "lao động nuôi trồng thủy sản nước lợ")
    assert not names_qualifier("ngu dan", "Người dân được tư vấn học nghề.")
    assert not names_qualifier("ngu dan", "Lao động ven biển được tư vấn học nghề du lịch.")
    assert names_qualifier("cam duong", "Trường Trung cấp Kỹ thuật Nông nghiệp Cẩm Đường")
    assert not names_qualifier("cam duong", "UBND các quận, huyện bố trí ngân sách.")
    assert names_qualifier("cao dang", "Trình độ cao đẳng: 5.200 người")
    assert not names_qualifier("dai hoc", "Tuyển mới giáo dục nghề nghiệp đạt 38.400 người")
    assert names_qualifier("han quoc", "đưa 1.200 lao động sang thị trường Hàn Quốc, Nhật Bản")
    assert not names_qualifier("nhat ban", "Lao động đi làm việc ở nước ngoài theo hợp đồng: 3.300 người")


def test_a_place_is_named_by_the_first_two_syllables_of_its_name_and_kept_as_typed():
    assert named_places("Quận Ba Đình Hà Nội tổ chức mấy phiên?") == {"ba dinh": "Quận Ba Đình"}
    assert named_places("ngân sách huyện Cẩm Đường") == {"cam duong": "huyện Cẩm Đường"}
    assert named_places("các huyện, thị xã, thành phố") == {}


@pytest.mark.parametrize(("question", "kinds"), [
    ("Kế hoạch được ban hành căn cứ Nghị định số mấy của Chính phủ?", {"nghi dinh@chinh phu"}),
    ("Kế hoạch được ban hành căn cứ Nghị định số mấy?", {"nghi dinh"}),
    ("Kế hoạch thực hiện Nghị quyết nào của HĐND tỉnh?", {"nghi quyet@hoi dong nhan dan"}),
    ("Căn cứ vào những văn bản nào của HĐND và UBND tỉnh?",  # two issuers asked
     {"van ban@hoi dong nhan dan", "van ban@uy ban nhan dan"}),
    ("Thực hiện những nghị quyết, quyết định nào của Quốc hội, Chính phủ và Thủ tướng?",  # lists of both
     {f"nghi quyet@{issuer}" for issuer in ("quoc hoi", "chinh phu", "thu tuong")}),  # (and the decisions)
    ("Kế hoạch triển khai chỉ thị nào của Ban Thường vụ Tỉnh ủy?", {"chi thi@ban thuong vu tinh uy"}),
    ("ke hoach thuc hien van ban nao cua thu tuong chinh phu", {"van ban@thu tuong"}),
    ("ke hoach can cu thong tu nao", {"thong tu"}),
    ("Kế hoạch căn cứ Luật gì?", {"luat"}),
    ("Kế hoạch căn cứ những văn bản nào?", set()),  # no kind asked
    ("Theo Nghị quyết 06, Hải Phòng làm gì?", set()),  # a document named, not asked for
])
def test_the_kind_of_document_a_question_asks_a_plan_to_cite(question, kinds):
    assert {q for q in named_qualifiers(question) if q.split("@")[0] in {"nghi dinh", "nghi quyet", "thong tu",
                                                                          "luat", "chi thi", "van ban"}} == kinds


def test_a_text_answers_a_kind_of_document_asked_only_by_citing_one():
    assert names_qualifier("nghi dinh", "Căn cứ Nghị định số 15/2019/NĐ-CP của Chính phủ;")
    assert not names_qualifier("nghi dinh", "Căn cứ Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ;")


BASIS = ("Căn cứ Nghị quyết số 27/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về kế hoạch phát triển "
         "kinh tế - xã hội năm 2026;\nThực hiện Quyết định số 1874/QĐ-UBND ngày 18/9/2025 của Ủy ban nhân dân tỉnh "
         "phê duyệt Đề án chuyển đổi cơ cấu cây trồng;")


def test_a_text_answers_a_document_asked_by_its_issuer_only_by_citing_one_that_issuer_issued():
    """The issuer stands in the citation itself, in words or in the number's code; another citation's issuer
    (the Quyết định's People's Committee) does not make the Nghị quyết the committee's."""
    assert names_qualifier("nghi quyet@hoi dong nhan dan", BASIS)
    assert not names_qualifier("nghi quyet@ban thuong vu tinh uy", BASIS)
    assert not names_qualifier("nghi quyet@uy ban nhan dan", BASIS)
    assert names_qualifier("van ban@uy ban nhan dan", BASIS)
    assert not names_qualifier("quyet dinh@thu tuong", BASIS)
    assert names_qualifier("chi thi@ban thuong vu tinh uy", "Thực hiện Chỉ thị số 12-CT/TU ngày 05/3/2025 về đào tạo nghề")
    assert names_qualifier("quyet dinh@chinh phu", "Căn cứ Quyết định số 1446/QĐ-TTg ngày 28/11/2025;")


@pytest.mark.parametrize(("question", "period"), [
    ("Theo KH 177, báo cáo sơ kết 6 tháng phải gửi trước ngày nào?", "6 thang"),
    ("Báo cáo 6 tháng gửi khi nào?", "6 thang"),
    ("Kế hoạch yêu cầu nộp báo cáo 6 tháng đầu năm trước ngày nào?", "6 thang"),
    ("Báo cáo hằng quý gửi Sở trước ngày nào?", "hang quy"),
    ("Khóa học 6 tháng được hỗ trợ bao nhiêu?", None),  # no report
    ("Các sở gửi báo cáo năm trước ngày nào?", None),
])
def test_the_period_of_a_report_a_question_asks_of(question, period):
    found = named_qualifiers(question) & {"6 thang", "hang quy"}
    assert found == ({period} if period else set())


def test_a_text_names_a_report_period_by_any_of_its_words():
    assert names_qualifier("6 thang", "Báo cáo 06 tháng gửi trước ngày 15/6/2023")
    assert names_qualifier("hang quy", "báo cáo định kỳ hằng quý (trước ngày 15 của tháng cuối quý)")
    assert not names_qualifier("6 thang", "báo cáo UBND Thành phố trước ngày 05/12")


def test_a_group_or_level_in_a_bodys_name_is_not_singled_out():
    from index.agencies import find_agency_mentions
    from index.normalize import canonical

    def asked(question):
        text = canonical(question)
        return named_qualifiers(text, tuple((m.start, m.end) for m in find_agency_mentions(text)))

    assert asked("Ban Công tác Phụ nữ phải làm gì?") == frozenset()
    assert asked("Trường Cao đẳng Kỹ thuật Mỹ Khê mở mấy lớp?") == frozenset()
    assert asked("Trường Cao đẳng Kỹ thuật Mỹ Khê tuyển bao nhiêu sinh viên trung cấp?") == {"trung cap"}
    assert asked("Hội Liên hiệp Phụ nữ tỉnh vận động bao nhiêu lao động nữ học nghề?") == {"phu nu"}
    assert asked("UBND huyện Cẩm Đường phải làm gì?") == {"cam duong"}  # a place in a body's name still is one



def test_a_basis_line_cites_a_kind_of_document_by_its_first_document():
    from index.vocab.qualifiers import cites_kind_first

    assert cites_kind_first("luat", "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;")
    # a decree made under a law is a decree
    assert not cites_kind_first("luat", "Căn cứ Nghị định số 15/2019/NĐ-CP quy định chi tiết Luật Giáo dục nghề nghiệp;")
    assert cites_kind_first("nghi dinh", "Căn cứ Nghị định số 15/2019/NĐ-CP quy định chi tiết Luật Giáo dục nghề nghiệp;")
    assert cites_kind_first("van ban@thu tuong", "Thực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng;")
    assert not cites_kind_first("nghi quyet@tinh uy", "Căn cứ Nghị quyết số 41/NQ-HĐND của Hội đồng nhân dân tỉnh;")
    assert cites_kind_first("khuyet tat", "Căn cứ Luật Người khuyết tật;") is None  # no kind of document


@pytest.mark.parametrize(("question", "asked", "left_out"), [
    ("Chỉ tiêu sơ cấp (không tính các lớp dưới 3 tháng) là bao nhiêu?", {"so cap"}, {"duoi 3 thang"}),
    ("Hỗ trợ đào tạo dưới 3 tháng bao nhiêu tiền một khóa?", {"duoi 3 thang"}, set()),  # a level asked
    ("Tổng số học viên, không kể người khuyết tật, là bao nhiêu?", set(), {"khuyet tat"}),
    ("Người khuyết tật cư trú tại xã được hỗ trợ gì?", {"khuyet tat"}, set()),  # "cư trú" leaves nothing out
    # the general figure, those without a credential counted in: a figure of those with one alone is not it
    ("Tỷ lệ lao động qua đào tạo nói chung (kể cả không có bằng cấp, chứng chỉ) là bao nhiêu?", set(), {"bang cap"}),
    ("ty le lao dong qua dao tao tinh ca lao dong chua duoc cap chung chi", set(), {"bang cap"}),
    ("Đến năm 2025, tỷ lệ lao động qua đào tạo nói chung của Hải Phòng là bao nhiêu?", set(), {"bang cap"}),
])
def test_what_a_question_leaves_out_is_not_asked(question, asked, left_out):
    from index.vocab.qualifiers import excluded_qualifiers

    assert named_qualifiers(question) == asked and excluded_qualifiers(question) == left_out


def test_a_level_in_a_schools_name_names_the_school_not_the_level():
    """ "Trường Trung cấp Kinh tế - Kỹ thuật Phú An" in a schedule row says nothing of the level's figures."""
    assert not names_qualifier("trung cap", "Trường Trung cấp Kinh tế - Kỹ thuật Phú An | Thời gian: 21/7/2026")
    assert not names_qualifier("cao dang", "Trường Cao đẳng Y tế Tràng Lưu | 640 | 700")
    assert names_qualifier("trung cap", "- Trình độ trung cấp: 6.250 người;")
    assert names_qualifier("trung cap", "Hỗ trợ học phí cho các trường trung cấp công lập")  # the level's schools


def test_the_schools_of_a_level_asked_are_named_by_a_schools_name_of_that_level():
    """ "Những trường cao đẳng nào được đầu tư …" asks for schools of the level: "Trường Cao đẳng Kỹ thuật Công
    nghiệp Minh Giang" is one (it names no level where the level's figures are asked)."""
    asked = named_qualifiers("Những trường cao đẳng nào của tỉnh được đầu tư thành trường chất lượng cao?")
    assert asked == {"truong cao dang"}
    school = "Tập trung đầu tư để Trường Cao đẳng Kỹ thuật Công nghiệp Minh Giang đạt tiêu chí chất lượng cao"
    assert names_qualifier("truong cao dang", school) and not names_qualifier("cao dang", school)
    assert names_qualifier("truong cao dang", "Tuyển sinh trình độ cao đẳng 3.600 người")  # the level itself
    assert not names_qualifier("truong cao dang", "Trường Trung cấp Kỹ thuật Minh Giang")
    assert named_qualifiers("trường CĐ nào đạt chuẩn?") == {"truong cao dang"}


def test_a_level_written_as_its_abbreviation_is_named_unless_it_opens_a_schools_name():
    """ "Có 5 trường CĐ chất lượng cao" speaks of the college level; "Trường CĐ Kỹ thuật Thanh Vân" is one school."""
    assert names_qualifier("cao dang", "- Có 5 trường CĐ chất lượng cao.")
    assert names_qualifier("cao dang", "Tuyển sinh trình độ CĐ: 1.365 người")
    assert not names_qualifier("cao dang", "Trường CĐ Kỹ thuật Công nghiệp Thanh Vân chủ trì hội giảng")
    assert "cao dang" in named_qualifiers("Tuyển sinh trình độ CĐ năm 2026 được bao nhiêu người?")
    assert "nong thon" in named_qualifiers("Đào tạo nghề cho LĐNT bao nhiêu người?")


def test_a_level_written_in_capitals_by_a_glossary_is_no_schools_name_without_a_name_after_it():
    """A plan's glossary reads "CĐ" as "Cao đẳng": "9 trường Cao đẳng (6 công lập …)" counts the level's schools."""
    assert names_qualifier("cao dang", "toàn tỉnh có 38 CSGDNN, gồm: 9 trường Cao đẳng (6 công lập, 3 tư thục)")
    assert not names_qualifier("cao dang", "Trường Cao đẳng nghề Hải Dương đạt kiểm định")


@pytest.mark.parametrize(("folded", "bound"), [
    ("duoc vay toi da bao nhieu tien", "max"),
    ("moi nam it nhat bao nhieu phien giao dich", "min"),
    ("muc ho tro cao nhat la bao nhieu", "max"),
    ("ho tro bao nhieu tien", ""),
    ("toi thieu va toi da la bao nhieu", ""),  # both asked: either answers
])
def test_the_bound_a_question_asks_of_its_figure(folded, bound):
    assert asked_bound(folded) == bound


def test_a_figure_bounded_the_other_way_does_not_state_the_bound_asked():
    assert bounded_otherwise("ngân sách tỉnh ủy thác tối thiểu 25 tỷ đồng mỗi năm để cho vay", "max")
    assert not bounded_otherwise("cho vay tối đa 100 triệu đồng/người", "max")
    assert not bounded_otherwise("cho vay 100 triệu đồng/người, tối thiểu 12 tháng", "max")  # a plain figure too
    assert not bounded_otherwise("tổ chức ít nhất 24 phiên mỗi năm", "min")
    assert not bounded_otherwise("không có con số nào", "max")
    assert not bounded_otherwise("tối thiểu 25 tỷ đồng", "")


def test_a_group_word_typed_with_other_marks_is_another_word():
    """"nghề cá" (fishing) folds as "nghề cả" (the whole …) does: typed with marks it must be typed so."""
    assert named_qualifiers("Hỗ trợ lao động nghề cá bao nhiêu?") == {"ngu dan"}
    assert named_qualifiers("ho tro lao dong nghe ca bao nhieu") == {"ngu dan"}
    assert named_qualifiers("Số liệu đào tạo nghề cả giai đoạn do ai tổng hợp?") == frozenset()
    assert names_qualifier("ngu dan", "Đào tạo nghề cho lao động nghề cá ven biển")
    # "nông thôn mỗi năm" (rural workers every year) is not the new-countryside programme
    assert "nong thon moi" not in named_qualifiers("Đào tạo cho lao động nông thôn mỗi năm bao nhiêu người?")
    assert "nong thon moi" in named_qualifiers("Vốn chương trình nông thôn mới hỗ trợ bao nhiêu?")
    assert "nong thon moi" in named_qualifiers("von chuong trinh nong thon moi ho tro bao nhieu")


@pytest.mark.parametrize(("question", "parts"), [
    ("Biểu số 03 về đội ngũ nhà giáo do ai lập?", {"bieu#3"}),
    ("bieu mau so 1 gui truoc ngay nao", {"bieu#1"}),
    ("Phụ lục II kèm theo Nghị quyết ghi những dự án nào?", {"phu luc#ii"}),
    ("Trung tâm GDNN-GDTX khu vực III được đầu tư bao nhiêu?", {"khu vuc#iii"}),
    ("Mẫu số 02 dùng để làm gì?", {"mau#2"}),
    ("Biểu dương bao nhiêu tập thể?", set()),
    ("Khu vực nông thôn có bao nhiêu lao động?", set()),
])
def test_a_question_singles_out_a_numbered_part(question, parts):
    from index.vocab.qualifiers import numbered_parts

    assert numbered_parts(question) == parts
    assert parts <= named_qualifiers(question)


def test_a_text_names_a_numbered_part_only_by_its_own_number():
    assert names_qualifier("bieu#1", "lập Biểu số 01, gửi Sở trước ngày 12/3")
    assert names_qualifier("bieu#1", "theo biểu mẫu số 1")
    assert not names_qualifier("bieu#3", "Biểu số 01 và Biểu số 02 kèm theo")
    assert not names_qualifier("khu vuc#ii", "Trung tâm GDNN-GDTX khu vực III")
    assert names_qualifier("khu vuc#ii", "các Trung tâm khu vực I, II và III")
    assert names_qualifier("phu luc#2", "Phụ lục 02. Danh mục dự án")
    assert not names_qualifier("phu luc#2", "Phụ lục 12")


def test_a_level_named_only_in_a_group_with_a_level_not_asked_is_the_groups():
    from index.vocab.qualifiers import names_level_only_with_others as grouped

    college = frozenset({"cao dang"})
    assert grouped("cao dang", "trong đó trình độ cao đẳng, trung cấp chiếm khoảng 19%", college)
    assert grouped("cao dang", "tuyển sinh cao đẳng và trung cấp 7.570 người", college)
    assert grouped("cao dang", "tuyen sinh trinh do cao dang/trung cap", college)
    assert not grouped("cao dang", "Tuyển sinh › Trình độ cao đẳng | Người | 2 870 | 3 150", college)
    assert not grouped("cao dang", "cao đẳng 3.150 người, trung cấp 4.420 người", college)  # each its own figure
    assert not grouped("cao dang", "cao đẳng, trung cấp chiếm 19%; riêng cao đẳng 5%", college)  # named alone too
    assert not grouped("cao dang", "cao đẳng và trung cấp 7.570 người", frozenset({"cao dang", "trung cap"}))
    assert not grouped("khuyet tat", "người khuyết tật, hộ nghèo", frozenset({"khuyet tat"}))  # levels only


def test_groups_of_people_asked_and_named():
    from index.vocab.qualifiers import asks_groups, groups_named

    assert asks_groups(("nhom", "nguoi")) and asks_groups(("doi", "tuong", "lao", "dong")) and not asks_groups(("nganh",))
    assert groups_named("ưu tiên lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số, người khuyết tật") == {
        "hộ nghèo", "hộ cận nghèo", "đồng bào dân tộc thiểu số", "người khuyết tật"}
    # the near-poor are a group of their own: a rate for them is none for the poor
    assert groups_named("0,45%/tháng đối với người học thuộc hộ cận nghèo, hộ mới thoát nghèo") == {"hộ cận nghèo"}
    assert groups_named("người nghèo học nghề") == {"hộ nghèo"}
    assert groups_named("ưu tiên ngân sách cho đào tạo nghề lao động nông thôn") == frozenset()


def test_a_name_quoted_after_its_kind_is_a_name_the_plan_must_give():
    assert quoted_names("Bên nào chủ trì Hội thi \"Phụ nữ giỏi nghề\" năm 2027?") == {"phu nu gioi nghe": "Phụ nữ giỏi nghề"}
    assert quoted_names("Chuyên mục “Nghề hay - Việc tốt” phát sóng mấy kỳ?") == {"nghe hay viec tot": "Nghề hay - Việc tốt"}
    # the asker's own words in quotes, in lower case or after no kind of thing, name nothing
    assert quoted_names("Có chính sách \"bao đậu đi Hàn Quốc, Nhật Bản\" không?") == {}
    assert quoted_names("Kế hoạch ghi \"Đầu tư thiết bị\" cho mấy nghề?") == {}
