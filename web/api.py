"""The JSON API: the search page's data and single records, same parameters as the pages."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request, url_for

from web.current import archive, statement_or_404
from web.errors import past_the_last_page
from web.links import statement_url
from web.openapi import openapi
from web.page_data import FACET_SIZE, search_page
from web.params import facet_size, page_args, search_request
from web.threads import record_with_thread

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    search_req = search_request(request.args, current_app.config["PAGE_SIZE"])
    result = archive().search(search_req)
    if result.total and search_req.page > result.pages:
        return past_the_last_page(result, url_for("api.search"), page_args(request.args))
    return jsonify(search_page(result, page_args(request.args), url_for("api.search"), statement_url,
                               facet_size=facet_size(request.args, FACET_SIZE)))


@bp.get("/openapi.json")
def openapi_description():
    return jsonify(openapi())


@bp.get("/statements/<statement_id>")
def statement(statement_id: str):
    record = statement_or_404(statement_id)
    return jsonify({"ok": True, "statement": record_with_thread(record), "url": statement_url(statement_id)})
