"""A consolidated text ("văn bản hợp nhất") of a plan amended twice, tỉnh Vân Khê (fictional), as Markdown from pandoc:
each amended point carries a footnote naming the amendment. The note answers beside its point ("được sửa đổi theo
văn bản nào"), and what a point said before its amendment, which a consolidated text never gives, is refused."""

from __future__ import annotations

import pytest

from assistant.qa import former_unstated
from index.chunking import SECTION_SEPARATOR
from tests.answer_checks import says

TEXT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH VÂN KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 05/VBHN-UBND", "Vân Khê, ngày 02 tháng 4 năm 2026", "# KẾ HOẠCH",
    "Giải quyết việc làm tỉnh Vân Khê giai đoạn 2025 - 2027",
    "Kế hoạch số 77/KH-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Vân Khê, được sửa đổi, bổ sung bởi "
    "Quyết định số 902/QĐ-UBND ngày 15 tháng 8 năm 2025 và Kế hoạch số 14/KH-UBND ngày 20 tháng 01 năm 2026.",
    "## I. MỤC TIÊU",
    "1. Giải quyết việc làm cho 42.000 lượt lao động trong giai đoạn 2025 - 2027.[^1]",
    "2. Đưa 2.400 người lao động đi làm việc ở nước ngoài theo hợp đồng.[^2]",
    "3. Tổ chức ít nhất 18 phiên giao dịch việc làm mỗi năm.",
    "## II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ chủ trì tổ chức các phiên giao dịch việc làm, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 "
    "hằng năm.[^3]",
    "2. Ngân hàng Chính sách xã hội chi nhánh tỉnh bảo đảm nguồn vốn cho vay giải quyết việc làm.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "XÁC THỰC VĂN BẢN HỢP NHẤT", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
    "Lương Văn Tùng",
    "[^1]: Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 902/QĐ-UBND ngày 15 tháng 8 năm "
    "2025, có hiệu lực kể từ ngày 01 tháng 9 năm 2025.",
    "[^2]: Khoản này được sửa đổi theo quy định tại khoản 2 Mục II Kế hoạch số 14/KH-UBND ngày 20 tháng 01 năm 2026.",
    "[^3]: Khoản này được bổ sung theo quy định tại khoản 3 Mục II Kế hoạch số 14/KH-UBND ngày 20 tháng 01 năm 2026.",
    ""])


@pytest.fixture(scope="module")
def vankhe(assistant_over):
    return assistant_over({"vankhe-2026-vbhn-viec-lam.md": TEXT})


def test_the_amendment_of_a_point_is_answered_from_its_note_beside_it(vankhe):
    answer = vankhe.ask("Chỉ tiêu đưa người lao động Vân Khê đi làm việc ở nước ngoài là bao nhiêu và được sửa đổi "
                        "theo văn bản nào?")
    assert says(answer.text, "2.400", "14/KH-UBND") and not says(answer.text, "902/QĐ-UBND"), answer.text


def test_what_a_point_said_before_its_amendment_is_refused(vankhe):
    answer = vankhe.ask("Trước khi được sửa đổi, Kế hoạch 77/KH-UBND của Vân Khê đặt chỉ tiêu giải quyết việc làm "
                        "bao nhiêu lượt lao động?")
    assert answer.refused and "trước khi sửa đổi" in answer.text, answer.text


def test_the_point_in_force_is_still_answered(vankhe):
    answer = vankhe.ask("Vân Khê giải quyết việc làm cho bao nhiêu lượt lao động giai đoạn 2025 - 2027?")
    assert says(answer.short_answer, "42.000"), answer.text


class _Passage:
    def __init__(self, text: str, section: str = f"II. MỤC TIÊU{SECTION_SEPARATOR}1") -> None:
        self.text, self.section = text, section


class _Unit:
    def __init__(self, text: str) -> None:
        self.passage = _Passage(text)


class _Evidence:
    def __init__(self, *texts: str) -> None:
        self.units = tuple(_Unit(t) for t in texts)


@pytest.mark.parametrize(("question", "quoted", "unstated"), [
    ("Trước khi sửa đổi, kế hoạch đặt bao nhiêu phiên?", "3. Tổ chức 18 phiên (Khoản này được sửa đổi theo …).", True),
    ("truoc khi bi bai bo, diem d quy dinh gi", "đ) (được bãi bỏ)", True),
    ("Kế hoạch 25 lúc đầu đặt mức nào?", "Tỷ lệ | Nội dung tại Kế hoạch số 25 (hiện hành): 70% | Sửa đổi: 72%", False),
    ("Trước khi điều chỉnh chỉ tiêu là bao nhiêu?", "Điều chỉnh chỉ tiêu từ 8.000 người lên 9.500 người.", False),
    ("Kế hoạch 25 lúc đầu đặt mức nào?", "Tỷ lệ | Theo Kế hoạch số 25: 70% | Sau điều chỉnh: 72%", False),
    ("Việc này phải xong trước khi nào?", "3. Tổ chức 18 phiên (Khoản này được sửa đổi theo …).", False),
    ("Hỗ trợ vốn ban đầu cho hợp tác xã là bao nhiêu?", "Hỗ trợ 50 triệu đồng mỗi hợp tác xã.", False),
    ("Có thêm chỉ tiêu mới nào, con số cụ thể ra sao?", "3. Tổ chức 18 phiên (Khoản này được sửa đổi theo …).", False),
    ("Con so cu the la bao nhieu?", "3. Tổ chức 18 phiên (Khoản này được sửa đổi theo …).", False),
])
def test_a_former_wording_asked_needs_a_quote_that_states_one(question, quoted, unstated):
    assert former_unstated([_Evidence(quoted)], question) is unstated
