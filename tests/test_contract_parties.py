"""A contract between a Sở and a college, tỉnh Lạc Hưng (fictional), in a house style no bundled plan has: the
parties named once ("Bên A: …" on a line of its own, or the name before "(sau đây gọi tắt là Bên B)") and then
called by their labels. Their duties stand under "Trách nhiệm của Bên A" / "Nghĩa vụ của Bên B"; their rights bind
nobody. The register names the bodies, not the labels, and a question naming the college finds its duties."""

from __future__ import annotations

import pytest

from index.glossary import glossary_field, read_in_full_with
from index.parties import parties
from tests.answer_checks import says
from tests.register_snippets import register_of

COLLEGE = "Trường Cao đẳng Cơ điện Lạc Hưng"
CONTRACT = "\n".join([
    "SỞ NỘI VỤ TỈNH LẠC HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/2026/HĐ-SNV", "Lạc Hưng, ngày 04 tháng 5 năm 2026",
    "HỢP ĐỒNG", "Cung cấp dịch vụ đào tạo nghề cho người lao động mất việc làm năm 2026",
    "Căn cứ Kế hoạch số 44/KH-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Lạc Hưng;",
    "Hôm nay, tại Sở Nội vụ tỉnh Lạc Hưng, chúng tôi gồm có:",
    "Bên A (Bên giao nhiệm vụ): SỞ NỘI VỤ TỈNH LẠC HƯNG, địa chỉ: số 9 đường Trần Phú, phường Đông Hưng.",
    "Đại diện: Ông Phạm Văn Khải, Giám đốc.",
    f"{COLLEGE} (sau đây gọi tắt là Bên B), địa chỉ: số 120 đường Hùng Vương, phường Tây Hưng.",
    "Đại diện: Bà Vũ Thị Lan, Hiệu trưởng.",
    "Hai bên thỏa thuận ký kết Hợp đồng với các điều khoản sau:",
    "Điều 1. Nội dung hợp đồng",
    "Bên B đào tạo nghề Hàn điện và nghề Điện công nghiệp cho 120 người lao động mất việc làm, mỗi khóa 03 tháng.",
    "Điều 2. Giá trị hợp đồng",
    "Tổng giá trị Hợp đồng là 540.000.000 đồng (năm trăm bốn mươi triệu đồng).",
    "Điều 3. Trách nhiệm của Bên A",
    "1. Chuyển kinh phí tạm ứng 40% giá trị Hợp đồng cho Bên B trong 10 ngày kể từ ngày ký Hợp đồng.",
    "2. Phối hợp với Bên B tổ chức khai giảng các lớp học trước ngày 15 tháng 6 năm 2026.",
    "3. Chủ trì nghiệm thu, thanh lý Hợp đồng trước ngày 20 tháng 12 năm 2026.",
    "Điều 4. Quyền của Bên B",
    "1. Yêu cầu Bên A cung cấp danh sách người lao động đăng ký học nghề.",
    "2. Được tạm ứng, thanh toán kinh phí theo Điều 2 của Hợp đồng.",
    "Điều 5. Nghĩa vụ của Bên B",
    "1. Bảo đảm giáo viên, xưởng thực hành và vật tư cho từng lớp học.",
    "2. Gửi Bên A báo cáo kết quả đào tạo từng khóa trong 15 ngày kể từ ngày kết thúc khóa học.",
    "3. Cấp chứng chỉ sơ cấp cho học viên đạt yêu cầu trước ngày 30 tháng 11 năm 2026.",
    "Điều 6. Điều khoản thi hành",
    "Hợp đồng có hiệu lực kể từ ngày ký và được lập thành 04 bản, mỗi bên giữ 02 bản.",
    "ĐẠI DIỆN BÊN A", "GIÁM ĐỐC", "Phạm Văn Khải", "ĐẠI DIỆN BÊN B", "HIỆU TRƯỞNG", "Vũ Thị Lan", ""])


def test_the_labels_stand_for_the_bodies_named_once_at_the_top():
    assert parties(CONTRACT) == {"Bên A": "Sở Nội vụ tỉnh Lạc Hưng", "Bên B": COLLEGE}


@pytest.mark.parametrize(("line", "expected"), [
    ("BÊN ĐẶT HÀNG (sau đây gọi là Bên A): SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ LAM\nSở Giáo dục và Đào tạo tỉnh Hà Lam "
     "ký", {"Bên A": "Sở Giáo dục và Đào tạo tỉnh Hà Lam"}),  # capitals, as written in running words below
    ("Bên C: CÔNG TY TNHH MAY HÀ LAM; mã số thuế 0102", {"Bên C": "Công ty TNHH May Hà Lam"}),  # by its words
    ("- Bên B: Trung tâm Dịch vụ việc làm tỉnh Hà Lam.", {"Bên B": "Trung tâm Dịch vụ việc làm tỉnh Hà Lam"}),
    ("Hợp đồng này (sau đây gọi là Bên A)", {}),  # no body before it
    ("Bên A phải bàn giao hồ sơ: theo quy định", {}),  # a duty, not a definition
    ("Bên đặt hàng: Sở Nội vụ", {}),  # a role, not a label the text uses
])
def test_a_party_is_defined_by_its_label_and_the_name_beside_it(line, expected):
    assert parties(line) == expected


def test_the_register_names_the_bodies_not_the_labels():
    rows = {(r.agency, r.task.split(" trong ")[0].split(" trước ")[0]) for r in register_of(CONTRACT).responsibilities}
    assert ("Sở Nội vụ", "Chuyển kinh phí tạm ứng 40% giá trị Hợp đồng cho Bên B") in rows
    assert (COLLEGE, "Gửi Bên A báo cáo kết quả đào tạo từng khóa") in rows
    assert (COLLEGE, "Cấp chứng chỉ sơ cấp cho học viên đạt yêu cầu") in rows
    assert not any(agency.startswith("Bên ") for agency, _ in rows)


def test_a_partys_partner_and_deadline_name_the_body():
    register = register_of(CONTRACT)
    row = next(r for r in register.responsibilities if r.task.startswith("Phối hợp với Bên B"))
    assert (row.agency, row.role, row.partners) == ("Sở Nội vụ", "phối hợp", [COLLEGE])
    dated = {(tuple(d.agencies), d.when) for d in register.deadlines}
    assert ((COLLEGE,), "trước ngày 30 tháng 11 năm 2026") in dated


def test_a_partys_rights_bind_nobody():
    tasks = [r.task for r in register_of(CONTRACT).responsibilities]
    assert not any(t.startswith(("Yêu cầu Bên A", "Được tạm ứng")) for t in tasks), tasks


def test_search_reads_a_label_with_the_body_it_stands_for():
    field = glossary_field(CONTRACT)
    assert read_in_full_with("Nghĩa vụ của Bên B", field) == f"Nghĩa vụ của Bên B ({COLLEGE})"
    assert read_in_full_with("Bên Bắc", field) == "Bên Bắc"  # a word, not the label


@pytest.fixture(scope="module")
def contract(assistant_over):
    return assistant_over({"lachung-2026-hop-dong-dao-tao.txt": CONTRACT})


def test_a_question_naming_the_college_finds_the_duty_written_for_its_label(contract):
    answer = contract.ask(f"{COLLEGE} phải cấp chứng chỉ sơ cấp cho học viên trước ngày nào?")
    assert not answer.refused and says(answer.text, "30 tháng 11 năm 2026"), answer.text


def test_a_contract_is_labelled_a_contract_with_its_number():
    from pathlib import Path

    from index.metadata import plan_metadata
    from index.normalize import normalize_text

    meta = plan_metadata(Path("lachung-2026-hop-dong-dao-tao.txt"), normalize_text(CONTRACT))
    assert (meta.doc_type, meta.number) == ("Hợp đồng", "15/2026/HĐ-SNV")
    assert meta.label.startswith("Hợp đồng 15/2026/HĐ-SNV"), meta.label


@pytest.mark.parametrize(("question", "party"), [
    ("Bên A là ai?", "Bên A"), ("ben b trong hop dong la truong nao", "Bên B"), ("Ai là Bên B?", "Bên B"),
    ("Bên A là cơ quan nào, và phải nghiệm thu trước ngày nào?", "Bên A"),
    ("Bên B phải làm gì?", ""), ("Bên A chuyển bao nhiêu tiền cho Bên B?", ""), ("Bên Bắc là gì?", ""),
])
def test_a_question_asking_who_a_party_is(question, party):
    from assistant.document_answers import asked_party

    assert asked_party(question) == party


def test_who_a_party_is_is_answered_by_the_line_that_names_it(contract):
    """"Bên B là ai?": the contract names the college once, before its label; the answer quotes that line."""
    answer = contract.ask("Bên B trong hợp đồng là ai?")
    assert not answer.refused and says(answer.text, COLLEGE), answer.text
    answer = contract.ask("ben a la co quan nao")
    assert not answer.refused and says(answer.text, "SỞ NỘI VỤ TỈNH LẠC HƯNG"), answer.text


def test_a_partys_duties_asked_by_its_label_are_the_bodys(contract):
    """"Bên B phải làm gì?": the register keeps the college's duties under its name; the label asks for them."""
    from index.glossary import party_named

    field = glossary_field(CONTRACT)
    assert party_named(field, "Bên B") == COLLEGE and party_named(field, "Bên C") == ""
    answer = contract.ask("Bên B phải làm những việc gì?")
    assert not answer.refused and says(answer.text, COLLEGE) and says(answer.text, "giáo viên, xưởng thực hành"), \
        answer.text
