"""The searchable archive: one request in, one result out, for every caller.

The web page, the JSON API, the exports and the command line all go through
`Archive.search`, so they agree. The Archive follows the published build
and validates requests; the engine (archive.engine) matches, counts and
marks. Filters and dates reach the engine as filters, never pasted into the
user's query.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from archive import storage
from archive.dates import parse_period
from archive.engine import Engine, Exported, Found, Occurrences, Query, Reader
from archive.engines import DEFAULT_ENGINE
from archive.errors import IndexMissing, IndexOutdated, RequestError
from archive.highlight import HitTerms
from archive.profiles import ROW_NAMES, Profile, build_profile, fuller_or_shorter, same_words
from archive.ranking import TUNED, Ranking
from archive.requests import FACETS, FacetValue, SearchRequest, SearchResult, validate
from archive.result_cache import DEFAULT_BUDGET, ResultCache
from archive.speaking_state import speaking_state
from archive.spelled_alike import SPELLED_ALIKE, SpelledAlike
from archive.statement import Statement
from archive.vocabulary import facet_value


class Archive:
    """Read access to the index at `index_dir`, safe to share between threads.

    When a new build is published, the next call opens it and closes the
    reader of the old one: a request never mixes two builds. Search pages and
    "more like this" are kept per build within `cache_bytes` (archive.result_cache)."""

    def __init__(self, index_dir: Path | str, ranking: Ranking = TUNED, engine: Engine = DEFAULT_ENGINE,
                 cache_bytes: int = DEFAULT_BUDGET):
        self.index_dir = Path(index_dir)
        self.ranking = ranking
        self.engine = engine
        self._lock = threading.Lock()
        self._build: Path | None = None
        self._reader: Reader | None = None
        self._manifests: dict[Path, dict] = {}
        self._same_words: dict[tuple[Path, str], dict[str, dict[str, int]]] = {}
        self._spelled: dict[tuple[Path, str], SpelledAlike] = {}
        self._answers = ResultCache(cache_bytes)

    def _served_build(self) -> Path:
        build = storage.current_build(self.index_dir)
        if build is None:
            raise IndexMissing(f"No index at {self.index_dir}: build one with `verbatim index`.")
        return build

    def _current(self) -> Reader:
        return self._opened()[1]

    def _opened(self) -> tuple[Path, Reader]:
        """The served build and its reader, opened when a new build was published."""
        build = self._served_build()
        with self._lock:
            if build == self._build and self._reader is not None:
                return build, self._reader
        if storage.index_format(build) != storage.INDEX_FORMAT:
            raise IndexOutdated(f"The index at {self.index_dir} was written by an older Verbatim: rebuild it "
                                "with `verbatim index` (scripts/serve does so for the seed archive).")
        with self._lock:
            if build != self._build or self._reader is None:
                stale, self._reader, self._build = self._reader, self.engine.open(build, self.ranking), build
                self._answers.serve(build)
                if stale is not None:
                    stale.close()
            return build, self._reader

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            reader, self._reader, self._build = self._reader, None, None
        if reader is not None:
            reader.close()

    # -- reading -----------------------------------------------------------

    def count(self) -> int:
        return self._current().count()

    def warm(self) -> None:
        """Open the served build and load what searches share (facet sets, field lengths),
        so the first request is as fast as the rest; nothing happens without an index."""
        with contextlib.suppress(IndexMissing, IndexOutdated):
            self.search(SearchRequest(q="the", size=1))

    def build_id(self) -> str:
        """The name of the served build: it changes with every build published."""
        return self._served_build().name

    def build_time(self) -> float:
        """When the served build was written (seconds since the epoch)."""
        return self._served_build().stat().st_mtime

    def get(self, statement_id: str) -> Statement | None:
        return self._current().get(statement_id)

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
        build, reader = self._opened()
        return self._answers.get(build, ("more like", statement_id, top), lambda: reader.more_like(statement_id, top),
                                 lambda similar: sum(_statement_size(s) for s in similar))

    def hit_terms(self, q: str, exact: bool = False) -> HitTerms:
        """The words a query lights up in prose, name variants included unless `exact`."""
        return self._current().hit_terms(q, exact)

    def facet_values(self, name: str) -> list[str]:
        """Every value facet `name` has in the archive (speaker, country, forum ...), a speaker
        once whatever the sources' accents or case (archive.spelled_alike)."""
        return sorted(self.facet_counts(name)) if name in SPELLED_ALIKE else self._current().facet_values(name)

    def facet_counts(self, name: str) -> dict[str, int]:
        """Every value facet `name` has in the archive, with its number of statements
        (from the build's facet table: nothing is counted again)."""
        build, reader = self._opened()
        counts = reader.facet_counts(name)
        return self._alike(build, reader, name).merged(counts) if name in SPELLED_ALIKE else counts

    def _alike(self, build: Path, reader: Reader, kind: str) -> SpelledAlike:
        """The spellings of facet `kind`'s values grouped as one, made once per build from its own
        values: a statement added with a new spelling regroups the others at once."""
        with self._lock:
            alike = self._spelled.get((build, kind))
        if alike is None:
            alike = SpelledAlike.of(reader.facet_counts(kind))
            with self._lock:
                self._spelled = {key: value for key, value in self._spelled.items() if key[0] == build}
                self._spelled[(build, kind)] = alike
        return alike

    def profile(self, kind: str, name: str) -> Profile:
        """The profile of `name`, a value of facet `kind` (archive.profiles.PROFILED): its
        posts, States, forums and years from the rows the engine keeps, never its texts."""
        build, reader = self._opened()
        speakers = self._alike(build, reader, "speaker")
        rows = reader.rows(self._spread(Query(filters={kind: (name,)}, sort="oldest")), ROW_NAMES)
        grouped = self._named_alike(build, reader, kind)
        possibly = {}
        if kind == "speaker":
            states = {state for row in rows for state in row.values["country"]}
            possibly = {other: count for other, count in fuller_or_shorter(name, grouped).items()
                        if states & {state for row in reader.rows(self._spread(Query(filters={kind: (other,)})),
                                                                  ("country",))
                                     for state in row.values["country"]}}
        return build_profile(kind, name, rows, grouped.get(same_words(name), {}), possibly, speakers.shown)

    def _named_alike(self, build: Path, reader: Reader, kind: str) -> dict[str, dict[str, int]]:
        """The values of facet `kind` (a speaker once, archive.spelled_alike) grouped by their words
        (archive.profiles.same_words), with their statements: counted once per build, as the facet
        table is loaded once."""
        with self._lock:
            grouped = self._same_words.get((build, kind))
        if grouped is None:
            grouped = {}
            counts = reader.facet_counts(kind)
            for value, count in (self._alike(build, reader, kind).merged(counts) if kind in SPELLED_ALIKE
                                 else counts).items():
                grouped.setdefault(same_words(value), {})[value] = count
            with self._lock:
                self._same_words = {key: value for key, value in self._same_words.items() if key[0] == build}
                self._same_words[(build, kind)] = grouped
        return grouped

    # -- searching ---------------------------------------------------------

    def _asked(self, request: SearchRequest) -> Query:
        """The engine's question (_as_kept), a speaker standing for each of its spellings (_spread)."""
        return self._spread(self._as_kept(request))

    def _as_kept(self, request: SearchRequest) -> Query:
        """The request with a speaker or meeting written with other case, accents or word order read as
        the value the archive shows ('speaker=Sekou Toure' is Sékou Touré), as its page's URL is."""
        filters = {name: tuple(self._kept(name, value) if name in _NAMED_FILTERS else value for value in values)
                   for name, values in request.filters.items()}
        return _query(replace(request, filters=filters))

    def _kept(self, kind: str, value: str) -> str:
        """The spelling shown for `value` (archive.spelled_alike), else the commonest value written with
        the same words in another order, else `value`."""
        build, reader = self._opened()
        if kind in SPELLED_ALIKE and (shown := self._alike(build, reader, kind).shown_as(value)):
            return shown
        alike = self._named_alike(build, reader, kind).get(same_words(value), {})
        return value if value in alike or not alike else max(alike, key=alike.get)

    def _spread(self, query: Query) -> Query:
        """The query with each speaker it filters by standing for every spelling of the name."""
        build, reader = self._opened()
        spread = {name: self._alike(build, reader, name).every(values)
                  for name, values in query.filters.items() if name in SPELLED_ALIKE}
        return replace(query, filters={**query.filters, **spread}) if spread else query

    def search(self, request: SearchRequest) -> SearchResult:
        validate(request)
        kept = self._as_kept(request)
        query = self._spread(kept)
        start, stop = (request.page - 1) * request.size, request.page * request.size
        build, reader = self._opened()
        found = self._answers.get(build, ("search", _query_key(query), start, stop),
                                  lambda: reader.search(query, start, stop), _found_size)
        counts = {name: self._alike(build, reader, name).merged(found.counts[name]) if name in SPELLED_ALIKE
                  else found.counts[name] for name in FACETS}
        facets = {name: _facet_values(counts[name], kept.filters.get(name, ()), name) for name in FACETS}
        speaking = query.speaking if found.counts["country"].get(query.speaking) else None
        return SearchResult(request=request, total=found.total, hits=found.hits, facets=facets,
                            timeline=found.timeline, variants=found.variants, suggestion=found.suggestion,
                            speaking=speaking)

    def occurrences(self, request: SearchRequest) -> list[Occurrences]:
        """The statements the request matches that hold its words in their text, in the
        request's order, each with where its hits are (archive.concordance, archive.trends)."""
        validate(request)
        return self._current().occurrences(self._asked(request))

    def words_per_year(self, request: SearchRequest) -> dict[str, int]:
        """The words of all statements the request's filters and dates admit (its words aside), per year."""
        validate(request)
        return self._current().words_per_year(self._asked(request))

    def passages(self, statement_ids: list[str]) -> list[tuple[Statement, str]]:
        """Each statement with its text as indexed, where the spans of `occurrences` count."""
        return self._current().passages(statement_ids)

    def bodies(self, request: SearchRequest) -> Iterator[str]:
        """The text, as indexed, of every statement the request matches (archive.compare)."""
        validate(request)
        return self._current().bodies(self._asked(request))

    def words(self, text: str) -> list[str]:
        """The words of a text as written, split as the index splits them."""
        return self.engine.words(text)

    def term(self, word: str) -> str:
        """The index term of one word (its stem, folded): the search finds its forms together."""
        return self.engine.term(word)

    def export(self, request: SearchRequest, snippets: bool | None = True, snippets_up_to: int = 0) -> Exported:
        """Every statement the request matches, in its order, and how many; with snippets if
        `snippets`, or (None) if they are up to `snippets_up_to`: marking the words costs most
        of a large export."""
        validate(request)
        return self._current().export(self._asked(request), snippets, snippets_up_to)


# Filters whose values are names a person types: matched as the archive keeps them, case and accents aside.
_NAMED_FILTERS = ("speaker", "meeting")


def _query(request: SearchRequest) -> Query:
    """The engine's question: filter values as indexed (AZE -> Azerbaijan), the dates as a period."""
    filters = {name: tuple(dict.fromkeys(facet_value(name, value) for value in values))
               for name, values in request.filters.items() if values}
    sort = request.effective_sort
    speaking = speaking_state(request.q) if request.state_first and sort == "relevance" else None
    if speaking and filters.get("country") and speaking not in filters["country"]:
        speaking = None  # 'Burma' with country=Thailand: no statement of Myanmar is listed to rank first
    return Query(text=request.q, exact=request.exact, filters=filters,
                 period=_period(request.date_from, request.date_to), sort=sort, speaking=speaking)


def _query_key(query: Query) -> tuple:
    return query.text, query.exact, tuple(sorted(query.filters.items())), query.period, query.sort, query.speaking


def _statement_size(statement: Statement) -> int:
    """Roughly the bytes a kept record holds: its text, and a little for its fields."""
    return len(statement.body) + len(statement.title or "") + 1024


def _found_size(found: Found) -> int:
    facet_values = sum(len(counts) for counts in found.counts.values())
    return sum(_statement_size(hit.statement) + len(hit.snippet) for hit in found.hits) + 64 * facet_values + 1024


def _facet_values(counts: dict, selected, name: str) -> list[FacetValue]:
    """The values of a facet, the most matched first (years the latest first), ties by value; a selected
    value with no match still shows, to be undone. Sorted as pairs by C keys before any FacetValue is made
    (sorting the values by a key made in Python was a third of the 2 ms a facet of 2,000 speakers took)."""
    pairs = [(str(value), count) for value, count in counts.items() if value not in (None, "")]
    pairs += [(value, 0) for value in selected if value not in counts]
    pairs.sort(key=itemgetter(0), reverse=name == "year")
    if name != "year":
        pairs.sort(key=itemgetter(1), reverse=True)  # stable: equal counts keep their values' order
    return [FacetValue(value=value, count=count, selected=value in selected) for value, count in pairs]


def _period(date_from: str | None, date_to: str | None):
    """(start, end) dates of a filter, either may be None; None when no dates are given."""
    if not date_from and not date_to:
        return None
    start = parse_period(date_from).start if date_from else None
    end = parse_period(date_to).end if date_to else None
    if start and end and start > end:
        raise RequestError(f"The start date ({date_from}) is after the end date ({date_to}).")
    return start, end
