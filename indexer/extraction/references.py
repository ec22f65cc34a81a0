"""What a document cites and names: UN symbols, agenda items, States and places."""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import canonical_country, country_pattern

_ITEM = r"\d{1,3}(?:\s*\([a-z]\))?"
_AGENDA = re.compile(
    rf"\bagenda\s+items?\s+(?P<items>{_ITEM}(?:\s*(?:,|and|&)\s*{_ITEM})*)",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(_ITEM)


@lru_cache(maxsize=1)
def symbol_pattern() -> re.Pattern:
    return re.compile(vocabulary.load_data("symbols")["pattern"])


def find_symbols(text: str) -> list[str]:
    return list(dict.fromkeys(match.group(0) for match in symbol_pattern().finditer(text)))


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
def _place_variants() -> tuple[re.Pattern, dict[str, str]]:
    canonical = {}
    for place in vocabulary.load_data("places"):
        for name in (place["name"], *place.get("variants", ())):
            canonical[fold(name).casefold()] = place["name"]
    names = sorted(canonical, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE), canonical


def find_mentions(body: str) -> list[str]:
    """States and places named in the body, by canonical name, in order of first mention."""
    folded = fold(body)
    found = [(m.start(), canonical_country(m.group(1))) for m in country_pattern().finditer(folded)]
    pattern, canonical = _place_variants()
    found += [(m.start(), canonical[m.group(1).casefold()]) for m in pattern.finditer(folded)]
    return list(dict.fromkeys(name for _start, name in sorted(found) if name))
