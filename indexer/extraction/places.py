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
confidence, "The Chinese delegation supports" and a State as the subject of
a heading or opening sentence ("Israel submits ...", with a warning).

The State a reply answers ("in response to the delegation of X", "Right of
Reply to X", "to the statement of X") or a message addresses ("greetings to
the Foreign Minister of X") is never the one speaking. The city is read in
indexer.extraction.locations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.confidence import Chosen, choose
from indexer.extraction.gazetteer import canonical_country, country_pattern
from indexer.extraction.lines import Line
from indexer.extraction.locations import (
    FIRST_PERSON_WORD,
    ISSUER_LINE,
    PROSE,
    SHORT_LINE,
    WRAPPED,
    find_location,
    heading_lines,
    joined,
)

# "Permanent Mission of X", "Representative of the Republic of X", "Ministry of Foreign Affairs of X";
# the Spanish and French forms of the same posts ("delegado de Cuba", "Mission permanente de la France").
# The words between the post and its "of" never cross "to" or "on behalf" ("Minister sends greetings to the
# Foreign Minister of X", "Statement by Ambassador X on behalf of Belgium and the Netherlands").
_SPEAKS_FOR = re.compile(
    r"\b(?:Mission|Representatives?|Representation|Delegation|Ministry|Minister|Government|Embassy|Ambassador|"
    r"President|Prime Minister|Affairs|Observer|Agent|Consul|Consulate|Charg[ée] d.affaires|Mision|Delegacion|"
    r"delegado|Representante|Ministerio|Gobierno|Representant|Gouvernement)\b"
    r"(?:(?!\b(?:behalf|to|people)\b)[^.;])*?\b(?:of|de|del|du)\s+(?:(?:la|le|el|l['’])\s*)?",
    re.IGNORECASE,
)
# A speech's courtesies name other States' people: "I congratulate Ambassador X of Guyana", "we thank the
# delegation of X", "my predecessor, the Permanent Representative of X", "the Government and people of X".
# Within a sentence: titles' abbreviations ('Mr.', 'H.E.') do not end it.
_IN_SENTENCE = r"(?:[^.;:]|\b(?:Mr|Mrs|Ms|Dr|St|H\.E|Amb)\.)"
_COURTESY = re.compile(
    r"\b(?:congratulat\w*|thank\w*|gratitude|grateful|appreciat\w*|tribute|commend\w*|welcom\w*|predecessor|"
    r"condolences?|sympath\w*|encourag\w*|urg\w*|friend\w*|fraternal|brotherly|salut\w*|felicitat\w*|election|"
    rf"your|the\s+late)\b{_IN_SENTENCE}*$",
    re.IGNORECASE)
# ... or say so after the State: "... of Namibia, whose", "... of Uganda, on your election", "... to my country",
# "... of Guatemala our feelings of sympathy".
_COURTESY_AFTER = re.compile(
    rf"{_IN_SENTENCE}{{0,60}}?(?:,\s*(?:who|whose|a\s+country)\b|\s+(?:for|on)\s+(?:his|her|their|your)\b|"
    r",?\s+for\s+the\s+(?:\w+\s+){0,2}(?:manner|way|work|leadership|dedication|skill|success|competence|"
    r"contribution|efforts)\b|\s+on\s+the\s+occasion\s+of\s+(?:his|her|their|your)\b|"
    r"\s+to\s+my\s+country\b|\s+(?:our|my)\s+(?:\w+\s+)?(?:feelings|sympathy|condolences|congratulations|"
    r"gratitude|appreciation|thanks)\b)", re.IGNORECASE)
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
# A meeting record names each speaker with the State in brackets: 'Mr. SHAHI (Pakistan):'.
_RECORD_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Sheikh|Prince|Princess|Archbishop|Monsignor)\.?\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+\((?P<state>[^()]{3,60})\)\s*(?:\(spoke\s+in\s+\w+\)\s*)?[:.]")
# A heading naming the State that speaks: "Explanation of Vote by Ireland", "Statement of the Kingdom of the
# Netherlands", "Letter from Lebanon"; the State follows the words at once.
_BY_STATE = re.compile(
    r"\b(?:statement|remarks|explanation\s+of\s+(?:vote|position)|EOV|intervention|reply|address|speech|letter|"
    r"declaration|position|declaracion|intervencion|discurso)\s+(?:(?:delivered|made|presented|issued)\s+)?"
    r"(?:by|of|from|de|del|por)\s+(?:(?:la|el)\s+)?",
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
_ON_BEHALF = re.compile(r"(?<=\w)\s*,?\s+on\s+behalf(?:\s+of\b|\s*$)", re.IGNORECASE)
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
# The words before a post that is a sentence's subject: 'The Deputy Foreign Minister of X'.
_SUBJECT_START = re.compile(r"^(?:(?:the|la|le|el)\s+)?(?:(?:Deputy|Permanent|Foreign|Vice|Prime|First)\s+)*",
                            re.IGNORECASE)
# A numbered paragraph of a UN record: '34. Considerable work was done ...'.
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”")
# A host's field naming who issued the page: 'From: UK Mission to the UN', 'Published by: Ministry of ...'.
_ISSUER_LABEL = re.compile(r"^(?:From|Published\s+by|Issued\s+by|Source|Organi[sz]ation)\s*:\s*", re.IGNORECASE)
# The words of a State's official name: 'Republic of Cyprus', 'Kingdom of the Netherlands'.
_OFFICIAL_FORM = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Confederation|Commonwealth|Principality|"
                            r"Sultanate|Emirate|Duchy)\b", re.IGNORECASE)


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
    """'Swiss' -> 'Switzerland'; a name ('New Zealand') -> itself."""
    country = vocabulary.country_named(word)
    return country.name if country else canonical_country(word)


def _speaks_for(folded: str, cue: re.Match) -> bool:
    """False when the post names the State answered, the person addressed or one a courtesy names."""
    before = folded[:cue.start()]
    if _ANSWERED.search(before) or _COURTESY.search(folded[:cue.end()]):
        return False
    return not (_PERSON_POST.match(cue.group(0)) and _ADDRESSEE.search(before))


def country_in_line(text: str) -> str | None:
    """The State a header line speaks for, skipping States it answers or addresses."""
    folded = fold(text)
    for cue in _SPEAKS_FOR.finditer(folded):
        if not _speaks_for(folded, cue):
            continue
        match = country_pattern().match(folded, cue.end())
        if match and _is_state(canonical_country(match.group(1))) and not _COURTESY_AFTER.match(folded, match.end()):
            return canonical_country(match.group(1))
    for match in _affiliation_pattern().finditer(text):
        before = text[:match.start()]
        courtesy = _COURTESY.search(before) or _COURTESY_AFTER.match(text, match.end())
        if not _ANSWERED.search(before) and not courtesy and _is_state(_adjective_country(match.group(1))):
            return _adjective_country(match.group(1))
    return None


def _state_delivering(text: str) -> str | None:
    """The State a heading names as delivering a statement written by several: 'Joint statement ...
    delivered by Finland', 'Senegal on behalf of the African Group'."""
    folded = fold(text)
    for cue in _DELIVERED_BY.finditer(folded):
        if state := _state_after(folded, cue):
            return state
    for behalf in _ON_BEHALF.finditer(folded):
        # The State just before 'on behalf': looked for in the few words there, not along the whole line.
        start = max(0, behalf.start() - 80)
        for match in country_pattern().finditer(folded, start, behalf.start()):
            if match.end() == behalf.start() and (state := _state_after(folded, match, named=match)):
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
    if not match or _ANSWERED.search(folded[:cue.start()]) or _ANSWERED.search(folded[:match.start()]) \
            or _COURTESY.search(folded[:match.start()]) or _COURTESY_AFTER.match(folded, match.end()):
        return None
    state = canonical_country(match.group(1))
    return state if _is_state(state) else None


def _is_state(name: str | None) -> bool:
    """A State, not an organization listed with them ('European Union' speaks through a State)."""
    country = vocabulary.country_named(name) if name else None
    return bool(country) and country.status != "organization"


def _country_anywhere(text: str) -> str | None:
    """The first State a post names in any form: 'Alternate U.S. Representative for Special Political Affairs'."""
    match = country_pattern().search(fold(text))
    return canonical_country(match.group(1)) if match and _is_state(canonical_country(match.group(1))) else None


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
        yield _LEADING_DATELINE.sub("", line.text), line.number
    if lines:
        below = [line for line in lines if line.number > (header[-1].number if header else 0)][:8]
        for previous, line in zip([None, *below], below, strict=False):
            if previous is None or previous.block != line.block or previous.text.endswith(_SENTENCE_ENDS):
                yield _LEADING_DATELINE.sub("", line.text), line.number
    for paragraph in [p.strip() for p in opening.split("\n\n") if p.strip()][:4]:
        yield _LEADING_DATELINE.sub("", paragraph), None


def _post_as_subject(sentences: list[tuple[str, int | None]]) -> tuple[str, str, int | None] | None:
    """A press release's first words naming its speaker's post: 'The Minister of Foreign Affairs of the
    Republic of Maldives, Dr. ... sends', 'Georgian Deputy Foreign Minister David Dondua delivered'."""
    for sentence, number in sentences:
        subject = fold(sentence).split(",")[0]
        start = _SUBJECT_START.match(subject).end()
        if _COURTESY_AFTER.match(fold(sentence), len(subject)):
            continue
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
    return len(text) > 120 and bool(FIRST_PERSON_WORD.search(text))


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern:
    """'The Chinese delegation supports ...': a statement naming its own delegation as a subject."""
    return re.compile(rf"\b[Tt]he\s+({_state_words()})\s+[Dd]elegation{_SUBJECT_VERB.pattern}")


def _delegation_subject(opening: str) -> tuple[str, str] | None:
    """(State, words) from the first 'the X delegation' that is a subject and not the side answered."""
    for match in _delegation_pattern().finditer(opening[:1500]):
        if not _ANSWERED.search(opening[:match.start()]):
            return _adjective_country(match.group(1)), match.group(0)
    return None


def _issuer_lines(lines: Sequence[Line]) -> Iterator[Line]:
    """Lines that name the issuing mission, embassy, ministry or State on their own: the page's site name
    above the header, a letterhead, a sign-off at the end, a host's 'From:' field (its value may be on the
    next line)."""
    for line, after in zip(lines, [*lines[1:], None], strict=False):
        if labelled := _ISSUER_LABEL.match(line.text):
            value = line.text[labelled.end():] or (after.text if after else "")
            yield Line(line.number, value, line.block)
            continue
        short = len(line.text) < SHORT_LINE and not PROSE.search(line.text) and not WRAPPED.search(line.text)
        if short and line.text[:1].isupper() and (ISSUER_LINE.match(line.text) or _letterhead_state(line.text)):
            yield line


def find_country(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None,
                 header: list[Line], opening: str, lines: Sequence[Line] = ()
                 ) -> Chosen:
    """The State spoken for: the first cue found, in their order of trust, with the next cues naming
    another State as alternatives. The speaker's post is believed even when a reply names its State as
    answered; no other cue is."""
    answered = _answered_states([line.text for line in header] + [opening[:600]])
    cues = _speaker_cues(role, role_evidence, speaker_line, title)
    page = (cue for cue in _page_cues(header, opening[:3000], lines) if cue[0] not in answered)
    return choose(chain(cues, page))


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


def _speaker_cues(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None
                  ) -> Iterator[tuple[str, Evidence, None]]:
    """The State in the speaker's post, the line naming the speaker, or a formal title."""
    if role and (country := country_in_line(role) or _country_anywhere(role)):
        quoted = role_evidence or Evidence("speaker_role", role, None, "")
        yield country, Evidence("country", quoted.text, quoted.line, "the speaker's post", confidence=0.95), None
    for line, method in ((speaker_line, "the line naming the speaker"), (title, "title: mission or delegation of")):
        if line and (country := country_in_line(line.text)):
            yield country, Evidence("country", line.text, line.number, method, confidence=0.95), None


def _page_cues(header: list[Line], opening: str, lines: Sequence[Line]) -> Iterator[tuple[str, Evidence, str | None]]:
    """Every other cue that names a State, most trusted first (the module docstring gives the order)."""
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
    if found := _first_person(" ".join(line.text for line in header) + "\n\n" + opening):
        yield found[0], Evidence("country", found[1], None, "opening: first-person formula", confidence=0.9), None
    for line in [*headings, *lines[:12]]:
        if (match := _RECORD_SPEAKER.search(line.text)) and (country := canonical_country(match.group("state"))):
            yield country, Evidence("country", match.group(0), line.number, "record: Mr. NAME (State):",
                                    confidence=0.85), None
    for line in joined(headings):
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
    """The page's first lines that are headings, not the speech (nor a line of it wrapped after a comma or
    'the'): a header cut short still has them."""
    for line in lines[:20]:
        speech = FIRST_PERSON_WORD.search(line.text) or PROSE.search(line.text) or WRAPPED.search(line.text) \
            or _NUMBERED.match(line.text) or not line.text[:1].isupper() or line.text.endswith(".")
        if len(line.text) < SHORT_LINE and not speech:
            yield line


def _letterhead_state(text: str) -> str | None:
    """A letterhead naming the State in its official form on a line of its own: 'REPUBLIC OF CYPRUS'."""
    if not text[:1].isupper() or text.endswith("."):
        return None
    text = re.sub(r"^the\s+", "", text.strip(" ,"), flags=re.IGNORECASE)
    if _OFFICIAL_FORM.search(text) and (country := canonical_country(text)) and _is_state(country):
        return country
    return None


__all__ = ["country_in_line", "find_country", "find_location"]
