"""The fact-checker's checklist: what to verify, most consequential first, one line each."""

from __future__ import annotations

from collections.abc import Sequence

from compare.judge import CLOSE_SCORE
from compare.model import Comparison, DivergenceKind, Finding, Quantity, Quote, Reason, Verdict
from compare.render import register
from compare.render._shared import (
    View,
    existing,
    finding_kind_rank,
    hedge_cues,
    is_hedged,
    kind_rank,
    where,
)
from compare.render.escape import markdown as esc
from compare.similarity import quote_overlap

# A quote counts as carried by the other source too when it matches one of that source's quotes
# this well (rapidfuzz partial ratio, 0..1): the similarity's own quote-overlap cut.
QUOTE_MATCH = 0.85

# What a checker does about each kind of conflict.
_ACTION = {
    "number": "establish the correct figure",
    "direction": "establish which way it went",
    "attribution": "establish who said or did it",
    "place": "establish where it happened",
    "time": "establish when it happened",
    "negation": "establish whether it happened at all",
    "quote": "find the original words",
    "certainty": "establish how firmly it is known",
    "detail": "check the extra detail",
}


def _at(view: View, ids: Sequence[str]) -> str:
    """'The National s1:c5 ¶3, chars 120–245; ITV News s2:c12 ¶7, chars …' for the given claims."""
    parts = []
    for cid in ids:
        claim = view.claims.get(cid)
        if claim is None:
            parts.append(esc(cid))
        else:
            parts.append(f"{esc(view.label(claim.source_id))} {esc(cid)} {where(claim)}")
    return "; ".join(parts)


def _said(view: View, ids: Sequence[str], wording: str) -> str:
    label = esc(view.label(view.source_of(ids[0]))) if ids else "one source"
    return f"{label} says “{esc(wording)}”" if wording else f"{label} does not say it"


def _conflicts(view: View) -> list[str]:
    items: list[tuple[int, tuple[int, int], str]] = []
    for finding in view.of_verdict(Verdict.DIVERGE):
        a_ids, b_ids = view.sides(finding)
        # DETAIL is extra information, not a conflict; it is only listed when nothing else is.
        hard = [r for r in finding.reasons if r.kind is not DivergenceKind.DETAIL]
        reasons: Sequence[Reason | None] = hard or (None,)
        for reason in reasons:
            loc = f"({_at(view, finding.claims)})"
            if reason is None:
                line = f"**conflict**: the accounts disagree; compare them {loc}"
                rank = finding_kind_rank(finding)
            else:
                line = (
                    f"**{reason.kind.value}**: {_said(view, a_ids, reason.a)} but "
                    f"{_said(view, b_ids, reason.b)}; {_ACTION.get(reason.kind.value, 'check')} "
                    f"{loc}"
                )
                rank = kind_rank(reason.kind)
            items.append((rank, view.position(finding), line))
    return [line for _, _, line in sorted(items, key=lambda item: item[:2])]


# Which single-source figures a checker should look at first: deaths and injuries, then people
# and forces, then money and shares; a bare small count ("two regions") comes last.
_UNIT_RANK = {"fatalities": 0, "injuries": 0, "personnel": 1, "people": 1, "percent": 2,
              "GBP": 2, "USD": 2, "EUR": 2}


def _figure_rank(q: Quantity | None) -> int:
    if q is None:
        return 5
    if q.unit in _UNIT_RANK:
        return _UNIT_RANK[q.unit]
    if q.unit is None and q.high is not None and q.high <= 10:
        return 5
    return 3 if q.unit else 4


def _single_source(view: View) -> tuple[list[str], list[str]]:
    ranked: list[tuple[int, tuple[int, int], str]] = []
    quotes: list[str] = []
    seen: set[tuple[str, int, int]] = set()  # a claim compared twice carries its figure twice
    for finding in view.comparison.findings:
        for reason in finding.reasons:
            if reason.kind is not DivergenceKind.DETAIL:
                continue
            span, wording = (reason.a_span, reason.a) if reason.a else (reason.b_span, reason.b)
            holder = next((c for c in existing(view, finding.claims)
                           if span is not None and c.span.contains(span)), None)
            if holder is None or span is None or (holder.id, span.start, span.end) in seen:
                continue
            seen.add((holder.id, span.start, span.end))
            q = next((f for f in holder.facts if isinstance(f, Quantity) and f.span == span), None)
            ranked.append((_figure_rank(q), view.position(finding),
                           f"**number** only in one source: “{esc(wording)}”; confirm it "
                           f"({_at(view, [holder.id])})"))
    quoted = {s.id: [f.content for c in view.comparison.claims if c.source_id == s.id
                     for f in c.facts if isinstance(f, Quote)] for s in view.comparison.sources}
    compared = {i for f in view.comparison.findings for i in f.claims}
    listed: set[tuple[str, str]] = set()
    for claim in view.comparison.claims:
        if claim.id not in compared:
            continue
        others = tuple(q for sid, qs in quoted.items() if sid != claim.source_id for q in qs)
        loc = f"({_at(view, [claim.id])})"
        for quote in (f for f in claim.facts if isinstance(f, Quote)):
            if quote.speaker is None and quote.partial and len(quote.content.split()) <= 2:
                continue  # scare quotes ('"peace-keeping" forces'): a word marked, not a statement
            if (claim.source_id, quote.content) in listed:
                continue  # a headline repeating the body's quoted words
            if quote_overlap((quote.content,), others) >= QUOTE_MATCH:
                continue  # the other source quotes these words too
            listed.add((claim.source_id, quote.content))
            who = esc(quote.speaker) if quote.speaker else "an unnamed speaker"
            verb = f" ({esc(quote.verb)})" if quote.verb else ""
            quotes.append(
                f"**quote** only in one source: “{esc(quote.content)}” attributed to "
                f"{who}{verb}; confirm the words and the speaker {loc}"
            )
    numbers = [line for _, _, line in sorted(ranked, key=lambda item: item[:2])]
    return numbers, quotes


def _hedged(view: View) -> list[str]:
    items: list[str] = []
    findings: list[Finding] = view.of_verdict(Verdict.PARTIAL) + view.of_verdict(Verdict.AGREE)
    for finding in findings:
        for r in finding.reasons:
            if r.kind is DivergenceKind.DEVELOPMENT:  # the earlier source hedged what the later states
                items.append(f"**development**: {esc(r.explanation)} Confirm the later report "
                             f"({_at(view, finding.claims)})")
        if finding.verdict is not Verdict.AGREE and finding.score < CLOSE_SCORE:
            continue  # loosely related claims: one side's hedge is usually about something else
        a_ids, b_ids = view.sides(finding)
        a, b = existing(view, a_ids), existing(view, b_ids)
        if not a or not b:
            continue
        a_hedged, b_hedged = any(map(is_hedged, a)), any(map(is_hedged, b))
        if a_hedged == b_hedged:
            continue
        soft, flat = (a, b) if a_hedged else (b, a)
        cues = ", ".join(f"“{esc(c)}”" for c in hedge_cues(soft))
        items.append(
            f"**certainty**: {esc(view.label(soft[0].source_id))} hedges ({cues}) but "
            f"{esc(view.label(flat[0].source_id))} states it flatly; check how firmly it is "
            f"established ({_at(view, finding.claims)})"
        )
    return items


@register("checklist")
def render_checklist(
    comparison: Comparison, *, width: int | None = None, color: bool = False
) -> str:
    """The `checklist` format: Markdown task items a fact-checker must verify, ranked.

    Order: divergences (number, direction, attribution, place, time, negation, quote,
    certainty), single-source numbers (each once, however many comparisons its claim is in),
    single-source quotes and their attributions, then claims hedged in one source but stated in
    the other: developments (the earlier source hedged what the later one states), and agreeing
    or closely matching claims (similarity at least `judge.CLOSE_SCORE`) with a hedge on one side.

    Args:
        comparison: the result to check.
        width: ignored.
        color: ignored.

    Returns:
        Markdown, ending with a newline.
    """
    del width, color
    view = View.of(comparison)
    labels = " vs ".join(esc(s.label) for s in comparison.sources) or "no sources"
    numbers, quotes = _single_source(view)
    sections = (
        ("Conflicting claims", _conflicts(view)),
        ("Numbers from a single source", numbers),
        ("Quotes from a single source", quotes),
        ("Hedged in one source, flat in the other", _hedged(view)),
    )
    total = sum(len(items) for _, items in sections)
    lines = [f"# Fact-check: {labels}", "", f"{total} items to verify.", ""]
    for heading, items in sections:
        if items:
            lines += [f"## {heading} ({len(items)})", ""]
            lines += [f"- [ ] {item}" for item in items] + [""]
    if not total:
        lines += ["Nothing to verify: no conflicts, single-source figures, quotes or hedges.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
