"""Speed of the pipeline on book-length inputs, with an all-pairs baseline measured in the same run.

Usage: python bench/bench_speed.py [--eval-dir ../shared/eval] [--docs N]

Book-length sources are built from real articles: source A concatenates the ECB+ documents of
the original ECB collection, source B those of the ECB+ collection (same 43 topics, different
outlets), N documents each. Without the corpus, the bundled pair repeated stands in.
Prints seconds per stage, sentences per second, candidate pairs scored, and the speed-up of
the blocked aligner over scoring all n×m pairs (timed on a slice and scaled, same run).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import compare
from compare.align import align, candidates
from compare.model import Role
from compare.options import Options
from compare.pipeline import read_source
from compare.scorers import idf_table
from compare.similarity import features, similarity

ROOT = Path(__file__).resolve().parents[1]


def book_texts(eval_dir: Path, n_docs: int) -> tuple[str, str, str]:
    path = eval_dir / "ecbplus" / "documents.jsonl"
    if not path.exists():
        a = (ROOT / "sources" / "000_4a82e88ad2850e87.txt").read_text(encoding="utf-8")
        b = (ROOT / "sources" / "001_b2086199f1fced57.txt").read_text(encoding="utf-8")
        k = max(1, n_docs // 10)
        return "\n\n".join([a] * k), "\n\n".join([b] * k), f"bundled pair repeated x{k}"
    ecb, plus = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            (ecb if d["collection"] == "ecb" else plus).append(d["text"])
    return "\n\n".join(ecb[:n_docs]), "\n\n".join(plus[:n_docs]), f"ECB+ articles, {n_docs} per side"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--docs", type=int, default=480)
    args = ap.parse_args()
    ta, tb, what = book_texts(args.eval_dir, args.docs)
    print(f"input: {what}; {len(ta):,} + {len(tb):,} characters")

    t0 = time.perf_counter()
    sa = compare.load_text(ta, source_id="s1")
    sb = compare.load_text(tb, source_id="s2")
    ca, cb = read_source(sa), read_source(sb)
    t_read = time.perf_counter() - t0
    body_a = [c for c in ca if c.role is Role.BODY]
    body_b = [c for c in cb if c.role is Role.BODY]
    n_sent = len(ca) + len(cb)
    print(f"segment + facts: {t_read:.1f} s for {n_sent:,} sentences ({n_sent / t_read:,.0f} sentences/s)")

    t0 = time.perf_counter()
    alignments = align(body_a, body_b, Options())
    t_align = time.perf_counter() - t0
    fa = [features(c) for c in body_a]
    fb = [features(c) for c in body_b]
    idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
    threshold = Options().threshold
    t0 = time.perf_counter()
    every = candidates(fa, fb, idf)
    t_every = time.perf_counter() - t0
    t0 = time.perf_counter()
    kept = candidates(fa, fb, idf, floor=threshold)
    t_kept = time.perf_counter() - t0
    n_cand = len(every)
    pairs = len(body_a) * len(body_b)
    print(f"align: {t_align:.1f} s for {len(body_a):,} x {len(body_b):,} body claims; "
          f"{n_cand:,} candidate pairs of {pairs:,} ({n_cand / pairs:.2%}); {len(alignments):,} alignments")
    above = {(x.i, x.j, x.score) for x in every if x.score >= threshold}
    same = above == {(x.i, x.j, x.score) for x in kept if x.score >= threshold}
    print(f"scoring the candidates: {t_every:.1f} s all scored; {t_kept:.1f} s with the score ceiling "
          f"({len(kept):,} scored, {t_every / t_kept:.1f}x faster); pairs >= {threshold}: {len(above):,}, "
          f"{'identical' if same else 'DIFFERENT'}")
    if not same:
        raise SystemExit("the score ceiling changed which pairs reach the threshold")

    # Baseline: score every pair (no blocking), timed on a slice of rows and scaled to n×m.
    rows = fa[: max(1, min(len(fa), 40))]
    t0 = time.perf_counter()
    for f in rows:
        for g in fb:
            similarity(f, g, idf)
    t_slice = time.perf_counter() - t0
    t_all = t_slice * len(fa) / len(rows)
    print(f"baseline all-pairs scoring: {t_all:.0f} s (extrapolated from {len(rows)} rows in {t_slice:.1f} s); "
          f"blocked aligner is {t_all / t_align:.1f}x faster")

    t0 = time.perf_counter()
    result = compare.compare_sources(sa, sb)
    t_total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"compare_sources end to end: {t_total:.1f} s, {len(result.findings):,} findings; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
