"""A school's plan for one school year, asked of another: the school year is one period, so 2027–2028 is not
answered by the figures of 2026–2027 although both hold 2027. Real assistant over a hand-made centre's plan."""

from __future__ import annotations

import pytest

PLAN = """TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP HUYỆN THANH KHÊ
Số: 45/KH-TTGDNN
Thanh Khê, ngày 05 tháng 8 năm 2026

KẾ HOẠCH
Tuyển sinh và đào tạo năm học 2026 - 2027

1. Chỉ tiêu
Tổng chỉ tiêu tuyển sinh năm học 2026 - 2027 của Trung tâm là 640 học viên, trong đó sơ cấp 260 học viên.
2. Tổ chức thực hiện
Bộ phận Đào tạo lập danh sách học viên trước ngày 15/9/2026.
"""


@pytest.fixture(scope="module")
def centre(assistant_over):
    return assistant_over({"thanhkhe-2026-kh-tuyen-sinh-nam-hoc.txt": PLAN})


def test_the_school_year_of_the_plan_is_answered(centre):
    answer = centre.ask("Chỉ tiêu tuyển sinh năm học 2026-2027 của Trung tâm GDNN huyện Thanh Khê là bao nhiêu?")
    assert not answer.refused and "640" in answer.text


@pytest.mark.parametrize("question", ["Chỉ tiêu tuyển sinh năm học 2027-2028 của Trung tâm GDNN huyện Thanh Khê là bao nhiêu?",
                                      "trung tam gdnn thanh khe nam hoc 2027 - 2028 tuyen bao nhieu hoc vien"])
def test_another_school_year_is_refused_with_the_year_the_plan_gives(centre, question):
    answer = centre.ask(question)
    assert answer.refused and "năm học 2026 – 2027" in answer.text, answer.text
