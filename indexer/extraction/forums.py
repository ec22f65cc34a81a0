"""The body a document was delivered to or circulated in, and the meeting.

Forums come from the header ("at the Security Council open debate", "Human
Rights Council" in a UN document's heading) or, for letters and notes
verbales, from the circulation formula ("circulated as a document of the
General Assembly ... and of the Security Council"), which names every body;
a note with neither names its body in its opening paragraph. A subsidiary
body beats its parent (a Human Rights Council document carries "General
Assembly" in its heading too). A body that is the subject and not the venue
is skipped: "on the report of the Economic and Social Council", and the
title of an agenda item ("Elections ... of the Human Rights Council").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import ROLE_START, canonical_city, find_dates

_CIRCULATION = re.compile(
    r"(?:circulated?|issued|distributed)\s+(?:as\s+(?:an?\s+)?(?:official\s+)?documents?\s+of|to\s+the\s+members\s+of)"
    r"\s+(?P<bodies>[^.]+)",
    re.IGNORECASE,
)
_SUBJECT_BEFORE = re.compile(r"(?:report|reports|work|members|membership|election|elections)\s+of\s+(?:the\s+)?$",
                             re.IGNORECASE)
_AGENDA_LINE = re.compile(r"^Agenda\s+items?\s+\d", re.IGNORECASE)
# A letter's or note's title names its addressee, not a meeting.
_FORMAL_TITLE = re.compile(r"^(?:(?:identical\s+)?letters?|note\s+verbale)\s+(?:dated|from)\b", re.IGNORECASE)
_MEETING_WORDS = re.compile(
    r"\b(?:meetings?|sessions?|debate|dialogue|segment|conference|consultations?|summit|forum|"
    r"intersessional|plenary|hearing|briefing|vote)\b",
    re.IGNORECASE,
)
_SESSION_LINE = re.compile(r"^(?:[\w-]+\s+)?(?:special\s+|regular\s+|resumed\s+)?session$", re.IGNORECASE)
# A meeting introduced by a preposition: 'at the First Plenary Meeting of ...', 'to the 1171st special meeting'.
_MEETING_PHRASE = re.compile(
    r"(?:^|\s)(?:at|before|during|to|in|after)\s+(?:the\s+)?(?:(?:conclusion|opening|closing)\s+of\s+the\s+)?"
    r"(?P<meeting>.+)$",
    re.IGNORECASE,
)
_MEETING_END = re.compile(
    r",\s*(?:Statement|Remarks)\b|,\s*\d{1,2}\s+[A-Z][a-z]+|\s\(?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|,\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|,?\s+(?:on\s+behalf\s+of|delivered\s+by)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ForumMatch:
    name: str
    start: int


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern, str, str | None], ...]:
    """(pattern, canonical name, context word); acronyms match in capitals only."""
    patterns = []
    for forum in vocabulary.forums():
        context = dict(forum.in_context)
        for alias in sorted({forum.name, *forum.aliases, *context}, key=len, reverse=True):
            words = re.escape(alias).replace(r"\ ", r"\s+")
            flags = 0 if alias.isupper() else re.IGNORECASE
            patterns.append((re.compile(rf"(?<![\w-]){words}(?![A-Za-z-])", flags), forum.name, context.get(alias)))
        for pattern in forum.patterns:
            patterns.append((re.compile(pattern, re.IGNORECASE), forum.name, None))
    return tuple(patterns)


def forums_in(text: str, context: str | None = None) -> list[str]:
    """Canonical forums named in `text` as venues, in the order they appear.
    An alias that needs a context word counts only if `context` (or `text`) has it."""
    found: list[ForumMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern, name, needs in _alias_patterns():
        if needs and needs not in (context or text):
            continue
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            if not _SUBJECT_BEFORE.search(text[:match.start()]):
                found.append(ForumMatch(name, match.start()))
    ordered = [m.name for m in sorted(found, key=lambda m: m.start)]
    return list(dict.fromkeys(ordered))


def _without_parents(names: list[str]) -> list[str]:
    parents = {forum.parent for forum in vocabulary.forums() if forum.name in names and forum.parent}
    return [name for name in names if name not in parents]


def find_forums(header: list[Line], body: str, formal: bool) -> tuple[list[str], Evidence | None]:
    """Forums in order; `formal` documents (letters, notes) prefer the circulation formula."""
    circulation = _CIRCULATION.search(body)
    circulated = forums_in(circulation.group("bodies")) if circulation else []
    if formal and circulated:
        return circulated, Evidence("forum", circulation.group(0).strip(), None, "circulation formula")
    venues = [line for line in header if not _AGENDA_LINE.match(line.text)]
    context = " ".join(line.text for line in header)
    for line in venues:
        if forums_in(line.text, context):
            names = _without_parents(forums_in("\n".join(v.text for v in venues), context))
            return names, Evidence("forum", line.text, line.number, "header")
    if circulated:
        return circulated, Evidence("forum", circulation.group(0).strip(), None, "circulation formula")
    if formal:
        opening = next((p for p in body.split("\n\n") if len(p) > 200), "")
        if names := forums_in(opening):
            return names[:1], Evidence("forum", opening[:200], None, "opening paragraph of a formal note")
    return [], None


def _meeting_text(text: str) -> str | None:
    """The meeting part of a heading, cut where a date, a place or a speaker
    begins; None when it only names a body ('The Conference on Disarmament')."""
    end = _MEETING_END.search(text)
    words = (text[:end.start()] if end else text).split()
    for size in (3, 2, 1):  # a trailing city: '... Review Conference New York'
        if len(words) > size and canonical_city(" ".join(words[-size:])):
            words = words[:-size]
            break
    meeting = " ".join(words).strip(" ,;:")
    return meeting if meeting and not _is_only_a_forum(meeting) else None


def _is_only_a_forum(text: str) -> bool:
    rest = text
    for pattern, _name, _needs in _alias_patterns():
        rest = pattern.sub("", rest)
    return not re.sub(r"\b(?:the|meeting|meetings)\b", "", rest, flags=re.IGNORECASE).strip(" ,;:.")


def _names_a_meeting(text: str) -> bool:
    return bool(_MEETING_WORDS.search(text) or forums_in(text))


def _phrase_meeting(text: str) -> str | None:
    """'... at the First Plenary Meeting of ...' -> 'First Plenary Meeting of ...'.

    Goes past a phrase that belongs to a post ('to the International
    Organizations in Vienna, to the 1171st special meeting ...') but not past
    one that already names the meeting ('Item 2 General Debate at the 51st Session')."""
    phrase = _MEETING_PHRASE.search(text)
    while phrase and not _names_a_meeting(phrase.group("meeting")):
        phrase = _MEETING_PHRASE.search(phrase.group("meeting"))
    if phrase is None:
        return None
    meeting = phrase.group("meeting")
    while (inner := _MEETING_PHRASE.search(meeting)) and _names_a_meeting(inner.group("meeting")) \
            and not _MEETING_WORDS.search(meeting[:inner.start()]):
        meeting = inner.group("meeting")
    return _meeting_text(meeting)


def _heading_meeting(header: list[Line], index: int, used: set[int]) -> str | None:
    """A heading that starts by naming a meeting, with the lines after it in its block."""
    line = header[index]
    if line.number in used or ROLE_START.match(line.text) or _AGENDA_LINE.match(line.text):
        return None
    first_phrase = _MEETING_PHRASE.search(line.text)
    lead = line.text[:first_phrase.start()] if first_phrase else line.text
    if not _MEETING_WORDS.search(lead) or len(line.text) > 160:
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
        elif _FORMAL_TITLE.match(line.text) or _AGENDA_LINE.match(line.text):
            continue
        elif meeting := _phrase_meeting(line.text):
            candidates.append((meeting, line, "header: at/to the MEETING"))
    if not candidates:
        return None, None
    meeting, line, method = next((c for c in candidates if forums_in(c[0])), candidates[0])
    return meeting, Evidence("meeting", line.text, line.number, method)
