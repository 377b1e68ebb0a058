"""How similar two claims are: lexical overlap plus shared entities and quotes, in 0..1.

Used by the aligner (which claims to compare) and by relate() (how close two statements are).
The weights are set by hand and checked on STS-B train/dev and ECB+ train/dev (docs/evaluation.md);
they are never fit on MSRP or SICK.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from compare.lexicon import content_stems
from compare.model import Claim, Entity, Quote
from compare.scorers import from_rapidfuzz, weighted_dice

W_DICE = 0.55
W_LEX = 0.45
W_ENTITY = 0.15
W_QUOTE = 0.25


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


def similarity(fa: Features, fb: Features, idf: Mapping[str, float] | None = None) -> float:
    """Score two claims in 0..1; symmetric in its arguments."""
    dice = weighted_dice(fa.stems, fb.stems, idf)
    lex = from_rapidfuzz(fuzz.token_set_ratio(fa.norm, fb.norm)) if fa.norm and fb.norm else 0.0
    base = W_DICE * dice + W_LEX * lex
    bonus = 0.0
    if fa.entities and fb.entities:
        shared = len(fa.entities & fb.entities)
        bonus += W_ENTITY * shared / min(len(fa.entities), len(fb.entities))
    q = quote_overlap(fa.quotes, fb.quotes)
    if q >= 0.85:
        bonus += W_QUOTE * q
    return min(1.0, base + bonus * (1.0 - base))
