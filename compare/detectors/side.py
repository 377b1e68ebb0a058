"""One side of a judged pair (its claims' text and facts, with absolute spans) and the context
helpers every detector shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from compare.lexicon import content_stems, stem
from compare.model import Claim, Entity, Fact, Hedge, Quantity, Quote, Span, TimeExpr

CONTEXT_WORDS = 8  # content words either side of a fact that anchor it to its event
F = TypeVar("F", Quantity, TimeExpr, Quote, Entity, Hedge)


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
        return {w.lower().removesuffix("'s").removesuffix("’s") for w in WORDS.findall(self.text)}




def quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
TOKENS = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*")  # as lexicon.words reads them


def word_with_stem(side: Side, s: str) -> tuple[str, Span] | None:
    for start, text in side.pieces:
        for m in TOKENS.finditer(text):
            if stem(m.group(0)) == s:
                return m.group(0), Span(start + m.start(), start + m.end())
    return None


def anchored(a: Side, b: Side, x: Span | None, y: Span | None) -> bool:
    """The words around x (side a) and y (side b) tie both to the same event: a word shared
    right next to them (three words either side), or two shared further out.

    One shared word further out is not enough: "told MPs on Monday that Russian forces..." and
    "on Sunday rescinded pledges to pull ... troops" share only "forces"/"troops".
    """
    return bool(a.context(x, 3) & b.context(y, 3)) or len(a.context(x) & b.context(y)) >= 2
