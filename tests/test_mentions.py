"""About versus by: the States and places a statement mentions are a facet, a
filter (mentions=Armenia) and a query field (mentions:Armenia), and the
reading view lists them with how often each is named.

Expectations come from regular expressions over the seed files."""

from __future__ import annotations

import re

import pytest

from .conftest import SEEDS
from .htmltree import parse

RUSSIA = re.compile(r"\bRussia\b|\bRussian\s+Federation\b")
AFGHANISTAN = re.compile(r"\bAfghanistan\b")
ARMENIA = re.compile(r"\bArmenia(?![\w-])")  # the State, not "Armenian"
KALBAJAR = re.compile(r"\b(?:Kəlbəcər|Kalbajar|Kelbajar|Kelbecer|Karvachar)\b")


def seeds_matching(pattern: re.Pattern) -> set[str]:
    return {path.name[:3] for path in SEEDS.glob("*.txt") if pattern.search(path.read_text(encoding="utf-8"))}


def short(data: dict) -> set[str]:
    return {hit["id"][:3] for hit in data["hits"]}


def test_the_seed_files_say_what_the_issue_says():
    assert seeds_matching(AFGHANISTAN) == {"001"}
    assert seeds_matching(RUSSIA) == {"001", "002", "003", "004"}


@pytest.mark.parametrize("url, pattern", [
    ("/api/search?mentions=Afghanistan", AFGHANISTAN),
    ("/api/search?q=mentions:Russia", RUSSIA),
    ("/api/search?q=mentions:%22Russian+Federation%22", RUSSIA),
    ("/api/search?mentions=Russian+Federation", RUSSIA),
    ("/api/search?mentions=RUS", RUSSIA),  # a code, as for country
    ("/api/search?mentions=Russian", RUSSIA),  # an adjective
    ("/api/search?q=mentions:RUS", RUSSIA),
    ("/api/search?q=mentions:Armenia", ARMENIA),
    ("/api/search?q=mentions:ARM", ARMENIA),
    ("/api/search?q=mentions:Kalbajar", KALBAJAR),  # a place by another of its spellings
    ("/api/search?mentions=Kelbajar", KALBAJAR),
    ("/api/search?mentions=K%C9%99lb%C9%99c%C9%99r", KALBAJAR),
])
def test_a_mention_filter_finds_the_statements_naming_the_state(seeds, url, pattern):
    data = seeds.get(url + "&size=100").get_json()
    assert short(data) == seeds_matching(pattern) and data["total"] == len(seeds_matching(pattern))


def test_by_a_state_and_about_another_are_two_filters(seeds):
    data = seeds.get("/api/search?country=Azerbaijan&mentions=Afghanistan").get_json()
    assert short(data) == {"001"}
    assert data["description"] == "1 statement by Azerbaijan mentioning Afghanistan"
    assert seeds.get("/api/search?country=Afghanistan").get_json()["total"] == 0  # about it, not by it


def test_the_mentions_facet_counts_the_statements_naming_each(seeds):
    facet = seeds.get("/api/search?facet_size=max").get_json()["facets"]["mentions"]
    counts = {item["value"]: item["count"] for item in facet["values"] + facet["more"]}
    assert counts["Russian Federation"] == len(seeds_matching(RUSSIA))
    assert counts["Afghanistan"] == len(seeds_matching(AFGHANISTAN))
    armenia = next(item for item in facet["values"] if item["value"] == "Armenia")
    assert armenia["toggle_url"] == "/api/search?facet_size=max&mentions=Armenia"


def test_the_reading_view_lists_what_it_mentions_with_counts(seeds):
    path = next(SEEDS.glob("001_*.txt"))
    text = " ".join(path.read_text(encoding="utf-8").split())
    doc = parse(seeds.get(f"/statements/{path.stem}").data)
    items = doc.find("ul", cls="mentions").find_all("li")
    listed = {li.find("a").text: (int(li.find("span", cls="count").text), li.find("a").attrs["href"]) for li in items}
    assert listed["Armenia"] == (len(ARMENIA.findall(text)), "/?mentions=Armenia")
    assert listed["Afghanistan"] == (len(AFGHANISTAN.findall(text)), "/?mentions=Afghanistan")
    assert listed["Russian Federation"][0] == len(RUSSIA.findall(text))
    counts = [count for count, _href in listed.values()]
    assert counts == sorted(counts, reverse=True)  # most named first
