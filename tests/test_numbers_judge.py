"""Number and direction conflicts judged through `relate`, on real sentence pairs (most from the
ECB+ and MSRP train/dev pairs the perturbation diagnosis reads): each rule of
`compare/detectors/numbers.py` and `compare/detectors/directions.py` fires where the two sides
contradict each other, and stays quiet where they can both be right.
"""

from __future__ import annotations

import pytest

from compare.model import DivergenceKind as K
from compare.model import Verdict
from compare.pipeline import relate


def kinds(a: str, b: str) -> set[K]:
    return {r.kind for r in relate(a, b).reasons}


def assert_conflict(a: str, b: str, kind: K, a_text: str | None = None, b_text: str | None = None) -> None:
    rel = relate(a, b)
    assert rel.verdict is Verdict.DIVERGE, rel
    found = [r for r in rel.reasons if r.kind is kind]
    assert found, rel.reasons
    if a_text is not None:
        assert any(a_text in r.a for r in found), found
    if b_text is not None:
        assert any(b_text in r.b for r in found), found


# --- ages --------------------------------------------------------------------------------------

VANCOUVER = ("A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his "
             "former employers' office Christmas party in Vancouver, killing one man, police said.")


def test_one_age_each_side_is_one_persons_age() -> None:
    """Each side tells one age, of holders that do not differ (a man / a former employee)."""
    b = ("Vancouver police have arrested a {}-year-old former employee after the shooting at Tallgrass "
         "Distributors Ltd., an organic supplements and health product store near downtown Vancouver.")
    assert_conflict(VANCOUVER, b.format(122), K.NUMBER, "61-year-old", "122-year-old")
    assert K.NUMBER not in kinds(VANCOUVER, b.format(61))


def test_a_nationality_before_the_noun_is_no_name() -> None:
    """"A 36-year-old Australian climber" is a climber, not a person named Australian."""
    a = "A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook."
    b = "On Friday, {}-year-old Duncan Rait died after slipping and falling about 200ft from a ridge."
    assert_conflict(a, b.format(72), K.NUMBER, "36-year-old", "72-year-old")
    assert K.NUMBER not in {r.kind for r in relate(a, b.format(36)).reasons if "year" in r.a}


def test_ages_of_two_named_people_do_not_conflict() -> None:
    a = "On Friday, 36-year-old Duncan Rait died after slipping and falling about 60m from a ridge."
    b = "The day following Rait's death, 31-year-old Robert Buckley slipped on ice and died elsewhere in the park."
    assert K.NUMBER not in kinds(a, b)


def test_ages_of_the_one_killed_and_the_one_charged_do_not_conflict() -> None:
    a = ("A 59-year-old woman was killed in a hit-and-run crash while visiting a former neighbor Friday evening, "
         "police said.")
    b = ("Vishwanand Subryan, 23, was charged with vehicular manslaughter, criminally negligent homicide and "
         "driving while intoxicated, police said.")
    assert K.NUMBER not in kinds(a, b)


def test_an_age_in_apposition_to_a_person_noun() -> None:
    """"The actress, 66," is an age, weighed against "Tara Reid, 33,"."""
    a = ("Word comes from People magazine that Tara Reid, 33, has entered the Promises Treatment Center in "
         "Malibu, California.")
    b = "The actress, {}, reportedly headed to a Malibu treatment facility on Tuesday."
    assert_conflict(a, b.format(66), K.NUMBER, "33", "66")
    assert K.NUMBER not in kinds(a, b.format(33))


def test_a_bare_age_meets_a_hyphened_one_of_the_same_name() -> None:
    a = "Troy, Mich. police said Anthony LaCalamita III, 38, targeted two managers."
    b = ("The man accused of shooting his three former co-workers is Anthony LaCalamita III, a {}-year-old "
         "Troy resident who was fired from Gordon Advisors on Thursday.")
    assert_conflict(a, b.format(76), K.NUMBER, "38", "76-year-old")
    assert K.NUMBER not in kinds(a, b.format(38))


# --- what a figure counts -----------------------------------------------------------------------

def test_a_bare_figure_is_not_backed_up_by_a_vague_count_of_something_else() -> None:
    """"5.6" (a magnitude) is not corroborated by "several aftershocks"."""
    a = ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people "
         "and damaging buildings, Iranian media said.")
    b = ("An earthquake measuring {} on the Richter scale jolted Qeshm island off Iran's southern coast on "
         "Sunday, followed by several aftershocks on Monday.")
    assert_conflict(a, b.format("11.2"), K.NUMBER, "5.6", "11.2")
    assert K.NUMBER not in kinds(a, b.format("5.6"))


def test_periods_in_different_units_of_different_things_stay_quiet() -> None:
    a = ("Lindsay Lohan's lawyer says the actress checked into rehab on Thursday, but the facility has not been "
         "officially sanctioned by the court that ordered her to serve 90 days of treatment.")
    b = ("Heller told a judge during a hearing Friday morning that Lohan had checked in to the Morningside "
         "Recovery rehab facility, but the starlet left it after a few minutes.")
    assert K.NUMBER not in kinds(a, b)
    # the same period doubled is still a conflict
    c = "Lindsay Lohan checks into rehab to begin {}-day stint, lawyer says"
    assert_conflict(a, c.format(180), K.NUMBER, "90 days", "180-day")


# --- parts and totals ---------------------------------------------------------------------------

GREEK = ("Police said two women and one man died at a branch of the Marfin bank which caught fire after "
         "hooded youths broke a window and hurled petrol bombs inside.")


def test_a_total_given_in_parts_agrees_with_the_total() -> None:
    assert K.NUMBER not in kinds(GREEK, "Three die in bank during Greek riots")
    assert K.NUMBER not in kinds("Three killed as rioters bomb Greek bank",
                                 "A petrol bomb hurled at an Athens branch of the Marfin Investment Bank killed "
                                 "two women and a man who were caught in the resulting inferno.")


def test_a_part_still_conflicts_with_its_own_count() -> None:
    b = "Police said at least three people, a man and four women, were killed in the fire-bomb attack."
    assert_conflict(GREEK, b, K.NUMBER, "two women", "four women")


# --- scores, records and votes ------------------------------------------------------------------

COLTS_B = ("A Reggie Wayne seven-yard touchdown reception with just more than four minutes remaining gave the "
           "Colts a 20-13 lead at Kansas City, and the defense made it hold up as the 10th win for "
           "Indianapolis (10-5) clinched a playoff berth.")


def test_a_score_conflicts_with_another_score_not_with_a_record() -> None:
    assert_conflict("Colts beat Chiefs 40-26 to clinch playoff berth", COLTS_B, K.NUMBER, "40-26", "20-13")
    assert K.NUMBER not in kinds("Colts beat Chiefs 20-13 to clinch playoff berth", COLTS_B)
    assert K.NUMBER not in kinds(
        "Colts beat Chiefs 20-13 to clinch playoff berth",
        "By beating the Chiefs, Indianapolis' record rose to 9-5 and they locked up a playoff spot just one "
        "season after posting the worst record in the NFL.")


def test_a_score_after_the_loser_is_a_score() -> None:
    """"beat the host Jaguars, 31-24," is the game's score, not a record in apposition."""
    a = "Quarterback Peyton Manning was nearly perfect as the Colts beat the host Jaguars, 31-24, on Thursday night."
    b = ("The Indianapolis Colts will be making their seventh straight playoff appearance after securing that "
         "spot with a {} win over the Jacksonville Jaguars last night in Jacksonville.")
    assert_conflict(a, b.format("62-48"), K.NUMBER, "31-24", "62-48")
    assert K.NUMBER not in kinds(a, b.format("31-24"))


def test_a_vote_tally_and_the_same_figures_as_a_range() -> None:
    a = ("An amendment to remove the exemption for the state-sanctioned sites failed on a much closer "
         "237-186 vote.")
    assert K.NUMBER not in kinds(a, "An amendment to remove such protections failed by a vote of 186 to 237.")
    assert_conflict(a, "An amendment to remove such protections failed by a vote of 372 to 474.", K.NUMBER)
    assert_conflict("A few hours later, the House voted 256 to 170 to pass the Healthy Forest Restoration Act.",
                    "The House voted 512-340 on Tuesday to approve the Healthy Forest Restoration Act.",
                    K.NUMBER, "256 to 170", "512-340")


# --- times are the time detector's --------------------------------------------------------------

def test_a_year_is_a_time_not_a_number() -> None:
    rel = relate("Klitschko first beat Thompson in 2008, knocking him out in the 11th round.",
                 "Klitschko first beat Thompson in 2009, knocking him out in the 11th round.")
    assert rel.verdict is Verdict.DIVERGE
    assert [r.kind for r in rel.reasons if r.kind is not K.DETAIL] == [K.TIME], rel.reasons


# --- market moves: a change meets a change, a level a level -------------------------------------

DOW_A = "The blue-chip Dow Jones industrial average <.DJI> jumped 118 points, or 1.36 percent, to 8,829."
DOW_B = "In morning trading, the Dow Jones industrial average was up 121.51, or 1.4 percent, at 8,832.69."


def test_a_level_is_weighed_against_the_other_level_not_the_change() -> None:
    """MSRP train: the index level "8,829" was paired with the other side's change "121.51"."""
    rel = relate(DOW_A, DOW_B)
    pairs = [(r.a, r.b) for r in rel.reasons if r.kind is K.NUMBER]
    assert ("8,829", "8,832.69") in pairs, pairs
    assert not any("121.51" in b for _, b in pairs), pairs


def test_a_change_still_conflicts_with_a_change() -> None:
    assert_conflict("July Brent rose 31 cents to $28.39 per barrel on London's International Petroleum Exchange.",
                    "Brent crude for July delivery rose 62 cents to $28.39 a barrel on London's International "
                    "Petroleum Exchange.", K.NUMBER, "31 cents", "62 cents")


def test_two_figures_after_a_movement_verb_are_a_change_and_a_level() -> None:
    """"rose $2.88 to $46.50" is no range from $2.88 to $46.50 (which would hold "$45.90")."""
    rel = relate("Shares of Hartford rose $2.88 to $46.50 in New York Stock Exchange composite trading.",
                 "Shares of Hartford were up $2.28, or 5.2 percent, to $45.90 in midday trading.")
    pairs = {(r.a, r.b) for r in rel.reasons if r.kind is K.NUMBER}
    assert pairs == {("$2.88", "$2.28"), ("$46.50", "$45.90")}, pairs


def test_a_range_after_a_movement_verb_stays_a_range() -> None:
    assert K.NUMBER not in kinds("Prices rose 18 to 25 per cent last year.", "Prices rose 20 per cent last year.")


# --- figures inside names ----------------------------------------------------------------------

def test_a_figure_in_a_name_is_not_a_level() -> None:
    """MSRP train: "500" of "Standard & Poor's 500" was weighed against the index level."""
    rel = relate("The broad Standard & Poor's 500 Index <.SPX> lost 6 points, or 0.71 percent, to 927.",
                 "The broad Standard & Poors 500-stock index was down 4.77 points to 929.62.")
    assert not any(r.a == "500" or r.b == "500" for r in rel.reasons), rel.reasons


def test_a_different_figure_in_the_same_name_conflicts() -> None:
    assert_conflict("The S&P 500 and the Nasdaq indexes recorded their third straight week of gains.",
                    "Both the S&P 1000 and the Nasdaq indexes have scored three straight weeks of gains.",
                    K.NUMBER, "500", "1000")


def test_names_each_side_gives_with_both_figures_do_not_conflict() -> None:
    assert K.NUMBER not in kinds("Voyager 2, also launched in 1977, lags some 1.6 billion miles behind Voyager 1.",
                                 "Voyager 1 was launched on September 5, 1977, 16 days after its companion, "
                                 "Voyager 2.")


# --- compatible figures stay quiet --------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("They are among at least 150,000 Russian troops now deployed outside Ukraine's borders.",
     "They are among 150,000 Russian troops now deployed outside Ukraine's borders."),
    ("On Friday, Duncan Rait died after slipping and falling about 200 feet from a ridge.",
     "On Friday, Duncan Rait died after slipping and falling about 60 metres from a ridge."),
    ("Manning threw for 364 yards and three touchdowns in a 31-24 victory over the Jaguars.",
     "Manning passed for 364 yards and 3 touchdowns as the Colts beat the Jaguars 31-24."),
])
def test_compatible_numbers_stay_quiet(a: str, b: str) -> None:
    assert K.NUMBER not in kinds(a, b)
    assert relate(a, b).verdict is not Verdict.DIVERGE


# --- directions ---------------------------------------------------------------------------------

def test_being_dropped_off_is_no_movement() -> None:
    """"the drop-off location" no longer cancels a fall against a rise."""
    a = "A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook."
    b = "While en route from the drop-off location to the hut he slipped from the ridgeline and {} to his death."
    assert_conflict(a, b.format("rose"), K.DIRECTION, "falling", "rose")
    assert K.DIRECTION not in kinds(a, b.format("fell"))


def test_a_compass_word_the_other_side_also_uses_elsewhere() -> None:
    a = "It is the fifth such election in Iraq, after the northern city of Mosul and three cities in Iraq's south."
    b = "Other elections have taken place in the {} city of Mosul and three cities in Iraq's south."
    assert_conflict(a, b.format("southern"), K.DIRECTION, "northern", "southern")
    assert K.DIRECTION not in kinds(a, b.format("northern"))


def test_two_regions_each_with_its_own_direction() -> None:
    a = ("Tornadoes, up to a foot of rain and hail as big as cantaloupes pounded southern Nebraska and "
         "northern Kansas, killing one man and destroying at least four homes.")
    b = ("Up to a foot of rain and at least seven tornadoes pounded {} Nebraska and northern Kansas, killing "
         "a man and destroying at least four homes.")
    assert_conflict(a, b.format("northern"), K.DIRECTION, "southern", "northern")
    assert K.DIRECTION not in kinds(a, b.format("southern"))


def test_a_guarded_movement_word_tied_to_the_other_sides_movement() -> None:
    a = ("The Legislature returns today for a special session and they're expected to pass a compromise bill "
         "aimed at lowering doctors' medical malpractice insurance rates.")
    b = ("Florida legislators return today for a special session in which they're expected to pass a "
         "compromise bill aimed at {} doctors' medical malpractice insurance rates.")
    assert_conflict(a, b.format("raising"), K.DIRECTION, "lowering", "raising")
    assert K.DIRECTION not in kinds(a, b.format("lowering"))


@pytest.mark.parametrize(("a", "b"), [
    # "declined to comment" refuses; it does not fall
    ("Finance Minister Masajuro Shiokawa said the yen has strengthened too much but declined to comment on "
     "whether Japan had intervened.",
     "Japan's Finance Minister Masajuro Shiokawa said the yen had strengthened too much but declined to "
     "comment on whether Japan had intervened in the market to stem the yen's rise."),
    # a fall while climbing is not a rise against a fall
    ("A British climber has fallen to his death in New Zealand.",
     "A British man has been killed after falling around 2,000ft while climbing in New Zealand."),
    # a movement that did not happen
    ("Sales - a figure watched closely as a barometer of its health - rose 5 percent instead of falling as "
     "many industry experts had predicted.",
     "It also disclosed that sales -- a figure closely watched by analysts as a barometer of its health -- "
     "were significantly higher than industry experts expected."),
    # the same movement, one side with a plain word and the other with a guarded one
    ("Treasury prices rose slightly, sending the 10-year note yield down to 4.38 percent.",
     "Treasury prices gained slightly, pushing the 10-year note yield down to 4.38 percent."),
])
def test_no_opposite_movement(a: str, b: str) -> None:
    assert K.DIRECTION not in kinds(a, b)


def test_an_open_bound_does_not_back_up_a_figure_of_something_else() -> None:
    """"More than 140 points" overlaps "the 9,000 mark" but says nothing about it."""
    a = "The Dow Jones industrials climbed more than 140 points to above the {} mark, the first time since December."
    b = "The Dow Jones industrials briefly surpassed the 9,000 mark for the first time since December."
    assert_conflict(a.format("18,000"), b, K.NUMBER, "18,000", "9,000")
    assert K.NUMBER not in kinds(a.format("9,000"), b)


def test_a_refusal_counts_only_against_the_same_words() -> None:
    """"Declined to comment" meets "rose to comment" (the same words), but is no fall against an
    unrelated rise."""
    assert_conflict("He has declined to comment on the charges, but court documents indicate a lingering medical "
                    "problem could be part of his defense.",
                    "He has rose to comment on the charges, but court documents show that a lingering medical "
                    "condition could contribute to his defense.", K.DIRECTION, "declined", "rose")
    assert K.DIRECTION not in kinds("The spokesman declined to comment on the report.",
                                    "Shares of the company rose sharply on Tuesday after the report.")


def test_an_unnamed_age_may_be_of_another_person_the_named_side_mentions() -> None:
    """Side a names Buckley besides 36-year-old Duncan Rait: "a 32-year-old British climber" may be Buckley."""
    a = ("The day before Buckley's death another climber, 36-year-old Duncan Rait, died after slipping and "
         "falling about 200 feet from a ridge in the same national park.")
    b = 'A 32-year-old British climber, described as "lacking experience", dies after falling from a mountain.'
    assert K.NUMBER not in kinds(a, b)


def test_a_season_record_is_not_a_game_score() -> None:
    """"a 9-5 season" and "(10-5, 4-4 away)" are win-loss records, never weighed against the game's
    "20-13"; two scores of one game still are."""
    assert K.NUMBER not in kinds("COLTS TOP CHIEFS, 20-13, REACH PLAYOFFS",
                                 "The Colts top the Chiefs and reach the playoffs with a 9-5 season.")
    assert K.NUMBER not in kinds("Colts clinch playoff berth with 20-13 win in K.C.",
                                 "The Colts (10-5, 4-4 away) clinched a playoff berth with Sunday's win in K.C.")
    assert_conflict("The Colts beat the Chiefs 20-13 on Sunday.", "The Colts beat the Chiefs 27-13 on Sunday.",
                    K.NUMBER, "20-13", "27-13")


def test_the_hardest_hit_are_part_of_what_was_hit() -> None:
    """"The four hardest-hit villages" are some of the "five villages" hit; two counts of the
    hardest-hit villages conflict."""
    a = "The governor said {} villages had been badly hit by the quake on Qeshm island."
    b = "The governor said the four hardest-hit villages on Qeshm island were Tonban, Gavarzin, Khaledin and Gourian."
    assert K.NUMBER not in kinds(a.format("five"), b)
    assert_conflict(a.format("the six hardest-hit"), b, K.NUMBER, "six", "four")


def test_a_round_figure_stands_for_one_that_rounds_to_it() -> None:
    """"$42,400" is "$42,409" rounded (within 1%); "12,400 acres" is not "11,400", nor "Twenty" "24"."""
    a = "Median household income declined 1.1 percent between 2001 and 2002 to {}."
    b = "The median household income fell 1.1 percent over the same period to $42,409."
    assert K.NUMBER not in kinds(a.format("$42,400"), b)
    assert_conflict(a.format("$41,400"), b, K.NUMBER, "$41,400", "$42,409")
    fire = "The fire has charred {} acres on Mount Lemmon."
    assert_conflict(fire.format("12,400"), fire.format("11,400"), K.NUMBER)
    attack = "{} people were killed in the attack on Monday."
    assert_conflict(attack.format("Twenty"), attack.format("24"), K.NUMBER)
