"""Extraction measured on the documents written for Verbatim in the style of real pages, labelled by the
devset's rules by writers who never saw the extractor (tests/data/conventions and conventions-b).

The floors are the counts reached when they were set; they only ever rise. The held-out half of the first
set (tests/data/conventions-heldout.txt, twelve sites drawn before any of its documents was read) measures
extraction on sites no rule was written for; it has floors of its own, so a gain on the documents developed
on cannot hide a loss on unseen ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.check import CHECKED_FIELDS, check_folder, document_names

DATA = Path(__file__).parent / "data"
HELDOUT = DATA / "conventions-heldout.txt"

# Correct values out of the first set's 36 development documents, its 36 held-out ones, and the second set's 60.
FLOORS = {
    "conventions": {"speaker": 35, "speaker_role": 33, "country": 36, "forum": 35, "meeting": 14, "date": 35,
                    "doc_type": 36, "location": 31},
    "conventions held out": {"speaker": 24, "speaker_role": 23, "country": 28, "forum": 31, "meeting": 15,
                             "date": 35, "doc_type": 34, "location": 28},
    "conventions-b": {"speaker": 54, "speaker_role": 47, "country": 52, "forum": 50, "meeting": 32, "date": 52,
                      "doc_type": 56, "location": 41},
}


@pytest.fixture(scope="module")
def reports():
    held_out = document_names([str(HELDOUT)])
    first = DATA / "conventions"
    return {
        "conventions": check_folder(first, first / "labels.json", leave_out=held_out),
        "conventions held out": check_folder(first, first / "labels.json", only=held_out),
        "conventions-b": check_folder(DATA / "conventions-b", DATA / "conventions-b" / "labels.json"),
    }


@pytest.mark.parametrize("part", FLOORS)
@pytest.mark.parametrize("field", CHECKED_FIELDS)
def test_accuracy_floor(reports, part, field):
    assert reports[part].correct[field] >= FLOORS[part][field], reports[part].details()


def test_the_held_out_half_is_twelve_whole_sites():
    held_out = document_names([str(HELDOUT)])
    first = DATA / "conventions"
    assert len(held_out) == 36
    assert check_folder(first, first / "labels.json", only=held_out).documents == 36
