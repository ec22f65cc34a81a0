"""Hostile input: every answer bounded and clear (a 400 with the error shape,
or a capped result), never a 500, never unescaped HTML, never a file from
outside the corpus."""

from __future__ import annotations

import csv
import io
import shutil
import time

import pytest

from indexer.build import build_index

from .conftest import SEEDS
from .htmltree import parse

SCRIPT = '<script>alert("x")</script>'


@pytest.mark.parametrize("url", [
    "/?q=" + SCRIPT,
    "/?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
    "/?country=" + SCRIPT,
    "/?from=" + SCRIPT,
    "/?q=javascript:alert(1)",
    "/speakers/" + SCRIPT,
])
def test_markup_in_parameters_is_shown_as_text(client, url):
    response = client.get(url)
    assert response.status_code in (200, 400, 404)  # an unknown speaker is a 404 page, escaped too
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert not parse(html).find_all("img")


@pytest.mark.parametrize("url", [
    "/statements/..%2F..%2F..%2Fetc%2Fpasswd",
    "/statements/%2e%2e/%2e%2e/setup.cfg",
    "/statements/../../setup.cfg",
    "/statements/..%2Fsetup.cfg/source",
    "/statements/%2Fetc%2Fpasswd/source",
    "/statements/..%2F..%2Fsetup.cfg.json",
    "/api/statements/..%2F..%2Fsetup.cfg",
    "/static/..%2F..%2Fsetup.cfg",
    "/static/../../setup.cfg",
    "/speakers/..%2F..%2Fsetup.cfg",
])
def test_no_path_from_a_url_reaches_outside_the_corpus(client, url):
    response = client.get(url)
    body = response.get_data(as_text=True)
    assert response.status_code in (200, 404, 308)
    assert "[metadata]" not in body and "root:" not in body
    if response.status_code == 200:
        assert "text/html" in response.content_type  # a search page for a speaker named so, nothing else


def test_only_indexed_files_are_downloadable(client):
    with client.get("/statements/002_3f684ed411ad2fd9/source") as response:
        assert response.status_code == 200
        assert response.data == (SEEDS / "002_3f684ed411ad2fd9.txt").read_bytes()


@pytest.mark.parametrize("query, message", [
    ("x" * 100_000, "limit"),
    (" ".join(f"w{n}" for n in range(10_000)), "limit"),
    ("*ation", "letters before"),
    ("?ines", "letters before"),
    ("(" * 40 + "mines" + ")" * 40, "nests"),
    ("mines AND", "operator"),
    ("0~", "fuzzy term"),  # found by tests/test_properties.py: was an IndexError inside Whoosh
    ("NOT NOT mines", "in a row"),  # operators doubled by a slip of the keyboard: were an IndexError too
    ("mines NOT OR landmines", "in a row"),
    ("mines OR OR landmines", "in a row"),
    ("mines -landmines", "write NOT before it"),  # a web search engine's exclusion
])
def test_runaway_queries_are_refused_quickly(client, query, message):
    started = time.monotonic()
    response = client.get("/api/search", query_string={"q": query})
    assert time.monotonic() - started < 2
    assert response.status_code == 400
    assert message in response.get_json()["error"]


@pytest.mark.parametrize("params", [{"page": "1000000000"}, {"size": "1000000"}, {"page": "-1"}, {"size": "0"}])
def test_absurd_paging_is_refused(client, params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 400
    assert set(response.get_json()) == {"ok", "error", "status"}


def test_csv_cells_cannot_become_formulas(tmp_path, client_for):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "002_3f684ed411ad2fd9.txt.meta.json").write_text(
        '{"speaker": "=HYPERLINK(\\"http://example.invalid\\")", "title": "+SUM(A1:A9)", "country": "@Azerbaijan"}',
        encoding="utf-8")
    build_index([corpus], tmp_path / "index", show_progress=False)
    text = client_for(tmp_path / "index").get("/export.csv?q=Aliyev").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    row = next(r for r in rows if "SUM" in r["title"])
    assert row["title"] == "'+SUM(A1:A9)"
    assert row["speaker"].startswith("'=HYPERLINK")
    assert row["country"] == "'@Azerbaijan"
    for cell in (value for r in rows for value in r.values()):
        assert cell[:1] not in ("=", "+", "@") and not (cell[:1] == "-" and cell[1:2].isalpha())


def test_every_page_sends_the_security_headers(client):
    for url in ("/", "/statements/000_e71adabdfbd67d48", "/api/search", "/export.csv", "/nothing-here"):
        headers = client.get(url).headers
        policy = headers["Content-Security-Policy"]
        assert "unsafe-inline" not in policy and "script-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]


def test_the_favicon_is_served_not_a_404(client):
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert parse(client.get("/").data).find("link", rel="icon").attrs["href"] == "/static/favicon.svg"


def test_debug_is_off_unless_asked(app):
    assert not app.debug


def test_an_untrusted_host_header_is_refused_and_never_becomes_a_link(client, client_for, corpus_index):
    with client.get("/statements/000_e71adabdfbd67d48", headers={"Host": "evil.example"}) as response:
        assert response.status_code == 400 and b"evil.example" not in response.data
    with client.get("/export.csv?q=mines", headers={"Host": "evil.example"}) as response:
        assert response.status_code == 400
    api = client.get("/api/search?q=mines", headers={"Host": "evil.example"})
    assert api.status_code == 400 and api.get_json()["ok"] is False
    doc = parse(client.get("/statements/000_e71adabdfbd67d48").data)
    assert doc.find("p", cls="citation").text.endswith("http://localhost/statements/000_e71adabdfbd67d48")
    configured = client_for(corpus_index)
    configured.application.config["BASE_URL"] = "https://verbatim.example.org/"
    citation = parse(configured.get("/statements/000_e71adabdfbd67d48").data).find("p", cls="citation").text
    assert citation.endswith("https://verbatim.example.org/statements/000_e71adabdfbd67d48")
    rows = configured.get("/export.csv?q=Mardaliyev").get_data(as_text=True)
    assert "https://verbatim.example.org/statements/" in rows and "localhost" not in rows
