"""The State a document speaks for, and the city it was delivered or issued in.

Country cues, in the order they are trusted (issue 11): the speaker's post
("Permanent Representative of Norway", "New Zealand Permanent
Representative"); the line naming the speaker; a formal title; a heading that
names the State as the one speaking ("Explanation of Vote by Ireland", "Sri
Lanka Statement at ...", "Senegal on behalf of the African Group");
first-person formulas ("my own country, Ireland", "to exercise Ukraine's
right of reply"); other header lines ("the Chinese Delegation", "Permanent
Mission of X"); a press release's opening subject when it is a post ("The
Minister of Foreign Affairs of X, ... sends"); the page's own name or
sign-off ("Embassy of Armenia to Switzerland", "Permanent Mission of Sri
Lanka" above the place and date); and last, with a warning, a State as the
subject of a heading or opening sentence ("The United States has ...").
A State named after "in response to" or "the statement by" is the one
answered, and one after "greetings to the Foreign Minister of" the one
addressed: neither is the one speaking.

Location is a city stated as a place: a dateline ("Geneva, 26 January
2023", "12.04.2018, Vienna –", "(25 December 2010- New York)"), a place
line ("New York City, USA"), a letterhead or the page's mission line
("Permanent Mission of Eritrea to the United Nations, GENEVA"), the meeting
line of a heading ("to the Permanent Council, Vienna"), or a heading's "in
Geneva on 28 February 2022"; never a city inside a person's post ("...
Organizations in Vienna"), except the seat of the mission that issues a note
verbale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.lines import SALUTATION, Line, is_posting_stamp
from indexer.extraction.patterns import (
    canonical_city,
    canonical_country,
    city_pattern,
    country_pattern,
    find_dates,
    months,
)

# "Permanent Mission of X", "Representative of the Republic of X", "Ministry of Foreign Affairs of X";
# the Spanish and French forms of the same posts ("delegado de Cuba", "Mission permanente de la France").
_SPEAKS_FOR = re.compile(
    r"\b(?:Mission|Representatives?|Delegation|Ministry|Minister|Government|Embassy|Ambassador|President|"
    r"Prime Minister|Affairs|Observer|Agent|Consul|Consulate|Charg[ée] d.affaires|Mision|Delegacion|delegado|"
    r"Representante|Ministerio|Gobierno|Representant|Gouvernement)\b(?:(?!\b(?:behalf|to)\b)[^.;])*?\b(?:of|de|del|du)\s+"
    r"(?:(?:la|le|el|l['’])\s*)?",
    re.IGNORECASE,
)
# Posts held by a person: after "to the" they name the addressee ("greetings to the Foreign Minister of X").
_PERSON_POST = re.compile(r"Representative|Minister|President|Prime Minister|Ambassador|Representante",
                          re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:to|with|congratulates?|thanks?|welcomes?|meets?|met)\s+(?:the\s+)?"
    r"(?:(?:Foreign|Deputy|Prime|Vice|Acting|First|Permanent)\s+)*$", re.IGNORECASE)
# The State answered: a cue right after these words names the other side.
_ANSWERED = re.compile(
    r"(?:in\s+(?:response|reply)\s+to|responding\s+to|replying\s+to|reply\s+to|response\s+to|"
    r"r[ée]plica\s+a|respuesta\s+a|r[ée]ponse\s+[àa]|(?:to|with|regarding|concerning|on|about|following)\s+the\s+"
    r"(?:statements?|remarks|allegations|claims|accusations|letter|comments)\s+(?:made\s+|delivered\s+)?(?:by|of|from))"
    r"\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\bmy\s+(?:own\s+)?country,?\s+(?P<a>[A-Z][^,.;]+)|\bexercise\s+(?P<b>[^’'.;]{2,40})[’']s\s+right\s+of\s+reply"
    r"|\bThe\s+Permanent\s+Mission\s+of\s+(?P<c>[^,.;]+?)\s+(?:to\s+the\s+[^,.;]*?\s+)?presents\s+its\s+compliments"
    r"|(?:^|[.;,]\s|\n)\s*(?P<d>[A-Z][\w .'’-]{2,40}?),\s+in\s+its\s+capacity\s+as\b",
    re.IGNORECASE,
)
# A host's labelled field: 'Country: Cuba', 'Delegation: Norway'.
_COUNTRY_LABEL = re.compile(r"^(?:Country|State|Member\s+State|Delegation|Pays|Pa[ií]s)\s*:\s*(?P<state>[^,;|]+?)\s*$",
                            re.IGNORECASE)
# A heading's words introducing who speaks: 'Remarks by Norway', 'Statement delivered by Ambassador X'.
_HEADING_BY = re.compile(r"\b(?:statement|remarks|speech|address|intervention|delivered|presented|reply|vote)\s+"
                         r"(?:\w+\s+)?by\b", re.IGNORECASE)
# A meeting record names each speaker with the State in brackets: 'Mr. SHAHI (Pakistan):'.
_RECORD_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Sheikh|Prince|Princess|Archbishop|Monsignor)\.?\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+\((?P<state>[^()]{3,60})\)\s*(?:\(spoke\s+in\s+\w+\)\s*)?[:.]")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b")
# A heading naming the State that speaks: "Explanation of Vote by Ireland", "Statement of the Kingdom of the
# Netherlands", "Letter from Lebanon"; the State follows the words at once.
_BY_STATE = re.compile(
    r"\b(?:statement|remarks|explanation\s+of\s+(?:vote|position)|EOV|intervention|reply|address|speech|letter|"
    r"declaration|position)\s+(?:(?:delivered|made|presented|issued)\s+)?(?:by|of|from)\s+",
    re.IGNORECASE,
)
# The words before the State a reply answers.
_REPLY_TO = re.compile(
    r"\b(?:reply|response|responding|replying|r[ée]plica|respuesta|r[ée]ponse)\s+(?:to|a|à)\s+(?:the\s+|la\s+)?"
    r"(?:(?:statements?|remarks|allegations|claims|letter|note|delegation|representative|delegaci[oó]n)\s+"
    r"(?:(?:made|delivered)\s+)?(?:by|of|from|de)\s+(?:the\s+|la\s+)?(?:(?:delegation|representative)\s+of\s+)?)?",
    re.IGNORECASE)
# The State that delivers a statement written by several: 'Joint statement ... delivered by Finland'.
_DELIVERED_BY = re.compile(r"\b(?:delivered|presented|read\s+out|read)\s+by\s+", re.IGNORECASE)
# The same, the State first: "India's Explanation of Vote", "UK statement", "Japan's Right of Reply".
_STATE_FIRST = re.compile(
    r"\s*(?:['’]s)?\s+(?:national\s+|joint\s+)?(?:statement|remarks|explanation\s+of\s+(?:vote|position)|EOV|"
    r"(?:right\s+of\s+)?reply|intervention|address|speech|letter|note\s+verbale|response|position|comments|"
    r"message)\b", re.IGNORECASE)
# "Statement by Mr. Agha Example of Pakistan": a name, then its State.
_NAME_OF_STATE = re.compile(r"\bby\s+(?:(?:[A-Z][\w.'’-]*|H\.E\.)\s+){1,6}(?:of|from)\s+")
# "Senegal on behalf of the African Group": the State that delivers a group's statement.
_ON_BEHALF = re.compile(r"\s*,?\s+on\s+behalf(?:\s+of\b|\s*$)", re.IGNORECASE)
# Words that may stand between a State's adjective and the post or body it qualifies ("Georgian Deputy
# Foreign Minister", "New Zealand Permanent Representative", "U.S. Statement", "UK Mission").
# Capitalized nouns only ('the Russian government denies' is prose), but 'Swiss statement' as headings write it.
_AFFILIATED = (r"(?:['’]s)?\s+(?:(?:Permanent|Deputy|Foreign|Prime|Vice|Acting|Alternate|Chief|Head|Special|"
               r"Joint)\s+){0,3}(?:Mission|Delegation|Government|Ministry|Embassy|Representative|Ambassador|"
               r"Minister|President|[Ss]tatement|Remarks|Intervention)\b")
# What follows a State that is the subject: a verb ('submits', 'played', 'upheld') or an adverb before one.
_SUBJECT_VERB = re.compile(
    r"\s+(?:has|have|is|was|would|will|strongly|fully|always|firmly|once\s+again|again|also|further|today|"
    r"upheld|took|made|gave|held|led|sent|won|became|said|stood|[a-z]{3,}(?:s|ed))\b")
# A dateline or a stamp before a press release's first sentence: "GENEVA 04 March 2019 — ".
_LEADING_DATELINE = re.compile(r"^[^—–]{0,60}?\d{4}\s*(?:—|–|-{1,2}|…|\.{3})\s*")
# The issuing body's name on a line of its own: a page's site name, a letterhead, a press release's sign-off.
_ISSUER_LINE = re.compile(
    r"^(?:the\s+)?(?-i:(?:[A-Z][\w.'’-]*\s+){0,3})(?:Permanent\s+Mission|Mission|Embassy|Ministry\s+of\s+Foreign|"
    r"Delegation|Consulate|Office\s+of\s+the\s+Permanent\s+Representative)\b", re.IGNORECASE)
# The words before a post that is a sentence's subject: 'The Deputy Foreign Minister of X'.
_SUBJECT_START = re.compile(r"^(?:(?:the|la|le|el)\s+)?(?:(?:Deputy|Permanent|Foreign|Vice|Prime|First)\s+)*",
                            re.IGNORECASE)
# The words of a State's official name: 'Republic of Cyprus', 'Kingdom of the Netherlands'.
_OFFICIAL_FORM = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Confederation|Commonwealth|Principality|"
                            r"Sultanate|Emirate|Duchy)\b", re.IGNORECASE)
_PROSE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
SHORT_LINE = 160


@lru_cache(maxsize=1)
def _state_words() -> str:
    """States' names and the adjectives that name one State only ('Congolese' names two), as written."""
    adjectives: dict[str, list[str]] = {}
    for country in vocabulary.countries():
        for adjective in country.adjectives:
            adjectives.setdefault(adjective, []).append(country.name)
    unique = [adjective for adjective, owners in adjectives.items() if len(owners) == 1]
    names = [name for country in vocabulary.countries() for name in country.names
             if len(name) > 3 or name.replace(".", "").isupper()]
    return "|".join(re.escape(w) for w in sorted({*unique, *names}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _affiliation_pattern() -> re.Pattern:
    """'Philippine Permanent Mission', 'the Chinese Delegation', "Ireland's Permanent Mission", 'UK Mission'."""
    return re.compile(rf"(?<![\w.])({_state_words()}){_AFFILIATED}")


@lru_cache(maxsize=1)
def _adjective_first() -> re.Pattern:
    """A heading opening on a State's adjective or name: 'Swiss statement', 'Norwegian intervention'."""
    return re.compile(rf"^(?:[Tt]he\s+)?({_state_words()})")


def _adjective_country(word: str) -> str | None:
    country = vocabulary.country_named(word)
    return country.name if country else canonical_country(word)


def _speaks_for(folded: str, cue: re.Match) -> bool:
    """False when the post names the State answered or the person addressed, not the one speaking."""
    before = folded[:cue.start()]
    if _ANSWERED.search(before):
        return False
    return not (_PERSON_POST.match(cue.group(0)) and _ADDRESSEE.search(before))


def country_in_line(text: str) -> str | None:
    """The State a header line speaks for, skipping States it answers or addresses."""
    folded = fold(text)
    for cue in _SPEAKS_FOR.finditer(folded):
        if not _speaks_for(folded, cue):
            continue
        match = country_pattern().match(folded, cue.end())
        if match:
            return canonical_country(match.group(1))
    for match in _affiliation_pattern().finditer(text):
        if not _ANSWERED.search(text[:match.start()]):
            return _adjective_country(match.group(1))
    return None


def _state_delivering(text: str) -> str | None:
    """The State a heading names as delivering a statement written by several: 'Joint statement ...
    delivered by Finland', 'Senegal on behalf of the African Group'."""
    folded = fold(text)
    for cue in _DELIVERED_BY.finditer(folded):
        if state := _state_after(folded, cue):
            return state
    for match in country_pattern().finditer(folded):
        if _ON_BEHALF.match(folded, match.end()) and (state := _state_after(folded, match, named=match)):
            return state
    return None


def _state_speaking(text: str) -> str | None:
    """The State a heading names as the one speaking: 'Explanation of Vote by Ireland', 'Statement of the
    Kingdom of the Netherlands', "India's Explanation of Vote", 'Swiss statement'."""
    folded = fold(text)
    for pattern in (_BY_STATE, _NAME_OF_STATE):
        for cue in pattern.finditer(folded):
            if state := _state_after(folded, cue):
                return state
    if (match := country_pattern().match(folded)) and _STATE_FIRST.match(folded, match.end()):
        return _state_after(folded, match, named=match)
    if (match := _adjective_first().match(text)) and _STATE_FIRST.match(text, match.end()):
        return _adjective_country(match.group(1))
    return None


def _state_after(folded: str, cue: re.Match, named: re.Match | None = None) -> str | None:
    """The State named at the end of `cue` (or `named` itself), unless it is answered or not a State
    ('European Union')."""
    match = named or country_pattern().match(folded, cue.end())
    # 'Right of reply by ... to the statement of Turkey': the cue's own words may say the State is answered.
    if not match or _ANSWERED.search(folded[:cue.start()]) or _ANSWERED.search(folded[:match.start()]):
        return None
    state = canonical_country(match.group(1))
    return state if _is_state(state) else None


def _is_state(name: str | None) -> bool:
    """A State, not an organization listed with them ('European Union' speaks through a State)."""
    country = vocabulary.country_named(name) if name else None
    return bool(country) and country.status != "organization"


def _country_anywhere(text: str) -> str | None:
    match = country_pattern().search(fold(text))
    return canonical_country(match.group(1)) if match else None


def _first_person(opening: str) -> tuple[str, str] | None:
    for match in _FIRST_PERSON.finditer(opening):
        named = next(group for group in match.groups() if group)
        found = country_pattern().match(fold(named).strip())
        if found:
            return canonical_country(found.group(1)), match.group(0)
    return None


def heading_lines(header: Sequence[Line], lines: Sequence[Line]) -> list[Line]:
    """The header and the metadata lines just below it that the header cut off as prose: a long dated
    heading sentence ('..., Geneva, 18th of September 2018, Remarks by Norway ...'), never a paragraph
    of the speech (first-person words)."""
    if not header or not lines:
        return list(header)
    extra = []
    for line in [line for line in lines if line.number > header[-1].number][:4]:
        if SALUTATION.match(line.text) or len(line.text) > 400 or _FIRST_PERSON_WORD.search(line.text):
            break
        if find_dates(line.text) and (_HEADING_BY.search(line.text) or next(_datelines(line.text), None)):
            extra.append(line)
    return [*header, *extra]


def _sentences(header: Sequence[Line], opening: str, lines: Sequence[Line]) -> Iterator[tuple[str, int | None]]:
    """Headings, then the first sentence of each opening line or paragraph, without a leading dateline."""
    for line in header:
        yield _LEADING_DATELINE.sub("", line.text), line.number
    if lines and header:
        for line in [line for line in lines if line.number > header[-1].number][:8]:
            yield _LEADING_DATELINE.sub("", line.text), line.number
    for paragraph in [p.strip() for p in opening.split("\n\n") if p.strip()][:4]:
        yield _LEADING_DATELINE.sub("", paragraph), None


def _post_as_subject(sentences: list[tuple[str, int | None]]) -> tuple[str, str, int | None] | None:
    """A press release's first words naming its speaker's post: 'The Minister of Foreign Affairs of the
    Republic of Maldives, Dr. ... sends', 'Georgian Deputy Foreign Minister David Dondua delivered'."""
    for sentence, number in sentences:
        subject = fold(sentence).split(",")[0]
        start = _SUBJECT_START.match(subject).end()
        if _SPEAKS_FOR.match(subject, start) and (country := country_in_line(subject)):
            return country, sentence[:160], number
        if match := _affiliation_pattern().match(subject, start):
            return _adjective_country(match.group(1)), sentence[:160], number
    return None


def _opening_subject(sentences: list[tuple[str, int | None]]) -> tuple[str, str, int | None] | None:
    """A State as the subject of a heading or an opening sentence: 'Israel submits second protest ...'."""
    for sentence, number in sentences:
        folded = fold(sentence)
        match = country_pattern().match(folded)
        if match and _is_state(canonical_country(match.group(1))) and _SUBJECT_VERB.match(folded, match.end()):
            return canonical_country(match.group(1)), sentence[:160], number
    return None


def _is_prose(text: str) -> bool:
    """A paragraph of the speech that a header kept: a long line in the first person."""
    return len(text) > 120 and bool(_FIRST_PERSON_WORD.search(text))


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern:
    """'The Chinese delegation supports ...': a statement naming its own delegation as a subject."""
    return re.compile(rf"\b[Tt]he\s+({_state_words()})\s+(?:[Dd]elegation|[Gg]overnment){_SUBJECT_VERB.pattern}")


def _delegation_subject(opening: str) -> tuple[str, str] | None:
    for match in _delegation_pattern().finditer(opening[:1500]):
        if not _ANSWERED.search(opening[:match.start()]):
            return _adjective_country(match.group(1)), match.group(0)
    return None


def _issuer_lines(lines: Sequence[Line]) -> Iterator[Line]:
    """Lines that name the issuing mission, embassy, ministry or State on their own: the page's site name
    above the header, a letterhead, a sign-off at the end."""
    for line in lines:
        short = len(line.text) < SHORT_LINE and not _PROSE.search(line.text)
        if short and (_ISSUER_LINE.match(line.text) or _OFFICIAL_FORM.search(line.text)):
            yield line


def _joined(header: Sequence[Line]) -> Iterator[Line]:
    """Each header line, then each with the next one of its block: a post broken after 'REPRESENTATIVE'."""
    yield from header
    for line, after in zip(header, header[1:], strict=False):
        if line.block == after.block:
            yield Line(line.number, f"{line.text} {after.text}", line.block)


def find_country(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None,
                 header: list[Line], opening: str, lines: Sequence[Line] = ()
                 ) -> tuple[str | None, Evidence | None, str | None]:
    """(country, evidence, warning): the first cue found, in their order of trust."""
    answered = _answered_states([line.text for line in header] + [opening[:600]])
    for country, evidence, warning in _country_cues(role, role_evidence, speaker_line, title, header,
                                                    opening[:3000], lines):
        if country not in answered or evidence.confidence >= 0.95:
            return country, evidence, warning
    return None, None, None


def _answered_states(texts: list[str]) -> set[str]:
    """The States a reply names as the side it answers ('Right of Reply to the Russian Federation', 'in
    response to the statement by the delegation of Azerbaijan'): never the one speaking."""
    states = set()
    for text in texts:
        folded = fold(text)
        for cue in _REPLY_TO.finditer(folded):
            if match := country_pattern().match(folded, cue.end()):
                states.add(canonical_country(match.group(1)))
    return states


def _country_cues(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None,
                  header: list[Line], opening: str, lines: Sequence[Line]
                  ) -> Iterator[tuple[str, Evidence, str | None]]:
    """Every cue that names a State, most trusted first (the module docstring gives the order)."""
    if role and (country := country_in_line(role) or _country_anywhere(role)):
        quoted = role_evidence or Evidence("speaker_role", role, None, "")
        yield country, Evidence("country", quoted.text, quoted.line, "the speaker's post", confidence=0.95), None
    for line, method in ((speaker_line, "the line naming the speaker"), (title, "title: mission or delegation of")):
        if line and (country := country_in_line(line.text)):
            yield country, Evidence("country", line.text, line.number, method, confidence=0.95), None
    headings = heading_lines(header, lines)
    for line in [*headings, *lines[:30]]:
        if (match := _COUNTRY_LABEL.match(line.text)) and (country := canonical_country(match.group("state"))):
            yield country, Evidence("country", line.text, line.number, "page: labelled 'Country:'",
                                    confidence=0.9), None
    for find, method in ((_state_delivering, "heading: delivered by STATE"), (_state_speaking,
                                                                             "heading: statement by STATE")):
        for line in headings:
            if country := find(line.text):
                yield country, Evidence("country", line.text, line.number, method, confidence=0.9), None
    if found := _first_person(opening):
        yield found[0], Evidence("country", found[1], None, "opening: first-person formula", confidence=0.9), None
    for line in [*headings, *lines[:12]]:
        if (match := _RECORD_SPEAKER.search(line.text)) and (country := canonical_country(match.group("state"))):
            yield country, Evidence("country", match.group(0), line.number, "record: Mr. NAME (State):",
                                    confidence=0.85), None
    for line in _joined(headings):
        if not _is_prose(line.text) and (country := country_in_line(line.text)):
            yield country, Evidence("country", line.text, line.number, "header: mission or delegation of",
                                    confidence=0.85), None
    sentences = list(_sentences(header, opening, lines))
    if found := _post_as_subject(sentences):
        yield found[0], Evidence("country", found[1], found[2], "opening: the post as subject", confidence=0.85), None
    for line in _issuer_lines(lines):
        if country := country_in_line(line.text) or _letterhead_state(line.text):
            yield country, Evidence("country", line.text, line.number, "page: issuing mission, ministry or State",
                                    confidence=0.8), None
    for line in header:
        if line.text.isupper() and (country := canonical_country(line.text)) and _is_state(country):
            yield country, Evidence("country", line.text, line.number, "header: the State's name as a letterhead",
                                    confidence=0.7), None
    for line in _page_top(lines):
        if country := _state_delivering(line.text) or _state_speaking(line.text) or country_in_line(line.text):
            yield country, Evidence("country", line.text, line.number, "page: a heading below the header",
                                    confidence=0.75), None
    if found := _delegation_subject(opening):
        yield found[0], Evidence("country", found[1], None, "opening: 'the X delegation' as subject",
                                 confidence=0.65), None
    if found := _opening_subject(sentences):
        warning = f"country inferred from the opening sentence ({found[0]}); check it"
        yield found[0], Evidence("country", found[1], found[2], "opening sentence: State as subject",
                                 confidence=0.6), warning


def _page_top(lines: Sequence[Line]) -> Iterator[Line]:
    """The page's first lines that are headings, not the speech: a header cut short still has them."""
    for line in lines[:20]:
        if len(line.text) < 200 and not _FIRST_PERSON_WORD.search(line.text) and not _PROSE.search(line.text):
            yield line


def _letterhead_state(text: str) -> str | None:
    """A letterhead naming the State in its official form on a line of its own: 'REPUBLIC OF CYPRUS'."""
    text = re.sub(r"^the\s+", "", text.strip(" .,"), flags=re.IGNORECASE)
    if _OFFICIAL_FORM.search(text) and (country := canonical_country(text)) and _is_state(country):
        return country
    return None


# --- location ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _date_text() -> str:
    """A date as datelines write it: '26 January 2023', 'May 26, 2022', '12.04.2018', 'December 1-2, 2022',
    '19 de septiembre de 2016'; loose, since it only has to sit next to a city."""
    month = "|".join(sorted(months(), key=len, reverse=True))
    day = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:the|le|el)\s+)?" \
          r"\d{1,2}(?:st|nd|rd|th|º|er)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
    return (rf"(?:(?:{month})\.?\s+\d{{4}}|{day}\s+(?:of\s+)?(?:{month})\b\.?,?(?:\s+\d{{4}})?"
            rf"|(?:{month})\b\.?\s+{day}\b,?(?:\s+\d{{4}})?|{day}\s+(?:de\s+)?[^\W\d]{{3,}}\s+(?:de\s+)?\d{{4}}"
            rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d\d-\d\d)")


@lru_cache(maxsize=1)
def _dateline_context() -> tuple[re.Pattern, re.Pattern]:
    """What follows a dateline's city (a region, a separator, the date: ', USA, September 25, 2019',
    ': May 26, 2022', ' City June 11, 2021') and what precedes one written after its date ('12.04.2018, ')."""
    region = r"(?-i:(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=\s*[,:–—-])))?"
    after = re.compile(rf"(?:\s+City\b)?{region}\s*[,:.|–—(-]?\s*{_date_text()}", re.IGNORECASE)
    before = re.compile(rf"{_date_text()}\s*[,|–—-]*\s*$", re.IGNORECASE)
    return after, before


@lru_cache(maxsize=1)
def _any_case_city() -> re.Pattern:
    """Cities in any case; `canonical_city` then keeps those written as names or in capitals."""
    return re.compile(city_pattern().pattern, re.IGNORECASE)


# Left of a dateline's city: the start of the line, a bracket, a separator or a finished sentence.
_DATELINE_START = re.compile(r"(?:^|[(,|–—]|\s-|[.;!?:])\s*$")
_SENTENCE_START = re.compile(r"(?:^|\(|[.;!?]\s)\s*$")
_CITY_ENDS = re.compile(r"\s*(?:$|[,)|–—-])")
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
_PLACING_WORD = re.compile(r"\b(?:in|at|to|of|from|near|for|and)\s*$", re.IGNORECASE)
# A venue that is not a city, before the city: 'United Nations Headquarter- New York', 'Palais des Nations, Geneva'.
_VENUE = re.compile(r"\b(?:Headquarters?|UNHQ|Palais|Hall|Centre|Center|Hofburg)\b", re.IGNORECASE)
# A page's labelled place: 'Location: United Nations, New York', 'Venue: Geneva'.
_PLACE_LABEL = re.compile(r"^(?:Location|Place|Venue|City|Delivered\s+(?:at|in)|Lieu|Lugar)\s*:\s*", re.IGNORECASE)
_REGION = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
_DELIVERED_IN = re.compile(
    r"\bin\s+(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?=\s*,?\s+(?:on\s+)?\(?(?:\d|[A-Z][a-z]+\s+\d)|\s+(?:at|during)\s+the\b)")
_MISSION_SEAT = re.compile(
    r"\bfrom\s+the\s+Permanent\s+Mission\s+of\b.*?\b(?:Office\s+)?(?:at|in)\s+(?P<city>[A-Z][\w .'-]+?)\s+addressed\b",
    re.IGNORECASE,
)


def _datelines(text: str, strict: bool = False) -> Iterator[str]:
    """Cities written next to a date as a dateline: 'Geneva, 26 January 2023', '(25 December 2010- New York)'.
    `strict` (lines outside the header) keeps a city that opens the line or a sentence, or a line 'date, City'."""
    if not any(char.isdigit() for char in text):
        return
    after = _dateline_context()[0]
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


def _dated_before(left: str, right: str, strict: bool) -> bool:
    """A city written after its date: '12.04.2018, Vienna –', '(December 1-2, 2022, Lodz)'."""
    dated = _dateline_context()[1].search(left)
    if not dated or not _CITY_ENDS.match(right):
        return False
    return not strict or (not left[:dated.start()].strip(" (") and not right.strip(" .)"))


def _place_line(text: str) -> str | None:
    """A line that is a place: 'New York City, USA', 'Vienna, Austria', 'New York, New York',
    'United Nations Headquarter- New York', 'Palais des Nations, Geneva'."""
    text = text.strip(" .()")
    if labelled := _PLACE_LABEL.match(text):
        parts = re.split(r"\s*[,–—|]\s*", text[labelled.end():])
        return next((city for part in parts if (city := canonical_city(part))), None)
    parts = re.split(r"\s*,\s*", text)
    city = canonical_city(parts[0]) or canonical_city(parts[0].removesuffix(" City"))
    if city and len(parts) <= 3 and all(_REGION.fullmatch(part) for part in parts[1:]):
        return city
    venue = re.fullmatch(r"(?P<venue>.{3,60}?)\s*(?:,|–|—|-|\|)\s*(?P<city>[^,–—|-]+)", text)
    if venue and _VENUE.search(venue.group("venue")):
        return canonical_city(venue.group("city"))
    return None


def _meeting_place(text: str) -> str | None:
    """A heading's last segment naming the meeting's city: 'to the Permanent Council, Vienna'; not the
    seat of a post ('Permanent Representative of X to the United Nations, Geneva')."""
    parts = re.split(r"\s*(?:,|\s[–—|-]\s)\s*", text.strip(" ."))
    if len(parts) >= 3 and canonical_country(parts[-1]):
        parts.pop()  # 'Board of Governors, Vienna, Austria'
    if len(parts) >= 2 and (city := canonical_city(parts[-1])) and not _SEAT_END.search(parts[-2]):
        return city
    return None


def _issuer_seat(text: str) -> str | None:
    """The city a mission's own name ends with: 'Permanent Mission of Armenia to the UN office at Geneva',
    'Permanent Mission of the State of Eritrea to the United Nations, GENEVA'."""
    match = re.match(r".*(?:\b(?:at|in|Mission|Delegation)|,|\s[–—-])\s+(?P<city>[^,]+?)\s*$", text)
    return canonical_city(match.group("city")) if match else None


def _delivered_in(text: str) -> str | None:
    """'... of the Conference on Disarmament in Geneva on February 28, 2022', 'Speech by X in New York at
    the ...': the place of delivery in a heading; not 'Representative ... to the UN in Geneva'."""
    for match in _DELIVERED_IN.finditer(text):
        clause = re.split(r",|\b(?:during|at|before|on\s+the\s+occasion\s+of)\b", text[:match.start()])[-1]
        if (city := canonical_city(match.group("city"))) and not _POSTED.search(clause):
            return city
    return None


def _signed_place(text: str) -> str | None:
    """A delivery line after the text: 'As delivered by Ambassador X, Head of Delegation, OSCE Meeting, Warsaw'."""
    if re.match(r"\(?As\s+delivered\s+by\b", text, re.IGNORECASE):
        return _meeting_place(text)
    return None


def _evidence(city: str, line: Line, method: str, confidence: float) -> tuple[str, Evidence]:
    return city, Evidence("location", line.text, line.number, method, confidence=confidence)


def find_location(header: list[Line], title: Line | None, doc_type: str, lines: Sequence[Line] = ()
                  ) -> tuple[str | None, Evidence | None]:
    """(city, evidence): the heading's dateline, place line, letterhead or meeting place; then a dateline,
    place line, letterhead or sign-off elsewhere on the page; then a note verbale's issuing mission."""
    places = [line for line in heading_lines(header, lines) if not is_posting_stamp(line.text)]
    page = [line for line in lines if line not in set(places) and not is_posting_stamp(line.text)]
    for line in _joined(places):
        for city in _datelines(line.text):
            return _evidence(city, line, "dateline: City, date", 0.95)
    for line in places:
        if city := _place_line(line.text):
            return _evidence(city, line, "place line", 0.9)
    for line in [*places, *page]:
        if len(line.text) < SHORT_LINE and _ISSUER_LINE.match(line.text) and (city := _issuer_seat(line.text)):
            return _evidence(city, line, "letterhead: the issuing mission's seat", 0.85)
    for line in places:
        if city := _meeting_place(line.text) or _delivered_in(line.text):
            return _evidence(city, line, "heading: the meeting's city", 0.8)
    for line in page:
        short = len(line.text) < SHORT_LINE
        if city := (short and (_place_line(line.text) or _signed_place(line.text))) \
                or next(_datelines(line.text, strict=True), None):
            return _evidence(city, line, "page: place line or dateline", 0.8)
    for line in [*places, *(line for line in page if _ISSUER_LINE.match(line.text))]:
        if city := _address_city(line.text):
            return _evidence(city, line, "letterhead address", 0.85)
    if doc_type == "note_verbale" and title and (match := _MISSION_SEAT.search(title.text)) \
            and (found := city_pattern().search(match.group("city"))):
        return _evidence(canonical_city(found.group(1)), title, "seat of the issuing mission", 0.7)
    return None, None


def _address_city(text: str) -> str | None:
    """The city of a postal address: '633 Third Avenue, Suite 3210, New York, NY, 10017'."""
    segments = [segment.strip() for segment in text.split(",")]
    if len(segments) >= 3 and any(ch.isdigit() for ch in text):
        return next((city for segment in segments if (city := canonical_city(segment))), None)
    return None
