"""Reliability: big sources compare in bounded time and memory; the size cap refuses bigger ones."""

from __future__ import annotations

import io
import json
import random
import sys
import time
from pathlib import Path

import pytest
from conftest import SRC_000 as SOURCE_000
from conftest import SRC_001 as SOURCE_001
from conftest import assert_one_line, run_cli

import compare
from compare.checks import check_claims, check_comparison
from compare.errors import SourceError
from compare.load import load_source
from compare.model import Verdict
from compare.options import Options
from compare.pipeline import read_source

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import bench_large  # noqa: E402  (the builder bench/bench_large.py times at 20 MB)


def test_size_cap_names_the_cap_and_the_fix(tmp_path: Path) -> None:
    """A file over max_bytes is refused, naming the cap and how to raise it."""
    spec = str(SOURCE_001)
    with pytest.raises(SourceError) as error:
        load_source(spec, options=Options(max_bytes=4096))
    message = assert_one_line(error, spec)
    assert "larger than the 4 KB cap" in message and "--max-bytes" in message
    assert load_source(spec, options=Options(max_bytes=8283)).text  # exactly at the cap is fine


def test_stdin_over_cap() -> None:
    """Stdin longer than max_bytes is refused."""
    with pytest.raises(SourceError) as error:
        load_source("-", stdin=io.BytesIO(SOURCE_001.read_bytes()), options=Options(max_bytes=1000))
    assert "larger than the 1000 bytes cap" in assert_one_line(error, "<stdin>")


def test_url_default_cap_is_in_megabytes() -> None:
    """The default cap reads as '25 MB' in messages."""
    from compare.load.common import human_size

    assert human_size(Options().max_bytes) == "25 MB"


# --- the cap is configurable, on the command line too --------------------------------------


def test_default_cap_refuses_a_bigger_file_without_reading_it(tmp_path: Path) -> None:
    """A file over the 25 MB default is refused from its size alone (a sparse 26 MB file here)."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    with pytest.raises(SourceError) as error:
        load_source(str(path))
    assert "is 26 MB, larger than the 25 MB cap" in assert_one_line(error, str(path))


@pytest.mark.parametrize("command", ["compare", "claims"])
def test_max_bytes_option(command: str) -> None:
    """--max-bytes lowers the cap for `compare` and `claims`: over it, one line and status 1."""
    extra = [str(SOURCE_000)] if command == "compare" else []
    status, out, err = run_cli(command, str(SOURCE_001), *extra, "--max-bytes", "4096")
    assert (status, out) == (1, "")
    assert err.startswith(f"claimdiff: error: {SOURCE_001}: is 8.09 KB, larger than the 4 KB cap")
    assert "--max-bytes" in err and err.count("\n") == 1
    status, out, _ = run_cli(command, str(SOURCE_001), *extra, "--max-bytes", "9000", "-f", "json")
    assert status == 0 and json.loads(out)["claims"]


# --- long lines and big sources finish in bounded time -------------------------------------


def _single_line(size: int, *, punctuation: bool) -> str:
    words = SOURCE_001.read_text(encoding="utf-8").split()
    rng = random.Random(size)
    line = " ".join(rng.choice(words) for _ in range(size // 5))[:size]
    return line if punctuation else line.translate(str.maketrans("", "", ".!?"))


def _check_long_line(tmp_path: Path, size: int, *, punctuation: bool) -> float:
    text = _single_line(size, punctuation=punctuation)
    spec = str(tmp_path / "line.txt")
    Path(spec).write_text(text, encoding="utf-8")
    started = time.perf_counter()
    source = load_source(spec)
    claims = read_source(source)
    elapsed = time.perf_counter() - started
    check_claims(source, list(claims))
    assert max(len(c.text) for c in claims) <= 3000  # no sentence is longer than the segmenter's cap
    return elapsed


@pytest.mark.parametrize("punctuation", [True, False], ids=["punctuated", "unpunctuated"])
def test_100_kb_single_line(tmp_path: Path, punctuation: bool) -> None:
    """A 100 KB text on one line, with or without sentence punctuation, is read whole."""
    _check_long_line(tmp_path, 100_000, punctuation=punctuation)


@pytest.mark.slow
@pytest.mark.parametrize("punctuation", [True, False], ids=["punctuated", "unpunctuated"])
def test_1_mb_single_line(tmp_path: Path, punctuation: bool) -> None:
    """A 1 MB text on one line is read whole in reasonable time (no quadratic blow-up)."""
    assert _check_long_line(tmp_path, 1_000_000, punctuation=punctuation) < 300


def _compare_large(tmp_path: Path, size: int) -> compare.Comparison:
    spec = tmp_path / "large.txt"
    spec.write_text(bench_large.build(size, seed=1), encoding="utf-8")
    a = load_source(str(spec), source_id="s1", options=Options(max_bytes=2 * size))
    b = load_source(str(SOURCE_001), source_id="s2")
    result = compare.compare_sources(a, b)
    check_comparison(result)
    assert len(result.claims) > size // 200  # about one claim per 160 characters of news text
    assert compare.render(result, "json").endswith("\n")
    return result


def test_256_kb_plain_text_compares(tmp_path: Path) -> None:
    """A 256 KB plain-text source (perturbed copies of real articles) compares and renders."""
    result = _compare_large(tmp_path, 256 * 1024)
    assert any(f.verdict is Verdict.AGREE for f in result.findings)


@pytest.mark.slow
def test_2_mb_plain_text_compares(tmp_path: Path) -> None:
    """A 2 MB plain-text source compares and renders (bench/bench_large.py goes to 20 MB)."""
    started = time.perf_counter()
    _compare_large(tmp_path, 2 * 1024 * 1024)
    assert time.perf_counter() - started < 600
