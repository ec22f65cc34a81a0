"""The body a document was delivered to or circulated in, and the meeting.

Forums come from the header ("at the Security Council open debate",
"Human Rights Council" in a UN document's heading) or, for letters and notes
verbales, from the circulation formula ("circulated as a document of the
General Assembly ... and of the Security Council"), which names every body.
A subsidiary body beats its parent: a Human Rights Council document carries
"General Assembly" in its heading too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import ROLE_START, find_dates

_CIRCULATION = re.compile(
    r"circulated?\s+(?:as\s+(?:an?\s+)?(?:official\s+)?documents?\s+of|to\s+the\s+members\s+of)\s+(?P<bodies>[^.]+)",
    re.IGNORECASE,
)
_MEETING_WORDS = re.compile(
    r"\b(?:meetings?|sessions?|debate|dialogue|segment|conference|consultations?|review|summit|forum|"
    r"intersessional|plenary|hearing|briefing)\b",
    re.IGNORECASE,
)
_SESSION_LINE = re.compile(r"^(?:[\w-]+\s+)?(?:special\s+|regular\s+|resumed\s+)?session$", re.IGNORECASE)
_AT_MEETING = re.compile(r"^(?:at|before|during)\s+(?:the\s+)?(?P<meeting>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class ForumMatch:
    name: str
    start: int


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, canonical name); acronyms match in capitals only."""
    patterns = []
    for forum in vocabulary.forums():
        for alias in sorted({forum.name, *forum.aliases}, key=len, reverse=True):
            words = re.escape(alias).replace(r"\ ", r"\s+")
            flags = 0 if alias.isupper() else re.IGNORECASE
            patterns.append((re.compile(rf"(?<![\w-]){words}(?![\w-])", flags), forum.name))
    return tuple(patterns)


def forums_in(text: str) -> list[str]:
    """Canonical forums named in `text`, in the order they appear."""
    found: list[ForumMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern, name in _alias_patterns():
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
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
    for line in header:
        names = forums_in(line.text)
        if names:
            all_names = _without_parents(forums_in(" \n".join(line.text for line in header)))
            return all_names, Evidence("forum", line.text, line.number, "header")
    if circulated:
        return circulated, Evidence("forum", circulation.group(0).strip(), None, "circulation formula")
    return [], None


def find_meeting(header: list[Line], used: set[int]) -> tuple[str | None, Evidence | None]:
    """The meeting as written: 'at the ... open debate', 'Forty-seventh session',
    or a heading line naming a meeting of a forum (with the lines that follow
    it in its block). Lines already read as other fields are skipped."""
    for index, line in enumerate(header):
        if line.number in used:
            continue
        at = _AT_MEETING.match(line.text)
        if at and (_MEETING_WORDS.search(line.text) or forums_in(line.text)):
            return at.group("meeting").rstrip(" ,"), Evidence("meeting", line.text, line.number, "header: at the ...")
        if _SESSION_LINE.match(line.text):
            return line.text, Evidence("meeting", line.text, line.number, "header: session line")
        if _MEETING_WORDS.search(line.text) and forums_in(line.text) and not ROLE_START.match(line.text):
            parts = [line.text]
            for follower in header[index + 1:]:
                if follower.block != line.block or follower.number in used or find_dates(follower.text):
                    break
                parts.append(follower.text)
            return ", ".join(parts), Evidence("meeting", line.text, line.number, "header: meeting of a forum")
    return None, None
