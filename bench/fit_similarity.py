"""Fit the similarity weights (compare/similarity.py) on ECB+ train; report them on ECB+ dev.

ECB+ annotation is CC BY 3.0, so weights fit here may ship. MSRP and SICK are never used here.
Usage: python bench/fit_similarity.py [--eval-dir ../shared/eval] [--docs-per-split N] [--semantic]
Prints the fitted weights and dev precision/recall of candidate classification. With --semantic
(needs the `semantic` extra) the embedding cosine is a sixth feature and candidates include each
claim's nearest neighbours by embedding, as in the aligner; those weights are SEMANTIC_WEIGHTS.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import compare
from compare.align import scored_candidates
from compare.model import Role
from compare.options import Options
from compare.pipeline import claim_vectors, read_source
from compare.similarity import COMPONENT_NAMES, SEMANTIC_COMPONENT_NAMES, components


def load(eval_dir: Path, split: str, limit: int) -> tuple[list[tuple[list, list, set]], int]:
    docs = {}
    with open(eval_dir / "ecbplus/documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["split"] == split:
                docs[d["doc_id"]] = d
    gold: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    with open(eval_dir / "ecbplus/alignments.jsonl", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["split"] == split:
                gold[(g["doc_a"], g["doc_b"])].add((g["sent_a"], g["sent_b"]))
    pairs = []
    with open(eval_dir / "ecbplus/doc_pairs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            if p["split"] == split:
                pairs.append((p["doc_a"], p["doc_b"]))
    random.Random(7).shuffle(pairs)
    pairs = pairs[:limit]
    cache: dict[str, tuple[list, list[int]]] = {}

    def claims_of(doc_id: str) -> tuple[list, list[int]]:
        if doc_id not in cache:
            d = docs[doc_id]
            src = compare.load_text(d["text"], source_id="s1")
            body = [c for c in read_source(src) if c.role is Role.BODY]
            sent_ids = []
            for c in body:
                best = max(d["sentences"], key=lambda s: min(s["end"], c.span.end) - max(s["start"], c.span.start))
                sent_ids.append(best["sent_id"])
            cache[doc_id] = (body, sent_ids)
        return cache[doc_id]

    out = []
    n_gold = 0
    for da, db in pairs:
        ca, sa = claims_of(da)
        cb, sb = claims_of(db)
        g = gold.get((da, db), set())
        n_gold += len(g)
        out.append((ca, cb, {(i, j) for i in range(len(ca)) for j in range(len(cb)) if (sa[i], sb[j]) in g}))
    return out, n_gold


def rows(data: list[tuple[list, list, set]], semantic: bool) -> list[tuple[list[float], int]]:
    out = []
    options = Options(semantic=semantic)
    for ca, cb, gold in data:
        cb = [replace(c, id="b" + c.id) for c in cb]  # both documents were read as "s1"
        vectors = claim_vectors(ca + cb, options)
        scoring = scored_candidates(ca, cb, vectors)
        for s in scoring.pairs:
            cosine = None if scoring.cosine is None else scoring.cosine(s.i, s.j)
            out.append((list(components(scoring.fa[s.i], scoring.fb[s.j], scoring.idf, cosine)),
                        int((s.i, s.j) in gold)))
    return out


def fit(data: list[tuple[list[float], int]], epochs: int = 400, lr: float = 0.5) -> list[float]:
    n = len(data[0][0])
    w = [0.0] * (n + 1)
    for _ in range(epochs):
        grad = [0.0] * (n + 1)
        for x, y in data:
            z = w[-1] + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for k in range(n):
                grad[k] += (p - y) * x[k]
            grad[-1] += p - y
        w = [wi - lr * g / len(data) for wi, g in zip(w, grad)]
    return w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval")
    ap.add_argument("--docs-per-split", type=int, default=600)
    ap.add_argument("--semantic", action="store_true", help="add the embedding cosine feature")
    args = ap.parse_args()
    t0 = time.time()
    train, _ = load(args.eval_dir, "train", args.docs_per_split)
    dev, dev_gold = load(args.eval_dir, "dev", args.docs_per_split)
    rtrain, rdev = rows(train, args.semantic), rows(dev, args.semantic)
    print(f"candidates: train {len(rtrain)} ({sum(y for _, y in rtrain)} gold), dev {len(rdev)} "
          f"({sum(y for _, y in rdev)} gold of {dev_gold} gold pairs); {time.time() - t0:.1f}s")
    rng = random.Random(11)
    pos = [r for r in rtrain if r[1]]
    neg = [r for r in rtrain if not r[1]]
    # Balanced classes: the bias then reads as "even odds"; the shipped threshold is chosen on dev.
    w = fit(pos + rng.sample(neg, min(len(neg), 3 * len(pos))), epochs=1500, lr=3.0)
    names = SEMANTIC_COMPONENT_NAMES if args.semantic else COMPONENT_NAMES
    print("weights (features: " + ", ".join(names) + "; bias last):", [round(x, 3) for x in w])
    for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        tp = fp = 0
        for x, y in rdev:
            z = w[-1] + sum(wi * xi for wi, xi in zip(w, x))
            if 1 / (1 + math.exp(-z)) >= t:
                tp += y
                fp += 1 - y
        print(f"dev p>={t}: precision {tp / max(1, tp + fp):.3f} recall(of candidates' gold) "
              f"{tp / max(1, sum(y for _, y in rdev)):.3f}")


if __name__ == "__main__":
    main()
