"""Claims: sentences with the facts read out of them.

One claim per sentence for now: a sentence is the unit both sources can be traced to, and
splitting compound sentences is left for a later version (see docs/pipeline.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.facts import dates, entities, hedges, quantities, quotes
from compare.model import Claim, Fact, Role, Sentence, Source


def extract_claims(source: Source, sentences: Sequence[Sentence]) -> tuple[Claim, ...]:
    """Turn a source's sentences into claims with their facts (spans absolute into source.text).

    Args:
        source: the loaded source (its date resolves relative times).
        sentences: its sentences in text order, as `segment` returns them.

    Returns:
        One claim per sentence, ids `"<source id>:c<n>"` numbered from 1 in text order.
    """
    ents = entities.extract_document(source, sentences)
    qts = quotes.extract_document(source, sentences, ents)
    out = []
    for n, (sent, sent_ents, sent_quotes) in enumerate(zip(sentences, ents, qts, strict=True), 1):
        facts: tuple[Fact, ...] = ()
        if sent.role is not Role.METADATA:
            start = sent.span.start
            times = dates.extract(sent.text, offset=start, ref_date=source.date)
            facts = (
                quantities.extract(sent.text, offset=start, times=times)
                + times
                + tuple(sent_quotes)
                + tuple(sent_ents)
                + hedges.extract(sent.text, offset=start)
            )
            facts = tuple(sorted(facts, key=lambda f: (f.span.start, f.span.end, f.type.value)))
        out.append(Claim(f"{source.id}:c{n}", source.id, sent.span, sent.text, sent.role, sent.paragraph, facts))
    return tuple(out)
