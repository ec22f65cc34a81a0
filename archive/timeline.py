"""Statements per year, or per month over a short span: the bars of a result's timeline."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineBar:
    """Statements in one year or month: its label, its first and last day, the count."""

    label: str
    start: str
    end: str
    count: int


def timeline(years: Counter[int], months: Callable[[], Counter[int]]) -> list[TimelineBar]:
    """Bars for dated statements: `years` counts them by the year their period starts in;
    per year, or per month when they span two years or less, `months()` counting those
    dated within one month by that month (yyyymm; statements dated only by year have no
    month and are left out of a month view). It is called only then: a count per month
    of a whole archive is work no page shows. Empty years and months are kept, so gaps show."""
    years = +years  # years counted to nothing are no years of the timeline
    if not years:
        return []
    first, last = min(years), max(years)
    if last - first <= 1:
        per_month = +months()
        if per_month:
            bars = []
            for year in range(first, last + 1):
                for month in range(1, 13):
                    count = per_month.get(year * 100 + month, 0)
                    label = f"{calendar.month_abbr[month]} {year}"
                    bars.append(TimelineBar(label, f"{year:04d}-{month:02d}-01", _month_end(year, month), count))
            return _trim(bars)
    return [TimelineBar(str(year), f"{year}-01-01", f"{year}-12-31", years.get(year, 0))
            for year in range(first, last + 1)]


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _trim(bars: list[TimelineBar]) -> list[TimelineBar]:
    """Drop the empty months before the first and after the last statement."""
    counts = [bar.count for bar in bars]
    first = next(i for i, c in enumerate(counts) if c)
    last = len(counts) - next(i for i, c in enumerate(reversed(counts)) if c)
    return bars[first:last]


def dated_by_year_only(bars: list[TimelineBar], total: int) -> int:
    """Of the `total` statements a search matched within part of one year, those dated only by the year:
    a month view leaves them out of its bars, and a year view is drawn only when none is dated within a month."""
    if all(bar.start[5:] == "01-01" and bar.end[5:] == "12-31" for bar in bars):
        return total
    return total - sum(bar.count for bar in bars)
