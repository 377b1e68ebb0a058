"""The data model: frozen dataclasses and enums shared by every stage. No behaviour here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

SCHEMA_VERSION = "1"


class Role(str, Enum):
    """What a sentence is in its source; BODY and HEADLINE sentences are the article's claims."""

    BODY = "body"
    HEADLINE = "headline"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"
    METADATA = "metadata"


# The roles whose sentences are compared: a headline is a claim the outlet makes as much as its
# body is; captions, video blurbs, boilerplate ("Live updates: ...") and metadata are not.
COMPARED_ROLES = frozenset({Role.BODY, Role.HEADLINE})


class FactType(str, Enum):
    """The kinds of structured fact read out of a claim."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    ENTITY = "entity"
    HEDGE = "hedge"


class Verdict(str, Enum):
    """How a finding relates its claims."""

    AGREE = "agree"
    PARTIAL = "partial"
    DIVERGE = "diverge"
    UNIQUE = "unique"
    UNRELATED = "unrelated"  # only from relate(): two statements with nothing in common


class DivergenceKind(str, Enum):
    """Typed reasons two aligned claims conflict."""

    NUMBER = "number"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    DIRECTION = "direction"
    PLACE = "place"
    TIME = "time"
    NEGATION = "negation"
    CERTAINTY = "certainty"
    DETAIL = "detail"  # PARTIAL only: one side carries details the other lacks
    # Not a conflict: the earlier source hedges what the later one states (news moving on).
    DEVELOPMENT = "development"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into a Source's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Source:
    """One loaded source. `text` is the text exactly as loaded; every span points into it."""

    id: str  # "s1", "s2", ... assigned by the pipeline
    origin: str  # path, URL or "<stdin>"
    label: str  # what reports call it: outlet, or file name
    text: str
    media_type: str = "text/plain"  # text/plain | text/markdown | text/html
    encoding: str = "utf-8"
    outlet: str | None = None
    date: dt.date | None = None
    title: str | None = None
    metadata_spans: tuple[Span, ...] = ()  # front matter / date lines: metadata, not claims
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a source, with its role and paragraph number (0-based)."""

    span: Span
    text: str
    role: Role
    paragraph: int


# --- facts: each carries its span (absolute, into Source.text) and its surface text ---------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its range, qualifier and counted thing ('at least 150,000 Russian troops')."""

    type: ClassVar[FactType] = FactType.QUANTITY
    span: Span
    text: str
    low: float | None  # None = open below
    high: float | None  # None = open above
    qualifier: str = "exact"  # exact|at_least|more_than|at_most|less_than|about|range|vague
    approximate: bool = False
    unit: str | None = None  # normal form: personnel, fatalities, people, percent, GBP, USD, ...
    counted: str | None = None  # the counted noun as written: "Russian troops"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date/time expression, resolved against the source date when possible."""

    type: ClassVar[FactType] = FactType.DATE
    span: Span
    text: str
    kind: str  # weekday|date|year|clock|relative|range|part_of_day
    value: str | None = None  # ISO: "2022-02-21", "2014", "2014/2015", "06:30"
    resolved: bool = False  # True when value was computed from the source date


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: its content, speaker (canonical when known) and reporting verb."""

    type: ClassVar[FactType] = FactType.QUOTE
    span: Span  # including the quote marks
    text: str
    content: str  # without the marks
    speaker: str | None = None
    speaker_span: Span | None = None  # where the speaker is named or referred to
    verb: str | None = None  # said | told | branded | according to | ...
    partial: bool = False  # a quoted phrase inside a sentence, not a whole utterance


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organisation or place with its canonical name."""

    type: ClassVar[FactType] = FactType.ENTITY
    span: Span
    text: str
    canonical: str
    kind: str = "other"  # person|org|place|other


@dataclass(frozen=True, slots=True)
class Hedge:
    """A certainty or polarity cue: hedge ('claimed'), modal ('could') or negation ('not')."""

    type: ClassVar[FactType] = FactType.HEDGE
    span: Span
    text: str
    kind: str  # hedge|modal|negation
    cue: str  # normalised cue word: "claim", "could", "not", ...
    scope_span: Span | None = None  # the words the cue governs, in the same sentence


Fact = Quantity | TimeExpr | Quote | Entity | Hedge


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable claim: a sentence (or part of one) with the facts read out of it."""

    id: str  # "s1:c3"
    source_id: str
    span: Span
    text: str
    role: Role
    paragraph: int
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a pair diverges (or only partially agrees): both sides' wording and one sentence."""

    kind: DivergenceKind
    a: str
    b: str
    explanation: str
    a_span: Span | None = None
    b_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One verdict over claims (one claim for UNIQUE, two or three for aligned ones)."""

    verdict: Verdict
    claims: tuple[str, ...]  # claim ids, source order: source a's first
    score: float
    reasons: tuple[Reason, ...] = ()
    # The scores behind the verdict by name, each in 0..1: the similarity components, the
    # similarity itself, and the judge's own (e.g. the equivalence probability for AGREE).
    signals: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """The judge's answer for one pair of statements."""

    verdict: Verdict
    score: float
    reasons: tuple[Reason, ...] = ()
    signals: tuple[tuple[str, float], ...] = ()  # as Finding.signals


@dataclass(frozen=True, slots=True)
class Comparison:
    """The full result: sources, their claims, findings, and the components used."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    components: tuple[str, ...] = field(default=())  # registry names used, e.g. scorers
    schema_version: str = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class Alignment:
    """Claims of source a and source b that report the same thing (one of each, from align())."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    score: float
    signals: tuple[tuple[str, float], ...] = ()  # the similarity components by name, then the score
