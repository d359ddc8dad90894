"""Examples for the phrase vocabulary of `index.vocab.phrases` (the roles a matrix cell's mark gives)."""

from __future__ import annotations

import pytest

from index.vocab.phrases import role_mark


@pytest.mark.parametrize(("cell", "role"), [
    ("C", "chủ trì"), (" ct ", "chủ trì"), ("Chủ trì", "chủ trì"), ("(C)", "chủ trì"),
    ("P", "phối hợp"), ("PH", "phối hợp"), ("phối hợp", "phối hợp"), ("P.", "phối hợp"),
    ("x", ""), ("X", ""), ("", ""), ("Sở Nội vụ", ""), ("CP", ""), ("12", ""),
])
def test_a_matrix_cell_mark_gives_a_role(cell, role):
    assert role_mark(cell) == role
