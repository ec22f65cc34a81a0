"""What a document cites and names: UN symbols, agenda items, States and places."""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import canonical_country, trie_pattern

_ITEM = r"\d{1,3}(?:\s*\([a-z]\))?"
_AGENDA = re.compile(
    rf"\bagenda\s+items?\s+(?P<items>{_ITEM}(?:\s*(?:,|and|&)\s*{_ITEM})*)",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(_ITEM)


def find_symbols(text: str) -> list[str]:
    return list(dict.fromkeys(match.group(0) for match in vocabulary.symbol_pattern().finditer(text)))


def find_agenda_items(header: list[Line], body: str) -> tuple[list[str], Evidence | None]:
    """Agenda items from the heading ('Agenda item 4') or the circulation formula."""
    for source, line in [(line.text, line) for line in header] + [(body, None)]:
        match = _AGENDA.search(source)
        if match:
            items = [" ".join(item.split()) for item in _ITEM_NUMBER.findall(match.group("items"))]
            where = line.text if line else match.group(0)
            return items, Evidence("agenda_items", where, line.number if line else None,
                                   "header" if line else "body: under agenda items")
    return [], None


@lru_cache(maxsize=1)
def _mention_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """States and places by every name and variant, folded, as written in prose
    (capitalized: case-sensitive, which keeps it fast on long bodies)."""
    canonical: dict[str, str] = {}
    for country in vocabulary.countries():
        for name in country.names:
            canonical.setdefault(fold(name), country.name)
    for place in vocabulary.load_data("places"):
        for name in (place["name"], *place.get("variants", ())):
            canonical.setdefault(fold(name), place["name"])
    names = [name for name in canonical if name[:1].isupper()]
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(names)})(?![\w-])"), canonical


def find_mentions(body: str) -> list[str]:
    """States and places named in the body, by canonical name, in order of first mention."""
    pattern, canonical = _mention_pattern()
    text = " ".join(fold(body).split())
    return list(dict.fromkeys(canonical[match.group(0)] for match in pattern.finditer(text)))

_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<who>[^.;:]+)", re.IGNORECASE)
_BY_GROUP = re.compile(r"\b(?:statement|remarks)\s+(?:delivered\s+)?by\s+(?:the\s+)?(?P<who>[^.;:]+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    patterns = []
    for group in vocabulary.groups():
        for alias in sorted(group.aliases, key=len, reverse=True):
            flags = 0 if alias.isupper() else re.IGNORECASE
            words = re.escape(alias).replace(r"\ ", r"\s+")
            patterns.append((re.compile(rf"^{words}(?![\w-])", flags), group.name))
    return tuple(patterns)


def group_named(text: str) -> str | None:
    """The group a phrase starts with: 'the European Union ...' -> 'European Union'."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    for pattern, name in _group_patterns():
        if pattern.match(text):
            return name
    return None


def _states_listed(text: str) -> list[str]:
    """'Canada, Australia and New Zealand' -> the three States, if the phrase is only a list of States."""
    parts = [p.strip() for p in re.split(r",|\band\b", re.split(r"\s(?:at|in|to)\s", text)[0]) if p.strip()]
    states = [canonical_country(part) for part in parts]
    return states if len(states) >= 2 and all(states) else []


def find_groups(header: list[Line], opening: str) -> tuple[list[str], Evidence | None]:
    """Groups of States the statement speaks for ("on behalf of the EU", "Statement by New Agenda Coalition")."""
    for line in header:
        for pattern in (_ON_BEHALF, _BY_GROUP):
            for match in pattern.finditer(line.text):
                who = match.group("who")
                if name := group_named(who):
                    return [name], Evidence("groups", line.text, line.number, "header: on behalf of GROUP")
                if pattern is _ON_BEHALF and (states := _states_listed(who)):
                    return states, Evidence("groups", line.text, line.number, "header: on behalf of STATES")
    for match in _ON_BEHALF.finditer(opening):
        if name := group_named(match.group("who")):
            return [name], Evidence("groups", match.group(0)[:160], None, "opening: on behalf of GROUP")
    return [], None
