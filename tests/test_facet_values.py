"""Every value of a facet can be reached: the page and the API list the first
110 and link to all of them (facet_size=max, as Datasette's _facet_size)."""

from __future__ import annotations

import pytest

from indexer.build import build_index

from .htmltree import parse

STATES = ["Armenia", "Azerbaijan", "Brazil", "Chile", "Denmark", "Estonia", "Finland", "Ghana", "Iceland",
          "Jamaica", "Kenya", "Latvia", "Mexico", "Norway"]

STATEMENT = """Statement by the delegation of {state}
Conference on Disarmament, Geneva, 3 March 2023

Mr. President, {state} supports a treaty banning landmines everywhere.
"""


@pytest.fixture(scope="module")
def fourteen_states(tmp_path_factory):
    folder = tmp_path_factory.mktemp("states")
    for state in STATES:
        (folder / f"{state.lower()}.txt").write_text(STATEMENT.format(state=state), encoding="utf-8")
    build_index([folder], folder / "index", show_progress=False)
    return folder / "index"


def country_values(facet) -> list[str]:
    return [item["value"] for item in facet["values"] + facet["more"]]


def test_a_facet_lists_its_first_values_and_links_to_all(client_for, fourteen_states):
    client = client_for(fourteen_states)
    capped = client.get("/api/search?q=landmines&facet_size=12").get_json()["facets"]["country"]
    assert (capped["total_values"], len(country_values(capped)), capped["hidden"]) == (14, 12, 2)
    every = client.get(capped["all_url"]).get_json()["facets"]["country"]
    assert sorted(country_values(every)) == STATES and every["hidden"] == 0 and every["all_url"] is None
    assert country_values(client.get("/api/search?q=landmines").get_json()["facets"]["country"]) != []


def test_the_page_links_to_every_value_without_javascript(client_for, fourteen_states):
    client = client_for(fourteen_states)
    doc = parse(client.get("/?q=landmines&facet_size=11").data)
    link = next(a for a in doc.find_all("a") if a.text.startswith("All 14 "))
    assert "3 not listed" in link.text
    every = parse(client.get(link.attrs["href"]).data)
    assert not [a for a in every.find_all("a") if a.text.startswith("All 14 ")]
    toggles = {a.text.strip() for a in every.find_all("a") if "country=" in a.attrs.get("href", "")}
    assert all(any(state in text for text in toggles) for state in STATES)


@pytest.mark.parametrize("value", ["0", "-3", "lots", "max,max"])
def test_a_bad_facet_size_is_a_400_that_says_what_to_write(client_for, fourteen_states, value):
    response = client_for(fourteen_states).get(f"/api/search?q=landmines&facet_size={value}")
    assert response.status_code == 400
    assert "facet_size" in response.get_json()["error"]
