"""What a plan rests on, asked of nothing else ("Kế hoạch 41 triển khai văn bản nào?"), end to end on a hand-made
Sở plan whose title shares the question's words ("Triển khai thực hiện …") and whose basis is a run of "- Căn cứ …"
lines: the answer is every document its basis cites, never its title; a topic asked besides is left to the quotes."""

from __future__ import annotations

import pytest

from tests.answer_checks import says


def _plan() -> str:
    return "\n".join([
        "UBND TỈNH VÂN KHÊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 41/KH-SGDĐT", "Vân Khê, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
        "Triển khai thực hiện công tác tuyển sinh giáo dục nghề nghiệp năm 2026",
        "- Căn cứ Thông tư số 05/2021/TT-BLĐTBXH ngày 07/7/2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;",
        "- Căn cứ Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ;",
        "- Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Vân Khê,",
        "Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:",
        "I. MỤC TIÊU", "- Tuyển sinh 6.400 người, trong đó trình độ cao đẳng, trung cấp 2.350 người.",
        "II. NHIỆM VỤ", "1. Triển khai thực hiện tư vấn tuyển sinh tại 52 trường trung học cơ sở trước 30/5/2026.",
        "2. Các trường cao đẳng triển khai tuyển sinh trực tuyến từ ngày 15/4/2026.",
        "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Thị Hạnh", ""])


@pytest.fixture(scope="module")
def vankhe(assistant_over):
    return assistant_over({"vankhe-2026-kh-tuyen-sinh.txt": _plan()})


@pytest.mark.parametrize("question", [
    "Kế hoạch 41/KH-SGDĐT triển khai văn bản nào?",
    "ke hoach tuyen sinh cua so gd van khe can cu vao nhung van ban nao",
    "Căn cứ pháp lý của kế hoạch tuyển sinh Vân Khê gồm những gì?",
])
def test_what_a_plan_rests_on_is_every_document_its_basis_cites(vankhe, question):
    answer = vankhe.ask(question)
    assert not answer.refused
    assert says(answer.short_answer, "05/2021/TT-BLĐTBXH", "2239/QĐ-TTg", "18/KH-UBND"), answer.short_answer
    assert not says(answer.short_answer, "công tác tuyển sinh giáo dục nghề nghiệp năm 2026"), answer.short_answer


def test_a_topic_asked_beside_what_a_plan_rests_on_is_left_to_the_quotes(vankhe):
    answer = vankhe.ask("Kế hoạch 41/KH-SGDĐT thực hiện quyết định nào của Thủ tướng?")
    assert says(answer.text, "2239/QĐ-TTg"), answer.text
