"""The aligner: which claims of two sources are compared, including one-to-two merges."""

from __future__ import annotations

import compare
from compare.align import align
from compare.model import Role
from compare.options import Options
from compare.pipeline import read_source


def _body(text: str, sid: str) -> list[compare.Claim]:
    return [c for c in read_source(compare.load_text(text, source_id=sid)) if c.role is Role.BODY]


A = ("Russia on Sunday rescinded earlier pledges to pull tens of thousands of its troops back from "
     "Ukraine's northern border. Residents of Ukraine's capital filled a gold-domed cathedral to pray "
     "for peace.\n\nThe EU's foreign policy chief Josep Borrell said work on sanctions was complete.")
B = ("Russia on Sunday rescinded pledges to pull tens of thousands of troops back from Ukraine's "
     "northern border, and residents of Ukraine's capital filled a gold-domed cathedral to pray for peace.\n\n"
     "Police officers take part in a protest in Odessa on Tuesday afternoon.")


def test_one_sentence_merging_two_gets_both() -> None:
    """A sentence that merges two of the other source's sentences aligns with both of them."""
    ca, cb = _body(A, "s1"), _body(B, "s2")
    alignments = align(ca, cb, Options())
    merged = [al for al in alignments if len(al.a) == 2]
    assert merged, alignments
    assert merged[0].b == (cb[0].id,)
    assert {ca[0].id, ca[1].id} == set(merged[0].a)


def test_unrelated_sentences_stay_unaligned() -> None:
    """A sentence with nothing in common with the other source aligns with nothing."""
    ca, cb = _body(A, "s1"), _body(B, "s2")
    aligned = {i for al in align(ca, cb, Options()) for i in al.a + al.b}
    assert ca[2].id not in aligned and cb[1].id not in aligned


def test_threshold_one_aligns_nothing_but_identity() -> None:
    """At threshold 1.0 only identical claims could align; these two sources have none."""
    ca, cb = _body(A, "s1"), _body(B, "s2")
    assert align(ca, cb, Options(threshold=1.0)) == ()


def test_alignment_is_symmetric_in_content() -> None:
    """Swapping the arguments gives the same pairs, sides swapped."""
    ca, cb = _body(A, "s1"), _body(B, "s2")
    forward = {(al.a, al.b) for al in align(ca, cb, Options())}
    backward = {(al.b, al.a) for al in align(cb, ca, Options())}
    assert forward == backward
