"""Facet values per document, loaded once per published build.

Whoosh counts overlapping facets by rebuilding a document -> values table from
every posting of the field on every search (about 300 ms on the General
Debate corpus, whatever the query). The table never changes within a build,
so it is built once, both ways: value -> set of document numbers, and
document number -> values, from one column holding each document's id and
facet values (reading a posting list per value and per id took 4.8 s on the
General Debate: the first search of every server worker paid it). A facet's counts for a query are set intersections
per value, or a tally per matched document when there are fewer of those than
values (3,000 matches against 5,000 speakers); a facet selection is a set.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from whoosh.columns import NumericColumn, TranslatingColumnReader, VarBytesColumn

from archive.dates import FIRST_DAY, LAST_DAY, as_number
from archive.timeline import TimelineBar, timeline
from archive.whoosh_engine.schema import (
    FACET_FIELDS,
    FACET_ROW_FIELD,
    ROW_DETAILS,
    ROW_SEPARATOR,
    VALUE_SEPARATOR,
    WORD_COUNT,
)


def _rows(reader) -> list[list[str]]:
    """Each document's facet row split into cells: its id, when it was received, one
    cell per facet, then one per detail (schema.FACET_ROW_FIELD, ROW_DETAILS)."""
    rows: list[list[str]] = []
    for segment in getattr(reader, "readers", [reader]):
        column = segment.column_reader(FACET_ROW_FIELD)
        rows.extend(row.decode("utf-8").split(ROW_SEPARATOR) for row in _read_whole(column))
    return rows


def _id_ranks(ids: list[str]) -> tuple[int, ...]:
    """Each document's place in the order of statement ids (deleted ones included)."""
    ranks = [0] * len(ids)
    for rank, docnum in enumerate(sorted(range(len(ids)), key=ids.__getitem__)):
        ranks[docnum] = rank
    return tuple(ranks)


def _facet_values(rows: list[list[str]], cell: int, multi: bool) -> tuple[tuple[str, ...], ...]:
    """Per document, its values of the facet in `cell` of its row. Documents with the same cell share
    one tuple: a State, a year, a speaker repeat across thousands of rows, and building a tuple per row
    was a third of opening an archive of 54,760 statements."""
    shared: dict[str, tuple[str, ...]] = {}
    values_of = []
    for row in rows:
        text = row[cell]
        values = shared.get(text)
        if values is None:
            values = tuple(v for v in text.split(VALUE_SEPARATOR) if v) if multi else ((text,) if text else ())
            shared[text] = values
        values_of.append(values)
    return tuple(values_of)


def _documents_with(values_of: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[int]]:
    documents: dict[str, list[int]] = {}
    for docnum, values in enumerate(values_of):
        for value in values:
            documents.setdefault(value, []).append(docnum)
    return {value: frozenset(docnums) for value, docnums in documents.items()}


def _dates(reader, fieldname: str) -> tuple[int, ...]:
    """A date column as yyyymmdd per document; 0 where the document is undated
    (Whoosh gives a missing number as the column's maximum)."""
    return tuple(v if FIRST_DAY <= v <= LAST_DAY else 0 for v in _numbers(reader, fieldname))


def _numbers(reader, fieldname: str) -> list[int]:
    """A numeric column per document, read segment by segment: a segment where
    no document has a value has no column at all (0 then)."""
    values: list[int] = []
    for segment in getattr(reader, "readers", [reader]):
        if segment.has_column(fieldname):
            values.extend(_read_whole(segment.column_reader(fieldname)))
        else:
            values.extend([0] * segment.doc_count_all())
    return values


def _read_whole(column) -> Iterable:
    """A column's values read at once: iterating Whoosh's reader reads each document's value on its
    own, 0.13 s for the three numeric columns of 54,760 statements and as much for their facet rows.
    Numbers are big-endian on disk; byte strings lie end to end at their offsets."""
    raw = column.raw_column() if isinstance(column, TranslatingColumnReader) else column
    if isinstance(raw, NumericColumn.Reader):
        stored = array(raw._typecode, bytes(raw._dbfile.get(raw._basepos, raw._count * raw._fixedlen)))
        if sys.byteorder == "little":
            stored.byteswap()
        values = [*stored, *[raw._default] * (raw._doccount - raw._count)]
    elif isinstance(raw, VarBytesColumn.Reader):
        data = bytes(raw._dbfile.get(raw._basepos, sum(raw._lengths)))
        values = [data[offset:offset + length] for offset, length in zip(raw._offsets, raw._lengths, strict=True)]
    else:
        return column
    return map(column._translate, values) if raw is not column else values


@dataclass(frozen=True)
class FacetTable:
    docs: dict[str, dict[str, frozenset[int]]]  # facet -> value -> document numbers
    values_of: dict[str, tuple[tuple[str, ...], ...]]  # facet -> per document number, its values
    date_start: tuple[int, ...]  # yyyymmdd per document number, 0 when undated
    date_end: tuple[int, ...]
    live: frozenset[int]  # document numbers not deleted
    id_rank: tuple[int, ...]  # per document number, the rank of its statement id: ties sort the same in every build
    received: tuple[str, ...]  # per document number, when the archive first received it (ISO 8601, sorts as text)
    ids: tuple[str, ...]  # per document number, its statement id
    words: tuple[int, ...]  # per document number, the words of its body (schema.WORD_COUNT)
    details: dict[str, tuple[str, ...]]  # schema.ROW_DETAILS name -> per document number, its value ("" none)

    @classmethod
    def load(cls, searcher) -> FacetTable:
        reader = searcher.reader()
        rows = _rows(reader)
        values_of = {name: _facet_values(rows, cell, multi)
                     for cell, (name, (_field, multi)) in enumerate(FACET_FIELDS.items(), start=2)}
        docs = {name: _documents_with(values) for name, values in values_of.items()}
        live = frozenset(reader.all_doc_ids())
        ids = tuple(row[0] for row in rows)
        first_detail = 2 + len(FACET_FIELDS)
        details = {name: tuple(row[cell] for row in rows) for cell, name in enumerate(ROW_DETAILS, start=first_detail)}
        return cls(docs, values_of, _dates(reader, "date_start"), _dates(reader, "date_end"), live, _id_ranks(ids),
                   tuple(row[1] for row in rows), ids, tuple(_numbers(reader, WORD_COUNT)), details)

    def docnums_of(self, statement_ids) -> list[int]:
        """The live document numbers of these statements, in the order given; unknown ids left out."""
        by_id = self.live_docnum_by_id
        return [by_id[statement_id] for statement_id in statement_ids if statement_id in by_id]

    @cached_property
    def live_docnum_by_id(self) -> dict[str, int]:
        """Built once, on first use (a concordance's passages): most searches never need it."""
        return {statement_id: docnum for docnum, statement_id in enumerate(self.ids) if docnum in self.live}

    def values(self, name: str, docnum: int) -> tuple[str, ...]:
        """The document's values of a facet or a detail (ROW_DETAILS)."""
        if name in self.values_of:
            return self.values_of[name][docnum]
        if name in self.details:
            return (self.details[name][docnum],) if self.details[name][docnum] else ()
        raise ValueError(f"{name!r} is neither a facet nor a detail the index keeps")

    def with_values(self, name: str, values) -> frozenset[int]:
        """Documents having any of `values` in facet `name`."""
        table = self.docs[name]
        found: set[int] = set()
        for value in values:
            found |= table.get(value, frozenset())
        return frozenset(found)

    def in_period(self, start, end) -> frozenset[int]:
        """Documents whose date period overlaps [start, end] (either may be None). A period
        lies within one year, so the years strictly inside are taken whole: only the
        documents of the first and last years are compared day by day."""
        low = as_number(start) if start else FIRST_DAY
        high = as_number(end) if end else LAST_DAY
        found: set[int] = set()
        for year, docnums in self.by_year.items():
            if low // 10000 < year < high // 10000:
                found.update(docnums)
            elif low // 10000 <= year <= high // 10000:
                found.update(d for d in docnums if self.date_start[d] <= high and self.date_end[d] >= low)
        return frozenset(found)

    @cached_property
    def by_year(self) -> dict[int, tuple[int, ...]]:
        """The dated documents by the year their period starts in."""
        years: dict[int, list[int]] = {}
        for docnum, first in enumerate(self.date_start):
            if first:
                years.setdefault(first // 10000, []).append(docnum)
        return {year: tuple(docnums) for year, docnums in years.items()}

    def timeline(self, matched) -> list[TimelineBar]:
        """The timeline of the matched statements (archive.timeline)."""
        return timeline((self.date_start[d], self.date_end[d]) for d in matched if self.date_start[d])

    def words_per_year(self, docs) -> dict[str, int]:
        """The words of `docs` per year; undated documents left out."""
        totals: Counter[str] = Counter()
        years, words = self.values_of["year"], self.words
        for docnum in docs:
            for year in years[docnum]:
                totals[year] += words[docnum]
        return dict(totals)

    def counts(self, name: str, matched: set[int] | frozenset[int]) -> dict[str, int]:
        """How many of `matched` have each value of facet `name` (values with none left out)."""
        table = self.docs[name]
        if len(matched) < len(table):
            values_of = self.values_of[name]
            return Counter(chain.from_iterable(values_of[docnum] for docnum in matched))
        counts = {}
        for value, docs in table.items():
            if hits := len(docs & matched):  # Python walks the smaller of the two sets
                counts[value] = hits
        return counts
