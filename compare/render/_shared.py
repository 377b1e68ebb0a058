"""What every report agrees on: finding order, kind ranking, counts, where a claim sits."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from compare.detectors.certainty import is_doubt
from compare.model import (
    COMPARED_ROLES,
    Claim,
    Comparison,
    DivergenceKind,
    Finding,
    Hedge,
    Source,
    Verdict,
)

# Most important first: a wrong figure or a reversed direction matters more to a reader than a
# softer or firmer wording.
KIND_ORDER: tuple[DivergenceKind, ...] = (
    DivergenceKind.NUMBER,
    DivergenceKind.DIRECTION,
    DivergenceKind.ATTRIBUTION,
    DivergenceKind.PLACE,
    DivergenceKind.TIME,
    DivergenceKind.NEGATION,
    DivergenceKind.QUOTE,
    DivergenceKind.CERTAINTY,
    DivergenceKind.DETAIL,
)
_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}

_VERDICT_RANK = {
    Verdict.DIVERGE: 0,
    Verdict.PARTIAL: 1,
    Verdict.AGREE: 2,
    Verdict.UNIQUE: 3,
    Verdict.UNRELATED: 4,  # never expected in findings; kept, last, rather than dropped
}


def kind_rank(kind: DivergenceKind) -> int:
    """Position of a divergence kind in the importance order (0 = most important)."""
    return _KIND_RANK.get(kind, len(KIND_ORDER))


def finding_kind_rank(finding: Finding) -> int:
    """Rank of a finding's most important reason; findings without reasons come last."""
    return min((kind_rank(r.kind) for r in finding.reasons), default=len(KIND_ORDER))


@dataclass(frozen=True, slots=True)
class View:
    """Lookups over one Comparison, built once per render."""

    comparison: Comparison
    claims: dict[str, Claim]
    sources: dict[str, Source]
    source_rank: dict[str, int]
    claim_rank: dict[str, int]

    @classmethod
    def of(cls, comparison: Comparison) -> View:
        """Index a comparison's sources and claims by id."""
        return cls(
            comparison=comparison,
            claims={c.id: c for c in comparison.claims},
            sources={s.id: s for s in comparison.sources},
            source_rank={s.id: i for i, s in enumerate(comparison.sources)},
            claim_rank={c.id: i for i, c in enumerate(comparison.claims)},
        )

    def source_of(self, claim_id: str) -> str:
        """The id of the source a claim belongs to (from the claim, else from its id)."""
        claim = self.claims.get(claim_id)
        return claim.source_id if claim is not None else claim_id.split(":", 1)[0]

    def label(self, source_id: str) -> str:
        """What reports call a source: its label, or its id when unknown."""
        source = self.sources.get(source_id)
        return source.label if source is not None else source_id

    def sides(self, finding: Finding) -> tuple[list[str], list[str]]:
        """Split a finding's claim ids into the first source's and everyone else's.

        Unique claims of the second source land on the B side, so a table keeps its columns.
        """
        first = self.comparison.sources[0].id if self.comparison.sources else None
        a = [cid for cid in finding.claims if self.source_of(cid) == first]
        b = [cid for cid in finding.claims if self.source_of(cid) != first]
        return a, b

    def position(self, finding: Finding) -> tuple[int, int]:
        """Sort key placing a finding where its first claim sits in the sources."""
        first = finding.claims[0] if finding.claims else ""
        return (
            self.source_rank.get(self.source_of(first), len(self.source_rank)),
            self.claim_rank.get(first, len(self.claim_rank)),
        )

    def ordered(self) -> list[Finding]:
        """Findings in report order: diverge (by kind), partial, agree, unique per source."""

        def key(finding: Finding) -> tuple[int, int, tuple[int, int]]:
            rank = _VERDICT_RANK.get(finding.verdict, len(_VERDICT_RANK))
            by_kind = finding_kind_rank(finding) if finding.verdict is Verdict.DIVERGE else 0
            return (rank, by_kind, self.position(finding))

        return sorted(self.comparison.findings, key=key)

    def of_verdict(self, verdict: Verdict) -> list[Finding]:
        """The findings with one verdict, in report order."""
        return [f for f in self.ordered() if f.verdict is verdict]

    def unique_to(self, source_id: str) -> list[Finding]:
        """Unique findings whose (first) claim comes from the given source, in source order."""
        return [
            f
            for f in self.of_verdict(Verdict.UNIQUE)
            if f.claims and self.source_of(f.claims[0]) == source_id
        ]

    def not_compared(self) -> list[Claim]:
        """Claims outside the comparison (caption, boilerplate, metadata)."""
        return [c for c in self.comparison.claims if c.role not in COMPARED_ROLES]


def counts(comparison: Comparison) -> dict[str, object]:
    """Findings per verdict, with unique findings counted per source (every source listed)."""
    view = View.of(comparison)
    tally = {v: 0 for v in (Verdict.AGREE, Verdict.PARTIAL, Verdict.DIVERGE)}
    unique = {s.id: 0 for s in comparison.sources}
    for finding in comparison.findings:
        if finding.verdict in tally:
            tally[finding.verdict] += 1
        elif finding.verdict is Verdict.UNIQUE and finding.claims:
            sid = view.source_of(finding.claims[0])
            unique[sid] = unique.get(sid, 0) + 1
    return {
        "agree": tally[Verdict.AGREE],
        "partial": tally[Verdict.PARTIAL],
        "diverge": tally[Verdict.DIVERGE],
        "unique": unique,
    }


def summary_line(
    comparison: Comparison, *, clean: Callable[[str], str] = str, bold: bool = False
) -> str:
    """'2 diverge · 3 partial · 5 agree · 20 unique to A · 12 unique to B'.

    Args:
        comparison: the result to count.
        clean: escapes a source label for the target format.
        bold: wrap the numbers in Markdown `**`.
    """
    tally = counts(comparison)
    view = View.of(comparison)

    def n(value: object) -> str:
        return f"**{value}**" if bold else str(value)

    parts = [f"{n(tally[v])} {v}" for v in ("diverge", "partial", "agree")]
    unique = tally["unique"]
    assert isinstance(unique, dict)
    parts += [f"{n(count)} unique to {clean(view.label(sid))}" for sid, count in unique.items()]
    return " · ".join(parts)


def where(claim: Claim) -> str:
    """Human position of a claim: '¶3, chars 120–245' (¶ counts paragraphs from 1)."""
    return f"¶{claim.paragraph + 1}, chars {claim.span.start}–{claim.span.end}"


def diff_words(a: str, b: str) -> list[tuple[str, str]]:
    """A word-level diff of two texts, as runs of words in reading order.

    Args:
        a: the first source's wording (raw).
        b: the second source's wording (raw).

    Returns:
        `(op, words)` pairs, op one of "equal", "delete" (only in a), "insert" (only in b); the
        words of a run are joined by single spaces. A replacement is a delete then an insert.
    """
    old, new = a.split(), b.split()
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("equal", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("delete", " ".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("insert", " ".join(new[j1:j2])))
    return runs


def is_hedged(claim: Claim) -> bool:
    """True when the claim carries a cue that lowers certainty (the judge's definition)."""
    return any(isinstance(f, Hedge) and is_doubt(f) for f in claim.facts)


def hedge_cues(claims: Iterable[Claim]) -> list[str]:
    """The hedge/modal wordings of some claims, in order, without repeats."""
    seen: list[str] = []
    for claim in claims:
        for fact in claim.facts:
            if isinstance(fact, Hedge) and is_doubt(fact) and fact.text not in seen:
                seen.append(fact.text)
    return seen


def existing(view: View, ids: Sequence[str]) -> list[Claim]:
    """The claims with these ids, skipping ids the comparison does not hold."""
    return [view.claims[cid] for cid in ids if cid in view.claims]
