"""Segmentation: a source's text → sentences with absolute spans, a Role and a paragraph number.

Paragraphs. Blank lines always separate paragraphs. Inside a block of consecutive non-blank
lines, a single newline ends a paragraph when the block is written one paragraph per line
(trafilatura output, plain files): some line other than the last is longer than a hard-wrap
width, or every line but the last ends a sentence. Otherwise the block is hard-wrapped prose and
stays one paragraph, except that a Markdown heading or list item is always its own paragraph and
a line ends a paragraph when the next line's first word would have fitted on it (a title or a
short last line: a wrapping program would not have broken there), unless the next line starts in
lower case.

Sentences. pysbd splits each paragraph; its offsets are verified against the text and only its
sentence *starts* are used as cut points, so whatever it gets wrong, every character still lands
in exactly one sentence. Fix-ups then repair what pysbd misses: closing quotes it pushes to the
next sentence, sentences glued across a closing quote with no space, splits after abbreviations,
quotes or attributions cut off from their quote, and photo credits cut off from their caption.

Roles come from small paragraph-level rules (`is_boilerplate`, `is_caption`, `is_headline`);
text inside `Source.metadata_spans` is always METADATA and is cut out of its line first.
"""

from __future__ import annotations

import functools
import re

import pysbd  # type: ignore[import-untyped]

from compare.model import Role, Sentence, Source, Span

__all__ = [
    "is_boilerplate",
    "is_caption",
    "is_headline",
    "paragraph_spans",
    "segment",
    "segment_text",
]

# Hard-wrapped prose rarely runs past this; a longer line is a paragraph written on one line.
_WRAP_WIDTH = 100
# pysbd is quadratic on long input; cut bigger paragraphs into chunks at likely sentence ends.
_CHUNK = 2000
# No news sentence comes near this (the longest in 6,600 ECB+ sentences has 447 characters); a
# longer run with no sentence end (a page with no punctuation, a 1 MB line) is cut at a space
# so that no later stage ever works on one huge sentence.
_MAX_SENTENCE = 3000
_HEADLINE_MAX_WORDS = 25
_CAPTION_MAX_WORDS = 80
_BARE_CREDIT_MAX_WORDS = 50
_BOILERPLATE_MAX_WORDS = 40
# A quote that does not close within this many sentences is a multi-paragraph quote, not a split.
_QUOTE_MERGE_MAX = 8

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
# pysbd splits at every line break; wrapped paragraphs reach it with breaks turned into spaces.
_BREAKS_TO_SPACE = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))
_CLOSERS = '”’"»)]'
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]*$")
_HEADING = re.compile(r"#{1,6}\s+\S")
_LIST_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])\s+\S")
_INNER_STOP = re.compile(r"[.!?…][\"”’)\]]*\s")
_CHUNK_CUT = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_GLUED_QUOTE = re.compile(r"[.!?…][\"”’]+(?=[“‘]?[A-Z])|[.!?…](?=“[A-Z])")

# Titles never end a sentence; the other abbreviations only don't when more sentence follows.
_TITLE_END = re.compile(
    r"(?:^|[\s(\[“\"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pte|Sen"
    r"|Rep|Gov|Rev|Hon|Fr|Supt|Insp|Det|Cllr)\.$"
)
_ABBREV_END = re.compile(
    r"(?:(?:^|[\s(\[“\"‘'])(?:No|Nos|St|Mt|Ft|Jr|Sr|Inc|Ltd|Co|Corp|Bros|vs|etc|approx|est|Jan"
    r"|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)"
    r"|(?:[A-Za-z]\.){1,3}[A-Za-z])\.$"
)
_ENDS_QUOTE = re.compile(r"[”\"]\W{0,2}$")
_ACRONYM = re.compile(r"[A-Z]{2,5}[.,;]?")
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,5}(?:said|says|told|added|asked|replied|shouted|insisted|warned"
    r"|explained|wrote|tweeted|claimed|argued|continued|declared|stated)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|on|in|at|the|a|to|reporters|journalists|yesterday|today|tonight"
    r"|later|earlier|afterwards|[a-z]+day)){0,6}[.!?]?",
)

_AGENCY = (
    r"(?:AFP|AP|Reuters|PA(?:\s+(?:Media|Wire))?|Press\s+Association|Associated\s+Press"
    r"|Getty(?:\s+Images)?|EPA(?:-EFE)?|Shutterstock|Alamy|Bloomberg|ANP|dpa|Xinhua|TASS|Sputnik"
    r"|Anadolu(?:\s+Agency)?|NurPhoto|SOPA\s+Images|Rex(?:\s+Features)?|AAP|UPI|ZUMA(?:\s+Press)?"
    r"|Zuma(?:\s+Press)?|Ukrinform|Avalon|Bloomberg\s+via\s+Getty\s+Images)"
)
# "AFP", "AFP/Getty Images", "AFP via Getty Images", "Sergei Grits/AP"
_BARE_CREDIT = (
    rf"(?:(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*/\s*)?{_AGENCY}"
    rf"(?:\s*(?:/|\bvia\b)\s*{_AGENCY})*"
)
_CREDIT_LABEL = (
    r"(?:(?:Photo(?:graph)?|Picture|Pic|Image|Video|Footage)(?:\s+credits?)?|Credits?|Source)"
)
_LABELLED_CREDIT = rf"[(\[]?{_CREDIT_LABEL}\s*:\s*[^:.!?]{{1,80}}?[)\]]?\.?"
_CREDIT_FRAGMENT = re.compile(rf"(?:{_LABELLED_CREDIT}|[(\[]?{_BARE_CREDIT}[)\]]?\.?)")
_SENTENCE_GAP = r"(?:^|[.!?…][\"”’)\]]*\s+|\s)"
_ENDS_LABELLED_CREDIT = re.compile(rf"{_SENTENCE_GAP}{_LABELLED_CREDIT}$")
_ENDS_BARE_CREDIT = re.compile(rf"(?:^|[.!?…][\"”’)\]]*\s+)[(\[]?{_BARE_CREDIT}[)\]]?\.?$")
_CAPTION_LEAD = re.compile(
    r"(?:Pictured|Watch|Video|Photo|Picture|Image|Caption)\s*:", re.IGNORECASE
)
_REPORTER_TITLE = (
    r"(?:Editor|Correspondents?|Reporters?|Producer|Presenter|Anchor|Analyst|Journalist|Team"
    r"|Bureau\s+Chief)"
)
# "..., reports ITV News Global Security Editor Rohit Kachroo" at the end of a paragraph
_REPORTS_BYLINE = re.compile(
    r"\b(?:reports|writes|explains)\s+(?:our\s+|the\s+)?"
    r"(?:(?:[A-Z0-9][\w'’.&-]*|correspondent|editor|reporter)\s+){1,8}[A-Z][\w'’.-]*$"
)
# "ITV News Europe Editor James Mates reports on ..." opening a sentence of the paragraph
_BYLINE_REPORTS = re.compile(
    rf"(?:^|[.!?…][\"”’]?\s+)(?:[A-Z0-9][\w'’.&-]*\s+){{1,8}}?{_REPORTER_TITLE}\b[^.!?]{{0,80}}?"
    r"\b(?:reports?|analy[sz]es?|explains?|looks?\s+at|examines?|assess(?:es)?|has\s+the"
    r"|speaks?\s+to|talks?\s+to|visits?|investigates?|sums?\s+up|asks?)\b"
)
_BOILERPLATE = re.compile(
    r"""(?:(?:date|updated|published)?:?\s*\d{4}-\d\d-\d\d(?:[T\s][\d:]+)?\s+)?  # a stamp first
    (?:
        (?:live(?:\s+updates?|\s+blog|\s+coverage)?|latest\s+updates?)\s*[:|–—-]
      | read\s+(?:more|also|next|the\s+latest)\b
      | see\s+also\b
      | more\s+on\s+this\s+story\b
      | related(?:\s+(?:articles?|stories|content|coverage|topics|links|reading))?\s*:
      | sign\s+up\b
      | subscribe\b
      | follow\s+(?:us\b|@|\S+(?:\s+\S+){0,3}\s+on\s+(?:twitter|facebook|instagram|x|tiktok
          |threads|bluesky|linkedin|whatsapp|telegram)\b)
      | share\s+(?:this|on|via)\b
      | share$
      | (?:advertisement|advert|sponsored(?:\s+content)?)$
      | (?:story\s+continues\s+below|skip\s+advert)
      | (?:©|\(c\)\s|copyright\b)
      | click\s+here\b
      | download\s+(?:the|our)\s+.*\bapp\b
      | (?:this\s+(?:site|website)|we)\s+uses?\s+cookies\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"all\s+rights\s+reserved|cookie\s+(?:policy|settings)", re.IGNORECASE
)


def segment(source: Source) -> tuple[Sentence, ...]:
    """Split a source into sentences, each with its span, role and paragraph number.

    Every non-whitespace character of `source.text` lies in exactly one sentence; sentences are
    in text order, never overlap, and are trimmed of surrounding whitespace. Text inside
    `source.metadata_spans` becomes METADATA sentences (one per line), cut out of any line it
    shares with other text.

    Args:
        source: The loaded source; its `text` is read, never changed.

    Returns:
        The sentences, in text order.
    """
    return _segment(source, guess_headline=True)


def segment_text(text: str) -> tuple[Sentence, ...]:
    """Segment a bare string, as if it were a source with no metadata.

    A statement is not an article, so an unpunctuated first line is not taken for a headline
    (`Russia invaded Ukraine` stays BODY); the other role rules apply as in `segment`.

    Args:
        text: Any text, e.g. one statement given to the `relate` command.

    Returns:
        The sentences, with spans into `text`.
    """
    source = Source(id="text", origin="<text>", label="text", text=text)
    return _segment(source, guess_headline=False)


def _segment(source: Source, *, guess_headline: bool) -> tuple[Sentence, ...]:
    text = source.text
    view = text.translate(_BREAKS_TO_SPACE)
    meta = _merge_spans(source.metadata_spans, len(text))
    sentences: list[Sentence] = []
    seen_content = False
    for number, para in enumerate(paragraph_spans(text)):
        for start, end, is_meta in _regions(text, para, meta):
            if is_meta:
                for s, e in _lines(text, start, end):
                    sentences.append(Sentence(Span(s, e), text[s:e], Role.METADATA, number))
                continue
            role = _role(text[start:end], first=guess_headline and not seen_content)
            seen_content = seen_content or role is not Role.BOILERPLATE
            for s, e in _sentence_spans(text, view, start, end):
                sentences.append(Sentence(Span(s, e), text[s:e], role, number))
    return tuple(sentences)


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Find the paragraphs of a text, trimmed of surrounding whitespace (see the module doc).

    Args:
        text: The text to split.

    Returns:
        The paragraph spans, in text order; whitespace-only stretches belong to none.
    """
    spans: list[Span] = []
    start = 0
    for gap in [*_BLANK_LINES.finditer(text), None]:
        end = gap.start() if gap else len(text)
        lines = _lines(text, start, end)
        if lines:
            spans.extend(Span(s, e) for s, e in _split_block(text, lines))
        if gap:
            start = gap.end()
    return tuple(spans)


def is_boilerplate(paragraph: str) -> bool:
    """Tell whether a paragraph is site furniture: live-blog links, sign-ups, ads, cookies, ©.

    Args:
        paragraph: The paragraph's text.

    Returns:
        True for short furniture lines, and for lines with no letters or digits (rules, dots).
    """
    text = paragraph.strip()
    if not _has_word(text):
        return True
    if len(text.split()) > _BOILERPLATE_MAX_WORDS:
        return False
    return bool(_BOILERPLATE.match(text) or _BOILERPLATE_ANYWHERE.search(text))


def is_caption(paragraph: str) -> bool:
    """Tell whether a paragraph is a photo caption or a video blurb rather than article text.

    Captions end in a credit (`Credit: AP`, `(Photo: Getty Images)`, or a bare agency name after
    the last sentence, `... separatists. AFP`) or open with a label (`Pictured:`, `Watch:`).
    Video blurbs have no final full stop and name a reporter who "reports" or "analyses":
    `"...," reports ITV News Global Security Editor Rohit Kachroo`, `ITV News Europe Editor James
    Mates reports on ...`. A reporter stating facts in a full sentence is body text.

    Args:
        paragraph: The paragraph's text.

    Returns:
        True when the paragraph is a caption or blurb.
    """
    text = paragraph.strip()
    words = len(text.split())
    if words <= _CAPTION_MAX_WORDS and (
        _ENDS_LABELLED_CREDIT.search(text) or _CAPTION_LEAD.match(text)
    ):
        return True
    if words <= _BARE_CREDIT_MAX_WORDS and _ENDS_BARE_CREDIT.search(text):
        return True
    if words > _CAPTION_MAX_WORDS or _ENDS_SENTENCE.search(text):
        return False
    return bool(_REPORTS_BYLINE.search(text) or _BYLINE_REPORTS.search(text))


def is_headline(paragraph: str, *, first: bool) -> bool:
    """Tell whether a paragraph is a headline.

    A Markdown `#` heading is one anywhere. Otherwise only the first content paragraph can be:
    one short line (hard-wrapped or not) that does not end like a sentence or a clause. A final
    `?` or `!` is allowed, since question and exclamation headlines are common.

    Args:
        paragraph: The paragraph's text.
        first: Whether this is the source's first paragraph that is not metadata or boilerplate.

    Returns:
        True when the paragraph is a headline.
    """
    text = paragraph.strip()
    if _HEADING.match(text):
        return True
    if not first or len(text.split()) > _HEADLINE_MAX_WORDS:
        return False
    return not re.search(r"[.:;,…][\"”’)\]]*$", text)


def _role(paragraph: str, *, first: bool) -> Role:
    if is_boilerplate(paragraph):
        return Role.BOILERPLATE
    if is_caption(paragraph):
        return Role.CAPTION
    if is_headline(paragraph, first=first):
        return Role.HEADLINE
    return Role.BODY


# --- paragraphs ---------------------------------------------------------------------------


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trimmed, non-empty lines of text[start:end]."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        span = _trim(text, pos, stop)
        if span:
            out.append(span)
        pos = stop + 1
    return out


def _split_block(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    bodies = [text[s:e] for s, e in lines]
    if len(bodies) == 1:
        return lines
    longest = max(len(b) for b in bodies)
    one_per_line = max(len(b) for b in bodies[:-1]) > _WRAP_WIDTH or all(
        _ENDS_SENTENCE.search(b) for b in bodies[:-1]
    )
    out: list[tuple[int, int]] = []
    start = lines[0][0]
    for k in range(len(lines) - 1):
        cur, nxt = bodies[k], bodies[k + 1]
        # the next word would have fitted on this line, so the break was made on purpose
        deliberate = len(cur) + 1 + len(nxt.split()[0]) <= longest
        # a wrap can put a dash first on a line: `- and` is only a list item after a clause ends
        list_item = _LIST_ITEM.match(nxt) and (
            deliberate or _LIST_ITEM.match(cur) or re.search(r"[.!?:;…][\"”’)\]]*$", cur)
        )
        if (
            one_per_line
            or _HEADING.match(cur)
            or _HEADING.match(nxt)
            or list_item
            or (deliberate and not nxt[0].islower())
        ):
            out.append((start, lines[k][1]))
            start = lines[k + 1][0]
    out.append((start, lines[-1][1]))
    return out


def _merge_spans(spans: tuple[Span, ...], limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        s, e = min(span.start, limit), min(span.end, limit)
        if s == e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _regions(text: str, para: Span, meta: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Cut a paragraph at metadata boundaries: (start, end, is_metadata), trimmed, non-empty."""
    cuts: list[tuple[int, int, bool]] = []
    pos = para.start
    for ms, me in meta:
        if me <= pos or ms >= para.end:
            continue
        if ms > pos:
            cuts.append((pos, ms, False))
        cuts.append((max(ms, pos), min(me, para.end), True))
        pos = min(me, para.end)
    if pos < para.end:
        cuts.append((pos, para.end, False))
    out: list[tuple[int, int, bool]] = []
    for s, e, is_meta in cuts:
        span = _trim(text, s, e)
        if span:
            out.append((*span, is_meta))
    return out


# --- sentences ----------------------------------------------------------------------------


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    # Building a Segmenter compiles its rules; one is enough for every call.
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _sentence_spans(text: str, view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph region, as absolute trimmed spans covering all its text."""
    cuts: set[int] = set()
    # most short paragraphs hold one sentence; pysbd costs a fixed overhead per call, so skip it
    if _INNER_STOP.search(view, start, end):
        for cs, ce in _chunks(view, start, end):
            cuts.add(cs)
            cuts.update(cs + c for c in _pysbd_starts(view[cs:ce]))
    bounds = sorted({_past_closers(text, c, end) for c in cuts if start < c < end})
    pieces = [
        span
        for s, e in zip([start, *bounds], [*bounds, end], strict=True)
        if (span := _trim(text, s, e))
    ]
    pieces = _split_glued_quotes(text, pieces)
    pieces = _merge_orphans(text, pieces)
    pieces = _merge_after_abbreviations(text, pieces)
    pieces = _merge_quotes(text, pieces)
    return _cap_lengths(text, _merge_credits(text, pieces))


def _chunks(view: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while end - pos > _CHUNK:
        lo, hi = pos + _CHUNK // 2, pos + _CHUNK
        ends = [m.end() for m in _CHUNK_CUT.finditer(view, lo, hi)]
        # prefer a cut outside any quote, so pysbd sees each quote whole
        depth, last, outside = _quote_balance(view[pos:lo]), lo, []
        for candidate in ends:
            depth += _quote_balance(view[last:candidate])
            last = candidate
            if depth <= 0:
                outside.append(candidate)
        if outside or ends:
            cut = (outside or ends)[-1]
        else:
            space = max(view.rfind(" ", lo, hi), view.rfind("\t", lo, hi))
            cut = space + 1 if space > lo else hi
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))
    return out


def _cap_lengths(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut pieces longer than `_MAX_SENTENCE` at their last space in reach, else mid-word."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        while end - start > _MAX_SENTENCE:
            lo, hi = start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE
            space = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi), text.rfind("\n", lo, hi))
            cut = space if space > lo else hi
            if span := _trim(text, start, cut):
                out.append(span)
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            out.append((start, end))
    return out


def _pysbd_starts(chunk: str) -> list[int]:
    """Offsets in chunk where pysbd starts a sentence, each checked against the chunk itself."""
    starts: list[int] = []
    cursor = 0
    for seg in _segmenter().segment(chunk):
        sent = seg.sent.strip()
        if not sent:
            continue
        pos = seg.start + len(seg.sent) - len(seg.sent.lstrip())
        # pysbd finds its spans by searching the text, so repeated sentences get wrong offsets.
        if pos < cursor or not chunk.startswith(sent, pos):
            pos = chunk.find(sent, cursor)
        if pos == -1:
            continue  # pysbd altered the text: drop this cut, its characters join a neighbour
        starts.append(pos)
        cursor = pos + len(sent)
    return starts


def _past_closers(text: str, cut: int, end: int) -> int:
    # pysbd sometimes opens the next sentence with the previous one's closing quote: `moved.” He`
    while cut < end and text[cut] in _CLOSERS and not text[cut - 1].isspace():
        cut += 1
    return cut


def _split_glued_quotes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cut = start
        for m in _GLUED_QUOTE.finditer(text, start, end):
            if m.end() < end:
                out.append((cut, m.end()))
                cut = m.end()
        out.append((cut, end))
    return out


def _merge_orphans(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces with no letter or digit (a stray quote, dash or dots) to a neighbour."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and not (_has_word(text[s:e]) and _has_word(text[out[-1][0] : out[-1][1]])):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _merge_after_abbreviations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out:
            prev = text[out[-1][0] : out[-1][1]]
            nxt = text[s:e]
            if (
                nxt[0].islower()  # news sentences do not start in lower case
                or _TITLE_END.search(prev)
                # `No. 10`, and `10 a.m. GMT.`: a digit or a lone acronym continues the sentence
                or (_ABBREV_END.search(prev) and (nxt[0].isdigit() or _ACRONYM.fullmatch(nxt)))
            ):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _has_word(piece: str) -> bool:
    return any(c.isalnum() for c in piece)


def _quote_balance(piece: str) -> int:
    """Count opening minus closing double quotes; a straight one opens after space or bracket."""
    depth = 0
    for i, c in enumerate(piece):
        if c == "“":
            depth += 1
        elif c == "”":
            depth -= 1
        elif c == '"':
            depth += 1 if i == 0 or piece[i - 1].isspace() or piece[i - 1] in "([{—–-" else -1
    return depth


def _merge_quotes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin a quote split over several sentences, and an attribution cut off from its quote."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        s, e = pieces[i]
        depth = _quote_balance(text[s:e])
        j = i
        while depth > 0 and j + 1 < len(pieces) and j - i < _QUOTE_MERGE_MAX:
            depth += _quote_balance(text[pieces[j + 1][0] : pieces[j + 1][1]])
            j += 1
        if j > i and depth <= 0:
            e = pieces[j][1]
        else:
            j = i
        # `“... The End!” He said.` - a bare attribution belongs to the quote before it
        if (
            out
            and _ENDS_QUOTE.search(text[out[-1][0] : out[-1][1]])
            and _ATTRIBUTION.fullmatch(text[s:e])
        ):
            out[-1] = (out[-1][0], e)
            i = j + 1
            continue
        out.append((s, e))
        i = j + 1
    return out


def _merge_credits(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin a photo credit split off by pysbd (`Credit: AP`, `AFP`) to the caption before it."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and _CREDIT_FRAGMENT.fullmatch(text[s:e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
