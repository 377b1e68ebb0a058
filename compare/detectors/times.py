"""Time conflicts: two dates, weekdays or clock times of the same occasion that differ."""

from __future__ import annotations

import re
from functools import lru_cache

from compare.detectors.events import (
    Event,
    at_law,
    clause_tense,
    event_of,
    harm_told,
    in_relative_clause,
    occasion,
    one_event,
    tense_after,
    tokens,
    told_apart,
    told_before_governor,
)
from compare.detectors.side import Side, quoted
from compare.facts import dates
from compare.model import DivergenceKind, Reason, Span, TimeExpr

K = DivergenceKind

_ZONE = re.compile(r"\s*\(?(?:(GMT|BST|UTC|CEST|CET|AEST|AEDT|[ECMP][SD]T|ET|PT)\b|((?:Eastern|Central|Mountain|Pacific"
                   r"|Arizona)(?:\s+(?:standard|daylight))?\s+time)|(local\s+time))", re.IGNORECASE)
# Hours from UTC a zone's name allows. A region's name stands for its clock, standard or summer
# time, since news copy often gives one for the other ("11 a.m. PST" in May); Arizona keeps
# standard time all year. "Local time" is no zone.
_REGIONS = {"e": (-5, -4), "c": (-6, -5), "m": (-7, -6), "p": (-8, -7), "eastern": (-5, -4), "central": (-6, -5),
            "mountain": (-7, -6), "pacific": (-8, -7), "arizona": (-7,)}
_OFFSETS = {"gmt": (0,), "utc": (0,), "bst": (1,), "cet": (1, 2), "cest": (1, 2), "aest": (10, 11),
            "aedt": (10, 11)}
_DAY = 24 * 60


def _zone(side: Side, t: TimeExpr) -> str | None:
    """The time zone written with a clock time ("3:49 p.m. Eastern time", "11 a.m. PST", "8am (AEST)")."""
    found = side.around(t.span)
    inside = _ZONE.search(t.text)
    m = inside or (_ZONE.match(found[1]) if found else None)
    return " ".join(next(g for g in m.groups() if g).lower().split()) if m else None


def _offsets(zone: str) -> tuple[int, ...]:
    """The hours from UTC a zone's name allows; none for "local time"."""
    if zone in _OFFSETS:
        return _OFFSETS[zone]
    words = zone.split()
    return _REGIONS.get(words[0] if len(words) > 1 else zone[0], ())  # "pacific time"; "pdt", "pt"


def _one_instant(a: Side, b: Side, x: TimeExpr, y: TimeExpr) -> int | None:
    """For two clock times written in two different zones with known offsets ("6 p.m. EDT", "3 p.m.
    Arizona time"), the days the second's date runs ahead of the first's when they are one instant
    ("6 p.m. EDT Sunday" is "8am (AEST)" on Monday: 1); None when they are not one instant or
    cannot be weighed so."""
    zx, zy, mx, my = _zone(a, x), _zone(b, y), _minutes(x), _minutes(y)
    if zx is None or zy is None or zx == zy or mx is None or my is None:
        return None
    for ox in _offsets(zx):
        for oy in _offsets(zy):
            ahead = (oy - ox) * 60 - (my - mx)  # minutes y's day runs ahead of x's, when one instant
            if ahead % _DAY == 0:
                return ahead // _DAY
    return None


def _zoned(a: Side, b: Side, x: TimeExpr, y: TimeExpr) -> bool:
    """Both clock times carry a zone whose offsets are known, and the zones differ."""
    zx, zy = (_zone(a, x), _zone(b, y)) if x.kind == "clock" and y.kind == "clock" else (None, None)
    return zx is not None and zy is not None and zx != zy and bool(_offsets(zx)) and bool(_offsets(zy))


_ROUGHLY = re.compile(r"\b(?:about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)"
                     r"|soon\s+after|some\s+time\s+after)\s*$", re.IGNORECASE)
_HHMM = re.compile(r"(\d\d):(\d\d)$")


def _minutes(t: TimeExpr) -> int | None:
    m = _HHMM.search(t.value or "")
    return int(m[1]) * 60 + int(m[2]) if m else None


_WEEKDAYS = dates.WEEKDAYS
_DAY_NAME = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
# A part of the day: in the time's own words, or the word just before it.
_NIGHT = (re.compile(r"\b(?:night|evening)\b", re.IGNORECASE), re.compile(r"\blate\s*$", re.IGNORECASE))
_SMALL_HOURS = (re.compile(r"\bmorning\b", re.IGNORECASE), re.compile(r"\bearly\s*$", re.IGNORECASE))


def _part_of_day(side: Side, t: TimeExpr, part: tuple[re.Pattern[str], re.Pattern[str]]) -> int | None:
    """The weekday (0 = Monday) of a weekday time told as that part of the day, in its words or
    by the word just before them ("Thursday night", "late Thursday"; "Friday morning", "early
    Saturday"); not "this morning after a fire ... on Friday evening"."""
    found = side.around(t.span)
    day = _DAY_NAME.search(t.text)
    inside, before = part
    if day is None or found is None or not (inside.search(t.text) or before.search(found[0])):
        return None
    return _WEEKDAYS.index(day[1].lower())


def _overnight(x: TimeExpr, y: TimeExpr, a: Side, b: Side) -> bool:
    """One night and the small hours after it: "checked in late Thursday night" and "Early Friday
    morning, around 1:30 a.m., the actress checked into Betty Ford Center" tell one check-in, and
    "Friday night" and "early Saturday" one fire."""
    for (p, s), (q, t) in (((x, a), (y, b)), ((y, b), (x, a))):
        night, morning = _part_of_day(s, p, _NIGHT), _part_of_day(t, q, _SMALL_HOURS)
        if night is not None and morning is not None and morning == (night + 1) % 7:
            return True
    return False


def _zoned_clock_before(side: Side, t: TimeExpr) -> TimeExpr | None:
    """The clock time with a zone right before a day ("6 p.m. EDT Sunday", "8am (AEST) on Monday")."""
    for c in side.of_type(TimeExpr):
        gap = side.text_at(Span(c.span.end, t.span.start)) if c.kind == "clock" and c.span.end <= t.span.start else None
        if gap is None or _zone(side, c) is None:
            continue
        zone = _ZONE.match(gap)
        if gap[zone.end() if zone else 0:].strip(" ),").lower() in ("", "on"):
            return c
    return None


def _days_shifted(x: TimeExpr, y: TimeExpr, a: Side, b: Side) -> bool:
    """Two days, each right after a clock time in its own zone, that are one instant's days:
    "until 6 p.m. EDT Sunday" and "until 8 a.m. AEST Monday"."""
    dx, dy = _DAY_NAME.search(x.text), _DAY_NAME.search(y.text)
    cx, cy = _zoned_clock_before(a, x), _zoned_clock_before(b, y)
    if dx is None or dy is None or cx is None or cy is None or not _zoned(a, b, cx, cy):
        return False
    ahead = _one_instant(a, b, cx, cy)
    turned = (_WEEKDAYS.index(dy[1].lower()) - _WEEKDAYS.index(dx[1].lower())) % 7
    return ahead is not None and turned == ahead % 7


def _conflict(a: Side, b: Side, x: TimeExpr, y: TimeExpr) -> bool | None:
    """`dates.conflict`, with clock times written in two zones weighed as instants ("6 p.m. EDT"
    is "3 p.m. Arizona time", not "6 p.m. PDT")."""
    if _zoned(a, b, x, y):
        return _one_instant(a, b, x, y) is None
    return dates.conflict(x, y) if _times_comparable(x, y, a, b) else None


def _times_comparable(x: TimeExpr, y: TimeExpr, a: Side, b: Side) -> bool:
    """Clock times in two time zones, one of them unknown ("6 p.m. GMT", "9 a.m. local time"), are not compared,
    nor a rough clock time ("shortly after 3:30") with one a quarter of an hour from it, nor a
    night with the small hours after it (`_overnight`), nor two days of one instant told in two
    zones (`_days_shifted`)."""
    if _overnight(x, y, a, b) or _days_shifted(x, y, a, b):
        return False
    if x.kind != "clock" and y.kind != "clock":
        return True
    zx, zy = _zone(a, x), _zone(b, y)
    if zx is not None and zy is not None and zx != zy:
        return False
    mx, my = _minutes(x), _minutes(y)
    rough = any(_ROUGHLY.search(found[0]) for found in (a.around(x.span), b.around(y.span)) if found)
    return not (rough and mx is not None and my is not None and abs(mx - my) <= 15)


_event_at = lru_cache(maxsize=8192)(event_of)  # each time is read once, not once per pair it is weighed in
_told_apart_at = lru_cache(maxsize=8192)(told_apart)
_in_relative_at = lru_cache(maxsize=8192)(in_relative_clause)


def _dated(side: Side, t: TimeExpr) -> Event | None:
    """The event a time of the side dates ("arrested" in "was arrested Tuesday")."""
    found = side.around(t.span)
    return None if found is None else _event_at(found[0], t.text, found[1])


@lru_cache(maxsize=8192)
def _tense_of(before: str, inside: str, after: str) -> str | None:
    """The tense of what a time dates: its verb's, or for an occasion without a verb (a named one,
    an event noun) its clause's: "the 2014 Oscars" in "Ellen DeGeneres to host 2014 Oscars" is a
    future, and so is the broadcast in "will be broadcast live on Oscar Sunday"; an occasion it
    names may take the tense its clause gives after the name ("whose hosting of the 2013 Academy
    Awards was divisive"). None when the time dates no event word at all."""
    event = _event_at(before, inside, after)
    if event is None:
        return None
    if event.verbal:
        return event.tense
    return clause_tense(before) or (tense_after(after) if event.named else None)


def _tense(side: Side, t: TimeExpr) -> str | None:
    found = side.around(t.span)
    return None if found is None else _tense_of(found[0], t.text, found[1])


def _past_and_future(a: Side, b: Side, x: TimeExpr, y: TimeExpr, ex: Event | None, ey: Event | None) -> bool:
    """An occasion without a verb of its own (a named one, an event noun) told as still to come
    in its clause, against a time dating what is told as done, or the other way round: two
    occasions. "DeGeneres hosted the 79th Academy Awards in 2007" against "Ellen DeGeneres to
    host 2014 Oscars"; "the Academy announced Friday" against "will be broadcast live on Oscar
    Sunday, March 2, 2014". A present ("Gunman kills 1", headlines' past) is neither.

    Two verbs of different words and tenses are left alone: one act is often reported as planned
    on one side and done on the other ("announced a restatement of its 2002 results" against
    "said it would restate its 2002 results").
    """
    if ex is None or ey is None or (ex.verbal and ey.verbal):
        return False
    return {_tense(a, x), _tense(b, y)} == {"past", "future"}


def _occasion_past_and_future(a: Side, b: Side, x: TimeExpr, y: TimeExpr, ex: Event | None,
                              ey: Event | None) -> bool:
    """`_past_and_future` where each time without a verb of its own dates an occasion by its name:
    two occasions even when both name the event ("DeGeneres previously hosted the 79th Oscars in
    2007" against "Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards"). Not a thing a
    year dates ("announced a restatement of its 2002 results" against "would restate its 2001
    results"), where one act is reported as done and as planned."""
    if ex is None or ey is None or not _past_and_future(a, b, x, y, ex, ey):
        return False
    return all(e.verbal or occasion(e) for e in (ex, ey))


def _told_elsewhere(side: Side, t: TimeExpr, event: Event | None, other_side: Side, u: TimeExpr,
                    other: Event | None) -> bool:
    """The side tells the event the other side's time `u` dates (`other`, every word of it) in a
    relative clause apart from its own time `t`, which dates something else (`event`, sharing no
    word with it): "filed criminal charges Friday against the man who they say hit and killed a
    woman" tells the killing that "killed by a motorist Wednesday night" dates, apart from the
    filing dated Friday. Not when `u` itself sits in a relative clause ("hit by a car that fled
    the scene in Queens Saturday"), whose time may date the whole occasion."""
    found, theirs = side.around(t.span), other_side.around(u.span)
    if found is None or theirs is None or event is None or other is None or event.stems & other.stems:
        return False
    return other.stems <= _told_apart_at(found[0], found[1]) and not _in_relative_at(theirs[0])


_WITHIN = frozenset({"in", "at", "during", "on", "by", "throughout"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"})


def _named_apart(side: Side, t: TimeExpr, own: Event | None, event: Event | None) -> bool:
    """The time names its own occasion ("for Sunday's game"; `own` is the event it dates) and the
    side tells the other side's `event` before the verb governing it ("an arrest ... will not
    affect the playing status of Jackson for Sunday's game"): the time dates the game, not the
    arrest. "In Friday's game" dates the clause's verb too ("broke the record in Friday's
    game"), and the verb governing the occasion is done at it ("hosting the 2007 ceremony")."""
    found = side.around(t.span)
    if event is None or found is None or own is None or not own.named:
        return False
    before = [w for w in tokens(found[0]) if w.lower() not in _DETERMINERS]
    if before and before[-1].lower() in _WITHIN:
        return False
    return bool((event.stems - own.stems) & told_before_governor(found[0]))


def _harm_apart(side: Side, t: TimeExpr, event: Event | None, other: Event | None) -> bool:
    """The other side's time dates a step of a case at law (`other`: "was charged Saturday", "was
    arraigned Wednesday") and this time's clause tells the harm it is about and no step at law
    ("walked into a staff Christmas party ... Friday and shot and killed a man"; `event` shares no
    word with `other`, nor names a statement): the charge and the shooting have their own days."""
    found = side.around(t.span)
    if found is None or event is None or other is None or not at_law(other) or event.stems & other.stems:
        return False
    return not event.speech and harm_told(found[0], found[1])


def _shares(x: Event | None, y: Event | None) -> bool:
    """Two events that are one by a shared event word ("arrest" / "arrested"), not merely as two
    statements."""
    return x is not None and y is not None and bool(x.stems & y.stems) and one_event(x, y) is True


def _apart(x: Event | None, y: Event | None) -> bool:
    """Two events one side dates with two times, sharing no word ("early yesterday" dating the
    arrest, "Sunday's" the game; not "earlier this year" and "2002" both dating an announcement)."""
    return x is not None and y is not None and not (x.stems & y.stems)


def same_occasion(a: Side, b: Side, x: TimeExpr, y: TimeExpr) -> bool | None:
    """True when two times date one event, False when they date two, None when the words do not tell.

    Besides the words each time is attached to (`events.one_event`), two times date two events
    when one is told as done and the other as still to come (`_past_and_future`: "hosted ... in
    2007" against "to host 2014 Oscars"), when one names its own occasion and its side tells the
    other's event apart from it ("an arrest ... will not affect ... Sunday's game" against
    "arrested Tuesday"), when a side tells the other's event in a relative clause apart from its
    own time (`_told_elsewhere`: "filed charges Friday against the man who they say hit and
    killed a woman" against "killed by a motorist Wednesday night"), or when a side dates the
    other's event with another time ("his arrest early yesterday ... Sunday's game" against
    "arrested Tuesday": Sunday is not the arrest's day, whatever "yesterday" was).
    """
    ex, ey = _dated(a, x), _dated(b, y)
    if _occasion_past_and_future(a, b, x, y, ex, ey):
        return False
    told = None if ex is None or ey is None else one_event(ex, ey)
    if told is not None:
        return told
    if _past_and_future(a, b, x, y, ex, ey):
        return False
    if _named_apart(a, x, ex, ey) or _named_apart(b, y, ey, ex):
        return False
    if _harm_apart(a, x, ex, ey) or _harm_apart(b, y, ey, ex):
        return False
    if _told_elsewhere(a, x, ex, b, y, ey) or _told_elsewhere(b, y, ey, a, x, ex):
        return False
    others_a = (_dated(a, p) for p in a.of_type(TimeExpr) if p is not x)
    if any(_apart(ex, ep) and _shares(ep, ey) for ep in others_a):
        return False
    others_b = (_dated(b, q) for q in b.of_type(TimeExpr) if q is not y)
    if any(_apart(ey, eq) and _shares(ex, eq) for eq in others_b):
        return False
    return None


def time_conflicts(a: Side, b: Side) -> list[Reason]:
    """Dates, weekdays, years or clock times of one event that resolve to different values.

    Each time is weighed against the other side's time dating the same event, else the one that
    shares the most surrounding words ("arrested Tuesday ... said Wednesday" vs "arrested
    Wednesday" compares the arrests); a time with a consistent partner at least as well tied is
    no conflict, nor are two times that date two things ("police said Saturday" and "a shooting
    ... Friday"; "hosted ... in 2007" and "will host ... in 2014").
    """
    ta, tb = a.of_type(TimeExpr), b.of_type(TimeExpr)
    pairs = []
    for x in ta:
        for y in tb:
            verdict = _conflict(a, b, x, y)
            if verdict is not None:
                occasion = same_occasion(a, b, x, y)
                tie = (occasion is True, len(a.context(x.span) & b.context(y.span)))
                pairs.append((x, y, verdict, tie, occasion))
    out: list[Reason] = []
    used: set[Span] = set()
    # Times the other side gives too: "semifinals Saturday afternoon ... 51-50 Friday" and
    # "Saturday's semifinals ... 51-50 on Friday" date the same two things, however they pair.
    # Two such times never clash, and a clash of times with no partner is told first.
    agreed_a = {p.span for p, _, c, _, o in pairs if not c and o is not False}
    agreed_b = {q.span for _, q, c, _, o in pairs if not c and o is not False}

    def order(p: tuple[TimeExpr, TimeExpr, bool, tuple[bool, int], bool | None]) -> tuple[int, tuple[bool, int]]:
        return (p[0].span not in agreed_a) + (p[1].span not in agreed_b), p[3]

    for x, y, clash, anchor, occasion in sorted(pairs, key=order, reverse=True):
        if not clash or x.span in used or y.span in used or occasion is False:
            continue
        if any(not c and n >= anchor and (p is x or q is y) for p, q, c, n, _ in pairs):
            continue
        if x.span in agreed_a and y.span in agreed_b:
            continue
        used.update((x.span, y.span))
        out.append(Reason(K.TIME, x.text, y.text,
                          f"{quoted(x.text)} ({x.value or 'unresolved'}) and {quoted(y.text)} "
                          f"({y.value or 'unresolved'}) give different times.", x.span, y.span))
    return out
