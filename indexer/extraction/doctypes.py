"""The document type, from the cues of archive/data/doc_types.json.

Types are tried in the file's order (document forms first, plain statements
last) against the header lines: a statement that mentions "a letter" in its
body is still a statement. When the header says no more than "statement",
the opening paragraph's formulas may say more ("presents its compliments"
is a note verbale; "to exercise ... right of reply" a right of reply), and a
statement on behalf of a group of States is a joint statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.lines import Line

GENERIC = "statement"


@lru_cache(maxsize=1)
def _cues(kind: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple(
        (doc_type.name, re.compile(cue, re.IGNORECASE | re.MULTILINE))
        for doc_type in vocabulary.doc_types()
        for cue in getattr(doc_type, kind)
    )


def _from_header(header: list[Line]) -> tuple[str, Evidence] | None:
    for name, cue in _cues("cues"):
        for line in header:
            if match := cue.search(line.text):
                return name, Evidence("doc_type", line.text, line.number, f"cue “{match.group(0)}”")
    return None


def _from_opening(opening: str) -> tuple[str, Evidence] | None:
    for name, cue in _cues("body_cues"):
        if match := cue.search(opening):
            return name, Evidence("doc_type", match.group(0), None, f"opening formula “{match.group(0)}”")
    return None


def find_doc_type(header: list[Line], opening: str, has_speaker: bool,
                  groups_evidence: Evidence | None) -> tuple[str, Evidence | None]:
    found = _from_header(header)
    if found and found[0] != GENERIC:
        return found
    if more := _from_opening(opening):
        return more
    if groups_evidence:
        return "joint_statement", groups_evidence
    if found:
        return found
    return ("statement" if has_speaker else "other"), None
