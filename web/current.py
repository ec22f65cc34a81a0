"""The archive the current app serves, and its records by id.

The pages, the API and the exports all read through here, so none of them
imports another's module for it.
"""

from __future__ import annotations

from flask import abort, current_app, redirect, request

from archive import Archive
from archive.statement import Statement


def archive() -> Archive:
    return current_app.extensions["archive"]


def statement_or_404(statement_id: str) -> Statement:
    """The record with this id, or a 404: the API's JSON envelope or the error
    page, as web/errors.py decides from the path."""
    record = archive().get(statement_id)
    if record is None and statement_id != statement_id.lower() and archive().get(statement_id.lower()):
        # An id typed or pasted in capitals (UNGDC-BRA-62-2007): the statement's own URL.
        here = request.full_path if request.query_string else request.path
        abort(redirect(here.replace(statement_id, statement_id.lower(), 1)))
    if record is None:
        abort(404, description=f"No statement with id {statement_id!r}.")
    return record
