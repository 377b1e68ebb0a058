"""Opposite words in the same slot are conflicts; opposites about different things are not."""

from __future__ import annotations

import pytest

import compare
from compare.model import DivergenceKind, Verdict

K = DivergenceKind


@pytest.mark.parametrize(
    ("a", "b", "kind", "words"),
    [
        ("Russian troops moved into the city on Monday.", "Russian troops moved out of the city on Monday.",
         K.DIRECTION, ("into", "out of")),
        ("The rebels are near the capital, officials said.", "The rebels are far from the capital, officials said.",
         K.DIRECTION, ("near", "far from")),
        ("Police arrived before the explosion at the station.", "Police arrived after the explosion at the station.",
         K.TIME, ("before", "after")),
        ("The motion was approved by parliament on Tuesday.", "The motion was rejected by parliament on Tuesday.",
         K.NEGATION, ("approved", "rejected")),
        ("The travel ban was lifted on Friday.", "The travel ban was imposed on Friday.",
         K.NEGATION, ("lifted", "imposed")),
        ("The company won the defence contract.", "The company lost the defence contract.",
         K.NEGATION, ("won", "lost")),
        ("The lights in the building were on.", "The lights in the building were off.",
         K.DIRECTION, ("on", "off")),
    ],
)
def test_opposites_in_the_same_slot_diverge(a: str, b: str, kind: DivergenceKind, words: tuple[str, str]) -> None:
    """Two accounts that differ only by a pair of opposite words are a typed conflict, both words quoted."""
    rel = compare.relate(a, b)
    assert rel.verdict is Verdict.DIVERGE
    assert any(r.kind is kind and (r.a, r.b) == words for r in rel.reasons), rel.reasons


def test_opposites_read_the_same_from_either_side() -> None:
    """Swapping the two accounts swaps the quoted words and keeps the kind."""
    rel = compare.relate("The company lost the defence contract.", "The company won the defence contract.")
    assert [(r.kind, r.a, r.b) for r in rel.reasons] == [(K.NEGATION, "lost", "won")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Different winners and losers of one race: both can be true.
        ("Biden won Pennsylvania by 80,000 votes.", "Trump lost Pennsylvania by 80,000 votes."),
        # A side that uses both words contrasts them; it does not contradict the other.
        ("The bill passed before the recess, not after it.", "The bill passed after the recess."),
        # "over 50" is a figure's qualifier, not a position.
        ("More than 50 people were killed in the attack.", "Over 50 people were killed in the attack."),
        # The same word on both sides.
        ("Troops moved into the city.", "Troops moved into the city at dawn."),
    ],
)
def test_no_opposite_conflict_without_the_same_slot(a: str, b: str) -> None:
    """Opposites about different things, a side contrasting both words, or a figure's qualifier
    make no opposite-word conflict."""
    rel = compare.relate(a, b)
    opposite = {"into", "out of", "before", "after", "won", "lost", "over", "under"}
    assert not [r for r in rel.reasons if r.a in opposite or r.b in opposite], rel.reasons
