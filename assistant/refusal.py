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

    def vector(self) -> tuple[float, ...]:
        return astuple(self)


FEATURES = tuple(Signals.__dataclass_fields__)


@dataclass(frozen=True)
class AnswerConfig:
    """Every threshold of the extractive answer step, in one place.

    ``weights`` and ``bias`` are a logistic model over ``Signals`` (answer when
    the weighted sum is ≥ 0); ``min_coverage`` is the topic share a part of a
    compound question, or one side of a multi-plan answer, needs to be quoted.
    """

    # Chosen and fitted by `python -m eval cv` (every line right as met) on every gold set: dev.jsonl, Bạch Vân,
    # the style plans and eval/bank a–d (656 lines, 522 reaching the decision): C=3, classes as found, answer
    # from p ≥ 0.5. Out-of-fold figures of that procedure are in the README.
    weights: tuple[float, ...] = (2.639, 1.5472, 1.3971, 3.2344, -1.3937, 2.1276, 1.7043, 1.1718)
    bias: float = -8.2778
    min_coverage: float = 0.38
    second_plan_ratio: float = 0.85  # a second plan joins when its evidence is nearly as strong
    compared_relief: float = 0.5  # each side of an explicit comparison needs this share of min_coverage

    def margin(self, signals: Signals) -> float:
        return sum(w * x for w, x in zip(self.weights, signals.vector(), strict=True)) + self.bias

    def answers(self, signals: Signals) -> bool:
        return self.margin(signals) >= 0.0


ANSWER_CONFIG = AnswerConfig()
