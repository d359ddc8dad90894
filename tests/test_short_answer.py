"""The one-sentence short answer on hand-made answers: the clause that holds the asked fact, the
agency a heading names, list items, the asked year's cell, a short plan label, two parts, two plans."""

from __future__ import annotations

import pytest

from assistant.compose import Evidence, compose, refusal, short_answer, short_label
from assistant.extractive import passage_units
from assistant.questions import profile_question
from index.structure import BASIS_TITLE
from tests.test_extractive import PLAN, passage


def short(question: str, *passages, plan_label: str = PLAN) -> str:
    """The short answer of an answer quoting every body line of the passages."""
    evidence = [Evidence(tuple(passage_units(p)[1:])) for p in passages]
    return short_answer(compose(question, evidence, list(passages)), profile_question(question))


TARGETS = passage(
    1, "targets",
    "II. CHỈ TIÊU\nTuyển sinh và đào tạo khoảng 230.000 lượt người (trong đó chia theo trình độ: cao đẳng: 25.500, "
    "trung cấp: 28.500, sơ cấp và dưới 3 tháng: 176.000).",
    "II. CHỈ TIÊU",
)
RATES = passage(
    2, "rates",
    "II. CHỈ TIÊU\nPhấn đấu tỷ lệ lao động qua đào tạo đạt 73,2%, trong đó tỷ lệ lao động có bằng cấp, "
    "chứng chỉ đạt 52,5%.",
    "II. CHỈ TIÊU",
)


def test_the_clause_with_the_asked_figure_is_chosen_over_the_first_sentence():
    answer = short("Trình độ sơ cấp và dưới 3 tháng chiếm bao nhiêu người?", TARGETS)
    assert answer.startswith(f"Theo {PLAN}: ") and "sơ cấp và dưới 3 tháng: 176.000" in answer
    jobs = passage(3, "jobs", "II. MỤC TIÊU\nDuy trì tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực "
                   "thành thị dưới 4%; tỷ lệ thiếu việc làm không quá 2%.", "II. MỤC TIÊU")
    expected = f"Theo {PLAN}: tỷ lệ thiếu việc làm không quá 2%."
    assert short("Tỷ lệ thiếu việc làm không quá bao nhiêu?", jobs) == expected
    rate = short("Tỷ lệ lao động có bằng cấp, chứng chỉ đạt bao nhiêu?", RATES)
    assert "52,5%" in rate and "73,2%" not in rate


def test_a_fact_the_question_gives_beside_a_new_figure_labels_the_item_asked():
    answer = short("Học nghề ngắn hạn dưới 3 tháng tuyển bao nhiêu người?", TARGETS)
    assert "sơ cấp và dưới 3 tháng: 176.000" in answer


def test_a_fact_the_question_gives_is_not_the_answer():
    deadlines = passage(
        1, "report",
        "VI. CHẾ ĐỘ BÁO CÁO\nĐịnh kỳ hàng năm, các sở báo cáo kết quả thực hiện (qua Sở Tài chính) trước ngày 05/12 "
        "để tổng hợp, báo cáo UBND Thành phố trước ngày 20/12.",
        "VI. CHẾ ĐỘ BÁO CÁO",
    )
    question = "Các sở báo cáo qua Sở Tài chính trước 05/12, vậy hạn báo cáo UBND Thành phố là ngày nào?"
    answer = short(question, deadlines)
    assert answer.endswith("báo cáo UBND Thành phố trước ngày 20/12.")


LEAD = passage(
    1, "lead",
    "V. TỔ CHỨC THỰC HIỆN\n1. Sở Lao động - Thương binh và Xã hội\n- Là cơ quan thường trực; chủ trì, phối hợp với "
    "các Sở, ngành liên quan, UBND các quận, huyện tổ chức thực hiện Kế hoạch.",
    "V. TỔ CHỨC THỰC HIỆN › 1. Sở Lao động - Thương binh và Xã hội",
)


def test_an_agency_question_states_the_agency_its_heading_names_and_its_role():
    answer = short("Cơ quan nào là cơ quan thường trực thực hiện Kế hoạch?", LEAD)
    assert answer.startswith(f"Theo {PLAN}: Sở Lao động - Thương binh và Xã hội: ")
    assert "thường trực" in answer and "phối hợp với các Sở" not in answer.split(":")[1]


def test_a_duty_the_body_leads_keeps_its_lead_however_the_clause_is_cut():
    """ "Chủ trì, phối hợp với …: Xây dựng kế hoạch …" under the body's heading: the body leads, not helps."""
    farming = passage(
        1, "farming",
        "V. TỔ CHỨC THỰC HIỆN\n3. Sở Nông nghiệp và Môi trường\nChủ trì, phối hợp với Sở Giáo dục và Đào tạo và các "
        "đơn vị liên quan: Xây dựng kế hoạch đào tạo nghề nông nghiệp cho lao động nông thôn hằng năm, 5 năm và giai "
        "đoạn; hỗ trợ xây dựng các mô hình khởi nghiệp cho lao động nông thôn.",
        "V. TỔ CHỨC THỰC HIỆN › 3. Sở Nông nghiệp và Môi trường",
    )
    answer = short("Sở nào lập kế hoạch đào tạo nghề nông nghiệp cho lao động nông thôn hằng năm?", farming)
    assert "Sở Nông nghiệp và Môi trường: chủ trì" in answer, answer


def test_a_duty_under_a_bodys_name_line_is_that_bodys_not_the_headings():
    """ "- Phòng Kinh tế:" over its "+" duties, under a heading naming another body: the line above speaks."""
    duties = passage(
        1, "owners",
        "4.1 Ủy ban nhân dân xã và trưởng các thôn\n- Phòng Kinh tế:\n+ Chủ trì, phối hợp với Trạm Khuyến nông khu "
        "vực xác định nghề nông nghiệp và đầu ra sản phẩm.\n- Hội Liên hiệp Phụ nữ xã:\n+ Chủ trì hỗ trợ nhóm phụ nữ "
        "thôn Bản Chiềng làm du lịch cộng đồng.",
        "4.1 Ủy ban nhân dân xã và trưởng các thôn",
    )
    farming = short("Ai chủ trì xác định nghề nông nghiệp và đầu ra sản phẩm?", duties)
    assert farming.startswith(f"Theo {PLAN}: Phòng Kinh tế: chủ trì"), farming
    tourism = short("Tổ chức nào giúp phụ nữ thôn Bản Chiềng làm du lịch cộng đồng?", duties)
    assert "Hội Liên hiệp Phụ nữ xã: chủ trì" in tourism and "Phòng Kinh tế" not in tourism, tourism


def test_an_agency_the_question_names_is_not_given_back_as_the_answer():
    duties = passage(
        1, "duties",
        "V. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\nHướng dẫn, kiểm tra, đánh giá sơ kết, tổng kết định kỳ về "
        "thực hiện Kế hoạch báo cáo UBND Thành phố, Bộ Giáo dục và Đào tạo.",
        "V. TỔ CHỨC THỰC HIỆN › 1. Sở Giáo dục và Đào tạo",
    )
    answer = short("Sở Giáo dục và Đào tạo báo cáo sơ kết, tổng kết lên những cơ quan nào?", duties)
    assert "Bộ Giáo dục và Đào tạo" in answer and f"{PLAN}: Sở Giáo dục" not in answer


def test_a_list_question_lists_the_items():
    groups = passage(
        1, "groups",
        "III. NHIỆM VỤ\n7. Đào tạo nghề\n- Quan tâm đào tạo nghề cho học sinh tốt nghiệp trung học cơ sở; hỗ trợ đào "
        "tạo chuyển đổi nghề cho người lao động, đặc biệt là lao động trong các khu công nghiệp, bộ đội xuất ngũ, "
        "người cao tuổi còn đủ sức khỏe.",
        "III. NHIỆM VỤ › 7. Đào tạo nghề",
    )
    answer = short("Hỗ trợ đào tạo chuyển đổi nghề đặc biệt cho những nhóm lao động nào?", groups)
    assert all(item in answer for item in ("khu công nghiệp", "bộ đội xuất ngũ", "người cao tuổi"))
    assert "trung học cơ sở" not in answer


def test_a_list_announced_by_a_lead_gives_its_items():
    sources = passage(
        1, "sources",
        "IV. KINH PHÍ\nKinh phí thực hiện Kế hoạch gồm các nguồn sau:\n- Ngân sách nhà nước.\n- Nguồn xã hội hóa.\n"
        "- Nguồn hợp pháp khác.",
        "IV. KINH PHÍ",
    )
    answer = short("Kinh phí thực hiện Kế hoạch gồm những nguồn nào?", sources)
    assert all(item in answer for item in ("Ngân sách nhà nước", "Nguồn xã hội hóa", "Nguồn hợp pháp khác"))


def test_a_task_heading_that_names_bodies_in_passing_is_no_agency_of_the_answer():
    heading = ("3. Hoàn thành kiểm định chất lượng đối với 03 cơ sở giáo dục nghề nghiệp trong Quý IV/2025, gồm: "
               "Trường Trung cấp nghề Mường Khiêm, Trung tâm Giáo dục nghề nghiệp thị xã Phú Thạch và Trung tâm "
               "Giáo dục nghề nghiệp huyện Hòa Yên.")
    task = passage(1, "accredit", f"IV. PHÁT TRIỂN\n{heading}", f"IV. PHÁT TRIỂN › {heading}")
    question = "Ba cơ sở nào sẽ được kiểm định chất lượng trong quý IV?"
    answer = short_answer(compose(question, [Evidence(tuple(passage_units(task)))], [task]), profile_question(question))
    assert "Phú Thạch" in answer and ".:" not in answer and not answer.split(": ", 1)[1].startswith("cơ sở"), answer


def test_a_list_named_in_line_gives_its_items_even_over_a_chunk_break():
    lead = ("- Triển khai đầu tư 04 trường cao đẳng công lập trở thành trường chất lượng cao theo Quyết định số "
            "761/QĐ-TTg ngày 23/5/2014 với một số nghề trọng điểm, cụ thể: Trường Cao đẳng nghề Công nghệ cao Hà Nội; "
            "Trường Cao đẳng nghề Công nghiệp Hà Nội;")
    first = passage(1, "schools", f"III. NHIỆM VỤ › 6. Đầu tư\n{lead}", "III. NHIỆM VỤ › 6. Đầu tư", ordinal=1)
    rest = passage(2, "schools-2", "III. NHIỆM VỤ › 6. Đầu tư\nTrường Cao đẳng nghề Việt Nam - Hàn Quốc thành phố Hà "
                   "Nội;\nTrường Cao đẳng nghề thuật Hà Nội;\n- Đầu tư trang thiết bị cho 16 trường.",
                   "III. NHIỆM VỤ › 6. Đầu tư", ordinal=2)
    answer = short("Bốn trường cao đẳng được đầu tư lên chất lượng cao là những trường nào?", first, rest)
    assert all(school in answer for school in ("Công nghệ cao Hà Nội", "Công nghiệp Hà Nội", "Việt Nam - Hàn Quốc",
                                               "nghề thuật Hà Nội")), answer
    assert "16 trường" not in answer


def test_where_the_money_comes_from_names_each_source_quoted():
    funding = passage(1, "funding", "IV. KINH PHÍ THỰC HIỆN\n1. Nguồn ngân sách Thành phố bố trí hằng năm theo phân cấp "
                      "hiện hành. Nguồn vốn vay ưu đãi nước ngoài, vốn ODA.\n2. Nguồn thu từ học phí và các nguồn thu "
                      "hợp pháp khác.", "IV. KINH PHÍ THỰC HIỆN")
    answer = short("Tiền ở đâu ra để làm kế hoạch?", funding)
    assert all(source in answer for source in ("ngân sách Thành phố", "ODA", "học phí")), answer


def test_a_heading_over_a_list_gives_its_items():
    funding = passage(1, "funding", "IV. KINH PHÍ THỰC HIỆN\n- Từ nguồn ngân sách nhà nước.\n- Kinh phí lồng ghép các "
                      "chương trình mục tiêu quốc gia.\n- Từ nguồn thu học phí.", "IV. KINH PHÍ THỰC HIỆN")
    question = "Kinh phí thực hiện lấy từ những nguồn nào?"  # the heading is quoted as the lead of its items
    answer = short_answer(compose(question, [Evidence(tuple(passage_units(funding)))], [funding]),
                          profile_question(question))
    assert all(s in answer for s in ("ngân sách nhà nước", "lồng ghép", "học phí")), answer


def test_a_lead_whose_items_are_parts_of_their_own_lists_them_from_the_chunks_cited_after_it():
    # Each numbered item is a part, so a chunk of its own; the next part of the upper level ends the list.
    part = "Đ. NGUỒN LỰC THỰC HIỆN"
    lead = passage(1, "lead", f"{part}\nNguồn lực thực hiện Kế hoạch được huy động từ:", part, ordinal=40)
    texts = ("4.1. Quỹ hỗ trợ việc làm của tỉnh cấp theo dự toán được giao hằng năm.",
             "4.2. Đóng góp của các doanh nghiệp trong khu công nghiệp theo thỏa thuận đặt hàng đào tạo.",
             "4.3. Vốn vay ưu đãi từ Ngân hàng Chính sách xã hội cho người học.")
    items = [passage(i + 2, f"item{i}", f"{part}\n{text}", f"{part} › {text}", ordinal=41 + i)
             for i, text in enumerate(texts)]
    other = passage(5, "other", "E. KIỂM TRA, GIÁM SÁT\nSở Tài chính kiểm tra việc sử dụng nguồn lực.",
                    "E. KIỂM TRA, GIÁM SÁT", ordinal=44)
    quoted = [u for p in (lead, *items) for u in passage_units(p) if u.text != part]
    evidence = [Evidence(tuple(quoted)), Evidence(tuple(passage_units(other)[1:]))]
    question = "Nguồn lực thực hiện kế hoạch được huy động từ những nguồn nào?"
    answer = short_answer(compose(question, evidence, [lead, *items, other]), profile_question(question))
    assert all(item in answer for item in ("Quỹ hỗ trợ việc làm", "Đóng góp của các doanh nghiệp", "Vốn vay ưu đãi"))
    assert "kiểm tra" not in answer


def test_what_follows_the_asked_noun_stays_when_no_fact_of_a_known_kind_is_asked():
    # "lần thứ mấy", "giai đoạn nào": the answer stands right after the noun, past the usual length.
    contest = passage(
        1, "contest",
        "3. Hoạt động phong trào\nPhối hợp với các trường cao đẳng tổ chức hội giảng nhà giáo giáo dục nghề nghiệp "
        "cấp tỉnh, chọn nhà giáo tiêu biểu tham dự Hội giảng nhà giáo giáo dục nghề nghiệp toàn quốc lần thứ 9.",
        "3. Hoạt động phong trào",
    )
    answer = short("Nhà giáo tiêu biểu của tỉnh sẽ được chọn đi dự hội giảng toàn quốc lần thứ mấy?", contest)
    assert answer.endswith("lần thứ 9.")
    period = passage(
        2, "period",
        "4. Chuyển đổi số\nTriển khai Chương trình chuyển đổi số trong các cơ sở giáo dục nghề nghiệp công lập của "
        "tỉnh theo lộ trình giai đoạn 2026 - 2028, ưu tiên các nghề trọng điểm cấp quốc gia.",
        "4. Chuyển đổi số",
    )
    question = "Chương trình chuyển đổi số ở các cơ sở công lập theo lộ trình giai đoạn nào?"
    assert "2026 - 2028" in short(question, period)


def test_how_a_thing_is_set_out_is_its_whole_statement_not_its_first_piece():
    structure = passage(1, "structure", "II. MỤC TIÊU NĂM 2023\n- Cơ cấu lao động đến năm 2023: Nông, lâm nghiệp và "
                        "thủy sản: 19,5%; công nghiệp - xây dựng: 50%; Dịch vụ: 32,5%.", "II. MỤC TIÊU NĂM 2023")
    answer = short("Cơ cấu lao động đến năm 2023 được đặt ra như thế nào?", structure)
    assert "Nông, lâm nghiệp và thủy sản: 19,5%" in answer


def test_a_listed_item_keeps_its_amount_and_drops_asides_that_state_none():
    money = passage(
        1, "money",
        "V. NGUỒN LỰC\nTổng kinh phí là 40,5 tỷ đồng (Bốn mươi tỷ, năm trăm triệu đồng), gồm:\n"
        "- Ngân sách trung ương qua các chương trình mục tiêu quốc gia (giảm nghèo bền vững; nông thôn mới): "
        "20 tỷ đồng;\n- Ngân sách tỉnh: 15,5 tỷ đồng, trong đó:\n- Xã hội hóa: 5 tỷ đồng.",
        "V. NGUỒN LỰC",
    )
    answer = short("Tổng kinh phí bao nhiêu, gồm những nguồn nào và mỗi nguồn bao nhiêu tiền?", money)
    assert all(amount in answer for amount in ("40,5 tỷ", "20 tỷ", "15,5 tỷ", "5 tỷ"))
    assert "Bốn mươi" not in answer and "giảm nghèo" not in answer and "trong đó" not in answer


def test_a_year_column_row_gives_the_cell_of_the_asked_year():
    row = passage(
        1, "row",
        "II. CHỈ TIÊU\n3. Biểu chỉ tiêu\nTuyển sinh | Đơn vị: Người | Năm 2024: 38 000 | Năm 2025: 39 600\n"
        "| 1 | Tuyển sinh | Người | 38 000 | 39 600 |",
        "II. CHỈ TIÊU › 3. Biểu chỉ tiêu",
    )
    answer = short("Chỉ tiêu tuyển sinh năm 2025 là bao nhiêu người?", row)
    assert answer == f"Theo {PLAN}: Tuyển sinh: Năm 2025: 39.600 Người."  # the table prints "39 600": the answer writes it the Vietnamese way


@pytest.mark.parametrize(("question", "cells"), [
    ("Bây giờ tỉnh có bao nhiêu phần trăm nhà giáo dùng được học liệu số?", ["Thực trạng cuối 2026: 41,5%"]),
    ("Hiện nay được bao nhiêu phần trăm nhà giáo dùng học liệu số, đến năm 2030 phấn đấu bao nhiêu?",
     ["Thực trạng cuối 2026: 41,5%", "Phấn đấu năm 2030: 90%"]),
    ("Đến năm 2030 phấn đấu bao nhiêu phần trăm nhà giáo dùng học liệu số?", ["Phấn đấu năm 2030: 90%"]),
])
def test_a_row_asked_of_now_gives_the_state_reached_beside_the_year_asked(question, cells):
    """"Hiện nay … và đến 2030 …": the column of the state reached ("Thực trạng cuối 2026") answers "now", the
    year's column the rest; a question of a year alone gets that year's."""
    row = passage(
        1, "row",
        "III. CHỈ TIÊU\nBiểu 02\nNhà giáo sử dụng thành thạo học liệu số | ĐVT: % | Thực trạng cuối 2026: 41,5 "
        "| Phấn đấu năm 2028: 70 | Phấn đấu năm 2030: 90",
        "III. CHỈ TIÊU",
    )
    answer = short(question, row)
    assert all(cell in answer for cell in cells), answer
    assert ("Thực trạng" in answer) == (len(cells) > 1 or "Thực trạng" in cells[0]) and "2028" not in answer


def test_a_row_figure_takes_the_unit_column_of_any_name():
    row = passage(
        1, "row",
        "2. MỤC TIÊU\nBảng 1. Chỉ tiêu chủ yếu\nTỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | Đơn vị tính: % "
        "| Năm 2025 Ước thực hiện: 30,4 | Năm 2026 Kế hoạch: 31,2 | Đơn vị chủ trì theo dõi: Sở Giáo dục và Đào tạo",
        "2. MỤC TIÊU",
    )
    answer = short("Năm 2026 tỷ lệ lao động có bằng cấp, chứng chỉ là bao nhiêu phần trăm?", row)
    assert answer.endswith(": Năm 2026 Kế hoạch: 31,2%.")
    body = passage(
        2, "body",
        "5. PHÂN CÔNG\nTổ chức hội thi tay nghề | Đơn vị: Sở Nội vụ | Thời hạn: Quý III/2026",
        "5. PHÂN CÔNG",
    )
    assert "Quý III/2026 Sở Nội vụ" not in short("Hội thi tay nghề tổ chức khi nào?", body)


def test_a_bare_figure_takes_the_measure_its_column_header_gives_in_brackets():
    row = passage(
        1, "support",
        "Phụ lục III. Mức hỗ trợ\nNgười thuộc hộ nghèo | Học ngoại ngữ (đồng/người/khóa): 6.000.000 | Vay vốn tối đa "
        "(triệu đồng/người): 120 | Năm 2028 (dự kiến): 340",
        "Phụ lục III. Mức hỗ trợ",
    )
    answer = short("Người thuộc hộ nghèo được vay vốn tối đa bao nhiêu?", row)
    assert "Vay vốn tối đa: 120 triệu đồng/người" in answer
    assert "(dự kiến): 340" in short("Năm 2028 dự kiến bao nhiêu người thuộc hộ nghèo?", row)


TASKS = passage(
    1, "tasks",
    "Phụ lục: Danh mục nhiệm vụ\n"
    "Tiếp nhận hồ sơ, tài liệu, cơ sở dữ liệu về giáo dục nghề nghiệp từ Sở Lao động - Thương binh và Xã hội (cũ) "
    "| Cơ quan chủ trì: Sở Giáo dục và Đào tạo | Cơ quan phối hợp: Sở Nội vụ | Thời gian hoàn thành: Tháng 4/2025 "
    "| Sản phẩm: Biên bản bàn giao",
    "Phụ lục: Danh mục nhiệm vụ",
)


def test_a_task_row_gives_the_cells_asked_after_its_shortened_label():
    question = "Việc tiếp nhận hồ sơ giáo dục nghề nghiệp từ Sở Lao động cũ phải xong khi nào, sản phẩm là gì?"
    answer = short(question, TASKS)
    assert answer.endswith(": Thời gian hoàn thành: Tháng 4/2025; Sản phẩm: Biên bản bàn giao.")
    assert "…" in answer and "Cơ quan phối hợp" not in answer
    lead = short("Ai chủ trì tiếp nhận hồ sơ giáo dục nghề nghiệp từ Sở Lao động cũ?", TASKS)
    assert lead.endswith(": Cơ quan chủ trì: Sở Giáo dục và Đào tạo.")


def test_a_row_gives_the_cell_of_the_column_the_question_names_over_cells_sharing_a_word():
    """"… do ai làm chủ đầu tư": the "Chủ đầu tư" cell, not every cell whose header shares a syllable with the
    question ("Năng lực thiết kế" with "nhân lực", "Tổng mức đầu tư" with "đầu tư")."""
    projects = passage(1, "pl", "Phụ lục I\nTrung tâm đào tạo nhân lực Khu công nghiệp Tân Lộc | Năng lực thiết kế: "
                       "06 xưởng | Tổng mức đầu tư: 185.000 | Chủ đầu tư: Ban Quản lý dự án xây dựng tỉnh", "Phụ lục I")
    answer = short("trung tam dao tao nhan luc khu cong nghiep tan loc do ai lam chu dau tu", projects)
    assert answer.endswith(": Chủ đầu tư: Ban Quản lý dự án xây dựng tỉnh.") and "185.000" not in answer


def test_a_question_in_two_parts_gets_both_facts():
    task = passage(
        1, "task",
        "III. NỘI DUNG\n1.4 Xây dựng 04 phóng sự chuyên đề giới thiệu về công tác tuyển sinh, đào tạo của các cơ sở "
        "GDNN trên địa bàn tỉnh để các doanh nghiệp biết.\nPhân công thực hiện: Phòng Giáo dục nghề nghiệp chủ trì, "
        "phối hợp với phòng Lao động việc làm.",
        "III. NỘI DUNG",
    )
    question = "Sở sẽ xây dựng bao nhiêu phóng sự chuyên đề về tuyển sinh, và phòng nào chủ trì nhiệm vụ này?"
    answer = short(question, task)
    assert "04 phóng sự" in answer and "Phòng Giáo dục nghề nghiệp" in answer


LONG_LABEL = "Kế hoạch triển khai “Kế hoạch số 238/KH-UBND ngày 02/02/2023 của UBND tỉnh Hải Dương… (Hải Dương, 2023)"


def test_a_long_plan_label_is_shortened_to_type_number_province_and_date():
    numberless = passage(1, "hd", "II. MỤC TIÊU\nTỷ lệ thiếu việc làm không quá 2%.", "II. MỤC TIÊU", doc="hd.txt",
                         plan=LONG_LABEL, number="", province="Hải Dương", year=2023,
                         title="Triển khai “Kế hoạch số 238/KH-UBND ngày 02/02/2023 của UBND tỉnh Hải Dương thực hiện”")
    label = "Kế hoạch triển khai Kế hoạch 238/KH-UBND (Hải Dương, 2023)"
    assert short_label(numberless) == label
    answer = short("Tỷ lệ thiếu việc làm không quá bao nhiêu?", numberless)
    assert answer == f"Theo {label}: Tỷ lệ thiếu việc làm không quá 2%."
    numbered = passage(1, "hd", "II. MỤC TIÊU\nx", "II. MỤC TIÊU", doc="hd.txt", number="12/KH-UBND",
                       plan="Kế hoạch 12/KH-UBND ngày 15/03/2023 về phát triển nguồn nhân lực chất lượng (Hải Dương)",
                       province="Hải Dương", date="2023-03-15")
    assert short_label(numbered) == "Kế hoạch 12/KH-UBND (Hải Dương, 15/03/2023)"
    assert short_label(TARGETS) == PLAN  # a label already short is the one the quotes use
    district = passage(1, "kd", "II. MỤC TIÊU\nx", "II. MỤC TIÊU", doc="kd.txt", number="38/KH-UBND",
                       plan="Kế hoạch 38/KH-UBND ngày 18/02/2025 (huyện Kim Điền, Quảng Lương)",
                       province="Quảng Lương", date="2025-02-18", issuer="Ủy ban nhân dân huyện Kim Điền")
    assert short_label(district) == "Kế hoạch 38/KH-UBND (huyện Kim Điền, Quảng Lương, 18/02/2025)"


def test_a_comparison_gets_one_fact_per_plan():
    other = passage(2, "hd", "II. MỤC TIÊU\nNăm 2023, tuyển mới đạt 38.400 người (trong đó: cao đẳng: 2.900 người, "
                    "trung cấp: 4.000 người).", "II. MỤC TIÊU", doc="hd.txt", plan="Kế hoạch 5/KH-SLĐTBXH (Hải Dương)")
    question = "Chỉ tiêu tuyển sinh cao đẳng năm 2023 của Hà Nội và Hải Dương lần lượt là bao nhiêu?"
    answer = short(question, TARGETS, other)
    assert "25.500" in answer and "2.900" in answer and "; theo Kế hoạch 5/KH-SLĐTBXH (Hải Dương): " in answer


def test_one_question_asked_of_two_plans_gets_each_plans_fact():
    """No comparison word: "… của Hà Nội và Hải Dương là bao nhiêu?" still asks of each plan."""
    other = passage(2, "hd", "II. MỤC TIÊU\nNăm 2023, tuyển mới đạt 38.400 người (trong đó: cao đẳng: 2.900 người, "
                    "trung cấp: 4.000 người).", "II. MỤC TIÊU", doc="hd.txt", plan="Kế hoạch 5/KH-SLĐTBXH (Hải Dương)")
    answer = short("Chỉ tiêu tuyển sinh trung cấp năm 2023 của Hà Nội và Hải Dương là bao nhiêu?", TARGETS, other)
    assert "28.500" in answer and "4.000" in answer


def test_two_plans_asked_of_at_two_years_each_give_their_fact():
    """"Bạch Vân năm 2025 và Hà Nội năm 2023": which year is whose is not known, so no side is held to one."""
    bv = passage(2, "bv", "II. MỤC TIÊU NĂM 2025\nTuyển sinh, đào tạo giáo dục nghề nghiệp năm 2025 đạt 39.600 người.",
                 "II. MỤC TIÊU NĂM 2025", doc="bv.txt", plan="Kế hoạch 647/QĐ-UBND (Bạch Vân, 2025)", year=2025)
    answer = short("Tuyển sinh GDNN: Hà Nội năm 2023 và Bạch Vân năm 2025 đặt chỉ tiêu bao nhiêu người?", TARGETS, bv)
    assert "230.000" in answer and "39.600" in answer


def test_a_run_answering_two_parts_keeps_both_facts():
    """"Ai chủ trì …, và phải xong trước ngày nào?": the run stating the date holds the run naming the body, so it
    is said once, and the clip keeps the later fact."""
    task = passage(1, "task", "III. NHIỆM VỤ\nTrường Cao đẳng Kỹ thuật Hòa Lạc chủ trì biên soạn 05 chương trình đào tạo "
                   "trình độ sơ cấp gắn với chuỗi giá trị cây dược liệu vùng cao, hoàn thành trước ngày 30/6/2025.",
                   "III. NHIỆM VỤ")
    answer = short("Ai chủ trì soạn 5 chương trình đào tạo sơ cấp về cây dược liệu, và phải xong trước ngày nào?", task)
    assert "Trường Cao đẳng Kỹ thuật Hòa Lạc chủ trì" in answer and "30/6/2025" in answer
    assert answer.count("Trường Cao đẳng") == 1
    report = passage(1, "report", "VI. TỔ CHỨC THỰC HIỆN\n5. Ban Quản lý các khu công nghiệp tỉnh\nChủ trì, phối hợp với Sở Nội vụ và Trường "
                     "Cao đẳng Kỹ thuật - Công nghệ tổ chức đào tạo theo đơn đặt hàng cho 2.800 lao động làm việc "
                     "trong các khu công nghiệp.", "VI. TỔ CHỨC THỰC HIỆN › 5. Ban Quản lý các khu công nghiệp tỉnh")
    answer = short("Cơ quan nào chủ trì đào tạo theo đơn đặt hàng cho doanh nghiệp khu công nghiệp, và đào tạo cho bao "
                   "nhiêu người?", report)
    assert "Ban Quản lý các khu công nghiệp tỉnh" in answer and "2.800" in answer


def test_two_plans_each_asked_two_things_give_both_facts_of_each():
    nq = passage(1, "nq", "2. Mục tiêu cụ thể\nc) Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 40%; đào tạo "
                 "lại, đào tạo thường xuyên cho khoảng 25% lực lượng lao động.", "2. Mục tiêu cụ thể", doc="nq.txt",
                 plan="Kế hoạch 12/KH-UBND (Hải Phòng, 2023)")
    strategy = passage(2, "cl", "a) Đến năm 2025\nTỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 42%.\nĐào tạo "
                       "lại, đào tạo thường xuyên cho khoảng 23% lực lượng lao động.", "a) Đến năm 2025", doc="cl.txt",
                       plan="Kế hoạch 45/KH-UBND (Hải Phòng, 2021)")
    question = ("Hai kế hoạch của Hải Phòng có khớp nhau về chỉ tiêu năm 2025 không: tỷ lệ lao động qua đào tạo có "
                "bằng cấp, chứng chỉ, và tỷ lệ lực lượng lao động được đào tạo lại, đào tạo thường xuyên?")
    answer = short(question, nq, strategy)
    assert all(figure in answer for figure in ("40%", "25%", "42%", "23%")), answer


def test_a_plan_asked_its_own_thing_is_answered_with_its_own_part():
    """"… Bạch Vân bao nhiêu tiền, còn ở Hà Nội … qua chương trình nào": each plan's side says its own fact."""
    bank = passage(1, "bv", "7. Ngân hàng Chính sách xã hội\nNgân hàng Chính sách xã hội chi nhánh tỉnh dự kiến giải "
                   "ngân khoảng 85 tỷ đồng cho vay giải quyết việc làm năm 2025.", "7. Ngân hàng Chính sách xã hội",
                   doc="bv.txt", plan="Kế hoạch 647 (Bạch Vân, 2025)")
    loans = passage(2, "hn", "7. Chi nhánh Ngân hàng Chính sách xã hội Thành phố\nThực hiện cho vay đối với lao động "
                    "nông thôn học nghề có nhu cầu vay vốn thông qua chương trình tín dụng học sinh, sinh viên.",
                    "7. Chi nhánh Ngân hàng Chính sách xã hội Thành phố", doc="hn.txt", plan="Kế hoạch 177 (Hà Nội)")
    question = ("Ngân hàng Chính sách xã hội ở Bạch Vân dự kiến cho vay giải quyết việc làm bao nhiêu tiền năm 2025, "
                "còn ở Hà Nội lao động nông thôn vay vốn học nghề qua chương trình tín dụng nào?")
    own = {"bv.txt": "Ngân hàng Chính sách xã hội ở Bạch Vân dự kiến cho vay giải quyết việc làm bao nhiêu tiền năm 2025",
           "hn.txt": "còn ở Hà Nội lao động nông thôn vay vốn học nghề qua chương trình tín dụng nào"}
    evidence = [Evidence(tuple(passage_units(p)[1:])) for p in (bank, loans)]
    answer = short_answer(compose(question, evidence, [bank, loans]), profile_question(question), own)
    assert "85 tỷ đồng" in answer and "tín dụng học sinh" in answer, answer


def test_a_figure_asked_of_each_item_gives_every_items_figure():
    """"… mỗi bên / mỗi khu vực bao nhiêu": the run across the ";" between the items, each figure kept."""
    shares = passage(1, "shares", "II. MỤC TIÊU\nCơ cấu lao động đến năm 2023: Nông, lâm nghiệp và thủy sản: 19,5%; "
                     "công nghiệp - xây dựng: 50%; Dịch vụ: 32,5%.", "II. MỤC TIÊU")
    answer = short("Cơ cấu lao động: nông lâm thủy sản, công nghiệp xây dựng, dịch vụ mỗi khu vực chiếm bao nhiêu "
                   "phần trăm?", shares)
    assert all(share in answer for share in ("19,5%", "50%", "32,5%")), answer
    costs = passage(1, "costs", "3. Đặt hàng đào tạo\nDoanh nghiệp hỗ trợ 30% mức chi phí đào tạo thực tế đối với người "
                    "học; người học chi trả 40% chi phí đào tạo.", "3. Đặt hàng đào tạo")
    answer = short("Khi đặt hàng đào tạo, doanh nghiệp và người học mỗi bên chịu bao nhiêu phần trăm chi phí?", costs)
    assert "30%" in answer and "40%" in answer, answer


def test_a_deadline_asked_in_a_part_of_its_own_is_the_topics_deadline():
    """"…, hạn hoàn thành là khi nào" names no topic of its own: it asks the deadline of the question's topic, and
    a deadline ("trong Quý IV/2025") over a year named in passing."""
    checks = passage(1, "checks", "III. NHIỆM VỤ\nHoàn thành kiểm định chất lượng đối với 03 cơ sở giáo dục nghề "
                     "nghiệp trong Quý IV/2025.", "III. NHIỆM VỤ")
    crafts = passage(2, "crafts", "III. NHIỆM VỤ\nHỗ trợ truyền nghề tại 05 làng nghề từ nguồn kinh phí khuyến công năm "
                     "2025; hoàn thành trong Quý III/2025.", "III. NHIỆM VỤ")
    answer = short("Kiểm định chất lượng bao nhiêu cơ sở giáo dục nghề nghiệp, hạn hoàn thành là khi nào?", checks,
                   crafts)
    assert "Quý IV/2025" in answer and "Quý III" not in answer, answer


def test_items_named_by_commas_are_each_said_whole():
    """"… ưu tiên phát triển …: A, B, C, D": a list of names split by its commas, no name cut short."""
    trades = passage(1, "trades", "b) Đến năm 2030\nMột số ngành, nghề cần ưu tiên phát triển nhằm đáp ứng nhu cầu về "
                     "nguồn nhân lực của thành phố: Quản trị khách sạn, Quản trị nhà hàng, Nghiệp vụ nhà hàng, Khai "
                     "thác vận tải đường biển, Công nghệ kỹ thuật điều khiển và tự động hóa.", "b) Đến năm 2030")
    answer = short("Đến năm 2030 thành phố ưu tiên phát triển những ngành, nghề nào?", trades)
    assert all(name in answer for name in ("Quản trị khách sạn", "Khai thác vận tải đường biển",
                                           "Công nghệ kỹ thuật điều khiển và tự động hóa")), answer


def test_who_signed_is_the_signer_with_the_role():
    signature = passage(1, "sig", "Nơi nhận và người ký\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hồng Sơn",
                        "Nơi nhận và người ký", signer="Lê Hồng Sơn", signer_role="Phó Chủ tịch")
    assert short("Ai ký kế hoạch, với chức danh gì?", signature).endswith(": Phó Chủ tịch Lê Hồng Sơn.")
    # a signature part quoted in several passages (a cover letter filed under it) names the signer once
    letter = passage(2, "sig2", "Nơi nhận và người ký\nSở Nội vụ gửi kèm theo thư này Kế hoạch số 58/KH-UBND.",
                     "Nơi nhận và người ký", signer="Lê Hồng Sơn", signer_role="Phó Chủ tịch")
    assert short("Ai ký kế hoạch, với chức danh gì?", signature, letter).endswith(": Phó Chủ tịch Lê Hồng Sơn.")


def test_the_signer_asked_beside_the_basis_follows_the_basis():
    signature = passage(2, "sig", "Nơi nhận và người ký\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hồng Sơn",
                        "Nơi nhận và người ký", signer="Lê Hồng Sơn", signer_role="Phó Chủ tịch")
    basis = passage(1, "basis", "Căn cứ ban hành kế hoạch\nThực hiện Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ "
                    "tướng Chính phủ;\nThực hiện Quyết định số 336/QĐ-LĐTBXH ngày 13/4/2022 của Bộ;", BASIS_TITLE)
    said = short("Kế hoạch căn cứ vào những quyết định nào, và ai ký ban hành?", basis, signature)
    assert "2239/QĐ-TTg" in said and "336/QĐ-LĐTBXH" in said
    assert said.endswith("; Phó Chủ tịch Lê Hồng Sơn ký.")


HEADER = passage(1, "header", "Số hiệu, ngày ban hành và tên kế hoạch\nỦY BAN NHÂN DÂN TỈNH CẨM NGUYÊN\n"
                 "Số: 36/KH-UBND\nCẩm Nguyên, ngày 12 tháng 3 năm 2026", "Số hiệu, ngày ban hành và tên kế hoạch",
                 issuer="Ủy ban nhân dân tỉnh Cẩm Nguyên", number="36/KH-UBND", date="2026-03-12")


def test_who_issued_the_plan_is_its_issuer_with_the_other_header_facts_asked():
    assert short("Kế hoạch này do cơ quan nào ban hành?", HEADER).endswith(": Ủy ban nhân dân tỉnh Cẩm Nguyên.")
    said = short("Kế hoạch có số hiệu gì, ban hành ngày nào và do cơ quan nào ban hành?", HEADER)
    assert said.endswith(": số hiệu 36/KH-UBND; ban hành ngày 12/03/2026; do Ủy ban nhân dân tỉnh Cẩm "
                         "Nguyên ban hành.")
    signature = passage(2, "sig", "Nơi nhận và người ký\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Quốc Trung",
                        "Nơi nhận và người ký", signer="Đặng Quốc Trung", signer_role="Phó Chủ tịch")
    assert short("Kế hoạch do cơ quan nào ban hành và ai ký?", HEADER, signature).endswith(
        ": do Ủy ban nhân dân tỉnh Cẩm Nguyên ban hành; Phó Chủ tịch Đặng Quốc Trung ký.")


def test_the_issue_date_asked_alone_is_the_plans_date_for_each_plan_quoted():
    assert short("Kế hoạch này ban hành ngày nào?", HEADER).endswith(": ban hành ngày 12/03/2026.")
    other = passage(3, "other", "Số hiệu, ngày ban hành và tên kế hoạch\nỦY BAN NHÂN DÂN TỈNH LAM SƠN\nSố: 87/KH-UBND\n"
                    "Lam Sơn, ngày 18 tháng 01 năm 2024", "Số hiệu, ngày ban hành và tên kế hoạch",
                    issuer="Ủy ban nhân dân tỉnh Lam Sơn", number="87/KH-UBND", date="2024-01-18", doc="b.txt",
                    plan="Kế hoạch 87/KH-UBND ngày 18/01/2024 (Lam Sơn)")
    said = short("Hai kế hoạch, mỗi kế hoạch ban hành ngày nào?", HEADER, other)
    assert "ban hành ngày 12/03/2026" in said and "ban hành ngày 18/01/2024" in said


def test_a_long_clause_is_cut_but_never_before_the_asked_fact():
    long = passage(
        1, "long",
        "III. NHIỆM VỤ\nĐầu tư nâng cấp cơ sở vật chất, thiết bị đào tạo của các trường cao đẳng công lập thuộc Thành "
        "phố theo hướng hiện đại, đồng bộ đáp ứng yêu cầu đào tạo nhân lực chất lượng cao với tổng kinh phí khoảng "
        "120 tỷ đồng.",
        "III. NHIỆM VỤ",
    )
    answer = short("Đầu tư nâng cấp cơ sở vật chất các trường cao đẳng công lập với tổng kinh phí bao nhiêu?", long)
    assert "120 tỷ đồng" in answer
    fact = short("Đầu tư nâng cấp cơ sở vật chất của các trường cao đẳng công lập nhằm mục đích gì?", long)
    assert len(fact) - len(f"Theo {PLAN}: ") <= 110 and fact.endswith("….")
    assert short("Đầu tư nâng cấp cơ sở vật chất các trường cao đẳng công lập theo hướng nào?", long).endswith(
        "theo hướng hiện đại.")


def test_a_cut_never_splits_a_body_s_name():
    issues = passage(
        1, "issues",
        "VI. TỔ CHỨC THỰC HIỆN\nNếu phát sinh khó khăn vướng mắc thì các cơ quan đơn vị phản ánh kịp thời về Sở Lao "
        "động - Thương binh và Xã hội để tổng hợp báo cáo Ủy ban nhân dân tỉnh xem xét giải quyết.",
        "VI. TỔ CHỨC THỰC HIỆN",
    )
    answer = short("Khi có vướng mắc trong quá trình thực hiện thì phản ánh tới đâu?", issues)
    assert "Sở Lao động - Thương binh và Xã hội" in answer


def test_the_documents_a_plan_implements_are_named_by_number_and_date():
    basis = passage(
        1, "basis",
        f"{BASIS_TITLE}\nCăn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh về chính sách "
        "hỗ trợ đào tạo nghề; Chương trình hành động số 41/CTr-UBND ngày 06/02/2026 của Ủy ban nhân dân tỉnh thực "
        "hiện Nghị quyết của Tỉnh ủy về phát triển nhân lực.\nSở Nội vụ ban hành Kế hoạch tuyển sinh năm 2026 như sau:",
        BASIS_TITLE,
    )
    answer = short("Kế hoạch tuyển sinh 2026 được ban hành để thực hiện những văn bản nào?", basis)
    assert "Nghị quyết số 18/2025/NQ-HĐND ngày 10/7/2025" in answer
    assert "Chương trình hành động số 41/CTr-UBND ngày 06/02/2026" in answer
    assert "như sau" not in answer and len(answer) < 200


def test_a_basis_clause_carrying_the_plans_lead_and_a_partys_number_still_name_their_documents():
    basis = passage(
        1, "basis",
        f"{BASIS_TITLE}\nThực hiện Nghị quyết số 14-NQ/TU ngày 12 tháng 9 năm 2025 của Ban Chấp hành Đảng bộ tỉnh về "
        "phát triển nguồn nhân lực; Quyết định số 1487/QĐ-TTg ngày 18 tháng 11 năm 2025 của Thủ tướng Chính phủ phê "
        "duyệt Chương trình nâng cao chất lượng giáo dục nghề nghiệp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        BASIS_TITLE,
    )
    answer = short("Kế hoạch được ban hành để thực hiện những văn bản nào?", basis)
    assert "Nghị quyết số 14-NQ/TU ngày 12 tháng 9 năm 2025" in answer
    assert "Quyết định số 1487/QĐ-TTg ngày 18 tháng 11 năm 2025" in answer


def test_a_refused_answer_has_no_short_answer():
    question = "Tỉnh nào có chỉ tiêu cao nhất?"
    assert short_answer(refusal(question, {}, []), profile_question(question)) == ""


def test_a_list_in_parentheses_cuts_no_clause_before_the_figure():
    money = passage(1, "money", "C. KINH PHÍ\n1. Ngân sách trung ương bố trí qua các chương trình mục tiêu quốc gia "
                    "(xây dựng nông thôn mới; giảm nghèo bền vững; phát triển vùng đồng bào dân tộc thiểu số): 21,4 tỷ "
                    "đồng.", "C. KINH PHÍ")
    assert "21,4 tỷ đồng" in short("Trung ương bố trí qua các chương trình mục tiêu quốc gia bao nhiêu tiền?", money)


def test_a_figure_is_never_cut_from_its_unit():
    schools = passage(4, "schools", "III. NHIỆM VỤ\nĐầu tư trang thiết bị đào tạo các ngành nghề trọng điểm theo các cấp "
                      "độ quốc tế khu vực ASEAN và quốc gia đối với 16 trường đã được Bộ Lao động - Thương binh và Xã "
                      "hội phê duyệt trong năm.", "III. NHIỆM VỤ")
    answer = short("Đầu tư thiết bị nghề trọng điểm cho bao nhiêu trường?", schools)
    assert "16 trường" in answer


def test_each_year_of_a_question_gets_the_fact_stated_under_its_own_heading():
    by_2025 = passage(5, "y25", "a) Đến năm 2025\nPhấn đấu khoảng 80% ngành, nghề đào tạo được cập nhật chuẩn đầu ra.",
                      "II. MỤC TIÊU › a) Đến năm 2025")
    by_2030 = passage(6, "y30", "b) Đến năm 2030\nPhấn đấu khoảng 90% ngành, nghề đào tạo được cập nhật chuẩn đầu ra.",
                      "II. MỤC TIÊU › b) Đến năm 2030")
    answer = short("Tỷ lệ ngành, nghề có chuẩn đầu ra phải đạt bao nhiêu vào năm 2025 và năm 2030?", by_2025, by_2030)
    assert "80%" in answer and "90%" in answer


def test_each_part_states_the_figure_of_the_level_it_singles_out_not_the_total():
    """ "… ở trình độ cao đẳng và trình độ trung cấp lần lượt là bao nhiêu người": the lead's total ("28.400
    người") holds the topic words too; the rows naming each level are the facts asked."""
    lead = passage(1, "lead", "II. CHỈ TIÊU\na) Tuyển sinh, đào tạo giáo dục nghề nghiệp toàn tỉnh năm 2026 đạt 28.400 "
                   "người; cơ cấu theo trình độ đào tạo chi tiết tại Bảng 1.", "II. CHỈ TIÊU")
    rows = passage(2, "rows", "II. CHỈ TIÊU\nBảng 1. Chỉ tiêu tuyển sinh năm 2026\nTrình độ cao đẳng | Đơn vị tính: "
                   "Người | Kế hoạch năm 2026: 2.150\nTrình độ trung cấp | Đơn vị tính: Người | Kế hoạch năm 2026: 3.900",
                   "II. CHỈ TIÊU")
    answer = short("Chỉ tiêu tuyển sinh giáo dục nghề nghiệp năm 2026 ở trình độ cao đẳng và trình độ trung cấp lần lượt "
                   "là bao nhiêu người?", lead, rows)
    assert "2.150" in answer and "3.900" in answer and "28.400" not in answer, answer


def test_a_listed_item_runs_on_to_the_end_of_its_clause():
    """An item cut at a fixed length loses what names it ("các chính sách mang tính chủ động…"); it runs on to its
    clause's end when that comes soon, and is cut short only when the clause runs on long."""
    policies = passage(
        1, "policies",
        "Phần III. GIẢI PHÁP\nTỉnh kiến nghị sửa đổi các chính sách sau:\n"
        "+ Bổ sung, hoàn thiện các chính sách mang tính chủ động phòng ngừa thất nghiệp, duy trì việc làm;\n"
        "+ Chính sách hỗ trợ đào tạo nghề thông qua Thẻ học nghề cho người lao động;\n"
        "+ Quy định các chuẩn chuyên môn và điều kiện bảo đảm triển khai đào tạo nghề tại doanh nghiệp theo hướng gắn "
        "đào tạo với sử dụng lao động trong các khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh.",
        "Phần III. GIẢI PHÁP",
    )
    answer = short("Tỉnh kiến nghị sửa đổi những chính sách nào?", policies)
    assert "chủ động phòng ngừa thất nghiệp…;" in answer and "Thẻ học nghề cho người lao động;" in answer
    assert "duy trì việc làm" not in answer  # the next clause
    assert "Quy định các chuẩn chuyên môn" in answer and "cụm công nghiệp" not in answer  # a long clause is cut


def test_the_passages_quoted_lead_the_sources_in_the_order_quoted():
    """What was read to answer comes first among the sources, wherever the search ranked it; the rest keep their
    order, ranked anew."""
    searched = [passage(rank, f"p{rank}", f"II. CHỈ TIÊU\nDòng {rank}.", "II. CHỈ TIÊU") for rank in range(1, 8)]
    evidence = [Evidence(tuple(passage_units(searched[6])[1:])), Evidence(tuple(passage_units(searched[2])[1:]))]
    answer = compose("Chỉ tiêu là gì?", evidence, searched)
    assert [p.id for p in answer.passages] == ["p7", "p3", "p1", "p2", "p4", "p5", "p6"]
    assert [p.rank for p in answer.passages] == list(range(1, 8))
    assert refusal("Chỉ tiêu là gì?", {}, searched).passages == searched  # a refusal quotes none


def test_a_fact_its_evidence_knows_is_stated_as_is_for_each_plan():
    """A plan's lead read from the register states the body and its role, not a clipped piece of its duty."""
    other = passage(2, "lead-b", "V. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\nChủ trì tổ chức thực hiện Kế hoạch.",
                    "V. TỔ CHỨC THỰC HIỆN › 1. Sở Giáo dục và Đào tạo", doc="b.txt",
                    plan="Kế hoạch 87/KH-UBND ngày 18/01/2024 (Lam Sơn)")
    evidence = [Evidence(tuple(passage_units(LEAD)[1:]), fact="Sở Lao động - Thương binh và Xã hội (thường trực)"),
                Evidence(tuple(passage_units(other)[1:]), fact="Sở Giáo dục và Đào tạo (chủ trì)")]
    question = "Mỗi kế hoạch do sở nào chủ trì?"
    said = short_answer(compose(question, evidence, [LEAD, other]), profile_question(question))
    assert said == (f"Theo {short_label(LEAD)}: Sở Lao động - Thương binh và Xã hội (thường trực); "
                    f"theo {short_label(other)}: Sở Giáo dục và Đào tạo (chủ trì).")


def test_an_abbreviation_in_brackets_stays_with_the_name_it_shortens():
    """"Phòng Giáo dục nghề nghiệp (GDNN) chủ trì …": the brackets hold no aside to cut at, so the body that leads
    is named whole, never "GDNN) chủ trì"; an aside in brackets still parts ("(trong đó … 25.500, …)" runs alone)."""
    from assistant.compose import _piece_runs

    runs = _piece_runs("Phân công thực hiện: Phòng Giáo dục nghề nghiệp (GDNN) chủ trì, phối hợp với phòng Lao động "
                       "việc làm (LĐVL).", 2, False)
    assert "Phòng Giáo dục nghề nghiệp (GDNN) chủ trì" in runs
    assert not any(run.startswith("GDNN)") for run in runs)
    aside = _piece_runs("Tuyển sinh khoảng 230.000 lượt người (trong đó cao đẳng: 25.500, trung cấp: 28.500).", 2, False)
    assert any(run.startswith("trong đó cao đẳng: 25.500") for run in aside)


def test_a_count_opening_an_item_is_no_item_number():
    """ "… 38 CSGDNN, gồm: 9 trường CĐ (…), 11 trường TC (…)": the short answer keeps "9 trường CĐ", where "1. " or
    "2.3 " would open a numbered item and go."""
    from assistant.compose import _tidy

    assert _tidy("9 trường CĐ (6 công lập, 3 tư thục)").startswith("9 trường CĐ")
    assert _tidy("1. Tuyển sinh cao đẳng").startswith("Tuyển sinh")
    assert _tidy("2.3 Tuyển sinh trung cấp").startswith("Tuyển sinh")
