"""Revalidation: an unchanged answer is a 304 before any search runs, and a
new build can never be answered with an old page."""

from __future__ import annotations

import shutil

import pytest

from archive import Archive, SearchRequest
from archive.result_cache import ResultCache
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


# -- answers kept in memory (archive.result_cache) ------------------------------------------


@pytest.fixture()
def engine_searches(monkeypatch):
    """How many searches and "more like this" reached the engine's reader."""
    from archive.whoosh_engine.reading import WhooshReader

    calls = []
    for verb in ("search", "more_like"):
        real = getattr(WhooshReader, verb)

        def counted(self, *args, _verb=verb, _real=real):
            calls.append(_verb)
            return _real(self, *args)

        monkeypatch.setattr(WhooshReader, verb, counted)
    return calls


def test_a_repeated_search_and_more_like_this_are_answered_from_memory(client_for, index_and_folder, engine_searches):
    client = client_for(index_and_folder[0])
    pages = [client.get(url).get_data(as_text=True) for url in ("/?q=mines", "/?q=mines&page=1", "/?q=mines")]
    assert pages[0] == pages[2] and engine_searches == ["search"]
    client.get("/?q=mines&country=Azerbaijan")
    assert engine_searches == ["search", "search"]  # another question is asked of the index
    for _ in range(3):
        client.get("/statements/002_3f684ed411ad2fd9")
    assert engine_searches.count("more_like") == 1


def test_a_new_build_is_never_answered_from_memory(index_and_folder, engine_searches):
    index_dir, folder = index_and_folder
    with Archive(index_dir) as archive:
        before = archive.search(SearchRequest(q="mines"))
        (folder / "norway.txt").write_text(NEW_STATEMENT, encoding="utf-8")
        build_index([folder], index_dir, show_progress=False)
        after = archive.search(SearchRequest(q="mines"))
    assert after.total == before.total + 1 and "Norway" in {hit.statement.country for hit in after.hits}
    assert engine_searches == ["search", "search"]


def test_the_memory_budget_holds(index_and_folder, engine_searches):
    with Archive(index_and_folder[0], cache_bytes=0) as archive:
        for _ in range(2):
            archive.search(SearchRequest(q="mines"))
    assert engine_searches == ["search", "search"]  # nothing kept: every answer is over a budget of 0


def test_least_recently_used_answers_go_first():
    cache = ResultCache(budget=30)
    cache.serve("build 1")
    for key in ("a", "b", "c"):
        cache.get("build 1", key, lambda k=key: k * 10, len)
    cache.get("build 1", "a", lambda: "recomputed", len)  # "a" used again: "b" is now the oldest
    cache.get("build 1", "d", lambda: "d" * 10, len)
    assert cache.get("build 1", "b", lambda: "recomputed", len) == "recomputed"
    assert cache.get("build 1", "a", lambda: "recomputed", len) == "a" * 10
    cache.serve("build 2")
    assert len(cache) == 0
    cache.get("build 1", "late", lambda: "an answer of the old build", len)
    assert len(cache) == 0  # a slow answer of a build no longer served is not kept
