"""Revalidation: an unchanged answer is a 304 before any search runs, and a
new build can never be answered with an old page."""

from __future__ import annotations

import shutil

import pytest

from archive import Archive
from indexer.build import build_index

from .conftest import SEEDS

NEW_STATEMENT = """Statement by the delegation of Norway
Conference on Disarmament, Geneva, 3 March 2023

Mr. President, Norway calls for the clearance of mines.
"""


@pytest.fixture()
def index_and_folder(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    build_index([folder], tmp_path / "index", show_progress=False)
    return tmp_path / "index", folder


@pytest.mark.parametrize("url", ["/?q=mines", "/api/search?q=mines", "/statements/002_3f684ed411ad2fd9?q=mines",
                                 "/export.csv?q=mines"])
def test_an_unchanged_answer_is_a_304_without_searching(client_for, index_and_folder, monkeypatch, url):
    client = client_for(index_and_folder[0])
    first = client.get(url)
    first.get_data()
    tag = first.headers["ETag"]
    assert first.status_code == 200 and first.headers["Cache-Control"] == "no-cache"

    def no_search(*args, **kwargs):
        raise AssertionError("a revalidated page must not search")

    monkeypatch.setattr(Archive, "search", no_search)
    monkeypatch.setattr(Archive, "get", no_search)
    monkeypatch.setattr(Archive, "export", no_search)
    again = client.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.get_data() == b"" and again.headers["ETag"] == tag


def test_each_request_and_each_build_has_its_own_tag(client_for, index_and_folder):
    index_dir, folder = index_and_folder
    client = client_for(index_dir)
    mines, peace = (client.get(url).headers["ETag"] for url in ("/?q=mines", "/?q=peace"))
    assert mines != peace
    assert client.get("/?q=mines&country=Azerbaijan").headers["ETag"] != mines
    (folder / "norway.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    build_index([folder], index_dir, show_progress=False)
    fresh = client.get("/?q=mines", headers={"If-None-Match": mines})
    assert fresh.status_code == 200 and fresh.headers["ETag"] != mines
    assert "Norway" in fresh.get_data(as_text=True)


def test_errors_are_not_tagged(client_for, index_and_folder):
    client = client_for(index_and_folder[0])
    for url in ("/statements/no-such-statement", "/api/search?q=%22unbalanced", "/?from=not-a-date"):
        response = client.get(url)
        assert response.status_code in (400, 404) and "ETag" not in response.headers


def test_a_server_opens_its_index_when_it_starts_and_starts_without_one(tmp_path, corpus_index):
    from web import create_app

    warmed = create_app({"INDEX_DIR": str(corpus_index), "WARM_AT_START": True})
    empty = create_app({"INDEX_DIR": str(tmp_path / "none"), "WARM_AT_START": True})
    try:
        assert warmed.extensions["archive"]._reader is not None  # opened before any request
        assert empty.test_client().get("/").status_code == 503  # no index yet: said on the page, not a crash
    finally:
        warmed.extensions["archive"].close()
        empty.extensions["archive"].close()
