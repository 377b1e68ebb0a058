"""The one place the stages are wired: load → segment → claims (+facts) → align → judge → render."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

from compare import align, judge
from compare.checks import check_comparison
from compare.claims import extract_claims
from compare.model import (
    COMPARED_ROLES,
    Claim,
    Comparison,
    Finding,
    Quantity,
    Relation,
    Role,
    Sentence,
    Source,
    Span,
    Verdict,
)
from compare.options import Options
from compare.segment import segment
from compare.similarity import features, similarity
from compare.similarity import signals as similarity_signals

if TYPE_CHECKING:
    from compare.embed.vectors import ClaimVectors


def read_source(source: Source) -> tuple[Claim, ...]:
    """Segment a source and read its claims with their facts."""
    return extract_claims(source, segment(source))


def compare_sources(a: Source, b: Source, options: Options | None = None) -> Comparison:
    """Compare two sources claim by claim.

    The sources are processed in a canonical order (by content digest) and the result is mapped
    back, so `compare_sources(b, a)` is exactly the mirror of `compare_sources(a, b)`.

    Args:
        a: the first source (its claims come first in every finding).
        b: the second source; its id must differ from a's.
        options: tunables; `Options()` when omitted.

    Returns:
        The comparison: both sources, every claim, and findings covering every compared claim
        (body and headline; see `model.COMPARED_ROLES`).
    """
    options = options or Options()
    if a.id == b.id:
        b = replace(b, id="s2" if a.id != "s2" else "s1")
    swap = _order_key(b) < _order_key(a)
    x, y = (b, a) if swap else (a, b)
    claims_x, claims_y = read_source(x), read_source(y)
    findings = _findings(claims_x, claims_y, options, (x.date, y.date))
    if swap:
        findings = tuple(_mirror(f, {c.id for c in claims_y}) for f in findings)
        claims_x, claims_y = claims_y, claims_x
    findings = _sorted_findings(findings, claims_x, claims_y)
    result = Comparison(
        sources=(a, b),
        claims=claims_x + claims_y,
        findings=findings,
        components=tuple(sorted(judge.DETECTORS))
        + ("align.closest_links.v2", "similarity.dice_tokenset.v1", "agree.equivalence.v1")
        + (("similarity.embedding_cosine.v1",) if options.semantic else ()),
    )
    check_comparison(result)
    return result


def _order_key(s: Source) -> tuple[str, str]:
    return hashlib.sha256(s.text.encode("utf-8", "surrogatepass")).hexdigest(), s.origin


def _findings(ca: tuple[Claim, ...], cb: tuple[Claim, ...], options: Options,
              dates: tuple[dt.date | None, dt.date | None] = (None, None)) -> tuple[Finding, ...]:
    body_a = [c for c in ca if c.role in COMPARED_ROLES]  # body and headline claims
    body_b = [c for c in cb if c.role in COMPARED_ROLES]
    by_id = {c.id: c for c in body_a + body_b}
    out = []
    aligned: set[str] = set()
    vectors = claim_vectors(body_a + body_b, options)
    for al in align.align(body_a, body_b, options, vectors):  # one claim per side
        cosine = vectors.cosine(al.a[0], al.b[0]) if vectors is not None else None
        judged = judge.judge([by_id[i] for i in al.a], [by_id[i] for i in al.b], al.score, options,
                             dates_ab=dates, cosine=cosine)
        out.append(replace(judged, signals=al.signals + judged.signals))
        aligned.update(al.a + al.b)
    out.extend(Finding(Verdict.UNIQUE, (c.id,), 0.0) for c in body_a + body_b if c.id not in aligned)
    figures = {side[0].source_id: [f for c in side for f in c.facts if isinstance(f, Quantity)]
               for side in (body_a, body_b) if side}
    others = {sid: [q for other, qs in figures.items() if other != sid for q in qs] for sid in figures}
    first = ca[0].source_id if ca else ""  # no claims in the first source: every figure is the second's
    lone = judge.lone_figures(body_a + body_b, others)
    return tuple(judge.corroborate(f, lone, by_id, first) for f in out)


def claim_vectors(claims: list[Claim], options: Options) -> ClaimVectors | None:
    """Embeddings of the claims when `options.semantic` is on (loads the model once per process)."""
    if not options.semantic:
        return None
    from compare.embed import load_embedder
    from compare.embed.vectors import ClaimVectors

    return ClaimVectors.of(claims, load_embedder(options.model))


def _mirror(f: Finding, first_ids: set[str]) -> Finding:
    """Swap sides: claims of the (new) first source first, and each reason's a/b."""
    ids = tuple(i for i in f.claims if i in first_ids) + tuple(i for i in f.claims if i not in first_ids)
    reasons = tuple(replace(r, a=r.b, b=r.a, a_span=r.b_span, b_span=r.a_span) for r in f.reasons)
    return replace(f, claims=ids, reasons=reasons)


_VERDICT_ORDER = {Verdict.DIVERGE: 0, Verdict.PARTIAL: 1, Verdict.AGREE: 2, Verdict.UNIQUE: 3}


def _sorted_findings(
    findings: tuple[Finding, ...], ca: tuple[Claim, ...], cb: tuple[Claim, ...]
) -> tuple[Finding, ...]:
    pos = {c.id: (0, n) for n, c in enumerate(ca)} | {c.id: (1, n) for n, c in enumerate(cb)}
    return tuple(sorted(findings, key=lambda f: (_VERDICT_ORDER[f.verdict], pos[f.claims[0]])))


def relate(a: str, b: str, options: Options | None = None) -> Relation:
    """Judge one pair of statements: agree, partial, diverge or unrelated, with a 0..1 score.

    Each statement is read as one claim (facts included); their similarity is the aligner's
    score, and the judge runs whatever the score, so a conflict between loosely similar
    statements is still typed. Below `options.threshold` with no conflict, they are unrelated.
    """
    options = options or Options()
    ca, cb = _single_claim(a, "s1"), _single_claim(b, "s2")
    fa, fb = features(ca), features(cb)
    vectors = claim_vectors([ca, cb], options)
    cosine = None if vectors is None else vectors.cosine(ca.id, cb.id)
    score = round(similarity(fa, fb, None, cosine), 4)
    finding = judge.judge([ca], [cb], score, options, cosine=cosine)
    named = (*similarity_signals(fa, fb, score, None, cosine), *finding.signals)
    if score < options.threshold and finding.verdict is not Verdict.DIVERGE:
        return Relation(Verdict.UNRELATED, score, (), named)
    return Relation(finding.verdict, score, finding.reasons, named)


def _single_claim(text: str, sid: str) -> Claim:
    src = Source(id=sid, origin="<text>", label=sid, text=text)
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    sent = Sentence(Span(start, start + len(stripped)), stripped, Role.BODY, 0)
    (claim,) = extract_claims(src, (sent,))
    return claim


__all__ = ["compare_sources", "read_source", "relate"]
