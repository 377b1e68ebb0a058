"""Threshold grids for choosing claimdiff's shipped defaults (`python bench/evaluate.py --tune`).

Only data that may inform shipped values is used: STS-B train+dev (news genre) and ECB+ dev.
STS-B pairs that also occur in a test split we report (MSRP test, iSTS test) are left out, so
those test figures stay unseen. Nothing is chosen automatically: the grids are printed and the
lead picks the defaults.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from tabulate import tabulate

from bench.eval_data import stsb_leaking_ids
from bench.eval_metrics import accuracy, best_threshold, binary_prf, f1_score

if TYPE_CHECKING:
    from bench.eval_common import Context

GRID = tuple(round(0.30 + 0.04 * i, 2) for i in range(11))  # 0.30 .. 0.70
QUICK_STSB = 400  # --quick: the first 400 usable STS-B news pairs
AGREE_GOLD, RELATED_GOLD = 4.0, 2.5  # STS scores read as "agree" and as "related"


def tune_thresholds(ctx: Context) -> dict[str, list[dict[str, float]]]:
    """Print (and return) the STS-B and ECB+ dev threshold grids.

    (a) relate().score ≥ t against STS-B gold ≥ 4.0 ("agree", for `agree_threshold`) and
        ≥ 2.5 ("related", for `threshold`), on STS-B train+dev news;
    (b) ECB+ dev alignment precision(selected) / recall / F1 of compare_sources with
        `Options(threshold=t)`.
    """
    from bench.eval_ecbplus import ecb_claimdiff, ecb_score, ecb_split

    if not ctx.system:
        raise SystemExit("--tune needs the claimdiff API (or --stand-in to test the harness)")
    grids: dict[str, list[dict[str, float]]] = {"stsb": [], "ecbplus_dev": []}

    started = time.perf_counter()
    leaks = stsb_leaking_ids(ctx.corpus)
    leaked = leaks["msrp_test"] | leaks["ists_test"]
    news = [r for r in ctx.corpus.read("stsb/pairs.jsonl")
            if r["split"] in ("train", "dev") and r["genre"] == "main-news"]
    records = [r for r in news if r["id"] not in leaked]
    if ctx.quick:
        records = records[:QUICK_STSB]
    scores = [score for _, score in ctx.relate([(r["a"], r["b"]) for r in records])]
    gold = [float(r["label"]) for r in records]
    agree_gold = [g >= AGREE_GOLD for g in gold]
    related_gold = [g >= RELATED_GOLD for g in gold]
    for t in GRID:
        pred = [s >= t for s in scores]
        grids["stsb"].append({
            "t": t,
            "acc_agree": accuracy(pred, agree_gold), "f1_agree": binary_prf(pred, agree_gold)[2],
            "acc_related": accuracy(pred, related_gold),
            "f1_related": binary_prf(pred, related_gold)[2],
        })
    in_msrp = sum(r["id"] in leaks["msrp_test"] for r in news)
    in_ists = sum(r["id"] in leaks["ists_test"] for r in news)
    print(f"(a) STS-B train+dev news: {len(records)} of {len(news)} pairs (left out: {in_msrp}"
          f" also in MSRP test, {in_ists} also in iSTS test"
          f"{'; quick subset' if ctx.quick else ''}); predicted = score ≥ t")
    print(tabulate([list(g.values()) for g in grids["stsb"]],
                   ["t", f"acc vs gold≥{AGREE_GOLD}", "F1", f"acc vs gold≥{RELATED_GOLD}", "F1"],
                   tablefmt="github", floatfmt=".3f"))
    for name, target in (("agree", agree_gold), ("related", related_gold)):
        t, acc = best_threshold(scores, target)
        best = max(grids["stsb"], key=lambda g: g[f"acc_{name}"])
        print(f"best grid t for {name}: {best['t']:.2f} (acc {best[f'acc_{name}']:.3f});"
              f" unconstrained best cut {t:.3f} (acc {acc:.3f})")
    print(f"(a) took {time.perf_counter() - started:.1f} s\n", flush=True)

    started = time.perf_counter()
    data = ecb_split(ctx, "dev", ctx.limit("ecbplus"))
    for t in GRID:
        predicted, _ = ecb_claimdiff(ctx, data, threshold=t)
        fig = ecb_score(data, predicted)
        grids["ecbplus_dev"].append({"t": t, "precision_selected": fig.precision_selected,
                                     "precision_all": fig.precision_all, "recall": fig.recall,
                                     "sentence_recall": fig.sentence_recall, "f1": fig.f1,
                                     "f1_strict": f1_score(fig.precision_all, fig.recall),
                                     "predicted": fig.predicted})
        print(f"  ECB+ dev t={t:.2f}: {grids['ecbplus_dev'][-1]}", file=sys.stderr, flush=True)
    print(f"(b) ECB+ dev: {len(data.pairs)} doc pairs, {len(data.gold)} gold sentence pairs;"
          f" compare_sources with Options(threshold=t)")
    print(tabulate([list(g.values()) for g in grids["ecbplus_dev"]],
                   ["t", "P (selected)", "P (strict)", "recall", "sentence recall",
                    "F1 (P sel)", "F1 (P strict)", "predicted pairs"],
                   tablefmt="github", floatfmt=".3f"))
    for key, label in (("f1", "F1 (P selected)"), ("f1_strict", "F1 (P strict)")):
        best = max(grids["ecbplus_dev"], key=lambda g: g[key])
        print(f"best {label} at t = {best['t']:.2f} ({best[key]:.3f})")
    for recall in ("recall", "sentence_recall"):
        ok = ", ".join(f"{g['t']:.2f}" for g in grids["ecbplus_dev"]
                       if g[recall] >= 0.80 and g["precision_selected"] >= 0.70)
        print(f"t with {recall} ≥ 0.80 and P(selected) ≥ 0.70: {ok or 'none'}")
    print("note: P(selected) rewards aligning everything (see docs/evaluation.md); prefer"
          " F1 (P strict) or sentence recall when choosing the shipped threshold")
    print(f"(b) took {time.perf_counter() - started:.1f} s")
    return grids
