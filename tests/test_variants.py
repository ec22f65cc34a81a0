"""Name variants: a search for any spelling finds all, the page says so, and
the spelling as typed stays one click away."""

from __future__ import annotations

from archive import SearchRequest
from archive.analysis import prose_term
from archive.query import parse_query
from archive.schema import build_schema
from archive.variants import expand_variants, variant_groups

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
