"""Reliability: only a page's article text becomes claims; a page without one is EmptySource."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLE_HTML, assert_one_line, write
from conftest import LOAD_FIXTURES as FIXTURES

from compare.errors import EmptySource
from compare.load import load_source, load_text
from compare.model import Role
from compare.pipeline import read_source


@pytest.mark.parametrize(
    "junk",
    [
        "TRACKING-SCRIPT-TEXT",  # <script>
        "font-family",  # <style>
        "EDITOR-COMMENT",  # <!-- comment -->
        "Politics and elections",  # <nav>
        "cookies",  # cookie banner
        "MOST-READ-ITEM",  # sidebar
        "FOOTER-TEXT",  # page footer
    ],
)
def test_html_boilerplate_never_becomes_text(junk: str) -> None:
    """Scripts, styles, comments, navigation, cookie banners, sidebars and footers are not text."""
    assert junk not in load_source(str(ARTICLE_HTML)).text


def test_html_extraction_is_deterministic() -> None:
    """Loading the same page twice gives the same Source."""
    assert load_source(str(ARTICLE_HTML)) == load_source(str(ARTICLE_HTML))


def test_html_without_main_text_is_empty() -> None:
    """A JavaScript shell page with only menus, banners and a noscript notice is EmptySource."""
    spec = str(FIXTURES / "no_main_text.html")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "no article text found" in assert_one_line(error, spec)


def test_malformed_html_still_yields_paragraphs() -> None:
    """Unclosed tags do not lose or merge the paragraphs of a malformed page."""
    source = load_source(str(FIXTURES / "malformed.html"))
    paragraphs = source.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The UK has announced sanctions against five Russian banks")
    assert paragraphs[2].endswith("Chancellor Olaf Scholz announced in Berlin.")


def test_html_htm_extension(tmp_path: Path) -> None:
    """A .htm file goes through HTML extraction too."""
    spec = write(tmp_path, "story.htm", ARTICLE_HTML.read_bytes())
    assert load_source(spec).media_type == "text/html"


# --- page furniture never becomes claims ----------------------------------------------------

FURNITURE_HTML = FIXTURES / "furniture.html"
_JUNK = (
    "STYLE-IN-HEAD", "JSONLD-TEXT", "COOKIE-BANNER", "NAV-HOME", "NAV-WORLD", "INLINE-SCRIPT-IN-ARTICLE",
    "STYLE-IN-BODY", "COMMENT-IN-PARAGRAPH", "NAV-RELATED", "COOKIE-INLINE", "NOSCRIPT-TEXT", "FORM-LABEL",
    "FORM-PLACEHOLDER", "FORM-BUTTON", "TEMPLATE-TEXT", "HIDDEN-TEXT", "DIALOG-TEXT", "SVG-TEXT",
    "IFRAME-TEXT", "COMMENT-BETWEEN-PARAGRAPHS", "BUTTON-TEXT", "FOOTER-NAV", "FOOTER-TEXT", "TRAILING-SCRIPT",
)  # fmt: skip


def test_page_furniture_never_becomes_claims() -> None:
    """Scripts, styles, comments, menus, banners, forms, templates and hidden text inside the
    article itself never reach a claim; the article's own sentences all do."""
    source = load_source(str(FURNITURE_HTML))
    claims = read_source(source)
    text = " ".join(c.text for c in claims)
    assert [junk for junk in _JUNK if junk in text] == []
    assert [c.text for c in claims if c.role is Role.BODY] == [
        "The UK has announced sanctions against five Russian banks and three wealthy individuals, in what the "
        "prime minister called the first barrage of measures against Moscow.",
        "The banks named were Rossiya, IS Bank, General Bank, Promsvyazbank and the Black Sea Bank.",
        "Their assets in Britain will be frozen.",
        "The three individuals, Gennady Timchenko, Boris Rotenberg and Igor Rotenberg, will have their assets "
        "frozen and be banned from travelling to the UK.",
        "Germany separately halted the certification of the Nord Stream 2 gas pipeline, Chancellor Olaf Scholz "
        "announced in Berlin on Tuesday.",
    ]
    assert source.outlet == "Western Gazette"


@pytest.mark.parametrize(
    "page",
    [
        "",  # an .html file that is empty is covered by test_empty_file; here: markup only
        "<html><body></body></html>",
        "<html><head><script>var story = 'Russian troops crossed the border on Monday night';</script></head>"
        "<body><script>render(story)</script></body></html>",
        "<html><body><!-- Russian troops crossed the border on Monday night, officials said. --></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World news</a></nav>"
        "<div class='cookie-banner'>We use cookies to improve your experience of our site.</div></body></html>",
    ],
    ids=["doctype-only", "empty-body", "scripts-only", "comment-only", "furniture-only"],
)
def test_page_without_article_text_is_empty(tmp_path: Path, page: str) -> None:
    """A page whose only content is markup, scripts, comments or furniture is EmptySource, saying so."""
    spec = write(tmp_path, "page.html", (page or "<!DOCTYPE html>").encode("utf-8"))
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "no article text found in the HTML" in assert_one_line(error, spec)


def test_text_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    """An .html file without a single tag is plain text: read as such, with a warning."""
    text = "Russia moved troops into two regions of eastern Ukraine.\n\nThe UK said it would target banks.\n"
    source = load_source(write(tmp_path, "notes.html", text.encode("utf-8")))
    assert (source.text, source.media_type) == (text, "text/plain")
    assert source.warnings == ("no HTML tags found: read as plain text",)
    assert load_text(text, media_type="text/html").warnings == ("no HTML tags found: read as plain text",)


@pytest.mark.parametrize("depth", [100, 3000])
def test_deeply_nested_page_never_crashes(tmp_path: Path, depth: int) -> None:
    """Markup nested thousands deep is read or refused as EmptySource, never a crash.

    libxml2 stops building the tree about 255 levels down, so text nested deeper is not found.
    """
    body = "<div>" * depth + "<p>Russian troops crossed into Ukraine on Monday night.</p>" + "</div>" * depth
    spec = write(tmp_path, "deep.html", f"<html><body>{body}</body></html>".encode())
    try:
        source = load_source(spec)
    except EmptySource as error:
        assert depth > 255 and "no article text found" in str(error)
    else:
        assert source.text == "Russian troops crossed into Ukraine on Monday night."
