"""The searchable archive: one request in, one result out, for every caller.

The web page, the JSON API and the command line all go through
`Archive.search`, so they agree. Facet selections and dates become Whoosh
query objects passed as `filter=`; they are never pasted into the user's
query string.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import query as wq

from archive import storage
from archive.dates import parse_period
from archive.documents import from_stored
from archive.errors import IndexMissing, IndexOutdated, RequestError
from archive.facets import FacetTable
from archive.highlight import HitTerms, find_spans, hit_terms, snippet, stored_tokens
from archive.query import as_parsed, check_expansions, check_syntax, parse_query
from archive.ranking import TUNED, Ranking, proximity_words, rescore
from archive.requests import FACETS, FacetValue, Hit, SearchRequest, SearchResult, validate
from archive.schema import INDEX_FORMAT
from archive.spelling import FEW_RESULTS, did_you_mean
from archive.statement import Statement
from archive.variants import expand_names, expand_variants
from archive.vocabulary import facet_value

MORE_LIKE_CHARS = 6000  # the opening is enough to find the subject, and keeps the reading view fast


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

    def __init__(self, index_dir: Path | str, ranking: Ranking = TUNED):
        self.index_dir = Path(index_dir)
        self.ranking = ranking
        self._lock = threading.Lock()
        self._build: Path | None = None
        self._idle: list = []
        self._facets: dict[Path, FacetTable] = {}
        self._manifests: dict[Path, dict] = {}

    # -- searchers ---------------------------------------------------------

    @contextmanager
    def _searcher(self):
        build = storage.current_build(self.index_dir)
        if build is None:
            raise IndexMissing(f"No index at {self.index_dir}: build one with `verbatim index`.")
        if build != self._build and storage.index_format(build) != INDEX_FORMAT:
            raise IndexOutdated(f"The index at {self.index_dir} was written by an older Verbatim: rebuild it "
                                "with `verbatim index` (scripts/serve does so for the seed archive).")
        with self._lock:
            if self._build != build:
                stale, self._idle, self._build = self._idle, [], build
                for old in stale:
                    old.close()
            searcher = self._idle.pop() if self._idle else None
        if searcher is None:
            searcher = storage.open_searcher(build)
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

    def original_path(self, statement_id: str) -> Path | None:
        """The build's own copy of the file a statement was indexed from, as it
        was then: an edit or a move of the source since changes nothing. The
        path comes from the build's manifest, never from a caller."""
        build = storage.current_build(self.index_dir)
        with self._lock:
            manifest = self._manifests.get(build)
        if manifest is None:
            manifest = storage.read_manifest(build) or {}
            with self._lock:
                self._manifests = {build: manifest}
        recorded = manifest.get(statement_id)
        path = storage.original_path(build, recorded.original) if recorded and recorded.original else None
        return path if path is not None and path.is_file() else None

    def more_like(self, statement_id: str, top: int = 5) -> list[Statement]:
        """Statements sharing the most telling words of this one's opening."""
        with self._searcher() as searcher:
            docnum = searcher.document_number(id=statement_id)
            if docnum is None:
                return []
            text = searcher.stored_fields(docnum)["body"][:MORE_LIKE_CHARS]
            similar = searcher.more_like(docnum, "body", text=text, top=top)
            return [from_stored(hit.fields()) for hit in similar]

    def hit_terms(self, q: str, exact: bool = False) -> HitTerms:
        """The words a query lights up in prose, name variants included unless `exact`."""
        with self._searcher() as searcher:
            return hit_terms(_with_variants(q, searcher.schema, exact, self.ranking)[0], searcher.reader())

    # -- searching ---------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        validate(request)
        with self._searcher() as searcher:
            return self._search(searcher, request)

    def facet_values(self, name: str) -> list[str]:
        """Every value facet `name` has in the archive (speaker, country, forum ...)."""
        with self._searcher() as searcher:
            table = self._facet_table(searcher)
        return sorted(value for value, docs in table.docs[name].items() if docs & table.live)

    def _facet_table(self, searcher) -> FacetTable:
        """The facet table of the build `searcher` reads, loaded once per build."""
        build = self._build
        with self._lock:
            table = self._facets.get(build)
        if table is None:
            table = FacetTable.load(searcher)
            with self._lock:
                self._facets = {build: table}
        return table

    def _search(self, searcher, request: SearchRequest) -> SearchResult:
        found = _match(searcher, request, self._facet_table(searcher), self.ranking)
        shown = found.narrowed()
        # A selected facet counts as if it were not selected, so its other
        # values stay visible with the number each would add.
        facets = {
            name: _facet_values(found.table.counts(name, found.narrowed(name) if name in found.selected else shown),
                                found.selected.get(name, ()), name)
            for name in FACETS
        }
        start, stop = (request.page - 1) * request.size, request.page * request.size
        hits = []
        if start < len(shown):
            hits = _hits(searcher, found, _ordered(searcher, request, found, shown, stop, self.ranking)[start:])
        suggestion = None
        if len(shown) < FEW_RESULTS and not isinstance(found.q, wq.Every):
            # Corrections are placed by character in the text the parser read.
            suggestion = did_you_mean(searcher, parse_query(request.q, searcher.schema),
                                      as_parsed(request.q.strip()))
        return SearchResult(request=request, total=len(shown), hits=hits, facets=facets,
                            timeline=found.table.timeline(shown), variants=found.variants, suggestion=suggestion)

    def export(self, request: SearchRequest, batch: int = 100) -> Iterator[Hit]:
        """Every statement the request matches, in its order, with snippets (for CSV)."""
        validate(request)
        with self._searcher() as searcher:
            found = _match(searcher, request, self._facet_table(searcher), self.ranking)
            ordered = _ordered(searcher, request, found, found.narrowed(), None, self.ranking)
            for first in range(0, len(ordered), batch):
                yield from _hits(searcher, found, ordered[first:first + batch])


@dataclass
class _Matches:
    """What a query matches before paging: the documents, the facet selections
    and date range as sets, and the ranking when it was computed on the way."""

    q: wq.Query
    table: FacetTable
    matched: frozenset[int]
    selected: dict[str, tuple[str, ...]]
    restrictions: dict[str, frozenset[int]]
    ranked: list[tuple[int, float]] | None
    variants: list[str]

    def narrowed(self, skipped: str | None = None) -> frozenset[int]:
        """The matches within every restriction but `skipped`'s."""
        result = self.matched
        for name, docs in self.restrictions.items():
            if name != skipped:
                result = result & docs
        return result


def _match(searcher, request: SearchRequest, table: FacetTable, ranking: Ranking) -> _Matches:
    q, variants = _with_variants(request.q, searcher.schema, request.exact, ranking)
    check_expansions(q, searcher.reader())
    selected = {name: tuple(dict.fromkeys(facet_value(name, value) for value in values))
                for name, values in request.filters.items() if values}
    restrictions = {name: table.with_values(name, values) for name, values in selected.items()}
    period = _period(request.date_from, request.date_to)
    if period is not None:
        restrictions["dates"] = table.in_period(*period)
    ranked = None
    if isinstance(q, wq.Every):
        matched = table.live
    elif request.effective_sort == "relevance" and _has_phrase(q):
        # Matching a phrase is the costly part: one scoring pass gives both
        # the ranking and the matches, instead of matching twice.
        ranked = list(searcher.search(q, limit=None).items())
        matched = table.live.intersection(docnum for docnum, _score in ranked)
    else:
        matched = table.live.intersection(searcher.docs_for_query(q))
    return _Matches(q, table, matched, selected, restrictions, ranked, variants)


def _with_variants(text: str, schema, exact: bool, ranking: Ranking) -> tuple[wq.Query, list[str]]:
    """The parsed query with the other spellings of the names in it (none if
    `exact`), and those spellings."""
    if exact:
        return parse_query(text, schema, ranking.title_boost), []
    check_syntax(text)  # the limits apply to what the user typed, not to the spellings added
    text, named = expand_names(text)
    q, variants = expand_variants(parse_query(text, schema, ranking.title_boost, checked=True))
    return q, list(dict.fromkeys(named + variants))


def _ordered(searcher, request: SearchRequest, found: _Matches, shown, stop: int | None, ranking: Ranking):
    """(document number, score) of the first `stop` hits (all if None), in the
    request's order: the ranking for relevance, the dates otherwise."""
    if request.effective_sort == "relevance" and not isinstance(found.q, wq.Every):
        words = proximity_words(found.q) if ranking.proximity else None
        ranked = found.ranked
        if ranked is None:
            restricted = set(shown) if found.restrictions else None
            limit = None if stop is None else max(stop, ranking.window) if words else stop
            ranked = searcher.search(found.q, filter=restricted, limit=limit).items()
        in_order = [item for item in ranked if item[0] in shown]
        if words:
            in_order = rescore(searcher, in_order, words, ranking)
        return in_order[:stop]
    # Dates are in memory: sorting needs no column reads. Undated come last either way;
    # statements of the same date follow their ids, so the order is the same in every build.
    newest = request.effective_sort != "oldest"
    dates, ranks = found.table.date_start, found.table.id_rank

    def key(docnum: int):
        date = dates[docnum]
        return (date != 0, date if newest else -date, -ranks[docnum])

    ordered = sorted(shown, key=key, reverse=True) if stop is None else heapq.nlargest(stop, shown, key=key)
    return [(docnum, None) for docnum in ordered]


def _hits(searcher, found: _Matches, items) -> list[Hit]:
    wanted = hit_terms(found.q, searcher.reader())
    tokens = stored_tokens(searcher, [d for d, _ in items], "body", wanted.all_words) if wanted else {}
    return [_hit(searcher, docnum, score, wanted, tokens.get(docnum, [])) for docnum, score in items]


def _has_phrase(q: wq.Query) -> bool:
    return isinstance(q, wq.Phrase) or any(_has_phrase(child) for child in q.children())


def _hit(searcher, docnum: int, score: float | None, wanted: HitTerms, tokens) -> Hit:
    stored = searcher.stored_fields(docnum)
    spans = find_spans(tokens, wanted) if wanted else []
    return Hit(statement=from_stored(stored), score=score, snippet=snippet(stored["body"], spans))


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


def _period(date_from: str | None, date_to: str | None):
    """(start, end) dates of a filter, either may be None; None when no dates are given."""
    if not date_from and not date_to:
        return None
    start = parse_period(date_from).start if date_from else None
    end = parse_period(date_to).end if date_to else None
    if start and end and start > end:
        raise RequestError(f"The start date ({date_from}) is after the end date ({date_to}).")
    return start, end
