"""A Sở's letter chasing a plan's tasks ("công văn đôn đốc"), tỉnh Hòa Sơn (fictional), in a house style no bundled
plan has: figures achieved "as of" a day, announced by the lead of their list, and a status table of the plan's tasks
with each one's result and a deadline set anew. A task reported done is nobody's duty now; one handed to another
lead is that body's, the old lead's support; a new deadline replaces the plan's, a kept one stays."""

from __future__ import annotations

import pytest

from tests.answer_checks import says
from tests.register_snippets import pipe, register_of

# Each result long enough that the list's items fill chunks of their own, apart from the lead that dates them.
RESULTS = [
    ("Giải quyết việc làm được 9.870 lao động, đạt 41,1% kế hoạch năm",
     "lao động được tạo việc làm từ nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội là 2.140 người, lao động "
     "làm việc tại các doanh nghiệp trong khu công nghiệp là 3.260 người, lao động tự tạo việc làm là 4.470 người",
     "số lao động được giải quyết việc làm tập trung chủ yếu ở các phường và các xã ven khu công nghiệp, các xã "
     "vùng cao đạt thấp do thiếu doanh nghiệp và thiếu nguồn vốn vay ưu đãi cho người lao động"),
    ("Tổ chức được 07 phiên giao dịch việc làm với 1.950 lượt người tham gia",
     "có 04 phiên định kỳ tại Trung tâm Dịch vụ việc làm tỉnh và 03 phiên lưu động tại các xã vùng cao, thu hút "
     "186 lượt doanh nghiệp tham gia tuyển dụng với hơn 5.400 chỉ tiêu tuyển dụng các ngành chế biến, may mặc",
     "số người được tuyển dụng tại phiên còn thấp so với số người đăng ký do người lao động chưa đáp ứng yêu cầu "
     "về trình độ chuyên môn, kỹ năng nghề và ngoại ngữ của các doanh nghiệp có vốn đầu tư nước ngoài"),
    ("Tư vấn nghề nghiệp, việc làm cho 12.300 lượt học sinh, người lao động",
     "tư vấn tại các trường trung học phổ thông là 8.100 lượt, tư vấn trực tuyến qua cổng thông tin việc làm của "
     "tỉnh là 4.200 lượt, tổ chức 16 buổi ngày hội hướng nghiệp tại các trường trung học cơ sở của các xã",
     "hình thức tư vấn trực tuyến được người lao động trẻ quan tâm nhiều, nhưng nội dung thông tin thị trường lao "
     "động trên cổng thông tin còn chậm cập nhật và chưa phân tích được nhu cầu theo từng ngành nghề"),
]

LETTER = "\n".join([
    "UBND TỈNH HÒA SƠN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 904/SNV-LĐVL", "V/v đôn đốc thực hiện Kế hoạch số 21/KH-UBND năm 2026",
    "Hòa Sơn, ngày 05 tháng 8 năm 2026",
    "Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã, phường.",
    "I. KẾT QUẢ THỰC HIỆN",
    "Tính đến ngày 31/7/2026, kết quả thực hiện các chỉ tiêu chủ yếu như sau:",
    *(f"- {what}, trong đó {detail}; {reason}." for what, detail, reason in RESULTS),
    "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ",
    pipe("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian theo Kế hoạch",
         "Kết quả thực hiện", "Thời hạn điều chỉnh"),
    pipe("1", "Ban hành Quy chế phối hợp tư vấn việc làm", "Sở Nội vụ", "Sở Tư pháp", "Tháng 3/2026",
         "Hoàn thành (Quyết định số 145/QĐ-SNV)", "-"),
    pipe("2", "Cập nhật cơ sở dữ liệu người lao động", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường", "Tháng 6/2026",
         "Chậm, chưa hoàn thành (đạt 64%)", "Trước ngày 30/9/2026"),
    pipe("3", "Đào tạo nghề cho lao động làng nghề gốm", "Sở Công Thương", "Hội Nông dân tỉnh", "Quý III/2026",
         "Điều chỉnh: giao Sở Văn hóa, Thể thao và Du lịch chủ trì thay Sở Công Thương", "Giữ nguyên thời hạn"),
    pipe("4", "Tổ chức 12 phiên giao dịch việc làm", "Trung tâm Dịch vụ việc làm tỉnh", "Các trường cao đẳng",
         "Năm 2026", "Đang thực hiện (đã tổ chức 07 phiên)", "Giữ nguyên thời hạn"),
    "III. ĐỀ NGHỊ",
    "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2026.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Thu Hà", ""])


def _rows():
    return {(r.agency, r.role, r.task.split(" (")[0], r.deadline) for r in register_of(LETTER).responsibilities}


def test_a_task_reported_done_is_no_ones_duty():
    assert not any("Quy chế phối hợp" in task for _, _, task, _ in _rows())


def test_a_task_handed_to_another_lead_is_that_bodys_and_the_old_leads_support():
    rows = {(agency, role) for agency, role, task, _ in _rows() if task.startswith("Đào tạo nghề cho lao động làng")}
    assert ("Sở Văn hóa, Thể thao và Du lịch", "chủ trì") in rows
    assert ("Sở Công Thương", "phối hợp") in rows and ("Sở Công Thương", "chủ trì") not in rows


def test_a_deadline_set_anew_replaces_the_plans_and_a_kept_one_stays():
    deadlines = {(agency, task): when for agency, role, task, when in _rows() if role == "chủ trì"}
    assert deadlines[("Sở Nội vụ", "Cập nhật cơ sở dữ liệu người lao động")] == "Trước ngày 30/9/2026"
    assert deadlines[("Trung tâm Dịch vụ việc làm", "Tổ chức 12 phiên giao dịch việc làm")] == "Năm 2026"


@pytest.fixture(scope="module")
def letter(assistant_over):
    return assistant_over({"hoason-2026-cv-don-doc.txt": LETTER})


def test_a_figure_as_of_a_month_is_answered_from_the_list_its_lead_dates(letter):
    answer = letter.ask("Đến cuối tháng 7/2026 tỉnh Hòa Sơn đã tư vấn nghề nghiệp, việc làm cho bao nhiêu lượt người?")
    assert not answer.refused and says(answer.short_answer, "12.300"), answer.text


def test_a_figure_as_of_another_month_than_the_lists_is_refused(letter):
    answer = letter.ask("Đến cuối tháng 10/2026 tỉnh Hòa Sơn đã tư vấn nghề nghiệp, việc làm cho bao nhiêu lượt người?")
    assert answer.refused, answer.text
