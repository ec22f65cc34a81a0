"""`verbatim correct`: a field set by hand, written where it will last, applied at once.

The correction goes into the sidecar beside the source (NAME.meta.json), where
any later `verbatim index` of that folder reads it; when the source's folder is
read-only (a shared corpus, a mounted archive), into the archive's own
overrides folder instead, which every build of that index reads. Then only
that statement is re-indexed; every other statement is kept as it is.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from archive import Archive, Statement, storage
from indexer.build import index_files
from indexer.overrides import SETTABLE, read_overrides, validated
from indexer.planning import archived_overrides
from indexer.reading import SourceError
from indexer.sources import SourceFile, statement_id


@dataclass(frozen=True)
class Correction:
    written: Path
    statement: Statement


def parse_assignments(assignments: list[str]) -> dict:
    """'country=Moldova' -> {'country': 'Moldova'}; 'location=' clears the field."""
    changes = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{assignment!r}: write FIELD=VALUE, e.g. country=Moldova (fields: {', '.join(SETTABLE)})")
        changes[name.strip()] = value.strip() or None
    return changes


def correct(index_dir: Path, key: str, changes: dict) -> Correction:
    """Write `changes` for statement `key` and re-index it; ValueError or
    SourceError with what to do when that cannot be done."""
    problems = validated(changes)[1]
    if problems:
        raise ValueError("; ".join(problems))
    source_file = _source_of(index_dir, key)
    target = source_file.sidecar if _writable(source_file.path.parent) \
        else archived_overrides(storage.overrides_dir(index_dir), key)
    _merge_into(target, changes)
    report = index_files([source_file], index_dir)
    if report.skipped:
        raise SourceError(f"{key} could not be re-indexed: {report.skipped[0].reason}")
    with Archive(index_dir) as archive:
        return Correction(target, archive.get(key))


def _source_of(index_dir: Path, key: str) -> SourceFile:
    """The source file statement `key` was indexed from, as the served build recorded it."""
    recorded = (storage.read_manifest(storage.current_build(index_dir)) or {}).get(key)
    if recorded is None:
        raise ValueError(f"no statement with id {key!r} in {index_dir}")
    path = Path(recorded.path) if recorded.path else None
    if path is None or not path.is_file():
        raise SourceError(f"the source file of {key!r} ({path}) is not there any more: restore it to correct it")
    with Archive(index_dir) as archive:
        source = archive.get(key).source
    source_file = SourceFile(path, source)
    if (read_overrides(source_file.sidecar).statement_id or statement_id(source)) != key:
        raise SourceError(f"{key!r} was imported from a corpus, not indexed from a file: correct it in the corpus "
                          "and import it again")
    return source_file


def _writable(folder: Path) -> bool:
    """A folder the user may write in. Its permission bits are honoured even
    for root, who could write anyway: a folder made read-only is meant to stay so."""
    return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & 0o222)


def _merge_into(target: Path, changes: dict) -> None:
    """Add `changes` to the overrides already in `target`, written whole or not
    at all (through a hidden file, which no scan of the folder takes for a source)."""
    data: object = {}
    if target.is_file():
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
        except ValueError:
            data = None
    if not isinstance(data, dict):
        raise ValueError(f"{target} does not hold a JSON object of fields: fix or remove it, then correct again")
    data.update(changes)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    partial.replace(target)
