"""Where the index lives on disk, and how a new build replaces the old one.

The configured index path (instance/index by default) is a symbolic link to
a build folder beside it (instance/index.builds/<stamp>). A build is written
into a fresh folder and published by swapping the link in one rename, so
readers see either the old index or the new one, never half of one, and a
failed build leaves the served index untouched. A folder cannot be renamed
over a non-empty folder; a link can (../shared/notes/whoosh-measured.md).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from archive.engines import DEFAULT_ENGINE
from archive.errors import IndexBusy, NotAnIndex

# Raised whenever the index schema, a posting format or what a build keeps changes:
# a build in another format is rebuilt whole, never updated in place.
# 4: each build keeps a copy of every original as indexed (ORIGINALS).
# 5: title and body words as written, for wildcards (archive.whoosh_engine.schema.WRITTEN_FIELDS).
# 7: each statement's id, when it was received and its facet values in one column
#    (archive.whoosh_engine.schema.FACET_ROW_FIELD); what a statement mentions, its meeting and
#    symbols as facets; symbols also without their year; its count of words (schema.WORD_COUNT).
#    (6 named unfinished layouts of this during development: their builds are rebuilt too.)
# 8: the facet row also holds each statement's post and its speaker as written (profiles).
# 9: each record keeps the States a right of reply answers (Statement.replies_to_states), which reply
#    threads are found by: an index without them would show no thread, so it is rebuilt.
# 10: the pairs of adjacent common words of each body, which phrases are matched in, and how often
#     it holds each common word, which their scores are read from (archive.whoosh_engine.schema.PAIR_FIELDS,
#     COUNT_FIELDS; the common words: whoosh_engine/common_terms.txt).
INDEX_FORMAT = 10
KEEP_PREVIOUS_BUILDS = 1
# In each build folder: the index format, and statement id -> [content hash, absolute path of its source file].
MANIFEST_NAME = "verbatim-manifest.json"
# In each build folder: a copy of every source as it was indexed, named by its hash.
ORIGINALS = "originals"
# How a manifest written by write_manifest begins.
_FORMAT_FIRST = re.compile(rb'\{"format": (\d+),')
_RULES_FIRST = re.compile(rb'^\{"format": \d+, "rules": "([0-9a-f]+)"')

class Recorded(NamedTuple):
    """What a build records of one statement."""

    digest: str  # the content hash: source bytes and overrides
    path: str | None  # the source file's absolute path when it was indexed
    original: str | None = None  # the name of the build's copy of the source bytes, under originals/
    received: str | None = None  # when the archive first indexed the statement (UTC, ISO 8601), kept across builds


def read_manifest(build: Path | None) -> dict[str, Recorded] | None:
    """What `build` holds, by statement id; None if unknown, or written in
    another index format (then nothing can be reused)."""
    written_in, statements = _manifest(build)
    if written_in != INDEX_FORMAT or statements is None:
        return None
    return statements


def index_format(build: Path) -> int | None:
    """The index format `build` was written in (1 for builds that did not record it). A manifest
    begins with its format (write_manifest sorts its keys), so that is read alone: parsing the
    whole manifest of 54,760 statements was 0.15 s of opening the archive (issue 18)."""
    try:
        with (build / MANIFEST_NAME).open("rb") as manifest:
            written_first = _FORMAT_FIRST.match(manifest.read(64))
    except OSError:
        return None
    return int(written_first.group(1)) if written_first else _manifest(build)[0]


def received_in(build: Path | None) -> dict[str, str]:
    """When each statement of `build` was first received, whatever its format: a
    full rebuild keeps the dates its statements came in (feeds order by them)."""
    statements = _manifest(build)[1] or {}
    return {key: recorded.received for key, recorded in statements.items() if recorded.received}


def sources_of(build: Path) -> list[str | None]:
    """The source path of every statement in `build`, whatever its format."""
    statements = _manifest(build)[1]
    return [recorded.path for recorded in (statements or {}).values()]


def _manifest(build: Path | None) -> tuple[int | None, dict[str, Recorded] | None]:
    path = build / MANIFEST_NAME if build else None
    if path is None or not path.is_file():
        return None, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        written_in, statements = (data["format"], data["statements"]) if "format" in data else (1, data)
        return written_in, {key: Recorded(*value[:4]) for key, value in statements.items()}
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        return None, None


def write_manifest(build: Path, manifest: dict[str, Recorded], sources: tuple[str, ...] = (),
                   rules: str | None = None) -> None:
    """Record what `build` holds, the files and folders the archive was built from
    (rescanned by `verbatim index` without a path), and the fingerprint of the rules
    that read its documents (indexer.rules)."""
    statements = {key: list(value) for key, value in manifest.items()}
    data = {"format": INDEX_FORMAT, "statements": statements, "sources": sorted(sources), "rules": rules}
    # Replaced, never rewritten in place: an update's build shares its files with the served one.
    partial = build / f".{MANIFEST_NAME}.{os.getpid()}"
    partial.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(partial, build / MANIFEST_NAME)


def rules_of(build: Path | None) -> str | None:
    """The fingerprint of the rules `build`'s records were read with (None before builds recorded it). It is
    written before the statements (write_manifest sorts its keys), so the manifest's first bytes hold it."""
    try:
        with (build / MANIFEST_NAME).open("rb") as manifest:
            found = _RULES_FIRST.search(manifest.read(4096))
    except (OSError, TypeError):
        return None
    return found.group(1).decode() if found else None


def registered_sources(build: Path | None) -> tuple[str, ...]:
    """The files and folders `build` was made from, as absolute paths."""
    path = build / MANIFEST_NAME if build else None
    if path is None or not path.is_file():
        return ()
    try:
        return tuple(json.loads(path.read_text(encoding="utf-8")).get("sources", ()))
    except (ValueError, AttributeError):
        return ()


def overrides_dir(index_dir: Path) -> Path:
    """Fields set by hand for sources whose folder is read-only, one JSON file
    per statement id; beside the builds, so every build reads them."""
    return index_dir.parent / f"{index_dir.name}.overrides"


def builds_dir(index_dir: Path) -> Path:
    return index_dir.parent / f"{index_dir.name}.builds"


def current_build(index_dir: Path) -> Path | None:
    """The build folder the index path points at, or None if there is none yet."""
    if not index_dir.is_symlink():
        return index_dir if DEFAULT_ENGINE.holds_index(index_dir) else None
    target = index_dir.parent / os.readlink(index_dir)
    return target if target.is_dir() else None


def new_build_dir(index_dir: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    path = builds_dir(index_dir) / f"{stamp}-{os.getpid()}-{time.monotonic_ns() % 1_000_000}"
    path.mkdir(parents=True)
    return path


def refuse_a_taken_path(index_dir: Path) -> None:
    """NotAnIndex if `index_dir` is a file or folder, which a build must not replace (it publishes by a link)."""
    if index_dir.exists() and not index_dir.is_symlink():
        raise NotAnIndex(f"{index_dir} is a folder or file, not a link made by `verbatim index`; "
                         "move it away or choose another --index")


@contextmanager
def build_lock(index_dir: Path):
    """One build of an index at a time. The lock is an fcntl lock: a build
    killed with -9 releases it, so no stale lock is ever left behind. Under
    the lock, folders of builds that died before publishing are removed."""
    refuse_a_taken_path(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(index_dir.parent / f".{index_dir.name}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(f"another build of {index_dir} is running; try again when it has finished") from None
        try:
            discard_unfinished(index_dir)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def discard_unfinished(index_dir: Path) -> None:
    """Remove build folders that were never completed (no manifest) and are not served."""
    folder = builds_dir(index_dir)
    current = current_build(index_dir)
    if not folder.is_dir():
        return
    for build in folder.iterdir():
        if build.is_dir() and build != current and not (build / MANIFEST_NAME).is_file():
            discard(build)


def clone_build(build: Path, index_dir: Path) -> Path:
    """A new build folder sharing `build`'s index files and its copies of the
    originals, by hard links: an update starts from the served build without
    copying it, and without touching what its readers see."""
    clone = new_build_dir(index_dir)
    DEFAULT_ENGINE.clone(build, clone)
    if (build / ORIGINALS).is_dir():
        (clone / ORIGINALS).mkdir()
        for path in (build / ORIGINALS).iterdir():
            os.link(path, clone / ORIGINALS / path.name)
    return clone


def keep_original(build: Path, data: bytes) -> str:
    """Keep the bytes a statement was indexed from in `build`, named by their
    hash (one copy however many statements share them); returns the name.
    Written whole or not at all, so two workers keeping the same bytes agree."""
    name = hashlib.sha256(data).hexdigest()
    folder = build / ORIGINALS
    folder.mkdir(exist_ok=True)
    path = folder / name
    if not path.exists():
        partial = folder / f".{name}.{os.getpid()}"
        partial.write_bytes(data)
        os.replace(partial, path)
    return name


def original_path(build: Path, name: str) -> Path:
    return build / ORIGINALS / name


def drop_unkept_originals(build: Path, manifest: dict[str, Recorded]) -> None:
    """Remove the copies no statement of `build` refers to any more (after an update)."""
    folder = build / ORIGINALS
    if not folder.is_dir():
        return
    kept = {recorded.original for recorded in manifest.values()}
    for path in folder.iterdir():
        if path.name not in kept:
            path.unlink()


def publish(index_dir: Path, build: Path) -> None:
    """Point the index path at `build` atomically, then prune old builds."""
    refuse_a_taken_path(index_dir)
    swap = index_dir.parent / f".{index_dir.name}.swap-{os.getpid()}"
    if swap.is_symlink():
        swap.unlink()
    os.symlink(os.path.relpath(build, index_dir.parent), swap)
    os.replace(swap, index_dir)
    prune_builds(index_dir)


def discard(build: Path) -> None:
    shutil.rmtree(build, ignore_errors=True)


def prune_builds(index_dir: Path) -> None:
    """Remove builds older than the current one and its predecessor.

    Open searchers keep working on deleted files, so readers of the previous
    build finish their requests undisturbed.
    """
    current = current_build(index_dir)
    folder = builds_dir(index_dir)
    if current is None or not folder.is_dir():
        return
    older = sorted(
        (p for p in folder.iterdir() if p.is_dir() and p.resolve() != current.resolve()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for stale in older[KEEP_PREVIOUS_BUILDS:]:
        discard(stale)
