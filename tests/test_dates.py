"""Tests for compare.facts.dates: extraction, resolution against the source date, conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.facts import dates
from compare.model import FactType, TimeExpr

SOURCES = Path(__file__).resolve().parent.parent / "sources"
MONDAY = dt.date(2022, 2, 21)  # the date of bundled article 000
OFFSET = 500

# text, ref date, expected surface, kind, value, resolved
CASES: list[tuple[str, dt.date | None, str, str, str | None, bool]] = [
    ("he would decide on Monday on requests", MONDAY, "on Monday", "weekday", "2022-02-21", True),
    ("Belarus announced on Sunday that", MONDAY, "on Sunday", "weekday", "2022-02-20", True),
    ("Lavrov would meet Blinken in Geneva on Thursday.", MONDAY, "on Thursday", "weekday",
     "2022-02-24", True),
    ("Lavrov met Blinken in Geneva on Thursday.", MONDAY, "on Thursday", "weekday",
     "2022-02-17", True),
    ("The summit is set to open on Friday", MONDAY, "on Friday", "weekday", "2022-02-25", True),
    ("exercises originally set to end on Sunday", MONDAY, "on Sunday", "weekday", "2022-02-20",
     True),
    ("last Monday", MONDAY, "last Monday", "weekday", "2022-02-14", True),
    ("next Monday", MONDAY, "next Monday", "weekday", "2022-02-28", True),
    ("on Monday", None, "on Monday", "weekday", None, False),
    ("spoke to him on Monday night", MONDAY, "on Monday night", "part_of_day",
     "2022-02-21T20:00/2022-02-22T04:00", True),
    ("Tuesday morning", None, "Tuesday morning", "part_of_day", None, False),
    ("He will chair it on Tuesday morning", MONDAY, "on Tuesday morning", "part_of_day",
     "2022-02-22T05:00/2022-02-22T12:00", True),
    ("tonight", MONDAY, "tonight", "part_of_day", "2022-02-21T17:00/2022-02-22T00:00", True),
    ("this morning", MONDAY, "this morning", "part_of_day", "2022-02-21T05:00/2022-02-21T12:00",
     True),
    ("last night", MONDAY, "last night", "part_of_day", "2022-02-20T20:00/2022-02-21T04:00", True),
    ("a press conference later in the day", MONDAY, "later in the day", "part_of_day",
     "2022-02-21", True),
    ("21 February", MONDAY, "21 February", "date", "2022-02-21", True),
    ("21 February", None, "21 February", "date", "--02-21", False),
    ("on 21st February 2022", None, "on 21st February 2022", "date", "2022-02-21", False),
    ("February 21, 2022", None, "February 21, 2022", "date", "2022-02-21", False),
    ("Monday, 21 February 2022", None, "Monday, 21 February 2022", "date", "2022-02-21", False),
    ("22/02/2022", None, "22/02/2022", "date", "2022-02-22", False),
    ("02/22/2022", None, "02/22/2022", "date", "2022-02-22", False),
    ("date 2022-02-21 Live", None, "2022-02-21", "date", "2022-02-21", False),
    ("in February 2022", None, "in February 2022", "date", "2022-02", False),
    ("inflation hit 5.4% in December", MONDAY, "in December", "date", "2021-12", True),
    ("talks resume in March", MONDAY, "in March", "date", "2022-03", True),
    ("agreed a plan on 3 March.", MONDAY, "on 3 March", "date", "2022-03-03", True),
    ("by 21 Dec. 2021", None, "by 21 Dec. 2021", "date", "2021-12-21", False),
    ("in 2015", None, "in 2015", "year", "2015", False),
    ("since 2014", None, "since 2014", "year", "2014", False),
    ("since the 2014 conflict", None, "2014", "year", "2014", False),
    ("in 2008 after a brief war", None, "in 2008", "year", "2008", False),
    ("the 2015 elections", None, "2015", "year", "2015", False),
    ("the 2014-15 season", None, "2014-15", "range", "2014/2015", False),
    ("between 2014 and 2016", None, "between 2014 and 2016", "range", "2014/2016", False),
    ("at 6.30am", None, "at 6.30am", "clock", "06:30", False),
    ("by 2.15pm", None, "2.15pm", "clock", "14:15", False),
    ("at 18:00 GMT", None, "at 18:00 GMT", "clock", "18:00", False),
    ("at midnight", None, "at midnight", "clock", "00:00", False),
    ("yesterday", MONDAY, "yesterday", "relative", "2022-02-20", True),
    ("tomorrow", MONDAY, "tomorrow", "relative", "2022-02-22", True),
    ("tomorrow", None, "tomorrow", "relative", None, False),
    ("today", MONDAY, "today", "relative", "2022-02-21", True),
    ("made the same request last week", MONDAY, "last week", "relative",
     "2022-02-14/2022-02-20", True),
    ("this week", MONDAY, "this week", "relative", "2022-02-21/2022-02-27", True),
    ("earlier this month", MONDAY, "earlier this month", "relative", "2022-02-01/2022-02-21",
     True),
    ("last month", MONDAY, "last month", "relative", "2022-01", True),
    ("last year", MONDAY, "last year", "relative", "2021", True),
    ("in recent days", MONDAY, "in recent days", "relative", "2022-02-14/2022-02-21", True),
    ("for weeks", MONDAY, "for weeks", "relative", "2022-02-07/2022-02-21", True),
    ("two days ago", MONDAY, "two days ago", "relative", "2022-02-19", True),
]  # fmt: skip

NOT_TIMES = ["150,000 troops", "Covid-19", "an F-16", "2000 troops", "18 per cent",
             "a three-hour drive", "the G7", "one by one", "it may march on"]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "surface", "kind", "value", "resolved"), CASES)
def test_extract_table(
    text: str, ref: dt.date | None, surface: str, kind: str, value: str | None, resolved: bool
) -> None:
    """Each phrase yields exactly one time expression with the expected kind, value and span."""
    (t,) = dates.extract(text, offset=OFFSET, ref_date=ref)
    assert t.type is FactType.DATE
    start = OFFSET + text.index(surface)
    assert (t.text, t.span.start, t.span.end) == (surface, start, start + len(surface))
    assert (t.kind, t.value, t.resolved) == (kind, value, resolved)


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_times(text: str) -> None:
    """Counts, codes and lower-case month words are not time expressions."""
    assert dates.extract(text, ref_date=MONDAY) == ()


def test_clock_with_weekday() -> None:
    """A clock time right before a weekday takes that day's date; both are reported."""
    text = "The PM will chair a meeting at 6.30am on Tuesday morning."
    clock, day = dates.extract(text, ref_date=MONDAY)
    assert (clock.text, clock.kind, clock.value, clock.resolved) == (
        "at 6.30am", "clock", "2022-02-22T06:30", True)  # fmt: skip
    assert (day.text, day.kind) == ("on Tuesday morning", "part_of_day")
    unresolved = dates.extract(text)
    assert [(t.kind, t.value) for t in unresolved] == [("clock", "06:30"), ("part_of_day", None)]


def _t(text: str, ref: dt.date | None = MONDAY) -> TimeExpr:
    (t,) = dates.extract(text, ref_date=ref)
    return t


@pytest.mark.parametrize(
    ("a", "b", "ref", "expected"),
    [
        ("on Sunday", "on Monday", MONDAY, True),
        ("on Sunday", "on Monday", None, True),
        ("on Monday", "on Monday", None, False),
        ("on Sunday", "2022-02-20", None, False),
        ("2014", "2015", None, True),
        ("in 2015", "2015-02-12", None, False),
        ("2014-15", "in 2015", None, False),
        ("yesterday", "2022-02-20", None, None),
        ("yesterday", "tomorrow", MONDAY, True),
        ("last week", "tomorrow", MONDAY, True),
        ("last week", "on 17 February", MONDAY, False),
        ("in recent days", "in 2015", MONDAY, None),
        ("at 6.30am", "at 7am", None, True),
        ("at 6.30am", "in 2015", None, None),
        ("since 2014", "since 2015", None, True),
        ("since 2014", "in 2015", None, False),
        ("on Monday night", "on Monday", MONDAY, False),
        ("Tuesday morning", "on Monday", MONDAY, True),
        ("21 February", "2022-02-21", None, False),
        ("21 February", "2022-02-22", None, True),
    ],
)
def test_conflict(a: str, b: str, ref: dt.date | None, expected: bool | None) -> None:
    """conflict() is True only for comparable values that differ, None when not comparable."""
    assert dates.conflict(_t(a, ref), _t(b, ref)) is expected
    assert dates.conflict(_t(b, ref), _t(a, ref)) is expected


ARTICLE_000 = [
    ("2022-02-21", "date", "2022-02-21"),
    ("on Monday", "weekday", "2022-02-21"),
    ("last week", "relative", "2022-02-14/2022-02-20"),
    ("on Monday", "weekday", "2022-02-21"),
    ("on Monday", "weekday", "2022-02-21"),
    ("since 2014", "year", "2014"),
    ("on Monday", "weekday", "2022-02-21"),
    ("on Monday", "weekday", "2022-02-21"),
    ("on Monday", "weekday", "2022-02-21"),
    ("on Thursday", "weekday", "2022-02-24"),
    ("on Sunday", "weekday", "2022-02-20"),
]
# Article 001 carries no date line; it reports the same Monday, so it is read against it.
ARTICLE_001 = [
    ("in recent days", "relative", "2022-02-14/2022-02-21"),
    ("at 6.30am", "clock", "2022-02-22T06:30"),
    ("on Tuesday morning", "part_of_day", "2022-02-22T05:00/2022-02-22T12:00"),
    ("2014", "year", "2014"),
    ("in 2008", "year", "2008"),
    ("in 2015", "year", "2015"),
    ("in 2015", "year", "2015"),
    ("on Monday night", "part_of_day", "2022-02-21T20:00/2022-02-22T04:00"),
    ("tomorrow", "relative", "2022-02-22"),
    ("in recent days", "relative", "2022-02-14/2022-02-21"),
    ("on Monday", "weekday", "2022-02-21"),
    ("later in the day", "part_of_day", "2022-02-21"),
    ("2014", "year", "2014"),
    ("on Sunday", "weekday", "2022-02-20"),
    ("on Sunday", "weekday", "2022-02-20"),
    ("for weeks", "relative", "2022-02-07/2022-02-21"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_4a82e88ad2850e87.txt", ARTICLE_000), ("001_b2086199f1fced57.txt", ARTICLE_001)],
)
def test_bundled_articles(name: str, expected: list[tuple[str, str, str]]) -> None:
    """Every time expression in the bundled articles is found and resolved as pinned."""
    text = (SOURCES / name).read_text(encoding="utf-8")
    found = dates.extract(text, ref_date=MONDAY)
    assert [(t.text, t.kind, t.value) for t in found] == expected
    assert all(text[t.span.start : t.span.end] == t.text for t in found)


def test_article_000_resolves_in_february_2022() -> None:
    """Every weekday, relative and date expression in article 000 lands in February 2022."""
    text = (SOURCES / "000_4a82e88ad2850e87.txt").read_text(encoding="utf-8")
    relative = [t for t in dates.extract(text, ref_date=MONDAY) if t.kind != "year"]
    assert relative and all(t.value and t.value.startswith("2022-02-") for t in relative)


_PIECES = [*"0123456789 ,.-–/:apm\n", " on Monday", " Sunday", " last week", " in 2015",
           " since ", " will ", " tomorrow", " February", " 21st", " night", " morning", "T",
           " for weeks", " at ", " noon", " ago", " two days"]  # fmt: skip


@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=80),
    st.integers(min_value=0, max_value=10_000),
    st.none() | st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)),
)
def test_extract_never_raises(text: str, offset: int, ref: dt.date | None) -> None:
    """extract() never raises, spans lie in the text and match `.text`, conflict() never raises."""
    found = dates.extract(text, offset=offset, ref_date=ref)
    for t in found:
        assert offset <= t.span.start <= t.span.end <= offset + len(text)
        assert text[t.span.start - offset : t.span.end - offset] == t.text
    for a in found:
        for b in found:
            assert dates.conflict(a, b) in (True, False, None)
