"""Where a document was delivered or issued, and the page's heading lines that say so.

Location is a city stated as a place (issue 11): a dateline ("Geneva, 26
January 2023", "12.04.2018, Vienna –", "(25 December 2010- New York)"), a
place line ("New York City, USA", "Location: United Nations, New York", a caption's "Hofburg palace in Vienna"), a
letterhead or the page's mission line ("Permanent Mission of Eritrea to the
United Nations, GENEVA"), the meeting line of a heading ("to the Permanent
Council, Vienna"), a heading's "in Geneva on 28 February 2022", a sign-off
after the text, a release's lead placing the meeting ("gave the statement to a meeting of the Permanent Council in
Vienna"); never a city inside a person's post ("... Organizations in
Vienna", "... to the United Nations, Geneva"), a venue that is not a city
("Palais des Nations"), a posting stamp ("Kyiv 00:21") or the body's prose,
except the seat of the mission that issues a note verbale.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from archive.patterns import trie_pattern
from archive.statement import Evidence
from indexer.extraction.dated_lines import reproduced_from
from indexer.extraction.dates import FoundDate, find_dates, month_words, weekdays
from indexer.extraction.gazetteer import canonical_city, canonical_country, city_pattern
from indexer.extraction.lines import (
    SALUTATION,
    Line,
    above_annex,
    is_breadcrumb,
    is_menu_bar,
    is_posting_stamp,
    opens_link_column,
)
from indexer.extraction.names import in_normal_case
from indexer.extraction.patterns import ARABIC_LETTERS
from indexer.extraction.persons import TITLE_START

# A heading's words introducing who speaks: 'Remarks by Norway', 'Statement delivered by Ambassador X'.
_HEADING_BY = re.compile(r"\b(?:statement|remarks|speech|address|intervention|delivered|presented|reply|vote)\s+"
                         r"(?:\w+\s+)?by\b", re.IGNORECASE)
# The speech's own voice: a line holding these is a paragraph, not a heading.
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b")
# The issuing body's name on a line of its own: a page's site name, a letterhead, a press release's sign-off.
ISSUER_LINE = re.compile(
    r"^(?:the\s+|la\s+)?(?-i:(?:[A-Z][\w.'’-]*\s+){0,3})(?:Permanent\s+Mission|Mission|Misi[óo]n|Embassy|"
    r"Embajada|Ambassade|Ministry\s+of\s+Foreign|Delegation|Consulate|Office\s+of\s+the\s+Permanent\s+Representative|"
    r"(?:Permanent\s+)?Representation|Repr[ée]sentation)\b", re.IGNORECASE)
# A finished sentence followed by another: prose, not a name or a heading.
PROSE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
# A line of prose wrapped by a PDF ends on a comma or a word that needs the next line.
WRAPPED = re.compile(r"(?:[,;]|\b(?:the|of|for|and|to|a|an|in|on|with|by|his|her|their|its|at|as|from|Mr\.))$")
# The lines below a page's header where a release's lead, summing up the occasion, stands.
LEAD_LINES = 3
# Longer lines are paragraphs; a letterhead, a place line or a sign-off is shorter.
SHORT_LINE = 160
MENU_LINES = 8  # a site's banner is a few lines over its menu
BANNER_LINES = 12  # a mission site's banner, with its language bar and menus, over the page's own letterhead
DATE_REACH = 60  # a date written out with its weekday and the word placing the city after it
# Left of a dateline's city: the start of the line, a bracket, a separator or a finished sentence.
# ... or the opening quote of a letter a page reproduces, which opens on its own dateline ('"Baabda, 24 June 2025').
# The line's start, an opening quote and spaces on either side of it, read once ('^\s*"?\s*$' tried each split of a
# run of spaces).
_DATELINE_START = re.compile(r"(?:^\s*(?:[\"“«„]\s*)?$|(?:[(,|–—，、،]|\s-|[.;!?:。])\s*$)")
_SENTENCE_START = re.compile(r"(?:^\s*(?:[\"“«„]\s*)?$|(?:\(|[.;!?]\s)\s*$)")
_ENDS_ON_YEAR = re.compile(r"\d{4}$")
DATELINE_ALONE_WORDS = 8  # 'Putrajaya, 3 May 2025', 'Done at Geneva on 12 March 2024'
_CITY_ENDS = re.compile(r"\s*(?:$|[,)|–—-])")
# A reprint's credit line names the newspaper it was first printed in, with the paper's seat and its edition's date
# ('[Reproduced from The Rising Nepal, Kathmandu, 24 January 2025]', 'Source: The Daily Example, Accra, 3 May 2024'):
# the city is where the paper is printed, not where the words were given.
_REPRINT_CREDIT = re.compile(r"^\W{0,2}(?:(?:reproduced|reprinted|republished|first\s+published)\s+(?:from|in)|"
                             r"(?:source|courtesy\s+of)\s*:?)\s", re.IGNORECASE)
# A post accredited to a place, whose city is the post's seat, not the place of delivery: 'Permanent
# Representative of X to the International Organizations in Vienna', '... to the United Nations, Geneva'.
_POSTED = re.compile(
    r"\b(?:Representative|Ambassador|Secretary|Counsell?or|Delegate|Attaché|Observer|Advis[eo]r|Consul|Mission|"
    r"Embassy|Organi[sz]ations|Offices?|Nations|UN)\b", re.IGNORECASE)
_SEAT_END = re.compile(
    r"(?:\bto\s+(?:the\s+)?(?:United\s+Nations|UN|UNOG|International\s+Organi[sz]ations|OSCE|Conference\s+on\s+"
    r"Disarmament)(?:\s+Office)?|\b(?:Representative|Ambassador|Observer|Delegate|Secretary|Counsell?or|Minister))$",
    re.IGNORECASE)
# A word that places a city after it inside a phrase, not as a dateline: 'held in Vienna, 7 March'.
# ... in the sites' other languages too: '... ante los Organismos Internacionales con sede en Viena' is a post.
_PLACING_WORD = re.compile(r"(?:\b(?:in|at|to|of|from|near|for|and|en|em|de|ante|on|sur|against|contre|over)|(?<!\w)à)"
                           r"\s*$", re.IGNORECASE)
# A venue that is not a city, before the city: 'United Nations Headquarter- New York', 'Palais des Nations, Geneva'.
_VENUE = re.compile(r"\b(?:Headquarters?|UNHQ|Palais|Hall|Centre|Center|Hofburg)\b", re.IGNORECASE)
# ... or with its city after 'in', as a photo's caption names it: 'Hofburg palace in Vienna'.
_VENUE_IN_CITY = re.compile(r"(?P<venue>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+in\s+"
                            r"(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\.?")
# A page's labelled place: 'Location: United Nations, New York', 'Venue: Geneva', and in the sites' other languages
# ('Lieu :', 'Lugar:', 'Local:', 'Luogo:', 'Ort:', 'Место:').
_PLACE_LABEL = re.compile(r"^(?:Location|Place|Venue|City|Delivered\s+(?:at|in)|Lieu|Lugar|Local|Luogo|Ort|Место)"
                          r"\s*:\s*", re.IGNORECASE)
# What follows a city on a place line: a State or region ('USA', 'New York'), or a postal code after it ('N.Y. 10017',
# the last line of a letterhead's address).
# A State's name may join its words with 'and' or 'of' ('Antigua and Barbuda', 'United States of America').
_REGION = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w.'’-]*){0,2}(?:\s+\d{4,6}(?:-\d{4})?)?|\d{4,6}")
# A city's postal district, as a letterhead's last line gives it ('Colombo 07', 'Dublin 2', 'Paris 16').
_POSTAL_DISTRICT = re.compile(r"\s+\d{1,2}$")
_DELIVERED_IN = re.compile(
    r"(?<!\bhere\s)\bin\s+(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?=\s*,?\s+(?:on\s+)?\(?(?:\d|[A-Z][a-z]+\s+\d)|\s+(?:at|during)\s+the\b)")
# ... or a release's lead placing the meeting a statement was given to: 'X gave the statement to a special meeting of
# the Permanent Council in Vienna as ...'; the city right after the body or meeting, not after a subject ('the
# situation in X'), and the meeting the one the statement was given to, at or before ('a statement on the work of
# the Conference in X' names what it was about).
_GIVEN_AT_MEETING_IN = re.compile(
    r"\b(?:gave|delivered|made|presented)\b[^.;]{0,80}?\b(?:statement|speech|remarks|address)\s+(?:to|at|before)\s"
    r"[^.;]{0,100}?"
    r"\b(?:Council|Conference|Committee|Assembly|Commission|Forum|meeting|session|summit)\s+in\s+"
    r"(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# ... or a communiqué's opening placing the meeting whose parties issue it: 'The Ministers ..., meeting in New York on
# ...', 'reunidos en la ciudad de Nueva York', 'réunis à Genève'.
_MET_IN = re.compile(r"\b(?:reunid[oa]s|réuni(?:e)?s|meeting|gathered)\s+(?:en|à|in)\s+(?:(?:la\s+)?ciudad\s+de\s+|"
                     r"(?:la\s+)?ville\s+de\s+|the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# What makes a line a postal address rather than a list of places in a sentence.
# German writes the street's word joined to its name: 'Musterstrasse', 'Löwengasse'.
_STREET = re.compile(r"\b(?:Avenue|Street|Road|Rue|Strasse|Straße|Building|Suite|Floor|Plaza|Place|Square|Box|"
                     r"Chemin|Route|Boulevard|Blvd|Ave|St|Rd|NY|CH|Tel)\b\.?|(?<=\w)(?:strasse|straße|gasse)\b")
# A European postal code before the city it serves: '1090 Vienna', 'A-1030 Wien', 'CH-1211 Genève 19'.
_POSTCODE_BEFORE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?=[^\W\d])")
# The style a letter's inside address opens on, naming its addressee, and the lines that address runs to.
ADDRESSEE = re.compile(r"^(?:(?:His|Her)\s+Excellency\b|H\.\s?E\.\s|(?:Son|Sa)\s+Excellence\b|"
                        r"(?:Su\s+)?Excelent[íi]sim[oa]\b)")
ADDRESS_LINES = 4
# A mission abroad, whose banner's city is the seat where it speaks.
_MISSION_WORD = re.compile(r"\b(?:Missions?|Misi[óo]n|Miss[ãa]o|Delegation|D[ée]l[ée]gation|Delegaci[óo]n|"
                           r"Representation|Repr[ée]sentation|Representaci[óo]n|Perutusan|Vertretung)\b", re.IGNORECASE)
_MISSION_SEAT = re.compile(
    r"\bfrom\s+the\s+Permanent\s+Mission\s+of\b.*?\b(?:Office\s+)?(?:at|in)\s+(?P<city>[A-Z][\w .'-]+?)\s+addressed\b",
    re.IGNORECASE,
)


def heading_lines(header: Sequence[Line], lines: Sequence[Line]) -> list[Line]:
    """The header and the metadata lines just below it that the header cut off as prose: a long dated
    heading sentence ('..., Geneva, 18th of September 2018, Remarks by Norway ...'), never a paragraph
    of the speech (first-person words)."""
    if not header or not lines:
        return list(header)
    extra = []
    for line in [line for line in lines if line.number > header[-1].number][:4]:
        if SALUTATION.match(line.text) or len(line.text) > 400 or FIRST_PERSON_WORD.search(line.text):
            break
        if find_dates(line.text) and (_HEADING_BY.search(line.text) or next(datelines(line.text), None)):
            extra.append(line)
    return [*header, *extra]


def joined(header: Sequence[Line]) -> Iterator[Line]:
    """Each header line, then each with the next one of its block: a post broken after 'REPRESENTATIVE'."""
    yield from header
    for line, after in zip(header, header[1:], strict=False):
        if line.block == after.block:
            yield Line(line.number, f"{line.text} {after.text}", line.block)


@lru_cache(maxsize=1)
def _date_text() -> str:
    """A date as datelines write it: '26 January 2023', 'May 26, 2022', '12.04.2018', 'December 1-2, 2022',
    '19 de septiembre de 2016', '12. März 2024', '30 November and 1 December 2023', '2024年9月30日', '2025. június 11.',
    and in the sites' languages, the year left out ('Genève, le 23 septembre') or joined by Catalan's 'd'' and 'del'
    ('Ginebra, 17 de juny del 2025'); loose, since it only has to sit next to a city."""
    month = trie_pattern(month_words())
    # A month word's end is no word character after it, not '\b': Nepali and Thai months end on a vowel sign
    # ('फेब्रुअरी', 'กุมภาพันธ์'), which is no word character itself.
    # The weekday before the day, in the page's language, and the article of a French, Spanish or German dateline:
    # 'Genève, le mardi 12 mars', 'Wien, den 12. März 2024', 'Женева, вторник, 12 марта 2024 года'.
    # A meeting's days as a range: 'Vienna, 10-14 March 2025', '10 to 14 March', 'Viena, del 10 al 14 de marzo',
    # 'Vienne, du 10 au 14 mars'.
    day = rf"(?:(?:the|le|el|den|du|del|from)\s+)?(?:(?:{trie_pattern(weekdays())}),?\s+)?(?:(?:the|le|el|den)\s+)?" \
          r"\d{1,2}(?:st|nd|rd|th|\.?[º°]|er|\.)?(?:(?:\s*[-–]\s*|\s+(?:to|al|au|bis)\s+)\d{1,2}(?:st|nd|rd|th)?)?"
    # The weekday before a month written first: 'ST GEORGE'S, GRENADA, Monday, September 29, 2025 – '.
    # A meeting over two days: '30 November and 1 December 2023'.
    second = rf"(?:\s+(?:and|to|[-–])\s+{day}\s+(?:of\s+)?(?:{month})(?!\w)\.?,?)?"
    return (rf"(?:(?:{month})\.?\s+\d{{4}}|{day}\s+(?:of\s+|de\s+|d['’])?(?:{month})(?!\w)\.?,?{second}"
            rf"(?:\s+(?:del?\s+)?\d{{4}})?"
            rf"|(?:(?:{trie_pattern(weekdays())}),?\s+)?(?:{month})(?!\w)\.?\s+{day}\b,?(?:\s+\d{{4}})?|{day}\s+(?:de\s+)?[^\W\d]{{3,}}\s+(?:del?\s+)?\d{{4}}"
            rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d\d-\d\d"
            r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
            # Hungarian writes the year first: 'Bécs, 2025. június 11.', and Lithuanian with its abbreviated year and
            # day: 'Vilnius, 2025 m. spalio 21 d.'
            rf"|\d{{4}}(?:\.|\s+m\.)\s*(?:{month})\s+\d{{1,2}}(?:\.|\s+d\.)?)")


@lru_cache(maxsize=1)
def _dateline_context() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What follows a dateline's city (a region, a source, a separator, the date: ', USA, September 25, 2019',
    ': May 26, 2022', ' City June 11, 2021', ' / QNA / 3 May 2024'), the same outside a heading, and what
    precedes a city written after its date ('12.04.2018, ')."""
    region = r"(?-i:(?:\s*,\s*[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,2}(?=\s*[,:–—|(-])|\s*\([A-Z][\w. ]*\)))?"
    # A news agency's or press office's name between the city and the date: 'Geneva / Information Office / 19 March'.
    source = r"(?:\s*/\s*(?-i:[A-Z])[^/\d\n]{1,40}?(?=\s*/))?"
    after = rf"(?:\s+City\b)?{region}{source}\s*[,:.|/–—(，、،-]?\s*"
    # Outside a heading a dateline has no 'on': 'Washington, D.C. on 28 September' is a sentence. A Spanish letter
    # dates itself 'Ginebra, a 12 de marzo', an Arabic one 'جنيف في 12 مارس' (Geneva, on 12 March).
    return (re.compile(rf"{after}(?:on\s+|le\s+|el\s+|a\s+(?=\d)|في\s+)?{_date_text()}", re.IGNORECASE),
            re.compile(rf"{after}{_date_text()}", re.IGNORECASE),
            re.compile(rf"{_date_text()}\s*[,|–—，、،-]*\s*$", re.IGNORECASE))


@lru_cache(maxsize=1)
def _any_case_city() -> re.Pattern:
    """Cities in any case; `canonical_city` then keeps those written as names or in capitals."""
    return re.compile(city_pattern().pattern, re.IGNORECASE)


def datelines(text: str, strict: bool = False) -> Iterator[str]:
    """Cities written next to a date as a dateline: 'Geneva, 26 January 2023', '(25 December 2010- New York)'.
    `strict` (lines outside the header) keeps a city that opens the line or a sentence, or a line 'date, City'."""
    if not any(char.isdigit() for char in text):
        return
    if (venued := _city_venue_date().fullmatch(text.strip(" ."))) and (city := canonical_city(venued.group("city"))):
        yield city
        return
    after = _dateline_context()[1 if strict else 0]
    for match in _any_case_city().finditer(text):
        city = canonical_city(match.group(1))
        if not city:
            continue
        left, right = text[:match.start()], text[match.end():]
        start = (_SENTENCE_START if strict else _DATELINE_START).search(left)
        dated = after.match(right)
        # 'The Tenth NPT Review Conference New York, 1 August 2022': a dateline closing a heading line.
        closing = dated and not strict and not right[dated.end():].strip(" .)") and not _PLACING_WORD.search(left)
        if dated and (start or closing) or _dated_before(left, right, strict):
            yield city


@lru_cache(maxsize=1)
def _city_venue_date() -> re.Pattern:
    """A dateline line naming the venue between the city and the date, and nothing else: 'Geneva, Palais des Nations,
    6 May 2025'. Not a heading or a sentence placing another event so ('... Conference (Geneva, Palais des Nations,
    18 June 2025)')."""
    return re.compile(rf"(?P<city>[^\W\d][\w'’. -]{{1,30}}?),\s+(?-i:[A-Z])[^,\d()]{{2,50}},\s+{_date_text()}",
                      re.IGNORECASE)


# A news release's lead opens on its dateline, the date left to the stamp above: the city in capitals, or as a name
# with its State, and a dash ('GEORGETOWN, Guyana – The Ambassador told ...', 'NEW YORK — ...', 'Castries, Saint
# Lucia – ...'); read after the page's dated datelines, as a note or speech a news item reproduces is placed by its
# own.
_LEAD_DATELINE = re.compile(r"(?P<city>[A-Z][\w.'’ -]{1,30}?)(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?"
                            r"\s+[–—-]{1,2}\s+\S")


def _lead_dateline(text: str) -> str | None:
    """The city of a release's dateline written without its date, as the lead opens on it. A lead's sentence follows
    the dash, not a document's label ('LUXEMBOURG – Explanation of vote'); and a city that is also a State's name
    ('SINGAPORE –', 'MONACO –') opens a heading naming the speaker unless its region follows."""
    match = _LEAD_DATELINE.match(text)
    if not match or not (city := canonical_city(match.group("city"))) or TITLE_START.match(text, match.end() - 1):
        return None
    region = match.group("region")
    if not region and canonical_country(match.group("city")):
        return None
    if match.group("city").isupper() and (not region or canonical_country(region) or region.isupper()):
        return city
    return city if region and canonical_country(region) else None


def _dateline_alone(text: str) -> str | None:
    """A short line (eight words at most) ending on a year with a city dated in it: a dateline closing the text,
    even under a cut sentence. The cheap tests come first: datelines() reads every city a long line names."""
    text = text.strip(" .")
    if len(text.split()) > DATELINE_ALONE_WORDS or not _ENDS_ON_YEAR.search(text):
        return None
    return next(datelines(text, strict=True), None)


def _dated_before(left: str, right: str, strict: bool) -> bool:
    """A city written after its date: '12.04.2018, Vienna –', '(December 1-2, 2022, Lodz)'."""
    dated = _dateline_context()[2].search(left)
    if not dated or not _CITY_ENDS.match(right):
        return False
    return not strict or (not left[:dated.start()].strip(" (") and not right.strip(" .)"))


def _place_line(text: str, letterhead: bool = False) -> str | None:
    """A line that is a place: 'New York City, USA', 'Vienna, Austria', 'New York, New York',
    'United Nations Headquarter- New York', 'Palais des Nations, Geneva'; with `letterhead` (a letter's or a note's,
    written where its sender sits), the city with its postal district closing the sender's address ('Colombo 07'): a
    ministry's address at home heads its statements given abroad too."""
    text = text.strip(" .()")
    if labelled := _PLACE_LABEL.match(text):
        parts = re.split(r"\s*[,–—|]\s*", text[labelled.end():])
        return next((city for part in parts if (city := canonical_city(part))), None)
    parts = re.split(r"\s*,\s*", text)
    city = canonical_city(parts[0]) or canonical_city(parts[0].removesuffix(" City")) \
        or (letterhead and canonical_city(_POSTAL_DISTRICT.sub("", parts[0])))
    if city and len(parts) <= 3 and all(_REGION.fullmatch(part) for part in parts[1:]):
        return city
    venue = re.fullmatch(r"(?P<venue>.{3,60}?)\s*(?:,|–|—|-|\|)\s*(?P<city>[^,–—|-]+)", text)
    if venue and _VENUE.search(venue.group("venue")):
        return canonical_city(venue.group("city"))
    return _venue_in_city(text)


def _venue_in_city(text: str) -> str | None:
    """A line that is only a venue in its city, as a photo's caption names where the meeting sits: 'Hofburg palace
    in Vienna.', 'Palais des Nations in Geneva'; a few words before 'in', not a sentence ('The meeting was held at
    the Palais des Nations in Geneva')."""
    match = _VENUE_IN_CITY.fullmatch(text.strip())
    return canonical_city(match.group("city")) if match and _VENUE.search(match.group("venue")) else None


_LAST_BRACKET = re.compile(r"\(([^()]+,[^()]+)\)$")


def _meeting_place(text: str) -> str | None:
    """A heading's last segment naming the meeting's city: 'to the Permanent Council, Vienna', or in brackets ('Session
    of the Executive Council (The Hague)'); not the seat of a post ('Permanent Representative of X to the United
    Nations, Geneva')."""
    bracket = _LAST_BRACKET.search(text.strip(" ."))
    if bracket and all(canonical_country(state) for state in bracket.group(1).split(",")):
        return None  # the States a group's statement is delivered for ('Benelux (Belgique, Luxembourg, Pays-Bas)')
    parts = re.split(r"\s*(?:,|\s[–—|-]\s|\s(?=\([^()]+\)$))\s*", text.strip(" ."))
    parts[-1] = parts[-1].strip("()")
    if len(parts) >= 3 and canonical_country(parts[-1]):
        parts.pop()  # 'Board of Governors, Vienna, Austria'
    if len(parts) >= 2 and (city := canonical_city(parts[-1])) and not _SEAT_END.search(parts[-2]):
        return city
    return None


def _issuer_seat(text: str) -> str | None:
    """The city a mission's own name ends with, on a line of its own: 'Permanent Mission of Armenia to the UN
    office at Geneva', 'Permanent Mission of the State of Eritrea to the United Nations, GENEVA'."""
    if len(text) >= SHORT_LINE or not ISSUER_LINE.match(text):
        return None
    match = re.match(r".*(?:\b(?:at|in|à|a|en|Mission|Delegation)|[,|]|\s[–—-])\s+(?P<city>[^,|]+?)\s*$", text)
    return canonical_city(match.group("city")) if match else None


def _delivered_in(text: str) -> str | None:
    """'... of the Conference on Disarmament in Geneva on February 28, 2022', 'Speech by X in New York at
    the ...': the place of delivery in a heading; not 'Representative ... to the UN in Geneva'."""
    for match in _DELIVERED_IN.finditer(text):
        clause = re.split(r",|\b(?:during|at|before|on\s+the\s+occasion\s+of)\b", text[:match.start()])[-1]
        if (city := canonical_city(match.group("city"))) and not _POSTED.search(clause):
            return city
    return _dated_then_placed(text)


@lru_cache(maxsize=1)
def _date_then_in() -> re.Pattern:
    """A heading's date, then the word placing the city after it, in the sites' languages."""
    return re.compile(rf"{_date_text()}\s*,?\s+(?:in|en|à|em|a)\s+$", re.IGNORECASE)


def _dated_then_placed(text: str) -> str | None:
    """A heading ending on its date and place, as government sites title a speech: 'Rede von Bundeskanzler X bei der
    80. Generalversammlung am 24. September 2025 in New York', 'Speech by the Prime Minister at the Summit on 22
    September 2024 in New York', 'Discours du Président ... le 3 mars 2025 à Genève'."""
    for match in _any_case_city().finditer(text):
        city = canonical_city(match.group(1))
        before = text[max(0, match.start() - DATE_REACH):match.start()]
        if city and _CITY_ENDS.match(text[match.end():]) and _date_then_in().search(before):
            return city
    return None


def _given_at_meeting_in(text: str) -> str | None:
    """A release's lead, in the third person, placing the meeting its statement was given to ('X gave the statement
    to a special meeting of the Permanent Council in Vienna as ...'), or a communiqué's, the meeting that issues it."""
    if FIRST_PERSON_WORD.search(text):
        return None
    match = _GIVEN_AT_MEETING_IN.search(text) or _MET_IN.search(text)
    return canonical_city(match.group("city")) if match else None


# A news agency's dateline with no full date: the city (in capitals, or as a name), perhaps its State or a day without
# the year, then the source in brackets, then a dash: 'NEW YORK (United Nations) - ', 'GENEVA (Reuters) – ', 'ALGER -
# ', 'Jenewa – ', 'NEW YORK, Sept 25 (Reuters) - ', 'GENEVA, March 3 (Xinhua) -- '.
_AGENCY_DATELINE = re.compile(r"^(?P<city>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,2})"
                              r"(?:,\s*(?P<after>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?))?\s*"
                              r"(?P<credit>\([^()]{1,40}\)\s*)?(?:--|[-–—])\s+\S")


# The agency's name after the city and a full stop, as Kazinform and others write it: 'NEW YORK. KAZINFORM – '.
_AGENCY_AFTER_CITY = re.compile(r"\.\s+[A-Z]{3,15}$")


# Arabic and Persian agencies write the city, a dash and their name, a date between at most ('نيويورك-سانا',
# 'نیویورک- ایرنا- ...', 'جنيف 26-2-2024 وفا- ...'); the Cyrillic ones their name after the city and a full stop
# ('ВЕНА. ҚазАқпарат – ...').
_ARABIC_SCRIPT_DATELINE = re.compile(
    rf"^(?P<city>[{ARABIC_LETTERS}]+(?:\s[{ARABIC_LETTERS}]+)?)(?:\s+\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\s+|\s*[-–—]\s*)"
    rf"[{ARABIC_LETTERS}]+(?:\s*[-–—]|\s*$)")
_CYRILLIC_DATELINE = re.compile(r"^(?P<city>[А-ЯЁ][А-ЯЁа-яё-]+(?:\s[А-ЯЁ][А-ЯЁа-яё-]+)?)\.\s+\S+\s+[-–—]\s")


def _script_dateline(text: str) -> re.Match | None:
    return _ARABIC_SCRIPT_DATELINE.match(text) or _CYRILLIC_DATELINE.match(text)


def _agency_dateline(text: str) -> str | None:
    """The city of a dateline that opens a news item's paragraph without a date: where the agency reports from."""
    if match := _script_dateline(text):
        return canonical_city(match.group("city"))
    match = _AGENCY_DATELINE.match(text)
    if not match:
        return None
    return canonical_city(match.group("city")) or canonical_city(_AGENCY_AFTER_CITY.sub("", match.group("city")))


def wire_day(text: str) -> FoundDate | None:
    """The day without its year that a wire's dateline gives before the agency's credit ('GENEVA, March 7 (Saba) -
    ', 'NEW YORK, Sept. 25 (Reuters) -- '): the day the item tells, its year the page's."""
    match = _AGENCY_DATELINE.match(text)
    if not (match and match["after"] and match["credit"]):
        return None
    told = next(iter(find_dates(match["after"])), None)
    return told if told and told.year is None and told.day else None


def _signed_place(text: str) -> str | None:
    """A delivery line after the text: 'As delivered by Ambassador X, Head of Delegation, OSCE Meeting, Warsaw'; a
    joint text's formal close, alone on its line or with its day: 'Done at Amman, on the 12th day of March 2025', 'Fait
    à Genève, le 3 mars'; a statement's delivery line: 'Delivered at Geneva on 18 June 2025 by'."""
    if re.match(r"\(?As\s+delivered\s+by\b", text, re.IGNORECASE):
        return _meeting_place(text)
    done = _DONE_AT.match(text)
    if done is None:
        return None
    rest = text[done.end():]
    day = next((found for found in find_dates(rest) if found.day), None)
    if not rest.strip(" ,.;") or day and _BEFORE_THE_DAY.fullmatch(rest[:day.start]):
        return canonical_city(done.group("city"))
    return None


# Between a formal close's city and its day: 'Done at Amman, on the 12th day of ...', 'Fait à Genève, le 3 mars';
# not a treaty's history ('Signed at Helsinki in 1975, the Final Act ...').
_BEFORE_THE_DAY = re.compile(r"[\s,]*(?:on\s+|le\s+|el\s+|a\s+|em\s+)?(?:this\s+|the\s+)?", re.IGNORECASE)


# The formal close's own words ('Done at', 'Fait à'), and a delivery line's under a statement ('Delivered at Geneva on
# 18 June 2025 by' over the speaker's name); not a narrative's 'signed at' or 'adopted in'.
_DONE_AT = re.compile(r"^(?:(?i:done|delivered)\s+(?i:at|in)|Fait\s+à|Hecho\s+en|Feito\s+em)\s+"
                      r"(?P<city>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?)")


def _evidence(city: str, line: Line, method: str, confidence: float) -> tuple[str, Evidence]:
    """The city and the line it was read from."""
    return city, Evidence("location", line.text, line.number, method, confidence=confidence)


def find_location(header: list[Line], title: Line | None, doc_type: str, lines: Sequence[Line] = ()
                  ) -> tuple[str | None, Evidence | None]:
    """(city, evidence): the heading's dateline, place line, letterhead or meeting place; then the page's
    mission line, a dateline, place line or sign-off elsewhere on the page, a postal address; then a note
    verbale's issuing mission."""
    places = [line for line in heading_lines(header, lines)
              if not (is_posting_stamp(line.text) or _REPRINT_CREDIT.match(line.text))]
    taken = set(places)
    places = [_readable(line) for line in places]
    # An annex the letter transmits is dated and placed by its own author ('Yerevan, 13 September 2022' above a
    # minister's letter): the page's own lines are those above it.
    page = [line for line in above_annex(list(lines))
            if line not in taken and not (is_posting_stamp(line.text) or _REPRINT_CREDIT.match(line.text))]
    letter = doc_type in ("letter", "note_verbale")
    introduced = reproduced_from(places)
    # the reproduced text's own dateline before the news item's
    for line in sorted(joined(places), key=lambda line: introduced is None or line.number <= introduced):
        for city in datelines(line.text):
            return _evidence(city, line, "dateline: City, date", 0.95)
    menu = _home_banner(lines)
    for previous, line, after in zip([None, *places], places, [*places[1:], None], strict=False):
        if line.number > menu and not _city_list(previous, line, after) and not _inside_address(places, line) \
                and (city := _place_line(line.text, letter) or _signed_place(line.text)):
            return _evidence(city, line, "place line", 0.9)
    banner = _site_banner(lines)
    for line in places:
        if line.number not in banner and (city := _issuer_seat(line.text)):
            return _evidence(city, line, "letterhead: the issuing mission's seat", 0.85)
    for line in places:
        # An office's own name ending on its city ('Embassy of X - Nairobi') names the seat of the office that runs
        # the site, not a meeting's place: the letterhead's cue above reads it where it stands in the document.
        # Nor is the site's name in its banner a heading, in any of its languages ('Te Māngai o Aotearoa ..., Genewa').
        heading = not FIRST_PERSON_WORD.search(line.text) and not PROSE.search(line.text) \
            and not ISSUER_LINE.match(line.text) and not (line.number in banner and _names_the_site(line.text))
        if heading and (city := _meeting_place(line.text) or _delivered_in(line.text)):
            return _evidence(city, line, "heading: the meeting's city", 0.8)
    for line in page:
        if line.number not in banner and (city := _issuer_seat(line.text)):
            return _evidence(city, line, "page: the issuing mission's seat", 0.8)
    for previous, line, after in zip([None, *page], page, [*page[1:], None], strict=False):
        # A place line or sign-off of its own, not the end of a wrapped sentence ('... held in\nCancún.'), nor an
        # item of a site's menu of its missions ('New York / Geneva / Vienna').
        continued = previous is not None and bool(WRAPPED.search(previous.text))
        short = len(line.text) < SHORT_LINE and (not line.text.endswith(".") or _DONE_AT.match(line.text)) \
            and not continued \
            and not _city_list(previous, line, after) and not _inside_address(page, line)
        if city := (short and (_place_line(line.text, letter) or _signed_place(line.text))) \
                or (not continued and next(datelines(line.text, strict=True), None)) or _dateline_alone(line.text):
            return _evidence(city, line, "page: place line or dateline", 0.8)
    for line in [*places, *page[:LEAD_LINES]]:
        if city := _lead_dateline(line.text):
            return _evidence(city, line, "dateline: a release's lead opening on its city", 0.85)
    for line in [*places, *page[:LEAD_LINES]]:
        if city := _given_at_meeting_in(line.text):
            return _evidence(city, line, "lead: the statement given to a meeting in City", 0.75)
    for line in [*places, *page]:
        if (len(line.text) >= SHORT_LINE or PROSE.search(line.text) or _script_dateline(line.text)) \
                and (city := _agency_dateline(line.text)):
            return _evidence(city, line, "a news item's dateline", 0.75)
    european = letter or any(_MISSION_WORD.search(line.text) for line in places)
    for line in [*places, *(line for line in page if ISSUER_LINE.match(line.text))]:
        # a postal address in the site's banner is the mission's own, on every page it posts
        if line.number not in banner and (city := _address_city(line.text, european)):
            return _evidence(city, line, "letterhead address", 0.85)
    if doc_type == "note_verbale" and title and (match := _MISSION_SEAT.search(title.text)) \
            and (found := city_pattern().search(match.group("city"))):
        return _evidence(canonical_city(found.group(1)), title, "seat of the issuing mission", 0.7)
    return None, None


# What a heading names and a site's name does not: the text's kind, a body, a sitting ('Statement to the Permanent
# Council, Vienna' above a breadcrumb or a share bar is the page's title, not its banner).
_HEADING_WORDS = re.compile(r"\b(?:statement|remarks|speech|address|intervention|council|conference|assembly|committee|"
                            r"session|meeting|commission|board|forum|summit|debate|dialogue|review|plenary)\b",
                            re.IGNORECASE)


def _names_the_site(text: str) -> bool:
    """A banner line naming the site's office, in whatever language: no heading's words, no date."""
    return not _HEADING_WORDS.search(text) and not find_dates(text)


def _site_banner(lines: Sequence[Line]) -> set[int]:
    """The lines above a page's menu or breadcrumb: the site's banner, naming the mission that runs the site ('Permanent
    Mission of X to the International Organisations in Vienna'), whose city is its post's seat, not where a document
    it posts was given; a letterhead stands in the document, below them."""
    menu = _site_menu(lines, BANNER_LINES)
    return {line.number for line in lines if menu is not None and line.number < lines[menu].number}


def _home_banner(lines: Sequence[Line]) -> int:
    """The number of the site's menu line near the top of the page when the banner above it is a ministry's or a
    government's at home, not a mission's (0 otherwise): a place line there ('Department of Foreign Affairs /
    Palikir, Pohnpei') is the capital the office sits in, not where a text on it was delivered. A mission's banner
    ('Permanent Mission of X to the United Nations / New York') names the seat it speaks in, as its letterhead does."""
    menu = _site_menu(lines, MENU_LINES)
    if menu is None or any(_MISSION_WORD.search(line.text) for line in lines[:menu]):
        return 0
    return lines[menu].number


def _site_menu(lines: Sequence[Line], limit: int) -> int | None:
    """The index of the site's menu or breadcrumb among the first `limit` lines, its links on one line or one to a
    line from 'Home' down: only a real menu marks the end of a site's banner; a page's own note under its letterhead
    ('Check against delivery', a photo's credit) does not."""
    texts = [line.text for line in lines[:limit + 1]]
    return next((index for index, line in enumerate(lines[:limit])
                 if is_menu_bar(line.text) or is_breadcrumb(line.text) or opens_link_column(texts, index)), None)


def _city_list(previous: Line | None, line: Line, after: Line | None) -> bool:
    """A line that is only a city next to another such line: a site's list of its offices."""
    def bare(item: Line | None) -> bool:
        return item is not None and item.block == line.block and bool(canonical_city(item.text.strip()))
    return bare(line) and (bare(previous) or bare(after))


def _inside_address(lines: Sequence[Line], line: Line) -> bool:
    """A line of a letter's inside address: the addressee's style ('His Excellency the President of the General
    Assembly', 'H.E. Mr. X') opens the block, and the place line that closes it ('New York') is where the letter was
    sent, not where it was written."""
    above = [other for other in lines if other.block == line.block and line.number - ADDRESS_LINES <= other.number
             < line.number]
    return any(ADDRESSEE.match(other.text) for other in above)


def _readable(line: Line) -> Line:
    """A heading line set in capitals read in headline style ('SPEECH BY X IN NEW YORK AT THE ...' ->
    'Speech by X in New York at the ...'): the cues for a city in a heading are written for normal case."""
    return dataclasses.replace(line, text=in_normal_case(line.text))


def _address_city(text: str, european: bool) -> str | None:
    """The city of a postal address: '633 Third Avenue, Suite 3210, New York, NY, 10017', or (where european) in
    Europe's short style, the street and the city after its postal code ('Währinger Strasse 2-4, 1090 Vienna', 'Rue X
    5, CH-1211 Genève'). The short style is read only where the address is where the document was written or spoken:
    a letter's or a note's, or a mission's, whose seat is where it speaks; a ministry's address at home heads the
    statements it gives at meetings abroad too."""
    written = [segment.strip() for segment in text.split(",")]
    segments = [_POSTCODE_BEFORE.sub("", segment) for segment in written]
    short_style = european and len(segments) == 2 and segments != written
    if (len(segments) >= 3 or short_style) and any(ch.isdigit() for ch in text) and _STREET.search(text):
        # ... the city perhaps with its postal district's number ('Dublin 2', 'Paris 16')
        return next((city for segment in segments
                     if (city := canonical_city(segment) or canonical_city(_POSTAL_DISTRICT.sub("", segment)))),
                    None)
    return None
