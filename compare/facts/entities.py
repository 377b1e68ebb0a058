"""Named people, organisations and places, with canonical names, read by rules (no model).

The extractor works a whole source at a time: a person's canonical name is the fullest name the
source uses for them ("Mr Putin" -> "Vladimir Putin"), and a title reference ("the prime
minister") resolves to the person that same source tied the title to. Across sources,
`canonical` and `same_entity` match variant spellings through the alias table in `aliases.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from compare.facts.aliases import ALIASES, DEMONYMS, ORGS, PERSON_SPELLINGS, PLACES
from compare.model import Entity, Sentence, Source, Span

__all__ = ["canonical", "extract_document", "same_entity"]

# A word: a dotted acronym ("U.S."), or letters with inner hyphens and inner apostrophes that
# are followed by two or more letters ("O'Brien"), so a possessive "'s" stays outside it.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[’'][^\W\d_]{2,}|-\w+)*")
_DIGIT_RE = re.compile(r"\d")
_POSSESSIVE_RE = re.compile(r"[’']s\b")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

_KNOWN: dict[str, tuple[str, str]] = {
    **{name.lower(): (name, "place") for name in PLACES},
    **{name.lower(): (name, "org") for name in ORGS},
}
_KNOWN.update(
    {alias: (target, _KNOWN[target.lower()][1]) for alias, target in ALIASES.items()}
)

# Capitalised only because they open a sentence or a clause; never names on their own.
_FUNCTION_CAPS = frozenset(
    """A An The This That These Those It Its It's He She They We I You His Her Their Our My
    Your There Here What Which Who Whom Whose When Where Why How In On At By For From To Of
    With Without Within Into Onto Over Under After Before During Since Until While Although
    Though Despite As If Unless Because And But Or Nor So Yet Not No Yes All Any Some Many
    Most Much More Other Another Each Every Both Either Neither One Two Three Several Such
    Meanwhile Additionally However Moreover Furthermore Also Then Thus Still Later Earlier
    Now Today Yesterday Tomorrow Regardless Instead Indeed According Asked Speaking Sources
    Officials""".split()
)
_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun""".split()
)
_NOT_NAMES = frozenset({"Covid", "Coronavirus", "Omicron", "God", "MPs", "MEPs", "MSPs", "TV"})
_DIRECTIONS = frozenset({"Western", "Eastern", "Northern", "Southern", "Central"})
_CONNECTORS = frozenset({"von", "der", "van", "de", "da", "del", "della", "di", "du", "bin", "al", "la", "le"})

# A capitalised title word right before a name; the name follows the last one in a run.
_TITLE_HEADS = frozenset(
    """Mr Mrs Ms Miss Dr Sir Dame Lord Lady President Premier Minister Secretary Chancellor
    PM Editor Correspondent Spokesman Spokeswoman Spokesperson Leader Chief General Ambassador
    Senator Sen Rep Governor Gov Mayor King Queen Prince Princess Pope Commander Colonel Col
    Gen Captain Judge Professor Prof Archbishop Bishop Chairman Chairwoman Director
    Commissioner Correspondents Editors Ministers Leaders Presidents Secretaries""".split()
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"})
_TITLE_MODIFIERS = frozenset(
    """Prime Deputy Vice Foreign Defence Defense Home Health Interior Finance Justice
    Political Global Security Policy State Culture Trade Business Economics Europe Chief
    Acting Former Senior Interim Secretary Minister President""".split()
)
_ORG_HEADS = frozenset(
    """Council Commission Union Parliament Party Agency Ministry Office Bank Fund
    Organisation Organization Committee Court Army Navy Forces Force News Times Post Journal
    Corporation Group Institute University Alliance Assembly Senate Congress Duma Service
    Services Department Police Guard Cabinet Company Fleet Command Brigade Regiment""".split()
)
_PLACE_HEADS = frozenset(
    """Sea Ocean River Mountains Island Islands Square Valley Region Oblast Province Bay Lake
    Peninsula City County Republic Strait Gulf""".split()
)
_OTHER_HEADS = frozenset(
    """Agreement Agreements Accord Accords Order Act Treaty Treaties War Cup Day Plan Pact
    Protocol Summit Games Declaration""".split()
)
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")
_PREPOSITIONS = frozenset(
    "to about with of by on from for at in into before after against over than toward towards".split()
)

# Titles that a source ties to one person ("the prime minister", "the Russian president").
_TITLE_WORDS = (
    r"(?i:prime\s+minister|vice[\s-]+president|president|premier|chancellor"
    r"|(?:foreign|defen[cs]e|interior|finance)\s+minister"
    r"|(?:foreign|defen[cs]e|home|health)\s+secretary"
    r"|secretary[\s-]+general|foreign\s+policy\s+chief)|PM"
)
_TITLE_REF_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?P<qual>[A-Z][\w.]*?)(?:[’']s)?\s+)?(?P<title>{_TITLE_WORDS})\b"
    r"(?!\s+(?:[A-Z]|of\b))"
)
_TITLE_BEFORE_NAME_RE = re.compile(rf"(?P<title>{_TITLE_WORDS})\s+$")
_APPOSITIVE_RE = re.compile(
    rf"^,\s+(?:the|a)\s+(?:(?P<qual>[A-Z][\w.]*?)(?:[’']s)?\s+)?(?P<title>{_TITLE_WORDS})\b"
)
# Phrases that the token runs cannot see: a possessive or a lower-case word inside the name
# ("Russia's parliament", "Ministry of Defence"), or a number ("No 10").
_PHRASES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bRussia[’']s\s+parliament\b"), "Duma", "org"),
    (re.compile(r"\b(?:No\.?\s?|Number\s)10\b(?![.,]?\d)"), "Downing Street", "org"),
    *(
        (re.compile(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"), name, kind)
        for names, kind in ((PLACES, "place"), (ORGS, "org"))
        for name in names
        if any(word[0].islower() for word in name.split())
    ),
)


@dataclass(slots=True)
class _Token:
    start: int  # absolute
    end: int
    text: str
    possessive: bool
    initial: bool


@dataclass(slots=True)
class _Chunk:
    """A candidate mention: tokens from one run, classified later with document knowledge."""

    sentence: int
    start: int
    end: int
    tokens: list[_Token]
    lead_start: int  # where the run began, titles included; for subject tests
    kind: str | None = None  # None = decide with document knowledge
    canonical: str | None = None
    title: tuple[str, str | None] | None = None  # (title key, qualifier) from a title prefix


@dataclass(slots=True)
class _Tie:
    key: str
    qualifier: str | None
    person: str
    position: int


@dataclass(slots=True)
class _Doc:
    text: str
    chunks: list[list[_Chunk]] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # surname (lower) -> fullest name
    mid_sentence: set[str] = field(default_factory=set)  # words seen capitalised mid-sentence
    ties: list[_Tie] = field(default_factory=list)


def extract_document(
    source: Source, sentences: Sequence[Sentence]
) -> tuple[tuple[Entity, ...], ...]:
    """Find the entities of every sentence of one source.

    Args:
        source: the source the sentences come from; spans are absolute into `source.text`.
        sentences: the source's sentences, in order.

    Returns:
        One tuple of entities per sentence, in sentence order, each sorted by position.
    """
    doc = _Doc(source.text)
    for index, sentence in enumerate(sentences):
        doc.chunks.append(_chunks(source.text, sentence, index, doc))
    for chunks in doc.chunks:
        for chunk in chunks:
            if chunk.kind == "person" and len(chunk.tokens) > 1:
                _remember_person(doc, _surface(source.text, chunk))
    for chunks in doc.chunks:
        for chunk in chunks:
            _classify(source.text, chunk, doc)
    _collect_ties(source.text, sentences, doc)
    result: list[tuple[Entity, ...]] = []
    for index, sentence in enumerate(sentences):
        found = [
            Entity(Span(c.start, c.end), source.text[c.start : c.end], c.canonical or "", c.kind)
            for c in doc.chunks[index]
            if c.kind is not None and c.canonical
        ]
        phrases = _phrases(source.text, sentence)
        # A phrase the runs could not see wins over the unknown pieces they saw ("Ministry",
        # "Defence"); a known name inside it stays ("Russia" in "Russia's parliament").
        found = [
            e for e in found
            if e.canonical.lower() in _KNOWN or not any(p.span.contains(e.span) for p in phrases)
        ]
        found.extend(_title_references(source.text, sentence, index, doc))
        found.extend(phrases)
        result.append(tuple(sorted(set(found), key=lambda e: (e.span.start, -e.span.end))))
    return tuple(result)


def canonical(name: str) -> str:
    """Return the cross-source canonical form of a name ("Kiev" -> "Kyiv", "U.S." -> "United States").

    Args:
        name: a surface name or a canonical name from any source.

    Returns:
        The alias table's canonical name when the name is known, else the name tidied: straight
        apostrophes, single spaces, no leading "the", no possessive, no honorific or title.
    """
    tidy = " ".join(name.translate(_APOSTROPHES).split())
    tidy = _POSSESSIVE_RE.sub("", tidy) if tidy.endswith("'s") else tidy
    if tidy.lower().startswith("the "):
        hit = _KNOWN.get(tidy.lower())
        if hit:
            return hit[0]
        tidy = tidy[4:]
    hit = _KNOWN.get(tidy.lower())
    if hit:
        return hit[0]
    words = tidy.split()
    while len(words) > 1 and (
        words[0].rstrip(".") in _TITLE_HEADS or words[0] in _TITLE_MODIFIERS
    ):
        words = words[1:]
    return _spelling(" ".join(words))


def same_entity(a: Entity, b: Entity) -> bool:
    """Tell whether two entities, possibly from different sources, name the same thing.

    Args:
        a: an entity from one source.
        b: an entity from the same or another source.

    Returns:
        True when their canonical names agree through the alias table, or when both can be
        people with the same surname and no conflicting first names ("Johnson" and "Boris
        Johnson", but not "Boris Johnson" and "Jo Johnson").
    """
    first, second = canonical(a.canonical or a.text), canonical(b.canonical or b.text)
    if first.casefold() == second.casefold():
        return True
    kinds = {a.kind, b.kind}
    if "person" not in kinds or not kinds <= {"person", "other"}:
        return False
    words_a, words_b = first.casefold().split(), second.casefold().split()
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    if len(words_a) > 1 and len(words_b) > 1:
        given_a, given_b = words_a[0].rstrip("."), words_b[0].rstrip(".")
        # An initial ("J. Biden") is compatible with the name it abbreviates.
        return given_a == given_b or (
            min(len(given_a), len(given_b)) == 1 and given_a[0] == given_b[0]
        )
    return True


# --- pass 1: token runs and chunks ------------------------------------------------------


def _tokens(text: str, sentence: Sentence) -> list[_Token]:
    body = text[sentence.span.start : sentence.span.end]
    tokens = []
    for match in _TOKEN_RE.finditer(body):
        if match.group() == "s" and body[match.start() - 1 : match.start()] in ("’", "'"):
            continue  # the "s" of a possessive belongs to the word before it
        # What precedes the word, spaces skipped (a bounded look-back, not a copy of the prefix).
        before = body[max(0, match.start() - 8) : match.start()].rstrip()
        if not before and match.start() > 8:
            before = body[: match.start()].rstrip()
        # A straight quote mark after a comma or a ? or ! closes a quote ('," Smith said'): the
        # word after it is mid-sentence. Any other quote mark may open one.
        closing = len(before) > 1 and before[-1] in "\"'" and before[-2] in ",?!"
        initial = not before or (before[-1] in "“\"‘'(:—–-•*#>" and not closing) or before.endswith(("...", "…"))
        start = sentence.span.start + match.start()
        possessive = bool(_POSSESSIVE_RE.match(body, match.end()))
        tokens.append(_Token(start, start + len(match.group()), match.group(), possessive, initial))
    return tokens


def _is_word(token: _Token) -> bool:
    """A token that may be part of a name run."""
    word = token.text
    if _DIGIT_RE.search(word):
        return word.lower() in _KNOWN  # "G7", "G20": codes only when the table knows them
    if not word[0].isupper():
        return False
    if word in _CALENDAR or word in _NOT_NAMES or (len(word) == 1 and word != "I"):
        return False
    return word != "I"


def _chunks(text: str, sentence: Sentence, index: int, doc: _Doc) -> list[_Chunk]:
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    tokens = _tokens(text, sentence)
    for position, token in enumerate(tokens):
        if "-" in token.text and not _plain_hyphenated(token.text):
            runs.append(current)
            current = []
            runs.extend([[part] for part in _hyphen_parts(token)])
            continue
        gap = text[current[-1].end : token.start] if current else ""
        joinable = gap == " " or (
            bool(current) and current[-1].text == "People" and gap in ("’s ", "'s ")
        )
        if _is_word(token) or (token.text in _CONNECTORS and current and joinable) or (
            _title_of(tokens, position, current) and joinable
        ):
            if not joinable:
                runs.append(current)
                current = []
            current.append(token)
        else:
            runs.append(current)
            current = []
    runs.append(current)
    chunks: list[_Chunk] = []
    for run in runs:
        while run and run[-1].text in _CONNECTORS:
            run = run[:-1]
        while run and run[0].text in _FUNCTION_CAPS:
            run = run[1:]
        if run:
            for token in run:
                if not token.initial:
                    doc.mid_sentence.add(token.text)
            chunks.extend(_split_run(text, run, index))
    return chunks


def _title_of(tokens: list[_Token], position: int, current: list[_Token]) -> bool:
    """The "of" inside a title such as "Secretary of State" or "Minister of Defence"."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        tokens[position].text == "of"
        and bool(current)
        and current[-1].text in _TITLE_HEADS
        and following is not None
        and following.text in _TITLE_MODIFIERS
        and following.start == tokens[position].end + 1
    )


def _plain_hyphenated(word: str) -> bool:
    """A hyphenated name like "Jean-Claude": every part capitalised, none a known name."""
    parts = word.split("-")
    return all(
        part[:1].isupper() and part.lower() not in _KNOWN and part.lower() not in DEMONYMS
        for part in parts
    )


def _hyphen_parts(token: _Token) -> list[_Token]:
    """Known names inside a hyphenated word: "Russia-Ukraine", "Moscow-backed", "pro-Kremlin"."""
    parts, offset = [], token.start
    for part in token.text.split("-"):
        if part[:1].isupper() and part.lower() in _KNOWN:
            parts.append(_Token(offset, offset + len(part), part, False, False))
        offset += len(part) + 1
    return parts


def _split_run(text: str, run: list[_Token], index: int) -> list[_Chunk]:
    lead = run[0].start
    head = max(
        (i for i, t in enumerate(run[:-1]) if t.text.rstrip(".") in _TITLE_HEADS), default=-1
    )
    if head < 0:
        # A title with no name after it ("the UK's Defence Secretary") names no one here.
        while run and (run[-1].text.rstrip(".") in _TITLE_HEADS or run[-1].text in _TITLE_MODIFIERS):
            run = run[:-1]
        return _known_split(text, run, index) if run else []
    while head + 2 < len(run) and (run[head + 1].text == "of" or run[head + 1].text in _TITLE_MODIFIERS):
        head += 1  # "Secretary of State Antony Blinken": the title runs on to "State"
    prefix, name = run[: head + 1], run[head + 1 :]
    if len(name) == 1 and name[0].text in _ORG_HEADS:
        return _known_split(text, run, index)  # "General Assembly", not a person called Assembly
    chunks = [c for c in _known_split(text, prefix, index) if c.canonical is not None]
    qualifier = chunks[-1].canonical if chunks else None
    title_words = []
    for token in prefix:
        if token.text.lower() in DEMONYMS:
            qualifier = DEMONYMS[token.text.lower()]
        elif not any(c.start <= token.start < c.end for c in chunks):
            title_words.append(token.text.rstrip(".").lower())
    person = _Chunk(index, name[0].start, name[-1].end, name, lead, kind="person")
    person.title = (_title_key(" ".join(title_words)), qualifier)
    return [*chunks, person]


def _known_split(text: str, run: list[_Token], index: int) -> list[_Chunk]:
    """Split a run into known names (longest first) and unknown stretches between them."""
    if len(run) > 1 and _surface_of(text, run).lower() not in _KNOWN:
        last = run[-1].text
        for heads, kind in ((_ORG_HEADS, "org"), (_PLACE_HEADS, "place"), (_OTHER_HEADS, "other")):
            if last in heads:
                return [_Chunk(index, run[0].start, run[-1].end, run, run[0].start, kind=kind)]
    chunks: list[_Chunk] = []
    unknown: list[_Token] = []
    i = 0
    while i < len(run):
        for n in range(min(6, len(run) - i), 0, -1):
            hit = _KNOWN.get(_surface_of(text, run[i : i + n]).lower())
            if hit:
                break
        if hit:
            chunks.extend(_unknown_chunk(unknown, index))
            unknown = []
            found = run[i : i + n]
            chunks.append(
                _Chunk(index, found[0].start, found[-1].end, found, found[0].start, hit[1], hit[0])
            )
            i += n
            continue
        if _is_demonym(run[i].text) or run[i].text in _DIRECTIONS:
            chunks.extend(_unknown_chunk(unknown, index))
            unknown = []
        else:
            unknown.append(run[i])
        i += 1
    chunks.extend(_unknown_chunk(unknown, index))
    return chunks


def _is_demonym(word: str) -> bool:
    lower = word.lower()
    return lower in DEMONYMS or (lower.endswith("s") and lower[:-1] in DEMONYMS)


def _unknown_chunk(tokens: list[_Token], index: int) -> list[_Chunk]:
    if not tokens:
        return []
    chunk = _Chunk(index, tokens[0].start, tokens[-1].end, tokens, tokens[0].start)
    if 1 < len(tokens) <= 4 and not any(t.text.isupper() for t in tokens):
        chunk.kind = "person"
    return [chunk]


# --- pass 2: classification with document knowledge -----------------------------------------


def _surface_of(text: str, tokens: list[_Token]) -> str:
    return text[tokens[0].start : tokens[-1].end].translate(_APOSTROPHES)


def _surface(text: str, chunk: _Chunk) -> str:
    return text[chunk.start : chunk.end].translate(_APOSTROPHES)


def _spelling(name: str) -> str:
    """The name with each word in the spelling the alias table prefers ("Sergei" -> "Sergey")."""
    return " ".join(PERSON_SPELLINGS.get(word.lower(), word) for word in name.split())


def _remember_person(doc: _Doc, name: str) -> None:
    name = _spelling(name)
    surname = name.split()[-1].lower()
    known = doc.persons.get(surname)
    if known is None or len(name.split()) > len(known.split()):
        doc.persons[surname] = name


def _classify(text: str, chunk: _Chunk, doc: _Doc) -> None:
    surface = _surface(text, chunk)
    if chunk.canonical is not None:
        return
    if chunk.kind == "person":
        name = _spelling(surface)
        chunk.canonical = doc.persons.get(name.split()[-1].lower(), name)
        return
    if chunk.kind is not None:
        chunk.canonical = surface
        return
    # A single unknown capitalised word.
    word = chunk.tokens[0]
    surname = _spelling(word.text).lower()
    if surname in doc.persons:
        chunk.kind, chunk.canonical = "person", doc.persons[surname]
    elif word.text.isupper() and len(word.text) > 1:
        chunk.kind, chunk.canonical = "org", surface
    elif not word.initial or word.text in doc.mid_sentence:
        chunk.kind, chunk.canonical = "other", surface
    # else: capitalised only because it opens a sentence ("Recognition", "Hopes").


# --- titles: ties and references ---------------------------------------------------------


def _title_key(title: str) -> str:
    key = " ".join(title.lower().replace("-", " ").split())
    key = key.replace("defense", "defence")
    return "prime minister" if key == "pm" else key


def _qualifier(word: str | None) -> str | None:
    if not word:
        return None
    word = word.translate(_APOSTROPHES).removesuffix("'s")
    if word.lower() in DEMONYMS:
        return DEMONYMS[word.lower()]
    return canonical(word)


def _collect_ties(text: str, sentences: Sequence[Sentence], doc: _Doc) -> None:
    """Record every explicit title-to-person tie the source makes, wherever it makes it."""
    for index, chunks in enumerate(doc.chunks):
        sentence_start = sentences[index].span.start
        for chunk in chunks:
            if chunk.kind != "person" or not chunk.canonical:
                continue
            if chunk.title and chunk.title[0] and chunk.title[0] not in _HONORIFICS:
                doc.ties.append(_Tie(chunk.title[0], chunk.title[1], chunk.canonical, chunk.start))
            before = _TITLE_BEFORE_NAME_RE.search(text, sentence_start, chunk.lead_start)
            if before and not chunk.title:
                # "European Commission president Ursula von der Leyen": the org qualifies the title.
                owners = [
                    c.canonical
                    for c in chunks
                    if c.kind in ("org", "place")
                    and c.end <= before.start()
                    and not text[c.end : before.start()].strip(" ’'s")
                ]
                key = _title_key(before.group("title"))
                doc.ties.append(_Tie(key, owners[-1] if owners else None, chunk.canonical, chunk.start))
            after = _APPOSITIVE_RE.match(text[chunk.end : sentences[index].span.end])
            if after:
                doc.ties.append(
                    _Tie(
                        _title_key(after.group("title")),
                        _qualifier(after.group("qual")),
                        chunk.canonical,
                        chunk.start,
                    )
                )


def _title_references(
    text: str, sentence: Sentence, index: int, doc: _Doc
) -> list[Entity]:
    found = []
    body = text[sentence.span.start : sentence.span.end]
    for match in _TITLE_REF_RE.finditer(body):
        start, end = sentence.span.start + match.start(), sentence.span.start + match.end()
        before = body[: match.start()].rstrip()
        if before.endswith(",") and _person_ending_at(doc.chunks[index], text, start):
            continue  # an appositive ("Ben Wallace, the UK's Defence Secretary"): a tie
        key, qualifier = _title_key(match.group("title")), _qualifier(match.group("qual"))
        person = _resolve(key, qualifier, start, index, doc)
        if person:
            found.append(Entity(Span(start, end), text[start:end], person, "person"))
    return found


def _person_ending_at(chunks: list[_Chunk], text: str, position: int) -> bool:
    return any(
        c.kind == "person" and text[c.end : position].strip(" ,’'s") == "" and c.end <= position
        for c in chunks
    )


def _resolve(key: str, qualifier: str | None, position: int, index: int, doc: _Doc) -> str | None:
    same_key = [t for t in doc.ties if t.key == key]
    for candidates in (
        [t for t in same_key if t.qualifier == qualifier],
        [t for t in same_key if t.qualifier is None],
        same_key if len({t.person for t in same_key}) == 1 else [],
    ):
        if candidates:
            earlier = [t for t in candidates if t.position <= position]
            return (earlier[-1] if earlier else candidates[0]).person
    if qualifier is not None:
        return None  # "the Russian president" names someone only when the source ties it
    # No tie: the person the nearby text is about, unless the source gave them another title.
    other_titles = {t.person for t in doc.ties if t.key != key}
    for back in range(index, max(index - 4, -1), -1):
        for chunk in doc.chunks[back]:
            if chunk.kind != "person" or not chunk.canonical or chunk.canonical in other_titles:
                continue
            if back == index and chunk.start >= position:
                continue
            if _after_preposition(chunk, doc):
                continue
            doc.ties.append(_Tie(key, qualifier, chunk.canonical, position))
            return chunk.canonical
    return None


def _after_preposition(chunk: _Chunk, doc: _Doc) -> bool:
    """Whether the mention is the object of a preposition ("appeals to Mr Putin")."""
    before = _LAST_WORD_RE.search(doc.text, max(0, chunk.lead_start - 40), chunk.lead_start)
    return before is not None and before.group(1).lower() in _PREPOSITIONS


def _phrases(text: str, sentence: Sentence) -> list[Entity]:
    body = text[sentence.span.start : sentence.span.end]
    found = []
    for pattern, name, kind in _PHRASES:
        for match in pattern.finditer(body):
            start = sentence.span.start + match.start()
            found.append(Entity(Span(start, start + len(match.group())), match.group(), name, kind))
    return found
