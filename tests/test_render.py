"""Tests for compare.render: every format's order, fit, safety, determinism and JSON contract."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest_render import CELL_PIPE, assert_markdown_inert, empty, hostile, table_blocks, ukraine

from compare.errors import OptionsError
from compare.model import Comparison
from compare.options import FORMATS
from compare.render import RENDERERS, render, render_claims
from compare.render.json_report import claims_to_dict, to_dict, to_json
from compare.render.markdown import word_diff

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "claimdiff.schema.json").read_text(
        encoding="utf-8"
    )
)
ANSI = re.compile(r"\x1b\[")


# --- a tiny JSON Schema validator: the keywords docs/claimdiff.schema.json uses ------------


def _resolve(ref: str) -> dict[str, Any]:
    assert ref.startswith("#/$defs/"), ref
    schema: dict[str, Any] = SCHEMA["$defs"][ref.removeprefix("#/$defs/")]
    return schema


def _type_ok(value: Any, name: str) -> bool:
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    return bool(checks[name](value))


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Errors of `value` against `schema` (subset of JSON Schema: what our schema uses)."""
    known = {
        "$schema", "$id", "title", "$defs", "$ref", "type", "const", "enum", "pattern",
        "minimum", "maximum", "minItems", "items", "properties", "required",
        "additionalProperties", "oneOf",
    }  # fmt: skip
    unknown = set(schema) - known
    assert not unknown, f"validator does not support {unknown}"
    if "$ref" in schema:
        return validate(value, _resolve(schema["$ref"]), path)
    if "oneOf" in schema:
        passing = [s for s in schema["oneOf"] if not validate(value, s, path)]
        return [] if len(passing) == 1 else [f"{path}: matches {len(passing)} of oneOf"]
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_type_ok(value, n) for n in names):
            return [f"{path}: {value!r} is not {names}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if _type_ok(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k!r}" for k in schema.get("required", []) if k not in value]
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unexpected key {key!r}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, f"{path}.{key}")
    return errors


# --- registry and dispatch -----------------------------------------------------------------


def test_registry_covers_every_cli_format() -> None:
    """Each format the options accept has a registered renderer, and nothing else is registered."""
    assert sorted(RENDERERS) == sorted(FORMATS)


def test_unknown_format_lists_valid_names() -> None:
    """An unknown format raises OptionsError naming every valid format."""
    with pytest.raises(OptionsError) as err:
        render(ukraine(), "pdf")
    for name in FORMATS:
        assert name in str(err.value)


def test_render_claims_rejects_comparison_only_formats() -> None:
    """`claims` output is table or json only; markdown is refused with the valid names."""
    c = ukraine()
    with pytest.raises(OptionsError, match="table, json"):
        render_claims(c.sources[0], c.claims, "markdown")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_deterministic(fmt: str) -> None:
    """Rendering equal comparisons twice gives identical bytes."""
    first = render(ukraine(), fmt, width=100)
    assert first == render(ukraine(), fmt, width=100)
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_handles_empty_findings(fmt: str) -> None:
    """A comparison with no findings renders without error and still says what was skipped."""
    out = render(empty(), fmt, width=80)
    assert out.strip()
    if fmt != "checklist":
        assert "Caption one" in out or "Not compared" in out


# --- table -----------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [100, 60])
@pytest.mark.parametrize("factory", [ukraine, hostile])
def test_table_fits_width(width: int, factory: Any) -> None:
    """No table line (borders included) is longer than the requested width."""
    out = render(factory(), "table", width=width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_table_uses_terminal_width_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a width the table fits the terminal size (COLUMNS when not a tty)."""
    monkeypatch.setenv("COLUMNS", "72")
    out = render(ukraine(), "table")
    assert max(len(line) for line in out.splitlines()) <= 72


def test_table_has_no_colour_by_default() -> None:
    """ANSI codes appear only when colour is asked for."""
    assert not ANSI.search(render(ukraine(), "table", width=100))
    assert ANSI.search(render(ukraine(), "table", width=100, color=True))


def test_table_coloured_still_fits_width() -> None:
    """Colour codes do not count against the width."""
    out = render(ukraine(), "table", width=80, color=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(len(line) for line in plain.splitlines()) <= 80


def test_table_orders_diverge_partial_agree_unique() -> None:
    """Rows run divergences first, then partial, agree, and unique per source in source order."""
    out = render(ukraine(), "table", width=120)
    verdicts = re.findall(r"^│ (diverge|partial|agree|unique)", out, flags=re.M)
    assert verdicts == ["diverge"] * 3 + ["partial", "agree"] + ["unique"] * 4
    assert out.index("[s1:c4 ") < out.index("[s1:c9 ") < out.index("[s2:c5 ")


def test_table_ends_with_summary_line() -> None:
    """The last line counts verdicts and unique claims per source label."""
    last = render(ukraine(), "table", width=100).splitlines()[-1]
    assert last == (
        "3 diverge · 1 partial · 1 agree · 2 unique to The National · 2 unique to ITV News"
    )


def test_table_notes_claims_not_compared() -> None:
    """Captions and metadata are counted by role, not silently dropped; a headline is compared."""
    out = render(ukraine(), "table", width=100)
    assert "Not compared: 3 sentences that are not article claims (2 caption, 1 metadata)." in out


def test_table_shows_all_three_claims_of_a_split_finding() -> None:
    """A finding matching one sentence to two keeps both second-source claims in one row."""
    out = render(ukraine(), "table", width=120)
    row = out.split("├")[1]  # first data row: the 3-claim direction divergence
    assert "[s1:c8 " in row and "[s2:c8 " in row and "[s2:c9 " in row


class _Stdout:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("flag", "output", "no_color", "tty", "expected"),
    [
        (None, None, "", True, True),  # a terminal gets colour
        (None, None, "", False, False),  # a pipe does not
        (None, None, "1", True, False),  # NO_COLOR wins over the terminal
        (None, Path("out.txt"), "", True, False),  # a file never gets codes
        (True, None, "1", False, True),  # an explicit --color wins over everything
        (False, None, "", True, False),  # and so does --no-color
    ],
)
def test_table_colour_only_on_a_terminal_without_no_color(
    monkeypatch: pytest.MonkeyPatch,
    flag: bool | None,
    output: Path | None,
    no_color: str,
    tty: bool,
    expected: bool,
) -> None:
    """The CLI colours the table on a TTY only, unless NO_COLOR is set or a flag decides."""
    from compare import cli

    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setattr(cli.sys, "stdout", _Stdout(tty))
    assert cli._use_color(flag, output) is expected


def test_claims_table_one_row_per_sentence_with_facts() -> None:
    """`claims` table lists every sentence with id, role, paragraph and a facts summary."""
    c = ukraine()
    s2_claims = [x for x in c.claims if x.source_id == "s2"]
    out = render_claims(c.sources[1], s2_claims, "table", width=90)
    assert max(len(line) for line in out.splitlines()) <= 90
    for claim in s2_claims:
        assert f"│ {claim.id} " in out
    assert "quantity: at least" in out and "150,000" in out and "│ headline" in out
    assert out.splitlines()[-1] == "ITV News: 9 sentences, 8 compared claims (body and headline)."


# --- markdown ---------------------------------------------------------------------------------


def test_markdown_sections_in_order() -> None:
    """Sections run Divergences, Partial, Agreements, Unique per source, Not compared."""
    out = render(ukraine(), "markdown")
    heads = re.findall(r"^## (.+?) \(", out, flags=re.M)
    assert heads == [
        "Divergences",
        "Partial overlaps",
        "Agreements",
        "Unique to The National",
        "Unique to ITV News",
        "Not compared",
    ]


def test_markdown_divergences_most_important_kind_first() -> None:
    """Direction comes before time, and time before quote."""
    out = render(ukraine(), "markdown")
    titles = re.findall(r"^### \d+\. ([a-z, ]+)$", out, flags=re.M)
    assert titles == ["direction, detail", "time", "quote"]


def test_markdown_items_show_id_paragraph_and_chars() -> None:
    """Each claim is located by id, 1-based paragraph and its character span."""
    c = ukraine()
    claim = next(x for x in c.claims if x.id == "s1:c3")
    out = render(c, "markdown")
    assert f"(s1:c3, ¶{claim.paragraph + 1}, chars {claim.span.start}–{claim.span.end})" in out


def test_markdown_header_lists_sources_and_counts() -> None:
    """The header names each source with outlet, date and origin, and counts every verdict."""
    out = render(ukraine(), "markdown")
    row = "| s1 | The National | The National | 2022-02-21 | sources/000\\_4a82e88ad2850e87.txt |"
    assert row in out
    assert "| 3 | 1 | 1 | 2 | 2 | 3 |" in out


def test_markdown_not_compared_lists_roles() -> None:
    """Sentences that are not article claims appear under Not compared with their role; a
    headline does not (it is compared)."""
    out = render(ukraine(), "markdown").split("## Not compared")[1]
    for role, cid in (("caption", "s1:c6"), ("metadata", "s1:c1")):
        assert f"· {role} ({cid}" in out
    assert "s2:c1" not in out


def test_word_diff_marks_removed_and_added_words() -> None:
    """Removed words are struck through, added words bold, shared words left plain."""
    assert word_diff("Belarus to the south", "Belarus to the north") == (
        "Belarus to the ~~south~~ **north**"
    )


def test_word_diff_escapes_words() -> None:
    """Diffed words are escaped, so only the diff markers are markup."""
    assert word_diff("a *b*", "a <i>") == r"a ~~\*b\*~~ **&lt;i&gt;**"


def test_markdown_divergence_has_word_diff() -> None:
    """Each divergence carries a word-level diff of its two sides."""
    out = render(ukraine(), "markdown")
    assert "~~is still~~ **remains**" in out


def test_markdown_header_links_top_conflicts_to_their_headings() -> None:
    """The header lists the top conflicts, each linking to its divergence heading's anchor."""
    out = render(ukraine(), "markdown")
    head = out.split("## Divergences")[0]
    links = re.findall(r"^- \[(.+?)\]\(#(.+?)\): (.+)$", head, flags=re.M)
    assert [title for title, _, _ in links] == ["1. direction, detail", "2. time", "3. quote"]
    assert links[0][1] == "1-direction-detail"
    assert "“to the south” vs ITV News “to the north”" in links[0][2]
    for title, _, _ in links:
        assert f"\n### {title}\n" in out


def test_markdown_unique_claim_shows_single_source_figure() -> None:
    """A unique claim carrying an uncorroborated figure says so under the claim."""
    out = render(ukraine(), "markdown").split("## Unique to The National")[1]
    assert "  - **detail**: Only one source gives “five intruders”." in out


# --- checklist --------------------------------------------------------------------------------


def _items(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("- [ ] ")]


def test_checklist_ranks_conflicts_then_numbers_quotes_hedges() -> None:
    """Items run hard conflicts by kind, single-source numbers, quotes, then hedge mismatches; a
    loosely related partial pair (score 0.58) with a 'could' on one side is not a hedge item."""
    items = _items(render(ukraine(), "checklist"))
    kinds = [re.findall(r"^- \[ \] \*\*(\w+)\*\*", i)[0] for i in items]
    assert kinds == ["direction", "time", "quote", "number", "quote", "certainty"]


def test_checklist_items_locate_both_sides() -> None:
    """An aligned item names each side's label, paragraph and claim id."""
    first = _items(render(ukraine(), "checklist"))[0]
    assert "“to the south”" in first and "“to the north”" in first
    assert (
        "(The National s1:c8 ¶25, chars 4096–4306; ITV News s2:c8 ¶42, chars 7361–7549; "
        "ITV News s2:c9 ¶43, chars 7551–7700)"
    ) in first


def test_checklist_quotes_are_single_source_by_content_not_by_alignment(pair: Comparison) -> None:
    """On the bundled pair a quote is listed when the other source quotes nothing like it, even
    if its claim is compared with something: Johnson's 'plainly in breach of international law'
    (ITV only) is listed, Wallace's 'strong cause for concern' (both) and the scare-quoted
    'peace-keeping' are not, and no figure is listed twice."""
    out = render(pair, "checklist")
    quotes = out.split("## Quotes from a single source")[1].split("\n## ")[0]
    assert "“This is plainly in breach of international law" in quotes
    assert "strong cause for concern" not in quotes and "peace-keeping" not in quotes
    numbers = [line for line in _items(out) if line.startswith("- [ ] **number** only in one source")]
    assert numbers and len(numbers) == len(set(numbers))


def test_checklist_flags_hedged_versus_flat() -> None:
    """A claim hedged in one source but flat in the other is listed with the hedge cue."""
    out = render(ukraine(), "checklist")
    assert "The National hedges (“suspected”) but ITV News states it flatly" in out


def test_checklist_lists_number_from_a_diverge_reason() -> None:
    """A number conflict is the first item and asks for the correct figure."""
    first = _items(render(hostile(), "checklist"))[0]
    assert first.startswith("- [ ] **number**") and "establish the correct figure" in first


def test_checklist_empty_says_nothing_to_verify() -> None:
    """With nothing to check the checklist says so instead of printing an empty list."""
    assert "Nothing to verify" in render(empty(), "checklist")


# --- injection -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "checklist"])
def test_markdown_formats_are_inert(fmt: str) -> None:
    """Hostile source text cannot inject HTML, links, comments or code, or break structure."""
    assert_markdown_inert(render(hostile(), fmt))


def test_markdown_tables_keep_column_count_with_hostile_labels() -> None:
    """Source and count tables keep one column per header even when labels contain `|`."""
    blocks = table_blocks(render(hostile(), "markdown"))
    assert [len(CELL_PIPE.findall(b[0])) for b in blocks] == [6, 7]


def test_table_is_inert_in_a_terminal() -> None:
    """The terminal table passes no escape or bidi codes through from sources."""
    out = render(hostile(), "table", width=100)
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b" in out  # shown, so a reader knows the source held a control code


def test_json_round_trips_hostile_text_exactly() -> None:
    """JSON carries the raw characters: every claim text equals its source slice."""
    c = hostile()
    data = json.loads(to_json(c))
    texts = {s.id: s.text for s in c.sources}
    for raw, claim in zip(data["claims"], c.claims, strict=True):
        assert raw["text"] == claim.text == texts[raw["source"]][raw["start"] : raw["end"]]
    assert data["sources"][0]["label"] == "Evil | Outlet <b>bold</b>"
    explanation = data["findings"][0]["reasons"][0]["explanation"]
    assert explanation.startswith("Counts differ: <script>")


# --- json ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [ukraine, hostile, empty])
def test_json_matches_schema(factory: Any) -> None:
    """Every JSON report validates against docs/claimdiff.schema.json."""
    assert validate(json.loads(to_json(factory())), SCHEMA) == []


def test_bundled_pair_json_matches_schema_with_signals(pair: Comparison) -> None:
    """The real comparison of the bundled pair validates, and every aligned finding carries the
    named similarity components behind its score."""
    data = json.loads(to_json(pair))
    assert validate(data, SCHEMA) == []
    aligned = [f for f in data["findings"] if f["verdict"] != "unique"]
    assert aligned
    for f in aligned:
        assert {"dice_idf", "token_set", "entities", "quotes", "shared_mass"} <= set(f["signals"])
        assert f["signals"]["similarity"] == f["score"]


def test_claims_json_matches_schema() -> None:
    """The `claims` JSON has the compare shape with no findings and validates too."""
    c = ukraine()
    data = json.loads(render_claims(c.sources[0], c.claims[:9], "json"))
    assert validate(data, SCHEMA) == []
    assert data["findings"] == [] and data["summary"]["unique"] == {"s1": 0}
    assert claims_to_dict(c.sources[0], c.claims[:9]) == data


def test_schema_validator_rejects_bad_reports() -> None:
    """The hand-written validator catches a wrong type, a missing key and an unknown key."""
    data = to_dict(ukraine())
    data["findings"][0]["score"] = "high"
    del data["claims"][0]["role"]
    data["summary"]["extra"] = 1
    errors = validate(json.loads(json.dumps(data)), SCHEMA)
    assert any("score" in e for e in errors)
    assert any("missing 'role'" in e for e in errors)
    assert any("unexpected key 'extra'" in e for e in errors)


def test_json_top_level_keys_in_contract_order() -> None:
    """Keys appear in the documented order, with schema version first."""
    data = to_dict(ukraine())
    assert list(data) == [
        "schema_version", "sources", "components", "claims", "findings", "summary",
    ]  # fmt: skip
    assert data["components"] == ["lexical.token_set.v1", "judge.rules.v1"]


def test_json_flattens_fact_spans_and_fields() -> None:
    """Facts carry type, start, end, text and every dataclass field; speaker_span is flattened."""
    data = to_dict(ukraine())
    claim = next(x for x in data["claims"] if x["id"] == "s1:c5")
    quote = claim["facts"][0]
    assert list(quote) == [
        "type", "start", "end", "text", "content", "speaker", "speaker_start", "speaker_end",
        "verb", "partial",
    ]  # fmt: skip
    source = ukraine().sources[0].text
    assert source[quote["speaker_start"] : quote["speaker_end"]] == "Ben Wallace"
    assert source[quote["start"] : quote["end"]] == quote["text"]
    quantity = next(x for x in data["claims"] if x["id"] == "s1:c7")["facts"][1]
    assert (quantity["type"], quantity["low"], quantity["high"]) == ("quantity", 14000.0, None)


def test_json_findings_keep_three_claims_and_reason_spans() -> None:
    """A 3-claim finding lists all ids; reason spans are flattened, null when unknown."""
    data = to_dict(ukraine())
    split = next(f for f in data["findings"] if len(f["claims"]) == 3)
    assert split["claims"] == ["s1:c8", "s2:c8", "s2:c9"]
    assert split["reasons"][0]["a_start"] is None
    quote = next(f for f in data["findings"] if f["claims"] == ["s1:c5", "s2:c6"])
    r = quote["reasons"][0]
    assert r["a_start"] is not None and r["b_end"] is not None


def test_json_summary_counts_verdicts_and_unique_per_source() -> None:
    """The summary counts findings per verdict and unique findings per source id."""
    assert to_dict(ukraine())["summary"] == {
        "agree": 1,
        "partial": 1,
        "diverge": 3,
        "unique": {"s1": 2, "s2": 2},
    }
    assert to_dict(empty())["summary"]["unique"] == {"s1": 0, "s2": 0}


def test_json_is_unicode_and_sorted_as_given() -> None:
    """Output keeps non-ASCII characters literal and ends with one newline."""
    out = to_json(ukraine())
    assert "Russia’s parliament" in out and out.endswith("}\n")


def test_json_render_matches_to_json() -> None:
    """The registered json renderer is to_json, ignoring width and colour."""
    c: Comparison = ukraine()
    assert render(c, "json", width=10, color=True) == to_json(c)
