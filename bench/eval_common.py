"""Shared pieces of the evaluation harness: the table row, the run context, quick sizes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench import eval_systems as systems
from bench.eval_data import Corpus

# --quick: first N records per split (MSRP), per split×genre (STS-B), per split×label (SICK),
# of the test split (iSTS), per sub-topic (ECB+ doc pairs: ~150 train, 60 test, 48 dev).
QUICK = {"msrp": 200, "stsb": 100, "sick": 100, "ists": 100, "ecbplus": 3}
@dataclass(frozen=True, slots=True)
class Row:
    """One line of the results table; `key` names the figure for quality-gate floors."""

    part: str
    split: str
    metric: str
    claimdiff: Any
    baseline: Any = None
    target: str = ""
    status: str = ""
    n: int | None = None
    key: str = ""


@dataclass(slots=True)
class Context:
    """What every part needs: the corpus, the system under test and the run mode."""

    corpus: Corpus
    system: str  # systems.CLAIMDIFF or systems.STAND_IN, or "" when the API is missing
    workers: int
    quick: bool
    semantic: bool = False  # the configuration with the embedding signal (the `semantic` extra)

    def limit(self, part: str) -> int | None:
        """Records per group in --quick mode; None (everything) otherwise."""
        return QUICK[part] if self.quick else None

    def relate(self, pairs: list[tuple[str, str]], threshold: float | None = None
               ) -> list[tuple[str, float]]:
        """(verdict, score) for each pair from the system under test."""
        tasks = [(a, b, threshold, self.semantic) for a, b in pairs]
        return systems.pool_map(self.system, systems.relate_task, tasks, self.workers)


def met(ok: bool | None) -> str:
    """Status cell text."""
    return "" if ok is None else ("met" if ok else "MISSED")


def lexical_scores(pairs: list[tuple[str, str]]) -> list[float]:
    """The rapidfuzz token_set_ratio baseline for each pair, in 0..1."""
    return [systems.lexical(a, b) for a, b in pairs]
