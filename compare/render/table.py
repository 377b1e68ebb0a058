"""The terminal table: findings side by side, wrapped to fit the terminal, colour on request."""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Sequence

from tabulate import tabulate

from compare.model import (
    COMPARED_ROLES,
    Claim,
    Comparison,
    Entity,
    Fact,
    Finding,
    Hedge,
    Quantity,
    Quote,
    Role,
    Source,
    TimeExpr,
    Verdict,
)
from compare.render import register
from compare.render._shared import View, summary_line
from compare.render.escape import terminal

TABLE_FORMAT = "simple_grid"
MIN_COLUMN = 8  # below this a wrapped column is unreadable; we overflow instead
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_COLORS = {
    Verdict.DIVERGE: "\x1b[1;31m",
    Verdict.PARTIAL: "\x1b[33m",
    Verdict.AGREE: "\x1b[32m",
    Verdict.UNIQUE: "\x1b[36m",
}
_RESET = "\x1b[0m"


def _target_width(width: int | None) -> int:
    return width if width is not None else shutil.get_terminal_size().columns


def _wrap(text: str, width: int) -> str:
    """Wrap each line of a cell on its own, so deliberate line breaks survive."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width) or [""])
    return "\n".join(lines)


def _visible_width(table: str) -> int:
    return max((len(_ANSI.sub("", line)) for line in table.splitlines()), default=0)


def fit_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    weights: Sequence[float],
) -> str:
    """Render a grid table no wider than `width`, wrapping the flexible columns.

    Args:
        headers: column titles.
        rows: cell texts (may hold newlines); cells must already be terminal-safe.
        width: the widest line allowed.
        weights: one per column; 0 keeps a column at its natural width (short fields such as
            ids), a positive weight shares the remaining room in proportion.

    Returns:
        The table. If even `MIN_COLUMN`-wide flexible columns do not fit, lines overflow.
    """
    n = len(headers)
    overhead = 3 * n + 1  # simple_grid: "│ " + cell + " " per column, plus the closing border

    def natural(i: int) -> int:
        cells = [headers[i], *(row[i] for row in rows)]
        return max(len(_ANSI.sub("", line)) for cell in cells for line in cell.split("\n"))

    fixed = {i: natural(i) for i in range(n) if weights[i] == 0}
    flex = [i for i in range(n) if weights[i] > 0]
    room = max(width - overhead - sum(fixed.values()), MIN_COLUMN * len(flex))
    total = sum(weights[i] for i in flex) or 1.0
    widths = {i: max(MIN_COLUMN, int(room * weights[i] / total)) for i in flex}

    # Tabulate pads some columns beyond their content (header padding); rather than model its
    # rules, render, measure, and narrow the widest flexible column until the table fits.
    while True:
        cells = [
            [_wrap(str(row[i]), widths[i]) if i in widths else str(row[i]) for i in range(n)]
            for row in rows
        ]
        heads = [_wrap(h, widths[i]) if i in widths else h for i, h in enumerate(headers)]
        table: str = tabulate(cells, headers=heads, tablefmt=TABLE_FORMAT, disable_numparse=True)
        excess = _visible_width(table) - width
        widest = max(widths, key=lambda i: widths[i], default=None)
        if excess <= 0 or widest is None or widths[widest] <= MIN_COLUMN:
            return table
        widths[widest] = max(MIN_COLUMN, widths[widest] - excess)


def _claim_cell(view: View, ids: Sequence[str]) -> str:
    parts = []
    for cid in ids:
        claim = view.claims.get(cid)
        if claim is None:
            parts.append(f"[{cid}: not in this comparison]")
        else:
            parts.append(f"{terminal(claim.text)}\n[{cid} ¶{claim.paragraph + 1}]")
    return "\n".join(parts)


def _reason_cell(view: View, finding: Finding) -> str:
    if finding.verdict is Verdict.UNIQUE:
        labels = dict.fromkeys(view.label(view.source_of(c)) for c in finding.claims)
        return "only in " + ", ".join(terminal(label) for label in labels)
    lines = []
    for reason in finding.reasons:
        a = f"“{terminal(reason.a)}”" if reason.a else "(nothing)"
        b = f"“{terminal(reason.b)}”" if reason.b else "(nothing)"
        lines.append(f"{reason.kind.value}: {a} vs {b}\n{terminal(reason.explanation)}")
    return "\n".join(lines)


def _verdict_cell(finding: Finding, color: bool) -> str:
    name = finding.verdict.value
    if color and finding.verdict in _COLORS:
        name = f"{_COLORS[finding.verdict]}{name}{_RESET}"
    return f"{name}\n{finding.score:.2f}"


@register("table")
def render_table(
    comparison: Comparison, *, width: int | None = None, color: bool = False
) -> str:
    """The `table` format: one row per finding, divergences first, then a summary line.

    Args:
        comparison: the result to report.
        width: widest line allowed (default: the terminal's width).
        color: colour the verdicts with ANSI codes.

    Returns:
        The table, a note on claims not compared, and the one-line summary.
    """
    view = View.of(comparison)
    labels = [terminal(s.label) for s in comparison.sources[:2]]
    labels += ["source A", "source B"][len(labels) :]
    rows = []
    for finding in view.ordered():
        a, b = view.sides(finding)
        rows.append(
            [
                _verdict_cell(finding, color),
                _claim_cell(view, a),
                _claim_cell(view, b),
                _reason_cell(view, finding),
            ]
        )
    out = []
    if rows:
        headers = ["verdict", labels[0], labels[1], "reason"]
        out.append(fit_table(headers, rows, _target_width(width), (0, 3, 3, 2)))
    else:
        out.append("No claims were compared.")
    skipped = view.not_compared()
    if skipped:
        by_role = {r: sum(c.role is r for c in skipped) for r in Role if r not in COMPARED_ROLES}
        detail = ", ".join(f"{n} {r.value}" for r, n in by_role.items() if n)
        out.append(f"Not compared: {len(skipped)} sentences that are not article claims ({detail}).")
    out.append(summary_line(comparison, clean=terminal))
    # The summary is one line whenever it fits; in a narrow terminal wrapping beats overflow.
    fitted = [out[0], *(_wrap(line, _target_width(width)) for line in out[1:])]
    return "\n".join(fitted) + "\n"


def fact_summary(fact: Fact) -> str:
    """One line describing a fact for the claims table."""
    text = terminal(fact.text)
    if isinstance(fact, Quantity):
        extra = ", ".join(x for x in (fact.qualifier, fact.unit, fact.counted) if x)
        return f"quantity: {text} ({terminal(extra)})"
    if isinstance(fact, TimeExpr):
        return f"date: {text} ({fact.kind}{' → ' + fact.value if fact.value else ''})"
    if isinstance(fact, Quote):
        content = terminal(fact.content)
        content = content if len(content) <= 60 else content[:59] + "…"
        speaker = f" — {terminal(fact.speaker)}" if fact.speaker else " — speaker unknown"
        return f"quote: “{content}”{speaker}"
    if isinstance(fact, Entity):
        name = terminal(fact.canonical)
        return f"entity: {text}{'' if name == text else ' → ' + name} ({fact.kind})"
    if isinstance(fact, Hedge):
        return f"{fact.kind}: {text}"
    return terminal(str(fact))


def claims_table(source: Source, claims: Sequence[Claim], *, width: int | None = None) -> str:
    """One row per sentence of a source: id, role, paragraph, text, facts.

    Args:
        source: the source the claims come from.
        claims: its claims, in source order.
        width: widest line allowed (default: the terminal's width).

    Returns:
        The table followed by a count line.
    """
    rows = [
        [
            c.id,
            c.role.value,
            str(c.paragraph + 1),
            terminal(c.text),
            "\n".join(fact_summary(f) for f in c.facts),
        ]
        for c in claims
    ]
    headers = ["id", "role", "¶", "text", "facts"]
    compared = sum(c.role in COMPARED_ROLES for c in claims)
    count = f"{terminal(source.label)}: {len(claims)} sentences, {compared} compared claims (body and headline)."
    target = _target_width(width)
    if not rows:
        return _wrap(count, target) + "\n"
    return fit_table(headers, rows, target, (0, 0, 0, 3, 2)) + "\n" + _wrap(count, target) + "\n"
