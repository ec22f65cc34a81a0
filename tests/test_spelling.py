"""Did you mean: corrections from the index's own words, offered when a query
finds little, shown on the page and in the API."""

from __future__ import annotations

import pytest

from archive import SearchRequest

from .htmltree import parse


@pytest.mark.parametrize("q, corrected", [
    ("Aliev", "Aliyev"),
    ("speaker:Aliev", "speaker:Aliyev"),
    ("Azerbajan", "Azerbaijan"),
    ("ministry of foregn affairs", "ministry of foreign affairs"),
    ('"right of replly"', '"right of reply"'),  # a quoted word is shown as a statement wrote it
    ("Kəlbəcər AND landmnes", "Kəlbəcər AND landmines"),  # the known word is kept as typed
])
def test_a_query_that_finds_nothing_gets_a_correction_that_finds_something(archive, q, corrected):
    result = archive.search(SearchRequest(q=q))
    assert result.total == 0
    assert result.suggestion == corrected
    assert archive.search(SearchRequest(q=corrected)).total > 0


@pytest.mark.parametrize("q", ["mines", "Kəlbəcər", "xylophone", "speaker:Aliyev",
                               "landmines 19999"])  # numbers are not misspelt words
def test_no_correction_when_the_query_finds_enough_or_nothing_is_close(archive, q):
    assert archive.search(SearchRequest(q=q)).suggestion is None


def test_negated_words_are_not_corrected(archive):
    assert archive.search(SearchRequest(q="mines NOT Otawa")).suggestion is None


def test_the_page_offers_the_correction_with_the_same_filters(client):
    doc = parse(client.get("/?q=Azerbajan&type=letter").data)
    link = doc.find("p", cls="suggestion").find("a")
    assert link.text == "Azerbaijan"
    assert "type=letter" in link.attrs["href"]
    followed = client.get(link.attrs["href"])
    assert "1 letter" in parse(followed.data).find("h1", id="summary").text


def test_the_api_gives_the_correction(client):
    data = client.get("/api/search?q=Aliev").get_json()
    assert data["total"] == 0 and data["suggestion"] == "Aliyev"
    assert client.get(data["suggestion_url"]).get_json()["total"] > 0
