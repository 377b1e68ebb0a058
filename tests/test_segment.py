"""Tests for compare.segment: sentence spans, paragraphs, fix-ups over pysbd, and roles."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.model import Role, Sentence, Source, Span
from compare.segment import (
    is_boilerplate,
    is_caption,
    is_headline,
    paragraph_spans,
    segment,
    segment_text,
)

SOURCES = Path(__file__).resolve().parent.parent / "sources"
PATH_000 = SOURCES / "000_4a82e88ad2850e87.txt"
PATH_001 = SOURCES / "001_b2086199f1fced57.txt"
TEXT_000 = PATH_000.read_text(encoding="utf-8")
TEXT_001 = PATH_001.read_text(encoding="utf-8")
DATE_LINE_000 = Span(0, 16)  # " date 2022-02-21", as the loader marks it


def make_source(text: str, metadata: tuple[Span, ...] = (), origin: str = "test") -> Source:
    """Build a source directly, as the loader would, with the given metadata spans."""
    return Source(id="s1", origin=origin, label="x", text=text, metadata_spans=metadata)


def source_000() -> Source:
    """Return 000 with its date line marked as metadata."""
    return make_source(TEXT_000, (DATE_LINE_000,), str(PATH_000))


def source_001() -> Source:
    """Return 001, which has no metadata."""
    return make_source(TEXT_001, (), str(PATH_001))


def paragraphs_of(text: str) -> list[str]:
    """Split on blank lines, the way the bundled files are written."""
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def check_invariants(source: Source, sentences: tuple[Sentence, ...]) -> None:
    """Assert the segmentation contract: nothing dropped, ordered, trimmed, metadata honoured."""
    text = source.text
    in_metadata = [False] * len(text)
    for m in source.metadata_spans:
        in_metadata[m.start : m.end] = [True] * len(text[m.start : m.end])
    covered = [False] * len(text)
    previous_end = 0
    previous_paragraph = 0
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        assert previous_end <= start < end <= len(text)
        assert sentence.text == text[start:end]
        assert sentence.text == sentence.text.strip()
        assert sentence.paragraph >= previous_paragraph
        # a sentence lies wholly inside metadata (and is METADATA) or wholly outside it
        inside = in_metadata[start:end]
        assert all(inside) or not any(inside)
        assert all(inside) == (sentence.role is Role.METADATA)
        covered[start:end] = [True] * (end - start)
        previous_end, previous_paragraph = end, sentence.paragraph
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not missing, f"dropped characters at {missing[:10]}"


def layout(sentences: tuple[Sentence, ...]) -> list[tuple[int, str]]:
    """Reduce sentences to (paragraph, role) pairs."""
    return [(s.paragraph, s.role.value) for s in sentences]


# --- the bundled pair ---------------------------------------------------------------------


def test_000_full_role_layout() -> None:
    """000: date line is metadata, 'Live updates' is boilerplate, one AFP caption, 27 body."""
    sentences = segment(source_000())
    check_invariants(source_000(), sentences)
    expected = [(0, "metadata"), (0, "boilerplate")]
    for paragraph in range(1, 27):
        expected.append((paragraph, "caption" if paragraph == 11 else "body"))
        if paragraph in (20, 23):  # the two paragraphs holding two sentences each
            expected.append((paragraph, "body"))
    assert layout(sentences) == expected
    assert sum(s.role is Role.BODY for s in sentences) == 27


def test_001_full_role_layout() -> None:
    """001: headline, four video blurbs, three credited captions, and 40 body sentences."""
    sentences = segment(source_001())
    check_invariants(source_001(), sentences)
    captions = {1, 5, 7, 27, 33, 36, 40}
    expected: list[tuple[int, str]] = [(0, "headline")]
    for paragraph in range(1, 46):
        role = "caption" if paragraph in captions else "body"
        expected.append((paragraph, role))
        if paragraph in (7, 23, 39):  # blurb with a question; two two-sentence paragraphs
            expected.append((paragraph, role))
    assert layout(sentences) == expected
    assert sum(s.role is Role.BODY for s in sentences) == 40


def test_000_date_line_is_cut_from_its_line() -> None:
    """The metadata span splits the first line: the date is METADATA, the rest BOILERPLATE."""
    first, second = segment(source_000())[:2]
    assert (first.text, first.role, first.span) == ("date 2022-02-21", Role.METADATA, Span(1, 16))
    assert second.text == "Live updates: follow the latest news on Russia-Ukraine"
    assert second.role is Role.BOILERPLATE


def test_000_without_metadata_span_still_keeps_the_date() -> None:
    """Without a metadata span the date line is not lost: it is boilerplate with its line."""
    sentences = segment(make_source(TEXT_000))
    check_invariants(make_source(TEXT_000), sentences)
    assert sentences[0].text.startswith("date 2022-02-21 Live updates")
    assert sentences[0].role is Role.BOILERPLATE


def test_credit_fragments_rejoin_their_caption() -> None:
    """A `Credit: AP` or bare `AFP` that pysbd splits off rejoins its caption sentence."""
    by_paragraph_001 = {s.paragraph: s for s in segment(source_001())}
    assert by_paragraph_001[5].text == (
        "People from Donetsk, the territory controlled by a pro-Russia separatist government in "
        "eastern Ukraine, evacuate the region. Credit: AP"
    )
    assert (
        by_paragraph_001[40].text == "Police officers take part in a protest in Odessa. Credit: AP"
    )
    caption_000 = [s for s in segment(source_000()) if s.role is Role.CAPTION]
    assert [s.text for s in caption_000] == [paragraphs_of(TEXT_000)[11]]
    assert caption_000[0].text.endswith("pro-Russian separatists. AFP")


def test_reporters_stating_facts_are_body() -> None:
    """A named reporter saying something in a full sentence is article text, not a blurb."""
    body = {s.text for s in segment(source_001()) if s.role is Role.BODY}
    assert any(t.startswith("ITV News Correspondent Dan Rivers who is in") for t in body)
    assert any(t.startswith("ITV News Political Editor Robert Peston said") for t in body)


def test_quote_with_attribution_in_sample_is_one_sentence() -> None:
    """`“…,” he said.` and `“…,” said <name>.` in 000 each stay a single sentence."""
    texts = [s.text for s in segment(source_000())]
    assert (
        "“The ripples of anything that happens in Ukraine will be felt right across Europe, "
        "whether they are in Nato or not,” he said."
    ) in texts
    assert (
        texts[-1] == "“I have my doubts whether the Russians will ever pull out of Belarus again.”"
    )
    assert any(t.endswith("said Austrian Foreign Minister Alexander Schallenberg.") for t in texts)


# --- paragraphs ---------------------------------------------------------------------------


def test_single_newline_paragraphs_match_blank_line_paragraphs() -> None:
    """One paragraph per line (trafilatura output) gives the same sentences, roles and numbers."""
    squeezed = TEXT_001.replace("\n\n", "\n")
    assert layout(segment(make_source(squeezed))) == layout(segment(source_001()))
    assert [s.text for s in segment(make_source(squeezed))] == [
        s.text for s in segment(source_001())
    ]


def test_hard_wrapped_paragraphs_stay_whole() -> None:
    """Prose wrapped at 72 columns keeps one paragraph per block and sentences across lines."""
    wrapped = "\n\n".join(
        textwrap.fill(p, 72, break_on_hyphens=False) for p in paragraphs_of(TEXT_001)
    )
    original = segment(source_001())
    sentences = segment(make_source(wrapped))
    check_invariants(make_source(wrapped), sentences)
    assert layout(sentences) == layout(original)
    assert [" ".join(s.text.split()) for s in sentences] == [s.text for s in original]


def test_title_line_over_wrapped_text_is_its_own_paragraph() -> None:
    """A short title line directly above wrapped prose is a separate (headline) paragraph."""
    body = textwrap.fill(paragraphs_of(TEXT_000)[1], 72)
    text = "Putin signals he may recognise rebel regions\n" + body
    sentences = segment(make_source(text))
    assert [s.paragraph for s in sentences] == [0, 1]
    assert [s.role for s in sentences] == [Role.HEADLINE, Role.BODY]


def test_markdown_headings_are_headlines_and_paragraphs() -> None:
    """A `#` heading line is a HEADLINE paragraph even when text follows on the next line."""
    text = "# Putin orders troops into Donbas\n\n## Reaction\nThe UK said the move broke the law."
    sentences = segment_text(text)
    assert [(s.text, s.role, s.paragraph) for s in sentences] == [
        ("# Putin orders troops into Donbas", Role.HEADLINE, 0),
        ("## Reaction", Role.HEADLINE, 1),
        ("The UK said the move broke the law.", Role.BODY, 2),
    ]


def test_windows_line_endings_split_paragraphs() -> None:
    """CRLF blank lines separate paragraphs just like LF ones."""
    crlf = TEXT_000.replace("\n", "\r\n")
    source = make_source(crlf, (DATE_LINE_000,))
    sentences = segment(source)
    check_invariants(source, sentences)
    assert layout(sentences) == layout(segment(source_000()))


def test_paragraph_spans_are_trimmed_and_ordered() -> None:
    """paragraph_spans returns trimmed, ordered spans: 27 for 000 and 46 for 001."""
    for text, count in ((TEXT_000, 27), (TEXT_001, 46)):
        spans = paragraph_spans(text)
        assert len(spans) == count
        assert [text[s.start : s.end] for s in spans] == paragraphs_of(text)


# --- sentence fix-ups ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mr Putin met Mrs May. Dr Fox was absent.", 2),
        ("Mr. Smith met Mrs. Jones and Dr. Watson at No. 10 Downing St. on Monday.", 1),
        ("Gen. Mark Milley spoke to U.S. officials. The U.K. said no.", 2),
        ("The meeting starts at 9 a.m. on Tuesday and ends at 5 p.m. The PM will attend.", 2),
        ("The U.S. and U.K. governments met at 10 a.m. GMT. They agreed.", 2),
        ("He lives in St. Petersburg. She lives on Main St. in Boston.", 2),
        ("Sen. Bernie Sanders and Rep. Jim Jordan met Gov. Gavin Newsom.", 1),
        ("He was born in the U.S. He left in 2014.", 2),
        ("Lt. Col. Alexander Vindman testified on Tuesday.", 1),
    ],
)
def test_abbreviations_do_not_split(text: str, count: int) -> None:
    """Titles, initialisms, a.m./p.m., No. and St. do not end a sentence on their own."""
    assert len(segment_text(text)) == count


def test_multi_sentence_quote_with_attribution_stays_whole() -> None:
    """A quote of several sentences followed by its attribution is one sentence."""
    text = (
        "“Ukraine is not Russia. It never was. It never will be,” Zelenskyy told the U.N. "
        "Security Council. The council met again on Tuesday."
    )
    first = (
        "“Ukraine is not Russia. It never was. It never will be,” Zelenskyy told the U.N. "
        "Security Council."
    )
    assert [s.text for s in segment_text(text)] == [first, "The council met again on Tuesday."]


def test_quote_split_by_a_line_break_is_rejoined() -> None:
    """A quote broken over two lines of a wrapped paragraph still ends with its attribution."""
    text = "“We are ready. The troops\nare ready,” he told reporters. Then he left the room."
    assert [s.text for s in segment_text(text)] == [
        "“We are ready. The troops\nare ready,” he told reporters.",
        "Then he left the room.",
    ]


def test_bare_attribution_rejoins_its_quote() -> None:
    """`“... The End!” He said.` keeps the short attribution with the quote it attributes."""
    sentences = segment_text("“This is it. The End!” He said. Russia disagreed.")
    assert [s.text for s in sentences] == ["“This is it. The End!” He said.", "Russia disagreed."]


def test_full_sentence_after_quote_is_not_an_attribution() -> None:
    """A real sentence after a closed quote stays separate even if it has a reporting verb."""
    text = "“We will not stop. We will not rest.” Johnson told the BBC that he meant every word."
    assert len(segment_text(text)) == 2


def test_sentences_glued_across_a_closing_quote_are_split() -> None:
    """`...over.”The next day` with no space is two sentences."""
    for text in (
        "“This is over.”The next day, troops moved in.",
        'It was "over."The troops moved.',
    ):
        assert len(segment_text(text)) == 2, text


def test_closing_quote_stays_with_its_sentence() -> None:
    """A closing quote pysbd puts at the start of the next sentence moves back to its own."""
    sentences = segment_text("Troops moved “at dawn.” He said so. “We are here.” “Go.”")
    assert sentences[0].text == "Troops moved “at dawn.”"
    assert not any(s.text[0] in '”"' for s in sentences)


def test_repeated_sentences_get_their_own_spans() -> None:
    """Identical sentences map to their own offsets, not to the first occurrence."""
    text = "Go home. Go home. Go home."
    assert [s.span for s in segment_text(text)] == [Span(0, 8), Span(9, 17), Span(18, 26)]


def test_stray_punctuation_is_not_a_sentence() -> None:
    """A piece with no letters or digits joins a neighbouring sentence."""
    sentences = segment_text("It ended. ... Then it began again.")
    assert all(any(c.isalnum() for c in s.text) for s in sentences)
    check_invariants(make_source("It ended. ... Then it began again."), sentences)


def test_one_long_paragraph_segments_like_many() -> None:
    """A paragraph past the pysbd chunk size gives the same sentences as its parts do."""
    body = [p for i, p in enumerate(paragraphs_of(TEXT_000)) if i not in (0, 11)]
    joined = " ".join(body)
    assert len(joined) > 3000
    parts = [s.text for p in body for s in segment_text(p)]
    assert [s.text for s in segment_text(joined)] == parts


def test_quote_across_a_chunk_cut_stays_whole() -> None:
    """A long quote that a pysbd chunk cut falls inside is rejoined with its attribution."""
    paragraphs = paragraphs_of(TEXT_000)
    lead = " ".join(paragraphs[1:5])
    quoted = " ".join(paragraphs[i] for i in (5, 6, 8, 12, 14, 16, 17))
    quote = f"“{quoted[:-1]},” the minister said."
    text = f"{lead} {quote} Russia denied it."
    # the quote covers the whole window where the first chunk may be cut (1000..2000)
    assert len(lead) < 1000
    assert len(lead) + len(quote) > 2000
    texts = [s.text for s in segment_text(text)]
    assert texts[-2:] == [quote, "Russia denied it."]


def test_book_length_paragraph_is_fast() -> None:
    """A 250 kB single paragraph segments in seconds, not minutes (pysbd is quadratic)."""
    big = " ".join(paragraphs_of(TEXT_001)[2:]) + " "
    text = big * 30
    started = time.perf_counter()
    sentences = segment_text(text)
    assert time.perf_counter() - started < 20
    check_invariants(make_source(text), sentences)


# --- role rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        paragraphs_of(TEXT_000)[11],
        *(paragraphs_of(TEXT_001)[i] for i in (1, 5, 7, 27, 33, 36, 40)),
        "Protesters gather outside the Russian embassy in London. Credit: Reuters",
        "Troops on exercise near Brest, Belarus. (Photo: Getty Images)",
        "Boris Johnson leaves Downing Street for PMQs. Picture: PA",
        "A destroyed tank near Kharkiv. Photo: Sergei Bobok/AFP via Getty Images",
        "Residents queue for water in Mariupol. EPA",
        "Residents queue for water in Mariupol. Reuters",
        "Pictured: the Kremlin on Monday evening",
        "Sky News Chief Correspondent Stuart Ramsay reports from the front line in Donbas",
        "BBC Moscow Editor Steve Rosenberg explains what Putin wants from the West",
        '"We are not afraid," reports Channel 4 News Correspondent Lindsey Hilsum',
    ],
)
def test_is_caption_accepts_captions_and_blurbs(paragraph: str) -> None:
    """Credited photo captions and reporter video blurbs are captions."""
    assert is_caption(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        paragraphs_of(TEXT_001)[6],  # Dan Rivers said ... .
        paragraphs_of(TEXT_001)[10],  # Robert Peston said ... .
        paragraphs_of(TEXT_001)[3],  # Russian media reported that ... .
        paragraphs_of(TEXT_000)[10],
        "The figures were confirmed to Reuters.",
        "Mr Putin reports to nobody, critics say",
        "Vladimir Putin orders 'peace-keeping' forces into separatist regions of Ukraine",
    ],
)
def test_is_caption_rejects_body_text(paragraph: str) -> None:
    """Full sentences, including reporters stating facts, are not captions."""
    assert not is_caption(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Live updates: follow the latest news on Russia-Ukraine",
        "LIVE: Russia-Ukraine crisis latest",
        "Read more: Why is Russia threatening Ukraine?",
        "Sign up to our daily newsletter",
        "Follow us on Twitter for the latest updates",
        "Follow ITV News on Facebook",
        "Share this article",
        "Advertisement",
        "Related: What we know about the Minsk agreements",
        "© 2022 The Independent. All rights reserved.",
        "Copyright Reuters 2022",
        "We use cookies to improve your experience.",
        "* * *",
    ],
)
def test_is_boilerplate_accepts_site_furniture(paragraph: str) -> None:
    """Live-blog links, sign-ups, follow/share prompts, ads, copyright and cookie lines."""
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        paragraphs_of(TEXT_000)[1],
        "Live footage showed Russian tanks crossing the border.",
        "Shares in Russian banks fell 40% on Monday.",
        "Following the meeting, Mr Lavrov said talks would continue.",
        "Related talks in Geneva ended without agreement.",
    ],
)
def test_is_boilerplate_rejects_news(paragraph: str) -> None:
    """News sentences that merely start with a furniture word are body text."""
    assert not is_boilerplate(paragraph)


def test_is_headline_rules() -> None:
    """Only a short unpunctuated first line, or a `#` heading anywhere, is a headline."""
    assert is_headline(paragraphs_of(TEXT_001)[0], first=True)
    assert is_headline("Will Russia invade Ukraine?", first=True)
    assert is_headline("## What happens next", first=False)
    assert not is_headline(paragraphs_of(TEXT_001)[0], first=False)
    assert not is_headline(paragraphs_of(TEXT_000)[1], first=True)
    assert not is_headline("Putin recognises two rebel regions.", first=True)
    assert not is_headline(" ".join(["word"] * 30), first=True)


def test_first_paragraph_after_boilerplate_can_be_headline() -> None:
    """A headline below a date line and a live-blog link is still the source's headline."""
    text = (
        " date 2022-02-21 Live updates: follow the news\n\n"
        "Putin recognises rebel regions\n\n"
        "He spoke."
    )
    roles = [s.role for s in segment(make_source(text, (Span(0, 16),)))]
    assert roles == [Role.METADATA, Role.BOILERPLATE, Role.HEADLINE, Role.BODY]


def test_segment_text_wraps_plain_text() -> None:
    """segment_text gives spans into the string it was given and no metadata."""
    text = "  Russia denied it. Ukraine disagreed.  "
    sentences = segment_text(text)
    assert [(s.span, s.text) for s in sentences] == [
        (Span(2, 19), "Russia denied it."),
        (Span(20, 38), "Ukraine disagreed."),
    ]
    assert segment_text("   \n\n  ") == ()


def test_segment_text_reads_a_bare_statement_as_body() -> None:
    """An unpunctuated statement given to segment_text is BODY, not a guessed headline."""
    assert [s.role for s in segment_text("Russia invaded Ukraine")] == [Role.BODY]
    assert [s.role for s in segment_text("# Russia invaded Ukraine")] == [Role.HEADLINE]


# --- properties ---------------------------------------------------------------------------

_TOKENS = st.one_of(
    st.sampled_from([*"aB z.!?,;:\"“”‘’'()-—…\n\n\t\r 0123#*", "Mr. ", "U.S. ", " AFP"]),
    st.characters(),
)
RANDOM_TEXT = st.lists(_TOKENS, max_size=200).map("".join)


@st.composite
def texts_with_metadata(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> Source:
    """Draw a text and up to two metadata spans inside it."""
    text = draw(texts)
    points = sorted(draw(st.lists(st.integers(0, len(text)), max_size=4)))
    spans = tuple(Span(a, b) for a, b in zip(points[::2], points[1::2], strict=False))
    return make_source(text, spans)


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """Draw random slices of the bundled articles joined by random separators."""
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        article = draw(st.sampled_from([TEXT_000, TEXT_001]))
        start = draw(st.integers(0, len(article)))
        length = draw(st.integers(0, 1500))
        pieces.append(article[start : start + length])
        pieces.append(draw(st.sampled_from(["", " ", "\n", "\n\n", "\n \n\n", "\r\n", "”", "."])))
    return "".join(pieces)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_metadata(RANDOM_TEXT))
def test_random_text_keeps_every_character(source: Source) -> None:
    """On arbitrary text, every non-space character is in exactly one ordered, trimmed sentence."""
    check_invariants(source, segment(source))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_metadata(mutated_articles()))
def test_mutated_articles_keep_every_character(source: Source) -> None:
    """Random cuts and joins of the bundled articles never lose or duplicate a character."""
    check_invariants(source, segment(source))
