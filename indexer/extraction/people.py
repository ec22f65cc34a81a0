"""Who delivered or signed the document, and the post they held.

Cues, in the order they are trusted:
- "delivered by / presented by / made by NAME" and "Statement by NAME" in
  the header (the usual mission heading);
- a header line that is a name behind an honorific ("H.E. Mr. Ali Bahraini");
- "(Signed) NAME" signature lines, where letters put every signatory.
An institution ("the Permanent Mission", "the Chinese Delegation") is never
a speaker: a missing speaker beats a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.statement import Evidence
from indexer.extraction.lines import Line
from indexer.extraction.patterns import (
    NAME,
    ROLE_START,
    honorifics,
    is_personal_name,
    normalize_name,
    strip_honorifics,
)

_INTRODUCED = re.compile(
    r"\b(?:delivered|presented|made|read|given|pronounced)\s+(?:out\s+)?by\s+(?P<rest>.+)$"
    r"|^(?:statement|remarks|speech|address|intervention|right\s+of\s+reply|explanation\s+of\s+(?:vote|position))"
    r"\s+(?:delivered\s+)?by\s+(?P<rest2>.+)$"
    r"|^by\s+(?P<rest3>.+)$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"^\(Signed\)\s+(?P<rest>.+)$", re.IGNORECASE)
_NAME_THEN_REST = re.compile(rf"^(?P<name>{NAME})\s*(?:,\s*(?P<role>.*))?$")
_ROLE_IN_TITLE = re.compile(r"\bfrom\s+the\s+(?P<role>.+?)\s+addressed\s+to\b", re.IGNORECASE)


@dataclass(frozen=True)
class People:
    speaker: str | None
    speakers: tuple[str, ...]
    role: str | None
    evidence: tuple[Evidence, ...]


def _name_from(text: str) -> tuple[str, str | None] | None:
    """A personal name at the start of `text` (after honorifics) and what follows a comma."""
    rest = strip_honorifics(text)
    match = _NAME_THEN_REST.match(rest)
    if not match:
        # The name may be followed by a post without a comma: take the words before it.
        words = rest.split()
        for cut in range(len(words), 1, -1):
            if ROLE_START.match(" ".join(words[cut:])) or cut == len(words):
                candidate = " ".join(words[:cut])
                if re.fullmatch(NAME, candidate) and is_personal_name(candidate):
                    return normalize_name(candidate), " ".join(words[cut:]) or None
        return None
    name = match.group("name")
    if not is_personal_name(name):
        return None
    return normalize_name(name), match.group("role")


def _role_after(header: list[Line], index: int) -> tuple[str, Line] | None:
    """The post on the line after the speaker's, if that line opens a post."""
    if index + 1 < len(header):
        line = header[index + 1]
        if ROLE_START.match(line.text) and line.block == header[index].block:
            return line.text.rstrip(" ,"), line
    return None


def find_people(header: list[Line], lines: list[Line], title: str | None) -> People:
    evidence: list[Evidence] = []
    speaker = role = None
    for index, line in enumerate(header):
        match = _INTRODUCED.search(line.text)
        candidate = None
        if match:
            candidate = _name_from(match.group("rest") or match.group("rest2") or match.group("rest3"))
            method = "header: delivered by"
        elif honorifics().match(line.text):
            candidate = _name_from(line.text)
            method = "header: name with honorific"
        if candidate:
            speaker, inline_role = candidate
            evidence.append(Evidence("speaker", line.text, line.number, method))
            if inline_role and ROLE_START.match(inline_role):
                role = inline_role.rstrip(" ,")
                evidence.append(Evidence("speaker_role", line.text, line.number, "header: after the speaker's name"))
            elif (found := _role_after(header, index)) is not None:
                role, role_line = found
                evidence.append(Evidence("speaker_role", role_line.text, role_line.number,
                                         "header: line after the speaker's name"))
            break

    signatories = []
    for index, line in enumerate(lines):
        signed = _SIGNED.match(line.text)
        if signed and (candidate := _name_from(signed.group("rest"))):
            signatories.append((candidate[0], line, index))
    speakers = list(dict.fromkeys([speaker] if speaker else []))
    for name, line, _index in signatories:
        if name not in speakers:
            speakers.append(name)
            evidence.append(Evidence("speakers", line.text, line.number, "signature: (Signed)"))
    if speaker is None and signatories:
        speaker, line, index = signatories[0]
        evidence.append(Evidence("speaker", line.text, line.number, "signature: first (Signed) line"))
        role, role_evidence = _signatory_role(title, lines, index)
        if role_evidence:
            evidence.append(role_evidence)
    return People(speaker, tuple(speakers), role, tuple(evidence))


def _signatory_role(title: str | None, lines: list[Line], index: int):
    """A signatory's post: from the title ("from the Permanent Representative of
    X ... addressed to") when it names a person's post, else the lines under
    the signature."""
    if title and (match := _ROLE_IN_TITLE.search(title)):
        post = match.group("role")
        if ROLE_START.match(post) and not re.match(r"Permanent\s+Mission", post, re.IGNORECASE):
            return post, Evidence("speaker_role", title, None, "title: from the POST addressed to")
    below = []
    for line in lines[index + 1:index + 4]:
        if not ROLE_START.match(line.text) or line.block != lines[index].block:
            break
        below.append(line)
    if below:
        return " ".join(line.text for line in below), Evidence(
            "speaker_role", below[0].text, below[0].number, "signature: lines under the name")
    return None, None
