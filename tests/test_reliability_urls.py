"""Reliability: URLs against a local HTTP server on 127.0.0.1; every failure is one clear line."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ARTICLE_HTML, POUND_PARAGRAPH, assert_one_line, run_cli
from conftest import LOAD_FIXTURES as FIXTURES
from conftest import SRC_001 as SOURCE_001

from compare.errors import EmptySource, FetchError, SourceError
from compare.load import load_source
from compare.load.url import user_agent
from compare.options import Options

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


def _truncated(handler: BaseHTTPRequestHandler) -> None:
    """Promise 10,000 bytes, send 100, hang up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", "10000")
    handler.end_headers()
    handler.wfile.write(b"Russian troops crossed the border. " * 3)
    handler.wfile.flush()
    handler.close_connection = True


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
        "/furniture-only": lambda h: _send(h, 200, (FIXTURES / "no_main_text.html").read_bytes(), "text/html"),
        "/french": lambda h: _send(h, 200, FRENCH.read_bytes(), "text/plain; charset=utf-8"),
        "/truncated": _truncated,
        "/pdf-as-html": lambda h: _send(h, 200, b"%PDF-1.7\n" + b"\x00" * 100, "text/html"),
        "/to-file": lambda h: _send(h, 302, b"", None, headers={"Location": "file:///etc/passwd"}),
        "/untyped": lambda h: _send(h, 200, article, None),
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
    """A port nobody listens on is a FetchError saying it cannot connect (not a timeout)."""
    spec = "http://127.0.0.1:9/article"
    with pytest.raises(FetchError) as error:
        load_source(spec, options=Options(timeout=2))
    message = assert_one_line(error, spec)
    assert "cannot connect" in message and "timed out" not in message


@pytest.mark.parametrize(
    "spec",
    ["file:///etc/passwd", "ftp://example.org/article.txt", "data:text/plain,Russia%20invaded"],
)
def test_url_other_schemes_refused(spec: str) -> None:
    """Only http and https URLs are fetched; file:, ftp: and data: are refused with the fix."""
    with pytest.raises(FetchError) as error:
        load_source(spec)
    assert "only http and https" in assert_one_line(error, spec)


# --- more ways a fetch goes wrong -------------------------------------------------------------

FRENCH = FIXTURES.parent / "languages" / "fr.txt"


def test_url_page_without_article_text(server: _Server) -> None:
    """A fetched page with only menus, banners and scripts is EmptySource, saying so."""
    spec = server.url("/furniture-only")
    with pytest.raises(EmptySource) as error:
        load_source(spec)
    assert "no article text found in the HTML" in assert_one_line(error, spec)


def test_url_non_english_page_warns(server: _Server) -> None:
    """A fetched French article loads with the not-English warning."""
    source = load_source(server.url("/french"))
    assert source.text == FRENCH.read_text(encoding="utf-8")
    assert any(w.startswith("not English: it looks like French") for w in source.warnings)


def test_url_body_cut_short(server: _Server) -> None:
    """A server that hangs up before sending the promised body is a FetchError, not a traceback."""
    spec = server.url("/truncated")
    with pytest.raises(FetchError) as error:
        load_source(spec, options=Options(timeout=5))
    assert "fetch failed" in assert_one_line(error, spec)


def test_url_binary_body_despite_html_type(server: _Server) -> None:
    """A body that is a PDF although the server calls it text/html is refused by its magic bytes."""
    spec = server.url("/pdf-as-html")
    with pytest.raises(SourceError) as error:
        load_source(spec)
    assert "unsupported file type: PDF document" in assert_one_line(error, spec)


def test_url_redirect_to_another_scheme(server: _Server) -> None:
    """A redirect to file:// is never followed; the fetch fails with one line."""
    spec = server.url("/to-file")
    with pytest.raises(FetchError) as error:
        load_source(spec)
    message = assert_one_line(error, spec)
    assert "fetch failed" in message and "file" in message


def test_url_without_content_type_is_sniffed(server: _Server) -> None:
    """A body with no Content-Type header is sniffed: markup is read as HTML."""
    source = load_source(server.url("/untyped"))
    assert (source.media_type, source.outlet) == ("text/html", "Eastern Courier")


def test_url_user_agent_names_the_tool_on_every_request(server: _Server) -> None:
    """Every request, redirects included, carries the same claimdiff User-Agent."""
    before = len(server.seen)
    load_source(server.url("/moved"))
    agents = {h["User-Agent"] for h in server.seen[before:]}
    assert len(server.seen) - before == 2 and agents == {user_agent()}


def test_url_error_via_cli_is_one_line(server: _Server) -> None:
    """Through the CLI, a 404 is one line on stderr and status 1."""
    spec = server.url("/missing")
    status, out, err = run_cli("compare", spec, str(SOURCE_001))
    assert (status, out) == (1, "")
    assert err == (
        f"claimdiff: error: {spec}: HTTP 404 Not Found (check the address, or save the page and load the file)\n"
    )

