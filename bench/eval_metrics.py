"""Small, dependency-free metrics for the evaluation harness.

numpy and scipy are deliberately not used: the harness must run on the base install. Every
function here is short enough to check by hand, and `tests/test_eval_metrics.py` does so.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence


def ratio(part: float, whole: float) -> float:
    """Return part / whole, or NaN when whole is 0 (an empty subset has no rate)."""
    return part / whole if whole else math.nan


def accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    """Share of positions where the prediction equals the gold label."""
    _same_length(predicted, gold)
    return ratio(sum(p == g for p, g in zip(predicted, gold)), len(gold))


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0, NaN when either is NaN."""
    if math.isnan(precision) or math.isnan(recall):
        return math.nan
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def binary_prf(predicted: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class."""
    _same_length(predicted, gold)
    tp = sum(p and g for p, g in zip(predicted, gold))
    precision = ratio(tp, sum(predicted))
    recall = ratio(tp, sum(gold))
    return precision, recall, f1_score(precision, recall)


def set_prf(
    predicted: Iterable[Hashable], gold: Iterable[Hashable]
) -> tuple[float, float, float]:
    """Precision, recall and F1 of a predicted set of items against a gold set."""
    pred, ref = set(predicted), set(gold)
    tp = len(pred & ref)
    precision, recall = ratio(tp, len(pred)), ratio(tp, len(ref))
    return precision, recall, f1_score(precision, recall)


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the mean of the ranks they occupy (as scipy does)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = mean_rank
        i = j + 1
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation; NaN when either side is constant or there are fewer than 2 points."""
    _same_length(x, y)
    n = len(x)
    if n < 2:
        return math.nan
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman rank correlation: Pearson of the average ranks (correct with ties)."""
    return pearson(average_ranks(x), average_ranks(y))


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> tuple[float, float]:
    """The cut t maximising the accuracy of `score >= t` against gold, and that accuracy.

    Candidates are every distinct score (predict positive from it upward) plus one cut above
    the maximum (predict all negative). Ties go to the lowest cut, so the result is
    deterministic. Runs in O(n log n).
    """
    _same_length(scores, gold)
    if not scores:
        return math.nan, math.nan
    pairs = sorted(zip(scores, gold))
    n, positives = len(pairs), sum(gold)
    # Cut at pairs[0]: everything predicted positive, correct = number of positives.
    best_t, best_correct = pairs[0][0], positives
    correct = positives
    i = 0
    while i < n:
        j = i
        while j < n and pairs[j][0] == pairs[i][0]:
            # Moving the cut above this score flips these items to negative.
            correct += -1 if pairs[j][1] else 1
            j += 1
        cut = pairs[j][0] if j < n else math.nextafter(pairs[-1][0], math.inf)
        if correct > best_correct:
            best_t, best_correct = cut, correct
        i = j
    return best_t, best_correct / n


def _same_length(a: Sequence[object], b: Sequence[object]) -> None:
    if len(a) != len(b):
        raise ValueError(f"length mismatch: {len(a)} predictions vs {len(b)} gold labels")
