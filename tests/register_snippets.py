"""Hand-made plan snippets for the register tests: a header, and the register of a text."""

from __future__ import annotations

from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.register import PlanRegister, extract_register

LDTBXH = "Sở Lao động - Thương binh và Xã hội"
HEADER = "Số: 12/KH-UBND\n\nTỉnh X, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n"


def register_of(text: str, doc: str = "plan.txt") -> PlanRegister:
    """The register of a plan text, normalised and with its metadata, as the ingest builds it."""
    normalised = normalize_text(text)
    return extract_register(doc, normalised, extract_metadata(doc, normalised))


def rows_of(text: str):
    return register_of(text).responsibilities


def pipe(*cells: str) -> str:
    """One table row as converters write it: "| a | b |"."""
    return "| " + " | ".join(cells) + " |"

# A joint plan (Kế hoạch liên tịch) of a Sở and a Hội: two bodies in the header, "✓" bullets, both sign.

JOINT_PLAN = """SỞ NỘI VỤ TỈNH LAM HÀ
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM HÀ
Số: 05/KHLT-SNV-HLHPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Hà, ngày 20 tháng 01 năm 2026

KẾ HOẠCH LIÊN TỊCH
Phối hợp đào tạo nghề và giải quyết việc làm cho phụ nữ nông thôn giai đoạn 2026 - 2030

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;

Sở Nội vụ và Hội Liên hiệp Phụ nữ tỉnh Lam Hà thống nhất ban hành Kế hoạch liên tịch như sau:

1. MỤC ĐÍCH, YÊU CẦU
1.1. Mục đích
– Nâng cao chất lượng đào tạo nghề cho phụ nữ nông thôn.

2. CHỈ TIÊU
2.1. Đào tạo nghề cho 6.000 phụ nữ nông thôn, trong đó 70% có việc làm sau học nghề.

3. TỔ CHỨC THỰC HIỆN
3.1. Sở Nội vụ
✓ Chủ trì hướng dẫn các cơ sở giáo dục nghề nghiệp tổ chức lớp học; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
3.2. Hội Liên hiệp Phụ nữ tỉnh
✓ Chủ trì tuyên truyền, vận động hội viên học nghề; phối hợp với Sở Nội vụ khảo sát nhu cầu học nghề.

GIÁM ĐỐC SỞ NỘI VỤ
Trần Văn Hòa
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Mai

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""
