"""Errors: one base class, one subclass per failure domain, and the exit statuses."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes, mapped here and nowhere else."""

    OK = 0
    INPUT_ERROR = 1
    USAGE = 2
    DIVERGENCE = 3  # only with --fail-on-divergence
    INTERRUPTED = 130


class ClaimdiffError(Exception):
    """Base class of every error claimdiff reports as a one-line message."""

    exit_status: ExitStatus = ExitStatus.INPUT_ERROR


class SourceError(ClaimdiffError):
    """A source cannot be read or decoded, or its type is not supported."""


class FetchError(SourceError):
    """A URL could not be fetched (status, timeout, size cap, scheme, redirects)."""


class EmptySource(SourceError):
    """A source was read but holds no text to compare."""


class OptionsError(ClaimdiffError):
    """An option has an invalid value."""

    exit_status = ExitStatus.USAGE


class MissingExtra(ClaimdiffError):
    """A feature needs an optional extra that is not installed."""


class ModelError(ClaimdiffError):
    """An embedding model cannot be loaded: missing, corrupted (hash mismatch) or unusable."""
