"""URL parameters to a SearchRequest: the URL is the query.

Plain `field=value` parameters are filters, repeated for several values:
?q=mines&country=Azerbaijan&type=statement&type=right_of_reply&from=2021
"""

from __future__ import annotations

from archive import RequestError, SearchRequest
from archive.schema import FACET_FIELDS
from archive.vocabulary import facet_value

KNOWN_PARAMS = {"q", "from", "to", "sort", "page", "size", "exact", *FACET_FIELDS}


def _integer(args, name: str, default: int) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise RequestError(f"{name} must be a whole number, not {raw!r}.") from None


def page_args(args) -> list[tuple[str, str]]:
    """The known, non-empty parameters of a URL, in order, for building links;
    filter values as indexed (country=AZE links on as country=Azerbaijan)."""
    return [(name, facet_value(name, value)) for name, value in args.items(multi=True)
            if name in KNOWN_PARAMS and value]


def search_request(args, default_size: int = 20, scope: dict | None = None) -> SearchRequest:
    """The request a URL's query string describes; `scope` adds fixed filters
    (a speaker's or country's own page)."""
    filters = {name: tuple(v for v in args.getlist(name) if v) for name in FACET_FIELDS}
    for name, value in (scope or {}).items():
        filters[name] = tuple(dict.fromkeys((value, *filters[name])))
    return SearchRequest(
        q=args.get("q", "").strip(),
        filters={name: values for name, values in filters.items() if values},
        date_from=args.get("from") or None,
        date_to=args.get("to") or None,
        sort=args.get("sort") or None,
        page=_integer(args, "page", 1),
        size=_integer(args, "size", default_size),
        exact=args.get("exact") == "1",
    )

