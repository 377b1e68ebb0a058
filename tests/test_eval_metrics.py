"""Unit tests of the evaluation harness's metric functions on hand-checkable inputs."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

# bench/ is not part of the installed package; import it from the checkout.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_data import first_per, pair_key  # noqa: E402
from bench.eval_metrics import (  # noqa: E402
    accuracy,
    average_ranks,
    best_threshold,
    binary_prf,
    f1_score,
    pearson,
    ratio,
    set_prf,
    spearman,
)


def test_accuracy_counts_matches() -> None:
    """Accuracy is the share of equal positions."""
    assert accuracy([True, False, True, True], [True, True, True, False]) == 0.5


def test_accuracy_rejects_length_mismatch() -> None:
    """Predictions and gold of different lengths are an error, not a silent zip."""
    with pytest.raises(ValueError, match="length mismatch"):
        accuracy([True], [True, False])


def test_binary_prf_by_hand() -> None:
    """tp=2, fp=1, fn=1 gives P=R=F1=2/3."""
    p, r, f1 = binary_prf([True, True, True, False, False], [True, True, False, True, False])
    assert (p, r) == pytest.approx((2 / 3, 2 / 3))
    assert f1 == pytest.approx(2 / 3)


def test_f1_edge_cases() -> None:
    """F1 is 0 when both rates are 0 and NaN when a rate is undefined."""
    assert f1_score(0.0, 0.0) == 0.0
    assert f1_score(0.5, 1.0) == pytest.approx(2 / 3)
    assert math.isnan(f1_score(math.nan, 1.0))


def test_ratio_of_empty_is_nan() -> None:
    """A rate over an empty subset is NaN rather than 0 or an exception."""
    assert math.isnan(ratio(0, 0))
    assert ratio(1, 4) == 0.25


def test_set_prf() -> None:
    """Set precision/recall count the intersection against each side."""
    p, r, f1 = set_prf({1, 2, 3, 4}, {3, 4, 5})
    assert (p, r) == (0.5, pytest.approx(2 / 3))
    assert f1 == pytest.approx(4 / 7)


def test_average_ranks_share_ties() -> None:
    """Tied values share the mean of their ranks, as scipy.stats.rankdata does."""
    assert average_ranks([10, 20, 20, 5]) == [2.0, 3.5, 3.5, 1.0]


def test_pearson_by_hand() -> None:
    """A perfect line correlates 1, its mirror -1; a constant side is undefined."""
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(pearson([1, 1, 1], [1, 2, 3]))


def test_spearman_with_ties() -> None:
    """Spearman of [1,2,3,4] vs [1,3,2,2]: ranks [1,2,3,4] vs [1,4,2.5,2.5] → 0.3162."""
    # Deviations from the mean 2.5: x [-1.5, -0.5, 0.5, 1.5], y [-1.5, 1.5, 0, 0];
    # sxy = 2.25 - 0.75 = 1.5, sxx = 5, syy = 4.5.
    assert spearman([1, 2, 3, 4], [1, 3, 2, 2]) == pytest.approx(1.5 / math.sqrt(5 * 4.5))


def test_spearman_is_monotone_invariant() -> None:
    """Any strictly increasing transform of the scores leaves Spearman at 1."""
    assert spearman([0.1, 0.5, 0.7, 0.9], [1, 2, 30, 400]) == pytest.approx(1.0)


def test_best_threshold_by_hand() -> None:
    """Cutting at 0.6 classifies all of these correctly."""
    t, acc = best_threshold([0.2, 0.4, 0.6, 0.8], [False, False, True, True])
    assert (t, acc) == (0.6, 1.0)


def test_best_threshold_all_negative_and_ties() -> None:
    """With only negatives the best cut is above the maximum; the lowest best cut wins ties."""
    t, acc = best_threshold([0.3, 0.5], [False, False])
    assert acc == 1.0 and t > 0.5
    t, acc = best_threshold([0.1, 0.9, 0.5], [True, True, False])
    # cuts: 0.1 → 2/3, 0.5 → 1/3, 0.9 → 2/3 (tie with 0.1; the lowest wins)
    assert (t, acc) == (0.1, pytest.approx(2 / 3))


def test_first_per_is_deterministic() -> None:
    """--quick keeps the first n records of each group in file order."""
    records = [{"g": g, "i": i} for i, g in enumerate("aabab")]
    assert [r["i"] for r in first_per(records, lambda r: r["g"], 1)] == [0, 2]
    assert len(first_per(records, lambda r: r["g"], None)) == 5


def test_pair_key_ignores_order_case_and_tokenisation() -> None:
    """iSTS's tokenised headlines match STS-B's untokenised ones in either order."""
    assert pair_key("John Demjanjuk , dies", "X") == pair_key("x", "john Demjanjuk, dies")


def test_one_to_one_ceiling() -> None:
    """A sentence aligned to two others allows only one of those pairs in a 1:1 alignment."""
    from bench.eval_ecbplus import EcbSplit, one_to_one_ceiling

    gold = {("a", "b", 1, 1), ("a", "b", 1, 2), ("a", "b", 2, 2)}
    assert one_to_one_ceiling(EcbSplit({}, [("a", "b")], gold, set())) == pytest.approx(2 / 3)
    star = {("a", "b", 1, 1), ("a", "b", 1, 2), ("a", "b", 1, 3)}
    assert one_to_one_ceiling(EcbSplit({}, [("a", "b")], star, set())) == pytest.approx(1 / 3)


def test_hand_sample_wilson_interval_matches_the_textbook_values() -> None:
    """Wilson 95% interval for 14 of 40: about 0.221–0.505 (Agresti & Coull's worked form)."""
    from bench.hand_sample import wilson

    low, high = wilson(14, 40)
    assert low == pytest.approx(0.2206, abs=1e-3)
    assert high == pytest.approx(0.5053, abs=1e-3)
    assert wilson(0, 0) == (0.0, 1.0)


def test_hand_sample_score_scales_the_false_share_by_the_diverge_rate() -> None:
    """Labels turn into real false alarms among all pairs: diverge rate × share labelled false."""
    from bench.hand_sample import score

    of = {"pairs": 1000, "diverged": 80}
    rows = [{"set": "x", "of": of, "label": "false"}] * 1 + [{"set": "x", "of": of, "label": "real"}] * 3
    line = score(rows + [{"set": "x", "of": of}])  # an unlabelled row is not counted
    assert "1 of 4 sampled DIVERGEs are false alarms" in line
    assert "real false alarms 0.020 of all pairs" in line
    with pytest.raises(ValueError, match="no labelled rows"):
        score([{"set": "x", "of": of}])
