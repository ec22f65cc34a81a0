"""Confidence: a value extraction is unsure of is a suggestion, shown as uncertain
with a search for it, and left out of the fields and their facets."""

from __future__ import annotations

import shutil

import pytest

from archive import Archive, Evidence, SearchRequest, Statement
from indexer.build import build_index
from indexer.extraction import confidence, extract
from indexer.extraction.confidence import choose, settle

from .conftest import SEEDS
from .htmltree import parse

REPLY = "000_e71adabdfbd67d48"  # its forum is read from a heading line (confidence 0.85)


def test_a_value_under_the_threshold_becomes_a_suggestion():
    record = Statement(id="s", source="s.txt", body="", country="Norway", speaker="Jane Example",
                       speakers=("Jane Example",), forum="UN General Assembly", forums=("UN General Assembly",),
                       evidence=(Evidence("country", "Norway has always", None, "opening sentence", 0.3),
                                 Evidence("speaker", "Statement by Jane Example", 1, "header", 0.95),
                                 Evidence("forum", "this Assembly", None, "opening", 0.45)))
    settled = settle(record)
    assert (settled.country, settled.forum, settled.forums) == (None, None, ())
    assert settled.suggestions == {"country": "Norway", "forum": "UN General Assembly"}
    assert settled.speaker == "Jane Example"
    assert settled.confidence == {"speaker": 0.95, "country": 0.3, "forum": 0.45, "doc_type": 0.6}
    assert "country uncertain (Norway): kept as a suggestion, not asserted" in settled.warnings


def test_a_documents_type_is_never_only_suggested():
    record = Statement(id="s", source="s.txt", body="", doc_type="statement",
                       evidence=(Evidence("doc_type", "", None, "no cue", 0.4),))
    assert settle(record).doc_type == "statement"


@pytest.fixture()
def unsure_index(tmp_path, monkeypatch):
    """The seeds indexed with a threshold above the confidence of seed 000's forum and meeting."""
    monkeypatch.setattr(confidence, "SUGGESTION_BELOW", 0.86)
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False, workers=1)
    return index_dir


def test_a_suggestion_is_shown_as_uncertain_with_a_search_and_kept_out_of_facets(unsure_index, client_for):
    with Archive(unsure_index) as reader:
        record = reader.get(REPLY)
        everything = reader.search(SearchRequest(size=100))
    assert record.forum is None and record.suggestions["forum"] == "Anti-Personnel Mine Ban Convention"
    forums = {value.value for value in everything.facets["forum"]}
    assert "Anti-Personnel Mine Ban Convention" not in forums and "UN Security Council" in forums

    client = client_for(unsure_index)
    panel = parse(client.get(f"/statements/{REPLY}").data).find("aside", cls="panel")
    uncertain = {dd.find("a", cls="suggestion-search").attrs["href"]: dd.text
                 for dd in panel.find_all("dd", cls="uncertain")}
    link = next(href for href, text in uncertain.items() if "Anti-Personnel Mine Ban Convention" in text)
    assert "uncertain" in uncertain[link]
    found = client.get(link).data
    assert f"/statements/{REPLY}".encode() in found  # one click finds the statement by the suggested value

    api = client.get(f"/api/statements/{REPLY}").get_json()["statement"]
    assert api["forum"] is None and api["suggestions"]["forum"] == "Anti-Personnel Mine Ban Convention"
    assert api["confidence"]["forum"] == 0.85


def _cue(value: str, confidence: float, method: str = "cue"):
    return value, Evidence("country", f"{value} line", 1, method, confidence), None


@pytest.mark.parametrize("candidates, value, winner_confidence, alternatives", [
    # One cue: believed as it is.
    ([_cue("Norway", 0.95)], "Norway", 0.95, []),
    # Cues that agree add no doubt.
    ([_cue("Norway", 0.95), _cue("Norway", 0.9)], "Norway", 0.95, []),
    # A much weaker cue naming another State is kept as an alternative and leaves the winner as sure.
    ([_cue("Norway", 0.95), _cue("Canada", 0.6, "opening sentence")], "Norway", 0.95, ["Canada"]),
    # A rival nearly as strong makes the winner doubtful.
    ([_cue("Norway", 0.9), _cue("Canada", 0.85, "mission line")], "Norway", 0.75, ["Canada"]),
    # Nothing found.
    ([], None, None, []),
])
def test_candidates_are_compared(candidates, value, winner_confidence, alternatives):
    chosen = choose(iter(candidates))
    assert chosen.value == value
    assert (chosen.evidence.confidence if chosen.evidence else None) == winner_confidence
    assert [e.method.split(",")[1].split(":")[0].strip() for e in chosen.alternatives] == alternatives
    assert all(e.confidence == 0.0 and e.method.startswith("alternative not chosen") for e in chosen.alternatives)


def test_the_record_keeps_the_state_it_did_not_choose_as_evidence():
    text = ("Permanent Mission of Canada to the United Nations\n\n"
            "Statement by Ms. Anna Example, Permanent Representative of Norway to the United Nations\n\n"
            "Mr. President,\n\nThank you.\n")
    record = extract(text, "s.txt", "s")
    assert record.country == "Norway"
    chosen = [e for e in record.evidence_for("country") if e.confidence > 0]
    others = [e for e in record.evidence_for("country") if e.confidence == 0]
    assert chosen[0].method == "the speaker's post"
    assert others and others[0].method.startswith("alternative not chosen, Canada")
