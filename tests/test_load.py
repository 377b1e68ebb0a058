"""Tests for compare.load on well-formed input: the bundled sources, sidecars, metadata, stdin.

Input that is broken, hostile or odd has its own modules, one per group: test_reliability_files,
_encodings, _html, _urls, _size and _languages (see docs/reliability.md).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from conftest import ARTICLE_HTML, assert_one_line, write
from conftest import LOAD_FIXTURES as FIXTURES
from conftest import SRC_000 as SOURCE_000
from conftest import SRC_001 as SOURCE_001
from hypothesis import given
from hypothesis import strategies as st

from compare.errors import EmptySource, SourceError
from compare.load import load_source, load_text
from compare.load.metadata import parse_date
from compare.model import Span

# --- the bundled sources -------------------------------------------------------------------


def test_bundled_000_date_line_is_metadata() -> None:
    """Source 000's leading 'date 2022-02-21' is its date and a metadata span; the rest is not."""
    source = load_source(str(SOURCE_000))
    assert source.date == dt.date(2022, 2, 21)
    assert source.metadata_spans == (Span(1, 16),)
    assert source.text[1:16] == "date 2022-02-21"
    assert source.text[16:].startswith(" Live updates:")
    assert source.label == "000_4a82e88ad2850e87"
    assert source.outlet is None


def test_bundled_000_text_equals_file() -> None:
    """A UTF-8 text file loads to exactly its content, with no warnings."""
    source = load_source(str(SOURCE_000), source_id="s2")
    assert source.text == SOURCE_000.read_text(encoding="utf-8")
    assert (source.id, source.origin, source.media_type) == ("s2", str(SOURCE_000), "text/plain")
    assert source.encoding == "utf-8"
    assert source.warnings == ()


def test_bundled_001_outlet_from_sidecar() -> None:
    """Source 001's outlet and label come from its .meta.json sidecar; its text is the file."""
    source = load_source(str(SOURCE_001))
    assert source.outlet == "ITV News"
    assert source.label == "ITV News"
    assert source.text == SOURCE_001.read_text(encoding="utf-8")
    assert source.metadata_spans == ()


def test_explicit_label_beats_outlet() -> None:
    """An explicit label wins over the outlet the sidecar gives."""
    source = load_source(str(SOURCE_001), label="B")
    assert (source.label, source.outlet) == ("B", "ITV News")


# --- sidecars ----------------------------------------------------------------------------


def test_sidecar_overrides_date_title_and_label(tmp_path: Path) -> None:
    """A sidecar's date, title and label override what the text says."""
    spec = write(tmp_path, "report.txt", SOURCE_000.read_bytes())
    (tmp_path / "report.meta.json").write_text(
        json.dumps({"date": "22 February 2022", "title": "Live updates", "label": "Live blog"}),
        encoding="utf-8",
    )
    source = load_source(spec)
    assert source.date == dt.date(2022, 2, 22)
    assert source.title == "Live updates"
    assert source.label == "Live blog"
    assert source.metadata_spans == (Span(1, 16),)


def test_sidecar_unknown_key_lists_valid_keys(tmp_path: Path) -> None:
    """A sidecar with an unknown key is refused with the list of valid keys."""
    spec = write(tmp_path, "report.txt", SOURCE_001.read_bytes())
    sidecar = tmp_path / "report.meta.json"
    sidecar.write_text('{"publisher": "ITV"}', encoding="utf-8")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, str(sidecar))
    assert "'publisher'" in message and "outlet, date, title, label" in message


def test_sidecar_bad_json_names_the_sidecar(tmp_path: Path) -> None:
    """A sidecar that is not valid JSON is refused with a one-line message naming it."""
    spec = write(tmp_path, "report.txt", SOURCE_001.read_bytes())
    sidecar = tmp_path / "report.meta.json"
    sidecar.write_text('{"outlet": "ITV News",\n', encoding="utf-8")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "fix or remove report.meta.json" in assert_one_line(error, str(sidecar))


# --- front matter and date lines ---------------------------------------------------------


def test_front_matter_is_metadata() -> None:
    """Front matter sets outlet, date and title; its whole block is one metadata span."""
    spec = str(FIXTURES / "front_matter.md")
    raw = (FIXTURES / "front_matter.md").read_text(encoding="utf-8")
    source = load_source(spec)
    assert source.text == raw
    assert source.outlet == source.label == "Eastern Courier"
    assert source.date == dt.date(2022, 2, 22)
    assert source.title == "Putin orders troops into breakaway regions"
    (span,) = source.metadata_spans
    block = source.text[span.start : span.end]
    assert block.startswith("---\noutlet:") and block.endswith("\n---")
    assert "url: https://example.org" in block
    assert source.text[span.end :].lstrip().startswith("# Putin")


def test_front_matter_with_crlf_line_ends(tmp_path: Path) -> None:
    """Front matter is found in a Windows file, and the CRLF text is kept as it is."""
    raw = (FIXTURES / "front_matter.md").read_text(encoding="utf-8").replace("\n", "\r\n")
    spec = write(tmp_path, "windows.md", raw.encode("utf-8"))
    source = load_source(spec)
    assert source.text == raw
    (span,) = source.metadata_spans
    assert source.text[span.start : span.end].endswith("\r\n---")
    assert source.outlet == "Eastern Courier"


def test_horizontal_rule_is_not_front_matter() -> None:
    """A Markdown rule followed by prose is text, not front matter."""
    text = "---\nRussia recognised two regions on Monday.\nNo keys here at all.\n---\nBody.\n"
    source = load_text(text, media_type="text/markdown")
    assert source.metadata_spans == ()
    assert source.outlet is None


def test_front_matter_bad_date_warns() -> None:
    """A front-matter date that cannot be read is ignored with a warning, not guessed."""
    text = "---\noutlet: ITV News\ndate: last Tuesday\n---\nRussia recognised two regions.\n"
    source = load_text(text)
    assert source.date is None
    assert source.outlet == "ITV News"
    assert source.warnings == (
        "front matter date 'last Tuesday' is not a date I can read; ignored",
    )


def test_front_matter_alone_is_empty() -> None:
    """A file holding only front matter has no article text."""
    with pytest.raises(EmptySource) as error:
        load_text("---\noutlet: ITV News\n---\n\n", origin="meta.md")
    assert "only metadata" in assert_one_line(error, "meta.md")


@pytest.mark.parametrize(
    ("text", "date", "cue"),
    [
        (" date 2022-02-21 Live updates: Russia", dt.date(2022, 2, 21), "date 2022-02-21"),
        ("Date: 21 February 2022\n\nRussia", dt.date(2022, 2, 21), "Date: 21 February 2022"),
        ("Published: Feb. 22, 2022 Putin", dt.date(2022, 2, 22), "Published: Feb. 22, 2022"),
        (
            "Published on Tuesday 22nd Feb 2022\nPutin",
            dt.date(2022, 2, 22),
            "Published on Tuesday 22nd Feb 2022",
        ),
        ("date 2022-02-21T06:30:00Z Putin", dt.date(2022, 2, 21), "date 2022-02-21T06:30:00Z"),
    ],
)
def test_date_line_variants(text: str, date: dt.date, cue: str) -> None:
    """A date cue at the very start sets the date; only cue and date are metadata."""
    source = load_text(text)
    assert source.date == date
    (span,) = source.metadata_spans
    assert source.text[span.start : span.end] == cue


@pytest.mark.parametrize(
    "text",
    [
        "Russia said on date 2022-02-21 that it recognised the regions.",
        "date 2022-02-30 is not a real day, and this line is article text.",
        "Date night plans were cancelled across Kyiv on 21 February 2022.",
    ],
)
def test_not_a_date_line(text: str) -> None:
    """A cue that is not at the start, an impossible date, or no date at all is left as text."""
    source = load_text(text)
    assert source.date is None
    assert source.metadata_spans == ()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_parse_date_round_trips(day: dt.date) -> None:
    """Every real date written as ISO, 'D Month YYYY' or 'Mon D, YYYY' parses back to itself."""
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d %B %Y")) == day
    assert parse_date(day.strftime("%A %d %B %Y")) == day
    assert parse_date(day.strftime("%b %d, %Y")) == day


# --- HTML --------------------------------------------------------------------------------


def test_html_article_main_text_and_metadata() -> None:
    """An article page yields its paragraphs, blank-line separated, and its title, date and site."""
    source = load_source(str(ARTICLE_HTML))
    assert source.media_type == "text/html"
    assert (source.outlet, source.label) == ("Eastern Courier", "Eastern Courier")
    assert source.title == "Putin orders troops into breakaway regions of Ukraine"
    assert source.date == dt.date(2022, 2, 22)
    paragraphs = source.text.split("\n\n")
    assert paragraphs[0] == "Putin orders troops into breakaway regions of Ukraine"
    assert paragraphs[1].startswith("Russian President Vladimir Putin has ordered troops")
    assert paragraphs[-1].endswith("would not give up “anything to anyone”.")
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)


# --- stdin -------------------------------------------------------------------------------


def test_stdin_text() -> None:
    """'-' reads bytes from the given stream as text labelled 'stdin'."""
    source = load_source("-", stdin=io.BytesIO(SOURCE_000.read_bytes()))
    assert (source.origin, source.label, source.media_type) == ("<stdin>", "stdin", "text/plain")
    assert source.text == SOURCE_000.read_text(encoding="utf-8")
    assert source.date == dt.date(2022, 2, 21)


def test_stdin_html_is_sniffed() -> None:
    """Stdin starting with a doctype is extracted as HTML."""
    source = load_source("-", stdin=io.BytesIO(b"\n  " + ARTICLE_HTML.read_bytes()), label="A")
    assert source.media_type == "text/html"
    assert source.label == "A"
    assert "TRACKING-SCRIPT-TEXT" not in source.text


# --- load_text ---------------------------------------------------------------------------


def test_load_text_keeps_the_string() -> None:
    """load_text keeps the string exactly and reads its date line."""
    text = SOURCE_000.read_text(encoding="utf-8")
    source = load_text(text, source_id="s2")
    assert source.text == text
    assert (source.id, source.origin, source.label) == ("s2", "<text>", "text")
    assert source.date == dt.date(2022, 2, 21)


def test_load_text_html() -> None:
    """load_text with media_type text/html extracts the main text."""
    source = load_text(ARTICLE_HTML.read_text(encoding="utf-8"), media_type="text/html")
    assert source.text.startswith("Putin orders troops")
    assert source.label == "Eastern Courier"


def test_load_text_rejects_unknown_media_type() -> None:
    """load_text refuses a media type it cannot read and lists the valid ones."""
    with pytest.raises(SourceError) as error:
        load_text("a,b\n1,2\n", origin="table.csv", media_type="text/csv")
    assert "text/plain, text/markdown, text/html" in assert_one_line(error, "table.csv")


def test_load_text_whitespace_only() -> None:
    """load_text of whitespace raises EmptySource."""
    with pytest.raises(EmptySource):
        load_text(" \n\t ")
