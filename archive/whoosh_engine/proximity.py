"""The phrase bonus of archive.ranking: the best matches of a query of plain
words reordered by how often they hold the words together, in order."""

from __future__ import annotations

from whoosh import query as wq

from archive.highlight import HitTerms, PhraseWord, find_spans
from archive.ranking import Ranking
from archive.whoosh_engine.terms import stored_tokens

MAX_PROXIMITY_WORDS = 4
PHRASES_COUNTED = 3  # a statement holding the phrase this often gets the whole bonus


def proximity_words(q: wq.Query) -> list[str] | None:
    """The body terms of a query of two to four plain words, in order; else None."""
    if not isinstance(q, wq.And) or not 2 <= len(q.subqueries) <= MAX_PROXIMITY_WORDS:
        return None
    words = []
    for child in q.subqueries:
        terms = [child] if type(child) is wq.Term else child.subqueries if isinstance(child, wq.Or) else []
        body = [term.text for term in terms if type(term) is wq.Term and term.fieldname == "body"]
        if len(body) != 1:
            return None
        words.append(body[0])
    return words


def rescore(searcher, ranked: list[tuple[int, float]], words: list[str], ranking: Ranking) -> list[tuple[int, float]]:
    """The first `ranking.window` of `ranked` reordered by phrase bonus; the rest as they were."""
    head, tail = ranked[:ranking.window], ranked[ranking.window:]
    phrase = HitTerms(phrases=(tuple(PhraseWord(word) for word in words),), all_words=frozenset(words))
    tokens = stored_tokens(searcher, [docnum for docnum, _ in head], "body", words)
    rescored = []
    for docnum, score in head:
        held = min(len(find_spans(tokens[docnum], phrase)), PHRASES_COUNTED)
        rescored.append((docnum, score * (1 + ranking.proximity * held / PHRASES_COUNTED)))
    rescored.sort(key=lambda item: -item[1])
    return rescored + tail
