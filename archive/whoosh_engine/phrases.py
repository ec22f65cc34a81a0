"""Quoted phrases: matched word for word, as written, and fast.

Inside quotes a user means the words as typed: "mines" must not match
"mine", though the prose fields are stemmed. Each prose posting carries a
code of the word's spelling (archive.whoosh_engine.analysis), so a `QuotedPhrase` keeps
only the occurrences written as quoted.

Whoosh checks a phrase's positions through Span objects for every document
holding all its words; on the General Debate corpus that was 180 of the
209 ms of "human rights". Here positions come straight from the postings and
are looked up as integers.

A phrase is scored by how often the statement holds it, as Lucene scores a
phrase: BM25 on the phrase's frequency, with the sum of its words' idf.
Whoosh's phrase scored the words wherever they stood, so a statement holding
"peace" and "process" often, and the phrase once, outranked one holding the
phrase four times (issue 17).
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh import matching
from whoosh import query as wq
from whoosh.qparser import PhrasePlugin
from whoosh.query.spans import Span, SpanWrappingMatcher
from whoosh.scoring import bm25
from whoosh.util import make_binary_tree

from archive.errors import RequestError
from archive.whoosh_engine.analysis import WORD, ProseCharacters, prose_term, spelling_code

# In an archive of at least TEXT_CHECK_FROM statements, a word making up more than COMMON_SHARE of a
# field's words is checked in the text when the phrase's rarest other word is in at most TEXT_CHECK_LIMIT.
TEXT_CHECK_FROM = 1000
COMMON_SHARE = 0.01
TEXT_CHECK_LIMIT = 1000
TEXT_FIELD = "body"


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
        for word in self.words:
            if (self.fieldname, field.to_bytes(word)) not in reader:
                return matching.NullMatcher()
        codes = self.spelling_codes()
        offsets = list(range(len(self.words)))
        in_text = _read_in_text(searcher, self.fieldname, self.words)
        read = [offset for offset in offsets if offset not in in_text]
        matchers = [wq.Term(self.fieldname, self.words[offset]).matcher(searcher, context) for offset in read]
        check = _TextCheck(searcher, self.fieldname, [(offset, self.words[offset], codes[offset])
                                                      for offset in in_text])
        matcher = _PhraseMatcher(matchers, read, [codes[offset] for offset in read], len(self.words),
                                 PhraseScorer(searcher, self.fieldname, self.words), check if in_text else None)
        return matching.WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher


def check_phrases(q: wq.Query, reader) -> None:
    """Refuse a phrase made only of the archive's commonest words ("of the",
    "the the the"): it matches nearly every statement and costs seconds of
    reading positions, so the user is asked for a rarer word instead."""
    for node in _phrases(q):
        if len(node.words) > 1 and only_common_words(reader, node.fieldname, node.words):
            shown = " ".join(node.spellings or node.words)
            raise RequestError(f'The phrase "{shown}" is made only of words found in nearly every statement: '
                               "add a rarer word to it.")


def only_common_words(reader, fieldname: str, words) -> bool:
    """Whether, in an archive large enough for it to cost, each of the words makes up more than
    COMMON_SHARE of the field's words."""
    if reader.doc_count() < TEXT_CHECK_FROM:
        return False
    total = reader.field_length(fieldname) or 1
    return all(reader.frequency(fieldname, word) > COMMON_SHARE * total for word in words)


def _phrases(q: wq.Query):
    """The phrases searched in statements' text: a title's words are few and cheap to read, and every title
    says "General Assembly", which must stay a phrase one can search."""
    if isinstance(q, wq.Phrase) and q.fieldname == TEXT_FIELD:
        yield q
    for child in q.children():
        yield from _phrases(child)


def _read_in_text(searcher, fieldname: str, words: list[str]) -> list[int]:
    """The places in a phrase of words so common ("the", "of") that reading
    their postings costs more than reading the few statements left once the
    other words are matched. Whoosh keeps a block's documents and positions in
    one compressed pickle, so stepping through "of" unpacks all its positions:
    295 of the 456 ms of "the right of reply" on the General Debate. Their
    small share of a statement's score is left out (Whoosh's phrase adds it)."""
    reader = searcher.reader()
    field = searcher.schema[fieldname]
    if not field.stored or reader.doc_count() < TEXT_CHECK_FROM:
        return []
    total = reader.field_length(fieldname) or 1
    common = [offset for offset, word in enumerate(words)
              if reader.frequency(fieldname, word) > COMMON_SHARE * total]
    others = [word for offset, word in enumerate(words) if offset not in common]
    if not common or not others or min(reader.doc_frequency(fieldname, word) for word in others) > TEXT_CHECK_LIMIT:
        return []
    return common


class _TextCheck:
    """Checks the common words of a phrase in a statement's stored text,
    around the occurrence of its first other word."""

    def __init__(self, searcher, fieldname: str, words: list[tuple[int, str, int | None]]):
        self.searcher = searcher
        self.fieldname = fieldname
        self.words = words

    def __call__(self, docnum: int, anchor: int, spans: list[tuple[int, int, int]]) -> list[int]:
        """Of the phrase starts whose first other word (at place `anchor`) has
        these (start, char start, char end), those the common words agree with."""
        text = self.searcher.stored_fields(docnum)[self.fieldname]
        words_after = max(0, max(offset for offset, _word, _code in self.words) - anchor)
        kept = []
        for start, char_start, char_end in spans:
            # The words before it, from a window wide enough for them; the words after, one by one.
            before = list(WORD.finditer(text, max(0, char_start - 64 * anchor), char_start))[-anchor:] if anchor else []
            after = WORD.finditer(text, char_end)
            tokens = dict(zip(range(anchor - len(before), anchor), before, strict=True))
            tokens.update((anchor + step, next(after, None)) for step in range(1, words_after + 1))
            if all(_is(tokens.get(offset), word, code) for offset, word, code in self.words):
                kept.append(start)
        return kept


def _is(token, term: str, code: int | None) -> bool:
    return (token is not None and prose_term(token.group()) == term
            and (code is None or spelling_code(token.group()) == code))


class PhraseScorer:
    """BM25 of a phrase in one statement: its frequency there, the statement's length, the words' idf summed."""

    def __init__(self, searcher, fieldname: str, words: list[str]):
        parent = searcher.get_parent()  # idf and the average length are the whole index's, not a segment's
        weighting = searcher.weighting
        self.reader = searcher.reader()
        self.fieldname = fieldname
        self.idf = sum(parent.idf(fieldname, word) for word in words)
        self.average = parent.avg_field_length(fieldname) or 1
        self.field_boost = searcher.schema[fieldname].format.field_boost
        self.b, self.k1 = getattr(weighting, "B", 0.75), getattr(weighting, "K1", 1.2)

    def __call__(self, docnum: int, count: int) -> float:
        length = self.reader.doc_field_length(docnum, self.fieldname, 1)
        return bm25(self.idf, count * self.field_boost, length, self.average, self.b, self.k1)


class _PhraseMatcher(SpanWrappingMatcher):
    """Documents holding the phrase's words (those at `offsets`), kept when the
    words stand in a row; `check` confirms the words left to the text. The
    score is the phrase's own (PhraseScorer), not its words'."""

    def __init__(self, matchers, offsets: list[int], codes: list[int | None], length: int, scorer: PhraseScorer,
                 check=None):
        self.matchers = matchers
        self.offsets = offsets
        self.codes = codes
        self.length = length
        self.scorer = scorer
        self.check = check
        super().__init__(make_binary_tree(matching.IntersectionMatcher, matchers))

    def copy(self):
        return self.__class__([m.copy() for m in self.matchers], self.offsets, self.codes, self.length, self.scorer,
                              self.check)

    def supports_block_quality(self):
        return False  # the words' bounds do not bound the phrase's score

    def score(self):
        return self.scorer(self.child.id(), len(self._spans))

    def replace(self, minquality=0):
        return self if self.is_active() else matching.NullMatcher()

    def _get_spans(self):
        columns = [ProseCharacters.columns(matcher.value()) for matcher in self.matchers]
        # The word written least often leads; each other word is looked up at
        # its place after it by bisection, not read whole.
        lead = min(range(len(columns)), key=lambda index: len(columns[index][0]))
        positions, _starts, _lengths, codes = columns[lead]
        code, offset = self.codes[lead], self.offsets[lead]
        starts = [position - offset for position, spelled in zip(positions, codes, strict=True)
                  if code is None or spelled == code]
        for index, (positions, _starts, _lengths, codes) in enumerate(columns):
            if index == lead or not starts:
                continue
            code, offset = self.codes[index], self.offsets[index]
            kept = []
            for start in starts:
                found = bisect_left(positions, start + offset)
                if found < len(positions) and positions[found] == start + offset and (
                        code is None or codes[found] == code):
                    kept.append(start)
            starts = kept
        if starts and self.check is not None:
            positions, chars, lengths, _codes = columns[0]
            anchor = self.offsets[0]
            spans = []
            for start in starts:
                found = bisect_left(positions, start + anchor)
                spans.append((start, chars[found], chars[found] + lengths[found]))
            starts = self.check(self.child.id(), anchor, spans)
        return [Span(start, start + self.length - 1) for start in starts]


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
