"""When a site's posting stamp ("posted 12 January 2018 11:19", "2023-01-25 21:06") dates
the page: a stamp is the day the page went up, the text's own day only where the
text says so (it names that day, or tells what happened "today"), or where the
page is an interview, posted as it is given. Otherwise a sole stamp is only
suggested, below the confidence at which a value is asserted.
"""

from __future__ import annotations

import re
from datetime import date as Day
from functools import lru_cache
from itertools import takewhile

from indexer.extraction.closing_dates import CLOSING_LINES
from indexer.extraction.dated_lines import (
    PERIOD_DAYS,
    calendar_day,
    first_full,
    is_period,
    is_stamp,
)
from indexer.extraction.dates import FoundDate, find_dates, weekdays
from indexer.extraction.lead_days import EDITION_REACH, INTERVIEW, TODAY, first_below, lead_on_day, lead_told_day
from indexer.extraction.lines import (
    SALUTATION,
    STAMP_LABEL,
    Line,
    is_chrome,
)
from indexer.extraction.patterns import alternation

# A date the page suggests but does not state as the document's: under the 0.5 from which a value is asserted
# (README, 'Confidence'), so it is shown as a suggestion and counted in no facet.
SUGGESTED = 0.45
STAMP_ONLY = "site posting stamp, the page's only date"


def stamp_date(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line, str, float] | None:
    """(date, line, method, confidence) of a page its heading leaves undated, from the site's posting stamp: the day
    the lead tells a few days before it, the stamp where the text names its day, or the stamp as the page's only date
    (asserted for an interview or a text telling what happened 'today', else only suggested)."""
    if told := _told_before_stamp(header, lines):
        found, line, method = told
        return found, line, f"{method}, before the site's posting stamp", 0.8
    if stamp := _stamp(header, lines):
        found, line = stamp
        return found, line, "site posting stamp, the day the text names", 0.6
    if stamp := _sole_stamp(header, lines):
        found, line, today = stamp
        if _is_interview(header, lines) and not _interview_told_on_another_day(header, lines, found):
            return found, line, "site posting stamp, the page's only date, of an interview", 0.6
        if today:  # as sure as a stamp whose day the text names (above): the text agrees with it
            return found, line, "site posting stamp, the page's only date, of 'today'", 0.6
        return found, line, f"{STAMP_ONLY} (a suggestion)", SUGGESTED
    return None


# A news item's lead may say the day in its second paragraph ('NEW YORK – The Prime Minister has told the Council ...'
# / 'Speaking on Tuesday at the Council's open debate, the Prime Minister said ...').
LEAD_PARAGRAPHS = 2


def _lead_paragraphs(lines: list[Line], header: list[Line]) -> list[Line]:
    """The first paragraphs below the header that are not the site's chrome (LEAD_PARAGRAPHS), up to a speech's own
    words: its salutation or its voice ('Madam Chairperson,', 'Thank you, President.', '... we ...') and all after
    it ('... on the agenda of today's Security Dialogue') are the speech's."""
    if any(SALUTATION.match(line.text) or _THANKS.match(line.text) for line in header):
        return []  # the speech opened in the header ('Thank you, President.'): what follows is the speech
    last = max((line.number for line in header), default=0)
    below = [line for line in lines if line.number > last and not is_chrome(line.text)][:LEAD_PARAGRAPHS]
    return list(takewhile(lambda line: not (SALUTATION.match(line.text) or _SPEECH_VOICE.search(line.text)), below))


# A speech's thanks opening it ('Thank you, President.'), its first words as a salutation's are.
_THANKS = re.compile(r"^Thank\s+you\b")


def _tells_its_day(lead: list[Line], header: list[Line], posted: Day | None) -> Line | None:
    """The header line or lead paragraph telling what happened on the posting day (_tells_the_day); a second
    paragraph only by the weekday ('Speaking on Tuesday at the open debate, ...'): its 'Today, ...' is as often a
    speech's present as the news item's day."""
    return next((line for line in header if _tells_the_day(line.text, posted)
                 and not (SALUTATION.match(line.text) or _SPEECH_VOICE.search(line.text))), None) \
        or next((line for index, line in enumerate(lead) if _tells_the_day(line.text, posted)
                 and not (index and TODAY.search(line.text))), None)


def _stamp(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """A site's posting stamp, in the header or in the page's furniture below the text, when the text
    agrees with it: a page may be posted days after the speech, so a stamp alone proves nothing."""
    stamps = [line for line in header if is_stamp(line.text)]
    stamps += [line for line in lines[-CLOSING_LINES:] if STAMP_LABEL.search(line.text)]
    for line in stamps:
        if (found := first_full(line.text)) and _agrees(found, lines, line):
            return found, line
    return None


def _told_before_stamp(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line, str] | None:
    """The day a news item's lead tells, a few days before the site's posting stamp ('03 julio 2025 | 4:15 pm' above
    '... celebrado el miércoles 2 de julio de 2025', 'Update: 13/11/2025 09:20' above 'On 12 November 2025, ...')."""
    stamp = next((found for line in header if is_stamp(line.text) and (found := first_full(line.text))), None)
    posted = calendar_day(stamp) if stamp else None
    return (lead_on_day(lines, header, posted) or lead_told_day(lines, header, posted)) if posted else None


# A speech's own voice: its 'today' is the day it was given, not the day the page went up.
_SPEECH_VOICE = re.compile(rf"{_THANKS.pattern}|\b(?:I|we|We|our|Our|my|My)\b")


def _sole_stamp(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line, bool] | None:
    """(date, line, said 'today'): a page dated only by its posting stamp ('2011-12-05 04:54', '6 December
    2024 18:05'), with no other full date anywhere on it. A stamp is the day the page went up, which is the
    event's day only when the text says so: a news item or an answer telling what happened 'today' ('concluded
    today', 'bugün') was posted that day, even where the text below cites other days; otherwise the stamp is only a
    suggestion."""
    stamps = [line for line in header if is_stamp(line.text)]
    found = first_full(stamps[0].text) if stamps else None
    if not found or not found.day:
        return None
    others = [line for line in lines if not is_stamp(line.text) and first_full(line.text)]
    posted = calendar_day(found)
    today = _tells_its_day(_lead_paragraphs(lines, header), header, posted)
    if others and not (today and all(line.number > today.number for line in others)):
        return None  # ... though a lead telling what happened 'today' is dated by it, whatever days the text cites
    return found, stamps[0], bool(today) or any(TODAY.search(line.text) for line in lines)


def _tells_the_day(text: str, posted: Day | None) -> bool:
    """The text tells what happened on the posting day: 'today', or that day's weekday ('said in Geneva on Monday' on a
    page posted on a Monday); a French or Portuguese lead only where it names no other weekday outside a quotation
    ('a plaidé mercredi ..., à la veille du vote prévu jeudi' tells two days, neither for sure)."""
    if posted is None:
        return bool(TODAY.search(text))
    if _said_on(posted.weekday()).search(text):
        return True
    unquoted = _QUOTED.sub("", text)
    return bool(_romance_weekday(posted.weekday()).search(unquoted)) \
        and not _romance_weekday(posted.weekday(), others=True).search(unquoted)


# A quotation, up to a line's length: what it says of days is the speaker's, not the page's.
_QUOTED = re.compile(r"«[^»\n]{0,400}»|“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"")


@lru_cache(maxsize=7)
def _said_on(weekday: int) -> re.Pattern:
    """'today', or the posting day's own weekday as a news item's lead names the day of what it tells ('said in
    Geneva on Monday' on a page posted on a Monday); not with its own date ('on Monday (17 March)') or another week
    ('on Monday last week')."""
    name = weekdays("English")[weekday]
    return re.compile(rf"{TODAY.pattern}|\bon\s+{name}\b(?!,?\s+\(?\d)(?!\s+(?:last|next|of\s+last|of\s+next)\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=14)
def _romance_weekday(weekday: int, others: bool = False) -> re.Pattern:
    """The weekday as French and Portuguese leads name it, in lower case after the verb ('a réaffirmé mardi, devant le
    Conseil', 'afirmou nesta terça-feira'), not of another week ('mardi dernier', 'mardi 4 mars'); the stamp's own
    capitalized weekday ('Mardi 11 mars 2025') is none. With `others`, any other day of the week."""
    days = [day for day in range(7) if (day != weekday) == others]
    french = [weekdays("French")[day] for day in days]
    portuguese = [weekdays("Portuguese")[day] for day in days]
    return re.compile(rf"\b(?:{alternation(french)}|(?:nesta|na)\s+(?:{alternation(portuguese)}))\b(?!,?\s+\d)"
                      r"(?!\s+(?:dernier|prochain|passad))")


def _is_interview(header: list[Line], lines: list[Line]) -> bool:
    """A page whose heading or lead names an interview ('Interview of the Prime Minister with ...', 'gave an interview
    to the correspondent'): a press office posts an interview's transcript as it is given or aired, so on a page with
    no other date its posting stamp dates it."""
    lead = first_below(lines, header)
    return any(INTERVIEW.search(line.text[:EDITION_REACH]) for line in [*header, *([lead] if lead else [])])


def _interview_told_on_another_day(header: list[Line], lines: list[Line], stamp: FoundDate) -> bool:
    """The lead tells the interview's weekday, other than the stamp's ('in an interview granted to MAP on Tuesday' on a
    page posted on a Thursday): it was given days before the page went up."""
    lead = first_below(lines, header)
    day = calendar_day(stamp)
    told = _weekday_told().search(lead.text) if lead and day else None
    return bool(told) and weekdays("English").index(told.group(1).capitalize()) != day.weekday()


@lru_cache(maxsize=1)
def _weekday_told() -> re.Pattern:
    """The weekday told with the interview itself ('an interview granted to MAP on Tuesday'), not another event's."""
    return re.compile(r"\binterview\s+(?:(?:granted|given|accorded)\s+)?to\s+(?:the\s+)?"
                      rf"(?-i:[A-Z][\w'’&-]*\s+){{1,5}}on\s+({alternation(weekdays('English'))})\b", re.IGNORECASE)


def _agrees(stamp: FoundDate, lines: list[Line], stamp_line: Line) -> bool:
    """The text names the stamp's day: as a day without a year ('on Tuesday, 1 May'), as the same full
    date, or as the last day of a period it falls in ('held on 7th-9th November, 2018'); another stamp
    does not."""
    day = calendar_day(stamp)
    for line in lines:
        if line is stamp_line or STAMP_LABEL.search(line.text):
            continue  # the same stamp repeated at the page's foot ('Updates to this page / Published ...')
        for found in find_dates(line.text):
            if found.year is None and (found.month, found.day) == (stamp.month, stamp.day):
                return True
            named = calendar_day(found)
            if day and named and (named == day or is_period(line.text, found)
                                  and 0 <= (named - day).days <= PERIOD_DAYS):
                return True
    return False
