"""The Markdown report: sources, counts, divergences with word diffs, then everything else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.model import Claim, Comparison, Finding, Reason, Verdict
from compare.render import register
from compare.render._shared import View, counts, diff_words, kind_rank, where
from compare.render.escape import markdown as esc
from compare.render.escape import table_cell

TOP_CONFLICTS = 5  # divergences listed in the header


def word_diff(a: str, b: str) -> str:
    """A word-level diff of two texts as Markdown: `~~removed~~ **added**`, rest as is.

    Args:
        a: the first source's wording (raw).
        b: the second source's wording (raw).

    Returns:
        One escaped Markdown line; only the diff markers are markup.
    """
    marks = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}
    return " ".join(marks[op].format(esc(words)) for op, words in diff_words(a, b))


def _claim_line(view: View, cid: str, *, label: bool) -> str:
    claim = view.claims.get(cid)
    if claim is None:
        return f"{esc(cid)}: *(not in this comparison)*"
    who = f"**{esc(view.label(claim.source_id))}** " if label else ""
    return f"{who}({esc(cid)}, {where(claim)}): {esc(claim.text)}"


def _side_labels(view: View, finding: Finding) -> tuple[str, str]:
    a_side, b_side = view.sides(finding)
    a_label = esc(view.label(view.source_of(a_side[0]))) if a_side else "A"
    b_label = esc(view.label(view.source_of(b_side[0]))) if b_side else "B"
    return a_label, b_label


def _wording(text: str) -> str:
    return f"“{esc(text)}”" if text else "*(nothing)*"


def _reason_line(view: View, finding: Finding, reason: Reason) -> str:
    a_label, b_label = _side_labels(view, finding)
    a, b = _wording(reason.a), _wording(reason.b)
    return (
        f"**{reason.kind.value}**: {a_label} {a} · {b_label} {b} — {esc(reason.explanation)}"
    )


def _texts(view: View, ids: Sequence[str]) -> str:
    return " ".join(view.claims[c].text for c in ids if c in view.claims)


def _ids(finding: Finding) -> str:
    return " ↔ ".join(esc(c) for c in finding.claims)


def _aligned_item(view: View, finding: Finding, *, diff: bool) -> list[str]:
    """Sub-bullets for an aligned finding: each claim, each reason, optionally the diff."""
    lines = [f"  - {_claim_line(view, cid, label=True)}" for cid in finding.claims]
    reasons = sorted(finding.reasons, key=lambda r: kind_rank(r.kind))
    lines += [f"  - {_reason_line(view, finding, r)}" for r in reasons]
    a_ids, b_ids = view.sides(finding)
    if diff and a_ids and b_ids:
        lines.append(f"  - diff: {word_diff(_texts(view, a_ids), _texts(view, b_ids))}")
    return lines


def _header(view: View) -> list[str]:
    comparison = view.comparison
    labels = " vs ".join(esc(s.label) for s in comparison.sources) or "no sources"
    lines = [f"# claimdiff: {labels}", ""]
    lines += ["| Id | Label | Outlet | Date | Origin |", "| --- | --- | --- | --- | --- |"]
    for s in comparison.sources:
        date = s.date.isoformat() if s.date is not None else "—"
        cells = [s.id, s.label, s.outlet or "—", date, s.origin]
        lines.append("| " + " | ".join(table_cell(c) for c in cells) + " |")
    lines.append("")
    for s in comparison.sources:
        lines += [f"- ⚠ {esc(s.label)}: {esc(w)}" for w in s.warnings]
    if any(s.warnings for s in comparison.sources):
        lines.append("")  # a table right after a list would be read as part of its last item
    tally = counts(comparison)
    unique = tally["unique"]
    assert isinstance(unique, dict)
    heads = ["Diverge", "Partial", "Agree"]
    heads += [f"Unique to {table_cell(view.label(sid))}" for sid in unique]
    heads.append("Not compared")
    values = [tally["diverge"], tally["partial"], tally["agree"], *unique.values()]
    values.append(len(view.not_compared()))
    lines += [
        "| " + " | ".join(heads) + " |",
        "|" + " ---: |" * len(heads),
        "| " + " | ".join(str(v) for v in values) + " |",
        "",
    ]
    return lines + _top_conflicts(view)


def _divergence_title(n: int, finding: Finding) -> str:
    """'1. direction, detail': the heading of a divergence, plain ASCII so its anchor is stable."""
    kinds = sorted({r.kind for r in finding.reasons}, key=kind_rank)
    return f"{n}. {', '.join(k.value for k in kinds) or 'conflict'}"


def _anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _top_conflicts(view: View) -> list[str]:
    diverge = view.of_verdict(Verdict.DIVERGE)
    if not diverge:
        return ["**Top conflicts:** none.", ""]
    lines = [f"**Top conflicts** ({min(len(diverge), TOP_CONFLICTS)} of {len(diverge)}):", ""]
    for n, finding in enumerate(diverge[:TOP_CONFLICTS], 1):
        title = _divergence_title(n, finding)
        reasons = sorted(finding.reasons, key=lambda r: kind_rank(r.kind))
        said = ""
        if reasons:
            a_label, b_label = _side_labels(view, finding)
            said = f": {a_label} {_wording(reasons[0].a)} vs {b_label} {_wording(reasons[0].b)}"
        lines.append(f"- [{title}](#{_anchor(title)}){said}")
    return [*lines, ""]


@register("markdown")
def render_markdown(
    comparison: Comparison, *, width: int | None = None, color: bool = False
) -> str:
    """The `markdown` format: a GitHub-flavoured report of the whole comparison.

    Sections: header (sources, counts, top conflicts linking to their sections), Divergences
    (most important kinds first, each under its own heading with both wordings, the reasons and
    a word diff), Partial overlaps, Agreements, Unique to each source, Not compared. Each claim
    is located by id, paragraph and character span. Every piece of source text is escaped, so
    a source cannot inject markup.

    Args:
        comparison: the result to report.
        width: ignored (Markdown is reflowed by its viewer).
        color: ignored.

    Returns:
        The report, ending with a newline.
    """
    del width, color
    view = View.of(comparison)
    lines = _header(view)

    diverge = view.of_verdict(Verdict.DIVERGE)
    lines += [f"## Divergences ({len(diverge)})", ""]
    for n, finding in enumerate(diverge, 1):
        lines += [f"### {_divergence_title(n, finding)}", ""]
        lines.append(f"- {_ids(finding)} · score {finding.score:.2f}")
        lines += _aligned_item(view, finding, diff=True)
        lines.append("")
    lines += [] if diverge else ["None.", ""]

    for verdict, heading in ((Verdict.PARTIAL, "Partial overlaps"), (Verdict.AGREE, "Agreements")):
        found = view.of_verdict(verdict)
        lines += [f"## {heading} ({len(found)})", ""]
        for finding in found:
            lines.append(f"- {_ids(finding)} · score {finding.score:.2f}")
            lines += _aligned_item(view, finding, diff=verdict is Verdict.PARTIAL)
        lines += [] if found else ["None."]
        lines.append("")

    for source in comparison.sources:
        found = view.unique_to(source.id)
        lines += [f"## Unique to {esc(source.label)} ({len(found)})", ""]
        for finding in found:
            lines += [f"- {_claim_line(view, cid, label=False)}" for cid in finding.claims]
            lines += [f"  - **{r.kind.value}**: {esc(r.explanation)}" for r in finding.reasons]
        lines += [] if found else ["None."]
        lines.append("")

    leftovers = [f for f in comparison.findings if f.verdict is Verdict.UNRELATED]
    if leftovers:  # the pipeline should never emit these; show rather than hide them
        lines += [f"## Unrelated ({len(leftovers)})", ""]
        lines += [f"- {_ids(f)}" for f in leftovers] + [""]

    skipped = view.not_compared()
    lines += [f"## Not compared ({len(skipped)})", ""]
    lines += [_skipped_line(view, c) for c in skipped] or ["None."]
    return "\n".join(lines).rstrip("\n") + "\n"


def _skipped_line(view: View, claim: Claim) -> str:
    label = esc(view.label(claim.source_id))
    return f"- {label} · {claim.role.value} ({esc(claim.id)}, {where(claim)}): {esc(claim.text)}"

