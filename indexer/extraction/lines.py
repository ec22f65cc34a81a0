"""Source lines, the header block, and header lines rejoined where they wrap.

Metadata lives in a document's header: the lines above the first paragraph
of prose ("Mr. President," or "I have the honour ..."). Extraction reads the
header as logical lines, each remembering the source line it starts on, so
every field's evidence can point at the line a person would look at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEADER_LINES = 40
PROSE_LENGTH = 160

_MARKUP = re.compile(r"\*\*|__|^#{1,6}\s+|^>\s*|\\$")
_SALUTATION = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+(?:President|Chair(?:man|person|woman)?|Co-Chairs?|Secretary-General|Moderator|Vice-President)"
    r"|Excellenc(?:y|ies)|Your Excellenc(?:y|ies)|Distinguished (?:delegates|colleagues|participants)"
    r"|Dear (?:colleagues|friends|Mr|Madam|Sir)|Thank you,? (?:Mr|Madam)"
    r"|I have the honou?r|I am taking the floor|I would like to|Allow me|At the outset|Let me)\b",
    re.IGNORECASE,
)
# Header lines that are long but still header: document titles of UN practice.
_TITLE_LINE = re.compile(
    r"^(?:(?:identical\s+)?letters?\s+dated|note\s+verbale\s+dated|annex\s+to\s+the|statement\s+(?:by|of)|"
    r"(?:joint\s+)?statement\s+on\s+behalf)\b",
    re.IGNORECASE,
)
# A line starting like this continues the line above it (a wrapped post or title).
_CONTINUATION_START = re.compile(r"^(?:to|of|and|for|in|on|the|with|from|addressed|&)\b|^[“\"(]")
_CONNECTOR_END = re.compile(r"(?:\b(?:of|to|the|and|for|by|from|on|addressed to|in)|[:,–-])$", re.IGNORECASE)
# ... but these open the meeting part and never continue a post.
_MEETING_START = re.compile(r"^(?:at|before|during|on the occasion of|in the)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the source file
    text: str  # without Markdown markup and surrounding space
    block: int  # lines of one block are not separated by a blank line


def source_lines(text: str) -> list[Line]:
    lines = []
    block = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = _MARKUP.sub("", raw.strip()).strip()
        if not stripped:
            block += 1
            continue
        lines.append(Line(number, " ".join(stripped.split()), block))
    return lines


def is_prose(line: Line) -> bool:
    """The first line of the body: a salutation or a long run of sentences."""
    if _SALUTATION.match(line.text):
        return True
    long_sentences = ". " in line.text or line.text.endswith((".", "。"))
    return len(line.text) >= PROSE_LENGTH and long_sentences and not _TITLE_LINE.match(line.text)


def header_lines(lines: list[Line]) -> list[Line]:
    header = []
    for line in lines[:MAX_HEADER_LINES]:
        if is_prose(line):
            break
        header.append(line)
    return header


def logical_lines(lines: list[Line]) -> list[Line]:
    """Header lines with wrapped continuations joined onto the line they continue.

    Within a block a line joins the one above when it starts like a
    continuation ("to the UN Office ...") or the line above ends on a
    connector ("addressed to"); across a blank line only in the latter case.
    """
    out: list[Line] = []
    for line in lines:
        if out and _continues(out[-1], line):
            previous = out[-1]
            out[-1] = Line(previous.number, f"{previous.text} {line.text}", line.block)
        else:
            out.append(line)
    return out


def _continues(previous: Line, line: Line) -> bool:
    if _MEETING_START.match(line.text) and not _CONNECTOR_END.search(previous.text):
        return False
    ends_open = _CONNECTOR_END.search(previous.text) is not None
    if line.block != previous.block:
        return ends_open and line.text[:1].islower()
    return ends_open or bool(_CONTINUATION_START.match(line.text))
