"""Reading the evaluation corpora: JSONL records, file digests, quick subsets, overlaps.

The corpora live outside the repository (two are licensed for non-commercial use only) in
`/work/shared/eval/` or wherever `CLAIMDIFF_EVAL_DATA` points; see that folder's README.md.
Nothing here copies them anywhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(os.environ.get("CLAIMDIFF_EVAL_DATA", "/work/shared/eval"))

Record = dict[str, Any]


class Corpus:
    """Reads corpus files under one root and remembers the digest of every file it read."""

    def __init__(self, root: Path = DEFAULT_DATA) -> None:
        """Point at a corpus root; raises FileNotFoundError naming the fix if it is missing."""
        if not (root / "README.md").is_file():
            raise FileNotFoundError(
                f"{root}: evaluation data not found (set CLAIMDIFF_EVAL_DATA or pass --data)"
            )
        self.root = root
        self.digests: dict[str, str] = {}
        self._cache: dict[str, list[Record]] = {}

    def read(self, relpath: str) -> list[Record]:
        """All records of one JSONL file, e.g. `msrp/pairs.jsonl` (cached, digest recorded)."""
        if relpath not in self._cache:
            path = self.root / relpath
            data = path.read_bytes()
            self.digests[relpath] = hashlib.sha256(data).hexdigest()[:12]
            self._cache[relpath] = [
                json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()
            ]
        return self._cache[relpath]


def first_per(
    records: Iterable[Record], key: Callable[[Record], Hashable], n: int | None
) -> list[Record]:
    """Keep the first `n` records of each key value, in file order (all when n is None).

    This is how `--quick` takes a fixed, deterministic subset: no sampling, no seed.
    """
    if n is None:
        return list(records)
    seen: dict[Hashable, int] = {}
    kept = []
    for record in records:
        k = key(record)
        if seen.get(k, 0) < n:
            seen[k] = seen.get(k, 0) + 1
            kept.append(record)
    return kept


def normalise_text(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced text, to match pairs across corpora.

    iSTS headlines are tokenised ("Demjanjuk , convicted") and STS-B's are not, so matching
    needs to ignore punctuation and spacing.
    """
    return re.sub(r"\W+", " ", text.lower()).strip()


def pair_key(a: str, b: str) -> frozenset[str]:
    """An order-free key for a text pair."""
    return frozenset((normalise_text(a), normalise_text(b)))


def stsb_leaking_ids(corpus: Corpus) -> dict[str, set[str]]:
    """STS-B pair ids that also occur in a test split we report (MSRP test, iSTS test).

    Thresholds fit on STS-B must leave these out, or the MSRP and iSTS test figures would
    measure data the thresholds were fit on (all STS-B `MSRpar` pairs are MSRP pairs, and
    STS-B `headlines` share a pool with iSTS).
    """
    msrp_test = {pair_key(r["a"], r["b"]) for r in corpus.read("msrp/pairs.jsonl")
                 if r["split"] == "test"}
    ists_test = {pair_key(r["a"], r["b"]) for r in corpus.read("ists_headlines/pairs.jsonl")
                 if r["split"] == "test"}
    leaks: dict[str, set[str]] = {"msrp_test": set(), "ists_test": set()}
    for r in corpus.read("stsb/pairs.jsonl"):
        key = pair_key(r["a"], r["b"])
        if key in msrp_test:
            leaks["msrp_test"].add(r["id"])
        if key in ists_test:
            leaks["ists_test"].add(r["id"])
    return leaks
