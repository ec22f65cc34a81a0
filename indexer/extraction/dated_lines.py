"""What a date on a line is: a day of the document, a period's end, a date of a document cited, a site's
posting stamp, or a date line of its own (the date alone, or after a short label such as 'Date:').

dating.py weighs these readings, line by line, to find the document's own date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as Day
from datetime import timedelta
from functools import lru_cache

from indexer.extraction.dates import FoundDate, find_dates, is_month_word, weekdays
from indexer.extraction.gazetteer import city_pattern, country_pattern
from indexer.extraction.lines import STAMP_LABEL, Line, is_posting_stamp, text_introduced_at
from indexer.extraction.patterns import alternation

# A period: a date right after '–', '-' or 'to' that follows a day ('13–17 June 2021', '7th-9th November, 2018',
# '21 June–9 July 2021', '30 November and 1 December 2023', French 'du 10 au 12 juillet', Spanish 'del 1 al 5 de
# mayo', German 'vom 1. bis 5. Mai'), or right before such a dash. An ISO date is not one.
_PERIOD_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th|er|\.)?|(?P<word>[^\W\d_]{3,})\.?)\s*"
                            r"(?:[–—-]|\bto|\buntil|\bthrough|\band|&|\bau|\bal|\bbis|\bhasta|\baté)\s*$")
_PERIOD_AFTER = re.compile(r"^\s*[–—-]\s*\d")
# A period written with words, whose first date is a full one: a report's 'Reporting period: 1 January 2024 to
# 31 December 2024', French 'du 1er janvier 2024 au 31 décembre 2024', Spanish 'del 1 de enero de 2024 al ...',
# German 'vom 1. Januar 2024 bis 31. Dezember 2024'. The other end must be a date too ('... 2024 to 193 States').
_PERIOD_WORD_AFTER = re.compile(r"^\s*(?:to|until|till|through|au|al|bis(?:\s+zum)?)\s+(?=\d)", re.IGNORECASE)
PERIOD_END_CHARS = 40
# A cited document's date: 'resolution 2231 (2015) of 20 July 2015', 'decision of 3 March', 'the note dated ...',
# 'the Secretary-General's letter of ...', 'the agreement signed on ...'; the heading's own date follows its place or
# stands alone, and a letter's own title ('Letter dated ...', 'Identical letters dated ...') names no article or
# preposition before it. A date after 'since', 'until' or 'following', or naming a past event ('the events of 7
# October 2023', 'the anniversary of ...', 'the elections held on ...', the General Assembly's debate 'following the
# veto cast in the Security Council on ...') is one the heading refers to.
_CITED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|on|to|with|under|in|by|of|per)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:resolutions?|decisions?|reports?|letters?|notes?(?:\s+verbales?)?|communications?|agreements?|"
    r"declarations?|treat(?:y|ies)|memorand(?:um|a)|accords?|conventions?|protocols?|communiqués?)\b"
    r"[^.;:–—()]{0,40}(?:\(\d{4}\)\s*)?\s(?:of|dated|adopted\s+on|signed\s+on|of\s+the)\s+(?:the\s+)?$"
    r"|\b(?:since|until|till|following|prior\s+to|as\s+of)\s+(?:the\s+)?$"
    # A day to come: a deadline ('Current deadline: ...', 'due on ...', 'to be completed by ...'), a period's open end
    # ('an extension of 3 years (to 1 March 2030)').
    r"|\b(?:deadlines?|due|expir\w*)\b[^.;:()]{0,30}?:?\s*(?:on\s+|by\s+)?$|\bby\s+$|\(to\s+$"
    r"|\b(?:events?|attacks?|anniversary|massacre|genocide|tragedy|elections?|referendum|earthquake|explosion|coup)"
    r"\s+(?:of|on|held\s+on)\s+(?:the\s+)?$"
    r"|\bveto(?:es)?\s+(?:cast|used|exercised)\b[^.;:]{0,60}?\s+on\s+$"
    # In Arabic the article marks the cited one, as 'the' does: 'الرسالة المؤرخة 4 نيسان/أبريل 2025' (the letter
    # dated ...); a title's own 'رسالة مؤرخة' (letter dated) has none.
    r"|\bالمؤرخ(?:ة|تين|ين)?\s+(?:في\s+)?$",
    re.IGNORECASE)
# Labels of a site's own time stamps, in the page's furniture ('Created at : 9.11.2018, 08:45').
# After a listed page's date, its title: '8 March 2023 – Press release: ...', '7 March 2023 | Statement at ...'.
_LISTING_ITEM = re.compile(r"^\s*[–—|:-]\s*\w")
# A meeting's hour in the UN's style, lower case with stops: '10 a.m.', '3:00 p.m.'.
_MEETING_HOUR = re.compile(r"\d\s*(?:a\.m\.|p\.m\.)")
# A posting stamp inside a longer line (a page that lost its line breaks): the date after a stamp's label
# ('... Published: Sun 9 Oct 2016 11:36 AM ...') or followed by a clock time ('... 2023-01-25 21:06 (Palais ...').
_STAMP_BEFORE = re.compile(r"\b(?:posted|published|updated|created|modified)\b\W{0,3}(?:on\s+)?(?:\w{3,9},?\s+)?$",
                           re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*[,|–-]?\s*\d{1,2}:\d{2}(?!\s*[ap]\.m\.)")
# The hour a site stamps beside its page's date, in the colon or the Nordic dot style ('09.00', '14:30').
_CLOCK_ALONE = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*$")
LABEL_CHARS = 30
BEFORE_CHARS = 160
DATE_LINE_CHARS = 80  # a date line's words besides its date: a weekday, 'Date:', separators
META_WORDS = 4  # a site's field beside a page's date: an author, a section, a count of comments
OWN_DATE_LINE_CHARS = 120  # the reproduced text's dateline or place line, with its venue: no sentence of its prose
# How many days after an event its page may go up: a lead's, a closing line's or an interview's day this far before
# the page's date line or posting stamp is the day of what the page tells.
PERIOD_DAYS = 14
# How many days apart a heading's dates stand when one is the day the text was delivered and the other the day its
# page was written up or posted.
CLOSE_DAYS = 7


@lru_cache(maxsize=1)
def _date_line_words() -> re.Pattern:
    """Words a date line may carry besides the date: a weekday in the sites' languages, 'Date:', separators, and
    the calendars' letters of a page dated twice, as the Gulf ministries date theirs ('Date: 1446/07/24 H -
    24/01/2025 G': the Hijri date, then the Gregorian; 'AH', 'AD', Arabic 'هـ')."""
    return re.compile(rf"\b(?:{alternation(weekdays())}|date[ds]?|on|the|of)\b"
                      r"|\b(?-i:[HG]|AH|AD|CE)\b|هـ|[\W\d_]", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
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


# 'Published in' a newspaper named in quotation marks, as Slavic and other pages set a title ('в газеті «...»').
_IN_A_NEWSPAPER = re.compile(r"\s+(?:in|u|во|в|у|w|na|em|en|dans|im)\s+(?:[^\W\d]+\s+)?[„“\"«]", re.IGNORECASE)


def is_stamp(text: str) -> bool:
    """A site's posting stamp, but not an event's time: a meeting's hour in the UN's style ('Thursday, 9 March
    2023, 10:00 a.m.') or a dateline with its hour ('Geneva, 9 March 2023, 15:00')."""
    if not is_posting_stamp(text):
        return False
    if (label := STAMP_LABEL.search(text)) and _IN_A_NEWSPAPER.match(text, label.end()):
        return False  # 'Објављено у „Политици“, 3. март 2025.': the edition that printed an article
    if label:
        # ... though a day may stand before the stamp set off by a bar on its line: '22 January 2025 | Posted: 23
        # January 2025' (not a count of readers after the stamp's date, 'Date: 27/06/2025 | Views: 1920', nor a site's
        # field before it, 'Date: 22/01/2025 | Last updated: 24/01/2025').
        before = text[:label.start()]
        return not label.group(0).startswith("|") or ":" in before or first_full(before) is None
    dates = find_dates(text)
    return not (_MEETING_HOUR.search(text) or dates and city_pattern().search(text[:dates[0].start]))


def first_full(text: str, after: int = 0) -> FoundDate | None:
    """The first full date from `after` on: a year and a day. A month and year alone ('March 2024') is no
    date of delivery or issue: the labels' rule gives null then."""
    for found in find_dates(text):
        if found.start >= after and found.year and found.day:
            return found
    return None


def is_period(text: str, found: FoundDate) -> bool:
    """A date that opens or closes a period ('14 September–2 October 2020') is not a day of delivery. The
    word before the dash must be a month's: a heading's last word ('... at the Security Council – 3 March
    2023') only sets its date apart."""
    before = _PERIOD_BEFORE.search(_before(text, found))
    if before and before.group("word") and not is_month_word(before.group("word")):
        before = None
    return bool(before or _PERIOD_AFTER.match(text[found.end:]) or _period_words_after(text, found))


def _period_words_after(text: str, found: FoundDate) -> bool:
    """A full date followed by 'to', 'au', 'al' or 'bis' and another full date: the period's first day."""
    after = _PERIOD_WORD_AFTER.match(text[found.end:])
    if not after:
        return False
    start = found.end + after.end()
    return any(later.start == 0 and later.year for later in find_dates(text[start:start + PERIOD_END_CHARS]))


def _cites_another(text: str, found: FoundDate) -> bool:
    """'resolution 2231 (2015) of 20 July 2015', 'the letter dated 2 March': the date of a document
    the heading cites, not the heading's own."""
    return bool(_CITED_BEFORE.search(_before(text, found)))


def _before(text: str, found: FoundDate) -> str:
    """The words just before a date, where what introduces it stands (a window: lines may be whole pages)."""
    return text[max(0, found.start - BEFORE_CHARS):found.start]


def _stamped(text: str, found: FoundDate) -> bool:
    """A site's posting stamp run into a heading's line: after 'Published:' or before a clock time, and not
    a dateline's hour ('Geneva, 9 March 2023, 15:00'), which follows a city."""
    before = _before(text, found)
    if _STAMP_BEFORE.search(before):
        return True
    return bool(_CLOCK_AFTER.match(text[found.end:])) and not city_pattern().search(before[-40:])


def _is_labelled(text: str, found: FoundDate) -> bool:
    """'Date: 12 March 2023', 'วันที่นำเข้าข้อมูล 28 Sep 2018': a short label, then the date and nothing
    else but the hour of posting ('Interviews 20.9.2025 09.00': the site's section,
    its stamp). A place before the date makes a dateline ('Geneva, 22 June 2021'), the heading's own."""
    label, rest = text[:found.start].strip(), _CLOCK_ALONE.sub("", text[found.end:]).strip()
    return (not rest and 0 < len(label) <= LABEL_CHARS and not re.search(r"\d", label)
            and not city_pattern().search(label) and not country_pattern().search(label))


def _with_page_meta(text: str, found: FoundDate) -> bool:
    """'May 22, 2024 | MoFA Admin | 0 Comments', 'mayo 22, 2024 | Discursos e intervenciones', 'Secretaría de
    Relaciones Exteriores | 22 de noviembre de 2024': a page's date beside the site's fields (author, section,
    issuing office, comments), not in a sentence: the page's date line. A blog's field of categories lists
    several, each short ('December 12, 2024 | Admin | Speeches & Statements, United Nations'); a byline puts the
    date between its fields ('By Example Mission | 3 July, 2025 | Topics: FAO, Statements')."""
    before, rest = text[:found.start].strip(), text[found.end:].strip()
    if not before and rest.startswith("|"):
        fields = rest
    elif not rest and before.endswith("|"):
        fields = before
    elif before.endswith("|") and rest.startswith("|"):
        fields = f"{before} {rest}"
    else:
        return False
    parts = [part.strip() for part in re.split(r"[|,]", fields) if part.strip()]
    return bool(parts) and all(len(part.split()) <= META_WORDS and not part.endswith(".") for part in parts)


def _is_bare(text: str, found: FoundDate) -> bool:
    """A line that is only a date (a web page's date line), perhaps with a weekday."""
    rest = text[:found.start] + text[found.end:]
    return len(rest) <= DATE_LINE_CHARS and not _date_line_words().sub("", rest).strip()


def date_candidates(lines: list[Line]) -> list[Candidate]:
    """Full dates of the lines, in order, a date wrapped onto the next line included ('Ginebra, 19 de' /
    'septiembre de 2016'); periods are left out."""
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        text = f"{line.text} {following}" if following else line.text
        for found in find_dates(text):
            if found.start >= len(line.text) or not found.year or is_period(text, found) \
                    or _cites_another(text, found) or _stamped(text, found):
                continue
            own = found.end <= len(line.text)
            out.append(Candidate(found, line, own and _is_bare(line.text, found),
                                  own and (_is_labelled(line.text, found) or _with_page_meta(line.text, found))))
    return out



def calendar_day(found: FoundDate) -> Day | None:
    """The calendar day of a full date; None for a month alone or an impossible day ('31 June')."""
    if not (found.year and found.day):
        return None
    try:
        return Day(found.year, found.month, found.day)
    except ValueError:
        return None


# A text a news item reproduces was given the day of the item, in the three weeks or so before it (a letter posted
# 22 days after it was written), or (an advance text) the day after; a date further back is one the text cites (an
# anniversary's, a meeting's four weeks before).
REPRODUCED_BEFORE = timedelta(days=24)
REPRODUCED_AFTER = timedelta(days=1)


def reproduced_from(lines: Sequence[Line]) -> int | None:
    """The number of the line below which a news item gives the text it reproduces, dated by its own line ('DHAKA,
    May 18, 2022 (BSS) - Following is the full text of the statement ...' over 'New York, 17 May 2022'); None if
    there is none, or if the date below is one the text cites ('Following is the full text of the address ...' over
    'Srebrenica, 11 July 1995'). The item is dated on the line introducing the text, its dateline (a headline above
    may cite another day)."""
    introduced = text_introduced_at(list(lines))
    if introduced is None:
        return None
    # ... on a line of its own heading (a dateline, a place line), not a day its prose cites ('On 21 March 2024, ...')
    own = [day for line in lines if line.number > introduced and len(line.text) <= OWN_DATE_LINE_CHARS
           and not line.text.rstrip().endswith(".") for found in find_dates(line.text) if (day := calendar_day(found))]
    if not own:
        return None
    # the wire's dateline may leave the year out ('TUNIS, July 2 (TAP) - Following is ...'): the text's own year;
    # ... and the lead may end above the line introducing the text ('Nouakchott, 01/03/2023 (AMI) – ...' over 'Voici
    # le texte intégral de son discours :')
    above = [line for line in lines if line.number <= introduced][-2:]
    item = next((days for line in reversed(above) if (days := [
        day for found in find_dates(line.text)
        if (day := calendar_day(found if found.year else replace(found, year=own[0].year)))])), [])
    return introduced if item and -REPRODUCED_AFTER <= item[0] - own[0] <= REPRODUCED_BEFORE else None
