"""The seed table of the foundation issue, one row per seed document."""

from __future__ import annotations

import pytest

from indexer.planning import load_statement
from indexer.sources import find_sources

from .conftest import SEEDS

SEED_TABLE = [
    # seed, doc_type, speaker, speakers, country, forums, date, location
    ("000", "right_of_reply", "Seymur Mardaliyev", ["Seymur Mardaliyev"], "Azerbaijan",
     ["Anti-Personnel Mine Ban Convention"], "2021-06-22", "Geneva"),
    ("001", "statement", "Seymur Mardaliyev", ["Seymur Mardaliyev"], "Azerbaijan",
     ["Anti-Personnel Mine Ban Convention"], "2021-06-22", "Geneva"),
    ("002", "statement", "Yashar Aliyev", ["Yashar Aliyev"], "Azerbaijan",
     ["UN Security Council"], "2021-04-08", "New York"),
    # An institution (the Permanent Mission, the Ministry) issues it: no speaker.
    ("003", "note_verbale", None, [], "Azerbaijan", ["UN Human Rights Council"], "2021-04-05", "Geneva"),
    # Circulated to two bodies: both forums, the first as forum.
    ("004", "letter", "Yashar Aliyev", ["Yashar Aliyev", "Jeyhun Bayramov"], "Azerbaijan",
     ["UN General Assembly", "UN Security Council"], "2021-08-09", None),
]


def seed(prefix: str):
    source = next(s for s in find_sources(SEEDS) if s.source.startswith(prefix))
    return load_statement(source)


@pytest.mark.parametrize("prefix, doc_type, speaker, speakers, country, forums, date, location", SEED_TABLE)
def test_seed_metadata(prefix, doc_type, speaker, speakers, country, forums, date, location):
    record = seed(prefix)
    assert record.doc_type == doc_type
    assert record.speaker == speaker
    assert list(record.speakers) == speakers
    assert record.country == country
    assert list(record.forums) == forums
    assert record.forum == forums[0]
    assert record.date == date
    assert record.date_precision == "day"
    assert record.location == location


@pytest.mark.parametrize("prefix, field, expected", [
    ("000", "speaker_role", "Deputy Permanent Representative of the Republic of Azerbaijan "
                            "to the UN Office and other International Organizations in Geneva"),
    ("002", "speaker_role", "Permanent Representative of the Republic of Azerbaijan to the United Nations"),
    ("000", "meeting", "Intersessional meetings of the Anti-Personnel Mine Ban Convention, "
                       "Thematic session – Mandate of the President"),
    ("003", "meeting", "Human Rights Council, Forty-seventh session, Agenda item 4: Human rights situations that "
                       "require the Council's attention"),
    ("002", "meeting", "Security Council virtual open debate on the theme: "
                       "“Maintenance of international peace and security: Mine action”"),
    ("003", "agenda_items", ("4",)),
    ("004", "agenda_items", ("34", "35", "40", "63", "64", "70", "72", "86")),
    ("002", "symbols", ("S/2018/623", "S/2021/284")),
])
def test_seed_details(prefix, field, expected):
    assert getattr(seed(prefix), field) == expected


@pytest.mark.parametrize("prefix, expected", [
    # The UN distribution date and the annexed statement's date, never the note's own.
    ("003", [("2021-04-09", "distributed"), ("2021-04-04", "annex")]),
    ("004", [("2021-08-06", "annex")]),
    ("000", []),
])
def test_seed_other_dates(prefix, expected):
    assert [(d.date, d.role) for d in seed(prefix).dates] == expected


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_extracted_field_has_evidence_from_a_source_line(prefix):
    record = seed(prefix)
    lines = (SEEDS / record.source).read_text(encoding="utf-8").splitlines()
    for name in ("speaker", "country", "forum", "date", "doc_type", "location"):
        if getattr(record, name) is None:
            continue
        evidence = record.evidence_for(name)
        assert evidence, f"{name} has no evidence"
        for item in evidence:
            assert item.method
            if item.line is not None:
                # The evidence quotes the line it names (header lines may be rejoined with the next).
                source_line = lines[item.line - 1].replace("*", "").strip()
                assert item.text.startswith(source_line.rstrip(" ,"))


def test_no_speaker_is_flagged_rather_than_guessed():
    record = seed("003")
    assert record.speaker is None
    assert "no speaker found" in record.warnings
