"""A commune's decision approving one round of learners ("đợt 2"), beside the round before it: counts asked of the
round, people counted by their group ("bộ đội xuất ngũ"), and what befalls a learner who drops out."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

DECISION = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHƯỚC HÒA | Độc lập - Tự do - Hạnh phúc
Số: 412/QĐ-UBND | Phước Hòa, ngày 14 tháng 8 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt danh sách người lao động được hỗ trợ đào tạo nghề đợt 2 năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHƯỚC HÒA
Căn cứ Nghị quyết số 11/2025/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh Bình Khánh quy định mức hỗ trợ đào tạo trình độ sơ cấp;
Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 77/TTr-VHXH ngày 08/8/2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách người lao động được hỗ trợ đào tạo nghề đợt 2 năm 2026, cụ thể như sau:
1. Tổng số người lao động được hỗ trợ: 24 người (nữ 13 người). Trong đó:
a) Theo nghề đào tạo: nghề May công nghiệp 12 người; nghề Điện dân dụng 12 người.
b) Theo nhóm đối tượng: người khuyết tật 02 người; người thuộc hộ nghèo 06 người; bộ đội xuất ngũ 03 người; lao động nông thôn khác 13 người.
2. Cùng với 18 người đã được hỗ trợ đào tạo nghề đợt 1 theo Quyết định số 230/QĐ-UBND ngày 12/4/2026, tổng số người được hỗ trợ đào tạo nghề năm 2026 của xã là 42 người, đạt 84% chỉ tiêu năm.
Điều 2. Trách nhiệm thực hiện
1. Phòng Văn hóa - Xã hội thông báo danh sách cho người học trước ngày 20/8/2026.
2. Người học có tên tại Điều 1:
a) Tham gia học đầy đủ, đúng thời gian; chấp hành nội quy của cơ sở đào tạo.
b) Người học tự ý bỏ học không có lý do chính đáng phải hoàn trả toàn bộ tiền ăn đã nhận và không được xét hỗ trợ đào tạo nghề trong năm 2027.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - Xã hội và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Văn Lộc
"""


@pytest.fixture(scope="module")
def commune(assistant_over):
    return assistant_over({"phuochoa-2026-qd-hoc-nghe-dot-2.txt": DECISION})


def test_a_count_asked_of_a_round_is_that_rounds_not_the_years(commune):
    answer = commune.ask("Đợt 2 năm 2026 xã Phước Hòa duyệt hỗ trợ học nghề cho tổng cộng bao nhiêu người?")
    assert not answer.refused and says(answer.text, "24 người") and not says(answer.short_answer, "42")


@pytest.mark.parametrize("question", ["Xã Phước Hòa có bao nhiêu bộ đội xuất ngũ được hỗ trợ học nghề đợt 2?",
                                      "co bao nhieu bo doi xuat ngu duoc ho tro hoc nghe dot 2"])
def test_soldiers_back_from_service_are_counted_as_people(commune, question):
    answer = commune.ask(question)
    assert not answer.refused and says(answer.short_answer, "03 người")


def test_what_befalls_a_learner_who_drops_out_is_the_sanction_the_decision_states(commune):
    answer = commune.ask("Nếu học viên tự ý bỏ học giữa chừng không có lý do chính đáng thì phải chịu hậu quả gì?")
    assert not answer.refused and says(answer.text, "hoàn trả")
