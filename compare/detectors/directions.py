"""Direction conflicts: opposite compass directions of the same relation, or opposite movements of
the same figure (rose / fell).
"""

from __future__ import annotations

import re

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
                               f"{quoted(xa)} and {quoted(xb)} point in opposite directions.", sa, sb)]
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
            return [Reason(K.DIRECTION, xa, xb, f"{quoted(xa)} and {quoted(xb)} report opposite movements.", sa, sb)]
    signs_a, signs_b = {g for *_, g in ta}, {g for *_, g in tb}
    if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
        (xa, sa, _), (xb, sb, _) = ta[0], tb[0]
        return [Reason(K.DIRECTION, xa, xb, f"{quoted(xa)} and {quoted(xb)} report opposite movements.", sa, sb)]
    return []
