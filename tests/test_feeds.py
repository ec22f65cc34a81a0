"""Atom feeds of searches: valid Atom (RFC 4287), the statements the search
matches, the latest received first, and linked from the pages they follow."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from indexer import build
from indexer.build import build_index
from indexer.sources import statement_id

from .conftest import SEEDS
from .htmltree import parse

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = etree.RelaxNG(etree.parse(str(Path(__file__).parent / "data" / "atom.rng")))
MINES = re.compile(r"(?<!\w)min(e|es|ed|ing)(?!\w)", re.IGNORECASE)  # "mines", stemmed, as the search reads it


def valid_feed(response) -> etree._Element:
    """The feed, checked against RFC 4287's schema and its Schematron rules."""
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = etree.fromstring(response.data)
    assert SCHEMA.validate(feed), SCHEMA.error_log
    has_author = feed.find(f"{ATOM}author") is not None
    for entry in feed.iter(f"{ATOM}entry"):
        assert has_author or entry.find(f"{ATOM}author") is not None  # atom:author somewhere
        alternates = [link for link in entry.iter(f"{ATOM}link") if link.get("rel") in (None, "alternate")]
        assert entry.find(f"{ATOM}content") is not None or alternates  # content, or a link to it
        assert len({(a.get("type"), a.get("hreflang")) for a in alternates}) == len(alternates)
    return feed


def entry_ids(feed) -> list[str]:
    return [entry.findtext(f"{ATOM}id").rsplit("/statements/", 1)[1] for entry in feed.iter(f"{ATOM}entry")]


def test_a_search_feed_holds_the_statements_the_search_matches(client, corpus_dir):
    feed = valid_feed(client.get("/feed.atom?q=mines"))
    holding = {statement_id(path.name) for path in corpus_dir.iterdir()
               if path.suffix in (".txt", ".md") and MINES.search(path.read_text(encoding="utf-8"))}
    assert len(holding) == 6 and set(entry_ids(feed)) == holding
    assert feed.findtext(f"{ATOM}title") == "Verbatim: Statements matching “mines”"
    first = next(feed.iter(f"{ATOM}entry"))
    link = first.find(f"{ATOM}link").get("href")
    assert link.startswith("http://localhost/statements/") and first.findtext(f"{ATOM}id") == link
    assert "<mark>" in first.findtext(f"{ATOM}summary")  # HTML, escaped once in the XML


def test_filters_narrow_the_feed_and_name_it(client):
    feed = valid_feed(client.get("/feed.atom?q=mines&country=AZE"))
    assert feed.findtext(f"{ATOM}title") == "Verbatim: Statements matching “mines” by Azerbaijan"
    assert feed.findtext(f"{ATOM}id") == "http://localhost/feed.atom?q=mines&country=Azerbaijan"
    assert all(entry.findtext(f"{ATOM}author/{ATOM}name") for entry in feed.iter(f"{ATOM}entry"))
    page = client.get("/api/search?q=mines&country=Azerbaijan&size=100").get_json()
    assert entry_ids(feed) and set(entry_ids(feed)) == {hit["id"] for hit in page["hits"]}


def test_the_latest_received_come_first_whatever_their_date(tmp_path, client_for, monkeypatch):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    monkeypatch.setattr(build, "utc_now", lambda: "2026-05-01T10:00:00Z")
    build_index([folder], tmp_path / "index", show_progress=False)
    (folder / "old-news.txt").write_text(
        "Statement by the delegation of Chile\nConference on Disarmament, Geneva, 4 February 1997\n\n"
        "Chile calls for a ban on anti-personnel mines.\n", encoding="utf-8")
    monkeypatch.setattr(build, "utc_now", lambda: "2026-05-02T10:00:00Z")
    build_index([folder], tmp_path / "index", show_progress=False)
    feed = valid_feed(client_for(tmp_path / "index").get("/feed.atom?q=mines&sort=oldest&page=3"))
    assert entry_ids(feed)[0] == "old-news"  # delivered in 1997, received last: news to a subscriber
    assert feed.findtext(f"{ATOM}updated") == "2026-05-02T10:00:00Z"
    assert [entry.findtext(f"{ATOM}published") for entry in feed.iter(f"{ATOM}entry")] == \
        ["2026-05-02T10:00:00Z"] + ["2026-05-01T10:00:00Z"] * 5


def test_a_title_is_escaped_in_the_feed(tmp_path, client_for):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "hostile.txt").write_text("Statement\n\nOn mines.\n", encoding="utf-8")
    (folder / "hostile.txt.meta.json").write_text('{"speaker": "<script>alert(1)</script> & Co"}', encoding="utf-8")
    build_index([folder], tmp_path / "index", show_progress=False)
    response = client_for(tmp_path / "index").get("/feed.atom?q=mines")
    entry = next(valid_feed(response).iter(f"{ATOM}entry"))
    assert "<script>alert(1)</script> & Co" in entry.findtext(f"{ATOM}title")  # text, not markup
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "<script>alert(1)</script> & Co"
    assert b"<script>" not in response.data


@pytest.mark.parametrize("url, feed", [
    ("/?q=mines&sort=oldest&page=1", "/feed.atom?q=mines"),
    ("/countries/Azerbaijan?q=mines", "/feed.atom?q=mines&country=Azerbaijan"),
])
def test_pages_link_to_their_feed(client, url, feed):
    doc = parse(client.get(url).data)
    alternate = doc.find("link", rel="alternate")
    assert alternate.attrs["type"] == "application/atom+xml" and alternate.attrs["href"] == feed
    assert doc.find("a", type="application/atom+xml").attrs["href"] == feed
    valid_feed(client.get(feed))


def test_a_bad_query_is_a_400_not_a_broken_feed(client):
    response = client.get('/feed.atom?q="unbalanced')
    assert response.status_code == 400


def test_a_feed_is_revalidated_by_its_tag(client):
    first = client.get("/feed.atom?q=mines")
    again = client.get("/feed.atom?q=mines", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
