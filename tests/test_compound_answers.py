"""Compound questions end to end on a hand-made plan long enough that one search does not bring every section:
each part is searched on its own, a part asking what a term means is answered by the footnote that defines it,
and the signer asked beside the legal basis comes from the signature block."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

# A plan in decimal headings ("1.1.1."), its footnotes read after the annex that follows the signature.
TOPICS = [
    ("Hỗ trợ học nghề cho lao động nông thôn", "thợ may công nghiệp", "1.800"),
    ("Đào tạo nghề cho người khuyết tật", "điện dân dụng", "240"),
    ("Đào tạo nghề cho bộ đội xuất ngũ", "lái xe ô tô hạng C", "600"),
    ("Đào tạo nghề cho thanh niên dân tộc thiểu số", "trồng chè an toàn", "520"),
    ("Đào tạo lại cho lao động mất việc", "vận hành máy CNC", "410"),
    ("Bồi dưỡng nhà giáo giáo dục nghề nghiệp", "kỹ năng số", "350"),
    ("Phát triển chương trình đào tạo", "chuẩn đầu ra mới", "45"),
    ("Tư vấn, hướng nghiệp cho học sinh", "ngày hội tư vấn", "36"),
    ("Hợp tác với doanh nghiệp khu công nghiệp", "thực tập có lương", "2.100"),
    ("Đào tạo tiếng Hàn cho lao động đi làm việc ở nước ngoài", "lớp tiếng Hàn", "300"),
    ("Đầu tư thiết bị cho nghề trọng điểm", "bộ thiết bị hàn", "12"),
    ("Kiểm định chất lượng cơ sở đào tạo", "cơ sở được kiểm định", "9"),
    ("Thông tin thị trường lao động", "bản tin cung cầu", "24"),
    ("Phiên giao dịch việc làm lưu động", "phiên lưu động", "30"),
]


def _plan() -> str:
    tasks = []
    for n, (title, what, figure) in enumerate(TOPICS, 1):
        tasks += [f"1.{n}. {title}",
                  f"- Tổ chức {figure} lượt {what} trong giai đoạn 2026 - 2027, ưu tiên các xã vùng sâu.",
                  f"- Các cơ sở báo cáo kết quả {title.lower()} về Sở Nội vụ trước ngày 15/12 hằng năm."]
    return "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH HÀ LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 52/KH-UBND", "Hà Lam, ngày 24 tháng 02 năm 2026", "KẾ HOẠCH",
        "Phát triển giáo dục nghề nghiệp tỉnh Hà Lam giai đoạn 2026 - 2030",
        "Thực hiện Quyết định số 1487/QĐ-TTg ngày 18 tháng 11 năm 2025 của Thủ tướng Chính phủ;",
        "Thực hiện Nghị quyết số 14-NQ/TU ngày 12 tháng 9 năm 2025 của Ban Chấp hành Đảng bộ tỉnh,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "- Đến cuối năm 2027, tỷ lệ lao động qua đào tạo đạt 72%, trong đó tỷ lệ lao động qua đào tạo có bằng cấp, "
        "chứng chỉ[1] đạt 32%.",
        "II. NHIỆM VỤ, GIẢI PHÁP", *tasks,
        "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Trần Minh Khoa",
        "Phụ lục: PHÂN CÔNG NHIỆM VỤ", "| TT | Nhiệm vụ | Cơ quan chủ trì |",
        "| 1 | Đặt hàng đào tạo cho doanh nghiệp | Sở Nội vụ |",
        "[1] Lao động qua đào tạo có bằng cấp, chứng chỉ là lao động qua đào tạo đã được cấp chứng chỉ sơ cấp, "
        "bằng tốt nghiệp trung cấp, cao đẳng trở lên.",
        "[2] Số liệu tại thời điểm 31/12/2025.", ""])


@pytest.fixture(scope="module")
def halam(assistant_over):
    return assistant_over({"halam-2026-kh-gdnn.txt": _plan()})


def test_a_part_asking_what_a_term_means_is_answered_by_its_footnote(halam):
    answer = halam.ask("Đến năm 2027 tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ của tỉnh Hà Lam đạt bao nhiêu, "
                       "và kế hoạch hiểu thế nào là có bằng cấp, chứng chỉ?")
    assert not answer.refused
    assert says(answer.text, "32%", "đã được cấp chứng chỉ sơ cấp"), answer.text
    assert any(c.section == "Chú thích" for c in answer.citations)  # the note, cited as the plan's notes


def test_the_signer_asked_beside_the_basis_is_the_signature_blocks(halam):
    answer = halam.ask("Kế hoạch phát triển giáo dục nghề nghiệp của Hà Lam thực hiện những văn bản nào, và ai ký?")
    assert says(answer.text, "1487/QĐ-TTg", "14-NQ/TU", "Trần Minh Khoa"), answer.text
    assert says(answer.short_answer, "1487/QĐ-TTg", "Phó Chủ tịch Trần Minh Khoa ký"), answer.short_answer


def test_the_plans_date_asked_beside_the_basis_is_its_headers(halam):
    answer = halam.ask("Kế hoạch phát triển giáo dục nghề nghiệp của Hà Lam được ban hành ngày nào, và nó thực hiện "
                       "những văn bản nào?")
    # the header's place-date line, led by the plan's own date, beside the documents of its basis
    assert says(answer.text, "ban hành ngày 24/02/2026", "1487/QĐ-TTg", "14-NQ/TU"), answer.text


def test_the_numbers_asked_of_the_documents_a_plan_implements_are_theirs_not_the_plans(halam):
    answer = halam.ask("Kế hoạch phát triển giáo dục nghề nghiệp của Hà Lam triển khai những văn bản nào? Kể số hiệu "
                       "giúp tôi.")
    assert not answer.refused and says(answer.text, "1487/QĐ-TTg", "14-NQ/TU"), answer.text


def test_a_kind_of_document_asked_lists_the_basis_lines_citing_that_kind(halam):
    answer = halam.ask("Kế hoạch phát triển giáo dục nghề nghiệp của Hà Lam thực hiện những nghị quyết nào?")
    assert says(answer.text, "14-NQ/TU"), answer.text
    assert not says(answer.text, "1487/QĐ-TTg"), answer.text  # a decision is no resolution
