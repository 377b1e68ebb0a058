"""Score claimdiff on public corpora and print one table of figures, baselines and targets.

    python bench/evaluate.py [--quick] [--only msrp,stsb,ecbplus,ists,sick] [--write-docs]
                             [--configs default,semantic]
    python bench/evaluate.py --tune [--quick]

Parts: MSRP (paraphrase accuracy/F1), STS-B (Spearman), ECB+ (cross-document sentence
alignment), iSTS headlines (typed chunk alignments), SICK (contradiction). Every figure is given
for the default install and, when the `semantic` extra is installed, with the embedding signal,
side by side in one table. Each part is a plain
function returning table rows; `--only` runs any of them alone. Test splits are only measured:
every fitted threshold comes from a train (or dev) split, and anything meant to ship may be fit
on STS-B or ECB+ only (`--tune`). The corpora stay outside the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tabulate import tabulate

from bench import eval_systems as systems
from bench.eval_common import QUICK, Context, Row, lexical_scores, met
from bench.eval_data import DEFAULT_DATA, Corpus, first_per
from bench.eval_ecbplus import part_ecbplus
from bench.eval_metrics import accuracy, best_threshold, binary_prf, ratio, spearman
from bench.eval_perturb import part_perturb

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "evaluation.md"
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"
RELATED = frozenset({"diverge", "partial"})


# --- 1. MSRP ---------------------------------------------------------------------------------


def part_msrp(ctx: Context) -> list[Row]:
    """Paraphrase iff verdict == agree; plus a score cut fit on train (measurement only)."""
    records = first_per(ctx.corpus.read("msrp/pairs.jsonl"), lambda r: r["split"],
                        ctx.limit("msrp"))
    split = {s: [r for r in records if r["split"] == s] for s in ("train", "test")}
    pairs = {s: [(r["a"], r["b"]) for r in rs] for s, rs in split.items()}
    gold = {s: [r["label"] == 1 for r in rs] for s, rs in split.items()}
    n = len(gold["test"])
    majority = max(sum(gold["test"]), n - sum(gold["test"])) / n
    base = {s: lexical_scores(p) for s, p in pairs.items()}
    t_base, _ = best_threshold(base["train"], gold["train"])
    base_pred = [s >= t_base for s in base["test"]]
    rows = [Row("MSRP", "test", "majority-class accuracy", None, majority, n=n,
                key="msrp.test.majority")]
    acc_b, (_, _, f1_b) = accuracy(base_pred, gold["test"]), binary_prf(base_pred, gold["test"])
    if not ctx.system:
        return rows + [Row("MSRP", "test", "accuracy / F1, rapidfuzz ≥ t (t fit on train)",
                           "API missing", f"{acc_b:.3f} / {f1_b:.3f}", n=n)]
    out = {s: ctx.relate(p) for s, p in pairs.items()}
    pred = [v == "agree" for v, _ in out["test"]]
    acc, (_, _, f1) = accuracy(pred, gold["test"]), binary_prf(pred, gold["test"])
    t_cd, _ = best_threshold([sc for _, sc in out["train"]], gold["train"])
    pred_t = [sc >= t_cd for _, sc in out["test"]]
    acc_t, (_, _, f1_t) = accuracy(pred_t, gold["test"]), binary_prf(pred_t, gold["test"])
    return rows + [
        Row("MSRP", "test", "accuracy: paraphrase iff verdict = agree (baseline: rapidfuzz ≥ t)",
            acc, acc_b, "≥ 0.774", met(acc >= 0.774), n, "msrp.test.accuracy"),
        Row("MSRP", "test", "F1 (paraphrase class), same operating point", f1, f1_b, "state it",
            n=n, key="msrp.test.f1"),
        Row("MSRP", "test", "accuracy: score ≥ t, t fit on train (measurement only, not shipped)",
            acc_t, acc_b, n=n, key="msrp.test.accuracy_at_t"),
        Row("MSRP", "test", "F1: score ≥ t, same t", f1_t, f1_b, n=n, key="msrp.test.f1_at_t"),
        Row("MSRP", "train", "t fit on train (max accuracy)", t_cd, t_base,
            n=len(gold["train"]), key="msrp.train.t"),
        Row("MSRP", "test", "verdicts", verdict_counts(out["test"]), n=n),
    ]


def verdict_counts(results: list[tuple[str, float]]) -> str:
    """Distribution of verdicts over (verdict, score) results."""
    return systems.counts_text(Counter(v for v, _ in results))


# --- 2. STS-B --------------------------------------------------------------------------------


def part_stsb(ctx: Context) -> list[Row]:
    """Spearman of relate().score against gold similarity on test, news and all genres."""
    records = [r for r in first_per(ctx.corpus.read("stsb/pairs.jsonl"),
                                    lambda r: (r["split"], r["genre"]), ctx.limit("stsb"))
               if r["split"] == "test"]
    pairs = [(r["a"], r["b"]) for r in records]
    gold = [float(r["label"]) for r in records]
    news = [i for i, r in enumerate(records) if r["genre"] == "main-news"]
    base = lexical_scores(pairs)
    out = ctx.relate(pairs) if ctx.system else []
    rows = []
    for label, idx in (("news", news), ("all genres", list(range(len(records))))):
        rho_b = spearman([base[i] for i in idx], [gold[i] for i in idx])
        rho = spearman([out[i][1] for i in idx], [gold[i] for i in idx]) if out else None
        is_news = label == "news"
        rows.append(Row(
            "STS-B", "test", f"Spearman ρ, {label} (baseline: rapidfuzz token_set_ratio)",
            rho if out else "API missing", rho_b, "> baseline" if is_news else "",
            met(rho > rho_b) if (is_news and rho is not None) else "", len(idx),
            f"stsb.test.spearman_{'news' if is_news else 'all'}"))
    if out:
        rows.append(Row("STS-B", "test", "verdicts, news", verdict_counts([out[i] for i in news]),
                        n=len(news)))
    return rows


# --- 4. iSTS headlines -----------------------------------------------------------------------


def part_ists(ctx: Context) -> list[Row]:
    """relate() on gold EQUI / OPPO / SIMI chunk pairs of the test headlines."""
    records = [r for r in ctx.corpus.read("ists_headlines/pairs.jsonl") if r["split"] == "test"]
    records = records[:ctx.limit("ists")]
    chunks = [(al["type"], al["a_text"], al["b_text"]) for r in records
              for al in r["alignments"] if al["type"] in ("EQUI", "OPPO", "SIMI")]
    if not ctx.system:
        return [Row("iSTS", "test", "chunk alignments EQUI/OPPO/SIMI", "API missing",
                    n=len(chunks))]
    out = ctx.relate([(a, b) for _, a, b in chunks])
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for (kind, _, _), (verdict, _) in zip(chunks, out):
        by_type[kind][verdict] += 1
    def share(kinds: tuple[str, ...], verdicts: frozenset[str]) -> tuple[float, int]:
        total = sum(sum(by_type[k].values()) for k in kinds)
        return ratio(sum(by_type[k][v] for k in kinds for v in verdicts), total), total
    rows = []
    for label, kinds, verdicts, key in (
            ("EQUI judged agree", ("EQUI",), frozenset({"agree"}), "equi_agree"),
            ("EQUI judged diverge (false alarm)", ("EQUI",), frozenset({"diverge"}),
             "equi_diverge"),
            ("OPPO judged diverge or partial", ("OPPO",), RELATED, "oppo_diverge"),
            ("SIMI judged diverge or partial", ("SIMI",), RELATED, "simi_diverge"),
            ("OPPO+SIMI judged diverge or partial", ("OPPO", "SIMI"), RELATED, "oppo_simi")):
        value, total = share(kinds, verdicts)
        rows.append(Row("iSTS", "test", label, value, n=total, key=f"ists.test.{key}"))
    for kind in ("EQUI", "OPPO", "SIMI"):
        rows.append(Row("iSTS", "test", f"verdicts, {kind}",
                        systems.counts_text(by_type[kind]), n=sum(by_type[kind].values())))
    return rows


# --- 5. SICK ---------------------------------------------------------------------------------


def part_sick(ctx: Context) -> list[Row]:
    """Recall of CONTRADICTION as diverge; false-diverge rate on ENTAILMENT."""
    records = [r for r in first_per(ctx.corpus.read("sick/pairs.jsonl"),
                                    lambda r: (r["split"], r["label"]), ctx.limit("sick"))
               if r["split"] == "test"]
    if not ctx.system:
        return [Row("SICK", "test", "contradiction recall", "API missing", n=len(records))]
    out = ctx.relate([(r["a"], r["b"]) for r in records])
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    for r, (verdict, _) in zip(records, out):
        by_label[r["label"]][verdict] += 1
    def rate(label: str) -> float:
        return ratio(by_label[label]["diverge"], sum(by_label[label].values()))
    n_c, n_e = sum(by_label["CONTRADICTION"].values()), sum(by_label["ENTAILMENT"].values())
    recall, false_div = rate("CONTRADICTION"), rate("ENTAILMENT")
    rows = [
        Row("SICK", "test", "CONTRADICTION judged diverge (recall)", recall, None, "≥ 0.70",
            met(recall >= 0.70), n_c, "sick.test.contradiction_recall"),
        Row("SICK", "test", "ENTAILMENT judged diverge (false-diverge rate)", false_div, None,
            "≤ 0.10", met(false_div <= 0.10), n_e, "sick.test.entailment_false_diverge"),
        Row("SICK", "test", "NEUTRAL judged diverge", rate("NEUTRAL"),
            n=sum(by_label["NEUTRAL"].values()), key="sick.test.neutral_diverge"),
    ]
    for label in ("CONTRADICTION", "ENTAILMENT", "NEUTRAL"):
        rows.append(Row("SICK", "test", f"verdicts, {label}",
                        systems.counts_text(by_label[label]), n=sum(by_label[label].values())))
    return rows


PARTS: dict[str, tuple[Callable[[Context], list[Row]], tuple[str, ...]]] = {
    "msrp": (part_msrp, ("msrp/pairs.jsonl",)),
    "stsb": (part_stsb, ("stsb/pairs.jsonl",)),
    "ecbplus": (part_ecbplus, ("ecbplus/documents.jsonl", "ecbplus/doc_pairs.jsonl",
                               "ecbplus/alignments.jsonl")),
    "ists": (part_ists, ("ists_headlines/pairs.jsonl",)),
    "sick": (part_sick, ("sick/pairs.jsonl",)),
    "perturb": (part_perturb, ("msrp/pairs.jsonl", "ecbplus/alignments.jsonl")),
}
NAMES = {"msrp": "MSRP", "stsb": "STS-B", "ecbplus": "ECB+", "ists": "iSTS", "sick": "SICK",
         "perturb": "Perturb"}


# Targets the semantic configuration must meet (the semantic-extra issue), by figure key.
SEMANTIC_TARGETS: dict[str, tuple[str, float]] = {
    "msrp.test.accuracy": ("≥", 0.80),
    "ecbplus.test.recall": ("≥", 0.85),
    "ecbplus.test.precision_selected": ("≥", 0.70),
}
CONFIGS = ("default", "semantic")


# --- running, rendering ----------------------------------------------------------------------


def run(ctx: Context, only: list[str]) -> list[Row]:
    """Run the chosen parts; add each part's data digests and wall time as rows."""
    rows: list[Row] = []
    for name in only:
        func, files = PARTS[name]
        started = time.perf_counter()
        print(f"[{name}] running…", file=sys.stderr, flush=True)
        part_rows = func(ctx)
        seconds = time.perf_counter() - started
        print(f"[{name}] done in {seconds:.1f} s", file=sys.stderr, flush=True)
        rows += part_rows
        for f in files:
            rows.append(Row(NAMES[name], "", f"data sha256[:12] {f}", ctx.corpus.digests[f]))
        rows.append(Row(NAMES[name], "", "wall time (s)", f"{seconds:.1f}"))
    return rows


def cell(value: Any) -> str:
    """Table cell text: floats to 3 decimals, None and NaN as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def semantic_status(key: str, value: Any) -> tuple[str, str]:
    """(target text, status) of a semantic-configuration figure ('' when it has no target)."""
    if key not in SEMANTIC_TARGETS or not isinstance(value, (int, float)):
        return "", ""
    op, bound = SEMANTIC_TARGETS[key]
    return f"{op} {bound}", met(value >= bound if op == "≥" else value <= bound)


def merge(default: list[Row], semantic: list[Row]) -> list[tuple[Row, Row | None]]:
    """Pair each default row with the semantic run's row for the same figure (by part, split, metric)."""
    by_figure = {(r.part, r.split, r.metric): r for r in semantic}
    return [(r, by_figure.get((r.part, r.split, r.metric))) for r in default]


def render(rows: list[Row], system: str = systems.CLAIMDIFF, semantic: list[Row] | None = None) -> str:
    """The one results table, as a GitHub-flavoured markdown table (a +semantic column when run)."""
    name = system or "claimdiff"
    if semantic is None:
        head = ["part", "split", "figure", name, "baseline", "target", "status", "n"]
        body = [[r.part, r.split, r.metric, cell(r.claimdiff), cell(r.baseline), r.target,
                 r.status, cell(r.n)] for r in rows]
        return tabulate(body, head, tablefmt="github", disable_numparse=True)
    head = ["part", "split", "figure", name, f"{name} +semantic", "baseline", "target", "status",
            "target +sem", "status +sem", "n"]
    body = []
    for r, sem in merge(rows, semantic):
        value = sem.claimdiff if sem is not None else None
        target, status = semantic_status(r.key, value)
        body.append([r.part, r.split, r.metric, cell(r.claimdiff), cell(value), cell(r.baseline),
                     r.target, r.status, target, status, cell(r.n)])
    return tabulate(body, head, tablefmt="github", disable_numparse=True)


def write_docs(table: str, command: str, header: str) -> None:
    """Replace the text between the eval markers of docs/evaluation.md with the new table."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else f"# Evaluation\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{DOCS}: markers {BEGIN} / {END} not found; add them and rerun")
    before, rest = text.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    block = f"{BEGIN}\n<!-- generated by `{command}`: do not edit by hand -->\n\n{header}\n\n{table}\n{END}"
    DOCS.write_text(before + block + after, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"fixed small subset, first N per split/group: {QUICK}")
    parser.add_argument("--only", default=",".join(PARTS),
                        help=f"comma-separated parts (default: all): {','.join(PARTS)}")
    parser.add_argument("--write-docs", action="store_true",
                        help=f"write the table into {DOCS.relative_to(REPO)}")
    parser.add_argument("--tune", action="store_true",
                        help="print threshold grids fit on STS-B train+dev and ECB+ dev")
    parser.add_argument("--stand-in", action="store_true",
                        help="run the lexical stand-in instead of claimdiff (harness testing)")
    parser.add_argument("--json", type=Path, help="also write the keyed figures as JSON here")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="corpus root")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--configs", default="",
                        help="comma-separated: default,semantic (default: both when the semantic "
                             "extra is installed, else default)")
    args = parser.parse_args(argv)
    only = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in only if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)} (choose from {', '.join(PARTS)})")
    problem = "" if args.stand_in else systems.api_problem()
    system = systems.STAND_IN if args.stand_in else ("" if problem else systems.CLAIMDIFF)
    if problem:
        print(f"claimdiff API not usable ({problem}): reporting baselines only;"
              " --stand-in exercises the harness", file=sys.stderr)
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    if not configs:
        configs = ["default"] if (system != systems.CLAIMDIFF or systems.semantic_problem()) else list(CONFIGS)
    if any(c not in CONFIGS for c in configs) or "default" not in configs:
        parser.error(f"--configs: 'default' and optionally 'semantic' (got {args.configs!r})")
    if "semantic" in configs and (problem := systems.semantic_problem()):
        parser.error(f"the semantic configuration cannot run: {problem}")
    ctx = Context(Corpus(args.data), system, args.workers, args.quick)
    if args.tune:
        tune_thresholds(ctx)
        if "semantic" in configs:
            print("\n=== semantic configuration ===")
            tune_thresholds(replace(ctx, semantic=True))
        return 0
    rows = run(ctx, only)
    sem_rows = run(replace(ctx, semantic=True), only) if "semantic" in configs else None
    table = render(rows, system, sem_rows)
    mode = "quick subset (--quick)" if args.quick else "full evaluation splits"
    version = systems.claimdiff_version() if system == systems.CLAIMDIFF else ""
    header = (f"System: **{system or 'none (API missing)'}** {version} · data: {mode}"
              f" · workers: {args.workers} · configurations: {', '.join(configs)}")
    print(header)
    print(table)
    if args.json:
        figures = {r.key: {"claimdiff": r.claimdiff, "baseline": r.baseline}
                   for r in rows if r.key}
        for r in sem_rows or []:
            if r.key:
                figures[f"semantic.{r.key}"] = {"claimdiff": r.claimdiff, "baseline": r.baseline}
        args.json.write_text(json.dumps({"mode": mode, "system": system, "figures": figures,
                                         "digests": ctx.corpus.digests,
                                         "rows": [asdict(r) for r in rows]}, indent=1,
                                        default=str), encoding="utf-8")
    if args.write_docs:
        command = "python bench/evaluate.py" + (" --quick" if args.quick else "") + (
            f" --configs {args.configs}" if args.configs else "") + (
            f" --only {args.only}" if args.only != ",".join(PARTS) else "") + (
            " --stand-in" if args.stand_in else "") + " --write-docs"
        write_docs(table, command, header)
        print(f"wrote {DOCS.relative_to(REPO)}", file=sys.stderr)
    return 0


def tune_thresholds(ctx: Context) -> None:
    """Print the threshold grids (see bench/eval_tune.py); here so `--tune` has one home."""
    from bench.eval_tune import tune_thresholds as _tune

    _tune(ctx)


if __name__ == "__main__":
    sys.exit(main())
