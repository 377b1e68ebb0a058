"""Opposite words in the same slot: "moved into the city" / "moved out of the city", "won the
contract" / "lost the contract", "arrived before the explosion" / "arrived after the explosion".

Lexical similarity scores such pairs as near-identical (the differing words are one or two, and
some are stopwords), so without this reading they would AGREE. A pair of opposites counts only
when each side uses its own word and not the other's, and both are anchored in the same slot:
the word right before them is the same, or they share a content word within a few words on the
left, and likewise on the right. "Biden won Pennsylvania" and "Trump lost Pennsylvania" share
only the right-hand side, so they are no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from compare.lexicon import content_stems
from compare.model import DivergenceKind, Reason, Span

__all__ = ["FAMILIES", "conflicts"]

K = DivergenceKind
SLOT_WORDS = 3  # content words either side of the word that must share one with the other side


@dataclass(frozen=True, slots=True)
class Family:
    """Two sets of words that say opposite things, the kind of conflict they make, and a gloss."""

    kind: DivergenceKind
    one: re.Pattern[str]
    other: re.Pattern[str]
    about: str  # "where", "when", "the outcome": how the explanation names what differs


def _words(alternatives: str) -> re.Pattern[str]:
    # A figure right after ("over 50", "under 18") makes it a quantity qualifier, not a place.
    return re.compile(rf"\b(?:{alternatives})\b(?!\s*[$£€]?\d)", re.IGNORECASE)


FAMILIES: tuple[Family, ...] = (
    Family(K.DIRECTION, _words("into"), _words(r"out\s+of"), "where"),
    Family(K.DIRECTION, _words("inside"), _words("outside"), "where"),
    Family(K.DIRECTION, _words("near|close\\s+to"), _words(r"far\s+from|far\s+away\s+from"), "where"),
    Family(K.DIRECTION, _words("above"), _words("below|beneath"), "where"),
    Family(K.DIRECTION, _words("on"), _words("off"), "where"),
    Family(K.TIME, _words("before"), _words("after"), "when"),
    Family(K.NEGATION, _words("w[oi]n|wins|winning"), _words("los[et]|loses|losing"), "the outcome"),
    Family(K.NEGATION, _words("victory|victories"), _words("defeats?"), "the outcome"),
    Family(K.NEGATION, _words("approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?"),
           _words("reject(?:s|ed|ing)?|vetoe?(?:s|d)?"), "the outcome"),
    Family(K.NEGATION, _words("lift(?:s|ed|ing)?"), _words("impos(?:e|es|ed|ing)"), "the outcome"),
    Family(K.NEGATION, _words("allow(?:s|ed|ing)?|permit(?:s|ted)?"), _words("ban(?:s|ned)?|forb[ia]d(?:e|s)?"),
           "the outcome"),
    Family(K.NEGATION, _words("acquit(?:s|ted)?"), _words("convict(?:s|ed)?"), "the outcome"),
    Family(K.NEGATION, _words("guilty"), _words("innocent"), "the outcome"),
    Family(K.NEGATION, _words("alive"), _words("dead"), "the outcome"),
    Family(K.NEGATION, _words("legal(?:ly)?"), _words("illegal(?:ly)?"), "the outcome"),
    Family(K.NEGATION, _words("support(?:s|ed|ing)?"), _words("oppos(?:e|es|ed|ing)"), "the stance"),
)


class Text(Protocol):
    """One side of a judged pair: its claims' texts with their absolute starts."""

    @property
    def pieces(self) -> tuple[tuple[int, str], ...]:
        """(absolute start, text) per claim."""
        ...


@dataclass(frozen=True, slots=True)
class _Hit:
    word: str
    span: Span
    prev: str  # the word right before, lower-cased ("" at the start)
    left: frozenset[str]  # content stems just before
    right: frozenset[str]  # content stems just after


_PREV = re.compile(r"([A-Za-z][A-Za-z'’-]*)\W*$")


def _hits(side: Text, pattern: re.Pattern[str]) -> Iterator[_Hit]:
    for start, text in side.pieces:
        for m in pattern.finditer(text):
            before, after = text[: m.start()], text[m.end():]
            prev = _PREV.search(before[-40:])
            yield _Hit(m.group(0), Span(start + m.start(), start + m.end()),
                       prev[1].lower() if prev else "",
                       frozenset(content_stems(before)[-SLOT_WORDS:]),
                       frozenset(content_stems(after)[:SLOT_WORDS]))


def _says(side: Text, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(text) for _, text in side.pieces)


def _same_slot(x: _Hit, y: _Hit) -> bool:
    """Both words stand between the same words: the same word right before or a shared content
    word on the left, and a shared content word on the right (or, right after the same word,
    nothing on the right on either side: "the lights were on." / "the lights were off.")."""
    same_prev = bool(x.prev) and x.prev == y.prev
    left = same_prev or bool(x.left & y.left)
    right = bool(x.right & y.right) or (same_prev and not x.right and not y.right)
    return left and right


def conflicts(a: Text, b: Text) -> list[Reason]:
    """One reason per family whose opposite words the two sides use in the same slot.

    Args:
        a: the first side.
        b: the second side.

    Returns:
        Reasons typed by the family's kind, quoting both words with their spans.
    """
    out = []
    for family in FAMILIES:
        for mine, theirs in ((family.one, family.other), (family.other, family.one)):
            # A side using both words is contrasting them, not contradicting; the cheap searches
            # come first, so most families cost four regex scans and no context reading.
            if not (_says(a, mine) and _says(b, theirs)) or _says(a, theirs) or _says(b, mine):
                continue
            xs, ys = list(_hits(a, mine)), list(_hits(b, theirs))
            pair = next(((x, y) for x in xs for y in ys if _same_slot(x, y)), None)
            if pair is not None:
                x, y = pair
                out.append(Reason(family.kind, x.word, y.word,
                                  f"“{x.word}” and “{y.word}” are opposites in otherwise shared wording: "
                                  f"the sources disagree on {family.about}.", x.span, y.span))
                break
    return out
