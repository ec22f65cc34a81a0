"""Resolutions cited in words, as the UN document symbols they name.

A speech writes "Security Council resolutions 242 (1967) and 338 (1973)" far
more often than "S/RES/242 (1967)": both must find the statement when a user
searches for the symbol. The conventions (archive/data/symbols.json,
"resolutions"): a General Assembly resolution is session/number ("76/1",
"ES-11/1"); a Security Council resolution is a number, its year in
parentheses ("242 (1967)"). A bare "resolution 242" names a symbol only when
the Security Council is named before it; a resolution of another body
("World Health Assembly resolution 60/1") names none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from indexer.extraction.patterns import just_before

_GA_ITEM = r"(?:ES-\d{1,2}|\d{1,2})/\d{1,4}"
_SC_ITEM = r"\d{1,4}(?:\s{0,2}\((?:19[4-9]\d|20\d\d)\))?"
_OLD_GA_ITEM = r"\d{1,4}\s{0,2}\([IVXL]+\)"  # "181 (II)": kept in a list, named by no symbol here
_ITEM = rf"(?:{_GA_ITEM}|{_OLD_GA_ITEM}|{_SC_ITEM})(?![\w/-])"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)"
_ITEMS = rf"(?P<items>{_ITEM}(?:{_SEPARATOR}{_ITEM})*)"
# "resolutions, in particular 242 (1967)": the items may follow a word that picks them out.
_PICKING = r"(?:,?\s+(?:in\s+particular|particularly|especially|notably|including|namely))?,?"
_CITATION = re.compile(rf"\b[Rr]esolutions?{_PICKING}\s+{_ITEMS}")
# The Official Records' editorial brackets after a resolution named in words: "the Security Council
# resolution of 22 November 1967 [242 (1967)]"; only after the word "resolution" (BRACKET_REACH).
_BRACKETED = re.compile(rf"\[{_ITEMS}\]")
_RESOLUTION_WORD = re.compile(r"\b[Rr]esolutions?\b")
BRACKET_REACH = 120
_ONE_ITEM = re.compile(_ITEM)
_SC_PARTS = re.compile(r"(?P<number>\d{1,4})(?:\s{0,2}\((?P<year>\d{4})\))?")
# The capitalized words right before "resolution": "Security Council", "World Health Assembly", "the Council's".
_NAMED_BEFORE = re.compile(r"((?:[A-Z][\w.-]*(?:['’]s)?\s+(?:(?:and|of|on|for)\s+)?)+)$")
# Capitalized because a sentence starts there, not because they name a body.
_SENTENCE_WORDS = {"In", "The", "By", "Under", "Its", "Their", "Our", "This", "That", "These", "Of", "And", "With",
                   "See", "Also", "Both", "Since", "Through", "As", "Per", "Pursuant", "Following", "From", "To",
                   "On", "For", "Like", "After", "Before", "But", "Thus", "If", "When", "While", "Although",
                   "Including", "Especially", "Particularly", "Only", "Even", "Yet"}
_SENTENCE_START = re.compile(r"^(?:" + "|".join(sorted(_SENTENCE_WORDS)) + r")\s+")
_CONNECTORS = ("and", "of", "on", "for")
# Characters back to the sentence's start, where "the Security Council, in its resolution 1373" names the body.
SENTENCE_REACH = 150


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    data = vocabulary.load_data("symbols")["resolutions"]
    bodies = data["bodies"]
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(bodies, key=len, reverse=True))
    return bodies, data["series"], re.compile(rf"\b(?:{names})\b")


def _named_before(before: str) -> str | None:
    """The body named right before 'resolution' ('United Nations Security Council' is the Security
    Council's); 'other' for one that is none of the vocabulary's ('World Health Assembly')."""
    bodies = _data()[0]
    named = _NAMED_BEFORE.search(before)
    if not named:
        return None
    words = re.sub(r"['’]s\s*$", "", " ".join(named.group(1).split()))
    words = re.split(r"(?<=[a-z]{2}\.)\s", words + " ")[-1].strip()  # the sentence's own: not "Middle East."
    words = _SENTENCE_START.sub("", words)
    words = re.sub(r"^(?:United\s+Nations|UN|U\.N\.)(?:\s+|$)", "", words)
    if words in bodies:
        return bodies[words]
    for body in bodies:  # "Observance of Security Council": the words before a connector are not the body's
        rest = words[:-len(body)].split() if words.endswith(" " + body) else None
        if rest and rest[-1] in _CONNECTORS:
            return bodies[body]
    return "other" if words and words not in _SENTENCE_WORDS else None


def _named_in_sentence(before: str) -> str | None:
    """The body named last in the sentence so far: 'the Security Council, in its resolution 1373'."""
    bodies, _series, body_names = _data()
    sentence = re.split(r"[.;!?]\s", before[-SENTENCE_REACH:])[-1]
    found = body_names.findall(sentence)
    return bodies[" ".join(found[-1].split())] if found else None


def _symbol(item: str, before: str) -> str | None:
    """The symbol of one cited item, or None when the conventions do not say which it is."""
    series = _data()[1]
    body = _named_before(before)
    if re.fullmatch(_GA_ITEM, item):
        if body is None:
            body = "Human Rights Council" if _named_in_sentence(before) == "Human Rights Council" else None
        prefix = series.get(body or "General Assembly")
        return prefix + item if prefix and body != "Security Council" else None
    parts = _SC_PARTS.fullmatch(item)
    if parts is None:  # an old General Assembly resolution, "181 (II)"
        return None
    if parts["year"] and body in (None, "Security Council", "Council"):
        return f"{series['Security Council']}{parts['number']} ({parts['year']})"
    if not parts["year"] and (body or _named_in_sentence(before)) == "Security Council":
        return series["Security Council"] + parts["number"]
    return None


def find_resolutions(text: str) -> list[str]:
    """The symbols of the resolutions a text cites in words, in order of first citation."""
    found = []
    for citation in _citations(text):
        before = text[max(0, citation.start() - SENTENCE_REACH):citation.start()]
        for item in _ONE_ITEM.finditer(citation.group("items")):
            if symbol := _symbol(item.group(0), before):
                found.append(symbol)
    return list(dict.fromkeys(found))


def _citations(text: str):
    """'resolution(s) ITEMS', and bracketed ITEMS shortly after the word resolution, in order."""
    bracketed = [match for match in _BRACKETED.finditer(text)
                 if just_before(_RESOLUTION_WORD, text, match.start(), BRACKET_REACH)]
    return sorted([*_CITATION.finditer(text), *bracketed], key=lambda match: match.start())
