"""How text becomes index terms: one analyzer for prose, one for names.

Both fold diacritics (Kelbecer finds Kəlbəcər). Prose is stemmed (mine finds
mines); names are not, so speaker:Aliyev does not drift to other names. No
stop list: phrases such as "the right of reply" must keep their small words
(../shared/notes/whoosh-measured.md, last line).

Indexing cost is per token, so prose terms come from one function,
`prose_term`, cached per word: the query analyzer calls it token by token,
and the body's format (`ProseCharacters`) calls it in bulk, which makes the
same terms at a fraction of the cost of Whoosh's chain of generators.
"""

from __future__ import annotations

import re
from collections import defaultdict

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.formats import Characters
from whoosh.lang.porter import stem

from archive.folding import fold

# Whoosh's default tokenizer pattern: words, with inner dots kept (U.S, 3.5).
WORD = re.compile(r"\w+(?:\.?\w+)*")
_TERM_CACHE: dict[str, str] = {}
_TERM_CACHE_LIMIT = 2_000_000


def prose_term(word: str) -> str:
    """The index term of one word of prose: lowercased, folded, stemmed."""
    term = _TERM_CACHE.get(word)
    if term is None:
        if len(_TERM_CACHE) > _TERM_CACHE_LIMIT:
            _TERM_CACHE.clear()
        term = _TERM_CACHE[word] = stem(fold(word.lower()))
    return term


class ProseFilter(Filter):
    """Lowercase, fold and stem in one pass."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = prose_term(token.text)
            yield token


class FoldFilter(Filter):
    """Folds each token's text to its accent-free form."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


class ProseCharacters(Characters):
    """Positions and character spans of each term, computed in bulk.

    Gives exactly the postings Characters would give with prose_analyzer():
    same tokenizer pattern, same terms, same positions and spans."""

    def word_values(self, value, analyzer, **kwargs):
        found = defaultdict(list)
        for position, match in enumerate(WORD.finditer(value)):
            found[prose_term(match.group())].append((position, match.start(), match.end()))
        boost = self.field_boost
        for term, postings in found.items():
            yield term, len(postings), len(postings) * boost, self.encode(postings)


def prose_analyzer():
    return RegexTokenizer(WORD.pattern) | ProseFilter()


def name_analyzer():
    return RegexTokenizer(WORD.pattern) | LowercaseFilter() | FoldFilter()
