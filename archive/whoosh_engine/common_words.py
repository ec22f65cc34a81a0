"""The words most statements hold, and how often each statement holds them.

A word found in most statements ("the", "peace", "rights") was scored by
unpacking its postings in the body, every position, character span and
spelling of every occurrence, to read one number per statement: how often
it occurs. "the" cost 370 ms on the General Debate, and an unquoted query of
a few such words ("of the United Nations") a second. Each body therefore also
keeps, for its common words only, that number alone (CommonCounts), which a
word's matches and scores are read from (postings.py); its positions are read
from the body where a phrase or a snippet needs them.

Common words are the stems held by 30% or more of the General Debate's
statements (common_terms.txt, written by scripts/common-terms). Their adjacent
pairs are indexed too (pairs.py).
"""

from __future__ import annotations

from pathlib import Path

from whoosh.formats import Existence

from archive.whoosh_engine.analysis import prose_words

# A change to the list changes what a build indexes: it raises archive.storage.INDEX_FORMAT.
COMMON_TERMS = frozenset(line for line in Path(__file__).with_name("common_terms.txt").read_text("utf-8").splitlines()
                         if line and not line.startswith("#"))


class CommonCounts(Existence):
    """How often a text holds each of its common prose terms: the body's own weight for the term (its
    count times the field's boost, as analysis.ProseCharacters gives it), with no value to unpack."""

    def word_values(self, value, analyzer, **kwargs):
        counts: dict[str, int] = {}
        for (term, _code, _written), _start, _end in prose_words(value):
            if term in COMMON_TERMS:
                counts[term] = counts.get(term, 0) + 1
        boost = self.field_boost
        for term, count in counts.items():
            yield term, count, count * boost, b""
