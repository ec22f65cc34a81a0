"""Adjacent common words indexed as one term, so a phrase is matched without their positions.

A phrase of common words ("human rights", "right of reply") was matched by
unpacking every position of each of its words in every statement holding them
all: at 54,760 statements 0.3-0.55 s, most of it unpacking the postings of
words found in nearly every statement (issue 18). Each body is therefore also
indexed as the pairs of its adjacent common terms ("human right", "right of"),
each posting holding where the pair starts and the spellings of its two words.
Common terms are the stems most statements hold (common_words.py): a pair
holding a rarer word is not indexed, as that word's positions are few enough
to read (indexing every pair tripled the index, two thirds of its pairs found
in one statement only). A phrase is read in the
pairs covering its common words and in the positions of its other words
(PhrasePlan); a phrase with a common word no pair covers ("reply of Armenia")
is left to its words' positions (postings.py), as before.

The answers are those of the words' positions, exactly: a phrase stands at
s when its word i is the term at s + i for every i, which is when each pair
it reads stands at s + its offset and each word it reads at s + its offset,
the pairs and words read covering every word; and the spelling codes are the
words' own (analysis.spelling_code), checked per occurrence as phrases.py checks them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from struct import Struct

from whoosh.formats import Format
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint

from archive.whoosh_engine.analysis import ProseCharacters, prose_words
from archive.whoosh_engine.common_words import COMMON_TERMS

SEPARATOR = " "  # between a pair's two terms: never inside a term (analysis.WORD)
CODE_BITS = 16  # a pair's spellings in one number: the first word's code above the second's


def pair_term(first: str, second: str) -> str:
    """The index term of two adjacent prose terms."""
    return first + SEPARATOR + second


def indexed(first: str, second: str) -> bool:
    """Whether the pair of two adjacent prose terms is indexed: both are common."""
    return first in COMMON_TERMS and second in COMMON_TERMS


@dataclass(frozen=True)
class PhrasePlan:
    """How a phrase of prose terms is read: the offsets of the indexed pairs read (each covering
    its word and the next) and of the words read by their positions, covering every word."""

    pairs: tuple[int, ...]
    words: tuple[int, ...]

    @classmethod
    def of(cls, terms: list[str]) -> PhrasePlan | None:
        """The plan of a phrase with an indexed pair whose other words are rarer; None otherwise."""
        pairs = tuple(offset for offset in range(len(terms) - 1) if indexed(terms[offset], terms[offset + 1]))
        covered = {offset + step for offset in pairs for step in (0, 1)}
        words = tuple(offset for offset in range(len(terms)) if offset not in covered)
        if not pairs or any(terms[offset] in COMMON_TERMS for offset in words):
            return None
        return cls(pairs, words)

    def reads(self, terms: list[str], codes: list[int | None], pairs_field: str, words_field: str):
        """(field, term, where each of its postings lets the phrase start) of each pair and word read,
        for a phrase of `terms` spelled `codes` (None: any form)."""
        found = [(pairs_field, pair_term(terms[offset], terms[offset + 1]),
                  pair_starts(*pair_code(codes[offset], codes[offset + 1]), offset)) for offset in self.pairs]
        return found + [(words_field, terms[offset], word_starts(codes[offset], offset)) for offset in self.words]


def pair_code(first: int | None, second: int | None) -> tuple[int, int]:
    """(mask, code) that a pair occurrence's spellings give, masked, when its words are spelled
    `first` and `second` (None: any form)."""
    mask = (0 if first is None else 0xFFFF << CODE_BITS) | (0 if second is None else 0xFFFF)
    return mask, (first or 0) << CODE_BITS | (second or 0)


class WordPairs(Format):
    """The pairs of adjacent common prose terms of a text. A posting is, after the count, the positions
    where the pair starts and then, for each, its two words' spelling codes in one number (native
    order): a phrase spelled as most texts spell it is counted by one comparison of bytes."""

    def word_values(self, value, analyzer, **kwargs):
        found: dict[str, tuple[list[int], list[int]]] = {}
        terms = [posting for posting, _start, _end in prose_words(value)]
        for position, ((first, first_code, _), (second, second_code, _)) in enumerate(pairwise(terms)):
            if not indexed(first, second):
                continue
            pair = pair_term(first, second)
            occurrences = found.get(pair)
            if occurrences is None:
                occurrences = found[pair] = ([], [])
            occurrences[0].append(position)
            occurrences[1].append(first_code << CODE_BITS | second_code)
        boost = self.field_boost
        for pair, (positions, codes) in found.items():
            count = len(positions)
            yield pair, count, count * boost, pack_uint(count) + _packer(count).pack(*positions, *codes)


_PACKERS: dict[int, Struct] = {}
_PATTERNS: dict[tuple[int, int], bytes] = {}


def _packer(count: int) -> Struct:
    packer = _PACKERS.get(count)
    if packer is None:
        packer = _PACKERS[count] = Struct(f"={count}I{count}I")
    return packer


def occurrences(posting: bytes) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(positions, spelling codes) of a pair posting's occurrences."""
    count = unpack_uint(posting[:_INT_SIZE])[0]
    unpacked = _packer(count).unpack_from(posting, _INT_SIZE)
    return unpacked[:count], unpacked[count:]


def count_spelled(posting: bytes, mask: int, code: int) -> int:
    """How many of a pair posting's occurrences are spelled `code` (under `mask`)."""
    count = unpack_uint(posting[:_INT_SIZE])[0]
    if not mask:
        return count
    if mask == 0xFFFFFFFF:  # every occurrence spelled as quoted: one comparison of bytes
        pattern = _PATTERNS.get((count, code))
        if pattern is None:
            if len(_PATTERNS) > 100_000:
                _PATTERNS.clear()
            pattern = _PATTERNS[(count, code)] = _packer(1).pack(0, code)[4:] * count
        if posting.endswith(pattern):
            return count
    return sum(1 for spelled in occurrences(posting)[1] if spelled & mask == code)


def spelled_starts(posting: bytes, mask: int, code: int, offset: int) -> set[int]:
    """Where a phrase whose pair at `offset` is this posting may start, the pair spelled `code`."""
    positions, codes = occurrences(posting)
    if not mask:
        return set(map((-offset).__add__, positions))
    return {position - offset for position, spelled in zip(positions, codes, strict=True) if spelled & mask == code}


def pair_starts(mask: int, code: int, offset: int) -> Callable[[bytes], set[int]]:
    """Where a phrase may start, from a posting of its pair at `offset` spelled `code` under `mask`."""
    return lambda posting: spelled_starts(posting, mask, code, offset)


def word_starts(code: int | None, offset: int) -> Callable[[bytes], set[int]]:
    """Where a phrase may start, from a posting of its word at `offset` spelled `code` (None: any form)."""
    return lambda posting: set(map((-offset).__add__, ProseCharacters.spelled_positions(posting, code)))


def phrase_counts(read: list[tuple[dict[int, bytes], Callable[[bytes], set[int]]]],
                  candidates) -> Iterator[tuple[int, int]]:
    """(document, how often it holds the phrase) for each candidate holding it, from the postings of
    the pairs and words read (document -> posting, and where each posting lets the phrase start)."""
    # The shortest posting gives the starts; the others keep those they agree with.
    for docnum in candidates:
        starts = None
        for postings, starts_in in sorted(read, key=lambda item: len(item[0][docnum])):
            found = starts_in(postings[docnum])
            starts = found if starts is None else starts & found
            if not starts:
                break
        if starts:
            yield docnum, len(starts)
