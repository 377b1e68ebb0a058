"""The negation detector on real sentence pairs: shared or side-stepped negations are no conflict,
and a word one side denies and the other states still is.

The pairs come from the train and dev splits the perturbation diagnosis reads (MSRP train
paraphrases, ECB+ train/dev aligned sentences, SICK train), never from a test split.
"""

from __future__ import annotations

import pytest

import compare
from compare.model import DivergenceKind as K


def negation_reasons(a: str, b: str) -> list[tuple[str, str]]:
    """The negation reasons the judge gives for the pair, as (a wording, b wording)."""
    return [(r.a, r.b) for r in compare.relate(a, b).reasons if r.kind is K.NEGATION]


NO_CONFLICT = [
    pytest.param(
        "Handspring shareholders will get 0.09 shares of the parent company, Palm, Inc., for each share of "
        "Handspring common stock they currently own.",
        "Handspring's shareholders will receive 0.09 Palm shares (and no shares of PalmSource) for each share of "
        "Handspring common stock they own.",
        id="the-denied-thing-is-told-apart-by-what-the-other-side-does-not-say"),
    pytest.param(
        "Ursel Reisen confirmed it operated the coach, but gave no details other than to say the passengers were "
        "of mixed ages.",
        "Ursel Reisen confirmed it had been operating the coach, but declined to give details of the passengers "
        "other than to say they were of mixed ages.",
        id="no-details-and-declined-to-give-details"),
    pytest.param(
        "All three were studied for fingerprints, DNA and other traces of evidence, but prosecutors have not yet "
        "testified to what, if anything, they yielded.",
        "All three were studied for fingerprints, DNA and other traces of evidence, but there has been no "
        "testimony yet about what the tests might have yielded.",
        id="no-denies-its-noun-phrase-not-the-question-after-it"),
    pytest.param(
        "She said in 2003, not one U.S. state had an obesity rate below 15 percent.",
        "She said in 2003, not one American state had an obesity level less than 15 percent of the population.",
        id="an-abbreviation-does-not-end-the-negated-clause"),
    pytest.param(
        "Senate Majority Leader Bill Frist, a Tennessee Republican, said he intended to work to get the loan "
        "provision removed from the final bill.",
        "Senate Majority Leader Bill Frist, a Tennessee Republican, said he intended to work to see that the loan "
        "provision was not in the final bill.",
        id="removed-from-is-not-in"),
    pytest.param(
        'Gibson said last month in a press statement that "neither I nor my film are anti-Semitic.',
        "Gibson said in a June statement that he and his film are not anti-Semitic.",
        id="neither-nor-is-one-negation"),
    pytest.param(
        "But when no justice announced a retirement when the court's term ended in June, it was seen as making "
        "those efforts moot.",
        "But when neither Justice O'Connor nor any other justice announced a retirement when the court's term "
        "ended in June, it was widely seen as making those campaigns moot.",
        id="no-justice-and-neither-nor-any-other-justice"),
    pytest.param(
        "Three no votes would kill it for now.",
        "It would take three votes to kill the ACC's expansion.",
        id="a-no-vote-is-a-kind-of-vote"),
    pytest.param(
        '"Ms. Stewart is being prosecuted not because of who she is, but because of what she did," Comey said.',
        '"Martha Stewart is not being prosecuted for who she is but for what she did."',
        id="not-for-this-but-for-that-corrects-the-reason"),
    pytest.param(
        "Payton said the Saints, who were eliminated from playoff contention over the weekend, would not have "
        "placed Bush on injured reserve if they were still fighting to reach the postseason.",
        "The Saints placed running back Reggie Bush on injured reserve ending his season.",
        id="a-counterfactual-would-not-have"),
    pytest.param(
        "Lead actors Jennifer Lawrence, Josh Hutcherson, and Liam Hemsworth are already signed for Catching Fire, "
        "but Ross doesn’t have a deal in place.",
        "According to the newspaper's sources, Ross was in negotiations to direct the sequel, but was not able to "
        "come to an agreement over scheduling and compensation.",
        id="according-to-is-no-accord"),
    pytest.param(
        "Felt suffered from congestive heart failure but the exact cause of his death at home on Thursday was not "
        "immediately known, said the Press Democrat newspaper in Santa Rosa, California.",
        "Mark Felt, who was known as Watergate scandal informant 'Deep Throat,' died on Friday.",
        id="known-as-names-and-knows-nothing"),
    pytest.param(
        "Waitrose Wellington fire: Man denies arson",
        "A man has been charged with arson after a fire at the Waitrose supermarket in Wellington, Somerset.",
        id="a-denial-answers-a-charge"),
    pytest.param(
        "A man has denied arson following a fire at a Somerset supermarket early on Sunday.",
        "Police say it may have been arson.",
        id="a-denial-and-a-possibility"),
    pytest.param(
        "Microsoft has released an emergency security update to fix the vulnerability in Internet Explorer that "
        "has seen the computers of at least two million users hacked.",
        "Microsoft issued an out-of-band emergency patch Wednesday for a zero-day Internet Explorer vulnerability "
        "that has opened the door for hackers to install malware on susceptible computers without any user "
        "intervention.",
        id="without-denies-the-head-of-its-noun-phrase"),
    pytest.param(
        "A judge on Saturday sentenced the man who killed four people during a brazen courthouse escape to "
        "multiple life sentences with no chance of parole.",
        "A Georgia judge handed Brian Nichols today four consecutive life sentences without the possibility for "
        "parole sentence today.",
        id="no-chance-of-parole-and-without-the-possibility-of-parole"),
    pytest.param(
        "Despite reports last week that said Gary Ross would definitely not be returning to direct The Hunger "
        "Games sequel, Catching Fire, it seems he will be back at the negotiating table with Lionsgate this week.",
        'According to THR, Ross will resume negotiating with Lionsgate about returning for the "Games" sequel '
        '"Catching Fire" at some point on Monday.',
        id="a-report-the-sentence-sets-aside"),
    pytest.param(
        "Celebrity website TMZ reported Lohan was shopping at an electronics store while her attorney was in court "
        "and that she never entered Morningside.",
        "After skipping out on entering a Newport Beach rehabilitation facility and facing the prospect of arrest "
        "for violating her probation, Lindsay Lohan has checked into the Betty Ford Center.",
        id="skipping-out-on-is-not-doing"),
    pytest.param(
        "Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.",
        "While MacFarlane's performance generated high ratings for the broadcast, he said he would not host the "
        "Oscars again because of the negative response.",
        id="not-again-is-the-speakers-own-vow"),
    pytest.param(
        "All Seacom traffic to Europe was affected by the break which happened on 8 October 2011 on one of their "
        "Mediterranean backhaul service providers' cables.",
        "This includes commercial Internet service providers, according to Seacom's tweet, which said that all "
        "such ISPs using Seacom capacity are no longer affected by the outage.",
        id="no-longer-denies-the-present-only"),
    pytest.param(
        "CHARGED WITH MURDER: What most of the liberal media won't tell you about the \"very spiritual' female "
        "Kraft employee who shot three co-workers",
        "Yvonne Hiller, who has been arrested and charged with the Kraft shooting of her co-workers at Kraft Foods "
        "yesterday evening has been revealed to be a Muslim who was very spiritual.",
        id="a-refusal-to-tell-about-denies-the-telling"),
]


@pytest.mark.parametrize(("a", "b"), NO_CONFLICT)
def test_shared_or_side_stepped_negation_is_no_conflict(a: str, b: str) -> None:
    """A negation both sides make, or one that denies nothing the other side states, is no conflict."""
    assert negation_reasons(a, b) == []
    assert negation_reasons(b, a) == []


CONFLICT = [
    pytest.param(
        "They said no decisions had been made about how many troops would be moved, where they would come from, "
        "or where they would end up.",
        "They added that decisions have been made about how many troops will be moved, where they will come "
        "from, or where they will end up.",
        id="no-decisions-and-decisions-made"),
    pytest.param(
        "Mark Felt, who was not known as Watergate scandal informant 'Deep Throat,' died on Friday.",
        "Mark Felt, who was known as Watergate scandal informant 'Deep Throat,' died on Friday.",
        id="not-known-as-and-known-as"),
    pytest.param(
        "A man has not been charged with arson after a fire at the Waitrose supermarket in Wellington.",
        "A man has been charged with arson after a fire at the Waitrose supermarket in Wellington.",
        id="not-charged-with-and-charged-with"),
    pytest.param(
        "There is no woman squeezing juice out of a lemon",
        "A woman is squeezing a lemon",
        id="no-woman-squeezing-and-a-woman-squeezing"),
    pytest.param(
        "MacFarlane said he would not host the Oscars again because of the negative response.",
        "MacFarlane will host the Oscars again next year.",
        id="not-again-and-again-by-the-same-host"),
    pytest.param(
        "Senate leaders said the loan provision was not removed from the final bill.",
        "Senate leaders said the loan provision was removed from the final bill.",
        id="removal-itself-denied"),
    pytest.param(
        "Money from Iraqi oil sales will go into that fund which will be controlled by the United States and "
        "Britain and used to rebuild the country.",
        "Money from Iraqi oil sales will go into that fund which will not be controlled by the United States and "
        "Britain and used to rebuild the country.",
        id="will-not-be-controlled"),
    pytest.param(
        "A witness says the youth did not have a gun in his hand.",
        "Police said the youth was shot after pointing a gun at two officers.",
        id="accounts-that-disagree-on-a-gun"),
]


@pytest.mark.parametrize(("a", "b"), CONFLICT)
def test_denied_and_stated_is_still_a_conflict(a: str, b: str) -> None:
    """A word one side denies and the other plainly states is a negation conflict, either way round."""
    assert negation_reasons(a, b)
    assert negation_reasons(b, a)
