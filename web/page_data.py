"""One page-data dict per search, rendered as HTML or returned as JSON.

Every facet value carries its value, label, count, toggle URL and whether it
is selected, computed here on the server; the page states the current query
in one sentence. The HTML template and the JSON API read the same dict, so
they cannot disagree.
"""

from __future__ import annotations

from urllib.parse import quote_plus, urlencode

from archive import SearchRequest, SearchResult
from archive.dates import parse_period
from archive.profiles import same_words
from archive.requests import FACETS
from archive.spelled_alike import SPELLED_ALIKE
from archive.statement import Statement
from archive.timeline import dated_by_year_only as year_only
from archive.vocabulary import doc_type_label

# A facet shows its top values; the next ones sit behind a disclosure; beyond that, a count.
FACET_SHOWN = 10  # values shown at first; the rest fold under "more"
FACET_SIZE = 110  # values listed per facet unless the URL asks for more (facet_size=N or max)
FACET_TITLES = {"speaker": "Speaker", "country": "Country", "forum": "Forum", "type": "Document type", "year": "Year",
                "mentions": "Mentions"}


def url_with(path: str, args: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(args)}" if args else path


def facet_label(name: str, value: str) -> str:
    return doc_type_label(value) if name == "type" else value


def _toggled(args: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """The URL args with `name=value` added or removed, back on page 1; a speaker is removed in
    whatever spelling the URL has it ('speaker=Erdogan' is the facet's Erdoğan: archive.spelled_alike)."""
    without_page = [(k, v) for k, v in args if k != "page"]
    same = [(k, v) for k, v in without_page if k == name and (
        v == value or (name in SPELLED_ALIKE and same_words(v) == same_words(value)))]
    if same:
        return [arg for arg in without_page if arg not in same]
    return [*without_page, (name, value)]


def quoted(query: str) -> str:
    """A query in curly quotes for a sentence; one that is a quoted phrase already keeps its own."""
    phrase = len(query) > 1 and query[0] == query[-1] == '"' and query.count('"') == 2
    return f"“{query[1:-1]}”" if phrase else f"“{query}”"


def describe(request: SearchRequest, total: int | None) -> str:
    """'2 statements matching “mines” by Azerbaijan at the UN Security Council, June 2021';
    without a count (`total` None, a feed's title): 'Statements matching “mines” ...'."""
    noun = "statement" if total == 1 else "statements"
    parts = [f"{total:,} {noun}" if total is not None else noun.capitalize()]
    if request.q:
        parts.append(f"matching {quoted(request.q)}")
    filters = request.filters
    types = filters.get("type")
    if types:
        labels = " or ".join(doc_type_label(t, 2 if total is None else total).lower() for t in types)
        parts[0] = f"{total:,} {labels}" if total is not None else labels.capitalize()
    # Values of one filter are alternatives ('by A or B'); filters of two kinds must both hold ('by A, for B').
    speakers, countries = filters.get("speaker", ()), filters.get("country", ())
    if speakers:
        parts.append("by " + " or ".join(speakers) + ("," if countries else ""))
    if countries:
        parts.append(("for " if speakers else "by ") + " or ".join(countries))
    if filters.get("forum"):
        parts.append("at the " + " or the ".join(filters["forum"]))
    if filters.get("meeting"):
        parts.append("at " + " or ".join(filters["meeting"]))
    if filters.get("mentions"):
        parts.append("mentioning " + " or ".join(filters["mentions"]))
    if filters.get("symbol"):
        parts.append("citing " + " or ".join(filters["symbol"]))
    sentence = " ".join(parts)
    when = []
    if filters.get("year"):
        when.append(" or ".join(sorted(filters["year"])))
    if request.date_from and request.date_to:
        when.append(request.date_from if request.date_from == request.date_to
                    else f"{request.date_from} to {request.date_to}")
    elif request.date_from:
        when.append(f"from {request.date_from}")
    elif request.date_to:
        when.append(f"until {request.date_to}")
    return sentence + (", " + ", ".join(when) if when else "")


def dated_by_year_only(result: SearchResult) -> dict | None:
    """How many of the statements found between two dates inside one year are dated only by that year
    (their period, the whole year, overlaps the dates), so the page can say why they are listed; None
    when the dates are not part of one year or no such statement is found."""
    request = result.request
    if not (request.date_from and request.date_to) or not result.total:
        return None
    start, end = parse_period(request.date_from).start, parse_period(request.date_to).end
    if start.year != end.year or (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return None
    count = year_only(result.timeline, result.total)
    return {"count": count, "year": start.year} if count else None


def statement_summary(statement: Statement, url: str) -> dict:
    return {
        "id": statement.id,
        "url": url,
        "title": statement.title,
        "speaker": statement.speaker,
        "speakers": list(statement.speakers),
        "country": statement.country,
        "forum": statement.forum,
        "forums": list(statement.forums),
        "doc_type": statement.doc_type,
        "doc_type_label": doc_type_label(statement.doc_type),
        "date": statement.date,
        "date_precision": statement.date_precision,
        "location": statement.location,
    }


def _facet_item(name: str, item, args, path: str, scope: dict | None, unscoped_path: str | None,
                kept: str) -> dict:
    """A facet value with its toggle URL; `kept` is the page's own parameters but its page, encoded once
    for all its values (encoding them again for each of hundreds of values was a tenth of a page)."""
    if scope and scope.get(name) == item.value:  # undoing a page's own scope leaves the page
        toggle = url_with(unscoped_path, [(k, v) for k, v in args if k != "page"])
    elif kept and not item.selected and (name, item.value) not in args:  # _toggled adds it at the end
        toggle = f"{path}?{kept}&{quote_plus(name)}={quote_plus(item.value)}"
    else:
        toggle = url_with(path, _toggled(args, name, item.value))
    return {"value": item.value, "label": facet_label(name, item.value), "count": item.count,
            "selected": item.selected, "toggle_url": toggle}


def filters_on(args: list[tuple[str, str]], path: str) -> tuple[list[tuple[str, str]], str | None]:
    """The filters and dates a page applies, each as (what it says, the page without it), and the page
    without any of them: shown above the results, so a phone shows what narrows the list and undoes it."""
    narrowing = [(k, v) for k, v in args if (k in FACETS or k in ("from", "to")) and v]
    kept = [(k, v) for k, v in args if (k, v) not in narrowing and k != "page"]
    titles = {**FACET_TITLES, "from": "From", "to": "To"}
    shown = [(f"{titles[k]}: {doc_type_label(v) if k == 'type' else v}",
              url_with(path, [arg for arg in args if arg != (k, v) and arg[0] != "page"])) for k, v in narrowing]
    return shown, url_with(path, kept) if len(narrowing) > 1 else None


def search_page(result: SearchResult, args: list[tuple[str, str]], path: str, statement_url,
                scope: dict | None = None, unscoped_path: str | None = None,
                facet_size: int | None = FACET_SIZE) -> dict:
    """The search page's data. `args` are the URL parameters of the current
    page; `statement_url(id, q)` makes a reading-view link. On a speaker's,
    country's or forum's page, `scope` is that value: undoing it leads to
    `unscoped_path` with the same parameters. Each facet lists `facet_size`
    values (None: all); past them, `all_url` is this page with every value."""
    request = result.request
    every_value = url_with(path, [(k, v) for k, v in args if k != "facet_size"] + [("facet_size", "max")])
    facets = {}
    kept = urlencode([(k, v) for k, v in args if k != "page"])
    for name in FACETS:
        items = result.facets[name]
        first = [item for index, item in enumerate(items) if index < FACET_SHOWN or item.selected]
        rest = [item for index, item in enumerate(items) if index >= FACET_SHOWN and not item.selected]
        more = rest if facet_size is None else rest[:max(0, facet_size - len(first))]
        facets[name] = {
            "title": FACET_TITLES[name],
            "total_values": len(items),
            "hidden": len(rest) - len(more),
            "all_url": every_value if len(more) < len(rest) else None,
            "more": [_facet_item(name, item, args, path, scope, unscoped_path, kept) for item in more],
            "values": [_facet_item(name, item, args, path, scope, unscoped_path, kept) for item in first],
        }
    hits = []
    for hit in result.hits:
        summary = statement_summary(hit.statement, statement_url(hit.statement.id, request.q))
        summary["snippet"] = hit.snippet
        summary["score"] = hit.score
        summary["received"] = hit.received
        hits.append(summary)
    base = [(k, v) for k, v in args if k != "page"]
    pages = {
        "page": request.page,
        "pages": result.pages,
        "size": request.size,
        "previous_url": url_with(path, base + ([("page", str(request.page - 1))] if request.page > 2 else []))
        if request.page > 1 else None,
        "next_url": url_with(path, [*base, ("page", str(request.page + 1))]) if request.page < result.pages else None,
    }
    with_dates = [(k, v) for k, v in base if k not in ("from", "to")]
    timeline = [
        {"label": bar.label, "start": bar.start, "end": bar.end, "count": bar.count,
         "url": url_with(path, [*with_dates, ("from", bar.start), ("to", bar.end)])}
        for bar in result.timeline
    ]
    return {
        "ok": True,
        "variants": result.variants,
        "exact_url": url_with(path, [*base, ("exact", "1")]) if result.variants else None,
        "speaking": result.speaking,
        "speaking_off_url": url_with(path, [*base, ("state_first", "0")]) if result.speaking else None,
        "suggestion": result.suggestion,
        "suggestion_url": url_with(path, [(k, v) for k, v in base if k != "q"] + [("q", result.suggestion)])
        if result.suggestion else None,
        "timeline": timeline,
        "dated_by_year_only": dated_by_year_only(result),
        "query": {
            "q": request.q,
            "filters": {name: list(values) for name, values in request.filters.items()},
            "from": request.date_from,
            "to": request.date_to,
            "sort": request.effective_sort,
            "sort_chosen": request.sort,
        },
        "description": describe(request, result.total),
        "total": result.total,
        **pages,
        "hits": hits,
        "facets": facets,
    }
