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

The readings of a news item's lead (lead_days.py), of the lines where a text
ends (closing_dates.py) and of a site's posting stamp (posting_stamps.py) are
kept apart; this module weighs them by the document's form.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from archive.statement import DatedRole, Evidence
from indexer.extraction.closing_dates import after_closing, closing_date, delivery_told
from indexer.extraction.dated_lines import (
    CLOSE_DAYS,
    Candidate,
    calendar_day,
    date_candidates,
    dated_listing,
    first_full,
    is_period,
    is_stamp,
    reproduced_from,
)
from indexer.extraction.dates import FoundDate, find_dates, unsettled_slashed
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lead_days import edition_date, is_dateline, later_dateline, opening_dateline, opens_as_dateline
from indexer.extraction.lines import (
    SALUTATION,
    STAMP_WORDS,
    Line,
    is_date_line,
    opens_body,
)
from indexer.extraction.posting_stamps import STAMP_ONLY, SUGGESTED, stamp_date

# A title's 'dated' in the UN's other working languages: 'Carta de fecha 2 de septiembre de 2025 dirigida a',
# 'Lettre datée du 2 septembre 2025 adressée au', 'Nota verbal de fecha', 'Carta datada de 2 de setembro de 2025'.
_DATED_WORD = r"(?:dated|de\s+fecha|dat[ée]e?s?\s+du|en\s+date\s+du|datadas?\s+de)"
_DATED = re.compile(rf"\b{_DATED_WORD}\s+", re.IGNORECASE)
# A letter's or note's title where the page did not put it first: kept in markup ('<p><strong>Identical letters
# dated 1 May 2004'), numbered in a collection ('183. Letter dated ...'), or introduced ('Text of the letter dated');
# the IAEA's information circulars title the note they circulate 'Communication dated 2 February 2024 received from'.
# A news item reproducing a letter gives its date in apposition where it introduces the text ('The full text of the
# letter, dated 1 April 2024, is as follows:', 'The letter, dated 9 November 2023, reads as follows:'); a letter it
# answers is only cited ('The letter, dated 28 February 2024, contained ...', 'in response to the letter dated ...').
_TITLE_ELSEWHERE = re.compile(r"(?:^|>)\s*(?:\d+\.\s*)?(?:(?:the\s+)?text\s+of\s+(?:the\s+)?)?(?:identical\s+)?"
                             r"(?:letters?|notes?\s+verbales?|communications?|cartas?|lettres?|notas?\s+verba(?:l|les|is))"
                             rf"\s+{_DATED_WORD}\s+"
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


LEAD_LINES = 60


CITED_DAYS = 366


@dataclass(frozen=True)
class Dating:
    date: str | None
    precision: str | None
    others: tuple[DatedRole, ...]
    evidence: tuple[Evidence, ...]
    warnings: tuple[str, ...]



FIRST_FULL = "header: first full date"


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
    if day is None or opens_as_dateline(chosen.line.text, chosen.found):
        return None
    found = [(candidate.found, candidate.line) for candidate in date_candidates(heading)
             if not _answered_day(candidate.line.text, candidate.found)]
    if dateline := opening_dateline(lines, header):
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
        if not prose or any(candidate.date_line or is_dateline(line.text, candidate.found)
                            for candidate in date_candidates([line])):
            lead.append(line)
    return lead


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


def _letters_dateline(candidates: list[Candidate]) -> Candidate | None:
    """The first date that is a letter's dateline: a known city, then its date, alone on the line."""
    return next((candidate for candidate in candidates if is_dateline(candidate.line.text, candidate.found)
                 and canonical_city(candidate.line.text[:candidate.found.start].split(",")[0].strip())), None)


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
    if closing := after_closing(lines):
        return *closing, "date under the complimentary close", 0.9
    own = [line for line in heading if not _DATED.search(line.text) and not _ANNEX.match(line.text)]
    candidates = date_candidates(own)
    if not any(is_dateline(candidate.line.text, candidate.found) for candidate in candidates) \
            and (reference := _reference_date(own)):
        return *reference, "the date beside the note's reference number", 0.85
    if choice := _heading_choice(candidates):
        candidate, _, _ = choice
        if _EVENT_OF_DAY.search(candidate.line.text[:candidate.found.start]) \
                and (dateline := _letters_dateline(candidates)):
            return dateline.found, dateline.line, "the letter's dateline, below a title naming an event's day", 0.85
        below = _letters_dateline(date_candidates(_lead(lines, header))) if candidate.date_line else None
        if below and below.iso != candidate.iso:
            return below.found, below.line, "the letter's dateline, below the page's date line and lead", 0.85
        return candidate.found, candidate.line, FIRST_FULL, 0.8
    if below := _letters_dateline(date_candidates(_lead(lines, header))):
        return below.found, below.line, "the letter's dateline, below the page's heading and lead", 0.8
    if closing := closing_date(lines, header):
        return *closing, "date line below the signature", 0.7
    return None


def _speech_date(header: list[Line], heading: list[Line], lines: list[Line]) \
        -> tuple[str, str | None, Line, str, float] | None:
    """A speech's or release's date, from the strongest cue present."""
    if choice := _heading_choice(_below_the_text_introduced(_not_after_posting(date_candidates(heading), header),
                                                            heading)):
        candidate, method, confidence = choice
        if candidate.date_line and (dateline := later_dateline(candidate, lines, header)):
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
    if dateline := opening_dateline(lines, header):
        found, line, method = dateline
        return found.iso(), found.precision, line, method, 0.85
    if edition := edition_date(lines, header):
        found, line = edition
        return found.iso(), found.precision, line, "opening: the newspaper edition that printed it", 0.8
    if closing := closing_date(lines, header):
        found, line = closing
        return found.iso(), found.precision, line, "date line where the text is signed off", 0.7
    if stamped := stamp_date(header, lines):
        found, line, method, confidence = stamped
        return found.iso(), found.precision, line, method, confidence
    if delivered := delivery_told(lines):
        found, line = delivered
        return found.iso(), found.precision, line, "the day the page's foot says the statement was delivered", 0.7
    return None


# How many lines below a news item's header the letter it reproduces may open: its lead, then the letter's title.
_REPRODUCED_TITLE_REACH = 3
_LEAD_LENGTH = 100  # a lead is a paragraph of prose, no heading
# The lead gives the letter's text, not only its title: a letter it answers or comments on, or the Council's standing
# agenda item titled by a letter ('The meeting was held under the item:', 'It is entitled:'), dates nothing.
# In the other working languages: 'A continuación, el texto íntegro:', 'Voici le texte intégral de la lettre :'; or
# 'The Embassy reproduces below the letter addressed to ...'.
_GIVES_THE_LETTER = re.compile(r"\btext\s+of\s+the\s+(?:letter|note)\b|\bfull\s+text\b|\breads\s+as\s+follows\b|"
                               r"\bis\s+as\s+follows\b|\btext[eo]\s+(?:[íi]ntegro|completo|int[ée]gral)\b"
                               r"|\breproduce[sd]?\s+(?:below|hereunder)\s+the\s+(?:letter|note)\b",
                               re.IGNORECASE)


def _reproduced_title(header: list[Line], lines: list[Line]) -> tuple[FoundDate, Line] | None:
    """A letter or note verbale a news item reproduces under a lead giving its text ('The full text of the letter is
    as follows:'), opening on its own UN title ('Letter dated 29 August 2024 from the Permanent Representative of ...
    addressed to the Secretary-General'): the page is the letter, dated by its title, not by the agency's dateline or
    posting stamp above it."""
    last = max((line.number for line in header), default=0)
    below = [line for line in lines if line.number > last][:_REPRODUCED_TITLE_REACH]
    for lead, line in zip(below, below[1:], strict=False):
        if len(lead.text) >= _LEAD_LENGTH and _GIVES_THE_LETTER.search(lead.text) \
                and (dated := _TITLE_ELSEWHERE.match(line.text)) and (found := first_full(line.text, dated.end())):
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
    stamp_only = bool(dating.date) and any(e.confidence == SUGGESTED and e.method.startswith(STAMP_ONLY)
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
                kept = tuple(e for e in dating.evidence if not (stamp_only and e.method.startswith(STAMP_ONLY)))
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
