"""The side-by-side HTML report: each source in its own paragraphs, every claim marked by verdict.

One self-contained file: inline style and script pinned by a Content-Security-Policy, nothing
loaded from the network. Everything is readable without JavaScript: a claim carries a text badge
(not only a colour), links to its counterparts and to its finding, and the findings list below the
columns spells out every reason. The script adds click/hover linking, a detail panel and a filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from compare.model import COMPARED_ROLES, Claim, Comparison, Finding, Source, Span, Verdict
from compare.render import register
from compare.render._html_assets import SCRIPT, STYLE, content_security_policy
from compare.render._shared import View, counts, diff_words, kind_rank, where
from compare.render.escape import html_text as esc
from compare.segment import paragraph_spans

TOP_CONFLICTS = 5  # divergences summarised in the header
# Pipeline ids ("s1:c28") become readable anchors ("s1-c28"); anything else gets a numbered one,
# so no source-made id can collide with the page's own ids (f3, p-s1-4, col-s1, detail, ...).
_CLAIM_ID = re.compile(r"s\d+:c\d+")
_SOURCE_ID = re.compile(r"[A-Za-z0-9]+")
_LEGEND = (
    (Verdict.DIVERGE, "the sources conflict"),
    (Verdict.PARTIAL, "same event, one side has details the other lacks"),
    (Verdict.AGREE, "both say it"),
    (Verdict.UNIQUE, "only one source says it"),
)
_FILTERS = (("all", "All"), ("conflicts", "Conflicts only"), ("shared", "Shared"),
            ("unique", "Unique only"))


@dataclass(frozen=True, slots=True)
class _Page:
    """What the markup needs besides the View: DOM ids and each claim's finding."""

    view: View
    dom: dict[str, str]  # claim id -> element id
    findings: list[Finding]  # report order
    # claim id -> 1-based positions of all its findings in report order (a claim may be compared
    # twice); the first is its most important one
    numbers: dict[str, list[int]]

    @classmethod
    def of(cls, comparison: Comparison) -> _Page:
        view = View.of(comparison)
        dom = {
            c.id: c.id.replace(":", "-") if _CLAIM_ID.fullmatch(c.id) else f"claim-{n}"
            for n, c in enumerate(comparison.claims)
        }
        findings = view.ordered()
        numbers: dict[str, list[int]] = {}
        for n, finding in enumerate(findings, 1):
            for cid in finding.claims:
                numbers.setdefault(cid, []).append(n)
        return cls(view, dom, findings, numbers)

    def number(self, claim_id: str) -> int | None:
        """The position of the claim's most important finding, or None when it is in none."""
        ns = self.numbers.get(claim_id)
        return ns[0] if ns else None

    def finding(self, claim_id: str) -> Finding | None:
        """The claim's most important finding (the first in report order: conflicts first)."""
        n = self.number(claim_id)
        return self.findings[n - 1] if n is not None else None

    def findings_of(self, claim_id: str) -> list[Finding]:
        """Every finding the claim is in, in report order."""
        return [self.findings[n - 1] for n in self.numbers.get(claim_id, [])]

    def peers(self, claim_id: str) -> list[str]:
        """The claims of the other source that the claim is compared with, in all its findings."""
        mine = self.view.source_of(claim_id)
        found = [c for f in self.findings_of(claim_id) for c in f.claims
                 if self.view.source_of(c) != mine and c in self.dom]
        return list(dict.fromkeys(found))


def _attrs(**values: str | None) -> str:
    """` name="value"` pairs (escaped), skipping None; a trailing `_` in a name is dropped."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for name, value in values.items()
        if value is not None
    )


def _badge(verdict: Verdict) -> str:
    return f'<span class="badge v-{verdict.value}">{verdict.value.upper()}</span>'


def _quoted(text: str) -> str:
    return f"“{esc(text)}”" if text else "<em>(nothing)</em>"


# --- header -----------------------------------------------------------------------------------


def _header(page: _Page) -> list[str]:
    comparison = page.view.comparison
    labels = " vs ".join(esc(s.label) for s in comparison.sources) or "no sources"
    out = ['<header class="summary">', f"<h1>claimdiff: {labels}</h1>", '<table class="sources">',
           "<thead><tr><th>Id</th><th>Label</th><th>Outlet</th><th>Date</th><th>Origin</th>"
           "<th>Title</th></tr></thead>", "<tbody>"]
    for s in comparison.sources:
        date = s.date.isoformat() if s.date is not None else "—"
        cells = [s.id, s.label, s.outlet or "—", date, s.origin, s.title or "—"]
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    warnings = [(s, w) for s in comparison.sources for w in s.warnings]
    if warnings:
        out.append('<ul class="warnings">')
        out += [f'<li class="warning">⚠ {esc(s.label)}: {esc(w)}</li>' for s, w in warnings]
        out.append("</ul>")
    out += _counts(page)
    out += _top_conflicts(page)
    out.append("</header>")
    return out


def _counts(page: _Page) -> list[str]:
    tally = counts(page.view.comparison)
    unique = tally["unique"]
    assert isinstance(unique, dict)
    items = [f"{_badge(v)}{tally[v.value]}" for v in (Verdict.DIVERGE, Verdict.PARTIAL, Verdict.AGREE)]
    items += [f"{_badge(Verdict.UNIQUE)}{n} in {esc(page.view.label(sid))}" for sid, n in unique.items()]
    items.append(f'<span class="badge nc">NOT COMPARED</span>{len(page.view.not_compared())}')
    legend = " · ".join(f"{v.value.upper()}: {text}" for v, text in _LEGEND)
    return [
        '<p class="counts">' + "".join(f"<span>{item}</span>" for item in items) + "</p>",
        f'<p class="legend">{legend} · NOT COMPARED: headline, caption, boilerplate or metadata, '
        "shown but not compared.</p>",
    ]


def _top_conflicts(page: _Page) -> list[str]:
    diverge = [(n, f) for n, f in enumerate(page.findings, 1) if f.verdict is Verdict.DIVERGE]
    out = [f"<h2>Top conflicts ({min(len(diverge), TOP_CONFLICTS)} of {len(diverge)})</h2>"]
    if not diverge:
        return [*out, "<p>No conflicts found.</p>"]
    out.append('<ol class="top">')
    for n, finding in diverge[:TOP_CONFLICTS]:
        reasons = sorted(finding.reasons, key=lambda r: kind_rank(r.kind))
        a_label, b_label = _side_labels(page, finding)
        if reasons:
            r = reasons[0]
            text = (f"{a_label} {_quoted(r.a)} · {b_label} {_quoted(r.b)} — "
                    f"{esc(r.explanation)}")
            kind = r.kind.value
        else:
            text, kind = "the accounts disagree", "conflict"
        out.append(f'<li><a href="#f{n}">{esc(kind)}</a>: {text}</li>')
    out.append("</ol>")
    return out


def _side_labels(page: _Page, finding: Finding) -> tuple[str, str]:
    a_ids, b_ids = page.view.sides(finding)
    a = esc(page.view.label(page.view.source_of(a_ids[0]))) if a_ids else "A"
    b = esc(page.view.label(page.view.source_of(b_ids[0]))) if b_ids else "B"
    return a, b


# --- the two columns ----------------------------------------------------------------------------


def _pieces(lo: int, hi: int, spans: Sequence[tuple[Span, str]]) -> Iterator[tuple[int, int, str | None]]:
    """Cut [lo, hi) into consecutive pieces, each inside one of `spans` (tagged) or in none.

    Spans are clipped to [lo, hi); a span overlapping an earlier one keeps only its new part.
    """
    pos = lo
    for span, tag in sorted(spans, key=lambda item: (item[0].start, item[0].end)):
        start, end = max(span.start, pos), min(span.end, hi)
        if end <= start:
            continue
        if start > pos:
            yield pos, start, None
        yield start, end, tag
        pos = end
    if pos < hi:
        yield pos, hi, None


def _cues(page: _Page, claim: Claim) -> list[tuple[Span, str]]:
    """The reason wordings that fall inside a claim, each tagged with its reason's kind."""
    spans: list[tuple[Span | None, str]] = []
    for finding in page.findings_of(claim.id):
        if len({page.view.source_of(c) for c in finding.claims}) == 1:
            # One source only (UNIQUE): whichever side a reason fills, its span is in this text.
            spans += [(s, r.kind.value) for r in finding.reasons for s in (r.a_span, r.b_span)]
        else:
            first = page.view.source_of(finding.claims[0]) == claim.source_id
            spans += [(r.a_span if first else r.b_span, r.kind.value) for r in finding.reasons]
    return [(s, kind) for s, kind in spans if s is not None and claim.span.contains(s)]


def _claim_title(page: _Page, claim: Claim) -> str:
    lines = [f"{claim.id} · {where(claim)}"]
    if claim.role not in COMPARED_ROLES:
        return "\n".join([f"{claim.role.value}: not compared", *lines])
    findings = page.findings_of(claim.id)
    if not findings:
        return "\n".join(["not in any finding", *lines])
    lines.insert(0, findings[0].verdict.value.upper())
    mine = claim.source_id
    for finding in findings:
        for peer in (c for c in finding.claims if page.view.source_of(c) != mine and c in page.dom):
            other = page.view.claims[peer]
            lines.append(f"↔ {finding.verdict.value.upper()} {page.view.label(other.source_id)} {peer}"
                         f" · {where(other)}")
        for r in sorted(finding.reasons, key=lambda r: kind_rank(r.kind)):
            lines.append(f"{r.kind.value}: “{r.a or '—'}” vs “{r.b or '—'}”. {r.explanation}")
    return "\n".join(lines)


def _claim_open(page: _Page, claim: Claim, *, first_piece: bool) -> str:
    """The opening tag of a claim (with its badge on the first piece of a split claim)."""
    if claim.role not in COMPARED_ROLES:
        cls = f"claim nc role-{claim.role.value}"
        badge = f'<span class="badge">{esc(claim.role.value.upper())} · NOT COMPARED</span>'
        attrs = _attrs(class_=cls, title=_claim_title(page, claim))
    else:
        finding = page.finding(claim.id)
        verdict = finding.verdict.value if finding is not None else "none"
        number = page.number(claim.id)
        peers = " ".join(page.dom[p] for p in page.peers(claim.id)) or None
        attrs = _attrs(
            class_=f"claim v-{verdict}",
            data_claim=claim.id,
            data_finding=f"f{number}" if number is not None else None,
            data_findings=" ".join(f"f{n}" for n in page.numbers.get(claim.id, [])) or None,
            data_peers=peers,
            tabindex="0" if number is not None else None,
            title=_claim_title(page, claim),
        )
        label = verdict.upper() if finding is not None else "UNMATCHED"
        badge = (f'<a class="badge" href="#f{number}">{label}</a>' if number is not None
                 else f'<span class="badge">{label}</span>')
    if not first_piece:
        return f"<span{attrs}>"
    return f'<span id="{esc(page.dom[claim.id])}"{attrs}>{badge}'


def _claim_close(page: _Page, claim: Claim, *, last_piece: bool) -> str:
    if not last_piece or claim.role not in COMPARED_ROLES:
        return "</span>"
    links = []
    for peer in page.peers(claim.id):
        links.append(f'<a class="peer" href="#{esc(page.dom[peer])}">↔ {esc(peer)}</a>')
    return "".join(links) + "</span>"


def _claim_body(page: _Page, claim: Claim, text: str, start: int, end: int) -> str:
    out = []
    for s, e, tag in _pieces(start, end, _cues(page, claim)):
        if tag is None:
            out.append(esc(text[s:e]))
        else:
            out.append(f'<mark class="cue k-{esc(tag)}" title="{esc(tag)}">{esc(text[s:e])}</mark>')
    return "".join(out)


def _column(page: _Page, source: Source) -> list[str]:
    text = source.text
    sid = source.id if _SOURCE_ID.fullmatch(source.id) else None
    claims = [c for c in page.view.comparison.claims if c.source_id == source.id]
    by_id = {c.id: c for c in claims}
    placed: set[str] = set()
    meta = [source.outlet, source.date.isoformat() if source.date else None]
    sub = " · ".join(esc(m) for m in meta if m)
    out = [f"<section{_attrs(class_='col', id=sid and f'col-{sid}')}>",
           f"<h2>{esc(source.label)}" + (f" <small>{sub}</small>" if sub else "") + "</h2>",
           f"<div{_attrs(class_='doc', id=sid and f'doc-{sid}')}>"]
    spans = [(c.span, c.id) for c in claims if c.span.end <= len(text)]
    for n, para in enumerate(paragraph_spans(text), 1):
        html = []
        for s, e, cid in _pieces(para.start, para.end, spans):
            if cid is None:
                gap = text[s:e]
                html.append(esc(gap) if not gap.strip() else f'<span class="gap">{esc(gap)}</span>')
                continue
            claim = by_id[cid]
            last = not text[e : claim.span.end].strip()  # the rest, if any, is between paragraphs
            html.append(_claim_open(page, claim, first_piece=cid not in placed))
            html.append(_claim_body(page, claim, text, s, e))
            html.append(_claim_close(page, claim, last_piece=last))
            placed.add(cid)
        para_id = f"p-{sid}-{n}" if sid else None
        out.append(f"<p{_attrs(class_='para', id=para_id, data_n=f'¶{n}')}>{''.join(html)}</p>")
    lost = [c for c in claims if c.id not in placed]
    if lost:  # a span outside every paragraph: still shown, so every link has a target
        html = [_claim_open(page, c, first_piece=True) + esc(c.text) + _claim_close(page, c, last_piece=True)
                for c in lost]
        out.append(f'<p class="para unplaced" data-n="?">{" ".join(html)}</p>')
    out += ["</div>", "</section>"]
    return out


# --- the findings list --------------------------------------------------------------------------


def _finding(page: _Page, n: int, finding: Finding) -> list[str]:
    view = page.view
    kinds = sorted({r.kind for r in finding.reasons}, key=kind_rank)
    title = ", ".join(k.value for k in kinds) if finding.verdict is not Verdict.UNIQUE else ""
    if finding.verdict is Verdict.UNIQUE and finding.claims:
        title = f"only in {view.label(view.source_of(finding.claims[0]))}"
    out = [f'<article class="finding v-{finding.verdict.value}" id="f{n}">',
           f"<h4>{_badge(finding.verdict)}{esc(title)} "
           f'<span class="score">#{n} · score {finding.score:.2f}</span></h4>']
    for cid in finding.claims:
        claim = view.claims.get(cid)
        if claim is None:
            out.append(f'<p class="said">{esc(cid)}: <em>not in this comparison</em></p>')
            continue
        where_ = f"{esc(view.label(claim.source_id))} · {esc(cid)} · {esc(where(claim))}"
        out.append(f'<p class="said"><a class="goto" href="#{esc(page.dom[cid])}">{where_}</a>: '
                   f"{esc(claim.text)}</p>")
    if finding.reasons:
        a_label, b_label = _side_labels(page, finding)
        out.append('<ul class="reasons">')
        for r in sorted(finding.reasons, key=lambda r: kind_rank(r.kind)):
            out.append(f'<li><strong class="kind">{esc(r.kind.value)}</strong>: {a_label} {_quoted(r.a)} · '
                       f"{b_label} {_quoted(r.b)} — {esc(r.explanation)}</li>")
        out.append("</ul>")
    a_ids, b_ids = view.sides(finding)
    if finding.verdict in (Verdict.DIVERGE, Verdict.PARTIAL) and a_ids and b_ids:
        out.append(f'<p class="diff">Word diff: {_diff(_texts(view, a_ids), _texts(view, b_ids))}</p>')
    out.append("</article>")
    return out


def _texts(view: View, ids: Sequence[str]) -> str:
    return " ".join(view.claims[c].text for c in ids if c in view.claims)


def _diff(a: str, b: str) -> str:
    tags = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
    return " ".join(tags[op].format(esc(words)) for op, words in diff_words(a, b))


def _findings(page: _Page) -> list[str]:
    out = ['<section class="findings" id="findings">', "<h2>All findings</h2>"]
    groups = ((Verdict.DIVERGE, "Divergences"), (Verdict.PARTIAL, "Partial overlaps"),
              (Verdict.AGREE, "Agreements"), (Verdict.UNIQUE, "Unique claims"),
              (Verdict.UNRELATED, "Unrelated"))
    for verdict, heading in groups:
        members = [(n, f) for n, f in enumerate(page.findings, 1) if f.verdict is verdict]
        if not members and verdict is Verdict.UNRELATED:
            continue
        out += [f'<section class="group v-{verdict.value}">', f"<h3>{heading} ({len(members)})</h3>"]
        for n, finding in members:
            out += _finding(page, n, finding)
        out += [] if members else ["<p>None.</p>"]
        out.append("</section>")
    out.append("</section>")
    return out


# --- the page -----------------------------------------------------------------------------------


def _filters() -> str:
    buttons = "".join(
        f'<button type="button" data-filter="{name}" aria-pressed="{str(name == "all").lower()}">'
        f"{label}</button>"
        for name, label in _FILTERS
    )
    return f'<nav class="filters" id="filters" aria-label="Filter claims" hidden>Show: {buttons}</nav>'


_DETAIL = (
    '<aside class="detail" id="detail" aria-live="polite" hidden><div id="detail-body">'
    '<p class="hint">Click a claim to highlight its counterpart and see its verdict, both '
    "wordings and the reasons.</p></div></aside>"
)


@register("html")
def render_html(comparison: Comparison, *, width: int | None = None, color: bool = False) -> str:
    """The `html` format: a self-contained side-by-side page for a reviewer's browser.

    Sources sit in columns with their paragraphs rebuilt from `Source.text`; each claim is
    marked by verdict (colour, underline style and a text badge), links to its counterpart and
    its finding, and carries its reasons in a tooltip. Everything from a source is escaped; a
    strict Content-Security-Policy allows only the page's own inline style and script.

    Args:
        comparison: the result to report.
        width: ignored (the browser lays the page out).
        color: ignored (the page is always in colour, with text labels too).

    Returns:
        The HTML document, ending with a newline.
    """
    del width, color
    page = _Page.of(comparison)
    labels = " vs ".join(s.label for s in comparison.sources) or "no sources"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claimdiff: {esc(labels)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        '<body data-filter="all">',
        *_header(page),
        _filters(),
        '<main class="columns">',
    ]
    for source in comparison.sources:
        out += _column(page, source)
    out += [_DETAIL, "</main>"]
    out += _findings(page)
    components = ", ".join(comparison.components) or "—"
    out.append(f"<footer>claimdiff report · schema {esc(comparison.schema_version)} · "
               f"components: {esc(components)}</footer>")
    out += [f"<script>{SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
