"""Meetings written in a fixed shape, each read by its own convention: a UN document's masthead (organ, session,
agenda items, a second organ's year), an OSCE working session with its topic, a conference's working part stacked
under its name, a convened group's name (Groups of Governmental Experts, Open-ended Working Groups, the
Intergovernmental Negotiations), the standard procedural items of an agenda, the General Assembly question a
statement is on, and a heading's meeting in another language. Each takes header text and gives the meeting as
written, or None; meetings.py weighs them with its other cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from indexer.extraction.dates import find_dates
from indexer.extraction.forum_names import OF_THE_UN, forum_matches, forums_in, is_only_a_forum
from indexer.extraction.lines import Line, is_formal_title

# A UN document's masthead: the organ, its session or year, and the agenda items the document is circulated under
# ('General Assembly' / 'Sixtieth session' / 'Agenda item 112 (e)' / 'Elections ...: election of 47 members of ...').
# Before its session opens, a document is filed under the item of the preliminary list ('Item 115 (c) of the
# preliminary list*', the asterisk calling the list's footnote).
_MASTHEAD_ITEM = re.compile(r"^(?:Agenda\s+)?items?\s+(?P<numbers>\d+(?:\s*\([a-z]\))?(?:(?:\s*,\s*|\s+and\s+)\d+"
                            r"(?:\s*\([a-z]\))?)*)(?:\s+of\s+the\s+(?:preliminary|provisional)\s+(?:list|agenda)\**)?"
                            r"\s*(?P<title>.*)$", re.IGNORECASE)
_AGENDA_SYMBOL = re.compile(r"\([A-Z][\w().]*/[^()]*(?:\([^()]*\)[^()]*)*\)")
_SIDE_BY_SIDE = re.compile(r"^(?P<session>.*?\bsession)\s+[\w-]+\s+year$", re.IGNORECASE)
_MASTHEAD_YEAR = re.compile(r"^(?:[\w-]+\s+)?year$", re.IGNORECASE)
# An OSCE human dimension meeting's numbered working session and its topic: 'Working Session 3: Fundamental
# freedoms I', 'Working Session 7 (Tolerance and non-discrimination)'; or the topic heads the page's title
# ('Freedom of Association | Right of Reply at Working Session 4 of HDIM 2016').
_WORKING_SESSION = re.compile(r"\bWorking\s+Session\s+(?P<number>\d{1,2}|[IVX]{1,4})\b"
                              r"(?:\s*[:–—-]\s*(?P<topic>[^|,(]+?)(?=\s*(?:[|,(]|$|\s[-–—]\s))"
                              r"|\s*\((?P<bracket>[^)]+)\))?", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}\b")
# A General Assembly item's title, the question a statement is on: 'on the question of equitable representation on
# and increase in the membership of the Security Council and related matters'.
_QUESTION_LINE = re.compile(r"(?:^|\s)on\s+the\s+(?P<item>question\s+of\s+[^.;]{4,200}?)[.;]?$", re.IGNORECASE)
_ARABIC = "\u0600-\u06ff"  # the Arabic script's letters
# An Arabic session is numbered in figures ('الدورة الـ58') or by an ordinal word ('للدورة الثمانين', the eightieth),
# whose tens are 'ون' where the session is the subject ('الدورة الستون', the sixtieth session).
_ARABIC_NUMBER = re.compile(r"\d|(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|عشر|عشرين|ثلاثين|أربعين|"
                            r"خمسين|ستين|سبعين|ثمانين|تسعين|عشرون|ثلاثون|أربعون|خمسون|ستون|سبعون|ثمانون|تسعون|"
                            r"مائة|مئة)")
# A heading in Spanish, Portuguese, French or Italian introduces its meeting the way an English one does 'at the'
# or 'before the': 'en el Debate General del tema 4', 'devant le Débat général', 'durante la presentación del Informe
# ...', 'no Debate Geral da 80.ª Sessão', 'au Débat général', 'alla 133a Sessione', 'au segment de haut niveau de la
# 58e session', 'le Ruritania à la 80e session de l'Assemblée générale'; the meeting word opens the phrase, after at
# most a number or an adjective.
# A Russian, Ukrainian or Czech heading does so with 'на' / 'na' and its numbered sitting or session: 'Выступление на
# 1512-м заседании Постоянного совета ОБСЕ', 'vystoupila na 58. zasedání Rady OSN pro lidská práva'.
# A German one with 'bei der', 'vor dem', 'auf der', 'im': 'Rede bei der Generaldebatte der 79. Generalversammlung'.
# A Russian one also with 'в ходе' (during) or 'в рамках' (within): 'в ходе 80-й сессии Генеральной Ассамблеи ООН'.
# A Dutch one with 'tijdens de', 'bij de', 'op de', 'voor de': 'bij de 58e zitting van de Mensenrechtenraad', 'tijdens
# de 80e Algemene Vergadering'; a Swedish one with 'vid': 'vid 58:e sessionen av FN:s råd för mänskliga rättigheter'.
# An Arabic heading opens with its session or sitting, numbered, before the body: 'الدورة 58 لمجلس حقوق الإنسان'; a
# phrase introduces it with 'في' (at), 'أمام' (before), 'خلال' or 'أثناء' (during): 'أمام الدورة الـ58 لمجلس حقوق
# الإنسان', 'في المناقشة العامة للدورة الثمانين ...' (the general debate of the eightieth session).
_FOREIGN_PHRASE = re.compile(r"(?:^|\s)(?:en|durante|ante|devant|no|na|nos|nas|perante|au|aux|lors\s+d[eu]|alla|allo|"
                             r"al|nella|nel|à|на|(?:im\s+Rahmen|bei|vor|auf|in|anlässlich)\s+(?:der|dem|des)|beim|im|"
                             r"в\s+(?:ходе|рамках)|(?:tijdens|bij|op|voor)\s+de|vid|"
                             r"في|أمام|خلال|أثناء)\s+"
                             r"(?:el\s+|la\s+|los\s+|las\s+|le\s+|les\s+|l['’])?", re.IGNORECASE)
# ... the same phrase closing a speaker's line before the meeting it goes on to ('Intervenção do Ministro, X, no ').
_FOREIGN_OCCASION = re.compile(rf"(?:{_FOREIGN_PHRASE.pattern})$", re.IGNORECASE)
# (A Swedish word may carry its ending after a colon: 'FN:s', '58:e'.)
_FOREIGN_MEETING = re.compile(r"^(?:[\wºª°.-]+(?::[a-z]{1,2})?\s+){0,3}?(?:debates?|d[ée]bat|dibattito|sesi[oó]n|"
                              r"sesiones|sess[ãa]o|"
                              r"sessione|session|séance|seduta|reuni[oó]n|réunion|riunione|segmento|segment|di[aá]logo"
                              r"|cumbre|"
                              r"conferencia|conférence|conferenza|presentaci[oó]n\s+del\s+informe|zasedání|"
                              r"заседани[еия]|засіданн[іяю]|сесси[ияю]|сесі[їя]|sitzung|tagung|generaldebatte|debatte|"
                              r"konferenz|aussprache|zitting|sessie|vergadering|debat|sessionen|"
                              # the opening or closing of a session, as 'at the opening of the 80th session'
                              r"apertura|abertura|ouverture|clausura|encerramento|clôture|"
                              r"الدورة|الجلسة|المناقشة|الاجتماع|المؤتمر|الحوار|القمة|الجزء)(?!\w)"
                              # a numbered Assembly meets once a year: '77ème Assemblée mondiale de la Santé', '80.
                              # Generalversammlung der Vereinten Nationen'
                              r"|^\d{1,3}\S{0,4}\s+(?:assembl[ée]e|asamblea|assembleia|assemblea|"
                              r"(?:general)?versammlung|algemene\s+vergadering)"
                              r"(?!\w)", re.IGNORECASE)
# A body's sitting named by no number, kind or subject ('meeting of the OSCE Permanent Council', 'session of the Human
# Rights Council', 'séance du Conseil de sécurité', 'sesión de la Conferencia de Desarme') is the body's meeting, as
# 'OSCE Permanent Council meeting' is: no meeting of its own.
_BARE_SITTING = re.compile(r"^(?:meeting|session|sitting|séance|sesi[oó]n|sess[ãa]o|seduta|reuni[oó]n|réunion|riunione|"
                           r"sitzung|tagung)\s+(?:of\s+(?:the\s+)?|de\s+la\s*|de\s+l['’]\s*|della\s*|dello\s*|del\s*|"
                           r"du\s*|des\s*|da\s*|do\s*|der\s*)", re.IGNORECASE)
_SLAVIC_SITTING = re.compile(r"^(?:\w+\s+)?(?:zasedání|заседани|засіданн|сесси|сесі)", re.IGNORECASE)
_SLAVIC_THEME = re.compile(r"\b(?:посвящ[её]нн|посвященн|присвячен|věnovan)", re.IGNORECASE)
# Where such a heading's meeting ends: its dateline ('Ginebra, 19 de septiembre de 2016'), the body it was
# delivered before ('ante la ONU'), the site's name after a dash (' - MPPRE'), the city it was held in (', em Nova
# Iorque'), the end of a release's sentence, a byline; in German its date ('am 24. September 2024') or the seat of
# the UN it was held at ('in Genf').
_FOREIGN_END = re.compile(r"[.,]?\s+\(?[A-Z][\w ]{2,20},\s*\d{1,2}(?:\s+de\s+[a-z]+|\.\s)"
                          r"|,?\s+\d{1,2}\s+de\s+[a-z]+\s+de\s+\d{4}|,?\s+\d{1,2}\s+[а-яіїє]+\s+\d{4}"
                          r"|,?\s+(?:am\s+)?\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)\s*\d{4}"
                          r"|\s+in\s+(?:New\s+York|Genf|Wien|Straßburg)\b"
                          r"|\s+ante\s+(?:la|las|el)\s+(?:ONU|Naciones\s+Unidas)\b|\s+[-–—|]\s+[A-Z]{3,}\s*$"
                          r"|,\s+(?:em|en|à|in|a)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s*[.,]?\s*$"
                          r"|(?<=\w\w\w)\.\s+(?=[A-ZÁÉÍÓÚА-ЯЁІЇЄ])"  # a release's sentence ends
                          # a byline run on after the heading ('... Première partie Par Madame X')
                          r"|\s+(?:Par|PAR|Por|POR)\s+(?:S\.\s?E\.|Ambassadeur|Ambassadrice|Embajadora?|M\.|Mme|Madame|"
                          r"Monsieur|MADAME|MONSIEUR|Señora?|Sra?\.)\s"
                          # an Arabic headline's subject after a colon, or what it replies to ('ردًّا على ...'); a
                          # comma before 'و' (and) opens a sentence's next clause, as a release goes on to the text it
                          # gives ('...، وفي ما يلي نصها:', and here follows its text)
                          rf"|\s*:\s+(?=[{_ARABIC}])|\s+رد\S*\s+على(?!\w)|\s*،\s*(?=و)")
# A numbered session or sitting in those languages, the way an English heading opens with '80th session':
# '58° período de sesiones', 'Septuagésimo octavo período de sesiones', '9586.ª sesión', '79ª Sessione', '78ème
# session', '58. zasedání', '78-й сессии', '1512-м заседании'.
_FOREIGN_SESSION = re.compile(
    r"(?:\b\d{1,4}(?:\s?[º°ª]|\.[ªº]|\.|ème|e|a|-?[йям]|-?го)?|\b[A-ZÁÉÍÓÚ][a-záéíóú]+(?:\s+[a-záéíóú]+)?(?=\s+per))"
    r"\s+(?:período\s+(?:ordinario\s+|extraordinario\s+)?de\s+sesiones|sesi[oó]n|sess[ãa]o|sessione|"
    r"séance|seduta|zasedání|заседани[еия]|сесси[ияю])(?!\w)"
    # French: '79e session', '1401e réunion des Délégués des Ministres' ('2024 session' is English)
    r"|\b\d{1,4}(?:ème|e)\s+(?:session|réunion)\b", re.IGNORECASE)
# A convened group's name heading a page fits a line; a longer one is a sentence about the group.
_GROUP_LINE = 200
# How many words may name the body before the session: 'ASSEMBLEA GENERALE DELLE NAZIONI UNITE – 79ª SESSIONE'.
_BODY_WORDS = 6
# The OSCE numbers the sittings of its Councils, and delegations head a statement with the council and its number,
# without 'meeting': 'Permanent Council No. 1425', 'PC No. 1450', 'FSC No. 1101', 'CONSEJO PERMANENTE Nº 1456',
# 'Conseil permanent n° 1460'.
_COUNCIL_NUMBER = re.compile(r"^(?:OSCE\s+)?(?:Permanent\s+Council|Forum\s+for\s+Security\s+Co-?operation|PC|FSC|"
                             r"Consejo\s+Permanente|Conseil\s+permanent)\s+(?:No\.?|Nr\.?|N[º°]|№|N)\s*\d{2,4}\b",
                             re.IGNORECASE)


def masthead_meeting(header: list[Line], index: int) -> str | None:
    """A UN document's masthead read as its meeting: the organ over its session, the agenda items the document
    is circulated under, and a second organ over its year ('General Assembly sixtieth session, agenda items 14 and
    108; Security Council sixty-first year'). The General Assembly's session is written bare, as UN documents
    cite it ('Sixtieth session, agenda item 112 (e): election of ...'); another organ's session takes its name
    ('Human Rights Council, Forty-fifth session, Agenda item 10: ...'). The Security Council heading a joint
    document names its year first ('Security Council Seventy-eighth year; General Assembly Seventy-eighth session,
    ...'). None when the masthead has no more than the session line."""
    session = masthead_session(header[index].text)
    organ, beside = _masthead_organs(header[index - 1].text) if index else (None, None)
    following = [line.text for line in header[index + 1:index + 7] if not _is_period(line.text)]
    if session != header[index].text and beside:  # the two columns ran together: 'Seventy-eighth session ... year'
        following = [header[index].text[len(session):].strip(), *following]
    second = None
    if following and _MASTHEAD_YEAR.match(following[0]) and beside:  # the two organs side by side
        second, following = f"{beside} {following[0]}", following[1:]
    items, title = "", ""
    if following and (item := _MASTHEAD_ITEM.match(following[0])):
        items = item.group(0)[:item.start("title")].strip(" *")
        title = _item_title(item["title"], following[1:], item["numbers"])
    second = second or _second_organ(following)
    if title and second and title.endswith(second.rsplit(" ", 2)[0]):
        title = title[:len(title) - len(second.rsplit(" ", 2)[0])].rstrip()
    first = _second_organ([line.text for line in header[index - 3:index - 1]]) if index >= 3 and not second else None
    # a session named by its year ('Session de 2025' under 'CONFÉRENCE DU DÉSARMEMENT') is one by itself, as the
    # Assembly's numbered session is
    by_year = re.search(r"\b(?:19|20)\d\d\b", session)
    if not (items or second or first or organ and organ[1] != "UN General Assembly" and not by_year):
        return None
    head = session
    if organ and (second or first or organ[1] != "UN General Assembly"):
        head = f"{organ[0]} {session}" if second or first else f"{organ[0]}, {session}"
    meeting = head + (f", {items}" if items else "") + (f": {title}" if title else "")
    return f"{first}; {meeting}" if first else meeting + (f"; {second}" if second else "")


def masthead_session(text: str) -> str:
    """The session of a masthead's line, without the second organ's year the two columns ran into when the page
    was flattened ('Seventy-eighth session Seventy-ninth year')."""
    side = _SIDE_BY_SIDE.match(text)
    return side["session"] if side else text


def _is_period(text: str) -> bool:
    """A session's dates under its name in a masthead ('14 September–2 October 2020')."""
    dates = find_dates(text)
    return bool(dates) and len(text) < 40


def _masthead_organs(text: str) -> tuple[tuple[str, str] | None, str | None]:
    """The organ a masthead's session line stands under, as written and canonical, and the Security Council
    beside it when the two organs head the document side by side ('General Assembly Security Council')."""
    matches = [m for m in forum_matches(text) if m.end >= len(text.rstrip()) - 20]
    sessions = [m for m in matches if m.name != "UN Security Council"]
    if not sessions:
        return None, None
    council = next((m for m in matches if m.name == "UN Security Council" and m.start > sessions[-1].start), None)
    organ = sessions[-1]
    return (text[organ.start:organ.end], organ.name), (text[council.start:council.end] if council else None)


def _second_organ(lines: list[str]) -> str | None:
    """A second organ over its year further down the masthead ('Security Council' / 'Sixty-first year'), its
    name alone on a line or ending the item's title on a flattened one."""
    for text, after in zip(lines, lines[1:], strict=False):
        if is_formal_title(text):
            return None
        organ = next(iter(m for m in forum_matches(text) if m.end == len(text.rstrip())), None)
        if organ and _MASTHEAD_YEAR.match(after):
            return f"{text[organ.start:organ.end]} {after}"
    return None


def _item_title(title: str, rest: list[str], numbers: str) -> str:
    """The title of a masthead's one agenda item, on its line or the next; a sub-item's own title after its
    parent's ('Elections to fill vacancies ...: election of 47 members of the Human Rights Council'); several
    items go untitled, and so does an item followed by the symbol of the agenda it is on ('(GC(68)/1 and Add.1)')."""
    if re.search(r"\d\s*(?:,|and)\s*\d", numbers):
        return ""
    if not title and rest and not (forums_in(rest[0]) and is_only_a_forum(rest[0])) \
            and not is_formal_title(rest[0]) and not _MASTHEAD_YEAR.match(rest[0]) and not is_speaker_line(rest[0]):
        title = rest[0]
    if re.search(r"\([a-z]\)", numbers) and ": " in title:
        title = title.split(": ", 1)[1]
    return "" if _AGENDA_SYMBOL.fullmatch(title.strip()) else title


def working_session(text: str) -> str | None:
    """An OSCE meeting's working session written as the OSCE lists it, number, topic in brackets, then the
    meeting: 'Working Session 4 (Freedom of Association and Peaceful Assembly), HDIM 2016'. The topic comes after
    the number or heads the page's title before its '|'; without one, or without the meeting, the heading is read
    as written."""
    session = _WORKING_SESSION.search(text)
    body = next(iter(forum_matches(text)), None) if session else None
    if body is None:
        return None
    topic = session["topic"] or session["bracket"]
    if not topic and "|" in text[:session.start()]:
        topic = text.split("|", 1)[0].strip()
    if not topic:
        return None
    year = _YEAR_AFTER.match(text, body.end)
    name = text[body.start:year.end() if year else body.end]
    return f"Working Session {session['number']} ({topic.strip()}), {name}"


@lru_cache(maxsize=1)
def _standard_items() -> re.Pattern:
    """The procedural items every session's agenda carries (archive/data/meetings.json), alone on a line or after
    their number: 'Adoption of the Agenda', 'Item 1: Adoption of the agenda'."""
    items = "|".join(item["pattern"] for item in vocabulary.load_data("meetings")["standard_items"])
    return re.compile(rf"^(?:(?:agenda\s+)?item\s+\d+\s*[:.–-]\s*)?(?:{items})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _convened_groups() -> re.Pattern:
    """The groups a body convenes to meet on one subject (archive/data/meetings.json), opening a heading after at most
    the article or the acronym of the treaty they serve: 'CCW Group of Governmental Experts on ...'."""
    groups = "|".join(group["pattern"] for group in vocabulary.load_data("meetings")["convened_groups"])
    return re.compile(rf"^(?:the\s+|[A-Z]{{2,6}}\s+)?(?:{groups})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _speaker_lines() -> re.Pattern:
    """The words a speaker's line opens with (archive/data/meetings.json): 'Delivered by', 'Pronunciado por',
    'يلقيه:'."""
    cues = "|".join(cue["pattern"] for cue in vocabulary.load_data("meetings")["speaker_lines"])
    return re.compile(rf"^(?:{cues})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def arabic_delivered_by() -> str:
    """The Arabic words for 'delivered by' ('يلقيه', 'ألقته'), the speaker's line marked Arabic in
    archive/data/meetings.json: one list for the line that stops a meeting heading and the byline that names the
    speaker."""
    cues = vocabulary.load_data("meetings")["speaker_lines"]
    return next(cue["pattern"] for cue in cues if cue.get("script") == "Arabic")


def is_speaker_line(text: str) -> bool:
    """A header line naming who delivers the statement ('Delivered by Mr. X, Deputy Permanent Representative of
    ...'): the speaker's line under the heading, never the meeting or an agenda item's title going on."""
    return bool(_speaker_lines().match(text))


def opens_with_a_convened_group(text: str) -> bool:
    """'Intergovernmental Negotiations on Security Council reform': the group meets in sessions, so its name is a
    meeting, though it files the statement under a body too (the General Assembly)."""
    return bool(_convened_groups().match(text))


def convened_group(text: str) -> str | None:
    """A heading line that is a convened group's name ('Grupo de Expertos Gubernamentales sobre ...',
    'Intergovernmental Negotiations on Security Council Reform') names the meeting, up to a date run on after it;
    a sentence that opens with one tells of it."""
    if not opens_with_a_convened_group(text) or len(text) > _GROUP_LINE or text.rstrip().endswith("."):
        return None
    dates = find_dates(text)
    return (text[:dates[0].start] if dates else text).strip(" ,;:|–—-(") or None


@lru_cache(maxsize=1)
def _conference_parts() -> re.Pattern:
    """The numbered working parts of a conference (archive/data/meetings.json), opening a line."""
    parts = "|".join(part["pattern"] for part in vocabulary.load_data("meetings")["conference_parts"])
    return re.compile(rf"^(?:{parts})", re.IGNORECASE)


def conference_part(header: list[Line], index: int) -> str | None:
    """A stacked heading: the conference on one line, the working part the statement was delivered at on the next
    ('OSCE Warsaw Human Dimension Conference 2024' / 'Working Session 3: Fundamental freedoms I'; '2015 Review
    Conference of the Parties to the NPT' / 'Main Committee I'). The part names the meeting, as written on its line
    up to a date run on after it; the line above must name the conference (a body or a conference)."""
    text = header[index].text
    if index == 0 or not _conference_parts().match(text) or len(text) > _GROUP_LINE:
        return None
    above = header[index - 1].text
    if not (forums_in(above) or re.search(r"\bconference\b", above, re.IGNORECASE)):
        return None
    dates = find_dates(text)
    return (text[:dates[0].start] if dates else text).strip(" ,;:|–—-(") or None


def standard_item(text: str) -> str | None:
    """A header line that is one of the standard agenda items names the item the statement was delivered under."""
    text = text.strip(" .")
    return text if _standard_items().match(text) else None


def numbered_sitting(text: str) -> str | None:
    """An OSCE council's sitting by its number, heading a delegation's statement: 'Permanent Council No. 1425,
    Vienna, 25 May 2023' -> 'Permanent Council No. 1425'."""
    sitting = _COUNCIL_NUMBER.match(text)
    return sitting.group(0) if sitting else None


def question_item(text: str) -> str | None:
    """A line giving the General Assembly question the statement is on ('on the question of ...'): the item."""
    question = _QUESTION_LINE.search(text)
    return question["item"] if question else None


def foreign_meeting(text: str) -> str | None:
    """A heading's meeting in Spanish, Portuguese, French or Italian, the first phrase after 'en el', 'durante',
    'no', 'au', 'alla' and the like that opens with a meeting word ('Intervención del delegado ... en el Debate
    General del tema 4 (...). 33º período ordinario de sesiones del Consejo de Derechos Humanos. Ginebra, 19 de
    septiembre de 2016'; 'Ministra ... intervém no Debate Geral da 80.ª Sessão da Assembleia Geral'), up to its
    dateline, the body it was delivered before, the city it was held in or the end of the sentence. A body's name
    alone ('en la Conferencia de Desarme') is where it was delivered, no meeting."""
    for phrase in _FOREIGN_PHRASE.finditer(text):
        rest = text[phrase.end():]
        if _FOREIGN_MEETING.match(rest):
            end = _FOREIGN_END.search(rest)
            meeting = (rest[:end.start()] if end else rest).strip(" .,;:")
            return meeting if len(meeting) < 250 and _names_one(meeting) and not is_only_a_forum(meeting) \
                and not _only_the_body_sits(meeting) else None
    return None


def _only_the_body_sits(meeting: str) -> bool:
    """'заседании Постоянного совета ОБСЕ', 'séance du Conseil de sécurité' are the Council's meeting, the body
    alone ('OSCE Permanent Council meeting'): a sitting is one meeting by its number ('1512-м заседании ...'), its
    kind ('sesión plenaria de alto nivel de ...'), its theme ('пленарном заседании ..., посвящённом ...') or the
    numbered session it is part of ('пленарном заседании 80-й сессии ...')."""
    body = sitting_body(meeting)
    if body != meeting and is_only_a_forum(body):
        return True
    return bool(_SLAVIC_SITTING.match(meeting)) and not (re.search(r"\d", meeting) or _SLAVIC_THEME.search(meeting))


def sitting_body(meeting: str) -> str:
    """The body a bare sitting is of ('séance du Conseil de sécurité' -> 'Conseil de sécurité'), or the meeting
    as it is when it names its sitting otherwise."""
    bare = _BARE_SITTING.match(meeting)
    return meeting[bare.end():] if bare else meeting


def goes_on_to_a_meeting(text: str) -> bool:
    """A speaker's line in another language that goes on to the occasion: 'Intervenção do Ministro, X, no' before
    'Segmento de Alto Nível da 55.ª Sessão ...', as an English one does with 'at the'."""
    return bool(_FOREIGN_OCCASION.search(text))


# A body the vocabulary need not know, named by its kind right after the meeting word: a regional organisation's
# 'Reunión Extraordinaria del Consejo de Ministros de Relaciones Exteriores del SICA', 'Réunion ordinaire du Conseil
# des ministres', 'Reunião do Conselho de Ministros'.
_COUNCIL_OF = re.compile(r"^\S+(?:\s+(?:extraordinari[ao]|ordinari[ao]|extraordinaire|ordinaire|ministerial|"
                         r"anual|annuelle))?\s+(?:del|de\s+la|du|de\s+l['’]|do|da)\s+(?:Consejo|Conseil|Conselho|"
                         r"Comit[ée]|Comisi[óo]n|Commission|Comiss[ãa]o)\s+(?:de|des|dos)\s+(?:Ministr|Jefes|Chefs)",
                         re.IGNORECASE)


def foreign_heading(text: str) -> str | None:
    """A heading line in those languages that is itself the meeting, opening with its meeting word and naming the
    body ('Sesión plenaria de alto nivel de la Conferencia de Desarme') or a council of ministers, up to its
    dateline or city."""
    opening = _FOREIGN_MEETING.match(text)
    if not (opening and (forums_in(text) or _COUNCIL_OF.match(text))) or is_only_a_forum(text) \
            or _FOREIGN_PHRASE.search(text[:opening.end()]):
        return None  # 'Intervención en la sesión ...' is a phrase, read by foreign_meeting
    end = _FOREIGN_END.search(text)
    meeting = (text[:end.start()] if end else text).strip(" .,;:")
    return meeting if len(meeting) < 250 and _names_one(meeting) else None


def _names_one(meeting: str) -> bool:
    """A meeting a heading names is numbered or has a name in capitals ('Debate General del tema 4', '133a Sessione
    del Comitato dei Ministri'); 'lors du débat général de ce matin', 'en la sesión de hoy' only refer to one. The
    Arabic script has no capitals: there the meeting is numbered ('الدورة الـ58', 'للدورة الثمانين')."""
    if re.search(f"[{_ARABIC}]", meeting[:1]):
        return bool(_ARABIC_NUMBER.search(meeting))
    words = meeting.split()[1:_BODY_WORDS + 2]
    return any(word[0].isdigit() or word[0].isupper() for word in words) or meeting[0].isdigit()


# A message's, a report's or a speech's label heading the line: its author or subject, not a body, before the session.
_DOCUMENT_HEAD = re.compile(r"^(?:mensaje|informe|discurso|declaraci[oó]n|carta|nota|message|rapport|discours|"
                            r"d[ée]claration|lettre|mensagem|relat[oó]rio|declara[çc][ãa]o)\b", re.IGNORECASE)


def opens_with_a_foreign_session(text: str) -> bool:
    """A heading in another language that opens with its numbered session or sitting, alone or after the body's
    name: '58° período de sesiones del Consejo de Derechos Humanos', 'ASSEMBLEA GENERALE DELLE NAZIONI UNITE – 79ª
    SESSIONE', 'Третий комитет 78-й сессии ГА ООН', 'Consejo de Seguridad de las Naciones Unidas – 8476ª sesión'."""
    session = _FOREIGN_SESSION.search(text)
    if session is None:
        return False
    before = text[:session.start()]
    bodies = [part for part in re.split(r"\s[–—-]\s|,", before) if part.strip(" ;:–—-")]
    short = len(OF_THE_UN.sub("", before).split()) <= _BODY_WORDS and not _DOCUMENT_HEAD.match(before)
    return (short or all(is_only_a_forum(body.strip(" ;:–—-")) for body in bodies)) \
        and not re.search(r"\w{3}\s+(?:en|na|no|au|à\s+la|à\s+l['’]|alla|на|в)\s*$", before, re.IGNORECASE)
