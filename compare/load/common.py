"""Shared wording for load errors: supported types, sizes, one-line messages."""

from __future__ import annotations

import re

# Extension → media type. "" is a file with no extension, read as plain text.
MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    "": "text/plain",
}
SUPPORTED = ".txt .md .html"
SUPPORTED_LONG = ".txt .md .markdown .html .htm, or no extension"

_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse whitespace so a library's multi-line message fits our one-line format."""
    return _SPACE.sub(" ", text).strip()


def human_size(n: int) -> str:
    """Render a byte count the way the cap is usually set: '25 MB', '64 KB', '100 bytes'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.3g} MB"
    if n >= 1024:
        return f"{n / 1024:.3g} KB"
    return f"{n} bytes"


def cap_fix() -> str:
    """The fix shown whenever a source is over the size cap."""
    return "raise the cap with --max-bytes or Options(max_bytes=...)"
