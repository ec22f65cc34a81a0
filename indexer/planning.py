"""Each source read once: its bytes, overrides, id and content hash, before the build decides what to do.

The build compares the content hashes with the served build's manifest to
index only what changed, and refuses a second file with the same id or the
same content. The bytes read here are the ones extracted, hashed and kept
in the build, so the record, its hash and the kept original always agree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from archive.statement import Statement
from indexer.extraction import extract
from indexer.overrides import Overrides, apply_overrides, read_overrides_file
from indexer.reading import SourceError, read_bytes, text_of
from indexer.reports import BuildReport, Skipped
from indexer.sources import SIDECAR_SUFFIX, SourceFile, statement_id

Item = TypeVar("Item")


@dataclass(frozen=True)
class Planned(Generic[Item]):
    """One document to index, read once: what its loader needs (`item`), its
    bytes, and the id and content hash its record will carry."""

    item: Item
    source: str  # as reported and recorded
    path: str | None  # the source file's absolute path, recorded in the manifest
    key: str
    digest: str
    data: bytes


Loader = Callable[[Planned], Statement]


@dataclass(frozen=True)
class SourceRead:
    """A source file and the overrides read with it: its sidecar's, and the archive's own (read-only folders)."""

    source_file: SourceFile
    sidecar: Overrides
    kept: Overrides | None = None


def archived_overrides(archived: Path, key: str) -> Path:
    return archived / f"{key}{SIDECAR_SUFFIX}"


def read_source(source_file: SourceFile, archived: Path | None = None) -> Planned[SourceRead]:
    """A source file, its sidecar and the archive's overrides for it (kept in
    `archived`), read once; SourceError if the file cannot be read.
    The content hash covers all three, so editing any of them re-indexes."""
    data = read_bytes(source_file.path)
    sidecar, sidecar_bytes = read_overrides_file(source_file.sidecar)
    key = sidecar.statement_id or statement_id(source_file.source)
    kept, kept_bytes = read_overrides_file(archived_overrides(archived, key)) if archived else (None, b"")
    digest = hashlib.sha256(data)
    digest.update(sidecar_bytes)
    digest.update(kept_bytes)
    path = str(source_file.path.resolve())
    return Planned(SourceRead(source_file, sidecar, kept), source_file.source, path, key, digest.hexdigest(), data)


def load_source(planned: Planned[SourceRead]) -> Statement:
    """The record of a source read by `read_source`; SourceError if its bytes
    hold no text. Overrides apply after extraction, the archive's after the
    sidecar's; a bad override costs no statement: its problems become the
    record's warnings."""
    read = planned.item
    text = text_of(read.source_file.path, planned.data)
    statement = extract(text, planned.source, planned.key, planned.digest)
    statement = apply_overrides(statement, read.sidecar)
    return apply_overrides(statement, read.kept) if read.kept is not None else statement


def load_statement(source_file: SourceFile) -> Statement:
    """One source file (and its sidecar) as a Statement: what `verbatim extract` and `check` show."""
    return load_source(read_source(source_file))


def plan_sources(files: list[SourceFile], report: BuildReport, archived: Path | None = None) -> list[Planned]:
    """The files to index, each read once: one per id and one per content; the others reported."""
    seen_ids: dict[str, str] = {}
    seen_content: dict[str, str] = {}
    planned = []
    for source_file in files:
        try:
            read = read_source(source_file, archived)
        except SourceError as error:
            report.skipped.append(Skipped(source_file.source, str(error)))
            continue
        if read.key in seen_ids:
            report.skipped.append(Skipped(read.source, f"same id as {seen_ids[read.key]}"))
        elif read.digest in seen_content:
            report.skipped.append(Skipped(read.source, f"duplicate of {seen_content[read.digest]}"))
        else:
            seen_ids[read.key] = seen_content[read.digest] = read.source
            planned.append(read)
    return planned
