"""The searchable archive: one request in, one result out, for every caller.

The web page, the JSON API and the command line all go through
`Archive.search`, so they agree. Facet selections and dates become Whoosh
query objects passed as `filter=`; they are never pasted into the user's
query string.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import sorting

from archive import storage
from archive.analysis import prose_analyzer
from archive.dates import as_number, parse_period
from archive.documents import from_stored
from archive.errors import IndexMissing, RequestError
from archive.highlight import HitTerms, find_spans, hit_terms, snippet, stored_tokens
from archive.query import parse_query
from archive.schema import FACET_FIELDS
from archive.statement import Statement

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000


@dataclass(frozen=True)
class SearchRequest:
    """Everything that decides a result page; the web app builds it from the URL."""

    q: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str | None = None  # None: relevance for a query, newest when browsing
    page: int = 1
    size: int = 20

    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q.strip() else "newest")


@dataclass(frozen=True)
class Hit:
    statement: Statement
    score: float | None
    snippet: str  # HTML, escaped, hits in <mark>


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResult:
    request: SearchRequest
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))


class Archive:
    """Read access to the index at `index_dir`, safe to share between threads.

    A Whoosh searcher is not thread-safe, so each request checks one out of a
    small pool and returns it after: searchers are reused across requests
    (whatever thread serves them) but never used by two at once. When a new
    build is published the pool is emptied and searchers are reopened, not
    refresh()ed: refresh after a merge can return duplicates
    (../shared/notes/whoosh-measured.md).
    """

    MAX_IDLE = 8

    def __init__(self, index_dir: Path | str):
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._build: Path | None = None
        self._idle: list = []

    # -- searchers ---------------------------------------------------------

    @contextmanager
    def _searcher(self):
        build = storage.current_build(self.index_dir)
        if build is None:
            raise IndexMissing(f"No index at {self.index_dir}: build one with `verbatim index`.")
        with self._lock:
            if self._build != build:
                stale, self._idle, self._build = self._idle, [], build
                for old in stale:
                    old.close()
            searcher = self._idle.pop() if self._idle else None
        if searcher is None:
            searcher = whoosh_index.FileIndex(storage.open_storage(build)).searcher()
        try:
            yield searcher
        finally:
            with self._lock:
                keep = self._build == build and len(self._idle) < self.MAX_IDLE
                if keep:
                    self._idle.append(searcher)
            if not keep:
                searcher.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle, self._build = self._idle, [], None
        for searcher in idle:
            searcher.close()

    # -- reading -----------------------------------------------------------

    def count(self) -> int:
        with self._searcher() as searcher:
            return searcher.doc_count()

    def build_time(self) -> float:
        """When the served build was written (seconds since the epoch)."""
        build = storage.current_build(self.index_dir)
        if build is None:
            raise IndexMissing(f"No index at {self.index_dir}: build one with `verbatim index`.")
        return build.stat().st_mtime

    def get(self, statement_id: str) -> Statement | None:
        with self._searcher() as searcher:
            stored = searcher.document(id=statement_id)
        return from_stored(stored) if stored else None

    def hit_terms(self, q: str) -> HitTerms:
        """The words a query lights up in prose; for the reading view."""
        with self._searcher() as searcher:
            return hit_terms(parse_query(q, searcher.schema), searcher.reader())

    @staticmethod
    def analyzer():
        """The analyzer of the body field, to find hits in text as the index does."""
        return prose_analyzer()

    # -- searching ---------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        _validate(request)
        with self._searcher() as searcher:
            return self._search(searcher, request)

    def _search(self, searcher, request: SearchRequest) -> SearchResult:
        q = parse_query(request.q, searcher.schema)
        date_filter = _date_filter(request.date_from, request.date_to)
        selected = {name: values for name, values in request.filters.items() if values}

        def filter_without(skipped: str | None) -> wq.Query | None:
            parts = [_facet_filter(name, values) for name, values in selected.items() if name != skipped]
            if date_filter is not None:
                parts.append(date_filter)
            return wq.And(parts) if parts else None

        unselected = {name: _facet(name) for name in FACET_FIELDS if name not in selected}
        sort = request.effective_sort
        results = searcher.search(
            q,
            filter=filter_without(None),
            limit=request.page * request.size,
            sortedby=_sort_facet(sort),
            groupedby=unselected or None,
        )
        counts = {name: results.groups(name) for name in unselected}
        # A selected facet counts as if it were not selected, so its other
        # values stay visible with the number each would add.
        for name in selected:
            other = searcher.search(q, filter=filter_without(name), limit=1, groupedby={name: _facet(name)})
            counts[name] = other.groups(name)

        start = (request.page - 1) * request.size
        wanted = hit_terms(q, searcher.reader())
        hits = [_hit(searcher, hit, wanted, sort) for hit in results[start:start + request.size]]
        facets = {
            name: _facet_values(counts[name], selected.get(name, ()), name)
            for name in FACET_FIELDS
        }
        return SearchResult(request=request, total=len(results), hits=hits, facets=facets)


def _hit(searcher, hit, wanted: HitTerms, sort: str) -> Hit:
    stored = hit.fields()
    spans = []
    if wanted:
        spans = find_spans(stored_tokens(searcher, hit.docnum, "body", wanted.all_words), wanted)
    return Hit(
        statement=from_stored(stored),
        score=hit.score if sort == "relevance" else None,
        snippet=snippet(stored["body"], spans),
    )


def _validate(request: SearchRequest) -> None:
    if request.sort is not None and request.sort not in SORTS:
        raise RequestError(f"Unknown sort {request.sort!r}: use one of {', '.join(SORTS)}.")
    if not 1 <= request.page <= MAX_PAGE:
        raise RequestError(f"page must be between 1 and {MAX_PAGE}.")
    if not 1 <= request.size <= MAX_PAGE_SIZE:
        raise RequestError(f"size must be between 1 and {MAX_PAGE_SIZE}.")
    for name in request.filters:
        if name not in FACET_FIELDS:
            raise RequestError(f"Unknown filter {name!r}: use {', '.join(FACET_FIELDS)}.")


def _facet(name: str) -> sorting.FieldFacet:
    fieldname, multi = FACET_FIELDS[name]
    return sorting.FieldFacet(fieldname, allow_overlap=multi, maptype=sorting.Count)


def _facet_filter(name: str, values) -> wq.Query:
    fieldname, _multi = FACET_FIELDS[name]
    return wq.Or([wq.Term(fieldname, value) for value in values])


def _facet_values(counts: dict, selected, name: str) -> list[FacetValue]:
    values = [
        FacetValue(value=str(value), count=count, selected=str(value) in selected)
        for value, count in counts.items()
        if value not in (None, "")
    ]
    for value in selected:  # a selection with no match still shows, to be undone
        if value not in counts:
            values.append(FacetValue(value=value, count=0, selected=True))
    if name == "year":
        values.sort(key=lambda v: v.value, reverse=True)
    else:
        values.sort(key=lambda v: (-v.count, v.value))
    return values


def _date_filter(date_from: str | None, date_to: str | None) -> wq.Query | None:
    """Statements whose date period overlaps [from, to]."""
    start = parse_period(date_from).start if date_from else None
    end = parse_period(date_to).end if date_to else None
    if start and end and start > end:
        raise RequestError(f"The start date ({date_from}) is after the end date ({date_to}).")
    parts = []
    if start:
        parts.append(wq.NumericRange("date_end", as_number(start), None))
    if end:
        parts.append(wq.NumericRange("date_start", None, as_number(end)))
    return wq.And(parts) if parts else None


def _sort_facet(sort: str):
    if sort == "relevance":
        return None
    newest = sort == "newest"
    # Undated statements come last either way.
    return sorting.MultiFacet([
        sorting.FieldFacet("dated", reverse=True),
        sorting.FieldFacet("date_start", reverse=newest),
    ])
