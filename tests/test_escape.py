"""Tests for compare.render.escape: source text can never become markup or terminal codes."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from compare.render.escape import markdown, one_line, table_cell, terminal

_UNESCAPE = re.compile(r"\\(.)")


def unescape(text: str) -> str:
    """Undo `markdown()`: what a Markdown renderer would display, as plain text."""
    return html.unescape(_UNESCAPE.sub(r"\1", text))


def test_script_tag_becomes_entities() -> None:
    """A <script> element is shown as text, never emitted as HTML."""
    out = markdown("<script>alert(1)</script>")
    assert "<" not in out and ">" not in out
    assert out == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_link_syntax_is_broken_up() -> None:
    """Brackets are escaped, so `[x](javascript:…)` cannot form a link."""
    assert markdown("[x](javascript:alert(1))") == r"\[x\](javascript:alert(1))"


def test_html_comment_cannot_hide_text() -> None:
    """An HTML comment opener is escaped, so nothing after it is hidden."""
    assert "<!--" not in markdown("before <!-- c --> after")


def test_emphasis_code_and_strike_characters_are_escaped() -> None:
    """`*`, `_`, backticks and `~` are backslash-escaped so they cannot open spans."""
    assert markdown("*a* _b_ `c` ~~d~~") == r"\*a\* \_b\_ \`c\` \~\~d\~\~"


def test_table_cell_escapes_pipes_and_newlines() -> None:
    """A cell keeps its column: `|` becomes `\\|` and line breaks become spaces."""
    assert table_cell("a | b\nc\r\nd") == r"a \| b c d"


def test_line_start_block_markers_are_escaped() -> None:
    """Heading, list and setext markers at the start of text lose their meaning."""
    assert markdown("# Title") == r"\# Title"
    assert markdown("- item") == r"\- item"
    assert markdown("2014. A year") == r"2014\. A year"
    assert markdown("=== ") == r"\==="


def test_ampersand_is_escaped_so_entities_show_literally() -> None:
    """`&amp;` in a source shows as `&amp;`, not as `&`."""
    assert unescape(markdown("&amp; & x")) == "&amp; & x"


def test_terminal_makes_control_and_bidi_characters_visible() -> None:
    """ANSI escapes and bidi overrides are shown as \\x1b / \\u202e, never passed through."""
    out = terminal("a\x1b[31mred\u202eb\nc")
    assert "\x1b" not in out and "\u202e" not in out
    assert out == "a\\x1b[31mred\\u202eb c"


def test_one_line_collapses_whitespace() -> None:
    """Runs of spaces, tabs and line breaks become one space, with no padding at the ends."""
    assert one_line("  a \t b\n\n\u2028c  ") == "a b c"


@given(st.text())
def test_markdown_escape_is_inert_and_faithful(text: str) -> None:
    """For any text the escape is one line without raw `<`, `>` or unescaped `|`, and reads back."""
    out = markdown(text)
    assert "\n" not in out and "\r" not in out
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)(?:\\\\)*\|", out)
    assert unescape(out) == one_line(text)
