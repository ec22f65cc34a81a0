"""Fields set by hand: sidecars are read field by field, and a bad one costs no statement."""

from __future__ import annotations

import json

import pytest

from indexer.extraction import extract
from indexer.overrides import Overrides, apply_overrides, read_overrides

HEADER = "Statement by Mr. Ivan Example, Permanent Representative of Ukraine\nGeneva, 3 March 2022\n\nMr. President,\n"


def record():
    return extract(HEADER, "s.txt", "s")


def sidecar(tmp_path, text: str):
    path = tmp_path / "s.txt.meta.json"
    path.write_text(text, encoding="utf-8")
    return read_overrides(path)


def test_an_override_wins_says_so_and_keeps_the_extracted_value():
    updated = apply_overrides(record(), Overrides("s.txt.meta.json", {"country": "Moldova", "date": "2022-02-24"}))
    assert updated.country == "Moldova"
    assert updated.date == "2022-02-24" and updated.date_precision == "day"
    assert updated.overrides == ("country", "date")
    assert [e.method for e in updated.evidence_for("country")] == ["set by hand: s.txt.meta.json"]
    assert updated.corrected == {"country": "Ukraine", "date": "2022-03-03"}
    assert updated.confidence["country"] == 1.0


def test_an_override_equal_to_the_extracted_value_is_no_correction():
    updated = apply_overrides(record(), Overrides("s.txt.meta.json", {"country": "Ukraine"}))
    assert updated.overrides == ("country",) and updated.corrected == {}


@pytest.mark.parametrize("text, values", [
    ('{"date": "2018", "date_precision": "year"}', {"date": "2018-01-01", "date_precision": "year"}),  # a year
    ('{"date": "June 2021"}', {"date": "2021-06-01", "date_precision": "month"}),  # a month, as a filter takes it
    ('{"date": "22 June 2021"}', {"date": "2021-06-22", "date_precision": "day"}),
    ('{"speaker": "  Jane Example "}', {"speaker": "Jane Example"}),  # spaces trimmed
    ('{"location": ""}', {"location": None}),  # an empty value clears the field
    ('{"forums": ["UN Security Council", "UN General Assembly"]}',
     {"forums": ("UN Security Council", "UN General Assembly")}),
])
def test_valid_sidecar_values(tmp_path, text, values):
    overrides = sidecar(tmp_path, text)
    assert overrides.values == values and overrides.problems == ()


@pytest.mark.parametrize("text, problem", [
    ("{bad", "s.txt.meta.json: not read, not valid JSON"),  # broken JSON: nothing applied, the reason given
    ('["a"]', "s.txt.meta.json: not read, it must hold a JSON object"),
    ('{"colour": "blue"}', "s.txt.meta.json: colour: not a field of a statement"),
    ('{"date": "sometime"}', "s.txt.meta.json: date: Could not read 'sometime' as a date"),
    ('{"date": "2018", "date_precision": "decade"}', "s.txt.meta.json: date: its date_precision 'decade'"),
    ('{"doc_type": "memo"}', "s.txt.meta.json: doc_type: 'memo' is not a document type"),
    ('{"speakers": "Jane Example"}', "s.txt.meta.json: speakers: must be a list of strings"),
    ('{"country": 7}', "s.txt.meta.json: country: must be a string or null"),
])
def test_bad_sidecar_values_are_left_out_with_a_reason(tmp_path, text, problem):
    overrides = sidecar(tmp_path, text)
    assert len(overrides.problems) == 1 and overrides.problems[0].startswith(problem)
    updated = apply_overrides(record(), overrides)
    assert updated.country == "Ukraine"  # the statement keeps what extraction found
    assert overrides.problems[0] in updated.warnings


def test_one_bad_field_does_not_stop_the_good_ones(tmp_path):
    overrides = sidecar(tmp_path, '{"colour": "blue", "location": "New York"}')
    updated = apply_overrides(record(), overrides)
    assert updated.location == "New York" and updated.overrides == ("location",)
    assert any(w.startswith("s.txt.meta.json: colour:") for w in updated.warnings)


def test_a_sidecar_may_give_the_statement_its_id(tmp_path):
    assert sidecar(tmp_path, '{"id": "kept-id", "country": "Chile"}').statement_id == "kept-id"


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "a/b", "", " ", "x" * 161, 7, "id with spaces"])
def test_a_sidecar_id_that_is_not_safe_is_refused_with_a_reason(tmp_path, bad_id):
    overrides = sidecar(tmp_path, json.dumps({"id": bad_id, "country": "Chile"}))
    assert overrides.statement_id is None and overrides.values == {"country": "Chile"}
    assert overrides.problems[0].startswith(f"s.txt.meta.json: id {bad_id!r} is not an id")
