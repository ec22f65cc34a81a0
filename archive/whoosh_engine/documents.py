"""Statement records to index documents and back."""

from __future__ import annotations

import json
import re

from archive import vocabulary
from archive.dates import statement_period
from archive.markdown_text import plain_text
from archive.spellings import speaker_as_written
from archive.statement import Statement
from archive.whoosh_engine.analysis import prose_words
from archive.whoosh_engine.schema import FACET_FIELDS, FACET_ROW_FIELD, ROW_DETAILS, ROW_SEPARATOR, WORD_COUNT


def _facet_values(values) -> str:
    # KEYWORD fields split on commas: a comma inside a value would cut it in two.
    return ",".join(value.replace(",", " ") for value in values if value)


def _country_terms(name: str | None) -> str:
    """A country's name with its aliases, adjectives and ISO3 code, so that
    country:AZE, country:Azerbaijani and country:Azerbaijan agree."""
    if not name:
        return ""
    country = vocabulary.country_named(name)
    if country is None:
        return name
    return " ".join((*country.names, *country.adjectives, country.iso3))


def _mention_terms(name: str) -> str:
    """A State as for country (code, adjective), a place with its other spellings: mentions:Kalbajar."""
    if vocabulary.country_named(name):
        return _country_terms(name)
    return " ".join(vocabulary.place_names(name) or (name,))


def symbol_terms(symbols) -> str:
    """Each symbol, and a Security Council resolution's also without its year:
    S/RES/242 finds the statements citing S/RES/242 (1967)."""
    return _facet_values(dict.fromkeys(form for symbol in symbols
                                       for form in (symbol, re.sub(r"\s?\(\d{4}\)$", "", symbol))))


def _forum_terms(names) -> str:
    terms = []
    for name in names:
        forum = vocabulary.forum_named(name)
        terms.extend((name, *forum.aliases) if forum else (name,))
    return "\n".join(terms)


def to_document(statement: Statement, received: str = "") -> dict:
    body_text = plain_text(statement.body)
    record = statement.to_dict()
    if body_text == statement.body:
        del record["body"]  # stored once, in the body field
    period = statement_period(statement.date, statement.date_precision)
    speakers = statement.speakers or ((statement.speaker,) if statement.speaker else ())
    forums = statement.forums or ((statement.forum,) if statement.forum else ())
    document = {
        "id": statement.id,
        "source": statement.source,
        "content_hash": statement.content_hash,
        "record": json.dumps(record, ensure_ascii=False),
        "title": statement.title,
        "body": body_text,
        "title_words": statement.title,
        "body_words": body_text,
        "body_pairs": body_text,
        "body_counts": body_text,
        "meeting": statement.meeting or "",
        "speaker": "\n".join(speakers),
        "country": _country_terms(statement.country),
        "forum": _forum_terms(forums),
        "location": statement.location or "",
        "mentions": "\n".join(_mention_terms(name) for name in statement.mentions),
        "symbol": symbol_terms(statement.symbols),
        "doc_type": statement.doc_type,
        "facet_speaker": _facet_values(speakers),
        "facet_country": statement.country or "",
        "facet_forum": _facet_values(forums),
        "facet_mentions": _facet_values(statement.mentions),
        "facet_meeting": statement.meeting or "",
        "facet_symbol": _facet_values(statement.symbols),
        "dated": "1" if period else "0",
        WORD_COUNT: len(prose_words(body_text)),  # read once, for the body's fields too (analysis.prose_words)
    }
    if period:
        document.update(year=statement.date[:4], date_start=period[0], date_end=period[1])
    details = {"speaker_role": statement.speaker_role, "speaker_as_written": speaker_as_written(statement)}
    document[FACET_ROW_FIELD] = facet_row(document, received, details)
    return document


def facet_row(document: dict, received: str, details: dict[str, str | None]) -> bytes:
    """The statement's id, when it was received, each facet's values as its facet field
    holds them (FACET_FIELDS' order), then its details (ROW_DETAILS' order)."""
    cells = [document["id"], received, *(document.get(field, "") for field, _multi in FACET_FIELDS.values()),
             *(" ".join((details[name] or "").replace(ROW_SEPARATOR, " ").split()) for name in ROW_DETAILS)]
    return ROW_SEPARATOR.join(cells).encode("utf-8")


def from_stored(stored: dict) -> Statement:
    record = json.loads(stored["record"])
    record.setdefault("body", stored["body"])
    return Statement.from_dict(record)
