"""How relevance is weighed: settings the evaluation can vary and measure.

BM25 ranks a query's matches; two choices are made on top of it. A title
says who spoke, for whom and where ("Statement by Ilham Aliyev (Azerbaijan),
UN General Assembly, 2019"), so a word found there counts more than in the
body. And when the words of a query of plain words stand together in a
statement, in order, it is likely about that very thing ("climate change"),
so the best matches are reordered by how often they hold the words as a
phrase. Phrases are checked on the best matches only (`window`): checking
every match is what makes a phrase query slow.

`scripts/relevance` measures UNTUNED and TUNED on the General Debate corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq

from archive.highlight import HitTerms, PhraseWord, find_spans, stored_tokens

MAX_PROXIMITY_WORDS = 4
PHRASES_COUNTED = 3  # a statement holding the phrase this often gets the whole bonus


@dataclass(frozen=True)
class Ranking:
    title_boost: float = 1.0  # a title match against a body match (on top of the schema's own 2.0)
    proximity: float = 0.0  # the share of its score a statement gains by holding the words as a phrase
    window: int = 30  # how many of the best matches proximity reorders (50 or 100 ranked no better)


UNTUNED = Ranking()
TUNED = Ranking(title_boost=2.0, proximity=0.5)


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
