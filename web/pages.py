"""The HTML pages: search and the reading view. Views stay thin: parse the
URL, ask the archive, hand the page data to a template."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import NamedTuple

from flask import Blueprint, abort, current_app, jsonify, render_template, request, send_file, url_for
from markupsafe import Markup

from archive import RequestError, vocabulary
from archive.dates import readable_date
from archive.highlight import HitTerms
from archive.markdown_text import plain_text
from archive.mentions import mention_counts
from archive.vocabulary import doc_type_label
from web.current import archive, statement_or_404
from web.errors import past_the_last_page
from web.feeds import feed_url
from web.links import absolute_url, statement_url
from web.page_data import FACET_SIZE, FACET_TITLES, filters_on, quoted, search_page, url_with
from web.params import facet_size, page_args, search_request
from web.profiles import PROFILED, profile_data, resolved, unknown_filter_values
from web.rendering import render_body
from web.threads import record_with_thread, thread_links

bp = Blueprint("pages", __name__)

# Fields shown in the reading view's metadata panel, in order.
PANEL_FIELDS = ("speaker", "speakers", "speaker_role", "country", "replies_to_states", "forums", "meeting", "doc_type",
                "date", "dates", "location", "agenda_items", "symbols", "mentions", "source")


def local_back(value: str | None) -> str | None:
    """A `back` link is followed only to a page of this site: a path, never
    another site ('//evil.example', 'https://...'): no open redirect."""
    if not value or len(value) > 2000 or not value.startswith("/") or value.startswith(("//", "/\\")):
        return None
    return value


class EntityPage(NamedTuple):
    path: str  # the URL before the name
    heading: str  # the page's heading, {} the name


# The pages of one speaker, country or forum: one view serves them all, each
# under its own endpoint (url_for("pages.speaker", name=...)).
ENTITY_PAGES = {
    "speaker": EntityPage("/speakers/", "{}"),  # a profile (web.profiles): the name is the heading
    "country": EntityPage("/countries/", "{}"),
    "forum": EntityPage("/forums/", "Statements at the {}"),
    "meeting": EntityPage("/meetings/", "Statements at {}"),
}


def _search_page(scope: dict | None = None, heading: str | None = None, profile: dict | None = None):
    """The search page; `scope` fixes filter values (a speaker's, a symbol's page), under
    the `profile` of a speaker or a State (web.profiles) when there is one."""
    search_req = search_request(request.args, current_app.config["PAGE_SIZE"], scope)
    result = archive().search(search_req)
    if result.total and search_req.page > result.pages:
        return past_the_last_page(result, request.path, page_args(request.args))
    here = url_with(request.path, page_args(request.args))
    data = search_page(result, page_args(request.args), request.path,
                       lambda statement_id, q: statement_url(statement_id, q, here),
                       scope=scope, unscoped_path=url_for("pages.search"),
                       facet_size=facet_size(request.args, FACET_SIZE))
    for hit in data["hits"]:
        hit["snippet"] = Markup(hit["snippet"])  # escaped by archive.highlight
    full_args = [(k, v) for k, v in page_args(request.args) if k != "page"] + list((scope or {}).items())
    instrument_args = [(k, v) for k, v in full_args if k not in ("sort", "size", "facet_size")]
    narrowed_by, clear_url = filters_on(page_args(request.args), request.path)
    unknown = [] if result.total else unknown_filter_values(page_args(request.args), request.path)
    return render_template("search.html", page=data, facet_titles=FACET_TITLES, heading=heading, scope=scope or {},
                           narrowed_by=narrowed_by, clear_url=clear_url, unknown=unknown,
                           export_url=url_with(url_for("exports.export_csv"), full_args),
                           json_url=url_with(url_for("exports.export_jsonl"), full_args),
                           concordance_url=url_with(url_for("concordance.page"), instrument_args)
                           if search_req.q else None,
                           trends_url=url_with(url_for("trends.page"), instrument_args) if search_req.q else None,
                           feed_url=feed_url(request.args, scope), profile=profile)


@bp.get("/")
def search():
    return _search_page()


def entity_page(kind: str, name: str):
    """A speaker's, country's, forum's or meeting's page; a speaker's and a country's open
    with a profile. Another spelling of a known value (case, accents, a code or alias:
    /countries/AZE, /speakers/yashar%20aliyev) redirects to the value's own URL; an unknown
    name is a 404 with the closest values."""
    kept, response = resolved(kind, name, f"pages.{kind}")
    if kept is None:
        return response
    return _search_page({kind: kept}, ENTITY_PAGES[kind].heading.format(kept),
                        profile_data(kind, kept) if kind in PROFILED else None)


for _kind, _page in ENTITY_PAGES.items():
    bp.add_url_rule(f"{_page.path}<path:name>", endpoint=_kind, view_func=partial(entity_page, _kind), methods=["GET"])


@bp.get("/symbols/<path:symbol>")
def symbol(symbol: str):
    """The statements citing a UN document symbol."""
    if not vocabulary.symbol_pattern().fullmatch(symbol):
        abort(404, description=f"{symbol!r} is not a UN document symbol (such as S/2021/284).")
    return _search_page({"symbol": symbol}, heading=f"Statements citing {symbol}")


@bp.get("/statements/<statement_id>")
def statement(statement_id: str):
    record = statement_or_404(statement_id)
    q = request.args.get("q", "").strip()
    try:
        wanted = archive().hit_terms(q, exact=request.args.get("exact") == "1") if q else HitTerms()
        find_error = None
    except RequestError as error:  # the statement stays in view, the message beside the box to mend it in
        wanted, find_error = HitTerms(), str(error)
    body = render_body(record.body, wanted, lambda symbol: url_for("pages.symbol", symbol=symbol))
    panel = [panel_field(record, name) for name in PANEL_FIELDS]
    mentioned = mentions_listed(record)
    permalink = absolute_url("pages.statement", statement_id=statement_id)
    return render_template(
        "statement.html",
        statement=record,
        similar=archive().more_like(statement_id),
        citation=citation(record, permalink),
        has_source=archive().original_path(statement_id) is not None,
        body=Markup(body.html),
        hits=body.hits,
        q=q,
        q_quoted=quoted(q),
        find_error=find_error,
        back=local_back(request.args.get("back")),
        panel=panel,
        mentioned=mentioned,
        thread=thread_links(record),
        doc_type_label=doc_type_label(record.doc_type),
        readable_date=readable_date(record.date, record.date_precision) if record.date else None,
    ), 400 if find_error else 200


@bp.get("/statements/<statement_id>/source")
def statement_source(statement_id: str):
    """The original file as it was indexed, from the archive's own copy."""
    path = archive().original_path(statement_id)
    if path is None:
        abort(404, description=f"The original file of {statement_id!r} is not available.")
    record = statement_or_404(statement_id)
    return send_file(path, as_attachment=True, download_name=record.source.rsplit("/", 1)[-1])


@bp.get("/statements/<statement_id>.json")
def statement_json(statement_id: str):
    record = statement_or_404(statement_id)
    response = jsonify(record_with_thread(record))
    response.headers["Content-Disposition"] = f'attachment; filename="{statement_id}.json"'
    return response


def citation(record, url: str) -> str:
    """'Seymur Mardaliyev (Azerbaijan), Right of reply, Intersessional meetings ..., Geneva, 22 June 2021.
    Verbatim, accessed 26 November 2026, <url>': the day of access, as citation styles ask of a web source."""
    who = record.speaker or (f"Delegation of {record.country}" if record.country else None)
    if who and record.speaker and record.country:
        who += f" ({record.country})"
    when = readable_date(record.date, record.date_precision) if record.date else "undated"
    parts = [who, doc_type_label(record.doc_type), record.meeting or record.forum, record.location, when]
    parts = [part for part in parts if part]
    accessed = readable_date(date.today().isoformat(), "day")
    return ", ".join(parts) + f". Verbatim, accessed {accessed}, {url}"


def mentions_listed(record) -> list[dict]:
    """What the statement mentions, most named first, each with how often its body names it (a name
    set by hand and not in the body counts 0) and a link to every statement mentioning it."""
    counts = mention_counts(plain_text(record.body))
    return sorted(({"name": name, "count": counts.get(name, 0), "url": url_for("pages.search", mentions=name)}
                   for name in record.mentions), key=lambda item: -item["count"])


def panel_field(record, name: str) -> dict:
    """One row of the reading view's metadata: the value and why the archive
    believes it, or the value it is unsure of (a suggestion, with a search for
    it), and for a field set by hand the value extraction had given."""
    key = {"forums": "forum"}.get(name, name)
    suggestion = record.suggestions.get(key)
    return {
        "name": name,
        "value": getattr(record, name),
        "evidence": record.evidence_for(key),
        "suggestion": suggestion,
        "suggestion_url": url_for("pages.search", q=f'"{suggestion}"') if suggestion else None,
        "corrected": key in record.corrected,
        "extracted": record.corrected.get(key),
    }
