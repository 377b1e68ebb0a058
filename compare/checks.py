"""Invariants checked on every result: nothing dropped, nothing duplicated, spans exact."""

from __future__ import annotations

import re
from collections import Counter

from compare.model import Claim, Comparison, Role, Source

__all__ = ["InvariantError", "check_claims", "check_comparison"]

_NON_SPACE = re.compile(r"\S")


class InvariantError(AssertionError):
    """A comparison broke one of its invariants: a bug in claimdiff, never a user error."""


def check_comparison(result: Comparison) -> None:
    """Raise InvariantError unless no text is lost and every body claim is in exactly one finding.

    Checked: claim ids are unique; each source's claims cover every non-whitespace character
    of its text exactly once (`check_claims`); every claim's and fact's text is its source's
    text at its span; every body claim is in exactly one finding, and no other claim is in any.
    """
    ids = Counter(c.id for c in result.claims)
    if dupes := [i for i, n in ids.items() if n > 1]:
        raise InvariantError(f"duplicate claim ids: {dupes[:5]}")
    known = {s.id for s in result.sources}
    if strays := sorted({c.source_id for c in result.claims} - known):
        raise InvariantError(f"claims of unknown sources: {strays}")
    for source in result.sources:
        check_claims(source, [c for c in result.claims if c.source_id == source.id])
    seen = Counter(i for f in result.findings for i in f.claims)
    body = {c.id for c in result.claims if c.role is Role.BODY}
    if missing := body - seen.keys():
        raise InvariantError(f"body claims in no finding: {sorted(missing)[:5]}")
    if extra := [i for i, n in seen.items() if n > 1 or i not in body]:
        raise InvariantError(f"claims in several findings or not body: {sorted(extra)[:5]}")


def check_claims(source: Source, claims: list[Claim]) -> None:
    """Raise InvariantError unless the claims of one source account for all of its text.

    Claims must be in text order, must not overlap, and every non-whitespace character of
    `source.text` must lie inside one of them; each claim's and fact's text must be the source
    text at its span.
    """
    text = source.text
    end = 0
    for c in claims:
        if c.span.start < end:
            raise InvariantError(f"claim {c.id}: overlaps the claim before it or is out of order")
        if lost := _NON_SPACE.search(text, end, c.span.start):
            raise InvariantError(f"{source.id}: text at offset {lost.start()} is in no claim")
        if text[c.span.start : c.span.end] != c.text:
            raise InvariantError(f"claim {c.id}: text does not match its span")
        for f in c.facts:
            if text[f.span.start : f.span.end] != f.text:
                raise InvariantError(f"claim {c.id}: {f.type.value} fact text does not match its span")
        end = c.span.end
    if end > len(text):
        raise InvariantError(f"{source.id}: a claim ends past the end of the text")
    if lost := _NON_SPACE.search(text, end):
        raise InvariantError(f"{source.id}: text at offset {lost.start()} is in no claim")
