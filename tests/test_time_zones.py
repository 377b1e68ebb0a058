"""Clock times written in two time zones are weighed as instants (`compare.detectors.times`)."""

from __future__ import annotations

import pytest

from compare.model import DivergenceKind as K
from compare.pipeline import relate

# MSRP train pairs, unedited, and pairs written from them
ONE_INSTANT = [
    # EDT is UTC-4, Arizona keeps UTC-7 all year
    ("Three such vigilante-style attacks forced the hacker organizer, who identified himself only as \"Eleonora67,\" "
     "to extend the contest until 6 p.m. EDT Sunday.",
     "Three such vigilante-style attacks forced the hacker organizer, who identified himself only as "
     "\"Eleonora[67],\" to extend the contest until 3 p.m. Arizona time Sunday."),
    # 6 p.m. EDT Sunday is 8 a.m. AEST Monday
    ("Three such vigilante-style attacks forced the hacker organiser, who identified himself only as \"Eleonora67],\" "
     "to extend the contest until 8am (AEST) today.",
     "Three such vigilante-style attacks forced the hacker organizer, who identified himself only as \"Eleonora67,\" "
     "to extend the contest until 6 p.m. EDT Sunday."),
    # the days differ by the zone shift only
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 8 a.m. AEST Monday."),
    # a region's standard-time name is often written for its summer time
    ("MSN Messenger 6 will be available from 6 p.m. GMT on Wednesday.",
     "MSN Messenger 6 will be available from 11 a.m. PST on Wednesday."),
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 3 p.m. Pacific time Sunday."),
]

TWO_INSTANTS = [
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 6 p.m. PDT Sunday."),
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 7 p.m. EDT Sunday."),
    # one instant's days are Sunday and Monday, not Sunday and Tuesday
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 8 a.m. AEST Tuesday."),
    ("The hacker extended the contest until 6 p.m. EDT Sunday.",
     "The hacker extended the contest until 3 p.m. Central time Sunday."),
]


def _time_reasons(a: str, b: str) -> list[str]:
    return [f"{r.a}/{r.b}" for r in relate(a, b).reasons if r.kind is K.TIME]


@pytest.mark.parametrize(("a", "b"), ONE_INSTANT, ids=range(len(ONE_INSTANT)))
def test_one_instant_in_two_zones_is_no_time_conflict(a: str, b: str) -> None:
    """"6 p.m. EDT Sunday", "3 p.m. Arizona time Sunday" and "8am (AEST)" on Monday are one instant."""
    assert not _time_reasons(a, b)
    assert not _time_reasons(b, a)


@pytest.mark.parametrize(("a", "b"), TWO_INSTANTS, ids=range(len(TWO_INSTANTS)))
def test_two_instants_in_two_zones_conflict(a: str, b: str) -> None:
    """"6 p.m. EDT" and "6 p.m. PDT" are three hours apart: a time conflict."""
    assert _time_reasons(a, b)
    assert _time_reasons(b, a)


def test_a_local_time_is_not_weighed_against_a_zone() -> None:
    """"local time" names no zone, so it is not compared with one."""
    assert not _time_reasons("The polls opened at 9 a.m. local time.", "The polls opened at 6 p.m. GMT.")
