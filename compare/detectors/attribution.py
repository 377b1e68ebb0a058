"""Attribution conflicts: the same quote or statement given to two different speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from compare.detectors.side import Side, quoted
from compare.lexicon import content_stems, stem
from compare.model import DivergenceKind, Entity, Quote, Reason, Span

K = DivergenceKind

_ROLE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "office", "official",
                         "officials", "ministry", "source", "sources", "adviser", "advisers"})
_REPORTING = r"said|says|told|tells|added|adds|announced|stated|explained|insisted|warned|confirmed|claimed|wrote"
# "Smith said", "Smith, a spokesman, said", "Smith also told"
_SPEAKS_AFTER = re.compile(
    rf"^(?:[’']s\s+(?P<role>spokes(?:man|woman|person))\b)?(?:,[^,]{{1,80}},)?\s+(?:also\s+|later\s+|has\s+|had\s+)?"
    rf"(?:{_REPORTING})\b")
# "said Smith." / "said Smith, a spokesman" / "according to Smith" ("told Smith": Smith listens)
_INVERTED = "|".join(v for v in _REPORTING.split("|") if v not in ("told", "tells"))
_SPOKEN_BEFORE = re.compile(rf"\b(?:{_INVERTED}|according\s+to)\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}$")
# "the Connecticut Democrat told": a description of someone the story names elsewhere.
_DESCRIBED = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PERSON_NOUNS = frozenset("""democrat republican senator lawmaker congressman congresswoman governor
    minister president leader chief executive chairman chairwoman secretary mayor general""".split())
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


def _acronym_of(short: str, name: str) -> bool:
    """`short` is the initials of `name`'s capitalised words ("THR" / "The Hollywood Reporter")."""
    short = short.replace(".", "")
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    capitals = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return short in (capitals, "T" + capitals)  # a canonical name drops its "The"


def _same_speaker_names(x: str, y: str) -> bool:
    """One person: one name inside the other, the same surname, or a surname spelt two ways
    ("Anne McClellan" / "Anne McLellan"); one body: a name and its initials ("THR")."""
    kx, ky = _name_key(x), _name_key(y)
    sx, sy = _surname(x), _surname(y)
    return (kx <= ky or ky <= kx or sx == sy or (min(len(sx), len(sy)) >= 5 and fuzz.ratio(sx, sy) >= 85)
            or _acronym_of(x, y) or _acronym_of(y, x))


def _anonymous(name: str) -> bool:
    """A speaker named by a role word alone ("the spokesman", "officials"): nobody in particular."""
    return _name_key(name) - {"the", "a", "an"} <= _ROLE_WORDS


def _role_of_body(role_holder: str, other: str, persons: frozenset[str]) -> bool:
    """`role_holder` is a spokesman or office of `other`, a body rather than a person: a
    "Surrey Police spokeswoman" speaks for "police", but "Johnson's spokesman" is not Johnson."""
    owner = _name_key(other) - _ROLE_WORDS
    return bool(owner) and owner <= _name_key(role_holder) and other not in persons


def _different_speakers(x: _Speaker, y: _Speaker, a: Side, b: Side) -> bool:
    """Two speakers are different people: a spokesman is not his minister, and neither
    speaker's surname appears on the other side at all (joint statements, co-authors). A
    speaker named only by a role ("the spokesman") is not known to be anyone else."""
    if _anonymous(x.name) or _anonymous(y.name) or _described(x, a) or _described(y, b):
        return False
    roles_x, roles_y = _name_key(x.name) & _ROLE_WORDS, _name_key(y.name) & _ROLE_WORDS
    if roles_x != roles_y:
        persons = _person_names(a) | _person_names(b)
        if not (roles_x and not roles_y and _role_of_body(x.name, y.name, persons)) and not (
                roles_y and not roles_x and _role_of_body(y.name, x.name, persons)):
            return True  # "Boris Johnson's spokesman" is not Boris Johnson
    if _same_speaker_names(x.name, y.name):
        return False
    return _surname(x.name) not in b.words() and _surname(y.name) not in a.words()


def _described(speaker: _Speaker, side: Side) -> bool:
    """A speaker given by a description ("the Connecticut Democrat"), not by a name."""
    found = side.around(speaker.span)
    words = speaker.name.lower().split()
    return found is not None and bool(_DESCRIBED.search(found[0])) and bool(words) and words[-1] in _PERSON_NOUNS


def _person_names(side: Side) -> frozenset[str]:
    return frozenset(e.canonical for e in side.of_type(Entity) if e.kind == "person")


def _quote_speaker(q: Quote, side: Side) -> _Speaker | None:
    return next((s for s in _speakers(side) if s.span == q.speaker_span), None)


def same_speaker(x: Quote, y: Quote, a: Side, b: Side) -> bool | None:
    """True/False when both quotes' speakers are known people (or their spokesmen)."""
    sx, sy = _quote_speaker(x, a), _quote_speaker(y, b)
    if sx is None or sy is None:
        return None
    return not _different_speakers(sx, sy, a, b)


def quote_pairs(a: Side, b: Side) -> list[tuple[Quote, Quote, float]]:
    qa = [q for q in a.of_type(Quote) if len(q.content) >= 6]
    qb = [q for q in b.of_type(Quote) if len(q.content) >= 6]
    return [(x, y, fuzz.partial_ratio(x.content.lower(), y.content.lower()) / 100.0) for x in qa for y in qb]


def _shares_statement(a: Side, b: Side, names: set[str]) -> bool:
    """The two sides report much the same thing, speakers' names aside."""
    sa = set(content_stems(a.text)) - names
    sb = set(content_stems(b.text)) - names
    shared = len(sa & sb)
    return shared >= 3 and shared >= 0.3 * min(len(sa), len(sb))


_REPORTING_STEMS = frozenset(stem(w) for w in _REPORTING.split("|"))
SAME_WORDS = 0.4  # two quotes are one statement when they share this share of the shorter one's
# words (names aside), and at least two of them


def _different_quotes(a: Side, b: Side) -> bool:
    """Both sides quote someone, no two of their quotes are one statement, and outside the
    quotes the sides share no statement either: two people saying two things ("It is an honor
    to welcome back Ellen DeGeneres as the host" / "We are thrilled to have Ellen DeGeneres host
    the Oscars"). The names the quotes mention are not the statement."""
    names = {stem(w) for e in (*a.of_type(Entity), *b.of_type(Entity)) for w in e.text.split()}
    quotes_a = [q for q in a.of_type(Quote) if len(q.content) >= 12]
    quotes_b = [q for q in b.of_type(Quote) if len(q.content) >= 12]
    if not quotes_a or not quotes_b:
        return False
    words_a = [set(content_stems(q.content)) - names for q in quotes_a]
    words_b = [set(content_stems(q.content)) - names for q in quotes_b]
    if any(len(x & y) >= min(2, len(x), len(y)) and len(x & y) >= SAME_WORDS * min(len(x), len(y))
           for x in words_a for y in words_b if x and y):
        return False
    outside_a = set(content_stems(_unquoted(a.text, quotes_a))) - names
    outside_b = set(content_stems(_unquoted(b.text, quotes_b))) - names
    return len(outside_a & outside_b - _REPORTING_STEMS) < 2


def _unquoted(text: str, quotes: list[Quote]) -> str:
    for q in quotes:
        text = text.replace(q.text, " ")
    return text


MISATTRIBUTED = 0.85  # partial ratio of two quotes given to two speakers that makes them one quote


def attribution_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same words (quoted, or reported in a mostly shared sentence) given to different people."""
    for x, y, sim in quote_pairs(a, b):
        sx, sy = _quote_speaker(x, a), _quote_speaker(y, b)
        if sim >= MISATTRIBUTED and sx and sy and _different_speakers(sx, sy, a, b):
            return [Reason(K.ATTRIBUTION, f"{sx.name}: {x.text}", f"{sy.name}: {y.text}",
                           f"{quoted(x.content[:60])} is attributed to {sx.name} on one side and to "
                           f"{sy.name} on the other.", sx.span, sy.span)]
    spk_a, spk_b = _speakers(a), _speakers(b)
    names = {stem(w) for s in spk_a + spk_b for w in s.name.split()}
    if not spk_a or not spk_b or not _shares_statement(a, b, names) or _different_quotes(a, b):
        return []
    if any(not _different_speakers(x, y, a, b) for x in spk_a for y in spk_b):
        return []  # a speaker both sides name
    first_a, first_b = spk_a[0], spk_b[0]
    return [Reason(K.ATTRIBUTION, first_a.name, first_b.name,
                   f"One side reports it from {first_a.name}, the other from {first_b.name}.",
                   first_a.span, first_b.span)]


def same_quote_same_speaker(a: Side, b: Side) -> bool:
    """Both sides quote the same words from the same named speaker: the checkable claim is shared.

    Outlets paraphrase around a quote freely ("is still committed" / "remains committed"), so
    their wording scores lower than their agreement; a matching attributed quote is the evidence.
    """
    return any(sim >= 0.9 and same_speaker(x, y, a, b) is True and min(len(x.content), len(y.content)) >= 12
               and _negated(x.content) == _negated(y.content) for x, y, sim in quote_pairs(a, b))


_NEGATORS = re.compile(r"\b(?:not|no|never|nothing|nobody|none|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)


def _negated(words: str) -> int:
    """How many negative words a quote holds: "is not wholly without merit" is not "wholly without merit"."""
    return len(_NEGATORS.findall(words))
