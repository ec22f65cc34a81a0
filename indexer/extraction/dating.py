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

import re
from dataclasses import dataclass
from datetime import date as Day

from archive.statement import DatedRole, Evidence
from indexer.extraction.dates import FoundDate, find_dates, is_month_word
from indexer.extraction.gazetteer import city_pattern, country_pattern
from indexer.extraction.lines import SALUTATION, Line, is_posting_stamp, is_prose

_DATED = re.compile(r"\bdated\s+", re.IGNORECASE)
# A letter's or note's title where the page did not put it first: kept in markup ('<p><strong>Identical letters
# dated 1 May 2004'), numbered in a collection ('183. Letter dated ...'), or introduced ('Text of the letter dated').
_TITLE_ELSEWHERE = re.compile(r"(?:^|>)\s*(?:\d+\.\s*)?(?:(?:the\s+)?text\s+of\s+(?:the\s+)?)?(?:identical\s+)?"
                             r"(?:letters?|notes?\s+verbales?)\s+dated\s+", re.IGNORECASE)
_DISTRIBUTION = re.compile(r"^Distr\.?\s*:", re.IGNORECASE)
_ANNEX = re.compile(r"^Annex(?:es)?\b", re.IGNORECASE)
# A period: a date right after '–', '-' or 'to' that follows a day ('13–17 June 2021', '7th-9th November, 2018',
# '21 June–9 July 2021'), or right before such a dash. An ISO date is not one.
_PERIOD_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?|(?P<word>[^\W\d_]{3,})\.?)\s*(?:[–—-]|\bto|\buntil|\bthrough)\s*$")
_PERIOD_AFTER = re.compile(r"^\s*[–—-]\s*\d")
# A cited document's date: 'resolution 2231 (2015) of 20 July 2015', 'decision of 3 March', 'the note dated ...',
# 'the agreement signed on ...'; the heading's own date follows its place or stands alone, and a letter's own
# title ('Letter dated ...', 'Identical letters dated ...') names no article or preposition before it. A date
# after 'since', 'until' or 'following' is an event the heading refers to.
_CITED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|on|to|with|under|in|by|of|per)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:resolutions?|decisions?|reports?|letters?|notes?(?:\s+verbales?)?|communications?|agreements?|"
    r"declarations?|treat(?:y|ies)|memorand(?:um|a)|accords?|conventions?|protocols?|communiqués?)\b"
    r"[^.;:–—()]{0,40}(?:\(\d{4}\)\s*)?\s(?:of|dated|adopted\s+on|signed\s+on|of\s+the)\s+$"
    r"|\b(?:since|until|till|following|prior\s+to|as\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)
# A year standing as a page's section label ('Statements and Speeches 2015'), not the 2030 Agenda.
_LONE_YEAR = re.compile(r"(?<![\w/.-])(?<!Agenda )((?:19|20)\d\d)(?![\w/.-])(?!\s+Agenda)", re.IGNORECASE)
SECTION_LABEL_CHARS = 60
# Words a date line may carry besides the date: a weekday, 'Date:', separators.
_DATE_LINE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|date[ds]?|on|the|of)\b|[\W\d_]",
    re.IGNORECASE)
# Labels of a site's own time stamps, in the page's furniture ('Created at : 9.11.2018, 08:45').
_STAMP_LABEL = re.compile(r"^(?:created|posted|published|updated|modified|last\s+(?:updated|modified|reviewed|edited)|"
                          r"page\s+(?:updated|last\s+updated)|date\s+of\s+publication)\b", re.IGNORECASE)
# A press dateline: the place (in capitals or not) then the date, then a dash, an ellipsis or a colon
# ('GENEVA 04 March 2019 — ', 'NEW YORK, USA, September 25, 2019…'); or the date first, then perhaps the
# place, then the dash ('12.04.2018, Vienna – '). 'On 24 February 2022, ...' opens a sentence, not a dateline.
_DATELINE_PLACE = re.compile(r"^(?!(?:On|In|Since|By|As|At|Today|From|Until|Before|After|During|Last|This|That|The|"
                             r"Of|For)\b)[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}[,:]?\s*$")
_DATELINE_END = re.compile(r"^(?:\s*,\s*[A-Z][\w .'’-]{0,30})?\s*(?:[—–-]|…|\.\.\.|:)|^[A-Z]")
# A dateline in brackets, in a heading or a first sentence: '(New York, 3 October 2011)', '(Geneva, 16 March 2022)'.
_BRACKETED_PLACE = re.compile(r"\(\s*[A-Z][\w .'’-]{1,30},\s*$")
# The UN's news style: the place, then the date in brackets, then a dash ('GENEVA (9 March 2023) – ').
_PLACE_THEN_BRACKET = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*\(\s*$")
_BRACKET_THEN_DASH = re.compile(r"^\s*\)\s*[—–-]")
# After a listed page's date, its title: '8 March 2023 – Press release: ...', '7 March 2023 | Statement at ...'.
_LISTING_ITEM = re.compile(r"^\s*[–—|:-]\s*\w")
# A meeting's hour in the UN's style, lower case with stops: '10 a.m.', '3:00 p.m.'.
_MEETING_HOUR = re.compile(r"\d\s*(?:a\.m\.|p\.m\.)")
# A UN meeting record's heading: the meeting, then its weekday and date ('9270th meeting Thursday, 9 March 2023').
_MEETING_DAY = re.compile(r"\bmeeting,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$",
                          re.IGNORECASE)
# The complimentary close of a note verbale or letter, after which its place and date are written.
_CLOSING = re.compile(r"\b(?:highest\s+consideration|\(Signed\))", re.IGNORECASE)
LEAD_LINES = 60
LABEL_CHARS = 30
CLOSING_LINES = 6
PERIOD_DAYS = 14
CITED_DAYS = 366
BEFORE_CHARS = 160
DATE_LINE_CHARS = 80  # a date line's words besides its date: a weekday, 'Date:', separators


@dataclass(frozen=True)
class Dating:
    date: str | None
    precision: str | None
    others: tuple[DatedRole, ...]
    evidence: tuple[Evidence, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Candidate:
    """A full date found on a line, and whether the line is a page's date line: the date alone
    (perhaps with a weekday), or after a short label of the site ('Date:', a label in its language)."""

    found: FoundDate
    line: Line
    bare: bool
    labelled: bool = False

    @property
    def iso(self) -> str | None:
        return self.found.iso()

    @property
    def date_line(self) -> bool:
        return self.bare or self.labelled


def dated_listing(lines: list[Line]) -> set[int]:
    """Numbers of the lines of a list of other pages, each a date then a title ('8 March 2023 – Press
    release: Minister visits Geneva'), two or more in a row in one block: a site's 'latest news', whose
    dates, types and bodies are not this page's."""
    items = {index for index, line in enumerate(lines)
             if (found := find_dates(line.text)) and found[0].start == 0 and found[0].year
             and _LISTING_ITEM.match(line.text[found[0].end:])}
    listed = set()
    for index in items:
        if index + 1 in items and lines[index + 1].block == lines[index].block \
                or index - 1 in items and lines[index - 1].block == lines[index].block:
            listed.add(lines[index].number)
    return listed


def _is_stamp(text: str) -> bool:
    """A site's posting stamp, but not an event's time: a meeting's hour in the UN's style ('Thursday, 9 March
    2023, 10:00 a.m.') or a dateline with its hour ('Geneva, 9 March 2023, 15:00')."""
    if not is_posting_stamp(text):
        return False
    if _STAMP_LABEL.match(text):
        return True
    dates = find_dates(text)
    return not (_MEETING_HOUR.search(text) or dates and city_pattern().search(text[:dates[0].start]))


def _first_full(text: str, after: int = 0) -> FoundDate | None:
    for found in find_dates(text):
        if found.start >= after and found.year:
            return found
    return None


def _is_period(text: str, found: FoundDate) -> bool:
    """A date that opens or closes a period ('14 September–2 October 2020') is not a day of delivery. The
    word before the dash must be a month's: a heading's last word ('... at the Security Council – 3 March
    2023') only sets its date apart."""
    before = _PERIOD_BEFORE.search(_before(text, found))
    if before and before.group("word") and not is_month_word(before.group("word")):
        before = None
    return bool(before or _PERIOD_AFTER.match(text[found.end:]))


def _cites_another(text: str, found: FoundDate) -> bool:
    """'resolution 2231 (2015) of 20 July 2015', 'the letter dated 2 March': the date of a document
    the heading cites, not the heading's own."""
    return bool(_CITED_BEFORE.search(_before(text, found)))


def _before(text: str, found: FoundDate) -> str:
    """The words just before a date, where what introduces it stands (a window: lines may be whole pages)."""
    return text[max(0, found.start - BEFORE_CHARS):found.start]


def _is_labelled(text: str, found: FoundDate) -> bool:
    """'Date: 12 March 2023', 'วันที่นำเข้าข้อมูล 28 Sep 2018': a short label, then the date and nothing
    else. A place before the date makes a dateline ('Geneva, 22 June 2021'), the heading's own."""
    label, rest = text[:found.start].strip(), text[found.end:].strip()
    return (not rest and 0 < len(label) <= LABEL_CHARS and not re.search(r"\d", label)
            and not city_pattern().search(label) and not country_pattern().search(label))


def _is_bare(text: str, found: FoundDate) -> bool:
    """A line that is only a date (a web page's date line), perhaps with a weekday."""
    rest = text[:found.start] + text[found.end:]
    return len(rest) <= DATE_LINE_CHARS and not _DATE_LINE_WORDS.sub("", rest).strip()


def _candidates(lines: list[Line]) -> list[_Candidate]:
    """Full dates of the lines, in order, a date wrapped onto the next line included ('Ginebra, 19 de' /
    'septiembre de 2016'); periods are left out."""
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        text = f"{line.text} {following}" if following else line.text
        for found in find_dates(text):
            if found.start >= len(line.text) or not found.year or _is_period(text, found) \
                    or _cites_another(text, found):
                continue
            own = found.end <= len(line.text)
            out.append(_Candidate(found, line, own and _is_bare(line.text, found),
                                  own and _is_labelled(line.text, found)))
    return out


def _heading_choice(candidates: list[_Candidate]) -> tuple[_Candidate, str, float] | None:
    """The heading's date: the first with a day (a month alone is a weaker reading). A web page often
    shows its own date line (bare or labelled) above the document's heading; when a different date
    follows in the heading, that one is the date of delivery: first a heading line's, else a later
    date line's (a page date, then the speech's own date line, bare or labelled 'Event date:')."""
    with_day = _without_cited_years([c for c in candidates if c.found.day] or candidates)
    if not with_day:
        return None
    first = with_day[0]
    if first.date_line:
        later = [c for c in with_day[1:] if c.iso != first.iso]
        if heading := next((c for c in later if not c.date_line), None):
            return heading, "header: the heading's date below the page's date line", 0.75
        if first.bare and (line := next((c for c in later if c.date_line), None)):
            return line, "header: the second date line, below the page's date line", 0.6
    return first, "header: first full date", 0.9


def _without_cited_years(candidates: list[_Candidate]) -> list[_Candidate]:
    """A heading's date more than a year before a date below it is one it cites ('the Universal Declaration
    of Human Rights (10 December 1948)' over '11 December 2023'): a document is not dated years before itself.
    A site's later stamps stand above the heading, not below it."""
    kept = []
    for index, candidate in enumerate(candidates):
        day = _day(candidate.found)
        below = [later for c in candidates[index + 1:] if (later := _day(c.found))]
        if candidate.date_line or not day or all((later - day).days <= CITED_DAYS for later in below):
            kept.append(candidate)
    return kept


def _distribution(header: list[Line]) -> tuple[FoundDate, Line] | None:
    for index, line in enumerate(header):
        if _DISTRIBUTION.match(line.text):
            if found := _first_full(line.text):
                return found, line
            if index + 1 < len(header) and (found := _first_full(header[index + 1].text)):
                return found, header[index + 1]
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
            if other is not line and len(other.text) <= SECTION_LABEL_CHARS and not find_dates(other.text) \
                    and (year := _LONE_YEAR.search(other.text)):
                return partial.iso(int(year.group(1))), line, "header date, year from the page heading"
    return None


def _lead(lines: list[Line], header: list[Line]) -> list[Line]:
    """Dates below a header cut short by its limits (a long site menu), down to the salutation. Past a
    paragraph of prose (a page's summary) only a line that is a date counts: prose dates are events."""
    last = max((line.number for line in header), default=0)
    lead, prose = [], False
    for line in lines[:LEAD_LINES]:
        if SALUTATION.match(line.text):
            break
        prose = prose or is_prose(line)
        if line.number <= last or _is_stamp(line.text):
            continue
        if not prose or any(candidate.date_line for candidate in _candidates([line])):
            lead.append(line)
    return lead


def _opening_dateline(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line, str] | None:
    """A dateline at the start of the first paragraph (a press release), in brackets in its first
    sentence ('(New York, 3 October 2011)', 'GENEVA (9 March 2023) –'), or a flattened meeting record's
    'NNNNth meeting Thursday, 9 March 2023'."""
    last = max((line.number for line in header), default=0)
    first = next((line for line in lines if line.number > last and not SALUTATION.match(line.text)), None)
    if first is None:
        return None
    for found in find_dates(first.text[:400]):
        if not found.year:
            continue
        before, after = first.text[:found.start], first.text[found.end:]
        if (_DATELINE_PLACE.match(before) or not before.strip()) and _DATELINE_END.match(after):
            return found, first, "opening: dateline"
        if _BRACKETED_PLACE.search(before) and after.lstrip().startswith(")") \
                or _PLACE_THEN_BRACKET.match(before) and _BRACKET_THEN_DASH.match(after):
            return found, first, "opening: place and date in brackets"
        if _MEETING_DAY.search(before):
            return found, first, "opening: a meeting record's day"
    return None


def _closing_date(lines: list[Line], header: list[Line]) -> tuple[FoundDate, Line] | None:
    """A date line among the last lines below the heading: where a press release or a letter is signed
    off ('Permanent Mission of X / Geneva / 8 June 2018'). Only a line that is a date (and a place)
    counts, never a sentence of the body nor a period."""
    last = max((line.number for line in header), default=0)
    for line in reversed([line for line in lines[-CLOSING_LINES:] if line.number > last]):
        if _STAMP_LABEL.match(line.text) or line.text.rstrip().endswith("."):
            continue
        for candidate in _candidates([line]):
            found = candidate.found
            if found.day and len(line.text) - (found.end - found.start) <= 30:
                return found, line
    return None


def _after_closing(lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """The date written right after a note's or letter's complimentary close."""
    for line in lines:
        if match := _CLOSING.search(line.text):
            found = _first_full(line.text, match.end())
            if found and found.start - match.end() <= 60:
                return found, line
    return None


def _stamp(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """A site's posting stamp, in the header or in the page's furniture below the text, when the text
    agrees with it: a page may be posted days after the speech, so a stamp alone proves nothing."""
    stamps = [line for line in header if _is_stamp(line.text)]
    stamps += [line for line in lines[-CLOSING_LINES:] if _STAMP_LABEL.match(line.text)]
    for line in stamps:
        if (found := _first_full(line.text)) and _agrees(found, lines, line):
            return found, line
    return None


def _agrees(stamp: FoundDate, lines: list[Line], stamp_line: Line) -> bool:
    """The text names the stamp's day: as a day without a year ('on Tuesday, 1 May'), as the same full
    date, or as the last day of a period it falls in ('held on 7th-9th November, 2018')."""
    day = _day(stamp)
    for line in lines:
        if line is stamp_line:
            continue
        for found in find_dates(line.text):
            if found.year is None and (found.month, found.day) == (stamp.month, stamp.day):
                return True
            named = _day(found)
            if day and named and (named == day or _is_period(line.text, found)
                                  and 0 <= (named - day).days <= PERIOD_DAYS):
                return True
    return False


def _day(found: FoundDate) -> Day | None:
    """The calendar day of a full date; None for a month alone or an impossible day ('31 June')."""
    if not (found.year and found.day):
        return None
    try:
        return Day(found.year, found.month, found.day)
    except ValueError:
        return None


def _formal_date(header: list[Line], heading: list[Line], lines: list[Line],
                 title: Line | None) -> tuple[FoundDate, Line, str, float] | None:
    """A letter's or note's date: its title's 'dated', the date under its closing formula, a dateline
    of its own heading (not a line citing another document 'dated ...', nor an annex), or the date
    line it ends with."""
    if title and (dated := _DATED.search(title.text)) and (found := _first_full(title.text, dated.end())):
        return found, title, "title: dated", 0.95
    for line in header:
        if (dated := _TITLE_ELSEWHERE.search(line.text)) and (found := _first_full(line.text, dated.end())):
            return found, line, "title: dated", 0.9
    if closing := _after_closing(lines):
        return *closing, "date under the complimentary close", 0.9
    own = [line for line in heading if not _DATED.search(line.text) and not _ANNEX.match(line.text)]
    if choice := _heading_choice(_candidates(own)):
        candidate, _, _ = choice
        return candidate.found, candidate.line, "header: first full date", 0.8
    if closing := _closing_date(lines, header):
        return *closing, "date line below the signature", 0.7
    return None


def _speech_date(header: list[Line], heading: list[Line], lines: list[Line]) \
        -> tuple[str, str | None, Line, str, float] | None:
    """A speech's or release's date, from the strongest cue present."""
    if choice := _heading_choice(_candidates(heading)):
        candidate, method, confidence = choice
        return candidate.iso, candidate.found.precision, candidate.line, method, confidence
    stamps = [line for line in header if _is_stamp(line.text)]
    if partial := _yearless(heading, stamps):
        date, line, method = partial
        return date, "day", line, method, 0.7
    if choice := _heading_choice(_candidates(_lead(lines, header))):
        candidate, _, _ = choice
        return candidate.iso, candidate.found.precision, candidate.line, "page heading below the menu", 0.75
    if dateline := _opening_dateline(lines, header):
        found, line, method = dateline
        return found.iso(), found.precision, line, method, 0.85
    if closing := _closing_date(lines, header):
        found, line = closing
        return found.iso(), found.precision, line, "date line where the text is signed off", 0.7
    if stamp := _stamp(header, lines):
        found, line = stamp
        return found.iso(), found.precision, line, "site posting stamp, the day the text names", 0.6
    return None


def find_dating(header: list[Line], lines: list[Line], title: Line | None, formal: bool) -> Dating:
    evidence: list[Evidence] = []
    others: list[DatedRole] = []
    distribution = _distribution(header)
    if distribution:
        found, line = distribution
        others.append(DatedRole(found.iso(), "distributed", found.precision))
        evidence.append(Evidence("dates", line.text, line.number, "distribution date", confidence=0.95))
    skipped = {distribution[1].number if distribution else None}
    skipped |= dated_listing(header)
    heading = [line for line in header if not _is_stamp(line.text) and line.number not in skipped
               and not _DISTRIBUTION.match(line.text)]

    date = precision = None
    if formal:
        if formal_date := _formal_date(header, heading, lines, title):
            found, source, method, confidence = formal_date
            date, precision = found.iso(), found.precision
    elif speech_date := _speech_date(header, heading, lines):
        date, precision, source, method, confidence = speech_date

    warnings: list[str] = []
    if date:
        evidence.append(Evidence("date", source.text, source.number, method, confidence=confidence))
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
            evidence.append(Evidence("dates", annexed.text, annexed.number, "title of the annexed document",
                                     confidence=0.8))
    return roles
