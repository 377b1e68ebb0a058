"""The JSON report: flat, versioned, and carrying every span so each finding can be traced.

The shape is documented field by field in docs/json-schema.md and pinned by
docs/claimdiff.schema.json. Text is emitted raw (JSON escaping is enough); keys keep a fixed
order and nothing depends on dict or set iteration, so equal inputs give equal bytes.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from enum import Enum
from typing import Any

from compare.model import (
    SCHEMA_VERSION,
    Claim,
    Comparison,
    Fact,
    Finding,
    Reason,
    Source,
    Span,
)
from compare.render import register
from compare.render._shared import counts

SCORE_DIGITS = 4  # scores are rounded so float noise does not churn diffs of saved reports


def _value(value: Any) -> Any:
    """A JSON-safe scalar: enums by value, non-finite floats as null."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """One fact: its type, flattened span, text, then its other fields in dataclass order.

    `speaker_span` becomes `speaker_start`/`speaker_end` (null when unknown).
    """
    out: dict[str, Any] = {
        "type": fact.type.value,
        "start": fact.span.start,
        "end": fact.span.end,
        "text": fact.text,
    }
    for f in dataclasses.fields(fact):
        if f.name in ("span", "text"):
            continue
        value = getattr(fact, f.name)
        if isinstance(value, Span) or (value is None and f.name.endswith("_span")):
            stem = f.name.removesuffix("_span")
            out[f"{stem}_start"] = value.start if value is not None else None
            out[f"{stem}_end"] = value.end if value is not None else None
        else:
            out[f.name] = _value(value)
    return out


def source_to_dict(source: Source) -> dict[str, Any]:
    """One source's metadata (its text is not repeated: claims carry their own text)."""
    return {
        "id": source.id,
        "origin": source.origin,
        "label": source.label,
        "outlet": source.outlet,
        "date": source.date.isoformat() if source.date is not None else None,
        "title": source.title,
        "encoding": source.encoding,
        "media_type": source.media_type,
        "warnings": list(source.warnings),
        "metadata_spans": [{"start": s.start, "end": s.end} for s in source.metadata_spans],
    }


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim with its span flattened and its facts in extraction order."""
    return {
        "id": claim.id,
        "source": claim.source_id,
        "start": claim.span.start,
        "end": claim.span.end,
        "text": claim.text,
        "role": claim.role.value,
        "paragraph": claim.paragraph,
        "facts": [fact_to_dict(f) for f in claim.facts],
    }


def reason_to_dict(reason: Reason) -> dict[str, Any]:
    """One reason; spans flattened to a_start/a_end/b_start/b_end (null when absent)."""
    a, b = reason.a_span, reason.b_span
    return {
        "kind": reason.kind.value,
        "a": reason.a,
        "b": reason.b,
        "explanation": reason.explanation,
        "a_start": a.start if a is not None else None,
        "a_end": a.end if a is not None else None,
        "b_start": b.start if b is not None else None,
        "b_end": b.end if b is not None else None,
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One finding, in the order the pipeline produced it."""
    return {
        "verdict": finding.verdict.value,
        "claims": list(finding.claims),
        "score": round(float(finding.score), SCORE_DIGITS),
        "signals": {name: round(float(value), SCORE_DIGITS) for name, value in finding.signals},
        "reasons": [reason_to_dict(r) for r in finding.reasons],
    }


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole comparison as plain JSON-ready data.

    Args:
        comparison: the result to report.

    Returns:
        A dict with keys schema_version, sources, components, claims, findings, summary.
    """
    return {
        "schema_version": comparison.schema_version,
        "sources": [source_to_dict(s) for s in comparison.sources],
        "components": list(comparison.components),
        "claims": [claim_to_dict(c) for c in comparison.claims],
        "findings": [finding_to_dict(f) for f in comparison.findings],
        "summary": counts(comparison),
    }


def _dumps(data: dict[str, Any]) -> str:
    # allow_nan=False: a NaN that slipped past _value must fail loudly, not emit invalid JSON.
    return json.dumps(data, sort_keys=False, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def to_json(comparison: Comparison) -> str:
    """The comparison as deterministic, indented UTF-8 JSON ending in a newline.

    Args:
        comparison: the result to report.

    Returns:
        The JSON text.
    """
    return _dumps(to_dict(comparison))


def claims_to_dict(
    source: Source, claims: Sequence[Claim], *, components: Sequence[str] = ()
) -> dict[str, Any]:
    """One source's claims in the compare JSON shape, with no findings.

    Args:
        source: the source the claims come from.
        claims: its claims.
        components: registry names used to produce them, if any.

    Returns:
        The same shape as `to_dict`, with `findings: []` and a zero summary.
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [source_to_dict(source)],
        "components": list(components),
        "claims": [claim_to_dict(c) for c in claims],
        "findings": [],
        "summary": {"agree": 0, "partial": 0, "diverge": 0, "unique": {source.id: 0}},
    }


def claims_to_json(source: Source, claims: Sequence[Claim]) -> str:
    """`claims_to_dict` as JSON text ending in a newline."""
    return _dumps(claims_to_dict(source, claims))


@register("json")
def render_json(comparison: Comparison, *, width: int | None = None, color: bool = False) -> str:
    """The `json` format: `to_json`; width and colour do not apply."""
    del width, color
    return to_json(comparison)
