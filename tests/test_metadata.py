"""Plan metadata: the five real plans, a synthetic new province, sidecars, odd input.

Expected values were read off the plan texts by hand; a field the text does
not state must come out empty, never guessed.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.metadata import (
    PlanMetadata,
    apply_sidecar,
    extract_metadata,
    load_sidecar,
    plan_metadata,
)
from index.normalize import normalize_text

from .plans import PLANS, HANOI_2023, HANOI_2025, HAIPHONG_STRATEGY, HAIPHONG_NQ06, HAIDUONG


def _meta(name: str) -> PlanMetadata:
    return extract_metadata(name, normalize_text((PLANS / name).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- real plans


def test_hanoi_2023():
    m = _meta(HANOI_2023)
    assert m.doc == HANOI_2023
    assert m.number == "70/KH-UBND"  # written "Số: 70 /KH-UBND"
    assert m.number_suffix == "KH-UBND"
    assert m.date == "2023-03-07"
    assert m.date_text == "ngày 07 tháng 3 năm 2023"
    assert m.year == 2023
    assert m.place == "Hà Nội"
    assert m.province == "Hà Nội"
    assert m.issuer == "Ủy ban nhân dân thành phố Hà Nội"  # "UBND Thành phố ban hành Kế hoạch"
    assert m.title == "Triển khai thực hiện công tác giáo dục nghề nghiệp trên địa bàn thành phố Hà Nội năm 2023"
    assert m.signer == "Lê Hồng Sơn"
    assert m.label == "Kế hoạch 70/KH-UBND ngày 07/03/2023 (Hà Nội)"


def test_hanoi_2025():
    m = _meta(HANOI_2025)
    assert m.number == "177/KH-UBND"
    assert m.date == "2025-07-07"
    assert m.year == 2025
    assert m.province == "Hà Nội"
    assert m.issuer == "Ủy ban nhân dân thành phố Hà Nội"  # "UBND thành phố Hà Nội ban hành kế hoạch"
    # Title in capitals, kept as written.
    assert m.title.startswith("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 316-KH/TU, NGÀY 23/4/2025")
    assert m.title.endswith("TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI")
    # The text stops inside the "Nơi nhận" list: no signature block, no signer.
    assert m.signer == ""
    assert m.label == "Kế hoạch 177/KH-UBND ngày 07/07/2025 (Hà Nội)"


def test_haiphong_strategy():
    m = _meta(HAIPHONG_STRATEGY)
    # No "Số:" line and no date line at all.
    assert (m.number, m.number_suffix, m.date, m.date_text, m.year, m.place) == ("", "", "", "", None, "")
    assert m.province == "Hải Phòng"
    assert m.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert m.title == (
        "Thực hiện Chiến lược phát triển giáo dục nghề nghiệp thành phố Hải Phòng "
        "giai đoạn 2021 - 2030, tầm nhìn đến năm 2045"
    )
    assert m.signer == "Lê Khắc Nam"
    assert m.label.startswith("Kế hoạch thực hiện Chiến lược phát triển giáo dục nghề nghiệp")
    assert m.label.endswith("(Hải Phòng)")


def test_haiphong_nq06():
    m = _meta(HAIPHONG_NQ06)
    assert m.number == ""  # "Số: /KH-UBND"
    assert m.number_suffix == "KH-UBND"
    assert m.date == ""  # "Hải Phòng, ngày tháng năm 2023"
    assert m.date_text == "năm 2023"
    assert m.year == 2023
    assert m.place == "Hải Phòng"
    assert m.province == "Hải Phòng"
    assert m.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert m.title.startswith("Thực hiện Nghị quyết số 06/NQ-CP ngày 10/01/2023 của Chính phủ")
    assert m.title.endswith("nhằm phục hồi nhanh kinh tế - xã hội")
    assert m.signer == "Lê Khắc Nam"
    assert m.label.startswith("Kế hoạch thực hiện Nghị quyết số 06/NQ-CP")
    assert m.label.endswith("(Hải Phòng, 2023)")
    assert len(m.label) < 120


def test_haiduong():
    m = _meta(HAIDUONG)
    assert m.number == ""  # "Số: /KH-SLĐTBXH"
    assert m.number_suffix == "KH-SLĐTBXH"
    assert m.date == ""  # "Hải Dương, ngày tháng 3 năm 2023": day left blank
    assert m.date_text == "tháng 3 năm 2023"
    assert m.year == 2023
    assert m.place == "Hải Dương"
    assert m.province == "Hải Dương"
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương"
    assert m.title.startswith("Triển khai “Kế hoạch số 238/KH-UBND ngày 02/02/2023 của UBND tỉnh Hải Dương")
    assert m.title.endswith("năm 2023")
    assert m.signer == "Bùi Thanh Tùng"
    assert m.label.endswith("(Hải Dương, 2023)")


@pytest.mark.parametrize("name", [HANOI_2023, HANOI_2025, HAIPHONG_STRATEGY, HAIPHONG_NQ06, HAIDUONG])
def test_raw_text_gives_the_same_metadata(name):
    """Callers may pass raw (markdown, hard-wrapped) text; the result must not depend on it."""
    raw = (PLANS / name).read_text(encoding="utf-8")
    assert extract_metadata(name, raw) == _meta(name)


# ---------------------------------------------------------------- new provinces

DANANG = """UBND THÀNH PHỐ ĐÀ NẴNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Đà Nẵng, ngày 05 tháng 4 năm 2024

KẾ HOẠCH
Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Đà Nẵng năm 2024

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
Ủy ban nhân dân thành phố ban hành Kế hoạch phát triển giáo dục nghề nghiệp năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chất lượng đào tạo nghề.
Nơi nhận:
- Bộ LĐTBXH;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Bình
"""


def test_synthetic_danang_plan():
    m = extract_metadata("danang-2024.txt", normalize_text(DANANG))
    assert m.number == "12/KH-UBND"
    assert m.number_suffix == "KH-UBND"
    assert m.date == "2024-04-05"
    assert m.date_text == "ngày 05 tháng 4 năm 2024"
    assert m.year == 2024
    assert m.place == "Đà Nẵng"
    assert m.province == "Đà Nẵng"
    assert m.issuer == "Ủy ban nhân dân thành phố Đà Nẵng"
    assert m.title == "Phát triển giáo dục nghề nghiệp trên địa bàn thành phố Đà Nẵng năm 2024"
    assert m.signer == "Trần Thị Bình"
    assert m.label == "Kế hoạch 12/KH-UBND ngày 05/04/2024 (Đà Nẵng)"


def test_upper_case_two_line_header():
    text = (
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3 /KH-UBND\nNgày 31 tháng 12 năm 2024\nKẾ HOẠCH\nTuyển sinh năm 2025\nCăn cứ Luật;\nI. MỤC ĐÍCH\n"
    )
    m = extract_metadata("x.txt", text)
    assert m.issuer == "Ủy ban nhân dân thành phố Hà Nội"
    assert m.province == "Hà Nội"
    assert m.number == "3/KH-UBND"
    assert m.date == "2024-12-31"
    assert m.place == ""  # no place written before "ngày"
    assert m.title == "Tuyển sinh năm 2025"


def test_sở_header_in_two_column_extraction():
    """A PDF extraction can put both header columns on one line; the Sở name is re-cased."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 45 /KH-SLĐTBXH Bà Rịa - Vũng Tàu, ngày 3 tháng 02 năm 2024\n"
        "KẾ HOẠCH\nĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN\nNĂM 2024\n"
        "Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch:\n"
        "I. MỤC TIÊU\nGIÁM ĐỐC\nNGUYỄN VĂN AN\n"
    )
    m = extract_metadata("brvt.txt", text)
    assert m.number == "45/KH-SLĐTBXH"
    assert m.date == "2024-02-03"
    assert m.place == "Bà Rịa - Vũng Tàu"
    assert m.province == "Bà Rịa - Vũng Tàu"
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu"
    assert m.title == "ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN NĂM 2024"
    assert m.signer == "Nguyễn Văn An"


def test_issuer_from_number_suffix_and_province():
    """Without header, preamble or signature block the "KH-UBND" suffix still names the body."""
    text = "Số: 9/KH-UBND\nTP. Hồ Chí Minh, ngày 30 tháng 2 năm 2024\nKẾ HOẠCH\nVề đào tạo nghề\nCăn cứ Luật;\n"
    m = extract_metadata("hcm.txt", text)
    assert m.place == "TP. Hồ Chí Minh"
    assert m.province == "Hồ Chí Minh"
    assert m.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    # 30 February does not exist: no ISO date, the year still stands.
    assert (m.date, m.year) == ("", 2024)
    assert m.label == "Kế hoạch 9/KH-UBND (Hồ Chí Minh, 2024)"


# ---------------------------------------------------------------- empty / odd text


@pytest.mark.parametrize("text", ["", "   \n\n\t", "KẾ HOẠCH\n\n", "Số:\n, ngày tháng năm\nTM.\n- \n::::\n#### **\n"])
def test_empty_or_odd_text_gives_empty_fields(text):
    m = extract_metadata("empty.txt", text)
    assert m.doc == "empty.txt"
    assert (m.number, m.number_suffix, m.date, m.date_text, m.year) == ("", "", "", "", None)
    assert (m.place, m.province, m.issuer, m.title, m.signer) == ("", "", "", "", "")
    assert m.label == "Kế hoạch empty.txt"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("KẾ HOẠCHSố:/-UBNDngàythángnăm0123456789,.;\n TMỦYtỉnhthànhphốHàNội")), max_size=300))
def test_never_crashes_on_fragments(text):
    m = extract_metadata("f.txt", text)
    assert isinstance(m, PlanMetadata) and m.label


# ---------------------------------------------------------------- sidecar


def test_sidecar_overrides_fields_and_recomputes_label():
    m = _meta(HAIPHONG_NQ06)
    fixed = apply_sidecar(m, {"number": "123/KH-UBND", "date": "2023-03-15"})
    assert fixed.number == "123/KH-UBND"
    assert fixed.date == "2023-03-15"
    assert fixed.year == 2023
    assert fixed.signer == "Lê Khắc Nam"  # untouched fields stay
    assert fixed.label == "Kế hoạch 123/KH-UBND ngày 15/03/2023 (Hải Phòng)"
    given_label = apply_sidecar(m, {"number": "123/KH-UBND", "label": "KH 123"})
    assert given_label.label == "KH 123"


def test_sidecar_unknown_key_and_bad_values():
    m = extract_metadata("x.txt", DANANG)
    with pytest.raises(ValueError, match="numbr"):
        apply_sidecar(m, {"numbr": "1/KH-UBND"})
    with pytest.raises(ValueError, match="year"):
        apply_sidecar(m, {"year": "2024"})
    with pytest.raises(ValueError, match="date"):
        apply_sidecar(m, {"date": "05/04/2024"})


def test_load_sidecar_and_plan_metadata(tmp_path):
    plan = tmp_path / "danang-2024.txt"
    plan.write_text(DANANG, encoding="utf-8")
    assert load_sidecar(plan) is None
    assert plan_metadata(plan, normalize_text(DANANG)).signer == "Trần Thị Bình"

    (tmp_path / "danang-2024.txt.meta.json").write_text(
        json.dumps({"signer": "Nguyễn Văn B", "year": 2025}, ensure_ascii=False), encoding="utf-8"
    )
    assert load_sidecar(plan) == {"signer": "Nguyễn Văn B", "year": 2025}
    m = plan_metadata(plan, normalize_text(DANANG))
    assert m.signer == "Nguyễn Văn B"
    assert m.year == 2025
    assert m.number == "12/KH-UBND"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '"text"'])
def test_bad_sidecar_names_the_file(tmp_path, content):
    plan = tmp_path / "p.txt"
    plan.write_text(DANANG, encoding="utf-8")
    (tmp_path / "p.txt.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"p\.txt\.meta\.json"):
        load_sidecar(plan)
    with pytest.raises(ValueError, match=r"p\.txt\.meta\.json"):
        plan_metadata(plan, DANANG)
