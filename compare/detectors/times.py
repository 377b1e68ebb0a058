"""Time conflicts: two dates, weekdays or clock times of the same occasion that differ."""

from __future__ import annotations

import re

from compare.detectors.events import Event, event_of, one_event, tokens, told_before_governor
from compare.detectors.side import Side, quoted
from compare.facts import dates
from compare.model import DivergenceKind, Reason, Span, TimeExpr

K = DivergenceKind

_ZONE = re.compile(r"\s*(?:(GMT|BST|UTC|CET|CEST|[ECMP][SD]T|ET|PT)\b|((?:Eastern|Central|Mountain|Pacific)"
                   r"(?:\s+(?:standard|daylight))?\s+time)|(local\s+time))", re.IGNORECASE)


def _zone(side: Side, t: TimeExpr) -> str | None:
    """The time zone written with a clock time ("3:49 p.m. Eastern time", "11 a.m. PST")."""
    found = side.around(t.span)
    inside = _ZONE.search(t.text)
    m = inside or (_ZONE.match(found[1]) if found else None)
    return " ".join(next(g for g in m.groups() if g).lower().split()) if m else None


_ROUGHLY = re.compile(r"\b(?:about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)"
                     r"|soon\s+after|some\s+time\s+after)\s*$", re.IGNORECASE)
_HHMM = re.compile(r"(\d\d):(\d\d)$")


def _minutes(t: TimeExpr) -> int | None:
    m = _HHMM.search(t.value or "")
    return int(m[1]) * 60 + int(m[2]) if m else None


def _times_comparable(x: TimeExpr, y: TimeExpr, a: Side, b: Side) -> bool:
    """Clock times in two different time zones ("6 p.m. GMT", "11 a.m. PST") are not compared,
    nor a rough clock time ("shortly after 3:30") with one a quarter of an hour from it."""
    if x.kind != "clock" and y.kind != "clock":
        return True
    zx, zy = _zone(a, x), _zone(b, y)
    if zx is not None and zy is not None and zx != zy:
        return False
    mx, my = _minutes(x), _minutes(y)
    rough = any(_ROUGHLY.search(found[0]) for found in (a.around(x.span), b.around(y.span)) if found)
    return not (rough and mx is not None and my is not None and abs(mx - my) <= 15)


def _dated(side: Side, t: TimeExpr) -> Event | None:
    """The event a time of the side dates ("arrested" in "was arrested Tuesday")."""
    found = side.around(t.span)
    return None if found is None else event_of(found[0], t.text, found[1])


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
    when one names its own occasion and its side tells the other's event apart from it ("an
    arrest ... will not affect ... Sunday's game" against "arrested Tuesday"), or when a side
    dates the other's event with another time ("his arrest early yesterday ... Sunday's game"
    against "arrested Tuesday": Sunday is not the arrest's day, whatever "yesterday" was).
    """
    ex, ey = _dated(a, x), _dated(b, y)
    told = None if ex is None or ey is None else one_event(ex, ey)
    if told is not None:
        return told
    if _named_apart(a, x, ex, ey) or _named_apart(b, y, ey, ex):
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
            verdict = dates.conflict(x, y) if _times_comparable(x, y, a, b) else None
            if verdict is not None:
                occasion = same_occasion(a, b, x, y)
                tie = (occasion is True, len(a.context(x.span) & b.context(y.span)))
                pairs.append((x, y, verdict, tie, occasion))
    out: list[Reason] = []
    used: set[Span] = set()
    for x, y, clash, anchor, occasion in sorted(pairs, key=lambda p: p[3], reverse=True):
        if not clash or x.span in used or y.span in used or occasion is False:
            continue
        if any(not c and n >= anchor and (p is x or q is y) for p, q, c, n, _ in pairs):
            continue
        used.update((x.span, y.span))
        out.append(Reason(K.TIME, x.text, y.text,
                          f"{quoted(x.text)} ({x.value or 'unresolved'}) and {quoted(y.text)} "
                          f"({y.value or 'unresolved'}) give different times.", x.span, y.span))
    return out
