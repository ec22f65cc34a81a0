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
# ('République démocratique du Congo', 'República Popular Democrática de Corea'): the vocabulary names those whole,
# and the epithets are those States' forms carry, not any word ('Free Republic of', 'European Union of').
_CONNECTOR = r"(?:of|du|de|del|do|da|di|der|des|dos|van|von)\s+(?:(?:the|la|el|los|las|le|les)\s+)?|(?:d|dell)'\s*"
_EPITHET = (r"(?:(?:islamic|islamique|islamica|federal|federale|federativa|federative|united|unie|unida|plurinational|"
            r"plurinacional|bolivarian|bolivariana|hashemite|hachemite|hachemita|arab|arabe|socialist|socialiste|"
            r"socialista|co-?operative|cooperativa|independent|independant|independiente|oriental|sovereign)\s+)")
OFFICIAL_FORM_PREFIX = re.compile(
    rf"(?:the\s+)?(?:{_EPITHET}{{0,2}}(?P<form>republic|kingdom|state|federation|confederation|commonwealth|"
    r"principality|sultanate|emirate|grand\s+duchy|duchy|union|republique|republica|republik|repubblica|republiek|"
    r"reino|royaume|regno|konigreich|koninkrijk|etat|estado|stato|staat|federacion|bundesrepublik)\s+"
    rf"{_EPITHET}{{0,2}}(?:{_CONNECTOR})"
    # German, Dutch and Indonesian put the name right after the form ('Republik Österreich', 'Koninkrijk België').
    r"|(?:bundesrepublik|republik|konigreich|koninkrijk)\s+)", re.IGNORECASE)
# A State, a union and a federation are also a federation's provinces and entities, blocs and movements ('State of
# Mexico', 'Federation of Bosnia and Herzegovina', 'Islamic State of Iraq'): these forms name only a State whose own
# official name has them ('State of Qatar', 'Union of the Comoros', 'Russian Federation').
_SHARED_FORMS = {"state": "state", "etat": "state", "estado": "state", "stato": "state", "staat": "state",
                 "union": "union", "federation": "federation", "federacion": "federation"}


def _has_own_form(state: str, form: str | None) -> bool:
    """Whether `state`'s official name carries the `form` of State a name was written with."""
    shared = _SHARED_FORMS.get((form or "").casefold())
    return shared is None or shared in _official_form_words().get(state, set())


@lru_cache(maxsize=1)
def _official_form_words() -> dict[str, set[str]]:
    """Each State -> the words of its names, folded, for the forms only some States' official names carry."""
    return {country.name: set(" ".join(fold(name).casefold() for name in country.every_name).split())
            for country in vocabulary.countries()}


def canonical_country(name: str) -> str | None:
    """Any name or official form of a State, as written -> its short name ('Syrian Arab Republic' -> 'Syria',
    'République du Bénin' -> 'Benin')."""
    name = " ".join(fold(name).replace("&", "and").replace("’", "'").split()).casefold()
    table = _country_by_folded_name()
    found = table.get(name) or table.get(name.removeprefix("the "))
    if not found and (official := OFFICIAL_FORM_PREFIX.match(name)) and official.end() < len(name):
        state = table.get(name[official.end():])
        return state if state and _has_own_form(state, official.group("form")) else None
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
