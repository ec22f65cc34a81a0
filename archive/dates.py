"""Dates a user types into a filter: "2021", "June 2021", "2021-06-22", "22 June 2021", "22 juin 2021".

A bound is a period, not a day: from=June 2021 starts on 1 June and
to=June 2021 ends on 30 June, so the same words give a whole month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from archive import vocabulary
from archive.errors import RequestError

_EXAMPLES = "2021, June 2021, 2021-06-22 or 22 June 2021"
_FORMATS_HINT = f"write it as {_EXAMPLES}"
_YEAR_ONLY = re.compile(r"\d{4}")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
FIRST_YEAR = 1000  # a year of fewer digits is a slip ('500', '-500'), not a date of diplomacy
# Day and month in figures, year last: '01/06/2021' is 1 June in Europe and 6 January in the United States.
_FIGURES = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{2,4}")
# Two defaults that differ in every part: a part that comes back different was not given.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2004, 2, 2)


class _Months(dateutil_parser.parserinfo):
    """English month names and those of the sites' other languages ('22 juin 2019', '3 de marzo de 2020'): the
    words the extractor reads in documents are the words a user may type in a filter."""

    MONTHS = [
        (*english, *(name for language, names in vocabulary.load_data("months_languages").items()
                     if not language.startswith("_") for name, number in names.items() if number == index))
        for index, english in enumerate(dateutil_parser.parserinfo.MONTHS, start=1)
    ]
    JUMP = [*dateutil_parser.parserinfo.JUMP, "de", "del", "le", "der", "года", "г."]  # '3 de marzo de 2020'


_PARSER_INFO = _Months()


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str  # day | month | year


def parse_period(text: str) -> Period:
    """The period a date string names, or a RequestError saying how to write it."""
    text = text.strip()
    if _YEAR_ONLY.fullmatch(text):
        year = int(text)
        if year < FIRST_YEAR:
            raise _early(text)
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    figures = _FIGURES.fullmatch(text)
    if figures and int(figures.group(1)) <= 12 and int(figures.group(2)) <= 12 and figures.group(1) != figures.group(2):
        raise RequestError(_ambiguous(text, int(figures.group(1)), int(figures.group(2))))
    try:
        first = dateutil_parser.parse(text, _PARSER_INFO, default=_DEFAULT_A)
        second = dateutil_parser.parse(text, _PARSER_INFO, default=_DEFAULT_B)
    except (ValueError, OverflowError) as error:
        if "out of range" in str(error) and re.search(r"\d\D+\w", text):  # a day and a month: '2021-02-30'
            raise RequestError(_no_such_day(text)) from None
        raise RequestError(f"Could not read {text!r} as a date: {_FORMATS_HINT}.") from None
    if first.year != second.year:
        raise RequestError(f"The date {text!r} has no year: {_FORMATS_HINT}.")
    year = first.year
    if year < FIRST_YEAR or text.startswith("-"):
        raise _early(text)
    if first.month != second.month:
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    month = first.month
    if first.day != second.day:
        last = calendar.monthrange(year, month)[1]
        return Period(date(year, month, 1), date(year, month, last), "month")
    day = date(year, month, first.day)
    return Period(day, day, "day")


def _early(text: str) -> RequestError:
    return RequestError(f"Could not read {text!r} as a date of the archive: write its year with four digits, as in "
                        f"{_EXAMPLES}.")


def _no_such_day(text: str) -> str:
    """What to say of a day its month does not have ('2021-02-30')."""
    iso = _ISO_DAY.fullmatch(text)
    if iso and 1 <= int(iso.group(2)) <= 12:
        year, month = int(iso.group(1)), int(iso.group(2))
        return (f"The date {text!r} does not exist: {calendar.month_name[month]} {year} has "
                f"{calendar.monthrange(year, month)[1]} days.")
    return f"The date {text!r} does not exist: its month has fewer days."


def _ambiguous(text: str, first: int, second: int) -> str:
    """What to write instead of a date that reads both ways, in its own numbers."""
    month = calendar.month_name
    return (f"The date {text!r} could be {first} {month[second]} or {month[first]} {second}: write the month in "
            f"words ({first} {month[second]}) or the date as year-month-day.")


def date_as_known(iso: str | None, precision: str | None) -> str | None:
    """'2007' for a statement dated by its year, '2007-06' by its month: a spreadsheet or a terminal shows no
    1 January."""
    if not iso:
        return iso
    return iso[:4] if precision == "year" else iso[:7] if precision == "month" else iso


def readable_date(iso: str, precision: str | None) -> str:
    """'2021-06-22' -> '22 June 2021'; a month or year precision shows only that."""
    day = date.fromisoformat(iso)
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%B %Y")
    return f"{day.day} {day.strftime('%B %Y')}"


def as_number(day: date) -> int:
    """yyyymmdd, the form dates take in the index."""
    return day.year * 10000 + day.month * 100 + day.day


# The first and last day a date number can name: a number outside them is no date.
FIRST_DAY = as_number(date.min)
LAST_DAY = as_number(date.max)


def statement_period(iso: str | None, precision: str | None) -> tuple[int, int] | None:
    """A statement's date as the yyyymmdd range its precision covers: a
    statement dated only "2021" spans 20210101-20211231, so a date filter
    includes it when the filter's range overlaps that year."""
    if not iso:
        return None
    day = date.fromisoformat(iso)
    if precision == "year":
        return as_number(date(day.year, 1, 1)), as_number(date(day.year, 12, 31))
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return as_number(date(day.year, day.month, 1)), as_number(date(day.year, day.month, last))
    return as_number(day), as_number(day)
