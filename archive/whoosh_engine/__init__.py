"""The Whoosh engine: the only package that imports Whoosh or knows its files.

It implements archive.engine's interface; tests/test_engine_contract.py says
what that promises. Inside: the schema and analysis (schema, analysis), the
query language (query, phrases, variants, spelling), matching and ranking
(matching, postings, proximity, facet_table), highlighting's terms (terms), reading
(reading, files) and writing (writing).
"""

from __future__ import annotations

from pathlib import Path

from archive.highlight import Token
from archive.ranking import Ranking
from archive.whoosh_engine import files, writing
from archive.whoosh_engine.analysis import WORD, prose_term
from archive.whoosh_engine.reading import WhooshReader
from archive.whoosh_engine.terms import prose_tokens


class WhooshEngine:
    name = "whoosh"

    def holds_index(self, folder: Path) -> bool:
        return files.holds_index(folder)

    def open(self, build: Path, ranking: Ranking) -> WhooshReader:
        return WhooshReader(build, ranking)

    def create(self, build: Path) -> None:
        writing.create(build)

    def writer(self, build: Path) -> writing.WhooshWriter:
        return writing.WhooshWriter(build)

    def share_writer(self, build: Path) -> writing.WhooshShareWriter:
        return writing.WhooshShareWriter(build)

    def commit_shares(self, build: Path, tokens: list) -> None:
        writing.commit_shares(build, tokens)

    def clone(self, build: Path, into: Path) -> None:
        files.link_files(build, into)

    def tokens(self, text: str, only: frozenset[str] | None = None) -> list[Token]:
        return prose_tokens(text, only)

    def words(self, text: str) -> list[str]:
        return WORD.findall(text)

    def term(self, word: str) -> str:
        return prose_term(word)


WHOOSH = WhooshEngine()
