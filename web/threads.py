"""A statement's reply thread as the reading view and the JSON of a record show it (archive.replies)."""

from __future__ import annotations

from flask import url_for

from archive.dates import readable_date
from archive.replies import thread
from archive.statement import Statement
from web.current import archive


def _link(statement: Statement) -> dict:
    """One linked statement: enough to know it before following the link."""
    return {"id": statement.id, "title": statement.title, "country": statement.country,
            "url": url_for("pages.statement", statement_id=statement.id),
            "date": readable_date(statement.date, statement.date_precision) if statement.date else None}


def thread_links(record: Statement) -> dict:
    """"In reply to" and "Replies" of the reading view, and the States answered whose statement is not here."""
    found = thread(archive(), record)
    return {"replies_to": [_link(s) for s in found.replies_to], "replied_by": [_link(s) for s in found.replied_by],
            "unanswered": list(found.unanswered), "findable": found.findable}


def record_with_thread(record: Statement) -> dict:
    """The record as JSON, with the ids of the statements it answers and of the rights of reply answering it."""
    found = thread(archive(), record)
    return {**record.to_dict(), "replies_to": [s.id for s in found.replies_to],
            "replied_by": [s.id for s in found.replied_by]}
