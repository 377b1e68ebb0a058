"""End-to-end behaviour on the bundled pair: what a reviewer must find in the report."""

from __future__ import annotations

from conftest import SRC_000

import compare
from compare.model import Claim, Comparison, DivergenceKind, Finding, Quantity, Role, Verdict


def _claim(result: Comparison, needle: str, source: str) -> Claim:
    hits = [c for c in result.claims if c.source_id == source and needle in c.text]
    assert len(hits) == 1, f"{needle!r} found {len(hits)} times in {source}"
    return hits[0]


def _findings_of(result: Comparison, claim: Claim) -> list[Finding]:
    hits = [f for f in result.findings if claim.id in f.claims]
    assert hits, f"{claim.id} is in no finding"
    return hits


def _pair(result: Comparison, a: Claim, b: Claim) -> Finding:
    """The finding that compares claim a with claim b."""
    (hit,) = [f for f in result.findings if a.id in f.claims and b.id in f.claims]
    return hit


def test_wallace_strong_cause_for_concern_agrees(pair: Comparison) -> None:
    """Ben Wallace's 'strong cause for concern' sentences of both outlets are paired as AGREE."""
    a = _claim(pair, "strong cause for concern that President Putin", "s1")
    b = _claim(pair, "Defence Secretary Ben Wallace said there is still", "s2")
    assert _pair(pair, a, b).verdict is Verdict.AGREE


def test_minsk_violation_is_aligned_not_unique(pair: Comparison) -> None:
    """The Minsk agreements' violation in ITV News is compared with 000's peace-agreement sentence."""
    peace = _claim(pair, "A peace agreement brokered by France and Germany", "s1")
    minsk = [c for c in pair.claims if c.source_id == "s2" and "Minsk" in c.text and c.role is Role.BODY]
    partners = {i for f in _findings_of(pair, peace) for i in f.claims}
    assert any(c.id in partners for c in minsk), "000's peace-agreement sentence meets no Minsk sentence"


def test_belarus_geography_is_the_same_in_both_frames(pair: Comparison) -> None:
    """'Belarus, which borders Ukraine to the south' (Ukraine lies south of Belarus) and 'Belarus,
    Ukraine's neighbour to the north' say the same thing: aligned, and no direction conflict."""
    a = _claim(pair, "which borders Ukraine to the south", "s1")
    b = _claim(pair, "Ukraine's neighbour to the north", "s2")
    f = _pair(pair, a, b)
    assert f.verdict is not Verdict.DIVERGE, f.reasons
    assert DivergenceKind.DIRECTION not in {r.kind for r in f.reasons}


def _quantity(claim: Claim, text: str) -> Quantity:
    (q,) = [f for f in claim.facts if isinstance(f, Quantity) and f.text.startswith(text)]
    return q


def _single_source(result: Comparison, claim: Claim, q: Quantity) -> bool:
    """A figure is single-source when its claim is unique or every comparison of it names the
    figure as a one-side detail."""
    return all(f.verdict is Verdict.UNIQUE
               or any(r.kind is DivergenceKind.DETAIL and q.text in (r.a, r.b) for r in f.reasons)
               for f in _findings_of(result, claim))


def test_troop_and_casualty_figures_are_single_source_quantities(pair: Comparison) -> None:
    """14,000 killed, 30,000 in Belarus and at least 150,000 troops come out with units, single-source."""
    c14 = _claim(pair, "more than 14,000 people", "s1")
    q14 = _quantity(c14, "more than 14,000")
    assert (q14.low, q14.qualifier, q14.unit) == (14000, "more_than", "fatalities")
    c30 = _claim(pair, "an estimated 30,000 Russian forces", "s2")
    q30 = _quantity(c30, "an estimated 30,000")
    assert (q30.low, q30.high, q30.approximate, q30.unit) == (30000, 30000, True, "personnel")
    c150 = _claim(pair, "at least 150,000 Russian troops", "s2")
    q150 = _quantity(c150, "at least 150,000")
    assert (q150.low, q150.high, q150.qualifier, q150.unit) == (150000, None, "at_least", "personnel")
    for claim, q in ((c14, q14), (c30, q30), (c150, q150)):
        assert _single_source(pair, claim, q), q.text


def test_captions_and_video_blurbs_are_not_body_claims(pair: Comparison) -> None:
    """Photo captions and video blurbs get a non-body role and appear in no finding."""
    in_findings = {i for f in pair.findings for i in f.claims}
    for needle, source in (("Credit: AP", "s2"), ("James Mates reports on", "s2"),
                           ("near the front line with pro-Russian separatists. AFP", "s1"),
                           ("reports ITV News Global Security Editor Rohit Kachroo", "s2")):
        hits = [c for c in pair.claims if c.source_id == source and needle in c.text]
        assert hits, needle
        for c in hits:
            assert c.role is Role.CAPTION, c.text
            assert c.id not in in_findings


def test_every_compared_claim_is_unique_once_or_compared(pair: Comparison) -> None:
    """No body or headline sentence is lost; a unique claim is listed once and nowhere else; no
    pair is compared twice; no caption slips into the findings."""
    compared = {c.id for c in pair.claims if c.role in (Role.BODY, Role.HEADLINE)}
    unique = [f.claims[0] for f in pair.findings if f.verdict is Verdict.UNIQUE]
    paired = [f.claims for f in pair.findings if f.verdict is not Verdict.UNIQUE]
    assert all(len(f) == 2 for f in paired)
    assert len(set(paired)) == len(paired)
    assert len(set(unique)) == len(unique)
    in_pairs = {i for f in paired for i in f}
    assert not set(unique) & in_pairs
    assert set(unique) | in_pairs == compared


def _canonical(result: Comparison) -> set[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Findings keyed by claim texts (ids differ between directions), split per source origin."""
    origin = {s.id: s.origin for s in result.sources}
    by_id = {c.id: c for c in result.claims}
    out = set()
    for f in result.findings:
        sides: dict[str, list[str]] = {}
        for i in f.claims:
            sides.setdefault(origin[by_id[i].source_id], []).append(by_id[i].text)
        first, second = sorted(origin.values())
        out.add((f.verdict.value, tuple(sides.get(first, [])), tuple(sides.get(second, [])),
                 tuple(sorted(r.kind.value for r in f.reasons))))
    return out


def test_compare_mirrors_when_sources_swap(pair: Comparison, pair_reversed: Comparison) -> None:
    """compare(B, A) reports exactly the findings of compare(A, B), sides swapped."""
    assert _canonical(pair) == _canonical(pair_reversed)
    by_claim = {f.claims: f for f in pair.findings}
    assert by_claim  # the ids differ, but each aligned finding lists the first source's claims first
    for f in pair_reversed.findings:
        assert f.claims[0].startswith("s1:") or f.verdict is Verdict.UNIQUE


def test_reasons_swap_sides_when_sources_swap(pair_reversed: Comparison) -> None:
    """With ITV News first, the certainty reason reads 'recognised' (ITV) against 'is open to' (000),
    and ITV's single-source 30,000 sits on side a."""
    (r,) = [r for f in pair_reversed.findings for r in f.reasons
            if r.kind is DivergenceKind.CERTAINTY and "recognised" in (r.a, r.b)]
    assert (r.a, r.b) == ("recognised", "is open to")
    details = [r for f in pair_reversed.findings for r in f.reasons
               if r.kind is DivergenceKind.DETAIL and "30,000" in r.a + r.b]
    assert details and all(r.a.startswith("an estimated 30,000") and r.b == "" for r in details)


def test_source_against_itself_all_agree() -> None:
    """A source compared with itself agrees on every body claim."""
    a = compare.load_source(str(SRC_000), source_id="s1")
    b = compare.load_source(str(SRC_000), source_id="s2")
    result = compare.compare_sources(a, b)
    assert result.findings and all(f.verdict is Verdict.AGREE for f in result.findings)


def test_claim_text_matches_source_span(pair: Comparison) -> None:
    """Every claim's and fact's text is the source text at its span."""
    texts = {s.id: s.text for s in pair.sources}
    for c in pair.claims:
        assert texts[c.source_id][c.span.start:c.span.end] == c.text
        for fact in c.facts:
            assert texts[c.source_id][fact.span.start:fact.span.end] == fact.text


def test_relate_judges_a_number_change_as_diverge() -> None:
    """relate() flags a changed casualty figure as a number divergence."""
    rel = compare.relate("A war that has killed more than 14,000 people since 2014.",
                         "A war that has killed 4,000 people since 2014.")
    assert rel.verdict is Verdict.DIVERGE
    assert rel.reasons[0].kind is DivergenceKind.NUMBER


def test_relate_unrelated_statements() -> None:
    """Two statements with nothing in common are unrelated with a low score."""
    rel = compare.relate("Police officers take part in a protest in Odessa.",
                         "The EU's foreign policy chief said work on sanctions was complete.")
    assert rel.verdict is Verdict.UNRELATED
    assert rel.score < 0.5
