"""Links to the reading view, and absolute links for citations and exports that leave the site.

Absolute links start with the BASE_URL setting when it is set, else with the request's
own host, which Flask has already checked against TRUSTED_HOSTS: a link is
never built from a Host header nobody vetted.
"""

from __future__ import annotations

from flask import current_app, request, url_for


def site_root() -> str:
    """'https://verbatim.example.org', without a trailing slash."""
    return (current_app.config.get("BASE_URL") or request.host_url).rstrip("/")


def absolute_url(endpoint: str, **values) -> str:
    return site_root() + url_for(endpoint, **values)


def statement_url(statement_id: str, q: str = "", back: str | None = None) -> str:
    """A reading-view link; `back` is the search page it was reached from."""
    return url_for("pages.statement", statement_id=statement_id, q=q or None, back=back)
