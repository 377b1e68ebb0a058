"""Claim vectors for the aligner: each claim embedded once, cosines looked up or ranked in blocks."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from compare.embed import Embedder
from compare.model import Claim

if TYPE_CHECKING:
    from compare.embed import Matrix

_BLOCK = 2048  # rows of a at a time when ranking: a 2048 × n float32 block, never n × m
_CACHE_SIZE = 30_000  # vectors kept per process (1.5 KB each): a claim seen again is not re-embedded
_cache: OrderedDict[tuple[str, str], Matrix] = OrderedDict()


def embed_cached(texts: Sequence[str], embedder: Embedder) -> Matrix:
    """`embedder.embed(texts)`, reusing vectors of texts embedded earlier in this process."""
    import numpy as np

    missing = sorted({t for t in texts if (embedder.name, t) not in _cache})
    if missing:
        for text, vector in zip(missing, embedder.embed(missing), strict=True):
            _cache[(embedder.name, text)] = vector
    rows = []
    for t in texts:
        _cache.move_to_end((embedder.name, t))
        rows.append(_cache[(embedder.name, t)])
    while len(_cache) > max(_CACHE_SIZE, len(texts)):
        _cache.popitem(last=False)
    if not rows:
        return embedder.embed([])
    out: Matrix = np.stack(rows)
    return out


class ClaimVectors:
    """Unit vectors of a set of claims, by claim id."""

    def __init__(self, ids: Sequence[str], matrix: Matrix) -> None:
        self._row = {cid: k for k, cid in enumerate(ids)}
        self._m = matrix

    @classmethod
    def of(cls, claims: Sequence[Claim], embedder: Embedder) -> ClaimVectors:
        """Embed every claim once (batched, length-sorted by the embedder)."""
        return cls([c.id for c in claims], embed_cached([c.text for c in claims], embedder))

    def cosine(self, a: str, b: str) -> float:
        """Cosine of two claims' vectors, clipped to 0..1 (opposite directions carry no signal)."""
        value = float(self._m[self._row[a]] @ self._m[self._row[b]])
        return min(1.0, max(0.0, value))

    def nearest(self, ids_a: Sequence[str], ids_b: Sequence[str], k: int, floor: float) -> list[tuple[int, int]]:
        """For each a-claim, its k nearest b-claims with cosine ≥ floor, as index pairs, and vice versa.

        Computed in blocks, so memory stays O(block × len(ids_b)) however long the sources are.
        """
        import numpy as np

        if not ids_a or not ids_b or k <= 0:
            return []
        ma = self._m[[self._row[c] for c in ids_a]]
        mb = self._m[[self._row[c] for c in ids_b]]
        out: set[tuple[int, int]] = set()
        best_for_b = np.full((len(ids_b), k), -1.0, dtype=np.float32)
        arg_for_b = np.full((len(ids_b), k), -1, dtype=np.int64)
        kk = min(k, len(ids_b))
        for start in range(0, len(ids_a), _BLOCK):
            block = ma[start:start + _BLOCK] @ mb.T  # rows: a, columns: b
            top = np.argpartition(-block, kk - 1, axis=1)[:, :kk]
            for r, cols in enumerate(top):
                for j in cols:
                    if block[r, j] >= floor:
                        out.add((start + r, int(j)))
            # running top-k per b over the blocks seen so far
            kb = min(k, block.shape[0])
            top_b = np.argpartition(-block, kb - 1, axis=0)[:kb, :]
            cand = np.concatenate([best_for_b.T, np.take_along_axis(block, top_b, axis=0)])
            cand_arg = np.concatenate([arg_for_b.T, top_b + start])
            keep = np.argsort(-cand, axis=0, kind="stable")[:k, :]
            best_for_b = np.take_along_axis(cand, keep, axis=0).T
            arg_for_b = np.take_along_axis(cand_arg, keep, axis=0).T
        for j in range(len(ids_b)):
            for value, i in zip(best_for_b[j], arg_for_b[j], strict=True):
                if i >= 0 and value >= floor:
                    out.add((int(i), j))
        return sorted(out)
