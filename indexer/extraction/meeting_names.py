"""A meeting's name as a heading writes it: cut where a date, a place, a speaker or the document's own label begins;
a body's name before a dash and a sitting's subject after it left out where the heading's meeting is the part
(a Council's numbered sitting, the Assembly's Main Committee, a board's agenda item); a text that names only a body,
a resolution, a term, a period or a document is no meeting. meetings.py finds the candidates and weighs them; this
is what each one is cut to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from indexer.extraction.dates import find_dates, month_pattern, weekdays
from indexer.extraction.forum_names import forum_matches, forums_in, is_only_a_forum, without_forums
from indexer.extraction.gazetteer import canonical_city, canonical_country
from indexer.extraction.lines import (
    DELIVERY_NOTE,
    ORDINAL,
    STAMP_WORDS,
)
from indexer.extraction.meeting_forms import (
    opens_with_a_convened_group,
    sitting_body,
)
from indexer.extraction.names import HEADLINE_VERBS
from indexer.extraction.patterns import (
    IN_RESPONSE_TO,
    POSSESSIVE_END,
    STATES_POSSESSIVE,
    alternation,
)
from indexer.extraction.states import state_words

# 'to vote for Ruritania' is the verb, never a vote held.
MEETING_WORDS = re.compile(
    r"\b(?:meetings?|sessions?|debate|(?:general|panel|interactive)\s+discussion|dialogue|segment|conference|"
    r"consultations?|summit|forum|intersessional|plenary|hearing|briefing|(?<!\bto\s)vote|event|ceremony|panel|"
    r"cluster|prep\s*com)\b",
    re.IGNORECASE,
)
# What a phrase may name that is no meeting: a resolution cited ('pursuant to HRC resolution 52/16'), a period ('for
# the month of May 2024'), a question put to a spokesperson ('to a media question regarding ...'), a term of
# membership ('candidature of Ruritania to the Human Rights Council, 2024-2026', 'for the term 2025-2027 by the General
# Assembly'), a report a note contributes to ('contribution to the report on ... (Human Rights Council resolution
# 57/26)'), a minister's bilateral meeting ('Readout of the meeting between the Minister and the High
# Commissioner'), a site's section of them ('Meetings and Statements', 'Executive Council sessions'), what a release
# introduces ('Full text of Examplia's explanation of vote ...'). A mission's banner gives its term on a Council the
# same way without the comma ('Ruritania in the Security Council 2025-2026'); the Universal Periodic Review goes in
# cycles of some four years ('the Third Cycle of the Universal Periodic Review'), a period of reviews.
# A spokesperson's press or media briefing ('Weekly briefing ...', 'Press Conference Room', 'TRANSCRIPT: Press
# conference of the delegation ...') is the ministry's own event, no meeting of a body.
# A draft known only by its symbol ('vote on draft resolution S/2025/97', 'Vote draft resolution A/C.3/77/L.41: ...',
# 'Explanation of Vote of Ruritania on Draft Resolution A/C.3/79/L.27 "..."') names the text voted on, not the
# meeting; a UN document's own header ('United Nations S/2025/14 Security Council Distr.: General', '... Original:
# English') files the document; a hall or chamber is the venue ('General Assembly Hall, UNHQ', 'Trusteeship Council
# Chamber'). A treaty's national reports, filed by a host under the treaty's name ('Convention on ... - National
# Reports (2025)'), are documents its States submit, not a meeting they met at.
_NO_MEETING = re.compile(r"^(?:(?:[\w-]+\s+){0,2}resolutions?\s+\d|month\s+of\b|an?\s+(?:media\s+)?question\b|term\b|"
                         r"(?:[\w-]+\s+)?report\s+(?:on|of)\b)"
                         r"|\bmeetings?\s+(?:between|with)\b"
                         r"|^(?:meetings|sessions|events)\s+(?:and|&)\s+[\w-]+$|^(?:the\s+)?(?:full\s+)?text\s+of\b"
                         r"|^(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+sessions)$"
                         r"|^(?:the\s+)?(?:[\w-]+\s+)?cycle\s+of\b"
                         r"|^(?:transcript\s*:\s*)?(?:(?:weekly|daily|regular)\s+(?:(?:press|media|news)\s+)?"
                         r"|(?:press|media|news)\s+)(?:conference|briefing)s?\b"
                         r"|^(?:explanation\s+of\s+vote\s+(?:(?:of|by)\s+.{2,80}?\s+)?)?"
                         r"(?:vote\s+)?(?:on\s+)?(?:the\s+)?"
                         r"draft\s+resolution\s+[A-Z]{1,3}/"
                         r"|\bDistr\.\s*:|\bOriginal\s*:\s*[A-Z]|\s[-–—]\s+national\s+reports\b"
                         r"|\b(?:hall|chamber|conference\s+room)\b(?:\s*,\s*(?:UNHQ|UN\s+Headquarters|[\w\s]{0,30}))?$",
                         re.IGNORECASE)
# The term of membership closing the text (see above); after a framework's, an agenda's, a decade's, a strategy's, a
# strategic plan's, a plan or programme of action or of work's or a programme budget's name the years are its own
# ('High-level Meeting on the Midterm Review of the Sendai Framework for Disaster Risk Reduction 2015-2030', 'Water
# Action Decade, 2018-2028'); an organization's 'Programme' or a national action plan is no period's.
_TERM_YEARS = re.compile(r"(?:,\s*|\s)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$")
_PERIOD_REACH = 60  # how far before the years the period's name is looked for
_NAMED_PERIOD = re.compile(r"\b(?:framework|agenda|decade|strategy|strategic\s+plan|plan\s+for|"
                           r"(?:plan|programme|program)\s+of\s+(?:action|work)|programme\s+(?:budget|and\s+budgets?)|"
                           r"cooperation\s+programme)\b", re.IGNORECASE)
# An explanation of vote's label, under each of its names: 'Explanation of vote', 'Explanation of position',
# 'EOV', 'EOP', 'Statement after the vote'.
VOTE_LABEL = (r"(?:explanations?\s+of\s+(?:the\s+)?(?:vote|position)|EOV|EOP|"
               r"(?:statement|remarks)\s+(?:after|before|following)\s+the\s+vote)")
_HOST_BEFORE_CITY = re.compile(r",\s*(?:the\s+)?(?:United\s+Nations|UN)(?:\s+Headquarters|\s+HQ)?\s*$", re.IGNORECASE)
# A place where a heading goes on to the venue's city: '..., Vienna | 4 May', '... in Geneva on ...'.
# A venue's city set off by its comma ('Geneva, Switzerland', 'GENEVA, 7 MARCH') where the heading ran on into it.
_CITY_BEFORE_COMMA = re.compile(r"(?<=\s)(?=(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}),\s)")
_NUMBERED_START = re.compile(rf"^(?:\d{{1,4}}(?:st|nd|rd|th)|{ORDINAL})$", re.IGNORECASE)
# The venue's city in brackets closing a heading: '... Session of the Executive Council (The Hague)'.
_CITY_IN_BRACKETS = re.compile(r"\s*\((?P<place>[^()]{2,40})\)\s*$")
_PLACE_AFTER = re.compile(r"(?:,|\s+(?i:in|at))\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")
_LABEL_LEAD = re.compile(rf"^(?:{VOTE_LABEL}|statement|remarks)\s+"
                         r"(?:following|after|before|on)\s+(?=the\s+adoption|adoption)(?:the\s+)?", re.IGNORECASE)
# A title that opens with the document's label by its author's kind, then the meeting after a dash, bar, colon or
# comma: 'EU Statement – UN General Assembly: High-level Meeting on ...', 'National Statement, First Committee ...'.
_STATEMENT_LEAD = re.compile(r"^(?:[\w.’']+\s+){0,2}statement\s*[-–—|:,]\s+(?=\S)", re.IGNORECASE)
# A letter's or a note's subject line names its meeting after the field's label ('Subject: 58th session of the Human
# Rights Council', 'Objet :', 'Asunto:', 'Betreff:'); the label is no part of the meeting.
_SUBJECT_FIELD = re.compile(r"^(?:subject|objet|asunto|betreff|re)\s*:\s*", re.IGNORECASE)
# A heading run together that opens with the document's label and its author ('RIGHT OF REPLY OF THE DELEGATION OF
# RURITANIA Thirtieth Meeting of the Ministerial Council', 'Explanation of vote of the State of Ruritania – Eleventh
# Emergency Special Session ...'), or with the day of a session ('Fifth day of the 105th Session of ...'): the
# meeting starts at its number; the author's name ends at the first dash ('Statement by Ruritania - OPCW Executive
# Council, 105th Session' keeps the body the session is of).
LEAD_BEFORE_NUMBER = re.compile(rf"^(?:(?:{VOTE_LABEL}|right\s+of\s+reply|(?:joint\s+)?statement|remarks)\s+(?:of|by)"
                                 rf"\s+(?:(?!\s[-–—|]\s).){{2,60}}?(?:\s+[-–—|:])?"
                                 rf"|(?-i:{ORDINAL})\s+day\s+of(?:\s+the)?)\s+"
                                 rf"(?=(?:\d{{1,4}}(?:st|nd|rd|th)|(?-i:{ORDINAL}))\s)", re.IGNORECASE)
# A heading in another language opening with the document's label and its author, the meeting after a dash or colon
# or the language's 'at the': 'Déclaration de la Ruritanie – Conseil des droits de l'homme, 58e session', 'Intervención
# de Ruritania: ...', 'Intervenção de Ruritânia no Fórum ...'.
_FOREIGN_LABEL_LEAD = re.compile(r"^(?:D[ée]claration|Declaraci[oó]n|Declara[çc][ãa]o|Intervenci[oó]n|"
                                 r"Interven[çc][ãa]o|Intervention|Intervento|Discurso|Allocution)"
                                 r"\s+(?:de|du|del|da|do|des|della)\s+"
                                 r"[^–—:]{2,60}?(?:\s*(?:\s[-–—]|:)|\s+(?:no|na|nos|nas|en\s+el|en\s+la|au|aux|"
                                 r"à\s+la|à\s+l['’]|alla|al|nel|nella))\s+(?=\S)", re.IGNORECASE)
# An ordinal's suffix a site capitalised with its title ('1257Th MEETING'): written '1257th' in any case.
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:St|Nd|Rd|Th|ST|ND|RD|TH)\b")
# A heading that is only the document's own label: 'Explanation of Vote by Ireland'.
ONLY_A_LABEL = re.compile(rf"^(?:{VOTE_LABEL}|(?:joint\s+)?statement|remarks|"
                           r"right\s+of\s+reply|(?:the\s+)?vote)"
                           r"(?:\s+by\b.*)?$", re.IGNORECASE)
# The standing titles of the Security Council's agenda items: 'The situation in the Middle East', 'The question
# concerning Haiti', 'Threats to international peace and security', 'Maintenance of international peace and security'.
_ITEM_TITLE = re.compile(r"(?<![\w-])(?:the\s+situation\s+(?:in|concerning)|the\s+question\s+concerning|"
                         r"(?:threats\s+to|maintenance\s+of)\s+international\s+peace\s+and\s+security)\b",
                         re.IGNORECASE)
_VOTE_ON = re.compile(r"\bvote\s+on\s+$", re.IGNORECASE)
# A session's period in brackets: '(28 February – 1 April 2022)', '(1-26 March)'.
_PERIOD = re.compile(r"\(\s*\d{1,2}(?:\s+[A-Z][a-z]+)?\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*\)")
# A body's session code opening a page title: 'UNGA70:', 'HRC 52:'.
_SESSION_CODE = re.compile(r"(?<=\s)(?:UNGA|HRC)[- ]?\d{2,3}\s*:\s")
# A page title's leading date code: '241219: UNGA79: ...' (yymmdd).
_DATE_CODE = re.compile(r"^\d{6,8}\s*[:–-]\s*")
# A sitting by its number ('1507th Meeting of the Permanent Council', '1067th FSC Plenary Meeting'), whose subject
# follows it ('... on the situation in Ruritania', '...: Briefing on ...') as an agenda's item follows the sitting.
NUMBERED_SITTING = re.compile(rf"^(?:the\s+)?(?:\d{{1,5}}(?:st|nd|rd|th)|{ORDINAL})\s+(?:[\w-]+\s+){{0,3}}?meeting\b",
                               re.IGNORECASE)
BODY_BEFORE_SITTING = re.compile(r"^(?P<body>[^,–—]{3,80}?)(?:,\s+|\s+[-–—]\s+)")
# Portuguese numbers sessions and sittings alike 'sessão'; the Security Council holds no sessions, so its 'sessão' is a
# sitting ('Conselho de Segurança – 8748.ª sessão').
_PORTUGUESE_SITTING = re.compile(r"\d{1,5}\.?\s?[ªº]\s+sess[ãa]o\b", re.IGNORECASE)
FOREIGN_SITTING = re.compile(r"\d{1,5}(?:\.?\s?[ªº]|e|ème)?\s+(?:sesi[oó]n|séance|seduta)\b", re.IGNORECASE)
# ... but the 'on' of a treaty's name is the name's ('States Parties to the Convention on the Law of the Sea').
_ON_NOT_A_TREATYS = r"(?<!\bConvention)(?<!\bTreaty)\s+on\s+"
_TOPIC_ON = re.compile(rf"{_ON_NOT_A_TREATYS}(?!behalf\b)\S", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(rf"{_ON_NOT_A_TREATYS}(?:the\s+)?\S|\s*:\s+\S", re.IGNORECASE)

# 'HRC 52nd Session: Item 2: General debate': a session and the item under it, listed as 'Session, Item 2' (the
# Armenian full stop '։' stands for the colon on some mission pages).
_SESSION_COLON = re.compile(r"(?<=session)\s*[:։]\s+(?=(?:agenda\s+)?item\s+\d|general\s+debate\b|"
                            r"interactive\s+dialogue\b|panel\s+discussion\b)", re.IGNORECASE)
# 'General Debate of the 78th Session of the UN General Assembly': a numbered session or meeting is a meeting even
# where the rest of the heading is a body's name ('General Debate' names the Assembly's debate).
NUMBERED_SESSION = re.compile(rf"(?:\b\d{{1,4}}(?:st|nd|rd|th)|\b{ORDINAL})\s+(?:(?:regular|special|resumed)\s+)?"
                               r"(?:session|meeting)\b", re.IGNORECASE)
# A meeting named in full after its body and a dash; a treaty's meeting names its own members ('Convention on ... -
# Meeting of High Contracting Parties (2024)') and its working group its own subject ('... Convention - Working Group on
# the strengthening of the Convention - Sixth Session'), as a host's meeting title lists them under the treaty.
BODY_DASH = re.compile(r"\s*[-–—‐]+\s+|\s+[-–—‐]+\s*")
_DASHED_MEETING = re.compile(r"(?:(?:high[-\s]level|annual|open|public|informal|urgent|interactive)\s+)*"
                             r"(?:panel\s+discussion|debate|dialogue|briefing|vote|d[ée]bat|votaci[óo]n|dibattito)\b"
                             r"|(?:(?:annual|informal|intersessional)\s+)?meeting\s+of\s+(?:the\s+)?"
                             r"(?:high\s+contracting|states)\s+parties\b|working\s+group\s+on\b",
                             re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+")  # a PDF's page number opening the text copied from it


@lru_cache(maxsize=1)
def _before_a_date() -> re.Pattern:
    """What introduces a date run on after the meeting: '... Conference on Disarmament on 25.06.2019', '...,
    Monday, ...'."""
    return re.compile(rf"(?:\s+(?:on|of|dated|le|el|am)\b)?(?:[\s,]*(?:{alternation(weekdays('English'))})\b)?"
                      r"[\s,;:|(–—‐-]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _meeting_end_pattern() -> re.Pattern:
    """Where the meeting a heading names ends: what a heading runs on after it (a date, its weekday, the speaker's
    clause, the document's own label, a site's stamp, trail or byline)."""
    return re.compile(
        # a day and month after a comma ('HRC 58, 3 March'), not a list of numbers ('agenda items 5, 6 and 7')
        r",\s*(?:Statement|Remarks)\b|,\s*(?:Address|Speech|Intervention)\s+(?:by|of)\b"
        r"|,\s*\d{1,2}\s+(?!(?:and|or|to|et|y|e)\b)[A-Z][a-z]+"
        # the dates a session runs over: 'Sixth Session, 2 – 13 December 2024'
        r"|,?\s+\(?\d{1,2}\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
        r"|\s\(?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
        r"|,\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
        # a date run on after the meeting when the heading lost its breaks: 'September 5, 2023', a posting stamp's
        # '2023-01-25 21:06'
        # ... not a list of numbers before a year ('agenda items 1 and 2, 2024 session')
        r"|\s\(?(?!(?:and|or|to|et|y|e)\b)[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}|\s(?:19|20)\d\d-[01]\d-[0-3]\d\b"
        # ... with its weekday before it ('... (2000)" - MONDAY 27 OCTOBER 2025 - DELIVERED BY ...'), or the weekday
        # left where the line was cut at its date
        rf"|\s*[-–—|,]?\s*(?:{alternation(weekdays('English'))}),?(?:\s+(?=\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|"
        r"[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4})|\s*$)"
        r"|\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}"
        r"|,?\s+(?:on\s+behalf\s+of|delivered\s+by|as\s+delivered)\b"
        # ... or the sentence's verb in the passive, the meeting its subject's: '... statement at the General Debate of
        # the Tenth Review Conference ... was delivered by X'; not a relative clause of the meeting's own title ('Open
        # Debate on Women who have been displaced by conflict')
        r"|(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s+(?-i:was|were|has\s+been|have\s+been)\s+(?-i:[a-z]{3,}(?:ed|en))\b"
        # the speaker's clause run on after it, a State's diplomat in the possessive: '..., India's First Secretary ...'
        rf"|,\s+(?-i:{STATES_POSSESSIVE}(?:[A-Z][\w-]*\s+){{0,3}})"
        r"(?:Representative|Secretary|Ambassador|Minister|Delegate|Counsell?or|Envoy)\b"
        # the sentence's subject after the occasion it opens on: 'At the opening of the 63rd session of the
        # Preparatory Commission for the CTBTO, Austria renewed its call ...'
        rf"|,\s+(?-i:{state_words()})\s+(?-i:[a-z]{{2,}}(?:ed|s))\b"
        # what the statement answers ('..., in response to the report on ...') and the body a forum is convened by
        # ('..., convened under the auspices of the Economic and Social Council') go with the occasion, not the meeting
        rf"|,?\s+(?:{IN_RESPONSE_TO}|convened\s+under\s+the\s+auspices\s+of)\b"
        # the venue run on after it: '... HUMAN RIGHTS COUNCIL PALAIS DES NATIONS'
        r"|,?\s+(?:Palais\s+des\s+Nations|(?:United\s+Nations|UN)\s+Headquarters)\b"
        # where the document's own label follows the meeting: '..., Joint statement by Chile', '- Explanation of vote'
        r"|\s*[-–—|:,]\s*(?:[\w.’']+\s+){0,2}statement\b"
        rf"|\s*[-–—|:,]?\s+(?:(?:joint\s+)?statement\s+by|(?-i:[A-Z][A-Z.]{{1,6}})\s+statement\b|{VOTE_LABEL}\b|"
        r"rights?\s+(?:of|to)\s+repl(?:y|ies)\b)"
        # the speech's note that words may change as given, run on after the meeting, in brackets or not
        rf"|\s*[-–—|:,(]?\s*{DELIVERY_NOTE}\b"
        # ... or run on without a break: '... OSCE Ministerial Council Statement of the Minister of ...'; not the
        # statement a meeting answers ('Response to the statement by the Chairperson')
        r"|(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bto)(?<!\bon)\s+(?:statement|remarks)\s+(?:of|by)\s"
        # the release's own label set under a headline in capitals and joined to it: '... AT CSP-30 PRESS RELEASE'
        r"|\s+(?-i:PRESS\s+RELEASE)\b"
        # a translator's note run on after the title: '... Commission Unofficial translation from Russian'
        r"|\s*[-–—|:,(]?\s*(?:unofficial\s+translation|translation\s+from)\b"
        # a site's posting stamp or date field run on after the title: '... Open Debate on Sea-Level Rise Posted on 15
        # February 2023', '... Asamblea General Publicado: 27/09/2025', '... in Armed Conflict Date  2024-05-21': the
        # labels of a posting stamp line (lines.STAMP_WORDS), or a date field's
        rf"|\s*[-–—|,]?\s+(?:{STAMP_WORDS}|(?-i:Date|DATE|Fecha|FECHA|Data|DATA))(?:\s+(?:on|le|el))?"
        r"(?:\s*:|\s+(?=\d|[A-Z][a-z]+\.?\s+\d))"
        # a byline run on after the title: '... Session 2025 – Première partie Par Madame X', '... BY H.E. MR. X'
        r"|\s+(?-i:By|BY|Par|PAR|Por|POR)\s+(?:H\.\s?E\.|S\.\s?E\.|Ambassador|Ambassadeur|Ambassadrice|Embajador|"
        r"Embajadora|Mr\.|Mrs\.|Ms\.|M\.|Mme|Madame|Monsieur|Señora?|Sra?\.)\s"
        # a site's trail run on after it ('... Security Council Home » Statements »'): its separators name no meeting
        r"|\s[»›>]\s"
        # ... or its label in the page's language: 'Intervención de ...', 'Dichiarazione di voto', 'Pronunciada por ...'
        r"|\s*[-–—|:,]\s*(?:Intervenci[oó]n|Interven[çc][ãa]o|Intervento|Déclaration|Declaraci[oó]n|Declara[çc][ãa]o|"
        r"Dichiarazione|Explicaci[oó]n\s+de\s+voto|Explication\s+de\s+vote|Derecho\s+de\s+respuesta|"
        r"Droit\s+de\s+r[ée]ponse|Direito\s+de\s+resposta|Pronunciad[oa]\s+por|Prononc[ée]e?\s+par|"
        r"Proferid[oa]\s+por|Выступление|Заявление)(?!\w)",
        re.IGNORECASE,
    )


def cut_at_place(text: str) -> str:
    """The heading before the venue's city, and before the host the venue is named by ('..., United Nations, New
    York', '..., UN Headquarters, New York', '... (The Hague)')."""
    bracket = _CITY_IN_BRACKETS.search(text)
    if bracket and canonical_city(bracket.group("place")):
        return text[:bracket.start()]
    for match in _PLACE_AFTER.finditer(text):
        words = match.group("place").split()
        if any(canonical_city(" ".join(words[:size])) for size in range(len(words), 0, -1)):
            return _HOST_BEFORE_CITY.sub("", text[:match.start()])
    for match in _CITY_BEFORE_COMMA.finditer(text):
        after = text[match.end("place") + 1:].lstrip()
        # a dateline run on: '... Human Rights Council Geneva, Switzerland', '... GENEVA, 7 MARCH 2023'; not a place in
        # the topic ('... including East Jerusalem, and Israel')
        if canonical_city(match.group("place")) and (after[:1].isdigit() or state_name().match(after)
                                                     or re.match(month_pattern(), after, re.IGNORECASE)):
            return _HOST_BEFORE_CITY.sub("", text[:match.start()].rstrip())
    return text


# A news headline set after the body it reports from (not a site's label: 'News:') and a colon: a State then its
# verb ('OSCE Permanent Council: Austria calls for ...', 'OSZE-Ständiger Rat: Österreich fordert ...'), the news told,
# no meeting's name.
_HEADLINE_AFTER_COLON = re.compile(r":\s+(?P<state>(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}?)(?P<verb>[a-zäöüß]{2,})\b")


def _without_headline(text: str) -> str:
    """The heading up to the colon a news headline follows (_HEADLINE_AFTER_COLON)."""
    headline = _HEADLINE_AFTER_COLON.search(text)
    if headline and forums_in(text[:headline.start()]) and canonical_country(headline.group("state").strip()) \
            and (headline.group("verb").endswith("s") or headline.group("verb") in HEADLINE_VERBS):
        return text[:headline.start()]
    return text


def meeting_text(text: str) -> str | None:
    """The meeting part of a heading, cut where a date, a place, a speaker or the
    document's label begins; None when it only names a body ('The Conference on Disarmament')."""
    text = _without_headline(text)
    words = cut_at_place(text[:_meeting_end(text)]).split()
    for size in (3, 2, 1):  # a trailing city: '... Review Conference New York'
        if len(words) > size and canonical_city(" ".join(words[-size:])):
            words = words[:-size]
            break
    for size in (2, 1):  # a letterhead's city run on before a numbered session: 'GENEVA 33rd Special Session'
        if len(words) > size and canonical_city(" ".join(words[:size])) and _NUMBERED_START.match(words[size]):
            words = words[size:]
            break
    meeting = _STATEMENT_LEAD.sub("", _DATE_CODE.sub("", _SUBJECT_FIELD.sub("", " ".join(words))))
    meeting = LEAD_BEFORE_NUMBER.sub("", _LABEL_LEAD.sub("", meeting))
    meeting = _FOREIGN_LABEL_LEAD.sub("", meeting)
    meeting = _from_session_code(meeting).rstrip(" ,;:.|–—‐‑-")
    if meeting.casefold().endswith("statement"):
        meeting = _state_label().sub("", meeting)
    meeting = _ORDINAL_SUFFIX.sub(lambda m: m.group(0).lower(), meeting.strip(" ,;:.|–—‐‑-"))
    meeting = _agenda_title(_SESSION_COLON.sub(", ", _without_open_bracket(_without_open_quote(meeting))))
    meeting = _item_after_the_body(_after_the_body(_without_subject(sitting_after_body(meeting))))
    only_a_body = is_only_a_forum(sitting_body(meeting)) and not opens_with_a_convened_group(meeting)
    # What is left of "Ruritania's Explanation of Vote at the ..." once the label is cut is the State, no meeting.
    if not re.search(r"[^\W\d]", meeting) or only_a_body \
            or ONLY_A_LABEL.match(meeting) \
            or state_name().fullmatch(POSSESSIVE_END.sub("", meeting)) or _NO_MEETING.search(meeting) \
            or _a_term_closes(meeting) \
            or _files_a_document(meeting):
        return None
    return meeting


def _a_term_closes(meeting: str) -> bool:
    """A term's years close the text ('..., 2024-2026'), not a period's name's just before them ('Sendai Framework
    for Disaster Risk Reduction 2015-2030'); a member's or a candidate's words between make them the term."""
    years = _TERM_YEARS.search(meeting)
    if years is None:
        return False
    period = _NAMED_PERIOD.search(meeting, max(0, years.start() - _PERIOD_REACH), years.start())
    return period is None or bool(_TERM_BETWEEN.search(meeting, period.end(), years.start()))


_TERM_BETWEEN = re.compile(r"\s[–—-]\s|\b(?:member|candidate|candidature|candidacy)\b", re.IGNORECASE)


def _files_a_document(meeting: str) -> bool:
    """A UN document's masthead flattened onto one line: the PDF's page number, the body and the document's symbol
    ('1 CONFERENCE ON DISARMAMENT CD/2371', 'Human Rights Council A/HRC/59/G/4'). It files the document under the
    body, as a body's name alone does, and names no meeting; the number is the page's, not a session's."""
    symbols = vocabulary.symbol_pattern()
    return bool(symbols.search(meeting)) and is_only_a_forum(_PAGE_NUMBER.sub("", symbols.sub(" ", meeting)).strip())


def _after_the_body(meeting: str) -> str:
    """A heading that files its meeting under the body before a dash ('UN Human Rights Council – Panel discussion on
    ...', 'Conseil de sécurité - Débat public sur ...'): the meeting is what follows, a debate, dialogue, briefing or
    vote named in full. A session or topic after the dash ('Human Rights Council – 51st Session', 'HRC56 - Commission
    of Inquiry on ...') needs the body's name and keeps it."""
    head, dash, rest = split_at_dash(meeting)
    if dash and (_DASHED_MEETING.match(rest) or _MAIN_COMMITTEE.match(rest)) and forums_in(head) \
            and is_only_a_forum(head):
        return rest
    return meeting


# One of the Assembly's Main Committees opening what follows its name and a dash ('Asamblea General de las Naciones
# Unidas – Primera Comisión, 79° período de sesiones'): the Committee's session is the meeting, as its own heading
# would name it; a session before the Assembly's name ('80th session of the General Assembly – Sixth Committee') is
# kept whole, as written.
_MAIN_COMMITTEE = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee\b|"
                             r"(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\s+Comisi[óo]n\b|"
                             r"(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)\s+Commission\b|"
                             r"(?:Primeira|Segunda|Terceira|Quarta|Quinta|Sexta)\s+Comiss[ãa]o\b", re.IGNORECASE)


def _item_after_the_body(meeting: str) -> str:
    """A board's sitting named only as the body's meeting or by its month ('IAEA Board of Governors Meeting',
    'IAEA Board of Governors, March 2024') names the body, as 'OSCE Permanent Council meeting' does; the agenda item
    after it ('..., Agenda Item 4(c): NPT Safeguards Agreement with ...') is the meeting the statement was given at."""
    head = _body_s_meeting().match(meeting)
    body = head["body"] if head else ""
    return meeting[head.end():] if head and is_only_a_forum(body) and not MEETING_WORDS.search(without_forums(body)) \
        and not re.search(r"\d", body) else meeting


@lru_cache(maxsize=1)
def _body_s_meeting() -> re.Pattern:
    """A body's unnumbered meeting ('... Meeting', '..., June 2023') set off before an agenda item."""
    return re.compile(rf"^(?P<body>.+?)(?:\s+meeting|,?\s+{month_pattern()}\s+\d{{4}})\s*[,:–—-]\s*"
                      r"(?=(?:agenda\s+)?item\s+\d)", re.IGNORECASE)


def sitting_after_body(meeting: str) -> str:
    """A heading that files a numbered sitting under its body ('UN Security Council, 9940th meeting: ...', 'General
    Assembly, 54th plenary meeting', 'Consejo de Seguridad – 9586.ª sesión'): the sitting is the meeting, named by
    its number as the body's records name it; a session after the body keeps it ('Human Rights Council – 51st
    Session'), and a Portuguese 'sessão' is a sitting only of the Security Council."""
    head = BODY_BEFORE_SITTING.match(meeting)
    if head and (bodies := forums_in(head["body"])) and is_only_a_forum(head["body"]) \
            and (NUMBERED_SITTING.match(sitting := meeting[head.end():]) or FOREIGN_SITTING.match(sitting)
                 or bodies == ["UN Security Council"] and _PORTUGUESE_SITTING.match(sitting)):
        return sitting
    return meeting


def split_at_dash(text: str) -> tuple[str, str, str]:
    found = BODY_DASH.search(text)
    return (text[:found.start()], found.group(0), text[found.end():]) if found else (text, "", "")


def _without_subject(meeting: str) -> str:
    """A numbered sitting without the subject it took up: '1507th Meeting of the Permanent Council on the situation
    in Ruritania' -> '1507th Meeting of the Permanent Council'; an 'on' inside a body's name ('Conference on
    Disarmament') is the body's."""
    sitting = NUMBERED_SITTING.match(meeting)
    if sitting is None:
        return _session_without_topic(meeting)
    bodies = [(match.start, match.end) for match in forum_matches(meeting)]
    for subject in _SUBJECT_AFTER.finditer(meeting, sitting.end()):
        if not any(start <= subject.start() < end for start, end in bodies):
            return meeting[:subject.start()]
    return meeting


def _session_without_topic(meeting: str) -> str:
    """A numbered session of a body takes up many subjects: a headline's 'on' right after the body's name gives its
    State's topic there ('58th Session of the Human Rights Council on climate change ...' -> '58th Session of the
    Human Rights Council'), not the session's; the 'on' of a treaty's name is the name's."""
    if not NUMBERED_SESSION.match(meeting):
        return meeting
    topic = next((body for body in forum_matches(meeting) if _TOPIC_ON.match(meeting, body.end)), None)
    return meeting[:topic.end] if topic else meeting


_LABEL_REACH = 60  # how far past a cut a State's label that starts before it is looked for


@lru_cache(maxsize=1)
def _state_label_in() -> re.Pattern:
    """The document's label by its State run on after the meeting: '... First Committee New Zealand statement
    delivered by ...'; not a State that ends the meeting's subject before a 'Statement by ...'."""
    return re.compile(rf"\s+(?:{state_words()})\s+(?:national\s+|joint\s+)?statement\b(?!\s+by\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_label() -> re.Pattern:
    """The document's label after the meeting, by its State: '... First Committee New Zealand statement'."""
    return re.compile(rf"\s+(?:{state_words()})\s+(?:national\s+|joint\s+)?statement$", re.IGNORECASE)


def _from_session_code(text: str) -> str:
    """A mission page's title opens its meeting with the body's session code ('UNGA70: First Committee'); what
    comes before it is the site's letterhead ('... to the United Nations Te Mangai o Aotearoa UNGA70: ...')."""
    code = _SESSION_CODE.search(text)
    return text[code.start():] if code else text


def _agenda_title(text: str) -> str:
    """A Security Council agenda item's standing title after the body's name or 'vote on' is the meeting itself:
    'UN Security Council: The situation in the Middle East, including the Palestinian question', 'EOV after the
    vote on the situation in ...'. A topic of the heading's own ('UN Security Council: Syria') keeps the body."""
    item = _ITEM_TITLE.search(text)
    if item is None:
        return text
    lead = text[:item.start()]
    if _VOTE_ON.search(lead) or (lead.rstrip().endswith(":") and is_only_a_forum(lead.rstrip(" :"))):
        return text[item.start():]
    return text


def _without_open_quote(text: str) -> str:
    """A text reproduced in quotation marks opens with its heading ('"80e session de l'Assemblée générale ...'): the
    mark that opens the quotation is not the heading's."""
    return text[1:].lstrip() if text[:1] in "\"“" and quote_open(text) else text


def _without_open_bracket(text: str) -> str:
    """A cut inside a bracketed dateline ('... Council (Geneva, 4 March 2024)') leaves it open: it goes whole."""
    opened = text.rfind("(")
    return text[:opened].rstrip(" ,;:") if opened > text.rfind(")") else text


def _meeting_end(text: str) -> int:
    """Where the meeting ends, but not inside brackets: a session's period ('... Council (28 February – 1 April
    2022)') belongs to the session; a bracketed dateline ('(Geneva, 16 March 2022)') ends it. A day's full date in
    any writing the dates module reads ('11.01.2018', '11th of January 2018', '17 de diciembre de 2021') ends it
    too, with the 'on' or weekday that introduces it."""
    end = _meeting_end_pattern().search(text)
    while end and _in_period(text, end.start()) and (close := text.find(")", end.start())) != -1:
        end = _meeting_end_pattern().search(text, close + 1)
    cut = end.start() if end else len(text)
    if (state_label := _state_label_in().search(text, 0, cut + _LABEL_REACH)) and state_label.start() < cut:
        cut = state_label.start()  # '... FIRST COMMITTEE NEW ZEALAND STATEMENT', not at 'ZEALAND STATEMENT'

    day = next((found for found in find_dates(text[:cut]) if found.day and found.year
                and not _in_period(text, found.start)), None)
    return len(_before_a_date().sub("", text[:day.start if day else cut]))


def _in_period(text: str, at: int) -> bool:
    """Whether `at` falls inside a session's period in brackets ('(28 February – 1 April 2022)')."""
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and bool(_PERIOD.match(text, opened))


@lru_cache(maxsize=1)
def state_name() -> re.Pattern:
    return re.compile(rf"(?:the\s+)?(?:{state_words()})", re.IGNORECASE)


def quote_open(text: str) -> bool:
    """A quotation opened and not closed: 'OPEN DEBATE OF THE SECURITY COUNCIL ON "PROTECTION OF' goes on."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")
