"""Quantities: counts, money, percentages and measures, with their qualifier and counted noun.

A quantity is read as a range [low, high] (None = open) plus the wording that produced it:
"at least 150,000 Russian troops" is low 150000, high None, qualifier at_least, unit personnel.
Numbers that belong to a time expression (years, clock times, dates) are not quantities; the
dates module decides which those are, so the two extractors never disagree.

Unit normal forms (the counted word, or a symbol, decides):

    personnel    troops forces soldiers servicemen servicewomen personnel service members
                 sailors marines reservists conscripts
    fatalities   killed dead deaths lives fatalities casualties bodies; also any count right
                 after "killed"/"killing" or right before "killed"/"died"
    injuries     injured wounded injuries
    people       people civilians residents persons citizens inhabitants individuals
    percent      % per cent percent;  fraction: "a third", "two-thirds", "half of" (0..1)
    GBP USD EUR RUB UAH JPY   £ $ € and the currency words
    seconds minutes hours days weeks months years      (also "three-hour")
    km miles
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from compare.facts import dates
from compare.model import Quantity, Span, TimeExpr

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_MULTIPLIERS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip

_TENS_RE = "|".join(_TENS)
_SMALL_RE = "|".join(sorted(_SMALL, key=len, reverse=True))
_WORDNUM = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_SMALL_RE}))?|{_SMALL_RE})"
# Vulgar fractions after a whole number ("2 ½ servings", "a 2½-hour drive") or alone ("½ mile").
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?[½¼¾⅓⅔])?|[½¼¾⅓⅔])"
_MULT = (
    r"(?:(?:\s*|-)(?:bn|mn|mln|tn|m|k|b)(?![\w])"
    r"|\s+hundred(?:\s+(?:thousand|million|billion))?"
    r"|(?:\s+|-)(?:thousand|million|billion|trillion))"  # "$10-million penalty" is $10 million
)
_CUR = r"(?:US\$|\$|£|€)"
# A figure: optional currency, digits or number words (or "a" before a multiplier), multiplier.
_FIG = (
    rf"(?:{_CUR}\s?)?(?:{_DIGITS}|(?<![\w-]){_WORDNUM}(?:\s+hundred\s+and\s+{_WORDNUM})?(?![\w])|\ban?(?=\s+(?:hundred|thousand|million|billion)))"
    rf"(?:{_MULT})?"
)
_QUALIFIERS: dict[str, tuple[str, bool]] = {
    "at least": ("at_least", False), "no fewer than": ("at_least", False),
    "no less than": ("at_least", False), "a minimum of": ("at_least", False),
    "more than": ("more_than", False), "over": ("more_than", False),
    "in excess of": ("more_than", False), "upwards of": ("more_than", False),
    "well over": ("more_than", False), "just over": ("more_than", True),
    "up to": ("at_most", False), "at most": ("at_most", False),
    "as many as": ("at_most", False), "no more than": ("at_most", False),
    "a maximum of": ("at_most", False),
    "less than": ("less_than", False), "fewer than": ("less_than", False),
    "under": ("less_than", False), "just under": ("less_than", True),
    "nearly": ("at_most", True), "almost": ("at_most", True), "close to": ("at_most", True),
    "about": ("about", True), "around": ("about", True), "roughly": ("about", True),
    "approximately": ("about", True), "some": ("about", True), "an estimated": ("about", True),
    "estimated": ("about", True), "circa": ("about", True), "approx.": ("about", True),
}  # fmt: skip
_QUAL_RE = "|".join(re.escape(k) for k in sorted(_QUALIFIERS, key=len, reverse=True))
_PERCENT = r"(?:\s*%|pc\b|\s*per\s?cent\b|\s*percent\b|\s+percentage\s+points?\b)"
_HYPHEN_UNIT = (
    r"(?:-(?:second|minute|hour|day|week|month|year|mile|kilometre|kilometer|km)(?:-old)?\b)"
)

_NUMBER = re.compile(
    rf"(?:\b(?P<qual>{_QUAL_RE})\s+)?(?:\b(?P<between>between|from)\s+)?"
    rf"(?<![\w.,/:-])(?P<n1>{_FIG})(?P<pct1>{_PERCENT})?"
    rf"(?:\s*(?:-|–|\bto\b|(?(between)and\b|(?!)))\s*(?P<n2>{_FIG})(?![\w-]|[.,]\d))?"
    rf"(?P<pct2>{_PERCENT})?(?:(?P<hyph>{_HYPHEN_UNIT})|-(?P<hmod>[a-z]+)\b)?(?P<post>\s+or\s+(?:more|so)\b)?"
    rf"(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
# Vague amounts, with the documented range each stands for.
_VAGUE: dict[str, tuple[float, float]] = {
    "tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
    "tens of millions": (2e7, 99_999_999), "hundreds of millions": (2e8, 999_999_999),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2e6, 9_999_999), "billions": (2e9, 9_999_999_999), "several": (3, 9),
    "a few": (2, 5), "a handful": (2, 5), "a dozen": (12, 12), "a couple of": (2, 2),
}  # fmt: skip
_VAGUE_RE = re.compile(
    r"\b(?P<v>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_VAGUE, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "several hundred", "a few thousand": a vague count of a multiplier scales its range.
_VAGUE_SCALED = frozenset({"several", "a few", "a couple of"})
_VAGUE_MULT = re.compile(r"\s+(hundred|thousand|million|billion)\b(?!s)", re.IGNORECASE)
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
# "Two-thirds" is always a fraction; "a third" only when no noun follows ("a third attack").
_FRACTION_RE = re.compile(
    r"\b(?P<num>two|three|four|nine)[\s-](?P<den>thirds|quarters|fifths|tenths)\b"
    r"|\b(?P<num1>a|an|one)[\s-](?P<den1>half|third|quarter|fifth|tenth)\b"
    r"(?=\s+of\b|\s*[^\w\s-]|\s*$|\s+(?:majority|share|stake|more|less|fewer|since|in|on)\b)"
    r"|\b(?P<half>half)(?=\s+(?:of|the|a|an|their|its)\b)",
    re.IGNORECASE,
)
# "Nine in 10", "one in three", "two out of five": a proportion, read as a fraction.
_PROPORTION_RE = re.compile(
    rf"(?<![\w.,-])(?P<part>{_WORDNUM}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?P<whole>{_WORDNUM}|\d{{1,3}})(?![\w%]|[.,]\d)"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)
# "rose by 0.25 percentage points to 0.5%": a change then a level, not a range.
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# Verbs of a market or a count moving ("rose 31 cents to $28.39"): the figure after one is a change.
MOVED = (r"rose|rises|rising|fell|falls|falling|gained|gains|lost|loses|dropped|drops|jumped|jumps|slipped"
          r"|slips|shed|sheds|added|adds|eased|eases|edged\s+(?:up|down|higher|lower)|declined|declines|climbed"
          r"|climbs|slid|slides|tumbled|tumbles|plunged|plunges|soared|soars|surged|surges|sank|sinks"
          r"|increased|decreased|decreasing|increasing|advanced|advances|retreated|gave\s+back|lower|higher"
          r"|(?:was|were|is|are|closed|ended|finished)\s+(?:up|down|off)|up|down|off")
_MOVED_BEFORE = re.compile(rf"\b(?:{MOVED})\s+(?:by\s+)?$", re.IGNORECASE)
# Codes and labels, not amounts: "No 10", "Article 5", list markers at a line start.
_NOT_AMOUNT = re.compile(
    r"\b(?:No\.?|Nos\.?|(?i:number|article|section|chapter|resolution|room|page|line|route"
    r"|flight|channel|level|phase|stage|category|grade|tier|platform|gate|terminal|paragraph"
    r"|clause|episode|season|version|model|type|class|division|brigade|regiment|battalion|unit"
    r"|junction|exit|row|seat|lane|highway|motorway|interstate|bus|train))\s+\d+\w*"
    r"|^[ \t]*\d{1,2}[.)](?=\s)",
    re.MULTILINE,
)
_WORD = re.compile(
    r"[ \t]+(?:of\s+(?:(?:its|the|their|his|her|our|these|those)\s+)?)?([A-Za-z][\w'’-]*)"
)
_UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys("troops troop forces soldiers soldier servicemen serviceman servicewomen "
                    "personnel sailors marines reservists conscripts force contingent "
                    "garrison".split(), "personnel"),
    **dict.fromkeys("killed dead deaths death lives fatalities casualties bodies".split(),
                    "fatalities"),
    **dict.fromkeys("injured wounded injuries".split(), "injuries"),
    **dict.fromkeys("people persons person civilians civilian residents resident citizens "
                    "inhabitants individuals".split(), "people"),
    **dict.fromkeys("pounds pound sterling".split(), "GBP"),
    **dict.fromkeys("dollars dollar".split(), "USD"),
    **dict.fromkeys("euros euro".split(), "EUR"),
    **dict.fromkeys("roubles rouble rubles ruble".split(), "RUB"),
    **dict.fromkeys("hryvnias hryvnia".split(), "UAH"),
    **dict.fromkeys("yen".split(), "JPY"),
    **{w: "seconds" for w in ("second", "seconds")},
    **{w: "minutes" for w in ("minute", "minutes")},
    **{w: "hours" for w in ("hour", "hours")},
    **{w: "days" for w in ("day", "days")},
    **{w: "weeks" for w in ("week", "weeks")},
    **{w: "months" for w in ("month", "months")},
    **{w: "years" for w in ("year", "years")},
    **dict.fromkeys("km kilometres kilometers kilometre kilometer".split(), "km"),
    **dict.fromkeys("miles mile".split(), "miles"),
    **dict.fromkeys("metres meters metre meter".split(), "metres"),
    **dict.fromkeys("feet foot ft".split(), "feet"),
}  # fmt: skip
# Words that end a counted noun phrase before it reaches a noun.
_STOP = frozenset(
    """of in on at to from that who whom which and or but was were is are be been have has had
    with by for as than since would will could should may might can said says say told the a an
    this these those its their his her our my your when while after before during into over under
    between per each every about around nearly almost up down out away ago later earlier
    now there here so if not no also than then them us last next""".split()
)
_IRREGULAR_PLURALS = frozenset("people men women children police staff cattle personnel".split())
_KILL_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|kill|massacred|slaughtered|executed|claimed\s+the\s+lives\s+of"
    r"|lives\s+of|(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities))\s+(?:of|to|at|(?:(?:has|had|have)\s+)?(?:rose|rises|risen|climbed|climbs|jumped|grown)\s+to"
    r"|(?:has\s+|had\s+)?reached|stands\s+at|stood\s+at|is|was))\s+$",
    re.IGNORECASE,
)
_INJURE_BEFORE = re.compile(r"\b(?:injured|injuring|injures|wounded|wounding|wounds)\s+$", re.I)
_KILL_AFTER = re.compile(
    r"^\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:killed|dead|died|have\s+died)\b",
    re.IGNORECASE,
)
_INJURE_AFTER = re.compile(
    r"^\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_ONE_COUNTED = re.compile(r"\s+(?:\w+\s+)?(?:person|soldier|civilian|child|man|woman)\b")
_HAS_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    rf"\b(?:{_TENS_RE}|{_SMALL_RE}|hundred|thousand|million|billion|trillion)\b", re.IGNORECASE
)
_FIG_PARTS = re.compile(rf"\s*({_CUR})?\s?(.*)$", re.DOTALL)
_FIG_MULT = re.compile(
    r"(?:\s*|-)(hundred(?:\s+\w+)?|thousand|million|billion|trillion|bn|mn|mln|tn|m|k|b)$", re.I
)
_SHORT_M = re.compile(r"\d\s*m$")
_CURRENCY_START = re.compile(rf"\s*{_CUR}")
_DISTANCE_AFTER = re.compile(
    r"\s+(?:away|from|down|up|off|deep|high|long|wide|tall|above|below|along|across|inland|offshore"
    r"|north|south|east|west|into|underground|beneath)\b", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:to|by|from)\s*$", re.IGNORECASE)  # "fell to 1.5m": a level, not a drop
_DISTANCE_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|falling|fallen|plunged|plunging|plummeted|climbed|climbing|walked|swam|ran"
    r"|travelled|traveled|stretch(?:es|ed|ing)?|within|metres?|height|depth|distance)\b(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE)
_DIGIT_TOKEN = re.compile(r"[\d,]+(?:\.\d+)?")
_WORD_SPLIT = re.compile(r"[-\s]+")
_CURRENCY_SYMBOL = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR"}
_SYMBOL_OF = {"GBP": "£", "USD": "$", "EUR": "€"}
# Units that convert into one another, to a base unit.
_SCALE: dict[str, tuple[str, float]] = {
    "percent": ("ratio", 0.01), "fraction": ("ratio", 1.0),
    "seconds": ("time", 1 / 3600), "minutes": ("time", 1 / 60), "hours": ("time", 1.0),
    "days": ("time", 24.0), "weeks": ("time", 168.0), "months": ("time", 730.0),
    "years": ("time", 8766.0), "km": ("distance", 1.0), "miles": ("distance", 1.609344),
    "metres": ("distance", 0.001), "feet": ("distance", 0.0003048),
}  # fmt: skip
# An approximate figure ("about three million") matches exact ones within this relative margin.
APPROX_TOLERANCE = 0.05
CONVERSION_TOLERANCE = 0.05  # relative slack between figures in two units of one family (rounded conversions)


class _Hit(NamedTuple):
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str
    approximate: bool
    unit: str | None
    counted: str | None


def extract(
    text: str, *, offset: int = 0, times: Sequence[TimeExpr] | None = None
) -> tuple[Quantity, ...]:
    """Find the quantities in `text`.

    Args:
        text: a sentence (or any text) to scan.
        offset: added to every span, so spans are absolute in the source text.
        times: the time expressions of `text` (spans with the same `offset`) when the caller
            has already read them; otherwise they are read here. Their numbers are not counts.

    Returns:
        The quantities in text order, none overlapping. Each span covers the qualifier, the
        figure and the counted noun phrase ("at least 150,000 Russian troops").
    """
    if times is None:
        times = dates.extract(text, offset=offset)
    blocked = [(t.span.start - offset, t.span.end - offset) for t in times]
    if _HAS_DIGIT.search(text):  # every code or label has a digit; most sentences have none
        blocked += [(m.start(), m.end()) for m in _NOT_AMOUNT.finditer(text)]
    taken = _merge(blocked)  # sorted, disjoint: a hit is kept only where nothing else is
    hits: list[_Hit] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(taken, (end,))
        if i and taken[i - 1][1] > start:
            return False
        bisect.insort(taken, (start, end))
        return True

    for m in _FRACTION_RE.finditer(text):
        if m["half"]:
            value = 0.5
        else:
            num = _SMALL[m["num"].lower()] if m["num"] else 1
            value = num / _FRACTIONS[(m["den"] or m["den1"]).lower()]
        if free(m.start(), m.end()):
            # Fractions in news are loose ("a third" for 31%), so they count as approximate.
            hits.append(_Hit(m.start(), m.end(), value, value, "exact", True, "fraction", None))
    # Every figure has a digit or a number word; most sentences have neither, and the figure
    # patterns are the slow ones, so they run only when one is there.
    has_figure = _HAS_DIGIT.search(text) is not None or _NUMBER_WORD.search(text) is not None
    for m in _PROPORTION_RE.finditer(text) if has_figure else ():
        part, whole = _number_value(m["part"]), _number_value(m["whole"])
        if part and whole and part < whole and free(m.start(), m.end()):
            hits.append(_Hit(m.start(), m.end(), part / whole, part / whole, "exact", True, "fraction", None))
    position = 0
    while has_figure and (number := _NUMBER.search(text, position)) is not None:
        position = max(number.end(), position + 1)
        if number["n2"] and _change_then_level(text, number):
            position = number.start("n2")  # the level is read on its own next
            number = _NUMBER.match(text, number.start(), number.end("pct1") if number["pct1"] else number.end("n1"))
            if number is None:
                continue
        hit = _number_hit(text, number)
        if hit and free(hit.start, hit.end):
            hits.append(hit)
    for m in _VAGUE_RE.finditer(text):
        key = " ".join(m["v"].lower().split())
        low, high = _VAGUE[key]
        end = m.end()
        scaled = _VAGUE_MULT.match(text, end) if key in _VAGUE_SCALED else None
        if scaled:
            factor = _MULTIPLIERS[scaled[1].lower()]
            low, high, end = low * factor, high * factor, scaled.end()
        base = _Hit(m.start(), end, low, high, "vague", True, None, None)
        hit = _with_counted(text, base)
        if free(hit.start, hit.end):
            hits.append(hit)
    hits.sort()
    return tuple(
        Quantity(
            span=Span(h.start + offset, h.end + offset),
            text=text[h.start : h.end],
            low=h.low,
            high=h.high,
            qualifier=h.qualifier,
            approximate=h.approximate,
            unit=h.unit,
            counted=h.counted,
        )
        for h in hits
    )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _number_hit(text: str, m: re.Match[str]) -> _Hit | None:
    first = _parse_figure(m["n1"])
    if first is None:
        return None
    value1, cur1, mult1 = first
    second = _parse_figure(m["n2"]) if m["n2"] else None
    words_only = not _HAS_DIGIT.search(m["n1"]) and not m["n2"]
    if (
        words_only
        and m["n1"].strip().lower() == "one"
        and not (m["hyph"] or m["pct2"])
        and not _ONE_COUNTED.match(text, m.end())
    ):
        # "one" alone is a pronoun or an idiom far more often than a count ("one by one").
        return None
    unit = _CURRENCY_SYMBOL.get(cur1 or "") or (second and _CURRENCY_SYMBOL.get(second[1] or ""))
    if m["pct1"] or m["pct2"]:
        unit = "percentage_points" if "point" in (m["pct1"] or m["pct2"] or "") else "percent"
    if m["hyph"]:
        unit = _UNIT_WORDS[_hyphen_word(m["hyph"])]
    start = m.start()
    qual_text = (m["qual"] or "").lower()
    qualifier, approximate = _QUALIFIERS.get(qual_text, ("exact", False))
    low: float | None
    high: float | None
    if second is not None:
        value2, _, mult2 = second
        if mult1 is None and mult2 is not None:  # "18 to 25 million": the multiplier is shared
            value1 *= mult2
        low, high = sorted((value1, value2))
        # "about 18 to 25" stays a range, only looser.
        qualifier, approximate = "range", qualifier == "about"
    else:
        if m["between"]:  # "from 5 people": "from" only belongs to a range
            start = m.start("n1")
        low, high = _bounds(value1, qualifier)
    if m["post"]:
        qualifier = "at_least" if "more" in m["post"].lower() else "about"
        approximate = qualifier == "about"
        low, high = _bounds(value1, qualifier)
    hit = _with_counted(
        text, _Hit(start, m.end(), low, high, qualifier, approximate, unit, None),
        hyphen=bool(m["hyph"] or m["hmod"]),
        counted_from=m.start("hmod") if m["hmod"] and m["hmod"] != "strong" else None,
    )
    if (mult1 == 1e6 and second is None and not cur1 and hit.unit is None and hit.counted is None
            and _SHORT_M.search(m["n1"])
            and (_DISTANCE_AFTER.match(text, m.end())
                 or (_DISTANCE_BEFORE.search(text, 0, m.start()) and not _LEVEL_BEFORE.search(text, 0, m.start())))):
        # "fell about 600m", "600m from the scene": a distance. "600m people", "£600m" and
        # "rose to 1.5m" stay millions.
        low, high = _bounds(value1 / 1e6, qualifier)
        hit = hit._replace(low=low, high=high, unit="metres")
    if qual_text == "over" and hit.unit in _SCALE and _SCALE[hit.unit][0] == "time":
        # "over three days" is the length of a period, not a lower bound.
        hit = hit._replace(start=m.start("n1"), low=value1, high=value1, qualifier="exact")
    return hit


def _change_then_level(text: str, m: re.Match[str]) -> bool:
    """ "by 2% to 5%", "by 0.25 points to 0.5%": the first figure carries its own unit after "by";
    "rose 26 percent to $817 million": a change in percent, then a level in money; "rose $2.88 to
    $46.50": a figure right after a verb of moving, then one far above it (a range runs low to a
    nearby high: "prices rose 18 to 25 per cent")."""
    if _MOVED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        first, second = _parse_figure(m["n1"]), _parse_figure(m["n2"])
        if first and second and first[0] > 0 and second[0] > 3 * first[0]:
            return True
    if not m["pct1"]:
        return False
    if _CURRENCY_START.match(m["n2"]):
        return True
    points = ("point" in m["pct1"].lower(), "point" in (m["pct2"] or m["pct1"]).lower())
    return points[0] != points[1] or bool(_BY_BEFORE.search(text, 0, m.start()))


def _bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    return value, value


def _parse_figure(fig: str) -> tuple[float, str | None, float | None] | None:
    """Read "£2bn", "three million", "150,000" as (value, currency symbol, multiplier)."""
    m = _FIG_PARTS.match(fig)
    if m is None:
        return None
    cur, rest = m[1], m[2].strip()
    mult: float | None = None
    mm = _FIG_MULT.search(rest)
    if mm and rest[: mm.start()].strip():
        mult = 1.0
        for word in mm[1].lower().split():
            mult *= _MULTIPLIERS[word]
        rest = rest[: mm.start()].strip()
    number = _number_value(rest)
    if number is None:
        return None
    return number * (mult or 1.0), cur, mult


def _number_value(token: str) -> float | None:
    token = token.lower().strip()
    if token in ("a", "an"):
        return 1.0
    if _DIGIT_TOKEN.fullmatch(token):
        return float(token.replace(",", ""))
    if token[-1:] in _VULGAR and _DIGIT_TOKEN.fullmatch(whole := token[:-1].strip() or "0"):
        return float(whole.replace(",", "")) + _VULGAR[token[-1]]
    total = 0.0
    for part in _WORD_SPLIT.split(token):
        if part == "hundred":
            total *= 100
        elif part in _TENS or part in _SMALL:
            total += _TENS.get(part, 0) + _SMALL.get(part, 0)
        elif part != "and":
            return None
    return total


def _hyphen_word(hyph: str) -> str:
    word = hyph[1:].lower().removesuffix("-old")
    return {"kilometre": "km", "kilometer": "km"}.get(word, word)


def _with_counted(
    text: str, hit: _Hit, *, hyphen: bool = False, counted_from: int | None = None
) -> _Hit:
    """Extend a hit over its counted noun phrase and infer the unit from it and its context.

    A hyphenated figure ("three-hour drive", "27-nation bloc", "3,000-strong force") counts
    the one word after it; `counted_from` lets the counted phrase start at the hyphened word.
    """
    pos, words, counted_end, unit = hit.end, [], None, hit.unit
    word_starts: list[int] = []
    for _ in range(4):
        wm = _WORD.match(text, pos)
        if wm is None:
            break
        word = wm[1]
        lw = word.lower().rstrip("'’")
        if lw in _STOP:
            break
        words.append(word)
        word_starts.append(wm.start(1))
        pos = wm.end()
        if unit is None and lw in _UNIT_WORDS:
            unit, counted_end = _UNIT_WORDS[lw], pos
            break
        if hyphen or lw in _IRREGULAR_PLURALS or _looks_plural(lw):
            counted_end = pos
            break
    end = hit.end
    counted = None
    if counted_end is not None:
        end = counted_end
        counted = text[counted_from if counted_from is not None else word_starts[0] : counted_end]
        if unit not in (None, "people", "personnel", "fatalities", "injuries") and len(words) == 1:
            counted = None if not hyphen else counted  # "10 km": the unit is all there is
    if unit in (None, "people", "personnel"):
        # A short window either side: the cue verbs sit right next to the figure.
        before, after = text[max(0, hit.start - 60) : hit.start], text[end : end + 60]
        if _KILL_BEFORE.search(before) or _KILL_AFTER.match(after):
            unit = "fatalities"
        elif _INJURE_BEFORE.search(before) or _INJURE_AFTER.match(after):
            unit = "injuries"
    return hit._replace(end=end, unit=unit, counted=counted)


def _looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def compatible(a: Quantity, b: Quantity) -> bool | None:
    """Whether two quantities can describe the same figure.

    Args:
        a: one quantity.
        b: the other.

    Returns:
        True when their ranges can overlap (an approximate side widened by APPROX_TOLERANCE);
        False when they are about the same kind of thing and cannot; None when they are not
        comparable: different unit families, different counted things, or one side has no
        unit and the figures do not match (nothing suggests the same thing).
    """
    ua, ub = a.unit, b.unit
    if ua and ub and ua != ub:
        fa, fb = _SCALE.get(ua), _SCALE.get(ub)
        if fa is None or fb is None or fa[0] != fb[0]:
            return None
    both_counted = ua is None and ub is None and a.counted and b.counted
    if both_counted and _head(a.counted or "") != _head(b.counted or ""):
        return None
    ra, rb = _range(a), _range(b)
    if ua and ub and ua != ub:  # a converted figure is rounded: "30 miles" (48.3 km) is "50 km"
        ra = (ra[0] * (1 - CONVERSION_TOLERANCE), ra[1] * (1 + CONVERSION_TOLERANCE))
    overlap = ra[0] <= rb[1] and rb[0] <= ra[1]
    if (ua is None) != (ub is None) or (ua is None and (a.counted is None) != (b.counted is None)):
        return True if overlap else None  # an unlabelled figure can agree but never conflict
    return overlap


def _range(q: Quantity) -> tuple[float, float]:
    scale = _SCALE[q.unit][1] if q.unit in _SCALE else 1.0
    low = q.low * scale if q.low is not None else float("-inf")
    high = q.high * scale if q.high is not None else float("inf")
    if q.approximate:
        low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
    # Rounded figures ("1.5m", "three million") stand for anything that rounds to them.
    return low - 1e-9, high + 1e-9


def _head(counted: str) -> str:
    word = counted.split()[-1].lower()
    return word[:-1] if _looks_plural(word) else word


def describe(q: Quantity) -> str:
    """A short human form for explanations, e.g. "at least 150,000 personnel".

    Args:
        q: the quantity.

    Returns:
        Qualifier, figure and unit (or counted noun) in plain words.
    """
    thing = q.unit or q.counted or ""
    if q.unit in _SYMBOL_OF or q.unit in ("percent", "fraction"):
        thing = ""
    if q.unit == "fraction" and q.low is not None:
        return f"{q.text.lower()} (about {q.low * 100:.0f}%)"
    if q.qualifier == "vague":
        vm = _VAGUE_RE.match(q.text)
        vague = " ".join(vm["v"].lower().split()) if vm else "some"
        scaled = _VAGUE_MULT.match(q.text, vm.end()) if vm else None
        if scaled:
            vague = f"{vague} {scaled[1].lower()}"
        body = f"{vague} ({_fmt(q.low, q)}–{_fmt(q.high, q)})"
    elif q.qualifier == "range":
        body = f"{_fmt(q.low, q)}–{_fmt(q.high, q)}"
    elif q.qualifier in ("at_least", "more_than"):
        body = f"{q.qualifier.replace('_', ' ')} {_fmt(q.low, q)}"
    elif q.qualifier in ("at_most", "less_than"):
        nearly = q.approximate and q.qualifier == "at_most"
        body = f"{'nearly' if nearly else q.qualifier.replace('_', ' ')} {_fmt(q.high, q)}"
    else:
        body = ("about " if q.approximate else "") + _fmt(q.low, q)
    return f"{body} {thing}".strip()


def _fmt(value: float | None, q: Quantity) -> str:
    if value is None:
        return "?"
    if q.unit == "fraction":
        return f"{value:.3g}"
    symbol = _SYMBOL_OF.get(q.unit or "", "")
    if value >= 1e9 and (value / 1e9) == round(value / 1e9, 2):
        number = f"{value / 1e9:g} billion"
    elif value >= 1e6 and (value / 1e6) == round(value / 1e6, 2):
        number = f"{value / 1e6:g} million"
    elif value == int(value):
        number = f"{int(value):,}"
    else:
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    suffix = "%" if q.unit == "percent" else ""
    return f"{symbol}{number}{suffix}"
