"""The State a document speaks for, and the city it was delivered or issued in.

Country cues, in the order they are trusted: the speaker's post; the line
naming the speaker; a formal title; first-person formulas ("my own country,
Ireland", "to exercise Ukraine's right of reply"); other header lines ("the
Chinese Delegation", "Permanent Mission of X"); a note verbale's opening
("The Permanent Mission of X ... presents its compliments"); and last, with
a warning, a State as the subject of the opening sentences ("The United
States has ..."). A State named after "in response to" or "the statement
by" is the one answered, not the one speaking.

Location is a city stated as a place (a dateline, a letterhead address, a
place line), never a city inside a post ("... Organizations in Vienna"),
except the seat of the mission that issues a note verbale.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.lines import Line, is_posting_stamp
from indexer.extraction.patterns import canonical_city, canonical_country, city_pattern, country_pattern

# "Permanent Mission of X", "Representative of the Republic of X", "Ministry of Foreign Affairs of X".
_SPEAKS_FOR = re.compile(
    r"\b(?:Mission|Representative|Delegation|Ministry|Minister|Government|Embassy|President|"
    r"Prime Minister|Affairs|Observer|Chargé d.affaires)\b[^.;]*?\bof\s+",
    re.IGNORECASE,
)
# The State answered: a cue right after these words names the other side.
_ANSWERED = re.compile(
    r"(?:in\s+(?:response|reply)\s+to|responding\s+to|replying\s+to|to\s+the\s+statements?\s+(?:made\s+)?(?:by|of))"
    r"\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\bmy\s+(?:own\s+)?country,\s+(?P<a>[^,.;]+)|\bexercise\s+(?P<b>[^’'.;]{2,40})[’']s\s+right\s+of\s+reply"
    r"|\bThe\s+Permanent\s+Mission\s+of\s+(?P<c>[^,.;]+?)\s+(?:to\s+the\s+[^,.;]*?\s+)?presents\s+its\s+compliments",
    re.IGNORECASE,
)
_SUBJECT_VERBS = (r"has|have|is|was|welcomes|supports|believes|remains|attaches|would|will|strongly|fully|always|"
                  r"firmly|voted|thanks|aligns|joins|shares|reiterates|takes|condemns|associates|reaffirms|stands")
_DATELINE = re.compile(
    r"(?:^|[,;(–-]\s*|\s)(?P<city>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})\s*[,:–—-]\s*(?:[A-Z][a-z]+,\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})")
_MISSION_SEAT = re.compile(
    r"\bfrom\s+the\s+Permanent\s+Mission\s+of\b.*?\b(?:Office\s+)?(?:at|in)\s+(?P<city>[A-Z][\w .'-]+?)\s+addressed\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _affiliation_pattern() -> re.Pattern:
    """'Philippine Permanent Mission', 'the Chinese Delegation', "Ireland's Permanent Mission"."""
    adjectives: dict[str, list[str]] = {}
    for country in vocabulary.countries():
        for adjective in country.adjectives:
            adjectives.setdefault(adjective, []).append(country.name)
    unique = [adjective for adjective, owners in adjectives.items() if len(owners) == 1]
    names = [name for country in vocabulary.countries() for name in country.names if len(name) > 3]
    words = "|".join(re.escape(w) for w in sorted({*unique, *names}, key=len, reverse=True))
    return re.compile(rf"\b({words})(?:['’]s)?\s+(?:Permanent\s+)?(?:Mission|Delegation|Government|Ministry)\b")


def _adjective_country(word: str) -> str | None:
    country = vocabulary.country_named(word)
    return country.name if country else canonical_country(word)


def country_in_line(text: str) -> str | None:
    """The State a header line speaks for, skipping States it answers."""
    folded = fold(text)
    for cue in _SPEAKS_FOR.finditer(folded):
        if _ANSWERED.search(folded[:cue.start()]):
            continue
        match = country_pattern().match(folded, cue.end())
        if match:
            return canonical_country(match.group(1))
    for match in _affiliation_pattern().finditer(text):
        if not _ANSWERED.search(text[:match.start()]):
            return _adjective_country(match.group(1))
    return None


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


def _opening_subject(opening: str) -> tuple[str, str] | None:
    for paragraph in [p.strip() for p in opening.split("\n\n") if p.strip()][:4]:
        match = country_pattern().match(fold(paragraph))
        if match and re.match(rf"\s+(?:{_SUBJECT_VERBS})\b", fold(paragraph)[match.end():]):
            return canonical_country(match.group(1)), paragraph[:120]
    return None


def find_country(role: str | None, role_evidence: Evidence | None, speaker_line: Line | None, title: Line | None,
                 header: list[Line], opening: str) -> tuple[str | None, Evidence | None, str | None]:
    """(country, evidence, warning) from the cues in their order of trust."""
    if role and (country := country_in_line(role) or _country_anywhere(role)):
        quoted = role_evidence or Evidence("speaker_role", role, None, "")
        return country, Evidence("country", quoted.text, quoted.line, "the speaker's post"), None
    for line, method in ((speaker_line, "the line naming the speaker"), (title, "title: mission or delegation of")):
        if line and (country := country_in_line(line.text)):
            return country, Evidence("country", line.text, line.number, method), None
    if found := _first_person(opening[:3000]):
        return found[0], Evidence("country", found[1], None, "opening: first-person formula"), None
    for line in header:
        if country := country_in_line(line.text):
            return country, Evidence("country", line.text, line.number, "header: mission or delegation of"), None
    if found := _opening_subject(opening[:3000]):
        warning = f"country inferred from the opening sentence ({found[0]}); check it"
        return found[0], Evidence("country", found[1], None, "opening sentence: State as subject"), warning
    return None, None, None


def find_location(header: list[Line], title: Line | None, doc_type: str) -> tuple[str | None, Evidence | None]:
    places = [line for line in header if not is_posting_stamp(line.text)]
    for line in places:
        for match in _DATELINE.finditer(line.text):
            words = match.group("city").split()
            for size in range(len(words), 0, -1):
                if city := canonical_city(" ".join(words[-size:])):
                    return city, Evidence("location", line.text, line.number, "dateline: City, date")
    for line in places:
        if city := canonical_city(line.text.removesuffix(" City")):
            return city, Evidence("location", line.text, line.number, "place line")
    for line in places:
        segments = [segment.strip() for segment in line.text.split(",")]
        if len(segments) >= 3 and any(ch.isdigit() for ch in line.text):
            for segment in segments:
                if city := canonical_city(segment):
                    return city, Evidence("location", line.text, line.number, "letterhead address")
    if doc_type == "note_verbale" and title and (match := _MISSION_SEAT.search(title.text)):
        found = city_pattern().search(match.group("city"))
        if found:
            return found.group(1), Evidence("location", title.text, title.number, "seat of the issuing mission")
    return None, None
