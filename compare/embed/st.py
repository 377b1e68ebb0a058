"""A sentence-transformers model folder of your own (needs sentence-transformers and torch).

Never the default: torch pulls gigabytes. The folder is loaded offline (no hub look-ups).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compare.errors import MissingExtra, ModelError

if TYPE_CHECKING:
    from compare.embed import Matrix


class SentenceTransformerEmbedder:
    """Wraps `sentence_transformers.SentenceTransformer(path)`; vectors L2-normalised."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingExtra(
                f"{str(path)!r} is a sentence-transformers model; it needs "
                "`pip install sentence-transformers` (and torch), or export it to ONNX"
            ) from exc
        try:
            self._model: Any = SentenceTransformer(str(path), device="cpu")
        except Exception as exc:  # the library raises many types for a bad folder
            raise ModelError(f"sentence-transformers cannot load {str(path)!r}: {exc}") from exc
        self._name = path.name

    @property
    def name(self) -> str:
        return self._name

    def embed(self, texts: Sequence[str]) -> Matrix:
        import numpy as np

        vectors = self._model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        out: Matrix = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
        return out
