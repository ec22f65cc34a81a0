"""Extraction rules as tables of real header lines, one comment per row."""

from __future__ import annotations

import re

import pytest

from archive.patterns import trie_pattern
from indexer.extraction import extract
from indexer.extraction.dates import find_dates
from indexer.extraction.dating import find_dating
from indexer.extraction.forum_names import forums_in
from indexer.extraction.lines import header_lines, logical_lines, source_lines
from indexer.extraction.locations import find_location
from indexer.extraction.names import normalize_name, strip_honorifics
from indexer.extraction.people import find_people
from indexer.extraction.places import find_country
from indexer.extraction.references import find_mentions


def header_of(text: str):
    return logical_lines(header_lines(source_lines(text)))


@pytest.mark.parametrize("text, expected", [
    ("H.E. Mr. Yashar Aliyev", "Yashar Aliyev"),  # stacked honorifics
    ("His Excellency Ambassador Ali Bahraini", "Ali Bahraini"),
    ("The Hon. Penny Wong", "Penny Wong"),
    ("Ms. Linda Thomas-Greenfield", "Linda Thomas-Greenfield"),
    ("Mark Ruffalo", "Mark Ruffalo"),  # 'M' of Mark is not the French 'M.'
])
def test_strip_honorifics(text, expected):
    assert strip_honorifics(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ENRIQUE A. MANALO", "Enrique A. Manalo"),  # capitals normalized, initials kept
    ("ISHIKANE Kimihiro", "Ishikane Kimihiro"),  # a word in capitals inside a name too (devset README)
    ("Gerard van Bohemen", "Gerard van Bohemen"),  # mixed case and particles kept as written
    ("ZHANG JUN", "Zhang Jun"),
])
def test_normalize_name(text, expected):
    assert normalize_name(text) == expected


def make_header(*lines: str) -> str:
    return "\n".join(lines) + "\n\nMr. President,\n\nThank you.\n"


@pytest.mark.parametrize("header, speaker, role", [
    # The stacked mission heading: name, then post on the next line.
    (make_header("Statement by H.E. Mr. Yashar Aliyev",
                 "Permanent Representative of the Republic of Azerbaijan to the United Nations"),
     "Yashar Aliyev", "Permanent Representative of the Republic of Azerbaijan to the United Nations"),
    # delivered by, name and post on one line after a comma.
    (make_header("Statement delivered by Ambassador Ali Bahraini, Permanent Representative of Iran"),
     "Ali Bahraini", "Permanent Representative of Iran"),
    # A name in capitals.
    (make_header("Statement by H.E. MR. ENRIQUE A. MANALO", "Permanent Representative of the Philippines"),
     "Enrique A. Manalo", "Permanent Representative of the Philippines"),
    # An institution is not a speaker.
    (make_header("Statement by the Delegation of China"), None, None),
])
def test_speaker_and_role(header, speaker, role):
    lines = source_lines(header)
    people = find_people(header_of(header), lines, None, "")
    assert people.speaker == speaker
    assert people.role == role


@pytest.mark.parametrize("role, expected", [
    ("Deputy Permanent Representative of the Republic of Azerbaijan to the UN Office", "Azerbaijan"),
    ("Permanent Representative of the Islamic Republic of Iran to the United Nations", "Iran"),
    ("Minister for Foreign Affairs of the United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
    ("Permanent Representative of Côte d'Ivoire", "Côte d'Ivoire"),  # apostrophe and accent
    ("Counsellor of the Permanent Mission of the United States of America", "United States"),
])
def test_country_from_the_speakers_post(role, expected):
    assert find_country(role, None, None, None, [], "")[0] == expected


def test_country_is_not_taken_from_the_body_of_a_right_of_reply():
    text = make_header("Right of reply", "delivered by Mr. Seymur Mardaliyev",
                       "Deputy Permanent Representative of Azerbaijan") + "Armenia, Armenia, Armenia.\n"
    assert extract(text, "r.txt", "r").country == "Azerbaijan"


@pytest.mark.parametrize("lines, expected", [
    (["Geneva, 22 June 2021"], "Geneva"),  # dateline
    (["New York City"], "New York"),  # a place line
    (["633 Third Avenue, Suite 3210, New York, NY, 10017"], "New York"),  # letterhead address
    # A city inside a post does not count.
    (["Permanent Representative of Ukraine to the International Organizations in Vienna"], None),
])
def test_location(lines, expected):
    header = header_of(make_header(*lines))
    assert find_location(header, None, "statement")[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("22 June 2021", [(2021, 6, 22)]),
    ("June 22, 2021", [(2021, 6, 22)]),  # US style
    ("2021-06-22", [(2021, 6, 22)]),  # ISO
    ("on the 4th of April", [(None, 4, 4)]),  # no year: the caller supplies it
    ("21 June–9 July 2021", [(None, 6, 21), (2021, 7, 9)]),  # a session period
    ("more than 10,000 km² in 2020", []),  # numbers are not dates
])
def test_find_dates(text, expected):
    assert [(d.year, d.month, d.day) for d in find_dates(text)] == expected


def test_distribution_date_is_not_the_date_of_a_letter():
    text = ("General Assembly\n\nDistr.: General\n17 October 2012\n\n"
            "Letter dated 16 October 2012 from the Permanent Representative of Israel "
            "to the United Nations addressed to the Secretary-General\n\n"
            "I have the honour to refer to the letter of 3 May 2011.\n")
    record = extract(text, "l.txt", "l")
    assert record.doc_type == "letter"
    assert record.date == "2012-10-16"
    assert [(d.date, d.role) for d in record.dates] == [("2012-10-17", "distributed")]


def test_dates_in_the_body_are_past_events_not_the_document_date():
    text = make_header("Statement by Mr. Ivan Example", "Permanent Representative of Ukraine") \
        + "On 24 February 2022 the war began.\n"
    record = extract(text, "s.txt", "s")
    assert record.date is None
    assert any(w.startswith("no date") for w in record.warnings)


@pytest.mark.parametrize("text, expected", [
    ("at the Security Council open debate", ["UN Security Council"]),
    ("Statement at the UNSC", ["UN Security Council"]),  # acronym
    ("the Ottawa Convention", ["Anti-Personnel Mine Ban Convention"]),  # alias
    ("Human Rights Council, Universal Periodic Review", ["UN Human Rights Council"]),
    ("unsc", []),  # acronyms match in capitals only
])
def test_forums_in(text, expected):
    assert forums_in(text) == expected


def test_a_subsidiary_body_wins_over_its_parent_in_a_un_heading():
    text = "General Assembly\n\nHuman Rights Council\n\nForty-seventh session\n\nThe Council met.\n"
    record = extract(text, "h.txt", "h")
    assert record.forums == ("UN Human Rights Council",)


def test_annex_date_without_a_year_takes_the_year_of_the_document():
    text = ("Note verbale dated 5 April 2021 from the Permanent Mission of Azerbaijan to the United "
            "Nations Office at Geneva addressed to the Office of the High Commissioner\n\n"
            "The Permanent Mission has the honour to transmit the statement (see annex). It is long enough.\n\n"
            "Annex to the note verbale dated 5 April 2021\n\n"
            "Statement of the Ministry of Foreign Affairs on the 4th of April\n\nText.\n")
    lines = source_lines(text)
    header = header_of(text)
    dating = find_dating(header, lines, header[0], formal=True)
    assert dating.date == "2021-04-05"
    assert [(d.date, d.role) for d in dating.others] == [("2021-04-04", "annex")]


def test_trie_pattern_matches_each_word_whole_and_prefers_the_longest():
    words = ["Niger", "Nigeria", "Guinea", "Guinea-Bissau", "Equatorial Guinea", "Korea", "Republic of Korea"]
    pattern = re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])")
    for word in words:
        assert pattern.fullmatch(word), word
    assert [m.group(0) for m in pattern.finditer("Nigeria, Niger, Guinea-Bissau and the Republic of Korea")] == [
        "Nigeria", "Niger", "Guinea-Bissau", "Republic of Korea"]
    assert pattern.search("Nigerian") is None


def test_mentions_use_canonical_names_and_place_variants():
    text = "Mines near Lachin and Kalbajar; the United States of America and Türkiye; let us act."
    assert find_mentions(text) == ["Laçın", "Kəlbəcər", "United States", "Türkiye"]


@pytest.mark.parametrize("name, post", [
    # Czech and Slovak write a post in lower case: on the line under a name line it is the post, its own line in the
    # header, not a continuation of the name.
    ("Petr Příklad", "velvyslanec, stálý představitel České republiky při OSN"),
    ("Zuzana Príkladová-Vzorová", "veľvyslankyňa, stála predstaviteľka Slovenskej republiky pri OSN"),
])
def test_a_post_in_lower_case_stays_under_its_name_line(name, post):
    header = [line.text for line in header_of(f"Vystoupení na zasedání\n\n{name}\n{post}\n\nŽeneva, 4. března 2025\n\n"
                                               "Pane předsedo,\n\nDěkujeme za zprávu.\n")]
    assert header[1:3] == [name, post]
    assert extract(f"Vystoupení na zasedání\n\n{name}\n{post}\n\nŽeneva, 4. března 2025\n", "t.txt", "t").speaker \
        == name
