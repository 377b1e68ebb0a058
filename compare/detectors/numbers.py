"""Number conflicts: two figures about the same thing that cannot both be true ("150,000" vs
"100,000" troops), told apart from ages, rounding and compatible bounds.
"""

from __future__ import annotations

import decimal
import re

from compare.detectors.side import Side, anchored, quoted
from compare.facts import dates, quantities
from compare.lexicon import STOPWORDS, stem
from compare.model import DivergenceKind, Entity, Quantity, Reason, Span, TimeExpr

K = DivergenceKind

_AGE_TEXT = re.compile(r"(?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^[- ]?(?:(?:year|month|week|day)s?[- ])?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|at\s+age|(?:dies|died|dead|die)\b[^.,;]{0,30}\bat)\s*$", re.IGNORECASE)


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


# "The actress, 66, headed to ...": an age in apposition to a person noun.
_APPOSED_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<noun>[a-z][\w’'-]+),\s*$")
_PERSON_NOUNS = frozenset(stem(w) for w in (
    "actress actor singer star rapper player champion boxer climber victim suspect driver gunman "
    "officer teacher student doctor nurse pilot veteran mother father woman man girl boy wife "
    "husband grandmother grandfather son daughter defendant president leader chief executive "
    "director").split())


def _apposed_noun(q: Quantity, side: Side) -> str | None:
    """The person noun a bare figure is an age of ("The actress, 66," -> "actress")."""
    if q.unit is not None or q.counted is not None or q.low is None or not 0 < q.low < 130 or q.low != q.high:
        return None
    before, after = side.around(q.span) or ("", "")
    m = _APPOSED_NOUN.search(before)
    return m["noun"] if m and stem(m["noun"]) in _PERSON_NOUNS and _APPOSED_END.match(after) else None


def _is_age(q: Quantity, side: Side) -> bool:
    """"A 59-year-old", "118-year old", "aged 95", "dies at 116", "Robert Buckley, 32,", "the
    actress, 66,": an age, not a duration or a count."""
    before, after = side.around(q.span) or ("", "")
    return bool(_AGE_TEXT.search(q.text) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before)
                or _apposed_name(q, side) or _apposed_noun(q, side))


_FEMALE = frozenset("woman women mother grandmother wife girl daughter lady sister widow actress "
                    "grandma mum mom".split())
_MALE = frozenset("man men father grandfather husband boy son brother gentleman actor dad".split())
_NAME_AFTER = re.compile(
    r"^(?:[- ]?(?:(?:year|month|week|day)s?[- ])?old)?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


_NAME_A_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)*(?:\s+I{1,3})?),\s+(?:a|an|the)\s+$")


_CAPITALS_THEN = re.compile(r"(?P<more>(?:\s+[A-Z][\w’'.-]*)*)(?:\s+(?P<noun>[a-z][a-z-]+))?")


def _same_name(x: str, y: str) -> bool:
    """Two names of one person: the same surname, spelt alike ("Rait" / "Raite"), or one word
    that is part of the other name ("Duncan" / "Duncan Rait")."""
    wx, wy = x.split(), y.split()
    if len(wx) == 1 or len(wy) == 1:
        return bool(set(wx) & set(wy)) or wx[-1][:4] == wy[-1][:4]
    return wx[-1] == wy[-1] or (len(wx[-1]) >= 4 and wx[-1][:4] == wy[-1][:4])


def _age_holder(q: Quantity, side: Side) -> tuple[str, str] | None:
    """Whose age it is: ("name", surname) for a named person, ("noun", class) for "a 59-year-old
    woman" (women, mothers and grandmothers are one class), None when the text does not say."""
    name = _apposed_name(q, side)
    if name is None and (m := _NAME_A_BEFORE.search((side.around(q.span) or ("", ""))[0])):
        name = m["name"]  # "Anthony LaCalamita III, a 38-year-old Troy resident"
    head = (q.counted or _apposed_noun(q, side) or "").split()[-1:]
    if name is None and head and head[0][:1].isupper():
        # "36-year-old Duncan Rait" is Rait; "a 66-year-old Burnsville woman", "a 36-year-old
        # Australian climber" are a woman and a climber.
        rest = _CAPITALS_THEN.match((side.around(q.span) or ("", ""))[1])
        if rest and rest["noun"] and not rest["more"] and not rest["noun"].endswith("ed"):
            head = [rest["noun"]]
        else:
            name = f"{q.counted}{rest['more'] if rest else ''}"
    if name is None and (not head or head[0].lower() == "old"):
        after = (side.around(q.span) or ("", ""))[1]
        m = _NAME_AFTER.match(after) if head or _AGE_AFTER.match(after) else None  # "59-year old Raj Chohan"
        name = m["name"] if m else None
    if name:
        words = [w.lower().strip(".,") for w in name.split()]
        named = [w for w in words if w not in _NAME_SUFFIXES] or words
        return "name", " ".join(named)  # "Arcade Joseph Comeaux Jr." is Arcade Joseph Comeaux
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


def _holders_clash(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """The text says two ages belong to two people: one killed and one charged, two names, or a
    woman and a man."""
    if _roles_differ(x, y, a, b):
        return True
    hx, hy = _age_holder(x, a), _age_holder(y, b)
    if hx is None or hy is None:
        return False
    if hx[0] == hy[0] == "name":
        return not _same_name(hx[1], hy[1])
    return {hx[1], hy[1]} == {"female", "male"}


# Who a person is in the story: the one killed, hurt or hit ("victim"), or the one charged,
# arrested or accused ("agent"). The nearest cue to an age tells its holder's part.
_VICTIM = (r"killed|killing|died|dies|dead|death|slain|slaying|struck|injured|wounded|victims?|body"
           r"|(?:was|were|been)\s+(?:shot|hit)|shot\s+dead")
_AGENT = (r"charged|arrested|accused|suspect|suspected|convicted|sentenced|pleaded|guilty|gunman|shooter"
          r"|targeted|indicted|detained|booked|allegedly|mowed|drove|driver")
_ROLE = re.compile(rf"\b(?:(?P<victim>{_VICTIM})|(?P<agent>{_AGENT}))\b", re.IGNORECASE)


def _role(q: Quantity, side: Side) -> str | None:
    """ "victim" or "agent" by the cue nearest the age in its clause (80 characters either way)."""
    before, after = side.around(q.span) or ("", "")
    before, after = before[-80:].split(";")[-1], after[:80].split(";")[0]
    cues = [(len(before) - m.end(), m) for m in _ROLE.finditer(before)]
    cues += [(m.start(), m) for m in _ROLE.finditer(after)]
    if not cues:
        return None
    _, m = min(cues, key=lambda c: c[0])
    return "victim" if m["victim"] else "agent"


def _roles_differ(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """ "A 59-year-old woman was killed" / "Vishwanand Subryan, 23, was charged": two people."""
    rx, ry = _role(x, a), _role(y, b)
    return rx is not None and ry is not None and rx != ry


def _others_named(q: Quantity, side: Side) -> bool:
    """The side names another person's own story besides the age's named holder ("Mr Buckley's
    death came a day after 36-year-old Duncan Rait ..."): an unnamed age on the other side may
    be theirs."""
    holder = _age_holder(q, side)
    if holder is None or holder[0] != "name":
        return False
    people = [e.text for e in side.of_type(Entity) if e.kind in ("person", "other")
              and re.match(r"[’']s\b", (side.around(e.span) or ("", ""))[1])]  # "Buckley's death"
    return any(not _same_name(holder[1], " ".join(w.lower().strip(".,") for w in p.split())) for p in people)


def _sole_age(q: Quantity, side: Side) -> bool:
    """The only age a side gives: the one person whose age it tells."""
    return sum(_is_age(p, side) for p in side.of_type(Quantity)) == 1


def _undecided_holders(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """Two ages whose holders the text does not tie: one named and one not, two kinds of person
    ("woman" / "man", "employee" / "staffer"), or one not given. The same figure backs them
    up; a different one conflicts only where the words are shared."""
    hx, hy = _age_holder(x, a), _age_holder(y, b)
    return hx is None or hy is None or hx[0] != hy[0] or (
        not _same_name(hx[1], hy[1]) if hx[0] == "name" else hx != hy)


_SCORE = re.compile(r"(\d{1,3})\s?(?:[-–]|to)\s?(\d{1,3})")
_RECORD_BEFORE = re.compile(r"(?:\([^()]*|\brecord\b[^.;,]{0,30}|\b(?:improved|improves|improving|moved|moves"
                            r"|dropped|drops|fell|falls|rose|rises)\s+to\s+)$")
_RECORD_AFTER = re.compile(r"^(?:\)|,?\s+(?:record|mark|overall|on\s+the\s+(?:season|year|road)|season|away"
                           r"|at\s+home|at\s+the\s+break)\b)")
_RUN_AFTER = re.compile(r"^\s+(?:(?P<run>run|spurt|burst)|(?P<tie>tie|draw))\b")


def _score(q: Quantity, side: Side) -> str | None:
    """What a "20-13" or "(10-5)" is: a game's "score", a team's win-loss "record", a scoring
    "run", a "tie" on the way; "range" for two figures low to high ("18-25", "186 to 237"); None
    for anything else. Ranges run low to high, so a first figure at least as big as the second
    is a tally, never a range ("4-4", "91-73"); two tallies of different sorts are not the same
    thing ("Creighton (25-7)" / "outlasted Evansville 51-50")."""
    m = _SCORE.fullmatch(q.text)
    if m is None or q.unit is not None:
        return None
    if int(m[1]) < int(m[2]):
        return "range"
    before, after = side.around(q.span) or ("", "")
    if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after):
        return "record"
    m = _RUN_AFTER.match(after)
    return "score" if m is None else "run" if m["run"] else "tie"


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
    name_x, name_y = _name_of(x, a), _name_of(y, b)
    if name_x or name_y:
        return name_x == name_y  # "S&P 500" meets "S&P 1000", never the index's level "929.62"
    score_x, score_y = _score(x, a), _score(y, b)
    if {score_x, score_y} - {None, "range"}:
        # A tally meets a tally of its sort, or the same two figures written as a range
        # ("a 237-186 vote" / "a vote of 186 to 237"), tied to the same words.
        return (score_x == score_y or "range" in (score_x, score_y)) and anchored(a, b, x.span, y.span)
    if x.counted and y.counted and _ranked(x.counted) != _ranked(y.counted):
        return False  # "the 12 worst-hit villages" are some of the "seven villages" damaged
    for p, q in ((x, y), (y, x)):
        thing = _thing(p)
        if (thing is not None and q.unit is None and thing != _thing(q)
                and thing not in {stem(w) for w in (q.counted or "").split()}):
            return False  # "five-boat pirate attack" / "26 Somali pirates"
    if age_x:
        if _roles_differ(x, y, a, b):
            return False  # one killed, one charged: two people, whatever the words shared
        hx, hy = _age_holder(x, a), _age_holder(y, b)
        if (hx is None or hx[0] != "name") != (hy is None or hy[0] != "name") and (
                _others_named(x, a) or _others_named(y, b)):
            return False  # "a 32-year-old climber" may be the other person the named side mentions
        if hx is not None and hy is not None and hx[0] == hy[0] == "name":
            return _same_name(hx[1], hy[1])  # "31-year-old Robert Buckley", "36-year-old Duncan Rait": two people
        return True  # weighed in `_weigh`: a named and an unnamed holder may be one person
    move_x, move_y = _movement(x, a), _movement(y, b)
    if move_x and move_y and move_x != move_y:
        return False  # "jumped 118 points ... to 8,829" / "was up 121.51": a change is not a level
    loose = x.unit is None and x.counted is None and y.unit is None and y.counted is None
    return not loose or anchored(a, b, x.span, y.span)


_SUPERLATIVE = re.compile(r"^(?:worst|best|most|least|biggest|largest|highest|lowest|hardest|deadliest|strongest"
                          r"|greatest|smallest|latest|oldest|youngest|richest|poorest|top)$", re.IGNORECASE)


def _ranked(counted: str) -> frozenset[str]:
    """The superlatives picking out part of what a figure counts ("hardest-hit villages" ->
    {"hardest"}): "four hardest-hit villages" are not all the villages damaged."""
    return frozenset(w.lower() for w in re.split(r"[\s-]+", counted) if _SUPERLATIVE.match(w))


_CHANGE_BEFORE = re.compile(rf"\b(?:{quantities.MOVED})\s+(?:by\s+)?(?:as\s+much\s+as\s+|nearly\s+|about\s+|almost\s+"
                            rf"|roughly\s+|more\s+than\s+|just\s+|a\s+further\s+)?$", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+(?:close\s+at\s+|end\s+at\s+|settle\s+at\s+)?(?:about\s+|nearly\s+"
                           r"|around\s+|a\s+record\s+)?$", re.IGNORECASE)
_MOVED_IN = re.compile(rf"\b(?:{quantities.MOVED})\b", re.IGNORECASE)


def _movement(q: Quantity, side: Side) -> str | None:
    """In a market move, "change" for the figure it moved by ("rose 31 cents") and "level" for
    where it ended ("... to $28.39", "... at 8,832.69"); None elsewhere."""
    before = (side.around(q.span) or ("", ""))[0]
    if _CHANGE_BEFORE.search(before):
        return "change"
    if _LEVEL_BEFORE.search(before) and _MOVED_IN.search(before[-90:].split(";")[-1]):
        return "level"
    return None


_TIME_UNITS = frozenset("seconds minutes hours days weeks months years".split())


def _duration(q: Quantity) -> bool:
    return q.unit in _TIME_UNITS


def _weigh(x: Quantity, y: Quantity, a: Side, b: Side) -> bool | None:
    """`quantities.compatible`, for figures that can be weighed at all.

    A bare figure overlapping a labelled one ("at least 5.9" and "10 people") backs it up only
    when it is the same figure or sits by the same words: an open range overlaps almost anything.
    """
    if not _comparable(x, y, a, b):
        return None
    if {_score(x, a), _score(y, b)} - {None, "range"}:  # tallies tied to the same words: the same pair or not
        return (x.low, x.high) == (y.low, y.high)
    verdict = quantities.compatible(x, y)
    if verdict is None and _is_age(x, a) and x.low is not None and y.low is not None:
        # "LaCalamita III, 38," / "LaCalamita III, a 76-year-old": two ages, one bare, are still
        # two ages (`_comparable` has tied them to one holder).
        verdict = (x.low <= (y.high if y.high is not None else y.low) and y.low <= (x.high or x.low))
    if verdict is False and (_rounds_to(x, y) or _rounds_to(y, x)):
        return True
    if (verdict is False and _is_age(x, a) and _undecided_holders(x, y, a, b) and not anchored(a, b, x.span, y.span)
            and not (_sole_age(x, a) and _sole_age(y, b) and not _holders_clash(x, y, a, b))):
        # "a 59-year-old woman" may be "59-year-old Raj Chohan", not "23-year-old Vishwanand";
        # but where each side tells one age only, and the holders do not differ ("a 61-year-old
        # man" / "a 122-year-old former employee"), the two tell one person's age.
        return None
    if (verdict is False and _duration(x) and _duration(y) and x.unit != y.unit and not _is_age(x, a)
            and _anchor(a, b, x.span, y.span)[0] == 0):
        # "left it after a few minutes" / "ordered her to serve 90 days": periods told in
        # different units are of different things, unless the nearest words are shared.
        return None
    labelled = (x.unit is None) != (y.unit is None) or _bare(x) != _bare(y)
    open_ended = None in (x.low, x.high, y.low, y.high)
    if (verdict and labelled and (x.low, x.high) != (y.low, y.high)
            and (open_ended or _anchor(a, b, x.span, y.span)[0] == 0)):
        # "more than 140 points" overlaps "the 9,000 mark" but says nothing of it
        return None  # "5.6" (a magnitude) is not backed up by "several aftershocks"
    return verdict


_PEOPLE_UNITS = frozenset({None, "people", "personnel", "fatalities", "injuries"})


def _bare(q: Quantity) -> bool:
    """A figure with nothing saying what it counts: no unit, no counted noun."""
    return q.unit is None and q.counted is None


_WRITTEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


ROUND_SHARE = 0.01  # a round figure stands for one within this share of it that rounds to it


def _rounds_to(x: Quantity, y: Quantity) -> bool:
    """x is y written with fewer decimals: "17 percent" is "17.3 percent" rounded, "$40 million"
    is "$39.5 million" rounded; or x is a round figure (two or more trailing zeros) that y rounds
    to, within ROUND_SHARE of it: "$42,400" is "$42,409", "60,000 years" "59,619 years", but
    "20 killed" is not "24 killed", nor "12,400 acres" "11,400 acres". Both must be exact figures
    in the same unit."""
    if x.unit != y.unit or x.low is None or y.low is None or x.low != x.high or y.low != y.high:
        return False
    mx, my = _WRITTEN.search(x.text), _WRITTEN.search(y.text)
    if mx is None or my is None:
        return False
    wx, wy = mx[0].replace(",", ""), my[0].replace(",", "")
    if "." not in wx and (zeros := len(wx) - len(wx.rstrip("0"))) >= 2 and float(wx) and x.low == float(wx):
        step = 10.0 ** zeros
        if round(y.low / step) * step == x.low and abs(y.low - x.low) <= ROUND_SHARE * x.low:
            return True
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


_AND = re.compile(r"\s*(?:,\s*)?and\s*$")
_AND_ONE = re.compile(r"^\s*and\s+(?:a|an|one)\s+[a-z]+", re.IGNORECASE)
_ONE_AND = re.compile(r"\b(?:a|an|one)\s+[a-z]+\s+and\s+$", re.IGNORECASE)


def _sums(side: Side, qs: list[Quantity]) -> dict[float, set[int]]:
    """Totals a side gives in parts, with the parts (indices into `qs`, the side's `_counts`):
    "two women and one man" (3), "two women and a man", "a man and two women" (3)."""
    out: dict[float, set[int]] = {}
    for i, (p, q) in enumerate(zip(qs, qs[1:], strict=False)):
        between = side.text_at(Span(p.span.end, q.span.start)) if p.span.end <= q.span.start else None
        if p.unit not in _PEOPLE_UNITS or q.unit not in _PEOPLE_UNITS:
            continue
        if (between is not None and _AND.fullmatch(between) and p.low == p.high and q.low == q.high
                and p.low is not None and q.low is not None):
            out.setdefault(p.low + q.low, set()).update({i, i + 1})
    for i, p in enumerate(qs):
        before, after = side.around(p.span) or ("", "")
        if (p.unit in _PEOPLE_UNITS and p.low is not None and p.low == p.high and p.counted is not None
                and (_AND_ONE.match(after) or _ONE_AND.search(before))):
            out.setdefault(p.low + 1, set()).add(i)
    return out


_MONTHS_DAYS = frozenset(dates.MONTHS) | frozenset(dates.WEEKDAYS)
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w&’'.-]*)\s+$")
# Capitalised words that open a sentence before a figure without naming anything ("About 300").
_NOT_NAME_WORDS = STOPWORDS | frozenset("nearly almost around roughly fewer less since another "
                                        "approximately exactly".split())


def _name_of(q: Quantity, side: Side) -> str | None:
    """The name a bare figure is part of, by the capitalised word right before it inside the
    sentence: "the Standard & Poor's 500 index" -> "poor's", "Route 94" -> "route"."""
    if not _bare(q) or not q.text[:1].isdigit() or _SCORE.fullmatch(q.text) or _is_age(q, side):
        return None  # "beat Chiefs 40-26" is a score, "Dies at Age 190" an age
    before = (side.around(q.span) or ("", ""))[0]
    m = _NAME_WORD_BEFORE.search(before)
    word = m[1].lower().strip(".") if m else ""
    if m is None or word in _MONTHS_DAYS or word in _NOT_NAME_WORDS or word.endswith("ly"):
        return None
    return m[1].lower().replace("’", "'")


def _counts(side: Side) -> list[Quantity]:
    """The side's quantities, less any inside a time expression: a year, a clock time or a date
    is the time detector's to weigh ("in 2011" / "in 2012" is a time conflict, not a number one)."""
    times = [t.span for t in side.of_type(TimeExpr)]
    return [q for q in side.of_type(Quantity)
            if not any(t.start < q.span.end and q.span.start < t.end for t in times)]


def number_conflicts(a: Side, b: Side) -> list[Reason]:
    """Two quantities of the same kind that cannot both be true, with no compatible partner.

    Candidate conflicts are taken best anchored first, so a figure meets the figure about the
    same thing ("McMeekin, 58" / "McMeekin, 116") before a neighbour ("Jenkin, 23"). A figure
    the other side repeats without its noun ("shot to death one person" / "shot three people,
    killing one") has its partner.
    """
    qa, qb = _counts(a), _counts(b)
    verdict = {(i, j): _weigh(x, y, a, b) for i, x in enumerate(qa) for j, y in enumerate(qb)}
    ea, eb = _elliptic_values(a), _elliptic_values(b)
    ok_a = {i for (i, _), v in verdict.items() if v} | {i for i, x in enumerate(qa) if x.low == x.high and x.low in eb}
    ok_b = {j for (_, j), v in verdict.items() if v} | {j for j, y in enumerate(qb) if y.low == y.high and y.low in ea}
    # A total one side gives in parts ("two women and one man died" / "Three die"): a part is no
    # conflict with the total (it may still conflict with its own count, "two women" / "four women").
    for first, sums, others in ((True, _sums(a, qa), qb), (False, _sums(b, qb), qa)):
        for total, parts in sums.items():
            whole = {k for k, y in enumerate(others) if y.unit in _PEOPLE_UNITS and y.low is not None
                     and y.low <= total <= (y.high if y.high is not None else total)}
            for i in parts:
                for k in whole:
                    verdict[(i, k) if first else (k, i)] = None
    clashes = sorted(((i, j) for (i, j), v in verdict.items() if v is False),
                     key=lambda ij: _anchor(a, b, qa[ij[0]].span, qb[ij[1]].span), reverse=True)
    out = []
    for i, j in clashes:
        if i in ok_a or j in ok_b:
            continue
        x, y = qa[i], qb[j]
        out.append(Reason(K.NUMBER, x.text, y.text,
                          f"{quoted(x.text)} ({quantities.describe(x)}) and {quoted(y.text)} "
                          f"({quantities.describe(y)}) cannot both be right.", x.span, y.span))
        ok_a.add(i)
        ok_b.add(j)
    return sorted(out, key=lambda r: (r.a_span.start if r.a_span else 0))


# --- times ---------------------------------------------------------------------------------
