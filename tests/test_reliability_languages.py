"""Reliability: sources not in English are compared without crashing, with a warning saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLE_HTML, SRC_000, SRC_001, run_cli

import compare
from compare.load.language import language_warning

LANGUAGES = Path(__file__).resolve().parent / "fixtures" / "languages"
_TAIL = "the fact extractors are tuned for English news, so expect fewer facts and alignments"


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("fr", "it looks like French"),
        ("de", "it looks like German"),
        ("es", "it looks like Spanish"),
        ("nl", "it looks like Dutch"),
        ("ru", "it is mostly in Cyrillic script (100% of letters)"),
    ],
)
def test_non_english_source_warns_and_compares(name: str, why: str) -> None:
    """A French, German, Spanish, Dutch or Russian article loads with a warning and compares."""
    source = compare.load_source(str(LANGUAGES / f"{name}.txt"), source_id="s1")
    (warning,) = source.warnings
    assert warning.startswith(f"not English: {why}") and warning.endswith(_TAIL)
    result = compare.compare_sources(source, compare.load_source(str(SRC_000), source_id="s2"))
    assert [c for c in result.claims if c.source_id == "s1"]
    for rendering in ("json", "markdown", "table"):
        assert compare.render(result, rendering).endswith("\n")


def test_two_non_english_sources_compare_via_cli() -> None:
    """Two non-English sources through the CLI: status 0, both warnings on stderr, a report on stdout."""
    status, out, err = run_cli("compare", str(LANGUAGES / "fr.txt"), str(LANGUAGES / "ru.txt"), "-f", "markdown")
    assert status == 0 and out.startswith("# claimdiff")
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("claimdiff: warning: ") and "not English" in line for line in lines)


@pytest.mark.parametrize("path", [SRC_000, SRC_001, ARTICLE_HTML], ids=["000", "001", "html"])
def test_english_sources_have_no_language_warning(path: Path) -> None:
    """The bundled English articles (text and HTML) carry no language warning."""
    assert not any(w.startswith("not English") for w in compare.load_source(str(path)).warnings)


def test_english_article_quoting_french_is_english() -> None:
    """An English article with one French paragraph stays English."""
    text = SRC_001.read_text(encoding="utf-8") + "\n\n" + (LANGUAGES / "fr.txt").read_text(encoding="utf-8")
    assert language_warning(text) is None


def test_short_text_is_too_short_to_tell() -> None:
    """A line or two says too little about its language: no warning."""
    assert language_warning("Le président a parlé lundi soir.") is None
    assert language_warning("Путин выступил в понедельник.") is None


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Πρόεδρος της Ρωσίας διέταξε την αποστολή στρατευμάτων σε δύο περιοχές της ανατολικής Ουκρανίας. " * 4,
         "Greek"),
        ("الرئيس الروسي أمر بإرسال قوات إلى منطقتين انفصاليتين في شرق أوكرانيا بعد الاعتراف باستقلالهما. " * 4,
         "Arabic"),
        ("俄罗斯总统普京周一晚间下令向乌克兰东部两个分离主义地区派遣军队，此前他承认了这两个地区的独立。" * 8, "CJK"),
    ],
    ids=["greek", "arabic", "chinese"],
)
def test_other_scripts_are_named(text: str, script: str) -> None:
    """Greek, Arabic or Chinese text is named by its script."""
    warning = language_warning(text)
    assert warning is not None and warning.startswith(f"not English: it is mostly in {script} script")
