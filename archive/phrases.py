"""Quoted phrases: matched word for word, as written, and fast.

Inside quotes a user means the words as typed: "mines" must not match
"mine", though the prose fields are stemmed. Each prose posting carries a
code of the word's spelling (archive.analysis), so a `QuotedPhrase` keeps
only the occurrences written as quoted.

Whoosh checks a phrase's positions through Span objects for every document
holding all its words; on the General Debate corpus that was 180 of the
209 ms of "human rights". Here positions come straight from the postings and
are looked up as integers. Scores are those of Whoosh's phrase
(the sum of the words' scores), so the ranking does not change.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh import matching
from whoosh import query as wq
from whoosh.qparser import PhrasePlugin
from whoosh.query.spans import Span, SpanWrappingMatcher
from whoosh.util import make_binary_tree

from archive.analysis import ProseCharacters, spelling_code


class QuotedPhrase(wq.Phrase):
    """A phrase whose words must appear in order and, in prose fields, spelled
    as quoted (case and accents aside). One quoted word is a phrase too."""

    def __init__(self, fieldname, words, slop=1, boost=1.0, char_ranges=None, spellings=None):
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.spellings = tuple(spellings) if spellings else None

    def __eq__(self, other):
        return super().__eq__(other) and self.spellings == getattr(other, "spellings", None)

    def __hash__(self):
        return hash((super().__hash__(), self.spellings))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.words!r}, spellings={self.spellings!r})"

    def normalize(self):
        if not self.words:
            return wq.NullQuery
        return self.__class__(self.fieldname, list(self.words), slop=self.slop, boost=self.boost,
                              char_ranges=self.char_ranges, spellings=self.spellings)

    def spelling_codes(self) -> list[int | None]:
        """Per word, the spelling it must have, or None where any form will do."""
        if not self.spellings or len(self.spellings) != len(self.words):
            return [None] * len(self.words)
        return [spelling_code(word) for word in self.spellings]

    def matcher(self, searcher, context=None):
        if self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[self.fieldname]
        spelled = isinstance(field.format, ProseCharacters)
        if not spelled or self.slop != 1:
            if len(self.words) == 1:
                return wq.Term(self.fieldname, self.words[0], boost=self.boost).matcher(searcher, context)
            return super().matcher(searcher, context)
        reader = searcher.reader()
        matchers = []
        for word in self.words:
            if (self.fieldname, field.to_bytes(word)) not in reader:
                return matching.NullMatcher()
            matchers.append(wq.Term(self.fieldname, word).matcher(searcher, context))
        matcher = _PhraseMatcher(matchers, self.spelling_codes())
        return matching.WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher


class _PhraseMatcher(SpanWrappingMatcher):
    """Documents holding all the words, kept when the words stand in a row."""

    def __init__(self, matchers, codes):
        self.matchers = matchers
        self.codes = codes
        super().__init__(make_binary_tree(matching.IntersectionMatcher, matchers))

    def copy(self):
        return self.__class__([m.copy() for m in self.matchers], self.codes)

    def replace(self, minquality=0):
        return self if self.is_active() else matching.NullMatcher()

    def skip_to_quality(self, minquality):
        skipped = self.child.skip_to_quality(minquality)
        self._find_next()
        return skipped

    def _get_spans(self):
        columns = [ProseCharacters.columns(matcher.value()) for matcher in self.matchers]
        # The word written least often leads; each other word is looked up at
        # its place after it by bisection, not read whole: "of" in "right of
        # reply" holds hundreds of positions per statement.
        lead = min(range(len(columns)), key=lambda index: len(columns[index][0]))
        positions, _starts, _lengths, codes = columns[lead]
        code = self.codes[lead]
        starts = [position - lead for position, spelled in zip(positions, codes, strict=True)
                  if code is None or spelled == code]
        for offset, (positions, _starts, _lengths, codes) in enumerate(columns):
            if offset == lead or not starts:
                continue
            code = self.codes[offset]
            kept = []
            for start in starts:
                found = bisect_left(positions, start + offset)
                if found < len(positions) and positions[found] == start + offset and (
                        code is None or codes[found] == code):
                    kept.append(start)
            starts = kept
        last = len(self.matchers) - 1
        return [Span(start, start + last) for start in starts]


class QuotedPhrasePlugin(PhrasePlugin):
    """Whoosh's phrase syntax, keeping each word's spelling as typed."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):
            q = super().query(parser)
            if isinstance(q, QuotedPhrase) and q.char_ranges and None not in q.char_ranges[0]:
                first = self.textstartchar
                q.spellings = tuple(self.text[start - first:end - first] for start, end in q.char_ranges)
            return q

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):
            node = super().create(parser, match)
            return QuotedPhrasePlugin.PhraseNode(node.text, node.textstartchar, node.slop)

    def taggers(self, parser):
        return [(self.PhraseTagger(self.expr), 0)]
