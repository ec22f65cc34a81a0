"""The States and places a text names, by canonical name, with how often.

A statement by Azerbaijan about Armenia names Armenia: the record's `mentions`
(found when indexing) make it a facet and a filter, and the reading view
counts each name in the body. Names and their variants come from the
vocabularies (countries.json, places.json): Kalbajar counts as Kəlbəcər.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.patterns import trie_pattern


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every name and variant, folded -> the canonical name of the State or place."""
    canonical: dict[str, str] = {}
    for country in vocabulary.countries():
        for name in country.names:
            canonical.setdefault(fold(name), country.name)
    for place in vocabulary.load_data("places"):
        for name in (place["name"], *place.get("variants", ())):
            canonical.setdefault(fold(name), place["name"])
    return canonical


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The names as written in prose (capitalized: case-sensitive, which keeps it fast on long bodies)."""
    names = [name for name in _names() if name[:1].isupper()]
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(names)})(?![\w-])")


def mention_counts(text: str) -> dict[str, int]:
    """Canonical name -> times named, in order of first mention."""
    canonical = _names()
    folded = " ".join(fold(text).split())
    return dict(Counter(canonical[match.group(0)] for match in _pattern().finditer(folded)))

