"""Adjacent words indexed as one term, so a phrase is matched without its words' positions.

A phrase of common words ("human rights", "right of reply") was matched by
unpacking every position of each of its words in every statement holding them
all: at 54,760 statements 0.35-0.55 s, most of it unpacking the postings of
words found in nearly every statement (issue 18). Each body is therefore also
indexed as the pairs of its adjacent prose terms ("human right", "right of",
"of repli"), each posting holding where the pair starts and the spellings of
its two words. A phrase of two words is one pair: how often a statement holds
it is the count of the pair's occurrences spelled as quoted. A longer phrase
starts where its first pair stands and each next pair one word further on.

The answers are those of the words' positions, exactly: a phrase stands at
s when its word i is the term at s + i for every i, which is when pair i
stands at s + i; and the spelling codes are the words' own
(analysis.spelling_code), checked per occurrence as phrases.py checks them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from struct import Struct

from whoosh.formats import Format
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint

from archive.whoosh_engine.analysis import WORD, prose_posting

SEPARATOR = " "  # between a pair's two terms: never inside a term (analysis.WORD)
CODE_BITS = 16  # a pair's spellings in one number: the first word's code above the second's


def pair_term(first: str, second: str) -> str:
    """The index term of two adjacent prose terms."""
    return first + SEPARATOR + second


def pair_terms(words) -> list[str]:
    """The pairs of a phrase of prose terms, in order."""
    return [pair_term(first, second) for first, second in pairwise(words)]


def pair_codes(codes: list[int | None]) -> list[tuple[int, int]]:
    """Per pair of a phrase's spelling codes (None for any form): (mask, code) that a pair
    occurrence's spellings must give when masked."""
    found = []
    for first, second in pairwise(codes):
        mask = (0 if first is None else 0xFFFF << CODE_BITS) | (0 if second is None else 0xFFFF)
        found.append((mask, (first or 0) << CODE_BITS | (second or 0)))
    return found


class WordPairs(Format):
    """The pairs of adjacent prose terms of a text. A posting is, after the count, the positions
    where the pair starts and then, for each, its two words' spelling codes in one number (native
    order): a phrase spelled as most texts spell it is counted by one comparison of bytes."""

    def word_values(self, value, analyzer, **kwargs):
        found: dict[str, tuple[list[int], list[int]]] = {}
        terms = [prose_posting(match.group()) for match in WORD.finditer(value)]
        for position, ((first, first_code, _), (second, second_code, _)) in enumerate(pairwise(terms)):
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


def phrase_counts(postings: list[dict[int, bytes]], spellings: list[tuple[int, int]],
                  candidates) -> Iterator[tuple[int, int]]:
    """(document, how often it holds the phrase) for each candidate holding it, from its pairs'
    postings (document -> posting, one dict per pair, in the phrase's order) and spellings (pair_codes)."""
    if len(postings) == 1:
        (found,), ((mask, code),) = postings, spellings
        for docnum in candidates:
            count = count_spelled(found[docnum], mask, code)
            if count:
                yield docnum, count
        return
    # The pair with the fewest occurrences gives the starts; the others keep those they agree with.
    for docnum in candidates:
        order = sorted(range(len(postings)), key=lambda index: len(postings[index][docnum]))
        starts = None
        for index in order:
            mask, code = spellings[index]
            found = spelled_starts(postings[index][docnum], mask, code, index)
            starts = found if starts is None else starts & found
            if not starts:
                break
        if starts:
            yield docnum, len(starts)
