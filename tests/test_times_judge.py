"""Time conflicts judged through `relate`: two times of one occasion conflict, two times of two
events of one story do not (`compare.detectors.times.same_occasion`)."""

from __future__ import annotations

import pytest

from compare.detectors.events import event_of, told_before_governor
from compare.model import DivergenceKind as K
from compare.model import Verdict
from compare.pipeline import relate

TWO_EVENTS = [
    # "Sunday's game" names its occasion; the arrest is told apart from it
    ("An arrest for suspicion of driving under the influence will not affect the playing status of San Diego "
     "Chargers wide receiver Vincent Jackson for Sunday's divisional playoff game at Pittsburgh.",
     "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday morning, "
     "five days before a key NFL playoff game."),
    # a time naming its occasion ("for Sunday's game") does not date the arrest told before its verb
    ("An arrest for suspicion of driving under the influence will not affect the playing status of San Diego "
     "Chargers wide receiver Vincent Jackson for Sunday's divisional playoff game at Pittsburgh.",
     "San Diego Chargers wide receiver Vincent Jackson was arrested Tuesday on suspicion of drunk driving."),
    # the side dates the arrest with another time ("early yesterday"): Sunday is not the arrest's day
    ("Despite his arrest on suspicion of driving under the influence early yesterday, Chargers receiver Vincent "
     "Jackson will play in Sunday's AFC divisional playoff game at Pittsburgh.",
     "San Diego Chargers wide receiver Vincent Jackson was arrested Tuesday on suspicion of drunk driving."),
]


@pytest.mark.parametrize(("a", "b"), TWO_EVENTS, ids=range(len(TWO_EVENTS)))
def test_times_of_two_events_of_one_story_stay_quiet(a: str, b: str) -> None:
    """An arrest and a coming game: no time conflict."""
    for x, y in ((a, b), (b, a)):
        rel = relate(x, y)
        assert not [r for r in rel.reasons if r.kind is K.TIME], rel


ONE_OCCASION = [
    # "after he was speeding" tells no second occasion against "pulled over for speeding early Monday"
    ("Chargers defensive lineman Jamal Williams was arrested early Sunday on suspicion of drunken driving after he "
     "was speeding down state Route 94, the California Highway Patrol said.",
     "Williams was pulled over for speeding early Monday on a freeway outside the city's downtown area, the "
     "California Highway Patrol said."),
    # "in Friday's game" dates the breaking of the record too
    ("Hansbrough scored 20 points Thursday night, breaking North Carolina's career scoring record, and the Tar Heels "
     "beat visiting Evansville, 91-73.",
     "Forward Tyler Hansbrough broke North Carolina's all-time scoring record in Friday's game against Evansville."),
    # the verb governing a named occasion is done at it: "hosting the 2007 ceremony"
    ("It will be her second stint in the job, after hosting the 2007 ceremony and earning an Emmy nomination for it.",
     "DeGeneres hosted the 79th Academy Awards in 2008, for which she received a Primetime Emmy nomination."),
    ("Ellen DeGeneres to host 2014 Oscars", "Ellen DeGeneres to host Oscars in 2015"),
    # a participle inside the named noun phrase: "a 1999 aggravated sexual assault conviction"
    ("He was serving a life sentence after being convicted in June 1998 of aggravated sexual assault out of Brazos "
     "County, located northwest of Houston.",
     "Comeaux was serving a sentence of life in prison for a 1999 aggravated sexual assault conviction in Brazos "
     "County, northwest of Houston."),
    # an "after" clause is not taken for another occasion
    ("Maurice Cheeks became the fifth NBA head coach to be fired this season, after the Philadelphia 76ers notified "
     "the former point guard of his dismissal Saturday morning.",
     "On Sunday, Cheeks was fired as head coach of the Philadelphia 76ers."),
    # "an accounting firm" names no event: the attack is told after the governing verb
    ("A man suspected of shooting three people at an accounting firm was arrested after a high-speed chase a few "
     "hours after the Monday morning attack, authorities said.",
     "A man who was fired last week from his job at an accounting firm in suburban Detroit walked into his former "
     "office with a shotgun on Tuesday and shot three people, before fleeing, the authorities said."),
    # a time after a preposition of time
    ("The driver was arrested shortly after 3 a.m. Tuesday on suspicion of drunken driving.",
     "The driver was arrested shortly after 3 a.m. Wednesday on suspicion of drunken driving."),
]


@pytest.mark.parametrize(("a", "b"), ONE_OCCASION, ids=range(len(ONE_OCCASION)))
def test_one_occasion_on_two_days_still_diverges(a: str, b: str) -> None:
    """Two days for one arrest, one game, one ceremony or one firing are a typed time DIVERGE."""
    rel = relate(a, b)
    assert rel.verdict is Verdict.DIVERGE, rel
    assert any(r.kind is K.TIME for r in rel.reasons), rel


def test_a_named_occasion_does_not_date_what_is_told_before_its_verb() -> None:
    """"An arrest ... will not affect ... for Sunday's game": the arrest; "after hosting the": nothing."""
    assert "arrest" in told_before_governor("An arrest for suspicion of drunk driving will not affect the playing "
                                            "status of Jackson for ")
    assert not told_before_governor("It will be her second stint in the job, after hosting the ")


def test_to_before_a_determiner_is_no_infinitive() -> None:
    """"to the family Saturday evening" dates no verb "the"."""
    event = event_of("A woman was killed while visiting a neighbor to welcome his daughter-in-law to the family ",
                     "Saturday evening", ".")
    assert event is not None and "the" not in event.stems and "welcome" in event.stems, event
