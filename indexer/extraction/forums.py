"""The body a document was delivered to or circulated in, and the meeting.

Forums come, in this order of trust, from the circulation formula of a letter
or note ("circulated as a document of the General Assembly ... and of the
Security Council"), which names every body; the masthead of a UN document
(each organ over its session or year line: "General Assembly / Sixtieth
session / Security Council / Sixty-first year"); the header, where a body
introduced as the venue ("at the Security Council open debate", "1257th
meeting of the OSCE Permanent Council") beats one named alone ("UNGA78:"),
which beats one inside the speaker's post ("Permanent Representative to the
Conference on Disarmament"); and last the opening paragraphs, read only for
a venue phrase ("at the 40th Session of the Human Rights Council", "this
70th session of the General Assembly") or for "this Council" where they name
one council (a weak cue, and "this Hall" of the General Assembly weaker still).
A subsidiary body beats its parent
(a Human Rights Council document carries "General Assembly" in its heading
too). A body that is the subject and not the venue is skipped: "on the
report of the Economic and Social Council", "Security Council reform", "a
seat on the Security Council", the title of an agenda item ("Elections ...
of the Human Rights Council").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.dates import find_dates
from indexer.extraction.dating import dated_listing
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lines import Line, is_formal_title
from indexer.extraction.names import ROLE_START

# 'circulated as a document of the General Assembly ... and of the Security Council', 'circulated to the members
# of', 'bring this letter to the attention of the members of the Security Council'.
_CIRCULATION = re.compile(
    r"(?:(?:circulated?|issued|distributed)\s+(?:as\s+(?:an?\s+)?(?:official\s+)?documents?\s+of|to\s+the\s+members\s+of)"
    r"|(?:bring|brought|bringing)\s+(?:this|the\s+present|the\s+attached|these)\s+(?:letter|note|documents?)"
    r"(?:\s+and\s+its\s+annex(?:es)?)?\s+to\s+the\s+attention\s+of(?:\s+the\s+members\s+of)?)"
    r"\s+(?P<bodies>[^.]+)",
    re.IGNORECASE,
)
# The body is what the words around it are about, not where they are said.
_SUBJECT_BEFORE = re.compile(
    r"(?:(?:report|reports|work|members|membership|election|elections|reform)\s+of|seats?\s+on|(?:re-?)?elected\s+"
    r"(?:to|as\s+(?:a\s+)?members?\s+of)|candidac(?:y|ies)\s+"
    r"(?:for|to)|candidatures?\s+(?:for|to)|elections?\s+to|membership\b[^.;:]{0,60}\b(?:in|of|on))\s+(?:the\s+)?$",
    re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"^\s+(?:reform|elections?|membership|candidac(?:y|ies)|candidatures?)\b", re.IGNORECASE)
# '... General Assembly resolution 49/12': a decision cited in a letter, not where the letter goes.
_DECISION_AFTER = re.compile(r"^\s+(?:resolutions?|decisions?)\b", re.IGNORECASE)
# The speaker's post: 'Permanent Representative of India to the Conference on Disarmament'.
_POST_BEFORE = re.compile(
    r"\b(?:Representative|Mission|Delegation|Observer|Ambassador|Envoy|Delegate)"
    r"(?:\s+of\s+(?:the\s+)?[\w .’'-]{2,40}?)?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE)
# The venue: 'at the', 'before the', '60th meeting of the', 'President of the'.
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:at|in|before|during|to|for|addressing|addressed)\s+(?:the\s+|this\s+)?"
    r"|\b(?:session|meeting|sitting|segment|debate|dialogue|conference|summit|plenary|opening|closing|"
    r"president|presidency|chair|chairmanship)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE)
# The office of one who presides: 'President of the', 'Chair of the'.
_PRESIDING_BEFORE = re.compile(r"\b(?:president|presidency|chair|chairmanship)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# In running prose the venue is stated more strictly: 'at the ...', the session the speaker is at ('took part
# in the 51st session of the ...', 'at a meeting of the ...', 'thank you for convening this open debate of the
# ...'), not one in passing ('the conclusion of a regular
# session of', 'the next session of').
_PROSE_VENUE_BEFORE = re.compile(
    r"(?:\b(?:at|before|addressing|addressed)\s+(?:the\s+|this\s+)?"
    r"|(?:\b(?:at|in|during|to|for|addressed|addressing|attended|attending|(?:sidelines|margins)\s+of|convening|"
    r"convened|organi[sz]ing|holding|hosting|chairing)\s+"
    r"(?:the|a|an|this|its)\s+(?!(?:next|previous|last|past|future|upcoming|forthcoming|coming)\b)"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+)"
    r"(?:[\w-]+\s+){0,4}?(?:session|meeting|sitting|segment|debate|dialogue|summit)\s+of\s+(?:the\s+)?"
    r"|\bpresidency\s+of\s+(?:the\s+)?"
    r"|\b(?:election|elected)\s+as\s+(?:the\s+)?President\s+of\s+(?:the\s+)?"
    r"|\bletters?\s+(?:\w+\s+){0,2}to\s+the\s+President\s+of\s+(?:the\s+)?)"
    r"(?:\d{1,4}(?:st|nd|rd|th)?\s+)?$",  # 'at the 75th UNGA'
    re.IGNORECASE)
# 'HRC 52nd Session', 'Human Rights Council 55th session': the body's own session numbering.
# A flattened UN masthead gives the Security Council's year the same way: 'Security Council Seventy-eighth year'.
_SESSION_AFTER = re.compile(
    r"^\W{0,3}(?:(?:\d{1,3}(?:st|nd|rd|th)?|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:regular\s+|special\s+|ordinary\s+)?session\b"
    r"|(?!(?:last|past|next)\b)(?:[A-Z][a-z]+-)?[a-z]+(?:st|nd|rd|th)\s+year\b)",
    re.IGNORECASE)
# 'this Council' speaks of the venue; it is the one body of that kind the opening names ('... the Human Rights
# Council has ...; this Council must ...').
_DEIXIS = re.compile(r"\b[Tt]his\s+(?:august\s+|esteemed\s+|distinguished\s+)?(Council|Conference|Commission|Board|"
                     r"Committee|Assembly|Court|Forum)\b")
# Deictic venues of the General Assembly: 'this Assembly', 'the general debate in this Hall'.
_ASSEMBLY_DEIXIS = re.compile(r"\b[Tt]his\s+(?:august\s+|esteemed\s+|distinguished\s+)?(?:Assembly|Hall)\b")
_AGENDA_LINE = re.compile(r"^Agenda\s+items?\s+\d", re.IGNORECASE)
# In a UN document's masthead each organ stands over its session or year: 'Sixtieth session', 'Sixty-first year'.
_MASTHEAD_PERIOD = re.compile(
    r"^(?:[\w-]+\s+)?(?:special\s+|regular\s+|resumed\s+|emergency\s+special\s+)?(?:session|year)\b",
    re.IGNORECASE)
_DASH = "[-‐‑–—\\s]?"  # 'Anti–Personnel', 'High Level', 'Cooperation': hyphens vary between sources
# Two sentences on a line: a release's lead caught in the header ('Islamabad, 9 March 2023: X welcomes ... by the
# Human Rights Council. The Spokesperson said ...'), whose bodies are read as in prose.
_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z]")
OPENING_LIMIT = 1500
PROSE_LINE = 300  # past this point a header line is a paragraph (flattened markup), no longer a heading

# How often each cue names the right body.
CONFIDENCE = {"circulation formula": 0.95, "masthead": 0.95, "header: venue": 0.9, "header: presiding": 0.85,
              "header": 0.85,
              "header: post": 0.6, "opening: venue": 0.75, "opening paragraph of a formal note": 0.7,
              "opening paragraph of a formal note: subject": 0.5,
              "opening: this body, named": 0.6, "opening: this Assembly": 0.5}


@dataclass(frozen=True)
class ForumMatch:
    name: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    """(pattern, canonical name, context words); acronyms match in capitals only. A number may follow a
    hyphen ('HRC-52', 'UNGA-78'); a word may not ('Council-mandated')."""
    patterns = []
    for forum in vocabulary.forums():
        context = dict(forum.in_context)
        for alias in sorted({forum.name, *forum.aliases, *context}, key=len, reverse=True):
            words = re.escape(alias).replace(r"\ ", r"\s+").replace(r"\-", _DASH).replace("'", "['’]")
            flags = 0 if alias.isupper() else re.IGNORECASE
            patterns.append((re.compile(rf"(?<![\w-]){words}(?![A-Za-z]|-[A-Za-z])", flags), forum.name,
                             context.get(alias, ())))
        for pattern in forum.patterns:
            patterns.append((re.compile(pattern, re.IGNORECASE), forum.name, ()))
    return tuple(patterns)


@lru_cache(maxsize=4096)
def _all_spans(text: str) -> tuple[tuple[ForumMatch, tuple[str, ...]], ...]:
    """Every alias and pattern found in `text`, with the context words it needs (cached: lines are read often)."""
    return tuple((ForumMatch(name, match.start(), match.end()), needs)
                 for pattern, name, needs in _alias_patterns() for match in pattern.finditer(text))


def forum_matches(text: str, context: str | None = None) -> list[ForumMatch]:
    """Forums named in `text` as venues, in the order they appear, with their spans.
    An alias that needs a context word counts only if `context` (or `text`) has one."""
    spans = [span for span, needs in _all_spans(text) if not needs or any(word in (context or text) for word in needs)]
    return [match for match in _longest(spans)
            if not (_SUBJECT_BEFORE.search(text[:match.start]) or _SUBJECT_AFTER.match(text[match.end:]))]


def _longest(spans: list[ForumMatch]) -> list[ForumMatch]:
    """The longest name wins where two overlap; the rest in text order."""
    taken: list[ForumMatch] = []
    for match in sorted(spans, key=lambda m: m.start - m.end):
        if not any(match.start < other.end and other.start < match.end for other in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)


def forums_in(text: str, context: str | None = None) -> list[str]:
    """Canonical forums named in `text` as venues, in the order they appear."""
    return list(dict.fromkeys(m.name for m in forum_matches(text, context)))


def _without_parents(names: list[str]) -> list[str]:
    parents = {forum.parent for forum in vocabulary.forums() if forum.name in names and forum.parent}
    return [name for name in names if name not in parents]


def _evidence(text: str, line: int | None, method: str) -> Evidence:
    return Evidence("forum", text, line, method, confidence=CONFIDENCE[method])


def _masthead(header: list[Line]) -> tuple[list[str], Line | None]:
    """Organs each followed by a session or year line, in masthead order."""
    organs: list[str] = []
    first = None
    for line, after in zip(header, header[1:], strict=False):
        names = forums_in(line.text)
        if len(names) == 1 and _is_only_a_forum(line.text) and _MASTHEAD_PERIOD.match(after.text):
            organs.append(names[0])
            first = first or line
    return _without_parents(list(dict.fromkeys(organs))), first


def _role(before: str) -> str:
    """How a header line introduces a body: as the venue, by the office of one who presides over it ('and
    President of the Security Council', weaker: a post may hold it), as the speaker's post, or bare."""
    if _POST_BEFORE.search(before):
        return "header: post"
    if _PRESIDING_BEFORE.search(before):
        return "header: presiding"
    return "header: venue" if _VENUE_BEFORE.search(before) else "header"


def _from_header(header: list[Line], context: str) -> tuple[list[str], Evidence | None]:
    """Header bodies, the venue first, then those named alone, then those in a post."""
    ranked: dict[str, list[tuple[str, Line]]] = {"header: venue": [], "header: presiding": [], "header": [],
                                                 "header: post": []}
    for line in header:
        if _AGENDA_LINE.match(line.text):
            continue
        for match in forum_matches(line.text, context):
            before = line.text[:match.start]
            if (match.start > PROSE_LINE or _are_sentences(line.text)) and not _PROSE_VENUE_BEFORE.search(before):
                continue  # deep in a paragraph caught in the header, or sentences: read like the opening
            ranked[_role(before)].append((match.name, line))
    for method, found in ranked.items():
        if found:
            name, line = found[0]
            others = [other for kind in ("header: venue", "header: presiding", "header")
                      for other, _line in ranked[kind]]
            names = _without_parents(list(dict.fromkeys([name, *others])))
            return names, _evidence(line.text, line.number, method)
    return [], None


def _are_sentences(text: str) -> bool:
    return text.endswith(".") and bool(_SENTENCES.search(text))


def _from_opening(opening: str, context: str) -> tuple[list[str], Evidence | None]:
    """A body the opening paragraphs name as the venue, else the General Assembly's 'this Hall'."""
    text = opening[:OPENING_LIMIT]
    for match in forum_matches(text, context):
        if _DECISION_AFTER.match(text[match.end:]):
            continue
        if _PROSE_VENUE_BEFORE.search(text[:match.start]) or _SESSION_AFTER.match(text[match.end:]):
            return [match.name], _evidence(_around(text, match.start), None, "opening: venue")
    for deixis in _DEIXIS.finditer(text):
        kind = deixis.group(1).lower()
        named = [m for m in forum_matches(text, context) if text[m.start:m.end].lower().endswith(kind)]
        if len({m.name for m in named}) == 1:
            return [named[0].name], _evidence(_around(text, deixis.start()), None, "opening: this body, named")
    if deixis := _ASSEMBLY_DEIXIS.search(text):
        return ["UN General Assembly"], _evidence(_around(text, deixis.start()), None, "opening: this Assembly")
    return [], None


def _from_formal_opening(body: str) -> tuple[list[str], Evidence | None]:
    """The body a letter or note is addressed or submitted to ('compliments to the President of the 60th
    session of the General Assembly', 'the Submission to the Commission on the Limits of the Continental
    Shelf'), else the body it is about; never one whose resolution it cites."""
    paragraph = next((p for p in body.split("\n\n") if len(p) > 200), "")
    matches = [m for m in forum_matches(paragraph) if not _DECISION_AFTER.match(paragraph[m.end:])]
    addressed = [m for m in matches if _VENUE_BEFORE.search(paragraph[:m.start])]
    if addressed:
        return [addressed[0].name], _evidence(paragraph[:200], None, "opening paragraph of a formal note")
    if matches:
        return [matches[0].name], _evidence(paragraph[:200], None, "opening paragraph of a formal note: subject")
    return [], None


def _around(text: str, index: int, width: int = 80) -> str:
    return " ".join(text[max(0, index - width):index + width].split())


def find_forums(header: list[Line], body: str, formal: bool, opening: str = "") -> tuple[list[str], Evidence | None]:
    """Forums in order; `formal` documents (letters, notes) prefer the circulation formula. A site's list
    of other dated pages in the header is not read."""
    circulation = _CIRCULATION.search(body)
    circulated = forums_in(circulation.group("bodies")) if circulation else []
    formula = _evidence(circulation.group(0).strip(), None, "circulation formula") if circulation else None
    if formal and circulated:
        return circulated, formula
    organs, masthead_line = _masthead(header)
    if organs:
        return organs, _evidence(masthead_line.text, masthead_line.number, "masthead")
    listed = dated_listing(header)
    header = [line for line in header if line.number not in listed]
    context = " ".join(line.text for line in header) + " " + opening
    names, evidence = _from_header(header, context)
    if names:
        return names, evidence
    if circulated:
        return circulated, formula
    if formal:
        return _from_formal_opening(body)
    return _from_opening(opening, context)


_MEETING_WORDS = re.compile(
    r"\b(?:meetings?|sessions?|debate|dialogue|segment|conference|consultations?|summit|forum|"
    r"intersessional|plenary|hearing|briefing|vote|event|ceremony|panel|cluster|prep\s*com)\b",
    re.IGNORECASE,
)
_SESSION_LINE = re.compile(r"^(?:[\w-]+\s+)?(?:special\s+|regular\s+|resumed\s+)?session$", re.IGNORECASE)
# A meeting introduced by a preposition: 'at the First Plenary Meeting of ...', 'to the 1171st special meeting'.
_MEETING_PHRASE = re.compile(
    r"(?:^|\s)(?:(?:at|before|during|to|in|after)\s+(?:the\s+)?|for\s+the\s+)(?:(?:conclusion|closing)\s+of\s+the\s+)?"
    r"(?P<meeting>.+)$",
    re.IGNORECASE,
)
# 'Letter to the President of the Security Council', 'to the Secretary-General': the addressee, not a meeting.
_ADDRESSEE = re.compile(r"^(?:UN\s+|United\s+Nations\s+)?(?:President|Chair(?:man|person|woman)?|Secretary[-\s]General|"
                        r"Registrar|Permanent\s+(?:Representative|Mission)|Head)\b", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"\b(?:letters?|notes?|addressed)\s*$", re.IGNORECASE)
_MEETING_END = re.compile(
    r",\s*(?:Statement|Remarks)\b|,\s*\d{1,2}\s+[A-Z][a-z]+|\s\(?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|,\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}"
    r"|,?\s+(?:on\s+behalf\s+of|delivered\s+by|as\s+delivered)\b"
    # where the document's own label follows the meeting: '..., Joint statement by Chile', '- Explanation of vote'
    r"|\s*[-–—|:,]\s*(?:[\w.’']+\s+){0,2}statement\b"
    r"|\s*[-–—|:,]?\s+(?:(?:joint\s+)?statement\s+by|(?-i:[A-Z][A-Z.]{1,6})\s+statement\b|explanation\s+of\s+vote\b|"
    r"check\s+against\s+delivery|right\s+of\s+reply\b)",
    re.IGNORECASE,
)
# A place where a heading goes on to the venue's city: '..., Vienna | 4 May', '... in Geneva on ...'.
_PLACE_AFTER = re.compile(r"(?:,|\s+in|\s+at)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")
# 'Explanation of vote following the adoption of ...': the meeting is what follows the label.
_LABEL_LEAD = re.compile(r"^(?:explanation\s+of\s+(?:the\s+)?vote|EOV|statement|remarks)\s+"
                         r"(?:following|after|before|on)\s+(?=the\s+adoption|adoption)(?:the\s+)?", re.IGNORECASE)
# A heading that is only the document's own label: 'Explanation of Vote by Ireland'.
_ONLY_A_LABEL = re.compile(r"^(?:explanation\s+of\s+(?:the\s+)?vote|EOV|(?:joint\s+)?statement|remarks|"
                           r"right\s+of\s+reply|(?:the\s+)?vote)"
                           r"(?:\s+by\b.*)?$", re.IGNORECASE)
_TOPIC_AFTER = re.compile(r"^\d*\s*(?::|\s[-–—])\s+\w")
_ORDINAL_BEFORE = re.compile(r"(?:\b\d{1,4}(?:st|nd|rd|th)?|\b[A-Z][a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\s+(?:the\s+)?$")
# A page title's leading date code: '241219: UNGA79: ...' (yymmdd).
_DATE_CODE = re.compile(r"^\d{6,8}\s*[:–-]\s*")
# A speech's own title in quotes: '„Responding to European uncertainties ...“'.
_QUOTED_TITLE = re.compile(r"^[„“\"«‘'].*[“”\"»’']$")
# 'Pacific Islands Forum statement for the ...': the document's label, then its meeting.
_LABEL_END = re.compile(r"\b(?:statement|remarks|address|speech)\s*$", re.IGNORECASE)
# An HRC agenda item on a line of its own completes the session heading: 'Item 2: General Debate'.
_ITEM_LINE = re.compile(r"^Item\s+\d+\b", re.IGNORECASE)
# A sentence ends inside a heading: 'in reply to the US delegation. 31st regular session of ...'.
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z0-9])")

_SESSION_WORD = re.compile(r"\bsession\b", re.IGNORECASE)
_ITEM_IN = re.compile(r"\bItem\s+\d", re.IGNORECASE)
_BARE_ITEM = re.compile(r"Item\s+\d+", re.IGNORECASE)
CONFIDENCE_MEETING = {"header: session line": 0.9, "header: meeting heading": 0.8, "header: at/to the MEETING": 0.75}


def _cut_at_place(text: str) -> str:
    for match in _PLACE_AFTER.finditer(text):
        words = match.group("place").split()
        if any(canonical_city(" ".join(words[:size])) for size in range(len(words), 0, -1)):
            return text[:match.start()]
    return text


def _meeting_text(text: str) -> str | None:
    """The meeting part of a heading, cut where a date, a place, a speaker or the
    document's label begins; None when it only names a body ('The Conference on Disarmament')."""
    end = _MEETING_END.search(text)
    words = _cut_at_place(text[:end.start()] if end else text).split()
    for size in (3, 2, 1):  # a trailing city: '... Review Conference New York'
        if len(words) > size and canonical_city(" ".join(words[-size:])):
            words = words[:-size]
            break
    meeting = _LABEL_LEAD.sub("", _DATE_CODE.sub("", " ".join(words))).strip(" ,;:.|–—‐‑-")
    if not re.search(r"[^\W\d]", meeting) or _is_only_a_forum(meeting) or _ONLY_A_LABEL.match(meeting):
        return None
    return meeting


def _is_only_a_forum(text: str) -> bool:
    rest = re.sub(r"\bof\s+the\s+United\s+Nations\b|\b(?:the|meeting|meetings)\b", "", _without_forums(text),
                  flags=re.IGNORECASE)
    return not rest.strip(" ,;:.")


def _without_forums(text: str) -> str:
    for span in reversed(_longest([span for span, _needs in _all_spans(text)])):
        text = text[:span.start] + text[span.end:]
    return text


def _names_a_meeting(text: str) -> bool:
    return bool(_MEETING_WORDS.search(text) or forums_in(text))


def _is_addressee(text: str, phrase: re.Match) -> bool:
    return bool(_ADDRESSEE.match(phrase.group("meeting")) or _LETTER_BEFORE.search(text[:phrase.start()]))


def _first_sentence_with_a_meeting(text: str) -> str:
    sentences = _SENTENCE_END.split(text)
    return next((sentence for sentence in sentences if _names_a_meeting(sentence)), sentences[0])


def _phrase_meeting(text: str) -> str | None:
    """'... at the First Plenary Meeting of ...' -> 'First Plenary Meeting of ...'.

    Goes past a phrase that belongs to a post ('to the International
    Organizations in Vienna, to the 1171st special meeting ...', 'to the
    Conference on Disarmament during the Plenary meeting ...') or names an
    addressee ('to the President of the Security Council'), but not past one
    that already names the meeting ('Item 2 General Debate at the 51st Session')."""
    phrase = _MEETING_PHRASE.search(text)
    while phrase and (not _names_a_meeting(phrase.group("meeting")) or _is_addressee(text, phrase)):
        rest = phrase.group("meeting")
        phrase = _MEETING_PHRASE.search(rest)
        text = rest
    if phrase is None or phrase.start() > PROSE_LINE:
        return None
    meeting = phrase.group("meeting")
    while (inner := _MEETING_PHRASE.search(meeting)) and _names_a_meeting(inner.group("meeting")) \
            and not _MEETING_WORDS.search(_cut_at_place(_without_forums(meeting[:inner.start()]))):
        meeting = inner.group("meeting")
    return None if _ADDRESSEE.match(meeting) else _meeting_text(_first_sentence_with_a_meeting(meeting))


def _numbered_forum(text: str) -> bool:
    """'The Tenth NPT Review Conference', '2015 NPT Review Conference', 'HRC56': one meeting of a body that
    meets by number; 'UN Security Council: Syria', 'HRC56 - Commission of Inquiry': a body's meeting on a topic."""
    return any(_ORDINAL_BEFORE.search(text[:match.start]) or re.match(r"\d", text[match.end:])
               or (match.start == 0 and _TOPIC_AFTER.match(text[match.end:])) for match in forum_matches(text))


def _starts_with_a_date(text: str) -> bool:
    """A press release's dateline ('12.04.2018, Vienna – The Council held ...') opens prose, not a heading."""
    dates = find_dates(text)
    return bool(dates) and dates[0].start == 0


def _heading_meeting(header: list[Line], index: int, used: set[int]) -> str | None:
    """A heading that starts by naming a meeting, with the lines after it in its block.
    A body's name alone ('U.S. Statement for the Forum for Security Co-operation') is no meeting word."""
    line = header[index]
    if line.number in used or ROLE_START.match(line.text) or _AGENDA_LINE.match(line.text) \
            or _starts_with_a_date(line.text):
        return None
    first_phrase = _MEETING_PHRASE.search(line.text)
    lead = line.text[:first_phrase.start()] if first_phrase else line.text
    if not (_MEETING_WORDS.search(_without_forums(lead)) or _numbered_forum(lead)) or len(line.text) > 160 \
            or _QUOTED_TITLE.match(line.text) or (first_phrase and _LABEL_END.search(lead)):
        return None
    parts = [line.text]
    for follower in header[index + 1:]:
        if follower.block != line.block or follower.number in used or find_dates(follower.text):
            break
        parts.append(follower.text)
    return _meeting_text(", ".join(parts))


def find_meeting(header: list[Line], used: set[int]) -> tuple[str | None, Evidence | None]:
    """The meeting as written. Candidates come from each header line (a
    session line, a meeting heading, an 'at the ...' phrase); the first that
    names a forum wins, else the first found. Lines read as the speaker's
    are used only for their 'at the ...' phrase."""
    candidates: list[tuple[str, Line, str]] = []
    for index, line in enumerate(header):
        if _SESSION_LINE.match(line.text):
            candidates.append((line.text, line, "header: session line"))
        elif meeting := _heading_meeting(header, index, used):
            candidates.append((meeting, line, "header: meeting heading"))
        elif is_formal_title(line.text) or _AGENDA_LINE.match(line.text):
            continue
        elif meeting := _phrase_meeting(line.text):
            candidates.append((meeting, line, "header: at/to the MEETING"))
    if not candidates:
        return None, None
    candidates = [(_with_item(meeting, header), line, method) for meeting, line, method in candidates]
    itemized = sorted((c for c in candidates if _ITEM_IN.search(c[0]) and forums_in(c[0])),
                      key=lambda c: c[2] != "header: meeting heading")
    named = [c for c in candidates if forums_in(c[0])]
    meeting, line, method = (itemized or named or candidates)[0]
    return meeting, Evidence("meeting", line.text, line.number, method, confidence=CONFIDENCE_MEETING[method])


def _with_item(meeting: str, header: list[Line]) -> str:
    """A session heading completed by the agenda item the header gives on its own line
    ('52nd session of the Human Rights Council' + 'Item 2' + 'General Debate')."""
    if not _SESSION_WORD.search(meeting) or _ITEM_IN.search(meeting):
        return meeting
    for index, line in enumerate(header):
        if _ITEM_LINE.match(line.text):
            item = _meeting_text(line.text) or line.text
            title = header[index + 1].text if index + 1 < len(header) else ""
            if _BARE_ITEM.fullmatch(item) and _MEETING_WORDS.search(title) and len(title) < 60 \
                    and not find_dates(title):
                item += ", " + title  # the item's title on the next line: 'General Debate'
            return f"{meeting}, {item}"
    return meeting
