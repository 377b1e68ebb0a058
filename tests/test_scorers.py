"""The scorer contract: every registered scorer is bounded, symmetric and sane on real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.errors import OptionsError
from compare.scorers import SCORERS, get, weighted_dice

WALLACE_000 = ("He said Russia's troop movements gave Britain \"strong cause for concern that President "
               "Putin is still committed to an invasion\".")
WALLACE_001 = ("Additionally, Defence Secretary Ben Wallace said there is still \u201cstrong cause for concern\u201d "
               "that President Putin remains committed to an invasion of Ukraine.")
UNRELATED = "Police officers take part in a protest in Odessa."

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@pytest.mark.parametrize("name", sorted(SCORERS))
@settings(max_examples=60, deadline=None)
@given(a=texts, b=texts)
def test_bounded_and_symmetric(name: str, a: str, b: str) -> None:
    """Every scorer returns a float in 0..1 and the same value both ways round."""
    f = SCORERS[name]
    x, y = f(a, b), f(b, a)
    assert 0.0 <= x <= 1.0
    assert x == pytest.approx(y)


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_paraphrase_scores_above_unrelated(name: str) -> None:
    """The two outlets' Wallace sentences score higher than Wallace against an unrelated caption."""
    f = SCORERS[name]
    assert f(WALLACE_000, WALLACE_001) > f(WALLACE_000, UNRELATED) + 0.15


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_identical_text_scores_one(name: str) -> None:
    """A sentence compared with itself scores 1."""
    assert SCORERS[name](WALLACE_001, WALLACE_001) == pytest.approx(1.0)


def test_unknown_scorer_lists_choices() -> None:
    """Asking for an unknown scorer names the valid ones."""
    with pytest.raises(OptionsError, match="lexical.token_set.v1"):
        get("lexical.nope.v9")


def test_weighted_dice_prefers_rare_words() -> None:
    """Sharing a rare word counts more than sharing a common one under IDF weights."""
    idf = {"minsk": 3.0, "russia": 1.0, "deal": 1.0, "talk": 1.0}
    rare = weighted_dice({"minsk", "deal"}, {"minsk", "talk"}, idf)
    common = weighted_dice({"russia", "deal"}, {"russia", "talk"}, idf)
    assert rare > common
