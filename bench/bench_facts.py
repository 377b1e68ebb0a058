"""Throughput of segmentation and of fact extraction, in sentences per second.

Usage: python bench/bench_facts.py [--sentences 10000] [--runs 5]

The input is the bundled pair (sources/000 and sources/001) joined and repeated until it holds
about `--sentences` sentences, read as one source dated 2022-02-21 so that relative times
resolve. Each stage is timed `--runs` times; the best run is the figure (the least disturbed by
other work on the machine), and the spread between best and worst run is printed as the noise.
Facts are timed as `extract_claims` runs them (entities and quotes over the whole source, then
times, quantities and hedges per sentence), and each extractor is also timed on its own
(quantities given the sentence's times, as `extract_claims` passes them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from compare.claims import extract_claims
from compare.facts import dates, entities, hedges, quantities, quotes
from compare.model import Sentence, Source
from compare.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DATE = dt.date(2022, 2, 21)  # the date line of sources/000


def pair_source(target: int) -> Source:
    """The bundled pair repeated to about `target` sentences, as one dated source."""
    a = (ROOT / "sources" / "000_4a82e88ad2850e87.txt").read_text(encoding="utf-8")
    b = (ROOT / "sources" / "001_b2086199f1fced57.txt").read_text(encoding="utf-8")
    a = a.split("\n", 1)[1]  # the date line becomes the source date instead
    once = "\n\n".join([a, b])
    per_copy = len(segment(Source("bench", "<bench>", "bench", once, date=SOURCE_DATE)))
    copies = max(1, round(target / per_copy))
    return Source("bench", "<bench>", "bench", "\n\n".join([once] * copies), date=SOURCE_DATE)


def timed(runs: int, work: Callable[[], object]) -> list[float]:
    """Wall-clock seconds of `runs` calls of `work`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, n: int, times: list[float]) -> None:
    best, worst = min(times), max(times)
    print(
        f"{name:<22} {n / best:>10,.0f} sentences/s   best {best:6.2f} s   median "
        f"{statistics.median(times):6.2f} s   worst {worst:6.2f} s   (noise ±{(worst - best) / best / 2:.0%})"
    )


def per_sentence(extract: Callable[[Sentence], object], sentences: tuple[Sentence, ...]) -> Callable[[], None]:
    def work() -> None:
        for sentence in sentences:
            extract(sentence)

    return work


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=10_000, help="about how many sentences to read")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per stage; the best is reported")
    args = ap.parse_args()

    source = pair_source(args.sentences)
    sentences = segment(source)
    n = len(sentences)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"input: bundled pair repeated, {n:,} sentences, {len(source.text):,} characters")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} at start; best of {args.runs} runs")

    report("segment", n, timed(args.runs, lambda: segment(source)))
    report("facts (all)", n, timed(args.runs, lambda: extract_claims(source, sentences)))
    ents = entities.extract_document(source, sentences)
    report("  entities", n, timed(args.runs, lambda: entities.extract_document(source, sentences)))
    report("  quotes", n, timed(args.runs, lambda: quotes.extract_document(source, sentences, ents)))
    report("  times", n, timed(args.runs, per_sentence(
        lambda s: dates.extract(s.text, offset=s.span.start, ref_date=source.date), sentences)))  # fmt: skip
    # As extract_claims calls it: with the sentence's times already read.
    times = {s.span.start: dates.extract(s.text, offset=s.span.start, ref_date=source.date) for s in sentences}
    report("  quantities", n, timed(args.runs, per_sentence(
        lambda s: quantities.extract(s.text, offset=s.span.start, times=times[s.span.start]), sentences)))  # fmt: skip
    report("  hedges", n, timed(args.runs, per_sentence(
        lambda s: hedges.extract(s.text, offset=s.span.start), sentences)))  # fmt: skip
    if hasattr(os, "getloadavg"):
        print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
