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


def index_of(folder, texts: dict[str, str]):
    """An index of statements written for the test, one file each."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], folder / "index", show_progress=False)
    return folder / "index"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("ranking"), {"norway.txt": APART, "fiji.txt": TOGETHER})


def order(index_dir, ranking, q="climate change", size=20):
    with Archive(index_dir, ranking=ranking) as archive:
        return [hit.statement.source for hit in archive.search(SearchRequest(q=q, size=size)).hits]


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


# Issue 17: faults of the ranking found on queries nobody tuned on, each on statements written for the test.

TITLE_OF_SMALL_WORDS = """Statement by the delegation of the Republic of the Gambia to the General Assembly
General Debate, New York, 24 September 1990

Mr. President, our delegation salutes the work of this Assembly. The end of the session
brings the usual review of the agenda; the cold season is near, and the war on poverty goes on.
"""

ON_THE_SUBJECT = """Statement by Ms. Ingrid Solberg, Minister for Foreign Affairs of Norway
General Debate, New York, 24 September 1990

Mr. President, the end of the cold war has changed the map of our continent. With the end of
the cold war, the arms race can stop, and the cold war's walls are falling. The end of the cold war
is the chance of a generation.
"""

PHRASE_ONCE = """Statement by the delegation of Ruritania
General Debate, New York, 22 September 2005

Mr. President, peace is our first concern and peace our aim. The process of reform, the process of
review and the process of consultation must bring peace: peace in the region, peace at home, a peace
process that lasts, and peace among neighbours. Each process serves peace, and peace needs each process.
"""

PHRASE_FOUR_TIMES = """Statement by the delegation of Freedonia
General Debate, New York, 22 September 2005

Mr. President, the peace process in our region is at a turning point. We support the peace process
launched last year, we ask every party to return to the peace process, and we pledge our help to a
peace process that includes all. Our delegation thanks the mediators for their patience and their work.
"""


@pytest.fixture(scope="module")
def fault_index(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("ranking-faults"), {
        "gambia.txt": TITLE_OF_SMALL_WORDS, "norway.txt": ON_THE_SUBJECT, "ruritania.txt": PHRASE_ONCE,
        "freedonia.txt": PHRASE_FOUR_TIMES})


def test_small_words_of_a_question_do_not_rank_a_title_full_of_the_first(fault_index):
    """'the' and 'of' are rare among titles; they must not lift a title made of them above the subject."""
    assert order(fault_index, TUNED, "end of the cold war") == ["norway.txt", "gambia.txt"]


def test_small_words_in_quotes_still_match_titles(fault_index):
    assert order(fault_index, TUNED, '"of the Republic of the Gambia"') == ["gambia.txt"]


def test_a_statement_holding_the_phrase_four_times_ranks_above_one_holding_it_once(fault_index):
    """The statement holding "peace" and "process" more often, apart, holds the phrase only once."""
    for ranking in (UNTUNED, TUNED):
        assert order(fault_index, ranking, '"peace process"') == ["freedonia.txt", "ruritania.txt"]


def test_the_phrase_bonus_reaches_beyond_the_best_thirty_matches(tmp_path):
    """Forty statements use the words apart, more often; the one holding them together ranks first."""
    for number in range(40):
        (tmp_path / f"apart-{number:02}.txt").write_text(APART.replace("Norway", f"delegation number {number}"),
                                                         encoding="utf-8")
    (tmp_path / "fiji.txt").write_text(TOGETHER, encoding="utf-8")
    build_index([tmp_path], tmp_path / "index", show_progress=False)
    ranked = order(tmp_path / "index", TUNED)
    assert ranked[0] == "fiji.txt"
    assert order(tmp_path / "index", UNTUNED, size=50).index("fiji.txt") >= 30  # by the words alone it is far down


# A search that begins with a State's name asks what that State said (archive.speaking_state).

BY_ARMENIA = """Statement by H.E. Mr. Ivan Example, Permanent Representative of Armenia
General Debate, New York, 24 September 2019

Mr. President, Armenia has always sought peace with Azerbaijan, and Azerbaijan knows it.
"""

BY_AZERBAIJAN = """Statement by H.E. Ms. Anna Example, Permanent Representative of Azerbaijan
General Debate, New York, 25 September 2019

Mr. President, Azerbaijan recalls that Armenia occupied its lands; Armenia must withdraw, as Armenia
was asked to by the Council. The people of Armenia and of Azerbaijan deserve peace. Armenia, Armenia.
"""


@pytest.fixture(scope="module")
def two_states(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("speaking"), {"armenia.txt": BY_ARMENIA, "azerbaijan.txt": BY_AZERBAIJAN})


@pytest.mark.parametrize("q, first", [("Armenia Azerbaijan", "armenia.txt"), ("Azerbaijan Armenia", "azerbaijan.txt"),
                                      ("armenia peace", "armenia.txt")])
def test_the_state_named_first_is_the_one_whose_statements_come_first(two_states, q, first):
    with Archive(two_states) as archive:
        result = archive.search(SearchRequest(q=q))
    assert [hit.statement.source for hit in result.hits][0] == first
    assert result.total == 2 and result.speaking == ("Armenia" if first == "armenia.txt" else "Azerbaijan")


def test_by_the_words_alone_the_statement_naming_a_state_most_comes_first(two_states):
    """Azerbaijan's statement names Armenia six times, Armenia's own once: without the reading of the
    first name as the speaker, "Armenia Azerbaijan" ranks Azerbaijan's statement first."""
    with Archive(two_states) as archive:
        result = archive.search(SearchRequest(q="Armenia Azerbaijan", state_first=False))
        quoted = archive.search(SearchRequest(q='"Armenia" Azerbaijan'))
    assert [hit.statement.source for hit in result.hits][0] == "azerbaijan.txt" and result.speaking is None
    assert quoted.speaking is None  # a quoted name is a phrase to find, not a speaker


def test_the_page_says_which_state_comes_first_and_links_to_the_words_alone(two_states, client_for):
    client = client_for(two_states)
    page = client.get("/?q=Armenia+Azerbaijan").get_data(as_text=True)
    assert "Statements by Armenia first" in page and "state_first=0" in page
    data = client.get("/api/search?q=Armenia+Azerbaijan&state_first=0").get_json()
    assert data["speaking"] is None and data["hits"][0]["id"] == "azerbaijan"
    assert client.get("/api/search?q=Armenia+Azerbaijan").get_json()["speaking"] == "Armenia"


def test_no_state_is_said_to_come_first_when_a_filter_leaves_out_its_statements(two_states):
    with Archive(two_states) as archive:
        result = archive.search(SearchRequest(q="Armenia Azerbaijan", filters={"country": ("Azerbaijan",)}))
        kept = archive.search(SearchRequest(q="Armenia Azerbaijan", filters={"country": ("Armenia", "Azerbaijan")}))
    assert result.total == 1 and result.speaking is None
    assert kept.speaking == "Armenia"
