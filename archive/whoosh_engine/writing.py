"""Writing a build: the engine's Writer and ShareWriter (archive.engine) on Whoosh.

A build over several processes has each worker write a segment of its own;
the parent, holding the index lock, commits them together, as Whoosh's own
multiprocess writer does (whoosh/multiproc.py): that is why this module, and
no other, calls Whoosh's private segment methods.
"""

from __future__ import annotations

import pickle
from itertools import islice
from pathlib import Path

from whoosh.writing import PostingPool, SegmentWriter

from archive.statement import Statement
from archive.whoosh_engine.documents import to_document
from archive.whoosh_engine.files import open_storage
from archive.whoosh_engine.schema import build_schema

WRITER_MEMORY_MB = 256
RUN_BATCH = 20_000  # postings pickled together in a run (BatchedPostingPool)


def create(build: Path) -> None:
    open_storage(build).create_index(build_schema())


class BatchedPostingPool(PostingPool):
    """Whoosh's pool of postings, sorted on disk in runs when they outgrow memory, with each run written
    as pickled lists of postings: Whoosh pickles every posting on its own, and pickling and unpickling
    them one by one was a third of building the General Debate."""

    def _write_run(self, f, items):
        items = iter(items)  # a sorted list, or runs being merged
        while batch := list(islice(items, RUN_BATCH)):
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                yield from pickle.load(f)
        except EOFError:
            return
        finally:
            f.close()
            self._remove_run(path)


class LengthsInMemory:
    """A new segment's per-document reader whose field lengths are read once per field into a list:
    Whoosh looks a length up in the column file for every posting it writes (1.5 million lookups for
    974 speeches of the General Debate), to keep each block's shortest and longest document."""

    def __init__(self, reader):
        self._reader = reader
        self._lengths: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            read, documents = self._reader.doc_field_length, range(self._reader.doc_count_all())
            lengths = self._lengths[fieldname] = [read(docnum, fieldname, default) for docnum in documents]
        return lengths[docnum]

    def __getattr__(self, name):
        return getattr(self._reader, name)


def _tuned(writer: SegmentWriter) -> SegmentWriter:
    """`writer` with postings spilled in batches and field lengths read once (BatchedPostingPool,
    LengthsInMemory)."""
    pool = writer.pool
    writer.pool = BatchedPostingPool(pool.tempstore, pool.segment, limitmb=WRITER_MEMORY_MB)
    per_document_reader = writer.per_document_reader
    writer.per_document_reader = lambda: LengthsInMemory(per_document_reader())
    return writer


class WhooshWriter:
    """Adds and deletes in one process; a new segment appears with `commit`."""

    def __init__(self, build: Path):
        self._writer = _tuned(open_storage(build).open_index().writer(limitmb=WRITER_MEMORY_MB))

    def add(self, statement: Statement, received: str) -> None:
        self._writer.add_document(**to_document(statement, received))

    def delete(self, statement_id: str) -> None:
        self._writer.delete_by_term("id", statement_id)

    def commit(self) -> None:
        self._writer.commit()

    def cancel(self) -> None:
        self._writer.cancel()


class WhooshShareWriter:
    """A worker's segment: written without the index lock, which the parent holds."""

    def __init__(self, build: Path):
        self._writer = _tuned(
            SegmentWriter(open_storage(build).open_index(), _lk=False, limitmb=WRITER_MEMORY_MB))
        self._added = 0

    def add(self, statement: Statement, received: str) -> None:
        self._writer.add_document(**to_document(statement, received))
        self._added += 1

    def finish(self):
        """The finished segment, for `commit_shares`; None (and nothing kept) if nothing was added."""
        segment = self._writer._finalize_segment() if self._added else None
        if segment is None:
            self._writer.cancel()
        return segment

    def cancel(self) -> None:
        self._writer.cancel()


def commit_shares(build: Path, segments: list) -> None:
    """Make the workers' segments the build's index, in one commit."""
    parent = SegmentWriter(open_storage(build).open_index(), limitmb=16)
    try:
        parent._close_segment()
        parent._commit_toc([segment for segment in segments if segment is not None])
        parent._finish()
    except BaseException:
        parent.cancel()
        raise
