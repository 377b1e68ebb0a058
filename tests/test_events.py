"""Which event a time dates (`compare.detectors.events`): the verb or noun it is attached to, and its tense."""

from __future__ import annotations

import pytest

from compare.detectors.events import event_of, one_event, tense_at, tokens

DATED = [
    # (text before the time, the time, text after it, a stem the event must have, its tense)
    ("San Diego Chargers wide receiver Vincent Jackson was arrested ", "Tuesday", " on suspicion of drunk driving.",
     "arrest", "past"),
    ("Despite his arrest early yesterday, Jackson will play in ", "Sunday", "'s AFC divisional playoff game.",
     "game", None),
    ("A man has been charged after a shooting at an office Christmas party in Vancouver ", "Friday", ".",
     "party", None),
    ("", "On Friday", ", 36-year-old Duncan Rait died after slipping and falling about 60m from a ridge.",
     "kill", "past"),
    ("A jury ", "on Tuesday", " convicted a man charged in an April 2007 shooting.", "convict", "past"),
    ("Ellen DeGeneres to host Oscars ", "in 2014", "", "host", "future"),
    ("The Cleveland Cavaliers won the right to draft James by winning the annual lottery ", "Friday night", ".",
     "win", None),
]


@pytest.mark.parametrize(("before", "time", "after", "stem", "tense"), DATED, ids=[t for _, t, *_ in DATED])
def test_a_time_dates_the_word_it_is_attached_to(before: str, time: str, after: str, stem: str,
                                                 tense: str | None) -> None:
    """The verb before a time, the noun it modifies, or the verb after a time that opens the sentence."""
    event = event_of(before, time, after)
    assert event is not None and stem in event.stems, event
    assert event.tense == tense, event


def test_a_statement_is_dated_apart_from_what_it_reports() -> None:
    """"Police said Saturday" dates the statement: no one event with "a shooting ... Friday"."""
    said = event_of("A former employee has been charged with first-degree murder, police said ", "Saturday", ".")
    shot = event_of("A man has been charged after a shooting at an office Christmas party in Vancouver ", "Friday", ".")
    assert said is not None and said.reporting and shot is not None
    assert one_event(said, shot) is False


def test_one_occasion_past_and_one_to_come_are_two() -> None:
    """"Hosted the Academy Awards in 2007" and "to host Oscars in 2014" are two occasions of hosting."""
    past = event_of("DeGeneres hosted the 79th Academy Awards ", "in 2007", ", for which she was nominated.")
    coming = event_of("Ellen DeGeneres to host Oscars ", "in 2014", "")
    assert past is not None and coming is not None and one_event(past, coming) is False


def test_two_announcements_are_one_event() -> None:
    """"Announced on Friday" and "unveiled on Saturday" both date the naming of the host."""
    a = event_of("Hugh Jackman will host the Oscars, the Academy announced ", "on Friday", ".")
    b = event_of("Even as Oscar organizers ", "on Saturday", " unveiled Hugh Jackman as the host.")
    assert a is not None and b is not None and one_event(a, b) is True


@pytest.mark.parametrize(("text", "tense"), [
    ("he would not host", "future"), ("has been charged", "past"), ("is being announced", None),
    ("some issues can only be resolved", None), ("were ordered to be made", None), ("DeGeneres hosted", "past"),
])
def test_tense_is_read_from_the_auxiliaries(text: str, tense: str | None) -> None:
    """Auxiliaries give the tense; a participle after "be" or after "to" is no past."""
    words = tokens(text)
    assert tense_at(words, len(words) - 1) == tense
