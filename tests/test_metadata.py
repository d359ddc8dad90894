"""Plan metadata: the five real plans, synthetic headers in other house styles, sidecars, odd input.

Expected values were read off the plan texts by hand; a field the text does
not state must come out empty, never guessed. The synthetic headers use
fictional provinces (Sông Mây, Hoa Biên, …): names come from the text, never
from a list.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.scope import resolve_scope
from index.metadata import (
    PlanMetadata,
    apply_sidecar,
    extract_metadata,
    load_sidecar,
    plan_metadata,
)
from index.normalize import normalize_text
from tests.register_snippets import JOINT_PLAN

from .plans import HAIDUONG, HAIPHONG_NQ06, HAIPHONG_STRATEGY, HANOI_2023, HANOI_2025, PLANS


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


@pytest.mark.parametrize(
    ("name", "role"),
    [(HANOI_2023, "Phó Chủ tịch"), (HANOI_2025, ""), (HAIPHONG_STRATEGY, "Phó Chủ tịch"),
     (HAIPHONG_NQ06, "Phó Chủ tịch"), (HAIDUONG, "Giám đốc")],
)
def test_real_plans_type_and_signer_role(name, role):
    m = _meta(name)
    assert (m.doc_type, m.issues, m.signer_role) == ("Kế hoạch", "", role)


def test_stored_chunk_metadata_gives_the_plan_back():
    """What the store keeps of a plan is read back by one function (the index's catalogue)."""
    meta = plan_metadata(PLANS / HANOI_2023, (PLANS / HANOI_2023).read_text(encoding="utf-8"))
    back = PlanMetadata.from_chunk_metadata({**meta.chunk_fields(), "section": "I. MỤC ĐÍCH", "ordinal": 3})
    assert back == dataclasses.replace(meta, number_suffix="", date_text="", place="")
    assert PlanMetadata.from_chunk_metadata({"doc": "x.txt", "year": 0}) == PlanMetadata("x.txt", label="x.txt")


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


REPORT = """UBND TỈNH LÃNG SƠN HÀ
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 41/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Hà, ngày 10 tháng 12 năm 2025
BÁO CÁO
Kết quả thực hiện công tác giáo dục nghề nghiệp năm 2025 và Kế hoạch năm 2026
Kính gửi: Ủy ban nhân dân tỉnh.
PHẦN MỘT
KẾT QUẢ NĂM 2025
Tuyển sinh đạt 12.400 người, đạt 103% kế hoạch.
PHẦN HAI
KẾ HOẠCH NĂM 2026
Tuyển sinh 13.000 người.
"""


def test_a_report_carrying_next_years_plan_is_labelled_a_report():
    m = extract_metadata("sonha-2025-bc.txt", normalize_text(REPORT))
    assert m.doc_type == "Báo cáo" and m.number == "41/BC-SGDĐT"
    assert m.title.startswith("Kết quả thực hiện công tác giáo dục nghề nghiệp năm 2025")
    assert m.label.startswith("Báo cáo 41/BC-SGDĐT")
    # "báo cáo" in a question is a duty, not a document named by its number
    assert resolve_scope("Các sở báo cáo 6 tháng trước ngày nào?", {"sonha-2025-bc.txt": m}).out_of_scope == ""


GUIDANCE = """UBND TỈNH LAM HÀ
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/HD-SNV
Lam Hà, ngày 09 tháng 02 năm 2026
HƯỚNG DẪN
Triển khai Kế hoạch đào tạo nghề cho lao động nông thôn năm 2026
Phần thứ nhất. Những quy định chung
Điểm 1. Đối tượng
Lao động nông thôn từ đủ 15 tuổi.
"""


def test_a_departments_guidance_is_labelled_a_guidance():
    m = extract_metadata("lamha-2026-hd.txt", normalize_text(GUIDANCE))
    assert (m.doc_type, m.number, m.date, m.province) == ("Hướng dẫn", "05/HD-SNV", "2026-02-09", "Lam Hà")
    assert m.title == "Triển khai Kế hoạch đào tạo nghề cho lao động nông thôn năm 2026"
    assert m.label == "Hướng dẫn 05/HD-SNV ngày 09/02/2026 (Lam Hà)" and m.issuer == "Sở Nội vụ tỉnh Lam Hà"
    # "hướng dẫn" in a question is a task, not a document named by its number
    assert resolve_scope("Sở nào hướng dẫn các xã lập hồ sơ?", {"lamha-2026-hd.txt": m}).out_of_scope == ""


SCHOOL_PLAN = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ LAM
TRƯỜNG CAO ĐẲNG NGHỀ HÀ LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-CĐN
Hà Lam, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Tuyển sinh năm 2026
1. MỤC ĐÍCH, YÊU CẦU
❖ Tuyển sinh đủ chỉ tiêu được giao.
"""


def test_a_schools_own_plan_is_issued_by_the_school_in_its_sos_province():
    m = extract_metadata("halam-2026-kh.txt", normalize_text(SCHOOL_PLAN))
    assert (m.doc_type, m.number, m.date, m.province) == ("Kế hoạch", "12/KH-CĐN", "2026-03-10", "Hà Lam")
    assert m.issuer == "Trường Cao đẳng Nghề Hà Lam"  # not the Sở above it, and "Trường Cao" is no place
    assert m.label == "Kế hoạch 12/KH-CĐN ngày 10/03/2026 (Hà Lam)"


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


# ---------------------------------------------------------------- other house styles


def _one_row_a_line(text: str) -> str:
    """The text as a normaliser that keeps each pipe-table row one paragraph renders it:
    a row spread over lines joined, stray "|" and rule lines dropped."""
    out: list[str] = []
    row: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if re.fullmatch(r"\|?\s*-{3,}\s*\|?|\|", s):
            continue
        if row or (s.startswith("|") and not s.endswith("|")):
            row.append(s)
            if s.endswith("|"):
                out.append(" ".join(part for part in row if part))
                row = []
            continue
        out.append(line)
    return "\n".join(out + row)


# Old normaliser (lines kept), new one (rows joined), and raw text must agree.
RENDERINGS = {
    "raw": lambda t: t,
    "normalised": normalize_text,
    "one row a line": lambda t: normalize_text(_one_row_a_line(t)),
}


def _all_renderings(name: str, text: str) -> PlanMetadata:
    metas = {how: extract_metadata(name, render(text)) for how, render in RENDERINGS.items()}
    assert len(set(metas.values())) == 1, metas
    return metas["raw"]


WEB_COPY = """| Số hiệu | 153/KH-UBND |
| Loại văn bản | Kế hoạch |
| Nơi ban hành | Tỉnh Sông Mây |
| Người ký | Lê Duy Thành |
| Ngày ban hành | 21/08/2019 |
| Ngày hiệu lực | 21/08/2019 |
|
ỦY BAN NHÂN DÂN
TỈNH SÔNG MÂY
-------
| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 153/KH-UBND | Sông Mây, ngày
21 tháng 8 năm 2019 |

KẾ HOẠCH
Đào tạo nghề cho lao động nông thôn tỉnh Sông Mây năm 2019

Căn cứ Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng đào tạo nghề.
| Nơi nhận:
- Bộ LĐTBXH;
- Lưu: VT. | TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Duy Thành |
"""


def test_web_copy_with_metadata_table_and_split_date_line():
    m = _all_renderings("songmay-2019.txt", WEB_COPY)
    assert (m.doc_type, m.number, m.number_suffix) == ("Kế hoạch", "153/KH-UBND", "KH-UBND")
    assert (m.date, m.date_text, m.year) == ("2019-08-21", "ngày 21 tháng 8 năm 2019", 2019)
    assert (m.place, m.province) == ("Sông Mây", "Sông Mây")
    assert m.issuer == "Ủy ban nhân dân tỉnh Sông Mây"
    assert m.title == "Đào tạo nghề cho lao động nông thôn tỉnh Sông Mây năm 2019"
    assert (m.signer, m.signer_role) == ("Lê Duy Thành", "Phó Chủ tịch")
    assert m.label == "Kế hoạch 153/KH-UBND ngày 21/08/2019 (Sông Mây)"


def test_web_metadata_table_is_authoritative():
    """The table decides number, type, date, signer and province where the copied text is blank or cut."""
    text = (
        "| Số hiệu: | 27/CTr-UBND | Loại văn bản: | Chương trình |\n"
        "| Nơi ban hành: | UBND tỉnh Trà Giang | Người ký: | Phạm Văn Đức |\n"
        "| Ngày ban hành: | 3/2/2024 | Ngày hiệu lực: | Đã biết |\n"
        "Số: /KH-UBND\nngày tháng năm 2024\nKẾ HOẠCH\nĐào tạo nghề năm 2024\nCăn cứ Luật;\nI. MỤC TIÊU\n"
    )
    m = extract_metadata("tragiang.txt", text)
    assert (m.doc_type, m.number, m.number_suffix) == ("Chương trình", "27/CTr-UBND", "CTr-UBND")
    assert (m.date, m.date_text, m.year) == ("2024-02-03", "ngày 3/2/2024", 2024)
    assert (m.province, m.signer, m.signer_role) == ("Trà Giang", "Phạm Văn Đức", "")
    assert m.label == "Chương trình 27/CTr-UBND ngày 03/02/2024 (Trà Giang)"


# A web page pasted as text: breadcrumb, each label on a line and its value on the next, the header table one
# cell a line with rule lines between, the place-date line a cell of its own.
WEB_PAGE = """Trang chủ > Văn bản pháp luật > Lao động - Tiền lương > Kế hoạch 64/KH-UBND
Kế hoạch 64/KH-UBND năm 2027 về dạy nghề cho người khuyết tật tỉnh Kỳ Lâm
Số hiệu:
64/KH-UBND
Loại văn bản:
Kế hoạch
Nơi ban hành:
Tỉnh Kỳ Lâm
Người ký:
Vũ Thị Hạnh
Ngày ban hành:
09/02/2027
Ngày hiệu lực:
Đã biết
ỦY BAN NHÂN DÂN
TỈNH KỲ LÂM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 64/KH-UBND
Kỳ Lâm, ngày 09 tháng 02 năm 2027
KẾ HOẠCH
Dạy nghề cho người khuyết tật tỉnh Kỳ Lâm năm 2027
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_web_page_labels_each_on_a_line_before_its_value():
    m = extract_metadata("kylam-web.txt", WEB_PAGE)
    assert (m.doc_type, m.number, m.date, m.province) == ("Kế hoạch", "64/KH-UBND", "2027-02-09", "Kỳ Lâm")
    assert m.signer == "Vũ Thị Hạnh"
    assert m.title == "Dạy nghề cho người khuyết tật tỉnh Kỳ Lâm năm 2027"


# A portal's article: its headline, update line and an editor's lead stand before the plan's own header; the lead
# names another body and "tỉnh giới thiệu toàn văn", the headline and update line carry other dates.
PORTAL_ARTICLE = """Kế hoạch số 19/KH-UBND ngày 30/01/2026 của UBND tỉnh Hà Lam về hỗ trợ học nghề năm 2026
Cập nhật lúc 14:32, 02/02/2026 - Lượt xem: 2.315
Năm 2026 tỉnh phấn đấu đào tạo nghề cho 28.500 người. Sở Nội vụ là cơ quan thường trực theo dõi, đôn đốc. Cổng \
Thông tin điện tử tỉnh giới thiệu toàn văn Kế hoạch.
| ỦY BAN NHÂN DÂN TỈNH HÀ LAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
| Số: 19/KH-UBND | Hà Lam, ngày 30 tháng 01 năm 2026 |
KẾ HOẠCH
Hỗ trợ người lao động học nghề năm 2026
I. MỤC ĐÍCH, YÊU CẦU
"""
# A party document's left column holds its number under the issuer, before the party's motto.
PARTY_HEADER = """ĐẢNG BỘ TỈNH BẢO AN
BAN THƯỜNG VỤ TỈNH ỦY
Số 18-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo An, ngày 12 tháng 01 năm 2026
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Kết luận về đào tạo nghề
I. MỤC ĐÍCH
"""


def test_a_portal_articles_headline_and_lead_are_not_the_plans_header():
    m = extract_metadata("halam-cong.html", PORTAL_ARTICLE)
    assert (m.number, m.date, m.province, m.place) == ("19/KH-UBND", "2026-01-30", "Hà Lam", "Hà Lam")
    assert m.issuer == "Ủy ban nhân dân tỉnh Hà Lam"
    assert m.label == "Kế hoạch 19/KH-UBND ngày 30/01/2026 (Hà Lam)"


# A phone's screenshot of a portal page read by OCR: the page's posting stamp (a weekday, the date, a clock time)
# stands above the plan's header, whose two columns the OCR ran together, its motto misread.
PORTAL_SCREENSHOT = """9:41 4G 72%

CỔNG THÔNG TIN ĐIỆN TỬ
TỈNH LAM KHÊ

Trang chủ › Văn bản › Văn bản chỉ đạo, điều hành

Kế hoạch hỗ trợ học nghề và
giới thiệu việc làm cho thanh niên
xuất ngũ năm 2027

@ Thứ Năm, 21/01/2027 - 15:42 | Lượt xem: 1.284

Chia sẻ: @ LZ

ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TỈNH LAM KHÊ NAM
Số: 27/KH-UBND Đặc lấp = Tự sa ^ PhạnfL phốt:

Lam Khê, ngày 19 tháng 01 năm 2027

KẾ HOẠCH
Hỗ trợ học nghề cho thanh niên xuất ngũ năm 2027
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_pages_posting_stamp_is_not_the_plans_date():
    """ "Thứ Năm, 21/01/2027 - 15:42" says when the page was posted; the plan was issued on its place-date line's
    date, and that line names its province; a date with its place and no stamp is still read."""
    m = extract_metadata("lamkhe-anh-chup.webp", normalize_text(PORTAL_SCREENSHOT))
    assert (m.number, m.date, m.province) == ("27/KH-UBND", "2027-01-19", "Lam Khê")
    numeric = PORTAL_SCREENSHOT.replace("Lam Khê, ngày 19 tháng 01 năm 2027", "Lam Khê, 19/01/2027")
    assert extract_metadata("lamkhe.webp", normalize_text(numeric)).date == "2027-01-19"


def test_the_header_zone_keeps_a_party_number_above_the_motto():
    m = extract_metadata("baoan-ctr.txt", PARTY_HEADER)
    assert (m.number, m.province, m.date) == ("18-CTr/TU", "Bảo An", "2026-01-12")
    assert m.issuer == "Ban Thường vụ Tỉnh ủy Bảo An"


def test_placeholder_table_values_are_ignored():
    text = "Số hiệu: Đang cập nhật\nNgười ký: Đang cập nhật\nLoại văn bản: Văn bản khác\n" + DANANG
    m = extract_metadata("danang-web.txt", text)
    assert (m.number, m.signer, m.doc_type) == ("12/KH-UBND", "Trần Thị Bình", "Kế hoạch")


DECISION_AND_PLAN = """UBND THÀNH PHỐ HOA BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1024/QĐ-UBND
Hoa Biên, ngày 9 tháng 10 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch tuyển sinh giáo dục nghề nghiệp năm 2025
ỦY BAN NHÂN DÂN THÀNH PHỐ HOA BIÊN
Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyển sinh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đặng Quốc Việt
UBND THÀNH PHỐ HOA BIÊN
KẾ HOẠCH
TUYỂN SINH GIÁO DỤC NGHỀ NGHIỆP
NĂM 2025
(Kèm theo Quyết định số 1024/QĐ-UBND ngày 09/10/2024 của UBND thành phố)
I. MỤC TIÊU
1. Tuyển sinh 40.000 người.
"""


def test_decision_issuing_a_plan():
    m = _all_renderings("hoabien-qd.txt", DECISION_AND_PLAN)
    assert (m.doc_type, m.issues) == ("Quyết định", "Kế hoạch")
    assert (m.number, m.date, m.year, m.province) == ("1024/QĐ-UBND", "2024-10-09", 2024, "Hoa Biên")
    assert m.issuer == "Ủy ban nhân dân thành phố Hoa Biên"
    assert m.title == "TUYỂN SINH GIÁO DỤC NGHỀ NGHIỆP NĂM 2025"  # the plan's own title, as written
    assert (m.signer, m.signer_role) == ("Đặng Quốc Việt", "Chủ tịch")
    assert m.label == (
        "Kế hoạch TUYỂN SINH GIÁO DỤC NGHỀ NGHIỆP NĂM 2025 "
        "(ban hành kèm Quyết định 1024/QĐ-UBND ngày 09/10/2024, Hoa Biên)"
    )


def test_the_header_of_the_plan_a_decision_issues_does_not_sign_the_decision():
    """A PDF reads the plan's two-column header line by line after the decision's signature: "VIỆT NAM" is no
    signer."""
    text = DECISION_AND_PLAN.replace("Đặng Quốc Việt\nUBND THÀNH PHỐ HOA BIÊN\n", "Đặng Quốc Việt\n\nỦY BAN NHÂN DÂN\n"
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nTHÀNH PHỐ HOA BIÊN\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    m = extract_metadata("hoabien-qd.txt", text)
    assert (m.doc_type, m.issues, m.signer, m.signer_role) == ("Quyết định", "Kế hoạch", "Đặng Quốc Việt", "Chủ tịch")


# A decision approving a school's scheme, the scheme in the same file with its own header, number and signature;
# its note says the scheme was approved with the decision ("Được phê duyệt kèm theo …").
DECISION_AND_SCHOOL_SCHEME = """\
ỦY BAN NHÂN DÂN TỈNH LAM VIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/QĐ-UBND
Lam Viên, ngày 02 tháng 4 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án tự chủ của Trường Cao đẳng Nghề Lam Viên giai đoạn 2026 - 2030
ỦY BAN NHÂN DÂN TỈNH LAM VIÊN
Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án tự chủ của Trường Cao đẳng Nghề Lam Viên giai đoạn 2026 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hà Minh Tâm
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG CAO ĐẲNG NGHỀ LAM VIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 04/ĐA-CĐNLV
Lam Viên, ngày 15 tháng 01 năm 2026
ĐỀ ÁN
Tự chủ của Trường Cao đẳng Nghề Lam Viên giai đoạn 2026 - 2030
(Được phê duyệt kèm theo Quyết định số 215/QĐ-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Lam Viên)
Chương I. SỰ CẦN THIẾT
Trường tự bảo đảm 60% chi thường xuyên từ năm 2027.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
HIỆU TRƯỞNG
Lý Thị Ngân
"""


def test_a_scheme_approved_with_a_decision_is_signed_for_by_the_decisions_signer():
    """The decision's Phó Chủ tịch signs the file; the principal signs only the scheme the decision approves."""
    m = extract_metadata("lamvien-qd-de-an.txt", DECISION_AND_SCHOOL_SCHEME)
    assert (m.doc_type, m.issues, m.number) == ("Quyết định", "Đề án", "215/QĐ-UBND")
    assert (m.signer, m.signer_role) == ("Hà Minh Tâm", "Phó Chủ tịch")
    assert m.label.startswith("Đề án tự chủ của Trường Cao đẳng Nghề Lam Viên giai đoạn 2026 - 2030 (ban hành kèm "
                              "Quyết định 215/QĐ-UBND")


def test_a_committees_decision_signs_the_rules_it_issues_after_it():
    """A steering committee's decision issuing its Quy chế in one file: the rules follow the decision's
    signature under a national header of their own and close unsigned; the decision's signer signs it."""
    text = """UBND TỈNH VÂN KHÁNH
BAN CHỈ ĐẠO GDNN VÀ GQVL
Số: 15/QĐ-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vân Khánh, ngày 18 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Ban Chỉ đạo
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
PHÓ CHỦ TỊCH UBND TỈNH
Lâm Quốc Thịnh
UBND TỈNH VÂN KHÁNH
BAN CHỈ ĐẠO GDNN VÀ GQVL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUY CHẾ
Hoạt động của Ban Chỉ đạo
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc làm việc của Ban Chỉ đạo.
""" + "Điều 2. Chế độ họp\nBan Chỉ đạo họp định kỳ mỗi quý một lần.\n" * 20
    m = extract_metadata("vankhanh-qd.txt", text)
    assert (m.doc_type, m.number, m.signer, m.signer_role) == ("Quyết định", "15/QĐ-BCĐ", "Lâm Quốc Thịnh", "Phó Chủ tịch")
    # a text that stops before any signature still has none
    assert extract_metadata("vankhanh-qd.txt", text.split("Nơi nhận:")[0]).signer == ""


def test_decision_without_the_plan_text_takes_the_title_it_issues():
    decision_only = DECISION_AND_PLAN.split("UBND THÀNH PHỐ HOA BIÊN\nKẾ HOẠCH")[0]
    m = extract_metadata("hoabien-qd.txt", decision_only)
    assert (m.doc_type, m.issues) == ("Quyết định", "Kế hoạch")
    assert m.title == "Tuyển sinh giáo dục nghề nghiệp năm 2025"
    assert m.label == (
        "Kế hoạch tuyển sinh giáo dục nghề nghiệp năm 2025 (ban hành kèm Quyết định 1024/QĐ-UBND ngày 09/10/2024, Hoa Biên)"
    )
    undated = apply_sidecar(m, {"date": ""})
    assert undated.label.endswith("(ban hành kèm Quyết định 1024/QĐ-UBND, Hoa Biên, 2024)")


def test_decision_that_issues_nothing():
    text = DECISION_AND_PLAN.split("UBND THÀNH PHỐ HOA BIÊN\nKẾ HOẠCH")[0].replace(
        "Về việc ban hành Kế hoạch tuyển sinh giáo dục nghề nghiệp năm 2025", "Về việc giao chỉ tiêu tuyển sinh năm 2025"
    )
    m = extract_metadata("hoabien-qd.txt", text)
    assert (m.doc_type, m.issues, m.title) == ("Quyết định", "", "Về việc giao chỉ tiêu tuyển sinh năm 2025")
    assert m.label == "Quyết định 1024/QĐ-UBND ngày 09/10/2024 (Hoa Biên)"


def test_resolution_of_a_provincial_council():
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH SÔNG MÂY\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/2024/NQ-HĐND\nSông Mây, ngày 10 tháng 12 năm 2024\n"
        "NGHỊ QUYẾT\nQuy định chính sách hỗ trợ đào tạo nghề cho lao động nông thôn giai đoạn 2025 - 2030\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG MÂY\nKHÓA XVII, KỲ HỌP THỨ 22\n"
        "Căn cứ Luật Giáo dục nghề nghiệp;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\n"
        "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn Hải\n"
    )
    m = _all_renderings("songmay-nq.txt", text)
    assert (m.doc_type, m.issues) == ("Nghị quyết", "")
    assert (m.number, m.number_suffix, m.date) == ("15/2024/NQ-HĐND", "NQ-HĐND", "2024-12-10")
    assert m.issuer == "Hội đồng nhân dân tỉnh Sông Mây"
    assert m.title == "Quy định chính sách hỗ trợ đào tạo nghề cho lao động nông thôn giai đoạn 2025 - 2030"
    assert (m.signer, m.signer_role) == ("Nguyễn Văn Hải", "Chủ tịch")
    assert m.label == "Nghị quyết 15/2024/NQ-HĐND ngày 10/12/2024 (Sông Mây)"


def test_action_programme():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG\nSố: 08/CTr-UBND\nTrà Giang, ngày 15 tháng 01 năm 2024\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Chỉ thị số 37-CT/TW về đổi mới công tác đào tạo nghề\n"
        "Căn cứ Chỉ thị số 37-CT/TW;\nI. MỤC TIÊU\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nVõ Minh Tâm\n"
    )
    m = extract_metadata("tragiang-ctr.txt", text)
    assert (m.doc_type, m.number, m.province) == ("Chương trình", "08/CTr-UBND", "Trà Giang")
    assert m.title == "Thực hiện Chỉ thị số 37-CT/TW về đổi mới công tác đào tạo nghề"
    assert (m.signer, m.signer_role) == ("Võ Minh Tâm", "Phó Chủ tịch thường trực")
    assert m.label == "Chương trình 08/CTr-UBND ngày 15/01/2024 (Trà Giang)"


@pytest.mark.parametrize(("number", "doc_type"), [("12/ĐA-UBND", "Đề án"), ("4/CTr-UBND", "Chương trình"), ("7/QĐ-UBND", "Quyết định")])
def test_type_from_the_number_without_a_type_heading(number, doc_type):
    m = extract_metadata("x.txt", f"Số: {number}\nHoa Biên, ngày 2 tháng 5 năm 2024\nCăn cứ Luật;\n")
    assert (m.doc_type, m.number) == (doc_type, number)
    assert m.label == f"{doc_type} {number} ngày 02/05/2024 (Hoa Biên)"


COMMUNE = (
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XÃ TÂN LẬP          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 27/KH-UBND          Tân Lập, ngày 09 tháng 02 năm 2026\nKẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn "
    "xã Tân Lập năm 2026\nCăn cứ Kế hoạch số 318/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Phú Thọ về đào "
    "tạo nghề cho lao động nông thôn năm 2026;\nMục 1. MỤC ĐÍCH, YÊU CẦU\n1.1 Mục đích\nNâng cao chất lượng.\n"
)


def test_a_commune_s_plan_is_of_the_province_whose_plan_it_implements():
    m = extract_metadata("tanlap.txt", COMMUNE)
    assert (m.place, m.province, m.issuer) == ("Tân Lập", "Phú Thọ", "Ủy ban nhân dân xã Tân Lập")
    assert m.label == "Kế hoạch 27/KH-UBND ngày 09/02/2026 (xã Tân Lập, Phú Thọ)"
    # so a question naming the province is asked of it, not refused for want of a plan of Phú Thọ
    scope = resolve_scope("Xã Tân Lập, tỉnh Phú Thọ đào tạo nghề cho bao nhiêu người năm 2026?", {m.doc: m})
    assert scope.docs == ("tanlap.txt",) and not scope.out_of_scope
    district = COMMUNE.replace("XÃ TÂN LẬP", "HUYỆN TÂN LẬP")
    assert extract_metadata("tanlap.txt", district).issuer == "Ủy ban nhân dân huyện Tân Lập"
    # a province's own committee is no local one
    assert extract_metadata("x.txt", COMMUNE.replace("XÃ TÂN LẬP", "TỈNH TÂN LẬP")).issuer == (
        "Ủy ban nhân dân tỉnh Tân Lập")


def test_department_header_naming_its_province():
    text = (
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LAM GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 61/KH-SLĐTBXH\nLam Giang, ngày 2 tháng 6 năm 2024\n"
        "KẾ HOẠCH\nTổ chức Ngày hội tư vấn tuyển sinh năm 2024\nCăn cứ Kế hoạch số 12/KH-UBND;\nI. MỤC ĐÍCH\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLÊ THỊ HOA\n"
    )
    m = extract_metadata("lamgiang.txt", text)
    assert (m.doc_type, m.number, m.province) == ("Kế hoạch", "61/KH-SLĐTBXH", "Lam Giang")
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Lam Giang"
    assert (m.signer, m.signer_role) == ("Lê Thị Hoa", "Phó Giám đốc")


def test_city_place_line_in_capitals():
    text = "Số: 21/KH-UBND\nTHÀNH PHỐ HOA BIÊN, ngày 3 tháng 6 năm 2024\nKẾ HOẠCH\nĐào tạo nghề năm 2024\nCăn cứ Luật;\n"
    m = extract_metadata("hoabien.txt", text)
    assert (m.place, m.province) == ("Thành phố Hoa Biên", "Hoa Biên")
    assert m.issuer == "Ủy ban nhân dân thành phố Hoa Biên"
    assert m.label == "Kế hoạch 21/KH-UBND ngày 03/06/2024 (Hoa Biên)"


@pytest.mark.parametrize(
    ("line", "date_text"),
    [("Hoa Biên, ngày 05/4/2024", "ngày 05/4/2024"), ("Hoa Biên, 05/04/2024", "05/04/2024")],
)
def test_numeric_date_in_the_place_line(line, date_text):
    m = extract_metadata("hoabien.txt", f"UBND TỈNH HOA BIÊN\nSố: 3/KH-UBND\n{line}\nKẾ HOẠCH\nĐào tạo nghề\n")
    assert (m.place, m.date, m.date_text, m.year) == ("Hoa Biên", "2024-04-05", date_text, 2024)
    assert m.province == "Hoa Biên"


def test_signer_in_a_borderless_table():
    text = (
        "| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KGVX (Hg). | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n"
        "Hoàng Thị Minh Nguyệt |\n"
    )
    m = _all_renderings("x.txt", "KẾ HOẠCH\nĐào tạo nghề\nCăn cứ Luật;\nI. MỤC TIÊU\n" + text)
    assert (m.signer, m.signer_role) == ("Hoàng Thị Minh Nguyệt", "Phó Chủ tịch")


def test_a_signature_ocr_read_across_the_recipients_beside_it():
    """A scan's last page: OCR reads the "Nơi nhận" column and the signature beside it across, line by line; the
    title ends a recipients' line ("KT." read "KT,"), the deputy's title is garbled, a speck stands before the
    name, and an annex follows. The signer and the title he signs with are still read."""
    closing = ("Trên đây là Kế hoạch của Sở.\nTPND Hai (để bíc) KT, GIÁM ĐỐC\n- Sở Nội vụ; Sở Tài chính; PHO GIAM ĐỌC\n"
               "- Liên đoàn Lao động tỉnh; ị\n- Lưu: VT, GDNN-GDTX.\n.. Vi Quốc Thắng\nPHỤ LỤC\nLỊCH TỔ CHỨC\n"
               "| Đợt 1 | Điện công nghiệp | 09/6/2029 |\n")
    m = extract_metadata("x.txt", "KẾ HOẠCH\nĐánh giá kỹ năng nghề\nI. MỤC ĐÍCH\nNội dung.\n" + closing)
    assert (m.signer, m.signer_role) == ("Vi Quốc Thắng", "Phó Giám đốc")
    # the name read at the end of a recipients' line, past a speck
    closing = ("Nơi nhận: _ KT. CHỦ TỊCH\n- Sở Giáo dục và Đào tạo (b/c); š 3 PHÓ CHỦ TỊCH\n"
               "~ Trưởng các thôn (niêm yết); Trang TTĐT xã; đc Hà Văn Quyết\n- Lưu: VT, VHXH. s $\n")
    m = extract_metadata("x.txt", "THÔNG BÁO\nChiêu sinh\n1. Đối tượng\nNội dung.\n" + closing)
    assert (m.signer, m.signer_role) == ("Hà Văn Quyết", "Phó Chủ tịch")


@pytest.mark.parametrize(
    ("block", "role"),
    [
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Nam", "Chủ tịch"),
        ("Q. GIÁM ĐỐC\nTrần Văn Nam", "Quyền Giám đốc"),
        ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nTrần Văn Nam", "Chánh văn phòng"),
        ("PHÓ CHỦ TỊCH Trần Văn Nam", "Phó Chủ tịch"),
        # the deputy's own title line unread: who signs for ("ký thay") the chairman is a vice-chairman
        ("KT. CHỦ TỊCH\nTrần Văn Nam", "Phó Chủ tịch"),
        # its "PHÓ" lost under a stamp: the one who signs for the principal is the deputy
        ("KT. GIÁM ĐỐC\nEHÓ'GIÁM ĐỐC\nTrần Văn Nam", "Phó Giám đốc"),
        ("KT. BỘ TRƯỞNG\nBỘ TRƯỞNG\nTrần Văn Nam", "Thứ trưởng"),
        ("Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\nTrần Văn Nam", ""),
    ],
)
def test_signer_role(block, role):
    m = extract_metadata("x.txt", "KẾ HOẠCH\nĐào tạo nghề\nI. MỤC TIÊU\n" + block + "\n")
    assert (m.signer, m.signer_role) == ("Trần Văn Nam", role)



@pytest.mark.parametrize("name", ["TS. Trần Văn Nam", "PGS.TS. Trần Văn Nam", "ThS. Trần Văn Nam",
                                  "NGƯT. Trần Văn Nam"])
def test_a_signers_academic_title_is_no_part_of_the_name(name):
    """A college's plan is signed "HIỆU TRƯỞNG / TS. Vũ Đình Khang": the name after the title signs."""
    m = extract_metadata("x.txt", f"KẾ HOẠCH\nTự đánh giá\nI. MỤC TIÊU\nNơi nhận:\n- Lưu: VT.\nHIỆU TRƯỞNG\n{name}\n")
    assert (m.signer, m.signer_role) == ("Trần Văn Nam", "Hiệu trưởng")

def test_signature_before_a_long_annex_and_a_name_with_thành():
    rows = "".join(f"| {i} | Nhiệm vụ {i} | Sở Nội vụ | Quý II/2025 |\n" for i in range(1, 30))
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM THÀNH\nSố: 112/KH-UBND\nNam Thành, ngày 05 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "Đào tạo nghề\nI. MỤC TIÊU\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Trần Thị Bình\nPhụ lục: Phân công nhiệm vụ\n| TT | Nhiệm vụ | Chủ trì | Thời gian |\n" + rows
    )
    m = extract_metadata("namthanh.txt", text)
    assert (m.province, m.issuer) == ("Nam Thành", "Ủy ban nhân dân tỉnh Nam Thành")
    assert (m.signer, m.signer_role) == ("Trần Thị Bình", "Phó Chủ tịch")


def test_a_motto_misread_by_ocr_ends_the_province_name():
    text = "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/QĐ-UBND\n\nĐông Sơn, ngày 2 tháng 3 năm 2026"
    m = extract_metadata("ds.txt", normalize_text(text))
    assert (m.province, m.issuer) == ("Đông Sơn", "Ủy ban nhân dân tỉnh Đông Sơn")


def test_a_joint_plan_of_two_bodies():
    m = extract_metadata("lamha-2026-khlt.txt", normalize_text(JOINT_PLAN))
    assert (m.doc_type, m.number, m.date, m.province) == ("Kế hoạch", "05/KHLT-SNV-HLHPN", "2026-01-20", "Lam Hà")
    assert m.title == "Phối hợp đào tạo nghề và giải quyết việc làm cho phụ nữ nông thôn giai đoạn 2026 - 2030"
    assert (m.signer, m.signer_role) == ("Trần Văn Hòa (Giám đốc Sở Nội vụ) và Lê Thị Mai (Chủ tịch)", "")  # both bodies sign


def test_a_joint_documents_header_names_each_party_in_its_order():
    """A joint document's header holds each party's block side by side (a Sở under its province, the Women's Union's
    standing body above its name, a Youth Union first): both parties issue it, in the header's order."""
    def issuer(header: str) -> str:
        head = "SỞ NỘI VỤ TỈNH LAM HÀ\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM HÀ\n"
        return extract_metadata("lamha-2026-khlt.txt", normalize_text(JOINT_PLAN.replace(head, header))).issuer

    assert issuer("SỞ NỘI VỤ TỈNH LAM HÀ\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM HÀ\n") == (
        "Sở Nội vụ tỉnh Lam Hà và Hội Liên hiệp Phụ nữ tỉnh Lam Hà")
    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH LAM HÀ\nSỞ NỘI VỤ\nHỘI LHPN VIỆT NAM\nBAN THƯỜNG VỤ\nHỘI LHPN TỈNH LAM HÀ\n") == (
        "Sở Nội vụ tỉnh Lam Hà và Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Lam Hà")
    assert issuer("TỈNH ĐOÀN LAM HÀ\n***\nUBND TỈNH LAM HÀ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n") == (
        "Tỉnh đoàn Lam Hà và Sở Giáo dục và Đào tạo tỉnh Lam Hà")
    assert issuer("UBND TỈNH LAM HÀ\nSỞ NỘI VỤ\n") == "Sở Nội vụ tỉnh Lam Hà"  # one party


def test_a_joint_guidance_signed_side_by_side_before_its_forms():
    """Two departments sign side by side (read left column first), each name under its title and department, and
    blank forms ("Mẫu số 01") follow the signature: each signer named with the department they sign for, a
    Central Highlands name ("Y Thuận Byă") read as one, the two departments as the issuer."""
    text = (
        "UBND TỈNH VỌNG NAM\nSỞ NỘI VỤ - SỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/HDLS-SNV-STC\nVọng Nam, ngày 12 tháng 02 năm 2026\nHƯỚNG DẪN LIÊN SỞ\n"
        "Thực hiện chính sách hỗ trợ đào tạo trình độ sơ cấp năm 2026\nI. PHẠM VI\nNgười học được hỗ trợ.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSỞ TÀI CHÍNH\nĐinh Quang Trung\nGIÁM ĐỐC\nSỞ NỘI VỤ\nY Thuận Byă\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
        + "".join(f"Mẫu số 0{k}\nDANH SÁCH ĐỀ NGHỊ HỖ TRỢ\n| STT | Họ và tên | Ngày sinh | Nghề đăng ký học |\n"
                  + "| | | | |\n" * 15 + "Xác nhận của UBND xã\n(Ký tên, đóng dấu)\n" for k in (1, 2, 3))
    )
    m = extract_metadata("vongnam.doc", normalize_text(text))
    assert (m.doc_type, m.title) == ("Hướng dẫn", "Thực hiện chính sách hỗ trợ đào tạo trình độ sơ cấp năm 2026")
    assert m.issuer == "Sở Nội vụ - Sở Tài chính tỉnh Vọng Nam"
    assert (m.signer, m.signer_role) == ("Đinh Quang Trung (Phó Giám đốc Sở Tài chính) và Y Thuận Byă (Giám đốc Sở Nội vụ)", "")


# A three-party agreement (Thỏa thuận hợp tác): no place-date line, its number under its title, a signature table.
AGREEMENT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THỎA THUẬN HỢP TÁC
Về đào tạo nghề và tuyển dụng lao động ngành may giai đoạn 2026 - 2028
Số: 07/TTHT-SNV
Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;
Căn cứ Kế hoạch số 45/KH-UBND ngày 10 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Kim Thành về phát triển nguồn nhân lực ngành dệt may;
Hôm nay, ngày 18 tháng 5 năm 2026, tại Sở Nội vụ tỉnh Kim Thành, chúng tôi gồm:
BÊN A: SỞ NỘI VỤ TỈNH KIM THÀNH
Địa chỉ: số 12 đường Lê Lợi, phường Kim Sơn, tỉnh Kim Thành.
Đại diện: Ông Trương Văn Hiếu, Chức vụ: Giám đốc.
BÊN B: CÔNG TY CỔ PHẦN MAY KIM THÀNH XANH
Địa chỉ: Khu công nghiệp Nam Kim, xã Kim Lộc, tỉnh Kim Thành. Mã số doanh nghiệp: 2901234567.
Đại diện: Bà Nguyễn Thị Hồng Vân, Chức vụ: Tổng Giám đốc.
BÊN C: TRƯỜNG TRUNG CẤP NGHỀ KIM THÀNH
Địa chỉ: số 88 đường Trần Phú, phường Kim Sơn, tỉnh Kim Thành.
Đại diện: Ông Lê Minh Khang, Chức vụ: Hiệu trưởng.
Các Bên thống nhất ký kết Thỏa thuận hợp tác với các nội dung sau:
Điều 1. Mục đích hợp tác
Đào tạo, cung ứng lao động có kỹ năng nghề may cho Bên B, góp phần giải quyết việc làm cho lao động nông thôn của tỉnh.
Điều 2. Nội dung hợp tác
1. Bên C đào tạo trình độ sơ cấp nghề May công nghiệp cho 300 người mỗi năm, tổng cộng 900 người trong giai đoạn 2026 - 2028.
2. Bên B tiếp nhận 100% học viên tốt nghiệp vào làm việc với mức lương khởi điểm không thấp hơn 6.500.000 đồng/tháng.
3. Bên B cấp 40 suất học bổng mỗi năm, mỗi suất 3.000.000 đồng, cho học viên thuộc hộ nghèo.
Điều 3. Trách nhiệm của Bên A
1. Chủ trì tuyên truyền, tư vấn tuyển sinh tại các xã; phối hợp với Ủy ban nhân dân các xã lập danh sách người có nhu cầu học nghề trước ngày 30 tháng 6 hằng năm.
2. Bố trí kinh phí hỗ trợ chi phí đào tạo từ nguồn ngân sách tỉnh theo quy định, tối đa 4.000.000 đồng/người/khóa học.
3. Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Thỏa thuận trước ngày 15 tháng 12 hằng năm.
Điều 4. Trách nhiệm của Bên B
1. Cử 10 kỹ thuật viên tham gia hướng dẫn thực hành tại xưởng của Bên C.
2. Bố trí chỗ thực tập có trả lương 2.000.000 đồng/tháng cho học viên trong 01 tháng cuối khóa.
3. Thông báo nhu cầu tuyển dụng của năm sau cho Bên A và Bên C trước ngày 31 tháng 10 hằng năm.
Điều 5. Trách nhiệm của Bên C
1. Xây dựng chương trình đào tạo nghề May công nghiệp 03 tháng, hoàn thành trước ngày 31 tháng 7 năm 2026.
2. Tổ chức tuyển sinh, đào tạo, cấp chứng chỉ sơ cấp cho học viên đạt yêu cầu.
Điều 6. Hiệu lực thi hành
Thỏa thuận có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2028. Thỏa thuận được lập thành 06 bản có giá trị như nhau, mỗi Bên giữ 02 bản.
ĐẠI DIỆN BÊN A | ĐẠI DIỆN BÊN B | ĐẠI DIỆN BÊN C
GIÁM ĐỐC | TỔNG GIÁM ĐỐC | HIỆU TRƯỞNG
Trương Văn Hiếu | Nguyễn Thị Hồng Vân | Lê Minh Khang
"""


def test_an_agreement_of_three_parties_is_dated_numbered_and_signed_as_made():
    """A Thỏa thuận hợp tác has no place-date line: "Hôm nay, ngày 18 tháng 5 năm 2026, tại …" dates it; its number
    stands under its title; a signature table read row by row pairs each name with its column's title and party."""
    m = extract_metadata("kimthanh.txt", normalize_text(AGREEMENT))
    assert (m.doc_type, m.number, m.date) == ("Thỏa thuận", "07/TTHT-SNV", "2026-05-18")
    assert m.signer == ("Trương Văn Hiếu (Giám đốc, đại diện Bên A) và Nguyễn Thị Hồng Vân (Tổng giám đốc, đại diện "
                        "Bên B) và Lê Minh Khang (Hiệu trưởng, đại diện Bên C)")


def test_each_column_of_a_joint_signature_holding_its_title_and_name_signs():
    """A joint plan's signature table, each cell its body's title and signer ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ
    Huỳnh Thị Mỹ Duyên"): each name is read past the capitals of the body it signs for."""
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO | TỈNH ĐOÀN VĨNH AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KHLT-SGDĐT-TĐ | "
            "Vĩnh An, ngày 05 tháng 8 năm 2026\nKẾ HOẠCH LIÊN TỊCH\nTư vấn hướng nghiệp năm 2026\nI. MỤC TIÊU\n"
            "Tư vấn cho 5.000 học sinh.\nTrên đây là Kế hoạch liên tịch./.\n| TM. BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ Huỳnh "
            "Thị Mỹ Duyên | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lư Văn Khải |\nNơi nhận:\n- Lưu: VT.\n")
    m = extract_metadata("vinhan.txt", normalize_text(text))
    assert m.signer == "Huỳnh Thị Mỹ Duyên (Phó Bí thư) và Lư Văn Khải (Phó Giám đốc)"


def test_an_agreements_signers_read_across_its_columns_by_a_scan_are_cut_at_family_names():
    """OCR reads a borderless signature table across: one line of parties, one of titles, one of names. The names are
    cut one a party where family names open them; a given name that is also a family name ("Hồng Mai") is cut last."""
    scanned = AGREEMENT.split("ĐẠI DIỆN BÊN A |")[0] + (
        "ĐẠI DIỆN BÊN A ĐẠI DIỆN BÊN B ĐẠI DIỆN BÊN C\n\nGIÁM ĐỐC TỔNG GIÁM ĐỐC HIỆU TRƯỞNG\n\n"
        "Trương Văn Hiếu Nguyễn Thị Hồng Mai Lê Minh Khang\n")
    m = extract_metadata("kimthanh.pdf", normalize_text(scanned))
    assert m.signer == ("Trương Văn Hiếu (đại diện Bên A) và Nguyễn Thị Hồng Mai (đại diện Bên B) và Lê Minh Khang "
                        "(đại diện Bên C)")


def test_minutes_are_a_record_not_a_plan():
    text = ("BAN CHỈ ĐẠO GDNN TỈNH HÒA AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/BB-BCĐ | Độc lập - Tự do - Hạnh "
            "phúc\nBIÊN BẢN\nHọp Ban Chỉ đạo phát triển giáo dục nghề nghiệp tỉnh\nVào hồi 14 giờ 00, ngày 09 tháng 3 năm "
            "2026, tại Hội trường Sở Nội vụ, Ban Chỉ đạo họp.\nI. NỘI DUNG\nSở Nội vụ báo cáo kết quả.\n")
    m = extract_metadata("hoaan.txt", normalize_text(text))
    assert (m.doc_type, m.number, m.date) == ("Biên bản", "05/BB-BCĐ", "2026-03-09")


INVITATION = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH HÒA AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/GM-SGDĐT
Hòa An, ngày 12 tháng 5 năm 2026
GIẤY MỜI
Dự Ngày hội tư vấn tuyển sinh giáo dục nghề nghiệp năm 2026
Sở Giáo dục và Đào tạo trân trọng kính mời đại diện lãnh đạo các trường cao đẳng, trung cấp trên địa bàn tỉnh dự Ngày hội.
1. Thời gian: 07 giờ 30 phút, ngày 23/5/2026.
2. Địa điểm: Nhà văn hóa tỉnh Hòa An.
3. Các trường gửi danh sách gian hàng về Phòng Giáo dục nghề nghiệp trước ngày 18/5/2026.
Nơi nhận:
- Như thành phần mời;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lương Văn Toàn
"""


def test_an_invitation_is_a_giay_moi_with_its_number_title_and_signer():
    """An office's or a Sở's "GIẤY MỜI" (21/GM-SGDĐT) is a document type of its own, no plan."""
    m = extract_metadata("hoaan-giay-moi.txt", normalize_text(INVITATION))
    assert (m.doc_type, m.number, m.date) == ("Giấy mời", "21/GM-SGDĐT", "2026-05-12")
    assert m.title == "Dự Ngày hội tư vấn tuyển sinh giáo dục nghề nghiệp năm 2026"
    assert (m.signer, m.signer_role) == ("Lương Văn Toàn", "Phó Giám đốc")


STYLES = Path(__file__).resolve().parent / "data" / "styles"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("lamson-2024-kh-phan-gdnn.txt", ("Kế hoạch", "", "87/KH-UBND", "2024-01-18", "Lam Sơn", "Lê Thị Hồng Vân", "Phó Chủ tịch")),
        ("phuha-2023-web-copy.txt", ("Kế hoạch", "", "153/KH-UBND", "2019-08-21", "Phú Hà", "Nguyễn Văn Thạch", "Phó Chủ tịch")),
        ("tayking-2025-qd-chuong-dieu.txt",
         ("Quyết định", "Kế hoạch", "618/QĐ-UBND", "2025-03-05", "Tây Kinh", "Đoàn Minh Triết", "Phó Chủ tịch")),
    ],
)
def test_house_style_plans(name, expected):
    path = STYLES / name
    if not path.is_file():
        pytest.skip(f"house-style plan not present: {path}")
    m = extract_metadata(name, normalize_text(path.read_text(encoding="utf-8")))
    assert (m.doc_type, m.issues, m.number, m.date, m.province, m.signer, m.signer_role) == expected


BACHVAN = Path(__file__).resolve().parents[2] / "shared" / "corpus-extra" / "bachvan-2025-qd-ke-hoach-gdnn.txt"


@pytest.mark.skipif(not BACHVAN.is_file(), reason=f"shared corpus not present: {BACHVAN}")
def test_bachvan_decision_issuing_its_plan():
    m = _all_renderings(BACHVAN.name, BACHVAN.read_text(encoding="utf-8"))
    assert (m.doc_type, m.issues) == ("Quyết định", "Kế hoạch")
    assert (m.number, m.date, m.date_text, m.year) == ("647/QĐ-UBND", "2025-03-24", "ngày 24 tháng 3 năm 2025", 2025)
    assert (m.place, m.province, m.issuer) == ("Bạch Vân", "Bạch Vân", "Ủy ban nhân dân tỉnh Bạch Vân")
    assert m.title == "Phát triển giáo dục nghề nghiệp và đào tạo nghề tỉnh Bạch Vân năm 2025"
    assert (m.signer, m.signer_role) == ("Hoàng Thị Minh Nguyệt", "Phó Chủ tịch")
    assert m.label == (
        "Kế hoạch phát triển giáo dục nghề nghiệp và đào tạo nghề tỉnh Bạch Vân năm 2025 "
        "(ban hành kèm Quyết định 647/QĐ-UBND ngày 24/03/2025, Bạch Vân)"
    )


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
    retyped = apply_sidecar(fixed, {"doc_type": "Đề án", "signer_role": "Phó Chủ tịch"})
    assert (retyped.label, retyped.signer_role) == ("Đề án 123/KH-UBND ngày 15/03/2023 (Hải Phòng)", "Phó Chủ tịch")
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


@pytest.mark.parametrize(("header", "province"), [
    ("ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ HÀ TRUNG\n\nSố: 112/CTr-UBND", "Hà Trung"),
    ("ỦY BAN NHÂN DÂN\n\nTỈNH TRUNG SƠN\n\nSố: 12/KH-UBND", "Trung Sơn"),
    ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ GIANG TRUNG TÂM DỊCH VỤ VIỆC LÀM\n\nSố: 5/KH-TTDVVL", "Hà Giang"),
])
def test_a_place_name_with_trung_is_whole_and_trung_tam_still_ends_it(header, province):
    text = normalize_text(f"{header}\n\nKẾ HOẠCH\n\nĐào tạo nghề năm 2024\n")
    assert extract_metadata("plan.txt", text).province == province


# ---------------------------------------------------------------- a party committee's programme

PARTY_PROGRAMME = """ĐẢNG BỘ TỈNH TÂN LĨNH
BAN THƯỜNG VỤ TỈNH ỦY
*
Số 27-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lĩnh, ngày 05 tháng 6 năm 2025
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương về phát triển nhân lực đến năm 2030
Thực hiện Nghị quyết số 21-NQ/TW ngày 12/01/2025 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:
I- MỤC TIÊU
Đến năm 2030: tuyển sinh, đào tạo nghề cho 125.000 lượt người.
II- TỔ CHỨC THỰC HIỆN
1- Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chương trình trong quý III/2025.
2- Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành chính sách hỗ trợ học nghề.
3- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh tuyên truyền Chương trình.
4- Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Lê Văn Hùng
Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Lưu Văn phòng Tỉnh ủy.
"""


def test_a_party_committees_programme_has_its_number_issuer_and_signer():
    meta = _all_renderings("tanlinh-ctr.txt", PARTY_PROGRAMME)
    assert (meta.number, meta.doc_type, meta.date) == ("27-CTr/TU", "Chương trình", "2025-06-05")
    assert (meta.province, meta.issuer) == ("Tân Lĩnh", "Ban Thường vụ Tỉnh ủy Tân Lĩnh")
    assert (meta.signer, meta.signer_role) == ("Lê Văn Hùng", "Phó Bí thư thường trực")  # T/M names the principal


@pytest.mark.parametrize(
    ("header", "issuer", "province"),
    [
        ("ĐẢNG BỘ TỈNH TÂN LĨNH\nTỈNH ỦY\n*\nSố 27-CTr/TU", "Tỉnh ủy Tân Lĩnh", "Tân Lĩnh"),
        ("ĐẢNG BỘ THÀNH PHỐ HOA BIÊN\nTHÀNH ỦY\n*\nSố: 08-NQ/TU", "Thành ủy Hoa Biên", "Hoa Biên"),
    ],
)
def test_party_headers_name_the_committee(header, issuer, province):
    meta = extract_metadata("x.txt", PARTY_PROGRAMME.replace("ĐẢNG BỘ TỈNH TÂN LĨNH\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 27-CTr/TU", header))
    assert (meta.issuer, meta.province) == (issuer, province)


# ---------------------------------------------------------------- a mass organisation's plan

UNION_PLAN = """TỈNH ĐOÀN NGÂN HÀ
BAN THƯỜNG VỤ
***
Số: 152-KH/TĐTN-TNTH
ĐOÀN TNCS HỒ CHÍ MINH
Ngân Hà, ngày 16 tháng 01 năm 2026
KẾ HOẠCH
Tư vấn hướng nghiệp và giới thiệu việc làm cho thanh niên năm 2026
Thực hiện Kế hoạch số 318/KH-UBND ngày 26/12/2025 của UBND tỉnh, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Tư vấn hướng nghiệp cho ít nhất 12.000 đoàn viên, thanh niên.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
PHÓ BÍ THƯ
Lương Thị Hải
"""


def test_a_youth_unions_plan_is_issued_by_its_standing_committee_under_its_number():
    meta = _all_renderings("nganha-kh.txt", UNION_PLAN)
    assert (meta.number, meta.doc_type, meta.date) == ("152-KH/TĐTN-TNTH", "Kế hoạch", "2026-01-16")
    assert (meta.province, meta.issuer) == ("Ngân Hà", "Ban Thường vụ Tỉnh đoàn Ngân Hà")


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("HỘI NÔNG DÂN TỈNH NGÂN HÀ\nBAN THƯỜNG VỤ\n***\nSố: 88-KH/HNDT\nHỘI NÔNG DÂN VIỆT NAM",
         "Ban Thường vụ Hội Nông dân tỉnh Ngân Hà"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGÂN HÀ\nSố: 21/KH-LĐLĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Liên đoàn Lao động tỉnh Ngân Hà"),
    ],
)
def test_mass_organisation_headers_name_the_organisation(header, issuer):
    head = "TỈNH ĐOÀN NGÂN HÀ\nBAN THƯỜNG VỤ\n***\nSố: 152-KH/TĐTN-TNTH\nĐOÀN TNCS HỒ CHÍ MINH"
    meta = extract_metadata("x.txt", normalize_text(UNION_PLAN.replace(head, header)))
    assert (meta.issuer, meta.province) == (issuer, "Ngân Hà")


def test_a_commune_party_committee_is_not_a_province():
    header = "ĐẢNG BỘ TỈNH TÂN LĨNH\nBAN THƯỜNG VỤ TỈNH ỦY"
    meta = extract_metadata("x.txt", PARTY_PROGRAMME.replace(header, "ĐẢNG BỘ XÃ ĐỒNG SA\nĐẢNG ỦY XÃ"))
    assert meta.issuer.startswith("Đảng ủy xã Đồng Sa") and meta.number == "27-CTr/TU"


def test_party_programme_assigns_work_to_party_organs():
    from index.register.extract import extract_register

    rows = extract_register("tanlinh-ctr.txt", normalize_text(PARTY_PROGRAMME)).responsibilities
    assert [(r.agency, r.role) for r in rows] == [
        ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "thực hiện"),
        ("Ủy ban nhân dân tỉnh", "thực hiện"),  # "… lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch …"
        ("Đảng đoàn Hội đồng nhân dân tỉnh", "thực hiện"),
        ("Hội đồng nhân dân", "thực hiện"),  # "… lãnh đạo Hội đồng nhân dân tỉnh ban hành …": the council issues it
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì"), ("Văn phòng Tỉnh ủy", "thực hiện"),
    ]  # the signature block ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ …") is not a task of the last body
    assert rows[0].deadline == rows[1].deadline == "trong quý III/2025"
    assert rows[4].partners == ["Ủy ban Mặt trận Tổ quốc Việt Nam"]



def test_a_header_name_running_on_yields_to_the_place_of_the_date_line():
    """A printed web page's menu glued to the header ("… TỈNH NGÂN HÀ Trang chủ Tin tức") names no province
    "Ngân Hà Trang Chủ": the date line's place, which the header's name begins with, is the province."""
    header = "HỘI NÔNG DÂN TỈNH NGÂN HÀ TRANG CHỦ TIN TỨC\nBAN THƯỜNG VỤ\nSố: 88-KH/HNDT\nHỘI NÔNG DÂN VIỆT NAM"
    head = "TỈNH ĐOÀN NGÂN HÀ\nBAN THƯỜNG VỤ\n***\nSố: 152-KH/TĐTN-TNTH\nĐOÀN TNCS HỒ CHÍ MINH"
    meta = extract_metadata("x.txt", normalize_text(UNION_PLAN.replace(head, header)))
    assert (meta.province, meta.issuer) == ("Ngân Hà", "Ban Thường vụ Hội Nông dân tỉnh Ngân Hà")


def test_a_province_name_ends_at_the_line_a_bullet_opens():
    """A slide's bullets ("- Cơ quan trình bày: Sở Nội vụ tỉnh Xuân Quang" / "- Hội trường tầng 3 …"): the next
    bullet's dash is no dash inside a name ("Bà Rịa - Vũng Tàu" is one name on one line)."""
    text = ("Slide 1: HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH ĐÀO TẠO NGHỀ NĂM 2026\n- Cơ quan trình bày: Sở Nội vụ tỉnh Lam Hà\n"
            "- Hội trường tầng 3, Trung tâm Hội nghị tỉnh\n- Ngày 12 tháng 3 năm 2026\n"
            "Slide 2: Mục tiêu\n- Đào tạo nghề cho 12.000 người.\n")
    assert extract_metadata("x.txt", text).province == "Lam Hà"
    one_line = "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nSố: 12/KH-UBND\nKẾ HOẠCH\nĐào tạo nghề năm 2024\n"
    assert extract_metadata("y.txt", one_line).province == "Bà Rịa - Vũng Tàu"


SUBMISSION = """ỦY BAN NHÂN DÂN TỈNH LAM GIANG
SỞ NỘI VỤ
Số: 205/TTr-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Giang, ngày 14 tháng 5 năm 2026
TỜ TRÌNH
Về việc ban hành Kế hoạch hỗ trợ việc làm cho thanh niên giai đoạn 2026 - 2030
Kính gửi: Ủy ban nhân dân tỉnh Lam Giang.
1. Sự cần thiết ban hành Kế hoạch. Năm 2025 toàn tỉnh có 8.400 thanh niên chưa có việc làm ổn định.
2. Kiến nghị. Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch./.
Nơi nhận:
- Như trên;
GIÁM ĐỐC
Trần Văn Bình
"""


def test_a_submission_is_a_to_trinh_that_asks_for_a_plan_and_issues_none():
    m = extract_metadata("to-trinh.txt", normalize_text(SUBMISSION))
    assert (m.doc_type, m.issues, m.number, m.date, m.province) == ("Tờ trình", "", "205/TTr-SNV", "2026-05-14", "Lam Giang")
    assert m.title == "Về việc ban hành Kế hoạch hỗ trợ việc làm cho thanh niên giai đoạn 2026 - 2030"
    assert (m.issuer, m.signer, m.signer_role) == ("Sở Nội vụ tỉnh Lam Giang", "Trần Văn Bình", "Giám đốc")
    assert m.label.startswith("Tờ trình 205/TTr-SNV")


@pytest.mark.parametrize("draft_header", [
    "| HỘI ĐỒNG NHÂN DÂN TỈNH LAM GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
    "HỘI ĐỒNG NHÂN DÂN TỈNH LAM GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
])
def test_a_submission_with_its_draft_attached_is_signed_by_the_submissions_signer(draft_header):
    """The draft resolution after the Tờ trình leaves its "CHỦ TỊCH" unsigned: the file's signer is the Tờ trình's."""
    text = SUBMISSION.replace("GIÁM ĐỐC\nTrần Văn Bình\n", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n") + (
        f"DỰ THẢO\n{draft_header}\nSố:      /2026/NQ-HĐND\nNGHỊ QUYẾT\nQuy định mức hỗ trợ việc làm cho thanh niên\n"
        "QUYẾT NGHỊ:\n" + "".join(f"Điều {i}. Nhóm {i} được hỗ trợ {i}.000.000 đồng/người.\n" for i in range(1, 46))
        + "Nơi nhận:\n- Như Điều 1;\nCHỦ TỊCH\n")  # a draft as long as real ones: its end alone is the file's tail
    m = extract_metadata("to-trinh-du-thao.txt", normalize_text(text))
    assert (m.doc_type, m.number) == ("Tờ trình", "205/TTr-SNV")
    assert (m.signer, m.signer_role) == ("Trần Văn Bình", "Phó Giám đốc")


@pytest.mark.parametrize(("kind", "number"), [("KẾT LUẬN THANH TRA", "07/KL-TTr"), ("KẾT LUẬN KIỂM TRA", "12/KL-TTr")])
def test_an_inspectorates_conclusion_is_a_ket_luan_the_inspectorate_issues(kind, number):
    """"UBND TỈNH X / THANH TRA TỈNH" over "Số: 07/KL-TTr" and "KẾT LUẬN THANH TRA": the inspectorate's conclusion,
    its number's body code with its lower-case letter, its title the line after the type's."""
    text = (f"UBND TỈNH HÒA AN\nTHANH TRA TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\nHòa An, ngày 12 tháng 3 năm 2026\n{kind}\n"
            "Về việc quản lý kinh phí đào tạo nghề năm 2025 tại Sở Giáo dục và Đào tạo\n"
            "Thực hiện Quyết định số 41/QĐ-TTr ngày 05/01/2026 của Chánh Thanh tra tỉnh, Đoàn thanh tra đã làm việc.\n"
            "I. KẾT QUẢ KIỂM TRA\n1. Sở Giáo dục và Đào tạo đã phân bổ kinh phí.\nCHÁNH THANH TRA\nLê Văn Tâm\n")
    m = extract_metadata("ket-luan.txt", normalize_text(text))
    assert (m.doc_type, m.number, m.date, m.province) == ("Kết luận", number, "2026-03-12", "Hòa An")
    assert m.issuer == "Thanh tra tỉnh Hòa An"
    assert m.title == "Về việc quản lý kinh phí đào tạo nghề năm 2025 tại Sở Giáo dục và Đào tạo"
    assert m.label.startswith(f"Kết luận {number}")


@pytest.mark.parametrize(("committee", "issuer"), [
    ("BAN CHỈ ĐẠO CÁC CTMTQG", "Ban Chỉ đạo các CTMTQG tỉnh Lam Giang"),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Ban Quản lý các khu công nghiệp tỉnh Lam Giang"),
])
def test_a_committee_under_the_provinces_header_issues_its_plan(committee, issuer):
    text = (f"UBND TỈNH LAM GIANG\n{committee}\nSố: 14/KH-BCĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLam Giang, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
            "Hỗ trợ đào tạo nghề cho lao động thuộc hộ nghèo năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Hỗ trợ 1.500 lao động.\n"
            "TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\nHoàng Văn Sơn\n")
    m = extract_metadata("bcd.txt", normalize_text(text))
    assert (m.issuer, m.province, m.number, m.signer) == (issuer, "Lam Giang", "14/KH-BCĐ", "Hoàng Văn Sơn")


@pytest.mark.parametrize(("closing", "signed"), [
    # "- Hội LHPN tỉnh; Nguyễn Hữu Khang": the signer's column after the recipient's ";"
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Nội vụ (để b/c); CHỦ TỊCH\n"
     "- Hội LHPN tỉnh, Hội Người khuyết tật tỉnh; Nguyễn Hữu Khang ,\n- Lưu: VT, KGVX.\n",
     ("Nguyễn Hữu Khang", "Chủ tịch")),
    # "Nơi nhận: KT. GIÁM ĐỐC" on one line, the deputy's title half under the stamp ("EHÓ'GIÁM ĐỐC"): who signs for
    # the director is the deputy director
    ("Nơi nhận: KT. GIÁM ĐỐC\n- UBND tỉnh (để báo cáo); EHÓ'GIÁM ĐỐC\n- Sở Tài chính;\n"
     "- Lưu: VT, GDNN; Lê Quang Thạch\n", ("Lê Quang Thạch", "Phó Giám đốc")),
    # a phone photo's OCR reads "KT." as "KT," and "PHÓ" without its mark: the deputy still signs
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Giáo dục và Đào tạo (để b/c);\n- Thường trực Tỉnh ủy; KT, CHỦ TỊCH\n"
     "~ Thường trực HĐND tỉnh; PHO CHỦ TỊCH\n- Các sở; (Đã ký)\n- Công an tỉnh; Đinh Thị Bích Ngọc\n",
     ("Đinh Thị Bích Ngọc", "Phó Chủ tịch")),
])
def test_a_signer_scanned_beside_the_recipients_is_read_from_the_end_of_their_line(closing, signed):
    """A scan reads the two columns of the closing block as one line each."""
    text = normalize_text("ỦY BAN NHÂN DÂN TỈNH TÂN NGUYÊN\nSố: 27/KH-UBND\nTân Nguyên, ngày 3 tháng 2 năm 2026\n"
                          "KẾ HOẠCH\nHỗ trợ đào tạo nghề năm 2026\nI. MỤC ĐÍCH\nHỗ trợ người khuyết tật học nghề.\n"
                          + closing)
    meta = extract_metadata("tan-nguyen.pdf", text)
    assert (meta.signer, meta.signer_role) == signed


def test_a_cited_document_the_question_is_about_must_be_cited_by_a_plan():
    """"Nghị quyết số 37-NQ/TW mà Kế hoạch 17/KH-UBND lấy làm căn cứ ban hành ngày nào?" asks of a document the plan
    cites, not of the plan; when no plan cites that number, nothing answers it, however alike the line citing
    another Nghị quyết reads."""
    from assistant.scope import cited_subject, uncited
    from index.plan_scope import PlanScope

    plans = {"vp.txt": PlanMetadata("vp.txt", "Kế hoạch 17/KH-UBND (Vân Phong)", "Vân Phong", "17/KH-UBND", 2026,
                                    "Phát triển nhân lực du lịch")}
    table = PlanScope.of(plans)
    question = "Nghị quyết số 37-NQ/TW mà Kế hoạch 17/KH-UBND lấy làm căn cứ ban hành ngày nào?"
    subject = cited_subject(question, table)
    assert subject is not None and (subject.number, subject.code) == ("37", "nq")
    assert cited_subject("Kế hoạch 17/KH-UBND thực hiện Nghị quyết số 36-NQ/TW nào?", table) is None  # the plan first
    # the plan named first, the asking clause names the cited document's kind again: its date, its subject
    pointed = cited_subject("Kế hoạch 17 của Vân Phong nói là thực hiện Nghị quyết 36-NQ/TW, nghị quyết đó ban hành "
                            "ngày nào, về việc gì?", table)
    assert pointed is not None and (pointed.number, pointed.code) == ("36", "nq")
    assert cited_subject("Kế hoạch 17/KH-UBND thực hiện Nghị quyết 36-NQ/TW, kế hoạch đó ký ngày nào?", table) is None
    cites_36 = lambda doc, number, code: (number, code) == ("36", "nq")  # noqa: E731 - the plan's text, in short
    refused = uncited(subject, question, ("vp.txt",), cites_36)
    assert refused is not None and refused.out_of_scope == "không kế hoạch nào nhắc tới Nghị quyết số 37-NQ/TW"
    assert uncited(cited_subject(question.replace("37", "36"), table), question, ("vp.txt",), cites_36) is None
    # a document a plan's title implements names that plan ("kế hoạch thực hiện NQ 06"): the answer step does not
    # hold a question naming it to the lines citing it
    implementing = PlanScope.of({"hp.txt": PlanMetadata("hp.txt", "Kế hoạch thực hiện Nghị quyết 06/NQ-CP", "Hải Phòng",
                                                        "", 2023, "Thực hiện Nghị quyết số 06/NQ-CP của Chính phủ")})
    assert ("6", "nq") in implementing.title_references and ("37", "nq") not in implementing.title_references


def test_a_scheme_filed_without_its_decision_is_named_by_the_decision_its_cover_note_cites():
    """An Đề án's cover reads "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18 tháng 3 năm 2026 …)" and has no
    number of its own: the decision's number and date name it, as a decision and its plan in one file are named."""
    text = ("ỦY BAN NHÂN DÂN TỈNH THANH VÂN\n\nĐỀ ÁN\n\nNÂNG CAO CHẤT LƯỢNG ĐÀO TẠO NGHỀ NGHIỆP GIAI ĐOẠN 2026 - 2030\n\n"
            "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n\n"
            "Thanh Vân, tháng 3 năm 2026\n\nChương I. SỰ CẦN THIẾT\n\n1.1. Sự cần thiết\n\nNội dung.")
    meta = extract_metadata("tv.docx", text)
    assert (meta.number, meta.date, meta.doc_type, meta.issues) == ("512/QĐ-UBND", "2026-03-18", "Quyết định", "Đề án")
    assert "ban hành kèm Quyết định 512/QĐ-UBND ngày 18/03/2026" in meta.label
    numbered = extract_metadata("kh.txt", text.replace("ĐỀ ÁN", "Số: 27/ĐA-UBND\n\nĐỀ ÁN"))
    assert numbered.number == "27/ĐA-UBND" and numbered.issues == ""  # its own number names it


# A letter whose header columns a PDF interleaves, whose addressees follow it, and whose attached survey form ends
# it after the signature (the form's own "NGƯỜI LẬP PHIẾU" signs nothing).
LETTER_WITH_FORM = """ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
TỈNH SA ĐÉC MỚI
Số: 377/UBND-VX
Sa Đéc Mới, ngày 09 tháng 3 năm 2026
V/v khảo sát nhu cầu học nghề của lao động nông thôn năm 2026
Kính gửi:
- Sở Giáo dục và Đào tạo;
- Ban Quản lý các khu công nghiệp tỉnh;
- Ủy ban nhân dân các xã, phường.
Để có cơ sở giao chỉ tiêu đào tạo nghề năm 2026, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị tổ chức khảo sát.
1. Sở Giáo dục và Đào tạo tổng hợp kết quả khảo sát, báo cáo trước ngày 30/4/2026.
KT. CHỦ TỊCH
Nơi nhận:
- Như trên;
PHÓ CHỦ TỊCH
- Lưu: VT, VX.
Lò Văn Pấng
PHIẾU KHẢO SÁT NHU CẦU HỌC NGHỀ
(Kèm theo Công văn số 377/UBND-VX ngày 09/3/2026 của Ủy ban nhân dân tỉnh)
1. Họ và tên người lao động: ……
2. Nghề muốn học: ……
NGƯỜI LẬP PHIẾU
(Ký, ghi rõ họ tên)
"""


def test_a_letters_issuer_is_its_header_not_its_addressees():
    m = extract_metadata("cv.txt", normalize_text(LETTER_WITH_FORM))
    assert (m.doc_type, m.number, m.date) == ("Công văn", "377/UBND-VX", "2026-03-09")
    assert m.issuer == "Ủy ban nhân dân tỉnh Sa Đéc Mới"


def test_a_letter_with_a_form_attached_after_its_signature_is_signed_by_its_signer():
    m = extract_metadata("cv.txt", normalize_text(LETTER_WITH_FORM))
    assert (m.signer, m.signer_role) == ("Lò Văn Pấng", "Phó Chủ tịch")


@pytest.mark.parametrize("line, issuer", [
    ("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP HUYỆN THANH KHÊ", "Trung tâm Giáo dục nghề nghiệp huyện Thanh Khê"),
    ("TRUNG TÂM GDNN - GDTX KHU VỰC II", "Trung tâm GDNN - GDTX khu vực II"),
    ("TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH HÀ LAM", "Trung tâm Dịch vụ việc làm tỉnh Hà Lam"),
])
def test_a_centre_issues_its_own_plan_under_its_district(line, issuer):
    text = (f"UBND HUYỆN THANH KHÊ\n{line}\nSố: 45/KH-TT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Thanh Khê, ngày 05 tháng 8 năm 2026\nKẾ HOẠCH\nTuyển sinh năm học 2026 - 2027\n1. Chỉ tiêu tuyển sinh 640 "
            "học viên.\n")
    assert extract_metadata("plan.txt", normalize_text(text)).issuer == issuer
