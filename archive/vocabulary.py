"""Vocabularies are data: forums, document types, honorifics, countries, places.

Each lives in archive/data/NAME.json. A user extends one by putting a file of
the same name in the folder named by VERBATIM_VOCABULARY: its list entries are
appended, its mapping entries added or replaced. Nothing here is a constant
buried in a function, so a new forum or State needs no code change.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
EXTENSION_ENV = "VERBATIM_VOCABULARY"


def _merge(base, extra):
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    if isinstance(base, dict) and isinstance(extra, dict):
        return {**base, **extra}
    raise ValueError("a vocabulary extension must have the shape of the file it extends")


@cache
def load_data(name: str):
    """The built-in data file NAME.json merged with the user's extension, if any."""
    data = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    extension_dir = os.environ.get(EXTENSION_ENV)
    if extension_dir:
        extra = Path(extension_dir) / f"{name}.json"
        if extra.is_file():
            data = _merge(data, json.loads(extra.read_text(encoding="utf-8")))
    return data


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    status: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    other_languages: tuple[str, ...] = ()  # 'Maroc', 'Marruecos': how headings in other languages name it

    @property
    def names(self) -> tuple[str, ...]:
        """Every English form that designates the State, canonical name first: the spellings a search
        for it also matches."""
        return (self.name, *self.aliases)

    @property
    def every_name(self) -> tuple[str, ...]:
        """Its names in English and in the other languages of the sites: what a heading or a filter may write."""
        return (*self.names, *self.other_languages)


@dataclass(frozen=True)
class Forum:
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    examples: tuple[str, ...]
    patterns: tuple[str, ...] = ()  # regular expressions, for forms an alias cannot list
    # (alias, words one of which must also appear nearby): "Permanent Council" is the OSCE's near "Vienna"
    in_context: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class DocType:
    name: str
    label: str
    plural: str  # "Rights of reply": the label of several
    cues: tuple[str, ...]  # tried on header lines
    examples: tuple[str, ...]
    body_cues: tuple[str, ...] = ()  # formulas of the opening paragraph: "presents its compliments"
    body_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A group of States a statement may be delivered on behalf of."""

    name: str
    aliases: tuple[str, ...]
    examples: tuple[str, ...]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The States, with their names in English (countries.json) and in the French, Spanish, Portuguese,
    German and Italian of the sites' headings and the Russian, Ukrainian, Czech, Polish and Hungarian of
    ministries' banners (countries_languages.json)."""
    languages = load_data("countries_languages")
    return tuple(
        Country(
            name=entry["name"],
            iso3=entry["iso3"],
            status=entry.get("status", "member"),
            aliases=tuple(entry.get("aliases", ())),
            adjectives=tuple(entry.get("adjectives", ())),
            other_languages=tuple(languages.get(entry["name"], ())),
        )
        for entry in load_data("countries")
    )


@lru_cache(maxsize=1)
def forums() -> tuple[Forum, ...]:
    return tuple(
        Forum(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            parent=entry.get("parent"),
            examples=tuple(entry.get("examples", ())),
            patterns=tuple(entry.get("patterns", ())),
            in_context=tuple((alias, (words,) if isinstance(words, str) else tuple(words))
                             for alias, words in entry.get("in_context", {}).items()),
        )
        for entry in load_data("forums")
    )


@lru_cache(maxsize=1)
def doc_types() -> tuple[DocType, ...]:
    """Document types in priority order: the first whose cue matches wins."""
    return tuple(
        DocType(
            name=entry["name"],
            label=entry["label"],
            plural=entry.get("plural") or entry["label"] + "s",
            cues=tuple(entry.get("cues", ())),
            examples=tuple(entry.get("examples", ())),
            body_cues=tuple(entry.get("body_cues", ())),
            body_examples=tuple(entry.get("body_examples", ())),
        )
        for entry in load_data("doc_types")
    )


@lru_cache(maxsize=1)
def groups() -> tuple[Group, ...]:
    return tuple(
        Group(name=entry["name"], aliases=tuple(entry.get("aliases", ())), examples=tuple(entry.get("examples", ())))
        for entry in load_data("groups")
    )


def doc_type_label(name: str, count: int = 1) -> str:
    """'Right of reply', or for any count but one its plural, 'Rights of reply'."""
    for doc_type in doc_types():
        if doc_type.name == name:
            return doc_type.label if count == 1 else doc_type.plural
    label = name.replace("_", " ").capitalize()
    return label if count == 1 else label + "s"


def country_named(name: str) -> Country | None:
    """The country whose canonical name, alias, adjective or ISO3 code is `name`."""
    return _countries_by_key().get(name.casefold())


@lru_cache(maxsize=1)
def _countries_by_key() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for country in countries():
        for key in (*country.every_name, *country.adjectives, country.iso3):
            table.setdefault(key.casefold(), country)
    return table


@lru_cache(maxsize=1)
def symbol_pattern() -> re.Pattern:
    """UN document symbols (S/2021/284, A/RES/76/1), as cited in statements."""
    return re.compile(load_data("symbols")["pattern"])


def facet_value(facet: str, value: str) -> str:
    """The indexed value a user's filter value stands for: a State's ISO3
    code, alias or adjective is its name (country=AZE, country=Azerbaijani,
    mentions=Armenian)."""
    if facet in ("country", "mentions"):
        country = country_named(value)
        if country:
            return country.name
    if facet == "mentions":
        return place_named(value) or value
    return value


def place_named(name: str) -> str | None:
    """The canonical name of a place by any of its variants, case aside (Kalbajar -> Kəlbəcər)."""
    return _places_by_key().get(name.casefold())


def place_names(name: str) -> tuple[str, ...]:
    """Every spelling of the place `name` names, its canonical name first; () for no known place."""
    return _places().get(place_named(name) or "", ())


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, ...]]:
    return {place["name"]: (place["name"], *place.get("variants", ())) for place in load_data("places")}


@lru_cache(maxsize=1)
def _places_by_key() -> dict[str, str]:
    return {variant.casefold(): canonical for canonical, names in _places().items() for variant in names}


def forum_named(name: str) -> Forum | None:
    for forum in forums():
        if name.casefold() in (n.casefold() for n in (forum.name, *forum.aliases)):
            return forum
    return None
