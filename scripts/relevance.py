"""Relevance on the UN General Debate Corpus: Verbatim's ranking beside SQLite FTS5's bm25, nDCG and P at 10.

What is relevant is decided without any ranking, from each speech's raw
file and its row of the speakers' sheet (scripts/relevance_sets.py has the
queries and their rules): who spoke; a State on a subject, or on another
State or a place; a subject as words or as a quoted phrase; a question of
four to six words as people type them. Both engines answer the same queries
in the same run, on the tuned set and on the held-apart set, and each
query's time is the median of `--repeat` runs: Verbatim's is its whole page
(match, facets, snippets), FTS5's its top 10.

    scripts/relevance [--index DIR] [--ungdc DIR] [--fts FILE] [--per-query]
"""

from __future__ import annotations

import argparse
import math
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from archive import Archive, SearchRequest
from archive.folding import fold
from archive.ranking import TUNED
from indexer.importers.ungdc import build_manifest
from indexer.reading import decode_plain
from verbatim import relevance_sets
from verbatim.bench import DEFAULT_CORPUS, build_verbatim, unpack
from verbatim.fts_baseline import fts_top, open_fts
from verbatim.relevance_sets import Phrase, Question, Speaker, Spec, StateOn

CUTOFF = 10
SETS = {"tuned": relevance_sets.TUNED, "held apart": relevance_sets.HELD_APART}


@dataclass(frozen=True)
class Judged:
    spec: Spec
    gains: dict[str, int]  # statement id -> gain; absent: not relevant


def judge(root: Path, specs: list[Spec]) -> list[Judged]:
    """Each query's gains, from one pass over the corpus's raw files and the speakers' sheet."""
    compiled = {spec.q: _patterns(spec.rule) for spec in specs}
    gains: dict[str, dict[str, int]] = {spec.q: {} for spec in specs}
    for corpus_file in build_manifest(root).files:
        text = decode_plain(corpus_file.path.read_bytes())
        key = f"ungdc-{corpus_file.code.lower()}-{corpus_file.session}-{corpus_file.year}"
        speaker = set(re.findall(r"\w+", fold(corpus_file.row.name if corpus_file.row else "").lower()))
        for spec in specs:
            gain = _gain(spec.rule, compiled[spec.q], text, corpus_file.code, speaker)
            if gain:
                gains[spec.q][key] = gain
    return [Judged(spec, gains[spec.q]) for spec in specs]


def _patterns(rule) -> list[re.Pattern]:
    sources = {StateOn: lambda: [rule.subject], Phrase: lambda: [rule.pattern], Question: lambda: list(rule.keys),
               Speaker: lambda: []}[type(rule)]()
    return [re.compile(source, re.IGNORECASE) for source in sources]


def _gain(rule, patterns: list[re.Pattern], text: str, code: str, speaker: set[str]) -> int:
    if isinstance(rule, Speaker):
        return int(set(re.findall(r"\w+", fold(rule.name).lower())) <= speaker)
    if isinstance(rule, StateOn):
        if code != rule.code:
            return 0
        held = len(patterns[0].findall(text))
        return 2 if held >= 3 else 1 if held else 0
    if isinstance(rule, Phrase):
        held = len(patterns[0].findall(text))
        return 2 if held >= 5 else 1 if held >= 2 else 0
    held = min(len(pattern.findall(text)) for pattern in patterns)
    return 2 if held >= 3 else 1 if held else 0


def precision(ranked: list[str], gains: dict[str, int]) -> float:
    return sum(1 for key in ranked[:CUTOFF] if key in gains) / CUTOFF


def ndcg(ranked: list[str], gains: dict[str, int]) -> float:
    dcg = sum(gains.get(key, 0) / math.log2(rank + 2) for rank, key in enumerate(ranked[:CUTOFF]))
    ideal = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(sorted(gains.values(), reverse=True)[:CUTOFF]))
    return dcg / ideal if ideal else 0.0


@dataclass(frozen=True)
class Scored:
    precision: float
    ndcg: float
    ms: float
    ranked: list[str]


def ranker(archive: Archive):
    """q -> the ids of Verbatim's first ten statements for it, by relevance."""
    def top(q: str) -> list[str]:
        return [hit.statement.id for hit in archive.search(SearchRequest(q=q, size=CUTOFF, sort="relevance")).hits]
    return top


def scored(top, judged: Judged, repeat: int = 1) -> Scored:
    """One query through `top` (q -> ranked ids), timed `repeat` times (the median kept)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        ranked = top(judged.spec.q)
        times.append((time.perf_counter() - started) * 1000)
    return Scored(precision(ranked, judged.gains), ndcg(ranked, judged.gains), statistics.median(times), ranked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default=os.environ.get("VERBATIM_BENCH", "/tmp/verbatim-bench"),
                        help="where the corpus is unpacked and the indexes built when not given")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="the corpus tarball to unpack")
    parser.add_argument("--ungdc", help="the corpus unpacked (speeches/ and the speakers' sheet)")
    parser.add_argument("--index", help="a Verbatim index of that corpus (default: built under --work)")
    parser.add_argument("--fts", help="the FTS5 table (default: WORK/fts-relevance.sqlite, built if missing)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query for its time")
    parser.add_argument("--per-query", action="store_true", help="print each query's figures (tuned set)")
    args = parser.parse_args(argv)
    work = Path(args.work)
    root = Path(args.ungdc) if args.ungdc else unpack(Path(args.corpus), work)
    index_dir = Path(args.index) if args.index else work / "index"
    if not args.index:
        build_verbatim(root, index_dir, rebuild=False)
    db, built = open_fts(root, Path(args.fts) if args.fts else work / "fts-relevance.sqlite")
    if built is not None:
        print(f"FTS5 table built from the raw files in {built:.0f} s")
    judged = {name: judge(root, specs) for name, specs in SETS.items()}
    with Archive(index_dir, ranking=TUNED) as archive:
        archive.search(SearchRequest(q="warm"))  # open the searcher and load the facet table before timing

        engines = {"Verbatim": ranker(archive), "FTS5 bm25": lambda q: fts_top(db, q, CUTOFF)}
        results = {(name, engine): [scored(top, query, args.repeat) for query in judged[name] if query.gains]
                   for name in SETS for engine, top in engines.items()}
    print(f"nDCG@10 and P@10 against rules over the raw files; Verbatim ranking {TUNED}; "
          f"p50 of per-query medians of {args.repeat} runs")
    for name in SETS:
        queries = [query for query in judged[name] if query.gains]
        unjudged = [query.spec.q for query in judged[name] if not query.gains]
        print(f"\n{name} set: {len(queries)} queries" + (f" ({len(unjudged)} without a relevant statement, left out:"
                                                         f" {', '.join(unjudged)})" if unjudged else ""))
        if args.per_query and name == "tuned":  # the held-apart set is not to be tuned on, query by query
            _per_query(queries, results[(name, "Verbatim")], results[(name, "FTS5 bm25")])
        print(f"{'family':28}{'queries':>8}  {'nDCG@10 Verbatim / FTS5':>24}  {'P@10 Verbatim / FTS5':>21}"
              f"  {'p50 ms Verbatim / FTS5':>23}")
        for family in ["all", *dict.fromkeys(query.spec.family for query in queries)]:
            chosen = [i for i, query in enumerate(queries) if family in ("all", query.spec.family)]
            figures = {engine: results[(name, engine)] for engine in engines}
            n = [statistics.mean(figures[engine][i].ndcg for i in chosen) for engine in engines]
            p = [statistics.mean(figures[engine][i].precision for i in chosen) for engine in engines]
            ms = [statistics.median(figures[engine][i].ms for i in chosen) for engine in engines]
            print(f"{family:28}{len(chosen):8}  {n[0]:15.3f} / {n[1]:.3f}  {p[0]:12.3f} / {p[1]:.3f}"
                  f"  {ms[0]:14.1f} / {ms[1]:.1f}")
    return 0


def _per_query(queries: list[Judged], verbatim: list[Scored], fts: list[Scored]) -> None:
    print(f"{'query':45} {'family':26} {'relevant':>8}  nDCG@10 Verbatim / FTS5   ms Verbatim / FTS5")
    for query, ours, theirs in zip(queries, verbatim, fts, strict=True):
        print(f"{query.spec.q:45} {query.spec.family:26} {len(query.gains):8}  {ours.ndcg:12.3f} / {theirs.ndcg:.3f}"
              f"  {ours.ms:12.1f} / {theirs.ms:.1f}")


if __name__ == "__main__":
    sys.exit(main())
