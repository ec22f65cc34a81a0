"""Name variants at query time: a search for any spelling finds all of them.

Kalbajar, Kelbajar and Kəlbəcər are one district; Kiev and Kyiv one city;
Türkiye and Turkey, Côte d'Ivoire and Ivory Coast one State. The groups come
from the vocabularies (places, and the names of States), so a user extends
them as data. A name in the query becomes an OR of the group's spellings;
the result says which were added, and `exact` turns the expansion off.

Names of one word are replaced in the parsed query (`expand_variants`).
Names of several words are phrases, found in the query's text before it is
parsed (`expand_names`) and replaced by quoted spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold

SHORTEST_VARIANT = 3  # two-letter codes collide with words: US is us


def name_groups() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each place's and State's spellings: all of them, and those searched for,
    without the ones that only add words around another ("Republic of Albania"
    is found by "Albania")."""
    groups: list[tuple[str, ...]] = []
    for place in vocabulary.load_data("places"):
        groups.append((place["name"], *place.get("variants", ())))
    for country in vocabulary.countries():
        groups.append(country.names)
    pairs = []
    for group in groups:
        names = tuple(name for name in dict.fromkeys(group) if len(name) >= SHORTEST_VARIANT)
        searched = tuple(name for name in names if not any(other != name and _contains(name, other) for other in names))
        pairs.append((names, searched))
    return pairs


def _contains(name: str, other: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(other)}(?!\w)", name, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _phrase_names() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """A pattern for every spelling of the groups with a name of several
    words, and the spellings searched for each, keyed by its folded,
    lowercased form (United States of America -> United States, USA ...)."""
    groups: dict[str, tuple[str, ...]] = {}
    spellings: set[str] = set()
    for names, searched in name_groups():
        if len(searched) > 1 and any(" " in name for name in searched):
            for name in names:
                groups.setdefault(_key(name), searched)
                spellings.update((name, fold(name)))
    alternatives = "|".join(re.escape(name).replace("\\ ", r"\s+").replace("'", "['’]")
                            for name in sorted(spellings, key=len, reverse=True))
    # Not a field's value (country:), nor a word going on (-), nor one with an operator (~ * ?) or a possessive.
    return re.compile(rf"(?<![\w:\-])(?:{alternatives})(?![\w\-~*?'’])", re.IGNORECASE), groups


def _key(name: str) -> str:
    return " ".join(fold(name).lower().replace("’", "'").split())


def quote_names(text: str) -> str:
    """The query text with each name of several words typed without quotes
    (Ivory Coast) put in quotes as typed: the spelling as typed (`exact`) is
    that phrase, not its words anywhere in a statement."""
    pattern, _groups = _phrase_names()
    pieces = re.split(r'("[^"]*")', text)
    for index in range(0, len(pieces), 2):
        pieces[index] = pattern.sub(lambda m: f'"{m.group(0)}"' if len(m.group(0).split()) > 1 else m.group(0),
                                    pieces[index])
    return "".join(pieces)


def expand_names(text: str) -> tuple[str, list[str]]:
    """The query text with each name of a group that has a spelling of several
    words (Ivory Coast, Czechia) replaced by an OR of the group's spellings in
    quotes, and the spellings added. A field's value (country:Czechia) and a
    quoted text that is more than a name are left alone."""
    pattern, groups = _phrase_names()
    added: list[str] = []

    def alternatives(name: str) -> str:
        group = groups[_key(name)]
        added.extend(spelling for spelling in group if _key(spelling) != _key(name))
        return "(" + " OR ".join(f'"{spelling}"' for spelling in group) + ")"

    pieces = re.split(r'("[^"]*")', text)
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            pieces[index] = pattern.sub(lambda match: alternatives(match.group(0)), piece)
        elif _key(piece[1:-1]) in groups and not pieces[index - 1].endswith(":"):
            pieces[index] = alternatives(piece[1:-1])
    return "".join(pieces), list(dict.fromkeys(added))
