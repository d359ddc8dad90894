"""A council's notice printed from Word to Windows' XPS writer (an OpenXPS `.oxps`): fixed pages of placed glyphs,
table rulings as paths and fonts embedded obfuscated, hand-made in the writer's shapes (`tests.fixtures_xps`). It is
read like the PDF it would have printed to: its two-column header, its justified paragraphs, its ruled table as
rows, its number, date, signer and duties. Tỉnh Lam Hà and everything in it are invented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import converters
from index.converters import DocumentError, convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from tests.fixtures_xps import make_oxps
from tests.register_snippets import register_of

HEADER = (["HỘI ĐỒNG NHÂN DÂN", "TỈNH LAM HÀ", "Số: 47/TB-HĐND"],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lam Hà, ngày 22 tháng 7 năm 2028"])
TITLE = ["THÔNG BÁO", "Kết quả phiên chất vấn và trả lời chất vấn về giáo dục nghề nghiệp và việc làm"]
BODY = [
    "Tại kỳ họp thứ Tám, Hội đồng nhân dân tỉnh khóa XI đã chất vấn Giám đốc Sở Giáo dục và Đào tạo và Giám đốc Sở "
    "Nội vụ về công tác giáo dục nghề nghiệp và giải quyết việc làm. Thường trực Hội đồng nhân dân tỉnh thông báo "
    "kết quả như sau:",
    "**1. Kết quả đạt được",
    "Năm 2027 toàn tỉnh tuyển sinh đào tạo nghề cho 21.400 người, đạt 102% kế hoạch; tỷ lệ lao động qua đào tạo "
    "đạt 71,5%.",
    "**2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo",
    "a) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ rà soát mạng lưới cơ sở giáo dục nghề nghiệp công "
    "lập, hoàn thành trước ngày 30/9/2028.",
    "b) Sở Nội vụ chủ trì tổ chức các phiên giao dịch việc làm lưu động tại các xã miền núi, báo cáo kết quả tại kỳ "
    "họp thường lệ cuối năm 2028.",
    "Các nội dung cam kết được tổng hợp tại bảng sau:",
]
ROWS = [["TT", "Nội dung cam kết", "Cơ quan chủ trì", "Thời hạn"],
        ["1", "Ban hành danh mục nghề đào tạo cho lao động nông thôn năm 2029", "Sở Giáo dục và Đào tạo",
         "Tháng 11/2028"],
        ["2", "Hỗ trợ vay vốn tạo việc làm cho 3.500 lao động", "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
         "31/12/2028"]]
AFTER = ["Nơi nhận:", "- Ủy ban nhân dân tỉnh;", "- Lưu: VT.", "**TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
         "**PHÓ CHỦ TỊCH", "Hoàng Thị Mai"]


def _notice(path: Path, split_words: bool = False) -> Path:
    return make_oxps(path, HEADER, TITLE, BODY, ROWS, [1, 6, 4, 2], AFTER, split_words=split_words)


@pytest.fixture(scope="module")
def notice(tmp_path_factory) -> Path:
    return _notice(tmp_path_factory.mktemp("xps") / "lamha-2028-tb-chat-van.oxps")


def test_a_notice_printed_to_xps_reads_as_its_pages_show(notice: Path):
    lines = convert(notice).text.splitlines()
    assert lines[:2] == ["HỘI ĐỒNG NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Lam Hà, ngày 22 tháng 7 năm 2028" in lines
    assert "| 1 | Ban hành danh mục nghề đào tạo cho lao động nông thôn năm 2029 | Sở Giáo dục và Đào tạo | " \
           "Tháng 11/2028 |" in lines
    text = " ".join(lines)
    assert "hoàn thành trước ngày 30/9/2028." in text and "Hoàng Thị Mai" in text


def test_glyphs_placed_word_by_word_read_as_the_same_text(notice: Path, tmp_path: Path):
    assert convert(_notice(tmp_path / "words.oxps", split_words=True)).text == convert(notice).text


def test_an_xps_notices_number_date_signer_and_duties_are_read(notice: Path):
    text = convert(notice).text
    meta = extract_metadata(notice.name, normalize_text(text))
    assert (meta.number, meta.date, meta.province, meta.signer) == ("47/TB-HĐND", "2028-07-22", "Lam Hà",
                                                                   "Hoàng Thị Mai")
    rows = register_of(text, notice.name).responsibilities
    assert any(r.agency == "Sở Giáo dục và Đào tạo" and r.role == "chủ trì" and r.partners == ["Sở Nội vụ"]
               and r.deadline == "hoàn thành trước ngày 30/9/2028" for r in rows)
    assert any(r.agency == "Sở Nội vụ" and r.role == "chủ trì" and "phiên giao dịch việc làm" in r.task for r in rows)
    assert any(r.agency == "Sở Giáo dục và Đào tạo" and "danh mục nghề" in r.task for r in rows)


def test_an_xps_file_that_cannot_be_read_is_named_with_the_reason(tmp_path: Path, monkeypatch):
    broken = tmp_path / "hong.oxps"
    broken.write_bytes(b"PK\x03\x04 not a package")
    with pytest.raises(DocumentError, match=r"hong\.oxps: không đọc được tệp XPS"):
        convert(broken)
    monkeypatch.setattr(converters.shutil, "which", lambda name: None if name == "mutool" else shutil.which(name))
    with pytest.raises(DocumentError, match=r"thongbao\.xps: cần MuPDF .* mupdf-tools"):
        convert(_notice(tmp_path / "thongbao.xps"))


def test_an_xps_notice_in_the_corpus_answers_who_leads_a_commitment(assistant_over_folder, tmp_path: Path):
    _notice(tmp_path / "lamha-2028-tb-chat-van.oxps")
    service = assistant_over_folder(tmp_path)
    answer = service.ask("Cơ quan nào chủ trì ban hành danh mục nghề đào tạo cho lao động nông thôn năm 2029?")
    assert not answer.refused and "Sở Giáo dục và Đào tạo" in answer.short_answer
