"""Tests for compare.load: files, encodings, metadata, HTML extraction, stdin and URLs."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import gzip
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.errors import EmptySource, FetchError, SourceError
from compare.load import load_source, load_text
from compare.load.metadata import parse_date
from compare.load.url import user_agent
from compare.model import Span
from compare.options import Options

ROOT = Path(__file__).resolve().parent.parent
SOURCE_000 = ROOT / "sources" / "000_4a82e88ad2850e87.txt"
SOURCE_001 = ROOT / "sources" / "001_b2086199f1fced57.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "load"
ARTICLE_HTML = FIXTURES / "article.html"

# Real reporting with curly quotes and a pound sign: what cp1252 files mangle most often.
POUND_PARAGRAPH = (
    "The UK has frozen the assets of five Russian banks, and ministers said the first "
    "sanctions package was worth more than £1.2bn. Boris Johnson called it the “first "
    "barrage” of measures, adding: “We’re ready to go further.”\n"  # noqa: RUF001 - real typography
)


def assert_one_line(error: pytest.ExceptionInfo[BaseException], spec: str) -> str:
    """Check an error message is one line naming the input, and return it."""
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(f"{spec}: ")
    return message


def write(tmp_path: Path, name: str, data: bytes) -> str:
    """Write bytes to a file in tmp_path and return its path as a string."""
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


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


# --- sidecars ------------------------------------------------------------------------------


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


# --- encodings -----------------------------------------------------------------------------


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is dropped and everything after it is kept exactly."""
    original = SOURCE_001.read_text(encoding="utf-8")
    spec = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + original.encode("utf-8"))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == "utf-8-sig"
    assert source.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    """UTF-16 with a byte-order mark decodes exactly and warns that it was not UTF-8."""
    original = SOURCE_000.read_text(encoding="utf-8")
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    spec = write(tmp_path, "wide.txt", bom + original.encode(codec))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == codec
    assert any("not UTF-8" in w and codec in w for w in source.warnings)
    assert source.date == dt.date(2022, 2, 21)


def test_cp1252_detected_with_curly_quotes_and_pound(tmp_path: Path) -> None:
    """A cp1252 file decodes to the right curly quotes and £, and the guess is a warning."""
    spec = write(tmp_path, "legacy.txt", POUND_PARAGRAPH.encode("cp1252"))
    source = load_source(spec)
    assert source.text == POUND_PARAGRAPH
    assert source.encoding == "cp1252"
    assert source.warnings == ("not UTF-8: decoded as cp1252 (detected)",)


def test_cp1252_detected_on_a_whole_article(tmp_path: Path) -> None:
    """A whole real article saved as cp1252 comes back character for character."""
    original = SOURCE_001.read_text(encoding="utf-8")
    spec = write(tmp_path, "legacy.txt", original.encode("cp1252"))
    source = load_source(spec)
    assert source.text == original
    assert source.encoding == "cp1252"


def test_latin1_declared_page_with_c1_bytes_is_cp1252(tmp_path: Path) -> None:
    """A page declaring ISO-8859-1 but using bytes 0x80-0x9F is read as cp1252, as browsers do."""
    page = ARTICLE_HTML.read_text(encoding="utf-8").replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    spec = write(tmp_path, "latin.html", page.encode("cp1252"))
    source = load_source(spec)
    assert "“peacekeeping functions”" in source.text
    assert source.encoding == "cp1252"
    assert source.warnings == ("not UTF-8: decoded as cp1252 (declared by the page)",)


# --- binary, unsupported, missing, empty, too big ------------------------------------------


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    """A file with NUL bytes is refused as binary."""
    spec = write(tmp_path, "data.txt", b"Russian troops\x00\x01\x02 crossed" * 10)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "looks like a binary file" in assert_one_line(error, spec)


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    ],
)
def test_magic_bytes_name_the_file_type(tmp_path: Path, magic: bytes, kind: str) -> None:
    """A binary format saved under a text extension is named by its magic bytes, with the fix."""
    spec = write(tmp_path, "article.txt", magic + b"\x00" * 64)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    assert f"unsupported file type: {kind}" in message
    assert "(supported: .txt .md .html; convert it to text first)" in message


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "figures.csv", "page.json"])
def test_unsupported_extension_lists_supported(tmp_path: Path, name: str) -> None:
    """An unsupported extension is refused, naming it and listing the supported ones."""
    spec = write(tmp_path, name, b"Russian troops crossed the border.")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    assert f"unsupported file type '{Path(name).suffix}'" in message
    assert ".txt .md .markdown .html .htm" in message


def test_no_extension_is_text(tmp_path: Path) -> None:
    """A file without an extension is read as plain text."""
    spec = write(tmp_path, "article", SOURCE_001.read_bytes())
    source = load_source(spec)
    assert (source.media_type, source.label) == ("text/plain", "article")
    assert source.outlet is None  # the sidecar belongs to the bundled file, not this copy


def test_markdown_extension_is_markdown(tmp_path: Path) -> None:
    """.md and .markdown files load as text/markdown with their text unchanged."""
    for name in ("a.md", "b.markdown"):
        spec = write(tmp_path, name, SOURCE_000.read_bytes())
        source = load_source(spec)
        assert source.media_type == "text/markdown"
        assert source.text == SOURCE_000.read_text(encoding="utf-8")


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    """A path that does not exist is refused with its name."""
    spec = str(tmp_path / "nowhere.txt")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "no such file" in assert_one_line(error, spec)


def test_directory_is_refused(tmp_path: Path) -> None:
    """A directory is refused with a hint to give a file in it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    with pytest.raises(SourceError) as error:
        load_source(str(folder))
    assert "is a directory" in assert_one_line(error, str(folder))


def test_unreadable_path_names_the_path(tmp_path: Path) -> None:
    """A path that cannot be opened (a file used as a folder) is refused with its name."""
    spec = str(Path(write(tmp_path, "a.txt", b"text")) / "b.txt")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "cannot read" in assert_one_line(error, spec)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_names_the_path(tmp_path: Path) -> None:
    """A file without read permission is refused with its name."""
    spec = write(tmp_path, "secret.txt", SOURCE_000.read_bytes())
    os.chmod(spec, 0)
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "permission denied" in assert_one_line(error, spec)


def test_empty_file(tmp_path: Path) -> None:
    """An empty file raises EmptySource."""
    spec = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "is empty" in assert_one_line(error, spec)


def test_whitespace_only_file(tmp_path: Path) -> None:
    """A file of spaces and newlines (even behind a BOM) raises EmptySource."""
    spec = write(tmp_path, "blank.md", codecs.BOM_UTF8 + b"  \r\n\t\n   \n")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "only whitespace" in assert_one_line(error, spec)


def test_size_cap_names_the_cap_and_the_fix(tmp_path: Path) -> None:
    """A file over max_bytes is refused, naming the cap and how to raise it."""
    spec = str(SOURCE_001)
    with pytest.raises(SourceError) as error:
        load_source(spec, options=Options(max_bytes=4096))
    message = assert_one_line(error, spec)
    assert "larger than the 4 KB cap" in message and "--max-bytes" in message
    assert load_source(spec, options=Options(max_bytes=8283)).text  # exactly at the cap is fine


# --- front matter and date lines -----------------------------------------------------------


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


# --- HTML ----------------------------------------------------------------------------------


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


# --- stdin ---------------------------------------------------------------------------------


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


def test_stdin_empty() -> None:
    """Empty stdin raises EmptySource naming <stdin>."""
    with pytest.raises(EmptySource) as error:
        load_source("-", stdin=io.BytesIO(b""))
    assert_one_line(error, "<stdin>")


def test_stdin_over_cap() -> None:
    """Stdin longer than max_bytes is refused."""
    with pytest.raises(SourceError) as error:
        load_source("-", stdin=io.BytesIO(SOURCE_001.read_bytes()), options=Options(max_bytes=1000))
    assert "larger than the 1000 bytes cap" in assert_one_line(error, "<stdin>")


# --- load_text -----------------------------------------------------------------------------


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


# --- URLs against a local server -----------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str | None,
    *,
    headers: dict[str, str] | None = None,
    length: bool = True,
) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    if length:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(1.5)
    _send(handler, 200, b"too late", "text/plain")


def _routes() -> dict[str, Route]:
    article = ARTICLE_HTML.read_bytes()
    text_001 = SOURCE_001.read_bytes()
    big = text_001 * 20  # about 165 KB
    return {
        "/article": lambda h: _send(h, 200, article, "text/html; charset=utf-8"),
        "/plain": lambda h: _send(h, 200, text_001, "text/plain; charset=utf-8"),
        "/legacy": lambda h: _send(
            h, 200, POUND_PARAGRAPH.encode("cp1252"), "text/plain; charset=windows-1252"
        ),
        "/notes.md": lambda h: _send(
            h, 200, (FIXTURES / "front_matter.md").read_bytes(), "text/markdown"
        ),
        "/missing": lambda h: _send(h, 404, b"<h1>Not Found</h1>", "text/html"),
        "/broken": lambda h: _send(h, 500, b"<h1>Internal Server Error</h1>", "text/html"),
        "/loop": lambda h: _send(h, 302, b"", None, headers={"Location": "/loop"}),
        "/moved": lambda h: _send(h, 301, b"", None, headers={"Location": "/article"}),
        "/report.pdf": lambda h: _send(h, 200, b"%PDF-1.7\n" + b"\x00" * 100, "application/pdf"),
        "/big": lambda h: _send(h, 200, big, "text/plain"),
        "/big-unsized": lambda h: _send(h, 200, big, "text/plain", length=False),
        "/gzip": lambda h: _send(
            h, 200, gzip.compress(article), "text/html", headers={"Content-Encoding": "gzip"}
        ),
        "/bomb": lambda h: _send(
            h,
            200,
            gzip.compress(b" " * 2_000_000),
            "text/plain",
            headers={"Content-Encoding": "gzip"},
        ),
        "/slow": _slow,
        "/empty": lambda h: _send(h, 200, b"", "text/html"),
    }


class _Server:
    """A local HTTP server and what it saw."""

    def __init__(self, base: str, seen: list[dict[str, str]]) -> None:
        self.base = base
        self.seen = seen

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    """Serve canned responses on 127.0.0.1 from a background thread."""
    routes = _routes()
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers))
            route = routes.get(self.path)
            if route is None:
                _send(self, 404, b"", "text/plain")
                return
            # The client gives up early in the timeout and size-cap tests; that is expected.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep the test output clean

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield _Server(f"http://127.0.0.1:{httpd.server_address[1]}", seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html(server: _Server) -> None:
    """A 200 HTML page is extracted, labelled by its site name, and the origin is the URL."""
    spec = server.url("/article")
    source = load_source(spec)
    assert source.origin == spec
    assert (source.media_type, source.outlet, source.label) == (
        "text/html",
        "Eastern Courier",
        "Eastern Courier",
    )
    assert source.text.startswith("Putin orders troops into breakaway regions of Ukraine\n\n")


def test_url_sends_user_agent(server: _Server) -> None:
    """Requests carry the claimdiff User-Agent and accept gzip."""
    load_source(server.url("/plain"))
    headers = server.seen[-1]
    assert headers["User-Agent"] == user_agent()
    assert user_agent().startswith("claimdiff/")
    assert user_agent().endswith(" (+https://pypi.org/project/claimdiff/)")
    assert "gzip" in headers["Accept-Encoding"]


def test_url_plain_text_labelled_by_host(server: _Server) -> None:
    """A 200 text/plain body is kept exactly and labelled by the host."""
    source = load_source(server.url("/plain"))
    assert source.text == SOURCE_001.read_text(encoding="utf-8")
    assert (source.media_type, source.label) == ("text/plain", "127.0.0.1")


def test_url_charset_from_header(server: _Server) -> None:
    """The charset in the Content-Type header decodes the body, with a warning it was not UTF-8."""
    source = load_source(server.url("/legacy"))
    assert source.text == POUND_PARAGRAPH
    assert source.encoding == "cp1252"
    assert source.warnings == ("not UTF-8: decoded as cp1252 (declared by the server)",)


def test_url_markdown(server: _Server) -> None:
    """A text/markdown body goes through the text path with its front matter."""
    source = load_source(server.url("/notes.md"))
    assert source.media_type == "text/markdown"
    assert source.label == "Eastern Courier"


def test_url_redirect_is_followed(server: _Server) -> None:
    """A redirect is followed to the page."""
    assert load_source(server.url("/moved")).outlet == "Eastern Courier"


@pytest.mark.parametrize(("path", "status"), [("/missing", "HTTP 404"), ("/broken", "HTTP 500")])
def test_url_error_status(server: _Server, path: str, status: str) -> None:
    """A 4xx/5xx response is a FetchError naming the status."""
    spec = server.url(path)
    with pytest.raises(FetchError) as error:
        load_source(spec)
    assert status in assert_one_line(error, spec)


def test_url_redirect_loop(server: _Server) -> None:
    """A redirect loop stops after five redirects with a FetchError."""
    spec = server.url("/loop")
    with pytest.raises(FetchError) as error:
        load_source(spec)
    assert "too many redirects" in assert_one_line(error, spec)


def test_url_unsupported_content_type(server: _Server) -> None:
    """A content type other than HTML, plain text or Markdown is refused by name."""
    spec = server.url("/report.pdf")
    with pytest.raises(FetchError) as error:
        load_source(spec)
    assert "unsupported content type 'application/pdf'" in assert_one_line(error, spec)


@pytest.mark.parametrize("path", ["/big", "/big-unsized", "/bomb"])
def test_url_size_cap(server: _Server, path: str) -> None:
    """A body over the cap (declared, streamed, or inflating from gzip) is a FetchError."""
    spec = server.url(path)
    with pytest.raises(FetchError) as error:
        load_source(spec, options=Options(max_bytes=100 * 1024))
    message = assert_one_line(error, spec)
    assert "larger than the 100 KB cap" in message and "--max-bytes" in message


def test_url_default_cap_is_in_megabytes() -> None:
    """The default cap reads as '25 MB' in messages."""
    from compare.load.common import human_size

    assert human_size(Options().max_bytes) == "25 MB"


def test_url_gzip(server: _Server) -> None:
    """A gzip-encoded page is decompressed before extraction."""
    source = load_source(server.url("/gzip"))
    assert source.outlet == "Eastern Courier"
    assert "Volodymyr Zelensky" in source.text


def test_url_timeout(server: _Server) -> None:
    """A server slower than the timeout gives a FetchError that says so."""
    spec = server.url("/slow")
    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        load_source(spec, options=Options(timeout=0.2))
    assert time.monotonic() - started < 1.4
    assert "timed out after 0.2 s" in assert_one_line(error, spec)


def test_url_empty_body(server: _Server) -> None:
    """An empty 200 response is EmptySource."""
    spec = server.url("/empty")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert_one_line(error, spec)


def test_url_connection_refused() -> None:
    """A port nobody listens on is a FetchError, not a traceback."""
    spec = "http://127.0.0.1:9/article"
    with pytest.raises(FetchError) as error:
        load_source(spec, options=Options(timeout=2))
    assert_one_line(error, spec)


@pytest.mark.parametrize(
    "spec",
    ["file:///etc/passwd", "ftp://example.org/article.txt", "data:text/plain,Russia%20invaded"],
)
def test_url_other_schemes_refused(spec: str) -> None:
    """Only http and https URLs are fetched; file:, ftp: and data: are refused with the fix."""
    with pytest.raises(FetchError) as error:
        load_source(spec)
    assert "only http and https" in assert_one_line(error, spec)
