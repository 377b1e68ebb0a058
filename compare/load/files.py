"""Reading raw bytes from a file path or stdin, with clear errors and the size cap."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from compare.errors import SourceError
from compare.load.common import MEDIA_TYPES, SUPPORTED_LONG, cap_fix, human_size, one_line


def media_type_for(path: Path, spec: str) -> str:
    """The media type a file's extension implies.

    Raises:
        SourceError: the extension is not one claimdiff reads.
    """
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise SourceError(f"{spec}: unsupported file type {suffix!r} (supported: {SUPPORTED_LONG})")
    return MEDIA_TYPES[suffix]


def read_file(path: Path, spec: str, max_bytes: int) -> bytes:
    """Read a whole file, refusing missing paths, folders, unreadable files and big files.

    Args:
        path: the file.
        spec: the path as the user wrote it, for messages.
        max_bytes: the size cap.

    Raises:
        SourceError: naming the path and the problem.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceError(f"{spec}: no such file (check the path)") from None
    except OSError as exc:
        raise SourceError(f"{spec}: cannot read: {_reason(exc)} (check the path)") from None
    if path.is_dir():
        raise SourceError(f"{spec}: is a directory (give a file inside it)")
    if info.st_size > max_bytes:
        raise SourceError(_too_big(spec, info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            # One byte over the cap tells us the file grew past it since stat().
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise SourceError(f"{spec}: permission denied (check the file's permissions)") from None
    except OSError as exc:
        raise SourceError(f"{spec}: cannot read: {_reason(exc)} (check the file)") from None
    if len(data) > max_bytes:
        raise SourceError(_too_big(spec, None, max_bytes))
    return data


def read_stream(stream: BinaryIO, spec: str, max_bytes: int) -> bytes:
    """Read a binary stream (stdin) up to the size cap.

    Raises:
        SourceError: the stream is over the cap or cannot be read.
    """
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(f"{spec}: cannot read: {_reason(exc)} (pipe text into stdin)") from None
    if len(data) > max_bytes:
        raise SourceError(_too_big(spec, None, max_bytes))
    return data


def _too_big(spec: str, size: int | None, max_bytes: int) -> str:
    what = f"is {human_size(size)}, " if size is not None else "is "
    return f"{spec}: {what}larger than the {human_size(max_bytes)} cap ({cap_fix()})"


def _reason(exc: OSError) -> str:
    return one_line(exc.strerror or os.strerror(exc.errno or 0) or type(exc).__name__)
