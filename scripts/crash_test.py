"""Crash test: kill -9 `verbatim index` at random moments, then check nothing is lost.

On a corpus of General Debate speeches copied as plain files, each run starts,
in turn, a full build, an incremental update (a rescan after edits, an added
and a deleted file), the indexing of one added file by its path, or the
removal of one statement (`verbatim remove`); it kills the whole process
group at a random moment, and checks that (1) the served index, if any, opens
and answers, (2) the next run completes (no stale lock, half-written folders
cleaned), and (3) the result equals a clean build of the same files.

    scripts/crash-test [--runs 20] [--files 600] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive import Archive, SearchRequest, storage
from verbatim.bench import DEFAULT_CORPUS, unpack

QUERIES = ["peace", "nuclear disarmament", "", "apartheid OR colonialism"]
MODES = ("full", "update", "add", "remove")


def index_command(corpus: Path | None, index_dir: Path) -> list[str]:
    """`verbatim index CORPUS`, or without a path (None) the rescan that also removes deleted files."""
    sources = [str(corpus)] if corpus else []
    return [sys.executable, "-m", "verbatim.cli", "index", *sources, "--index", str(index_dir), "--no-progress"]


def snapshot(index_dir: Path):
    """Every query's complete set of matches, the browsing order, and the manifest.
    (Relevance order may differ after updates: Whoosh counts deleted documents
    in its word statistics until segments merge.)"""
    with Archive(index_dir) as archive:
        seen = tuple((q, frozenset(hit.statement.id for hit in archive.export(SearchRequest(q=q))))
                     for q in QUERIES)
        browsing = tuple(hit.statement.id for hit in archive.search(SearchRequest(size=100)).hits)
    manifest = storage.read_manifest(storage.current_build(index_dir))
    return seen, browsing, {key: value[0] for key, value in manifest.items()}


def served_is_intact(index_dir: Path) -> bool:
    build = storage.current_build(index_dir)
    if build is None:
        return True  # nothing published yet: nothing to damage
    manifest = storage.read_manifest(build)
    with Archive(index_dir) as archive:
        return archive.count() == len(manifest) and archive.search(SearchRequest(q="peace")).total > 0


def edit_corpus(corpus: Path, rng: random.Random, spare: list[Path]) -> None:
    """Change three speeches, add one, delete one: an incremental update's work."""
    files = sorted(corpus.glob("*.txt"))
    for path in rng.sample(files, 3):
        path.write_text(path.read_text(encoding="utf-8") + f"\nEdited {rng.random()}.\n", encoding="utf-8")
    rng.choice(files).unlink()
    if spare:
        shutil.copy(spare.pop(), corpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--work", default="/tmp/verbatim-crash")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    root = unpack(DEFAULT_CORPUS, Path(os.environ.get("VERBATIM_BENCH", "/tmp/verbatim-bench")))
    speeches = sorted((root / "speeches").rglob("*_*_*.txt"))
    chosen = rng.sample(speeches, args.files + 2 * args.runs)
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    for path in chosen[:args.files]:
        shutil.copy(path, corpus / path.name)
    spare = chosen[args.files:]
    index_dir = work / "index"

    started = time.monotonic()
    subprocess.run(index_command(corpus, index_dir), check=True, capture_output=True)
    full_seconds = time.monotonic() - started
    outcomes = {"killed before publishing": 0, "finished before the kill": 0}
    failures: list[str] = []
    for run in range(1, args.runs + 1):
        mode = MODES[(run - 1) % len(MODES)]
        rerun_command = index_command(None, index_dir)  # a rescan completes any kind of run
        if mode == "full":
            shutil.rmtree(storage.builds_dir(index_dir), ignore_errors=True)
            index_dir.unlink(missing_ok=True)
            delay = rng.uniform(0.2, full_seconds)
            run_command = rerun_command = index_command(corpus, index_dir)
        elif mode == "update":
            edit_corpus(corpus, rng, spare)
            delay = rng.uniform(0.05, 2.5)
            run_command = rerun_command
        elif mode == "add":
            added = Path(shutil.copy(spare.pop(), corpus))
            delay = rng.uniform(0.05, 1.5)
            run_command = index_command(added, index_dir)
        else:
            gone = rng.choice(sorted(corpus.glob("*.txt")))
            gone.unlink()
            delay = rng.uniform(0.05, 1.5)
            run_command = [*index_command(None, index_dir)[:3], "remove", str(gone), "--index", str(index_dir)]
        process = subprocess.Popen(run_command, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        outcomes["finished before the kill" if finished else "killed before publishing"] += 1
        if not served_is_intact(index_dir):
            failures.append(f"run {run} ({mode}, killed at {delay:.2f} s): the served index is damaged")
        rerun = subprocess.run(rerun_command, capture_output=True, text=True)
        if rerun.returncode != 0:
            failures.append(f"run {run} ({mode}): the next run failed: {rerun.stderr.strip()[-300:]}")
            continue
        clean = work / f"clean-{run}" / "index"
        subprocess.run(index_command(corpus, clean), check=True, capture_output=True)
        equal = snapshot(index_dir) == snapshot(clean)
        if not equal:
            failures.append(f"run {run} ({mode}, killed at {delay:.2f} s): recovered index differs from a clean build")
        shutil.rmtree(clean.parent)
        leftovers = [p for p in storage.builds_dir(index_dir).iterdir()
                     if p.is_dir() and not (p / storage.MANIFEST_NAME).is_file()]
        if leftovers:
            failures.append(f"run {run}: half-written build folders left: {leftovers}")
        print(f"run {run:2d} {mode:6s} kill at {delay:5.2f} s: {'finished first' if finished else 'killed'}; "
              f"{'recovered and equal to a clean build' if equal else 'DIFFERS from a clean build'}", flush=True)
    print(f"{args.runs} runs on {args.files} speeches (a full build takes {full_seconds:.1f} s): "
          + ", ".join(f"{count} {what}" for what, count in outcomes.items())
          + f"; {len(failures)} failures")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
