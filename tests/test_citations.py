"""Checking an LLM's [n] markers against the passages they point at."""

from __future__ import annotations

from assistant.citations import claims, closest_quote, supports, verify
from index.retriever import Passage

TARGETS = Passage(
    1, "targets", "II. CHỈ TIÊU\nNăm 2023, tuyển sinh và đào tạo khoảng 10.000 lượt người. "
    "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 32,5%.",
    "plan-a.txt", "Kế hoạch A", "II. CHỈ TIÊU", 1.0,
)
FINANCE = Passage(
    2, "finance", "V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\nChủ trì thẩm định phương án giá dịch vụ đào tạo. "
    "Bố trí kinh phí thực hiện kế hoạch theo phân cấp ngân sách.",
    "plan-a.txt", "Kế hoạch A", "V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính", 0.8,
)
HOUSING = Passage(
    3, "housing", "III. NHIỆM VỤ\n7. Nhà ở\nSở Xây dựng chủ trì triển khai chính sách hỗ trợ nhà ở xã hội cho người lao động.",
    "plan-b.txt", "Kế hoạch B", "III. NHIỆM VỤ › 7. Nhà ở", 0.6,
)
PASSAGES = [TARGETS, FINANCE, HOUSING]


# ------------------------------------------------------------------ claims
def test_claims_keep_markers_with_their_sentence():
    text = "Tuyển sinh 10.000 lượt người [1]. Sở Tài chính thẩm định giá [2][3]. Không có dấu."
    assert claims(text) == ["Tuyển sinh 10.000 lượt người [1].", "Sở Tài chính thẩm định giá [2][3].", "Không có dấu."]


def test_claims_do_not_split_figures():
    text = "Tuyển sinh 10.000 lượt người, tỷ lệ đạt 32,5% và 1.200.000 đồng [1]. Năm 2023 đạt 73.2% [2]."
    out = claims(text)
    assert out == ["Tuyển sinh 10.000 lượt người, tỷ lệ đạt 32,5% và 1.200.000 đồng [1].", "Năm 2023 đạt 73.2% [2]."]


def test_claims_split_at_other_sentence_ends_and_lines():
    out = claims("Một; [1] Hai! [2] Ba? [3]\nDòng mới không dấu [1]\n\n")
    assert out == ["Một; [1]", "Hai! [2]", "Ba? [3]", "Dòng mới không dấu [1]"]


# ------------------------------------------------------------------ supports
def test_supports_needs_every_figure():
    assert supports(TARGETS.text, "Tỷ lệ lao động qua đào tạo đạt 32,5% [1].")
    assert not supports(TARGETS.text, "Tỷ lệ lao động qua đào tạo đạt 33,5%.")
    # One right figure does not carry a wrong one.
    assert not supports(TARGETS.text, "Tuyển sinh 10.000 lượt người, tỷ lệ đạt 40%.")
    # A decimal comma and a decimal point are the same figure.
    assert supports(TARGETS.text, "Tỷ lệ lao động qua đào tạo đạt 32.5%.")


def test_supports_needs_half_the_words():
    # All words present.
    assert supports(FINANCE.text, "Sở Tài chính thẩm định phương án giá dịch vụ đào tạo.")
    # Same topic words absent: housing is not in the finance passage.
    assert not supports(FINANCE.text, "Sở Xây dựng triển khai nhà ở xã hội cho công nhân.")
    # Exactly half the content words is enough: chinh tham dinh | nha xa cong -> 3 of 6.
    assert supports(FINANCE.text, "chính thẩm định nhà xã công")
    # Less than half is not: chinh tham | nha xa cong -> 2 of 5.
    assert not supports(FINANCE.text, "chính thẩm nhà xã công")


def test_a_sentence_of_stop_words_only_is_supported_by_its_figures():
    assert supports(TARGETS.text, "Là 10.000 [1].")
    assert not supports(TARGETS.text, "Là 20.000 [1].")


# ------------------------------------------------------------------ verify
def test_verify_drops_a_marker_to_an_unrelated_passage():
    text, citations, removed = verify("Sở Xây dựng triển khai chính sách hỗ trợ nhà ở xã hội [2].", PASSAGES)
    assert removed == 1 and citations == []
    assert text == "Sở Xây dựng triển khai chính sách hỗ trợ nhà ở xã hội."
    assert "[" not in text


def test_verify_drops_out_of_range_markers():
    text, citations, removed = verify("Tuyển sinh khoảng 10.000 lượt người [1][4]. Sở Tài chính thẩm định giá [0].",
                                      PASSAGES)
    assert removed == 2
    assert [c.passage.id for c in citations] == ["targets"]
    assert text == "Tuyển sinh khoảng 10.000 lượt người. [1] Sở Tài chính thẩm định giá."


def test_verify_renumbers_by_first_use():
    answer = (
        "Sở Xây dựng chủ trì triển khai chính sách hỗ trợ nhà ở xã hội [3]. "
        "Tuyển sinh khoảng 10.000 lượt người [1]. "
        "Sở Xây dựng hỗ trợ nhà ở xã hội cho người lao động [3]."
    )
    text, citations, removed = verify(answer, PASSAGES)
    assert removed == 0
    assert [(c.n, c.passage.id) for c in citations] == [(1, "housing"), (2, "targets")]
    assert text == (
        "Sở Xây dựng chủ trì triển khai chính sách hỗ trợ nhà ở xã hội. [1] "
        "Tuyển sinh khoảng 10.000 lượt người. [2] "
        "Sở Xây dựng hỗ trợ nhà ở xã hội cho người lao động. [1]"
    )


def test_verify_keeps_each_marker_once_per_sentence():
    text, citations, _ = verify("Tuyển sinh khoảng 10.000 lượt người [1][1].", PASSAGES)
    assert text == "Tuyển sinh khoảng 10.000 lượt người. [1]" and len(citations) == 1


def test_verify_quotes_the_closest_sentence():
    _, citations, _ = verify("Tỷ lệ lao động qua đào tạo có chứng chỉ đạt 32,5% [1].", PASSAGES)
    assert citations[0].quote == "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 32,5%."
    _, citations, _ = verify("Sở Tài chính bố trí kinh phí thực hiện kế hoạch [2].", PASSAGES)
    assert citations[0].quote == "Bố trí kinh phí thực hiện kế hoạch theo phân cấp ngân sách."


def test_verify_of_an_answer_without_markers_cites_nothing():
    text, citations, removed = verify("Tuyển sinh khoảng 10.000 lượt người.", PASSAGES)
    assert (text, citations, removed) == ("Tuyển sinh khoảng 10.000 lượt người.", [], 0)


def test_closest_quote_of_a_passage_without_units_is_its_start():
    bare = Passage(1, "x", "ab", "d.txt", "P", "", 1.0)
    assert closest_quote(bare, "bất kỳ") == "ab"
