"""The State or States a right of reply answers, read from its headings and opening.

A right of reply says whom it answers in a few set ways (issue 13): after a
reply formula ("right of reply to the statement made by the representative of
Armenia", "in response to the remarks by the delegations of Georgia and
Ukraine", "comment on statements by X", "réplica a la Delegación de X"), the
first State named as the speaker of what is answered, with the States listed
beside it; or, when no formula names one, the States an opening sentence
makes accusers ("Sweden, Australia and the United States made groundless
accusations against China", "the representative of the Israeli regime ...
accused"). A State named as a topic ("the situation in Ukraine", "accusations
against China") is not the one answered, nor is the State that delivers the
reply. The answered States are kept apart from `country`, the State that speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.gazetteer import canonical_country, country_pattern
from indexer.extraction.lines import Line
from indexer.extraction.patterns import REPLY_TO
from indexer.extraction.states import is_state, state_words

FIELD = "replies_to_states"
# The words before what a reply answers: 'reply to', 'in response to', 'comment on', 'right of reply due to',
# and the same in Spanish and French ('réplica a', 'respuesta a', 'réponse à', matched folded: accents gone).
_REPLY_CUE = re.compile(
    rf"\b(?:{REPLY_TO}|"
    r"comments?\s+on|commenting\s+on|right\s+(?:of|to)\s+reply\s+(?:due\s+to|following|regarding|concerning|"
    r"with\s+regard\s+to|with\s+respect\s+to|in\s+connection\s+with|after))\s",
    re.IGNORECASE)
# The word before a State named as a speaker: 'by', 'of', 'from' ('the statement made by the representative of
# Armenia', 'the delegate from China'), 'de' in Spanish and French. A State after another word ('against China',
# 'in Ukraine', 'about Cuba') is what was spoken about.
_SPEAKER_OF = re.compile(r"\b(?:by|of|from|de|del|du|des|por)\s+$", re.IGNORECASE)
# A speaker or body a State's name or adjective qualifies: 'the US delegation', 'the Israeli regime'.
_BODY = (r"(?i:\s+(?:(?:Permanent|Deputy|Foreign|Prime|Vice)\s+)*(?:delegations?|representatives?|delegates?|regime|"
         r"government|authorities|side|minister|president|ambassador|mission|statement|remarks|intervention)\b)")
# The States listed after the first: 'Georgia and Ukraine', 'Albania & UAE', 'Sweden, Australia, the United States'.
_AND = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&|y|et)\s+|\s*&\s*)", re.IGNORECASE)
# A sentence ends at a stop before a capital (not the stop of 'H.E.', 'U.S.' or 'Mr.'), or with its paragraph.
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)[.!?;](?=\s+[A-Z\"“]|\s*$)|\n\s*\n")
_WORD = re.compile(r"\S+")
# What an accuser does in a reply's opening: 'made groundless accusations', 'accused a State'.
_ACCUSES = re.compile(
    r"\b(?:(?:made|make|makes|levell?ed|raised|repeated|voiced|launched|hurled)\b[^.;]{0,40}?"
    r"\b(?:accusations|allegations|claims|attacks|smears)|accused|attacked|slandered|smeared)\b", re.IGNORECASE)
# The words before an accuser that does not open its sentence: 'the representative of', 'the delegation from'.
_SPEAKER_NOUN = re.compile(r"\b(?:representatives?|delegations?|delegates?)\s+(?:of|from)\s+$", re.IGNORECASE)
# How far into its sentence an accuser's verb may come (a relative clause may stand between).
ACCUSER_REACH = 160
# How much of the opening is read: a reply says whom it answers at once.
OPENING_PARAGRAPHS, OPENING_CHARACTERS = 4, 1500
REPLY_CONFIDENCE, ACCUSER_CONFIDENCE = 0.9, 0.7


@lru_cache(maxsize=1)
def _qualified() -> re.Pattern:
    """A State's name or adjective before its speaker or body, folded: 'the US delegation'."""
    return re.compile(rf"(?<![\w.])(?:the\s+)?({fold(state_words())}){_BODY}")


def _state(name: str | None) -> str | None:
    return name if is_state(name) else None


def _state_at(folded: str, position: int, stop: int, named_as_speaker: bool) -> tuple[str | None, int] | None:
    """(State or None for a name that is no State, its end) of a State named at `position`: by a name where the
    words before make it a speaker, or anywhere by its name or adjective before a speaker ('the US delegation')."""
    if named_as_speaker and (match := country_pattern().match(folded, position, stop)):
        return _state(canonical_country(match.group(1))), match.end()
    if match := _qualified().match(folded, position, stop):
        country = vocabulary.country_named(match.group(1))
        return _state(country.name if country else canonical_country(match.group(1))), match.end(1)
    return None


def _listed(folded: str, first: tuple[str | None, int], stop: int) -> list[str]:
    """The State found and those listed after it ('Azerbaijan and Pakistan'); no State that is not one."""
    state, end = first
    states = [state] if state else []
    while (joint := _AND.match(folded, end, stop)) and (found := _state_at(folded, joint.end(), stop, True)):
        state, end = found
        states += [state] if state else []
    return states


def _sentence_end(folded: str, start: int) -> int:
    end = _SENTENCE_END.search(folded, start)
    return end.start() if end else len(folded)


def _answered_after(folded: str, start: int, own: set[str]) -> list[str]:
    """The first States named as a speaker from `start` to the sentence's end, the reply's own State aside."""
    stop = _sentence_end(folded, start)
    for word in _WORD.finditer(folded, start, stop):
        as_speaker = word.start() == start or bool(_SPEAKER_OF.search(folded, start, word.start()))
        found = _state_at(folded, word.start(), stop, as_speaker)
        if found and (states := [state for state in _listed(folded, found, stop) if state not in own]):
            return states
    return []


def _accusers(folded: str, own: set[str]) -> Iterator[list[str]]:
    """The States of each accuser an opening names: a sentence's subject, or a speaker 'of' a State, whose verb
    of accusing follows in the same sentence."""
    starts = [0, *(end.end() for end in _SENTENCE_END.finditer(folded))]
    for start in starts:
        stop = _sentence_end(folded, start)
        for number, word in enumerate(_WORD.finditer(folded, start, min(stop, start + ACCUSER_REACH))):
            if not (number == 0 or _SPEAKER_NOUN.search(folded, start, word.start())):
                continue
            found = _state_at(folded, word.start(), stop, True)
            accuses = found and _ACCUSES.search(folded, found[1], min(stop, found[1] + ACCUSER_REACH))
            if accuses and (states := [state for state in _listed(folded, found, stop) if state not in own]):
                yield states
                break


def _texts(header: Sequence[Line], opening: str) -> Iterator[tuple[str, int | None]]:
    """Each heading with its line number, then the opening's first paragraphs."""
    for line in header:
        yield line.text, line.number
    for paragraph in [p.strip() for p in opening[:OPENING_CHARACTERS].split("\n\n") if p.strip()][:OPENING_PARAGRAPHS]:
        yield paragraph, None


def find_answered_states(doc_type: str, header: Sequence[Line], opening: str, own: set[str]
                         ) -> tuple[tuple[str, ...], tuple[Evidence, ...]]:
    """The States a right of reply answers, in the order named, and the evidence for each; nothing for
    another kind of document. `own`: the State or States that deliver it, never the ones answered."""
    if doc_type != "right_of_reply":
        return (), ()
    found: dict[str, Evidence] = {}
    texts = list(_texts(header, opening))
    for text, number in texts:
        folded = fold(text)
        for cue in _REPLY_CUE.finditer(folded):
            for state in _answered_after(folded, cue.end(), own):
                found.setdefault(state, Evidence(FIELD, text[:300], number, f"reply to {state}", REPLY_CONFIDENCE))
    if not found:
        for text, number in texts:
            for states in _accusers(fold(text), own):
                for state in states:
                    found.setdefault(state, Evidence(FIELD, text[:300], number,
                                                     f"opening: {state} as the accuser answered", ACCUSER_CONFIDENCE))
    return tuple(found), tuple(found.values())
