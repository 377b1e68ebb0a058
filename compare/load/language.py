"""A cheap check that a source is in English, the language the fact extractors are tuned for.

Non-English text is still compared (nothing in the pipeline needs English to stay correct), but
quantities, dates, quotes, entities and hedges are read with English patterns, so the loader
warns. The check reads the letters of the first `_SAMPLE` characters: when most of them are not
Latin script it names the script; otherwise it counts the share of words that are common English
function words (English news runs at 25-35%, French, German, Spanish or Dutch news below 3%)
and, below `_ENGLISH_MIN`, names the likeliest of a few European languages.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["language_warning"]

_SAMPLE = 100_000
_MIN_LETTERS = 200  # shorter texts say too little to warn about
_MIN_WORDS = 50
_ENGLISH_MIN = 0.10
_LATIN_MIN = 0.5
_GUESS_MIN = 0.12  # a European language is named only when this share of words is its own

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Function words, chosen to be rare in the other languages listed: no "a", "in", "is" (Dutch),
# "was", "an" (German), "as" (Portuguese), "i" (Italian) or "on" (French).
_STOPWORDS: dict[str, frozenset[str]] = {
    "English": frozenset(
        "the of and to that for with it he she his her they their from has have had been were "
        "are said not but this which who will would or after its we you than also about into "
        "over when there by at".split()
    ),
    "French": frozenset(
        "le la les des du une est et dans que qui pour pas sur au aux avec ce cette il elle ils "
        "son sa ses ont été leur par plus ne nous vous".split()
    ),
    "German": frozenset(
        "der die das und ist nicht ein eine einer dem den des mit sich auf für von zu im auch "
        "hat wird sie wir nach bei aus vor".split()
    ),
    "Spanish": frozenset(
        "el la los las del que y en un una es por con para se su sus al lo como pero más fue "
        "ha dijo este esta".split()
    ),
    "Italian": frozenset(
        "il lo gli della delle di che e è un una per con non sono nel nella del alla ha anche "
        "come più questo".split()
    ),
    "Portuguese": frozenset(
        "o os as do da dos das que e em um uma para com não no na por se mais foi como ao "
        "seu sua".split()
    ),
    "Dutch": frozenset(
        "de het een en van is dat niet op te zijn voor met er ook hij aan naar bij door werd "
        "heeft wordt".split()
    ),
}


def language_warning(text: str) -> str | None:
    """A warning when a text does not look like English, else None.

    Args:
        text: the source's text (only its first `_SAMPLE` characters are read).

    Returns:
        One line naming the script or likely language and what it means for the comparison,
        or None for English text and for texts too short to tell.
    """
    sample = text[:_SAMPLE]
    scripts = Counter(_script(c) for c in sample if c.isalpha())
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS:
        return None
    script, count = max(scripts.items(), key=lambda kv: (kv[1], kv[0]))
    if scripts["LATIN"] < _LATIN_MIN * letters:
        name = script if len(script) <= 3 else script.title()  # CJK, but Cyrillic
        return _message(f"it is mostly in {name} script ({100 * count // letters}% of letters)")
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    shares = {name: sum(w in stop for w in words) / len(words) for name, stop in _STOPWORDS.items()}
    english = shares.pop("English")
    if english >= _ENGLISH_MIN:
        return None
    name, share = max(shares.items(), key=lambda kv: (kv[1], kv[0]))
    guess = f"it looks like {name}" if share >= _GUESS_MIN else "it does not look like English"
    return _message(f"{guess} ({100 * english:.0f}% of its words are common English words)")


def _script(char: str) -> str:
    """The script of a letter, from the first word of its Unicode name ('CYRILLIC', 'CJK')."""
    name = unicodedata.name(char, "UNKNOWN")
    return name.split(" ", 1)[0]


def _message(why: str) -> str:
    return (
        f"not English: {why}; the fact extractors are tuned for English news, so expect "
        "fewer facts and alignments"
    )
