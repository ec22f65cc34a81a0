"""The seam between Verbatim and the search engine that holds its index.

Everything outside an engine package (archive.whoosh_engine today) talks to
the engine through these few verbs, so moving the archive to another engine
(OpenSearch past one machine: README, "Scaling") is one more package that
implements them and passes tests/test_engine_contract.py. An engine knows
its own files inside a build folder; the folder itself, the manifest, the
kept originals and the atomic swap of builds are archive.storage's.

Reading: `Engine.open(build)` gives a Reader, shared by every thread serving
that build. Writing: `Engine.create(build)` makes an empty index, `writer`
adds and deletes records in one process; a build over several processes has
each worker write a share (`share_writer(...).finish()` gives a token the
parent can carry) and the parent `commit_shares`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from archive.highlight import HitTerms, Token
from archive.ranking import Ranking
from archive.requests import Hit
from archive.statement import Statement
from archive.timeline import TimelineBar


@dataclass(frozen=True)
class Query:
    """A search as the engine answers it: the user's words, and filters as sets, never pasted into the words."""

    text: str = ""
    exact: bool = False  # True: the spelling as typed, without its name variants
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # any value of a filter, every filter
    period: tuple[date | None, date | None] | None = None  # statements whose dates overlap it
    sort: str = "newest"  # relevance | newest | oldest; undated statements last, ties by id
    speaking: str | None = None  # in relevance order, this State's statements first (archive.speaking_state)


@dataclass(frozen=True)
class Found:
    """One page of a search: the total, the hits in order, and what the whole match counts."""

    total: int
    hits: list[Hit]
    counts: dict[str, dict[str, int]]  # facet -> value -> matches; a filtered facet counted without its filter
    timeline: list[TimelineBar]
    variants: list[str]  # other spellings the words also matched
    suggestion: str | None  # the words corrected, when they find little


@dataclass(frozen=True)
class Exported:
    """A whole search for export: how many, whether snippets are marked, and the hits
    in order, read as they are iterated (the Exported itself iterates over them)."""

    total: int
    snippets: bool
    hits: Iterator[Hit]

    def __iter__(self) -> Iterator[Hit]:
        return self.hits


@dataclass(frozen=True)
class Occurrences:
    """Where a query's words and phrases stand in one matching statement's body (concordance, trends)."""

    statement_id: str
    year: str | None  # the statement's year, as the year facet has it
    spans: tuple[tuple[int, int], ...]  # character spans of the hits in the body as indexed (markdown_text.plain_text)


# What an engine keeps of each statement besides its facets, for `Reader.rows`: the post as
# written, and the speaker's name as the source writes it (archive.spellings).
DETAILS = ("speaker_role", "speaker_as_written")


@dataclass(frozen=True)
class Row:
    """One statement's values of some facets and details, without its text (profiles)."""

    statement_id: str
    values: Mapping[str, tuple[str, ...]]  # name -> the statement's values; () for none


class Reader(Protocol):
    """One published build, open for reading; safe to share between threads."""

    def count(self) -> int: ...

    def get(self, statement_id: str) -> Statement | None: ...

    def search(self, query: Query, start: int, stop: int) -> Found: ...

    def export(self, query: Query, snippets: bool | None = True, snippets_up_to: int = 0) -> Exported:
        """Every match in order; snippets marked if `snippets`, or (None) if there are up to `snippets_up_to`."""

    def more_like(self, statement_id: str, top: int) -> list[Statement]: ...

    def hit_terms(self, text: str, exact: bool) -> HitTerms: ...

    def facet_counts(self, name: str) -> dict[str, int]: ...  # every value of a facet -> its statements

    def occurrences(self, query: Query) -> list[Occurrences]: ...

    def words_per_year(self, query: Query) -> dict[str, int]: ...

    def bodies(self, query: Query) -> Iterator[str]: ...

    def rows(self, query: Query, names: tuple[str, ...]) -> list[Row]:
        """Every statement the query matches, oldest first (undated last, ties by id), with its
        values of `names`: facets (archive.requests.FACETS, LISTED) or DETAILS. Read from what
        the engine keeps for facets, never from the stored records."""

    def passages(self, statement_ids: list[str]) -> list[tuple[Statement, str]]: ...

    def facet_values(self, name: str) -> list[str]: ...

    def close(self) -> None: ...


class Writer(Protocol):
    """Adds and deletes records in one build; nothing is visible until `commit`.
    `received`: when the archive first received the statement (UTC, ISO 8601), which
    the "received" sort and the feeds order by."""

    def add(self, statement: Statement, received: str) -> None: ...

    def delete(self, statement_id: str) -> None: ...

    def commit(self) -> None: ...

    def cancel(self) -> None: ...


class ShareWriter(Protocol):
    """A worker's share of a build: `finish` returns a token for `Engine.commit_shares`, None if it added nothing."""

    def add(self, statement: Statement, received: str) -> None: ...

    def finish(self) -> object | None: ...

    def cancel(self) -> None: ...


class Engine(Protocol):
    name: str

    def holds_index(self, folder: Path) -> bool: ...

    def open(self, build: Path, ranking: Ranking) -> Reader: ...

    def create(self, build: Path) -> None: ...

    def writer(self, build: Path) -> Writer: ...

    def share_writer(self, build: Path) -> ShareWriter: ...

    def commit_shares(self, build: Path, tokens: list) -> None: ...

    def clone(self, build: Path, into: Path) -> None: ...

    def tokens(self, text: str, only: frozenset[str] | None = None) -> list[Token]: ...

    def words(self, text: str) -> list[str]: ...  # the words of a text as written, as the index splits them

    def term(self, word: str) -> str: ...  # the index term of one word of prose (its stem)
