"""How similar two claims are: lexical overlap plus shared entities and quotes, in 0..1.

Used by the aligner (which claims to compare) and by relate() (how close two statements are).
With the `semantic` extra, the cosine of the two sentence embeddings is one more signal, with
its own weight set. Weights are fit on ECB+ train (bench/fit_similarity.py) and checked on
STS-B train/dev and ECB+ dev (docs/evaluation.md); never on MSRP or SICK.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from compare.lexicon import content_stems
from compare.model import Claim, Entity, Quote
from compare.scorers import from_rapidfuzz

# Logistic weights over COMPONENT_NAMES (then the bias), fit on ECB+ train sentence alignments
# by bench/fit_similarity.py; the output is the probability that two claims report the same thing.
COMPONENT_NAMES = ("dice_idf", "token_set", "entities", "quotes", "shared_mass")
WEIGHTS = (2.24, 1.86, 0.11, 0.32, 2.36)
BIAS = -3.25
# The same fit with the embedding cosine as a sixth signal (`python bench/fit_similarity.py --semantic`).
SEMANTIC_COMPONENT_NAMES = (*COMPONENT_NAMES, "cosine")
SEMANTIC_WEIGHTS = (0.94, 1.22, -0.26, -0.70, 2.07, 3.63)
SEMANTIC_BIAS = -4.09
DEFAULT_IDF = 2.0  # word weight when no document frequencies are known (relate())
_DEFAULT_IDF = DEFAULT_IDF

@dataclass(frozen=True, slots=True)
class Features:
    """What the similarity of a claim is computed from, prepared once per claim."""

    stems: frozenset[str]
    norm: str  # content stems in text order, joined
    entities: frozenset[str]
    quotes: tuple[str, ...]


def entity_key(entity: Entity) -> str:
    """Cross-source identity key: surname for people (so 'Mr Johnson' meets 'Boris Johnson')."""
    if entity.kind == "person":
        return "person:" + entity.canonical.split()[-1].lower()
    return f"{entity.kind}:{entity.canonical.lower()}"


def features(claim: Claim) -> Features:
    """Prepare a claim's features."""
    stems = content_stems(claim.text)
    ents = frozenset(entity_key(f) for f in claim.facts if isinstance(f, Entity))
    quotes = tuple(f.content for f in claim.facts if isinstance(f, Quote) and len(f.content) >= 8)
    return Features(frozenset(stems), " ".join(stems), ents, quotes)


def quote_overlap(qa: tuple[str, ...], qb: tuple[str, ...]) -> float:
    """Best partial match between the two claims' quotes (0 when either has none)."""
    if not qa or not qb:
        return 0.0
    return max(from_rapidfuzz(fuzz.partial_ratio(x.lower(), y.lower())) for x in qa for y in qb)


def components(
    fa: Features, fb: Features, idf: Mapping[str, float] | None = None, cosine: float | None = None,
    totals: tuple[float, float] | None = None,
) -> tuple[float, ...]:
    """The similarity signals of a pair, each in 0..1, in COMPONENT_NAMES order; symmetric.

    With an embedding `cosine`, it is appended (SEMANTIC_COMPONENT_NAMES order). `totals` are
    the two claims' `stem_weight`s when the caller has them (the same values are computed
    otherwise, so the result does not depend on it).
    """
    shared = fa.stems & fb.stems
    dice = 0.0
    if shared:  # IDF-weighted Dice overlap (scorers.weighted_dice), totals computed once per claim
        ta, tb = totals or (stem_weight(fa, idf), stem_weight(fb, idf))
        dice = 2.0 * sum(idf.get(t, 1.0) if idf else 1.0 for t in shared) / (ta + tb)
    lex = from_rapidfuzz(fuzz.token_set_ratio(fa.norm, fb.norm)) if fa.norm and fb.norm else 0.0
    ent = 0.0
    if fa.entities and fb.entities:
        ent = len(fa.entities & fb.entities) / min(len(fa.entities), len(fb.entities))
    q = quote_overlap(fa.quotes, fb.quotes)
    mass = sum(idf.get(t, _DEFAULT_IDF) for t in shared) if idf else _DEFAULT_IDF * len(shared)
    base = (dice, lex, ent, q if q >= 0.85 else 0.0, min(1.0, mass / 15.0))
    return base if cosine is None else (*base, cosine)


def signals(
    fa: Features, fb: Features, score: float, idf: Mapping[str, float] | None = None, cosine: float | None = None,
) -> tuple[tuple[str, float], ...]:
    """A pair's similarity components by name (with the cosine when given), then the score itself,
    each rounded to 4 places: what a report shows behind a finding's score."""
    names = COMPONENT_NAMES if cosine is None else SEMANTIC_COMPONENT_NAMES
    values = components(fa, fb, idf, cosine)
    return (*((n, round(v, 4)) for n, v in zip(names, values, strict=True)), ("similarity", round(score, 4)))


def ceiling(
    fa: Features, fb: Features, idf: Mapping[str, float], cosine: float | None = None,
    totals: tuple[float, float] | None = None,
) -> float:
    """An upper bound of `similarity(fa, fb, idf, cosine)` without its costly token-set ratio.

    Every other component is computed exactly and the token-set ratio (0..1, positive weight)
    is taken as 1, so a pair whose ceiling is below a threshold cannot reach it: the aligner
    skips scoring it. Most candidate pairs share one ordinary word and stop here.

    Args:
        totals: each side's summed stem weights (`stem_weight`), when the caller scores one
            claim against many and has them at hand.
    """
    if fa.norm and fa.norm == fb.norm:
        return 1.0
    weights, bias = (WEIGHTS, BIAS) if cosine is None else (SEMANTIC_WEIGHTS, SEMANTIC_BIAS)
    shared = fa.stems & fb.stems
    if not shared:
        dice = mass = 0.0
    else:
        ta, tb = totals or (stem_weight(fa, idf), stem_weight(fb, idf))
        dice = 2.0 * sum(idf.get(t, 1.0) for t in shared) / (ta + tb)
        mass = sum(idf.get(t, _DEFAULT_IDF) for t in shared)
    ent = 0.0
    if fa.entities and fb.entities:
        ent = len(fa.entities & fb.entities) / min(len(fa.entities), len(fb.entities))
    q = quote_overlap(fa.quotes, fb.quotes)
    lex = 1.0 if weights[1] > 0 else 0.0  # the token-set ratio's most favourable value
    parts = (dice, lex, ent, q if q >= 0.85 else 0.0, min(1.0, mass / 15.0))
    z = bias + sum(w * x for w, x in zip(weights, parts if cosine is None else (*parts, cosine), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def loose_bound(semantic: bool) -> tuple[float, float, float, float]:
    """The logit of a looser upper bound than `ceiling`, as `(constant, dice, mass, cosine)` weights.

    For a pair sharing stems of summed weight at most `shared` (each stem weighing
    `max(idf.get(t, 1.0), idf.get(t, DEFAULT_IDF))`), with stem weights `totals` added over both
    claims, the similarity's logit is at most
    `constant + dice * min(1, 2 * shared / totals) + mass * min(1, shared / 15) + cosine * cos`:
    entity and quote overlap are taken at their best and the token-set ratio as 1. The aligner
    evaluates it inline, millions of times, so it is returned as numbers, not as a function.
    """
    weights: tuple[float, ...] = SEMANTIC_WEIGHTS if semantic else WEIGHTS
    bias = SEMANTIC_BIAS if semantic else BIAS
    constant = bias + sum(max(0.0, w) for w in weights[1:4])
    return constant, max(0.0, weights[0]), max(0.0, weights[4]), weights[5] if semantic else 0.0


def stem_weight(f: Features, idf: Mapping[str, float] | None) -> float:
    """A claim's summed stem weights, its share of the weighted Dice overlap's denominator."""
    return sum(idf.get(t, 1.0) for t in f.stems) if idf else float(len(f.stems))


def similarity(
    fa: Features, fb: Features, idf: Mapping[str, float] | None = None, cosine: float | None = None,
    totals: tuple[float, float] | None = None,
) -> float:
    """Probability-like score in 0..1 that two claims report the same thing; symmetric.

    The same content words in the same order are the same claim (1.0): the logistic curve alone
    would leave a short sentence compared with itself below the AGREE threshold. With `cosine`
    (the embedding signal, 0..1) the semantic weight set is used.
    """
    if fa.norm and fa.norm == fb.norm:
        return 1.0
    weights, bias = (WEIGHTS, BIAS) if cosine is None else (SEMANTIC_WEIGHTS, SEMANTIC_BIAS)
    z = bias + sum(w * x for w, x in zip(weights, components(fa, fb, idf, cosine, totals), strict=True))
    return 1.0 / (1.0 + math.exp(-z))
