"""The body a document was delivered to or circulated in (its meeting is read in meetings.py).

Forums come, in this order of trust, from the circulation formula of a letter
or note ("circulated as a document of the General Assembly ... and of the
Security Council"), which names every body; the masthead of a UN document
(each organ over its session or year line: "General Assembly / Sixtieth
session / Security Council / Sixty-first year"); the header, where a body
introduced as the venue ("at the Security Council open debate", "1257th
meeting of the OSCE Permanent Council") beats one named alone ("UNGA78:"),
which beats one inside the speaker's post ("Permanent Representative to the
Conference on Disarmament"); and last the opening paragraphs, read only for
a venue phrase ("at the 40th Session of the Human Rights Council", "this
70th session of the General Assembly") or for "this Council" where they name
one council (a weak cue, and "this Hall" of the General Assembly weaker still).
A subsidiary body beats its parent
(a Human Rights Council document carries "General Assembly" in its heading
too). A body that is the subject and not the venue is skipped: "on the
report of the Economic and Social Council", "Security Council reform", "a
seat on the Security Council", the title of an agenda item ("Elections ...
of the Human Rights Council").
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.statement import Evidence
from indexer.extraction.dated_lines import dated_listing
from indexer.extraction.forum_names import ELECTED_COUNCILS, all_spans, forum_matches, forums_in, is_only_a_forum
from indexer.extraction.lines import Line
from indexer.extraction.patterns import ARABIC_LETTERS, QUESTION_LINE, clause_before, just_before

# What the writer asks to be brought to the bodies' attention: the letter or note itself, or what it transmits; not
# whatever a body sentence wants brought to some body ('that every attack be brought to the attention of the Board').
_TRANSMITTED = (r"(?:this|the\s+present|the\s+attached|these)\s+(?:letter|note|information|documents?)"
                r"(?:\s+and\s+its\s+annex(?:es)?)?")
# 'circulated as a document of the General Assembly ... and of the Security Council', 'circulated to the members
# of', 'bring this letter to the attention of the members of the Security Council'; an agency's information
# circular is 'circulated for the information of the Board of Governors and all Member States'. The object may stand
# between verb and bodies ('circulate the present note and its attachment to the Members of the Board of Governors'),
# and the request may be put passively ('that this information be brought to the attention of the Executive Council',
# 'if the present letter could be brought to the attention of the members of the Security Council'). A note asks the
# OPCW's Technical Secretariat 'to issue the enclosed paper as an official document of the 104th Session of the
# Executive Council'.
# The UN's other working languages write it 'faire distribuer la présente note ... comme document de l'Assemblée
# générale', 'hacer distribuir la presente nota como documento oficial de la Asamblea General', 'circular ... como
# documento da'; and in Arabic, 'تعميم هذه الرسالة بوصفها وثيقة من وثائق مجلس الأمن'.
_CIRCULATED = (r"(?:circulated?|issued?|distributed?)\s+"
               r"(?:(?:this|the\s+(?:present|attached|enclosed))\s+(?:[^\s.]+\s+){0,4}?)?")
_AS_DOCUMENT_OF = (rf"{_CIRCULATED}as\s+(?:an?\s+)?(?:official\s+)?documents?\s+of"
                   r"|\b(?:distribu|circul)\w*\s+(?:[^\s.]+\s+){0,8}?(?:comme|como)\s+(?:un\s+|une\s+)?document(?:s|os?)?\s+"
                   r"(?:officiels?\s+|oficial(?:es)?\s+)?(?:de|du|des|del|da|do)"
                   r"|تعميم\s+(?:\S+\s+){0,4}?(?:بوصفها|باعتبارها|بوصفه|باعتباره)\s+وثيقة\s+(?:رسمية\s+)?من\s+وثائق")
_CIRCULATION = re.compile(
    rf"(?:{_AS_DOCUMENT_OF}|{_CIRCULATED}(?:to\s+the\s+members\s+of|for\s+the\s+information\s+of)"
    rf"|(?:(?:bring|brought|bringing)\s+{_TRANSMITTED}|{_TRANSMITTED}\s+(?:(?:could|would|might|may|can|should|will)\s+)?"
    r"be\s+brought)"
    r"\s+to\s+the\s+attention\s+of(?:\s+the\s+members\s+of)?)"
    r"\s+(?P<bodies>[^.]+)",
    re.IGNORECASE,
)
# A letter both brought to a body's attention and issued as another's document is that other body's document ('...
# brought to the attention of the members of the Security Council, and circulated as a document of the General
# Assembly'): the request to issue it as a document comes first.
_AS_DOCUMENT = re.compile(rf"(?:{_AS_DOCUMENT_OF})\s+(?P<bodies>[^.]+)", re.IGNORECASE)
# '... General Assembly resolution 49/12': a decision cited in a letter, not where the letter goes; so too the body
# after the word for resolution in the languages that put it first ('rezolucijom Generalne skupštine 78/282',
# 'resolución 78/282 de la Asamblea General', 'résolution 78/282 de l'Assemblée générale').
_DECISION_AFTER = re.compile(r"^\s+(?:resolutions?|decisions?)\b", re.IGNORECASE)
_RESOLUTION_OF = re.compile(r"\b(?:rezolucij\w*|resoluci[óo]n(?:es)?|r[ée]solutions?|resolu[çc][ãa]o|resoluções|"
                            r"risoluzion[ei]|резолюци\w*)\s+(?:\d{1,3}/\d{1,4}\s+)?"
                            r"(?:(?:of|the|de|del|la|du|des|da|do|della|dell['’]|l['’])\s*)*$", re.IGNORECASE)
RESOLUTION_REACH = 40


def _cited_decision(text: str, start: int, end: int) -> bool:
    """The body named as the author of a resolution or decision cited, before or after the word for it."""
    return bool(_DECISION_AFTER.match(text[end:]) or just_before(_RESOLUTION_OF, text, start, RESOLUTION_REACH))
# ... nor the session a decision is (or is to be) adopted at: 'a resolution at the fifty-second session of the General
# Assembly', 'resolution 77/276, adopted at the 64th plenary meeting of the'.
_DECISION_BEFORE = re.compile(r"\b(?:resolutions?|decisions?)\s+(?:[\w/.,-]+\s+){0,3}?(?:adopted\s+)?"
                              r"(?:at|during|by)\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:session|meeting)\s+of\s+(?:the\s+)?$",
                              re.IGNORECASE)
DECISION_REACH = 120
# The speaker's post: 'Permanent Representative of India to the Conference on Disarmament'; or the mission's, to two
# bodies ('Permanent Mission to the African Union and the United Nations Economic Commission for Africa').
_POST_BEFORE = re.compile(
    r"\b(?:Representative|Mission|Delegation|Observer|Ambassador|Envoy|Delegate)"
    r"(?:\s+of\s+(?:the\s+)?[\w .’'-]{2,40}?)?\s+to\s+(?:the\s+)?(?:[\w .’'-]{2,40}?\s+and\s+(?:to\s+)?(?:the\s+)?)?"
    r"(?:UN\s+|United\s+Nations\s+)?$",
    re.IGNORECASE)
# The venue: 'at the', 'before the', '60th meeting of the', 'President of the'.
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:at|in|before|during|to|for|addressing|addressed)\s+(?:the\s+|this\s+)?(?:UN\s+)?"
    r"|\b(?:session|meeting|sitting|segment|debate|dialogue|conference|summit|plenary|opening|closing|"
    r"president|presidency|chair|chairmanship)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE)
# The office of one who presides: 'President of the', 'Chair of the'.
_PRESIDING_BEFORE = re.compile(r"\b(?:president|presidency|chair|chairmanship)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# In running prose the venue is stated more strictly: 'at the ...', the session the speaker is at ('took part
# in the 51st session of the ...', 'at a meeting of the ...', 'thank you for convening this open debate of the
# ...'), not one in passing ('the conclusion of a regular
# session of', 'the next session of'), nor one something is planned for ('the review agreed for the 83rd session of').
# A meeting the speaker's State plans to attend is not where the text was given: 'will draw on it in the negotiations
# at the thirtieth session of the Conference of the Parties', 'intends to raise it at', 'se propone presentarlo ante'.
# The plan governs the body's name in the same clause: a comma closes it ('who will chair the Group's next meeting,
# addressed the Security Council'), and the noun ('the political will of', 'the will to') plans nothing.
_PLANNED = re.compile(r"\b(?:will(?!\s+(?:of|to)\b)|shall|intends?\s+to|plans?\s+to|looks?\s+forward\s+to|"
                      r"se\s+propone|pretende)\b[^.;,]*$", re.IGNORECASE)
_PROSE_VENUE_BEFORE = re.compile(
    # ... or told, as a news item's lead reports a speech ('... has told the United Nations General Assembly that')
    r"(?:\b(?:at|before|addressing|addressed|told|tells)\s+(?:the\s+|this\s+)?"
    # 'to participate in this high-level thematic debate': the speaker is there ('took part in the ...' reports).
    r"|\b(?:participat\w*|take\s+part|taking\s+part)\s+in\s+this\s+"
    r"|(?:\b(?:at|in|during|to|for|addressed|addressing|attended|attending|(?:sidelines|margins)\s+of|convening|"
    r"convened|organi[sz]ing|holding|hosting|chairing)\s+"
    r"(?:the|a|an|this|its)\s+(?!(?:next|previous|last|past|future|upcoming|forthcoming|coming)\b)"
    r"(?!(?<=\bfor\sthe\s)\d)"
    r"|(?<!\bfor\sthe\s)\b\d{1,3}(?:st|nd|rd|th)\s+)"
    r"(?:[\w-]+\s+){0,4}?(?:session|meeting|sitting|segment|debate|dialogue|summit)\s+of\s+(?:the\s+)?"
    r"|\bpresidency\s+of\s+(?:the\s+)?"
    r"|\b(?:election|elected)\s+as\s+(?:the\s+)?President\s+of\s+(?:the\s+)?"
    r"|\bletters?\s+(?:\w+\s+){0,2}to\s+the\s+President\s+of\s+(?:the\s+)?"
    # ... and in French, Spanish, Portuguese and Italian: 'devant le', 'ante el', 'período de sesiones del'.
    r"|\b(?:ante|devant|perante|dinanzi\s+a[lo]?)\s+(?:el|la|le|les|o|a|il|lo)?\s*"
    r"|\b(?:per[ií]odo\s+de\s+sesiones|sesi[oó]n|session|sess[aã]o|sessione|d[ée]bat[e]?|r[ée]union|reuni[oó]n)"
    r"\s+(?:\w+\s+){0,3}?(?:del|de\s+la|du|de\s+l['’]|da|do|della|dell['’])\s*"
    # ... and in Arabic, a speech given before or during the meeting a body holds ('كلمة جمهورية X أمام الاجتماع الرفيع
    # المستوى للجمعية العامة'), not a wish to put a matter before the Council ...
    rf"|(?:^|\s)(?:كلمة|كلمته|كلمتها|بيان|بيانا|بياناً|خطاب|خطابا)\s+(?:[{ARABIC_LETTERS}]+\s+){{0,4}}(?:أمام|خلال)\s+"
    # ... the body's name perhaps carrying its preposition ('لمجلس', of the Council)
    rf"(?:[{ARABIC_LETTERS}]+\s+){{0,4}}(?:ل|لل|ب)?"
    # ... and in Greek, a speech given at the meeting a body holds ('μίλησε σήμερα στη Σύνοδο Υψηλού Επιπέδου της
    # Γενικής Συνέλευσης').
    r"|(?:^|\s)(?:Ομιλία|ομιλία|μίλησε|Παρέμβαση|παρέμβαση|Δήλωση|δήλωση)\s+(?:\S+\s+){0,8}?"
    r"(?:στη|στην|στο|ενώπιον\s+(?:της|του))\s+(?:[\u0370-\u03ff\u1f00-\u1fff]+\s+){0,4})"
    r"(?:\d{1,4}(?:st|nd|rd|th)?\s+)?$",  # 'at the 75th UNGA'
    re.IGNORECASE)
# 'HRC 52nd Session', 'Human Rights Council 55th session': the body's own session numbering.
# A flattened UN masthead gives the Security Council's year the same way: 'Security Council Seventy-eighth year'.
_SESSION_AFTER = re.compile(
    r"^\W{0,3}(?:(?:\d{1,3}(?:st|nd|rd|th)?|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:regular\s+|special\s+|ordinary\s+)?session\b"
    r"|(?!(?:last|past|next)\b)(?:[A-Z][a-z]+-)?[a-z]+(?:st|nd|rd|th)\s+year\b)",
    re.IGNORECASE)
# A news lead tells the occasion of what it reports by the body meeting: '..., as the U.N. General Assembly's First
# Committee continued its general debate', 'as the Council opened its session'.
_AS_THE = re.compile(r"\bas\s+(?:the\s+)?(?:U\.N\.\s+|UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
_MET = re.compile(r"^(?:['’]s(?:\s+[A-Z][\w-]*){1,3})?\s+(?:continued|opened|began|held|concluded|resumed|wrapped\s+up|"
                  r"met|debated|considered|discussed|took\s+up|convened)\b")
# 'this Council' speaks of the venue; it is the one body of that kind the opening names ('... the Human Rights
# Council has ...; this Council must ...').
_DEIXIS = re.compile(r"\b[Tt]his\s+(?:august\s+|esteemed\s+|distinguished\s+)?(Council|Conference|Commission|Board|"
                     r"Committee|Assembly|Court|Forum)\b")
# Deictic venues of the General Assembly: 'this Assembly', 'the general debate in this Hall'.
_ASSEMBLY_DEIXIS = re.compile(r"\b[Tt]his\s+(?:august\s+|esteemed\s+|distinguished\s+)?(?:Assembly|Hall)\b")
AGENDA_LINE = re.compile(r"^Agenda\s+items?\s+\d", re.IGNORECASE)
# A heading's agenda item names its subject, bodies included ('On item 121: Question of ... the membership of the
# Security Council and other matters related to the Security Council'): a body on it is the venue only where the line
# says so as prose would ('Item 4: General Debate - 59th Session of the Human Rights Council').
_ITEM_LINE = re.compile(r"^(?:(?:on|under)\s+)?(?:agenda\s+)?items?\s+\d", re.IGNORECASE)
# A journalist's question in a spokesperson's transcript names what it asks about, not where the answer is given.
# In a UN document's masthead each organ stands over its session or year: 'Sixtieth session', 'Sixty-first year'.
_MASTHEAD_PERIOD = re.compile(
    r"^(?:[\w-]+\s+)?(?:special\s+|regular\s+|resumed\s+|emergency\s+special\s+)?(?:session|year)\b",
    re.IGNORECASE)
# Two sentences on a line: a release's lead caught in the header ('Islamabad, 9 March 2023: X welcomes ... by the
# Human Rights Council. The Spokesperson said ...'), whose bodies are read as in prose.
_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z]")
# A UN document's own symbol heads its masthead, alone or after 'United Nations' and before the distribution block
# ('United Nations   A/ES-10/1001–S/2023/870', 'A/HRC/55/G/4 Distr.: General').
_SYMBOL_LINE = re.compile(r"^(?:United\s+Nations\s+)?(?=(?:A|S|E|CD|NPT|CLCS)/)")
_AFTER_SYMBOLS = re.compile(r"^(?:\s*[–—-]\s*|\s+)?(?:$|Distr\b)")
_SYMBOL_JOIN = re.compile(r"\s*[–—-]\s*")  # a joint document's two symbols: 'A/ES-10/1001–S/2023/870'
MASTHEAD_LINES = 12
OPENING_LIMIT = 1500
PROSE_LINE = 300  # past this point a header line is a paragraph (flattened markup), no longer a heading

# How often each cue names the right body. A document's own symbol is the masthead's convention, one step under
# the organ written out (a series such as 'A/' is shared by the Assembly's subsidiary bodies); a membership in the
# Human Rights Council is decided by the Assembly, but the heading names the subject, not the venue, so the cue is
# an inference, as a body named in a post is.
CONFIDENCE = {"circulation formula": 0.95, "masthead": 0.95, "masthead: the document's symbol": 0.9,
              "header: venue": 0.9, "header: presiding": 0.85,
              "header": 0.85,
              "header: post": 0.6, "opening: venue": 0.75, "opening paragraph of a formal note": 0.7,
              "opening paragraph of a formal note: subject": 0.5,
              "opening paragraph of a formal note: to the High Commissioner": 0.6,
              "opening paragraph of a formal note: to the special procedures": 0.6,
              "opening paragraph of a formal note: an election the Assembly holds": 0.7,
              "opening: this body, named": 0.6, "header: a membership the Assembly decides": 0.6,
              "header: an open debate": 0.6, "header: a high-level meeting": 0.55, "opening: this Assembly": 0.5,
              "opening: the Court's salutation": 0.6}
# The open debate is the Security Council's own format (its other meetings are briefings and consultations): a
# heading that names an open debate and no body ('Open Debate on Women, Peace and Security') is the Council's.
_OPEN_DEBATE = re.compile(r"\b(?:open\s+debate|debate\s+abierto|debate\s+aberto|offenen?\s+Debatte)\b"
                          r"|\bоткрыт\w*\s+дебат", re.IGNORECASE)
# ... whose subject, after 'on', may name other bodies: the Council's, not theirs.
_OPEN_DEBATE_ON = re.compile(r"\bopen\s+debate\b[^:;]{0,40}?\bon\b", re.IGNORECASE)
# A high-level meeting on a subject ('High-level Meeting on Antimicrobial Resistance', on universal health coverage, on
# sea-level rise) is one the General Assembly convenes in its high-level week: a heading naming one and no body.
_HIGH_LEVEL_MEETING = re.compile(r"\bhigh[-‐‑–\s]level\s+meeting\s+on\b|\breuni[óo]n\s+de\s+alto\s+nivel\s+sobre\b"
                                 r"|\br[ée]union\s+de\s+haut\s+niveau\s+sur\b", re.IGNORECASE)

# A State's counsel pleading before the International Court of Justice opens on the Court's salutation ('Mr. President,
# Members of the Court,', 'Madame la Présidente, Mesdames et Messieurs les juges', 'Señora Presidenta, Señores
# Magistrados'), as a statement to a council opens on its president: the page that names no body is the Court's.
# Not where the page names another court, whose pleadings open the same way (the European Union's, the Inter-American
# and the African courts, a State's constitutional court): only the ICJ's own names, or no court's, may stand beside it.
_COURT_SALUTATION = re.compile(
    r"^(?:Mr\.?|Madam|Madame)\s+(?:the\s+)?(?:President|Vice-President)\s*,\s*(?:distinguished\s+)?Members\s+of\s+the\s+"
    r"Court\b|^(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Vice-)?Pr[ée]sidente?\s*,\s*Mesdames\s+et\s+Messieurs\s+"
    r"(?:les\s+juges|de\s+la\s+Cour)\b|^(?:Señor|Señora)\s+(?:Vice)?President[ea]\s*,\s*(?:Señoras\s+y\s+)?Señores\s+"
    r"(?:Magistrad[oa]s|Jueces|Miembros\s+de\s+la\s+Corte)\b",
    re.IGNORECASE | re.MULTILINE)
_ICJ_NAMES = re.compile(r"\bInternational\s+Court\s+of\s+Justice\b|\bCour\s+internationale\s+de\s+Justice\b"
                        r"|\bCorte\s+Internacional\s+de\s+Justicia\b|\bWorld\s+Court\b"
                        # ... and the Court named bare, as the pleading goes on ('the Court has held', 'this Court,')
                        r"|\b(?:the|this)\s+Court\b"
                        r"(?=\s*[,.;:)]|\s+(?:is|has|was|will|would|should|must|to|that|in|for|and)\b)"
                        r"|\bMembers\s+of\s+the\s+Court\b|\bMiembros\s+de\s+la\s+Corte\b", re.IGNORECASE)
_OTHER_COURT = re.compile(r"\b(?:Court|Cour|Corte|Tribunal|CJEU)\b", re.IGNORECASE)


def _without_parents(names: list[str]) -> list[str]:
    parents = {forum.parent for forum in vocabulary.forums() if forum.name in names and forum.parent}
    return [name for name in names if name not in parents]


def _evidence(text: str, line: int | None, method: str) -> Evidence:
    return Evidence("forum", text, line, method, confidence=CONFIDENCE[method])


def _masthead(header: list[Line]) -> tuple[list[str], Line | None]:
    """Organs each followed by a session or year line, in masthead order."""
    organs: list[str] = []
    first = None
    for line, after in zip(header, header[1:], strict=False):
        names = forums_in(line.text)
        if len(names) == 1 and is_only_a_forum(line.text) and _MASTHEAD_PERIOD.match(after.text):
            organs.append(names[0])
            first = first or line
    return _without_parents(list(dict.fromkeys(organs))), first


@lru_cache(maxsize=1)
def _series() -> tuple[tuple[str, str], ...]:
    """(symbol series, forum), the longest series first: 'A/HRC/' is the Human Rights Council's, 'A/' the
    Assembly's (forums.json)."""
    pairs = [(series, entry["name"]) for entry in vocabulary.load_data("forums")
             for series in entry.get("symbol_series", ())]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _symbol_masthead(header: list[Line]) -> tuple[list[str], Line | None]:
    """The organs a UN document's own symbols name, in order ('A/ES-10/1001–S/2023/870': the General Assembly,
    then the Security Council); symbols cited further down are not the document's."""
    for line in header[:MASTHEAD_LINES]:
        start = _SYMBOL_LINE.match(line.text)
        if not start:
            continue
        organs, end = [], start.end()
        while symbol := vocabulary.symbol_pattern().match(line.text, end):
            organs += [forum for series, forum in _series() if symbol.group(0).startswith(series)][:1]
            end = symbol.end()
            if dash := _SYMBOL_JOIN.match(line.text, end):
                end = dash.end()
        if organs and _AFTER_SYMBOLS.match(line.text[end:]):
            return list(dict.fromkeys(organs)), line
    return [], None


def _role(text: str, start: int) -> str:
    """How a header line introduces the body named at `start`: as the venue, by the office of one who presides
    over it ('and President of the Security Council', weaker: a post may hold it), as the speaker's post, or bare."""
    if clause_before(_POST_BEFORE, text, start):
        return "header: post"
    if clause_before(_PRESIDING_BEFORE, text, start):
        return "header: presiding"
    return "header: venue" if clause_before(_VENUE_BEFORE, text, start) else "header"


# ... in French, Spanish and Portuguese too: 'Candidature de la Tunisie au Conseil des droits de l'homme',
# 'candidatura de Chile al Consejo de Derechos Humanos', 'candidatura do Brasil ao Conselho'.
# A State 'elected to' a council, in the same languages ('élu au Conseil de sécurité', 'elegido miembro del Consejo',
# 'eleito para o Conselho').
_ELECTED_TO = re.compile(r"\b(?:candidatures?|candidaturas?|candidac(?:y|ies)|elections?|re-?election|membership|"
                         r"[ée]lections?|elecci[oó]n|elei[çc][ãa]o|(?:re-?)?elected|(?:ré)?élu(?:e|s|es)?|"
                         r"(?:re)?elegid[oa]s?|(?:re)?eleit[oa]s?)\b[^.]{0,60}?"
                         r"(?:\b(?:to|of|for|in|on)\s+(?:the\s+)?|\b(?:au|al|ao|del|du|do|para\s+o)\s+)"
                         r"(?:UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
# A council's own officers it elects itself ('election of the President of the Council').
# The Security Council's and ECOSOC's members are named by their election ('elected to', 'élue au', 'elections to') or
# a formal candidature to the council ('Candidature of Grenada to the Economic and Social Council', as notes announce
# it); a State's campaign for a seat ('candidacy for a seat on the Security Council', 'for non-permanent membership
# of') is spoken of at its own events.
_CANDIDATURE_TO = re.compile(r"\b(?:candidatures?|candidaturas?|candidac(?:y|ies))(?:\s+(?:of|de|du|del|do|da)\s+"
                             r"[\w'’ -]{1,40}?)?\s+(?:to|for|au|al|ao|à)\s+(?:the\s+|la\s+|o\s+)?"
                             r"(?:UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
# ... while their election must name the council itself ('elected to the', 'elected as a non-permanent member of the',
# 'élue au', 'elegida miembro del', 'eleito para o'): a speaker's own election in passing ('Newly elected Minister
# speaks to the Security Council') is not one to the council.
_ELECTED_DIRECTLY = re.compile(
    r"\b(?:(?:re-?)?elect(?:ed|ions?)|(?:ré)?élu(?:e|s|es)?|[ée]lections?|elecci(?:ón|on|ones)|(?:re)?elegid[oa]s?|"
    r"(?:re)?eleit[oa]s?|elei[çc](?:ão|ao|ões|oes))\s+"
    r"(?:as\s+(?:an?\s+)?|of\s+(?:\w+\s+)?(?=members\b))?(?:(?:non-permanent|elected)\s+)?"
    r"(?:(?:members?|membres?|miembros?|membros?)\s+(?:(?:non|no|não)[\s-]permanentes?\s+)?)?"
    r"(?:(?:to|of)\s+(?:the\s+)?|au\s+|du\s+|al\s+|del\s+|ao\s+|do\s+|para\s+o\s+|en\s+el\s+|a\s+la\s+)"
    r"(?:UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
_OWN_OFFICERS = re.compile(r"\b(?:President|Presidency|Vice-?Presidents?|Bureau|Chair\w*|Pr[ée]sident\w*|"
                           r"Presidente|Presid[eê]ncia)\b", re.IGNORECASE)


# A body a meeting prepares for, not the one it is held in: 'Asia-Pacific Regional Consultation in preparation for the
# Fourth International Conference on Financing for Development', 'Regional Review Meeting ..., towards the Commission
# on the Status of Women'.
_PREPARED_FOR = re.compile(r"\b(?:in\s+preparation\s+for|preparatory\s+to|towards|on\s+the\s+road\s+to)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The bracket opening a body's acronym right after its name ('Economic Commission for Africa (UNECA)').
_ACRONYM_AFTER = re.compile(r"\s*\(")


def _from_header(header: list[Line], context: str) -> tuple[list[str], Evidence | None]:
    """Header bodies, the venue first, then those named alone, then those in a post."""
    ranked: dict[str, list[tuple[str, Line]]] = {"header: venue": [], "header: presiding": [], "header": [],
                                                 "header: post": []}
    for line in header:
        if AGENDA_LINE.match(line.text) or QUESTION_LINE.match(line.text):
            continue
        named = None
        for match in forum_matches(line.text, context):
            if named and match.name == named.name and _ACRONYM_AFTER.fullmatch(line.text, named.end, match.start):
                continue  # 'the United Nations Economic Commission for Africa (UNECA)': the acronym is the name's
            named = match
            prose = match.start > PROSE_LINE or _are_sentences(line.text) or bool(_ITEM_LINE.match(line.text))
            if prose and not clause_before(_PROSE_VENUE_BEFORE, line.text, match.start):
                continue  # deep in a paragraph caught in the header, or sentences: read like the opening
            if _OPEN_DEBATE_ON.search(line.text[:match.start]):
                continue  # an open debate's subject ('Open debate on ...: the role of the Peacebuilding Commission')
            if clause_before(_PREPARED_FOR, line.text, match.start):
                continue  # a meeting held on the way to it ('Regional Consultation in preparation for the Fourth ...')
            name = _electing_body(match.name, line.text, match.start, match.end)
            ranked[_role(line.text, match.start)].append((name, line))
    for method, found in ranked.items():
        if found:
            name, line = found[0]
            others = [other for kind in ("header: venue", "header: presiding", "header")
                      for other, _line in ranked[kind]]
            names = _without_parents(list(dict.fromkeys([name, *others])))
            return names, _evidence(line.text, line.number, method)
    return [], None


# ... or the Council named first, as a heading's topic, and the candidature after it: 'Human Rights Council: Examplia
# presents its candidature', 'Conseil des droits de l'homme : l'Exemple officialise sa candidature', 'Human Rights
# Council elections'.
# Elections only right after the name: 'Human Rights Council, 2nd session: elections in Examplia' are another's.
_ELECTION_AFTER = re.compile(r"\s+(?:elections?|[ée]lections?)\b|\s*(?:[:–—-]\s*)?[^.:;]{0,80}?\b(?:candidatures?|"
                             r"candidaturas?|candidac(?:y|ies))\b", re.IGNORECASE)


def _electing_body(name: str, text: str, start: int, end: int) -> str:
    """A council named as what a State stands for or is elected to ('candidature of Poland to the Human Rights
    Council', 'elections to the Human Rights Council', 'elected to the Security Council'): the General Assembly
    elects the members of the Human Rights Council, of the Economic and Social Council and of the Security Council,
    and the letters, notes and releases about them go there."""
    return "UN General Assembly" if _elected(name, text, start, end) else name


def _elected(name: str, text: str, start: int, end: int) -> bool:
    """The council named at start:end is one a State stands for or is elected to, by the words before or after it;
    the Security Council's and ECOSOC's by an election or a formal candidature, not a campaign for a seat."""
    if name not in ELECTED_COUNCILS:
        return False
    if _ELECTION_AFTER.match(text, end):
        return True
    election = clause_before(_ELECTED_TO, text, start)
    if not election or _OWN_OFFICERS.search(election.group(0)):
        return False
    return name == "UN Human Rights Council" or bool(clause_before(_ELECTED_DIRECTLY, text, start)) \
        or bool(_CANDIDATURE_TO.search(election.group(0)))


def _council_membership(header: list[Line]) -> Line | None:
    """A heading on an election to, or the suspension of a membership in, a council the Assembly elects, its words
    broken over lines ('... SUSPENSION OF RIGHTS OF / MEMBERSHIP OF X IN THE / HUMAN RIGHTS COUNCIL'): the
    Assembly elects the Council's members and decides on their suspension, and nothing else names a venue."""
    text = " ".join(line.text for line in header)
    for span, _needs in all_spans(text):
        if _elected(span.name, text, span.start, span.end):
            return next((line for line in header if _ELECTED_TO.search(line.text) or _ELECTION_AFTER.search(line.text)),
                        header[0])
    return None


def _are_sentences(text: str) -> bool:
    return text.endswith(".") and bool(_SENTENCES.search(text))


# What a lead says its speaker 'told' a body is the venue only as the sentence's news: not in a clause telling an
# earlier occasion ('Minister X, who last September told the UN General Assembly that ..., on Monday addressed ...').
_TOLD = re.compile(r"\b(?:told|tells)\s+(?:the\s+|this\s+)?\Z")
_TOLD_BEFORE = re.compile(r"\b(?:who|which|whom|when|after|since|last|earlier|previously|once|had)\b", re.IGNORECASE)


def _from_opening(opening: str, context: str) -> tuple[list[str], Evidence | None]:
    """A body the opening paragraphs name as the venue, else the General Assembly's 'this Hall'."""
    text = opening[:OPENING_LIMIT]
    for match in forum_matches(text, context):
        if _cited_decision(text, match.start, match.end) \
                or just_before(_DECISION_BEFORE, text, match.start, DECISION_REACH):
            continue
        if clause_before(_PLANNED, text, match.start):
            continue
        if _TOLD.search(text, 0, match.start) and _TOLD_BEFORE.search(text[:match.start].rsplit(". ", 1)[-1]):
            continue
        if clause_before(_PROSE_VENUE_BEFORE, text, match.start) or _SESSION_AFTER.match(text[match.end:]) \
                or (clause_before(_AS_THE, text, match.start) and _MET.match(text[match.end:])):
            return [match.name], _evidence(_around(text, match.start), None, "opening: venue")
    for deixis in _DEIXIS.finditer(text):
        kind = deixis.group(1).lower()
        named = [m for m in forum_matches(text, context) if text[m.start:m.end].lower().endswith(kind)]
        if len({m.name for m in named}) == 1:
            return [named[0].name], _evidence(_around(text, deixis.start()), None, "opening: this body, named")
    if deixis := _ASSEMBLY_DEIXIS.search(text):
        return ["UN General Assembly"], _evidence(_around(text, deixis.start()), None, "opening: this Assembly")
    return [], None


# A candidature for, or an election to, the Human Rights Council: the General Assembly elects its members, so a note
# announcing one is the Assembly's business (as the development set labels such notes and letters).
_ELECTION_BEFORE = re.compile(r"\b(?:candidat\w*|elect\w*|elecci\w*|[ée]lection\w*|elei[çc]\w*)\b[^.]{0,80}$",
                              re.IGNORECASE)


# A note addressed to the Office of the High Commissioner for Human Rights ('presents its compliments to the Office of
# the United Nations High Commissioner for Human Rights', 'présente ses compliments au Haut-Commissariat des Nations
# Unies aux droits de l'homme', 'saluda atentamente a la Oficina del Alto Comisionado ...') answers a request for a
# report the Office prepares for the Human Rights Council, which the Office serves as secretariat ...
_TO_THE_HIGH_COMMISSIONER = re.compile(
    r"\bto\s+the\s+(?:Office\s+of\s+the\s+)?(?:United\s+Nations\s+|UN\s+)?High\s+Commissioner\s+for\s+Human\s+Rights"
    r"|\bau\s+Haut[-\s]Commissariat\s+(?:des\s+Nations\s+Unies\s+)?aux\s+droits\s+de\s+l['’]homme"
    r"|\ba\s+la\s+Oficina\s+del\s+Alto\s+Comisionado\s+(?:de\s+las\s+Naciones\s+Unidas\s+)?para\s+los\s+Derechos"
    r"\s+Humanos",
    re.IGNORECASE)
# ... where the note answers such a request: the Office's call for inputs to a study, a report or a questionnaire, or
# the Council named with its resolution, a special procedure or the Universal Periodic Review. The Office also
# receives what is no Council's business (a contribution to a fund the General Assembly set up).
_COUNCIL_REQUEST = re.compile(
    r"\binputs?\b|\b(?:stud(?:y|ies)|questionnaires?|report\s+of\s+the\s+High\s+Commissioner)\b"
    r"|\b(?:contributions?\s+(?:à|a)\s+l['’]étude|aportes|insumos|estudio|cuestionario)\b"
    r"|\bHuman\s+Rights\s+Council\b|\bConseil\s+des\s+droits\s+de\s+l['’]homme\b|\bConsejo\s+de\s+Derechos\s+Humanos\b"
    r"|\bspecial\s+(?:procedures?|rapporteurs?)\b|\bproc[ée]dures?\s+sp[ée]ciales?\b|\bprocedimientos\s+especiales\b"
    r"|\brapporteu(?:r|se)s?\s+sp[ée]cia(?:l|le|ux)\b|\brelator(?:a|es)?\s+especial(?:es)?\b"
    r"|\bUniversal\s+Periodic\s+Review\b|\bExamen\s+p[ée]riodique\s+universel\b|\bExamen\s+Peri[óo]dico\s+Universal\b"
    r"|\b(?-i:UPR|EPU)\b",
    re.IGNORECASE)


# A reply to the Council's special procedures, who write to States by their mandate: to the rapporteurs of a joint
# communication ('Dear Special Rapporteurs'), or answering a communication by its reference ('your joint communication
# OL NZL 3/2024', 'AL VNM 2/2024', 'UA NPL 1/2023'); not any working group or rapporteur (the General Assembly's, the
# International Law Commission's, UNCITRAL's).
_TO_SPECIAL_PROCEDURES = re.compile(
    r"\bDear\s+Special\s+Rapporteurs\b"
    r"|\b(?-i:(?:AL|UA|OL|JAL|JUA|JOL))\s+(?-i:[A-Z]{3})\s+\d{1,3}/(?:19|20)\d\d\b",
    re.IGNORECASE)


# A paragraph of prose: long, and not a stack of short lines (a site's banner, menu and letterhead above the note,
# which the page gives as one block).
PROSE_CHARS = 200
PROSE_LINE_CHARS = 60


def _is_prose(paragraph: str) -> bool:
    lines = paragraph.splitlines()
    return len(paragraph) > PROSE_CHARS and len(paragraph) / max(len(lines), 1) >= PROSE_LINE_CHARS


def _from_formal_opening(body: str) -> tuple[list[str], Evidence | None]:
    """The body a letter or note is addressed or submitted to ('compliments to the President of the 60th
    session of the General Assembly', 'the Submission to the Commission on the Limits of the Continental
    Shelf'), else the body it is about; never one whose resolution it cites."""
    # ... a page that sets its paragraphs one a line, with no blank line between them, gives its first long line
    paragraph = next((p for p in body.split("\n\n") if _is_prose(p)), "") \
        or next((line for line in body.splitlines() if _is_prose(line)), "")
    matches = [m for m in forum_matches(paragraph) if not _cited_decision(paragraph, m.start, m.end)]
    addressed = [m for m in matches if clause_before(_VENUE_BEFORE, paragraph, m.start)]
    if addressed:
        return [addressed[0].name], _evidence(paragraph[:200], None, "opening paragraph of a formal note")
    elected = matches and matches[0].name == "UN Human Rights Council" and _ELECTION_BEFORE.search(
        paragraph[:matches[0].start])
    if elected:
        return ["UN General Assembly"], _evidence(paragraph[:200], None,
                                                  "opening paragraph of a formal note: an election the Assembly holds")
    if matches:
        return [matches[0].name], _evidence(paragraph[:200], None, "opening paragraph of a formal note: subject")
    addressee = _TO_THE_HIGH_COMMISSIONER.search(body, 0, 2 * OPENING_LIMIT)
    if addressee and _COUNCIL_REQUEST.search(body, 0, 2 * OPENING_LIMIT):
        return ["UN Human Rights Council"], _evidence(_around(body, addressee.start()), None,
                                                      "opening paragraph of a formal note: to the High Commissioner")
    if rapporteurs := _TO_SPECIAL_PROCEDURES.search(body, 0, 2 * OPENING_LIMIT):
        return ["UN Human Rights Council"], _evidence(_around(body, rapporteurs.start()), None,
                                                      "opening paragraph of a formal note: to the special procedures")
    return [], None


def _around(text: str, index: int, width: int = 80) -> str:
    return " ".join(text[max(0, index - width):index + width].split())


def _circulated(body: str) -> tuple[re.Match | None, list[str]]:
    """The circulation formula and the bodies it names, a document's before another request's (_AS_DOCUMENT) where it
    names one ('issued as a document of the Council' names none: the body is in the request before it). The letter
    names the agency beside its Board ("the Board of Governors" of the IAEA's circular)."""
    for pattern in (_AS_DOCUMENT, _CIRCULATION):
        circulation = pattern.search(body)
        if circulation and (circulated := forums_in(circulation.group("bodies"), body[:OPENING_LIMIT])):
            return circulation, circulated
    return None, []


def find_forums(header: list[Line], body: str, formal: bool, opening: str = "") -> tuple[list[str], Evidence | None]:
    """Forums in order; `formal` documents (letters, notes) prefer the circulation formula. A site's list
    of other dated pages in the header is not read."""
    circulation, circulated = _circulated(body)
    formula = _evidence(circulation.group(0).strip(), None, "circulation formula") if circulation else None
    if formal and circulated:
        return circulated, formula
    organs, masthead_line = _masthead(header)
    if organs:
        return organs, _evidence(masthead_line.text, masthead_line.number, "masthead")
    organs, symbol_line = _symbol_masthead(header)
    if organs:
        return organs, _evidence(symbol_line.text, symbol_line.number, "masthead: the document's symbol")
    listed = dated_listing(header)
    header = [line for line in header if line.number not in listed]
    context = " ".join(line.text for line in header) + " " + opening
    names, evidence = _from_header(header, context)
    if names:
        return names, evidence
    if election := _council_membership(header):
        return ["UN General Assembly"], _evidence(election.text, election.number, "header: a membership the Assembly "
                                                                                   "decides")
    if circulated:
        return circulated, formula
    if formal:
        return _from_formal_opening(body)
    names, evidence = _from_opening(opening, context)
    if not names and (debate := next((line for line in header if _OPEN_DEBATE.search(line.text)), None)):
        return ["UN Security Council"], _evidence(debate.text, debate.number, "header: an open debate")
    if not names and (meeting := next((line for line in header if _HIGH_LEVEL_MEETING.search(line.text)), None)):
        return ["UN General Assembly"], _evidence(meeting.text, meeting.number, "header: a high-level meeting")
    if not names and (court := _COURT_SALUTATION.search(opening[:OPENING_LIMIT])) \
            and not _OTHER_COURT.search(_ICJ_NAMES.sub("", context)):
        return ["International Court of Justice"], _evidence(court.group(0), None, "opening: the Court's salutation")
    return names, evidence

