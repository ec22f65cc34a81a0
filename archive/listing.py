"""One page of an index: every value of a facet with its number of statements,
narrowed by the words a person typed, sorted by name or by count.

The counts come from Archive.facet_counts (the build's facet table); this only
filters, orders and cuts them, so the 5,659 speakers of the General Debate
list as fast as a dict is sorted.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.entities import name_key
from archive.errors import RequestError
from archive.requests import MAX_PAGE

SORTS = ("name", "count")
DEFAULT_SIZE = 100
MAX_SIZE = 1000
MAX_FILTER_LENGTH = 200


@dataclass(frozen=True)
class Listed:
    """The values on one page of an index, and where that page is in the whole."""

    values: list[tuple[str, int]]  # (value, statements)
    total: int  # values left after the filter
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def check(contains: str, sort: str, page: int, size: int) -> None:
    if sort not in SORTS:
        raise RequestError(f"Unknown sort {sort!r}: use one of {', '.join(SORTS)}.")
    if not 1 <= page <= MAX_PAGE:
        raise RequestError(f"page must be between 1 and {MAX_PAGE}.")
    if not 1 <= size <= MAX_SIZE:
        raise RequestError(f"size must be between 1 and {MAX_SIZE}.")
    if len(contains) > MAX_FILTER_LENGTH:
        raise RequestError(f"The filter is {len(contains)} characters long; the limit is {MAX_FILTER_LENGTH}.")


def listed(counts: dict[str, int], contains: str = "", sort: str = "name", page: int = 1,
           size: int = DEFAULT_SIZE) -> Listed:
    """The values whose name holds every word of `contains` (accents and case aside: "cote" finds
    Côte d'Ivoire), by name (A-Z) or by count (most first, then by name); page `page` of `size`."""
    check(contains, sort, page, size)
    words = name_key(contains).split()
    keyed = [(name_key(value), value, count) for value, count in counts.items()]
    if words:
        keyed = [item for item in keyed if all(word in item[0] for word in words)]
    if sort == "count":
        keyed.sort(key=lambda item: (-item[2], item[0], item[1]))
    else:
        keyed.sort(key=lambda item: (item[0], item[1]))
    start = (page - 1) * size
    return Listed([(value, count) for _key, value, count in keyed[start:start + size]], len(keyed), page, size)
