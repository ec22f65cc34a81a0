"""How sure extraction is of each field, and what it is too unsure of to assert.

Each cue gives its evidence a confidence: how often that cue is right (a
heading read by a convention of diplomatic writing is near 1, a guess from an
opening sentence far below). A field's confidence is its best evidence's.
A value under SUGGESTION_BELOW is not asserted: it is kept as a suggestion,
which the reading view shows as uncertain with a search for it, and which no
facet or field filter counts. A wrong value costs more than a missing one (it
puts a statement under the wrong State or speaker in every facet), but a
missing one costs too, so the threshold sits where the cues below it were
measured right less often than not (README, "Metadata extraction").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple

from archive.statement import Evidence, Statement

SUGGESTION_BELOW = 0.5
# The fields whose values carry a confidence, with what each clears when it is only suggested.
CONFIDENT_FIELDS = ("speaker", "speaker_role", "country", "forum", "meeting", "date", "location", "doc_type")
# doc_type always has a value: a statement with no cue for its type is a plain statement, or 'other'.
UNCUED_DOC_TYPE = 0.6


def field_confidence(statement: Statement, name: str) -> float | None:
    """The best confidence among the evidence for `name`; None when the field is empty."""
    if not getattr(statement, name):
        return None
    scores = [item.confidence for item in statement.evidence_for(name)]
    if scores:
        return max(scores)
    return UNCUED_DOC_TYPE if name == "doc_type" else 1.0


def settle(statement: Statement) -> Statement:
    """The record with each field's confidence, and values under the threshold
    moved from the field into `suggestions`."""
    confidence: dict[str, float] = {}
    suggestions: dict[str, str] = {}
    cleared: dict = {}
    for name in CONFIDENT_FIELDS:
        score = field_confidence(statement, name)
        if score is None:
            continue
        confidence[name] = round(score, 2)
        if score >= SUGGESTION_BELOW or name == "doc_type":
            continue
        suggestions[name] = getattr(statement, name)
        cleared.update(_cleared(statement, name))
    warnings = tuple(statement.warnings) + tuple(
        f"{name} uncertain ({value}): kept as a suggestion, not asserted" for name, value in suggestions.items())
    return dataclasses.replace(statement, **cleared, confidence=confidence, suggestions=suggestions,
                               warnings=warnings)


def _cleared(statement: Statement, name: str) -> dict:
    if name == "forum":
        return {"forum": None, "forums": ()}
    if name == "speaker":
        return {"speaker": None, "speakers": tuple(s for s in statement.speakers if s != statement.speaker)}
    if name == "date":
        return {"date": None, "date_precision": None}
    return {name: None}


# Candidates compared beyond the winner, and how close a rival naming another value
# must come to make the winner doubtful, and by how much it then loses.
LOOK_AHEAD = 6
CONTEST_MARGIN = 0.1
DOUBT = 0.15


class Chosen(NamedTuple):
    value: str | None
    evidence: Evidence | None
    warning: str | None = None
    alternatives: tuple[Evidence, ...] = ()


def choose(candidates: Iterable[tuple[str, Evidence, str | None]]) -> Chosen:
    """The strongest of a field's candidates, which come most trusted first.

    The next few that name another value are kept as alternatives (evidence of
    confidence 0, so a person sees what else the text suggested); a rival nearly
    as strong as the winner makes the winner doubtful, and its confidence drops."""
    found = list(islice(candidates, 1 + LOOK_AHEAD))
    if not found:
        return Chosen(None, None)
    value, evidence, warning = found[0]
    rivals: dict[str, Evidence] = {}
    for other, other_evidence, _warning in found[1:]:
        if other != value:
            rivals.setdefault(other, other_evidence)
    if any(e.confidence >= evidence.confidence - CONTEST_MARGIN for e in rivals.values()):
        evidence = dataclasses.replace(evidence, confidence=round(evidence.confidence - DOUBT, 2))
    alternatives = tuple(dataclasses.replace(e, method=f"alternative not chosen, {other}: {e.method}", confidence=0.0)
                         for other, e in rivals.items())
    return Chosen(value, evidence, warning, alternatives)
