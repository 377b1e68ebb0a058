"""Hand-built Comparisons for renderer tests: real sentences with exact spans, and a hostile one.

Also a minimal html.parser-based DOM (`parse_html`) for checking the HTML report.

Spans are computed with `text.find`, so every claim and fact points at the characters it
quotes; `build_claim` fails loudly if a sentence or fact is not where the fixture says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from compare.model import (
    Claim,
    Comparison,
    DivergenceKind,
    Entity,
    Fact,
    Finding,
    Hedge,
    Quantity,
    Quote,
    Reason,
    Role,
    Source,
    Span,
    TimeExpr,
    Verdict,
)

SOURCES = Path(__file__).resolve().parent.parent / "sources"

_FACT_TYPES: dict[str, Any] = {
    "quantity": Quantity,
    "date": TimeExpr,
    "quote": Quote,
    "entity": Entity,
    "hedge": Hedge,
}


def build_claim(
    source: Source,
    number: int,
    sentence: str,
    role: Role = Role.BODY,
    facts: tuple[tuple[str, str, dict[str, Any]], ...] = (),
) -> Claim:
    """A claim for `sentence` as found in `source.text`, with facts located inside it."""
    start = source.text.find(sentence)
    assert start >= 0, f"not in {source.id}: {sentence[:40]!r}"
    built: list[Fact] = []
    for kind, surface, fields in facts:
        offset = sentence.find(surface)
        assert offset >= 0, f"fact {surface!r} not in {sentence[:40]!r}"
        span = Span(start + offset, start + offset + len(surface))
        extra = dict(fields)
        if "speaker_text" in extra:
            speaker = extra.pop("speaker_text")
            at = source.text.find(speaker)
            extra["speaker_span"] = Span(at, at + len(speaker))
        built.append(_FACT_TYPES[kind](span=span, text=surface, **extra))
    return Claim(
        id=f"{source.id}:c{number}",
        source_id=source.id,
        span=Span(start, start + len(sentence)),
        text=sentence,
        role=role,
        paragraph=source.text[:start].count("\n\n"),
        facts=tuple(built),
    )


def reason(
    kind: DivergenceKind, a: str, b: str, explanation: str, a_text: str = "", b_text: str = ""
) -> Reason:
    """A reason whose spans are located (first occurrence) in the given source texts, if passed."""
    a_span = Span(a_text.find(a), a_text.find(a) + len(a)) if a and a in a_text else None
    b_span = Span(b_text.find(b), b_text.find(b) + len(b)) if b and b in b_text else None
    return Reason(kind, a, b, explanation, a_span, b_span)


def ukraine() -> Comparison:
    """The National vs ITV News on 21 February 2022: every verdict, a 3-claim finding."""
    national_text = (SOURCES / "000_4a82e88ad2850e87.txt").read_text(encoding="utf-8")
    itv_text = (SOURCES / "001_b2086199f1fced57.txt").read_text(encoding="utf-8")
    s1 = Source(
        id="s1",
        origin="sources/000_4a82e88ad2850e87.txt",
        label="The National",
        text=national_text,
        outlet="The National",
        date=dt.date(2022, 2, 21),
        metadata_spans=(Span(1, 16),),
    )
    s2 = Source(
        id="s2",
        origin="sources/001_b2086199f1fced57.txt",
        label="ITV News",
        text=itv_text,
        outlet="ITV News",
        title="Vladimir Putin orders 'peace-keeping' forces into separatist regions of Ukraine",
        warnings=("no date found; relative dates are unresolved",),
    )
    a = [
        build_claim(s1, 1, "date 2022-02-21", Role.METADATA),
        build_claim(
            s1,
            2,
            "Vladimir Putin has signalled he is open to recognising two breakaway regions of "
            "Ukraine as independent, in a move that would be sure to inflame the precarious "
            "situation in Eastern Europe.",
            facts=(
                ("entity", "Vladimir Putin", {"canonical": "Vladimir Putin", "kind": "person"}),
            ),
        ),
        build_claim(
            s1,
            3,
            "Russia’s parliament made the same request last week, prompting an outcry from "
            "Western diplomats who said such a move would violate international law and kill off a "
            "long-stalled peace process in Ukraine.",
            facts=(("date", "last week", {"kind": "relative"}),),
        ),
        build_claim(
            s1,
            4,
            "Russian troops assembled at Ukraine’s border claimed on Monday that they had killed "
            "five intruders whom they described as saboteurs, while Russian security services "
            "said a border checkpoint was destroyed in a separate incident.",
            facts=(
                ("date", "Monday", {"kind": "weekday", "value": "2022-02-21", "resolved": True}),
                ("quantity", "five intruders", {"low": 5.0, "high": 5.0, "counted": "intruders"}),
                ("hedge", "claimed", {"kind": "hedge", "cue": "claim"}),
            ),
        ),
        build_claim(
            s1,
            5,
            "He said Russia's troop movements gave Britain \"strong cause for concern that "
            "President Putin is still committed to an invasion\".",
            facts=(
                (
                    "quote",
                    "\"strong cause for concern that President Putin is still committed to an "
                    "invasion\"",
                    {
                        "content": "strong cause for concern that President Putin is still "
                        "committed to an invasion",
                        "speaker": "Ben Wallace",
                        "speaker_text": "Ben Wallace",
                        "verb": "said",
                        "partial": True,
                    },
                ),
            ),
        ),
        build_claim(
            s1,
            6,
            "A car drives towards the town of Avdiivka in the Donetsk region, near the front line "
            "with pro-Russian separatists. AFP",
            Role.CAPTION,
        ),
        build_claim(
            s1,
            7,
            "Russia is widely suspected of supporting the pro-Kremlin rebels in eastern Ukraine in "
            "a war that has killed more than 14,000 people since 2014, although it denies this.",
            facts=(
                ("hedge", "suspected", {"kind": "hedge", "cue": "suspect"}),
                (
                    "quantity",
                    "more than 14,000 people",
                    {"low": 14000.0, "high": None, "qualifier": "more_than", "unit": "people"},
                ),
                ("date", "2014", {"kind": "year", "value": "2014"}),
            ),
        ),
        build_claim(
            s1,
            8,
            "There was further concern among diplomats about the situation in Belarus, which "
            "borders Ukraine to the south, and which announced on Sunday that allied Russian "
            "troops were staying on its territory indefinitely.",
            facts=(("entity", "Belarus", {"canonical": "Belarus", "kind": "place"}),),
        ),
        build_claim(
            s1,
            9,
            "“I have my doubts whether the Russians will ever pull out of Belarus again.”",
            facts=(
                (
                    "quote",
                    "“I have my doubts whether the Russians will ever pull out of Belarus "
                    "again.”",
                    {
                        "content": "I have my doubts whether the Russians will ever pull out "
                        "of Belarus again.",
                        "speaker": "Alexander Schallenberg",
                    },
                ),
            ),
        ),
    ]
    b = [
        build_claim(
            s2,
            1,
            "Vladimir Putin orders 'peace-keeping' forces into separatist regions of Ukraine amid "
            "invasion fears",
            Role.HEADLINE,
        ),
        build_claim(
            s2,
            2,
            "Russian President Vladimir Putin has ordered \"peace-keeping\" forces into two "
            "separatist regions in eastern Ukraine just hours after he recognised them as "
            "independent, in a move many fear could be Moscow seeking to annex them.",
            facts=(("hedge", "could", {"kind": "modal", "cue": "could"}),),
        ),
        build_claim(
            s2,
            3,
            "Both Donetsk and Luhansk have large numbers of ethnic Russians and have separated "
            "from Ukraine since the 2014 conflict, acting as effectively Russian puppet states.",
            facts=(("date", "2014", {"kind": "year", "value": "2014"}),),
        ),
        build_claim(
            s2,
            4,
            "The Russian Duma (parliament) and a string of top politicians have called for Mr "
            "Putin to recognise the territories as independent nations in several carefully "
            "orchestrated pre-recorded meetings in recent days.",
            facts=(("date", "in recent days", {"kind": "relative"}),),
        ),
        build_claim(
            s2,
            5,
            "He claimed Ukraine was controlled by western governments and non-governmental "
            "organisations.",
            facts=(("hedge", "claimed", {"kind": "hedge", "cue": "claim"}),),
        ),
        build_claim(
            s2,
            6,
            "Additionally, Defence Secretary Ben Wallace said there is still “strong cause for "
            "concern” that President Putin remains committed to an invasion of Ukraine.",
            facts=(
                (
                    "quote",
                    "“strong cause for concern”",
                    {
                        "content": "strong cause for concern",
                        "speaker": "Ben Wallace",
                        "speaker_text": "Ben Wallace",
                        "verb": "said",
                        "partial": True,
                    },
                ),
            ),
        ),
        build_claim(
            s2, 7, "Police officers take part in a protest in Odessa. Credit: AP", Role.CAPTION
        ),
        build_claim(
            s2,
            8,
            "Russia's action extends what it said were military exercises, originally set to end "
            "on Sunday, that brought an estimated 30,000 Russian forces to Belarus, Ukraine's "
            "neighbour to the north.",
            facts=(
                (
                    "quantity",
                    "an estimated 30,000 Russian forces",
                    {
                        "low": 30000.0,
                        "high": 30000.0,
                        "qualifier": "about",
                        "approximate": True,
                        "unit": "personnel",
                        "counted": "Russian forces",
                    },
                ),
            ),
        ),
        build_claim(
            s2,
            9,
            "They are among at least 150,000 Russian troops now deployed outside Ukraine's "
            "borders, along with tanks, warplanes, artillery and other war materiel.",
            facts=(
                (
                    "quantity",
                    "at least 150,000 Russian troops",
                    {
                        "low": 150000.0,
                        "high": None,
                        "qualifier": "at_least",
                        "unit": "personnel",
                        "counted": "Russian troops",
                    },
                ),
            ),
        ),
    ]
    c = {claim.id: claim for claim in a + b}
    findings = (
        Finding(  # as the pipeline marks it: a figure the other source does not corroborate
            Verdict.UNIQUE,
            ("s1:c4",),
            0.0,
            (
                Reason(
                    DivergenceKind.DETAIL,
                    "five intruders",
                    "",
                    "Only one source gives “five intruders”.",
                    c["s1:c4"].facts[0].span,
                    None,
                ),
            ),
        ),
        Finding(
            Verdict.DIVERGE,
            ("s1:c5", "s2:c6"),
            0.71,
            (
                reason(
                    DivergenceKind.QUOTE,
                    "is still committed to an invasion",
                    "remains committed to an invasion of Ukraine",
                    "The National quotes words that ITV News gives as paraphrase.",
                    national_text,
                    itv_text,
                ),
            ),
        ),
        Finding(
            Verdict.DIVERGE,
            ("s1:c3", "s2:c4"),
            0.48,
            (
                reason(
                    DivergenceKind.TIME,
                    "last week",
                    "in recent days",
                    "The sources date the parliament's request differently.",
                ),
            ),
        ),
        Finding(
            Verdict.DIVERGE,
            ("s1:c8", "s2:c8", "s2:c9"),
            0.55,
            (
                reason(
                    DivergenceKind.DIRECTION,
                    "to the south",
                    "to the north",
                    "The sources put Belarus on opposite sides of Ukraine.",
                ),
                reason(
                    DivergenceKind.DETAIL,
                    "",
                    "an estimated 30,000 Russian forces",
                    "Only ITV News gives the size of the force in Belarus.",
                ),
            ),
        ),
        Finding(
            Verdict.PARTIAL,
            ("s1:c2", "s2:c2"),
            0.58,
            (
                reason(
                    DivergenceKind.DETAIL,
                    "",
                    "ordered \"peace-keeping\" forces",
                    "Only ITV News reports the order to send forces.",
                ),
            ),
        ),
        Finding(Verdict.AGREE, ("s1:c7", "s2:c3"), 0.664),
        Finding(Verdict.UNIQUE, ("s1:c9",), 0.0),
        Finding(Verdict.UNIQUE, ("s2:c1",), 0.0),  # a headline is compared like the body
        Finding(Verdict.UNIQUE, ("s2:c5",), 0.0),
    )
    return Comparison(
        sources=(s1, s2),
        claims=tuple(a + b),
        findings=findings,
        components=("lexical.token_set.v1", "judge.rules.v1"),
    )


HOSTILE_1 = (
    "Breaking | <script>alert(1)</script> update\n\n"
    "Officials said | 5 | people died in `rm -rf` town <script>alert(1)</script>.\n\n"
    "See [x](javascript:alert(1)) for *more* <!-- c --> details & __bold__ ~~gone~~.\n\n"
    "1. Not a list\n\n"
    "# Not a heading | really"
)
HOSTILE_2 = (
    "Officials said | 7 | people died in `rm -rf` town <img src=x onerror=alert(1)>.\n\n"
    "He \x1b[31mclaimed\x1b[0m the *vote* was | rigged | \u202eeulav\u202c.\n\n"
    "- not a bullet ]] [[ >> quote"
)


def hostile() -> Comparison:
    """Sources built to break reports: pipes, backticks, HTML, links, comments, ANSI, bidi."""
    s1 = Source(
        id="s1",
        origin="https://evil.example/a?x=<b>|</b>",
        label="Evil | Outlet <b>bold</b>",
        text=HOSTILE_1,
        outlet="`Evil`*",
        warnings=("<!-- c --> warning | <script>",),
    )
    s2 = Source(
        id="s2", origin="[x](javascript:alert(1))", label="# Other_*Outlet*", text=HOSTILE_2
    )
    a = [
        build_claim(s1, 1, "Breaking | <script>alert(1)</script> update", Role.HEADLINE),
        build_claim(
            s1,
            2,
            "Officials said | 5 | people died in `rm -rf` town <script>alert(1)</script>.",
            facts=(("quantity", "| 5 | people", {"low": 5.0, "high": 5.0, "unit": "people"}),),
        ),
        build_claim(
            s1,
            3,
            "See [x](javascript:alert(1)) for *more* <!-- c --> details & __bold__ ~~gone~~.",
            facts=(
                ("quantity", "1", {"low": 1.0, "high": 1.0}),
                (
                    "quote",
                    "[x](javascript:alert(1))",
                    {"content": "<script>alert(1)</script>", "speaker": "<!-- c -->|"},
                ),
            ),
        ),
        build_claim(s1, 4, "1. Not a list"),
        build_claim(s1, 5, "# Not a heading | really", Role.BOILERPLATE),
    ]
    b = [
        build_claim(
            s2,
            1,
            "Officials said | 7 | people died in `rm -rf` town <img src=x onerror=alert(1)>.",
            facts=(("quantity", "| 7 | people", {"low": 7.0, "high": 7.0, "unit": "people"}),),
        ),
        build_claim(
            s2,
            2,
            "He \x1b[31mclaimed\x1b[0m the *vote* was | rigged | \u202eeulav\u202c.",
            facts=(("hedge", "claimed", {"kind": "hedge", "cue": "claim"}),),
        ),
        build_claim(s2, 3, "- not a bullet ]] [[ >> quote"),
    ]
    findings = (
        Finding(
            Verdict.DIVERGE,
            ("s1:c2", "s2:c1"),
            0.9,
            (
                reason(
                    DivergenceKind.NUMBER,
                    "| 5 | people",
                    "| 7 | people",
                    "Counts differ: <script>alert(1)</script> | `x` *y*",
                ),
            ),
        ),
        Finding(Verdict.AGREE, ("s1:c4", "s2:c2"), 0.7),
        Finding(Verdict.UNIQUE, ("s1:c3",), 0.0),
        Finding(Verdict.UNIQUE, ("s2:c3",), 0.0),
    )
    return Comparison(sources=(s1, s2), claims=tuple(a + b), findings=findings)


def empty() -> Comparison:
    """Two sources with only claims that are not compared (captions): nothing was compared."""
    s1 = Source(id="s1", origin="a.txt", label="A", text="Caption one")
    s2 = Source(id="s2", origin="b.txt", label="B", text="Caption two")
    return Comparison(
        sources=(s1, s2),
        claims=(
            build_claim(s1, 1, "Caption one", Role.CAPTION),
            build_claim(s2, 1, "Caption two", Role.CAPTION),
        ),
        findings=(),
    )


# --- a minimal DOM for checking HTML reports with the standard library's html.parser ---------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Node:
    """An element as html.parser saw it: tag, attributes, children (Nodes and text strings)."""

    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self) -> Iterator[Node]:
        """This element and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
        ]

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        """The text content, leaving out elements that carry any class in `skip`."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not child.classes() & skip:
                parts.append(child.text(skip))
        return "".join(parts)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.comments: list[str] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)


@dataclass
class Document:
    """A parsed HTML report: the element tree plus what the parser saw outside elements."""

    root: Node
    comments: list[str]
    declarations: list[str]

    def by_id(self) -> dict[str, Node]:
        return {n.attrs["id"] or "": n for n in self.root.iter() if "id" in n.attrs}


def parse_html(markup: str) -> Document:
    """Parse an HTML report into a small tree (html.parser: no third-party parser needed)."""
    builder = _Builder()
    builder.feed(markup)
    builder.close()
    return Document(builder.root, builder.comments, builder.declarations)


# --- what "inert" means for the Markdown formats ---------------------------------------------

# A pipe that separates cells: not escaped by an odd run of backslashes before it.
CELL_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")
# The only links a Markdown report makes itself: the header's top conflicts to their headings.
OUR_LINKS = re.compile(r"^- \[\d+\. [a-z, ]+\]\(#[a-z0-9-]+\)", re.M)


def table_blocks(out: str) -> list[list[str]]:
    """The Markdown tables of a report, each as its list of `|` lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in out.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks


def assert_markdown_inert(out: str) -> None:
    """Fail unless a Markdown report has no raw HTML, links, code, controls or broken tables."""
    lowered = out.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<!--" not in out
    assert "](" not in re.sub(r"\\\]\(", "", OUR_LINKS.sub("", out))  # only escaped `]` before `(`
    assert not re.search(r"(?<!\\)`", out)
    assert "\x1b" not in out and "\u202e" not in out
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert all(re.match(r"#{1,3} ", h) for h in headings), headings
    # every line is either ours (heading, list, table, blank, prose) or nested list content
    assert not [line for line in out.splitlines() if line.startswith(("1.", "-  ", ">", "<"))]
    for block in table_blocks(out):
        widths = {len(CELL_PIPE.findall(row)) for row in block}
        assert len(widths) == 1, block
