"""Extraction measured on ../shared/devset with `verbatim check`'s code.

The floors are the counts reached when they were set; they only ever rise.
"""

from __future__ import annotations

import pytest

from indexer.check import CHECKED_FIELDS, check_folder

from .conftest import shared_path

# Correct values out of 30 documents; raise a floor when extraction improves.
FLOORS = {
    "speaker": 30,
    "speaker_role": 30,
    "country": 29,
    "forum": 29,
    "meeting": 28,
    "date": 30,
    "doc_type": 30,
    "location": 30,
}


@pytest.fixture(scope="module")
def report():
    devset = shared_path("devset")
    return check_folder(devset, devset / "labels.json")


@pytest.mark.parametrize("field", CHECKED_FIELDS)
def test_accuracy_floor(report, field):
    assert report.documents == 30
    assert report.correct[field] >= FLOORS[field], report.details()


def test_the_issue_bar_is_met(report):
    for field in CHECKED_FIELDS:
        assert report.accuracy(field) >= 0.90, field
    for field in ("speaker", "country", "doc_type", "date"):
        assert report.accuracy(field) >= 0.95, field


def test_mismatches_carry_their_evidence(report):
    lines = report.details().splitlines()
    assert all(" got " in line or line.startswith("    evidence:") for line in lines)
