"""A decision publishing administrative procedures (thủ tục hành chính): a list table of every procedure, then
each procedure's fixed fields ("a) Trình tự thực hiện", "đ) Cơ quan thực hiện", "h) Yêu cầu, điều kiện"). A field
the question names is read with the procedure it belongs to, before the list's row of that procedure."""

from __future__ import annotations

import pytest

from tests.answer_checks import says

DECISION = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐÔNG BÌNH | Độc lập - Tự do - Hạnh phúc
Số: 1502/QĐ-UBND | Đông Bình, ngày 22 tháng 9 năm 2026
QUYẾT ĐỊNH
Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực việc làm thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Đông Bình
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐÔNG BÌNH
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;
Căn cứ Quyết định số 911/QĐ-BNV ngày 02 tháng 9 năm 2026 của Bộ trưởng Bộ Nội vụ về việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực việc làm;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 288/TTr-SNV ngày 15 tháng 9 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này 03 thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực việc làm thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Đông Bình.
Điều 2. Sở Nội vụ cập nhật thủ tục hành chính tại Điều 1 lên Cơ sở dữ liệu quốc gia về thủ tục hành chính trong thời hạn 05 ngày làm việc kể từ ngày ký Quyết định này. Trung tâm Phục vụ hành chính công tỉnh niêm yết công khai các thủ tục tại nơi tiếp nhận hồ sơ.
Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2026.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận: - Như Điều 4; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hà Quang Vinh
THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC VIỆC LÀM
(Kèm theo Quyết định số 1502/QĐ-UBND ngày 22 tháng 9 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Đông Bình)
PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH
STT | Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện | Phí, lệ phí
1 | Giải quyết hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp | 15 ngày làm việc | Trung tâm Dịch vụ việc làm tỉnh | Không
2 | Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp | 10 ngày làm việc | Trung tâm Phục vụ hành chính công tỉnh | 1.500.000 đồng/giấy phép
3 | Đăng ký hợp đồng lao động trực tiếp giao kết | 05 ngày làm việc | Trung tâm Phục vụ hành chính công tỉnh | Không
PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH
1. Thủ tục giải quyết hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp
a) Trình tự thực hiện:
Bước 1: Người lao động có nhu cầu học nghề nộp đề nghị hỗ trợ học nghề tại Trung tâm Dịch vụ việc làm tỉnh.
Bước 2: Trong thời hạn 10 ngày làm việc, Trung tâm Dịch vụ việc làm tỉnh xem xét, trình Giám đốc Sở Nội vụ quyết định hỗ trợ học nghề.
Bước 3: Trong thời hạn 05 ngày làm việc, Giám đốc Sở Nội vụ ban hành quyết định hỗ trợ học nghề.
b) Cách thức thực hiện: nộp trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.
c) Thành phần, số lượng hồ sơ: Đề nghị hỗ trợ học nghề theo Mẫu số 03; bản sao giấy tờ tùy thân. Số lượng hồ sơ: 01 bộ.
d) Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định.
đ) Cơ quan thực hiện: Cơ quan có thẩm quyền quyết định: Sở Nội vụ. Cơ quan trực tiếp thực hiện: Trung tâm Dịch vụ việc làm tỉnh.
e) Kết quả thực hiện: Quyết định về việc hỗ trợ học nghề.
g) Phí, lệ phí: Không.
h) Yêu cầu, điều kiện: Đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng lao động.
2. Thủ tục cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp
a) Trình tự thực hiện:
Bước 1: Doanh nghiệp nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.
Bước 2: Trong thời hạn 07 ngày làm việc, Sở Nội vụ thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh.
Bước 3: Trong thời hạn 03 ngày làm việc, Chủ tịch Ủy ban nhân dân tỉnh cấp giấy phép.
b) Cách thức thực hiện: nộp trực tiếp hoặc qua dịch vụ bưu chính.
c) Thành phần, số lượng hồ sơ: Văn bản đề nghị cấp giấy phép; giấy chứng nhận ký quỹ 300.000.000 đồng; lý lịch tư pháp của người đại diện theo pháp luật. Số lượng hồ sơ: 02 bộ.
d) Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
đ) Cơ quan thực hiện: Cơ quan có thẩm quyền quyết định: Chủ tịch Ủy ban nhân dân tỉnh. Cơ quan trực tiếp thực hiện: Sở Nội vụ.
e) Kết quả thực hiện: Giấy phép hoạt động dịch vụ việc làm, thời hạn tối đa 60 tháng.
g) Phí, lệ phí: 1.500.000 đồng/giấy phép.
3. Thủ tục đăng ký hợp đồng lao động trực tiếp giao kết
a) Trình tự thực hiện:
Bước 1: Người lao động nộp hồ sơ đăng ký hợp đồng tại Trung tâm Phục vụ hành chính công tỉnh trước ngày xuất cảnh ít nhất 20 ngày.
Bước 2: Trong thời hạn 05 ngày làm việc, Sở Nội vụ xác nhận đăng ký hợp đồng.
b) Cách thức thực hiện: trực tuyến toàn trình.
c) Thành phần, số lượng hồ sơ: Văn bản đăng ký hợp đồng lao động; bản sao hợp đồng lao động có bản dịch tiếng Việt. Số lượng hồ sơ: 01 bộ.
d) Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.
đ) Cơ quan thực hiện: Sở Nội vụ.
e) Kết quả thực hiện: Văn bản xác nhận đăng ký hợp đồng.
g) Phí, lệ phí: Không.
"""


@pytest.fixture(scope="module")
def procedures(assistant_over):
    return assistant_over({"dongbinh-2026-qd-cong-bo-tthc-viec-lam.txt": DECISION})


@pytest.mark.parametrize("question, fact", [
    ("Ai có thẩm quyền quyết định cấp giấy phép hoạt động dịch vụ việc làm?", "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Muốn được hỗ trợ học nghề khi đang hưởng trợ cấp thất nghiệp cần điều kiện gì?", "09 tháng"),
    ("Cấp giấy phép hoạt động dịch vụ việc làm mất phí bao nhiêu?", "1.500.000"),
])
def test_a_procedures_field_the_question_names_answers_it(procedures, question, fact):
    answer = procedures.ask(question)
    assert not answer.refused and says(answer.short_answer, fact), answer.short_answer
