"""The equivalence model: rewordings of one statement are equivalent, a statement with more is not."""

from __future__ import annotations

import pytest

import compare
from compare import equivalence
from compare.claims import extract_claims
from compare.model import Claim, Role, Sentence, Source, Span, Verdict
from compare.options import Options

CUT = Options().agree_threshold

# Hand-written rewordings of news prose, and sentences of the bundled articles (sources/) reworded.
PARAPHRASES = [
    ("The cabinet approved the budget on Monday.", "On Monday the cabinet approved the budget."),
    ("Police arrested two men after the attack in the city centre.",
     "Two men were arrested by police after the attack in the city centre."),
    ("The company said profits fell sharply in the second quarter.",
     "Profits at the company fell sharply in the second quarter, it said."),
    ("Vladimir Putin has signalled he is open to recognising two breakaway regions of Ukraine as independent.",
     "Putin has signalled that he is open to recognising two breakaway regions of Ukraine as independent."),
]
# One side says the same and then more: a clause, a reason, a consequence.
ONE_SAYS_MORE = [
    ("Ukraine rejected both claims as false.",
     "Ukraine rejected both claims as false and accused Russia of sowing disinformation about the murky "
     "situation at the border."),
    ("Russia's parliament made the same request last week.",
     "Russia's parliament made the same request last week, prompting an outcry from Western diplomats who said "
     "such a move would violate international law."),
    ("The central bank raised interest rates.",
     "The central bank raised interest rates by half a point to curb inflation, its biggest rise in 20 years."),
]


def claim(text: str, sid: str = "s1") -> Claim:
    """One statement read as one claim with its facts, as `relate` reads it."""
    src = Source(id=sid, origin="<text>", label=sid, text=text)
    (only,) = extract_claims(src, (Sentence(Span(0, len(text)), text, Role.BODY, 0),))
    return only


def prob(a: str, b: str, cosine: float | None = None) -> float:
    """The equivalence probability of two statements."""
    return equivalence.probability([claim(a, "s1")], [claim(b, "s2")], cosine)


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrase_is_above_the_cut(a: str, b: str) -> None:
    """A rewording of the same statement scores at or above the shipped AGREE cut."""
    assert prob(a, b) >= CUT


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrase_agrees(a: str, b: str) -> None:
    """relate() calls a conflict-free rewording AGREE."""
    assert compare.relate(a, b).verdict is Verdict.AGREE


@pytest.mark.parametrize(("a", "b"), ONE_SAYS_MORE)
def test_added_clause_is_below_the_cut(a: str, b: str) -> None:
    """A pair where one side adds a clause the other lacks scores below the AGREE cut."""
    assert prob(a, b) < CUT


@pytest.mark.parametrize(("a", "b"), ONE_SAYS_MORE)
def test_added_clause_is_not_agree(a: str, b: str) -> None:
    """relate() never calls a pair where one side says more AGREE."""
    assert compare.relate(a, b).verdict is not Verdict.AGREE


@pytest.mark.parametrize(("a", "b"), PARAPHRASES + ONE_SAYS_MORE)
def test_symmetric(a: str, b: str) -> None:
    """Swapping the two sides changes neither the probability nor any component."""
    ca, cb = claim(a, "s1"), claim(b, "s2")
    assert equivalence.probability([ca], [cb]) == equivalence.probability([cb], [ca])
    assert equivalence.components([ca], [cb], 0.7) == equivalence.components([cb], [ca], 0.7)


@pytest.mark.parametrize(("a", "b"), [*PARAPHRASES, *ONE_SAYS_MORE, ("Yes.", "No."), ("2022", "The 2022 budget."),
                                      ("Russia", "Russia")])
@pytest.mark.parametrize("cosine", [None, 0.0, 0.5, 1.0])
def test_bounded(a: str, b: str, cosine: float | None) -> None:
    """The probability and every component lie in 0..1, with or without the cosine."""
    ca, cb = claim(a, "s1"), claim(b, "s2")
    assert 0.0 <= equivalence.probability([ca], [cb], cosine) <= 1.0
    assert all(0.0 <= v <= 1.0 for v in equivalence.components([ca], [cb], cosine).values())


def test_components_are_named_in_order() -> None:
    """Components come back under COMPONENT_NAMES, with the cosine last when it is given."""
    ca, cb = claim(PARAPHRASES[0][0], "s1"), claim(PARAPHRASES[0][1], "s2")
    assert tuple(equivalence.components([ca], [cb])) == equivalence.COMPONENT_NAMES
    assert tuple(equivalence.components([ca], [cb], 0.9)) == equivalence.SEMANTIC_COMPONENT_NAMES
    assert len(equivalence.WEIGHTS) == len(equivalence.COMPONENT_NAMES)
    assert len(equivalence.SEMANTIC_WEIGHTS) == len(equivalence.SEMANTIC_COMPONENT_NAMES)


def test_same_words_same_order_is_certain() -> None:
    """The same content words in the same order are the same claim (probability 1)."""
    text = "Ukraine rejected both claims as false."
    assert prob(text, text) == 1.0
    assert prob(text, "Ukraine rejected both of the claims as false.") == 1.0


def test_coverage_is_taken_both_ways() -> None:
    """The shorter side is fully covered, the longer only partly: cover_min reads the longer side."""
    short, long = ONE_SAYS_MORE[0]
    parts = equivalence.components([claim(short, "s1")], [claim(long, "s2")])
    assert parts["cover_max"] == 1.0
    assert parts["cover_min"] < 0.5


def test_one_sided_figure_is_unmatched() -> None:
    """A figure only one side gives counts as unmatched and lowers the probability."""
    a = "The storm killed 12 people in the north of the country."
    b = "The storm killed people in the north of the country."
    same = "The storm killed twelve people in the north of the country."
    with_figure = equivalence.components([claim(a, "s1")], [claim(b, "s2")])
    assert with_figure["numbers_unmatched"] > 0.0
    assert prob(a, b) < prob(a, a)
    assert equivalence.components([claim(a, "s1")], [claim(same, "s2")])["numbers_unmatched"] == 0.0


def test_cosine_raises_probability() -> None:
    """With the semantic weight set, a higher embedding cosine means a higher probability."""
    a, b = PARAPHRASES[2]
    assert prob(a, b, 0.95) > prob(a, b, 0.6) > prob(a, b, 0.2)


def test_agree_threshold_is_the_probability_cut() -> None:
    """Raising agree_threshold above a pair's probability turns its AGREE into PARTIAL."""
    a, b = PARAPHRASES[0]
    p = prob(a, b)
    assert compare.relate(a, b, Options(agree_threshold=p)).verdict is Verdict.AGREE
    assert compare.relate(a, b, Options(agree_threshold=min(1.0, p + 0.01))).verdict is Verdict.PARTIAL
