"""A draft plan ("DỰ THẢO", "Số:      /KH-UBND", a blank day) asked its number or date: the assistant says it is a
draft and which one ("Dự thảo lần 3, ngày 05/02/2026"), quoting its header, instead of refusing; a document that
is no draft and gives no number is still refused with that reason."""

from __future__ import annotations

import pytest


def _plan(ward: str, province: str, number_line: str, date_line: str, draft: list[str], lead: str) -> str:
    return "\n".join([
        *draft[:1], "ỦY BAN NHÂN DÂN", f"PHƯỜNG {ward.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", number_line, date_line, "", "KẾ HOẠCH",
        f"Đào tạo nghề cho lao động phường {ward} năm 2026", *draft[1:],
        f"Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh {province};", "",
        "I. MỤC TIÊU", f"1. Đào tạo nghề cho {lead} lao động của phường trong năm 2026.", "",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Văn hóa - Xã hội chủ trì tổ chức các lớp đào tạo nghề, hoàn thành trước ngày 30/11/2026.", "",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", ""])


@pytest.fixture(scope="module")
def wards(settings_factory, tmp_path_factory):
    from assistant.service import Assistant

    corpus = tmp_path_factory.mktemp("drafts")
    (corpus / "maikhe-2026-du-thao.txt").write_text(_plan(
        "Mai Khê", "Hà Lam", "Số:      /KH-UBND", "Mai Khê, ngày      tháng 02 năm 2026",
        ["DỰ THẢO", "(Dự thảo lần 3, ngày 05/02/2026)"], "320"), encoding="utf-8")
    (corpus / "tayha-2026.txt").write_text(_plan(
        "Tây Hà", "Bắc Lam", "Số:      /KH-UBND", "Tây Hà, ngày 20 tháng 02 năm 2026", [], "410"), encoding="utf-8")
    service = Assistant(settings_factory(corpus_dir=corpus))
    assert not service.ingest().errors
    return service


@pytest.mark.parametrize("question", [
    "Kế hoạch đào tạo nghề của phường Mai Khê mang số hiệu gì, lập ngày nào?",
    "ke hoach dao tao nghe phuong Mai Khe ban hanh ngay nao",
])
def test_a_drafts_number_or_date_is_answered_with_which_draft_it_is(wards, question):
    answer = wards.ask(question)
    assert not answer.refused
    assert "dự thảo (Dự thảo lần 3, ngày 05/02/2026)" in answer.text
    assert "Số: /KH-UBND" in answer.text or "Số:      /KH-UBND" in answer.text


@pytest.mark.parametrize("question", [
    "Kế hoạch đào tạo nghề của phường Mai Khê có số hiệu chính thức là bao nhiêu?",
    "ke hoach dao tao nghe phuong Mai Khe so hieu bao nhieu, ky ngay nao",
])
def test_a_drafts_official_number_or_signing_day_asked_is_refused_as_not_yet_given(wards, question):
    """A draft has no official number and is not signed yet: that is the answer, a refusal saying so, quoting
    nothing; "số mấy, lập ngày nào" is still answered with which draft it is."""
    answer = wards.ask(question)
    assert answer.refused and not answer.citations and "mới là dự thảo" in answer.text


def test_a_document_without_a_number_that_is_no_draft_is_refused_with_the_reason(wards):
    answer = wards.ask("Kế hoạch đào tạo nghề của phường Tây Hà mang số hiệu gì?")
    assert answer.refused and "văn bản không ghi số hiệu" in answer.text
