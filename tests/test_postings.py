"""Postings read a block at a time (archive/whoosh_engine/postings.py) answer as Whoosh's own
searcher does, read the slow way: the same documents for a query, the same score for each to the
bit, and the same order, ties included. On an index as an update leaves it (two shares, deleted
statements, one added again) holding every record twice under two ids, so equal scores abound."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive.engine import Query
from archive.ranking import TUNED
from archive.whoosh_engine import WHOOSH, phrases, postings
from archive.whoosh_engine.analysis import WORD, ProseCharacters, prose_term, spelling_code
from archive.whoosh_engine.common_words import COMMON_TERMS, CommonCounts
from archive.whoosh_engine.files import open_searcher
from archive.whoosh_engine.matching import ranking_query, with_variants
from archive.whoosh_engine.pairs import PhrasePlan, WordPairs, phrase_counts
from archive.whoosh_engine.phrases import _read_in_text
from archive.whoosh_engine.postings import (
    BISECT_FROM,
    _pair_starts,
    _phrase_starts,
    documents,
    postings_of,
    ranked,
    scores,
)
from archive.whoosh_engine.query import expanded

from .test_engine_contract import RECORDS, _holding, _received, _write

TWINS = [replace(statement, id=f"{statement.id}-twin") for statement in RECORDS]
DELETED = (RECORDS[2].id, TWINS[4].id, RECORDS[9].id)
WORDS = ["peace", "Azerbaijan", "landmines", "mines", "Council", "occupation", "rights", "zzzunknown"]
# Phrases (with words written far more often than the phrase: "of", "the"), two words with their
# phrase as a bonus, a phrase and a word, a word NOT another.
# Phrases of common words only, read in their pairs (pairs.py); with a rarer word read by its positions
# after, before or between pairs; with a common word no pair covers, read by positions alone.
SCORED = [*WORDS, '"human rights"', '"Security Council"', '"of the United Nations"', '"the Government of"',
          '"Thank you"', '"landmines"', '"territories of Azerbaijan"', '"Islamic Republic of"',
          '"the Republic of Azerbaijan"', '"Azerbaijan to the United Nations"', '"the liberated territories"',
          '"by Armenia to"', "peace security",
          "international law", '"United Nations" Azerbaijan', "Security Council", "mines NOT coal",
          "peace NOT Armenia", '"Security Council" NOT Azerbaijan']
QUERIES = [*SCORED, "Kalbajar", "mines NOT coal", "peace security", "Armenia OR Azerbaijan", "country:AZE mines",
           '"human rights" council', "negotiat* peace", "terroris*", "armeni?n OR Kelbe*",
           "Security Council NOT Armenia", "mines~"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    build = tmp_path_factory.mktemp("postings")
    _write(WHOOSH, build, RECORDS + TWINS, shares=2)
    writer = WHOOSH.writer(build)
    for statement_id in DELETED:
        writer.delete(statement_id)
    writer.delete(RECORDS[6].id)
    writer.add(RECORDS[6], _received(RECORDS[6]))
    writer.commit()
    opened = open_searcher(build)
    yield opened
    opened.close()


def parsed(searcher, text: str):
    return expanded(with_variants(text, searcher.schema, False, TUNED)[0], searcher.reader())


def live(searcher) -> set[int]:
    return set(searcher.reader().all_doc_ids())


def test_the_index_has_deleted_documents_in_several_segments(searcher):
    reader = searcher.reader()
    assert len(reader.leaf_readers()) >= 2 and reader.doc_count_all() - reader.doc_count() == len(DELETED) + 1


@pytest.mark.parametrize("text", QUERIES)
def test_the_documents_of_a_query_are_whooshs(searcher, text):
    q = parsed(searcher, text)
    assert documents(searcher, q) & live(searcher) == set(searcher.docs_for_query(q))


@pytest.mark.parametrize("word", ["landmines", "Azerbaijan", "occupation"])
def test_the_documents_of_a_word_are_the_records_holding_it(searcher, word):
    # Ground truth from the text: a word as written is found wherever the quoted word is (and its twin).
    ids = {searcher.stored_fields(docnum)["id"] for docnum in documents(searcher, parsed(searcher, word))
           if docnum in live(searcher)}
    kept = {s.id for s in RECORDS + TWINS if s.id not in DELETED}
    written = {twin for statement_id in _holding(word) for twin in (statement_id, f"{statement_id}-twin")}
    assert written & kept <= ids


def ranking(searcher, text: str):
    """What relevance ranks a query by: the words with their phrase as a bonus, or a phrase alone."""
    return ranking_query(searcher, parsed(searcher, text), Query(text=text, sort="relevance"), TUNED)


@pytest.mark.parametrize("text", SCORED)
def test_scores_are_whooshs_to_the_bit(searcher, text):
    q = ranking(searcher, text)
    found = scores(searcher, q)
    assert found is not None
    whoosh = dict(searcher.search(q, limit=None).items())
    assert {docnum: score for docnum, score in found.items() if docnum in whoosh} == whoosh
    assert set(found) - set(whoosh) <= set(range(searcher.doc_count_all())) - live(searcher)


@pytest.mark.parametrize("text", ['"the liberated territories"', '"of Azerbaijan to"', '"by Armenia to"'])
@pytest.mark.parametrize("text_bytes", [0, 10**9])
def test_a_phrase_checked_in_the_text_scores_as_whoosh(searcher, text, text_bytes, monkeypatch):
    # In an archive of 1,000 statements or more, the commonest words of a phrase are checked in the
    # statement's text (phrases._TextCheck); here the small archive is made to count as large. When the
    # statements left would cost more to read than those words' postings, the postings are read instead:
    # a statement's text is made to cost nothing (0), then more than any postings.
    monkeypatch.setattr(phrases, "TEXT_CHECK_FROM", 10)
    monkeypatch.setattr(postings, "TEXT_BYTES", text_bytes)
    q = parsed(searcher, text)
    assert any(_read_in_text(sub, "body", node.words) for node in phrases._phrases(q)
               for sub, _base in searcher.leaf_searchers())
    whoosh = dict(searcher.search(q, limit=None).items())
    assert whoosh
    assert {docnum: score for docnum, score in scores(searcher, q).items() if docnum in whoosh} == whoosh


@pytest.mark.parametrize("word", ["peace", "mines", "Council", "rights"])
@pytest.mark.parametrize("stop", [0, 1, 3, 10, 25, None])
def test_a_words_ranking_is_whooshs_ties_included(searcher, word, stop):
    q = parsed(searcher, word)
    whoosh = list(searcher.search(q, limit=stop).items()) if stop != 0 else []
    found = scores(searcher, q)
    assert ranked(found, live(searcher), stop) == whoosh
    assert len({score for _docnum, score in whoosh}) < len(whoosh) or stop in (0, 1)  # twins tie


def test_queries_of_other_shapes_are_not_scored_here(searcher):
    # Kalbajar: its other spellings make it an Or of many words and phrases; three words an And of three.
    for text in ("negotiat*", "Kalbajar", "peace security council", "NOT peace"):
        assert scores(searcher, ranking(searcher, text)) is None


def test_a_ranking_within_a_filter_is_whooshs(searcher):
    q = parsed(searcher, "peace")
    within = {docnum for docnum in live(searcher) if searcher.stored_fields(docnum)["id"] < "m"}
    whoosh = list(searcher.search(q, filter=within, limit=10).items())
    assert ranked(scores(searcher, q), within, 10) == whoosh


@pytest.mark.parametrize("text", ["peace", '"human rights"', "peace security", "mines NOT coal"])
def test_scores_within_some_documents_are_whooshs_for_those(searcher, text):
    # A date filter reaches the scores as the documents it admits: only those are scored.
    q = ranking(searcher, text)
    within = frozenset(docnum for docnum in live(searcher) if docnum % 3)
    whoosh = dict(searcher.search(q, filter=set(within), limit=None).items())
    assert whoosh
    found = scores(searcher, q, within)
    assert {docnum: score for docnum, score in found.items() if docnum in live(searcher)} == whoosh


@pytest.mark.parametrize("word", ["peace", "rights", "Council", "Azerbaijan"])
@pytest.mark.parametrize("share", [1, 3, 40])
def test_the_postings_of_some_documents_are_whooshs(searcher, word, share):
    # A page's snippets read a word's postings in its ten documents; a concordance in thousands.
    term = prose_term(word)
    every = dict(searcher.postings("body", term).all_items())
    some = frozenset(sorted(every)[::share])
    assert some and postings_of(searcher, "body", term, some) == {docnum: every[docnum] for docnum in some}


def test_a_word_looked_up_at_each_start_keeps_the_spelling_quoted():
    # "nation" is written far more often than the phrase starts, so it is looked up at each start by
    # bisection; only "united nations" as quoted counts, not "united nation". Counted by hand below.
    text = "The united nation met. The united nations met. " + "A nation, nations and a nation. " * 6
    postings = {term: value for term, _count, _weight, value in ProseCharacters().word_values(text, None)}
    quoted = ["united", "nations"]
    starts = _phrase_starts([postings[prose_term(word)] for word in quoted], [0, 1], [spelling_code(w) for w in quoted])
    words = [word.lower() for word in WORD.findall(text)]
    assert len([word for word in words if word.startswith("nation")]) > BISECT_FROM * 2
    assert starts == {index for index in range(len(words) - 1) if words[index:index + 2] == quoted} == {5}


# Written for these tests: repeated words, small words, and spellings of one stem ("nation", "nations").
PHRASE_TEXT = ("Step by step, the nations moved. A step by step approach; step by step by step. Very very few, "
               "very, very many: very very very slowly. The nation by the nations stood by step. " * 3)


PHRASES_OF_TEXT = [["very", "very"], ["step", "by", "step"], ["by", "step"], ["step", "by"], ["nations", "moved"],
                   ["the", "nation"], ["very", "very", "very"], ["by", "step", "by", "step"], ["moved", "step"]]


@pytest.mark.parametrize("quoted", PHRASES_OF_TEXT)
def test_phrase_starts_are_where_the_words_stand_in_a_row_as_written(quoted):
    # Counted from the text's words by hand: every place where the quoted words follow one another, each
    # spelled as quoted (case aside); a repeated word must stand at each of its places, not once for both.
    postings = {term: value for term, _count, _weight, value in ProseCharacters().word_values(PHRASE_TEXT, None)}
    words = [word.lower() for word in WORD.findall(PHRASE_TEXT)]
    expected = {index for index in range(len(words)) if words[index:index + len(quoted)] == quoted}
    offsets, codes = list(range(len(quoted))), [spelling_code(word) for word in quoted]
    values = [postings[prose_term(word)] for word in quoted]
    assert _phrase_starts(values, offsets, codes) == expected
    if len(quoted) == 2:  # the loop over many documents gives each the same starts
        by_document = [{docnum: value for docnum in (3, 8)} for value in values]
        assert list(_pair_starts(by_document, offsets, codes, [3, 8])) == [(3, expected), (8, expected)]
    assert bool(expected) == (quoted != ["moved", "step"])  # "moved. A step": not a phrase of the text


@pytest.mark.parametrize("quoted", [*PHRASES_OF_TEXT, ["nation", "by", "the"], ["very", "very", "slowly"],
                                    ["the", "nations", "stood", "by", "step"], ["slowly", "the", "nation"],
                                    ["stood", "by"]])
@pytest.mark.parametrize("spelled", [True, False])
def test_a_phrase_counted_in_its_pairs_of_common_words_is_where_the_words_stand_in_a_row(quoted, spelled):
    # Counted from the text's words by hand, as above: quoted, each word spelled as typed; unquoted (a phrase's
    # bonus), any form of each word ("the nation" also counts "the nations"). "stood" and "slowly" are rarer
    # words: read by their positions beside the pairs of the others.
    assert {"step", "by", "the", "nation", "veri"} <= COMMON_TERMS and not {"stood", "slowli"} & COMMON_TERMS
    pairs = {term: value for term, _count, _weight, value in WordPairs().word_values(PHRASE_TEXT, None)}
    words = {term: value for term, _count, _weight, value in ProseCharacters().word_values(PHRASE_TEXT, None)}
    assert not any("stood" in pair or "slowli" in pair for pair in pairs)  # pairs of common words only
    written = [word.lower() for word in WORD.findall(PHRASE_TEXT)]
    same = (lambda a, b: a == b) if spelled else (lambda a, b: prose_term(a) == prose_term(b))
    expected = sum(1 for index in range(len(written))
                   if len(written[index:index + len(quoted)]) == len(quoted)
                   and all(same(a, b) for a, b in zip(written[index:index + len(quoted)], quoted, strict=True)))
    terms = [prose_term(word) for word in quoted]
    plan = PhrasePlan.of(terms)
    if plan is None:  # no pair to read: "stood by" is read by its words' positions
        assert quoted == ["stood", "by"]
        return
    reads = plan.reads(terms, [spelling_code(word) if spelled else None for word in quoted], "pairs", "words")
    if any(term not in (pairs if field == "pairs" else words) for field, term, _starts in reads):
        assert expected == 0
        return
    read = [({docnum: (pairs if field == "pairs" else words)[term] for docnum in (3, 8)}, starts)
            for field, term, starts in reads]
    counts = list(phrase_counts(read, [3, 8]))
    assert counts == ([(3, expected), (8, expected)] if expected else [])
    assert bool(expected) == (quoted != ["moved", "step"])


def test_a_texts_common_words_are_counted_as_the_body_weighs_them_and_its_rarer_words_not():
    # Counted by hand from the text's words: how often each common stem occurs; the body's own weight for it is
    # the same number (a common word's scores are read from these counts), and a rarer word has no count.
    counts = {term: (count, weight) for term, count, weight, _value in CommonCounts().word_values(PHRASE_TEXT, None)}
    body = {term: weight for term, _count, weight, _value in ProseCharacters().word_values(PHRASE_TEXT, None)}
    stems = [prose_term(word) for word in WORD.findall(PHRASE_TEXT)]
    assert counts == {stem: (stems.count(stem), float(stems.count(stem))) for stem in set(stems) & COMMON_TERMS}
    assert all(body[stem] == weight for stem, (_count, weight) in counts.items())
    assert counts["step"] == (24, 24.0) and "slowli" not in counts and "stood" not in counts


@pytest.mark.parametrize("text", ["peace", "rights", "Council", "peace security", "peace NOT Armenia"])
def test_a_common_words_scores_read_from_its_counts_are_whooshs_to_the_bit(searcher, text):
    # Whoosh scores the word from the body's postings; here they are read from the counts of common words.
    assert all(prose_term(word) in COMMON_TERMS for word in text.replace("NOT Armenia", "").split())
    assert "body_counts" in searcher.schema
    q = ranking(searcher, text)
    whoosh = dict(searcher.search(q, limit=None).items())
    assert {docnum: score for docnum, score in scores(searcher, q).items() if docnum in whoosh} == whoosh
