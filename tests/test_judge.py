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
    b = "Belarus, which borders Ukraine to the north, hosts Russian troops."
    (r,) = [r for r in compare.relate(a, b).reasons if r.kind is K.DIRECTION]
    assert r.a_span is not None and a[r.a_span.start:r.a_span.end] == "to the south"
    assert r.b_span is not None and b[r.b_span.start:r.b_span.end] == "to the north"


SAME_GEOGRAPHY = [
    # Ukraine lies south of Belarus = Belarus lies north of Ukraine (the sample pair's wording)
    ("Belarus, which borders Ukraine to the south, hosts Russian troops.",
     "Russian troops are in Belarus, Ukraine's neighbour to the north."),
    ("Kharkiv, north-east of Kiev, was shelled on Monday.",
     "Kyiv lies south-west of Kharkiv, which was shelled on Monday."),
]
OTHER_GEOGRAPHY = [
    # the same words, the frame turned round: Ukraine north of Belarus vs Belarus north of Ukraine
    ("Belarus, which borders Ukraine to the north, hosts Russian troops.",
     "Russian troops are in Belarus, Ukraine's neighbour to the north.",
     "One source puts Ukraine north of Belarus, the other puts Belarus north of Ukraine."),
    ("Kharkiv, north-east of Kiev, was shelled on Monday.",
     "Kharkiv, south-west of Kyiv, was shelled on Monday.",
     "One source puts Kharkiv north-east of Kyiv, the other puts Kharkiv south-west of Kyiv."),
]


@pytest.mark.parametrize(("a", "b"), SAME_GEOGRAPHY)
def test_one_geography_told_from_either_place_is_no_conflict(a: str, b: str) -> None:
    """Compass words that differ only because each side names the other place first agree."""
    assert K.DIRECTION not in {r.kind for r in compare.relate(a, b).reasons}


@pytest.mark.parametrize(("a", "b", "explanation"), OTHER_GEOGRAPHY)
def test_places_the_other_way_round_conflict_with_who_is_where(a: str, b: str, explanation: str) -> None:
    """Who lies which way of whom is compared, not the compass word: the reason says it in full."""
    (r,) = [r for r in compare.relate(a, b).reasons if r.kind is K.DIRECTION]
    assert r.explanation == explanation


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


# --- issue 4: holes the perturbation suite found, and what must stay quiet --------------------

CAUGHT = [
    # (kind, a, b): one thing changed, the kind the judge must name
    (K.NUMBER, "Three people were killed in the blast in Kabul.", "Six people were killed in the blast in Kabul."),
    (K.TIME, "His body was discovered Tuesday, July 27, 2004, by a maid in Biloxi.",
     "His body was discovered Wednesday by a maid in Biloxi, the coroner said."),
    (K.DIRECTION, "The rioting spread to the northern city of Thessaloniki.",
     "The rioting spread to the southern city of Thessaloniki."),
    (K.DIRECTION, "Revenue jumped 26 percent to $817 million.", "Revenue fell 26 percent to $817 million."),
    (K.NEGATION, "Pierre Thomas was placed on injured reserve by the Saints on Wednesday.",
     "Saints coach Sean Payton said Pierre Thomas was not placed on injured reserve."),
    (K.CERTAINTY, "Russia did invade Ukraine in February.", "Russia could invade Ukraine in February."),
    (K.CERTAINTY, "Williams was pulled over for speeding early Sunday, the Highway Patrol said.",
     "Williams was pulled over for speeding early Sunday, the Highway Patrol claimed."),
    (K.QUOTE, '"By rolling back this regulation, we are ensuring that threatened species continue to receive the full '
              'protection of the law," said Ken Salazar.',
     '"By rolling back this regulation, we are ensuring that threatened species continue to receive the partial '
     'protection of the law," said Ken Salazar.'),
    (K.ATTRIBUTION, "Attorney Mark Heller told the judge that Lohan had checked into a rehab clinic.",
     "Attorney Maria Keller told the judge that Lohan had checked into a rehab clinic."),
]


@pytest.mark.parametrize(("kind", "a", "b"), CAUGHT, ids=[f"{k.value}-{n}" for n, (k, _, _) in enumerate(CAUGHT)])
def test_perturbation_holes_are_caught_with_both_spans(kind: K, a: str, b: str) -> None:
    """Words for numbers, a date against a weekday, direction verbs, did/could, a post-posed 'claimed',
    one word in a long quote and a reported speaker are each a typed DIVERGE with both spans."""
    rel = compare.relate(a, b)
    assert rel.verdict is Verdict.DIVERGE, rel
    (r,) = [r for r in rel.reasons if r.kind is kind][:1]
    assert r.a_span is not None and r.b_span is not None, r
    assert a[r.a_span.start:r.a_span.end] and b[r.b_span.start:r.b_span.end]
    assert r.explanation.endswith(".") and "\n" not in r.explanation


QUIET = [
    # compatible figures
    ("They are among at least 150,000 Russian troops now deployed.",
     "They are among 150,000 Russian troops now deployed."),
    # an age is not a duration
    ("Athens was calm after eight days of riots sparked by the police killing of a teenager.",
     "The riots were sparked by the fatal shooting of a 15-year-old boy by a policeman."),
    # clock times in two time zones
    ("MSN Messenger 6 will be available from 6 p.m. GMT on Wednesday.",
     "MSN Messenger 6 will be available from 11 a.m. PST on Wednesday."),
    # a rough clock time
    ("Shortly after 3:30 someone called 911 and reported a fire at the Palmer building.",
     "A 911 caller reported the fire at the Palmer building at 3:33 a.m."),
    # a verb denied of one thing and asserted of another
    ("A chef is slicing an onion in the kitchen.", "A chef is not slicing meat in the kitchen."),
    # a negation word inside a compound; a passive denial both sides share
    ("Chairman of easyJet to step down", "Chairman of British no-frills airline easyJet to step down"),
    ("Those reports were denied by the interior minister, Prince Nayef.",
     "However, the Saudi interior minister, Prince Nayef, denied the reports."),
    # cue words that are not doubts: a person, a topic, a month
    ("Police have a suspect in custody after a woman was killed in Queens on Friday night.",
     "A woman was killed in Queens on Friday night by a driver who fled."),
    ("Hollande 'threatens legal action' after affair allegations",
     "Francois Hollande threatens legal action over affair claims"),
    ("Housing starts up 6.8% in May", "May Housing Starts Up 6.8%"),
    # one quote written two ways: a numeral for a word, an abbreviation with dots
    ('"By rolling back this eleventh-hour regulation, we are ensuring that threatened species are protected," he said.',
     '"By rolling back this 11th hour regulation we are ensuring that threatened species are protected," he said.'),
    ('"The National has no interest in acquiring AMP while AMP owns its UK business," Cicutto added.',
     '"The National has no interest in acquiring AMP while AMP owns its U.K. business," Frank Cicutto said.'),
    # two quotes of one speaker that share words are two quotes, not one reworded
    ('"It\'s official: I\'m hosting the #Oscars!" DeGeneres tweeted Friday.',
     '"I am so excited to be hosting the Oscars for the second time," DeGeneres said.'),
    # a joint statement: both speakers are named on both sides
    ('"We are thrilled to have Ellen DeGeneres host the Oscars," said Zadan and Meron.',
     'Zadan and Meron added: "We are thrilled to have Ellen DeGeneres host the Oscars."'),
    # first name and short name of one speaker
    ('"This decision is clearly incorrect," FTC Chairman Timothy Muris said.',
     'The decision is "clearly incorrect," FTC Chairman Tim Muris said.'),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_look_alike_differences_are_not_conflicts(a: str, b: str) -> None:
    """Compatible figures, ages, time zones, compounds, non-doubt cue words, respelt quotes and shared
    speakers are not DIVERGE."""
    rel = compare.relate(a, b)
    assert rel.verdict is not Verdict.DIVERGE, rel.reasons


def _dated(day: int, body: str, sid: str) -> compare.Source:
    return compare.load_text(f"Published: {day} Feb 2022\n\n{body}\n", source_id=sid, origin=f"<{sid}>")


HEDGED = "Russia is open to recognising the independence of the two breakaway regions in eastern Ukraine."
STATED = "Russia recognised the independence of the two breakaway regions in eastern Ukraine."


@pytest.mark.parametrize("first", ["earlier", "later"])
def test_later_statement_of_an_earlier_hedge_is_a_development(first: str) -> None:
    """'Is open to recognising' (21 Feb) against 'recognised' (22 Feb) is a development, not a DIVERGE."""
    early, late = _dated(21, HEDGED, "s1"), _dated(22, STATED, "s2")
    a, b = (early, late) if first == "earlier" else (late, early)
    (f,) = [f for f in compare.compare_sources(a, b).findings if f.verdict is not Verdict.UNIQUE]
    assert f.verdict is Verdict.PARTIAL, f
    (r,) = [r for r in f.reasons if r.kind is K.DEVELOPMENT]
    assert r.a_span is not None and r.b_span is not None
    hedge, fact = (r.a, r.b) if first == "earlier" else (r.b, r.a)
    assert (hedge, fact) == ("is open to", "recognised")
    assert "21 Feb 2022" in r.explanation and "22 Feb 2022" in r.explanation


def test_hedge_after_the_fact_or_without_dates_stays_a_conflict() -> None:
    """A later source hedging what an earlier one stated, or undated sources, keep the certainty DIVERGE."""
    for a, b in ((_dated(21, STATED, "s1"), _dated(22, HEDGED, "s2")),
                 (compare.load_text(HEDGED, source_id="s1"), compare.load_text(STATED, source_id="s2"))):
        (f,) = [f for f in compare.compare_sources(a, b).findings if f.verdict is not Verdict.UNIQUE]
        assert f.verdict is Verdict.DIVERGE and f.reasons[0].kind is K.CERTAINTY, f


def test_could_then_did_is_a_development() -> None:
    """'Could invade' on one day and 'invaded' on the next is an update too."""
    a = _dated(21, "Russia could invade Ukraine within days, officials in Kyiv warned.", "s1")
    b = _dated(24, "Russia invaded Ukraine within days, officials in Kyiv warned.", "s2")
    (f,) = [f for f in compare.compare_sources(a, b).findings if f.verdict is not Verdict.UNIQUE]
    assert f.verdict is Verdict.PARTIAL and [r.kind for r in f.reasons] == [K.DEVELOPMENT], f


def test_a_partys_reported_assurance_is_not_the_sources_negation() -> None:
    """Moscow's assurance that it is 'not planning an invasion' (000) does not contradict US
    leaders calling it 'the planned invasion' (ITV): each source reports a different party."""
    a = ("Ben Wallace told MPs on Monday that Russian forces were continuing to move towards the border zone "
         "despite assurances from Moscow that it is not planning an invasion.")
    b = ("Russia on Sunday rescinded earlier pledges to pull tens of thousands of its troops back, a move that US "
         "leaders said put Russia another step closer to what they said was the planned invasion of Ukraine.")
    assert K.NEGATION not in {r.kind for r in compare.relate(a, b).reasons}
    same_party = "Despite assurances from Moscow that it is planning an invasion, talks went on."
    negated = "Despite assurances from Moscow that it is not planning an invasion, talks went on."
    assert K.NEGATION in {r.kind for r in compare.relate(negated, same_party).reasons}


def test_both_sides_attributing_a_charge_is_not_a_certainty_conflict() -> None:
    """'Feared to be seeking an excuse to invade' against 'have charged that Putin ... needs to
    invade': both report an allegation, neither states it as fact."""
    a = ("With Russia feared to be seeking an excuse to invade Ukraine, any such backing could also open the "
         "door to a military intervention by the Kremlin.")
    b = ("The United States and many European countries have charged for weeks that Putin has built up the "
         "forces he needs to invade Ukraine and is now trying to create pretexts to invade.")
    assert K.CERTAINTY not in {r.kind for r in compare.relate(a, b).reasons}


def test_a_feared_act_against_a_reported_one_is_not_a_certainty_conflict() -> None:
    """The sample pair's s1:c6 / s2:c42: "feared to be seeking an excuse to invade" against "what
    they said was the planned invasion". ITV reports US leaders; it does not state the invasion
    as fact, so neither side does. Stated plainly, the same act still conflicts with the fear."""
    feared = ("With Russia feared to be seeking an excuse to invade Ukraine, any such backing could also open "
              "the door to a military intervention by the Kremlin under the guise of protecting allied states.")
    reported = ("Russia on Sunday rescinded earlier pledges to pull tens of thousands of its troops back from "
                "Ukraine's northern border, a move that US leaders said put Russia another step closer to what "
                "they said was the planned invasion of Ukraine.")
    stated = ("Russia on Sunday rescinded earlier pledges to pull tens of thousands of its troops back from "
              "Ukraine's northern border, a move that put Russia another step closer to the planned invasion "
              "of Ukraine.")
    assert K.CERTAINTY not in {r.kind for r in compare.relate(feared, reported).reasons}
    assert K.CERTAINTY in {r.kind for r in compare.relate(feared, stated).reasons}


def test_allegedly_doubts_an_act_not_the_words_around_it() -> None:
    """"Allegedly opening fire at his former employers' office" leaves open who fired; "a former
    employee ... opened fire" is another doer told in other words, and its "former" states
    nothing the cue doubts (ECB+ train/dev false alarms: "former", "gray", "2013", "prison").
    The same doer stated plainly still conflicts with the hedge."""
    hedged = ("A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at "
              "his former employers' office Christmas party in Vancouver, killing one man, police said.")
    other = "A former employee recently let go from his job opened fire at an office Christmas party yesterday."
    plain = "A 61-year-old man opened fire at his former employers' office Christmas party in Vancouver."
    assert K.CERTAINTY not in {r.kind for r in compare.relate(hedged, other).reasons}
    stated = [r for r in compare.relate("A 61-year-old man allegedly opened fire at his former employers' office "
                                        "Christmas party in Vancouver.", plain).reasons if r.kind is K.CERTAINTY]
    assert [r.b for r in stated] == ["opened"]


def test_one_dated_source_asks_for_the_other_date() -> None:
    """With only one source dated (the sample pair: 000 dated, ITV News not), the certainty
    conflict stays, and its explanation says which date is known and why the other matters."""
    a = _dated(21, HEDGED, "s1")
    b = compare.load_text(STATED, source_id="s2")
    (f,) = [f for f in compare.compare_sources(a, b).findings if f.verdict is not Verdict.UNIQUE]
    (r,) = [r for r in f.reasons if r.kind is K.CERTAINTY]
    assert f.verdict is Verdict.DIVERGE
    assert "Only one source is dated (21 Feb 2022)" in r.explanation


def test_ages_of_two_named_people_are_not_compared() -> None:
    """'31-year-old Robert Buckley' and '36-year-old Duncan Rait' (ECB+ dev) are two climbers, not
    one age told two ways; the same name with two ages is a conflict."""
    a = "Another climber, 31-year-old Robert Buckley, slipped on ice and died on Saturday near the hut."
    b = "Another climber, 36-year-old Duncan Rait, slipped on ice and died on Friday near the hut."
    assert K.NUMBER not in {r.kind for r in compare.relate(a, b).reasons}
    same = a.replace("31-year-old", "36-year-old")
    (r,) = [r for r in compare.relate(a, same).reasons if r.kind is K.NUMBER]
    assert (r.a, r.b) == ("31-year-old Robert", "36-year-old Robert")


# --- the perturbation gaps of issue 4, read better (ECB+ train/dev pairs, bundled pair) --------

TIED = [
    # (kind, a, b): one event told loosely on both sides, one thing really different
    (K.NEGATION, "He chased down the driver and eventually arrested him.",
     "Subryan fled the scene, but was not arrested nearby."),
    (K.TIME, "Williams was pulled over for speeding early Sunday on a freeway outside downtown, the California "
             "Highway Patrol said.",
     "Williams, a three-time Pro Bowl nose tackle, was stopped for speeding westbound on state route 94 at "
     "approximately 1:30 a.m Monday."),
    (K.NEGATION, "The company didnt confirm the deal on Monday.", "The company confirmed the deal on Monday."),
    (K.NEGATION, "Witnesses said there were no protesters marching on the parliament on Sunday.",
     "Protesters were marching on the parliament on Sunday, witnesses said."),
    (K.QUOTE, 'A spokesman said Akbar had "an attitude problem".', 'A spokesman said Akbar had "an anger problem".'),
    (K.QUOTE, '"The relationship may be less one of subservience than of mutual advantage," the report says.',
     '"The relationship may be more one of subservience than of mutual advantage," the report says.'),
    (K.NUMBER, "Police allege Eric Allen Kirkpatrick, 61, opened fire at the TallGrass Distribution Ltd Christmas "
               "party, killing Benjamin David Banky, 40.",
     "Constable Tim Fanning said Eric Allen Kirkpatrick, 62, opened fire at a Vancouver office Friday, killing "
     "Benjamin David Banky, 40."),
    (K.NUMBER, "A 59-year-old mother of two died when a drunken driver struck her with his car and then drove off, "
               "police said.",
     "When a 69-year-old woman stepped out of her car at 97th Avenue and 117th Street, she was struck by a car."),
    (K.CERTAINTY, "According to an NYPD release, 59-year-old Raj Chohan was walking along parked cars on 117th Street "
                  "near 97th Avenue at around 7 p.m. last night when 23-year-old Vishwanand Subryan struck Chohan "
                  "with his 2013 Toyota Camry as he was traveling north.",
     "Subryan allegedly struck Raj Chohan, a 59-year-old grandmother, as she walked along parked cars on 117th "
     "Street in Queens when the car struck her and fled the scene."),
]


@pytest.mark.parametrize(("kind", "a", "b"), TIED, ids=[f"{k.value}-{n}" for n, (k, _, _) in enumerate(TIED)])
def test_one_event_told_loosely_still_conflicts(kind: K, a: str, b: str) -> None:
    """A denied arrest, a moved day of one traffic stop, "didnt", a swapped word in a short quote, an
    appositive age, two ages of one woman and an "allegedly" of the same driver's act are typed DIVERGEs."""
    rel = compare.relate(a, b)
    assert rel.verdict is Verdict.DIVERGE, rel
    assert kind in {r.kind for r in rel.reasons}, rel.reasons


NOT_THE_SAME = [
    # (kind, a, b): the kind the judge must not report
    # a time dating the report against one dating the shooting; a past occasion against a coming one
    (K.TIME, "A man has been charged with first-degree murder after a shooting at an office Christmas party in "
             "Vancouver Friday.",
     "A former employee who opened fire at an office Christmas party killing one man, has been charged with "
     "first-degree murder, police said Saturday."),
    (K.TIME, "DeGeneres hosted the 79th Academy Awards in 2007, for which she received a Primetime Emmy nomination.",
     "Ellen DeGeneres to host Oscars in 2014"),
    # "again" denies a next time; "without" denies its noun phrase; "not only" asserts
    (K.NEGATION, "While MacFarlane's performance generated high ratings for the broadcast, he said he would not "
                 "host the Oscars again because of the negative response.",
     '"I am so excited to be hosting the Oscars for the second time," DeGeneres said in a statement.'),
    (K.NEGATION, "Subryan was arrested without incident shortly after the crash, police said.",
     "Hit-and-run crash leaves Queens mother of 2 dead"),
    (K.NEGATION, "Striking another blow against the pirates infesting the waters off the Horn of Africa, an Indian "
                 "Navy warship not only repulsed an attack on a merchant vessel in the Gulf of Aden, but nabbed 23 "
                 "Somali and Yemeni sea brigands.",
     "In another successful anti-piracy operation, Navy warship on Saturday repulsed an attack on a merchant "
     "vessel in the Gulf of Aden and nabbed 23 Somali and Yemeni sea brigands."),
    # "no protesters marching" is not denied by protesters doing something else
    (K.NEGATION, "Witnesses said there were no protesters marching on the parliament on Sunday.",
     "Protesters gathered outside the parliament on Sunday, witnesses said."),
    # a cue inside a name; a contraction without its apostrophe; negations without "not"
    (K.NEGATION, "Congress gave the agency the authority to run the national Do Not Call list, the lawmakers said.",
     "Congress gave the agency the authority to run the national do-not-call list, the lawmakers said."),
    (K.NEGATION, "I dont know anybody on the committee who is fighting to keep it out, he added.",
     "I don't know anybody on the committee who is fighting to keep it out, he added."),
    (K.NEGATION, "A spokeswoman for the company declined to comment on the report.",
     "A spokeswoman for the company had no comment on the report."),
    (K.NEGATION, "The inquiry blamed the agency for failing to address the complaints.",
     "The inquiry blamed the agency for not addressing the complaints."),
    # "not a health care worker" denies a worker, not "public health"
    (K.NEGATION, "The patient was not a health care worker, said the city's commissioner of public health.",
     "The patient was not a health-care worker, the city's commissioner of public health said."),
    # a quote one side gives word for word is not another quote reworded; "isnt" is "isn't"
    (K.QUOTE, 'Judge Craig Doran said it was not his role to decide if Hovan was "an evil man" but said "he has '
              'committed an evil act."',
     'Judge Craig Doran said he would not decide if Hovan was "an evil man" but said he "has committed an evil '
     'act."'),
    (K.QUOTE, '"Voters want common-sense solutions, and the recall isnt one of them," the adviser said.',
     '"Voters want common-sense solutions, and the recall isn\'t one of them," the adviser said.'),
    # one speaker, his surname spelt two ways
    (K.ATTRIBUTION, '"We will appeal the ruling," said lawyer Allen Eichhorn.',
     '"We will appeal the ruling," said lawyer Allen Eichorn.'),
    # "suspected of" doubts who did it: a gunman shot three people; a charge is no statement of guilt
    (K.CERTAINTY, "A man suspected of shooting three people at an accounting firm where he had worked was arrested "
                  "a few hours later after a high-speed chase, authorities said.",
     '"A gunman shot three people at a suburban Detroit office building Monday morning, and officers were '
     'searching for the shooter, police said.'),
    (K.CERTAINTY, "A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at "
                  "his former employers' office Christmas party in Vancouver, killing one man, police said.",
     "A Vancouver man has been charged with first-degree murder after a killing at an office party."),
    # cue words that do not doubt: in print, a title, a question, a supposition, a refusal, a forecast
    (K.CERTAINTY, "Benjamin will appear in the Rose Garden today as the president makes the nomination formal.",
     "Benjamin will be in the Rose Garden today as the president makes the nomination formal."),
    (K.CERTAINTY, "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday as the gunman "
                  "who killed 10-year-old Kathina Thomas in May.",
     "A key witness against teenager Jermayne Timmons identified him Tuesday as the gunman who killed 10-year-old "
     "Kathina Thomas in May."),
    (K.CERTAINTY, "Health officials said it was too early to know whether a second wave might occur later in the "
                  "winter.",
     "Health officials said it was too early to know whether a second wave would occur later in the winter."),
    (K.CERTAINTY, "While that was not defined, the US and its allies have been preparing a package of sanctions that "
                  "they say would be triggered if Mr Putin orders an attack on Ukraine.",
     "Vladimir Putin orders 'peace-keeping' forces into separatist regions of Ukraine amid invasion fears"),
    (K.CERTAINTY, "Vladimir Putin has signalled he is open to recognising two breakaway regions of Ukraine as "
                  "independent, in a move that would be sure to inflame the precarious situation in Eastern Europe.",
     "The Kremlin initially signalled its reluctance to recognise the regions in eastern Ukraine, arguing that "
     "would effectively shatter the Minsk peace deal signed in 2015."),
    (K.CERTAINTY, "The new terminal is expected to open on Tuesday, the airport said.",
     "The new terminal will open on Tuesday, the airport said."),
    (K.CERTAINTY, "The birds flew straight at the sun, presumably because they had lost their sense of time.",
     "The birds flew straight at the sun, apparently because they had lost their sense of time."),
    # an age in apposition is no count; a named and an unnamed age; a hyphened count; "killing one"
    (K.NUMBER, "Robert Buckley, 32, died while climbing to a hut on Mount Sefton in the Aoraki Mount Cook National "
               "Park on Saturday.",
     "A British man has been killed after falling around 2, 000ft while climbing in New Zealand."),
    (K.NUMBER, "Police say a 59-year-old woman died after being struck by a vehicle in Queens Friday night and that "
               "officers found and arrested the driver who hit her a few blocks away.",
     "According to an NYPD release, 59-year-old Raj Chohan was walking along parked cars on 117th Street near 97th "
     "Avenue at around 7 p.m. last night when 23-year-old Vishwanand Subryan struck Chohan with his 2013 Toyota "
     "Camry as he was traveling north."),
    (K.NUMBER, "Indian Navy foils attack in Gulf of Aden, nabs 26 pirates",
     "A five-boat pirate attack on merchant vessels transiting the Gulf of Aden was foiled by an Indian warship "
     "that was on escort duty, capturing 26 Somani brigands on three of the skiffs, a naval officer said here "
     "Friday."),
    # a change in percent then a level in money; a hyphened multiplier; a figure rounded
    (K.NUMBER, "Revenue jumped 26 percent to $817 million, the company said in a statement.",
     "Revenue rose 26 percent, to $817 million, the company said."),
    (K.NUMBER, "The insurer itself paid a $10 million fine last year to settle similar charges.",
     "The insurer itself previously paid a $10-million penalty to settle the charges."),
    (K.NUMBER, "The stock closed Friday at $5.91, down $1.24, or 17 percent, on the Nasdaq.",
     "Shares of the company closed at $5.91, down $1.24, or 17.3 percent."),
    (K.NUMBER, "A Michigan man shot to death one person and injured two others Monday at the suburban Detroit "
               "accounting firm from which he was fired last week, police said.",
     "A man who was fired last week from his job at an accounting firm in suburban Detroit walked into his former "
     "office with a shotgun on Monday and shot three people, killing one, before fleeing, the authorities said."),
]


@pytest.mark.parametrize(("kind", "a", "b"), NOT_THE_SAME,
                         ids=[f"{k.value}-{n}" for n, (k, _, _) in enumerate(NOT_THE_SAME)])
def test_look_alike_differences_of_loose_pairs_are_not_conflicts(kind: K, a: str, b: str) -> None:
    """Times of two events, negations of another thing, one quote given twice, one speaker spelt two
    ways, hedges of who did it, cue words that do not doubt, figures rounded or read apart, and ages
    or counts of other things are not reported as that kind of conflict."""
    assert kind not in {r.kind for r in compare.relate(a, b).reasons}


def test_every_changed_stretch_of_a_quote_is_reported() -> None:
    """A quote worded differently in two places gives one quote reason per changed stretch."""
    a = '"This is a wide-ranging and continuing investigation which is likely to result in charges," Spitzer said.'
    b = '"This is a widening and expanding investigation which is likely to result in charges," Spitzer said.'
    quotes = [(r.a, r.b) for r in compare.relate(a, b).reasons if r.kind is K.QUOTE]
    assert ("continuing", "expanding") in quotes and len(quotes) == 2, quotes
