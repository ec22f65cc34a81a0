"""The HTML pages: search and the reading view. Views stay thin: parse the
URL, ask the archive, hand the page data to a template."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request, url_for
from markupsafe import Markup

from archive.highlight import HitTerms
from archive.vocabulary import doc_type_label
from web.page_data import FACET_TITLES, search_page
from web.params import page_args, search_request
from web.rendering import render_body

bp = Blueprint("pages", __name__)

# Fields shown in the reading view's metadata panel, in order.
PANEL_FIELDS = ("speaker", "speakers", "speaker_role", "country", "forums", "meeting", "doc_type",
                "date", "dates", "location", "agenda_items", "symbols", "source")


def archive():
    return current_app.extensions["archive"]


def statement_url(statement_id: str, q: str = "") -> str:
    return url_for("pages.statement", statement_id=statement_id, q=q or None)


@bp.get("/")
def search():
    search_req = search_request(request.args, current_app.config["PAGE_SIZE"])
    result = archive().search(search_req)
    data = search_page(result, page_args(request.args), url_for("pages.search"), statement_url)
    for hit in data["hits"]:
        hit["snippet"] = Markup(hit["snippet"])  # escaped by archive.highlight
    return render_template("search.html", page=data, facet_titles=FACET_TITLES)


@bp.get("/statements/<statement_id>")
def statement(statement_id: str):
    record = archive().get(statement_id)
    if record is None:
        abort(404, description=f"No statement with id {statement_id!r}.")
    q = request.args.get("q", "").strip()
    wanted = archive().hit_terms(q) if q else HitTerms()
    body = render_body(record.body, wanted)
    panel = [(name, getattr(record, name), record.evidence_for(_evidence_name(name))) for name in PANEL_FIELDS]
    return render_template(
        "statement.html",
        statement=record,
        body=Markup(body.html),
        hits=body.hits,
        q=q,
        panel=panel,
        doc_type_label=doc_type_label(record.doc_type),
    )


def _evidence_name(field: str) -> str:
    return {"forums": "forum", "speakers": "speakers"}.get(field, field)
