"""Which event a time expression dates: the word it is attached to, and that word's tense.

News English attaches a time to the verb before it in its clause ("was arrested Tuesday",
"shot three people on Monday"), to the noun it modifies ("Sunday's game", "the 2007
ceremony", "2014 Oscars"), or, when it opens the sentence ("On Friday, a climber died"), to the
verb after it. "Police said Tuesday" dates the statement, not what is stated. Two times date
the same thing only when they are attached to the same event: "hosted the Oscars in 2007" and
"will host the Oscars in 2014" are two occurrences of one event, and "the navy said Sunday it
had captured 23 pirates" does not date the capture.

Rule-based, without a parser: a verb is known by its ending, a table of irregular forms, or an
auxiliary before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.lexicon import STOPWORDS, stem

__all__ = ["Event", "at_law", "clause_tense", "event_of", "harm_told", "in_relative_clause", "occasion", "one_event",
           "tense_after", "tense_at", "told_apart", "told_before_governor", "told_events", "tokens", "verb_stem",
           "verbish"]


@dataclass(frozen=True, slots=True)
class Event:
    """What a time is attached to: the stems of its verb and event noun, and the verb's tense."""

    stems: frozenset[str]
    words: tuple[str, ...]
    tense: str | None  # "past", "future", or None (no verb, a present or an unclear form)
    reporting: bool = False  # the time dates a statement: "said Tuesday", "told reporters on Monday"
    speech: bool = False  # its words name a statement of any kind: announced, conceded, a briefing
    named: bool = False  # the time names which occasion it is ("the 2014 Oscars", "Sunday's game")
    verbal: bool = False  # a verb is among its words ("was arrested Tuesday"; not "the Monday morning attack")


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.:]*|[,;:()\[\]\"“”\u2014\u2013]|\s-\s")
_BREAKS = frozenset(",;:()[]\"“”\u2014\u2013") | {" - "}
# Words opening another clause or event: "charged ... after a shooting ... Friday" dates the shooting.
_SUBORDINATORS = frozenset("that when who which where whom whose because if while although though whereas "
                           "unless after before".split())
# Verbs whose time dates the statement itself ("Police said Tuesday that ...").
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_REPORTING = frozenset("said say says told tells added adds stated".split())
# Words naming a statement of any kind: a time next to one may date what is announced too.
_SPEECH = _REPORTING | frozenset(
    "announced announces announce announcing reported reports report confirmed confirms explained tweeted wrote "
    "suggested suggests urged urges noted conceded concedes admitted acknowledged insisted argued declared "
    "described named disclosed revealed unveiled claimed denied warned called promised pledged vowed testified "
    "statement announcement briefing conference interview speech release remarks".split())
# Irregular forms mapped to their base, so "won" and "winning" are one event.
_BASE = dict(pair.split(":") for pair in (
    "won:win shot:shoot fell:fall fallen:fall ran:run lost:lose met:meet led:lead left:leave fled:flee "
    "struck:strike held:hold found:find made:make took:take taken:take came:come went:go began:begin "
    "begun:begin saw:see seen:see gave:give given:give sent:send stood:stand spoke:speak spoken:speak "
    "threw:throw thrown:throw drove:drive driven:drive rose:rise risen:rise broke:break broken:break "
    "caught:catch brought:bring bought:buy built:build fought:fight sought:seek taught:teach hung:hang "
    "sank:sink slid:slide stole:steal stolen:steal swore:swear woke:wake flew:fly flown:fly grew:grow "
    "grown:grow knew:know known:know drew:draw drawn:draw blew:blow blown:blow hid:hide hidden:hide "
    "laid:lay paid:pay rode:ride sold:sell spent:spend tore:tear torn:tear became:become chose:choose "
    "chosen:choose dug:dig fed:feed felt:feel froze:freeze frozen:freeze got:get gotten:get heard:hear "
    "kept:keep lent:lend lit:light meant:mean sat:sit slept:sleep sped:speed").split())
_PAST_FORMS = frozenset(w for w in _BASE if w not in ("fallen", "taken", "begun", "seen", "given", "spoken",
                                                      "thrown", "driven", "risen", "broken", "stolen", "flown",
                                                      "grown", "known", "drawn", "blown", "hidden", "torn",
                                                      "chosen", "frozen", "gotten")) | {"hit", "put", "set",
                                                                                         "shut", "died"}
_OTHER_VERBS = frozenset("hit put set shut cut quit let spread upset die dies died dead".split())
# Words ending like verbs that are not verbs (or are times themselves).
_NOT_VERBS = frozenset("morning evening during thing nothing something anything everything king ring spring string "
                       "wing ceiling sibling darling need speed bed red shed seed feed breed hundred indeed "
                       "united alleged suspected purported reputed so-called according including following "
                       "regarding concerning pending".split())
# Nouns that name an event a time can date.
_EVENT_NOUNS = frozenset(
    "attack attacks raid crash accident game match race meeting ceremony show party trial hearing election vote "
    "referendum explosion blast quake earthquake storm arrest death funeral interview statement announcement speech "
    "visit summit talks conference session strike incident collision protest rally concert festival broadcast "
    "telecast premiere launch release deadline sentencing verdict arraignment ambush bombing massacre fire "
    "awards oscars wedding debut tournament playoff final finals semifinal season tour briefing".split())
# Steps of a case at law ("charged", "was arraigned", "the sentencing"): each has its own day,
# not the day of the act it is about ("charged Saturday" / "shot and killed a man Friday").
# Not "arrested": an arrest is often made at the scene, on the occasion itself.
_LEGAL_WORDS = ("charge charged charges charging arraign arraigned arraignment convict convicted conviction "
                "sentence sentenced sentencing indict indicted indictment acquit acquitted acquittal plead pleaded "
                "pled plea").split()
# The harm a case at law is about, which happened on its own day.
_HARM_WORDS = ("shoot shot shooting gunned gunfire gunman fire kill killed killing slay slain slaying murdered stab "
               "stabbed stabbing attack attacked assault assaulted rob robbed robbery rape raped beat beaten wound "
               "wounded wounding injure injured die died dead bomb bombing ambush rampage massacre").split()
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll"})
_TO_FUTURE = frozenset("is are was were going set due scheduled expected slated plans planned poised about".split())
# A choice of who is to do something: what they are "picked to" do is still to come.
_CHOSEN = frozenset("picked chosen named tapped selected hired asked invited appointed".split())
_MODALS = frozenset({"can", "could", "may", "might", "must", "should"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'d"})
_PRESENT_AUX = frozenset({"is", "are", "am", "being"})
_BE = frozenset({"be", "been", "get", "got", "gets"})
_PASSABLE = _BE | {"not", "never", "also", "just", "n't", "still", "then", "even", "only"}
_AUX_BEFORE_VERB = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should",
                              "did", "does", "do", "has", "have", "had"})  # not "to": "went to school"
# A light verb or auxiliary reached before any verb: the clause's own verb is not a word we read.
_LIGHT = frozenset("was were is are be been has have had did do does will would can could may might must "
                   "should".split())
_DETERMINERS = frozenset("the a an his her its their our this that last next".split())
_PREPOSITIONS = frozenset("in on at since until till by before after during from of for".split())
# "suspicion of driving", "pulled over for speeding": what a verb is about. Not "by winning the
# lottery Friday night" or "charged with murdering", where the gerund tells the dated act.
_NOT_PLANS = frozenset({"blame"})  # "is to blame" tells no future
_GERUND_PREPOSITIONS = frozenset({"of", "for"})
_BACK_WORDS = 14  # how far back in its clause a time looks for its verb
_FORWARD_WORDS = 12
_HEAD_WORDS = 5  # how far after a named occasion its clause's auxiliary is looked for
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def tokens(text: str) -> list[str]:
    """Words, numbers and clause marks, as the event reading takes them."""
    return [m[0] for m in _TOKEN.finditer(text)]


def _is_break(token: str) -> bool:
    return token in _BREAKS or token.lower() in _SUBORDINATORS


def verbish(word: str, prev: str) -> bool:
    """A word that reads as a verb: a reporting verb, an irregular form, -ed/-ing, or after an auxiliary."""
    low = word.lower().replace("’", "'")
    if not word[:1].islower() or low in _NOT_VERBS:
        return False
    if low in _REPORTING or low in _BASE or low in _OTHER_VERBS:
        return True
    if low in STOPWORDS:
        return False
    if (len(low) >= 4 and low.endswith("ed")) or (len(low) >= 5 and low.endswith("ing")):
        return True
    return prev.lower() in _AUX_BEFORE_VERB


def _gerund_noun(word: str, before: list[str]) -> bool:
    """An -ing word used as a noun: after a determiner ("the shooting"), or after a noun that
    modifies it ("a news briefing", "a Detroit office building")."""
    if not word.lower().endswith("ing") or word.lower() in STOPWORDS or not before:
        return False
    last = before[-1]
    low = last.lower()
    if low in _DETERMINERS or last[:1].isupper() or last[:1].isdigit():
        return True
    return low not in STOPWORDS and not low.endswith("ly") and not verbish(last, before[-2] if len(before) > 1 else "")


def _prepositional_gerund(words: list[str], i: int) -> bool:
    """An -ing word after "of" or "for", naming what another verb is about ("arrested on
    suspicion of driving under the influence early Tuesday", "pulled over for speeding early
    Monday"): the clause's verb is further back, and the gerund is what it is done for."""
    low = words[i].lower()
    return (i > 0 and len(low) >= 5 and low.endswith("ing") and low not in _NOT_VERBS
            and words[i - 1].lower() in _GERUND_PREPOSITIONS)


def tense_at(words: list[str], i: int) -> str | None:
    """The tense of the verb `words[i]`, read from the auxiliaries before it and its own form.

    "to" marks a future only in "is to", "set to", "going to" and the like, or after a name
    (headline "DeGeneres to host Oscars"); "ordered to be made" and "considered to be" are not.
    A participle after "be" is no past: "can only be resolved".
    """
    passed_be = False
    for j in range(i - 1, max(-1, i - 5), -1):
        low = words[j].lower()
        if low == "to":
            prev = words[j - 1] if j else ""
            headline = j <= 3 and prev[:1].isupper()  # "Ellen DeGeneres to host Oscars"
            return "future" if prev.lower() in _TO_FUTURE or headline else None
        if low in _FUTURE_AUX:
            return "future"
        if low in _PAST_AUX:
            return "past"
        if low in _PRESENT_AUX or low in _MODALS:
            return None  # a present, progressive or modal form: "is being announced", "can be used"
        if low in _PASSABLE or low.endswith("ly"):
            passed_be = passed_be or low in _BE
            continue
        break
    prev = words[i - 1] if i else ""
    if passed_be or _is_break(prev) or prev.lower() in _PREPOSITIONS or prev.lower() in _DETERMINERS:
        return None  # a participle ("a fund, controlled by", "if indicted"), not a past tense
    low = words[i].lower()
    return "past" if low.endswith("ed") or low in _PAST_FORMS or low in ("said", "told") else None


def _dated_tense(words: list[str], i: int) -> str | None:
    """`tense_at`, and a future for what someone is chosen to do ("Ellen DeGeneres picked to host
    2014 Oscars"): the act a time dates, not the clause's grammar."""
    tense = tense_at(words, i)
    if tense is None and i >= 2 and words[i - 1].lower() == "to" and words[i - 2].lower() in _CHOSEN:
        return "future"
    return tense


def verb_stem(word: str) -> str:
    """One stem per verb whatever its form: "won"/"winning" -> "win", "said"/"told" -> "say"."""
    low = word.lower()
    if low in _REPORTING:
        return "say"
    base = stem(_BASE.get(low, low))
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz" and low.endswith(("ed", "ing")):
        return base[:-1]  # "winn" (winning), "stopp" (stopped)
    return base


def _head(after: list[str]) -> tuple[str, str | None] | None:
    """The noun a time modifies, from the words right after it (the last of a run of nouns), and
    a participle right after that noun ("the 2008 Oscars hosted by ...")."""
    run: list[str] = []
    for i, w in enumerate(after[:4]):
        if _is_break(w) or w.lower() in STOPWORDS:
            break
        if w[:1].islower() and verbish(w, ""):
            nxt = after[i + 1] if i + 1 < len(after) else ""
            # a participle modifying the noun ("a 1999 aggravated sexual assault conviction"),
            # not one after it ("the 2008 Oscars hosted by ...")
            if (run or not w.lower().endswith("ed") or not nxt or _is_break(nxt) or nxt.lower() in STOPWORDS
                    or verbish(nxt, w)):
                break
        run.append(w)
    if not run:
        return None
    nxt = after[len(run)] if len(after) > len(run) else ""
    return run[-1], (nxt if nxt.lower().endswith("ed") and verbish(nxt, "") else None)


def _event(verb: tuple[str, str | None] | None, noun: str | None, named: bool = False) -> Event | None:
    words = tuple(w for w in (verb[0] if verb else None, noun) if w)
    if not words:
        return None
    stems = frozenset(([verb_stem(verb[0])] if verb else []) + ([stem(noun)] if noun else []))
    tense = verb[1] if verb else None
    # "will be reported" or "was told" is no speaker's statement being dated.
    reporting = verb is not None and verb[0].lower() in _REPORTING and tense != "future"
    return Event(stems, words, tense, reporting, any(w.lower() in _SPEECH for w in words), named, verb is not None)


def event_of(before: str, inside: str, after: str) -> Event | None:
    """The event a time expression (`inside`, between `before` and `after` in its sentence) dates.

    Args:
        before: the sentence's text before the time expression.
        inside: the time expression as written ("on Sunday", "2007").
        after: the sentence's text after it.

    Returns:
        The verb and event noun of its clause (or the noun it modifies, when it modifies one),
        with the verb's tense; None when its clause has neither.
    """
    back, ahead = tokens(before), tokens(after)
    possessive = after[:2] in ("'s", "’s")
    if possessive:
        ahead = tokens(after[2:])
    bare_year = _YEAR.fullmatch(inside.strip()) is not None
    prev = back[-1].lower() if back else ""
    if possessive or (prev in _DETERMINERS and ahead and not _is_break(ahead[0])) or (
            bare_year and prev not in _PREPOSITIONS and ahead and ahead[0][:1].isupper()):
        head = _head(ahead)
        if head is not None:
            return _event((head[1], None) if head[1] else None, head[0], named=True)
    verb: tuple[str, str | None] | None = None
    noun: str | None = None
    at_start, crossed, read = True, 0, 0
    for i in range(len(back) - 1, -1, -1):
        w, low = back[i], back[i].lower()
        if _is_break(w) or (verb is None and low in _LIGHT):
            at_start = False
            break
        read += not w[:1].isupper()  # names do not count against the reach
        if read > _BACK_WORDS:
            at_start = False
            break
        infinitive = (i > 0 and back[i - 1].lower() == "to" and i + 1 < len(back) and w[:1].islower()
                      and low not in STOPWORDS)  # "to welcome", not "to the family"
        gerund = _gerund_noun(w, back[:i]) or _prepositional_gerund(back, i)
        if verb is None and (verbish(w, back[i - 1] if i else "") or infinitive) and not gerund:
            verb = (w, _dated_tense(back, i))  # "to host Oscars in 2014"; not "went to school Monday"
        elif noun is None and (low in _EVENT_NOUNS or gerund):
            noun = w
        if verb is not None and noun is not None:
            break
    if verb is None:
        # No verb before it in its clause ("On Friday, ...", "the navy on Sunday took ..."): the
        # time dates the verb that follows; only a time opening the sentence reaches past a comma
        # ("On Saturday, 32-year-old Robert Buckley, from Essex, fell ...").
        for i, w in enumerate(ahead[:_FORWARD_WORDS]):
            if _is_break(w):
                crossed += 1
                if not at_start or crossed > 3 or w.lower() in _SUBORDINATORS:
                    break
                continue
            if verb is None and verbish(w, ahead[i - 1] if i else prev):
                verb = (w, _dated_tense(back + ahead[: i + 1], len(back) + i))
            elif verb is not None and w.lower() in _EVENT_NOUNS:
                noun = noun or w  # what the verb is done to: "put the Oscars back"
                break
    return _event(verb, noun)


def _verb_at(words: list[str], i: int) -> bool:
    """`words[i]` reads as a verb of its clause, an infinitive ("to host") included, and not a
    gerund used as a noun ("the shooting")."""
    w, prev = words[i], words[i - 1] if i else ""
    if prev.lower() in ("not", "never", "n't") and i > 1:
        prev = words[i - 2]  # "will not affect"
    infinitive = prev.lower() == "to" and w[:1].islower() and w.lower() not in STOPWORDS
    return (verbish(w, prev) or infinitive) and not _gerund_noun(w, words[:i])


def _noun_event(words: list[str], i: int) -> bool:
    """An event noun, or a gerund heading its phrase ("a shooting at ..."; not "an accounting firm")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    heads = not nxt or _is_break(nxt) or nxt.lower() in STOPWORDS
    return words[i].lower() in _EVENT_NOUNS or (heads and _gerund_noun(words[i], words[:i]))


def told_events(words: list[str]) -> frozenset[str]:
    """Stems of the events a run of words tells: its verbs told with a tense ("was charged",
    "opened"; not "to be fired") and its event nouns ("an arrest", "the shooting")."""
    return frozenset(verb_stem(w) if _verb_at(words, i) else stem(w) for i, w in enumerate(words)
                     if w[:1].islower() and ((_verb_at(words, i) and tense_at(words, i) is not None)
                                             or _noun_event(words, i)))  # not "PW Marketing"


def told_before_governor(before: str) -> frozenset[str]:
    """For a time naming its occasion ("for Sunday's game", "hosting the 2007 ceremony"): the
    events told before the verb governing it, which the time does not date ("an arrest ... will
    not affect the playing status of Jackson for Sunday's game" gives "arrest"). The verb
    governing it is done at that occasion, so is not among them."""
    back = tokens(before)
    for i in range(len(back) - 1, -1, -1):
        if _verb_at(back, i):
            return told_events(back[:i])
    return frozenset()


def clause_tense(before: str) -> str | None:
    """The tense of the clause a time sits in, read back from it to the clause's first verb or
    auxiliary: "will be broadcast live on Oscar Sunday, March 2, 2014" is a future, "She
    previously served as emcee during the 2007 ceremony" a past, "Ellen DeGeneres to host 2014
    Oscars" a future (a headline's "to"), and so is what a headline with no verb of ours is "For"
    ("Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards"). A gerund after "after" tells
    an act done before the sentence's ("after hosting the 2007 ceremony"): a past. None when the
    clause shows no tense ("is set for")."""
    back = tokens(before)
    if len(back) >= 3 and back[-1] == "For" and all(not w[:1].islower() for w in back):
        return "future"
    for i in range(len(back) - 1, max(-1, len(back) - 1 - _BACK_WORDS), -1):
        low = back[i].lower().replace("’", "'")
        if _is_break(back[i]):
            return None
        if low in _FUTURE_AUX:
            return "future"
        if low in _PAST_AUX:
            # "has 2,129 points heading into Sunday's semifinals" is a present
            return None if low in ("has", "have") else "past"
        if low in _PRESENT_AUX or low in _MODALS:
            return None
        if _verb_at(back, i):
            if i and back[i - 1].lower() == "after" and low.endswith("ing"):
                return "past"
            # "arson is to blame for Friday night's fire": an idiom, not a plan
            return None if low in _NOT_PLANS else _dated_tense(back, i)
    return None


def tense_after(after: str) -> str | None:
    """The tense an occasion's own clause gives it after its name, for a time naming it with no
    verb before it: "whose hosting of the 2013 Academy Awards was divisive" is a past, "the 2014
    Oscars will be" a future. Read to the first auxiliary within a few words, not past a clause
    mark."""
    for w in tokens(after)[:_HEAD_WORDS]:
        low = w.lower().replace("’", "'")
        if _is_break(w):
            return None
        if low in _FUTURE_AUX:
            return "future"
        if low in ("was", "were", "had"):
            return "past"
        if low in _PRESENT_AUX or low in _MODALS or (w[:1].islower() and verbish(w, "")):
            return None
    return None


def told_apart(before: str, after: str) -> frozenset[str]:
    """The events a sentence tells in relative clauses ("who ...", "which ...") apart from the
    clause of a time (`before` and `after` it): the background a news sentence gives, not what
    its time dates. "The Hennepin County Attorney filed criminal charges Friday against the man
    who they say hit and killed a woman" tells "hit" and "kill" apart from the filing dated
    Friday. A "when", "while" or "after" clause is not counted: "fell ... while climbing" and
    "had just parked her car ... Friday when she was hit" tell one occasion."""
    back, ahead = tokens(before), tokens(after)
    start = next((i for i in range(len(back) - 1, -1, -1) if _is_break(back[i])), 0)
    end = next((i for i, w in enumerate(ahead) if _is_break(w)), len(ahead))
    return _relative_events(back[:start]) | _relative_events(ahead, end)


def in_relative_clause(before: str) -> bool:
    """A time inside a relative clause ("hit by a car that fled the scene in Queens Saturday"):
    what it dates is background to the sentence, and may be told apart on the other side."""
    back = tokens(before)
    opener = next((w for w in reversed(back) if _is_break(w)), "")
    return opener.lower() in _RELATIVES or opener.lower() == "that"


def _relative_events(words: list[str], start: int = 0) -> frozenset[str]:
    """Events told in the relative clauses opened from `start` on in a run of words, each up to
    its next clause mark.

    Not a clause describing an occasion ("the police sweep on Tuesday in which ... were
    arrested") nor one in the present perfect, which tells what has just happened ("continued
    Thursday for the Saints, who have placed Thomas on injured reserve")."""
    out: set[str] = set()
    for i, w in enumerate(words[start:], start):
        if w.lower() not in _RELATIVES or (i and words[i - 1].lower() in _PREPOSITIONS):
            continue
        end = next((j for j in range(i + 1, len(words)) if _is_break(words[j])), len(words))
        clause = words[i + 1:end]
        if not clause or clause[0].lower() in ("has", "have", "'ve", "’ve"):
            continue
        out |= told_events(clause)
    return frozenset(out)


def _stems(words: list[str]) -> frozenset[str]:
    """Every stem a run of lower-case words may carry, as a verb and as a noun."""
    low = [w.lower() for w in words if w[:1].islower()]
    return frozenset(verb_stem(w) for w in low) | frozenset(stem(w) for w in low)


_LEGAL = _stems(_LEGAL_WORDS)
_HARM = _stems(_HARM_WORDS)


def occasion(event: Event) -> bool:
    """The event's words name an occasion ("the 2014 Oscars", "the 2007 ceremony"), not a thing
    dated by a year ("its 2002 financial results")."""
    return any(w.lower() in _EVENT_NOUNS for w in event.words)


def at_law(event: Event) -> bool:
    """The event is a step of a case at law (a charge, an arraignment, a conviction, a sentence)
    and not the harm it is for: "convicted of murdering a deputy in June 2005" dates the murder."""
    return bool(event.stems & _LEGAL) and not event.stems & _HARM


def harm_told(before: str, after: str) -> bool:
    """The clause of a time (`before` and `after` it) tells a harm done, a shooting, a killing, an
    attack, and no step of a case at law: "walked into a staff Christmas party ... Friday and
    shot and killed a man", "after a shooting at an office Christmas party in Vancouver Friday"."""
    back, ahead = tokens(before), tokens(after)
    start = next((i + 1 for i in range(len(back) - 1, -1, -1) if _is_break(back[i])), 0)
    end = next((i for i, w in enumerate(ahead) if _is_break(w)), len(ahead))
    told = _stems(back[start:] + ahead[:end])
    return bool(told & _HARM) and not told & _LEGAL


def one_event(x: Event, y: Event) -> bool | None:
    """Whether two times date one event: True for a shared event word, or two statements;
    False for two occasions (one told as past and the other as still to come, or a statement's
    date against what happened); None when the words do not tell.

    A time naming its occasion ("the 2014 Oscars") is tied only to another naming one.
    """
    shared = bool(x.stems & y.stems)
    if shared and {x.tense, y.tense} == {"past", "future"}:
        return False
    if (x.reporting and not y.speech) or (y.reporting and not x.speech):
        return False
    if x.named != y.named:
        return None
    return shared or (x.speech and y.speech) or None
