"""Whoosh's files in a build folder: opening them for reading and writing."""

from __future__ import annotations

import os
from pathlib import Path

from whoosh import index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from archive.whoosh_engine.schema import SCORED_FIELDS


def open_storage(build: Path) -> FileStorage:
    """Storage without memory maps: opening is fast and costs little memory."""
    return FileStorage(str(build), supports_mmap=False)


def holds_index(folder: Path) -> bool:
    return index.exists_in(str(folder))


def open_searcher(build: Path):
    """A searcher on `build`, its field lengths held in memory.

    Without memory maps (kept off so a server process stays small) Whoosh
    reads a document's field length from disk each time BM25 scores it: 90 ms
    for a common word on the General Debate corpus. One byte per document and
    field is copied into the codec's own cache instead. This uses the
    per-document reader of whoosh-reloaded 2.7's codec (pinned below 2.8)."""
    searcher = FileIndex(open_storage(build)).searcher()
    reader = searcher.reader()
    for segment_reader in getattr(reader, "readers", [reader]):
        perdoc = segment_reader._perdoc
        for fieldname in SCORED_FIELDS:
            lenfield = f"_{fieldname}_len"
            column = perdoc._cached_reader(lenfield, LENGTHS_COLUMN)
            if column is not None:
                perdoc._readers[lenfield] = _one_byte_column(column)
    return searcher


def _one_byte_column(column) -> bytes:
    """A column of one byte per document, read at once: iterating it reads each document's byte on
    its own, a third of a second for the lengths of 54,760 statements (0.2 ms read whole)."""
    if getattr(column, "_typecode", None) != "B" or column._fixedlen != 1:
        return bytes(column)
    stored = bytes(column._dbfile.get(column._basepos, column._count))
    return stored + bytes([column._default]) * (column._doccount - column._count)


def link_files(build: Path, into: Path) -> None:
    """Share `build`'s files with the folder `into` by hard links.

    Whoosh never rewrites a segment file: a commit writes new files and a new
    table of contents, so an update can start from the served build without
    copying it and without touching what readers of it see. (A file of the
    build that is not Whoosh's is linked too, and must be replaced, never
    rewritten in place: archive.storage writes its manifest so.)"""
    for path in build.iterdir():
        if path.is_file() and not path.name.endswith(".lock"):
            os.link(path, into / path.name)
