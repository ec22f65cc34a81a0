"""The API's OpenAPI description, served at /api/openapi.json.

Written by hand next to the code it describes; tests/test_openapi.py checks
real responses against it, so the two cannot drift apart silently.
"""

from __future__ import annotations

from archive import listing
from archive.profiles import PROFILED
from archive.requests import FACETS, FILTERS, MAX_PAGE, MAX_PAGE_SIZE, SORTS
from archive.statement import DATE_PRECISIONS
from web.indexes import INDEXES
from web.profiles import PATHS

NULLABLE_STRING = {"type": ["string", "null"]}
STRINGS = {"type": "array", "items": {"type": "string"}}


def _evidence() -> dict:
    return {"type": "object", "required": ["field", "text", "line", "method", "confidence"],
            "additionalProperties": False,
            "properties": {"field": {"type": "string"}, "text": {"type": "string"},
                           "line": {"type": ["integer", "null"]}, "method": {"type": "string"},
                           "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}


def _statement() -> dict:
    dated = {"type": "object", "required": ["date", "role", "precision"], "additionalProperties": False,
             "properties": {"date": {"type": "string", "format": "date"}, "role": {"type": "string"},
                            "precision": {"enum": list(DATE_PRECISIONS)}}}
    return {
        "type": "object",
        "description": "The Statement record (see ../shared/DESIGN.md).",
        "required": ["id", "source", "title", "body", "speaker", "speakers", "country", "forum", "forums",
                     "doc_type", "date", "date_precision", "evidence", "warnings"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"}, "source": {"type": "string"}, "title": {"type": "string"},
            "body": {"type": "string"}, "speaker": NULLABLE_STRING, "speakers": STRINGS,
            "speaker_role": NULLABLE_STRING, "country": NULLABLE_STRING,
            "replies_to_states": {**STRINGS, "description": "The States a right of reply answers (by their names "
                                  "in the country facet); never `country`, the State that delivers it."},
            "forum": NULLABLE_STRING,
            "forums": STRINGS, "meeting": NULLABLE_STRING, "doc_type": {"type": "string"},
            "date": {"type": ["string", "null"], "format": "date"},
            "date_precision": {"enum": [*DATE_PRECISIONS, None]},
            "dates": {"type": "array", "items": dated}, "location": NULLABLE_STRING,
            "agenda_items": STRINGS, "symbols": STRINGS, "mentions": STRINGS, "groups": STRINGS,
            "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}},
            "warnings": STRINGS, "overrides": STRINGS, "content_hash": {"type": "string"},
            "confidence": {"type": "object", "description": "How sure extraction is of each field it filled, 0-1.",
                           "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1}},
            "suggestions": {"type": "object", "description": "Values extraction found but was not sure enough "
                            "of to assert: not in the fields, not in facets.",
                            "additionalProperties": {"type": "string"}},
            "corrected": {"type": "object", "description": "For each field set by hand, the value extraction "
                          "had given."},
            **_thread(),
        },
    }


def _thread() -> dict:
    """The reply thread a record is read with (archive.replies): links found when it is read, not stored."""
    return {
        "replies_to": {**STRINGS, "description": "Ids of the statements this right of reply answers: by a State "
                       "in replies_to_states, at a forum it shares, the same day or up to two days before (or, "
                       "when either is not dated to the day, at the same meeting). A State in replies_to_states "
                       "with none of its statements here is answered by a statement the archive does not hold."},
        "replied_by": {**STRINGS, "description": "Ids of the rights of reply answering this statement, by the "
                       "same rule."},
    }


def _hit() -> dict:
    return {
        "type": "object",
        "required": ["id", "url", "title", "snippet", "doc_type", "date"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"},
            "speaker": NULLABLE_STRING, "speakers": STRINGS, "country": NULLABLE_STRING,
            "forum": NULLABLE_STRING, "forums": STRINGS, "doc_type": {"type": "string"},
            "doc_type_label": {"type": "string"}, "date": {"type": ["string", "null"]},
            "date_precision": {"enum": [*DATE_PRECISIONS, None]}, "location": NULLABLE_STRING,
            "snippet": {"type": "string", "description": "HTML: the text escaped, hits in <mark>"},
            "score": {"type": ["number", "null"]},
            "received": {"type": ["string", "null"], "format": "date-time",
                         "description": "when the archive first received the statement (UTC)"},
        },
    }


def _facet() -> dict:
    value = {"type": "object", "required": ["value", "label", "count", "selected", "toggle_url"],
             "additionalProperties": False,
             "properties": {"value": {"type": "string"}, "label": {"type": "string"},
                            "count": {"type": "integer", "minimum": 0}, "selected": {"type": "boolean"},
                            "toggle_url": {"type": "string"}}}
    return {"type": "object", "required": ["title", "values", "more", "hidden", "all_url", "total_values"],
            "additionalProperties": False,
            "properties": {"title": {"type": "string"}, "values": {"type": "array", "items": value},
                           "more": {"type": "array", "items": value}, "hidden": {"type": "integer"},
                           "all_url": {"type": ["string", "null"],
                                       "description": "this search with every value of each facet (facet_size=max)"},
                           "total_values": {"type": "integer"}}}


def _search_page() -> dict:
    bar = {"type": "object", "required": ["label", "start", "end", "count", "url"], "additionalProperties": False,
           "properties": {"label": {"type": "string"}, "start": {"type": "string", "format": "date"},
                          "end": {"type": "string", "format": "date"}, "count": {"type": "integer"},
                          "url": {"type": "string"}}}
    query = {"type": "object", "required": ["q", "filters", "from", "to", "sort"], "additionalProperties": False,
             "properties": {"q": {"type": "string"}, "filters": {"type": "object", "additionalProperties": STRINGS},
                            "from": NULLABLE_STRING, "to": NULLABLE_STRING, "sort": {"enum": list(SORTS)},
                            "sort_chosen": {"enum": [*SORTS, None]}}}
    return {
        "type": "object",
        "required": ["ok", "description", "total", "page", "pages", "size", "hits", "facets", "timeline", "query"],
        "additionalProperties": False,
        "properties": {
            "ok": {"const": True}, "description": {"type": "string"}, "total": {"type": "integer"},
            "variants": STRINGS, "exact_url": NULLABLE_STRING,
            "speaking": NULLABLE_STRING, "speaking_off_url": NULLABLE_STRING,
            "suggestion": NULLABLE_STRING, "suggestion_url": NULLABLE_STRING,
            "page": {"type": "integer"}, "pages": {"type": "integer"}, "size": {"type": "integer"},
            "previous_url": NULLABLE_STRING, "next_url": NULLABLE_STRING, "query": query,
            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            "facets": {"type": "object", "required": list(FACETS), "additionalProperties": False,
                       "properties": {name: {"$ref": "#/components/schemas/Facet"} for name in FACETS}},
            "timeline": {"type": "array", "items": bar},
            "dated_by_year_only": {
                "type": ["object", "null"], "required": ["count", "year"], "additionalProperties": False,
                "properties": {"count": {"type": "integer"}, "year": {"type": "integer"}},
                "description": "between two dates inside one year, how many statements found are dated only by "
                               "that year (a statement known by its year matches any dates within it); else null"},
        },
    }


def _index_page() -> dict:
    value = {"type": "object", "required": ["value", "count", "url"], "additionalProperties": False,
             "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 1},
                            "url": {"type": "string", "description": "the value's own page"}}}
    return {
        "type": "object",
        "required": ["ok", "index", "title", "description", "query", "total", "values_in_archive", "page", "pages",
                     "size", "previous_url", "next_url", "sort_urls", "values"],
        "additionalProperties": False,
        "properties": {
            "ok": {"const": True}, "index": {"type": "string"}, "title": {"type": "string"},
            "description": {"type": "string"},
            "query": {"type": "object", "required": ["q", "sort"], "additionalProperties": False,
                      "properties": {"q": {"type": "string"}, "sort": {"enum": list(listing.SORTS)}}},
            "total": {"type": "integer", "description": "values left after the filter"},
            "values_in_archive": {"type": "integer"},
            "page": {"type": "integer"}, "pages": {"type": "integer"}, "size": {"type": "integer"},
            "previous_url": NULLABLE_STRING, "next_url": NULLABLE_STRING,
            "sort_urls": {"type": "object", "additionalProperties": {"type": "string"}},
            "values": {"type": "array", "items": value},
        },
    }


def _profile() -> dict:
    """A speaker's or a State's profile (web.profiles)."""
    count = {"type": "integer", "minimum": 1, "description": "statements"}
    years = {"type": "array", "items": {"type": "integer"}, "description": "the years, ascending"}
    spans = {"type": "string", "description": "the years as runs: '1994–1995, 2005' (empty when undated)"}

    def held(key: str, linked: bool) -> dict:
        properties = {key: {"type": "string"}, "years": years, "spans": spans, "count": count}
        if linked:
            properties["url"] = {"type": "string", "description": "its own page"}
        return {"type": "array", "items": {"type": "object", "required": list(properties),
                                            "additionalProperties": False, "properties": properties}}

    statement = {"type": ["object", "null"], "required": ["id", "title", "date", "readable_date", "url"],
                 "additionalProperties": False,
                 "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                                "date": {"type": ["string", "null"], "format": "date"},
                                "readable_date": NULLABLE_STRING, "url": {"type": "string"}}}
    speaker = {"type": "object", "required": ["speaker", "url", "years", "spans", "count", "posts"],
               "additionalProperties": False,
               "properties": {"speaker": {"type": "string"}, "url": {"type": "string"}, "years": years,
                              "spans": spans, "count": count,
                              "posts": {**held("post", False), "description": "posts held as the first speaker"}}}
    named = {"type": "object", "required": ["name", "count", "url"], "additionalProperties": False,
             "properties": {"name": {"type": "string"}, "count": count, "url": {"type": "string"}}}
    written = {"type": "object", "required": ["spelling", "count"], "additionalProperties": False,
               "properties": {"spelling": {"type": "string"}, "count": count}}
    properties = {
        "ok": {"const": True}, "kind": {"enum": list(PROFILED)},
        "name": {"type": "string", "description": "the name as the archive keeps it"},
        "url": {"type": "string", "description": "the profile's page"}, "count": {"type": "integer"},
        "spellings": {"type": "object", "required": ["written", "in_archive", "known_as"],
                      "additionalProperties": False,
                      "properties": {
                          "written": {"type": "array", "items": written,
                                      "description": "the name as the sources write it, where not as kept "
                                                     "(a speaker's spellings in other case or accents are one "
                                                     "speaker, under the name kept)"},
                          "in_archive": {"type": "array", "items": named,
                                         "description": "other names the archive keeps with the same words in "
                                                        "another order"},
                          "known_as": {**STRINGS, "description": "a State's other names and its ISO3 code, "
                                                                 "from the vocabulary"}}},
        "all_spellings_url": {"type": ["string", "null"], "description": "a search of every spelling together"},
        "possibly_same": {"type": "array", "items": named,
                          "description": "a speaker's names with words added or left out, for the same State "
                                         "('Tayyip Erdoğan' beside 'Recep Tayyip Erdoğan'): possibly one person"},
        "posts": {**held("post", False), "description": "a speaker's posts as written, earliest first"},
        "countries": {**held("country", True), "description": "the States a speaker spoke for"},
        "forums": held("forum", True),
        "speakers": {"type": "array", "items": speaker,
                     "description": "a State's speakers, in the order they first spoke for it"},
        "spans": {**spans, "description": "the years of its statements as runs"},
        "per_year": {"type": "array", "items": {
            "type": "object", "required": ["year", "count", "url"], "additionalProperties": False,
            "properties": {"year": {"type": "integer"}, "count": count, "url": {"type": "string"}}}},
        "first": {**statement, "description": "the earliest statement"},
        "last": {**statement, "description": "the latest dated statement"},
    }
    return {"type": "object", "required": list(properties), "additionalProperties": False, "properties": properties}


def _profile_path(kind: str, path: str, error: dict) -> dict:
    return {"get": {
        "summary": f"A {kind}'s profile (the top of the page /{path}/NAME as JSON); another spelling of a "
                   "known name redirects to its own URL",
        "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {
            "200": {"description": "The profile",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}},
            "302": {"description": "Another spelling of a known name: to the name's own URL"},
            "404": error,
        },
    }}


def _index_path(name: str, noun: str, error: dict) -> dict:
    parameters = [
        {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": listing.MAX_FILTER_LENGTH},
         "description": "only the values whose name holds every one of these words (case and accents aside)"},
        {"name": "sort", "in": "query", "schema": {"enum": list(listing.SORTS)},
         "description": "count (most statements first; the default) or name (A-Z)"},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
        {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": listing.MAX_SIZE},
         "description": f"values per page ({listing.DEFAULT_SIZE} by default)"},
    ]
    return {"get": {
        "summary": f"Every {noun} in the archive with its number of statements (the page /{name} as JSON)",
        "parameters": parameters,
        "responses": {
            "200": {"description": f"A page of {name}",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IndexPage"}}}},
            "400": error,
            "404": error,
        },
    }}


def _parameters() -> list[dict]:
    text = {"type": "string"}
    many = {"type": "array", "items": {"type": "string"}}
    parameters = [
        {"name": "q", "in": "query", "schema": text, "description": "words, \"phrases\", AND/OR/NOT, field:value"},
        {"name": "from", "in": "query", "schema": text, "description": "2021, June 2021, 2021-06-22 or 22 June 2021"},
        {"name": "to", "in": "query", "schema": text, "description": "same forms; the end of that period"},
        {"name": "sort", "in": "query", "schema": {"enum": list(SORTS)}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
        {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        {"name": "facet_size", "in": "query",
         "schema": {"oneOf": [{"type": "integer", "minimum": 1}, {"enum": ["max"]}]},
         "description": "values listed per facet (110 by default); max: every value"},
        {"name": "exact", "in": "query", "schema": {"enum": ["1"]},
         "description": "1: the spelling as typed, without its name variants (Kalbajar without Kəlbəcər)"},
        {"name": "state_first", "in": "query", "schema": {"enum": ["0"]},
         "description": "0: rank every matching statement by its words alone; by default, words that begin "
                        "with a State's name (Pakistan Kashmir) rank that State's statements first"},
    ]
    parameters += [{"name": name, "in": "query", "schema": many, "style": "form", "explode": True,
                    "description": f"filter: {name} (repeat for several values)"} for name in FILTERS]
    return parameters


def openapi() -> dict:
    error = {"description": "A mistake in the request, or nothing there",
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Verbatim API", "version": "1",
                 "description": "Search diplomatic statements and read their records."},
        "paths": {
            "/api/search": {"get": {
                "summary": "One page of a search: hits with marked snippets, facet counts, a timeline",
                "parameters": _parameters(),
                "responses": {
                    "200": {"description": "A page of results",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}}}},
                    "400": error,
                },
            }},
            **{f"/api/{name}": _index_path(name, index.noun, error) for name, index in INDEXES.items()},
            **{f"/api/{path}/{{name}}": _profile_path(kind, path, error) for kind, path in PATHS.items()},
            "/api/statements/{id}": {"get": {
                "summary": "One statement's record, evidence included",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "The record", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["ok", "statement", "url"], "additionalProperties": False,
                        "properties": {"ok": {"const": True}, "url": {"type": "string"},
                                       "statement": {"$ref": "#/components/schemas/Statement"}}}}}},
                    "404": error,
                },
            }},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["ok", "error", "status"], "additionalProperties": False,
                      "properties": {"ok": {"const": False}, "error": {"type": "string"},
                                     "status": {"type": "integer"},
                                     "see": {"type": "array", "description": "Ways on: the closest names to one "
                                             "not found, each a link.",
                                             "items": {"type": "object", "required": ["url", "text"],
                                                       "properties": {"url": {"type": "string"},
                                                                      "text": {"type": "string"}}}}}},
            "Evidence": _evidence(),
            "Statement": _statement(),
            "Hit": _hit(),
            "Facet": _facet(),
            "SearchPage": _search_page(),
            "IndexPage": _index_page(),
            "Profile": _profile(),
        }},
    }
