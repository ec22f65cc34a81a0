"""Who delivered or signed the document, and the post they held.

A name is a run of two to five capitalized words (or words in capitals,
initials, particles). Headings put it after an introducing "by" with the
post after a comma ("Statement by H.E. Mr. X, Permanent Representative of
..."), or the post first ("by Permanent Representative of Russia to the OSCE
Alexander Lukashevich at ..."); a bare name line may sit above its post;
letters carry "(Signed) NAME". An institution ("the Chinese Delegation",
"New Agenda Coalition") is never a speaker: a missing speaker beats a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.statement import Evidence
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.patterns import (
    ROLE_START,
    canonical_city,
    canonical_country,
    is_institution_word,
    is_name_word,
    normalize_name,
    strip_honorifics,
)

_INTRO = re.compile(
    r"(?:^|\b(?:statement|remarks|speech|address|intervention|reply|vote|position|delivered|presented|made|read|"
    r"given|pronounced|exercised)\s+)(?:out\s+)?by\s+",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\(Signed\)\s+", re.IGNORECASE)
# Where the part naming the speaker ends and the meeting or the occasion begins.
_SEGMENT_END = re.compile(r",|\s(?:at|before|after|during|in\s+the|on\s+behalf\s+of|on\s+the\s+occasion)\s",
                          re.IGNORECASE)
# Where a post written after the name ends.
_ROLE_END = re.compile(
    r",\s*(?:on\s+behalf|at\s+the|to\s+the|before\s+the|in\s+the|during|after)\b|\s(?:at|before)\s+the\s"
    r"|,\s*\d{1,2}\s+[A-Z][a-z]+|\s+on\s+behalf\s+of\b",
    re.IGNORECASE,
)
_ROLE_IN_TITLE = re.compile(r"\bfrom\s+the\s+(?P<role>.+?)\s+addressed\s+to\b", re.IGNORECASE)
_ROLE_IN_BODY = re.compile(
    r"\b(?:my\s+function\s+as|in\s+my\s+capacity\s+as|as\s+the\s+newly\s+appointed)\s+(?:the\s+)?(?P<role>[^,.;]+?)"
    r"(?=\s+with\b|\s+since\b|\s+at\s+the\b|[,.;])",
    re.IGNORECASE,
)
_GLUED_HONORIFIC = re.compile(r"\bH\.\s?E\.(?=[A-Z])")
_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "bin", "ibn",
              "binti", "al", "el", "le", "la", "y", "ould", "ben"}


@dataclass(frozen=True)
class People:
    speaker: str | None
    speakers: tuple[str, ...]
    role: str | None
    evidence: tuple[Evidence, ...]


def leading_name(text: str) -> tuple[str, str] | None:
    """A personal name at the start of `text` and the text after it.

    'Seymur Mardaliyev, Deputy ...' -> ('Seymur Mardaliyev', ', Deputy ...');
    'New Agenda Coalition in ...' -> None (an institution follows the run).
    """
    words = text.split()
    run: list[str] = []
    for word in words:
        core = word.rstrip(",;:")
        if is_name_word(core) or (run and core.lower() in _PARTICLES):
            run.append(core)
            if core != word:
                break
        else:
            if is_institution_word(core.strip("()")):
                return None
            break
    while run and run[-1].lower() in _PARTICLES:
        run.pop()
    if not 2 <= len(run) <= 5 or canonical_country(" ".join(run)) or canonical_city(" ".join(run)):
        return None
    consumed = len(" ".join(run))
    start = text.find(run[0])
    return normalize_name(" ".join(run)), text[start + consumed:]


def trailing_name(segment: str) -> tuple[str, str] | None:
    """A name at the end of `segment`, after a post: (post as written, name)."""
    words = segment.split()
    run: list[str] = []
    for word in reversed(words):
        if is_name_word(word) or (run and word.lower() in _PARTICLES):
            run.insert(0, word)
        else:
            break
    before = words[:len(words) - len(run)]
    if not 2 <= len(run) <= 5 or not before or before[-1].lower() in {"of", "the", "for", "to"}:
        return None
    if canonical_country(" ".join(run)):
        return None
    return " ".join(before), normalize_name(" ".join(run))


def _post(text: str | None) -> str | None:
    """The post at the start of `text`, up to where the occasion begins."""
    if not text:
        return None
    text = text.lstrip(" ,;:")
    end = _ROLE_END.search(text)
    salutation = SALUTATION.search(text)
    cuts = [m.start() for m in (end, salutation) if m]
    post = text[:min(cuts)] if cuts else text
    post = post.strip(" ,;")
    return post if post and ROLE_START.match(post) else None


def _introduced(text: str) -> tuple[str, str | None] | None:
    """Name and post from the words after an introducing 'by'."""
    rest = strip_honorifics(_GLUED_HONORIFIC.sub("H.E. ", text))
    found = leading_name(rest)
    if found:
        name, after = found
        return name, _post(after)
    end = _SEGMENT_END.search(rest)
    segment = rest[:end.start()] if end else rest
    found_last = trailing_name(segment)
    if found_last:
        before, name = found_last
        return name, _post(before)
    return None


def _name_line(found: tuple[str, str], line: Line, following: Line | None) -> tuple[str, str | None] | None:
    """A line that is a name: behind an honorific ('H.E. Mr. Ali Bahraini',
    perhaps with its post after a comma), or bare above a line that is a post."""
    name, after = found
    has_honorific = strip_honorifics(line.text) != line.text
    if after.strip(" ,"):
        post = _post(after)
        return (name, post) if has_honorific and post else None
    following_post = _post(following.text) if following else None
    return (name, following_post) if has_honorific or following_post else None


def find_people(header: list[Line], lines: list[Line], title: str | None, body: str) -> People:
    evidence: list[Evidence] = []
    speaker = role = None
    for index, line in enumerate(header):
        candidate = None
        intro = _INTRO.search(line.text)
        if intro:
            candidate = _introduced(line.text[intro.end():])
            if candidate and candidate[1] is None and index + 1 < len(header):
                candidate = (candidate[0], _post(header[index + 1].text))
            method = "header: by NAME"
        elif bare := leading_name(strip_honorifics(line.text)):
            candidate = _name_line(bare, line, header[index + 1] if index + 1 < len(header) else None)
            method = "header: name line"
        if candidate:
            speaker, role = candidate
            evidence.append(Evidence("speaker", line.text, line.number, method))
            if role:
                role_line = line if role in line.text else header[index + 1]
                evidence.append(Evidence("speaker_role", role_line.text, role_line.number,
                                         "header: the speaker's post"))
            break

    signatories = []
    for line in lines:
        signed = _SIGNED.search(line.text)
        if signed and (found := leading_name(line.text[signed.end():])):
            signatories.append((found[0], line))
    speakers = [speaker] if speaker else []
    for name, line in signatories:
        if name not in speakers:
            speakers.append(name)
            evidence.append(Evidence("speakers", line.text, line.number, "signature: (Signed)"))
    if speaker is None and signatories:
        speaker, line = signatories[0]
        evidence.append(Evidence("speaker", line.text, line.number, "signature: first (Signed) line"))
    if role is None and title and (match := _ROLE_IN_TITLE.search(title)):
        post = match.group("role")
        if ROLE_START.match(post) and not re.match(r"Permanent\s+Mission", post, re.IGNORECASE):
            role = post
            evidence.append(Evidence("speaker_role", title, None, "title: from the POST addressed to"))
    match = _ROLE_IN_BODY.search(body[:4000]) if role is None and speaker else None
    if match and ROLE_START.match(match.group("role")):
        role = match.group("role")
        evidence.append(Evidence("speaker_role", match.group(0), None, "body: in my capacity as"))
    return People(speaker, tuple(speakers), role, tuple(evidence))
