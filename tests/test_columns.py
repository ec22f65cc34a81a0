"""Columns read whole (facet_table._read_whole, files._one_byte_column) give what Whoosh's own readers
give value by value, for every column the archive reads when it opens a build: on the seed archive, and
on a segment whose last statements have no value of a column (its stored part is shorter)."""

from __future__ import annotations

import os
from pathlib import Path

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.index import FileIndex

from archive.whoosh_engine.facet_table import _read_whole
from archive.whoosh_engine.files import _one_byte_column, open_storage
from archive.whoosh_engine.schema import FACET_ROW_FIELD, SCORED_FIELDS, WORD_COUNT
from indexer.build import build_index

from .conftest import SEEDS

UNDATED = "Statement by the delegation of Ruritania\n\nMr. President, we thank you.\n"


def segments(index_dir: Path):
    searcher = FileIndex(open_storage(Path(os.path.realpath(index_dir)))).searcher()
    reader = searcher.reader()
    return searcher, getattr(reader, "readers", [reader])


def test_every_column_read_whole_equals_whoosh_reading_it_value_by_value(tmp_path, seed_index):
    # Dated seeds first, an undated statement last: its date columns stop short of the last document.
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz-undated.txt").write_text(UNDATED, encoding="utf-8")
    build_index([folder], tmp_path / "index", show_progress=False, workers=1)
    checked = 0
    for index_dir in (seed_index, tmp_path / "index"):
        searcher, readers = segments(index_dir)
        with searcher:
            for segment in readers:
                for name in (FACET_ROW_FIELD, "date_start", "date_end", WORD_COUNT):
                    if segment.has_column(name):
                        assert list(_read_whole(segment.column_reader(name))) == list(segment.column_reader(name))
                        checked += 1
                for field in SCORED_FIELDS:
                    column = segment._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
                    if column is not None:
                        assert _one_byte_column(column) == bytes(column)
                        checked += 1
    assert checked >= 2 * (4 + len(SCORED_FIELDS)) - 2
