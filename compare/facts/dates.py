"""Time expressions: weekdays, dates, years, clock times, parts of day and relative phrases.

Each expression is resolved against the source's date when one is given. `TimeExpr.value` is
always ISO-like: "2022-02-21", "2022-02", "2014", "2014/2015" (a range), "06:30" (a clock time
with no known date), "2022-02-22T06:30", "2022-02-22T05:00/2022-02-22T12:00" (a part of a day),
or "--02-21" (a day and month with no known year).

Weekday rule (news convention): a bare weekday is the most recent such day on or before the
source date ("on Sunday" in a Monday article is the day before), unless the clause before it has
a future cue (will, would, is to, is set to, plans to, scheduled ...), in which case it is the
next such day on or after the source date. "last"/"next" force the direction.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from compare.model import Span, TimeExpr

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Months and weekdays must be capitalised: "may" and "march" are common lower-case words.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PREP = (
    r"(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom)\s+)"
)
# A number glued to letters or other digits is a code or part of a bigger number, not a date.
_NB = r"(?<![\w.,/:£$€-])"
_NA = r"(?![\w%£$€]|[.,:/]\d)"

_ISO = re.compile(rf"{_NB}{_PREP}?(\d{{4}})-(\d{{2}})-(\d{{2}}){_NA}")
_NUMERIC = re.compile(rf"{_NB}{_PREP}?(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}}){_NA}")
_DAY_MONTH = re.compile(
    rf"\b{_PREP}?(?:{_WEEKDAY},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})"
    rf"(?:,?\s+({_YEAR}))?(?![\w])"
)
_MONTH_DAY = re.compile(
    rf"\b{_PREP}?(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?"
    rf"(?![\w]|[.,:]\d)"
)
_MONTH_YEAR = re.compile(rf"\b{_PREP}?(?:(?:early|late|mid-?)\s*)?({_MONTH})\s+({_YEAR})\b")
_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s*"
    r"(January|February|March|April|June|July|August|September|October|November|December)\b"
)
_YEAR_RANGE = re.compile(
    rf"{_NB}{_PREP}?(?:between\s+)?({_YEAR})\s*(?:[-–/]|to|and)\s*(\d{{4}}|\d{{2}}){_NA}"
)
# A bare four-digit number is a year when a preposition or determiner precedes it, or when no
# plural noun follows it ("2000 troops" is a count).
_YEAR_RE = re.compile(
    rf"(?P<prep>{_PREP}|(?:[Tt]he|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?{_NB}(?P<y>{_YEAR})"
    r"(?![\w]|[.,]\d)"
)
_DECADE = re.compile(rf"\b{_PREP}?the\s+(1[89]\d0|20\d0)s\b")
# The British "at the weekend": the last Saturday-Sunday, or the next after a future cue.
_WEEKEND = re.compile(r"\b(?:[Aa]t|[Oo]ver|[Dd]uring)\s+the\s+weekend\b")
_PLURAL_AFTER = re.compile(r"\s+[a-z][\w'-]*[^s']s\b")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)")
_CLOCK = re.compile(
    r"\b(?:at\s+)?(?<![\d.:])(\d{1,2})(?:[.:]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)(?![\w])"
    r"(?:\s+(?:GMT|BST|UTC|CET|EST|local\s+time))?"
    r"|\b(?:at\s+)?(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s+(?:GMT|BST|UTC|CET|EST|local\s+time))?"
    r"|\b(?:at\s+)?(noon|midday|midnight)\b",
    re.IGNORECASE,
)
_PARTS = {"morning": ("05:00", "12:00"), "afternoon": ("12:00", "18:00"),
          "evening": ("17:00", "24:00"), "night": ("20:00", "28:00"),
          "early hours": ("00:00", "05:00")}  # fmt: skip
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<early>(?:[Ii]n\s+)?[Tt]he\s+early\s+hours\s+(?:of|on)\s+)"
    rf"|(?P<mod>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s+)?"
    rf"(?P<day>{_WEEKDAY})(?P<plural>s\b)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_RELATIVE = re.compile(
    r"\b(?P<phrase>yesterday|today|tomorrow|tonight|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)"
    r"|(?:later|earlier)\s+(?:in\s+the|that)\s+day"
    r"|(?:earlier\s+|later\s+)?(?:this|last|next)\s+(?:week(?:end)?|month|year)"
    r"|in\s+recent\s+(?:days|weeks|months|years)|recently"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|week|weeks|month|months|year)"
    r"|for\s+(?:days|weeks|months|years)"
    r"|(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>day|week|month|year)s?\s+ago)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|won't|wouldn't|'ll"
    r"|(?:is|are|was|were)\s+(?:due|expected|scheduled|planned|set|going)\s+to"
    r"|(?:is|are)\s+to|plans?\s+to|planning\s+to|intends?\s+to|scheduled\s+(?:for|to)"
    r"|to\s+be\s+held|due\s+to\s+(?:meet|hold|visit|take|begin|start|open|sign|vote))\b",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_CLOCK_WORD_RE = re.compile(r"noon|midday|midnight", re.IGNORECASE)
_OPEN_START = re.compile(r"^(?:since|after|from)\b", re.IGNORECASE)
_OPEN_END = re.compile(r"^(?:until|till|by|before)\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:recent|recently|for\s+(?:days|weeks|months|years)|(?:past|last)\s+few)\b", re.IGNORECASE
)
_PAST_RE = re.compile(r"the\s+(?:past|last)\s+(?:few\s+)?(\w+)$")
_PAST_DAYS = {"days": 7, "week": 7, "weeks": 42, "month": 31, "months": 183, "year": 366}
_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_DATETIME_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)")
_CLOCK_VALUE = re.compile(r"\d\d:\d\d")
_WEEKDAY_NAME = re.compile(_WEEKDAY)
_PREP_RE = re.compile(_PREP)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


class _Hit(NamedTuple):
    start: int
    end: int
    kind: str
    value: str | None
    resolved: bool


def extract(
    text: str, *, offset: int = 0, ref_date: dt.date | None = None
) -> tuple[TimeExpr, ...]:
    """Find the time expressions in `text`, resolving relative ones against `ref_date`.

    Args:
        text: a sentence (or any text) to scan.
        offset: added to every span, so spans are absolute in the source text.
        ref_date: the source's publication date; without it weekdays and relative phrases get
            `value=None`, while explicit dates, years and clock times still get values.

    Returns:
        The expressions in text order, none overlapping.
    """
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []  # sorted, disjoint spans already claimed
    for hit in _candidates(text, ref_date):
        i = bisect.bisect_left(taken, (hit.end,))
        if not (i and taken[i - 1][1] > hit.start):
            bisect.insort(taken, (hit.start, hit.end))
            hits.append(hit)
    hits = _attach_clock_dates(hits)
    hits.sort()
    return tuple(
        TimeExpr(
            span=Span(h.start + offset, h.end + offset),
            text=text[h.start : h.end],
            kind=h.kind,
            value=h.value,
            resolved=h.resolved,
        )
        for h in hits
    )


def _candidates(text: str, ref: dt.date | None) -> Iterator[_Hit]:
    """Yield candidate hits, most specific patterns first (the caller drops overlaps).

    Patterns that need a digit, a weekday ("...day") or "weekend" are skipped when the text has
    none: most sentences have no time expression, and this halves the time spent on them.
    """
    digits = _DIGIT_RE.search(text) is not None
    if digits:
        yield from _numeric_candidates(text, ref)
    if "weekend" in text:
        for m in _WEEKEND.finditer(text):
            yield _weekend_hit(text, m, ref)
    if digits or _CLOCK_WORD_RE.search(text):
        for m in _CLOCK.finditer(text):
            yield _Hit(m.start(), m.end(), "clock", _clock_value(m), False)
    if "day" in text:
        for m in _WEEKDAY_RE.finditer(text):
            yield _weekday_hit(text, m, ref)
    for m in _RELATIVE.finditer(text):
        yield _relative_hit(m, ref)
    if digits:
        for m in _YEAR_RE.finditer(text):
            if _PERCENT_AFTER.match(text, m.end("y")) or (
                m["prep"] is None and _PLURAL_AFTER.match(text, m.end("y"))
            ):
                continue
            start = m.start("y") if m["prep"] and not _PREP_RE.match(m["prep"]) else m.start()
            yield _Hit(start, m.end("y"), "year", m["y"], False)
    for m in _MONTH_ALONE.finditer(text):
        if ref is None:
            yield _Hit(m.start(), m.end(), "date", None, False)
        else:
            # The nearest such month: "in December" in a February article is last December.
            month = _month(m[1])
            year = min((ref.year - 1, ref.year, ref.year + 1),
                       key=lambda y: abs((y - ref.year) * 12 + month - ref.month))  # fmt: skip
            yield _Hit(m.start(), m.end(), "date", f"{year}-{month:02d}", True)


def _numeric_candidates(text: str, ref: dt.date | None) -> Iterator[_Hit]:
    """Dates, year ranges and decades: the patterns that need a digit."""
    for m in _ISO.finditer(text):
        date = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if date:
            yield _Hit(m.start(), m.end(), "date", date.isoformat(), False)
    for m in _NUMERIC.finditer(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        # British convention (day first), unless only month-first makes sense.
        day, month = int(m[1]), int(m[2])
        date = _safe_date(year, month, day) or _safe_date(year, day, month)
        if date:
            yield _Hit(m.start(), m.end(), "date", date.isoformat(), False)
    for m in _DAY_MONTH.finditer(text):
        yield from _day_month_hit(m.start(), m.end(), int(m[1]), m[2], m[3], ref)
    for m in _MONTH_DAY.finditer(text):
        yield from _day_month_hit(m.start(), m.end(), int(m[2]), m[1], m[3], ref)
    for m in _MONTH_YEAR.finditer(text):
        yield _Hit(m.start(), m.end(), "date", f"{m[2]}-{_month(m[1]):02d}", False)
    for m in _YEAR_RANGE.finditer(text):
        first = int(m[1])
        second = int(m[2]) if len(m[2]) == 4 else first // 100 * 100 + int(m[2])
        if first < second <= first + 50:
            yield _Hit(m.start(), m.end(), "range", f"{first}/{second}", False)
    for m in _DECADE.finditer(text):
        decade = int(m[1])
        yield _Hit(m.start(), m.end(), "range", f"{decade}/{decade + 9}", False)


def _day_month_hit(
    start: int, end: int, day: int, month_name: str, year: str | None, ref: dt.date | None
) -> Iterator[_Hit]:
    month = _month(month_name)
    if year:
        date = _safe_date(int(year), month, day)
        if date:
            yield _Hit(start, end, "date", date.isoformat(), False)
        return
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: allows 29 February
        return
    if ref is None:
        yield _Hit(start, end, "date", f"--{month:02d}-{day:02d}", False)
        return
    # The nearest such date to the source date: news rarely reaches more than half a year away.
    options = [_safe_date(ref.year + k, month, day) for k in (-1, 0, 1)]
    best = min((d for d in options if d), key=lambda d: abs((d - ref).days))
    yield _Hit(start, end, "date", best.isoformat(), True)


def _weekday_hit(text: str, m: re.Match[str], ref: dt.date | None) -> _Hit:
    target = WEEKDAYS.index(m["day"].lower())
    part = "early hours" if m["early"] else m["part"]
    kind = "part_of_day" if part else "weekday"
    if ref is None or m["plural"]:  # "on Mondays" is a habit, not a day
        return _Hit(m.start(), m.end(), kind, None, False)
    mod = (m["mod"] or "").lower()
    delta = (target - ref.weekday()) % 7  # days forward to the next such day (0 = today)
    if mod == "last":
        date = ref - dt.timedelta(days=(7 - delta) if delta else 7)
    elif mod == "next":
        date = ref + dt.timedelta(days=delta or 7)
    elif mod == "this":
        date = ref + dt.timedelta(days=target - ref.weekday())
    elif _future_context(text, m.start()):
        date = ref + dt.timedelta(days=delta)
    else:
        date = ref - dt.timedelta(days=(7 - delta) % 7)
    value = _part_value(date, part) if part else date.isoformat()
    return _Hit(m.start(), m.end(), kind, value, True)


def _weekend_hit(text: str, m: re.Match[str], ref: dt.date | None) -> _Hit:
    if ref is None:
        return _Hit(m.start(), m.end(), "relative", None, False)
    if ref.weekday() == 6 or (ref.weekday() != 5 and not _future_context(text, m.start())):
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # the latest one begun
    else:
        saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)  # this coming one
    return _Hit(m.start(), m.end(), "relative", _range(saturday, saturday + dt.timedelta(days=1)), True)


def _future_context(text: str, pos: int) -> bool:
    """True when the clause before `pos` (same sentence, ~120 chars) has a future cue."""
    window = text[max(0, pos - 120) : pos]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return _FUTURE_CUE.search(window) is not None


def _relative_hit(m: re.Match[str], ref: dt.date | None) -> _Hit:
    phrase = " ".join(m["phrase"].lower().split())
    kind = "part_of_day" if _is_part_of_day(phrase) else "relative"
    if ref is None:
        return _Hit(m.start(), m.end(), kind, None, False)
    return _Hit(m.start(), m.end(), kind, _relative_value(phrase, m, ref), True)


def _is_part_of_day(phrase: str) -> bool:
    return phrase in {"tonight", "overnight", "last night"} or phrase.endswith(
        ("morning", "afternoon", "evening", " day")
    )


def _relative_value(phrase: str, m: re.Match[str], ref: dt.date) -> str | None:
    day = dt.timedelta(days=1)
    monday = ref - dt.timedelta(days=ref.weekday())
    month_start = ref.replace(day=1)
    fixed: dict[str, str] = {
        "yesterday": (ref - day).isoformat(),
        "today": ref.isoformat(),
        "tomorrow": (ref + day).isoformat(),
        "tonight": _part_value(ref, "evening"),
        "last night": _part_value(ref - day, "night"),
        "overnight": _part_value(ref - day, "night"),
        "this morning": _part_value(ref, "morning"),
        "this afternoon": _part_value(ref, "afternoon"),
        "this evening": _part_value(ref, "evening"),
        "this week": _range(monday, monday + 6 * day),
        "last week": _range(monday - 7 * day, monday - day),
        "next week": _range(monday + 7 * day, monday + 13 * day),
        "earlier this week": _range(monday, ref),
        "later this week": _range(ref, monday + 6 * day),
        "this weekend": _range(monday + 5 * day, monday + 6 * day),
        "last weekend": _range(monday - 2 * day, monday - day),
        "next weekend": _range(monday + 12 * day, monday + 13 * day),
        "this month": f"{ref:%Y-%m}",
        "last month": f"{month_start - day:%Y-%m}",
        "next month": f"{(month_start + 32 * day):%Y-%m}",
        "earlier this month": _range(month_start, ref),
        "later this month": _range(ref, (month_start + 32 * day).replace(day=1) - day),
        "this year": str(ref.year),
        "last year": str(ref.year - 1),
        "next year": str(ref.year + 1),
        "earlier this year": _range(ref.replace(month=1, day=1), ref),
        "later this year": _range(ref, ref.replace(month=12, day=31)),
        # Vague phrases get a generous window; conflict() never calls them contradictory.
        "in recent days": _range(ref - 7 * day, ref),
        "in recent weeks": _range(ref - 42 * day, ref),
        "in recent months": _range(ref - 183 * day, ref),
        "in recent years": _range(ref - 3653 * day, ref),
        "recently": _range(ref - 60 * day, ref),
        "for days": _range(ref - 2 * day, ref),
        "for weeks": _range(ref - 14 * day, ref),
        "for months": _range(ref - 60 * day, ref),
        "for years": _range(ref - 730 * day, ref),
    }
    past = _PAST_RE.search(phrase)
    if past:  # "over the past week", "in the last few days": a window ending on the source date
        return _range(ref - _PAST_DAYS[past[1]] * day, ref)
    if phrase.endswith(" day"):  # later/earlier in the day: the day being reported
        return ref.isoformat()
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
        unit = m["u"].lower()
        if unit in ("day", "week"):
            return (ref - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        if unit == "month":
            months = ref.year * 12 + ref.month - 1 - n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        return str(ref.year - n)
    return fixed.get(phrase)


def _attach_clock_dates(hits: list[_Hit]) -> list[_Hit]:
    """Give a clock time the date of a weekday/date right after it ("6.30am on Tuesday")."""
    ordered = sorted(hits)
    out: list[_Hit] = []
    for i, hit in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (
            hit.kind == "clock"
            and hit.value
            and nxt is not None
            and nxt.start - hit.end <= 1
            and nxt.value
            and _DAY_VALUE.fullmatch(nxt.value[:10])
        ):
            hit = hit._replace(value=f"{nxt.value[:10]}T{hit.value}", resolved=nxt.resolved)
        out.append(hit)
    return out


def _clock_value(m: re.Match[str]) -> str:
    if m[6]:
        return "00:00" if m[6].lower() == "midnight" else "12:00"
    if m[4] is not None:
        return f"{int(m[4]):02d}:{m[5]}"
    hour, minute = int(m[1]) % 12, m[2] or "00"
    if m[3].lower().startswith("p"):
        hour += 12
    return f"{hour:02d}:{minute}"


def _part_value(date: dt.date, part: str) -> str:
    start, end = _PARTS[part.lower()]
    return f"{_at(date, start)}/{_at(date, end)}"


def _at(date: dt.date, hhmm: str) -> str:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    moment = dt.datetime.combine(date, dt.time()) + dt.timedelta(hours=hours, minutes=minutes)
    return moment.strftime("%Y-%m-%dT%H:%M")


def _range(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- conflict ---------------------------------------------------------------------------------

_Interval = tuple[dt.datetime, dt.datetime]  # half-open [start, end)
_MIN, _MAX = dt.datetime.min, dt.datetime.max


def conflict(a: TimeExpr, b: TimeExpr) -> bool | None:
    """Whether two time expressions contradict each other.

    Args:
        a: one expression.
        b: the other.

    Returns:
        True when both resolve to comparable values that cannot overlap ("2014" vs "2015",
        Sunday vs Monday); False when they are comparable and overlap ("in 2015" vs
        "2015-02-12"); None when either is unresolved, vague ("in recent days") or the two are
        not comparable (a clock time vs a year).
    """
    if _VAGUE.search(a.text) or _VAGUE.search(b.text):
        return None
    days = (_weekday_of(a), _weekday_of(b))
    if None not in days and (a.value is None or b.value is None):
        return days[0] != days[1]
    if a.value is None or b.value is None:
        return None
    clocks = (_clock_only(a.value), _clock_only(b.value))
    if clocks[0] or clocks[1]:
        times = tuple(c or _clock_of(v) for c, v in zip(clocks, (a.value, b.value), strict=True))
        return None if None in times else times[0] != times[1]
    month_days = (_month_day(a.value), _month_day(b.value))
    if month_days[0] or month_days[1]:
        md = tuple(x or (v[5:10] if _DAY_VALUE.match(v) else None)
                   for x, v in zip(month_days, (a.value, b.value), strict=True))  # fmt: skip
        return None if None in md else md[0] != md[1]
    ia, ib = _interval(a.value), _interval(b.value)
    if ia is None or ib is None:
        return None
    if ("T" in a.value) != ("T" in b.value):
        # A dated clock time against a plain day: compare the days only.
        ia, ib = _day_of(ia), _day_of(ib)
    oa, ob = _open(a.text), _open(b.text)
    if oa and oa == ob:  # "since 2014" vs "since 2015": the starting points must agree
        return not _overlap(ia, ib)
    return not _overlap(_widen(ia, oa), _widen(ib, ob))


def _weekday_of(t: TimeExpr) -> int | None:
    m = _WEEKDAY_NAME.search(t.text)
    if m and t.kind in ("weekday", "part_of_day"):
        return WEEKDAYS.index(m[0].lower())
    if t.value and _DAY_VALUE.fullmatch(t.value):
        return dt.date.fromisoformat(t.value).weekday()
    return None


def _clock_only(value: str) -> str | None:
    return value if _CLOCK_VALUE.fullmatch(value) else None


def _clock_of(value: str) -> str | None:
    m = _DATETIME_VALUE.fullmatch(value)
    return m[1] if m else None


def _month_day(value: str) -> str | None:
    return value[2:] if value.startswith("--") else None


def _open(text: str) -> str | None:
    if _OPEN_START.match(text):
        return "start"
    if _OPEN_END.match(text):
        return "end"
    return None


def _widen(iv: _Interval, direction: str | None) -> _Interval:
    if direction == "start":
        return iv[0], _MAX
    if direction == "end":
        return _MIN, iv[1]
    return iv


def _overlap(a: _Interval, b: _Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _day_of(iv: _Interval) -> _Interval:
    start = dt.datetime.combine(iv[0].date(), dt.time())
    end = max(iv[1], start + dt.timedelta(days=1))
    return start, end


def _interval(value: str) -> _Interval | None:
    """Parse a TimeExpr value into a half-open datetime interval, or None."""
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = _interval(first), _interval(last)
        return (a[0], b[1]) if a and b and a[0] < b[1] else None
    try:
        if _YEAR_VALUE.fullmatch(value):
            year = int(value)
            return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
        if _MONTH_VALUE.fullmatch(value):
            start = dt.datetime(int(value[:4]), int(value[5:]), 1)
            return start, (start + dt.timedelta(days=32)).replace(day=1)
        if _DAY_VALUE.fullmatch(value):
            start = dt.datetime.fromisoformat(value)
            return start, start + dt.timedelta(days=1)
        if _DATETIME_VALUE.fullmatch(value):
            start = dt.datetime.fromisoformat(value)
            return start, start + dt.timedelta(minutes=1)
    except ValueError:
        return None
    return None
