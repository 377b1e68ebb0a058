"""Tests for compare.facts.hedges: hedge, modal and negation cues with exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.facts import hedges

# (text, cue text, kind, normalised cue): real phrasings from the bundled articles and made up.
CASES = [
    ("Russian troops claimed on Monday that they had killed five intruders.", "claimed", "hedge", "claim"),
    ("Ukraine rejected both claims as false.", "rejected both claims as false", "negation", "reject as false"),
    ("Russia is widely suspected of supporting the rebels.", "widely suspected", "hedge", "widely suspected"),
    ("Although it denies this.", "denies", "negation", "deny"),
    ("The Kremlin denied any involvement.", "denied", "negation", "deny"),
    ("With Russia feared to be seeking an excuse to invade.", "feared", "hedge", "fear"),
    ("Unconfirmed video on social media showed troops.", "Unconfirmed", "hedge", "unconfirmed"),
    ("The minister is expected to resign.", "is expected to", "hedge", "expected to"),
    ("The convoy appears to have stopped.", "appears", "hedge", "appear"),
    ("The army, according to officials, withdrew.", "according to", "hedge", "according to"),
    ("He is said to be furious.", "is said to", "hedge", "said to"),
    ("The purportedly independent vote was held.", "purportedly", "hedge", "purportedly"),
    ("The general was reportedly killed.", "reportedly", "hedge", "reportedly"),
    ("The alleged attack took place at dawn.", "alleged", "hedge", "allege"),
    ("It is widely expected that Russia will invade.", "widely expected", "hedge", "widely expected"),
    ("A move that would be sure to inflame the situation.", "would", "modal", "would"),
    ("Any such backing could open the door.", "could", "modal", "could"),
    ("The sanctions may hit oligarchs.", "may", "modal", "may"),
    ("Troops might cross the border.", "might", "modal", "might"),
    ("Putin plans to recognise the regions.", "plans to", "modal", "plan to"),
    ("He is open to recognising two breakaway regions.", "is open to", "modal", "open to"),
    ("Vladimir Putin has signalled he is open to talks.", "signalled", "modal", "signal"),
    ("Moscow said it is not planning an invasion.", "not", "negation", "not"),
    ("The sanctions weren’t defined.", "n’t", "negation", "not"),
    ("Russia didn't comment.", "n't", "negation", "not"),
    ("There were no concrete plans for a summit.", "no", "negation", "no"),
    ("Moscow has no right to demand this.", "no", "negation", "no"),
    ("Russia will never accept this.", "never", "negation", "never"),
    ("None of the claims could be verified.", "None", "negation", "none"),
    ("Kyiv cannot accept the terms.", "cannot", "negation", "not"),
    ("Whether they are in Nato or not.", "not", "negation", "not"),
]


@pytest.mark.parametrize(("text", "cue_text", "kind", "cue"), CASES)
def test_cues(text: str, cue_text: str, kind: str, cue: str) -> None:
    """The cue is found with its exact span, kind and normalised cue word."""
    found = [h for h in hedges.extract(text) if h.text == cue_text]
    assert found, f"{cue_text!r} not in {hedges.extract(text)}"
    hedge = found[0]
    assert text[hedge.span.start : hedge.span.end] == cue_text
    assert (hedge.kind, hedge.cue) == (kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The talks will be held on 5 May in Geneva.",
        "Theresa May met the president.",
        "Donetsk and Luhansk have large numbers of ethnic Russians.",
        "The knot was tied at noon.",
        "Ministers noted the announcement.",
    ],
)
def test_no_false_cues(text: str) -> None:
    """Month names, names and words that merely contain a cue are not cues."""
    assert hedges.extract(text) == ()


def test_offset_makes_spans_absolute() -> None:
    """With an offset the spans point into the whole source, not the sentence."""
    source = "Headline.\nRussia did not comment."
    start = source.index("Russia")
    (hedge,) = hedges.extract(source[start:], offset=start)
    assert source[hedge.span.start : hedge.span.end] == "not"


def test_same_negation_everywhere() -> None:
    """'no' in 'no concrete plans' is the same negation as any other 'no'."""
    first = hedges.extract("There were no concrete plans.")
    second = hedges.extract("There was no summit.")
    assert [(h.kind, h.cue) for h in first] == [(h.kind, h.cue) for h in second]


@given(st.text(max_size=200), st.integers(min_value=0, max_value=1000))
def test_never_raises_and_spans_match(text: str, offset: int) -> None:
    """On arbitrary text the extractor raises nothing and every span matches its text."""
    for hedge in hedges.extract(text, offset=offset):
        assert text[hedge.span.start - offset : hedge.span.end - offset] == hedge.text
        assert hedge.kind in ("hedge", "modal", "negation")
        if hedge.scope_span is not None:
            assert offset <= hedge.scope_span.start < hedge.scope_span.end <= offset + len(text)
