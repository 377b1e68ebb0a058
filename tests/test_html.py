"""Tests for compare.render.html: the side-by-side report, statically and in headless Chromium.

The browser tests drive Debian's /usr/bin/chromium through /usr/bin/chromedriver with Selenium
(given the driver path explicitly, so Selenium Manager never goes to the network). When the
browser is missing they try `.ci/install-chromium` (root with apt only) and otherwise skip,
saying what to install.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest_render import Document, Node, parse_html, ukraine

import compare
from compare.cli import cli
from compare.model import COMPARED_ROLES, Verdict
from compare.render import render
from compare.render._shared import View
from compare.segment import paragraph_spans

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
INSTALL = ROOT / ".ci" / "install-chromium"
SCREENSHOT_COPY = Path("/tmp/claimdiff-html.png")  # for a human to look at after the run
SUMMARY_COPY = Path("/tmp/claimdiff-html-summary.png")
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1500,1500",
)
# Text that is ours, not the source's, inside a column: verdict badges and counterpart links.
CHROME = frozenset({"badge", "peer"})


def dom_id(claim_id: str) -> str:
    """The element id the report gives a pipeline claim id ("s1:c28" -> "s1-c28")."""
    return claim_id.replace(":", "-")


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def page(pair: compare.Comparison) -> str:
    """The bundled pair as an HTML report."""
    return render(pair, "html")


@pytest.fixture(scope="module")
def doc(page: str) -> Document:
    return parse_html(page)


# --- the static page -----------------------------------------------------------------------


def test_page_is_self_contained(page: str, doc: Document) -> None:
    """Nothing is fetched: no external stylesheet, script, image, font or link target."""
    assert not doc.root.find_all("link") and not doc.root.find_all("img")
    for node in doc.root.iter():
        assert "src" not in node.attrs, node.tag
        href = node.attrs.get("href")
        assert href is None or href.startswith("#"), href
    style = doc.root.find_all("style")[0].text()
    assert "url(" not in style and "@import" not in style
    assert "http://" not in page and "https://" not in page


def _csp(doc: Document) -> dict[str, list[str]]:
    meta = [m for m in doc.root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert len(meta) == 1
    directives = [d.split() for d in (meta[0].attrs["content"] or "").split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_csp_allows_only_the_pages_own_script_and_style(doc: Document) -> None:
    """The policy denies by default and allows exactly the inline script and style, by hash."""
    policy = _csp(doc)
    assert policy["default-src"] == ["'none'"]
    (script,) = doc.root.find_all("script")
    (style,) = doc.root.find_all("style")
    assert policy["script-src"] == [_hash(script.text())]
    assert policy["style-src"] == [_hash(style.text())]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    head = doc.root.find_all("head")[0]
    first = [n.tag for n in head.children if isinstance(n, Node)]
    assert first.index("meta") < first.index("style")  # the policy is in force before any style


def test_columns_keep_the_source_paragraphs(pair: compare.Comparison, doc: Document) -> None:
    """Each column holds its source's paragraphs, in order, with every word of the text."""
    by_id = doc.by_id()
    for source in pair.sources:
        column = by_id[f"doc-{source.id}"]
        shown = [squash(p.text(CHROME)) for p in column.find_all("p", "para")]
        expected = [squash(source.text[s.start : s.end]) for s in paragraph_spans(source.text)]
        assert shown == expected


def test_every_claim_has_a_text_badge_for_its_verdict(pair: compare.Comparison, doc: Document) -> None:
    """A claim is marked by class and by a visible word, its most important finding's verdict (a
    claim compared twice shows the graver one); text that is not an article claim says so."""
    by_id = doc.by_id()
    verdict: dict[str, Verdict] = {}
    for f in View.of(pair).ordered():  # report order: conflicts first
        for cid in f.claims:
            verdict.setdefault(cid, f.verdict)
    for claim in pair.claims:
        node = by_id[dom_id(claim.id)]
        badge = node.find_all(cls="badge")[0].text()
        if claim.role in COMPARED_ROLES:
            assert f"v-{verdict[claim.id].value}" in node.classes()
            assert badge == verdict[claim.id].value.upper()
        else:
            assert "nc" in node.classes() and "NOT COMPARED" in badge


def test_aligned_claims_link_to_counterparts_and_reasons(pair: compare.Comparison, doc: Document) -> None:
    """Without script, a claim links to every counterpart and to its most important finding; every
    finding spells out why and links back to its claims."""
    by_id = doc.by_id()
    sources = {c.id: c.source_id for c in pair.claims}
    ordered = View.of(pair).ordered()
    for n, finding in enumerate(ordered, 1):
        article = by_id[f"f{n}"]
        assert article.tag == "article" and f"v-{finding.verdict.value}" in article.classes()
        text = article.text()
        for reason in finding.reasons:
            assert reason.explanation in text and reason.kind.value in text
        goto = {(a.attrs["href"] or "")[1:] for a in article.find_all("a", "goto")}
        assert goto == {dom_id(c) for c in finding.claims}
        for cid in finding.claims:
            node = by_id[dom_id(cid)]
            mine = [f for f in ordered if cid in f.claims]
            others = {dom_id(o) for f in mine for o in f.claims if sources[o] != sources[cid]}
            peers = {(a.attrs["href"] or "")[1:] for a in node.find_all("a", "peer")}
            assert peers == others, cid
            (badge,) = node.find_all("a", "badge")
            assert (badge.attrs["href"] or "")[1:] == f"f{ordered.index(mine[0]) + 1}", cid
            title = node.attrs["title"] or ""
            assert all(r.explanation in title for r in finding.reasons), cid


def test_every_internal_link_has_one_target(doc: Document) -> None:
    """Ids are unique and every `#` link points at one of them."""
    ids = [n.attrs["id"] for n in doc.root.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    hrefs = {n.attrs["href"] for n in doc.root.iter() if n.attrs.get("href")}
    assert {h[1:] for h in hrefs if h} <= set(ids)


def test_header_lists_sources_counts_and_top_conflicts(pair: compare.Comparison, doc: Document) -> None:
    """The summary names each source (label, outlet, date, origin), counts verdicts, links conflicts."""
    header = doc.root.find_all("header")[0]
    rows = [[c.text() for c in r.find_all("td")] for r in header.find_all("tr")]
    for s in pair.sources:
        date = s.date.isoformat() if s.date else "—"
        assert [s.id, s.label, s.outlet or "—", date, s.origin, s.title or "—"] in rows
    counts = squash(header.find_all("p", "counts")[0].text())
    n = {v: sum(f.verdict is v for f in pair.findings) for v in Verdict}
    assert f"DIVERGE{n[Verdict.DIVERGE]}" in counts.replace(" ", "")
    assert f"AGREE{n[Verdict.AGREE]}" in counts.replace(" ", "")
    top = header.find_all("ol", "top")[0].find_all("a")
    assert top and all(doc.by_id()[(a.attrs["href"] or "")[1:]].tag == "article" for a in top)
    assert "v-diverge" in doc.by_id()[(top[0].attrs["href"] or "")[1:]].classes()


def test_reason_wordings_are_marked_inside_claims() -> None:
    """The words a reason quotes are marked where they stand in each source's sentence."""
    by_id = parse_html(render(ukraine(), "html")).by_id()
    marks = [m.text() for m in by_id["s1-c5"].find_all("mark", "cue")]
    assert marks == ["is still committed to an invasion"]
    assert [m.text() for m in by_id["s2-c6"].find_all("mark", "cue")] == [
        "remains committed to an invasion of Ukraine"
    ]


def test_cli_writes_the_html_report(tmp_path: Path) -> None:
    """`claimdiff compare --format html -o FILE` writes the page and says so on stderr."""
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli,
        ["compare", str(ROOT / "sources" / "000_4a82e88ad2850e87.txt"),
         str(ROOT / "sources" / "001_b2086199f1fced57.txt"), "--format", "html", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"wrote {out}" in result.stderr


# --- in headless Chromium ------------------------------------------------------------------


def _browser_missing() -> str | None:
    """Why the browser tests cannot run, or None once Chromium and its driver are present."""
    def present() -> bool:
        return CHROMIUM.exists() and CHROMEDRIVER.exists()

    if not present() and os.geteuid() == 0 and shutil.which("apt-get") and INSTALL.exists():
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):  # reported below as missing
            subprocess.run([str(INSTALL)], check=False, capture_output=True, timeout=1200)
    if present():
        return None
    return (
        "headless Chromium is not installed (/usr/bin/chromium, /usr/bin/chromedriver) and "
        ".ci/install-chromium could not install it (needs root and apt): "
        "apt-get install chromium chromium-driver"
    )


@pytest.fixture(scope="module")
def webdriver_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Start Chromium drivers on demand (JavaScript on or off); quit them all at the end."""
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)
    pytest.importorskip("selenium", reason="selenium is not installed: pip install 'selenium>=4.20'")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers: list[Any] = []

    def start(*, javascript: bool = True) -> Any:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for arg in CHROME_ARGS:
            options.add_argument(arg)
        options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
        if not javascript:
            options.add_experimental_option(
                "prefs", {"profile.managed_default_content_settings.javascript": 2}
            )
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        drivers.append(driver)
        return driver

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SE_OFFLINE", "true")  # belt and braces: Selenium Manager must never download
        mp.setenv("SE_AVOID_STATS", "true")
        yield start
    for driver in drivers:
        driver.quit()


def _load(driver: Any, page: str, path: Path) -> None:
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())


def _errors(driver: Any) -> list[str]:
    """Console errors (a blocked script or style under the CSP is logged as one)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_browser_click_links_counterpart_and_filter_hides(
    webdriver_factory: Any, pair: compare.Comparison, page: str, tmp_path: Path
) -> None:
    """Clicking a conflict highlights its counterpart and shows why; 'conflicts only' hides the rest."""
    from selenium.webdriver.common.by import By

    driver = webdriver_factory()
    _load(driver, page, tmp_path / "report.html")
    assert driver.execute_script("return document.documentElement.classList.contains('js')")
    assert _errors(driver) == []

    conflicts = View.of(pair).of_verdict(Verdict.DIVERGE)  # report order: the top conflict first
    assert conflicts, "the bundled pair has no divergence left to click"
    top = conflicts[0]
    first = pair.sources[0].id
    left = [c for c in top.claims if c.startswith(f"{first}:")]
    right = [c for c in top.claims if not c.startswith(f"{first}:")]
    summary = tmp_path / "claimdiff-html-summary.png"
    assert driver.save_screenshot(str(summary))
    shutil.copyfile(summary, SUMMARY_COPY)

    claim = driver.find_element(By.ID, dom_id(left[0]))
    driver.execute_script(  # as a reader would: scroll down to the columns, then to the claim
        "var c = arguments[0], d = c.closest('.doc'), m = document.querySelector('main');"
        "window.scrollTo(0, m.offsetTop - document.getElementById('filters').offsetHeight);"
        "d.scrollTop += c.getBoundingClientRect().top - d.getBoundingClientRect().top - 60;",
        claim,
    )
    assert claim.find_element(By.XPATH, "ancestor::div[@class='doc']").get_attribute("id") == f"doc-{first}"
    claim.click()

    assert "selected" in (claim.get_attribute("class") or "").split()
    for cid in right:  # the top conflict's counterpart, among any other counterparts of the claim
        peer = driver.find_element(By.ID, dom_id(cid))
        assert "counterpart" in (peer.get_attribute("class") or "").split()
        assert peer.is_displayed()
    detail = driver.find_element(By.ID, "detail")
    assert detail.is_displayed()
    shown = squash(detail.text)
    for reason in top.reasons:
        assert squash(reason.explanation) in shown
        assert reason.kind.value in shown
    screenshot = tmp_path / "claimdiff-html.png"
    assert driver.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000
    shutil.copyfile(screenshot, SCREENSHOT_COPY)

    unique = driver.find_elements(By.CSS_SELECTOR, ".claim.v-unique")
    assert unique and unique[0].is_displayed()
    driver.find_element(By.CSS_SELECTOR, "button[data-filter='conflicts']").click()
    assert not any(u.is_displayed() for u in unique)
    assert claim.is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".claim.nc").is_displayed()
    driver.find_element(By.CSS_SELECTOR, "button[data-filter='all']").click()
    assert unique[0].is_displayed()

    driver.find_element(By.CSS_SELECTOR, "button[data-filter='unique']").click()
    assert unique[0].is_displayed() and not claim.is_displayed()
    driver.find_element(By.CSS_SELECTOR, "button[data-filter='all']").click()

    driver.execute_script("window.scrollTo(0, 0)")
    driver.find_element(By.CSS_SELECTOR, "ol.top a").click()  # the top conflict: back to the pair
    lit = {e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, ".selected, .counterpart")}
    assert lit == {dom_id(c) for c in top.claims}
    assert _errors(driver) == []


def test_browser_without_javascript_still_reads(
    webdriver_factory: Any, pair: compare.Comparison, page: str, tmp_path: Path
) -> None:
    """With scripts off, the controls stay hidden, reasons are on the page and links go to counterparts."""
    from selenium.webdriver.common.by import By

    driver = webdriver_factory(javascript=False)
    _load(driver, page, tmp_path / "report.html")
    assert not driver.find_element(By.ID, "filters").is_displayed()
    assert not driver.find_element(By.ID, "detail").is_displayed()
    assert "js" not in (driver.find_element(By.TAG_NAME, "html").get_attribute("class") or "")

    top = View.of(pair).of_verdict(Verdict.DIVERGE)[0]
    findings = squash(driver.find_element(By.ID, "findings").text)
    for reason in top.reasons:
        assert squash(reason.explanation) in findings

    claim = driver.find_element(By.ID, dom_id(top.claims[0]))
    link = claim.find_element(By.CSS_SELECTOR, "a.peer")
    target = (link.get_attribute("href") or "").rsplit("#", 1)[1]
    link.click()
    assert driver.current_url.endswith(f"#{target}")
    assert driver.find_element(By.ID, target).is_displayed()
    title = claim.get_attribute("title") or ""
    assert all(squash(r.explanation) in squash(title) for r in top.reasons)
    assert re.search(r"DIVERGE", claim.text)
