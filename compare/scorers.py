"""Similarity scorers: one contract, one registry.

A scorer takes two texts positionally, keyword-only knobs, and returns a float in 0..1.
rapidfuzz's 0..100 scale is converted here and nowhere else.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

import textdistance
from rapidfuzz import fuzz

from compare.errors import OptionsError
from compare.lexicon import content_stems, normalise


class Scorer(Protocol):
    """The scorer contract."""

    def __call__(self, a: str, b: str, /) -> float: ...


SCORERS: dict[str, Scorer] = {}


def register(name: str) -> Callable[[Scorer], Scorer]:
    """Register a scorer under a versioned name; a name never changes meaning."""

    def deco(fn: Scorer) -> Scorer:
        if name in SCORERS:
            raise ValueError(f"scorer {name!r} registered twice")
        SCORERS[name] = fn
        return fn

    return deco


def get(name: str) -> Scorer:
    """Look a scorer up by name, with the valid names in the error."""
    try:
        return SCORERS[name]
    except KeyError:
        raise OptionsError(f"unknown scorer {name!r} (choose from: {', '.join(sorted(SCORERS))})") from None


def from_rapidfuzz(value: float) -> float:
    """rapidfuzz scores are 0..100; ours are 0..1."""
    return max(0.0, min(1.0, value / 100.0))


@register("lexical.token_set.v1")
def token_set(a: str, b: str, /) -> float:
    """rapidfuzz token_set_ratio over content-word stems (generous to subsets: merged sentences)."""
    return from_rapidfuzz(fuzz.token_set_ratio(normalise(a), normalise(b)))


@register("lexical.token_sort.v1")
def token_sort(a: str, b: str, /) -> float:
    """rapidfuzz token_sort_ratio over content-word stems."""
    return from_rapidfuzz(fuzz.token_sort_ratio(normalise(a), normalise(b)))


@register("lexical.raw_token_set.v1")
def raw_token_set(a: str, b: str, /) -> float:
    """rapidfuzz token_set_ratio on the raw texts: the baseline the evaluation compares against."""
    return from_rapidfuzz(fuzz.token_set_ratio(a, b))


# qval=None compares whitespace-separated tokens (textdistance documents it; its stubs say int).
_JACCARD = textdistance.Jaccard(qval=None, external=False)  # type: ignore[arg-type]
_SORENSEN = textdistance.Sorensen(qval=None, external=False)  # type: ignore[arg-type]


@register("lexical.jaccard.v1")
def jaccard(a: str, b: str, /) -> float:
    """textdistance Jaccard over content-word stem sets."""
    sa, sb = set(content_stems(a)), set(content_stems(b))
    if not sa and not sb:
        return 1.0 if a.strip() == b.strip() else 0.0
    return float(_JACCARD.normalized_similarity(" ".join(sorted(sa)), " ".join(sorted(sb))))


def weighted_dice(sa: Iterable[str], sb: Iterable[str], idf: Mapping[str, float] | None = None,
                  *, default_idf: float = 1.0) -> float:
    """Dice overlap of two stem sets, each word weighted by its IDF (1.0 when unknown)."""
    set_a, set_b = set(sa), set(sb)
    if not set_a or not set_b:
        return 0.0
    def w(t: str) -> float:
        return idf.get(t, default_idf) if idf else 1.0

    shared = sum(w(t) for t in set_a & set_b)
    total = sum(w(t) for t in set_a) + sum(w(t) for t in set_b)
    return 2.0 * shared / total if total else 0.0


@register("lexical.dice.v1")
def dice(a: str, b: str, /) -> float:
    """Unweighted Dice overlap of content-word stems (textdistance's Sorensen)."""
    sa, sb = set(content_stems(a)), set(content_stems(b))
    if not sa or not sb:
        return 0.0
    return float(_SORENSEN.normalized_similarity(" ".join(sorted(sa)), " ".join(sorted(sb))))


def idf_table(documents: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of stems over `documents` (each a stem list)."""
    df: dict[str, int] = {}
    n = 0
    for doc in documents:
        n += 1
        for t in set(doc):
            df[t] = df.get(t, 0) + 1
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
