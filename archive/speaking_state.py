"""The State a search names first: whose statements a researcher is asking for.

"Pakistan Kashmir", "Cuba embargo", "Armenia Azerbaijan": in an archive of
what States said, a query that begins with a State's name asks what that
State said about the rest, not what anyone said about both. So the State
named first is read as the speaker, and its statements rank before the
others (they still must match every word; the others follow in their order).
Without it, "Pakistan India" ranks India's own speeches first as often as
Pakistan's, since each holds its own name in its title (issue 17).

Only a State's name or another name of it counts (Türkiye, Turkey), at the
very start of the words, typed as a word of its own: not a quoted phrase, a
field (country:), an adjective ("French nuclear" may mean the language), nor
a name that goes on into another word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold

SHORTEST_NAME = 4  # "Iran", "Cuba", "Chad"; codes and two-letter names collide with words


@lru_cache(maxsize=1)
def _leading_name() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for any State's name at the start of a folded, lowercased query, and the canonical
    name of each."""
    canonical: dict[str, str] = {}
    for country in vocabulary.countries():
        if country.status == "organization":
            continue
        for name in country.names:
            if len(name) >= SHORTEST_NAME:
                canonical.setdefault(_key(name), country.name)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                            for name in sorted(canonical, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?=\s|$)"), canonical


def _key(text: str) -> str:
    return " ".join(fold(text).lower().replace("’", "'").split())


def speaking_state(text: str) -> str | None:
    """The canonical name of the State the query's words begin with, or None."""
    words = _key(text)
    pattern, canonical = _leading_name()
    match = pattern.match(words)
    return canonical[_key(match.group(0))] if match else None
