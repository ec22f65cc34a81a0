"""Quotes: the words as typed, in order, small words kept, and no stemming.

Checked against the seed texts themselves (a regular expression over the
files decides which statements hold a spelling), on two statements written
for the test, and against Whoosh's own phrase query, which the fast matcher
must agree with document for document and score for score.
"""

from __future__ import annotations

import re

import pytest
from whoosh import query as wq

from archive import Archive, RequestError, SearchRequest
from archive.storage import current_build
from archive.whoosh_engine import phrases
from archive.whoosh_engine.files import open_searcher
from archive.whoosh_engine.phrases import QuotedPhrase
from indexer.build import build_index

from .conftest import SEEDS
from .htmltree import parse

MINE_ONLY = """Statement by the delegation of the Republic of Armenia
at the Meeting of States Parties, Geneva, 12 May 2022

Mr. President,

Clearing a single mine costs more than laying it. Our engineers cleared the mine
field near the border last spring, and the right to reply to false claims is ours.
"""

MINES_ONLY = """Statement by the delegation of Georgia
at the Meeting of States Parties, Geneva, 12 May 2022

Mr. President,

Anti-personnel mines remain in the ground. We exercise the right of reply to say that
landmines kill long after the fighting ends.
"""


@pytest.fixture(scope="module")
def two_statements(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quoted")
    (folder / "armenia-mine.txt").write_text(MINE_ONLY, encoding="utf-8")
    (folder / "georgia-mines.txt").write_text(MINES_ONLY, encoding="utf-8")
    index_dir = folder / "index"
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        yield reader


def titles(result):
    return {hit.statement.source for hit in result.hits}


def test_quotes_turn_stemming_off(two_statements):
    assert titles(two_statements.search(SearchRequest(q="mine"))) == {"armenia-mine.txt", "georgia-mines.txt"}
    assert titles(two_statements.search(SearchRequest(q='"mine"'))) == {"armenia-mine.txt"}
    assert titles(two_statements.search(SearchRequest(q='"mines"'))) == {"georgia-mines.txt"}
    assert titles(two_statements.search(SearchRequest(q='"MINES"'))) == {"georgia-mines.txt"}  # case aside


def test_quoted_phrases_keep_their_small_words(two_statements):
    assert titles(two_statements.search(SearchRequest(q='"the right of reply"'))) == {"georgia-mines.txt"}
    assert titles(two_statements.search(SearchRequest(q='"the right to reply"'))) == {"armenia-mine.txt"}
    assert titles(two_statements.search(SearchRequest(q='"right reply"'))) == set()
    assert titles(two_statements.search(SearchRequest(q='"the right of reply" OR "mine field"'))) == {
        "armenia-mine.txt", "georgia-mines.txt"}


def test_quoted_words_are_marked_only_as_spelled(two_statements):
    hit, = two_statements.search(SearchRequest(q='"mine field"')).hits
    assert "<mark>mine field</mark>" in hit.snippet
    assert "<mark>mine</mark>" not in hit.snippet  # "a single mine" is not the phrase


def seed_ids_holding(pattern: str) -> set[str]:
    found = re.compile(pattern, re.IGNORECASE)
    return {path.name[:3] for path in SEEDS.glob("*.txt") if found.search(path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("q, pattern", [
    ('"mined"', r"\bmined\b"),  # unquoted, mined is mine: all five
    ('"mine action"', r"\bmine\s+action\b"),
    ('"right of reply"', r"\bright\s+of\s+reply\b"),
    ('"Security Council"', r"\bsecurity\s+council\b"),
])
def test_quoted_matches_are_the_texts_holding_that_spelling(seed_index, q, pattern):
    with Archive(seed_index) as reader:
        result = reader.search(SearchRequest(q=q, size=50))
    expected = seed_ids_holding(pattern)
    assert expected and {hit.statement.id[:3] for hit in result.hits} == expected


def test_reading_view_marks_only_the_quoted_spelling(client):
    page = parse(client.get('/statements/002_3f684ed411ad2fd9?q="mines"').data)
    marks = [mark.text.lower() for mark in page.find("div", cls="body").find_all("mark")]
    assert marks and set(marks) == {"mines"}


@pytest.mark.parametrize("words", [["human", "right"], ["mine", "action"], ["right", "of", "repli"],
                                   ["secur", "council"], ["of", "the"]])
def test_the_fast_matcher_agrees_with_whooshs_phrase(seed_index, words):
    """Without spellings, a QuotedPhrase matches what Whoosh's Phrase matches (its score is the
    phrase's own, by how often a statement holds it: tests/test_ranking.py)."""
    searcher = open_searcher(current_build(seed_index))
    try:
        ours = set(searcher.docs_for_query(QuotedPhrase("body", words)))
        whooshs = set(searcher.docs_for_query(wq.Phrase("body", words)))
    finally:
        searcher.close()
    assert ours and ours == whooshs


@pytest.mark.parametrize("words", [["right", "of", "repli"], ["the", "secur", "council"], ["of", "the", "secur"],
                                   ["of", "mine", "explos"], ["the", "mine", "action"]])
def test_common_words_checked_in_the_text_match_as_their_postings_would(seed_index, monkeypatch, words):
    """Words in nearly every statement ("the", "of") are checked in the stored
    text on a large archive; on the seeds the rule is forced, for every word."""
    searcher = open_searcher(current_build(seed_index))
    try:
        whooshs = set(searcher.docs_for_query(wq.Phrase("body", words)))
        monkeypatch.setattr(phrases, "TEXT_CHECK_FROM", 0)
        monkeypatch.setattr(phrases, "TEXT_CHECK_LIMIT", 10)  # on the seeds: the, of, in, and, mine are common
        assert phrases._read_in_text(searcher, "body", words)  # the text is read for some of the words
        ours = set(searcher.docs_for_query(QuotedPhrase("body", words)))
    finally:
        searcher.close()
    assert whooshs and ours == whooshs


def test_a_quoted_common_word_keeps_its_spelling_when_checked_in_the_text(seed_index, monkeypatch):
    monkeypatch.setattr(phrases, "TEXT_CHECK_FROM", 0)  # "mine" is common in the seeds: checked in the text
    with Archive(seed_index) as reader:
        assert {h.statement.id[:3] for h in reader.search(SearchRequest(q='"mined areas"', size=50)).hits} == \
            seed_ids_holding(r"\bmined\s+areas\b")
        assert {h.statement.id[:3] for h in reader.search(SearchRequest(q='"mine areas"', size=50)).hits} == \
            seed_ids_holding(r"\bmine\s+areas\b")


def test_a_phrase_of_only_the_commonest_words_is_refused_with_what_to_do(archive, monkeypatch):
    # In an archive of any size ("of the" is nearly everywhere in the General Debate's 10,952 too).
    monkeypatch.setattr(phrases, "TEXT_CHECK_FROM", 1)
    for q in ['"of the"', '"the the the the"', 'mines "in the"']:
        with pytest.raises(RequestError, match="made only of words found in nearly every statement: add a rarer"):
            archive.search(SearchRequest(q=q))
    assert archive.search(SearchRequest(q='"planting mines"')).total >= 1  # words less common pass
