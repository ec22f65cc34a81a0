"""The document's own date, and its other dates with their roles.

Which date is the document's depends on its form: a letter or note verbale
is dated in its title ("Letter dated 9 August 2021"); a speech by the first
full date of its heading ("Geneva, 22 June 2021", "..., 11 January 2018").
Kept apart, never taken for the document's own date: a UN document's
distribution date ("Distr.: General 9 April 2021"), the date of an annexed
document, a web page's posting stamp ("posted 12 January 2018 11:19",
"2023-01-25 21:06", used only when it is the sole date), and every date in
the body (past events). A heading date without a year ("(September 13)",
"4 October") takes the year of the posting stamp or of the page heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.statement import DatedRole, Evidence
from indexer.extraction.lines import Line, is_posting_stamp
from indexer.extraction.patterns import FoundDate, find_dates

_DATED = re.compile(r"\bdated\s+", re.IGNORECASE)
_DISTRIBUTION = re.compile(r"^Distr\.?\s*:", re.IGNORECASE)
_ANNEX = re.compile(r"^Annex(?:es)?\b", re.IGNORECASE)
# A period such as '21 June–9 July 2021' or '13–17 June'; an ISO date is not one.
_RANGE = re.compile(r"(?<!\d)\d{1,2}\s*[–—-]\s*\d{1,2}\s+[A-Z][a-z]+|[A-Za-z]\s*[–—]\s*\d{1,2}\s+[A-Z][a-z]+"
                    r"|\d\s+to\s+\d")
_LONE_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/.-])")


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


def _distribution(header: list[Line]) -> tuple[FoundDate, Line] | None:
    for index, line in enumerate(header):
        if _DISTRIBUTION.match(line.text):
            if found := _first_full(line.text):
                return found, line
            if index + 1 < len(header) and (found := _first_full(header[index + 1].text)):
                return found, header[index + 1]
    return None


def _heading_date(lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """The first full date of a heading line that is not a period ('21 June–9 July')."""
    for line in lines:
        if _RANGE.search(line.text):
            continue
        if found := _first_full(line.text):
            return found, line
    return None


def _yearless(lines: list[Line], stamps: list[Line]) -> tuple[str, Line, str] | None:
    """A heading date without a year, completed from a stamp or the page heading's year."""
    for line in lines:
        partial = next((d for d in find_dates(line.text) if d.year is None and d.day), None)
        if partial is None:
            continue
        for stamp in stamps:
            if (found := _first_full(stamp.text)) and found.month == partial.month:
                return partial.iso(found.year), line, "header date, year from the posting stamp"
        for other in lines:
            if other is not line and not find_dates(other.text) and (year := _LONE_YEAR.search(other.text)):
                return partial.iso(int(year.group(1))), line, "header date, year from the page heading"
    return None


def find_dating(header: list[Line], lines: list[Line], title: Line | None, formal: bool) -> Dating:
    evidence: list[Evidence] = []
    others: list[DatedRole] = []
    distribution = _distribution(header)
    if distribution:
        found, line = distribution
        others.append(DatedRole(found.iso(), "distributed", found.precision))
        evidence.append(Evidence("dates", line.text, line.number, "distribution date"))
    skipped = {distribution[1].number if distribution else None}
    stamps = [line for line in header if is_posting_stamp(line.text)]
    heading = [line for line in header if not is_posting_stamp(line.text) and line.number not in skipped
               and not _DISTRIBUTION.match(line.text)]

    date = precision = method = None
    source: Line | None = None
    if formal:
        if title and (dated := _DATED.search(title.text)) and (found := _first_full(title.text, dated.end())):
            date, precision, source, method = found.iso(), found.precision, title, "title: dated"
    elif found_line := _heading_date(heading):
        found, source = found_line
        date, precision, method = found.iso(), found.precision, "header: first full date"
    elif partial := _yearless(heading, stamps):
        date, source, method = partial
        precision = "day"
    elif stamps and (found := _first_full(stamps[0].text)):
        date, precision, source, method = found.iso(), found.precision, stamps[0], "site posting stamp (sole date)"

    warnings: list[str] = []
    if date:
        evidence.append(Evidence("date", source.text, source.number, method))
    else:
        warnings.append("no date of delivery or issue found in the header")
    others.extend(_annex_dates(lines, int(date[:4]) if date else None, evidence))
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
