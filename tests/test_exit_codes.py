"""Exit codes: 0 ok, 1 input error, 2 usage, 3 divergence gate, 130 Ctrl-C; errors one line.

Most tests run the real entry point in-process (`run_cli`); the signal, traceback and pipe
tests run `python -m compare` in a subprocess, as a shell would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SRC_000, SRC_001, run_cli

import compare.cli
from compare.errors import ExitStatus

A, B = str(SRC_000), str(SRC_001)


def assert_one_error_line(err: str, needle: str = "") -> str:
    """Check stderr holds exactly one line, a claimdiff error naming `needle`, and no traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimdiff: error: ") and needle in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


def run_module(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run `python -m compare ARGS` and capture its output as text."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "compare", *args], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_exit_status_values() -> None:
    """The documented numbers are the ones the code uses."""
    assert [int(s) for s in ExitStatus] == [0, 1, 2, 3, 130]


# --- 0 and 3 ------------------------------------------------------------------------------


def test_ok_is_0_even_with_divergences() -> None:
    """A comparison that finds divergences still exits 0 without --fail-on-divergence."""
    status, out, err = run_cli("compare", A, B, "-f", "json")
    assert status == 0 and err == ""
    assert any(f["verdict"] == "diverge" for f in json.loads(out)["findings"])


def test_fail_on_divergence_exits_3() -> None:
    """--fail-on-divergence turns a found divergence into exit status 3."""
    status, _, _ = run_cli("compare", A, B, "--fail-on-divergence", "-f", "json")
    assert status == 3


def test_same_file_twice_never_fails_on_divergence() -> None:
    """A source against itself has no divergence, so the gate passes."""
    status, out, _ = run_cli("compare", A, A, "--fail-on-divergence", "-f", "json")
    assert status == 0
    assert {f["verdict"] for f in json.loads(out)["findings"]} == {"agree"}


# --- 1: input errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda p: p / "missing.txt", "missing.txt"),
        (lambda p: (p / "empty.txt").write_text("") or p / "empty.txt", "empty.txt"),
        (lambda p: (p / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00") and p / "bin.txt", "bin.txt"),
        (lambda p: (p / "notes.pdf").write_bytes(b"%PDF-1.4 hello") and p / "notes.pdf", "notes.pdf"),
    ],
    ids=["missing", "empty", "binary", "unsupported"],
)
def test_bad_input_is_one_line_exit_1(tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    """A missing, empty, binary or unsupported file gives one line on stderr, status 1, no traceback."""
    path = make(tmp_path)
    status, out, err = run_cli("compare", str(path), B)
    assert status == 1
    assert out == ""
    assert_one_error_line(err, needle)


def test_claims_bad_input_is_exit_1(tmp_path: Path) -> None:
    """`claims` maps input errors the same way: one line, status 1."""
    status, out, err = run_cli("claims", str(tmp_path / "nowhere.md"))
    assert (status, out) == (1, "")
    assert_one_error_line(err, "nowhere.md: no such file")


def test_unwritable_output_is_exit_1(tmp_path: Path) -> None:
    """A report that cannot be written names the file, status 1."""
    target = tmp_path / "no" / "such" / "dir" / "report.md"
    status, _, err = run_cli("compare", A, B, "-o", str(target))
    assert status == 1
    assert_one_error_line(err, "cannot write the report")


def test_url_failure_is_exit_1() -> None:
    """A URL that cannot be fetched is an input error: one line, status 1."""
    status, _, err = run_cli("compare", "http://127.0.0.1:9/article", B, "--timeout", "2")
    assert status == 1
    assert_one_error_line(err, "http://127.0.0.1:9/article: ")


def test_internal_error_is_one_line_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug (any unexpected exception) is still one line on stderr, status 1, no traceback."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("spans out of step\nsecond line")

    monkeypatch.setattr(compare.cli, "compare_sources", broken)
    status, out, err = run_cli("compare", A, B)
    assert (status, out) == (1, "")
    line = assert_one_error_line(err, "internal error: RuntimeError: spans out of step second line")
    assert "--debug" in line


# --- 2: usage errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["compare", A, B, "--threshold", "1.5"], "threshold must be between 0 and 1"),
        (["compare", A, B, "--format", "pdf"], "markdown"),
        (["compare", A], "Missing argument 'SOURCE_B'"),
        (["compare", A, B, "--bogus"], "No such option '--bogus'"),
        (["frobnicate"], "No such command 'frobnicate'"),
        (["compare", "-", "-"], "only one source can be read from stdin"),
        (["claims", A, "--max-bytes", "0"], "max_bytes must be positive"),
        (["relate", "one statement"], "give two texts"),
    ],
    ids=["threshold", "format", "missing-arg", "option", "command", "two-stdin", "max-bytes", "relate"],
)
def test_usage_error_is_one_line_exit_2(args: list[str], needle: str) -> None:
    """A usage error is one line naming the problem and the --help to read, status 2."""
    status, out, err = run_cli(*args)
    assert (status, out) == (2, "")
    line = assert_one_error_line(err, needle)
    assert line.endswith("--help')")


# --- 130 and --debug (subprocesses) -------------------------------------------------------

_READY = (
    "import sys; from compare.cli import main; "
    "sys.stderr.write('ready\\n'); sys.stderr.flush(); main()"
)


@pytest.mark.skipif(os.name != "posix", reason="SIGINT delivery to a child process")
def test_ctrl_c_while_reading_stdin_is_130() -> None:
    """SIGINT while claimdiff waits on stdin ends it with status 130 and one line, no traceback."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _READY, "compare", "-", B],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stderr is not None and proc.stderr.readline() == "ready\n"
        time.sleep(0.5)  # let main() reach the blocking read of stdin
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == ExitStatus.INTERRUPTED == 130
    assert out == ""
    assert err.strip() == "claimdiff: interrupted"


def test_debug_shows_the_traceback_and_keeps_the_status() -> None:
    """--debug prints the traceback before the one-line error; the exit status is unchanged."""
    plain = run_module("compare", "missing.txt", B)
    debug = run_module("--debug", "compare", "missing.txt", B)
    assert plain.returncode == debug.returncode == 1
    assert_one_error_line(plain.stderr, "missing.txt: no such file")
    assert debug.stderr.startswith("Traceback (most recent call last):")
    assert "compare.errors.SourceError: missing.txt: no such file" in debug.stderr
    assert debug.stderr.rstrip().endswith("claimdiff: error: missing.txt: no such file (check the path)")


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early")
def test_closed_stdout_pipe_is_quiet() -> None:
    """A reader that goes away early (`| head -1`) ends claimdiff quietly with status 0."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "compare", "compare", A, B, "-f", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert err == ""
