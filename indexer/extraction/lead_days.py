"""The day a news item's lead tells, where a page's heading does not give the text's own.

A press release or news item is dated by its dateline ("GENEVA (9 March 2023) – ",
"Jenewa, 18 Maret 2025 – "), or by the day its lead names ("On 27 February 2024,
the Minister ...", "... este lunes 24 de febrero de 2025", "..., held in New York
on 26 September 2018"), by a wire's dateline without a year ("GENEVA, March 7
(Saba) - "), or by the edition or the day an interview it reproduces was printed
or given. The page's own date line or posting stamp is the day it went up, which
may be days later: dating.py weighs these readings against it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date as Day
from functools import lru_cache

from indexer.extraction.closing_dates import signed_off_before
from indexer.extraction.dated_lines import (
    CLOSE_DAYS,
    PERIOD_DAYS,
    Candidate,
    calendar_day,
    first_full,
    is_period,
)
from indexer.extraction.dates import FoundDate, find_dates, weekdays
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lines import (
    SALUTATION,
    Line,
    is_chrome,
)
from indexer.extraction.locations import wire_day
from indexer.extraction.patterns import ARABIC_LETTERS, alternation

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
                           # ... the credit closed by a full stop and a hyphen, as Spanish agencies write it
                           # ('Ginebra, 25 de febrero de 2025 (IP).- El viceministro ...')
                           rf"(?:\.?[—–-]|…|\.\.\.|:|\.\s+(?=[{_CAPITAL}]))|^[A-Z]")
# A news agency's credit opening a lead, alone or after its city, before the day it tells ('(VNA) – On 12 November
# 2025, ...', 'Hanoi (VNA/Mission) - On ...', '(KUNA) -- On ...'): a ministry's news page reposting the wire's copy.
_WIRE_CREDIT = re.compile(r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,2}\s*)?"
                          r"\([A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?\)\s*[—–-]{1,2}\s*")
# The word for 'year' a Russian or Serbian dateline writes after the date ('Душанбе, 23 марта 2025 г.'), the year
# perhaps closed by its full stop first ('Sarajevo, 2. jula 2025. godine').
_YEAR_WORD = re.compile(r"^\.?\s*(?:года|г\.|godine|god\.)")
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


LEAD_DATE_CHARS = 40
# An interview's lead says the day it was given or recorded, in the sentence that names it ('gave an interview to
# the News Agency on 19 September 2025', 'an interview ... recorded for the programme on October 1, 2025', 'Entrevista
# concedida à Rádio Exemplo a 3 de outubro de 2025'); the page went up later.
INTERVIEW = re.compile(r"\b(?:interview|entrevista|entretien|intervista)\b", re.IGNORECASE)
_ON_THE_DAY = re.compile(r"\b(?:on|a|le|el|em|am)\s+(?:the\s+)?$", re.IGNORECASE)
EDITION_REACH = 400  # the lead's first sentence or two, where it says what the page reproduces
_SOURCE_CREDIT = re.compile(r"^(?:Source|Fuente|Fonte|Источник|Джерело)\s*:\s*[^\n]{2,80}?,\s*", re.IGNORECASE)
_SOURCE_LINES = 3  # the lines under the heading where a reprint credits its paper
# 'Today' in the sites' languages: what a page tells happened on the day it was posted.
TODAY = re.compile(r"\b(?:today|aujourd['’]hui|hoy|hoje|heute|oggi|bugün|dnes|dzisiaj|сегодня|сьогодні)\b",
                    re.IGNORECASE)


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


def is_dateline(text: str, found: FoundDate) -> bool:
    """A line that is a place and its date and nothing more: 'Ginebra, 17 de juny del 2025'."""
    return bool(_DATELINE_PLACE.match(text[:found.start])) and not _YEAR_WORD.sub("", text[found.end:]).strip(" .")


def opens_as_dateline(text: str, found: FoundDate) -> bool:
    """A date that is a dateline: alone with its place on the line, or opening a release's first paragraph
    ('NEW YORK, USA, September 25, 2019 – President X has ...')."""
    return is_dateline(text, found) or bool(_DATELINE_PLACE.match(text[:found.start])
                                             and _DATELINE_END.match(text[found.end:]))


def _arabic_dateline_place(before: str) -> bool:
    """An Arabic lead's dateline before its date: a known city alone, then a comma or 'في'."""
    place = before[:_ARABIC_DATELINE_TAIL.search(before).start()].strip()
    return 0 < len(place) <= ARABIC_PLACE_CHARS and not place.isascii() and bool(canonical_city(place))


def opening_dateline(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line, str] | None:
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


def later_dateline(page_date: Candidate, lines: list[Line], header: list[Line]) \
        -> tuple[FoundDate, Line, str] | None:
    """A release's own dateline ('Jenewa, 18 Maret 2025 – Indonesia ...', 'GENEVA (9 March 2023) –') under a
    page's date line that names another day: the page went up later, and the release dates what it tells."""
    posted = calendar_day(page_date.found)
    dateline = opening_dateline(lines, header) or lead_on_day(lines, header, posted) \
        or lead_told_day(lines, header, posted) or _wire_dateline(lines, page_date.line, posted)
    if dateline and dateline[0].day and dateline[0].iso() != page_date.iso:
        return dateline
    return _interview_given(lines, header, page_date) or signed_off_before(lines, header, posted)


WIRE_DAYS = 7  # a wire's weekday-less day is of the past week; the page went up that day or a few days later
WIRE_LINES = 6  # the lead's dateline stands under the page's date, its menu and its headline


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
    given = edition_date(lines, header)
    day, posted = (calendar_day(given[0]), calendar_day(page_date.found)) if given else (None, None)
    if given and day and posted and 0 < (posted - day).days <= PERIOD_DAYS:
        return *given, "opening: the day the interview was given"
    return None


def first_below(lines: list[Line], header: list[Line]) -> Line | None:
    """The first line below the header that is not the site's chrome: a lead's first paragraph, where it names the
    day it tells, the interview it gives or the edition that printed it."""
    last = max((line.number for line in header), default=0)
    return next((line for line in lines if line.number > last and not is_chrome(line.text)), None)


def lead_on_day(lines: list[Line], header: list[Line], posted: Day | None) -> tuple[FoundDate, Line, str] | None:
    """A news item's lead opening on the day it tells ('On 27 February 2024, the Minister delivered ...', 'Le 3 mars
    2025, la Ministre a ...', 'El 5 de mayo de 2025, el Canciller ...', 'Am 4. Juni 2025 hat ...'), right under the
    heading (no salutation: a speech's 'On 24 February 2022, ...' tells a past event), a few days before the page went
    up: the page's date line is its posting, the lead's day the event's."""
    first = first_below(lines, header)
    lead = _WIRE_CREDIT.sub("", first.text, count=1) if first else ""
    if first is None or not (opening := _lead_on().match(lead)):
        return None
    found = first_full(lead[:LEAD_DATE_CHARS])
    day = calendar_day(found) if found else None
    if found and found.start == opening.end() and day and posted and 0 < (posted - day).days <= PERIOD_DAYS:
        return found, first, "opening: the day the news item tells"
    return None


def lead_told_day(lines: list[Line], header: list[Line], posted: Day | None) \
        -> tuple[FoundDate, Line, str] | None:
    """A news item's lead names the day it tells with its weekday and year ('Udenrigsminister X deltog tirsdag den 23.
    september 2025 i ...', 'la viceministra ... reafirmó este lunes 24 de febrero de 2025'), a few days before the
    page went up: the page's date or posting stamp is the day it was posted, the lead's day the event's; so is the day
    it says a meeting was held on, or its subject spoke on ('President X, addressing the General Debate ... on 25
    September 2024, said'), within the week before. A day without its year ('yesterday, Wednesday 24 September') is
    left to the page's date."""
    first = first_below(lines, header)
    if first is None or posted is None:
        return None
    lead = first.text[:EDITION_REACH]
    for found in find_dates(lead):
        day = calendar_day(found)
        if day is None or is_period(lead, found):
            continue
        if _told_weekday().search(lead[:found.start]) and 0 < (posted - day).days <= PERIOD_DAYS \
                or (_HELD_ON.search(lead[:found.start]) or _spoke_on(lead[:found.start])) \
                and not TODAY.search(lead) and not _YESTERDAY.search(lead) and 0 < (posted - day).days <= CLOSE_DAYS:
            return found, first, "opening: the day the news item tells"
    return None


# The subject of a lead, set off by commas, told speaking on its day ('President X, addressing the General Debate
# ... in New York on 25 September 2024, said'): the day of what it tells, if within the week before the page went up.
# The lead may open on it too ('Addressing the plenary of the Third UN Ocean Conference on 10 June 2025, Minister X').
_SENTENCE = r"(?:[^.]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.)*"  # titles' full stops end nothing
_SPOKE_ON = re.compile(rf"^(?:{_SENTENCE},\s+)?"
                       r"(?:addressing|speaking|delivering|taking\s+the\s+floor)\b(?P<occasion>[^.,]*)\s+on\s+$",
                       re.IGNORECASE)
# ... or told in the past tense, the occasion's place between ('Prime Minister X addressed the plenary of the Third UN
# Conference on Landlocked Developing Countries in Awaza, Turkmenistan, on 6 August 2025').
_ADDRESSED_ON = re.compile(rf"^{_SENTENCE}?\b(?:addressed|spoke|delivered|took\s+the\s+floor)\b"
                           r"(?P<occasion>[^.;]*)\s+on\s+$", re.IGNORECASE)
# ... not the day of what the occasion is about ('addressing the emergency meeting on the missile strike on 7 March',
# 'speaking about the agreement reached on 13 March'): an 'on' before words in lower case, or a participle, before
# the day; a body's own 'on' ('the Conference on Disarmament') is its name.
_ABOUT_ANOTHER_DAY = re.compile(r"\bon\s+(?!(?-i:[A-Z]))|\w+ed$", re.IGNORECASE)
def _spoke_on(before_day: str) -> bool:
    """Whether the words before a lead's day tell its subject speaking on that day (_SPOKE_ON)."""
    spoke = _SPOKE_ON.search(before_day) or _ADDRESSED_ON.search(before_day)
    return bool(spoke) and not _ABOUT_ANOTHER_DAY.search(spoke.group("occasion"))


# A lead telling of its own day ('today', TODAY, or 'yesterday'): a meeting 'held on' another day is another event.
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


def edition_date(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line] | None:
    """The newspaper edition a page's lead says printed the text ('... gave an interview to the French newspaper
    "Le Figaro", published in its edition of Thursday 4 September 2025') or a reprint's credit line names ('Source:
    Example Daily, 12 March 2024'): the day the interview appeared; else the day the lead says it was given."""
    first = first_below(lines, header)
    edition = _edition().search(first.text[:EDITION_REACH]) if first else None
    found = first_full(first.text, edition.end()) if edition else None
    if found and found.start == edition.end() and found.day:
        return found, first
    last = max((line.number for line in header), default=0)
    for line in [line for line in lines if line.number > last][:_SOURCE_LINES]:
        # a reprint's credit line, the paper and the day it printed the text ('Source: Example Daily, 12 March 2024')
        if (source := _SOURCE_CREDIT.match(line.text)) and (found := first_full(line.text, source.end())) \
                and found.start == source.end() and found.day and not line.text[found.end:].strip(" .)"):
            return found, line
    given = _interview_day(first.text[:EDITION_REACH]) if first else None
    return (given, first) if given else None


def _interview_day(lead: str) -> FoundDate | None:
    """The day an interview was given, in a sentence of the lead that names the interview ('... gave an interview
    to the News Agency on 19 September 2025.', '... The full text of the interview, conducted on 27 September 2024,
    is reproduced below.'); a date in a sentence that does not name it (its publication) is not it."""
    for mention, interview in enumerate(INTERVIEW.finditer(lead)):
        sentence_end = lead.find(". ", interview.end())
        found = first_full(lead, interview.end())
        if found and found.day and not 0 <= sentence_end < found.start and _ON_THE_DAY.search(lead[:found.start]) \
                and (mention == 0 or _GIVEN_ON.match(lead, interview.end(), found.start)):
            return found
    return None


# A later mention of the interview names its own day only right after it: 'The full text of the interview, conducted on
# 27 September 2024, ...', not 'In the interview, the Minister commented on the vote of 20 March'.
_GIVEN_ON = re.compile(r",?\s+(?:was\s+)?(?:conducted|given|recorded|held|granted)\s+on\s+(?:the\s+)?$")
