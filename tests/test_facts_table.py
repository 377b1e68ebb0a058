"""Table-driven tests of the five fact extractors on news phrasings: value, exact span and type.

Every case runs the real claim builder (`segment` then `extract_claims`) on a short news text
and looks for one fact of the expected type at the expected place. The span convention is the
one every fact follows: `Span` is half-open and absolute into `Source.text`, so
`source.text[fact.span.start : fact.span.end] == fact.text`. A case names the expected surface
string and, when the string occurs more than once, which occurrence (0-based) it means.

The sentences are written in the style of BBC, Reuters, AP and Guardian copy; the examples listed
in issue 3 are all here, with ids starting `issue-`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import pytest
from test_quantities import ARTICLE_000 as NUMBERS_000
from test_quantities import ARTICLE_001 as NUMBERS_001
from test_quotes import BUNDLED_000 as QUOTES_000
from test_quotes import BUNDLED_001 as QUOTES_001

import compare
from compare.facts import quantities
from compare.model import Entity, Fact, FactType, Hedge, Quantity, Quote, Source, TimeExpr
from compare.pipeline import read_source

MONDAY = dt.date(2022, 2, 21)  # the date of bundled article 000
SOURCES = Path(__file__).resolve().parent.parent / "sources"


def _read(text: str, date: dt.date | None = MONDAY) -> tuple[Source, list[Fact]]:
    source = Source("s1", "<table>", "table", text, date=date)
    return source, [fact for claim in read_source(source) for fact in claim.facts]


def _at(text: str, surface: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start


def _fact(text: str, surface: str, kind: type[Any], nth: int = 0, date: dt.date | None = MONDAY) -> Any:
    """The one fact of class `kind` whose span is exactly the nth `surface` of `text`."""
    source, facts = _read(text, date)
    start = _at(text, surface, nth)
    found = [f for f in facts if isinstance(f, kind) and (f.span.start, f.span.end) == (start, start + len(surface))]
    others = [f.text for f in facts if isinstance(f, kind)]
    assert len(found) == 1, f"no {kind.__name__} at {surface!r} (found {others})"
    fact = found[0]
    assert source.text[fact.span.start : fact.span.end] == fact.text == surface
    return fact


# --- quantities -------------------------------------------------------------------------------

# text, surface, low, high, qualifier, approximate, unit, counted
QUANTITIES = [
    pytest.param("The ministry put the number deployed at 150,000.", "150,000",
                 150000, 150000, "exact", False, None, None, id="issue-150,000"),
    pytest.param("They are among at least 150,000 Russian troops now deployed outside Ukraine's borders.",
                 "at least 150,000 Russian troops", 150000, None, "at_least", False, "personnel",
                 "Russian troops", id="issue-at-least-150,000-troops"),
    pytest.param("More than 14,000 people have fled their homes in the east.", "More than 14,000 people",
                 14000, None, "more_than", False, "people", "people", id="issue-more-than-14,000-people"),
    pytest.param("A war that has killed more than 14,000 people since 2014.", "more than 14,000 people",
                 14000, None, "more_than", False, "fatalities", "people", id="killed-more-than-14,000-people"),
    pytest.param("The exercises brought an estimated 30,000 Russian forces to Belarus.",
                 "an estimated 30,000 Russian forces", 30000, 30000, "about", True, "personnel",
                 "Russian forces", id="issue-an-estimated-30,000-forces"),
    pytest.param("Russia rescinded pledges to pull tens of thousands of its troops back from the border.",
                 "tens of thousands of its troops", 20000, 99999, "vague", True, "personnel", "troops",
                 id="issue-tens-of-thousands-of-its-troops"),
    pytest.param("Kyiv is a city of about three million people.", "about three million people",
                 3e6, 3e6, "about", True, "people", "people", id="issue-about-three-million"),
    pytest.param("Border guards said they had detained five intruders near the checkpoint.", "five intruders",
                 5, 5, "exact", False, None, "intruders", id="issue-five-intruders"),
    pytest.param("Russian troops claimed they had killed five intruders.", "five intruders",
                 5, 5, "exact", False, "fatalities", "intruders", id="killed-five-intruders"),
    pytest.param("The club was fined 1.5m after the match.", "1.5m",
                 1.5e6, 1.5e6, "exact", False, None, None, id="issue-1.5m"),
    pytest.param("The deal is worth $250-M, the company said.", "$250-M",
                 2.5e8, 2.5e8, "exact", False, "USD", None, id="hyphenated-$250-M"),
    pytest.param("The climber fell about 600m while climbing near the hut.", "about 600m",
                 600, 600, "about", True, "metres", None, id="fell-600m-is-a-distance"),
    pytest.param("A second blast was heard 200m from the scene.", "200m",
                 200, 200, "exact", False, "metres", None, id="200m-from-is-a-distance"),
    pytest.param("Robert Buckley fell about 2,000 feet while climbing.", "about 2,000 feet",
                 2000, 2000, "about", True, "feet", None, id="2,000-feet"),
    pytest.param("Sales fell to 1.5m last year.", "1.5m",
                 1.5e6, 1.5e6, "exact", False, None, None, id="fell-to-1.5m-is-a-level"),
    pytest.param("Membership fell to 1,500 last year.", "1,500",
                 1500, 1500, "exact", False, None, None, id="figure-before-last-year"),
    pytest.param("India has 600m voters.", "600m voters",
                 6e8, 6e8, "exact", False, None, "voters", id="600m-voters-is-millions"),
    pytest.param("The government announced a £2bn package of support.", "£2bn",
                 2e9, 2e9, "exact", False, "GBP", None, id="issue-£2bn"),
    pytest.param("Washington has pledged $3.2 billion in military aid since 2014.", "$3.2 billion",
                 3.2e9, 3.2e9, "exact", False, "USD", None, id="issue-$3.2-billion"),
    pytest.param("Energy bills are forecast to rise by 18 to 25 per cent this spring.", "18 to 25 per cent",
                 18, 25, "range", False, "percent", None, id="issue-18-to-25-per-cent"),
    pytest.param("Nearly 40 people were taken to hospital.", "Nearly 40 people",
                 None, 40, "at_most", True, "people", "people", id="issue-nearly-40"),
    pytest.param("The new rules allow outdoor gatherings of up to 100.", "up to 100",
                 None, 100, "at_most", False, None, None, id="issue-up-to-100"),
    pytest.param("Dozens of protesters were detained in Moscow.", "Dozens of protesters",
                 24, 99, "vague", True, None, "protesters", id="issue-dozens"),
    pytest.param("Hundreds gathered outside the Russian embassy in London.", "Hundreds",
                 200, 999, "vague", True, None, None, id="issue-hundreds"),
    pytest.param("A third of the country's gas comes from Russia.", "A third",
                 1 / 3, 1 / 3, "exact", True, "fraction", None, id="issue-a-third"),
    pytest.param("Support for the measure stood at 40% in the latest poll.", "40%",
                 40, 40, "exact", False, "percent", None, id="issue-40%"),
    pytest.param("At least 12 soldiers were killed in the attack.", "At least 12 soldiers",
                 12, None, "at_least", False, "fatalities", "soldiers", id="soldiers-were-killed"),
    pytest.param("More than 50 were killed in the shelling, officials said.", "More than 50",
                 50, None, "more_than", False, "fatalities", None, id="more-than-50-were-killed"),
    pytest.param("Officials said 40 people were dead.", "40 people",
                 40, 40, "exact", False, "fatalities", "people", id="40-people-were-dead"),
    pytest.param("Authorities said the death toll had risen to 42.", "42",
                 42, 42, "exact", False, "fatalities", None, id="death-toll-had-risen-to"),
    pytest.param("The blast killed 40 and injured dozens more.", "40",
                 40, 40, "exact", False, "fatalities", None, id="killed-40"),
    pytest.param("The blast killed 40 and injured dozens more.", "dozens",
                 24, 99, "vague", True, "injuries", None, id="injured-dozens"),
    pytest.param("Twelve people were injured when the building collapsed.", "Twelve people",
                 12, 12, "exact", False, "injuries", "people", id="twelve-people-injured"),
    pytest.param("There were 35 deaths in the region last year.", "35 deaths",
                 35, 35, "exact", False, "fatalities", "deaths", id="35-deaths"),
    pytest.param("Around 2,000 residents remain in the town.", "Around 2,000 residents",
                 2000, 2000, "about", True, "people", "residents", id="around-2,000-residents"),
    pytest.param("Russia has massed as many as 190,000 troops near the border.", "as many as 190,000 troops",
                 None, 190000, "at_most", False, "personnel", "troops", id="as-many-as-190,000-troops"),
    pytest.param("More than 100,000 soldiers have been deployed.", "More than 100,000 soldiers",
                 100000, None, "more_than", False, "personnel", "soldiers", id="more-than-100,000-soldiers"),
    pytest.param("Nearly 1,000 civilians were evacuated on Friday.", "Nearly 1,000 civilians",
                 None, 1000, "at_most", True, "people", "civilians", id="nearly-1,000-civilians"),
    pytest.param("Satellite images showed a 40-mile convoy of Russian armour.", "40-mile convoy",
                 40, 40, "exact", False, "miles", "convoy", id="40-mile-convoy"),
    pytest.param("The EU approved a €500m aid package.", "€500m",
                 5e8, 5e8, "exact", False, "EUR", None, id="€500m"),
    pytest.param("The Bank of England raised rates to 0.5%.", "0.5%",
                 0.5, 0.5, "exact", False, "percent", None, id="0.5%"),
    pytest.param("Inflation rose by 5.4 per cent in the year to December.", "5.4 per cent",
                 5.4, 5.4, "exact", False, "percent", None, id="5.4-per-cent"),
    pytest.param("Hundreds of thousands of people have fled the fighting.", "Hundreds of thousands of people",
                 2e5, 999999, "vague", True, "people", "people", id="hundreds-of-thousands"),
    pytest.param("Several hundred people gathered in the square.", "Several hundred people",
                 300, 900, "vague", True, "people", "people", id="several-hundred"),
    pytest.param("A few thousand troops remain in the region.", "A few thousand troops",
                 2000, 5000, "vague", True, "personnel", "troops", id="a-few-thousand"),
    pytest.param("A quarter of Ukraine's exports go to the EU.", "A quarter",
                 0.25, 0.25, "exact", True, "fraction", None, id="a-quarter"),
    pytest.param("Two-thirds of voters backed the plan.", "Two-thirds",
                 2 / 3, 2 / 3, "exact", True, "fraction", None, id="two-thirds"),
    pytest.param("Between 2,000 and 3,000 soldiers crossed the border overnight.",
                 "Between 2,000 and 3,000 soldiers", 2000, 3000, "range", False, "personnel", "soldiers",
                 id="between-2,000-and-3,000"),
    pytest.param("The ceasefire was broken more than 500 times overnight.", "more than 500 times",
                 500, None, "more_than", False, None, "times", id="more-than-500-times"),
    pytest.param("About 60% of the country's gas is imported.", "About 60%",
                 60, 60, "about", True, "percent", None, id="about-60%"),
    pytest.param("A dozen ambulances were seen near the scene.", "A dozen ambulances",
                 12, 12, "vague", True, None, "ambulances", id="a-dozen-ambulances"),
    pytest.param("Russia exports about 1.5 million barrels a day.", "about 1.5 million barrels",
                 1.5e6, 1.5e6, "about", True, None, "barrels", id="1.5-million-barrels"),
    pytest.param("The US will send 3,000 additional troops to Poland.", "3,000 additional troops",
                 3000, 3000, "exact", False, "personnel", "additional troops", id="3,000-additional-troops"),
    pytest.param("Fewer than 20 tanks were seen crossing.", "Fewer than 20 tanks",
                 None, 20, "less_than", False, None, "tanks", id="fewer-than-20-tanks"),
    pytest.param("Seven people were killed when a shell hit the bus.", "Seven people",
                 7, 7, "exact", False, "fatalities", "people", id="seven-people-were-killed"),
    pytest.param("The sanctions target 351 members of the Duma.", "351 members",
                 351, 351, "exact", False, None, "members", id="351-members"),
    pytest.param("The regions are home to 3.8 million people.", "3.8 million people",
                 3.8e6, 3.8e6, "exact", False, "people", "people", id="3.8-million-people"),
    pytest.param("Shares in Gazprom fell more than 10% on Monday.", "more than 10%",
                 10, None, "more_than", False, "percent", None, id="more-than-10%"),
    pytest.param("The UK has sent 2,000 anti-tank weapons to Ukraine.", "2,000 anti-tank weapons",
                 2000, 2000, "exact", False, None, "anti-tank weapons", id="2,000-anti-tank-weapons"),
    pytest.param("The Bank of England raised rates by 0.25 percentage points to 0.5%.", "0.25 percentage points",
                 0.25, 0.25, "exact", False, "percentage_points", None, id="change-then-level-change"),
    pytest.param("The Bank of England raised rates by 0.25 percentage points to 0.5%.", "0.5%",
                 0.5, 0.5, "exact", False, "percent", None, id="change-then-level-level"),
    pytest.param("The number of dead rose to 352, including 14 children.", "352",
                 352, 352, "exact", False, "fatalities", None, id="number-of-dead-rose-to"),
    pytest.param("Nine in 10 people support the sanctions, the poll found.", "Nine in 10",
                 0.9, 0.9, "exact", True, "fraction", None, id="nine-in-10"),
    pytest.param("One in three Ukrainians has relatives in Russia.", "One in three",
                 1 / 3, 1 / 3, "exact", True, "fraction", None, id="one-in-three"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "qualifier", "approximate", "unit", "counted"), QUANTITIES
)
def test_quantity(
    text: str, surface: str, low: float | None, high: float | None, qualifier: str,
    approximate: bool, unit: str | None, counted: str | None,
) -> None:
    """The number is read as one quantity with its range, qualifier, unit, counted noun and span."""
    q: Quantity = _fact(text, surface, Quantity)
    assert q.type is FactType.QUANTITY
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert (q.qualifier, q.approximate, q.unit, q.counted) == (qualifier, approximate, unit, counted)


# Not quantities: text, and the fact of another type the number belongs to (None: no fact).
NOT_QUANTITIES = [
    pytest.param("The PM will chair an emergency Cobra meeting at 6.30am.", "at 6.30am", TimeExpr,
                 id="issue-not-6.30am"),
    pytest.param("The statement was released at 2.15pm.", "at 2.15pm", TimeExpr, id="issue-not-2.15pm"),
    pytest.param("Russia annexed Crimea in 2014.", "in 2014", TimeExpr, id="issue-not-2014"),
    pytest.param("Gas prices were lower in 2014-15.", "in 2014-15", TimeExpr, id="issue-not-2014-15"),
    pytest.param("All Covid-19 restrictions in England ended.", None, None, id="issue-not-Covid-19"),
    pytest.param("G7 leaders met by video link.", "G7", Entity, id="issue-not-G7"),
    pytest.param("Poland offered to send its F-16 jets.", None, None, id="issue-not-F-16"),
    pytest.param("It was the second attack on the town this week.", None, None, id="issue-not-ordinal"),
    pytest.param("Officials reported a third attack near the border.", None, None, id="not-a-third-attack"),
    pytest.param("Key points:\n\n1. Troops entered Donetsk.\n2. Kyiv was quiet.", None, None,
                 id="issue-not-list-markers"),
    pytest.param("No 10 said the talks had gone well.", "No 10", Entity, id="not-No-10"),
    pytest.param("Nato's Article 5 commits members to collective defence.", None, None, id="not-Article-5"),
    pytest.param("The officials paraded before him one by one.", None, None, id="not-one-by-one"),
    pytest.param("Flight MH17 was shot down over eastern Ukraine.", None, None, id="not-MH17"),
    pytest.param("Talks are due to resume on 24 February.", "on 24 February", TimeExpr, id="not-date"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "other", "kind"), NOT_QUANTITIES)
def test_not_a_quantity(text: str, other: str | None, kind: type[Any] | None) -> None:
    """Clock times, years, codes, ordinals and list markers are not quantities (some are other facts)."""
    _, facts = _read(text)
    assert [f.text for f in facts if isinstance(f, Quantity)] == []
    if other is not None and kind is not None:
        _fact(text, other, kind)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("150,000", "at least 150,000 Russian troops", True, id="issue-150,000-vs-at-least"),
        pytest.param("more than 50 killed", "40 dead", False, id="issue-more-than-50-killed-vs-40-dead"),
        pytest.param("tens of thousands", "30,000", True, id="issue-tens-of-thousands-vs-30,000"),
        pytest.param("40 soldiers", "40 troops", True, id="soldiers-are-troops"),
        pytest.param("12 deaths", "12 killed", True, id="deaths-are-killed"),
        pytest.param("several hundred people", "250 people", False, id="several-hundred-vs-250"),
    ],
)
def test_quantity_compatibility(a: str, b: str, expected: bool) -> None:
    """compatible() agrees or conflicts on normalised units, in both directions."""
    (qa,), (qb,) = quantities.extract(a), quantities.extract(b)
    assert quantities.compatible(qa, qb) is expected
    assert quantities.compatible(qb, qa) is expected


# --- times ------------------------------------------------------------------------------------

# text, surface, kind, value (resolved against Monday 2022-02-21 unless a date is given)
TIMES = [
    pytest.param("Mr Putin said he would decide on Monday on the requests.", "on Monday",
                 "weekday", "2022-02-21", id="issue-on-Monday"),
    pytest.param("Russia's parliament made the same request last week.", "last week",
                 "relative", "2022-02-14/2022-02-20", id="issue-last-week"),
    pytest.param("A war that has killed more than 14,000 people since 2014.", "since 2014",
                 "year", "2014", id="issue-since-2014"),
    pytest.param("The PM will chair an emergency Cobra meeting at 6.30am on Tuesday.", "at 6.30am",
                 "clock", "2022-02-22T06:30", id="issue-6.30am-on-Tuesday-clock"),
    pytest.param("The PM will chair an emergency Cobra meeting at 6.30am on Tuesday.", "on Tuesday",
                 "weekday", "2022-02-22", id="issue-6.30am-on-Tuesday-day"),
    pytest.param("The Minsk peace deal was signed in 2015.", "in 2015", "year", "2015", id="issue-in-2015"),
    pytest.param("Belarus announced on Sunday that Russian troops would stay.", "on Sunday",
                 "weekday", "2022-02-20", id="issue-on-Sunday"),
    pytest.param("Russia on Sunday rescinded earlier pledges to pull back.", "on Sunday",
                 "weekday", "2022-02-20", id="on-Sunday-after-subject"),
    pytest.param("Sergey Lavrov will meet Antony Blinken in Geneva on Thursday.", "on Thursday",
                 "weekday", "2022-02-24", id="future-on-Thursday"),
    pytest.param("Sergey Lavrov met Antony Blinken in Geneva on Thursday.", "on Thursday",
                 "weekday", "2022-02-17", id="past-on-Thursday"),
    pytest.param("The vote is due to take place on Wednesday.", "on Wednesday",
                 "weekday", "2022-02-23", id="is-due-to-on-Wednesday"),
    pytest.param("Talks are scheduled for Friday in Paris.", "Friday",
                 "weekday", "2022-02-25", id="scheduled-for-Friday"),
    pytest.param("Fighting intensified on Saturday near Donetsk.", "on Saturday",
                 "weekday", "2022-02-19", id="on-Saturday"),
    pytest.param("The two leaders last spoke last Thursday.", "last Thursday",
                 "weekday", "2022-02-17", id="last-Thursday"),
    pytest.param("Foreign ministers will meet again next Monday.", "next Monday",
                 "weekday", "2022-02-28", id="next-Monday"),
    pytest.param("Mr Johnson spoke to Mr Zelenskyy on Monday night.", "on Monday night",
                 "part_of_day", "2022-02-21T20:00/2022-02-22T04:00", id="on-Monday-night"),
    pytest.param("Explosions were heard in Donetsk on Friday evening.", "on Friday evening",
                 "part_of_day", "2022-02-18T17:00/2022-02-19T00:00", id="on-Friday-evening"),
    pytest.param("Shelling continued overnight along the front line.", "overnight",
                 "part_of_day", "2022-02-20T20:00/2022-02-21T04:00", id="overnight"),
    pytest.param("The Kremlin said yesterday that no decision had been made.", "yesterday",
                 "relative", "2022-02-20", id="yesterday"),
    pytest.param("The sanctions will come into force tomorrow.", "tomorrow",
                 "relative", "2022-02-22", id="tomorrow"),
    pytest.param("Officials met three days ago in Minsk.", "three days ago",
                 "relative", "2022-02-18", id="three-days-ago"),
    pytest.param("The ambassador was recalled two weeks ago.", "two weeks ago",
                 "relative", "2022-02-07", id="two-weeks-ago"),
    pytest.param("Both regions have staged pleas for help in recent days.", "in recent days",
                 "relative", "2022-02-14/2022-02-21", id="in-recent-days"),
    pytest.param("Prices have climbed sharply earlier this month.", "earlier this month",
                 "relative", "2022-02-01/2022-02-21", id="earlier-this-month"),
    pytest.param("Inflation hit 5.4% last year.", "last year", "relative", "2021", id="last-year"),
    pytest.param("Ministers will meet again next week.", "next week",
                 "relative", "2022-02-28/2022-03-06", id="next-week"),
    pytest.param("Troops were moved to the border at the weekend.", "at the weekend",
                 "relative", "2022-02-19/2022-02-20", id="at-the-weekend"),
    pytest.param("Talks resume on 24 February.", "on 24 February", "date", "2022-02-24", id="on-24-February"),
    pytest.param("The decree was published on February 22, 2022.", "on February 22, 2022",
                 "date", "2022-02-22", id="February-22-2022"),
    pytest.param("The page was updated on Monday, 21 February 2022.", "on Monday, 21 February 2022",
                 "date", "2022-02-21", id="weekday-date-year"),
    pytest.param("Inflation peaked in December.", "in December", "date", "2021-12", id="in-December"),
    pytest.param("Separatists have controlled the area since April 2014.", "since April 2014",
                 "date", "2014-04", id="since-April-2014"),
    pytest.param("Russia fought a brief war with Georgia in 2008.", "in 2008", "year", "2008", id="in-2008"),
    pytest.param("Both sides have clashed since the 2014 conflict.", "2014", "year", "2014", id="the-2014-conflict"),
    pytest.param("Nato expanded eastwards in the 1990s.", "in the 1990s", "range", "1990/1999",
                 id="in-the-1990s"),
    pytest.param("The shelling was worst between 2014 and 2015.", "between 2014 and 2015",
                 "range", "2014/2015", id="between-2014-and-2015"),
    pytest.param("The statement was released at 2.15pm.", "at 2.15pm", "clock", "14:15", id="at-2.15pm"),
    pytest.param("The curfew begins at midnight.", "at midnight", "clock", "00:00", id="at-midnight"),
    pytest.param("The Security Council will meet at 21:00 GMT.", "at 21:00 GMT", "clock", "21:00",
                 id="at-21:00-GMT"),
    pytest.param("Mr Putin later addressed the nation on Monday evening.", "on Monday evening",
                 "part_of_day", "2022-02-21T17:00/2022-02-22T00:00", id="on-Monday-evening"),
    pytest.param("Ukrainian officials spoke this morning.", "this morning",
                 "part_of_day", "2022-02-21T05:00/2022-02-21T12:00", id="this-morning"),
    pytest.param("The bill was passed last month.", "last month", "relative", "2022-01", id="last-month"),
    pytest.param("The invasion began in the early hours of Thursday.", "in the early hours of Thursday",
                 "part_of_day", "2022-02-17T00:00/2022-02-17T05:00", id="early-hours-of-Thursday"),
    pytest.param("Over the past week, shelling has intensified.", "Over the past week",
                 "relative", "2022-02-14/2022-02-21", id="over-the-past-week"),
    pytest.param("The ceasefire has been violated repeatedly since Thursday.", "since Thursday",
                 "weekday", "2022-02-17", id="since-Thursday"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind", "value"), TIMES)
def test_time(text: str, surface: str, kind: str, value: str) -> None:
    """The time expression is found with its kind, its value resolved against 2022-02-21, and its span."""
    t: TimeExpr = _fact(text, surface, TimeExpr)
    assert t.type is FactType.DATE
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        pytest.param("He would decide on Monday.", "on Monday", "weekday", None, id="undated-on-Monday"),
        pytest.param("The talks were held last week.", "last week", "relative", None, id="undated-last-week"),
        pytest.param("The deal was signed in 2015.", "in 2015", "year", "2015", id="undated-in-2015"),
        pytest.param("At 6.30am troops moved.", "At 6.30am", "clock", "06:30", id="undated-clock"),
        pytest.param("It began on 24 February 2022.", "on 24 February 2022", "date", "2022-02-24",
                     id="undated-explicit-date"),
    ],
)
def test_time_without_source_date(text: str, surface: str, kind: str, value: str | None) -> None:
    """Without a source date, weekdays and relative phrases stay unresolved; explicit ones do not."""
    t: TimeExpr = _fact(text, surface, TimeExpr, date=None)
    assert (t.kind, t.value, t.resolved) == (kind, value, False)


# --- quotes and speakers ----------------------------------------------------------------------

# text, quote surface (marks included), nth, content, speaker, verb, partial
QUOTES = [
    pytest.param('Ben Wallace, the UK\'s Defence Secretary, told MPs on Monday that forces were moving.\n\n'
                 '"The ripples will be felt right across Europe," he said.',
                 '"The ripples will be felt right across Europe,"', 0, "The ripples will be felt right across Europe,",
                 "Ben Wallace", "said", False, id="issue-he-said-straight"),
    pytest.param("Ben Wallace, the UK’s Defence Secretary, spoke in London.\n\n"
                 "“The ripples of anything that happens in Ukraine will be felt right across Europe,” he said.",
                 "“The ripples of anything that happens in Ukraine will be felt right across Europe,”", 0,
                 "The ripples of anything that happens in Ukraine will be felt right across Europe,",
                 "Ben Wallace", "said", False, id="issue-he-said-curly"),
    pytest.param("Boris Johnson branded the decision an 'ill omen'.", "'ill omen'", 0, "ill omen",
                 "Boris Johnson", "branded", True, id="issue-an-'ill-omen'"),
    pytest.param("Boris Johnson branded Mr Putin's decision an \"ill omen\" and a \"flagrant breach of sovereignty\".",
                 '"flagrant breach of sovereignty"', 0, "flagrant breach of sovereignty", "Boris Johnson",
                 "branded", True, id="issue-branded"),
    pytest.param('Ben Wallace told MPs: "Russian forces are continuing to move towards the border."',
                 '"Russian forces are continuing to move towards the border."', 0,
                 "Russian forces are continuing to move towards the border.", "Ben Wallace", "told", False,
                 id="issue-told-MPs"),
    pytest.param("Nato secretary general Jens Stoltenberg said: “This further undermines Ukraine’s sovereignty.”",
                 "“This further undermines Ukraine’s sovereignty.”", 0,
                 "This further undermines Ukraine’s sovereignty.",
                 "Jens Stoltenberg", "said", False, id="issue-X-said-colon"),
    pytest.param("“The situation is extremely dangerous,” according to Ukraine’s defence minister Oleksii Reznikov.",
                 "“The situation is extremely dangerous,”", 0, "The situation is extremely dangerous,",
                 "Oleksii Reznikov", "according to", False, id="issue-according-to"),
    pytest.param("“Troops are still moving,” according to a senior Western intelligence official.",
                 "“Troops are still moving,”", 0, "Troops are still moving,",
                 "senior Western intelligence official", "according to", False, id="according-to-an-official"),
    pytest.param("Prime Minister Boris Johnson visited Kyiv.\n\n"
                 "“This is plainly in breach of international law,” the prime minister said.",
                 "“This is plainly in breach of international law,”", 0,
                 "This is plainly in breach of international law,", "Boris Johnson", "said", False,
                 id="issue-the-prime-minister-said"),
    pytest.param("Boris Johnson chaired a Cobra meeting.\n\n"
                 "Mr Johnson said the UK would \"explore sending further defensive support\".",
                 '"explore sending further defensive support"', 0, "explore sending further defensive support",
                 "Boris Johnson", "said", True, id="issue-Mr-Johnson-is-Boris-Johnson"),
    pytest.param('A Downing Street spokesperson said: "The leaders agreed that the West needed to support Ukraine."',
                 '"The leaders agreed that the West needed to support Ukraine."', 0,
                 "The leaders agreed that the West needed to support Ukraine.", "Downing Street spokesperson",
                 "said", False, id="issue-Downing-Street-spokesperson"),
    pytest.param('A Downing Street spokesperson said the PM "told President Zelenskyy that sanctions were ready.\n\n'
                 '"The prime minister also said he would explore sending further support."',
                 '"The prime minister also said he would explore sending further support."', 0,
                 "The prime minister also said he would explore sending further support.",
                 "Downing Street spokesperson", "said", False, id="issue-quote-spanning-paragraphs"),
    pytest.param('"We are ready. We will not be intimidated," said Liz Truss.',
                 '"We are ready. We will not be intimidated,"', 0, "We are ready. We will not be intimidated,",
                 "Liz Truss", "said", False, id="issue-quote-spanning-sentences"),
    pytest.param('Mr Wallace said: "We are ready. Britain stands with Ukraine."\n\nBen Wallace is defence secretary.',
                 '"We are ready. Britain stands with Ukraine."', 0, "We are ready. Britain stands with Ukraine.",
                 "Ben Wallace", "said", False, id="X-said-colon-two-sentences"),
    pytest.param('Liz Truss said "this will not stand.\n\nThe talks ended without agreement.',
                 '"this will not stand.', 0, "this will not stand.", "Liz Truss", "said", False,
                 id="issue-unbalanced-mark"),
    pytest.param("“Ukraine is not just a neighbouring country for us,” said Russian President Vladimir Putin.",
                 "“Ukraine is not just a neighbouring country for us,”", 0,
                 "Ukraine is not just a neighbouring country for us,", "Vladimir Putin", "said", False,
                 id="said-title-name"),
    pytest.param("Russian President Vladimir Putin addressed the nation.\n\n"
                 "“Ukraine is not just a neighbouring country,” the Russian president said.",
                 "“Ukraine is not just a neighbouring country,”", 0, "Ukraine is not just a neighbouring country,",
                 "Vladimir Putin", "said", False, id="the-Russian-president-said"),
    pytest.param("Liz Truss met Sergey Lavrov in Moscow.\n\n“We will not back down,” she said.",
                 "“We will not back down,”", 0, "We will not back down,", "Liz Truss", "said", False,
                 id="she-said"),
    pytest.param("Kremlin spokesman Dmitry Peskov spoke to reporters.\n\n"
                 "“We are not going to invade,” he told the BBC.",
                 "“We are not going to invade,”", 0, "We are not going to invade,", "Dmitry Peskov", "told", False,
                 id="he-told-the-BBC"),
    pytest.param("“The talks were constructive,” said Kremlin spokesman Dmitry Peskov.",
                 "“The talks were constructive,”", 0, "The talks were constructive,", "Dmitry Peskov", "said", False,
                 id="said-inverted"),
    pytest.param("Dmitry Peskov dented those hopes.\n\nMr Peskov told reporters: “There are no concrete plans.”",
                 "“There are no concrete plans.”", 0, "There are no concrete plans.", "Dmitry Peskov", "told", False,
                 id="Mr-Peskov-told-reporters"),
    pytest.param("“Russia has no plans to invade,” Sergey Lavrov insisted.", "“Russia has no plans to invade,”", 0,
                 "Russia has no plans to invade,", "Sergey Lavrov", "insisted", False, id="name-insisted"),
    pytest.param("Antony Blinken warned that Russia could invade “at any time”.", "“at any time”", 0,
                 "at any time", "Antony Blinken", "warned", True, id="warned-partial"),
    pytest.param("Olaf Scholz described the move as “a serious breach of international law”.",
                 "“a serious breach of international law”", 0, "a serious breach of international law",
                 "Olaf Scholz", "described", True, id="described-as"),
    pytest.param("The Kremlin called the claims “hysteria”.", "“hysteria”", 0, "hysteria", "Kremlin",
                 "called", True, id="org-called"),
    pytest.param("The ministry dismissed the reports as ‘fake news’.", "‘fake news’", 0, "fake news",
                 "ministry", "dismissed", True, id="dismissed-as-single-curly"),
    pytest.param("The US previously said that any recognition would “necessitate a swift and firm response”.",
                 "“necessitate a swift and firm response”", 0, "necessitate a swift and firm response",
                 "United States", "said", True, id="org-previously-said"),
    pytest.param("Ursula von der Leyen and Charles Michel said it was an “illegal act”.\n\n"
                 "They added that the bloc “will react with sanctions”.", "“will react with sanctions”", 0,
                 "will react with sanctions", "Ursula von der Leyen and Charles Michel", "added", True,
                 id="they-added"),
    pytest.param('"The phase of diplomacy is over," reports ITV News Global Security Editor Rohit Kachroo',
                 '"The phase of diplomacy is over,"', 0, "The phase of diplomacy is over,", "Rohit Kachroo",
                 "reports", False, id="reports-inverted"),
    pytest.param("Russia ordered “peace-keeping” forces into the two regions.", "“peace-keeping”", 0,
                 "peace-keeping", None, None, True, id="scare-quotes-no-speaker"),
    pytest.param("“We have to be ready,” Mr Wallace said, “because the threat is real.”\n\n"
                 "Ben Wallace is the defence secretary.", "“because the threat is real.”", 0,
                 "because the threat is real.", "Ben Wallace", "said", False, id="quote-resumed-after-attribution"),
    pytest.param("“I have my doubts whether the Russians will ever pull out,” said Austrian Foreign Minister "
                 "Alexander Schallenberg.", "“I have my doubts whether the Russians will ever pull out,”", 0,
                 "I have my doubts whether the Russians will ever pull out,", "Alexander Schallenberg", "said",
                 False, id="said-long-title"),
    pytest.param("The Foreign Office said in a statement that Britain “stands with Ukraine”.", "“stands with Ukraine”",
                 0, "stands with Ukraine", "Foreign Office", "said", True, id="said-in-a-statement"),
    pytest.param("Ukraine's foreign minister, Dmytro Kuleba, tweeted: \"Russia must stop.\"", '"Russia must stop."',
                 0, "Russia must stop.", "Dmytro Kuleba", "tweeted", False, id="appositive-tweeted"),
    pytest.param("Volodymyr Zelensky addressed the nation.\n\n"
                 'Mr Zelensky, speaking in a video address, said: "We are not afraid of anyone."',
                 '"We are not afraid of anyone."', 0, "We are not afraid of anyone.", "Volodymyr Zelenskyy", "said",
                 False, id="participle-between-subject-and-verb"),
    pytest.param('Western officials described the situation as "extremely serious".', '"extremely serious"', 0,
                 "extremely serious", "Western officials", "described", True, id="described-group"),
    pytest.param('According to the Ukrainian military, "the enemy has been stopped".', '"the enemy has been stopped"',
                 0, "the enemy has been stopped", "Ukrainian military", "according to", True,
                 id="According-to-before"),
    pytest.param("“We will respond,” the official said, adding that “all options are on the table”.",
                 "“all options are on the table”", 0, "all options are on the table", "official", "added", True,
                 id="said-adding-that"),
    pytest.param("The spokesman called it a “fabrication”, adding: “There is no truth in these claims.”",
                 "“fabrication”", 0, "fabrication", "spokesman", "called", True, id="called-then-adding-first"),
    pytest.param("The spokesman called it a “fabrication”, adding: “There is no truth in these claims.”",
                 "“There is no truth in these claims.”", 0, "There is no truth in these claims.", "spokesman",
                 "added", False, id="called-then-adding-second"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "nth", "content", "speaker", "verb", "partial"), QUOTES)
def test_quote(
    text: str, surface: str, nth: int, content: str, speaker: str | None, verb: str | None, partial: bool
) -> None:
    """The quote is found with its marks in the span, its content, speaker, reporting verb and partial flag."""
    q: Quote = _fact(text, surface, Quote, nth)
    assert q.type is FactType.QUOTE
    assert (q.content, q.speaker, q.verb, q.partial) == (content, speaker, verb, partial)
    if speaker is not None:
        assert q.speaker_span is not None and len(q.speaker_span) > 0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Liz Truss said "this will not stand.\n\nThe talks ended.', id="unclosed-double"),
        pytest.param("He said it was over” and left.", id="stray-closing-curly"),
        pytest.param("She said ‘no and walked out.", id="unclosed-single"),
    ],
)
def test_unbalanced_marks_warn_and_never_crash(text: str, caplog: pytest.LogCaptureFixture) -> None:
    """An unbalanced quote mark is logged as a warning naming its offset, and extraction goes on."""
    with caplog.at_level(logging.WARNING, logger="compare.facts.quotes"):
        _read(text)
    assert any("quote mark" in record.getMessage() for record in caplog.records)


def test_balanced_paragraph_quote_does_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    """A quote left open at a paragraph end and continued in the next is the convention, not an error."""
    text = 'A spokesperson said: "We are ready.\n\n"We will act."'
    with caplog.at_level(logging.WARNING, logger="compare.facts.quotes"):
        _read(text)
    assert not [r for r in caplog.records if "quote mark" in r.getMessage()]


# --- entities and aliases ---------------------------------------------------------------------

# text, surface, nth, canonical (None: no entity there), kind
ENTITIES = [
    pytest.param("Russian forces massed north of Kiev on Monday.", "Kiev", 0, "Kyiv", "place", id="issue-Kiev"),
    pytest.param("Residents of Kyiv queued for fuel.", "Kyiv", 0, "Kyiv", "place", id="issue-Kyiv"),
    pytest.param("Shelling was reported in Kharkov overnight.", "Kharkov", 0, "Kharkiv", "place", id="issue-Kharkov"),
    pytest.param("Dan Rivers is in the eastern city of Kharkiv.", "Kharkiv", 0, "Kharkiv", "place", id="issue-Kharkiv"),
    pytest.param("Nato allies met in Brussels.", "Nato", 0, "NATO", "org", id="issue-Nato"),
    pytest.param("Ukraine wants to join NATO one day.", "NATO", 0, "NATO", "org", id="issue-NATO"),
    pytest.param("The US and its allies prepared sanctions.", "US", 0, "United States", "place", id="issue-US"),
    pytest.param("U.S. officials briefed reporters.", "U.S.", 0, "United States", "place", id="issue-U.S."),
    pytest.param("Talks with the United States stalled.", "United States", 0, "United States", "place",
                 id="issue-United-States"),
    pytest.param("The UK will impose sanctions on Tuesday.", "UK", 0, "United Kingdom", "place", id="issue-UK"),
    pytest.param("In Britain, ministers warned of a staged provocation.", "Britain", 0, "United Kingdom", "place",
                 id="issue-Britain"),
    pytest.param("EU foreign ministers met in Brussels.", "EU", 0, "European Union", "org", id="issue-EU"),
    pytest.param("The European Union prepared a package of sanctions.", "European Union", 0, "European Union", "org",
                 id="issue-European-Union"),
    pytest.param("Vladimir Putin spoke for an hour. Later Mr Putin signed the decree.", "Putin", 1,
                 "Vladimir Putin", "person", id="issue-Mr-Putin"),
    pytest.param("Vladimir Putin spoke for an hour.", "Vladimir Putin", 0, "Vladimir Putin", "person",
                 id="issue-Vladimir-Putin"),
    pytest.param("Russian President Vladimir Putin spoke. Then the Russian president signed.",
                 "the Russian president", 0, "Vladimir Putin", "person", id="issue-the-Russian-president-tied"),
    pytest.param("Joe Biden spoke on Monday. The Russian president was not invited.", "The Russian president", 0,
                 None, None, id="issue-the-Russian-president-untied"),
    pytest.param("Boris Johnson chaired the meeting. Mr Johnson later spoke.", "Johnson", 1, "Boris Johnson",
                 "person", id="issue-Mr-Johnson"),
    pytest.param("Prime Minister Boris Johnson spoke first. Later the prime minister left.", "the prime minister", 0,
                 "Boris Johnson", "person", id="issue-the-prime-minister"),
    pytest.param("Ben Wallace, the UK's Defence Secretary, spoke. The defence secretary warned MPs.",
                 "The defence secretary", 0, "Ben Wallace", "person", id="the-defence-secretary"),
    pytest.param("German Chancellor Olaf Scholz halted the pipeline. The German chancellor spoke in Berlin.",
                 "The German chancellor", 0, "Olaf Scholz", "person", id="the-German-chancellor"),
    pytest.param("Foreign Minister Sergey Lavrov arrived. Mr Lavrov said little.", "Lavrov", 1, "Sergey Lavrov",
                 "person", id="Mr-Lavrov"),
    pytest.param("Sergei Lavrov met Antony Blinken.", "Sergei Lavrov", 0, "Sergey Lavrov", "person",
                 id="Sergei-is-Sergey"),
    pytest.param("Volodymyr Zelensky addressed the nation.", "Volodymyr Zelensky", 0, "Volodymyr Zelenskyy",
                 "person", id="Zelensky-is-Zelenskyy"),
    pytest.param("Downing Street said the talks went well.", "Downing Street", 0, "Downing Street", "org",
                 id="Downing-Street"),
    pytest.param("The Kremlin denied the reports.", "Kremlin", 0, "Kremlin", "org", id="Kremlin"),
    pytest.param("Troops stayed in Belarus after the drills.", "Belarus", 0, "Belarus", "place", id="Belarus"),
    pytest.param("Police took part in a protest in Odessa.", "Odessa", 0, "Odesa", "place", id="Odessa"),
    pytest.param("America has sent more troops to Poland.", "America", 0, "United States", "place", id="America"),
    pytest.param("The UN Security Council met at midnight.", "UN Security Council", 0, "UN Security Council", "org",
                 id="UN-Security-Council"),
    pytest.param("The Ministry of Defence released an update.", "Ministry of Defence", 0, "Ministry of Defence", "org",
                 id="Ministry-of-Defence"),
    pytest.param("The Donetsk People's Republic asked for help.", "Donetsk People's Republic", 0,
                 "Donetsk People's Republic", "place", id="Donetsk-People's-Republic"),
    pytest.param("European Commission president Ursula von der Leyen spoke.", "Ursula von der Leyen", 0,
                 "Ursula von der Leyen", "person", id="von-der-Leyen"),
    pytest.param("The Russian Duma voted on Tuesday.", "Russian Duma", 0, "Duma", "org", id="Russian-Duma"),
    pytest.param("Moscow-backed separatists fired shells.", "Moscow", 0, "Moscow", "place", id="Moscow-backed"),
    pytest.param("Hopes of a breakthrough were raised.", "Hopes", 0, None, None, id="not-sentence-initial-word"),
    pytest.param("US Secretary of State Antony Blinken spoke to Sergey Lavrov.", "Antony Blinken", 0,
                 "Antony Blinken", "person", id="Secretary-of-State-title"),
    pytest.param("The United Nations General Assembly voted on Wednesday.", "United Nations General Assembly", 0,
                 "UN General Assembly", "org", id="UN-General-Assembly"),
    pytest.param("The G7 and G20 groups met by video link.", "G20", 0, "G20", "org", id="G20"),
    pytest.param("The Black Sea Fleet moved six ships.", "Black Sea Fleet", 0, "Black Sea Fleet", "org",
                 id="Black-Sea-Fleet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "nth", "canonical", "kind"), ENTITIES)
def test_entity(text: str, surface: str, nth: int, canonical: str | None, kind: str | None) -> None:
    """The mention is found with its exact span, canonical name and kind (or, for None, not at all)."""
    if canonical is None:
        _, facts = _read(text)
        start = _at(text, surface, nth)
        assert not [e for e in facts if isinstance(e, Entity) and e.span.start == start], surface
        return
    e: Entity = _fact(text, surface, Entity, nth)
    assert e.type is FactType.ENTITY
    assert (e.canonical, e.kind) == (canonical, kind)


# --- certainty and polarity -------------------------------------------------------------------

# text, cue surface, nth, kind, normalised cue, scope surface (None: no scope)
HEDGES = [
    pytest.param("Russian troops claimed on Monday that they had killed five intruders.", "claimed", 0,
                 "hedge", "claim", "they had killed five intruders", id="issue-claimed"),
    pytest.param("The alleged attack took place near Donetsk.", "alleged", 0, "hedge", "allege",
                 "attack took place near Donetsk", id="issue-alleged"),
    pytest.param("The general was reportedly killed in the strike.", "reportedly", 0, "hedge", "reportedly",
                 "killed in the strike", id="issue-reportedly"),
    pytest.param("Unconfirmed video on social media showed troops heading to the border.", "Unconfirmed", 0,
                 "hedge", "unconfirmed", "video on social media showed troops heading to the border",
                 id="issue-unconfirmed"),
    pytest.param("Russia is widely suspected of supporting the rebels.", "widely suspected", 0, "hedge",
                 "widely suspected", "supporting the rebels", id="issue-widely-suspected"),
    pytest.param("With Russia feared to be seeking an excuse to invade, any backing could open the door.", "feared",
                 0, "hedge", "fear", "be seeking an excuse to invade", id="issue-feared"),
    pytest.param("The minister is expected to resign on Tuesday.", "is expected to", 0, "hedge", "expected to",
                 "resign on Tuesday", id="issue-is-expected-to"),
    pytest.param("Such a move would violate international law.", "would", 0, "modal", "would",
                 "violate international law", id="issue-would"),
    pytest.param("Any such backing could also open the door to a military intervention.", "could", 0, "modal",
                 "could", "also open the door to a military intervention", id="issue-could"),
    pytest.param("The sanctions may target Russian banks.", "may", 0, "modal", "may", "target Russian banks",
                 id="issue-may"),
    pytest.param("Moscow plans to recognise the two regions.", "plans to", 0, "modal", "plan to",
                 "recognise the two regions", id="issue-plans-to"),
    pytest.param("Vladimir Putin is open to recognising the regions.", "is open to", 0, "modal", "open to",
                 "recognising the regions", id="issue-is-open-to"),
    pytest.param("Moscow insists it is not planning an invasion.", "not", 0, "negation", "not",
                 "planning an invasion", id="issue-not"),
    pytest.param("There were no concrete plans for such a summit.", "no", 0, "negation", "no",
                 "concrete plans for such a summit", id="issue-no"),
    pytest.param("Russia will never accept Ukraine joining Nato.", "never", 0, "negation", "never",
                 "accept Ukraine joining Nato", id="issue-never"),
    pytest.param("The Kremlin denied any involvement in the attack.", "denied", 0, "negation", "deny",
                 "any involvement in the attack", id="issue-denied"),
    pytest.param("Ukraine rejected both claims as false.", "rejected both claims as false", 0, "negation",
                 "reject as false", "both claims", id="issue-rejected-as-false"),
    pytest.param("Moscow rejected the allegations as baseless.", "rejected the allegations as baseless", 0,
                 "negation", "reject as false", "the allegations", id="rejected-as-baseless"),
    pytest.param("The ministry did not confirm the figures.", "not", 0, "negation", "not", "confirm the figures",
                 id="did-not"),
    pytest.param("Officials say the troops haven't withdrawn.", "n't", 0, "negation", "not", "withdrawn",
                 id="haven't"),
    pytest.param("The sanctions weren’t defined, officials said.", "n’t", 0, "negation", "not", "defined",
                 id="weren’t-curly"),
    pytest.param("Kyiv cannot rule out an attack from Belarus.", "cannot", 0, "negation", "not",
                 "rule out an attack from Belarus", id="cannot"),
    pytest.param("The White House has denied that troops will be sent to Ukraine.", "denied", 0, "negation", "deny",
                 "troops will be sent to Ukraine", id="denied-that"),
    pytest.param("Neither side has commented on the report.", "Neither", 0, "negation", "no",
                 "side has commented on the report", id="neither"),
    pytest.param("Nobody was hurt in the blast.", "Nobody", 0, "negation", "no", "was hurt in the blast",
                 id="nobody"),
    pytest.param("According to officials, the convoy stopped short of the border.", "According to", 0, "hedge",
                 "according to", "the convoy stopped short of the border", id="according-to-first"),
    pytest.param("The convoy stopped short of the border, according to officials.", "according to", 0, "hedge",
                 "according to", "The convoy stopped short of the border", id="according-to-last"),
    pytest.param("The Russians may never pull out of Belarus.", "may", 0, "modal", "may",
                 "never pull out of Belarus", id="may-never-outer"),
    pytest.param("The Russians may never pull out of Belarus.", "never", 0, "negation", "never",
                 "pull out of Belarus", id="may-never-inner"),
    pytest.param("The EU could impose sanctions, although it has not yet decided.", "could", 0, "modal", "could",
                 "impose sanctions", id="could-stops-at-clause"),
    pytest.param("The EU could impose sanctions, although it has not yet decided.", "not", 0, "negation", "not",
                 "yet decided", id="not-in-second-clause"),
    pytest.param("The shelling apparently came from rebel-held areas.", "apparently", 0, "hedge", "apparently",
                 "came from rebel-held areas", id="apparently"),
    pytest.param("Two soldiers were allegedly captured.", "allegedly", 0, "hedge", "allege", "captured",
                 id="allegedly"),
    pytest.param("Russian forces appear to be withdrawing.", "appear", 0, "hedge", "appear", "be withdrawing",
                 id="appear-to"),
    pytest.param("Mr Putin is said to be furious.", "is said to", 0, "hedge", "said to", "be furious",
                 id="is-said-to"),
    pytest.param("Washington is widely expected to announce sanctions.", "widely expected", 0, "hedge",
                 "widely expected", "announce sanctions", id="widely-expected-to"),
    pytest.param("Vladimir Putin has signalled he is open to talks.", "signalled", 0, "modal", "signal",
                 "he is open to talks", id="signalled"),
    pytest.param("The claims could not be independently verified.", "not", 0, "negation", "not",
                 "be independently verified", id="could-not-be-verified"),
    pytest.param("Russia did not deny the reports.", "deny", 0, "negation", "deny", "the reports",
                 id="not-deny-inner"),
    pytest.param("Europe will feel it, whether they are in Nato or not.", "not", 0, "negation", "not",
                 "they are in Nato", id="or-not-scopes-left"),
    pytest.param("The figures are unverified.", "unverified", 0, "hedge", "unconfirmed", "The figures",
                 id="predicate-scopes-left"),
    pytest.param("Russia is widely suspected of supporting the rebels in a war that has killed more than "
                 "14,000 people, although it denies this.", "denies", 0, "negation", "deny", "this",
                 id="although-it-denies-this"),
    pytest.param("The Kremlin has dismissed the claims as \"hysteria\".", "dismissed the claims as", 0, "negation",
                 "dismiss as", "the claims", id="dismissed-as"),
    pytest.param("The alleged plot, which Moscow denies, was uncovered last month.", "denies", 0, "negation",
                 "deny", "The alleged plot", id="which-Moscow-denies"),
    pytest.param("Washington warned that an invasion could happen \"at any time\".", "could", 0, "modal", "could",
                 "happen \"at any time\"", id="scope-keeps-quote-marks"),
    pytest.param("It is unclear whether the troops will withdraw.", "unclear", 0, "hedge", "unclear",
                 "whether the troops will withdraw", id="unclear"),
    pytest.param("The strike is believed to have killed at least 10 people.", "is believed to", 0, "hedge",
                 "believed to", "have killed at least 10 people", id="is-believed-to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "nth", "kind", "cue", "scope"), HEDGES)
def test_hedge(text: str, surface: str, nth: int, kind: str, cue: str, scope: str | None) -> None:
    """The cue is found with its kind, normalised cue, exact span and the words it scopes over."""
    h: Hedge = _fact(text, surface, Hedge, nth)
    assert h.type is FactType.HEDGE
    assert (h.kind, h.cue) == (kind, cue)
    if scope is None:
        assert h.scope_span is None
    else:
        assert h.scope_span is not None
        assert text[h.scope_span.start : h.scope_span.end] == scope


# --- the bundled pair, loaded as the CLI loads it ----------------------------------------------


def _bundled(name: str) -> tuple[Source, list[Fact]]:
    source = compare.load_source(str(SOURCES / name), source_id="s1")
    return source, [fact for claim in read_source(source) for fact in claim.facts]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_4a82e88ad2850e87.txt", NUMBERS_000), ("001_b2086199f1fced57.txt", NUMBERS_001)],
)
def test_bundled_numbers(name: str, expected: list[tuple[str, float, float | None, str, str | None]]) -> None:
    """Every number of each bundled article reaches its claims with the right range, qualifier and unit."""
    source, facts = _bundled(name)
    found = [f for f in facts if isinstance(f, Quantity)]
    assert [(q.text, q.low, q.high, q.qualifier, q.unit) for q in found] == [
        (text, float(low), None if high is None else float(high), qualifier, unit)
        for text, low, high, qualifier, unit in expected
    ]
    assert all(source.text[q.span.start : q.span.end] == q.text for q in found)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_4a82e88ad2850e87.txt", QUOTES_000), ("001_b2086199f1fced57.txt", QUOTES_001)],
)
def test_bundled_speakers(name: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    """Every quote of each bundled article reaches its claims with the speaker and verb the tests list."""
    source, facts = _bundled(name)
    found = [f for f in facts if isinstance(f, Quote)]
    assert len(found) == len(expected)
    for quote, (content, speaker, verb, _) in zip(found, expected, strict=True):
        assert quote.content.startswith(content)
        assert (quote.speaker, quote.verb) == (speaker, verb), content
        assert source.text[quote.span.start : quote.span.end] == quote.text


def test_bundled_000_times_resolve_in_february_2022() -> None:
    """000 is dated 2022-02-21 by its own date line, and every time it names but a year lands in February 2022."""
    source, facts = _bundled("000_4a82e88ad2850e87.txt")
    assert source.date == MONDAY
    times = [f for f in facts if isinstance(f, TimeExpr)]
    assert [(t.text, t.value) for t in times] == [
        ("on Monday", "2022-02-21"), ("last week", "2022-02-14/2022-02-20"), ("on Monday", "2022-02-21"),
        ("on Monday", "2022-02-21"), ("since 2014", "2014"), ("on Monday", "2022-02-21"),
        ("on Monday", "2022-02-21"), ("on Monday", "2022-02-21"), ("on Thursday", "2022-02-24"),
        ("on Sunday", "2022-02-20"),
    ]  # fmt: skip
    days = [t for t in times if t.kind != "year"]
    assert all(t.resolved and t.value and t.value.startswith("2022-02-") for t in days)


# The minimum: 150 cases with value, span and type across the five kinds.
def test_table_size() -> None:
    """The table holds at least 150 cases and covers all five kinds of fact."""
    sizes = {"quantity": len(QUANTITIES) + len(NOT_QUANTITIES), "time": len(TIMES), "quote": len(QUOTES),
             "entity": len(ENTITIES), "hedge": len(HEDGES)}
    assert sum(sizes.values()) >= 150 and min(sizes.values()) >= 25, sizes
