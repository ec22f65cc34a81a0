"""Trends of any search: the page with its chart drawn as SVG on the server, and
the counts as CSV or JSON. archive.trends counts; this module places the points,
makes the links and writes the files."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from itertools import chain

from flask import Blueprint, render_template, request, url_for

from archive.trends import COLUMNS, MAX_SERIES, METHOD, PER_WORDS, Trends, rows, trends
from web.current import archive
from web.exports import attachment, csv_lines
from web.page_data import quoted, url_with
from web.params import page_args, request_args, trend_series

bp = Blueprint("trends", __name__)

WIDTH, HEIGHT = 760, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 times a power of ten at or above `value` (an axis' top)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _year_search(args: list[tuple[str, str]], year: str) -> str:
    """The search page of one series' statements that year."""
    kept = [(k, v) for k, v in args if k not in ("from", "to", "year")]
    return url_with(url_for("pages.search"), [*kept, ("year", year)])


def chart(result: Trends) -> dict:
    """Where each point, line and tick of the chart goes, and the link each point is."""
    rates = [p.rate for s in result.series for p in s.points if p.rate is not None]
    top = nice_ceiling(max(rates, default=0))
    span = max(1, len(result.years) - 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index: int) -> float:
        return round(LEFT + index * plot_w / span, 1)

    def y(rate: float) -> float:
        return round(TOP + (1 - rate / top) * plot_h, 1)

    series = []
    for number, one in enumerate(result.series, 1):
        args = request_args(one.request)
        points, path, pen_up = [], [], True
        for index, point in enumerate(one.points):
            if point.rate is None:  # no statements that year: the line breaks
                pen_up = True
                continue
            px, py = x(index), y(point.rate)
            path.append(f"{'M' if pen_up else 'L'}{px} {py}")
            pen_up = False
            points.append({"x": px, "y": py, "year": point.year, "rate": round(point.rate, 2),
                           "occurrences": point.occurrences, "url": _year_search(args, point.year)})
        series.append({"number": number, "label": one.label, "path": " ".join(path), "points": points,
                       "search_url": url_with(url_for("pages.search"), args),
                       "concordance_url": url_with(url_for("concordance.page"), args)})
    step = max(1, math.ceil(len(result.years) / 10))
    x_ticks = [{"x": x(i), "label": year} for i, year in enumerate(result.years)
               if (int(year) % 10 == 0 and step > 1) or (step == 1)]
    y_ticks = [{"y": y(top * k / 5), "label": f"{top * k / 5:g}"} for k in range(6)]  # 1, 2, 5: fifths are round
    return {"width": WIDTH, "height": HEIGHT, "left": LEFT, "right": WIDTH - RIGHT, "top": TOP,
            "bottom": HEIGHT - BOTTOM, "series": series, "x_ticks": x_ticks, "y_ticks": y_ticks}


def trends_page(result: Trends, base: list[tuple[str, str]], by: str | None) -> dict:
    rows = [{"year": year, "cells": [{"occurrences": s.points[i].occurrences, "statements": s.points[i].statements,
                                      "rate": None if s.points[i].rate is None else round(s.points[i].rate, 2),
                                      "url": _year_search(request_args(s.request), year)}
                                     for s in result.series]}
            for i, year in enumerate(result.years)]
    return {
        "ok": True,
        "method": METHOD,
        "description": _describe(result, by),
        "chart": chart(result),
        "rows": rows,
        "labels": [s.label for s in result.series],
        "csv_url": url_with(url_for("trends.export_csv"), base),
        "json_url": url_with(url_for("trends.export_json"), base),
    }


def _describe(result: Trends, by: str | None) -> str:
    """'“apartheid”, “sanctions”: occurrences per 10,000 words, 1946 to 2024', or
    '“apartheid” by country (India, Zambia): ...'."""
    if by:
        what = f"{quoted(result.series[0].request.q)} by {by} ({', '.join(s.label for s in result.series)})"
    else:
        what = ", ".join(quoted(s.label) for s in result.series)
    when = f", {result.years[0]} to {result.years[-1]}" if result.years else ""
    return f"{what}: occurrences per {PER_WORDS:,} words{when}"


@bp.get("/trends")
def page():
    series = trend_series(request.args)
    result = trends(archive(), series)
    base = page_args(request.args)
    by = request.args.get("by") or None
    return render_template("trends.html", page=trends_page(result, base, by), series=series, max_series=MAX_SERIES,
                           by=by, query=series[0][1])


@bp.get("/trends.csv")
def export_csv():
    result = trends(archive(), trend_series(request.args))
    return attachment(lambda about: csv_lines(chain([COLUMNS], rows(result))), "csv", "text/csv", "trends-", METHOD)


@bp.get("/trends.json")
def export_json():
    result = trends(archive(), trend_series(request.args))

    def body(about: dict) -> Iterator[str]:
        series = [{"label": s.label, "query": s.request.q,
                   "filters": {k: list(v) for k, v in s.request.filters.items()},
                   "points": [dict(zip(COLUMNS[2:], row[2:], strict=True)) for row in rows(Trends(result.years, [s]))]}
                  for s in result.series]
        yield json.dumps({"ok": True, **about, "years": result.years, "series": series}, ensure_ascii=False)

    return attachment(body, "json", "application/json", "trends-", METHOD)
