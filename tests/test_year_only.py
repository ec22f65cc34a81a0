"""Dates inside one year also find the statements dated only by that year, and the page says how many.

Ground truth from the files: the fixtures' sidecars that date a statement by its year alone
(tests/fixtures/corpus/*.meta.json), read here with json, never from the archive's answers.
"""

from __future__ import annotations

import json

import pytest

from .conftest import FIXTURES
from .htmltree import parse


def _dated_by_year(year: int) -> list[str]:
    """The fixture statements a sidecar dates by `year` alone."""
    found = []
    for sidecar in sorted((FIXTURES / "corpus").glob("*.meta.json")):
        fields = json.loads(sidecar.read_text(encoding="utf-8"))
        if fields.get("date_precision") == "year" and str(fields.get("date", "")).startswith(str(year)):
            found.append(sidecar.name.removesuffix(".meta.json"))
    return found


def test_dates_inside_a_year_say_how_many_statements_are_dated_by_the_year_alone(client):
    by_year = _dated_by_year(2019)
    assert by_year  # the General Debate fixture, dated 2019 only
    url = "/?from=2019-03-01&to=2019-06-30"
    data = client.get("/api/search?from=2019-03-01&to=2019-06-30").get_json()
    assert data["total"] >= len(by_year)
    assert data["dated_by_year_only"] == {"count": len(by_year), "year": 2019}
    note = parse(client.get(url).data).find("p", cls="year-only")
    assert note.text.startswith(f"Included: {len(by_year)} statement{'' if len(by_year) == 1 else 's'} dated only by "
                                "the year 2019, which may have been made outside these dates")
    sources = {hit["id"] for hit in data["hits"]}
    assert len(sources) == data["total"]


@pytest.mark.parametrize("url", [
    "/?from=2019&to=2019",  # the whole year: nothing to explain
    "/?from=2019-01-01&to=2019-12-31",
    "/?from=2021-06-01&to=2021-06-30",  # no statement of 2021 is dated by its year alone
    "/?from=2018-06-01&to=2019-06-30",  # two years: the note is about one
    "/?from=2019-03-01",
])
def test_no_note_where_there_is_nothing_to_explain(client, url):
    assert parse(client.get(url).data).find_all("p", cls="year-only") == []
    assert client.get("/api/search" + url[1:]).get_json()["dated_by_year_only"] is None
