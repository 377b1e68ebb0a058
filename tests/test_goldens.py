"""Golden files: the Markdown, checklist and table reports for the bundled pair, byte for byte.

A change in any stage (segmentation, facts, alignment, judge, renderers) shows up here as a diff
of the report a reviewer would read. When the change is intended, rewrite the files and review
the diff like code:

    CLAIMDIFF_UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_goldens.py
    git diff tests/goldens/
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import compare
from compare.model import Comparison

ROOT = Path(__file__).resolve().parents[1]
GOLDENS = ROOT / "tests" / "goldens"
UPDATE = os.environ.get("CLAIMDIFF_UPDATE_GOLDENS", "") not in ("", "0")
REGENERATE = "CLAIMDIFF_UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_goldens.py"
DIFF_LINES = 60
TABLE_WIDTH = 100

# format -> golden file; the table is pinned at a fixed width and without colour.
CASES = {
    "markdown": "000-vs-001.markdown.md",
    "checklist": "000-vs-001.checklist.md",
    "table": "000-vs-001.table.txt",
}


@pytest.fixture(scope="module")
def pair_as_cli_sees_it() -> Iterator[Comparison]:
    """The bundled pair loaded by relative path from the repository root, as the README runs it.

    Relative paths keep the origins in the reports the same on every machine.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        a = compare.load_source("sources/000_4a82e88ad2850e87.txt", source_id="s1")
        b = compare.load_source("sources/001_b2086199f1fced57.txt", source_id="s2")
        yield compare.compare_sources(a, b)


def _diff(expected: str, actual: str, name: str) -> str:
    lines = list(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"tests/goldens/{name}",
            tofile=f"{name} (now)",
        )
    )
    shown = "".join(lines[:DIFF_LINES])
    more = f"\n... {len(lines) - DIFF_LINES} more diff lines" if len(lines) > DIFF_LINES else ""
    return shown + more


@pytest.mark.parametrize("fmt", sorted(CASES))
def test_report_matches_golden(fmt: str, pair_as_cli_sees_it: Comparison) -> None:
    """The report for the bundled pair is exactly the reviewed golden file."""
    name = CASES[fmt]
    path = GOLDENS / name
    actual = compare.render(pair_as_cli_sees_it, fmt, width=TABLE_WIDTH, color=False)
    if UPDATE:
        GOLDENS.mkdir(exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"tests/goldens/{name} is missing; create it with: {REGENERATE}")
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        pytest.fail(
            f"the {fmt} report differs from tests/goldens/{name}:\n"
            f"{_diff(expected, actual, name)}\n"
            f"If the change is intended, regenerate with `{REGENERATE}` and review "
            "`git diff tests/goldens/`.",
            pytrace=False,
        )


def test_goldens_are_all_in_use() -> None:
    """Every file in tests/goldens/ belongs to a case, so a stale golden cannot linger."""
    present = {p.name for p in GOLDENS.iterdir() if p.name != "README.md"}
    assert present == set(CASES.values())
