"""The index schema: field types chosen by use, as Whoosh's docs advise.

Search fields (analyzed) answer the query language: title, body, speaker,
country, forum, meeting, location, symbol, type. Facet fields keep exact
values: ID columns for single-valued facets, comma KEYWORDs for multi-valued
ones, and all of a statement's facet values again in one column for loading
the facet table. The whole record is stored as JSON so a hit needs no second lookup.
The body's pairs of adjacent common words are a field of their own, which its phrases are read in,
and so are the counts of its common words, which their scores are read from.
"""

from __future__ import annotations

from whoosh import columns, fields

from archive.engine import DETAILS
from archive.whoosh_engine.analysis import (
    ProseCharacters,
    WrittenWords,
    name_analyzer,
    prose_analyzer,
    written_analyzer,
)
from archive.whoosh_engine.common_words import CommonCounts
from archive.whoosh_engine.pairs import WordPairs

# A change here, or in a posting format, raises archive.storage.INDEX_FORMAT.

# Facet name (archive.requests.FACETS, LISTED) -> (index field, several values per statement?)
FACET_FIELDS = {
    "speaker": ("facet_speaker", True),
    "country": ("facet_country", False),
    "forum": ("facet_forum", True),
    "type": ("doc_type", False),
    "year": ("year", False),
    "mentions": ("facet_mentions", True),
    "meeting": ("facet_meeting", False),
    "symbol": ("facet_symbol", True),
}

# One column per statement holding its id, when it was received and its facet values
# (documents.facet_row), so the facet table is read in one pass over the column instead of
# one posting list per value.
FACET_ROW_FIELD = "facet_row"
ROW_SEPARATOR, VALUE_SEPARATOR = "\x1f", ","  # values never hold commas (documents._facet_values)
# What the row holds after the facets, one cell each, that no search counts or filters by
# (archive.engine.DETAILS: a profile's posts and spellings).
ROW_DETAILS = DETAILS

# Filters matched in a field rather than the facet table -> the field holding their values, lowercased:
# symbol=S/RES/242 finds S/RES/242 (1967) too (documents.symbol_terms).
FILTER_FIELDS = {"symbol": "symbol"}

# Field names a user may write before a colon in a query, and the field searched.
QUERY_FIELDS = {
    "title": "title",
    "body": "body",
    "speaker": "speaker",
    "country": "country",
    "forum": "forum",
    "meeting": "meeting",
    "location": "location",
    "type": "doc_type",
    "symbol": "symbol",
    "year": "year",
    "mentions": "mentions",
}

PROSE_FIELDS = ("title", "body", "meeting")
# Prose field searched by default -> the field of its words as written, which its
# wildcards match (analysis.WrittenWords): decoloni* must find "decolonization", stemmed decolon.
WRITTEN_FIELDS = {"title": "title_words", "body": "body_words"}
# Prose field -> the field of its adjacent common words' pairs, which its phrases are read in (pairs.py).
PAIR_FIELDS = {"body": "body_pairs"}
# Prose field -> the field of how often each statement holds its common words, which their matches
# and scores are read from (common_words.py).
COUNT_FIELDS = {"body": "body_counts"}
# The fields a query's words are scored in: BM25 reads their lengths for every scored
# document, and "did you mean" corrects words in them.
SCORED_FIELDS = ("title", "body", "meeting", "speaker", "country", "forum", "location")
# The words of a statement's body (analysis.WORD), exact: Whoosh's own field lengths are
# rounded to a byte. Trends divide by them to give rates per 10,000 words.
WORD_COUNT = "word_count"


def _prose_field(analyzer, **options) -> fields.TEXT:
    """Prose: positions, character spans and spellings computed in bulk."""
    prose = fields.TEXT(analyzer=analyzer, **options)
    prose.format = ProseCharacters(field_boost=prose.format.field_boost)
    return prose


def _written_field() -> fields.FieldType:
    """Which documents hold each word as written: no positions or frequencies. Scorable only
    to have a lengths column: without one, Whoosh checks for the file at each posting it writes."""
    return fields.FieldType(WrittenWords(), written_analyzer(), scorable=True)


def _pairs_field() -> fields.FieldType:
    """Where each pair of adjacent words starts, spelled how; scorable for a lengths column, as above."""
    return fields.FieldType(WordPairs(), written_analyzer(), scorable=True)


def _counts_field() -> fields.FieldType:
    """How often a statement holds each common word, without positions; never searched by a user."""
    return fields.FieldType(CommonCounts(), written_analyzer())


def build_schema() -> fields.Schema:
    prose = prose_analyzer()
    names = name_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        source=fields.ID(stored=True),
        content_hash=fields.ID(stored=True),
        record=fields.STORED(),
        title=_prose_field(prose, stored=True, field_boost=2.0),
        body=_prose_field(prose, stored=True),
        meeting=_prose_field(prose),
        title_words=_written_field(),
        body_words=_written_field(),
        body_pairs=_pairs_field(),
        body_counts=_counts_field(),
        speaker=fields.TEXT(analyzer=names),
        country=fields.TEXT(analyzer=names),
        forum=fields.TEXT(analyzer=names),
        location=fields.TEXT(analyzer=names),
        mentions=fields.TEXT(analyzer=names),
        symbol=fields.KEYWORD(commas=True, lowercase=True),
        doc_type=fields.ID(stored=True, sortable=True),
        year=fields.ID(sortable=True),
        facet_speaker=fields.KEYWORD(commas=True),
        facet_country=fields.ID(sortable=True),
        facet_forum=fields.KEYWORD(commas=True),
        facet_mentions=fields.KEYWORD(commas=True),
        facet_meeting=fields.ID(),
        facet_symbol=fields.KEYWORD(commas=True),
        dated=fields.ID(sortable=True),
        date_start=fields.NUMERIC(int, sortable=True),
        date_end=fields.NUMERIC(int, sortable=True),
        facet_row=fields.COLUMN(columns.VarBytesColumn()),
        word_count=fields.NUMERIC(int, bits=32, signed=False, sortable=True),  # WORD_COUNT
    )
