"""The State a document speaks for.

Country cues, in the order they are trusted (issue 11): the speaker's post
("Permanent Representative of Norway", "Georgian Deputy Foreign Minister");
the line naming the speaker; a formal title ("Letter dated ... from the
Permanent Representative of X"); a host's labelled field ("Country: Cuba");
a heading naming the State that delivers ("... delivered by Finland",
"Senegal on behalf of the African Group"), then the State that speaks
("Explanation of Vote by Ireland", "India's Explanation of Vote", "Swiss
statement"); first-person formulas ("my own country, Ireland", "to exercise
Ukraine's right of reply", "The Bahamas, in its capacity as Chair"); a
meeting record's "Mr. SHAHI (Pakistan):"; other header lines ("the Chinese
Delegation", "Permanent Mission of X", "UK Mission to the UN"); a press
release's first words naming a post ("The Minister of Foreign Affairs of X,
... sends"); the page's own name, letterhead or sign-off ("Embassy of
Armenia to Switzerland", "REPUBLIC OF CYPRUS", "CHINA"); headings on the
page's first lines when the header was cut short; and last, at a lower
confidence, "The Chinese delegation supports", the State that takes the
speech's stances more often than any other ("Ireland welcomes ...", "Ireland
fully supports ..."), and a State as the subject of a heading or opening
sentence ("Israel submits ...", with a warning).

The State a reply answers ("in response to the delegation of X", "Right of
Reply to X", "to the statement of X") or a message addresses ("greetings to
the Foreign Minister of X") is never the one speaking. The city is read in
indexer.extraction.locations; a State named in one line is read in
indexer.extraction.states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain

from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.confidence import Chosen, choose
from indexer.extraction.dates import weekdays
from indexer.extraction.forum_names import forums_in
from indexer.extraction.gazetteer import canonical_country, country_pattern
from indexer.extraction.lines import Line, is_breadcrumb, is_chrome
from indexer.extraction.locations import (
    FIRST_PERSON_WORD,
    ISSUER_LINE,
    PROSE,
    SHORT_LINE,
    WRAPPED,
    heading_lines,
    joined,
)
from indexer.extraction.names import NAME_AND_STATE
from indexer.extraction.patterns import (
    IN_RESPONSE_TO_ANY_LANGUAGE,
    LEADING_DATELINE,
    alternation,
    just_before,
    without_lead_clauses,
)
from indexer.extraction.states import (
    ANSWERED,
    COURTESY_AFTER,
    SPEAKS_FOR,
    adjective_country,
    affiliation_pattern,
    answered_states,
    country_anywhere,
    country_in_line,
    is_state,
    letterhead_state,
    most_often,
    restated_state,
    signatories_head,
    state_beside_office,
    state_delivering,
    state_speaking,
    state_spoken_for,
    state_words,
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
# A meeting record names each speaker with the State in brackets: 'Mr. SHAHI (Pakistan):'.
_RECORD_SPEAKER = re.compile(rf"(?:^|(?<=[.!?]\s)){NAME_AND_STATE}\s*(?:\(spoke\s+in\s+\w+\)\s*)?[:.]")
# ... and a heading giving the speaker's State in brackets after the name, as UN press material and document
# collections title a statement: 'STATEMENT BY MR. X (PAKISTAN) IN THE GENERAL ASSEMBLY'.
_HEADING_SPEAKER_STATE = re.compile(
    rf"\b(?:statement|remarks|speech|address|reply)\s+by\s+{NAME_AND_STATE}", re.IGNORECASE)
_RECORD_METHOD = "record: Mr. NAME (State):"
_HEADING_SPEAKER_METHOD = "heading: statement by Mr. NAME (STATE)"
HEADING_REACH = 1000  # a flattened page runs its heading into the text: the heading is read in its first characters


@lru_cache(maxsize=1)
def _subject_verb() -> re.Pattern:
    """What follows a State that is the subject: a verb ('submits', 'played', 'upheld') or an adverb before one; the
    day between them as a wire writes it ('South Korea on Tuesday called on ...'), read folded."""
    return re.compile(
        rf"(?:\s+on\s+(?i:{alternation(weekdays('English'))}))?"
        r"\s+(?:has|have|is|was|would|will|strongly|fully|always|firmly|once\s+again|again|also|further|today|"
        r"upheld|took|made|gave|held|led|sent|won|became|said|stood|[a-z]{3,}(?:s|ed))\b")


# What a delegation says of its own State in the third person, as statements do throughout ('Ireland welcomes
# the report', 'Norway aligns itself with the statement of the EU', 'Cuba rechaza', 'La France soutient', 'België
# steunt'): the stances a speaker takes, not the acts a speech reports of others ('X occupies', 'X claims'). Read
# folded ('begrüßt' as 'begrusst').
_STANCE = re.compile(
    r"\s+(?:(?:also|fully|strongly|firmly|therefore|further|once\s+again|again|has\s+always|will\s+continue\s+to"
    r"|continues\s+to|remains|reste|sigue|continua|tambien|aussi|pleinement|plenamente)\s+)?"
    r"(?:welcomes|supports|reaffirms|reiterates|is\s+committed|remains\s+committed|stands\s+ready|attaches|"
    r"calls\s+(?:on|upon)|urges|commends|appreciates|aligns\s+itself|associates\s+itself|joins|is\s+pleased|"
    r"looks\s+forward|is\s+proud|is\s+determined|wishes\s+to|would\s+like\s+to|"
    r"reaffirme|reitere|soutient|salue|se\s+felicite|s['’]associe|se\s+joint|appelle|demeure\s+attache|"
    r"reafirma|reitera|apoya|respalda|saluda|se\s+suma|se\s+asocia|exhorta|hace\s+un\s+llamado|"
    r"sostiene|ribadisce|riafferma|accoglie\s+con\s+favore|si\s+associa|"
    r"unterstutzt|begrusst|bekraftigt|bekennt\s+sich|schliesst\s+sich|"
    r"apoia|saud[ae]|associa-se|subscreve|"
    r"steunt|verwelkomt|gelooft|veroordeelt|herbevestigt|sluit\s+zich\s+aan)\b",
    re.IGNORECASE)
# Stances looked back from: the State stands just before them, opening its clause (not 'the neighbours which
# X supports', 'whether X is ready').
_BEFORE_STANCE = 60
TOPIC_REACH = 40  # 'on the situation in the', the longest words before a heading's State it is about
_CLAUSE_START = re.compile(r"(?:^\ufeff?|[.;:!?,(\n]\s*|\b(?:and|but|Therefore|Thus|Hence|Today|Now)\s+"
                           r"|\b(?:Government|[Dd]elegation|Republic|Kingdom|State|Federation|People['’]s)\s+of\s+)"
                           r"(?:(?:Le|La|El|Les|Il|Lo|Die|Der|Das|O|A|L['’])\s*)?$")
# The words before a post that is a sentence's subject: 'The Deputy Foreign Minister of X'.
_SUBJECT_START = re.compile(r"^(?:(?:the|la|le|el)\s+)?(?:(?:Deputy|Permanent|Foreign|Vice|Prime|First)\s+)*",
                            re.IGNORECASE)
# A numbered paragraph of a UN record: '34. Considerable work was done ...'.
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”")
# A host's field naming who issued the page: 'From: UK Mission to the UN', 'Published by: Ministry of ...'.
_ISSUER_LABEL = re.compile(r"^(?:From|Published\s+by|Issued\s+by|Source|Organi[sz]ation)\s*:\s*", re.IGNORECASE)


def _first_person(opening: str) -> tuple[str, str] | None:
    """(State, words) from a formula in which the speaker names its own State."""
    for match in _FIRST_PERSON.finditer(opening):
        named = next(group for group in match.groups() if group)
        found = country_pattern().match(fold(named).strip())
        if found:
            return canonical_country(found.group(1)), match.group(0)
    return None


def _sentences(header: Sequence[Line], opening: str, lines: Sequence[Line]) -> Iterator[tuple[str, int | None]]:
    """Headings, then the first sentence of each opening line or paragraph, without a leading dateline."""
    for line in header:
        yield LEADING_DATELINE.sub("", line.text), line.number
    if lines:
        below = [line for line in lines if line.number > (header[-1].number if header else 0)][:8]
        for previous, line in zip([None, *below], below, strict=False):
            if previous is None or previous.block != line.block or previous.text.endswith(_SENTENCE_ENDS):
                yield LEADING_DATELINE.sub("", line.text), line.number
    for paragraph in [p.strip() for p in opening.split("\n\n") if p.strip()][:4]:
        yield LEADING_DATELINE.sub("", paragraph), None


# Where a sentence turns to the State it answers: 'The delegation wishes to exercise its right of reply to the
# statement made by the delegation of X', 'suite à la déclaration faite par la délégation de X'.
_ANSWERING = re.compile(rf"\b(?:{IN_RESPONSE_TO_ANY_LANGUAGE}|right\s+of\s+reply|(?:statement|remarks)\s+"
                        r"(?:made|delivered)\s+by|droit\s+de\s+reponse|suite\s+a|faite?\s+par"
                        r"|derecho\s+(?:de|a)\s+(?:replica|respuesta)|formulada\s+por)\b",
                        re.IGNORECASE)


# A second party in the subject: 'The Permanent Observer of the European Union and the representative of Spain
# also addressed the Council' tells of two speakers, the first the subject's.
_SECOND_PARTY = re.compile(r"\s+and\s+the\s+(?=(?:\w+\s+){0,2}(?:representatives?|delegat\w*|ambassadors?|ministers?|"
                           r"observers?)\b)", re.IGNORECASE)


def _post_as_subject(sentences: list[tuple[str, int | None]]) -> tuple[str, str, int | None] | None:
    """A press release's first words naming its speaker's post: 'The Minister of Foreign Affairs of the
    Republic of Maldives, Dr. ... sends', 'Georgian Deputy Foreign Minister David Dondua delivered'. A summary of a
    meeting gives the floor to one delegation after another ('Speaking after the vote, the representative of X said
    ... The representative of Y welcomed ...'): where the subjects are two States' posts, none speaks for the page."""
    found = [subject for sentence, number in sentences if (subject := _subject_state(sentence, number))]
    # A subject after a lead clause ('Speaking after the vote, the representative of X said') counts among the
    # delegations given the floor, not as the page's speaker (a group's spokesperson, a dialogue's participants).
    after_lead = {subject[0] for sentence, number in sentences
                  if (subject := _subject_state(without_lead_clauses(sentence), number))}
    return found[0] if found and len(after_lead | {found[0][0]}) == 1 else None


def _subject_state(sentence: str, number: int | None) -> tuple[str, str, int | None] | None:
    """The State whose post opens the sentence as its subject."""
    folded = fold(sentence)
    subject = _SECOND_PARTY.split(_ANSWERING.split(folded.split(",")[0])[0])[0]
    start = _SUBJECT_START.match(subject).end()
    if COURTESY_AFTER.match(folded, len(subject)):
        return None
    if SPEAKS_FOR.match(subject, start) and (country := country_in_line(subject)):
        return country, sentence[:160], number
    if match := affiliation_pattern().match(subject, start):
        return adjective_country(match.group(1)), sentence[:160], number
    return None


# The State a heading is about: 'EU Statement on the Russian Federation's ongoing aggression against Ukraine',
# 'Statement on the situation in Examplia', 'Déclaration sur la situation en Exemple'.
# 'Against' is left out: 'sanctions against the Islamic Republic of Iran' may head Iran's own explanation of vote.
_TOPIC_BEFORE = re.compile(r"\b(?:on|sur|sobre)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
                           r"(?:(?:situation|situacion)\s+(?:in|en|au|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?)?$",
                           re.IGNORECASE)


def _heading_topics(header: Sequence[Line]) -> set[str]:
    """The States the header names as what the statement is about, not who makes it."""
    topics = set()
    for line in header:
        folded = fold(line.text)
        for match in country_pattern().finditer(folded):
            if _TOPIC_BEFORE.search(folded[max(0, match.start() - TOPIC_REACH):match.start()]):
                topics.add(canonical_country(match.group(1)))
    return topics


def _opening_subject(sentences: list[tuple[str, int | None]], topics: set[str]) -> tuple[str, str, int | None] | None:
    """A State as the subject of a heading or an opening sentence: 'Israel submits second protest ...'; not the
    State the heading says the statement is about ('... on the Russian Federation's aggression': 'Russia continues
    its attacks' tells what the subject does)."""
    for sentence, number in sentences:
        folded = fold(sentence)
        match = country_pattern().match(folded)
        state = canonical_country(match.group(1)) if match else None
        if is_state(state) and state not in topics and _subject_verb().match(folded, match.end()):
            return state, sentence[:160], number
    return None


@lru_cache(maxsize=1)
def _state_ending() -> re.Pattern:
    """A State's name ending a stretch of text, or its delegation or Government ('Ireland's delegation')."""
    return re.compile(country_pattern().pattern + r"(?:['’]s\s+(?:delegation|government))?$", re.IGNORECASE)


def _stance_subject(text: str) -> tuple[str, str] | None:
    """(State, words) of the State that takes the text's stances most often ('Ireland welcomes', 'Ireland
    supports'), when one State does so more often than any other: measured right 96% of the time on the
    General Debate, where a speech's own State is labelled."""
    return most_often(_stances_taken(fold(text)))


def _stances_taken(folded: str) -> Iterator[tuple[str, str]]:
    """(State, words) for each stance a State takes as the subject of its clause."""
    for stance in _STANCE.finditer(folded):
        match = just_before(_state_ending(), folded, stance.start(), _BEFORE_STANCE)
        if match and just_before(_CLAUSE_START, folded, match.start(), 30) and is_state(
                country := canonical_country(match.group(1))):
            yield country, match.group(0) + stance.group(0)


def _is_prose(text: str) -> bool:
    """A paragraph of the speech that a header kept: a long line in the first person."""
    return len(text) > 120 and bool(FIRST_PERSON_WORD.search(text))


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern:
    """'The Chinese delegation supports ...': a statement naming its own delegation as a subject."""
    return re.compile(rf"\b[Tt]he\s+({state_words()})\s+[Dd]elegation{_subject_verb().pattern}")


def _delegation_subject(opening: str) -> tuple[str, str] | None:
    """(State, words) from the first 'the X delegation' that is a subject and not the side answered."""
    for match in _delegation_pattern().finditer(opening[:1500]):
        if not ANSWERED.search(opening[:match.start()]):
            return adjective_country(match.group(1)), match.group(0)
    return None


BANNER_PAIR_LINES = 4  # a site's banner: its first lines, over the menu


def _issuer_lines(lines: Sequence[Line]) -> Iterator[Line]:
    """Lines that name the issuing mission, embassy, ministry or State on their own: the page's site name
    above the header, a letterhead, a sign-off at the end, a host's 'From:' field (its value may be on the
    next line), and a banner setting the office's name and the State on two lines that close their block ('Ministry
    for Foreign and European Affairs and Trade' / 'Malta'), read as one."""
    for index, (line, after) in enumerate(zip(lines, [*lines[1:], None], strict=False)):
        # the pair closes its block, or the site's trail, menu or search box follows it (not a menu's item, 'Ukraine' /
        # 'Press releases')
        closes = index + 2 >= len(lines) or lines[index + 2].block != line.block \
            or is_breadcrumb(lines[index + 2].text) or is_chrome(lines[index + 2].text)
        # a bilingual banner's last language ('Uffiċċju ... | Office of ...'), its State above the site's language
        # switcher or menu (not a headline's country tag)
        office = line.text.split(" | ")[-1]
        if office != line.text:
            below = lines[index + 2].text if index + 2 < len(lines) else ""
            closes = is_breadcrumb(below) or is_chrome(below)
        if index < BANNER_PAIR_LINES and after and after.block == line.block and closes \
                and state_beside_office(f"{office} {after.text}") \
                and state_beside_office(office) is None and state_beside_office(after.text) is None:
            yield Line(line.number, f"{office} {after.text}", line.block)
        if labelled := _ISSUER_LABEL.match(line.text):
            value = line.text[labelled.end():] or (after.text if after else "")
            yield Line(line.number, value, line.block)
            continue
        short = len(line.text) < SHORT_LINE and not PROSE.search(line.text) and not WRAPPED.search(line.text)
        if short and (line.text[:1].isupper() or not line.text[:1].isascii()) and (ISSUER_LINE.match(line.text)
                                                                             or letterhead_state(line.text)):
            yield line


def find_country(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None,
                 header: list[Line], opening: str, lines: Sequence[Line] = (), speaker: str | None = None
                 ) -> Chosen:
    """The State spoken for: the first cue found, in their order of trust, with the next cues naming
    another State as alternatives. The speaker's post is believed even when a reply names its State as
    answered; no other cue is."""
    answered = answered_states([line.text for line in header] + [opening[:600]])
    cues = _speaker_cues(role, role_evidence, _sentence_naming(speaker_line, speaker), title)
    page = (cue for cue in _page_cues(header, opening[:3000], lines) if cue[0] not in answered)
    above = (cue for cue in _state_above_speaker(speaker_line, lines) if cue[0] not in answered)
    return choose(chain(cues, page, above))


# Saudi Arabia's envoys are accredited as the King's, by his title: 'Ambassador of the Custodian of the Two Holy
# Mosques to the Kingdom of the Netherlands' serves Saudi Arabia, not the State he is posted to. (The title alone, in a
# heading on his initiative or declaration, names no State speaking; read in the speaker's post only.)
_KINGS_ENVOY = re.compile(r"\b(?:Ambassador|Envoy|Representative)\s+of\s+the\s+Custodian\s+of\s+the\s+Two\s+Holy\s+"
                          r"Mosques\b", re.IGNORECASE)


def _envoy_of_the_king(post: str) -> str | None:
    """Saudi Arabia, for an envoy accredited by the King's title ('Ambassador of the Custodian of the Two Holy
    Mosques to the Kingdom of the Netherlands')."""
    return "Saudi Arabia" if _KINGS_ENVOY.search(post) else None


# A sentence's end inside a news item's paragraph: a word of three small letters or more before the stop, so that an
# initial ('Ramona D. Persaud-Haynes') or an honorific ('Mrs.') does not end it.
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")


def _sentence_naming(line: Line | None, speaker: str | None) -> Line | None:
    """The line naming the speaker, as far as it names the State he speaks for: a news item's lead names other States'
    posts in its other sentences ('GUYANA on Friday replied after Venezuela's Foreign Minister repeated ... The reply
    was delivered by Ambassador X.'), so where the sentence naming him names no State, only that sentence is given
    and the others are not read for one; where it names one, the whole line is, as that sentence may name his
    counterpart's State too ('X signed the agreement with the Minister of Foreign Affairs of Japan')."""
    if line is None or not speaker:
        return line
    surname = speaker.split()[-1]
    sentences = _SENTENCE_END.split(line.text)
    naming = next((sentence for sentence in sentences if surname in sentence), None)
    if len(sentences) > 1 and naming is not None and country_in_line(naming) is None:
        return Line(line.number, naming, line.block)
    return line


def _speaker_cues(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None
                  ) -> Iterator[tuple[str, Evidence, None]]:
    """The State in the speaker's post, the line naming the speaker, or a formal title."""
    if role and (country := _envoy_of_the_king(role) or country_in_line(role) or country_anywhere(role)):
        quoted = role_evidence or Evidence("speaker_role", role, None, "")
        yield country, Evidence("country", quoted.text, quoted.line, "the speaker's post", confidence=0.95), None
    for line, method in ((speaker_line, "the line naming the speaker"), (title, "title: mission or delegation of")):
        if line and (country := country_in_line(line.text)):
            yield country, Evidence("country", line.text, line.number, method, confidence=0.95), None


def _state_above_speaker(speaker_line: Line | None, lines: Sequence[Line]) -> Iterator[tuple[str, Evidence, None]]:
    """A portal's heading sets the State's name alone on the line just above the speaker's name, as the General
    Assembly's General Debate pages do ('Mongolia' / 'H.E. Mr. X' / 'Minister for Foreign Affairs'). Trusted last:
    on a delegation's own page the State alone there is the one reviewed or answered ('44th Session of the UPR
    Working Group' / 'Cuba' / 'Ms. X, First Secretary'), and a line ending on 'on', 'of' or 'in' above it makes it
    the subject ('Statement on' / 'Cuba')."""
    if speaker_line is None:
        return
    before = [line for line in lines if line.number < speaker_line.number][-2:]
    if not before or before[-1].block != speaker_line.block:
        return
    above = before[-1]
    if len(before) == 2 and _ENDS_ON_PREPOSITION.search(before[0].text):
        return
    if (country := canonical_country(above.text.strip(" :"))) and is_state(country):
        yield country, Evidence("country", above.text, above.number, "heading: the State above the speaker's name",
                                confidence=0.6), None


_MOTTO_DASH = re.compile(r"\s+[–—-]\s+")
_MOTTO_PART = re.compile(r"\s*[–—·•-]\s*")


def _is_motto(line: str) -> bool:
    """A State's banner then its motto: two or more short words or phrases, each capitalised, set off by dashes or
    middle dots ('UNION DES COMORES – Unité – Solidarité – Développement', 'Un Peuple – Un But – Une Foi'), naming no
    body; not a headline filed under a State in capitals ('MALI – Attaque contre la MINUSMA', 'SUDAN – Joint
    statement by the Quad', 'TIMOR-LESTE – Conselho de Segurança – Debate aberto')."""
    parts = _MOTTO_DASH.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    words = [part for part in _MOTTO_PART.split(parts[1]) if part]
    return len(words) >= 2 and not forums_in(parts[1]) \
        and all(len(part.split()) <= 3 and part[:1].isupper() and ":" not in part for part in words)
_ENDS_ON_PREPOSITION = re.compile(r"\b(?:on|of|in|to|about|concerning|regarding)\s*$", re.IGNORECASE)


def _page_cues(header: list[Line], opening: str, lines: Sequence[Line]) -> Iterator[tuple[str, Evidence, str | None]]:
    """Every other cue that names a State, most trusted first (the module docstring gives the order)."""
    headings = heading_lines(header, lines)
    for line in [*headings, *lines[:30]]:
        if (match := _COUNTRY_LABEL.match(line.text)) and (country := canonical_country(match.group("state"))):
            yield country, Evidence("country", line.text, line.number, "page: labelled 'Country:'",
                                    confidence=0.9), None
    for find, method in ((state_delivering, "heading: delivered by STATE"), (state_speaking,
                                                                             "heading: statement by STATE")):
        for line in headings:
            if country := find(line.text):
                yield country, Evidence("country", line.text, line.number, method, confidence=0.9), None
    if found := _first_person(" ".join(line.text for line in header) + "\n\n" + opening):
        yield found[0], Evidence("country", found[1], None, "opening: first-person formula", confidence=0.9), None
    for line in [*headings, *lines[:12]]:
        for pattern, method, reach in ((_RECORD_SPEAKER, _RECORD_METHOD, len(line.text)),
                                       (_HEADING_SPEAKER_STATE, _HEADING_SPEAKER_METHOD, HEADING_REACH)):
            match = pattern.search(line.text[:reach])
            if match and (country := canonical_country(match.group("state"))):
                yield country, Evidence("country", match.group(0), line.number, method, confidence=0.85), None
                break
    for line in joined(headings):
        if not _is_prose(line.text) and (country := country_in_line(line.text)):
            yield country, Evidence("country", line.text, line.number, "header: mission or delegation of",
                                    confidence=0.85), None
    sentences = list(_sentences(header, opening, lines))
    if found := _post_as_subject(sentences):
        yield found[0], Evidence("country", found[1], found[2], "opening: the post as subject", confidence=0.85), None
    for line in _issuer_lines(lines):
        if country := country_in_line(line.text) or letterhead_state(line.text):
            yield country, Evidence("country", line.text, line.number, "page: issuing mission, ministry or State",
                                    confidence=0.8), None
    for line in header:
        # the State's name in capitals, alone or before its motto ('UNION DES COMORES – Unité – Solidarité')
        banner = _MOTTO_DASH.split(line.text, maxsplit=1)[0] if _is_motto(line.text) else line.text
        if banner.isupper() and (country := canonical_country(banner)) and is_state(country):
            yield country, Evidence("country", line.text, line.number, "header: the State's name as a letterhead",
                                    confidence=0.7), None
    for line in _page_top(lines):
        if country := state_delivering(line.text) or state_speaking(line.text) or country_in_line(line.text):
            yield country, Evidence("country", line.text, line.number, "page: a heading below the header",
                                    confidence=0.75), None
    for text, number in sentences:  # the headings and the opening's first sentences
        if country := state_spoken_for(text):
            yield country, Evidence("country", text, number, "opening: spoke on behalf of STATE",
                                    confidence=0.7), None
            break
    if found := _delegation_subject(opening):
        yield found[0], Evidence("country", found[1], None, "opening: 'the X delegation' as subject",
                                 confidence=0.65), None
    if found := _stance_subject("\n".join(line.text for line in lines)):
        yield found[0], Evidence("country", found[1], None, "body: the State taking the speech's stances",
                                 confidence=0.6), None
    # An inference from the body, as sure as the State taking the speech's stances above.
    if found := restated_state("\n".join(line.text for line in lines)):
        yield found[0], Evidence("country", found[1], None, "body: the State whose stances the speaker restates",
                                 confidence=0.6), None
    # The order of a list is a weaker sign than a stance the body states: just over the 0.5 from which a State is
    # asserted, so any heading or post naming one wins.
    if found := signatories_head([line.text for line in lines]):
        yield found[0], Evidence("country", found[1], None, "body: the State heading the signatories",
                                 confidence=0.55), None
    if found := _opening_subject(sentences, _heading_topics(header)):
        warning = f"country inferred from the opening sentence ({found[0]}); check it"
        yield found[0], Evidence("country", found[1], found[2], "opening sentence: State as subject",
                                 confidence=0.6), warning


def _page_top(lines: Sequence[Line]) -> Iterator[Line]:
    """The page's first lines that are headings, not the speech (nor a line of it wrapped after a comma or
    'the'): a header cut short still has them."""
    for line in lines[:20]:
        speech = FIRST_PERSON_WORD.search(line.text) or PROSE.search(line.text) or WRAPPED.search(line.text) \
            or _NUMBERED.match(line.text) or not line.text[:1].isupper() or line.text.endswith(".")
        if len(line.text) < SHORT_LINE and not speech:
            yield line
