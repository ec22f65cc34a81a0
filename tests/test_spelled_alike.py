"""One person, one entry: a folder whose documents spell a name with and without accents, or in
another case, lists the person once in the facets, the speaker filter, the speakers' index and the
profiles, under the spelling with accents (then the commonest), and stays so as documents are added.

Ground truth is read from the fixture files (tests/fixtures/spellings) with a regular expression
over the line each name is written on, never from the archive's other answers.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter

import pytest

from archive.spelled_alike import preferred_spelling
from indexer.build import build_index

from .conftest import FIXTURES
from .htmltree import parse

FOLDER = FIXTURES / "spellings"
ERDOGAN, LULA = "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva"


def _written(pattern: str) -> Counter:
    """How the fixture files write a name: the spelling after 'Statement by H.E. Mr.', per file."""
    found = Counter()
    for path in FOLDER.glob("*.txt"):
        match = re.search(r"Statement by H\.E\. Mr\. (" + pattern + ")", path.read_text(encoding="utf-8"))
        if match:
            found[match.group(1)] += 1
    return found


@pytest.mark.parametrize("counts, shown", [
    ({"Erdogan": 5, "Erdoğan": 1}, "Erdoğan"),  # the accents win over the commonest: sources lose them
    ({"Lula Da Silva": 1, "Lula da Silva": 2}, "Lula da Silva"),  # no accents either way: the commonest
    ({"Lula Da Silva": 1, "Lula da Silva": 1}, "Lula da Silva"),  # a tie: the same choice in every build
])
def test_the_spelling_shown_has_its_accents_then_is_the_commonest(counts, shown):
    assert preferred_spelling(counts) == shown


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    index = tmp_path_factory.mktemp("spellings") / "index"
    build_index([FOLDER], index, show_progress=False)
    return index


def test_the_ground_truth_has_several_spellings_of_each_name():
    assert len(_written(r"Recep Tayyip \w+")) == 3  # Erdogan, ERDOGAN, Erdoğan
    assert len(_written(r"Luiz Inácio Lula \w+ Silva")) == 2  # da, Da


def test_a_speaker_spelled_two_ways_is_one_facet_value_on_the_page_and_in_the_api(spelled, client_for):
    client = client_for(spelled)
    facet = client.get("/api/search").get_json()["facets"]["speaker"]
    listed = [(value["label"], value["count"]) for value in facet["values"]]
    assert sorted(listed) == sorted([(ERDOGAN, sum(_written(r"Recep Tayyip \w+").values())),
                                     (LULA, sum(_written(r"Luiz Inácio Lula \w+ Silva").values()))])
    page = parse(client.get("/").data)
    section = next(section for section in page.find_all("section", cls="facet") if section.find("h2").text == "Speaker")
    shown = [(" ".join(li.find("a").text.split()[1:]), li.find("span", cls="count").text)
             for li in section.find_all("li")]
    assert sorted(shown) == sorted((label, str(count)) for label, count in listed)


@pytest.mark.parametrize("typed", ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "recep tayyip ERDOGAN"])
def test_the_speaker_filter_finds_every_spelling_whichever_is_typed(spelled, client_for, typed):
    client = client_for(spelled)
    data = client.get("/api/search", query_string={"speaker": typed}).get_json()
    years = sorted(hit["date"][:4] for hit in data["hits"])
    assert years == ["2019", "2020", "2021"]
    selected = [value for value in data["facets"]["speaker"]["values"] if value["selected"]]
    assert [value["value"] for value in selected] == [ERDOGAN]
    # Undoing the filter leaves no speaker in the address, whatever spelling it had.
    assert "speaker" not in selected[0]["toggle_url"]


def test_the_speakers_index_and_the_profile_name_the_person_once(spelled, client_for):
    client = client_for(spelled)
    index = client.get("/api/speakers").get_json()
    assert sorted((value["value"], value["count"]) for value in index["values"]) == [(LULA, 3), (ERDOGAN, 3)]
    response = client.get("/api/speakers/Recep%20Tayyip%20Erdogan")
    assert response.status_code == 302 and response.headers["Location"] == "/api/speakers/Recep%20Tayyip%20Erdo%C4%9Fan"
    profile = client.get(response.headers["Location"]).get_json()
    assert profile["count"] == 3 and profile["spans"] == "2019–2021"
    assert profile["posts"][0]["count"] == 3  # his post in every spelling
    written = {item["spelling"]: item["count"] for item in profile["spellings"]["written"]}
    assert written == {"Recep Tayyip Erdogan": 1, "Recep Tayyip ERDOGAN": 1}
    assert profile["spellings"]["in_archive"] == [] and profile["possibly_same"] == []
    state = client.get("/api/countries/Türkiye").get_json()
    assert [(speaker["speaker"], speaker["count"]) for speaker in state["speakers"]] == [(ERDOGAN, 3)]


def test_a_document_added_with_accents_regroups_the_others_at_once(tmp_path, client_for):
    """Adding one statement that spells the name with accents changes how the two already indexed are
    listed, with no other statement read again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("turkey-general-debate-2019.txt", "turkey-general-debate-2020.txt"):
        shutil.copy(FOLDER / name, corpus / name)
    index = tmp_path / "index"
    build_index([corpus], index, show_progress=False)
    client = client_for(index)
    before = client.get("/api/search").get_json()["facets"]["speaker"]["values"]
    assert [(value["value"], value["count"]) for value in before] == [("Recep Tayyip Erdogan", 2)]

    shutil.copy(FOLDER / "turkey-general-debate-2021.txt", corpus)
    report = build_index([corpus], index, show_progress=False)
    assert report.indexed == 1 and report.unchanged == 2
    after = client.get("/api/search").get_json()["facets"]["speaker"]["values"]
    assert [(value["value"], value["count"]) for value in after] == [(ERDOGAN, 3)]
    assert client.get("/api/search", query_string={"speaker": "Recep Tayyip Erdogan"}).get_json()["total"] == 3


def test_a_name_is_shown_with_its_particles_in_lower_case_however_often_a_sheet_capitalized_them():
    """The General Debate's sheet writes 'Lula Da Silva' more often than 'Lula da Silva'; the name is the latter."""
    from archive.spelled_alike import preferred_spelling

    assert preferred_spelling({"Luiz Inácio Lula Da Silva": 3, "Luiz Inácio Lula da Silva": 1}) == \
        "Luiz Inácio Lula da Silva"
    assert preferred_spelling({"Abdullah Bin Zayed": 5, "Abdullah bin Zayed": 2}) == "Abdullah bin Zayed"
    assert preferred_spelling({"Erdogan": 5, "Erdoğan": 1}) == "Erdoğan"  # accents still come first
