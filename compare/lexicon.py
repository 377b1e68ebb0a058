"""Word-level normalisation for matching: tokens, stopwords, a light stemmer, news synonyms.

Both sides of a comparison go through the same functions, so consistency matters more than
linguistic accuracy: the stemmer is a small suffix stripper, not Porter.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say told
    tell saying mr mrs ms dr also however meanwhile additionally already still yet may might must
    shall one ones its it's that's who's whose upon onto via per among amid within without across
    """.split()
)

# News paraphrase families: each word maps to one representative so that "accords" and
# "agreement", or "troops" and "forces", count as shared words. Hand-written; extend with care.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "treaties", "pact"),
    ("troops", "troop", "forces", "soldiers", "servicemen", "military", "army"),
    ("accuse", "accused", "accusing", "accuses", "blame", "blamed", "blaming", "blames"),
    ("violate", "violates", "violated", "violating", "violation", "violations", "breach",
     "breaches", "breached", "repudiation", "flout", "flouted"),
    ("recognise", "recognised", "recognising", "recognition", "recognize", "recognized",
     "recognizing", "recognizes", "recognises"),
    ("invade", "invaded", "invading", "invasion", "invasions", "attack", "attacks", "offensive"),
    ("sanction", "sanctions", "sanctioned", "penalties"),
    ("kill", "killed", "killing", "dead", "deaths", "died", "die"),
    ("separatist", "separatists", "breakaway", "rebel", "rebels", "secessionist"),
    ("regions", "region", "territories", "territory", "republics", "areas"),
    ("parliament", "duma", "legislature", "lawmakers", "mps"),
    ("talks", "summit", "meeting", "negotiations", "dialogue"),
    ("independent", "independence", "sovereign"),
    ("border", "borders", "frontier", "frontline"),
    ("kiev", "kyiv"),
    ("kharkov", "kharkiv"),
    ("nato", "alliance"),
    ("us", "usa", "u.s.", "america", "washington"),
    ("uk", "britain", "u.k.", "british"),
    ("eu", "bloc"),
    ("pm", "premier"),
)
SYNONYMS: dict[str, str] = {w: group[0] for group in _SYNONYM_GROUPS for w in group}

_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-case a word, map it to its synonym family, then strip one common suffix."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in SYNONYMS:
        return SYNONYMS[w]
    if w[:1].isdigit():
        return w.replace(",", "")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith(("ss", "us", "is")):
            base = w[: -len(suf)]
            if suf in ("ies", "ied"):
                base += "y"
            return SYNONYMS.get(base, base)
    return w


def words(text: str) -> list[str]:
    """All word and number tokens of `text`, as written."""
    return _WORD.findall(text)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, stopwords removed."""
    out = []
    for w in _WORD.findall(text):
        lw = w.lower().replace("’", "'")
        if lw in STOPWORDS or lw.removesuffix("'s") in STOPWORDS or len(lw) < 2:
            continue
        out.append(stem(w))
    return out


def normalise(text: str) -> str:
    """Content stems joined by spaces: the string lexical scorers compare."""
    return " ".join(content_stems(text))
