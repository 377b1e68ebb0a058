"""Quote-wording conflicts: the same quote from the same speaker with a meaningful word changed."""

from __future__ import annotations

import difflib
import re

from rapidfuzz import fuzz

from compare.detectors.attribution import MISATTRIBUTED, quote_pairs, same_speaker
from compare.detectors.side import Side, quoted
from compare.facts import dates
from compare.lexicon import STOPWORDS, stem
from compare.model import DivergenceKind, Quote, Reason, Span

K = DivergenceKind

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


# Month abbreviations ("Sept. 11" / "September 11") are the same quoted word.
_FULL_MONTH = {n: max((m for m, k in dates.MONTHS.items() if k == n), key=len) for n in set(dates.MONTHS.values())}
_MONTHS = {m: _FULL_MONTH[n] for m, n in dates.MONTHS.items()}


def _same_word(x: str, y: str) -> bool:
    """One word in two spellings ("labour"/"labor", "recognise"/"recognize", "al-Qaeda"/"al-Qaida",
    "Sept"/"September") or forms."""
    x, y = _MONTHS.get(x, x), _MONTHS.get(y, y)
    if stem(x) == stem(y):
        return True
    shared = 3 if min(len(x), len(y)) < 5 else 2  # a transliteration may differ from its third letter
    return x[:shared] == y[:shared] and fuzz.ratio(x, y) >= 80


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


def quote_conflicts(a: Side, b: Side) -> list[Reason]:
    """The same quote (most of its words in order) with words swapped for others: one reason
    per changed stretch, for the first pair of quotes that differ.

    One quote shortening the other (words missing at either end) is a cut, and a word added
    inside ("actually signed up") a fuller transcript; neither is a change of wording. Two quotes
    of different speakers are compared only when they are near the same words (the attribution
    conflict they also make); otherwise two people saying alike things are two quotes.
    """
    pairs = quote_pairs(a, b)
    matched = {id(q) for x, y, sim in pairs if sim == 1.0 and len(x.content) == len(y.content) for q in (x, y)}
    for x, y, sim in pairs:
        if same_speaker(x, y, a, b) is False and sim < MISATTRIBUTED:
            continue
        if (id(x) in matched or id(y) in matched) and sim < 1.0:
            continue  # a quote the other side gives word for word is not another quote reworded
        changes = _wording_changes(x, y)
        if changes:
            return [Reason(K.QUOTE, wa, wb, f"The quote {quoted(x.content[:60].strip())} has {quoted(wa)} on one side "
                           f"where the other has {quoted(wb)}.", sa, sb) for wa, wb, sa, sb in changes]
    return []
