"""The vocabularies are data, and the data is tested: every pattern matches
its examples, every example a pattern, and the rejects are rejected."""

from __future__ import annotations

import re

import pytest

from archive import vocabulary
from archive.folding import fold
from indexer.extraction.dates import find_dates
from indexer.extraction.forum_names import forums_in
from indexer.extraction.gazetteer import canonical_city, canonical_country, country_pattern
from indexer.extraction.lines import Line, is_chrome
from indexer.extraction.names import strip_honorifics
from indexer.extraction.references import find_groups, find_mentions, find_symbols

SYMBOLS = vocabulary.load_data("symbols")


@pytest.mark.parametrize("forum", vocabulary.forums(), ids=lambda f: f.name)
def test_every_forum_example_names_its_forum(forum):
    assert forum.examples, f"{forum.name} has no example"
    for example in forum.examples:
        assert forum.name in forums_in(example), example


@pytest.mark.parametrize("forum", vocabulary.forums(), ids=lambda f: f.name)
def test_every_forum_alias_resolves_to_its_forum(forum):
    for alias in forum.aliases:
        assert forums_in(alias) == [forum.name] or forum.parent, alias
        assert vocabulary.forum_named(alias).name == forum.name


@pytest.mark.parametrize("doc_type", [d for d in vocabulary.doc_types() if d.cues], ids=lambda d: d.name)
def test_every_doc_type_cue_has_a_matching_example(doc_type):
    for cue in doc_type.cues:
        assert any(re.search(cue, example, re.IGNORECASE) for example in doc_type.examples), cue


@pytest.mark.parametrize("example", SYMBOLS["examples"])
def test_symbol_examples_are_found_whole(example):
    assert find_symbols(f"see document {example}, as cited") == [example]


@pytest.mark.parametrize("reject", SYMBOLS["rejects"])
def test_symbol_rejects_are_not_symbols(reject):
    assert find_symbols(reject) == []


@pytest.mark.parametrize("country", vocabulary.countries(), ids=lambda c: c.iso3)
def test_every_country_name_resolves_to_the_country(country):
    for name in country.names:
        match = country_pattern().search(fold(name))
        assert match, name
        assert canonical_country(match.group(1)) is not None
    assert vocabulary.country_named(country.iso3).name == country.name
    for adjective in country.adjectives:
        assert vocabulary.country_named(adjective) is not None


def test_country_codes_are_unique():
    codes = [c.iso3 for c in vocabulary.countries()]
    assert len(codes) == len(set(codes))
    assert sum(c.status == "member" for c in vocabulary.countries()) == 193


def test_us_pronoun_is_not_the_united_states():
    assert country_pattern().search("Let us act together") is None
    assert canonical_country(country_pattern().search("the US delegation").group(1)) == "United States"


@pytest.mark.parametrize("text, expected", [
    ("Kəlbəcər", "Kelbecer"),  # ə has no Unicode decomposition
    ("Laçın", "Lacin"),  # dotless i and cedilla
    ("Füzuli", "Fuzuli"),
    ("Côte d’Ivoire", "Cote d'Ivoire"),  # curly apostrophe straightened
])
def test_fold(text, expected):
    assert fold(text) == expected


def test_user_extension_adds_to_a_vocabulary(tmp_path, monkeypatch):
    (tmp_path / "forums.json").write_text(
        '[{"name": "Arms Trade Treaty", "aliases": ["ATT"], "examples": ["Conference of States Parties to the ATT"]}]',
        encoding="utf-8")
    monkeypatch.setenv(vocabulary.EXTENSION_ENV, str(tmp_path))
    vocabulary.load_data.cache_clear()
    vocabulary.forums.cache_clear()
    try:
        names = [f.name for f in vocabulary.forums()]
        assert "Arms Trade Treaty" in names and "UN Security Council" in names
    finally:
        monkeypatch.delenv(vocabulary.EXTENSION_ENV)
        vocabulary.load_data.cache_clear()
        vocabulary.forums.cache_clear()


@pytest.mark.parametrize("group", vocabulary.groups(), ids=lambda g: g.name)
def test_every_group_example_names_its_group(group):
    for example in group.examples:
        names, _evidence = find_groups([Line(1, example, 0)], "")
        assert names == [group.name], example


@pytest.mark.parametrize("doc_type", [d for d in vocabulary.doc_types() if d.body_cues], ids=lambda d: d.name)
def test_every_opening_formula_has_a_matching_example(doc_type):
    for cue in doc_type.body_cues:
        assert any(re.search(cue, example, re.IGNORECASE) for example in doc_type.body_examples), cue


CHROME = vocabulary.load_data("web_chrome")


@pytest.mark.parametrize("example", CHROME["examples"])
def test_chrome_examples_are_chrome(example):
    assert is_chrome(example)


@pytest.mark.parametrize("reject", CHROME["rejects"])
def test_chrome_rejects_are_content(reject):
    assert not is_chrome(reject)


def test_every_chrome_pattern_has_an_example():
    for pattern in CHROME["patterns"]:
        assert any(re.search(pattern, e, re.IGNORECASE) for e in CHROME["examples"]), pattern


@pytest.mark.parametrize("honorific", vocabulary.load_data("honorifics"))
def test_every_honorific_is_stripped_from_a_name(honorific):
    assert strip_honorifics(f"{honorific} Anna Example") == "Anna Example"


@pytest.mark.parametrize("city", sorted(set(vocabulary.load_data("cities"))))
def test_every_city_is_a_place_line(city):
    assert canonical_city(city) == city


@pytest.mark.parametrize("place", vocabulary.load_data("places"), ids=lambda p: p["name"])
def test_every_place_variant_is_a_mention_of_the_place(place):
    for variant in (place["name"], *place["variants"]):
        assert find_mentions(f"Fighting near {variant} continued.") == [place["name"]], variant


@pytest.mark.parametrize("month, number", vocabulary.load_data("months").items())
def test_every_month_name_reads_as_a_date(month, number):
    (found,) = find_dates(f"on 3 {month.capitalize()} 2021")
    assert (found.year, found.month, found.day) == (2021, number, 3)


@pytest.mark.parametrize("letter, plain", vocabulary.load_data("transliteration").items())
def test_every_transliteration_folds(letter, plain):
    assert fold(letter) == plain


def test_vocabulary_lists_have_no_duplicates():
    for name in ("cities", "honorifics"):
        entries = vocabulary.load_data(name)
        assert len(entries) == len(set(entries)), name


def test_a_state_named_in_another_language_is_found_but_never_searched_for():
    """'Maroc' in a French heading or a filter is Morocco; a search for Morocco still lists only its
    English spellings as the others it matched."""
    assert vocabulary.country_named("Maroc").name == "Morocco"
    assert vocabulary.country_named("Schweiz").name == "Switzerland"
    morocco = next(country for country in vocabulary.countries() if country.name == "Morocco")
    assert "Maroc" in morocco.every_name and "Maroc" not in morocco.names
