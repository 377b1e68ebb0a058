"""The judge: an aligned group of claims → AGREE / PARTIAL / DIVERGE with typed reasons.

Each detector looks for one kind of conflict and returns Reasons that quote both sides' wording
with their spans. DIVERGE needs evidence from a detector; similarity alone never decides it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from compare.facts import dates, quantities
from compare.lexicon import content_stems, stem
from compare.model import (
    Claim,
    DivergenceKind,
    Entity,
    Fact,
    Finding,
    Hedge,
    Quantity,
    Quote,
    Reason,
    Span,
    TimeExpr,
    Verdict,
)
from compare.options import Options
from compare.similarity import entity_key

K = DivergenceKind
F = TypeVar("F", Quantity, TimeExpr, Quote, Entity, Hedge)
# Times and negations of loosely aligned claims usually belong to different events ("told MPs on
# Monday" vs "rescinded on Sunday"), so those kinds count only between close claims.
CLOSE_KINDS = frozenset({DivergenceKind.TIME, DivergenceKind.NEGATION})
CLOSE_SCORE = 0.75
HARD_ORDER = (K.NUMBER, K.DIRECTION, K.ATTRIBUTION, K.PLACE, K.TIME, K.NEGATION, K.QUOTE, K.CERTAINTY)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a judged pair: its claims' text (joined) and facts, with absolute spans."""

    text: str
    facts: tuple[Fact, ...]
    pieces: tuple[tuple[int, str], ...]  # (absolute start, text) per claim, to map spans

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> Side:
        facts = tuple(f for c in claims for f in c.facts)
        return cls(" ".join(c.text for c in claims), facts,
                   tuple((c.span.start, c.text) for c in claims))

    def find(self, pattern: re.Pattern[str]) -> list[tuple[str, Span]]:
        """Matches of `pattern` in each claim, with absolute spans."""
        out = []
        for start, text in self.pieces:
            for m in pattern.finditer(text):
                out.append((m.group(0), Span(start + m.start(), start + m.end())))
        return out

    def of_type(self, cls: type[F]) -> list[F]:
        """The side's facts of one type."""
        return [f for f in self.facts if isinstance(f, cls)]


Detector = Callable[[Side, Side], list[Reason]]
DETECTORS: dict[str, Detector] = {}


def register(name: str) -> Callable[[Detector], Detector]:
    """Register a conflict detector under a versioned name."""

    def deco(fn: Detector) -> Detector:
        DETECTORS[name] = fn
        return fn

    return deco


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


# --- numbers -------------------------------------------------------------------------------


@register("conflict.number.v1")
def number_conflicts(a: Side, b: Side) -> list[Reason]:
    """Two quantities of the same kind that cannot both be true, with no compatible partner."""
    qa = a.of_type(Quantity)
    qb = b.of_type(Quantity)
    verdict = {(i, j): quantities.compatible(x, y) for i, x in enumerate(qa) for j, y in enumerate(qb)}
    ok_a = {i for (i, _), v in verdict.items() if v}
    ok_b = {j for (_, j), v in verdict.items() if v}
    out = []
    for i, x in enumerate(qa):
        for j, y in enumerate(qb):
            if i in ok_a or j in ok_b:
                continue
            if verdict[(i, j)] is False:
                out.append(Reason(K.NUMBER, x.text, y.text,
                                  f"{_q(x.text)} ({quantities.describe(x)}) and {_q(y.text)} "
                                  f"({quantities.describe(y)}) cannot both be right.", x.span, y.span))
                ok_a.add(i)
                ok_b.add(j)
    return out


# --- times ---------------------------------------------------------------------------------


@register("conflict.time.v1")
def time_conflicts(a: Side, b: Side) -> list[Reason]:
    """Dates or weekdays of the same kind that resolve to different values."""
    ta = a.of_type(TimeExpr)
    tb = b.of_type(TimeExpr)
    clash = {(i, j): dates.conflict(x, y) for i, x in enumerate(ta) for j, y in enumerate(tb)}
    consistent_a = {i for (i, _), v in clash.items() if v is False}  # has a compatible partner
    consistent_b = {j for (_, j), v in clash.items() if v is False}
    for (i, j), v in clash.items():
        x, y = ta[i], tb[j]
        if v and i not in consistent_a and j not in consistent_b and x.kind == y.kind:
            return [Reason(K.TIME, x.text, y.text,
                           f"{_q(x.text)} ({x.value}) and {_q(y.text)} ({y.value}) give different times.",
                           x.span, y.span)]
    return []


# --- directions ----------------------------------------------------------------------------

_COMPASS = (r"(north|south|east|west|north-east|north-west|south-east|south-west"
            r"|northeast|northwest|southeast|southwest)")
_DIRECTION = re.compile(
    rf"\b(?:(?:to|in|from|towards) the {_COMPASS}\b|{_COMPASS}(?:ern)? (?:of|border|frontier|flank|coast)\b"
    rf"|{_COMPASS}(?:ward|wards)\b|(?<![A-Z])(?:northern|southern|eastern|western) (?:border|frontier|flank|coast)\b)",
    re.IGNORECASE,
)
_TREND = re.compile(
    r"\b(ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)"
    r"|declin(?:e|ed|es|ing)|dropp?(?:ed|s|ing)?|higher|lower|grow(?:s|n|ing)?|grew|shr(?:ink|ank|unk)(?:s|ing)?"
    r"|gain(?:ed|s)?|advanc(?:e|ed|es)|retreat(?:ed|s)?)\b",
    re.IGNORECASE,
)
_TREND_SIGN = {"ris": 1, "ros": 1, "fal": -1, "fel": -1, "inc": 1, "dec": -1, "dro": -1, "hig": 1,
               "low": -1, "gro": 1, "gre": 1, "shr": -1, "gai": 1, "adv": 1, "ret": -1}
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _compass(text: str) -> set[str]:
    low = text.lower().replace("-", "")
    found = {d for d in ("north", "south", "east", "west") if d in low}
    return found


@register("conflict.direction.v1")
def direction_conflicts(a: Side, b: Side) -> list[Reason]:
    """Opposite compass directions ('to the south' vs 'to the north') or trends (rose vs fell)."""
    da, db = a.find(_DIRECTION), b.find(_DIRECTION)
    for xa, sa in da:
        ca = _compass(xa)
        for xb, sb in db:
            cb = _compass(xb)
            if ca and cb and not (ca & cb) and any(_OPPOSITE[c] in cb for c in ca):
                return [Reason(K.DIRECTION, xa, xb,
                               f"{_q(xa)} and {_q(xb)} point in opposite directions.", sa, sb)]
    ta, tb = a.find(_TREND), b.find(_TREND)
    signs_a = {_TREND_SIGN[x.lower()[:3]] for x, _ in ta}
    signs_b = {_TREND_SIGN[x.lower()[:3]] for x, _ in tb}
    if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
        (xa, sa), (xb, sb) = ta[0], tb[0]
        return [Reason(K.DIRECTION, xa, xb, f"{_q(xa)} and {_q(xb)} report opposite movements.", sa, sb)]
    return []


# --- negation ------------------------------------------------------------------------------

_NEG = re.compile(r"\b(?:not|never|no|none|cannot|denie[sd]|deny|denying|rejected|refused|without)\b|n['’]t\b",
                  re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\u2014]| but | and | while ")


def _negated_stems(side: Side) -> dict[str, tuple[str, Span]]:
    """Content stems in the short scope after each negation cue, mapped to the cue's wording."""
    out: dict[str, tuple[str, Span]] = {}
    for start, text in side.pieces:
        for m in _NEG.finditer(text):
            rest = text[m.end():]
            end = _CLAUSE_END.search(rest)
            scope = rest[: end.start()] if end else rest
            scope_stems = content_stems(scope)[:3]
            phrase = text[m.start(): m.end() + (end.start() if end else len(rest))].strip()
            for s in scope_stems:
                out.setdefault(s, (phrase[:80], Span(start + m.start(), start + m.end())))
    return out


@register("conflict.negation.v1")
def negation_conflicts(a: Side, b: Side) -> list[Reason]:
    """A word negated on one side and asserted on the other.

    Only the side with more negation cues can negate what the other asserts: when both negate
    equally often they differ in wording, not in polarity.
    """
    cues_a = sum(len(_NEG.findall(t)) for _, t in a.pieces)
    cues_b = sum(len(_NEG.findall(t)) for _, t in b.pieces)
    if cues_a == cues_b:
        return []
    for x, y, flip in ((a, b, False),) if cues_a > cues_b else ((b, a, True),):
        neg_x, neg_y = _negated_stems(x), _negated_stems(y)
        stems_y = set(content_stems(y.text))
        for s, (phrase, span) in neg_x.items():
            if s in stems_y and s not in neg_y:
                other = _word_with_stem(y, s)
                if other is None:
                    continue
                word, ospan = other
                expl = f"{_q(phrase)} negates what {_q(word)} asserts."
                if flip:
                    return [Reason(K.NEGATION, word, phrase, expl, ospan, span)]
                return [Reason(K.NEGATION, phrase, word, expl, span, ospan)]
    return []


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _word_with_stem(side: Side, s: str) -> tuple[str, Span] | None:
    for start, text in side.pieces:
        for m in _WORDS.finditer(text):
            if stem(m.group(0)) == s:
                return m.group(0), Span(start + m.start(), start + m.end())
    return None


# --- quotes and attribution ----------------------------------------------------------------


_ROLE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "office", "official",
                         "officials", "ministry", "source", "sources", "adviser", "advisers"})


def _speaker_key(q: Quote) -> frozenset[str] | None:
    """The speaker's name words, lower-cased ("Robert" and "Robert Eckert" are compatible)."""
    if not q.speaker:
        return None
    return frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in q.speaker.split())


def _same_speaker(x: Quote, y: Quote) -> bool | None:
    """True/False when both speakers are known: one's name words contain the other's."""
    kx, ky = _speaker_key(x), _speaker_key(y)
    if kx is None or ky is None:
        return None
    if kx & _ROLE_WORDS != ky & _ROLE_WORDS:
        return False  # "Boris Johnson's spokesman" is not Boris Johnson
    return kx <= ky or ky <= kx


def _quote_pairs(a: Side, b: Side) -> list[tuple[Quote, Quote, float]]:
    qa = [q for q in a.of_type(Quote) if len(q.content) >= 6]
    qb = [q for q in b.of_type(Quote) if len(q.content) >= 6]
    return [(x, y, fuzz.partial_ratio(x.content.lower(), y.content.lower()) / 100.0) for x in qa for y in qb]


@register("conflict.attribution.v1")
def attribution_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same quoted words put in different people's mouths."""
    for x, y, sim in _quote_pairs(a, b):
        if sim >= 0.85 and _same_speaker(x, y) is False:
            return [Reason(K.ATTRIBUTION, f"{x.speaker}: {x.text}", f"{y.speaker}: {y.text}",
                           f"{_q(x.content[:60])} is attributed to {x.speaker} on one side and to "
                           f"{y.speaker} on the other.", x.speaker_span or x.span, y.speaker_span or y.span)]
    return []


@register("conflict.quote.v1")
def quote_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same speaker quoted with different words (not one quote shortening the other)."""
    for x, y, sim in _quote_pairs(a, b):
        if sim >= 0.95:
            continue
        wx, wy = set(content_stems(x.content)), set(content_stems(y.content))
        if not wx or not wy or wx <= wy or wy <= wx:
            continue  # one quote shortens the other: a cut, not a change of wording
        shared = len(wx & wy) / min(len(wx), len(wy))
        if shared >= 0.5 and _same_speaker(x, y) is not False:
            return [Reason(K.QUOTE, x.text, y.text,
                           f"The quote reads {_q(x.content[:80])} on one side and {_q(y.content[:80])} on the other.",
                           x.span, y.span)]
    return []


# --- places --------------------------------------------------------------------------------

_LOCATED = re.compile(r"\b(?:in|at|near|outside)\s+$", re.IGNORECASE)


def _located_places(side: Side) -> dict[str, Entity]:
    out = {}
    for e in side.of_type(Entity):
        if e.kind == "place":
            for start, text in side.pieces:
                rel = e.span.start - start
                if 0 <= rel <= len(text) and _LOCATED.search(text[max(0, rel - 12): rel]):
                    out[entity_key(e)] = e
    return out


@register("conflict.place.v1")
def place_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same event located in different places ('in Geneva' vs 'in Brussels')."""
    pa, pb = _located_places(a), _located_places(b)
    if len(pa) == 1 and len(pb) == 1 and not (pa.keys() & pb.keys()):
        all_a = {entity_key(e) for e in a.of_type(Entity)}
        all_b = {entity_key(e) for e in b.of_type(Entity)}
        (ka, ea), (kb, eb) = next(iter(pa.items())), next(iter(pb.items()))
        if ka not in all_b and kb not in all_a:
            return [Reason(K.PLACE, ea.text, eb.text,
                           f"One side places it in {ea.canonical}, the other in {eb.canonical}.", ea.span, eb.span)]
    return []


# --- certainty -----------------------------------------------------------------------------

_EPISTEMIC = {"could", "may", "might", "possibly", "likely", "probably", "perhaps", "open to"}
_IGNORED_HEDGES = {"according to", "said", "say", "would", "will", "signal"}
_SCOPE_WORDS = 6  # content words after a cue that it is taken to govern


def is_doubt(h: Hedge) -> bool:
    """True for cues that lower certainty: hedges and epistemic modals, not 'would' or 'said'."""
    cue = h.cue.lower()
    if cue in _IGNORED_HEDGES:
        return False
    return h.kind == "hedge" or (h.kind == "modal" and cue in _EPISTEMIC)


def _doubts(side: Side, other_stems: set[str]) -> list[Hedge]:
    """Hedges and epistemic modals of a side whose scope holds words the other side also says."""
    out = []
    for h in side.of_type(Hedge):
        if not is_doubt(h):
            continue
        for start, text in side.pieces:
            rel = h.span.end - start
            if 0 <= rel <= len(text) and set(content_stems(text[rel:])[:_SCOPE_WORDS]) & other_stems:
                out.append(h)
                break
    return out


@register("conflict.certainty.v1")
def certainty_conflicts(a: Side, b: Side) -> list[Reason]:
    """One side hedges ('claimed', 'unconfirmed', 'could') what the other states as fact."""
    stems_a, stems_b = set(content_stems(a.text)), set(content_stems(b.text))
    ha, hb = _doubts(a, stems_b), _doubts(b, stems_a)
    all_a = {h.cue for h in a.of_type(Hedge) if h.kind != "negation"}
    all_b = {h.cue for h in b.of_type(Hedge) if h.kind != "negation"}
    if ha and not (all_b & {h.cue for h in ha}) and not hb:
        h = ha[0]
        return [Reason(K.CERTAINTY, h.text, "", f"One side hedges it ({_q(h.text)}); the other states it as fact.",
                       h.span, None)]
    if hb and not (all_a & {h.cue for h in hb}) and not ha:
        h = hb[0]
        return [Reason(K.CERTAINTY, "", h.text, f"One side states it as fact; the other hedges it ({_q(h.text)}).",
                       None, h.span)]
    return []


# --- details (PARTIAL) ---------------------------------------------------------------------


def detail_reasons(a: Side, b: Side) -> list[Reason]:
    """Numbers and quotes that only one side of an aligned pair carries."""
    out = []
    qa = a.of_type(Quantity)
    qb = b.of_type(Quantity)
    for x in qa:
        if not any(quantities.compatible(x, y) is not None for y in qb):
            out.append(Reason(K.DETAIL, x.text, "", f"Only one side gives {_q(x.text)}.", x.span, None))
    for y in qb:
        if not any(quantities.compatible(x, y) is not None for x in qa):
            out.append(Reason(K.DETAIL, "", y.text, f"Only one side gives {_q(y.text)}.", None, y.span))
    return out


def corroborate(finding: Finding, others: Mapping[str, Sequence[Quantity]],
                claims: Mapping[str, Claim]) -> Finding:
    """Mark figures no claim of the other source corroborates as single-source DETAIL reasons.

    A number one side of an aligned pair lacks may still stand elsewhere in the other source
    ("two separatist regions" in both outlets, in different sentences); it is single-source only
    when no quantity of the other source is compatible with it.

    Args:
        finding: a finding from `judge` (aligned) or a UNIQUE one.
        others: for each source id, the quantities of every body claim of the *other* source.
        claims: claims by id.
    """
    kept = [r for r in finding.reasons if r.kind is not K.DETAIL]
    first_source = claims[finding.claims[0]].source_id
    for cid in finding.claims:
        claim = claims[cid]
        partners = others[claim.source_id]
        for q in claim.facts:
            if not isinstance(q, Quantity) or any(_corroborates(q, p) for p in partners):
                continue
            if finding.verdict is not Verdict.UNIQUE and not _in_details(finding, q):
                continue  # the judge matched it inside the pair
            expl = f"Only one source gives {_q(q.text)} ({quantities.describe(q)})."
            if claim.source_id == first_source:
                kept.append(Reason(K.DETAIL, q.text, "", expl, q.span, None))
            else:
                kept.append(Reason(K.DETAIL, "", q.text, expl, None, q.span))
    return Finding(finding.verdict, finding.claims, finding.score, tuple(kept))


def _head(q: Quantity) -> str | None:
    return stem(q.counted.split()[-1]) if q.counted else None


def _corroborates(q: Quantity, p: Quantity) -> bool:
    """p backs q up: compatible values about the same thing (same unit, or same counted noun)."""
    same_thing = (q.unit is not None and q.unit == p.unit) or (_head(q) is not None and _head(q) == _head(p))
    return same_thing and bool(quantities.compatible(q, p))


def _in_details(finding: Finding, q: Quantity) -> bool:
    return any(r.kind is K.DETAIL and q.span in (r.a_span, r.b_span) for r in finding.reasons)


def _same_quote_same_speaker(a: Side, b: Side) -> bool:
    """Both sides quote the same words from the same named speaker: the checkable claim is shared.

    Outlets paraphrase around a quote freely ("is still committed" / "remains committed"), so
    their wording scores lower than their agreement; a matching attributed quote is the evidence.
    """
    return any(sim >= 0.9 and _same_speaker(x, y) is True and min(len(x.content), len(y.content)) >= 12
               for x, y, sim in _quote_pairs(a, b))


def judge(claims_a: Sequence[Claim], claims_b: Sequence[Claim], score: float, options: Options) -> Finding:
    """Judge an aligned group of claims from two sources."""
    a, b = Side.of(claims_a), Side.of(claims_b)
    reasons = [r for r in judge_sides(a, b) if score >= CLOSE_SCORE or r.kind not in CLOSE_KINDS]
    hard = [r for r in reasons if r.kind is not K.DETAIL]
    if hard:
        verdict = Verdict.DIVERGE
    elif not reasons and (score >= options.agree_threshold or _same_quote_same_speaker(a, b)):
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.PARTIAL
    ids = tuple(c.id for c in claims_a) + tuple(c.id for c in claims_b)
    return Finding(verdict, ids, score, tuple(reasons))


def judge_sides(a: Side, b: Side) -> list[Reason]:
    """Every reason the detectors find, hard kinds first in importance order, then details."""
    found: list[Reason] = []
    for detector in DETECTORS.values():
        found.extend(detector(a, b))
    found.sort(key=lambda r: HARD_ORDER.index(r.kind))
    return found + detail_reasons(a, b)
