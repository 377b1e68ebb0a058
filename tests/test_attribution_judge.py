"""The attribution detector on real sentence pairs: two people saying two things, a body and its
spokesperson, a name and its initials, a description of a named speaker are no conflict; the
same words given to two different people still are.

The pairs come from the train and dev splits the perturbation diagnosis reads (MSRP train
paraphrases, ECB+ dev aligned sentences), or are written here; never from a test split.
"""

from __future__ import annotations

import pytest

import compare
from compare.model import DivergenceKind as K


def attribution_reasons(a: str, b: str) -> list[tuple[str, str]]:
    """The attribution reasons the judge gives for the pair, as (a wording, b wording)."""
    return [(r.a, r.b) for r in compare.relate(a, b).reasons if r.kind is K.ATTRIBUTION]


NO_CONFLICT = [
    pytest.param(
        "“It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment celebration "
        "of the year,” said Paul Lee, president, ABC Entertainment Group.",
        '"We are thrilled to have Ellen DeGeneres host the Oscars," producers Craig Zadan and Neil Meron said '
        "in a statement.",
        id="two-quotes-that-share-only-a-name-are-two-statements"),
    pytest.param(
        "The Hollywood Reporter says Ross is set to meet with Lionsgate officials on Monday to resume "
        "negotiations.",
        'According to THR, Ross will resume negotiating with Lionsgate about returning for the "Games" sequel '
        '"Catching Fire" at some point on Monday.',
        id="initials-name-the-same-body"),
    pytest.param(
        'A Surrey Police spokeswoman said tonight: "Surrey Police and Surrey Fire and Rescue are currently at '
        'the scene of a large fir e at a Waitrose Store in High Street, Banstead, which is being treated as '
        'potentially suspicious."',
        'A fire that ripped through a Waitrose store in Surrey is being treated as "potentially suspicious", '
        "police said.",
        id="a-body-speaks-through-its-spokeswoman"),
    pytest.param(
        '"I am unaware of any genuine entries concerning British servicemen in the police records," said a '
        "spokesman for the British High Commission in Nairobi yesterday.",
        '"I am therefore unaware of any genuine entries concerning rapes by British servicemen in police '
        'records," the spokesman said.',
        id="an-unnamed-spokesman-is-nobody-else"),
    pytest.param(
        '"By its actions, the Bush administration threatens to give a bad name to a just war," Lieberman said.',
        '"By its actions, the Bush administration threatens to give a bad name to a just war," the Connecticut '
        "Democrat told a Capitol Hill news conference.",
        id="a-description-of-the-speaker-is-not-another-speaker"),
    pytest.param(
        '"I still want to be the candidate for guys with Confederate flags in their pickup trucks," Dean said '
        "Friday in a telephone interview from New Hampshire.",
        '"I still want to be the candidate for guys with Confederate flags in their pickup trucks," he told The '
        "Des Moines Register.",
        id="whom-a-speaker-told-is-not-the-speaker"),
]


@pytest.mark.parametrize(("a", "b"), NO_CONFLICT)
def test_no_attribution_conflict(a: str, b: str) -> None:
    assert attribution_reasons(a, b) == []


CONFLICT = [
    pytest.param(
        '"We are very pleased that the court dismissed the vast majority of the plaintiff\'s claims," Coke '
        "spokeswoman Sonya Soutus said.",
        '"We are very pleased that the court dismissed the vast majority of the plaintiff\'s claims," said Coke '
        "spokesman Ben Deutsch.",
        "Sonya Soutus", "Ben Deutsch", id="two-named-spokespeople"),
    pytest.param(
        '"The plant will close in March," Smith said.', '"The plant will close in March," said Jones.',
        "Smith", "Jones", id="a-bare-surname-after-a-quote-is-its-speaker"),
    pytest.param(
        "In a Monday statement President Keller said he intended to nominate Dr. Regina Benjamin as Surgeon "
        'General, the United States government\'s "chief health educator."',
        "President Barack Obama nominated Regina Benjamin, 52, as the country's new surgeon general, the "
        '"leading spokesperson on issues of public health," Obama said.',
        "Keller", "Barack Obama", id="different-quotes-but-one-statement-outside-them"),
    pytest.param(
        '"The risk remains the predominant concern," the ECB said.',
        '"The risk remains the predominant concern," the Federal Reserve said.',
        "ECB", "Federal Reserve", id="two-bodies"),
]


@pytest.mark.parametrize(("a", "b", "who_a", "who_b"), CONFLICT)
def test_attribution_conflict(a: str, b: str, who_a: str, who_b: str) -> None:
    reasons = attribution_reasons(a, b)
    assert reasons, "the same words given to two speakers must conflict"
    assert who_a in reasons[0][0]
    assert who_b in reasons[0][1]


def test_a_quote_one_side_negates_is_not_the_same_quote() -> None:
    """MSRP train (a negation edit): the same speaker's quote with "not" added must not make the
    pair AGREE as one attributed quote, even where the judge finds no typed conflict."""
    same = compare.relate('"By its actions, the Bush administration threatens to give a bad name to a just war," '
                          "Lieberman said.",
                          '"By its actions, the Bush administration threatens to give a bad name to a just war," '
                          "Lieberman told reporters.")
    assert same.verdict.value == "agree"
    negated = compare.relate('U.S. District Judge Denny Chin said Fox\'s claim was "wholly without merit, both '
                             'factually and legally."',
                             '"This case is not wholly without merit, both factually and legally," Chin said.')
    assert negated.verdict.value != "agree"
