"""Ranking choices on statements written for the test: words standing together
as a phrase lift a statement above one that holds them apart."""

from __future__ import annotations

import pytest

from archive import Archive, SearchRequest
from archive.ranking import TUNED, UNTUNED
from indexer.build import build_index

APART = """Statement by the delegation of Norway
General Debate, New York, 21 September 2021

Mr. President, the climate of trust has changed. Change comes slowly; the climate
of negotiation needs change, and a climate of goodwill brings change with it.
The climate is one of change.
"""

TOGETHER = """Statement by the delegation of Fiji
General Debate, New York, 21 September 2021

Mr. President, climate change is the gravest threat to our islands, and climate change
is not a distant prospect. We ask every delegation to treat climate change as the emergency it is.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ranking")
    (folder / "norway.txt").write_text(APART, encoding="utf-8")
    (folder / "fiji.txt").write_text(TOGETHER, encoding="utf-8")
    build_index([folder], folder / "index", show_progress=False)
    return folder / "index"


def order(index_dir, ranking, q="climate change"):
    with Archive(index_dir, ranking=ranking) as archive:
        return [hit.statement.source for hit in archive.search(SearchRequest(q=q)).hits]


def test_words_held_together_come_first(index_dir):
    assert order(index_dir, UNTUNED) == ["norway.txt", "fiji.txt"]  # more of each word, apart
    assert order(index_dir, TUNED) == ["fiji.txt", "norway.txt"]


def test_proximity_leaves_the_matches_and_date_orders_alone(index_dir):
    with Archive(index_dir, ranking=TUNED) as tuned, Archive(index_dir, ranking=UNTUNED) as untuned:
        for sort in ("newest", "oldest"):
            request = SearchRequest(q="climate change", sort=sort)
            assert [h.statement.id for h in tuned.search(request).hits] == \
                   [h.statement.id for h in untuned.search(request).hits]
        assert tuned.search(SearchRequest(q="climate change")).total == 2
