from eval.metrics import hit_rank, retrieval_scores, supports


def test_quote_spanning_heading_and_next_line():
    passage = "V. TỔ CHỨC THỰC HIỆN\n4. Sở Tài chính\n- Trên cơ sở đề xuất của Sở Lao động – Thương binh"
    assert supports(passage, "4. Sở Tài chính - Trên cơ sở đề xuất của")


def test_half_of_the_five_grams_is_enough_and_less_is_not():
    quote = "một hai ba bốn năm sáu bảy tám"  # 4 five-grams
    assert supports("một hai ba bốn năm sáu x y", quote)  # 2 of 4
    assert not supports("một hai ba bốn năm x y z", quote)  # 1 of 4


def test_short_quote_must_appear_whole():
    assert supports("Phòng GDNN chủ trì", "Phòng GDNN")
    assert not supports("Phòng GD chủ trì", "Phòng GDNN")


def test_hit_needs_every_quote_and_mrr_uses_the_first():
    passages = ["x y z", "a b c d e f", "g h i j k l"]
    assert hit_rank(passages, ["a b c d e f", "g h i j k l"]) == 3
    scores = retrieval_scores(passages, ["g h i j k l", "a b c d e f"])
    assert scores["hit@1"] == 0 and scores["hit@3"] == 1 and scores["rr"] == 1 / 3
