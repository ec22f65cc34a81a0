"""Every match of a query, and its words' scores, read a block of postings at a time.

Whoosh steps through postings one document at a time in Python, a few method
calls per document to list a query's matches and as many again to score them:
on 54,760 statements, 0.1-0.3 s for a common word whatever the page shows
(issue 18). Its codec keeps up to 128 documents of a word as one compressed
pickle of ids, weights and values (whoosh.codec.whoosh3.W3LeafMatcher), so
here a block's document numbers go into a set at once, and a word's scores
are computed over a block's weights with Whoosh's own BM25 function
(whoosh.scoring.bm25) on the field lengths held in memory (files.open_searcher).

The answers are Whoosh's: the same documents (a part of the query this does
not read, a phrase or a wildcard, is asked of Whoosh and combined as a set),
and the same scores to the bit (the same function on the same numbers, added
in the same order), ranked as Whoosh ranks them, ties by document number.
This uses the private block reader of whoosh-reloaded 2.7's codec (pinned
below 2.8), as files.py does.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F, bm25
from whoosh.util.numeric import byte_to_length

LENGTHS = tuple(byte_to_length(byte) for byte in range(256))  # a field length kept in one byte, as a number


def documents(searcher, q: wq.Query) -> set[int]:
    """The documents `q` matches, deleted ones possibly among them (the caller keeps the live)."""
    kind = type(q)
    if q is wq.NullQuery:
        return set()
    if kind is wq.Term:
        return _term_documents(searcher, q.fieldname, q.text)
    if kind is wq.Or and not q.minmatch:
        return set().union(*(documents(searcher, child) for child in q.subqueries))
    if kind is wq.And:
        positive = [child for child in q.subqueries if type(child) is not wq.Not]
        if positive:
            found = set.intersection(*(documents(searcher, child) for child in positive))
            for child in q.subqueries:
                if type(child) is wq.Not:
                    found -= documents(searcher, child.query)
            return found
    if kind is wq.AndNot:
        return documents(searcher, q.a) - documents(searcher, q.b)
    if kind is wq.AndMaybe:
        return documents(searcher, q.a)
    return set(searcher.docs_for_query(q))


def _term_documents(searcher, fieldname: str, text) -> set[int]:
    found: set[int] = set()
    for _segment, base, matcher in _leaf_matchers(searcher, fieldname, text):
        for ids, _weights in _blocks(matcher, weights=False):
            found.update(map(base.__add__, ids) if base else ids)
    return found


def scores(searcher, q: wq.Query) -> dict[int, float] | None:
    """Every document `q` matches with Whoosh's score for it, when `q` is a word: a term, or an
    Or of two terms (a word in titles and bodies), scored by BM25F; None for other queries."""
    terms = [q] if type(q) is wq.Term else q.subqueries if type(q) is wq.Or else []
    if (not terms or len(terms) > 2 or any(type(term) is not wq.Term for term in terms)
            or type(q) is wq.Or and (q.boost != 1.0 or q.scale or q.minmatch)
            or type(searcher.weighting) is not BM25F
            or not all(term.fieldname in searcher.schema and searcher.schema[term.fieldname].scorable
                       for term in terms)):
        return None
    found: dict[int, float] = {}
    for term in terms:
        # Whoosh adds a union's two scores as a + b; addition of two numbers is the same either way round.
        for docnum, score in _term_scores(searcher, term):
            found[docnum] = found[docnum] + score if docnum in found else score
    return found


def _term_scores(searcher, term: wq.Term) -> Iterator[tuple[int, float]]:
    """(document number, score) of a term's postings, as BM25FScorer.score and a boost's WrappingMatcher give it."""
    fieldname, weighting = term.fieldname, searcher.weighting
    leaves = list(_leaf_matchers(searcher, fieldname, term.text))
    if not leaves:
        return
    btext = searcher.schema[fieldname].to_bytes(term.text)
    idf, average = searcher.idf(fieldname, btext), searcher.avg_field_length(fieldname) or 1
    b, k1, boost = weighting._field_B.get(fieldname, weighting.B), weighting.K1, term.boost
    for segment, base, matcher in leaves:
        lengths = segment._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        for ids, weights in _blocks(matcher, weights=True):
            for docnum, weight in zip(ids, weights, strict=True):
                score = bm25(idf, weight, LENGTHS[lengths[docnum]], average, b, k1)
                yield base + docnum, score * boost if boost != 1.0 else score


def _leaf_matchers(searcher, fieldname: str, text):
    """(segment reader, its first document number, its postings of the term) for each segment holding it."""
    if fieldname not in searcher.schema:
        return
    try:
        btext = searcher.schema[fieldname].to_bytes(text)
    except ValueError:
        return
    for segment, base in searcher.reader().leaf_readers():
        if (fieldname, btext) in segment:
            matcher = segment.postings(fieldname, btext)
            if isinstance(matcher, FilterMatcher):  # the segment's deleted documents: the caller keeps the live
                matcher = matcher.child
            if not isinstance(matcher, W3LeafMatcher):
                raise TypeError(f"postings read by {type(matcher).__name__}, not the codec this module reads")
            yield segment, base, matcher


def _blocks(matcher: W3LeafMatcher, weights: bool):
    """The segment's document numbers of each block of postings, with their weights if `weights`."""
    while matcher.is_active():
        matcher._read_ids()
        if weights:
            matcher._read_weights()
        yield matcher._ids, matcher._weights if weights else None
        matcher._next_block()


def ranked(found: dict[int, float], shown, stop: int | None) -> list[tuple[int, float]]:
    """The first `stop` (all if None) of `found` within `shown`, as Whoosh orders its results:
    the highest score first, equal scores by document number."""
    if len(found) != len(shown) or not shown.issuperset(found):
        found = {docnum: score for docnum, score in found.items() if docnum in shown}
    if stop is not None and stop < len(found):
        least = heapq.nlargest(stop, found.values())[-1] if stop else float("inf")
        found = {docnum: score for docnum, score in found.items() if score >= least}
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))[:stop]
