"""The document type, from the cues of archive/data/doc_types.json.

Types are tried in the file's order (letter forms first, plain statements
last) against the header lines only: a statement that mentions "a letter" in
its body is still a statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.lines import Line


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple(
        (doc_type.name, re.compile(cue, re.IGNORECASE | re.MULTILINE))
        for doc_type in vocabulary.doc_types()
        for cue in doc_type.cues
    )


def find_doc_type(header: list[Line], has_speaker: bool) -> tuple[str, Evidence | None]:
    for name, cue in _cues():
        for line in header:
            if match := cue.search(line.text):
                return name, Evidence("doc_type", line.text, line.number, f"cue “{match.group(0)}”")
    if has_speaker:
        return "statement", None
    return "other", None
