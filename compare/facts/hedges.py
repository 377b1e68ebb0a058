"""Certainty and polarity cues: hedges ("claimed"), modals ("could") and negations ("not").

Rule-based: a table of cue patterns, each with its kind and normalised cue. The span covers the
cue words only; `scope_span` covers the words the cue governs, read by clause rules:

- by default, from the word after the cue to the end of its clause (a comma, semicolon, colon,
  dash, bracket, sentence end, or a clause-opening conjunction such as "but", "although",
  "while", "because"); a leading "that", "to" or "of" is left out ("suspected of supporting the
  rebels" scopes over "supporting the rebels"), and a reporting cue skips a short lead-in up to
  its "that" ("claimed on Monday that they had killed five intruders");
- "rejected both claims as false" scopes over what is rejected ("both claims");
- "according to X" scopes over the clause it attributes: the one before it, or the one after
  "according to X," when it opens the sentence;
- a cue that ends its clause looks left instead: "whether they are in Nato or not" scopes over
  "they are in Nato", "the figures are unverified" over "the figures".
"""

from __future__ import annotations

import re

from compare.model import Hedge, Span

__all__ = ["extract"]

_KINDS = ("hedge", "modal", "negation")

# (pattern, kind, normalised cue). Ordered so that a longer cue is tried before its parts.
_CUES: tuple[tuple[str, str, str], ...] = (
    # Hedges: doubt, distance, attribution of a claim to someone else.
    (r"widely\s+suspected", "hedge", "widely suspected"),
    (r"widely\s+expected", "hedge", "widely expected"),
    (r"(?:is|are|was|were|be|being)\s+said\s+to", "hedge", "said to"),
    (r"(?:is|are|was|were|be)\s+(?:thought|believed|understood|reported)\s+to", "hedge", "believed to"),
    (r"(?:is|are|was|were)\s+expected\s+to", "hedge", "expected to"),
    (r"according\s+to", "hedge", "according to"),
    (r"claim(?:s|ed|ing)?", "hedge", "claim"),
    (r"alleg(?:e|es|ed|edly|ing|ation|ations)", "hedge", "allege"),
    # Accusations report one party's charge, not an established fact: "have charged that ...".
    (r"charg(?:e|es|ed|ing)(?=(?:\s+[\w’'-]+){0,3}?\s+that\b)", "hedge", "charge"),
    (r"accus(?:e|es|ed|ing)|accusations?", "hedge", "accuse"),
    (r"purported(?:ly)?", "hedge", "purportedly"),
    (r"reportedly", "hedge", "reportedly"),
    (r"apparently", "hedge", "apparently"),
    (r"unconfirmed|unverified", "hedge", "unconfirmed"),
    (r"unclear", "hedge", "unclear"),
    (r"suspect(?:s|ed)?", "hedge", "suspect"),
    (r"fear(?:s|ed)?", "hedge", "fear"),
    (r"appear(?:s|ed|ing)?", "hedge", "appear"),
    (r"seem(?:s|ed|ingly)?", "hedge", "seem"),
    (r"possibly|perhaps|maybe|likely|unlikely|probably|presumably", "hedge", "possibly"),
    (r"presumed", "hedge", "believed to"),
    # An expectation someone holds ("Palm expects to move", "forecasters expecting the storm to
    # make landfall", "many anticipating the fifth month of job losses"); not "as expected" or
    # "than expected", which say a result matched it, nor "was not expected to", which doubts nothing.
    (r"(?<!as\s)(?<!than\s)(?<!not\s)expect(?:s|ed|ing)?(?=(?:\s+[\w’'-]+){0,4}?\s+(?:to|that)\b)"
     r"|anticipat(?:e|es|ed|ing)", "hedge", "expected to"),
    # Modality: what would, could or is planned to happen.
    (r"would", "modal", "would"),
    (r"could", "modal", "could"),
    (r"might", "modal", "might"),
    (r"may(?!\s*\d)", "modal", "may"),
    (r"should", "modal", "should"),
    (r"plan(?:s|ned|ning)?\s+to", "modal", "plan to"),
    (r"(?:is|are|was|were)\s+open\s+to", "modal", "open to"),
    (r"signal(?:s|led|ed|ling|ing)", "modal", "signal"),
    # Hopes, estimates, beliefs and readings of evidence: not statements of fact, and not doubts
    # either ("officials estimated the cost at nearly $2 billion", "a study suggests").
    (r"hop(?:e|es|ed|ing)\s+to", "modal", "hope to"),
    # "a possible dispute", "a potential setback"; but "potential jurors" are a kind of juror.
    (r"possible|potential(?:ly)?", "modal", "possible"),
    (r"estimat(?:e|es|ed|ing)", "modal", "estimate"),
    (r"believ(?:e|es|ed|ing)", "modal", "believe"),
    (r"suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing)", "modal", "suggest"),
    # Negation.
    (
        r"reject(?:s|ed|ing)?(?:\s+[\w’'-]+){1,5}?\s+as\s+(?:false|untrue|baseless|fake|groundless)",
        "negation",
        "reject as false",
    ),
    (r"dismiss(?:es|ed|ing)?(?:\s+[\w’'-]+){1,5}?\s+as", "negation", "dismiss as"),
    (r"den(?:y|ies|ied|ying)|denials?", "negation", "deny"),
    (r"cannot", "negation", "not"),
    (r"not", "negation", "not"),
    (r"never", "negation", "never"),
    (r"none", "negation", "none"),
    (r"no(?!\.?\s*\d)", "negation", "no"),
    (r"nobody|nothing|neither|nor", "negation", "no"),
)
# The word-start test comes once, before the alternatives: every cue starts with a letter, and
# testing it first lets the engine skip mid-word positions (seven times faster on news text).
_CUE_RE = re.compile(
    r"(?<!\w)(?=[a-z])(?:" + "|".join(rf"(?P<c{i}>{pattern})" for i, (pattern, _, _) in enumerate(_CUES)) + r")\b",
    re.IGNORECASE,
)
# "n't" is glued to its verb ("isn't", "don’t"), so it has no word boundary before it.
_NT_RE = re.compile(r"(?<=[A-Za-z])n[’']t\b", re.IGNORECASE)
# Opening marks that may stand before a sentence-initial "May".
_OPENERS = " \t\n\"“‘'("


# Where a clause ends: punctuation (not a thousands comma, not the dot of "U.S."), a dash, a
# bracket, or a conjunction that opens a new clause.
_CLAUSE_END_RE = re.compile(
    r"[;:!?()\[\]]|,(?!\d)|(?<![A-Z])\.(?=\s|$)|\s[-–—]\s|—"
    r"|\b(?:but|although|though|while|whereas|because|unless|and\s+(?:that|which|who))\b",
    re.IGNORECASE,
)
_LEAD_WORD_RE = re.compile(r"\s*(?:(?:that|to|of)\s+)?", re.IGNORECASE)
# A reporting cue may put a short adverbial before its "that": "claimed on Monday that ...".
_LEAD_IN_THAT_RE = re.compile(r"\s*(?:[\w’'-]+\s+){1,4}?that\s+", re.IGNORECASE)
_REPORTING_CUES = frozenset(
    {"claim", "allege", "charge", "accuse", "deny", "fear", "suspect", "signal", "widely suspected"}
)
_REJECT_RE = re.compile(r"\S+\s+(.*?)\s+as(?:\s+\S+)?$", re.DOTALL)
_TRIM = " \t\n\"'“”‘’,.;:!?()[]—–-"
_TRAILING_WORDS_RE = re.compile(
    r"(?:\s+(?:or|and|is|are|was|were|be|been|being|has|have|had|it|this))+$", re.IGNORECASE
)
# "The alleged plot, which Moscow denies, ...": the cue scopes over the antecedent.
_RELATIVE_RE = re.compile(r"(?:which|who|whom)\b", re.IGNORECASE)
_LEADING_WORDS_RE = re.compile(r"(?:whether|if|that)\s+", re.IGNORECASE)


def extract(text: str, *, offset: int = 0) -> tuple[Hedge, ...]:
    """Find certainty and polarity cues in a text.

    Args:
        text: the text to read, usually one sentence.
        offset: where `text` starts in its source, so spans are absolute.

    Returns:
        The cues in text order. `kind` is hedge, modal or negation and `cue` the normalised
        cue ("claimed" -> "claim", "isn't" -> "not", "rejected ... as false" -> "reject as false");
        `scope_span` is the stretch of `text` the cue governs, or None when none is found.
    """
    found: list[Hedge] = []
    for match in _CUE_RE.finditer(text):
        group = match.lastgroup or ""
        _, kind, cue = _CUES[int(group[1:])]
        if match.group() == "May" and text[: match.start()].strip(_OPENERS):
            continue  # capitalised inside a sentence: the month or a name, not the modal
        found.append(_hedge(text, offset, match.start(), match.end(), kind, cue))
    for match in _NT_RE.finditer(text):
        found.append(_hedge(text, offset, match.start(), match.end(), "negation", "not"))
    return tuple(sorted(found, key=lambda hedge: hedge.span.start))


def _hedge(text: str, offset: int, start: int, end: int, kind: str, cue: str) -> Hedge:
    scope = _scope(text, start, end, cue)
    scope_span = Span(scope[0] + offset, scope[1] + offset) if scope else None
    return Hedge(Span(start + offset, end + offset), text[start:end], kind, cue, scope_span)


def _scope(text: str, start: int, end: int, cue: str) -> tuple[int, int] | None:
    """The (start, end) in `text` of what the cue at [start, end) governs."""
    if cue in ("reject as false", "dismiss as"):
        inner = _REJECT_RE.match(text, start, end)
        return _trimmed(text, inner.start(1), inner.end(1)) if inner else None
    if cue == "according to":
        before = text[:start].strip(_TRIM)
        if before:
            return _left(text, start)
        source_end = _clause_end(text, end)  # "According to officials, ..."
        return _right(text, source_end + 1) if source_end < len(text) else None
    lead = _LEAD_WORD_RE.match(text, end)
    begin = lead.end() if lead else end
    if cue in _REPORTING_CUES:
        lead_in = _LEAD_IN_THAT_RE.match(text, end, _clause_end(text, end))
        if lead_in:
            begin = lead_in.end()
    return _right(text, begin) or _left(text, start)


def _clause_end(text: str, position: int) -> int:
    stop = _CLAUSE_END_RE.search(text, position)
    return stop.start() if stop else len(text)


def _right(text: str, position: int) -> tuple[int, int] | None:
    return _trimmed(text, position, _clause_end(text, position))


def _left(text: str, position: int) -> tuple[int, int] | None:
    """The clause ending at `position`, or the one before it when that leaves only a subject."""
    ends = [m for m in _CLAUSE_END_RE.finditer(text, 0, position) if text[m.end() : position].strip(_TRIM)]
    begin = ends[-1].end() if ends else 0
    found = _tidied(text, begin, position)
    relative = found is not None and _RELATIVE_RE.match(text, found[0]) is not None
    if found and len(text[found[0] : found[1]].split()) > 1 and not relative:
        return found
    if not ends:
        return None
    return _tidied(text, ends[-2].end() if len(ends) > 1 else 0, ends[-1].start())


def _tidied(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A left scope without a dangling "or"/auxiliary at its end or "whether"/"that" at its start."""
    found = _trimmed(text, start, end)
    if found is None:
        return None
    start, end = found
    end = start + len(_TRAILING_WORDS_RE.sub("", text[start:end]))
    lead = _LEADING_WORDS_RE.match(text, start, end)
    return _trimmed(text, lead.end() if lead else start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without the spaces, marks and punctuation at its edges; None if nothing is left."""
    piece = text[start:end]
    stripped = piece.strip(_TRIM)
    if not stripped:
        return None
    first = start + piece.index(stripped)
    last = first + len(stripped)
    # Keep a closing quote mark whose opening mark is inside: 'happen "at any time"'.
    while last < end and text[last] in _CLOSERS and _open_marks(text[first:last]):
        last += 1
    return first, last


_CLOSERS = "\"”’'"


def _open_marks(piece: str) -> bool:
    return piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”") or piece.count("‘") > piece.count("’")
