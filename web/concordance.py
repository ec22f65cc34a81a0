"""The concordance (keyword in context) of any search: the page, and every line
as CSV or JSON, streamed. archive.concordance finds and cuts the lines; this
module turns them into page data, links and files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import chain

from flask import Blueprint, render_template, request, url_for

from archive.concordance import COLUMNS, METHOD, SORTS, Concordance, Line, all_lines, concordance, row
from web.current import archive
from web.errors import error_response
from web.exports import attachment, csv_lines
from web.links import site_root, statement_url
from web.page_data import describe, quoted, statement_summary, url_with
from web.params import concordance_request, page_args

bp = Blueprint("concordance", __name__)

SORT_LABELS = {"oldest": "Oldest first", "newest": "Newest first", "before": "Word before the hit",
               "after": "Word after the hit"}


def line_url(line: Line, q: str, back: str | None = None) -> str:
    """The reading view at this hit: its marks are numbered as the lines are."""
    return statement_url(line.statement.id, q, back) + f"#hit-{line.hit_number}"


def describe_lines(result: Concordance) -> str:
    """'67 occurrences of “mines” in 5 statements by Azerbaijan, 2021'."""
    search = result.request.search
    where = describe(search, result.statements).split(" ", 1)[1]  # "statements matching “mines” by ..."
    where = where.replace(f"matching {quoted(search.q)}", "").replace("  ", " ").strip()
    noun = "occurrence" if result.total == 1 else "occurrences"
    return f"{result.total:,} {noun} of {quoted(search.q)} in {result.statements:,} {where}"


def concordance_page(result: Concordance, args: list[tuple[str, str]], path: str) -> dict:
    here = url_with(path, args)
    base = [(k, v) for k, v in args if k != "page"]
    page = result.request.page
    unsorted = [(k, v) for k, v in base if k != "sort"]
    return {
        "ok": True,
        "method": METHOD,
        "description": describe_lines(result),
        "total": result.total,
        "statements": result.statements,
        "page": page,
        "pages": result.pages,
        "size": result.request.size,
        "sort": result.request.sort,
        "sorts": [{"value": value, "label": SORT_LABELS[value], "selected": value == result.request.sort,
                   "url": url_with(path, [*unsorted, ("sort", value)])} for value in SORTS],
        "previous_url": url_with(path, base + ([("page", str(page - 1))] if page > 2 else [])) if page > 1 else None,
        "next_url": url_with(path, [*base, ("page", str(page + 1))]) if page < result.pages else None,
        "search_url": url_with(url_for("pages.search"), [(k, v) for k, v in base if k not in ("sort", "size")]),
        "csv_url": url_with(url_for("concordance.export_csv"), base),
        "json_url": url_with(url_for("concordance.export_json"), base),
        "lines": [{"left": line.left, "hit": line.hit, "right": line.right, "hit_number": line.hit_number,
                   "url": line_url(line, result.request.search.q, here),
                   "statement": statement_summary(line.statement, statement_url(line.statement.id))}
                  for line in result.lines],
    }


@bp.get("/concordance")
def page():
    wanted = concordance_request(request.args)
    result = concordance(archive(), wanted)
    args = page_args(request.args)
    if result.total and wanted.page > result.pages:
        last = url_with(request.path, [(k, v) for k, v in args if k != "page"] + [("page", str(result.pages))])
        return error_response(f"Page {wanted.page} is past the end: these {result.total:,} lines fill "
                              f"{result.pages} pages.", 404, [(last, f"Go to the last page, page {result.pages}")])
    return render_template("concordance.html", page=concordance_page(result, args, request.path),
                           query=wanted.search)


def _rows() -> Iterator[tuple]:
    """Every line of the URL's concordance as a row of COLUMNS. The lines are found
    before the download starts, so a bad query is a 400, not a broken file."""
    wanted = concordance_request(request.args)
    lines, root = all_lines(archive(), wanted), site_root()
    return (row(line, root + line_url(line, wanted.search.q)) for line in lines)


@bp.get("/concordance.csv")
def export_csv():
    rows = _rows()
    return attachment(lambda about: csv_lines(chain([COLUMNS], rows)), "csv", "text/csv", "concordance-", METHOD)


@bp.get("/concordance.json")
def export_json():
    """One JSON object, streamed: the provenance (query, build, method), then the lines one by one."""
    rows = _rows()

    def body(about: dict) -> Iterator[str]:
        yield json.dumps({"ok": True, **about, "columns": COLUMNS}, ensure_ascii=False)[:-1] + ', "lines": ['
        for number, cells in enumerate(rows):
            yield ("," if number else "") + "\n" + json.dumps(dict(zip(COLUMNS, cells, strict=True)),
                                                            ensure_ascii=False)
        yield "\n]}\n"

    return attachment(body, "json", "application/json", "concordance-", METHOD)
