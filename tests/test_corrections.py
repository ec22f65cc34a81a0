"""`verbatim correct`: a correction lands beside the source or in the archive,
re-indexes that statement alone, and the reading view shows it as a correction."""

from __future__ import annotations

import json
import shutil

import pytest

from archive import Archive, SearchRequest
from indexer.build import build_index
from indexer.corrections import correct, parse_assignments
from verbatim.cli import main

from .conftest import SEEDS
from .htmltree import parse

REPLY = "000_e71adabdfbd67d48"  # right of reply by Azerbaijan, Geneva, 22 June 2021


@pytest.fixture()
def archive_of_seeds(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    yield folder, index_dir
    folder.chmod(0o755)


def test_a_correction_is_written_beside_the_source_and_applied_at_once(archive_of_seeds):
    folder, index_dir = archive_of_seeds
    result = correct(index_dir, REPLY, parse_assignments(["location=New York", "date=June 2021"]))
    assert result.written == folder / f"{REPLY}.txt.meta.json"
    assert json.loads(result.written.read_text(encoding="utf-8")) == {"location": "New York", "date": "June 2021"}
    with Archive(index_dir) as reader:
        record = reader.get(REPLY)
        assert reader.count() == 5  # every other statement is kept
        in_june = reader.search(SearchRequest(q="", date_from="June 2021", date_to="June 2021"))
    assert (record.location, record.date, record.date_precision) == ("New York", "2021-06-01", "month")
    assert record.corrected == {"location": "Geneva", "date": "2021-06-22", "date_precision": "day"}
    assert REPLY in [hit.statement.id for hit in in_june.hits]


def test_a_read_only_source_folder_keeps_corrections_in_the_archive(archive_of_seeds):
    folder, index_dir = archive_of_seeds
    folder.chmod(0o555)
    result = correct(index_dir, REPLY, {"country": "Armenia"})
    assert result.written.parent == index_dir.parent / "index.overrides"
    assert not list(folder.glob("*.meta.json"))
    # A full re-index of the folder reads the archive's corrections too.
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        record = reader.get(REPLY)
        by_armenia = reader.search(SearchRequest(q="", filters={"country": ("Armenia",)}))
    assert record.country == "Armenia" and record.corrected == {"country": "Azerbaijan"}
    assert [hit.statement.id for hit in by_armenia.hits] == [REPLY]


def test_a_correction_adds_to_the_sidecar_already_there(archive_of_seeds):
    folder, index_dir = archive_of_seeds
    sidecar = folder / f"{REPLY}.txt.meta.json"
    sidecar.write_text('{"meeting": "Intersessional meetings"}', encoding="utf-8")
    correct(index_dir, REPLY, {"location": None})
    assert json.loads(sidecar.read_text(encoding="utf-8")) == {"meeting": "Intersessional meetings", "location": None}
    with Archive(index_dir) as reader:
        record = reader.get(REPLY)
    assert record.location is None and record.meeting == "Intersessional meetings"
    assert record.corrected["location"] == "Geneva"


@pytest.mark.parametrize("key, assignments, message", [
    ("no-such-id", ["country=Chile"], "no statement with id 'no-such-id'"),
    (REPLY, ["colour=blue"], "colour: not a field of a statement"),
    (REPLY, ["date=someday"], "date: Could not read 'someday' as a date"),
    (REPLY, ["country"], "write FIELD=VALUE"),
])
def test_a_bad_correction_says_what_to_fix_and_writes_nothing(archive_of_seeds, capsys, key, assignments, message):
    folder, index_dir = archive_of_seeds
    assert main(["correct", key, *assignments, "--index", str(index_dir)]) == 2
    assert message in capsys.readouterr().err
    assert not list(folder.glob("*.meta.json"))


def test_the_reading_view_shows_a_correction_and_what_extraction_had(archive_of_seeds, client_for, capsys):
    _folder, index_dir = archive_of_seeds
    assert main(["correct", REPLY, "country=Armenia", "--index", str(index_dir)]) == 0
    assert "country = 'Armenia' (extraction had 'Azerbaijan')" in capsys.readouterr().out
    doc = parse(client_for(index_dir).get(f"/statements/{REPLY}").data)
    corrected = doc.find("aside", cls="panel").find("dd", cls="corrected")
    assert corrected.text.split()[0] == "Armenia"
    assert "corrected by hand" in corrected.text and "extraction had: Azerbaijan" in " ".join(corrected.text.split())
    assert "set by hand" in corrected.find("div", cls="evidence").text
