"""Verbatim's domain: the Statement record, vocabularies and the searchable archive.

Imports neither Flask nor file readers: the indexer writes through it and the
web app reads through it (../shared/DESIGN.md, "Dependencies point one way").
"""

from archive.errors import RequestError
from archive.requests import SearchRequest, SearchResult
from archive.search import Archive
from archive.statement import DatedRole, Evidence, Statement

__all__ = [
    "Archive",
    "DatedRole",
    "Evidence",
    "RequestError",
    "SearchRequest",
    "SearchResult",
    "Statement",
]
