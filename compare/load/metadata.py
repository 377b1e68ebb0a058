"""Metadata that sits in or beside a text source and must never be read as claims.

Three forms: YAML-style front matter at the top of a text/Markdown file, a leading date line
(``date 2022-02-21 ...``), and a ``<stem>.meta.json`` sidecar file next to the source.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from compare.errors import SourceError
from compare.load.common import one_line
from compare.model import Span

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("outlet", "date", "title", "label")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+)?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])"
    rf"|{_WEEKDAY}(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})(?!\w)"
    rf"|{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORDINAL},?\s+(?P<y2>\d{{4}})(?!\w))"
)
_DATE_RE = re.compile(_DATE, re.I)
# Only at the very start of the text: a cue word, then a date. The rest of that line is
# ordinary text (often the headline) and is left to the segmenter.
_DATE_LINE = re.compile(
    r"\s*(?P<cue>date|published(?:\s+on)?|updated|posted(?:\s+on)?)(?:\s*:\s*|\s+)" + _DATE,
    re.I,
)
_FRONT_KEY = re.compile(r"\s*(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*?)\s*")
_FRONT_MAX_LINES = 60


@dataclass(frozen=True, slots=True)
class Found:
    """Metadata read from a text: the fields found, their span, and warnings."""

    span: Span
    outlet: str | None = None
    date: dt.date | None = None
    title: str | None = None
    warnings: tuple[str, ...] = ()


def parse_date(value: str) -> dt.date | None:
    """Read an ISO date ('2022-02-21', with optional time) or a common written one.

    Written forms: '21 February 2022', 'Monday 21st Feb. 2022', 'February 21, 2022'.

    Returns:
        The date, or None when the value is not one of those forms or not a real date.
    """
    match = _DATE_RE.fullmatch(value.strip())
    return _to_date(match) if match else None


def front_matter(text: str) -> Found | None:
    """Find a front-matter block: a first line ``---``, ``key: value`` lines, a closing ``---``.

    Keys read into the Source: outlet, date, title. Others (author, source, url, ...) are
    allowed and stay inside the metadata span. A block with any other kind of line is not
    front matter (a Markdown rule followed by prose), so the text is left alone.

    Returns:
        The fields and the span of the whole block (both ``---`` lines included), or None.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---" or lines[0][:1] != "-":
        return None
    fields: dict[str, str] = {}
    offset = len(lines[0])
    for line in lines[1:_FRONT_MAX_LINES]:
        stripped = line.strip()
        if stripped == "---":
            end = offset + len(line.rstrip("\r\n"))
            return _found(Span(0, end), fields, where="front matter")
        offset += len(line)
        if not stripped or stripped.startswith("#"):
            continue
        match = _FRONT_KEY.fullmatch(line.rstrip("\r\n"))
        if match is None:
            return None
        fields.setdefault(match["key"].lower(), _unquote(match["value"]))
    return None


def date_line(text: str) -> Found | None:
    """Find a leading date cue (``date 2022-02-21``, ``Published: 21 Feb 2022``).

    Returns:
        The date and the span of cue + date only (not the rest of the line), or None.
    """
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    date = _to_date(match)
    if date is None:
        return None
    return Found(span=Span(match.start("cue"), match.end()), date=date)


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of a source file lives: ``<stem>.meta.json`` in the same folder."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, str]:
    """Read the sidecar of a source file, if there is one.

    Args:
        path: the source file (not the sidecar).

    Returns:
        The overrides it holds (keys among outlet, date, title, label); {} without a sidecar.

    Raises:
        SourceError: the sidecar is unreadable, not a JSON object of strings, has an unknown
            key, or a date that cannot be read.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    fix = f"fix or remove {side.name}"
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{side}: cannot read sidecar: {one_line(str(exc))} ({fix})") from None
    if not isinstance(data, dict):
        raise SourceError(f"{side}: sidecar must be a JSON object ({fix})")
    out: dict[str, str] = {}
    for key, value in data.items():
        if key not in SIDECAR_KEYS:
            raise SourceError(
                f"{side}: unknown sidecar key {key!r} (valid keys: {', '.join(SIDECAR_KEYS)})"
            )
        if not isinstance(value, str):
            raise SourceError(f"{side}: sidecar value for {key!r} must be a string ({fix})")
        if key == "date" and parse_date(value) is None:
            raise SourceError(
                f"{side}: sidecar date {value!r} is not a date (use YYYY-MM-DD; {fix})"
            )
        out[key] = value.strip()
    return out


def _found(span: Span, fields: dict[str, str], *, where: str) -> Found:
    warnings: list[str] = []
    date = None
    raw_date = fields.get("date")
    if raw_date:
        date = parse_date(raw_date)
        if date is None:
            warnings.append(f"{where} date {raw_date!r} is not a date I can read; ignored")
    return Found(
        span=span,
        outlet=fields.get("outlet") or None,
        date=date,
        title=fields.get("title") or None,
        warnings=tuple(warnings),
    )


def _to_date(match: re.Match[str]) -> dt.date | None:
    if match["y"]:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    elif match["y1"]:
        year, month, day = int(match["y1"]), _month(match["m1"]), int(match["d1"])
    else:
        year, month, day = int(match["y2"]), _month(match["m2"]), int(match["d2"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
