"""A news article on a plan, as a citizen finds it: a provincial newspaper's page saved as .html (tỉnh Lam Giang,
fictional). The page's menu, share buttons, related links, ads and footer are furniture; the article is a time stamp,
a headline, a sapo, prose with quotes, a box of the plan's main points and a byline. It is no plan: its type is
"Bài báo", its title the headline, its province the one it writes of (never the weekday of its time stamp), its
header the time stamp and headline only, and the duties it reports ("… đề nghị Sở Nội vụ chủ trì …") are read."""

from __future__ import annotations

import pytest

from index.converters import convert
from index.metadata import extract_metadata
from index.normalize import normalize_text
from index.structure import parse_structure
from tests.register_snippets import register_of

NAME = "lamgiang-2026-bao-dien-tu.html"
PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lam Giang phấn đấu đào tạo nghề cho 9.000 lao động nông thôn năm 2026 - Báo Lam Giang điện tử</title>
<style>.menu{color:red}</style><script>var x=1;</script></head><body>
<header><div class="logo">BÁO LAM GIANG ĐIỆN TỬ</div><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/xa-hoi">Xã hội</a> &gt; <a href="/xa-hoi/lao-dong">Lao động - Việc làm</a></div>
<article>
<div class="time">Thứ Tư, 21/01/2026 - 09:15</div>
<h1>Lam Giang phấn đấu đào tạo nghề cho 9.000 lao động nông thôn năm 2026</h1>
<p class="sapo"><strong>(BLG) - Sáng 20/1, UBND tỉnh Lam Giang tổ chức hội nghị triển khai Kế hoạch số 15/KH-UBND ngày 12/01/2026 về đào tạo nghề cho lao động nông thôn năm 2026. Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.</strong></p>
<p>Năm 2025, toàn tỉnh đã tuyển sinh, đào tạo nghề cho 8.450 lao động nông thôn, đạt 105% kế hoạch; tỷ lệ lao động có việc làm sau đào tạo đạt 81%.</p>
<h2>Ưu tiên người dân tộc thiểu số</h2>
<p>Theo kế hoạch, năm 2026 tỉnh phấn đấu đào tạo nghề cho 9.000 lao động nông thôn, trong đó trình độ sơ cấp 3.500 người; tỷ lệ có việc làm sau đào tạo đạt ít nhất 82%.</p>
<p>Phát biểu tại hội nghị, bà Nguyễn Thị Hoa, Giám đốc Sở Giáo dục và Đào tạo cho biết: “Sở sẽ hoàn thành việc giao chỉ tiêu cho các cơ sở giáo dục nghề nghiệp trước ngày 28/02/2026 và mở ít nhất 120 lớp tại các xã vùng cao”.</p>
<figure><img src="https://baolamgiang.vn/anh/hoi-nghi.jpg" alt=""><figcaption>Quang cảnh hội nghị. Ảnh: Minh An</figcaption></figure>
<p>Phó Chủ tịch UBND tỉnh Trần Văn Bình đề nghị Sở Nội vụ chủ trì khảo sát nhu cầu học nghề, hoàn thành trong quý I/2026.</p>
<div class="box"><h3>Những điểm chính của Kế hoạch</h3><ul>
<li>Hỗ trợ chi phí đào tạo tối đa 4 triệu đồng/người/khóa học cho lao động thuộc hộ nghèo.</li>
<li>Tổng kinh phí 48,5 tỷ đồng, từ ngân sách trung ương và ngân sách tỉnh.</li>
<li>Các sở, ngành gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.</li></ul></div>
<p class="author">Minh An - Thu Hà</p>
</article>
<div class="share"><a href="#">Chia sẻ</a><a href="#">In bài</a><span>Lượt xem: 1.245</span></div>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Lam Giang: năm 2024 giải quyết việc làm cho 20.000 lao động</a></li><li><a href="/b">Tuyển sinh lớp 10 năm học 2027-2028</a></li></ul></aside>
<div class="ads">Quảng cáo</div>
<footer><p>Cơ quan chủ quản: Tỉnh ủy Lam Giang. Tổng Biên tập: Lê Văn Hùng. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def article_text(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("news") / NAME
    path.write_text(PAGE, encoding="utf-8")
    return convert(path).text


def test_an_article_reads_as_its_time_stamp_headline_and_text_without_the_sites_furniture(article_text):
    lines = article_text.splitlines()
    assert lines[:2] == ["Thứ Tư, 21/01/2026 - 09:15",
                         "Lam Giang phấn đấu đào tạo nghề cho 9.000 lao động nông thôn năm 2026"]
    for furniture in ("Trang chủ", "Chia sẻ", "Lượt xem", "Tin liên quan", "Quảng cáo", "Tổng Biên tập"):
        assert furniture not in article_text


def test_an_article_is_a_news_article_titled_by_its_headline_of_the_province_it_writes_of(article_text):
    meta = extract_metadata(NAME, normalize_text(article_text))
    assert (meta.doc_type, meta.province, meta.date) == ("Bài báo", "Lam Giang", "2026-01-21")
    assert meta.title == "Lam Giang phấn đấu đào tạo nghề cho 9.000 lao động nông thôn năm 2026"
    assert meta.label.startswith("Bài báo Lam Giang phấn đấu đào tạo nghề") and not meta.number


def test_an_articles_header_is_its_time_stamp_and_headline_and_its_prose_the_opening(article_text):
    parts = {s.kind: s for s in parse_structure(normalize_text(article_text)).children}
    assert [b.text for b in parts["header"].body] == article_text.splitlines()[:2]
    assert any("9.000 lao động nông thôn, trong đó" in b.text for b in parts["opening"].body)


def test_a_duty_an_article_reports_in_prose_is_a_register_row(article_text):
    rows = {(r.agency, r.role, r.deadline) for r in register_of(article_text, NAME).responsibilities}
    assert ("Sở Nội vụ", "chủ trì", "hoàn thành trong quý I/2026") in rows


@pytest.fixture(scope="module")
def lamgiang(assistant_over):
    return assistant_over({NAME: PAGE})


@pytest.mark.parametrize(("question", "facts"), [
    ("Năm 2026 Lam Giang đào tạo nghề cho bao nhiêu lao động nông thôn?", ["9.000"]),
    ("Sở nào chủ trì khảo sát nhu cầu học nghề, hạn khi nào?", ["Sở Nội vụ", "quý I/2026"]),
    ("Lao động hộ nghèo được hỗ trợ chi phí đào tạo tối đa bao nhiêu?", ["4 triệu đồng"]),
    ("Sở Giáo dục phải giao chỉ tiêu cho các cơ sở trước ngày nào?", ["28/02/2026"]),
])
def test_an_article_answers_what_it_reports_citing_itself(lamgiang, question, facts):
    answer = lamgiang.ask(question)
    assert not answer.refused and all(fact in answer.text for fact in facts), answer.text
    assert {c.doc for c in answer.citations} == {NAME}


def test_an_article_says_which_plan_it_reports_by_number_and_date_not_its_own_time_stamp(lamgiang):
    """ "số mấy, ban hành ngày nào" of an article: the plan it names by number and date (its sapo), not the time the
    page was posted; the short answer names the article by its headline, capital kept."""
    answer = lamgiang.ask("Kế hoạch đào tạo nghề lao động nông thôn năm 2026 của Lam Giang số mấy, ban hành ngày nào?")
    assert not answer.refused and "15/KH-UBND ngày 12/01/2026" in answer.short_answer, answer.short_answer
    assert answer.short_answer.startswith("Theo Bài báo Lam Giang phấn đấu")
