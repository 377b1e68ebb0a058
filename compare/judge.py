"""The judge: an aligned group of claims → AGREE / PARTIAL / DIVERGE with typed reasons.

Each detector (one module each in `compare.detectors`) looks for one kind of conflict and
returns Reasons that quote both sides' wording with their spans. DIVERGE needs evidence from a
detector; similarity alone never decides it: it decides which claims are compared, and how much
context a conflict needs to count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from compare import equivalence
from compare.detectors import (
    attribution,
    certainty,
    directions,
    negation,
    numbers,
    opposites,
    places,
    quotes,
    times,
)
from compare.detectors.side import Side, anchored, quoted
from compare.facts import quantities
from compare.lexicon import stem
from compare.model import Claim, DivergenceKind, Finding, Hedge, Quantity, Reason, TimeExpr, Verdict
from compare.options import Options

K = DivergenceKind
# Times of loosely aligned claims usually belong to different events ("told MPs on Monday" vs
# "rescinded on Sunday"), so between loose claims a time conflict counts only when both times
# date one event, or the words around them are shared ("arrested on Sunday" vs "arrested on
# Monday"). A negation is tied to its event by the detector itself: the denied word is the
# event, told in the same tense on the other side.
CLOSE_KINDS = frozenset({DivergenceKind.TIME})
CLOSE_SCORE = 0.75
HARD_ORDER = (K.NUMBER, K.DIRECTION, K.ATTRIBUTION, K.PLACE, K.TIME, K.NEGATION, K.QUOTE, K.CERTAINTY)

Detector = Callable[[Side, Side], list[Reason]]
# The conflict detectors, by versioned name (a name never changes meaning; a new behaviour is a
# new version). Reports list these names as the components a result came from.
DETECTORS: dict[str, Detector] = {
    "conflict.number.v3": numbers.number_conflicts,
    "conflict.time.v4": times.time_conflicts,
    "conflict.direction.v3": directions.direction_conflicts,
    "conflict.negation.v4": negation.conflicts,
    "conflict.opposite.v1": opposites.conflicts,
    "conflict.attribution.v3": attribution.attribution_conflicts,
    "conflict.quote.v3": quotes.quote_conflicts,
    "conflict.place.v1": places.place_conflicts,
    "conflict.certainty.v4": certainty.certainty_conflicts,
}


def _tied(a: Side, b: Side, r: Reason) -> bool:
    """A time conflict between loosely similar claims counts when it is about one event: two
    times dating the same event ("was arrested Tuesday" / "arrested on Wednesday"), else when
    the words around both are shared (`anchored`)."""
    if r.kind is K.TIME:
        x = next((t for t in a.of_type(TimeExpr) if t.span == r.a_span), None)
        y = next((t for t in b.of_type(TimeExpr) if t.span == r.b_span), None)
        if x is not None and y is not None and (tie := times.same_occasion(a, b, x, y)) is not None:
            return tie
    return anchored(a, b, r.a_span, r.b_span)


# --- development over time -----------------------------------------------------------------


def as_development(reasons: Sequence[Reason], a: Side, b: Side,
                   dates_ab: tuple[dt.date | None, dt.date | None]) -> list[Reason]:
    """Certainty reasons where the earlier source hedges what the later one states: an update.

    "Is open to recognising" on 21 February and "recognised" on 22 February is news moving on,
    not a contradiction. Only that direction counts: a later hedge of an earlier fact stays a
    certainty conflict.
    """
    da, db = dates_ab
    if (da is None) != (db is None):
        known = da or db
        return [replace(r, explanation=(
            f"{r.explanation} Only one source is dated ({known:%d %b %Y}): check the other's date, since a "
            "hedge followed later by the fact is a development, not a contradiction."))
            if r.kind is K.CERTAINTY else r for r in reasons]
    if da is None or db is None or da == db:
        return list(reasons)
    out = []
    for r in reasons:
        hedged_a = any(h.span == r.a_span for h in a.of_type(Hedge))
        earlier_hedged = (hedged_a and da < db) or (not hedged_a and db < da)
        if r.kind is not K.CERTAINTY or not earlier_hedged:
            out.append(r)
            continue
        cue, fact = (r.a, r.b) if hedged_a else (r.b, r.a)
        early, late = sorted((da, db))
        out.append(replace(r, kind=K.DEVELOPMENT, explanation=(
            f"The source of {early:%d %b %Y} hedges it ({quoted(cue)}) and the source of {late:%d %b %Y} "
            f"states it ({quoted(fact)}): a later development, not a contradiction.")))
    return out


# --- details (PARTIAL) ---------------------------------------------------------------------


def detail_reasons(a: Side, b: Side) -> list[Reason]:
    """Numbers and quotes that only one side of an aligned pair carries."""
    out = []
    qa = a.of_type(Quantity)
    qb = b.of_type(Quantity)
    for x in qa:
        if not any(quantities.compatible(x, y) is not None for y in qb):
            out.append(Reason(K.DETAIL, x.text, "", f"Only one side gives {quoted(x.text)}.", x.span, None))
    for y in qb:
        if not any(quantities.compatible(x, y) is not None for x in qa):
            out.append(Reason(K.DETAIL, "", y.text, f"Only one side gives {quoted(y.text)}.", None, y.span))
    return out


def lone_figures(claims: Sequence[Claim], others: Mapping[str, Sequence[Quantity]]) -> dict[str, tuple[Quantity, ...]]:
    """Each claim's figures that no quantity of the other source corroborates (a compatible value
    about the same thing: same unit, or same counted noun), computed once per comparison.

    Args:
        claims: the compared claims of both sources.
        others: for each source id, the quantities of every compared claim of the *other* source.
    """
    index: dict[str, dict[str, list[Quantity]]] = {}
    for sid, figures in others.items():
        by_key = index.setdefault(sid, {})
        for p in figures:
            for key in _keys(p):
                by_key.setdefault(key, []).append(p)
    out = {}
    for claim in claims:
        by_key = index.get(claim.source_id, {})
        out[claim.id] = tuple(q for q in claim.facts if isinstance(q, Quantity) and not any(
            quantities.compatible(q, p) for key in _keys(q) for p in by_key.get(key, ())))
    return out


def corroborate(finding: Finding, lone: Mapping[str, Sequence[Quantity]], claims: Mapping[str, Claim],
                first_source: str) -> Finding:
    """Mark figures no claim of the other source corroborates as single-source DETAIL reasons.

    A number one side of an aligned pair lacks may still stand elsewhere in the other source
    ("two separatist regions" in both outlets, in different sentences); it is single-source only
    when no quantity of the other source is compatible with it.

    Args:
        finding: a finding from `judge` (aligned) or a UNIQUE one.
        lone: for each claim id, its figures the other source does not corroborate (`lone_figures`).
        claims: claims by id.
        first_source: the id of the comparison's first source; its figures go on side `a` of a
            reason, the other source's on side `b` (a UNIQUE finding of the second source too).
    """
    kept = [r for r in finding.reasons if r.kind is not K.DETAIL]
    for cid in finding.claims:
        first = claims[cid].source_id == first_source
        for q in lone.get(cid, ()):
            if finding.verdict is not Verdict.UNIQUE and not _in_details(finding, q):
                continue  # the judge matched it inside the pair
            expl = f"Only one source gives {quoted(q.text)} ({quantities.describe(q)})."
            if first:
                kept.append(Reason(K.DETAIL, q.text, "", expl, q.span, None))
            else:
                kept.append(Reason(K.DETAIL, "", q.text, expl, None, q.span))
    return replace(finding, reasons=tuple(kept))


def _keys(q: Quantity) -> list[str]:
    """What a figure counts, as index keys: its unit and the head noun of what it counts."""
    keys = [f"unit:{q.unit}"] if q.unit is not None else []
    return keys + ([f"head:{stem(q.counted.split()[-1])}"] if q.counted else [])


def _in_details(finding: Finding, q: Quantity) -> bool:
    return any(r.kind is K.DETAIL and q.span in (r.a_span, r.b_span) for r in finding.reasons)


def judge(claims_a: Sequence[Claim], claims_b: Sequence[Claim], score: float, options: Options,
          *, dates_ab: tuple[dt.date | None, dt.date | None] = (None, None),
          cosine: float | None = None) -> Finding:
    """Judge an aligned group of claims from two sources.

    Args:
        claims_a: the claims of the first source.
        claims_b: the claims of the second source.
        score: their similarity; below CLOSE_SCORE, times and negations need shared context.
        options: tunables (`agree_threshold`: the cut on `equivalence.probability` for AGREE).
        dates_ab: the two sources' dates, when known: a hedge in the earlier source of what the
            later one states is reported as a DEVELOPMENT, not a conflict.
        cosine: the two sides' embedding cosine (semantic configuration), for the equivalence model.
    """
    a, b = Side.of(claims_a), Side.of(claims_b)
    reasons = [r for r in judge_sides(a, b) if score >= CLOSE_SCORE or r.kind not in CLOSE_KINDS or _tied(a, b, r)]
    reasons = as_development(reasons, a, b, dates_ab)
    hard = [r for r in reasons if r.kind not in (K.DETAIL, K.DEVELOPMENT)]
    same = equivalence.probability(claims_a, claims_b, cosine)
    if hard:
        verdict = Verdict.DIVERGE
    elif not reasons and (same >= options.agree_threshold or attribution.same_quote_same_speaker(a, b)):
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.PARTIAL
    ids = tuple(c.id for c in claims_a) + tuple(c.id for c in claims_b)
    return Finding(verdict, ids, score, tuple(reasons), (("equivalence", round(same, 4)),))


def judge_sides(a: Side, b: Side) -> list[Reason]:
    """Every reason the detectors find, hard kinds first in importance order, then details."""
    found: list[Reason] = []
    for detector in DETECTORS.values():
        found.extend(detector(a, b))
    found.sort(key=lambda r: HARD_ORDER.index(r.kind))
    return found + detail_reasons(a, b)
