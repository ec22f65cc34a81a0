"""The document type, from the cues of archive/data/doc_types.json.

Types are tried in the file's order (document forms first, plain statements
last) against the header lines: a statement that mentions "a letter" in its
body is still a statement. When the header says no more than "statement",
the opening paragraph's formulas may say more ("presents its compliments"
is a note verbale; "to exercise ... right of reply" a right of reply), and a
statement on behalf of a group of States is a joint statement.

A ministry's news item that tells what its delegate said ("Ambassador X
stressed that ...", "the Minister delivered his remarks at ...") is a press
release, whatever the speech it reports: its lead is written in the third
person, where a speech speaks in the first (in the sites' languages: 'a
participat', 'konuştu', 'встретился'). A page whose header names another kind
(an interview, a UN host's meeting summary or summary record, a press conference, a State's
written submission to the human rights bodies: its UPR mid-term or national
report, its views on the UPR's recommendations, its periodic report or its
replies to a list of issues) is 'other', though its lead tells what someone
said. Anything delivered that no cue names is a statement, the commonest form.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate

from archive import vocabulary
from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.dated_lines import dated_listing
from indexer.extraction.dates import find_dates
from indexer.extraction.gazetteer import canonical_country, country_pattern
from indexer.extraction.lines import SALUTATION, Line, breadcrumb_separators, introduces_text
from indexer.extraction.locations import datelines
from indexer.extraction.patterns import QUESTION_WORDS

GENERIC = "statement"
PRESS = "press_release"
NOTE = "note_verbale"
OTHER = "other"
FORMS = (NOTE, "letter")
# Quoted words are the speaker's, not the release's: they may say "I" and "we".
# A quotation running over paragraphs is not closed until the last: an open quote runs to the paragraph's end.
# British, Irish and Commonwealth releases quote in single marks (‘We will not stand by,’ she said.), whose closing
# mark is the apostrophe too: it closes the quotation only where no letter follows ('don’t' goes on).
_QUOTED = re.compile(r"[“\"«„][^”\"»“]*(?:[”\"»“]|$)|(?<!\w)‘.*?(?:’(?!\w)|$)")
# A quotation's closing mark (a straight or curly quote after a word, not a space, German's „...“ and Slovene's
# »...« among them; a guillemet, which French sets after a space) and what a news item sets before the attribution:
# a comma or a full stop, then a dash in Russian ('», – подчеркнул').
_CLOSING_QUOTE = re.compile(r"(?:(?<=[^\s“\"«„])[”\"“«]|»|(?<=[^\s‘])’(?!\w))\s*[,.]?\s*(?:[–—-]\s*)?")
_OUR_COUNTRY = re.compile(r"\bour\s+(?:country|nation|delegation|mission|permanent\s+(?:representative|mission)|"
                          r"ambassador|government|minister|ministry|embassy)(?:['’]s)?\b", re.IGNORECASE)
_THANKS = re.compile(r"\bthank\s+you\b", re.IGNORECASE)
# The speaker's own voice, in the sites' languages: a French, Spanish, Russian or Turkish speech says 'nous',
# 'nosotros', 'мы', 'biz' where an English one says 'we' (and Italian 'nostro', Dutch 'wij', Polish 'nasz',
# Ukrainian 'ми', Indonesian 'kami', Croatian 'naš', Swedish 'vår': the languages whose news verbs are read; not
# Italian 'noi' nor Dutch 'onze', which are Romanian 'new' and French 'eleven' too; nor Croatian 'našao' (found),
# Swedish 'vård' (care) or 'våren' (the spring)).
# French 'notre' only before a word in lower case ('Notre pays'): 'Notre Dame' is a name in any language; so too the
# capitals of the later languages' words, which are names elsewhere ('Saya Example', 'Kita City', 'Nostra Aetate',
# the helicopter 'Ми-8').
_LOWER_NEXT = r"(?=\s+[a-zà-ÿа-яёіїєґčćđšžąęłńśźż])"
_FOREIGN_WE = ("nostr[oaie]", "wij", "nasz\\w*", "ми", "kami", "kita", "saya",
               "naš(?:a|e|eg|ega|em|emu|i|ih|im|ima|oj|u)?", "vår[ta]?", "vores")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|[Ii]ch|[Ii]k|[Nn]ous|[Nn]otre(?=\s+[a-zà-ÿ])|[Nn]osotros|"
                           r"[Nn]uestr[oa]s?|[Nn]ós|[Nn]oss[oa]s?|[Ww]ir|[Uu]nser\w*|[Мм]ы|[Нн]аш\w*|[Нн]ас|[Bb]iz|"
                           + "|".join(_FOREIGN_WE) + "|"
                           + "|".join(word[0].upper() + word[1:] + _LOWER_NEXT for word in _FOREIGN_WE) + r")\b")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
# A line ending a sentence, perhaps inside a quotation ('... is unwavering.’'): prose, where a heading has no stop.
_SENTENCE_END = re.compile(r"\.[”’\"»]?\s*$")
# 'Examplia has consistently stressed', 'we have always called for': a State's own record, in a speech's present
# perfect; a news item tells in the past ('the Ambassador stressed').
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:always|long|consistently|repeatedly|continuously|never|also|"
                             r"already|\w+ly)\s+)?$", re.IGNORECASE)
# A State aligning itself with a group's statement speaks in its national capacity: 'X fully aligns itself with
# the statement of the European Union' names the group, but the statement is X's own.
_ALIGNS = re.compile(r"\b(?:aligns?|associates?)\s+(?:itself|ourselves|myself|themselves)\s+(?:fully\s+)?with\b"
                     r"|\bse\s+(?:adhiere|suma|rallie)\s+(?:plenamente\s+|pleinement\s+)?(?:a|à)\b|\bs['’]associe\b",
                     re.IGNORECASE)
# 'Statement by Australia, Canada and New Zealand': a heading naming the States that speak together.
_STATEMENT_BY = re.compile(r"\b(?:joint\s+)?statement\s+(?:by|of|from|on\s+behalf\s+of)\s+", re.IGNORECASE)
_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
# The words heading a list of the site's other pages.
_OTHER_PAGES = re.compile(r"^(?:related|more|latest|other|recent|see\s+also)\b", re.IGNORECASE)
REPORT_CHARS = 2000
HEADING_BLOCKS = 6
MENU_ITEM_WORDS = 4
MENU_RUN = 3
# Types whose cue words are also the names of a site's sections ('Press Releases', 'Statements', 'Speeches',
# 'Photo Gallery', 'Vacancies').
MENU_WORDS_OF = (PRESS, GENERIC, OTHER)
HEADING_CHARS = 200
LEAD_PARAGRAPHS = 3
SHARE_BAR_CHARS = 30
QUOTE_MARK_CHARS = 2  # a salutation opening a header line after a quotation mark at most


@cache
def _cues(kind: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple(
        (doc_type.name, re.compile(cue, re.IGNORECASE | re.MULTILINE))
        for doc_type in vocabulary.doc_types()
        for cue in getattr(doc_type, kind)
    )


@lru_cache(maxsize=1)
def _attributions() -> tuple[re.Pattern, ...]:
    """The verbs that attribute a quotation just closed (doc_types.json, press_release 'attributed')."""
    entry = next(e for e in vocabulary.load_data("doc_types") if e["name"] == PRESS)
    return tuple(re.compile(cue) for cue in entry.get("attributed", ()))


@lru_cache(maxsize=1)
def _reporting_verbs() -> tuple[re.Pattern, ...]:
    """The verbs a news item tells a speech with (doc_types.json, press_release 'reported')."""
    entry = next(e for e in vocabulary.load_data("doc_types") if e["name"] == PRESS)
    return tuple(re.compile(cue) for cue in entry.get("reported", ()))


def _from_header(header: list[Line]) -> tuple[str, Evidence] | None:
    """The first type whose cue the header holds, read as one text so that a cue may run onto the next
    line ('derecho a' / 'réplica'), as a title broken by the page's layout."""
    text = "\n".join(line.text for line in header)
    starts = list(accumulate((len(line.text) + 1 for line in header[:-1]), initial=0))
    menu = _menu_lines(header)
    told = None  # a headline telling of a letter sent: a news item, unless the header names the page's kind
    for name, cue in _cues("cues"):
        for match in cue.finditer(text):
            index = bisect_right(starts, match.start()) - 1
            line = header[index]
            elsewhere = index in menu or _names_other_pages(line.text, match.start() - starts[index])
            if name in MENU_WORDS_OF and elsewhere:
                continue
            if name in FORMS and _SENT_BEFORE.search(line.text, 0, match.start() - starts[index]):
                # a headline reporting a letter sent ('Permanent Mission transmits letter to the ...')
                told = told or Evidence("doc_type", line.text, line.number, "a headline telling of a letter sent",
                                        confidence=0.7)
                continue
            if name == PRESS and _in_trail(line.text) and (own := _own_kind(header, index)):
                return own
            return name, Evidence("doc_type", line.text, line.number, f"cue “{' '.join(match.group(0).split())}”",
                                  confidence=0.6 if name == GENERIC else 0.9)
    return (PRESS, told) if told else None


# A verb reporting a letter or a note sent, just before its cue: the page tells of it, as a news item does.
_SENT_BEFORE = re.compile(r"\b(?:transmits|transmitted|sends|sent|submits|submitted|writes|wrote|addresses|delivers|"
                          r"delivered|hands|handed)\s+(?:(?:a|an|the|two|identical|joint)\s+)*$", re.IGNORECASE)


def _in_trail(text: str) -> bool:
    """A line of the site's trail, however short ('Home » Media Releases')."""
    return bool(breadcrumb_separators(text))


def _own_kind(header: list[Line], crumb: int) -> tuple[str, Evidence] | None:
    """A site files its interviews, press conferences and the letters it makes public among its releases ('Home »
    Media Releases' over 'TRANSCRIPT: Minister X's interview with ...', 'Full Text: Letter from the President ...'):
    the kind the page's own heading names is what it is."""
    for index, line in enumerate(header):
        if index != crumb and not _in_trail(line.text):
            for kind, cue in (c for c in _cues("cues") if c[0] in (OTHER, *FORMS)):
                if match := cue.search(line.text):
                    return kind, Evidence("doc_type", line.text, line.number,
                                           f"cue “{' '.join(match.group(0).split())}”", confidence=0.9)
    return None


def _names_other_pages(text: str, position: int) -> bool:
    """A section named above this page in its breadcrumb ('Home > Press Releases > Statements': the page is in
    'Statements'), or a list of other pages ('Related press releases')."""
    crumbs = breadcrumb_separators(text)
    return bool(crumbs and position < crumbs[-1].end() or _OTHER_PAGES.match(text))


def _menu_lines(header: list[Line]) -> set[int]:
    """Indexes of a site menu's items: runs of three or more short lines in one block. 'Press
    Releases' or 'Statements' there names a section of the site, not this page. A date line is no menu
    item: 'Media Note / Office of the Spokesperson / March 3, 2023' is a release's heading."""
    short = [len(line.text.split()) <= MENU_ITEM_WORDS and not find_dates(line.text) for line in header]
    menu: set[int] = set()
    start = 0
    for index in range(1, len(header) + 1):
        if index == len(header) or not (short[index] and short[start] and header[index].block == header[start].block):
            if index - start >= MENU_RUN and short[start]:
                menu.update(range(start, index))
            start = index
    # A release's own label over its date ('Press Release Nº 98' / '12 March 2024') ends the run, not a menu's item.
    return {index for index in menu if not (_OWN_LABEL.match(header[index].text) and index + 1 < len(header)
                                            and find_dates(header[index + 1].text))}


_OWN_LABEL = re.compile(r"^(?:press|media|news)\s+release\b(?!s)", re.IGNORECASE)


_TEXT_READS = re.compile(r"\breads?\b", re.IGNORECASE)


def _from_opening(opening: str, header: list[Line]) -> tuple[str, Evidence] | None:
    """A formula of the opening; or of the header, where a page with no title starts with its first
    sentence ('The Permanent Mission of X presents its compliments ...'). A press office's sign-off
    counts only below the heading: a site menu may name the press office too; a release's 'The statement reads:'
    counts in the header, where a page with no blank lines leaves its lead and the text."""
    return _opening_formula(opening, " ".join(line.text for line in header))


@lru_cache(maxsize=4)
def _opening_formula(opening: str, heading: str) -> tuple[str, Evidence] | None:
    """_from_opening's reading, kept for the record's next question on the same text: whether the page is a note,
    then what type it is, ask it of the same opening and heading (48 patterns over both, a tenth of a record's
    time)."""
    for name, cue in _cues("body_cues"):
        in_opening = cue.search(opening)
        match = in_opening or cue.search(heading)
        if match and (in_opening or name != PRESS or _TEXT_READS.search(match.group(0))):
            return name, Evidence("doc_type", match.group(0), None, f"opening formula “{match.group(0)}”",
                                  confidence=0.85)
    return None


# A news item giving a letter's text: its lead names the letter and announces the text ('sent identical letters ...,
# the text of which follows:', 'The letter ... reads as follows:', 'Mektubun tam metni şöyledir:' (the full text of the
# letter is as follows), 'Skelbiame ... laiško ... vertimą' (we publish the translation of the letter)) ...
_LETTER_WORD = re.compile(r"\b(?:letters?|lettres?|cartas?|mektub\w*|mektup\w*|laišk\w*|pism\w*|письм\w*)\b",
                          re.IGNORECASE)
_TEXT_ANNOUNCED = re.compile(r"\b(?:follows?|following|below|reads|text|texte|texto|metni|tekst\w*|vertim\w*|"
                             r"текст\w*)\b", re.IGNORECASE)
# ... and the letter opens below it, after its dateline perhaps, on its UN title or on the salutation to its addressee.
_LETTER_OPENS = re.compile(r"\b(?:(?:Identical\s+)?letters?\s+dated\b|(?:Your\s+)?Excellency\s*,|Excelent[íi]simo\b"
                           r"|Excellence\s*,|Jūsų\s+Ekscelencija|Vaša\s+Ekselencijo|Sayın\s+(?:Genel\s+Sekreter|Başkan)\b"
                           r"|Ваше\s+Превосходительство|(?:Monsieur|Madame)\s+le\s+Secrétaire|Señor\s+Secretario"
                           r"|Dear\s+(?:Secretary|President)\b)", re.IGNORECASE)
# A page's lines and the opening's paragraphs, parted too after a colon: a lead may run on into the letter's dateline
# ('... Mektubun tam metni şöyledir: Ankara, 9 Nisan 2013 Sayın Genel Sekreter, ...').
_PARTS = re.compile(r"\n+|(?<=:)\s+")
LETTER_LEAD_PARTS = 40  # the lead stands under the site's banner, menu and headline
LETTER_OPENING_REACH = 2  # the parts below the lead where the letter opens: its dateline, then its salutation
LETTER_OPENING_CHARS = 60  # ... a dateline may stand before the salutation in the same part


def _letter_given(header: list[Line], opening: str) -> Evidence | None:
    """A news item reproducing a letter below its lead: the page is the letter (its date is the letter's too)."""
    parts = [part for part in _PARTS.split("\n".join([*(line.text for line in header), opening])) if part.strip()]
    for index, lead in enumerate(parts[:LETTER_LEAD_PARTS]):
        if not (_LETTER_WORD.search(lead) and _TEXT_ANNOUNCED.search(lead)):
            continue
        below = parts[index + 1:index + 1 + LETTER_OPENING_REACH]
        if any(_LETTER_OPENS.search(part[:LETTER_OPENING_CHARS]) for part in below):
            return Evidence("doc_type", lead[:200], None, "a news item giving a letter's text below its lead",
                            confidence=0.75)
    return None


def is_note(opening: str, header: list[Line]) -> bool:
    """A note's formula ('presents its compliments', 'saluda atentamente a'): the mission writes in the third person,
    and a person its text names is what it informs of, not who speaks."""
    found = _from_opening(opening, header)
    return bool(found) and found[0] == NOTE


def _lead_paragraphs(header: list[Line], opening: str) -> list[str]:
    """The prose above the salutation: the header's sentences and the opening's first paragraphs,
    down to a salutation (there the speech has begun), though a share bar's few words may stand before it ('Share
    Print Mr. President, ...')."""
    paragraphs = []
    for line in header:
        if (salutation := SALUTATION.search(line.text[:2 * SHARE_BAR_CHARS])) \
                and salutation.start() <= QUOTE_MARK_CHARS:
            return paragraphs  # a header run on into the speech a release quotes ('"Mr President, ...')
        if _SENTENCE_END.search(line.text):
            paragraphs.append(line.text)
    for paragraph in opening.split("\n\n")[:LEAD_PARAGRAPHS]:
        salutation = SALUTATION.search(paragraph[:2 * SHARE_BAR_CHARS])
        if salutation and salutation.start() <= SHARE_BAR_CHARS:
            break
        paragraphs.append(paragraph.strip()[:REPORT_CHARS])
    return paragraphs


def _attributed(lead: list[str]) -> Evidence | None:
    """A quotation closed and then attributed ('«...», – подчеркнул X.', '« ... », a souligné X.', '"...," the
    Minister said.'): a news item's way of giving someone's words. A speech quoting another says who first
    ('As the Secretary-General said, ...'), and never attributes its own words so."""
    for paragraph in lead:
        for quote in _CLOSING_QUOTE.finditer(paragraph):
            for verb in _attributions():
                if match := verb.match(paragraph, quote.end()):
                    return Evidence("doc_type", paragraph[max(0, quote.start() - 80):match.end()], None,
                                    f"news item: a quotation attributed (“{match.group(0)}”)", confidence=0.8)
    return None


def _reported(header: list[Line], opening: str) -> Evidence | None:
    """A lead telling, in the third person, what someone said or did: a news item. A first-person
    word outside quotation marks, or a 'thank you', means the speaker is talking: not one. A
    ministry's release may still say 'our country' or 'our Permanent Representative'."""
    paragraphs = _lead_paragraphs(header, opening)
    lead = [_QUOTED.sub(" ", paragraph) for paragraph in paragraphs]
    if any(_FIRST_PERSON.search(_OUR_COUNTRY.sub(" ", paragraph)) or _THANKS.search(paragraph)
           for paragraph in lead):
        return None
    if attributed := _attributed(paragraphs):
        return attributed
    for sentence in _SENTENCE.findall(" ".join(lead)):
        for verb in _reporting_verbs():
            if (match := verb.search(sentence)) and not _PERFECT_BEFORE.search(sentence[:match.start()]):
                return Evidence("doc_type", sentence.strip()[:160], None,
                                f"news item: a third person's words told (“{match.group(0)}”)", confidence=0.7)
    return None


# The speech's opening address run into its first sentence ('Chair, Denmark calls on ...'): the text, no heading.
_VOCATIVE = re.compile(r"^(?:(?:Madam|Mr\.?)\s+)?(?:Chair(?:man|person|woman)?|President|Co-Chairs?|Excellencies|"
                       r"Colleagues)\s*,")


def _heading_below(opening: str) -> list[Line]:
    """Heading blocks left below a header cut short by a long site menu: the short blocks that open
    the text before its salutation, a first-person sentence or a paragraph of prose."""
    blocks = []
    for index, block in enumerate(opening.split("\n\n")[:HEADING_BLOCKS]):
        block = block.strip()
        if len(block) > HEADING_CHARS or SALUTATION.match(block) or _FIRST_PERSON.match(block) \
                or _VOCATIVE.match(block):
            break
        blocks.append(Line(0, block, index))
    return blocks


def _header_cue(header: list[Line], opening: str) -> tuple[str, Evidence] | None:
    """The header's cue; failing a precise one, a cue of the heading blocks below it."""
    found = _from_header(header)
    if (found is None or found[0] == GENERIC) and (below := _from_header(_heading_below(opening))):
        name, evidence = below
        if name != GENERIC:
            return name, dataclasses.replace(evidence, line=None, method=evidence.method + " (below the menu)")
    return found


def _issued_elsewhere(header: list[Line]) -> Evidence | None:
    """A government's release heading a speech with two datelines, its own place of issue before the place of
    delivery ('Bern, 08.12.2016 - Hamburg, 08.12.2016: Address by ...'): a release reproducing the address."""
    for line in header:
        if len(set(datelines(line.text))) >= 2:
            # read from the layout, no type named: the top of the band of inferences (0.5-0.7), as a news lead is
            return Evidence("doc_type", line.text, line.number, "header: a release's dateline before the speech's",
                            confidence=0.7)
    return None


# A news item's lead opening on its dateline, its story run on after a dash in the same paragraph ('Genève, 13
# novembre 2025 – Le Délégué interministériel ... a conduit', 'Bécs, 2025. június 11. – A ...', 'NEW YORK, Oct. 15
# (Yonhap) -- South Korea on Tuesday called ...'): the wire's and the press office's form in any language, where a
# speech's dateline stands on a line of its own. Not a news item introducing the text it reproduces ('TUNIS, July 2
# (TAP) - Following is the full text of ...', 'Below is the full text:', 'Full text: ...'), whose text is what it
# gives, nor a lead speaking in the first person. Read after the precise cues and a group's statement.
_AFTER_DATELINE = re.compile(r"\s*(?:\([^()]{1,25}\))?\s*(?:[.:]?\s*[–—-]{1,2}|\.)\s+")
# A title giving the text it heads ('Full text: Mexico speaks for the Coalition at the Review Conference', 'Full text of
# FM X's statement'), and a lead's words giving it below ('Below is the full text:', 'Please find below the statement',
# 'Here is the full text of', 'The following is the statement delivered by', 'A continuación, el texto completo',
# 'Vous trouverez ci-dessous', 'Confira abaixo a íntegra'). Broader than lines.introduces_text, which also makes the
# text below date and place the page and so takes only the words that name the text exactly: read more widely there,
# a reproduced text's heading citing an earlier day dated the page (six misfires in review).
_FULL_TEXT_TITLE = re.compile(r"^(?:full\s+(?:text|statement)|texto\s+[íi]ntegro|texte\s+int[ée]gral)\b",
                              re.IGNORECASE)
_GIVEN_BELOW = re.compile(r"\b(?:below|here)\s+is\s+the\b|\bfind\s+below\b|\b(?:the\s+)?following\s+is\s+the\b|"
                          r"\b(?:reproduced|available|given|published|is)\s+below\b|\btext\s+of\s+the\s+\w+\s+below\b|"
                          r"\ba\s+continuaci[óo]n,?\s+(?:el|la|se\s+reproduce)\b|\bci-dessous\b|\babaixo\b|"
                          r"\bna\s+[íi]ntegra\b|\btexto\s+(?:completo|[íi]ntegro)\b|\btexte\s+int[ée]gral\b",
                          re.IGNORECASE)
# 'Let me begin', 'an honour for me': a speech's own voice the list of first-person words leaves out.
_ME = re.compile(r"\b(?:me|Me)\b")
SPEECH_BELOW_PARAGRAPHS = 8
DATELINE_PLACE_CHARS = 45
LEAD_STORY_WORDS = 12
TITLE_WORDS = 30
_STORY_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")
# A first sentence: up to a '!' or '?', or a full stop after a word of three letters or more ('Madam Chair.', not
# 'Mr.' or 'H.E.').
_FIRST_SENTENCE = re.compile(r".*?(?:[!?]|(?<=\w\w\w)\.)(?=\s|$)")
LEAD_SENTENCE_WORDS = 8


def _tells_a_story(text: str) -> bool:
    """Running prose: a sentence ended, or more words than a title has ('Bern, 08.12.2023 - Address by Federal
    Councillor X at the OSCE Ministerial Council – Check against delivery' heads the speech a release gives); and a
    news lead's first sentence, longer than a speech's greeting run on after its dateline ('Gracias, Señor
    Presidente.', 'Köszönöm a szót, Elnök Úr!', 'Many thanks, Madam Chair.')."""
    words = len(text.split())
    first = _FIRST_SENTENCE.match(text)
    return (words >= LEAD_STORY_WORDS and bool(_STORY_SENTENCE_END.search(text)) or words >= TITLE_WORDS) \
        and not (first and len(first.group(0).split()) < LEAD_SENTENCE_WORDS)


def _addresses_the_room(text: str) -> bool:
    """A speech's opening after its dateline: a salutation ('Madam Chair, ...', 'Chair, ...') or thanks."""
    return bool(SALUTATION.match(text) or _VOCATIVE.match(text) or _THANKS.match(text))


def _speech_below(opening: str) -> bool:
    """The speech itself under the lead: a paragraph opening on a salutation or thanks, or the first person outside
    quotation marks in the opening's first paragraphs ('Let me ...', 'We welcome ...'): a news item tells in the
    third person and quotes its speaker."""
    paragraphs = [paragraph.strip() for paragraph in opening.split("\n\n")[:SPEECH_BELOW_PARAGRAPHS]]
    return any(_addresses_the_room(paragraph) for paragraph in paragraphs) \
        or any(_FIRST_PERSON.search(_QUOTED.sub(" ", paragraph)) or _ME.search(_QUOTED.sub(" ", paragraph))
               for paragraph in paragraphs[:LEAD_PARAGRAPHS])


def _dateline_lead(header: list[Line], opening: str) -> Evidence | None:
    """A paragraph opening on a place and a date ('City, date –') and telling its story on after the dash."""
    paragraphs = [*((line.text, line.number) for line in header),
                  *((paragraph.strip(), None) for paragraph in opening.split("\n\n")[:LEAD_PARAGRAPHS])]
    if any(introduces_text(text) or _GIVEN_BELOW.search(text) or _FULL_TEXT_TITLE.match(text)
           for text, _number in paragraphs) or _speech_below(opening):
        return None  # a news item reproducing a text, or the speech itself: the text is what the page gives
    for text, number in paragraphs:
        dated = next((date for date in find_dates(text[:2 * DATELINE_PLACE_CHARS]) if date.day), None)
        if not dated:
            continue
        place = text[:dated.start].rstrip()
        if not place.endswith(",") or len(place) > DATELINE_PLACE_CHARS or any(char.isdigit() for char in place) \
                or SALUTATION.match(place):
            continue
        after = _AFTER_DATELINE.match(text, dated.end)
        story = text[after.end():] if after else ""
        if _tells_a_story(story) and not _addresses_the_room(story) \
                and not _FIRST_PERSON.search(_QUOTED.sub(" ", text[:REPORT_CHARS])):
            return Evidence("doc_type", text[:160], number, "news item: a lead opening on its dateline",
                            confidence=0.7)
    return None


def _states_speaking(header: list[Line]) -> Evidence | None:
    """A heading's statement by two or more States named in a list ending in 'and': a joint statement."""
    for line in header:
        for match in _STATEMENT_BY.finditer(line.text):
            rest, position, states, joined = fold(line.text[match.end():]), 0, 0, False
            while state := country_pattern().match(rest, position):
                states, position = states + 1, state.end()
                if not (separator := _LIST_SEP.match(rest, position)):
                    break
                joined, position = joined or "and" in separator.group(0).lower() or "&" in separator.group(0), \
                    separator.end()
            if states >= 2 and joined:
                return Evidence("doc_type", line.text, line.number, "header: a statement by States named together",
                                confidence=0.85)
    return None


# A communiqué's parties: 'between the Togolese Republic and the Republic of Ghana', 'entre ... et ...', 'entre ... y
# ...', 'zwischen ... und ...'.
_BETWEEN = re.compile(r"\b(?:between|entre|zwischen|tra)\s+", re.IGNORECASE)
_AND = re.compile(r"\s(?:and|et|y|e|und)\s", re.IGNORECASE)
_COMMUNIQUE = re.compile(r"communiqu|comunicado|kommuniqu", re.IGNORECASE)
PARTIES_CHARS = 120
BILATERAL = "header: a communiqué of two States' meeting"


# A joint communiqué that names the meeting it closes (a council of ministers' 'Reunión Extraordinaria del Consejo
# de Ministros ...', ministers 'reunidos en ...', 'met in ...') records what the meeting agreed: issued by its
# parties together at its close, not delivered at a body as a group's joint statement is.
_MEETING_HELD = re.compile(r"\b(?:meeting|reuni[oó]n|réunion|reuni[ãa]o|riunione|summit|cumbre|sommet|cimeira|"
                           r"reunid[oa]s|réuni(?:e|s|es)?|met\s+in)\b", re.IGNORECASE)
_MEETING_COMMUNIQUE = "header: a meeting's joint communiqué"


def _meeting_communique(header: list[Line], cue: Evidence) -> Evidence | None:
    """A joint communiqué whose header names the meeting it closes: what that meeting agreed."""
    for line in header:
        if _MEETING_HELD.search(line.text):
            return dataclasses.replace(cue, method=_MEETING_COMMUNIQUE, confidence=0.7)
    return None


def _between_states(header: list[Line]) -> Evidence | None:
    """A joint communiqué closing a meeting between two States (a joint commission, a visit): what two governments
    agreed, issued by both, neither delivered at a body nor on behalf of a group."""
    for line in header:
        for match in _BETWEEN.finditer(line.text):
            parties = fold(line.text[match.end():match.end() + PARTIES_CHARS])
            states = {canonical_country(found.group(1)) for found in country_pattern().finditer(parties)}
            if len(states - {None}) >= 2 and _AND.search(parties):
                return Evidence("doc_type", line.text, line.number, BILATERAL, confidence=0.7)
    return None


def issued_by_two_states(doc_type: str, evidence: Evidence | None) -> bool:
    """A bilateral communiqué has no single State on whose behalf it is issued."""
    return doc_type == OTHER and evidence is not None and evidence.method == BILATERAL


# The cue of an interview, in the sites' languages, of a press conference or a Q&A, or of an article written for a
# newspaper (doc_types.json, other): the page is given to the press.
_INTERVIEW = re.compile(r"\b(?:interview|interjú|entrevista|entretien|intervista|интервью|"
                        r"press\s+(?:conference|briefing|encounter)|Q\s?&\s?A|op-?ed|published\s+in)\b",
                        re.IGNORECASE)


TRANSCRIPT = "a transcript's questions and answers"


def given_to_the_press(doc_type: str, evidence: Evidence | None) -> bool:
    """An interview is given to a newspaper or a broadcaster, a press conference to journalists, an article written
    for a newspaper, none delivered to a body: the Assembly or the Council it talks about is its subject (though a
    Council's President gives it on the Council's programme), so it has no forum, as a release issued at home has
    none; so has a transcript of questions and answers, as journalists ask them."""
    return doc_type == OTHER and evidence is not None \
        and bool(_INTERVIEW.search(evidence.method) or evidence.method == TRANSCRIPT)


def _opens_an_interview(found: tuple[str, Evidence]) -> bool:
    """An interview's lead tells what the one interviewed said, as a news item does ('In an interview with Qatar News
    Agency ..., X said'): its formula outranks the news item's cue."""
    return found[0] == OTHER and "interview" in found[1].method.casefold()


# A transcript's question, unnumbered, opening its line ('Q: ...', 'Question: ...', 'JOURNALIST: ...'), and the answer
# after it: 'A:', 'Answer:', or the one answering named in capitals before a sentence ('ELEANOR EXAMPLE: We ...'; not
# a heading in capitals, 'UNITED NATIONS SECURITY COUNCIL: meeting'). The opening joins a
# block's lines with spaces, so a label may also follow the last line's sentence ('... leave now. JOURNALIST: ...').
# A statement's numbered questions to a mandate-holder ('Question 1: ...') ask, and nobody answers.
_LABEL_START = r"(?:^|(?<=[.!?…\"”’])\s)"
_QUESTION_LINE = re.compile(_LABEL_START + QUESTION_WORDS + r"(?:\s*\((?P<asker>[^()\n]{2,60})\))?\s*:\s",
                            re.IGNORECASE | re.MULTILINE)
_ANSWER_LINE = re.compile(_LABEL_START + r"(?:(?P<label>A|Answer|Ответ|Відповідь|Respuesta|Cevap|Antwort)\s*:\s"
                          r"|(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}\s*:\s+[A-ZÀ-Þ][a-zà-ÿ]))",
                          re.IGNORECASE | re.MULTILINE)


# ... or an interview printed as dashed paragraphs, each question answered by the paragraph below it ('– What has it
# given the country?' / 'A great deal. ...'), as newspapers in Russian and in the languages around it set them; two
# such questions, as a speech may ask one.
_DASHED_QUESTION = re.compile(r"(?:^|\n)[ \t]*[–—][ \t]+[^\n]{10,400}\?[ \t]*\n+[ \t]*(?:[–—][ \t]+)?[^\n]*[^\n?\s]"
                              r"[ \t]*(?=\n|$)")


# ... or a newspaper's interview tagging its questions and answers with the reporter's and the interviewee's initials
# ('TMD: Ambassador, what is the review?' / 'TRM: A peer review of ...'); two questions of one tag, each answered by
# the other's.
_INITIALS_EXCHANGE = re.compile(r"^(?P<asker>[A-ZÀ-Þ]{2,5}):[ \t]+[^\n]*\?[ \t]*\n+"
                                r"(?P<answerer>[A-ZÀ-Þ]{2,5}):[ \t]+\S", re.MULTILINE)


def _tagged_by_initials(text: str) -> re.Match | None:
    """The first of two questions one set of initials asks and another answers (_INITIALS_EXCHANGE)."""
    exchanges = [match for match in _INITIALS_EXCHANGE.finditer(text) if match["asker"] != match["answerer"]]
    pairs = [(match["asker"], match["answerer"]) for match in exchanges]
    return next((match for match, pair in zip(exchanges, pairs, strict=True) if pairs.count(pair) >= 2), None)


def dashed_questions(text: str) -> list[str]:
    """The dashed questions of an interview printed as dashed paragraphs, each with its answer (_DASHED_QUESTION)."""
    return _DASHED_QUESTION.findall(text)


def _transcript(text: str) -> Evidence | None:
    """An interview or a briefing set out as questions and answers: a question answered below it, where the heading
    names no kind of its own."""
    if len(dashed := dashed_questions(text)) >= 2:
        return Evidence("doc_type", dashed[0].strip()[:120], None, TRANSCRIPT, confidence=0.75)
    if tagged := _tagged_by_initials(text):
        return Evidence("doc_type", tagged.group(0)[:120], None, TRANSCRIPT, confidence=0.75)
    for question in _QUESTION_LINE.finditer(text):
        answer = _ANSWER_LINE.search(text, question.end())
        # A State asking in brackets and an 'Answer:' below ('Question (United Kingdom): ...' / 'Answer: ...') is a
        # question sent in advance to a State under the Universal Periodic Review, which its statement answers; a
        # press conference abroad labels reporters by their State too, and its speaker answers by name.
        if answer and not (question["asker"] and canonical_country(question["asker"]) and answer["label"]):
            return Evidence("doc_type", text[question.start():question.start() + 120], None, TRANSCRIPT,
                            confidence=0.8)
    return None


def find_doc_type(header: list[Line], opening: str, has_speaker: bool,
                  groups_evidence: Evidence | None) -> tuple[str, Evidence | None]:
    """The type, by precedence: a document form, a release or another kind named in the header (a joint communiqué
    naming the meeting it closes is another kind: what the meeting agreed); a note's or a
    release's formula ('presents its compliments', 'reads as follows'), a transcript's questions and answers, or a
    news item's third-person lead (a release reproducing a right of reply is a release); a precise cue of the
    header; a formula of the opening (a letter's 'I have the honour to transmit'); a group spoken for; the plain
    statement. A site's list of other dated pages in the header is not read."""
    listed = dated_listing(header)
    header = [line for line in header if line.number not in listed]
    found = _header_cue(header, opening)
    if found and found[0] in (*FORMS, PRESS, OTHER):
        return found
    if found and found[0] == "joint_statement" and _COMMUNIQUE.search(found[1].method) \
            and (agreed := _between_states(header) or _meeting_communique(header, found[1])):
        return OTHER, agreed
    more = _from_opening(opening, header)
    if more and (more[0] in (PRESS, NOTE) or _opens_an_interview(more)):
        return more
    if (found is None or found[0] == GENERIC) \
            and (asked := _transcript("\n".join([*(line.text for line in header), opening]))):
        return OTHER, asked
    if reported := _reported(header, opening):
        return PRESS, reported
    if (found is None or found[0] == GENERIC) and (issued := _issued_elsewhere(header)):
        return PRESS, issued
    if (found is None or found[0] == GENERIC) and (given := _letter_given(header, opening)):
        return "letter", given
    if found and found[0] != GENERIC:
        return found
    if more:
        return more
    if groups_evidence and not _ALIGNS.search(groups_evidence.text):
        return "joint_statement", groups_evidence
    if states := _states_speaking(header):
        return "joint_statement", states
    if (found is None or found[0] == GENERIC) and (lead := _dateline_lead(header, opening)):
        return PRESS, lead
    if found:
        return found
    # Nothing names the form: a text delivered somewhere is most often a statement.
    return GENERIC, Evidence("doc_type", "", None, "no cue: the commonest form",
                             confidence=0.6 if has_speaker else 0.4)
