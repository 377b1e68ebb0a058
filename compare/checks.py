"""Invariants checked on every result: nothing dropped, nothing duplicated, spans exact."""

from __future__ import annotations

from collections import Counter

from compare.model import Comparison, Role


class InvariantError(AssertionError):
    """A comparison broke one of its invariants: a bug in claimdiff, never a user error."""


def check_comparison(result: Comparison) -> None:
    """Raise InvariantError unless every body claim is in exactly one finding and spans are exact."""
    texts = {s.id: s.text for s in result.sources}
    ids = Counter(c.id for c in result.claims)
    if dupes := [i for i, n in ids.items() if n > 1]:
        raise InvariantError(f"duplicate claim ids: {dupes[:5]}")
    for c in result.claims:
        if texts[c.source_id][c.span.start:c.span.end] != c.text:
            raise InvariantError(f"claim {c.id}: text does not match its span")
        for f in c.facts:
            if texts[c.source_id][f.span.start:f.span.end] != f.text:
                raise InvariantError(f"claim {c.id}: {f.type.value} fact text does not match its span")
    seen = Counter(i for f in result.findings for i in f.claims)
    body = {c.id for c in result.claims if c.role is Role.BODY}
    if missing := body - seen.keys():
        raise InvariantError(f"body claims in no finding: {sorted(missing)[:5]}")
    if extra := [i for i, n in seen.items() if n > 1 or i not in body]:
        raise InvariantError(f"claims in several findings or not body: {sorted(extra)[:5]}")
