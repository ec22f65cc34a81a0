"""Which rules read the documents into records: a fingerprint of the code and vocabularies that extract
metadata, recorded in each build's manifest.

A build made with other rules holds records an upgrade would read differently (a speaker's spelling, a
State, a date), though its index format is the same: `verbatim index` then reads every document again,
and `verbatim serve` says so of an archive it does not rebuild itself.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
# What reading a document into a record depends on.
_RULE_FILES = ("indexer/extraction/*.py", "indexer/importers/*.py", "indexer/formats/*.py", "indexer/cleaning.py",
               "indexer/reading.py", "archive/data/*.json")
FINGERPRINT_LENGTH = 16


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of the rule files' contents, in a fixed order."""
    digest = hashlib.sha256()
    for pattern in _RULE_FILES:
        for path in sorted(_ROOT.glob(pattern)):
            digest.update(path.relative_to(_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:FINGERPRINT_LENGTH]
