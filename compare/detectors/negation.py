"""Negation conflicts: a word one side denies ("was not arrested") and the other asserts ("arrested").

A word counts as asserted only where nothing on its own side takes it back: not inside that
side's own negation ("did not return calls seeking comment"), nor under a word that negates
without "not" ("declined to comment", "failing to address", "neither ... nor" (one negation, not
two), "unless", "removed from", "skipped out on"), nor under a wish or plan ("wanted to march"),
nor inside a fixed phrase ("according to", "known as") unless the negation uses it too. The
denial and the assertion must be one event told two ways: the same part of speech ("would not
host" is not denied by "the host of"), not one told as past and the other as still to come
("would not host again" / "hosted in 2007").

What is not a denial: a cue inside a name ("the Do Not Call list", "I Can't Believe It's Not
Butter"), "not only" (which asserts), a contrast with no verb ("in some cases and not in
others", "not because of who she is"), a corrected reason ("not for who she is but for what
she did"), a counterfactual ("would not have placed him ... if"), a report the sentence sets
aside ("Despite reports that he would not return"), "three no votes", and a fronted "Without
..." (a circumstance). "No" and "without" deny their noun phrase, whose head must follow a
modifier the other side states ("without any user intervention" is not denied by "users"), and
an "of" phrase that tells the thing apart must be said there too ("no shares of PalmSource").
A denial ("denies arson") answers a charge or a possibility ("charged with arson", "may have
been arson"); "no longer" denies only the present; "would not host again" is the speaker's
vow, not another named host's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from compare.detectors.events import tense_at, tokens, verbish
from compare.lexicon import STOPWORDS, content_stems, stem
from compare.model import DivergenceKind, Reason, Span

__all__ = ["conflicts", "taken_back"]


class Text(Protocol):
    """One side of a judged pair, as the negation reading needs it."""

    @property
    def text(self) -> str:
        """The side's claims joined."""
        ...

    @property
    def pieces(self) -> tuple[tuple[int, str], ...]:
        """(absolute start, text) per claim."""
        ...


# A cue inside a hyphenated compound ("no-frills", "do-not-call") negates nothing. "dont" and
# "havent" are how transcripts and wires without apostrophes write "don't" and "haven't".
_NEG = re.compile(
    r"(?<!-)\b(?:not|never|no|none|cannot|denie[sd]|deny|denying|rejected|refused|without)\b(?!-)"
    r"|n['’]t\b|\b(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|ai)nt\b",
    re.IGNORECASE)
# Words that negate what follows them in their clause without being a denial to report:
# "neither ... nor", "unless", "nothing", "rarely", "lacked", "free of".
_IMPLICIT = re.compile(
    r"\b(?:lack(?:s|ed|ing)?|neither|nor|unless|nobody|nothing|nowhere|rarely|seldom|hardly|barely|scarcely"
    r"|absence\s+of|free\s+of|rather\s+than|instead\s+of|ruled\s+out"
    r"|(?:remov|exclud|strip|drop|absent|missing)(?:e|es|ed|ing|ped|ping)?\s+from)\b",
    re.IGNORECASE)
# Words that take back only the phrase after them: a failure, a refusal, an inability ("failure
# to fight terror will be a cost" does not take back "cost"); and, for negation conflicts only, a
# wish or attempt ("wanted to march" is not "marched") or a loss ("lost their sense of time").
# A plan is not among them: "plans to shut down" and "will not shut down" conflict.
_REFUSAL = (r"(?:fail(?:s|ed|ing|ure)?|refus(?:e|es|ing|al)|declin(?:e|es|ed|ing)|avoid(?:s|ed|ing)?)(?:\s+to)?"
            r"|(?:unable|reluctan(?:t|ce))\s+to|skip(?:s|ped|ping)?\s+out\s+on|pull(?:s|ed|ing)?\s+out\s+of")
_WISH = r"(?:want(?:s|ed)?|hop(?:e|es|ed)|tr(?:y|ies|ied)|wish(?:es|ed)?|would\s+like)\s+to|lost|los(?:e|es|ing)"
_INFINITIVAL = re.compile(rf"\b(?:{_REFUSAL}|{_WISH})\b(?=\s+[a-z])", re.IGNORECASE)
_REFUSING = re.compile(rf"\b(?:{_REFUSAL})\b(?=\s+[a-z])", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|did|does)\b",
                     re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
# A period ends a clause only where a sentence could end: not in "U.S. state", "$2.11" or "Inc. shares".
_CLAUSE_END = re.compile(r"[,;:!?\u2014]|(?<!\b[A-Z])\.(?!\w)(?!\s+[a-z0-9])| but | and | while ")
# A short aside between dashes ("never -- ever -- outlawed") does not end the clause.
_ASIDE = re.compile(r"(?:--|\u2014|\u2013)\s*\w+(?:\s+\w+){0,2}\s*(?:--|\u2014|\u2013)")
_LEAD = re.compile(r"[\s\"“”‘’']*")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_WORD_AT = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_NOT_ADVERBS = frozenset("apply comply supply reply rely imply multiply rally tally ally fly bully family "
                         "italy july holy ugly belly jelly".split())
_INTENSIFIERS = frozenset({"even", "ever", "yet", "immediately"})
_DETERMINERS = frozenset("a an the his her its their our my your this that these those some any".split())
# Adverbials that can follow a verb without being what it is done to ("arrested yesterday").
_NOT_OBJECT = frozenset("yesterday today tomorrow tonight overnight early late again last next monday tuesday "
                        "wednesday thursday friday saturday sunday".split())
# "not" before these contrasts rather than denies: "not in others", "not because of who she is".
_CONTRAST_AFTER = re.compile(r"\s+(?:only|in|on|at|for|from|with|by|because)\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s)\s*$", re.IGNORECASE)
_PREDICATE = re.compile(r"(?:is|are|was|were|has|have|had|been|be)$", re.IGNORECASE)
# A third party's stance reported by a noun: "despite assurances from Moscow that it is not ...".
_STANCE_FRAME = re.compile(
    r"\b(?:assurances?|insistence|pledges?|promises?|denials?|claims?|guarantees?)\s+(?:from|by)\s+"
    r"(?:the\s+)?(?P<party>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+that\s+(?:[\w’'-]+\s+){0,4}$")


def _is_adverb(word: str) -> bool:
    low = word.lower()
    return (low.endswith("ly") and low not in _NOT_ADVERBS) or low in _INTENSIFIERS


def _cue_family(cue: str) -> str:
    low = cue.lower().replace("’", "'")
    if low in ("not", "never", "cannot") or low.endswith("n't") or (low.endswith("nt") and len(low) > 3):
        return "not"
    return low[:4]


def _masked(text: str) -> str:
    """The text with short dash asides blanked out (same length), for finding clause ends."""
    return _ASIDE.sub(lambda m: " " * len(m[0]), text)


def _clause_end(masked: str, pos: int) -> int:
    """Where the clause running from `pos` ends, punctuation right at `pos` skipped."""
    lead = _LEAD.match(masked, pos)
    start = lead.end() if lead else pos
    end = _CLAUSE_END.search(masked, start)
    return end.start() if end else len(masked)


def _headline(text: str) -> bool:
    """Title Case text ("Driver Not Charged In Crash"), where capitals mark no names."""
    long = [w for w in _WORDS.findall(text) if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def _in_name(text: str, m: re.Match[str]) -> bool:
    """A cue written with a capital inside a sentence is part of a name or title ("Do Not Call")."""
    word_start = text.rfind(" ", 0, m.start()) + 1
    head = text[:word_start].rstrip()
    opens = not head or head[-1] in "\"“‘'(:;.!?"  # a sentence or a quotation starts here
    return text[word_start:word_start + 1].isupper() and not opens and not _headline(text)


def _object(after: str) -> frozenset[str]:
    """Stems of the noun phrase right after a verb ("an emergency security update" -> three
    stems); empty when a preposition, an adverbial or the clause end comes first."""
    return frozenset(_noun_phrase(after))


def _noun_phrase(after: str) -> list[str]:
    out: list[str] = []
    stop = _CLAUSE_END.search(after)
    for m in _WORD_AT.finditer(after):
        if stop is not None and stop.start() < m.start():
            break
        low = m[0].lower()
        if low in _DETERMINERS and not out:
            continue
        if low in STOPWORDS or low in _NOT_OBJECT or _is_adverb(low) or len(out) == 3:
            break
        out.append(stem(m[0]))
    return out


@dataclass(frozen=True, slots=True)
class _Negation:
    """One negation cue: its wording (cue to clause end), the cue's span, the stems it denies."""

    phrase: str
    span: Span
    denied: tuple[str, ...]
    obj: frozenset[str]  # the noun phrase right after the denied verb: what it is done to
    party: str = ""  # set when the negation is a named party's reported stance ("assurances from Moscow that")
    verbal: bool = True  # it denies a verb ("was not arrested"), not a thing ("not a betrayal", "no tumors")
    tense: str | None = None  # the denied verb's tense: "would not host" is future
    predicate: str = ""  # "no tumors were detected": what is denied of the thing, which the other side must say
    head: str = ""  # "not a health care worker": the noun the denied word belongs to, which must follow it there
    follows: str = ""  # the stem of the word after the denied one ("drug application": "application")
    qualifier: frozenset[str] = frozenset()  # "no shares of PalmSource": what tells the thing apart
    now_only: bool = False  # "no longer affected", "didn't need to anymore": denies the present only
    denial: bool = False  # "denies arson": a party's reply to a charge, not a statement of the facts
    bare: str = ""  # "no woman squeezing juice": the denied word ("squeez") that needs no `head` after it


def _negations(side: Text, other_families: frozenset[str] = frozenset()) -> list[_Negation]:
    """What each negation cue denies: the first content word after "not" or a denial verb
    ("did not explain its reasons" denies "explain"), the head of the noun phrase after "not a"
    ("not a health care worker" denies "worker"), the noun phrase after "no" or "without" up to a
    participle said of it ("no man smiling"), the first three words after "none" or "no one".

    Names ("not Patch Tuesday") and manner adverbs ("not officially sanctioned") are not what
    a negation denies. A denial verb the other side uses too ("denied by the minister" / "the
    minister denied") is shared polarity, and a passive one ("denied by") denies what precedes it.
    """
    out = []
    for start, text in side.pieces:
        masked = _masked(text)
        for m in _NEG.finditer(text):
            family = _cue_family(m.group(0))
            if family not in ("not", "no") and (family in other_families or _BY_AFTER.match(text, m.end())):
                continue
            if _in_name(text, m) or _contrast(text, m, family) or _not_a_denial(text, m, family):
                continue
            if family == "with" and not text[: m.start()].strip(" \"“‘'("):
                continue  # "Without going into specifics, ...": a circumstance, not a claim
            end = _clause_end(masked, m.end())
            scope = text[m.end(): end]
            words = [w for w in _WORDS.findall(scope)
                     if w.lower() not in STOPWORDS and w[0].islower() and not _is_adverb(w)]
            phrase = text[m.start(): end].strip()
            if family == "no" and _LONGER.match(scope):
                words = words[1:]  # "no longer affected" denies "affected", now
                nominal = False
            else:
                nominal = family in ("no", "none", "with") or _noun_first(scope)
            if not words:
                continue
            head, bare = "", ""
            if family == "with" and (thing := _thing_denied(scope)):
                kept, head, bare = thing  # "without any user intervention" denies an intervention
            elif family == "no" and not _LONGER.match(scope) and (thing := _thing_denied(scope)):
                kept, head, bare = thing
            elif family in ("no", "none"):
                kept = tuple(stem(w) for w in words[:3])
            else:
                kept = (stem(words[0]),)
                if nominal:
                    head = (_noun_phrase(scope)[-1:] or [""])[0]  # "not a health care worker": a worker
            if not kept:
                continue
            verb = next((v for v in _WORD_AT.finditer(scope) if stem(v[0]) == kept[0]), None)
            obj = _object(scope[verb.end():]) if verb and len(kept) == 1 and not nominal else frozenset()
            tense = None
            if verb is not None and not nominal and family == "not":
                toks = tokens(text[: m.end() + verb.end()])
                tense = tense_at(toks, len(toks) - 1)
            frame = _STANCE_FRAME.search(text, 0, m.start())
            party = frame["party"] if frame else ""
            predicate = _predicate(scope) if family in ("no", "none") else ""
            after = _WORD_AT.search(scope, verb.end()) if verb is not None else None
            follows = stem(after[0]) if after is not None else ""
            qualifier = _qualifier(scope) if nominal else frozenset()
            out.append(_Negation(phrase[:80], Span(start + m.start(), start + m.end()), kept, obj, party,
                                 not nominal, tense, predicate, head, follows, qualifier,
                                 bool(_NOW_ONLY.search(phrase)), family in ("deni", "deny"), bare))
    return out


# --- cues that deny nothing the other side could assert -------------------------------------

_LONGER = re.compile(r"\s+longer\b", re.IGNORECASE)
# "no longer", "not ... anymore": the state has ended, which a past "was affected" does not contradict.
_NOW_ONLY = re.compile(r"^no\s+longer\b|\bany\s?more\b|\bany\s+longer\b", re.IGNORECASE)
# "three no votes", "the no campaign": "no" as a noun's modifier, after a number or determiner.
_VOTE_BEFORE = re.compile(r"(?:\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+))\s+$",
                          re.IGNORECASE)
# "would not have placed Bush on injured reserve if ...": a counterfactual, which implies he was placed.
_WOULD_BEFORE = re.compile(r"\bwould\s*$", re.IGNORECASE)
_HAVE_DONE_AFTER = re.compile(r"\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b", re.IGNORECASE)
# "Despite reports that said Ross would not be returning": a report the sentence itself sets aside.
_REFUTED = re.compile(r"\b(?:despite|in\s+spite\s+of|contrary\s+to)\s+(?:[\w’'-]+\s+){0,3}?"
                      r"(?:reports?|claims?|rumou?rs?|speculation|suggestions?)\b[^,;:]*$", re.IGNORECASE)
# "won't tell you about X": a refusal to speak denies the telling, not X.
_SPEECH_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:tell|say)\s+(?:(?:you|us|them|anyone|reporters)\s+)?(?:about|of)\b",
                           re.IGNORECASE)
# "not prosecuted for who she is but for what she did": the verb holds; what follows the same
# preposition on both sides of "but" is corrected.
_CORRECTION = re.compile(r"\s*,?\s*but\s+(?:rather\s+)?(?P<prep>for|because|in|on|at|to|by|with|from|as)\b",
                         re.IGNORECASE)


def _vote(text: str, m: re.Match[str]) -> bool:
    """A "no" that names a kind of vote or side ("Three no votes would kill it"), not a denial."""
    return m[0].lower() == "no" and _VOTE_BEFORE.search(text, 0, m.start()) is not None


def _not_a_denial(text: str, m: re.Match[str], family: str) -> bool:
    """Cues that deny nothing a plain statement on the other side could contradict: "three no
    votes", a counterfactual ("would not have placed him if ..."), a report the sentence sets
    aside ("Despite reports that he would not return"), a refusal to speak ("won't tell you
    about"), and a corrected reason ("not for who she is but for what she did")."""
    if _vote(text, m) or _REFUTED.search(text, 0, m.start()):
        return True
    if family != "not":
        return False
    end = _clause_end(_masked(text), m.end())
    counterfactual = _WOULD_BEFORE.search(text, 0, m.start()) and _HAVE_DONE_AFTER.match(text, m.end())
    correction = _CORRECTION.match(text, end)
    corrected = correction is not None and re.search(rf"\b{correction['prep']}\b", text[m.end():end], re.IGNORECASE)
    return bool(counterfactual or _SPEECH_AFTER.match(text, m.end()) or corrected)


def _thing_denied(scope: str) -> tuple[tuple[str, ...], str, str] | None:
    """What "no" denies: the noun phrase after it, up to a participle said of the thing, which
    is denied too; its last noun is the head. "no user intervention" -> ((user, intervent),
    intervent, ""), "no woman squeezing juice" -> ((woman, squeez), woman, squeez). None when no
    noun phrase follows ("no one typing")."""
    found = _noun_phrase(scope)
    written = [w[0] for w in _WORD_AT.finditer(scope) if w[0].lower() not in _DETERMINERS][: len(found)]
    cut = next((i for i, w in enumerate(written) if i and verbish(w, written[i - 1])
                and w.lower().endswith(("ing", "ed"))), None)
    if cut is None:
        return (tuple(found[:3]), found[-1], "") if found else None
    return tuple(found[: cut + 1]), found[cut - 1], found[cut]


def _qualifier(scope: str) -> frozenset[str]:
    """The stems of an "of"/"for" phrase after a denied noun phrase, which tell the denied thing
    apart: "no shares of PalmSource" -> {"palmsourc"}; empty when none follows."""
    phrase = _noun_phrase(scope)
    words = [w for w in _WORD_AT.finditer(scope) if w[0].lower() not in _DETERMINERS]
    if not phrase or len(words) <= len(phrase) or words[len(phrase)][0].lower() not in ("of", "for"):
        return frozenset()
    return frozenset(_noun_phrase(scope[words[len(phrase)].end():]))


# Words after these, in their clause, are a possibility or an accusation, not a fact: "may have
# been arson", "charged with arson"; a denial does not contradict them. Case matters: "on May 2".
_POSSIBLE = re.compile(r"\b(?:could|may|might|likely|possibly|perhaps|allegedly|alleged"
                       r"|(?:charged|charges?)\s+with|accused\s+of|suspected\s+of|suspicion\s+of)\b")


def _possible_at(text: str, pos: int) -> bool:
    """A possibility or accusation cue earlier in the clause holding `pos` ("charged with arson")."""
    ends = list(_CLAUSE_END.finditer(_masked(text), 0, pos))
    return _POSSIBLE.search(text, ends[-1].end() if ends else 0, pos) is not None


def _contrast(text: str, m: re.Match[str], family: str) -> bool:
    """ "not only" (which asserts), and a "not" before a preposition with no verb to deny ("in
    some cases and not in others", "not because of who she is"): a contrast, not a denial. After
    a copula the preposition is what is denied: "is not in the best interest of stockholders"."""
    if family != "not" or m.group(0).lower() != "not":
        return False
    after = _CONTRAST_AFTER.match(text, m.end())
    if after is None:
        return False
    return after[0].strip().lower() == "only" or not _COPULA_BEFORE.search(text, 0, m.start())


def _noun_first(scope: str) -> bool:
    """The negated stretch opens with a noun phrase ("not a betrayal of the public")."""
    first = _WORDS.search(scope)
    return first is not None and first[0].lower() in _DETERMINERS


def _predicate(scope: str) -> str:
    """The verb said of a thing that "no" denies: "no tumors were detected" -> "detect", "no
    man fishing in the river" -> "fish"."""
    ws = _WORDS.findall(scope)
    for i, w in enumerate(ws[1:6], 1):
        if _PREDICATE.fullmatch(w) and i + 1 < len(ws) and verbish(ws[i + 1], w):
            return stem(ws[i + 1])
        if w[:1].islower() and w.lower().endswith(("ed", "ing")) and verbish(w, ws[i - 1]) and i <= 2:
            return stem(w)
    return ""


# A relative or adverbial clause after a negation is not negated by it: "showed no emotion
# throughout the trial in which he was convicted" states the conviction. A "that" clause is.
_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|where|when|because|although|though|after|before|if)\b",
                           re.IGNORECASE)


def _region_end(text: str, masked: str, pos: int) -> int:
    end = _clause_end(masked, pos)
    other = _OTHER_CLAUSE.search(text, pos, end)
    return other.start() if other else end


def _retractions(side: Text, wishes: bool = True) -> list[Span]:
    """Where the side takes words back: from each negating word to the end of its clause; a
    failure, refusal, wish or plan to the end of its verb phrase; "without" to the end of its
    noun phrase. A word under an even number of them is asserted ("cannot afford to not get")."""
    return list(_retractions_in(side.pieces, wishes))


@functools.lru_cache(maxsize=256)
def _retractions_in(pieces: tuple[tuple[int, str], ...], wishes: bool) -> tuple[Span, ...]:
    """`_retractions`, read once per side (a judged pair asks for each side's several times)."""
    out = []
    for start, text in pieces:
        masked = _masked(text)
        for m in _NEG.finditer(text):
            if _in_name(text, m) or _contrast(text, m, _cue_family(m.group(0))) or _vote(text, m):
                continue  # "the Do Not Call list", "not only ... but", "three no votes"
            end = _region_end(text, masked, m.end())
            if _cue_family(m.group(0)) in ("refu", "deni", "deny", "reje") and _TO_AFTER.match(text, m.end()):
                finite = _FINITE.search(text, m.end(), end)  # "refused to participate ... unless"
                end = finite.start() if finite else end
            elif _cue_family(m.group(0)) == "with":
                words = list(_WORD_AT.finditer(text, m.end(), end))
                phrase = _noun_phrase(text[m.end():end])
                end = words[min(len(phrase), len(words)) - 1].end() if phrase and words else m.end()
            out.append(Span(start + m.end(), start + end))
        neither_ends: list[int] = []
        for m in _IMPLICIT.finditer(text):
            end = _region_end(text, masked, m.end())
            if m[0].lower() == "nor" and any(m.start() < e for e in neither_ends):
                continue  # "neither I nor my film are": one negation, not two that cancel
            if m[0].lower() == "neither":
                neither_ends.append(end)
            out.append(Span(start + m.end(), start + end))
        for m in (_INFINITIVAL if wishes else _REFUSING).finditer(text):
            end = _region_end(text, masked, m.end())
            finite = _FINITE.search(text, m.end(), end)
            out.append(Span(start + m.end(), start + (finite.start() if finite else end)))
    return tuple(out)


def _negated(span: Span, retractions: list[Span]) -> bool:
    return sum(r.start <= span.start < r.end for r in retractions) % 2 == 1


def taken_back(side: Text, span: Span) -> bool:
    """The words at `span` are negated, refused or failed on their side ("its reluctance to
    recognise"); a wish or an attempt ("tried to hide") is not counted here."""
    return _negated(span, _retractions(side, wishes=False))


def _name_word(text: str, m: re.Match[str], follows: str) -> bool:
    """A capitalised word inside a sentence next to another one, and not followed by what the
    denied word is followed by: part of a name ("the Food and Drug Administration" against
    "denied ImClone's drug application"), not the common word ("Chief Executive" is "chief
    executive")."""
    if not m[0][:1].isupper() or not text[: m.start()].strip(" \"“‘'(") or _headline(text):
        return False
    nxt = _WORD_AT.search(text, m.end())
    if nxt is not None and follows and stem(nxt[0]) == follows:
        return False
    nxt2 = _WORD_AT.search(text, nxt.end()) if nxt is not None and nxt[0].lower() in ("and", "of") else None
    prev = text[: m.start()].split()[-1:] or [""]
    return any(w is not None and w[0][:1].isupper() for w in (nxt, nxt2)) or prev[0][:1].isupper()


# Words that are part of a fixed phrase and state nothing of their own: "according to" (not an
# accord), "known as" (a name, not knowledge).
_FIXED = re.compile(r"(?:according\s+to|known\s+(?:(?:to|by)\s+(?:[\w’'-]+\s+){1,3})?as)\b", re.IGNORECASE)
_LEADING_ADVERBS = re.compile(r"(?:\b(?:even|ever|also|still|just|already|[A-Za-z]+ly)\s+)+$", re.IGNORECASE)


def _assertion(side: Text, s: str, retractions: list[Span], n: _Negation) -> tuple[str, Span] | None:
    """The side's first plain statement of a word with stem `s` that negation `n` denies: not
    taken back on its side, not part of a name or of a fixed phrase the negation does not use
    ("According to THR" against "doesn't have a deal"), and followed by `n.head` when one is
    required. The adverbs right before it are quoted with it ("even unearthed")."""
    head, follows = ("" if s == n.bare else n.head), n.follows
    fixed_apart = _FIXED.search(n.phrase) is None
    for start, text in side.pieces:
        for m in _WORD_AT.finditer(text):
            if stem(m[0]) != s or _name_word(text, m, follows) or (fixed_apart and _FIXED.match(text, m.start())):
                continue
            span = Span(start + m.start(), start + m.end())
            if _negated(span, retractions):
                continue
            if head and head != s and head not in {stem(w) for w in _WORDS.findall(text[m.end():])[:3]}:
                continue  # "not a health care worker" is not denied by "commissioner of public health"
            lead = _LEADING_ADVERBS.search(text, 0, m.start())
            first = lead.start() if lead and not _NEG.search(lead[0]) else m.start()
            return text[first:m.end()], Span(start + first, span.end)
    return None


def _tense_of(side: Text, span: Span) -> str | None:
    for start, text in side.pieces:
        if start <= span.start and span.end <= start + len(text):
            toks = tokens(text[: span.end - start])
            return tense_at(toks, len(toks) - 1) if toks else None
    return None


_VERB_GROUP = frozenset("to will would shall can could may might must should is are was were be been being "
                        "has have had do does did just also still now soon".split())


def _doer(side: Text, span: Span) -> frozenset[str]:
    """The stems of the name right before the verb at `span`, across its auxiliaries: "Ellen
    DeGeneres will host" -> {"ellen", "degeneres"}; empty when no name stands there ("she will be
    hosting", "the company said")."""
    before = next((text[: span.start - start] for start, text in side.pieces
                   if start <= span.start and span.end <= start + len(text)), "")
    ws = _WORD_AT.findall(before)
    while ws and (ws[-1].lower() in _VERB_GROUP or _is_adverb(ws[-1])):
        ws.pop()
    name = []
    while ws and ws[-1][:1].isupper() and ws[-1].lower() not in STOPWORDS:
        name.append(ws.pop())
    return frozenset(stem(w) for w in name)


def _possible_in(side: Text, span: Span) -> bool:
    """`_possible_at` for a span of the side, found in its claim."""
    for start, text in side.pieces:
        if start <= span.start and span.end <= start + len(text):
            return _possible_at(text, span.start - start)
    return False


def _after(side: Text, span: Span) -> str:
    for start, text in side.pieces:
        if start <= span.start and span.end <= start + len(text):
            return text[span.end - start:]
    return ""


def conflicts(a: Text, b: Text) -> list[Reason]:
    """A word one side negates ("did not explain") and the other asserts ("explained").

    Each negation is weighed on its own: a side may negate one thing and assert another. A
    negation of the same head word on both sides ("no doubt that" / "no doubt about") is shared,
    whatever else its scope holds; a verb denied of one thing and asserted of another, each a
    single noun neither side shares ("not cutting meat" / "cutting an onion"), is no conflict, nor
    is "no man fishing" against a man doing something else.
    Nor is a named party's reported stance ("assurances from Moscow that it is not planning an
    invasion") against a sentence that does not report that party.
    """
    fam_a = frozenset(_cue_family(c) for _, t in a.pieces for c in _NEG.findall(t))
    fam_b = frozenset(_cue_family(c) for _, t in b.pieces for c in _NEG.findall(t))
    neg_a, neg_b = _negations(a, fam_b), _negations(b, fam_a)
    stems_a, stems_b = set(content_stems(a.text)), set(content_stems(b.text))
    out: list[Reason] = []
    for y, negs_x, negs_y, stems_x, stems_y, flip in ((b, neg_a, neg_b, stems_a, stems_b, False),
                                                      (a, neg_b, neg_a, stems_b, stems_a, True)):
        denied_y = {s for n in negs_y for s in n.denied}
        retractions = _retractions(y)
        own = _retractions(b if flip else a)
        for n in negs_x:
            if not _negated(Span(n.span.end, n.span.end), own):
                continue  # "no real explosives will not be used": two negations cancel
            if n.denied[0] in denied_y:
                continue  # the other side negates it too
            if n.party and not set(content_stems(n.party)) & stems_y:
                continue  # a party's reported assurance; the other side does not report that party
            if n.predicate and n.predicate not in stems_y:
                continue  # "no passenger was ejected" is not denied by "passengers were thrown"
            if n.qualifier and not n.qualifier & stems_y:
                continue  # "no shares of PalmSource" says nothing of the Palm shares the other side gives
            for s in n.denied:
                found = (_assertion(y, s, retractions, n)
                         if s in stems_y and s not in denied_y else None)
                if found is None:
                    continue
                word, ospan = found
                tense_y = _tense_of(y, ospan)
                if n.verbal and {n.tense, tense_y} == {"past", "future"}:
                    continue  # "would not host the Oscars" / "hosted the Oscars in 2007"
                if _AGAIN.search(n.phrase) and tense_y != "future":
                    continue  # "would not host the Oscars again" denies a next time, not the last one
                if _AGAIN.search(n.phrase) and (doer := _doer(y, ospan)) and not doer & stems_x:
                    continue  # "he would not host the Oscars again" is his vow, not "Ellen DeGeneres will host"
                if n.now_only and tense_y == "past":
                    continue  # "no longer affected by the outage" / "traffic was affected by the break"
                if n.denial and _possible_in(y, ospan):
                    continue  # "Man denies arson" / "man charged with arson", "it may have been arson"
                other_obj = _object(_after(y, ospan))
                if len(n.obj) == 1 and len(other_obj) == 1 and not (n.obj & stems_y or other_obj & stems_x):
                    continue  # "not cutting meat" does not deny "cutting an onion"
                expl = f"\u201c{n.phrase}\u201d negates what \u201c{word}\u201d asserts."
                if flip:
                    out.append(Reason(DivergenceKind.NEGATION, word, n.phrase, expl, ospan, n.span))
                else:
                    out.append(Reason(DivergenceKind.NEGATION, n.phrase, word, expl, n.span, ospan))
                break  # one reason per negation
    return out
