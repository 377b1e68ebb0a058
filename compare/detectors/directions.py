"""Direction conflicts: opposite compass directions of the same relation, or opposite movements of
the same figure (rose / fell).
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar

from compare.detectors.side import Side, quoted
from compare.facts.entities import canonical
from compare.model import DivergenceKind, Reason, Span

K = DivergenceKind

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
# Guarded words that move an amount when tied to a movement on the other side ("raising
# doctors' insurance rates" / "lowering doctors' insurance rates"); "climbing", "slipped" and
# "up" move people and things as often ("fell while climbing"), so they wait for a figure.
_TIED_SENSE = frozenset({"raise", "raised", "raises", "raising", "gained", "gaining", "lost", "losing",
                         "higher", "lower"})
_FIGURE_AFTER = re.compile(r"\s+(?:by\s+|to\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?[$£€]?\d")


# Senses that move nothing: "dropped off by helicopter", "a drop-off point", "fell ill",
# "the deal fell through", "gave up 409 yards"; and a movement that did not happen ("rose 5
# percent instead of falling"). "Declined to comment" refuses: it counts only against the
# other side's movement in the same words ("declined to comment" / "rose to comment").
_NOT_MOVING_AFTER = re.compile(r"\s*-?\s*(?:off|out)\b", re.IGNORECASE)
_FELL_OTHERWISE = re.compile(r"\s+(?:ill|sick|silent|asleep|apart|through|victim|short|foul|in\s+love|behind)\b",
                             re.IGNORECASE)
_GAVE_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving)\s+$", re.IGNORECASE)
_DECLINED_TO = re.compile(r"\s+to\s+(?!\$|£|€|\d|a\b|an\b|the\b|about\b|around\b|nearly\b|just\b|its\b|their\b)[a-z]+",
                          re.IGNORECASE)
_INSTEAD_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+$", re.IGNORECASE)  # "rose instead of falling"


def _movements(side: Side, other: Side | None = None, *, refusals: bool = True) -> list[tuple[str, Span, int]]:
    """Movement words with their sign. A word common in other senses ("raising", "gained",
    "lost") counts right before a figure, or, given the other side, where a plain movement word
    there shares the nearest words ("aimed at lowering doctors' insurance rates" / "aimed at raising
    doctors' insurance rates")."""
    theirs = [other.context(s, 2) for _, s, _, g, _ in _candidates(other) if not g] if other is not None else []
    out = []
    for word, span, sign, guarded, refusal in _candidates(side):
        if guarded and (word.lower() not in _TIED_SENSE or not any(side.context(span, 2) & near for near in theirs)):
            continue
        if refusal and not refusals:
            continue
        out.append((word, span, sign))
    return out


def _refusal(side: Side, span: Span) -> bool:
    """ "Declined to comment": a refusal, not a fall."""
    word = (side.text_at(span) or "").lower()
    after = (side.around(span) or ("", ""))[1]
    return word.startswith("decline") and _DECLINED_TO.match(after) is not None


def _candidates(side: Side) -> list[tuple[str, Span, int, bool, bool]]:
    """Every movement word (word, span, sign, guarded, refusal): guarded when a sense-prone word
    has no figure right after it; a refusal when "declined" is followed by a verb ("declined to
    comment"). Read once per side: a judged pair asks for each side's several times."""
    return list(_candidates_in(side.pieces))


@functools.lru_cache(maxsize=256)
def _candidates_in(pieces: tuple[tuple[int, str], ...]) -> tuple[tuple[str, Span, int, bool, bool], ...]:
    out = []
    for start, text in pieces:
        for m in _TREND.finditer(text):
            word = m[1].lower()
            stem3 = word[:3] if len(word) > 2 else word
            if stem3 == "dro" and _NOT_MOVING_AFTER.match(text, m.end()):
                continue
            if stem3 in ("fal", "fel") and _FELL_OTHERWISE.match(text, m.end()):
                continue
            if word == "up" and _GAVE_BEFORE.search(text, 0, m.start()):
                continue
            if _INSTEAD_BEFORE.search(text, 0, m.start()):
                continue
            guarded = word in _GUARDED and not _FIGURE_AFTER.match(text, m.end())
            span = Span(start + m.start(), start + m.end())
            refusal = word.startswith("decline") and _DECLINED_TO.match(text, m.end()) is not None
            out.append((m[1], span, _TREND_SIGN[stem3], guarded, refusal))
    return tuple(out)


def _opposed(ca: frozenset[str], cb: frozenset[str]) -> bool:
    return bool(ca and cb and not (ca & cb) and any(_OPPOSITE[c] in cb for c in ca))


T = TypeVar("T", tuple[str, Span, frozenset[str]], tuple[str, Span, int])


def _closest(a: Side, b: Side, xs: list[T], ys: list[T]) -> list[tuple[T, T]]:
    """Each mention of one side with the other side's mention it shares the nearest words
    with (two words either side; at least one shared there), when that one is unique."""
    out = []
    for first, second, one, other in ((xs, ys, a, b), (ys, xs, b, a)):
        for x in first:
            scored = [((len(one.context(x[1], 2) & other.context(y[1], 2)),
                        len(one.context(x[1]) & other.context(y[1]))), y) for y in second]
            best = max((n for n, _ in scored), default=(0, 0))
            top = [y for n, y in scored if n == best]
            if best[0] and len(top) == 1:
                out.append((x, top[0]) if one is a else (top[0], x))
    return out


def direction_conflicts(a: Side, b: Side) -> list[Reason]:
    """Opposite compass directions ('to the south' vs 'to the north') or movements (rose vs fell).

    A direction conflicts when the other side never names it, or against the other side's
    direction sharing the nearest words ("the northern city of Mosul" / "the southern city of
    Mosul"); a movement is weighed against the other side's movement sharing the most
    surrounding words (what rose or fell), either side's against the other's, or, with no
    shared words, when each side moves one way only.
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
            if _opposed(ca, cb) and ca not in dirs_b and cb not in dirs_a:
                return [Reason(K.DIRECTION, xa, xb,
                               f"{quoted(xa)} and {quoted(xb)} point in opposite directions.", sa, sb)]
    # A side naming both ways ("the northern city of Mosul and three cities in Iraq's south")
    # still conflicts where the same place is put the other way ("the southern city of Mosul"):
    # each direction is weighed against the other side's direction by the nearest shared words.
    for (xa, sa, ca), (xb, sb, cb) in _closest(a, b, [(x, s, c) for x, s, c in da if c],
                                               [(x, s, c) for x, s, c in db if c]):
        if (rel_a.get(sa) is None or rel_b.get(sb) is None) and _opposed(ca, cb):
            return [Reason(K.DIRECTION, xa, xb,
                           f"{quoted(xa)} and {quoted(xb)} point in opposite directions.", sa, sb)]
    ta, tb = _movements(a, b), _movements(b, a)
    # Each side's movements against the other's ("box office plummeted" / "up 52 percent"), so
    # a side with movements both ways is weighed movement by movement.
    for one, other, mine, theirs in ((a, b, ta, tb), (b, a, tb, ta)):
        for xa, sa, ga in mine:
            # What moved sits next to the movement word: the nearest words weigh first.
            scored = [((len(one.context(sa, 2) & other.context(sb, 2)), len(one.context(sa) & other.context(sb))),
                       xb, sb, gb) for xb, sb, gb in theirs]
            best = max((n for n, *_ in scored), default=(0, 0))
            if best[1] == 0 or (best[0] == 0 and (one is b or _refusal(one, sa))):
                continue  # the second pass, b's movements against a's, and a refusal: by the nearest words
            top = [(xb, sb, gb) for n, xb, sb, gb in scored if n == best]
            if all(gb != ga for _, _, gb in top):
                xb, sb, _ = top[0]
                if one is b:
                    xa, sa, xb, sb = xb, sb, xa, sa
                return [Reason(K.DIRECTION, xa, xb, f"{quoted(xa)} and {quoted(xb)} report opposite movements.",
                               sa, sb)]
    # With no shared words, a refusal ("declined to comment") is no movement at all.
    ta, tb = _movements(a, b, refusals=False), _movements(b, a, refusals=False)
    signs_a, signs_b = {g for *_, g in ta}, {g for *_, g in tb}
    if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
        (xa, sa, _), (xb, sb, _) = ta[0], tb[0]
        return [Reason(K.DIRECTION, xa, xb, f"{quoted(xa)} and {quoted(xb)} report opposite movements.", sa, sb)]
    return []
