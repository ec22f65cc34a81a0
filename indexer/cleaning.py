"""Body clean-up as small named steps, each `str -> str` and testable alone.

PDF exports break paragraphs into hard-wrapped lines, hyphenate across line
ends ("zero -\\nsum") and even split a sentence across a blank line at a page
break. These steps rejoin them; text that is not wrapped passes unchanged.
"""

from __future__ import annotations

import re
import statistics

PARAGRAPH_LINE = 160  # a line this long is a paragraph of its own, not a wrapped line
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]\s|\(?[a-z0-9]{1,3}[.)]\s)")
_SENTENCE_ENDS = (".", "!", "?", ":", ";")
_CONNECTOR_END = re.compile(r"\b(?:of|to|the|and|or|for|by|from|in|on|at|with|a|an)$", re.IGNORECASE)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# UTF-8 read once as Windows-1252 and saved again ('â€œ' for '“', 'Ã©' for 'é'): a lead byte's character,
# then its continuation bytes' characters.
_CP1252_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MISREAD_UTF8 = re.compile(f"[\xc2-\xf4][{_CP1252_CONTINUATION}]{{1,3}}")
# Another misreading some corpora carry: the curly quotes and apostrophe as 'ì', 'î' and 'í' ('ìaxis of evilî',
# 'countryís'), known by a quote that opens and closes around words: a text misread so is misread throughout.
_MISREAD_QUOTES = re.compile(r"ì(?=\w[^ì\n]{0,200}?\wî(?!\w))")
_MISREAD_CLOSING = re.compile(r"(?<=\w)î(?!\w)")
_MISREAD_APOSTROPHE = re.compile(r"(?<=[a-z])í(?=[a-z]{0,2}\b)")


def _cp1252_byte(char: str) -> bytes:
    """The byte Windows-1252 writes `char` with; the five bytes it leaves undefined pass as themselves."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return bytes([ord(char)])


def repair_misread_characters(text: str) -> str:
    """Characters a corpus garbled by reading UTF-8 as Windows-1252 ('â€œresponsibility to protectâ€\x9d'), or its
    quotes as 'ì...î', put back: the words around them would otherwise not be found ('protectâ€' is no word)."""
    def reread(match: re.Match) -> str:
        try:
            return b"".join(_cp1252_byte(char) for char in match.group(0)).decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)

    text = _MISREAD_UTF8.sub(reread, text)
    if _MISREAD_QUOTES.search(text):
        text = _MISREAD_APOSTROPHE.sub("’", _MISREAD_CLOSING.sub("”", _MISREAD_QUOTES.sub("“", text)))
    return text


def strip_outer_blank_lines(text: str) -> str:
    return text.strip("\n").rstrip() + "\n" if text.strip() else ""


def join_hyphenated_line_breaks(text: str) -> str:
    """'zero -\\nsum' -> 'zero-sum'; 'post-\\nconflict' -> 'post-conflict'.

    The hyphen is kept: without a dictionary a line-end hyphen is more often
    part of the word (post-conflict) than a soft break.
    """
    return re.sub(r"(\w) ?-\n[ \t]*(?=[a-z])", r"\1-", text)


def _is_wrapped(lines: list[str]) -> tuple[bool, int]:
    """Whether the text is hard-wrapped, and its line width if so."""
    followed = [
        len(line.strip()) for line, nxt in zip(lines, lines[1:], strict=False)
        if line.strip() and nxt.strip()
    ]
    non_empty = sum(1 for line in lines if line.strip())
    long_followed = [n for n in followed if n >= 50]
    if len(long_followed) < 5 or len(long_followed) < 0.3 * non_empty:
        return False, 0
    width = int(statistics.quantiles(long_followed, n=10)[-1]) if len(long_followed) > 1 else long_followed[0]
    return width <= 120, width


def rejoin_wrapped_lines(text: str) -> str:
    """Join hard-wrapped lines back into paragraphs.

    A line continues onto the next when it is nearly full width and the next
    line is not indented, or when it stops mid-sentence and the next goes on in
    lower case ('I congratulate' / 'the Secretary-General ...'); an indent opens
    a new paragraph in these exports.
    """
    lines = text.split("\n")
    wrapped, width = _is_wrapped(lines)
    if not wrapped:
        return text
    out: list[str] = []
    previous = ""
    for line in lines:
        mid_sentence = line.strip()[:1].islower() and not previous.rstrip().endswith(_SENTENCE_ENDS)
        continues = (
            out and previous.strip() and line.strip()
            and (mid_sentence or not line.startswith((" ", "\t")) and len(previous.strip()) >= 0.7 * width)
        )
        if continues:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        elif line.startswith((" ", "\t")) and line.strip() and previous.strip():
            out.extend(("", line))  # an indented line opens a paragraph
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def rejoin_paragraphs_split_at_breaks(text: str) -> str:
    """Join a paragraph cut in two by a blank line (a page break in the source).

    The cut shows as a block ending mid-sentence: on a comma after a long
    run of text, or on a word with the next block starting in lower case.
    """
    blocks = re.split(r"\n[ \t]*\n", text)
    out: list[str] = []
    for block in blocks:
        if out and _continues(out[-1], block):
            out[-1] = out[-1].rstrip() + " " + block.lstrip()
        else:
            out.append(block)
    return "\n\n".join(out)


def _continues(previous: str, block: str) -> bool:
    before = previous.rstrip()
    after = block.lstrip()
    if not before or not after or _LIST_MARKER.match(block):
        return False
    if before.endswith(",") and len(before) >= 60:
        return True
    starts_lower = after[0].islower()
    return starts_lower and (before[-1].isalnum() or _CONNECTOR_END.search(before) is not None)


def separate_paragraph_lines(text: str) -> str:
    """One paragraph per line, as some corpora store them: put a blank line
    between long lines so each reads as its own paragraph. Hard-wrapped text
    (lines of similar, shorter width) was rejoined before and is left alone."""
    lines = text.split("\n")
    long_lines = [line for line in lines if len(line.strip()) >= PARAGRAPH_LINE]
    if len(long_lines) < 3 or len(long_lines) < 0.5 * sum(1 for line in lines if line.strip()):
        return text
    out: list[str] = []
    for line in lines:
        previous = out[-1].strip() if out else ""
        if previous and line.strip() and max(len(previous), len(line.strip())) >= PARAGRAPH_LINE:
            out.append("")
        out.append(line)
    return "\n".join(out)


def trim_line_indents(text: str) -> str:
    """Drop the one-space indents a PDF export leaves at paragraph starts."""
    return re.sub(r"(?m)^ (?=\S)", "", text)


CLEANING_STEPS = (
    normalize_newlines,
    repair_misread_characters,
    join_hyphenated_line_breaks,
    rejoin_wrapped_lines,
    rejoin_paragraphs_split_at_breaks,
    separate_paragraph_lines,
    trim_line_indents,
    strip_outer_blank_lines,
)


def clean_body(text: str) -> str:
    for step in CLEANING_STEPS:
        text = step(text)
    return text
