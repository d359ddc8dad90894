"""PNG charts of a run and of a comparison (matplotlib, Agg: no display needed).

A chart is for seeing at a glance where the assistant is weak; the exact
figures are in metrics.json and report.md. Missing figures (e.g. hit@5 of
the unanswerable category, which has no evidence) are drawn as no bar with
"n/a", never as zero, so absence is not mistaken for failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def _bars(ax, positions, values, width, label, color, hatch=None):
    heights = [v if v is not None else 0.0 for v in values]
    bars = ax.bar(positions, heights, width, label=label, color=color, hatch=hatch, edgecolor="black", linewidth=0.4)
    for bar, value in zip(bars, values):
        text = "n/a" if value is None else f"{value:.2f}"
        ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom",
                    fontsize=7, xytext=(0, 2), textcoords="offset points")


def category_accuracy(figures: dict[str, Any]) -> float | None:
    """Answer accuracy, or refusal accuracy for a category with no answerable line."""
    if figures.get("answer_accuracy") is not None:
        return figures["answer_accuracy"]
    return figures.get("refusal_accuracy")


def run_chart(metrics: dict[str, Any], path: Path, title: str = "") -> Path:
    """Accuracy and hit@5, overall and per category."""
    groups = {"all": metrics, **metrics.get("by_category", {})}
    names = list(groups)
    accuracy = [category_accuracy(groups[n]) for n in names]
    hit5 = [groups[n]["retrieval"].get("hit@5") for n in names]
    labels = [f"{n}\n(refusal)" if groups[n].get("answer_accuracy") is None and a is not None else n
              for n, a in zip(names, accuracy)]
    fig, ax = plt.subplots(figsize=(max(7.0, 1.05 * len(names) + 2), 4.2))
    x = list(range(len(names)))
    width = 0.38
    _bars(ax, [i - width / 2 for i in x], accuracy, width, "accuracy (answer; refusal for unanswerable)", "#4C72B0")
    _bars(ax, [i + width / 2 for i in x], hit5, width, "retrieval hit@5", "#DD8452")
    ax.set_xticks(x, labels, rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, 1.3)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("share of lines")
    ax.set_title(title or "Accuracy and hit@5 per category")
    ax.legend(fontsize=8, loc="upper center", ncol=2, frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


COMPARE_FIGURES = (
    ("answer accuracy", lambda m: m.get("answer_accuracy")),
    ("refusal accuracy", lambda m: m.get("refusal_accuracy")),
    ("citation precision", lambda m: m.get("citation_precision")),
    ("hit@5", lambda m: m["retrieval"].get("hit@5")),
    ("MRR", lambda m: m["retrieval"].get("mrr")),
)


def compare_chart(results: dict[str, dict[str, Any]], path: Path, title: str = "") -> Path:
    """One group per figure, one bar per configuration."""
    names = list(results)
    palette = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C"]
    fig, ax = plt.subplots(figsize=(max(8.0, 1.6 * len(COMPARE_FIGURES) + 0.4 * len(names)), 4.5))
    width = 0.8 / max(1, len(names))
    for j, name in enumerate(names):
        values = [get(results[name]) for _, get in COMPARE_FIGURES]
        positions = [i - 0.4 + width * (j + 0.5) for i in range(len(COMPARE_FIGURES))]
        _bars(ax, positions, values, width, name, palette[j % len(palette)])
    ax.set_xticks(range(len(COMPARE_FIGURES)), [label for label, _ in COMPARE_FIGURES])
    ax.set_ylim(0, 1.3)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("share")
    ax.set_title(title or "Configurations compared")
    ax.legend(fontsize=8, ncol=min(6, len(names)), loc="upper center", frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
