"""Resolutions cited in words become the symbols they name: searched, listed
and linked as symbols are. The conventions are data (symbols.json,
"resolutions"): every example there is tested, and every reject."""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.build import build_index
from indexer.extraction.references import find_symbols
from indexer.extraction.resolutions import find_resolutions
from web import create_app

from .htmltree import parse

RESOLUTIONS = vocabulary.load_data("symbols")["resolutions"]


@pytest.mark.parametrize("text, expected", RESOLUTIONS["examples"])
def test_every_example_names_its_symbols(text, expected):
    assert find_resolutions(text) == expected


@pytest.mark.parametrize("text", RESOLUTIONS["rejects"])
def test_every_reject_names_none(text):
    assert find_resolutions(text) == []


@pytest.mark.parametrize("text, expected", [
    # Written as a symbol, without the space before the year: the same symbol as with it.
    ("see S/RES/242(1967) and S/RES/242 (1967)", ["S/RES/242 (1967)"]),
    # Written both ways: one symbol.
    ("resolution 2231 (2015), that is S/RES/2231 (2015)", ["S/RES/2231 (2015)"]),
    # A year that is no year of the United Nations is not a Security Council convention.
    ("resolution 12 (1850)", []),
    # A draft is not a resolution, and its symbol is written whole when cited.
    ("the draft resolution A/76/L.1", ["A/76/L.1"]),
    # A list goes on after "and", and stops at the first thing that is not a number.
    ("Security Council resolutions 1325 (2000), 1820 (2008) and 2467 (2019) on women", [
        "S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/2467 (2019)"]),
    ("resolution 1325 (2000) and 80 delegations", ["S/RES/1325 (2000)"]),
])
def test_symbols_found_in_a_text(text, expected):
    assert find_symbols(text) == expected


STATEMENT = """**Statement by Mr. Ivan Example, Permanent Representative of Ruritania to the United Nations**

**General Assembly, Seventy-sixth session, General Debate**

New York, 22 September 2021

Mr. President,

A just and lasting peace must rest on Security Council resolution 242 (1967) and on {second}.
"""


@pytest.fixture(scope="module")
def cited(tmp_path_factory):
    folder = tmp_path_factory.mktemp("resolutions")
    (folder / "in-words.txt").write_text(STATEMENT.format(second="General Assembly resolution ES-11/1"),
                                         encoding="utf-8")
    (folder / "as-symbol.txt").write_text(STATEMENT.replace("Security Council resolution 242 (1967)", "S/RES/242")
                                          .format(second="A/RES/76/1"), encoding="utf-8")
    (folder / "other.txt").write_text(STATEMENT.format(second="the Charter").replace("242 (1967)", "2231 (2015)")
                                      + "\nWe recall resolution 338.\n", encoding="utf-8")
    index = folder / "index"
    build_index([folder], index, show_progress=False)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index)})
    yield app.test_client()
    app.extensions["archive"].close()


def sources(client, url: str) -> set[str]:
    hits = client.get(url).get_json()["hits"]
    return {client.get(f"/api/statements/{hit['id']}").get_json()["statement"]["source"] for hit in hits}


@pytest.mark.parametrize("url, expected", [
    ("/api/search?q=S/RES/242", {"in-words.txt", "as-symbol.txt"}),  # the year left out finds it with its year
    ("/api/search?q=%22S/RES/242+(1967)%22", {"in-words.txt"}),
    ("/api/search?symbol=S/RES/242", {"in-words.txt", "as-symbol.txt"}),
    ("/api/search?q=A/RES/ES-11/1", {"in-words.txt"}),
    ("/api/search?q=S/RES/338", set()),  # "resolution 338" in a sentence naming no body: no symbol
    ("/api/search?q=S/RES/2231", {"other.txt"}),
])
def test_a_symbol_finds_the_statements_citing_it_in_words(cited, url, expected):
    assert sources(cited, url) == expected


def test_cited_resolutions_are_listed_and_linked_as_symbols(cited):
    listed = {item["value"]: item for item in cited.get("/api/symbols").get_json()["values"]}
    assert listed["S/RES/242 (1967)"]["count"] == 1 and listed["S/RES/242"]["count"] == 1
    assert listed["A/RES/ES-11/1"]["url"] == "/symbols/A/RES/ES-11/1"
    page = parse(cited.get(listed["S/RES/242 (1967)"]["url"]).data)
    assert page.find("h1", cls="entity").text == "Statements citing S/RES/242 (1967)"
    hit = cited.get("/api/search?q=A/RES/ES-11/1").get_json()["hits"][0]
    panel = parse(cited.get(hit["url"]).data).find("aside", cls="panel")
    hrefs = {a.attrs["href"] for a in panel.find_all("a")}
    assert {"/symbols/S/RES/242%20(1967)", "/symbols/A/RES/ES-11/1"} <= hrefs
