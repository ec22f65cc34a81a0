"""The State a document speaks for, and the city it was delivered or issued in.

Country comes only from the header and the speaker's post, never from the
body: a right of reply names the State it answers far more often than its
own. Location is a city stated as a place (a dateline, a letterhead address,
a place line), never a city inside a post ("... Organizations in Geneva"),
except the seat of the mission that issues a note verbale.
"""

from __future__ import annotations

import re

from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import canonical_city, canonical_country, city_pattern, country_pattern

# "Permanent Mission of X", "Representative of the Republic of X", "Ministry of Foreign Affairs of X".
_SPEAKS_FOR = re.compile(
    r"\b(?:Mission|Representative|Delegation|Ministry|Minister|Government|Embassy|President|"
    r"Prime Minister|Affairs|Observer)\b[^.;]*?\bof\s+",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][\w .'-]+?)\s*[,:]\s*(?:\w+,\s*)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})")
_MISSION_SEAT = re.compile(
    r"\bfrom\s+the\s+Permanent\s+Mission\s+of\b.*?\b(?:Office\s+)?(?:at|in)\s+(?P<city>[A-Z][\w .'-]+?)\s+addressed\b",
    re.IGNORECASE,
)


def _country_after_speaks_for(text: str) -> str | None:
    folded = fold(text)
    for cue in _SPEAKS_FOR.finditer(folded):
        match = country_pattern().match(folded, cue.end())
        if match:
            return canonical_country(match.group(1))
    return None


def _country_anywhere(text: str) -> str | None:
    match = country_pattern().search(fold(text))
    return canonical_country(match.group(1)) if match else None


def find_country(role: str | None, role_evidence: Evidence | None, title: Line | None,
                 header: list[Line]) -> tuple[str | None, Evidence | None]:
    if role and (country := _country_after_speaks_for(role) or _country_anywhere(role)):
        quoted = role_evidence or Evidence("speaker_role", role, None, "")
        return country, Evidence("country", quoted.text, quoted.line, "the speaker's post")
    if title and (country := _country_after_speaks_for(title.text)):
        return country, Evidence("country", title.text, title.number, "title: mission or delegation of")
    for line in header:
        if country := _country_after_speaks_for(line.text):
            return country, Evidence("country", line.text, line.number, "header: mission or delegation of")
    return None, None


def find_location(header: list[Line], title: Line | None, doc_type: str) -> tuple[str | None, Evidence | None]:
    for line in header:
        match = _DATELINE.match(line.text)
        if match and (city := canonical_city(match.group("city"))):
            return city, Evidence("location", line.text, line.number, "dateline: City, date")
    for line in header:
        if city := canonical_city(line.text.removesuffix(" City")):
            return city, Evidence("location", line.text, line.number, "place line")
    for line in header:
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
