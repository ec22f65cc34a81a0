"""Building the index from source folders.

A build is written into a fresh folder and published only when it is
complete (archive.storage.publish), so a crash or a bad batch never damages
the index being served. A file that cannot be read is reported with its path
and reason, and the rest of the batch is indexed.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive import storage
from archive.documents import to_document
from archive.schema import build_schema
from archive.statement import Statement
from indexer.extraction import apply_overrides, extract
from indexer.progress import Progress
from indexer.reading import SourceError, read_text
from indexer.sources import SourceFile, find_sources, read_sidecar, statement_id

WRITER_MEMORY_MB = 256


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class BuildReport:
    read: int = 0
    indexed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    build: Path | None = None

    def summary(self) -> str:
        lines = [f"{self.read} files read, {self.indexed} indexed, {len(self.skipped)} skipped "
                 f"in {self.seconds:.1f} s"]
        lines += [f"  skipped {item.source}: {item.reason}" for item in self.skipped]
        return "\n".join(lines)


def load_statement(source_file: SourceFile) -> Statement:
    """One source file (and its sidecar) as a Statement; SourceError if unreadable."""
    text, data = read_text(source_file.path)
    overrides = read_sidecar(source_file)
    digest = hashlib.sha256(data)
    if overrides:
        digest.update(source_file.sidecar.read_bytes())
    statement_key = overrides.pop("id", None) or statement_id(source_file.source)
    statement = extract(text, source_file.source, statement_key, digest.hexdigest())
    return apply_overrides(statement, overrides, source_file.sidecar.name)


def gather_sources(roots: Iterable[Path]) -> list[SourceFile]:
    files = []
    for root in roots:
        if not root.exists():
            raise FileNotFoundError(f"{root}: no such file or folder")
        files.extend(find_sources(root))
    return files


def build_index(roots: Iterable[Path], index_dir: Path, show_progress: bool | None = None) -> BuildReport:
    """Read every source under `roots`, index them, and publish the new index."""
    started = time.monotonic()
    files = gather_sources(roots)
    report = BuildReport(read=len(files))
    if not files:
        raise SourceError("no source files found: nothing to index")
    build = storage.new_build_dir(index_dir)
    try:
        ix = storage.open_storage(build).create_index(build_schema())
        writer = ix.writer(limitmb=WRITER_MEMORY_MB)
        try:
            _add_statements(writer, files, report, Progress(len(files), "indexing", enabled=show_progress))
        except BaseException:
            writer.cancel()
            raise
        if report.indexed == 0:
            writer.cancel()
            raise SourceError("no file could be indexed; the served index is unchanged")
        writer.commit()
        ix.close()
        storage.publish(index_dir, build)
    except BaseException:
        storage.discard(build)
        raise
    report.build = build
    report.seconds = time.monotonic() - started
    return report


def _add_statements(writer, files: list[SourceFile], report: BuildReport, progress: Progress) -> None:
    """Add each readable file once; the unreadable and the duplicates go to the report."""
    seen_ids: dict[str, str] = {}
    seen_content: dict[str, str] = {}
    for source_file in files:
        progress.advance()
        try:
            statement = load_statement(source_file)
        except (SourceError, ValueError) as error:
            report.skipped.append(Skipped(source_file.source, str(error)))
            continue
        if statement.id in seen_ids:
            report.skipped.append(Skipped(source_file.source, f"same id as {seen_ids[statement.id]}"))
            continue
        if statement.content_hash in seen_content:
            duplicate_of = seen_content[statement.content_hash]
            report.skipped.append(Skipped(source_file.source, f"duplicate of {duplicate_of}"))
            continue
        seen_ids[statement.id] = seen_content[statement.content_hash] = source_file.source
        writer.add_document(**to_document(statement))
        report.indexed += 1
