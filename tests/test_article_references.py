"""A text of numbered articles (a council's resolution, a Quy chế, a contract) names its own articles by number
("hỗ trợ quy định tại Điều 3 Nghị quyết này"); a user names what the article is about. Search and scoring read each
such reference with the article's title beside it; the text shown is unchanged. A resolution of tỉnh Hà Tĩnh Lam
(fictional) in a house style the bundled plans do not use."""

from __future__ import annotations

from assistant.extractive import score_units
from assistant.questions import profile_question
from index.glossary import article_titles, glossary_field, read_in_full_with
from tests.test_extractive import WEIGHTS, passage

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH TĨNH LAM
Số: 21/2026/NQ-HĐND
Tĩnh Lam, ngày 15 tháng 7 năm 2026
NGHỊ QUYẾT
Quy định chính sách hỗ trợ việc làm trên địa bàn tỉnh Tĩnh Lam
HỘI ĐỒNG NHÂN DÂN TỈNH TĨNH LAM
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định chính sách hỗ trợ việc làm trên địa bàn tỉnh Tĩnh Lam giai đoạn 2026 - 2030.
Điều 2. Hỗ trợ người học nghề ngắn hạn
Người học nghề dưới 03 tháng được hỗ trợ tiền ăn 40.000 đồng/người/ngày thực học.
Điều 3. Hỗ trợ doanh nghiệp nhận lao động khuyết tật
Doanh nghiệp tuyển dụng người khuyết tật, giao kết hợp đồng từ đủ 12 tháng được hỗ trợ một lần 4.000.000 đồng/người.
Điều 4. Hồ sơ, thủ tục
1. Đối với hỗ trợ quy định tại Điều 2 Nghị quyết này
a) Người học nộp đơn tại Ủy ban nhân dân xã, phường nơi cư trú trước ngày khai giảng.
b) Trong thời hạn 05 ngày làm việc, Sở Nội vụ thẩm định danh sách, trình Ủy ban nhân dân tỉnh quyết định.
2. Đối với hỗ trợ quy định tại Điều 3 Nghị quyết này
a) Đơn vị nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh trong thời hạn 60 ngày kể từ ngày ký hợp đồng.
b) Trong thời hạn 10 ngày làm việc, Sở Nội vụ thẩm định hồ sơ, trình Ủy ban nhân dân tỉnh quyết định.
Điều 5. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2026. Các mức hỗ trợ theo Điều 5 Nghị định số 61/2015/NĐ-CP
vẫn được thực hiện.
"""


def test_a_texts_own_articles_are_known_by_their_titles():
    titles = article_titles(RESOLUTION)
    assert titles["Điều 3"] == "Hỗ trợ doanh nghiệp nhận lao động khuyết tật"
    assert titles["Điều 4"] == "Hồ sơ, thủ tục"
    # a decision and the regulation it issues number their articles each from 1: those numbers say nothing
    assert "Điều 1" not in article_titles("Điều 1. Ban hành Quy chế\nĐiều 2. Hiệu lực\nQUY CHẾ\nĐiều 1. Phạm vi\n")
    # an article written as a sentence has no title
    assert article_titles("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n") == {}


def test_a_reference_to_an_own_article_is_read_with_its_title_and_nothing_else_is():
    field = glossary_field(RESOLUTION)
    assert read_in_full_with("2. Đối với hỗ trợ quy định tại Điều 3 Nghị quyết này", field) == (
        "2. Đối với hỗ trợ quy định tại Điều 3 (Hỗ trợ doanh nghiệp nhận lao động khuyết tật) Nghị quyết này")
    assert read_in_full_with("Điều 3. Hỗ trợ doanh nghiệp", field) == "Điều 3. Hỗ trợ doanh nghiệp"  # its heading
    other = "Các mức hỗ trợ theo Điều 5 Nghị định số 61/2015/NĐ-CP; Điều 30 Luật Việc làm"
    assert read_in_full_with(other, field) == other  # another text's article, and no "Điều 30" here


def _procedure(rank: int, article: str, days: str):
    heading = f"{rank}. Đối với hỗ trợ quy định tại {article} Nghị quyết này"
    return passage(rank, f"p{rank}", f"Điều 4. Hồ sơ, thủ tục\n{heading}\nb) Trong thời hạn {days} ngày làm việc, Sở "
                   "Nội vụ thẩm định, trình Ủy ban nhân dân tỉnh quyết định.", f"Điều 4. Hồ sơ, thủ tục › {heading}",
                   abbreviations=glossary_field(RESOLUTION))


def test_a_procedure_is_found_by_the_title_of_the_article_it_cites():
    """Both procedures have the Sở appraise within some days; only the article each cites says which support it is
    for, and the one asked about ranks second in search."""
    passages = [_procedure(1, "Điều 2", "05"), _procedure(2, "Điều 3", "10")]
    profile = profile_question("Hỗ trợ doanh nghiệp nhận lao động khuyết tật thì Sở Nội vụ thẩm định trong bao nhiêu "
                               "ngày làm việc?")
    best = next(s.unit.text for s in score_units(passages, profile, WEIGHTS) if "ngày làm việc" in s.unit.text)
    assert "10 ngày làm việc" in best, best
