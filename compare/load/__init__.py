"""Loading sources: a file path, a URL or stdin becomes a `Source` with its metadata.

The dispatch lives here; the work is in submodules with one job each: ``files`` (bytes from a
path or stdin), ``decode`` (bytes to text), ``text`` and ``html`` (text to Source), ``url``
(fetching), ``metadata`` (front matter, date lines, sidecars) and ``language`` (a warning for
text that is not English).
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from compare.errors import SourceError
from compare.load import decode, files, metadata, url
from compare.load.html import html_source
from compare.load.language import language_warning
from compare.load.text import check_not_empty, text_source
from compare.model import Source
from compare.options import Options

__all__ = ["load_source", "load_text"]

STDIN = "-"
_MEDIA_TYPES = ("text/plain", "text/markdown", "text/html")
# Any tag, comment or doctype. HTML without one is text saved under an .html name.
_MARKUP = re.compile(r"<[A-Za-z!/?]")
_NO_MARKUP = "no HTML tags found: read as plain text"


def load_source(
    spec: str | os.PathLike[str],
    *,
    source_id: str = "s1",
    label: str | None = None,
    options: Options | None = None,
    stdin: BinaryIO | None = None,
) -> Source:
    """Load one source from a file path, an http(s) URL, or ``-`` for stdin.

    Files: .txt, .md, .markdown, .html, .htm, or no extension (read as text). Text keeps its
    exact decoded content (a leading byte-order mark is dropped); HTML becomes its main text
    (HTML with no tag at all is read as text, with a warning).
    Stdin is read as HTML when it starts with ``<``, else as text. A ``<stem>.meta.json``
    sidecar beside a file overrides outlet, date, title and label.

    Args:
        spec: path (a string or a path object), URL or "-".
        source_id: the id the pipeline gives this source ("s1", "s2", ...).
        label: what reports call the source; beats the sidecar, the outlet and the name.
        options: for ``max_bytes`` and ``timeout``; defaults to ``Options()``.
        stdin: the stream to read for "-"; defaults to ``sys.stdin.buffer``.

    Returns:
        The loaded Source.

    Raises:
        SourceError: the source cannot be read, decoded, or is of an unsupported type.
        FetchError: a URL cannot be fetched.
        EmptySource: the source holds no text.
    """
    opts = options or Options()
    spec = os.fspath(spec)
    if spec == STDIN:
        if stdin is None and sys.stdin is None:  # started with stdin closed (`<&-`)
            raise SourceError("<stdin>: standard input is closed (pipe the article into claimdiff)")
        data = files.read_stream(stdin or sys.stdin.buffer, "<stdin>", opts.max_bytes)
        source = _from_bytes(data, source_id=source_id, origin="<stdin>", name="stdin")
        return _finish(source, label, {})
    if url.looks_like_url(spec):
        fetched = url.fetch(spec, timeout=opts.timeout, max_bytes=opts.max_bytes)
        host = (urlsplit(fetched.url).hostname or urlsplit(spec).hostname or spec).removeprefix(
            "www."
        )
        source = _from_bytes(
            fetched.body,
            source_id=source_id,
            origin=spec,
            name=host,
            media_type=fetched.media_type,
            declared=fetched.charset,
            declared_by="the server",
            page_url=fetched.url,
        )
        return _finish(source, label, {})
    path = Path(spec)
    media_type = files.media_type_for(path, spec)
    data = files.read_file(path, spec, opts.max_bytes)
    source = _from_bytes(
        data, source_id=source_id, origin=spec, name=path.stem, media_type=media_type
    )
    return _finish(source, label, metadata.read_sidecar(path))


def load_text(
    text: str,
    *,
    source_id: str = "s1",
    origin: str = "<text>",
    label: str | None = None,
    media_type: str = "text/plain",
) -> Source:
    """Make a Source from a string already in hand (for API users).

    Text and Markdown keep the string exactly and get front matter / date lines marked as
    metadata; ``media_type="text/html"`` extracts the page's main text instead (a string with
    no tag at all is read as plain text, with a warning).

    Args:
        text: the article text (or HTML).
        source_id: the id the pipeline gives this source.
        origin: where the text came from, for messages and reports.
        label: what reports call the source; defaults to the outlet, else "text".
        media_type: "text/plain", "text/markdown" or "text/html".

    Returns:
        The Source.

    Raises:
        SourceError: the media type is not one of the three.
        EmptySource: the text is empty or whitespace only, or the HTML has no main text.
    """
    if media_type not in _MEDIA_TYPES:
        raise SourceError(
            f"{origin}: unsupported media type {media_type!r} "
            f"(supported: {', '.join(_MEDIA_TYPES)})"
        )
    name = origin.strip("<>") or "text"
    warnings: tuple[str, ...] = ()
    if media_type == "text/html" and not _MARKUP.search(text):
        media_type, warnings = "text/plain", (_NO_MARKUP,)
    if media_type == "text/html":
        check_not_empty(text, origin)
        source = html_source(text, source_id=source_id, origin=origin, name=name)
    else:
        source = text_source(
            text,
            source_id=source_id,
            origin=origin,
            name=name,
            media_type=media_type,
            warnings=warnings,
        )
    return _finish(source, label, {})


def _from_bytes(
    data: bytes,
    *,
    source_id: str,
    origin: str,
    name: str,
    media_type: str | None = None,
    declared: str | None = None,
    declared_by: str = "",
    page_url: str | None = None,
) -> Source:
    """Decode bytes and build the Source; ``media_type=None`` means sniff (stdin)."""
    if not data:
        check_not_empty("", origin)
    decode.check_binary(data, origin)
    if media_type is None:
        media_type = "text/html" if _sniff_html(data) else "text/plain"
    if media_type == "text/html" and declared is None:
        declared, declared_by = decode.meta_charset(data), "the page"
    decoded = decode.decode(data, origin, declared=declared, declared_by=declared_by)
    check_not_empty(decoded.text, origin)
    warnings = decoded.warnings
    if media_type == "text/html" and not _MARKUP.search(decoded.text):
        media_type, warnings = "text/plain", (*warnings, _NO_MARKUP)
    if media_type == "text/html":
        return html_source(
            decoded.text,
            source_id=source_id,
            origin=origin,
            name=name,
            encoding=decoded.encoding,
            warnings=warnings,
            url=page_url,
        )
    return text_source(
        decoded.text,
        source_id=source_id,
        origin=origin,
        name=name,
        media_type=media_type,
        encoding=decoded.encoding,
        warnings=warnings,
    )


def _sniff_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<")


def _finish(source: Source, label: str | None, sidecar: dict[str, str]) -> Source:
    """Apply sidecar overrides, then the label order: explicit > sidecar > outlet > name.

    The builders leave the fallback name (file stem, host, "stdin") in ``source.label``. A
    warning is added when the text does not look like English.
    """
    outlet = sidecar.get("outlet") or source.outlet
    date = metadata.parse_date(sidecar["date"]) if "date" in sidecar else source.date
    title = sidecar.get("title") or source.title
    chosen = label or sidecar.get("label") or outlet or source.label
    warning = language_warning(source.text)
    warnings = (*source.warnings, warning) if warning else source.warnings
    return dataclasses.replace(
        source, label=chosen, outlet=outlet, date=date, title=title, warnings=warnings
    )
