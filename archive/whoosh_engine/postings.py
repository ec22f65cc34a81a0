"""Every match of a query, and its score, read a block of postings at a time.

Whoosh steps through postings one document at a time in Python, a few method
calls per document to list a query's matches and as many again to score them
or to compare a phrase's positions: on 54,760 statements 0.1-0.3 s for a
common word and 0.5-1.1 s for a phrase, whatever the page shows (issue 18).
Its codec keeps up to 128 documents of a word as one compressed pickle of ids,
weights and values (whoosh.codec.whoosh3.W3LeafMatcher), so here a block's
document numbers go into a set at once; a word's scores are computed over a
block's weights with Whoosh's BM25 (whoosh.scoring.bm25) on the field lengths
held in memory (files.open_searcher); a phrase reads its rarest word (of the
body: the rarest of its pairs of common words, pairs.py, and of its other
words), then of the others only the blocks holding the documents left,
comparing positions as sets. Unpacking the blocks is what is left: about 1.5 microseconds a
posting, 75-85 ms for "peace" in 53,740 statements.

The answers are Whoosh's: the same documents (a part of the query this does
not read, a wildcard or a fuzzy term, is asked of Whoosh and combined as a
set), the same scores to the bit (the same operations on the same numbers;
two scores added are the same either way round, and queries that would add
three are left to Whoosh), ranked as Whoosh ranks them, ties by document
number. tests/test_postings.py holds them to Whoosh's own answers. This uses
the private block reader of whoosh-reloaded 2.7's codec (pinned below 2.8),
as files.py does.
"""

from __future__ import annotations

import heapq
import zlib
from array import array
from bisect import bisect_left
from io import BytesIO
from itertools import accumulate
from pickle import UnpicklingError, load, loads

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.system import _INT_SIZE, unpack_int
from whoosh.util.numeric import byte_to_length

from archive.whoosh_engine.analysis import ProseCharacters
from archive.whoosh_engine.common_words import COMMON_TERMS
from archive.whoosh_engine.pairs import PhrasePlan, count_spelled, pair_code, phrase_counts
from archive.whoosh_engine.phrases import PhraseScorer, QuotedPhrase, _read_in_text, _TextCheck
from archive.whoosh_engine.schema import COUNT_FIELDS, PAIR_FIELDS

LENGTHS = tuple(byte_to_length(byte) for byte in range(256))  # a field length kept in one byte, as a number
_HEADER_READ = 96  # bytes read for a block's length and pickled header (six numbers, about 40 bytes)
POSTINGS_PER_BLOCK = 128  # the codec's block of postings (W3Codec's blocklimit)
TEXT_BYTES = 7200  # bytes of postings that cost as much to unpack as a statement's stored text to read
BISECT_FROM = 8  # a word's positions per phrase start left, past which each start is looked up rather than all read


def documents(searcher, q: wq.Query) -> set[int]:
    """The documents `q` matches, deleted ones possibly among them (the caller keeps the live)."""
    kind = type(q)
    if q is wq.NullQuery:
        return set()
    if kind is wq.Term:
        return _term_documents(searcher, q.fieldname, q.text)
    if kind is wq.Or and not q.minmatch:
        return set().union(*(documents(searcher, child) for child in q.subqueries))
    if kind is wq.And:
        positive = [child for child in q.subqueries if type(child) is not wq.Not]
        if positive:
            found = set.intersection(*(documents(searcher, child) for child in positive))
            for child in q.subqueries:
                if type(child) is wq.Not:
                    found -= documents(searcher, child.query)
            return found
    if kind is wq.AndNot:
        return documents(searcher, q.a) - documents(searcher, q.b)
    if kind is wq.AndMaybe:
        return documents(searcher, q.a)
    if kind is QuotedPhrase and (scored := scores(searcher, q)) is not None:
        return set(scored)
    if kind in (wq.Prefix, wq.Wildcard):  # the words it stands for (bounded: query.expanded)
        words = q._btexts(searcher.reader())
        return set().union(*(_term_documents(searcher, q.fieldname, word) for word in words))
    return set(searcher.docs_for_query(q))


def postings_of(searcher, fieldname: str, text, docnums: frozenset[int]) -> dict[int, bytes]:
    """A term's postings (positions, characters, spellings) in some documents: document number ->
    its posting; only the blocks that may hold one of them are unpacked (Whoosh's skip_to reads
    every block header on the way, a few small reads each: 13 ms for a page's snippets of "peace"
    in 54,760 statements)."""
    found: dict[int, bytes] = {}
    for segment, base, matcher in _leaf_matchers(searcher, fieldname, text):
        wanted = _in_segment(docnums, base, segment.doc_count_all())
        if not wanted:
            continue
        for ids, _weights, values in _blocks(matcher, values=True, wanted=wanted):
            found.update((base + docnum, value) for docnum, value in zip(ids, values, strict=True)
                         if docnum in wanted)
    return found


def _term_documents(searcher, fieldname: str, text) -> set[int]:
    found: set[int] = set()
    for _segment, base, matcher in _leaf_matchers(searcher, _counted_in(searcher, fieldname, text), text):
        for ids, _weights, _values in _blocks(matcher):
            found.update(map(base.__add__, ids) if base else ids)
    return found


def scores(searcher, q: wq.Query, within: frozenset[int] | None = None) -> dict[int, float] | None:
    """Every document `q` matches (of those `within`, if given) with Whoosh's score for it, deleted
    ones possibly among them, when `q` is made of what is read here: terms and quoted phrases scored
    by BM25F, joined by an Or or an And of two (one may be a NOT), or an AndMaybe (a phrase's bonus,
    proximity.py); None for other queries."""
    return _scores(searcher, q, _Within.of(within)) if _scorable(searcher, q) else None


def _scorable(searcher, q: wq.Query) -> bool:
    kind = type(q)
    if kind is wq.Term:
        return _bm25_scored(searcher, q.fieldname)
    if kind is QuotedPhrase:
        return (_bm25_scored(searcher, q.fieldname) and q.slop == 1
                and isinstance(searcher.schema[q.fieldname].format, ProseCharacters))
    if kind is wq.AndMaybe:
        return _scorable(searcher, q.a) and _scorable(searcher, q.b)
    # Three children's scores are added in an order Whoosh chooses by the sizes of their postings.
    if kind not in (wq.Or, wq.And) or not 1 <= len(q.subqueries) <= 2 or kind is wq.Or and (q.scale or q.minmatch):
        return False
    scored = [child for child in q.subqueries if kind is wq.Or or type(child) is not wq.Not]
    return len(scored) >= 1 and all(_scorable(searcher, child) for child in scored)


def _scores(searcher, q: wq.Query, within: _Within | None) -> dict[int, float]:
    """The scores of `q`'s matches, of those `within` alone if given: an And scores its rarer
    side first and the other only where the first matched, as a phrase's bonus is looked for
    only where its words are; blocks of postings holding none of them are not read."""
    kind = type(q)
    if kind is wq.Term:
        return _term_scores(searcher, q, within)
    if kind is QuotedPhrase:
        return _phrase_scores(searcher, q, within)
    if kind is wq.AndMaybe:
        a = _scores(searcher, q.a, within)
        b = _scores(searcher, q.b, _Within(frozenset(a)))
        return {docnum: score + b[docnum] if docnum in b else score for docnum, score in a.items()}
    if len(q.subqueries) == 1:  # Whoosh matches a lone child as it is, its parent's boost aside
        return _scores(searcher, q.subqueries[0], within)
    # Whoosh adds two children's scores as a + b, which is b + a to the bit.
    if kind is wq.Or:
        a, b = sorted((_scores(searcher, child, within) for child in q.subqueries), key=len, reverse=True)
        found = dict(a)  # the larger copied, the smaller (a word's titles, beside its bodies) added in
        for docnum, score in b.items():
            found[docnum] = found[docnum] + score if docnum in found else score
    elif any(type(child) is wq.Not for child in q.subqueries):
        # Whoosh matches a NOT inside an And as every other document, each scoring 1.0 (InverseMatcher).
        (positive,), (negative,) = ([child for child in q.subqueries if (type(child) is wq.Not) is not_]
                                    for not_ in (False, True))
        excluded = documents(searcher, negative.query)
        found = {docnum: score + 1.0 for docnum, score in _scores(searcher, positive, within).items()
                 if docnum not in excluded}
    else:
        rarer, other = sorted(q.subqueries, key=lambda child: child.estimate_size(searcher.reader()))
        a = _scores(searcher, rarer, within)
        b = _scores(searcher, other, _Within(frozenset(a)))
        found = {docnum: score + b[docnum] for docnum, score in a.items() if docnum in b}
    return {docnum: score * q.boost for docnum, score in found.items()} if q.boost != 1.0 else found


def _bm25_scored(searcher, fieldname: str) -> bool:
    return (type(searcher.weighting) is BM25F and fieldname in searcher.schema
            and searcher.schema[fieldname].scorable)


def _term_scores(searcher, term: wq.Term, within: _Within | None) -> dict[int, float]:
    """Each document of a term's postings with its score, as BM25FScorer.score and a boost's
    WrappingMatcher give it: whoosh.scoring.bm25's expression, its part that depends on the field's
    length computed once per length byte (the same operations on the same numbers)."""
    fieldname, weighting = term.fieldname, searcher.weighting
    leaves = list(_leaf_matchers(searcher, _counted_in(searcher, fieldname, term.text), term.text))
    found: dict[int, float] = {}
    if not leaves:
        return found
    btext = searcher.schema[fieldname].to_bytes(term.text)
    idf, average = searcher.idf(fieldname, btext), searcher.avg_field_length(fieldname) or 1
    b, k1, boost = weighting._field_B.get(fieldname, weighting.B), weighting.K1, term.boost
    raised, by_length = k1 + 1, _length_parts(k1, b, average)
    for segment, base, matcher in leaves:
        lengths = segment._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        wanted = within.in_segment(base, segment.doc_count_all()) if within else None
        for ids, weights, _values in _blocks(matcher, weights=True, wanted=wanted):
            pairs = zip(ids, weights, strict=True)
            if wanted is not None:
                pairs = [(docnum, weight) for docnum, weight in pairs if docnum in wanted]
            if boost != 1.0:
                found.update({base + docnum: idf * ((weight * raised) / (weight + by_length[lengths[docnum]])) * boost
                              for docnum, weight in pairs})
            else:
                found.update({base + docnum: idf * ((weight * raised) / (weight + by_length[lengths[docnum]]))
                              for docnum, weight in pairs})
    return found


def _counted_in(searcher, fieldname: str, text) -> str:
    """The field a term's matches and weights are read from: for a common word of the body, the field of
    its counts alone (common_words.py: 370 -> 30 ms for "the" in 10,952 statements), else its own."""
    counts = COUNT_FIELDS.get(fieldname)
    return counts if text in COMMON_TERMS and counts in searcher.schema else fieldname


def _length_parts(k1: float, b: float, average: float) -> list[float]:
    """For each field length a byte holds, the part of BM25 that depends on it, as whoosh.scoring.bm25
    computes it: bm25(idf, tf, fl, avgfl, B, K1) = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))."""
    return [k1 * ((1 - b) + b * length / average) for length in LENGTHS]


def _phrase_scores(searcher, q: QuotedPhrase, within: _Within | None) -> dict[int, float]:
    """A quoted phrase's matches and scores, as QuotedPhrase.matcher finds them segment by segment:
    from the pairs covering its common words where its field has them (pairs.py); else the postings
    of its rarest word read, then those of the others only in the blocks holding the documents left;
    each document holding them all is checked for the words in a row, spelled as quoted, and for the
    commonest words of the phrase in its text (phrases._TextCheck) when the segment's statistics say so."""
    pairs_field = PAIR_FIELDS.get(q.fieldname)
    plan = PhrasePlan.of(q.words) if pairs_field in searcher.schema else None
    if plan is not None:
        return _pair_phrase_scores(searcher, q, pairs_field, plan, within)
    field = searcher.schema[q.fieldname]
    codes = q.spelling_codes()
    found: dict[int, float] = {}
    for segment_searcher, base in searcher.leaf_searchers():
        reader = segment_searcher.reader()
        btexts = [field.to_bytes(word) for word in q.words]
        if any((q.fieldname, btext) not in reader for btext in btexts):
            continue
        in_text = _read_in_text(segment_searcher, q.fieldname, q.words)
        read = [offset for offset in range(len(q.words)) if offset not in in_text]
        candidates = within.in_segment(base, reader.doc_count_all()) if within else None
        values: dict[int, dict[int, bytes]] = {}
        for offset in sorted(read, key=lambda offset: reader.doc_frequency(q.fieldname, btexts[offset])):
            values[offset] = _term_values(reader, q.fieldname, btexts[offset], candidates)
            candidates = frozenset(values[offset]) - reader.deleted_docs_set
        if in_text and candidates and _text_costs_more(reader, q.fieldname, [btexts[o] for o in in_text], candidates):
            for offset in sorted(in_text, key=lambda offset: reader.doc_frequency(q.fieldname, btexts[offset])):
                values[offset] = _term_values(reader, q.fieldname, btexts[offset], candidates)
                candidates = frozenset(values[offset]) - reader.deleted_docs_set
            read, in_text = sorted(read + in_text), []
        check = _TextCheck(segment_searcher, q.fieldname, [(offset, q.words[offset], codes[offset])
                                                           for offset in in_text]) if in_text else None
        read_values, read_codes = [values[offset] for offset in read], [codes[offset] for offset in read]
        in_place = (_pair_starts(read_values, read, read_codes, candidates) if len(read) == 2 else
                    ((docnum, _phrase_starts([postings[docnum] for postings in read_values], read, read_codes))
                     for docnum in candidates))
        counts = ((docnum, len(starts)) for docnum, starts in _checked(in_place, check, values, read[0]))
        _add_phrase_scores(found, segment_searcher, base, q, counts)
    return found


def _checked(in_place, check, values: dict[int, dict[int, bytes]], anchor: int):
    """(document, phrase starts) with the starts the text check (if any) agrees with."""
    for docnum, starts in in_place:
        if starts and check is not None:
            starts = check(docnum, anchor, _anchor_spans(values[anchor][docnum], anchor, starts))
        yield docnum, starts


def _pair_phrase_scores(searcher, q: QuotedPhrase, pairs_field: str, plan: PhrasePlan,
                        within: _Within | None) -> dict[int, float]:
    """A phrase's matches and scores from the pairs covering its common words and the positions of its
    other words: the postings of the rarest read, then those of the others only in the blocks holding
    the documents left."""
    words, codes = q.words, q.spelling_codes()
    read = [(fieldname, searcher.schema[fieldname].to_bytes(text), starts)
            for fieldname, text, starts in plan.reads(words, codes, pairs_field, q.fieldname)]
    found: dict[int, float] = {}
    for segment_searcher, base in searcher.leaf_searchers():
        reader = segment_searcher.reader()
        if any((fieldname, btext) not in reader for fieldname, btext, _starts in read):
            continue
        candidates = within.in_segment(base, reader.doc_count_all()) if within else None
        if len(words) == 2 and not plan.words:  # one pair: how many of its occurrences are spelled as quoted
            (fieldname, btext, _starts), = read
            counts = _pair_counts(reader, fieldname, btext, pair_code(*codes), candidates)
        else:
            values = []
            for fieldname, btext, starts in sorted(read, key=lambda item: reader.doc_frequency(item[0], item[1])):
                postings = _term_values(reader, fieldname, btext, candidates)
                candidates = frozenset(postings) - reader.deleted_docs_set
                values.append((postings, starts))
            counts = phrase_counts(values, candidates)
        _add_phrase_scores(found, segment_searcher, base, q, counts)
    return found


def _pair_counts(reader, fieldname: str, btext: bytes, spelling: tuple[int, int], wanted: frozenset[int] | None):
    """(document, how many of a pair's occurrences are spelled as `spelling` says) for the documents
    of its postings (of the `wanted`, if given), read as the blocks are unpacked: no table of
    postings is made (a third of the cost of "human rights" in 47,000 statements)."""
    mask, code = spelling
    for ids, _weights, values in _blocks(_segment_matcher(reader, fieldname, btext), values=True, wanted=wanted):
        for docnum, posting in zip(ids, values, strict=True):
            if wanted is None or docnum in wanted:
                yield docnum, count_spelled(posting, mask, code)


def _add_phrase_scores(found: dict[int, float], segment_searcher, base: int, q: QuotedPhrase, counts) -> None:
    """The score of each (document, how often it holds the phrase) of `counts` with a count, as
    PhraseScorer.__call__ gives it, computed by length byte (the same operations on the same numbers)."""
    scorer = PhraseScorer(segment_searcher, q.fieldname, q.words)
    raised, by_length = scorer.k1 + 1, _length_parts(scorer.k1, scorer.b, scorer.average)
    lengths = segment_searcher.reader()._perdoc._cached_reader(f"_{q.fieldname}_len", LENGTHS_COLUMN)
    for docnum, count in counts:
        if count:
            weight = count * scorer.field_boost
            score = scorer.idf * ((weight * raised) / (weight + by_length[lengths[docnum]]))
            found[base + docnum] = score * q.boost if q.boost != 1.0 else score


def _text_costs_more(reader, fieldname: str, btexts: list[bytes], candidates: frozenset[int]) -> bool:
    """Whether checking common words of a phrase in the text of the `candidates` left costs more than
    reading their postings in the blocks holding those: a statement's stored text costs about as much
    as TEXT_BYTES bytes of postings (90 µs and 12.5 ns a byte on the General Debate), and the candidates
    are taken to lie in different blocks. ("obviously that": 550 statements to read in a segment, or
    "that"'s 1.4 MB of postings, 50 or 18 ms; "the right of reply": 240, or 11 MB, 22 or 137 ms.)"""
    cost = 0.0
    for btext in btexts:
        info = reader.term_info(fieldname, btext)
        _offset, size = info.extent()
        size = size[0] if isinstance(size, tuple) else size or 0  # whoosh-reloaded 2.7 reads it as a 1-tuple
        cost += size * min(1.0, len(candidates) * POSTINGS_PER_BLOCK / max(1, info.doc_frequency()))
    return len(candidates) * TEXT_BYTES > cost


class _Within:
    """The documents a scoring keeps to, split by segment once: each term of a query reads every
    segment, and splitting a date filter of 26,000 statements took 2 ms each time."""

    def __init__(self, documents: frozenset[int]):
        self.documents = documents
        self._by_segment: dict[int, frozenset[int]] = {}
        self._in_order: list[int] | None = None

    @classmethod
    def of(cls, documents: frozenset[int] | None) -> _Within | None:
        return None if documents is None else cls(documents)

    def in_segment(self, base: int, count: int) -> frozenset[int]:
        """The documents in the segment of `count` documents starting at `base`, numbered as in it."""
        found = self._by_segment.get(base)
        if found is None:  # cut from the documents in order (filtering the set was twice as slow)
            if self._in_order is None:
                self._in_order = sorted(self.documents)
            first, stop = bisect_left(self._in_order, base), bisect_left(self._in_order, base + count)
            in_segment = self._in_order[first:stop]
            found = self._by_segment[base] = frozenset(map((-base).__add__, in_segment) if base else in_segment)
        return found


def _in_segment(within: frozenset[int] | None, base: int, count: int) -> frozenset[int] | None:
    """The documents of `within` in the segment starting at `base`, numbered as in the segment."""
    if within is None:
        return None
    in_segment = filter(range(base, base + count).__contains__, within)
    return frozenset(map((-base).__add__, in_segment) if base else in_segment)


def _term_values(reader, fieldname: str, btext: bytes, wanted: frozenset[int] | None) -> dict[int, bytes]:
    """The segment's postings of a term (of the `wanted` documents, if given, and a few others of
    the blocks holding them): document number -> its posting (positions, characters, spellings)."""
    values: dict[int, bytes] = {}
    for ids, _weights, block_values in _blocks(_segment_matcher(reader, fieldname, btext), values=True, wanted=wanted):
        values.update(zip(ids, block_values, strict=True))
    return values if wanted is None else {docnum: values[docnum] for docnum in wanted.intersection(values)}


def _segment_matcher(reader, fieldname: str, btext: bytes) -> W3LeafMatcher:
    """A segment's postings of a term it holds, its deleted documents among them (the caller keeps the live)."""
    matcher = reader.postings(fieldname, btext)
    return matcher.child if isinstance(matcher, FilterMatcher) else matcher


def _phrase_starts(postings: list[bytes], offsets: list[int], codes: list[int | None]) -> set[int]:
    """Where the phrase starts in a document, from its read words' postings at their `offsets` in the
    phrase: the starts every word agrees with, standing at its place and spelled as quoted (`codes`).
    The word written least often (the shortest posting) gives the starts, and the others are unpacked
    only while some are left; a word written far more often than the starts left ("of") is looked up
    at each by bisection instead of read whole, as phrases._PhraseMatcher does."""
    spelled = ProseCharacters.spelled_positions
    words = sorted(zip(map(len, postings), offsets, postings, codes, strict=True))
    _size, offset, posting, code = words[0]
    starts = set(map((-offset).__add__, spelled(posting, code)))
    for _size, offset, posting, code in words[1:]:
        if not starts:
            break
        positions = spelled(posting, code)
        if len(starts) * BISECT_FROM < len(positions):
            starts = {start for start in starts if _holds(positions, start + offset)}
        else:
            starts.intersection_update(map((-offset).__add__, positions))
    return starts


def _pair_starts(postings: list[dict[int, bytes]], offsets: list[int], codes: list[int | None], candidates):
    """(document, phrase starts) of each candidate, for a phrase of two read words: _phrase_starts in one
    loop (a call per document was a third of the cost of "human rights" in 47,345 statements)."""
    (first, second), (first_at, second_at), (first_code, second_code) = postings, offsets, codes
    spelled = ProseCharacters.spelled_positions
    forward, backward = (first_at, first_code, second_at, second_code), (second_at, second_code, first_at, first_code)
    for docnum in candidates:
        lead, other = first[docnum], second[docnum]
        if len(other) < len(lead):  # the shorter posting leads
            lead, other = other, lead
            lead_at, lead_code, other_at, other_code = backward
        else:
            lead_at, lead_code, other_at, other_code = forward
        starts = set(map((-lead_at).__add__, spelled(lead, lead_code)))
        if starts:
            positions = spelled(other, other_code)
            if len(starts) * BISECT_FROM < len(positions):
                starts = {start for start in starts if _holds(positions, start + other_at)}
            else:
                starts.intersection_update(map((-other_at).__add__, positions))
        yield docnum, starts


def _holds(positions, position: int) -> bool:
    found = bisect_left(positions, position)
    return found < len(positions) and positions[found] == position


def _anchor_spans(posting: bytes, anchor: int, starts: set[int]) -> list[tuple[int, int, int]]:
    """(start, char start, char end) of the phrase's first read word (at place `anchor`) for each start."""
    positions, chars, lengths, _codes = ProseCharacters.columns(posting)
    spans = []
    for start in sorted(starts):
        found = bisect_left(positions, start + anchor)
        spans.append((start, chars[found], chars[found] + lengths[found]))
    return spans


def _leaf_matchers(searcher, fieldname: str, text):
    """(segment reader, its first document number, its postings of the term) for each segment holding it."""
    if fieldname not in searcher.schema:
        return
    try:
        btext = searcher.schema[fieldname].to_bytes(text)
    except ValueError:
        return
    for segment, base in searcher.reader().leaf_readers():
        if (fieldname, btext) in segment:
            matcher = segment.postings(fieldname, btext)
            if isinstance(matcher, FilterMatcher):  # the segment's deleted documents: the caller keeps the live
                matcher = matcher.child
            if not isinstance(matcher, W3LeafMatcher):
                raise TypeError(f"postings read by {type(matcher).__name__}, not the codec this module reads")
            yield segment, base, matcher


def _blocks(matcher: W3LeafMatcher, weights: bool = False, values: bool = False,
            wanted: frozenset[int] | None = None):
    """(document numbers, weights if `weights`, values if `values`) of each block of a segment's
    postings; with `wanted`, only of the blocks that may hold one of those documents (a block's
    header gives its last document: the others are passed over without being unpacked). Each block
    is read as W3LeafMatcher._goto and _read_* read it, but its length and header in one read, not
    the twenty small reads of unpickling the header from the file (a tenth of a word's matching)."""
    postfile, position = matcher._postfile, matcher._baseoffset
    wanted_in_order = sorted(wanted) if wanted is not None else None
    first, at = 0, 0  # the first document the block may hold; the first wanted one not passed yet
    while True:
        length, (count, last, _top, compressed, _least, _most), data_at = _block_header(postfile, position)
        next_at = position + _INT_SIZE + abs(length)
        if wanted_in_order is not None:
            at = bisect_left(wanted_in_order, first, at)
            if at == len(wanted_in_order):
                return
        if wanted_in_order is None or wanted_in_order[at] <= last:
            data = postfile.get(data_at, next_at - data_at)
            data = loads(zlib.decompress(data) if compressed else data)
            ids = data[0] if matcher._byteids else tuple(accumulate(data[0]))
            yield (ids, _weights(data[1], count) if weights else None,
                   _values(matcher, data[2], count) if values else None)
        if length < 0:  # the last block
            return
        first, position = last + 1, next_at


def _block_header(postfile, position: int) -> tuple[int, tuple, int]:
    """(length, negative for the last block; the pickled header; where the block's data starts)."""
    head = postfile.get(position, _HEADER_READ)
    stream = BytesIO(head)
    stream.seek(_INT_SIZE)
    try:
        info = load(stream)
    except (EOFError, UnpicklingError):  # a header longer than read: read again, whole
        head = postfile.get(position, _INT_SIZE + abs(unpack_int(head[:_INT_SIZE])[0]))
        stream = BytesIO(head)
        stream.seek(_INT_SIZE)
        info = load(stream)
    return unpack_int(head[:_INT_SIZE])[0], info, position + stream.tell()


def _weights(stored, count: int):
    """A block's weights as W3LeafMatcher._read_weights gives them: None and one number stand for all."""
    if stored is None:
        return array("f", (1.0 for _ in range(count)))
    if isinstance(stored, float):
        return array("f", (stored for _ in range(count)))
    return stored


def _values(matcher: W3LeafMatcher, stored, count: int):
    """A block's values as W3LeafMatcher._read_values gives them."""
    size = matcher._fixedsize
    if size is None or size < 0:
        return stored
    if size == 0:
        return (None,) * count
    return tuple(stored[i:i + size] for i in range(0, len(stored), size))


def ranked(found: dict[int, float], shown, stop: int | None) -> list[tuple[int, float]]:
    """The first `stop` (all if None) of `found` within `shown`, as Whoosh orders its results:
    the highest score first, equal scores by document number."""
    if len(found) != len(shown) or not shown.issuperset(found):
        found = {docnum: score for docnum, score in found.items() if docnum in shown}
    if stop is not None and stop < len(found):
        least = heapq.nlargest(stop, found.values())[-1] if stop else float("inf")
        found = {docnum: score for docnum, score in found.items() if score >= least}
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))[:stop]
