"""Shared fixtures: the bundled sample pair, loaded and compared once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import compare

ROOT = Path(__file__).resolve().parents[1]
SRC_000 = ROOT / "sources" / "000_4a82e88ad2850e87.txt"
SRC_001 = ROOT / "sources" / "001_b2086199f1fced57.txt"


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
