"""What a query matches, in what order, and the hits of one page.

Filters and dates are sets of document numbers from the facet table,
intersected with what the words match: never pasted into the user's query.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from whoosh import query as wq

from archive.engine import Query
from archive.highlight import HitTerms, find_spans, snippet
from archive.ranking import Ranking
from archive.requests import Hit
from archive.variants import expand_names, quote_names
from archive.whoosh_engine.documents import from_stored
from archive.whoosh_engine.facet_table import FacetTable
from archive.whoosh_engine.phrases import check_phrases
from archive.whoosh_engine.postings import documents, scores
from archive.whoosh_engine.postings import ranked as ranked_scores
from archive.whoosh_engine.proximity import with_proximity
from archive.whoosh_engine.query import check_syntax, expanded, parse_query
from archive.whoosh_engine.schema import FILTER_FIELDS
from archive.whoosh_engine.terms import hit_terms, stored_tokens
from archive.whoosh_engine.variants import expand_variants

SPEAKING_FIRST = 1000.0  # added to the score of the speaking State's statements: above any words' score


@dataclass
class Matches:
    """What a query matches before paging: the documents, the filters and date
    range as sets, and the ranking when it was computed on the way."""

    q: wq.Query
    table: FacetTable
    matched: frozenset[int]
    restrictions: dict[str, frozenset[int]]
    ranked: list[tuple[int, float]] | None
    variants: list[str]
    scores: dict[int, float] | None = None  # what relevance ranks by, per document matched (postings.scores)

    def narrowed(self, skipped: str | None = None) -> frozenset[int]:
        """The matches within every restriction but `skipped`'s."""
        result = self.matched
        for name, docs in self.restrictions.items():
            if name != skipped:
                result = result & docs
        return result


def match(searcher, query: Query, table: FacetTable, ranking: Ranking) -> Matches:
    q, variants = with_variants(query.text, searcher.schema, query.exact, ranking)
    q = expanded(q, searcher.reader())
    check_phrases(q, searcher.reader())
    restrictions = {name: _having(searcher, table, name, values) for name, values in query.filters.items() if values}
    if query.period is not None:
        restrictions["dates"] = table.in_period(*query.period)
    ranked = scored = None
    if isinstance(q, wq.Every):
        matched = table.live
    elif query.sort == "relevance":
        # A phrase ranks by itself; words by their scores with their phrase's as a bonus (ranking_query).
        # Both are scored with their matches, in one pass (postings.scores, or Whoosh's for other queries).
        by = speaking_first(q, query) if _has_phrase(q) else ranking_query(searcher, q, query, ranking)
        scored = scores(searcher, by, restrictions.get("dates"))  # every count and page keeps to the dates
        if scored is not None:
            matched = table.live.intersection(scored)
        elif _has_phrase(q):  # matching a phrase is the costly part: Whoosh's one scoring pass ranks and matches
            ranked = list(searcher.search(by, limit=None).items())
            matched = table.live.intersection(docnum for docnum, _score in ranked)
        else:
            matched = table.live.intersection(documents(searcher, q))
    else:
        matched = table.live.intersection(documents(searcher, q))
    return Matches(q, table, matched, restrictions, ranked, variants, scored)


def ranking_query(searcher, q: wq.Query, query: Query, ranking: Ranking) -> wq.Query:
    """What relevance ranks by: the words, their phrase as a bonus (proximity), the speaking State first."""
    return speaking_first(with_proximity(q, searcher.reader(), ranking), query)


def speaking_first(q: wq.Query, query: Query) -> wq.Query:
    """The ranking query with the statements of the State the words begin with first
    (archive.speaking_state): a score no words reach, added to theirs, so each part keeps its order."""
    if not query.speaking:
        return q
    return wq.AndMaybe(q, wq.ConstantScoreQuery(wq.Term("facet_country", query.speaking), SPEAKING_FIRST))


def _having(searcher, table: FacetTable, name: str, values) -> frozenset[int]:
    """The statements with any of `values` in filter `name`: a symbol from its
    field (whatever its case, with or without its year), the others from the table."""
    if name not in FILTER_FIELDS:
        return table.with_values(name, values)
    field = FILTER_FIELDS[name]
    return frozenset(searcher.docs_for_query(wq.Or([wq.Term(field, value.lower()) for value in values])))


def with_variants(text: str, schema, exact: bool, ranking: Ranking) -> tuple[wq.Query, list[str]]:
    """The parsed query with the other spellings of the names in it (none if
    `exact`), and those spellings."""
    if exact:
        check_syntax(text)
        return parse_query(quote_names(text), schema, ranking.title_boost, checked=True), []
    check_syntax(text)  # the limits apply to what the user typed, not to the spellings added
    text, named = expand_names(text)
    q, variants = expand_variants(parse_query(text, schema, ranking.title_boost, checked=True))
    return q, list(dict.fromkeys(named + variants))


def ordered(searcher, query: Query, found: Matches, shown, stop: int | None, ranking: Ranking):
    """(document number, score) of the first `stop` hits (all if None), in the
    query's order: the ranking for relevance, the dates otherwise."""
    if query.sort == "relevance" and not isinstance(found.q, wq.Every):
        ranked = found.ranked
        if ranked is None and found.scores is not None:
            ranked = ranked_scores(found.scores, shown, stop)
        elif ranked is None:
            restricted = set(shown) if found.restrictions else None
            ranked = searcher.search(ranking_query(searcher, found.q, query, ranking), filter=restricted,
                                     limit=stop).items()
        return [item for item in ranked if item[0] in shown][:stop]
    # Dates are in memory: sorting needs no column reads. Undated come last either way;
    # statements of the same date follow their ids, so the order is the same in every build.
    newest = query.sort != "oldest"
    dates, ranks, received = found.table.date_start, found.table.id_rank, found.table.received

    def key(docnum: int):
        if query.sort == "received":  # the latest received first (ISO 8601 sorts as text)
            return (received[docnum], -ranks[docnum])
        date = dates[docnum]
        return (date != 0, date if newest else -date, -ranks[docnum])

    in_order = sorted(shown, key=key, reverse=True) if stop is None else heapq.nlargest(stop, shown, key=key)
    return [(docnum, None) for docnum in in_order]


def hits(searcher, found: Matches, items, snippets: bool = True) -> list[Hit]:
    """The hits of `items`, with snippets marking the query's words unless `snippets` is False (empty)."""
    received = found.table.received
    if not snippets:
        return [Hit(statement=from_stored(searcher.stored_fields(docnum)), score=score, snippet="",
                    received=received[docnum] or None) for docnum, score in items]
    wanted = hit_terms(found.q, searcher.reader())
    tokens = stored_tokens(searcher, [d for d, _ in items], "body", wanted.all_words) if wanted else {}
    return [_hit(searcher, docnum, score, wanted, tokens.get(docnum, []), received[docnum] or None)
            for docnum, score in items]


def _has_phrase(q: wq.Query) -> bool:
    return isinstance(q, wq.Phrase) or any(_has_phrase(child) for child in q.children())


def _hit(searcher, docnum: int, score: float | None, wanted: HitTerms, tokens, received: str | None) -> Hit:
    stored = searcher.stored_fields(docnum)
    spans = find_spans(tokens, wanted) if wanted else []
    return Hit(statement=from_stored(stored), score=score, snippet=snippet(stored["body"], spans), received=received)
