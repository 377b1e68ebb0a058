"""The judge: an aligned group of claims → AGREE / PARTIAL / DIVERGE with typed reasons.

Each detector looks for one kind of conflict and returns Reasons that quote both sides' wording
with their spans. DIVERGE needs evidence from a detector; similarity alone never decides it:
it decides which claims are compared, and how much context a conflict needs to count.
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from rapidfuzz import fuzz

from compare import equivalence
from compare.detectors import negation, opposites
from compare.detectors.events import Event, event_of, one_event, verb_stem, verbish
from compare.facts import dates, quantities
from compare.facts.entities import canonical
from compare.lexicon import STOPWORDS, content_stems, stem
from compare.model import (
    Claim,
    DivergenceKind,
    Entity,
    Fact,
    Finding,
    Hedge,
    Quantity,
    Quote,
    Reason,
    Span,
    TimeExpr,
    Verdict,
)
from compare.options import Options
from compare.similarity import entity_key

K = DivergenceKind
F = TypeVar("F", Quantity, TimeExpr, Quote, Entity, Hedge)
# Times of loosely aligned claims usually belong to different events ("told MPs on Monday" vs
# "rescinded on Sunday"), so between loose claims a time conflict counts only when both times
# date one event, or the words around them are shared ("arrested on Sunday" vs "arrested on
# Monday"). A negation is tied to its event by the detector itself: the denied word is the
# event, told in the same tense on the other side.
CLOSE_KINDS = frozenset({DivergenceKind.TIME})
CLOSE_SCORE = 0.75
HARD_ORDER = (K.NUMBER, K.DIRECTION, K.ATTRIBUTION, K.PLACE, K.TIME, K.NEGATION, K.QUOTE, K.CERTAINTY)
CONTEXT_WORDS = 8  # content words either side of a fact that anchor it to its event


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a judged pair: its claims' text (joined) and facts, with absolute spans."""

    text: str
    facts: tuple[Fact, ...]
    pieces: tuple[tuple[int, str], ...]  # (absolute start, text) per claim, to map spans

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> Side:
        facts = tuple(f for c in claims for f in c.facts)
        return cls(" ".join(c.text for c in claims), facts,
                   tuple((c.span.start, c.text) for c in claims))

    def find(self, pattern: re.Pattern[str]) -> list[tuple[str, Span]]:
        """Matches of `pattern` in each claim, with absolute spans."""
        out = []
        for start, text in self.pieces:
            for m in pattern.finditer(text):
                out.append((m.group(0), Span(start + m.start(), start + m.end())))
        return out

    def of_type(self, cls: type[F]) -> list[F]:
        """The side's facts of one type."""
        return [f for f in self.facts if isinstance(f, cls)]

    def around(self, span: Span) -> tuple[str, str] | None:
        """The text of the span's claim before and after the span."""
        for start, text in self.pieces:
            if start <= span.start and span.end <= start + len(text):
                return text[: span.start - start], text[span.end - start:]
        return None

    def text_at(self, span: Span) -> str | None:
        """The text under a span, when one claim holds it."""
        for start, text in self.pieces:
            if start <= span.start and span.end <= start + len(text):
                return text[span.start - start: span.end - start]
        return None

    def context(self, span: Span | None, width: int = CONTEXT_WORDS) -> set[str]:
        """Content stems within `width` words either side of a span (the span's own words out)."""
        found = self.around(span) if span is not None else None
        if found is None:
            return set()
        before, after = found
        return set(content_stems(before)[-width:] + content_stems(after)[:width])

    def words(self) -> set[str]:
        """Every word of the side, lower-cased, possessives stripped."""
        return {w.lower().removesuffix("'s").removesuffix("’s") for w in _WORDS.findall(self.text)}


Detector = Callable[[Side, Side], list[Reason]]
DETECTORS: dict[str, Detector] = {}


def register(name: str) -> Callable[[Detector], Detector]:
    """Register a conflict detector under a versioned name."""

    def deco(fn: Detector) -> Detector:
        DETECTORS[name] = fn
        return fn

    return deco


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_TOKENS = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*")  # as lexicon.words reads them


def _word_with_stem(side: Side, s: str) -> tuple[str, Span] | None:
    for start, text in side.pieces:
        for m in _TOKENS.finditer(text):
            if stem(m.group(0)) == s:
                return m.group(0), Span(start + m.start(), start + m.end())
    return None


def _anchored(a: Side, b: Side, x: Span | None, y: Span | None) -> bool:
    """The words around x (side a) and y (side b) tie both to the same event: a word shared
    right next to them (three words either side), or two shared further out.

    One shared word further out is not enough: "told MPs on Monday that Russian forces..." and
    "on Sunday rescinded pledges to pull ... troops" share only "forces"/"troops".
    """
    return bool(a.context(x, 3) & b.context(y, 3)) or len(a.context(x) & b.context(y)) >= 2


def _tied(a: Side, b: Side, r: Reason) -> bool:
    """A time conflict between loosely similar claims counts when it is about one event: two
    times dating the same event ("was arrested Tuesday" / "arrested on Wednesday"), else when
    the words around both are shared (`_anchored`)."""
    if r.kind is K.TIME:
        x = next((t for t in a.of_type(TimeExpr) if t.span == r.a_span), None)
        y = next((t for t in b.of_type(TimeExpr) if t.span == r.b_span), None)
        if x is not None and y is not None and (tie := same_occasion(a, b, x, y)) is not None:
            return tie
    return _anchored(a, b, r.a_span, r.b_span)


# --- numbers -------------------------------------------------------------------------------


_AGE_TEXT = re.compile(r"(?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^[- ]?(?:(?:year|month|week|day)s?[- ])?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|at\s+age|(?:dies|died|dead|die)\b[^.,;]{0,30}\bat)\s*$", re.IGNORECASE)


_NAMES = re.compile(r"\b[A-Z][a-z][\w’'-]*")


# "Robert Buckley, 32, died", "Subryan, 23, of Schenectady": an age in apposition to a name.
_APPOSED_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)*(?:\s+I{1,3})?),\s*(?:also\s+|now\s+)?$")
_APPOSED_END = re.compile(r"^\s*(?:,|\.|;|$|\)|and\b)")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _apposed_name(q: Quantity, side: Side) -> str | None:
    """The name a bare figure is an age of ("Robert Buckley, 32," -> "Robert Buckley")."""
    if q.unit is not None or q.counted is not None or q.low is None or not 0 < q.low < 200 or q.low != q.high:
        return None
    before, after = side.around(q.span) or ("", "")
    m = _APPOSED_NAME.search(before)
    return m["name"] if m and _APPOSED_END.match(after) else None


def _is_age(q: Quantity, side: Side) -> bool:
    """"A 59-year-old", "118-year old", "aged 95", "dies at 116", "Robert Buckley, 32,": an
    age, not a duration or a count."""
    before, after = side.around(q.span) or ("", "")
    return bool(_AGE_TEXT.search(q.text) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before)
                or _apposed_name(q, side))


_FEMALE = frozenset("woman women mother grandmother wife girl daughter lady sister widow actress "
                    "grandma mum mom".split())
_MALE = frozenset("man men father grandfather husband boy son brother gentleman actor dad".split())
_NAME_AFTER = re.compile(r"^[- ]?(?:(?:year|month|week|day)s?[- ])?old\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def _age_holder(q: Quantity, side: Side) -> tuple[str, str] | None:
    """Whose age it is: ("name", surname) for a named person, ("noun", class) for "a 59-year-old
    woman" (women, mothers and grandmothers are one class), None when the text does not say."""
    name = _apposed_name(q, side)
    head = (q.counted or "").split()[-1:]
    if name is None and head and head[0][:1].isupper():
        name = q.counted  # "36-year-old Duncan Rait"; not "a 66-year-old Burnsville woman"
    if name is None and (not head or head[0].lower() == "old"):
        m = _NAME_AFTER.match((side.around(q.span) or ("", ""))[1])  # "59-year old Raj Chohan"
        name = m["name"] if m else None
    if name:
        words = [w.lower().strip(".,") for w in name.split()]
        named = [w for w in words if w not in _NAME_SUFFIXES] or words
        return "name", named[-1]  # "Arcade Joseph Comeaux Jr." is Comeaux
    if not head or head[0].lower() == "old":
        return None
    noun = head[0].lower()
    return "noun", "female" if noun in _FEMALE else "male" if noun in _MALE else stem(noun)


_HYPHEN_THING = re.compile(r"^\S*?\d*[A-Za-z]*-(?P<thing>[a-z]+)\b")
_NOT_THINGS = frozenset("year years month months week weeks day days old point percent hundred thousand million "
                        "billion trillion one two three four five six seven eight nine by".split())


def _thing(q: Quantity) -> str | None:
    """What a hyphened figure counts: "a five-boat pirate attack" counts boats, not pirates."""
    m = _HYPHEN_THING.match(q.text) if q.unit is None else None
    return stem(m["thing"]) if m and m["thing"] not in _NOT_THINGS else None


def _undecided_holders(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """Two ages whose holders the text does not tie: one named and one not, two kinds of person
    ("woman" / "man", "employee" / "staffer"), or one not given. The same figure backs them
    up; a different one conflicts only where the words are shared."""
    hx, hy = _age_holder(x, a), _age_holder(y, b)
    return hx is None or hy is None or hx != hy


def _comparable(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """Figures that can be weighed against each other at all.

    An age ("a 15-year-old boy") is not a duration ("eight days"); two ages are one person's
    unless the text says they are two (two names); otherwise a different age conflicts only for
    the same kind of person ("a 59-year-old woman", "a 118-year-old grandmother") or where the
    words are shared (`_weigh`). Two
    bare figures with no unit and no counted noun ("49", "Four"), or ages whose holders the text
    does not give, are about the same thing only when the words around them are shared. A
    hyphened figure counts the thing it is joined to ("five-boat pirate attack").
    """
    age_x, age_y = _is_age(x, a), _is_age(y, b)
    if age_x != age_y:
        return False
    for p, q in ((x, y), (y, x)):
        thing = _thing(p)
        if (thing is not None and q.unit is None and thing != _thing(q)
                and thing not in {stem(w) for w in (q.counted or "").split()}):
            return False  # "five-boat pirate attack" / "26 Somali pirates"
    if age_x:
        hx, hy = _age_holder(x, a), _age_holder(y, b)
        if hx is not None and hy is not None and hx[0] == hy[0] == "name":
            return hx == hy  # "31-year-old Robert Buckley", "36-year-old Duncan Rait": two people
        return True  # weighed in `_weigh`: a named and an unnamed holder may be one person
    loose = x.unit is None and x.counted is None and y.unit is None and y.counted is None
    return not loose or _anchored(a, b, x.span, y.span)


def _weigh(x: Quantity, y: Quantity, a: Side, b: Side) -> bool | None:
    """`quantities.compatible`, for figures that can be weighed at all.

    A bare figure overlapping a labelled one ("at least 5.9" and "10 people") backs it up only
    when it is the same figure or sits by the same words: an open range overlaps almost anything.
    """
    if not _comparable(x, y, a, b):
        return None
    verdict = quantities.compatible(x, y)
    if verdict is False and (_rounds_to(x, y) or _rounds_to(y, x)):
        return True
    if verdict is False and _is_age(x, a) and _undecided_holders(x, y, a, b) and not _anchored(a, b, x.span, y.span):
        return None  # "a 59-year-old woman" may be "59-year-old Raj Chohan", not "23-year-old Vishwanand"
    if (verdict and (x.unit is None) != (y.unit is None) and (x.low, x.high) != (y.low, y.high)
            and _anchor(a, b, x.span, y.span)[0] == 0):
        return None
    return verdict


_WRITTEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _rounds_to(x: Quantity, y: Quantity) -> bool:
    """x is y written with fewer decimals: "17 percent" is "17.3 percent" rounded, "$40 million"
    is "$39.5 million" rounded. Both must be exact figures in the same unit."""
    if x.unit != y.unit or x.low is None or y.low is None or x.low != x.high or y.low != y.high:
        return False
    mx, my = _WRITTEN.search(x.text), _WRITTEN.search(y.text)
    if mx is None or my is None:
        return False
    wx, wy = mx[0].replace(",", ""), my[0].replace(",", "")
    dx, dy = len(wx.partition(".")[2]), len(wy.partition(".")[2])
    if dx >= dy or float(wx) == 0:
        return False
    scale = x.low / float(wx)
    rounded = decimal.Decimal(str(y.low / scale)).quantize(decimal.Decimal(1).scaleb(-dx), decimal.ROUND_HALF_UP)
    return float(rounded) == float(wx)


def _anchor(a: Side, b: Side, x: Span, y: Span) -> tuple[int, int]:
    """How firmly two facts are tied to the same words: the nearest two words, then eight."""
    return len(a.context(x, 2) & b.context(y, 2)), len(a.context(x) & b.context(y))


# A figure said again without its noun: "shot three people, killing one".
_ELLIPTIC = re.compile(r"\b(?:killing|wounding|injuring|including)\s+(one|two|three|four|five|six|seven|eight|nine|ten"
                       r"|\d+)\b(?!\s+[a-z])", re.IGNORECASE)
_SMALL = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _elliptic_values(side: Side) -> set[float]:
    """Figures a side repeats with their noun left out ("..., killing one")."""
    found = (m[1] for _, t in side.pieces for m in _ELLIPTIC.finditer(t))
    return {float(w) if w.isdigit() else float(_SMALL[w.lower()]) for w in found}


@register("conflict.number.v3")
def number_conflicts(a: Side, b: Side) -> list[Reason]:
    """Two quantities of the same kind that cannot both be true, with no compatible partner.

    Candidate conflicts are taken best anchored first, so a figure meets the figure about the
    same thing ("McMeekin, 58" / "McMeekin, 116") before a neighbour ("Jenkin, 23"). A figure
    the other side repeats without its noun ("shot to death one person" / "shot three people,
    killing one") has its partner.
    """
    qa = a.of_type(Quantity)
    qb = b.of_type(Quantity)
    verdict = {(i, j): _weigh(x, y, a, b) for i, x in enumerate(qa) for j, y in enumerate(qb)}
    ea, eb = _elliptic_values(a), _elliptic_values(b)
    ok_a = {i for (i, _), v in verdict.items() if v} | {i for i, x in enumerate(qa) if x.low == x.high and x.low in eb}
    ok_b = {j for (_, j), v in verdict.items() if v} | {j for j, y in enumerate(qb) if y.low == y.high and y.low in ea}
    clashes = sorted(((i, j) for (i, j), v in verdict.items() if v is False),
                     key=lambda ij: _anchor(a, b, qa[ij[0]].span, qb[ij[1]].span), reverse=True)
    out = []
    for i, j in clashes:
        if i in ok_a or j in ok_b:
            continue
        x, y = qa[i], qb[j]
        out.append(Reason(K.NUMBER, x.text, y.text,
                          f"{_q(x.text)} ({quantities.describe(x)}) and {_q(y.text)} "
                          f"({quantities.describe(y)}) cannot both be right.", x.span, y.span))
        ok_a.add(i)
        ok_b.add(j)
    return sorted(out, key=lambda r: (r.a_span.start if r.a_span else 0))


# --- times ---------------------------------------------------------------------------------


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


def same_occasion(a: Side, b: Side, x: TimeExpr, y: TimeExpr) -> bool | None:
    """True when two times date one event, False when they date two, None when the words do not tell."""
    ex, ey = _dated(a, x), _dated(b, y)
    return None if ex is None or ey is None else one_event(ex, ey)


@register("conflict.time.v3")
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
                tie = (same_occasion(a, b, x, y) is True, len(a.context(x.span) & b.context(y.span)))
                pairs.append((x, y, verdict, tie))
    out: list[Reason] = []
    used: set[Span] = set()
    for x, y, clash, anchor in sorted(pairs, key=lambda p: p[3], reverse=True):
        if not clash or x.span in used or y.span in used or same_occasion(a, b, x, y) is False:
            continue
        if any(not c and n >= anchor and (p is x or q is y) for p, q, c, n in pairs):
            continue
        used.update((x.span, y.span))
        out.append(Reason(K.TIME, x.text, y.text,
                          f"{_q(x.text)} ({x.value or 'unresolved'}) and {_q(y.text)} "
                          f"({y.value or 'unresolved'}) give different times.", x.span, y.span))
    return out


# --- directions ----------------------------------------------------------------------------

_COMPASS = (r"(north|south|east|west|north-east|north-west|south-east|south-west"
            r"|northeast|northwest|southeast|southwest)")
_DIRECTION = re.compile(
    rf"\b(?:(?:to|in|from|towards) the {_COMPASS}\b|{_COMPASS}(?:ern)? (?:of|border|frontier|flank|coast)\b"
    rf"|{_COMPASS}(?:ward|wards)\b|(?<![A-Z])(?:northern|southern|eastern|western) (?:border|frontier|flank|coast)\b)",
    re.IGNORECASE,
)
_COMPASS_WORD = re.compile(
    r"\b((?:north|south)(?:-?(?:east|west))?(?:ern|erly|ward|wards)?|(?:east|west)(?:ern|erly|ward|wards)?)\b",
    re.IGNORECASE,
)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _way(d: frozenset[str]) -> str:
    return "-".join(c for c in ("north", "south", "east", "west") if c in d)


def _compass(text: str) -> frozenset[str]:
    low = text.lower().replace("-", "")
    return frozenset(d for d in ("north", "south", "east", "west") if d in low)


def _compass_mentions(side: Side) -> list[tuple[str, Span, frozenset[str]]]:
    """Phrases naming a compass direction; capitalised ones inside names ("North Korea") are not."""
    out = [(x, s, _compass(x)) for x, s in side.find(_DIRECTION)]
    for start, text in side.pieces:
        for m in _COMPASS_WORD.finditer(text):
            span = Span(start + m.start(), start + m.end())
            if any(s.contains(span) for _, s, _ in out):
                continue
            if m[1][0].isupper() and (m.start() > 0 or text[m.end() + 1: m.end() + 2].isupper()):
                continue  # a name ("South Africa", "Western diplomats"), not a direction
            out.append((m[1], span, _compass(m[1])))
    return out


# Who is which way of whom. "Belarus, which borders Ukraine to the south" puts Ukraine south of
# Belarus; "Belarus, Ukraine's neighbour to the north" puts Belarus north of Ukraine: the same
# geography in two frames, so the words "south" and "north" alone are no conflict.
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_BORDERS_BEFORE = re.compile(rf"(?P<x>{_NAME}),?\s+(?:which\s+|that\s+)?(?:borders?|bordering)\s+(?P<y>{_NAME})\s+$")
_NEIGHBOUR_BEFORE = re.compile(
    rf"(?P<x>{_NAME}),\s+(?:the\s+)?(?P<y>{_NAME})['’]s\s+(?:\w+\s+)?neighbou?r\s+$")
_OF_AFTER = re.compile(rf"\s+(?P<y>{_NAME})")
_SUBJECT_BEFORE = re.compile(
    rf"(?P<x>{_NAME})(?:,|\s+(?:is|was|lies|lay|sits|located|situated|just|about|some|\d[\d,.]*|miles?|km"
    rf"|kilometres?|kilometers?))*\s+$")


def _relation(side: Side, span: Span, direction: frozenset[str]) -> tuple[str, frozenset[str], str] | None:
    """(x, direction, y) meaning "x lies `direction` of y", when the words around a compass phrase say so."""
    found = side.around(span)
    if found is None:
        return None
    before, after = found
    phrase = side.text_at(span) or ""
    if phrase.lower().startswith(("to the", "on the")):
        if m := _BORDERS_BEFORE.search(before):
            return canonical(m["y"]), direction, canonical(m["x"])
        if m := _NEIGHBOUR_BEFORE.search(before):
            return canonical(m["x"]), direction, canonical(m["y"])
    if phrase.lower().endswith(" of") and (m := _OF_AFTER.match(after)) and (n := _SUBJECT_BEFORE.search(before)):
        return canonical(n["x"]), direction, canonical(m["y"])
    return None


def _one_frame(rel: tuple[str, frozenset[str], str]) -> tuple[tuple[str, str], frozenset[str]]:
    """The relation with its places in a fixed order: "Ukraine south of Belarus" = "Belarus north of Ukraine"."""
    x, d, y = rel
    return ((x, y), d) if x <= y else ((y, x), frozenset(_OPPOSITE[c] for c in d))


_TREND = re.compile(
    r"\b(ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)"
    r"|declin(?:e|ed|es|ing)|dropp?(?:ed|s|ing)?|grow(?:s|n|ing)?|grew|shr(?:ink|ank|unk)(?:s|ing)?"
    r"|gain(?:ed|ing)|los(?:t|ing)|advanc(?:ed|es)|retreated|jump(?:ed|s)?|climb(?:ed|s|ing)?"
    r"|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|tumbl(?:e|ed|es)"
    r"|slid|sank|dipp?(?:ed|s)?|slipp?(?:ed|s)?|doubl(?:ed|es)|halv(?:ed|es)|rais(?:e|ed|es|ing)"
    r"|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|expand(?:ed|s)?|contracted|boosted"
    r"|higher|up|down)\b",
    re.IGNORECASE,
)
_TREND_SIGN = {"ris": 1, "ros": 1, "fal": -1, "fel": -1, "inc": 1, "dec": -1, "dro": -1, "gro": 1,
               "gre": 1, "shr": -1, "gai": 1, "los": -1, "adv": 1, "ret": -1, "jum": 1, "cli": 1,
               "sur": 1, "soa": 1, "plu": -1, "tum": -1, "sli": -1, "san": -1, "dip": -1, "dou": 1,
               "hal": -1, "rai": 1, "low": -1, "red": -1, "exp": 1, "con": -1, "boo": 1, "hig": 1,
               "up": 1, "dow": -1}
# Words common in other senses ("set up", "lower court", "lost his job", "raised concerns"):
# a movement only right before a figure ("up 3%", "lost 5 points").
_GUARDED = frozenset({"up", "down", "higher", "lower", "lost", "losing", "gained", "gaining",
                      "raise", "raised", "raises", "raising", "climb", "climbed", "climbing",
                      "climbs", "slipped", "slips", "slid", "dipped", "jumped", "jump", "jumps"})
_FIGURE_AFTER = re.compile(r"\s+(?:by\s+|to\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?[$£€]?\d")


def _movements(side: Side) -> list[tuple[str, Span, int]]:
    out = []
    for start, text in side.pieces:
        for m in _TREND.finditer(text):
            word = m[1].lower()
            if word in _GUARDED and not _FIGURE_AFTER.match(text, m.end()):
                continue
            sign = _TREND_SIGN[word[:3] if len(word) > 2 else word]
            out.append((m[1], Span(start + m.start(), start + m.end()), sign))
    return out


@register("conflict.direction.v3")
def direction_conflicts(a: Side, b: Side) -> list[Reason]:
    """Opposite compass directions ('to the south' vs 'to the north') or movements (rose vs fell).

    A direction conflicts only when the other side never names it; a movement is weighed
    against the other side's movement sharing the most surrounding words (what rose or fell),
    or, with no shared words, when each side moves one way only.
    """
    da, db = _compass_mentions(a), _compass_mentions(b)
    rel_a = {sa: _relation(a, sa, ca) for _, sa, ca in da if ca}
    rel_b = {sb: _relation(b, sb, cb) for _, sb, cb in db if cb}
    for xa, sa, _ in da:
        for xb, sb, _ in db:
            ra, rb = rel_a.get(sa), rel_b.get(sb)
            if ra is None or rb is None:
                continue
            (places_a, way_a), (places_b, way_b) = _one_frame(ra), _one_frame(rb)
            if places_a == places_b and way_a and way_b and not (way_a & way_b):
                return [Reason(K.DIRECTION, xa, xb,
                               f"One source puts {ra[0]} {_way(ra[1])} of {ra[2]}, the other puts "
                               f"{rb[0]} {_way(rb[1])} of {rb[2]}.", sa, sb)]
    dirs_a, dirs_b = {d for _, _, d in da}, {d for _, _, d in db}
    for xa, sa, ca in da:
        for xb, sb, cb in db:
            if rel_a.get(sa) is not None and rel_b.get(sb) is not None:
                continue  # both say who is which way of whom: weighed above, frame by frame
            if (ca and cb and not (ca & cb) and any(_OPPOSITE[c] in cb for c in ca)
                    and ca not in dirs_b and cb not in dirs_a):
                return [Reason(K.DIRECTION, xa, xb,
                               f"{_q(xa)} and {_q(xb)} point in opposite directions.", sa, sb)]
    ta, tb = _movements(a), _movements(b)
    for xa, sa, ga in ta:
        # What moved sits next to the movement word: the nearest words weigh first.
        scored = [((len(a.context(sa, 2) & b.context(sb, 2)), len(a.context(sa) & b.context(sb))), xb, sb, gb)
                  for xb, sb, gb in tb]
        best = max((n for n, *_ in scored), default=(0, 0))
        if best[1] == 0:
            continue
        top = [(xb, sb, gb) for n, xb, sb, gb in scored if n == best]
        if all(gb != ga for _, _, gb in top):
            xb, sb, _ = top[0]
            return [Reason(K.DIRECTION, xa, xb, f"{_q(xa)} and {_q(xb)} report opposite movements.", sa, sb)]
    signs_a, signs_b = {g for *_, g in ta}, {g for *_, g in tb}
    if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
        (xa, sa, _), (xb, sb, _) = ta[0], tb[0]
        return [Reason(K.DIRECTION, xa, xb, f"{_q(xa)} and {_q(xb)} report opposite movements.", sa, sb)]
    return []


# --- negation ------------------------------------------------------------------------------


@register("conflict.negation.v3")
def negation_conflicts(a: Side, b: Side) -> list[Reason]:
    """A word one side negates ("did not explain") and the other plainly asserts ("explained");
    see `compare.detectors.negation`."""
    return negation.conflicts(a, b)


@register("conflict.opposite.v1")
def opposite_conflicts(a: Side, b: Side) -> list[Reason]:
    """Opposite words in the same slot ("moved into" / "moved out of", "won" / "lost" the same
    thing, "before" / "after" the same event); see `compare.detectors.opposites`."""
    return opposites.conflicts(a, b)


# --- quotes and attribution ----------------------------------------------------------------


_ROLE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "office", "official",
                         "officials", "ministry", "source", "sources", "adviser", "advisers"})
_REPORTING = r"said|says|told|tells|added|adds|announced|stated|explained|insisted|warned|confirmed|claimed|wrote"
# "Smith said", "Smith, a spokesman, said", "Smith also told"
_SPEAKS_AFTER = re.compile(
    rf"^(?:[’']s\s+(?P<role>spokes(?:man|woman|person))\b)?(?:,[^,]{{1,80}},)?\s+(?:also\s+|later\s+|has\s+|had\s+)?"
    rf"(?:{_REPORTING})\b")
# "said Smith." / "said Smith, a spokesman" / "according to Smith"
_SPOKEN_BEFORE = re.compile(rf"\b(?:{_REPORTING}|according\s+to)\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}$")
_NAME_ENDS_CLAUSE = re.compile(r"^\s*(?:[.;!?\"”)]|$|,\s*(?:a|an|the|who|his|her|their)\b)")


def _name_key(name: str) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in name.split())


def _surname(name: str) -> str:
    """The last name word that is not a role ("Boris Johnson's spokesman" -> "johnson")."""
    words = [w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in name.split()]
    named = [w for w in words if w not in _ROLE_WORDS]
    return (named or words or [""])[-1]


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who says something on one side: a named person, or a person's spokesman or office."""

    name: str
    span: Span


def _speakers(side: Side) -> list[_Speaker]:
    """Quote speakers (not places), and people who are the subject of a reporting verb."""
    persons = [e for e in side.of_type(Entity) if e.kind == "person"]
    places = [e.span for e in side.of_type(Entity) if e.kind == "place"]
    out = []
    for q in side.of_type(Quote):
        if q.speaker and q.speaker_span is not None and q.speaker_span not in places:
            out.append(_Speaker(q.speaker, q.speaker_span))  # a place is a misread, not a speaker
    for e in persons:
        found = side.around(e.span)
        if found is None:
            continue
        before, after = found
        speaks = _SPEAKS_AFTER.match(after)
        if speaks or (_SPOKEN_BEFORE.search(before) and _NAME_ENDS_CLAUSE.match(after)):
            role = speaks["role"] if speaks and speaks["role"] else ""
            out.append(_Speaker(f"{e.canonical}'s {role}" if role else e.canonical, e.span))
    return out


def _same_speaker_names(x: str, y: str) -> bool:
    """One person: one name inside the other, the same surname, or a surname spelt two ways
    ("Anne McClellan" / "Anne McLellan")."""
    kx, ky = _name_key(x), _name_key(y)
    sx, sy = _surname(x), _surname(y)
    return kx <= ky or ky <= kx or sx == sy or (min(len(sx), len(sy)) >= 5 and fuzz.ratio(sx, sy) >= 85)


def _different_speakers(x: _Speaker, y: _Speaker, a: Side, b: Side) -> bool:
    """Two speakers are different people: a spokesman is not his minister, and neither
    speaker's surname appears on the other side at all (joint statements, co-authors)."""
    if _name_key(x.name) & _ROLE_WORDS != _name_key(y.name) & _ROLE_WORDS:
        return True  # "Boris Johnson's spokesman" is not Boris Johnson
    if _same_speaker_names(x.name, y.name):
        return False
    return _surname(x.name) not in b.words() and _surname(y.name) not in a.words()


def _quote_speaker(q: Quote, side: Side) -> _Speaker | None:
    return next((s for s in _speakers(side) if s.span == q.speaker_span), None)


def _same_speaker(x: Quote, y: Quote, a: Side, b: Side) -> bool | None:
    """True/False when both quotes' speakers are known people (or their spokesmen)."""
    sx, sy = _quote_speaker(x, a), _quote_speaker(y, b)
    if sx is None or sy is None:
        return None
    return not _different_speakers(sx, sy, a, b)


def _quote_pairs(a: Side, b: Side) -> list[tuple[Quote, Quote, float]]:
    qa = [q for q in a.of_type(Quote) if len(q.content) >= 6]
    qb = [q for q in b.of_type(Quote) if len(q.content) >= 6]
    return [(x, y, fuzz.partial_ratio(x.content.lower(), y.content.lower()) / 100.0) for x in qa for y in qb]


def _shares_statement(a: Side, b: Side, names: set[str]) -> bool:
    """The two sides report much the same thing, speakers' names aside."""
    sa = set(content_stems(a.text)) - names
    sb = set(content_stems(b.text)) - names
    shared = len(sa & sb)
    return shared >= 3 and shared >= 0.3 * min(len(sa), len(sb))


_MISATTRIBUTED = 0.85  # partial ratio of two quotes given to two speakers that makes them one quote


@register("conflict.attribution.v3")
def attribution_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same words (quoted, or reported in a mostly shared sentence) given to different people."""
    for x, y, sim in _quote_pairs(a, b):
        sx, sy = _quote_speaker(x, a), _quote_speaker(y, b)
        if sim >= _MISATTRIBUTED and sx and sy and _different_speakers(sx, sy, a, b):
            return [Reason(K.ATTRIBUTION, f"{sx.name}: {x.text}", f"{sy.name}: {y.text}",
                           f"{_q(x.content[:60])} is attributed to {sx.name} on one side and to "
                           f"{sy.name} on the other.", sx.span, sy.span)]
    spk_a, spk_b = _speakers(a), _speakers(b)
    names = {stem(w) for s in spk_a + spk_b for w in s.name.split()}
    if not spk_a or not spk_b or not _shares_statement(a, b, names):
        return []
    if any(not _different_speakers(x, y, a, b) for x in spk_a for y in spk_b):
        return []  # a speaker both sides name
    first_a, first_b = spk_a[0], spk_b[0]
    return [Reason(K.ATTRIBUTION, first_a.name, first_b.name,
                   f"One side reports it from {first_a.name}, the other from {first_b.name}.",
                   first_a.span, first_b.span)]


_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
# Figures spelled either way are the same quoted word: "eleventh" / "11th", "three" / "3".
_SPELLED = ({w: str(n) for n, w in enumerate(_NUMBER_WORDS, 1)}
            | {w: f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }" for n, w in enumerate(_ORDINALS, 1)})
_CONTRACTIONS = (("n't", " not"), ("n’t", " not"), ("'m", " am"), ("’m", " am"), ("'re", " are"),
                 ("’re", " are"), ("'ll", " will"), ("’ll", " will"), ("'ve", " have"), ("’ve", " have"))
# Contractions written without the apostrophe ("isnt", "dont"), as wires and transcripts do.
_BARE_NT = frozenset("dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt couldnt wouldnt shouldnt "
                     "mustnt aint".split())
_QUOTE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


def _quote_tokens(q: Quote) -> list[tuple[str, Span]]:
    """The quote's words, contractions expanded ("don't" -> "do", "not"), with absolute spans."""
    out: list[tuple[str, Span]] = []
    offset = q.span.start + q.text.find(q.content) if q.content in q.text else q.span.start
    for m in _QUOTE_WORD.finditer(q.content):
        span = Span(offset + m.start(), offset + m.end())
        word = m[0].lower()
        word = {"can't": "can not", "can’t": "can not", "won't": "will not", "won’t": "will not"}.get(word, word)
        for short, long in _CONTRACTIONS:
            if word.endswith(short):
                word = word[: -len(short)] + long
        if word in _BARE_NT:
            word = word[:-2] + " not"
        out.extend((_SPELLED.get(w, w), span) for w in word.replace("-", " ").split())
    return out


def _same_word(x: str, y: str) -> bool:
    """One word in two spellings ("labour"/"labor", "recognise"/"recognize") or forms."""
    return stem(x) == stem(y) or (x[:3] == y[:3] and fuzz.ratio(x, y) >= 80)


# Function words whose swap changes what a quote says ("may be less one of subservience" /
# "more one of"); other stopwords ("a" / "the") do not.
_MEANINGFUL = frozenset("more less most least few fewer many all none no not never always before after above "
                        "below over under up down only against without".split())


def _changed(xs: list[str], ys: list[str]) -> bool:
    """Both sides of a replaced stretch keep a content word the other lacks (a word swapped,
    not only a word added: "sign up" / "actually signed up" is the same wording, filled out)."""
    if "".join(xs) == "".join(ys):
        return False  # "U.K." / "UK", "no one" / "noone"
    cx = [w for w in xs if w not in STOPWORDS or w in _MEANINGFUL]
    cy = [w for w in ys if w not in STOPWORDS or w in _MEANINGFUL]
    only_x = [w for w in cx if not any(_same_word(w, v) for v in cy)]
    only_y = [w for w in cy if not any(_same_word(w, v) for v in cx)]
    return bool(only_x and only_y)


def _one_quote(matched: int, nx: int, ny: int) -> bool:
    """Two quotes are one quote worded two ways: most of the shorter one's words recur in order,
    at least three of them, or all but one of a short phrase of about the same length ("an
    attitude problem" / "an doubt problem", not "an evil man" / "has committed an evil act")."""
    shorter, longer = sorted((nx, ny))
    if shorter <= 4 and longer <= shorter + 1:
        return matched >= max(2, shorter - 1)
    return matched >= 3 and matched >= 0.6 * shorter


def _wording_changes(x: Quote, y: Quote) -> list[tuple[str, str, Span, Span]]:
    """Each stretch of one quote worded differently in the other, with both stretches."""
    tx, ty = _quote_tokens(x), _quote_tokens(y)
    wx, wy = [w for w, _ in tx], [w for w, _ in ty]
    matcher = difflib.SequenceMatcher(None, wx, wy, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if not _one_quote(matched, len(wx), len(wy)):
        return []  # two different quotes, not one quote worded two ways
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and _changed(wx[i1:i2], wy[j1:j2]):
            sx = Span(tx[i1][1].start, tx[i2 - 1][1].end)
            sy = Span(ty[j1][1].start, ty[j2 - 1][1].end)
            out.append((" ".join(wx[i1:i2]), " ".join(wy[j1:j2]), sx, sy))
    return out


@register("conflict.quote.v3")
def quote_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same quote (most of its words in order) with words swapped for others: one reason
    per changed stretch, for the first pair of quotes that differ.

    One quote shortening the other (words missing at either end) is a cut, and a word added
    inside ("actually signed up") a fuller transcript; neither is a change of wording. Two quotes
    of different speakers are compared only when they are near the same words (the attribution
    conflict they also make); otherwise two people saying alike things are two quotes.
    """
    pairs = _quote_pairs(a, b)
    matched = {id(q) for x, y, sim in pairs if sim == 1.0 and len(x.content) == len(y.content) for q in (x, y)}
    for x, y, sim in pairs:
        if _same_speaker(x, y, a, b) is False and sim < _MISATTRIBUTED:
            continue
        if (id(x) in matched or id(y) in matched) and sim < 1.0:
            continue  # a quote the other side gives word for word is not another quote reworded
        changes = _wording_changes(x, y)
        if changes:
            return [Reason(K.QUOTE, wa, wb, f"The quote {_q(x.content[:60].strip())} has {_q(wa)} on one side "
                           f"where the other has {_q(wb)}.", sa, sb) for wa, wb, sa, sb in changes]
    return []


# --- places --------------------------------------------------------------------------------

_LOCATED = re.compile(r"\b(?:in|at|near|outside)\s+$", re.IGNORECASE)


def _located_places(side: Side) -> dict[str, Entity]:
    out = {}
    for e in side.of_type(Entity):
        if e.kind == "place":
            for start, text in side.pieces:
                rel = e.span.start - start
                if 0 <= rel <= len(text) and _LOCATED.search(text[max(0, rel - 12): rel]):
                    out[entity_key(e)] = e
    return out


@register("conflict.place.v1")
def place_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same event located in different places ('in Geneva' vs 'in Brussels')."""
    pa, pb = _located_places(a), _located_places(b)
    if len(pa) == 1 and len(pb) == 1 and not (pa.keys() & pb.keys()):
        all_a = {entity_key(e) for e in a.of_type(Entity)}
        all_b = {entity_key(e) for e in b.of_type(Entity)}
        (ka, ea), (kb, eb) = next(iter(pa.items())), next(iter(pb.items()))
        if ka not in all_b and kb not in all_a:
            return [Reason(K.PLACE, ea.text, eb.text,
                           f"One side places it in {ea.canonical}, the other in {eb.canonical}.", ea.span, eb.span)]
    return []


# --- certainty -----------------------------------------------------------------------------

_EPISTEMIC = {"could", "may", "might", "possibly", "likely", "probably", "perhaps", "open to"}
_IGNORED_HEDGES = {"according to", "said", "say", "would", "will", "signal"}
_SCOPE_WORDS = 6  # content words after a cue that it is taken to govern, when no scope is read
# A reporting verb after what it reports ("..., police claimed.") hedges the sentence before it.
_REPORTING_VERB = re.compile(r"^(?:claim|claims|claimed|allege|alleges|alleged)$", re.IGNORECASE)
# An attributive hedge governs only the noun it qualifies: "alleged victims", "suspected gunmen".
_ATTRIBUTIVE = re.compile(r"^(?:alleged|suspected|purported|reputed|reported|claimed)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")


def is_doubt(h: Hedge) -> bool:
    """True for cues that lower certainty: hedges and epistemic modals, not 'would' or 'said'."""
    cue = h.cue.lower()
    if cue in _IGNORED_HEDGES:
        return False
    return h.kind == "hedge" or (h.kind == "modal" and cue in _EPISTEMIC)


def _scope(side: Side, h: Hedge) -> list[str]:
    """Content stems a doubt cue governs (its clause as the hedge extractor reads it).

    Two readings are narrowed or widened here: "alleged victims" doubts the victims only, and
    "..., the company claimed." doubts everything it reports, not the company.
    """
    found = side.around(h.span)
    if found is None:
        return []
    before, after = found
    nxt = _NEXT_WORD.match(after)
    if _ATTRIBUTIVE.match(h.text) and nxt and nxt[1] not in STOPWORDS:
        return content_stems(nxt[1])
    scope = h.scope_span
    if _REPORTING_VERB.match(h.text) and (scope is None or scope.end <= h.span.start):
        return content_stems(before)
    if scope is not None and (text := side.text_at(scope)) is not None:
        return content_stems(text)
    return content_stems(after)[:_SCOPE_WORDS]


_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
_SUSPECT_NOUN_AFTER = re.compile(r"\s+(?:in|who|was|is|has|had)\b", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+(?:[A-Z]|\d)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?,)\"”]|$)")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|one|two|three|this|that|these|those|his|her|their|its)\s+$", re.IGNORECASE)


_APPEARS_IN = re.compile(r"\s+(?:in|on|at|before|alongside|daily|weekly|monthly|online)\b", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\b(?:so|so\s+that|in\s+order\s+that)\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
_QUESTION_BEFORE = re.compile(r"\b(?:whether|if)\b[^,;:.!?]*$", re.IGNORECASE)


def _not_a_doubt(h: Hedge, before: str, after: str) -> bool:
    """Cue words used as something else: "a suspect", "23 piracy suspects", "sniper suspect Lee
    Boyd Malvo", "affair claims", "the SEC accusations", "May Housing Starts" (a month), "will
    appear daily" (in print), "so a witness could identify him" (a purpose), and any cue inside
    an embedded question ("too early to know whether a second wave might occur"), which asks
    rather than hedges."""
    word = h.text.lower()
    if word in ("suspect", "suspects"):
        return word == "suspects" or bool(_NOUN_BEFORE.search(before) or _SUSPECT_NOUN_AFTER.match(after)
                                          or _CAPITAL_AFTER.match(after))
    if h.text == "May" and _CAPITAL_AFTER.match(after):
        return True
    if word in ("claim", "claims", "accusation", "accusations") and not _THAT_AFTER.match(after) \
            and "," not in before[-40:]:
        return _CLAUSE_ENDS.match(after) is not None  # "over affair claims." names a topic
    if word.startswith("appear") and _APPEARS_IN.match(after):
        return True
    if word in ("could", "might") and _PURPOSE_BEFORE.search(before):
        return True
    return _QUESTION_BEFORE.search(before) is not None


def _doubts(side: Side, other_stems: set[str]) -> list[tuple[Hedge, list[str]]]:
    """Doubt cues of a side whose scope the other side also says (two of its words, or its one
    word), each with the shared words."""
    out = []
    for h in side.of_type(Hedge):
        found = side.around(h.span)
        if found and _not_a_doubt(h, *found):
            continue
        if h.text.lower().startswith(("allegation", "accusation")) and not (found and _THAT_AFTER.match(found[1])):
            continue  # "conflict-of-interest allegations" names a topic; "allegations that ..." hedges
        if is_doubt(h):
            scope = list(dict.fromkeys(_scope(side, h)))
            shared = [s for s in scope if s in other_stems]
            if shared and len(shared) >= min(2, len(scope)):
                out.append((h, shared))
    return out


_LEGAL = frozenset({"allege", "accuse", "suspect"})


_SEGMENT_BREAK = re.compile(r"[,;:(\u2014]|\b(?:when|as|after|before|while|because|if|since|until)\b", re.IGNORECASE)
_AGENT_SKIP = frozenset("a an the this that his her its their our some another former".split())


def _head_noun(words: list[str]) -> str | None:
    """The head of the first noun phrase among `words` ("A 61-year-old Vancouver man was" -> "man")."""
    run: list[str] = []
    for w in words:
        low = w.lower()
        if not run and (low in _AGENT_SKIP or w[:1].isdigit()):
            continue
        if low in STOPWORDS or verbish(w, "") or low.endswith("ly"):
            break
        run.append(w)
    return stem(run[-1]) if run else None


def _agent(side: Side, span: Span, *, sentence: bool = True) -> str | None:
    """Who does what the words at `span` say: the first noun phrase of their clause ("when
    23-year-old Vishwanand Subryan struck" -> Subryan), else (with `sentence`) of the sentence.
    "An ex-employee" and "a former employee" are one doer."""
    before = (side.around(span) or ("", ""))[0]
    breaks = list(_SEGMENT_BREAK.finditer(before))
    segment = before[breaks[-1].end():] if breaks else before
    head = _head_noun(_WORDS.findall(segment)) or (_head_noun(_WORDS.findall(before)) if sentence else None)
    return head.removeprefix("ex-") if head else None


def _accused(side: Side, h: Hedge) -> str | None:
    """Who a legal hedge is about: the noun before "accused of" / "suspected of" ("a man
    suspected of shooting" -> man), or the doer of what "allegedly" qualifies."""
    before = (side.around(h.span) or ("", ""))[0]
    if h.text.lower() in ("accused", "suspected"):
        words = [w for w in _WORDS.findall(before) if w.lower() not in ("who", "was", "is", "been", "being")]
        if words and words[-1].lower() not in STOPWORDS and not verbish(words[-1], ""):
            return stem(words[-1]).removeprefix("ex-")
    return _agent(side, h.span)


_ACT_AFTER = re.compile(r"\s+(?:(?:of|to|be|have|been|having)\s+)*([a-z][a-z’'-]*)")
# The other side reports a charge or an arrest: it frames the act as an accusation too.
_CHARGED = re.compile(r"\b(?:charged\s+(?:with|in)|arrested\s+(?:for|in|on|after)|indicted|accused|arraigned)\b",
                      re.IGNORECASE)


def _same_accused(hedged: Side, h: Hedge, plain: Side, span: Span) -> bool:
    """"Accused of", "suspected of" and "allegedly" keep open who did it, not whether it
    happened: "a man suspected of shooting three people" doubts "a man who was fired ... shot
    three people", not "a gunman shot three people". The other side must state the act of the
    same doer (when both doers are read); told in other words ("an ex-employee opened fire" /
    "a former employee allegedly shot"), the doer must be named there. A side that reports a
    charge or an arrest ("has been charged ... after a killing") states no guilt either."""
    if any(_CHARGED.search(t) for _, t in plain.pieces):
        return False
    x = _accused(hedged, h)
    act = _ACT_AFTER.match((hedged.around(h.span) or ("", ""))[1])
    if act and verbish(act[1], "did") and not any(
            verb_stem(w) == verb_stem(act[1]) for w in _WORDS.findall(plain.text)):
        return x is not None and x in {stem(w).removeprefix("ex-") for w in _WORDS.findall(plain.text)}
    y = _agent(plain, span, sentence=False)
    return x is None or y is None or x == y


def _attributive(side: Side, h: Hedge) -> bool:
    """ "alleged victims", "suspected militants": the cue qualifies the noun after it."""
    nxt = _NEXT_WORD.match((side.around(h.span) or ("", ""))[1])
    return bool(_ATTRIBUTIVE.match(h.text) and nxt and nxt[1] not in STOPWORDS)


_FORECAST = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:set|scheduled|due|slated)\s+to)\b|['’]ll\b",
                       re.IGNORECASE)


@register("conflict.certainty.v3")
def certainty_conflicts(a: Side, b: Side) -> list[Reason]:
    """One side hedges ('claimed', 'unconfirmed', 'could') what the other states as fact.

    One reason per doubt cue the other side lacks, each pointing at the cue and at the other
    side's plain statement of a word the cue governs.
    """
    stems_a, stems_b = set(content_stems(a.text)), set(content_stems(b.text))
    ha, hb = _doubts(a, stems_b), _doubts(b, stems_a)
    if ha and hb:
        return []  # both sides hedge: they differ in how, not in whether
    hedged, plain, flip = (a, b, False) if ha else (b, a, True)
    cues_plain = {h.cue for h in plain.of_type(Hedge) if h.kind != "negation"}
    out = []
    for h, shared in ha or hb:
        if h.cue in cues_plain:
            continue
        found = next((f for s in shared if (f := _plain_statement(hedged, h, plain, s))), None)
        if found is None:
            continue
        word, span = found
        if flip:
            out.append(Reason(K.CERTAINTY, word, h.text, f"One side states it as fact ({_q(word)}); "
                              f"the other hedges it ({_q(h.text)}).", span, h.span))
        else:
            out.append(Reason(K.CERTAINTY, h.text, word, f"One side hedges it ({_q(h.text)}); "
                              f"the other states it as fact ({_q(word)}).", h.span, span))
    return out


def _plain_statement(hedged: Side, h: Hedge, plain: Side, s: str) -> tuple[str, Span] | None:
    """The other side's word with stem `s` when it states as fact what the cue `h` hedges: not
    inside an "if" or "whether" clause ("if Mr Putin orders an attack"), not taken back where the
    hedged side is not ("signalled its reluctance to recognise"), not a forecast against a
    forecast ("is expected to start" / "will start"), and, for "accused of", "suspected of" and
    "allegedly", the same act of the same doer (`_same_accused`)."""
    found = _word_with_stem(plain, s)
    if found is None:
        return None
    word, span = found
    before = (plain.around(span) or ("", ""))[0]
    if h.cue in _LEGAL and not _attributive(hedged, h) and not _same_accused(hedged, h, plain, span):
        return None
    if _QUESTION_BEFORE.search(before):
        return None
    hedged_word = _word_with_stem(hedged, s)
    if hedged_word and negation.taken_back(plain, span) != negation.taken_back(hedged, hedged_word[1]):
        return None
    if h.cue in ("expected to", "widely expected") and any(_FORECAST.search(t) for _, t in plain.pieces):
        return None
    return found


# --- development over time -----------------------------------------------------------------


def as_development(reasons: Sequence[Reason], a: Side, b: Side,
                   dates_ab: tuple[dt.date | None, dt.date | None]) -> list[Reason]:
    """Certainty reasons where the earlier source hedges what the later one states: an update.

    "Is open to recognising" on 21 February and "recognised" on 22 February is news moving on,
    not a contradiction. Only that direction counts: a later hedge of an earlier fact stays a
    certainty conflict.
    """
    da, db = dates_ab
    if (da is None) != (db is None):
        known = da or db
        return [replace(r, explanation=(
            f"{r.explanation} Only one source is dated ({known:%d %b %Y}): check the other's date, since a "
            "hedge followed later by the fact is a development, not a contradiction."))
            if r.kind is K.CERTAINTY else r for r in reasons]
    if da is None or db is None or da == db:
        return list(reasons)
    out = []
    for r in reasons:
        hedged_a = any(h.span == r.a_span for h in a.of_type(Hedge))
        earlier_hedged = (hedged_a and da < db) or (not hedged_a and db < da)
        if r.kind is not K.CERTAINTY or not earlier_hedged:
            out.append(r)
            continue
        cue, fact = (r.a, r.b) if hedged_a else (r.b, r.a)
        early, late = sorted((da, db))
        out.append(replace(r, kind=K.DEVELOPMENT, explanation=(
            f"The source of {early:%d %b %Y} hedges it ({_q(cue)}) and the source of {late:%d %b %Y} "
            f"states it ({_q(fact)}): a later development, not a contradiction.")))
    return out


# --- details (PARTIAL) ---------------------------------------------------------------------


def detail_reasons(a: Side, b: Side) -> list[Reason]:
    """Numbers and quotes that only one side of an aligned pair carries."""
    out = []
    qa = a.of_type(Quantity)
    qb = b.of_type(Quantity)
    for x in qa:
        if not any(quantities.compatible(x, y) is not None for y in qb):
            out.append(Reason(K.DETAIL, x.text, "", f"Only one side gives {_q(x.text)}.", x.span, None))
    for y in qb:
        if not any(quantities.compatible(x, y) is not None for x in qa):
            out.append(Reason(K.DETAIL, "", y.text, f"Only one side gives {_q(y.text)}.", None, y.span))
    return out


def lone_figures(claims: Sequence[Claim], others: Mapping[str, Sequence[Quantity]]) -> dict[str, tuple[Quantity, ...]]:
    """Each claim's figures that no quantity of the other source corroborates (a compatible value
    about the same thing: same unit, or same counted noun), computed once per comparison.

    Args:
        claims: the compared claims of both sources.
        others: for each source id, the quantities of every compared claim of the *other* source.
    """
    index: dict[str, dict[str, list[Quantity]]] = {}
    for sid, figures in others.items():
        by_key = index.setdefault(sid, {})
        for p in figures:
            for key in _keys(p):
                by_key.setdefault(key, []).append(p)
    out = {}
    for claim in claims:
        by_key = index.get(claim.source_id, {})
        out[claim.id] = tuple(q for q in claim.facts if isinstance(q, Quantity) and not any(
            quantities.compatible(q, p) for key in _keys(q) for p in by_key.get(key, ())))
    return out


def corroborate(finding: Finding, lone: Mapping[str, Sequence[Quantity]], claims: Mapping[str, Claim],
                first_source: str) -> Finding:
    """Mark figures no claim of the other source corroborates as single-source DETAIL reasons.

    A number one side of an aligned pair lacks may still stand elsewhere in the other source
    ("two separatist regions" in both outlets, in different sentences); it is single-source only
    when no quantity of the other source is compatible with it.

    Args:
        finding: a finding from `judge` (aligned) or a UNIQUE one.
        lone: for each claim id, its figures the other source does not corroborate (`lone_figures`).
        claims: claims by id.
        first_source: the id of the comparison's first source; its figures go on side `a` of a
            reason, the other source's on side `b` (a UNIQUE finding of the second source too).
    """
    kept = [r for r in finding.reasons if r.kind is not K.DETAIL]
    for cid in finding.claims:
        first = claims[cid].source_id == first_source
        for q in lone.get(cid, ()):
            if finding.verdict is not Verdict.UNIQUE and not _in_details(finding, q):
                continue  # the judge matched it inside the pair
            expl = f"Only one source gives {_q(q.text)} ({quantities.describe(q)})."
            if first:
                kept.append(Reason(K.DETAIL, q.text, "", expl, q.span, None))
            else:
                kept.append(Reason(K.DETAIL, "", q.text, expl, None, q.span))
    return replace(finding, reasons=tuple(kept))


def _keys(q: Quantity) -> list[str]:
    """What a figure counts, as index keys: its unit and the head noun of what it counts."""
    keys = [f"unit:{q.unit}"] if q.unit is not None else []
    return keys + ([f"head:{stem(q.counted.split()[-1])}"] if q.counted else [])


def _in_details(finding: Finding, q: Quantity) -> bool:
    return any(r.kind is K.DETAIL and q.span in (r.a_span, r.b_span) for r in finding.reasons)


def _same_quote_same_speaker(a: Side, b: Side) -> bool:
    """Both sides quote the same words from the same named speaker: the checkable claim is shared.

    Outlets paraphrase around a quote freely ("is still committed" / "remains committed"), so
    their wording scores lower than their agreement; a matching attributed quote is the evidence.
    """
    return any(sim >= 0.9 and _same_speaker(x, y, a, b) is True and min(len(x.content), len(y.content)) >= 12
               for x, y, sim in _quote_pairs(a, b))


def judge(claims_a: Sequence[Claim], claims_b: Sequence[Claim], score: float, options: Options,
          *, dates_ab: tuple[dt.date | None, dt.date | None] = (None, None),
          cosine: float | None = None) -> Finding:
    """Judge an aligned group of claims from two sources.

    Args:
        claims_a: the claims of the first source.
        claims_b: the claims of the second source.
        score: their similarity; below CLOSE_SCORE, times and negations need shared context.
        options: tunables (`agree_threshold`: the cut on `equivalence.probability` for AGREE).
        dates_ab: the two sources' dates, when known: a hedge in the earlier source of what the
            later one states is reported as a DEVELOPMENT, not a conflict.
        cosine: the two sides' embedding cosine (semantic configuration), for the equivalence model.
    """
    a, b = Side.of(claims_a), Side.of(claims_b)
    reasons = [r for r in judge_sides(a, b) if score >= CLOSE_SCORE or r.kind not in CLOSE_KINDS or _tied(a, b, r)]
    reasons = as_development(reasons, a, b, dates_ab)
    hard = [r for r in reasons if r.kind not in (K.DETAIL, K.DEVELOPMENT)]
    same = equivalence.probability(claims_a, claims_b, cosine)
    if hard:
        verdict = Verdict.DIVERGE
    elif not reasons and (same >= options.agree_threshold or _same_quote_same_speaker(a, b)):
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.PARTIAL
    ids = tuple(c.id for c in claims_a) + tuple(c.id for c in claims_b)
    return Finding(verdict, ids, score, tuple(reasons), (("equivalence", round(same, 4)),))


def judge_sides(a: Side, b: Side) -> list[Reason]:
    """Every reason the detectors find, hard kinds first in importance order, then details."""
    found: list[Reason] = []
    for detector in DETECTORS.values():
        found.extend(detector(a, b))
    found.sort(key=lambda r: HARD_ORDER.index(r.kind))
    return found + detail_reasons(a, b)
