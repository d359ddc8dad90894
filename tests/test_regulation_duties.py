"""A Quy chế phối hợp of tỉnh Hà Lam (fictional) in a house style no bundled plan has: duties written by body
inside each article ("1. Sở Nội vụ có trách nhiệm:" over "a) …", "b) …"; "3. Ngân hàng … có trách nhiệm:" over "-"
lines), no "Tổ chức thực hiện" part. Each lettered item is its body's task; the line announcing them is none."""

from __future__ import annotations

from tests.register_snippets import HEADER, register_of

QUY_CHE = HEADER + """QUY CHẾ
Phối hợp trong công tác giáo dục nghề nghiệp
Chương II
NỘI DUNG PHỐI HỢP
Điều 5. Phối hợp chia sẻ dữ liệu thị trường lao động
1. Sở Nội vụ có trách nhiệm:
a) Cung cấp cho Sở Giáo dục và Đào tạo dữ liệu cung - cầu lao động định kỳ trước ngày 15 hằng tháng;
b) Cập nhật danh sách người lao động thất nghiệp lên hệ thống phần mềm.
2. Sở Giáo dục và Đào tạo có trách nhiệm tổng hợp nhu cầu đào tạo, gửi Sở Tài chính trước ngày 31/10 hằng năm.
3. Chi nhánh Ngân hàng Chính sách xã hội tỉnh có trách nhiệm:
- Thông báo nguồn vốn cho vay giải quyết việc làm chậm nhất ngày 20 của tháng cuối quý;
- Phối hợp với Ủy ban nhân dân các xã, phường rà soát hồ sơ vay vốn.
Điều 6. Hồ sơ đề nghị thanh toán
1. Trong thời hạn 15 ngày kể từ ngày kết thúc khóa học, Trường Cao đẳng Hà Lam gửi Sở Tài chính hồ sơ, gồm:
a) Danh sách học viên có xác nhận của Ủy ban nhân dân xã;
b) Sổ theo dõi chuyên cần.
"""


def _rows():
    return {(r.agency, r.task.split(" trước ")[0].split(" chậm nhất ")[0].rstrip(";. "), r.deadline)
            for r in register_of(QUY_CHE).responsibilities}


def test_each_lettered_item_under_a_bodys_announcing_line_is_that_bodys_task():
    rows = _rows()
    assert ("Sở Nội vụ", "Cung cấp cho Sở Giáo dục và Đào tạo dữ liệu cung - cầu lao động định kỳ",
            "trước ngày 15 hằng tháng") in rows
    assert ("Sở Nội vụ", "Cập nhật danh sách người lao động thất nghiệp lên hệ thống phần mềm", "") in rows


def test_the_line_announcing_a_bodys_duties_is_no_task():
    tasks = {task for _, task, _ in _rows()}
    assert "có trách nhiệm:" not in tasks and not any(t.startswith("có trách nhiệm") for t in tasks), tasks
    assert ("Ngân hàng Chính sách xã hội", "Thông báo nguồn vốn cho vay giải quyết việc làm",
            "chậm nhất ngày 20 của tháng cuối quý") in _rows()


def test_the_documents_a_body_sends_are_no_tasks_of_its_own():
    tasks = {task for _, task, _ in _rows()}
    assert not any(t.startswith(("Danh sách học viên", "Sổ theo dõi")) for t in tasks), tasks


# A Quy chế of tỉnh Hà Lam whose bodies are first given their standing ("là cơ quan chủ trì, có trách nhiệm:"), whose
# article on the focal body announces its numbered items in a paragraph, and whose meeting article names the chair in
# the passive; its "Chương III" sets out every body's duties like a "Tổ chức thực hiện" part.
STANDING = HEADER + """QUY CHẾ
Phối hợp trong công tác giáo dục nghề nghiệp
Chương II
NỘI DUNG PHỐI HỢP
Điều 4. Phối hợp tư vấn, giới thiệu việc làm
1. Sở Nội vụ là cơ quan chủ trì, có trách nhiệm:
a) Tổ chức ít nhất 12 phiên giao dịch việc làm mỗi năm;
b) Gửi Sở Giáo dục và Đào tạo danh sách doanh nghiệp cần tuyển lao động trước ngày 10 hằng tháng.
Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
Điều 9. Cơ quan thường trực
Sở Tài chính là cơ quan thường trực thực hiện Quy chế này, có trách nhiệm:
1. Tổng hợp dự toán kinh phí phối hợp của các cơ quan.
2. Chủ trì kiểm tra việc sử dụng kinh phí hằng năm.
Điều 10. Hội nghị sơ kết
1. Thành phần gồm lãnh đạo các cơ quan phối hợp.
2. Hội nghị sơ kết do lãnh đạo các cơ quan luân phiên chủ trì. Năm 2026 là năm đầu tiên, do Sở Y tế chủ trì.
Điều 11. Đối tượng kiểm tra
1. Đối tượng chịu sự kiểm tra
a) Sở Giáo dục và Đào tạo, Sở Nội vụ.
b) 02 cơ sở giáo dục nghề nghiệp: Trường Cao đẳng Hà Lam; Trường Trung cấp Nghề Hà Lam.
"""


def _standing_rows():
    return {(r.agency, r.role, r.task) for r in register_of(STANDING).responsibilities}


def test_items_under_a_body_given_its_standing_first_are_that_bodys_tasks():
    rows = _standing_rows()
    assert ("Sở Nội vụ", "thực hiện", "Tổ chức ít nhất 12 phiên giao dịch việc làm mỗi năm") in rows, rows
    assert not any(task.startswith("là cơ quan chủ trì") for _, _, task in rows), rows


def test_numbered_items_under_an_articles_announcing_paragraph_are_its_bodys_tasks():
    rows = {(agency, task) for agency, _, task in _standing_rows()}
    assert ("Sở Tài chính", "Tổng hợp dự toán kinh phí phối hợp của các cơ quan.") in rows, rows
    assert ("Sở Tài chính", "Chủ trì kiểm tra việc sử dụng kinh phí hằng năm.") in rows, rows


def test_a_body_named_in_the_passive_as_chair_leads_and_a_list_of_members_is_no_duty():
    rows = _standing_rows()
    assert any(agency == "Sở Y tế" and role == "chủ trì" for agency, role, _ in rows), rows
    assert not any(agency.startswith(("Trường", "Các cơ sở", "02 cơ sở")) for agency, _, _ in rows), rows


def test_a_body_sending_a_dossier_listed_below_has_that_duty_with_its_time_limit():
    """ "1. Trong thời hạn 15 ngày kể từ …, Trường X gửi Sở Y hồ sơ, gồm:" over the documents: the heading is the
    school's duty, and the time limit that opens it stays with it."""
    rows = [(r.agency, r.task) for r in register_of(QUY_CHE).responsibilities]
    assert any(agency == "Trường Cao đẳng Hà Lam" and task.startswith("gửi Sở Tài chính hồ sơ")
               and "Trong thời hạn 15 ngày kể từ ngày kết thúc khóa học" in task for agency, task in rows), rows
