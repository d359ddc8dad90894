"""A speech published by a provincial portal: the Chủ tịch's closing words at the conference that launched the plan
(tỉnh Hồng Lĩnh, fictional). No national header, number or signature: the portal's masthead, a time stamp, a headline
and the editor's lead, then spoken prose. Its province is the one the masthead names, never words the headline or the
speech run on after "tỉnh" ("… Chủ tịch UBND tỉnh tại Hội nghị …"), and no body its prose talks of issued it. Duties
are spoken: the points "Thứ nhất, …", a person addressed by the post they hold ("tôi đề nghị đồng chí Giám đốc Sở …",
"Các đồng chí Chủ tịch UBND các xã, phường phải …") stands for the body; the portal presenting the text does nothing."""

from __future__ import annotations

import pytest

from index.metadata import extract_metadata
from index.normalize import normalize_text
from tests.register_snippets import register_of

NAME = "honglinh-2026-phat-bieu-ket-luan.txt"
SPEECH = "\n".join([
    'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HỒNG LĨNH',
    'Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo tỉnh',
    'Thứ Sáu, 06/02/2026 16:20',
    'Toàn văn phát biểu của Chủ tịch UBND tỉnh tại Hội nghị triển khai Kế hoạch đào tạo nghề năm 2026',
    '(Cổng TTĐT) - Chiều 05/2, UBND tỉnh tổ chức Hội nghị triển khai Kế hoạch số 19/KH-UBND ngày 26/01/2026 '
    'của UBND tỉnh về đào tạo nghề và giải quyết việc làm năm 2026. Cổng Thông tin điện tử tỉnh trân trọng '
    'giới thiệu toàn văn bài phát biểu kết luận của đồng chí Lê Minh Khang, Chủ tịch UBND tỉnh.',
    'PHÁT BIỂU KẾT LUẬN',
    'của đồng chí Lê Minh Khang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hồng Lĩnh tại Hội nghị triển khai Kế '
    'hoạch đào tạo nghề và giải quyết việc làm năm 2026',
    'Kính thưa các đồng chí đại biểu!',
    'Thưa toàn thể Hội nghị!',
    'Hôm nay, chúng ta họp để triển khai Kế hoạch đào tạo nghề và giải quyết việc làm năm 2026 của tỉnh. Tôi '
    'cơ bản thống nhất với báo cáo của Sở Giáo dục và Đào tạo và các ý kiến phát biểu tại Hội nghị.',
    'Về kết quả năm 2025',
    'Năm 2025, toàn tỉnh đã tuyển sinh, đào tạo nghề cho 21.300 người, đạt 104% kế hoạch; giải quyết việc làm'
    ' cho 17.900 lao động; tỷ lệ lao động qua đào tạo đạt 68,5%.',
    'Về mục tiêu năm 2026',
    'Năm 2026, tỉnh phấn đấu tuyển sinh, đào tạo nghề cho 23.000 người, trong đó trình độ cao đẳng, trung cấp'
    ' 5.200 người; tỷ lệ lao động qua đào tạo đạt 71%; giải quyết việc làm mới cho 18.500 lao động, trong đó '
    'đưa 1.600 người đi làm việc ở nước ngoài theo hợp đồng.',
    'Ý kiến của đồng chí Hiệu trưởng Trường Cao đẳng Kỹ thuật Hồng Lĩnh đề nghị tỉnh hỗ trợ 100% học phí cho học '
    'sinh học các nghề kỹ thuật là rất xác đáng. Tuy nhiên, đây là chính sách lớn, năm 2026 tỉnh chưa thể ban hành '
    'ngay, giao Sở Giáo dục và Đào tạo nghiên cứu, trình giai đoạn 2027 - 2030.',
    'Về nhiệm vụ trọng tâm',
    'Thứ nhất, tôi đề nghị đồng chí Giám đốc Sở Giáo dục và Đào tạo chỉ đạo giao chỉ tiêu tuyển sinh cho từng'
    ' trường chậm nhất trong tháng 3; tổ chức Ngày hội tư vấn tuyển sinh tại 8 cụm xã trước khi kết thúc quý '
    'II.',
    'Thứ hai, giao Sở Nội vụ chủ trì tổ chức 12 phiên giao dịch việc làm trong năm, trong đó có ít nhất 4 '
    'phiên lưu động tại các xã vùng cao.',
    'Thứ ba, Sở Tài chính tham mưu bố trí 46 tỷ đồng từ ngân sách tỉnh cho đào tạo nghề năm 2026, xong trước '
    'ngày 15/3.',
    'Các đồng chí Chủ tịch UBND các xã, phường phải rà soát nhu cầu học nghề của người dân, gửi Sở Giáo dục '
    'và Đào tạo ngay trong tuần sau.',
    'Xin trân trọng cảm ơn!',
])


def test_a_speech_on_a_portal_is_of_the_province_its_masthead_names_and_issued_by_no_body_its_prose_names():
    meta = extract_metadata(NAME, normalize_text(SPEECH))
    assert meta.province == "Hồng Lĩnh" and meta.date == "2026-02-06"
    assert "Sở" not in meta.issuer and "Hội Nghị" not in meta.label


def test_the_duties_a_speech_gives_are_those_of_the_bodies_addressed():
    rows = {(r.agency, " ".join(r.task.split()[:4])) for r in register_of(SPEECH, NAME).responsibilities}
    assert rows == {
        ("Sở Giáo dục và Đào tạo", "nghiên cứu, trình giai"),  # "…, giao Sở Giáo dục và Đào tạo nghiên cứu …"
        ("Sở Giáo dục và Đào tạo", "chỉ đạo giao chỉ"),  # "tôi đề nghị đồng chí Giám đốc Sở …"
        ("Sở Nội vụ", "chủ trì tổ chức"),  # "Thứ hai, giao Sở Nội vụ …"
        ("Sở Tài chính", "tham mưu bố trí"),  # "Thứ ba, Sở Tài chính …"
        ("Ủy ban nhân dân cấp xã", "phải rà soát nhu"),  # "Các đồng chí Chủ tịch UBND các xã, phường phải …"
    }  # no row for the portal presenting the speech, nor for the results of 2025


def test_one_person_whose_words_minutes_report_is_no_body_addressed():
    minutes = ("THẢO LUẬN\n- Đồng chí Giám đốc Sở Tài chính không thống nhất bố trí 12 tỷ đồng cho thiết bị.\n"
               "- Đồng chí Hiệu trưởng Trường Cao đẳng Y tế Hồng Lĩnh đề nghị nhà trường được giao chủ trì đào tạo "
               "điều dưỡng.\n")
    assert register_of(minutes).responsibilities == []


@pytest.fixture(scope="module")
def speech_assistant(assistant_over):
    return assistant_over({NAME: SPEECH})


@pytest.mark.parametrize(("question", "fact"), [
    ("Năm 2026 tỉnh Hồng Lĩnh phấn đấu tuyển sinh đào tạo nghề bao nhiêu người?", "23.000"),
    ("Sở Tài chính Hồng Lĩnh phải bố trí bao nhiêu tiền cho đào tạo nghề?", "46 tỷ đồng"),
    ("Kế hoạch đào tạo nghề năm 2026 của Hồng Lĩnh số mấy?", "19/KH-UBND"),
    # a proposal heard is quoted with what the speaker answered it ("Tuy nhiên, … chưa thể …"), though it names
    # another period than the one asked
    ("Năm 2026 Hồng Lĩnh có hỗ trợ 100% học phí cho học sinh học nghề kỹ thuật không?", "chưa thể ban hành"),
])
def test_questions_on_a_speech_naming_its_province_are_answered(speech_assistant, question, fact):
    answer = speech_assistant.ask(question)
    assert not answer.refused and fact in answer.text, answer.text
    assert fact in answer.short_answer, answer.short_answer  # the direct answer states it too


# A closing speech at a commune-cluster review conference (tỉnh Cẩm Khê, fictional), in another speaker's habits: a
# point that announces its items ("… tập trung mấy việc:" over "- …" lines), a request after a lead clause ("Gắn
# với ý kiến của xã Pà Cò, tôi đề nghị Công an tỉnh …"), a bare "Đề nghị …", a part to play before the duties that
# make it ("… phải là đơn vị đi đầu: …"), what a body still must do ("vẫn phải …"), and last year's results.
CLOSING = "\n".join([
    'Về kết quả năm 2025',
    'Năm 2025, toàn tỉnh đã giải quyết việc làm cho 15.200 lao động; Trung tâm Dịch vụ việc làm tỉnh đã tổ '
    'chức 30 phiên giao dịch việc làm.',
    'Về nhiệm vụ năm 2026',
    'Một là, đối với Sở Giáo dục và Đào tạo. Tôi đề nghị đồng chí Giám đốc Sở Giáo dục và Đào tạo tập trung '
    'mấy việc:',
    '- Giao chỉ tiêu tuyển sinh năm 2026 cho từng trường ngay trong tuần sau.',
    '- Trình Đề án sắp xếp 9 trung tâm giáo dục nghề nghiệp trước khi kết thúc quý II.',
    'Gắn với ý kiến của xã Pà Cò, tôi đề nghị Công an tỉnh xử lý nghiêm các đối tượng môi giới lừa đảo đưa '
    'người đi làm việc ở nước ngoài.',
    'Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân nhanh nguồn vốn cho vay giải quyết việc làm.',
    'Trường Cao đẳng Kỹ thuật Cẩm Khê phải là đơn vị đi đầu: năm 2026 tuyển sinh ít nhất 900 người trình độ '
    'cao đẳng, trung cấp.',
    'Các trung tâm giáo dục nghề nghiệp vẫn phải duy trì lớp học nghề lưu động tại các bản.',
    'Đại diện doanh nghiệp đề nghị Trường Trung cấp Nghề Cẩm Khê mở thêm lớp may công nghiệp.',
])


def test_a_speech_s_points_requests_and_items_are_the_duties_of_the_bodies_they_name():
    rows = {(r.agency, " ".join(r.task.split()[:4])) for r in register_of(CLOSING).responsibilities}
    assert rows == {  # (the point's own line, "… tập trung mấy việc:", only announces them: no duty of its own)
        ("Sở Giáo dục và Đào tạo", "Giao chỉ tiêu tuyển"),  # the items the point announced
        ("Sở Giáo dục và Đào tạo", "Trình Đề án sắp"),
        ("Công an tỉnh", "xử lý nghiêm các"),  # "…, tôi đề nghị Công an tỉnh …"
        ("Ngân hàng Chính sách xã hội", "giải ngân nhanh nguồn"),  # "Đề nghị Ngân hàng …"
        ("Trường Cao đẳng Kỹ thuật Cẩm Khê", "phải là đơn vị"),  # its part, then the duties that make it
        ("Các trung tâm giáo dục nghề nghiệp", "vẫn phải duy trì"),  # not "… trung tâm … vẫn" as the name
    }  # no row for 2025's results ("đã tổ chức …"), nor for the company's proposal to a school
