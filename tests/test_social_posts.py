"""A commune's social-page post about its plan, as citizens meet it: emoji for headings and bullets, the page's
buttons and counters among the comments, no national header. Hand-made (phường Bến Lức of a fictional tỉnh Sơn
Hà), in a layout none of the bundled plans use."""

from __future__ import annotations

from index.cells import render
from index.html_text import html_blocks
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure
from tests.register_snippets import register_of

POST = """📣 THÔNG BÁO MỞ LỚP DẠY NGHỀ MIỄN PHÍ NĂM 2026 📣
Kính chào bà con phường Bến Lức! 🌸
Thực hiện Kế hoạch số 14/KH-UBND ngày 05/01/2026 của UBND phường Bến Lức về đào tạo nghề năm 2026 (thực hiện Kế hoạch
số 210/KH-UBND của UBND tỉnh Sơn Hà), phường mở các lớp sau.
🎯 Chỉ tiêu năm 2026:
✅ Dạy nghề cho 120 lao động, trong đó nữ ít nhất 40%.
📌 Phân công thực hiện:
👉 Hội Liên hiệp Phụ nữ phường: vận động hội viên đăng ký học nghề trước ngày 15/3/2026.
👉 Trung tâm Giáo dục nghề nghiệp khu vực Bến Lức: tổ chức dạy 04 lớp, cấp chứng chỉ cho học viên đạt yêu cầu.
☎️ Liên hệ:
✅ Bộ phận một cửa phường: 0270.3 812 345.
Thích
Bình luận
Chia sẻ
12 bình luận
Lê Văn Tâm
Lớp điện học ở đâu ạ?
-
Phản hồi
- 2 ngày
"""


def test_a_posts_emoji_titles_are_its_parts_and_its_page_furniture_goes():
    text = normalize_text(POST)
    assert "Thích" not in text.split("\n") and "- 2 ngày" not in text and "12 bình luận" not in text
    assert text.startswith("THÔNG BÁO MỞ LỚP DẠY NGHỀ MIỄN PHÍ NĂM 2026\n")  # the framing emoji are decoration
    parts = [s.title for s in parse_structure(text).children if s.kind == "pictograph"]
    assert parts == ["🎯 Chỉ tiêu năm 2026:", "📌 Phân công thực hiện:", "☎️ Liên hệ:"]


def test_a_posts_assignments_feed_the_register():
    rows = {(r.agency, " ".join(r.task.split()[:4]), r.deadline)
            for r in register_of(POST, "post.txt").responsibilities}
    assert rows == {("Hội Liên hiệp Phụ nữ", "vận động hội viên", "trước ngày 15/3/2026"),
                    ("Trung tâm Giáo dục nghề nghiệp khu vực Bến Lức", "tổ chức dạy 04", "")}


def test_a_post_without_header_is_the_communes_in_the_province_its_opening_names():
    text = normalize_text(POST)
    meta = extract_metadata("post.txt", text)
    assert (meta.province, meta.issuer, meta.doc_type) == ("Sơn Hà", "Ủy ban nhân dân phường Bến Lức", "Thông báo")
    assert meta.label.endswith("(phường Bến Lức, Sơn Hà)")


def test_an_emoji_drawn_as_an_image_is_read_by_its_alt_text_a_photo_is_not():
    page = ('<div dir="auto"><span><img alt="🎯" src="https://static.example/emoji/1f3af.png"></span> Chỉ tiêu:</div>'
            '<div dir="auto">✅ Dạy nghề cho 120 lao động.</div>'
            '<div><img alt="Có thể là hình ảnh về 3 người và văn bản" src="photo.jpg"></div>')
    lines = render(html_blocks(page)).split("\n")
    assert "🎯 Chỉ tiêu:" in lines
    assert not any("hình ảnh" in line for line in lines)
