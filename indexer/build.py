"""Building the index from source folders or an imported corpus.

A build is written into a fresh folder and published only when it is
complete (archive.storage.publish), so a crash or a bad batch never damages
the index being served. A file that cannot be read is reported with its path
and reason, and the rest of the batch is indexed.

The work per document (reading, extraction, analysis, writing postings) is
spread over worker processes: each writes its own segment, and the parent
commits them together, as Whoosh's own multiprocess writer does.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from whoosh.writing import SegmentWriter

from archive import storage
from archive.documents import to_document
from archive.schema import build_schema
from archive.statement import Statement
from archive.storage import Recorded
from indexer.extraction import extract
from indexer.overrides import apply_overrides, read_overrides
from indexer.progress import Progress
from indexer.reading import SourceError, check_size, read_text
from indexer.sources import SIDECAR_SUFFIX, SourceFile, find_sources, statement_id

WRITER_MEMORY_MB = 256
PARALLEL_THRESHOLD = 200  # below this many documents one process is faster than starting workers
# An update is faster than a full build up to this many changed documents, or this share of them.
INCREMENTAL_MINIMUM = 100
INCREMENTAL_SHARE = 0.2

Loader = Callable[[object], "Loaded"]


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass(frozen=True)
class Planned:
    """One document to index: its source, the id and content hash its record will carry."""

    item: object
    key: str
    digest: str


@dataclass
class BuildReport:
    read: int = 0
    indexed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    build: Path | None = None
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)  # "id (source path)" of each statement removed
    kept: int = 0  # statements of other sources, left as they were

    def summary(self) -> str:
        skipped = [f"  skipped {item.source}: {item.reason}" for item in self.skipped]
        if self.build is None and not self.indexed and not self.removed:
            return "\n".join([f"{self.read} files read, all {self.unchanged} unchanged: the index is up to date "
                               f"({self.seconds:.1f} s)" + (f", {len(skipped)} skipped" if skipped else ""),
                               *skipped])
        counts = [f"{self.unchanged} unchanged"] if self.unchanged or self.removed else []
        counts += [f"{len(self.removed)} removed"] if self.unchanged or self.removed else []
        counts += [f"{self.kept} kept from other sources"] if self.kept else []
        lines = [f"{self.read} files read, {self.indexed} indexed{''.join(', ' + c for c in counts)}, "
                 f"{len(self.skipped)} skipped in {self.seconds:.1f} s"]
        lines += skipped
        lines += [f"  removed {item}" for item in self.removed]
        return "\n".join(lines)


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


class Loaded(NamedTuple):
    """A statement and the bytes it was read from, which the build keeps."""

    statement: Statement
    original: bytes | None


def load_source(source_file: SourceFile, archived: Path | None = None) -> Loaded:
    """One source file (and its sidecar) as a Statement, with the bytes read;
    SourceError if unreadable. Overrides kept in the archive's folder
    `archived` (for read-only sources) apply after the sidecar's. A bad sidecar
    costs no statement: its problems become the record's warnings."""
    text, data = read_text(source_file.path)
    sidecar = read_overrides(source_file.sidecar)
    statement_key = sidecar.statement_id or statement_id(source_file.source)
    statement = extract(text, source_file.source, statement_key, fingerprint(source_file, data, archived))
    statement = apply_overrides(statement, sidecar)
    if archived is not None:
        statement = apply_overrides(statement, read_overrides(archived_overrides(archived, statement_key)))
    return Loaded(statement, data)


def load_statement(source_file: SourceFile) -> Statement:
    """One source file (and its sidecar) as a Statement: what `verbatim extract` and `check` show."""
    return load_source(source_file).statement


def archived_overrides(archived: Path, key: str) -> Path:
    return archived / f"{key}{SIDECAR_SUFFIX}"


def fingerprint(source_file: SourceFile, data: bytes, archived: Path | None = None) -> str:
    """The content hash: the file's bytes, its sidecar's and the archive's overrides for it, if any."""
    digest = hashlib.sha256(data)
    overrides = [source_file.sidecar]
    if archived is not None:
        key = read_overrides(source_file.sidecar).statement_id or statement_id(source_file.source)
        overrides.append(archived_overrides(archived, key))
    for path in overrides:
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def gather_sources(roots) -> list[SourceFile]:
    files = []
    for root in roots:
        if not root.exists():
            raise FileNotFoundError(f"{root}: no such file or folder")
        files.extend(find_sources(root))
    return files


def plan_sources(files: list[SourceFile], report: BuildReport, archived: Path | None = None) -> list[Planned]:
    """The files to index: one per id and one per content; the others reported."""
    seen_ids: dict[str, tuple[str, str | None]] = {}
    seen_content: dict[str, tuple[str, str | None]] = {}
    planned = []
    for source_file in files:
        try:
            check_size(source_file.path)
            data = source_file.path.read_bytes()
            key = read_overrides(source_file.sidecar).statement_id or statement_id(source_file.source)
        except (OSError, ValueError, SourceError) as error:
            reason = f"cannot read the file: {error.strerror}" if isinstance(error, OSError) else str(error)
            report.skipped.append(Skipped(source_file.source, reason))
            continue
        digest = fingerprint(source_file, data, archived)
        if key in seen_ids:
            report.skipped.append(Skipped(source_file.source, f"same id as {seen_ids[key]}"))
        elif digest in seen_content:
            report.skipped.append(Skipped(source_file.source, f"duplicate of {seen_content[digest]}"))
        else:
            seen_ids[key] = seen_content[digest] = source_file.source
            planned.append(Planned(source_file, key, digest))
    return planned


def source_root(path: Path) -> Path:
    """A source as the archive records it: absolute, links resolved unless the source is one."""
    return path.absolute() if path.is_symlink() else path.resolve()


def build_index(roots, index_dir: Path, show_progress: bool | None = None, workers: int | None = None) -> BuildReport:
    """Index the sources under `roots` (added or updated; every other statement
    kept) and remember them; with no roots, rescan the remembered sources and
    remove the statements whose files have left them. Publishes the new index."""
    started = time.monotonic()
    registered = storage.registered_sources(storage.current_build(index_dir))
    rescan = not roots
    if rescan and not registered:
        raise SourceError(f"{index_dir} remembers no sources yet: name the files or folders to index")
    roots = [Path(path) for path in outermost(registered)] if rescan else [source_root(Path(root)) for root in roots]
    files = gather_sources(roots)
    if not files and not rescan:
        raise SourceError("no source files found: nothing to index")
    scope = Scope(outermost({*registered, *map(str, roots)}), tuple(roots) if rescan else ())
    return index_files(files, index_dir, scope, started, show_progress, workers)


def outermost(sources) -> tuple[str, ...]:
    """The sources to remember: a file or folder inside another one is already
    rescanned with it, so it is not remembered (nor read) twice."""
    paths = sorted(set(sources))
    return tuple(p for p in paths if not any(p != q and Path(p).is_relative_to(q) for q in paths))


def index_files(files: list[SourceFile], index_dir: Path, scope: Scope | None = None, started: float | None = None,
                show_progress: bool | None = False, workers: int | None = None) -> BuildReport:
    """Index these source files, with the archive's overrides, within `scope`."""
    report = BuildReport(read=len(files))
    archived = storage.overrides_dir(index_dir)
    planned = plan_sources(files, report, archived)
    loader = functools.partial(load_source, archived=archived)
    return build_from(loader, planned, index_dir, report, started or time.monotonic(), show_progress, workers, scope)


def build_from(loader: Loader, planned: Sequence[Planned], index_dir: Path, report: BuildReport, started: float,
               show_progress: bool | None = None, workers: int | None = None,
               scope: Scope | None = None) -> BuildReport:
    """Bring the index up to date with `planned`, and publish it if anything changed.

    Documents whose content hash matches the served build's manifest are left
    alone; statements not planned are kept unless `scope` removes them; a few
    changes, or any statement kept, update a clone of the served build; many
    changes, or no previous build, make a full build. One build of an index at a time."""
    with storage.build_lock(index_dir):
        return _build_unlocked(loader, planned, index_dir, report, started, show_progress, workers, scope)


def _build_unlocked(loader: Loader, planned: Sequence[Planned], index_dir: Path, report: BuildReport,
                    started: float, show_progress: bool | None, workers: int | None,
                    scope: Scope | None) -> BuildReport:
    previous = storage.current_build(index_dir)
    recorded = storage.read_manifest(previous)
    registered = storage.registered_sources(previous)
    scope = scope or Scope(registered)
    if recorded is not None:
        changed = [p for p in planned if p.key not in recorded or recorded[p.key].digest != p.digest]
        gone = sorted(set(recorded) - {p.key for p in planned})
        removed = [key for key in gone if scope.removes(key, recorded[key].path)]
        report.kept = len(gone) - len(removed)
        report.unchanged = len(planned) - len(changed)
        if not changed and not removed and scope.sources == registered:
            report.seconds = time.monotonic() - started
            return report
        if report.kept or len(changed) + len(removed) <= max(INCREMENTAL_MINIMUM, INCREMENTAL_SHARE * len(recorded)):
            return _update(loader, previous, changed, removed, index_dir, report, started, scope.sources)
        report.unchanged = 0
    workers = workers or os.cpu_count() or 1
    if len(planned) < PARALLEL_THRESHOLD:
        workers = 1
    build = storage.new_build_dir(index_dir)
    with _discarded_on_failure(build):
        ix = storage.open_storage(build).create_index(build_schema())
        progress = Progress(len(planned), "indexing", enabled=show_progress)
        items = [p.item for p in planned]
        if workers == 1:
            indexed = _index_in_process(ix.writer(limitmb=WRITER_MEMORY_MB), loader, items, report, progress)
        else:
            indexed = _index_in_workers(ix, loader, items, report, progress, workers)
        return _publish(build, indexed, index_dir, report, started, scope.sources)


def _update(loader: Loader, previous: Path, changed: list[Planned], removed: list[str], index_dir: Path,
            report: BuildReport, started: float, sources: tuple[str, ...]) -> BuildReport:
    """Delete what changed or went, add what changed or came, on a clone of the served build."""
    build = storage.clone_build(previous, index_dir)
    with _discarded_on_failure(build):
        manifest = storage.read_manifest(build)
        writer = storage.open_storage(build).open_index().writer(limitmb=WRITER_MEMORY_MB)
        for key in [*removed, *(p.key for p in changed)]:
            writer.delete_by_term("id", key)
        report.removed = [f"{key} ({manifest[key].path})" for key in removed]
        for key in [*removed, *(p.key for p in changed)]:
            manifest.pop(key, None)
        progress = Progress(len(changed), "updating", enabled=False)
        manifest.update(_index_in_process(writer, loader, [p.item for p in changed], report, progress,
                                          allow_empty=True))
        if not manifest:
            raise SourceError("that would leave the archive empty; the served index is unchanged")
        return _publish(build, manifest, index_dir, report, started, sources)


@contextmanager
def _discarded_on_failure(build: Path):
    """A build that fails before it is published leaves nothing behind."""
    try:
        yield
    except BaseException:
        storage.discard(build)
        raise


def _publish(build: Path, manifest: dict, index_dir: Path, report: BuildReport, started: float,
             sources: tuple[str, ...]) -> BuildReport:
    storage.drop_unkept_originals(build, manifest)
    storage.write_manifest(build, manifest, sources)  # a build folder with a manifest is complete
    storage.publish(index_dir, build)
    report.build = build
    report.seconds = time.monotonic() - started
    return report


def _add(writer, loader: Loader, items, report: BuildReport, advance: Callable[[], None]) -> dict[str, Recorded]:
    """Add each item's record, and keep its original in the build; returns what
    the manifest records of those added."""
    build = Path(writer.storage.folder)
    added = {}
    for item in items:
        advance()
        try:
            statement, data = loader(item)
        except (SourceError, ValueError) as error:
            report.skipped.append(Skipped(getattr(item, "source", str(item)), str(error)))
            continue
        writer.add_document(**to_document(statement))
        source_path = getattr(item, "path", None)
        path = str(Path(source_path).resolve()) if source_path else None
        original = storage.keep_original(build, data) if data is not None else None
        added[statement.id] = Recorded(statement.content_hash, path, original)
        report.indexed += 1
    return added


def _index_in_process(writer, loader: Loader, items, report: BuildReport, progress: Progress,
                      allow_empty: bool = False) -> dict[str, Recorded]:
    try:
        added = _add(writer, loader, items, report, progress.advance)
    except BaseException:
        writer.cancel()
        raise
    if not added and not allow_empty:
        writer.cancel()
        raise SourceError("no file could be indexed; the served index is unchanged")
    writer.commit()
    return added


# -- worker processes -----------------------------------------------------------

_done_counter = None


def _init_worker(counter) -> None:
    global _done_counter
    _done_counter = counter


def _count_one() -> None:
    with _done_counter.get_lock():
        _done_counter.value += 1


def _index_share(build: str, loader: Loader, items: list):
    """In a worker: index a share of the items into a segment of its own."""
    ix = storage.open_storage(Path(build)).open_index()
    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MEMORY_MB)
    report = BuildReport()
    try:
        added = _add(writer, loader, items, report, _count_one)
        segment = writer._finalize_segment() if added else None
        if segment is None:
            writer.cancel()
    except BaseException:
        writer.cancel()
        raise
    return segment, added, report.skipped


def _index_in_workers(ix, loader: Loader, items, report: BuildReport, progress: Progress,
                      workers: int) -> dict[str, Recorded]:
    """Each worker writes a segment; the parent, holding the index lock, commits them together."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    parent = SegmentWriter(ix, limitmb=16)
    try:
        shares = [list(items[n::workers]) for n in range(workers)]
        with context.Pool(workers, initializer=_init_worker, initargs=(counter,)) as pool:
            pending = pool.starmap_async(_index_share, [(str(ix.storage.folder), loader, s) for s in shares])
            while not pending.ready():
                pending.wait(0.2)
                progress.advance(counter.value - progress.done)
            results = pending.get()
        progress.advance(counter.value - progress.done)
        segments = [segment for segment, _, _ in results if segment is not None]
        added: dict[str, Recorded] = {}
        for _segment, share_added, skipped in results:
            added.update(share_added)
            report.indexed += len(share_added)
            report.skipped.extend(skipped)
        if not added:
            raise SourceError("no file could be indexed; the served index is unchanged")
        # Whoosh's MpWriter commits its workers' segments the same way (whoosh/multiproc.py).
        parent._close_segment()
        parent._commit_toc(segments)
        parent._finish()
    except BaseException:
        parent.cancel()
        raise
    return added
