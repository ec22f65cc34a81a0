"""The archive's sources: the files and folders it was built from, listed with
their statements' counts, and statements removed only when asked by name.

An archive keeps what it was given: indexing a path adds and updates; a
statement goes only when its file leaves a registered folder and the sources
are rescanned (`verbatim index` without a path), or when `verbatim remove`
names it or its path. Either way the summary names what was removed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from archive import storage
from indexer.build import Scope, build_from, source_root
from indexer.planning import load_source
from indexer.reports import BuildReport


def source_counts(index_dir: Path) -> list[tuple[str, int]]:
    """Each registered source with the number of statements from it; statements
    from elsewhere (an imported corpus) are counted under '(imported)'."""
    build = storage.current_build(index_dir)
    sources = storage.registered_sources(build)
    counts: Counter[str] = Counter()
    for recorded in (storage.read_manifest(build) or {}).values():
        path = recorded.path
        owner = next((s for s in sources if path and Path(path).is_relative_to(s)), "(imported)")
        counts[owner] += 1
    return [(source, counts[source]) for source in sources] + (
        [("(imported)", counts["(imported)"])] if counts["(imported)"] else [])


def remove(index_dir: Path, targets: list[str]) -> BuildReport:
    """Remove statements named by id, or every statement from a file or folder
    (which is no longer a registered source either). ValueError if a target
    names nothing in the archive."""
    report = BuildReport()
    build = storage.current_build(index_dir)
    manifest = storage.read_manifest(build) or {}
    sources = storage.registered_sources(build)
    keys: set[str] = set()
    dropped: set[str] = set()
    for target in targets:
        if target in manifest:
            keys.add(target)
            continue
        path = source_root(Path(target))
        named = {key for key, recorded in manifest.items()
                 if recorded.path and Path(recorded.path).is_relative_to(path)}
        unregistered = {source for source in sources if Path(source).is_relative_to(path)}
        if not named and not unregistered:
            raise ValueError(f"{target!r} is neither a statement id nor a source of {index_dir}")
        keys |= named
        dropped |= unregistered
    scope = Scope(tuple(s for s in sources if s not in dropped), removed=tuple(sorted(keys)))
    return build_from(load_source, [], index_dir, report, scope=scope)
