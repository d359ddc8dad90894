"""A fillable PDF form filled in a viewer: the answers stand only in its fields, and are read where they show."""

from __future__ import annotations

import pdfplumber
import pytest

from index.converters import convert
from index.pdf_forms import CHECKED, UNCHECKED, field_chars
from tests.fixtures_docs import FormField, make_form_pdf

LABELS = [
    (15, 15, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHE MÂY"), (120, 15, "Mẫu số 02/KHTS"),
    (15, 30, "KẾ HOẠCH TUYỂN SINH VÀ ĐÀO TẠO NĂM 2029"),
    (15, 45, "1. Tên cơ sở:"), (15, 55, "2. Số, ngày kế hoạch:"),
    (15, 65, "3. Hình thức đào tạo:"), (75, 65, "Chính quy"), (115, 65, "Thường xuyên"),
    (15, 80, "4. Chỉ tiêu theo nghề (người):"),
    (15, 90, "Nghề"), (90, 90, "Trình độ"), (140, 90, "Số người"),
    (15, 130, "5. Tổ chức thực hiện (ghi rõ đơn vị chủ trì, phối hợp):"),
    (15, 170, "(Hướng dẫn: ghi chỉ tiêu bằng số; gửi Sở trước ngày 25/12/2028)"),
]
DUTIES = ("Phòng Đào tạo chủ trì tuyển sinh các lớp sơ cấp, hoàn thành trước ngày 30/6/2029; Phòng Tổ chức - "
          "Hành chính phối hợp bố trí giáo viên.")


def _fields() -> list[FormField]:
    rows = [("Điện công nghiệp", "Sơ cấp", "120"), ("May công nghiệp", "Sơ cấp", "90"),
            ("Chăn nuôi gia cầm", "Dưới 3 tháng", "240")]
    grid = [FormField(f"r{k}c{j}", x, 98 + 8 * k, w, 7, value)
            for k, row in enumerate(rows) for j, (x, w, value) in enumerate(zip((15, 90, 140), (70, 45, 30), row))]
    return [FormField("ten", 60, 44, 130, 7, "Trung tâm GDNN - GDTX Khe Mây"),
            FormField("so", 60, 54, 130, 7, "215/KH-TTGDNN ngày 18/12/2028", parent=True),
            FormField("cq", 68, 65, 5, 5, "Yes", "check"), FormField("tx", 108, 65, 5, 5, "Off", "check"),
            *grid, FormField("tochuc", 15, 137, 180, 25, DUTIES, "multiline", appearance=False),
            FormField("ghichu", 15, 180, 100, 7, "")]


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    return make_form_pdf(tmp_path_factory.mktemp("form") / "kh-tuyen-sinh.pdf", [LABELS], _fields())


def test_the_answers_of_a_filled_form_read_beside_their_labels(form):
    text = convert(form).text
    lines = text.splitlines()
    assert "1. Tên cơ sở: Trung tâm GDNN - GDTX Khe Mây" in lines
    assert "2. Số, ngày kế hoạch: 215/KH-TTGDNN ngày 18/12/2028" in lines  # its value held by the field above it
    assert f"3. Hình thức đào tạo: {CHECKED} Chính quy {UNCHECKED} Thường xuyên" in lines
    assert DUTIES in " ".join(lines)  # a paragraph in a box of several lines, read whole


def test_a_grid_of_fields_reads_as_the_rows_of_its_table(form):
    text = convert(form).text
    assert any("Điện công nghiệp" in line and "120" in line and "Chăn" not in line for line in text.splitlines())
    assert text.index("May công nghiệp") < text.index("Chăn nuôi gia cầm")


def test_a_form_printed_with_its_answers_is_read_once(tmp_path):
    """A box the page's own text already fills (a form printed, then kept with its fields) is left as printed."""
    printed = make_form_pdf(tmp_path / "in.pdf", [[(15, 45, "1. Tên cơ sở:"), (61, 45, "Trung tâm Khe Mây")]],
                            [FormField("ten", 60, 44, 130, 7, "Trung tâm Khe Mây")])
    with pdfplumber.open(printed) as pdf:
        assert field_chars(pdf.pages[0]) == []
    assert convert(printed).text.count("Trung tâm Khe Mây") == 1


def test_a_label_reads_on_into_its_value_whatever_the_box_beside_it(tmp_path):
    """A label centred beside a box of several lines, and a label of two lines beside a box level with its first:
    either reads on into what was filled in, the value after the label's last words, none of it cut in two."""
    result = ("982 người, đạt 102,3% kế hoạch giao (960 người); trong đó trung cấp 96, sơ cấp 214, đào tạo dưới "
              "3 tháng 538, đào tạo thường xuyên 134 người")
    labels = [(15, 20, "KẾ HOẠCH TUYỂN SINH NĂM 2029"), (15, 40, "6. Kết quả tuyển sinh năm 2028:"),
              (15, 60, "7. Giấy chứng nhận đăng ký hoạt động giáo dục"), (15, 65, "nghề nghiệp:"),
              (15, 80, "8. Địa bàn tuyển sinh:")]
    fields = [FormField("ketqua", 85, 34, 110, 17, result, "multiline"),
              FormField("gcn", 110, 59, 85, 6, "Số 09/2026/GCNĐKHĐ-SGDĐT ngày 14/3/2026"),
              FormField("diaban", 85, 79, 110, 7, "Phường Lâm Hạc và các xã Khe Bạc, Nậm Xoa")]
    lines = convert(make_form_pdf(tmp_path / "kh.pdf", [labels], fields)).text.splitlines()
    assert f"6. Kết quả tuyển sinh năm 2028: {result}" in lines
    assert "nghề nghiệp: Số 09/2026/GCNĐKHĐ-SGDĐT ngày 14/3/2026" in lines
    assert "8. Địa bàn tuyển sinh: Phường Lâm Hạc và các xã Khe Bạc, Nậm Xoa" in lines


DOTS = "." * 60
TYPED_LABELS = [
    (15, 15, "UBND XÃ NẬM TRÀ"), (15, 25, "BÁO CÁO KẾT QUẢ ĐÀO TẠO NGHỀ NĂM 2029"),
    (15, 40, f"1. Tổng số người học năm 2029: {DOTS}"), (15, 50, f"2. Số người có việc làm sau đào tạo: {DOTS}"),
    (15, 62, "3. Các lớp năm 2030 (Biểu 3):"), (15, 70, "Nghề"), (80, 70, "Số học viên"), (130, 70, "Thời gian"),
    (15, 100, "4. Phân công thực hiện (ghi rõ đơn vị chủ trì, thời hạn):"), (15, 108, DOTS), (15, 114, DOTS),
]
TASKS = ("Công chức Văn hóa - Xã hội chủ trì tổng hợp danh sách học viên, gửi Phòng Kinh tế trước ngày 15/3/2030; "
         "Đoàn Thanh niên xã phối hợp tuyên truyền tuyển sinh.")


def _typed() -> list[FormField]:
    rows = [("Trồng và chế biến chè", "35", "Tháng 4/2030"), ("Sửa chữa máy nông nghiệp", "28", "Tháng 6/2030")]
    cells = [FormField(f"r{k}c{j}", x, 77 + 7 * k, w, 6, value, "typed")
             for k, row in enumerate(rows) for j, (x, w, value) in enumerate(zip((15, 80, 130), (60, 45, 50), row))]
    return [FormField("tong", 75, 39, 110, 7, "1.240 người", "typed"),
            FormField("vieclam", 85, 49, 100, 7, "1.046 người, đạt 84,4%", "typed"), *cells,
            FormField("phancong", 15, 106, 180, 12, TASKS, "typed"),
            FormField("ghichu", 150, 15, 40, 8, "Kiểm tra lại số liệu dòng 2", "note")]


def test_values_typed_over_a_form_read_beside_their_labels(tmp_path):
    """A form without fields filled with a PDF editor's typewriter tool: each value a free-text annotation over its
    dotted line or in its table cell, read where it shows, with no leader dot left in its words; a reviewer's
    sticky note is no text of the page."""
    pdf = make_form_pdf(tmp_path / "bao-cao.pdf", [TYPED_LABELS], _typed())
    text = convert(pdf).text
    lines = text.splitlines()
    assert any(line.startswith("1. Tổng số người học năm 2029: 1.240 người") for line in lines), lines
    assert any(line.startswith("2. Số người có việc làm sau đào tạo: 1.046 người, đạt 84,4%") for line in lines)
    assert any("Trồng và chế biến chè" in line and "35" in line and "Tháng 4/2030" in line and "28" not in line
               for line in lines)
    assert TASKS in " ".join(lines)
    assert "Kiểm tra lại" not in text


@pytest.mark.filterwarnings("ignore:Could not decode")  # its author's name, which convert does not read either
def test_a_typed_value_flattened_into_the_page_is_read_once(tmp_path):
    """A typed box whose value the page's own text already spells (the annotation kept after flattening) adds
    nothing; one reaching over a label's last letters still adds its value."""
    labels = [(15, 40, "1. Tổng số người học:"), (60, 40, "1.240 người"), (15, 50, "2. Số lớp: ......")]
    fields = [FormField("tong", 58, 39, 60, 7, "1.240 người", "typed"),
              FormField("lop", 30, 49, 60, 7, "42 lớp", "typed")]
    pdf = make_form_pdf(tmp_path / "phang.pdf", [labels], fields)
    with pdfplumber.open(pdf, raise_unicode_errors=False) as opened:  # its author's name is no UTF-8 (as convert)
        assert "".join(c["text"] for c in field_chars(opened.pages[0])) == "42 lớp"
    assert convert(pdf).text.count("1.240 người") == 1
