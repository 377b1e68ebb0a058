"""The judge: each conflict kind is typed, explained and located; paraphrases are not conflicts."""

from __future__ import annotations

import pytest

import compare
from compare.model import DivergenceKind as K
from compare.model import Verdict

CASES = [
    # (kind, a, b) — real phrasings from the bundled pair and the eval README, one detail changed
    (K.NUMBER, "The UN school attack killed more than 50 people.", "The UN school attack left 40 people dead."),
    (K.NUMBER, "They are among at least 150,000 Russian troops now deployed outside Ukraine's borders.",
     "They are among 100,000 Russian troops now deployed outside Ukraine's borders."),
    (K.DIRECTION, "Belarus, which borders Ukraine to the south, announced that Russian troops would stay.",
     "Belarus, which borders Ukraine to the north, announced that Russian troops would stay."),
    (K.DIRECTION, "European stock prices rose sharply after Mr Peskov's comments.",
     "European stock prices fell sharply after Mr Peskov's comments."),
    (K.TIME, "Belarus announced on Sunday that Russian troops were staying on its territory indefinitely.",
     "Belarus announced on Saturday that Russian troops were staying on its territory indefinitely."),
    (K.NEGATION, "Moscow said it is planning an invasion of Ukraine.",
     "Moscow said it is not planning an invasion of Ukraine."),
    (K.CERTAINTY, "Russian troops killed five intruders at the border on Monday.",
     "Russian troops claimed they killed five intruders at the border on Monday."),
    (K.ATTRIBUTION, 'Ben Wallace said there is still "strong cause for concern" about an invasion.',
     'Boris Johnson said there is still "strong cause for concern" about an invasion.'),
    (K.PLACE, "Sergey Lavrov will meet Antony Blinken in Geneva on Thursday.",
     "Sergey Lavrov will meet Antony Blinken in Vienna on Thursday."),
]


@pytest.mark.parametrize(("kind", "a", "b"), CASES, ids=[f"{k.value}-{n}" for n, (k, _, _) in enumerate(CASES)])
def test_changed_detail_diverges_with_its_kind(kind: K, a: str, b: str) -> None:
    """Changing one detail of a sentence is a DIVERGE of the matching kind, explained in one sentence."""
    rel = compare.relate(a, b)
    assert rel.verdict is Verdict.DIVERGE, rel
    assert rel.reasons[0].kind is kind, rel.reasons
    assert rel.reasons[0].explanation.endswith(".")


@pytest.mark.parametrize(("kind", "a", "b"), CASES, ids=[f"{k.value}-{n}" for n, (k, _, _) in enumerate(CASES)])
def test_untouched_sentence_agrees(kind: K, a: str, b: str) -> None:
    """The unchanged sentence against itself is AGREE, never DIVERGE."""
    del kind, b
    assert compare.relate(a, a).verdict is Verdict.AGREE


def test_paraphrase_with_quote_subset_agrees() -> None:
    """A shorter quote inside the other outlet's longer quote of the same speaker is no conflict."""
    rel = compare.relate(
        'Ben Wallace said Russia\'s troop movements gave Britain "strong cause for concern that President '
        'Putin is still committed to an invasion".',
        "Defence Secretary Ben Wallace said there is still \u201cstrong cause for concern\u201d that "
        "President Putin remains committed to an invasion of Ukraine.",
    )
    assert rel.verdict is not Verdict.DIVERGE, rel.reasons


def test_direction_reason_locates_both_spans() -> None:
    """A direction reason carries the exact wording of each side and its span."""
    a = "Belarus, which borders Ukraine to the south, hosts Russian troops."
    b = "Belarus, Ukraine's neighbour to the north, hosts Russian troops."
    (r,) = [r for r in compare.relate(a, b).reasons if r.kind is K.DIRECTION]
    assert r.a_span is not None and a[r.a_span.start:r.a_span.end] == "to the south"
    assert r.b_span is not None and b[r.b_span.start:r.b_span.end] == "to the north"


NOT_CONFLICTS = [
    # both sides negate, in different words (MSRP-style paraphrase; curly apostrophe on one side)
    ('After all, China isn\'t racing anyone, so there\'s no great rush," Clark said.',
     "After all, China isn\u2019t racing anyone, so there\u2019s no great rush,\u201d Clark said."),
    ('"That ought to be the standard, not how many people sign up," he said.',
     '"That ought to be the standard, not how many people actually signed up," Mr. Rule told the judge.'),
    # one quote shortens the other
    ('"Oh, it\'s never fun to be No 4, especially if you\'ve been No 1 before," said Williams.',
     '"It\'s never fun to be No 4, especially if you\'ve been No 1 before," said Williams.'),
    # an intention is not a hedge
    ("Progress Software plans to acquire DataDirect Technologies for about $88 million in cash.",
     "Progress Software is acquiring DataDirect Technologies for about $88 million in cash."),
    # a first name and a full name are the same speaker
    ('"As expected, second-quarter sales were weak," said Robert.',
     '"As expected, second-quarter sales were weak," said Robert Eckert.'),
]


@pytest.mark.parametrize(("a", "b"), NOT_CONFLICTS)
def test_paraphrase_differences_are_not_conflicts(a: str, b: str) -> None:
    """Rewordings that keep polarity, quotes, certainty and speaker are not DIVERGE."""
    rel = compare.relate(a, b)
    assert rel.verdict is not Verdict.DIVERGE, rel.reasons


def test_spokesman_is_not_the_minister() -> None:
    """A quote given to 'Boris Johnson's spokesman' and to 'Boris Johnson' is an attribution conflict."""
    rel = compare.relate(
        'Boris Johnson\'s spokesman said "elements of the Russian playbook" were already starting to play out.',
        'Boris Johnson said "elements of the Russian playbook" were already starting to play out.',
    )
    assert rel.verdict is Verdict.DIVERGE and rel.reasons[0].kind is K.ATTRIBUTION, rel.reasons
