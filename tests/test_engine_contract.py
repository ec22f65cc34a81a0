"""What any engine behind archive.engine must do, run against every engine Verbatim has.

Each engine indexes the same records (the seeds, the fixtures written in
their style and, where ../shared is present, the development set's first 30
documents) through its Writer, and must answer as the records themselves
say: matches counted by a regular expression over each record's text,
facet counts tallied from the records' fields, dates in order, the words
marked where the text holds them, deletions and additions seen after a
commit, and a build written in shares the same as one written whole. An
engine for OpenSearch is one more entry in archive.engines passing this file.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from archive.engine import DETAILS, Query
from archive.engines import ENGINES
from archive.folding import fold
from archive.markdown_text import plain_text
from archive.ranking import TUNED
from archive.requests import FACETS, LISTED
from archive.spellings import speaker_as_written
from indexer.planning import load_statement
from indexer.sources import find_sources

from .conftest import FIXTURES, SEEDS, SHARED

# Quoted words and phrases: their spelling as typed, so a regular expression over the text is the truth.
QUOTED = ["Security Council", "Azerbaijan", "Armenia", "United Nations", "human rights", "landmines",
          "international law", "occupation", "Thank you", "Mr. President"]
# Wildcards match words as written, folded and lowercased (not their stems): negotiat* finds
# "negotiation", stemmed negoti; Kelbe* finds "Kəlbəcər"; armeni?n one letter.
WILDCARDS = ["negotiat*", "terroris*", "occup*", "Kelbe*", "armeni?n", "Azerbaijani*"]
EVERYTHING = 10_000


def _records():
    folders = [SEEDS, FIXTURES / "corpus"]
    records = [load_statement(source) for folder in folders for source in find_sources(folder)]
    devset = SHARED / "devset" / "docs"
    if devset.is_dir():  # the development part only (001-030): the held-out documents stay out of every test
        records += [load_statement(source) for source in find_sources(devset) if source.source[:3] <= "030"]
    return records


RECORDS = _records()


def _facet_values(statement, name: str) -> tuple[str, ...]:
    values = {
        "speaker": statement.speakers or ((statement.speaker,) if statement.speaker else ()),
        "country": (statement.country,) if statement.country else (),
        "forum": statement.forums or ((statement.forum,) if statement.forum else ()),
        "type": (statement.doc_type,) if statement.doc_type else (),
        "year": (statement.date[:4],) if statement.date else (),
        "mentions": statement.mentions,
        "meeting": (statement.meeting,) if statement.meeting else (),
        "symbol": statement.symbols,
    }[name]
    return tuple(dict.fromkeys(values))


def _holding(phrase: str) -> set[str]:
    """Ids of the records whose title or body holds the words, as written, in order."""
    words = re.findall(r"\w+", phrase)  # "Mr.President" holds "Mr. President": a full stop parts words
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", re.IGNORECASE)
    return {s.id for s in RECORDS if pattern.search(s.title) or pattern.search(plain_text(s.body))}


def _wildcard_words(wildcard: str) -> re.Pattern:
    """A wildcard as a regular expression for whole words, folded and lowercased."""
    pattern = re.escape(fold(wildcard.lower())).replace(r"\*", r"\w*").replace(r"\?", r"\w")
    return re.compile(r"(?<!\w)" + pattern + r"(?!\w)")


def _holding_words(wildcard: str) -> set[str]:
    """Ids of the records whose title or body holds a word the wildcard covers, folded and lowercased."""
    pattern = _wildcard_words(wildcard)
    return {s.id for s in RECORDS
            if pattern.search(fold(s.title.lower())) or pattern.search(fold(plain_text(s.body).lower()))}


def _received(statement) -> str:
    """When the contract's archive received a record: spread over three days, so many share one."""
    return f"2026-01-0{zlib.crc32(statement.id.encode()) % 3 + 1}T09:30:00Z"


def _write(engine, build: Path, records, shares: int = 1) -> None:
    engine.create(build)
    if shares == 1:
        writer = engine.writer(build)
        for statement in records:
            writer.add(statement, _received(statement))
        writer.commit()
        return
    tokens = []
    for first in range(shares):
        share = engine.share_writer(build)
        for statement in records[first::shares]:
            share.add(statement, _received(statement))
        tokens.append(share.finish())
    engine.commit_shares(build, tokens)


@pytest.fixture(scope="module", params=sorted(ENGINES))
def engine(request):
    return ENGINES[request.param]


@pytest.fixture(scope="module")
def reader(engine, tmp_path_factory):
    build = tmp_path_factory.mktemp(f"contract-{engine.name}")
    _write(engine, build, RECORDS)
    opened = engine.open(build, TUNED)
    yield opened
    opened.close()


def _ids(reader, query: Query) -> list[str]:
    return [hit.statement.id for hit in reader.search(query, 0, EVERYTHING).hits]


def test_every_record_is_held_and_read_back_as_written(reader, engine, tmp_path):
    assert reader.count() == len(RECORDS) == len({s.id for s in RECORDS})
    for statement in RECORDS:
        held = reader.get(statement.id)
        assert (held.title, held.speaker, held.country, held.date, held.body) == \
            (statement.title, statement.speaker, statement.country, statement.date, statement.body)
    assert reader.get("no-such-statement") is None
    assert engine.holds_index(tmp_path) is False


@pytest.mark.parametrize("phrase", QUOTED)
def test_a_quoted_phrase_matches_the_records_that_hold_it(reader, phrase):
    expected = _holding(phrase)
    found = reader.search(Query(text=f'"{phrase}"', exact=True, sort="relevance"), 0, EVERYTHING)
    assert found.total == len(expected)
    assert {hit.statement.id for hit in found.hits} == expected


def test_words_must_all_be_there_and_or_takes_either(reader):
    both = _holding("Azerbaijan") & _holding("Armenia")
    either = _holding("Azerbaijan") | _holding("Armenia")
    assert set(_ids(reader, Query(text='"Azerbaijan" "Armenia"', exact=True))) == both
    assert set(_ids(reader, Query(text='"Azerbaijan" OR "Armenia"', exact=True))) == either
    assert set(_ids(reader, Query(text='"Azerbaijan" NOT "Armenia"', exact=True))) == \
        _holding("Azerbaijan") - _holding("Armenia")


@pytest.mark.parametrize("wildcard", WILDCARDS)
def test_a_wildcard_matches_the_records_holding_a_word_it_covers_and_marks_those_words(reader, wildcard):
    expected = _holding_words(wildcard)
    assert expected  # each wildcard has records to find
    found = reader.search(Query(text=wildcard, exact=True, sort="relevance"), 0, EVERYTHING)
    assert found.total == len(expected)
    assert {hit.statement.id for hit in found.hits} == expected
    pattern = _wildcard_words(wildcard)
    for hit in found.hits:
        marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
        assert all(pattern.fullmatch(fold(text.lower())) for text in marked), (hit.statement.id, marked)
    wanted = reader.hit_terms(wildcard, exact=True)
    for statement in RECORDS:
        text = plain_text(statement.body)
        marked = [fold(text[start:end].lower()) for start, end in wanted.spans_in(text)]
        assert marked == pattern.findall(fold(text.lower())), statement.id


@pytest.mark.parametrize("name", FACETS)
def test_facet_counts_are_the_records_tallies(reader, name):
    expected = Counter(value for s in RECORDS for value in _facet_values(s, name))
    found = reader.search(Query(), 0, 0)
    assert found.total == len(RECORDS)
    assert dict(found.counts[name]) == dict(expected)
    assert reader.facet_values(name) == sorted(expected)


@pytest.mark.parametrize("name", LISTED)
def test_an_index_lists_every_value_with_the_records_tallies(reader, name):
    expected = Counter(value for s in RECORDS for value in _facet_values(s, name))
    assert expected  # the records have values to list
    assert reader.facet_counts(name) == dict(expected)


def test_a_filter_narrows_to_its_values_and_its_own_facet_counts_without_it(reader):
    country, _count = Counter(s.country for s in RECORDS if s.country).most_common(1)[0]
    found = reader.search(Query(filters={"country": (country,)}), 0, EVERYTHING)
    assert {hit.statement.id for hit in found.hits} == {s.id for s in RECORDS if s.country == country}
    assert found.counts["country"] == reader.search(Query(), 0, 0).counts["country"]  # the others stay offered
    assert sum(found.counts["type"].values()) == found.total


def test_a_period_keeps_the_records_whose_dates_overlap_it(reader):
    years = Counter(s.date[:4] for s in RECORDS if s.date)
    year = int(max(years, key=lambda y: (years[y], y)))
    expected = {s.id for s in RECORDS if s.date and s.date[:4] == str(year)}
    found = reader.search(Query(period=(date(year, 1, 1), date(year, 12, 31))), 0, EVERYTHING)
    assert {hit.statement.id for hit in found.hits} == expected
    assert sum(bar.count for bar in found.timeline) == len(expected)


def _overlaps(statement, start: date | None, end: date | None) -> bool:
    """A record's dates overlap [start, end], worked out from its date and precision alone."""
    if not statement.date:
        return False
    day = date.fromisoformat(statement.date)
    first, last = {"year": (day.replace(month=1, day=1), day.replace(month=12, day=31)),
                   "month": (day.replace(day=1), (day.replace(day=28) + timedelta(days=4)).replace(day=1)
                             - timedelta(days=1))}.get(statement.date_precision, (day, day))
    return (start is None or last >= start) and (end is None or first <= end)


def test_periods_starting_and_ending_within_years_keep_exactly_the_overlapping_records(reader):
    days = sorted({date.fromisoformat(s.date) for s in RECORDS if s.date})
    bounds = [days[0], days[len(days) // 3], days[len(days) // 2], days[-1]]
    periods = [(a, b) for a in bounds for b in bounds if a <= b]
    periods += [(None, bounds[1]), (bounds[2], None), (bounds[1] + timedelta(days=1), bounds[2] - timedelta(days=1))]
    for start, end in periods:
        expected = {s.id for s in RECORDS if _overlaps(s, start, end)}
        assert set(_ids(reader, Query(period=(start, end)))) == expected, (start, end)


def test_the_latest_received_come_first_ties_by_id_and_each_hit_says_when(reader):
    expected = sorted(RECORDS, key=lambda s: s.id)
    expected.sort(key=_received, reverse=True)
    found = reader.search(Query(sort="received"), 0, EVERYTHING)
    assert [hit.statement.id for hit in found.hits] == [s.id for s in expected]
    assert [hit.received for hit in found.hits] == [_received(s) for s in expected]
    assert [hit.received for hit in reader.export(Query(sort="received"), snippets=False)] == \
        [_received(s) for s in expected]


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_dates_order_the_browsing_undated_last_ties_by_id(reader, sort):
    ids = _ids(reader, Query(sort=sort))
    by_id = {s.id: s for s in RECORDS}
    dated = [s for s in RECORDS if s.date]
    expected = sorted(dated, key=lambda s: s.id)
    expected.sort(key=lambda s: s.date, reverse=sort == "newest")  # stable: a day's statements by id
    undated = sorted((s for s in RECORDS if not s.date), key=lambda s: s.id)
    assert [by_id[key].id for key in ids] == [s.id for s in expected + undated]


def test_pages_are_slices_of_one_order_and_the_export_is_all_of_it(reader):
    query = Query(text='"United Nations"', exact=True, sort="relevance")
    whole = _ids(reader, query)
    assert len(whole) >= 4
    assert [hit.statement.id for hit in reader.search(query, 2, 4).hits] == whole[2:4]
    assert [hit.statement.id for hit in reader.export(query)] == whole


def test_an_export_says_how_many_and_marks_snippets_only_when_few_or_asked(reader):
    query = Query(text='"United Nations"', exact=True)
    for snippets, up_to, marked in ((None, 1_000, True), (None, 2, False), (True, 2, True), (False, 1_000, False)):
        exported = reader.export(query, snippets, up_to)
        hits = list(exported)
        assert exported.total == len(hits) == len(_ids(reader, query)) and exported.snippets is marked
        assert all("<mark>" in hit.snippet for hit in hits) if marked else all(hit.snippet == "" for hit in hits)


def test_relevance_puts_the_record_saying_it_most_first(reader):
    pattern = re.compile(r"(?<!\w)landmines(?!\w)", re.IGNORECASE)
    most = max(RECORDS, key=lambda s: len(pattern.findall(plain_text(s.body))))
    assert _ids(reader, Query(text='"landmines"', exact=True, sort="relevance"))[0] == most.id


def test_snippets_and_the_reading_view_mark_the_words_where_the_text_holds_them(reader, engine):
    for hit in reader.search(Query(text='"human rights"', exact=True, sort="relevance"), 0, 5).hits:
        marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
        assert marked and all(re.fullmatch(r"human\W+rights", text, re.IGNORECASE) for text in marked)
    wanted = reader.hit_terms('"Security Council"', exact=True)
    for statement in RECORDS:
        text = plain_text(statement.body)
        spans = wanted.spans_in(text)
        expected = [m.span() for m in re.finditer(r"(?<!\w)Security\W+Council(?!\w)", text, re.IGNORECASE)]
        assert spans == expected, statement.id
    tokens = engine.tokens("The Council met.")
    assert [(token.start, token.end) for token in tokens] == [(0, 3), (4, 11), (12, 15)]


def test_escaping_comes_before_marking(engine, tmp_path):
    hostile = RECORDS[0].__class__(id="hostile", source="hostile.txt", title="Statement",
                                   body="The <script>alert(1)</script> Council & others.", doc_type="statement")
    _write(engine, tmp_path, [hostile])
    opened = engine.open(tmp_path, TUNED)
    try:
        snippet = opened.search(Query(text="Council", sort="relevance"), 0, 1).hits[0].snippet
    finally:
        opened.close()
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet and "<mark>Council</mark>" in snippet


def test_more_like_a_record_gives_others(reader):
    statement = RECORDS[0]
    similar = reader.more_like(statement.id, 3)
    assert similar and statement.id not in {s.id for s in similar}
    assert reader.more_like("no-such-statement", 3) == []


def test_deletions_and_additions_show_after_the_commit(engine, tmp_path):
    _write(engine, tmp_path, RECORDS)
    gone, changed = RECORDS[0], RECORDS[1]
    edited = changed.__class__(**{**changed.__dict__, "body": changed.body + "\n\nA closing word: zanzibarian."})
    writer = engine.writer(tmp_path)
    writer.delete(gone.id)
    writer.delete(changed.id)
    writer.add(edited, "2026-01-02T00:00:00Z")
    writer.commit()
    opened = engine.open(tmp_path, TUNED)
    try:
        assert opened.count() == len(RECORDS) - 1
        assert opened.get(gone.id) is None
        assert _ids(opened, Query(text='"zanzibarian"', exact=True)) == [changed.id]
        assert sum(opened.search(Query(), 0, 0).counts["type"].values()) == len(RECORDS) - 1
    finally:
        opened.close()


def test_a_cancelled_writer_leaves_the_index_as_it_was(engine, tmp_path):
    _write(engine, tmp_path, RECORDS)
    writer = engine.writer(tmp_path)
    writer.delete(RECORDS[0].id)
    writer.cancel()
    opened = engine.open(tmp_path, TUNED)
    try:
        assert opened.count() == len(RECORDS)
    finally:
        opened.close()


def test_a_build_written_in_shares_answers_as_one_written_whole(engine, reader, tmp_path):
    _write(engine, tmp_path, RECORDS, shares=3)
    opened = engine.open(tmp_path, TUNED)
    try:
        assert opened.count() == reader.count()
        for phrase in QUOTED:
            query = Query(text=f'"{phrase}"', exact=True)
            assert set(_ids(opened, query)) == set(_ids(reader, query)), phrase
        assert opened.search(Query(), 0, 0).counts == reader.search(Query(), 0, 0).counts
    finally:
        opened.close()


def test_a_clone_shares_the_build_and_changes_apart_from_it(engine, reader, tmp_path):
    original, clone = tmp_path / "original", tmp_path / "clone"
    original.mkdir()
    clone.mkdir()
    _write(engine, original, RECORDS)
    engine.clone(original, clone)
    writer = engine.writer(clone)
    writer.delete(RECORDS[0].id)
    writer.commit()
    first, second = engine.open(original, TUNED), engine.open(clone, TUNED)
    try:
        assert (first.count(), second.count()) == (len(RECORDS), len(RECORDS) - 1)
    finally:
        first.close()
        second.close()


def test_occurrences_are_where_the_text_holds_the_words_in_the_query_order(reader):
    pattern = re.compile(r"(?<!\w)Security\W+Council(?!\w)", re.IGNORECASE)
    expected = {s.id: [m.span() for m in pattern.finditer(plain_text(s.body))] for s in RECORDS}
    found = reader.occurrences(Query(text='"Security Council"', exact=True, sort="oldest"))
    assert {o.statement_id: list(o.spans) for o in found} == {k: v for k, v in expected.items() if v}
    by_id = {s.id: s for s in RECORDS}
    assert all(o.year == ((by_id[o.statement_id].date or "")[:4] or None) for o in found)
    dates = [by_id[o.statement_id].date or "9999" for o in found]
    assert dates == sorted(dates)
    only = reader.occurrences(Query(text='"Security Council"', exact=True, filters={"country": ("Azerbaijan",)}))
    assert {o.statement_id for o in only} == {k for k, v in expected.items() if v and by_id[k].country == "Azerbaijan"}


def test_words_per_year_are_the_words_of_the_statements_the_filters_admit(reader, engine):
    def tally(records) -> Counter:
        words: Counter = Counter()
        for s in records:
            if s.date:
                words[s.date[:4]] += len(engine.tokens(plain_text(s.body)))
        return words

    assert reader.words_per_year(Query()) == tally(RECORDS)
    assert reader.words_per_year(Query(text="mines", filters={"country": ("Azerbaijan",)})) == \
        tally(s for s in RECORDS if s.country == "Azerbaijan")
    # The engine's words are the text's words: within 2% of a count of \w+ runs (U.S. is one word, not two).
    plain = Counter()
    for s in RECORDS:
        if s.date:
            plain[s.date[:4]] += len(re.findall(r"\w+", plain_text(s.body)))
    assert all(abs(tally(RECORDS)[year] - count) <= 0.02 * count for year, count in plain.items())


def test_bodies_are_the_texts_as_indexed_of_the_statements_matched(reader):
    expected = sorted(plain_text(s.body) for s in RECORDS if s.doc_type == "letter")
    assert expected and sorted(reader.bodies(Query(filters={"type": ("letter",)}))) == expected
    holding = _holding("Security Council")
    found = sorted(reader.bodies(Query(text='"Security Council"', exact=True)))
    assert found == sorted(plain_text(s.body) for s in RECORDS if s.id in holding)


def test_passages_are_the_statements_with_their_texts_as_indexed_in_the_order_asked(reader):
    chosen = [RECORDS[3].id, "no-such-statement", RECORDS[0].id]
    found = reader.passages(chosen)
    assert [(s.id, text) for s, text in found] == [(r.id, plain_text(r.body)) for r in (RECORDS[3], RECORDS[0])]


def test_words_are_the_texts_words_and_a_term_joins_a_words_forms(engine):
    assert engine.words("Mines, mine-fields and Kəlbəcər.") == ["Mines", "mine", "fields", "and", "Kəlbəcər"]
    assert engine.term("Mines") == engine.term("mine") == engine.term("mines") != engine.term("minister")
    tokens = engine.tokens("Mines and mine")
    assert [token.text for token in tokens] == [engine.term(w) for w in ("Mines", "and", "mine")]


def _detail(statement, name: str) -> tuple[str, ...]:
    value = {"speaker_role": statement.speaker_role, "speaker_as_written": speaker_as_written(statement)}[name]
    return (" ".join(value.split()),) if value else ()


def test_rows_are_the_matches_oldest_first_with_the_records_facets_and_details(reader):
    names = ("speaker", "country", "forum", "year", *DETAILS)
    azerbaijan = [s for s in RECORDS if s.country == "Azerbaijan"]
    for query, chosen in ((Query(), RECORDS), (Query(filters={"country": ("Azerbaijan",)}), azerbaijan),
                          (Query(text='"Security Council"', exact=True),
                           [s for s in RECORDS if s.id in _holding("Security Council")])):
        expected = sorted((s for s in chosen if s.date), key=lambda s: s.id)
        expected.sort(key=lambda s: s.date)
        expected += sorted((s for s in chosen if not s.date), key=lambda s: s.id)
        rows = reader.rows(query, names)
        assert [row.statement_id for row in rows] == [s.id for s in expected]
        for row, statement in zip(rows, expected, strict=True):
            assert dict(row.values) == {**{name: _facet_values(statement, name) for name in names[:4]},
                                        **{name: _detail(statement, name) for name in DETAILS}}, statement.id
    assert any(row.values["speaker_role"] for row in rows) and any(row.values["speaker_as_written"] for row in rows)
