"""The phrase bonus of archive.ranking: a query of plain words also scores its
words as a phrase, in every statement it matches.

The bonus is an optional clause of the ranking query (Lucene's and
Elasticsearch's "match, and should match_phrase"): the statements matched are
those of the words, and each one holding them together, in order, gains the
phrase's own score (BM25 on how often it holds the phrase, phrases.py). It
was a reordering of the best 30 matches, so for a common phrase the
statements holding it most often might never be looked at (issue 17).
"""

from __future__ import annotations

from whoosh import query as wq

from archive.ranking import Ranking
from archive.whoosh_engine.phrases import QuotedPhrase, only_common_words

MAX_PROXIMITY_WORDS = 6  # questions as people type them: "end of the cold war"
FIELD = "body"  # where the words are found, and their phrase looked for
TITLE = "title"


def with_proximity(q: wq.Query, reader, ranking: Ranking) -> wq.Query:
    """The query to rank by: `q`, and for two to six plain words, their phrase as an optional clause."""
    words = proximity_words(q) if ranking.proximity else None
    if not words or only_common_words(reader, FIELD, words):
        return q  # a phrase of "of the" would read nearly every statement's positions
    # In titles too, weighed as their words are: a speaker's name is a phrase of the title of their statement.
    phrases = [QuotedPhrase(field, words, boost=ranking.proximity * boost) for field, boost in
               ((TITLE, ranking.title_boost), (FIELD, 1.0))]
    return wq.AndMaybe(q, wq.Or(phrases))


def proximity_words(q: wq.Query) -> list[str] | None:
    """The body terms of a query of two to six plain words, in order; else None."""
    if not isinstance(q, wq.And) or not 2 <= len(q.subqueries) <= MAX_PROXIMITY_WORDS:
        return None
    words = []
    for child in q.subqueries:
        terms = [child] if type(child) is wq.Term else child.subqueries if isinstance(child, wq.Or) else []
        body = [term.text for term in terms if type(term) is wq.Term and term.fieldname == FIELD]
        if len(body) != 1:
            return None
        words.append(body[0])
    return words
