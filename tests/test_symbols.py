"""UN document symbols: indexed whole, found when pasted, listed on a page of
their own, and linked from the reading view."""

from __future__ import annotations

import pytest

from archive import SearchRequest
from archive.highlight import HitTerms
from web.rendering import render_body

from .htmltree import parse


def short(result):
    return {hit.statement.id[:3] for hit in result.hits}


@pytest.mark.parametrize("q, expected", [
    ("S/2021/284", {"002"}),  # pasted: the symbol whole, not the words s, 2021, 284
    ('"S/2021/284"', {"002"}),  # quoted, it is still a symbol
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


def test_the_symbol_is_a_filter_not_words_pasted_into_the_query(client):
    page = client.get("/api/search?q=mines&symbol=S/2021/284").get_json()
    assert page["query"]["q"] == "mines" and page["query"]["filters"]["symbol"] == ["S/2021/284"]
    assert "citing S/2021/284" in page["description"] and "symbol:" not in page["description"]
    assert [hit["id"][:4] for hit in page["hits"]] == ["002_"]
    assert client.get("/api/search?q=Ottawa&symbol=S/2021/284").get_json()["total"] == 0  # the words still count
    sentence = parse(client.get("/symbols/S/2021/284?q=mines").data).find("h2", id="summary").text
    assert "citing S/2021/284" in sentence and "symbol:" not in sentence and "mines" in sentence


@pytest.mark.parametrize("path", ["/symbols/not-a-symbol", "/symbols/../../etc/passwd", "/symbols/S%2F..%2F.."])
def test_anything_else_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_the_reading_view_links_each_cited_symbol(client):
    doc = parse(client.get("/statements/002_3f684ed411ad2fd9").data)
    hrefs = {a.attrs["href"] for a in doc.find("aside", cls="panel").find_all("a")}
    assert {"/symbols/S/2018/623", "/symbols/S/2021/284"} <= hrefs


def test_symbols_in_the_text_are_links(client):
    body = parse(client.get("/statements/002_3f684ed411ad2fd9?q=mine").data).find("div", cls="body")
    links = {a.attrs["href"]: a.text for a in body.find_all("a", cls="symbol")}
    assert links == {"/symbols/S/2018/623": "S/2018/623", "/symbols/S/2021/284": "S/2021/284"}
    assert body.find_all("mark")  # the hits are marked as before


def test_a_symbol_already_in_a_link_or_an_address_is_left_alone():
    text = ("# Letter\n\nSee [the concept note](https://undocs.org/S/2021/284) and the report S/2018/623.\n\n"
            "Quoted: <S/2019/1>")
    html = render_body(text, HitTerms(), lambda symbol: "/symbols/" + symbol).html
    assert html.count('class="symbol"') == 2  # S/2018/623 and the escaped S/2019/1
    assert 'href="https://undocs.org/S/2021/284"' in html
    assert '<a class="symbol" href="/symbols/S/2018/623">S/2018/623</a>' in html
    assert "&lt;" in html and "<S/2019/1>" not in html  # markup in the text stays text
