"""A Sở's communication plan whose figures stand only in a native Word chart and whose who-does-what stands only in
a SmartArt organisation chart (`tests.fixtures_office_graphics`): both read where they stand, the chart as its title
and a table of its figures, the diagram as a line per shape in its own order, a shape's shapes under it as "- "
lines, so the targets and duties they hold are answered and registered. Tỉnh Lam Hà and everything in it are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.converters import convert
from tests.fixtures_office_graphics import chart_xml, diagram_xml, drawing_xml, make_graphics_docx
from tests.register_snippets import register_of

CHART = chart_xml("Số tin, bài truyền thông năm 2028", ["Quý I", "Quý II", "Quý III", "Quý IV"],
                  [("Tin, bài trên báo", [40, 55, 60, 45]), ("Phóng sự truyền hình", [5, 6, 7, 6])])
ORGANISATION = [
    (["Sở Giáo dục và Đào tạo"],
     [(["Chủ trì triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2028"], [])]),
    (["Sở Nội vụ"], [(["Phối hợp cung cấp thông tin thị trường lao động cho các bản tin việc làm hằng tháng"], [])]),
    (["Đài Phát thanh và Truyền hình tỉnh"], [(["Phối hợp sản xuất 24 phóng sự về gương thanh niên học nghề"], [])]),
]
HEAD = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAM HÀ", "Số: 215/KH-SGDĐT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Lam Hà, ngày 15 tháng 01 năm 2028", "KẾ HOẠCH",
        "Truyền thông về giáo dục nghề nghiệp và việc làm năm 2028", "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao nhận thức của người dân, nhất là thanh niên, về học nghề và lập nghiệp.", "II. CHỈ TIÊU",
        "Số tin, bài đăng trên báo và phóng sự truyền hình theo quý như biểu đồ sau:"]
TAIL = ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Hùng"]


def _plan(path: Path, chart: bytes = CHART, diagram: bytes | None = None, drawing: bytes = drawing_xml([])) -> Path:
    return make_graphics_docx(path, [*HEAD, ("chart", chart), "III. TỔ CHỨC THỰC HIỆN",
                                     (diagram or diagram_xml(ORGANISATION, "rIdDRAWING"), drawing), *TAIL])


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    return _plan(tmp_path_factory.mktemp("graphics") / "lamha-2028-kh-truyen-thong.docx")


def test_a_charts_figures_read_as_its_title_and_a_table_where_it_stands(plan: Path):
    lines = [line for line in convert(plan).text.splitlines() if line]
    at = lines.index("Số tin, bài truyền thông năm 2028")
    assert lines[at - 1] == HEAD[-1]
    assert lines[at + 1:at + 4] == ["|  | Quý I | Quý II | Quý III | Quý IV |",
                                    "| Tin, bài trên báo | 40 | 55 | 60 | 45 |",
                                    "| Phóng sự truyền hình | 5 | 6 | 7 | 6 |"]


def test_a_smartarts_shapes_read_in_the_diagrams_order_each_under_its_own(plan: Path):
    lines = [line for line in convert(plan).text.splitlines() if line]
    at = lines.index("III. TỔ CHỨC THỰC HIỆN")
    assert lines[at + 1:at + 7] == [
        "Sở Giáo dục và Đào tạo", f"- {ORGANISATION[0][1][0][0][0]}", "Sở Nội vụ", f"- {ORGANISATION[1][1][0][0][0]}",
        "Đài Phát thanh và Truyền hình tỉnh", f"- {ORGANISATION[2][1][0][0][0]}"]
    assert lines[at + 7] == "Nơi nhận:"


def test_a_diagram_whose_data_holds_no_text_reads_from_its_drawing(tmp_path: Path):
    drawing = drawing_xml([(2000000, 1200000, ["Sở Nội vụ", "Phối hợp tổ chức phiên giao dịch việc làm"]),
                           (0, 1200000, ["Sở Giáo dục và Đào tạo"]), (1000000, 0, ["Ủy ban nhân dân tỉnh"])])
    text = convert(_plan(tmp_path / "drawn.docx", diagram=diagram_xml(ORGANISATION, "rIdDRAWING", with_text=False),
                         drawing=drawing)).text
    assert "Ủy ban nhân dân tỉnh\nSở Giáo dục và Đào tạo\nSở Nội vụ\nPhối hợp tổ chức phiên giao dịch việc làm" in text


def test_a_broken_chart_leaves_the_rest_of_the_plan_read(tmp_path: Path):
    text = convert(_plan(tmp_path / "broken.docx", chart=b"<c:chartSpace")).text
    assert "Quý III" not in text and "Sở Nội vụ" in text and "Trần Văn Hùng" in text


def test_duties_in_a_smartart_organisation_chart_are_registered(plan: Path):
    rows = register_of(convert(plan).text, plan.name).responsibilities
    assert any(r.agency == "Sở Giáo dục và Đào tạo" and r.role == "chủ trì" and r.deadline == "trước ngày 15/12/2028"
               for r in rows)
    assert any(r.agency == "Đài Phát thanh và Truyền hình" and r.role == "phối hợp" and "24 phóng sự" in r.task
               for r in rows)


def test_a_figure_only_the_chart_holds_is_answered(assistant_over_folder, tmp_path: Path):
    _plan(tmp_path / "lamha-2028-kh-truyen-thong.docx")
    service = assistant_over_folder(tmp_path)
    answer = service.ask("Quý III năm 2028 Sở Giáo dục và Đào tạo Lam Hà đăng bao nhiêu tin, bài trên báo?")
    assert not answer.refused and "60" in answer.short_answer
    answer = service.ask("Đài Phát thanh và Truyền hình tỉnh Lam Hà phối hợp làm gì trong kế hoạch truyền thông?")
    assert not answer.refused and "24 phóng sự" in answer.text
