"""The Statement record: one normalized record per document, whatever its source.

The field names here are the record's names everywhere (index, API, `verbatim
extract`), as ../shared/DESIGN.md fixes them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

DATE_PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Evidence:
    """Why the archive believes a field: the source line and how it was read."""

    field: str
    text: str
    line: int | None
    method: str
    # How often this cue gives the right value, 0-1: a cue that reads a
    # convention ("Statement by NAME, POST") is near 1, a guess far below.
    confidence: float = 1.0


@dataclass(frozen=True)
class DatedRole:
    """A date the document carries besides its own: distributed, annex, ..."""

    date: str
    role: str
    precision: str = "day"


@dataclass(frozen=True)
class Statement:
    id: str
    source: str
    body: str
    title: str = ""
    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    speaker_role: str | None = None
    country: str | None = None
    # The States a right of reply answers (never the one delivering it, which is `country`).
    replies_to_states: tuple[str, ...] = ()
    forum: str | None = None
    forums: tuple[str, ...] = ()
    meeting: str | None = None
    doc_type: str = "other"
    date: str | None = None
    date_precision: str | None = None
    dates: tuple[DatedRole, ...] = ()
    location: str | None = None
    agenda_items: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()
    content_hash: str = ""
    # How sure extraction is of each field it filled (0-1, from its cue's evidence).
    confidence: dict[str, float] = field(default_factory=dict)
    # Values extraction found but is not sure enough of to assert: shown, not faceted.
    suggestions: dict[str, str] = field(default_factory=dict)
    # For each field set by hand, the value extraction had given.
    corrected: dict[str, object] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def evidence_for(self, name: str) -> list[Evidence]:
        return [item for item in self.evidence if item.field == name]

    def to_dict(self) -> dict:
        """The record as JSON-ready data, with the field names of DESIGN.md."""
        data = asdict(self)
        for name, value in data.items():
            if isinstance(value, tuple):
                data[name] = list(value)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Statement:
        """Rebuild a record from `to_dict` output; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        for name in ("speakers", "replies_to_states", "forums", "agenda_items", "symbols", "mentions",
                     "groups", "warnings", "overrides"):
            values[name] = tuple(values.get(name) or ())
        values["dates"] = tuple(DatedRole(**d) for d in values.get("dates") or ())
        values["evidence"] = tuple(Evidence(**e) for e in values.get("evidence") or ())
        return cls(**values)

