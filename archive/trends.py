"""Trends: how often a query's words occur per year, as a rate per 10,000 words
of all the statements of that year, beside the raw counts, for up to five series.

A series is one search: several queries with the same filters, or one query
split by up to five values of a filter (five States, say). Occurrences are
counted as the concordance counts them (Archive.occurrences: each hit in a
statement's text); the words of a year are those of every statement the
series' filters and dates admit, so a year with more speeches, or a State
that spoke longer, does not fake a rise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from archive.errors import RequestError
from archive.requests import FACETS, SearchRequest
from archive.vocabulary import doc_type_label

MAX_SERIES = 5
PER_WORDS = 10_000
SPLITS = tuple(name for name in FACETS if name != "year")  # a query split by its values of one of these
# A point as a row of an export (CSV, JSON), the same on the web and the command line.
COLUMNS = ("series", "query", "year", "occurrences", "statements", "words", f"per_{PER_WORDS}_words")
METHOD = ("Occurrences of the words in the text of the matching statements per year, counted as the concordance "
          "counts them, divided by the words of all statements of that year that the series' filters and dates "
          f"admit, times {PER_WORDS:,}.")


@dataclass(frozen=True)
class Point:
    year: str
    occurrences: int
    statements: int  # statements holding the words that year
    words: int  # words of all statements the series admits that year

    @property
    def rate(self) -> float | None:
        """Occurrences per 10,000 words; None for a year without statements."""
        return self.occurrences * PER_WORDS / self.words if self.words else None


@dataclass(frozen=True)
class Series:
    label: str
    request: SearchRequest
    points: list[Point]  # one per year of the chart, in order


@dataclass(frozen=True)
class Trends:
    years: list[str]
    series: list[Series]


def series_of(base: SearchRequest, queries: list[str], by: str | None = None) -> list[tuple[str, SearchRequest]]:
    """(label, request) of each series: one per query, or one per value of filter `by`
    (the query's own filter values), the other filters and dates shared."""
    queries = [q.strip() for q in queries if q.strip()]
    if not queries:
        raise RequestError("Trends count words: give words or a phrase to look for (q=...).")
    if by is None:
        if len(queries) > MAX_SERIES:
            raise RequestError(f"{len(queries)} queries were given: trends draw at most {MAX_SERIES} series.")
        return [(q, replace(base, q=q)) for q in queries]
    if by not in SPLITS:
        raise RequestError(f"by must be one of {', '.join(SPLITS)}, not {by!r}.")
    values = base.filters.get(by, ())
    if len(queries) > 1 or not 1 <= len(values) <= MAX_SERIES:
        raise RequestError(f"To split by {by}, give one query and one to {MAX_SERIES} values of {by} "
                           f"({by}=...&{by}=...).")
    return [(doc_type_label(value) if by == "type" else value, replace(base, q=queries[0], filters={
        **base.filters, by: (value,)})) for value in values]


def trends(archive, series: list[tuple[str, SearchRequest]]) -> Trends:
    """The counts of each series per year, over every year from the first to the last
    that any series' statements cover (within the dates asked for)."""
    counted = []
    for label, request in series:
        found = archive.occurrences(replace(request, sort="oldest", page=1))
        occurrences = Counter()
        statements = Counter()
        for item in found:
            if item.year:
                occurrences[item.year] += len(item.spans)
                statements[item.year] += 1
        counted.append((label, request, occurrences, statements, archive.words_per_year(request)))
    years = sorted({year for *_rest, words in counted for year, count in words.items() if count})
    if years:
        years = [str(year) for year in range(int(years[0]), int(years[-1]) + 1)]
    return Trends(years, [Series(label, request, [Point(year, occurrences[year], statements[year], words.get(year, 0))
                                                  for year in years])
                          for label, request, occurrences, statements, words in counted])


def rows(result: Trends):
    """Each point of each series as a row of COLUMNS (the rate to four decimals)."""
    for s in result.series:
        for p in s.points:
            yield (s.label, s.request.q, p.year, p.occurrences, p.statements, p.words,
                   None if p.rate is None else round(p.rate, 4))
