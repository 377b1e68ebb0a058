"""Bytes → text: refuse binary files, then decode without ever mangling silently.

Order of evidence: a byte-order mark, then a charset the source declared (HTTP header or
HTML ``<meta>``), then strict UTF-8, then detection by charset-normalizer. Every decode is
strict, with one exception: text that is plainly UTF-8 (it holds at least as many valid
multi-byte UTF-8 characters as invalid byte sequences) but carries a few bad bytes (a truncated
download, a paste from a legacy file) is decoded as UTF-8 with each bad sequence replaced by
U+FFFD, and a warning names the offset of the first one. Reading it in a legacy codec instead
would mangle every correct character. When nothing fits, the source is refused with the offset
of the first byte that is not UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from compare.errors import SourceError

# Checked before the NUL test so that a PDF gets a useful message instead of "binary".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
)
# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_C1 = re.compile(rb"[\x80-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LATIN1 = {"latin-1", "iso8859-1", "ascii"}
_REPLACEMENT = "\ufffd"
# How much worse (charset-normalizer "chaos") a cp1252 reading may be and still be preferred.
_CHAOS_SLACK = 0.02


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the codec used, and any warning about the choice."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def check_binary(data: bytes, origin: str) -> None:
    """Refuse known binary formats by magic bytes, and anything else holding NUL bytes.

    Args:
        data: the raw bytes of the source.
        origin: the input as the user gave it, for the message.

    Raises:
        SourceError: the bytes are a known binary format or contain NUL bytes.
    """
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise SourceError(
                f"{origin}: unsupported file type: {kind} "
                "(supported: .txt .md .html; convert it to text first)"
            )
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text holds NUL bytes by design
    if b"\x00" in data:
        raise SourceError(
            f"{origin}: looks like a binary file (NUL bytes found) "
            "(give a text, Markdown or HTML file)"
        )


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode(
    data: bytes, origin: str, *, declared: str | None = None, declared_by: str = ""
) -> Decoded:
    """Decode bytes to text, recording the codec and warning when it was not UTF-8.

    A leading byte-order mark is removed (it is an encoding signature, not text), so
    ``Decoded.text`` starts at the first real character.

    Args:
        data: the raw bytes.
        origin: the input as the user gave it, for messages.
        declared: a charset named by the source itself (HTTP header, HTML meta), if any.
        declared_by: who declared it, for the warning ("the server", "the page").

    Returns:
        The decoded text, the Python codec name used, and warnings.

    Raises:
        SourceError: no encoding decodes the bytes cleanly.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], name, origin, how="byte-order mark")
    warnings: list[str] = []
    if declared:
        codec = _codec(declared)
        if codec is None:
            warnings.append(f"unknown charset {declared!r} declared by {declared_by}; ignored")
        else:
            codec = _prefer_cp1252(data, codec)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                warnings.append(
                    f"charset {declared!r} declared by {declared_by} does not fit the bytes; "
                    "ignored"
                )
            else:
                return _result(text, codec, warnings, how=f"declared by {declared_by}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    repaired = _mostly_utf8(data, first_bad)
    if repaired is not None:
        return Decoded(repaired[0], "utf-8", (*warnings, repaired[1]))
    codec = _detect(data)
    if codec is None:
        raise SourceError(
            f"{origin}: cannot tell the text encoding: it is not UTF-8 (byte "
            f"0x{data[first_bad]:02x} at offset {first_bad}) and no other encoding fits "
            "(save the file as UTF-8)"
        )
    return _result(data.decode(codec), codec, warnings, how="detected")


def _mostly_utf8(data: bytes, first_bad: int) -> tuple[str, str] | None:
    """UTF-8 with U+FFFD for each bad sequence, and the warning, if the bytes are mostly UTF-8."""
    text = data.decode("utf-8", "replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    # Code points above U+007F that are not the replacements: valid multi-byte characters.
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count(_REPLACEMENT)
    if valid < bad or not valid:
        return None  # more bad bytes than UTF-8 characters: a legacy codec is the likelier reading
    count = "1 bad byte sequence" if bad == 1 else f"{bad} bad byte sequences in all"
    return text, (
        f"invalid UTF-8 at offset {first_bad} (byte 0x{data[first_bad]:02x}; {count}, "
        "each replaced with U+FFFD)"
    )


def _strict(data: bytes, codec: str, origin: str, *, how: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{origin}: starts with a {codec} byte-order mark but is not valid {codec} "
            f"(at byte {exc.start}; save the file as UTF-8)"
        ) from None
    return _result(text, codec, [], how=how)


def _result(text: str, codec: str, warnings: list[str], *, how: str) -> Decoded:
    if not codec.startswith("utf-8"):
        warnings.append(f"not UTF-8: decoded as {codec} ({how})")
    return Decoded(text, codec, tuple(warnings))


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _prefer_cp1252(data: bytes, codec: str) -> str:
    # Bytes 0x80-0x9F are invisible control characters in Latin-1 but curly quotes, dashes
    # and the euro sign in cp1252; files labelled Latin-1 that use them are really cp1252.
    if codec in _LATIN1 and _C1.search(data):
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return codec
        return "cp1252"
    return codec


def _detect(data: bytes) -> str | None:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return _fits(data, "cp1252")
    best = matches[0]
    # Detection on short texts ties cp1252 with cp1250/cp852/mac_*; for news copy cp1252 is
    # by far the likelier source, so take it whenever it reads as cleanly as the best guess.
    for match in matches:
        if match.chaos <= best.chaos + _CHAOS_SLACK and "cp1252" in match.could_be_from_charset:
            return _fits(data, "cp1252") or _codec(best.encoding)
    codec = _codec(best.encoding)
    return None if codec is None else _prefer_cp1252(data, codec)


def _fits(data: bytes, codec: str) -> str | None:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec
