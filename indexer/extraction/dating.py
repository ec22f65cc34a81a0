"""The document's own date, and its other dates with their roles.

Which date is the document's depends on its form: a letter or note verbale
is dated in its title ("Letter dated 9 August 2021") or under its closing
formula ("... the assurances of its highest consideration. New York, 12 April
2006"); a speech by the first full date of its heading ("Geneva, 22 June
2021", "..., 11 January 2018"); a press release by its dateline ("GENEVA 04
March 2019 — The Philippines ...") or the date it is signed off with.
Kept apart, never taken for the document's own date: a UN document's
distribution date ("Distr.: General 9 April 2021"), the date of an annexed
document, a period ("21 June–9 July 2021"), a web page's posting stamp
("posted 12 January 2018 11:19", "2023-01-25 21:06", used only when it is the
sole date), and every date in the body (past events). A heading date without
a year ("(September 13)", "4 October") takes the year of the posting stamp or
of the page heading.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date as Day
from functools import lru_cache
from itertools import takewhile

from archive.statement import DatedRole, Evidence
from indexer.extraction.dated_lines import (
    Candidate,
    calendar_day,
    date_candidates,
    dated_listing,
    first_full,
    is_period,
    is_stamp,
    reproduced_from,
)
from indexer.extraction.dates import FoundDate, find_dates, unsettled_slashed, weekdays
from indexer.extraction.forum_names import forums_in
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lines import (
    CLOSING_FORMULA,
    SALUTATION,
    STAMP_LABEL,
    STAMP_WORDS,
    Line,
    is_chrome,
    is_date_line,
    opens_body,
    opens_formal_title,
)
from indexer.extraction.locations import wire_day
from indexer.extraction.patterns import ARABIC_LETTERS, alternation

_DATED = re.compile(r"\bdated\s+", re.IGNORECASE)
# A letter's or note's title where the page did not put it first: kept in markup ('<p><strong>Identical letters
# dated 1 May 2004'), numbered in a collection ('183. Letter dated ...'), or introduced ('Text of the letter dated');
# the IAEA's information circulars title the note they circulate 'Communication dated 2 February 2024 received from'.
# A news item reproducing a letter gives its date in apposition where it introduces the text ('The full text of the
# letter, dated 1 April 2024, is as follows:', 'The letter, dated 9 November 2023, reads as follows:'); a letter it
# answers is only cited ('The letter, dated 28 February 2024, contained ...', 'in response to the letter dated ...').
_TITLE_ELSEWHERE = re.compile(r"(?:^|>)\s*(?:\d+\.\s*)?(?:(?:the\s+)?text\s+of\s+(?:the\s+)?)?(?:identical\s+)?"
                             r"(?:letters?|notes?\s+verbales?|communications?)\s+dated\s+"
                             r"|(?:^|[.:]\s+|\s[–-]\s+)(?-i:The)\s+(?:full\s+)?text\s+of\s+the\s+(?:letter|note\s+verbale)"
                             r",\s+dated\s+"
                             r"|(?:^|[.:]\s+|\s[–-]\s+)(?-i:The)\s+(?:letter|note\s+verbale),\s+dated\s+"
                             r"(?=[^,]{4,40},\s+(?:reads|is\s+as\s+follows))", re.IGNORECASE)
# An OSCE document's symbol opens on its body ('PC.', 'FSC.', 'MC.'), then its kind, number and year
# ('PC.DEL/1611/22', 'FSC.JOUR/1020/24').
_OSCE_BODY = r"[A-Z]{2,6}(?:\.[A-Z]{2,6})*\."
# A document's distribution line, not its date: the UN's 'Distr.: General 9 April 2021' (after the body's name
# where a copy joined the masthead's columns: 'General Assembly Distr.: General'), an OSCE document's
# symbol and date of issue ('PC.DEL/1611/22 9 December 2022', the date on the line under the symbol).
_DISTRIBUTION = re.compile(r"^(?:(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)\s+)?"
                           rf"(?:Distr\.?\s*:|(?-i:{_OSCE_BODY}(?:DEL|GAL|INF|JOUR|DEC|EMB)/\d+/\d+)"
                           r"(?:/Corr\.\d+)?(?:\s|$))", re.IGNORECASE)
# An OSCE delegation's document ('PC.DEL/912/25', 'FSC.DEL/88/24') is issued the day its statement is delivered:
# where the statement names no other date, its date of issue is the day of delivery. The UN's 'Distr.' date is not.
_DELEGATION_SYMBOL = re.compile(rf"^{_OSCE_BODY}DEL/\d+/\d+")
_ANNEX = re.compile(r"^Annex(?:es)?\b", re.IGNORECASE)
# A year standing as a page's section label ('Statements and Speeches 2015'), not the 2030 Agenda.
_LONE_YEAR = re.compile(r"(?<![\w/.-])(?<!Agenda )((?:19|20)\d\d)(?![\w/.-])(?!\s+Agenda)", re.IGNORECASE)
SECTION_LABEL_CHARS = 60
# A press dateline: the place (in capitals or not) then the date, then a dash, an ellipsis or a colon
# ('GENEVA 04 March 2019 — ', 'NEW YORK, USA, September 25, 2019…'); or the date first, then perhaps the
# place, then the dash ('12.04.2018, Vienna – '). 'On 24 February 2022, ...' opens a sentence, not a dateline.
# The article of a French, Spanish or German dateline belongs to it: 'New York, le 21 septembre 2023 – '; a dash may
# part the place from the date ('MONROVIA, Liberia – June 3, 2025: '). A Russian or Greek dateline writes its place in
# its own capitals ('Вена, 23 октября 2025 года. Сегодня ...').
_CAPITAL = "A-ZА-ЯЁЄІЇҐΆ-Ω"  # the capitals of the Latin, Cyrillic and Greek scripts
_DATELINE_PLACE = re.compile(r"^(?!(?:On|In|Since|By|As|At|Today|From|Until|Before|After|During|Last|This|That|The|"
                             rf"Of|For)\b)[{_CAPITAL}][\w.'’-]*(?:[ ,]+[{_CAPITAL}][\w.'’-]*){{0,3}}"
                             # ... the building in brackets after the city, as an agency writes it ('New York (UN) -
                             # 13/10/2025 (MAP) -')
                             r"(?:\s+\((?-i:[A-Z]{2,6})\))?(?:[,:]|\s+[—–-])?"
                             r"(?:\s+(?:le|el|den))?\s*$")
# A news agency's credit may follow the date ('Genève, 24 septembre 2025 (MAP) – ', 'ABU DHABI, 3rd March, 2025 (WAM)
# -- '), or a press office's handle ('Nueva York, 9 de abril de 2025 (@infopresidencia). La ministra ...') or its
# name in Arabic ('نيويورك، 20 سبتمبر 2023 (رئاسة الجمهورية) –', the Presidency); a
# Spanish, Portuguese or Russian release may close the dateline with a full stop ('Nueva York, 17 de julio de
# 2025. Los Estados ...', 'Вена, 23 октября 2025 года. Сегодня ...': the year's word 'года' or 'г.' after the date).
# ... the year closed by its own full stop before the dash, as Bosnian, Croatian, Serbian and Hungarian write it
# ('New York, 11. jula 2025. – ').
_DATELINE_END = re.compile(r"^(?:\s+(?:года|г\.)|\.(?=\s*[—–-]))?(?:\s*,\s*[A-Z][\w .'’-]{0,30})?"
                           rf"(?:\s*\((?:[A-Z]{{2,10}}|@\w{{2,30}}|[{ARABIC_LETTERS}][{ARABIC_LETTERS} ]{{1,30}})\))?"
                           r"\s*"
                           rf"(?:[—–-]|…|\.\.\.|:|\.\s+(?=[{_CAPITAL}]))|^[A-Z]")
# A news agency's credit opening a lead, alone or after its city, before the day it tells ('(VNA) – On 12 November
# 2025, ...', 'Hanoi (VNA/Mission) - On ...', '(KUNA) -- On ...'): a ministry's news page reposting the wire's copy.
_WIRE_CREDIT = re.compile(r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,2}\s*)?"
                          r"\([A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?\)\s*[—–-]{1,2}\s*")
# The word for 'year' a Russian or Serbian dateline writes after the date ('Душанбе, 23 марта 2025 г.').
_YEAR_WORD = re.compile(r"^\s*(?:года|г\.|godine|god\.)")
# Arabic has no capitals to mark a dateline's city: the city is a known one, then a comma or 'في' (in, on) before the
# date ('جنيف في 25 فبراير 2025 –', 'نيويورك، 24 سبتمبر 2025 -').
_ARABIC_DATELINE_TAIL = re.compile(r"\s*(?:[،,]|\s(?:في|بتاريخ))?\s*$")
ARABIC_PLACE_CHARS = 30
# A dateline in brackets, in a heading or a first sentence: '(New York, 3 October 2011)', '(Geneva, 16 March 2022)'.
_BRACKETED_PLACE = re.compile(r"\(\s*[A-Z][\w .'’-]{1,30},\s*$")
# The UN's news style: the place, then the date in brackets, then a dash ('GENEVA (9 March 2023) – '); or the dash
# between the place and the bracketed date ('Georgetown, Guyana – (June 12, 2025) Guyana today ...').
_PLACE_THEN_BRACKET = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*(?P<dash>[—–-]\s*)?\(\s*$")
_BRACKET_THEN_DASH = re.compile(r"^\s*\)\s*[—–-]")
# The complimentary close of a note verbale or letter, or its '(Signed)', after which its place and date are written.
_CLOSING = re.compile(rf"\(Signed\)|{CLOSING_FORMULA.pattern}", re.IGNORECASE)
LEAD_DATE_CHARS = 40
# An interview's lead says the day it was given or recorded, in the sentence that names it ('gave an interview to
# the News Agency on 19 September 2025', 'an interview ... recorded for the programme on October 1, 2025', 'Entrevista
# concedida à Rádio Exemplo a 3 de outubro de 2025'); the page went up later.
_INTERVIEW = re.compile(r"\b(?:interview|entrevista|entretien|intervista)\b", re.IGNORECASE)
_ON_THE_DAY = re.compile(r"\b(?:on|a|le|el|em|am)\s+(?:the\s+)?$", re.IGNORECASE)
_EDITION_REACH = 400  # the lead's first sentence or two, where it says what the page reproduces
_SOURCE_CREDIT = re.compile(r"^(?:Source|Fuente|Fonte|Источник|Джерело)\s*:\s*[^\n]{2,80}?,\s*", re.IGNORECASE)
_SOURCE_LINES = 3  # the lines under the heading where a reprint credits its paper
# 'Today' in the sites' languages: what a page tells happened on the day it was posted.
_TODAY = re.compile(r"\b(?:today|aujourd['’]hui|hoy|hoje|heute|oggi|bugün|dnes|dzisiaj|сегодня|сьогодні)\b",
                    re.IGNORECASE)
# A date the page suggests but does not state as the document's: under the 0.5 from which a value is asserted
# (README, 'Confidence'), so it is shown as a suggestion and counted in no facet.
SUGGESTED = 0.45
_STAMP_ONLY = "site posting stamp, the page's only date"
LEAD_LINES = 60
CLOSING_LINES = 6
PERIOD_DAYS = 14
CITED_DAYS = 366


@lru_cache(maxsize=1)
def _meeting_day() -> re.Pattern:
    """A UN meeting record's heading: the meeting, then its weekday and date ('9270th meeting Thursday, 9 March
    2023'); the record is read in English."""
    return re.compile(rf"\bmeeting,?\s+(?:{alternation(weekdays('English'))}),?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _edition() -> re.Pattern:
    """'the edition of Tuesday, 3 June 2025', 'l'édition du mardi 3 juin', 'la edición del martes 3 de junio', 'a
    edição de terça-feira, 3 de junho': the day of the paper a page reproduces, perhaps with its weekday; or the day
    a broadcaster aired it ('broadcast on 30 September 2025', 'diffusé le', 'emitida el')."""
    days = alternation(weekdays("English", "French", "Spanish", "Portuguese"))
    return re.compile(rf"\b(?:edition\s+of|édition\s+du|edici[óo]n\s+del?|edi[çc][ãa]o\s+d[eo]|"
                      r"(?:broadcast|aired)\s+on|diffusée?\s+le|emitid[ao]\s+el|transmitid[ao]\s+(?:el|em))\s+"
                      rf"(?:(?:{days}),?\s+)?(?:the\s+|le\s+)?(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _told_weekday() -> re.Pattern:
    """A weekday written just before a date, in any of the sites' languages, perhaps with an article ('tirsdag den
    23. september 2025', 'este lunes 24 de febrero de 2025', 'el miércoles 2 de julio de 2025', 'on Tuesday, 23
    September 2025'): a lead naming the very day of what it tells."""
    return re.compile(rf"\b(?:{alternation(weekdays())}),?\s+(?:(?:den|the|le|el|am|il)\s+)?$", re.IGNORECASE)


# The languages of the words opening a lead on its day ('On', 'Le', 'El', 'Am', 'Il', 'Em', 'No dia').
_LEAD_LANGUAGES = ("English", "French", "Spanish", "German", "Italian", "Portuguese")


@lru_cache(maxsize=1)
def _lead_on() -> re.Pattern:
    """The word opening a news item's lead on the day it tells, perhaps with the weekday: 'On', 'On Tuesday,', 'Le
    mardi', 'El martes', 'Am Dienstag', 'Il martedì', 'Em', 'No dia'."""
    return re.compile(rf"^(?:On|Le|El|Am|Il|Em|No\s+dia)\s+(?:(?:{alternation(weekdays(*_LEAD_LANGUAGES))}),?\s+)?")


@dataclass(frozen=True)
class Dating:
    date: str | None
    precision: str | None
    others: tuple[DatedRole, ...]
    evidence: tuple[Evidence, ...]
    warnings: tuple[str, ...]



FIRST_FULL = "header: first full date"
# How many days apart a heading's dates stand when one is the day the text was delivered and the other the day its
# page was written up or posted.
CLOSE_DAYS = 7
# A heading's earlier day that is not the text's own: the day of what it answers, follows up or is about ('Response
# to the statement of 10 March 2025 by X', 'Further to Note No. 45/2025 of 7 March 2025', 'on the shelling of Y on 8
# March 2025'), or an event's named by its date ('the 8 March 2025 bombing').
_ANSWERED_BEFORE = re.compile(
    r"\b(?:to|of|on|after|following)\s+(?:(?:the|a|an|its|their|his|her|your|my|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|remarks|notes?(?:\s+verbales?)?|letters?|communications?|visit|attacks?|bombings?|shelling|"
    r"strikes?)\b[^;:()\n]{0,60}?\s(?:of|on|dated)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_NAMED_BY_DATE = re.compile(r"\bthe\s+$")
_NOUN_AFTER = re.compile(r"^\s+[a-z]")
ANSWERED_REACH = 160


def _answered_day(text: str, found: FoundDate) -> bool:
    """A date the heading cites rather than one it is delivered on (see _ANSWERED_BEFORE)."""
    before = text[max(0, found.start - ANSWERED_REACH):found.start]
    return bool(_ANSWERED_BEFORE.search(before)
                or (_EVENT_NAMED_BY_DATE.search(before) and _NOUN_AFTER.match(text[found.end:])))


def _earlier_close_day(chosen: Candidate, heading: list[Line], lines: list[Line], header: list[Line]) \
        -> tuple[FoundDate, Line] | None:
    """A page is written up and posted on or after the day the text was delivered, never before: where the heading
    (or the opening's dateline) gives another full date up to a week before the first, the earlier is the day of
    delivery ('Statement at the open debate, 12 March 2025' over a body opening 'New York, 11 March 2025'), unless the
    heading cites that day (the statement it answers, the event it is about). A first date that is itself a dateline
    ('Maputo, 26.09.2025' over a release telling yesterday's speech) is the document's own, as a release is dated
    where and when it is issued."""
    day = calendar_day(chosen.found)
    if day is None or _opens_as_dateline(chosen.line.text, chosen.found):
        return None
    found = [(candidate.found, candidate.line) for candidate in date_candidates(heading)
             if not _answered_day(candidate.line.text, candidate.found)]
    if dateline := _opening_dateline(lines, header):
        found.append(dateline[:2])
    close = [(date, line) for date, line in found
             if (other := calendar_day(date)) and 0 < (day - other).days <= CLOSE_DAYS]
    return min(close, key=lambda pair: calendar_day(pair[0]), default=None)


def _heading_choice(candidates: list[Candidate]) -> tuple[Candidate, str, float] | None:
    """The heading's date: the first with a day (a month alone, as a session's 'January 2025', is no full
    date, and the labels' rule is then null). A web page often
    shows its own date line (bare or labelled) above the document's heading; when a different date
    follows in the heading, that one is the date of delivery: first a heading line's, else a later
    date line's (a bare page date, then the speech's own date line, bare or labelled 'Event date:'; a
    labelled page date or one among the site's fields, then the speech's bare date line)."""
    with_day = _without_cited_years([c for c in candidates if c.found.day])
    if not with_day:
        return None
    # A day the heading cites (the statement it answers, the event it is about) gives way to any other full date; a
    # reply delivered the day of the statement it answers may give only that one.
    with_day = [c for c in with_day if not _answered_day(c.line.text, c.found)] or with_day
    first = with_day[0]
    if first.date_line:
        later = [c for c in with_day[1:] if c.iso != first.iso]
        if heading := next((c for c in later if not c.date_line), None):
            return heading, "header: the heading's date below the page's date line", 0.75
        # Two labelled stamps ('imported 28 Sep 2018', 'updated 26 Nov 2022') are both the site's.
        if line := next((c for c in later if c.date_line and (first.bare or c.bare)), None):
            return line, "header: the second date line, below the page's date line", 0.6
    return first, FIRST_FULL, 0.9


def _below_the_text_introduced(candidates: list[Candidate], heading: list[Line]) -> list[Candidate]:
    """Under a line introducing the text reproduced, the text's own dateline dates it; the news item's dateline above
    (or on that line) dates the item."""
    introduced = reproduced_from(heading)
    below = [candidate for candidate in candidates if introduced is not None and candidate.line.number > introduced]
    return below or candidates


def _not_after_posting(candidates: list[Candidate], header: list[Line]) -> list[Candidate]:
    """A day later than the page's posting stamp is an event still to come ('Que el 13 de diciembre de 2026 se
    conmemorará ...' on a page posted in 2025): it neither dates the text nor makes the days above it cited ones."""
    posted = [day for line in header if is_stamp(line.text) for found in find_dates(line.text)
              if (day := calendar_day(found))]
    if not posted:
        return candidates
    return [c for c in candidates if not (day := calendar_day(c.found)) or day <= max(posted)]


def _other_day_below(page_date: Candidate, heading: list[Line]) -> bool:
    """A page's date line above a heading that gives the delivery day without a year ('Monday, 22 April' under
    'April 24, 2024'): the page was posted later, and its date is not the speech's; the day alone gives no
    full date, so the page's date is only suggested."""
    below = [line for line in heading if line.number > page_date.line.number and is_date_line(line.text)]
    return any(found.year is None and found.day and (found.month, found.day) != (page_date.found.month,
                                                                                page_date.found.day)
               for line in below for found in find_dates(line.text))


def _without_cited_years(candidates: list[Candidate]) -> list[Candidate]:
    """A heading's date more than a year before a date below it is one it cites ('the Universal Declaration
    of Human Rights (10 December 1948)' over '11 December 2023'): a document is not dated years before itself.
    A site's later stamps stand above the heading, not below it."""
    kept, latest = [], None  # the latest day below, read from the last candidate up (not all again for each)
    for candidate in reversed(candidates):
        day = calendar_day(candidate.found)
        if candidate.date_line or not day or latest is None or (latest - day).days <= CITED_DAYS:
            kept.append(candidate)
        if day and (latest is None or day > latest):
            latest = day
    return kept[::-1]


def _distribution(header: list[Line]) -> tuple[FoundDate, Line] | None:
    for index, line in enumerate(header):
        if _DISTRIBUTION.match(line.text):
            if found := first_full(line.text):
                return found, line
            if index + 1 < len(header) and (found := first_full(header[index + 1].text)):
                return found, header[index + 1]
    return None


def _yearless(lines: list[Line], stamps: list[Line]) -> tuple[str, Line, str] | None:
    """A heading date without a year, completed from a stamp that names the same day (a page posted on a later
    day proves no year: the labels' rule is then null, as for '24 March' alone), or from the page heading's year."""
    for line in lines:
        partial = next((d for d in find_dates(line.text) if d.year is None and d.day), None)
        if partial is None:
            continue
        for stamp in stamps:
            if (found := first_full(stamp.text)) and (found.month, found.day) == (partial.month, partial.day):
                return partial.iso(found.year), line, "header date, year from the posting stamp"
        for other in lines:
            if other is not line and len(other.text) <= SECTION_LABEL_CHARS and not find_dates(other.text) \
                    and (year := _LONE_YEAR.search(other.text)):
                return partial.iso(int(year.group(1))), line, "header date, year from the page heading"
    return None


def _lead(lines: list[Line], header: list[Line]) -> list[Line]:
    """Dates below a header cut short by its limits (a long site menu), down to the salutation. Past a
    paragraph of prose (a page's summary, a speaker line read as prose) only a line that is a date or a
    dateline ('Ginebra, 17 de juny del 2025') counts: prose dates are events."""
    last = max((line.number for line in header), default=0)
    lead, prose = [], False
    for index, line in enumerate(lines[:LEAD_LINES]):
        if SALUTATION.match(line.text):
            break
        prose = prose or opens_body(lines, index)
        if line.number <= last or is_stamp(line.text):
            continue
        if not prose or any(candidate.date_line or _is_dateline(line.text, candidate.found)
                            for candidate in date_candidates([line])):
            lead.append(line)
    return lead


def _is_dateline(text: str, found: FoundDate) -> bool:
    """A line that is a place and its date and nothing more: 'Ginebra, 17 de juny del 2025'."""
    return bool(_DATELINE_PLACE.match(text[:found.start])) and not _YEAR_WORD.sub("", text[found.end:]).strip(" .")


def _opens_as_dateline(text: str, found: FoundDate) -> bool:
    """A date that is a dateline: alone with its place on the line, or opening a release's first paragraph
    ('NEW YORK, USA, September 25, 2019 – President X has ...')."""
    return _is_dateline(text, found) or bool(_DATELINE_PLACE.match(text[:found.start])
                                             and _DATELINE_END.match(text[found.end:]))


def _arabic_dateline_place(before: str) -> bool:
    """An Arabic lead's dateline before its date: a known city alone, then a comma or 'في'."""
    place = before[:_ARABIC_DATELINE_TAIL.search(before).start()].strip()
    return 0 < len(place) <= ARABIC_PLACE_CHARS and not place.isascii() and bool(canonical_city(place))


def _opening_dateline(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line, str] | None:
    """A dateline at the start of the first paragraph (a press release), in brackets in its first
    sentence ('(New York, 3 October 2011)', 'GENEVA (9 March 2023) –'), or a flattened meeting record's
    'NNNNth meeting Thursday, 9 March 2023'. A site's share bar may stand between the heading and it."""
    last = max((line.number for line in header), default=0)
    first = next((line for line in lines if line.number > last and not SALUTATION.match(line.text)
                  and not is_chrome(line.text)), None)  # a share bar between the heading and the lead
    if first is None:
        return None
    for found in find_dates(first.text[:400]):
        if not found.year:
            continue
        before, after = first.text[:found.start], first.text[found.end:]
        if (_DATELINE_PLACE.match(before) or not before.strip() or _arabic_dateline_place(before)) \
                and _DATELINE_END.match(after):
            return found, first, "opening: dateline"
        place = _PLACE_THEN_BRACKET.match(before)
        if _BRACKETED_PLACE.search(before) and after.lstrip().startswith(")") \
                or place and (_BRACKET_THEN_DASH.match(after)
                              or place.group("dash") and after.lstrip().startswith(")")):
            return found, first, "opening: place and date in brackets"
        if _meeting_day().search(before):
            return found, first, "opening: a meeting record's day"
    return None


def _later_dateline(page_date: Candidate, lines: list[Line], header: list[Line]) \
        -> tuple[FoundDate, Line, str] | None:
    """A release's own dateline ('Jenewa, 18 Maret 2025 – Indonesia ...', 'GENEVA (9 March 2023) –') under a
    page's date line that names another day: the page went up later, and the release dates what it tells."""
    posted = calendar_day(page_date.found)
    dateline = _opening_dateline(lines, header) or _lead_on_day(lines, header, posted) \
        or _lead_told_day(lines, header, posted) or _wire_dateline(lines, page_date.line, posted)
    if dateline and dateline[0].day and dateline[0].iso() != page_date.iso:
        return dateline
    return _interview_given(lines, header, page_date) or _signed_off_before(lines, header, posted)


# The line that closes a speech with who delivered it: 'Delivered by Dr. X, Public Member of the U.S. Delegation',
# 'As prepared for delivery by X'.
_DELIVERED_BY = re.compile(r"^(?:As\s+)?(?:delivered|prepared\s+for\s+delivery)\s+by\b", re.IGNORECASE)
_BARE_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*[ ,]*){0,3}")


def _signed_off_before(lines: list[Line], header: list[Line], posted: Day | None) -> tuple[FoundDate, Line, str] | None:
    """The place and day under a speech's closing 'Delivered by X' ('Warsaw, Poland' / 'September 20, 2019'), a few
    days before the page's date line; or a city and its day closing the text ('Vienna, 19 September 2025'), within the
    week before it and not another text's (_OTHER_TEXT_CLOSING): the page went up later, the speech was given that
    day."""
    closing = _closing_date(lines, header)
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


WIRE_DAYS = 7  # a wire's weekday-less day is of the past week; the page went up that day or a few days later
WIRE_LINES = 6  # the lead's dateline stands under the page's date, its menu and its headline
CLOSING_BYLINE_LINES = 3  # 'Delivered by X, POST' / 'Warsaw, Poland' / 'September 20, 2019'


def _wire_dateline(lines: list[Line], page_date: Line, posted: Day | None) -> tuple[FoundDate, Line, str] | None:
    """A news agency's dateline opening the lead a few lines under the page's date with a day and no year ('GENEVA,
    March 7 (Saba) - '), the page dated on that day or within the week after: the day it tells, in the year of the
    page's date."""
    below = [line for line in lines if line.number > page_date.number]
    wires = [(line, told) for line in below if (told := wire_day(line.text))]
    # a press review lists several wires' items, each with its dateline: the page's date is the review's
    if not posted or len(wires) != 1 or wires[0][0] not in below[:WIRE_LINES]:
        return None
    found_line, told = wires[0]
    for year in (posted.year, posted.year - 1):
        found = dataclasses.replace(told, year=year)
        day = calendar_day(found)
        if day and 0 <= (posted - day).days <= WIRE_DAYS:
            return found, found_line, "a news agency's dateline, its year from the page's date"
    return None


def _interview_given(lines: list[Line], header: list[Line], page_date: Candidate) \
        -> tuple[FoundDate, Line, str] | None:
    """An interview's lead giving the day it was given, a few days before the page's date line: the page went up
    later, and the interview's words are of the day they were said."""
    given = _edition_date(lines, header)
    day, posted = (calendar_day(given[0]), calendar_day(page_date.found)) if given else (None, None)
    if given and day and posted and 0 < (posted - day).days <= PERIOD_DAYS:
        return *given, "opening: the day the interview was given"
    return None


def _first_below(lines: list[Line], header: list[Line]) -> Line | None:
    """The first line below the header that is not the site's chrome: a lead's first paragraph, where it names the
    day it tells, the interview it gives or the edition that printed it."""
    last = max((line.number for line in header), default=0)
    return next((line for line in lines if line.number > last and not is_chrome(line.text)), None)


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
                 and not (index and _TODAY.search(line.text))), None)


def _lead_on_day(lines: list[Line], header: list[Line], posted: Day | None) -> tuple[FoundDate, Line, str] | None:
    """A news item's lead opening on the day it tells ('On 27 February 2024, the Minister delivered ...', 'Le 3 mars
    2025, la Ministre a ...', 'El 5 de mayo de 2025, el Canciller ...', 'Am 4. Juni 2025 hat ...'), right under the
    heading (no salutation: a speech's 'On 24 February 2022, ...' tells a past event), a few days before the page went
    up: the page's date line is its posting, the lead's day the event's."""
    first = _first_below(lines, header)
    lead = _WIRE_CREDIT.sub("", first.text, count=1) if first else ""
    if first is None or not (opening := _lead_on().match(lead)):
        return None
    found = first_full(lead[:LEAD_DATE_CHARS])
    day = calendar_day(found) if found else None
    if found and found.start == opening.end() and day and posted and 0 < (posted - day).days <= PERIOD_DAYS:
        return found, first, "opening: the day the news item tells"
    return None


def _lead_told_day(lines: list[Line], header: list[Line], posted: Day | None) \
        -> tuple[FoundDate, Line, str] | None:
    """A news item's lead names the day it tells with its weekday and year ('Udenrigsminister X deltog tirsdag den 23.
    september 2025 i ...', 'la viceministra ... reafirmó este lunes 24 de febrero de 2025'), a few days before the
    page went up: the page's date or posting stamp is the day it was posted, the lead's day the event's; so is the day
    it says a meeting was held on, or its subject spoke on ('President X, addressing the General Debate ... on 25
    September 2024, said'), within the week before. A day without its year ('yesterday, Wednesday 24 September') is
    left to the page's date."""
    first = _first_below(lines, header)
    if first is None or posted is None:
        return None
    lead = first.text[:_EDITION_REACH]
    for found in find_dates(lead):
        day = calendar_day(found)
        if day is None or is_period(lead, found):
            continue
        if _told_weekday().search(lead[:found.start]) and 0 < (posted - day).days <= PERIOD_DAYS \
                or (_HELD_ON.search(lead[:found.start]) or _spoke_on(lead[:found.start])) \
                and not _TODAY.search(lead) and not _YESTERDAY.search(lead) and 0 < (posted - day).days <= CLOSE_DAYS:
            return found, first, "opening: the day the news item tells"
    return None


# The subject of a lead, set off by commas, told speaking on its day ('President X, addressing the General Debate
# ... in New York on 25 September 2024, said'): the day of what it tells, if within the week before the page went up.
_SPOKE_ON = re.compile(r"^(?:[^.]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.)*,\s+"
                       r"(?:addressing|speaking|delivering|taking\s+the\s+floor)\b(?P<occasion>[^.,]*)\s+on\s+$",
                       re.IGNORECASE)
# ... not the day of what the occasion is about ('addressing the emergency meeting on the missile strike on 7 March',
# 'speaking about the agreement reached on 13 March'): an 'on' before words in lower case, or a participle, before
# the day; a body's own 'on' ('the Conference on Disarmament') is its name.
_ABOUT_ANOTHER_DAY = re.compile(r"\bon\s+(?!(?-i:[A-Z]))|\w+ed$", re.IGNORECASE)
def _spoke_on(before_day: str) -> bool:
    """Whether the words before a lead's day tell its subject speaking on that day (_SPOKE_ON)."""
    spoke = _SPOKE_ON.search(before_day)
    return bool(spoke) and not _ABOUT_ANOTHER_DAY.search(spoke.group("occasion"))


# A lead telling of its own day ('today', _TODAY, or 'yesterday'): a meeting 'held on' another day is another event.
_YESTERDAY = re.compile(r"\b(?:yesterday|ayer|hier|gestern|ontem|ieri|вчера)\b", re.IGNORECASE)
# The place a meeting was held in, between 'held' and its day, in a clause set off after the meeting the subject
# spoke at ('spoke at the high-level meeting ..., held in New York on 26 September 2018'); without the comma the
# meeting is another the lead cites ('the outcome of the ministerial meeting held in New York on ...').
_IN_PLACE = r"(?:\s+(?:in|at|en|à|em)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
# A meeting the lead says was held on its day ('... at the annual debate of the General Assembly, held on 17 November
# 2025 at ...', 'celebrada el 17 de noviembre de 2025', 'tenue le 17 novembre 2025'): the day of what it tells, if
# within the week before the page went up.
_HELD_ON = re.compile(r"(?<!elections\s)(?<!election\s)(?<!summit\s)(?<!referendum\s)(?<!vote\s)"
                      r"\b(?:held|convened|which\s+took\s+place)\s+on\s+(?:\w+day,?\s+)?(?:the\s+)?$"
                      rf"|,\s+(?:held|convened|which\s+took\s+place){_IN_PLACE}\s+on\s+(?:\w+day,?\s+)?(?:the\s+)?$"
                      r"|\b(?:celebrad[ao]|realizad[ao]|tenue?|organisée?)\s+(?:el|le|em|no\s+dia)\s+$"
                      rf"|,\s+(?:celebrad[ao]|realizad[ao]|tenue?|organisée?){_IN_PLACE}\s+(?:el|le|em|no\s+dia)\s+$",
                      re.IGNORECASE)


def _edition_date(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line] | None:
    """The newspaper edition a page's lead says printed the text ('... gave an interview to the French newspaper
    "Le Figaro", published in its edition of Thursday 4 September 2025') or a reprint's credit line names ('Source:
    Example Daily, 12 March 2024'): the day the interview appeared; else the day the lead says it was given."""
    first = _first_below(lines, header)
    edition = _edition().search(first.text[:_EDITION_REACH]) if first else None
    found = first_full(first.text, edition.end()) if edition else None
    if found and found.start == edition.end() and found.day:
        return found, first
    last = max((line.number for line in header), default=0)
    for line in [line for line in lines if line.number > last][:_SOURCE_LINES]:
        # a reprint's credit line, the paper and the day it printed the text ('Source: Example Daily, 12 March 2024')
        if (source := _SOURCE_CREDIT.match(line.text)) and (found := first_full(line.text, source.end())) \
                and found.start == source.end() and found.day and not line.text[found.end:].strip(" .)"):
            return found, line
    given = _interview_day(first.text[:_EDITION_REACH]) if first else None
    return (given, first) if given else None


def _interview_day(lead: str) -> FoundDate | None:
    """The day an interview was given, in a sentence of the lead that names the interview ('... gave an interview
    to the News Agency on 19 September 2025.', '... The full text of the interview, conducted on 27 September 2024,
    is reproduced below.'); a date in a sentence that does not name it (its publication) is not it."""
    for mention, interview in enumerate(_INTERVIEW.finditer(lead)):
        sentence_end = lead.find(". ", interview.end())
        found = first_full(lead, interview.end())
        if found and found.day and not 0 <= sentence_end < found.start and _ON_THE_DAY.search(lead[:found.start]) \
                and (mention == 0 or _GIVEN_ON.match(lead, interview.end(), found.start)):
            return found
    return None


# A later mention of the interview names its own day only right after it: 'The full text of the interview, conducted on
# 27 September 2024, ...', not 'In the interview, the Minister commented on the vote of 20 March'.
_GIVEN_ON = re.compile(r",?\s+(?:was\s+)?(?:conducted|given|recorded|held|granted)\s+on\s+(?:the\s+)?$")


# A mission's note at the foot of the text saying who delivered it and when ('Ms. X, Counsellor of the Permanent
# Mission, delivered the statement on 3 June 2025.'), on a page no other cue dates; not another delegation's statement
# the text recalls ('the representative of X, who delivered the statement on ...').
_DELIVERED_THE_STATEMENT = re.compile(r"\bdelivered\s+(?:the|this)\s+(?:statement|address|speech|remarks)\s+on\s+"
                                      r"(?:\w+day,?\s+)?(?:the\s+)?", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which)\b[^,.;]*$", re.IGNORECASE)


def _delivery_told(lines: list[Line]) -> tuple[FoundDate, Line] | None:
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


def _closing_date(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line] | None:
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


def _after_closing(lines: list[Line]) -> tuple[FoundDate, Line] | None:
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
    return (_lead_on_day(lines, header, posted) or _lead_told_day(lines, header, posted)) if posted else None


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
    return found, stamps[0], bool(today) or any(_TODAY.search(line.text) for line in lines)


def _tells_the_day(text: str, posted: Day | None) -> bool:
    """The text tells what happened on the posting day: 'today', or that day's weekday ('said in Geneva on Monday' on a
    page posted on a Monday); a French or Portuguese lead only where it names no other weekday outside a quotation
    ('a plaidé mercredi ..., à la veille du vote prévu jeudi' tells two days, neither for sure)."""
    if posted is None:
        return bool(_TODAY.search(text))
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
    return re.compile(rf"{_TODAY.pattern}|\bon\s+{name}\b(?!,?\s+\(?\d)(?!\s+(?:last|next|of\s+last|of\s+next)\b)",
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
    lead = _first_below(lines, header)
    return any(_INTERVIEW.search(line.text[:_EDITION_REACH]) for line in [*header, *([lead] if lead else [])])


def _interview_told_on_another_day(header: list[Line], lines: list[Line], stamp: FoundDate) -> bool:
    """The lead tells the interview's weekday, other than the stamp's ('in an interview granted to MAP on Tuesday' on a
    page posted on a Thursday): it was given days before the page went up."""
    lead = _first_below(lines, header)
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


# A note verbale's or letter's reference line, its number and then, after a gap, its date and nothing more ('Ref:
# EPMG/OHCHR/112/2024   29 November 2024', 'No. 123/2025  Geneva, 3 March 2025'): the document's own date. Not a
# line citing another's ('Ref.: Your note verbale SCA/2/25 of 28 February 2025', 'in reply to note No. 311 of ...').
_REFERENCE_LINE = re.compile(r"^(?:(?:Ref(?:erence)?|Our\s+ref|No|Note\s+No|Nr)\b\.?|N°)\s*(?:No\.?\s*)?:?\s*"
                             r"[^\s,]*\d[^\s,]*\s+(?:(?-i:[A-Z])[^\d,]{1,30},\s*)?", re.IGNORECASE)


# A letter's title naming the day of the event it announces ('... the high-level debate of 16 April 2008', 'du débat
# de haut niveau du 16 avril 2008', 'del debate abierto del 16 de abril de 2008', 'to be held on 16 April 2008'): the
# letter itself is dated by its dateline, where a city dates it.
_EVENT_OF_DAY = re.compile(
    r"(?:\b(?:debate|meeting|session|summit|conference|dialogue|event|visit|elections?|vote|referendum|débat|réunion|"
    r"séance|sommet|conférence|visite|reunión|sesión|cumbre|conferencia|diálogo|visita)"
    r"(?:\s+(?:de\s+haut\s+niveau|de\s+alto\s+nivel|abierto|public|publique|ministérielle|ministerial))?"
    r"\s+(?:of|on|du|del|de)|\b(?:held|scheduled)\s+(?:on|for))\s+$", re.IGNORECASE)


def _reference_date(heading: list[Line]) -> tuple[FoundDate, Line] | None:
    """The date a note's reference line gives it, when the heading has no dateline of its own."""
    for line in heading:
        text = line.text.rstrip(" .")
        if (reference := _REFERENCE_LINE.match(text)) and (found := first_full(text, reference.end())) \
                and found.start == reference.end() and found.end == len(text):
            return found, line
    return None


def _formal_date(header: list[Line], heading: list[Line], lines: list[Line],
                 title: Line | None) -> tuple[FoundDate, Line, str, float] | None:
    """A letter's or note's date: its title's 'dated', the date under its closing formula, the date beside its
    reference number where its heading has no dateline, a dateline of its own heading (not a line citing another
    document 'dated ...', nor an annex), or the date line it ends with."""
    if title and (dated := _DATED.search(title.text)) and (found := first_full(title.text, dated.end())):
        return found, title, "title: dated", 0.95
    for line in header:
        if (dated := _TITLE_ELSEWHERE.search(line.text)) and (found := first_full(line.text, dated.end())):
            return found, line, "title: dated", 0.9
    if closing := _after_closing(lines):
        return *closing, "date under the complimentary close", 0.9
    own = [line for line in heading if not _DATED.search(line.text) and not _ANNEX.match(line.text)]
    candidates = date_candidates(own)
    if not any(_is_dateline(candidate.line.text, candidate.found) for candidate in candidates) \
            and (reference := _reference_date(own)):
        return *reference, "the date beside the note's reference number", 0.85
    if choice := _heading_choice(candidates):
        candidate, _, _ = choice
        if _EVENT_OF_DAY.search(candidate.line.text[:candidate.found.start]) and (dateline := next(
                (later for later in candidates if _is_dateline(later.line.text, later.found)
                 and canonical_city(later.line.text[:later.found.start].split(",")[0].strip())), None)):
            return dateline.found, dateline.line, "the letter's dateline, below a title naming an event's day", 0.85
        return candidate.found, candidate.line, FIRST_FULL, 0.8
    if closing := _closing_date(lines, header):
        return *closing, "date line below the signature", 0.7
    return None


def _speech_date(header: list[Line], heading: list[Line], lines: list[Line]) \
        -> tuple[str, str | None, Line, str, float] | None:
    """A speech's or release's date, from the strongest cue present."""
    if choice := _heading_choice(_below_the_text_introduced(_not_after_posting(date_candidates(heading), header),
                                                            heading)):
        candidate, method, confidence = choice
        if candidate.date_line and (dateline := _later_dateline(candidate, lines, header)):
            found, line, method = dateline
            return found.iso(), found.precision, line, f"{method}, below the page's date line", 0.85
        if candidate.date_line and _other_day_below(candidate, heading):
            method, confidence = "header: the page's date, another day below it (a suggestion)", SUGGESTED
        elif method == FIRST_FULL and (earlier := _earlier_close_day(candidate, heading, lines, header)):
            found, line = earlier
            return found.iso(), found.precision, line, "header: the earliest of the heading's close days", 0.75
        return candidate.iso, candidate.found.precision, candidate.line, method, confidence
    stamps = [line for line in header if is_stamp(line.text)]
    if partial := _yearless(heading, stamps):
        date, line, method = partial
        return date, "day", line, method, 0.7
    if choice := _heading_choice(date_candidates(_lead(lines, header))):
        candidate, _, _ = choice
        return candidate.iso, candidate.found.precision, candidate.line, "page heading below the menu", 0.75
    if dateline := _opening_dateline(lines, header):
        found, line, method = dateline
        return found.iso(), found.precision, line, method, 0.85
    if edition := _edition_date(lines, header):
        found, line = edition
        return found.iso(), found.precision, line, "opening: the newspaper edition that printed it", 0.8
    if closing := _closing_date(lines, header):
        found, line = closing
        return found.iso(), found.precision, line, "date line where the text is signed off", 0.7
    if told := _told_before_stamp(header, lines):
        found, line, method = told
        return found.iso(), found.precision, line, f"{method}, before the site's posting stamp", 0.8
    if stamp := _stamp(header, lines):
        found, line = stamp
        return found.iso(), found.precision, line, "site posting stamp, the day the text names", 0.6
    if stamp := _sole_stamp(header, lines):
        found, line, today = stamp
        if _is_interview(header, lines) and not _interview_told_on_another_day(header, lines, found):
            return found.iso(), found.precision, line, "site posting stamp, the page's only date, of an interview", 0.6
        if today:  # as sure as a stamp whose day the text names (above): the text agrees with it
            return found.iso(), found.precision, line, "site posting stamp, the page's only date, of 'today'", 0.6
        return found.iso(), found.precision, line, f"{_STAMP_ONLY} (a suggestion)", SUGGESTED
    if delivered := _delivery_told(lines):
        found, line = delivered
        return found.iso(), found.precision, line, "the day the page's foot says the statement was delivered", 0.7
    return None


# How many lines below a news item's header the letter it reproduces may open: its lead, then the letter's title.
_REPRODUCED_TITLE_REACH = 3
_LEAD_LENGTH = 100  # a lead is a paragraph of prose, no heading
# The lead gives the letter's text, not only its title: a letter it answers or comments on, or the Council's standing
# agenda item titled by a letter ('The meeting was held under the item:', 'It is entitled:'), dates nothing.
_GIVES_THE_LETTER = re.compile(r"\btext\s+of\s+the\s+(?:letter|note)\b|\bfull\s+text\b|\breads\s+as\s+follows\b|"
                               r"\bis\s+as\s+follows\b", re.IGNORECASE)


def _reproduced_title(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """A letter or note verbale a news item reproduces under a lead giving its text ('The full text of the letter is
    as follows:'), opening on its own UN title ('Letter dated 29 August 2024 from the Permanent Representative of ...
    addressed to the Secretary-General'): the page is the letter, dated by its title, not by the agency's dateline or
    posting stamp above it."""
    last = max((line.number for line in header), default=0)
    below = [line for line in lines if line.number > last][:_REPRODUCED_TITLE_REACH]
    for lead, line in zip(below, below[1:], strict=False):
        if len(lead.text) >= _LEAD_LENGTH and _GIVES_THE_LETTER.search(lead.text) and opens_formal_title(line.text) \
                and (dated := _DATED.search(line.text)) and (found := first_full(line.text, dated.end())):
            return found, line
    return None


def find_dating(header: list[Line], lines: list[Line], title: Line | None, formal: bool) -> Dating:
    evidence: list[Evidence] = []
    others: list[DatedRole] = []
    distribution = _distribution(header)
    if distribution:
        found, line = distribution
        others.append(DatedRole(found.iso(), "distributed", found.precision))
        evidence.append(Evidence("dates", line.text, line.number, "distribution date", confidence=0.95))
    listed = dated_listing(header)
    # The distribution line itself, not its source line: a flattened document holds its whole header on one.
    heading = [line for line in header if not is_stamp(line.text) and line.number not in listed
               and not (distribution and line is distribution[1]) and not _DISTRIBUTION.match(line.text)]

    date = precision = None
    if reproduced := _reproduced_title(header, lines):
        found, source = reproduced
        date, precision = found.iso(), found.precision
        method, confidence = "title: dated, of the letter a news item reproduces below its lead", 0.85
    elif formal:
        if formal_date := _formal_date(header, heading, lines, title):
            found, source, method, confidence = formal_date
            date, precision = found.iso(), found.precision
    elif speech_date := _speech_date(header, heading, lines):
        date, precision, source, method, confidence = speech_date

    if not date and distribution and _issued_as_delivered(header):
        found, source = distribution
        date, precision = found.iso(), found.precision
        method, confidence = "the date of issue of an OSCE delegation's document, the day it was delivered", 0.6
    warnings: list[str] = []
    if date:
        evidence.append(Evidence("date", source.text, source.number, method, confidence=confidence))
    else:
        warnings.append("no date of delivery or issue found in the header")
    others.extend(_annex_dates(lines, int(date[:4]) if date else None, evidence))
    return Dating(date, precision, tuple(others), tuple(evidence), tuple(warnings))


# A posting label anywhere before a date ('Date posted: 05/03/2025'): the page's, not the document's.
_POSTED = re.compile(rf"\b(?:{STAMP_WORDS})\b", re.IGNORECASE)
# A slashed date as a reference number or a deadline gives ('Ref. No. 1/12/2025', 'Deadline: 05/03/2025').
# ... nor a day a heading cites: 'follow-up to the meeting of 06/03/2023', 'the letter dated 01/02/2024' (a session
# 'of 05/03/2024' is the day it met).
_NOT_THE_DAY = re.compile(r"\b(?:No|Ref|Nr|deadline|due)\b[^/]{0,20}$|\b(?:dated|since|from|until)\s*$"
                          r"|\b(?:follow-up\s+to|further\s+to|pursuant\s+to|with\s+reference\s+to|in\s+reply\s+to)\b[^/]{0,60}$",
                          re.IGNORECASE)
_SLASHED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# The States whose pages write a slashed date month first ('03/12/2025' is 12 March): the United States, the States
# in free association with it, and the Philippines. The rest of the world writes the day first.
MONTH_FIRST_STATES = frozenset({"United States", "Philippines", "Palau", "Micronesia", "Marshall Islands"})


def read_by_the_states_order(dating: Dating, header: list[Line], country: str | None) -> Dating:
    """A header whose only date is slashed with both numbers up to twelve ('05/03/2025') is undated by the rules
    above, which read only dates whose order is certain: read it in the order the page's State writes dates, the
    day first unless the State writes the month first. Less sure than a date the page settles, surer than a posting
    stamp taken for want of another date ('Last updated: 14/09/2023' over 'Date: 12/09/2023')."""
    stamp_only = bool(dating.date) and any(e.confidence == SUGGESTED and e.method.startswith(_STAMP_ONLY)
                                           for e in dating.evidence)
    if (dating.date and not stamp_only) or country is None:
        return dating  # with no State known, the order stays open
    for line in header:
        if is_stamp(line.text) or len(_SLASHED.findall(line.text)) > 1:
            continue  # a period written with two slashed dates ('From 03/03/2025 to 07/03/2025')
        for found in unsettled_slashed(line.text, day_first=country not in MONTH_FIRST_STATES):
            before = line.text[:found.start]
            if not (is_period(line.text, found) or _POSTED.search(before) or _NOT_THE_DAY.search(before)):
                evidence = Evidence("date", line.text, line.number, "header: a slashed date read in the order the "
                                    "page's State writes dates", confidence=0.6)
                warnings = tuple(w for w in dating.warnings if not w.startswith("no date"))
                kept = tuple(e for e in dating.evidence if not (stamp_only and e.method.startswith(_STAMP_ONLY)))
                return dataclasses.replace(dating, date=found.iso(), precision="day",
                                           evidence=(*kept, evidence), warnings=warnings)
    return dating


def _issued_as_delivered(header: list[Line]) -> bool:
    """An OSCE delegation's document whose header gives no date but its date of issue: a meeting's period in the
    header ('Skopje, 30 November and 1 December 2023') leaves the day of delivery open."""
    full = sum(1 for line in header if not is_stamp(line.text) for found in find_dates(line.text)
               if found.year and found.day)  # the site's posting stamp is no date of the document's
    return full == 1 and any(_DELEGATION_SYMBOL.match(line.text) for line in header)


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
            evidence.append(Evidence("dates", annexed.text, annexed.number, "title of the annexed document",
                                     confidence=0.8))
    return roles
