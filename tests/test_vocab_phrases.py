"""Examples for the phrase vocabulary of `index.vocab.phrases`: the roles a matrix cell's mark gives, and
sentences that leave a figure to a later decision."""

from __future__ import annotations

import pytest

from index.tables import role_mark
from index.vocab.phrases import DEFERRED


@pytest.mark.parametrize(("cell", "role"), [
    ("C", "chủ trì"), (" ct ", "chủ trì"), ("Chủ trì", "chủ trì"), ("(C)", "chủ trì"),
    ("P", "phối hợp"), ("PH", "phối hợp"), ("phối hợp", "phối hợp"), ("P.", "phối hợp"), ("P )", "phối hợp"),
    ("x", ""), ("X", ""), ("", ""), ("Sở Nội vụ", ""), ("CP", ""), ("12", ""),
])
def test_a_matrix_cell_mark_gives_a_role(cell, role):
    assert role_mark(cell) == role


@pytest.mark.parametrize(("sentence", "defers"), [
    ("Mức hỗ trợ trình độ trung cấp sẽ do Ủy ban nhân dân tỉnh xem xét, quyết định sau khi sơ kết.", True),
    ("Đầu tư xây dựng xưởng thực hành sẽ được xem xét, quyết định riêng.", True),
    ("Định mức chi phí đào tạo sẽ được hướng dẫn cụ thể sau.", True),
    ("Ủy ban nhân dân tỉnh sẽ quyết định sau khi có hướng dẫn của Trung ương.", True),
    ("Vướng mắc gửi Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.", False),
    ("Mức hỗ trợ tối đa 4 triệu đồng/người/khóa học theo quy định.", False),
    ("Sở Tài chính bố trí kinh phí hằng năm.", False),
])
def test_a_sentence_leaving_a_figure_to_a_later_decision(sentence, defers):
    assert (DEFERRED.search(sentence) is not None) is defers
