"""The indexed value a person meant by a name in a URL: /speakers/yashar%20aliyev
is Yashar Aliyev, /forums/Security%20Council the UN Security Council.

A name resolves, in order, to the value written exactly so; to the one its
vocabulary names (a State's code, alias or adjective; a forum's alias); to
the one equal once case and accents are folded. A name that resolves to
nothing gets the closest values as suggestions.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from archive import vocabulary
from archive.folding import fold


@dataclass(frozen=True)
class Resolved:
    value: str | None  # the indexed value, None when nothing matches
    suggestions: tuple[str, ...] = ()


# Words lower-case inside a personal name ('Lula da Silva', 'van Bohemen', 'bin Zayed', Singapore's 'binte'), and
# the words French writes before a married woman's husband's name or her own ('Jeanne X épouse Y', 'née Y').
NAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
                            "ter", "bin", "binti", "binte", "bint", "ibn", "al", "el", "le", "la", "y", "ould", "ben",
                            "het", "zu", "épouse", "née", "los", "las"})


def name_key(text: str) -> str:
    """A name as compared: accents folded, case and spacing ignored."""
    return " ".join(fold(text).casefold().split())


def resolve(kind: str, name: str, values: list[str]) -> Resolved:
    """`name` as one of `values` (the facet `kind`'s indexed values), or suggestions."""
    if name in values:
        return Resolved(name)
    by_key = {name_key(value): value for value in values}
    named = vocabulary.facet_value(kind, name)
    if kind == "forum" and (forum := vocabulary.forum_named(name)):
        named = forum.name
    for candidate in (named, name):
        if name_key(candidate) in by_key:
            return Resolved(by_key[name_key(candidate)])
    # A value holding a whole word of the name ('Lula' in 'Lula da Silva') first, the likeliest first;
    # then the values spelled most alike ('Aliev' for 'Aliyev').
    typed = name_key(name)
    sharing = sorted((key for key in by_key if set(typed.split()) & set(key.split())),
                     key=lambda key: -difflib.SequenceMatcher(None, typed, key).ratio())
    close = [key for key in difflib.get_close_matches(typed, list(by_key), n=5, cutoff=0.6) if key not in sharing]
    return Resolved(None, tuple(by_key[key] for key in [*sharing, *close][:5]))
