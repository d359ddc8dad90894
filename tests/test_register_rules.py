"""Responsibility and deadline rules of the register, on hand-made plan snippets."""

from __future__ import annotations

import pytest

from tests.register_snippets import HEADER, JOINT_PLAN, LDTBXH, register_of, rows_of


def test_chu_tri_phoi_hop_voi_gives_role_and_partners():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
                   "- Chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tổ chức khám sức khỏe cho học viên.\n\n"
                   "- Phối hợp với Sở LĐTBXH kiểm tra an toàn lao động.\n\n"
                   "- Hướng dẫn các cơ sở y tế thực hiện Kế hoạch.\n")
    assert [(r.agency, r.role) for r in rows] == [("Sở Y tế", "chủ trì"), ("Sở Y tế", "phối hợp"), ("Sở Y tế", "thực hiện")]
    assert rows[0].partners == ["Sở Tài chính", "Các cơ quan liên quan"]
    assert rows[1].partners == [LDTBXH]
    assert rows[0].task.startswith("Chủ trì, phối hợp với Sở Tài chính")
    assert rows[0].section == "V. TỔ CHỨC THỰC HIỆN › 1. Sở Y tế"
    assert "1. Sở Y tế" in rows[0].source


def test_phan_cong_thuc_hien_and_thoi_gian_thuc_hien_lines():
    reg = register_of(HEADER + "III. NỘI DUNG THỰC HIỆN\n\n1. Tổ chức Hội thi tay nghề cấp tỉnh năm 2024.\n\n"
                      "- Phân công thực hiện: Phòng LĐVL chủ trì, phối hợp với phòng KHTC và các cơ sở GDNN để tham mưu thực hiện.\n\n"
                      "- Thời gian thực hiện: Triển khai tháng 5, thực hiện trong năm 2024.\n\n"
                      "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các phòng thuộc Sở\n\n- Tổ chức thực hiện Kế hoạch này.\n")
    row = reg.responsibilities[0]
    assert (row.agency, row.role) == ("Phòng Lao động - Việc làm", "chủ trì")
    assert row.task == "Tổ chức Hội thi tay nghề cấp tỉnh năm 2024."
    assert row.partners == ["Phòng Kế hoạch - Tài chính", "Các cơ sở giáo dục nghề nghiệp"]
    assert row.deadline == "Triển khai tháng 5, thực hiện trong năm 2024"
    deadline = next(d for d in reg.deadlines if d.when.startswith("Triển khai tháng 5"))
    assert deadline.agencies == ["Phòng Lao động - Việc làm"]
    assert deadline.kind == "year"  # "Triển khai tháng 5" is the start; the work runs through 2024


def test_co_quan_chu_tri_fields():
    row = rows_of(HEADER + "III. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu người lao động.\n\n"
                  "Cơ quan chủ trì: Sở Lao động - Thương binh và Xã hội; cơ quan phối hợp: Công an tỉnh, Sở Tư pháp; "
                  "thời gian hoàn thành: Quý IV năm 2024.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n\n- Thẩm định văn bản.\n")[0]
    assert (row.agency, row.role, row.deadline) == (LDTBXH, "chủ trì", "Quý IV năm 2024")
    assert row.partners == ["Công an tỉnh", "Sở Tư pháp"]


def test_de_nghi_marks_requested_bodies_and_their_units():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị tỉnh\n\n"
                   "Phối hợp tuyên truyền, vận động Nhân dân tham gia học nghề.\n\n1.1. Ban Công tác Phụ nữ\n\n"
                   "Tổ chức tư vấn học nghề cho hội viên.\n")
    assert {(r.agency, r.role) for r in rows} == {
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", "đề nghị"), ("Các đoàn thể chính trị tỉnh", "đề nghị"),
        ("Ban Công tác Phụ nữ", "đề nghị"),
    }


def test_thuong_truc():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Là cơ quan thường trực, chủ trì theo dõi việc thực hiện.\n\n"
                   "2. Phòng Giáo dục nghề nghiệp\n\n- Thường trực chủ trì, phối hợp với các phòng, đơn vị liên quan đôn đốc.\n")
    assert [(r.agency, r.role) for r in rows] == [("Sở Nội vụ", "thường trực"), ("Phòng Giáo dục nghề nghiệp", "thường trực")]


def test_colon_style_paragraphs_and_headings_name_their_own_agency():
    rows = rows_of(HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành\n\n- Sở Tài chính: Bố trí kinh phí thực hiện.\n\n"
                   "- Sở Y tế, Sở Xây dựng: Phối hợp với Sở LĐTBXH triển khai.\n\n2. Trách nhiệm của các địa phương\n\n"
                   "a) UBND các huyện, thành phố: Xây dựng kế hoạch, gửi Sở LĐTBXH trước ngày 15/4/2024.\n")
    assert [(r.agency, r.role) for r in rows] == [
        ("Sở Tài chính", "thực hiện"), ("Sở Y tế", "phối hợp"), ("Sở Xây dựng", "phối hợp"),
        ("Ủy ban nhân dân cấp huyện", "thực hiện"),
    ]
    assert rows[-1].deadline == "trước ngày 15/4/2024"


def test_giao_and_co_trach_nhiem_headings():
    rows = rows_of(HEADER + "III. PHÂN CÔNG NHIỆM VỤ\n\n1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với "
                   "Phòng Nội vụ bố trí kinh phí.\n\n2. UBND các xã, thị trấn có trách nhiệm tuyên truyền, tuyển sinh.\n")
    assert [(r.agency, r.role) for r in rows] == [
        ("Phòng Tài chính - Kế hoạch", "chủ trì"), ("Ủy ban nhân dân cấp xã", "thực hiện"),
    ]
    assert rows[0].partners == ["Phòng Nội vụ"]


def test_unknown_agency_heading_is_kept_as_written():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Hội Sinh vật cảnh tỉnh\n\n- Tuyên truyền, vận động hội viên học nghề.\n")
    assert [(r.agency, r.role) for r in rows] == [("Hội Sinh vật cảnh tỉnh", "thực hiện")]


def test_closing_formula_is_not_a_task():
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Khám sức khỏe cho học viên.\n\n"
                   "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch./.\n")
    assert [r.task for r in rows] == ["Khám sức khỏe cho học viên."]


def test_reporting_section_gives_rows_and_dated_deadlines():
    reg = register_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Khám sức khỏe.\n\nVI. CHẾ ĐỘ BÁO CÁO\n\n"
                      "Các sở, ngành, UBND các huyện báo cáo kết quả về Sở LĐTBXH trước ngày 15/6/2024 và trước ngày 30/11/2024.\n")
    reporting = [r for r in reg.responsibilities if r.section.startswith("VI.")]
    assert [r.agency for r in reporting] == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]
    assert reporting[0].deadline == "trước ngày 15/6/2024; trước ngày 30/11/2024"
    assert {(d.when, d.date) for d in reg.deadlines} == {
        ("trước ngày 15/6/2024", "2024-06-15"), ("trước ngày 30/11/2024", "2024-11-30"),
    }


def test_periodic_deadlines():
    row = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Tổ chức đánh giá sơ kết 05 năm, tổng kết 10 năm "
                  "việc thực hiện Kế hoạch.\n")[0]
    assert row.deadline == "sơ kết 05 năm, tổng kết 10 năm"


@pytest.mark.parametrize("text", ["", "   ", HEADER + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng đào tạo.\n"])
def test_plan_without_tổ_chức_thực_hiện_gives_no_rows_and_a_note(text):
    reg = register_of(text)
    assert reg.responsibilities == []
    assert any("Tổ chức thực hiện" in n for n in reg.notes)



# ------------------------------------------------------------------ the assignment part under any heading system


@pytest.mark.parametrize(
    "title",
    ["B. TỔ CHỨC THỰC HIỆN", "Phần V. TỔ CHỨC THỰC HIỆN", "PHẦN THỨ TƯ - TỔ CHỨC THỰC HIỆN", "IV- TỔ CHỨC THỰC HIỆN",
     "Chương III. TRÁCH NHIỆM THỰC HIỆN"],
)
def test_the_assignment_part_is_found_by_its_title_whatever_its_marker(title):
    opening = {"B": "A. MỤC TIÊU", "P": "Phần I. MỤC TIÊU", "I": "I- MỤC TIÊU", "C": "Chương I. MỤC TIÊU"}.get(
        title[0], "PHẦN THỨ NHẤT - MỤC TIÊU")
    item = "1- Sở Y tế" if title.startswith("IV-") else "1. Sở Y tế"
    reg = register_of(HEADER + f"{opening}\n\nNâng cao chất lượng đào tạo.\n\n{title}\n\n{item}\n\n"
                      "- Chủ trì, phối hợp với Sở Tài chính khám sức khỏe cho học viên.\n")
    assert [(r.agency, r.role, r.partners) for r in reg.responsibilities] == [("Sở Y tế", "chủ trì", ["Sở Tài chính"])]
    assert not any("Tổ chức thực hiện" in n for n in reg.notes)


def test_article_on_execution_of_a_decision_lists_its_bodies():
    reg = register_of(HEADER + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo nghề năm 2024.\n\n"
                      "Điều 2. Trách nhiệm thi hành\n\n1. Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.\n\n"
                      "2. Sở Tài chính bố trí kinh phí thực hiện.\n")
    assert [(r.agency, r.role) for r in reg.responsibilities] == [("Sở Nội vụ", "chủ trì"), ("Sở Tài chính", "thực hiện")]


# ------------------------------------------------------------------ recurring errors, one hand-made case each


def test_either_lead_or_partner_keeps_the_role_as_written():
    rows = rows_of(HEADER + "IV- TỔ CHỨC THỰC HIỆN\n\n1- Các sở, ban, ngành, địa phương chủ trì hoặc phối hợp thực hiện "
                   "nhiệm vụ được giao tại Phụ lục kèm theo.\n")
    assert [(r.agency, r.role) for r in rows] == [("Các sở, ban, ngành, địa phương", "chủ trì hoặc phối hợp")]


def test_a_consolidation_deadline_belongs_to_the_hub_not_to_the_senders():
    reg = register_of(HEADER + "Phần IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\nKhám sức khỏe cho học viên.\n\n"
                      "2. Chế độ báo cáo\n\nCác sở, ngành, UBND các huyện gửi báo cáo kết quả thực hiện về Sở Nội vụ "
                      "trước ngày 20/11/2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/12/2024.\n")
    senders = [r for r in reg.responsibilities if r.agency != "Sở Nội vụ" and r.section.endswith("Chế độ báo cáo")]
    assert [r.agency for r in senders] == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]
    assert {r.deadline for r in senders} == {"trước ngày 20/11/2024"}
    hub = next(r for r in reg.responsibilities if r.agency == "Sở Nội vụ")
    assert (hub.task, hub.deadline) == ("Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/12/2024", "trước ngày 05/12/2024")
    by_date = {d.date: d.agencies for d in reg.deadlines}
    assert by_date["2024-11-20"] == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]
    assert by_date["2024-12-05"] == ["Sở Nội vụ"]
    assert all(r.deadline == "" for r in reg.responsibilities if r.agency == "Sở Y tế")


def test_a_report_sent_for_consolidation_by_a_date_keeps_the_senders_date():
    rows = rows_of(HEADER + "Phần IV. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ báo cáo\n\nCác cơ sở giáo dục nghề nghiệp gửi báo cáo "
                   "về Sở Nội vụ trước ngày 20/12 để tổng hợp.\n")
    assert [(r.agency, r.deadline) for r in rows] == [("Các cơ sở giáo dục nghề nghiệp", "trước ngày 20/12")]


def test_a_later_sentence_with_its_own_body_takes_its_own_deadline():
    reg = register_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ thông tin, báo cáo\n\nCác sở, ngành báo cáo kết quả "
                      "(trước ngày 25/11/2025) gửi Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
                      "10/12/2025.\n")
    assert [(r.agency, r.deadline) for r in reg.responsibilities] == [
        ("Các sở, ban, ngành", "trước ngày 25/11/2025"), ("Sở Nội vụ", "trước ngày 10/12/2025"),
    ]


def test_a_semicolon_list_of_bodies_keeps_every_body():
    row = rows_of(HEADER + "III. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu người học.\n\nCơ quan chủ trì: Sở Nội vụ; "
                  "cơ quan phối hợp: Công an tỉnh; Sở Tư pháp; Sở Tài chính; thời hạn: Quý IV/2024.\n\n"
                  "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n\n- Thẩm định văn bản.\n")[0]
    assert (row.agency, row.partners, row.deadline) == ("Sở Nội vụ", ["Công an tỉnh", "Sở Tư pháp", "Sở Tài chính"], "Quý IV/2024")


@pytest.mark.parametrize(
    ("task", "partners"),
    [
        ("Rà soát chương trình, phối hợp với Sở Tài chính và Sở Nội vụ tổ chức thẩm định.", ["Sở Tài chính", "Sở Nội vụ"]),
        ("Tổ chức đào tạo theo đơn đặt hàng, có sự phối hợp của Sở Công Thương.", ["Sở Công Thương"]),
        ("Mở 12 lớp kỹ năng số, phối hợp cùng Hiệp hội Thương mại điện tử tỉnh Nam Kỳ lựa chọn giảng viên.",
         ["Hiệp hội Thương mại điện tử tỉnh Nam Kỳ"]),
    ],
)
def test_partners_named_only_in_the_task_text(task, partners):
    row = rows_of(HEADER + f"III. NHIỆM VỤ\n\n1. {task}\n\n- Phân công: Sở Lao động - Thương binh và Xã hội chủ trì.\n")[0]
    assert row.partners == partners


def test_a_branch_of_a_bank_stays_that_bank():
    rows = rows_of(HEADER + "Phần V. TỔ CHỨC THỰC HIỆN\n\n1. Ngân hàng Chính sách xã hội - Chi nhánh Hải Phòng\n\n"
                   "Bố trí 120 tỷ đồng cho vay giải quyết việc làm.\n\n2. Sở Nội vụ\n\nPhối hợp với Ngân hàng Chính sách "
                   "xã hội - Chi nhánh Hải Phòng và Sở Tài chính hướng dẫn thủ tục vay vốn.\n")
    assert [(r.agency, r.partners) for r in rows] == [
        ("Ngân hàng Chính sách xã hội", []), ("Sở Nội vụ", ["Ngân hàng Chính sách xã hội", "Sở Tài chính"]),
    ]


@pytest.mark.parametrize(
    ("when", "kind"),
    [("Triển khai từ tháng 3/2025", "start"), ("Triển khai tháng 3, thực hiện cả năm 2025", "year"),
     ("Quý II/2025", "quarter"), ("Tháng 9 năm 2025", "month"), ("Trước 30/6/2025", "date"), ("Hằng năm", "period"),
     ("Chậm nhất ngày 05 hằng tháng", "period"), ("Trước ngày 10 của tháng cuối quý", "date")],
)
def test_a_start_month_is_not_the_deadline(when, kind):
    reg = register_of(HEADER + f"III. NHIỆM VỤ\n\n1. Mở lớp đào tạo nghề lưu động.\n\nCơ quan chủ trì: Sở Nội vụ; "
                      f"thời gian thực hiện: {when}.\n")
    assert [(d.when, d.kind) for d in reg.deadlines] == [(when, kind)]


def test_a_start_inside_a_task_is_no_deadline():
    row = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Triển khai trong tháng 3 việc rà soát lao động, "
                  "hoàn thành trước ngày 30/6/2025.\n\n- Triển khai từ tháng 4/2025 các lớp đào tạo lưu động.\n")
    assert [r.deadline for r in row] == ["hoàn thành trước ngày 30/6/2025", ""]


def test_a_task_under_a_grouping_heading_that_names_its_own_body():
    rows = rows_of(HEADER + "A. MỤC TIÊU\n\nNâng cao chất lượng.\n\nB. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội\n\n"
                   "- Tuyên truyền, vận động hội viên tham gia học nghề;\n\n- Tỉnh đoàn tổ chức 20 buổi tư vấn khởi nghiệp.\n\n"
                   "2. Các cơ sở giáo dục nghề nghiệp\n\na) Tổ chức tuyển sinh đúng chỉ tiêu.\n\n"
                   "b) Trường Cao đẳng Nghề Nam Kỳ chủ trì biên soạn 04 chương trình sơ cấp.\n")
    got = [(r.agency, r.role) for r in rows]
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "đề nghị") in got
    assert ("Trường Cao đẳng Nghề Nam Kỳ", "chủ trì") in got
    assert ("Các cơ sở giáo dục nghề nghiệp", "thực hiện") in got
    assert not any(a == "Các cơ sở giáo dục nghề nghiệp" and "04 chương trình" in r.task
                   for r in rows for a in [r.agency])


def test_a_commune_plan_s_bullet_body_lines_head_their_plus_duties():
    rows = rows_of(HEADER + "Mục 4. PHÂN CÔNG THỰC HIỆN\n\n- Công chức Văn hóa - Xã hội:\n\n+ Chủ trì, phối hợp với các "
                   "thôn rà soát nhu cầu học nghề, gửi Ủy ban nhân dân xã trước ngày 15/3/2026.\n\n"
                   "- Trung tâm Dịch vụ việc làm tỉnh (đề nghị):\n\n+ Tổ chức 02 phiên giao dịch việc làm lưu động "
                   "trong quý III/2026.\n\n- Trưởng các thôn:\n\n+ Thông báo chính sách hỗ trợ học nghề đến từng hộ.")
    assert [(r.agency, r.deadline) for r in rows] == [
        ("Công chức Văn hóa - Xã hội", "trước ngày 15/3/2026"), ("Trung tâm Dịch vụ việc làm", "trong quý III/2026"),
        ("Trưởng thôn", "")]
    assert rows[0].role == "chủ trì"


def test_a_known_body_opens_a_duty_whatever_its_verb():
    rows = rows_of(HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chương trình vào "
                   "nội dung kiểm tra hằng năm.\n\n2. Hội Nông dân xã khảo sát nhu cầu học nghề của hội viên.\n\n"
                   "3. Ban Chỉ đạo giảm nghèo bền vững tỉnh chủ trì sơ kết Chương trình.\n")
    assert [(r.agency, r.task.split()[0]) for r in rows] == [
        ("Ủy ban Kiểm tra Tỉnh ủy", "đưa"), ("Hội Nông dân", "khảo"),
        ("Ban Chỉ đạo giảm nghèo bền vững tỉnh", "chủ")]  # an unknown name ends at its verb, as before


def test_the_issuer_announcing_its_plan_is_no_duty():
    rows = rows_of(HEADER + "I. MỤC ĐÍCH\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024, cụ thể như sau:\n\n"
                   "II. NHIỆM VỤ\n\n1. Sở Tài chính bố trí kinh phí.\n\nỦy ban nhân dân tỉnh giao nhiệm vụ như sau:\n")
    assert [r.agency for r in rows] == ["Sở Tài chính"]


def test_a_run_in_title_before_the_assignment_and_a_joint_partner_of_its_own():
    rows = rows_of(HEADER + "III. NHIỆM VỤ\n\n1. Đào tạo nghề\n\na) Đào tạo theo đơn đặt hàng của doanh nghiệp: Sở Giáo "
                   "dục và Đào tạo chủ trì, Ban Quản lý các khu kinh tế tỉnh phối hợp tổng hợp nhu cầu tuyển dụng của "
                   "doanh nghiệp, định kỳ hằng năm giao chỉ tiêu đào tạo.\n\nb) Tuyên truyền thường xuyên.\n")
    got = {(r.agency, r.role): r for r in rows}
    lead = got[("Sở Giáo dục và Đào tạo", "chủ trì")]
    partner = got[("Ban Quản lý khu kinh tế", "phối hợp")]
    assert "(Đào tạo theo đơn đặt hàng của doanh nghiệp)" in lead.task
    assert lead.partners == ["Ban Quản lý khu kinh tế"] and partner.partners == ["Sở Giáo dục và Đào tạo"]
    assert partner.task.startswith("phối hợp tổng hợp nhu cầu tuyển dụng")


def test_the_issuer_assigning_inside_a_sentence():
    rows = rows_of(HEADER + "III. NHIỆM VỤ\n\n1. Nguồn lực\n\nc) Thành lập Quỹ hỗ trợ học nghề tỉnh với quy mô 30 tỷ đồng, "
                   "giao Sở Tài chính chủ trì xây dựng điều lệ, trình Ủy ban nhân dân tỉnh trong quý III/2026.\n")
    [row] = rows
    assert (row.agency, row.role, row.deadline) == ("Sở Tài chính", "chủ trì", "trong quý III/2026")
    assert row.task.endswith("(Thành lập Quỹ hỗ trợ học nghề tỉnh với quy mô 30 tỷ đồng)")


def test_a_joint_plan_of_two_bodies_signed_by_both():
    rows = rows_of(JOINT_PLAN)
    assert [(r.agency, r.role, r.deadline) for r in rows] == [
        ("Sở Nội vụ", "chủ trì", "trước ngày 15/12"), ("Hội Liên hiệp Phụ nữ", "chủ trì", "")]
    assert rows[1].partners == ["Sở Nội vụ"] and not rows[0].task.startswith("✓")  # "✓" is a bullet


def test_a_group_picked_out_by_the_project_it_carries_out():
    rows = rows_of(HEADER + "III. TỔ CHỨC THỰC HIỆN\n\ng. Các trường thực hiện Đề án hoàn thành xây dựng chương trình "
                   "trước ngày 31/7/2027.\n\nh. Các sở, ngành thực hiện Kế hoạch này theo chức năng được giao.\n")
    assert [(r.agency, r.task[:20]) for r in rows] == [
        ("Các trường thực hiện Đề án", "hoàn thành xây dựng "), ("Các sở, ban, ngành", "thực hiện Kế hoạch n")]


def test_a_body_directed_inside_another_bodys_duty_carries_it_out():
    rows = rows_of(HEADER + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo\n\n- Hướng dẫn các cơ sở tuyển sinh; "
                   "chỉ đạo Trường Cao đẳng Nông lâm Bắc Hà biên soạn 03 chương trình sơ cấp, hoàn thành trước ngày "
                   "30/6/2027.\n\n- Chỉ đạo Phòng Giáo dục nghề nghiệp quận, huyện làm đầu mối theo dõi.\n\n"
                   "- Chỉ đạo các trường trung học phổ thông phối hợp tư vấn hướng nghiệp.\n\n"
                   "- Chỉ đạo các cơ sở giáo dục nghề nghiệp tổ chức tuyển sinh.\n")
    directed = {(r.agency, r.task, r.deadline) for r in rows if r.agency != "Sở Giáo dục và Đào tạo"}
    assert directed == {
        ("Trường Cao đẳng Nông lâm Bắc Hà", "Biên soạn 03 chương trình sơ cấp, hoàn thành trước ngày 30/6/2027",
         "hoàn thành trước ngày 30/6/2027"),
        ("Các cơ sở giáo dục nghề nghiệp", "Tổ chức tuyển sinh", ""),
    }


def test_each_body_a_resolution_item_assigns_sentence_by_sentence_gets_its_own_row():
    """ "…; giao Ban Quản lý … tổng hợp …, gửi … trước ngày 30 tháng 6" is that board's duty and deadline; "Giao
    Thường trực HĐND … giám sát …. Ban Văn hóa - Xã hội HĐND tỉnh chủ trì giám sát chuyên đề …" gives the committee
    its own row, the bodies before it keep theirs."""
    rows = rows_of(HEADER + "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện, trong đó:\n"
                   "a) Giao Sở Nông nghiệp và Môi trường phối hợp xác định các nghề cần đào tạo; giao Ban Quản lý các "
                   "khu công nghiệp tỉnh tổng hợp nhu cầu tuyển dụng lao động, gửi Sở Nội vụ trước ngày 30 tháng 6 hằng "
                   "năm.\n2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này. Ban Văn "
                   "hóa - Xã hội Hội đồng nhân dân tỉnh chủ trì giám sát chuyên đề trong năm 2028.\n")
    by_body = {r.agency: r for r in rows}
    farming, board = by_body["Sở Nông nghiệp và Môi trường"], by_body["Ban Quản lý các khu công nghiệp"]
    assert "tuyển dụng" not in farming.task and not farming.deadline
    assert "tuyển dụng" in board.task and board.deadline == "trước ngày 30 tháng 6"
    council = by_body["Thường trực Hội đồng nhân dân"]
    assert "chuyên đề" not in council.task
    committee = next(r for r in rows if r.agency.startswith("Ban Văn hóa - Xã hội"))
    assert committee.role == "chủ trì" and "năm 2028" in committee.task


def test_a_time_counted_from_an_event_is_the_duties_deadline_and_a_cap_is_none():
    """A procedure's or a contract's deadlines run from an event ("trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ
    hồ sơ"); a cap on how long support lasts ("tối đa 06 tháng") is no deadline."""
    rows = rows_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Thẩm định hồ sơ hỗ trợ trong thời hạn 10 ngày làm "
                   "việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n\n- Hỗ trợ tiền ở tối đa 06 tháng/khóa học.\n")
    assert [(r.task[:20], r.deadline) for r in rows] == [
        ("Thẩm định hồ sơ hỗ t", "trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
        ("Hỗ trợ tiền ở tối đa", "")]
    reg = register_of(HEADER + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Chậm nhất 07 ngày trước ngày tổ chức hội "
                      "nghị, gửi báo cáo về Sở Giáo dục và Đào tạo.\n")
    assert [(d.when, d.kind) for d in reg.deadlines] == [("Chậm nhất 07 ngày trước ngày tổ chức hội nghị", "relative")]
