"""Whether two aligned claims say the same thing: a calibrated probability of *equivalence*.

The aligner's similarity (`compare/similarity.py`) asks "are these about the same event?", which
is relatedness. AGREE needs more: STS "mostly equivalent" (gold >= 4.0 on the 0..5 scale: only
unimportant details differ). This module's features bear on that: how much of *each* side the
other covers (a side with much the other lacks is not equivalent), word order and n-gram overlap
in both directions (the MT-metric family of Madnani et al. 2012), length, figures and names one
side lacks, and the embedding cosine when the `semantic` extra is on.

A logistic model over those features gives the probability; its weights are constants fit on
STS-B train+dev by `bench/fit_equivalence.py` (never on MSRP or SICK, never on a test split).
Inference is pure Python.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from compare.facts import quantities
from compare.lexicon import content_stems, stem, words
from compare.model import Claim, Entity, Quantity
from compare.scorers import from_rapidfuzz
from compare.similarity import entity_key

COMPONENT_NAMES = (
    "cover_min", "cover_max", "token_sort", "token_set", "partial", "length_ratio",
    "bigram_min", "bigram_max", "trigram_min", "extra_max", "numbers_unmatched", "entities_unmatched",
)
# Logistic weights over COMPONENT_NAMES, fit on STS-B train+dev (gold >= 4.0 = equivalent; MSRP-test
# and iSTS-test overlaps left out) by `python bench/fit_equivalence.py`. Correlated features share
# the signal, so a negative weight (bigram_max, trigram_min) is a correction to its neighbours,
# not "more overlap is worse". The best cut for these weights is Options.agree_threshold (0.49).
WEIGHTS = (2.24, 1.35, 4.31, 1.11, -0.37, -0.09, 1.70, -1.01, -1.26, -0.40, -1.47, -0.06)
BIAS = -6.45
# The same fit with the embedding cosine; its bias is shifted so that the same cut is its best one.
SEMANTIC_COMPONENT_NAMES = (*COMPONENT_NAMES, "cosine")
SEMANTIC_WEIGHTS = (0.69, 0.19, 2.38, -0.24, -0.83, -0.44, 1.17, -0.70, -0.88, -1.24, -1.47, 0.03, 8.92)
SEMANTIC_BIAS = -8.29
F = TypeVar("F", Quantity, Entity)
EXTRA_SCALE = 10.0  # content words one side has and the other lacks, at which `extra_max` is 1


def components(a: Sequence[Claim], b: Sequence[Claim], cosine: float | None = None) -> dict[str, float]:
    """The equivalence features of two groups of claims, by name, each in 0..1; symmetric.

    Args:
        a: the claims of one side (their texts are read joined, their facts together).
        b: the claims of the other side.
        cosine: the embedding cosine of the two sides (0..1), when the semantic signal is on;
            it is then the last component (SEMANTIC_COMPONENT_NAMES order), else absent.

    Returns:
        Feature name → value, in COMPONENT_NAMES (or SEMANTIC_COMPONENT_NAMES) order.
    """
    text_a, text_b = " ".join(c.text for c in a), " ".join(c.text for c in b)
    stems_a, stems_b = content_stems(text_a), content_stems(text_b)
    set_a, set_b = set(stems_a), set(stems_b)
    cover = sorted((_coverage(set_a, set_b), _coverage(set_b, set_a)))
    norm_a, norm_b = " ".join(stems_a), " ".join(stems_b)
    all_a, all_b = [stem(w) for w in words(text_a)], [stem(w) for w in words(text_b)]
    bigram = sorted((_ngram_cover(all_a, all_b, 2), _ngram_cover(all_b, all_a, 2)))
    trigram = min(_ngram_cover(all_a, all_b, 3), _ngram_cover(all_b, all_a, 3))
    out = {
        "cover_min": cover[0],
        "cover_max": cover[1],
        "token_sort": _ratio(fuzz.token_sort_ratio, norm_a, norm_b),
        "token_set": _ratio(fuzz.token_set_ratio, norm_a, norm_b),
        "partial": _partial(text_a.lower(), text_b.lower()),
        "length_ratio": _length_ratio(len(stems_a), len(stems_b)),
        "bigram_min": bigram[0],
        "bigram_max": bigram[1],
        "trigram_min": trigram,
        "extra_max": min(1.0, max(len(set_a - set_b), len(set_b - set_a)) / EXTRA_SCALE),
        "numbers_unmatched": _numbers_unmatched(_facts(a, Quantity), _facts(b, Quantity)),
        "entities_unmatched": _entities_unmatched(_facts(a, Entity), _facts(b, Entity)),
    }
    if cosine is not None:
        out["cosine"] = min(1.0, max(0.0, cosine))
    return out


def probability(a: Sequence[Claim], b: Sequence[Claim], cosine: float | None = None) -> float:
    """Probability (0..1) that two groups of claims are equivalent (STS >= 4.0); symmetric.

    The same content words in the same order are the same claim (1.0), as in `similarity`, so a
    short phrase with other function words ("the ceasefire" / "a ceasefire") does not depend on
    the curve; on STS-B train+dev all 128 such pairs score above the cut anyway, so the rule
    changes no decision the fit saw. With `cosine`, the semantic weight set is used.

    Args:
        a: the claims of one side.
        b: the claims of the other side.
        cosine: the two sides' embedding cosine, when the semantic signal is on.
    """
    text_a, text_b = " ".join(c.text for c in a), " ".join(c.text for c in b)
    norm_a, norm_b = content_stems(text_a), content_stems(text_b)
    if norm_a and norm_a == norm_b:
        return 1.0
    return logistic(tuple(components(a, b, cosine).values()))


def logistic(values: Sequence[float]) -> float:
    """The model's probability for feature values in COMPONENT_NAMES order, or in
    SEMANTIC_COMPONENT_NAMES order (the semantic weight set) when the cosine is last."""
    weights, bias = (SEMANTIC_WEIGHTS, SEMANTIC_BIAS) if len(values) == len(SEMANTIC_WEIGHTS) else (WEIGHTS, BIAS)
    z = bias + sum(w * x for w, x in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _facts(claims: Sequence[Claim], cls: type[F]) -> list[F]:
    return [f for c in claims for f in c.facts if isinstance(f, cls)]


def _coverage(mine: set[str], theirs: set[str]) -> float:
    """Share of my content stems the other side has too (an empty side covers nothing)."""
    if not mine:
        return 1.0 if not theirs else 0.0
    return len(mine & theirs) / len(mine)


def _ngram_cover(mine: list[str], theirs: list[str], n: int) -> float:
    """Clipped share of my n-grams found in the other side (BLEU's modified precision)."""
    grams = Counter(tuple(mine[i:i + n]) for i in range(len(mine) - n + 1))
    if not grams:
        return 1.0 if mine == theirs else 0.0
    other = Counter(tuple(theirs[i:i + n]) for i in range(len(theirs) - n + 1))
    return sum(min(c, other[g]) for g, c in grams.items()) / sum(grams.values())


def _ratio(scorer: Callable[[str, str], float], x: str, y: str) -> float:
    if not x or not y:
        return 1.0 if x == y else 0.0
    return from_rapidfuzz(scorer(x, y))


def _partial(x: str, y: str) -> float:
    """rapidfuzz partial_ratio, averaged over both orders so it is exactly symmetric."""
    if not x or not y:
        return 1.0 if x == y else 0.0
    return (from_rapidfuzz(fuzz.partial_ratio(x, y)) + from_rapidfuzz(fuzz.partial_ratio(y, x))) / 2.0


def _length_ratio(n: int, m: int) -> float:
    return 1.0 if n == m else min(n, m) / max(n, m)


def _numbers_unmatched(qa: list[Quantity], qb: list[Quantity]) -> float:
    """Share of both sides' figures with no compatible figure on the other side (0 with none)."""
    if not qa and not qb:
        return 0.0
    lone = sum(not any(quantities.compatible(x, y) for y in qb) for x in qa)
    lone += sum(not any(quantities.compatible(x, y) for x in qa) for y in qb)
    return lone / (len(qa) + len(qb))


def _entities_unmatched(ea: list[Entity], eb: list[Entity]) -> float:
    """Share of the named entities (by cross-source key) that only one side names (0 with none)."""
    ka, kb = {entity_key(e) for e in ea}, {entity_key(e) for e in eb}
    if not ka and not kb:
        return 0.0
    return len(ka ^ kb) / len(ka | kb)
