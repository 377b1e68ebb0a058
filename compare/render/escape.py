"""Escaping source text for reports, so a source can never inject markup or terminal codes.

Every piece of text that comes from a source (claim text, quote, label, origin, a reason's
wording) goes through one of these functions before a renderer embeds it. JSON needs none of
this: `json.dumps` already escapes, and JSON must carry the raw text exactly.
"""

from __future__ import annotations

import html
import re

# Line and paragraph separators that Markdown or a terminal would treat as a line break.
_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
# C0/C1 controls (ESC starts ANSI sequences) and bidi overrides/isolates ("trojan source"):
# shown as visible \xNN / \uNNNN so a reader sees they were there.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t]+")

# Backslash first, so the escapes added for the other characters are not escaped again.
# `~` is ours: word diffs use ~~strikethrough~~. `|` and `#` are escaped everywhere, not only
# in table cells and at line start, so one function is safe in cells, headings and lists.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|#])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Characters that change a block's meaning when a line starts with them.
# A list number is escaped at its `.`/`)`: a backslash before a digit would show literally.
_LINE_START = re.compile(r"^([+\-=]|\d+(?=[.)]))")


def _visible_control(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape_line_start(match: re.Match[str]) -> str:
    token = match.group(0)
    return token + "\\" if token[0].isdigit() else "\\" + token


def one_line(text: str) -> str:
    """Collapse line breaks and runs of blanks to one space and make control characters visible.

    Args:
        text: raw text from a source.

    Returns:
        The text on a single line, safe to print to a terminal (no ANSI/bidi codes survive).
    """
    text = _BREAKS.sub(" ", text)
    text = _CONTROLS.sub(_visible_control, text)
    return _SPACES.sub(" ", text).strip()


def markdown(text: str) -> str:
    """Escape source text for inline use anywhere in a GitHub-flavoured Markdown document.

    The result is one line; Markdown punctuation is backslash-escaped and `<`, `>`, `&` become
    HTML entities, so raw HTML, comments, links, emphasis, code spans and headings cannot form.

    Args:
        text: raw text from a source.

    Returns:
        Markdown that renders as exactly the given characters (with line breaks as spaces).
    """
    text = one_line(text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = "".join(_HTML.get(ch, ch) for ch in text)
    # Embedded text usually follows a prefix, but a caller may start a line with it.
    return _LINE_START.sub(_escape_line_start, text)


def table_cell(text: str) -> str:
    """Escape source text for a cell of a Markdown table (`|` becomes `\\|`, newlines spaces).

    Args:
        text: raw text from a source.

    Returns:
        A cell that cannot add or remove columns.
    """
    return markdown(text)


def html_text(text: str) -> str:
    """Escape source text for HTML text or a quoted attribute value.

    Line breaks are kept (HTML shows them as spaces); control and bidi characters are made
    visible as in `one_line`, then `&`, `<`, `>`, `"` and `'` become character references.

    Args:
        text: raw text from a source.

    Returns:
        Text that cannot open a tag, comment, entity or attribute.
    """
    return html.escape(_CONTROLS.sub(_visible_control, text), quote=True)


def terminal(text: str) -> str:
    """Make source text safe for a terminal table: one line, no control or bidi characters.

    Args:
        text: raw text from a source.

    Returns:
        Plain text; Markdown characters are left alone since a terminal does not interpret them.
    """
    return one_line(text)
