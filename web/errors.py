"""One error shape for the API, one error page for people.

API errors are always {"ok": false, "error": "...", "status": N}, with "see"
when there are ways on (the closest names to one not found); a test asserts
it on every error path. A user's mistake (bad query, bad date) is a
400 that says how to fix it; nothing reaches the user as a traceback.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, SecurityError

from archive import RequestError
from archive.dates import parse_period
from archive.errors import IndexMissing
from web.page_data import url_with


def wants_json() -> bool:
    return request.path.startswith("/api/")


def error_response(message: str, status: int, links: list[tuple[str, str]] | None = None):
    """The API's envelope, or the error page; `links` (url, text) are the ways on that the page offers."""
    if wants_json():
        see = {"see": [{"url": url, "text": text} for url, text in links]} if links else {}
        response = jsonify({"ok": False, "error": message, "status": status, **see})
        response.status_code = status
        return response
    action = _search_action()
    if status == 400 and action:
        links = (links or []) + _without_each(action)
    return render_template("error.html", message=message, status=status, links=links or [],
                           search_action=action, editable=_EDITABLE), status


# The search's own words and dates are fields of the error page's form, so a bad one can be mended there;
# the rest of the request is carried along, and each part can be dropped by a link.
_EDITABLE = {"q": "Search again", "from": "From", "to": "To"}
_MOST_DROP_LINKS = 6


def _without_each(action: str) -> list[tuple[str, str]]:
    """'Search again without year=abc': one link per part of the request that is not a field of the form."""
    args = [(name, value) for name, value in request.args.items(multi=True) if name != "page" and value]
    others = [(name, value) for name, value in args if name not in _EDITABLE]
    if len(others) > _MOST_DROP_LINKS:
        return []
    kept = [(name, value) for name, value in args if name not in ("from", "to") or _readable_date(value)]
    return [(url_with(action, [arg for arg in kept if arg != (name, value)]), f"Search again without {name}={value}")
            for name, value in others]


def _readable_date(value: str) -> bool:
    """A date the way-on links may carry: one that failed would fail them all again."""
    try:
        parse_period(value)
    except RequestError:
        return False
    return True


def _search_action() -> str | None:
    """Where the error page's search box sends the mended query: back to the
    search page that failed, or the main one from an export; None (no box) elsewhere."""
    if request.path in ("/", "/concordance", "/trends", "/compare") or request.path.startswith(
            ("/speakers/", "/countries/", "/forums/", "/meetings/", "/symbols/")):
        return request.path
    return "/" if request.path.startswith("/export.") else None


def past_the_last_page(result, path: str, args: list[tuple[str, str]]):
    """A page number past the results: a 404 that names the last page and links to it."""
    last = url_with(path, [(k, v) for k, v in args if k != "page"] + [("page", str(result.pages))])
    message = (f"Page {result.request.page} is past the end: these {result.total:,} "
               f"statement{'' if result.total == 1 else 's'} fill {result.pages} page{'' if result.pages == 1 else 's'}"
               + (f" ({last})." if wants_json() else "."))
    return error_response(message, 404, [(last, f"Go to the last page, page {result.pages}")])


def init_app(app: Flask) -> None:
    @app.errorhandler(RequestError)
    def bad_request(error: RequestError):
        return error_response(str(error), 400)

    @app.errorhandler(IndexMissing)
    def no_index(error: IndexMissing):
        return error_response(str(error), 503)

    @app.errorhandler(SecurityError)
    def untrusted_host(error: SecurityError):
        # No page can be built for a host the site does not answer to (its links would need that host).
        message = "This site does not answer to that host name (see TRUSTED_HOSTS in web/settings.py)."
        return error_response(message, 400) if wants_json() else Response(message + "\n", 400, mimetype="text/plain")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return error_response(error.description or error.name, error.code or 500)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error on %s", request.path)
        return error_response("Something went wrong on our side; the error was logged.", 500)
