"""Target rules of the register, on hand-made plan snippets."""

from __future__ import annotations

import pytest

from tests.register_snippets import HEADER, register_of


def test_targets_values_units_comparators_and_years():
    reg = register_of(HEADER + "II. MỤC TIÊU\n\n2. Mục tiêu cụ thể\n\na) Đến năm 2025\n\n"
                      "- Thu hút 40 - 45% học sinh tốt nghiệp THCS, THPT vào hệ thống GDNN; tỷ lệ nữ đạt trên 30%.\n\n"
                      "- Tuyển sinh 12.000 người, trong đó: cao đẳng: 2.000, trung cấp: 3.000.\n\n"
                      "- Tỷ lệ thất nghiệp thành thị dưới 4%, thiếu việc làm không quá 2%; đào tạo cho khoảng 25% lao động, "
                      "từ 03 tháng trở lên, tiếp cận ASEAN-4.\n\nb) Đến năm 2030\n\n- Có ít nhất 70% cơ sở GDNN đạt chuẩn.\n")
    got = [(t.comparator, t.value, t.unit, t.year) for t in reg.targets]
    assert got == [
        ("range", "40 - 45", "%", "2025"), (">", "30", "%", "2025"),
        ("=", "12.000", "người", "2025"), ("=", "2.000", "người", "2025"), ("=", "3.000", "người", "2025"),
        ("<", "4", "%", "2025"), ("≤", "2", "%", "2025"), ("≈", "25", "%", "2025"),
        ("≥", "70", "%", "2030"),
    ]
    assert reg.targets[0].scope.startswith("học sinh tốt nghiệp THCS")
    assert reg.targets[3].scope == "cao đẳng"



def test_coordinated_amounts_share_their_comparator_and_predicate():
    targets = register_of(HEADER + "II. CHỈ TIÊU\n\n- Phấn đấu ít nhất 30 % trường cao đẳng, trung cấp công lập hoàn thành "
                          "tự đánh giá và 50 % nhà giáo đạt chuẩn kỹ năng số.\n\n- Tối thiểu 20% trường cao đẳng và 35% "
                          "trường trung cấp đạt chuẩn kiểm định.\n").targets
    got = [(t.comparator, t.value, t.indicator) for t in targets]
    assert got == [
        ("≥", "30", "Phấn đấu ít nhất 30 % trường cao đẳng, trung cấp công lập hoàn thành tự đánh giá"),
        ("≥", "50", "50 % nhà giáo đạt chuẩn kỹ năng số"),
        ("≥", "20", "Tối thiểu 20% trường cao đẳng đạt chuẩn kiểm định"),
        ("≥", "35", "35% trường trung cấp đạt chuẩn kiểm định"),
    ]


def test_a_shared_breakdown_with_its_own_value_keeps_its_own_comparator():
    targets = register_of(HEADER + "II. CHỈ TIÊU\n\n- Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp dưới 30%.\n").targets
    assert [(t.comparator, t.value) for t in targets] == [("=", "70"), ("<", "30")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("đạt từ 80 - 85%", "80 - 85"), ("từ 30 đến 35% học sinh", "30 - 35"), ("có 02-03 nghề trọng điểm", "02 - 03")],
)
def test_a_range_is_kept_as_a_range(text, value):
    target = register_of(HEADER + f"II. CHỈ TIÊU\n\n- Tỷ lệ người học {text}.\n").targets[0]
    assert (target.value, target.comparator) == (value, "range")
