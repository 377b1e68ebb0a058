"""Certainty and polarity cues: hedges ("claimed"), modals ("could") and negations ("not").

Rule-based: a table of cue patterns, each with its kind and normalised cue. The span covers the
cue words only; what the cue scopes over is left to later stages, so "no" in "no concrete plans"
is the same negation as any other "no".
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
    (r"purported(?:ly)?", "hedge", "purportedly"),
    (r"reportedly", "hedge", "reportedly"),
    (r"apparently", "hedge", "apparently"),
    (r"unconfirmed|unverified", "hedge", "unconfirmed"),
    (r"suspect(?:s|ed)?", "hedge", "suspect"),
    (r"fear(?:s|ed)?", "hedge", "fear"),
    (r"appear(?:s|ed|ing)?", "hedge", "appear"),
    (r"seem(?:s|ed|ingly)?", "hedge", "seem"),
    (r"possibly|perhaps|likely|unlikely|probably", "hedge", "possibly"),
    # Modality: what would, could or is planned to happen.
    (r"would", "modal", "would"),
    (r"could", "modal", "could"),
    (r"might", "modal", "might"),
    (r"may(?!\s*\d)", "modal", "may"),
    (r"should", "modal", "should"),
    (r"plan(?:s|ned|ning)?\s+to", "modal", "plan to"),
    (r"(?:is|are|was|were)\s+open\s+to", "modal", "open to"),
    (r"signal(?:s|led|ed|ling|ing)", "modal", "signal"),
    # Negation.
    (
        r"reject(?:s|ed|ing)?(?:\s+[\w’'-]+){1,5}?\s+as\s+(?:false|untrue|baseless|fake|groundless)",
        "negation",
        "reject as false",
    ),
    (r"den(?:y|ies|ied|ying)|denials?", "negation", "deny"),
    (r"cannot", "negation", "not"),
    (r"not", "negation", "not"),
    (r"never", "negation", "never"),
    (r"none", "negation", "none"),
    (r"no(?!\.?\s*\d)", "negation", "no"),
    (r"nobody|nothing|neither|nor", "negation", "no"),
)
_CUE_RE = re.compile(
    "|".join(rf"(?P<c{i}>\b(?:{pattern})\b)" for i, (pattern, _, _) in enumerate(_CUES)),
    re.IGNORECASE,
)
# "n't" is glued to its verb ("isn't", "don’t"), so it has no word boundary before it.
_NT_RE = re.compile(r"(?<=[A-Za-z])n[’']t\b", re.IGNORECASE)
# Opening marks that may stand before a sentence-initial "May".
_OPENERS = " \t\n\"“‘'("


def extract(text: str, *, offset: int = 0) -> tuple[Hedge, ...]:
    """Find certainty and polarity cues in a text.

    Args:
        text: the text to read, usually one sentence.
        offset: where `text` starts in its source, so spans are absolute.

    Returns:
        The cues in text order. `kind` is hedge, modal or negation and `cue` the normalised
        cue ("claimed" -> "claim", "isn't" -> "not", "rejected ... as false" -> "reject as false").
    """
    found: list[Hedge] = []
    for match in _CUE_RE.finditer(text):
        group = match.lastgroup or ""
        _, kind, cue = _CUES[int(group[1:])]
        if match.group() == "May" and text[: match.start()].strip(_OPENERS):
            continue  # capitalised inside a sentence: the month or a name, not the modal
        start, end = offset + match.start(), offset + match.end()
        found.append(Hedge(Span(start, end), match.group(), kind, cue))
    for match in _NT_RE.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        found.append(Hedge(Span(start, end), match.group(), "negation", "not"))
    return tuple(sorted(found, key=lambda hedge: hedge.span.start))
