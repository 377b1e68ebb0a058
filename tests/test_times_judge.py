"""Time conflicts judged through `relate`: two times of one occasion conflict, two times of two
events of one story do not (`compare.detectors.times.same_occasion`)."""

from __future__ import annotations

import pytest

from compare.detectors.events import clause_tense, event_of, tense_after, told_apart, told_before_governor
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
    # "of driving ... early Tuesday morning" dates the arrest, which the game is told apart from
    ("An arrest for suspicion of driving under the influence will not affect the playing status of San Diego "
     "Chargers wide receiver Vincent Jackson for Sunday's divisional playoff game at Pittsburgh.",
     "San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of driving under the influence "
     "early Tuesday morning."),
]

# ECB+ dev pairs, unedited: what is done against what is still to come, or an act against the
# earlier act a relative clause tells of.
PAST_AND_FUTURE = [
    # a named occasion still to come ("to host 2014 Oscars") against a past hosting
    ("DeGeneres hosted the 79th Academy Awards in 2007, for which she received a Primetime Emmy nomination for "
     "\u201cOutstanding Individual Performance in a Variety or Music Program.\u201d",
     "Ellen DeGeneres to host 2014 Oscars"),
    ("DeGeneres has experience hosting the Academy Awards: She previously served as emcee during the 2007 ceremony.",
     "Ellen DeGeneres to host 2014 Oscars"),
    # a broadcast still to come against the announcement made of it
    ("The Academy Awards will be broadcast live on Oscar Sunday, March 2, 2014, on the ABC Television Network.",
     "Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday."),
    ("The Academy Awards will be broadcast live on Oscar Sunday, March 2, 2014, on the ABC Television Network.",
     "\"It's official: I'm hosting the #Oscars!\" DeGeneres tweeted Friday."),
]
TOLD_IN_A_RELATIVE_CLAUSE = [
    # the killing is told in "who they say hit and killed"; Friday dates the filing of charges
    ("A woman hit and killed by a motorist Wednesday night outside a Sam's Club store in Bloomington might be alive "
     "if the driver had listened to bystanders who frantically pleaded with him to stop.",
     "The Hennepin County Attorney filed criminal charges Friday against the man who they say hit and killed a "
     "woman walking out of a store."),
    # the party is told in "who was gunned down at their office Christmas party"; Saturday dates the coping
    ("A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver "
     "Friday.",
     "Employees at a Vancouver wholesaler were coping Saturday with the death of their boss, who was gunned down at "
     "their office Christmas party."),
]

OVERNIGHT = [
    # ECB+ train: a night and the small hours after it are one check-in, one fire
    ("The actress, 26, checked in late Thursday night, TMZ reports, barely making the deadline and dodging an arrest "
     "warrant.",
     "Early Friday morning, around 1:30 a.m., the 26-year-old actress checked into Betty Ford Center in Rancho "
     "Mirage, Calif."),
    ("Alaska Gov. Sarah Palin, her husband Todd and up to 1,000 fellow parishioners will worship in a local school "
     "this morning after a suspicious fire virtually destroyed the Wasilla Bible Church early Saturday.",
     "The church Alaska Gov. Sarah Palin attends was badly damaged by fire Friday night, and investigators suspect "
     "arson."),
]
# ECB+ dev pairs, unedited: an occasion named as done or still to come by its clause, a headline
# or a choice of who is to do it.
OCCASION_TENSES = [
    # "previously hosted the 79th Oscars in 2007" against a verbless headline's "For 2014 Academy Awards"
    ("DeGeneres previously hosted the 79th Oscars in 2007, and snagged an Emmy nod for her work.",
     "Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards"),
    # a gerund after "after" tells an act done before: "after hosting the 2007 ceremony"
    ("It will be her second stint in the job, after hosting the 2007 ceremony and earning an Emmy nomination for it.",
     "Ellen DeGeneres to host 2014 Oscars"),
    # "picked to host" is still to come; "the 2013 Academy Awards was divisive" is done
    ("The daytime talk show host follows Seth MacFarlane, whose hosting of the 2013 Academy Awards was divisive.",
     "Comedian Ellen DeGeneres picked to host 2014 Oscars"),
    ("The daytime talk show host follows Seth MacFarlane, whose hosting of the 2013 Academy Awards was divisive.",
     "Ellen DeGeneres to host Oscars in 2014"),
    ("When she first hosted in 2007 it was noted that DeGeneres also became the first openly gay or lesbian host.",
     "Comedian Ellen DeGeneres picked to host 2014 Oscars"),
]

# ECB+ dev pairs, unedited: a step of a case at law and the harm it is for have their own days.
CASE_AND_HARM = [
    ("A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former "
     "employers' office Christmas party in Vancouver, killing one man, police said.",
     "A former employee walked into a staff Christmas party at an east Vancouver health products business Friday "
     "and shot and killed a man, according to police."),
    ("One victim died in the Monday morning attack.",
     "A fired accountant accused of wounding two former bosses in a shotgun attack and killing a receptionist who "
     "tried to stop him was arraigned Wednesday on murder and other charges."),
    # the side telling the charge dates the shooting with its time ("after a shooting ... Friday")
    ("A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver "
     "Friday.",
     "A 61-year-old Vancouver man-Eric Allen Kirkpatrick-was charged Saturday with one count of first-degree murder "
     "in connection with the shooting, Vancouver police said."),
]
QUIET = PAST_AND_FUTURE + TOLD_IN_A_RELATIVE_CLAUSE + OVERNIGHT + OCCASION_TENSES + CASE_AND_HARM


@pytest.mark.parametrize(("a", "b"), QUIET, ids=range(len(QUIET)))
def test_times_of_earlier_and_later_occasions_stay_quiet(a: str, b: str) -> None:
    """A past hosting and a coming one, charges filed and the killing they are for, a charge or an arraignment and
    the harm it is about, or a night and the small hours after it: no time conflict."""
    for x, y in ((a, b), (b, a)):
        rel = relate(x, y)
        assert not [r for r in rel.reasons if r.kind is K.TIME], rel


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
    # both past, or both still to come: one hosting, two years
    ("DeGeneres hosted the 79th Academy Awards in 2007, for which she received a Primetime Emmy nomination.",
     "DeGeneres previously hosted the 79th Oscars in 2008, and snagged an Emmy nod for her work."),
    ("Ellen DeGeneres to host 2014 Oscars", "Ellen DeGeneres will host Oscars in 2015"),
    # a plan on one side and the act on the other, told with two verbs, are one occasion
    ("Earlier this year, the company announced a restatement of its 2002 financial results.",
     "Earlier this year, the company said it would restate its 2001 financial results."),
    # "is to blame" tells no future
    ("Authorities are now saying they suspect arson is to blame for Friday night's fire at Wasilla Bible Church, "
     "where Gov. Sarah Palin and her family attend.",
     "The church Alaska Gov. Sarah Palin attends was badly damaged by fire Saturday night, and investigators "
     "suspect arson."),
    # the same relative clause on both sides tells nothing apart
    ("The Hennepin County Attorney filed criminal charges Friday against the man who they say hit and killed a "
     "woman walking out of a store.",
     "The Hennepin County Attorney filed criminal charges Thursday against the man who they say hit and killed a "
     "woman."),
    # a present perfect relative clause tells what has just happened: the placing itself
    ("Pierre Thomas was officially placed on IR Wednesday with an ankle injury meaning that the team will be without "
     "both of their leading backs for the duration of the playoffs.",
     "The injury woes continued Thursday for the defending Super Bowl champion New Orleans Saints, who have placed "
     "veteran running back Pierre Thomas on season-ending injured reserve."),
    # "in which" describes the occasion the time dates
    ("He may have been driven to suicide because wiretapped conversations between him and other Mafia bosses helped "
     "lead to the police sweep on Tuesday in which 89 people were arrested following a nine-month probe, the Ansa "
     "news agency reported.",
     "A key suspected Mafia boss arrested Wednesday in a Sicilian police raid has been found dead, hanging in his "
     "Pagliarelli prison cell in Palermo."),
    # a time inside a relative clause ("a car that fled the scene ... Friday") may date the whole occasion
    ("A woman has died after being hit by a car that fled the scene in Queens Friday, and now, the driver is facing "
     "manslaughter charges.",
     "A 59-year-old grandmother on her way to a religious service in Richmond Hill last Saturday was hit and killed "
     "by an allegedly drunk driver who fled the scene of the accident."),
    # "for speeding" on both sides ties two stops for one speeding
    ("Williams, a three-time Pro Bowl nose tackle, was stopped for speeding westbound on state route 94 at "
     "approximately 1:30 a.m Sunday.",
     "Williams was pulled over for speeding early Monday on a freeway outside downtown San Diego, the California "
     "Highway Patrol said."),
    # a night and a morning two days on are no overnight
    ("The actress, 26, checked in late Wednesday night, TMZ reports, barely making the deadline and dodging an "
     "arrest warrant.",
     "Early Friday morning, around 1:30 a.m., the 26-year-old actress checked into Betty Ford Center in Rancho "
     "Mirage, Calif."),
    # a time after a preposition of time
    ("The driver was arrested shortly after 3 a.m. Tuesday on suspicion of drunken driving.",
     "The driver was arrested shortly after 3 a.m. Wednesday on suspicion of drunken driving."),
    # one step at law on two days, or one harm on two days
    ("A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former "
     "employers' office Christmas party in Vancouver, killing one man, police said.",
     "A 61-year-old man was charged with first-degree murder Friday after allegedly opening fire at his former "
     "employers' office Christmas party in Vancouver, killing one man, police said."),
    ("A former employee walked into a staff Christmas party Friday and shot and killed a man, according to police.",
     "A former employee walked into a staff Christmas party Thursday and shot and killed a man, police said."),
    # a step at law about the harm, told with it ("convicted of murdering ... in June 2005"), dates the harm
    ("A Norwalk jury on Tuesday ordered execution for a gang member convicted of murdering a Los Angeles County "
     "Sheriff's deputy in June 2005.",
     "Judge Philip Hickok weighed all the aggravating factors in the ambush slaying of Los Angeles County Sheriff's "
     "Deputy Jerry Ortiz in July 2005."),
    # one still-to-come occasion named with two years, in a headline or a choice of who is to host
    ("Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards",
     "Ellen DeGeneres Set As Oscars Host For 2015 Academy Awards"),
    ("Comedian Ellen DeGeneres picked to host 2014 Oscars", "Comedian Ellen DeGeneres picked to host 2015 Oscars"),
    ("Ellen DeGeneres will host the 2014 Oscars.", "Ellen DeGeneres will host the 2015 Oscars."),
    ("Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards", "Ellen DeGeneres to host 2015 Oscars"),
    # one past occasion named with two years
    ("The daytime talk show host follows Seth MacFarlane, whose hosting of the 2013 Academy Awards was divisive.",
     "The daytime talk show host follows Seth MacFarlane, whose hosting of the 2012 Academy Awards was divisive."),
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


def test_a_clause_tells_its_tense_to_an_occasion_without_a_verb() -> None:
    """"will be broadcast live on Oscar" is a future, "previously served as emcee during the" a past, "has 2,129
    points heading into" and "is to blame for" no tense."""
    assert clause_tense("The Academy Awards will be broadcast live on Oscar ") == "future"
    assert clause_tense("Ellen DeGeneres to host ") == "future"
    assert clause_tense("She previously served as emcee during the ") == "past"
    assert clause_tense("McDermott now has 2,129 points heading into ") is None
    assert clause_tense("Authorities suspect arson is to blame for ") is None
    assert clause_tense("It will be her second stint in the job, after hosting the ") == "past"
    assert clause_tense("Ellen DeGeneres Set As Oscars Host For ") == "future"
    assert clause_tense("Comedian Ellen DeGeneres picked to host ") == "future"
    assert clause_tense("She hosted the show for ") == "past"  # not a headline: its own verb tells


def test_an_occasion_named_takes_the_tense_its_clause_gives_after_it() -> None:
    """"the 2013 Academy Awards was divisive" is a past, "the 2014 Oscars will be" a future, "the 2007 ceremony and
    earning" no tense."""
    assert tense_after(" Academy Awards was divisive.") == "past"
    assert tense_after(" Oscars will be hosted by DeGeneres.") == "future"
    assert tense_after(" ceremony and earning an Emmy nomination.") is None


def test_events_told_apart_are_those_of_relative_clauses() -> None:
    """"against the man who they say hit and killed a woman" tells the killing apart; "when she was hit" and "in
    which 89 people were arrested" do not."""
    assert {"hit", "kill"} <= told_apart("The Hennepin County Attorney filed criminal charges ",
                                         " against the man who they say hit and killed a woman.")
    assert not told_apart("Raj Chohan had just parked her car around 7 p.m. ", " when she was hit by a car.")
    assert not told_apart("Mafia bosses helped lead to the police sweep ", " in which 89 people were arrested.")


def test_two_times_each_given_by_the_other_side_are_no_conflict() -> None:
    """Both sides date the semifinal Saturday and the Evansville game Friday: however the words pair
    the times, each has its partner. Moving one side's Friday to Thursday still conflicts."""
    a = ("But a 15-2 run late in the game sealed the deal for the Jays, who will meet Indiana State in the semifinals "
         "Saturday afternoon after the Sycamores outlasted Evansville 51-50 {}.")
    b = "In Saturday's semifinals, Creighton (25-7) will play No. 5 seed Indiana State, which defeated Evansville 51-50 on Friday."
    assert K.TIME not in {r.kind for r in relate(a.format("Friday"), b).reasons}
    rel = relate(a.format("Thursday"), b)
    assert rel.verdict is Verdict.DIVERGE and any(r.kind is K.TIME and r.a == "Thursday" for r in rel.reasons), rel
