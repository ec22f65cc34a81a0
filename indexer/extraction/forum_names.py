"""Where a text names a forum: the vocabulary's names, aliases and patterns of each body (archive/data),
matched as venues. A body that is the subject and not the venue is skipped ("on the report of the Economic
and Social Council", "Security Council reform", "a seat on the Security Council"); where two names
overlap the longest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from indexer.extraction.patterns import Taken, just_before

# The body is what the words around it are about, not where they are said; a spokesperson's answer to a question
# about a meeting ('to a media question regarding the outcome of the OSCE Ministerial Council') is given elsewhere,
# and a ministry welcoming a court's ruling ('welcomes the Advisory Opinion of the International Court of Justice')
# speaks at home of what the court decided, as a government welcoming a body's decision ('welcomes the adoption of
# the Pact for the Future by the General Assembly', 'salue l'adoption par le Conseil de sécurité') speaks of it. The
# General Assembly's debate on a veto is named after 'the veto cast in the Security Council': there it was cast.
_SUBJECT_BEFORE = re.compile(
    r"(?:(?:report|reports|work|members|membership|election|elections|reform|(?:advisory\s+)?opinions?|"
    r"judge?ments?|rulings?)\s+of|seats?\s+on|(?:re-?)?elected\s+"
    r"(?:to|as\s+(?:a\s+)?members?\s+of)|\bveto(?:es)?\s+(?:cast|used|exercised)\s+in|candidac(?:y|ies)\s+"
    r"(?:for|to)|candidatures?\s+(?:for|to)|elections?\s+to|membership\b[^.;:]{0,60}\b(?:in|of|on)"
    r"|\bquestions?\s+(?:regarding|about|on|concerning)\b[^.;:?]{0,60}?"
    # ... a Secretariat department named after the body it serves ('Department for General Assembly and Conference
    # Management', a UN page's banner).
    r"|\bDepartment\s+for"
    # ... what a State commits to or joins ('T&T reaffirms commitment to Arms Trade Treaty at UN First Committee',
    # 'accession to the Convention'), or a meeting's follow-up ('the follow-up to the UN 2023 Water Conference').
    r"|\b(?:commitment|committed|support|accession|adherence|adhesion|follow-up|contributions?)\s+to"
    r"|\b(?:welcom\w*|salue|se\s+f[ée]licite\s+de|celebra|acoge\s+con\s+beneplácito|begrüßt)\s+"
    r"(?:the\s+|l['’]|la\s+|die\s+)?"
    r"(?:adoption|adopción|Annahme|Verabschiedung)\b[^.;:]{0,80}?\s(?:by|par|por|durch))"
    r"\s+(?:the\s+|la\s+|le\s+|el\s+|l['’]|die\s+)?$",
    re.IGNORECASE)
# How far before a body's name its subject words are looked for (the longest, 'membership ... in the', is under 100
# characters): searching all the text before each name made a line naming hundreds of them quadratic.
_SUBJECT_REACH = 120
_SUBJECT_AFTER = re.compile(r"\s+(?:reform|elections?|membership|candidac(?:y|ies)|candidatures?)\b", re.IGNORECASE)
# ... nor a court's opinion or judgment named after it ('follow-up to ICJ Advisory Opinion on Climate Change'): what the
# court decided, spoken of elsewhere; unless the line labels the proceedings themselves, where a State pleads before
# the court in the case named after its opinion ('ICJ Advisory Opinion on ... – Oral Statement', '... Public Hearing').
_DECISION_AFTER = re.compile(r"\s+(?:(?:advisory\s+)?opinions?|judg(?:e)?ments?|rulings?)\b", re.IGNORECASE)
_PROCEEDINGS = re.compile(r"\b(?:oral\s+(?:statement|argument|pleading|submission)s?|(?:public\s+)?hearings?|"
                          r"pleadings?|public\s+sittings?|before\s+the\s+Court|plaidoiries?|exposés?\s+oral|"
                          r"audiencias?\s+p[úu]blicas?|alegatos?\s+orales?)\b", re.IGNORECASE)
# A council whose members the General Assembly elects, followed by a State's term on it: 'Denmark in the Security
# Council 2025-2026', a mission site's banner, not a venue.
_TERM_AFTER = re.compile(r"\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b")
ELECTED_COUNCILS = {"UN Security Council", "UN Human Rights Council", "UN Economic and Social Council"}
_DASH = "[-‐‑–—\\s]?"  # 'Anti–Personnel', 'High Level', 'Cooperation': hyphens vary between sources


@dataclass(frozen=True)
class ForumMatch:
    name: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern, str, tuple[str, ...], str, bool], ...]:
    """(pattern, canonical name, context words, the first word any text naming it holds, whether in any case);
    acronyms match in capitals only. A number may follow a hyphen ('HRC-52', 'UNGA-78'); a word may not
    ('Council-mandated'). A pattern that is a meeting's own name ('High-level Plenary Meeting on ...') is written
    as a lookahead: it names the body and leaves the words to the meeting."""
    patterns = []
    for forum in vocabulary.forums():
        context = dict(forum.in_context)
        for alias in sorted({forum.name, *forum.aliases, *context}, key=len, reverse=True):
            words = re.escape(alias).replace(r"\ ", r"\s+").replace(r"\-", _DASH).replace("'", "['’]")
            any_case = not alias.isupper()
            patterns.append((re.compile(rf"(?<![\w-]){words}(?![A-Za-z]|-[A-Za-z])", re.IGNORECASE if any_case else 0),
                             forum.name, context.get(alias, ()), _first_word(alias, any_case), any_case))
        for pattern in forum.patterns:
            patterns.append((re.compile(pattern, re.IGNORECASE), forum.name, (), "", True))
    return tuple(patterns)


# Most lines name no body, and searching each of some 400 names in every line was a fifth of extraction's time: a
# name is searched only in a text holding its first word. The word is compared in lower case, as IGNORECASE reads
# it, when it is in ASCII: the only other letters IGNORECASE takes for ASCII ones ('İ', 'ı', 'ſ', the Kelvin sign)
# are lowered to them first. A name whose first word is not in ASCII ('Güvenlik') is always searched.
_TO_ASCII_LETTERS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})  # 'İ'.lower() is 'i' and a dot above


def _first_word(alias: str, any_case: bool) -> str:
    """The alias's words up to the first space, hyphen or apostrophe (which its pattern reads loosely); '' when
    they are not in ASCII, so that every text is searched for it."""
    word = re.split(r"[\s'’-]", alias, maxsplit=1)[0]
    if not word.isascii():
        return ""
    return word.lower() if any_case else word


@lru_cache(maxsize=4096)
def all_spans(text: str) -> tuple[tuple[ForumMatch, tuple[str, ...]], ...]:
    """Every alias and pattern found in `text`, with the context words it needs (cached: lines are read often)."""
    lowered = text.lower().translate(_TO_ASCII_LETTERS)
    return tuple((ForumMatch(name, match.start(), match.end()), needs)
                 for pattern, name, needs, word, any_case in _alias_patterns()
                 if word in (lowered if any_case else text) for match in pattern.finditer(text))


def forum_matches(text: str, context: str | None = None) -> list[ForumMatch]:
    """Forums named in `text` as venues, in the order they appear, with their spans.
    An alias that needs a context word counts only if `context` (or `text`) has one."""
    spans = [span for span, needs in all_spans(text) if not needs or any(word in (context or text) for word in needs)]
    return [match for match in longest(spans)
            if not (just_before(_SUBJECT_BEFORE, text, match.start, _SUBJECT_REACH)
                    or _SUBJECT_AFTER.match(text, match.end)
                    or _DECISION_AFTER.match(text, match.end) and not _PROCEEDINGS.search(text)
                    or match.name in ELECTED_COUNCILS and _TERM_AFTER.match(text, match.end))]


def longest(spans: list[ForumMatch]) -> list[ForumMatch]:
    """Where two names overlap, the one starting first wins, and of two starting together the longest ('Third
    Committee on the rights of the child' is the Assembly's committee and its subject, not the treaty body); the rest
    in text order."""
    taken, kept = Taken(), []
    for match in sorted(spans, key=lambda m: (m.start, m.start - m.end)):
        if not taken.overlaps(match.start, match.end):
            taken.add(match.start, match.end)
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def forums_in(text: str, context: str | None = None) -> list[str]:
    """Canonical forums named in `text` as venues, in the order they appear."""
    return list(dict.fromkeys(m.name for m in forum_matches(text, context)))



# The Organization after its organ: 'of the United Nations', and in French, Spanish, Portuguese 'des Nations Unies',
# 'de las Naciones Unidas', 'das Nações Unidas', 'de l'ONU'.
OF_THE_UN = re.compile(r"\s*(?:\bof\s+the\s+United\s+Nations|\b(?:des|de\s+las|das|de\s+l['’]|da)\s*"
                       r"(?:Nations\s+Unies|Naciones\s+Unidas|Nações\s+Unidas|ONU))\b", re.IGNORECASE)


def is_only_a_forum(text: str) -> bool:
    """'The Security Council', 'Meeting of the Human Rights Council', 'the U. N. General Assembly' (the
    Organization's initials before its organ, as older and typed texts write them), 'Consejo de Seguridad de las
    Naciones Unidas': a body's name and nothing else."""
    rest = re.sub(r"\b(?:the|meeting|meetings|(?-i:UN))\b|\bU\.\s?N\.", "",
                  OF_THE_UN.sub("", without_forums(text)), flags=re.IGNORECASE)
    return not rest.strip(" ,;:.")


def without_forums(text: str) -> str:
    """The text with every forum's name taken out."""
    kept, end = [], 0
    for span in longest([span for span, _needs in all_spans(text)]):
        kept.append(text[end:span.start])
        end = max(end, span.end)
    return "".join(kept) + text[end:]

