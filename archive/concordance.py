"""A concordance (keyword in context): every occurrence of a query's words and
phrases in the text of the statements it matches, one line each, with a fixed
number of words on either side.

Where the hits are comes from the engine's stored positions
(Archive.occurrences), the same spans the snippets and the reading view mark;
the text is read only for the statements whose lines are shown. Sorted by
date, a page reads only its own statements; sorted by the word before or
after the hit, every line must be cut first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain

from archive.errors import RequestError
from archive.folding import fold
from archive.requests import SearchRequest
from archive.statement import Statement

CONTEXT_WORDS = 8
SORTS = ("oldest", "newest", "before", "after")
DEFAULT_SIZE = 50
MAX_SIZE = 500
MAX_PAGE = 10_000
METHOD = (f"Every occurrence of the query's words and phrases in the text of the matching statements, found "
          f"in the index's stored word positions as the reading view marks them, with {CONTEXT_WORDS} words "
          "on either side.")
# A line as a row of an export (CSV, JSON), the same on the web and the command line.
COLUMNS = ("date", "date_precision", "country", "speaker", "left", "hit", "right", "hit_number", "statement_id",
           "title", "url")
_CHARS_PER_WORD = 40
READ_BATCH = 200  # statements read from the index at once  # how far back and ahead to look for the context's words
_NOT_WORD = re.compile(r"\W+")


@dataclass(frozen=True)
class Line:
    statement: Statement
    hit_number: int  # the hit's place among its statement's hits, from 1: the reading view's #hit-N
    left: str
    hit: str
    right: str


@dataclass(frozen=True)
class ConcordanceRequest:
    search: SearchRequest  # the words, filters and dates; its own sort, page and size are not used
    sort: str = "oldest"
    page: int = 1
    size: int = DEFAULT_SIZE


@dataclass(frozen=True)
class Concordance:
    request: ConcordanceRequest
    total: int  # lines in all
    statements: int  # statements holding them
    lines: list[Line]  # this page's

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))


def row(line: Line, url: str) -> tuple:
    """The line's cells in COLUMNS' order; `url` is the reading view at its hit."""
    s = line.statement
    return (s.date, s.date_precision, s.country, s.speaker, line.left, line.hit, line.right, line.hit_number, s.id,
            s.title, url)


# What of a query chooses statements without naming words: field:value (quoted or not), operators, brackets.
_NOT_WORDS = re.compile(r'\b[A-Za-z_]+:(?:"[^"]*"|\S+)|\b(?:AND|OR|NOT)\b|[()]')


def validate(request: ConcordanceRequest) -> None:
    if not request.search.q:
        raise RequestError("A concordance lists where words occur: give words or a phrase to look for (q=...).")
    if not _NOT_WORDS.sub(" ", request.search.q).strip():
        raise RequestError(f"A concordance lists where words occur, and {request.search.q!r} names none: it only "
                           "chooses statements. Add words or a phrase to look for; the field chooses where.")
    if request.sort not in SORTS:
        raise RequestError(f"Unknown sort {request.sort!r}: use one of {', '.join(SORTS)}.")
    if not 1 <= request.page <= MAX_PAGE:
        raise RequestError(f"page must be between 1 and {MAX_PAGE}.")
    if not 1 <= request.size <= MAX_SIZE:
        raise RequestError(f"size must be between 1 and {MAX_SIZE}.")


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str, str]:
    """(left, hit, right): up to `words` words before and after the hit, whitespace collapsed."""
    before = text[max(0, start - words * _CHARS_PER_WORD):start].split()
    after = text[end:end + words * _CHARS_PER_WORD].split()
    return " ".join(before[-words:]), " ".join(text[start:end].split()), " ".join(after[:words])


def _lines_of(statement: Statement, text: str, spans) -> list[Line]:
    return [Line(statement, number, *context(text, start, end)) for number, (start, end) in enumerate(spans, 1)]


def _read(archive, found) -> Iterator[list[Line]]:
    """The lines of each of `found`'s statements, read from the index a batch at a time.
    A statement gone since (a new build came between the reads) has none."""
    for first in range(0, len(found), READ_BATCH):
        batch = found[first:first + READ_BATCH]
        spans = {o.statement_id: o.spans for o in batch}
        for statement, text in archive.passages(list(spans)):
            yield _lines_of(statement, text, spans[statement.id])


def _sort_key(sort: str):
    """Lines by the words before the hit (nearest first) or after it, folded and lowercased."""
    def words(text: str) -> list[str]:
        return [w for w in _NOT_WORD.split(fold(text.lower())) if w]

    if sort == "before":
        return lambda line: words(line.left)[::-1]
    return lambda line: words(line.right)


def _found(archive, request: ConcordanceRequest):
    validate(request)
    by_date = "newest" if request.sort == "newest" else "oldest"
    return archive.occurrences(replace(request.search, sort=by_date, page=1))


def all_lines(archive, request: ConcordanceRequest) -> Iterator[Line]:
    """Every line, in the request's order (its page and size aside), for exports."""
    found = _found(archive, request)
    if request.sort in ("before", "after"):
        return iter(sorted(chain.from_iterable(_read(archive, found)), key=_sort_key(request.sort)))
    return chain.from_iterable(_read(archive, found))


def concordance(archive, request: ConcordanceRequest) -> Concordance:
    """One page of lines. By date, only the statements on the page are read."""
    found = _found(archive, request)
    total = sum(len(o.spans) for o in found)
    first, stop = (request.page - 1) * request.size, request.page * request.size
    if request.sort in ("before", "after"):
        page = sorted(chain.from_iterable(_read(archive, found)), key=_sort_key(request.sort))[first:stop]
    else:
        on_page, seen, before = [], 0, 0  # the statements the page shows lines of
        for occurrences in found:
            count = len(occurrences.spans)
            if seen + count <= first:
                seen += count
                continue
            if not on_page:
                before = first - seen  # lines of the first statement shown that come before the page
            on_page.append(occurrences)
            seen += count
            if seen >= stop:
                break
        page = list(chain.from_iterable(_read(archive, on_page)))[before:before + request.size]
    return Concordance(request, total, len(found), page)
