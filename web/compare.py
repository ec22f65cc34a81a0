"""Compare two sets of statements: the page, and every ranked word and phrase
as CSV or JSON. archive.compare counts and ranks; this module makes the links
(each term to its concordance in each set) and the files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import chain

from flask import Blueprint, render_template, request, url_for

from archive.compare import COLUMNS, METHOD, TOP, Comparison, Side, Term, compare, rows
from web.current import archive
from web.exports import attachment, csv_lines
from web.page_data import url_with
from web.params import compare_sets, page_args, request_args

bp = Blueprint("compare", __name__)


def _term(term: Term, result: Comparison) -> dict:
    """A term with its figures and its concordance in each set (a phrase quoted, as written)."""
    words = f'"{term.text}"' if " " in term.text else term.text
    links = {}
    for key, side in (("a", result.a), ("b", result.b)):
        args = [(k, v) for k, v in request_args(side.request) if k != "q"]
        q = f"{side.request.q} {words}" if side.request.q else words
        links[f"{key}_url"] = url_with(url_for("concordance.page"), [("q", q), *args])
    return {"text": term.text, "a": term.a, "b": term.b, "delta": round(term.delta, 3), "z": round(term.z, 2),
            **links}


def _side(side: Side) -> dict:
    args = request_args(side.request)
    return {"label": side.label, "statements": side.statements, "words": side.words,
            "search_url": url_with(url_for("pages.search"), args),
            "timeline": [{"label": bar.label, "start": bar.start, "end": bar.end, "count": bar.count,
                          "url": url_with(url_for("pages.search"), [*[(k, v) for k, v in args if k not in (
                              "from", "to")], ("from", bar.start), ("to", bar.end)])} for bar in side.timeline]}


def compare_page(result: Comparison, base: list[tuple[str, str]]) -> dict:
    """The page's figures; no term is ranked when a set holds no statement (every term would lean away)."""
    both = result.a.statements and result.b.statements
    leaning = {"words": result.words if both else [], "phrases": result.phrases if both else []}
    return {
        "ok": True,
        "method": METHOD,
        "a": _side(result.a),
        "b": _side(result.b),
        **{f"{kind}_a": [_term(t, result) for t in terms[:TOP] if t.z > 0] for kind, terms in leaning.items()},
        **{f"{kind}_b": [_term(t, result) for t in terms[::-1][:TOP] if t.z < 0] for kind, terms in leaning.items()},
        "csv_url": url_with(url_for("compare.export_csv"), base),
        "json_url": url_with(url_for("compare.export_json"), base),
    }


@bp.get("/compare")
def page():
    """The form alone until two sets are chosen: comparing the whole archive with itself told nothing and
    cost minutes."""
    chosen = any(request.args.get(name, "").strip() for name in ("a", "b"))
    result = compare(archive(), *compare_sets(request.args)) if chosen else None
    return render_template("compare.html", page=compare_page(result, page_args(request.args)) if result else None,
                           a=request.args.get("a", ""), b=request.args.get("b", ""), q=request.args.get("q", ""))


@bp.get("/compare.csv")
def export_csv():
    result = compare(archive(), *compare_sets(request.args))
    return attachment(lambda about: csv_lines(chain([COLUMNS], rows(result))), "csv", "text/csv", "compare-", METHOD)


@bp.get("/compare.json")
def export_json():
    result = compare(archive(), *compare_sets(request.args))

    def body(about: dict) -> Iterator[str]:
        sides = {key: {"filters": side.label, "statements": side.statements, "words": side.words}
                 for key, side in (("a", result.a), ("b", result.b))}
        yield json.dumps({"ok": True, **about, **sides,
                          "terms": [dict(zip(COLUMNS, row, strict=True)) for row in rows(result)]},
                         ensure_ascii=False)

    return attachment(body, "json", "application/json", "compare-", METHOD)
