"""Invariants checked on every result: nothing dropped, nothing duplicated, spans exact."""

from __future__ import annotations

import re
from collections import Counter

from compare.model import COMPARED_ROLES, Claim, Comparison, Source, Verdict

__all__ = ["InvariantError", "check_claims", "check_comparison"]

_NON_SPACE = re.compile(r"\S")


class InvariantError(AssertionError):
    """A comparison broke one of its invariants: a bug in claimdiff, never a user error."""


def check_comparison(result: Comparison) -> None:
    """Raise InvariantError unless no text is lost and every compared claim is accounted for.

    Checked: claim ids are unique; each source's claims cover every non-whitespace character
    of its text exactly once (`check_claims`); every claim's and fact's text is its source's
    text at its span. Every compared claim (body or headline) is in a finding: either in
    exactly one UNIQUE finding and nothing else, or in one or more comparisons, each holding
    claims of both sources, no two of them the same; no other claim is in any finding.
    """
    ids = Counter(c.id for c in result.claims)
    if dupes := [i for i, n in ids.items() if n > 1]:
        raise InvariantError(f"duplicate claim ids: {dupes[:5]}")
    known = {s.id for s in result.sources}
    if strays := sorted({c.source_id for c in result.claims} - known):
        raise InvariantError(f"claims of unknown sources: {strays}")
    for source in result.sources:
        check_claims(source, [c for c in result.claims if c.source_id == source.id])
    source_of = {c.id: c.source_id for c in result.claims}
    compared = {c.id for c in result.claims if c.role in COMPARED_ROLES}
    unique: Counter[str] = Counter()
    paired: set[str] = set()
    groups: Counter[tuple[str, ...]] = Counter()
    for f in result.findings:
        if strays := [i for i in f.claims if i not in compared]:
            raise InvariantError(f"claims in a finding but not compared: {strays[:5]}")
        if f.verdict is Verdict.UNIQUE:
            if len(f.claims) != 1:
                raise InvariantError(f"a unique finding holds {len(f.claims)} claims: {list(f.claims)[:5]}")
            unique.update(f.claims)
            continue
        if len(set(f.claims)) != len(f.claims) or len({source_of[i] for i in f.claims}) < 2:
            raise InvariantError(f"a comparison needs distinct claims of both sources: {list(f.claims)}")
        paired.update(f.claims)
        groups[tuple(sorted(f.claims))] += 1
    if missing := compared - unique.keys() - paired:
        raise InvariantError(f"compared claims in no finding: {sorted(missing)[:5]}")
    if twice := sorted(i for i, n in unique.items() if n > 1 or i in paired):
        raise InvariantError(f"claims both unique and compared, or unique twice: {twice[:5]}")
    if repeated := [g for g, n in groups.items() if n > 1]:
        raise InvariantError(f"the same claims compared twice: {repeated[:5]}")


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
