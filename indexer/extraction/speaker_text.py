"""The speaker where no heading names them, read from the text: the opening's "delivered
by First Secretary X" or "My name is X", a line "As delivered by Ambassador X, Head
of Delegation" anywhere, a meeting record's "Mr. X (State):", and an interview's
answers tagged by the interviewee's name. A letter's signatory is read in
signatures.py, the person a press release reports in reported_speakers.py.
"""

from __future__ import annotations

import re

from indexer.extraction.doctypes import dashed_questions
from indexer.extraction.full_names import named_in_lead, tagged_in_lead, titled_in_full
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import Line
from indexer.extraction.locations import FIRST_PERSON_WORD
from indexer.extraction.names import (
    NAME_AND_STATE,
    is_post,
    is_rank_title,
    normalize_name,
    strip_honorifics,
)
from indexer.extraction.patterns import (
    QUESTION_LABEL,
    SENTENCE_END,
)
from indexer.extraction.persons import (
    ARTICLE,
    MENTION,
    Candidate,
    intros_in,
    read_person,
)
from indexer.extraction.posts import (
    post_after,
)

OPENING_INTRO_LENGTH = 600
# How far into a press release its report of who delivered the statement is read.
# The readings of a transcript's labels, which name the speaker by surname often ('X Y: ...').
TRANSCRIPT_ANSWER = "transcript: NAME: answer"
TRANSCRIPT_OPENING = "transcript: POST NAME: opening remarks"
REPORTED_INTRO_LENGTH = 2400
# A sentence joining another's statement (beside one in the first person, locations.FIRST_PERSON_WORD).
_JOINING = re.compile(r"\balign|\bassociat|\bendorse|\bon\s+behalf\b")
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")


_END_BYLINE = re.compile(r"^(?:(?:statement|remarks)\s+)?(?:as\s+)?delivered\s+by\s*:?\s+", re.IGNORECASE)


# A verbatim record numbers its paragraphs ('2. Mr. X (State): ...'); a summary record reports the speaker in the
# third person ('Mr. X (State), speaking in exercise of the right of reply, said that ...').
_RECORD_SPEAKER = re.compile(
    rf"^(?:\d{{1,3}}\.\s+)?{NAME_AND_STATE}\s*(?:\([^()]*\)\s*)?(?::|,\s+(?:speaking\s|said\s+that\b))")


# Who led a delegation speaks for it only when the release names no one before ('Ambassador X recounted ...
# The delegation was led by Y' reports two people).
_LED = re.compile(r"\b(?:led|headed|conduite|dirigée|encabezada|presidida|liderada)\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b(?:Ambassador|Amb\.|H\.\s?E\.|Minister|President|Secretary|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
                           r"Embajador[a]?|Ministr[oa]|Ministre|Ambassadeur)\s+(?-i:[A-Z])")


# A body that heard or welcomed a briefing or a statement: its speaker is the occasion's ('The Council today heard a
# briefing by Special Envoy X').
HEARD = re.compile(r"\b(?:heard|hears|listened\s+to|welcomed|welcomes|noted)\s+(?:a|an|the)\s+$", re.IGNORECASE)


# A speech aligning itself with another's statement: 'Norland aligns itself with the joint statement delivered today
# by Ambassador X of Westland'. The one named delivered that statement, not this one.
_ALIGNS_WITH = re.compile(r"\balign(?:s|ed)?\s+(?:itself|ourselves|myself|themselves)\s+(?:fully\s+)?with\b",
                          re.IGNORECASE)


def _sentence_up_to(text: str, end: int) -> str:
    """The words of the sentence `end` falls in, up to it."""
    return text[max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1:end]


def introduced_in_opening(opening: str) -> Candidate | None:
    """'Following is the text of the right of reply delivered by First Secretary X': a heading's
    words inside the first paragraph; a bare 'by' is not read there. Further into a press release
    ('This came in the statement of the State of Qatar delivered by HE Permanent Representative ... X',
    'The draft resolution was introduced by the Deputy Minister ..., X, who') only a person given with
    the post, in a sentence that is the release's own voice (not 'we align ourselves with the statement
    delivered by ...')."""
    text = opening[:REPORTED_INTRO_LENGTH]
    for intro in intros_in(text):
        if intro.group(0)[:2].casefold() == "by" or MENTION.search(text[:intro.start()]) \
                or HEARD.search(text[:intro.start()]) or _ALIGNS_WITH.search(_sentence_up_to(text, intro.start())):
            continue
        far = intro.start() >= OPENING_INTRO_LENGTH
        if far and _in_another_voice(text[:intro.start()]):
            continue
        if _LED.search(intro.group(0)) and _NAMED_BEFORE.search(text[:intro.start()]):
            continue  # the release reports another before the head of delegation: no single speaker
        found = read_person(text[intro.end():intro.end() + 240].split("\n", 1)[0], single=False)  # its own line
        # A mission's rank before the name is a title when the post follows it ('a cargo de la Consejera X,
        # Representante Permanente Alterna ...').
        title = found and found.before and is_rank_title(ARTICLE.sub("", found.before))
        role = found and ((not title and found.before) or post_after(found.after) or found.before)
        if found and (role or not far):
            line = Line(0, text[max(0, intro.start() - 80):intro.end() + 160], 0)
            confidence = 0.6 if _LED.search(intro.group(0)) else 0.65 if far else 0.75
            return Candidate(found.name, role, line, line, "opening: delivered by NAME", confidence)
    return None


# A speaker who introduces themself in the opening, as youth delegates and civil society do: 'My name is X, and I am
# the Youth Delegate of Y', 'Mi nombre es X', 'Je m'appelle X'.
_MY_NAME = re.compile(r"\b(?:my\s+name\s+is|mi\s+nombre\s+es|me\s+llamo|je\s+m['’]appelle|mein\s+name\s+ist)\s+",
                      re.IGNORECASE)
_AND_I_AM = re.compile(r"^,?\s*(?:and\s+)?(?:I\s+am|I['’]m|y\s+soy|et\s+je\s+suis|und\s+ich\s+bin)\s+"
                       r"(?:the\s+|el\s+|la\s+|le\s+)?", re.IGNORECASE)


_QUOTE_OPEN = re.compile(r"[“\"«„]")


# ... or, as a head of delegation may open, with the pronoun set off before the name and post, then the verb: 'I,
# Ambassador X, Permanent Representative of Y, take the floor', 'I, X, Executive Director of Y, have the honour'.
_I_COMMA = re.compile(r"(?<![\w'’])I,\s+")
_FIRST_PERSON_VERB = re.compile(r"^\s*,\s+(?:have|take|am|wish|would|hereby|had)\b")


def _pronoun_set_off(opening: str) -> Candidate | None:
    """'I, Ambassador X, Permanent Representative of Y, take the floor ...': the name in full and its post, where
    the verb of the first person follows them."""
    for match in _I_COMMA.finditer(opening[:REPORTED_INTRO_LENGTH]):
        found = read_person(strip_honorifics(opening[match.end():match.end() + 300]), single=False)
        if found is None or found.prefix or len(found.name.split()) < 2:
            continue
        post = post_after(found.after)
        rest = found.after[found.after.find(post) + len(post):] if post else found.after
        if _FIRST_PERSON_VERB.match(rest):
            line = Line(0, opening[match.start():match.end() + 200], 0)
            return Candidate(found.name, post, line, line if post else None, "opening: I, NAME, POST, verb", 0.8)
    return None


def self_introduced(opening: str) -> Candidate | None:
    """'My name is Jane Example, and I am the Youth Delegate of X': the name in full, and the post it gives."""
    match = _MY_NAME.search(opening[:REPORTED_INTRO_LENGTH])
    if match is None:
        return _pronoun_set_off(opening)
    if match and _QUOTE_OPEN.search(_SENTENCE_START.split(opening[:match.start()])[-1]):
        return None  # a survivor's words the statement quotes ('... told us: “My name is X”')
    found = read_person(opening[match.end():match.end() + 240], single=False) if match else None
    if found is None or found.prefix or len(found.name.split()) < 2:
        return None
    post = post_after(_AND_I_AM.sub(", ", SENTENCE_END.split(found.after, maxsplit=1)[0], count=1))
    line = Line(0, opening[match.start():match.end() + 160], 0)
    return Candidate(found.name, post, line, line if post else None, "opening: my name is NAME", 0.8)


def _in_another_voice(before: str) -> bool:
    """The sentence ending in `before` speaks for the delegation or joins another's statement: not a
    release telling who delivered."""
    sentence = _SENTENCE_START.split(before)[-1]
    return bool(FIRST_PERSON_WORD.search(sentence) or _JOINING.search(sentence))


def record_speaker(lines: list[Line]) -> Candidate | None:
    """A UN meeting record names who speaks as 'Mr. Akram (Pakistan):' at the head of the words."""
    for line in lines[:40]:
        match = _RECORD_SPEAKER.match(line.text)
        if match and canonical_country(match.group("state")):
            return Candidate(normalize_name(match.group("name")), None, line, None, "record: Mr. X (State):", 0.75)
    return None


# A transcript of an interview or a briefing: a question, then the one who answers named before a colon
# ('Question: ...' / 'Deputy Minister Aizada X: Thank you ...'; 'Q: ...' / 'Spokesperson Mao X: ...').
_QUESTION = re.compile(rf"{QUESTION_LABEL}\s", re.IGNORECASE)
_ANSWERER = re.compile(r"^(?P<who>[^:.!?]{3,90}?)\s*:\s+\S")
# A transcript may tag the answers with the interviewee's surname alone ('Example-Smith: ...').
_SURNAME_TAG = re.compile(r"^[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?$")
# A newspaper's or a broadcaster's interview labels its questions with the outlet's name ('The Daily Example: What
# will the Mission work on?'): a name of one to five capitalized words (joined by 'of', 'de', ...) before a question;
# a clause before a colon ('Many ask: is ...?') is prose, not a label.
_OUTLET_WORD = r"(?:[A-ZÀ-Þ][\w'’&-]*|of|the|de|du|des|la|le|del|y|et|and)"
_ASKED = re.compile(rf"^(?P<who>[A-ZÀ-Þ][\w'’&-]*(?:\s+{_OUTLET_WORD}){{0,4}})\s*:\s+[^?]*\?[\s\"”»]*$")
# A verb in the label makes it a clause ('People Ask:', 'Critics Wonder:').
_LABEL_VERB = re.compile(r"\b(?:asks?|asked|says?|said|wonders?|wondered|demandent|demande|preguntan?|fragen?)\b",
                         re.IGNORECASE)


def _outlet_asks(text: str) -> re.Match | None:
    """An interviewer's label (an outlet's name, no verb) before a question."""
    match = _ASKED.match(text)
    return match if match and not _LABEL_VERB.search(match.group("who")) else None


def _asks(text: str) -> re.Match | None:
    """A transcript's question: 'Question:', 'Q:', or an interviewer's label before a question."""
    return _QUESTION.match(text) or _outlet_asks(text)


def _asked_again(lines: list[Line], label: str) -> bool:
    """An outlet's label is read as an interviewer's only when it labels another line below, a question or a
    remark ('ZNS: Critics say ...'): one labelled question followed by a named line is as likely a quoted question
    in prose."""
    return any(re.match(rf"{re.escape(label)}\s*:\s+\S", line.text) for line in lines)


def interviewed(lines: list[Line]) -> Candidate | None:
    """The one who answers the first question of a transcript, named in full or behind a post or an honorific
    ('Deputy Minister Aizada X:'), with the post written before the name; an 'Answer:' line names no one. An
    interviewee answering by honorific and surname ('Ambassador X:') is named in full where the lead does
    ('..., Ambassador Ruth X, spoke to ...')."""
    for index, line in enumerate(lines[:80]):
        asked = _asks(line.text)
        if not asked or ("who" in asked.groupdict() and not _asked_again(lines[index + 2:80], asked.group("who"))):
            continue
        for answer in lines[index + 1:index + 4]:
            match = _ANSWERER.match(answer.text)
            if match is None or _asks(answer.text) or match.group("who") == asked.groupdict().get("who"):
                continue
            who = match.group("who")
            if opening := _opening_remarks(lines[:index], who):
                return opening
            found = read_person(who, single=True)
            lead = "\n".join(above.text for above in lines[:index])
            if _SURNAME_TAG.match(who) and (in_full := named_in_lead(Candidate(who, None, answer, None,
                                                                                "transcript: SURNAME: answer", 0.75),
                                                                      lead)):
                return in_full  # a bare surname ('X:') the lead names in full behind a title
            if tagged := tagged_in_lead(who, answer, lead):
                return tagged  # initials ('TRM:') the lead sets after the name in full ('Ambassador X Y Z (TRM)')
            if not found or found.after.strip():
                continue
            candidate = Candidate(found.name, found.before, answer, answer, TRANSCRIPT_ANSWER, 0.8)
            if found.before or len(found.name.split()) >= 2 or strip_honorifics(who) != who:
                title = re.escape(found.prefix.strip())  # the title the answers give ('Embajadora X:')
                in_full = (" " not in found.name and title and titled_in_full(candidate, lead, title)) or candidate
                return in_full if in_full.role else (titled_in_full(in_full, lead) or in_full)
        return None
    return None


# An interview printed as dashed questions and answers labels no one: its lead names whom the outlet spoke with, the
# post set off after the name ('... the correspondent spoke on 21 March 2023 with Aigerim X, Permanent Representative
# of Kazakhstan to the United Nations, about ...'; 'in an interview with Ruth X, Minister of ...').
_SPOKE_WITH = re.compile(r"\b(?:(?:spoke|talked)(?:\s+on\s+[^,.;]{4,30}?)?\s+(?:to|with)|interviewed|"
                         r"(?:an\s+)?interview\s+with)\s+(?=[A-ZÀ-Þ])")
_LEAD_LINES = 12


def interviewee_in_lead(lines: list[Line]) -> Candidate | None:
    """The one a dashed interview's lead says the outlet spoke with, named in full with the post after the name,
    where two dashed questions below make the page the interview (a call's readout, 'spoke with the Minister of X',
    asks none)."""
    if len(dashed_questions("\n".join(line.text for line in lines[:80]))) < 2:
        return None
    for line in lines[:_LEAD_LINES]:
        for spoke in _SPOKE_WITH.finditer(line.text):
            found = read_person(line.text[spoke.end():], single=False)
            post = post_after(ARTICLE.sub("", found.after.lstrip(" ,"))) if found and found.after.startswith(",") \
                else None
            if found and not found.prefix.strip() and len(found.name.split()) >= 2 and post:
                return Candidate(found.name, post, line, line, "interview: spoke with NAME, POST", 0.7)
    return None


# A press conference's transcript gives the speaker's opening remarks before the first question, labelled with the
# post and the name in full and the tag the answers carry ('Prime Minister Jens X (JMK): Good afternoon ...', then
# 'JMK: We are working ...').
_TAGGED = re.compile(r"^(?P<person>.+?)(?:\s+\((?P<tag>[A-ZÀ-Þ][\w.'’ -]{0,20})\))?$")


def _opening_remarks(above: list[Line], answerer: str) -> Candidate | None:
    """The speaker who opened the transcript with remarks and answers its first question as `answerer`: by their
    tag, their surname or the same label."""
    for line in above:
        match = _ANSWERER.match(line.text)
        tagged = _TAGGED.match(match.group("who")) if match else None
        found = read_person(tagged.group("person"), single=False) if tagged else None
        if found is None or found.after.strip() or not found.before or not is_post(found.before) \
                or len(found.name.split()) < 2:
            continue
        if answerer in {tagged.group("tag"), match.group("who"), found.name.split()[-1]}:
            return Candidate(found.name, found.before, line, line, TRANSCRIPT_OPENING, 0.8)
    return None


def byline_anywhere(lines: list[Line], header: list[Line]) -> Candidate | None:
    """'As delivered by Ambassador Michael Kozak, Head of Delegation, ...' on a line of its own,
    at the foot of the page as often as at its head."""
    in_header = {line.number for line in header}
    for line in lines:
        if line.number in in_header or not (match := _END_BYLINE.match(line.text)):
            continue
        found = read_person(line.text[match.end():], single=False)
        if found:
            return Candidate(found.name, found.before or post_after(found.after), line, line,
                             "byline: as delivered by", 0.85)
    return None
