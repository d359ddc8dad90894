"""Whether the quoted evidence answers the question, from several signals.

One topic-coverage threshold refused questions worded unlike the plan
("xuất khẩu lao động" for "đi làm việc ở nước ngoài") and answered questions
about a year, an agency or a sum the plan never gives. The decision weighs
coverage with the rank of the passage, the kinds of fact the quote holds,
and whether the year and the agencies the question names are in the quote or
its heading path, and the question's similarity to the quote in the
embedding model's space. Weights and thresholds live in ``AnswerConfig``;
they are chosen and fitted by nested k-fold cross-validation over every gold
set (``python -m eval cv``), never per line.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass


@dataclass(frozen=True)
class Signals:
    """What the decision sees of one question and its best evidence (each in [0, 1] but ``score``)."""

    coverage: float  # share of the question's topic (IDF-weighted) the whole quoted answer covers
    score: float  # the best unit's score (coverage, fact kind, rank)
    rank: float  # 1 / rank of the passage the best unit comes from
    kinds: float  # share of the asked fact kinds (figure, time, agency) the quote holds
    year: float  # 1 when every year asked of is in the quote or its heading path, or names the plan
    agency: float  # share of the agencies the question names that the quoted chunks name
    assigned: float  # share of those agencies the register assigns anything in the plan
    dense: float  # cosine of the question and the quote in the embedding model's space (wording unlike the plan)
    qualifier: float = 1.0  # share of the groups and places the question singles out that the quoted chunks name

    def vector(self) -> tuple[float, ...]:
        return astuple(self)


FEATURES = tuple(Signals.__dataclass_fields__)


@dataclass(frozen=True)
class UnitScoring:
    """The weights of the unit score (``extractive.score_units``) and of unit selection.

    Chosen on the development sets by eval runs; they live here, not as module
    constants, so that an eval can vary them through the chain's ``answer_config``.
    """

    type_bonus: float = 0.25  # per asked fact kind the unit holds (a figure, a time, a body)
    heading_credit: float = 0.5  # a topic word in the heading path counts this much of one in the unit
    phrase_weight: float = 0.3  # share of coverage from adjacent keyword pairs ("sơ cấp", "dưới 3")
    rank_weight: float = 0.3  # the passage's search score, relative to the best
    register_bonus: float = 0.1  # a sentence the register read as the kind of fact asked for
    # In a plan for several years, a unit naming the year asked over one whose span merely holds it
    # ("2023: 1.300" vs "6.000 … giai đoạn 2019-2023").
    year_bonus: float = 0.15
    # A unit naming the groups, levels or places the question singles out ("người khuyết tật", "sơ cấp"), per
    # share named: "Người khuyết tật | Sơ cấp: 5.000.000" over "người khuyết tật … tiền đi lại 300.000".
    qualifier_bonus: float = 0.2
    # A unit sending where the question sends ("báo cáo … gửi Sở GD&ĐT"), and the opposite for a unit that body
    # leads or another body's report to the one asked (``extractive.direction_fit``).
    direction_bonus: float = 0.2
    # A table row whose filled cell is in the column the question names ("ai làm chủ đầu tư" of "… | Chủ đầu tư: …",
    # ``extractive.names_column_asked``): set equal to the qualifier bonus, not swept.
    column_bonus: float = 0.2
    extra_unit_ratio: float = 0.9  # a runner-up of the best unit's section joins from this share of its score
    list_unit_ratio: float = 0.75  # … from this share for a list question ("những … nào")
    # A list question quotes a whole enumeration when its heading holds this share of the question's
    # topic ("IV. KINH PHÍ THỰC HIỆN" for "kinh phí thực hiện lấy từ những nguồn nào").
    list_heading_coverage: float = 0.3
    # The unit stating the figure asked must cover this share of the topic the best unit covers: a sum beside the
    # item asked ("Phân bổ dự toán 17,8 tỷ đồng …" two rows above "Tổ chức Hội thi …") states no figure of it.
    measured_share: float = 0.4


UNIT_SCORING = UnitScoring()


@dataclass(frozen=True)
class AnswerConfig:
    """Every threshold of the extractive answer step, in one place.

    ``weights`` and ``bias`` are a logistic model over ``Signals`` (answer when
    the weighted sum is ≥ 0); ``scoring`` weighs and selects the units quoted;
    ``min_coverage`` is the topic share a part of a compound question, or one
    side of a multi-plan answer, needs to be quoted.
    """

    # Chosen and fitted by `python -m eval cv` (every line right as met) on every gold set of session 23: dev.jsonl,
    # Bạch Vân, the 41 development style plans and eval/bank a–v (3,616 lines, 2,903 reaching the decision): C=0.3,
    # classes balanced, answer from p ≥ 0.3. Out-of-fold figures of that procedure are in the README.
    weights: tuple[float, ...] = (1.4187, 2.2318, 0.7843, 2.3965, 0.1052, 2.1173, 1.8273, 0.6609, 3.517)
    bias: float = -13.0213
    scoring: UnitScoring = UNIT_SCORING
    min_coverage: float = 0.38
    second_plan_ratio: float = 0.85  # a second plan joins when its evidence is nearly as strong
    compared_relief: float = 0.5  # each side of an explicit comparison needs this share of min_coverage

    def margin(self, signals: Signals) -> float:
        return sum(w * x for w, x in zip(self.weights, signals.vector(), strict=True)) + self.bias

    def answers(self, signals: Signals) -> bool:
        return self.margin(signals) >= 0.0

    def quotes_side(self, signals: Signals) -> bool:
        """Whether one plan's side of a several-plan answer, weighed as that plan alone, is quoted: the same
        decision, named apart so that an eval recording the decision's signals records the answer's, not a side's."""
        return self.answers(signals)


ANSWER_CONFIG = AnswerConfig()
