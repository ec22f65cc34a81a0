"""Benchmark: Verbatim (Whoosh) beside SQLite FTS5 on the UN General Debate Corpus.

Measured in one run on the same documents and queries, so the ratios hold on
a noisy machine: build time, index size, peak memory, query latency per stage
(p50/p95), the reading view of the longest statement, and the resident memory
after 1,000 searches. A benchmark, not a test: nothing here asserts a time.

    scripts/bench [--work DIR] [--corpus TARBALL] [--repeat N] [--rebuild] [--copies N]

With --copies N it measures growth instead (scripts/scaling.py): the corpus
built once and N times over, side by side in one run.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from archive import Archive, SearchRequest, vocabulary
from archive.paths import PROJECT_ROOT
from archive.storage import builds_dir, current_build
from archive.whoosh_engine.files import open_searcher  # stage A measures the engine alone
from archive.whoosh_engine.query import parse_query
from indexer.importers.ungdc import build_manifest, import_corpus
from indexer.reading import decode_plain
from web.rendering import render_body

from . import scaling

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpora" / "ungdc-1946-2024.tar.xz"


@dataclass(frozen=True)
class BenchQuery:
    label: str
    q: str = ""
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    fts: str = ""  # the same question for FTS5's MATCH
    fts_where: str = ""  # and its filters


# Single words (common and rare), two-word AND, phrases, field queries, date ranges, browsing.
QUERIES = [
    BenchQuery("common word", "peace", fts="peace"),
    BenchQuery("word", "apartheid", fts="apartheid"),
    BenchQuery("word", "terrorism", fts="terrorism"),
    BenchQuery("word", "refugees", fts="refugees"),
    BenchQuery("word", "colonialism", fts="colonialism"),
    BenchQuery("word", "sovereignty", fts="sovereignty"),
    BenchQuery("word", "pandemic", fts="pandemic"),
    BenchQuery("rare word", "Kalbajar", fts="Kalbajar"),
    BenchQuery("rare word", "landmines", fts="landmines"),
    BenchQuery("rare word", "Srebrenica", fts="Srebrenica"),
    BenchQuery("two words", "nuclear disarmament", fts="nuclear AND disarmament"),
    BenchQuery("two words", "climate change", fts="climate AND change"),
    BenchQuery("two words", "Palestinian occupation", fts="Palestinian AND occupation"),
    BenchQuery("two words", "debt relief", fts="debt AND relief"),
    BenchQuery("two words", "ozone layer", fts="ozone AND layer"),
    BenchQuery("phrase", '"human rights"', fts='"human rights"'),
    BenchQuery("phrase", '"security council" reform', fts='"security council" AND reform'),
    BenchQuery("phrase", '"sustainable development goals"', fts='"sustainable development goals"'),
    BenchQuery("phrase", '"nuclear weapons"', fts='"nuclear weapons"'),
    BenchQuery("phrase", '"right of reply"', fts='"right of reply"'),
    BenchQuery("OR", "Karabakh OR Kalbajar", fts="Karabakh OR Kalbajar"),
    BenchQuery("NOT", "mines NOT coal", fts="mines NOT coal"),
    BenchQuery("field", "country:AZE mines", fts="mines", fts_where="country = 'Azerbaijan'"),
    BenchQuery("field", "country:Cuba embargo", fts="embargo", fts_where="country = 'Cuba'"),
    BenchQuery("field", "speaker:Obama", fts="speaker : Obama"),
    BenchQuery("filter", "peace", country="Azerbaijan", fts="peace", fts_where="country = 'Azerbaijan'"),
    BenchQuery("dates", "peace", date_from="1990", date_to="1999", fts="peace",
               fts_where="year BETWEEN 1990 AND 1999"),
    BenchQuery("dates", "apartheid", date_to="1994", fts="apartheid", fts_where="year <= 1994"),
    BenchQuery("dates", "climate", date_from="2015", fts="climate", fts_where="year >= 2015"),
    BenchQuery("wildcard", "disarm*", fts="disarm*"),
    BenchQuery("browse", "", fts=""),
    BenchQuery("browse", "", country="Japan", fts="", fts_where="country = 'Japan'"),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def unpack(corpus: Path, work: Path) -> Path:
    root = work / "ungdc"
    if not (root / "speeches").is_dir():
        print(f"unpacking {corpus} ...", file=sys.stderr)
        work.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "-xJf", str(corpus), "-C", str(work)], check=True)
    return root


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def serve_searches(index_dir: str, count: int) -> float:
    """In a fresh process: run `count` searches like a server worker, return its resident MB."""
    archive = Archive(index_dir)
    for index in range(count):
        archive.search(request_for(QUERIES[index % len(QUERIES)]))
    return current_rss_mb()


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# -- Verbatim ----------------------------------------------------------------------

def build_verbatim(root: Path, index_dir: Path, rebuild: bool) -> dict:
    if current_build(index_dir) is not None and not rebuild:
        return {"seconds": None, "size": folder_size(current_build(index_dir)), "peak": None}
    # A full build from nothing: re-running on an index would only check hashes (incremental).
    shutil.rmtree(builds_dir(index_dir), ignore_errors=True)
    index_dir.unlink(missing_ok=True)
    started = time.monotonic()
    report, _manifest = import_corpus(root, index_dir, show_progress=sys.stderr.isatty())
    return {"seconds": time.monotonic() - started, "size": folder_size(report.build), "peak": peak_rss_mb()}


def request_for(query: BenchQuery) -> SearchRequest:
    return SearchRequest(q=query.q, size=10, date_from=query.date_from, date_to=query.date_to,
                         filters={"country": (query.country,)} if query.country else {})


def time_verbatim(archive: Archive, searcher, query: BenchQuery, repeat: int) -> dict[str, list[float]]:
    request = request_for(query)
    times: dict[str, list[float]] = {"A": [], "C": []}
    for _ in range(repeat):
        started = time.perf_counter()  # stage A: Whoosh's own top-10, as a reference
        searcher.search(parse_query(query.q, searcher.schema), limit=10)
        times["A"].append(time.perf_counter() - started)
        started = time.perf_counter()
        archive.search(request)  # stage C: the whole page: parse, match, 5 facets, 10 snippets
        times["C"].append(time.perf_counter() - started)
    return times


def time_queries(archive: Archive, index_dir: Path, repeat: int) -> list[dict[str, list[float]]]:
    """Every bench query's times on this archive, Whoosh's own top 10 (stage A) beside the whole page (C)."""
    searcher = open_searcher(current_build(index_dir))
    try:
        return [time_verbatim(archive, searcher, query, repeat) for query in QUERIES]
    finally:
        searcher.close()


# -- SQLite FTS5 ---------------------------------------------------------------------

def build_fts(root: Path, path: Path, rebuild: bool) -> dict:
    if path.exists() and not rebuild:
        return {"seconds": None, "size": path.stat().st_size}
    path.unlink(missing_ok=True)
    started = time.monotonic()  # from the raw files and the sheet, as a user of FTS5 would load them
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, speaker, country UNINDEXED, "
               "forum UNINDEXED, doc_type UNINDEXED, year UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')")
    rows = []
    for corpus_file in build_manifest(root).files:
        row = corpus_file.row
        country = vocabulary.country_named(corpus_file.code)
        speaker = row.name if row else ""
        rows.append((f"Statement by {speaker}", decode_plain(corpus_file.path.read_bytes()), speaker,
                     country.name if country else corpus_file.code, "UN General Assembly", "statement",
                     corpus_file.year))
    db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()
    return {"seconds": time.monotonic() - started, "size": path.stat().st_size}


def time_fts(db: sqlite3.Connection, query: BenchQuery, repeat: int) -> dict[str, list[float]]:
    match = "docs MATCH ?" if query.fts else "1"
    where = " AND ".join(part for part in (match, query.fts_where) if part)
    params = (query.fts,) if query.fts else ()
    order = "ORDER BY bm25(docs)" if query.fts else "ORDER BY year DESC"
    top = f"SELECT rowid, title FROM docs WHERE {where} {order} LIMIT 10"
    facets = [f"SELECT {column}, count(*) FROM docs WHERE {where} GROUP BY {column}"
              for column in ("speaker", "country", "forum", "doc_type", "year")]
    snippets = (f"SELECT snippet(docs, 1, '<mark>', '</mark>', '…', 24) FROM docs WHERE {where} {order} LIMIT 10"
                if query.fts else None)
    times: dict[str, list[float]] = {"A": [], "B": [], "C": []}
    for _ in range(repeat):
        started = time.perf_counter()
        db.execute(top, params).fetchall()
        times["A"].append(time.perf_counter() - started)
        for sql in facets:
            db.execute(sql, params).fetchall()
        times["B"].append(time.perf_counter() - started)
        if snippets:
            db.execute(snippets, params).fetchall()
        times["C"].append(time.perf_counter() - started)
    return times


# -- report ----------------------------------------------------------------------------

def summarize(per_query: list[dict[str, list[float]]], stage: str) -> tuple[float, float]:
    medians = [statistics.median(times[stage]) * 1000 for times in per_query if times.get(stage)]
    return percentile(medians, 0.5), percentile(medians, 0.95)


def reading_view_ms(archive: Archive, root: Path, repeat: int) -> tuple[float, str, int]:
    longest = max((root / "speeches").rglob("*.txt"), key=lambda p: p.stat().st_size)
    code, session, year = re.match(r"([A-Z]+)_(\d+)_(\d+)", longest.stem).groups()
    record = archive.get(f"ungdc-{code.lower()}-{session}-{year}")
    wanted = archive.hit_terms("peace OR development")
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        rendered = render_body(record.body, wanted, lambda symbol: f"/symbols/{symbol}")  # as the page does
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, longest.name, rendered.hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default=os.environ.get("VERBATIM_BENCH", "/tmp/verbatim-bench"))
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (the median is kept)")
    parser.add_argument("--rebuild", action="store_true", help="build both indexes even if present")
    parser.add_argument("--copies", type=int, metavar="N",
                        help="measure growth: the corpus once and N times over, side by side")
    args = parser.parse_args(argv)
    work = Path(args.work)
    root = unpack(Path(args.corpus), work)
    if args.copies:
        return report_growth(root, work, args.copies, args.repeat, args.rebuild)

    verbatim_build = build_verbatim(root, work / "index", args.rebuild)
    fts_build = build_fts(root, work / "fts.sqlite", args.rebuild)

    archive = Archive(work / "index", cache_bytes=0)  # each run of a query is searched, not remembered
    archive.warm()  # open the searcher and load the facet table
    verbatim_times = time_queries(archive, work / "index", args.repeat)
    db = sqlite3.connect(work / "fts.sqlite")
    fts_times = [time_fts(db, query, args.repeat) for query in QUERIES]
    reading_ms, longest, hits = reading_view_ms(archive, root, args.repeat)
    with multiprocessing.get_context("spawn").Pool(1) as pool:  # a fresh process, as a server worker is
        rss_after = pool.apply(serve_searches, (str(work / "index"), 1000))

    rows = [("", "Verbatim (Whoosh)", "SQLite FTS5", "ratio")]
    vb, fb = verbatim_build, fts_build
    ratio = (f"{vb['seconds'] / fb['seconds']:.1f}x" if vb["seconds"] and fb["seconds"] else "-")
    rows.append(("build (s)", fmt(vb["seconds"]), fmt(fb["seconds"]), ratio))
    rows.append(("index size (MB)", fmt(vb["size"] / 1e6), fmt(fb["size"] / 1e6), f"{vb['size'] / fb['size']:.1f}x"))
    rows.append(("peak memory while building (MB)", fmt(vb["peak"], digits=0), "-", ""))
    for stage, name in (("A", "top 10"), ("B", "+ 5 facets"), ("C", "+ 10 snippets (whole page)")):
        vp50, vp95 = summarize(verbatim_times, stage) if stage != "B" else (None, None)
        fp50, fp95 = summarize(fts_times, stage)
        ratio = f"{vp50 / fp50:.1f}x / {vp95 / fp95:.1f}x" if vp50 else ""
        rows.append((f"{name} p50 / p95 (ms)", f"{fmt(vp50)} / {fmt(vp95)}" if vp50 else "-",
                     f"{fmt(fp50)} / {fmt(fp95)}", ratio))
    rows.append((f"reading view, {longest}, {hits} hits (ms)", fmt(reading_ms), "-", ""))
    rows.append(("server RSS after 1,000 searches (MB)", fmt(rss_after, digits=0), "-", ""))
    print(f"{len(QUERIES)} queries x {args.repeat} runs, medians per query; corpus {root}")
    print_table(rows)
    print(f"slowest whole pages (ms): {slowest(verbatim_times)}")
    archive.close()
    return 0


def report_growth(root: Path, work: Path, copies: int, repeat: int, rebuild: bool) -> int:
    """The corpus once and `copies` times over, measured back to back, and the growth of each figure."""
    timed = functools.partial(time_queries, repeat=repeat)
    one = scaling.measure(root, work / "index", 1, rebuild, timed)
    many = scaling.measure(root, work / f"index-x{copies}", copies, rebuild, timed)

    def growth(key, scale=1.0, digits=1):
        a, b = (None if run[key] is None else run[key] * scale for run in (one, many))
        return fmt(a, digits=digits), fmt(b, digits=digits), (f"{b / a:.1f}x" if a and b else "")

    rows = [("", f"{one['statements']:,} statements", f"{many['statements']:,} statements", "growth"),
            ("full build (s)", *growth("seconds")),
            ("build folder (MB)", *growth("size", 1e-6)),
            ("peak memory while building (MB)", *growth("peak", digits=0)),
            ("first search in a fresh process (s)", *growth("first", digits=2))]
    for stage, name in (("A", "top 10 (Whoosh's own search)"), ("C", "whole page (match, facets, snippets)")):
        (a50, a95), (b50, b95) = summarize(one["times"], stage), summarize(many["times"], stage)
        rows.append((f"{name} p50 / p95 (ms)", f"{fmt(a50)} / {fmt(a95)}", f"{fmt(b50)} / {fmt(b95)}",
                     f"{b50 / a50:.1f}x / {b95 / a95:.1f}x"))
    print(f"{len(QUERIES)} queries x {repeat} runs, medians per query; corpus {root} x1 and x{copies}")
    print_table(rows)
    print(f"slowest whole pages at x{copies} (ms): {slowest(many['times'])}")
    return 0


def slowest(per_query: list[dict[str, list[float]]], count: int = 5) -> str:
    pages = sorted(((statistics.median(t["C"]) * 1000, q.q or "(browse)") for t, q in zip(per_query, QUERIES,
                                                                                         strict=True)), reverse=True)
    return ", ".join(f"{label!r} {ms:.0f}" for ms, label in pages[:count])


def fmt(value, unit="", digits=1):
    return "-" if value is None else f"{value:,.{digits}f}{unit}"


def print_table(rows: list[tuple[str, ...]]) -> None:
    width = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width[i]) for i, cell in enumerate(row)))


if __name__ == "__main__":
    sys.exit(main())
