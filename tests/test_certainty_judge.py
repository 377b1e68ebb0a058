"""Certainty conflicts judged through `relate` (`compare.detectors.certainty`): a hedge on one
side against the other side's plain statement of the same thing, and the readings that keep a
side from stating anything plainly (its own modal, hope, estimate or denial; a charge or an
arrest; a passive with another doer; a cue inside a noun phrase)."""

from __future__ import annotations

import pytest

from compare.facts.hedges import extract
from compare.model import DivergenceKind as K
from compare.pipeline import relate

QUIET = [
    # both sides hedge, with cues of their own: "maybe" / "possibly"
    ("We see some small openings in November and maybe January, the chief executive said.",
     "We see some small openings in November and possibly January, the chief executive said."),
    # an expectation held by someone ("Palm expects to move") against "are expected to move"
    ("Palm expects to move the Handspring staff to its headquarters in Milpitas.",
     "The Handspring staff are expected to move to Palm's headquarters in Milpitas."),
    # an estimate on both sides, one with "could"
    ("The governor estimated on Monday that the fires could cost nearly $2 billion.",
     "State officials estimated the cost of the fires at nearly $2 billion."),
    # a hope against "could"
    ("The two bills could be taken up by the full Senate as early as Friday.",
     "The senator said he hopes to bring the two bills to the full Senate by Friday."),
    # a modal of its own: "should" against "could"
    ("Most of that information should be declassified, the senator said.",
     "Most of that information could be declassified, the senator said."),
    # a denial states nothing: "denied that Britain had reneged" / "denied ... claims that"
    ("Both Mr Blair and Jack Straw have denied that Britain had reneged on plans to involve the UN.",
     "Mr Blair and Jack Straw have denied Ms Short's claims that Britain has reneged on plans to involve the UN."),
    # "claim" as a noun names what was claimed; "claimed the life of" tells a death
    ("The judge called the claim wholly without merit, both factually and legally.",
     "The judge said the case was wholly without merit, both factually and legally."),
    ("Video of the mother of 13 Zurana Horton being shot in a gang shooting was released Thursday.",
     "Three teens were arrested for the shooting outside a Brownsville school that claimed the life of "
     "Zurana Horton."),
    # a charge reported with words between ("charged Wednesday with"): no guilt stated either
    ("A top aide to the Assembly Speaker was charged Wednesday with raping a 22-year-old employee.",
     "A top aide to the Assembly Speaker was arrested yesterday for allegedly raping a 22-year-old staffer."),
    ("A woman has died after being hit by a car that fled the scene in Queens, and now the driver is facing "
     "manslaughter charges.",
     "A 59-year-old woman was killed in a hit-and-run crash, and the man allegedly behind the wheel of the car "
     "that hit her was charged with driving drunk, police said."),
    # a passive with another doer ("shot by a gunman") states nothing of the former employee
    ("A former employee walked into a staff Christmas party in east Vancouver on Friday and allegedly shot and "
     "killed a man.",
     "One man is dead after being shot by a gunman who marched into a company Christmas party Friday night."),
    # the doer read past an age and a home town: Subryan, not Chohan, allegedly drove into her
    ("Raj Chohan, 59, had just parked her car and was walking toward a Sikh temple when she was struck by a gray "
     "2013 Toyota Camry, police said.",
     "Raj Chohan was walking towards a Sikh temple for a Friday evening service when Vishwanand Subryan, 23, of "
     "Schenectady, N.Y., allegedly mowed into the older woman with his gray 2013 Toyota Camry, police said."),
    # "the man who they say hit": the other side reports the act too
    ("Prosecutors filed criminal charges against the man who they say hit and killed a woman walking out of a "
     "store.",
     "A man accused of running down and killing a woman in front of a Bloomington store was drunk, according to "
     "the charges."),
    # an adverb cue inside a noun phrase governs the next word only
    ("To settle the charges, the trader agreed to pay $1.06 million in allegedly ill-gotten trading profits.",
     "To settle the charges, the trader agreed to surrender $1.06 million in trading profits."),
]


@pytest.mark.parametrize(("a", "b"), QUIET, ids=range(len(QUIET)))
def test_no_certainty_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        rel = relate(x, y)
        assert not [r for r in rel.reasons if r.kind is K.CERTAINTY], rel.reasons


CAUGHT = [
    # the same "would" on both sides: "claimed" still hedges what "said" reports
    ("The retailer said it would check all of its domestic workers to ensure they were legally employed.",
     "The retailer claimed it would check all of its domestic workers to ensure they were legally employed."),
    # a plan is stated: "perhaps 2000" hedges a year the other side plans to restate
    ("The company has said it plans to restate its earnings for 2000 through 2002.",
     "The company announced that it would have to restate earnings for 2002, 2001 and perhaps 2000."),
    # "allegedly" verb coordination after "and" is no noun phrase
    ("One man is dead after an ex-employee opened fire at his company's Christmas party in Vancouver on Friday "
     "night.",
     "A former employee walked into a staff Christmas party in east Vancouver on Friday and allegedly shot and "
     "killed a man."),
    # an adverb cue in a noun phrase, with the word it governs said plainly on the other side
    ("Raj Chohan, 59, was killed by a drunk hit-and-run driver on her way to a service on Friday.",
     "A 59-year-old grandmother on her way to a service last Friday was killed by an allegedly drunk driver who "
     "fled the scene."),
    # "alleged that" reports a statement: "said" is the other side's plain report of it
    ("The FTC also said AOL and CompuServe failed to deliver timely rebates to consumers.",
     "The FTC alleged that AOL and CompuServe failed to deliver timely rebates to consumers."),
]


@pytest.mark.parametrize(("a", "b"), CAUGHT, ids=range(len(CAUGHT)))
def test_certainty_conflict_is_caught(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        rel = relate(x, y)
        assert [r for r in rel.reasons if r.kind is K.CERTAINTY], rel.reasons


@pytest.mark.parametrize(("text", "cue"), [
    ("Palm expects to move its staff.", "expected to"),
    ("Economists had been anticipating the fifth month of job losses.", "expected to"),
    ("The climber has been presumed dead.", "believed to"),
    ("He hopes to bring the bill to the floor.", "hope to"),
    ("Officials estimated the cost at $2 billion.", "estimate"),
    ("It was a possible dispute over smuggling.", "possible"),
])
def test_new_cues_are_read(text: str, cue: str) -> None:
    assert cue in {h.cue for h in extract(text)}


@pytest.mark.parametrize("text", [
    "Sales rose more than expected.",
    "As expected, sales fell.",
    "Ms Stewart was not expected to attend.",
])
def test_expected_as_a_result_or_negated_is_not_a_cue(text: str) -> None:
    assert not [h for h in extract(text) if h.text.lower().startswith("expect")]


def test_a_modal_of_what_follows_a_condition_both_sides_state_is_no_doubt() -> None:
    """"if convicted, could face at least 17 years" and "faces at least 17 years if convicted" tell
    one conditional; without the other side's condition the "could" is a doubt."""
    a = "Prosecutors said Paracha, if convicted, could face at least 17 years in prison."
    conditional = relate(a, "Paracha faces at least 17 years in prison if convicted.")
    plain = relate(a, "Prosecutors said Paracha faces at least 17 years in prison.")
    assert K.CERTAINTY not in {r.kind for r in conditional.reasons}
    assert K.CERTAINTY in {r.kind for r in plain.reasons}


def test_claimed_after_its_subject_is_a_verb_and_the_reason_points_at_the_doubted_act() -> None:
    """"Ken Livingstone, the London Mayor, claimed police ... had foiled" reports a claim (its
    clause is doubted, not "police"), and the plain side's span is the act, "foiled"; "the alleged
    mafia boss" still doubts the boss only."""
    a = ("The arrests came two days after Ken Livingstone, the London Mayor, claimed police and security services "
         "had foiled four terrorist attacks on the capital.")
    b = ("London Mayor Ken Livingstone announced over the weekend that police and security services had foiled four "
         "terrorist attacks on the capital.")
    found = [r for r in relate(a, b).reasons if r.kind is K.CERTAINTY]
    assert [(r.a, r.b) for r in found] == [("claimed", "foiled")], found
    boss = relate("Police said Lo Presti, alleged boss of a Sicilian Mafia clan, hanged himself in his cell.",
                  "Police said Lo Presti, boss of a Sicilian Mafia clan, hanged himself in his cell.")
    assert [(r.a, r.b) for r in boss.reasons if r.kind is K.CERTAINTY] == [("alleged", "boss")], boss
