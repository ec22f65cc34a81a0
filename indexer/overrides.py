"""Fields set by hand: a sidecar beside the source, or the archive's own overrides folder.

A sidecar `NAME.meta.json` beside a source sets any field of its record; when
the source's folder is read-only, `verbatim correct` writes the same JSON into
the archive's overrides folder instead (archive.storage.overrides_dir), named
by statement id. Both are read here, and both are applied by `apply_overrides`.

A bad override never costs a statement: a sidecar that is not JSON, an
unknown field or a value that cannot be read is left out with a warning
naming the file, the field and the reason, and the rest is applied. A field
set by hand wins over extraction, says so in its evidence, and keeps the value
extraction gave in `corrected`, so the reading view can show both.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path

from archive import vocabulary
from archive.dates import parse_period
from archive.errors import RequestError
from archive.statement import DATE_PRECISIONS, DatedRole, Evidence, Statement
from indexer.extraction import compose_title

# Fields a person may set; the rest are the archive's own bookkeeping.
NOT_SETTABLE = {"id", "source", "evidence", "overrides", "content_hash", "confidence", "suggestions", "corrected"}
SETTABLE = tuple(f.name for f in dataclasses.fields(Statement) if f.name not in NOT_SETTABLE)
# An id is part of every permalink and names files in the archive: nothing that could leave a folder.
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,159}")
LIST_FIELDS = ("speakers", "replies_to_states", "forums", "agenda_items", "symbols", "mentions", "groups", "warnings")


@dataclass(frozen=True)
class Overrides:
    """The fields a file sets, and what could not be applied (with reasons)."""

    origin: str
    values: dict
    problems: tuple[str, ...] = ()
    statement_id: str | None = None


def read_overrides(path: Path) -> Overrides:
    """The overrides in a JSON file; a missing file sets nothing, a broken one
    sets nothing and says why."""
    return read_overrides_file(path)[0]


def read_overrides_file(path: Path) -> tuple[Overrides, bytes]:
    """The overrides in a JSON file, and the bytes read (empty when there is no
    file): read once, they decide both the record and its content hash."""
    origin = path.name
    try:
        content = path.read_bytes() if path.is_file() else None
    except OSError as error:
        return Overrides(origin, {}, (f"{origin}: not read ({error.strerror}); no field was overridden",)), b""
    if content is None:
        return Overrides(origin, {}), b""
    return parse_overrides(content, origin), content


def parse_overrides(content: bytes, origin: str) -> Overrides:
    """The overrides in the bytes of a JSON file named `origin`."""
    try:
        data = json.loads(content.decode("utf-8"))
    except ValueError as error:
        return Overrides(origin, {}, (f"{origin}: not read, not valid JSON ({error}); no field was overridden",))
    if not isinstance(data, dict):
        return Overrides(origin, {}, (f"{origin}: not read, it must hold a JSON object of fields",))
    statement_id = data.pop("id", None)
    problems = []
    if statement_id is not None and not (isinstance(statement_id, str) and SAFE_ID.fullmatch(statement_id)):
        problems.append(f"{origin}: id {statement_id!r} is not an id (letters, digits, '_' and '-', at most "
                        "160); the file keeps the id made from its path")
        statement_id = None
    values, field_problems = validated(data)
    problems += [f"{origin}: {problem}; the extracted value is kept" for problem in field_problems]
    return Overrides(origin, values, tuple(problems), statement_id)


def validated(data: dict) -> tuple[dict, list[str]]:
    """The values that can be applied, as the record holds them, and a problem
    for each that cannot ('date: could not read ...')."""
    values, problems = {}, []
    for name, value in data.items():
        try:
            values.update(_field_value(name, value, data))
        except ValueError as error:
            problems.append(f"{name}: {error}")
    return values, problems


def _field_value(name: str, value, data: dict) -> dict:
    if name not in SETTABLE:
        raise ValueError(f"not a field of a statement (fields: {', '.join(SETTABLE)})")
    if name == "date":
        return _date_value(value, data.get("date_precision"))
    if name == "date_precision" and "date" in data:
        return {}  # read with the date
    if name == "date_precision":
        if value not in (*DATE_PRECISIONS, None):
            raise ValueError(f"{value!r} is not one of {', '.join(DATE_PRECISIONS)}")
        return {name: value}
    if name == "doc_type":
        names = [doc_type.name for doc_type in vocabulary.doc_types()]
        if value not in names:
            raise ValueError(f"{value!r} is not a document type ({', '.join(names)})")
        return {name: value}
    if name == "dates":
        try:
            return {name: tuple(DatedRole(**item) for item in value)}
        except TypeError:
            raise ValueError("must be a list of {\"date\", \"role\", \"precision\"} objects") from None
    if name in LIST_FIELDS:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError("must be a list of strings")
        return {name: tuple(value)}
    if value is not None and not isinstance(value, str):
        raise ValueError("must be a string or null")
    return {name: value.strip() or None if isinstance(value, str) else None}


def _date_value(value, precision) -> dict:
    """'2018', 'June 2021', '22 June 2021' or '2021-06-22': the first day of
    the period and its precision, unless a precision is given with the date."""
    if value is None:
        return {"date": None, "date_precision": None}
    if not isinstance(value, str):
        raise ValueError("must be a date written as 2021, June 2021, 2021-06-22 or 22 June 2021")
    try:
        period = parse_period(value)
    except RequestError as error:
        raise ValueError(str(error).rstrip(".")) from None
    if precision is not None and precision not in DATE_PRECISIONS:
        raise ValueError(f"its date_precision {precision!r} is not one of {', '.join(DATE_PRECISIONS)}")
    return {"date": period.start.isoformat(), "date_precision": precision or period.precision}


def apply_overrides(statement: Statement, overrides: Overrides) -> Statement:
    """Fields set by hand win over extraction; the record says which, and keeps
    what extraction had found for each of them."""
    values = dict(overrides.values)
    warnings = tuple(statement.warnings) + overrides.problems
    if not values:
        return dataclasses.replace(statement, warnings=warnings) if overrides.problems else statement
    if "forum" in values and "forums" not in values:
        values["forums"] = (values["forum"],) if values["forum"] else ()
    if "speaker" in values and "speakers" not in values:
        speaker = values["speaker"]
        values["speakers"] = tuple(dict.fromkeys((speaker, *statement.speakers[1:]))) if speaker else ()
    if "date" in values and "date_precision" not in values:
        values["date_precision"] = "day" if values["date"] else None
    extracted = {name: _plain(getattr(statement, name)) for name in overrides.values}
    extracted.update({name: value for name, value in statement.suggestions.items() if name in values})
    corrected = {name: value for name, value in extracted.items() if value != _plain(values.get(name))}
    sidecar_evidence = tuple(Evidence(name, f"{name} = {_plain(value)!r}", None, f"set by hand: {overrides.origin}")
                             for name, value in overrides.values.items())
    updated = dataclasses.replace(
        statement,
        **values,
        evidence=tuple(e for e in statement.evidence if e.field not in values) + sidecar_evidence,
        warnings=tuple(w for w in warnings if not any(w.startswith(f"no {name}") for name in values)),
        overrides=tuple(sorted(overrides.values)),
        confidence={**statement.confidence, **dict.fromkeys(values, 1.0)},
        suggestions={k: v for k, v in statement.suggestions.items() if k not in values},
        corrected={**statement.corrected, **corrected},
    )
    if "title" not in values and not statement.evidence_for("title"):
        updated = dataclasses.replace(updated, title=compose_title(updated))
    return updated


def _plain(value):
    """A field's value as JSON would hold it, so extracted and set values compare."""
    if isinstance(value, tuple):
        return [dataclasses.asdict(item) if dataclasses.is_dataclass(item) else item for item in value]
    return value
