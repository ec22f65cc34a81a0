"""What a search asks and what it answers, whatever engine answers it.

The web page, the JSON API, the exports and the command line build a
SearchRequest and read a SearchResult; the names here are the URL's and the
API's vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from archive import vocabulary
from archive.errors import RequestError
from archive.statement import Statement
from archive.timeline import TimelineBar

# The facets a search counts and filters by, as named in URLs, the API and the command line;
# mentions: the States and places a statement names, as against the country it speaks for.
FACETS = ("speaker", "country", "forum", "type", "year", "mentions")
# The filters a request may carry: the facets, the UN document symbols a statement cites, its meeting.
FILTERS = (*FACETS, "symbol", "meeting")
# The values an index page lists (/speakers, /symbols ...), each with its number of statements.
LISTED = ("speaker", "country", "forum", "symbol", "meeting")
DEFAULT_PAGE_SIZE = 20
SORTS = ("relevance", "newest", "oldest", "received")  # received: the latest added to the archive first
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000


# The quotation marks phones, word processors and other languages type around a phrase: the query language's '"'.
_TYPED_QUOTES = str.maketrans({mark: '"' for mark in "“”„‟«»〝〞"})


def straight_quotes(text: str) -> str:
    """'“climate change”' as '"climate change"': a phrase however the user's keyboard quoted it."""
    return text.translate(_TYPED_QUOTES) if text else text


@dataclass(frozen=True)
class SearchRequest:
    """Everything that decides a result page; the web app builds it from the URL."""

    q: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str | None = None  # None: relevance for a query, newest when browsing
    page: int = 1
    size: int = DEFAULT_PAGE_SIZE
    exact: bool = False  # True: the spelling as typed, without its name variants
    state_first: bool = True  # words beginning with a State's name rank its statements first (speaking_state)

    def __post_init__(self):
        object.__setattr__(self, "q", straight_quotes(self.q))
        # A value given twice ('country=Brazil&country=Brazil') is one choice, not 'Brazil or Brazil'.
        once = {name: tuple(dict.fromkeys(values)) for name, values in self.filters.items()}
        object.__setattr__(self, "filters", once)

    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q.strip() else "newest")


@dataclass(frozen=True)
class Hit:
    statement: Statement
    score: float | None
    snippet: str  # HTML, escaped, hits in <mark>
    received: str | None = None  # when the archive first received the statement (UTC, ISO 8601)


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResult:
    request: SearchRequest
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    timeline: list[TimelineBar] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other spellings the query also matched
    suggestion: str | None = None  # "did you mean": the query corrected, when it finds little
    speaking: str | None = None  # the State the words begin with, whose matching statements rank first

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))



def validate(request: SearchRequest) -> None:
    if request.sort is not None and request.sort not in SORTS:
        raise RequestError(f"Unknown sort {request.sort!r}: use one of {', '.join(SORTS)}.")
    if not 1 <= request.page <= MAX_PAGE:
        raise RequestError(f"page must be between 1 and {MAX_PAGE}.")
    if not 1 <= request.size <= MAX_PAGE_SIZE:
        raise RequestError(f"size must be between 1 and {MAX_PAGE_SIZE}.")
    for name in request.filters:
        if name not in FILTERS:
            raise RequestError(f"Unknown filter {name!r}: use {', '.join(FILTERS)}.")
    for year in request.filters.get("year", ()):
        if not (year.isascii() and year.isdigit() and len(year) == 4):
            raise RequestError(f"year must be a year of four digits, such as 2021, not {year!r}.")
    kinds = [kind.name for kind in vocabulary.doc_types()]
    for kind in request.filters.get("type", ()):
        if kind not in kinds:
            raise RequestError(f"Unknown document type {kind!r}: use one of {', '.join(kinds)}.")
