"""Tests for compare.facts.quotes: quote marks, spans, speakers and reporting verbs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.facts import entities, quotes
from compare.model import Quote, Source
from compare.segment import segment

SOURCES = Path(__file__).resolve().parent.parent / "sources"


def _quotes(text: str) -> list[Quote]:
    source = Source("s1", "<test>", "test", text)
    sentences = segment(source)
    found = quotes.extract_document(source, sentences, entities.extract_document(source, sentences))
    assert len(found) == len(sentences)
    return [quote for per_sentence in found for quote in per_sentence]


def _bundled(name: str) -> list[Quote]:
    return _quotes((SOURCES / name).read_text(encoding="utf-8"))


# (content starts with, speaker, verb, partial) for every quote in the bundled articles, in order.
BUNDLED_000 = [
    ("elements of the Russian playbook", "Boris Johnson's spokesman", "said", True),
    ("starting to play out in real time", "Boris Johnson's spokesman", "said", True),
    ("strong cause for concern that President Putin", "Ben Wallace", "said", True),
    ("The ripples of anything", "Ben Wallace", "said", False),
    ("prevent casualties among civilians", "Denis Pushilin", "suggested", True),
    ("necessitate a swift and firm response", "United States", "said", True),
    ("not ready to take in our central proposals", "Sergey Lavrov", "told", True),
    ("In the shadows of the Russian-Ukrainian conflict", "Alexander Schallenberg", "said", False),
    ("I have my doubts", "Alexander Schallenberg", "said", False),
]
BUNDLED_001 = [
    ("peace-keeping", None, None, True),
    ("dismemberment of Ukraine", "James Mates", "reports", True),
    ("peace-keeping", None, None, True),
    ("ill omen", "Boris Johnson", "branded", True),
    ("flagrant breach of sovereignty", "Boris Johnson", "branded", True),
    ("This is plainly in breach of international law", "Boris Johnson", "said", False),
    ("repudiation", "Boris Johnson", "said", True),
    ("explore sending further defensive support", "Boris Johnson", "said", True),
    ("told President Zelenskyy", "Downing Street spokesperson", "said", False),
    ("The prime minister also said", "Downing Street spokesperson", "said", False),
    ("The leaders agreed", "Downing Street spokesperson", "said", False),
    ("Regardless of President Putin's actions", "Downing Street spokesperson", "said", False),
    ("illegal act", "Ursula von der Leyen and Charles Michel", "said", True),
    ("a blatant violation of international law", "Ursula von der Leyen and Charles Michel", "said", True),
    ("will react with sanctions", "Ursula von der Leyen and Charles Michel", "added", True),
    ("reiterates its unwavering support", "Ursula von der Leyen and Charles Michel", "added", True),
    ("This further undermines", "Jens Stoltenberg", "said", False),
    ("The phase of diplomacy is over", "Rohit Kachroo", "reports", False),
    ("strong cause for concern", "Ben Wallace", "said", True),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_4a82e88ad2850e87.txt", BUNDLED_000), ("001_b2086199f1fced57.txt", BUNDLED_001)],
)
def test_bundled_quote_list(name: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    """Every quote of each bundled article is found, in order, and nothing else is."""
    found = _bundled(name)
    assert len(found) == len(expected)
    for quote, (content, _, _, _) in zip(found, expected):
        assert quote.content.startswith(content)


@pytest.mark.parametrize(
    ("index", "content", "speaker", "verb", "partial"),
    [(i, *case) for i, case in enumerate(BUNDLED_000)],
)
def test_bundled_000_speakers(index: int, content: str, speaker: str | None, verb: str | None, partial: bool) -> None:
    """Each quote of the National article gets the right speaker, verb and partial flag."""
    quote = _bundled("000_4a82e88ad2850e87.txt")[index]
    assert quote.content.startswith(content)
    assert (quote.speaker, quote.verb, quote.partial) == (speaker, verb, partial)


@pytest.mark.parametrize(
    ("index", "content", "speaker", "verb", "partial"),
    [(i, *case) for i, case in enumerate(BUNDLED_001)],
)
def test_bundled_001_speakers(index: int, content: str, speaker: str | None, verb: str | None, partial: bool) -> None:
    """Each quote of the ITV article gets the right speaker, verb and partial flag."""
    quote = _bundled("001_b2086199f1fced57.txt")[index]
    assert quote.content.startswith(content)
    assert (quote.speaker, quote.verb, quote.partial) == (speaker, verb, partial)


@pytest.mark.parametrize("name", ["000_4a82e88ad2850e87.txt", "001_b2086199f1fced57.txt"])
def test_bundled_spans_are_exact(name: str) -> None:
    """Quote and speaker spans point at the exact characters of the source."""
    text = (SOURCES / name).read_text(encoding="utf-8")
    for quote in _quotes(text):
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.content in quote.text
        if quote.speaker_span is not None:
            assert len(quote.speaker_span) > 0


def test_downing_street_quote_spans_paragraphs() -> None:
    """A paragraph opening a quote with no close continues into the next, one speaker throughout."""
    found = [q for q in _bundled("001_b2086199f1fced57.txt") if q.speaker == "Downing Street spokesperson"]
    assert len(found) == 4
    assert found[0].text.startswith('"told') and not found[0].text.endswith('"')
    assert found[-1].text.endswith('integrity."')


def test_speaker_span_names_the_spokesman() -> None:
    """The spokesman, not the prime minister, is the speaker, and its span covers the owner."""
    quote = _bundled("000_4a82e88ad2850e87.txt")[0]
    assert quote.speaker_span is not None
    assert quote.text == "“elements of the Russian playbook”"


# (text, quote text, content, speaker, verb, partial): realistic made-up news sentences.
CASES = [
    ('"We will not back down," he said.', '"We will not back down,"', "We will not back down,", None, "said", False),
    (
        'Emmanuel Macron said: "Europe must stand together."',
        '"Europe must stand together."', "Europe must stand together.", "Emmanuel Macron", "said", False,
    ),
    (
        "“The talks were constructive,” said Kremlin spokesman Dmitry Peskov.",
        "“The talks were constructive,”", "The talks were constructive,", "Dmitry Peskov", "said", False,
    ),
    (
        "Olaf Scholz described the attack as “a dark day for Europe”.",
        "“a dark day for Europe”", "a dark day for Europe", "Olaf Scholz", "described", True,
    ),
    (
        "Antony Blinken warned of a “massive” response.",
        "“massive”", "massive", "Antony Blinken", "warned", True,
    ),
    (
        "The ministry called the reports ‘fake news’.",
        "‘fake news’", "fake news", "ministry", "called", True,
    ),
    (
        "Liz Truss told MPs: “Britain will not be intimidated.”",
        "“Britain will not be intimidated.”", "Britain will not be intimidated.", "Liz Truss", "told", False,
    ),
    (
        "“Sanctions are coming,” a White House spokeswoman said.",
        "“Sanctions are coming,”", "Sanctions are coming,", "White House spokeswoman", "said", False,
    ),
    (
        "“There is no plan to invade,” according to Sergey Lavrov.",
        "“There is no plan to invade,”", "There is no plan to invade,", "Sergey Lavrov", "according to", False,
    ),
    (
        "Joe Biden and Olaf Scholz said the pipeline would “not go forward”.",
        "“not go forward”", "not go forward", "Joe Biden and Olaf Scholz", "said", True,
    ),
    (
        "The EU claimed the vote was a “sham”.",
        "“sham”", "sham", "European Union", "claimed", True,
    ),
    (
        "Crowds gathered for what organisers called a 'peace march' in the capital.",
        "'peace march'", "peace march", None, "called", True,
    ),
]


@pytest.mark.parametrize(("text", "quoted", "content", "speaker", "verb", "partial"), CASES)
def test_made_up_sentences(text: str, quoted: str, content: str, speaker: str | None, verb: str | None, partial: bool) -> None:
    """A single quote in a news-style sentence gets its exact span, content, speaker and verb."""
    (quote,) = _quotes(text)
    assert quote.text == quoted
    assert text[quote.span.start : quote.span.end] == quoted
    assert text.index(quoted) == quote.span.start
    assert (quote.content, quote.speaker, quote.verb, quote.partial) == (content, speaker, verb, partial)


@pytest.mark.parametrize(
    "text",
    [
        "Putin's decision was criticised.",
        "It’s a flagrant violation, the prime minister's office said.",
        "The countries’ leaders met in Geneva.",
        "Rock ’n’ roll is not news.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    """Apostrophes in possessives and contractions are not read as quote marks."""
    assert _quotes(text) == []


def test_pronoun_resolves_to_last_named_person() -> None:
    """'he said' names the most recent person the source made a subject."""
    text = "Ben Wallace, the Defence Secretary, spoke in London.\n\n“We are ready,” he said."
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.verb) == ("Ben Wallace", "said")
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "he"


def test_title_reference_speaker() -> None:
    """'the prime minister said' names the person the source tied that title to."""
    text = "Prime Minister Boris Johnson visited Kyiv.\n\n“We stand with Ukraine,” the prime minister said."
    (quote,) = _quotes(text)
    assert quote.speaker == "Boris Johnson"


def test_unbalanced_opening_mark_runs_to_paragraph_end() -> None:
    """An unclosed quote is recorded up to its paragraph's end."""
    text = 'The minister said "this will not stand.\n\nOther news followed.'
    (quote,) = _quotes(text)
    assert quote.text == '"this will not stand.'
    assert quote.speaker is None or quote.speaker == "minister"


def test_stray_closing_mark_is_ignored() -> None:
    """A closing mark with no opening one yields no quote and no error."""
    assert _quotes("He said it was over” and left.") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB\"'“”‘’.,:\nMr Putin said he”")), max_size=120))
def test_never_raises_and_spans_match(text: str) -> None:
    """On arbitrary text the extractor raises nothing and every span matches its text."""
    for quote in _quotes(text) if text.strip() else []:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start <= quote.speaker_span.end <= len(text)


# --- quote wording through the judge: spellings are not rewordings ---------------------------

@pytest.mark.parametrize(("a", "b"), [
    pytest.param('Baer said he had concluded that lawyers for the two victims "have shown, albeit barely ... that '
                 'Iraq provided material support to bin Laden and al-Qaeda".',
                 'Judge Harold Baer concluded Wednesday that lawyers for the two victims "have shown, albeit barely '
                 '... that Iraq provided material support to bin Laden and al-Qaida."',
                 id="a-transliteration-two-ways"),
    pytest.param('"We will not forget what happened on September 11," she said.',
                 '"We will not forget what happened on Sept. 11," she said.', id="a-month-abbreviated"),
])
def test_a_spelling_is_no_change_of_wording(a: str, b: str) -> None:
    from compare import relate
    from compare.model import DivergenceKind

    assert not [r for r in relate(a, b).reasons if r.kind is DivergenceKind.QUOTE]


def test_a_swapped_word_in_a_quote_still_conflicts() -> None:
    from compare import relate
    from compare.model import DivergenceKind

    found = [(r.a, r.b) for r in relate('"We will not forget what happened on September 11," she said.',
                                        '"We will not forgive what happened on September 11," she said.').reasons
             if r.kind is DivergenceKind.QUOTE]
    assert found == [("forget", "forgive")], found
