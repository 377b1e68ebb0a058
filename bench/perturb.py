"""Perturbations for testing the judge (the FactCC recipe, extended): change one thing.

Each rule takes a sentence and returns it with one edit of one kind (a number, a time, a
direction, a negation, a speaker, a quote's wording, a certainty cue), or None when the sentence
has nothing of that kind to change. Given `other`, the agreeing sentence of a pair, a rule edits
only something `other` also says, so that the edit contradicts it: changing a figure the other
side never gives makes a detail, not a conflict.

The project's fact extractors (`compare/facts/`) find the numbers, dates, quotes and speakers,
and each edit is checked by reading the result again (the new figure really is incompatible, the
new date really differs). The word tables for directions, negations and certainty cues are this
module's own, not the judge's, so the suite does not test the judge against itself.

Pure and deterministic: no randomness, the same sentence always gets the same edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from compare.claims import extract_claims
from compare.facts import dates, quantities
from compare.lexicon import STOPWORDS, stem
from compare.model import (
    Claim,
    DivergenceKind,
    Entity,
    Hedge,
    Quantity,
    Quote,
    Role,
    Sentence,
    Source,
    Span,
    TimeExpr,
)

K = DivergenceKind
KINDS: tuple[DivergenceKind, ...] = (K.NUMBER, K.TIME, K.DIRECTION, K.NEGATION, K.ATTRIBUTION,
                                     K.QUOTE, K.CERTAINTY)


@dataclass(frozen=True, slots=True)
class Perturbation:
    """One edit: the new sentence, what was replaced, and where a correct reason should point."""

    kind: DivergenceKind
    text: str  # the perturbed sentence
    old: str  # the wording replaced ("" for an insertion)
    new: str  # the wording put in ("" for a removal)
    at: Span  # the edit in the perturbed text (zero-width for a removal)
    focus: Span  # what a reason about the edit should overlap, in the perturbed text
    rule: str  # which rule made it, e.g. "number.double", "negation.insert"


@lru_cache(maxsize=8192)
def read(text: str) -> Claim:
    """The sentence as the pipeline reads one statement: one claim with its facts."""
    src = Source(id="p", origin="<perturb>", label="p", text=text)
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    (claim,) = extract_claims(src, (Sentence(Span(start, start + len(stripped)), stripped, Role.BODY, 0),))
    return claim


def _quantities(text: str) -> list[Quantity]:
    return [f for f in read(text).facts if isinstance(f, Quantity)]


def _times(text: str) -> list[TimeExpr]:
    return [f for f in read(text).facts if isinstance(f, TimeExpr)]


def _quotes(text: str) -> list[Quote]:
    return [f for f in read(text).facts if isinstance(f, Quote)]


def _persons(text: str) -> list[Entity]:
    return [f for f in read(text).facts if isinstance(f, Entity) and f.kind == "person"]


def _hedges(text: str) -> list[Hedge]:
    return [f for f in read(text).facts if isinstance(f, Hedge)]


def _replace(kind: DivergenceKind, text: str, start: int, end: int, new: str, rule: str,
             focus: Span | None = None) -> Perturbation:
    out = text[:start] + new + text[end:]
    at = Span(start, start + len(new))
    return Perturbation(kind, out, text[start:end], new, at, focus or at, rule)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _stem_set(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS}


# --- numbers ---------------------------------------------------------------------------------

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUE = {w: n for n, w in enumerate(_UNITS)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
_NUM_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|\b(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS[1:10]) + r"))?\b"
    r"|\b(?:" + "|".join(sorted(_UNITS[1:], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _words_of(n: int) -> str | None:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    return None


def _token_value(token: str) -> float:
    low = token.lower()
    if low[0].isdigit():
        return float(low.replace(",", ""))
    return float(sum(_WORD_VALUE[p] for p in low.split("-")))


def _format_like(token: str, value: float) -> str:
    """`value` written the way `token` is: words, digits with commas, same decimals."""
    if not token[0].isdigit():
        words = _words_of(int(value)) if value == int(value) else None
        if words is not None:
            return words.capitalize() if token[0].isupper() else words
        return f"{int(value):,}" if value == int(value) else ""  # "seven" has no half in words
    decimals = len(token.split(".")[1]) if "." in token else 0
    text = f"{value:,.{decimals}f}" if "," in token else f"{value:.{decimals}f}"
    return text


_SCALES: tuple[tuple[str, Callable[[float], float]], ...] = (
    ("double", lambda v: v * 2 if v else 5.0),
    ("half", lambda v: v / 2),
    ("tenfold", lambda v: v * 10 if v else 50.0),
)


def number(text: str, other: str | None = None) -> Perturbation | None:
    """Change a figure ("150,000" -> "300,000", "three" -> "six") so it can no longer agree."""
    others = _quantities(other) if other is not None else []
    for q in _quantities(text):
        if q.qualifier == "vague" or q.unit == "fraction" or "-by-" in q.text or "×" in q.text:
            continue  # no figure to change, or a name ("four-by-four")
        partners = [p for p in others if quantities.compatible(q, p)] if other is not None else [q]
        if not partners:
            continue
        tokens = list(_NUM_TOKEN.finditer(text, q.span.start, q.span.end))
        if not tokens:
            continue
        for name, scale in _SCALES:
            new_tokens = [(m, _format_like(m[0], scale(_token_value(m[0])))) for m in tokens]
            if any(new in ("", m[0]) for m, new in new_tokens):
                continue
            out, shift = text, 0
            for m, new in new_tokens:
                out = out[: m.start() + shift] + new + out[m.end() + shift :]
                shift += len(new) - len(m[0])
            start, end = tokens[0].start(), tokens[-1].end() + shift
            changed = [n for n in _quantities(out) if _overlaps(n.span, Span(start, end))]
            if len(changed) != 1:
                continue
            new_q = changed[0]
            if other is not None and any(quantities.compatible(new_q, p) for p in others):
                continue  # still agrees with some figure of the other side
            if all(quantities.compatible(new_q, p) is False for p in partners):
                at = Span(start, end)
                return Perturbation(K.NUMBER, out, text[start:tokens[-1].end()], out[start:end], at,
                                    new_q.span, f"number.{name}")
    return None


# --- times -----------------------------------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CLOCK_RE = re.compile(r"\b(\d{1,2})(?=(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|:\d\d)", re.IGNORECASE)


def _time_edits(t: TimeExpr) -> Iterator[tuple[int, int, str, str]]:
    """Candidate edits (start, end, new, rule) inside one time expression, best first."""
    base = t.span.start
    if t.kind in ("weekday", "part_of_day") or (t.kind == "date" and _WEEKDAY_RE.search(t.text)):
        m = _WEEKDAY_RE.search(t.text)
        if m:
            nxt = _WEEKDAYS[(_WEEKDAYS.index(m[1]) + 1) % 7]
            yield base + m.start(1), base + m.end(1), nxt, "time.weekday"
            return
    if t.kind == "date":
        month = _MONTH_RE.search(t.text)
        day = next((d for d in _DAY_RE.finditer(t.text) if not _YEAR_RE.fullmatch(d[1])), None)
        if month and day:
            value = int(day[1])
            new = str(value + 1 if value < 28 else value - 1)
            yield base + day.start(1), base + day.end(1), new, "time.day"
        elif month:
            nxt = _MONTHS[(_MONTHS.index(month[1]) + 1) % 12]
            yield base + month.start(1), base + month.end(1), nxt, "time.month"
        return
    if t.kind == "year":
        m = _YEAR_RE.search(t.text)
        if m:
            yield base + m.start(1), base + m.end(1), str(int(m[1]) + 1), "time.year"
        return
    if t.kind == "clock":
        m = _CLOCK_RE.search(t.text)
        if m:
            hour = int(m[1])
            new = str(hour + 2 if hour + 2 <= 12 or (":" in t.text and hour + 2 < 24) else hour - 2)
            yield base + m.start(1), base + m.end(1), new, "time.clock"


# A time right after (or before) a reporting verb dates the report, not the event: moving "The
# navy said Saturday it had captured 23 pirates" to Sunday contradicts nothing in "The navy on
# Saturday prevented pirates ...". A time is edited only against a partner dating the same kind
# of thing (a report against a report, an event against an event).
_REPORT_BEFORE = re.compile(r"\b(?:said|says|say|told|announced|announces|reported|confirmed|added|stated)"
                            r"(?:\s+(?:on|late|early|last))?\s*$", re.IGNORECASE)
_REPORT_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|announced|reported|confirmed)\b", re.IGNORECASE)


def _dates_a_report(text: str, t: TimeExpr) -> bool:
    return bool(_REPORT_BEFORE.search(text[: t.span.start]) or _REPORT_AFTER.match(text[t.span.end:]))


def time(text: str, other: str | None = None) -> Perturbation | None:
    """Move a weekday, a day of the month, a month, a year or a clock time."""
    others = _times(other) if other is not None else []
    for t in _times(text):
        partners = [p for p in others if dates.conflict(t, p) is False
                    and _dates_a_report(text, t) == _dates_a_report(other, p)] if other is not None else [t]
        if not partners:
            continue
        for start, end, new, rule in _time_edits(t):
            p = _replace(K.TIME, text, start, end, new, rule)
            changed = [n for n in _times(p.text) if _overlaps(n.span, p.at)]
            if len(changed) == 1 and all(dates.conflict(changed[0], x) for x in partners):
                return Perturbation(K.TIME, p.text, p.old, p.new, p.at, changed[0].span, rule)
    return None


# --- directions ------------------------------------------------------------------------------

_UP_DOWN = (
    ("rise", "fall"), ("rises", "falls"), ("rose", "fell"), ("risen", "fallen"),
    ("rising", "falling"), ("increase", "decrease"), ("increases", "decreases"),
    ("increased", "decreased"), ("increasing", "decreasing"), ("gained", "lost"),
    ("gaining", "losing"), ("grew", "shrank"), ("grow", "shrink"), ("grows", "shrinks"),
    ("growing", "shrinking"), ("raised", "lowered"), ("raise", "lower"), ("raises", "lowers"),
    ("raising", "lowering"), ("doubled", "halved"), ("expanded", "contracted"),
    ("advanced", "retreated"), ("surged", "plunged"), ("surges", "plunges"),
    ("soared", "plummeted"), ("soars", "plummets"),
)
# One-way swaps: an up word without an exact down twin, and the down words' up replacements.
_MORE_UP = {"jumped": "fell", "jumps": "falls", "climbed": "fell", "climbs": "falls",
            "climbing": "falling", "boosted": "reduced", "higher": "lower", "up": "down"}
_MORE_DOWN = {"dropped": "rose", "drops": "rises", "declined": "rose", "declines": "rises",
              "decline": "rise", "declining": "rising", "tumbled": "jumped", "slid": "climbed",
              "sank": "rose", "dipped": "rose", "slipped": "rose", "reduced": "increased",
              "lower": "higher", "down": "up", "plummeted": "soared", "plunged": "surged",
              "retreated": "advanced", "halved": "doubled", "lost": "gained", "losing": "gaining",
              "fallen": "risen"}
_SWAP = ({u: d for u, d in _UP_DOWN} | {d: u for u, d in _UP_DOWN} | _MORE_UP | _MORE_DOWN)
_SIGN = ({u: 1 for u, _ in _UP_DOWN} | {d: -1 for _, d in _UP_DOWN}
         | dict.fromkeys(_MORE_UP, 1) | dict.fromkeys(_MORE_DOWN, -1))
# Words too common in other senses to edit freely ("lower court", "set up", "slipped on ice",
# "climbing a mountain"): edited only right before a figure, counted as a movement only there.
_GUARDED = frozenset({"higher", "lower", "up", "down", "raise", "decline", "lost", "losing", "gained",
                      "gaining", "jumped", "jumps", "climbed", "climbs", "climbing", "slipped", "slid",
                      "dipped", "sank", "tumbled", "dropped", "drops", "advanced", "retreated", "boosted",
                      "reduced", "expanded", "contracted", "raised", "raises", "raising", "lowered"})
_TREND_RE = re.compile(r"\b(" + "|".join(sorted(_SWAP, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"\s+(?:by\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?[$£€]?\d")
_COMPASS_RE = re.compile(
    r"\b((?:north|south)(?:-?(?:east|west))?(?:ern|erly|ward|wards)?|(?:east|west)(?:ern|erly|ward|wards)?)\b",
    re.IGNORECASE,
)
_COMPASS_SWAP = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _movement_words(text: str) -> list[tuple[re.Match[str], int]]:
    out = []
    for m in _TREND_RE.finditer(text):
        low = m[1].lower()
        if low in _GUARDED and not _FIGURE_AFTER.match(text, m.end()):
            continue
        out.append((m, _SIGN[low]))
    return out


def _compass_words(text: str) -> list[tuple[re.Match[str], frozenset[str]]]:
    out = []
    for m in _COMPASS_RE.finditer(text):
        word = m[1]
        following = text[m.end():m.end() + 2]
        if word[0].isupper() and (m.start() > 0 or following[1:2].isupper()):
            continue  # a name ("North Korea", "West Bank", "Western diplomats"), not a direction
        low = word.lower()
        out.append((m, frozenset(d for d in _COMPASS_SWAP if d in low)))
    return out


def _case_like(word: str, new: str) -> str:
    return new.capitalize() if word[0].isupper() else new


def direction(text: str, other: str | None = None) -> Perturbation | None:
    """Reverse a compass direction (north -> south) or a movement (rose -> fell)."""
    other_compass = {ds for _, ds in _compass_words(other)} if other is not None else None
    for m, dirs in _compass_words(text):
        if other_compass is not None and dirs not in other_compass:
            continue
        word = m[1]
        new = re.sub("north|south|east|west", lambda x: _COMPASS_SWAP[x[0]], word.lower())
        return _replace(K.DIRECTION, text, m.start(1), m.end(1), _case_like(word, new), "direction.compass")
    other_signs = {s for _, s in _movement_words(other)} if other is not None else None
    for m, sign in _movement_words(text):
        if other_signs is not None and sign not in other_signs:
            continue
        word = m[1]
        return _replace(K.DIRECTION, text, m.start(1), m.end(1), _case_like(word, _SWAP[word.lower()]),
                        "direction.movement")
    return None


# --- negation --------------------------------------------------------------------------------

_AUX = ("is are was were will would can could should must may might has have had does do did")
_AUX_RE = re.compile(r"\b(" + "|".join(_AUX.split()) + r")\b(?=\s+([a-z][a-z'’-]*))")
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ung|one|been|made|said|left|held|sent|set|put|paid|told|"
                         r"found|lost|kept|brought|bought|built|caught|taught|won|hit|cut|shot|"
                         r"met|led|fled|become|come|run|begun)$")
_NT = re.compile(r"\b(ca|wo|is|are|was|were|does|do|did|has|have|had|could|would|should|must)(n['’]t)\b",
                 re.IGNORECASE)
_NOT = re.compile(r"\b(not|never)\s+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")


def _next_content(text: str, pos: int) -> tuple[str, Span] | None:
    """The first non-stopword word at or after `pos` (skipping up to four stopwords)."""
    for _ in range(5):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return None
        if m[1].lower() not in STOPWORDS:
            return m[1], Span(m.start(1), m.end(1))
        pos = m.end()
    return None


# A negative word earlier in the same clause: inserting "not" after it makes a double negative
# ("No charges have not been filed", "nothing could have not been done") that states nothing clear.
_NEGATIVE_BEFORE = re.compile(r"(?:\b(?:no|none|nothing|nobody|neither|nor|never|without|cannot|not)\b|n['’]t\b)"
                              r"[^,;:.!?]*$", re.IGNORECASE)


def negation(text: str, other: str | None = None) -> Perturbation | None:
    """Insert "not" after an auxiliary ("did" -> "did not"), or remove a "not", "n't" or "never"."""
    other_stems = _stem_set(other) if other is not None else None
    other_negated = set() if other is None else {
        stem(after[0]) for m in list(_NOT.finditer(other)) + list(_NT.finditer(other))
        if (after := _next_content(other, m.end()))}

    def shared(word: str) -> bool:
        return other_stems is None or stem(word) in other_stems

    def negated_there(word: str) -> bool:
        """Removing a negation contradicts only a side that negates the same word."""
        return other is None or stem(word) in other_negated

    for m in _NOT.finditer(text):
        after = _next_content(text, m.end())
        if after and negated_there(after[0]):
            out = text[: m.start()] + text[m.end():]
            focus = Span(after[1].start - (m.end() - m.start()), after[1].end - (m.end() - m.start()))
            return Perturbation(K.NEGATION, out, m[0], "", Span(m.start(), m.start()), focus,
                                "negation.remove")
    for m in _NT.finditer(text):
        after = _next_content(text, m.end())
        if after and negated_there(after[0]):
            aux = {"ca": "can", "wo": "will"}.get(m[1].lower(), m[1])
            aux = _case_like(m[1], aux) if m[1][0].isupper() else aux
            out = text[: m.start()] + aux + text[m.end():]
            shift = len(m[0]) - len(aux)
            focus = Span(after[1].start - shift, after[1].end - shift)
            return Perturbation(K.NEGATION, out, m[0], aux, Span(m.start(), m.start() + len(aux)), focus,
                                "negation.remove")
    for m in _AUX_RE.finditer(text):
        aux, nxt = m[1], m[2]
        if nxt in ("not", "never", "to", "n't") or nxt in STOPWORDS - {"been", "be"}:
            continue
        if _NEGATIVE_BEFORE.search(text[: m.start()]):
            continue  # "No charges have not been filed": a double negative, not a clean denial
        if aux in ("has", "have", "had") and not _PARTICIPLE.search(nxt):
            continue
        after = _next_content(text, m.end())
        if after and shared(after[0]) and not (other is not None and stem(after[0]) in other_negated):
            return _replace(K.NEGATION, text, m.end(), m.end(), " not", "negation.insert",
                            Span(m.end() + 1, m.end() + 4))
    return None


# --- attribution -----------------------------------------------------------------------------

_NAMES = ("Maria Keller", "Thomas Brandt", "Anna Lindqvist", "Peter Okafor", "Laura Rinaldi")
_REPORTING = (r"said|says|told|tells|added|adds|announced|stated|explained|insisted|warned|confirmed"
              r"|claimed|wrote|tweeted")
_BEFORE_VERB = re.compile(rf"(?:,[^,]{{1,80}},)?\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:{_REPORTING})\b")
_AFTER_VERB = re.compile(rf"\b(?:{_REPORTING}|according\s+to)\s+(?:[A-Z][\w.]*\s+){{0,3}}$")
# "said John Smith." names the speaker; "said John Smith, 52, hanged himself" names a subject.
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;!?\"”)]|$|,\s*(?:a|an|the|who|his|her|their)\b)")


def _speakers(text: str) -> list[Entity]:
    """Named people who speak: quote speakers, and subjects or objects of a reporting verb."""
    persons = _persons(text)
    found: list[Entity] = []
    for q in _quotes(text):
        if q.speaker_span is not None:
            found.extend(e for e in persons if e.span == q.speaker_span)
    for e in persons:
        if text[max(0, e.span.start - 4):e.span.start].lower() == "the ":
            continue  # "the Hollywood Reporter", "the California Highway Patrol": not a person
        if _BEFORE_VERB.match(text, e.span.end) or (
                _AFTER_VERB.search(text, 0, e.span.start) and _ENDS_CLAUSE.match(text, e.span.end)):
            found.append(e)
    return sorted(set(found), key=lambda e: e.span.start)


def attribution(text: str, other: str | None = None) -> Perturbation | None:
    """Give a quote or a reported statement to another named person.

    With `other`, only a speaker both sides name as a speaker is replaced.
    """
    taken = _word_set(text) | (_word_set(other) if other is not None else set())
    name = next((n for n in _NAMES if not set(n.lower().split()) & taken), None)
    if name is None:
        return None
    other_speakers = {x.text.split()[-1].lower() for x in _speakers(other)} if other is not None else None
    if other is not None and len(_stem_set(text) & _stem_set(other)) < 3:
        return None  # no shared statement to misattribute
    for e in _speakers(text):
        surname = e.text.split()[-1]
        if other_speakers is not None and surname.lower() not in other_speakers:
            continue  # the other side must give the words to the same person
        new = name if len(e.text.split()) > 1 else name.split()[-1]
        p = _replace(K.ATTRIBUTION, text, e.span.start, e.span.end, new, "attribution.speaker")
        if any(x.text == new for x in _persons(p.text)):
            return p
    return None


# --- quote wording ---------------------------------------------------------------------------

_ANTONYMS = {
    "good": "bad", "bad": "good", "strong": "weak", "weak": "strong", "more": "less", "less": "more",
    "right": "wrong", "wrong": "right", "happy": "unhappy", "best": "worst", "worst": "best",
    "possible": "impossible", "important": "trivial", "great": "poor", "big": "small",
    "small": "big", "high": "low", "low": "high", "safe": "unsafe", "clear": "unclear",
    "pleased": "disappointed", "confident": "doubtful", "always": "rarely", "many": "few",
    "few": "many", "first": "last", "last": "first", "long": "short", "new": "old", "old": "new",
    "easy": "hard", "hard": "easy", "love": "hate", "support": "oppose", "win": "lose",
    "won": "lost", "lost": "won", "agree": "disagree", "success": "failure", "full": "empty",
}
# Replacements by word ending, chosen to keep the grammar and to be no negation or hedge cue.
_FALLBACK = (("ly", "barely"), ("ing", "avoiding"), ("ed", "worried"), ("s", "problems"), ("", "doubt"))


def _new_word(word: str, avoid: set[str]) -> str | None:
    low = word.lower()
    options = [_ANTONYMS[low]] if low in _ANTONYMS else []
    options += [new for suffix, new in _FALLBACK if low.endswith(suffix)]
    for new in options:
        if new not in avoid and new != low:
            return _case_like(word, new)
    return None


def quote(text: str, other: str | None = None) -> Perturbation | None:
    """Change one word inside a quote that the other side quotes too."""
    other_quotes = _quotes(other) if other is not None else []
    avoid = _word_set(text) | (_word_set(other) if other is not None else set())
    names = [e.span for e in read(text).facts if isinstance(e, Entity)]
    for q in _quotes(text):
        words = list(_WORD.finditer(text, q.span.start, q.span.end))
        if len(words) < 3:
            continue
        mine = {m[0].lower() for m in words}
        # The other side's quote of the same words: most of the shorter quote's words recur.
        partner_words = set().union(*(
            theirs for theirs in ({w.lower() for w in _WORD.findall(p.content)} for p in other_quotes)
            if len(theirs) >= 3 and len(mine & theirs) >= 0.6 * min(len(mine), len(theirs))))
        for m in words:
            w = m[0]
            if w.lower() in STOPWORDS or len(w) < 4 or "'" in w or "’" in w:
                continue
            if any(n.start <= m.start() < n.end for n in names):
                continue  # a name inside the quote: changing it is another kind of edit
            if other is not None and w.lower() not in partner_words:
                continue
            new = _new_word(w, avoid)
            if new is None:
                continue
            p = _replace(K.QUOTE, text, m.start(), m.end(), new, "quote.word")
            if any(_overlaps(x.span, p.at) for x in _quotes(p.text)):
                return p
    return None


# --- certainty -------------------------------------------------------------------------------

_SAID = {"said": "claimed", "says": "claims", "stated": "claimed", "confirmed": "reportedly confirmed",
         "confirms": "reportedly confirms"}
_SAID_RE = re.compile(r"\b(" + "|".join(_SAID) + r")\b")
_MODAL = {"will": "may", "did": "could", "does": "may", "is": "may be", "are": "may be",
          "was": "may have been", "were": "may have been", "has": "may have", "have": "may have",
          "can": "may"}
_MODAL_RE = re.compile(r"\b(" + "|".join(_MODAL) + r")\s+([a-z][a-z'’-]*)")
_VERB_ED = re.compile(r"(?<=[A-Za-z,] )([a-z]{3,}ed)\b")
_NO_VERB_BEFORE = frozenset("the a an his her its their our this that these those of to in on at "
                            "for by with from was were is are be been has have had being".split())
_DOUBT_MODALS = frozenset({"could", "may", "might", "open to"})


def _doubtful(h: Hedge) -> bool:
    """A cue that lowers certainty: any hedge ("claimed", "suspected") or an epistemic modal."""
    return h.kind == "hedge" or h.cue in _DOUBT_MODALS


def _subject_before(words: list[str]) -> bool:
    """The word before a verb looks like the end of its subject ("Police", "people", "Obama")."""
    if not words:
        return False
    last = words[-1].strip(",")
    if last[:1].isupper():
        return last.lower() not in _NO_VERB_BEFORE
    return last.lower() not in _NO_VERB_BEFORE and not last.lower().endswith(("s", "ed", "ing"))


def certainty(text: str, other: str | None = None) -> Perturbation | None:
    """Weaken a statement: "said" -> "claimed", "did" -> "could", "will" -> "may", or "reportedly".

    With `other`, only when `other` hedges nothing and the new cue governs words it also says
    (the cue's scope as `compare.facts.hedges` reads it).
    """
    other_stems = _stem_set(other) if other is not None else None
    if any(map(_doubtful, _hedges(text))) or (other is not None and any(map(_doubtful, _hedges(other)))):
        return None  # a side hedges already: weakening one is no clean change

    def valid(p: Perturbation) -> bool:
        new = [h for h in _hedges(p.text) if _overlaps(h.span, p.at) and _doubtful(h)]
        if not new:
            return False
        if other_stems is None:
            return True
        scope = new[0].scope_span
        if scope is None:
            return False
        governed = _stem_set(p.text[scope.start:scope.end])
        return len(governed & other_stems) >= min(2, len(governed))

    candidates: list[Perturbation] = []
    for m in _SAID_RE.finditer(text):
        candidates.append(_replace(K.CERTAINTY, text, m.start(1), m.end(1), _SAID[m[1]], "certainty.said"))
    for m in _MODAL_RE.finditer(text):
        nxt = m[2]
        if nxt in ("not", "to", "n't", "never") or (nxt in STOPWORDS and nxt not in ("been", "be")):
            continue
        if m[1] in ("has", "have") and not _PARTICIPLE.search(nxt):
            continue
        candidates.append(_replace(K.CERTAINTY, text, m.start(1), m.end(1), _MODAL[m[1]], f"certainty.{m[1]}"))
    for m in _VERB_ED.finditer(text):
        if _subject_before(text[: m.start(1)].split()):
            candidates.append(_replace(K.CERTAINTY, text, m.start(1), m.start(1), "reportedly ",
                                       "certainty.reportedly", Span(m.start(1), m.start(1) + 10)))
            break
    for p in candidates:
        if valid(p):
            return p
    return None


RULES: dict[DivergenceKind, Callable[[str, str | None], Perturbation | None]] = {
    K.NUMBER: number,
    K.TIME: time,
    K.DIRECTION: direction,
    K.NEGATION: negation,
    K.ATTRIBUTION: attribution,
    K.QUOTE: quote,
    K.CERTAINTY: certainty,
}


def perturb(text: str, kind: DivergenceKind, other: str | None = None) -> Perturbation | None:
    """The sentence with one edit of `kind`, or None when the kind does not apply.

    Args:
        text: the sentence to edit.
        kind: one of KINDS.
        other: the agreeing sentence it is compared with; when given, only something it also
            says is edited, so the edit contradicts it.

    Returns:
        The perturbation, or None when `text` has nothing of that kind (shared with `other`).
    """
    return RULES[kind](text, other)


def perturb_pair(a: str, b: str, kind: DivergenceKind) -> tuple[str, str, Perturbation, str] | None:
    """Edit side b against a, else side a against b: (a', b', perturbation, edited side)."""
    p = perturb(b, kind, a)
    if p is not None:
        return a, p.text, p, "b"
    p = perturb(a, kind, b)
    if p is not None:
        return p.text, b, p, "a"
    return None
