"""Reading one build: the engine's Reader (archive.engine) on Whoosh.

A Whoosh searcher is not thread-safe, so each call checks one out of a small
pool and returns it after: searchers are reused across requests (whatever
thread serves them) but never used by two at once. A new build gets a new
Reader, never a refresh()ed searcher: refresh after a merge can return
duplicates (../shared/notes/whoosh-measured.md). The facet table is loaded
once per build, by the first search that needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from whoosh import query as wq

from archive.engine import Exported, Found, Occurrences, Query, Row
from archive.errors import RequestError
from archive.highlight import HitTerms
from archive.ranking import Ranking
from archive.requests import FACETS, Hit
from archive.statement import Statement
from archive.whoosh_engine.documents import from_stored
from archive.whoosh_engine.facet_table import FacetTable
from archive.whoosh_engine.files import open_searcher
from archive.whoosh_engine.matching import hits, match, ordered, with_variants
from archive.whoosh_engine.occurrences import occurrences
from archive.whoosh_engine.query import as_parsed, parse_query
from archive.whoosh_engine.spelling import FEW_RESULTS, did_you_mean
from archive.whoosh_engine.terms import hit_terms

MORE_LIKE_CHARS = 6000  # the opening is enough to find the subject, and keeps the reading view fast
EXPORT_BATCH = 100


class WhooshReader:
    MAX_IDLE = 8

    def __init__(self, build: Path, ranking: Ranking):
        self.build = build
        self.ranking = ranking
        self._lock = threading.Lock()
        self._idle: list = []
        self._table: FacetTable | None = None
        self._closed = False

    @contextmanager
    def _searcher(self):
        with self._lock:
            searcher = self._idle.pop() if self._idle else None
        if searcher is None:
            searcher = open_searcher(self.build)
        try:
            yield searcher
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self.MAX_IDLE
                if keep:
                    self._idle.append(searcher)
            if not keep:
                searcher.close()

    def close(self) -> None:
        """Close the idle searchers; those in use close when their call ends."""
        with self._lock:
            idle, self._idle, self._closed = self._idle, [], True
        for searcher in idle:
            searcher.close()

    def _facet_table(self, searcher) -> FacetTable:
        table = self._table
        if table is None:
            table = FacetTable.load(searcher)
            with self._lock:
                self._table = table
        return table

    def count(self) -> int:
        with self._searcher() as searcher:
            return searcher.doc_count()

    def get(self, statement_id: str) -> Statement | None:
        with self._searcher() as searcher:
            stored = searcher.document(id=statement_id)
        return from_stored(stored) if stored else None

    def more_like(self, statement_id: str, top: int) -> list[Statement]:
        """Statements sharing the most telling words of this one's opening."""
        with self._searcher() as searcher:
            docnum = searcher.document_number(id=statement_id)
            if docnum is None:
                return []
            text = searcher.stored_fields(docnum)["body"][:MORE_LIKE_CHARS]
            similar = searcher.more_like(docnum, "body", text=text, top=top)
            return [from_stored(hit.fields()) for hit in similar]

    def hit_terms(self, text: str, exact: bool) -> HitTerms:
        with self._searcher() as searcher:
            return hit_terms(with_variants(text, searcher.schema, exact, self.ranking)[0], searcher.reader())

    def occurrences(self, query: Query) -> list[Occurrences]:
        """Every matching statement with hits in its body, in the query's order, and where they are."""
        with self._searcher() as searcher:
            found = match(searcher, query, self._facet_table(searcher), self.ranking)
            in_order = ordered(searcher, query, found, found.narrowed(), None, self.ranking)
            return occurrences(searcher, found, [docnum for docnum, _score in in_order])

    def words_per_year(self, query: Query) -> dict[str, int]:
        """The words of every statement the query's filters and dates admit, its words aside, per year."""
        with self._searcher() as searcher:
            found = match(searcher, replace(query, text=""), self._facet_table(searcher), self.ranking)
            return found.table.words_per_year(found.narrowed())

    def passages(self, statement_ids: list[str]) -> list[tuple[Statement, str]]:
        """Each statement with its text as indexed (where Occurrences' spans count), in the order
        given; an id not in this build is left out. Found by the facet table's ids, not by a query each."""
        with self._searcher() as searcher:
            table = self._facet_table(searcher)
            docnums = table.docnums_of(statement_ids)
            found = []
            for docnum in docnums:
                stored = searcher.stored_fields(docnum)
                found.append((from_stored(stored), stored["body"]))
            return found

    def bodies(self, query: Query) -> Iterator[str]:
        """The text, as indexed, of every statement the query matches (compare counts its words)."""
        with self._searcher() as searcher:
            found = match(searcher, query, self._facet_table(searcher), self.ranking)
            for docnum in sorted(found.narrowed()):
                yield searcher.stored_fields(docnum)["body"]

    def rows(self, query: Query, names: tuple[str, ...]) -> list[Row]:
        """Every matching statement, oldest first, with its values of `names`, from the facet table."""
        by_date = replace(query, sort="oldest")
        with self._searcher() as searcher:
            found = match(searcher, by_date, self._facet_table(searcher), self.ranking)
            in_order = ordered(searcher, by_date, found, found.narrowed(), None, self.ranking)
        table = found.table
        return [Row(table.ids[docnum], {name: table.values(name, docnum) for name in names})
                for docnum, _score in in_order]

    def facet_counts(self, name: str) -> dict[str, int]:
        with self._searcher() as searcher:
            table = self._facet_table(searcher)
        return dict(table.counts(name, table.live))

    def facet_values(self, name: str) -> list[str]:
        return sorted(self.facet_counts(name))

    def search(self, query: Query, start: int, stop: int) -> Found:
        with self._searcher() as searcher:
            found = match(searcher, query, self._facet_table(searcher), self.ranking)
            shown = found.narrowed()
            # A filtered facet counts as if it were not filtered, so its other
            # values stay visible with the number each would add.
            counts = {name: found.table.counts(name, found.narrowed(name) if name in query.filters else shown)
                      for name in FACETS}
            page = []
            if start < len(shown):
                page = hits(searcher, found, ordered(searcher, query, found, shown, stop, self.ranking)[start:])
            suggestion = None
            if len(shown) < FEW_RESULTS and not isinstance(found.q, wq.Every):
                suggestion = self._suggestion(searcher, query, found.table, len(shown))
            return Found(total=len(shown), hits=page, counts=counts, timeline=found.table.timeline(shown),
                         variants=found.variants, suggestion=suggestion)

    def _suggestion(self, searcher, query: Query, table: FacetTable, total: int) -> str | None:
        """The query with its words corrected, if that finds more statements than it did."""
        # Corrections are placed by character in the text the parser read.
        corrected = did_you_mean(searcher, parse_query(query.text, searcher.schema), as_parsed(query.text.strip()))
        if corrected is None:
            return None
        try:
            better = len(match(searcher, replace(query, text=corrected), table, self.ranking).narrowed()) > total
        except RequestError:  # a correction the archive would refuse is no help
            return None
        return corrected if better else None

    def export(self, query: Query, snippets: bool | None = True, snippets_up_to: int = 0) -> Exported:
        with self._searcher() as searcher:
            found = match(searcher, query, self._facet_table(searcher), self.ranking)
            in_order = ordered(searcher, query, found, found.narrowed(), None, self.ranking)
        marked = len(in_order) <= snippets_up_to if snippets is None else snippets

        def in_batches() -> Iterator[Hit]:  # document numbers hold for every searcher of this build
            with self._searcher() as searcher:
                for first in range(0, len(in_order), EXPORT_BATCH):
                    yield from hits(searcher, found, in_order[first:first + EXPORT_BATCH], marked)

        return Exported(len(in_order), marked, in_batches())
