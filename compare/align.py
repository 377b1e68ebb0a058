"""Alignment: which claims of source a and source b report the same thing.

Candidate pairs come from an inverted index over informative word stems (pairs that share no
informative word are never scored), so the work grows with the candidates, not with n×m. With
claim vectors (the `semantic` extra), each claim's nearest neighbours by embedding cosine are
candidates too, and the cosine is one more signal of the score.
Assignment is greedy one-to-one by score, then a merge pass lets one claim take a second
partner when it merges two of the other side's sentences.
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
from compare.similarity import Features, ceiling, features, loose_bound, similarity, stem_weight

if TYPE_CHECKING:
    from compare.embed.vectors import ClaimVectors

# A stem found in more than this share of all claims is too common to propose candidates.
_COMMON_SHARE = 0.08
_COMMON_MIN = 40
# Share of a merged partner's content that must appear in the claim that merges both.
_MERGE_COVERAGE = 0.5
# Semantic candidates: each claim's k nearest claims of the other source, if at least this close.
_SEMANTIC_K = 3
_SEMANTIC_FLOOR = 0.45
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


def scored_candidates(
    claims_a: Sequence[Claim], claims_b: Sequence[Claim], vectors: ClaimVectors | None = None,
    floor: float | None = None,
) -> tuple[list[Features], list[Features], list[Scored]]:
    """Features of both sides and every candidate pair scored (the aligner's first step).

    With a `floor`, pairs that cannot score that high may be left out (see `candidates`).
    """
    fa = [features(c) for c in claims_a]
    fb = [features(c) for c in claims_b]
    idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
    if vectors is None:
        return fa, fb, candidates(fa, fb, idf, floor=floor)
    ids_a, ids_b = [c.id for c in claims_a], [c.id for c in claims_b]
    extra = vectors.nearest(ids_a, ids_b, _SEMANTIC_K, _SEMANTIC_FLOOR)
    return fa, fb, candidates(fa, fb, idf, lambda i, j: vectors.cosine(ids_a[i], ids_b[j]), extra, floor)


def _coverage(part: Features, whole: Features) -> float:
    """Share of `part`'s content stems found in `whole`."""
    return len(part.stems & whole.stems) / len(part.stems) if part.stems else 0.0


def align(
    claims_a: Sequence[Claim],
    claims_b: Sequence[Claim],
    options: Options,
    vectors: ClaimVectors | None = None,
) -> tuple[Alignment, ...]:
    """Align two sources' body claims.

    Args:
        claims_a: body claims of source a, in text order.
        claims_b: body claims of source b, in text order.
        options: `threshold` is the minimum similarity for a pair to be aligned.
        vectors: embeddings of the claims (the semantic signal), or None for lexical only.

    Returns:
        Alignments in the order of source a's first claim; claims that align with nothing are
        absent (the judge reports them as unique).
    """
    fa, fb, every = scored_candidates(claims_a, claims_b, vectors, floor=options.threshold)
    scored = [s for s in every if s.score >= options.threshold]
    scored.sort(key=lambda s: (-s.score, s.i, s.j))

    partner_of_a: dict[int, list[int]] = {}
    partner_of_b: dict[int, list[int]] = {}
    score_of: dict[tuple[int, int], float] = {}
    for s in scored:  # one-to-one, best first
        if s.i in partner_of_a or s.j in partner_of_b:
            continue
        partner_of_a[s.i] = [s.j]
        partner_of_b[s.j] = [s.i]
        score_of[(s.i, s.j)] = s.score

    for s in scored:  # merges: a claim already matched takes a second, still-unmatched partner
        if s.j not in partner_of_b and s.i in partner_of_a:
            (j0,) = partner_of_a[s.i][:1]
            alone = len(partner_of_a[s.i]) == 1 and len(partner_of_b[j0]) == 1
            if alone and _coverage(fb[s.j], fa[s.i]) >= _MERGE_COVERAGE:
                partner_of_a[s.i].append(s.j)
                partner_of_b[s.j] = [s.i]
                score_of[(s.i, s.j)] = s.score
        elif s.i not in partner_of_a and s.j in partner_of_b:
            (i0,) = partner_of_b[s.j][:1]
            alone = len(partner_of_b[s.j]) == 1 and len(partner_of_a[i0]) == 1
            if alone and _coverage(fa[s.i], fb[s.j]) >= _MERGE_COVERAGE:
                partner_of_b[s.j].append(s.i)
                partner_of_a[s.i] = [s.j]
                score_of[(s.i, s.j)] = s.score

    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    for i, js in partner_of_a.items():
        key: tuple[tuple[int, ...], tuple[int, ...]]
        key = ((i,), tuple(sorted(js))) if len(js) > 1 else (tuple(sorted(partner_of_b[js[0]])), (js[0],))
        if key not in groups:
            pairs = [(x, y) for x in key[0] for y in key[1]]
            groups[key] = max(score_of.get(p, 0.0) for p in pairs)
    out = [
        Alignment(tuple(claims_a[x].id for x in ia), tuple(claims_b[y].id for y in jb), round(score, 4))
        for (ia, jb), score in groups.items()
    ]
    order_a = {c.id: k for k, c in enumerate(claims_a)}
    order_b = {c.id: k for k, c in enumerate(claims_b)}
    out.sort(key=lambda al: (order_a[al.a[0]], order_b[al.b[0]]))
    return tuple(out)
