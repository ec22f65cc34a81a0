"""The facet table (archive/whoosh_engine/facet_table.py) counts what the records say, whichever way
it counts: over the matched statements when they are at most half the archive, over the statements they
leave out when they are more, or by bitmaps of each value's statements. Checked on an index as an update
leaves it (two shares, then deletions and a statement added again in a segment of its own), against
tallies of the records themselves."""

from __future__ import annotations

import calendar
import random
from collections import Counter

import pytest

from archive.dates import statement_period
from archive.engine import Query
from archive.ranking import TUNED
from archive.requests import FACETS
from archive.whoosh_engine import WHOOSH, facet_table
from archive.whoosh_engine.documents import from_stored
from archive.whoosh_engine.facet_table import FacetTable
from archive.whoosh_engine.files import open_searcher
from archive.whoosh_engine.schema import FACET_FIELDS

from .test_engine_contract import RECORDS, _facet_values, _holding, _received, _write

DELETED = {RECORDS[0].id, RECORDS[3].id, RECORDS[7].id}
MOVED = RECORDS[5]  # deleted and added again: its old document stays in the index, marked deleted
KEPT = [statement for statement in RECORDS if statement.id not in DELETED]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("facet-table")
    _write(WHOOSH, folder, RECORDS, shares=2)
    writer = WHOOSH.writer(folder)
    for statement_id in (*DELETED, MOVED.id):
        writer.delete(statement_id)
    writer.add(MOVED, _received(MOVED))
    writer.commit()
    return folder


@pytest.fixture(scope="module")
def reader(build):
    opened = WHOOSH.open(build, TUNED)
    yield opened
    opened.close()


def tallies(records, name: str) -> dict[str, int]:
    return dict(Counter(value for statement in records for value in _facet_values(statement, name)))


def timeline_counts(records) -> dict[str, int]:
    """The bars a timeline of these records shows with a count, from the records' own dates: per year
    their period starts in, or per month ("Jun 2021") over two years or less, of those dated within a month."""
    periods = [period for s in records if s.date and (period := statement_period(s.date, s.date_precision))]
    years = Counter(start // 10000 for start, _end in periods)
    if years and max(years) - min(years) <= 1:
        months = Counter((start // 10000, start // 100 % 100) for start, end in periods if start // 100 == end // 100)
        if months:
            return {f"{calendar.month_abbr[month]} {year}": count for (year, month), count in months.items()}
    return {str(year): count for year, count in years.items()}


def test_the_index_has_deleted_documents_in_several_segments(build):
    searcher = open_searcher(build)
    with searcher:
        reader = searcher.reader()
        assert len(reader.leaf_readers()) >= 2
        assert reader.doc_count_all() - reader.doc_count() == len(DELETED) + 1
        assert FacetTable.load(searcher).live == frozenset(reader.all_doc_ids())


@pytest.mark.parametrize("phrase", ["Azerbaijan", "human rights", "President", "United Nations", ""])
def test_a_search_counts_the_facets_and_years_of_the_records_it_matches(reader, phrase):
    holding = _holding(phrase) if phrase else {s.id for s in RECORDS}
    matched = [statement for statement in KEPT if statement.id in holding]
    found = reader.search(Query(text=f'"{phrase}"' if phrase else "", exact=True), 0, 0)
    assert found.total == len(matched)
    for name in FACETS:
        assert found.counts[name] == tallies(matched, name), name
    shown = {bar.label: bar.count for bar in found.timeline if bar.count}
    assert shown == timeline_counts(matched)


def test_more_than_half_the_archive_is_among_the_searches_above():
    # The complement's way is taken only past half the archive: "President" and "United Nations" go there.
    assert 2 * sum(1 for s in KEPT if s.id in _holding("President")) > len(KEPT)
    assert 2 * sum(1 for s in KEPT if s.id in _holding("Azerbaijan")) <= len(KEPT)


@pytest.mark.parametrize("bitmaps", [False, True])
def test_counts_of_any_set_of_documents_are_their_records_tallies(build, bitmaps, monkeypatch):
    # With bitmaps, every facet of few values counts by its values' bitmaps, as a large archive's do.
    monkeypatch.setattr(facet_table, "BITMAP_FROM", 0 if bitmaps else 10**9)
    searcher = open_searcher(build)
    with searcher:
        table = FacetTable.load(searcher)
        live = sorted(table.live)
        statements = {docnum: from_stored(searcher.stored_fields(docnum)) for docnum in live}
        draw = random.Random(18)
        sizes = [0, 1, len(live) // 3, len(live) // 2, len(live) // 2 + 1, 2 * len(live) // 3, len(live)]
        for size in sizes:
            docs = frozenset(draw.sample(live, size))
            records = [statements[docnum] for docnum in docs]
            for name in FACET_FIELDS:
                assert table.counts(name, docs) == tallies(records, name), (size, name)
            shown = {bar.label: bar.count for bar in table.timeline(docs) if bar.count}
            assert shown == timeline_counts(records), size


def test_a_filter_selects_the_records_with_the_value(reader):
    # The value -> documents sets are made on first use: a filter finds what the records say.
    for name, value in (("country", "Azerbaijan"), ("year", "2021"), ("type", "letter")):
        expected = sorted(s.id for s in KEPT if value in _facet_values(s, name))
        assert expected, (name, value)
        found = reader.search(Query(filters={name: (value,)}, sort="oldest"), 0, 1000)
        assert sorted(hit.statement.id for hit in found.hits) == expected
