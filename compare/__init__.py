"""claimdiff: cross-reference news sources claim by claim.

    >>> import compare
    >>> a = compare.load_source("sources/000_4a82e88ad2850e87.txt", source_id="s1")
    >>> b = compare.load_source("sources/001_b2086199f1fced57.txt", source_id="s2")
    >>> result = compare.compare_sources(a, b)
    >>> print(compare.render(result, "markdown"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from compare.errors import ClaimdiffError, EmptySource, FetchError, MissingExtra, OptionsError, SourceError
from compare.load import load_source, load_text
from compare.model import (
    Claim,
    Comparison,
    DivergenceKind,
    Finding,
    Reason,
    Relation,
    Role,
    Source,
    Span,
    Verdict,
)
from compare.options import Options
from compare.pipeline import compare_sources, read_source, relate
from compare.render import render, render_claims

__version__ = "0.1.0"

# A library logs, the application decides what to show: without this, Python's last-resort
# handler would print every warning (e.g. an unbalanced quote mark) to stderr.
logging.getLogger("compare").addHandler(logging.NullHandler())

__all__ = [
    "Claim",
    "ClaimdiffError",
    "Comparison",
    "DivergenceKind",
    "EmptySource",
    "FetchError",
    "Finding",
    "MissingExtra",
    "Options",
    "OptionsError",
    "Reason",
    "Relation",
    "Role",
    "Source",
    "SourceError",
    "Span",
    "Verdict",
    "__version__",
    "compare_sources",
    "load_source",
    "load_text",
    "read_source",
    "relate",
    "render",
    "render_claims",
]
