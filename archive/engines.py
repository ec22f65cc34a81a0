"""The engines Verbatim can run on, and the one it runs on (archive.engine says what an engine is)."""

from __future__ import annotations

from archive.engine import Engine
from archive.whoosh_engine import WHOOSH

ENGINES: dict[str, Engine] = {WHOOSH.name: WHOOSH}
DEFAULT_ENGINE: Engine = WHOOSH
