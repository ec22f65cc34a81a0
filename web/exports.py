"""CSV export of a whole search: every matching statement, streamed.

The first line is a comment saying what was searched and when the index was
built, so a file found later still says where it came from. A cell that a
spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import UTC, datetime
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, request, stream_with_context, url_for

from web.links import site_root
from web.pages import archive
from web.params import page_args, search_request

bp = Blueprint("exports", __name__)

COLUMNS = ("date", "speaker", "country", "forum", "type", "title", "url", "snippet")
_TAGS = re.compile(r"<[^>]+>")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def plain_snippet(snippet_html: str) -> str:
    return html.unescape(_TAGS.sub("", snippet_html))


@bp.get("/export.csv")
def export_csv():
    search_req = search_request(request.args, current_app.config["PAGE_SIZE"])
    reader = archive()
    hits = reader.export(search_req)
    first = next(hits, None)  # runs the search now, so a bad query is a 400, not a broken download
    built = datetime.fromtimestamp(reader.build_time(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    query = urlencode([(k, v) for k, v in page_args(request.args) if k != "page"])
    root = site_root()

    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write(f"# Verbatim export; query: {query or '(everything)'}; index built {built}\n")
        writer.writerow(COLUMNS)
        for hit in ([first] if first else []):
            yield from _row(writer, buffer, hit, root)
        for hit in hits:
            yield from _row(writer, buffer, hit, root)
        yield buffer.getvalue()

    response = Response(stream_with_context(lines()), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="verbatim-export.csv"'
    return response


def _row(writer, buffer: io.StringIO, hit, root: str):
    s = hit.statement
    writer.writerow([safe_cell(v) for v in (
        s.date, s.speaker, s.country, "; ".join(s.forums) or s.forum, s.doc_type, s.title,
        root + url_for("pages.statement", statement_id=s.id), plain_snippet(hit.snippet))])
    if buffer.tell() > 64_000:
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
