"""How relevance is weighed: settings the evaluation can vary and measure.

BM25 ranks a query's matches; two choices are made on top of it. A title
says who spoke, for whom and where ("Statement by Ilham Aliyev (Azerbaijan),
UN General Assembly, 2019"), so a word found there counts more than in the
body (small words aside: archive/whoosh_engine/small_words.py). And when the
words of a query of plain words stand together in a statement, in order, it
is likely about that very thing ("climate change"), so every statement
matched also scores the words as a phrase, weighed `proximity`.

`scripts/relevance` measures TUNED on the General Debate corpus, beside SQLite
FTS5's bm25, on the queries it was tuned on and on queries held apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ranking:
    title_boost: float = 1.0  # a title match against a body match (on top of the schema's own 2.0)
    proximity: float = 0.0  # the weight of the words' phrase score beside their own scores


UNTUNED = Ranking()
TUNED = Ranking(title_boost=2.0, proximity=0.75)
