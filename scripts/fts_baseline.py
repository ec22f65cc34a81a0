"""SQLite FTS5's bm25 ranking of the General Debate: the baseline scripts/relevance measures Verbatim against.

The table holds what Verbatim's index holds for each speech (the importer's
own record: id, title, body, speaker, country), so both rankings read the
same words; FTS5 stems with Porter and folds accents as Verbatim does, and
keeps every small word, as Verbatim does.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from indexer.importers.ungdc import build_manifest, to_statement

COLUMNS = ("id", "title", "body", "speaker", "country")


def open_fts(root: Path, path: Path) -> tuple[sqlite3.Connection, float | None]:
    """The FTS5 table at `path`, built from the corpus at `root` if missing; and the seconds building took."""
    if path.exists():
        return sqlite3.connect(path), None
    started = time.monotonic()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, speaker, country, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    for corpus_file in build_manifest(root).files:
        statement = to_statement(corpus_file, corpus_file.path.read_bytes())
        db.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", tuple(getattr(statement, name) or "" for name in COLUMNS))
    db.commit()
    db.close()
    partial.rename(path)
    return sqlite3.connect(path), time.monotonic() - started


def fts_match(q: str) -> str:
    """The query in FTS5's syntax, with the same words: each word a string, a quoted phrase a phrase, all ANDed."""
    pieces = re.findall(r'"[^"]*"|[^\s"]+', q)
    return " ".join('"' + piece.strip('"').replace('"', '""') + '"' for piece in pieces)


def fts_top(db: sqlite3.Connection, q: str, size: int) -> list[str]:
    """The ids of the best `size` speeches for `q` by bm25 (FTS5's rank: lower is better)."""
    rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (fts_match(q), size))
    return [statement_id for (statement_id,) in rows]
