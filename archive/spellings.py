"""A speaker's name as the source wrote it, beside the name the archive keeps.

The archive keeps each speaker's name in one form: honorifics removed, names
in capitals in normal case ("Mr. ARCE" is Arce). A profile shows the forms the
sources wrote too, found in the line the name was read from (the record's
evidence), so a reader can tell that "ISHIKANE Kimihiro" and "Ishikane
Kimihiro" are one person as written twice.
"""

from __future__ import annotations

import re

from archive.statement import Statement


def written_name(name: str, text: str) -> str | None:
    """`name` as `text` writes it, case aside ('Arce' in 'Mr. ARCE' is 'ARCE'); None when
    the text does not hold it word for word."""
    words = name.split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    found = re.search(pattern, text, re.IGNORECASE)
    return " ".join(found.group(0).split()) if found else None


def speaker_as_written(statement: Statement) -> str | None:
    """The statement's speaker as the first line read for it writes the name."""
    if not statement.speaker:
        return None
    for evidence in statement.evidence_for("speaker"):
        if written := written_name(statement.speaker, evidence.text):
            return written
    return None
