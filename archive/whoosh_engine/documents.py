"""Statement records to index documents and back."""

from __future__ import annotations

import json

from archive import vocabulary
from archive.dates import statement_period
from archive.markdown_text import plain_text
from archive.statement import Statement
from archive.whoosh_engine.analysis import WORD
from archive.whoosh_engine.schema import WORD_COUNT


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


def _forum_terms(names) -> str:
    terms = []
    for name in names:
        forum = vocabulary.forum_named(name)
        terms.extend((name, *forum.aliases) if forum else (name,))
    return "\n".join(terms)


def to_document(statement: Statement) -> dict:
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
        "meeting": statement.meeting or "",
        "speaker": "\n".join(speakers),
        "country": _country_terms(statement.country),
        "forum": _forum_terms(forums),
        "location": statement.location or "",
        "symbol": _facet_values(statement.symbols),
        "doc_type": statement.doc_type,
        "facet_speaker": _facet_values(speakers),
        "facet_country": statement.country or "",
        "facet_forum": _facet_values(forums),
        "dated": "1" if period else "0",
        WORD_COUNT: sum(1 for _ in WORD.finditer(body_text)),
    }
    if period:
        document.update(year=statement.date[:4], date_start=period[0], date_end=period[1])
    return document


def from_stored(stored: dict) -> Statement:
    record = json.loads(stored["record"])
    record.setdefault("body", stored["body"])
    return Statement.from_dict(record)
