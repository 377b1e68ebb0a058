"""Direct quotes with their speakers and reporting verbs, read by rules (no model).

The extractor works a whole source at a time, because attribution does: "he said" names the
last person the source made a subject or a speaker, and a paragraph that opens with a quote mark
and carries no attribution continues the previous paragraph's quote (the newspaper convention of
leaving a multi-paragraph quote open at each paragraph's end). Unbalanced quote marks never
raise: they are logged as warnings naming the source, the mark and its offset.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from compare.model import Entity, Quote, Sentence, Source, Span

__all__ = ["extract_document"]

logger = logging.getLogger(__name__)

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
# Characters before a straight mark that make it an opening one.
_BEFORE_OPEN = " \t\n([{—–-/“‘:"

# Reporting verb forms -> the recorded form (past tense, or the fixed phrase).
_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "said": ("said", "says", "say", "saying"),
    "told": ("told", "tells", "tell", "telling"),
    "added": ("added", "adds", "adding"),
    "claimed": ("claimed", "claims", "claiming"),
    "branded": ("branded", "brands", "branding"),
    "reports": ("reports", "reported", "reporting"),
    "according to": ("according to", "According to"),
    "described": ("described", "describes", "describing"),
    "called": ("called", "calls", "calling"),
    "warned": ("warned", "warns", "warning"),
    "insisted": ("insisted", "insists", "insisting"),
    "argued": ("argued", "argues", "arguing"),
    "suggested": ("suggested", "suggests", "suggesting"),
    "stated": ("stated", "states"),
    "declared": ("declared", "declares"),
    "announced": ("announced", "announces"),
    "wrote": ("wrote", "writes", "writing"),
    "tweeted": ("tweeted", "tweets"),
    "asked": ("asked", "asks"),
    "replied": ("replied", "replies"),
    "noted": ("noted", "notes"),
    "urged": ("urged", "urges"),
    "explained": ("explained", "explains"),
    "admitted": ("admitted", "admits"),
    "confirmed": ("confirmed", "confirms"),
    "vowed": ("vowed", "vows"),
    "pledged": ("pledged", "pledges"),
    "dubbed": ("dubbed", "dubs"),
    "labelled": ("labelled", "labeled", "labels"),
    "accused": ("accused", "accuses"),
    "dismissed": ("dismissed", "dismisses"),
}
_VERB_OF: dict[str, str] = {form: verb for verb, forms in _VERB_FORMS.items() for form in forms}
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(f) for f in _VERB_OF), key=len, reverse=True)) + r")\b"
)
# "the reports", "his claims": a noun, not a reporting verb.
_DETERMINER_RE = re.compile(r"\b(?:the|a|an|these|those|its|their|his|her|our|such)\s+$", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:he|she|they|He|She|They)\b")
# Words between a subject and its verb that do not change who speaks.
_ADVERBS_RE = re.compile(
    r"(?:\s+(?:also|previously|later|then|has|have|had|was|were|is|quickly|repeatedly|again"
    r"|earlier|initially|reportedly|once|further|separately|subsequently|on\s+\w+day))+\s*$"
)
# ", the UK's Defence Secretary," or ", speaking in a video address," between subject and verb.
_APPOSITIVE_RE = re.compile(
    r",\s*(?:(?:the|a|an)\s+|(?:speaking|writing|talking|addressing|appearing|answering|responding)\b)"
    r"[^,]{1,80},\s*$"
)
_COORDINATED_RE = re.compile(r"\b(?:and|but)\s*$")
_JOINED_RE = re.compile(r"^\s*,?\s*and\s+(?:\S+\s+){0,4}$")
_ROLE_WORDS = (
    r"spokes(?:man|woman|person)|officials?|sources?|aides?|diplomats?|ministry|government|office"
    r"|media|military|army|police"
)
_ROLE_RE = re.compile(rf"(?P<role>{_ROLE_WORDS})\s*$")
# A role word that can be a speaker after "according to" ("a senior Western official").
_ROLE_WORD_RE = re.compile(rf"\b(?:{_ROLE_WORDS})\b")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+\s+){0,4})$")
# "Western officials", "Russian military": capitalised modifiers right before a role word.
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,3})$")
_LEAD_RE = re.compile(r"[\s,.;:!?…—–-]*")
_CLAUSE_END_RE = re.compile(r"[,.;:!?()]|\bwho\b|\bthat\b")
_PREPOSITIONS = frozenset(
    "to about with of by on from for at in into before after against over than".split()
)


@dataclass(slots=True)
class _Raw:
    """A quote found in a paragraph, before it is cut into per-sentence pieces."""

    start: int
    end: int
    closed: bool
    single: bool
    paragraph: int


@dataclass(slots=True)
class _Speaker:
    name: str | None
    span: Span | None
    verb: str | None
    kind: str  # person | group | other | none


_NONE = _Speaker(None, None, None, "none")


def extract_document(
    source: Source, sentences: Sequence[Sentence], entities: Sequence[Sequence[Entity]]
) -> tuple[tuple[Quote, ...], ...]:
    """Find the direct quotes of every sentence of one source, with speakers.

    Args:
        source: the source the sentences come from; spans are absolute into `source.text`.
        sentences: the source's sentences, in order.
        entities: the entities of each sentence, as `entities.extract_document` returns them.

    Returns:
        One tuple of quotes per sentence, in sentence order. A quote that runs over several
        sentences or paragraphs appears once in each, cut to that sentence, with one speaker.
    """
    text = source.text
    raws = _find_all(text, sentences, source.origin)
    masked = _mask(text, raws)
    state = _State()
    speakers: dict[int, _Speaker] = {}
    previous: tuple[int, _Speaker] | None = None  # (paragraph, speaker) of the last quote
    by_sentence: list[list[Quote]] = [[] for _ in sentences]
    starts = [raw.start for raw in raws]  # sorted: quotes are looked up by bisection, not scanned
    for index, sentence in enumerate(sentences):
        ents = list(entities[index]) if index < len(entities) else []
        paragraph_start = _paragraph_start(sentences, index)
        first = bisect.bisect_left(starts, sentence.span.start)
        stop = bisect.bisect_left(starts, sentence.span.end)
        starting = [(number, raws[number]) for number in range(first, stop)]
        for number, raw in starting:
            speaker = _attribute(masked, sentences, index, ents, entities, raw, state)
            opens = not masked[paragraph_start : raw.start].strip()
            if speaker.name is None and opens and previous and previous[0] in (
                raw.paragraph,
                raw.paragraph - 1,
            ):
                speaker = previous[1]
            speakers[number] = speaker
            if speaker.name is not None:
                previous = (raw.paragraph, speaker)
                state.heard(speaker)
        if not starting:
            state.heard(_sentence_subject(masked, sentence, ents, state))
        # A quote never crosses its paragraph, so only this paragraph's quotes can overlap.
        for number in range(bisect.bisect_left(starts, paragraph_start), stop):
            raw = raws[number]
            start, end = max(raw.start, sentence.span.start), min(raw.end, sentence.span.end)
            if start >= end or number not in speakers:
                continue
            by_sentence[index].append(_piece(text, raw, start, end, speakers[number]))
    return tuple(tuple(quotes) for quotes in by_sentence)


# --- finding quote marks ---------------------------------------------------------------------


def _find_all(text: str, sentences: Sequence[Sentence], origin: str = "<text>") -> list[_Raw]:
    raws: list[_Raw] = []
    problems: list[tuple[int, str]] = []
    index = 0
    while index < len(sentences):
        last = index
        while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[index].paragraph:
            last += 1
        start, end = sentences[index].span.start, sentences[last].span.end
        doubles = _doubles(text, start, end, sentences[index].paragraph, problems)
        if doubles and not doubles[-1].closed:
            following = sentences[last + 1].span.start if last + 1 < len(sentences) else len(text)
            if following >= len(text) or text[following] not in '"“„«':
                # Left open with no continuing paragraph: not the newspaper convention.
                problems.append((doubles[-1].start, "no closing mark before the paragraph ends"))
        raws.extend(doubles)
        raws.extend(_singles(text, start, end, sentences[index].paragraph, doubles, problems))
        index = last + 1
    for position, problem in sorted(problems):
        logger.warning("%s: unbalanced quote mark %r at offset %d: %s", origin, text[position], position, problem)
    return sorted(raws, key=lambda raw: raw.start)


def _doubles(text: str, start: int, end: int, paragraph: int, problems: list[tuple[int, str]]) -> list[_Raw]:
    found: list[_Raw] = []
    opened: int | None = None
    for position in range(start, end):
        mark = text[position]
        if mark not in '"“”„«»':
            continue
        before = text[position - 1] if position > start else " "
        if opened is None:
            if mark in _OPEN_DOUBLE or (mark == '"' and (before in _BEFORE_OPEN or position == start)):
                opened = position
            else:
                problems.append((position, "closing mark with no opening one; ignored"))
        elif mark in _CLOSE_DOUBLE or mark == '"':
            found.append(_Raw(opened, position + 1, True, False, paragraph))
            opened = None
    if opened is not None and end - opened > 1:
        # Unclosed: the quote runs to the paragraph's end (and may continue in the next).
        found.append(_Raw(opened, end, False, False, paragraph))
    return found


def _singles(
    text: str, start: int, end: int, paragraph: int, doubles: list[_Raw], problems: list[tuple[int, str]]
) -> list[_Raw]:
    found: list[_Raw] = []
    opened: int | None = None
    for position in range(start, end):
        mark = text[position]
        if mark not in "'‘’" or any(d.start <= position < d.end for d in doubles):
            continue
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if opened is None:
            if mark in "‘'" and before in _BEFORE_OPEN and after.isalnum():
                opened = position
        elif mark in "’'" and not before.isspace() and not after.isalnum():
            found.append(_Raw(opened, position + 1, True, True, paragraph))
            opened = None
    # An unclosed single mark is more likely an apostrophe than a quote: nothing recorded, but a
    # curly opening mark is never an apostrophe, so that one is reported.
    if opened is not None and text[opened] == "‘":
        problems.append((opened, "single quote never closed; ignored"))
    return found


def _mask(text: str, raws: list[_Raw]) -> str:
    """The text with every quote blanked out, so attribution reads only the narration."""
    chars = list(text)
    for raw in raws:
        chars[raw.start : raw.end] = " " * (raw.end - raw.start)
    return "".join(chars)


def _paragraph_start(sentences: Sequence[Sentence], index: int) -> int:
    while index > 0 and sentences[index - 1].paragraph == sentences[index].paragraph:
        index -= 1
    return sentences[index].span.start


def _piece(text: str, raw: _Raw, start: int, end: int, speaker: _Speaker) -> Quote:
    inner_start = start + 1 if start == raw.start else start
    inner_end = end - 1 if raw.closed and end == raw.end and end - 1 >= inner_start else end
    content = text[inner_start:inner_end].strip()
    partial = raw.single or (bool(content) and content[-1] not in ".,!?;:…—-")
    return Quote(
        Span(start, end), text[start:end], content, speaker.name, speaker.span, speaker.verb, partial
    )


# --- attribution -------------------------------------------------------------------------


class _State:
    """Who "he", "she" and "they" can mean at this point of the source."""

    def __init__(self) -> None:
        self.person: _Speaker | None = None
        self.group: _Speaker | None = None

    def heard(self, speaker: _Speaker) -> None:
        if speaker.kind == "person":
            self.person = speaker
        elif speaker.kind in ("group", "other"):
            self.group = speaker

    def pronoun(self, word: str, span: Span, verb: str | None) -> _Speaker:
        known = self.group if word.lower() == "they" else self.person
        if known is None:
            return _Speaker(None, span, verb, "none")
        return _Speaker(known.name, span, verb, known.kind)


def _attribute(
    masked: str,
    sentences: Sequence[Sentence],
    index: int,
    ents: list[Entity],
    entities: Sequence[Sequence[Entity]],
    raw: _Raw,
    state: _State,
) -> _Speaker:
    last = index
    while last + 1 < len(sentences) and sentences[last].span.end < raw.end:
        last += 1
    after_ents = list(entities[last]) if last != index and last < len(entities) else ents
    after = _after(masked, raw.end, sentences[last].span.end, after_ents, state)
    if after.name is not None or after.verb is not None:
        return after
    sentence = sentences[index]
    verbs = [
        verb
        for verb in _VERB_RE.finditer(masked, sentence.span.start, raw.start)
        if not _DETERMINER_RE.search(masked, max(0, verb.start() - 8), verb.start())
    ]
    if not verbs:
        return _NONE
    verb = verbs[-1]
    recorded = _VERB_OF[verb.group()]
    if verb.group().endswith("ing") and len(verbs) > 1 and masked[: verb.start()].rstrip().endswith(","):
        # '..., the official said, adding that "...": the speaker of the verb it continues.
        verb = verbs[-2]
    if _VERB_OF[verb.group()] == "according to":
        return _first_mention(masked, verb.end(), sentence.span.end, ents, recorded, state)
    return _subject(masked, sentence.span.start, sentence, ents, verb.start(), recorded, state)


def _after(masked: str, start: int, end: int, ents: list[Entity], state: _State) -> _Speaker:
    """Attribution after the quote: '," he said', '," said X', '," reports X', ', according to X'."""
    lead = _LEAD_RE.match(masked, start, end)
    here = lead.end() if lead else start
    verb = _VERB_RE.match(masked, here, end)
    if verb and verb.group().endswith("ing") and masked[start:here].strip() == ",":
        return _NONE  # '"...", adding: ...' continues the sentence's subject; read it before the quote
    if verb:
        return _first_mention(masked, verb.end(), end, ents, _VERB_OF[verb.group()], state)
    stop = _CLAUSE_END_RE.search(masked, here, end)
    verb = _VERB_RE.search(masked, here, stop.start() if stop else end)
    if verb is None or verb.start() - here > 80:
        return _NONE
    return _subject(masked, here, None, ents, verb.start(), _VERB_OF[verb.group()], state)


def _first_mention(
    masked: str, start: int, end: int, ents: list[Entity], verb: str, state: _State
) -> _Speaker:
    """The speaker named after an inverted verb: a person if the name phrase holds one."""
    stop = _CLAUSE_END_RE.search(masked, start, end)
    limit = stop.start() if stop else end
    inside = [e for e in ents if start <= e.span.start < limit]
    people = [e for e in inside if e.kind == "person"]
    chosen = people[0] if people else (inside[0] if inside else None)
    if chosen is None:
        lead = _LEAD_RE.match(masked, start, end)
        pronoun = _PRONOUN_RE.match(masked, lead.end() if lead else start)
        if pronoun:
            return state.pronoun(pronoun.group(), Span(pronoun.start(), pronoun.end()), verb)
        role = _ROLE_WORD_RE.search(masked, start, limit)
        if role:
            return _described(ents, masked, role.start(), role.end(), verb)
        return _Speaker(None, None, verb, "none")
    return _from_entity(chosen, verb)


def _from_entity(entity: Entity, verb: str | None) -> _Speaker:
    kind = "person" if entity.kind == "person" else "other"
    return _Speaker(entity.canonical, entity.span, verb, kind)


def _subject(
    masked: str,
    start: int,
    sentence: Sentence | None,
    ents: list[Entity],
    verb_start: int,
    verb: str,
    state: _State,
) -> _Speaker:
    """The subject of a reporting verb, read back from the verb to `start`.

    `sentence` is given when the verb's clause opens the sentence, so that a coordinated verb
    ("spoke to X and said") can take the sentence's subject.
    """
    left = masked[start:verb_start]
    left = _ADVERBS_RE.sub("", left.rstrip())
    # ", Dmytro Kuleba, tweeted": the name in the appositive is the speaker.
    left = _APPOSITIVE_RE.sub("", left).rstrip().rstrip(",").rstrip()
    if _COORDINATED_RE.search(left):
        if sentence is None:
            return _Speaker(None, None, verb, "none")
        subject = _sentence_subject(masked, sentence, ents, state)
        return _Speaker(subject.name, subject.span, verb, subject.kind)
    end = start + len(left)
    role = _ROLE_RE.search(left)
    if role:
        return _described(ents, masked, start + role.start(), end, verb)
    ending = [e for e in ents if e.span.end == end]
    if ending:
        entity = max(ending, key=lambda e: len(e.span))
        return _joined(masked, ents, entity, verb)
    pronoun = _PRONOUN_RE.search(left)
    if pronoun and pronoun.end() == len(left):
        span = Span(start + pronoun.start(), end)
        return state.pronoun(pronoun.group(), span, verb)
    return _Speaker(None, None, verb, "none")


def _described(ents: list[Entity], masked: str, role_start: int, end: int, verb: str) -> _Speaker:
    """A described speaker: "A Downing Street spokesperson", "Boris Johnson's spokesman"."""
    role = masked[role_start:end]
    gap = masked[:role_start].rstrip()
    possessive = gap.endswith(("’s", "'s"))
    owner_end = len(gap) - 2 if possessive else len(gap)
    owners = [e for e in ents if e.span.end == owner_end]
    if not owners:
        # "a senior Western official": the words between the determiner and the role word.
        described = _DETERMINER_BEFORE_RE.search(masked, max(0, role_start - 60), role_start)
        if described is None:
            described = _CAPITALISED_BEFORE_RE.search(masked, max(0, role_start - 60), role_start)
        if described and described.group(1) and not _PRONOUN_RE.match(described.group(1)):
            role_start = described.start(1)
            role = masked[role_start:end]
        return _Speaker(role, Span(role_start, end), verb, "group")
    owner = max(owners, key=lambda e: len(e.span))
    name = f"{owner.canonical}'s {role}" if possessive else f"{owner.canonical} {role}"
    return _Speaker(name, Span(owner.span.start, end), verb, "group")


def _joined(masked: str, ents: list[Entity], entity: Entity, verb: str) -> _Speaker:
    """ "X and Y said": both people, joined, as one speaker."""
    if entity.kind == "person":
        for other in ents:
            if (other.kind == "person" and other.span.end < entity.span.start
                    and _JOINED_RE.match(masked[other.span.end : entity.span.start])):
                    name = f"{other.canonical} and {entity.canonical}"
                    return _Speaker(name, Span(other.span.start, entity.span.end), verb, "group")
    return _from_entity(entity, verb)


def _sentence_subject(masked: str, sentence: Sentence, ents: list[Entity], state: _State) -> _Speaker:
    """Who a sentence is about: the subject of its first reporting verb, else its first person
    who is not the object of a preposition."""
    verb = _VERB_RE.search(masked, sentence.span.start, sentence.span.end)
    if verb and _VERB_OF[verb.group()] != "according to":
        left = _APPOSITIVE_RE.sub("", _ADVERBS_RE.sub("", masked[sentence.span.start : verb.start()].rstrip())).rstrip()
        if not _COORDINATED_RE.search(left):
            found = _subject(
                masked, sentence.span.start, sentence, ents, verb.start(), _VERB_OF[verb.group()], state
            )
            if found.name is not None:
                return found
    for entity in ents:
        if entity.kind == "person" and not _after_preposition(masked, entity.span.start):
            return _from_entity(entity, None)
    return _NONE


def _after_preposition(masked: str, start: int) -> bool:
    words = masked[max(0, start - 60) : start].split()
    while words and words[-1][:1].isupper() and words[-1][-1].isalpha():
        words.pop()  # title words before the name: "to Ukrainian President Volodymyr ..."
    return bool(words) and words[-1].lower() in _PREPOSITIONS
