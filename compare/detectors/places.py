"""Place conflicts: the same event located in two different places."""

from __future__ import annotations

import re

from compare.detectors.side import Side
from compare.model import DivergenceKind, Entity, Reason
from compare.similarity import entity_key

K = DivergenceKind

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
