"""Tests for compare.facts.entities: mentions, kinds, canonical names and cross-source matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.facts import entities
from compare.model import Entity, Source, Span
from compare.segment import segment

SOURCES = Path(__file__).resolve().parent.parent / "sources"


def _entities(text: str) -> list[Entity]:
    source = Source("s1", "<test>", "test", text)
    sentences = segment(source)
    found = entities.extract_document(source, sentences)
    assert len(found) == len(sentences)
    return [entity for per_sentence in found for entity in per_sentence]


def _bundled(name: str) -> tuple[str, list[Entity]]:
    text = (SOURCES / name).read_text(encoding="utf-8")
    return text, _entities(text)


# (text, surface, canonical, kind): realistic phrasings, one mention each checked.
CASES = [
    ("Vladimir Putin met officials. Later Mr Putin spoke.", "Putin", "Vladimir Putin", "person"),
    ("Vladimir Putin met officials. President Putin spoke.", "Putin", "Vladimir Putin", "person"),
    ("Vladimir Putin met officials. Critics say Putin lied.", "Putin", "Vladimir Putin", "person"),
    ("Prime Minister Boris Johnson’s spokesman said so.", "Boris Johnson", "Boris Johnson", "person"),
    ("Troops massed near Kiev on Monday.", "Kiev", "Kyiv", "place"),
    ("Shelling was heard in Kharkov.", "Kharkov", "Kharkiv", "place"),
    ("Police officers took part in a protest in Odessa.", "Odessa", "Odesa", "place"),
    ("The alliance, Nato, met in Brussels.", "Nato", "NATO", "org"),
    ("The U.S. imposed sanctions.", "U.S.", "United States", "place"),
    ("Officials in Britain were briefed.", "Britain", "United Kingdom", "place"),
    ("The EU’s foreign policy chief spoke.", "EU", "European Union", "org"),
    ("The UN Security Council met at midnight.", "UN Security Council", "UN Security Council", "org"),
    ("The Kremlin denied the report.", "Kremlin", "Kremlin", "org"),
    ("Russia’s parliament made the same request.", "Russia’s parliament", "Duma", "org"),
    ("The Russian Duma voted on Tuesday.", "Russian Duma", "Duma", "org"),
    ("Analysts in Washington were cautious.", "Washington", "Washington", "place"),
    ("Talks will be held in Geneva.", "Geneva", "Geneva", "place"),
    ("Fighting continued in Luhansk and Donetsk.", "Donetsk", "Donetsk", "place"),
    ("Russia annexed Crimea in 2014.", "Crimea", "Crimea", "place"),
    ("The war in Georgia lasted five days.", "Georgia", "Georgia", "place"),
    ("Downing Street said the talks went well.", "Downing Street", "Downing Street", "org"),
    ("The White House said sanctions were ready.", "White House", "White House", "org"),
    ("Troops stayed in Belarus after the drills.", "Belarus", "Belarus", "place"),
    ("European Commission president Ursula von der Leyen spoke.", "Ursula von der Leyen", "Ursula von der Leyen", "person"),
    ("European Commission president Ursula von der Leyen spoke.", "European Commission", "European Commission", "org"),
    ("Kremlin spokesman Dmitry Peskov dented those hopes.", "Dmitry Peskov", "Dmitry Peskov", "person"),
    ("Austrian Foreign Minister Alexander Schallenberg spoke.", "Alexander Schallenberg", "Alexander Schallenberg", "person"),
    ("The self-proclaimed Donetsk People’s Republic asked for help.", "Donetsk People’s Republic", "Donetsk People's Republic", "place"),
    ("The Moscow-backed regions asked for help.", "Moscow", "Moscow", "place"),
    ("Live updates on the Russia-Ukraine crisis.", "Ukraine", "Ukraine", "place"),
    ("Ben Wallace met Jens Stoltenberg in Brussels.", "Jens Stoltenberg", "Jens Stoltenberg", "person"),
    ("Russian President Vladimir Putin spoke. In a televised exchange, the Russian president told officials.", "the Russian president", "Vladimir Putin", "person"),
    ("Vladimir Putin spoke. President Putin later told officials the Russian president decides.", "the Russian president", "Vladimir Putin", "person"),
    ("Boris Johnson branded it an ill omen. The PM will chair a meeting.", "The PM", "Boris Johnson", "person"),
    ("Prime Minister Boris Johnson spoke first. Joe Biden agreed. Later the prime minister left.", "the prime minister", "Boris Johnson", "person"),
]


@pytest.mark.parametrize(("text", "surface", "canonical", "kind"), CASES)
def test_mentions(text: str, surface: str, canonical: str, kind: str) -> None:
    """The mention is found with its exact span, canonical name and kind."""
    found = [e for e in _entities(text) if e.text == surface]
    assert found, f"{surface!r} not found in {_entities(text)}"
    entity = found[-1]
    assert text[entity.span.start : entity.span.end] == surface
    assert (entity.canonical, entity.kind) == (canonical, kind)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Recognition of the two regions is a violation.", "Recognition"),
        ("Hopes of a breakthrough were raised.", "Hopes"),
        ("Meanwhile, in a joint statement, leaders spoke.", "Meanwhile"),
        ("Additionally, the ministry said nothing.", "Additionally"),
        ("Talks will resume on Monday in February.", "Monday"),
        ("Talks will resume on Monday in February.", "February"),
        ("All Covid-19 restrictions in England ended.", "Covid-19"),
        ("Russian troops assembled at the border.", "Russian"),
        ("Western diplomats raised concerns.", "Western"),
        ("The Defence Secretary spoke to MPs.", "MPs"),
        ("The Defence Secretary spoke to MPs.", "Defence Secretary"),
    ],
)
def test_false_entities_are_not_emitted(text: str, word: str) -> None:
    """Sentence-initial words, calendar names, Covid-19, demonyms and bare titles are not entities."""
    assert all(word not in e.text and e.text not in word.split() for e in _entities(text))


def test_bundled_000_people() -> None:
    """Every person in the National article gets the fullest name the article uses."""
    _, found = _bundled("000_4a82e88ad2850e87.txt")
    people = {e.canonical for e in found if e.kind == "person"}
    assert people == {
        "Vladimir Putin", "Boris Johnson", "Ben Wallace", "Denis Pushilin", "Josep Borrell",
        "Joe Biden", "Dmitry Peskov", "Sergey Lavrov", "Antony Blinken", "Alexander Schallenberg",
    }


def test_bundled_001_people() -> None:
    """Every person in the ITV article gets the fullest name the article uses."""
    _, found = _bundled("001_b2086199f1fced57.txt")
    people = {e.canonical for e in found if e.kind == "person"}
    assert people == {
        "Vladimir Putin", "James Mates", "Dan Rivers", "Boris Johnson", "Robert Peston",
        "Volodymyr Zelenskyy", "Joe Biden", "Ursula von der Leyen", "Charles Michel",
        "Jens Stoltenberg", "Rohit Kachroo", "Ben Wallace",
    }


def test_bundled_title_references() -> None:
    """'the prime minister' and 'the PM' in the ITV article resolve to Boris Johnson."""
    _, found = _bundled("001_b2086199f1fced57.txt")
    titles = {e.text.lower(): e.canonical for e in found if e.text.lower().startswith("the p")}
    assert titles == {"the pm": "Boris Johnson", "the prime minister": "Boris Johnson"}


@pytest.mark.parametrize("name", ["000_4a82e88ad2850e87.txt", "001_b2086199f1fced57.txt"])
def test_bundled_spans_are_exact(name: str) -> None:
    """Every entity span points at exactly its text in the source."""
    text, found = _bundled(name)
    assert found
    for entity in found:
        assert text[entity.span.start : entity.span.end] == entity.text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kiev", "Kyiv"),
        ("Kharkov", "Kharkiv"),
        ("Odessa", "Odesa"),
        ("Nato", "NATO"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("America", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("EU", "European Union"),
        ("UN", "United Nations"),
        ("the Kremlin", "Kremlin"),
        ("Russia's parliament", "Duma"),
        ("the Duma", "Duma"),
        ("Mr Johnson", "Johnson"),
        ("Vladimir Putin", "Vladimir Putin"),
    ],
)
def test_canonical(name: str, expected: str) -> None:
    """The alias table maps variant spellings to one canonical name."""
    assert entities.canonical(name) == expected


def _entity(text: str, canonical: str, kind: str) -> Entity:
    return Entity(Span(0, len(text)), text, canonical, kind)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (_entity("Mr Johnson", "Johnson", "person"), _entity("Boris Johnson", "Boris Johnson", "person"), True),
        (_entity("Kiev", "Kyiv", "place"), _entity("Kyiv", "Kyiv", "place"), True),
        (_entity("Nato", "NATO", "org"), _entity("NATO", "NATO", "org"), True),
        (_entity("U.S.", "U.S.", "place"), _entity("United States", "United States", "place"), True),
        (_entity("Boris Johnson", "Boris Johnson", "person"), _entity("Jo Johnson", "Jo Johnson", "person"), False),
        (_entity("Putin", "Vladimir Putin", "person"), _entity("Mr Putin", "Putin", "person"), True),
        (_entity("Russia", "Russia", "place"), _entity("Belarus", "Belarus", "place"), False),
        (_entity("Georgia", "Georgia", "place"), _entity("Jim Georgia", "Jim Georgia", "person"), False),
    ],
)
def test_same_entity(a: Entity, b: Entity, same: bool) -> None:
    """Entities from two sources match by alias or by surname, and not otherwise."""
    assert entities.same_entity(a, b) is same
    assert entities.same_entity(b, a) is same


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB Mr. Putin-’'s\n,U.S the prime minister PM")), max_size=150))
def test_never_raises_and_spans_match(text: str) -> None:
    """On arbitrary text the extractor raises nothing and every span matches its text."""
    if not text.strip():
        return
    for entity in _entities(text):
        assert text[entity.span.start : entity.span.end] == entity.text
