"""Exports of a whole search: every matching statement, streamed, as CSV or JSON lines.

The first CSV line holds the headings, so a spreadsheet reads them as such.
A file is named after what was exported and the day it was
(verbatim-mines-Azerbaijan-2026-11-26.csv: export_name); where it came from
(the query, and when the index was built) travels in two HTTP headers,
X-Verbatim-Query and X-Verbatim-Index-Built. A CSV cell that a spreadsheet would run as a formula (= + - @) is
prefixed with an apostrophe. A CSV date is written as far as it is known
('2007', '2007-06', '2007-06-22') beside its precision, so a spreadsheet
never shows a statement dated only by its year as dated 1 January. A large
export leaves its snippets empty unless asked (X-Verbatim-Snippets says which).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, request, stream_with_context, url_for

from archive.dates import date_as_known
from archive.folding import fold
from archive.requests import FILTERS
from web.current import archive
from web.links import site_root
from web.page_data import statement_summary
from web.params import page_args, search_request, snippets_wanted

bp = Blueprint("exports", __name__)

COLUMNS = ("id", "date", "date_precision", "speaker", "country", "forum", "type", "title", "url", "snippet")
_TAGS = re.compile(r"<[^>]+>")
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9]+")
MAX_NAME = 80  # characters of a file name given to what was exported
FLUSH_BYTES = 64_000


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def plain_snippet(snippet_html: str) -> str:
    return html.unescape(_TAGS.sub("", snippet_html))


def _export(extension: str, mimetype: str, rows) -> Response:
    """Stream `rows(hits, root)` for the search the URL describes. The search
    runs before the response starts, so a bad query is a 400, not a broken download.
    Snippets are marked when asked (snippets=1), or by default when the export
    is small: marking the words of 10,000 statements would take most of a minute."""
    reader = archive()
    search_req = search_request(request.args, current_app.config["PAGE_SIZE"])
    exported = reader.export(search_req, snippets_wanted(request.args), current_app.config["EXPORT_SNIPPETS_UP_TO"])
    hits = iter(exported)
    first = next(hits, None)
    chained = (hit for part in ([first] if first else [], hits) for hit in part)
    response = attachment(lambda provenance: rows(chained, site_root()), extension, mimetype)
    response.headers["X-Verbatim-Snippets"] = "1" if exported.snippets else "0 (add snippets=1 to the URL for them)"
    return response


def provenance(method: str | None = None) -> dict:
    """Where an export comes from: its query, when the index was built, and how it was counted."""
    built = datetime.fromtimestamp(archive().build_time(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    query = urlencode([(k, v) for k, v in page_args(request.args) if k != "page"])
    return {"query": query or "(everything)", "index_built": built, "method": method}


def attachment(body, extension: str, mimetype: str, kind: str = "", method: str | None = None) -> Response:
    """A streamed download of `body(provenance)` (an iterator of text), its provenance in the
    file name and in the X-Verbatim-Query, X-Verbatim-Index-Built and X-Verbatim-Method headers."""
    about = provenance(method)
    response = Response(stream_with_context(_buffered(body(about))), mimetype=mimetype)
    name = export_name(kind, page_args(request.args), extension, datetime.now(UTC).date())
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Verbatim-Query"] = about["query"]
    response.headers["X-Verbatim-Index-Built"] = about["index_built"]
    if method:
        response.headers["X-Verbatim-Method"] = method
    return response


def export_name(kind: str, args: list[tuple[str, str]], extension: str, day: date) -> str:
    """'verbatim-concordance-mines-Azerbaijan-from-2021-2026-11-26.csv': the words searched and the
    filters' values as the URL gives them (accents folded, anything but letters and digits a hyphen),
    the dates and splits named, B of a comparison after 'vs', then the day of the export."""
    parts = []
    for name, value in args:
        if name in ("q", "a", *FILTERS):
            parts.append(value)
        elif name in ("from", "to", "by"):
            parts.append(f"{name} {value}")
        elif name == "b":
            parts.append(f"vs {value}")
    words = _UNSAFE_IN_NAME.sub("-", fold(" ".join(parts))).strip("-")[:MAX_NAME].strip("-") or "everything"
    return f"verbatim-{kind}{words}-{day.isoformat()}.{extension}"


def csv_lines(rows) -> Iterator[str]:
    """Each row of cells as one line of CSV, every cell made safe for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for cells in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([safe_cell(cell) for cell in cells])
        yield buffer.getvalue()


def _buffered(lines: Iterator[str]) -> Iterator[str]:
    """Lines joined into chunks of about FLUSH_BYTES: fewer, larger writes."""
    chunk: list[str] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line)
        if size > FLUSH_BYTES:
            yield "".join(chunk)
            chunk, size = [], 0
    yield "".join(chunk)


@bp.get("/export.csv")
def export_csv():
    def rows(hits, root: str) -> Iterator[str]:
        yield COLUMNS
        for hit in hits:
            s = hit.statement
            yield (s.id, date_as_known(s.date, s.date_precision), s.date_precision, s.speaker, s.country,
                   "; ".join(s.forums) or s.forum, s.doc_type,
                   s.title, root + url_for("pages.statement", statement_id=s.id), plain_snippet(hit.snippet))

    return _export("csv", "text/csv", lambda hits, root: csv_lines(rows(hits, root)))


@bp.get("/export.jsonl")
def export_jsonl():
    def rows(hits, root: str) -> Iterator[str]:
        for hit in hits:
            url = root + url_for("pages.statement", statement_id=hit.statement.id)
            record = {**statement_summary(hit.statement, url), "snippet": hit.snippet}
            yield json.dumps(record, ensure_ascii=False) + "\n"

    return _export("jsonl", "application/x-ndjson", rows)
