"""Embedding cost of the `semantic` extra: cold start, throughput, and what it adds to a comparison.

    python bench/bench_semantic.py [--sentences 2000] [--repeat 3]

Prints, measured in this run on this machine:
* cold start: a fresh interpreter importing onnxruntime + tokenizers, checking both sha256
  digests, building the session and embedding one sentence (median of --repeat processes);
* throughput: sentences/s embedding the bundled pair's claims repeated to --sentences (best of
  --repeat), at onnxruntime's default threads and at one thread;
* the bundled comparison with and without --semantic (best of --repeat), and their ratio.
Figures vary with machine load; compare ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIR = (ROOT / "sources" / "000_4a82e88ad2850e87.txt", ROOT / "sources" / "001_b2086199f1fced57.txt")
COLD = """
import time; t = time.perf_counter()
from compare.embed import load_embedder
e = load_embedder(); e.embed(["Russia recognised the two breakaway regions."])
print(time.perf_counter() - t)
"""


def cold_start(repeat: int) -> float:
    """Median seconds from a bare interpreter to the first vector."""
    times = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, cwd=ROOT)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def throughput(texts: list[str], repeat: int, threads: str | None) -> float:
    """Best sentences/s over `repeat` runs, with a fresh session at the given thread count."""
    from compare.embed import load_embedder, onnx

    if threads is None:
        os.environ.pop(onnx.THREADS_ENV, None)
    else:
        os.environ[onnx.THREADS_ENV] = threads
    load_embedder.cache_clear()
    embedder = load_embedder()
    embedder.embed(texts[:32])  # warm-up
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        embedder.embed(texts)
        best = max(best, len(texts) / (time.perf_counter() - started))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import compare
    from compare.embed.vectors import _cache
    from compare.pipeline import read_source

    sources = [compare.load_source(str(p), source_id=f"s{k + 1}") for k, p in enumerate(PAIR)]
    claims = [c.text for s in sources for c in read_source(s)]
    texts = [f"{claims[k % len(claims)]} ({k // len(claims)})" for k in range(args.sentences)]
    mean_chars = statistics.mean(len(t) for t in texts)

    print(f"cold start (import, hash checks, session, first vector): {cold_start(args.repeat):.2f} s "
          f"(median of {args.repeat} processes)")
    for threads in (None, "1"):
        rate = throughput(texts, args.repeat, threads)
        label = "default threads" if threads is None else "1 thread"
        print(f"throughput, {label}: {rate:.0f} sentences/s ({len(texts)} sentences, mean {mean_chars:.0f} chars, "
              f"best of {args.repeat})")

    def best_compare(semantic: bool) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            _cache.clear()  # every run embeds its claims anew
            started = time.perf_counter()
            compare.compare_sources(*sources, compare.Options(semantic=semantic))
            best = min(best, time.perf_counter() - started)
        return best

    best_compare(True)  # load the model once, outside the timing
    lexical, semantic = best_compare(False), best_compare(True)
    print(f"bundled pair ({len(claims)} sentences): compare {lexical:.2f} s lexical, {semantic:.2f} s with "
          f"--semantic (×{semantic / lexical:.1f}; model already loaded)")


if __name__ == "__main__":
    main()
