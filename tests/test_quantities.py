"""Tests for compare.facts.quantities: extraction, compatibility and descriptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.facts import quantities
from compare.model import FactType, Quantity

SOURCES = Path(__file__).resolve().parent.parent / "sources"
OFFSET = 1000

# text, expected surface, low, high, qualifier, approximate, unit, counted
CASES: list[tuple[str, str, float | None, float | None, str, bool, str | None, str | None]] = [
    ("150,000", "150,000", 150000, 150000, "exact", False, None, None),
    ("They are among at least 150,000 Russian troops now deployed.",
     "at least 150,000 Russian troops", 150000, None, "at_least", False, "personnel",
     "Russian troops"),
    ("a war that has killed more than 14,000 people since 2014",
     "more than 14,000 people", 14000, None, "more_than", False, "fatalities", "people"),
    ("more than 14,000 people", "more than 14,000 people", 14000, None, "more_than", False,
     "people", "people"),
    ("that brought an estimated 30,000 Russian forces to Belarus",
     "an estimated 30,000 Russian forces", 30000, 30000, "about", True, "personnel",
     "Russian forces"),
    ("pledges to pull tens of thousands of its troops back",
     "tens of thousands of its troops", 20000, 99999, "vague", True, "personnel", "troops"),
    ("a city of about three million people", "about three million people", 3e6, 3e6, "about",
     True, "people", "people"),
    ("they had detained five intruders", "five intruders", 5, 5, "exact", False, None,
     "intruders"),
    ("they had killed five intruders", "five intruders", 5, 5, "exact", False, "fatalities",
     "intruders"),
    ("a fine of 1.5m", "1.5m", 1.5e6, 1.5e6, "exact", False, None, None),
    ("a £2bn package", "£2bn", 2e9, 2e9, "exact", False, "GBP", None),
    ("aid worth $3.2 billion", "$3.2 billion", 3.2e9, 3.2e9, "exact", False, "USD", None),
    ("a €40m loan", "€40m", 4e7, 4e7, "exact", False, "EUR", None),
    ("prices rose 18 to 25 per cent", "18 to 25 per cent", 18, 25, "range", False, "percent",
     None),
    ("between 18 and 25 per cent", "between 18 and 25 per cent", 18, 25, "range", False,
     "percent", None),
    ("a rise of 18-25%", "18-25%", 18, 25, "range", False, "percent", None),
    ("18 to 25 million", "18 to 25 million", 18e6, 25e6, "range", False, None, None),
    ("nearly 40", "nearly 40", None, 40, "at_most", True, None, None),
    ("up to 100", "up to 100", None, 100, "at_most", False, None, None),
    ("fewer than 20 tanks", "fewer than 20 tanks", None, 20, "less_than", False, None, "tanks"),
    ("dozens", "dozens", 24, 99, "vague", True, None, None),
    ("hundreds", "hundreds", 200, 999, "vague", True, None, None),
    ("thousands", "thousands", 2000, 9999, "vague", True, None, None),
    ("thousands of civilians fled", "thousands of civilians", 2000, 9999, "vague", True,
     "people", "civilians"),
    ("several carefully orchestrated meetings", "several carefully orchestrated meetings", 3, 9,
     "vague", True, None, "carefully orchestrated meetings"),
    ("a third", "a third", 1 / 3, 1 / 3, "exact", True, "fraction", None),
    ("two-thirds of voters", "two-thirds", 2 / 3, 2 / 3, "exact", True, "fraction", None),
    ("half of the population", "half", 0.5, 0.5, "exact", True, "fraction", None),
    ("40%", "40%", 40, 40, "exact", False, "percent", None),
    ("5 per cent", "5 per cent", 5, 5, "exact", False, "percent", None),
    ("2.5 percentage points", "2.5 percentage points", 2.5, 2.5, "exact", False,
     "percentage_points", None),
    ("recognising two breakaway regions of Ukraine", "two breakaway regions", 2, 2, "exact",
     False, None, "breakaway regions"),
    ("less than a three-hour drive away", "three-hour drive", 3, 3, "exact", False, "hours",
     "drive"),
    ("a 45-year-old man", "45-year-old man", 45, 45, "exact", False, "years", "man"),
    ("10 km", "10 km", 10, 10, "exact", False, "km", None),
    ("5 miles", "5 miles", 5, 5, "exact", False, "miles", None),
    ("more than 50 killed", "more than 50 killed", 50, None, "more_than", False, "fatalities",
     "killed"),
    ("40 dead", "40 dead", 40, 40, "exact", False, "fatalities", "dead"),
    ("five people were killed", "five people", 5, 5, "exact", False, "fatalities", "people"),
    ("injuring 30 people", "30 people", 30, 30, "exact", False, "injuries", "people"),
    ("12 wounded", "12 wounded", 12, 12, "exact", False, "injuries", "wounded"),
    ("2000 troops", "2000 troops", 2000, 2000, "exact", False, "personnel", "troops"),
    ("some 5,000 soldiers", "some 5,000 soldiers", 5000, 5000, "about", True, "personnel",
     "soldiers"),
    ("150,000 or more", "150,000 or more", 150000, None, "at_least", False, None, None),
    ("3,000 of the troops", "3,000 of the troops", 3000, 3000, "exact", False, "personnel",
     "troops"),
    ("one soldier", "one soldier", 1, 1, "exact", False, "personnel", "soldier"),
    ("a million people", "a million people", 1e6, 1e6, "exact", False, "people", "people"),
    ("two hundred and fifty people", "two hundred and fifty people", 250, 250, "exact", False,
     "people", "people"),
    ("twenty-five residents", "twenty-five residents", 25, 25, "exact", False, "people",
     "residents"),
    ("US$5m", "US$5m", 5e6, 5e6, "exact", False, "USD", None),
    ("the talks lasted over three days", "three days", 3, 3, "exact", False, "days", None),
    ("over 100 servicemen", "over 100 servicemen", 100, None, "more_than", False, "personnel",
     "servicemen"),
    ("The death toll rose to 42 on Tuesday", "42", 42, 42, "exact", False, "fatalities", None),
    ("At least 12 people were injured", "At least 12 people", 12, None, "at_least", False,
     "injuries", "people"),
    ("Between 2,000 and 3,000 soldiers crossed", "Between 2,000 and 3,000 soldiers", 2000, 3000,
     "range", False, "personnel", "soldiers"),
    ("massed 100,000 to 130,000 troops near", "100,000 to 130,000 troops", 1e5, 1.3e5, "range",
     False, "personnel", "troops"),
    ("about 18 to 25 per cent", "about 18 to 25 per cent", 18, 25, "range", True, "percent",
     None),
    ("The US will send 3,000 more troops", "3,000 more troops", 3000, 3000, "exact", False,
     "personnel", "more troops"),
    ("Shares fell 3pc on Friday", "3pc", 3, 3, "exact", False, "percent", None),
    ("The 27-nation bloc agreed", "27-nation bloc", 27, 27, "exact", False, None, "nation bloc"),
    ("A 3,000-strong force arrived", "3,000-strong force", 3000, 3000, "exact", False,
     "personnel", "force"),
    ("prices have risen by two-thirds since October", "two-thirds", 2 / 3, 2 / 3, "exact", True,
     "fraction", None),
    ("Ukraine's 44 million people", "44 million people", 44e6, 44e6, "exact", False, "people",
     "people"),
    ("roughly 2,500 casualties", "roughly 2,500 casualties", 2500, 2500, "about", True,
     "fatalities", "casualties"),
]  # fmt: skip

NOT_QUANTITIES = [
    "at 6.30am", "by 2.15pm", "2014", "2014-15", "in 2015", "Covid-19", "the G7", "an F-16",
    "No 10", "No. 10 Downing Street", "the second attack", "on the 21st", "1. First item",
    "on 21 February", "the 18:00 meeting", "flight MH17", "one by one", "at one point",
    "Article 5", "February 21, 2022", "a crash at junction 15", "a third attack",
    "in the 2019 election",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "qualifier", "approximate", "unit", "counted"), CASES
)
def test_extract_table(
    text: str,
    surface: str,
    low: float | None,
    high: float | None,
    qualifier: str,
    approximate: bool,
    unit: str | None,
    counted: str | None,
) -> None:
    """Each phrase yields exactly one quantity with the expected range, wording and span."""
    (q,) = quantities.extract(text, offset=OFFSET)
    assert q.type is FactType.QUANTITY
    assert q.text == surface
    assert (q.span.start, q.span.end) == (OFFSET + text.index(surface),
                                          OFFSET + text.index(surface) + len(surface))
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert (q.qualifier, q.approximate, q.unit, q.counted) == (qualifier, approximate, unit,
                                                               counted)


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    """Times, years, dates, codes, ordinals and list markers are not quantities."""
    assert quantities.extract(text) == ()


def _q(text: str) -> Quantity:
    (q,) = quantities.extract(text)
    return q


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("150,000", "at least 150,000 Russian troops", True),
        ("more than 50 killed", "40 dead", False),
        ("tens of thousands", "30,000", True),
        ("about three million", "3,000,000", True),
        ("30,000 troops", "150,000 personnel", False),
        ("30,000", "150,000 troops", None),
        ("5 people", "18 percent", None),
        ("about 30,000", "30,500", True),
        ("30,000", "30,500", False),
        ("a third", "33%", True),
        ("3 hours", "180 minutes", True),
        ("10 km", "5 miles", False),
        ("30 miles", "50 km", True),  # 48.3 km, rounded in conversion
        ("30 miles", "60 km", False),
        ("200 feet", "60 metres", True),
        ("200 feet", "150 metres", False),
        ("2 ½ servings", "2.5 servings", True),
        ("2 ½ servings", "2 servings", False),
        ("£2bn", "$2bn", None),
        ("5 tanks", "5 jets", None),
        ("nearly 40", "40 dead", True),
        ("two breakaway regions", "2 separatist regions", True),
        ("18 to 25 per cent", "21.5%", True),
        ("18 to 25 per cent", "30%", False),
        ("up to 100", "120", False),
        ("dozens", "thousands", False),
    ],
)
def test_compatible(a: str, b: str, expected: bool | None) -> None:
    """compatible() says True for the same figure, False for a conflict, None if incomparable."""
    assert quantities.compatible(_q(a), _q(b)) is expected
    assert quantities.compatible(_q(b), _q(a)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 150,000 Russian troops", "at least 150,000 personnel"),
        ("about three million people", "about 3 million people"),
        ("18 to 25 per cent", "18%–25%"),
        ("£2bn", "£2 billion"),
        ("nearly 40", "nearly 40"),
        ("up to 100", "at most 100"),
        ("tens of thousands of its troops", "tens of thousands (20,000–99,999) personnel"),
        ("a third", "a third (about 33%)"),
        ("two breakaway regions", "2 breakaway regions"),
    ],
)
def test_describe(text: str, expected: str) -> None:
    """describe() gives the short form explanations quote."""
    assert quantities.describe(_q(text)) == expected


# Every number in the bundled articles: (surface, low, high, qualifier, unit).
ARTICLE_000 = [
    ("two breakaway regions", 2, 2, "exact", None),
    ("five intruders", 5, 5, "exact", "fatalities"),
    ("more than 14,000 people", 14000, None, "more_than", "fatalities"),
    ("two rebel leaders", 2, 2, "exact", None),
    ("two separatist regions", 2, 2, "exact", None),
]
ARTICLE_001 = [
    ("two separatist regions", 2, 2, "exact", None),
    ("two Moscow-backed regions", 2, 2, "exact", None),
    ("two breakaway regions", 2, 2, "exact", None),
    ("two regions", 2, 2, "exact", None),
    ("two separatist regions", 2, 2, "exact", None),
    ("several carefully orchestrated pre-recorded meetings", 3, 9, "vague", None),
    ("tens of thousands of its troops", 20000, 99999, "vague", "personnel"),
    ("an estimated 30,000 Russian forces", 30000, 30000, "about", "personnel"),
    ("at least 150,000 Russian troops", 150000, None, "at_least", "personnel"),
    ("about three million people", 3e6, 3e6, "about", "people"),
    ("three-hour drive", 3, 3, "exact", "hours"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_4a82e88ad2850e87.txt", ARTICLE_000), ("001_b2086199f1fced57.txt", ARTICLE_001)],
)
def test_bundled_articles(
    name: str, expected: list[tuple[str, float, float | None, str, str | None]]
) -> None:
    """Every number in the bundled articles is found, read right, and nothing else is."""
    text = (SOURCES / name).read_text(encoding="utf-8")
    found = quantities.extract(text)
    got = [(q.text, q.low, q.high, q.qualifier, q.unit) for q in found]
    assert got == [(s, float(lo), None if hi is None else float(hi), ql, u)
                   for s, lo, hi, ql, u in expected]  # fmt: skip
    assert all(text[q.span.start : q.span.end] == q.text for q in found)


_PIECES = [*"0123456789 ,.-–%£$€abmkilnotwhrsdpeu\n", " more than ", " at least ", " troops",
           " tens of thousands ", " per cent", " killed ", " a third", "am", "pm", " 2014",
           " Monday", " between ", " and ", " to ", " No ", "-hour", " of its "]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=80),
       st.integers(min_value=0, max_value=10_000))
def test_extract_never_raises(text: str, offset: int) -> None:
    """extract() never raises, and every span lies in the text and matches its surface."""
    for q in quantities.extract(text, offset=offset):
        assert offset <= q.span.start <= q.span.end <= offset + len(text)
        assert text[q.span.start - offset : q.span.end - offset] == q.text
        assert q.low is None or q.high is None or q.low <= q.high
