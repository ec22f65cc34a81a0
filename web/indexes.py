"""Index pages: every speaker, country, forum, symbol and meeting with its number
of statements, as HTML (/speakers) and as JSON (/api/speakers), from one page-data dict.

The filter box is a GET form, so the list narrows without JavaScript and every
state of the page is in its URL.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from flask import Blueprint, jsonify, render_template, request, url_for

from archive import listing
from web.current import archive
from web.errors import error_response
from web.page_data import quoted, url_with
from web.params import LISTING_PARAMS, listing_request

bp = Blueprint("indexes", __name__)


class IndexPage(NamedTuple):
    facet: str  # the archive's facet (archive.requests.LISTED)
    title: str
    noun: str  # one value: "speaker"
    plural: str


# URL name -> what it lists; the order is the site header's.
INDEXES = {
    "speakers": IndexPage("speaker", "Speakers", "speaker", "speakers"),
    "countries": IndexPage("country", "Countries", "country", "countries"),
    "forums": IndexPage("forum", "Forums", "forum", "forums"),
    "meetings": IndexPage("meeting", "Meetings", "meeting", "meetings"),
    "symbols": IndexPage("symbol", "Symbols", "symbol", "symbols"),
}


def value_url(facet: str, value: str) -> str:
    """The page of one value: its entity page, or for a symbol, the statements citing it."""
    if facet == "symbol":
        return url_for("pages.symbol", symbol=value)
    return url_for(f"pages.{facet}", name=value)


def _describe(index: IndexPage, shown: int, every: int, contains: str) -> str:
    """'5,659 speakers' or '12 of 5,659 speakers matching “aliyev”'."""
    noun = index.noun if every == 1 else index.plural
    if not contains:
        return f"{every:,} {noun}"
    return f"{shown:,} of {every:,} {noun} matching {quoted(contains)}"


def index_page(name: str, path: str) -> dict:
    """The page data of index `name` for the current URL; links are to `path`."""
    index = INDEXES[name]
    contains, sort, page, size = listing_request(request.args)
    counts = archive().facet_counts(index.facet)
    found = listing.listed(counts, contains, sort, page, size)
    args = [(k, v) for k, v in request.args.items(multi=True) if k in LISTING_PARAMS and v]
    base = [(k, v) for k, v in args if k != "page"]
    return {
        "ok": True,
        "index": name,
        "title": index.title,
        "description": _describe(index, found.total, len(counts), contains),
        "query": {"q": contains, "sort": sort},
        "total": found.total,
        "values_in_archive": len(counts),
        "page": found.page,
        "pages": found.pages,
        "size": found.size,
        "previous_url": url_with(path, base + ([("page", str(page - 1))] if page > 2 else [])) if page > 1 else None,
        "next_url": url_with(path, [*base, ("page", str(page + 1))]) if page < found.pages else None,
        "sort_urls": {option: url_with(path, [(k, v) for k, v in base if k != "sort"] + [("sort", option)])
                      for option in listing.SORTS},
        "values": [{"value": value, "count": count, "url": value_url(index.facet, value)}
                   for value, count in found.values],
    }


def _past_the_end(data: dict):
    """A page number past the list: a 404 that links to the last page."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k in LISTING_PARAMS and v and k != "page"]
    last = url_with(request.path, [*args, ("page", str(data["pages"]))])
    return error_response(f"Page {data['page']} is past the end: these {data['description']} fill "
                          f"{data['pages']} page{'' if data['pages'] == 1 else 's'}.", 404,
                          [(last, f"Go to the last page, page {data['pages']}")])


def show_index(name: str, as_json: bool):
    data = index_page(name, request.path)
    if data["page"] > data["pages"]:
        return _past_the_end(data)
    return jsonify(data) if as_json else render_template("index.html", page=data)


for _name in INDEXES:
    bp.add_url_rule(f"/{_name}", endpoint=_name, view_func=partial(show_index, _name, False), methods=["GET"])
    bp.add_url_rule(f"/api/{_name}", endpoint=f"api_{_name}", view_func=partial(show_index, _name, True),
                    methods=["GET"])
