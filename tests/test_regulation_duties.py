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
