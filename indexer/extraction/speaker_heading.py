"""The speaker as a page's heading names them, the conventions most trusted: a heading introducing the
speaker ("Statement by H.E. Mr. X, Permanent Representative of ...", "Remarks by Ambassador X", "Delivered
by:" above the name, "Intervención del embajador X"), a name line behind an honorific or a bare name above
its post, "Ambassador X's Remarks at ...", and a page's "From:" line. A site's banner naming its ambassador
above a heading that gives the statement to a State is not the speaker, nor is the addressee above a
letter's "Excellency,".
"""

from __future__ import annotations

import re
from functools import partial
from itertools import chain, islice

from indexer.extraction.dates import find_dates
from indexer.extraction.gazetteer import canonical_city, canonical_country
from indexer.extraction.lines import Line, names_the_full_text
from indexer.extraction.names import (
    MEETING_VERB,
    OTHER_PARTY_BEFORE,
    honorifics,
    is_mission_rank,
    is_newsroom_post,
    is_post,
    is_post_word,
    is_rank_title,
    names_holders,
    only_honorifics,
    strip_honorifics,
)
from indexer.extraction.patterns import IN_RESPONSE_TO_ANY_LANGUAGE, REPLY_TO, just_before
from indexer.extraction.persons import (
    ARTICLE,
    CONNECTORS,
    CYRILLIC,
    FINNISH_GENITIVE,
    INTROS,
    MENTION,
    NORDIC_GENITIVE,
    TITLE_NOUNS,
    TITLE_START,
    Candidate,
    Found,
    clean_token,
    finnish_nominative,
    intros_in,
    post_before,
    read_person,
    starts_post,
)
from indexer.extraction.posts import (
    DELEGATION_HEAD,
    post_after,
    posts_below,
)
from indexer.extraction.reported_speakers import LINK_LABEL, UN_OFFICE
from indexer.extraction.speaker_text import HEARD

_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")
# An honorific that only a person's name follows, inside a line (at its start a name line is read). A heading run
# together names its speaker among its first few; a whole flattened page on one line names many more in its text.
HONORIFICS_WITHIN_READ = 8
_STRONG_WITHIN = re.compile(r"(?<=\S\s)(?:H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.)\s",
                            re.IGNORECASE)
# Where an honorific may open a name inside a line: at its start or after a space, bracket or separator; not the
# second half of a compound post ('Secretary-General', 'Governor-General', where 'General' is no rank).
_HONORIFIC_START = re.compile(r"(?:^|(?<=[\s(|,;:–—-]))(?<!\w-)(?=[A-Z])")
# The words of an answer just before a heading's cue, in the languages of the sites.
_ANSWER_BEFORE = re.compile(rf"\b(?:{IN_RESPONSE_TO_ANY_LANGUAGE}"
                            # ... or a title that is the answer: 'Réponse à la déclaration du Ministre ...'.
                            r"|^(?:right\s+of\s+)?(?:reply|response)\s+to|^r[ée]ponse\s+(?:à|au|aux)|^respuesta\s+al?"
                            r"|^resposta\s+(?:a|ao|à))\b(?:\s+(?:the|el|la|le|o|a)|\s+l['’])?\s*$"
                            # ... or a French title about another's speech: 'Commentaires sur l'allocution du
                            # Directeur général ...', 'Questions à la suite de l'allocution de la Commissaire ...'
                            r"|\b(?:commentaires?\s+sur|à\s+la\s+suite\s+de|lors\s+de|suite\s+à)\s+(?:la\s+|le\s+|l['’])?$",
                            re.IGNORECASE)
# The one who chairs, moderates or hosts the occasion a heading names: 'open debate, chaired by H.E. Mr. X'.
_HOSTED_BY = re.compile(r"\b(?:chaired|co-chaired|moderated|presided(?:\s+over)?|hosted|co-hosted|"
                        r"convened|organi[sz]ed|facilitated|opened)\s*$", re.IGNORECASE)
# A title's occasion, whose own act another's title noun then names ('Statement at the ... briefing by X').
_OCCASION_THEN_ACT = re.compile(r"\s(?:at|during|following|after|on)\s", re.IGNORECASE)
# A report, a draft or a briefing another presented, just before 'by'.
_OTHERS_DRAFT = re.compile(r"\b(?:reports?|briefings?|resolutions?|draft|proposals?|amendments?)\s+(?:\w+\s+)?"
                           r"(?:presented|introduced|submitted|tabled|proposed|sponsored|put\s+forward)(?:\s+by)?\s*$",
                           re.IGNORECASE)
# The last part of a title, after a comma or a dash: where a site names who spoke.
_TAIL = re.compile(r"(?:,|\s[–—-])\s+(?P<tail>[^,–—]+?)\s*$")
# ... or after a last 'by' ending the title: 'Statement at the Sixth Committee on Agenda Item 79 by Jane Example'.
# Not after a participle ('... the report submitted by X'), nor after another's act the title names ('at the briefing
# by X', 'on the report of X'): those name someone else.
_BY_TAIL = re.compile(r"(?<![a-z]ed)\sby\s+(?P<tail>[^,–—]+?)\s*$")
_ANOTHERS_ACT = re.compile(r"\b(?:briefings?|reports?|presentation|introduction|dialogue|address|statements?|remarks|"
                           r"speech|proposal|draft|resolution|motion|question|chaired|presided)\b", re.IGNORECASE)
# The post a title names just before the comma ('... Dialogue with the Special Rapporteur, Ms. X'): the name
# after it is that post's holder, whom the statement addresses.
_POST_BEFORE_COMMA = re.compile(r"\b(?:with|by|of|from|to|for)\s+(?:the\s+)?(?P<post>[^,]+?)[\s,–—-]*$",
                                re.IGNORECASE)
# A title answering another's words names the one answered: 'Right of reply to the statement made by the Minister
# of X, Mr. Y', 'Réponse à ...'.
_ANSWERED = re.compile(rf"\b{REPLY_TO}\b"
                       r"|\bmade\s+by\b", re.IGNORECASE)
_DASH_COUNTRY = re.compile(r"^\s*[-–—]\s*(?P<country>[^,;]+?)\s*$")
_POSSESSIVE = re.compile(rf"['’]s\s+(?:(?:regular|opening|closing|keynote|introductory|concluding|video|written|"
                         rf"weekly|daily)\s+)?(?:{TITLE_NOUNS}|explanation|letter)\b", re.IGNORECASE)
# Turkish writes the possessive as a suffix after an apostrophe ('Sözcüsü Elif Example'ın ... Cevabı'): read as
# 'X's' only after a post ('Dışişleri Bakanlığı Sözcüsü').
_GENITIVE_SUFFIX = re.compile(r"(?<=\w)['’](?:ın|in|un|ün|nın|nin|nun|nün)\s")
# 'Ambassador Anna Example: Statement at the Security Council': the name, a colon (or a dash, a bar, as a
# headline sets the speaker apart: 'Prime Minister X – Address to the General Assembly'), then the title.
_COLON_TITLE = re.compile(rf"^(?::|[–—|]|-(?=\s))\s*(?:{TITLE_NOUNS})\b", re.IGNORECASE)
# What follows the speaker opening a headline: the occasion ('at the Security Council', 'before the Sixth Committee').
_OCCASION_AFTER = re.compile(r"^(?:at|before)\s+(?:the|an?)\s+\S", re.IGNORECASE)
# ... or the State in brackets: 'Ambassador X (Ghana) - Statement at the Security Council'.
_STATE_IN_BRACKETS = re.compile(r"^\((?P<state>[^()]{3,50})\)")
# How a letter, not a speech, greets its addressee: a name block above it is the addressee's.
_LETTER_SALUTATION = re.compile(r"^(?:(?:Your\s+)?Excellency\s*,|Dear\s+\S|(?:Sir|Madam)\s*[,:])")
# A title giving the statement to a State or a group: 'EU Statement on ...', 'Swiss Statement', 'UK statement to ...'.
_GROUP_TITLE = re.compile(
    r"^(?:(?:EU|UK|US|Joint|National|Nordic|Nordic-Baltic|[A-Z][a-z]+)\s+){1,3}(?:Statement|statement)\b")
# A second person joined to one named before ('Foreign Minister X and Ambassador Y').
_JOINED_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:and|et|y|e|und|&)\s+$", re.IGNORECASE)
# A document host's bibliographic fields: 'Citation: "Letter from the ...," September 28, 1993, ... Archive'.
_CITATION = re.compile(r"^(?:citation|cite\s+as|how\s+to\s+cite|recommended\s+citation|source|bibliographic\s+"
                       r"(?:citation|reference))\s*:", re.IGNORECASE)
# A field of a host's metadata block: a label of one to three words and a colon ('Citation:', 'Document Type:').
# A host's field below a heading: 'Citation: ...', 'Published: ...', and its posting credit ('Posted by OPM
# Communications Unit | October 4, 2017', 'Publié par ...'), which names the site's office, not the speaker.
_FIELD = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s"
                    r"|^(?i:posted|published|publié|publicado)\s+(?i:by|par|por)\s")
# A field naming who chairs or moderates an event: 'Moderator: Ms. X', 'Co-Chairs: Ambassador X and ...'.
_CHAIR_LABEL = re.compile(r"\b(?:moderat(?:or|rix)|modérat(?:eur|rice)|moderador[a]?|chair(?:person|man|woman)?s?|"
                          r"co-chair(?:person)?s?|facilitators?|co-facilitators?|presid(?:ent|ente|enta)|président[e]?)"
                          # ... of the body it chairs: 'Presidente del Consejo de Derechos Humanos: Embajador X'.
                          r"(?:\s+(?:of|del?|du|of\s+the|de\s+la)\s+[^:]{3,60})?\s*:\s*$", re.IGNORECASE)
# A site's widget introducing its head of mission, above the name: a banner, not who delivered the page's text.
_BANNER_LABEL = re.compile(r"^(?:(?:a\s+)?(?:welcome\s+)?message\s+from\s+the\s+(?:ambassador|head\s+of\s+mission|"
                           r"permanent\s+representative)|(?:the\s+)?ambassador['’]s\s+(?:message|corner|welcome)|"
                           r"about\s+the\s+ambassador|(?:our\s+)?head\s+of\s+mission|welcome\s+message)\s*:?$",
                           re.IGNORECASE)
# A page's 'From:' line lists who issued it: the office, then the person who spoke (gov.uk speeches).
_FROM_LINE = re.compile(r"^From\s*:\s*", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r",\s+|\s+and\s+|\s*&\s*")
# The opening's first sentences, where a release names its speaker with the post.
OPENING_SENTENCE_CHARS = 600
# How far before a name the words that make it another's are looked for ('met with', 'in response to the statement
# of the Minister of X,'): they stand a few words before it. Searching all a line holds before each name made a page
# run together on one line quadratic.
GOVERNING_REACH = 300
# How much of a line a name and its post are read from: a name with the longest post (rank, portfolio, ministry and
# State) runs to about 230 characters; reading to the line's end from each honorific made a long line quadratic.
PERSON_CHARS = 400


def _mentioned(text: str, intro: re.Match) -> bool:
    """A bare 'by' in a sentence answering someone ('in response to the statement made today by
    Prime Minister X') names the one answered, not the speaker; so does any heading's cue right after the
    words of an answer ('Intervención de España en respuesta al discurso del Presidente en ejercicio')."""
    before = partial(just_before, text=text, end=intro.start(), reach=GOVERNING_REACH)
    if before(_ANSWER_BEFORE):
        return True
    if before(_OTHERS_DRAFT) or before(HEARD) or before(_HOSTED_BY):
        return True  # 'on the resolution introduced by Ambassador X': its sponsor; 'heard a briefing by X'.
    if TITLE_START.match(text) and before(_OCCASION_THEN_ACT) and intro.group(0).split()[0].casefold() in \
            TITLE_NOUNS.split("|"):
        return True  # 'Statement at the Security Council briefing by X': the briefer, whom the statement follows
    return intro.group(0)[:2].casefold() == "by" and intro.start() > 0 and bool(before(MENTION))


# A journalist's job in a byline: the one who wrote the page, not who spoke.
_PRESS_JOB = re.compile(r"\b(?:Correspondents?|Reporters?|Editors?|Journalists?|Writers?|Columnists?|Contributors?|"
                        r"Photographers?)\b", re.IGNORECASE)


def _news_byline(header: list[Line], index: int, intro: re.Match) -> bool:
    """'By Jane Doe' opening a line is a news article's author unless a title noun ends the line
    above ('Statement' / 'By' / 'H.E. Mr. X'), an honorific follows ('By H.E. Mr. X'), or a post stands before or
    after the name ('By Deputy Chief of Mission X | 12 May 2022', 'By X, Deputy Chief of Mission'): a journalist's
    byline gives no office."""
    if intro.start() > 0 or intro.group(0)[:2].casefold() != "by":
        return False
    after = header[index].text[intro.end():]
    above = header[index - 1].text.split()[-1].casefold() if index and header[index - 1].text.split() else ""
    if _PRESS_JOB.search(after):
        return True  # 'By Jane Smith, Chief Political Correspondent', 'By Senior Reporter X'
    found = read_person(after)
    if starts_post(after.strip()) or found and post_after(found.after):
        return False
    return strip_honorifics(after) == after.strip() and above not in TITLE_NOUNS.split("|") and bool(after.strip())


def _from_intro(header: list[Line], index: int) -> Candidate | None:
    """A heading with 'by' (or 'of the', 'Delivered by:', 'Intervención del')."""
    line = header[index]
    if _BANNER_LABEL.match(line.text) and any(TITLE_START.match(below.text) for below in header[index + 1:]):
        return None  # 'Message from the Ambassador' over a page whose title is a statement: the site's widget
    if _CITATION.match(line.text):
        return None  # a host's bibliographic field quotes the title with its archive's name after it
    intros = [m for m in intros_in(line.text)
              if not _mentioned(line.text, m) and not _news_byline(header, index, m)]
    return _by_name(header, index, _deliverer_first(intros)) or _by_name(header, index, intros) \
        or _post_then_name(header, index, intros)


# The participles naming who read out a statement another wrote: 'Statement by Minister X, read by Ambassador Y'.
# 'Statement by the Head of Delegation of X, Ms. Y, Permanent Secretary ...': leading the delegation is the
# speaker's part at the meeting; the post the heading gives after the name is the one held.
_READ_OUT = r"(?:delivered|read)\s+(?:out\s+)?by\b"
_READ_OUT_BY = re.compile(rf"^{_READ_OUT}", re.IGNORECASE)


def _deliverer_first(intros: list[re.Match]) -> list[re.Match]:
    """A heading's later 'delivered by' or 'read by': the speaker is who delivered the document (a minister's
    statement read out by the ambassador is the ambassador's delivery); the intros from that one on."""
    later = next((k for k in range(1, len(intros)) if _READ_OUT_BY.match(intros[k].group(0))), None)
    return intros[later:] if later else []


def _by_name(header: list[Line], index: int, intros: list[re.Match]) -> Candidate | None:
    """The person after the first of `intros` that introduces one, with the post around the name or below it."""
    line = header[index]
    for number, intro in enumerate(intros):
        stop = intros[number + 1].start() if number + 1 < len(intros) else len(line.text)
        rest, at = line.text[intro.end():stop], index
        if not rest.strip() and index + 1 < len(header):
            at = index + 1
            rest = header[at].text
        found = read_person(rest)
        if stop == len(line.text):
            found, at = _read_on(header, at, rest, found)
        if found is None:
            continue
        role, role_line = found.before, line
        after = post_after(found.after)
        if role is None or is_rank_title(role) or (after and (after.casefold().startswith(role.casefold() + " ")
                                                               or is_mission_rank(role)
                                                               or DELEGATION_HEAD.match(role)
                                                               or _repeats_rank(role, after)
                                                               or _MINISTERS_RANK.fullmatch(role)
                                                               and _MISSION_POST.match(after))):
            # A rank before the name is a title ('Counsellor Zhao', 'la Consejera Marta X'), and a post before it
            # repeated in full after it ('Rede von Staatssekretärin X, Staatssekretärin des ...') is given whole:
            # the post is the one written after the name, if any.
            role, role_line = after, header[at]
        below, below_line = posts_below(header, at, found.name)
        # 'Statement by Permanent Representative X' over 'X' / 'Permanent Representative of ... to the UN':
        # the post in full, as the lines below write it; so too where the heading names only the post (declined
        # after its noun and run on to the occasion: 'Виступ заступниці Міністра на 52-й сесії ...') and the name
        # and the post follow on lines of their own.
        if role is None or (below and (below.casefold().startswith(role.casefold() + " ")
                                       or DELEGATION_HEAD.match(role) or at != index)):
            role, role_line = below, below_line
        return Candidate(found.name, role, header[at], role_line, "header: by NAME", 0.95)
    return None


# A mission's 'Minister' is a diplomatic rank before the name when a mission's post follows it ('Right of reply by
# Minister X, Deputy Permanent Representative'); a government's minister is named with the portfolio.
_MINISTERS_RANK = re.compile(r"(?:Minister|Ministre|Ministro|Ministra)", re.IGNORECASE)
_MISSION_POST = re.compile(r"(?:(?:Deputy|Alternate|Acting)\s+)?(?:Permanent\s+)?Representative\b|Chargée?\s+d|"
                           r"Charge\s+d|(?:Deputy\s+)?Head\s+of\s+(?:Mission|Chancery)\b|Représentante?\s+permanent"
                           r"|Representante\s+Permanente", re.IGNORECASE)


def _repeats_rank(rank: str, post: str) -> bool:
    """'Commissioner X, Police Commissioner of the Mission': a one-word rank before the name that the post after it
    holds is the name's title."""
    return " " not in rank.strip() and bool(re.search(rf"\b{re.escape(rank.strip())}\b", post, re.IGNORECASE))


def _read_on(header: list[Line], at: int, rest: str, found: Found | None) -> tuple[Found | None, int]:
    """A heading broken inside the name or the post by a page's width or a PDF's line ('Statement by H.E.
    Ambassador Maria' / 'Luiza Example,'; 'As delivered by Deputy' / 'Chief of Mission Jane Example'): when
    the line ends on a first name alone or on words that are no name, the person is read on into the
    next line of the block, if that gives a longer name that is no place."""
    if at + 1 >= len(header) or header[at + 1].block != header[at].block or not rest.strip() \
            or _FIELD.match(header[at + 1].text) or _READ_OUT_BY.match(header[at + 1].text) \
            or INTROS.match(header[at + 1].text) \
            or canonical_country(rest.strip(" .,:")):
        # a host's field below ('Citation: ...', 'Published: ...') is no more of the heading, nor a line naming who
        # delivered it ('Statement by Ghana' / 'Delivered by the Permanent Representative, Ambassador X'), its own,
        # nor a heading of its own ('Allocution de M. le Premier Ministre au Sommet' / 'Allocution de Monsieur X');
        # nor is a line below a State's own statement ('Statement by Chile' / 'Permanent Representative of Chile, X')
        return found, at
    if found is not None and (found.after.strip() or " " in found.name):
        return found, at
    longer = read_person(rest.rstrip() + " " + header[at + 1].text)
    if longer is None or (found and not longer.name.startswith(found.name + " ")) or _names_place(longer.name):
        return found, at
    return longer, at + 1


# The occasion a title's post runs into: 'Prime Minister at the UN Climate Summit 2014'.
_AT_AN_OCCASION = re.compile(r"\s(?:at|during)\s+the\s+[A-Z0-9]")


def _post_then_name(header: list[Line], index: int, intros: list[re.Match]) -> Candidate | None:
    """'Statement by H.E. Permanent Representative of Portugal ..., ' / 'Ambassador Rui Macieira':
    the post ends the heading line and the name is the next line."""
    line = header[index]
    if not intros or index + 1 >= len(header):
        return None
    post = post_before(line.text[intros[-1].end():])
    following = header[index + 1]
    found = read_person(following.text, single=False)
    if not (post and found and not found.after.strip(" ,.;")):
        return None
    below, below_line = posts_below(header, index + 1, found.name)
    post_line = line
    if below and (post.casefold().startswith(below.casefold() + " ") or _AT_AN_OCCASION.search(post)
                  or CYRILLIC.search(post)):
        # 'Address by the President of X at the High-level Meeting ...' / 'Y' / 'President of X'; 'Statement by the
        # Prime Minister at the UN Climate Summit 2014' / 'Y' / 'Prime Minister of Iceland'; a Slavic heading declines
        # the post after its noun and runs on to the meeting ('Выступление Постоянного представителя ... на заседании
        # ...'), the line below gives it as held ('Постоянный представитель ...')
        post, post_line = below, below_line
    if strip_honorifics(following.text) != following.text:
        return Candidate(found.name, post, following, post_line, "header: by POST, NAME below", 0.85)
    # Without an honorific the line must be the name and nothing else ('Ivan Example').
    if not found.prefix and len(found.name.split()) >= 2:
        return Candidate(found.name, post, following, post_line, "header: by POST, NAME below", 0.8)
    return None


def _from_name_line(header: list[Line], index: int) -> Candidate | None:
    """A line that is a name: behind an honorific ('H.E. Mr. Ali Bahraini', perhaps with its post
    after a comma, or 'Mr. X - Syrian Arab Republic'), or bare above a line that is a post."""
    line = header[index]
    text = _LIST_NUMBER.sub("", line.text) if index == 0 else line.text
    has_honorific = strip_honorifics(text) != text
    found = read_person(strip_honorifics(text), single=False)
    if not found or (index and _BANNER_LABEL.match(header[index - 1].text)) \
            or (CYRILLIC.search(found.name) and is_post(found.name)):
        return None  # a post in Cyrillic read as a name ('Председник Републике Србије' heading a presidency's site)
    after = found.after.strip()
    if headline := _person_headline(found, after, has_honorific, header, index):
        return headline
    if strip_honorifics(found.prefix):
        return _post_and_name_line(found, after, line)
    if _dated_byline(found, after):
        return Candidate(found.name, None, line, None, "header: byline NAME DATE", 0.8)
    if after and after[0] not in ",–—-|/":
        return None
    if after:
        dash = _DASH_COUNTRY.match(after)
        # 'Mr. X - Syrian Arab Republic', and bare 'Haydar Example - Syrian Arab Republic': a list of speakers
        # (UN Web TV, the Human Rights Council's extranet) gives each name with the State it speaks for.
        if dash and (has_honorific or len(found.name.split()) >= 2) and canonical_country(dash.group("country")):
            return Candidate(found.name, None, line, None, "header: name line", 0.9 if has_honorific else 0.85)
        post = post_after(after)
        if post and is_newsroom_post(post):
            return None  # a byline under the headline ('Tapiwa Example, Senior Reporter'): the reporter, no speaker
        if post and (has_honorific or len(found.name.split()) >= 2):  # 'Antony J. Blinken, Secretary of State'
            return Candidate(found.name, post, line, line, "header: name line", 0.9 if has_honorific else 0.85)
        return None
    post, post_line = posts_below(header, index, found.name)
    # The post on the line above: behind an honorific, or a bare name of two words or more that is the whole
    # line ('Minister for Foreign Affairs' / 'Timo Example', as ministries' speech pages set them; the surname may be
    # in capitals, 'Timo EXAMPLE').
    bare_name = not found.prefix and len(found.name.split()) >= 2 \
        and found.name.casefold() == " ".join(text.split()).casefold()
    above = header[index - 1].text if index else ""
    if not _ADDRESS_BELOW.match(" ".join(line.text for line in header[index + 1:index + 4])):
        above = ARTICLE.sub("", above)  # 'The President of the Republic of X' / 'Mr X'; not an inside address's
    if post is None and (has_honorific or bare_name) and index and is_post(above):
        post, post_line = post_after(above) or above, header[index - 1]
    if has_honorific or post:
        return Candidate(found.name, post, line, post_line, "header: name line", 0.9 if has_honorific else 0.85)
    return None


# A letter's greeting a few lines below a name: the name and the post above it are its inside address, the addressee.
_ADDRESS_BELOW = re.compile(r"(?:.*\s)?(?:Dear\s+(?:Mr|Mrs|Ms|Madam|Sir|Secretary|President|Director|High|Excellency)\b"
                            r"|(?:Your\s+)?Excellency\s*,|Sir\s*,|Madam\s*,)")


# A headline's words run into a name read in title case: a possessive or a genitive suffix, a document's noun.
_HEADLINE_AFTER_NAME = re.compile(rf"['’]\w|\b(?:{TITLE_NOUNS})\b", re.IGNORECASE)


# The offices a speech greets by post and name before its text: those who preside and the UN's officials.
_ADDRESSED_OFFICE = re.compile(r"^(?:Madam\s+|Mr\.?\s+)?(?:(?:Vice-?\s?)?President|Co-?Chair\w*|Chair\w*|"
                               r"(?:Deputy\s+|Under-|Assistant\s+)?Secretary-General|High\s+Commissioner|"
                               r"Special\s+Rapporteur|Moderator)\b", re.IGNORECASE)


def _post_and_name_line(found: Found, after: str, line: Line) -> Candidate | None:
    """A line that is a post and a name in full and nothing else ("Chargé d'Affaires a.i. Jane Q. Example"), as a
    mission's page sets its speaker under the title: the post is all that stands before the name, perhaps with the
    name's own honorific after it ('Deputy Permanent Representative of Ecuador, Ambassador Santiago Example'). Not a
    headline in title case naming the speech after the name ('Spokesperson X's Answer To A Question'), nor a speech's
    greeting to the one presiding ('President of the General Assembly, H.E. Mr. X' above 'Excellencies,')."""
    post = found.before
    prefix = strip_honorifics(found.prefix).strip(" ,")
    styled = prefix != post  # an honorific between the post and the name
    held = post_after(after) if after.startswith(",") and post and prefix == post else None
    if held and len(found.name.split()) >= 2 and (is_rank_title(post) or _MINISTERS_RANK.fullmatch(post)) \
            and not _ADDRESSED_OFFICE.match(held) and not line.text.rstrip().endswith(","):
        # a rank before the name, the post after it: 'Ministra Laura X Y, Representante Permanente Alterna',
        # 'Ministro Juan X, Vicepresidente del Comité'; not a greeting to the one presiding ('H.E. Minister X,
        # President of the Security Council,')
        return Candidate(found.name, held, line, line, "header: RANK NAME, POST line", 0.8)
    if not post or not prefix.startswith(post) or not only_honorifics(prefix[len(post):].strip(" ,")) \
            or (styled and _ADDRESSED_OFFICE.match(post)) or after or len(found.name.split()) < 2 \
            or _names_place(found.name) or not is_post(post) or _HEADLINE_AFTER_NAME.search(found.name) \
            or ":" in post:  # 'Foreign Minister X: ASEAN Must Remain Central' is a headline's words
        return None
    return Candidate(found.name, post, line, line, "header: POST NAME line", 0.8)


def _dated_byline(found: Found, after: str) -> bool:
    """A speech page's byline: the speaker's name in full, bare, then the day of delivery and nothing else ('Ivan
    Example 21.05.2013'), as a ministry's list of speeches sets each under its title. Not a dateline's place
    ('New York 21 May 2013')."""
    dates = find_dates(after)
    return not found.prefix and len(found.name.split()) >= 2 and len(dates) == 1 and dates[0].start == 0 \
        and bool(dates[0].day and dates[0].year) and not after[dates[0].end:].strip() \
        and not _names_place(found.name)


def _person_headline(found: Found, after: str, has_honorific: bool, header: list[Line], index: int
                     ) -> Candidate | None:
    """A headline that opens with the speaker, behind an honorific or a post, then names the occasion
    or the document: 'Ambassador X at the UN Security Council open debate on ...', 'Deputy Permanent
    Representative X: Statement at ...', 'Ambassador X (Ghana) - Statement at ...'. A line below that
    repeats the name with the post in full ('X, Secretary of State') gives the post."""
    line = header[index]
    post = found.before if found.before and found.before == strip_honorifics(found.prefix).strip(" ,") else None
    if not (has_honorific or post) or (found.prefix.strip() and not post and strip_honorifics(found.prefix)):
        return None
    if _COLON_TITLE.match(after):
        method = "header: NAME: Statement"
    elif _OCCASION_AFTER.match(after) or _STATE_IN_BRACKETS.match(after) \
            and canonical_country(_STATE_IN_BRACKETS.match(after).group("state")):
        method = "header: NAME at the MEETING"
    else:
        return None
    fuller, fuller_line = _post_elsewhere(header[index + 1:], found.name)
    if fuller and len(fuller) > len(post or ""):
        return Candidate(found.name, fuller, line, fuller_line, method, 0.85)
    return Candidate(found.name, post, line, line if post else None, method, 0.85)


def _names_place(name: str) -> bool:
    """'Geneva Switzerland', 'Wellington New Zealand', 'Barbados Posted', 'Addis Ababa': a dateline's or a banner's
    words read as a name. A given name that is also a city's ('Santiago Benalcázar', 'Victoria Example') is a name."""
    words = name.split()
    spans = (" ".join(words[start:end]) for start in range(1, len(words)) for end in range(start + 1, len(words) + 1))
    return bool(canonical_country(words[0]) or canonical_city(name)
                or any(canonical_country(span) or canonical_city(span) for span in spans))


def _addresses_post(before: str) -> bool:
    """'... Dialogue with the Special Rapporteur, ' before a name: the name is that post's holder."""
    addressed = _POST_BEFORE_COMMA.search(before)
    return bool(addressed) and is_post(addressed.group("post"))


def _title_then_name(header: list[Line], index: int) -> Candidate | None:
    """A title, then who spoke after its last comma, dash or 'by': 'Remarks at the Conclusion of the Review
    Conference, Jane Example', '... – Ambassador John Example' or '... on Agenda Item 79 by Jane Example', the
    post after it or on the lines below. The name
    must be all that follows (two words or more, none a State or a city): 'Statement at the Security
    Council, New York' names a place."""
    line = header[index]
    tail, text, title_post = _TAIL.search(line.text), line.text, None
    if tail and is_post(tail.group("tail")):  # '... by Jane Example, Minister of Foreign Affairs': the post ends it
        title_post, text = tail.group("tail"), line.text[:tail.start()]
        tail = None
    if tail is None and (by := _BY_TAIL.search(text)) and not _ANOTHERS_ACT.search(text[1:by.start()]):
        tail = by
    before = text[:tail.start()] if tail else ""
    if not TITLE_START.match(line.text) or not tail or MENTION.search(before) or _ANSWERED.search(before) \
            or _addresses_post(before):
        return None  # '..., in response to the statement of the Minister of X, Mr. Y' names the one answered
    found = read_person(tail.group("tail"), single=False)
    if not found or found.after.strip(" .") or not only_honorifics(found.prefix) \
            or len(found.name.split()) < 2 or _names_place(found.name):
        return None
    post, post_line = (title_post, line) if title_post else posts_below(header, index, found.name)
    return Candidate(found.name, post, line, post_line, "header: title, NAME", 0.8)


def _honorific_within(header: list[Line], index: int) -> Candidate | None:
    """A heading run together on one line ('... Renewing the Mandate of UNITAMS Ambassador Robert Wood
    Alternate U.S. Representative ...', '... 08 July 2021 H.E. MR. X, Ambassador and Permanent
    Representative, ...'): a strong honorific inside it, then a name, then the post. Without the post a
    name there may be anyone the title mentions."""
    line = header[index]
    for match in islice(_STRONG_WITHIN.finditer(line.text), HONORIFICS_WITHIN_READ):
        if just_before(MENTION, line.text, match.start(), GOVERNING_REACH):
            return None
        if just_before(OTHER_PARTY_BEFORE, line.text, match.start(), GOVERNING_REACH) \
                or just_before(MEETING_VERB, line.text, match.start(), GOVERNING_REACH):
            continue
        found = read_person(line.text[match.start():match.start() + PERSON_CHARS], single=False)
        post = post_after(found.after) if found and only_honorifics(found.prefix) else None
        if post:
            return Candidate(found.name, post, line, line, "header: honorific NAME, POST in a heading", 0.8)
    return None


# A post named in full, with what it serves: 'Permanent Representative of X to the United Nations', not 'Chair'.
_SERVES = re.compile(r"\s(?:of|to|de|da|do|du|des|del|della)\s", re.IGNORECASE)
# The article before a post named alone: 'by the Permanent Representative'; Portuguese, Spanish, French and Italian
# contract it with the preposition into the heading's own words ('Intervenção do Presidente da República na ...',
# 'Intervention du Ministre ...').
_ARTICLE_BEFORE_POST = re.compile(r"^(?:the|The)\s+")
# ... there only the office of the head of State or government, one holder whose own site names them by it alone
# ('Presidente da República', 'Président de la République', 'Presidente del Gobierno'); a minister's post alone
# ('Intervenção da Ministra da Saúde') is left unread, as in English without 'the'; but the foreign minister, the
# one holder the foreign ministry's own site names by post alone ('Intervention du ministre de l'Europe et des
# affaires étrangères', 'Discurso del Ministro de Relaciones Exteriores').
_KNOWN_BY_POST_ALONE = re.compile(
    r"^(?:President[ea]?|Président(?:e)?|Primeir[oa]-Ministr[oa]|Premier\s+ministre|Premi(?:er|ère)\s+[mM]inistre)"
    r"\s+(?:da|de\s+la|del|della)\s+(?:Rep[úu]blica|République|Repubblica|Gobierno|Governo|Gouvernement|Confederação"
    r"|Confédération|Nação|Nación)\b"
    r"|^(?i:ministr[eoa]\s+(?:de\s+l['’]Europe\s+et\s+)?(?:des\s+affaires\s+étrangères|de\s+relaciones\s+exteriores"
    r"|d[ao]s\s+(?:neg[óo]cios\s+estrangeiros|rela[çc][õo]es\s+exteriores)))\b")
_CONTRACTED_ARTICLE = re.compile(r"\s(?:do|da|du|del|della|dello)\s*$", re.IGNORECASE)
_CORRESPONDENCE = {"letter", "letters", "message", "note", "interview"}
# An office that issues a ministry's words rather than a delegate who delivers them.
_ISSUER = re.compile(r"\bspokes(?:person|man|woman)\b", re.IGNORECASE)


# ... or a delegation's own post, whose 'of' the site leaves unsaid: 'Remarks by the Deputy Permanent Representative at
# the Security Council', 'Statement delivered by the Chargé d'affaires a.i.'.
_A_DELEGATIONS_POST = re.compile(r"\b(?:Permanent\s+Representative|Charg[ée]e?\s+d['’]\s?[Aa]ffaires|Head\s+of\s+"
                                 r"(?:the\s+)?Delegation|Foreign\s+(?:Minister|Secretary))\b", re.IGNORECASE)
# A post followed by the group it speaks for: 'Declaration by the High Representative on behalf of the EU'.
_ON_BEHALF = re.compile(r"^\s*on\s+behalf\s+of\s+\S", re.IGNORECASE)


def _speaks_for_a_group(rest: str, post: str) -> bool:
    """A post without 'of' that the heading says speaks on behalf of a group or an organisation names whom it serves
    as 'of' would: 'by the High Representative on behalf of the EU'."""
    return bool(_ON_BEHALF.match(rest[rest.find(post) + len(post):])) if post in rest else False


def post_named_alone(header: list[Line]) -> Candidate | None:
    """A heading naming the speaker by post alone ('Statement by the Permanent Representative of X at the Human
    Rights Council', 'Delivered by the Head of Delegation of Y'): the post, as a letter's title gives its
    signatory's, and no name. Read when no convention names anyone; a bare rank ('by the Chair'), a UN office, a
    spokesperson issuing a ministry's words and the one an interview questions are not read."""
    for line in header:
        for intro in intros_in(line.text):
            if _mentioned(line.text, intro) or intro.group(0).split()[0].casefold() in _CORRESPONDENCE:
                continue  # a letter's title names its signatory's post, read with the title (people.py)
            rest = line.text[intro.end():intro.end() + PERSON_CHARS]
            contracted = not _ARTICLE_BEFORE_POST.match(rest) and _CONTRACTED_ARTICLE.search(intro.group(0))
            if not (_ARTICLE_BEFORE_POST.match(rest) or contracted) or read_person(rest, single=False):
                continue
            post = post_after(_ARTICLE_BEFORE_POST.sub("", rest))
            if contracted and post and not _KNOWN_BY_POST_ALONE.search(post):
                continue
            serves = _SERVES.search(post or "") or _speaks_for_a_group(rest, post or "") \
                or _A_DELEGATIONS_POST.search(post or "")
            if post and serves and not UN_OFFICE.match(post) and not _ISSUER.search(post) and not names_holders(post):
                return Candidate(None, post, line, line, "header: by the POST", 0.6)
    return _office_in_headline(header)


# A headline opening on such an office and its verb: 'Presidente da República dirige debate aberto do Conselho de
# Segurança', 'Le Président de la République du Sénégal s'adresse à l'Assemblée générale'.
_OFFICE_HEADLINE = re.compile(r"^(?:(?:O|A|Le|La|El|Il)\s+|L['’])?")
_STATE_AFTER_OFFICE = re.compile(r"\s+(?:(?:d[aeo]s?|du|de\s+la|del|della)\s+|d['’])(?-i:[A-ZÀ-Þ])[\w-]+"
                                 r"(?:\s+(?-i:[A-ZÀ-Þ])[\w-]+)*")
# ... and a verb of speaking or of leading a meeting: not a visit, a reception or being represented, which make the
# office a guest's or an absentee's ('Ministro de Relaciones Exteriores de Chile visita Lima').
_VERB_AFTER_OFFICE = re.compile(r"\s+(?:dirige|discursa|intervém|fala|profere|pronuncia|preside|interviene|habla|"
                                r"se\s+dirige|s['’]adresse|prononce|intervient|prend\s+la\s+parole|préside|"
                                r"addresses|speaks|delivers|chairs)\s")


def _office_in_headline(header: list[Line]) -> Candidate | None:
    """A presidency's or a foreign ministry's release headed by its holder's office alone, the subject of its
    headline's verb: the post, and no name."""
    for line in header:
        start = _OFFICE_HEADLINE.match(line.text).end()
        office = _KNOWN_BY_POST_ALONE.match(line.text[start:])
        if office is None:
            continue
        end = start + office.end()
        if state := _STATE_AFTER_OFFICE.match(line.text, end):
            end = state.end()
        if _VERB_AFTER_OFFICE.match(line.text, end) and not read_person(line.text[end:], single=False):
            return Candidate(None, line.text[start:end], line, line, "header: a headline by the OFFICE", 0.6)
    return None


# The reading of a heading's one honoured person, often named there by surname alone ('Ambassador X Y: ...').
ONE_HONOURED = "header: the one person honoured"


def honoured_once(header: list[Line], letter: bool = False) -> Candidate | None:
    """The one person a header names behind an honorific, anywhere in a line ('HRC55 | Interactive Dialogue on
    Myanmar | H.E. Mr. X', 'General Debate – Mrs. X, Minister of ...', or the post on the line below a name that
    ends its heading: 'EXPLICATION DE VOTE DE MME X' / 'Représentante permanente ...'), read when no convention
    introduced anyone: a page's header names who spoke and, rarely, anyone else. Not a name the header addresses,
    meets, answers or is presided by ('Letter to H.E. Mr. X', 'met with H.E. Mr. X'), a banner's above a
    heading giving the statement to a State, a letter's addressee or a greeting ('H.E. Mr. X, President of
    the Council,'); and no one when the header honours two people ('... of H.E. Mr. X and H.E. Ms. Y')."""
    if letter:
        return None
    names: dict[str, Candidate] = {}
    first = _below_attributed_heading(header)
    for index, line in enumerate(header[first:], start=first):
        if line.text.rstrip().endswith(",") or (index and _BANNER_LABEL.match(header[index - 1].text)) \
                or LINK_LABEL.match(line.text):
            continue  # a greeting, a banner's ambassador, another page's headline
        honoured_to = 0
        for match in _HONORIFIC_START.finditer(line.text):
            honorific = honorifics().match(line.text[match.start():]) if match.start() >= honoured_to else None
            if not honorific:
                continue
            honoured_to = match.start() + honorific.end()
            before = line.text[max(0, match.start() - GOVERNING_REACH):match.start()]
            if _JOINED_BEFORE.search(before):
                return None  # 'Foreign Minister X and Ambassador Y attended ...': two people, no one speaker
            found = read_person(line.text[match.start():match.start() + PERSON_CHARS], single=False)
            if not found or found.name in names:
                continue  # no name behind the honorific, or one honoured again (which keeps the post read first)
            if MENTION.search(before) or OTHER_PARTY_BEFORE.search(before) or MEETING_VERB.search(before) \
                    or _CHAIR_LABEL.search(before) \
                    or _ANSWERED.search(before) or _addresses_post(before) or _OTHERS_DRAFT.search(before) \
                    or UN_OFFICE.match(post_before(before) or ""):
                continue  # 'The President of the General Assembly, H.E. Mr. X, opened ...': the occasion's
            if found.prefix.strip() and only_honorifics(found.prefix) \
                    and len(found.name.split()) >= 2 \
                    and not _names_place(found.name):
                post = post_after(found.after.split(")")[0] if before.endswith("(") else found.after) \
                    or _post_in_apposition(before) or _post_after_dateline(before)
                post_line = line if post else None
                if not post and not found.after.strip():  # the name ends its heading, the post on the line below
                    post, post_line = posts_below(header, index, found.name)
                names.setdefault(found.name, Candidate(found.name, post, line, post_line, ONE_HONOURED, 0.7))
    return next(iter(names.values())) if len(names) == 1 else None


def _post_in_apposition(before: str) -> str | None:
    """'Permanent Representative of X to the United Nations, Ambassador Y': a heading may give the post first,
    set off by a comma before the honoured name, when the whole line before the name is that post."""
    if not before.rstrip().endswith(","):
        return None
    post = post_before(before)
    return post if post and post == before.strip(" ,") else None


# The dash or colon that ends a news item's dateline: 'NEW YORK, 23 Sept -- ', 'GENEVA (Reuters) – '.
_DATELINE_END = re.compile(r"^.*?(?:\s--|\s[–—]|:)\s+")


def _post_after_dateline(before: str) -> str | None:
    """'NEW YORK, 23 Sept -- Prime Minister Dato' Sri X today urged ...': a lead may open on the post, no comma,
    right after its dateline and before the honoured name; the post is all that stands between them."""
    dateline = _DATELINE_END.match(before)
    rest = before[dateline.end():] if dateline else before
    post = post_before(rest)
    return post if post and post == rest.strip() else None


# A release's lead introducing the text it gives: 'Following is the text of Prime Minister X's speech at ...'; the one
# who read it out for its author is named after it.
_TEXT_OF = re.compile(r"^(?:following\s+is\s+the\s+|the\s+)?(?:full\s+)?text\s+of\s+", re.IGNORECASE)
_READ_FOR = re.compile(rf"\bon\s+(?:his|her|their|its)\s+behalf\b|\b{_READ_OUT}(?!\s+video)", re.IGNORECASE)


def _from_possessive(header: list[Line], index: int) -> Candidate | None:
    """'Ambassador Geng Shuang's Remarks at the Security Council', 'Vice Foreign Minister X’s Speech'; 'Following is
    the text of Prime Minister X's speech ...'."""
    line = header[index]
    match = _POSSESSIVE.search(line.text)
    finnish = None if match else FINNISH_GENITIVE.search(line.text)
    genitive = None if match else _GENITIVE_SUFFIX.search(line.text) or NORDIC_GENITIVE.search(line.text) or finnish
    if not (match or genitive):
        return None
    if _TEXT_OF.match(line.text) and _READ_FOR.search(line.text):
        return None  # 'Following is the text of President X's address, delivered on her behalf by the Minister Y'
    found = read_person(finnish_nominative(finnish) if finnish and genitive is finnish
                        else _TEXT_OF.sub("", line.text[:(match or genitive).start()]))
    if found is None or found.after.strip() or strip_honorifics(found.prefix + " x") not in {"x", "the x", "The x"} \
            and not found.before or (genitive and not found.before):
        return None
    return Candidate(found.name, found.before, line, line, "header: NAME's remarks", 0.9 if match else 0.8)


def _post_elsewhere(header: list[Line], name: str) -> tuple[str | None, Line | None]:
    """A list of speakers repeats the name with its post ('2. Haydar Ali Ahmad, Permanent Representative ...')."""
    for line in header:
        text = strip_honorifics(_LIST_NUMBER.sub("", line.text))
        if text.casefold().startswith(name.casefold() + ","):  # in capitals too: 'ANTONY J. EXAMPLE, SECRETARY ...'
            post = post_after(text[len(name):])
            if post:
                return post, line
    return None, None


_FORMER = re.compile(r"\bformer\b", re.IGNORECASE)  # an office once held is no part of the post


def _fuller_post_elsewhere(header: list[Line], candidate: Candidate) -> tuple[str | None, Line | None]:
    """A title shortens the post the header gives in full before the same name on a line of its own ('Statement by
    Minister of State X at the ...' over 'Minister of State for European Affairs X'): the post in full."""
    short = candidate.role.casefold()
    for line in header:
        if line.number == candidate.line.number:
            continue
        found = read_person(strip_honorifics(line.text), single=False)
        if found is None or found.name != candidate.name or found.after.strip(" .,"):
            continue
        post = (found.before or "").strip(" ,")
        if post.casefold().startswith(short + " ") and is_post(post) and not _FORMER.search(post):
            return post, line
    return None, None


def opens_as_letter(header: list[Line], lines: list[Line]) -> bool:
    """The text after the header greets like a letter ('Excellency,', 'Dear Madam Chair,')."""
    if not header or header[-1] not in lines:
        return False
    following = lines[lines.index(header[-1]) + 1:][:1]
    return bool(following) and bool(_LETTER_SALUTATION.match(following[0].text))


def _below_attributed_heading(header: list[Line]) -> int:
    """Where name lines may start: below a heading that gives the statement to a delegation or a
    State ('Statement by the Delegation of X', 'Statement by Example', 'EU Statement on ...'), a name
    line above it is the site's banner ('Embassy of X' / 'Ambassador Anna Example'), one below it the speaker."""
    for index, line in enumerate(header):
        intros = [m for m in intros_in(line.text) if m.group(0)[:2].casefold() not in {"by", "in"}
                  and m.group(0).split()[0].casefold() in TITLE_NOUNS.split("|")]
        if (intros or _GROUP_TITLE.match(line.text)) and _from_intro(header, index) is None:
            return index
    return 0


def heading_speaker(header: list[Line], letter: bool = False) -> Candidate | None:
    """A heading introducing the speaker anywhere in the header, over a name line above it: a
    site's banner may name its ambassador before the title names who spoke. Above a letter's
    'Excellency,' a name line is the addressee ('H.E. Mr. X' / 'President of the Security Council')."""
    found = (_from_intro(header, index) for index in range(len(header)))
    first = _below_attributed_heading(header)
    others = () if letter else (_from_name_line(header, index) or _from_possessive(header, index)
                                or _title_then_name(header, index) or _honorific_within(header, index)
                                for index in range(first, len(header)))
    for candidate in chain(found, others):
        if candidate:
            candidate = _own_heading_below(header, candidate)
            fuller = None  # the post given with the name elsewhere, for none or a bare rank ('Secretary X')
            if candidate.name and (candidate.role is None or " " not in candidate.role):
                fuller = _post_elsewhere(header, candidate.name)
            if candidate.name and candidate.role and not (fuller and fuller[0]):
                fuller = _fuller_post_elsewhere(header, candidate)
            if fuller and fuller[0]:
                return Candidate(candidate.name, fuller[0], candidate.line, fuller[1], candidate.method,
                                 candidate.confidence)
            return candidate
    return None


def _own_heading_below(header: list[Line], candidate: Candidate) -> Candidate:
    """A news item's line announcing the text it reproduces names the speaker in the item's words; the text's own
    heading below names them again with the post as the text gives it ('Statement by H.E. Mr. X, Deputy Minister of
    Foreign Affairs of the Republic of ...'): that heading is the document's, and its post the speaker's."""
    if not candidate.name or not names_the_full_text(candidate.line.text):
        return candidate
    surname = candidate.name.split()[-1]
    for index, line in enumerate(header):
        if line.number <= candidate.line.number:
            continue
        own = _from_intro(header, index)
        # ... a post in full, not the part the speaker played ('Head of the Delegation of ...') nor a shorter form
        if own and own.name and own.role and own.name.split()[-1] == surname and not DELEGATION_HEAD.match(own.role) \
                and len(own.role) > len(candidate.role or ""):
            return own
    return candidate


def from_line(header: list[Line]) -> Candidate | None:
    """'From: Foreign, Commonwealth & Development Office and Dame Barbara Woodward DCB CMG': of the
    issuers a page lists, the one that is a person (two words or more, honours after it) spoke."""
    for line in header:
        match = _FROM_LINE.match(line.text)
        if not match:
            continue
        for part in _LIST_SEPARATOR.split(line.text[match.end():]):
            found = read_person(strip_honorifics(part), single=False)
            if found and not found.prefix and not found.after.strip(" .,") and len(found.name.split()) >= 2:
                role, role_line = _post_in_possessive_title(header)
                return Candidate(found.name, role, line, role_line, "header: From: office and NAME", 0.8)
    return None


# An edition of diplomatic papers (the Foreign Relations of the United States and its like) heads each document with
# who wrote to whom, the writer's name in brackets after the post: 'The Ambassador in France (Example) to the Secretary
# of State'. A bracket after the addressee ('The Secretary of State to the Minister in China (Example)') is not the
# writer's.
EDITORS_HEADING = "header: an edition's POST (NAME) to"
_EDITORS_HEADING = re.compile(r"^The\s+(?P<post>[^()]{3,80}?)\s+\((?P<name>[^()]{2,40})\)\s+to\s+(?:the\s+)?"
                              r"(?-i:[A-Z])[^()]{2,80}$")


def editors_heading(header: list[Line]) -> Candidate | None:
    """The writer an edition's heading names ('The Chargé in Examplia (Ivan Example) to the Secretary of State')."""
    for line in header[:3]:
        match = _EDITORS_HEADING.match(line.text.strip())
        found = read_person(match.group("name"), single=True) if match and is_post(match.group("post")) else None
        if found and not found.prefix and not found.after.strip():
            return Candidate(found.name, match.group("post"), line, line, EDITORS_HEADING, 0.8)
    return None


def _post_in_possessive_title(header: list[Line]) -> tuple[str | None, Line | None]:
    """A title naming the speaker by post alone ('Foreign Secretary's statement at the UN Security Council')."""
    for line in header:
        match = _POSSESSIVE.search(line.text)
        if match and is_post(line.text[:match.start()].strip()):
            return line.text[:match.start()].strip(), line
    return None, None


def fuller_name(candidate: Candidate | None, header: list[Line]) -> Candidate | None:
    """'Minister Wong's speech' names a surname; the page's 'From:' line or a name line of the header
    ('Senator the Hon Penny Wong, Minister for Foreign Affairs') gives the whole name, and with it
    the post as written there when it says more."""
    if not candidate or not candidate.name or " " in candidate.name:
        return candidate
    listed = from_line(header)
    if listed and listed.name.split()[-1] == candidate.name:
        return Candidate(listed.name, candidate.role, candidate.line, candidate.role_line, candidate.method,
                         candidate.confidence)
    for line in header:
        if line is candidate.line:
            continue
        found = read_person(strip_honorifics(line.text), single=False)
        if found is None or found.prefix or len(found.name.split()) < 2 or found.name.split()[-1] != candidate.name:
            continue
        post = post_after(found.after)
        role, role_line = (post, line) if post and len(post) > len(candidate.role or "") \
            else (candidate.role, candidate.role_line)
        return Candidate(found.name, role, line, role_line, candidate.method + ", the name in full below",
                         candidate.confidence)
    return candidate


def post_where_repeated(candidate: Candidate | None, header: list[Line], opening: str = "") -> Candidate | None:
    """A page that gives its title ('Statement by H.E. Dr. X') and then the document's own heading, which
    names X again with the post below, or a release whose first sentence does ('On 2 October, the Permanent
    Representative of Y, Ambassador X, took part ...', 'President of Y X has been interviewed by ...'): the speaker's
    post is the one the repeated name carries. A title naming the speaker shorter ('Remarks by Prime Minister X Z')
    over the heading's name in full and its post ('X Y Z' / 'Prime Minister of the Republic of ...') takes both,
    where the post goes on from the title's."""
    if not candidate or not candidate.name:
        return candidate
    for index, line in enumerate(header):
        if line is candidate.line:
            continue
        found = read_person(strip_honorifics(line.text), single=False)
        if found is None or not (found.name == candidate.name and not candidate.role
                                 or candidate.role and _names_in_full(found.name, candidate.name)):
            continue
        post, post_line = post_after(found.after) or _german_genitive_post(found.prefix) \
            or _post_opening(found), line
        if not post:
            post, post_line = posts_below(header, index, found.name)
        if post and (not candidate.role or post.casefold().startswith(candidate.role.casefold())):
            return Candidate(found.name, post, candidate.line, post_line,
                             candidate.method + ", the post where the name is repeated", candidate.confidence)
    if not candidate.role and (post := _post_before_in(opening[:OPENING_SENTENCE_CHARS], candidate.name)):
        return Candidate(candidate.name, post, candidate.line, candidate.line,
                         candidate.method + ", the post the opening gives the name", candidate.confidence)
    return candidate


def _names_in_full(fuller: str, name: str) -> bool:
    """'Milagros Altagracia Reyes Tavárez' names 'Milagros Reyes Tavárez' in full: the same first and last words, and
    more between them (the surnames alone may be another's of the family: 'Al Thani', 'Piñera')."""
    long, short = fuller.casefold().split(), name.casefold().split()
    return len(long) > len(short) >= 2 and long[0] == short[0] and long[-1] == short[-1] \
        and all(word in long for word in short)


# A German heading names the speaker in the genitive after the speech's noun, the name set off by commas: 'Rede des
# Bundesministers des Auswärtigen, X, vor der Generalversammlung', 'Erklärung der Bundesministerin ..., X'.
_GERMAN_SPEECH_OF = re.compile(r"^(?:Rede|Ansprache|Erklärung|Stellungnahme|Grußwort)\s+(?:des|der)\s+"
                               r"(?P<post>[^,]+),$")


def _german_genitive_post(prefix: str) -> str | None:
    """The post of a German heading's genitive (_GERMAN_SPEECH_OF), in the nominative the lead writes it in: the
    masculine title loses its '-s' ('des Bundesministers' -> 'Bundesminister')."""
    match = _GERMAN_SPEECH_OF.match(prefix.strip())
    if not match:
        return None
    first, _, rest = match.group("post").partition(" ")
    if first.endswith("s") and is_post_word(first[:-1]):
        first = first[:-1]
    return post_before(f"{first} {rest}".strip())


def _post_opening(found: Found) -> str | None:
    """The post opening the line right before the repeated name ('President of the Republic of Y X has been
    interviewed by ...'); not another's post with its verb ('The Ambassador of Y received X')."""
    before = ARTICLE.sub("", (found.before or "").strip(" ,"))
    words = before.split()
    if words and words[-1][:1].isupper() and all(word[:1].isupper() or clean_token(word) in CONNECTORS
                                                 for word in words) and is_post(before):
        return before
    return None


def _post_before_in(text: str, name: str) -> str | None:
    """The post written before `name` in its sentence, past a lead clause ('On 2 October 2023, ')."""
    at = text.find(name)
    if at <= 0:
        return None
    sentence = text[max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1:at]
    parts = sentence.split(",")
    return next((post for k in range(len(parts)) if (post := post_before(",".join(parts[k:])))), None)
