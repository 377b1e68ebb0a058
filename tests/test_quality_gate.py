"""Quality gate: the judge's figures on fixed evaluation subsets never fall below pinned floors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("CLAIMDIFF_EVAL_DATA", ROOT.parent / "shared" / "eval"))
FLOORS = json.loads((ROOT / "bench" / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Run the harness's quick mode once and read its keyed figures."""
    if not (DATA / "msrp" / "pairs.jsonl").exists():
        pytest.skip(f"evaluation corpora not found at {DATA} (set CLAIMDIFF_EVAL_DATA); the gate needs them")
    out = tmp_path_factory.mktemp("gate") / "figures.json"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate.py"), "--quick", "--configs", "default", "--data", str(DATA),
         "--json", str(out)],
        check=True, capture_output=True, cwd=ROOT, timeout=600,
    )
    data = json.loads(out.read_text(encoding="utf-8"))["figures"]
    return {k: v["claimdiff"] for k, v in data.items() if isinstance(v.get("claimdiff"), (int, float))}


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_metric_respects_floor(figures: dict[str, float], metric: str) -> None:
    """Each pinned metric stays at or above its floor (or at or below its ceiling)."""
    assert metric in figures, f"the harness no longer reports {metric}"
    bound = FLOORS[metric]
    value = figures[metric]
    if "min" in bound:
        assert value >= bound["min"], f"{metric} = {value:.4f} fell below its floor {bound['min']}"
    if "max" in bound:
        assert value <= bound["max"], f"{metric} = {value:.4f} rose above its ceiling {bound['max']}"
