"""Number conflicts: two figures about the same thing that cannot both be true ("150,000" vs
"100,000" troops), told apart from ages, rounding and compatible bounds.
"""

from __future__ import annotations

import decimal
import re

from compare.detectors.side import Side, anchored, quoted
from compare.facts import quantities
from compare.lexicon import stem
from compare.model import DivergenceKind, Quantity, Reason, Span

K = DivergenceKind

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
    return not loose or anchored(a, b, x.span, y.span)


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
    if verdict is False and _is_age(x, a) and _undecided_holders(x, y, a, b) and not anchored(a, b, x.span, y.span):
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
                          f"{quoted(x.text)} ({quantities.describe(x)}) and {quoted(y.text)} "
                          f"({quantities.describe(y)}) cannot both be right.", x.span, y.span))
        ok_a.add(i)
        ok_b.add(j)
    return sorted(out, key=lambda r: (r.a_span.start if r.a_span else 0))


# --- times ---------------------------------------------------------------------------------
