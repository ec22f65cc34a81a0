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
A second, unstemmed field with positions would have doubled the postings a
build writes.

Wildcards, though, are about words as written: `decoloni*` must find
"decolonization", which is indexed as the stem `decolon`. So title and body
each have a field of their words as written, folded and lowercased but not
stemmed, recording only which documents hold each word (`WrittenWords`: no
positions, frequencies or spans), which is all a wildcard needs to match.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from itertools import compress
from operator import add
from struct import Struct

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.formats import Characters, Existence
from whoosh.lang.porter import stem
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint

from archive.folding import fold

# A word, with a dot inside it kept only where it belongs to the word: after a
# single letter (U.S, e.g, C.1), between digits (3.5), after a short acronym
# (PV.6191, UNGA.78) or a UN symbol's suffix (Rev.1, Add.2, Corr.1). Elsewhere a
# dot between letters is a missing space: "Human Rights.Coexistence",
# "apartheid.The" and "Law of the Sea.3" are two words each (issue 17).
WORD = re.compile(
    r"\w+(?:\.(?:(?<=\b\w\.)\w+|(?<=\d\.)\d+"
    r"|(?:(?<=\b[A-Z]{2}\.)|(?<=\b[A-Z]{3}\.)|(?<=\b[A-Z]{4}\.))[A-Z0-9]\w*"
    r"|(?:(?<=\bRev\.)|(?<=\bAdd\.)|(?<=\bCorr\.))\d+))*")
_TERM_CACHE: dict[str, str] = {}
_TERM_CACHE_LIMIT = 2_000_000


def prose_term(word: str) -> str:
    """The index term of one word of prose: lowercased, folded, stemmed."""
    return prose_posting(word)[0]


def spelling_code(word: str) -> int:
    """A 16-bit code of a word as written, case and accents aside: the forms
    of one stem ("mine", "mines", "mining") get different codes."""
    return prose_posting(word)[1]


def prose_posting(word: str) -> tuple[str, int, str]:
    """(stem, spelling code, word folded and lowercased) of a word of prose."""
    posting = _TERM_CACHE.get(word)
    if posting is None:
        if len(_TERM_CACHE) > _TERM_CACHE_LIMIT:
            _TERM_CACHE.clear()
        folded = fold(word.lower())
        posting = _TERM_CACHE[word] = (stem(folded), zlib.crc32(folded.encode("utf-8")) & 0xFFFF, folded)
    return posting


_last_read: tuple[str, list[tuple[tuple[str, int, str], int, int]]] = ("", [])


def prose_words(text: str) -> list[tuple[tuple[str, int, str], int, int]]:
    """(prose_posting, start, end) of each word of a text, in order. A body is indexed four times over
    (its words' positions, their written forms, their pairs and their counts: schema.py), one field
    after the other, so the last text's words are kept and each field reads them, not the text again."""
    global _last_read
    read_text, words = _last_read
    if read_text is not text:
        words = [(prose_posting(match.group()), match.start(), match.end()) for match in WORD.finditer(text)]
        _last_read = (text, words)
    return words


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
    tokenizer pattern, terms, positions and spans), each with the spelling
    code of the word as written. A posting is four packed columns (positions,
    starts, lengths, codes) after the count, in native byte order, instead of
    Whoosh's pickled tuples: phrase matching reads a column as integers
    without a Python step per occurrence."""

    def word_values(self, value, analyzer, **kwargs):
        found: dict[str, list[tuple[int, int, int, int]]] = {}
        for position, ((term, code, _written), start, end) in enumerate(prose_words(value)):
            occurrence = (position, start, min(end - start, 0xFFFF), code)
            occurrences = found.get(term)
            if occurrences is None:
                found[term] = [occurrence]
            else:
                occurrences.append(occurrence)
        boost = self.field_boost
        for term, occurrences in found.items():
            count = len(occurrences)
            packer = _PACKERS.get(count) or _columns_packer(count)
            positions, starts, lengths, codes = zip(*occurrences, strict=True)
            yield term, count, count * boost, pack_uint(count) + packer.pack(*positions, *starts, *lengths, *codes)

    @staticmethod
    def columns(value: bytes) -> tuple[memoryview, memoryview, memoryview, memoryview]:
        """(positions, starts, lengths, spelling codes) of a posting, as integer views."""
        count = unpack_uint(value[:_INT_SIZE])[0]
        view = memoryview(value)
        starts_at = _INT_SIZE + 4 * count
        lengths_at = starts_at + 4 * count
        codes_at = lengths_at + 2 * count
        return (view[_INT_SIZE:starts_at].cast("I"), view[starts_at:lengths_at].cast("I"),
                view[lengths_at:codes_at].cast("H"), view[codes_at:codes_at + 2 * count].cast("H"))

    @staticmethod
    def spelled_positions(value: bytes, code: int | None) -> tuple[int, ...] | list[int]:
        """The positions of a posting's occurrences spelled `code` (all if None), in order: only the
        positions and codes are unpacked, by one C call (a phrase checks tens of thousands of postings)."""
        unpack = _UNPACKERS.get(len(value))
        if unpack is None:
            if len(value) > _UNPACKED_UP_TO:  # a long posting's unpacker is large: its views are read instead
                positions, _starts, _lengths, codes = ProseCharacters.columns(value)
                return positions.tolist() if code is None else list(compress(positions, map(code.__eq__, codes)))
            unpack = _positions_unpacker(len(value))
        unpacked = unpack(value)
        count = len(unpacked) >> 1
        if code is None:
            return unpacked[:count]
        codes = unpacked[count:]
        if codes.count(code) == count:
            return unpacked[:count]
        return list(compress(unpacked[:count], map(code.__eq__, codes)))

    @classmethod
    def spelled_characters(cls, value: bytes) -> list[tuple[int, int, int, int]]:
        """(position, start, end, spelling code) of each occurrence in a posting."""
        positions, starts, lengths, codes = cls.columns(value)
        return list(zip(positions, starts, map(add, starts, lengths), codes, strict=True))

    def decode_positions(self, valuestring):
        return list(self.columns(valuestring)[0])

    def decode_characters(self, valuestring):
        return [occurrence[:3] for occurrence in self.spelled_characters(valuestring)]

    def decode_position_boosts(self, valuestring):
        return [(position, 1.0) for position in self.columns(valuestring)[0]]


class WrittenWords(Existence):
    """Which documents hold each word as written: the terms written_analyzer()
    gives, computed in bulk as ProseCharacters computes the prose terms."""

    def word_values(self, value, analyzer, **kwargs):
        boost = self.field_boost
        for word in {posting[2] for posting, _start, _end in prose_words(value)}:
            yield word, 1, boost, b""


_PACKERS: dict[int, Struct] = {}


def _columns_packer(count: int) -> Struct:
    """Packs `count` positions and starts (32 bits) and lengths and codes (16 bits), in native order."""
    packer = _PACKERS[count] = Struct(f"={count}I{count}I{count}H{count}H")
    return packer


_UNPACKERS: dict[int, Callable] = {}
_UNPACKED_UP_TO = _INT_SIZE + 12 * 256  # postings of up to 256 occurrences are unpacked by a Struct kept for their size


def _positions_unpacker(size: int) -> Callable:
    """Unpacks the positions and codes of a posting of `size` bytes (after the count: positions,
    starts and lengths skipped, codes), in native order."""
    count = (size - _INT_SIZE) // 12
    unpack = _UNPACKERS[size] = Struct(f"={_INT_SIZE}x{count}I{6 * count}x{count}H").unpack
    return unpack


def prose_analyzer():
    return RegexTokenizer(WORD.pattern) | ProseFilter()


def name_analyzer():
    return RegexTokenizer(WORD.pattern) | LowercaseFilter() | FoldFilter()


def written_analyzer():
    """Words as written, folded and lowercased, not stemmed (as names are); a wildcard's text as one token."""
    return name_analyzer()
