"""A six-month review report end to end, in a house style no bundled plan has (a Sở's "Báo cáo sơ kết" that reports
the first half and sets the second half's tasks): the half asked, a deadline beside a cited document's day, the
proposals a report sends to a ministry, and a compound question whose second part the line after the first's answers."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

REPORT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH LONG KHÊ", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 305/BC-SNV", "Long Khê, ngày 10 tháng 7 năm 2026", "BÁO CÁO",
    "Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch giải quyết việc làm và đào tạo nghề; nhiệm vụ trọng tâm 6 tháng "
    "cuối năm 2026",
    "Kính gửi: Ủy ban nhân dân tỉnh Long Khê",
    "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026",
    "1. Công tác chỉ đạo, điều hành",
    "Sở Giáo dục và Đào tạo ban hành Công văn số 512/SGDĐT-GDNN ngày 18 tháng 3 năm 2026 hướng dẫn công tác tuyển "
    "sinh trình độ cao đẳng, trung cấp năm 2026.",
    "2. Dịch vụ việc làm",
    "Trung tâm Dịch vụ việc làm tỉnh thực hiện 21 phiên giao dịch việc làm, thu hút 540 lượt doanh nghiệp.",
    "Ghi chú: tuyển sinh trình độ cao đẳng, trung cấp chủ yếu thực hiện trong Quý III (từ tháng 8 đến tháng 10) nên "
    "tỷ lệ thực hiện chỉ tiêu tuyển sinh 6 tháng đạt thấp.",
    "3. Đào tạo nghề cho lao động nông thôn",
    "Kinh phí đào tạo nghề cho lao động nông thôn năm 2026 được bố trí 16,2 tỷ đồng từ ngân sách tỉnh; đến ngày "
    "30/6/2026 mới giải ngân 6,4 tỷ đồng, đạt 39,5%.",
    "4. Cho vay giải quyết việc làm",
    "Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân cho vay 212 tỷ đồng, hỗ trợ tạo việc làm cho 4.300 lao động.",
    "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026",
    "1. Trung tâm Dịch vụ việc làm tỉnh tổ chức 5 phiên giao dịch việc làm lưu động tại các xã trong Quý III, bảo "
    "đảm đủ số phiên giao dịch việc làm theo kế hoạch năm.",
    "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các trường cao đẳng, trung cấp bảo đảm hoàn thành chỉ tiêu tuyển "
    "sinh trình độ cao đẳng, trung cấp trước ngày 31/10/2026.",
    "III. ĐỀ XUẤT, KIẾN NGHỊ",
    "1. Đối với Ủy ban nhân dân tỉnh",
    "- Bổ sung 5 tỷ đồng kinh phí đào tạo nghề cho lao động nông thôn.",
    "2. Đối với Bộ Nội vụ",
    "- Sớm ban hành văn bản hướng dẫn Luật Việc làm năm 2025 về đăng ký lao động.",
    "- Hỗ trợ tỉnh kết nối thị trường lao động Nhật Bản, Hàn Quốc.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hải", ""])


@pytest.fixture(scope="module")
def longkhe(assistant_over):
    return assistant_over({"longkhe-2026-bc-so-ket.txt": REPORT})


def test_the_first_half_asked_is_not_answered_by_the_second_halfs_tasks(longkhe):
    answer = longkhe.ask("6 tháng đầu năm đã tổ chức được mấy phiên giao dịch việc làm?")
    assert says(answer.text, "21 phiên") and not says(answer.short_answer, "5 phiên"), answer.text


def test_a_deadline_asked_is_no_cited_documents_day(longkhe):
    answer = longkhe.ask("Hạn chót hoàn thành chỉ tiêu tuyển sinh CĐ/TC năm 2026 là ngày nào?")
    assert says(answer.short_answer, "31/10/2026"), answer.text


def test_what_a_report_proposes_to_a_ministry_is_the_list_under_it(longkhe):
    answer = longkhe.ask("Sở Nội vụ kiến nghị lên Bộ Nội vụ những gì?")
    assert not answer.refused and says(answer.text, "Luật Việc làm", "Nhật Bản"), answer.text


def test_a_compound_questions_second_part_is_the_line_after_the_firsts(longkhe):
    answer = longkhe.ask("Năm 2026 bố trí bao nhiêu tiền cho đào tạo nghề LĐNT, tới 30/6 giải ngân đc bao nhiêu?")
    assert says(answer.text, "16,2 tỷ", "6,4 tỷ") and not says(answer.text, "212 tỷ"), answer.text
