"""A chairman's telegram (Công điện): its type, its addressees in the header, its situation as an opening, and
its orders to named heads of bodies as the register's rows; a forecast in the situation is no deadline."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import HEADER_TITLE, OPENING_TITLE, parse_structure
from tests.register_snippets import register_of

TELEGRAM = """\
ỦY BAN NHÂN DÂN
TỈNH THANH KHÊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 14/CĐ-UBND
Thanh Khê, ngày 08 tháng 4 năm 2026
KHẨN
CÔNG ĐIỆN
Về việc hỗ trợ người lao động mất việc làm tại các khu công nghiệp
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:
- Giám đốc các Sở: Nội vụ, Giáo dục và Đào tạo, Tài chính;
- Giám đốc Bảo hiểm xã hội tỉnh;
- Chủ tịch Ủy ban nhân dân các xã, phường.
Từ đầu năm 2026 đến ngày 05/4/2026, toàn tỉnh có 2.315 người lao động bị mất việc làm tại 19 doanh nghiệp.
Dự báo trong quý III/2026, toàn tỉnh có thêm khoảng 1.800 lao động có nguy cơ mất việc làm.
Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Giám đốc Sở Nội vụ:
a) Tổng hợp danh sách người lao động mất việc làm, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/4/2026.
2. Giám đốc Sở Giáo dục và Đào tạo:
a) Chỉ đạo các trường cao đẳng mở lớp đào tạo ngắn hạn cho 1.200 lao động, hoàn thành trong tháng 6/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trịnh Văn Lộc
"""


def test_a_telegram_is_a_cong_dien_named_by_its_number():
    meta = extract_metadata("thanhkhe-cd.txt", normalize_text(TELEGRAM))
    assert (meta.doc_type, meta.number, meta.signer) == ("Công điện", "14/CĐ-UBND", "Trịnh Văn Lộc")
    assert meta.label.startswith("Công điện 14/CĐ-UBND ngày 08/04/2026")


def test_a_telegrams_addressees_stay_in_its_header_and_its_situation_opens_it():
    parts = {s.title: [b.text[:16] for b in s.body] for s in parse_structure(normalize_text(TELEGRAM)).children}
    assert parts[HEADER_TITLE][-1] == "- Chủ tịch Ủy ba"  # the heads it is sent to
    assert parts[OPENING_TITLE] == ["Từ đầu năm 2026 ", "Dự báo trong quý"]


def test_a_forecast_in_a_telegrams_situation_is_no_deadline_its_orders_are():
    register = register_of(TELEGRAM, "thanhkhe-cd.txt")
    dated = {d.when for d in register.deadlines}
    assert "trước ngày 15/4/2026" in " ".join(dated) and not any("III/2026" in when for when in dated)
    assert any(r.agency == "Sở Nội vụ" and "danh sách người lao động" in r.task for r in register.responsibilities)
