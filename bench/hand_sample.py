"""Hand-check the untouched DIVERGEs: how many are false alarms, and how many real differences?

The perturbation part counts every agreeing pair (an MSRP paraphrase, an ECB+ aligned pair)
that the judge calls DIVERGE as a false alarm. Many are not: two outlets give different figures,
days or quoted words, and MSRP's and ECB+'s labels do not mark that. This tool draws a seeded
random sample of those DIVERGEs for a person to label, then turns the labels into the rate of
real false alarms among all agreeing pairs, with a 95% Wilson interval.

    python bench/hand_sample.py draw ecbplus-dev --n 40 --out sample.jsonl
    # label each line: add "label": "false" (no real difference, or the reason shown is wrong)
    #                  or "label": "real" (the two sides do differ on what the reason shows)
    python bench/hand_sample.py score sample.jsonl

Train and dev sets are for whoever writes detector rules. A test set (`msrp-test`,
`ecbplus-test`) is drawn only for a labeller who writes no rules, and only after the rules are
final: its pairs must not shape them. Labels are never committed (the corpora's texts are in
them). The criteria a labeller follows are in `docs/evaluation.md` ("Hand-checked false alarms").
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import eval_systems as systems
from bench.eval_data import DEFAULT_DATA, Corpus

SETS = ("msrp-train", "msrp-test", "ecbplus-train", "ecbplus-dev", "ecbplus-test")
SOFT = frozenset({"detail", "development"})
LABELS = ("real", "false")


def agreeing_pairs(corpus: Corpus, name: str) -> list[tuple[str, str]]:
    """The untouched pairs of one set, as the perturbation part takes them: MSRP paraphrases of
    one split, or the deduplicated ECB+ aligned sentence pairs of one split."""
    if name not in SETS:
        raise ValueError(f"unknown set {name!r} (choose from {', '.join(SETS)})")
    corpus_name, split = name.split("-")
    if corpus_name == "msrp":
        return [(r["a"], r["b"]) for r in corpus.read("msrp/pairs.jsonl") if r["label"] == 1 and r["split"] == split]
    seen: set[tuple[str, str]] = set()
    out = []
    for r in corpus.read("ecbplus/alignments.jsonl"):
        pair = (r["text_a"], r["text_b"])
        if r["split"] == split and pair not in seen:
            seen.add(pair)
            out.append(pair)
    return out


def judge(task: tuple[str, str]) -> tuple[str, list[str]]:
    """The verdict of one untouched pair and its hard reasons, readable."""
    import compare

    rel = compare.relate(*task)
    return rel.verdict.value, [f"{r.kind.value}: {r.a!r} / {r.b!r}" for r in rel.reasons if r.kind.value not in SOFT]


def draw(corpus: Corpus, name: str, n: int, seed: int, workers: int) -> tuple[list[dict[str, object]], int]:
    """A seeded sample of `n` untouched DIVERGEs of one set, and the number of pairs judged."""
    pairs = agreeing_pairs(corpus, name)
    verdicts = systems.pool_map(systems.CLAIMDIFF, judge, pairs, workers)
    diverged = [{"set": name, "pair": i, "a": a, "b": b, "reasons": reasons}
                for i, ((a, b), (verdict, reasons)) in enumerate(zip(pairs, verdicts, strict=True))
                if verdict == "diverge"]
    random.Random(seed).shuffle(diverged)
    for row in diverged:
        row["of"] = {"pairs": len(pairs), "diverged": len(diverged)}
    return diverged[:n], len(pairs)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion k / n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score(rows: Sequence[dict[str, object]]) -> str:
    """The labelled sample's share of false alarms, and the rate of real false alarms among all
    agreeing pairs of the set (the untouched DIVERGE rate times that share)."""
    labelled = [r for r in rows if r.get("label") in LABELS]
    if not labelled:
        raise ValueError("no labelled rows: add \"label\": \"real\" or \"false\" to each line")
    false = sum(r["label"] == "false" for r in labelled)
    of = labelled[0]["of"]
    assert isinstance(of, dict)
    rate = of["diverged"] / of["pairs"]
    low, high = wilson(false, len(labelled))
    return (f"{labelled[0]['set']}: {false} of {len(labelled)} sampled DIVERGEs are false alarms "
            f"({false / len(labelled):.2f}, 95% {low:.2f}–{high:.2f}); untouched DIVERGE rate {rate:.3f} "
            f"({of['diverged']} of {of['pairs']}); real false alarms {rate * false / len(labelled):.3f} of all pairs "
            f"(95% {rate * low:.3f}–{rate * high:.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write a sample of untouched DIVERGEs to label")
    d.add_argument("set", choices=SETS)
    d.add_argument("--n", type=int, default=40)
    d.add_argument("--seed", type=int, default=13)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--workers", type=int, default=2)
    d.add_argument("--data", type=Path, default=DEFAULT_DATA)
    s = sub.add_parser("score", help="the false-alarm rate from a labelled sample")
    s.add_argument("labels", type=Path)
    args = parser.parse_args(argv)
    if args.command == "draw":
        rows, judged = draw(Corpus(args.data), args.set, args.n, args.seed, args.workers)
        with args.out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{args.set}: {len(rows)} of the untouched DIVERGEs among {judged} pairs written to {args.out}")
        return 0
    try:
        rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(score(rows))
    except (OSError, ValueError) as err:
        print(f"hand_sample: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
