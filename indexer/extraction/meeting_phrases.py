"""A meeting named in a phrase inside a line: 'Statement at the First Plenary Meeting of the Conference on
Disarmament', 'Minister to address the High-Level Segment of ...', 'following the UN Security Council Briefing on
...'. The phrase is read past what its preposition may introduce instead of a meeting: a post's destination ('to the
United Nations'), a letter's addressee ('to the President of the Security Council'), a mission's two bodies of
accreditation, a note verbale's compliments formula, a place in a topic ('in Myanmar, 55th Session of ...').
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from indexer.extraction.forum_names import forum_matches, without_forums
from indexer.extraction.forums import PROSE_LINE
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.meeting_forms import opens_with_a_convened_group
from indexer.extraction.meeting_names import MEETING_WORDS, cut_at_place, meeting_text, state_name
from indexer.extraction.patterns import SENTENCE_END

# A joint stakeout is read 'following the UN Security Council Briefing on ...': the Council's meeting it follows.
# A meeting introduced by a preposition: 'at the First Plenary Meeting of ...', 'to the 1171st special meeting',
# 'Remarks at a UN Security Council Briefing on ...' (the article goes with the preposition); not 'to vote', nor
# the 'to' of what a statement answers ('in response to the report by ...'). A verb after 'to' makes an infinitive
# ('I have the honour to transmit herewith ...'), no destination, unless the verb is one of speaking at a meeting,
# whose object is the meeting ('Deputy Minister to address the High-Level Segment of ...'), as it is in a headline
# ('Ruritania addresses the 58th Session of ...'); a letter 'addressed to' goes to its addressee.
MEETING_PHRASE = re.compile(
    r"(?:^|\s)(?:(?:at|before|during)\s+(?:the\s+|an?\s+)?|following\s+the\s+(?=(?:UN\s+|United\s+Nations\s+)?"
    r"Security\s+Council\s+(?:briefing|meeting|consultations|open\s+debate)\b)"
    r"|(?:to\s+(?:address|attend|brief)|(?:address(?:es|ed)|attend(?:s|ed))(?!\s+to\b))\s+(?:the\s+)?"
    r"|(?:(?<!response\s)(?<!reply\s)to(?!\s+vote\b)(?!\s+[a-z]+\s+(?:the|an?|herewith|that|you|your)\s)|in|after)"
    r"\s+(?:the\s+)?|for\s+the\s+)"
    r"(?:(?:conclusion|closing)\s+of\s+the\s+)?(?P<meeting>.+)$",
    re.IGNORECASE,
)
# 'Letter to the President of the Security Council', 'to the Secretary-General', a note verbale's 'compliments to the
# Secretariat of the Human Rights Council': the addressee, not a meeting. A right of reply 'to the statements made by
# the European Union' answers those statements: they are not where it was delivered.
_ADDRESSEE = re.compile(r"^(?:UN\s+|United\s+Nations\s+)?(?:President|Chair(?:man|person|woman)?|Secretary[-\s]General|"
                        r"Secretariat|statements?\s+(?:made\s+|delivered\s+)?(?:by|of)\s|"
                        r"Registrar|Permanent\s+(?:Representative|Mission)|Head)\b"
                        # ... and a headline's body before its officer: 'to Security Council President', 'to UNGA Chair'
                        r"|^(?:the\s+)?(?:UN\s+)?(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|UNGA|HRC|"
                        r"UNSC)\s+(?:President|Chair(?:man|person|woman)?|Presidency)\b", re.IGNORECASE)
# A post's destination: 'the United Nations', 'the UN Office at Geneva', 'the United Nations and the Conference on
# Disarmament in Geneva', 'the United Nations and other International Organizations in Vienna'.
_UN_POST = r"(?:the\s+)?(?:United\s+Nations|UN)(?:\s+Office)?"
_BESIDE_THE_UN = (r"(?:\s+and\s+(?:the\s+)?(?:other\s+)?(?:Conference\s+on\s+Disarmament|International\s+"
                  r"Organi[sz]ations)(?:\s+(?:at|in)\s+[A-Z][\w-]+)?)?")
# The end of a mission's or post's name before the meeting: '... Permanent Mission of X to the United Nations, Third
# Committee', '... to the UN Office at Geneva, Item 4' (a city of a few words before the comma: 'in New York,').
_MISSION_DESTINATION = re.compile(rf"^{_UN_POST}(?:\s+(?:at|in)\s+[A-Z][\w ]{{2,20}}?)?{_BESIDE_THE_UN}\s*,\s*(?=\S)"
                                  # '... Permanent Representative of Canada to the OSCE 1405th Meeting of ...'
                                  r"|^(?:the\s+)?(?:OSCE|IAEA|OPCW|CTBTO)\s+(?=\d{1,4}(?:st|nd|rd|th)\s)")
# 'Representative to the UN on SIDS, vulnerability and the 80th General Assembly': the post's destination, then the
# topic the person speaks on; a meeting it names is one of the topics.
_UN_ON_A_TOPIC = re.compile(rf"^{_UN_POST}\s+on\s", re.IGNORECASE)
# Run on into the meeting with no comma, the destination's city is one word, and it is read whole ('(?>'): 'the UN
# Office at Geneva, ...' is not 'the UN' before 'Office at Geneva'.
_DESTINATION = re.compile(rf"^(?>{_UN_POST}(?:\s+(?:at|in)\s+[A-Z][\w-]+)?{_BESIDE_THE_UN})\s+(?=(?-i:[A-Z0-9]))",
                          re.IGNORECASE)
# A phrase read out of a paragraph, not a heading: it speaks in the first person or with a modal verb ('please be
# informed that I have received ...', 'Only an occupier would oppose ...'), or runs on longer than any meeting's name.
# ('Main Committee I' is a numeral.)
_PROSE_WORDS = re.compile(r"\b(?:[Ww]e|[Mm]y|[Oo]ur|us|would|should|could|must|shall)\b|\bI\s+(?:[a-z]+ed|have|am|was|"
                          r"wish|will|would|do|take|should|must|can)\b")
_LONGEST_MEETING = 280
# A body named as a resolution's author ('Human Rights Council resolution 60/12') is cited, not met.
_RESOLUTION_AFTER = re.compile(r"\s+resolutions?\s+\d", re.IGNORECASE)
# A letter's addressee after its word ('addressed to the ...'), and a body a mission files a complaint with
# ('submitted a new complaint to the Security Council over ...').
_LETTER_BEFORE = re.compile(r"\b(?:letters?|notes?|addressed|complaints?)\s*$", re.IGNORECASE)
_LETTER_REACH = 40  # how far before a phrase its letter's word is looked for ('addressed to the ...')
# A meeting phrase is read in a line's first characters and judged by its first PROSE_LINE: a line run together from a
# whole page ('Norway in Geneva / Norway in Geneva / ...') held a phrase at every 'in', each judged on all the rest.
PHRASE_TEXT = 2000


def names_a_meeting(text: str) -> bool:
    return bool(MEETING_WORDS.search(text) or names_a_body(text) or opens_with_a_convened_group(text))


def names_a_body(text: str) -> bool:
    """A body named as such; the 'HRC' of a symbol ('A/HRC/45/53') names a document, not where it was read, and so
    does the body of a resolution cited ('(Human Rights Council resolution 60/12)')."""
    text = vocabulary.symbol_pattern().sub(" ", text)
    return any(not _RESOLUTION_AFTER.match(text, body.end) for body in forum_matches(text))


def _is_addressee(text: str, phrase: re.Match) -> bool:
    before = text[max(0, phrase.start() - _LETTER_REACH):phrase.start()]
    return bool(_ADDRESSEE.match(phrase.group("meeting")) or _LETTER_BEFORE.search(before))


def _opens_with_a_place(text: str) -> bool:
    """'in Myanmar, 55th Session of ...': the 'in' of a topic's place ('the situation of human rights in Myanmar'),
    the meeting named after its comma."""
    head = text.split(",", 1)[0] if "," in text else ""
    return bool(head) and (bool(state_name().fullmatch(head.strip())) or bool(canonical_city(head.strip())))


def _own_sentence(text: str) -> str:
    """The words a phrase's preposition governs end with its sentence where prose goes on: 'in April. The letter ...
    were issued as a Security Council document' names no meeting in April. A heading's next part, set off by a full
    stop, is no sentence ('... to the US delegation. 31st regular session of the Human Rights Council.')."""
    own, *rest = SENTENCE_END.split(text, maxsplit=1)
    return own if rest and _FINITE_VERB.search(rest[0]) else text


_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


def _first_sentence_with_a_meeting(text: str) -> str:
    sentences = SENTENCE_END.split(text)
    return next((sentence for sentence in sentences if names_a_meeting(sentence)), sentences[0])


def phrase_meeting(text: str) -> str | None:
    """'... at the First Plenary Meeting of ...' -> 'First Plenary Meeting of ...'.

    Goes past a phrase that belongs to a post ('to the International
    Organizations in Vienna, to the 1171st special meeting ...', 'to the
    Conference on Disarmament during the Plenary meeting ...') or names an
    addressee ('to the President of the Security Council'), but not past one
    that already names the meeting ('Item 2 General Debate at the 51st Session')."""
    text = text[:PHRASE_TEXT]
    phrase = MEETING_PHRASE.search(text)
    if phrase and _MISSION_BEFORE.search(text[:phrase.start()]) and _note_formula().search(phrase.group("meeting")):
        return None  # a note's compliments formula: the mission's accreditation, then whom it writes to
    while phrase and (not names_a_meeting(_own_sentence(_past_destination(phrase.group("meeting")))[:PROSE_LINE])
                      or _is_addressee(text, phrase) or _accredited_to(text, phrase)
                      or _opens_with_a_place(phrase.group("meeting")[:PROSE_LINE])
                      or _UN_ON_A_TOPIC.match(phrase.group("meeting"))):
        rest = phrase.group("meeting")
        phrase = MEETING_PHRASE.search(rest)
        text = rest
    if phrase is None or phrase.start() > PROSE_LINE:
        return None
    meeting = _MISSION_DESTINATION.sub("", _past_destination(phrase.group("meeting")))
    while (inner := MEETING_PHRASE.search(meeting)) and names_a_meeting(inner.group("meeting")[:PROSE_LINE]) \
            and not MEETING_WORDS.search(cut_at_place(without_forums(meeting[:inner.start()]))) \
            and not opens_with_a_convened_group(meeting):
        if _is_addressee(meeting, inner):
            return None  # '... has submitted a complaint to the Security Council over ...': whom it was sent to
        meeting = inner.group("meeting")
    if _ADDRESSEE.match(meeting):
        return None
    meeting = meeting_text(_first_sentence_with_a_meeting(meeting))
    return None if meeting and (_PROSE_WORDS.search(meeting) or len(meeting) > _LONGEST_MEETING) else meeting


# A mission's name before 'to the ...' and the two bodies it is accredited to ('Permanent Mission of Liberia to the
# African Union and the United Nations Economic Commission for Africa', '... to the OSCE and the United Nations in
# Vienna at the 1102nd Plenary Meeting ...'): passed over like a post's destination, to a meeting named later; a second
# mission after 'and' ('the Permanent Mission of Mongolia to the United Nations and the Permanent Mission of ...') is
# a joint statement's.
_MISSION_BEFORE = re.compile(r"\b(?:Mission|Representation|Embassy)(?:\s+of\s+(?:the\s+)?[\w .’'-]{2,40}?)?$",
                             re.IGNORECASE)
_TWO_BODIES = re.compile(r"^[^,]{2,60}?\s+and\s+(?:to\s+)?the\s+(?!(?:Permanent\s+)?(?:Observer\s+)?"
                         r"(?:Mission|Delegation|Representation|Embassy)\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _note_formula() -> re.Pattern:
    """A note verbale's formula ('presents its compliments', 'saluda atentamente a'), as the document types name it."""
    return re.compile("|".join(cue for doc_type in vocabulary.doc_types() if doc_type.name == "note_verbale"
                               for cue in doc_type.body_cues), re.IGNORECASE)


def _accredited_to(text: str, phrase: re.Match) -> bool:
    meeting = phrase.group("meeting")
    return bool(_MISSION_BEFORE.search(text[:phrase.start()]) and _TWO_BODIES.match(meeting))


def _past_destination(phrase: str) -> str:
    """A post's destination run on into the meeting when the header lost its breaks ('Permanent Representative of
    Brazil to the United Nations Open debate of the Security Council on ...'): the United Nations, its office or the
    Conference beside it, with no body's name going on from it ('the United Nations General Assembly'), is where the
    speaker is posted; what follows is the meeting."""
    destination = _DESTINATION.match(phrase)
    if destination is None or any(body.start == 0 and body.end > len(destination.group(0).rstrip())
                                  for body in forum_matches(phrase)):
        return phrase
    return phrase[destination.end():]
