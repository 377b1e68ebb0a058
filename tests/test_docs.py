"""The docs stay true to the code: every CLI option is documented, the README commands are the CI's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import compare
from compare.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", [[], ["compare"], ["claims"], ["relate"]])
def test_every_help_option_is_in_cli_docs(command: list[str]) -> None:
    """Each --option that --help prints appears in docs/cli.md."""
    help_text = CliRunner().invoke(cli, [*command, "--help"]).output
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for option in set(re.findall(r"--[a-z][a-z-]+", help_text)):
        assert option in documented, option


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run contains the README's test command verbatim."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    test_cmd = next(b for b in blocks if "pytest" in b)
    assert test_cmd in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_cli_docs_show_current_defaults() -> None:
    """Every default that --help prints is the one docs/cli.md shows (regenerate: bench/make_cli_docs.sh)."""
    documented = " ".join((ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    for command in (["compare"], ["claims"], ["relate"]):
        help_text = " ".join(CliRunner().invoke(cli, [*command, "--help"]).output.split())
        for default in re.findall(r"\[default: [^\]]+\]", help_text):
            assert default in documented, (command, default)


def test_readme_sample_output_is_the_real_output(pair: compare.Comparison) -> None:
    """The README's summary line, counts row and Python example lines are what the bundled pair gives."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = compare.render(pair, "table", width=100)
    summary = table.splitlines()[-1]
    assert summary in readme, summary
    markdown = compare.render(pair, "markdown")
    counts = next(line for line in markdown.splitlines() if line.startswith("| ") and line[2].isdigit())
    assert counts in readme, counts
    real = set()
    for f in pair.findings:
        if f.verdict is compare.Verdict.DIVERGE:
            hard = [(r.kind.value, r.a, r.b) for r in f.reasons if r.kind.value != "detail"]
            real.add(f"{f.verdict.value} {f.claims} {hard}")
    shown = {line for line in readme.splitlines() if line.startswith("diverge ('s")}
    assert shown == real, (shown - real, real - shown)
