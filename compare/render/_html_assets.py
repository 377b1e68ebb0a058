"""The HTML report's inline stylesheet and script, and the Content-Security-Policy that pins them.

Both are constants, so their hashes are fixed: the policy allows exactly these two blocks and
nothing else (no other script or style, no network, no forms, no base URL). The script only adds
behaviour to markup that is complete without it: linking, highlighting, the detail panel and the
filter bar.
"""

from __future__ import annotations

import base64
import hashlib

# Okabe–Ito colours, told apart by most colour-blind readers; every verdict also has its own
# underline style and a text badge, so colour is never the only signal.
STYLE = """
:root { color-scheme: light; --diverge: #b8470b; --diverge-bg: #fbe3d6; --partial: #8a6100;
  --partial-bg: #fcefc7; --agree: #00785a; --agree-bg: #d3f0e6; --unique: #005a8c;
  --unique-bg: #dcebf6; --muted: #5c5c5c; --line: #d0d0d0; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1a1a1a; background: #fff; }
header.summary, .findings, footer { padding: 0.5rem 1.25rem; }
h1 { font-size: 1.35rem; margin: 0.5rem 0; }
h2 { font-size: 1.1rem; margin: 0.75rem 0 0.25rem; }
h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.15rem 0.5rem; text-align: left;
  vertical-align: top; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.5rem 0; }
.legend { color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0; }
.warning { color: var(--diverge); }
.badge { display: inline-block; font: bold 0.68rem/1.3 ui-monospace, "SFMono-Regular", Menlo,
  Consolas, monospace; letter-spacing: 0.04em; padding: 0 0.3em; margin-right: 0.3em;
  border: 1px solid currentColor; border-radius: 3px; vertical-align: 0.1em;
  text-decoration: none; background: #fff; }
.v-diverge .badge, .badge.v-diverge { color: var(--diverge); }
.v-partial .badge, .badge.v-partial { color: var(--partial); }
.v-agree .badge, .badge.v-agree { color: var(--agree); }
.v-unique .badge, .badge.v-unique { color: var(--unique); }
.nc .badge, .badge.nc { color: var(--muted); font-weight: normal; }
.filters { position: sticky; top: 0; z-index: 2; background: #f4f4f4; display: flex;
  flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.4rem 1.25rem;
  border-bottom: 1px solid var(--line); }
.filters button { font: inherit; font-size: 0.9rem; padding: 0.15rem 0.7rem; border-radius: 4px;
  border: 1px solid #888; background: #fff; cursor: pointer; }
.filters button[aria-pressed="true"] { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
.columns { display: flex; gap: 0 1.5rem; padding: 0 1.25rem; align-items: flex-start; }
.col { flex: 1 1 0; min-width: 0; }
.detail { flex: 0 0 22rem; position: sticky; top: 3rem; max-height: calc(100vh - 3.5rem);
  overflow-y: auto; margin-top: 0.75rem; padding: 0.25rem 0.75rem; background: #fffdf4;
  border: 1px solid var(--line); border-radius: 4px; font-size: 0.88rem; }
.detail .finding { border-left-width: 0; margin: 0; padding: 0; }
.detail .said { margin: 0.4rem 0; }
.hint { color: var(--muted); margin: 0.25rem 0; }
.col h2 { border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
.col h2 small { font-weight: normal; color: var(--muted); }
.doc { position: relative; max-height: calc(100vh - 6.5rem); overflow-y: auto; padding-right: 0.5rem; }
.para { position: relative; margin: 0 0 0.9rem; padding-left: 2.4rem; }
.para::before { content: attr(data-n); position: absolute; left: 0; width: 2rem;
  text-align: right; color: var(--muted); font-size: 0.75rem; line-height: 2; }
.claim { border-radius: 2px; padding: 0.05em 0.1em; scroll-margin: 4rem;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.claim[data-finding] { cursor: pointer; }
.claim.v-diverge { background: var(--diverge-bg); border-bottom: 3px solid var(--diverge); }
.claim.v-partial { background: var(--partial-bg); border-bottom: 2px dashed var(--partial); }
.claim.v-agree { background: var(--agree-bg); border-bottom: 2px solid var(--agree); }
.claim.v-unique { background: var(--unique-bg); border-bottom: 2px dotted var(--unique); }
.claim.nc { color: var(--muted); font-style: italic; }
.claim.peer-hover { outline: 2px dashed #1a1a1a; }
.claim.selected { outline: 3px solid #1a1a1a; outline-offset: 1px; }
.claim.counterpart { outline: 3px double #1a1a1a; outline-offset: 2px; background: #fff59d; }
.claim:focus-visible { outline: 3px solid #3b6fd8; }
mark.cue { background: transparent; color: inherit; font-weight: 600;
  text-decoration: underline wavy; text-underline-offset: 0.2em; }
a.peer { font-size: 0.72rem; color: var(--muted); margin-left: 0.25em; white-space: nowrap; }
a.goto { font-size: 0.85rem; }
.findings .group { margin-bottom: 1rem; }
.finding { border-left: 4px solid var(--line); padding: 0.1rem 0 0.1rem 0.75rem;
  margin: 0.6rem 0; }
.finding.v-diverge { border-left-color: var(--diverge); }
.finding.v-partial { border-left-color: var(--partial); }
.finding.v-agree { border-left-color: var(--agree); }
.finding.v-unique { border-left-color: var(--unique); }
.finding .said { margin: 0.2rem 0; }
.finding .reasons { margin: 0.2rem 0; padding-left: 1.2rem; }
.finding .score { color: var(--muted); font-weight: normal; font-size: 0.85rem; }
.diff del { background: var(--diverge-bg); }
.diff ins { background: var(--agree-bg); text-decoration: underline; }
footer { color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); }
body[data-filter="conflicts"] .claim:not(.v-diverge),
body[data-filter="shared"] .claim:not(.v-agree):not(.v-partial),
body[data-filter="unique"] .claim:not(.v-unique),
body[data-filter="conflicts"] .para:not(:has(.v-diverge)),
body[data-filter="shared"] .para:not(:has(.v-agree, .v-partial)),
body[data-filter="unique"] .para:not(:has(.v-unique)),
body[data-filter="conflicts"] .group:not(.v-diverge),
body[data-filter="shared"] .group:not(.v-agree):not(.v-partial),
body[data-filter="unique"] .group:not(.v-unique),
body[data-filter]:not([data-filter="all"]) .gap { display: none; }
@media (max-width: 60rem) {
  .columns { flex-direction: column; align-items: stretch; }
  .doc { max-height: none; overflow: visible; }
  .detail { position: fixed; left: 0; right: 0; bottom: 0; top: auto; z-index: 3;
    max-height: 40vh; margin: 0; border-radius: 0; }
  .claim { scroll-margin-bottom: 42vh; }  /* never scroll a claim under the panel */
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  .filters, .detail { display: none !important; }
  .columns { flex-direction: row; align-items: flex-start; padding: 0; }
  .doc { max-height: none; overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .finding, tr { break-inside: avoid; }
  .claim.selected, .claim.counterpart, .claim.peer-hover { outline: none; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  var panel = document.getElementById("detail");
  var panelBody = document.getElementById("detail-body");
  var filters = document.getElementById("filters");
  document.documentElement.classList.add("js");
  if (panel) { panel.hidden = false; }
  if (filters) { filters.hidden = false; }

  function byIds(list) {
    return (list || "").split(" ").map(function (id) {
      return id ? document.getElementById(id) : null;
    }).filter(Boolean);
  }
  function clear(name) {
    document.querySelectorAll("." + name).forEach(function (el) { el.classList.remove(name); });
  }
  function reveal(el) {
    var box = el.closest(".doc");
    if (box && box.scrollHeight > box.clientHeight + 1) {
      var offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += offset - box.clientHeight / 4;
    }
    var rect = el.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      el.scrollIntoView({ block: "nearest" });
    }
  }
  function show(findings) {
    if (!panelBody) { return; }
    panelBody.replaceChildren();
    findings.forEach(function (finding) {
      var copy = finding.cloneNode(true);
      copy.removeAttribute("id");
      copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
      panelBody.appendChild(copy);
    });
  }
  function claimsOf(finding) {
    return Array.prototype.map.call(finding.querySelectorAll("a.goto"), function (a) {
      return document.getElementById(a.getAttribute("href").slice(1));
    }).filter(Boolean);
  }
  // A claim alone: all its counterparts and all its findings. A claim reached through one
  // finding (a link to it): that finding's claims only.
  function select(claim, scrollSelf, finding) {
    clear("selected");
    clear("counterpart");
    claim.classList.add("selected");
    if (scrollSelf) { reveal(claim); }
    var peers = finding ? claimsOf(finding).filter(function (c) { return c !== claim; })
                        : byIds(claim.getAttribute("data-peers"));
    peers.forEach(function (peer) {
      peer.classList.add("counterpart");
      reveal(peer);
    });
    show(finding ? [finding] : byIds(claim.getAttribute("data-findings")));
  }
  function findingAt(link) {
    var target = document.getElementById(link.getAttribute("href").slice(1));
    return target && target.matches("article.finding") && !target.closest("#detail") ? target : null;
  }
  function claimAt(link) {
    var target = document.getElementById(link.getAttribute("href").slice(1));
    var finding = findingAt(link);
    if (finding) {
      target = claimsOf(finding)[0] || null;  // a finding: show its first claim
    }
    return target && target.matches(".claim[data-finding]") ? target : null;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var claim = event.target.closest(".claim[data-finding]");
    if (claim) {
      if (link) { event.preventDefault(); }
      select(claim, false);
    } else if (link && claimAt(link)) {
      event.preventDefault();
      var main = document.querySelector("main");
      if (link.closest("header") && main) { main.scrollIntoView(); }
      select(claimAt(link), true, findingAt(link));
    }
  });
  document.addEventListener("keydown", function (event) {
    var claim = event.target.closest && event.target.closest(".claim[data-finding]");
    if (claim && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(claim, false);
    }
  });
  document.addEventListener("mouseover", function (event) {
    var claim = event.target.closest(".claim[data-peers]");
    clear("peer-hover");
    if (claim) {
      byIds(claim.getAttribute("data-peers")).forEach(function (p) { p.classList.add("peer-hover"); });
    }
  });
  if (filters) {
    filters.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-filter]");
      if (!button) { return; }
      document.body.setAttribute("data-filter", button.getAttribute("data-filter"));
      filters.querySelectorAll("button[data-filter]").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b === button));
      });
    });
  }
  var start = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (start && start.matches(".claim[data-finding]")) { select(start, true); }
})();
"""


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    """The report's policy: nothing loads, and only `STYLE` and `SCRIPT` (by hash) may run."""
    return (
        "default-src 'none'; "
        f"style-src {_sha256(STYLE)}; "
        f"script-src {_sha256(SCRIPT)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
