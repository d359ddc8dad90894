"""An infographic of a plan (tỉnh Đồng Lam, fictional), as a province's portal draws one: a banner, sections under
coloured bands, figures in cards across three columns, boxes per body with their deadline in orange, a bar chart, a
timeline and a dark footer, saved as a PNG. It is read along its own layout (`index.designed_images`), not as a
page: each card one line, a box's items on one line under its body, white text on dark bands read, nothing taken
for a table's rules; the text is cached like a scan's."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image

from index import designed_images
from index.converters import convert
from index.vocab.dates import MILESTONE
from tests.fixtures_docs import infographic_truth, make_infographic, render_scan

NAME = "donglam-2026-infographic.png"


@pytest.fixture(scope="module")
def infographic(tmp_path_factory):
    return make_infographic(tmp_path_factory.mktemp("infographic") / NAME)


@pytest.fixture(scope="module")
def lines(infographic) -> list[str]:
    return convert(infographic).text.splitlines()


def test_an_infographic_is_told_from_a_scan_and_a_page_of_text(infographic, tmp_path):
    assert designed_images.is_designed(np.asarray(Image.open(infographic).convert("RGB")))
    white = Image.new("RGB", (1200, 1600), "white")
    white.paste(Image.new("RGB", (900, 20), "black"), (100, 100))  # a rule on a page: no colour blocks
    assert not designed_images.is_designed(np.asarray(white))
    render_scan(tmp_path / "scan.pdf", "KẾ HOẠCH\nĐào tạo nghề năm 2026\n" * 20, max_pages=1)
    page = tmp_path / "page"
    import subprocess

    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(tmp_path / "scan.pdf"), str(page)], check=True)
    assert not designed_images.is_designed(np.asarray(Image.open(page.with_suffix(".png")).convert("RGB")))


def test_a_phone_photo_of_a_printed_page_is_no_infographic(tmp_path):
    """The light falling off towards a corner greys the paper in flat steps: no colour blocks of a design."""
    render_scan(tmp_path / "photo.tif", "KẾ HOẠCH\nĐào tạo nghề năm 2026\n" * 20, photographed=1.2, max_pages=1)
    photo = Image.open(tmp_path / "photo.tif").convert("RGB")
    assert not designed_images.is_designed(np.asarray(photo))
    tinted = Image.merge("RGB", [band.point(lambda v, k=k: min(255, int(v * k))) for band, k in
                                 zip(photo.split(), (1.0, 0.95, 0.85))])  # a warm lamp's yellow
    assert not designed_images.is_designed(np.asarray(tinted))


def test_each_card_is_one_item_its_label_then_its_big_figure(lines):
    for card in ("Tuyển sinh giáo dục nghề nghiệp: 18.400 người", "Trình độ cao đẳng: 2.650 người",
                 "Trình độ trung cấp: 3.900 người", "Lao động qua đào tạo: 71,5%", "Đi làm việc ở nước ngoài: 1.800 người"):
        assert f"- {card}" in lines, lines
    assert not any("18.400 người 2.650" in line for line in lines)  # a row of cards is not one line


def test_a_bodys_box_is_one_item_its_name_heading_its_tasks_and_deadline(lines):
    assert "- Sở Tài chính: Tham mưu phân bổ kinh phí thực hiện; Hạn: trước 28/02/2026" in lines, lines
    assert any(line.startswith("- UBND các xã, phường: Rà soát nhu cầu học nghề") and line.endswith("Quý I/2026")
               for line in lines), lines


def test_white_text_on_dark_bands_is_read_and_no_band_is_taken_for_a_table(lines):
    assert lines[:3] == ["INFOGRAPHIC", "ĐÀO TẠO NGHỀ VÀ VIỆC LÀM NĂM 2026",
                         "Kế hoạch số 21/KH-UBND ngày 12/02/2026 của UBND tỉnh Đồng Lam"], lines
    assert {"CHỈ TIÊU NĂM 2026", "AI LÀM GÌ?", "KINH PHÍ", "LỘ TRÌNH"} <= set(lines)
    assert lines[-1].startswith("Nguồn: Kế hoạch số 21/KH-UBND | Thiết kế: Minh Châu")
    assert not any(line.startswith("|") for line in lines)


def test_a_bar_charts_rows_and_a_timelines_milestones_are_one_line_each(lines):
    text = "\n".join(lines)
    # each bar's source and amount on one line, the bar between them dropped
    assert "Tổng kinh phí: 64,6 tỷ đồng\nNgân sách trung ương: 30,2 tỷ đồng\nNgân sách tỉnh: 24,6 tỷ đồng" in text
    # a milestone's date heads its event
    assert ["Tháng 3/2026: Giao chỉ tiêu cho các trường", "Quý II/2026: Khảo sát nhu cầu doanh nghiệp",
            "15/12/2026: Báo cáo kết quả về Sở Giáo dục và Đào tạo"] == [line for line in lines if MILESTONE.match(
                line.split(": ")[0])], lines
    # every word of the picture is read, in a reader's order, with few misread letters
    from tests.fixtures_docs import char_accuracy

    assert char_accuracy(text, "\n".join(infographic_truth())) >= 0.95


def test_the_reading_is_cached_beside_the_image_and_reused_without_tesseract(infographic, lines, monkeypatch):
    assert (infographic.parent / f".{NAME}.ocr.json").exists()
    monkeypatch.setattr(shutil, "which", lambda _: None)  # no Tesseract now: only the cache can answer
    assert convert(infographic).text.splitlines() == lines


def test_without_tesseract_an_unread_infographic_is_an_error_naming_it_as_a_drawn_image(infographic, tmp_path,
                                                                                       monkeypatch):
    from index.documents import DocumentError

    fresh = tmp_path / "moi-infographic.png"
    shutil.copy(infographic, fresh)  # no cache beside it
    monkeypatch.setattr(shutil, "which", lambda _: None)
    with pytest.raises(DocumentError, match=r"moi-infographic\.png: là ảnh đồ họa \(infographic\) nên phải đọc bằng "
                                            r"OCR, nhưng máy chưa cài Tesseract"):
        convert(fresh)


@pytest.fixture(scope="module")
def donglam(settings_factory, tmp_path_factory, infographic):
    from assistant.service import Assistant

    corpus = tmp_path_factory.mktemp("plans")
    shutil.copy(infographic, corpus / NAME)
    service = Assistant(settings_factory(corpus_dir=corpus))
    assert not service.ingest().errors
    return service


@pytest.mark.parametrize(("question", "facts"), [
    ("Năm 2026 tỉnh Đồng Lam tuyển sinh giáo dục nghề nghiệp bao nhiêu người?", ["18.400"]),
    ("Sở Tài chính phải làm gì, hạn khi nào?", ["phân bổ kinh phí", "28/02/2026"]),
    ("Sở nào chủ trì tổ chức phiên giao dịch việc làm?", ["Sở Nội vụ"]),
    ("Kế hoạch số mấy, ban hành ngày nào?", ["21/KH-UBND", "12/02/2026"]),
    ("Khi nào phải báo cáo kết quả về Sở Giáo dục và Đào tạo?", ["15/12/2026"]),
    ("Ngân sách tỉnh bố trí bao nhiêu?", ["24,6 tỷ"]),
])
def test_an_infographic_answers_what_it_shows_citing_itself(donglam, question, facts):
    answer = donglam.ask(question)
    assert not answer.refused and all(fact in answer.short_answer for fact in facts), answer.short_answer
    assert {c.doc for c in answer.citations} == {NAME}


def test_an_infographic_is_named_by_the_plan_it_presents(donglam):
    """No heading, number or signature of its own: the plan its banner names by number and date is its identity."""
    meta = donglam.index().plans[NAME]
    assert (meta.doc_type, meta.number, meta.date, meta.province) == ("Kế hoạch", "21/KH-UBND", "2026-02-12", "Đồng Lam")
    assert meta.title == "ĐÀO TẠO NGHỀ VÀ VIỆC LÀM NĂM 2026" and not meta.signer


def test_an_infographics_boxes_feed_the_register(donglam):
    rows = {(r.agency, r.deadline) for r in donglam.register().responsibilities() if r.doc == NAME}
    assert ("Sở Tài chính", "trước 28/02/2026") in rows or ("Sở Tài chính", "28/02/2026") in rows, rows


def test_a_card_with_an_icon_beside_its_text_is_still_one_item(tmp_path):
    import dataclasses

    from tests.fixtures_docs import DONG_LAM

    spec = dataclasses.replace(DONG_LAM, icons=True, cards=DONG_LAM.cards[:3])
    text = convert(make_infographic(tmp_path / "icons.png", spec)).text
    assert "- Tuyển sinh giáo dục nghề nghiệp: 18.400 người" in text.splitlines(), text
    assert "- Trình độ cao đẳng: 2.650 người" in text.splitlines(), text


@pytest.fixture(scope="module")
def strip_lines(tmp_path_factory) -> list[str]:
    from tests.fixtures_docs import make_strip_infographic

    return convert(make_strip_infographic(tmp_path_factory.mktemp("strips") / "ngocha-2026-infographic.png")).text \
        .splitlines()


def test_a_shaded_banner_is_read_line_by_line(strip_lines):
    assert strip_lines[:3] == ["KẾ HOẠCH GIẢI QUYẾT VIỆC LÀM NĂM 2026",
                               "Kế hoạch số 33/KH-UBND ngày 05/3/2026 của UBND tỉnh Ngọc Hà",
                               "Cổng Thông tin điện tử tỉnh Ngọc Hà"], strip_lines


def test_a_card_of_a_label_strip_over_a_figure_is_one_item(strip_lines):
    from tests.fixtures_docs import NGOC_HA_CARDS

    for label, figure in NGOC_HA_CARDS:
        assert f"- {label}: {figure}" in strip_lines, strip_lines


def test_a_horizontal_timeline_is_read_date_by_date(strip_lines):
    from tests.fixtures_docs import NGOC_HA_STEPS

    start = strip_lines.index("LỘ TRÌNH THỰC HIỆN")
    assert strip_lines[start + 1:start + 4] == [f"{when}: {what}" for when, what in NGOC_HA_STEPS], strip_lines


@pytest.mark.parametrize("right", [1160, 640], ids=["as wide as the image", "half of it"])
def test_each_row_of_a_striped_list_is_its_own_item(tmp_path, right):
    """Rows of alternating shades touch one another: each is a body's item, not one card, nor a band's lines."""
    from tests.fixtures_docs import STRIPED_ROWS, make_striped_list

    lines = convert(make_striped_list(tmp_path / "striped.png", right)).text.splitlines()
    assert lines[0] == "AI LÀM GÌ?"
    assert [line.split(":")[0] for line in lines[1:]] == [f"- {who}" for who, _ in STRIPED_ROWS], lines


def test_an_outlined_boxs_strip_names_its_body_over_its_items_and_a_framed_cards_figure_follows_its_label(tmp_path):
    """A thin border with rounded corners round a white body: the strip's name heads the box, each dotted task is an
    item (its wrapped line, set in past the dot, goes on with it), the partners stay a field; the border, corners
    and dots read as nothing. A card with a border and a fill of two colours reads as a card."""
    from tests.fixtures_docs import OUTLINED_BOXES, OUTLINED_CARDS, make_outlined_boxes

    lines = convert(make_outlined_boxes(tmp_path / "outlined.png")).text.splitlines()
    expected = ["PHÂN CÔNG NHIỆM VỤ"]
    for who, _, tasks, partners in OUTLINED_BOXES:
        expected += [who, *(f"- {task}" for task in tasks), partners]
    expected += ["CHỈ TIÊU NĂM 2027", *(f"- {label}: {value}" for value, label in OUTLINED_CARDS)]
    assert lines == expected


def test_an_outlined_boxs_tasks_are_its_bodys_with_its_partners(tmp_path):
    from tests.fixtures_docs import make_outlined_boxes
    from tests.register_snippets import register_of

    text = convert(make_outlined_boxes(tmp_path / "outlined.png")).text
    rows = {r.task[:24]: r for r in register_of(text).responsibilities}
    assert rows["Phân bổ chỉ tiêu đào tạo"].agency == "Sở Giáo dục và Đào tạo"
    assert rows["Phân bổ chỉ tiêu đào tạo"].partners == ["Sở Tài chính"]
    assert rows["Phân bổ chỉ tiêu đào tạo"].deadline == "trước 15/3/2027"
    assert rows["Tư vấn nghề cho 9.000 lư"].agency == "Trung tâm Dịch vụ việc làm"
    assert not any(r.task.startswith("Tỷ lệ") for r in rows.values())  # the cards' section assigns nothing


def test_a_timeline_down_the_page_pairs_each_date_with_the_events_beside_it(tmp_path):
    """Dates right-aligned in a column, a rule with a ring per date, the events beside them: the rule keeps no row
    whole, so without it set aside the dates read as one line over the events."""
    from tests.fixtures_docs import SIDE_TIMELINE, make_side_timeline

    lines = convert(make_side_timeline(tmp_path / "side.png")).text.splitlines()
    assert lines == ["LỘ TRÌNH", *(f"- {when}: {what}" for when, what in SIDE_TIMELINE)]
