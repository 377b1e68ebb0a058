"""Alignment policies compared on ECB+ dev: which claim pairs to compare, given the similarity.

Usage: python bench/align_policies.py [--data DIR] [--split dev|train] [--threshold 0.53]

Every document pair of the split is read as claimdiff reads it (one sentence per line), every
pair of compared claims is scored once with the shipped similarity, and each policy picks the
pairs to compare; the pairs are scored against the gold sentence alignment like the harness's
ECB+ part (sentence recall, recall, precision over selected sentences, strict precision). The
shipped policy is `compare.align.align` itself; the others are re-implemented here on the same
scores. ECB+ train/dev only: test topics are for the harness.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_common import Context  # noqa: E402 -- after the path set-up
from bench.eval_data import DEFAULT_DATA, Corpus  # noqa: E402
from bench.eval_ecbplus import EcbSplit, Quad, ecb_score, ecb_split  # noqa: E402

Matrix = list[list[float]]
Policy = Callable[[Matrix, list[int], list[int], float], set[tuple[int, int]]]


def one_to_one(m: Matrix, ia: list[int], jb: list[int], t: float) -> set[tuple[int, int]]:
    """Greedy one-to-one by score (the aligner before links, without its merge pass)."""
    ranked = sorted(((m[i][j], i, j) for i in ia for j in jb if m[i][j] >= t), key=lambda x: (-x[0], x[1], x[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = set()
    for _, i, j in ranked:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.add((i, j))
    return out


def closest(m: Matrix, ia: list[int], jb: list[int], t: float) -> set[tuple[int, int]]:
    """Each claim with its closest counterpart, both ways."""
    out = set()
    for i in ia:
        j = max(jb, key=lambda j: (m[i][j], -j), default=None)
        if j is not None and m[i][j] >= t:
            out.add((i, j))
    for j in jb:
        i = max(ia, key=lambda i: (m[i][j], -i), default=None)
        if i is not None and m[i][j] >= t:
            out.add((i, j))
    return out


def every_pair(m: Matrix, ia: list[int], jb: list[int], t: float) -> set[tuple[int, int]]:
    """Every pair at or above the threshold."""
    return {(i, j) for i in ia for j in jb if m[i][j] >= t}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()

    import compare
    from compare.align import align
    from compare.model import COMPARED_ROLES, Role
    from compare.options import Options
    from compare.pipeline import read_source
    from compare.scorers import idf_table
    from compare.similarity import features, similarity

    options = Options() if args.threshold is None else Options(threshold=args.threshold)
    data: EcbSplit = ecb_split(Context(Corpus(args.data), "", 1, False), args.split, None)
    docs: dict[str, list[tuple[compare.Claim, list[int]]]] = {}
    for d in {x for pair in data.pairs for x in pair}:
        doc = data.docs[d]
        claims = read_source(compare.load_text(doc["text"], source_id="s1"))
        docs[d] = [(c, [s["sent_id"] for s in doc["sentences"]
                        if min(s["end"], c.span.end) > max(s["start"], c.span.start)]) for c in claims]

    policies: dict[str, tuple[Policy | None, bool]] = {
        "one-to-one, body only": (one_to_one, False),
        "one-to-one, headlines compared": (one_to_one, True),
        "closest counterpart, headlines compared": (closest, True),
        "shipped: compare.align.align": (None, True),
        "every pair above the threshold": (every_pair, True),
    }
    predicted: dict[str, set[Quad]] = {name: set() for name in policies}
    for a, b in data.pairs:
        ca, cb = docs[a], docs[b]
        fa, fb = [features(c) for c, _ in ca], [features(c) for c, _ in cb]
        idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
        m = [[similarity(x, y, idf) for y in fb] for x in fa]
        for name, (policy, headlines) in policies.items():
            roles = COMPARED_ROLES if headlines else frozenset({Role.BODY})
            ia = [i for i, (c, _) in enumerate(ca) if c.role in roles]
            jb = [j for j, (c, _) in enumerate(cb) if c.role in roles]
            if policy is None:
                by_id_a = {ca[i][0].id: i for i in ia}
                renamed = [replace(cb[j][0], id="b" + cb[j][0].id) for j in jb]  # both were read as "s1"
                by_id_b = {c.id: j for c, j in zip(renamed, jb, strict=True)}
                links = {(by_id_a[al.a[0]], by_id_b[al.b[0]])
                         for al in align([ca[i][0] for i in ia], renamed, options)}
            else:
                links = policy(m, ia, jb, options.threshold)
            predicted[name] |= {(a, b, sa, sb) for i, j in links for sa in ca[i][1] for sb in cb[j][1]}

    print(f"ECB+ {args.split}: {len(data.pairs)} document pairs, {len(data.gold)} gold sentence pairs, "
          f"threshold {options.threshold}\n")
    print("| policy | sentence recall | recall | precision (selected) | strict precision | predicted pairs |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, pairs in predicted.items():
        fig = ecb_score(data, pairs)
        print(f"| {name} | {fig.sentence_recall:.3f} | {fig.recall:.3f} | {fig.precision_selected:.3f} | "
              f"{fig.precision_all:.3f} | {fig.predicted} |")


if __name__ == "__main__":
    main()
