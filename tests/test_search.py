"""Archive.search on a real index of the seeds plus three fixtures
(a year-dated General Debate speech, an undated note verbale, a statement
with hostile markup)."""

from __future__ import annotations

import pytest

from archive import Archive, RequestError, SearchRequest
from indexer.build import build_index

ALL = 8
SEED_IDS = {"000_e71adabdfbd67d48", "001_b4b41e51197d8961", "002_3f684ed411ad2fd9",
            "003_2bf1af1179afb1de", "004_ad6f61e609c1d31c"}


def ids(result):
    return {hit.statement.id for hit in result.hits}


def short(result):
    return {hit.statement.id[:3] for hit in result.hits}


def search(archive, q="", size=50, **kwargs):
    return archive.search(SearchRequest(q=q, size=size, **kwargs))


def facet(result, name):
    return {v.value: v.count for v in result.facets[name]}


@pytest.mark.parametrize("q, expected", [
    ("mines", {"000", "001", "002", "003", "004", "sta"}),  # stemming: mines, mine, Mine
    ("Kelbecer", {"000", "001"}),  # folding: the text writes Kəlbəcər
    ('"right of reply"', {"000"}),  # a phrase, small words kept
    ("mines NOT Ottawa", {"002", "003", "004", "sta"}),
    ("Kəlbəcər OR Zangilan", {"000", "001", "004"}),
    ("mines AND maps", {"000", "001", "004"}),
    ("speaker:Aliyev", {"002", "004"}),
    ('speaker:"Jeyhun Bayramov"', {"004"}),  # a signatory of the annexed letter
    ("country:AZE", {"000", "001", "002", "003", "004"}),  # ISO3 code
    ("country:Azerbaijani", {"000", "001", "002", "003", "004"}),  # adjective
    ("type:letter", {"004"}),
    ('forum:"Security Council"', {"002", "004"}),
    ("demin*", {"001", "004", "gen"}),  # wildcard: demining, demine ...
    ("speaker:Aliev~", {"002", "004"}),  # fuzzy: one edit from Aliyev
    ("Bayramof~", {"004"}),  # fuzzy in prose: Bayramov
])
def test_query_syntax(archive, q, expected):
    assert short(search(archive, q)) == expected


def test_empty_query_browses_everything_newest_first(archive):
    result = search(archive)
    assert result.total == ALL
    dates = [hit.statement.date for hit in result.hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] is None  # undated statements come last


def test_oldest_first_keeps_undated_last(archive):
    dates = [hit.statement.date for hit in search(archive, sort="oldest").hits]
    assert dates[0] == "2019-01-01" and dates[-1] is None


def test_relevance_puts_the_statement_about_it_first(archive):
    result = search(archive, '"right of reply"')
    assert result.hits[0].statement.doc_type == "right_of_reply"


def test_facets_follow_the_query(archive):
    result = search(archive, "Kelbecer")
    assert facet(result, "speaker") == {"Seymur Mardaliyev": 2}
    assert facet(result, "type") == {"statement": 1, "right_of_reply": 1}
    assert facet(result, "year") == {"2021": 2}


def test_facets_count_letters_under_both_forums(archive):
    forums = facet(search(archive, "mines"), "forum")
    assert forums["UN Security Council"] == 2  # seed 002 and the letter 004
    assert forums["UN General Assembly"] == 2  # the letter 004 and the First Committee fixture


def test_selected_facet_keeps_its_other_values_visible(archive):
    result = search(archive, filters={"country": ("Azerbaijan",)})
    assert result.total == 5
    countries = {v.value: (v.count, v.selected) for v in result.facets["country"]}
    assert countries["Azerbaijan"] == (5, True)
    assert countries["Armenia"] == (1, False)  # what adding Armenia would bring
    assert facet(result, "year") == {"2021": 5}  # other facets follow the filter


@pytest.mark.parametrize("value", ["Azerbaijan", "AZE", "aze", "Azerbaijani", "Republic of Azerbaijan"])
def test_a_country_filter_takes_a_name_a_code_or_an_adjective(archive, value):
    result = search(archive, "mines", filters={"country": (value,)})
    assert short(result) == {"000", "001", "002", "003", "004"}
    assert [v.value for v in result.facets["country"] if v.selected] == ["Azerbaijan"]


def test_several_values_of_one_facet_are_alternatives(archive):
    result = search(archive, filters={"type": ("letter", "note_verbale")})
    assert short(result) == {"003", "004", "not"}


def test_facet_selection_is_a_filter_not_query_text(archive):
    # A value with query syntax in it is matched as a value, not parsed.
    result = search(archive, filters={"country": ('Azerbaijan" OR "Armenia',)})
    assert result.total == 0


@pytest.mark.parametrize("date_from, date_to, expected", [
    ("2021", "2021", SEED_IDS),
    ("June 2021", "June 2021", {"000_e71adabdfbd67d48", "001_b4b41e51197d8961"}),
    ("2021-06-22", "22 June 2021", {"000_e71adabdfbd67d48", "001_b4b41e51197d8961"}),
    # Day and month in figures, read the only way they can be: 30 is no month.
    ("22/06/2021", "06/30/2021", {"000_e71adabdfbd67d48", "001_b4b41e51197d8961"}),
    ("April 2021", "2021-04-30", {"002_3f684ed411ad2fd9", "003_2bf1af1179afb1de"}),
    # Months in the languages the extractor reads: a French or Spanish user types them so.
    ("juin 2021", "30 de junio de 2021", {"000_e71adabdfbd67d48", "001_b4b41e51197d8961"}),
    # A statement dated only by its year overlaps any range within that year.
    ("June 2019", "June 2019", {"general-debate-2019-arm"}),
    ("2020", None, SEED_IDS | {"statement-with-markup"}),
    (None, "2019-12-31", {"general-debate-2019-arm"}),
])
def test_date_filter(archive, date_from, date_to, expected):
    assert ids(search(archive, date_from=date_from, date_to=date_to)) == expected


@pytest.mark.parametrize("request_kwargs, message", [
    ({"q": '"unbalanced'}, "quote"),
    ({"q": "(mines"}, "parenthesis"),
    ({"q": "mines AND"}, "operator"),
    ({"q": "x" * 2000}, "limit"),
    ({"date_from": "notadate"}, "Could not read"),
    ({"date_from": "June"}, "no year"),
    # '01/06/2021' is 1 June in Europe and January 6 in the United States: neither is guessed.
    ({"date_from": "01/06/2021"}, "could be 1 June or January 6"),
    ({"date_from": "2022", "date_to": "2021"}, "after the end date"),
    ({"sort": "random"}, "Unknown sort"),
    ({"page": 0}, "page"),
    ({"size": 10**6}, "size"),
    ({"filters": {"colour": ("blue",)}}, "Unknown filter"),
])
def test_bad_requests_say_what_to_fix(archive, request_kwargs, message):
    with pytest.raises(RequestError, match=message):
        archive.search(SearchRequest(**request_kwargs))


def test_pagination(archive):
    pages = [search(archive, size=3, page=n) for n in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [3, 3, 2]
    assert pages[0].pages == 3
    seen = [hit.statement.id for p in pages for hit in p.hits]
    assert len(set(seen)) == ALL


def test_snippets_mark_the_hits(archive):
    result = search(archive, "Kelbecer")
    for hit in result.hits:
        assert "<mark>Kəlbəcər</mark>" in hit.snippet


def test_snippets_escape_the_statement_text(archive):
    hit = search(archive, "alert").hits[0]
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet


def test_get_returns_the_full_record(archive):
    record = archive.get("004_ad6f61e609c1d31c")
    assert record.speakers == ("Yashar Aliyev", "Jeyhun Bayramov")
    assert "zero-sum" in record.body
    assert archive.get("no-such-id") is None


def test_searchers_reopen_when_a_new_build_is_published(tmp_path, corpus_dir):
    from indexer.build import build_index

    index_dir = tmp_path / "index"
    build_index([corpus_dir / "004_ad6f61e609c1d31c.txt"], index_dir, show_progress=False)
    reader = Archive(index_dir)
    assert search(reader).total == 1
    build_index([corpus_dir], index_dir, show_progress=False)
    assert search(reader).total == ALL
    reader.close()


def test_a_colon_after_a_word_that_is_no_field_is_punctuation(archive):
    # 'Note: mines' as typed from a document's heading: the words note and mines, not an unknown field.
    with_colon = ids(search(archive, q="Note: mines"))
    assert with_colon and with_colon == ids(search(archive, q="note mines"))
    assert ids(search(archive, q="Kalbajar: mines")) == ids(search(archive, q="Kalbajar mines"))
    assert ids(search(archive, q='speaker:Mardaliyev')) != ids(search(archive, q="speaker mardaliyev"))


def test_a_short_word_varies_by_one_edit_however_many_are_asked(tmp_path):
    # peace~2 would otherwise stand for pea, per, peru, perch ...: dozens of words, each scored everywhere.
    texts = {"peace.txt": "We want peace in the region.", "peru.txt": "Peru and the perch of the lake.",
             "pieces.txt": "Pieces of the puzzle."}
    for name, text in texts.items():
        (tmp_path / name).write_text(f"Statement by the delegation of Chile\n\n{text}\n", encoding="utf-8")
    build_index([tmp_path], tmp_path / "index", show_progress=False)
    with Archive(tmp_path / "index") as archive:
        assert {hit.statement.source for hit in search(archive, "peace~2").hits} == {"peace.txt"}
        assert {hit.statement.source for hit in search(archive, "peaceful~2").hits} == {"peace.txt"}  # 2 edits


def test_a_fuzzy_word_marks_the_words_it_matched(archive):
    hit = search(archive, "Bayramof~").hits[0]
    assert "<mark>Bayramov</mark>" in hit.snippet


def test_a_speaker_filter_typed_in_other_case_or_accents_finds_the_speaker(archive):
    kept = archive.search(SearchRequest(filters={"speaker": ("Yashar Aliyev",)}))
    typed = archive.search(SearchRequest(filters={"speaker": ("yashar ALIYEV",)}))
    assert kept.total > 0 and ids(typed) == ids(kept)
    assert [value.value for value in typed.facets["speaker"] if value.selected] == ["Yashar Aliyev"]
    assert archive.search(SearchRequest(filters={"speaker": ("Nobody Known",)})).total == 0
