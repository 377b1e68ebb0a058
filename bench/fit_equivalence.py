"""Fit the equivalence weights (compare/equivalence.py) on STS-B train+dev; print the constants.

    python bench/fit_equivalence.py [--data DIR] [--default-only]

Label: STS-B gold >= 4.0 ("mostly equivalent"). Data: every STS-B train and dev pair except
those that are also MSRP test or iSTS test pairs (`bench.eval_data.stsb_leaking_ids`, as
`bench/eval_tune.py` leaves them out), so the MSRP and iSTS test figures stay unseen. MSRP and
SICK are never read for fitting. Each text is read as one claim, exactly as `relate()` reads it,
and the cosine is the one `relate()` computes (`claim_vectors` on the pair), so the semantic
weight set sees what it will see at run time.

Steps, all deterministic:
1. held-out check: fit on train, choose the cut on train, report accuracy on dev;
2. shipped fit: the same on train+dev; weights are rounded to two decimals *before* the cut is
   chosen, so the printed cut is the best one for the printed weights;
3. the semantic weight set likewise, its bias shifted so that its best cut is the default set's
   cut (one `Options.agree_threshold` serves both configurations).
The cut maximises accuracy on the news genre (claimdiff reads news), with the weights fit on
all genres (more data; the captions and forum pairs teach the same coverage signals).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from bench.eval_data import DEFAULT_DATA, Corpus, Record, stsb_leaking_ids
from compare import equivalence
from compare.options import Options
from compare.pipeline import _single_claim, claim_vectors

AGREE_GOLD = 4.0
L2 = 1.0  # ridge penalty on the weights (not the bias), in units of one pair's log-loss
DECIMALS = 2


def load(corpus: Corpus) -> list[Record]:
    """STS-B train+dev pairs, minus those shared with MSRP test or iSTS test."""
    leaks = stsb_leaking_ids(corpus)
    leaked = leaks["msrp_test"] | leaks["ists_test"]
    return [r for r in corpus.read("stsb/pairs.jsonl")
            if r["split"] in ("train", "dev") and r["id"] not in leaked]


def features(records: Sequence[Record], semantic: bool) -> np.ndarray:
    """One row of `equivalence.components` per pair (with the cosine when `semantic`)."""
    options = Options(semantic=semantic)
    rows = []
    for r in records:
        ca, cb = _single_claim(r["a"], "s1"), _single_claim(r["b"], "s2")
        vectors = claim_vectors([ca, cb], options)
        cosine = None if vectors is None else vectors.cosine(ca.id, cb.id)
        rows.append(list(equivalence.components([ca], [cb], cosine).values()))
    return np.array(rows, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; weights then bias."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -60, 60)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The model's probabilities for feature rows (weights then bias)."""
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w[:-1] + w[-1], -60, 60)))


def best_cut(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(cut, accuracy): the two-decimal cut in 0.05..0.95 maximising accuracy of p >= cut
    (ties: the cut nearest 0.5, then the lower)."""
    cuts = [round(0.05 + 0.01 * i, 2) for i in range(91)]
    scored = [(float(np.mean((p >= c) == y)), -abs(c - 0.5), -c, c) for c in cuts]
    acc, _, _, cut = max(scored)
    return cut, acc


def accuracy(p: np.ndarray, y: np.ndarray, cut: float) -> float:
    """Accuracy of p >= cut."""
    return float(np.mean((p >= cut) == y))


def report(name: str, x: np.ndarray, y: np.ndarray, split: np.ndarray, news: np.ndarray,
           shift_to: float | None = None) -> tuple[list[float], float]:
    """Held-out check (fit train, test dev), then the shipped fit on train+dev; returns
    (rounded weights then bias, cut)."""
    train, dev = split == "train", split == "dev"
    w = fit(x[train], y[train])
    cut, acc = best_cut(probabilities(x[train & news], w), y[train & news])
    p_dev = probabilities(x[dev], w)
    base = float(np.mean(~y[dev & news]))
    print(f"[{name}] held-out: fit on train ({int(train.sum())} pairs), cut {cut:.2f} chosen on train news "
          f"(acc {acc:.3f}); dev accuracy news {accuracy(p_dev[news[dev]], y[dev & news], cut):.3f} "
          f"(majority {base:.3f}, n={int((dev & news).sum())}), all genres {accuracy(p_dev, y[dev], cut):.3f} "
          f"(n={int(dev.sum())})")
    w = np.round(fit(x, y), DECIMALS)
    cut, acc = best_cut(probabilities(x[news], w), y[news])
    if shift_to is not None and cut != shift_to:
        fitted = w[-1]
        w[-1] = round(w[-1] + math.log(shift_to / (1 - shift_to)) - math.log(cut / (1 - cut)), DECIMALS)
        print(f"[{name}] best cut {cut:.2f} (acc {acc:.3f}); bias shifted {fitted:.2f} -> {w[-1]:.2f} so that "
              f"{shift_to:.2f} is the cut")
        cut, acc = shift_to, accuracy(probabilities(x[news], w), y[news], shift_to)
    print(f"[{name}] shipped: fit on train+dev ({len(x)} pairs, {int(y.sum())} equivalent); cut {cut:.2f}, "
          f"accuracy news {acc:.3f} (n={int(news.sum())}), all genres "
          f"{accuracy(probabilities(x, w), y, cut):.3f}")
    return [float(v) for v in w], cut


def constants(prefix: str, names: Sequence[str], w: list[float]) -> str:
    """The module constants to paste, one weight per component."""
    body = ", ".join(f"{v:.2f}" for v in w[:-1])
    return (f"{prefix}WEIGHTS = ({body})  # {', '.join(names)}\n"
            f"{prefix}BIAS = {w[-1]:.2f}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="corpus root")
    ap.add_argument("--default-only", action="store_true", help="skip the semantic weight set (no embeddings)")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    records = load(Corpus(args.data))
    y = np.array([float(r["label"]) >= AGREE_GOLD for r in records])
    split = np.array([r["split"] for r in records])
    news = np.array([r["genre"] == "main-news" for r in records])
    print(f"STS-B train+dev: {len(records)} pairs after leaving out MSRP-test and iSTS-test overlaps "
          f"({int(news.sum())} news); label gold >= {AGREE_GOLD}")
    x = features(records, semantic=False)
    w, cut = report("default", x, y, split, news)
    print(f"features took {time.perf_counter() - started:.1f} s")
    out = [constants("", equivalence.COMPONENT_NAMES, w), f"AGREE_CUT = {cut:.2f}  # Options.agree_threshold"]
    if not args.default_only:
        xs = features(records, semantic=True)
        ws, _ = report("semantic", xs, y, split, news, shift_to=cut)
        out.append(constants("SEMANTIC_", equivalence.SEMANTIC_COMPONENT_NAMES, ws))
    print("\n# paste into compare/equivalence.py (and the cut into Options.agree_threshold):")
    print("\n".join(out))
    print(f"took {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
