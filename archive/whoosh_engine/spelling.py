"""Did you mean: a corrected query when a query finds nothing or little.

Corrections come from the index's own words, so they are words the archive
holds: each unknown or rare word of the query is replaced by the closest,
then most frequent, word of its field within two edits (one for a word of
five letters or fewer, as Elasticsearch's AUTO fuzziness allows: 'devil' is
two from 'deal', and no slip) that shares its first
two letters (misspellings seldom touch the first letters, and the prefix
keeps the scan to a few thousand words: ../shared/notes/whoosh-measured.md).
Two letters swapped count as one edit (Damerau). Prose words are compared as
written, not as stems: "aparthied" stems to "aparthi", one edit from
"apathi" (apathy) and two from "apartheid"; as written, it is one swap from
"apartheid". A correction is offered only if it finds more statements than
the words typed (reading.WhooshReader.search checks).
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq
from whoosh.support.levenshtein import distance

from archive.whoosh_engine.analysis import ProseCharacters, written_analyzer
from archive.whoosh_engine.phrases import QuotedPhrase
from archive.whoosh_engine.schema import SCORED_FIELDS, WRITTEN_FIELDS

FEW_RESULTS = 3  # below this many matches a correction is looked for
MAX_EDITS = 2
TWO_EDITS_FROM = 6  # letters a word needs before two edits: 'devil' is one from 'devel', two from 'deal'
SAME_PREFIX = 2
MORE_FREQUENT = 10  # a correction must be in this many times more statements than the word
_WRITTEN_WORDS = written_analyzer()


@dataclass(frozen=True)
class _Word:
    """One word of the query text and the index term it became in one field."""

    start: int
    end: int
    fieldname: str
    term: str


def did_you_mean(searcher, q: wq.Query, text: str) -> str | None:
    """`text` with its unknown or rare words corrected, or None if none is."""
    reader = searcher.reader()
    by_place: dict[tuple[int, int], list[_Word]] = {}
    for word in _words(q):
        by_place.setdefault((word.start, word.end), []).append(_as_written(word, text))
    replacements = {}
    for (start, end), readings in by_place.items():
        frequency = max(reader.doc_frequency(w.fieldname, w.term) for w in readings)
        corrections = [found for w in readings if (found := _correction(reader, w, frequency))]
        if corrections:
            _edits, _frequency, word, term = min(corrections, key=lambda found: (found[0], -found[1]))
            replacements[(start, end)] = _as_typed(_written_form(searcher, word.fieldname, term), text[start:end])
    if not replacements:
        return None
    corrected = text
    for (start, end), replacement in sorted(replacements.items(), reverse=True):
        corrected = corrected[:start] + replacement + corrected[end:]
    return corrected


def _words(q: wq.Query):
    """The query's plain and quoted words that have a place in the query text."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from _words(q.a)
        return
    if type(q) is wq.Term and q.fieldname in SCORED_FIELDS and getattr(q, "startchar", None) is not None:
        yield _Word(q.startchar, q.endchar, q.fieldname, q.text)
        return
    if isinstance(q, QuotedPhrase) and q.fieldname in SCORED_FIELDS and q.char_ranges:
        for (start, end), term in zip(q.char_ranges, q.words, strict=True):
            if start is not None:
                yield _Word(start, end, q.fieldname, term)
        return
    for child in q.children():
        yield from _words(child)


def _as_written(word: _Word, text: str) -> _Word:
    """A prose word as the user wrote it, in the field of words as written; a name word as it is."""
    written = WRITTEN_FIELDS.get(word.fieldname)
    if written is None:
        return word
    typed = text[word.start:word.end]
    tokens = [token.text for token in _WRITTEN_WORDS(typed)]
    return _Word(word.start, word.end, written, tokens[0]) if len(tokens) == 1 else word


def _correction(reader, word: _Word, frequency: int):
    """(edits, statements, word, corrected term) of the best correction, or None. The words sharing the
    prefix are read with their statement counts, and the edit distance, the costly test, is measured only
    for a word of a near length in enough statements: Whoosh's terms_within measured it for every word of
    the prefix, 90 ms a query on the General Debate."""
    least = max(1, frequency * MORE_FREQUENT)
    if len(word.term) <= SAME_PREFIX or not word.term.isalpha() or least > reader.doc_count():
        return None  # too short to tell a slip; numbers and codes; a word no other can be ten times as common as
    found = None
    edits_allowed = MAX_EDITS if len(word.term) >= TWO_EDITS_FROM else 1
    field = reader.schema[word.fieldname]
    for text, statements in _with_prefix(reader, word.fieldname, word.term[:SAME_PREFIX]).items():
        candidate = field.from_bytes(text)
        if abs(len(candidate) - len(word.term)) > edits_allowed or candidate == word.term:
            continue
        if statements < least or (edits := distance(candidate, word.term, limit=edits_allowed)) > edits_allowed:
            continue
        key = (edits, -statements)
        if found is None or key < (found[0], -found[1]):
            found = (edits, statements, word, candidate)
    return found


def _with_prefix(reader, fieldname: str, prefix: str) -> dict[bytes, int]:
    """Each word of a field starting with `prefix`, in order, with its statements: read segment by segment
    and added up, as Whoosh's reader of several segments counts them (it merges every word's entries of
    each segment first: 100 ms for the 2,000 words of a prefix on the General Debate, 16 ms so)."""
    found: dict[bytes, int] = {}
    for segment, _base in reader.leaf_readers():
        for text, info in segment.iter_prefix(fieldname, prefix):
            found[text] = found.get(text, 0) + info.doc_frequency()
    return dict(sorted(found.items()))


def _written_form(searcher, fieldname: str, term: str) -> str:
    """How a statement wrote `term` (a stem in prose fields), else the term."""
    field = searcher.schema[fieldname]
    if not isinstance(field.format, ProseCharacters) or not field.stored:
        return term
    postings = searcher.postings(fieldname, field.to_bytes(term))
    _position, start, end, _spelling = ProseCharacters.spelled_characters(postings.value())[0]
    return searcher.stored_fields(postings.id())[fieldname][start:end].lower()


def _as_typed(word: str, typed: str) -> str:
    """`word` in the letter case the user typed: Aliev -> Aliyev, UNSC -> ..."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
