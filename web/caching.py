"""HTTP revalidation that is always right: an ETag made of the served build,
the code serving it and the request, so a new build or a new release can
never be answered with an old page, and an unchanged one costs a 304 before
any search runs.

Pages, the API, exports and feeds are sent with `Cache-Control: no-cache`: a browser
or proxy may keep them but must ask again each time, and the question is
answered from the ETag alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, g, request

from archive.errors import IndexMissing
from web.current import archive

CACHED_BLUEPRINTS = ("pages", "api", "exports", "feeds", "indexes", "profiles", "concordance", "trends", "compare")


def code_version() -> str:
    """A digest of the code and templates that render the pages: a release changes every ETag."""
    digest = hashlib.sha256()
    for package in ("web", "archive"):
        root = Path(__file__).resolve().parent.parent / package
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".xml", ".js", ".css", ".json", ".svg"):
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def request_tag(version: str) -> str | None:
    """The ETag of this request's answer, or None if it is not one kept (no index, not a GET of a page)."""
    if request.method not in ("GET", "HEAD") or request.blueprint not in CACHED_BLUEPRINTS:
        return None
    try:
        build = archive().build_id()
    except IndexMissing:
        return None
    query = sorted(request.args.items(multi=True))
    key = repr((version, build, request.path, query)).encode("utf-8")
    return hashlib.sha256(key).hexdigest()[:32]


def init_app(app: Flask) -> None:
    version = code_version()

    @app.before_request
    def answer_unchanged():
        g.etag = tag = request_tag(version)  # once per request: the answer is tagged with the build it read
        if tag is not None and tag in request.if_none_match:
            response = app.response_class(status=304)
            response.set_etag(tag)
            response.headers["Cache-Control"] = "no-cache"
            return response
        return None

    @app.after_request
    def tag_answer(response):
        tag = g.get("etag")
        if response.status_code == 200 and tag is not None:
            response.set_etag(tag)
            response.headers["Cache-Control"] = "no-cache"
        return response
