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


@dataclass(frozen=True)
class Ranking:
    title_boost: float = 1.0  # a title match against a body match (on top of the schema's own 2.0)
    proximity: float = 0.0  # the share of its score a statement gains by holding the words as a phrase
    window: int = 30  # how many of the best matches proximity reorders (50 or 100 ranked no better)


UNTUNED = Ranking()
TUNED = Ranking(title_boost=2.0, proximity=0.5)
