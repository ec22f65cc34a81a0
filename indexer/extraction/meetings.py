"""The meeting a document was delivered at, as its heading writes it: a session line ("Sixtieth
session"), a heading that starts by naming a meeting ("1257th meeting of the OSCE Permanent Council,
Vienna"), or an "at the ..." phrase ("... at the First Plenary Meeting of the Conference on
Disarmament"), cut where a date, a place, a speaker or the document's own label begins. A session
heading takes the agenda item the header gives on its own line, a meeting heading the segment named
on the line below it; a Security Council agenda item's standing title after the body's name is the
meeting itself. A news release, whose header is a headline, tells its session in its lead. A numbered sitting
is named without the subject it took up, and is taken over a title that names the meeting loosely; site
furniture (breadcrumbs, posting stamps), infinitives after 'to', resolutions, periods and bilateral meetings name
none. How each candidate's text is cut to the meeting's name is meeting_names.py's, how a phrase
inside a line is read meeting_phrases.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from archive.statement import Evidence
from indexer.extraction.dates import find_dates, month_pattern
from indexer.extraction.forum_names import forum_matches, forums_in, is_only_a_forum, without_forums
from indexer.extraction.forums import AGENDA_LINE, PROSE_LINE
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.lines import (
    BREADCRUMB_PARTS,
    BY_SPEAKER,
    ORDINAL,
    Line,
    announces_a_text,
    is_breadcrumb,
    is_formal_title,
    is_posting_stamp,
    names_the_full_text,
)
from indexer.extraction.locations import ADDRESSEE
from indexer.extraction.meeting_forms import (
    conference_part,
    convened_group,
    foreign_heading,
    foreign_meeting,
    goes_on_to_a_meeting,
    is_speaker_line,
    masthead_meeting,
    masthead_session,
    numbered_sitting,
    opens_with_a_foreign_session,
    question_item,
    standard_item,
    working_session,
)
from indexer.extraction.meeting_names import (
    BODY_BEFORE_SITTING,
    BODY_DASH,
    FOREIGN_SITTING,
    LEAD_BEFORE_NUMBER,
    MEETING_WORDS,
    NUMBERED_SESSION,
    NUMBERED_SITTING,
    ONLY_A_LABEL,
    VOTE_LABEL,
    meeting_text,
    quote_open,
    sitting_after_body,
    split_at_dash,
    state_name,
)
from indexer.extraction.meeting_phrases import (
    MEETING_PHRASE,
    PHRASE_TEXT,
    names_a_body,
    phrase_meeting,
)
from indexer.extraction.names import ROLE_START, is_honorific_word
from indexer.extraction.patterns import (
    LEADING_DATELINE,
    POSSESSIVE,
    QUESTION_LINE,
    SENTENCE_END,
)
from indexer.extraction.states import state_words

# A masthead's session line ('Sixtieth session', 'Tenth emergency special session'), run into the second organ's year
# where the two columns were flattened ('Seventy-eighth session Seventy-ninth year'); a body that meets in yearly
# sessions names one by its year, in French and Spanish after it ('Session de 2025', 'Período de sesiones de 2025').
_SESSION_LINE = re.compile(r"^(?:[\w-]+\s+)?(?:emergency\s+)?(?:special\s+|regular\s+|resumed\s+)?session"
                           r"(?:\s+[\w-]+\s+year)?$|^(?:session|sesi[oó]n|per[ií]odo\s+de\s+sesiones)\s+de\s+"
                           r"(?:19|20)\d\d$", re.IGNORECASE)
# A restated title is found by its first words, compared without their punctuation.
_RESTATED_WORDS = 3
_LOOSE_WORD = re.compile(r"[^\w]")
_CAPITAL_START = re.compile(r"^[A-Z]")
# A line that ends on a word needing one after it: an article, a preposition, a conjunction.
_OPEN_END = re.compile(r"\b(?:of|the|and|for|on|to|in|at|de|del|la|las|los|el|y|et|du|des|da|do|der|und)$",
                       re.IGNORECASE)
_OTHER_VOTE_LABEL = re.compile(rf"^(?!explanation\s+of\s+vote\b){VOTE_LABEL}(?=\s)", re.IGNORECASE)
# 'Explanation of vote following the adoption of ...': the meeting is what follows the label.
# A title that opens with its meeting and goes on to the speaker ('Explanation of Vote Following the Adoption of a
# ... Resolution, Ambassador X'): the speaker's line, read for its meeting too.
_OPENS_WITH_MEETING = re.compile(rf"^(?:{VOTE_LABEL}\s+(?:following|after|before|on)\s+)?(?:the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?(?:meeting|session|debate|dialogue|briefing|adoption|segment)\b",
                                 re.IGNORECASE)
# 'Explanation of Vote by Ambassador X on a U.S.-Drafted Security Council Resolution on ...': the meeting is the vote
# on that resolution, the label and its speaker go ('... by X after the UNGA vote on ...' names its vote itself).
_VOTE_LEAD = re.compile(rf"^{VOTE_LABEL}"
                        r"(?:\s+by\s+(?:(?!\b(?:after|following|before|vote)\b).)+?)?\s+"
                        r"(?=on\s+(?:a|the)\s+(?:[\w.’'-]+\s+){0,6}?(?:draft\s+)?resolution\b)", re.IGNORECASE)
# The label's abbreviation in brackets after it, as a page sets its kind: 'Explanation of Vote (EoV)'.
_ABBREVIATION_AFTER = re.compile(r"\s*\((?-i:[A-Z][A-Za-z]{1,5})\)$")
# A meeting's number after its body ('HRC 52', 'Permanent Council No. 1350'), not a date's day ('... 19 жовтня 2017').
_NUMBER_AFTER = re.compile(r"\s*(?:(?:No|Nr|N°|#)\.?\s*)?\d+\b(?!\s+\S+\s+\d{4})", re.IGNORECASE)
_TOPIC_AFTER = re.compile(r"^\d*\s*(?::|\s[-–—])\s+\w")
_ORDINAL_BEFORE = re.compile(r"(?:\b\d{1,4}(?:st|nd|rd|th)?|\b[A-Z][a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\s+(?:the\s+)?$")
# A speech's own title in quotes: '„Responding to European uncertainties ...“'.
_QUOTED_TITLE = re.compile(r"^[„“\"«‘'].*[“”\"»’']$")
# 'Pacific Islands Forum statement for the ...': the document's label, then its meeting.
_LABEL_END = re.compile(r"\b(?:statement|remarks|address|speech)\s*$", re.IGNORECASE)
# An HRC agenda item on a line of its own completes the session heading: 'Item 2: General Debate'.
_ITEM_LINE = re.compile(r"^(?:Agenda\s+)?Item\s+\d+\b", re.IGNORECASE)
# The body before such a sitting, set off by a comma or a dash; a Spanish or French record numbers its sittings
# 'sesión', 'séance' ('9586.ª sesión', '9586e séance'), its sessions 'período de sesiones', 'session'.
# The Conference on Disarmament meets in one session a year, named by its year ('2025 Session', 'Session de 2025'); its
# plenary meetings are numbered through the years ('1737th plenary meeting', '1737ème séance plénière'): the
# sitting's number names the meeting, the year's session only the year it fell in.
_SESSION_OF_A_YEAR = re.compile(r"\b(?:19|20)\d\d\s+session\b|\bsession\s+(?:de\s+|of\s+)?(?:19|20)\d\d\b",
                                re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")
_SESSION_WORD = re.compile(r"\bsession\b", re.IGNORECASE)
_ITEM_IN = re.compile(r"\bItem\s+\d", re.IGNORECASE)
_BARE_ITEM = re.compile(r"(?:Agenda\s+)?Item\s+\d+", re.IGNORECASE)
# A heading naming its speaker, who then lists post and meeting between commas: 'STATEMENT BY H.E. X, MINISTER OF
# FOREIGN AFFAIRS OF RURITANIA, SC OPEN DEBATE “...”'. The meeting part starts with a body and a meeting word.
_SPEAKER_HEADING = re.compile(r"\b(?:statement|remarks|address|speech|intervention)\s+(?:delivered\s+)?by\s",
                              re.IGNORECASE)
# The document's label and its author, which end a title run together with them: 'Statement by', 'Statement
# delivered by', 'Explanation of vote by', 'Right of reply of', 'As delivered by'.
# ... or the speaker's name by its honorific ('... Mandate of UNITAMS Ambassador Robert Wood'), not a meeting's guest
# ('Interactive dialogue with Ambassador X').
_LABEL_BY = re.compile(rf"\s(?:(?:(?:joint|national)\s+)?statement|remarks|address|speech|intervention|{VOTE_LABEL}|"
                       r"right\s+of\s+reply)(?:\s+(?:as\s+)?delivered)?\s+(?:by|of)\s|\s(?:as\s+)?delivered\s+by\s"
                       r"|(?<!\bwith)(?<!\bby)(?<!\bof)(?<!\bthe)(?<!\band)\s(?:Ambassador|H\.\s?E\.|His\s+Excellency|"
                       r"Her\s+Excellency|Mr\.|Mrs\.|Ms\.)\s+(?-i:[A-Z])",
                       re.IGNORECASE)
_TITLE_WORDS = 2
# ... or sets the meeting off after a dash or colon: 'Statement by Ruritania – Security Council Open Debate on ...'.
_COMMA = re.compile(r",\s+|\s+[-–—]\s+|:\s+")
# ... or names the body and the agenda item it took up: '..., Sixth Committee, Agenda item 82: ...'.
_ITEM_AFTER_BODY = re.compile(r"\s*[,:–—-]\s*(?:agenda\s+)?item\s+\d", re.IGNORECASE)
# ... or opens with the meeting itself: '..., Interactive Dialogue with the Special Rapporteur on ..., 55th Session'.
_PART_START = re.compile(r"(?:(?:high[-\s]level|interactive|general|annual|open|informal|working|plenary|thematic|"
                         r"urgent|joint)\s+)+(?:dialogue|debate|discussion|session|segment|meeting|panel)\b"
                         r"|(?:agenda\s+)?item\s+\d", re.IGNORECASE)
# The part of a session a release says its State spoke at: 'the High-Level Segment of the', 'the General Debate under
# Item 4 of the'.
_SESSION_PART = (r"(?:(?:[A-Z][\w-]*\s+){1,3}(?:Segment|Debate|Dialogue|Discussion)"
                 r"(?:\s+under\s+(?:Agenda\s+)?Item\s+\d+)?\s+of\s+the\s+)?")
# ... the part of the session it names in its next sentence: 'Speaking at the Session's High-Level Segment'.
_OPENS_WITH_PART = re.compile(r"(?:[\w-]+\s+){0,3}(?:Segment|Debate|Dialogue|Discussion)\b", re.IGNORECASE)
_SESSION_S_PART = re.compile(r"\bthe\s+Session['’]s\s+(?P<part>(?:[A-Z][\w-]*\s+){0,3}(?:Segment|Debate|Dialogue))\b")
_PART_REACH = 300
# A release's lead: 'the 51st session of the', 'the thirteenth regular session of the'.
_NUMBERED_MEETING = re.compile(rf"\bthe\s+(?P<meeting>{_SESSION_PART}(?:\d{{1,4}}(?:st|nd|rd|th)|{ORDINAL})\s+"
                               r"(?:(?:regular|special|resumed|online)\s+)?(?:session|meeting)\s+of\s+the\s+)",
                               re.IGNORECASE)
# A heading that opens with its numbered session ('HRC 51st Session: General debate under Agenda item 2: Annual
# report of ...') stays a heading however long the item's title it goes on to.
_SESSION_OPENING = 30
_ACRONYM = re.compile(r"\s+\([A-Z]{2,8}\)")
_LEAD_LENGTH = 1200
# An OSCE document's masthead gives the sitting's journal and the item under it: 'PC Journal No. 1437, Agenda item 3'.
_JOURNAL_LINE = re.compile(r"^(?:[A-Z]{2,4}\s+)?Journal\s+No\.?\s*\d+", re.IGNORECASE)
# The kind of page the UN's news service files a meeting's account under: 'MEETING SUMMARY', 'Meetings Coverage'; a
# host's name for its service of many meetings, before or after its office's acronym: 'UNODA Meetings Place'.
_PAGE_KIND = re.compile(r"(?:[A-Z]{2,8}\s+)?meetings?\s+(?:summary|summaries|coverage|place|portal|calendar)",
                        re.IGNORECASE)
# The part of a meeting a heading's next line names: its segment, its cluster, the report it considers.
_PART_LINE = re.compile(r"\b(?:segment|plenary|cluster)$|^(?P<item>consideration\s+of)\b", re.IGNORECASE)
# A session's general debate on the line below its heading, and the theme of the year after a dash or colon.
_DEBATE_LINE = re.compile(r"^(?P<debate>general\s+debate|debate\s+geral|debate\s+general|débat\s+général)"
                          r"(?:\s*[-–—:]\s+\D*)?$", re.IGNORECASE)
# A stacked heading: 'Before the Sixth Committee' / 'On Agenda item 110:' / '“Measures to eliminate ...”'.
_VENUE_LINE = re.compile(r"(?:^(?:before|at|in|to)|(?<=\s)(?:before|at|in))\s+(?:the\s+)?(?P<body>.+?)\s*$",
                         re.IGNORECASE)
# The body alone, then its agenda item on the same line: 'Third Committee, Agenda item 68', 'Tercera Comisión, Tema 68'.
_BODY_THEN_ITEM = re.compile(r"^(?P<body>[^,:–—]{3,80}?)\s*[,:–—]\s*(?:agenda\s+)?(?:item|tema|point)\s+\d+\b",
                             re.IGNORECASE)
_ITEM_HEADING = re.compile(r"^(?:(?:on|under)\s+)?(?P<item>(?:agenda\s+)?item\s+\d+(?:\s*\([a-z]\))?\s*:?)\s*"
                           r"(?P<title>.*)$", re.IGNORECASE)
# An agenda item with its title on a line of its own, when the header names no meeting: 'Agenda Item 4: NPT
# Safeguards Agreement with Ruritania', 'Statement on Agenda item 6: ...'.
_OWN_ITEM = re.compile(r"^(?:(?:[\w.]+\s+)?statement\s+(?:on|under)\s+)?(?P<item>agenda\s+item\s+\d+(?:\s*\([a-z]\))?"
                       r"\s*[:.–—-]\s*\S.{3,150})$", re.IGNORECASE)
# A Council's item that is a report or address presented to it, which the title answers: 'Response to the Report by
# the Secretary General', 'Response to the address by the Minister for Foreign Affairs of Ruritania: UK statement'.
_RESPONSE_TITLE = re.compile(r"^(?:(?:U\.S\.|US|UK|EU|joint)\s+)?(?:statement\s+in\s+)?(?P<item>response\s+to\s+the\s+"
                             r"(?:annual\s+)?(?:report|address|presentation|briefing)\s+(?:by|of)\s+.+)$",
                             re.IGNORECASE)
# What puts a meeting on a speaker's line as the occasion, not as the post's destination ('to the ...').
_OCCASION_BEFORE = re.compile(r"\b(?:at|during|following)\s+(?:the\s+)?$", re.IGNORECASE)
# A line naming the right of reply under a session's heading ('General Debate – Exercise of the right of reply') is
# the document's label, not the meeting's part.
_REPLY_LABEL = re.compile(r"\bright\s+of\s+reply\b|\bdroit\s+de\s+r[ée]ponse\b|\bderecho\s+(?:a|de)\s+r[ée]plica\b|"
                          r"\bdireito\s+de\s+resposta\b", re.IGNORECASE)
_SLASH = re.compile(r"\s/\s")  # a site's trail written with slashes
# The group a statement is delivered for ('au nom du Forum des petits États', 'on behalf of the Group of Friends'):
# its name's 'Forum' or 'Group' is no meeting.
_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|au\s+nom\s+d[eu]|en\s+nombre\s+de|em\s+nome\s+d[eoa])\s+[^,–—|]*",
                        re.IGNORECASE)
# What a page's date line may carry around its date: a weekday or a label before it, the site's columns or its count
# of readers after it ('Date 2024-03-21 Hit 530').
_BEFORE_POSTED_DATE = re.compile(r"\s*(?:(?:date|published|updated)\s*:?\s*|[A-Z][a-z]+day,?\s*)?", re.IGNORECASE)
_AFTER_POSTED_DATE = re.compile(r"\s*(?:\|.*|(?:hits?|views?)\s*:?\s*\d+)?", re.IGNORECASE)
# The cues that read a line opening with its meeting, as against a phrase inside a line ('For the vote on ...').
_HEADING_METHODS = ("header: meeting heading", "header: masthead", "header: session line",
                    "header: a meeting heading in another language", "header: a council's numbered sitting")
_PART_WORDS = 3
# Under a Universal Periodic Review session's heading, the review it held ('Review of the Republic of Ruritania',
# 'EXAMEN DE LA RÉPUBLIQUE DE ...') or the State's presentation ('Presentation of the National Report'): the State
# under review, which the session's meeting does not name.
_UPR_REVIEW = re.compile(r"^(?:review\s+of|examen\s+d[eu]s?|revisi[oó]n\s+de|"
                         r"presentation\s+of\s+the\s+national\s+report|présentation\s+du\s+rapport\s+national)\b",
                         re.IGNORECASE)
_CONFERENCE_PART = "header: a conference's working part"
_WORD = re.compile(r"\w+")
_DASHED_SESSION = "header: a run-on heading's session"
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_RESTATED_LINES = 4  # how many lines below a page's title its meeting is looked for, restated
# A heading that opens with the document's label and its author ('Statement of the Ministry of Foreign Affairs on the
# conclusion of the Summit') is the document's title: it tells what the document is on, not a meeting it was given at.
_LABEL_OPENING = re.compile(r"^(?:statement|remarks|address|speech|communiqu[eé]|declaration)\s+(?:of|by)\s",
                            re.IGNORECASE)
# A title of its own under a banner: the document's label and the meeting it was given at ("Minister's Speech at the
# Annual Conference", 'Statement by Ruritania at the ...'); the line above does not go on into it.
_LABELLED_TITLE = re.compile(r"\b(?:statement|remarks|speech|address|intervention)\s+(?:by\s+.{2,80}?\s+)?at\s+the\b",
                             re.IGNORECASE)
# A page's field listing its topics ('Thématiques : Jeunesse', 'Tags: Human rights'): the site's index, not the
# meeting going on.
_TOPICS_FIELD = re.compile(r"^(?:th[ée]matiques?|th[èe]mes?|topics?|tags?|temas?|cat[ée]gor(?:y|ies|ie|ía))\s*:",
                           re.IGNORECASE)
# A French headline names the occasion, then after its colon what a State or a person did there ('46e session de la
# Conférence ministérielle : le Bénin plaide pour ...'): the meeting ends at the colon. Only before a headline's verb
# within a few words of the subject: a session's subject may follow its colon too ('36e session extraordinaire du
# Conseil des droits de l'homme : la République démocratique du Congo').
_HEADLINE_VERBS = (r"plaide|appelle|réaffirme|salue|souligne|exhorte|condamne|présente|rappelle|demande|insiste|"
                   r"réitère|engage|félicite|dénonce|affirme|exprime|soutient|annonce|participe|prononce|intervient|"
                   r"défend|renouvelle|lance|signe|invite|encourage|réclame|propose|prend|plaident|appellent")
_HEADLINE_AFTER_COLON = re.compile(rf"\s:\s+(?:le|la|les|l['’])\s*[A-ZÀ-Ý][^\s:]*(?:\s+[^\s:]+){{0,3}}?"
                                   rf"\s+(?:s['’]|se\s+)?(?:{_HEADLINE_VERBS})\b[^:]*$")
# A host's metadata field, among the page's first lines: 'Meeting: General Assembly, 78th session, 15th plenary
# meeting'.
_MEETING_FIELD = re.compile(r"^Meeting(?:\s+title)?\s*:\s*(?P<meeting>\S.{2,200})$", re.IGNORECASE)
_FIELD_LINES = 40
# An archive's catalogue fields describe the document in the archive's words ('Summary: Transmits the passage of the
# statement made in the general debate of ...', 'Citation: "Letter from ..."'): the occasions they tell of are the
# ones the document refers to, and its own heading names its meeting.
# A news headline makes the body the subject of a verb in the present tense ('Security Council Extends Mandate of
# ...', 'Third Committee Concludes General Discussion on ...', 'General Assembly Adopts ...'): it tells what the body
# did, where a meeting's heading names the meeting.
_HEADLINE = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,6}(?:Adopts|Approves|Begins|Calls|Closes|Concludes|Condemns|"
                       r"Considers|Continues|Decides|Discusses|Elects|Endorses|Examines|Extends|Fails|Hears|Holds|"
                       r"Marks|Opens|Rejects|Renews|Reviews|Takes|Urges|Welcomes|Wraps)\s")
_CATALOGUE_FIELD = re.compile(r"^(?:summary|abstract|description|citation|keywords?)\s*:", re.IGNORECASE)
# A sitting's number as its ordinal opens a field: '1528th meeting of the Ministers' Deputies' -> '1528', '812e
# séance' -> '812'.
_ORDINAL_NUMBER = re.compile(r"\d{1,5}(?=st|nd|rd|th|e\b|ème)")
_FIELD_METHOD = "page: the host's meeting field"
_OWN_SITTING = "header: the document's own sitting"
# How often each cue gives the meeting as labelled: a convention read exactly near 0.9, a fallback lower.
CONFIDENCE_MEETING = {
    "header: session line": 0.9, "header: masthead": 0.85, "header: meeting heading": 0.8,
    "header: at/to the MEETING": 0.75, "header: a working session": 0.75, "header: the vote explained": 0.7,
    "header: body and its agenda item": 0.7, "header: a heading's meeting part": 0.7,
    "header: a standard agenda item": 0.7, "header: the question it is on": 0.6, "header: an agenda item line": 0.6,
    "opening: a release's session": 0.6, "header: a meeting phrase in another language": 0.7,
    "header: a meeting heading in another language": 0.7,
    "header: the report answered": 0.55, "header: a council's numbered sitting": 0.8, "header: a convened group": 0.8,
    _CONFERENCE_PART: 0.8, _FIELD_METHOD: 0.9, _DASHED_SESSION: 0.7, _OWN_SITTING: 0.85,
}


def _council_sitting(heading: str) -> bool:
    """'Conseil de sécurité – 9244e séance', 'Security Council, 9586th meeting': a numbered sitting of the Council."""
    head = BODY_BEFORE_SITTING.match(heading)
    return bool(head and forums_in(head["body"]) == ["UN Security Council"] and sitting_after_body(heading) != heading)


@lru_cache(maxsize=1)
def _state_possessive() -> re.Pattern:
    """A State's name owning the document's label: 'India’s Explanation of Vote'."""
    return re.compile(rf"^(?:{state_words()}){POSSESSIVE}\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_after() -> re.Pattern:
    """A board's meeting named by its month after the body ('IAEA BoG, June 2023', 'Board of Governors, juin 2023'),
    in any language the month names are known in."""
    return re.compile(rf",?\s+(?:meeting,?\s+)?{month_pattern()}\s+\d{{4}}\b", re.IGNORECASE)


def _numbered_forum(text: str) -> bool:
    """'The Tenth NPT Review Conference', '2015 NPT Review Conference', 'HRC56', 'Permanent Council No. 1350' (the
    EU's way to number an OSCE meeting): one meeting of a body that meets by number; 'UN Security Council: Syria',
    'HRC56 - Commission of Inquiry': a body's meeting on a topic; 'IAEA BoG, June 2023': a board that meets in
    given months, by its month."""
    return any(_ORDINAL_BEFORE.search(text, max(0, match.start - 40), match.start)
               or _NUMBER_AFTER.match(text[match.end:]) or _month_after().match(text[match.end:])
               or (match.start == 0 and _TOPIC_AFTER.match(text[match.end:])) for match in forum_matches(text))


def _starts_with_a_date(text: str) -> bool:
    """A press release's dateline ('12.04.2018, Vienna – The Council held ...') opens prose, not a heading."""
    dates = find_dates(text)
    return bool(dates) and dates[0].start == 0


# A site's name as its banner sets it: the body's acronym, then its name ('PACE - Parliamentary Assembly of the Council
# of Europe').
_ACRONYM_THEN_NAME = re.compile(r"^[A-Z]{2,8}\s*[-–—|:]\s*")


def _site_name(header: list[Line], index: int) -> bool:
    """A body's acronym and name and nothing more, set apart from the heading by the site's furniture: the banner of
    the body's own site, not a meeting's heading (the line right under it may go on: 'FSC - Forum for Security
    Co-operation' / 'Opening of the Examplian Chairmanship')."""
    text = header[index].text
    match = _ACRONYM_THEN_NAME.match(text)
    apart = index + 1 < len(header) and header[index + 1].number > header[index].number + 1
    return bool(match) and apart and is_only_a_forum(text[match.end():])


_HEADING_LINE = 160  # the longest heading line naming a meeting in a few words and going on below


def _long_meeting_name(text: str) -> bool:
    """A heading that opens on its meeting word and names what it commemorates or takes up at length ('High-level
    meeting of the General Assembly to commemorate the thirtieth anniversary of the adoption of the Declaration on
    ...', 'Open Debate: Maintenance of International Peace and Security - Impact of ...'): one name, no sentence; not
    a ministry's readout of a meeting with someone ('Meeting of the Minister ... with the Special Envoy ...')."""
    return bool(_OPENS_WITH_MEETING.match(text)) and not _in_sentences(text) and not text.rstrip().endswith(".") \
        and not _MET_WITH.match(text)


_MET_WITH = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:meeting|session|briefing|consultations?)\s+"
                       r"(?:(?:of|by|for)\s+.{3,160}?\s+)?(?:(?:together\s+)?with|between)\b", re.IGNORECASE)


# A heading's city set before its meeting by a dash, as a dateline sets it before the news: 'GENEVA – 58th session'.
_CITY_BEFORE_DASH = re.compile(r"^(?P<city>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[–—-]\s+(?=\S)")
_LEAD_SENTENCE = 60  # the shortest sentence a news item's lead opens on after its dateline


def _news_lead(text: str) -> bool:
    """A news item's lead, its dateline then a sentence ('GENEVA, Oct. 15 (Yonhap) -- South Korea ... as the Human
    Rights Council opened its 57th session.'): prose telling the occasion, no heading naming it."""
    dateline = LEADING_DATELINE.match(text)
    rest = text[dateline.end():].rstrip() if dateline else ""
    return len(rest) >= _LEAD_SENTENCE and rest.endswith(".")


def _heading_meeting(header: list[Line], index: int, used: set[int]) -> str | None:
    """A heading that starts by naming a meeting, with the lines after it in its block; a sitting by its number
    ('1407th meeting of the Ministers' Deputies') is named without the item it took up on the line below, but with
    the journal an OSCE document's masthead files it under ('FSC Journal No. 1068, Agenda item 2').
    A body's name alone ('U.S. Statement for the Forum for Security Co-operation') is no meeting word."""
    line = header[index]
    title = _title_before_label(line.text) if line.number in used else None
    if title:  # the header run together: the title before the label and its speaker is a heading of its own
        line = replace(line, text=title)
    if (city := _CITY_BEFORE_DASH.match(line.text)) and canonical_city(city.group("city")):
        line = replace(line, text=line.text[city.end():])  # 'GENEVA – 58th session of ...': the place it met in
    if (line.number in used and not title and not _OPENS_WITH_MEETING.match(line.text)
            and not _split_from_speaker(header, index)) \
            or ROLE_START.match(line.text) \
            or AGENDA_LINE.match(line.text) \
            or _starts_with_a_date(line.text) or _PAGE_KIND.fullmatch(line.text.strip()) or _HEADLINE.match(line.text) \
            or ONLY_A_LABEL.match(_ABBREVIATION_AFTER.sub("", line.text.strip())) \
            or _restated_below(header, index) or _site_name(header, index) or _news_lead(line.text):
        return None
    first_phrase = MEETING_PHRASE.search(line.text)
    lead = line.text[:first_phrase.start()] if first_phrase else line.text
    numbered = NUMBERED_SESSION.search(lead) or _numbered_forum(lead)  # a session or a body's meeting by its number
    if not (MEETING_WORDS.search(without_forums(_ON_BEHALF.sub("", lead))) or numbered
            or opens_with_a_foreign_session(lead)) \
            or len(line.text) > (PROSE_LINE if NUMBERED_SESSION.search(line.text[:_SESSION_OPENING])
                                 or _long_meeting_name(line.text) else _HEADING_LINE) \
            or (first_phrase and ONLY_A_LABEL.match(_state_possessive().sub("", lead.strip()))) \
            or _QUOTED_TITLE.match(line.text) or (first_phrase and _LABEL_END.search(lead)) \
            or (_LABEL_OPENING.match(lead) and not (numbered or LEAD_BEFORE_NUMBER.match(lead)
                                                     or BODY_DASH.search(lead))):
        return None
    parts = [_HEADLINE_AFTER_COLON.sub("", line.text)]
    # a sitting by its number, alone or filed under the Security Council, which holds no sessions ('Conseil de
    # sécurité – 9244e séance' / 'La situation au Mali'): the line below is the item it took up; an Assembly's or a
    # Conference's plenary keeps the session or the agenda item named below it
    sitting = NUMBERED_SITTING.match(line.text) or _council_sitting(line.text)
    # a meeting's name long enough to fill its line is whole: what follows is the speaker or the session it sat in
    for follower in header[index + 1:] if not title and len(line.text) <= _HEADING_LINE else ():
        if quote_open(parts[-1]) and not quote_open(f"{parts[-1]} {follower.text}"):
            parts[-1] += " " + follower.text  # a title in quotes wrapped onto the next line, across a blank one
            continue
        if follower.block == line.block and _wrapped(parts[-1], follower.text):
            parts[-1] += " " + follower.text
            continue
        if follower.block != line.block or follower.number in used or find_dates(follower.text) \
                or (sitting and not (len(parts) == 1 and _JOURNAL_LINE.match(follower.text))) \
                or (_SESSION_OF_A_YEAR.search(line.text) and _opens_with_a_sitting(follower.text)) \
                or _is_place_line(follower.text) or _UPR_REVIEW.match(follower.text) \
                or _TOPICS_FIELD.match(follower.text) or _REPLY_LABEL.search(follower.text) \
                or _LABELLED_TITLE.search(follower.text) or is_speaker_line(follower.text) \
                or _in_latin(follower.text) != _in_latin(line.text):
            break
        parts.append(follower.text)
    return meeting_text(", ".join(parts))


def _title_before_label(text: str) -> str | None:
    """A header run together on one line: the page's title, then the document's label and its speaker ('Security
    Council Briefing on Ukraine Statement delivered by Mr. X, ...', 'HUMAN RIGHTS COUNCIL – 17TH SESSION STATEMENT BY
    HE MR X'). The label by its author ends the title, as the line break did."""
    label = _LABEL_BY.search(text)
    title = text[:label.start()].strip() if label else ""
    # a line that opens with its label ('Statement by H.E. Ambassador X') has no title before it
    return title if len(title.split()) >= _TITLE_WORDS and not _LABEL_BY.match(f" {title} ") else None


def _split_from_speaker(header: list[Line], index: int) -> bool:
    """A title the header's one run-on line gave just before its label and speaker, which reading split off at the
    label ('United Nations Security Council Briefing on Ukraine' / 'Statement delivered by Mr. X, ...'): it shares
    the speaker's line number, not the speaker."""
    line, following = header[index], header[index + 1] if index + 1 < len(header) else None
    label = _LABEL_BY.match(f" {following.text}") if following else None
    return bool(label) and following.number == line.number and not _LABEL_BY.search(f" {line.text} ") \
        and not ROLE_START.match(line.text)


def _wrapped(text: str, following: str) -> bool:
    """A heading's line broken mid-phrase, which the next line goes on with a space, not as a line of its own: it
    ends on a word that needs one after it ('... of the'), the next starts in lower case, or a body's name runs across
    the break ('78th Session of the United Nations General' / 'Assembly – General Debate')."""
    joined = f"{text} {following}"
    if BY_SPEAKER.match(following):
        return False  # 'by H.E. Mr. X, Ambassador ...': the heading's speaker on the line below
    return bool(_OPEN_END.search(text)) or following[:1].islower() \
        or any(body.start < len(text) < body.end for body in forum_matches(joined))


def _is_place_line(text: str) -> bool:
    """A heading's venue on a line of its own, a city and its State ('Nice, France'), a known city ('Geneva') or a
    building or room ('GENERAL ASSEMBLY HALL, NEW YORK'): where the meeting was held, not the meeting going on."""
    city, _, state = text.rpartition(",")
    return bool(canonical_city(text.strip())) \
        or (0 < len(city.split()) <= 3 and bool(state_name().fullmatch(state.strip()))) or _is_venue_line(text)


# A venue's line under the heading: 'UNITED NATIONS GENERAL ASSEMBLY HALL, NEW YORK', 'Palais des Nations, Geneva',
# 'CONFERENCE ROOM 4', 'ROOM XX' (not a chamber of commerce, nor 'Making Room for Youth').
_VENUE_WORDS = re.compile(r"\b(?:hall|chamber(?!\s+of\b)|conference\s+room|(?:room|salle|sala)\s+(?:[IVXLC]+|\d+)|"
                          r"hemicycle|headquarters|palais)\b", re.IGNORECASE)
_VENUE_PART_WORDS = 5


def _is_venue_line(text: str) -> bool:
    """A building, a room, and perhaps its city ('GENERAL ASSEMBLY HALL, NEW YORK', 'CONFERENCE ROOM 4, UNITED
    NATIONS HEADQUARTERS', 'ROOM XX, PALAIS DES NATIONS, GENEVA'): where the meeting sat, no more of its name; its
    parts are short, or it ends on the city."""
    parts = [part.strip(" .") for part in text.split(",")]
    return bool(_VENUE_WORDS.search(text)) and (canonical_city(parts[-1]) is not None
                                                or all(len(part.split()) <= _VENUE_PART_WORDS for part in parts))


def _in_latin(text: str) -> bool:
    """A heading's line in another script than the heading ('بسم الله الرحمن الرحيم' under an English title) is an
    invocation or a translation, not the heading going on."""
    return bool(re.search(r"[A-Za-z]", text))


def _restated_below(header: list[Line], index: int) -> bool:
    """A page's title that files the document under its meeting after a dash ('Statement of Ruritania - Second
    Committee General Debate', 'Voluntary Commitments of Ruritania - Third United Nations Ocean Conference') over the
    document's own heading, whose next lines restate that meeting ('80th Session of the United Nations General
    Assembly' / 'Second Committee' / 'General Debate'; 'THIRD UNITED NATIONS OCEAN CONFERENCE'): the title is the
    page's, the heading below names the meeting as the document writes it, and the title does not run on into it."""
    _, dash, meeting = split_at_dash(header[index].text)
    words = set(_WORD.findall(meeting.casefold()))
    below = [line.text for line in header[index + 1:index + 1 + _RESTATED_LINES] if line.block == header[index].block]
    return bool(dash) and len(words) >= 2 and words <= set(_WORD.findall(" ".join(below).casefold()))


def without_speaker(meeting: str | None, speaker: str | None) -> str | None:
    """A meeting read from a title that goes on to its speaker ('Remarks at the Conclusion of the Review
    Conference, Rose Gottemoeller', '... – H.E. Ms. X', '... Conference Ambassador X'), without the speaker."""
    if not meeting or not speaker:
        return meeting
    at = meeting.casefold().find(speaker.casefold())
    if at <= 0:
        return meeting
    words = meeting[:at].split()
    honorific = bool(words) and is_honorific_word(words[-1])
    while words and is_honorific_word(words[-1]):
        words.pop()
    before = " ".join(words)
    cut = before.rstrip(" ,;:|–—-")
    # a title run together with its speaker ('... in the Middle East Ambassador X U.S. Representative ...'): the
    # honorific before the name ends the title as a comma or a line break does
    return cut if cut and (honorific or before.endswith((",", ";", "|", "–", "—", "-"))) else meeting


def _restated(line: Line) -> Line:
    """A page gives its title, then restates it as the statement's own heading ('Response to the Report by the
    Secretary General' / photo caption / 'Response to the Report by the Secretary General' / 'As delivered by ...');
    run together on one line, the restatement is read, without what the page put between the two (a caption, a
    site's section, a posting stamp) and what it put after (images, links). The title is restated when the line's
    first words, opening with a capital, come again."""
    words = [_LOOSE_WORD.sub("", word).casefold() for word in line.text.split()]
    title = words[:_RESTATED_WORDS]
    if len(title) < _RESTATED_WORDS or not all(title) or not _CAPITAL_START.match(line.text):
        return line
    again = next((at for at in range(1, len(words) - _RESTATED_WORDS)
                  if words[at:at + _RESTATED_WORDS] == title), None)
    if not again:
        return line
    # the heading restates the title: it runs no longer than the title did ('... on their Destruction' before the
    # page's image and download links)
    end = _nth_word(line.text, 2 * again) if 2 * again < len(words) else len(line.text)
    return replace(line, text=line.text[_nth_word(line.text, again):end].rstrip())


def _nth_word(text: str, index: int) -> int:
    """Where the text's word `index` (counted from 0) starts."""
    return [match.start() for match in re.finditer(r"\S+", text)][index]


def _named_as_explanation(line: Line) -> Line:
    """A heading opening with another name of an explanation of vote ('EOV', 'Statement after the vote',
    'Explanation of position') read as if it said 'Explanation of vote', the name the rules below know."""
    label = _OTHER_VOTE_LABEL.match(line.text)
    return replace(line, text="Explanation of vote" + line.text[label.end():]) if label else line


def find_meeting(header: list[Line], used: set[int], doc_type: str | None = None,
                 opening: str = "", lines: list[Line] = ()) -> tuple[str | None, Evidence | None]:
    """The meeting as written. Candidates come from each header line (a
    session line, a meeting heading, a convened group, the vote an explanation
    is titled by, an 'at the ...' phrase, a heading's meeting part after a
    comma or dash, a body over its agenda item); a conference's working part
    under its name wins, then the first that names a forum, else the first found.
    Lines read as the speaker's are used only for their 'at the ...' phrase. A
    news release with none tells its numbered session in its lead. A page's metadata field ('Meeting: ...') names
    it before all."""
    if field := _meeting_field(lines):
        return _own_sitting(header, field) or field
    candidates: list[tuple[str, Line, str]] = []
    # the site's trail and its posting stamp ('March 25, 2022 | Posted in CARICOM, General Assembly') file the page;
    # a letter's inside address ('His Excellency the President of the ... session of the General Assembly') names
    # whom it is sent to
    page = header
    written = [line for line in header
               if not (is_breadcrumb(line.text) or is_posting_stamp(line.text) or _is_slash_trail(line.text)
                       or _CATALOGUE_FIELD.match(line.text) or ADDRESSEE.match(line.text)
                       or _under_the_addressees_style(header, line)
                       or QUESTION_LINE.match(line.text))]  # a transcript's question asks about meetings
    header = [_named_as_explanation(_restated(line)) for line in written]
    for index, line in enumerate(header):
        if meeting := working_session(line.text):
            candidates.append((meeting, line, "header: a working session"))
        elif meeting := conference_part(header, index):
            candidates.append((meeting, line, _CONFERENCE_PART))
        elif _SESSION_LINE.match(line.text):
            masthead = masthead_meeting(header, index)
            candidates.append((masthead or masthead_session(line.text), line,
                               "header: masthead" if masthead else "header: session line"))
        elif meeting := numbered_sitting(line.text):
            candidates.append((meeting, line, "header: a council's numbered sitting"))
        elif meeting := convened_group(line.text):
            candidates.append((_group_session(meeting, header, index), line, "header: a convened group"))
        elif meeting := foreign_meeting(line.text):
            candidates.append((meeting, line, "header: a meeting phrase in another language"))
        elif meeting := _heading_meeting(header, index, used):
            candidates.append((meeting, line, "header: meeting heading"))
        elif meeting := standard_item(line.text):
            candidates.append((meeting, line, "header: a standard agenda item"))
        elif is_formal_title(line.text) or AGENDA_LINE.match(line.text) or _QUOTED_TITLE.match(line.text):
            continue
        elif _VOTE_LEAD.match(line.text) and (meeting := meeting_text(_VOTE_LEAD.sub("Vote ", line.text))):
            candidates.append((meeting, line, "header: the vote explained"))
        elif meeting := phrase_meeting(_with_wrapped_capitals(header, index)):
            candidates.append((meeting, line, "header: at/to the MEETING"))
        elif meeting := _segment_meeting(line.text):
            candidates.append((meeting, line, "header: a heading's meeting part"))
        elif meeting := _dashed_session(line.text):
            candidates.append((meeting, line, _DASHED_SESSION))
        elif meeting := _committee_item(header, index):
            candidates.append((meeting, line, "header: body and its agenda item"))
        elif meeting := question_item(line.text):
            candidates.append((meeting, line, "header: the question it is on"))
        elif meeting := meeting_text(foreign_heading(line.text) or ""):
            candidates.append((meeting, line, "header: a meeting heading in another language"))
    if not candidates:
        candidates = _item_lines(header)
    if not candidates:
        return _reported_session(opening) if doc_type == "press_release" else (None, None)
    candidates = _text_s_own_meeting(candidates)
    # a conference's working part under its name is the meeting, wherever the page's title or own heading name the
    # conference alone
    parts = [c for c in candidates if c[2] == _CONFERENCE_PART]
    candidates = parts or _own_heading([(_with_item(meeting, header), line, method)
                                        for meeting, line, method in candidates], page, used)
    itemized = sorted((c for c in candidates if _ITEM_IN.search(c[0]) and forums_in(c[0])),
                      key=lambda c: c[2] != "header: meeting heading")
    named = [c for c in candidates if names_a_body(c[0])]
    # a UN document's masthead files it under its session: a phrase in the text below cites another occasion
    masthead = [c for c in candidates if c[2] in ("header: masthead", "header: session line")]
    meeting, line, method = _numbered_instead((masthead or itemized or named or candidates)[0], candidates)
    meeting = _with_part(meeting, line, header)
    shown = next((old.text for old, new in zip(written, header, strict=True) if new is line), line.text)
    return meeting, Evidence("meeting", shown, line.number, method, confidence=CONFIDENCE_MEETING[method])


# Words that name no more of a meeting: 'High-Level Segment of the 43rd session of the UN Human Rights Council' says
# no more than 'High-Level Segment, 43rd session of the Human Rights Council'.
_LINKING_WORDS = frozenset({"of", "the", "un", "united", "nations", "at", "in", "de", "la", "del", "da", "do", "des"})


def _text_s_own_meeting(candidates: list[tuple[str, Line, str]]) -> list[tuple[str, Line, str]]:
    """A news item's line naming the full text it reproduces tells the occasion in the item's words; the text's own
    heading below names the meeting as the text does, and is taken unless it only names part of what the item's line
    names: a bare session line under 'the General Debate of the 79th session' leaves the item's line the fuller
    name."""
    announced = [c for c in candidates if names_the_full_text(c[1].text)]
    own = [c for c in candidates if not names_the_full_text(c[1].text)]
    if not announced or not own:
        return candidates
    said = set(_WORD.findall(announced[0][0].casefold()))
    named = set(_WORD.findall(own[0][0].casefold()))
    says_more = named <= said | _LINKING_WORDS and bool(said - named - _LINKING_WORDS)
    return candidates if says_more else own


# A session line under a group's name: 'First session of 2025, Geneva, 3 – 7 March 2025', 'Sixth Session, 2 – 13 ...'.
_GROUP_SESSION_LINE = re.compile(r"^(?:[\w-]+\s+)?(?:resumed\s+|substantive\s+|organizational\s+)?session\b",
                                 re.IGNORECASE)


def _group_session(group: str, header: list[Line], index: int) -> str:
    """A convened group's name over its session line (which may follow the name's wrapped end) is the group's
    session, as its documents head themselves: 'Group of Governmental Experts on ..., First session of 2025'."""
    for following in header[index + 1:index + 3]:
        if _GROUP_SESSION_LINE.match(following.text) and (session := meeting_text(following.text)):
            return f"{group}, {session}"
        if following.text not in group:
            break
    return group


def _meeting_field(lines: list[Line]) -> tuple[str, Evidence] | None:
    """A video or document host lists a page's metadata as fields ('Date: 22 Sep 2023', 'Speaker: ...', 'Meeting:
    General Assembly, 78th session, 15th plenary meeting'): its meeting field names the meeting as the host records
    it, the page's title or summary only loosely."""
    for line in lines[:_FIELD_LINES]:
        field = _MEETING_FIELD.match(line.text)
        if field and (meeting := field["meeting"].strip(" .")):
            return meeting, Evidence("meeting", line.text, line.number, _FIELD_METHOD,
                                     confidence=CONFIDENCE_MEETING[_FIELD_METHOD])
    return None


def _own_sitting(header: list[Line], field: tuple[str, Evidence]) -> tuple[str, Evidence] | None:
    """A body's document host shows its catalogue fields over the document itself ('Meeting: 1528th meeting of the
    Ministers' Deputies' / 'DD(2025)212' / '1528th meeting, 23 April 2025'): where the document's own masthead gives
    the same sitting by its number, its words name the meeting, as the document writes it."""
    number = _ORDINAL_NUMBER.match(field[0])
    for line in header if number else ():
        if line.number > field[1].line and line.text.startswith(number.group(0)) and _opens_with_a_sitting(line.text) \
                and (meeting := meeting_text(line.text)):
            return meeting, Evidence("meeting", line.text, line.number, _OWN_SITTING,
                                     confidence=CONFIDENCE_MEETING[_OWN_SITTING])
    return None


def _in_sentences(text: str) -> bool:
    """A line of prose ('X delivered a statement at the meeting of ... on October 9.'), not a heading."""
    return bool(SENTENCE_END.search(text)) or (len(text) > 80 and text.rstrip().endswith("."))


# The style alone on the line that opens a letter's inside address: the office under it is whom the letter is sent
# to ('His Excellency' / 'The President of the eightieth session of the General Assembly'), not a meeting.
_ADDRESSEES_STYLE = re.compile(r"(?:His|Her)\s+Excellency|H\.\s?E\.|(?:Son|Sa)\s+Excellence|Excelent[íi]sim[oa]\s+"
                               r"Se[ñn]or(?:a)?", re.IGNORECASE)


def _under_the_addressees_style(header: list[Line], line: Line) -> bool:
    """Whether the line above, in the same block, is the addressee's style alone (_ADDRESSEES_STYLE)."""
    above = next((other for other in reversed(header) if other.number < line.number), None)
    return above is not None and above.block == line.block and bool(_ADDRESSEES_STYLE.fullmatch(above.text.strip()))


def _is_slash_trail(text: str) -> bool:
    """A site's trail written with slashes ('Home / Norway in New York / Statements / General Assembly'): it files
    the page under a body, it never names the meeting."""
    parts = _SLASH.split(text)
    return len(parts) >= BREADCRUMB_PARTS and len(parts[0].split()) <= 2


def _own_heading(candidates: list[tuple[str, Line, str]], header: list[Line],
                 used: set[int]) -> list[tuple[str, Line, str]]:
    """A web page gives its title, the date it was posted, then the statement as delivered, under a heading of its
    own ('Statement by Guyana at the Security Council Briefing on Haiti' / 'April 24, 2024' / 'Security Council
    Briefing on the Question concerning Haiti'): the title restates that heading, shortened, and the heading below
    the posting date (or, where no heading follows a stamp, in the block after the title's) names the meeting as
    the statement itself writes it; a notice in sentences there ('The OSCE Secretariat bears no responsibility for
    ...') is none. A news page that reproduces the statement announces it ('Below is the full text of ...:'): the
    heading under that sentence is the statement's own, the page's lead above only reports the meeting. The
    speaker's line there names a post ('Delivered by X, Alternate Representative of Guyana to the 79th Session of
    ...'), unless it goes on to the occasion ('Delivered by X following the UN Security Council Briefing on ...')."""
    if any(method == "header: masthead" for _, _, method in candidates):
        return candidates  # a UN document's masthead: its dates are the document's, the text below is no heading
    title = candidates[0][1]
    announced = next((line.number + 1 for line in header if announces_a_text(line.text)), None)
    posted = next((line.number for line in header if line.number > title.number and _is_date_line(line.text)), None)
    below = next((line.number for line in header if line.block != title.block and line.number > title.number), None)
    for start in (announced, posted, below):
        own = [c for c in candidates if start and c[1].number >= start and _is_a_heading(c, used)]
        if own:
            return own
    return candidates


def _names_its_own(meeting: str, method: str) -> bool:
    """A line that opens with a meeting named in full, its subject included ('Open Debate on Children and Armed
    Conflict'); a bare 'General Debate' or a segment ('“Setting the Stage” Plenary Segment') is a part of the
    meeting named above it."""
    return method in _HEADING_METHODS and len(meeting.split()) > _PART_WORDS and not _PART_LINE.search(meeting)


def _is_a_heading(candidate: tuple[str, Line, str], used: set[int]) -> bool:
    """A candidate below the page's title that heads the statement: it names a body or is a line that opens with
    its meeting ('Debate abierto anual sobre la protección de civiles ...'), and is no prose sentence (unless the
    line opens with the meeting) and no speaker's post (unless the speaker's line goes on to the occasion)."""
    meeting, line, method = candidate
    return (names_a_body(meeting) or _names_its_own(meeting, method)) \
        and not (_in_sentences(line.text) and not line.text.startswith(meeting)) \
        and (line.number not in used
             or _goes_on_to(line.text[:max(line.text.casefold().find(meeting.casefold()), 0)]))


def _goes_on_to(before: str) -> bool:
    """A speaker's line that goes on to the occasion ('Delivered by X following the ...', 'Intervenção do Ministro,
    X, no ...'), not to the post's destination ('... Representative of Guyana to the ...')."""
    return bool(_OCCASION_BEFORE.search(before)) or goes_on_to_a_meeting(before)


def _is_date_line(text: str) -> bool:
    """A line that only dates the page: 'April 24, 2024', '30. 9. 2024', 'Posted on February 28, 2024 by Admin',
    'September 22, 2023 | MoFA Admin | 0 Comments'; not a dateline that goes on to the venue ('27 February 2020,
    Salle XX, Palais des Nations')."""
    if is_posting_stamp(text):
        return True
    dates = find_dates(text)
    return bool(dates) and bool(_BEFORE_POSTED_DATE.fullmatch(text[:dates[0].start])) \
        and bool(_AFTER_POSTED_DATE.fullmatch(text[dates[0].end:]))


def _numbered_instead(chosen: tuple[str, Line, str], candidates: list[tuple[str, Line, str]]) -> tuple[str, Line, str]:
    """A page's title names its meeting loosely ('Statement by Canada at the OSCE Permanent Council on ...'); a line
    of the header that gives the sitting by its number ('1452nd Meeting of the OSCE Permanent Council') names the
    one meeting it was, and is taken instead of a meeting with no number at all."""
    if re.search(r"\d", _YEAR_NUMBER.sub("", chosen[0]) if _SESSION_OF_A_YEAR.search(chosen[0]) else chosen[0]):
        return chosen
    return next((c for c in candidates if _opens_with_a_sitting(c[0])), chosen)


def _opens_with_a_sitting(text: str) -> bool:
    """A sitting by its number, in English or as a French, Spanish or Italian record numbers it ('1737th plenary
    meeting', '1737ème séance plénière', '9586.ª sesión')."""
    return bool(NUMBERED_SITTING.match(text) or FOREIGN_SITTING.match(text))


def _with_wrapped_capitals(header: list[Line], index: int) -> str:
    """A heading in capitals copied from a PDF wraps mid-phrase ('... AT THE EXPLANATION OF VOTE ON THE DRAFT
    RESOLUTION' / 'REGARDING THE SUSPENSION OF ...'): its next lines in capitals, up to a date, go on with it; an
    agenda item on its own line ('ITEM 4: GENERAL DEBATE') is the item under the session, added after a comma. A line
    ending on a word that needs one after it ('... Briefing on') goes on with the next, across a blank line too."""
    line = header[index]
    parts = [line.text]
    for follower in header[index + 1:]:
        if _OPEN_END.search(parts[-1]) and not find_dates(follower.text) and len(follower.text) < PROSE_LINE:
            parts.append(follower.text)  # 'At the Security Council Briefing on' / '“Implementation of ...”'
            continue
        if not (_in_capitals(parts[-1]) and _in_capitals(follower.text)) or follower.block != line.block \
                or parts[-1].endswith(".") or find_dates(follower.text) or _ITEM_LINE.match(follower.text) \
                or _is_venue_line(follower.text):
            break
        parts.append(follower.text)
    return " ".join(parts)


def _in_capitals(text: str) -> bool:
    return text.upper() == text and bool(re.search(r"[A-Z]{3}", text))


def _segment_meeting(text: str) -> str | None:
    """The part of a speaker's heading after a comma, dash or colon that opens with a body and a meeting word
    ('..., SC Open Debate on ...', '..., UNGA 78 General Debate', 'Statement by Ruritania – Security Council Open
    Debate on ...'), the meeting without 'at the'."""
    speaker = _SPEAKER_HEADING.search(text)
    if speaker is None:
        return None
    for comma in _COMMA.finditer(text, speaker.end(), PHRASE_TEXT):
        rest = text[comma.end():]
        if _PART_START.match(rest):
            return meeting_text(rest)
        body = next(iter(forum_matches(rest[:PROSE_LINE])), None)
        if body and body.start == 0 and (MEETING_WORDS.search(" ".join(rest[:body.end].split()[:3]) + " "
                                                                + " ".join(rest[body.end:].split()[:3]))
                                         or _ITEM_AFTER_BODY.match(rest, body.end)):
            return meeting_text(rest)
    return None


def _dashed_session(text: str) -> str | None:
    """A heading run together on one line, its parts set off by dashes: the title, the session, the place and date
    ('RIGHT OF REPLY OF RURITANIA TO THE STATEMENTS MADE BY ... UNDER AGENDA ITEM 4 - 58TH SESSION OF THE HUMAN
    RIGHTS COUNCIL - GENEVA, 2 APRIL 2025'). The part that opens with a numbered session names the meeting."""
    for part in _SPACED_DASH.split(text)[1:]:
        if NUMBERED_SESSION.match(part):
            return meeting_text(part)
    return None


def _committee_item(header: list[Line], index: int) -> str | None:
    """A line naming only the body ('Before the Sixth Committee', 'IAEA Board of Governors') over the agenda item it
    took up ('On Agenda item
    110:') and the item's title on the line after: the body's debate of that item ('Sixth Committee, Agenda item
    110: “Measures to Eliminate International Terrorism”'); or the body and the item on one line ('Third Committee,
    Agenda item 68')."""
    one_line = _BODY_THEN_ITEM.match(header[index].text)
    if one_line and forums_in(one_line["body"]) and is_only_a_forum(one_line["body"]):
        return header[index].text.strip(" .")  # 'Third Committee, Agenda item 68', as written
    venue = _VENUE_LINE.search(header[index].text)
    body = venue["body"] if venue else header[index].text  # or the body's name alone on its line
    following = header[index + 1:index + 3]
    item = _ITEM_HEADING.match(following[0].text) if following else None
    if not (item and forums_in(body) and is_only_a_forum(body)):
        return None
    title = item["title"]
    if not title and len(following) > 1 and len(following[1].text) < 120 and not find_dates(following[1].text) \
            and not ROLE_START.match(following[1].text) and not is_speaker_line(following[1].text):
        title = following[1].text
    separator = " " if item["item"].endswith(":") else ", "
    return f"{body}, {item['item']}" + (separator + title if title else "")


def _reported_session(opening: str) -> tuple[str | None, Evidence | None]:
    """A news release tells in its lead where its State spoke: '... took part in the 51st session of the
    Preparatory Commission of the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO) held in Vienna'.
    Only a numbered session or meeting of a body is read, up to the body's name and its acronym, and the part of
    it the next sentence says the State spoke at ('Speaking at the Session's High-Level Segment, ...')."""
    lead = opening[:_LEAD_LENGTH]
    for found in _NUMBERED_MEETING.finditer(lead):
        body = next(iter(forum_matches(lead[found.end():])), None)
        if body and body.start == 0:
            end = found.end() + body.end
            acronym = _ACRONYM.match(lead, end)
            meeting = found.group("meeting") + lead[found.end():acronym.end() if acronym else end]
            part = _SESSION_S_PART.search(lead, end, end + _PART_REACH)
            meeting += f", {part['part']}" if part and not _OPENS_WITH_PART.match(meeting) else ""
            return meeting, Evidence("meeting", meeting, None, "opening: a release's session",
                                     confidence=CONFIDENCE_MEETING["opening: a release's session"])
    return None, None


def _with_part(meeting: str, line: Line, header: list[Line]) -> str:
    """A meeting heading completed by the part of the meeting named on the line below it: the segment
    ('“Setting the Stage” Plenary Segment'), or the report under consideration ('Consideration of the Universal
    Periodic Review Report of Ruritania'), or the general debate without the theme the year gave it ('Debate Geral –
    "All for Health"'), not a reply given in it ('General Debate – Exercise of the right of reply': the document's
    label). A line naming a body heads a meeting of its own."""
    following = next((other for other in header if other.number > line.number), None)
    debate = _DEBATE_LINE.match(following.text) if following and not _REPLY_LABEL.search(following.text) else None
    if debate and debate["debate"].casefold() not in meeting.casefold():
        return f"{meeting}, {debate['debate']}"
    part = _PART_LINE.search(following.text) if following else None
    if part is None or len(following.text) > 100 or find_dates(following.text) or following.text in meeting \
            or (forums_in(following.text) and not part["item"]):
        return meeting
    return f"{meeting}, {following.text}"


def _with_item(meeting: str, header: list[Line]) -> str:
    """A session heading completed by the agenda item the header gives on its own line
    ('52nd session of the Human Rights Council' + 'Item 2' + 'General Debate'; 'HRC 52' + 'Item 4: General Debate')."""
    if not (_SESSION_WORD.search(meeting) or _is_session_code(meeting)) or _ITEM_IN.search(meeting):
        return meeting
    for index, line in enumerate(header):
        if _ITEM_LINE.match(line.text):
            item = meeting_text(line.text) or line.text
            title = header[index + 1].text if index + 1 < len(header) else ""
            if _BARE_ITEM.fullmatch(item) and MEETING_WORDS.search(title) and len(title) < 60 \
                    and not find_dates(title):
                item += ", " + title  # the item's title on the next line: 'General Debate'
            return f"{meeting}, {item}"
    return meeting


def _is_session_code(text: str) -> bool:
    """'HRC 52', 'UNGA78': a body's name and the number of its session, nothing else."""
    return _numbered_forum(text) and is_only_a_forum(re.sub(r"\d+", "", text))


def _item_lines(header: list[Line]) -> list[tuple[str, Line, str]]:
    """When no line names a meeting, the item the header gives on a line of its own: an agenda item with its
    title, or the report or address a Council heard that the title answers."""
    for line in header:
        if item := _OWN_ITEM.match(line.text):
            return [(item["item"], line, "header: an agenda item line")]
        if (response := _RESPONSE_TITLE.match(line.text)) and (meeting := meeting_text(response["item"])):
            return [(meeting, line, "header: the report answered")]
    return []
