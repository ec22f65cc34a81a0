"""Regexes built from word lists: the vocabularies (archive/data) supply the words, so adding a forum,
an honorific or a city is a data change, and these turn many words into one alternative. What
keeps reading a long line linear: the words before a cue looked for near it only, and the spans already
taken by a reading checked against their neighbours only. And the pieces of a convention several readers
look for (a State's possessive before a post, a reply's 'in response to', a transcript's question label),
written once here, below every reader, so that each builds its pattern from the same words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

# The possessive's ending, with a straight or a curly apostrophe: "India's", "India’s".
POSSESSIVE = r"['’]s"
# ... ending a word: 'the Secretary-General's', 'X's Doorstop Interview'.
POSSESSIVE_END = re.compile(rf"{POSSESSIVE}$")
# A State in the possessive before its diplomat's post, read by its shape (one to three capitalized words ending on
# the possessive) where looking every State's name up would cost more than the cue is worth: "India's First
# Secretary", "Saint Lucia's Permanent Representative". The press writes a diplomat so, the State owning the post.
STATES_POSSESSIVE = rf"(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*{POSSESSIVE}\s+"
# The signature of a letter's copy in the languages of the UN and the sites: '(Signed)', '(Signé)', '(Firmado)',
# '(Assinado)', '(Firmato)', '(gez.)' (gezeichnet), '(w.g.)' (was getekend), '(Подпись)', '(توقيع)'.
SIGNED = re.compile(r"\(\s*(?:Signed|Sd|Sgd|Firmado|Firmada|Signé|Signée|Assinado|Assinada|Firmato|Firmata|gez|"
                    r"w\.\s?g|Подпись|Подписано|Підпис|توقيع)\.?\s*\)(?:\s*:)?\s+"
                    # ... or without brackets, the name after a colon on the same line ('Signed: X'), or after the
                    # abbreviation's full stop ('Sgd. X', 'gez. X').
                    r"|^(?:Signed|Sgd|Firmado|Signé)\.?\s*:\s+(?=\S)|^(?-i:Sgd|gez|w\.\s?g)\.\s+(?=\S)", re.IGNORECASE)
# A post read past its sentence's end or a quotation's close ('Prime Minister said. "The Council ..." Prime
# Minister'): no post; 'U.S. Representative' is one.
PAST_THE_POST = re.compile(r"\b[a-z]{3,}[.!?][\"”»]?\s+[A-Z\"“«]|,[\"”»]\s")

# A dateline or a stamp before a press release's first sentence: "GENEVA 04 March 2019 — "; a wire's, its day without
# the year before the agency's credit, or its city alone in capitals: "NEW YORK, Oct. 15 (Yonhap) -- ", "GENEVA -- ".
LEADING_DATELINE = re.compile(r"^(?:[^—–]{0,60}?(?:\d{4}|\((?-i:[A-Z])[\w.]{1,15}\))\s*(?:—|–|-{1,2}|…|\.{3})\s*"
                              r"|(?-i:[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Z.'’]+){0,3})\s+(?:—|–|-{1,2})\s+)")
# The courts and palaces a Gulf or Jordanian post serves at: 'Advisor at the Royal Court', 'Minister of State at the
# Amiri Diwan' name the post's office, no occasion (posts.py and persons.py read them so).
# A sentence ends inside a heading: 'in reply to the US delegation. 31st regular session of ...', in capitals too
# ('... TO THE US DELEGATION. 31ST REGULAR SESSION ...'), but not after an abbreviation ('AMB. IVAN EXAMPLE', 'St.
# Vincent and the Grenadines').
SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Z]{4}))\.\s+(?=[A-Z0-9])")
COURT_OFFICES = ("Royal Court", "Royal Hashemite Court", "Royal Diwan", "Amiri Diwan", "Emiri Diwan")
# A reply's words naming what it answers ('in response to the statement by ...', 'in reply to the letter of ...'):
# whoever is named after them is the one answered, never the one speaking.
IN_RESPONSE_TO = r"in\s+(?:response|reply)\s+to"
# ... and as the sites' other languages write them: 'en respuesta al', 'en réponse aux', 'em resposta ao',
# 'en réplica a' (and folded to plain letters: 'en reponse a').
IN_RESPONSE_TO_ANY_LANGUAGE = (rf"(?:{IN_RESPONSE_TO}|en\s+respuesta\s+al?|en\s+r[ée]ponse\s+(?:à|a|au|aux)"
                               r"|em\s+resposta\s+(?:a|ao|à)|en\s+r[ée]plica\s+al?)")

# A reply's noun or participle and the word before what it answers, in the sites' languages: 'reply to', 'response
# to', 'responding to', 'réplica a', 'respuesta al', 'réponse aux', 'resposta ao' (and folded: 'reponse a').
REPLY_TO = (r"(?:reply|replies|response|responding|replying|r[ée]plica|respuesta|r[ée]ponse|resposta)"
            r"\s+(?:to|a|al|à|au|aux|ao)")

# A transcript's label before a journalist's question, in the sites' languages: 'Question:', 'Q:', 'Question 2:',
# 'Journalist:', 'Вопрос:', 'Пытанне:', 'Питання:', 'Pregunta:', 'Soru:', 'Frage:'. What follows is asked, so it
# names neither the speaker nor the forum.
QUESTION_WORDS = r"(?:Questions?|Q|Journalist|Reporter|Вопрос|Пытанне|Питання|Pregunta|Soru|Frage)"
QUESTION_LABEL = (rf"^{QUESTION_WORDS}"
                  # ... the asking outlet in brackets, as a press conference's transcript names it ('Question
                  # (Danish Broadcasting Corporation): ...').
                  r"\s*(?:\d{1,2}\s*|\([^()\n]{2,60}\)\s*)?[:.]")
QUESTION_LINE = re.compile(QUESTION_LABEL, re.IGNORECASE)
# The Arabic script's letters with their vowel marks, and the Persian and Urdu letters beside them: a character class's
# ranges, for the patterns that read Arabic pages.
ARABIC_LETTERS = "\u0621-\u0652\u0670-\u06d3"


def alternation(words) -> str:
    """Longest first, so 'H.E. Mr.' is not cut at 'H'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# A sentence's lead clause before its subject, which names no one the sentence reports: a participle ('Speaking after
# the vote, the representative of X said'), a circumstance of time or place, or what a reply answers.
LEAD_CLAUSE = re.compile(
    r"^(?:(?:Speaking|Addressing|Delivering|Taking\s+the\s+floor|Leading|Heading)\b[^,.]{0,220}"
    # ... and the same participles and circumstances in French, Spanish and Portuguese releases: 'Intervenant le
    # mercredi lors de la session consacrée à ..., M. X, Directeur général, a présenté', 'Al intervenir en el debate'.
    r"|(?:Intervenant|Prenant\s+la\s+parole|S['’]exprimant|S['’]adressant|Lors\s+d(?:e|u|['’])"
    r"|Au\s+cours\s+d(?:e|u|['’])|"
    r"Interviniendo|Al\s+intervenir|Al\s+tomar\s+la\s+palabra|Intervindo|Discursando|Ao\s+discursar"
    # ... and Russian: 'Выступая в ходе общей дискуссии, заместитель Постоянного представителя X подчеркнул'.
    r"|Выступая|Обращаясь|Принимая\s+участие|Открывая|Представляя)[^,.]{0,160}"
    r"|(?:On|Today|Yesterday|In)\s[^,.]{0,40}(?:,\s+(?:19|20)\d\d)?"
    # ... the occasion's margins, however long its name: 'On the sidelines of the high-level week of the 81st session
    # of the UN General Assembly, the President of X met ...'.
    r"|On\s+the\s+(?:sidelines|margins)\s+of\s[^,.]{0,160}"
    # ... or the one the speaker stands in for: 'En representación del Presidente de la República, la Secretaria de
    # Relaciones Exteriores, X, pronunció ...', 'Au nom du Président de la République, le ministre ...'.
    r"|(?:In\s+representation\s+of|On\s+behalf\s+of|Representing|En\s+representación\s+de|En\s+nombre\s+de"
    r"|Au\s+nom\s+d|En\s+représentation\s+d|Em\s+representação\s+d|Em\s+nome\s+d|Representando\s+a)[^,.]{0,120}"
    # ... or the interview the lead presents, the one interviewed after it: 'In this interview for the mission's
    # newsletter, Ambassador X, Permanent Representative of Y, reflects on ...', 'In an interview with Qatar News
    # Agency (QNA) on the sidelines of the 60th session of the Human Rights Council, Deputy ... X said'.
    r"|In\s+(?:this|an?|the)\s+(?:exclusive\s+)?interview\b[^,.]{0,160}"
    r"|(?:At|During|Upon|Following|Before|After)\s[^,.]{0,100}"
    # ... or what the reply answers, whose speaker is not the one reported: 'In response to the Foreign Minister X's
    # speech at the General Assembly, the First Secretary Y recorded ...'; capitalized as it opens the sentence.
    rf"|(?:(?=In\b)(?i:{IN_RESPONSE_TO})|Responding\s+to|Replying\s+to)\s[^,.]{{0,200}}),\s+")


def without_lead_clauses(sentence: str) -> str:
    """The sentence from its subject on: a second circumstance may follow the first, in lower case after its comma
    ('On 12 November 2025, at the 50th session of the Working Group in Geneva, Ambassador X ... led')."""
    rest = LEAD_CLAUSE.sub("", sentence, count=1)
    if rest != sentence and rest[:1].islower() and (second := LEAD_CLAUSE.match(rest[:1].upper() + rest[1:])):
        return rest[second.end():]
    return rest


def just_before(pattern: re.Pattern, text: str, end: int, reach: int) -> re.Match | None:
    """`pattern` found in the `reach` characters before `end` (one ending on '$' ends there): the words that govern
    a cue stand a few words before it, and searching all a line holds before each cue makes a long line quadratic.
    (Searched in place, so a word boundary at the window's start still sees the letter before it.)"""
    return pattern.search(text, max(0, end - reach), end)


# How far before a cue the words governing it within its clause are looked for: a body's introduction ('Permanent
# Representative of X to the', 'at the 75th meeting of the'), a reply's 'in response to the statement by', a
# courtesy's 'we thank the delegation of' stand a few words before it (the longest under 120 characters).
CLAUSE_REACH = 200


def clause_before(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """`pattern` (ending on '$') found just before `end`, within the CLAUSE_REACH of the words governing a cue."""
    return just_before(pattern, text, end, CLAUSE_REACH)


class Taken:
    """The spans a reading has taken in a text (dates, bodies' names), for the overlaps the next one must avoid.
    Kept in order, each new span is checked against its neighbours only: checking every span taken made a line
    naming hundreds of dates or bodies quadratic. Spans of some length never overlap one another, so the last
    one starting before a span's end reaches furthest; an empty span (a lookahead's) overlaps only a span strictly
    around it."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._points: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span taken."""
        last = bisect_left(self._spans, (end,)) - 1
        if last >= 0 and self._spans[last][1] > start:
            return True
        inside = bisect_right(self._points, start)
        return inside < len(self._points) and self._points[inside] < end

    def add(self, start: int, end: int) -> None:
        if start < end:
            insort(self._spans, (start, end))
        else:
            insort(self._points, start)
