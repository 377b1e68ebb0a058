"""Fetching a URL: http/https only, explicit timeouts, a redirect limit and a streamed size cap."""

from __future__ import annotations

import importlib.metadata
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3

from compare.errors import FetchError
from compare.load.common import cap_fix, human_size, one_line

MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_CHUNK = 64 * 1024
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")
# Schemes refused with a message; anything else with "://" is refused too.
_OTHER_SCHEMES = frozenset(
    {"file", "ftp", "ftps", "sftp", "data", "mailto", "javascript", "ws", "wss"}
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with what the server said about it."""

    url: str  # the final address, after redirects
    body: bytes
    media_type: str  # "text/html", "text/plain" or "text/markdown"
    charset: str | None  # from the Content-Type header


def user_agent() -> str:
    """The User-Agent header: names the tool, its version and where to read about it."""
    try:
        version = importlib.metadata.version("claimdiff")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return f"claimdiff/{version} (+https://pypi.org/project/claimdiff/)"


def looks_like_url(spec: str) -> bool:
    """Whether a source spec is a URL (any scheme) rather than a file path.

    A one-letter scheme is a Windows drive ("C:\\notes.txt"), so it needs two letters or more.
    """
    match = _SCHEME.match(spec)
    if match is None:
        return False
    scheme = match.group(1).lower()
    return scheme in ("http", "https") or scheme in _OTHER_SCHEMES or "://" in spec


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET a page, following at most five redirects and reading at most ``max_bytes``.

    Args:
        url: an http or https address.
        timeout: seconds allowed to connect, and between bytes read.
        max_bytes: the size cap, applied to the decompressed body while it streams.

    Returns:
        The body, its media type (html, plain or markdown) and declared charset.

    Raises:
        FetchError: wrong scheme, network error, timeout, too many redirects, an HTTP error
            status, a content type claimdiff cannot read, or a body over the cap.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"{url}: {scheme or 'this'}: URLs are not supported "
            "(only http and https; for a local file give its path)"
        )
    retries = urllib3.Retry(
        total=MAX_REDIRECTS, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS
    )
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    with urllib3.PoolManager(
        headers=headers,
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        retries=retries,
    ) as pool:
        try:
            response = pool.request("GET", url, preload_content=False, decode_content=True)
        except urllib3.exceptions.MaxRetryError as exc:
            raise FetchError(_network_message(url, exc.reason, timeout)) from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_message(url, exc, timeout)) from None
        try:
            return _read(url, response, timeout=timeout, max_bytes=max_bytes)
        finally:
            response.release_conn()


def _read(
    url: str, response: urllib3.BaseHTTPResponse, *, timeout: float, max_bytes: int
) -> Fetched:
    if response.status >= 400:
        reason = f" {response.reason}" if response.reason else ""
        raise FetchError(
            f"{url}: HTTP {response.status}{reason} (check the address, or save the page and "
            "load the file)"
        )
    content_type = response.headers.get("Content-Type", "")
    media_type, charset = _parse_content_type(content_type)
    if media_type and media_type not in HTML_TYPES | TEXT_TYPES:
        raise FetchError(
            f"{url}: unsupported content type {media_type!r} "
            "(supported: text/html, text/plain, text/markdown; convert it to text first)"
        )
    too_big = f"{url}: larger than the {human_size(max_bytes)} cap ({cap_fix()})"
    length = response.headers.get("Content-Length", "")
    if (
        length.isdigit()
        and int(length) > max_bytes
        and not response.headers.get("Content-Encoding")
    ):
        raise FetchError(too_big)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(_CHUNK, decode_content=True):
            size += len(chunk)
            # Counting decompressed bytes also stops a small gzip body that inflates hugely.
            if size > max_bytes:
                raise FetchError(too_big)
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(_network_message(url, exc, timeout)) from None
    body = b"".join(chunks)
    if not media_type:
        # No Content-Type: sniff the same way stdin is sniffed.
        media_type = "text/html" if body.lstrip()[:1] == b"<" else "text/plain"
    elif media_type in HTML_TYPES:
        media_type = "text/html"
    elif media_type != "text/plain":
        media_type = "text/markdown"
    return Fetched(url=response.geturl() or url, body=body, media_type=media_type, charset=charset)


def _parse_content_type(value: str) -> tuple[str, str | None]:
    parts = [part.strip() for part in value.split(";")]
    media_type = parts[0].lower()
    charset = None
    for param in parts[1:]:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media_type, charset


def _network_message(url: str, exc: object, timeout: float) -> str:
    # Before the timeout test: urllib3 2 makes a refused connection or an unknown host
    # (NewConnectionError, NameResolutionError) a subclass of ConnectTimeoutError.
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return f"{url}: cannot connect: {one_line(str(exc).split(': ', 1)[-1])} (check the address)"
    if isinstance(exc, urllib3.exceptions.TimeoutError):
        return f"{url}: timed out after {timeout:g} s (try again, or raise --timeout)"
    if isinstance(exc, urllib3.exceptions.ResponseError) or "redirect" in str(exc).lower():
        return (
            f"{url}: too many redirects (more than {MAX_REDIRECTS}; the site may be in a "
            "redirect loop — open it in a browser and give the final address)"
        )
    return f"{url}: fetch failed: {one_line(str(exc))} (check the address and the network)"
