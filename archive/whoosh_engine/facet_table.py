"""Facet values per document, loaded once per published build.

Whoosh counts overlapping facets by rebuilding a document -> values table from
every posting of the field on every search (about 300 ms on the General
Debate corpus, whatever the query). The table never changes within a build,
so it is read once, from one column holding each document's id and facet
values (reading a posting list per value and per id took 4.8 s on the
General Debate: the first search of every server worker paid it). Opening
splits that column with C loops and nothing more: each facet's values, the
value -> documents sets that filters use and the order of ids are made on
first use (issue 18: building them all was 0.6 s of the first search at
54,760 statements).

A facet's counts for a query are a tally over the matched documents, or, when
they are more than half the archive, over the documents they leave out, taken
from the archive's own counts: a page never counts more than half the archive.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, deque
from collections.abc import Iterable
from functools import cached_property
from itertools import chain, repeat
from operator import methodcaller
from sys import intern

from whoosh.columns import NumericColumn, TranslatingColumnReader, VarBytesColumn
from whoosh.fields import NUMERIC

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

# A facet of at most BITMAP_VALUES values counts a match by its values' bitmaps when counting the match (or
# what it leaves out) would count more than BITMAP_FROM times as many values as the facet has (bitmaps cost
# about 4 µs a value, counting 40 ns a document's value).
BITMAP_VALUES = 512
BITMAP_FROM = 100

# The cells of a facet row (documents.facet_row): the id, when it was received, the facets, the details.
FACET_CELLS = {name: cell for cell, name in enumerate(FACET_FIELDS, start=2)}
DETAIL_CELLS = {name: cell for cell, name in enumerate(ROW_DETAILS, start=2 + len(FACET_FIELDS))}
CELLS = 2 + len(FACET_FIELDS) + len(ROW_DETAILS)


def _cells(reader) -> tuple[tuple[str, ...], ...]:
    """Every document's facet row as columns: cell -> per document number, its text. Rows are
    decoded, split and turned into columns by C loops (map, zip): a Python loop per row, and a
    tuple of values per row and facet, were most of opening an archive of 54,760 statements."""
    rows: list[bytes] = []
    for segment in getattr(reader, "readers", [reader]):
        rows.extend(_read_whole(segment.column_reader(FACET_ROW_FIELD)))
    split = map(methodcaller("split", ROW_SEPARATOR), map(methodcaller("decode", "utf-8"), rows))
    return tuple(zip(*split, strict=True)) or ((),) * CELLS


def _live(reader) -> frozenset[int]:
    """The document numbers not deleted, from each segment's deleted set (asking
    Whoosh document by document took 23 ms for 54,760 statements)."""
    live: set[int] = set()
    for segment, base in reader.leaf_readers():
        documents = range(base, base + segment.doc_count_all())
        if segment.has_deletions():
            deleted = {base + docnum for docnum in segment.deleted_docs_set}
            live.update(docnum for docnum in documents if docnum not in deleted)
        else:
            live.update(documents)
    return frozenset(live)


def _id_ranks(ids: tuple[str, ...]) -> tuple[int, ...]:
    """Each document's place in the order of statement ids (deleted ones included)."""
    ranks = [0] * len(ids)
    for rank, docnum in enumerate(sorted(range(len(ids)), key=ids.__getitem__)):
        ranks[docnum] = rank
    return tuple(ranks)


def _facet_values(cells: tuple[str, ...], multi: bool) -> tuple[tuple[str, ...], ...]:
    """Per document, its values of the facet whose cell texts are `cells`. Documents with the same
    text share one tuple (a State, a year, a speaker repeat across thousands of rows), split once."""
    shared = {text: (tuple(intern(v) for v in text.split(VALUE_SEPARATOR) if v) if multi
                     else ((intern(text),) if text else ()))
              for text in set(cells)}
    return tuple(map(shared.__getitem__, cells))


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
    return _translated(column, values) if raw is not column else values


def _translated(column, values: list) -> Iterable:
    """What a translating column gives for these stored values. A whole number's translation is a
    shift (whoosh.util.numeric.from_sortable), made here for all at once: calling the field per
    value was 0.1 s of opening 54,760 statements."""
    field = getattr(column._translate, "__self__", None)
    if isinstance(field, NUMERIC) and field.numtype is int and not field.decimal_places:
        shift = 1 << (field.bits - 1) if field.signed else 0
        return [value - shift for value in values] if shift else values
    return map(column._translate, values)


class FacetTable:
    """A build's facets, dates and ids per document number, shared by the threads serving it. What
    is made on first use is made from the rows alone, so two threads making it at once agree."""

    def __init__(self, cells: tuple[tuple[str, ...], ...], live: frozenset[int], date_start: tuple[int, ...],
                 date_end: tuple[int, ...], words: tuple[int, ...]):
        self._cells = cells
        self.live = live  # document numbers not deleted
        self.date_start = date_start  # yyyymmdd per document number, 0 when undated
        self.date_end = date_end
        self.words = words  # per document number, the words of its body (schema.WORD_COUNT)
        self.ids = cells[0]  # per document number, its statement id
        self.received = cells[1]  # per document number, when the archive first received it (ISO 8601, sorts as text)
        self._values_of: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._documents: dict[str, dict[str, frozenset[int]]] = {}
        self._whole: dict[str, Counter] = {}
        self._bitmaps: dict[str, dict[str, int]] = {}
        self._last_bitmap: tuple[frozenset[int], int] | None = None

    @classmethod
    def load(cls, searcher) -> FacetTable:
        reader = searcher.reader()
        return cls(_cells(reader), _live(reader), _dates(reader, "date_start"), _dates(reader, "date_end"),
                   tuple(_numbers(reader, WORD_COUNT)))

    def values_of(self, name: str) -> tuple[tuple[str, ...], ...]:
        """Per document number, its values of facet `name`."""
        values = self._values_of.get(name)
        if values is None:
            values = self._values_of[name] = _facet_values(self._cells[FACET_CELLS[name]], FACET_FIELDS[name][1])
        return values

    @cached_property
    def id_rank(self) -> tuple[int, ...]:
        """Per document number, the rank of its statement id: ties sort the same in every build."""
        return _id_ranks(self.ids)

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
        if name in FACET_CELLS:
            return self.values_of(name)[docnum]
        if name in DETAIL_CELLS:
            value = self._cells[DETAIL_CELLS[name]][docnum]
            return (value,) if value else ()
        raise ValueError(f"{name!r} is neither a facet nor a detail the index keeps")

    def with_values(self, name: str, values) -> frozenset[int]:
        """Documents having any of `values` in facet `name`."""
        table = self._documents.get(name)
        if table is None:
            table = self._documents[name] = _documents_with(self.values_of(name))
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

    @cached_property
    def start_years(self) -> tuple[int, ...]:
        """Per document number, the year its period starts in; 0 when undated."""
        return tuple(first // 10000 for first in self.date_start)

    @cached_property
    def start_months(self) -> tuple[int, ...]:
        """Per document number, the month (yyyymm) its period lies in; 0 when undated or longer than a month."""
        return tuple(first // 100 if first and first // 100 == last // 100 else 0
                     for first, last in zip(self.date_start, self.date_end, strict=True))

    def timeline(self, matched) -> list[TimelineBar]:
        """The timeline of the matched statements (archive.timeline)."""
        years = self._tally("timeline", self.start_years, matched, several=False)
        del years[0]  # the undated

        def months() -> Counter:
            per_month = _count(self.start_months, matched, several=False)
            del per_month[0]
            return per_month

        return timeline(years, months)

    def words_per_year(self, docs) -> dict[str, int]:
        """The words of `docs` per year; undated documents left out."""
        totals: Counter[str] = Counter()
        years, words = self.values_of("year"), self.words
        for docnum in docs:
            for year in years[docnum]:
                totals[year] += words[docnum]
        return dict(totals)

    def counts(self, name: str, matched: set[int] | frozenset[int]) -> dict[str, int]:
        """How many of `matched` (live documents) have each value of facet `name` (values with none left out)."""
        return dict(self._tally(name, self.values_of(name), matched, several=True))

    def _tally(self, key: str, per_doc: tuple, matched, several: bool) -> Counter:
        """How many of `matched` have each value of `per_doc` (a tuple of values per document if
        `several`): the matched documents are counted, or, when they are more than half the archive,
        the live documents they leave out, taken from the archive's counts (made once, kept by `key`);
        a facet of few values counts by its values' bitmaps (_by_bitmaps, made on first use: 0.15 s
        at 54,760 statements) when either way would count many more values than it has."""
        whole = self._whole.get(key)
        if whole is None:
            whole = self._whole[key] = _count(per_doc, self.live, several)
        if len(matched) == len(self.live):  # the whole archive (matched documents are live ones)
            return Counter(whole)
        counted = min(len(matched), len(self.live) - len(matched)) * whole.total() / (len(self.live) or 1)
        if len(whole) <= BITMAP_VALUES and counted > BITMAP_FROM * len(whole):
            return self._by_bitmaps(key, per_doc, matched, several)
        if 2 * len(matched) <= len(self.live):
            return _count(per_doc, matched, several)
        return whole - _count(per_doc, self.live - matched, several)  # keeps the positive counts alone

    def _by_bitmaps(self, key: str, per_doc: tuple, matched, several: bool) -> Counter:
        """The counts of `_tally` as the bits `matched` shares with each value's bitmap (a whole number
        with bit d set for document d): about 4 µs a value, however many documents match, where
        counting the values of 20,000 statements' mentions took 10-15 ms."""
        bitmaps = self._bitmaps.get(key)
        if bitmaps is None:
            documents: dict[str, list[int]] = {}
            for docnum, values in enumerate(per_doc):
                for value in values if several else (values,):
                    documents.setdefault(value, []).append(docnum)
            bitmaps = self._bitmaps[key] = {value: _bitmap(docs, len(per_doc)) for value, docs in documents.items()}
        last = self._last_bitmap  # the facets of one page count the same documents: their bitmap is made once
        if last is not None and last[0] is matched:
            bits = last[1]
        else:
            bits = _bitmap(matched, len(per_doc))
            self._last_bitmap = (matched, bits)
        return Counter({value: count for value, bitmap in bitmaps.items() if (count := (bits & bitmap).bit_count())})


def _bitmap(docs, size: int) -> int:
    """The whole number with bit d set for each document d of `docs` (numbers below `size`), made by C
    loops: a byte per document, then every eighth byte from each of the first eight, shifted into place."""
    flags = bytearray(size)
    deque(map(flags.__setitem__, docs, repeat(1)), maxlen=0)
    bits = 0
    for shift in range(8):
        bits |= int.from_bytes(flags[shift::8], "little") << shift
    return bits


def _count(per_doc: tuple, docs, several: bool) -> Counter:
    """The documents `docs` per value of `per_doc`, counted by C loops (map, chain, Counter)."""
    picked = map(per_doc.__getitem__, docs)
    return Counter(chain.from_iterable(picked) if several else picked)
