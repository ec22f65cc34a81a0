"""scripts/load-test's varied mode: different searches, made of the archive's own words, that all answer."""

from __future__ import annotations

from verbatim.load_test import varied_paths


def test_varied_searches_are_different_and_each_answers(corpus_index, client_for):
    urls = varied_paths(str(corpus_index), 40)
    assert len(set(urls)) == 40
    assert any("country=" in url for url in urls) and any("from=" in url for url in urls)
    assert any("%22" in url for url in urls)  # two-word phrases among single words
    client = client_for(corpus_index)
    assert {client.get(url).status_code for url in urls} == {200}
    assert varied_paths(str(corpus_index), 40) == urls  # the same draw each run: runs compare
