"""How text becomes index terms: one analyzer for prose, one for names.

Both fold diacritics (Kelbecer finds Kəlbəcər). Prose is stemmed (mine finds
mines); names are not, so speaker:Aliyev does not drift to other names. No
stop list: phrases such as "the right of reply" must keep their small words
(../shared/notes/whoosh-measured.md, last line).

Indexing cost is per token, so prose terms come from one function,
`prose_term`, cached per word: the query analyzer calls it token by token,
and the prose fields' format (`ProseCharacters`) calls it in bulk, which makes
the same terms at a fraction of the cost of Whoosh's chain of generators.

Stemming merges spellings ("mines" finds "mine"), but quotes must not:
each posting also carries a code of the word as written (`spelling_code`),
so a quoted word can require its own spelling from the stemmed postings.
A second, unstemmed field would have doubled the postings a build writes.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from itertools import accumulate

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.compat import dumps, loads
from whoosh.formats import Characters
from whoosh.lang.porter import stem
from whoosh.system import _INT_SIZE, pack_uint

from archive.folding import fold

# Whoosh's default tokenizer pattern: words, with inner dots kept (U.S, 3.5).
WORD = re.compile(r"\w+(?:\.?\w+)*")
_TERM_CACHE: dict[str, str] = {}
_TERM_CACHE_LIMIT = 2_000_000


def prose_term(word: str) -> str:
    """The index term of one word of prose: lowercased, folded, stemmed."""
    return _prose_posting(word)[0]


def spelling_code(word: str) -> int:
    """A 16-bit code of a word as written, case and accents aside: the forms
    of one stem ("mine", "mines", "mining") get different codes."""
    return _prose_posting(word)[1]


def _prose_posting(word: str) -> tuple[str, int]:
    posting = _TERM_CACHE.get(word)
    if posting is None:
        if len(_TERM_CACHE) > _TERM_CACHE_LIMIT:
            _TERM_CACHE.clear()
        folded = fold(word.lower())
        posting = _TERM_CACHE[word] = (stem(folded), zlib.crc32(folded.encode("utf-8")) & 0xFFFF)
    return posting


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
    """Positions, character spans and spelling codes of each term, in bulk.

    Gives the postings Characters would give with prose_analyzer() (same
    tokenizer pattern, terms, positions and spans: Characters decodes them),
    each with the spelling code of the word as written."""

    def word_values(self, value, analyzer, **kwargs):
        found = defaultdict(list)
        for position, match in enumerate(WORD.finditer(value)):
            term, code = _prose_posting(match.group())
            found[term].append((position, match.start(), match.end(), code))
        boost = self.field_boost
        for term, postings in found.items():
            yield term, len(postings), len(postings) * boost, self.encode(postings)

    def encode(self, postings):
        deltas = []
        position = end = 0
        for new_position, start, new_end, code in postings:
            deltas.append((new_position - position, start - end, new_end - start, code))
            position, end = new_position, new_end
        return pack_uint(len(deltas)) + dumps(deltas, 2)

    @staticmethod
    def positions_spelled(value: bytes, code: int | None = None) -> list[int]:
        """Positions of a posting, only those written with `code` if given."""
        deltas = loads(value[_INT_SIZE:])
        positions = accumulate(delta[0] for delta in deltas)
        if code is None:
            return list(positions)
        return [position for position, delta in zip(positions, deltas, strict=True)
                if len(delta) > 3 and delta[3] == code]

    @staticmethod
    def spelled_characters(value: bytes) -> list[tuple[int, int, int, int | None]]:
        """(position, start, end, spelling code) of each occurrence in a posting."""
        position = end = 0
        occurrences = []
        for delta in loads(value[_INT_SIZE:]):
            position += delta[0]
            start = end + delta[1]
            end = start + delta[2]
            occurrences.append((position, start, end, delta[3] if len(delta) > 3 else None))
        return occurrences


def prose_analyzer():
    return RegexTokenizer(WORD.pattern) | ProseFilter()


def name_analyzer():
    return RegexTokenizer(WORD.pattern) | LowercaseFilter() | FoldFilter()
