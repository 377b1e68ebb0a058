"""The command line: reports on stdout, one-line errors on stderr, documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from compare.cli import cli, main
from conftest import SRC_000, SRC_001

A, B = str(SRC_000), str(SRC_001)


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the real entry point (with its error mapping) and return (status, stdout, stderr)."""
    r = CliRunner().invoke(_entry, list(args), input=input)
    return r.exit_code, r.stdout, r.stderr


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def _entry(ctx: click.Context) -> None:
    main(ctx.args)


def test_compare_table_default() -> None:
    """The default report is a table with the Wallace agreement and a closing summary line."""
    status, out, err = run("compare", A, B, "--no-color")
    assert status == 0, err
    assert "Wallace" in out
    assert max(len(line) for line in out.splitlines()) <= 80  # fits the (runner's) terminal width
    summary = " ".join(out.splitlines()[-2:])
    assert "diverge" in summary and "agree" in summary and "unique to ITV News" in summary


@pytest.mark.parametrize("fmt", ["markdown", "json", "checklist", "table"])
def test_every_format_renders(fmt: str) -> None:
    """Every --format value renders the bundled pair to stdout with nothing on stderr."""
    status, out, err = run("compare", A, B, "--format", fmt)
    assert status == 0 and out.strip() and not err


def test_json_contract() -> None:
    """The JSON report carries the schema version, both sources, claims with spans and findings."""
    status, out, _ = run("compare", A, B, "--format", "json")
    data = json.loads(out)
    assert data["schema_version"] == "1"
    assert [s["id"] for s in data["sources"]] == ["s1", "s2"]
    assert data["sources"][0]["date"] == "2022-02-21" and data["sources"][1]["label"] == "ITV News"
    text = {"s1": SRC_000.read_text(encoding="utf-8"), "s2": SRC_001.read_text(encoding="utf-8")}
    for c in data["claims"]:
        assert text[c["source"]][c["start"]:c["end"]] == c["text"]
    verdicts = {f["verdict"] for f in data["findings"]}
    assert {"agree", "diverge", "unique"} <= verdicts


def test_output_file_and_labels(tmp_path: Path) -> None:
    """-o writes the report to a file, says so on stderr, and --label-a names the first source."""
    out_file = tmp_path / "report.md"
    status, out, err = run("compare", A, B, "-f", "markdown", "-o", str(out_file), "--label-a", "The National")
    assert status == 0 and out == ""
    assert "wrote" in err
    assert "The National" in out_file.read_text(encoding="utf-8")


def test_stdin_source() -> None:
    """'-' reads a source from stdin."""
    status, out, _ = run("compare", "-", B, "-f", "json", input=SRC_000.read_bytes())
    assert status == 0
    assert json.loads(out)["sources"][0]["origin"] in ("-", "<stdin>")


def test_claims_command_json() -> None:
    """`claims --format json` shows one source's sentences with roles and facts, and no findings."""
    status, out, _ = run("claims", B, "--format", "json")
    data = json.loads(out)
    assert status == 0 and data["findings"] == [] and len(data["sources"]) == 1
    roles = {c["role"] for c in data["claims"]}
    assert {"headline", "caption", "body"} <= roles
    assert any(f["type"] == "quote" and f.get("speaker") == "Ben Wallace"
               for c in data["claims"] for f in c["facts"])


def test_relate_pair() -> None:
    """`relate` judges two statements and prints verdict, score and reasons as JSON."""
    status, out, _ = run("relate", "Belarus borders Ukraine to the north.", "Belarus borders Ukraine to the south.")
    data = json.loads(out)
    assert status == 0 and data["verdict"] == "diverge"
    assert data["reasons"][0]["kind"] == "direction"


def test_relate_pairs_jsonl(tmp_path: Path) -> None:
    """`relate --pairs` reads JSONL and writes one verdict line per input line, ids kept."""
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        json.dumps({"id": "x1", "a": "Russia said it had killed five intruders.", "b": "Russia said it had killed five intruders."}) + "\n"
        + json.dumps({"id": "x2", "a": "Prices rose sharply in May.", "b": "Prices fell sharply in May."}) + "\n",
        encoding="utf-8",
    )
    status, out, _ = run("relate", "--pairs", str(pairs))
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [r["id"] for r in rows] == ["x1", "x2"]
    assert rows[0]["verdict"] == "agree" and rows[1]["verdict"] == "diverge"
    assert set(rows[0]) == {"id", "verdict", "score", "signals", "reasons"}
    assert rows[0]["signals"]["similarity"] == rows[0]["score"] and 0 <= rows[1]["signals"]["equivalence"] <= 1


def test_relate_pairs_bad_line(tmp_path: Path) -> None:
    """A malformed JSONL line names the file and line number, status 1."""
    pairs = tmp_path / "bad.jsonl"
    pairs.write_text('{"id": 1, "a": "x"}\n', encoding="utf-8")
    status, _, err = run("relate", "--pairs", str(pairs))
    assert status == 1 and "bad.jsonl:1" in err


def test_version_and_help() -> None:
    """--version prints the version; --help lists the three commands."""
    runner = CliRunner()
    assert "claimdiff" in runner.invoke(cli, ["--version"]).output
    help_text = runner.invoke(cli, ["--help"]).output
    assert all(cmd in help_text for cmd in ("compare", "claims", "relate"))
