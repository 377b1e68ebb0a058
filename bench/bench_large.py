"""A very large plain-text source against a bundled one: wall time and peak memory.

Usage: python bench/bench_large.py [--mb 20] [--profile FILE] [--seed 0]

Source A is built from the two bundled articles, copied over and over with each copy perturbed
(sentences dropped, duplicated and shuffled within their paragraph, figures changed), so it is
not one text repeated; it is written to a temporary file and loaded through `load_source`, the
way the CLI reads it. Source B is the bundled ITV News article. Prints the size, the seconds of
each stage (load, compare, render JSON) and the peak resident set size from `getrusage`.
"""

from __future__ import annotations

import argparse
import cProfile
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import compare

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "sources" / "000_4a82e88ad2850e87.txt", ROOT / "sources" / "001_b2086199f1fced57.txt")
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
_NUMBER = re.compile(r"\d+")


def perturbed_copy(text: str, rng: random.Random) -> str:
    """One copy of an article with its sentences dropped, duplicated, shuffled and renumbered."""
    paragraphs = []
    for paragraph in text.split("\n"):
        sentences = _SENTENCE_END.split(paragraph)
        kept: list[str] = []
        for sentence in sentences:
            roll = rng.random()
            if roll < 0.1:
                continue  # dropped
            kept.append(sentence)
            if roll > 0.95:
                kept.append(sentence)  # duplicated
        if rng.random() < 0.3:
            rng.shuffle(kept)
        line = " ".join(kept)
        paragraphs.append(_NUMBER.sub(lambda m: str(int(m.group()) + rng.randrange(3)), line))
    return "\n".join(paragraphs)


def build(size: int, seed: int) -> str:
    """About `size` characters of perturbed copies of the bundled articles, blank-line separated."""
    rng = random.Random(seed)
    articles = [p.read_text(encoding="utf-8") for p in SOURCES]
    parts: list[str] = []
    total = 0
    while total < size:
        part = perturbed_copy(rng.choice(articles), rng)
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(path: Path, options: compare.Options) -> dict[str, float]:
    """Load both sources, compare and render JSON; return seconds per stage."""
    t0 = time.perf_counter()
    a = compare.load_source(str(path), source_id="s1", options=options)
    b = compare.load_source(str(SOURCES[1]), source_id="s2", options=options)
    t1 = time.perf_counter()
    peaks = [peak_rss_mb()]
    result = compare.compare_sources(a, b, options)
    t2 = time.perf_counter()
    peaks.append(peak_rss_mb())
    report = compare.render(result, "json")
    t3 = time.perf_counter()
    peaks.append(peak_rss_mb())
    verdicts = {v.value: sum(f.verdict is v for f in result.findings) for v in compare.Verdict}
    print(f"claims: {len(result.claims):,}; findings: {len(result.findings):,} {verdicts}; "
          f"JSON report: {len(report) / 1e6:.1f} MB")
    print("peak RSS after load, compare, render: " + ", ".join(f"{p:.0f} MB" for p in peaks))
    return {"load": t1 - t0, "compare": t2 - t1, "render": t3 - t2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of source A in MB (default 20)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the perturbations")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the run to FILE")
    args = ap.parse_args()
    size = int(args.mb * 1024 * 1024)
    text = build(size, args.seed)
    options = compare.Options(max_bytes=max(compare.Options().max_bytes, 2 * size))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(text, encoding="utf-8")
        n_bytes = path.stat().st_size
        print(f"source A: {n_bytes / 1e6:.1f} MB ({n_bytes:,} bytes, {text.count(chr(10)):,} lines); "
              f"source B: {SOURCES[1].name}")
        del text
        started = time.perf_counter()
        if args.profile:
            profiler = cProfile.Profile()
            times = profiler.runcall(run, path, options)
            profiler.dump_stats(args.profile)
        else:
            times = run(path, options)
        wall = time.perf_counter() - started
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in times.items())
    print(f"wall time: {wall:.1f} s ({stages}); peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
