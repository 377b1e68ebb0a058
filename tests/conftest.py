"""Shared fixtures: the bundled sample pair, loader helpers, hypothesis profiles, slow tests.

Hypothesis: `HYPOTHESIS_PROFILE=long pytest tests/test_invariants.py` runs the property tests
with many more examples (see docs/reliability.md); CI uses the bounds written in each test.
Tests marked `slow` (multi-megabyte inputs) are skipped unless `--run-slow` is given.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

import compare
from compare.cli import main

ROOT = Path(__file__).resolve().parents[1]
SRC_000 = ROOT / "sources" / "000_4a82e88ad2850e87.txt"
SRC_001 = ROOT / "sources" / "001_b2086199f1fced57.txt"
LOAD_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "load"
ARTICLE_HTML = LOAD_FIXTURES / "article.html"

# Real reporting with curly quotes and a pound sign: what cp1252 files mangle most often.
POUND_PARAGRAPH = (
    "The UK has frozen the assets of five Russian banks, and ministers said the first "
    "sanctions package was worth more than £1.2bn. Boris Johnson called it the “first "
    "barrage” of measures, adding: “We’re ready to go further.”\n"  # noqa: RUF001 - real typography
)

settings.register_profile(
    "long", max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """--run-slow: also run the tests marked slow."""
    parser.addoption("--run-slow", action="store_true", help="run tests marked slow (large inputs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip tests marked slow unless --run-slow was given."""
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def assert_one_line(error: pytest.ExceptionInfo[BaseException], spec: str) -> str:
    """Check an error message is one line naming the input, and return it."""
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(f"{spec}: ")
    return message


def write(tmp_path: Path, name: str, data: bytes) -> str:
    """Write bytes to a file in tmp_path and return its path as a string."""
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.fixture(scope="session")
def pair() -> compare.Comparison:
    """000 (undated outlet, 2022-02-21) as s1 against 001 (ITV News) as s2."""
    a = compare.load_source(str(SRC_000), source_id="s1")
    b = compare.load_source(str(SRC_001), source_id="s2")
    return compare.compare_sources(a, b)


@pytest.fixture(scope="session")
def pair_reversed() -> compare.Comparison:
    """The same two sources the other way round."""
    a = compare.load_source(str(SRC_001), source_id="s1")
    b = compare.load_source(str(SRC_000), source_id="s2")
    return compare.compare_sources(a, b)


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def _entry(ctx: click.Context) -> None:
    main(ctx.args)


def run_cli(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:  # noqa: A002
    """Run the real entry point (with its error mapping); return (status, stdout, stderr)."""
    result = CliRunner().invoke(_entry, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr
