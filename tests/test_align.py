"""The aligner: which claims of two sources are compared: each claim with its closest counterpart."""

from __future__ import annotations

import math
from pathlib import Path

import compare
from compare.align import NEAR_BEST, align, candidates
from compare.model import Role
from compare.options import Options
from compare.pipeline import read_source
from compare.scorers import idf_table
from compare.similarity import Features, ceiling, features, loose_bound, similarity, stem_weight


def _body(text: str, sid: str) -> list[compare.Claim]:
    return [c for c in read_source(compare.load_text(text, source_id=sid)) if c.role is Role.BODY]


A = ("Russia on Sunday rescinded earlier pledges to pull tens of thousands of its troops back from "
     "Ukraine's northern border. Residents of Ukraine's capital filled a gold-domed cathedral to pray "
     "for peace.\n\nThe EU's foreign policy chief Josep Borrell said work on sanctions was complete.")
B = ("Russia on Sunday rescinded pledges to pull tens of thousands of troops back from Ukraine's "
     "northern border, and residents of Ukraine's capital filled a gold-domed cathedral to pray for peace.\n\n"
     "Police officers take part in a protest in Odessa on Tuesday afternoon.")


def test_one_sentence_merging_two_gets_both() -> None:
    """A sentence that merges two of the other source's sentences is compared with each of them."""
    ca, cb = _body(A, "s1"), _body(B, "s2")
    pairs = {(al.a, al.b) for al in align(ca, cb, Options())}
    assert ((ca[0].id,), (cb[0].id,)) in pairs and ((ca[1].id,), (cb[0].id,)) in pairs, pairs


def test_every_alignment_is_one_claim_per_side_and_near_someones_closest() -> None:
    """Each alignment pairs one claim per side, and for one of the two the other is its closest
    match or within NEAR_BEST of it; every claim's closest match above the threshold is linked."""
    a = compare.load_source(Path(__file__).parent.parent / "sources/000_4a82e88ad2850e87.txt", source_id="s1")
    b = compare.load_source(Path(__file__).parent.parent / "sources/001_b2086199f1fced57.txt", source_id="s2")
    ca = [c for c in read_source(a) if c.role is Role.BODY]
    cb = [c for c in read_source(b) if c.role is Role.BODY]
    fa, fb = [features(c) for c in ca], [features(c) for c in cb]
    idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
    score = {(x.id, y.id): similarity(f, g, idf) for x, f in zip(ca, fa, strict=True)
             for y, g in zip(cb, fb, strict=True)}
    alignments = align(ca, cb, Options())
    assert alignments
    for al in alignments:
        assert len(al.a) == 1 and len(al.b) == 1
        x, y = al.a[0], al.b[0]
        best_of_x = max(score[(x, o.id)] for o in cb)
        best_of_y = max(score[(o.id, y)] for o in ca)
        assert score[(x, y)] >= Options().threshold
        assert score[(x, y)] >= min(best_of_x, best_of_y) - NEAR_BEST - 1e-9, al
    linked = {(al.a[0], al.b[0]) for al in alignments}
    for x in ca:
        best = max(cb, key=lambda o: score[(x.id, o.id)])
        if score[(x.id, best.id)] >= Options().threshold:
            assert (x.id, best.id) in linked, x.id


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


def _bundled_features() -> tuple[list[Features], list[Features], dict[str, float]]:
    root = Path(__file__).resolve().parents[1] / "sources"
    sides = []
    for n, name in enumerate(("000_4a82e88ad2850e87.txt", "001_b2086199f1fced57.txt")):
        src = compare.load_source(str(root / name), source_id=f"s{n + 1}")
        sides.append([features(c) for c in read_source(src) if c.role is Role.BODY])
    fa, fb = sides
    return fa, fb, idf_table([f.stems for f in fa] + [f.stems for f in fb])


def test_score_ceilings_bound_every_real_pair() -> None:
    """On all 1,500-odd pairs of the bundled articles' body sentences, both bounds the aligner
    prunes with are at least the real score (or the pruning would drop a pair it should keep)."""
    fa, fb, idf = _bundled_features()
    c0, c_dice, c_mass, _ = loose_bound(semantic=False)
    for f in fa:
        for g in fb:
            score = similarity(f, g, idf)
            assert ceiling(f, g, idf) >= score - 1e-12
            shared = sum(idf[t] for t in f.stems & g.stems)
            both = stem_weight(f, idf) + stem_weight(g, idf)
            z = c0 + c_dice * min(1.0, 2 * shared / both) + c_mass * min(1.0, shared / 15)
            if score < 1.0:
                assert z >= math.log(score / (1 - score)) - 1e-9


def test_pruned_candidates_keep_exactly_the_pairs_over_the_floor() -> None:
    """Scoring with a floor leaves out only pairs under it: the pairs at or over any floor are
    the same, with the same scores, as when every candidate is scored."""
    fa, fb, idf = _bundled_features()
    every = candidates(fa, fb, idf)
    for floor in (0.3, 0.53, 0.8):
        kept = candidates(fa, fb, idf, floor=floor)
        assert len(kept) < len(every)
        assert {(s.i, s.j, s.score) for s in kept if s.score >= floor} == {
            (s.i, s.j, s.score) for s in every if s.score >= floor
        }


def test_extra_pairs_without_shared_or_any_stems_are_bounded_too() -> None:
    """Semantic neighbours come as `extra` pairs and may share no stem, or have none at all
    ("It is what it is."): the pruning bound must take them without dividing by zero."""
    fa = [features(c) for c in _body("It is what it is. Troops massed at the border.", "s1")]
    fb = [features(c) for c in _body("And so it was. Troops massed at the border on Monday.", "s2")]
    idf = idf_table([f.stems for f in fa] + [f.stems for f in fb])
    extra = [(0, 0), (0, 1), (1, 0)]
    kept = candidates(fa, fb, idf, lambda i, j: 0.9, extra, floor=0.53)
    every = candidates(fa, fb, idf, lambda i, j: 0.9, extra)
    assert {(s.i, s.j) for s in every} >= {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert {(s.i, s.j, s.score) for s in kept if s.score >= 0.53} == {
        (s.i, s.j, s.score) for s in every if s.score >= 0.53
    }
