"""The States and cities of the vocabularies, as a text writes them: one pattern for any of their names,
and the name the archive files each under ('Syrian Arab Republic' -> 'Syria', 'Ginebra' -> 'Geneva').
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.patterns import trie_pattern
from indexer.extraction.patterns import alternation


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern:
    """Any name, official form or alias of a State (not adjectives), folded."""
    names = {fold(n) for c in vocabulary.countries() for n in c.every_name}
    # Acronyms keep their case: 'US' is a State, 'us' a pronoun.
    acronyms = "|".join(
        f"(?-i:{re.escape(n)})" for n in sorted(names, key=len, reverse=True) if n.replace(".", "").isupper())
    # 'Trinidad & Tobago', 'Bosnia & Herzegovina': an ampersand for the 'and' of a name.
    words = alternation(n for n in names if not n.replace(".", "").isupper()).replace(r"\s+and\s+", r"\s+(?:and|&)\s+")
    return re.compile(rf"(?<![\w-])(?:the\s+)?({words}|{acronyms})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_by_folded_name() -> dict[str, str]:
    table = {}
    for country in vocabulary.countries():
        for name in country.every_name:
            table.setdefault(fold(name).casefold(), country.name)
    return table


# A State's official name is its form of State and the name, in every language a letterhead writes it: 'Republic of
# Benin', 'République du Bénin', 'República de Guatemala', 'Royaume de Belgique', 'State of Qatar', 'Union des
# Comores', 'Republik Österreich', with the form's own epithets ('Islamic Republic of', 'République fédérale d''),
# read folded. A democratic or people's republic is another State than the one its name ends on
# ('République démocratique du Congo', 'República Popular Democrática de Corea'): the vocabulary names those whole.
_CONNECTOR = r"(?:of|du|de|del|do|da|di|der|des|dos|van|von)\s+(?:(?:the|la|el|los|las|le|les)\s+)?|(?:d|dell)'\s*"
_EPITHET = rf"(?:(?!democrat|popula|people|{_CONNECTOR})[a-z'-]+\s+)"
OFFICIAL_FORM_PREFIX = re.compile(
    rf"(?:the\s+)?(?:{_EPITHET}{{0,2}}(?:republic|kingdom|state|federation|confederation|commonwealth|principality|"
    r"sultanate|emirate|grand\s+duchy|duchy|union|republique|republica|republik|repubblica|republiek|reino|royaume|"
    r"regno|konigreich|koninkrijk|etat|estado|stato|staat|bundesrepublik)\s+"
    rf"{_EPITHET}{{0,2}}(?:{_CONNECTOR})"
    # German, Dutch and Indonesian put the name right after the form ('Republik Österreich', 'Koninkrijk België').
    r"|(?:bundesrepublik|republik|konigreich|koninkrijk)\s+)", re.IGNORECASE)


def canonical_country(name: str) -> str | None:
    """Any name or official form of a State, as written -> its short name ('Syrian Arab Republic' -> 'Syria',
    'République du Bénin' -> 'Benin')."""
    name = " ".join(fold(name).replace("&", "and").replace("’", "'").split()).casefold()
    table = _country_by_folded_name()
    found = table.get(name) or table.get(name.removeprefix("the "))
    if not found and (official := OFFICIAL_FORM_PREFIX.match(name)) and official.end() < len(name):
        return table.get(name[official.end():])
    return found


@lru_cache(maxsize=1)
def _city_by_name() -> dict[str, str]:
    """Every spelling of a city (its name, exonyms such as 'Ginebra', local
    forms such as 'Łódź') -> the English name the archive files it under."""
    table = {}
    for city, variants in vocabulary.load_data("cities").items():
        for name in (city, *variants):
            table.setdefault(name, city)
    return table


@lru_cache(maxsize=1)
def city_pattern() -> re.Pattern:
    """Any spelling of a city, as written (case-sensitive: 'Male' is a city,
    'male' is not); a heading in capitals is looked up by `canonical_city`."""
    names = sorted(_city_by_name(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({trie_pattern(name for name in names)})(?![\w-])")


@lru_cache(maxsize=1)
def _city_by_capitals() -> dict[str, str]:
    return {name.casefold(): city for name, city in _city_by_name().items()}


def canonical_city(text: str) -> str | None:
    """'Geneva', 'GENEVA', 'Ginebra' -> 'Geneva'; None for anything else."""
    text = " ".join(text.split())
    if text.isupper():
        return _city_by_capitals().get(text.casefold())
    return _city_by_name().get(text)
