"""Name variants: a search for any spelling finds all, the page says so, and
the spelling as typed stays one click away."""

from __future__ import annotations

import pytest

from archive import Archive, SearchRequest
from archive.variants import expand_names
from archive.whoosh_engine.analysis import prose_term
from archive.whoosh_engine.query import parse_query
from archive.whoosh_engine.schema import build_schema
from archive.whoosh_engine.variants import expand_variants, variant_groups
from indexer.build import build_index

from .htmltree import parse


def short(result):
    return {hit.statement.id[:3] for hit in result.hits}


def test_any_spelling_finds_all(archive):
    result = archive.search(SearchRequest(q="Kalbajar"))
    assert short(result) == {"000", "001"}  # 001 writes only Kəlbəcər
    assert result.variants == ["Kəlbəcər", "Kelbajar", "Karvachar"]
    assert all("<mark>Kəlbəcər</mark>" in hit.snippet or "<mark>Kalbajar</mark>" in hit.snippet
               for hit in result.hits)


def test_the_spelling_as_typed(archive):
    result = archive.search(SearchRequest(q="Kalbajar", exact=True))
    assert short(result) == {"000"} and result.variants == []


def test_variants_inside_a_larger_query(archive):
    assert short(archive.search(SearchRequest(q="Lachin AND landmines"))) == {"000"}  # the text says Laçın too
    assert short(archive.search(SearchRequest(q="Kiev OR Kalbajar"))) == {"000", "001"}


def test_states_former_and_current_names_are_one():
    q, added = expand_variants(parse_query("Burma", build_schema()))
    assert "Myanmar" in added
    assert {term.text for term in q.leaves() if term.fieldname == "body"} >= {prose_term("Myanmar"), "burma"}


def test_every_group_maps_each_of_its_spellings_to_itself():
    for term, spellings in variant_groups().items():
        assert term in {prose_term(word) for word in spellings}


def test_the_page_says_what_else_matched_and_offers_the_exact_spelling(client):
    doc = parse(client.get("/?q=Kalbajar").data)
    note = doc.find("p", cls="variants")
    assert "Also matched: Kəlbəcər, Kelbajar, Karvachar" in note.text
    exact = note.find("a").attrs["href"]
    assert "exact=1" in exact
    data = client.get("/api/search" + exact[exact.index("?"):]).get_json()
    assert data["total"] == 1 and data["variants"] == []


def test_the_reading_view_marks_every_spelling(client):
    page = parse(client.get("/statements/001_b4b41e51197d8961?q=Kalbajar").data)
    marks = page.find("div", cls="body").find_all("mark")
    assert {m.text for m in marks} == {"Kəlbəcər"}
    exact = parse(client.get("/statements/001_b4b41e51197d8961?q=Kalbajar&exact=1").data)
    assert not exact.find("div", cls="body").find_all("mark")


IVORY_COAST = """Statement by the delegation of France
General Debate, Geneva, 3 March 2023

Mr. President, the cocoa farmers of Ivory Coast deserve fair prices.
"""

COTE_DIVOIRE = """Statement by the delegation of Ghana
General Debate, Geneva, 3 March 2023

Mr. President, we welcome the elections held in Côte d’Ivoire last year.
"""

IVORY_APART = """Statement by the delegation of Kenya
General Debate, Geneva, 3 March 2023

Mr. President, the ivory trade must end, from the savannah to the coast.
"""

CZECH = """Letter dated 4 May 2022 from the Permanent Representative of Czechia

The Czech Republic condemns the shelling.
"""


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    for name, text in {"ivory.txt": IVORY_COAST, "cote.txt": COTE_DIVOIRE, "apart.txt": IVORY_APART,
                       "czech.txt": CZECH}.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], folder / "index", show_progress=False)
    with Archive(folder / "index") as reader:
        yield reader


def sources(result):
    return {hit.statement.source for hit in result.hits}


@pytest.mark.parametrize("q, expected, also", [
    ("Ivory Coast", {"ivory.txt", "cote.txt"}, ["Côte d'Ivoire"]),
    ("Côte d'Ivoire", {"ivory.txt", "cote.txt"}, ["Ivory Coast"]),
    ('"cote d\'ivoire"', {"ivory.txt", "cote.txt"}, ["Ivory Coast"]),  # quoted, folded, straight apostrophe
    ("Ivory Coast AND elections", {"cote.txt"}, ["Côte d'Ivoire"]),
    ("Czech Republic", {"czech.txt"}, ["Czechia"]),
])
def test_names_of_several_words_find_every_spelling(named, q, expected, also):
    result = named.search(SearchRequest(q=q))
    assert sources(result) == expected
    assert result.variants == also


def test_several_word_names_as_typed_only(named):
    # The spelling as typed is the phrase as typed: "ivory ... coast" apart is not Ivory Coast.
    assert sources(named.search(SearchRequest(q="Ivory Coast", exact=True))) == {"ivory.txt"}
    assert sources(named.search(SearchRequest(q="ivory coast", exact=True))) == {"ivory.txt"}
    assert sources(named.search(SearchRequest(q="ivory trade", exact=True))) == {"apart.txt"}  # not a name: words
    assert sources(named.search(SearchRequest(q='"Czech Republic" shelling', exact=True))) == {"czech.txt"}


def test_a_phrase_that_is_more_than_a_name_is_left_as_typed(named):
    result = named.search(SearchRequest(q='"farmers of Ivory Coast"'))
    assert sources(result) == {"ivory.txt"} and result.variants == []


def test_the_reading_view_marks_the_other_spelling(named):
    cote = next(h for h in named.search(SearchRequest(q="Ivory Coast")).hits if h.statement.source == "cote.txt")
    assert "<mark>Côte d’Ivoire</mark>" in cote.snippet
    assert named.hit_terms("Ivory Coast").phrases  # the reading view marks the same phrases


def test_a_long_official_name_is_searched_by_its_short_spellings():
    # The Spanish names too, as rights of reply write them ("réplica a la Delegación de EE.UU.").
    assert expand_names("United States of America") == (
        '("United States" OR "USA" OR "U.S." OR "U.S.A." OR "Estados Unidos" OR "EE.UU.")',
        ["United States", "USA", "U.S.", "U.S.A.", "Estados Unidos", "EE.UU."])


@pytest.mark.parametrize("q", ["Ivory Coast~", "Czechia*", "Côte d’Ivoire's", "title:Czechia", "Ivory-Coast"])
def test_a_name_with_an_operator_a_field_or_more_letters_is_left_as_typed(q):
    assert expand_names(q) == (q, [])


def test_two_letter_codes_are_not_variants():
    # not US, which is also "us"
    assert expand_names("United States")[1] == ["USA", "U.S.", "U.S.A.", "Estados Unidos", "EE.UU."]
    assert expand_names("us") == ("us", [])


def test_the_query_limits_count_what_the_user_typed(named):
    many = "Ivory Coast OR " * 20 + "Czechia"  # 61 terms typed; three times as many once spelled out
    assert sources(named.search(SearchRequest(q=many))) == {"ivory.txt", "cote.txt", "czech.txt"}
