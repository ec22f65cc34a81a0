"""Index pages: /speakers, /countries, /forums, /meetings, /symbols list every value
of the seed archive with its number of statements, as HTML and as JSON.

Expected counts are tallied from the hand-written seed table
(test_extraction_seeds.SEED_TABLE) and, for symbols, from a regular
expression over the seed files: never from the engine's other answers."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import quote

import pytest

from .conftest import SEEDS
from .htmltree import parse
from .test_extraction_seeds import SEED_TABLE

SPEAKERS = Counter(name for row in SEED_TABLE for name in row[3])
COUNTRIES = Counter(row[4] for row in SEED_TABLE)
FORUMS = Counter(forum for row in SEED_TABLE for forum in row[5])
# The meetings of the seeds as their headings write them (test_extraction_seeds.test_seed_details); 004 names none.
MINE_BAN = ("Intersessional meetings of the Anti-Personnel Mine Ban Convention, "
            "Thematic session – Mandate of the President")
HRC_47 = ("Human Rights Council, Forty-seventh session, Agenda item 4: Human rights situations that require the "
          "Council's attention")
MEETINGS = Counter({MINE_BAN: 2, HRC_47: 1,
                    "Security Council virtual open debate on the theme: “Maintenance of international peace and "
                    "security: Mine action”": 1})
SYMBOL = re.compile(r"\b[AS]/(?:[A-Z]+/)?\d+/\d+\b")


def symbols_in_seeds() -> Counter:
    return Counter(symbol for path in SEEDS.glob("*.txt")
                   for symbol in set(SYMBOL.findall(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("path, expected", [
    ("speakers", SPEAKERS),
    ("countries", COUNTRIES),
    ("forums", FORUMS),
    ("meetings", MEETINGS),
    ("symbols", None),
])
def test_each_index_lists_every_value_with_its_count(seeds, path, expected):
    expected = expected or symbols_in_seeds()
    data = seeds.get(f"/api/{path}").get_json()
    assert {item["value"]: item["count"] for item in data["values"]} == dict(expected)
    assert data["total"] == data["values_in_archive"] == len(expected)
    doc = parse(seeds.get(f"/{path}").data)
    rows = [(row.find("a").text, int(row.find("td", cls="count").text.replace(",", "")))
            for row in doc.find("table", cls="index").find("tbody").find_all("tr")]
    assert dict(rows) == dict(expected)
    for row in doc.find("table", cls="index").find("tbody").find_all("tr"):  # each value's own page is there
        assert seeds.get(row.find("a").attrs["href"]).status_code == 200


def test_sorted_by_count_most_first_and_by_name_alphabetically(seeds):
    by_count = [item["value"] for item in seeds.get("/api/forums?sort=count").get_json()["values"]]
    assert [FORUMS[name] for name in by_count] == sorted(FORUMS.values(), reverse=True)
    by_name = [item["value"] for item in seeds.get("/api/forums?sort=name").get_json()["values"]]
    assert by_name == sorted(FORUMS, key=str.casefold)


@pytest.mark.parametrize("index, words, expected", [
    ("speakers", "aliyev", {"Yashar Aliyev", "Seymur Mardaliyev"}),  # any part of the name
    ("speakers", "MARDAL", {"Seymur Mardaliyev"}),  # case aside
    ("speakers", "yashar aliyev", {"Yashar Aliyev"}),  # every word must be there
    ("speakers", "aliyev jeyhun", set()),
    ("countries", "Azerbaïjan", {"Azerbaijan"}),  # accents aside
    ("symbols", "2021", {"S/2021/284"}),
])
def test_the_filter_box_narrows_the_list(seeds, index, words, expected):
    data = seeds.get(f"/api/{index}", query_string={"q": words}).get_json()
    assert {item["value"] for item in data["values"]} == expected
    assert data["total"] == len(expected)


def test_the_filter_box_is_a_get_form_keeping_the_sort(seeds):
    doc = parse(seeds.get("/speakers?q=yashar&sort=name").data)
    form = doc.find("form", cls="listing")
    assert form.attrs["method"] == "get" and form.attrs["action"] == "/speakers"
    assert form.find("input", id="filter").attrs["value"] == "yashar"
    assert form.find("input", name="sort").attrs["value"] == "name"
    assert doc.find("h2", id="summary").text == "1 of 3 speakers matching “yashar”"


def test_pages_of_an_index_cover_it_once(seeds):
    first = seeds.get("/api/speakers?sort=name&size=2").get_json()
    second = seeds.get(first["next_url"]).get_json()
    values = [item["value"] for item in first["values"] + second["values"]]
    assert values == sorted(SPEAKERS) and first["pages"] == 2 and second["next_url"] is None


@pytest.mark.parametrize("url, status", [
    ("/api/speakers?sort=size", 400),
    ("/api/speakers?page=0", 400),
    ("/api/speakers?size=abc", 400),
    ("/api/speakers?q=a&q=b", 400),
    ("/api/speakers?q=" + "x" * 300, 400),
    ("/api/speakers?page=9", 404),
])
def test_bad_requests_get_the_error_envelope(seeds, url, status):
    response = seeds.get(url)
    assert response.status_code == status
    assert response.get_json()["ok"] is False and response.get_json()["status"] == status


def test_the_site_header_links_every_index(seeds):
    for page in ("/", "/speakers", "/statements/002_3f684ed411ad2fd9"):
        header = parse(seeds.get(page).data).find("header", cls="site")
        hrefs = {a.attrs["href"] for a in header.find_all("a")}
        assert {"/speakers", "/countries", "/forums", "/meetings", "/symbols"} <= hrefs


def test_a_meeting_has_its_page(seeds):
    doc = parse(seeds.get(f"/meetings/{quote(HRC_47)}").data)
    assert doc.find("h1", cls="entity").text == f"Statements at {HRC_47}"
    links = [a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href", "").startswith("/statements/")]
    assert links and all(link.startswith("/statements/003_") for link in links)
