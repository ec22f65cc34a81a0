"""Facet values per document, loaded once per published build.

Whoosh counts overlapping facets by rebuilding a document -> values table from
every posting of the field on every search (about 300 ms on the General
Debate corpus, whatever the query). The table never changes within a build,
so it is built once, both ways: value -> set of document numbers, and
document number -> values. A facet's counts for a query are set intersections
per value, or a tally per matched document when there are fewer of those than
values (3,000 matches against 5,000 speakers); a facet selection is a set.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from archive.dates import FIRST_DAY, LAST_DAY, as_number
from archive.timeline import TimelineBar, timeline
from archive.whoosh_engine.schema import FACET_FIELDS, WORD_COUNT


def _ids(reader) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Each document's statement id, and its place in the order of ids (deleted ones included)."""
    ids = [""] * reader.doc_count_all()
    ranks = [0] * reader.doc_count_all()
    for rank, btext in enumerate(reader.lexicon("id")):  # the lexicon is sorted
        for docnum in reader.postings("id", btext).all_ids():
            ids[docnum], ranks[docnum] = btext.decode("utf-8"), rank
    return tuple(ids), tuple(ranks)


def _values_per_document(values: dict[str, frozenset[int]], documents: int) -> tuple[tuple[str, ...], ...]:
    per_document: list[tuple[str, ...]] = [()] * documents
    for value, docnums in values.items():
        for docnum in docnums:
            per_document[docnum] += (value,)
    return tuple(per_document)


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
            values.extend(segment.column_reader(fieldname))
        else:
            values.extend([0] * segment.doc_count_all())
    return values


@dataclass(frozen=True)
class FacetTable:
    docs: dict[str, dict[str, frozenset[int]]]  # facet -> value -> document numbers
    values_of: dict[str, tuple[tuple[str, ...], ...]]  # facet -> per document number, its values
    date_start: tuple[int, ...]  # yyyymmdd per document number, 0 when undated
    date_end: tuple[int, ...]
    live: frozenset[int]  # document numbers not deleted
    id_rank: tuple[int, ...]  # per document number, the rank of its statement id: ties sort the same in every build
    ids: tuple[str, ...]  # per document number, its statement id
    words: tuple[int, ...]  # per document number, the words of its body (schema.WORD_COUNT)
    _docnum_by_id: dict[str, int] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(cls, searcher) -> FacetTable:
        reader = searcher.reader()
        docs = {}
        for name, (fieldname, _multi) in FACET_FIELDS.items():
            values: dict[str, frozenset[int]] = {}
            for btext in reader.lexicon(fieldname):
                value = btext.decode("utf-8")
                if value:
                    values[value] = frozenset(reader.postings(fieldname, btext).all_ids())
            docs[name] = values
        live = frozenset(reader.all_doc_ids())
        values_of = {name: _values_per_document(values, reader.doc_count_all()) for name, values in docs.items()}
        ids, ranks = _ids(reader)
        return cls(docs, values_of, _dates(reader, "date_start"), _dates(reader, "date_end"), live, ranks, ids,
                   tuple(_numbers(reader, WORD_COUNT)))

    def docnums_of(self, statement_ids) -> list[int]:
        """The live document numbers of these statements, in the order given; unknown ids left out."""
        by_id = self._docnum_by_id
        if by_id is None:
            by_id = {statement_id: docnum for docnum, statement_id in enumerate(self.ids) if docnum in self.live}
            object.__setattr__(self, "_docnum_by_id", by_id)  # built once, on first use: a frozen table's cache
        return [by_id[statement_id] for statement_id in statement_ids if statement_id in by_id]

    def with_values(self, name: str, values) -> frozenset[int]:
        """Documents having any of `values` in facet `name`."""
        table = self.docs[name]
        found: set[int] = set()
        for value in values:
            found |= table.get(value, frozenset())
        return frozenset(found)

    def in_period(self, start, end) -> frozenset[int]:
        """Documents whose date period overlaps [start, end] (either may be None)."""
        low = as_number(start) if start else 0
        high = as_number(end) if end else LAST_DAY
        return frozenset(
            docnum for docnum, (first, last) in enumerate(zip(self.date_start, self.date_end, strict=True))
            if first and first <= high and last >= low
        )

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
