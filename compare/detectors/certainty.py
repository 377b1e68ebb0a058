"""Certainty conflicts: one side hedges ("could", "claimed", "unconfirmed") what the other states as fact."""

from __future__ import annotations

import re

from compare.detectors import negation
from compare.detectors.events import verb_stem, verbish
from compare.detectors.side import WORDS, Side, quoted, word_with_stem
from compare.lexicon import STOPWORDS, content_stems, stem
from compare.model import DivergenceKind, Hedge, Reason, Span

K = DivergenceKind

_EPISTEMIC = {"could", "may", "might", "possibly", "likely", "probably", "perhaps", "open to"}
_IGNORED_HEDGES = {"according to", "said", "say", "would", "will", "signal"}
_SCOPE_WORDS = 6  # content words after a cue that it is taken to govern, when no scope is read
# A reporting verb after what it reports ("..., police claimed.") hedges the sentence before it.
_REPORTING_VERB = re.compile(r"^(?:claim|claims|claimed|allege|alleges|alleged)$", re.IGNORECASE)
# An attributive hedge governs only the noun it qualifies: "alleged victims", "suspected gunmen".
_ATTRIBUTIVE = re.compile(r"^(?:alleged|suspected|purported|reputed|reported|claimed|possible|potential)$",
                          re.IGNORECASE)
# An adverb cue inside a noun phrase qualifies the word after it: "an allegedly drunk driver",
# "$1.06 million in allegedly ill-gotten trading profits", "an inexperienced and reportedly
# ill-equipped mountain climber".
_ADVERB = re.compile(r"^(?:allegedly|reportedly|apparently|purportedly|possibly|potentially)$", re.IGNORECASE)
_PHRASE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|in|of|for|with|by)\s+$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$", re.IGNORECASE)
_TWO_WORDS = re.compile(r"\s+([a-z][a-z'’-]*)\s+([a-z][a-z'’-]*)")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")


def is_doubt(h: Hedge) -> bool:
    """True for cues that lower certainty: hedges and epistemic modals, not 'would' or 'said'."""
    cue = h.cue.lower()
    if cue in _IGNORED_HEDGES:
        return False
    return h.kind == "hedge" or (h.kind == "modal" and cue in _EPISTEMIC)


def _scope(side: Side, h: Hedge) -> list[str]:
    """Content stems a doubt cue governs (its clause as the hedge extractor reads it).

    Two readings are narrowed or widened here: "alleged victims" doubts the victims only, and
    "..., the company claimed." doubts everything it reports, not the company.
    """
    found = side.around(h.span)
    if found is None:
        return []
    before, after = found
    if _attributive(side, h):
        nxt = _NEXT_WORD.match(after)
        return content_stems(nxt[1]) if nxt else []
    scope = h.scope_span
    if _REPORTING_VERB.match(h.text) and (scope is None or scope.end <= h.span.start):
        return content_stems(before)
    if scope is not None and (text := side.text_at(scope)) is not None:
        return content_stems(text)
    return content_stems(after)[:_SCOPE_WORDS]


_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
_SUSPECT_NOUN_AFTER = re.compile(r"\s+(?:in|who|was|is|has|had)\b", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+(?:[A-Z]|\d)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?,)\"”]|$)")
# A determiner or possessive before "claim": the word is a noun naming what someone claimed.
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those|both|such|any|no)|['’]s)\s+$",
                           re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|one|two|three|this|that|these|those|his|her|their|its)\s+$", re.IGNORECASE)


_LIFE_AFTER = re.compile(r"\s+(?:the|a|an|their|his|her|\d+|[a-z]+)?\s*(?:life|lives)\b", re.IGNORECASE)
_APPEARS_IN = re.compile(r"\s+(?:in|on|at|before|alongside|daily|weekly|monthly|online)\b", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\b(?:so|so\s+that|in\s+order\s+that)\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
_QUESTION_BEFORE = re.compile(r"\b(?:whether|if)\b[^,;:.!?]*$", re.IGNORECASE)


def _not_a_doubt(h: Hedge, before: str, after: str) -> bool:
    """Cue words used as something else: "a suspect", "23 piracy suspects", "sniper suspect Lee
    Boyd Malvo", "affair claims", "the SEC accusations", "May Housing Starts" (a month), "will
    appear daily" (in print), "so a witness could identify him" (a purpose), and any cue inside
    an embedded question ("too early to know whether a second wave might occur"), which asks
    rather than hedges."""
    word = h.text.lower()
    if word in ("suspect", "suspects"):
        return word == "suspects" or bool(_NOUN_BEFORE.search(before) or _SUSPECT_NOUN_AFTER.match(after)
                                          or _CAPITAL_AFTER.match(after))
    if h.text == "May" and _CAPITAL_AFTER.match(after):
        return True
    if word in ("claim", "claims", "accusation", "accusations") and not _THAT_AFTER.match(after):
        if _OWNER_BEFORE.search(before):
            return True  # "dismissed the claim", "Fox's claim was wholly without merit"
        if "," not in before[-40:]:
            return _CLAUSE_ENDS.match(after) is not None  # "over affair claims." names a topic
    if word.startswith("appear") and _APPEARS_IN.match(after):
        return True
    if word.startswith("claim") and _LIFE_AFTER.match(after):
        return True  # "a shooting that claimed the life of Zurana Horton" tells a death
    if word in ("could", "might") and _PURPOSE_BEFORE.search(before):
        return True
    return _QUESTION_BEFORE.search(before) is not None


def _in_use(side: Side, h: Hedge) -> bool:
    """The cue word is used as a cue, not as a noun naming a topic or a person ("a suspect",
    "affair claims"; see `_not_a_doubt`); "conflict-of-interest allegations" names a topic,
    "allegations that ..." hedges."""
    found = side.around(h.span)
    if found and _not_a_doubt(h, *found):
        return False
    return not (h.text.lower().startswith(("allegation", "accusation")) and not (found and _THAT_AFTER.match(found[1])))


def _doubts(side: Side, other_stems: set[str]) -> list[tuple[Hedge, list[str]]]:
    """Doubt cues of a side whose scope the other side also says (two of its words, or its one
    word), each with the shared words."""
    out = []
    for h in side.of_type(Hedge):
        if not _in_use(side, h):
            continue
        if is_doubt(h):
            scope = list(dict.fromkeys(_scope(side, h)))
            shared = [s for s in scope if s in other_stems]
            if shared and len(shared) >= min(2, len(scope)):
                out.append((h, shared))
    return out


_LEGAL = frozenset({"allege", "accuse", "suspect"})
_BE = frozenset("is are was were be been being".split())


_SEGMENT_BREAK = re.compile(r"[,;:(\u2014]|\b(?:when|as|after|before|while|because|if|since|until)\b", re.IGNORECASE)
_AGENT_SKIP = frozenset("a an the this that his her its their our some another former".split())


def _head_noun(words: list[str]) -> str | None:
    """The head of the first noun phrase among `words` ("A 61-year-old Vancouver man was" -> "man")."""
    run: list[str] = []
    for w in words:
        low = w.lower()
        if not run and (low in _AGENT_SKIP or w[:1].isdigit()):
            continue
        if low in STOPWORDS or verbish(w, "") or low.endswith("ly"):
            break
        run.append(w)
    return stem(run[-1]) if run else None


# An age or a home town set off by commas after a name: "Vishwanand Subryan, 23, of
# Schenectady, N.Y., allegedly mowed into ..." is read as "Vishwanand Subryan allegedly mowed".
_APPOSITION = re.compile(r"(?:,\s*\d{1,3}\b|,\s*(?:of|from)\s+[A-Z][^,]*(?:,\s*[A-Z][A-Za-z.]*)?)+\s*,")


def _agent(side: Side, span: Span, *, sentence: bool = True) -> str | None:
    """Who does what the words at `span` say: the first noun phrase of their clause ("when
    23-year-old Vishwanand Subryan struck" -> Subryan), else (with `sentence`) of the sentence.
    "An ex-employee" and "a former employee" are one doer."""
    before = _APPOSITION.sub(" ", (side.around(span) or ("", ""))[0])
    breaks = list(_SEGMENT_BREAK.finditer(before))
    segment = before[breaks[-1].end():] if breaks else before
    head = _head_noun(WORDS.findall(segment)) or (_head_noun(WORDS.findall(before)) if sentence else None)
    return head.removeprefix("ex-") if head else None


def _accused(side: Side, h: Hedge) -> str | None:
    """Who a legal hedge is about: the noun before "accused of" / "suspected of" ("a man
    suspected of shooting" -> man), or the doer of what "allegedly" qualifies."""
    before = (side.around(h.span) or ("", ""))[0]
    if h.text.lower() in ("accused", "suspected"):
        words = [w for w in WORDS.findall(before) if w.lower() not in ("who", "was", "is", "been", "being")]
        if words and words[-1].lower() not in STOPWORDS and not verbish(words[-1], ""):
            return stem(words[-1]).removeprefix("ex-")
    return _agent(side, h.span)


_ACT_AFTER = re.compile(r"\s+(?:(?:of|to|be|have|been|having)\s+)*([a-z][a-z’'-]*)")
# The other side reports a charge or an arrest: it frames the act as an accusation too.
# A few words may stand between: "was charged Wednesday with raping", "have arrested a man in the
# hit-and-run death", "cleared of a second charge of failing", "is facing manslaughter charges".
_CHARGED = re.compile(r"\b(?:charged(?:\s+[\w’'-]+){0,3}?\s+(?:with|in)"
                      r"|arrested(?:\s+[\w’'-]+){0,3}?\s+(?:for|in|on|after|over)"
                      r"|charges?\s+of|fac(?:es|ing|ed|e)(?:\s+[\w’'-]+){0,3}?\s+charges?|indicted|accused|arraigned)\b",
                      re.IGNORECASE)


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$",
                             re.IGNORECASE)
_BY_AGENT = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+by\s+([^,;.]+)", re.IGNORECASE)


def _same_accused(hedged: Side, h: Hedge, plain: Side, span: Span) -> bool:
    """"Accused of", "suspected of" and "allegedly" keep open who did it, not whether it
    happened: "a man suspected of shooting three people" doubts "a man who was fired ... shot
    three people", not "a gunman shot three people". The other side must state the act of the
    same doer (when both doers are read); told in other words ("an ex-employee opened fire" /
    "a former employee allegedly shot"), the doer must be named there. A side that reports a
    charge or an arrest ("has been charged ... after a killing") states no guilt either."""
    if any(_CHARGED.search(t) for _, t in plain.pieces):
        return False
    x = _accused(hedged, h)
    act = _ACT_AFTER.match((hedged.around(h.span) or ("", ""))[1])
    if act and verbish(act[1], "did") and not any(
            verb_stem(w) == verb_stem(act[1]) for w in WORDS.findall(plain.text)):
        return x is not None and x in {stem(w).removeprefix("ex-") for w in WORDS.findall(plain.text)}
    before, after = plain.around(span) or ("", "")
    if _PASSIVE_BEFORE.search(before):
        # "One man is dead after being shot by a gunman": the doer is the one after "by"; with
        # no "by", the other side does not say who did it, which is all the cue leaves open.
        by = _BY_AGENT.match(after)
        y = _head_noun(WORDS.findall(by[1])) if by else None
        return x is not None and y is not None and x == y.removeprefix("ex-")
    y = _agent(plain, span, sentence=False)
    return x is None or y is None or x == y


def _stated_act(hedged: Side, h: Hedge, plain: Side) -> tuple[str, Span] | None:
    """The other side's statement of the act "allegedly", "accused of" or "suspected of" leaves
    open: the same act ("allegedly opening fire" / "opened fire", "suspected of shooting" /
    "shot"), else the first verb after the other side names the same doer ("a former employee
    allegedly shot" / "an ex-employee opened fire"); None when it names neither. A word around
    the act ("his former employers", "a gray Toyota") states nothing the cue doubts."""
    act = _ACT_AFTER.match((hedged.around(h.span) or ("", ""))[1])
    if act and verbish(act[1], "did"):
        want = verb_stem(act[1])
        same = next(((w, sp) for w, sp in plain.find(WORDS) if verb_stem(w) == want), None)
        if same is not None:
            return same
    doer = _accused(hedged, h)
    words = plain.find(WORDS)
    at = next((i for i, (w, _) in enumerate(words) if stem(w).removeprefix("ex-") == doer), None)
    if at is None:
        return None
    # the act the other side tells of the same doer: its first verb after the doer is named; not
    # a report of it ("the man who they say hit"), nor what the doer underwent ("one man is dead")
    verb = next(((i, w, sp) for i, (w, sp) in enumerate(words[at + 1:at + 8], at + 1)
                 if verbish(w, words[i - 1][0])), None)
    if verb is None:
        return None
    i, w, sp = verb
    reporting = _THAT_AFTER.match((hedged.around(h.span) or ("", ""))[1])  # "the FTC alleged that"
    if (verb_stem(w) == "say" and not reporting) or (words[i - 1][0].lower() in _BE and not w.lower().endswith("ing")):
        return None
    return w, sp


_NP_OPENS = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|this|that|these|those|some|several|many|other|two"
                      r"|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|in|of|for|with|by|on|at|from|to"
                      r"|and|or|against|about|over|as)|\d|['’]s|[(\"“])\s*$", re.IGNORECASE)


def _attributive(side: Side, h: Hedge) -> bool:
    """ "alleged victims", "suspected militants", "an allegedly drunk driver": the cue qualifies
    the word after it."""
    before, after = side.around(h.span) or ("", "")
    nxt = _NEXT_WORD.match(after)
    if not nxt or nxt[1] in STOPWORDS:
        return False
    if _ATTRIBUTIVE.match(h.text):
        # "possible" is an adjective; "claimed" and "suspected" are adjectives only where a noun
        # phrase opens ("the alleged", "two suspected", a sentence's first word), verbs after their
        # subject ("Ken Livingstone, the London Mayor, claimed police ... had foiled").
        return h.text.lower() in ("possible", "potential") or not before.strip() or bool(_NP_OPENS.search(before))
    if not _ADVERB.match(h.text):
        return False
    if _PHRASE_BEFORE.search(before):
        return not nxt[1].endswith("ing")  # "for allegedly raping" doubts an act
    # after "and", only before an adjective and its noun ("and reportedly ill-equipped mountain
    # climber"), not before a verb and its object ("and allegedly shot and killed a man")
    two = _TWO_WORDS.match(after)
    return bool(_AND_BEFORE.search(before) and two and two[2] not in STOPWORDS
                and ("-" in two[1] or not verbish(two[1], "")) and not verbish(two[2], two[1]))


_FORECAST = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:set|scheduled|due|slated)\s+to)\b|['’]ll\b",
                       re.IGNORECASE)


def certainty_conflicts(a: Side, b: Side) -> list[Reason]:
    """One side hedges ('claimed', 'unconfirmed', 'could') what the other states as fact.

    One reason per doubt cue the other side lacks, each pointing at the cue and at the other
    side's plain statement of a word the cue governs.
    """
    stems_a, stems_b = set(content_stems(a.text)), set(content_stems(b.text))
    ha, hb = _doubts(a, stems_b), _doubts(b, stems_a)
    if ha and hb:
        return []  # both sides hedge: they differ in how, not in whether
    hedged, plain, flip = (a, b, False) if ha else (b, a, True)
    cues_plain = {h.cue for h in plain.of_type(Hedge) if h.kind != "negation"}
    out = []
    for h, shared in ha or hb:
        if h.cue in cues_plain:
            continue
        # the other side's cues, and whether `h` sits inside one of its own side's: read once per cue
        cues, nested = frozenset(g.cue for g in hedged.of_type(Hedge)), _qualified(hedged, h.span, frozenset())
        stated = [f for s in shared if (f := _plain_statement(hedged, h, plain, s, cues, nested))]
        if not stated:
            continue
        found = next((f for f in stated if _is_verb(plain, f[1])), stated[0])  # the doubted act, when stated
        word, span = found
        if flip:
            out.append(Reason(K.CERTAINTY, word, h.text, f"One side states it as fact ({quoted(word)}); "
                              f"the other hedges it ({quoted(h.text)}).", span, h.span))
        else:
            out.append(Reason(K.CERTAINTY, h.text, word, f"One side hedges it ({quoted(h.text)}); "
                              f"the other states it as fact ({quoted(word)}).", h.span, span))
    return out


def _is_verb(side: Side, span: Span) -> bool:
    """The word at `span` reads as a verb ("weakened", "used"), not a noun the scope shares."""
    word = side.text_at(span) or ""
    before = (side.around(span) or ("", ""))[0].split()
    return verbish(word, before[-1] if before else "")


def _plain_statement(hedged: Side, h: Hedge, plain: Side, s: str, cues: frozenset[str],
                     nested: bool) -> tuple[str, Span] | None:
    """The other side's word with stem `s` when it states as fact what the cue `h` hedges: not
    inside an "if" or "whether" clause ("if Mr Putin orders an attack"), not governed by a cue of
    its own side (`_qualified`, given the hedged side's `cues` and whether `h` is `nested` in one
    of them: "should be declassified", "denied that ..."), not taken back where the
    hedged side is not ("signalled its reluctance to recognise"), not a forecast against a
    forecast ("is expected to start" / "will start"), not a belief against a report ("feared to
    invade" / "what they said was the planned invasion"), and, for "accused of", "suspected of"
    and "allegedly", the other side's statement of the act (`_stated_act`) by the same doer
    (`_same_accused`) in place of the shared word."""
    found = word_with_stem(plain, s)
    if found is None:
        return None
    if h.cue in _LEGAL and not _attributive(hedged, h):
        found = _stated_act(hedged, h, plain)
        if found is None or not _same_accused(hedged, h, plain, found[1]):
            return None
    word, span = found
    before = (plain.around(span) or ("", ""))[0]
    if _QUESTION_BEFORE.search(before) or _qualified(plain, span, cues, nested=nested):
        return None
    hedged_word = word_with_stem(hedged, s)
    if hedged_word and negation.taken_back(plain, span) != negation.taken_back(hedged, hedged_word[1]):
        return None
    if h.cue in ("expected to", "widely expected") and any(_FORECAST.search(t) for _, t in plain.pieces):
        return None
    if h.cue in _CONSEQUENCE and _conditions(hedged) & _conditions(plain):
        return None  # "if convicted, could face" / "faces ... if convicted": both tell the same condition
    if h.cue in _BELIEFS and _reported(plain, span) and not _reported(hedged, h.span):
        return None
    return found


_CONSEQUENCE = frozenset({"could", "may", "might"})
_IF = re.compile(r"\b(?:if|unless)\s+(?:\w+\s+){0,2}?([a-z][\w’'-]*)", re.IGNORECASE)


def _conditions(side: Side) -> set[str]:
    """Stems of the first content words of a side's "if" / "unless" clauses ("if convicted" ->
    "convict"): a modal of what follows from a condition both sides state is the condition's."""
    return {stem(m[1]) for _, t in side.pieces for m in _IF.finditer(t) if m[1].lower() not in STOPWORDS}


_DENIALS = frozenset({"deny", "reject as false", "dismiss as"})
# Cues whose words a side still states: what someone said ("according to"), or plans to do.
# "Would" is also the "will" of reported speech ("said it would check"), so it does not count.
_STATED = frozenset({"according to", "plan to", "would"})


def _qualified(side: Side, span: Span, shared: frozenset[str], *, nested: bool = False) -> bool:
    """The words at `span` are governed by a cue of their own side, so that side does not state
    them as fact either: a modal ("should be declassified"), a hope or an estimate ("hopes to
    bring the measures to the full Senate"), a hedge of its own ("presumed dead"), or a denial
    ("denied that Britain had reneged"). Attribution ("according to") and a plan ("plans to
    restate its earnings for 2000") are not such cues: the side states what was said or planned.
    Nor is a cue in `shared`, the cues of the other side, unless the other side's doubt is
    `nested` inside that cue: "claimed it would review" hedges what "said it would check" does
    not, but "denied Ms Short's claims that Britain has reneged" and "denied that Britain had
    reneged" both deny."""
    for h in side.of_type(Hedge):
        if h.cue in _STATED or (h.cue in shared and not nested) or not _in_use(side, h):
            continue
        if h.kind == "negation" and h.cue not in _DENIALS:
            continue
        scope = _attributive_scope(side, h) or h.scope_span
        # from the cue on: "denied Ms Short's claims that Britain ..." governs the claims too
        if scope is not None and min(h.span.end, scope.start) <= span.start and span.end <= scope.end:
            return True
    return False


_PHRASE_WORDS = re.compile(r"(?:\s+[\w’'$,.-]+){1,3}")


def _attributive_scope(side: Side, h: Hedge) -> Span | None:
    """What a cue inside a noun phrase governs: the phrase's next words only ("two possible gang
    members were arrested" shields "gang members", not the arrest; "an estimated 1,500 mudbrick
    houses" the houses)."""
    before, after = side.around(h.span) or ("", "")
    if not (_attributive(side, h) or _NOUN_BEFORE.search(before)):
        return None
    words = _PHRASE_WORDS.match(after)
    return Span(h.span.end, h.span.end + (words.end() if words else 0))


# Cues that report a belief held by others, not the outlet's doubt about a report: "Russia feared
# to be seeking an excuse to invade", "is believed to have fled".
_BELIEFS = frozenset({"fear", "believed to"})
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|warned|warns|added|stated)\b", re.IGNORECASE)


def _reported(side: Side, span: Span) -> bool:
    """The words at `span` are in a sentence that reports what someone said: "what they said
    was the planned invasion" reports US leaders, it does not state an invasion as fact."""
    found = side.around(span)
    return found is not None and any(_SAYING.search(part) for part in found)
