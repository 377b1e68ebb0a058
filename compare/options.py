"""Options: every tunable with its default, validated once."""

from __future__ import annotations

from dataclasses import dataclass

from compare.errors import OptionsError

FORMATS = ("table", "markdown", "json", "checklist")


@dataclass(frozen=True, slots=True)
class Options:
    """Every knob of a comparison. The CLI and the API build it the same way.

    Attributes:
        threshold: minimum alignment score (0..1) for two claims to be compared at all.
        agree_threshold: score at or above which an aligned pair with no conflict is AGREE
            (below it, PARTIAL).
        semantic: add the embedding signal to alignment (needs the `semantic` extra).
        max_bytes: size cap for any one source, file or URL.
        timeout: seconds for a URL fetch (connect and read).
    """

    threshold: float = 0.64
    agree_threshold: float = 0.85
    semantic: bool = False
    max_bytes: int = 25 * 1024 * 1024
    timeout: float = 20.0

    def __post_init__(self) -> None:
        for name in ("threshold", "agree_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise OptionsError(f"{name} must be between 0 and 1, got {value}")
        if self.max_bytes <= 0:
            raise OptionsError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.timeout <= 0:
            raise OptionsError(f"timeout must be positive, got {self.timeout}")
