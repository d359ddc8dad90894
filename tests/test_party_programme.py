"""A party committee's action programme, asked as its readers ask: what it implements and who issued it, in one
question; which schools of a level it invests in ("những trường cao đẳng nào"); which markets it opens for workers
abroad ("những thị trường nào", which holds "trường nào" without asking a school). A hand-made programme in the
party's house style (its own header, numbered "…-CTr/TU", duties given to party organs)."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

PROGRAMME = "\n".join([
    "ĐẢNG BỘ TỈNH HẠ MINH",
    "TỈNH ỦY",
    "*",
    "Số 12-CTr/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Hạ Minh, ngày 05 tháng 3 năm 2026",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 05-NQ/TU ngày 10/01/2026 của Ban Chấp hành Đảng bộ tỉnh "
    "về phát triển nguồn nhân lực và giáo dục nghề nghiệp tỉnh Hạ Minh giai đoạn 2026 - 2030",
    "Ngày 10/01/2026, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 05-NQ/TU. Để đưa Nghị quyết vào cuộc "
    "sống, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết như sau:",
    "I. MỤC TIÊU",
    "1. Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 78%; tuyển sinh giáo dục nghề nghiệp bình quân 40.000 "
    "người/năm.",
    "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "1. Sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp",
    "- Tập trung đầu tư có trọng điểm để Trường Cao đẳng Kỹ thuật Hạ Minh và Trường Cao đẳng Y tế Hạ Minh đạt "
    "tiêu chí trường chất lượng cao vào năm 2030; sáp nhập các trung tâm giáo dục nghề nghiệp cấp huyện.",
    "2. Phát triển thị trường lao động",
    "- Mở rộng đưa người lao động đi làm việc ở nước ngoài theo hợp đồng, tập trung các thị trường Nhật Bản, "
    "Hàn Quốc và Cộng hòa Liên bang Đức; tổ chức 20 phiên giao dịch việc làm mỗi năm.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện, hoàn "
    "thành trong quý II/2026.",
    "2. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền Nghị quyết, hoàn thành trong tháng 5/2026.",
    "Nơi nhận:",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ THƯỜNG TRỰC",
    "Trần Thị Minh Hà",
    "",
])


@pytest.fixture(scope="module")
def haminh(assistant_over):
    return assistant_over({"haminh-2026-ctr-tinh-uy.txt": PROGRAMME})


def test_what_a_programme_implements_and_who_issued_it_asked_in_one_question(haminh):
    answer = haminh.ask("Chương trình 12-CTr/TU của Hạ Minh được ban hành để thực hiện nghị quyết nào, do ai ban hành?")
    assert not answer.refused
    assert says(answer.text, "05-NQ/TU", "Tỉnh ủy"), answer.text


def test_the_schools_of_a_level_asked_are_named(haminh):
    answer = haminh.ask("Những trường cao đẳng nào của Hạ Minh được tập trung đầu tư thành trường chất lượng cao?")
    assert not answer.refused
    assert says(answer.text, "Trường Cao đẳng Kỹ thuật Hạ Minh", "Trường Cao đẳng Y tế Hạ Minh"), answer.text


def test_the_markets_asked_are_named(haminh):
    answer = haminh.ask("Đi làm việc ở nước ngoài thì Hạ Minh ưu tiên mở rộng những thị trường nào?")
    assert not answer.refused
    assert says(answer.text, "Nhật Bản", "Hàn Quốc", "Đức"), answer.text


def test_the_programme_is_signed_by_its_party_secretary(haminh):
    answer = haminh.ask("Ai ký chương trình hành động của Tỉnh ủy Hạ Minh, với chức danh gì?")
    assert not answer.refused
    assert says(answer.text, "Trần Thị Minh Hà", "Phó Bí thư thường trực"), answer.text
