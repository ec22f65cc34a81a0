"""UN document symbols: indexed whole, found when pasted, listed on a page of
their own, and linked from the reading view."""

from __future__ import annotations

import pytest

from archive import SearchRequest

from .htmltree import parse


def short(result):
    return {hit.statement.id[:3] for hit in result.hits}


@pytest.mark.parametrize("q, expected", [
    ("S/2021/284", {"002"}),  # pasted: the symbol whole, not the words s, 2021, 284
    ("symbol:S/2021/284", {"002"}),
    ("S/2018/623", {"002"}),
    ("S/2021/28", set()),  # another document, though its digits start the same
    ("mines S/2021/284", {"002"}),
])
def test_a_pasted_symbol_finds_exactly_the_statements_citing_it(archive, q, expected):
    assert short(archive.search(SearchRequest(q=q))) == expected


def test_the_symbol_page_lists_the_statements_citing_it(client):
    doc = parse(client.get("/symbols/S/2021/284").data)
    assert doc.find("h1", cls="entity").text == "Statements citing S/2021/284"
    links = [a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href", "").startswith("/statements/")]
    assert links and all(link.startswith("/statements/002_") for link in links)


def test_the_symbol_page_keeps_the_users_words_in_the_box(client):
    doc = parse(client.get("/symbols/S/2021/284?q=Ottawa").data)
    assert doc.find("input", id="q").attrs["value"] == "Ottawa"


@pytest.mark.parametrize("path", ["/symbols/not-a-symbol", "/symbols/../../etc/passwd", "/symbols/S%2F..%2F.."])
def test_anything_else_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_the_reading_view_links_each_cited_symbol(client):
    doc = parse(client.get("/statements/002_3f684ed411ad2fd9").data)
    hrefs = {a.attrs["href"] for a in doc.find("aside", cls="panel").find_all("a")}
    assert {"/symbols/S/2018/623", "/symbols/S/2021/284"} <= hrefs
