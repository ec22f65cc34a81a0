"""The OpenAPI description matches what the API really answers."""

from __future__ import annotations

import csv
import io

import pytest
from jsonschema import Draft202012Validator

from web.params import KNOWN_PARAMS, LISTING_PARAMS

from .htmltree import parse


@pytest.fixture(scope="module")
def spec(app):
    return app.test_client().get("/api/openapi.json").get_json()


def validate(spec: dict, schema_name: str | None, instance, schema: dict | None = None) -> None:
    root = {"$ref": f"#/components/schemas/{schema_name}"} if schema_name else schema
    validator = Draft202012Validator({**root, "components": spec["components"]})
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, [(list(e.path), e.message) for e in errors[:5]]


def response_schema(spec, path: str, status: str) -> dict:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def test_the_description_is_openapi_3_1(spec):
    assert spec["openapi"] == "3.1.0"
    assert set(spec["paths"]) == {"/api/search", "/api/statements/{id}", "/api/speakers", "/api/countries",
                                  "/api/forums", "/api/meetings", "/api/symbols",
                                  "/api/speakers/{name}", "/api/countries/{name}"}
    Draft202012Validator.check_schema({**spec["components"]["schemas"]["SearchPage"],
                                       "components": spec["components"]})


@pytest.mark.parametrize("url", [
    "/api/search?q=mines",
    "/api/search",  # browsing
    "/api/search?q=%22right+of+reply%22&type=right_of_reply&sort=oldest",
    "/api/search?country=Azerbaijan&from=June+2021&to=June+2021&size=1&page=2",
    "/api/search?q=nothingmatchesthis",
])
def test_search_responses_match_the_description(spec, client, url):
    response = client.get(url)
    assert response.status_code == 200
    validate(spec, None, response.get_json(), response_schema(spec, "/api/search", "200"))


@pytest.mark.parametrize("statement_id", ["000_e71adabdfbd67d48", "004_ad6f61e609c1d31c", "note-verbale-undated"])
def test_statement_responses_match_the_description(spec, client, statement_id):
    data = client.get(f"/api/statements/{statement_id}").get_json()
    validate(spec, None, data, response_schema(spec, "/api/statements/{id}", "200"))


@pytest.mark.parametrize("url", [
    "/api/speakers",
    "/api/countries?sort=name",
    "/api/forums?q=council&size=1&page=2",
    "/api/meetings?q=nothing+holds+this",
    "/api/symbols?sort=count",
])
def test_index_responses_match_the_description(spec, client, url):
    response = client.get(url)
    assert response.status_code == 200
    path = url.split("?")[0]
    validate(spec, None, response.get_json(), response_schema(spec, path, "200"))
    names = {p["name"] for p in spec["paths"][path]["get"]["parameters"]}
    assert names == set(LISTING_PARAMS)


@pytest.mark.parametrize("url, path, status", [
    ("/api/speakers?sort=size", "/api/speakers", "400"),
    ("/api/symbols?page=99", "/api/symbols", "404"),
    ("/api/search?q=%22open", "/api/search", "400"),
    ("/api/search?from=someday", "/api/search", "400"),
    ("/api/statements/nope", "/api/statements/{id}", "404"),
    ("/api/speakers/Nobody%20Known", "/api/speakers/{name}", "404"),
    ("/api/countries/Atlantis", "/api/countries/{name}", "404"),
])
def test_error_responses_match_the_description(spec, client, url, path, status):
    response = client.get(url)
    assert str(response.status_code) == status
    validate(spec, None, response.get_json(), response_schema(spec, path, status))


@pytest.mark.parametrize("url, path", [
    ("/api/speakers/Yashar%20Aliyev", "/api/speakers/{name}"),  # two posts, two forums
    ("/api/speakers/Jeyhun%20Bayramov", "/api/speakers/{name}"),  # a co-signatory: no post of his own
    ("/api/countries/Azerbaijan", "/api/countries/{name}"),  # its speakers over time
])
def test_profile_responses_match_the_description(spec, client, url, path):
    response = client.get(url)
    assert response.status_code == 200
    data = response.get_json()
    validate(spec, None, data, response_schema(spec, path, "200"))
    assert data["count"] > 0 and data["first"] and data["last"]


def test_every_documented_parameter_is_one_the_api_reads(spec, client):
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert names == KNOWN_PARAMS


def test_html_json_and_csv_of_one_search_agree(client):
    url = "?q=mines&sort=newest&size=50"
    data = client.get("/api/search" + url).get_json()
    doc = parse(client.get("/" + url).data)
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv" + url).get_data(as_text=True))))
    html_titles = [li.find("h3").text.strip() for li in doc.find_all("li", cls="hit")]
    assert html_titles == [hit["title"] for hit in data["hits"]] == [row["title"] for row in rows]
    assert [row["date"] for row in rows] == [hit["date"] for hit in data["hits"]]
    assert doc.find(id="summary").text == data["description"]
    assert len(rows) == data["total"] == 6
    html_counts = {}
    for section in doc.find_all("section", cls="facet"):
        for li in section.find_all("li"):
            html_counts[(section.find("h2").text, li.find("a").text.replace("☐", "").replace("☑", "").strip())] = \
                int(li.find("span", cls="count").text)
    json_counts = {(facet["title"], value["label"]): value["count"]
                   for facet in data["facets"].values() for value in facet["values"] + facet["more"]}
    assert html_counts == json_counts
