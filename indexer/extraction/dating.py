"""The document's own date, and its other dates with their roles.

Which date is the document's depends on its form: a letter or note verbale
is dated in its title ("Letter dated 9 August 2021"); a speech by its
dateline ("Geneva, 22 June 2021") or a date line in its heading. A UN
document's distribution date ("Distr.: General / 9 April 2021") and the date
of an annexed document are kept as other dates, never taken for the
document's. Dates in the body are past events and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.statement import DatedRole, Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import FoundDate, find_dates

_DATED = re.compile(r"\bdated\s+", re.IGNORECASE)
_DISTRIBUTION = re.compile(r"^Distr\.?\s*:", re.IGNORECASE)
_ANNEX = re.compile(r"^Annex(?:es)?\b", re.IGNORECASE)
_DELIVERED_ON = re.compile(r"\b(?:delivered|held|made)\s+on\s+", re.IGNORECASE)
_RANGE = re.compile(r"\d\s*[–—-]\s*\d|\d\s+to\s+\d")


@dataclass(frozen=True)
class Dating:
    date: str | None
    precision: str | None
    others: tuple[DatedRole, ...]
    evidence: tuple[Evidence, ...]
    warnings: tuple[str, ...]


def _first_full(text: str, after: int = 0) -> FoundDate | None:
    for found in find_dates(text):
        if found.start >= after and found.year:
            return found
    return None


def _is_date_line(line: Line) -> FoundDate | None:
    """A line that is a date and nothing more (or a place and a date)."""
    dates = find_dates(line.text)
    if len(dates) != 1 or not dates[0].year or _RANGE.search(line.text):
        return None
    rest = line.text[:dates[0].start] + line.text[dates[0].end:]
    return dates[0] if len(rest.strip(" ,.:;-–")) <= 30 else None


def find_dating(header: list[Line], lines: list[Line], title: Line | None, formal: bool) -> Dating:
    evidence: list[Evidence] = []
    others: list[DatedRole] = []
    primary: tuple[FoundDate, Line, str] | None = None

    if formal and title and (dated := _DATED.search(title.text)) \
            and (found := _first_full(title.text, dated.end())):
        primary = (found, title, "title: dated")

    distributed_line = None
    for index, line in enumerate(header):
        if _DISTRIBUTION.match(line.text):
            same_line = _first_full(line.text)
            target = line if same_line else (header[index + 1] if index + 1 < len(header) else None)
            found = same_line or (target and _is_date_line(target))
            if found and target:
                others.append(DatedRole(found.iso(), "distributed", found.precision))
                evidence.append(Evidence("dates", target.text, target.number, "distribution date"))
                distributed_line = target.number
            continue
        if primary is None and line.number != distributed_line and not formal:
            found = _is_date_line(line)
            if found is None and (on := _DELIVERED_ON.search(line.text)):
                found = _first_full(line.text, on.end())
            if found:
                primary = (found, line, "header: date line")

    date = precision = None
    warnings: list[str] = []
    if primary:
        found, line, method = primary
        date, precision = found.iso(), found.precision
        evidence.append(Evidence("date", line.text, line.number, method))
    else:
        warnings.append("no date of delivery or issue found in the header")

    others.extend(_annex_dates(lines, found.year if primary else None, evidence))
    return Dating(date, precision, tuple(others), tuple(evidence), tuple(warnings))


def _annex_dates(lines: list[Line], year: int | None, evidence: list[Evidence]) -> list[DatedRole]:
    """The date of each annexed document, read from the annexed document's own
    title: the first line of the block after an "Annex to ..." heading. A date
    without a year takes the year of the covering document."""
    roles = []
    for index, line in enumerate(lines):
        if not _ANNEX.match(line.text):
            continue
        annexed = next((later for later in lines[index + 1:] if later.block != line.block), None)
        if annexed is None:
            continue
        dates = find_dates(annexed.text)
        if not dates:
            continue
        iso = dates[0].iso(year)
        if iso:
            roles.append(DatedRole(iso, "annex", dates[0].precision))
            evidence.append(Evidence("dates", annexed.text, annexed.number, "title of the annexed document"))
    return roles
