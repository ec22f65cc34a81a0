"""The dates written where a text ends: under a letter's or note's complimentary close
("... the assurances of its highest consideration. New York, 12 April 2006"), on a
release's sign-off line ("Permanent Mission of X / Geneva / 8 June 2018"), under a
speech's closing "Delivered by X", or in a mission's note at the page's foot
telling the day the statement was delivered.
"""

from __future__ import annotations

import re
from datetime import date as Day

from indexer.extraction.dated_lines import (
    CLOSE_DAYS,
    PERIOD_DAYS,
    calendar_day,
    date_candidates,
    first_full,
)
from indexer.extraction.dates import FoundDate
from indexer.extraction.forum_names import forums_in
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lines import (
    CLOSING_FORMULA,
    STAMP_LABEL,
    Line,
    is_date_line,
)

# The complimentary close of a note verbale or letter, or its '(Signed)', after which its place and date are written.
_CLOSING = re.compile(rf"\(Signed\)|{CLOSING_FORMULA.pattern}", re.IGNORECASE)


CLOSING_LINES = 6


# The line that closes a speech with who delivered it: 'Delivered by Dr. X, Public Member of the U.S. Delegation',
# 'As prepared for delivery by X'.
_DELIVERED_BY = re.compile(r"^(?:As\s+)?(?:delivered|prepared\s+for\s+delivery)\s+by\b", re.IGNORECASE)
_BARE_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*[ ,]*){0,3}")


def signed_off_before(lines: list[Line], header: list[Line], posted: Day | None) -> tuple[FoundDate, Line, str] | None:
    """The place and day under a speech's closing 'Delivered by X' ('Warsaw, Poland' / 'September 20, 2019'), a few
    days before the page's date line; or a city and its day closing the text ('Vienna, 19 September 2025'), within the
    week before it and not another text's (_OTHER_TEXT_CLOSING): the page went up later, the speech was given that
    day."""
    closing = closing_date(lines, header)
    if not closing or not posted:
        return None
    found, line = closing
    day = calendar_day(found)
    above = [other for other in lines if line.number - CLOSING_BYLINE_LINES <= other.number < line.number]
    place = (line.text[:found.start] + line.text[found.end:]).strip(" ,.")  # 'Warsaw, 18 March', not 'In reply to ...'
    if not (day and 0 < (posted - day).days <= PERIOD_DAYS and _BARE_PLACE.fullmatch(place)):
        return None
    if any(_DELIVERED_BY.match(other.text) for other in above):
        return found, line, "date line under the closing 'Delivered by'"
    city_line = line
    if not place and above and above[-1].number == line.number - 1:
        city_line = above[-1]  # the city on the line above ('New York' / 'September 23, 2022')
        place = city_line.text.strip(" ,.")
    before = [other for other in lines if other.number < city_line.number][-1:]
    if canonical_city(place) and (posted - day).days <= CLOSE_DAYS \
            and not (before and _OTHER_TEXT_CLOSING.search(before[0].text)):
        return found, line, "the city and day closing the text"
    return None


# The line before a closing city and day that makes them another text's: a caption's or a link's label ('Photo:
# ...', 'Related event: ...'), a quotation, a line announcing one ('..., which closes:'), or what was adopted or signed
# there ('Adopted by the Group of Friends at its ministerial meeting').
_OTHER_TEXT_CLOSING = re.compile(r"^(?:[\w ]{1,30}:\s|[\"“«„]|(?i:Adopted|Signed|Done|Issued|Approved|Endorsed|"
                                 r"Agreed)\b)|[:\"”»]\s*$")


CLOSING_BYLINE_LINES = 3  # 'Delivered by X, POST' / 'Warsaw, Poland' / 'September 20, 2019'


# A mission's note at the foot of the text saying who delivered it and when ('Ms. X, Counsellor of the Permanent
# Mission, delivered the statement on 3 June 2025.'), on a page no other cue dates; not another delegation's statement
# the text recalls ('the representative of X, who delivered the statement on ...').
_DELIVERED_THE_STATEMENT = re.compile(r"\bdelivered\s+(?:the|this)\s+(?:statement|address|speech|remarks)\s+on\s+"
                                      r"(?:\w+day,?\s+)?(?:the\s+)?", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which)\b[^,.;]*$", re.IGNORECASE)


def delivery_told(lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """The page's foot telling the day the statement was delivered: 'The Ambassador delivered the statement on 3
    May 2024', or a byline closing on the day ('Delivered by Mr. X, Deputy Permanent Representative of ..., 18
    November 2025')."""
    for line in lines[-CLOSING_LINES:]:
        if (told := _DELIVERED_THE_STATEMENT.search(line.text)) and (found := first_full(line.text, told.end())) \
                and found.start == told.end() and not _RELATIVE_CLAUSE.search(line.text, 0, told.start()):
            return found, line
        if _DELIVERED_BY.match(line.text) and (found := first_full(line.text)) \
                and found.end >= len(line.text.rstrip(" .")):
            return found, line
    return None


def closing_date(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line] | None:
    """A date line among the last lines below the heading: where a press release or a letter is signed
    off ('Permanent Mission of X / Geneva / 8 June 2018'). Only a line that is a date (and a place)
    counts, never a sentence of the body nor a period."""
    last = max((line.number for line in header), default=0)
    for line in reversed([line for line in lines[-CLOSING_LINES:] if line.number > last]):
        if STAMP_LABEL.search(line.text) or line.text.rstrip().endswith("."):
            continue
        for candidate in date_candidates([line]):
            found = candidate.found
            if found.day and (len(line.text) - (found.end - found.start) <= 30 or _signed_off_at(line.text, found)):
                return found, line
    return None


# The longest occasion a speech's sign-off names before its date ('Security Council, 9290th meeting, ').
_SIGN_OFF_OCCASION = 100


def _signed_off_at(text: str, found: FoundDate) -> bool:
    """A speech's sign-off below the speaker's name and post, ending on the occasion and the day it was given
    ('Security Council, 9290th meeting, 27 March 2023', 'United Nations General Assembly, 25 September 2024'): a
    body's name, then the date closing the line."""
    before = text[:found.start].rstrip(" ,–-")
    return found.end >= len(text.rstrip(" .")) and len(before) <= _SIGN_OFF_OCCASION and bool(forums_in(before))


def after_closing(lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """The date written right after a note's or letter's complimentary close, on its line or the next, past the
    line listing what it encloses ('Encl.: as stated')."""
    for index, line in enumerate(lines):
        if match := _CLOSING.search(line.text):
            found = first_full(line.text, match.end())
            if found and found.start - match.end() <= 60:
                return found, line
            following = lines[index + 1:index + 3]
            if following and _ENCLOSURE.match(following[0].text):
                following = following[1:]
            below = following[0] if following else None
            if below and is_date_line(below.text) and (found := first_full(below.text)):
                return found, below
    return None


# ... the line saying what the note encloses, with words of its own ('Encl.: as stated'): not a bare 'Annex:' above the
# annexed text's own dateline.
_ENCLOSURE = re.compile(r"^Encl(?:osures?)?\.?\s*:\s*\S", re.IGNORECASE)
