"""A figure asked with something left out ("sơ cấp (không tính các lớp dưới 3 tháng)"), end to end on a hand-made
plan that only counts the two together: the combined row counts in what was left out, so it answers another
question, and the plan does not say the figure asked."""

from __future__ import annotations

import pytest

from index.normalize import comparison_form


def _plan() -> str:
    return "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH LAM HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 08/KH-UBND", "Lam Hà, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH",
        "Tuyển sinh giáo dục nghề nghiệp tỉnh Lam Hà năm 2026",
        "I. CHỈ TIÊU NĂM 2026",
        "1. Tuyển sinh, đào tạo 21.500 người, trong đó: trình độ cao đẳng 2.350 người; trình độ trung cấp 3.900 "
        "người; trình độ sơ cấp và đào tạo dưới 03 tháng 15.250 người.",
        "2. Tỷ lệ lao động qua đào tạo đạt 72%.",
        "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An", ""])


@pytest.fixture(scope="module")
def lamha(assistant_over):
    return assistant_over({"lamha-2026-kh-tuyen-sinh.txt": _plan()})


def test_a_figure_asked_without_what_the_plan_counts_in_is_not_answered_by_the_combined_row(lamha):
    answer = lamha.ask("Năm 2026 tỉnh Lam Hà tuyển sinh riêng trình độ sơ cấp (không tính các lớp dưới 3 tháng) "
                       "bao nhiêu người?")
    assert answer.refused, answer.text


def test_the_combined_figure_asked_as_such_is_answered(lamha):
    answer = lamha.ask("Năm 2026 tỉnh Lam Hà tuyển sinh trình độ sơ cấp và dưới 3 tháng bao nhiêu người?")
    assert not answer.refused and comparison_form("15.250") in comparison_form(answer.text), answer.text
