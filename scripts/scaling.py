"""How Verbatim grows: the General Debate indexed once and N times over, measured in one run.

Copy k of a speech (k > 0) gets its own id and one added line, so every copy
is a distinct statement with its own original, postings and stored fields,
as a larger archive of statements of the same kind would be. Each build and
each first search runs in a fresh process, so its time and peak memory are
its own. A benchmark: nothing here asserts a time.

    scripts/bench --copies N [--work DIR] [--repeat N] [--rebuild]
"""

from __future__ import annotations

import multiprocessing
import resource
import shutil
import statistics
import time
from dataclasses import replace
from pathlib import Path

from archive import Archive, SearchRequest
from archive.statement import Statement
from archive.storage import builds_dir, current_build
from indexer.build import build_from
from indexer.importers.ungdc import CorpusFile, build_manifest, corpus_digest, load_speech, read_speech
from indexer.planning import Planned
from indexer.reports import BuildReport

FIRST_QUERY = SearchRequest(q="peace")  # what the first visitor of a fresh server asks


def copy_of(planned: Planned[CorpusFile], copy: int) -> Planned[CorpusFile]:
    """Copy `copy` of a speech: the same speech with one line of its own, under its own id."""
    if copy == 0:
        return planned
    data = planned.data + f"\n\n(Copy {copy} of this statement, made for the scale benchmark.)\n".encode()
    return replace(planned, key=f"{planned.key}-copy{copy}", digest=corpus_digest(planned.item, data), data=data)


def load_copy(planned: Planned[CorpusFile]) -> Statement:
    return replace(load_speech(planned), id=planned.key)


def build_copies(root: str, index_dir: str, copies: int) -> dict:
    """In a fresh process: a full build of the corpus `copies` times over; its seconds, size and peak memory."""
    started = time.monotonic()
    speeches = [read_speech(corpus_file) for corpus_file in build_manifest(Path(root)).files]
    planned = [copy_of(speech, copy) for copy in range(copies) for speech in speeches]
    report = build_from(load_copy, planned, Path(index_dir), BuildReport(show_progress=False))
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {"statements": report.indexed, "seconds": time.monotonic() - started,
            "size": sum(f.stat().st_size for f in report.build.rglob("*") if f.is_file()), "peak": peak / 1024}


def first_search(index_dir: str) -> float:
    """In a fresh process, as a server worker starting: seconds to open the archive and answer one search."""
    started = time.perf_counter()
    with Archive(index_dir) as archive:
        archive.search(FIRST_QUERY)
    return time.perf_counter() - started


def _run_and_send(function, args, sender) -> None:
    sender.send(function(*args))


def in_fresh_process(function, *args):
    """`function(*args)` in a spawned process of its own (not a pool's: a build starts workers of its own)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_run_and_send, args=(function, args, sender))
    process.start()
    result = receiver.recv()
    process.join()
    return result


def measure(root: Path, index_dir: Path, copies: int, rebuild: bool, time_queries) -> dict:
    """Build (unless one is there), then time the first search and, with `time_queries`, the bench's queries."""
    figures = {"seconds": None, "peak": None}
    if rebuild or current_build(index_dir) is None:
        shutil.rmtree(builds_dir(index_dir), ignore_errors=True)
        index_dir.unlink(missing_ok=True)
        figures = in_fresh_process(build_copies, str(root), str(index_dir), copies)
    build = current_build(index_dir)
    figures["size"] = sum(f.stat().st_size for f in build.rglob("*") if f.is_file())
    figures["first"] = statistics.median(in_fresh_process(first_search, str(index_dir)) for _ in range(3))
    with Archive(index_dir, cache_bytes=0) as archive:  # each run of a query is searched, not remembered
        archive.warm()
        figures["statements"] = archive.search(SearchRequest()).total
        figures["times"] = time_queries(archive, index_dir)
    return figures
