"""Agency names in the register: canonical names, aliases, lists of bodies, names with their territory."""

from __future__ import annotations

import pytest

from index import agencies
from index.agencies import (
    abbreviates,
    addressed_collectively,
    bare_agency,
    canonical_agency,
    find_agencies,
    find_agency_mentions,
    known_name_end,
    names_verbatim,
    parse_agency_list,
    split_agencies,
    territory_end,
)
from tests.register_snippets import LDTBXH


@pytest.mark.parametrize(
    "spelling",
    [
        "Sở LĐTBXH", "Sở LĐ-TB&XH", "Sở LĐTB&XH", "Sở Lao động Thương binh và Xã hội",
        "Sở Lao động – Thương binh và Xã hội tỉnh Hải Dương", "Sở Lao động, Thương binh và Xã hội", "SLĐTBXH",
        "Sở LĐ", "so ld",
    ],
)
def test_every_spelling_of_the_labour_department_is_one_agency(spelling):
    assert canonical_agency(spelling) == LDTBXH


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("phòng LĐVL", "Phòng Lao động - Việc làm"),
        ("Phòng Lao động việc làm (LĐVL)", "Phòng Lao động - Việc làm"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GDĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GD", "Sở Giáo dục và Đào tạo"),  # as users shorten it
        ("Bộ GD", "Bộ Giáo dục và Đào tạo"),
        ("Bộ Giáo dục", "Bộ Giáo dục và Đào tạo"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở Thông tin truyền thông(TTTT)", "Sở Thông tin và Truyền thông"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),  # half abbreviated
        ("Sở Lao động - TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Nông nghiệp và MT", "Sở Nông nghiệp và Môi trường"),
        # by the first words of its field, as people call it; the longest name known wins
        ("sở nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("sở lao động", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Giáo dục", "Sở Giáo dục và Đào tạo"),
        ("Sở VH&TT", "Sở Văn hóa và Thể thao"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("UBND các quận, huyện và thị xã", "Ủy ban nhân dân cấp huyện"),
        ("Chủ tịch Ủy ban nhân dân các quận, huyện", "Ủy ban nhân dân cấp huyện"),
        ("Ủy ban nhân dân xã, phường", "Ủy ban nhân dân cấp xã"),
        ("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        ("Thành Đoàn Hà Nội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Đoàn Thanh niên thành phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),  # as users name the union
        ("Ngân hàng Chính sách xã hội – Chi nhánh thành phố Hải Phòng", "Ngân hàng Chính sách xã hội"),
        ("Chi nhánh Ngân hàng Chính sách xã hội Thành phố", "Ngân hàng Chính sách xã hội"),
        ("Chi nhánh NHCSXH Hải Phòng", "Ngân hàng Chính sách xã hội"),  # the branch named before its bank, abbreviated
        ("Liên đoàn Lao động thành phố", "Liên đoàn Lao động"),
        ("Công an thành phố Hà Nội", "Công an thành phố"),
        ("Công an tỉnh Lam Sơn", "Công an tỉnh"),
        ("Các cơ sở GDNN trên địa bàn thành phố", "Các cơ sở giáo dục nghề nghiệp"),
        # the committee's office by any spelling, with its province or without ("… tỉnh Quang Lĩnh được giao gì")
        ("Văn phòng Ủy ban nhân dân tỉnh Quang Lĩnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Chánh Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        # the bank's transaction office, for its area or a named one; the head of a Ban Quản lý written "Trưởng Ban"
        ("Phòng giao dịch Ngân hàng Chính sách xã hội khu vực", "Ngân hàng Chính sách xã hội"),
        ("Phòng giao dịch NHCSXH huyện Mê Linh", "Ngân hàng Chính sách xã hội"),
        ("Trưởng Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp"),
        ("Trưởng ban Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp"),
        # a centre "of the area" is the kind; a centre named for its area is a body of its own
        ("Trung tâm GDNN-GDTX khu vực", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"),
        ("Trung tâm GDNN-GDTX khu vực Mường Khoa", "Trung tâm GDNN-GDTX khu vực Mường Khoa"),
    ],
)
def test_aliases_map_to_one_canonical_name(spelling, name):
    assert canonical_agency(spelling) == name


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Ban cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
        ("Ban Cán sự Đảng Ủy ban nhân dân thành phố", "Ban cán sự đảng Ủy ban nhân dân thành phố"),
        ("Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh"),
        ("Đảng đoàn MTTQ tỉnh", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Đảng ủy UBND tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành ủy"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy"),
        ("Đảng ủy các xã, phường, thị trấn", "Đảng ủy các xã, phường"),
        ("Ban Công tác Nông dân", "Ban Công tác Nông dân"),  # the Mặt trận's committees since 2025
        ("Ban công tác Phụ nữ", "Ban Công tác Phụ nữ"),
    ],
)
def test_party_and_front_bodies_are_agencies(spelling, name):
    assert canonical_agency(spelling) == name
    assert find_agencies(f"{spelling} lãnh đạo, chỉ đạo triển khai Chương trình") == [name]


def test_a_council_committee_keeps_the_council_in_its_name():
    """"nhân dân" goes on a name whatever came before it ("Hội đồng nhân dân tỉnh" in a committee's name); a verb
    after a department's name is no part of it."""
    text = "chủ trì, phối hợp với Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh tổ chức giám sát chuyên đề"
    assert find_agencies(text) == ["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"]
    assert find_agencies("Sở Nội vụ nhân rộng mô hình đào tạo") == ["Sở Nội vụ"]


def test_a_provinces_statistics_office_since_2025_is_a_body_and_statistics_in_lower_case_are_none():
    """Since 2025 a province's statistics office is "Thống kê tỉnh …", no longer a Cục."""
    assert find_agencies("Thống kê tỉnh Hòa An cung cấp số liệu dân số trước ngày 15/3") == ["Thống kê tỉnh"]
    assert find_agencies("Sở Nội vụ phối hợp với Công an tỉnh, Thống kê tỉnh rà soát") == [
        "Sở Nội vụ", "Công an tỉnh", "Thống kê tỉnh"]
    assert find_agencies("số liệu thống kê tỉnh năm 2025 cho thấy") == []


def test_a_medium_in_lower_case_is_no_body():
    """ "chuyên mục … trên đài phát thanh, truyền hình" is the medium; the station is named with capitals."""
    assert find_agencies("Ai làm chuyên mục Học nghề - Lập nghiệp trên đài phát thanh, truyền hình?") == []
    assert find_agencies("Đài Phát thanh và Truyền hình tỉnh làm gì?") == ["Đài Phát thanh và Truyền hình"]


def test_the_head_of_a_common_word_opens_no_body():
    """ "cán bộ" is an officer, "toàn bộ" all of it, "cơ sở" a school: the name after them is a field, no ministry."""
    assert find_agencies("Tập huấn cán bộ giáo dục nghề nghiệp cấp xã năm 2028") == []
    assert find_agencies("tap huan can bo giao duc nghe nghiep cap xa") == []
    assert find_agencies("Rà soát toàn bộ Tài chính, nội bộ Y tế và các cơ sở Y tế") == []
    assert find_agencies("Cán bộ Bộ Y tế và cơ sở của Sở Y tế") == ["Bộ Y tế", "Sở Y tế"]


def test_a_place_whose_name_opens_with_a_head_word_is_no_body():
    """"Đài Loan" is a labour market, "Hội An" a city: a question naming them asks no body to act."""
    assert find_agencies("Năm 2026 đưa bao nhiêu lao động sang Đài Loan, chiếm mấy phần trăm?") == []
    assert find_agencies("Lao động đi Đài Bắc, Đài Trung hay về Hội An làm việc?") == []
    assert find_agencies("Trường Cao đẳng Nghề Hội An và Đài Phát thanh - Truyền hình tỉnh phối hợp") == [
        "Trường Cao đẳng Nghề Hội An", "Đài Phát thanh và Truyền hình"]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Công an phường được giao những việc gì?", "Công an phường"),
        ("cong an xa lam gi", "Công an xã"),
        ("Ban Chỉ huy quân sự phường phối hợp với ai?", "Ban Chỉ huy quân sự phường"),
        ("Trung tâm Phục vụ hành chính công phường làm gì?", "Trung tâm Phục vụ hành chính công"),
        ("Phòng Văn hóa - Xã hội làm gì?", "Phòng Văn hóa - Xã hội"),
        ("phong van hoa xa hoi phuong lam gi", "Phòng Văn hóa - Xã hội"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì việc gì?", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("Trạm Y tế xã làm gì?", "Trạm Y tế"),
        ("Văn phòng HĐND và UBND xã tổng hợp gì?", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
    ],
)
def test_a_communes_own_offices_and_forces_are_bodies(question, name):
    """Under the two-tier local government a ward's or commune's plan assigns its own offices and forces: each
    is one body, named whole, whatever verb follows it."""
    assert find_agencies(question) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Quản lý các khu kinh tế tỉnh phối hợp", "Ban Quản lý khu kinh tế"),
        ("Hội Nông dân xã vận động hội viên", "Hội Nông dân"),  # a commune's body since 2025
        ("Hội Liên hiệp Phụ nữ phường tuyên truyền", "Hội Liên hiệp Phụ nữ"),
        ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực Nà Mò, Trường X", None),
    ],
)
def test_a_known_name_takes_its_territory(text, name):
    end = known_name_end(text)
    tail = text[end:]
    assert tail.startswith((" phối", " vận", " tuyên", ", Trường"))
    if name:
        assert canonical_agency(text[:end]) == name
    assert known_name_end("Ngân hàng Chính sách xã hội cho vay") == len("Ngân hàng Chính sách xã hội")
    assert known_name_end("Ban Chỉ đạo giảm nghèo") == 0  # generic names are not known ones


def test_party_organs_in_a_list_of_partners():
    assert split_agencies("Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy") == [
        "Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"]


def test_unknown_agency_is_kept_as_written_tidied():
    assert canonical_agency("  Hội Dạy nghề và Việc làm Hải Phòng; ") == "Hội Dạy nghề và Việc làm Hải Phòng"
    assert canonical_agency("các phòng được phân công") == "Các phòng được phân công"


def test_find_agencies_in_order_with_and_without_accents():
    text = "Sở Tài chính phối hợp với Sở LĐ-TB&XH và UBND các quận, huyện; cơ sở tài chính không phải là sở"
    assert find_agencies(text) == ["Sở Tài chính", LDTBXH, "Ủy ban nhân dân cấp huyện"]
    assert find_agencies("so ldtbxh va so tai chinh lam gi") == [LDTBXH, "Sở Tài chính"]
    assert find_agencies("Sở Du lịch và Trường Cao đẳng nghề Hải Dương") == ["Sở Du lịch", "Trường Cao đẳng nghề Hải Dương"]


def test_lists_of_agencies_split_only_between_bodies():
    assert split_agencies("Hội Nông dân thành phố, Hội Liên hiệp Phụ nữ Việt Nam thành phố, Hiệp hội Doanh nghiệp nhỏ và vừa") == [
        "Hội Nông dân thành phố", "Hội Liên hiệp Phụ nữ Việt Nam thành phố", "Hiệp hội Doanh nghiệp nhỏ và vừa",
    ]
    assert split_agencies("Sở Lao động - Thương binh và Xã hội") == [LDTBXH]
    assert split_agencies("Văn phòng HĐND và UBND xã, Phòng Kinh tế") == ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế"]
    assert split_agencies("Bộ phận Tài chính - Kế toán thuộc Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã") == [
        "Bộ phận Tài chính - Kế toán thuộc Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    assert split_agencies("Các Sở, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân các quận, huyện") == [
        "Các Sở, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân các quận, huyện",
    ]


def test_partner_lists_with_an_elided_head():
    assert parse_agency_list("các Sở: Tài chính, Nông nghiệp và Phát triển nông thôn tiếp tục triển khai") == [
        "Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn",
    ]
    assert parse_agency_list("phòng GDNN, KHTC, Trung tâm DVVL - GDNN và phòng, đơn vị liên quan để tham mưu") == [
        "phòng GDNN", "Phòng KHTC", "Trung tâm DVVL - GDNN", "phòng, đơn vị liên quan",
    ]



# ------------------------------------------------------------------ long names keep their territory or branch


@pytest.mark.parametrize(
    "text",
    [
        "Ngân hàng Chính sách xã hội - Chi nhánh Hải Phòng bố trí vốn vay",
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Nam Kỳ dự kiến giải ngân",
        "Ngân hàng Chính sách xã hội – Chi nhánh thành phố Tây Đô hướng dẫn",
    ],
)
def test_a_bank_branch_is_one_mention_of_that_bank(text):
    mentions = find_agency_mentions(text)
    assert [m.name for m in mentions] == ["Ngân hàng Chính sách xã hội"]
    assert mentions[0].text.split()[-1][0].isupper()  # the territory is part of the mention


def test_a_list_goes_on_after_a_name_with_its_branch():
    assert parse_agency_list("Ngân hàng Chính sách xã hội - Chi nhánh Hải Phòng và Sở Tài chính triển khai") == [
        "Ngân hàng Chính sách xã hội - Chi nhánh Hải Phòng", "Sở Tài chính",
    ]
    assert parse_agency_list("Hiệp hội Thương mại điện tử tỉnh Nam Kỳ lựa chọn giảng viên") == [
        "Hiệp hội Thương mại điện tử tỉnh Nam Kỳ",
    ]


def test_a_capitalised_word_that_opens_another_body_is_not_a_territory():
    assert [m.name for m in find_agency_mentions("Sở Tài chính Trường Cao đẳng Nghề")] == [
        "Sở Tài chính", "Trường Cao đẳng Nghề",
    ]
    assert territory_end("Sở Y tế UBND tỉnh", len("Sở Y tế")) == len("Sở Y tế")


def test_the_merged_provincial_press_body_is_one_agency():
    assert parse_agency_list("Sở Giáo dục và Đào tạo, Báo và Phát thanh, Truyền hình Nam Kỳ duy trì chuyên mục") == [
        "Sở Giáo dục và Đào tạo", "Báo và Phát thanh, Truyền hình Nam Kỳ",
    ]
    assert canonical_agency("Báo và Phát thanh, Truyền hình Nam Kỳ") == "Báo và Phát thanh, Truyền hình"


def test_a_sector_is_not_a_partner_body():
    assert parse_agency_list("ngành giáo dục và đào tạo thực hiện phân luồng") == []
    assert parse_agency_list("địa phương tổ chức") == ["địa phương"]


def test_a_name_of_two_capitalised_words_takes_no_lower_case_word_after_it():
    assert [m.text for m in find_agency_mentions("Năm 2023 Sở Lao động Hải Dương định chọn mấy doanh nghiệp")] == [
        "Sở Lao động Hải Dương"]
    assert [m.text for m in find_agency_mentions("Trường Cao đẳng nghề Hải Dương tuyển sinh")] == [
        "Trường Cao đẳng nghề Hải Dương"]


@pytest.mark.parametrize(("text", "bodies"), [
    ("Hỗ trợ trang thiết bị cho trường cao đẳng nghề Hải Dương để trở thành trường chất lượng cao.",
     ["Trường cao đẳng nghề Hải Dương"]),
    ("Giao trường trung cấp Kỹ thuật Lũng Phong mở lớp", ["Trường trung cấp Kỹ thuật Lũng Phong"]),
    ("các trường cao đẳng, trung cấp trên địa bàn Hà Nội", []),  # schools as a group, no name
    ("học tại trường cao đẳng ở Hà Nội", []),  # a place, not a name
    ("trở thành trường cao đẳng chất lượng cao theo Quyết định", []),
])
def test_a_school_named_with_its_level_in_lower_case(text, bodies):
    assert find_agencies(text) == bodies


def test_the_policy_bank_named_short_as_users_type_it():
    assert find_agencies("Ngân hàng chính sách ở Hải Phòng được giao gì?") == ["Ngân hàng Chính sách xã hội"]
    assert find_agencies("ngan hang chinh sach lam gi") == ["Ngân hàng Chính sách xã hội"]
    assert find_agencies("đổi mới các chính sách ngân hàng") == []


def test_the_councils_own_organs_are_bodies_of_their_own():
    text = ("Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu "
            "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết")
    assert find_agencies(text) == ["Thường trực Hội đồng nhân dân", "Hội đồng nhân dân", "Tổ đại biểu Hội đồng nhân dân"]
    assert find_agencies("Thường trực HĐND tỉnh giám sát") == ["Thường trực Hội đồng nhân dân"]


@pytest.mark.parametrize(("line", "bodies"), [
    ("Sở Tài chính", ["Sở Tài chính"]),
    ("Đề nghị Sở Tài chính", ["Sở Tài chính"]),  # a request to a body outside the issuer, over its duties
    ("Sở Giáo dục và Đào tạo (cơ quan thường trực)", ["Sở Giáo dục và Đào tạo"]),  # a note after the name
    ("Các trường cao đẳng, trung cấp, trung tâm GDNN-GDTX", ["Các trường cao đẳng, trung cấp", "trung tâm GDNN-GDTX"]),
    ("Các nhiệm vụ trọng tâm", None),
    ("Các cơ sở giáo dục nghề nghiệp tổ chức tuyển sinh theo kế hoạch được giao trong năm 2026", None),
    ("Đề nghị các cấp, các ngành quan tâm", None),
])
def test_a_line_that_only_names_bodies_heads_their_duties(line, bodies):
    assert bare_agency(line) == bodies


def test_a_commune_s_posts_and_hamlet_heads_are_bodies():
    text = "Công chức Văn hóa - Xã hội phối hợp với Trưởng các thôn và Công chức Tư pháp - Hộ tịch rà soát nhu cầu"
    assert find_agencies(text) == ["Công chức Văn hóa - Xã hội", "Trưởng thôn", "Công chức Tư pháp - Hộ tịch"]
    assert find_agencies("Công chức nào phụ trách?") == []
    # a ward's residential-group heads do there what hamlet heads do in a commune
    assert find_agencies("Tổ trưởng tổ dân phố phối hợp rà soát thông tin cung - cầu lao động") == ["Trưởng thôn"]
    # a regulation's inter-agency working group is one body, its last words part of its name
    assert find_agencies("Tổ giúp việc liên ngành họp định kỳ hằng quý") == ["Tổ giúp việc liên ngành"]


REPORTING = ("Căn cứ Kế hoạch này, Thủ trưởng các Sở, ban, ngành và địa phương chịu trách nhiệm triển khai. Định kỳ "
             "hàng năm, báo cáo UBND Thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05/12.")


@pytest.mark.parametrize(("body", "text", "told"), [
    ("UBND phường", REPORTING, True),  # "địa phương": every local committee
    ("Ủy ban nhân dân các xã, phường", REPORTING, True),
    ("Sở Y tế", REPORTING, True),  # "các Sở, ban, ngành": every department
    ("Phòng Lao động huyện", "UBND các cấp rà soát nhu cầu học nghề.", True),
    ("Sở Y tế", "Các cơ quan, đơn vị liên quan báo cáo trước ngày 15/12.", True),
    ("Tỉnh đoàn", REPORTING, False),  # neither a department nor a local committee
    ("Sở Y tế", "Sở Nội vụ chủ trì, báo cáo trước ngày 15/12.", False),  # another department by name
    ("UBND xã", "Mở lớp theo nhu cầu của địa phương.", False),  # a place's needs, no body told
    ("UBND xã", "Các sở phối hợp tổ chức.", False),
])
def test_a_passage_speaking_to_all_bodies_of_a_kind_speaks_to_each(body, text, told):
    assert addressed_collectively(body, text) is told


def test_a_department_shortened_by_a_user_is_named_whole_and_ends_at_its_abbreviation():
    """ "Còn Sở LĐ báo cáo UBND TP khi nào?": the labour department, not a body called "Sở LĐ báo"."""
    mentions = find_agency_mentions("Còn Sở LĐ báo cáo UBND TP khi nào?")
    assert [(m.text, m.name) for m in mentions][0] == ("Sở LĐ", LDTBXH)
    assert canonical_agency("Phòng LĐ-VL") != LDTBXH


def test_an_abbreviation_is_a_names_component_whole():
    """No lower-case word goes on an abbreviation ("Ban VH-XH sẽ …": "sẽ" is the question's); a capital after it
    opens the next component ("Trường CĐ Kỹ thuật - Công nghiệp …")."""
    assert [m.name for m in find_agency_mentions("Đoàn giám sát của Ban VH-XH sẽ đối chiếu với mốc nào?")] == [
        "Ban VH-XH"]
    assert [m.name for m in find_agency_mentions("Ban KT-NS báo cáo Thường trực")][0] == "Ban KT-NS"
    assert [m.name for m in find_agency_mentions("Lúc đến Trường CĐ Kỹ thuật - Công nghiệp Thanh Tuyền")] == [
        "Trường CĐ Kỹ thuật - Công nghiệp Thanh Tuyền"]


@pytest.mark.parametrize(("short", "name", "same"), [
    ("Ban VH-XH", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh", True),
    ("Ban KT-NS", "Ban Kinh tế - Ngân sách", True),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo", True),
    ("Ban VH-XH", "Ban Kinh tế - Ngân sách", False),
    ("Sở VH-XH", "Ban Văn hóa - Xã hội", False),  # another head
    ("Ban Văn hóa", "Ban Văn hóa - Xã hội", False),  # no abbreviation
])
def test_an_abbreviated_field_names_the_body_whose_words_it_initials(short, name, same):
    assert abbreviates(short, name) is same


@pytest.mark.parametrize("text", [
    "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở LĐ-TB&XH, Sở GD&ĐT và các cơ sở GDNN.",
    "Giao UBND các quận, huyện, thị xã; Ban Quản lý các khu công nghiệp và chế xuất Hà Nội; Ngân hàng Chính sách xã "
    "hội - Chi nhánh Hải Phòng; Bảo hiểm xã hội tỉnh.",
    "các cơ sở giáo dục nghề nghiệp, sở nội vụ và phòng lđtbxh huyện; Hội LHPN, Tỉnh đoàn, Liên đoàn Lao động tỉnh",
    "Trường Cao đẳng nghề Hải Dương;Sở Tài chính,Sở Kế hoạch và Đầu tư (Sở KHĐT)",
])
def test_a_text_is_scanned_word_by_word_as_the_whole_alternation_would_match(text):
    """The scan by first letter finds what one alternation of every alias finds, in order, none overlapping."""
    pattern, lookup = agencies._alias_table()
    folded = agencies.fold_aligned(text)
    accented = folded != text.lower()
    whole = [(m.start(), m.end(), lookup[m.lastgroup or ""][0]) for m in pattern.finditer(folded)
             if not (lookup[m.lastgroup or ""][1] and accented and not text[m.start()].isupper())]
    assert agencies._alias_matches(text) == whole and whole


@pytest.mark.parametrize("text, bodies", [
    ("Cơ sở có bị giới hạn theo số lao động được tạo việc làm không?", []),  # a count of workers, typed with marks
    ("so lao dong chu tri viec nay", ["Sở Lao động - Thương binh và Xã hội"]),  # typed bare: the department
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ["Sở Lao động - Thương binh và Xã hội"]),
])
def test_a_word_typed_with_other_marks_opens_no_known_name(text, bodies):
    assert find_agencies(text) == bodies


def test_a_name_written_in_capitals_names_its_body():
    """A table's group row "II. KHOA CƠ KHÍ – ĐỘNG LỰC" names the faculty a question calls "Khoa Cơ khí – Động lực";
    a bare head word names none, nor does another faculty."""
    assert names_verbatim("Khoa Cơ khí – Động lực", "II. KHOA CƠ KHÍ – ĐỘNG LỰC › Giảng viên dạy thực hành")
    assert names_verbatim("Phòng Tổ chức - Hành chính", "nộp tại PHÒNG TỔ CHỨC – HÀNH CHÍNH (Phòng 105)")
    assert not names_verbatim("Khoa Điện - Điện tử", "II. KHOA CƠ KHÍ – ĐỘNG LỰC")
    assert not names_verbatim("Khoa", "II. KHOA CƠ KHÍ – ĐỘNG LỰC")
