"""The JSON API: the search page's data, and one error shape on every error path."""

from __future__ import annotations

import pytest


def test_done_when_query_returns_the_two_geneva_statements(seed_index, client_for):
    client = client_for(seed_index)
    data = client.get("/api/search?q=mines&country=Azerbaijan&from=June%202021&to=June%202021").get_json()
    assert data["ok"] is True
    assert data["total"] == 2
    assert {hit["id"] for hit in data["hits"]} == {"000_e71adabdfbd67d48", "001_b4b41e51197d8961"}
    assert {hit["location"] for hit in data["hits"]} == {"Geneva"}
    assert all("<mark>" in hit["snippet"] for hit in data["hits"])
    types = {v["value"]: v["count"] for v in data["facets"]["type"]["values"]}
    assert types == {"right_of_reply": 1, "statement": 1}


def test_search_json_matches_the_html_page(client):
    from .htmltree import parse

    data = client.get("/api/search?q=mines&sort=newest").get_json()
    doc = parse(client.get("/?q=mines&sort=newest").data)
    titles = [li.find("h3").text for li in doc.find_all("li", cls="hit")]
    assert titles == [hit["title"] for hit in data["hits"]]
    assert doc.find(id="summary").text == data["description"]


def test_statement_record(client):
    data = client.get("/api/statements/004_ad6f61e609c1d31c").get_json()
    record = data["statement"]
    assert record["forums"] == ["UN General Assembly", "UN Security Council"]
    assert record["dates"] == [{"date": "2021-08-06", "role": "annex", "precision": "day"}]
    assert any(e["field"] == "speaker" for e in record["evidence"])


def test_kelbecer_finds_kelbecer_with_schwa(client):
    hits = client.get("/api/search?q=Kelbecer").get_json()["hits"]
    assert {hit["id"][:3] for hit in hits} == {"000", "001"}


ERROR_PATHS = [
    ("/api/search?q=%22unbalanced", 400),
    ("/api/search?from=notadate", 400),
    ("/api/search?to=June", 400),
    ("/api/search?q=peace&q=mines", 400),  # a parameter of one value given twice
    ("/api/search?year=abc", 400),
    ("/api/search?q=mines&page=548", 404),  # past the last page
    ("/api/search?q=(mines", 400),
    ("/api/search?sort=random", 400),
    ("/api/search?page=0", 400),
    ("/api/search?page=abc", 400),
    ("/api/search?size=1000000", 400),
    ("/api/statements/nope", 404),
    ("/api/statements/..%2F..%2Fetc%2Fpasswd", 404),
    ("/api/nothing", 404),
]


@pytest.mark.parametrize("url, status", ERROR_PATHS)
def test_every_error_has_the_one_json_shape(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    data = response.get_json()
    assert set(data) - {"see"} == {"ok", "error", "status"}  # 'see': the ways on, when there are some
    assert data["ok"] is False and data["status"] == status and data["error"]


def test_wrong_method_has_the_error_shape(client):
    response = client.post("/api/search")
    assert response.status_code == 405
    assert response.get_json()["status"] == 405


def test_missing_index_is_a_503_with_the_error_shape(tmp_path, client_for):
    client = client_for(tmp_path / "none")
    response = client.get("/api/search?q=mines")
    assert response.status_code == 503
    assert "verbatim index" in response.get_json()["error"]


def test_unexpected_errors_are_500_with_the_error_shape(app, monkeypatch):
    archive = app.extensions["archive"]

    def broken(request):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(archive, "search", broken)
    response = app.test_client().get("/api/search?q=x")
    assert response.status_code == 500
    assert response.get_json() == {"ok": False, "status": 500,
                                   "error": "Something went wrong on our side; the error was logged."}


def test_a_facet_values_link_adds_or_removes_that_value_and_keeps_the_rest(client):
    # Read back from each link: the page's own parameters (but its page), with the value added at the
    # end if it was not chosen, or without it if it was; a value with characters a URL must escape too.
    from urllib.parse import parse_qsl, urlsplit

    asked = [("q", "mines & peace"), ("country", "Azerbaijan"), ("from", "2000"), ("page", "1"), ("sort", "newest")]
    data = client.get("/api/search", query_string=asked).get_json()
    kept = [arg for arg in asked if arg[0] != "page"]
    seen = 0
    for name, facet in data["facets"].items():
        for item in facet["values"] + facet["more"]:
            link = urlsplit(item["toggle_url"])
            expected = [arg for arg in kept if arg != (name, item["value"])] if item["selected"] else [
                *kept, (name, item["value"])]
            assert (link.path, parse_qsl(link.query)) == ("/api/search", expected)
            seen += 1
    assert seen > 5 and any(item["selected"] for item in data["facets"]["country"]["values"])
