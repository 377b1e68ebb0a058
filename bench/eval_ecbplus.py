"""ECB+ part: which sentences of two same-event news articles claimdiff aligns.

Source a is always the gold file's `doc_a` (loaded as "s1") and source b its `doc_b` ("s2"), so
predicted pairs (sent_a, sent_b) compare directly with gold. Claims map back to gold sentences
by character overlap. Three precisions are reported because ECB+ annotation is partial:
precision over pairs whose sentences are both "selected" (the README's lower bound), strict
precision over all predicted pairs (a looser lower bound), and the trivial "align everything"
system, which shows how much the selected-only precision can be gamed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from bench import eval_systems as systems
from bench.eval_common import Context, Row, met
from bench.eval_data import Record, first_per
from bench.eval_metrics import f1_score, ratio

Quad = tuple[str, str, int, int]  # (doc_a, doc_b, sent_a, sent_b)


@dataclass(slots=True)
class EcbSplit:
    """One ECB+ split, ready to compare: documents, doc pairs (a, b) and gold pairs."""

    docs: dict[str, Record]
    pairs: list[tuple[str, str]]
    gold: set[Quad]
    selected: set[tuple[str, int]]  # (doc, sent) chosen for annotation


@dataclass(frozen=True, slots=True)
class EcbFigures:
    """Alignment figures for one system on one split."""

    precision_selected: float  # over predicted pairs whose two sentences are both selected
    precision_all: float  # over every predicted pair (unannotated matches count as wrong)
    recall: float  # over all gold pairs
    predicted: int
    sentence_recall: float = float("nan")  # gold-aligned sentences given ≥ 1 gold partner

    @property
    def f1(self) -> float:
        """F1 of precision(selected) and recall."""
        return f1_score(self.precision_selected, self.recall)


def ecb_split(ctx: Context, split: str, limit: int | None) -> EcbSplit:
    """Load one split; only the first `limit` doc pairs of each sub-topic when given."""
    docs = {d["doc_id"]: d for d in ctx.corpus.read("ecbplus/documents.jsonl")}
    split_pairs = [p for p in ctx.corpus.read("ecbplus/doc_pairs.jsonl") if p["split"] == split]
    pairs = [(p["doc_a"], p["doc_b"])
             for p in first_per(split_pairs, lambda p: p["subtopic"], limit)]
    wanted = set(pairs)
    gold = {(g["doc_a"], g["doc_b"], g["sent_a"], g["sent_b"])
            for g in ctx.corpus.read("ecbplus/alignments.jsonl")
            if g["split"] == split and (g["doc_a"], g["doc_b"]) in wanted}
    selected = {(d, s["sent_id"]) for d in {x for p in pairs for x in p}
                for s in docs[d]["sentences"] if s["selected"]}
    return EcbSplit(docs, pairs, gold, selected)


def ecb_score(data: EcbSplit, predicted: set[Quad]) -> EcbFigures:
    """Score predicted sentence pairs against gold."""
    sel = {p for p in predicted if (p[0], p[2]) in data.selected and (p[1], p[3]) in data.selected}
    hits = predicted & data.gold
    return EcbFigures(ratio(len(sel & data.gold), len(sel)), ratio(len(hits), len(predicted)),
                      ratio(len(hits), len(data.gold)), len(predicted),
                      ratio(len(_sentences(hits)), len(_sentences(data.gold))))


def _sentences(quads: set[Quad]) -> set[tuple[str, str, int]]:
    """The (doc pair, side, sentence) ends of sentence pairs; a sentence counts once per pair."""
    ends: set[tuple[str, str, int]] = set()
    for a, b, sa, sb in quads:
        ends.add((f"{a}|{b}", "a", sa))
        ends.add((f"{a}|{b}", "b", sb))
    return ends


def ecb_claimdiff(ctx: Context, data: EcbSplit, threshold: float | None = None
                  ) -> tuple[set[Quad], list[systems.DocPairResult]]:
    """Run compare_sources on every doc pair (source a = doc_a) → predicted gold-id pairs."""
    tasks = [(data.docs[a]["text"], systems.sentences_of(data.docs[a]),
              data.docs[b]["text"], systems.sentences_of(data.docs[b]), threshold, ctx.semantic)
             for a, b in data.pairs]
    results = systems.pool_map(ctx.system, systems.compare_task, tasks, ctx.workers)
    predicted = {(a, b, sa, sb) for (a, b), res in zip(data.pairs, results)
                 for sa, sb in res.predicted}
    return predicted, results


def one_to_one_ceiling(data: EcbSplit) -> float:
    """Highest recall any one-to-one sentence alignment could reach (max bipartite matching).

    Gold is many-to-many (a sentence often aligns with several), so an aligner that pairs each
    claim with at most one other cannot reach recall 1.
    """
    edges: dict[tuple[str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for a, b, sa, sb in sorted(data.gold):
        edges[(a, b)][sa].append(sb)
    matched = 0
    for graph in edges.values():
        owner: dict[int, int] = {}

        def augment(u: int, seen: set[int], graph: dict[int, list[int]] = graph,
                    owner: dict[int, int] = owner) -> bool:
            for v in graph[u]:
                if v not in seen:
                    seen.add(v)
                    if v not in owner or augment(owner[v], seen):
                        owner[v] = u
                        return True
            return False

        matched += sum(augment(u, set()) for u in list(graph))
    return ratio(matched, len(data.gold))


def lexical_histograms(data: EcbSplit, keep_at: int = 101, kept: set[Quad] | None = None
                       ) -> dict[str, list[int]]:
    """Sentence-pair counts per integer token_set_ratio bin: all, gold, selected, selected-gold.

    Pairs scoring at least `keep_at` are also added to `kept` (the baseline's predictions).
    """
    hist = {k: [0] * 101 for k in ("all", "gold", "sel", "sel_gold")}
    for a, b in data.pairs:
        for x in data.docs[a]["sentences"]:
            for y in data.docs[b]["sentences"]:
                bin_ = int(fuzz.token_set_ratio(x["text"], y["text"]))
                if kept is not None and bin_ >= keep_at:
                    kept.add((a, b, x["sent_id"], y["sent_id"]))
                is_gold = (a, b, x["sent_id"], y["sent_id"]) in data.gold
                hist["all"][bin_] += 1
                hist["gold"][bin_] += is_gold
                if x["selected"] and y["selected"]:
                    hist["sel"][bin_] += 1
                    hist["sel_gold"][bin_] += is_gold
    return hist


def lexical_at(hist: dict[str, list[int]], n_gold: int, t: int) -> EcbFigures:
    """Figures of 'align every sentence pair with token_set_ratio ≥ t' (t in 0..100)."""
    return EcbFigures(ratio(sum(hist["sel_gold"][t:]), sum(hist["sel"][t:])),
                      ratio(sum(hist["gold"][t:]), sum(hist["all"][t:])),
                      ratio(sum(hist["gold"][t:]), n_gold), sum(hist["all"][t:]))


def part_ecbplus(ctx: Context) -> list[Row]:
    """Sentence alignment on test and dev doc pairs, with lexical and trivial baselines.

    The lexical cut is fit on train by F1 of *strict* precision and recall: fit on
    precision(selected) it degenerates to t = 0, i.e. the trivial system.
    """
    limit = ctx.limit("ecbplus")
    train = ecb_split(ctx, "train", limit)
    hist = lexical_histograms(train)
    t_base = max(range(101), key=lambda t: (
        f1_score(lexical_at(hist, len(train.gold), t).precision_all,
                 lexical_at(hist, len(train.gold), t).recall), -t))
    rows = [Row("ECB+", "train", "baseline: rapidfuzz cut t (max strict-precision F1 on train)",
                None, t_base / 100, n=len(train.pairs))]
    for split in ("test", "dev"):
        data = ecb_split(ctx, split, limit)
        kept: set[Quad] = set()
        hist = lexical_histograms(data, t_base, kept)
        base, trivial = ecb_score(data, kept), lexical_at(hist, len(data.gold), 0)
        n, test = len(data.pairs), split == "test"
        rows += [
            Row("ECB+", split, "trivial system (every sentence pair aligned): recall 1.000,"
                " precision(selected)", None, trivial.precision_selected, n=n,
                key=f"ecbplus.{split}.trivial_precision_selected"),
            Row("ECB+", split, "ceiling: best recall of any one-to-one alignment", None,
                one_to_one_ceiling(data), n=n, key=f"ecbplus.{split}.one_to_one_ceiling"),
        ]
        cd: EcbFigures | None = None
        results: list[systems.DocPairResult] = []
        if ctx.system:
            predicted, results = ecb_claimdiff(ctx, data)
            cd = ecb_score(data, predicted)
        missing = "API missing"
        both = cd is not None and cd.recall >= 0.80 and cd.precision_selected >= 0.70
        rows += [
            Row("ECB+", split, f"recall over all {len(data.gold)} gold sentence pairs",
                cd.recall if cd else missing, base.recall, "≥ 0.80 at P ≥ 0.70" if test else "",
                met(both) if (test and cd) else "", n, f"ecbplus.{split}.recall"),
            Row("ECB+", split, "precision, both sentences selected (lower bound)",
                cd.precision_selected if cd else missing, base.precision_selected,
                "≥ 0.70" if test else "", met(cd.precision_selected >= 0.70)
                if (test and cd) else "", n, f"ecbplus.{split}.precision_selected"),
            Row("ECB+", split, "strict precision, all predicted pairs (looser lower bound)",
                cd.precision_all if cd else missing, base.precision_all, n=n,
                key=f"ecbplus.{split}.precision_all"),
            Row("ECB+", split, "sentence recall: gold-aligned sentences given ≥ 1 gold partner",
                cd.sentence_recall if cd else missing, base.sentence_recall, n=n,
                key=f"ecbplus.{split}.sentence_recall"),
            Row("ECB+", split, "F1 of recall and precision(selected)",
                cd.f1 if cd else missing, base.f1, n=n, key=f"ecbplus.{split}.f1"),
            Row("ECB+", split, "predicted aligned sentence pairs",
                cd.predicted if cd else missing, base.predicted, n=n),
        ]
        if cd:
            rows += [
                Row("ECB+", split, "findings", systems.counts_text(
                    sum((res.verdicts for res in results), Counter())), n=n),
                Row("ECB+", split, "claims: total / over >1 gold sentence / unmapped /"
                    " doc text changed by loader", "{} / {} / {} / {}".format(
                        sum(res.claims for res in results),
                        sum(res.claims_multi_sentence for res in results),
                        sum(res.claims_unmapped for res in results),
                        sum(res.text_changed for res in results)), n=n),
            ]
    return rows
