"""Duties stated in running prose, outside any "Tổ chức thực hiện" part: a citizens' question-and-answer booklet
or a guidance letter says who does what in its answers ("Trong thời hạn 05 ngày làm việc …, UBND cấp xã xác nhận
…", "Tiền trợ cấp … do Bảo hiểm xã hội tỉnh chi trả …", "Sở Nội vụ giao Trung tâm … in 6.000 cuốn …")."""

from __future__ import annotations

from tests.register_snippets import HEADER, register_of, rows_of

BOOKLET = "\n\n".join([
    "SỞ NỘI VỤ TỈNH HÒA BÌNH NAM",
    "Số: 88/SNV-LĐVL",
    "HỎI - ĐÁP CHÍNH SÁCH HỖ TRỢ HỌC NGHỀ VÀ VIỆC LÀM NĂM 2027",
    "Phần 1. Học nghề",
    "Câu 1. Hỏi: Nộp hồ sơ học nghề ở đâu?",
    "Trả lời: Người học nộp hồ sơ tại UBND cấp xã nơi thường trú.",
    "Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, UBND cấp xã xác nhận đối tượng và gửi danh sách "
    "cho cơ sở đào tạo.",
    "Câu 2. Hỏi: Danh mục nghề đào tạo do ai ban hành?",
    "Trả lời: Danh mục nghề đào tạo trình độ sơ cấp do Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính "
    "trình UBND tỉnh phê duyệt trước ngày 30/4/2027.",
    "Phần 2. Bảo hiểm thất nghiệp",
    "Câu 3. Hỏi: Tiền trợ cấp thất nghiệp nhận ở đâu?",
    "Trả lời: Tiền trợ cấp thất nghiệp do Bảo hiểm xã hội tỉnh chi trả qua tài khoản cá nhân của người lao động.",
    "Câu 4. Hỏi: Năm 2026 đã làm được gì?",
    "Trả lời: Năm 2026, Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 24 phiên giao dịch việc làm trước ngày 30/11/2026.",
    "Câu 5. Hỏi: Tài liệu này phát ở đâu?",
    "Trả lời: Sở Nội vụ giao Trung tâm Dịch vụ việc làm tỉnh in 5.000 cuốn tài liệu, cấp phát cho các xã trước ngày "
    "15/3/2027.",
    "Câu 6. Hỏi: Số liệu trên lấy ở đâu?",
    "Trả lời: Số liệu do Cục Thống kê tỉnh cung cấp tại Công văn số 2987/CTK ngày 15/12/2026.",
    "Câu 7. Hỏi: Người lao động cần làm gì?",
    "Trả lời: Người lao động đến Trung tâm Dịch vụ việc làm tỉnh để được tư vấn miễn phí.",
])


def _rows():
    return [(r.agency, r.role, r.task, r.deadline) for r in register_of(BOOKLET).responsibilities]


def test_a_time_limit_makes_a_paragraph_the_duty_of_the_body_it_names():
    commune = [r for r in _rows() if r[0] == "Ủy ban nhân dân cấp xã"]
    assert len(commune) == 1 and commune[0][2].startswith("xác nhận đối tượng")


def test_a_body_named_over_a_person_in_an_attendance_list_is_given_no_duty():
    """Minutes list who came body by body ("- Sở Công Thương: đồng chí Hà Văn Lực, Phó Giám đốc Sở."): no duty;
    the same body's line over a task is one."""
    text = (HEADER + "II. THÀNH PHẦN\n\n3. Đại biểu tham dự:\n\n- Sở Công Thương: đồng chí Hà Văn Lực, Phó Giám đốc "
            "Sở.\n\n- Văn phòng Ủy ban nhân dân tỉnh: đồng chí Vũ Hải Đăng, Phó Chánh Văn phòng.\n\nIII. NHIỆM VỤ\n\n"
            "- Sở Công Thương: tổ chức 02 phiên giao dịch việc làm trong quý II/2026.\n")
    rows = [(r.agency, r.task) for r in register_of(text).responsibilities]
    assert rows == [("Sở Công Thương", "tổ chức 02 phiên giao dịch việc làm trong quý II/2026.")]


def test_a_passive_names_who_does_the_thing():
    rows = _rows()
    assert ("Sở Giáo dục và Đào tạo", "chủ trì") in [r[:2] for r in rows]
    lead = next(r for r in rows if r[0] == "Sở Giáo dục và Đào tạo")
    assert "Danh mục nghề đào tạo" in lead[2] and "30/4/2027" in lead[3]
    insurance = [r for r in rows if r[0].startswith("Bảo hiểm xã hội")]
    assert len(insurance) == 1 and insurance[0][2].startswith("chi trả qua tài khoản cá nhân")


def test_a_body_handing_a_duty_on_gives_the_row_to_the_body_that_does_it():
    printing = [r for r in _rows() if "5.000 cuốn" in r[2]]
    assert [r[0] for r in printing] == ["Trung tâm Dịch vụ việc làm"]
    assert printing[0][2].startswith("in 5.000 cuốn") and "15/3/2027" in printing[0][3]


def test_what_a_body_has_done_or_a_citizen_does_is_no_duty():
    rows = _rows()
    assert not any("24 phiên" in r[2] for r in rows)  # "đã tổ chức …": a result, even with a date
    assert not any("tư vấn miễn phí" in r[2] for r in rows)  # the citizen goes there: nobody's dated duty
    assert not any(r[0] == "Sở Nội vụ" for r in rows)  # it only hands the printing on
    assert not any("Công văn số 2987" in r[2] for r in rows)  # where figures come from is nobody's duty



def test_a_later_sentence_under_a_bodys_heading_naming_bodies_of_its_own_is_theirs():
    plan = register_of("\n".join([
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các khoa chuyên môn",
        "Cử giảng viên tham gia tư vấn tuyển sinh; chuẩn bị xưởng thực hành. Khoa Điện - Điện tử và Khoa Cơ khí cử "
        "giảng viên giảng dạy các lớp đào tạo nghề cho lao động nông thôn.",
        "2. Sở Dân tộc và Tôn giáo",
        "Là cơ quan thường trực; tổng hợp danh sách đối tượng do Ủy ban nhân dân cấp xã đề xuất, gửi Sở Nội vụ trước "
        "ngày 10/4/2026.",
    ]))
    rows = {(r.agency, r.task) for r in plan.responsibilities}
    assert ("Khoa Cơ khí", "cử giảng viên giảng dạy các lớp đào tạo nghề cho lao động nông thôn.") in rows
    assert any(agency == "Các khoa chuyên môn" and "Khoa Cơ khí" not in task for agency, task in rows)
    # a passive under a body's heading describes that body's duty: the list the communes proposed is its to send
    assert {agency for agency, _ in rows} == {"Các khoa chuyên môn", "Khoa Điện - Điện tử", "Khoa Cơ khí",
                                             "Sở Dân tộc và Tôn giáo"}


def test_each_school_named_to_host_an_event_under_the_hosts_heading_hosts_its_own():
    """"Trường X đăng cai Lớp 1; Trường Y đăng cai Lớp 2" under "4. Các trường cao đẳng đăng cai": each its class;
    the group's name keeps "đăng cai", and a school's other work beside the event it hosts is its own."""
    plan = register_of("\n".join([
        "VI. TỔ CHỨC THỰC HIỆN",
        "4. Các trường cao đẳng đăng cai",
        "a) Trường Cao đẳng Kỹ thuật - Công nghệ Mai Lâm đăng cai Lớp 1; Trường Cao đẳng Cộng đồng Mai Lâm đăng cai "
        "Lớp 3.",
        "b) Bố trí hội trường, phòng học, máy chiếu cho lớp học.",
        "5. Trường Cao đẳng Kinh tế Mai Lâm",
        "Chuẩn bị các điều kiện đăng cai Hội giảng nhà giáo năm 2027.",
    ]))
    rows = {(r.agency, r.task.rstrip(".")) for r in plan.responsibilities}
    assert {("Trường Cao đẳng Kỹ thuật - Công nghệ Mai Lâm", "đăng cai Lớp 1"),
            ("Trường Cao đẳng Cộng đồng Mai Lâm", "đăng cai Lớp 3"),
            ("Các trường cao đẳng đăng cai", "Bố trí hội trường, phòng học, máy chiếu cho lớp học"),
            ("Trường Cao đẳng Kinh tế Mai Lâm", "Chuẩn bị các điều kiện đăng cai Hội giảng nhà giáo năm 2027")} <= rows


def test_a_bodys_report_item_is_its_duty_and_its_heading_announcing_duties_none():
    """"1. Sở X (chủ đầu tư) có trách nhiệm:" announces its items; "đ) Báo cáo kết quả lựa chọn nhà thầu … trước
    ngày 30/9/2028" under it is the Sở's duty with its deadline, no part on reporting whose body is unknown."""
    plan = register_of("\n".join([
        "Điều 2. Tổ chức thực hiện",
        "1. Sở Giáo dục và Đào tạo (chủ đầu tư) có trách nhiệm:",
        "d) Đăng tải kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.",
        "đ) Báo cáo kết quả lựa chọn nhà thầu các gói thầu số 01, 02 về Ủy ban nhân dân tỉnh (qua Sở Tài chính) trước "
        "ngày 30/9/2028.",
    ]))
    rows = {(r.agency, r.deadline) for r in plan.responsibilities}
    assert ("Sở Giáo dục và Đào tạo", "trước ngày 30/9/2028") in rows
    assert not any(r.task.startswith("có trách nhiệm") for r in plan.responsibilities)


def test_the_body_a_party_organ_leads_does_the_work():
    """ "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch …": the organ leads,
    the committee draws the plan up, by the deadline written."""
    text = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng "
            "kế hoạch thực hiện Nghị quyết, hoàn thành trong quý II/2026.\n")
    rows = {(r.agency, r.task[:24], r.deadline) for r in rows_of(HEADER + text)}
    assert ("Ủy ban nhân dân tỉnh", "Xây dựng kế hoạch thực h", "hoàn thành trong quý II/2026") in rows


# A newspaper's article on the conference that launched a plan: duties given by the chair in reported prose and in
# quotes, and a box of the plan's main points whose bullets name each body before a colon, among target bullets.
ARTICLE = "\n".join([
    "Thứ Ba, 20/01/2026 - 10:15",
    "Lam Giang triển khai kế hoạch đào tạo nghề năm 2026",
    "Sáng 19/1, UBND tỉnh Lam Giang tổ chức hội nghị triển khai Kế hoạch số 15/KH-UBND ngày 10/01/2026.",
    "Dự hội nghị có lãnh đạo các sở, ngành; Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội; "
    "hiệu trưởng các trường cao đẳng.",
    "Phó Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì theo dõi việc thực hiện "
    "kế hoạch.",
    "Đối với vùng cao, Phó Chủ tịch yêu cầu: “Tôi giao Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Nội vụ "
    "lập danh sách lao động người dân tộc thiểu số, xong trước ngày 15/3/2026”.",
    "“Sở Tài chính phải tham mưu phân bổ kinh phí chậm nhất ngày 10/02/2026”, đồng chí Phó Chủ tịch nhấn mạnh.",
    "Trường Cao đẳng Lam Giang đã bàn giao Trung tâm Dịch vụ việc làm tỉnh 300 hồ sơ học viên.",
    "Những điểm chính của Kế hoạch",
    "- Tuyển sinh, đào tạo nghề cho 18.000 người.",
    "- Tỷ lệ lao động qua đào tạo đạt 70%.",
    "- Người khuyết tật: tối đa 6.000.000 đồng/người/khóa học.",
    "- Sở Giáo dục và Đào tạo (cơ quan thường trực): giao chỉ tiêu đào tạo cho các trường trước ngày 31/3/2026.",
    "- Sở Công Thương: tham mưu kết nối doanh nghiệp với các trường.",
    "- Tỉnh Đoàn: tổ chức 20 buổi tư vấn hướng nghiệp; Hội Liên hiệp Phụ nữ tỉnh: vận động 2.000 phụ nữ học nghề.",
    "- Trung tâm Dịch vụ việc làm tỉnh: đã tổ chức 40 phiên giao dịch việc làm năm 2025.",
])


def _article_rows():
    return {(r.agency, r.role): r.task for r in register_of(ARTICLE).responsibilities}


def test_a_bullet_naming_its_body_before_a_colon_is_that_bodys_duty_whatever_its_verb():
    rows = _article_rows()
    assert rows[("Sở Công Thương", "thực hiện")].startswith("tham mưu kết nối doanh nghiệp")
    assert rows[("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "thực hiện")].startswith("tổ chức 20 buổi")
    assert rows[("Hội Liên hiệp Phụ nữ", "thực hiện")].startswith("vận động 2.000")
    # what a body has done is a result, no duty
    assert not any("40 phiên" in task for task in rows.values())


def test_a_note_in_parentheses_after_a_bodys_name_is_no_part_of_the_name_nor_its_verb():
    rows = _article_rows()
    assert rows[("Sở Giáo dục và Đào tạo", "thực hiện")].startswith("giao chỉ tiêu đào tạo cho các trường")
    assert not any("(" in agency for agency, _ in rows)


def test_a_duty_given_by_a_speaker_in_reported_prose_or_in_a_quote_is_the_named_bodys():
    rows = _article_rows()
    assert "chủ trì theo dõi việc thực hiện" in rows[("Sở Giáo dục và Đào tạo", "thường trực")]
    assert "lập danh sách lao động người dân tộc thiểu số" in rows[("Sở Dân tộc và Tôn giáo", "chủ trì")]
    assert any(agency == "Sở Tài chính" and "10/02/2026" in task for (agency, _), task in rows.items())


def test_a_handover_and_a_list_of_those_present_are_no_duty():
    agencies = {agency for agency, _ in _article_rows()}
    assert not any(agency.startswith("Ủy ban MTTQ") for agency in agencies)
    assert not any("hồ sơ học viên" in task for task in _article_rows().values())


# An infographic's boxes, one item a body: its name (capitals too) before a colon, then its tasks, "Hạn:" and
# "Phối hợp:" fields; a recipients' list in the same form names no duty.
BOXES = HEADER + "\n".join([
    "AI LÀM GÌ?",
    "- SỞ NỘI VỤ: Chủ trì tổ chức 36 phiên giao dịch việc làm; Hạn: Quý II/2026",
    "- Trường Cao đẳng Kỹ thuật Đồng Lam: Đào tạo 1.200 lao động theo đặt hàng; Phối hợp: Ban Quản lý các khu công "
    "nghiệp",
    "- Trung tâm Dịch vụ việc làm tỉnh: Tư vấn cho 20.000 lượt người; Thời gian: cả năm",
    "Nơi nhận:",
    "- Các Phòng: VX, NC&KTGS;",
])


def test_a_boxs_body_owns_its_tasks_whatever_their_verb_with_its_deadline_and_partners_as_fields():
    rows = {r.agency: r for r in register_of(BOXES).responsibilities}
    assert rows["Sở Nội vụ"].deadline == "Quý II/2026"
    assert rows["Trường Cao đẳng Kỹ thuật Đồng Lam"].task.startswith("Đào tạo 1.200 lao động")
    assert rows["Trường Cao đẳng Kỹ thuật Đồng Lam"].partners == ["Ban Quản lý các khu công nghiệp"]
    assert rows["Trung tâm Dịch vụ việc làm"].deadline == ""  # "Thời gian: cả năm" sets no deadline
    assert not any(agency.startswith("Các Phòng") for agency in rows)


# A steering committee's minutes: attendees' opinions and proposals in the discussion are no duty; the chair's
# conclusions ("Giao Sở X …") are.
MINUTES = "\n\n".join([
    "BAN CHỈ ĐẠO GDNN TỈNH HÀ LINH", "Số: 05/BB-BCĐ", "Hà Linh, ngày 14 tháng 3 năm 2027", "BIÊN BẢN",
    "Cuộc họp Ban Chỉ đạo triển khai Kế hoạch đào tạo nghề năm 2027",
    "I. THÀNH PHẦN", "Chủ trì: Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.",
    "II. NỘI DUNG", "1. Ý kiến thảo luận",
    "- Đồng chí Giám đốc Sở Tài chính đề nghị giảm kinh phí hỗ trợ đào tạo xuống 8 tỷ đồng.",
    "- Đại diện Tỉnh đoàn đề xuất Tỉnh đoàn chủ trì tổ chức 30 buổi tư vấn hướng nghiệp.",
    "- Đồng chí Giám đốc Sở Nội vụ cho rằng cần tổ chức 15 phiên giao dịch việc làm.",
    "2. Kết luận của đồng chí chủ trì",
    "- Giao Sở Tài chính bố trí 9,5 tỷ đồng kinh phí hỗ trợ đào tạo, hoàn thành trước 30/4/2027.",
    "- Giao Sở Nội vụ chủ trì tổ chức 12 phiên giao dịch việc làm trong năm 2027.",
    "- Giao Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo tổ chức 20 buổi tư vấn hướng nghiệp trước 31/5/2027.",
])


def test_a_meetings_conclusions_assign_duties_and_its_discussion_does_not():
    tasks = [(r.agency, r.task) for r in register_of(MINUTES).responsibilities]
    assert ("Sở Tài chính", "bố trí 9,5 tỷ đồng kinh phí hỗ trợ đào tạo, hoàn thành trước 30/4/2027.") in tasks
    assert any(agency == "Sở Nội vụ" and "12 phiên" in task for agency, task in tasks)
    assert any("20 buổi" in task for _, task in tasks)
    assert not any("8 tỷ" in task or "30 buổi" in task or "15 phiên" in task for _, task in tasks)


def test_a_body_given_a_part_in_a_thing_another_body_leads_keeps_its_own_name_and_verb():
    """"Giao Trường X đăng cai Hội thi … do Sở Y chủ trì": the passive's agent leads the contest; the school's
    name ends before its own verb, whatever the verb, and its duty is to host."""
    text = HEADER + ("IV. TỔ CHỨC THỰC HIỆN\n5. Giao Trường Trung cấp nghề Hòa Bình Nam đăng cai Ngày hội việc làm "
                     "thanh niên năm 2027 do Sở Nội vụ chủ trì; thời gian: tháng 5/2027.\n")
    [row] = [r for r in rows_of(text) if r.agency.startswith("Trường")]
    assert row.agency == "Trường Trung cấp nghề Hòa Bình Nam" and row.task.startswith("đăng cai Ngày hội việc làm")


def test_a_council_announcing_its_duties_and_powers_does_the_items_under_it():
    """"Hội đồng quản lý Quỹ có nhiệm vụ, quyền hạn:" announces; the lettered items are the council's own."""
    text = HEADER + ("Điều 9. Tổ chức của Quỹ\n1. Hội đồng quản lý Quỹ gồm 07 thành viên.\n"
                     "2. Hội đồng quản lý Quỹ có nhiệm vụ, quyền hạn:\na) Phê duyệt kế hoạch hoạt động hằng năm của "
                     "Quỹ;\nb) Quyết định mức cho vay tối đa đối với từng dự án.\n")
    tasks = [r.task for r in rows_of(text) if r.agency == "Hội đồng quản lý"]
    assert "Phê duyệt kế hoạch hoạt động hằng năm của Quỹ" in tasks
    assert "Quyết định mức cho vay tối đa đối với từng dự án." in tasks
    assert not any("quyền hạn" in task for task in tasks)


# ------------------------------------------------------------------ an item of the solutions part whose bullets are bodies'

SOLUTIONS = HEADER + "\n\n".join([
    "III. NHIỆM VỤ, GIẢI PHÁP",
    "1. Đẩy mạnh thông tin, tuyên truyền",
    "- Tuyên truyền chính sách trên hệ thống thông tin cơ sở và mạng xã hội.",
    "- Mỗi năm tổ chức tối thiểu 80 buổi tư vấn trực tiếp tại các xã.",
    "- Các trường cao đẳng đã đào tạo ngoại ngữ cho 5.200 lượt người trong giai đoạn trước.",
    "2. Nâng cao chất lượng đào tạo ngoại ngữ",
    "- Trường Cao đẳng Kỹ thuật Hòa Sơn đào tạo tiếng Nhật gắn với kỹ năng nghề cho tối thiểu 900 học viên/năm.",
    "- Trường Cao đẳng Du lịch và Ngoại ngữ Hòa Sơn đào tạo tiếng Hàn, ôn thi EPS-TOPIK cho 400 học viên/năm.",
    "- Trường Cao đẳng Y tế Hòa Sơn đào tạo tiếng Đức và kỹ năng điều dưỡng cho 150 học viên/năm.",
    "- Trường Cao đẳng Nông Lâm Hòa Sơn có 02 nghề đạt chuẩn quốc tế.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
    "2. Doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài",
    "Thông báo kế hoạch tuyển chọn cho Ủy ban nhân dân cấp xã ít nhất 05 ngày làm việc trước khi tuyển chọn.",
])


def test_an_item_whose_bullets_open_with_schools_gives_each_school_its_duty():
    """The part's other items assign no body; this item's bullets name theirs, with a verb no list knows
    ("đào tạo …") before the count it does it for. What a school has, or has done, is no duty."""
    rows = {r.agency: r.task for r in register_of(SOLUTIONS).responsibilities}
    assert rows["Trường Cao đẳng Du lịch và Ngoại ngữ Hòa Sơn"].startswith("đào tạo tiếng Hàn")
    assert rows["Trường Cao đẳng Kỹ thuật Hòa Sơn"].startswith("đào tạo tiếng Nhật")
    assert rows["Trường Cao đẳng Y tế Hòa Sơn"].startswith("đào tạo tiếng Đức")
    assert "Trường Cao đẳng Nông Lâm Hòa Sơn" not in rows
    assert not any("5.200" in task for task in rows.values())


def test_a_kind_of_body_named_in_the_singular_heads_its_own_duties():
    rows = [(r.agency, r.task) for r in register_of(SOLUTIONS).responsibilities
            if r.agency.startswith("Doanh nghiệp")]
    assert rows == [("Doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài",
                     "Thông báo kế hoạch tuyển chọn cho Ủy ban nhân dân cấp xã ít nhất 05 ngày làm việc trước khi "
                     "tuyển chọn.")]


def test_a_name_that_goes_on_in_lower_case_is_not_cut_before_its_count():
    text = HEADER + ("III. NHIỆM VỤ\n\n1. Hỗ trợ khởi nghiệp\n\n- Quỹ Hỗ trợ thanh niên khởi nghiệp tỉnh Hòa Sơn "
                     "giải ngân cho ít nhất 40 dự án.\n\n- Trung tâm Đào tạo lái xe và Dịch vụ kỹ thuật mở rộng quy mô "
                     "lên 1.800 học viên/năm.\n\n- Ban Tổ chức xem xét, trả lời trong thời hạn 03 ngày làm việc.\n")
    agencies = {r.agency for r in register_of(text).responsibilities}
    assert not {"Quỹ Hỗ trợ", "Trung tâm Đào tạo"} & agencies


HANDBOOK_ANSWERS = HEADER + "\n".join([
    "Câu 12. Hồ sơ đề nghị hỗ trợ nộp ở đâu?",
    "Trả lời:",
    "Hiệu trưởng nhà trường lập danh sách gửi Sở Giáo dục và Đào tạo; Sở Giáo dục và Đào tạo phê duyệt trong thời "
    "hạn 10 ngày làm việc. Nhà trường chi trả sinh hoạt phí hằng tháng cho học sinh, sinh viên.",
    "Trung tâm Dịch vụ việc làm kiểm tra, tổng hợp, trình Sở Nội vụ trong thời hạn 05 ngày làm việc; Giám đốc Sở Nội "
    "vụ quyết định hỗ trợ trong thời hạn 07 ngày làm việc.",
    "Câu 15. Hồ sơ vay vốn ai phê duyệt?",
    "Trả lời:",
    "Phòng giao dịch Ngân hàng Chính sách xã hội khu vực thẩm định, phê duyệt cho vay và giải ngân trong thời hạn 05 "
    "ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "Câu 16. Trường có những gì?",
    "Trả lời:",
    "Trường Cao đẳng Kỹ thuật Hòa An là cơ sở công lập. Nhà trường có 02 cơ sở đào tạo với 46 xưởng thực hành.",
    "Nhà trường trân trọng đề nghị:",
    "- Ủy ban nhân dân các xã, phường thông báo nội dung tuyển sinh trên hệ thống thông tin cơ sở.",
    "Phòng Đào tạo dự thảo báo cáo tổng kết trình Hiệu trưởng trước ngày 30/11/2026.",
])


def test_a_handbooks_answers_give_each_named_body_its_own_step():
    """A handbook's answer chains the steps of several bodies in one paragraph: each body named, by its head
    ("Giám đốc Sở Nội vụ quyết định …"), by the bank's office that serves the area ("Phòng giao dịch Ngân hàng
    … khu vực"), or as "Nhà trường", does the step after its name; what a body has ("có 02 cơ sở") and the line
    announcing requests ("Nhà trường trân trọng đề nghị:") are no duty."""
    rows = [(r.agency, r.task.split(" trong thời hạn")[0].rstrip("."))
            for r in register_of(HANDBOOK_ANSWERS).responsibilities]
    assert ("Sở Nội vụ", "quyết định hỗ trợ") in rows
    assert ("Trung tâm Dịch vụ việc làm", "kiểm tra, tổng hợp, trình Sở Nội vụ") in rows
    assert ("Ngân hàng Chính sách xã hội", "thẩm định, phê duyệt cho vay và giải ngân") in rows
    assert ("Nhà trường", "chi trả sinh hoạt phí hằng tháng cho học sinh, sinh viên") in rows
    assert ("Sở Giáo dục và Đào tạo", "phê duyệt") in rows
    assert ("Phòng Đào tạo", "dự thảo báo cáo tổng kết trình Hiệu trưởng trước ngày 30/11/2026") in rows
    school = [task for agency, task in rows if agency == "Nhà trường"]
    assert school == ["chi trả sinh hoạt phí hằng tháng cho học sinh, sinh viên"]


def test_a_manner_adverb_before_the_verb_is_no_part_of_the_bodies_name():
    text = HEADER + ("III. TỔ CHỨC THỰC HIỆN\nGiao Sở Nội vụ chủ trì tổ chức thực hiện Kế hoạch này.\nTrên đây là Kế "
                     "hoạch năm 2026. Yêu cầu Thủ trưởng các sở, ban, ngành và các đơn vị có liên quan nghiêm túc "
                     "triển khai thực hiện.\n")
    agencies = {r.agency for r in register_of(text).responsibilities}
    assert "Các đơn vị có liên quan" in agencies and not any("nghiêm túc" in a for a in agencies)


# ------------------------------------------------------------------ who serves the learners, said in the passive
LEAFLET = "\n\n".join([
    "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH",
    "Số: 41/TB-UBND",
    "THÔNG BÁO Tuyển sinh lớp Kỹ thuật chế biến món ăn (khóa 3 tháng) năm 2028",
    "1. Quyền lợi của học viên",
    "a) Học phí, tài liệu do cơ sở đào tạo bảo đảm từ nguồn kinh phí Kế hoạch số 12/KH-UBND; tiền ăn do doanh "
    "nghiệp, tổ chức, cá nhân hỗ trợ.",
    "b) Học viên đạt yêu cầu được cấp chứng chỉ đào tạo; được Trung tâm Dịch vụ việc làm tỉnh (thuộc Sở Nội vụ) giới "
    "thiệu việc làm tại các nhà hàng trong tỉnh.",
    "c) Trong thời gian thực tập, học viên được Công ty Cổ phần Ẩm thực Sen Hồng trả thù lao 80.000 đồng/ngày. (*) "
    "Lớp học vào buổi tối từ thứ Hai đến thứ Sáu.",
    "2. Ghi chú",
    "Kế hoạch số 12/KH-UBND được Ủy ban nhân dân phường phê duyệt tại Quyết định số 7/QĐ-UBND ngày 02/01/2028. Năm "
    "2027 có 14 hồ sơ bị chậm do doanh nghiệp chậm xác nhận thời gian đóng bảo hiểm. Trường Trung cấp Nấu ăn Hạc "
    "Thành hiện trực thuộc Sở Giáo dục và Đào tạo.",
])


def _leaflet_rows():
    return [(r.agency, r.task) for r in register_of(LEAFLET).responsibilities]


def test_a_kind_of_body_named_after_do_in_lower_case_does_the_thing():
    """"do cơ sở đào tạo bảo đảm": the kind of body named alone does it; a list of givers and a cause do nothing."""
    rows = _leaflet_rows()
    assert [r[0] for r in rows if r[1].startswith("bảo đảm từ nguồn kinh phí")] == ["Cơ sở đào tạo"]
    assert not any(r[0].startswith("Doanh nghiệp") for r in rows)  # "do doanh nghiệp, tổ chức, cá nhân hỗ trợ"; a cause


def test_learners_served_by_a_body_name_what_it_does_for_them():
    rows = _leaflet_rows()
    assert ("Trung tâm Dịch vụ việc làm", "giới thiệu việc làm tại các nhà hàng trong tỉnh "
            "(được)") in rows or any(a == "Trung tâm Dịch vụ việc làm" and t.startswith("giới thiệu việc làm")
                                     for a, t in rows)
    pay = [r for r in rows if r[0] == "Công ty Cổ phần Ẩm thực Sen Hồng"]
    assert len(pay) == 1 and pay[0][1].startswith("trả thù lao 80.000 đồng/ngày")
    assert "Lớp học vào buổi tối" not in pay[0][1]  # the note after its mark is a note of its own


def test_a_document_approved_or_a_school_belonging_to_a_body_is_no_duty():
    rows = _leaflet_rows()
    assert not any(r[0].startswith("Ủy ban nhân dân") for r in rows)
    assert not any("trực thuộc" in r[1] for r in rows)
