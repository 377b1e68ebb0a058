"""Alignment: which claims of source a and source b report the same thing.

Candidate pairs come from an inverted index over informative word stems (pairs that share no
informative word are never scored), so the work grows with the candidates, not with n×m. With
claim vectors (the `semantic` extra), each claim's nearest neighbours by embedding cosine are
candidates too, and the cosine is one more signal of the score.
Each claim is linked to its most similar claim of the other source (and, when that match is
loose, to the next one nearly as similar) when the similarity reaches the threshold; each link
is compared by the judge. A claim that is the closest match of several claims (one event told in
several sentences, a sentence split in two) is in several links, so a claim is UNIQUE only when
no claim of the other source is close enough to it and it is close enough to none.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from compare.model import Alignment, Claim
from compare.options import Options
from compare.scorers import idf_table
from compare.similarity import DEFAULT_IDF as _MASS_DEFAULT
from compare.similarity import Features, ceiling, features, loose_bound, signals, similarity, stem_weight

if TYPE_CHECKING:
    from compare.embed.vectors import ClaimVectors

# A stem found in more than this share of all claims is too common to propose candidates.
_COMMON_SHARE = 0.08
_COMMON_MIN = 40
# Semantic candidates: each claim's k nearest claims of the other source, if at least this close.
_SEMANTIC_K = 3
_SEMANTIC_FLOOR = 0.45
# A claim whose closest counterpart is only loosely similar (below CLOSE_MATCH) is also linked to
# the next within NEAR_BEST of it: one event told in several sentences gives several near-equal
# loose matches, all worth comparing. A claim with a close match is linked to that match alone,
# so a source compared with itself stays all AGREE. Chosen on ECB+ dev (headlines compared,
# threshold 0.53): closest only gives sentence recall 0.573 at strict precision 0.300; NEAR_BEST
# 0.1 for every claim 0.583 / 0.309; for loosely matched claims only 0.579 / 0.305, the same with
# at most NEAR_BEST_MAX = 1 such link per claim, which keeps book-length inputs (thousands of
# near-equal loose candidates per claim) from multiplying the comparisons.
NEAR_BEST = 0.1
NEAR_BEST_MAX = 1  # such extra links per claim: long inputs offer many near-equal loose matches
CLOSE_MATCH = 0.75  # the judge's CLOSE_SCORE: at or above it two claims are closely similar
# Slack for floating-point rounding when a ceiling is compared with the threshold.
_ROUNDING = 1e-9

Cosine = Callable[[int, int], float]


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate pair (indices into the two claim lists) with its similarity."""

    i: int
    j: int
    score: float


def candidates(
    fa: Sequence[Features],
    fb: Sequence[Features],
    idf: dict[str, float],
    cosine: Cosine | None = None,
    extra: Iterable[tuple[int, int]] = (),
    floor: float | None = None,
) -> list[Scored]:
    """Score every pair of claims that shares at least one informative stem, plus `extra` pairs.

    `cosine(i, j)`, when given, is the embedding signal of each scored pair. With a `floor`,
    pairs whose score cannot reach it (`similarity.ceiling`) are left out unscored: the
    result holds exactly the pairs scoring at least `floor`, and maybe some below it.
    """
    total = len(fa) + len(fb)
    limit = max(_COMMON_MIN, int(_COMMON_SHARE * total))
    postings: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(fb):
        for t in f.stems:
            postings[t].append(j)
    common = {t for t, js in postings.items() if len(js) > limit}
    more: dict[int, set[int]] = defaultdict(set)
    for i, j in extra:
        more[i].add(j)
    tot_a = [stem_weight(f, idf) for f in fa]
    tot_b = [stem_weight(f, idf) for f in fb]
    # Each stem's weight, high enough to bound both its Dice weight and its shared-mass weight.
    bound = {t: max(idf.get(t, 1.0), idf.get(t, _MASS_DEFAULT)) for t in postings}
    c0, c_dice, c_mass, c_cos = loose_bound(semantic=cosine is not None)
    z_floor = _logit(floor) - _ROUNDING if floor is not None else 0.0
    out: list[Scored] = []
    for i, f in enumerate(fa):
        # The weight each candidate shares with f through informative stems (inverted index),
        # plus at most the weight of f's common stems.
        shared: dict[int, float] = dict.fromkeys(more.get(i, ()), 0.0)
        rest = 0.0
        for t in f.stems:
            if t in common:
                rest += bound[t]
            elif t in postings:
                w = bound[t]
                for j in postings[t]:
                    shared[j] = shared.get(j, 0.0) + w
        for j in sorted(shared):
            cos = None if cosine is None else cosine(i, j)
            if floor is not None:
                up, both = shared[j] + rest, tot_a[i] + tot_b[j]
                dice = min(1.0, 2.0 * up / both) if both else 0.0  # stemless claims come as `extra` pairs
                z = c0 + c_dice * dice + c_mass * min(1.0, up / 15.0) + c_cos * (cos or 0.0)
                if z < z_floor or ceiling(f, fb[j], idf, cos, (tot_a[i], tot_b[j])) < floor - _ROUNDING:
                    continue
            out.append(Scored(i, j, similarity(f, fb[j], idf, cos, (tot_a[i], tot_b[j]))))
    return out


def _logit(p: float) -> float:
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p / (1.0 - p))


@dataclass(frozen=True, slots=True)
class Scoring:
    """The aligner's first step: both sides' features, the word weights, the scored candidates."""

    fa: list[Features]
    fb: list[Features]
    idf: dict[str, float]
    pairs: list[Scored]
    cosine: Cosine | None = None  # the embedding signal by claim index, when there are vectors

    def signals(self, s: Scored) -> tuple[tuple[str, float], ...]:
        """A pair's similarity components by name (the score's inputs), then the score."""
        cos = None if self.cosine is None else self.cosine(s.i, s.j)
        return signals(self.fa[s.i], self.fb[s.j], s.score, self.idf, cos)


def scored_candidates(
    claims_a: Sequence[Claim], claims_b: Sequence[Claim], vectors: ClaimVectors | None = None,
    floor: float | None = None,
) -> Scoring:
    """Features of both sides and every candidate pair scored (the aligner's first step).

    With a `floor`, pairs that cannot score that high may be left out (see `candidates`).
    """
    fa = [features(c) for c in claims_a]
    fb = [features(c) for c in claims_b]
    idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
    if vectors is None:
        return Scoring(fa, fb, idf, candidates(fa, fb, idf, floor=floor))
    ids_a, ids_b = [c.id for c in claims_a], [c.id for c in claims_b]
    extra = vectors.nearest(ids_a, ids_b, _SEMANTIC_K, _SEMANTIC_FLOOR)

    def cosine(i: int, j: int) -> float:
        return vectors.cosine(ids_a[i], ids_b[j])

    return Scoring(fa, fb, idf, candidates(fa, fb, idf, cosine, extra, floor), cosine)


def _nearly(s: Scored, closest: Scored) -> bool:
    """A pair nearly as close as a loosely matched claim's closest pair."""
    return closest.score < CLOSE_MATCH and s.score >= closest.score - NEAR_BEST


def align(
    claims_a: Sequence[Claim],
    claims_b: Sequence[Claim],
    options: Options,
    vectors: ClaimVectors | None = None,
) -> tuple[Alignment, ...]:
    """Align two sources' compared claims: each claim with its closest counterpart.

    Every claim is linked to the claim of the other source most similar to it and, when that
    match is only loose (below CLOSE_MATCH), to at most NEAR_BEST_MAX more whose similarity is
    within NEAR_BEST of it; only similarities reaching `options.threshold` count. A link is one
    Alignment of one claim per side. Among equally similar pairs, the one whose claims sit at
    the nearer relative position in their sources comes first (a repeated sentence is matched
    with its own repetition). A claim may be the closest counterpart of several claims
    (one event told in several sentences, a sentence split in two), and then it is in several
    alignments.

    Args:
        claims_a: compared claims of source a, in text order.
        claims_b: compared claims of source b, in text order.
        options: `threshold` is the minimum similarity for a pair to be aligned.
        vectors: embeddings of the claims (the semantic signal), or None for lexical only.

    Returns:
        Alignments in the order of source a's claim, then source b's; claims that align with
        nothing are absent (the judge reports them as unique).
    """
    scoring = scored_candidates(claims_a, claims_b, vectors, floor=options.threshold)
    best_a: dict[int, Scored] = {}
    best_b: dict[int, Scored] = {}
    extra_a: dict[int, int] = {}
    extra_b: dict[int, int] = {}
    links: list[Scored] = []
    na, nb = max(1, len(claims_a)), max(1, len(claims_b))

    def order(s: Scored) -> tuple[float, float, int, int]:
        # Equal scores (a sentence repeated, or differing only in punctuation) go to the pair at
        # the nearest relative position first, so each claim's closest counterpart is its twin.
        return (-s.score, abs(s.i / na - s.j / nb), s.i, s.j)

    for s in sorted(scoring.pairs, key=order):
        if s.score < options.threshold:
            break
        top_a = best_a.setdefault(s.i, s)  # the first in score order is the closest
        top_b = best_b.setdefault(s.j, s)
        if s in (top_a, top_b):
            links.append(s)
        elif _nearly(s, top_a) and extra_a.get(s.i, 0) < NEAR_BEST_MAX:
            extra_a[s.i] = extra_a.get(s.i, 0) + 1
            links.append(s)
        elif _nearly(s, top_b) and extra_b.get(s.j, 0) < NEAR_BEST_MAX:
            extra_b[s.j] = extra_b.get(s.j, 0) + 1
            links.append(s)
    links.sort(key=lambda s: (s.i, s.j))
    return tuple(Alignment((claims_a[s.i].id,), (claims_b[s.j].id,), round(s.score, 4), scoring.signals(s))
                 for s in links)
