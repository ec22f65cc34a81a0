"""Atom feeds (RFC 4287) of any search: a feed reader becomes an alert.

`/feed.atom?<the search's parameters>` holds the latest FEED_ENTRIES
statements the search matches, in the order the archive received them
(kept per statement across builds), whatever sort the page was showing: a
statement added today about events of 1995 is news to a subscriber. Search
and entity pages link to their feed with `<link rel="alternate">`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from flask import Blueprint, current_app, render_template, request, url_for
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from archive.dates import readable_date
from archive.vocabulary import doc_type_label
from web.current import archive
from web.links import absolute_url, site_root
from web.page_data import describe, url_with
from web.params import page_args, search_request

bp = Blueprint("feeds", __name__)

FEED_ENTRIES = 50
# Parameters that choose a page of results, not the results: a feed has its own.
NOT_FEED_PARAMS = ("page", "size", "sort", "facet_size")


def feed_args(args, scope: dict | None = None) -> list[tuple[str, str]]:
    """The parameters of the feed of a page's search (a scoped page's scope included)."""
    return [(k, v) for k, v in page_args(args) if k not in NOT_FEED_PARAMS] + list((scope or {}).items())


def feed_url(args, scope: dict | None = None) -> str:
    return url_with(url_for("feeds.feed"), feed_args(args, scope))


def _entry_summary(hit) -> str:
    """'Delivered on 3 March 2023 at the Conference on Disarmament.' and the snippet, as HTML."""
    s = hit.statement
    said = []
    if s.date:
        said.append(readable_date(s.date, s.date_precision))
    if s.forum:
        said.append(f"at the {s.forum}")
    sentence = f"<p>{Markup.escape(' '.join(said))}</p>" if said else ""
    return sentence + (f"<p>{hit.snippet}</p>" if hit.snippet else "")  # the snippet is escaped and marked


@bp.get("/feed.atom")
def feed():
    args = feed_args(request.args)  # filter values as indexed: AZE is Azerbaijan in the title and the feed's id
    search_req = replace(search_request(MultiDict(args), FEED_ENTRIES), sort="received", page=1, size=FEED_ENTRIES)
    result = archive().search(search_req)
    built = datetime.fromtimestamp(archive().build_time(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    entries = [{"hit": hit, "url": absolute_url("pages.statement", statement_id=hit.statement.id),
                "summary": _entry_summary(hit), "type_label": doc_type_label(hit.statement.doc_type)}
               for hit in result.hits]
    body = render_template(
        "feed.xml", title=f"{current_app.config['SITE_NAME']}: {describe(search_req, None)}",
        subtitle=f"{describe(search_req, result.total)}, the latest received first",
        self_url=site_root() + url_with(url_for("feeds.feed"), args),
        page_url=site_root() + url_with(url_for("pages.search"), args),
        updated=max((hit.received for hit in result.hits if hit.received), default=built), entries=entries)
    return current_app.response_class(body, mimetype="application/atom+xml")
