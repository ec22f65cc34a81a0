"""Building the index from source folders or an imported corpus.

A build is written into a fresh folder and published only when it is
complete (archive.storage.publish), so a crash or a bad batch never damages
the index being served. A file that cannot be read is reported with its path
and reason, and the rest of the batch is indexed.

Every write goes through the engine's Writer (archive.engine). The work per
document (extraction, analysis, writing postings) is spread over worker
processes, each writing a share that the parent commits together.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from archive import storage
from archive.engines import DEFAULT_ENGINE
from archive.storage import Recorded
from indexer.planning import Loader, Planned, load_source, plan_sources
from indexer.reading import SourceError
from indexer.reports import BuildReport, Skipped
from indexer.rules import rules_fingerprint
from indexer.sources import SourceFile, find_sources

PARALLEL_THRESHOLD = 200  # below this many documents one process is faster than starting workers
# An update is faster than a full build up to this many changed documents, or this share of them.
INCREMENTAL_MINIMUM = 100
INCREMENTAL_SHARE = 0.2


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Receipts:
    """When each statement was first received: kept from the served build, else now (this run)."""

    earlier: Mapping[str, str] = field(default_factory=dict)
    now: str = field(default_factory=utc_now)

    def of(self, statement_id: str) -> str:
        return self.earlier.get(statement_id, self.now)


@dataclass(frozen=True)
class Scope:
    """What a run may remove, and the sources the archive remembers after it.

    Indexing named paths adds and updates and removes nothing; a rescan of the
    registered sources removes the statements whose files left a registered
    folder; `verbatim remove` names what goes."""

    sources: tuple[str, ...]
    rescanned: tuple[Path, ...] = ()
    removed: tuple[str, ...] = ()

    def removes(self, key: str, path: str | None) -> bool:
        return key in self.removed or bool(path and any(Path(path).is_relative_to(r) for r in self.rescanned))


def gather_sources(roots) -> list[SourceFile]:
    files = []
    for root in roots:
        if not root.exists():
            raise FileNotFoundError(f"{root}: no such file or folder")
        files.extend(find_sources(root))
    return files


def source_root(path: Path) -> Path:
    """A source as the archive records it: absolute, links resolved unless the source is one."""
    return path.absolute() if path.is_symlink() else path.resolve()


def outermost(sources) -> tuple[str, ...]:
    """The sources to remember: a file or folder inside another one is already
    rescanned with it, so it is not remembered (nor read) twice."""
    paths = sorted(set(sources))
    return tuple(p for p in paths if not any(p != q and Path(p).is_relative_to(q) for q in paths))


def build_index(roots, index_dir: Path, show_progress: bool | None = None, workers: int | None = None) -> BuildReport:
    """Index the sources under `roots` (added or updated; every other statement
    kept) and remember them; with no roots, rescan the remembered sources and
    remove the statements whose files have left them. Publishes the new index."""
    report = BuildReport(show_progress=show_progress)
    registered = storage.registered_sources(storage.current_build(index_dir))
    rescan = not roots
    if rescan and not registered:
        raise SourceError(f"{index_dir} remembers no sources yet: name the files or folders to index")
    roots = [Path(path) for path in outermost(registered)] if rescan else [source_root(Path(root)) for root in roots]
    files = gather_sources(roots)
    if not files and not rescan:
        raise SourceError("no source files found: nothing to index")
    scope = Scope(outermost({*registered, *map(str, roots)}), tuple(roots) if rescan else ())
    return index_files(files, index_dir, scope, report, workers)


def index_files(files: list[SourceFile], index_dir: Path, scope: Scope | None = None,
                report: BuildReport | None = None, workers: int | None = None) -> BuildReport:
    """Index these source files, with the archive's overrides, within `scope`."""
    report = report or BuildReport()
    report.read = len(files)
    planned = plan_sources(files, report, storage.overrides_dir(index_dir))
    return build_from(load_source, planned, index_dir, report, workers, scope)


def build_from(loader: Loader, planned: Sequence[Planned], index_dir: Path, report: BuildReport,
               workers: int | None = None, scope: Scope | None = None) -> BuildReport:
    """Bring the index up to date with `planned`, and publish it if anything changed.

    Documents whose content hash matches the served build's manifest are left
    alone, unless the served build was read with other rules (indexer.rules);
    statements not planned are kept unless `scope` removes them; a few changes,
    or any statement kept, update a clone of the served build; many changes, or
    no previous build, make a full build. One build of an index at a time."""
    with storage.build_lock(index_dir):
        previous = storage.current_build(index_dir)
        recorded = storage.read_manifest(previous)
        registered = storage.registered_sources(previous)
        scope = scope or Scope(registered)
        run = _Run(loader, index_dir, report, scope.sources, Receipts(storage.received_in(previous), utc_now()))
        # Rules changed since the served build (an upgrade): every planned document is read again.
        reread = storage.rules_of(previous) != rules_fingerprint()
        if recorded is not None:
            changed = [p for p in planned if reread or p.key not in recorded or recorded[p.key].digest != p.digest]
            gone = sorted(set(recorded) - {p.key for p in planned})
            removed = [key for key in gone if scope.removes(key, recorded[key].path)]
            report.kept = len(gone) - len(removed)
            report.unchanged = len(planned) - len(changed)
            if not changed and not removed and scope.sources == registered:
                return report.finish()
            if report.kept or len(changed) + len(removed) <= max(INCREMENTAL_MINIMUM,
                                                                 INCREMENTAL_SHARE * len(recorded)):
                return run.update(previous, changed, removed)
            report.unchanged = 0
        workers = 1 if len(planned) < PARALLEL_THRESHOLD else workers or os.cpu_count() or 1
        return run.full(planned, workers)


@dataclass(frozen=True)
class _Run:
    """One build under the lock: what it loads with, where it publishes, what it reports and remembers."""

    loader: Loader
    index_dir: Path
    report: BuildReport
    sources: tuple[str, ...]
    receipts: Receipts

    def full(self, planned: Sequence[Planned], workers: int) -> BuildReport:
        """Every planned document into a fresh build."""
        build = storage.new_build_dir(self.index_dir)
        with _discarded_on_failure(build):
            DEFAULT_ENGINE.create(build)
            self.report.start_progress(len(planned), "indexing")
            if workers == 1:
                return self.publish(build, self.index_in_process(build, planned))
            return self.publish(build, self.index_in_workers(build, planned, workers))

    def update(self, previous: Path, changed: list[Planned], removed: list[str]) -> BuildReport:
        """Delete what changed or went, add what changed or came, on a clone of the served build."""
        build = storage.clone_build(previous, self.index_dir)
        with _discarded_on_failure(build):
            manifest = storage.read_manifest(build)
            self.report.removed = [f"{key} ({manifest[key].path})" for key in removed]
            replaced = [*removed, *(p.key for p in changed)]
            for key in replaced:
                manifest.pop(key, None)
            self.report.start_progress(len(changed), "updating", shown=False)
            manifest.update(self.index_in_process(build, changed, deleted=replaced))
            if not manifest:
                raise SourceError("that would leave the archive empty; the served index is unchanged")
            return self.publish(build, manifest)

    def publish(self, build: Path, manifest: dict[str, Recorded]) -> BuildReport:
        storage.drop_unkept_originals(build, manifest)
        # A build folder with a manifest is complete.
        storage.write_manifest(build, manifest, self.sources, rules_fingerprint())
        storage.publish(self.index_dir, build)
        return self.report.finish(build)

    def index_in_process(self, build: Path, planned: Sequence[Planned],
                         deleted: Sequence[str] | None = None) -> dict[str, Recorded]:
        """Add `planned` in one commit; in an update, after deleting `deleted`. A
        full build (`deleted` None) in which no file could be indexed is refused."""
        writer = DEFAULT_ENGINE.writer(build)
        try:
            for key in deleted or ():
                writer.delete(key)
            added = _add(writer, build, self.loader, self.receipts, planned, self.report,
                         self.report.progress.advance)
        except BaseException:
            writer.cancel()
            raise
        if not added and deleted is None:
            writer.cancel()
            raise SourceError("no file could be indexed; the served index is unchanged")
        writer.commit()
        return added

    def index_in_workers(self, build: Path, planned: Sequence[Planned], workers: int) -> dict[str, Recorded]:
        """Each worker writes a share; the parent, holding the build lock, commits them together."""
        results = _in_workers(build, self.loader, self.receipts, planned, workers, self.report.progress)
        added: dict[str, Recorded] = {}
        for _token, share_added, skipped in results:
            added.update(share_added)
            self.report.indexed += len(share_added)
            self.report.skipped.extend(skipped)
        if not added:
            raise SourceError("no file could be indexed; the served index is unchanged")
        DEFAULT_ENGINE.commit_shares(build, [token for token, _, _ in results])
        return added


@contextmanager
def _discarded_on_failure(build: Path):
    """A build that fails before it is published leaves nothing behind."""
    try:
        yield
    except BaseException:
        storage.discard(build)
        raise


def _add(writer, build: Path, loader: Loader, receipts: Receipts, planned: Sequence[Planned], report: BuildReport,
         advance) -> dict[str, Recorded]:
    """Add each planned record, and keep its original in the build; returns what
    the manifest records of those added."""
    added = {}
    for item in planned:
        advance()
        try:
            statement = loader(item)
        except (SourceError, ValueError) as error:
            report.skipped.append(Skipped(item.source, str(error)))
            continue
        received = receipts.of(statement.id)
        writer.add(statement, received)
        added[statement.id] = Recorded(statement.content_hash, item.path, storage.keep_original(build, item.data),
                                       received)
        report.indexed += 1
    return added


# -- worker processes -----------------------------------------------------------
# Workers are forked: they inherit the planned documents (and their bytes) from
# the parent, so nothing is copied to them but the numbers of their share.

_planned: Sequence[Planned] = ()
_loader: Loader | None = None
_receipts = Receipts()
_done_counter = None


def _init_worker(counter) -> None:
    global _done_counter
    _done_counter = counter


def _count_one() -> None:
    with _done_counter.get_lock():
        _done_counter.value += 1


def _index_share(build: str, first: int, step: int):
    """In a worker: index every `step`-th planned document from `first` into a share of its own."""
    writer = DEFAULT_ENGINE.share_writer(Path(build))
    report = BuildReport()
    try:
        added = _add(writer, Path(build), _loader, _receipts, _planned[first::step], report, _count_one)
        token = writer.finish()
    except BaseException:
        writer.cancel()
        raise
    return token, added, report.skipped


def _in_workers(build: Path, loader: Loader, receipts: Receipts, planned: Sequence[Planned], workers: int,
                progress) -> list:
    """(share token, records added, skipped) of each worker's share, the progress kept up meanwhile."""
    global _planned, _loader, _receipts
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    _planned, _loader, _receipts = planned, loader, receipts
    try:
        with context.Pool(workers, initializer=_init_worker, initargs=(counter,)) as pool:
            pending = pool.starmap_async(_index_share, [(str(build), n, workers) for n in range(workers)])
            while not pending.ready():
                pending.wait(0.2)
                progress.advance(counter.value - progress.done)
            results = pending.get()
    finally:
        _planned, _loader, _receipts = (), None, Receipts()
    progress.advance(counter.value - progress.done)
    return results
