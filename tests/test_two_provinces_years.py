"""Two provinces compared, each at its own year ("Lam Hà năm 2025 với Đông Sa năm 2023"): each side is held to the
year written beside its name, so a plan stating its own year's figure answers its side."""

from __future__ import annotations

import pytest

from index.normalize import comparison_form


def _plan(province: str, number: str, year: int, target: str, other: str) -> str:
    return "\n".join([
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        f"Số: {number}/KH-UBND", f"{province}, ngày 10 tháng 01 năm {year}", "KẾ HOẠCH",
        f"Phát triển giáo dục nghề nghiệp tỉnh {province} năm {year}",
        f"I. MỤC TIÊU NĂM {year}",
        target,
        f"- Tỷ lệ lao động qua đào tạo đạt {other}%.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ chủ trì, phối hợp với các sở, ngành tổ chức thực hiện Kế hoạch này.",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hòa", ""])


@pytest.fixture(scope="module")
def two(assistant_over):
    return assistant_over({
        "lamha-2025-kh-gdnn.txt": _plan("Lam Hà", "12", 2025,
                                        "- Năm 2025, tuyển sinh giáo dục nghề nghiệp đạt 39.600 người.", "72"),
        # its side worded otherwise than the question: weak evidence, which its year must not weaken further
        "dongsa-2023-kh-gdnn.txt": _plan("Đông Sa", "45", 2023, "- Năm 2023: nhận vào học nghề 38.400 người.", "68")})


def test_each_province_is_asked_at_the_year_beside_its_name(two):
    answer = two.ask("Chỉ tiêu tuyển sinh GDNN cả năm của Lam Hà 2025 với Đông Sa 2023, tỉnh nào nhiều hơn?")
    assert not answer.refused
    text = comparison_form(answer.text)
    assert comparison_form("39.600") in text and comparison_form("38.400") in text, answer.text
