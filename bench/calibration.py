"""What claimdiff's two scores mean: reliability tables on STS-B dev (graded human similarity).

Usage: python bench/calibration.py [--data DIR] [--split dev]

For every STS-B pair of the split, `relate()` gives the `similarity` (the alignment score: are
the two about the same thing?) and the `equivalence` probability (does AGREE hold?). Pairs are
binned by each score and the table prints, per bin, the mean gold score (0-5) and the share of
pairs the gold calls related (>= 2.5, what the alignment threshold separates) or equivalent
(>= 4.0, what AGREE means). STS-B train+dev informed the shipped cuts, so this describes the
scores; it is not a held-out test (docs/evaluation.md has the test figures).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_data import DEFAULT_DATA, Corpus  # noqa: E402 -- after the path set-up

BINS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    args = parser.parse_args()

    import compare

    records = [r for r in Corpus(args.data).read("stsb/pairs.jsonl") if r["split"] == args.split]
    scored = []
    for r in records:
        signals = dict(compare.relate(r["a"], r["b"]).signals)
        scored.append((signals["similarity"], signals["equivalence"], float(r["label"])))
    print(f"STS-B {args.split}, all genres, {len(scored)} pairs")
    for name, column, cut in (("similarity", 0, 2.5), ("equivalence", 1, 4.0)):
        print(f"\n| {name} | pairs | mean gold (0-5) | share gold >= {cut} |\n| --- | ---: | ---: | ---: |")
        for lo, hi in BINS:
            hits = [x for x in scored if lo <= x[column] < hi or (hi == 1.0 and x[column] == 1.0)]
            if hits:
                mean = sum(x[2] for x in hits) / len(hits)
                share = sum(x[2] >= cut for x in hits) / len(hits)
                print(f"| {lo:.1f}-{hi:.1f} | {len(hits)} | {mean:.2f} | {share:.2f} |")


if __name__ == "__main__":
    main()
