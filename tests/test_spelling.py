"""Did you mean: corrections from the index's own words, offered when a query
finds little, shown on the page and in the API."""

from __future__ import annotations

import pytest

from archive import SearchRequest

from .htmltree import parse


@pytest.mark.parametrize("q, corrected", [
    ("Aliev", "Aliyev"),
    ("speaker:Aliev", "speaker:Aliyev"),
    ("Azerbajan", "Azerbaijan"),
    ("ministry of foregn affairs", "ministry of foreign affairs"),
    ('"right of replly"', '"right of reply"'),  # a quoted word is shown as a statement wrote it
    ("Kəlbəcər AND landmnes", "Kəlbəcər AND landmines"),  # the known word is kept as typed
])
def test_a_query_that_finds_nothing_gets_a_correction_that_finds_something(archive, q, corrected):
    result = archive.search(SearchRequest(q=q))
    assert result.total == 0
    assert result.suggestion == corrected
    assert archive.search(SearchRequest(q=corrected)).total > 0


@pytest.mark.parametrize("q", ["mines", "Kəlbəcər", "xylophone", "speaker:Aliyev",
                               "landmines 19999"])  # numbers are not misspelt words
def test_no_correction_when_the_query_finds_enough_or_nothing_is_close(archive, q):
    assert archive.search(SearchRequest(q=q)).suggestion is None


def test_negated_words_are_not_corrected(archive):
    assert archive.search(SearchRequest(q="mines NOT Otawa")).suggestion is None


def test_the_page_offers_the_correction_with_the_same_filters(client):
    doc = parse(client.get("/?q=Azerbajan&type=letter").data)
    link = doc.find("p", cls="suggestion").find("a")
    assert link.text == "Azerbaijan"
    assert "type=letter" in link.attrs["href"]
    followed = client.get(link.attrs["href"])
    assert "1 letter" in parse(followed.data).find("h1", id="summary").text


def test_the_api_gives_the_correction(client):
    data = client.get("/api/search?q=Aliev").get_json()
    assert data["total"] == 0 and data["suggestion"] == "Aliyev"
    assert client.get(data["suggestion_url"]).get_json()["total"] > 0


SWAPS = {  # statements in the style of the archive's, some naming apartheid, more of them apathy
    "apartheid.txt": "Statement by the delegation of Ghana\n\nThe struggle against apartheid is the struggle of "
                     "every free nation. We also call for complete disarmament.\n",
    "apathy-1.txt": "Statement by the delegation of Chile\n\nIndifference and apathy must not greet the suffering "
                    "of refugees.\n",
    "apathy-2.txt": "Statement by the delegation of Peru\n\nThere is no room for apathy in the face of famine.\n",
    "apathy-3.txt": "Statement by the delegation of Fiji\n\nApathy towards the rising seas is a choice.\n",
}


@pytest.fixture(scope="module")
def swaps_archive(tmp_path_factory):
    from archive import Archive
    from indexer.build import build_index

    folder = tmp_path_factory.mktemp("swaps")
    for name, text in SWAPS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index_dir = folder.parent / f"{folder.name}-index"
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as archive:
        yield archive


@pytest.mark.parametrize("q, corrected", [
    ("aparthied", "apartheid"),  # two letters swapped: one edit, and "apathy" is not meant
    ("disarmamnet", "disarmament"),
    ("Aparthied disarmamnet", "Apartheid disarmament"),
])
def test_two_letters_swapped_are_one_slip(swaps_archive, q, corrected):
    assert swaps_archive.search(SearchRequest(q=q)).suggestion == corrected


def test_a_correction_that_finds_no_more_is_not_offered(swaps_archive):
    # "apartheid aphaty": the first word finds one statement; correcting the second to "apathy"
    # finds none with both words, so the correction would find no more than the query does.
    result = swaps_archive.search(SearchRequest(q="apartheid OR aphaty"))
    assert result.total == 1 and result.suggestion == "apartheid OR apathy"
    assert swaps_archive.search(SearchRequest(q="apartheid aphaty")).suggestion is None


def test_a_correction_counts_the_statements_of_every_part_of_the_index(tmp_path):
    # "tarifs" is one edit from "tariff" and from "tariffs". Written in two shares, the index has two
    # segments: the first holds "tariff" in three statements and "tariffs" in two, the second "tariffs" in
    # two more, so the archive's commoner word is "tariffs" (4 statements to 3), which one part alone hides.
    from dataclasses import replace

    from archive.engine import Query
    from archive.ranking import TUNED
    from archive.whoosh_engine import WHOOSH

    from .test_engine_contract import RECORDS, _write

    bodies = ["The tariff on grain must fall.", "Tariffs on grain must fall."] * 2 + [
        "The tariff on rice must fall.", "We speak of peace.", "Tariffs on rice must fall.", "We speak of trade.",
        "Tariffs on cotton must fall."]
    records = [replace(RECORDS[0], id=f"tariffs-{index}", body=body) for index, body in enumerate(bodies)]
    _write(WHOOSH, tmp_path, records, shares=2)
    reader = WHOOSH.open(tmp_path, TUNED)
    try:
        found = reader.search(Query(text="tarifs"), 0, 10)
    finally:
        reader.close()
    assert found.total == 0 and found.suggestion == "tariffs"


def test_a_short_word_of_the_archive_is_not_corrected_two_letters_away(tmp_path):
    """'devil' is two edits from 'deal', ten times as common here: a word of five letters gets one edit at most
    (Elasticsearch's AUTO), so a journalist's right word is not replaced by a commoner one."""
    from archive import Archive
    from indexer.build import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "devil.txt").write_text("Statement by the delegation of Venezuela\n\nYesterday the devil came here, "
                                      "said President Chavez.\n", encoding="utf-8")
    for number in range(10):
        (folder / f"deal-{number}.txt").write_text(f"Statement by the delegation of Example {number}\n\nPresident "
                                                   "Chavez spoke of a new deal for trade.\n", encoding="utf-8")
    build_index([folder], tmp_path / "index", show_progress=False)
    with Archive(tmp_path / "index") as archive:
        result = archive.search(SearchRequest(q="Chavez devil"))
        assert result.total == 1 and result.suggestion is None
