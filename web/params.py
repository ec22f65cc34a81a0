"""URL parameters to a SearchRequest: the URL is the query.

Plain `field=value` parameters are filters, repeated for several values:
?q=mines&country=Azerbaijan&type=statement&type=right_of_reply&from=2021
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from werkzeug.datastructures import MultiDict

from archive import RequestError, SearchRequest, listing
from archive.concordance import DEFAULT_SIZE, ConcordanceRequest
from archive.requests import DEFAULT_PAGE_SIZE, FILTERS
from archive.trends import series_of
from archive.vocabulary import facet_value

SINGLE_PARAMS = ("q", "from", "to", "sort", "page", "size", "exact", "state_first", "facet_size")
KNOWN_PARAMS = {*SINGLE_PARAMS, *FILTERS}
LISTING_PARAMS = ("q", "sort", "page", "size")  # an index page's (web.indexes)
# The research views' own: trends' split (by=country), compare's two sets (a=, b=).
VIEW_PARAMS = ("by", "a", "b")
# Several values of a filter are an OR; past this many a URL is an attack, not a question.
MAX_FILTER_VALUES = 50


def _integer(args, name: str, default: int) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise RequestError(f"{name} must be a whole number, not {raw!r}.") from None


def facet_size(args, default: int) -> int | None:
    """How many values each facet lists: `facet_size=max` every one (None), as Datasette's `_facet_size`."""
    raw = args.get("facet_size")
    if raw == "max":
        return None
    size = _integer(args, "facet_size", default)
    if size < 1:
        raise RequestError(f"facet_size must be a whole number of at least 1, or max, not {raw!r}.")
    return size


def snippets_wanted(args) -> bool | None:
    """snippets=1 or 0 in an export's URL; None when not given (the export decides by its size)."""
    given = args.getlist("snippets")
    if not given or given == [""]:
        return None
    raw = given[0]
    if len(given) > 1 or raw not in ("0", "1"):
        raise RequestError(f"snippets must be 1 or 0, not {raw!r}.")
    return raw == "1"


def page_args(args) -> list[tuple[str, str]]:
    """The known, non-empty parameters of a URL, in order, for building links;
    filter values as indexed (country=AZE links on as country=Azerbaijan)."""
    return [(name, facet_value(name, value)) for name, value in args.items(multi=True)
            if (name in KNOWN_PARAMS or name in VIEW_PARAMS) and value]


def search_request(args, default_size: int = DEFAULT_PAGE_SIZE, scope: dict | None = None) -> SearchRequest:
    """The request a URL's query string describes (a werkzeug MultiDict: the
    command line builds one from its options too); `scope` adds fixed filters
    (a speaker's or country's own page)."""
    _refuse_repeats(args)
    filters = {name: tuple(v for v in args.getlist(name) if v) for name in FILTERS}
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
        state_first=args.get("state_first") != "0",
    )


def listing_request(args) -> tuple[str, str, int, int]:
    """An index page's filter words, sort, page and size (/speakers?q=aliyev&sort=name&page=2)."""
    for name in LISTING_PARAMS:
        if len(given := args.getlist(name)) > 1:
            raise RequestError(f"{name} was given {len(given)} times: give it once.")
    return (args.get("q", "").strip(), args.get("sort") or listing.SORTS[1], _integer(args, "page", 1),
            _integer(args, "size", listing.DEFAULT_SIZE))


def _refuse_repeats(args) -> None:
    """A parameter that takes one value given twice, or a filter given past its bound, is a 400:
    `?q=peace` repeated 7,000 times must not cost the server 3 seconds and 32 MB."""
    for name in (*SINGLE_PARAMS, *VIEW_PARAMS):
        if len(given := args.getlist(name)) > 1:
            raise RequestError(f"{name} was given {len(given)} times: give it once.")
    filters = sum(len(args.getlist(name)) for name in FILTERS)
    if filters > MAX_FILTER_VALUES:
        raise RequestError(f"{filters} filter values were given: at most {MAX_FILTER_VALUES} at once.")


def request_args(wanted: SearchRequest) -> list[tuple[str, str]]:
    """A request's words, filters and dates as URL parameters: the way back to its search."""
    args = [("q", wanted.q)] if wanted.q else []
    for name, values in wanted.filters.items():
        args += [(name, value) for value in values]
    args += [(k, v) for k, v in (("from", wanted.date_from), ("to", wanted.date_to)) if v]
    args += [("exact", "1")] if wanted.exact else []
    return args + ([("state_first", "0")] if not wanted.state_first else [])


def words_and_filters(args) -> SearchRequest:
    """The words, filters and dates of a research view's URL (concordance, trends), checked as a
    search's; the view's own sort, page and size are its own."""
    _refuse_repeats(args)
    return search_request(MultiDict([(k, v) for k, v in args.items(multi=True) if k not in ("sort", "page", "size")]))


def concordance_request(args) -> ConcordanceRequest:
    return ConcordanceRequest(words_and_filters(args), sort=args.get("sort") or "oldest",
                              page=_integer(args, "page", 1), size=_integer(args, "size", DEFAULT_SIZE))


def trend_series(args) -> list[tuple[str, SearchRequest]]:
    """The series a trends URL asks for: each q= one series, or one q split by the values of
    the filter named by by= (trends?q=apartheid&by=country&country=India&country=Zambia)."""
    rest = MultiDict([(k, v) for k, v in args.items(multi=True) if k != "q"])
    return series_of(words_and_filters(rest), args.getlist("q"), args.get("by") or None)


SET_PARAMS = (*FILTERS, "from", "to")


def compare_sets(args) -> list[tuple[str, SearchRequest]]:
    """The two sets of a comparison, each written as filters in a= and b=
    (compare?a=country%3DIndia&b=country%3DPakistan), with the words of q= if given."""
    _refuse_repeats(args)
    sets = []
    for name in ("a", "b"):
        raw = (args.get(name) or "").strip()
        if bare := [part for part in raw.split("&") if part.strip() and "=" not in part]:
            raise RequestError(f"Set {name} is written as filters, each a name, = and a value, such as "
                               f"country={bare[0].strip()}: {bare[0].strip()!r} alone chooses nothing.")
        params = MultiDict(parse_qsl(raw))
        unknown = sorted(set(params) - set(SET_PARAMS))
        if unknown:
            raise RequestError(f"Set {name} is written as filters ({', '.join(SET_PARAMS)}), such as "
                               f"country=India&from=1990; {', '.join(unknown)} is not one.")
        for extra in ("q", "exact"):
            if args.get(extra):
                params[extra] = args[extra]
        sets.append((raw or "all statements", words_and_filters(params)))
    if sets[0][1] == sets[1][1]:
        raise RequestError("Set A and set B are the same statements: change the filters of one of them "
                           "(leave one empty to compare the other with all statements).")
    return sets
